"""Server-side cost of the dashboard: full page run, filter change, map payload.

Runs the real page under Streamlit's AppTest for the bundled data and for
synthetic sets of 10k and 100k events, and prints a table. Figures, not
assertions: compare runs on the same machine.

    python bench/bench_dashboard.py [--sizes 10000 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(events_csv: Path, repeat: int) -> dict[str, float]:
    os.environ["LAGEBILD_EVENTS"] = str(events_csv)
    import importlib

    import lagebild

    importlib.reload(lagebild)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=600)
    started = time.perf_counter()
    at.run()
    first = time.perf_counter() - started
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    rerun = _median_seconds(at.run, repeat)
    toggle = iter([["military"], []] * repeat)
    change = _median_seconds(lambda: at.multiselect(key="w_cat").set_value(next(toggle)).run(), repeat)
    deck = sum(len(el.proto.json) for el in at.get("deck_gl_json_chart"))
    charts = sum(len(el.proto.spec) + len(getattr(el.proto, "datasets", b"") or b"")
                 for el in at.get("arrow_vega_lite_chart"))
    line = next(m.value for m in at.sidebar.markdown if "Ereignissen" in m.value)
    events = int(re.search(r"von ([\d.]+) Ereignissen", line).group(1).replace(".", ""))
    return {"events": events, "first": first, "rerun": rerun, "change": change,
            "payload_mb": (deck + charts) / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from lagebild.synthetic import write_synthetic_csv

    rows = [("bundled", measure(ROOT / "data" / "events.csv", args.repeat))]
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"synthetic_{size}.csv"
            write_synthetic_csv(path, size)
            rows.append((f"synthetic {size:,}", measure(path, args.repeat)))
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'data':<18}{'events':>9}{'first run s':>13}{'rerun s':>10}{'filter s':>10}{'map+chart MB':>13}")
    for name, r in rows:
        print(f"{name:<18}{r['events']:>9,}{r['first']:>13.2f}{r['rerun']:>10.2f}{r['change']:>10.2f}"
              f"{r['payload_mb']:>13.2f}")


if __name__ == "__main__":
    main()
