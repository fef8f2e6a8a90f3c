"""The briefing view (``?view=briefing``): the filtered state laid out for a 16:9 screen, no widgets.

It draws from the same functions as the dashboard (map layers, timeline, legend) and the
briefing image (title, filters in words, source line), so the three never disagree.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from lagebild import brief, layers, query
from lagebild.i18n import t
from lagebild.legend import legend_chart
from lagebild.state import PageState
from lagebild.text import plain
from lagebild.timeline import timeline_chart


def _back() -> None:
    st.query_params.pop("view", None)


def draw(events: pd.DataFrame, state: PageState) -> None:
    lang, filters = state.lang, state.filters
    shown = query.apply_filters(events, filters)
    if state.brush:
        shown = query.within_period(shown, *state.brush)
    title = state.title or brief.default_title(filters, shown, lang)
    st.markdown(f"## {plain(title)}")
    st.caption(plain(brief.filters_in_words(filters, shown, lang)))
    if shown.empty:
        st.info(t("no_events", lang))
    else:
        as_of = brief.period_of(filters, shown)[1]
        left, right = st.columns([3, 2], vertical_alignment="top")
        with left:
            view = layers.frame_view(shown, size=(1100, 560))
            st.pydeck_chart(layers.build_deck(shown, lang, as_of, view), height=560, key="briefing-map")
        with right:
            period = state.brush or (filters.date_from, filters.date_to)
            st.altair_chart(timeline_chart(shown, lang, interactive=False, period=period), key="briefing-timeline")
        present = sorted(set(shown["category"]))
        legend = legend_chart(lang, as_of, width=1500, font_size=13, categories=present)
        st.altair_chart(legend, theme=None, key="briefing-legend")
    st.caption(plain(f"{brief.source_line(shown, lang)} · {brief.dating_line(shown, lang, dt.date.today())}"))
    st.button(t("back_to_dashboard", lang), on_click=_back, type="tertiary")
