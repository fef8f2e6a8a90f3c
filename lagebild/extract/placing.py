"""The place an event takes: where the sentence says it happened, else a seat, a neighbour or the section."""

from __future__ import annotations

import re

from .actors import THANKED, Actor, is_state_body
from .amounts import Cue
from .clause_places import place_said_at, stay_named, trip_destination
from .dates import DateMention
from .gazetteer import Place, PlaceMention, lookup, most_specific
from .last_resort import article_country, body_town, demonym_country, recipient_country
from .neighbours import (
    article_place,
    capital_referred_to,
    city_named_before,
    finest_in_section,
    nearest,
    origin_before,
    place_referred_to,
    region_named_before,
    summit_on,
)
from .reading import THERE, Reading, is_location, named_in_apposition, opens, reported_from
from .sides import annexed_land, scene_across, struck_side, war_territory
from .subjects import acting_country, addressed_body, host_seat, subject_capital, subject_country, subject_seat
from .tense import ANNOUNCED_WORDS, QUOTED
from .text import EventProvenance, Sentence, note

# Leaving a place: the place named is the destination, the event happened where the trip began.
_DEPARTURE = re.compile(r"\b(?:aufgebrochen|abgereist|abgeflogen|brach\w*\s+(?:\S+\s+){0,8}?auf|"
                        r"reiste\w*\s+(?:\S+\s+){0,8}?ab)\b")


def event_place(readings, index, actors, provenance, day=None, another_war: bool = False) -> Place | None:
    """Where the event of ``readings[index]`` happened; ``day`` is its date when known to the day.

    ``another_war``: the event is older than Russia's war against Ukraine, so a war with no land named is not there
    ("seit Beginn des Überfalls" on Budjonnowsk in 1995): its neighbours place it."""
    reading = readings[index]
    # "… und flog … nach Smolensk"; "Die Führung in Kiew solle …, sagte Putin in Budapest"
    best = trip_destination(reading) or place_said_at(reading) or most_specific(reading.locations)
    meets = reading.category is not None and reading.category[0] in ("meeting", "visit")
    subject = best is not None and best.place.kind == "capital" and not reading.sentence.text[: best.begin].strip()
    fights = reading.category is not None and reading.category[0] == "military"  # "Kiew setzt auf die Offensive: …
    if (meets or fights) and subject and len(reading.locations) > 1:  # … in die russische Region Kursk vorgestoßen"
        # "Kiew hofft auf Zusagen, wenn die NATO-Außenminister in Brüssel beraten": the capital opening the sentence
        # speaks for its government; the gathering is where it meets
        best = most_specific([m for m in reading.locations if m is not best])
    source = reading
    if (leaving := _DEPARTURE.search(reading.sentence.text)) and (found := origin_before(readings, index)):
        provenance.notes.append(note("departure", words=leaving.group(0)))
        provenance.add("place", found[0].sentence, found[1].begin, found[1].stop)
        return found[1].place
    if (stay := stay_named(reading)) is not None:  # "sagte Lawrow, der Russland in Den Haag vertritt"
        provenance.add("place", reading.sentence, stay.begin, stay.stop)
        return stay.place
    # "Dieser sagte, sie wollten nach Warschau": not where the speaker was, if the text put them somewhere that day
    speaker = _opening_speaker(reading)
    spoken_of = best is not None and speaker and best.begin >= reported_from(reading.sentence.text)
    if spoken_of and (place := _whereabouts(readings, index, speaker[0], provenance, day)):
        return place
    if best is None and reading.category is not None and reading.category[0] == "war" and not another_war and \
            not region_named_before(readings, index):  # "Die Kaukasusrepublik ist seit … Schauplatz eines Krieges"
        return war_territory(reading, provenance)
    if best is not None and (place := _announcer_place(readings, index, best, provenance, day)):
        return place
    if best is not None and (place := _body_told(reading, best, provenance)):
        return place
    if best is not None and (place := _person_told(readings, index, best, provenance, day)):
        return place
    there = THERE.search(reading.sentence.text)
    if there and best is not None and (best.begin < reported_from(reading.sentence.text) <= there.start()
                                       or best is trip_destination(reading)):
        # "versicherte Husseinow in Gandscha, er wolle die Hauptstadt nicht stürmen": the capital is spoken of;
        # "verließ Eltschibej die Hauptstadt und flog nach Nachitschewan": the trip ends where it went
        there = None
    named_before = best is not None and best.begin < (there.start() if there else 0)
    if there and named_before and (there.group(0).lower() in ("dort", "die stadt", "der stadt")
                                   or best.place.kind == "capital" and there.group(0).endswith("Hauptstadt")):
        there = None  # "reiste nach Budapest; beide vereinbarten dort", "vor allem auf Kiew; in der Hauptstadt …"
    beyond = there is not None and best is not None and best.begin > there.end()
    if beyond and re.search(r"[:;]", reading.sentence.text[there.end() : best.begin]):
        there = None  # "Zwei Passagiere fehlten dort: Sicherheitskräfte hatten in Minsk … festgenommen"
    if there and best is not None and best.place.geo_precision == "exact":
        there = None  # "In der Hauptstadt traf es das Kinderkrankenhaus Ochmatdyt": the site named is finer
    if there and (named := named_in_apposition(reading, there)):
        there, best = None, named  # the capital in apposition is the town just named
    capital = there is not None and there.group(0).endswith("Hauptstadt")
    referred = capital_referred_to if capital else place_referred_to
    if there and there.group(0).lower().endswith("stadt") and not capital:  # "der Stadt": a city named before
        referred = lambda rs, i: city_named_before(rs, i) or place_referred_to(rs, i)  # noqa: E731
    if there and (found := referred(readings, index)):
        source, best = found
        provenance.notes.append(note("there", words=there.group(0)))
    if best is None and (found := _site_referred_to(readings, index) or _gathering_referred_to(readings, index)):
        provenance.add("place", found[0].sentence, found[1].begin, found[1].stop)
        provenance.notes.append(note("site", words=found[2]))
        return found[1].place
    if best is None and (found := region_named_before(readings, index)):
        provenance.add("place", found[0].sentence, found[1].begin, found[1].stop)
        provenance.notes.append(note("named_before", words=found[2]))
        return found[1].place
    if best is None and (subject := subject_seat(reading)):
        actor, cue, seat = subject
        provenance.add("place", reading.sentence, cue.begin, cue.stop)
        provenance.notes.append(note("subject_seat", actor=actor.name))
        return seat
    if best is None and (seat := _seat([(a, c) for a, c in reading.actors if a.seat and _inside(reading, c)],
                                       reading.sentence, provenance)):  # "empfing Putin … im Kreml"
        return seat
    bodies = [(a, c) for a, c in reading.actors if _is_state_body(a, c, reading)]
    if best is None and (seat := _seat(bodies, reading.sentence, provenance)):  # "weil die US-Regierung … genehmigt"
        return seat
    travelling = reading.category is not None and reading.category[0] == "visit"  # a traveller is not at home
    if best is None and (body := addressed_body(reading)):  # "in seiner Rede vor der UN-Generalversammlung"
        actor, cue, seat = body
        provenance.add("place", reading.sentence, cue.begin, cue.stop)
        provenance.notes.append(note("seat", actor=actor.name))
        return seat
    if best is None and not travelling and (state := subject_country(reading)):
        if attacked := scene_across(reading, state, provenance):  # "überzog Russland die Ukraine mit Raketen"
            return attacked
        provenance.add("place", reading.sentence, state.begin, state.stop)
        provenance.notes.append(note("acting_state", state=state.place.english))
        return state.place
    remote = meets and _REMOTE.search(reading.sentence.text)  # "wollen Starmer und Macron … zu einer Videokonferenz"
    people = [(a, c) for a, c in actors if a.kind == "person"]
    if remote and _HE_CALLED.match(reading.sentence.text) and (before := [
            named for r in readings[:index] if r.sentence.paragraph == reading.sentence.paragraph
            and (named := [(a, c) for a, c in r.actors if a.kind == "person"])]):
        people = before[-1][:1]  # "Am Montag telefonierte er mit Biden": he, named before, is the first participant
    if best is None and remote and (place := _whereabouts_or_seat(readings, index, people[:1], provenance, day)):
        return place  # a call or video conference is where its first participant is
    if best is None and meets and not remote and people and (
            place := _whereabouts(readings, index, people[0][0], provenance, day, told=True)):
        return place  # "Lawrow war am Donnerstag mit Kuleba zusammengetroffen" after "behauptete gestern in Antalya"
    if best is None and meets and not remote and (place := summit_on(readings, index, day, provenance)):
        return place  # "Bereits am Dienstag traf Putin Xi Jinping" while the summit in Kasan went on
    if best is None and meets and (host := host_seat(reading)):  # "ein Gipfel …, zu dem Gastgeber Lukaschenko …"
        provenance.add("place", reading.sentence, host[1].begin, host[1].stop)
        provenance.notes.append(note("seat", actor=host[0].name))
        return host[2]
    # A person opening a statement is where the paragraph so far has been; a place named only after it ("… beraten
    # heute in Luxemburg") is another event's (the fallbacks below decide). A later sentence's place is another
    # event's when the sentence names a speaker, or a body with a seat that acts (not a source reporting fighting).
    military = reading.category is not None and reading.category[0] in ("military", "war")
    seated = not military and any(a.kind in ("organisation", "title") and a.seat for a, _ in reading.actors)
    found = nearest(readings, index, "locations", speaker is None and not seated, "paragraph") if best is None else None
    # "Selenskyj sagte …" after fighting in Wowtschansk: he speaks from his seat, not from the front.
    # (Unless the neighbour is a meeting or visit he may be attending: "… beraten die Außenminister in Brüssel".)
    gathering = found and found[0].category is not None and found[0].category[0] in ("meeting", "visit") and \
        any(m.start == day or (m.ongoing and day and m.start <= day) for m in found[0].dates)
    elsewhere = found and speaker and not gathering and speaker[0].name not in {a.name for a, _ in found[0].actors}
    if elsewhere and (place := _whereabouts_or_seat(readings, index, [speaker], provenance, day)):
        return place
    if found:
        source, best = found[0], most_specific(found[1])
        provenance.notes.append(note("place_neighbour"))
    if best is not None:
        provenance.add("place", source.sentence, best.begin, best.stop)
        return best.place
    if capital := subject_capital(reading):
        provenance.add("place", reading.sentence, capital.begin, capital.stop)
        provenance.notes.append(note("acting_capital", place=capital.place.english))
        return capital.place
    # A person who opens the sentence acts from their seat ("Selenskyj warf Russland vor, …": Russia is the object).
    opening = [(a, c) for a, c in actors if a.kind == "person" and opens(reading, c.begin)]
    if place := _whereabouts_or_seat(readings, index, opening, provenance, day):
        return place
    if not travelling and (state := acting_country(reading)):
        if attacked := scene_across(reading, state, provenance):  # "Zwei Tage später überzog Russland …"
            return attacked
        provenance.add("place", reading.sentence, state.begin, state.stop)
        provenance.notes.append(note("acting_state", state=state.place.english))
        return state.place
    organisations = [(a, c) for a, c in actors if a.kind in ("organisation", "title") or _is_state_body(a, c, reading)]
    if not military and (seat := _seat(organisations, reading.sentence, provenance)):
        return seat  # (what was hit "das Gebäude der EU-Vertretung" is not in Brussels)
    # "Am Mittwochabend erklärte Regierungschef Mateusz Morawiecki, Polen liefere …": the speaker after the verb
    if speaker and (place := _whereabouts_or_seat(readings, index, [speaker], provenance, day)):
        return place
    if place := recipient_country(readings, index, provenance):
        return place
    if found := finest_in_section(readings, index):
        provenance.add("place", found[0].sentence, found[1].begin, found[1].stop)
        provenance.notes.append(note("place_section"))
        return found[1].place
    army = next((seat for a, _ in organisations if a.seat and (seat := lookup(a.seat))), None)
    if military and army and (place := struck_side(reading, army.country, provenance)):
        return place  # "feuerte die russische Armee … Hunderte Drohnen … ab": on Ukraine
    people = [(a, c) for a, c in actors if a.kind == "person"] + (organisations if military else [])
    if seat := _seat(people, reading.sentence, provenance):  # (an army's seat only after the section's places)
        return seat
    # Nothing in the sentence or its section: the article's main place (see article_place), so that the event
    # reaches the reviewer (who sees this note) instead of being dropped.
    if found := article_place(readings, index):
        provenance.add("place", found[0].sentence, found[1].begin, found[1].stop)
        provenance.notes.append(note("place_article"))
        return found[1].place
    return body_town(reading, provenance) or demonym_country(reading, provenance) or \
        article_country(readings, index, provenance)


def clause_place(reading: Reading, day: DateMention | None, provenance: EventProvenance) -> Place | None:
    """The place inside the clause that dates an embedded event ("…, das im Juli vor einem Jahr in Istanbul …
    geschlossen worden war"): that event's, not the sentence's."""
    clause = next(((b, e) for m, b, e in reading.embedded if m is day), None)
    text = reading.sentence.text
    inside = [m for m in reading.places if clause and clause[0] <= m.begin < clause[1] and is_location(m, text)]
    inside = inside or (annexed_land(reading, *clause) if clause else [])
    if inside:
        provenance.add("place", reading.sentence, inside[0].begin, inside[0].stop)
    return inside[0].place if inside else None


# "das Kraftwerk", "über dem Damm": a site named before, by the noun it was named with
# ("Das Atomkraftwerk Saporischschja …", "der Staudamm des Wasserkraftwerks Kachowka").
_SITE_NOUN = (r"(?:Wasser|Atom)?[Kk]raftwerk|Stahlwerk|Werk|Staudamm|Damm|AKW|Werft|Hafen|Stützpunkt|Fliegerhorst|"
              r"Brücke|(?:Grenz)?[Üü]bergang")
_SITE_REFERENCE = re.compile(rf"\b(?P<how>(?:[Ii]n|[Ii]m|[Ii]ns|[Aa]m|[Aa]n|[Aa]uf|[Üü]ber|[Bb]ei|[Bb]eim|[Zz]um|"
                             rf"[Zz]ur|[Vv]om|[Vv]on|[Aa]us)\s+)?(?:[Dd]as|[Dd]em|[Dd]en|[Dd]er|[Dd]ie|[Dd]es)?\s*"
                             rf"(?P<noun>{_SITE_NOUN})s?\b")


def _site_referred_to(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention, str] | None:
    """The place named right after the same site noun earlier in the article, nearest first."""
    reading = readings[index]
    reference = _SITE_REFERENCE.search(reading.sentence.text)
    # Where something happens: after a preposition ("in das Kraftwerk"), or what is taken or hit.
    scene = reading.category is not None and reading.category[0] in ("military", "visit")
    if reference is None or not (reference.group("how") or scene):
        return None
    found = _named_after(readings, index, reference.group("noun"))
    return (*found, reference.group(0)) if found else None


# "unterzeichneten … am Rande des Gipfels ein Abkommen", "redeten vor Gipfelbeginn auf Orban ein", "geht der Gipfel
# … zu Ende": where the gathering named before took place.
_GATHERING_REFERENCE = re.compile(r"\b(?:(?:am\s+Rande|zum\s+Abschluss|zum\s+Auftakt|vor\s+Beginn)\s+(?:des|der)|"
                                  r"[Bb]eim|[Dd]er|[Dd]ie)\s+(?P<noun>Gipfel|Treffen|Konferenz|Tagung)\w*|"
                                  r"\bvor\s+(?P<compound>Gipfel|Konferenz|Tagungs)beginn\b")


def _gathering_referred_to(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention, str] | None:
    """The place named right after the same gathering noun earlier in the article ("bei ihrem Gipfel im
    süditalienischen Borgo Egnazia"), for "am Rande des Gipfels"."""
    reference = _GATHERING_REFERENCE.search(readings[index].sentence.text)
    noun = reference and (reference.group("noun") or reference.group("compound").removesuffix("s"))
    found = _named_after(readings, index, noun) if noun else None
    return (*found, reference.group(0)) if found else None


def _named_after(readings: list[Reading], index: int, noun: str) -> tuple[Reading, PlaceMention] | None:
    """The place named within a few words after ``noun`` (or a compound of it) in an earlier sentence, nearest first."""
    named = re.compile(rf"\w*{re.escape(noun.lower())}\w*", re.IGNORECASE)  # "Kraftwerk" in "Atomkraftwerk"
    for earlier in readings[:index][::-1]:
        for site in named.finditer(earlier.sentence.text):  # ("des KSZE-Gipfels in der ungarischen Hauptstadt")
            after = [m for m in (*earlier.places, *earlier.locations) if 0 <= m.begin - site.end() <= 40]
            if after:
                return earlier, after[0]
    return None


def _announcer_place(readings, index, best: PlaceMention, provenance, day) -> Place | None:
    """Where a person announced something, when the only place is a country in what they announced."""
    reading = readings[index]
    told = ANNOUNCED_WORDS.search(reading.sentence.text)
    if told is None or best.place.geo_precision != "country" or best.begin < told.end():
        return None
    people = [(a, c) for a, c in reading.actors if a.kind == "person" and a.seat and opens(reading, c.begin)]
    return _whereabouts_or_seat(readings, index, people, provenance, day)


def _whereabouts_or_seat(readings, index, people, provenance, day) -> Place | None:
    """Where the text put the person that day (a visit or meeting of theirs named earlier), else their seat."""
    if people and (place := _whereabouts(readings, index, people[0][0], provenance, day)):
        return place
    return _seat(people, readings[index].sentence, provenance)


def _whereabouts(readings, index, actor, provenance, day, told: bool = False) -> Place | None:
    """Where the text put ``actor`` on ``day``: a visit or meeting of theirs named earlier that day, else one
    of the two days before (a traveller stays where the text last put them: "am Montag besuchte er … auf
    Staten Island", then "gestern traf er Lula")."""
    for days_before in (0, 1, 2) if day else ():
        for earlier in readings[:index][::-1]:
            # (a signing places its signatories: "unterzeichneten am Mittwoch in Dagomys ein Abkommen")
            kinds = ("visit", "meeting", "alliance", *(("statement",) if told and not days_before else ()))
            travelled = earlier.category is not None and earlier.category[0] in kinds
            then = [m for m in earlier.dates if m.precision == "day" and (day - m.start).days == days_before]
            if travelled and then and earlier.locations and actor.name in {a.name for a, _ in earlier.actors}:
                place = most_specific(earlier.locations)
                provenance.add("place", earlier.sentence, place.begin, place.stop)
                provenance.notes.append(note("whereabouts", actor=actor.name))
                return place.place
    return None


def _body_told(reading: Reading, best: PlaceMention, provenance: EventProvenance) -> Place | None:
    """"Gestern erklärte das russische Verteidigungsministerium, das Stahlwerk in Mariupol sei …": a body
    that tells what happened elsewhere speaks from its seat; the place is in what it said."""
    said = reported_from(reading.sentence.text)
    if best.begin < said or reading.category is None or reading.category[0] != "statement":
        return None
    bodies = [(a, c) for a, c in reading.actors if c.stop <= said and a.seat
              and (a.kind in ("organisation", "title") or _is_state_body(a, c, reading))]  # fmt: skip
    return _seat(bodies, reading.sentence, provenance)


def _person_told(readings, index, best: PlaceMention, provenance, day) -> Place | None:
    """"gratulierte Kremlchef Wladimir Putin … zur „Befreiung“ von Artjomowsk, wie Bachmut …": a person telling
    of a place elsewhere is where the text put them that day, else at their seat."""
    reading = readings[index]
    said = reported_from(reading.sentence.text)
    if best.begin < said or reading.category is None or reading.category[0] != "statement":
        return None
    people = [(a, c) for a, c in reading.actors if a.kind == "person" and a.seat and c.stop <= said]
    return _whereabouts_or_seat(readings, index, people, provenance, day)


def _inside(reading: Reading, cue: Cue) -> bool:
    """"im Kreml": a body named as the building it sits in (not "im Nato-Ukraine-Rat")."""
    text = reading.sentence.text
    return text[: cue.begin].endswith("im ") and not re.match(r"[\w-]", text[cue.stop : cue.stop + 1])


def _is_state_body(actor: Actor, cue: Cue, reading: Reading) -> bool:
    """"die US-Regierung": a state body acts from the state's seat (not one thanked: "bedankte sich bei der …")."""
    return is_state_body(actor, cue, reading.sentence.text) and not THANKED.search(reading.sentence.text[: cue.begin])


def _opening_speaker(reading: Reading) -> tuple[Actor, Cue] | None:
    """The person who opens a statement or an announcement ("Blinken sagte am Sonntag, …", "Trump kündigte an, am
    Montag mit Putin telefonieren zu wollen"), if any."""
    told = reading.category is not None and reading.category[0] == "statement"
    if not told and not ANNOUNCED_WORDS.search(reading.sentence.text) and not _INVITES.search(reading.sentence.text):
        return None
    said = reported_from(reading.sentence.text)  # "Am Mittwochabend erklärte Regierungschef Mateusz Morawiecki, …"
    introduced = said < len(reading.sentence.text)
    for actor, cue in reading.actors:
        # "Die Europäer wollen nachlegen: Der britische Premierminister Keir Starmer lädt …": after a lead-in's colon
        titled = _TITLE_BEFORE.fullmatch(reading.sentence.text[: cue.begin].rsplit(": ", 1)[-1])
        quoted = _QUOTE_THEN_VERB.fullmatch(reading.sentence.text[: cue.begin])  # "„…“, sagte Präsident Selenskyj"
        first = opens(reading, cue.begin) or titled or introduced and cue.stop <= said or quoted
        if actor.kind == "person" and actor.seat and first:
            return actor, cue
    return None


_HE_CALLED = re.compile(r"^(?:\S+\s+){0,3}?[a-zäöüß]+\s+(?:er|sie)\s+(?:\S+\s+){0,3}?mit\b")
_REMOTE = re.compile(r"\b(?:Video\w*|\w*[Vv]ideo(?:konferenz|schalte|gipfel)\w*|[Tt]elefon\w*|per\s+Video)\b")
# The host of what he invites to: "Keir Starmer lädt für Samstag zu einer Videokonferenz … ein".
_INVITES = re.compile(r"\b(?:lädt|laden|lud|luden)\s+(?:\S+\s+){0,12}?ein\b")
# "Der ukrainische Präsident Wolodymyr Selenskyj warf …", "US-Außenminister Antony Blinken sprach …": a person
# introduced by their title still opens the sentence.
_QUOTE_THEN_VERB = re.compile(rf"\s*(?:{QUOTED.pattern})\s*,?\s*[a-zäöüß]+\s+(?:[\w-]+\s+){{0,2}}?")
_TITLE_BEFORE = re.compile(r"(?:(?:Der|Die)\s+)?(?:[a-zäöüß-]+(?:e|en|er)\s+)*[A-ZÄÖÜ][\w-]*\s+")


def _seat(actors, sentence: Sentence, provenance: EventProvenance) -> Place | None:
    """The seat of the first actor that has one (an organisation's headquarters, a person's capital)."""
    for actor, cue in actors:
        if actor.seat and (seat := lookup(actor.seat)):
            provenance.add("place", sentence, cue.begin, cue.stop)
            provenance.notes.append(note("seat", actor=actor.name))
            return seat
    return None
