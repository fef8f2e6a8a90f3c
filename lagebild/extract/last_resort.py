"""The last resorts for an event's place, when neither its sentence nor its neighbours placed it otherwise.

Each is flagged in the provenance, so the reviewer sees that the place is a guess.
"""

from __future__ import annotations

from .gazetteer import Place, country_place, lookup
from .neighbours import nearest
from .reading import BODY_IN_TOWN, Reading
from .text import EventProvenance, note


def recipient_country(readings: list[Reading], index: int, provenance: EventProvenance) -> Place | None:
    """The country something goes to, in the sentence or, for aid, the nearest of its paragraph: where nothing
    else places an event ("stellte Kiew Güter zur Verfügung"), it happens in that country. Another sentence's
    recipient does not place a statement ("bezeichnete Putin als Kriegsverbrecher. Zugleich kündigte Biden
    Hilfe für die Ukraine an")."""
    reading = readings[index]
    if reading.category is not None and reading.category[0] == "meeting":
        return None  # "sprach mit afrikanischen Staatschefs über deren Friedensinitiative für die Ukraine"
    if reading.recipients:
        found = reading, reading.recipients[0]
    elif reading.category is not None and reading.category[0] == "aid" and (
        near := nearest(readings, index, "recipients", True, "paragraph")
    ):
        found = near[0], near[1][0]
    else:
        return None
    provenance.add("place", found[0].sentence, found[1].begin, found[1].stop)
    provenance.notes.append(note("recipient", state=found[1].place.english))
    return found[1].place


def body_town(reading: Reading, provenance: EventProvenance) -> Place | None:
    """"Am Sonntag sprach der Generalstab in Kiew von Angriffen": with nothing else to go on, the town of the body
    that reports the fighting (not a scene of it, so only the last resort)."""
    for mention in reading.places:
        if BODY_IN_TOWN.search(reading.sentence.text[: mention.begin]):
            provenance.add("place", reading.sentence, mention.begin, mention.stop)
            provenance.notes.append(note("body_town", place=mention.place.english))
            return mention.place
    return None


def demonym_country(reading: Reading, provenance: EventProvenance) -> Place | None:
    """Nothing named a place before: the country of an adjective in the sentence ("nach Angaben der polnischen
    Armee … den Luftraum des Landes verletzt" → Poland), at country level, for the reviewer to refine."""
    for actor, cue in reading.actors:
        if actor.kind == "demonym" and (seat := lookup(actor.seat)) and (country := country_place(seat.country)):
            provenance.add("place", reading.sentence, cue.begin, cue.stop)
            provenance.notes.append(note("demonym_country", state=country.english))
            return country
    return None


def article_country(readings: list[Reading], index: int, provenance: EventProvenance) -> Place | None:
    """With no place at all, the country the article named before by its adjective ("Das rumänische
    Verfassungsgericht hat …" before "Georgescu sprach von einem Staatsstreich")."""
    for earlier in readings[:index][::-1]:
        if place := demonym_country(earlier, EventProvenance(id="")):
            provenance.notes.append(note("article_country", state=place.english))
            return place
    return None
