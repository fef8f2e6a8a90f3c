"""The timeline (Altair). Brushing an interval narrows map and list."""

from __future__ import annotations

import streamlit as st

from lagebild import engine
from lagebild.engine import EventStore
from lagebild.i18n import format_day_range, t
from lagebild.state import PageState
from lagebild.timeline import brush_from_selection, timeline_chart, timeline_counts_chart

from . import url_state as keys

TIMELINE_KEY = "timeline"


def _on_brush() -> None:
    st.session_state[keys.BRUSH] = brush_from_selection(st.session_state[TIMELINE_KEY])


def _clear_brush() -> None:
    st.session_state[keys.BRUSH] = None


def draw(store: EventStore, state: PageState) -> None:
    """Each event in lanes for a few events; stacked counts per day/week/month for many.

    Either way the interval selection is called ``brush``, so brushing narrows map and list.
    """
    lang, filters = state.lang, state.filters
    st.subheader(t("timeline", lang))
    count = store.count(filters)
    if count == 0:
        st.info(t("no_events", lang))
        return
    period = (filters.date_from, filters.date_to)
    if engine.map_mode(count) == "markers":
        chart = timeline_chart(store.filtered(filters), lang, state.event, state.brush, period=period)
    else:
        first, last = filters.date_from or store.bounds[0], filters.date_to or store.bounds[1]
        step = engine.bin_for(first, last)
        chart = timeline_counts_chart(store.timeline_counts(filters, None, step), lang, state.brush, bin=step)
    st.altair_chart(chart, key=TIMELINE_KEY, on_select=_on_brush, selection_mode="brush", width="stretch")
    if not state.brush:
        st.caption(t("timeline_help", lang))
        return
    left, right = st.columns([3, 1])
    left.caption(t("brushed", lang, period=format_day_range(*state.brush, lang)))
    right.button(t("clear_brush", lang), on_click=_clear_brush, width="stretch")
    brushed = store.count(filters, state.brush)
    if 0 < brushed <= engine.LOD_THRESHOLD and engine.map_mode(count) == "markers":
        closeup = timeline_chart(store.filtered(filters, state.brush), lang, state.event, interactive=False,
                                 period=state.brush)
        st.altair_chart(closeup, key="timeline-closeup")
