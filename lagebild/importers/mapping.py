"""How the columns of a foreign file become fields of our schema, and guesses for it.

A :class:`Mapping` names, for each target field, the source column it comes from;
it can also translate values (``values``), fill fields the file lacks (``defaults``),
say which language the single title/summary is in, and settle day/month order.
It round-trips through JSON so an analyst maps a recurring export once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from ..schema import COLUMNS

# Targets besides the schema columns: one title and one summary in ``Mapping.language``.
GENERIC_TARGETS: tuple[str, ...] = ("title", "summary")
TARGETS: tuple[str, ...] = tuple(COLUMNS) + GENERIC_TARGETS
MAPPING_VERSION = 1


@dataclass
class Mapping:
    """Source column per target field, plus value translations and defaults.

    ``columns``: target field → source column (``"start": "Datum"``).
    ``values``: target field → {source value: our value}, e.g. category names of a foreign file.
    ``defaults``: target field → value used where the file has none (listed as a change per row).
    ``language``: language of ``title``/``summary`` ("de" or "en"); the other language gets a copy.
    ``day_first``: order for dates like ``04/05/2023`` when the data cannot tell (None = reject).
    ``prefix_ids``: prefix ids with the source name (off only for files in our own schema).
    """

    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    language: str = "en"
    day_first: bool | None = None
    prefix_ids: bool = True

    def __post_init__(self) -> None:
        problems = [f"unknown target field '{t}'" for t in (*self.columns, *self.values, *self.defaults)
                    if t not in TARGETS]
        if self.language not in ("de", "en"):
            problems.append(f"language must be 'de' or 'en', not {self.language!r}")
        if problems:
            raise ValueError("invalid mapping: " + "; ".join(problems) + f" (targets: {', '.join(TARGETS)})")

    def source(self, target: str) -> str | None:
        return self.columns.get(target)

    def missing_required(self) -> list[str]:
        """Targets an import cannot do without that are neither mapped nor given a default."""
        needed = [("start",), ("lat",), ("lon",), ("title", "title_de", "title_en")]
        return [alternatives[0] for alternatives in needed
                if not any(t in self.columns or t in self.defaults for t in alternatives)]

    def to_json(self) -> str:
        return json.dumps({"version": MAPPING_VERSION, **asdict(self)}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str | bytes) -> Mapping:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"mapping is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError("mapping must be a JSON object")
        version = data.pop("version", MAPPING_VERSION)
        if version != MAPPING_VERSION:
            raise ValueError(f"mapping version {version} is not supported (expected {MAPPING_VERSION})")
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown mapping keys: {', '.join(sorted(unknown))}")
        for key in ("columns", "defaults"):
            if not all(isinstance(v, str) for v in data.get(key, {}).values()):
                raise ValueError(f"mapping '{key}' values must be strings")
        return cls(**data)


# Header names (normalised: lower case, umlauts spelled out, only letters and digits) per target.
_HEADER_GUESSES: dict[str, tuple[str, ...]] = {
    "id": ("id", "uid", "eventid", "eventidcnty", "uniqueid", "kennung", "nr", "nummer", "lfdnr"),
    "start": ("start", "date", "datum", "startdate", "startdatum", "eventdate", "beginn", "begin", "von", "from",
              "day", "tag", "when", "wann", "zeitpunkt", "datestart"),
    "end": ("end", "enddate", "enddatum", "ende", "bis", "to", "until", "dateend"),
    "date_precision": ("dateprecision", "timeprecision", "datumsgenauigkeit", "zeitgenauigkeit"),
    "lat": ("lat", "latitude", "breite", "breitengrad", "geobreite", "y", "latdd", "geolat"),
    "lon": ("lon", "lng", "long", "longitude", "laenge", "laengengrad", "geolaenge", "x", "londd", "geolon"),
    "geo_precision": ("geoprecision", "ortsgenauigkeit", "lagegenauigkeit"),
    "title_de": ("titlede", "titelde"),
    "title_en": ("titleen", "titelen"),
    "title": ("title", "titel", "headline", "ueberschrift", "schlagzeile", "name", "ereignis", "event",
              "bezeichnung", "subeventtype"),
    "summary_de": ("summaryde", "beschreibungde", "zusammenfassungde"),
    "summary_en": ("summaryen", "descriptionen"),
    "summary": ("summary", "beschreibung", "description", "zusammenfassung", "text", "notes", "notizen", "notiz",
                "details", "inhalt", "bemerkung", "bemerkungen"),
    "category": ("category", "kategorie", "eventtype", "typ", "type", "art", "group", "gruppe", "rubrik"),
    "status": ("status", "zustand"),
    "place": ("place", "ort", "location", "stadt", "city", "ortsname", "standort", "placename"),
    "country": ("country", "land", "staat", "countrycode", "iso", "iso2", "isoa2", "laendercode"),
    "actors": ("actors", "akteure", "beteiligte", "actor", "akteur", "actor1"),
    "source": ("source", "quelle", "quellen", "sources", "url", "link"),
    "source_date": ("sourcedate", "quelldatum", "published", "veroeffentlicht", "publicationdate", "erschienen"),
    "attribution": ("attribution", "zuschreibung", "laut"),
}
_GERMAN_HINTS = {"datum", "ort", "titel", "beschreibung", "kategorie", "breite", "breitengrad", "laenge",
                 "laengengrad", "quelle", "land", "ueberschrift", "zusammenfassung", "akteure", "bis", "von", "ende"}


def normalise_header(name: str) -> str:
    """``"Längengrad "`` → ``"laengengrad"``: lower case, umlauts spelled out, letters and digits only."""
    text = name.strip().lower()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text)


def guess_mapping(columns: list[str]) -> Mapping:
    """A first guess from header names (German and English); each column is used at most once."""
    by_name: dict[str, str] = {}
    for column in columns:
        by_name.setdefault(normalise_header(column), column)
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for target, names in _HEADER_GUESSES.items():
        for name in names:
            column = by_name.get(name)
            if column is not None and column not in used:
                chosen[target] = column
                used.add(column)
                break
    if "title" in chosen and ("title_de" in chosen or "title_en" in chosen):
        used.discard(chosen.pop("title"))
    if "summary" in chosen and ("summary_de" in chosen or "summary_en" in chosen):
        used.discard(chosen.pop("summary"))
    german = sum(normalise_header(c) in _GERMAN_HINTS for c in columns)
    return Mapping(columns=chosen, language="de" if german else "en")
