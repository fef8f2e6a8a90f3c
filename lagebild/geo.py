"""Offline geography for the situation map (pure Python, no Streamlit).

Data lives in data/geo/ and is rebuilt by scripts/build_geo.py (see data/geo/SOURCES.md).
"""

from __future__ import annotations

import copy
import csv
import datetime
import json
import math
from functools import cache, lru_cache
from pathlib import Path

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
# lon_min, lat_min, lon_max, lat_max: Washington in the west; in the east far enough past Moscow
# that a framed view of the events never shows the edge of the data (scripts/build_geo.py clips to it).
EXTENT = (-80.0, 30.0, 70.0, 72.0)


class GeoFileError(ValueError):
    """A geo file is missing or corrupt; ``file`` and ``reason`` say which and why."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


def _read_error(path: Path, exc: OSError) -> GeoFileError:
    return GeoFileError(path.name, "file not found" if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc))


@cache
def load_geojson(name: str) -> dict:
    """Parsed data/geo/<name> (".geojson" may be omitted); cached, do not mutate.

    Raises :class:`GeoFileError` when the file is missing or is not a GeoJSON FeatureCollection
    (failures are not cached, so a repaired file is picked up on the next run).
    """
    return _feature_collection(GEO_DIR / (name if name.endswith(".geojson") else f"{name}.geojson"))


def _feature_collection(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _read_error(path, exc) from exc
    except UnicodeDecodeError as exc:
        raise GeoFileError(path.name, f"not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise GeoFileError(path.name, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        raise GeoFileError(path.name, "not a GeoJSON FeatureCollection")
    return data


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
    """ISO alpha-2 code -> date of NATO accession; :class:`GeoFileError` names a bad file or row."""
    path = GEO_DIR / "nato_members.csv"
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise _read_error(path, exc) from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise GeoFileError(path.name, f"not a readable UTF-8 CSV ({exc})") from exc
    accessions = {}
    for number, row in enumerate(rows, start=2):  # spreadsheet row numbers: the header is row 1
        try:
            accessions[row["iso_a2"]] = datetime.date.fromisoformat(row["accession"])
        except (KeyError, TypeError, ValueError) as exc:
            raise GeoFileError(path.name, f"row {number}: no valid iso_a2/accession ({exc})") from exc
    return accessions


def geojson_file_problem(path: Path) -> str | None:
    """Why the GeoJSON file at ``path`` is unusable (missing, corrupt), or None if it is fine.

    Cheap to call on every page run: a file is parsed again only when its size or mtime changes.
    """
    try:
        stat = path.stat()
    except OSError as exc:
        return _read_error(path, exc).reason
    return _checked_problem(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _checked_problem(path: str, mtime_ns: int, size: int) -> str | None:
    try:
        _feature_collection(Path(path))
    except GeoFileError as exc:
        return exc.reason
    return None


def problems() -> list[GeoFileError]:
    """Every geo file that does not load; the map is drawn without the layers they feed."""
    found = []
    for loader in (countries, rivers, front_area, front_line, nato_accessions):
        try:
            loader()
        except GeoFileError as exc:
            found.append(exc)
    return found


def nato_members_as_of(day: datetime.date) -> frozenset[str]:
    """ISO alpha-2 codes of the NATO members on that day (accession day included)."""
    return frozenset(code for code, joined in nato_accessions().items() if joined <= day)


def countries_with_membership(day: datetime.date) -> dict:
    """Copy of countries() whose features also carry `nato` (bool) and `accession`.

    Without a readable nato_members.csv no country is shaded as a member (see :func:`problems`).
    """
    try:
        accessions = nato_accessions()
    except GeoFileError:
        accessions = {}
    members = frozenset(code for code, joined in accessions.items() if joined <= day)
    fc = copy.deepcopy(countries())
    for feature in fc["features"]:
        code = feature["properties"]["iso_a2"]
        feature["properties"]["nato"] = code in members
        joined = accessions.get(code)
        feature["properties"]["accession"] = joined.isoformat() if joined else None
    return fc


EARTH_RADIUS_KM = 6371.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres on a sphere of radius :data:`EARTH_RADIUS_KM`."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
