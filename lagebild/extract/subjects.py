"""Who acts in a sentence: the organisation, country or capital that is its subject, and so where it acts from."""

from __future__ import annotations

import re

from .actors import Actor
from .amounts import Cue
from .gazetteer import Place, PlaceMention, is_attributive, lookup
from .reading import Reading, inside_quotes, opens

_FROM, _HEARD = re.compile(r"(?:Aus|Von)\s+(?:dem|der|den)\s+"), re.compile(r"\s+(?:\S+\s+){0,2}?hieß\s+es\b")
_ATTRIBUTED = re.compile(r"(?:Der|Die|Das)\s+(?:[a-zäöüß][\w-]*\s+){1,3}")  # an article and attributes


def subject_seat(reading: Reading) -> tuple[Actor, Cue, Place] | None:
    """An organisation that opens the sentence ("Der Kreml kritisierte …", "Die Bundesregierung hatte …")
    acts from its seat; it outranks places of neighbouring sentences. Seats that are whole countries
    ("das russische Militär") say too little and are left to the later fallbacks."""
    text = reading.sentence.text
    for actor, cue in reading.actors:
        # "Aus dem ukrainischen Geheimdienst SBU hieß es, …": the source named first is the subject too
        heard = bool(_FROM.fullmatch(text[: cue.begin]) and _HEARD.match(text[cue.stop :]))
        # "Der neu gewählte Bundestag kommt … zusammen" (not "Der kürzlich erfolgte NATO-Beitritt Finnlands")
        attributed = bool(_ATTRIBUTED.fullmatch(text[: cue.begin])) and not text[cue.stop :].startswith("-")
        opening = opens(reading, cue.begin) or heard or attributed
        seat = lookup(actor.seat) if opening and actor.kind in ("organisation", "title") and actor.seat else None
        if seat is not None and seat.geo_precision != "country":
            return actor, cue, seat
    return None


# "ein Gipfel der Zollunion, zu dem Gastgeber Alexander Lukaschenko … geladen hatte"
_HOST = re.compile(r"\bGastgeber(?:in)?\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$")


def host_seat(reading: Reading) -> tuple[Actor, Cue, Place] | None:
    """The seat of the host a gathering names: where the guests came to."""
    for actor, cue in reading.actors:
        hosts = actor.kind == "person" and actor.seat and _HOST.search(reading.sentence.text[: cue.begin])
        if hosts and (seat := lookup(actor.seat)) is not None:
            return actor, cue, seat
    return None


def subject_country(reading: Reading) -> PlaceMention | None:
    """A country that opens the sentence ("Die Niederlande beteiligen sich …") is its subject: the
    state acts from its capital, which outranks places named in neighbouring sentences. So does a
    statement by a person named by their country ("Südkoreas Präsident Yoon hatte nicht ausgeschlossen, …")."""
    told = reading.category is not None and reading.category[0] == "statement"
    for mention in reading.places:
        if inside_quotes(reading.sentence.text, mention.begin):  # "„Russland hat heute …“, sagte Selenskyj"
            continue
        state = mention.place.geo_precision == "country" and (told or not nationality(reading, mention))
        before = reading.sentence.text[: mention.begin]
        if state and (opens(reading, mention.begin) or _WHOSE.search(before) or _CLAUSE_OPENS.search(before)
                      or told and _AFTER_THE_VERB.match(before) or _AFTER_FRONTED.search(before)):
            return mention
    return None


# "Im Juni lehnte die Schweiz … ab": after a time and the verb in second place, the subject (of a statement).
_AFTER_THE_VERB = re.compile(r"^(?:Am|Im|Gestern|Heute|Vorgestern|Danach|Zuvor|Bereits|Schon|Noch|Erst|Ebenfalls|"
                             r"Anfang|Mitte|Ende)\b(?:\s+[^\s,]+){0,3}?\s+(?!(?:in|nach|aus|von|bei|mit|gegen|für|über|auf|an|zu|um|und|oder|"
                             r"vor|seit|bis|die|der|das|den|dem|des|ein|eine|einen|einem|einer|sich)\s)[a-zäöüß]{3,}\s+"
                             r"(?:(?:die|der|das|den)\s+)?$")
# "Seine Tochter, die …, hatten die USA im März mit Sanktionen belegt": the subject after a fronted object's clause
_AFTER_FRONTED = re.compile(r"^[A-ZÄÖÜ][^,]*,[^,]*,\s+(?:hatte|hatten|hat|haben)\s+(?:die|der|das)?\s*$")
# "…, als Russland das Getreideabkommen auslaufen ließ": the subject right after a conjunction opens its clause.
_CLAUSE_OPENS = re.compile(r",\s+(?:als|nachdem|weil|da|seit|seitdem|bevor)\s+$")
# "die Ankündigung Großbritanniens, der Ukraine Uranmunition zu liefern": the state whose decision it is acts.
_WHOSE = re.compile(r"\b(?:Ankündigung|Entscheidung|Zusage|Beschluss|Angebot|Vorschlag|Forderung)\s+"
                    r"(?:der\s+|des\s+)?$")


def subject_capital(reading: Reading) -> PlaceMention | None:
    """"… hatte Kiew seinen Beitrittsantrag gestellt": a capital as the subject is its government, at home."""
    for mention in reading.places:
        if mention.place.kind == "capital" and _AUXILIARY_BEFORE.search(reading.sentence.text[: mention.begin]):
            return mention
    return None


_AUXILIARY_BEFORE = re.compile(r"\b(?:hat|hatte|hatten|haben|will|wollte|wird|werde|soll|sollte|kann|konnte|muss|"
                               r"musste)\s+$")


def nationality(reading: Reading, mention: PlaceMention) -> bool:
    """"Brasiliens Präsidenten Lula", "Rumäniens Staatspräsident": the country of a person, not a scene."""
    after = reading.sentence.text[mention.stop :]
    if re.match(r"\s+(?:Streitkräfte|Armee|Truppen|Militär|Regierung)\b", after):
        return False  # "Russlands Streitkräfte haben … begonnen": the state acting through them
    return is_attributive(mention) and bool(re.match(r"\s+[A-ZÄÖÜ]\w+", after))


_OF_A_NOUN = re.compile(r"\b(?!(?:In|Aus|Von|Bei|Mit|Nach|Zu|Auf|An|Für|Gegen|Über|Unter|Vor|Zwischen)\s)"
                        r"[A-ZÄÖÜ][a-zäöüß]+\s+(?:der|des)\s+$")


def acting_country(reading: Reading) -> PlaceMention | None:
    """A country named in the main clause ("Erst am Mittwoch kündigten die USA … an"), before any
    comma or "dass": the state that acts. Countries in a reported clause are what is spoken about."""
    text = reading.sentence.text
    for mention in reading.places:
        before = text[: mention.begin]
        if mention in reading.recipients or mention.place.geo_precision != "country" or nationality(reading, mention) \
                or inside_quotes(text, mention.begin):
            continue
        if _OF_A_NOUN.search(before):  # "nannte Rutte die Unterstützung der Ukraine …": whose, not who
            continue
        if "," not in before and not re.search(r"\bdass\b", before):
            return mention
    return None


_TITLE_OPENS = re.compile(r"^(?:Der|Die)\s+(?:[a-zäöü]+e\s+)?[A-ZÄÖÜ][\w-]+\s+$")  # "Der russische Präsident …"
_BODY_OPENS = re.compile(r"^(?:Das|Die|Der)\s+(?:[a-zäöü]+e\s+)?([A-ZÄÖÜ]\w*(?:ministerium|amt|duma|rat|kommission))\b")


def opening_speaker(reading: Reading) -> str | None:
    """Who opens the sentence and so speaks: a person (maybe after their title), else a body ("Das
    Außenministerium in Moskau versicherte …" after Putin spoke is another speaker)."""
    text = reading.sentence.text
    person = next((a.name for a, c in reading.actors if a.kind == "person" and (
        opens(reading, c.begin) or _TITLE_OPENS.match(text[: c.begin]))), None)
    body = _BODY_OPENS.match(text)
    return person or (body.group(1) if body else None)


def addressed_body(reading: Reading) -> tuple[Actor, Cue, Place] | None:
    """An organisation spoken before or sat in ("vor der UN-Generalversammlung", "im UN-Sicherheitsrat"): its seat."""
    text = reading.sentence.text
    for actor, cue in reading.actors:
        # a body that convenes, not "Zukunft in der NATO"
        convenes = re.search(r"(?:versammlung|rat|rats|Parlament|Kongress)$", cue.text, re.IGNORECASE)
        before = re.search(r"\b(?:vor|im|in|aus)\s+(?:der|dem)?\s*$", text[: cue.begin])
        if convenes and before and actor.seat and (seat := lookup(actor.seat)):
            return actor, cue, seat
    return None
