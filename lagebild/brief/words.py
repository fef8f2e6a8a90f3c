"""The briefing's words: its title, the filters in words, the source line.

All of it is untrusted text made safe for one line: :func:`clean_text` removes control
characters and cuts at a word; Vega then draws it as plain text.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from .. import vocab
from ..i18n import format_day, format_day_range, t
from ..query import Filters, date_bounds

TITLE_LIMIT = 110
SOURCE_LIMIT = 160
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_text(value: object, limit: int) -> str:
    """One line of untrusted text: control characters become spaces, cut at a word with "…"."""
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


# --- words: title, filters, footer -------------------------------------------------------------


def period_of(filters: Filters, events: pd.DataFrame) -> tuple[dt.date, dt.date]:
    """The period the briefing covers: the date filter, completed from the events where open."""
    first, last = date_bounds(events)
    return filters.date_from or first, filters.date_to or last


def default_title(filters: Filters, events: pd.DataFrame, lang: str) -> str:
    """``Stoltenbergs Besuch in Kiew, 19.–21. April 2023``, naming up to three chosen categories."""
    topic = t("brief_topic", lang)
    if 0 < len(filters.categories) <= 3:
        topic += " – " + ", ".join(vocab.category(c).label(lang) for c in filters.categories)
    return f"{topic}, {format_day_range(*period_of(filters, events), lang)}"


def filters_in_words(filters: Filters, events: pd.DataFrame, lang: str) -> str:
    """``Zeitraum: … · Kategorien: alle · Status: geplant · 14 Ereignisse``."""
    every = t("brief_all", lang)
    parts = [
        f"{t('period', lang)}: {format_day_range(*period_of(filters, events), lang)}",
        f"{t('categories', lang)}: " + (", ".join(vocab.category(c).label(lang) for c in filters.categories) or every),
        f"{t('statuses', lang)}: " + (", ".join(vocab.status(s).label(lang) for s in filters.statuses) or every),
    ]
    if filters.actors:
        parts.append(f"{t('actors', lang)}: {clean_text(', '.join(filters.actors), 80)}")
    if filters.countries:
        parts.append(f"{t('countries', lang)}: {', '.join(filters.countries)}")
    if filters.text.strip():
        parts.append(f"{t('brief_text', lang)}: „{clean_text(filters.text, 60)}“")
    parts.append(t("brief_count", lang, n=len(events)))
    return " · ".join(parts)


def dating_line(events: pd.DataFrame, lang: str, today: dt.date) -> str:
    """When the data is from and when the image was made: "Datenstand: 20. April 2023 · erstellt am …".

    The data's date is its newest source (else the end of its newest event), so that an image of 2023's
    events made today does not read as today's situation.
    """
    made = t("made_on", lang, date=format_day(today, lang))
    dates = pd.to_datetime(events["source_date"], errors="coerce").dropna() if "source_date" in events else []
    if len(dates) == 0 and not events.empty:
        dates = pd.to_datetime(events["period_end"] if "period_end" in events else events["start"]).dropna()
    if len(dates) == 0:
        return made
    return f"{t('data_as_of', lang, date=format_day(max(dates).date(), lang))} · {made}"


def source_line(events: pd.DataFrame, lang: str) -> str:
    sources = list(dict.fromkeys(events["source"].dropna().astype(str)))
    return t("source_line", lang, source=clean_text("; ".join(sources), SOURCE_LIMIT) or "–")

