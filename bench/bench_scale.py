"""Scale: the EventStore (DuckDB, level of detail) against a naive baseline, at 10k, 100k and 1M events.

Baseline: pandas filter, every filtered event as a pydeck marker and as a tick on a plain Altair timeline.
This app: EventStore count + grid aggregation (or markers up to LOD_THRESHOLD) + timeline counts + the
first TABLE_ROWS rows. Measured server-side: time of one filter change (median of --repeat), payload
bytes (pydeck JSON + Altair spec), and peak RSS of a process that builds one of the two. Figures,
not assertions; writes docs/scale.md with --write.

    python bench/bench_scale.py [--sizes 10000 100000 1000000] [--repeat 3] [--write]

With ``--browser`` it measures in a real browser instead (bench/bench_browser.py: page load, filter
change and websocket bytes against bench/naive_app.py) and writes the Browser section of docs/scale.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASELINE_MAX = 100_000  # the naive page at 1M needs minutes and ~177 MB per rerun; not run by default


def _median(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _filters():
    from lagebild.query import Filters

    return [Filters(categories=("military",)), Filters(), Filters(date_from=dt.date(2023, 1, 1), text="kharkiv")]


def run_engine(path: str, repeat: int) -> dict[str, float]:
    from lagebild import engine, layers, timeline

    started = time.perf_counter()
    store = engine.EventStore.from_parquet(path)
    build = time.perf_counter() - started
    first, last = store.bounds
    view = layers.pdk.ViewState(latitude=48.5, longitude=33.0, zoom=5.0)
    sizes: list[int] = []
    cycle = iter(_filters() * repeat)

    def change() -> None:
        filters = next(cycle)
        n = store.count(filters)
        if engine.map_mode(n) == "markers":
            deck = layers.build_deck(store.filtered(filters), "de", last, view)
        else:
            deck = layers.build_aggregate_deck(store.aggregate_grid(filters, zoom=view.zoom), "de", last, view)
        bin_name = engine.bin_for(first, last)
        chart = timeline.timeline_counts_chart(store.timeline_counts(filters, bin=bin_name), "de", bin=bin_name)
        store.filtered(filters, limit=engine.TABLE_ROWS, listed=True)
        sizes.append(len(deck.to_json().encode()) + len(json.dumps(chart.to_dict()).encode()))

    seconds = _median(change, repeat * len(_filters()))
    return {"build_s": build, "change_s": seconds, "payload_mb": max(sizes) / 1e6}


def run_naive(path: str, repeat: int) -> dict[str, float]:
    import pandas as pd

    from lagebild import engine, layers, query

    started = time.perf_counter()
    store = engine.EventStore.from_parquet(path)  # loading is not what is compared: the same frame
    events = store.events
    build = time.perf_counter() - started
    view = layers.pdk.ViewState(latitude=48.5, longitude=33.0, zoom=5.0)
    sizes: list[int] = []
    cycle = iter(_filters() * repeat)

    def change() -> None:
        import altair as alt

        shown = query.apply_filters(events, next(cycle))
        deck = layers.pdk.Deck(layers=layers.event_layers(layers.marker_rows(shown, "de", zoom=view.zoom)),
                               initial_view_state=view, map_provider=None)
        # A naive timeline: one tick per event (Altair's 5,000-row limit lifted), no lanes or slots.
        rows = pd.DataFrame({"start": shown["period_start"], "category": shown["category"].astype(str),
                             "title": shown["title_de"].astype(str)})
        with alt.data_transformers.disable_max_rows():
            chart = alt.Chart(rows).mark_tick().encode(x="start:T", y="category:N", tooltip=["title:N"])
            spec = json.dumps(chart.to_dict())
        sizes.append(len(deck.to_json().encode()) + len(spec.encode()))

    seconds = _median(change, repeat * len(_filters()))
    return {"build_s": build, "change_s": seconds, "payload_mb": max(sizes) / 1e6}


def _child(kind: str, path: str, repeat: int) -> dict[str, float]:
    """One measurement in a fresh process, so peak RSS is that of this variant and size alone."""
    output = subprocess.run([sys.executable, __file__, "--child", kind, path, str(repeat)], capture_output=True,
                            text=True, check=True, cwd=ROOT)
    return json.loads(output.stdout.strip().splitlines()[-1])


def _machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()[0]
    return (f"{platform.platform()}, nproc {os.cpu_count()}, RAM {memory:.1f} GiB, load average {load:.1f} "
            f"at start, Python {platform.python_version()}, {dt.date.today().isoformat()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the table into docs/scale.md")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--browser", action="store_true", help="browser timings instead (bench/bench_browser.py)")
    args, rest = parser.parse_known_args()
    if args.browser:
        import bench_browser

        bench_browser.main(["--sizes", *map(str, args.sizes), *(["--write"] if args.write else []), *rest])
        return
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.child:
        kind, path, repeat = args.child
        result = (run_engine if kind == "engine" else run_naive)(path, int(repeat))
        result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    from lagebild.synthetic import write_synthetic_acled_parquet

    machine = _machine()
    lines = ["| events | variant | filter change s | payload MB | peak RSS MB | load s |",
             "|---:|---|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = str(Path(tmp) / f"acled_{size}.parquet")
            write_synthetic_acled_parquet(path, size)
            variants = ["engine"] + (["naive"] if size <= BASELINE_MAX else [])
            for kind in variants:
                r = _child(kind, path, args.repeat)
                lines.append(f"| {size:,} | {'this app' if kind == 'engine' else 'naive baseline'} | "
                             f"{r['change_s']:.3f} | {r['payload_mb']:.2f} | {r['rss_mb']:.0f} | {r['build_s']:.1f} |")
                print(lines[-1], flush=True)
    print(machine)
    print("\n".join(lines))
    if args.write:
        _write_doc(machine, lines)


def _write_doc(machine: str, lines: list[str]) -> None:
    doc = ROOT / "docs" / "scale.md"
    doc.parent.mkdir(exist_ok=True)
    old = doc.read_text(encoding="utf-8") if doc.exists() else ""
    browser = old[old.index("\n## Browser\n"):] if "\n## Browser\n" in old else ""  # bench_browser.py's
    doc.write_text(
        "# Scale: a million events\n\n"
        "Filtering, counting and aggregating run in DuckDB (`lagebild/engine.py`, `EventStore`), built once "
        "and shared by all sessions. Up to `LOD_THRESHOLD` filtered events the map draws markers; above it, "
        "counts per grid cell computed in SQL, and the timeline shows counts per day/week/month by category. "
        "The event table shows the first `TABLE_ROWS` rows of the filtered set.\n\n"
        "Latest figures of `python bench/bench_scale.py --write` (synthetic ACLED-shaped events, "
        "`lagebild/synthetic.py`). *filter change*: server time from new filters to the deck JSON and "
        "Altair spec (median); *payload*: the larger of the runs, deck JSON + Altair spec; *peak RSS*: the "
        "whole measuring process; *load*: reading Parquet, vectorised validation, building the store.\n\n"
        f"Machine: {machine}\n\n" + "\n".join(lines) + "\n\n"
        "The naive baseline (every event a pydeck marker and an Altair tick, pandas filter) is not run at 1M: "
        "it needs minutes and sends about 177 MB per rerun. Browser timings: `--browser`, section below.\n"
        + browser,
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
