"""Exports of the (filtered) events: CSV in the event schema, and GeoJSON.

CSV round trip: ``validate_csv(to_csv(events)).events`` equals ``events[COLUMNS]``.
Free-text cells that a spreadsheet would run as a formula (starting with
``= + - @``, TAB or CR, possibly after quotes) get one leading ``'`` (OWASP's
advice for CSV injection); the importer (:func:`lagebild.schema.unquote_formula`)
removes exactly that quote again, so the round trip is exact and a spreadsheet
shows the original text. Numeric columns (``lon=-77.0``) are never quoted.
"""

from __future__ import annotations

import csv
import io
import math
from typing import Any

import pandas as pd

from .schema import COLUMNS, FORMULA_START

DATE_COLUMNS: tuple[str, ...] = ("start", "end", "source_date")
NUMBER_COLUMNS: tuple[str, ...] = ("lat", "lon", "amount", "quantity")
# Free text a person typed; the only cells that can carry a formula (the others are
# dates, numbers, or vocabulary/pattern-checked codes that cannot start with = + - @).
FREE_TEXT_COLUMNS: tuple[str, ...] = (
    "attribution",
    "title_de",
    "title_en",
    "summary_de",
    "summary_en",
    "actors",
    "place",
    "source",
    "quote",
    "quote_by",
    "item",
)


def neutralise_formula(text: str) -> str:
    """``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``: a spreadsheet shows it as text instead of running it."""
    return "'" + text if FORMULA_START.match(text) else text


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _csv_cell(column: str, value: Any) -> str:
    if _missing(value):
        return ""
    if column in DATE_COLUMNS:
        return pd.Timestamp(value).date().isoformat()
    if column == "quantity":
        return str(int(value))
    if column in NUMBER_COLUMNS:
        return repr(float(value))  # shortest text that reads back to the same float
    text = str(value)
    return neutralise_formula(text) if column in FREE_TEXT_COLUMNS else text


def to_csv(events: pd.DataFrame, *, bom: bool = True) -> bytes:
    """The events as UTF-8 CSV in schema column order, CRLF line ends (RFC 4180).

    With ``bom`` (the default, for downloads) the file starts with a UTF-8 BOM, so
    spreadsheets detect UTF-8; ``bom=False`` for files that tools read as plain UTF-8.
    Rows keep the order of ``events``; derived columns (``period_start``, …) are left out.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in events[list(COLUMNS)].itertuples(index=False, name=None):
        writer.writerow([_csv_cell(column, value) for column, value in zip(COLUMNS, record, strict=True)])
    return out.getvalue().encode("utf-8-sig" if bom else "utf-8")


def _json_value(column: str, value: Any) -> Any:
    if _missing(value):
        return None
    if column in DATE_COLUMNS:
        return pd.Timestamp(value).date().isoformat()
    if column == "quantity":
        return int(value)
    if column in NUMBER_COLUMNS:
        return float(value)
    return str(value)


def to_geojson(events: pd.DataFrame) -> dict:
    """RFC 7946 FeatureCollection: one Point ``[lon, lat]`` (WGS84) per event, all schema fields as properties."""
    features = []
    for record in events[list(COLUMNS)].to_dict(orient="records"):
        properties = {column: _json_value(column, record[column]) for column in COLUMNS}
        features.append(
            {
                "type": "Feature",
                "id": properties["id"],
                "geometry": {"type": "Point", "coordinates": [properties["lon"], properties["lat"]]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}
