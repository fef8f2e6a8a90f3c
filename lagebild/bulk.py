"""Large event sets without a Python object per row: vectorised validation and ACLED conversion.

:func:`lagebild.schema.validate_records` runs pydantic per row, about 20 µs each: fine for an
upload of a few thousand rows, a minute for a million. :func:`validate_frame` checks the same
rules column by column (pandas/numpy) and returns the same :class:`~lagebild.schema.ValidationReport`
(accepted rows typed like :func:`~lagebild.schema.records_frame`, every rejected row with row
number, column and reason). :func:`acled_events` turns ACLED's export layout into schema rows the
way the importer's built-in ACLED mapping does (:mod:`lagebild.importers.layouts`), for files too
large for the row-by-row import.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from . import vocab
from .importers.layouts import ACLED_CATEGORIES, ACLED_GEO_PRECISION, ACLED_TIME_PRECISION
from .importers.values import country_code
from .schema import COLUMNS, REQUIRED, RowError, ValidationReport, records_frame

_REQUIRED_TEXT = ("title_de", "title_en", "summary_de", "summary_en", "place", "source")
_OPTIONAL_TEXT = ("attribution", "actors", "quote", "quote_by", "item")
_ID = r"^[a-z0-9][a-z0-9-]*$"
_ISO = r"^\d{4}-\d{2}-\d{2}$"
_QUOTED_FORMULA = r"^'+[=+\-@\t\r]"
_VOCAB = {
    "date_precision": vocab.DATE_PRECISIONS,
    "category": vocab.CATEGORY_KEYS,
    "status": vocab.STATUS_KEYS,
    "geo_precision": vocab.GEO_PRECISIONS,
}


class _Checks:
    """Collects (mask, column, reason, values) per rule; a row with any hit is rejected."""

    def __init__(self, frame: pd.DataFrame, first_row: int) -> None:
        self.frame = frame
        self.rows = np.arange(len(frame)) + first_row
        self.found: list[pd.DataFrame] = []

    def add(self, mask: pd.Series, column: str, reason: str | pd.Series, value: pd.Series | None = None) -> None:
        mask = pd.Series(mask, index=self.frame.index).fillna(False).astype(bool).to_numpy()
        if not mask.any():
            return
        values = self.frame[column] if value is None and column in self.frame else value
        reasons = reason[mask].astype(str).to_numpy() if isinstance(reason, pd.Series) else reason
        shown = values[mask].fillna("").astype(str).to_numpy() if values is not None else ""
        self.found.append(pd.DataFrame({"row": self.rows[mask], "column": column, "reason": reasons, "value": shown}))

    def errors(self) -> list[RowError]:
        if not self.found:
            return []
        table = pd.concat(self.found, ignore_index=True).sort_values("row", kind="stable")
        return [RowError(int(r), c, why, v) for r, c, why, v in table.itertuples(index=False)]


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    """A cell as the schema reads it: stripped, one formula-neutralising quote removed, stripped again."""
    if column not in frame:
        return pd.Series("", index=frame.index, dtype="str")
    values = frame[column]
    if values.dtype != "str":
        values = values.astype("str")
    stripped = values.fillna("").str.strip()
    quoted = stripped.str.match(_QUOTED_FORMULA)
    if quoted.any():
        stripped = stripped.where(~quoted, stripped.str[1:].str.strip())
    return stripped


def _dates(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parsed days and the reason each non-empty cell is not one ("" where fine)."""
    well_formed = text.str.match(_ISO)
    parsed = pd.to_datetime(text.where(well_formed), format="%Y-%m-%d", errors="coerce")
    reason = pd.Series("", index=text.index, dtype=object)
    reason[(text != "") & ~well_formed] = "not an ISO date YYYY-MM-DD"
    reason[(text != "") & well_formed & parsed.isna()] = "not a valid date"
    return parsed, reason


def _numbers(text: pd.Series) -> pd.Series:
    return pd.to_numeric(text.where(text != ""), errors="coerce")


def validate_frame(raw: pd.DataFrame, first_row: int = 2) -> ValidationReport:
    """Validate a frame of schema columns (text cells, as a CSV holds them) without pydantic.

    Same rules and error texts as :class:`~lagebild.schema.EventRecord` for the columns it checks;
    row numbers start at ``first_row`` (2: the row after a CSV header). Rows with an error are
    rejected whole and listed; later duplicates of an id are rejected.
    """
    frame = raw.reset_index(drop=True)
    checks = _Checks(frame, first_row)
    out = pd.DataFrame(index=frame.index)
    for column in REQUIRED:
        if column not in frame:
            checks.add(pd.Series(True, index=frame.index), column, "Field required", pd.Series("", index=frame.index))
    for column in ("id", "country", "date_precision", "category", "status", "geo_precision", *_REQUIRED_TEXT):
        out[column] = _text(frame, column)
        checks.add(out[column] == "", column, "Field required" if column not in _REQUIRED_TEXT
                   else "String should have at least 1 character")
    bad_id = (out["id"] != "") & (~out["id"].str.match(_ID) | (out["id"].str.len() > 120))
    checks.add(bad_id, "id", "String should match pattern '^[a-z0-9][a-z0-9-]*$' (at most 120 characters)")
    for column, allowed in _VOCAB.items():
        checks.add((out[column] != "") & ~out[column].isin(allowed), column,
                   "Input should be " + ", ".join(f"'{k}'" for k in allowed))
    checks.add((out["country"] != "") & ~out["country"].str.match(r"^[A-Z]{2}$"), "country",
               "String should match pattern '^[A-Z]{2}$'")
    for column in ("start", "end", "source_date"):
        text = _text(frame, column)
        out[column], reason = _dates(text)
        checks.add(reason != "", column, reason, text)
        if column != "end":
            checks.add(text == "", column, "Field required", text)
    year = out["start"].dt.year
    checks.add((year < 1900) | (year > 2100), "start", "date outside 1900–2100")
    checks.add(out["end"] < out["start"], "end", "end is before start")
    coarse = out["date_precision"].isin(("week", "month", "year")) & out["start"].notna()
    checks.add(coarse & (out["start"] != period_starts(out["start"], out["date_precision"])), "start",
               "with this date_precision start must be the first day of the period")
    for column, low, high in (("lat", -90, 90), ("lon", -180, 180)):
        text = _text(frame, column)
        out[column] = _numbers(text)
        checks.add(out[column].isna() | ~out[column].between(low, high), column,
                   f"Input should be a number between {low} and {high}", text)
    for column in _OPTIONAL_TEXT:
        out[column] = _blank_to_na(_text(frame, column))
    _check_extras(frame, out, checks)
    duplicate = out["id"].duplicated() & (out["id"] != "")
    if duplicate.any():
        first_use = out["id"].map(pd.Series(checks.rows, index=frame.index).groupby(out["id"]).first())
        checks.add(duplicate, "id", "duplicate id, first used in row " + first_use.astype(str))
    errors = checks.errors()
    rejected = {e.row for e in errors}
    keep = ~pd.Series(checks.rows, index=frame.index).isin(rejected)
    return ValidationReport(len(frame), _typed(out[keep]), errors)


def _check_extras(frame: pd.DataFrame, out: pd.DataFrame, checks: _Checks) -> None:
    amount, quantity = _text(frame, "amount"), _text(frame, "quantity")
    out["amount"], out["quantity"] = _numbers(amount), _numbers(quantity)
    checks.add((amount != "") & ~(out["amount"] >= 0), "amount", "Input should be a number ≥ 0", amount)
    whole = (out["quantity"] >= 0) & (out["quantity"] % 1 == 0)
    checks.add((quantity != "") & ~whole, "quantity", "Input should be a whole number ≥ 0", quantity)
    out["currency"] = _blank_to_na(_text(frame, "currency"))
    checks.add(out["currency"].notna() & ~out["currency"].fillna("").str.match(r"^[A-Z]{3}$"), "currency",
               "String should match pattern '^[A-Z]{3}$'")
    checks.add(out["amount"].notna() & out["currency"].isna(), "currency", "amount needs a currency")
    checks.add(out["quote"].notna() & out["quote_by"].isna(), "quote_by", "a quote needs quote_by (who said it)")
    out["trip"] = _blank_to_na(_text(frame, "trip"))
    checks.add(out["trip"].notna() & ~out["trip"].fillna("").str.match(_ID), "trip",
               "String should match pattern '^[a-z0-9][a-z0-9-]*$'")


def period_starts(days: pd.Series, precision: pd.Series) -> pd.Series:
    """:func:`lagebild.schema.period_start` for whole columns."""
    result = days.copy()
    week, month, year = (precision == p for p in ("week", "month", "year"))
    result[week] = days[week] - pd.to_timedelta(days[week].dt.day_of_week, unit="D")
    result[month] = days[month].dt.to_period("M").dt.start_time.astype(days.dtype)
    result[year] = days[year].dt.to_period("Y").dt.start_time.astype(days.dtype)
    return result


def period_ends(days: pd.Series, precision: pd.Series) -> pd.Series:
    """:func:`lagebild.schema.period_end` for whole columns (inclusive last day)."""
    result = days.copy()
    week, month, year = (precision == p for p in ("week", "month", "year"))
    result[week] = days[week] - pd.to_timedelta(days[week].dt.day_of_week, unit="D") + pd.Timedelta(days=6)
    result[month] = days[month].dt.to_period("M").dt.end_time.dt.normalize().astype(days.dtype)
    result[year] = days[year].dt.to_period("Y").dt.end_time.dt.normalize().astype(days.dtype)
    return result


def _blank_to_na(values: pd.Series) -> pd.Series:
    return values.where(values != "")


def _typed(accepted: pd.DataFrame) -> pd.DataFrame:
    """Accepted rows typed exactly as :func:`~lagebild.schema.records_frame` types pydantic's output."""
    template = records_frame([])
    values = accepted.reset_index(drop=True)
    columns: dict[str, pd.Series] = {}
    for column in COLUMNS:
        if column in ("lat", "lon"):
            columns[column] = values[column].astype("float64")
        elif column in ("start", "end", "source_date"):
            columns[column] = values[column].astype(template[column].dtype)
        else:
            columns[column] = values[column].astype(template[column].dtype)
    return pd.DataFrame(columns)


def acled_events(acled: pd.DataFrame, source_name: str = "acled") -> pd.DataFrame:
    """ACLED export rows as schema rows (text cells), mapped as the importer's ACLED layout maps them.

    Validate the result with :func:`validate_frame`. Date cells must be ISO (``2023-04-20``).
    """
    frame = acled.rename(columns=str.lower)
    text = lambda name: _text(frame, name)  # noqa: E731
    precision = text("time_precision").map(ACLED_TIME_PRECISION)
    days = pd.to_datetime(text("event_date"), format="%Y-%m-%d", errors="coerce")
    start = period_starts(days, precision.fillna("day"))
    sub, location, notes = text("sub_event_type"), text("location"), text("notes")
    title = (sub + " in " + location).where((sub != "") & (location != ""), sub + location)
    source = text("source")
    iso = text("iso")
    codes = {value: country_code(value)[0] for value in iso.unique()}
    stamp = pd.to_numeric(text("timestamp"), errors="coerce") if "timestamp" in frame else None
    source_date = pd.to_datetime(stamp, unit="s", errors="coerce") if stamp is not None else start
    start_text = start.dt.strftime("%Y-%m-%d").fillna(text("event_date"))
    prefix = _slug(re.sub(r"\.(csv|txt|tsv|xlsx|json|geojson|parquet)$", "", source_name, flags=re.I)) or "upload"
    return pd.DataFrame(
        {
            "id": prefix + "-" + text("event_id_cnty").str.lower().str.replace(r"[^a-z0-9]+", "-", regex=True)
            .str.strip("-"),
            "start": start_text,
            "end": "",
            "date_precision": precision.fillna(text("time_precision")),
            "category": text("event_type").map(ACLED_CATEGORIES).fillna(text("event_type")),
            "status": "occurred",
            "title_de": title,
            "title_en": title,
            "summary_de": notes.where(notes != "", title),
            "summary_en": notes.where(notes != "", title),
            "actors": (text("actor1") + ";" + text("actor2")).str.strip(";"),
            "place": location,
            "country": iso.map(codes),
            "lat": text("latitude"),
            "lon": text("longitude"),
            "geo_precision": text("geo_precision").map(ACLED_GEO_PRECISION).fillna(text("geo_precision")),
            "source": ("ACLED: " + source).where(source != "", "ACLED"),
            "source_date": source_date.dt.strftime("%Y-%m-%d").fillna(start_text),
        }
    ).reindex(columns=list(COLUMNS), fill_value="")


def _slug(text: str) -> str:
    """As :func:`lagebild.importers.normalise.slug` for ASCII names."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
