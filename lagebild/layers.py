"""pydeck layers for the situation map, built from data and page state (no Streamlit).

Offline by design: the basemap is our own GeoJSON (countries, rivers, front),
so the deck needs no tile server (``map_provider=None``, no ``map_style``).
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pydeck as pdk

from . import geo, static_geo, vocab
from .i18n import date_labels, format_count
from .places import KEY_PLACES, label, load_places
from .viewport import (  # noqa: F401  (re-exported: the map's framing belongs with its layers)
    MAP_SIZE,
    _merc,
    degrees_per_pixel,
    frame_view,
    outside_view,
    visible_bounds,
    without_outliers,
)

SEA = [239, 244, 248]
LAND = [229, 227, 221]
NATO_FILL = [196, 214, 236]
BORDER = [150, 150, 150]
RIVER = [90, 140, 200]
FRONT_FILL = [200, 60, 60, 70]
FRONT_LINE = [170, 30, 30]
TRIP = [0, 114, 178]
LINE_STYLE = {"border": (BORDER, 0.8), "river": (RIVER, 1.4), "front": (FRONT_LINE, 1.5)}  # colour, width px
BASEMAP_FILES = ("countries.geojson", "front.geojson", "lines.geojson")  # what basemap_layers fetches from static/geo


MARKER_SPACING_PX = 13


def marker_rows(events: pd.DataFrame, lang: str, selected: str | None = None, zoom: float = 4.0) -> pd.DataFrame:
    """One row per event, with colour, status style, tooltip text and a position.

    Events at the same spot are fanned out on a sunflower spiral, about
    ``MARKER_SPACING_PX`` apart at the first view's ``zoom``, so each stays visible
    and clickable; ``lat``/``lon`` keep the recorded position.
    """
    rows = events[["id", "lat", "lon", "category", "status", "place", "date_precision"]].copy()
    rows["title"] = events[f"title_{lang}"].astype(str)
    rows["date_label"] = date_labels(events, lang)
    rows["category_label"] = rows["category"].map(lambda k: vocab.category(k).label(lang))
    rows["status_label"] = rows["status"].map(lambda k: vocab.status(k).label(lang))
    rows["colour"] = rows["category"].map(lambda k: vocab.hex_to_rgb(vocab.category(k).colour))
    marker = rows["status"].map(lambda k: vocab.STATUS_MARKER.get(k, "filled"))
    rows["fill"] = [
        c + [235] if m == "filled" else [255, 255, 255, 235] for c, m in zip(rows["colour"], marker, strict=True)
    ]
    rows["dot"] = marker.eq("dashed")
    rows["selected"] = rows["id"].eq(selected) if selected else False
    rows["upload"] = events["origin"].fillna("bundled").ne("bundled").to_numpy() if "origin" in events else False
    rows["x"], rows["y"] = _fan_out(rows, MARKER_SPACING_PX * degrees_per_pixel(zoom))
    return rows.drop(columns=["date_precision"]).reset_index(drop=True)


def spot(lat: float, lon: float) -> tuple[float, float]:
    return (round(lat, 2), round(lon, 2))


def _fan_out(rows: pd.DataFrame, step: float) -> tuple[list[float], list[float]]:
    xs, ys = [], []
    seen: dict[tuple[float, float], int] = {}
    for lat, lon in zip(rows["lat"], rows["lon"], strict=True):
        key = spot(lat, lon)
        n = seen.get(key, 0)
        seen[key] = n + 1
        radius = step * math.sqrt(n)
        angle = n * 2.39996  # golden angle
        xs.append(lon + radius * math.cos(angle))
        ys.append(lat + radius * math.sin(angle) * math.cos(math.radians(lat)))
    return xs, ys


def _literal(text: str) -> str:
    """A string prop deck.gl should take as it is: pydeck turns bare strings into
    accessor expressions, except those wrapped in quotes (which it strips)."""
    return '"' + text.replace('"', "").replace("'", "").replace("`", "") + '"'


def basemap_layers(as_of: dt.date) -> list[pdk.Layer]:
    """Countries (NATO members shaded as of ``as_of``), the approximate front, land borders and rivers.

    The data are static files on the app's own origin (see :mod:`lagebild.static_geo`);
    the NATO shading is an expression on each country's accession date, re-evaluated
    when ``as_of`` changes (``update_triggers``).
    """
    day = as_of.isoformat()
    nato = f"properties.accession && properties.accession <= '{day}' ? {NATO_FILL} : {LAND}"
    basemap = [
        pdk.Layer(
            "PolygonLayer", [{"polygon": _extent_ring()}], id="sea", get_polygon="polygon", get_fill_color=SEA,
            stroked=False,
        ),
        pdk.Layer(
            "GeoJsonLayer",
            static_geo.url("countries.geojson"),
            id="countries",
            stroked=False,  # borders are in lines.geojson: stroking every coastline is slow
            filled=True,
            get_fill_color=nato,
            update_triggers={"getFillColor": [day]},
        ),
        pdk.Layer(
            "GeoJsonLayer",
            static_geo.url("front.geojson"),
            id="front",
            stroked=False,  # its edge is in lines.geojson
            get_fill_color=FRONT_FILL,
        ),
        pdk.Layer(
            "LineLayer",
            static_geo.url("lines.geojson"),
            id="lines",
            data_transform="features",  # a FeatureCollection of two-point LineStrings
            get_source_position="geometry.coordinates[0]",
            get_target_position="geometry.coordinates[1]",
            get_color=_by_kind({kind: colour for kind, (colour, _) in LINE_STYLE.items()}),
            get_width=_by_kind({kind: width for kind, (_, width) in LINE_STYLE.items()}),
            width_units=_literal("pixels"),
        ),
    ]
    # A layer whose static file is missing or corrupt is left out (store.map_problems names it).
    return [layer for layer in basemap if not _missing_static_file(layer)]


def _by_kind(values: dict[str, object]) -> str:
    """A deck.gl accessor expression: the value for the segment's ``properties.kind``."""
    *cases, (_, fallback) = values.items()
    return " : ".join(f"properties.kind == '{kind}' ? {value}" for kind, value in cases) + f" : {fallback}"


def _missing_static_file(layer: pdk.Layer) -> bool:
    prefix = static_geo.STATIC_URL.rstrip("/") + "/"
    if not (isinstance(layer.data, str) and layer.data.startswith(prefix)):
        return False
    return geo.geojson_file_problem(static_geo.STATIC_GEO_DIR / layer.data.removeprefix(prefix)) is not None


def _extent_ring() -> list[list[float]]:
    west, south, east, north = geo.EXTENT
    return [[west, south], [east, south], [east, north], [west, north], [west, south]]


def event_layers(markers: pd.DataFrame) -> list[pdk.Layer]:
    """Event markers: filled, hollow ring, or ring with a dot, by status; coloured by category."""
    return [
        _ring(markers[markers["upload"]], "upload-rings", radius=10, width=1.5, colour=[60, 60, 60]),
        _circles(
            markers, "events", pickable=True, stroked=True, filled=True, get_radius=7, get_fill_color="fill",
            get_line_color="colour", line_width_units=_literal("pixels"), get_line_width=3,
        ),
        _circles(markers[markers["dot"]], "assessed-dots", get_radius=2.5, get_fill_color="colour"),
        _ring(markers[markers["selected"]], "selected", radius=12, width=2.5, colour=[20, 20, 20]),
    ]


def _circles(data: pd.DataFrame, layer_id: str, **props: object) -> pdk.Layer:
    """Circles at the markers' (fanned-out) positions, sized in pixels."""
    return pdk.Layer(
        "ScatterplotLayer", data=data, id=layer_id, get_position=["x", "y"], radius_units=_literal("pixels"), **props
    )


def _ring(data: pd.DataFrame, layer_id: str, radius: float, width: float, colour: list[int]) -> pdk.Layer:
    """A hollow ring around markers (an uploaded event, the selected one)."""
    return _circles(
        data, layer_id, get_radius=radius, stroked=True, filled=False, line_width_units=_literal("pixels"),
        get_line_width=width, get_line_color=colour,
    )


def trip_layer(events: pd.DataFrame) -> pdk.Layer | None:
    """Arcs between the stops of each journey (``trip``), in date order."""
    legs = trip_legs(events)
    if legs.empty:
        return None
    return pdk.Layer(
        "ArcLayer",
        legs,
        id="trip",
        get_source_position=["from_lon", "from_lat"],
        get_target_position=["to_lon", "to_lat"],
        get_source_color=TRIP + [120],
        get_target_color=TRIP + [255],
        get_width=3,
        get_height=0.4,
        great_circle=False,
    )


def trip_legs(events: pd.DataFrame) -> pd.DataFrame:
    """Consecutive distinct stops of every trip, ordered by date."""
    legs = []
    stops = events[events["trip"].notna()].sort_values(["trip", "start", "id"], kind="stable")
    for trip, group in stops.groupby("trip", sort=False):
        points = [(r.lat, r.lon, r.place) for r in group.itertuples()]
        distinct = [p for i, p in enumerate(points) if i == 0 or (p[0], p[1]) != points[i - 1][:2]]
        for (lat1, lon1, a), (lat2, lon2, b) in zip(distinct, distinct[1:], strict=False):
            legs.append(
                {
                    "trip": trip,
                    "from_lat": lat1,
                    "from_lon": lon1,
                    "to_lat": lat2,
                    "to_lon": lon2,
                    "from_place": a,
                    "to_place": b,
                }
            )
    return pd.DataFrame(legs)


def label_rows(events: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Labels for the key places plus every place that has a shown event, one per spot."""
    places = load_places()
    coords = set(zip(events["lat"].round(3), events["lon"].round(3), strict=True))
    has_event = pd.Series(
        [(round(la, 3), round(lo, 3)) in coords for la, lo in zip(places["lat"], places["lon"], strict=True)],
        index=places.index,
        dtype=bool,
    )
    wanted = places["key"].isin(KEY_PLACES) | has_event
    chosen = places[wanted & places["kind"].ne("landmark")].copy()
    chosen["spot"] = list(zip(chosen["lat"].round(0), chosen["lon"].round(0), strict=True))
    chosen = chosen.drop_duplicates("spot")
    chosen["text"] = [label(row, lang) for _, row in chosen.iterrows()]
    crowd = pd.Series([spot(a, b) for a, b in zip(events["lat"], events["lon"], strict=True)]).value_counts()
    # Above the spot (or below, where places.csv says so), clear of the fanned-out markers.
    chosen["offset"] = [
        [
            0,
            (1 if position == "below" else -1)
            * round(14 + MARKER_SPACING_PX * math.sqrt(max(crowd.get(spot(a, b), 1) - 1, 0))),
        ]
        for a, b, position in zip(chosen["lat"], chosen["lon"], chosen["label_position"], strict=True)
    ]
    return chosen[["text", "lat", "lon", "kind", "offset"]].reset_index(drop=True)


def label_layer(labels: pd.DataFrame) -> pdk.Layer:
    return pdk.Layer(
        "TextLayer",
        labels,
        id="labels",
        get_position=["lon", "lat"],
        get_text="text",
        get_size=14,
        get_color=[25, 25, 25],
        get_pixel_offset="offset",
        font_family=_literal("Helvetica, Arial, sans-serif"),
        font_weight=600,
        outline_width=3,
        outline_color=[255, 255, 255, 230],
        font_settings={"sdf": True},
        # deck.gl's default atlas is ASCII only; list the characters (ü, ö, …) labels can use. A small,
        # stable set: the atlas is drawn once per page (each glyph costs time in the browser).
        character_set=_literal(label_characters(labels)),
    )


def label_characters(labels: pd.DataFrame) -> str:
    """Every character of the gazetteer's names in both languages, plus any in ``labels``."""
    names = load_places()[["name_de", "name_en"]].astype(str).to_numpy().ravel()
    return "".join(sorted(set("".join(names)) | set("".join(labels["text"])) - {'"', "'", "`"}))


def _labels_or_none(events: pd.DataFrame, lang: str) -> pd.DataFrame | None:
    """Place labels, or None when data/places.csv is missing or corrupt (``store.map_problems`` says so)."""
    try:
        return label_rows(events, lang)
    except (OSError, ValueError, KeyError):  # missing file, unparsable CSV, missing column
        return None


def build_deck(
    events: pd.DataFrame, lang: str, as_of: dt.date, view: pdk.ViewState, selected: str | None = None
) -> pdk.Deck:
    """The whole map. ``map_provider=None`` and no ``map_style``: nothing is fetched online."""
    markers = marker_rows(events, lang, selected, view.zoom)
    layers = basemap_layers(as_of)
    trip = trip_layer(events)
    if trip is not None:
        layers.append(trip)
    layers += event_layers(markers)
    labels = _labels_or_none(events, lang)
    if labels is not None:
        layers.append(label_layer(labels))
    return pdk.Deck(
        layers=layers,
        initial_view_state=view,
        map_provider=None,
        tooltip={"text": "{title}\n{date_label}\n{place}\n{category_label} · {status_label}"},
    )


def aggregate_rows(cells: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per grid cell (from ``EventStore.aggregate_grid``): radius by count, colour of the dominant category."""
    rows = cells[["lat", "lon", "count", "top_category", "top_count"]].copy()
    rows["lat"], rows["lon"] = rows["lat"].round(4), rows["lon"].round(4)
    peak = max(int(rows["count"].max()), 1) if len(rows) else 1
    # Area grows with the count: 6 px for one event, 40 px for the busiest cell.
    rows["radius"] = (6 + 34 * (rows["count"] / peak) ** 0.5).round(1)
    rows["colour"] = rows["top_category"].map(lambda k: vocab.hex_to_rgb(vocab.category(k).colour) + [200])
    rows["category_label"] = rows["top_category"].map(lambda k: vocab.category(k).label(lang))
    rows["count_label"] = [format_count(int(c), lang) for c in rows["count"]]
    return rows.reset_index(drop=True)


def aggregate_layers(cells: pd.DataFrame, lang: str) -> list[pdk.Layer]:
    """Counts per grid cell as circles sized by count and coloured by the dominant category."""
    rows = aggregate_rows(cells, lang)
    return [
        pdk.Layer(
            "ScatterplotLayer",
            rows,
            id="cells",
            pickable=True,
            stroked=True,
            filled=True,
            get_position=["lon", "lat"],
            radius_units=_literal("pixels"),
            get_radius="radius",
            get_fill_color="colour",
            get_line_color=[255, 255, 255],
            line_width_units=_literal("pixels"),
            get_line_width=1.5,
        )
    ]


AGGREGATE_TOOLTIP = {
    "de": "{count_label} Ereignisse\nmeist: {category_label} ({top_count})",
    "en": "{count_label} events\nmostly: {category_label} ({top_count})",
}


def build_aggregate_deck(cells: pd.DataFrame, lang: str, as_of: dt.date, view: pdk.ViewState) -> pdk.Deck:
    """The map for many events: basemap, key-place labels and one circle per grid cell."""
    layers = basemap_layers(as_of) + aggregate_layers(cells, lang)
    labels = _labels_or_none(pd.DataFrame({"lat": [], "lon": []}, dtype=float), lang)
    if labels is not None:
        layers.append(label_layer(labels))
    return pdk.Deck(
        layers=layers,
        initial_view_state=view,
        map_provider=None,
        tooltip={"text": AGGREGATE_TOOLTIP.get(lang, AGGREGATE_TOOLTIP["en"])},
    )
