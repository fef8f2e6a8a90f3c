"""Names a text gives a sense of its own.

"Zum Zentrum des Widerstands wurde das „Weiße Haus“, der Sitz des russischen Parlaments an der Moskwa": in such a
text every "Weißes Haus" is the Moscow building, not the US president's residence, and it is no US actor. One called
"das sogenannte Weiße Haus" is some other government's seat (Bishkek's in 2005): no US actor and no place in Washington.
In a text that names the Volksdeputiertenkongress, "der Kongress" is that congress, not the US one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import lookup
from .reading import Reading

# The Moscow building named as such: "das „Weiße Haus“, der Sitz des russischen Parlaments", "das Weiße Haus an der
# Moskwa", "das Weiße Haus in Moskau" (what the gazetteer calls "Moskauer Weißes Haus").
_MOSCOW_WHITE_HOUSE = re.compile(r"Weiße[ns]?\s+Haus(?:es)?[“”\"]?(?:,?\s+(?:der|den|dem|des)\s+Sitz(?:es)?\s+"
                                 r"(?:des|der)\s+(?:russischen\s+)?(?:Parlaments|Obersten\s+Sowjets|Regierung)\b|"
                                 r"\s+(?:an\s+der\s+Moskwa|in\s+Moskau)\b)")
_WHITE_HOUSE = "White House"
_SO_CALLED = re.compile(r"\bso(?:\s+|-)?genannte[ns]?\s+„?Weiße[ns]?\s+Haus")


def moscow_white_house(readings: list[Reading]) -> list[Reading]:
    """In a text that places its "Weißes Haus" in Moscow, every mention of it is the Moscow building."""
    if not any(_MOSCOW_WHITE_HOUSE.search(r.sentence.text) for r in readings):
        return readings
    moscow = lookup("Moskauer Weißes Haus")
    for reading in readings:
        for mentions in (reading.places, reading.locations, reading.recipients):
            mentions[:] = [replace(m, place=moscow) if m.place.english == _WHITE_HOUSE else m for m in mentions]
        _drop_us_actor(reading)
    return readings


def so_called_white_house(readings: list[Reading]) -> list[Reading]:
    """In a text that speaks of "das sogenannte Weiße Haus", no "Weißes Haus" is the US president's."""
    if not any(_SO_CALLED.search(r.sentence.text) for r in readings):
        return readings
    for reading in readings:
        for mentions in (reading.places, reading.locations, reading.recipients):
            mentions[:] = [m for m in mentions if m.place.english != _WHITE_HOUSE]
        _drop_us_actor(reading)
    return readings


_PEOPLES_CONGRESS = "Congress of People's Deputies"


def peoples_congress(readings: list[Reading]) -> list[Reading]:
    """In a text that names the Congress of People's Deputies, a bare "Kongress" is that congress."""
    congress = next((a for r in readings for a, _ in r.actors if a.name == _PEOPLES_CONGRESS), None)
    if congress is None:
        return readings
    for reading in readings:
        reading.actors[:] = [(congress, c) if a.name == "United States" and c.text.startswith("Kongress") else (a, c)
                             for a, c in reading.actors]
    return readings


def _drop_us_actor(reading: Reading) -> None:
    """A "Weißes Haus" that is not the US president's names no US actor."""
    reading.actors[:] = [(a, c) for a, c in reading.actors
                         if not (a.name == "United States" and c.text.startswith("Weiße"))]
