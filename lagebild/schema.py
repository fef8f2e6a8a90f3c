"""The event schema and its validation report.

One row of ``data/events.csv`` is one :class:`EventRecord`. :func:`validate_csv`
checks a whole file and returns every problem at once (row number, column,
reason) together with the rows that passed; nothing is silently dropped.
Row numbers are the ones a spreadsheet shows: the header is row 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated

import pandas as pd
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from . import vocab

Category = Enum("Category", {k: k for k in vocab.CATEGORY_KEYS}, type=str)
Status = Enum("Status", {k: k for k in vocab.STATUS_KEYS}, type=str)
DatePrecision = Enum("DatePrecision", {k: k for k in vocab.DATE_PRECISIONS}, type=str)
GeoPrecision = Enum("GeoPrecision", {k: k for k in vocab.GEO_PRECISIONS}, type=str)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _empty_to_none(value: object) -> object:
    if isinstance(value, str) and value.strip() == "":
        return None
    return value


def _iso_date(value: object) -> object:
    if isinstance(value, str):
        if not _ISO_DATE.match(value.strip()):
            raise ValueError(f"not an ISO date YYYY-MM-DD: {value!r}")
        return value.strip()
    return value


# A cell a spreadsheet would run as a formula starts with one of these; lagebild.export
# prefixes such free-text cells with a single quote (OWASP), and the importer takes it off again.
FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")


def unquote_formula(value: object) -> object:
    """Drop the one leading ``'`` that neutralised a formula-like text (``'=SUM(A1)`` → ``=SUM(A1)``).

    Only a quote before ``= + - @ TAB CR`` (after any further quotes) is removed, which is also
    what a spreadsheet shows for such a cell; export adds exactly one, so export → import is exact.
    """
    if isinstance(value, str):
        stripped = value.strip()
        if _QUOTED_FORMULA.match(stripped):
            return stripped[1:]
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
OptionalIsoDate = Annotated[IsoDate | None, BeforeValidator(_empty_to_none)]
OptionalText = Annotated[str | None, BeforeValidator(unquote_formula), BeforeValidator(_empty_to_none)]
Text = Annotated[str, Field(min_length=1), BeforeValidator(unquote_formula)]


class EventRecord(BaseModel):
    """One dated, geolocated event as reported by a source."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="allow")

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=120)]
    start: IsoDate
    end: OptionalIsoDate = None
    date_precision: DatePrecision
    category: Category
    status: Status
    attribution: OptionalText = None
    title_de: Text
    title_en: Text
    summary_de: Text
    summary_en: Text
    actors: OptionalText = None
    place: Text
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    lat: Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)]
    lon: Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)]
    geo_precision: GeoPrecision
    source: Text
    source_date: IsoDate
    quote: OptionalText = None
    quote_by: OptionalText = None
    amount: Annotated[Annotated[float, Field(ge=0, allow_inf_nan=False)] | None, BeforeValidator(_empty_to_none)] = None
    currency: Annotated[Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None, BeforeValidator(_empty_to_none)] = None
    quantity: Annotated[Annotated[int, Field(ge=0)] | None, BeforeValidator(_empty_to_none)] = None
    item: OptionalText = None
    trip: Annotated[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")] | None, BeforeValidator(_empty_to_none)] = (
        None
    )

    @field_validator("start")
    @classmethod
    def _not_absurd(cls, value: dt.date) -> dt.date:
        if value.year < 1900 or value.year > 2100:
            raise ValueError("date outside 1900–2100")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> EventRecord:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if self.date_precision.value != "day" and period_start(self.start, self.date_precision.value) != self.start:
            raise ValueError(
                f"with date_precision '{self.date_precision.value}' start must be the first day of the period"
            )
        if self.amount is not None and self.currency is None:
            raise ValueError("amount needs a currency")
        if self.quote and not self.quote_by:
            raise ValueError("a quote needs quote_by (who said it)")
        return self


# Column order of the interchange format; ``REQUIRED`` must be present in a file.
COLUMNS: tuple[str, ...] = tuple(EventRecord.model_fields)
REQUIRED: tuple[str, ...] = tuple(n for n, f in EventRecord.model_fields.items() if f.is_required())


def period_start(day: dt.date, precision: str) -> dt.date:
    """First day of the period (week, month, year) that contains ``day``."""
    if precision == "week":
        return day - dt.timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    return day


def period_end(day: dt.date, precision: str) -> dt.date:
    """Last day (inclusive) of the period that contains ``day``."""
    if precision == "week":
        return period_start(day, "week") + dt.timedelta(days=6)
    if precision == "month":
        nxt = day.replace(day=28) + dt.timedelta(days=4)
        return nxt - dt.timedelta(days=nxt.day)
    if precision == "year":
        return day.replace(month=12, day=31)
    return day


@dataclass(frozen=True)
class RowError:
    """One problem: spreadsheet row (header = 1), column, offending value, reason."""

    row: int
    column: str
    reason: str
    value: str = ""

    def __str__(self) -> str:
        shown = f" (value: {self.value[:60]!r})" if self.value else ""
        return f"row {self.row}, column '{self.column}': {self.reason}{shown}"


class RowCounts:
    """Accepted and rejected rows of a report that has ``rows_total`` and the accepted ``events``."""

    rows_total: int
    events: pd.DataFrame

    @property
    def accepted(self) -> int:
        return len(self.events)

    @property
    def rejected(self) -> int:
        return self.rows_total - self.accepted


@dataclass
class ValidationReport(RowCounts):
    """Outcome of validating a file: accepted rows plus every error, nothing lost."""

    rows_total: int
    events: pd.DataFrame
    errors: list[RowError] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors if e.row > 1})

    @property
    def ok(self) -> bool:
        return not self.errors and not self.file_errors

    def summary(self) -> str:
        lines = [f"{self.rows_total} rows: {self.accepted} accepted, {self.rejected} rejected"]
        lines += [f"file: {msg}" for msg in self.file_errors]
        lines += [str(e) for e in self.errors]
        return "\n".join(lines)


def _errors_from(exc: ValidationError, row: int, raw: dict[str, str]) -> list[RowError]:
    found = []
    for err in exc.errors():
        column = str(err["loc"][0]) if err["loc"] else _model_error_column(err["msg"])
        reason = err["msg"].removeprefix("Value error, ")
        found.append(RowError(row, column, reason, str(raw.get(column, "") or "")))
    return found


def _model_error_column(message: str) -> str:
    for name in ("end", "currency", "quote_by", "start"):
        if name in message:
            return name
    return "start"


def _undecodable_cells(raw: dict[str, str], row: int) -> list[RowError]:
    bad = []
    for column, value in raw.items():
        if isinstance(value, str) and any("\udc80" <= ch <= "\udcff" for ch in value):
            shown = value.encode("utf-8", "surrogateescape").decode("latin-1")
            bad.append(RowError(row, str(column), "not valid UTF-8 (file must be UTF-8 encoded)", shown))
    return bad


def validate_records(numbered: Iterable[tuple[int, dict[str, str]]]) -> tuple[list[dict], list[RowError]]:
    """Validate ``(row number, raw row)`` pairs; return accepted records (dicts) and all errors."""
    accepted: list[dict] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for row, raw in numbered:
        problems = _undecodable_cells(raw, row)
        record = None
        if not problems:
            try:
                record = EventRecord.model_validate(raw)
            except ValidationError as exc:
                problems = _errors_from(exc, row, raw)
        if record is not None and record.id in seen:
            problems = [RowError(row, "id", f"duplicate id, first used in row {seen[record.id]}", record.id)]
        if problems:
            errors.extend(problems)
            continue
        seen[record.id] = row
        accepted.append(record.model_dump(mode="python"))
    return accepted, errors


def records_frame(records: list[dict]) -> pd.DataFrame:
    """Typed DataFrame in schema column order (enums as plain strings)."""
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    for column in ("category", "status", "date_precision", "geo_precision"):
        frame[column] = frame[column].map(lambda v: getattr(v, "value", v))
    for column in ("start", "end", "source_date"):
        frame[column] = pd.to_datetime(frame[column])
    frame["quantity"] = frame["quantity"].astype("Int64")
    frame["amount"] = frame["amount"].astype("Float64")
    text_columns = [c for c in COLUMNS if c not in {"start", "end", "source_date", "lat", "lon", "amount", "quantity"}]
    frame[text_columns] = frame[text_columns].astype("string")
    return frame


def parse_csv_text(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[RowError]]:
    """Split CSV text into header, numbered row dicts and rows with the wrong number of fields.

    Rows are numbered as a spreadsheet shows them (header = 1); blank rows keep
    their number but are not events. A ragged row is rejected whole rather than
    padded or cut, so no value is silently lost.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        return [], [], []
    rows, ragged = [], []
    for number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            reason = f"{len(values)} fields, but the header has {len(header)} (truncated line or wrong delimiter?)"
            ragged.append(RowError(number, "*", reason, ",".join(values)[:80]))
            continue
        rows.append((number, dict(zip(header, values, strict=True))))
    return header, rows, ragged


def validate_csv(data: bytes | str) -> ValidationReport:
    """Validate an events CSV (bytes or text); report everything, keep the valid rows."""
    text = data if isinstance(data, str) else data.decode("utf-8-sig", errors="surrogateescape")
    header, rows, ragged = parse_csv_text(text)
    total = len(rows) + len(ragged)
    if not header:
        return ValidationReport(0, records_frame([]), [], ["the file is empty (no header row)"])
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        errors = [RowError(1, c, "missing required column") for c in missing]
        note = [f"no row can be accepted while required columns are missing: {', '.join(missing)}"]
        return ValidationReport(total, records_frame([]), errors, note)
    accepted, errors = validate_records(rows)
    errors = sorted(errors + ragged, key=lambda e: e.row)
    return ValidationReport(total, records_frame(accepted), errors)


def read_events(path: str | Path) -> ValidationReport:
    """Validate the events file at ``path``."""
    return validate_csv(Path(path).read_bytes())
