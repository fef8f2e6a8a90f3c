"""Browser timings: this app against the naive Streamlit + pydeck page (bench/naive_app.py).

For each size, synthetic ACLED-shaped events are written to Parquet once; each app is started on a
free loopback port with ``LAGEBILD_EVENTS`` pointing at it, and headless Debian chromium (Playwright)
measures:

- *cold load*: navigation until the map canvas and the timeline are in the page, the server's first
  run has finished (its ``script_finished`` message) and the status widget no longer says "Running"
  (this app's first load includes building the shared store);
- *warm load*: the same for a fresh browser context (what a stakeholder sees), median of
  ``--warm-repeat`` loads;
- *filter change*: picking a populated category (military / Battles) in the first sidebar multiselect until the server's
  ``script_finished`` message has arrived and the page is no longer "Running";
- *websocket MB*: bytes of the frames received over Streamlit's websocket during the warm load
  (and during the filter change).

Each wait is bounded (``--timeout``); an exceeded wait is recorded as "timeout". Figures, not
assertions. Called by ``bench/bench_scale.py --browser``, or directly:

    python bench/bench_browser.py [--sizes 10000 100000 1000000] [--naive-max 100000] [--only app|naive] [--write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, _free_port, wait_healthy  # noqa: E402

APPS = {"app": ROOT / "streamlit_app.py", "naive": ROOT / "bench" / "naive_app.py"}
MAP = "[data-testid='stDeckGlJsonChart'] canvas"
TIMELINE = "[data-testid='stVegaLiteChart']"
EXCEPTION = "[data-testid='stException']"
NOT_RUNNING = (
    "() => { const w = document.querySelector('[data-testid=\"stStatusWidget\"]');"
    " return !w || !w.innerText.includes('Running'); }"
)
SMALL_FRAME = 4096  # script_finished messages are tiny; larger frames are not decoded
SECTION = "## Browser"


class Timeout(Exception):
    """A bounded wait was exceeded."""


class AppError(Exception):
    """The page showed a Streamlit exception instead of the map."""


@dataclass
class Socket:
    """Bytes received over the page's websocket and when each run finished (ForwardMsg.script_finished)."""

    received: int = 0
    started: float = 0.0
    finished: list[float] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload) -> None:
        self.received += len(payload)
        if isinstance(payload, bytes) and len(payload) < SMALL_FRAME and _is_script_finished(payload):
            self.finished.append(time.perf_counter())


def _is_script_finished(payload: bytes) -> bool:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    try:
        return ForwardMsg.FromString(payload).WhichOneof("type") == "script_finished"
    except Exception:  # noqa: BLE001 - not a ForwardMsg: not the end of a run
        return False


def start_app(script: Path, port: int, events: Path, log: Path, max_message_mb: int | None) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "streamlit", "run", str(script), "--server.headless=true", f"--server.port={port}",
        "--server.address=127.0.0.1", "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
    ]
    if max_message_mb:
        command.append(f"--server.maxMessageSize={max_message_mb}")
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, "LAGEBILD_EVENTS": str(events)},
                            stdout=subprocess.DEVNULL, stderr=log.open("wb"))


def stop_app(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=20)


def _new_page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="de-DE")
    # Loopback only: anything else is aborted.
    context.route(lambda url: not url.startswith(("http://127.0.0.1", "http://localhost")), lambda route: route.abort())
    return context, context.new_page()


def _wait_drawn(page, socket: Socket, deadline: float) -> None:
    """Map canvas and timeline in the page, the server's first run finished, and nothing running.

    Waiting for the run's end keeps an element drawn early in the run (before its final
    content) from counting as the drawn page.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_selector(f"{MAP}, {EXCEPTION}", state="attached", timeout=_left_ms(deadline))
        if page.locator(EXCEPTION).count():
            raise AppError(page.locator(EXCEPTION).first.inner_text().strip().splitlines()[0][:120])
        page.wait_for_selector(TIMELINE, state="attached", timeout=_left_ms(deadline))
        while not socket.finished:
            page.wait_for_timeout(20)  # Playwright delivers websocket events while it waits
            _left_ms(deadline)
        page.wait_for_function(NOT_RUNNING, timeout=_left_ms(deadline), polling=100)
    except PlaywrightTimeout as error:
        raise Timeout from error


def _left_ms(deadline: float) -> float:
    left = deadline - time.perf_counter()
    if left <= 0:
        raise Timeout
    return left * 1000


def measure_load(browser, url: str, timeout: float):
    """Seconds from navigation until drawn and idle, and the socket; the page stays open for more.

    ``socket.finished`` tells when the server's run ended, so the browser's own share can be told apart.
    """
    context, page = _new_page(browser)
    socket = Socket()
    socket.attach(page)
    started = time.perf_counter()
    deadline = started + timeout
    try:
        page.goto(url, wait_until="commit", timeout=_left_ms(deadline))
        _wait_drawn(page, socket, deadline)
    except Exception:
        context.close()
        raise
    socket.started = started
    return time.perf_counter() - started, socket, context, page


def measure_filter(page, socket: Socket, timeout: float) -> tuple[float, int, str]:
    """Pick a populated category in the first sidebar multiselect; seconds until that run finished, bytes, option."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.wait_for_timeout(1000)  # let the post-load reruns (URL state) settle before counting
    before_bytes, before_runs = socket.received, len(socket.finished)
    deadline = time.perf_counter() + timeout
    try:
        page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first.click(timeout=10_000)
        # A category the synthetic ACLED events have (this app: "Militär"; the naive page: "Battles"),
        # so both pages redraw a real subset.
        options = page.locator("[role='option']").filter(has_not_text=re.compile("select all", re.I))
        wanted = options.filter(has_text=re.compile("^(Militär|Military|Battles)$"))
        option = wanted.first if wanted.count() else options.first
        label = option.inner_text(timeout=10_000).strip()
        started = time.perf_counter()
        option.click(timeout=10_000)
        while len(socket.finished) == before_runs or socket.finished[-1] < started:
            page.wait_for_timeout(50)  # Playwright delivers websocket events while it waits
            _left_ms(deadline)
        page.wait_for_function(NOT_RUNNING, timeout=_left_ms(deadline), polling=100)
    except PlaywrightTimeout as error:
        raise Timeout from error
    return socket.finished[-1] - started, socket.received - before_bytes, label


def bench_app(
    browser, name: str, events: Path, workdir: Path, timeout: float, warm_repeat: int = 3
) -> dict[str, object]:
    size_mb = 400 if name == "naive" else None  # the naive page's deck JSON outgrows the 200 MB default at 1M
    port = _free_port()
    log = workdir / f"{name}_{events.stem}.log"
    process = start_app(APPS[name], port, events, log, size_mb)
    url = f"http://127.0.0.1:{port}"
    result: dict[str, object] = {"cold": "timeout", "warm": "—", "warm_run": "—", "filter": "—", "ws_mb": "—",
                                 "filter_mb": "—"}
    try:
        wait_healthy(url, timeout=90)
        try:
            cold, _, context, _ = measure_load(browser, url, timeout)
            context.close()
        except Timeout:
            return result
        except AppError as error:
            result["cold"] = f"error ({error})"
            return result
        result["cold"] = cold
        warm_loads, runs = [], []
        try:
            for attempt in range(warm_repeat):
                warm, socket, context, page = measure_load(browser, url, timeout)
                warm_loads.append(warm)
                if socket.finished:
                    runs.append(socket.finished[0] - socket.started)
                if attempt < warm_repeat - 1:
                    context.close()  # the last page stays open for the filter change
        except Timeout:
            result["warm"] = "timeout"
            return result
        result.update(warm=statistics.median(warm_loads), ws_mb=socket.received / 1e6)
        if runs:
            result["warm_run"] = statistics.median(runs)
        try:
            seconds, received, label = measure_filter(page, socket, timeout)
            result.update(filter=seconds, filter_mb=received / 1e6, option=label)
        except Timeout:
            result["filter"] = "timeout"
        finally:
            context.close()
        return result
    finally:
        stop_app(process)


def _cell(value: object, digits: int = 1) -> str:
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def _machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"nproc {os.cpu_count()}, RAM {memory:.1f} GiB, load average {load} (1/5/15 min) at start, "
            f"chromium {_chromium_version()}, {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}")


def _chromium_version() -> str:
    try:
        out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    found = re.search(r"[\d.]{6,}", out)
    return found.group(0) if found else "?"


def run(
    sizes: list[int], naive_max: int, timeout: float, apps: list[str], warm_repeat: int = 3
) -> tuple[str, list[str], str]:
    from playwright.sync_api import sync_playwright

    from lagebild.synthetic import write_synthetic_acled_parquet

    machine = _machine()
    lines = ["| events | app | cold load s | warm load s | of it: server run s | filter change s "
             "| websocket MB (warm load) | websocket MB (filter change) |", "|---:|---|---:|---:|---:|---:|---:|---:|"]
    skipped: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for size in sizes:
                path = Path(tmp) / f"acled_{size}.parquet"
                write_synthetic_acled_parquet(path, size)
                for name in apps:
                    if name == "naive" and size > naive_max:
                        skipped.append(f"{size:,}")
                        continue
                    r = bench_app(browser, name, path, Path(tmp), timeout, warm_repeat)
                    label = "this app" if name == "app" else name
                    lines.append(f"| {size:,} | {label} | {_cell(r['cold'])} | {_cell(r['warm'])} | "
                                 f"{_cell(r['warm_run'])} | {_cell(r['filter'])} | {_cell(r['ws_mb'], 2)} | "
                                 f"{_cell(r['filter_mb'], 2)} |")
                    print(lines[-1], f"(option: {r.get('option', '—')})", flush=True)
        finally:
            browser.close()
    machine += f"; load average {', '.join(f'{x:.1f}' for x in os.getloadavg())} at the end"
    note = f"The naive page was not run at {', '.join(skipped)} events (`--naive-max {naive_max}`)." if skipped else ""
    return machine, lines, note


def write_doc(machine: str, lines: list[str], note: str, timeout: float) -> None:
    """Replace (or append) the Browser section of docs/scale.md; the rest of the file stays."""
    doc = ROOT / "docs" / "scale.md"
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Scale: a million events\n"
    head = text.split(f"\n{SECTION}\n")[0].rstrip("\n")
    section = (
        f"{SECTION}\n\n"
        "Latest figures of `python bench/bench_scale.py --browser --write` (`bench/bench_browser.py`): each "
        "app served by `streamlit run` on loopback with `LAGEBILD_EVENTS` pointing at synthetic ACLED-shaped "
        "Parquet, measured in headless Debian chromium (Playwright). *Naive* is `bench/naive_app.py`: pandas "
        "filter, every filtered event in one pydeck ScatterplotLayer, a weekly Altair histogram with the row "
        "limit lifted. *cold load*: navigation until the map canvas and the timeline are in the page, the "
        "server's first run has finished and the status widget no longer says Running — for this app "
        "including building the shared store, for "
        "the naive page including reading the Parquet; *warm load*: the same in a fresh browser context "
        "(median of three), "
        "what a stakeholder sees; *filter change*: a populated category (military / Battles) in the first "
        "sidebar multiselect until "
        "the run's `script_finished` message arrived and the page is idle; *of it: server run*: part of the warm "
        "load until the server's first `script_finished` message (the rest is the browser loading the "
        "front-end and drawing); *websocket MB*: frames received. "
        f"Each wait is bounded at {timeout:.0f} s (\"timeout\").\n\n"
        f"Machine: {machine}. The load averages say how quiet the machine was; on 2 shared cores absolute "
        "figures are noisy, the ratios are the point.\n\n" + "\n".join(lines) + "\n" + (f"\n{note}\n" if note else "")
    )
    doc.write_text(f"{head}\n\n{section}", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--naive-max", type=int, default=100_000,
                        help="largest size the naive page is run at (at 1M it needs minutes)")
    parser.add_argument("--only", choices=list(APPS), help="run one of the two apps only")
    parser.add_argument("--timeout", type=float, default=180, help="bound of each wait, seconds")
    parser.add_argument("--warm-repeat", type=int, default=3, help="warm loads per app; the median is reported")
    parser.add_argument("--write", action="store_true", help="write the Browser section of docs/scale.md")
    args = parser.parse_args(argv)
    apps = [args.only] if args.only else list(APPS)
    machine, lines, note = run(args.sizes, args.naive_max, args.timeout, apps, args.warm_repeat)
    print(machine)
    print("\n".join(lines))
    if note:
        print(note)
    if args.write:
        write_doc(machine, lines, note, args.timeout)


if __name__ == "__main__":
    main()
