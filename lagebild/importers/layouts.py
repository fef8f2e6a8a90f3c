"""Known layouts, recognised from their columns, each with its built-in :class:`Mapping`.

* ``lagebild``: our own schema (``data/events.csv``, our exports) — taken as it is.
* ``acled``: ACLED's CSV export. ``time_precision`` 1 = the exact day, 2 = a week (ACLED codes
  the week's middle) → ``week``, 3 = a month → ``month``; the start then moves to the period's
  first day. ``geo_precision`` 1 = the town itself → ``city`` (ACLED gives the town's
  coordinates, not a site, which is what our ``exact`` means), 2 = near a town or part of a
  region → ``region``, 3 = only the region, coded at its capital → ``region``.
  ``event_type`` → category by :data:`ACLED_CATEGORIES`; status ``occurred`` (ACLED codes events
  that happened); country from the ISO numeric ``iso``; title "<sub_event_type> in <location>";
  summary ``notes``; actors ``actor1;actor2``; source "ACLED: <source>"; source date from ``timestamp``.
* ``timelinejs``: TimelineJS ``events`` (headline → title, text → summary, group → category).
  It has no coordinates, so unless events carry a ``location`` the mapping needs default ones.
* ``geojson``: Point features; the properties are our schema or need a mapping.
"""

from __future__ import annotations

import pandas as pd

from ..schema import COLUMNS, REQUIRED
from .formats import SourceTable
from .mapping import Mapping

ACLED_COLUMNS = frozenset({"event_id_cnty", "event_date", "event_type", "latitude", "longitude"})
ACLED_CATEGORIES: dict[str, str] = {
    "Battles": "military",
    "Explosions/Remote violence": "military",
    "Violence against civilians": "war",
    "Protests": "statement",
    "Riots": "statement",
    "Strategic developments": "statement",
}
ACLED_TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
ACLED_GEO_PRECISION = {"1": "city", "2": "region", "3": "region"}


def detect_layout(table: SourceTable) -> str | None:
    columns = set(table.columns)
    if table.kind == "timelinejs":
        return "timelinejs"
    if set(REQUIRED) <= columns:
        return "geojson" if table.kind == "geojson" else "lagebild"
    if {c.lower() for c in columns} >= ACLED_COLUMNS:
        return "acled"
    if table.kind == "geojson":
        return "geojson"
    return None


def builtin_mapping(layout: str, table: SourceTable) -> Mapping | None:
    """The mapping a recognised layout needs (None: the user must map, e.g. arbitrary GeoJSON)."""
    columns = set(table.columns)
    if layout in ("lagebild", "geojson") and set(REQUIRED) <= columns:
        return Mapping(columns={c: c for c in COLUMNS if c in columns}, prefix_ids=False)
    if layout == "acled":
        return acled_mapping()
    if layout == "timelinejs":
        mapped = {"id": "unique_id", "start": "start_date", "end": "end_date", "title": "headline",
                  "summary": "text", "category": "group"}
        mapped.update({k: v for k, v in (("place", "location_name"), ("lat", "lat"), ("lon", "lon")) if v in columns})
        return Mapping(columns={k: v for k, v in mapped.items() if v in columns})
    return None


def acled_mapping() -> Mapping:
    return Mapping(
        columns={"id": "event_id_cnty", "start": "event_date", "date_precision": "time_precision",
                 "category": "event_type", "title": "_title", "summary": "notes", "actors": "_actors",
                 "place": "location", "country": "iso", "lat": "latitude", "lon": "longitude",
                 "geo_precision": "geo_precision", "source": "_source", "source_date": "_source_date"},
        values={"date_precision": ACLED_TIME_PRECISION, "geo_precision": ACLED_GEO_PRECISION,
                "category": ACLED_CATEGORIES},
        defaults={"status": "occurred"},
        language="en",
        day_first=True,  # older exports write dd-mm-yyyy
    )


def prepare(layout: str | None, frame: pd.DataFrame) -> pd.DataFrame:
    """Columns a layout's mapping reads that the file spreads over several columns."""
    if layout != "acled":
        return frame
    frame = frame.rename(columns={c: c.lower() for c in frame.columns})
    get = lambda name: frame[name].fillna("").astype(object).str.strip() if name in frame else ""  # noqa: E731
    extra = pd.DataFrame(index=frame.index)
    sub, location = get("sub_event_type"), get("location")
    extra["_title"] = (sub + " in " + location).where((sub != "") & (location != ""), sub + location)
    extra["_actors"] = (get("actor1") + ";" + get("actor2")).str.strip(";") if "actor1" in frame else ""
    source = get("source")
    extra["_source"] = ("ACLED: " + source).where(source != "", "ACLED")
    stamp = pd.to_numeric(get("timestamp"), errors="coerce") if "timestamp" in frame else None
    extra["_source_date"] = (
        pd.to_datetime(stamp, unit="s", errors="coerce").dt.strftime("%Y-%m-%d").fillna("") if stamp is not None else ""
    )
    return pd.concat([frame, extra], axis=1)
