"""``python -m lagebild brief …`` and ``python -m lagebild export …``: briefing image and exports.

Both take the page's filters as options; an invalid events file or option is a clear
error (exit code 2), never a silently different output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from . import EVENTS_CSV, vocab
from .query import Filters, apply_filters, sort_for_list
from .store import load_events


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date YYYY-MM-DD: {value!r}") from exc


def _keys(allowed: tuple[str, ...], what: str):
    """Parser for a repeatable, comma-separated option limited to ``allowed``."""

    def parse(value: str) -> list[str]:
        items = [v.strip() for v in value.split(",") if v.strip()]
        unknown = [v for v in items if v not in allowed]
        if unknown:
            raise argparse.ArgumentTypeError(f"unknown {what} {', '.join(unknown)} (known: {', '.join(allowed)})")
        return items

    return parse


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--events", default=str(EVENTS_CSV), help="events CSV (default: data/events.csv)")
    parser.add_argument("--from", dest="date_from", type=_date, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", type=_date, help="last day, YYYY-MM-DD")
    parser.add_argument("--category", action="append", type=_keys(vocab.CATEGORY_KEYS, "category"), default=[])
    parser.add_argument("--status", action="append", type=_keys(vocab.STATUS_KEYS, "status"), default=[])
    parser.add_argument("--text", default="", help="only events whose title or summary contains this")
    parser.add_argument("-o", "--output", required=True, help="file to write")


def filters_from_args(args: argparse.Namespace) -> Filters:
    categories = tuple(dict.fromkeys(c for group in args.category for c in group))
    statuses = tuple(dict.fromkeys(s for group in args.status for s in group))
    return Filters(args.date_from, args.date_to, categories, statuses, text=args.text)


def _load(args: argparse.Namespace):
    """Filtered events, or an exit code after printing why there are none to use."""
    path = Path(args.events)
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return None, 2
    if args.date_from and args.date_to and args.date_from > args.date_to:
        print(f"error: --from {args.date_from} is after --to {args.date_to}", file=sys.stderr)
        return None, 2
    events, report = load_events(path)
    if not report.ok:
        print(f"warning: {path} has problems; only the valid rows are used:\n{report.summary()}", file=sys.stderr)
    filters = filters_from_args(args)
    return (sort_for_list(apply_filters(events, filters)), filters), 0


def _brief(args: argparse.Namespace) -> int:
    from .brief import render_pdf, render_png  # vl-convert is only needed here

    loaded, code = _load(args)
    if loaded is None:
        return code
    events, filters = loaded
    render = render_pdf if args.format == "pdf" else render_png
    data = render(events, filters, args.lang, title=args.title, size=args.size)
    Path(args.output).write_bytes(data)
    print(f"wrote {args.output}: {len(events)} events, {args.format.upper()} {args.size}, {len(data)} bytes")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .export import to_csv, to_geojson

    loaded, code = _load(args)
    if loaded is None:
        return code
    events, _ = loaded
    if args.format == "csv":
        data = to_csv(events)
    else:
        data = json.dumps(to_geojson(events), ensure_ascii=False, allow_nan=False, indent=1).encode("utf-8")
    Path(args.output).write_bytes(data)
    print(f"wrote {args.output}: {len(events)} events as {args.format}")
    return 0


def register_brief(commands: argparse._SubParsersAction) -> None:
    brief = commands.add_parser("brief", help="render the briefing image (PNG or PDF) for the filtered events")
    _add_filter_options(brief)
    brief.add_argument("--format", choices=("png", "pdf"), default="png")
    brief.add_argument("--lang", choices=("de", "en"), default="de")
    brief.add_argument("--title", default=None, help="title (default: derived from the filters)")
    brief.add_argument("--size", choices=("16:9", "a4"), default="16:9", help="1920×1080 or A4 landscape, 300 dpi")
    brief.set_defaults(run=_brief)


def register_export(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="write the filtered events as CSV (event schema) or GeoJSON")
    _add_filter_options(export)
    export.add_argument("--format", choices=("csv", "geojson"), default="csv")
    export.set_defaults(run=_export)
