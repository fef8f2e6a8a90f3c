import datetime as dt

import pandas as pd
import pytest

from lagebild import EVENTS_CSV
from lagebild.store import load_events
from lagebild.timeline import brush_from_selection, month_label_expr, timeline_chart, timeline_rows


@pytest.fixture(scope="module")
def events():
    frame, _ = load_events(EVENTS_CSV)
    return frame


def test_coarse_dates_are_spans_over_their_period(events):
    rows = timeline_rows(events, "de").set_index("id")
    feb = rows.loc["stoltenberg-long-term-perspective"]
    assert feb["span"] and feb["start"] == pd.Timestamp("2023-02-01") and feb["stop"] == pd.Timestamp("2023-03-01")
    year = rows.loc["ukraine-applies-accelerated-membership"]
    assert year["span"] and year["stop"] == pd.Timestamp("2023-01-01")
    day = rows.loc["stoltenberg-arrives-kyiv"]
    assert not day["span"] and day["date"] == "20. April 2023"


def test_lanes_are_categories_in_the_language(events):
    assert set(timeline_rows(events, "en")["lane"]) >= {"Visit / travel", "Meeting", "Aid"}
    assert set(timeline_rows(events, "de")["lane"]) >= {"Besuch / Reise", "Treffen", "Hilfe"}


def test_overlapping_events_get_separate_slots(events):
    rows = timeline_rows(events, "de")
    visits = rows[(rows["lane"] == "Besuch / Reise") & (rows["start"] == pd.Timestamp("2023-04-20"))]
    assert len(visits) >= 2 and visits["slot"].is_unique


def test_status_drawn_as_on_the_map(events):
    rows = timeline_rows(events, "de").set_index("id")
    assert rows.loc["stoltenberg-expected-ramstein", "fill"] == "#ffffff"  # expected → hollow
    assert rows.loc["uk-intel-russian-restructuring", "dashed"]  # assessed
    assert rows.loc["stoltenberg-arrives-kyiv", "fill"] != "#ffffff"


def test_chart_has_brush_and_localised_axis(events):
    spec = timeline_chart(events, "de").to_dict()
    assert [p["name"] for p in spec["params"]] == ["brush"]
    assert "'Mär'" in month_label_expr("de") or "'März'" in month_label_expr("de")
    assert "'Mar'" in month_label_expr("en")


def test_brush_value_restored_from_state(events):
    spec = timeline_chart(events, "de", brush=(dt.date(2023, 4, 18), dt.date(2023, 4, 21))).to_dict()
    assert spec["params"][0]["value"]["x"][0].startswith("2023-04-18")


@pytest.mark.parametrize(
    "selection",
    [
        {"selection": {"brush": {"start": [1681776000000, 1682035200000]}}},
        {"selection": {"brush": {"start": ["2023-04-18T00:00:00", "2023-04-21T00:00:00"]}}},
    ],
)
def test_brush_from_streamlit_selection(selection):
    assert brush_from_selection(selection) == (dt.date(2023, 4, 18), dt.date(2023, 4, 21))


def test_empty_selection_is_no_brush():
    assert brush_from_selection({"selection": {"brush": {}}}) is None
    assert brush_from_selection(None) is None


def test_selected_event_is_ringed(events):
    rows = timeline_rows(events, "de", selected="stoltenberg-arrives-kyiv")
    assert rows.loc[rows["selected"], "id"].tolist() == ["stoltenberg-arrives-kyiv"]
    spec = timeline_chart(events, "de", selected="stoltenberg-arrives-kyiv").to_dict()
    assert any(
        layer.get("transform") == [{"filter": "datum.selected"}] and layer["mark"]["size"] > 200
        for layer in spec["layer"]
    )


def test_date_filter_limits_the_axis(events):
    from lagebild.timeline import time_domain

    rows = timeline_rows(events, "de")
    first, last = time_domain(rows, (dt.date(2023, 4, 19), dt.date(2023, 4, 21)))
    assert "2023-04-18" < first < "2023-04-19T00:00" and "2023-04-22" <= last < "2023-04-23"
    everything = time_domain(rows)
    assert everything[0] < "2022-01-01" and everything[1] > "2023-07-31"


def test_short_axes_tick_whole_days():
    from lagebild.timeline import tick_count

    assert tick_count(["2023-02-22T12:00", "2023-02-26T12:00"]) == {"interval": "day", "step": 1}
    assert tick_count(["2022-01-01", "2023-07-31"]) == 8
