"""Real-browser fixtures: a Streamlit server on loopback and Debian's chromium via Playwright.

The tests skip, saying why, only where chromium is not installed; with
``LAGEBILD_REQUIRE_BROWSER=1`` (set by CI) a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from lagebild import ROOT

CHROMIUM = os.environ.get("LAGEBILD_CHROMIUM", "/usr/bin/chromium")
OUTPUT = ROOT / "test-output"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _require_browser() -> None:
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return
    reason = f"Debian chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    if os.environ.get("LAGEBILD_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, env: dict[str, str] | None = None) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "streamlit_app.py"),
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
    ]
    return subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def wait_healthy(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"Streamlit did not become healthy at {url}")


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    _require_browser()
    port = _free_port()
    process = start_server(port)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="session")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class PageLog:
    """Console errors and every request that was not for localhost."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        self.external: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", self._request)

    def _request(self, request) -> None:
        host = urlparse(request.url).hostname
        if request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost", None):
            return
        self.external.append(request.url)


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="de-DE")
    # Anything not on loopback is blocked and recorded: the app must work offline.
    context.route(lambda url: not url.startswith(("http://127.0.0.1", "http://localhost")), lambda route: route.abort())
    page = context.new_page()
    page.log = PageLog(page)
    yield page
    context.close()


def wait_for_app(page, timeout: float = 60_000) -> None:
    """Until the script has finished and map canvas and timeline are drawn."""
    page.wait_for_selector("[data-testid='stSidebar']", timeout=timeout)
    page.wait_for_selector("canvas#deckgl-overlay, [data-testid='stDeckGlJsonChart'] canvas", timeout=timeout)
    page.wait_for_selector(
        "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg", timeout=timeout
    )
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=timeout,
    )
    wait_map_settled(page)


MAP_CANVAS = "[data-testid='stDeckGlJsonChart'] canvas"


def wait_map_settled(page, timeout: float = 30.0, interval_ms: int = 250) -> None:
    """Until two screenshots of the map canvas in a row are identical: deck.gl has drawn what it was given
    (data, basemap, labels, a view transition) and stopped. A canvas replaced by a rerun while it is
    being shot counts as changing. Fails if the map keeps changing."""
    from playwright.sync_api import Error as PlaywrightError

    canvas = page.locator(MAP_CANVAS).first
    deadline = time.monotonic() + timeout
    previous = None
    while time.monotonic() < deadline:
        try:
            shot = canvas.screenshot(timeout=max(1.0, deadline - time.monotonic()) * 1000)
        except PlaywrightError:  # a rerun replaced the canvas while it was being shot: not settled yet
            shot = None
        if shot is not None and shot == previous:
            return
        previous = shot
        page.wait_for_timeout(interval_ms)
    raise AssertionError(f"the map was still changing after {timeout:.0f} s")


def screenshot(page, name: str) -> Path:
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
