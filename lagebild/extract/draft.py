"""Draft candidate events from a German news article, with provenance for every field.

The text is split into sections (a heading line opens one), paragraphs and sentences.
A sentence with an event cue becomes a candidate; its date, place, status, actors,
attribution and amounts come from the sentence, and a missing date or place is taken
from the nearest sentence of the same paragraph (then section) that has one. Every
value keeps the character offsets of the words it came from.

How a sentence is read is in :mod:`.reading` (its tense in :mod:`.tense`, sums and items in
:mod:`.amounts`), its date in :mod:`.dating`, its place in :mod:`.placing`, and which sentences
tell one event in :mod:`.units`; this module decides each event's category, merges repeated
reports and builds the records.
"""

from __future__ import annotations

import datetime as dt
import re

from ..schema import COLUMNS, period_end, period_start, records_frame, validate_records
from ..vocab import category as category_term
from . import cues as cue_words
from . import references
from .acting import event_actors, named_only_in, named_within
from .amounts import find_amounts, find_quantities
from .dates import DateMention
from .dating import ONGOING, announced_date, event_date, sharpened, tells_past
from .gazetteer import Place, country_place, most_specific
from .linking import TELLS_BEFORE, lasts_until
from .merging import merge
from .namesakes import moscow_white_house, peoples_congress, so_called_white_house
from .placing import clause_place, event_place
from .reading import HYPOTHETICAL, Reading, inside_quotes, main_clause, read_sentence
from .relative_clauses import with_antecedent
from .sides import WAR_COUNTRY
from .sources import find_attribution, find_status
from .subjects import opening_speaker
from .tense import REPORTED_PAST
from .text import Draft, EventProvenance, Sentence, Span, note, split_sentences  # noqa: F401  (public via draft)
from .units import SAID_ON, clauses, demonstratives, event_units


def _status(sentence: Sentence, start: dt.date, published: dt.date, provenance: EventProvenance,
            category: str) -> str:
    cue = find_status(sentence.text)
    if cue and category == "statement" and start <= published and inside_quotes(sentence.text, cue.begin):
        return "occurred"  # the words were said; what they expect („Wir hoffen, … zu können“) is what was said
    if cue and cue.value == "expected" and start <= published and REPORTED_PAST.match(sentence.text, cue.begin):
        return "occurred"  # "soll … angegriffen haben": what a source says has happened (attribution tells who)
    if cue and start <= published and _RELATIVE_BEFORE.search(sentence.text[: cue.begin]):
        cue = None  # "entsandte heute ein Team nach Hrosa, das Beweise sammeln soll": the purpose of what was sent
    if cue:
        provenance.add("status", sentence, cue.begin, cue.stop)
        return cue.value
    return "planned" if start > published else "occurred"


_RELATIVE_BEFORE = re.compile(r",\s+(?:der|die|das|den|dem|deren|dessen)\s+[^,;:„“]*$")


def _slug(*parts: str) -> str:
    text = "-".join(parts).lower()
    text = text.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:100]


def _record(
    reading: Reading,
    readings: list[Reading],
    index: int,
    published: dt.date,
    source: str,
    category: str,
    date_override: DateMention | None = None,
    background_from: int | None = None,
) -> tuple[dict, EventProvenance] | None:
    sentence = reading.sentence
    provenance = EventProvenance(id="")
    provenance.sentences.append(Span(sentence.begin, sentence.end, sentence.text))
    for cue in (reading.category[1] if reading.category and not date_override else []):
        provenance.add("category", sentence, cue.begin, cue.stop)
    status_probe = find_status(sentence.text)
    future = bool(status_probe and status_probe.value in ("expected", "planned"))
    if date_override:
        provenance.add("start", sentence, date_override.begin, date_override.stop)
        since = background_from or 0
        phrase = sentence.text[since : date_override.begin]
        start, precision, end = sharpened(date_override, phrase, since, reading, published, provenance)
    teller = None
    if not date_override:
        mention, source_reading = event_date(readings, index, published, provenance, future)
        teller = source_reading if any(n.key == "told_by_next" for n in provenance.notes) else None
        if mention is None:
            start, precision, end = published, "day", None
        else:
            start, precision, end = sharpened(
                mention, source_reading.sentence.text, 0, source_reading, published, provenance
            )
            if end is None and mention.ongoing and start < published:  # "seit Dienstag greifen … an"
                end = published
                provenance.notes.append(note("since", words=mention.text))
            if source_reading is not reading and end is None and (since := ONGOING.search(sentence.text)):
                end = published
                provenance.add("start", sentence, since.start(), since.end())
                provenance.notes.append(note("ongoing", words=since.group(0)))
    start = period_start(start, precision)
    if category == "war" and _war_dated_by_neighbour(sentence.text, start, provenance):
        start, precision, end = references.invasion_day(), "day", None  # "nach dem Einmarsch in die Ukraine"
        provenance.notes.append(note("invasion", day=start.isoformat()))
    before = readings[index - 1] if index and readings[index - 1].sentence.paragraph == sentence.paragraph else None
    earlier = readings[index - 2] if before and index > 1 else None
    earlier = earlier if earlier and earlier.sentence.paragraph == sentence.paragraph else None
    actors = event_actors(reading, provenance, before, earlier, start)
    if background_from is not None and date_override is not None:
        # "die Kosten der seit dem russischen Überfall zerstörten Städte schätzt die Weltbank": who acts in the
        # sentence is not who waged what it recalls
        actors = [a for a in actors if named_within(reading, a, background_from, date_override.stop)]
        low, high = sentence.begin + background_from, sentence.begin + date_override.stop
        provenance.fields["actors"] = [s for s in provenance.fields.get("actors", []) if low <= s.begin < high]
    elif reading.background:  # who acts in the sentence, not in the war it recalls
        asides = [(sentence.begin + s, sentence.begin + m.stop) for m, s in reading.background]
        actors = [a for a in actors if not named_only_in(reading, a, [(s, m.stop) for m, s in reading.background])]
        provenance.fields["actors"] = [s for s in provenance.fields.get("actors", [])
                                       if not any(b <= s.begin < e for b, e in asides)]
    place = clause_place(reading, date_override, provenance) or _told_there(reading, teller, provenance) or \
        event_place(readings, index, reading.actors, provenance, start if precision == "day" else None,
                    another_war=start < references.war_began())
    category = "war" if (invasion := _is_invasion(category, actors, reading, start, precision)) else category
    on_invasion_day = start == references.invasion_day()  # "trotz des Angriffskriegs, der am 24. Februar 2022 begann"
    if category == "war" and (date_override or invasion or on_invasion_day) and place is not None and \
            place.country != WAR_COUNTRY and start >= references.war_began():
        # "kurz nach dem Jahrestag der russischen Invasion" in a sentence about Munich: the war recalled is not there
        place = country_place(WAR_COUNTRY)
        provenance.fields.pop("place", None)
        provenance.notes.append(note("war_territory"))
    if place is None:
        return None
    # A date taken from inside the sentence has happened, unless it lies ahead ("um den Jahreswechsel übergeben").
    past_override = date_override is not None and start <= published
    status = "occurred" if past_override else _status(sentence, start, published, provenance, category)
    attribution = find_attribution(sentence.text)
    if attribution:
        provenance.add("attribution", sentence, attribution.begin, attribution.stop)
    record = {
        "id": "", "start": start.isoformat(), "end": end.isoformat() if end else "",
        "date_precision": precision, "category": category, "status": status,
        "attribution": attribution.value if attribution else "",
        "actors": ";".join(actors), "place": place.english, "country": place.country,
        "lat": str(place.lat), "lon": str(place.lon), "geo_precision": place.geo_precision,
        "source": source, "source_date": published.isoformat(),
    }  # fmt: skip
    if parts := {m.day_part.lower() for m in reading.dates if m.day_part}:
        record["_parts"] = parts  # "In der Nacht zu Freitag …", "Am frühen Morgen …": two times, two events
    record["_section"] = sentence.section  # a statement told in another section is another statement
    if category == "statement" and (speaker := opening_speaker(reading)):
        record["_speaker"] = speaker  # two people speaking on one day are two statements (see _same_event)
    _add_amounts(record, reading, provenance)
    if invasion:
        provenance.notes.append(note("invasion", day=references.invasion_day().isoformat()))
    _add_texts(record, place, actors)
    return record, provenance


# The invasion of Ukraine named without its day: "hat … nach dem Einmarsch in die Ukraine verschärft".
_INVADED = re.compile(r"\b(?:Einmarsch\w*\s+in|Überfall\w*\s+auf|Angriffskrieg\w*\s+gegen|Invasion\s+(?:in|der))"
                      r"\s+die\s+Ukraine\b")


def _war_dated_by_neighbour(text: str, start: dt.date, provenance: EventProvenance) -> bool:
    """The invasion recalled without a date took a later day from the sentences around it: its own day is known."""
    neighbour = any(n.key == "date_neighbour" for n in provenance.notes)
    return neighbour and bool(_INVADED.search(text)) and start > references.invasion_day()


# The invasion named right before its day: "nach Beginn des russischen Einmarschs am 24. Februar 2022".
_WAR_BEFORE = re.compile(r"\b(?:(?:Groß)?[Aa]ngriff|Einmarsch|Überfall|Invasion)\w*\s+"
                         r"(?:auf\s+die\s+Ukraine\s+)?am\s+$")
# Forces moving in, not taking a site ("hatten das Wasserkraftwerk am 24. Februar 2022 unter ihre Kontrolle gebracht").
_ADVANCED = re.compile(r"\b(?:vorgerückt|rückten\s+(?:\S+\s+){0,8}?vor|eingedrungen|drangen|einmarschiert|"
                       r"marschierten|Vormarsch|überschritten|griffen\s+(?:\S+\s+){0,4}?die\s+Ukraine\s+an|die\s+Ukraine\s+(?:\S+\s+){0,8}?angegriffen|"
                       # "die Ukraine, die Russland am 24. Februar angegriffen hatte": the attack on the country
                       r"Ukraine,\s+(?:die|das)\s+(?:\S+\s+){0,6}?(?:angegriffen|überfallen))\b")


def _is_invasion(category: str, actors: list[str], reading: Reading, start: dt.date, precision: str) -> bool:
    """"Im Februar 2022 waren russische Truppen … vorgerückt": Russian forces advancing on the invasion's day (or
    in its month) are the invasion itself (the war), not one more military event."""
    day = references.invasion_day()
    if precision == "day" and start == day and any(_WAR_BEFORE.search(reading.sentence.text[: m.begin])
                                                   for m in [*reading.dates, *(m for m, _ in reading.background)]):
        return True  # "nach dem russischen Angriff auf die Ukraine am 24. Februar 2022": the date is the war's
    if not _ADVANCED.search(reading.sentence.text):
        return False
    on_it = start == day if precision == "day" else precision == "month" and (start.year, start.month) == (
        day.year, day.month)
    russian = bool({"Russian Armed Forces", "Russia"} & set(actors))
    # "überquerten viele von ihnen am 24. Februar 2022 … die Grenze": troops advancing on that very day, unnamed
    unnamed = precision == "day" and not {"Ukraine", "Ukrainian Armed Forces"} & set(actors)
    return category == "military" and on_it and (russian or unnamed)


def _add_amounts(record: dict, reading: Reading, provenance: EventProvenance) -> None:
    amounts = find_amounts(reading.sentence.text)
    if amounts:
        record["amount"], record["currency"] = repr(amounts[0].value), amounts[0].currency
        provenance.add("amount", reading.sentence, amounts[0].cue.begin, amounts[0].cue.stop)
    quantities = find_quantities(reading.sentence.text)
    if quantities:
        record["quantity"], record["item"] = str(quantities[0].count), quantities[0].item
        provenance.add("quantity", reading.sentence, quantities[0].cue.begin, quantities[0].cue.stop)


def _add_texts(record: dict, place: Place, actors: list[str]) -> None:
    """Neutral placeholder texts in our own words; the reviewer writes the real title and summary."""
    term = category_term(record["category"])
    who = ", ".join(actors[:3]) or "?"
    record["title_de"] = f"Entwurf – {term.de}: {who} ({place.german})"
    record["title_en"] = f"Draft – {term.en}: {who} ({place.english})"
    record["summary_de"] = f"Automatisch erkannter Kandidat ({record['status']}, {record['start']}); bitte prüfen."
    record["summary_en"] = f"Automatically drafted candidate ({record['status']}, {record['start']}); please review."
    record["id"] = _slug(record["start"], record["category"], place.english)


def draft_from_text(text: str, published: dt.date, source: str | None = None) -> Draft:
    """Candidate events from ``text`` (an article published on ``published``), each with provenance."""
    source = source or f"Nachrichtenbericht vom {published.isoformat()}"
    readings = peoples_congress(so_called_white_house(moscow_white_house(demonstratives(
        [read_sentence(s, published) for s in clauses(split_sentences(text))]))))
    candidates: list[tuple[dict, EventProvenance]] = []
    recalled: dict[int, set[str]] = {}  # the kinds of background event each sentence recalls
    for index, reading in enumerate(readings):
        for mention, since in reading.background:
            found = cue_words.best_category(reading.sentence.text[since : mention.begin])
            if found and (made := _record(reading, readings, index, published, source, found[0], mention, since)):
                made[0]["_background"] = True
                candidates.append(made)
                recalled.setdefault(index, set()).add(found[0])
        for mention, begin, end in reading.embedded:
            found = cue_words.best_category(with_antecedent(reading.sentence.text, begin, end))
            if found and (made := _record(reading, readings, index, published, source, found[0], mention, begin)):
                candidates.append(made)
    units = event_units(readings)
    for head, followers in units:
        reading = readings[head]
        # what the head's source went on to say in the subjunctive ("Putin habe Witkoff Signale mitgegeben") does not
        # make the event a statement
        # (nor what would happen, nor what the source is reported to have said: "Der Kern sei gegen Beschuss kaum
        # geschützt" after "sah Grossi Spuren" is his statement, not shelling)
        told = [r for r in (readings[i] for i in followers)
                if not _only_reported(r) and not HYPOTHETICAL.search(r.sentence.text)
                and not SAID_ON.match(r.sentence.text) and not (_SOURCE_OF_IT.match(r.sentence.text) and not r.dates)]
        texts = [cue_words.content(_foreground(r)) for r in [reading, *told]]
        joined = " ".join(texts)
        meets = reading.category and reading.category[0] in ("meeting", "visit")
        own = cue_words.met_people(cue_words.best_category(texts[0]), reading.actors) if meets else None
        found = cue_words.met_people(cue_words.best_category(joined), reading.actors)
        if found and found[0] == "war" and (head_own := cue_words.best_category(texts[0])) and head_own[0] != "war":
            found = head_own  # "kündigte Jelzin … Konsequenzen an. Kritiker werfen …, den Überfall nicht verhindert
            # zu haben": the war a follower recalls does not make the head's announcement the war
        category = (_undated_announcement(reading) or own or found or _like_before(readings, head, units)
                    or _law_before(readings, head))
        if category and category[0] == "war" and reading.background and not reading.dates:
            continue  # "wehrt sich seit dem russischen Überfall im Februar … gegen die Invasion": the recalled war only
        if category and not reading.dates and category[0] in recalled.get(head, ()):
            continue  # "Seit der Generalmobilmachung im Februar 2022 wurden … eingezogen": the recalled event only
        if category and not reading.dates and any(_OPENS_WITH.match(reading.sentence.text[:s]) for _, s in
                                                  reading.background):
            continue  # "Nach dem Angriff auf die Ukraine am 24. Februar 2022 wuchs der Druck": what followed the war
        if category and (made := _record(reading, readings, head, published, source, category[0])):
            for follower in followers:
                _attach(made, readings[follower])
            candidates.append(made)
    events = merge(candidates)
    return _finish(events, text, published)


_OPENS_WITH = re.compile(r"(?:(?:Nach|Seit)\s+(?:dem|der)\s+(?:[a-zäöü]\w*\s+)?)?$")
# "Das teilte der Kommandeur … mit.": who reports what the sentence before told, not a statement of its own.
_SOURCE_OF_IT = re.compile(r"(?:Das|Dies)\s+(?:teilte|sagte|erklärte|meldete|berichtete|bestätigte)n?\b[^;:„“]*\.$")


def _only_reported(reading: Reading) -> bool:
    """Is every category cue of ``reading`` a verb in the subjunctive (reported speech)?"""
    cues = reading.category[1] if reading.category else []
    return bool(cues) and all(cue_words.SUBJUNCTIVE.fullmatch(c.text) for c in cues)


def _foreground(reading: Reading) -> str:
    """The main clause without its background ("…, der Putin seit dem Einmarsch am 24. Februar trifft"): the
    background is an event of its own and does not make the sentence's event one of its kind."""
    spans = [(since, mention.stop) for mention, since in reading.background]
    return main_clause(reading.sentence.text, [*reading.embedded, *((None, b, e) for b, e in spans)])


# "eine ähnliche Vereinbarung": of the same kind as the event before.
_SIMILAR = re.compile(r"\b[äÄ]hnliche[nmrs]?\s+[A-ZÄÖÜ]\w+")


def _like_before(readings: list[Reading], head: int, units: list[tuple[int, list[int]]]) -> tuple[str, list] | None:
    """"Am Abend folgte in Paris eine ähnliche Vereinbarung": the category of the nearest event before."""
    if not _SIMILAR.search(readings[head].sentence.text):
        return None
    earlier = [readings[h].category for h, _ in units if h < head and readings[h].category]
    return (earlier[-1][0], []) if earlier else None


# A step of a law's way: "hatte den Entwurf … gebilligt", "in erster Lesung passiert", "In Kraft treten sollen …"
_LAW_STEP = re.compile(r"\b(?:gebilligt|billigte[n]?|beschlossen|beschloss(?:en)?|verabschiedet|verabschiedete[n]?|"
                       r"passiert|gestrichen|strich(?:en)?|Lesung|[Ii]n\s+Kraft)\b")
_LAW = re.compile(r"\b(?:\w*[Gg]esetz\w*|Entwurf\w*|Klausel\w*)")


def _law_before(readings: list[Reading], head: int) -> tuple[str, list] | None:
    """A law's step with no category of its own is of the law's kind: that of the nearest sentence before that names
    a law and has one ("hat das Mobilisierungsgesetz unterzeichnet. … hatte den Entwurf … gebilligt")."""
    if not _LAW_STEP.search(readings[head].sentence.text):
        return None
    earlier = [r.category for r in readings[:head] if r.category and _LAW.search(r.sentence.text)]
    return (earlier[-1][0], []) if earlier else None


def _undated_announcement(reading: Reading) -> tuple[str, list] | None:
    """"Die Türkei kündigte Gespräche mit Moskau an": talks announced without a date of their own
    cannot be placed in time; what happened, on the day reported, is the announcement (a statement).
    So is a meeting in a sentence that tells the past ("kündigte am Montag Maßnahmen für den Gipfel an")."""
    status = find_status(reading.sentence.text)
    if not reading.category or reading.category[0] != "meeting":
        return None
    if reading.dates and not tells_past(reading):  # "kündigte am Montag … für den Gipfel an": told on Monday
        return None
    if announced_date(reading):  # "kündigte an, am Montag in Moskau … zusammenzutreffen": the meeting
        return None
    if status is None or not status.text.lower().startswith(("kündig", "angekündigt")):  # not "Teilnahme zugesagt"
        return None
    return "statement", [status]


def _attach(made: tuple[dict, EventProvenance], reading: Reading) -> None:
    record, provenance = made
    sentence = reading.sentence
    provenance.sentences.append(Span(sentence.begin, sentence.end, sentence.text))
    names = record["actors"].split(";") if record["actors"] else []
    for actor, cue in reading.actors:
        if actor.kind != "demonym" and actor.name not in names:
            names.append(actor.name)
            provenance.add("actors", sentence, cue.begin, cue.stop)
    record["actors"] = ";".join(names)
    told = TELLS_BEFORE.match(sentence.text)
    if told and told.group("announced") and record["status"] in ("planned", "expected"):
        record["status"] = "announced"  # "Russland will … stationieren. Das kündigte Putin … an."
        provenance.add("status", sentence, told.start("announced"), told.end("announced"))
    if (until := lasts_until(reading)) and not record.get("end"):
        record["end"] = period_end(until.start, until.precision).isoformat()
        provenance.add("end", sentence, until.begin, until.stop)
    if not record.get("attribution") and (attribution := find_attribution(sentence.text)):
        record["attribution"] = attribution.value
        provenance.add("attribution", sentence, attribution.begin, attribution.stop)
    if not record.get("amount"):
        _add_amounts(record, reading, provenance)


def _finish(events: list[tuple[dict, EventProvenance]], text: str, published: dt.date) -> Draft:
    seen: dict[str, int] = {}
    for record, provenance in events:
        seen[record["id"]] = seen.get(record["id"], 0) + 1
        if seen[record["id"]] > 1:
            record["id"] = f"{record['id']}-{seen[record['id']]}"
        provenance.id = record["id"]
    rows = [{c: str(r.get(c, "") or "") for c in COLUMNS} for r, _ in events]
    accepted, errors = validate_records(enumerate(rows, start=2))
    if errors:
        raise ValueError("drafted events fail the schema: " + "; ".join(str(e) for e in errors))
    return Draft(records_frame(accepted), [p for _, p in events], text, published)


def _told_there(reading: Reading, teller: Reading | None, provenance: EventProvenance) -> Place | None:
    """"Im Gegenzug heben die USA die Sanktionen auf. Das teilte Coale am Donnerstag in Minsk mit.": news with no
    place of its own is placed where the sentence that tells it was told."""
    found = most_specific(teller.locations) if teller is not None and not reading.locations else None
    if found is None:
        return None
    provenance.add("place", teller.sentence, found.begin, found.stop)
    provenance.notes.append(note("told_there"))
    return found.place

