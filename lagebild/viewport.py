"""Framing the map: which area the first view shows, and what lies outside it (Web Mercator)."""

from __future__ import annotations

import math

import pandas as pd
import pydeck as pdk

MAP_SIZE = (1000, 560)  # the map's typical size in pixels, for framing


def degrees_per_pixel(zoom: float) -> float:
    """Web-Mercator degrees of longitude per screen pixel at ``zoom``."""
    return 360 / (512 * 2**zoom)


def frame_view(events: pd.DataFrame, size: tuple[int, int] = MAP_SIZE) -> pdk.ViewState:
    """A view that frames the events, leaving out far outliers (an announcement in
    Washington) so that they do not shrink Europe to a dot; :func:`outside_view` names them."""
    core = without_outliers(events)
    if core.empty:
        return pdk.ViewState(latitude=50.0, longitude=20.0, zoom=3.2)
    lat_lo, lat_hi = float(core["lat"].min()), float(core["lat"].max())
    lon_lo, lon_hi = float(core["lon"].min()), float(core["lon"].max())
    width, height = size
    lon_span = max(lon_hi - lon_lo, 2.0) * 1.25
    y_span = max(_merc(lat_hi) - _merc(lat_lo), math.radians(1.5)) * 1.35
    zoom_x = math.log2(width * 360 / (lon_span * 512))
    zoom_y = math.log2(height * 2 * math.pi / (y_span * 512))
    zoom = max(1.0, min(zoom_x, zoom_y, 9.0))
    centre_lat = math.degrees(math.atan(math.sinh((_merc(lat_hi) + _merc(lat_lo)) / 2)))
    return pdk.ViewState(latitude=round(centre_lat, 3), longitude=round((lon_lo + lon_hi) / 2, 3), zoom=round(zoom, 2))


def without_outliers(events: pd.DataFrame, limit_km: float = 3000) -> pd.DataFrame:
    """Events within ``limit_km`` of the median position (all of them if that would leave none)."""
    if len(events) < 3:
        return events
    lat0, lon0 = events["lat"].median(), events["lon"].median()
    distance = _haversine_km(events["lat"], events["lon"], lat0, lon0)
    core = events[distance <= limit_km]
    return core if len(core) else events


def _haversine_km(lat: pd.Series, lon: pd.Series, lat0: float, lon0: float) -> pd.Series:
    p1, p2 = lat.map(math.radians), math.radians(lat0)
    dlat, dlon = p1 - p2, (lon - lon0).map(math.radians)
    a = (dlat / 2).map(math.sin) ** 2 + p1.map(math.cos) * math.cos(p2) * (dlon / 2).map(math.sin) ** 2
    return 2 * 6371 * a.map(lambda v: math.asin(math.sqrt(min(1.0, v))))


def visible_bounds(view: pdk.ViewState, size: tuple[int, int] = MAP_SIZE) -> tuple[float, float, float, float]:
    """(west, south, east, north) of what ``view`` shows in a map of ``size`` pixels."""
    width, height = size
    half_lon = width / 2 * degrees_per_pixel(view.zoom)
    half_y = math.radians(height / 2 * degrees_per_pixel(view.zoom))
    y0 = _merc(view.latitude)
    south = math.degrees(math.atan(math.sinh(y0 - half_y)))
    north = math.degrees(math.atan(math.sinh(y0 + half_y)))
    return view.longitude - half_lon, south, view.longitude + half_lon, north


def outside_view(events: pd.DataFrame, view: pdk.ViewState, size: tuple[int, int] = MAP_SIZE) -> list[str]:
    """Places of events that ``view`` does not show."""
    west, south, east, north = visible_bounds(view, size)
    outside = events[~events["lat"].between(south, north) | ~events["lon"].between(west, east)]
    return sorted(outside["place"].astype(str).unique())


def _merc(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(max(min(lat, 85), -85)) / 2))
