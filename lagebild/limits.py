"""Limits on uploaded event files: the one place to change them.

The importer checks both before doing any real work and says which limit was hit,
by how much, and where to change it.
"""

from __future__ import annotations

MAX_UPLOAD_MB: float = 50
"""Largest file accepted, in megabytes (10**6 bytes)."""

MAX_ROWS: int = 200_000
"""Most data rows (records, features, events) accepted in one file."""


def max_upload_bytes() -> int:
    return int(MAX_UPLOAD_MB * 1_000_000)
