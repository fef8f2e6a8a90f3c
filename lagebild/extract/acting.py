"""Who acts in a drafted event: the actors a sentence names, a pronoun's person, a state standing for its
government; not a circumstance ("Während Selenskyj in der Schweiz weilte, …"), a topic or a place of origin."""

from __future__ import annotations

import datetime as dt
import re

from . import cues as cue_words
from .actors import is_state_body
from .gazetteer import FORMER_STATES, Place, country_place, in_dateline
from .origins import is_origin
from .reading import Reading, is_topic, opens
from .text import EventProvenance

UNION = "European Union"  # the actor table's name for the EU (data/actors_de.csv)

# "Er", "sie" as the subject in the first words of a sentence.
# "empfing ihn Papst Franziskus": him, as the object after the verb.
_HE_OR_SHE = re.compile(r"^(?:(?:\S+\s+){0,8}?(?:[Ee]r|[Ss]ie)\b(?!\s+(?:sind|haben|wollen|werden|können))|"
                        r"(?:\S+\s+){0,4}?ih[nm]\b)")

_PLURAL_VERB = r"(?:wollen|wollten|werden|sollen|sollten|hatten|trafen|reisten)"
_THEY = re.compile(rf"^(?:\S+\s+){{0,3}}?(?:sie\s+{_PLURAL_VERB}|{_PLURAL_VERB}\s+sie)\b")


def event_actors(reading: Reading, provenance: EventProvenance, previous: Reading | None = None,
                 earlier: Reading | None = None, day: dt.date | None = None) -> list[str]:
    names: list[str] = []
    text = reading.sentence.text
    # "Während Selenskyj in der Schweiz weilte, schlugen in Charkiw Raketen ein": the circumstance does not act
    aside = [m.span() for m in _WHILE_CLAUSE.finditer(text)]
    for actor, cue in reading.actors:
        if actor.kind == "demonym" and not is_state_body(actor, cue, text) or _within(cue.begin, aside):
            continue
        if _holder(text, cue.begin, cue.stop):
            continue
        provenance.add("actors", reading.sentence, cue.begin, cue.stop)
        if actor.name not in names:
            names.append(actor.name)
    pronoun = _HE_OR_SHE.match(text) if previous is not None else None
    if pronoun and not any(a.kind == "person" and c.begin < pronoun.end() and not _PARTNER.search(text[: c.begin])
                           for a, c in reading.actors):
        # "Am Abend reiste er nach Athen weiter", "In Rom traf er Ministerpräsidentin Giorgia Meloni": he is the
        # person the sentence before named; after "In Rom traf er Meloni", "empfing ihn" is still the one before.
        chained = earlier is not None and _SUBJECT_PRONOUN.match(previous.sentence.text)
        previous = earlier if chained else previous
        people = [(a, c) for a, c in previous.actors if a.kind == "person"]
        if len({a.name for a, _ in people}) == 1:
            provenance.add("actors", previous.sentence, people[0][1].begin, people[0][1].stop)
            names.append(people[0][0].name)
    if previous is not None and _THEY.match(text) and not any(a.kind == "person" for a, _ in reading.actors):
        # "Die Außenminister …, Hans van den Broek, Jacques Poos und Gianni De Michelis, trafen … ein. Heute wollen sie
        # in Belgrad … verhandeln": they are the people the sentence before named
        people = [(a, c) for a, c in previous.actors if a.kind == "person"]
        if len({a.name for a, _ in people}) > 1:
            for actor, cue in people:
                if actor.name not in names:
                    provenance.add("actors", previous.sentence, cue.begin, cue.stop)
                    names.append(actor.name)
    for mention in reading.places:
        if is_topic(mention, reading.sentence.text) or is_origin(mention, reading.sentence.text):
            continue
        # "Russland ist nicht eingeladen"; "soll noch in dieser Woche in Belarus stattfinden": where, not who
        if _ABSENT.match(text, mention.stop) or _within(mention.begin, aside) or _IN.search(text[: mention.begin]):
            continue
        if _holder(text, mention.begin, mention.stop) or in_dateline(text, mention.begin, mention.stop):
            continue  # (nor is the town a report was filed from: "Tiflis/Moskau (dpa) – …")
        if any(c.begin <= mention.begin < c.stop and (c.begin, c.stop) != (mention.begin, mention.stop)
               for a, c in reading.actors if a.kind == "organisation"):
            continue  # (nor a land in an actor's name: "die Allianz für Deutschland")
        state = _state_named(reading, mention)
        # "Brüssel hatte die Zölle ausgesetzt": the capital of the Union speaks for the Union, not for Belgium
        name = _state_name(mention, state, day) if state is not None else None
        if name is not None and name not in names:
            provenance.add("actors", reading.sentence, mention.begin, mention.stop)
            names.append(name)
    return names


# "das von russischen Truppen besetzte Atomkraftwerk", "die von Russland annektierte Krim"
_HELD = re.compile(r"\s+(?:besetzt|kontrolliert|gehalten|erobert|annektiert|eingenommen|gelenkt|beherrscht)e[nmrs]?\s")
_BY = re.compile(r"\bvon\s+(?:der|den|dem)?\s*$")


def _holder(text: str, begin: int, stop: int) -> bool:
    """"das von russischen Truppen besetzte Atomkraftwerk": who holds the place named is not acting in the event;
    nor is one left out ("ohne Präsident Wladimir Putin"), a flag ("rumänische und EU-Flaggen") or what the event
    was set against ("als Gegengewicht zur Nato gegründet")."""
    return bool(_BY.search(text[:begin]) and _HELD.match(text, stop) or _WITHOUT.search(text[:begin])
                or _FLAG.match(text, stop) or _SET_AGAINST.search(text[:begin]))


_WITHOUT = re.compile(r"\bohne\s+(?:[\w-]+\s+){0,2}$")
_FLAG = re.compile(r"-(?:Flagge|Fahne)n?\b")
_SET_AGAINST = re.compile(r"\b(?:Gegengewicht|Gegenpol|Gegenentwurf)\s+(?:zur|zum|zu)\s+(?:\w+\s+)?$")


# (nor a post abroad: "den früheren Botschafter in der Türkei")
_IN = re.compile(r"\b(?:in|nach)\s+$|\b(?:Botschafter|Botschafterin|Gesandte[rn]?|Konsul)\s+in\s+(?:der\s+|den\s+)?$")
_SUBJECT_PRONOUN = re.compile(r"^(?:\S+\s+){0,6}?[Ee]r\b")
_PARTNER = re.compile(r"\bmit\s+(?:\S+\s+){0,3}$")  # "Bei seinem Treffen mit Präsident Selenskyj sagte er …"
_WHILE_CLAUSE = cue_words.WHILE  # "Während …, " opening the sentence, or ", während …"


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(begin <= position < end for begin, end in spans)


_ABSENT = re.compile(r"\s+(?:ist|sind|war|waren|wurde|wurden)\s+(?:\S+\s+){0,2}?(?:nicht|kein\w*)\s+"
                     r"(?:eingeladen|beteiligt|vertreten|dabei|Teilnehmer\w*)\b")


def named_within(reading: Reading, name: str, begin: int, end: int) -> bool:
    """Is the actor ``name`` named (as an actor or a country) between ``begin`` and ``end`` of the sentence?"""
    return any(begin <= b and e <= end for b, e in _named(reading, name))


def named_only_in(reading: Reading, name: str, asides: list[tuple[int, int]]) -> bool:
    """Is the actor ``name`` named in the sentence, and only inside ``asides`` ("nach dem russischen Einmarsch in die
    Ukraine am 24. Februar 2022": the war recalled, not who acts in the sentence)?"""
    spans = _named(reading, name)
    return bool(spans) and all(any(b <= begin and end <= e for b, e in asides) for begin, end in spans)


def _named(reading: Reading, name: str) -> list[tuple[int, int]]:
    spans = [(c.begin, c.stop) for a, c in reading.actors if a.name == name]
    return spans + [(m.begin, m.stop) for m in reading.places if m.place.english == name]


REUNIFICATION = dt.date(1990, 10, 3)
# A capital stands for the union it was the capital of until the day after it ended (code: end, union): "Moskau
# verhängte am 15. Januar 1990 den Ausnahmezustand", "Prag protestierte" in 1968, "Belgrad wies … zurück" in 1999.
_FORMER_UNION = {"RU": (dt.date(1991, 12, 26), "Soviet Union"), "CZ": (dt.date(1993, 1, 1), "Czechoslovakia"),
                 "RS": (dt.date(2003, 2, 4), "Yugoslavia")}


def _state_name(mention, state: Place, day: dt.date | None) -> str:
    """The actor a capital or country stands for: the capital of the Union speaks for the Union, not for
    Belgium ("Brüssel hatte die Zölle ausgesetzt"); Moscow before 1992 for the Soviet Union, Germany before its
    reunification for West Germany, Prague before 1993 for Czechoslovakia, Belgrade before 2003 for Yugoslavia."""
    capital = mention.place.kind == "capital"
    if capital and mention.place.english == "Brussels":
        return UNION
    end, union = _FORMER_UNION.get(state.country, (None, None))
    if capital and end is not None and day is not None and day < end:
        return union
    if state.english in FORMER_STATES:
        return state.english  # "die Volkskammer der DDR": East Germany, whatever the day
    if state.country == "DE" and day is not None and day < REUNIFICATION:
        return "West Germany"  # "Bonn verfolgt die Lage mit Sorge" in 1989
    return state.english


def _state_named(reading: Reading, mention) -> Place | None:
    """The state a place names as an actor: a country, or a capital opening the sentence ("Moskau wies die
    Verantwortung zurück": Russia acting)."""
    if mention.place.geo_precision == "country":
        return mention.place
    if mention.place.kind == "capital" and opens(reading, mention.begin):
        return country_place(mention.place.country)
    return None
