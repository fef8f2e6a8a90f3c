"""The page under Streamlit's AppTest: runs, filters count, URL round trip, bad parameters."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lagebild import ROOT

APP = str(ROOT / "streamlit_app.py")


def run(params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()


def count_line(at: AppTest) -> str:
    return next(m.value for m in at.sidebar.markdown if "Ereignissen" in m.value or "events" in m.value)


def test_page_runs_without_exception():
    at = run()
    assert not at.exception
    assert at.title[0].value.startswith("Lagebild")
    assert count_line(at) == "**27 von 27 Ereignissen**"


def test_category_filter_changes_count_and_url(events_csv_rows):
    at = run()
    at.multiselect(key="w_cat").set_value(["aid"]).run()
    assert not at.exception
    aid = sum(1 for row in events_csv_rows if row["category"] == "aid")
    assert 0 < aid < 27
    assert count_line(at) == f"**{aid} von 27 Ereignissen**"
    assert at.query_params["cat"] == "aid"


def test_text_filter_and_reset():
    at = run()
    at.text_input(key="w_q").input("Leopard").run()
    assert count_line(at) == "**1 von 27 Ereignissen**"
    at.sidebar.button[0].click().run()  # the reset button is the only button in the sidebar
    assert count_line(at) == "**27 von 27 Ereignissen**"
    assert "q" not in at.query_params


def test_query_params_restore_the_view():
    at = run({"lang": "en", "cat": "visit,meeting", "status": "occurred", "event": "stoltenberg-arrives-kyiv"})
    assert not at.exception
    assert at.multiselect(key="w_cat").value == ["visit", "meeting"]
    assert at.multiselect(key="w_status").value == ["occurred"]
    assert at.selectbox(key="w_event").value == "stoltenberg-arrives-kyiv"
    assert "of 27 events" in count_line(at)
    assert at.title[0].value.startswith("Situation map")
    assert any("Stoltenberg" in m.value and "Kyiv" in m.value for m in at.markdown)
    # the URL still carries the same state after the run
    assert at.query_params["lang"] == "en"
    assert at.query_params["event"] == "stoltenberg-arrives-kyiv"


def test_dates_in_url():
    at = run({"from": "2023-04-19", "to": "2023-04-21"})
    shown = int(count_line(at).strip("*").split()[0])
    assert 10 < shown < 27


@pytest.mark.parametrize(
    "params",
    [{"cat": "parade"}, {"from": "2023-02-31"}, {"q": "x" * 10_000}, {"lang": "xx"}, {"event": "<script>"}],
)
def test_bad_params_give_a_notice_not_an_exception(params):
    at = run(params)
    assert not at.exception
    assert at.warning, "expected a visible notice"
    assert count_line(at) == "**27 von 27 Ereignissen**"


def test_language_switch():
    at = run()
    at.segmented_control(key="w_lang").set_value("en").run()
    assert not at.exception
    assert count_line(at) == "**27 of 27 events**"
    assert at.query_params["lang"] == "en"


def test_briefing_view_from_the_button_and_back():
    at = run({"cat": "visit,meeting", "lang": "en"})
    briefing_button = next(b for b in at.button if b.label == "Briefing view")
    briefing_button.click().run()
    assert not at.exception
    assert at.query_params["view"] == "briefing"
    assert at.query_params["cat"] == "visit,meeting"
    assert at.markdown[0].value.startswith("## Stoltenberg")
    assert not at.sidebar.multiselect  # no filter widgets on a briefing screen
    # the data's date (its newest source), and the day the view was made
    assert any("Source" in c.value and "Data as of" in c.value and "20 April 2023 · made on" in c.value
               for c in at.caption)  # fmt: skip
    next(b for b in at.button if b.label == "Back to dashboard").click().run()
    assert "view" not in at.query_params
    assert at.multiselect(key="w_cat").value == ["visit", "meeting"]


def test_briefing_permalink_with_own_title():
    at = run({"view": "briefing", "title": "Lage am Freitag", "from": "2023-04-19", "to": "2023-04-21"})
    assert not at.exception
    assert at.markdown[0].value == "## Lage am Freitag"
