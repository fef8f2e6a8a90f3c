"""``python -m lagebild import FILE [--mapping m.json] [--source-name NAME] --to out.csv``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .mapping import Mapping
from .report import events_csv


def _run_import(args: argparse.Namespace) -> int:
    from . import import_file

    path, target = Path(args.file), Path(args.to)
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return 2
    mapping = None
    if args.mapping:
        try:
            mapping = Mapping.from_json(Path(args.mapping).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"error: mapping {args.mapping}: {exc}", file=sys.stderr)
            return 2
    report = import_file(path.read_bytes(), path.name, mapping, source_name=args.source_name)
    print(report.summary(max_changes=args.max_changes))
    if report.needs_mapping:
        return 2
    target.write_bytes(events_csv(report.events))
    rejected_path = target.with_suffix(".rejected.csv")
    if report.rejected:
        rejected_path.write_bytes(report.rejected_csv())
        print(f"wrote {report.accepted} events to {target}, {report.rejected} rejected rows to {rejected_path}")
    else:
        rejected_path.unlink(missing_ok=True)
        print(f"wrote {report.accepted} events to {target}")
    return 0 if report.ok else 1


def register_import(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser("import", help="import an events file (CSV, XLSX, JSON, GeoJSON, ACLED, TimelineJS)")
    command.add_argument("file")
    command.add_argument("--to", required=True, help="where to write the accepted rows (our schema CSV)")
    command.add_argument("--mapping", help="JSON mapping of the file's columns (see Mapping.to_json)")
    command.add_argument("--source-name", help="name of the source (default: the file name)")
    command.add_argument("--max-changes", type=int, default=20, help="changes listed one by one (default 20)")
    command.set_defaults(run=_run_import)
