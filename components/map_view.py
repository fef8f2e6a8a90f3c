"""The situation map (pydeck). The view is kept per session so filtering never resets a pan or zoom."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lagebild import layers
from lagebild.i18n import t
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


def draw(events: pd.DataFrame, state: PageState, as_of) -> None:
    lang = state.lang
    if _VIEW not in st.session_state:
        st.session_state[_VIEW] = layers.frame_view(events)
    deck = layers.build_deck(events, lang, as_of, st.session_state[_VIEW], state.event)
    st.pydeck_chart(deck, key=_chart_key(), on_select=_on_map_select, selection_mode="single-object", height=540)
    outside = layers.outside_view(events, st.session_state[_VIEW])
    left, right = st.columns([3, 1])
    if outside:
        left.caption(t("out_of_view", lang, places=", ".join(outside)))
    right.button(t("reframe", lang), on_click=_frame_again, args=(events,), width="stretch")
