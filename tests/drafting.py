"""Shared by the drafting tests: publication days, the single drafted event of a text, the places it names."""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.gazetteer import find_places

THU = dt.date(2023, 4, 20)  # the seed's publication day, a Thursday
JUL19, NOV15, FEB28, JUN14 = dt.date(2023, 7, 19), dt.date(2023, 11, 15), dt.date(2024, 2, 28), dt.date(2024, 6, 14)


def only(text: str, published: dt.date = THU, category: str | None = None):
    """The single drafted event (of ``category``) of ``text``, with its provenance notes."""
    draft = draft_from_text(text, published)
    rows = [i for i, c in enumerate(draft.events["category"]) if category in (None, c)]
    assert len(rows) == 1, draft.events[["start", "category", "place"]]
    return draft.events.iloc[rows[0]], draft.provenance[rows[0]]


def place_names(text: str) -> list[str]:
    """The English names of the places the gazetteer finds in ``text``."""
    return [m.place.english for m in find_places(text)]
