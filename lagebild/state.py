"""The page state and its URL form (``st.query_params``).

Everything a user sees is determined by :class:`PageState`, and the state is
fully carried by the query parameters, so a URL is a permalink. Parsing never
raises: each invalid or hostile value falls back to its default and yields a
notice the page shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from . import vocab
from .i18n import DEFAULT_LANGUAGE, LANGUAGES
from .query import Filters

MAX_PARAM_LENGTH = 500
LIST_SEP = ","
VIEWS = ("dashboard", "briefing")


@dataclass(frozen=True)
class Known:
    """Values that exist in the loaded data, against which parameters are checked."""

    ids: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    origins: frozenset[str] = frozenset({"bundled"})


@dataclass(frozen=True)
class PageState:
    filters: Filters = field(default_factory=Filters)
    brush: tuple[dt.date, dt.date] | None = None
    event: str | None = None
    lang: str = DEFAULT_LANGUAGE
    view: str = "dashboard"
    title: str = ""


def _parse_date(value: str) -> dt.date:
    return dt.date.fromisoformat(value.strip())


def _parse_list(value: str, allowed: frozenset[str] | tuple[str, ...], name: str, notices: list[str]):
    items = tuple(dict.fromkeys(v.strip() for v in value.split(LIST_SEP) if v.strip()))
    unknown = [v for v in items if v not in allowed]
    if unknown:
        notices.append(f"{name}: unknown value(s) {', '.join(repr(v[:40]) for v in unknown[:3])}")
    return tuple(v for v in items if v in allowed)


def parse_params(params: Mapping[str, str], known: Known) -> tuple[PageState, list[str]]:
    """Read a :class:`PageState` from query parameters; return it and notices for what was ignored."""
    notices: list[str] = []
    values: dict[str, str] = {}
    for key, value in params.items():
        if not isinstance(value, str):
            value = str(value)
        if len(value) > MAX_PARAM_LENGTH:
            notices.append(f"{key}: value too long ({len(value)} characters)")
            continue
        values[key] = value

    lang = values.get("lang", DEFAULT_LANGUAGE)
    if lang not in LANGUAGES:
        notices.append(f"lang: unknown language {lang[:20]!r}")
        lang = DEFAULT_LANGUAGE

    dates: dict[str, dt.date | None] = {"from": None, "to": None}
    for key in dates:
        if key in values:
            try:
                dates[key] = _parse_date(values[key])
            except ValueError:
                notices.append(f"{key}: not a valid date {values[key][:20]!r}")
    if dates["from"] and dates["to"] and dates["from"] > dates["to"]:
        notices.append("from/to: the start is after the end")
        dates = {"from": None, "to": None}

    brush = None
    if "brush" in values:
        try:
            first, last = (_parse_date(v) for v in values["brush"].split("..", 1))
            brush = (first, last) if first <= last else None
            if brush is None:
                notices.append("brush: the start is after the end")
        except ValueError:
            notices.append(f"brush: not a date range {values['brush'][:30]!r}")

    filters = Filters(
        date_from=dates["from"],
        date_to=dates["to"],
        categories=_parse_list(values.get("cat", ""), vocab.CATEGORY_KEYS, "cat", notices),
        statuses=_parse_list(values.get("status", ""), vocab.STATUS_KEYS, "status", notices),
        actors=_parse_list(values.get("actor", ""), known.actors, "actor", notices),
        countries=_parse_list(values.get("country", ""), known.countries, "country", notices),
        text=values.get("q", ""),
        origins=_parse_list(values.get("src", ""), known.origins, "src", notices),
    )

    event = values.get("event") or None
    if event is not None and event not in known.ids:
        notices.append(f"event: unknown event {event[:40]!r}")
        event = None

    view = values.get("view", "dashboard")
    if view not in VIEWS:
        notices.append(f"view: unknown view {view[:20]!r}")
        view = "dashboard"

    state = PageState(filters, brush, event, lang, view, values.get("title", "").strip())
    return state, notices


def to_params(state: PageState) -> dict[str, str]:
    """The query parameters for ``state``: only what differs from the defaults, in a stable order."""
    f = state.filters
    params = {
        "lang": state.lang if state.lang != DEFAULT_LANGUAGE else "",
        "view": state.view if state.view != "dashboard" else "",
        "from": f.date_from.isoformat() if f.date_from else "",
        "to": f.date_to.isoformat() if f.date_to else "",
        "cat": LIST_SEP.join(f.categories),
        "status": LIST_SEP.join(f.statuses),
        "actor": LIST_SEP.join(f.actors),
        "country": LIST_SEP.join(f.countries),
        "q": f.text,
        "src": LIST_SEP.join(f.origins),
        "brush": f"{state.brush[0].isoformat()}..{state.brush[1].isoformat()}" if state.brush else "",
        "event": state.event or "",
        "title": state.title,
    }
    return {key: value for key, value in params.items() if value}


def with_filters(state: PageState, **changes: object) -> PageState:
    """A copy of ``state`` with some filter fields changed."""
    return replace(state, filters=replace(state.filters, **changes))
