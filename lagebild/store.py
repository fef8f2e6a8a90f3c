"""Loading events once, with the derived columns every view needs.

The data directory is read-only to the app and may be incomplete: a missing or
corrupt file never stops the page. :func:`load_bundle` returns whatever loaded
plus a :class:`DataProblem` per file that did not (which file, which rows, why).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import EVENTS_CSV, geo, layers, places, static_geo
from .schema import ValidationReport, period_end, read_events, records_frame


def enrich(events: pd.DataFrame) -> pd.DataFrame:
    """Add the period each record stands for and its actors as a list.

    ``period_start``/``period_end`` (inclusive) spread a month- or year-precision
    record over its whole period, so filters and the timeline treat "Februar
    2023" as February, not as 1 February.
    """
    frame = events.copy()
    frame["period_start"] = frame["start"]
    last = frame["end"].fillna(frame["start"])
    ends = [
        pd.Timestamp(period_end(day.date(), precision))
        for day, precision in zip(last, frame["date_precision"], strict=True)
    ]
    # Typed even when there are no rows, so an empty frame filters and sorts like a full one.
    frame["period_end"] = pd.Series(pd.to_datetime(ends), index=frame.index, dtype=frame["start"].dtype)
    frame["actor_list"] = pd.Series(
        [
            tuple(a.strip() for a in str(value).split(";") if a.strip()) if pd.notna(value) else ()
            for value in frame["actors"]
        ],
        index=frame.index,
        dtype=object,
    )
    return frame.reset_index(drop=True)


def load_events(path: str | Path = EVENTS_CSV) -> tuple[pd.DataFrame, ValidationReport]:
    """Validated, enriched events of ``path`` and the validation report (to show its errors).

    A file that cannot be read (missing, a directory, no permission) gives an empty,
    correctly typed frame and a report whose ``file_errors`` say why, not an exception.
    """
    try:
        report = read_events(path)
    except OSError as exc:
        reason = "file not found" if isinstance(exc, FileNotFoundError) else f"cannot be read ({exc.strerror})"
        report = ValidationReport(0, records_frame([]), [], [f"{Path(path).name}: {reason}"])
    return enrich(report.events), report


@dataclass(frozen=True)
class DataProblem:
    """A data file that did not load, or not completely: what the page tells the reader."""

    file: str
    reason: str
    rows: tuple[int, ...] = ()
    missing: bool = False
    """True when nothing of the file could be used (missing, unreadable, no usable header)."""

    def __str__(self) -> str:
        rows = f" (rows {', '.join(map(str, self.rows))})" if self.rows else ""
        return f"{self.file}: {self.reason}{rows}"


@dataclass
class Bundle:
    """Everything the page loads from the data directory, and what went wrong doing so."""

    events: pd.DataFrame
    report: ValidationReport
    problems: list[DataProblem] = field(default_factory=list)


def events_problems(report: ValidationReport, file_name: str) -> list[DataProblem]:
    """The events file's problems: the whole file, or the rejected rows (spreadsheet numbers)."""
    if report.file_errors and report.accepted == 0:
        reasons = "; ".join(m.removeprefix(f"{file_name}: ") for m in report.file_errors)
        return [DataProblem(file_name, reasons, tuple(report.rejected_rows), missing=True)]
    if report.errors or report.file_errors:
        reason = f"{report.rejected} of {report.rows_total} rows not loaded"
        return [DataProblem(file_name, reason, tuple(report.rejected_rows))]
    return []


def map_problems() -> list[DataProblem]:
    """Geo, basemap and gazetteer files that failed to load; the map is drawn without their layers."""
    found = [DataProblem(err.file, err.reason, missing=True) for err in geo.problems()]
    for path in basemap_files():
        reason = geo.geojson_file_problem(path)
        if reason:
            found.append(DataProblem(f"{path.parent.name}/{path.name}", reason, missing=True))
    try:
        missing = [c for c in _PLACE_COLUMNS if c not in places.load_places().columns]
        if missing:
            found.append(DataProblem(places.PLACES_CSV.name, f"missing columns: {', '.join(missing)}", missing=True))
    except (OSError, ValueError) as exc:  # pandas' ParserError and EmptyDataError are ValueErrors
        found.append(DataProblem(places.PLACES_CSV.name, _short_reason(exc), missing=True))
    return found


def basemap_files() -> list[Path]:
    """The static GeoJSON files the browser fetches for the basemap (see :mod:`lagebild.static_geo`)."""
    return [static_geo.STATIC_GEO_DIR / name for name in layers.BASEMAP_FILES]


_PLACE_COLUMNS = ("key", "name_de", "name_en", "lat", "lon", "kind")  # what the map's labels use


def _short_reason(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    return str(exc).strip().splitlines()[0][:200] or type(exc).__name__


def load_bundle(path: str | Path = EVENTS_CSV) -> Bundle:
    """Events of ``path`` plus a problem for each data file that is missing or corrupt."""
    events, report = load_events(path)
    return Bundle(events, report, events_problems(report, Path(path).name) + map_problems())
