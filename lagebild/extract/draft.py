"""Draft candidate events from a German news article, with provenance for every field.

The text is split into sections (a heading line opens one), paragraphs and sentences.
A sentence with an event cue becomes a candidate; its date, place, status, actors,
attribution and amounts come from the sentence, and a missing date or place is taken
from the nearest sentence of the same paragraph (then section) that has one. Every
value keeps the character offsets of the words it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..geo import km_between
from ..schema import COLUMNS, period_start, records_frame, validate_records
from ..vocab import category as category_term
from . import cues as cue_words
from . import references
from .dates import DateMention, find_dates
from .gazetteer import Place, PlaceMention, find_places, lookup, most_specific
from .text import Draft, EventProvenance, Sentence, Span, note, split_sentences  # noqa: F401  (public via draft)

# "seit dem Einmarsch vor 14 Monaten": the date belongs to the noun after "seit", not to the sentence.
_SINCE = re.compile(r"\bseit\s+(?:dem|der|den)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_THERE = re.compile(r"\b[Dd]ort\b")
# A sentence that only continues the previous one: it opens with a pronoun, or it is a quotation.
_CONTINUES = re.compile(r"^(?:Er|Sie|Dieser|Diese|Dies|Das)\b|„")
# A preposition of place, an optional article and up to two words: "in der ukrainischen Hauptstadt ".
# Not "über": "über Przemyśl in die Ukraine" is the way, not the scene.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|[Nn]ach|[Aa]us|[Vv]on|[Bb]ei|[Bb]is|[Zz]um|[Zz]ur|[Ii]m|[Aa]m|[Aa]n|[Aa]uf|[Gg]egen|[Vv]or)"
    r"\s+(?:(?:der|die|den|dem|des|das)\s+)?(?:\S+\s+){0,2}$"
)
# Leaving a place: the place named is the destination, the event happened where the trip began.
_DEPARTURE = re.compile(r"\b(?:aufgebrochen|abgereist|abgeflogen|brach\w*\s+(?:\S+\s+){0,8}?auf|"
                        r"reiste\w*\s+(?:\S+\s+){0,8}?ab)\b")
# "Dänemark und die Niederlande wollen … beschaffen": a present intention, reported as of publication.
_PRESENT_INTENT = re.compile(r"\b(?:wollen|will|möchten?|planen|plant|beabsichtig(?:t|en))\b")


@dataclass
class _Reading:
    """What one sentence says: its own date, place, actors and cues."""

    sentence: Sentence
    dates: list[DateMention]
    background: list[tuple[DateMention, int]]  # with the offset of "seit" that ties it to a noun
    places: list[PlaceMention]
    locations: list[PlaceMention]  # the places that say where something happened (see _is_location)
    actors: list[tuple[cue_words.Actor, cue_words.Cue]]
    category: tuple[str, list[cue_words.Cue]] | None


def _read(sentence: Sentence, published: dt.date) -> _Reading:
    dates, background = [], []
    for mention in find_dates(sentence.text, published):
        since = _SINCE.search(sentence.text[: mention.begin])
        if since:
            background.append((mention, since.start()))
        else:
            dates.append(mention)
    # A date is not a place: "bis Ende Mai" names no town called Ende.
    taken = [(m.begin, m.stop) for m in find_dates(sentence.text, published)]
    places = [p for p in find_places(sentence.text) if not any(b < p.stop and p.begin < e for b, e in taken)]
    locations = [m for m in places if _is_location(m, sentence.text)]
    return _Reading(sentence, dates, background, places, locations, cue_words.find_actors(sentence.text),
                    cue_words.best_category(sentence.text))  # fmt: skip


def _is_location(mention: PlaceMention, text: str) -> bool:
    """Does the name say where something happened, or is it an actor ("dass Kiew Mitglied wird")?

    A named site (an air base, a landmark) always is; a city after a locative preposition
    ("in der ukrainischen Hauptstadt Kiew") or opening the sentence ("Moskau bekräftigte …",
    where the capital speaks for its government) is; a country only after a preposition
    ("in die Ukraine"). A city elsewhere ("stellte Kiew Güter zur Verfügung") is the recipient
    or the state, not the scene.
    """
    if mention.place.geo_precision == "exact":
        return True
    if _AFTER_PREPOSITION.search(text[: mention.begin]):
        return True
    return mention.place.geo_precision != "country" and not text[: mention.begin].strip()


def _nearest(
    readings: list[_Reading], index: int, attribute: str, forward: bool, scope: str
) -> tuple[_Reading, object] | None:
    """The closest other sentence that has ``attribute``: earlier in the same paragraph, then (if
    ``forward``) later in it; with ``scope="section"`` earlier sentences of the section instead."""
    here = readings[index].sentence
    if scope == "paragraph":
        same_paragraph = [r for r in readings if r.sentence.paragraph == here.paragraph]
        before = [r for r in same_paragraph if r.sentence.begin < here.begin][::-1]
        after = [r for r in same_paragraph if r.sentence.begin > here.begin] if forward else []
        candidates = before + after
    else:
        candidates = [r for r in readings[:index][::-1] if r.sentence.section == here.section]
    for reading in candidates:
        value = getattr(reading, attribute)
        if value:
            return reading, value
    return None


def _event_date(readings, index, published, provenance, future) -> tuple[DateMention | None, _Reading]:
    """The date mention the event takes (its own, a neighbour's, or None for the publication day)."""
    reading = readings[index]
    source, mentions = reading, reading.dates
    refers_back = bool(_CONTINUES.search(reading.sentence.text) or _THERE.match(reading.sentence.text))
    if not mentions and not refers_back and (intent := _PRESENT_INTENT.search(reading.sentence.text)):
        provenance.add("start", reading.sentence, intent.start(), intent.end())
        provenance.notes.append(note("intent", words=intent.group(0)))
        return None, reading
    if not mentions:
        found = _nearest(readings, index, "dates", future, "paragraph") or _nearest(
            readings, index, "dates", False, "section"
        )
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
        mention = context
    provenance.add("start", source.sentence, mention.begin, mention.stop)
    if mention.approximate:
        provenance.notes.append(note("approximate", words=mention.text))
    return mention, source


def _sharpened(
    mention: DateMention, named_in: str, offset: int, reading: _Reading, published: dt.date, provenance: EventProvenance
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


def _context_day(readings: list[_Reading], index: int) -> DateMention | None:
    """The last day named earlier in the section, for a bare 'am Nachmittag'."""
    section = readings[index].sentence.section
    for reading in readings[:index][::-1]:
        if reading.sentence.section != section:
            return None
        days = [m for m in reading.dates if m.precision == "day" and m.kind != "day_part"]
        if days:
            return days[-1]
    return None


def _event_place(readings, index, actors, provenance) -> Place | None:
    reading = readings[index]
    best = most_specific(reading.locations)
    source = reading
    if (leaving := _DEPARTURE.search(reading.sentence.text)) and (found := _origin(readings, index)):
        provenance.notes.append(note("departure", words=leaving.group(0)))
        provenance.add("place", found[0].sentence, found[1].begin, found[1].stop)
        return found[1].place
    if _THERE.search(reading.sentence.text) and (found := _place_referred_to(readings, index)):
        source, best = found
        provenance.notes.append(note("there"))
    if best is None and (subject := _subject_seat(reading)):
        actor, cue, seat = subject
        provenance.add("place", reading.sentence, cue.begin, cue.stop)
        provenance.notes.append(note("subject_seat", actor=actor.name))
        return seat
    if best is None and (found := _nearest(readings, index, "locations", True, "paragraph")):
        source, best = found[0], most_specific(found[1])
        provenance.notes.append(note("place_neighbour"))
    if best is not None:
        provenance.add("place", source.sentence, best.begin, best.stop)
        return best.place
    if state := _acting_country(reading):
        provenance.add("place", reading.sentence, state.begin, state.stop)
        provenance.notes.append(note("acting_state", state=state.place.english))
        return state.place
    organisations = [(a, c) for a, c in actors if a.kind in ("organisation", "title")]
    if seat := _seat(organisations, reading.sentence, provenance):
        return seat
    if found := _finest_in_section(readings, index):
        provenance.add("place", found[0].sentence, found[1].begin, found[1].stop)
        provenance.notes.append(note("place_section"))
        return found[1].place
    return _seat([(a, c) for a, c in actors if a.kind == "person"], sentence=reading.sentence, provenance=provenance)


def _subject_seat(reading: _Reading) -> tuple[cue_words.Actor, cue_words.Cue, Place] | None:
    """An organisation that opens the sentence ("Der Kreml kritisierte …", "Die Bundesregierung hatte …")
    acts from its seat; it outranks places of neighbouring sentences. Seats that are whole countries
    ("das russische Militär") say too little and are left to the later fallbacks."""
    for actor, cue in reading.actors:
        opening = len(reading.sentence.text[: cue.begin].split()) <= 1
        seat = lookup(actor.seat) if opening and actor.kind in ("organisation", "title") and actor.seat else None
        if seat is not None and seat.geo_precision != "country":
            return actor, cue, seat
    return None


def _acting_country(reading: _Reading) -> PlaceMention | None:
    """A country named in the main clause ("Erst am Mittwoch kündigten die USA … an"), before any
    comma or "dass": the state that acts. Countries in a reported clause are what is spoken about."""
    text = reading.sentence.text
    for mention in reading.places:
        before = text[: mention.begin]
        if mention.place.geo_precision == "country" and "," not in before and not re.search(r"\bdass\b", before):
            return mention
    return None


def _origin(readings: list[_Reading], index: int) -> tuple[_Reading, PlaceMention] | None:
    """Where a departure began: the last place finer than a country named before in the paragraph."""
    found = _fine_places_before(readings, index)
    return (found[0], found[1][-1]) if found else None


def _fine_places_before(readings: list[_Reading], index: int) -> tuple[_Reading, list[PlaceMention]] | None:
    """The nearest earlier sentence of the paragraph that names a place finer than a country, and those places."""
    paragraph = readings[index].sentence.paragraph
    for reading in readings[:index][::-1]:
        if reading.sentence.paragraph != paragraph:
            return None
        fine = [m for m in reading.locations if m.place.geo_precision != "country"]
        if fine:
            return reading, fine
    return None


def _finest_in_section(readings: list[_Reading], index: int) -> tuple[_Reading, PlaceMention] | None:
    """The most specific place named earlier in the section (the nearest of equals)."""
    section = readings[index].sentence.section
    earlier = [r for r in readings[:index][::-1] if r.sentence.section == section]
    named = [(r, m) for r in earlier for m in r.locations]
    if not named:
        return None
    rank = {"exact": 0, "city": 1, "region": 2, "country": 3}
    return min(enumerate(named), key=lambda e: (rank[e[1][1].place.geo_precision], e[0]))[1]


def _place_referred_to(readings: list[_Reading], index: int) -> tuple[_Reading, PlaceMention] | None:
    """What 'dort' points to: the most specific place finer than a country named earlier in the paragraph."""
    found = _fine_places_before(readings, index)
    return (found[0], most_specific(found[1])) if found else None


def _seat(actors, sentence: Sentence, provenance: EventProvenance) -> Place | None:
    """The seat of the first actor that has one (an organisation's headquarters, a person's capital)."""
    for actor, cue in actors:
        if actor.seat and (seat := lookup(actor.seat)):
            provenance.add("place", sentence, cue.begin, cue.stop)
            provenance.notes.append(note("seat", actor=actor.name))
            return seat
    return None


def _status(sentence: Sentence, start: dt.date, published: dt.date, provenance: EventProvenance) -> str:
    cue = cue_words.find_status(sentence.text)
    if cue:
        provenance.add("status", sentence, cue.begin, cue.stop)
        return cue.value
    return "planned" if start > published else "occurred"


def _actors(reading: _Reading, provenance: EventProvenance) -> list[str]:
    names: list[str] = []
    for actor, cue in reading.actors:
        if actor.kind == "demonym":
            continue
        provenance.add("actors", reading.sentence, cue.begin, cue.stop)
        if actor.name not in names:
            names.append(actor.name)
    for mention in reading.places:
        if mention.place.geo_precision == "country" and mention.place.english not in names:
            provenance.add("actors", reading.sentence, mention.begin, mention.stop)
            names.append(mention.place.english)
    return names


def _slug(*parts: str) -> str:
    text = "-".join(parts).lower()
    text = text.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:100]


def _record(
    reading: _Reading,
    readings: list[_Reading],
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
    status_probe = cue_words.find_status(sentence.text)
    future = bool(status_probe and status_probe.value in ("expected", "planned"))
    if date_override:
        provenance.add("start", sentence, date_override.begin, date_override.stop)
        since = background_from or 0
        phrase = sentence.text[since : date_override.begin]
        start, precision, end = _sharpened(date_override, phrase, since, reading, published, provenance)
    else:
        mention, source_reading = _event_date(readings, index, published, provenance, future)
        if mention is None:
            start, precision, end = published, "day", None
        else:
            start, precision, end = _sharpened(
                mention, source_reading.sentence.text, 0, source_reading, published, provenance
            )
    start = period_start(start, precision)
    actors = _actors(reading, provenance)
    place = _event_place(readings, index, reading.actors, provenance)
    if place is None:
        return None
    status = "occurred" if date_override else _status(sentence, start, published, provenance)
    attribution = cue_words.find_attribution(sentence.text)
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
    _add_amounts(record, reading, provenance)
    _add_texts(record, place, actors)
    return record, provenance


def _add_amounts(record: dict, reading: _Reading, provenance: EventProvenance) -> None:
    amounts = cue_words.find_amounts(reading.sentence.text)
    if amounts:
        record["amount"], record["currency"] = repr(amounts[0].value), amounts[0].currency
        provenance.add("amount", reading.sentence, amounts[0].cue.begin, amounts[0].cue.stop)
    quantities = cue_words.find_quantities(reading.sentence.text)
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


def _same_event(a: dict, b: dict) -> bool:
    """A repeated report: same category and date, places within 50 km, and a shared actor (or none named).

    Background events ("seit dem Einmarsch …") with the same category and date are one event
    wherever the sentence happens to be; two different exact places (a monastery, an air base)
    are two events even in the same city.
    """
    key = ("category", "start", "date_precision")
    if any(a[k] != b[k] for k in key):
        return False
    if a.get("_background") and b.get("_background"):
        return True
    if a["place"] != b["place"] and "exact" in (a["geo_precision"], b["geo_precision"]):
        return False
    if km_between(*map(float, (a["lat"], a["lon"], b["lat"], b["lon"]))) > 50:
        return False
    mine, theirs = set(a["actors"].split(";")) - {""}, set(b["actors"].split(";")) - {""}
    return not (mine and theirs) or bool(mine & theirs)  # a sentence naming nobody adds to the other


def _merge(events: list[tuple[dict, EventProvenance]]) -> list[tuple[dict, EventProvenance]]:
    """One event per category, date and place: later sentences join the first as further provenance."""
    merged: list[tuple[dict, EventProvenance]] = []
    for record, provenance in events:
        twin = next((m for m in merged if _same_event(m[0], record)), None)
        if twin is None:
            merged.append((record, provenance))
            continue
        kept, kept_provenance = twin
        kept_provenance.sentences += provenance.sentences
        for name, spans in provenance.fields.items():
            known = kept_provenance.fields.setdefault(name, [])
            known.extend(s for s in spans if s not in known)
        names = kept["actors"].split(";") if kept["actors"] else []
        kept["actors"] = ";".join(names + [n for n in record["actors"].split(";") if n and n not in names])
        for column in ("attribution", "amount", "currency", "quantity", "item"):
            if not kept.get(column) and record.get(column):
                kept[column] = record[column]
    return merged


def draft_from_text(text: str, published: dt.date, source: str | None = None) -> Draft:
    """Candidate events from ``text`` (an article published on ``published``), each with provenance."""
    source = source or f"Nachrichtenbericht vom {published.isoformat()}"
    readings = [_read(s, published) for s in split_sentences(text)]
    candidates: list[tuple[dict, EventProvenance]] = []
    for index, reading in enumerate(readings):
        for mention, since in reading.background:
            found = cue_words.best_category(reading.sentence.text[since : mention.begin])
            if found and (made := _record(reading, readings, index, published, source, found[0], mention, since)):
                made[0]["_background"] = True
                candidates.append(made)
    for head, followers in _units(readings):
        reading = readings[head]
        joined = " ".join(readings[i].sentence.text for i in [head, *followers])
        category = cue_words.best_category(joined)
        if category and (made := _record(reading, readings, head, published, source, category[0])):
            for follower in followers:
                _attach(made, readings[follower])
            candidates.append(made)
    events = _merge(candidates)
    return _finish(events, text, published)


def _continues(reading: _Reading, previous: _Reading, head: _Reading) -> bool:
    """Does ``reading`` only carry on the event of ``head`` (no date or city of its own)?

    Yes if it opens with a pronoun, is a quotation or has no event cue; or if it has the
    head's category and shares an actor with it, names none, or names no new country.
    """
    if reading.sentence.paragraph != previous.sentence.paragraph or reading.dates:
        return False
    if any(m.place.geo_precision != "country" for m in reading.locations):
        return False
    if _CONTINUES.search(reading.sentence.text) or reading.category is None:
        return True
    same_category = head.category is not None and reading.category[0] == head.category[0]
    mine, theirs = _actor_names(reading), _actor_names(head)
    new_countries = {m.place.english for m in reading.places} - theirs
    return same_category and (not mine or bool(mine & theirs) or bool(theirs) and not new_countries)


def _actor_names(reading: _Reading) -> set[str]:
    names = {a.name for a, _ in reading.actors if a.kind != "demonym"}
    return names | {m.place.english for m in reading.places if m.place.geo_precision == "country"}


def _units(readings: list[_Reading]) -> list[tuple[int, list[int]]]:
    """Group sentences into events: a head sentence and the sentences that continue it."""
    units: list[tuple[int, list[int]]] = []
    for index, reading in enumerate(readings):
        if units:
            head, followers = units[-1]
            last = readings[(followers or [head])[-1]]
            if _continues(reading, last, readings[head]):
                followers.append(index)
                continue
        units.append((index, []))
    return units


def _attach(made: tuple[dict, EventProvenance], reading: _Reading) -> None:
    record, provenance = made
    sentence = reading.sentence
    provenance.sentences.append(Span(sentence.begin, sentence.end, sentence.text))
    names = record["actors"].split(";") if record["actors"] else []
    for actor, cue in reading.actors:
        if actor.kind != "demonym" and actor.name not in names:
            names.append(actor.name)
            provenance.add("actors", sentence, cue.begin, cue.stop)
    record["actors"] = ";".join(names)
    if not record.get("attribution") and (attribution := cue_words.find_attribution(sentence.text)):
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


