"""``python -m lagebild extract ARTICLE.txt --published YYYY-MM-DD -o draft.csv``.

Writes the drafted events (event schema) to the CSV and their provenance to
``<csv stem>.provenance.json`` beside it. ``--evaluate CURATED.csv`` also prints
precision, recall and exact-date share against a curated events file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..schema import read_events, validate_csv
from .draft import draft_from_text
from .evaluate import score, table


def provenance_path(csv_path: Path) -> Path:
    return csv_path.with_name(f"{csv_path.stem}.provenance.json")


def _run(args: argparse.Namespace) -> int:
    article = Path(args.article)
    if not article.is_file():
        print(f"error: no such file: {article}", file=sys.stderr)
        return 2
    try:
        published = dt.date.fromisoformat(args.published)
    except ValueError:
        print(f"error: --published must be an ISO date YYYY-MM-DD, got {args.published!r}", file=sys.stderr)
        return 2
    draft = draft_from_text(article.read_text(encoding="utf-8"), published, args.source)
    output = Path(args.output)
    output.write_text(draft.to_csv(), encoding="utf-8")
    provenance_path(output).write_text(draft.provenance_json(), encoding="utf-8")
    report = validate_csv(output.read_text(encoding="utf-8"))
    print(f"{len(draft.events)} candidate events → {output} (+ {provenance_path(output).name}); "
          f"schema check: {'ok' if report.ok else report.summary()}")  # fmt: skip
    if args.evaluate:
        curated = read_events(args.evaluate)
        if not curated.ok:
            print(f"error: {args.evaluate}: {curated.summary()}", file=sys.stderr)
            return 2
        print(table([score(article.name, draft.events, curated.events)]))
    return 0 if report.ok else 1


def register_extract(commands: argparse._SubParsersAction) -> None:
    extract = commands.add_parser("extract", help="draft candidate events from a German news article")
    extract.add_argument("article", help="UTF-8 text file")
    extract.add_argument("--published", required=True, help="publication date YYYY-MM-DD (anchors relative dates)")
    extract.add_argument("-o", "--output", default="draft.csv", help="CSV to write (default: draft.csv)")
    extract.add_argument("--source", default=None, help="source label for the 'source' column")
    extract.add_argument("--evaluate", metavar="CURATED_CSV", help="compare the draft with curated events")
    extract.set_defaults(run=_run)
