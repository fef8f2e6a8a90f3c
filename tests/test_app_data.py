"""The page with missing or corrupt data files: it starts, names the file and rows, and serves what loaded.

Also: a page run never writes into data/ (the container mounts it read-only).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import lagebild
from lagebild import DATA_DIR, ROOT

from .conftest import write_rows
from .readonly import snapshot
from .test_store import broken_geo, broken_static  # noqa: F401  (fixtures)

APP = str(ROOT / "streamlit_app.py")


def run_with_events(monkeypatch, path: Path, lang: str = "de") -> AppTest:
    monkeypatch.setattr(lagebild, "EVENTS_CSV", path)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    return at.run()


def count_line(at: AppTest) -> str:
    return next(m.value for m in at.sidebar.markdown if "Ereignissen" in m.value or "events" in m.value)


def warnings(at: AppTest) -> list[str]:
    return [w.value.replace("\\", "") for w in at.warning]  # undo the markdown escaping of plain()


def deck_layer_ids(at: AppTest) -> list[str]:
    return [layer["id"] for layer in json.loads(at.get("deck_gl_json_chart")[0].proto.json)["layers"]]


def test_missing_events_file_is_explained_not_a_stack_trace(monkeypatch, tmp_path):
    at = run_with_events(monkeypatch, tmp_path / "events-2023.csv", lang="en")
    assert not at.exception
    assert "Data file events-2023.csv could not be loaded (file not found)." in warnings(at)[0]
    assert count_line(at) == "**0 of 0 events**"
    assert at.get("deck_gl_json_chart"), "the map is still drawn"


def test_corrupt_rows_are_named_and_the_rest_is_served(monkeypatch, tmp_path, events_csv_rows):
    rows = [dict(r) for r in events_csv_rows]
    rows[4]["category"] = "parade"
    rows[9]["start"] = "20.04.2023"
    path = tmp_path / "events.csv"
    path.write_text(write_rows(rows), encoding="utf-8")
    at = run_with_events(monkeypatch, path)
    assert not at.exception
    total = len(rows)
    assert f"events.csv: 2 von {total} Zeilen nicht geladen (Zeilen 6, 11)" in warnings(at)[0]
    assert count_line(at) == f"**{total - 2} von {total - 2} Ereignissen**"
    details = at.expander[0].text[0].value
    assert "row 6, column 'category'" in details and "row 11, column 'start'" in details


def test_a_file_that_is_not_csv_at_all(monkeypatch, tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00 binary \xff\xfe\x00")
    at = run_with_events(monkeypatch, path, lang="en")
    assert not at.exception
    assert warnings(at)[0].startswith("Data file events.csv could not be loaded (no row can be accepted")


def test_missing_map_files_drop_their_layers_only(monkeypatch, broken_static):  # noqa: F811
    (broken_static / "countries.geojson").unlink()
    (broken_static / "front.geojson").write_text("{not json", encoding="utf-8")
    at = run_with_events(monkeypatch, lagebild.DATA_DIR / "events.csv", lang="en")
    assert not at.exception
    shown = warnings(at)
    assert any(
        w.startswith("Map file static-geo/countries.geojson is missing or corrupt (file not found)") for w in shown
    )
    assert any(w.startswith("Map file static-geo/front.geojson is missing or corrupt (not valid JSON") for w in shown)
    ids = deck_layer_ids(at)
    assert "countries" not in ids and "front" not in ids
    assert {"sea", "lines", "events", "labels"} <= set(ids)
    assert count_line(at).startswith("**27 of")


def test_missing_source_geo_files_are_named_and_the_page_runs(monkeypatch, broken_geo):  # noqa: F811
    (broken_geo / "rivers.geojson").unlink()
    at = run_with_events(monkeypatch, lagebild.DATA_DIR / "events.csv", lang="en")
    assert not at.exception
    assert "Map file rivers.geojson is missing or corrupt (file not found); the map is drawn without that layer." in (
        warnings(at)
    )


def test_events_path_comes_from_the_environment(tmp_path):
    wanted = tmp_path / "other.csv"
    code = "import lagebild; print(lagebild.EVENTS_CSV)"
    env = {**os.environ, "LAGEBILD_EVENTS": str(wanted)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(wanted)
    env.pop("LAGEBILD_EVENTS")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(DATA_DIR / "events.csv")


def test_a_page_session_writes_nothing_into_data(monkeypatch):
    before = snapshot(DATA_DIR)
    at = run_with_events(monkeypatch, DATA_DIR / "events.csv")
    at.multiselect(key="w_cat").set_value(["aid"]).run()
    at.text_input(key="w_q").input("Kiew").run()
    at.segmented_control(key="w_lang").set_value("en").run()
    assert not at.exception
    assert snapshot(DATA_DIR) == before


@pytest.mark.parametrize("name", ["events.csv", "places.csv"])
def test_data_files_are_not_opened_for_writing(monkeypatch, name):
    """Belt and braces to the snapshot: a write-mode open() of a data/ file during a run fails the test."""
    import builtins
    import io

    real_open, opened = builtins.open, []

    def guarded(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+") and Path(str(file)).resolve().is_relative_to(DATA_DIR):
            opened.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)
    at = run_with_events(monkeypatch, DATA_DIR / "events.csv")
    assert not at.exception
    assert (DATA_DIR / name).exists()
    assert opened == []
