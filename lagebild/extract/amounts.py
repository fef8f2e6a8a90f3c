"""Sums of money and countable material in German text: "325 Mio. Dollar", "14 Kampfpanzer vom Typ Leopard 2A4"."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """A value read from the text and the words (offsets into the searched text) that gave it."""

    value: str
    begin: int
    stop: int
    text: str


CURRENCIES = {"dollar": "USD", "us-dollar": "USD", "$": "USD", "euro": "EUR", "€": "EUR", "rubel": "RUB",
              "pfund": "GBP", "franken": "CHF", "hrywnja": "UAH", "hrywnjas": "UAH", "griwna": "UAH"}  # fmt: skip
SCALES = {"mio.": 1e6, "mio": 1e6, "millionen": 1e6, "million": 1e6, "mrd.": 1e9, "mrd": 1e9,
          "milliarden": 1e9, "milliarde": 1e9, "tsd.": 1e3, "tausend": 1e3}  # fmt: skip
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
AMOUNT = re.compile(
    rf"(?P<number>{_NUMBER})\s*(?P<scale>Mio\.|Mio\b|Millionen|Million|Mrd\.|Mrd\b|Milliarden|Milliarde|Tsd\.|tausend)?"
    r"\s*(?P<currency>US-Dollar|Dollar|Euro|Rubel|Pfund|Franken|Hrywnjas?|Griwna|\$|€)"
)
# Countable material: "14 Kampfpanzer vom Typ Leopard 2A4", "zwölf Haubitzen".
ITEMS = (r"Kampfpanzer|Schützenpanzer|Panzer|Haubitzen?|Geschütze|Raketenwerfer|Mehrfachraketenwerfer|Kampfjets?|"
         r"Kampfflugzeuge?|Flugzeuge?|Hubschrauber|Drohnen|Raketen|Marschflugkörper|Flugabwehrsysteme?|Systeme?|"
         r"Fahrzeuge?|Granaten|Schuss|Geschosse|Soldaten|Generatoren|Krankenwagen|Transporter")
NUMBER_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
                "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "hundert": 100}  # fmt: skip
QUANTITY = re.compile(
    rf"\b(?P<number>\d{{1,3}}(?:\.\d{{3}})*|{'|'.join(NUMBER_WORDS)})\s+(?:\w+e[nrs]?\s+)?(?P<noun>{ITEMS})\b"
    r"(?:\s+(?:vom|des)\s+Typs?\s+(?P<type>[A-Z][\w-]*(?:\s+[\w-]*\d[\w-]*)?))?"
)


def parse_number(text: str) -> float:
    """German number text → float: '204.000' → 204000, '2,5' → 2.5."""
    return float(text.replace(".", "").replace(",", "."))


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str
    cue: Cue


def find_amounts(text: str) -> list[Amount]:
    """Money amounts in order; conversions in parentheses ('(rund 300 Mio. Euro)') come after the original."""
    found = []
    for match in AMOUNT.finditer(text):
        scale = SCALES.get((match.group("scale") or "").lower(), 1.0)
        value = round(parse_number(match.group("number")) * scale, 2)
        currency = CURRENCIES[match.group("currency").lower()]
        found.append(Amount(value, currency, Cue(f"{value:g} {currency}", match.start(), match.end(), match.group(0))))
    return found


@dataclass(frozen=True)
class Quantity:
    count: int
    item: str
    cue: Cue


def find_quantities(text: str) -> list[Quantity]:
    found = []
    for match in QUANTITY.finditer(text):
        number = match.group("number")
        count = NUMBER_WORDS[number] if number in NUMBER_WORDS else int(number.replace(".", ""))
        item = match.group("type") or match.group("noun")
        found.append(Quantity(count, item, Cue(f"{count} {item}", match.start(), match.end(), match.group(0))))
    return found
