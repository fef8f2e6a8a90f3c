"""Analysts bring their own events: CSV, XLSX, JSON, GeoJSON, ACLED and TimelineJS uploads.

``import_file(data, filename)`` reads any supported file, recognises a known layout
(our schema, ACLED, TimelineJS, GeoJSON) or applies the analyst's :class:`Mapping`,
fills what the file lacks with documented defaults (see :mod:`.normalise`), validates
every row against :class:`lagebild.schema.EventRecord`, and returns an
:class:`ImportReport`: accepted events (schema columns + ``origin``), every rejected
row with row number, column and reason, and every change made to an accepted row.
Text is kept verbatim: HTML, script and Markdown in a cell stay plain data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

import pandas as pd
from pydantic import ValidationError

from .. import limits
from ..schema import EventRecord, RowError, records_frame
from .formats import FileError, SourceTable, read_source
from .layouts import ACLED_CATEGORIES, builtin_mapping, detect_layout, prepare
from .mapping import TARGETS, Mapping, guess_mapping
from .normalise import FALLBACKS, Normalised, normalise, slug
from .report import CHANGE_COLUMNS, ImportReport, RowChange, with_origin

__all__ = [
    "ACLED_CATEGORIES", "FALLBACKS", "TARGETS", "ImportReport", "Mapping", "RowChange",
    "combine", "guess_mapping", "import_file", "layout_mapping",
]

Progress = Callable[[float], None]
_TEXT_FIELDS = ("title_de", "title_en", "summary_de", "summary_en", "place", "source", "attribution", "actors",
                "quote", "quote_by", "item")


def import_file(data: bytes, filename: str, mapping: Mapping | None = None, progress: Progress | None = None,
                source_name: str | None = None) -> ImportReport:
    """Import one uploaded file; never raises for bad content — everything lands in the report.

    ``mapping`` overrides layout recognition. ``progress`` is called with the fraction done
    (0…1). ``source_name`` (default: the file name) fills ``source`` where the file has none and
    prefixes ids.
    """
    report_progress = progress or (lambda fraction: None)
    name = PurePath(filename).name or "upload"
    report = ImportReport(filename=name, origin=f"upload:{name}")
    size_error = _size_error(len(data))
    if size_error:
        report.file_errors.append(size_error)
        return report
    try:
        table = read_source(data, name)
    except FileError as exc:
        report.file_errors.append(str(exc))
        return report
    report_progress(0.2)
    _describe_source(report, table)
    if table.rows_total > limits.MAX_ROWS:
        report.file_errors.append(
            f"{table.rows_total} rows: more than the limit of {limits.MAX_ROWS} (lagebild/limits.py MAX_ROWS); "
            "split the file")
        return report
    if table.rows_total == 0:
        report.file_errors.append("no data rows (only a header)" if table.columns else "no data rows")
        return report
    layout = detect_layout(table)
    report.layout = layout if mapping is None or layout else "mapped"
    chosen = mapping or (builtin_mapping(layout, table) if layout else None)
    if chosen is None or (mapping is None and chosen.missing_required()):
        _ask_for_mapping(report, table, chosen, layout)
        return report
    report.mapping_used = chosen
    frame = prepare(layout, table.frame)
    report.source_rows = frame
    missing = [c for c in chosen.columns.values() if c not in frame.columns]
    if missing:
        report.file_errors.append(f"the mapping names columns the file lacks: {', '.join(missing)}")
        return report
    normalised = normalise(frame, chosen, source_name or name)
    report_progress(0.5)
    _validate(report, normalised, lambda done: report_progress(0.5 + 0.45 * done))
    report_progress(1.0)
    return report


def layout_mapping(layout: str) -> Mapping | None:
    """The built-in mapping of a recognised layout, as a start for the analyst's own."""
    from .layouts import acled_mapping

    return acled_mapping() if layout == "acled" else None


def combine(bundled: pd.DataFrame | None, reports: list[ImportReport]) -> tuple[pd.DataFrame, list[str]]:
    """Bundled events (origin "bundled") beside the accepted uploads; ids made unique, each renaming told.

    Pass ``bundled=None`` to show the uploads instead of the bundled set.
    """
    frames = [with_origin(bundled, "bundled")] if bundled is not None else []
    messages: list[str] = []
    seen: set[str] = set(frames[0]["id"]) if frames else set()
    for report in reports:
        events = report.events.copy()
        clash = events["id"].isin(seen)
        if clash.any():
            renamed = slug(report.filename) + "-" + events.loc[clash, "id"]
            messages += [f"{report.filename}: id {old} already used, shown as {new}"
                         for old, new in zip(events.loc[clash, "id"], renamed, strict=True)]
            events.loc[clash, "id"] = renamed
        seen.update(events["id"])
        frames.append(events)
    if not frames:
        return with_origin(records_frame([]), ""), messages
    return pd.concat(frames, ignore_index=True), messages


def _size_error(size: int) -> str:
    if size <= limits.max_upload_bytes():
        return ""
    return (f"the file is {size / 1_000_000:.1f} MB: more than the limit of {limits.MAX_UPLOAD_MB:g} MB "
            "(lagebild/limits.py MAX_UPLOAD_MB)")


def _describe_source(report: ImportReport, table: SourceTable) -> None:
    report.row_unit = table.row_unit
    report.rows_total = table.rows_total
    report.notes = list(table.notes)
    report.columns = table.columns
    report.source_rows = table.frame
    report.unsplit = dict(table.unsplit)
    report.errors = list(table.errors)


def _ask_for_mapping(report: ImportReport, table: SourceTable, partial: Mapping | None, layout: str | None) -> None:
    guess = guess_mapping(table.columns)
    if partial is not None:
        guess = Mapping(columns={**guess.columns, **partial.columns}, values=partial.values,
                        defaults=partial.defaults, language=partial.language, day_first=partial.day_first)
    report.needs_mapping = True
    report.guessed_mapping = guess
    missing = ", ".join(guess.missing_required()) or "nothing"
    what = f"{layout} file" if layout else "unknown layout"
    report.file_errors.append(f"{what}: a mapping is needed (not mapped: {missing}); no row imported yet")


def _validate(report: ImportReport, normalised: Normalised, progress: Progress) -> None:
    """Every row through EventRecord; errors name the file's columns; duplicate ids rejected."""
    mapping = report.mapping_used
    column_of = {t: (mapping.source(t) if mapping else None) or t for t in TARGETS}
    if mapping is not None:
        for lang in ("de", "en"):
            for kind in ("title", "summary"):
                if f"{kind}_{lang}" not in mapping.columns and kind in mapping.columns:
                    column_of[f"{kind}_{lang}"] = mapping.columns[kind]
    errors = list(report.errors) + normalised.errors
    early = {e.row for e in report.errors}
    accepted: list[dict] = []
    rows: list[int] = []
    seen: dict[str, int] = {}
    frame = normalised.frame
    names = list(frame.columns)
    records = ({k: v for k, v in zip(names, values, strict=True) if v is not None and v == v}
               for values in zip(*(frame[c].tolist() for c in names), strict=True))
    total = max(len(frame), 1)
    for position, (row, record) in enumerate(zip(frame.index, records, strict=True)):
        if position % 5000 == 0:
            progress(position / total)
        failed = normalised.failed.get(int(row), set())
        problems: list[RowError] = []
        try:
            model = EventRecord.model_validate(record)
        except ValidationError as exc:
            model = None
            problems = [p for p in _row_errors(exc, int(row), record, column_of) if p.column not in
                        {column_of[f] for f in failed}]
        if model is not None and not failed and model.id in seen:
            problems = [RowError(int(row), column_of["id"], f"duplicate id, first used in row {seen[model.id]}",
                                 model.id)]
        errors.extend(problems)
        if model is None or failed or problems or int(row) in early:
            continue
        seen[model.id] = int(row)
        accepted.append(model.model_dump(mode="python"))
        rows.append(int(row))
    events = records_frame(accepted)
    report.events = with_origin(events, report.origin)
    report.accepted_rows = rows
    report.errors = sorted(errors, key=lambda e: e.row)
    report.changes_frame = _changes_of_accepted(normalised, rows, events, frame)


def _row_errors(exc: ValidationError, row: int, record: dict, column_of: dict[str, str]) -> list[RowError]:
    found = []
    for err in exc.errors():
        target = str(err["loc"][0]) if err["loc"] else _model_error_field(err["msg"])
        reason = err["msg"].removeprefix("Value error, ")
        if err["type"] == "missing":
            reason = "missing (empty, or no column mapped to it)"
        value = record.get(target)
        found.append(RowError(row, column_of.get(target, target), reason, "" if value is None else str(value)))
    return found


def _model_error_field(message: str) -> str:
    for name in ("end", "currency", "quote_by", "start"):
        if name in message:
            return name
    return "start"


def _changes_of_accepted(normalised: Normalised, rows: list[int], events: pd.DataFrame,
                         frame: pd.DataFrame) -> pd.DataFrame:
    """Changes to accepted rows only, plus what the schema itself changed (e.g. a formula quote removed)."""
    parts = [p for p in normalised.changes if len(p)]
    changes = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=CHANGE_COLUMNS)
    changes = changes[changes["row"].isin(rows)]
    stored = events.set_axis(rows)
    for column in _TEXT_FIELDS:
        before = frame.loc[rows, column].fillna("").astype(object)
        after = stored[column].fillna("").astype(object)
        differs = before != after
        if differs.any():
            changes = pd.concat([changes, pd.DataFrame({
                "row": before.index[differs], "column": column, "old": before[differs], "new": after[differs],
                "reason": "changed by the schema (leading ' of an exported formula-like text removed)"})],
                ignore_index=True)
    return changes.sort_values("row", kind="stable").reset_index(drop=True)[CHANGE_COLUMNS]
