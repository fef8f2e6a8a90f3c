"""How long a briefing takes for the bundled data: PNG 16:9, PNG A4 (300 dpi), PDF.

Run: ``python bench/bench_brief.py [runs]`` (default 3). Prints the median and the
spread of wall-clock times, plus the time to build the chart alone; no assertions.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lagebild import brief  # noqa: E402
from lagebild.query import Filters, apply_filters  # noqa: E402
from lagebild.store import load_events  # noqa: E402

VISIT = Filters(date_from=dt.date(2023, 4, 19), date_to=dt.date(2023, 4, 21))


def timed(work: Callable[[], object], runs: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return times, result


def main(runs: int = 3) -> None:
    events = apply_filters(load_events()[0], VISIT)
    brief.render_pdf(events, VISIT, "de")  # warm-up: vl-convert starts its JavaScript engine once
    cases: list[tuple[str, Callable[[], object]]] = [
        ("chart only (16:9, incl. sizing)", lambda: brief.briefing_chart(events, VISIT, "de")),
        ("PNG 16:9 1920x1080", lambda: brief.render_png(events, VISIT, "de")),
        ("PNG A4 3508x2480", lambda: brief.render_png(events, VISIT, "de", size="a4")),
        ("PDF 16:9", lambda: brief.render_pdf(events, VISIT, "de")),
        ("PDF A4", lambda: brief.render_pdf(events, VISIT, "de", size="a4")),
    ]
    print(f"{len(events)} events, {runs} runs each (median, min–max):")
    for name, work in cases:
        times, result = timed(work, runs)
        size = f"{len(result) / 1024:.0f} KiB" if isinstance(result, bytes) else ""
        print(f"  {name:34s} {statistics.median(times):6.2f} s  ({min(times):.2f}–{max(times):.2f})  {size}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
