"""The briefing image: map, timeline and legend on one page, rendered on the server.

Altair builds one Vega-Lite composition from the same pieces the page uses
(:mod:`lagebild.layers`, :func:`lagebild.timeline.timeline_chart`,
:func:`lagebild.legend.legend_chart`); ``vl_convert`` turns it into PNG or PDF
without a browser. Everything is inline data from ``data/``: no tiles, no remote
fonts (vl-convert bundles its own), and external data requests are refused.

Untrusted text (titles, sources, the search text) only ever reaches Vega as
data or title strings, which Vega draws as text, never as HTML or expressions.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import math
import re
from dataclasses import dataclass
from typing import Any

import altair as alt
import pandas as pd
import vl_convert as vlc
from pypdf import PdfWriter

from . import geo, vocab
from .i18n import format_day, format_day_range, t
from .layers import (
    FRONT_FILL,
    FRONT_LINE,
    LAND,
    NATO_FILL,
    RIVER,
    SEA,
    TRIP,
    _without_outliers,
    label_rows,
    marker_rows,
    trip_legs,
)
from .legend import legend_chart
from .places import KEY_PLACES, load_places
from .query import Filters, date_bounds
from .timeline import timeline_chart


@dataclass(frozen=True)
class Layout:
    """A page format: design size in Vega pixels and the scale to the output pixels."""

    width: float
    height: float
    scale: float
    font: float  # base font size in design pixels
    ppi: float  # pixels per inch of the output, written into the PNG


# 16:9 slide: 1280×720 design px ×1.5 = 1920×1080. A4 landscape at 300 dpi: 3508×2480 px.
LAYOUTS: dict[str, Layout] = {
    "16:9": Layout(1280, 720, 1.5, 11, 144),
    "a4": Layout(3508 / 3, 2480 / 3, 3.0, 11, 300),
}
TITLE_LIMIT = 110
SOURCE_LIMIT = 160
MARKER_SPACING = 18  # design px between events fanned out around one spot
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _hex(rgb: list[int]) -> str:
    return "#" + "".join(f"{c:02x}" for c in rgb[:3])


def clean_text(value: object, limit: int) -> str:
    """One line of untrusted text: control characters become spaces, cut at a word with "…"."""
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


# --- words: title, filters, footer -------------------------------------------------------------


def period_of(filters: Filters, events: pd.DataFrame) -> tuple[dt.date, dt.date]:
    """The period the briefing covers: the date filter, completed from the events where open."""
    first, last = date_bounds(events)
    return filters.date_from or first, filters.date_to or last


def default_title(filters: Filters, events: pd.DataFrame, lang: str) -> str:
    """``Stoltenbergs Besuch in Kiew, 19.–21. April 2023``, naming up to three chosen categories."""
    topic = t("brief_topic", lang)
    if 0 < len(filters.categories) <= 3:
        topic += " – " + ", ".join(vocab.category(c).label(lang) for c in filters.categories)
    return f"{topic}, {format_day_range(*period_of(filters, events), lang)}"


def filters_in_words(filters: Filters, events: pd.DataFrame, lang: str) -> str:
    """``Zeitraum: … · Kategorien: alle · Status: geplant · 14 Ereignisse``."""
    every = t("brief_all", lang)
    parts = [
        f"{t('period', lang)}: {format_day_range(*period_of(filters, events), lang)}",
        f"{t('categories', lang)}: " + (", ".join(vocab.category(c).label(lang) for c in filters.categories) or every),
        f"{t('statuses', lang)}: " + (", ".join(vocab.status(s).label(lang) for s in filters.statuses) or every),
    ]
    if filters.actors:
        parts.append(f"{t('actors', lang)}: {clean_text(', '.join(filters.actors), 80)}")
    if filters.countries:
        parts.append(f"{t('countries', lang)}: {', '.join(filters.countries)}")
    if filters.text.strip():
        parts.append(f"{t('brief_text', lang)}: „{clean_text(filters.text, 60)}“")
    parts.append(t("brief_count", lang, n=len(events)))
    return " · ".join(parts)


def source_line(events: pd.DataFrame, lang: str) -> str:
    sources = list(dict.fromkeys(events["source"].dropna().astype(str)))
    return t("source_line", lang, source=clean_text("; ".join(sources), SOURCE_LIMIT) or "–")


# --- the map -------------------------------------------------------------------------------------


def map_bounds(events: pd.DataFrame) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the events' core (far outliers left out) and the key places."""
    places = load_places()
    key = places[places["key"].isin(KEY_PLACES)]
    core = _without_outliers(events) if len(events) else events
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


def _near(feature: dict, bounds: tuple[float, float, float, float], margin: float = 8.0) -> bool:
    """Whether a feature's bounding box comes within ``margin`` degrees of ``bounds``."""
    coords = _flatten(feature["geometry"]["coordinates"])
    lons, lats = coords[0::2], coords[1::2]
    west, south, east, north = bounds
    return (
        min(lons) <= east + margin
        and max(lons) >= west - margin
        and min(lats) <= north + margin
        and max(lats) >= south - margin
    )


def view_bounds(bounds: tuple[float, float, float, float], width: float, height: float) -> tuple[float, ...]:
    """(west, south, east, north) the map really shows: Vega's ``fit`` centres ``bounds`` and keeps
    the aspect ratio, so one side shows more than asked for."""
    west, south, east, north = bounds
    k = _pixels_per_radian(bounds, width, height)
    half_lon = math.degrees(width / 2 / k)
    mid_y, half_y = (_merc(south) + _merc(north)) / 2, height / 2 / k
    mid_lon = (west + east) / 2
    return mid_lon - half_lon, _inverse_merc(mid_y - half_y), mid_lon + half_lon, _inverse_merc(mid_y + half_y)


def clip_polygons(features: list[dict], box: tuple[float, float, float, float]) -> list[dict]:
    """Polygon features cut to ``box`` (Sutherland–Hodgman per ring); features left empty are dropped.

    Cut edges run along ``box``, so ``box`` should be a little larger than the view.
    """
    clipped = []
    for feature in features:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        kept = []
        for polygon in polygons:
            rings = [_clip_ring(ring, box) for ring in polygon]
            if len(rings[0]) >= 4:
                kept.append([r for r in rings if len(r) >= 4])
        if kept:
            clipped.append({**feature, "geometry": {"type": "MultiPolygon", "coordinates": kept}})
    return clipped


def _clip_ring(ring: list[list[float]], box: tuple[float, float, float, float]) -> list[list[float]]:
    west, south, east, north = box
    edges = [(0, west, True), (0, east, False), (1, south, True), (1, north, False)]
    points = ring[:-1]
    for axis, limit, keep_above in edges:
        if not points:
            break
        inside = [(p[axis] >= limit) == keep_above for p in points]
        result = []
        for i, point in enumerate(points):
            prev, prev_in = points[i - 1], inside[i - 1]
            if inside[i] != prev_in:
                share = (limit - prev[axis]) / (point[axis] - prev[axis])
                other = 1 - axis
                cut = [0.0, 0.0]
                cut[axis], cut[other] = limit, prev[other] + share * (point[other] - prev[other])
                result.append(cut)
            if inside[i]:
                result.append(point)
        points = result
    return _densify(points + points[:1]) if points else []


def _densify(ring: list[list[float]], step: float = 0.5) -> list[list[float]]:
    """Extra vertices on long (cut) edges: Vega draws edges as great circles, and a long edge
    along a parallel would otherwise bulge towards the pole (over the Black Sea, say)."""
    dense = [ring[0]]
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        pieces = math.ceil(max(abs(x1 - x0), abs(y1 - y0)) / step)
        dense += [[x0 + (x1 - x0) * i / pieces, y0 + (y1 - y0) * i / pieces] for i in range(1, pieces)]
        dense.append([x1, y1])
    return dense


def _flatten(nested: Any) -> list[float]:
    if isinstance(nested[0], int | float):
        return [float(nested[0]), float(nested[1])]
    return [v for part in nested for v in _flatten(part)]


def simplify(features: list[dict], tolerance: float) -> list[dict]:
    """Copies of ``features`` without vertices closer than ``tolerance`` degrees to the last kept one.

    The briefing map shows a continent at a few pixels per degree, so most of the
    vertices of the page's GeoJSON would be drawn onto the same pixel; dropping them
    makes the spec small and rendering fast without a visible change. Rings that
    thinning would collapse or turn inside out are dropped: Vega (d3-geo) reads a
    reversed ring as "the whole globe except this islet" and floods the map.
    """
    thinned = []
    for feature in features:
        geometry = feature["geometry"]
        kind, coords = geometry["type"], geometry["coordinates"]
        if kind in ("Polygon", "MultiPolygon"):
            polygons = [coords] if kind == "Polygon" else coords
            kept = [p for p in (_thin_polygon(polygon, tolerance) for polygon in polygons) if p]
            if not kept:
                continue
            new = {"type": "MultiPolygon", "coordinates": kept}
        elif kind == "LineString":
            new = {"type": kind, "coordinates": _thin_line(coords, tolerance)}
        elif kind == "MultiLineString":
            new = {"type": kind, "coordinates": [_thin_line(line, tolerance) for line in coords]}
        else:
            new = geometry
        thinned.append({**feature, "geometry": new})
    return thinned


def _thin_line(points: list[list[float]], tolerance: float) -> list[list[float]]:
    kept = [points[0]]
    for point in points[1:-1]:
        if abs(point[0] - kept[-1][0]) + abs(point[1] - kept[-1][1]) >= tolerance:
            kept.append(point)
    return [*kept, points[-1]] if len(points) > 1 else kept


def _signed_area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False)) / 2


def _thin_ring(ring: list[list[float]], tolerance: float) -> list[list[float]] | None:
    thin = _thin_line(ring, tolerance)
    before, after = _signed_area(ring), _signed_area(thin)
    if len(thin) < 4 or abs(after) < tolerance**2 or (before > 0) != (after > 0):
        return None
    return thin


def _thin_polygon(rings: list[list[list[float]]], tolerance: float) -> list | None:
    outer = _thin_ring(rings[0], tolerance)
    if outer is None:
        return None
    return [outer, *(hole for hole in (_thin_ring(r, tolerance) for r in rings[1:]) if hole)]


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
    box = (west - 10, south - 6, east + 10, north + 6)  # more than the view's aspect ratio can add
    tolerance = (east - west) / width  # about one design pixel
    members = geo.nato_members_as_of(as_of)
    countries = [
        {**f, "properties": {**f["properties"], "nato": f["properties"]["iso_a2"] in members}}
        for f in geo.countries()["features"]
        if _near(f, box, 0)
    ]
    return {
        "brief-countries": simplify(clip_polygons(countries, box), tolerance),
        "brief-rivers": simplify([f for f in geo.rivers()["features"] if _near(f, box, 0)], tolerance),
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


def _unconfigured(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """A copy without its own ``config``: Vega-Lite allows config only on the outermost chart."""
    chart = chart.copy(deep=True)
    chart.config = alt.Undefined
    return chart


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


# --- the timeline --------------------------------------------------------------------------------


def briefing_timeline(
    events: pd.DataFrame, lang: str, period: tuple[dt.date, dt.date], width: float, height: float
) -> alt.LayerChart:
    """The page's timeline, static, its axis limited to the briefing period (longer spans are cut).

    For a period of up to two weeks there is one tick per day, half a day of room on either side,
    so that the day's markers sit on its tick and are not cut at the edge.
    """
    chart = _unconfigured(timeline_chart(events, lang, width=width, interactive=False))
    start, end = pd.Timestamp(period[0]), pd.Timestamp(period[1]) + pd.Timedelta(days=1)
    short = (end - start).days <= 14
    if short:
        start, end = start - pd.Timedelta(hours=12), end - pd.Timedelta(hours=12)
    scale = alt.Scale(domain=[start.isoformat(), end.isoformat()])
    for layer in chart.layer:
        layer.mark = alt.MarkDef(**{**layer.mark.to_dict(), "clip": True})
        x = layer.encoding.x
        if x is alt.Undefined:
            continue
        x.scale = scale
        axis = x["axis"]
        if short and isinstance(axis, alt.Axis):
            x.axis = alt.Axis(**{**axis.to_dict(), "tickCount": {"interval": "day", "step": 1}})
    chart.height = height
    return chart


# --- the whole page ------------------------------------------------------------------------------


def _text_block(lines: list[str], width: float, font: float, colour: str = "#333") -> alt.Chart:
    rows = pd.DataFrame({"text": lines, "y": [i * font * 1.45 for i in range(len(lines))]})
    height = max(font * 1.45 * len(lines), 1)
    return (
        alt.Chart(rows)
        .mark_text(align="left", baseline="top", fontSize=font, color=colour, limit=width)
        .encode(
            x=alt.value(0),
            y=alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[0, height], range=[0, height])),
            text="text:N",
        )
        .properties(width=width, height=height)
    )


def briefing_chart(
    events: pd.DataFrame,
    filters: Filters,
    lang: str,
    title: str | None = None,
    size: str = "16:9",
    today: dt.date | None = None,
) -> alt.VConcatChart:
    """The briefing composition for ``events`` (already filtered by ``filters``), exactly ``size``.

    Text sizes depend on the fonts, so the map and timeline are sized in two passes: compose
    with an estimate, measure (Vega scenegraph), compose again with the difference taken out
    of the map's height and the timeline's width, and pad what remains.
    """
    chart, datasets = _briefing(events, filters, lang, title, size, today)
    chart.datasets = datasets
    return chart


def _briefing(
    events: pd.DataFrame, filters: Filters, lang: str, title: str | None, size: str, today: dt.date | None
) -> tuple[alt.VConcatChart, dict[str, list[dict]]]:
    """:func:`briefing_chart` without its geo datasets, and those datasets (cheaper to handle apart)."""
    layout = LAYOUTS[size]
    heading = clean_text(title, TITLE_LIMIT) if title and title.strip() else default_title(filters, events, lang)
    parts = _Parts(events, filters, lang, heading, layout, today or dt.date.today())
    map_height = layout.height - 2 * MARGIN - parts.legend.height - 150
    side_width = parts.inner - parts.map_width - 40 - _lane_label_width(events, lang)
    target_width, target_height = math.floor(layout.width), math.floor(layout.height)  # Vega sizes are whole
    for _ in range(3):
        chart = parts.compose(map_height, side_width)
        width, height = _natural_size(briefing_spec(chart, parts.datasets))
        if width == target_width and height == target_height:
            break
        map_height += target_height - height
        side_width += target_width - width
    extra_x, extra_y = layout.width - width, layout.height - height
    if extra_x < 0 or extra_y < 0:
        raise ValueError(f"briefing does not fit {size}: {width:.0f}×{height:.0f} design px")
    chart.padding = {"left": MARGIN, "top": MARGIN, "right": MARGIN + extra_x, "bottom": MARGIN + extra_y}
    return chart, parts.datasets


MARGIN = 24


def _lane_label_width(events: pd.DataFrame, lang: str) -> float:
    """Rough width of the timeline's lane labels (12 px text) and ticks, to size the timeline."""
    labels = [vocab.category(c).label(lang) for c in set(events["category"])] or [""]
    return max(len(label) for label in labels) * 12 * 0.58 + 18


@dataclass
class _Parts:
    """What goes on the page, built once; :meth:`compose` lays it out in given sizes."""

    events: pd.DataFrame
    filters: Filters
    lang: str
    heading: str
    layout: Layout
    today: dt.date

    def __post_init__(self) -> None:
        self.period = period_of(self.filters, self.events)
        self.inner = math.floor(self.layout.width) - 2 * MARGIN
        self.map_width = round(self.inner * 0.6)
        present = [c for c in vocab.CATEGORY_KEYS if c in set(self.events["category"])]
        self.legend = _unconfigured(
            legend_chart(self.lang, self.period[1], width=self.inner, font_size=self.layout.font, categories=present)
        )
        self.datasets = map_datasets(self.events, self.period[1], self.map_width)

    def compose(self, map_height: float, side_width: float) -> alt.VConcatChart:
        lang, font = self.lang, self.layout.font
        situation, outside = map_chart(self.events, lang, self.map_width, map_height, font)
        as_of = t("as_of", lang, date=format_day(self.today, lang))
        footer = [f"{source_line(self.events, lang)}  ·  {as_of}"]
        if outside:
            footer.append(t("brief_off_map", lang, places=", ".join(outside)))
        if self.events.empty:
            right: alt.Chart = _text_block([t("brief_no_events", lang)], side_width, font * 1.3)
        else:
            right = briefing_timeline(self.events, lang, self.period, side_width, map_height)
        chart = alt.vconcat(
            alt.hconcat(situation, right, spacing=40),
            self.legend,
            _text_block(footer, self.inner, font),
            spacing=12,
        ).properties(
            title=alt.TitleParams(
                text=self.heading,
                subtitle=filters_in_words(self.filters, self.events, lang),
                anchor="start",
                fontSize=font * 2.4,
                subtitleFontSize=font * 1.3,
                subtitleColor="#444",
                subtitlePadding=6,
                offset=12,
                limit=self.inner,
            ),
            padding=MARGIN,
            background="white",
            autosize={"type": "pad", "contains": "padding"},
        )
        return chart.configure_view(stroke=None).configure_axis(labelFontSize=font, labelColor="#222")


# --- rendering ------------------------------------------------------------------------------------


def _no_remote(spec: Any) -> None:
    """Refuse a spec that would load anything by URL (data, images, fonts)."""
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key in {"url", "href"} and value is not None:
                raise ValueError(f"briefing spec must not reference '{key}': {value!r}")
            _no_remote(value)
    elif isinstance(spec, list):
        for item in spec:
            _no_remote(item)


def briefing_spec(chart: alt.TopLevelMixin, datasets: dict[str, list[dict]] | None = None) -> dict:
    """The chart (plus named ``datasets``) as a Vega-Lite dict for vl-convert, checked to load nothing by URL."""
    spec = chart.to_dict(validate=False)
    spec.pop("$schema", None)  # a URL, though only as a label; keep the spec free of them
    spec.setdefault("datasets", {}).update(datasets or {})
    _no_remote(spec)
    return spec


def _natural_size(spec: dict) -> tuple[float, float]:
    scene = vlc.vegalite_to_scenegraph(spec, allowed_base_urls=[])
    return float(scene["width"]), float(scene["height"])


def render_png(
    events: pd.DataFrame,
    filters: Filters,
    lang: str,
    title: str | None = None,
    size: str = "16:9",
    today: dt.date | None = None,
) -> bytes:
    """The briefing as PNG: 1920×1080 for 16:9, 3508×2480 (A4 landscape, 300 dpi) for A4."""
    spec = briefing_spec(*_briefing(events, filters, lang, title, size, today))
    layout = LAYOUTS[size]
    # vl-convert multiplies ``scale`` by ppi/72; the ppi also goes into the PNG's metadata.
    return vlc.vegalite_to_png(spec, scale=layout.scale * 72 / layout.ppi, ppi=layout.ppi, allowed_base_urls=[])


def render_pdf(
    events: pd.DataFrame,
    filters: Filters,
    lang: str,
    title: str | None = None,
    size: str = "16:9",
    today: dt.date | None = None,
) -> bytes:
    """The same composition as a one-page vector PDF; for A4 the page is A4 landscape (842×595 pt)."""
    spec = briefing_spec(*_briefing(events, filters, lang, title, size, today))
    pdf = vlc.vegalite_to_pdf(spec, allowed_base_urls=[])
    return _scaled_to_a4(pdf) if size == "a4" else pdf


A4_LANDSCAPE_PT = (841.89, 595.28)


def _scaled_to_a4(pdf: bytes) -> bytes:
    """vl-convert makes one point per design pixel; scale the (vector) page to A4 paper."""
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # vl-convert's trailer under-counts objects; pypdf warns and copes
    try:
        writer = PdfWriter(clone_from=io.BytesIO(pdf))
    finally:
        log.setLevel(level)
    for page in writer.pages:
        page.scale_to(*A4_LANDSCAPE_PT)
        page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
