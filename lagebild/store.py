"""Loading events once, with the derived columns every view needs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import EVENTS_CSV
from .schema import ValidationReport, period_end, read_events


def enrich(events: pd.DataFrame) -> pd.DataFrame:
    """Add the period each record stands for and its actors as a list.

    ``period_start``/``period_end`` (inclusive) spread a month- or year-precision
    record over its whole period, so filters and the timeline treat "Februar
    2023" as February, not as 1 February.
    """
    frame = events.copy()
    frame["period_start"] = frame["start"]
    last = frame["end"].fillna(frame["start"])
    frame["period_end"] = [
        pd.Timestamp(period_end(day.date(), precision))
        for day, precision in zip(last, frame["date_precision"], strict=True)
    ]
    frame["actor_list"] = [
        tuple(a.strip() for a in str(value).split(";") if a.strip()) if pd.notna(value) else ()
        for value in frame["actors"]
    ]
    return frame.reset_index(drop=True)


def load_events(path: str | Path = EVENTS_CSV) -> tuple[pd.DataFrame, ValidationReport]:
    """Validated, enriched events of ``path`` and the validation report (to show its errors)."""
    report = read_events(path)
    return enrich(report.events), report
