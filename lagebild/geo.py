"""Offline geography for the situation map (pure Python, no Streamlit).

Data lives in data/geo/ and is rebuilt by scripts/build_geo.py (see data/geo/SOURCES.md).
"""

from __future__ import annotations

import copy
import csv
import datetime
import json
from functools import cache
from pathlib import Path

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
EXTENT = (-80.0, 30.0, 50.0, 72.0)  # lon_min, lat_min, lon_max, lat_max


@cache
def load_geojson(name: str) -> dict:
    """Parsed data/geo/<name> (".geojson" may be omitted); cached, do not mutate."""
    path = GEO_DIR / (name if name.endswith(".geojson") else f"{name}.geojson")
    return json.loads(path.read_text(encoding="utf-8"))


def countries() -> dict:
    """Country polygons (properties iso_a2, name), clipped to EXTENT."""
    return load_geojson("countries")


def rivers() -> dict:
    """Major rivers as LineStrings (property name, e.g. "Dnipro"; None if unnamed)."""
    return load_geojson("rivers")


def front_area() -> dict:
    """Approximate Russian-occupied area of Ukraine, April 2023 (not authoritative)."""
    return load_geojson("front_2023-04")


def front_line() -> dict:
    """Approximate front line, April 2023, as a LineString."""
    return load_geojson("front_line")


@cache
def nato_accessions() -> dict[str, datetime.date]:
    """ISO alpha-2 code -> date of NATO accession."""
    with open(GEO_DIR / "nato_members.csv", newline="", encoding="utf-8") as fh:
        return {r["iso_a2"]: datetime.date.fromisoformat(r["accession"]) for r in csv.DictReader(fh)}


def nato_members_as_of(day: datetime.date) -> frozenset[str]:
    """ISO alpha-2 codes of the NATO members on that day (accession day included)."""
    return frozenset(code for code, joined in nato_accessions().items() if joined <= day)


def countries_with_membership(day: datetime.date) -> dict:
    """Copy of countries() whose features also carry `nato` (bool) and `accession`."""
    members = nato_members_as_of(day)
    accessions = nato_accessions()
    fc = copy.deepcopy(countries())
    for feature in fc["features"]:
        code = feature["properties"]["iso_a2"]
        feature["properties"]["nato"] = code in members
        joined = accessions.get(code)
        feature["properties"]["accession"] = joined.isoformat() if joined else None
    return fc
