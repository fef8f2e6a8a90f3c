"""The basemap as static files the browser fetches once, instead of with every rerun.

pydeck sends a layer's inline data in every rerun's message (indented JSON, about
12 MB for the countries); served by Streamlit's static file serving
(``server.enableStaticServing``) from ``static/geo/`` on the app's own origin,
the basemap crosses the wire once and stays offline. The files are derived from
``data/geo`` (the one source) by ``python -m lagebild.static_geo``; a test checks
they are up to date.

All outlines (land borders, rivers, the front's edge) are one file of straight
segments drawn by a deck.gl ``LineLayer``, and the polygons are filled without a
stroke. Measured with chromium traces in headless software WebGL (docs/scale.md):
stroking every country polygon (116,000 coastline vertices) cost 2.3 s per map frame,
and each further layer type costs its shader's compilation on the first frame, the
``PathLayer``'s most of all. The countries are simplified for the screen as one
coverage; land borders are the edges two of them share; coastlines show as the edge
between land and sea fill.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from . import ROOT, geo

STATIC_GEO_DIR = ROOT / "static" / "geo"
STATIC_URL = "app/static/geo"  # relative to the page, so it also works under a base path


def static_files() -> dict[str, dict]:
    """File name → GeoJSON for the map's basemap; countries carry their NATO ``accession`` date."""
    countries = simplified_coverage(geo.countries_with_membership(dt.date.max))
    return {
        "countries.geojson": countries,
        "front.geojson": geo.front_area(),
        "lines.geojson": line_segments(
            {"border": land_borders(countries), "river": geo.rivers(), "front": geo.front_area()}
        ),
    }


def line_segments(collections: dict[str, dict]) -> dict:
    """Every line and polygon ring of each collection as two-point LineStrings with property ``kind``.

    One segment per feature is what a ``LineLayer`` draws (see the module docstring for why).
    """
    features = []
    for kind, collection in collections.items():
        for feature in collection["features"]:
            for line in _lines_of(feature["geometry"]):
                features += [
                    {
                        "type": "Feature",
                        "properties": {"kind": kind},
                        "geometry": {"type": "LineString", "coordinates": [_rounded(a), _rounded(b)]},
                    }
                    for a, b in zip(line, line[1:], strict=False)
                    if a != b
                ]
    return {"type": "FeatureCollection", "features": features}


def _lines_of(geometry: dict) -> list[list]:
    kind, coordinates = geometry["type"], geometry["coordinates"]
    if kind == "LineString":
        return [coordinates]
    if kind in ("MultiLineString", "Polygon"):
        return list(coordinates)
    if kind == "MultiPolygon":
        return [ring for polygon in coordinates for ring in polygon]
    return []


def _rounded(point: list[float]) -> list[float]:
    return [round(point[0], 4), round(point[1], 4)]  # about 10 m: far below a pixel at the map's zooms


SCREEN_TOLERANCE = 0.02  # shapely.coverage_simplify's tolerance, degrees: about a pixel at zoom 7


def simplified_coverage(countries: dict, tolerance: float = SCREEN_TOLERANCE) -> dict:
    """The countries simplified for the screen as one coverage, so neighbours keep a common border.

    116,000 vertices become about 50,000: less to tessellate and draw in the browser. The
    briefing images (lagebild.brief) draw from data/geo, not from these files.
    """
    import shapely
    from shapely.geometry import mapping, shape

    simple = shapely.coverage_simplify([shape(feature["geometry"]) for feature in countries["features"]], tolerance)
    features = [
        {**feature, "geometry": _plain(mapping(geometry))}
        for feature, geometry in zip(countries["features"], simple, strict=True)
    ]
    return {**countries, "features": features}


def land_borders(countries: dict) -> dict:
    """The borders neighbouring countries share, as one MultiLineString feature.

    Pairs of touching polygons are found with an STRtree; the intersection of their
    boundaries is the shared border (touching corners, which are points, are dropped).
    shapely is a build-time dependency only (requirements-dev.txt), hence the local import.
    """
    import shapely
    from shapely.geometry import mapping, shape

    polygons = [shape(feature["geometry"]) for feature in countries["features"]]
    left, right = shapely.STRtree(polygons).query(polygons, predicate="intersects")
    pairs = [(i, j) for i, j in zip(left, right, strict=True) if i < j]
    outlines = shapely.boundary(polygons)
    shared = shapely.intersection(outlines[[i for i, _ in pairs]], outlines[[j for _, j in pairs]])
    lines = [part for part in shapely.get_parts(shapely.get_parts(shared)) if part.geom_type == "LineString"]
    geometry = mapping(shapely.line_merge(shapely.MultiLineString(lines)))
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {"kind": "land border"}, "geometry": _plain(geometry)}],
    }


def _plain(geometry: dict) -> dict:
    """shapely's mapping() uses tuples; JSON has lists (so the file compares equal after a round trip)."""
    return json.loads(json.dumps(geometry))


def url(name: str) -> str:
    return f"{STATIC_URL}/{name}"


def write(directory: Path = STATIC_GEO_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in static_files().items():
        path = directory / name
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
