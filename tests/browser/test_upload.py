"""Uploads in a real browser: events added to this session only; hostile text stays text."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from lagebild import EVENTS_CSV, ROOT

from .conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser
SAMPLES = ROOT / "tests" / "data" / "import"
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>[x](javascript:alert(1))'


def count_line(page) -> str:
    sidebar = page.locator("[data-testid='stSidebar']")
    return sidebar.get_by_text(re.compile(r"(von|of) \d+ (Ereignissen|events)")).inner_text()


def upload(page, path_or_payload) -> None:
    expander = page.locator("[data-testid='stSidebar']").get_by_text("Eigene Ereignisse (Upload)")
    expander.scroll_into_view_if_needed()
    expander.click(force=True)
    page.locator("[data-testid='stSidebar'] input[type='file']").set_input_files(path_or_payload)


def hostile_csv() -> bytes:
    rows = list(csv.DictReader(io.StringIO(EVENTS_CSV.read_text(encoding="utf-8"))))[:1]
    rows[0].update(id="hostile-1", title_de=HOSTILE_TITLE, title_en=HOSTILE_TITLE, summary_de=HOSTILE_TITLE,
                   summary_en=HOSTILE_TITLE, place="Kyiv")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def test_upload_adds_events_and_reports_rows(page, server):
    page.goto(server)
    wait_for_app(page)
    upload(page, str(SAMPLES / "acled_sample.csv"))
    page.wait_for_function("() => /\\d+ von (2[89]|3\\d) Ereignissen/.test(document.body.innerText)",
                           timeout=60_000)
    shown, total = (int(n) for n in re.findall(r"\d+", count_line(page))[:2])
    assert shown == total > 27
    # the sidebar's count is drawn before the main column in the same run: wait for the report, do not race it
    expect(page.get_by_text(re.compile("Importbericht acled_sample.csv"))).to_have_count(1, timeout=30_000)
    # the upload is a source of its own in the filters
    expect(page.locator("[data-testid='stSidebar']").get_by_text("Datenquelle")).to_have_count(1, timeout=30_000)
    screenshot(page, "upload_acled")


def test_hostile_text_is_shown_as_text_and_never_runs(page, server):
    page.goto(server)
    wait_for_app(page)
    upload(page, {"name": "hostile.csv", "mimeType": "text/csv", "buffer": hostile_csv()})
    page.wait_for_function("() => document.body.innerText.includes('28 von 28 Ereignissen')", timeout=60_000)
    # narrow to the hostile event and select it in the list (a reload would start a new session)
    page.locator("[data-testid='stSidebar'] [data-testid='stTextInput'] input").fill("pwned")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.body.innerText.includes('1 von 28 Ereignissen')", timeout=60_000)
    wait_for_app(page)  # the rerun has finished: the list is not replaced under the click (it was, on a busy machine)
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
    page.wait_for_function("() => location.search.includes('event=hostile-1')", timeout=30_000)
    # The title appears literally in the details (and nowhere as an element).
    page.wait_for_function("(t) => document.body.innerText.includes(t)", arg="<script>window.__pwned=2</script>",
                           timeout=30_000)
    assert page.evaluate("() => window.__pwned") is None
    main = page.locator("[data-testid='stMain']")
    assert main.locator("img[src='x']").count() == 0
    assert main.locator("a[href^='javascript']").count() == 0
    screenshot(page, "upload_hostile")


def test_an_upload_stays_in_its_session(browser, server):
    first = browser.new_context()
    second = browser.new_context()
    try:
        a = first.new_page()
        a.goto(server)
        wait_for_app(a)
        upload(a, str(SAMPLES / "acled_sample.csv"))
        a.wait_for_function("() => !document.body.innerText.includes('27 von 27 Ereignissen')", timeout=60_000)
        b = second.new_page()
        b.goto(server)
        wait_for_app(b)
        assert count_line(b) == "27 von 27 Ereignissen"
    finally:
        first.close()
        second.close()
    assert not any(p.name.startswith("acled") for p in (ROOT / "data").rglob("*"))
