"""The date an event takes: its sentence's own, a neighbour's, a known reference day, or publication."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import references
from .dates import FUTURE_VERBS, DateMention, tense_at
from .reading import CONTINUES, THERE, Reading, main_clause, nearest
from .text import EventProvenance, note

# "Seitdem meldet der Generalstab Kämpfe": a new event that began on the date named before and goes on.
ONGOING = re.compile(r"\b(?:[Ss]eitdem|[Ss]either|[Ss]eit\s+diesem\s+(?:Tag|Zeitpunkt))\b")
# "Dänemark und die Niederlande wollen … beschaffen": a present intention, reported as of publication.
_PRESENT_INTENT = re.compile(r"\b(?:wollen|will|möchten?|planen|plant|beabsichtig(?:t|en))\b")


# "am Vortag", "tags darauf": a day counted from the day named before.
_NEXT_TO = {"day_before": -1, "day_after": 1, "same_day": 0}


def event_date(readings, index, published, provenance, future) -> tuple[DateMention | None, Reading]:
    """The date mention the event takes (its own, a neighbour's, or None for the publication day)."""
    reading = readings[index]
    source, mentions = reading, reading.dates
    refers_back = bool(CONTINUES.search(reading.sentence.text) or THERE.match(reading.sentence.text))
    if not mentions and not refers_back and (intent := _PRESENT_INTENT.search(reading.sentence.text)):
        provenance.add("start", reading.sentence, intent.start(), intent.end())
        provenance.notes.append(note("intent", words=intent.group(0)))
        return None, reading
    if not mentions:
        found = nearest(readings, index, "dates", future, "paragraph") or nearest(
            readings, index, "dates", False, "section"
        )
        if found and not future and tells_past(reading) and found[1][0].start > published:
            provenance.notes.append(note("past_not_ahead"))
            found = None
        if not found and not future and tells_past(reading):
            # "Die Armee hat die Stadt geräumt. Den Abzug verkündete … in der Nacht zu Samstag.": the lead
            # sentence of a paragraph is dated by the next one, when that date is not ahead.
            ahead = nearest(readings, index, "dates", True, "paragraph")
            found = ahead if ahead and ahead[1][0].start <= published else None
        if found:
            source, mentions = found
            provenance.notes.append(note("date_neighbour"))
    if not mentions:
        provenance.notes.append(note("no_date"))
        return None, reading
    mention = mentions[0]
    named_day = next((m for m in mentions if m.kind == "weekday"), None)
    if mention.kind == "day_part" and named_day is not None:  # "in der Nacht zum Dienstag"
        provenance.notes.append(note("day_part_named", part=mention.text, day=named_day.text))
        mention = named_day
    elif mention.kind == "day_part" and (context := _context_day(readings, index)):
        provenance.notes.append(note("day_part_before", part=mention.text, day=context.text))
        provenance.add("start", source.sentence, mention.begin, mention.stop)  # "am Abend" here, the day before
        source, mention = context_reading(readings, index, context), context
    elif mention.kind in (*_NEXT_TO, "days_later") and (context := _context_day(readings, index)):
        provenance.add("start", context_reading(readings, index, context).sentence, context.begin, context.stop)
        days = (mention.start - published).days if mention.kind == "days_later" else _NEXT_TO[mention.kind]
        provenance.notes.append(note("days_later" if mention.kind == "days_later" else mention.kind,
                                     words=mention.text, day=context.text))  # fmt: skip
        mention = replace(mention, start=context.start + dt.timedelta(days=days))
    provenance.add("start", source.sentence, mention.begin, mention.stop)
    if mention.approximate:
        provenance.notes.append(note("approximate", words=mention.text))
    return mention, source


def sharpened(
    mention: DateMention, named_in: str, offset: int, reading: Reading, published: dt.date, provenance: EventProvenance
) -> tuple[dt.date, str, dt.date | None]:
    """The mention's period, or the day of the event it names when a reference date agrees with it."""
    period = (mention.start, mention.precision, mention.end)
    if not mention.approximate:
        return period
    reference = references.named_reference(named_in, reading.places)
    if reference is None or not references.agrees(reference, mention, published):
        return period
    provenance.add("start", reading.sentence, offset + reference.begin, offset + reference.stop)
    provenance.notes.append(note("reference", words=mention.text, event={"de": reference.name_de, "en": reference.name},
                                 date=reference.date.isoformat(), source=reference.source))  # fmt: skip
    return reference.date, "day", None


def tells_past(reading: Reading) -> bool:
    """A main clause in the past tense ("kündigte … an") and no word of the future."""
    text = main_clause(reading.sentence.text, reading.embedded)
    return tense_at(text, 0) == "past" and not FUTURE_VERBS.search(text)


def context_reading(readings: list[Reading], index: int, mention: DateMention) -> Reading:
    """The earlier sentence that holds ``mention`` (found by :func:`_context_day`)."""
    return next(r for r in readings[:index][::-1] if mention in r.dates or mention in (m for m, _ in r.background))


def _context_day(readings: list[Reading], index: int) -> DateMention | None:
    """The last day named earlier in the section, for a bare 'am Nachmittag'."""
    section = readings[index].sentence.section
    for reading in readings[:index][::-1]:
        if reading.sentence.section != section:
            return None
        named = sorted([*reading.dates, *(m for m, _ in reading.background)], key=lambda m: m.begin)
        days = [m for m in named if m.precision == "day" and m.kind != "day_part"]  # "seit dem 8. Februar" too
        if days:
            return days[-1]
    return None
