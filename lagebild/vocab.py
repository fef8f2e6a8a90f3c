"""Controlled vocabularies: the one place that defines categories, statuses and precisions.

Colours are the Okabe–Ito palette, which stays distinguishable for the common
forms of colour-blindness.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary, labelled in German and English."""

    key: str
    de: str
    en: str
    colour: str = "#000000"

    def label(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


CATEGORIES: tuple[Term, ...] = (
    Term("visit", "Besuch / Reise", "Visit / travel", "#0072B2"),
    Term("meeting", "Treffen", "Meeting", "#56B4E9"),
    Term("aid", "Hilfe", "Aid", "#009E73"),
    Term("alliance", "Bündnis & Beitritt", "Alliance & accession", "#CC79A7"),
    Term("statement", "Erklärung", "Statement", "#E69F00"),
    Term("military", "Militär", "Military", "#D55E00"),
    Term("recruitment", "Rekrutierung", "Recruitment", "#F0E442"),
    Term("war", "Krieg (Hintergrund)", "War (background)", "#000000"),
)

# How certain the report is. ``marker`` tells map and timeline how to draw it.
STATUSES: tuple[Term, ...] = (
    Term("occurred", "geschehen", "occurred"),
    Term("announced", "angekündigt", "announced"),
    Term("planned", "geplant", "planned"),
    Term("expected", "erwartet", "expected"),
    Term("assessed", "Einschätzung", "assessed"),
)

STATUS_MARKER: dict[str, str] = {
    "occurred": "filled",
    "announced": "filled",
    "planned": "hollow",
    "expected": "hollow",
    "assessed": "dashed",
}

DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
GEO_PRECISIONS: tuple[str, ...] = ("exact", "city", "region", "country")

CATEGORY_KEYS: tuple[str, ...] = tuple(t.key for t in CATEGORIES)
STATUS_KEYS: tuple[str, ...] = tuple(t.key for t in STATUSES)
_BY_KEY: dict[str, Term] = {t.key: t for t in CATEGORIES + STATUSES}


def category(key: str) -> Term:
    return _BY_KEY[key] if key in CATEGORY_KEYS else Term(key, key, key, "#808080")


def status(key: str) -> Term:
    return _BY_KEY[key] if key in STATUS_KEYS else Term(key, key, key)


def hex_to_rgb(colour: str) -> list[int]:
    """``#RRGGBB`` → ``[r, g, b]`` as deck.gl wants colours."""
    value = colour.lstrip("#")
    return [int(value[i : i + 2], 16) for i in (0, 2, 4)]
