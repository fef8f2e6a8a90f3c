"""Vectorised validation and ACLED conversion agree with the row-by-row (pydantic) paths."""

from __future__ import annotations

import csv
import io

import pandas as pd

from lagebild import EVENTS_CSV, ROOT, synthetic
from lagebild.bulk import acled_events, validate_frame
from lagebild.importers import import_file
from lagebild.schema import read_events, validate_records


def _csv_frame(text: str) -> pd.DataFrame:
    return pd.DataFrame(list(csv.DictReader(io.StringIO(text))), dtype="str")


def test_bundled_events_validate_to_the_same_frame():
    expected = read_events(EVENTS_CSV).events
    got = validate_frame(_csv_frame(EVENTS_CSV.read_text(encoding="utf-8")))
    assert got.ok, got.summary()
    pd.testing.assert_frame_equal(got.events, expected)


def test_bad_rows_are_rejected_with_row_column_and_reason(events_csv_rows):
    rows = [dict(r) for r in events_csv_rows[:6]]
    rows[0]["lat"] = "91"
    rows[1]["category"] = "party"
    rows[2]["start"] = "20.04.2023"
    rows[3]["id"] = rows[4]["id"]
    rows[5]["title_en"] = "  "
    report = validate_frame(pd.DataFrame(rows, dtype="str"))
    by_row = {(e.row, e.column) for e in report.errors}
    _, slow = validate_records(enumerate(rows, start=2))
    assert by_row == {(e.row, e.column) for e in slow}
    assert {(2, "lat"), (3, "category"), (4, "start"), (6, "id"), (7, "title_en")} <= by_row
    assert report.accepted == 1 and report.rejected == 5
    assert "duplicate id, first used in row 5" in [e.reason for e in report.errors if e.row == 6]


def test_formula_quote_is_removed_like_the_schema_does(events_csv_rows):
    row = dict(events_csv_rows[0], title_en="'=SUM(A1)", summary_en="'+risky")
    got = validate_frame(pd.DataFrame([row], dtype="str")).events
    accepted, _ = validate_records([(2, row)])
    assert got["title_en"].iloc[0] == accepted[0]["title_en"] == "=SUM(A1)"
    assert got["summary_en"].iloc[0] == accepted[0]["summary_en"]


def test_acled_conversion_matches_the_importer():
    path = ROOT / "tests" / "data" / "import" / "acled_sample.csv"
    imported = import_file(path.read_bytes(), path.name)
    raw = pd.read_csv(path, dtype="str", keep_default_na=False)
    bulk = validate_frame(acled_events(raw, path.name))
    assert bulk.ok, bulk.summary()
    expected = imported.events.drop(columns=["origin"]).reset_index(drop=True)
    columns = ["id", "start", "date_precision", "category", "status", "title_en", "summary_en", "actors", "place",
               "country", "lat", "lon", "geo_precision", "source", "source_date"]
    accepted = expected["id"].isin(bulk.events["id"])
    assert accepted.all(), "every row the importer accepts is accepted in bulk"
    pd.testing.assert_frame_equal(bulk.events[columns].reset_index(drop=True),
                                  expected[columns].reset_index(drop=True), check_dtype=False)


def test_synthetic_acled_has_acled_columns_and_converts_cleanly():
    frame = synthetic.synthetic_acled(3000, seed=3)
    assert tuple(frame.columns) == synthetic.ACLED_COLUMNS
    assert frame["event_id_cnty"].is_unique
    days = pd.to_datetime(frame["event_date"])
    assert (days.max() - days.min()).days > 2 * 365
    shares = frame["event_type"].value_counts(normalize=True)
    assert shares.index[0] == "Explosions/Remote violence" and shares.iloc[0] > 0.5
    report = validate_frame(acled_events(frame))
    assert report.ok and report.accepted == 3000
    assert set(report.events["category"]) <= {"military", "war", "statement"}
