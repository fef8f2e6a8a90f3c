import datetime as dt

import pytest

from lagebild import EVENTS_CSV, query
from lagebild.query import Filters
from lagebild.store import load_events


@pytest.fixture(scope="module")
def events():
    frame, report = load_events(EVENTS_CSV)
    assert report.ok
    return frame


def test_no_filters_keeps_everything(events):
    assert len(query.apply_filters(events, Filters())) == len(events)


def test_month_precision_event_spans_its_month(events):
    feb = query.apply_filters(events, Filters(date_from=dt.date(2023, 2, 20), date_to=dt.date(2023, 2, 25)))
    assert "stoltenberg-long-term-perspective" in set(feb["id"])


def test_date_range_of_the_visit(events):
    visit = query.apply_filters(events, Filters(date_from=dt.date(2023, 4, 19), date_to=dt.date(2023, 4, 21)))
    day_events = visit[visit["date_precision"] == "day"]
    assert day_events["start"].between("2023-04-19", "2023-04-21").all()
    assert "russian-invasion-ukraine" not in set(visit["id"])


def test_category_status_country_actor_text(events):
    aid = query.apply_filters(events, Filters(categories=("aid",)))
    assert set(aid["category"]) == {"aid"} and len(aid) >= 3
    assessed = query.apply_filters(events, Filters(statuses=("assessed",)))
    assert set(assessed["status"]) == {"assessed"}
    russia = query.apply_filters(events, Filters(countries=("RU",)))
    assert set(russia["country"]) == {"RU"}
    peskov = query.apply_filters(events, Filters(actors=("Dmitry Peskov",)))
    assert len(peskov) >= 1 and all("Dmitry Peskov" in a for a in peskov["actor_list"])
    leopard = query.apply_filters(events, Filters(text="LEOPARD"))
    assert list(leopard["id"]) == ["denmark-netherlands-leopard-2a4"]


def test_filters_combine_with_and(events):
    both = query.apply_filters(events, Filters(categories=("statement",), countries=("RU",)))
    assert set(both["id"]) == {"kremlin-warns-ukraine-nato"}


def test_within_period_for_brush(events):
    brushed = query.within_period(events, dt.date(2023, 4, 21), dt.date(2023, 4, 21))
    assert {"ramstein-contact-group-meeting", "reznikov-expected-ramstein"} <= set(brushed["id"])


def test_options_and_bounds(events):
    first, last = query.date_bounds(events)
    assert first == dt.date(2022, 1, 1) and last == dt.date(2023, 7, 31)
    assert "Jens Stoltenberg" in query.actor_options(events)
    assert {"UA", "RU", "BE", "DE"} <= set(query.country_options(events))


def test_origin_filter_separates_uploads_from_bundled(events):
    from lagebild.engine import EventStore

    mixed = events.copy()
    mixed["origin"] = ["upload:mine.csv" if i < 5 else "bundled" for i in range(len(mixed))]
    uploads = query.apply_filters(mixed, Filters(origins=("upload:mine.csv",)))
    assert len(uploads) == 5
    assert len(query.apply_filters(events, Filters(origins=("bundled",)))) == len(events)  # no column: bundled
    store = EventStore.from_frame(mixed)
    assert store.origin_options == ["bundled", "upload:mine.csv"]
    assert store.count(Filters(origins=("upload:mine.csv",))) == 5
    assert store.count(Filters(origins=("bundled", "upload:mine.csv"))) == len(mixed)
