"""The situation map (pydeck). The view is kept per session so filtering never resets a pan or zoom."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from lagebild import engine, layers
from lagebild.engine import EventStore
from lagebild.i18n import format_count, t
from lagebild.state import PageState

from . import url_state as keys

MAP_KEY = "map"
_VIEW = "_map_view"


def _frame_again(events: pd.DataFrame) -> None:
    st.session_state[_VIEW] = layers.frame_view(events)
    st.session_state["_map_generation"] = st.session_state.get("_map_generation", 0) + 1


def _on_map_select() -> None:
    objects = st.session_state[_chart_key()].selection.get("objects", {})
    picked = objects.get("events") or []
    if picked:
        st.session_state[keys.W_EVENT] = picked[0]["id"]


def _chart_key() -> str:
    # A new key only when the user asks to re-frame; otherwise stable, so deck.gl keeps its view.
    return f"{MAP_KEY}-{st.session_state.get('_map_generation', 0)}"


def draw(store: EventStore, state: PageState, as_of: dt.date) -> None:
    """Markers for a few events; above ``LOD_THRESHOLD``, counts per grid cell computed in SQL."""
    lang, filters, brush = state.lang, state.filters, state.brush
    count = store.count(filters, brush)
    markers = engine.map_mode(count) == "markers"
    events = store.filtered(filters, brush) if markers else None
    if _VIEW not in st.session_state:
        st.session_state[_VIEW] = layers.frame_view(events if markers else store.aggregate_grid(filters, brush))
    view = st.session_state[_VIEW]
    if markers:
        deck = layers.build_deck(events, lang, as_of, view, state.event)
        caption = t("mode_markers", lang)
    else:
        cells = store.aggregate_grid(filters, brush, zoom=view.zoom)
        deck = layers.build_aggregate_deck(cells, lang, as_of, view)
        caption = t("mode_aggregated", lang, n=format_count(count, lang), cells=format_count(len(cells), lang))
    st.pydeck_chart(deck, key=_chart_key(), on_select=_on_map_select, selection_mode="single-object", height=540)
    left, right = st.columns([3, 1])
    outside = layers.outside_view(events, view) if markers else []
    left.caption(caption + (" · " + t("out_of_view", lang, places=", ".join(outside)) if outside else ""))
    right.button(t("reframe", lang), on_click=_frame_again, args=(events if markers else cells,), width="stretch")
