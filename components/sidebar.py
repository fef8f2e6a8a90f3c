"""Sidebar: language, filters, the count line and the reset button."""

from __future__ import annotations

import streamlit as st
from babel import Locale

from lagebild import vocab
from lagebild.engine import EventStore
from lagebild.i18n import format_count, locale, t

from . import url_state as keys


def draw_language() -> str:
    st.sidebar.segmented_control(
        "Sprache / Language",
        ["de", "en"],
        key=keys.W_LANG,
        format_func=lambda code: {"de": "Deutsch", "en": "English"}[code],
        required=True,
    )
    return st.session_state.get(keys.W_LANG) or st.session_state.get("lang") or "de"


def draw_filters(store: EventStore, lang: str) -> None:
    """The filter widgets; their values live in ``st.session_state`` under ``url_state`` keys."""
    first, last = store.bounds
    side = st.sidebar
    side.header(t("filters", lang))
    side.date_input(
        t("period", lang),
        min_value=first,
        max_value=last,
        key=keys.W_DATES,
        format="DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD",
    )
    side.multiselect(
        t("categories", lang),
        list(vocab.CATEGORY_KEYS),
        key=keys.W_CAT,
        format_func=lambda k: vocab.category(k).label(lang),
        placeholder="—",
    )
    side.multiselect(
        t("statuses", lang),
        list(vocab.STATUS_KEYS),
        key=keys.W_STATUS,
        format_func=lambda k: vocab.status(k).label(lang),
        placeholder="—",
    )
    side.multiselect(t("actors", lang), store.actor_options, key=keys.W_ACTOR, placeholder="—")
    territories = Locale.parse(locale(lang)).territories
    side.multiselect(
        t("countries", lang),
        store.country_options,
        key=keys.W_COUNTRY,
        format_func=lambda code: territories.get(code, code),
        placeholder="—",
    )
    side.text_input(t("text_search", lang), key=keys.W_TEXT, max_chars=200)
    if len(store.origin_options) > 1:  # uploads: each file is a source of its own
        side.multiselect(
            t("origin", lang), store.origin_options, key=keys.W_ORIGIN, placeholder="—",
            format_func=lambda o: t("origin_bundled", lang) if o == "bundled" else o.removeprefix("upload:"),
        )
    side.button(t("reset", lang), on_click=keys.reset_filters, args=((first, last),), width="stretch")


def draw_count(shown: int, total: int, lang: str) -> None:
    line = t("count_line", lang, shown=format_count(shown, lang), total=format_count(total, lang))
    st.sidebar.markdown(f"**{line}**")
