"""Each validation rule, tripped by a bad row next to good ones."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lagebild import EVENTS_CSV
from lagebild.schema import COLUMNS, REQUIRED, period_end, period_start, validate_csv

from .conftest import write_rows


def _with(rows: list[dict[str, str]], **changes: str) -> list[dict[str, str]]:
    bad = {**rows[0], "id": "bad-row", **changes}
    return [rows[1], bad, rows[2]]


def _single_error(text: str):
    report = validate_csv(text)
    assert report.accepted == 2, report.summary()
    assert report.rejected == 1
    assert len(report.errors) == 1, report.summary()
    return report.errors[0]


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("category", "parade", "Input should be"),
        ("status", "rumoured", "Input should be"),
        ("start", "20.04.2023", "not an ISO date"),
        ("start", "2023-02-31", "day value is outside expected range"),
        ("start", "2023-13-01", "month value is outside expected range"),
        ("lat", "91", "less than or equal to 90"),
        ("lon", "-181", "greater than or equal to -180"),
        ("lat", "", "valid number"),
        ("lon", "east", "valid number"),
        ("country", "Ukraine", "should match pattern"),
        ("date_precision", "decade", "Input should be"),
        ("geo_precision", "street", "Input should be"),
        ("title_en", "", "at least 1 character"),
        ("id", "Not A Slug", "should match pattern"),
    ],
)
def test_bad_cell_is_reported_with_row_column_and_reason(events_csv_rows, column, value, reason):
    error = _single_error(write_rows(_with(events_csv_rows, **{column: value})))
    assert error.row == 3  # header is row 1, the bad row is the second data row
    assert error.column == column
    assert reason in error.reason


def test_end_before_start(events_csv_rows):
    error = _single_error(
        write_rows(_with(events_csv_rows, start="2023-04-20", end="2023-04-19", date_precision="day"))
    )
    assert (error.row, error.column) == (3, "end")
    assert "before start" in error.reason


def test_coarse_precision_must_start_on_first_day(events_csv_rows):
    error = _single_error(write_rows(_with(events_csv_rows, start="2023-02-14", end="", date_precision="month")))
    assert "first day of the period" in error.reason


def test_amount_needs_currency(events_csv_rows):
    error = _single_error(write_rows(_with(events_csv_rows, amount="5", currency="")))
    assert error.column == "currency"


def test_duplicate_id_names_first_row(events_csv_rows):
    rows = [events_csv_rows[0], events_csv_rows[1], dict(events_csv_rows[2], id=events_csv_rows[0]["id"])]
    error = _single_error(write_rows(rows))
    assert (error.row, error.column) == (4, "id")
    assert "first used in row 2" in error.reason


def test_missing_required_column_rejects_every_row_and_says_which(events_csv_rows):
    header = [c for c in events_csv_rows[0] if c != "lat"]
    rows = [{k: v for k, v in r.items() if k != "lat"} for r in events_csv_rows[:3]]
    report = validate_csv(write_rows(rows, header))
    assert report.accepted == 0 and report.rejected == 3
    assert [(e.row, e.column, e.reason) for e in report.errors] == [(1, "lat", "missing required column")]


def test_non_utf8_bytes_reported_in_their_cell(events_csv_rows):
    text = write_rows(_with(events_csv_rows, title_de="Selenskyj in Kiew"))
    data = text.encode("utf-8").replace(b"Selenskyj in Kiew", "Gr\xfc\xdfe".encode("latin-1"))
    report = validate_csv(data)
    assert report.accepted == 2
    [error] = report.errors
    assert (error.row, error.column) == (3, "title_de")
    assert "UTF-8" in error.reason


def test_all_errors_at_once_and_nothing_lost(events_csv_rows):
    rows = [
        dict(events_csv_rows[0], category="x"),
        events_csv_rows[1],
        dict(events_csv_rows[2], lat="200", status="maybe"),
    ]
    report = validate_csv(write_rows(rows))
    assert report.accepted + report.rejected == 3
    assert {(e.row, e.column) for e in report.errors} == {(2, "category"), (4, "lat"), (4, "status")}
    assert list(report.events["id"]) == [events_csv_rows[1]["id"]]


def test_ragged_row_is_rejected_not_truncated(events_csv_rows):
    text = write_rows(events_csv_rows[:3])
    lines = text.splitlines()
    lines[2] = lines[2] + ",extra"
    report = validate_csv("\n".join(lines) + "\n")
    assert report.accepted == 2
    [error] = report.errors
    assert error.row == 3 and "fields" in error.reason


def test_empty_file():
    report = validate_csv(b"")
    assert report.rows_total == 0 and not report.ok
    assert "empty" in report.file_errors[0]


def test_valid_rows_keep_their_values(events_csv_rows):
    report = validate_csv(write_rows(events_csv_rows))
    assert report.ok, report.summary()
    first = report.events.iloc[0]
    assert first["id"] == events_csv_rows[0]["id"]
    assert first["lat"] == float(events_csv_rows[0]["lat"])
    assert list(report.events.columns) == list(COLUMNS)


def test_required_columns_are_the_schema_minimum():
    for column in (
        "id",
        "start",
        "date_precision",
        "category",
        "status",
        "title_de",
        "title_en",
        "lat",
        "lon",
        "geo_precision",
        "source",
        "source_date",
        "place",
        "country",
    ):
        assert column in REQUIRED
    for column in ("end", "quote", "amount", "trip", "attribution"):
        assert column not in REQUIRED


@pytest.mark.parametrize(
    ("day", "precision", "first", "last"),
    [
        ("2023-04-20", "week", "2023-04-17", "2023-04-23"),
        ("2023-02-14", "month", "2023-02-01", "2023-02-28"),
        ("2024-02-14", "month", "2024-02-01", "2024-02-29"),
        ("2022-09-30", "year", "2022-01-01", "2022-12-31"),
        ("2023-04-20", "day", "2023-04-20", "2023-04-20"),
    ],
)
def test_periods(day, precision, first, last):
    import datetime as dt

    d = dt.date.fromisoformat(day)
    assert period_start(d, precision).isoformat() == first
    assert period_end(d, precision).isoformat() == last


def test_cli_validate_exit_codes(tmp_path, events_csv_rows):
    ok = subprocess.run([sys.executable, "-m", "lagebild", "validate", str(EVENTS_CSV)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "0 rejected" in ok.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text(write_rows(_with(events_csv_rows, lat="95")), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "lagebild", "validate", str(bad)], capture_output=True, text=True)
    assert run.returncode == 1
    assert "row 3, column 'lat'" in run.stdout
