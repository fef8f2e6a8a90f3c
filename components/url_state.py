"""Keeps widgets, session and the URL (``st.query_params``) in step via ``lagebild.state``."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st

from lagebild.engine import EventStore
from lagebild.query import Filters
from lagebild.state import Known, PageState, parse_params, to_params

W_LANG, W_DATES, W_CAT, W_STATUS = "w_lang", "w_dates", "w_cat", "w_status"
W_ACTOR, W_COUNTRY, W_TEXT, W_EVENT = "w_actor", "w_country", "w_q", "w_event"
BRUSH, VIEW, TITLE, W_ORIGIN = "brush", "view", "w_title", "w_origin"
_APPLIED = "_applied_params"


def known_values(store: EventStore) -> Known:
    return Known(
        ids=store.ids,
        actors=frozenset(store.actor_options),
        countries=frozenset(store.country_options),
        origins=frozenset(store.origin_options),
    )


def read(store: EventStore) -> tuple[PageState, list[str]]:
    """The state in the URL; seeds the widgets when the URL changed from outside (load, edit, back)."""
    params = st.query_params.to_dict()
    state, notices = parse_params(params, known_values(store))
    # Back from another page: the dashboard's widgets were cleared; seed them again, keeping the language.
    returning = _APPLIED in st.session_state and W_LANG not in st.session_state
    if returning and "lang" not in params:
        state = replace(state, lang=st.session_state.get("lang", state.lang))
    if st.session_state.get(_APPLIED) != params or returning:
        # A session's first run may carry widget values from the browser (a reconnect after a
        # server restart): those are newer than the URL and are kept.
        seed_widgets(state, store, keep_browser_values=_APPLIED not in st.session_state)
        st.session_state[_APPLIED] = params
    return state, notices


def seed_widgets(state: PageState, store: EventStore, keep_browser_values: bool = False) -> None:
    f = state.filters
    first, last = store.bounds
    values = {
        W_LANG: state.lang,
        W_DATES: (f.date_from or first, f.date_to or last),
        W_CAT: list(f.categories),
        W_STATUS: list(f.statuses),
        W_ACTOR: list(f.actors),
        W_COUNTRY: list(f.countries),
        W_TEXT: f.text,
        W_ORIGIN: list(f.origins),
        W_EVENT: state.event,
        BRUSH: state.brush,
        VIEW: state.view,
        TITLE: state.title,
    }
    kept = _values_from_browser() if keep_browser_values else set()
    for key, value in values.items():
        if key not in kept:
            st.session_state[key] = value


def _values_from_browser() -> set[str]:
    """Keys of the widget values the browser sent with a session's first run.

    After a server restart the reconnected page's first run carries the user's latest
    change (say a search typed just now). Those values wait under their widget ids
    until each widget runs; ``key in st.session_state`` cannot see them yet, so seeding
    from the (older) URL would overwrite them. Streamlit has no public API for them:
    this reads its session state (pinned version; tests/browser/test_fault.py covers it).
    """
    from streamlit.runtime.state.common import is_keyed_element_id, user_key_from_element_id
    from streamlit.runtime.state.session_state_proxy import get_session_state

    pending = get_session_state()._state._new_widget_state.keys()
    return {user_key_from_element_id(wid) for wid in pending if is_keyed_element_id(wid)} - {None}


def reset_filters(bounds: tuple[dt.date, dt.date]) -> None:
    """Back to all events; language and view stay."""
    for key in (W_CAT, W_STATUS, W_ACTOR, W_COUNTRY):
        st.session_state[key] = []
    st.session_state[W_TEXT] = ""
    st.session_state[W_ORIGIN] = []
    st.session_state[BRUSH] = None
    st.session_state[W_EVENT] = None
    st.session_state[W_DATES] = bounds


def state_from_widgets(store: EventStore) -> PageState:
    first, last = store.bounds
    dates = st.session_state.get(W_DATES) or (first, last)
    if isinstance(dates, dt.date):  # a range being picked: one end so far
        dates = (dates,)
    date_from = dates[0] if len(dates) > 0 and dates[0] != first else None
    date_to = dates[1] if len(dates) > 1 and dates[1] != last else None
    filters = Filters(
        date_from=date_from,
        date_to=date_to,
        categories=tuple(st.session_state.get(W_CAT, [])),
        statuses=tuple(st.session_state.get(W_STATUS, [])),
        actors=tuple(st.session_state.get(W_ACTOR, [])),
        countries=tuple(st.session_state.get(W_COUNTRY, [])),
        text=st.session_state.get(W_TEXT, "") or "",
        origins=tuple(o for o in st.session_state.get(W_ORIGIN, []) if o in store.origin_options),
    )
    brush: tuple[dt.date, dt.date] | None = st.session_state.get(BRUSH)
    return PageState(
        filters=filters,
        brush=brush,
        event=st.session_state.get(W_EVENT),
        lang=st.session_state.get(W_LANG) or st.session_state.get("lang") or "de",
        view=st.session_state.get(VIEW, "dashboard"),
        title=(st.session_state.get(TITLE) or "").strip(),
    )


def write(state: PageState) -> None:
    """Put ``state`` into the URL, so the address is always a permalink to this view."""
    params = to_params(state)
    st.session_state["lang"] = state.lang  # for pages without the language widget
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)
    st.session_state[_APPLIED] = params
