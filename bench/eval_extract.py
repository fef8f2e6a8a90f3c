"""Evaluate the article drafter against curated events and time it.

    /work/venv/bin/python bench/eval_extract.py

Articles: the seed report (``../shared/seeds``, curated ``data/events.csv``) and our own
test reports in ``tests/data/articles/`` (``NAME.txt`` with ``NAME.events.csv`` and the
publication date in the first line of ``NAME.meta``; a report whose second meta line starts with
"Held-out" was written after the rules were last changed and is shown as such). Prints a table and the drafting time
for a ~1,000-word text.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lagebild import EVENTS_CSV  # noqa: E402
from lagebild.extract.draft import draft_from_text  # noqa: E402
from lagebild.extract.evaluate import score, table  # noqa: E402
from lagebild.schema import read_events  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "000_35ab76b49c56c235.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"


def cases() -> list[tuple[str, str, dt.date, Path]]:
    found = [("seed (Stoltenberg in Kiew)", SEED.read_text(encoding="utf-8"), dt.date(2023, 4, 20), EVENTS_CSV)]
    for text in sorted(ARTICLES.glob("*.txt")):
        meta = text.with_suffix(".meta").read_text(encoding="utf-8")
        published = dt.date.fromisoformat(meta.split()[0])
        lines = meta.splitlines()
        held_out = len(lines) > 1 and lines[1].lower().startswith("held-out")
        name = f"{text.stem} (held-out)" if held_out else text.stem
        found.append((name, text.read_text(encoding="utf-8"), published, text.with_suffix(".events.csv")))
    return found


def main() -> int:
    started = time.perf_counter()
    draft_from_text("Am Donnerstag traf Stoltenberg in Kiew ein.", dt.date(2023, 4, 20))
    cold = time.perf_counter() - started
    scores = []
    for name, text, published, curated_csv in cases():
        curated = read_events(curated_csv)
        if not curated.ok:
            print(f"{curated_csv}: {curated.summary()}")
            return 1
        scores.append(score(name, draft_from_text(text, published).events, curated.events))
    print(table(scores))
    text = SEED.read_text(encoding="utf-8")
    words = len(text.split())
    runs = 5
    started = time.perf_counter()
    for _ in range(runs):
        draft_from_text(text, dt.date(2023, 4, 20))
    per_run = (time.perf_counter() - started) / runs
    print(f"\ndrafting time: {per_run * 1000:.0f} ms for {words} words ({per_run * 1000 / words * 1000:.0f} ms "
          f"per 1,000 words; target < 2 s)")
    print(f"cold start (loading the gazetteer and actor tables once per process): {cold * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
