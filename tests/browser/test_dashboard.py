"""The dashboard in a real browser (Debian chromium via Playwright), offline."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from .conftest import screenshot, wait_for_app, wait_map_settled

pytestmark = pytest.mark.browser


def count_line(page) -> str:
    line = re.compile(r"(von|of) \d+ (Ereignissen|events)")
    return page.locator("[data-testid='stSidebar']").get_by_text(line).inner_text()


def test_map_and_timeline_render_offline_without_errors(page, server):
    page.goto(server)
    wait_for_app(page)
    assert count_line(page) == "27 von 27 Ereignissen"
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    box = canvas.bounding_box()
    assert box and box["width"] > 600 and box["height"] > 400
    # the map drew something: the canvas is not one flat colour
    pixels = page.evaluate(
        """() => {
            const c = document.querySelector("[data-testid='stDeckGlJsonChart'] canvas");
            const copy = document.createElement('canvas'); copy.width = 64; copy.height = 64;
            copy.getContext('2d').drawImage(c, 0, 0, 64, 64);
            const d = copy.getContext('2d').getImageData(0, 0, 64, 64).data;
            return new Set(Array.from({length: d.length / 4}, (_, i) => d[i*4] + ',' + d[i*4+1] + ',' + d[i*4+2])).size;
        }"""
    )
    assert pixels > 20, "map canvas looks blank"
    assert page.locator("[data-testid='stVegaLiteChart']").count() >= 2  # legend and timeline
    assert page.log.errors == [], page.log.errors
    assert page.log.external == [], f"requests left localhost: {page.log.external}"
    screenshot(page, "dashboard_de")


def test_language_switch(page, server):
    page.goto(server)
    wait_for_app(page)
    page.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click()
    page.wait_for_function("() => document.body.innerText.includes('Situation map')")
    assert "lang=en" in page.url
    assert count_line(page) == "27 of 27 events"
    page.wait_for_function("() => document.body.innerText.includes('Timeline')")
    assert "Zeitachse" not in page.locator("[data-testid='stMain']").inner_text()


def test_permalink_restores_the_view_in_a_fresh_page(browser, server):
    url = f"{server}/?lang=en&cat=visit,meeting&status=occurred&event=stoltenberg-arrives-kyiv"
    context = browser.new_context(viewport={"width": 1600, "height": 1400})
    try:
        page = context.new_page()
        page.goto(url)
        wait_for_app(page)
        line = count_line(page)
        shown = int(line.split()[0])
        assert 0 < shown < 27 and line.endswith("of 27 events")
        sidebar = page.locator("[data-testid='stSidebar']")
        assert sidebar.get_by_text("Visit / travel").count() == 1
        assert sidebar.get_by_text("Meeting").count() == 1
        assert page.get_by_role("heading", name=re.compile("Stoltenberg")).count() >= 1
        params = parse_qs(urlparse(page.url).query)
        assert params["event"] == ["stoltenberg-arrives-kyiv"] and params["lang"] == ["en"]
        # the page list speaks the permalink's language on a first load, too
        assert sidebar.get_by_text("Draft from article").count() == 1
        assert sidebar.get_by_text("Entwurf aus Artikel").count() == 0
    finally:
        context.close()


def test_brushing_the_timeline_narrows_the_list(page, server):
    page.goto(server)
    wait_for_app(page)
    chart = page.locator("[data-testid='stVegaLiteChart']").nth(1)
    chart.scroll_into_view_if_needed()
    box = chart.locator("canvas, svg").first.bounding_box()
    assert box
    # drag across the left half of the plot: the background spans of 2022, not the April 2023 cluster
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=8)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('brush=')", timeout=30_000)
    # the URL changes while the script runs; the count line follows when the run ends
    page.wait_for_function("() => /(\\d+) von 27 Ereignissen/.test(document.body.innerText) && "
                           "!document.body.innerText.includes('27 von 27')", timeout=30_000)
    shown = int(count_line(page).split()[0])
    assert 0 < shown < 27
    table_rows = page.locator("[data-testid='stDataFrame']").first.get_attribute("aria-rowcount")
    if table_rows is not None:
        assert int(table_rows) - 1 == shown
    screenshot(page, "dashboard_brushed")


def _marker_pixel(box: dict, lat: float, lon: float) -> tuple[float, float]:
    """Screen position of a (lat, lon) in the first map view (Web Mercator, as deck.gl draws it)."""
    import math

    from lagebild import EVENTS_CSV, layers
    from lagebild.store import load_events

    events, _ = load_events(EVENTS_CSV)
    view = layers.frame_view(events)
    scale = 512 * 2**view.zoom
    x = box["x"] + box["width"] / 2 + (lon - view.longitude) / 360 * scale
    y = box["y"] + box["height"] / 2 - (layers._merc(lat) - layers._merc(view.latitude)) / (2 * math.pi) * scale
    return x, y


def test_clicking_a_map_marker_selects_the_event(page, server):
    page.goto(server)
    wait_for_app(page)
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    box = canvas.bounding_box()
    x, y = _marker_pixel(box, 54.6872, 25.2797)  # Vilnius: only the July summit is there
    page.mouse.move(x, y)
    page.wait_for_timeout(500)
    page.mouse.click(x, y)
    page.wait_for_function("() => location.search.includes('event=nato-summit-july')", timeout=30_000)
    page.wait_for_function("() => document.body.innerText.includes('Juli 2023')", timeout=30_000)
    details = page.locator("[data-testid='stMain']").inner_text()
    assert "Vilnius" in details


def test_tooltip_shows_title_date_place_status(page, server):
    page.goto(server)
    wait_for_app(page)
    box = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first.bounding_box()
    x, y = _marker_pixel(box, 54.6872, 25.2797)
    page.mouse.move(x, y)
    tooltip = page.locator(".deck-tooltip")
    tooltip.wait_for(state="visible", timeout=15_000)
    text = tooltip.inner_text()
    assert "Juli 2023" in text and "Vilnius" in text and "geplant" in text


def test_selecting_a_row_in_the_list_shows_details_and_highlights_it(page, server):
    page.goto(server + "/?cat=war")  # one event: the invasion
    wait_for_app(page)
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the selection checkbox of the first row
    page.wait_for_function("() => location.search.includes('event=russian-invasion-ukraine')", timeout=30_000)
    page.wait_for_function("() => document.body.innerText.includes('24. Februar 2022')", timeout=30_000)
    screenshot(page, "dashboard_selected")


def test_a_filter_change_keeps_the_users_zoom(page, server):
    import io

    from PIL import Image, ImageChops

    page.goto(server)
    wait_for_app(page)
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    box = canvas.bounding_box()

    def shot():
        return Image.open(io.BytesIO(canvas.screenshot())).convert("L")

    def difference(a, b) -> int:
        return sum(ImageChops.difference(a, b).histogram()[20:])

    initial = shot()
    page.mouse.move(box["x"] + box["width"] * 0.7, box["y"] + box["height"] * 0.6)  # over Kyiv
    for _ in range(3):
        page.mouse.wheel(0, -200)
        page.wait_for_timeout(300)
    wait_map_settled(page)
    zoomed = shot()
    assert difference(zoomed, initial) > 0
    text = page.locator("[data-testid='stSidebar'] [data-testid='stTextInput'] input")
    text.fill("Stoltenberg")
    text.press("Enter")
    page.wait_for_function("() => /\\d+ von 27 Ereignissen/.test(document.body.innerText) && "
                           "!document.body.innerText.includes('27 von 27')", timeout=30_000)
    wait_map_settled(page)
    after = shot()
    # still the user's zoomed view (only some markers went), not the first view again
    assert difference(after, zoomed) < difference(after, initial)
