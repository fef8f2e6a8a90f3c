"""Map layers built from data: offline, status styles, trip order, labels, framing, payload."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lagebild import EVENTS_CSV, layers, static_geo, vocab
from lagebild.query import Filters, apply_filters
from lagebild.store import load_events


@pytest.fixture(scope="module")
def events():
    frame, _ = load_events(EVENTS_CSV)
    return frame


def deck_json(events, as_of=dt.date(2023, 7, 31), lang="de", selected=None) -> dict:
    deck = layers.build_deck(events, lang, as_of, layers.frame_view(events), selected)
    return json.loads(deck.to_json())


def test_deck_needs_nothing_from_the_internet(events):
    spec = deck_json(events)
    text = json.dumps(spec)
    assert "http://" not in text and "https://" not in text
    assert spec.get("mapProvider") is None  # no tile provider; pydeck's "__MAP_STYLE__" sentinel is not a URL
    basemap = [layer["data"] for layer in spec["layers"] if layer["@@type"] in ("GeoJsonLayer", "LineLayer")]
    assert basemap == [static_geo.url(n) for n in ("countries.geojson", "front.geojson", "lines.geojson")]


def test_outlines_are_segments_of_land_borders_rivers_and_the_front():
    lines = static_geo.static_files()["lines.geojson"]["features"]
    kinds = {f["properties"]["kind"] for f in lines}
    assert kinds == set(layers.LINE_STYLE) == {"border", "river", "front"}
    assert all(f["geometry"]["type"] == "LineString" and len(f["geometry"]["coordinates"]) == 2 for f in lines)
    borders = [f["geometry"]["coordinates"] for f in lines if f["properties"]["kind"] == "border"]
    # Shared land borders only, not coastlines: far fewer vertices than the countries' outlines.
    outline_vertices = sum(len(ring) for f in static_geo.static_files()["countries.geojson"]["features"]
                           for ring in _rings(f["geometry"]))
    assert 1_000 < len(borders) < outline_vertices / 5
    # The Poland–Ukraine border (about 24°E, 50–51°N) is a land border; Norway's coast (5°E, 60°N) is not.
    assert any(23.5 < a[0] < 24.5 and 50 < a[1] < 51 for a, _ in borders)
    assert not any(4 < a[0] < 6 and 59 < a[1] < 61 for a, _ in borders)


def _rings(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def test_outline_colours_follow_the_kind(events):
    spec = deck_json(events)
    lines = next(layer for layer in spec["layers"] if layer["id"] == "lines")
    for kind, (colour, width) in layers.LINE_STYLE.items():
        assert str(colour) in lines["getColor"] and str(width) in lines["getWidth"], kind
    assert lines["dataTransform"] == "@@=features"


def test_static_basemap_files_are_up_to_date():
    for name, data in static_geo.static_files().items():
        on_disk = json.loads((static_geo.STATIC_GEO_DIR / name).read_text(encoding="utf-8"))
        assert on_disk == json.loads(json.dumps(data)), f"static/geo/{name} is stale: python -m lagebild.static_geo"


def test_nato_shading_follows_the_date(events):
    for day in (dt.date(2023, 4, 3), dt.date(2023, 4, 4)):
        countries = next(layer for layer in deck_json(events, as_of=day)["layers"] if layer["id"] == "countries")
        assert f"'{day.isoformat()}'" in countries["getFillColor"]
        assert countries["updateTriggers"]["getFillColor"] == [day.isoformat()]
    finland = next(
        f for f in static_geo.static_files()["countries.geojson"]["features"] if f["properties"]["iso_a2"] == "FI"
    )
    assert finland["properties"]["accession"] == "2023-04-04"


def test_marker_style_by_status_and_colour_by_category(events):
    rows = layers.marker_rows(events, "en")
    for row in rows.itertuples():
        assert row.colour == vocab.hex_to_rgb(vocab.category(row.category).colour)
        marker = vocab.STATUS_MARKER[row.status]
        assert (row.fill[:3] == [255, 255, 255]) == (marker != "filled")
        assert row.dot == (marker == "dashed")


def test_tooltip_is_plain_text_with_precise_dates(events):
    deck = layers.build_deck(events, "de", dt.date(2023, 7, 31), layers.frame_view(events))
    assert "html" not in deck._tooltip and "{title}" in deck._tooltip["text"]
    rows = layers.marker_rows(events, "de").set_index("id")
    assert rows.loc["stoltenberg-long-term-perspective", "date_label"] == "Februar 2023"
    assert rows.loc["stoltenberg-arrives-kyiv", "date_label"] == "20. April 2023"


def test_trip_legs_in_date_order(events):
    legs = layers.trip_legs(events)
    assert list(zip(legs["from_place"], legs["to_place"], strict=True)) == [
        ("Brussels", "Kyiv"),
        ("Kyiv", "Ramstein Air Base"),
    ]


def test_key_places_always_labelled(events):
    few = apply_filters(events, Filters(categories=("recruitment",)))
    labels = set(layers.label_rows(few, "de")["text"])
    assert {"Kiew", "Brüssel", "Moskau", "Luftwaffenstützpunkt Ramstein"} <= labels
    assert any("Dnipro" in label for label in labels)


def test_first_view_frames_events_but_not_the_far_outlier(events):
    view = layers.frame_view(events)
    west, south, east, north = layers.visible_bounds(view)
    for place in ("Kyiv", "Brussels", "Moscow", "Ramstein Air Base", "Finland"):
        row = events[events["place"] == place].iloc[0]
        assert west <= row["lon"] <= east and south <= row["lat"] <= north, place
    assert layers.outside_view(events, view) == ["Washington"]
    kyiv_only = apply_filters(events, Filters(text="Selenskyj"))
    assert layers.frame_view(kyiv_only).zoom > view.zoom


def test_same_spot_markers_are_fanned_out(events):
    rows = layers.marker_rows(events, "de")
    kyiv = rows[(rows["lat"] == 50.4501) & (rows["lon"] == 30.5234)]
    assert len(kyiv) > 3
    assert len(set(zip(kyiv["x"], kyiv["y"], strict=True))) == len(kyiv)


def test_map_payload_per_rerun_is_small(events):
    deck = layers.build_deck(events, "de", dt.date(2023, 7, 31), layers.frame_view(events))
    assert len(deck.to_json().encode()) < 200_000


def test_uploaded_events_get_their_own_ring_and_legend_entry(events):
    from lagebild.legend import legend_entries

    mixed = events.copy()
    mixed["origin"] = ["upload:mine.csv" if i % 2 else "bundled" for i in range(len(mixed))]
    rows = layers.marker_rows(mixed, "de")
    assert rows["upload"].sum() == len(mixed) // 2
    spec = json.loads(layers.build_deck(mixed, "de", dt.date(2023, 7, 31), layers.frame_view(mixed)).to_json())
    rings = next(layer for layer in spec["layers"] if layer["id"] == "upload-rings")
    assert len(rings["data"]) == len(mixed) // 2
    assert "eigene Datei" in " ".join(legend_entries("de", dt.date(2023, 7, 31), uploads=True)["label"])
    assert "eigene Datei" not in " ".join(legend_entries("de", dt.date(2023, 7, 31))["label"])
