"""The two sides of Russia's war against Ukraine: where a strike by one of them lands, where the war itself is."""

from __future__ import annotations

import re

from .gazetteer import Place, PlaceMention, country_place, most_specific
from .origins import is_origin
from .reading import Reading, opens
from .subjects import acting_country, nationality, subject_country
from .text import EventProvenance, note

WAR_COUNTRY = "UA"  # the war whose background the "war" category records: Russia's against Ukraine


_JOINT = re.compile(r"\bgemeinsame[nmrs]?\s+(?:\w+\s+)?\w*(?:[Mm]anöver|[Üü]bung)\w*")


def _other_side(reading: Reading, actor: PlaceMention) -> PlaceMention | None:
    """In a military event a state takes part in ("hatte Russland die Energieversorgung der Ukraine ins Visier
    genommen", "Russland und die Ukraine haben Gefangene ausgetauscht"), the other country named is the scene, not
    the acting state's home."""
    if reading.category is None or reading.category[0] != "military":
        return None
    text = reading.sentence.text  # "hatte Russland Kiew mit rund 30 Raketen beschossen": a town of the other side too
    if _JOINT.search(text):
        return None  # "planen Südkorea und die USA ihr gemeinsames Großmanöver": partners, not sides
    return most_specific([m for m in reading.places if m != actor and m.place.country != actor.place.country
                          and not nationality(reading, m) and not is_origin(m, text)])


# "feuerte Russland … 300 Drohnen und 69 Raketen ab": a strike by one side of the war, no target named, hit the other
_STRIKE = re.compile(r"\b(?:Drohnen|Raketen|Marschflugkörper|Gleitbomben|Luftangriff\w*|feuer(?:t|te|ten)\b)")
_SIDES = {"RU": "UA", "UA": "RU"}


def scene_across(reading: Reading, state: PlaceMention, provenance: EventProvenance) -> Place | None:
    """Where a state's military action took place: the other side it names, else the other side of the war."""
    if attacked := _other_side(reading, state):
        provenance.add("place", reading.sentence, attacked.begin, attacked.stop)
        return attacked.place
    return struck_side(reading, state.place.country, provenance)


def struck_side(reading: Reading, country: str, provenance: EventProvenance) -> Place | None:
    """A strike by one side of the war (``country``) with no target named hit the other side."""
    military = reading.category is not None and reading.category[0] == "military"
    if military and country in _SIDES and _STRIKE.search(reading.sentence.text):
        provenance.notes.append(note("struck_side", state=country_place(_SIDES[country]).english))
        return country_place(_SIDES[country])
    return None


def war_territory(reading: Reading, provenance: EventProvenance) -> Place | None:
    """The war happens on the land taken or invaded, not at home of who wages it: "Russland hatte die Krim
    annektiert" → Crimea; with no land named ("in das Nachbarland eingedrungen"), Ukraine, at country level
    (the category is the background of Russia's war against Ukraine)."""
    waging = subject_country(reading) or acting_country(reading)  # "Mehr als sechs Wochen nach … verlagert Russland"
    taken = [m for m in reading.places if m != waging and not opens(reading, m.begin) and not nationality(reading, m)]
    if found := most_specific(taken):
        provenance.add("place", reading.sentence, found.begin, found.stop)
        return found.place
    provenance.notes.append(note("war_territory"))
    return country_place(WAR_COUNTRY)


def annexed_land(reading: Reading, begin: int, end: int) -> list[PlaceMention]:
    """The land taken in a clause ("Als Russland im März 2014 die Krim annektierte, …"), not who took it."""
    text = reading.sentence.text
    return [m for m in reading.places if begin <= m.begin < end and _ANNEXED.match(text[m.stop : end])]


_ANNEXED = re.compile(r"\s+(?:\S+\s+){0,2}?annekt")
