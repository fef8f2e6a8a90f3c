"""Lagebild: the page, top to bottom. Logic lives in ``lagebild``; the pieces in ``components``."""

from __future__ import annotations

import streamlit as st

from components import (
    briefing,
    details,
    draft_page,
    event_table,
    exports,
    header,
    legend_view,
    map_view,
    sidebar,
    sources,
    timeline_view,
    url_state,
)
from lagebild import EVENTS_CSV, engine, store
from lagebild.engine import EventStore
from lagebild.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

BRIEFING = st.query_params.get("view") == "briefing"
st.set_page_config(
    page_title="Lagebild", page_icon="🗺️", layout="wide", initial_sidebar_state="collapsed" if BRIEFING else "auto"
)


@st.cache_resource(show_spinner=False)
def load(path: str) -> EventStore:
    """Validated events in a query engine, built once and shared by every session (not copied)."""
    if path.endswith(".parquet"):
        return EventStore.from_parquet(path)
    events, report = store.load_events(path)
    return EventStore.from_frame(events, report)


def dashboard() -> None:
    """The situation map: load, read the URL, filter, draw."""
    # Load once (cached, shared by reruns), then read the view from the URL.
    bundled = load(str(EVENTS_CSV))
    url_view, notices = url_state.read(bundled)
    if url_view.view == "briefing":  # the URL's state as it is: no widgets on a briefing screen
        events = sources.events_for_view(bundled)[0]
        briefing.draw(events.filtered(url_view.filters, url_view.brush, limit=engine.LOD_THRESHOLD), url_view)
        return

    # Sidebar widgets drive the state; the state goes back into the URL (permalink).
    lang = sidebar.draw_language()
    sources.draw_upload(lang)
    events, source_notes = sources.events_for_view(bundled)
    sidebar.draw_filters(events, lang)
    state = url_state.state_from_widgets(events)
    url_state.write(state)

    # Count and pick what to draw; filtering and aggregation run in the engine (DuckDB).
    shown = events.count(state.filters, state.brush)
    sidebar.draw_count(shown, events.total(), lang)
    as_of = state.brush[1] if state.brush else (state.filters.date_to or events.bounds[1])
    listed = events.filtered(state.filters, state.brush, limit=engine.TABLE_ROWS, listed=True)

    # Draw.
    header.draw(lang, notices, bundled.report, EVENTS_CSV.name)
    sources.draw_pending_mapping(lang)
    sources.draw_reports(lang, source_notes)
    map_view.draw(events, state, as_of)
    legend_view.draw(lang, as_of, uploads=bool(sources.session_imports()))
    timeline_view.draw(events, state)
    left, right = st.columns([3, 2])
    with left:
        event_table.draw(listed, state, total=shown)
    with right:
        details.draw(listed, state)
    exports.draw(events, state)


# The page titles' language: this session's choice, else the permalink's (a first load of ?lang=en).
lang = st.session_state.get("lang") or st.query_params.get("lang")
lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
pages = [
    st.Page(dashboard, title=t("page_dashboard", lang), icon=":material/map:", default=True),
    st.Page(draft_page.draw, title=t("page_draft", lang), icon=":material/edit_note:", url_path="entwurf"),
]
st.navigation(pages).run()
