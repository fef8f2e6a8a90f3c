"""The outcome of an import: accepted events, every rejected row with its reasons, every change."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import pandas as pd

from ..export import neutralise_formula, to_csv
from ..schema import RowCounts, RowError, records_frame
from .mapping import Mapping

CHANGE_COLUMNS = ["row", "column", "old", "new", "reason"]


@dataclass(frozen=True)
class RowChange:
    """One change made to an accepted row: the field, its value in the file, what we stored, why."""

    row: int
    column: str
    old: str
    new: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.old!r} → {self.new!r} ({self.reason})"


@dataclass
class ImportReport(RowCounts):
    """What happened to each row of one uploaded file; ``accepted + rejected == rows_total``.

    Row numbers are what the user finds in the file: for CSV/XLSX the spreadsheet row
    (header = 1), for JSON, GeoJSON and TimelineJS the position of the record (first = 1),
    see ``row_unit``. Errors name the file's column; changes name our schema field.
    """

    filename: str
    origin: str
    layout: str | None = None
    row_unit: str = "row"
    rows_total: int = 0
    events: pd.DataFrame = field(default_factory=lambda: with_origin(records_frame([]), ""))
    errors: list[RowError] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changes_frame: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CHANGE_COLUMNS))
    columns: list[str] = field(default_factory=list)
    needs_mapping: bool = False
    guessed_mapping: Mapping | None = None
    mapping_used: Mapping | None = None
    source_rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    unsplit: dict[int, str] = field(default_factory=dict)
    accepted_rows: list[int] = field(default_factory=list)  # file row of each row of ``events``

    @property
    def ok(self) -> bool:
        return not self.errors and not self.file_errors and not self.needs_mapping

    @property
    def rejected_rows(self) -> list[int]:
        """Row numbers of every row not accepted (also those refused by a file-level problem)."""
        kept = set(self.source_rows.index) | set(self.unsplit)
        return sorted(kept - set(self.accepted_rows))

    @property
    def changes(self) -> list[RowChange]:
        return [RowChange(int(r), str(c), str(o), str(n), str(w))
                for r, c, o, n, w in self.changes_frame[CHANGE_COLUMNS].itertuples(index=False)]

    def changes_summary(self) -> pd.DataFrame:
        """How many rows each kind of change touched: (column, reason, rows)."""
        grouped = self.changes_frame.groupby(["column", "reason"], sort=False).size()
        return grouped.rename("rows").reset_index()

    def reasons_by_row(self) -> dict[int, str]:
        reasons: dict[int, list[str]] = {}
        for error in self.errors:
            reasons.setdefault(error.row, []).append(f"{error.column}: {error.reason}")
        fallback = "; ".join(self.file_errors) or "not imported"
        return {row: "; ".join(reasons.get(row, [fallback])) for row in self.rejected_rows}

    def rejected_csv(self) -> bytes:
        """Rejected rows as in the file plus ``row`` and ``reason`` columns; formula-like cells neutralised."""
        columns = [str(c) for c in self.source_rows.columns if not str(c).startswith("_")]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        header = ["row", "reason", *columns] + (["raw"] if self.unsplit else [])
        writer.writerow([neutralise_formula(h) for h in header])
        for row, reason in self.reasons_by_row().items():
            if row in self.unsplit:
                cells = [""] * len(columns) + [self.unsplit[row]]
            else:
                cells = [str(v) for v in self.source_rows.loc[row, columns]] + ([""] if self.unsplit else [])
            writer.writerow([str(row), neutralise_formula(reason), *(neutralise_formula(c) for c in cells)])
        return out.getvalue().encode("utf-8-sig")

    def summary(self, max_changes: int = 20) -> str:
        unit = "records" if self.row_unit == "record" else "rows"
        lines = [f"{self.filename}: layout {self.layout or 'unknown'}; {self.rows_total} {unit}: "
                 f"{self.accepted} accepted, {self.rejected} rejected"]
        lines += [f"note: {n}" for n in self.notes]
        lines += [f"file: {m}" for m in self.file_errors]
        if self.needs_mapping and self.guessed_mapping is not None:
            lines.append("a mapping is needed; a guess (save it, check it, pass it with --mapping):")
            lines.append(self.guessed_mapping.to_json())
        lines += [str(e) for e in self.errors]
        if len(self.changes_frame):
            lines.append(f"{len(self.changes_frame)} changes to accepted rows:")
            lines += [f"  {c.column}: {c.reason} ({c.rows} rows)" for c in self.changes_summary().itertuples()]
            lines += [f"  {c}" for c in self.changes[:max_changes]]
            if len(self.changes_frame) > max_changes:
                lines.append(f"  … {len(self.changes_frame) - max_changes} more")
        return "\n".join(lines)


def with_origin(events: pd.DataFrame, origin: str) -> pd.DataFrame:
    """``events`` plus the ``origin`` column ("bundled" or "upload:<file name>") the UI groups by."""
    framed = events.copy()
    framed["origin"] = pd.Series(origin, index=framed.index, dtype="string")
    return framed


def events_csv(events: pd.DataFrame) -> bytes:
    """Accepted events as a CSV in our schema (``validate`` accepts it), written by :func:`lagebild.export.to_csv`.

    No BOM: the file is meant for our own tools and scripts, which read it as plain UTF-8.
    """
    return to_csv(events, bom=False)
