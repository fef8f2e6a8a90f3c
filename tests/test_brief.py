"""The briefing image: size, content, PDF, languages, offline spec, CLI."""

from __future__ import annotations

import datetime as dt
import io
import json

import numpy as np
import pandas as pd
import pytest
from PIL import Image
from pypdf import PdfReader

from lagebild import brief, vocab
from lagebild.cli import main
from lagebild.query import Filters, apply_filters
from lagebild.store import load_events

VISIT = Filters(date_from=dt.date(2023, 4, 19), date_to=dt.date(2023, 4, 21))
TODAY = dt.date(2023, 4, 24)


@pytest.fixture(scope="module")
def all_events() -> pd.DataFrame:
    return load_events()[0]


@pytest.fixture(scope="module")
def visit_events(all_events) -> pd.DataFrame:
    return apply_filters(all_events, VISIT)


@pytest.fixture(scope="module")
def png_de(visit_events) -> Image.Image:
    return Image.open(io.BytesIO(brief.render_png(visit_events, VISIT, "de", today=TODAY))).convert("RGB")


@pytest.fixture(scope="module")
def pdf_en(visit_events) -> bytes:
    return brief.render_pdf(visit_events, VISIT, "en", today=TODAY)


def _near_colour(image: Image.Image, colour: str, tolerance: int = 24) -> int:
    pixels = np.asarray(image, dtype=np.int16)
    target = np.array(vocab.hex_to_rgb(colour), dtype=np.int16)
    return int((np.abs(pixels - target).max(axis=2) <= tolerance).sum())


def test_png_is_1920_by_1080_and_not_blank(png_de):
    assert png_de.size == (1920, 1080)
    grey = np.asarray(png_de.convert("L"), dtype=float)
    assert grey.std() > 20
    assert (grey < 60).mean() > 0.003  # dark text exists


def test_png_shows_each_present_category_colour(png_de, visit_events):
    present = sorted(set(visit_events["category"]))
    assert len(present) >= 4
    for key in present:
        assert _near_colour(png_de, vocab.category(key).colour) > 150, key


def test_a4_png_is_3508_by_2480(visit_events):
    image = Image.open(io.BytesIO(brief.render_png(visit_events, VISIT, "en", size="a4", today=TODAY)))
    assert image.size == (3508, 2480)
    assert round(image.info["dpi"][0]) == 300


def test_pdf_has_exactly_one_page_with_the_title(pdf_en):
    reader = PdfReader(io.BytesIO(pdf_en))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) / float(page.mediabox.height) == pytest.approx(16 / 9, rel=0.01)
    assert "visit to Kyiv" in page.extract_text()


def test_a4_pdf_is_one_a4_landscape_page(visit_events):
    reader = PdfReader(io.BytesIO(brief.render_pdf(visit_events, VISIT, "de", size="a4", today=TODAY)))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(brief.A4_LANDSCAPE_PT, abs=0.5)
    assert "Stoltenbergs Besuch in Kiew" in reader.pages[0].extract_text()


def test_default_titles_name_topic_and_period_per_language(visit_events):
    german = brief.default_title(VISIT, visit_events, "de")
    english = brief.default_title(VISIT, visit_events, "en")
    assert german == "Stoltenbergs Besuch in Kiew, 19.–21. April 2023"
    assert english == "Stoltenberg's visit to Kyiv, 19–21 April 2023"
    with_category = brief.default_title(Filters(VISIT.date_from, VISIT.date_to, ("aid",)), visit_events, "en")
    assert "Aid" in with_category


def test_filters_in_words_and_footer(visit_events):
    filters = Filters(VISIT.date_from, VISIT.date_to, ("aid", "visit"), ("planned",), text="Leopard")
    words = brief.filters_in_words(filters, visit_events, "de")
    assert "Hilfe, Besuch / Reise" in words and "geplant" in words and "„Leopard“" in words
    assert brief.source_line(visit_events, "en").startswith("Source: Nachrichtenbericht")


def test_map_frames_europe_and_names_washington_off_map(visit_events):
    west, south, east, north = brief.map_bounds(visit_events)
    assert west < 4.35 and east > 37.6 and south < 46.7 and north > 55.7  # Brussels … Moscow, Dnipro front
    assert west > -10  # one event in Washington must not pull the map across the Atlantic
    chart = brief.briefing_chart(visit_events, VISIT, "en", today=TODAY)
    assert "Outside the map: Washington" in json.dumps(chart.to_dict(validate=False))


def test_spec_is_offline_and_hostile_title_stays_text(visit_events):
    hostile = '<img src="http://evil.example/x.png" onerror="alert(1)"> ' + "=HYPERLINK(1) " * 30
    spec = brief.briefing_spec(brief.briefing_chart(visit_events, VISIT, "en", title=hostile, today=TODAY))
    text = json.dumps(spec)
    assert '"url"' not in text and "$schema" not in text
    shown = spec["title"]["text"]
    assert shown.startswith("<img src=") and shown.endswith("…") and len(shown) <= brief.TITLE_LIMIT
    with pytest.raises(ValueError, match="url"):
        brief._no_remote({"data": {"url": "https://example.org/countries.json"}})


def test_clean_text_removes_control_characters_and_cuts_at_a_word():
    assert brief.clean_text("a\nb\tc", 20) == "a b c"
    cut = brief.clean_text("word " * 40, 50)
    assert cut.endswith("word…") and len(cut) <= 50


def test_empty_selection_still_renders_a_page(all_events):
    nothing = Filters(text="no event has this text")
    chart = brief.briefing_chart(apply_filters(all_events, nothing), nothing, "en", today=TODAY)
    assert "No events match these filters" in json.dumps(chart.to_dict(validate=False))


def test_cli_writes_a_png(tmp_path):
    out = tmp_path / "brief.png"
    argv = ["brief", "--from", "2023-04-20", "--to", "2023-04-20", "--lang", "en", "--category", "visit,meeting"]
    assert main([*argv, "--format", "png", "-o", str(out)]) == 0
    assert Image.open(out).size == (1920, 1080)


def test_cli_export_geojson_applies_filters(tmp_path):
    out = tmp_path / "events.geojson"
    assert main(["export", "--format", "geojson", "--category", "aid", "--status", "planned", "-o", str(out)]) == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["id"] for f in features] == ["denmark-netherlands-leopard-2a4"]


def test_cli_rejects_unknown_category(capsys):
    with pytest.raises(SystemExit):
        main(["brief", "--category", "parade", "-o", "x.png"])
    assert "unknown category parade" in capsys.readouterr().err


def test_the_footer_dates_the_data_by_its_newest_source_and_says_when_the_image_was_made(visit_events):
    chart = brief.briefing_chart(visit_events, VISIT, "de", today=dt.date(2026, 11, 25))
    text = json.dumps(chart.to_dict(validate=False))
    newest = pd.to_datetime(visit_events["source_date"]).max().date()
    assert newest == dt.date(2023, 4, 20)
    assert "Datenstand: 20. April 2023" in text and "erstellt am 25. November 2026" in text
    assert "Stand: 25. November 2026" not in text  # an image made today of 2023's events is not today's situation
    english = brief.dating_line(visit_events, "en", dt.date(2026, 11, 25))
    assert english == "Data as of: 20 April 2023 · made on 25 November 2026"
