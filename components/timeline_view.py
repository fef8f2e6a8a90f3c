"""The timeline (Altair). Brushing an interval narrows map and list."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lagebild.i18n import format_day_range, t
from lagebild.state import PageState
from lagebild.timeline import brush_from_selection, timeline_chart

from . import url_state as keys

TIMELINE_KEY = "timeline"


def _on_brush() -> None:
    st.session_state[keys.BRUSH] = brush_from_selection(st.session_state[TIMELINE_KEY])


def _clear_brush() -> None:
    st.session_state[keys.BRUSH] = None


def draw(events: pd.DataFrame, state: PageState, brushed: pd.DataFrame | None = None) -> None:
    """The timeline of ``events``; with a brush, a close-up of the ``brushed`` events below it."""
    lang = state.lang
    st.subheader(t("timeline", lang))
    if events.empty:
        st.info(t("no_events", lang))
        return
    period = (state.filters.date_from, state.filters.date_to)
    chart = timeline_chart(events, lang, state.event, state.brush, period=period)
    st.altair_chart(chart, key=TIMELINE_KEY, on_select=_on_brush, selection_mode="brush", width="stretch")
    if state.brush:
        left, right = st.columns([3, 1])
        left.caption(t("brushed", lang, period=format_day_range(*state.brush, lang)))
        right.button(t("clear_brush", lang), on_click=_clear_brush, width="stretch")
        if brushed is not None and not brushed.empty:
            closeup = timeline_chart(brushed, lang, state.event, interactive=False, period=state.brush)
            st.altair_chart(closeup, key="timeline-closeup")
    else:
        st.caption(t("timeline_help", lang))
