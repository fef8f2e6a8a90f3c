"""The briefing's situation map: an Altair (Vega-Lite) geoshape map framed on the events.

Basemap (countries, NATO members as of the briefing's end, rivers, front) as named
datasets from :func:`map_datasets`; trip arcs, fanned-out event markers and place labels
as layers on a Mercator projection that Vega fits to :func:`map_bounds`.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import altair as alt
import pandas as pd

from .. import geo, vocab
from ..layers import (
    FRONT_FILL,
    FRONT_LINE,
    LAND,
    NATO_FILL,
    RIVER,
    SEA,
    TRIP,
    label_rows,
    marker_rows,
    trip_legs,
    without_outliers,
)
from ..places import KEY_PLACES, load_places
from .geometry import clip_polygons, near, simplify

MARKER_SPACING = 18  # design px between events fanned out around one spot


def _hex(rgb: list[int]) -> str:
    return "#" + "".join(f"{c:02x}" for c in rgb[:3])


def map_bounds(events: pd.DataFrame) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the events' core (far outliers left out) and the key places."""
    places = load_places()
    key = places[places["key"].isin(KEY_PLACES)]
    core = without_outliers(events) if len(events) else events
    lats = pd.concat([core["lat"], key["lat"]])
    lons = pd.concat([core["lon"], key["lon"]])
    west, east, south, north = lons.min(), lons.max(), lats.min(), lats.max()
    pad_lon, pad_lat = max((east - west) * 0.08, 2.5), max((north - south) * 0.12, 2.0)
    # A little more in the south: labels there (the Dnipro front) sit below their markers.
    return west - pad_lon, south - pad_lat - 1.0, east + pad_lon, north + pad_lat


def _merc(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _inverse_merc(y: float) -> float:
    return math.degrees(math.atan(math.sinh(y)))


def _pixels_per_radian(bounds: tuple[float, float, float, float], width: float, height: float) -> float:
    """Mercator scale that Vega's ``fit`` picks for ``bounds`` in a ``width``×``height`` map."""
    west, south, east, north = bounds
    return min(width / math.radians(east - west), height / (_merc(north) - _merc(south)))


def off_map(events: pd.DataFrame, bounds: tuple[float, float, float, float]) -> list[str]:
    """Places of events that the framed map does not show."""
    west, south, east, north = bounds
    outside = events[~events["lat"].between(south, north) | ~events["lon"].between(west, east)]
    return sorted(outside["place"].astype(str).unique())


def view_bounds(bounds: tuple[float, float, float, float], width: float, height: float) -> tuple[float, ...]:
    """(west, south, east, north) the map really shows: Vega's ``fit`` centres ``bounds`` and keeps
    the aspect ratio, so one side shows more than asked for."""
    west, south, east, north = bounds
    k = _pixels_per_radian(bounds, width, height)
    half_lon = math.degrees(width / 2 / k)
    mid_y, half_y = (_merc(south) + _merc(north)) / 2, height / 2 / k
    mid_lon = (west + east) / 2
    return mid_lon - half_lon, _inverse_merc(mid_y - half_y), mid_lon + half_lon, _inverse_merc(mid_y + half_y)


@dataclass
class _Fan:
    """Events spread on a sunflower around shared spots, in screen pixels of a Mercator map.

    The page fans out events at the same recorded spot; on a briefing map a whole city
    (Brussels and NATO HQ, say) is one spot, so here events closer than ``spacing`` pixels
    share an anchor.
    """

    k: float  # pixels per radian
    spacing: float
    anchors: list[list[float]]  # [x, y, count]

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        return self.k * math.radians(lon), self.k * _merc(lat)

    def latlon(self, x: float, y: float) -> tuple[float, float]:
        return _inverse_merc(y / self.k), math.degrees(x / self.k)

    def crowd(self, lat: float, lon: float) -> int:
        x, y = self.xy(lat, lon)
        return next((int(a[2]) for a in self.anchors if math.dist((x, y), a[:2]) < self.spacing), 0)

    def place(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = self.xy(lat, lon)
        anchor = next((a for a in self.anchors if math.dist((x, y), a[:2]) < self.spacing), None)
        if anchor is None:
            anchor = [x, y, 0]
            self.anchors.append(anchor)
        n = anchor[2]
        anchor[2] += 1
        radius, angle = self.spacing * math.sqrt(n), n * 2.39996  # golden angle
        return self.latlon(anchor[0] + radius * math.cos(angle), anchor[1] - radius * math.sin(angle))


def _marker_frame(events: pd.DataFrame, lang: str, fan: _Fan) -> pd.DataFrame:
    rows = marker_rows(events, lang)
    rows["stroke"] = rows["category"].map(lambda k: vocab.category(k).colour)
    marker = rows["status"].map(lambda k: vocab.STATUS_MARKER.get(k, "filled"))
    rows["fill_hex"] = [c if m == "filled" else "#ffffff" for c, m in zip(rows["stroke"], marker, strict=True)]
    placed = [fan.place(lat, lon) for lat, lon in zip(rows["lat"], rows["lon"], strict=True)]
    rows["y"], rows["x"] = [p[0] for p in placed], [p[1] for p in placed]
    return rows[["id", "x", "y", "stroke", "fill_hex", "dot"]]


def _arc_points(legs: pd.DataFrame, steps: int = 24) -> pd.DataFrame:
    """Each trip leg as a gentle curve (quadratic Bézier in lon/lat), numbered in travel order."""
    points = []
    for number, leg in enumerate(legs.itertuples(), start=1):
        dx, dy = leg.to_lon - leg.from_lon, leg.to_lat - leg.from_lat
        cx, cy = (leg.from_lon + leg.to_lon) / 2 - dy * 0.2, (leg.from_lat + leg.to_lat) / 2 + dx * 0.2
        for i in range(steps + 1):
            s = i / steps
            lon = (1 - s) ** 2 * leg.from_lon + 2 * (1 - s) * s * cx + s**2 * leg.to_lon
            lat = (1 - s) ** 2 * leg.from_lat + 2 * (1 - s) * s * cy + s**2 * leg.to_lat
            points.append({"leg": number, "order": i, "lon": lon, "lat": lat})
    return pd.DataFrame(points, columns=["leg", "order", "lon", "lat"])


def map_datasets(events: pd.DataFrame, as_of: dt.date, width: float) -> dict[str, list[dict]]:
    """Countries (with ``nato`` as of ``as_of``), rivers and front near the framed area, cut and
    thinned to what a ``width``-pixel map can show. Built once per briefing and passed as named
    datasets, because Altair would copy inline geometry for every layer and size pass."""
    west, south, east, north = map_bounds(events)
    box = (west - 25, south - 8, east + 25, north + 8)  # more than a wide view's aspect ratio can add
    tolerance = (east - west) / width  # about one design pixel
    members = geo.nato_members_as_of(as_of)
    countries = [
        {**f, "properties": {**f["properties"], "nato": f["properties"]["iso_a2"] in members}}
        for f in geo.countries()["features"]
        if near(f, box, 0)
    ]
    return {
        "brief-countries": simplify(clip_polygons(countries, box), tolerance),
        "brief-rivers": simplify([f for f in geo.rivers()["features"] if near(f, box, 0)], tolerance),
        "brief-front": simplify(geo.front_area()["features"], tolerance),
    }


def _inside_geo_extent(
    bounds: tuple[float, float, float, float], width: float, height: float
) -> tuple[float, float, float, float]:
    """``bounds`` moved east or west so the view stays on our geo data (it ends at geo.EXTENT),
    where the map's aspect ratio shows more than ``bounds`` and there is room on the other side."""
    west, south, east, north = bounds
    shown_west, _, shown_east, _ = view_bounds(bounds, width, height)
    shift = min(geo.EXTENT[2] - shown_east, 0) or max(geo.EXTENT[0] - shown_west, 0)
    return west + shift, south, east + shift, north


def map_chart(
    events: pd.DataFrame, lang: str, width: float, height: float, font: float
) -> tuple[alt.LayerChart, list[str]]:
    """The situation map as Altair layers framed on the events, and the places left off it.

    The basemap comes from the named datasets of :func:`map_datasets`.
    """
    bounds = _inside_geo_extent(map_bounds(events), width, height)
    west, south, east, north = bounds
    frame = {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "MultiPoint", "coordinates": [[west, south], [east, north], [west, north], [east, south]]},
    }
    projection = alt.Projection(type="mercator", fit=frame)
    shown = view_bounds(bounds, width, height)

    def base(data: Any) -> alt.Chart:
        return alt.Chart(data).properties(width=width, height=height, projection=projection)

    land = base(alt.NamedData("brief-countries")).mark_geoshape(stroke="#969696", strokeWidth=0.6, clip=True)
    land = land.encode(fill=alt.condition("datum.properties.nato", alt.value(_hex(NATO_FILL)), alt.value(_hex(LAND))))
    river_marks = base(alt.NamedData("brief-rivers")).mark_geoshape(
        filled=False, stroke=_hex(RIVER), strokeWidth=1.3, clip=True
    )
    front = base(alt.NamedData("brief-front")).mark_geoshape(
        fill=_hex(FRONT_FILL), fillOpacity=FRONT_FILL[3] / 255, stroke=_hex(FRONT_LINE), strokeWidth=1.2, clip=True
    )
    layers_: list[alt.Chart] = [land, river_marks, front]

    fan = _Fan(_pixels_per_radian(bounds, width, height), MARKER_SPACING, [])
    legs = trip_legs(events)
    if not legs.empty:
        arcs = _arc_points(legs)
        geo_xy = {"longitude": "lon:Q", "latitude": "lat:Q"}
        layers_.append(
            base(arcs)
            .mark_line(stroke=_hex(TRIP), strokeWidth=2.5, strokeDash=[7, 4], clip=True)
            .encode(detail="leg:N", order="order:Q", **geo_xy)
        )
        ends = arcs[arcs["order"].eq(arcs["order"].max() // 2)]
        layers_ += [
            base(ends).mark_circle(size=(font * 1.9) ** 2, color=_hex(TRIP), opacity=1, clip=True).encode(**geo_xy),
            base(ends)
            .mark_text(color="white", fontSize=font, fontWeight="bold", clip=True)
            .encode(text="leg:N", **geo_xy),
        ]
    if len(events):
        markers = _marker_frame(events, lang, fan)
        xy = {"longitude": "x:Q", "latitude": "y:Q"}
        layers_ += [
            base(markers)
            .mark_point(filled=True, size=font * 15, strokeWidth=2.4, opacity=1, clip=True)
            .encode(fill=alt.Fill("fill_hex:N", scale=None), stroke=alt.Stroke("stroke:N", scale=None), **xy),
            base(markers[markers["dot"]])
            .mark_circle(size=font * 1.6, opacity=1, clip=True)
            .encode(color=alt.Color("stroke:N", scale=None), **xy),
        ]
    layers_ += _label_layers(label_rows(events, lang), base, fan, font)
    # The sea is the view's background: a sphere geoshape would cost a second full-map fill.
    return alt.layer(*layers_).properties(view=alt.ViewBackground(fill=_hex(SEA), stroke=None)), off_map(events, shown)


def _label_layers(labels: pd.DataFrame, base: Any, fan: _Fan, font: float) -> list[alt.Chart]:
    """Place names with a white halo, above or below (as places.csv says) their fanned-out markers.

    The offset becomes a latitude shift, since Vega-Lite has no per-row ``dy``.
    """
    clear = [
        fan.spacing * math.sqrt(max(fan.crowd(lat, lon) - 1, 0)) + 10 + font * 0.3
        for lat, lon in zip(labels["lat"], labels["lon"], strict=True)
    ]
    lift = [px * (1 if dy <= 0 else -1) for px, (_, dy) in zip(clear, labels["offset"], strict=True)]
    labels = labels.assign(
        lat=[_inverse_merc(_merc(lat) + px / fan.k) for lat, px in zip(labels["lat"], lift, strict=True)],
        baseline=["bottom" if px > 0 else "top" for px in lift],
    ).drop(columns=["offset"])
    charts = []
    for baseline, group in labels.groupby("baseline"):
        style = {"fontSize": font * 1.25, "fontWeight": "bold", "baseline": baseline, "clip": True}
        enc = {"longitude": "lon:Q", "latitude": "lat:Q", "text": "text:N"}
        charts += [
            base(group).mark_text(stroke="white", strokeWidth=4, strokeJoin="round", **style).encode(**enc),
            base(group).mark_text(color="#1a1a1a", **style).encode(**enc),
        ]
    return charts

