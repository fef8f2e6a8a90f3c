"""The basemap as static files the browser fetches once, instead of with every rerun.

pydeck sends a layer's inline data in every rerun's message (indented JSON, about
12 MB for the countries); served by Streamlit's static file serving
(``server.enableStaticServing``) from ``static/geo/`` on the app's own origin,
the basemap crosses the wire once and stays offline. The files are derived from
``data/geo`` (the one source) by ``python -m lagebild.static_geo``; a test checks
they are up to date.
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
    return {
        "countries.geojson": geo.countries_with_membership(dt.date.max),
        "rivers.geojson": geo.rivers(),
        "front.geojson": geo.front_area(),
    }


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
