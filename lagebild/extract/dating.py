"""The date an event takes: its sentence's own, a neighbour's, a known reference day, or publication."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..schema import period_end
from . import references
from .cues import DAY_OF_EVENT
from .dates import WEEKDAYS, DateMention
from .gazetteer import lookup
from .linking import tells_before
from .neighbours import PLUPERFECT, in_pluperfect_clause, nearest
from .reading import CONTINUES, THERE, Reading, main_clause
from .sources import OPENING_REPORT
from .tense import ANNOUNCED_WORDS, FUTURE_VERBS, tense_at
from .text import EventProvenance, note

# "kurz nach Beginn der russischen Invasion": a reference event the event is dated from, not its day.
_AFTER_OR_BEFORE = re.compile(r"\b(?:nach|vor)\s+(?:(?:dem|der|des|den)\s+)?"
                              r"(?:(?:Beginn|Start|Ausbruch)\s+(?:der|des)\s+)?$")
# "Seitdem meldet der Generalstab Kämpfe": a new event that began on the date named before and goes on.
ONGOING = re.compile(r"\b(?:[Ss]eitdem|[Ss]either|[Ss]eit\s+diesem\s+(?:Tag|Zeitpunkt))\b")
# "Dänemark und die Niederlande wollen … beschaffen": a present intention, reported as of publication.
_PRESENT_INTENT = re.compile(r"\b(?:wollen|will|möchten?|planen|plant|beabsichtig(?:t|en))\b")


_CLOSING = re.compile(r"\b(?:[Zz]um|[Aa]m)\s+(?:Abschluss|Ende)\s+(?:des|der)\s+\w*(?:[Gg]ipfel|[Tt]reffen|[Bb]esuch|"
                      r"[Kk]onferenz|[Tt]agung|[Rr]eise|[Bb]eratung)\w*")
_AT_GATHERING = re.compile(r"^Am\s+Rande\s+(?:des|der)\s+\w*(?:[Gg]ipfel|[Tt]reffen|[Kk]onferenz|[Tt]agung)\w*|"
                           r"\bnach\s+(?:der|dem)\s+(?:Sitzung|Treffen|Beratungen)\b")  # "sagte nach der Sitzung"
_GATHERING_NOUN = re.compile(r"\b(?:Treffen|Sitzung|Gipfel\w*|Konferenz|Tagung)\b")


def _gathering_day(readings: list[Reading], index: int) -> tuple[Reading, list[DateMention]] | None:
    """For "Am Rande des Gipfels" opening a sentence: the day of the meeting told last (not a background day named
    in between)."""
    for reading in readings[:index][::-1]:
        days = [m for m in reading.dates if m.precision == "day"]
        met = reading.category is not None and reading.category[0] == "meeting"
        if days and (met or _GATHERING_NOUN.search(reading.sentence.text)):  # "Beim Treffen … verweigerte …"
            return reading, days
    return None


# "am Vortag", "tags darauf": a day counted from the day named before.
_NEXT_TO = {"day_before": -1, "day_after": 1, "same_day": 0}


def event_date(readings, index, published, provenance, future) -> tuple[DateMention | None, Reading]:
    """The date mention the event takes (its own, a neighbour's, or None for the publication day)."""
    reading = readings[index]
    source, mentions = reading, reading.dates
    refers_back = bool(CONTINUES.search(reading.sentence.text) or THERE.match(reading.sentence.text))
    if not mentions and index + 1 < len(readings) and tells_before(readings[index + 1], reading):
        # "… stationieren. Das kündigte Putin am Samstagabend an.": the news is dated by the sentence telling it
        provenance.notes.append(note("told_by_next"))
        source, mentions = readings[index + 1], readings[index + 1].dates
    if not mentions and not refers_back and (intent := _PRESENT_INTENT.search(reading.sentence.text)):
        provenance.add("start", reading.sentence, intent.start(), intent.end())
        provenance.notes.append(note("intent", words=intent.group(0)))
        return None, reading
    if not mentions and (war_day := references.invasion_day_named(reading.sentence.text, published)):
        mentions = [war_day]  # "Am Tag des Angriffs kündigte Johnson an": the invasion's day
        provenance.add("start", reading.sentence, war_day.begin, war_day.stop)
    if not mentions and (clause_day := _day_of_clause(reading)):
        # "Rutte, der Selenskyj heute traf, sprach von einem Signal": the day of its own relative clause
        mentions = [clause_day]
        provenance.notes.append(note("day_of_clause", words=clause_day.text))
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
        if not found and (carried := _carried(readings, index)):
            # "Anschließend kamen die vier mit Selenskyj zusammen." opening a section: the day told last
            provenance.notes.append(note("afterwards", words=carried[2]))
            found = carried[:2]
        if (closing := _CLOSING.search(reading.sentence.text)) and (period := _period_before(readings, index)):
            # "Zum Abschluss des Gipfels …": the last day of the period named before
            provenance.notes.append(note("closing", words=closing.group(0)))
            found = (period[0], [replace(period[1], start=period[1].end, end=None)])
        if (rim := _AT_GATHERING.search(reading.sentence.text)) and (held := _gathering_day(readings, index)):
            provenance.notes.append(note("gathering_day", words=rim.group(0)))  # "Am Rande des Gipfels traf er …"
            found = held
        elif found:
            provenance.notes.append(note("date_neighbour"))
        if found:
            source, mentions = found
    if not mentions:
        provenance.notes.append(note("no_date"))
        return None, reading
    mention = _leading(mentions)
    if source is reading and len(mentions) > 1 and _RECALLS.search(reading.sentence.text):
        # "Am Freitag jährt sich der Einmarsch, mit dem Russland am 24. Februar … überfallen hatte": the day recalled
        provenance.notes.append(note("recalled", words=mentions[-1].text))
        mention = mentions[-1]
    # (not when the telling is the event: "Wie die Regierung heute mitteilte, soll der Vertrag … vorgelegt werden")
    own_event = reading.category is not None and reading.category[0] != "statement"
    opening = OPENING_REPORT.match(reading.sentence.text) if source is reading and own_event else None
    if opening and mention.stop <= opening.end() and (told := [m for m in mentions if m.begin >= opening.end()]):
        provenance.notes.append(note("reported_on", words=mention.text, day=told[0].text))
        mention = told[0]  # "Wie das Außenministerium am Donnerstag mitteilte, wird er … vom 23. bis 24. Mai …"
    elif mention is not mentions[0]:
        provenance.notes.append(note("finer", words=mentions[0].text, day=mention.text))
    if source is reading and (planned := announced_date(reading)) and planned.start > mention.start:
        provenance.notes.append(note("announced_for", told=mention.text, day=planned.text))
        mention = planned
    if source is reading and (day := _within_span(readings, index, mention)) and day != mention.start:
        provenance.notes.append(note("within_span", words=mention.text))  # "am 5. und 6. Juni. Am Dienstag, …"
        mention = replace(mention, start=day)
    # (not the day of a thing named: "sagte noch am Abend seine für Mittwoch geplante Reise ab")
    text = source.sentence.text
    named_day = next((m for m in mentions if m.kind == "weekday" and not _DAY_OF_THING.match(text, m.stop)
                      or m.kind in ("explicit", "holiday") and _night_to(text, mention, m)), None)
    if mention.kind == "day_part" and named_day is not None:  # "in der Nacht zum Dienstag"
        provenance.notes.append(note("day_part_named", part=mention.text, day=named_day.text))
        mention = named_day
    elif mention.kind == "day_part" and (then := _day_of_event(source, mention, readings, index)):
        # "am Abend der Explosionen von Saki"
        provenance.notes.append(note("day_of_event", words=then[2], day=then[1].text))
        source, mention = then[0], then[1]
    elif mention.kind == "day_part" and (context := _context_day(readings, index, published, news=True) or (
            # "Am Abend flog Selenskyj weiter nach Paris." opening a section: the day told before it
            mention.begin == 0 and tells_past(reading) and _context_day(readings, index, published, across=True))):
        if context.start < published and _still_to_come(source, mention):  # "will … am Abend … weiterfliegen"
            provenance.notes.append(note("day_part_today", part=mention.text))
            mention = replace(mention, start=published)
        else:
            provenance.notes.append(note("day_part_before", part=mention.text, day=context.text))
            provenance.add("start", source.sentence, mention.begin, mention.stop)  # "am Abend" here, the day before
            source, mention = context_reading(readings, index, context), context
    elif mention.kind in COUNTED and (context := _counted_from(readings, index, published, source, mention)):
        provenance.add("start", context_reading(readings, index, context).sentence, context.begin, context.stop)
        provenance.notes.append(note(mention.kind, words=mention.text, day=context.text))
        mention = replace(mention, start=counted_from(mention, context.start, published))
    provenance.add("start", source.sentence, mention.begin, mention.stop)
    if mention.approximate:
        provenance.notes.append(note("approximate", words=mention.text))
    return mention, source


# "Gestern Abend kündigte er an, am heutigen Montag … zusammenzutreffen": the event is what was announced.


def _counted_from(readings: list[Reading], index: int, published: dt.date | None, source: Reading,
                  mention: DateMention) -> DateMention | None:  # fmt: skip
    """The day "tags darauf", "am selben Tag" count from: the last day named before (or the noun's: "am Tag nach der
    Abstimmung"); for "in derselben Nacht … abgeschossen" told in the past, not a coming day named last but the
    news's."""
    context = _day_of_noun(readings, index, mention) or \
        _context_day(readings, index, published, across=mention.kind == "day_after")
    if mention.kind != "same_day":
        return context
    coming = context is not None and published is not None and context.start > published and tells_past(source)
    if context is None or coming:
        return _news_day(readings, index, source, mention) or context
    return context


_DAY_AFTER_NOUN = re.compile(r"Tag\s+nach\s+(?:dem|der)\s+(?P<noun>\w+)")
_VOTE = r"\w*(?:[Ww]ahl|[Aa]bstimmung|[Rr]eferendum)"


def _day_of_noun(readings: list[Reading], index: int, mention: DateMention) -> DateMention | None:
    """The day the noun of "am Tag nach der Abstimmung" was dated with before ("der Stichwahl vom 21. November")."""
    noun = _DAY_AFTER_NOUN.search(mention.text) if mention.kind == "day_after" else None
    words = noun and (_VOTE if re.fullmatch(_VOTE, noun["noun"]) else re.escape(noun["noun"]))
    dated = [m for r in readings[:index] for m in r.dates if words and m.precision == "day" and m.kind not in COUNTED
             and re.search(rf"\b{words}\s+(?:vom|am)\s+$", r.sentence.text[: m.begin])]
    return dated[-1] if dated else None


def _within_span(readings: list[Reading], index: int, mention: DateMention) -> dt.date | None:
    """A bare weekday that falls inside the days the sentence before named ("am 5. und 6. Juni. Am Dienstag, dem
    zweiten Tag, …"): that day, not the weekday nearest publication."""
    before = readings[index - 1] if index else None
    if mention.kind != "weekday" or before is None or before.sentence.paragraph != readings[index].sentence.paragraph:
        return None
    weekday = next(i for i, name in enumerate(WEEKDAYS) if name in mention.text.lower())
    for span in (m for m in before.dates if m.end is not None and m.precision == "day"):
        days = (span.start + dt.timedelta(days=n) for n in range((span.end - span.start).days + 1))
        if day := next((d for d in days if d.weekday() == weekday), None):
            return day
    return None


_DAY_OF_THING = re.compile(r"\s+(?:geplante|angesetzte|vorgesehene|anberaumte)[nmrs]?\s+[A-ZÄÖÜ]")
_PLUPERFECT_END = re.compile(r"\b(?:hatten?|waren?)\W*$")


def _day_of_clause(reading: Reading) -> DateMention | None:
    """The day named in a relative clause told in the same tense as the sentence, which names no day of its own
    (not ", die das Abkommen im Juli vermittelt hatte,": that is before)."""
    for mention, begin, end in reading.embedded:
        clause = reading.sentence.text[begin:end]
        if (mention.precision == "day" or clause.startswith("Als ")) and not _PLUPERFECT_END.search(clause):
            return mention
    return None


def _night_to(text: str, part: DateMention, day: DateMention) -> bool:
    """"In der Nacht zum 2. August": the day right after the part of a day names it."""
    return part.stop <= day.begin and bool(re.fullmatch(r"\s+zu[mr]?\s+", text[part.stop : day.begin]))


def announced_date(reading: Reading) -> DateMention | None:
    """The date of what an announcement says will happen, when the announced words name one."""
    told = ANNOUNCED_WORDS.search(reading.sentence.text)
    return next((m for m in reading.dates if m.begin >= told.end()), None) if told else None


_RECALLS = re.compile(r"\bj(?:ährt|ährte)\s+sich\b")
_VAGUE = ("now", "current")  # "nun", "derzeit"
_NAMED_DAYS = ("weekday", "explicit", "numeric", "relative_day")


def _leading(mentions: list[DateMention]) -> DateMention:
    """The first mention, unless it is vague ("nun beginnt morgen …", "Unterdessen … Anfang Februar") or a part of
    a period that a day named next pins down ("Ende der Woche, am Donnerstag und Freitag, …")."""
    first = mentions[0]
    for later in mentions[1:]:
        if first.kind in _VAGUE and later.kind not in _VAGUE:  # "Unterdessen … Anfang Februar"
            first = later
            continue
        if later.precision != "day" or later.kind not in _NAMED_DAYS:
            continue
        inside = first.start <= later.start <= period_end(first.start, first.precision)
        vague = first.approximate or first.precision == "week"  # "in der kommenden Woche, am 6. September"
        near = first.kind == "ago" and first.approximate and abs((later.start - first.start).days) <= 120
        if (first.kind in ("ago", "ahead") or first.kind in ("rel_period", "phase_period") and vague) and inside \
                or near:
            return later  # … or "vor gut einem Monat, am 5. November", "Vor gut einem Jahr, … zum 8. Oktober 2023"
    return first


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
    if _AFTER_OR_BEFORE.search(named_in[: reference.begin]):  # "Ende Februar, kurz nach Beginn der Invasion":
        return period  # the event named is a point of reference, not the day of this one
    provenance.add("start", reading.sentence, offset + reference.begin, offset + reference.stop)
    provenance.notes.append(note("reference", words=mention.text, event={"de": reference.name_de, "en": reference.name},
                                 date=reference.date.isoformat(), source=reference.source))  # fmt: skip
    return reference.date, "day", None


def tells_past(reading: Reading) -> bool:
    """A main clause in the past tense ("kündigte … an") and no word of the future."""
    text = main_clause(reading.sentence.text, reading.embedded)
    return tense_at(text, 0) == "past" and not FUTURE_VERBS.search(text)


def context_reading(readings: list[Reading], index: int, mention: DateMention) -> Reading:
    """The earlier sentence that holds ``mention`` (found by :func:`_context_day`; its day may be counted)."""
    def holds(reading: Reading) -> bool:
        named = [*reading.dates, *(m for m, _ in reading.background), *(m for m, _, _ in reading.embedded)]
        return any((m.begin, m.stop, m.text) == (mention.begin, mention.stop, mention.text) for m in named)

    return next(r for r in readings[:index][::-1] if holds(r))


# Days counted from the day named before: "am Vortag", "tags darauf", "am selben Tag", "zwei Tage
# später", "am Montag darauf". find_dates resolves them against publication; dating counts them here.
COUNTED = (*_NEXT_TO, "days_later", "later", "weekday_after")


def counted_from(mention: DateMention, day: dt.date, published: dt.date) -> dt.date:
    """The day ``mention`` names, counted from ``day``."""
    if mention.kind == "weekday_after":  # the first such weekday after ``day``
        weekday = next(i for i, name in enumerate(WEEKDAYS) if name in mention.text.lower())
        return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    if mention.kind in ("days_later", "later"):  # find_dates put it that many days (or weeks) after publication
        return day + (mention.start - published)
    return day + dt.timedelta(days=_NEXT_TO[mention.kind])


# "Anschließend …", "Danach …" opening a sentence: what happened next.
AFTERWARDS = re.compile(r"^(?:Anschließend|Danach|Später|Im\s+Anschluss|Kurz\s+darauf|Seitdem|Seither)\b")


def _carried(readings: list[Reading], index: int) -> tuple[Reading, list[DateMention], str] | None:
    """The last day named before a paragraph that opens with "Anschließend" and names no date itself."""
    paragraph = [r for r in readings[: index + 1] if r.sentence.paragraph == readings[index].sentence.paragraph]
    opener = AFTERWARDS.match(paragraph[0].sentence.text)
    if opener is None or any(r.dates for r in paragraph):
        return None
    first = readings.index(paragraph[0])
    for reading in readings[:first][::-1]:
        if days := [m for m in reading.dates if m.precision == "day"]:
            return reading, [days[-1]], opener.group(0)
    return None


def _period_before(readings: list[Reading], index: int) -> tuple[Reading, DateMention] | None:
    """The last period of several days named earlier in the section ("von Sonntag bis gestern")."""
    section = readings[index].sentence.section
    for reading in readings[:index][::-1]:
        if reading.sentence.section != section:
            return None
        named = sorted([*reading.dates, *(m for m, _, _ in reading.embedded)], key=lambda m: m.begin)
        if spans := [m for m in named if m.end is not None and m.precision == "day"]:
            return reading, spans[-1]
    return None


def _day_of_event(reading: Reading, mention: DateMention, readings: list[Reading], index: int):
    """"am Abend der Explosionen von Saki": the day of the event told before at that place (its reading, its
    date, the words), or None."""
    named = DAY_OF_EVENT.match(reading.sentence.text, mention.begin)
    place = lookup(named.group("place")) if named else None
    for earlier in readings[:index][::-1] if place else ():
        days = [m for m in earlier.dates if m.precision == "day" and m.kind != "day_part"]
        if days and any(m.place.english == place.english for m in earlier.locations):
            return earlier, days[0], named.group(0)
    # "Noch am Abend der Ansprache": the day of the sentence that told it ("in einer Fernsehansprache … verfügt")
    noun = _DAY_OF_NOUN.match(reading.sentence.text, mention.begin) if not named else None
    told = re.compile(rf"\w*{noun.group('noun')}\w*", re.IGNORECASE) if noun else None
    for earlier in readings[:index][::-1] if told else ():
        days = [m for m in earlier.dates if m.precision == "day" and m.kind != "day_part"]
        if days and told.search(earlier.sentence.text):
            return earlier, days[0], noun.group(0)
    return None


_DAY_OF_NOUN = re.compile(r"\b(?:[Aa]m|[Ii]n\s+der)\s+(?:Abend|Morgen|Nachmittag|Vormittag|Nacht)\s+(?:des|der)\s+"
                          r"(?P<noun>[A-ZÄÖÜ]\w+?)(?:e?s)?\b(?!\s+(?:von|in|auf|bei)\b)")


def _still_to_come(reading: Reading, mention: DateMention) -> bool:
    """Is a bare "am Abend" in words about what is to come? Then it is today's, not the past day named before
    ("Am Samstagvormittag schlug eine Rakete ein. … will Selenskyj am Abend nach Griechenland weiterfliegen.")."""
    text = reading.sentence.text
    return bool(FUTURE_VERBS.search(text)) and tense_at(text, mention.begin) == "future"


def _news_day(readings: list[Reading], index: int, source: Reading, mention: DateMention) -> DateMention | None:
    """"Bukarest verurteilte den Angriff noch am selben Tag" where the section named no day: a reaction on the day
    of the main news, the first the article names (not the last one named, often a background's)."""
    if not mention.text.lower().startswith(("noch ", "in derselben", "in der gleichen")):  # "in derselben Nacht":
        return None  # the news's night; "Am selben Tag hatte der Verband …": the day named last (below)
    for reading in readings[:index]:
        if days := [m for m in reading.dates if m.precision == "day" and m.end is None and not m.ongoing
                    and m.kind not in ("day_part", "now", "current", *COUNTED)]:
            return days[0]
    return None


def _context_day(readings: list[Reading], index: int, published: dt.date | None = None,
                 across: bool = False, news: bool = False) -> DateMention | None:  # fmt: skip
    """The last day named earlier in the section, for a bare 'am Nachmittag' (itself counted if it is relative).
    ``across``: the section may have named none, then the last day named before it ("Der Kreml hatte bereits
    tags darauf reagiert." opening a section counts from the decision told in the one before; "noch am selben
    Tag" opening a section of reactions is more often the day of the main news than the last day named).
    ``news``: for a bare part of a day, not a day another paragraph told looking back ("Die Staatsanwaltschaft
    hatte am 7. August … gefordert. ¶ Vor dem Gebäude hatten sich schon am Morgen …": the morning of the news)."""
    section = readings[index].sentence.section
    for position in range(index - 1, -1, -1):
        reading = readings[position]
        if reading.sentence.section != section and not across:
            return None
        named = sorted([*reading.dates, *(m for m, _ in reading.background), *(m for m, _, _ in reading.embedded)],
                       key=lambda m: m.begin)  # fmt: skip
        # "seit dem 8. Februar" too; not a span ("Scheinreferenden vom 23. bis 27. September"): no "same day"
        days = [m for m in named  # not "inzwischen": "noch am selben Abend" is the day of the news told
                if m.precision == "day" and m.kind not in ("day_part", "now", "current") and m.end is None]
        # "am Freitag …, die größte Attacke seit dem Einmarsch am 24. Februar 2022": the news's day, not the war's
        # (nor a relative clause's: "am Donnerstag die Luftangriffe aussetzen, mit denen … am 24. März begonnen hatte")
        days = [m for m in days if not any(m is b for b, _ in reading.background)
                and not any(m is e for e, _, _ in reading.embedded)] or days
        if news and reading.sentence.paragraph != readings[index].sentence.paragraph:
            days = [m for m in days if not PLUPERFECT.search(reading.sentence.text)
                    and not in_pluperfect_clause(reading.sentence.text, m)]
        if not days or across and reading.sentence.section != section and PLUPERFECT.search(reading.sentence.text):
            continue  # (another section's "Am Montag hatte sie … getroffen" looks back; the news's day is earlier)
        day = days[-1]
        # counted from a day before it in its sentence ("Stichwahl vom 21. November … drei Tage später") or before
        before = next((m for m in days[::-1] if m.begin < day.begin and m.kind not in COUNTED), None)
        if day.kind in COUNTED and published and (before or (before := _context_day(readings, position, published))):
            day = replace(day, start=counted_from(day, before.start, published))
        return day
    return None
