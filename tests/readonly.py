"""Snapshot of a directory tree, to show that running the app wrote, removed or touched nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path


def snapshot(directory: Path) -> dict[str, tuple[int, int, str]]:
    """Relative path -> (size, mtime in ns, SHA-256) of every file, plus every directory (size -1)."""
    found: dict[str, tuple[int, int, str]] = {}
    for path in sorted(directory.rglob("*")):
        stat = path.stat()
        relative = path.relative_to(directory).as_posix()
        if path.is_dir():
            found[relative + "/"] = (-1, stat.st_mtime_ns, "")
        else:
            found[relative] = (stat.st_size, stat.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
    found["./"] = (-1, directory.stat().st_mtime_ns, "")
    return found
