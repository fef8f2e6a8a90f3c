"""The ``python -m lagebild`` command line: one subcommand per task a script or CI needs.

Each subcommand lives with its domain module and registers itself here through
a ``register(commands)`` function, so this file only lists them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .brief_cli import register_brief, register_export
from .extract import register_extract
from .importers.cli import register_import
from .schema import read_events


def _validate(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return 2
    report = read_events(path)
    print(report.summary())
    return 0 if report.ok else 1


def register_validate(commands: argparse._SubParsersAction) -> None:
    validate = commands.add_parser("validate", help="check an events CSV against the schema")
    validate.add_argument("file")
    validate.set_defaults(run=_validate)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lagebild", description="Lagebild command line")
    commands = parser.add_subparsers(dest="command", required=True)
    register_validate(commands)
    # Further subcommands register here, one line each:
    register_import(commands)
    register_extract(commands)
    register_brief(commands)
    register_export(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)
