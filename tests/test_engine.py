"""EventStore (DuckDB) against the pandas filters; aggregation, level of detail and payload bounds."""

from __future__ import annotations

import datetime as dt
import json
import random

import pandas as pd
import pytest

from lagebild import EVENTS_CSV, engine, layers, query, store, synthetic, timeline
from lagebild.bulk import acled_events, validate_frame
from lagebild.engine import EventStore
from lagebild.query import Filters

PAYLOAD_BOUND = 2_000_000
PAYLOAD_EVENTS = 1_000_000  # the bound is for a 1M-event page; building it takes ~30 s here


@pytest.fixture(scope="module")
def bundled() -> tuple[pd.DataFrame, EventStore]:
    events, report = store.load_events(EVENTS_CSV)
    assert report.ok
    return events, EventStore.from_frame(events)


@pytest.fixture(scope="module")
def acled() -> tuple[pd.DataFrame, EventStore]:
    report = validate_frame(acled_events(synthetic.synthetic_acled(6_000)))
    assert report.ok, report.summary()[:500]
    events = engine.enrich_fast(report.events)
    return events, EventStore.from_frame(events)


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> EventStore:
    path = tmp_path_factory.mktemp("scale") / "acled.parquet"
    synthetic.write_synthetic_acled_parquet(path, PAYLOAD_EVENTS)
    return EventStore.from_parquet(path)


def _ids(frame: pd.DataFrame) -> list[str]:
    return sorted(frame["id"].astype(str))


def _random_filters(rng: random.Random, events: pd.DataFrame, actors: list[str], first: dt.date, last: dt.date):
    span = (last - first).days
    pick = lambda pool, k: tuple(rng.sample(pool, k=min(k, len(pool))))  # noqa: E731
    start = first + dt.timedelta(days=rng.randrange(span + 1))
    words = " ".join(str(events["title_de"].iloc[rng.randrange(len(events))]).split()[:2])
    return Filters(
        date_from=start if rng.random() < 0.5 else None,
        date_to=start + dt.timedelta(days=rng.randrange(400)) if rng.random() < 0.5 else None,
        categories=pick(["visit", "aid", "military", "war", "statement", "meeting"], rng.randrange(3)),
        statuses=pick(["occurred", "announced", "planned", "assessed"], rng.randrange(2)),
        actors=pick(actors, rng.randrange(3)),
        countries=pick(sorted(set(events["country"].dropna())), rng.randrange(2)),
        text=rng.choice(["", "", words.upper(), words[-4:], "KIEW", "ß", "  bakhmut "]),
    )


@pytest.mark.parametrize("data", ["bundled", "acled"])
def test_random_filters_select_the_same_events_as_pandas(data, request):
    events, engine_store = request.getfixturevalue(data)
    rng = random.Random(4)
    first, last = query.date_bounds(events)
    actors = query.actor_options(events)
    for _ in range(40):
        filters = _random_filters(rng, events, actors, first, last)
        brush = None
        if rng.random() < 0.3:
            day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
            brush = (day, day + dt.timedelta(days=rng.randrange(60)))
        expected = query.apply_filters(events, filters)
        if brush:
            expected = query.within_period(expected, *brush)
        assert _ids(engine_store.filtered(filters, brush)) == _ids(expected), filters
        assert engine_store.count(filters, brush) == len(expected)


def test_text_search_folds_case_like_python(bundled):
    events, engine_store = bundled
    for needle in ("STOLTENBERG", "kiew", "Straße", "STRASSE"):
        filters = Filters(text=needle)
        assert _ids(engine_store.filtered(filters)) == _ids(query.apply_filters(events, filters))
    ß = events.copy()
    ß.loc[0, "title_de"] = "Großes Treffen"
    assert EventStore.from_frame(ß).count(Filters(text="GROSSES")) == 1  # casefold: ß → ss


def test_options_and_bounds_equal_the_pandas_helpers(bundled, acled):
    for events, engine_store in (bundled, acled):
        assert engine_store.bounds == query.date_bounds(events)
        assert engine_store.actor_options == query.actor_options(events)
        assert engine_store.country_options == query.country_options(events)


def test_listed_rows_are_the_first_of_the_sorted_list(acled):
    events, engine_store = acled
    filters = Filters(categories=("military",))
    expected = query.sort_for_list(query.apply_filters(events, filters))["id"].head(engine.TABLE_ROWS)
    got = engine_store.filtered(filters, limit=engine.TABLE_ROWS, listed=True)["id"]
    assert list(got) == list(expected)
    kyiv = Filters(text="kyiv")
    pd.testing.assert_frame_equal(engine_store.filtered(kyiv), query.apply_filters(events, kyiv))


def test_grid_counts_add_up_to_the_raw_counts(acled):
    events, engine_store = acled
    for filters in (Filters(), Filters(categories=("war",)), Filters(text="shelling", date_from=dt.date(2023, 1, 1))):
        for zoom in (3, 6, 9):
            cells = engine_store.aggregate_grid(filters, zoom=zoom)
            assert cells["count"].sum() == len(query.apply_filters(events, filters))
            assert (cells["top_count"] <= cells["count"]).all()
            assert len(cells) <= engine.MAX_CELLS


def test_grid_cell_top_category_is_the_most_frequent(acled):
    events, engine_store = acled
    cells = engine_store.aggregate_grid(Filters(), cell_deg=2.0)
    busiest = cells.iloc[0]
    inside = events[(events["lon"] // 2.0 == busiest["lon"] // 2.0) & (events["lat"] // 2.0 == busiest["lat"] // 2.0)]
    assert len(inside) == busiest["count"]
    assert inside["category"].value_counts().idxmax() == busiest["top_category"]


def test_timeline_counts_add_up_per_bin(acled):
    events, engine_store = acled
    for bin_name in engine.TIMELINE_BINS:
        counts = engine_store.timeline_counts(Filters(statuses=("occurred",)), bin=bin_name)
        assert counts["count"].sum() == len(events)
    week = engine_store.timeline_counts(bin="week")
    assert (week["bin_start"].dt.day_of_week == 0).all()
    day = engine_store.timeline_counts(bin="day")
    expected = events.groupby([events["period_start"], "category"]).size()
    got = dict(zip(zip(day["bin_start"], day["category"], strict=True), day["count"], strict=True))
    assert got == expected.to_dict()
    with pytest.raises(ValueError, match="bin must be one of"):
        engine_store.timeline_counts(bin="hour")


def test_mode_switches_at_the_threshold(acled):
    events, engine_store = acled
    assert engine.map_mode(engine.LOD_THRESHOLD) == "markers"
    assert engine.map_mode(engine.LOD_THRESHOLD + 1) == "aggregated"
    narrow = Filters(date_from=dt.date(2023, 3, 1), date_to=dt.date(2023, 3, 31))
    assert engine.map_mode(engine_store.count()) == "aggregated"
    assert engine.map_mode(engine_store.count(narrow)) == "markers"  # narrowing drills down to markers


def test_bin_for_keeps_bars_few():
    assert engine.bin_for(dt.date(2023, 1, 1), dt.date(2023, 3, 1)) == "day"
    assert engine.bin_for(dt.date(2022, 1, 1), dt.date(2024, 12, 31)) == "week"
    assert engine.bin_for(dt.date(2015, 1, 1), dt.date(2024, 12, 31)) == "month"


def test_payload_of_a_large_aggregated_page_stays_bounded(big):
    assert big.total() == PAYLOAD_EVENTS
    first, last = big.bounds
    for zoom in (4.0, 6.5, 9.0):
        cells = big.aggregate_grid(zoom=zoom)
        view = layers.pdk.ViewState(latitude=48.5, longitude=33.0, zoom=zoom)
        deck_json = layers.build_aggregate_deck(cells, "de", last, view).to_json()
        assert cells["count"].sum() == PAYLOAD_EVENTS
        assert len(deck_json.encode()) <= PAYLOAD_BOUND
    bin_name = engine.bin_for(first, last)
    chart = timeline.timeline_counts_chart(big.timeline_counts(bin=bin_name), "de", bin=bin_name)
    spec = json.dumps(chart.to_dict())
    assert len(spec.encode()) <= PAYLOAD_BOUND
    table = big.filtered(limit=engine.TABLE_ROWS, listed=True)
    assert len(table) == engine.TABLE_ROWS


def test_markers_at_the_threshold_stay_bounded(acled):
    events, _ = acled
    shown = events.head(engine.LOD_THRESHOLD)
    view = layers.frame_view(shown)
    deck_json = layers.build_deck(shown, "de", dt.date(2024, 1, 1), view).to_json()
    assert len(deck_json.encode()) <= PAYLOAD_BOUND


def test_brush_on_counts_chart_keeps_the_name_brush(acled):
    _, engine_store = acled
    brush = (dt.date(2023, 1, 1), dt.date(2023, 2, 1))
    spec = timeline.timeline_counts_chart(engine_store.timeline_counts(bin="week"), "en", brush, bin="week").to_dict()
    params = spec.get("params") or []
    assert any(p["name"] == timeline.BRUSH for p in params)
