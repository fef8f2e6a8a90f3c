"""Cue words → the status of a reported event and the source it is attributed to.

Each cue keeps its character offsets so a reviewer can see which words gave it.
"""

from __future__ import annotations

import re

from .actors import find_actors
from .amounts import Cue
from .gazetteer import PlaceMention, find_places
from .tense import in_when_clause

# Strongest first: hedged assessment beats expectation beats announcement beats plan.
STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("assessed", re.compile(r"\b(?:dürften?|möglicherweise|vermutlich|wahrscheinlich|mutmaßlich|offenbar|"
                            r"deuten?\s+darauf\s+hin|gehen?\s+davon\s+aus)\b", re.IGNORECASE)),
    # "In Washington wird die förmliche Anerkennung schon in den kommenden Tagen erwartet", "wird mit der
    # Vereidigung … gerechnet"
    ("expected", re.compile(r"\b(?:es\s+wird\s+erwartet|(?:wird|werden)\s+(?:\S+\s+){0,10}?(?:erwartet|gerechnet)|"
                            r"erwartet\s+wird|soll(?:en|te|ten)?|voraussichtlich|rechne[nt]?\s+damit|"
                            r"hoff(?:e|en|t)(?=,))\b", re.IGNORECASE)),  # "Wir hoffen, … zu können"; not "hofft auf"
    ("announced", re.compile(r"\b(?:kündig(?:te[n]?|t|en)\s+(?:\S+\s+){0,25}?an\b|angekündigt|"
                             r"sagte[n]?\s+(?:\S+\s+){0,8}?zu\b|zugesagt|versprach(?:en)?)", re.IGNORECASE)),
    ("planned", re.compile(r"\b(?:wollen|will|plant|planen|geplant|findet\s+(?:\S+\s+){0,15}?statt|stattfinden|"
                           r"beabsichtig\w*)\b", re.IGNORECASE)),
)

# Who the report cites: "laut X", "X zufolge", "teilte X mit", "hieß es aus X", "X bestätigte".
ATTRIBUTION_CUES = re.compile(
    r"\b(?:laut|nach\s+Angaben|zufolge|teilte[n]?\s+(?:[\w.-]+\s+){0,6}?mit|hieß\s+es|sagte[n]?|erklärte[n]?|"
    r"betonte[n]?|bestätigte[n]?|wiederholte[n]?|meldete[n]?|berichtete[n]?|warnte[n]?|forderte[n]?)\b",
    re.IGNORECASE,
)


def find_status(text: str) -> Cue | None:
    """The strongest status cue in ``text`` (None: nothing but plain reporting)."""
    for status, pattern in STATUS_CUES:
        for match in pattern.finditer(text):
            if not in_when_clause(text, match.start()):  # "…, als Helfer … bergen sollten, …": what was then due
                return Cue(status, match.start(), match.end(), match.group(0))
    return None


# What "laut" cites: its noun with article and adjectives, and a name after it ("laut der amtlichen
# Nachrichtenagentur PAP", "laut dem polnischen Rundfunk", "laut Augenzeugen").
_CITED = re.compile(r"\s+((?:(?:der|die|das|dem|den|des|einer|einem|eines|seinem|seiner|ihrem|ihrer)\s+)?"
                    r"(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?|(?:[\w-]+\s+)?[\w-]+)")


def find_attribution(text: str) -> Cue | None:
    """The source a sentence cites: the known actor nearest an attribution cue, or the words after 'laut'."""
    cue = ATTRIBUTION_CUES.search(text)
    if cue is None:
        return None
    named = [(a, c) for a, c in find_actors(text) if a.kind != "demonym" or cue.group(0).lower() == "laut"]
    if cue.group(0).lower() == "laut":
        after = [(a, c) for a, c in find_actors(text) if c.begin >= cue.end() and a.kind != "demonym"]
        if after:
            return after[0][1]
        phrase = _CITED.match(text[cue.end() :])
        if phrase:
            begin = cue.end() + phrase.start(1)
            return Cue(phrase.group(1), begin, begin + len(phrase.group(1)), phrase.group(1))
    if not named:
        return None
    _, nearest = min(named, key=lambda pair: abs(pair[1].begin - cue.start()))
    return nearest


# Who reports it sits there, whatever happened: "unterzeichneten laut dem Außenministerium in Neu-Delhi vier Abkommen",
# "nach Angaben der Londoner Downing Street" (a site in the source's name).
_SOURCE_IN = re.compile(r"\b(?:[Ll]aut|[Nn]ach\s+Angaben)\s+(?:(?:des|der|dem|den)\s+(?:(?:\S+\s+){0,2}?\w+\s+in\s+|"
                        r"(?P<site>(?:(?!von\b|in\b|aus\b)\S+\s+){0,2}))|(?P<from>aus\s+))$")


# "Wie der Sprecher des Verteidigungsministeriums in Moskau, …, gestern mitteilte, wurde … zerstört": an opening
# reporting clause names where the source sits.
OPENING_REPORT = re.compile(r"^Wie\s+[^.;:„“]*?\b(?:mitteilte|sagte|berichtete|erklärte|meldete|bestätigte)n?,")


def source_place(mention: PlaceMention, text: str, fighting: bool = False) -> bool:
    """Is the place where the source of the news sits, not where it happened (where fighting happened, the source
    told in an opening clause sits elsewhere too)?"""
    if fighting and (opening := OPENING_REPORT.match(text)) and mention.stop <= opening.end():
        return True
    found = _SOURCE_IN.search(text[: mention.begin])
    if found and found.group("from"):  # "will nach Angaben aus Moskau … Spitak besuchen": the place named after it
        return bool(find_places(text[mention.stop :]))  # (alone, "nach Angaben aus Prag" is all there is)
    return bool(found) and (found.group("site") is None or mention.place.geo_precision == "exact")
