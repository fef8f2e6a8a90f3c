"""The page on many events: the engine aggregates, the payload stays bounded, the table is capped."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

import lagebild
from lagebild import ROOT, engine
from lagebild.synthetic import write_synthetic_acled_parquet

N = 6_000  # above engine.LOD_THRESHOLD


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "acled_6000.parquet"
    write_synthetic_acled_parquet(path, N)
    return path


def run_page(monkeypatch, path, params=None) -> AppTest:
    monkeypatch.setattr(lagebild, "EVENTS_CSV", path)
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=120)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()


def _deck_bytes(at: AppTest) -> int:
    return sum(len(el.proto.json) for el in at.get("deck_gl_json_chart"))


def test_many_events_are_aggregated_with_bounded_payload(monkeypatch, many):
    assert N > engine.LOD_THRESHOLD
    at = run_page(monkeypatch, many)
    assert not at.exception
    assert any(m.value == "**6.000 von 6.000 Ereignissen**" for m in at.sidebar.markdown)
    assert any(c.value.startswith("Aggregiert: 6.000 Ereignisse") for c in at.caption)
    assert any("erste 500 von 6.000" in c.value for c in at.caption)
    assert 0 < _deck_bytes(at) < 2_000_000
    charts = [json.loads(el.proto.spec) for el in at.get("arrow_vega_lite_chart")]
    assert all(len(json.dumps(c)) < 2_000_000 for c in charts)


def test_narrowing_the_filters_drills_down_to_markers(monkeypatch, many):
    at = run_page(monkeypatch, many, {"from": "2023-04-19", "to": "2023-04-21"})
    assert not at.exception
    assert any(c.value.startswith("Einzelereignisse") for c in at.caption)
