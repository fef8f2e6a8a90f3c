"""Shared fixtures: paths to the repo's data and to the seed article in ``../shared/seeds``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from lagebild import EVENTS_CSV, ROOT

SEED_DIR = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def article_text() -> str:
    files = sorted(SEED_DIR.glob("000_*.txt"))
    if not files:
        pytest.fail(f"seed article not found under {SEED_DIR} (the tests need ../shared/seeds/)")
    return files[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def events_csv_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(EVENTS_CSV.read_text(encoding="utf-8"))))


def write_rows(rows: list[dict[str, str]], header: list[str] | None = None) -> str:
    """CSV text from dict rows (helper for building bad files in tests)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header or list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@pytest.fixture()
def good_row(events_csv_rows) -> dict[str, str]:
    return dict(events_csv_rows[0])


@pytest.fixture()
def data_dir() -> Path:
    return Path(__file__).parent / "data"
