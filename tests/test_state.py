import datetime as dt

import pytest

from lagebild.query import Filters
from lagebild.state import Known, PageState, parse_params, to_params

KNOWN = Known(
    ids=frozenset({"stoltenberg-arrives-kyiv"}),
    actors=frozenset({"NATO", "Jens Stoltenberg"}),
    countries=frozenset({"UA", "RU"}),
)


def test_round_trip():
    state = PageState(
        filters=Filters(
            dt.date(2023, 4, 1), dt.date(2023, 4, 30), ("visit", "aid"), ("planned",), ("NATO",), ("UA",), "Kiew"
        ),
        brush=(dt.date(2023, 4, 18), dt.date(2023, 4, 21)),
        event="stoltenberg-arrives-kyiv",
        lang="en",
        view="briefing",
        title="Mein Titel",
    )
    params = to_params(state)
    parsed, notices = parse_params(params, KNOWN)
    assert notices == []
    assert parsed == state


def test_defaults_make_an_empty_url():
    assert to_params(PageState()) == {}
    assert parse_params({}, KNOWN) == (PageState(), [])


@pytest.mark.parametrize(
    "params",
    [
        {"cat": "visit,parade"},
        {"status": "rumoured"},
        {"from": "2023-02-31"},
        {"to": "yesterday"},
        {"from": "2023-05-01", "to": "2023-04-01"},
        {"lang": "fr"},
        {"event": "no-such-event"},
        {"actor": "Somebody"},
        {"view": "<script>"},
        {"brush": "2023-04-21..2023-04-01"},
        {"q": "x" * 10_000},
    ],
)
def test_hostile_params_fall_back_with_a_notice(params):
    state, notices = parse_params(params, KNOWN)
    assert notices, params
    assert state.lang in ("de", "en")
    assert "parade" not in state.filters.categories
    assert len(state.filters.text) <= 500


def test_partly_valid_list_keeps_valid_values():
    state, notices = parse_params({"cat": "visit,parade"}, KNOWN)
    assert state.filters.categories == ("visit",)
    assert "parade" in notices[0]


def test_source_filter_round_trips_and_rejects_unknown_sources():
    known = Known(origins=frozenset({"bundled", "upload:a.csv"}))
    state, notices = parse_params({"src": "upload:a.csv"}, known)
    assert state.filters.origins == ("upload:a.csv",) and notices == []
    assert to_params(state) == {"src": "upload:a.csv"}
    state, notices = parse_params({"src": "upload:gone.csv"}, known)
    assert state.filters.origins == () and notices
