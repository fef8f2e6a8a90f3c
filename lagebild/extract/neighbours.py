"""The nearest other sentence that has a date, a place or a recipient: where an event without its own takes it."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .gazetteer import Place, PlaceMention, is_attributive, most_specific
from .reading import Reading, opens, reported_from
from .text import EventProvenance, note

_FROM = re.compile(r"\baus\s+(?:der\s+|dem\s+)?$")
# "Seit dem russischen Überfall auf die Ukraine …": the country the war is on is no scene of the next sentence.
_WAR_ON = re.compile(r"\b(?:Überfall|Einmarsch|Invasion|Angriffskrieg|Krieg)\w*\s+(?:auf|in|gegen)\s+"
                     r"(?:die\s+|das\s+)?$")


def nearest(
    readings: list[Reading], index: int, attribute: str, forward: bool, scope: str
) -> tuple[Reading, object] | None:
    """The closest other sentence that has ``attribute``: earlier in the same paragraph, then (if
    ``forward``) later in it; with ``scope="section"`` earlier sentences of the section instead."""
    here = readings[index].sentence
    if scope == "paragraph":
        same_paragraph = [r for r in readings if r.sentence.paragraph == here.paragraph]
        before = [r for r in same_paragraph if r.sentence.begin < here.begin][::-1]
        after = [r for r in same_paragraph if r.sentence.begin > here.begin] if forward else []
        if attribute == "locations":  # "… Am Montagabend traf Biden dann in Warschau ein": where a later trip went
            after = [r for r in after if not (r.dates and r.category and r.category[0] == "visit")]
            # "Heute schaltete sich Selenskyj zu … Am Mittwoch beraten die Minister in Brüssel": another day's place
            own = {m.start for m in readings[index].dates if m.precision == "day" and not m.ongoing and m.end is None}
            after = [r for r in after if not (own and r.dates and own.isdisjoint(m.start for m in r.dates))]
        candidates = before + after
    else:
        candidates = [r for r in readings[:index][::-1] if r.sentence.section == here.section]
    for reading in candidates:
        value = getattr(reading, attribute)
        if attribute == "dates":  # "räumten bis in die Nacht zu Dienstag": how long one thing went on dates no other
            value = [m for m in value if not _UNTIL_NOW.search(reading.sentence.text[: m.begin])]
        if attribute == "dates" and _LOOKS_BACK.search(reading.sentence.text):
            continue  # "Zuletzt war Selenskyj im September 2021 dort": a look back dates no neighbour
        looks_back = attribute == "dates" and PLUPERFECT.search(reading.sentence.text)
        if looks_back and (scope == "section" or reading in after):
            continue  # "Im Juni vergangenen Jahres hatte die Konferenz in London getagt." dates no other paragraph,
            # nor an earlier sentence of its own
        if attribute == "dates" and scope == "section":  # nor does "seit Oktober 2014" (how long something lasts)
            value = [m for m in value if not m.ongoing and not in_pluperfect_clause(reading.sentence.text, m)]
        if attribute == "locations":  # (nor where someone came from: "reiste mit dem Nachtzug aus Polen an")
            text = reading.sentence.text
            value = [m for m in value if not names_no_scene(reading, m) and not _FROM.search(text[: m.begin])]
        if value:
            return reading, value
    return None


# "hatten sich im Juni auf Rutte als Nachfolger verständigt": a pluperfect sentence looks back (also with an
# infinitive after it: "hatten … vereinbart, ihre Raketen nicht länger aufeinander zu richten")
PLUPERFECT = re.compile(r"\b(?:hatte|hatten|war|waren)\b[^,;:]*\b\w+(?:t|en)(?:,\s+[^,;:]*\bzu\s+\w+)?[.!?]?$")
# "die Gasverträge, die Timoschenko im Januar 2009 … ausgehandelt hatte.": a clause closed by its pluperfect verb
_PLUPERFECT_CLAUSE = re.compile(r"[^,;:.!?„“]*\b\w+(?:t|en)\s+(?:hatte|hatten|war|waren)\s*[,;:.!?]")


def in_pluperfect_clause(text: str, mention) -> bool:
    """Is ``mention`` told in a clause closed by its pluperfect verb (it looks back; it dates no later event)?"""
    return bool(_PLUPERFECT_CLAUSE.match(text, mention.stop))


_UNTIL_NOW = re.compile(r"\bbis\s+(?:(?:in|zu)\s+)?(?:die|den|der|zum|zur)?\s*$")
# "Es ist erst sein zweiter Besuch seit …; im Juni 2022 war er …": counting visits looks back.
_LOOKS_BACK = re.compile(r"^(?:Zuletzt|Damals|Zuvor)\b|\bzuletzt\b|"
                         r"^Es\s+(?:ist|war)\s+(?:erst\s+)?(?:sein|ihr)\s+(?:erste|zweite|dritte)[rns]?\s+(?:Besuch|Reise)\b")


# "hat Russland das Gebiet … angegriffen": the region named before (a town "dort", "der Stadt": reading.THERE).
_SUBJUNCTIVE = re.compile(r"\b(?:habe|sei|seien|werde|könne|müsse|solle)\b")
# (and "Die Halbinsel, die Russland 2014 annektiert hat", "Angriffe auf die Halbinsel": the Krim named before; not
# a topic: "widmete seine Videoansprache der Halbinsel")
_REGION_BEFORE = re.compile(r"(?:\b(?:[Dd]as|dem|des)\s+Gebiet(?:e?s)?|\b(?:[Dd]ie|der)\s+(?:Region|\w*[Rr]epublik)|"
                            r"(?:^(?:Die|Der)|\bauf\s+(?:die|der))\s+(?:[a-zäöü]\w*\s+)?Halbinsel)\b(?!\s+[A-ZÄÖÜ])")


def region_named_before(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention, str] | None:
    """For "das Gebiet" (or "die Halbinsel") with no name after it, the region the article named last before."""
    text = readings[index].sentence.text
    found = _REGION_BEFORE.search(text)
    if found is None or found.start() >= reported_from(text) or _SUBJUNCTIVE.search(text[: found.start()]):
        return None  # "Russland habe nicht darum gebeten, den Luftraum über der Region …": what someone said
    for earlier in readings[:index][::-1]:
        if named := [m for m in earlier.locations if m.place.kind == "region"]:
            return earlier, max(named, key=lambda m: m.begin), found.group(0)
    return None


def names_no_scene(reading: Reading, mention: PlaceMention) -> bool:
    """Is the place no scene for the sentences around it: only in what someone is said to have done, or the
    country a war is on?"""
    war_on = mention.place.geo_precision == "country" and _WAR_ON.search(reading.sentence.text[: mention.begin])
    return said_there(reading, mention) or bool(war_on)


def said_there(reading: Reading, mention: PlaceMention) -> bool:
    """Is the place only in what someone is said to have done ("…, einige seien dafür in Serbien ausgebildet
    worden")? Then it is no place for the sentences around it."""
    return bool(_SUBJUNCTIVE.search(reading.sentence.text[: mention.begin]))


def article_place(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention] | None:
    """The place the article names most often before ``index`` (the first of equals): where its news is.

    For an event that nothing in its sentence or section places: not the place named last, often a
    background's in another section ("Vergangene Woche vertrat sie die Ukraine … in Rom")."""
    named = [(reading, most_specific(reading.locations)) for reading in readings[:index] if reading.locations]
    counts = Counter(mention.place.english for _, mention in named)
    return max(named, key=lambda pair: counts[pair[1].place.english], default=None)  # max keeps the first of equals


def city_named_before(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention] | None:
    """For "der Stadt": the city the paragraph named last, also when not named as a location ("… ist Odessa immer
    wieder Ziel russischer Angriffe. Am 10. Dezember trafen Drohnen die Energieinfrastruktur der Stadt")."""
    here = readings[index].sentence
    for reading in readings[:index][::-1]:
        if reading.sentence.paragraph != here.paragraph:
            return None
        if cities := [m for m in reading.places if m.place.kind == "city"]:
            return reading, cities[-1]
    return None


_SUMMIT = re.compile(r"\b(?P<days>zwei|drei|vier|fünf)tägige[nr]?\s+(?:\S+\s+)?"
                     r"\w*(?:[Gg]ipfel|[Kk]onferenz|[Tt]agung|[Ff]orum)\w*")
_DAYS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5}


def summit_on(readings: list[Reading], index: int, day: dt.date | None, provenance: EventProvenance) -> Place | None:
    """The city of a summit of several days the article tells, when ``day`` is one of them: where leaders meet that
    day ("Bereits am Dienstag traf Putin Xi Jinping" while "der dreitägige Gipfel" in Kasan went on)."""
    for reading in readings if day is not None else []:
        cities = [m for m in reading.locations if m.place.geo_precision in ("city", "exact")]
        summit = _SUMMIT.search(reading.sentence.text)
        span = _DAYS[summit.group("days")] - 1 if summit else -1
        near = any(m.precision == "day" and abs((m.start - day).days) <= span for m in reading.dates)
        if reading is not readings[index] and cities and near:
            provenance.add("place", reading.sentence, cities[0].begin, cities[0].stop)
            provenance.notes.append(note("at_summit", words=summit.group(0)))
            return cities[0].place
    return None


def capital_referred_to(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention] | None:
    """What "die Hauptstadt" points to: the capital named last before (as a scene or not: "neben Kiew"; but not as the
    adjective of a body: "fordern die Moskauer Führung auf" after "Das Parlament in Chisinau …")."""
    for reading in readings[:index][::-1]:
        if capitals := [m for m in reading.places if m.place.kind == "capital"
                        and not (m.text.endswith("er") and is_attributive(m))]:
            return reading, capitals[-1]
    return None


def finest_in_section(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention] | None:
    """The most specific place named earlier in the section (the nearest of equals)."""
    section = readings[index].sentence.section
    earlier = [r for r in readings[:index][::-1] if r.sentence.section == section]
    named = [(r, m) for r in earlier for m in r.locations if not names_no_scene(r, m)]
    if not named:
        return None
    rank = {"exact": 0, "city": 1, "region": 2, "country": 3}
    found = min(enumerate(named), key=lambda e: (rank[e[1][1].place.geo_precision], e[0]))[1]
    return None if _paragraph_elsewhere(readings, index, found[1].place) else found


def _paragraph_elsewhere(readings: list[Reading], index: int, place: Place) -> bool:
    """Does the paragraph so far name places only in other countries than ``place``'s? Then the section's earlier
    place is stale ("In Los Angeles … feierten Hunderte." then a new paragraph "Heute begeht Armenien den Gedenktag.
    … Für morgen sind Gespräche geplant": not in Los Angeles); the article's main place comes next."""
    paragraph = readings[index].sentence.paragraph
    named = {m.place.country for r in readings[: index + 1] if r.sentence.paragraph == paragraph for m in r.places}
    return bool(named) and place.country not in named


def origin_before(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention] | None:
    """Where a departure began: the last place finer than a country named before in the paragraph."""
    found = _fine_places_before(readings, index)
    return (found[0], found[1][-1]) if found else None


_DESTINATION = re.compile(r"\bnach\s+(?:\S+\s+und\s+)?$")


def _spoken_destination(reading: Reading, mention: PlaceMention) -> bool:
    """A destination in what a statement reports ("… sagte, die Söldner wollten nach Warschau")."""
    if reading.category is None or reading.category[0] != "statement":
        return False
    text = reading.sentence.text
    return mention.begin >= reported_from(text) and bool(_DESTINATION.search(text[: mention.begin]))


def _fine_places_before(
    readings: list[Reading], index: int, scope: str = "paragraph"
) -> tuple[Reading, list[PlaceMention]] | None:
    """The nearest earlier sentence of the paragraph (or section) that names a place finer than a country."""
    here = readings[index].sentence
    for reading in readings[:index][::-1]:
        if getattr(reading.sentence, scope) != getattr(here, scope):
            return None
        # "Kiew wies das zurück": a capital opening its sentence is the government, not a town referred to.
        # Nor a destination in what someone said ("Dieser sagte, sie wollten nach Warschau"); a scene in it
        # is one ("erklärte, seine Söldner hätten Bachmut eingenommen").
        fine = [m for m in reading.locations if m.place.geo_precision != "country"
                and not (m.place.kind == "capital" and opens(reading, m.begin))
                and not _spoken_destination(reading, m)]  # fmt: skip
        if fine:
            return reading, fine
    return None


def place_referred_to(readings: list[Reading], index: int) -> tuple[Reading, PlaceMention] | None:
    """What 'dort' or 'der Stadt' points to: the most specific place finer than a country named earlier
    in the paragraph, else earlier in the section."""
    found = _fine_places_before(readings, index) or _fine_places_before(readings, index, scope="section")
    return (found[0], most_specific(found[1])) if found else None
