"""Reference dates of named events: an approximate date in the text is sharpened when it agrees.

"seit dem russischen Einmarsch vor knapp 14 Monaten" resolves to February 2022 (month,
approximate); the invasion it names has a known day. Two reviewed sources give such days:
``data/reference_events_de.csv`` (German wording → event and date, with a citation) and the
NATO accession dates in ``data/geo/nato_members.csv`` ("der NATO-Beitritt Finnlands"). A
reference replaces the text's date only when it falls inside the text's approximate period
(give or take ``AGREEMENT``), so a wrong match cannot move an event far.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import DATA_DIR, geo
from ..schema import period_end
from .dates import DateMention
from .gazetteer import PlaceMention

REFERENCES_CSV = DATA_DIR / "reference_events_de.csv"
AGREEMENT = dt.timedelta(days=31)
_ACCESSION = re.compile(r"\bBeitritt\w*|\bNATO-Beitritt\w*", re.IGNORECASE)


@dataclass(frozen=True)
class Reference:
    """A named event's known date, and the words in the sentence that named it."""

    name: str
    name_de: str
    date: dt.date
    source: str
    begin: int
    stop: int


@lru_cache(maxsize=1)
def reference_events() -> list[tuple[re.Pattern[str], str, str, dt.date, str]]:
    with REFERENCES_CSV.open(encoding="utf-8") as handle:
        return [
            (re.compile(row["pattern"], re.IGNORECASE), row["name"], row["name_de"],
             dt.date.fromisoformat(row["date"]), row["source"])  # fmt: skip
            for row in csv.DictReader(handle)
        ]


def named_reference(text: str, places: list[PlaceMention]) -> Reference | None:
    """The first reference event named in ``text`` (a sentence or a phrase of it)."""
    for pattern, name, name_de, date, source in reference_events():
        if found := pattern.search(text):
            return Reference(name, name_de, date, source, found.start(), found.end())
    accession = _ACCESSION.search(text)
    if accession is None:
        return None
    joined = geo.nato_accessions()
    for mention in places:
        if mention.place.geo_precision == "country" and mention.place.country in joined:
            return Reference(f"NATO accession of {mention.place.english}", f"NATO-Beitritt: {mention.place.german}",
                             joined[mention.place.country], "data/geo/nato_members.csv", accession.start(),
                             accession.end())  # fmt: skip
    return None


def agrees(reference: Reference, mention: DateMention, published: dt.date) -> bool:
    """Does the reference date fall in the text's approximate period, and not after publication?"""
    last = period_end(mention.end or mention.start, mention.precision)
    return mention.start - AGREEMENT <= reference.date <= min(last + AGREEMENT, published)


INVASION = "Russian full-scale invasion of Ukraine"


def invasion_day() -> dt.date:
    """The day of Russia's full-scale invasion, from the reviewed reference table."""
    return next(date for _, name, _, date, _ in reference_events() if name == INVASION)


def war_began() -> dt.date:
    """The first day of Russia's war against Ukraine: the month before the annexation of Crimea (its troops took
    the peninsula in February 2014). A war recalled from before it ("seit dem Einmarsch … 1999") is another war."""
    annexed = next(date for _, name, _, date, _ in reference_events() if name == "Russian annexation of Crimea")
    return (annexed - dt.timedelta(days=31)).replace(day=1)


# "Am Tag des Angriffs kündigte Johnson an, …": the day of the invasion, named by the invasion.
_INVASION_DAY = re.compile(r"\b[Aa]m\s+Tag\s+des\s+(?:russischen\s+)?"
                           r"(?:Angriffs|Einmarsch(?:e)?s|Überfalls|Kriegsbeginns)\b")


def invasion_day_named(text: str, published: dt.date) -> DateMention | None:
    """"am Tag des Angriffs" in a report after the invasion, as a date mention of that day."""
    if (found := _INVASION_DAY.search(text)) and (day := invasion_day()) <= published:
        return DateMention(day, "day", found.start(), found.end(), found.group(0), "explicit")
    return None
