"""Uses of a town's name that place nothing (a clock, a source, a street, the side war is declared on, a backer, an
aside) or that do (the target of an attack told in the passive).

``gazetteer.find_places`` (and ``reading.is_location``, for a backer, an aside and a target) ask these after a name
is found; they look only at the words around it.
"""

from __future__ import annotations

import re

from .cue_fragments import INVITED_GROUP

_TIME_ZONE = re.compile(r"\s+Zeit\b")
# "nach Moskauer Angaben", "aus Bonner Regierungskreisen": the source of a report, not a place (nor "im Pariser Exil",
# where someone lived); "am Grenzübergang Bornholmer Straße", "am Potsdamer Platz": a street named after a town, in
# another town
_NOT_THE_TOWN = re.compile(r"\s+(?:Angaben|Darstellung|Sicht|\w*[Kk]reisen|Straße|Platz|Tor|Allee|Chaussee|Damm|"
                           r"Exil)\b")
_NOUN = re.compile(r"\s+[A-ZÄÖÜ]")
_DECLARED = re.compile(r"\berklärte[n]?\s+$")
_WAR = re.compile(r"\s+den\s+(?:\w+\s+)?Krieg\b")
# Asides: "…, was in Kiew als Angriff gewertet wurde" (the reaction's place), "…, kurz bevor er nach Washington flog"
# (the next trip's, as "… gestern Abend vor der Rückreise nach Bonn"), "Albright, die in Prag geboren wurde und …
# fliehen musste, sprach …" (a birthplace)
_ASIDES = re.compile(r",\s+was\s+[^,;:]*|,\s+(?:(?:kurz|unmittelbar|noch|wenige\s+Tage)\s+)?bevor\b[^,;:.]*|"
                     r"\bvor\s+(?:der|seiner|ihrer|dem|seinem|ihrem)\s+(?:Rück|Heim|Ab|Weiter)(?:reise|flug|fahrt)\s+"
                     r"(?:nach|in\s+die)\s+\S+|"
                     r",\s+(?:der|die)\s+(?:\S+\s+){0,3}?geboren\s+(?:wurde|worden)\b[^,;:.]*")
# "Schon im vergangenen Jahr war Mostar monatelang von serbischen Truppen beschossen worden": the town attacked
_AUXILIARY_BEFORE = re.compile(r"\b(?:war|wurde|ist|wird)\s+$")
_ATTACKED_AFTER = re.compile(r"\s+(?:\S+\s+){0,8}?(?:beschossen|bombardiert|angegriffen|belagert)\b")
# "Putin lud Trump zu einem nächsten Treffen nach Moskau ein": where someone was invited to is not where it was said
# (but "Macron lädt für kommenden Montag zu einer Konferenz nach Paris ein" places the conference, and so does
# "sind zur ersten Sitzung am 20. Dezember … nach Brüssel eingeladen": the gathering's own day is told).
_INVITED_TO = re.compile(r"\blud(?:en)?\b[^.;:,]*\bnach\s+$")
_INVITED_AFTER = re.compile(r"\s+(?:\S+\s+){0,3}?eingeladen\b")  # "Putin habe Trump nach Moskau eingeladen"
_GATHERING_ON = re.compile(r"\bzu[rm]\s+(?:\w+\s+)?(?:Sitzung|Treffen|Gipfel\w*|Konferenz|Tagung)\s+am\s")
_BACKING = re.compile(r"\s+(?:Hilfe|Unterstützung|Segen|Zustimmung|Billigung|Duldung|Rückendeckung|Vermittlung|"
                      r"Drängen)\b")


def is_clock(text: str, stop: int) -> bool:
    """A clock, not a place: "um 5.30 Uhr Moskauer Zeit" (``stop`` ends the adjective)."""
    return bool(_TIME_ZONE.match(text, stop))


def adjective_places_nothing(text: str, stop: int) -> bool:
    """After an adjectival town name ending at ``stop``: no noun follows, or the noun is a source or a street."""
    return not _NOUN.match(text, stop) or bool(_NOT_THE_TOWN.match(text, stop))


def war_declared_on(text: str, begin: int, stop: int) -> bool:
    """The side war is declared on, not a place: "erklärte Moskau den Heiligen Krieg"."""
    return bool(_DECLARED.search(text, 0, begin) and _WAR.match(text, stop))


def backing_named(text: str, stop: int) -> bool:
    """Whose help, not where: "mit Moskaus Hilfe an die Macht gekommen" (``stop`` ends the genitive)."""
    return bool(_BACKING.match(text, stop))


def in_aside(text: str, position: int) -> bool:
    """Is ``position`` inside an aside whose places are not the sentence's (see ``_ASIDES``)?"""
    return any(m.start() < position < m.end() for m in _ASIDES.finditer(text))


def target_of_passive(text: str, begin: int, stop: int) -> bool:
    """A town named as what was attacked, in the passive: the place of the attack (see ``_ATTACKED_AFTER``)."""
    return bool(_AUXILIARY_BEFORE.search(text, 0, begin) and _ATTACKED_AFTER.match(text, stop))


def invited_to(text: str, begin: int, stop: int) -> bool:
    """Where someone was invited to, not where the sentence's event happened (see ``_INVITED_TO``)."""
    before = text[:begin]
    if _INVITED_TO.search(before):
        return True
    after_nach = re.search(r"\bnach\s+$", before) and not re.search(INVITED_GROUP, text)
    return bool(after_nach and _INVITED_AFTER.match(text, stop) and not _GATHERING_ON.search(before))
