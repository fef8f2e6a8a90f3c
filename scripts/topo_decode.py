"""A small TopoJSON decoder (quantization, delta-encoded arcs, reversed arcs) for build_geo.py."""

from __future__ import annotations

import json
from pathlib import Path

from shapely.geometry import shape


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat arcs: undo delta encoding and quantization (if transformed)."""
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(p[0], p[1]) for p in arc]
        arcs.append(pts)
    return arcs


def _stitch(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]  # negative index = reversed arc ~i
        pts.extend(arc if not pts else arc[1:])  # consecutive arcs share their end point
    return pts


def topo_geometry(arcs: list, geom: dict) -> dict | None:
    """One TopoJSON line/polygon geometry object as a GeoJSON geometry dict."""
    kind, a = geom["type"], geom.get("arcs")
    if kind == "LineString":
        return {"type": kind, "coordinates": _stitch(arcs, a)}
    if kind == "MultiLineString":
        return {"type": kind, "coordinates": [_stitch(arcs, line) for line in a]}
    if kind == "Polygon":
        a, kind = [a], "MultiPolygon"
    if kind == "MultiPolygon":
        # Quantization can collapse tiny islands/holes to < 4 points: drop those rings.
        polys = []
        for p in a:
            rings = [_stitch(arcs, r) for r in p]
            if len(rings[0]) >= 4:
                polys.append([r for r in rings if len(r) >= 4])
        return {"type": kind, "coordinates": polys} if polys else None
    return None  # null geometry; points are not used here


def topo_features(path: Path, obj: str) -> list[tuple[dict, object]]:
    """[(topo geometry object, shapely geometry)] of one named object of a topology."""
    topo = json.loads(path.read_text())
    arcs = decode_arcs(topo)
    out = []
    for g in topo["objects"][obj]["geometries"]:
        gj = topo_geometry(arcs, g)
        if gj is not None:
            out.append((g, shape(gj)))
    return out


# --- helpers -----------------------------------------------------------------------------
