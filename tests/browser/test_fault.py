"""Faults: the server is killed (SIGKILL) mid-session and restarted on the same port.

The open page reconnects by itself and shows the same view, because the view lives
in the URL (permalink); nothing in data/ is written or lost.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

import psutil
import pytest
from playwright.sync_api import expect

from lagebild import DATA_DIR, EVENTS_CSV, store
from lagebild.engine import EventStore
from lagebild.query import Filters
from tests.readonly import snapshot

from .conftest import _free_port, _require_browser, start_server, wait_for_app, wait_healthy

pytestmark = pytest.mark.browser

COUNT = re.compile(r"(\d+) of (\d+) events")
SIDEBAR = "[data-testid='stSidebar']"


def count_line(page) -> str:
    return page.locator(SIDEBAR).get_by_text(COUNT).inner_text()


def chosen_categories(page) -> list[str]:
    """The chips in the sidebar's category multiselect (the first multiselect)."""
    widget = page.locator(f"{SIDEBAR} [data-testid='stMultiSelect']").first
    return widget.locator(".react-aria-ComboBox [data-tag]").evaluate_all("tags => tags.map(t => t.ariaLabel)")


def websockets_held(pid: int, port: int) -> int:
    connections = psutil.Process(pid).net_connections(kind="tcp")
    return sum(1 for c in connections if c.status == "ESTABLISHED" and c.laddr.port == port)


def _wait_until_held(pid: int, port: int, timeout: float = 15) -> None:
    """Until the new server holds the page's websocket (the page's own banner can go a moment earlier)."""
    deadline = time.monotonic() + timeout
    while websockets_held(pid, port) < 1 and time.monotonic() < deadline:
        time.sleep(0.2)


@dataclass
class Restarted:
    """A page that saw its server killed and restarted, with what it showed before."""

    page: object
    pid: int
    port: int
    line: str
    categories: list[str]
    address: str
    data_before: dict
    started: float


@pytest.fixture(scope="module")
def restarted(browser) -> Iterator[Restarted]:
    _require_browser()
    started = time.monotonic()
    data_before = snapshot(DATA_DIR)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_server(port)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB")
    context.route(lambda u: not u.startswith(("http://127.0.0.1", "http://localhost")), lambda route: route.abort())
    try:
        wait_healthy(url)
        page = context.new_page()
        page.goto(f"{url}/?lang=en&cat=aid")
        wait_for_app(page)
        line, categories, address = count_line(page), chosen_categories(page), page.url

        process.kill()  # SIGKILL: no shutdown handlers, like a crashed container
        process.wait(timeout=10)
        page.wait_for_selector("[data-testid='stConnectionStatus']", timeout=15_000)  # the page noticed

        process = start_server(port)
        wait_healthy(url)
        page.wait_for_selector("[data-testid='stConnectionStatus']", state="detached", timeout=45_000)
        wait_for_app(page)
        _wait_until_held(process.pid, port)
        yield Restarted(page, process.pid, port, line, categories, address, data_before, started)
    finally:
        context.close()
        process.terminate()
        process.wait(timeout=20)


def test_the_page_reconnects_with_the_same_view_and_data_is_untouched(restarted):
    page = restarted.page
    shown, total = map(int, COUNT.match(restarted.line).groups())
    assert 0 < shown < total and restarted.categories == ["Aid"]
    assert websockets_held(restarted.pid, restarted.port) >= 1, "the page did not reconnect to the new server"
    assert count_line(page) == restarted.line
    assert chosen_categories(page) == restarted.categories
    assert page.url == restarted.address
    assert snapshot(DATA_DIR) == restarted.data_before, "data/ changed during the session"
    assert time.monotonic() - restarted.started < 90


def test_the_first_change_after_reconnecting_is_kept(restarted):
    events, _ = store.load_events(EVENTS_CSV)
    expected = EventStore.from_frame(events).count(Filters(categories=("aid",), text="Leopard"))
    shown_before, total = map(int, COUNT.match(restarted.line).groups())
    assert expected < shown_before, "the search must narrow the view for this test to mean anything"
    page = restarted.page
    box = page.locator(f"{SIDEBAR} [data-testid='stTextInput'] input")
    box.fill("Leopard")
    box.press("Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Leopard'", timeout=20_000)
    params = parse_qs(urlparse(page.url).query)
    assert params["cat"] == ["aid"] and params["lang"] == ["en"]
    # The URL changes while the script runs; the count line follows when the run ends.
    expect(page.locator(SIDEBAR).get_by_text(COUNT)).to_have_text(f"{expected} of {total} events", timeout=20_000)
