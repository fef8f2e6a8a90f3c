"""Command line: ``python -m lagebild validate FILE`` (more subcommands in cli.py)."""

from .cli import main

raise SystemExit(main())
