"""Places a clause names for the sentence's event: where a trip goes, where a closing reporting clause puts the
speaker, where a relative clause says a person is. They outrank the other places of the sentence."""

from __future__ import annotations

import re

from .cues import REPORTING_CLAUSE
from .gazetteer import PlaceMention, most_specific
from .reading import BODY_IN_TOWN, Reading


def trip_destination(reading: Reading) -> PlaceMention | None:
    """The place a trip's own words name ("berief in Warschau … ein und flog am Nachmittag nach Smolensk")."""
    if reading.category is None or reading.category[0] != "visit":
        return None
    cues = reading.category[1]
    return most_specific([m for m in reading.locations if any(c.begin <= m.begin < c.stop for c in cues)])


def place_said_at(reading: Reading) -> PlaceMention | None:
    """Where a closing reporting clause puts the speaker ("Die Führung in Kiew solle …, sagte Putin in Budapest"):
    the statement's place, not a place in what was said."""
    if reading.category is None or reading.category[0] != "statement":
        return None
    closing = REPORTING_CLAUSE.search(reading.sentence.text)
    if closing is None:
        return None
    text = reading.sentence.text  # (not a body addressed: "sagte er an die Adresse der Regierung in Tiflis")
    return most_specific([m for m in reading.locations
                          if m.begin >= closing.start() and not BODY_IN_TOWN.search(text[: m.begin])])


# "sagte Außenminister Sergej Lawrow, der Russland in Den Haag vertritt, noch am Montag"
_STAYS = re.compile(r",\s+(?:der|die)\s+(?:[^\s,;:.]+\s+){0,4}?in\s+[^,;:.]+?\s+(?:vertritt|vertrat|weilt|weilte|"
                    r"teilnimmt|teilnahm|sich\s+aufhält|sich\s+aufhielt)\b")


def stay_named(reading: Reading) -> PlaceMention | None:
    """Where a relative clause right after a person says they are: where that person acts in the sentence."""
    text = reading.sentence.text
    for actor, cue in reading.actors:
        stays = _STAYS.match(text, cue.stop) if actor.kind == "person" else None
        if stays and (inside := [m for m in reading.locations if stays.start() <= m.begin < stays.end()]):
            return most_specific(inside)
    return None
