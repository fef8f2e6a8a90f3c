"""Places named by an adjective: "auf russischem Gebiet" (Russia), "in der polnischen Hauptstadt" (Warsaw)."""

from __future__ import annotations

import re

from .actors import find_actors
from .gazetteer import PlaceMention, capital_place, country_place, lookup

# "auf russisches Gebiet", "auf ukrainischem Territorium": the country a demonym names is the scene.
_TERRITORY = re.compile(r"\b(?:in|auf|nach)\s+(?:das\s+|dem\s+)?(?P<adj>[a-zäöüß]+(?:es|em|e))\s+"
                        r"(?:Gebiet|Territorium|Staatsgebiet|Boden)\b")


# "in der polnischen Hauptstadt" (no name after it): the capital of the country of the adjective.
_CAPITAL = re.compile(r"\b(?:der|die|den)\s+(?:(?P<adj>[a-zäöüß]+en?)\s+|(?P<code>US)-)Hauptstadt\b(?!\s+[A-ZÄÖÜ])")


def _country_of(adjective: str) -> str | None:
    actor = next((a for a, _ in find_actors(adjective) if a.kind == "demonym"), None)
    return place.country if actor and (place := lookup(actor.seat)) else None


_TARGETS = re.compile(r"\bZiele\s+(?:in|auf)\s+$")


def territories(text: str, military: bool = True) -> list[PlaceMention]:
    """Countries named as territory by their adjective ("auf russisches Gebiet" → Russia), and capitals
    named by it ("in der polnischen Hauptstadt" → Warsaw). Outside fighting, where targets lie is no scene
    ("erlaubt, deutsche Waffen gegen Ziele auf russischem Gebiet einzusetzen")."""
    found = []
    for match in _CAPITAL.finditer(text):
        begin = max(match.start("adj"), match.start("code"))  # "der polnischen Hauptstadt", "der US-Hauptstadt"
        if (code := match.group("code") or _country_of(match.group("adj"))) and (capital := capital_place(code)):
            found.append(PlaceMention(capital, begin, match.end(), text[begin : match.end()]))
    for match in _TERRITORY.finditer(text):
        actor = next((a for a, _ in find_actors(match.group("adj")) if a.kind == "demonym"), None)
        place = lookup(actor.seat) if actor else None
        country = country_place(place.country) if place else None
        if country:
            found.append(PlaceMention(country, match.start("adj"), match.end(), text[match.start("adj") : match.end()]))
    return [m for m in found if military or not _TARGETS.search(text[: m.begin])]
