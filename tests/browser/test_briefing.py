"""The briefing view at 1920×1080 in a real browser: everything on one screen, no widgets."""

from __future__ import annotations

import pytest

from .conftest import screenshot, wait_map_settled

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["de", "en"])
def test_briefing_view_fits_a_16_9_screen(browser, server, lang):
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    try:
        page = context.new_page()
        page.goto(f"{server}/?view=briefing&from=2023-04-19&to=2023-04-21&lang={lang}")
        page.wait_for_selector("[data-testid='stDeckGlJsonChart'] canvas", timeout=60_000)
        page.wait_for_selector("[data-testid='stVegaLiteChart']", timeout=60_000)
        wait_map_settled(page)
        title = "Stoltenbergs Besuch in Kiew, 19.–21. April 2023" if lang == "de" else "Stoltenberg's visit to Kyiv"
        assert page.get_by_role("heading", name=title).count() == 1 or page.get_by_text(title).count() >= 1
        # no filter widgets on screen: the sidebar is collapsed
        sidebar = page.locator("[data-testid='stSidebar']")
        page.screenshot(path="/tmp/briefing_debug.png")
        sidebar_box = sidebar.bounding_box() if sidebar.count() else None
        assert sidebar_box is None or sidebar_box["x"] + sidebar_box["width"] <= 5 or not sidebar.is_visible()
        stand = page.get_by_text("Datenstand:" if lang == "de" else "Data as of:")
        box = stand.bounding_box()
        assert box and box["y"] + box["height"] <= 1080, "source line and date must be on the 16:9 screen"
        charts = page.locator("[data-testid='stVegaLiteChart']")
        assert charts.count() == 2  # timeline and legend
        for i in range(charts.count()):
            chart_box = charts.nth(i).bounding_box()
            assert chart_box["x"] + chart_box["width"] <= 1920
        path = screenshot(page, f"briefing_view_{lang}")
        assert path.stat().st_size > 50_000
    finally:
        context.close()
