"""Plain-Python geometry for the briefing map: clip polygons to a box, densify cut edges,
thin out vertices a few-pixels-per-degree map cannot show (without flipping rings).

GeoJSON coordinates are ``[lon, lat]`` lists; boxes are ``(west, south, east, north)``.
"""

from __future__ import annotations

import math
from typing import Any


def near(feature: dict, bounds: tuple[float, float, float, float], margin: float = 8.0) -> bool:
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

