"""Vectorised parsers for the cells of foreign files: dates, numbers, countries, vocabularies.

Each parser takes a Series of text and returns parsed values plus, per cell, the reason it
failed ("" when fine) and a note when the value had to be converted, so the caller can list it.
"""

from __future__ import annotations

import calendar
import gettext
import re
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd
import pycountry

from .. import vocab

_MONTHS = {
    **{m.lower(): i for i, m in enumerate(calendar.month_name) if m},
    **{m.lower(): i for i, m in enumerate(calendar.month_abbr) if m},
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "april": 4,
    "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12, "sept": 9,
}
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
# (name, regex with groups y/m/d as available, precision, order) — order "dmy?" means decided per column.
_DATE_FORMS: tuple[tuple[str, str, str], ...] = (
    ("iso", rf"^(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME}$", "day"),
    ("iso-month", r"^(?P<y>\d{4})-(?P<m>\d{1,2})$", "month"),
    ("year", r"^(?P<y>\d{4})$", "year"),
    ("dotted", r"^(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})" + _TIME + "$", "day"),
    ("dotted-month", r"^(?P<m>\d{1,2})\.(?P<y>\d{4})$", "month"),
    ("slashed", r"^(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<y>\d{4})" + _TIME + "$", "day"),
    ("named", r"^(?P<d>\d{1,2})\.?[\s-]+(?P<mn>[^\W\d_]{3,})\.?[\s-]+(?P<y>\d{4})$", "day"),
    ("named-month", r"^(?P<mn>[^\W\d_]{3,})\.?\s+(?P<y>\d{4})$", "month"),
)


@dataclass
class DateColumn:
    """Parsed dates: ISO text ("" where missing or bad), precision the form implies, reasons, notes."""

    iso: pd.Series
    precision: pd.Series
    error: pd.Series
    note: pd.Series
    day_first: bool | None


def _blank(index: pd.Index) -> pd.Series:
    return pd.Series("", index=index, dtype=object)


def decide_day_first(a: pd.Series, b: pd.Series, hint: bool | None) -> tuple[bool | None, str]:
    """Day/month order of ``NN/NN/YYYY`` values from the data: a part > 12 can only be the day."""
    first_big, second_big = bool((a > 12).any()), bool((b > 12).any())
    if first_big and not second_big:
        return True, "day/month order DD/MM (a first part is > 12)"
    if second_big and not first_big:
        return False, "day/month order MM/DD (a second part is > 12)"
    if first_big and second_big:
        return None, "mixed DD/MM and MM/DD in one column"
    if hint is not None:
        return hint, f"day/month order {'DD/MM' if hint else 'MM/DD'} from the mapping (day_first)"
    return None, "ambiguous day/month order (no part > 12); set day_first in the mapping"


def parse_dates(text: pd.Series, day_first: bool | None = None) -> DateColumn:
    """Dates in ISO, ``20.04.2023``, ``04/20/2023``, ``20 April 2023``, ``2023-04`` or ``2023`` form."""
    index = text.index
    cells = text.fillna("").astype(object).str.strip()
    year = pd.Series(np.nan, index=index)
    month, day = year.copy(), year.copy()
    precision, error, note = _blank(index), _blank(index), _blank(index)
    pending = cells != ""
    decided: bool | None = day_first
    for name, pattern, form_precision in _DATE_FORMS:
        if not pending.any():
            break
        found = cells[pending].str.extract(pattern, flags=re.IGNORECASE)
        hit = found["y"].notna()
        if not hit.any():
            continue
        found = found[hit]
        rows = found.index
        if name == "slashed":
            a, b = found["a"].astype(int), found["b"].astype(int)
            decided, why = decide_day_first(a, b, day_first)
            if decided is None:
                error[rows] = f"{why}: cannot read this date"
                pending[rows] = False
                continue
            found["d"], found["m"] = (a, b) if decided else (b, a)
            note[rows] = why
        if "mn" in found:
            numbers = found["mn"].str.lower().map(_MONTHS)
            unknown = numbers.isna()
            error[rows[unknown]] = "unknown month name"
            found["m"] = numbers
        year[rows] = found["y"].astype(float)
        month[rows] = found["m"].astype(float) if "m" in found else 1.0
        day[rows] = found["d"].astype(float) if "d" in found else 1.0
        precision[rows] = form_precision
        pending[rows] = False
    error[pending] = "not a date (expected e.g. 2023-04-20, 20.04.2023, 04/20/2023 or 20 April 2023)"
    parsed = year.notna() & (error == "")
    bad_month = parsed & ((month < 1) | (month > 12))
    error[bad_month] = "month " + month[bad_month].astype(int).astype(str) + " does not exist"
    days_in = pd.Series(31.0, index=index)
    ok_month = parsed & ~bad_month
    if ok_month.any():
        pairs = list(zip(year[ok_month].astype(int), month[ok_month].astype(int), strict=True))
        days_in[ok_month] = [calendar.monthrange(y, m)[1] for y, m in pairs]
    bad_day = ok_month & ((day < 1) | (day > days_in))
    if bad_day.any():
        error[bad_day] = [
            f"day {int(d)} does not exist in {calendar.month_name[int(m)]} {int(y)} ({int(n)} days)"
            for d, m, y, n in zip(day[bad_day], month[bad_day], year[bad_day], days_in[bad_day], strict=True)
        ]
    good = parsed & ~bad_month & ~bad_day
    iso = _blank(index)
    if good.any():
        iso[good] = (
            year[good].astype(int).astype(str).str.zfill(4) + "-"
            + month[good].astype(int).astype(str).str.zfill(2) + "-"
            + day[good].astype(int).astype(str).str.zfill(2)
        )
    precision[~good] = ""
    return DateColumn(iso, precision, error, note, decided)


def parse_numbers(text: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Decimal numbers, also with a decimal comma (``50,45``); returns values, errors, comma mask."""
    cells = text.fillna("").astype(object).str.strip().str.replace(r"^'(?=[-+])", "", regex=True)
    comma = cells.str.fullmatch(r"[-+]?\d+,\d+")
    normal = cells.where(~comma, cells.str.replace(",", ".", regex=False))
    values = pd.to_numeric(normal.where(normal.str.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?"), None),
                           errors="coerce")
    error = _blank(text.index)
    error[values.isna() & (cells != "")] = "not a number"
    error[cells == ""] = "missing"
    error[values.notna() & ~np.isfinite(values.astype(float))] = "not a finite number"
    return values.astype(float), error, comma


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {"kosovo": "XK", "xkx": "XK", "xk": "XK"}
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)}:
            if name:
                names[name.lower()] = country.alpha_2
                names[german.gettext(name).lower()] = country.alpha_2
    return names


@cache
def country_code(value: str) -> tuple[str, str]:
    """ISO alpha-2 for an alpha-2/alpha-3/numeric code or an English/German name; else ("", reason)."""
    text = value.strip()
    if not text:
        return "", "missing"
    if re.fullmatch(r"\d{1,3}", text):
        found = pycountry.countries.get(numeric=text.zfill(3))
        return (found.alpha_2, "") if found else ("", f"unknown ISO numeric country code {text}")
    if re.fullmatch(r"[A-Za-z]{2}", text) and (text.upper() == "XK" or pycountry.countries.get(alpha_2=text.upper())):
        return text.upper(), ""
    if re.fullmatch(r"[A-Za-z]{3}", text) and pycountry.countries.get(alpha_3=text.upper()):
        return pycountry.countries.get(alpha_3=text.upper()).alpha_2, ""
    code = _country_names().get(text.lower())
    if code:
        return code, ""
    return "", "unknown country (use an ISO code or an English or German country name)"


_PRECISION_WORDS = {
    "date_precision": {"tag": "day", "woche": "week", "monat": "month", "jahr": "year", "daily": "day"},
    "geo_precision": {"genau": "exact", "stadt": "city", "ort": "city", "town": "city", "land": "country"},
}


@cache
def vocabulary(target: str) -> dict[str, str]:
    """Lower-case spelling → key for a controlled field: keys, German and English labels, common words."""
    terms = {"category": vocab.CATEGORIES, "status": vocab.STATUSES}.get(target)
    if terms is not None:
        spellings = {t.key: (t.key, t.de, t.en, *re.split(r"\s*[/&(),]\s*", f"{t.de}/{t.en}")) for t in terms}
        return {s.strip().lower(): key for key, names in spellings.items() for s in names if s.strip()}
    keys = vocab.DATE_PRECISIONS if target == "date_precision" else vocab.GEO_PRECISIONS
    return {**{k: k for k in keys}, **_PRECISION_WORDS[target]}


def map_vocabulary(text: pd.Series, target: str, translations: dict[str, str]) -> tuple[pd.Series, pd.Series]:
    """Our keys for the cells of a controlled field, via the mapping's own table first; plus errors."""
    cells = text.fillna("").astype(object).str.strip()
    own = {str(k).strip().lower(): v for k, v in translations.items()}
    lookup = {**vocabulary(target), **own}
    keys = cells.str.lower().map(lookup)
    error = _blank(text.index)
    unknown = keys.isna() & (cells != "")
    if unknown.any():
        allowed = ", ".join(sorted(set(vocabulary(target).values())))
        error[unknown] = f"unknown {target} (allowed: {allowed}; or translate it in the mapping's values)"
    return keys.fillna("").astype(object), error
