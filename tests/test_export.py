"""CSV and GeoJSON exports: exact round trip, formula neutralisation, valid GeoJSON."""

from __future__ import annotations

import csv
import io
import json

import geojson
import pandas as pd
import pytest

from lagebild.export import FREE_TEXT_COLUMNS, neutralise_formula, to_csv, to_geojson
from lagebild.schema import COLUMNS, unquote_formula, validate_csv
from lagebild.store import load_events

HYPERLINK = '=HYPERLINK("http://x","y")'


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    frame, report = load_events()
    assert report.ok
    return frame


def _cells(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _round_trip(events: pd.DataFrame) -> pd.DataFrame:
    report = validate_csv(to_csv(events))
    assert report.ok, report.summary()
    return report.events


def _with_title(events: pd.DataFrame, title: str) -> pd.DataFrame:
    frame = events.head(2).copy()
    frame.loc[frame.index[0], "title_en"] = title
    return frame


def test_round_trip_of_bundled_events_is_exact(events):
    pd.testing.assert_frame_equal(_round_trip(events), events[list(COLUMNS)].reset_index(drop=True))


def test_csv_has_schema_columns_iso_dates_and_empty_missing(events):
    data = to_csv(events)
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header == ",".join(COLUMNS)
    row = next(r for r in _cells(data) if r["id"] == "ukraine-applies-accelerated-membership")
    assert row["start"] == "2022-01-01" and row["source_date"] == "2023-04-20"
    assert row["end"] == "" and row["amount"] == "" and row["quantity"] == ""


def test_filtered_subset_round_trips(events):
    subset = events[events["category"].eq("aid")]
    pd.testing.assert_frame_equal(_round_trip(subset), subset[list(COLUMNS)].reset_index(drop=True))


@pytest.mark.parametrize("title", [HYPERLINK, "+1+2", "-5 degrees at the front", "@SUM(A1:A9)", "'=already quoted"])
def test_formula_like_title_is_neutralised_and_round_trips(events, title):
    frame = _with_title(events, title)
    cell = _cells(to_csv(frame))[0]["title_en"]
    assert cell == "'" + title
    assert _round_trip(frame)["title_en"].iloc[0] == title


@pytest.mark.parametrize("lead", ["\t", "\r"])
def test_tab_and_cr_at_start_are_neutralised(events, lead):
    title = lead + "=1+1"
    cell = _cells(to_csv(_with_title(events, title)))[0]["title_en"]
    assert cell == "'" + title
    # The schema strips surrounding whitespace from every text, so the tab/CR does not come back.
    assert _round_trip(_with_title(events, title))["title_en"].iloc[0] == "=1+1"


def test_every_free_text_column_is_neutralised(events):
    frame = events.head(1).copy()
    frame["quote_by"] = "Someone"
    for column in FREE_TEXT_COLUMNS:
        frame[column] = f"=CMD|'/c calc'!A0 {column}"
    cells = _cells(to_csv(frame))[0]
    assert all(cells[c].startswith("'=CMD") for c in FREE_TEXT_COLUMNS)
    back = _round_trip(frame)
    assert all(back[c].iloc[0] == f"=CMD|'/c calc'!A0 {c}" for c in FREE_TEXT_COLUMNS)


def test_negative_numbers_stay_numeric(events):
    washington = events[events["place"].eq("Washington")]
    row = _cells(to_csv(washington))[0]
    assert row["lon"] == "-77.0364"
    assert row["amount"] == "325000000.0" and row["currency"] == "USD"
    assert _round_trip(washington)["lon"].iloc[0] == -77.0364


def test_unquote_formula_removes_only_the_neutralising_quote():
    assert unquote_formula("'=SUM(A1)") == "=SUM(A1)"
    assert unquote_formula("''=SUM(A1)") == "'=SUM(A1)"
    assert unquote_formula("'quoted words'") == "'quoted words'"
    assert unquote_formula("'") == "'"
    assert unquote_formula(None) is None
    for text in ("=a", "'=a", "plain", "'plain", "-1", "@x"):
        assert unquote_formula(neutralise_formula(text)) == text


def test_geojson_is_valid_rfc7946_with_lon_lat_order(events):
    collection = to_geojson(events)
    text = json.dumps(collection, allow_nan=False, ensure_ascii=False)
    parsed = geojson.loads(text)
    assert parsed.is_valid, parsed.errors()
    assert parsed["type"] == "FeatureCollection" and len(parsed["features"]) == len(events)
    washington = next(f for f in parsed["features"] if f["properties"]["place"] == "Washington")
    assert washington["geometry"] == {"type": "Point", "coordinates": [-77.0364, 38.8951]}
    assert all(f["geometry"]["type"] == "Point" for f in parsed["features"])


def test_geojson_properties_hold_all_fields_iso_dates_and_nulls(events):
    features = {f["id"]: f for f in to_geojson(events)["features"]}
    props = features["ukraine-applies-accelerated-membership"]["properties"]
    assert list(props) == list(COLUMNS)
    assert props["start"] == "2022-01-01" and props["source_date"] == "2023-04-20"
    assert props["end"] is None and props["amount"] is None and props["quantity"] is None
    assert features["stoltenberg-coordinates-allied-support"]["properties"]["end"] == "2023-04-01"
    assert props["lat"] == 50.4501 and props["lon"] == 30.5234
