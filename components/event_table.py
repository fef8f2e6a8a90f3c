"""The filtered events as a table; clicking a row selects the event."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lagebild import query, vocab
from lagebild.i18n import date_labels, format_count, t
from lagebild.state import PageState

from . import url_state as keys

TABLE_KEY = "event_table"


def table_frame(events: pd.DataFrame, lang: str) -> pd.DataFrame:
    ordered = query.sort_for_list(events)
    return pd.DataFrame(
        {
            t("col_date", lang): date_labels(ordered, lang),
            t("col_title", lang): ordered[f"title_{lang}"].astype(str).to_numpy(),
            t("col_place", lang): ordered["place"].astype(str).to_numpy(),
            t("col_category", lang): [vocab.category(k).label(lang) for k in ordered["category"]],
            t("col_status", lang): [vocab.status(k).label(lang) for k in ordered["status"]],
        },
        index=ordered["id"].astype(str).to_numpy(),
    )


def draw(events: pd.DataFrame, state: PageState, total: int | None = None) -> None:
    """The table of ``events`` (the first rows in list order when ``total`` says there are more)."""
    lang = state.lang
    st.subheader(t("events", lang))
    if events.empty:
        st.info(t("no_events", lang))
        return
    if total is not None and total > len(events):
        st.caption(t("table_first", lang, shown=format_count(len(events), lang), total=format_count(total, lang)))
    frame = table_frame(events, lang)

    def on_select() -> None:
        rows = st.session_state[TABLE_KEY].selection.rows
        if rows:
            st.session_state[keys.W_EVENT] = frame.index[rows[0]]

    st.dataframe(
        frame,
        hide_index=True,
        on_select=on_select,
        selection_mode="single-row",
        key=TABLE_KEY,
        height=min(420, 38 + 35 * len(frame)),
    )
