"""lagebild.store: loading never raises on a missing or corrupt file; it says which file and rows."""

from __future__ import annotations

import pandas as pd
import pytest

from lagebild import EVENTS_CSV, geo, layers, places, query, static_geo, store
from lagebild.schema import COLUMNS

from .conftest import write_rows


@pytest.fixture()
def broken_geo(tmp_path, monkeypatch):
    """A copy of data/geo/ to break; lagebild.geo and the gazetteer read from it during the test."""
    target = tmp_path / "geo"
    target.mkdir()
    for source in geo.GEO_DIR.iterdir():
        (target / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(geo, "GEO_DIR", target)
    _clear_caches()
    yield target
    monkeypatch.undo()
    _clear_caches()


def _clear_caches() -> None:
    geo.load_geojson.cache_clear()
    geo.nato_accessions.cache_clear()
    places.load_places.cache_clear()


def test_the_curated_data_loads_without_problems():
    bundle = store.load_bundle(EVENTS_CSV)
    assert bundle.problems == []
    assert len(bundle.events) == bundle.report.rows_total > 0


def test_missing_events_file_gives_an_empty_typed_frame_and_a_problem(tmp_path):
    missing = tmp_path / "events.csv"
    bundle = store.load_bundle(missing)
    assert bundle.events.empty
    assert list(bundle.events.columns[: len(COLUMNS)]) == list(COLUMNS)
    assert pd.api.types.is_datetime64_any_dtype(bundle.events["period_end"])
    assert bundle.problems == [store.DataProblem("events.csv", "file not found", missing=True)]
    # the empty frame still filters, counts and bounds like a full one
    assert query.apply_filters(bundle.events, query.Filters(text="x", categories=("aid",))).empty
    assert query.actor_options(bundle.events) == []
    assert not missing.exists()  # loading never creates the file


def test_unreadable_events_path_is_a_problem_not_an_exception(tmp_path):
    events, report = store.load_events(tmp_path)  # a directory
    assert events.empty
    assert report.file_errors == [f"{tmp_path.name}: cannot be read (Is a directory)"]


def test_corrupt_rows_are_named_and_the_rest_is_served(tmp_path, events_csv_rows):
    rows = [dict(r) for r in events_csv_rows[:5]]
    rows[1]["start"] = "2023-13-01"
    rows[3]["lat"] = "north"
    path = tmp_path / "events.csv"
    path.write_text(write_rows(rows) + "only,three,fields\n", encoding="utf-8")
    bundle = store.load_bundle(path)
    assert list(bundle.events["id"]) == [rows[0]["id"], rows[2]["id"], rows[4]["id"]]
    [problem] = bundle.problems
    assert problem == store.DataProblem("events.csv", "3 of 6 rows not loaded", (3, 5, 7))
    assert str(problem) == "events.csv: 3 of 6 rows not loaded (rows 3, 5, 7)"


def test_binary_garbage_is_a_problem_with_a_reason(tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    [problem] = store.load_bundle(path).problems
    assert problem.missing
    assert "required columns are missing" in problem.reason


def test_missing_and_corrupt_geo_files_are_named(broken_geo):
    (broken_geo / "countries.geojson").unlink()
    (broken_geo / "rivers.geojson").write_text('{"type": "FeatureCollection", "feat', encoding="utf-8")
    (broken_geo / "front_2023-04.geojson").write_text("[1, 2]", encoding="utf-8")
    (broken_geo / "nato_members.csv").write_text("iso_a2,accession\nPL,1999-03-12\nXX,soon\n", encoding="utf-8")
    problems = {p.file: p.reason for p in store.map_problems()}
    assert problems["countries.geojson"] == "file not found"
    assert problems["rivers.geojson"].startswith("not valid JSON (line 1, column")
    assert problems["front_2023-04.geojson"] == "not a GeoJSON FeatureCollection"
    assert problems["nato_members.csv"].startswith("row 3: no valid iso_a2/accession")
    assert "front_line.geojson" not in problems


@pytest.fixture()
def broken_static(tmp_path, monkeypatch):
    """A copy of static/geo/ (the basemap the browser fetches) to break during the test."""
    target = tmp_path / "static-geo"
    target.mkdir()
    for source in static_geo.STATIC_GEO_DIR.iterdir():
        (target / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(static_geo, "STATIC_GEO_DIR", target)
    return target


def test_basemap_files_are_the_ones_the_map_fetches():
    import datetime as dt

    urls = {layer.data for layer in layers.basemap_layers(dt.date(2023, 4, 20)) if isinstance(layer.data, str)}
    assert urls == {static_geo.url(path.name) for path in store.basemap_files()}
    assert all(path.is_file() for path in store.basemap_files())


def test_the_map_draws_without_the_broken_layers(broken_static):
    (broken_static / "countries.geojson").unlink()
    (broken_static / "lines.geojson").write_bytes(b"\xff\xfe not utf-8")
    events, _ = store.load_events(EVENTS_CSV)
    view = layers.frame_view(events)
    deck = layers.build_deck(events, "de", query.date_bounds(events)[1], view)
    ids = [layer.id for layer in deck.layers]
    assert "countries" not in ids and "lines" not in ids
    assert {"sea", "front", "events", "labels"} <= set(ids)


def test_without_nato_members_no_country_is_shaded(broken_geo):
    (broken_geo / "nato_members.csv").unlink()
    fc = geo.countries_with_membership(pd.Timestamp("2023-04-20").date())
    assert fc["features"] and not any(f["properties"]["nato"] for f in fc["features"])
    assert [p.file for p in store.map_problems()] == ["nato_members.csv"]


def test_missing_gazetteer_drops_only_the_labels(tmp_path, monkeypatch):
    monkeypatch.setattr(places, "PLACES_CSV", tmp_path / "places.csv")
    places.load_places.cache_clear()
    try:
        assert store.map_problems() == [store.DataProblem("places.csv", "file not found", missing=True)]
        events, _ = store.load_events(EVENTS_CSV)
        deck = layers.build_deck(events, "en", query.date_bounds(events)[1], layers.frame_view(events))
        ids = [layer.id for layer in deck.layers]
        assert "labels" not in ids and "events" in ids
    finally:
        monkeypatch.undo()
        places.load_places.cache_clear()


def test_missing_or_corrupt_basemap_files_are_named(broken_static):
    (broken_static / "front.geojson").unlink()
    (broken_static / "lines.geojson").write_text("<html>404</html>", encoding="utf-8")
    problems = {p.file: p.reason for p in store.map_problems()}
    assert problems == {
        "static-geo/lines.geojson": "not valid JSON (line 1, column 1: Expecting value)",
        "static-geo/front.geojson": "file not found",
    }
    (broken_static / "lines.geojson").write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert [p.file for p in store.map_problems()] == ["static-geo/front.geojson"]  # a repaired file is seen at once
