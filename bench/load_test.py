"""Many stakeholders at once: N concurrent real browser sessions against one Streamlit server.

One Debian chromium process (Playwright, async API) with N browser contexts, loopback
only. Every session loads the page, waits until map canvas and timeline are drawn,
picks a category in the sidebar, types in the free-text box and waits for the
redraw. For each N a fresh server is started, warmed up by one session, and measured:

- sessions held: pages that finished every step and whose websocket the server still
  holds open (ESTABLISHED connections on its port) while all N are open;
- time to map drawn (navigation start → deck.gl canvas and timeline drawn, run finished),
  and time from the filter change to the redrawn page, p50 / p95;
- errors (timeouts, page errors, server log lines with "Error"/"Traceback");
- the server's RSS before (warmed up, no session) and with all N sessions open.

Figures, not assertions: compare runs on the same machine.

    python bench/load_test.py [--sessions 5 10 20] [--timeout 240]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import signal
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, _free_port, start_server, wait_healthy  # noqa: E402

SIDEBAR = "[data-testid='stSidebar']"
MAP_CANVAS = "[data-testid='stDeckGlJsonChart'] canvas"
TIMELINE = "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"
RUN_FINISHED = (
    "() => { const s = document.querySelector('[data-testid=\"stStatusWidget\"]');"
    " return !s || !s.innerText.includes('Running'); }"
)
COUNT_LINE = (
    "() => { const t = document.querySelector(\"[data-testid='stSidebar']\")?.innerText || '';"
    " const m = t.match(/(\\d+) von (\\d+) Ereignissen/); return m ? m[0] : null; }"
)


@dataclass
class Session:
    """What one simulated stakeholder saw."""

    index: int
    load_s: float | None = None
    filter_s: float | None = None
    count_before: str | None = None
    count_after: str | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.load_s is not None and self.filter_s is not None and not self.errors


@dataclass
class Round:
    n: int
    sessions: list[Session]
    held: int
    rss_before_mb: float
    rss_after_mb: float
    server_errors: list[str]
    wall_s: float
    load_avg: tuple[float, float]  # 1-minute load average at start and end: other work on the machine skews figures

    @property
    def per_session_mb(self) -> float:
        return (self.rss_after_mb - self.rss_before_mb) / self.n


class Server:
    """A Streamlit server on a loopback port; stderr is drained so a full pipe never blocks it."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = start_server(self.port)
        self.log: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()
        wait_healthy(self.url)
        self.ps = psutil.Process(self.process.pid)

    def _drain(self) -> None:
        for line in self.process.stderr:
            self.log.append(line.decode("utf-8", "replace").rstrip())

    def rss_mb(self) -> float:
        return self.ps.memory_info().rss / 2**20

    def open_websockets(self) -> int:
        return sum(
            1 for c in self.ps.net_connections(kind="tcp") if c.status == "ESTABLISHED" and c.laddr.port == self.port
        )

    def errors(self) -> list[str]:
        return [line for line in self.log if "Error" in line or "Traceback" in line]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


async def drawn(page, timeout_ms: float) -> None:
    await page.wait_for_selector(SIDEBAR, timeout=timeout_ms)
    await page.wait_for_selector(MAP_CANVAS, timeout=timeout_ms)
    await page.wait_for_selector(TIMELINE, timeout=timeout_ms)
    await page.wait_for_function(RUN_FINISHED, timeout=timeout_ms)


async def redrawn_with_new_count(page, before: str | None, timeout_ms: float) -> str:
    """Until the count line differs from ``before`` and the run is over: the filtered page is drawn."""
    await page.wait_for_function(
        f"() => {{ const c = ({COUNT_LINE})(); return c && c !== {before!r}; }}", timeout=timeout_ms
    )
    await drawn(page, timeout_ms)
    return await page.evaluate(COUNT_LINE)


async def one_session(
    browser, url: str, session: Session, timeout_ms: float, hold: asyncio.Event, finished: asyncio.Event
) -> Session:
    """Load, filter, wait for each redraw; then signal ``finished`` and stay open until ``hold``."""
    context = await browser.new_context(viewport={"width": 1400, "height": 900}, locale="de-DE")
    await context.route(
        lambda u: not u.startswith(("http://127.0.0.1", "http://localhost")), lambda route: route.abort()
    )
    page = await context.new_page()
    page.set_default_timeout(timeout_ms)  # clicks and fills too, not only the explicit waits
    page.on("pageerror", lambda e: session.errors.append(f"pageerror: {e}"))
    try:
        started = time.perf_counter()
        await page.goto(url, timeout=timeout_ms)
        await drawn(page, timeout_ms)
        session.load_s = time.perf_counter() - started
        session.count_before = await page.evaluate(COUNT_LINE)

        started = time.perf_counter()
        sidebar = page.locator(SIDEBAR)
        await sidebar.locator("[data-testid='stMultiSelect']").first.click()
        await page.get_by_role("option", name="Hilfe").click()
        await page.keyboard.press("Escape")
        after_category = await redrawn_with_new_count(page, session.count_before, timeout_ms)
        text_box = sidebar.locator("[data-testid='stTextInput'] input")
        await text_box.fill("Panzer")
        await text_box.press("Enter")
        session.count_after = await redrawn_with_new_count(page, after_category, timeout_ms)
        session.filter_s = time.perf_counter() - started
    except Exception as exc:  # a benchmark reports failures, it does not stop at the first
        session.errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}")
    finished.set()
    await hold.wait()  # keep the session open until the server's memory has been measured
    await context.close()
    return session


async def run_round(n: int, timeout_s: float) -> Round:
    from playwright.async_api import async_playwright

    server = Server()
    try:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            release = asyncio.Event()
            release.set()
            # Warm-up: imports, the cached events, Altair/pydeck code paths; then measure the idle server.
            await one_session(browser, server.url, Session(-1), timeout_s * 1000, release, asyncio.Event())
            await asyncio.sleep(2)
            rss_before = server.rss_mb()

            hold = asyncio.Event()
            load_start = os.getloadavg()[0]
            started = time.perf_counter()
            finished = [asyncio.Event() for _ in range(n)]
            sessions = [Session(i) for i in range(n)]
            tasks = [
                asyncio.create_task(one_session(browser, server.url, sessions[i], timeout_s * 1000, hold, finished[i]))
                for i in range(n)
            ]
            deadline = started + timeout_s
            while time.perf_counter() < deadline and not all(f.is_set() for f in finished):
                await asyncio.sleep(0.2)
            wall = time.perf_counter() - started
            await asyncio.sleep(1)
            held, rss_after = server.open_websockets(), server.rss_mb()
            hold.set()
            _, pending = await asyncio.wait(tasks, timeout=30)
            for task in pending:  # still not drawn at the deadline: counted as an error, not waited for
                task.cancel()
            for session, flag in zip(sessions, finished, strict=True):
                if not flag.is_set():
                    session.errors.append(f"not finished within {timeout_s:.0f} s")
            await asyncio.gather(*pending, return_exceptions=True)
            await browser.close()
        load = (load_start, os.getloadavg()[0])
        return Round(n, sessions, held, rss_before, rss_after, server.errors(), wall, load)
    finally:
        server.stop()


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def table(rounds: list[Round]) -> str:
    head = (
        f"{'N':>3} {'held':>5} {'ok':>4} {'map p50 s':>10} {'map p95 s':>10} {'filter p50 s':>13} "
        f"{'filter p95 s':>13} {'errors':>7} {'RSS idle MB':>12} {'RSS N MB':>9} {'MB/session':>11} {'wall s':>7} "
        f"{'load avg':>10}"
    )
    lines = [head, "-" * len(head)]
    for r in rounds:
        loads = [s.load_s for s in r.sessions if s.load_s is not None]
        filters = [s.filter_s for s in r.sessions if s.filter_s is not None]
        errors = sum(len(s.errors) for s in r.sessions) + len(r.server_errors)
        lines.append(
            f"{r.n:>3} {r.held:>5} {sum(s.ok for s in r.sessions):>4} {_fmt(percentile(loads, 50)):>10} "
            f"{_fmt(percentile(loads, 95)):>10} {_fmt(percentile(filters, 50)):>13} "
            f"{_fmt(percentile(filters, 95)):>13} "
            f"{errors:>7} {r.rss_before_mb:>12.0f} {r.rss_after_mb:>9.0f} {r.per_session_mb:>11.1f} {r.wall_s:>7.0f} "
            f"{r.load_avg[0]:>4.1f}→{r.load_avg[1]:<4.1f}"
        )
    return "\n".join(lines)


def machine() -> str:
    ram = psutil.virtual_memory().total / 2**30
    return (
        f"{dt.date.today().isoformat()}, {platform.system()} {platform.machine()}, nproc {os.cpu_count()}, "
        f"RAM {ram:.1f} GiB, Python {platform.python_version()}, chromium {CHROMIUM}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[5, 10, 20])
    parser.add_argument("--timeout", type=float, default=240, help="seconds per round (and per page wait)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # `kill` still stops the server (finally)
    rounds = []
    for n in args.sessions:
        r = asyncio.run(run_round(n, args.timeout))
        rounds.append(r)
        for s in r.sessions:
            for error in s.errors:
                print(f"  N={n} session {s.index}: {error}", file=sys.stderr)
        for line in r.server_errors[:5]:
            print(f"  N={n} server: {line}", file=sys.stderr)
        counts = {(s.count_before, s.count_after) for s in r.sessions if s.ok}
        print(f"N={n} done in {r.wall_s:.0f} s; count lines seen: {sorted(counts)}", file=sys.stderr)
        print(table([r]), file=sys.stderr, flush=True)  # each round at once, in case a later one fails
    print(machine())
    print(table(rounds))


if __name__ == "__main__":
    main()
