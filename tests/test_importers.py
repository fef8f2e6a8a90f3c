"""Uploads: every format and layout, the bad-file corpus and its expected reports, CLI, limits."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from lagebild import EVENTS_CSV, ROOT, limits
from lagebild.importers import Mapping, combine, guess_mapping, import_file
from lagebild.schema import COLUMNS, read_events

IMPORT_DIR = ROOT / "tests" / "data" / "import"
BAD_DIR = IMPORT_DIR / "bad"


def _run(name: str, mapping: Mapping | None = None, directory=IMPORT_DIR, use_guess: bool = False):
    data = (directory / name).read_bytes()
    report = import_file(data, name, mapping)
    if use_guess and report.needs_mapping:
        report = import_file(data, name, report.guessed_mapping)
    assert report.accepted + report.rejected == report.rows_total
    return report


# --- the bad-file corpus: (file, use the guessed mapping, accepted, rejected, [(row, column, reason part)],
#     file-level message part)
BAD_FILES = [
    ("empty.csv", False, 0, 0, [], "the file is empty"),
    ("header_only.csv", False, 0, 0, [], "no data rows"),
    ("garbage.bin", False, 0, 0, [], "not a text file"),
    ("truncated.csv", False, 2, 1, [(4, "*", "truncated line or wrong delimiter")], None),
    ("wrong_delimiter.csv", False, 0, 2, [(2, "*", "but the header has 26"), (3, "*", "but the header has 26")], None),
    ("duplicate_ids.csv", False, 2, 1, [(4, "id", "duplicate id, first used in row 2")], None),
    ("mixed_encoding.csv", True, 2, 1, [(3, "title", "not valid UTF-8"), (3, "place", "not valid UTF-8")], None),
    ("latlon.csv", True, 1, 3, [(3, "lat", "lat/lon swapped?"), (4, "lon", "longitude outside -180…180"),
                                (5, "lat", "not a number")], None),
    ("bad_dates.csv", True, 1, 2, [(3, "Datum", "day 31 does not exist in February 2023"),
                                   (4, "Datum", "month 13 does not exist")], None),
]


@pytest.mark.parametrize(("name", "use_guess", "accepted", "rejected", "expected", "file_error"), BAD_FILES)
def test_bad_file_gives_the_expected_report(name, use_guess, accepted, rejected, expected, file_error):
    report = _run(name, directory=BAD_DIR, use_guess=use_guess)
    assert (report.accepted, report.rejected) == (accepted, rejected), report.summary()
    found = [(e.row, e.column, e.reason) for e in report.errors]
    assert len(found) == len(expected), report.summary()
    for (row, column, part), (f_row, f_column, f_reason) in zip(expected, found, strict=True):
        assert (row, column) == (f_row, f_column) and part in f_reason, report.summary()
    if file_error:
        assert any(file_error in m for m in report.file_errors), report.file_errors
    assert not report.ok


def test_swapped_coordinates_are_not_swapped_silently():
    report = _run("latlon.csv", directory=BAD_DIR, use_guess=True)
    assert list(report.events["title_en"]) == ["Fine"]


def test_rejected_rows_download_as_csv_with_reason_and_row():
    report = _run("bad_dates.csv", directory=BAD_DIR, use_guess=True)
    rows = list(csv.DictReader(io.StringIO(report.rejected_csv().decode("utf-8-sig"))))
    assert [r["row"] for r in rows] == ["3", "4"]
    assert "day 31 does not exist" in rows[0]["reason"]
    assert rows[0]["Datum"] == "31.02.2023"  # the row as it was in the file


def test_rejected_csv_neutralises_formulas_and_keeps_unsplit_lines():
    text = "date,title,lat,lon,country,place\n=HYPERLINK(\"x\"),@cmd,50,30,UA,Kyiv\n2023-01-01,ok,50,30\n"
    report = import_file(text.encode(), "f.csv", guess_mapping(["date", "title", "lat", "lon", "country", "place"]))
    rows = list(csv.reader(io.StringIO(report.rejected_csv().decode("utf-8-sig"))))
    assert rows[0][-1] == "raw"
    bad = rows[1]
    assert bad[rows[0].index("date")] == "'=HYPERLINK(\"x\")" and bad[rows[0].index("title")] == "'@cmd"
    assert rows[2][0] == "3" and rows[2][-1].startswith("2023-01-01")


def test_file_over_the_size_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_UPLOAD_MB", 0.001)
    report = import_file(EVENTS_CSV.read_bytes(), "events.csv")
    assert report.accepted == 0
    assert "more than the limit of 0.001 MB" in report.file_errors[0] and "MAX_UPLOAD_MB" in report.file_errors[0]


def test_file_over_the_row_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 10)
    report = import_file(EVENTS_CSV.read_bytes(), "events.csv")
    assert (report.accepted, report.rejected, report.rows_total) == (0, 27, 27)
    assert "more than the limit of 10" in report.file_errors[0]
    assert len(report.reasons_by_row()) == 27


# --- good files

def test_our_own_csv_imports_exactly_like_the_schema_reads_it():
    report = import_file(EVENTS_CSV.read_bytes(), "events.csv")
    assert report.layout == "lagebild" and report.ok
    pd.testing.assert_frame_equal(report.events.drop(columns="origin"), read_events(EVENTS_CSV).events)
    assert set(report.events["origin"]) == {"upload:events.csv"}
    assert len(report.changes_frame) == 0


def test_json_records_in_our_schema(events_csv_rows):
    data = json.dumps(events_csv_rows).encode()
    report = import_file(data, "events.json")
    assert (report.layout, report.row_unit, report.accepted) == ("lagebild", "record", len(events_csv_rows))


def test_german_excel_csv_in_windows_1252_with_decimal_commas():
    mapping = Mapping.from_json((IMPORT_DIR / "german_excel.mapping.json").read_text(encoding="utf-8"))
    report = _run("german_excel.csv", mapping)
    assert report.ok, report.summary()
    assert "decoded as Windows-1252 (not UTF-8)" in report.notes and "delimiter ';'" in report.notes
    first = report.events.iloc[0]
    assert (first["lat"], first["lon"], first["country"], first["category"]) == (50.4501, 30.5234, "UA", "visit")
    assert first["summary_de"] == "Überraschender Besuch" == first["summary_en"]
    last = report.events.iloc[2]
    assert (last["start"], last["date_precision"], last["category"]) == (pd.Timestamp("2023-05-01"), "month",
                                                                          "alliance")
    reasons = {(c.row, c.column): c.reason for c in report.changes}
    assert reasons[(2, "lat")] == "decimal comma converted"
    assert reasons[(4, "date_precision")] == "inferred from the form of the date"
    assert "copied from title_de" in reasons[(2, "title_en")]
    assert reasons[(3, "country")] == "converted to ISO alpha-2"


def test_utf8_bom_csv_and_day_month_order_from_the_data():
    report = _run("utf8_bom.csv", use_guess=True)
    assert report.ok, report.summary()
    assert list(report.events["start"]) == [pd.Timestamp("2023-04-20"), pd.Timestamp("2023-04-21")]
    assert report.events.iloc[0]["title_en"] == "Visit to Kyiv – café"
    assert any("MM/DD" in c.reason for c in report.changes if c.column == "start")


def test_ambiguous_slashed_dates_are_rejected_unless_the_mapping_says():
    text = "date,title,lat,lon,country\n04/05/2023,a,50,30,UA\n01/02/2023,b,50,30,UA\n"
    mapping = guess_mapping(["date", "title", "lat", "lon", "country"])
    report = import_file(text.encode(), "f.csv", mapping)
    assert report.accepted == 0 and all("ambiguous day/month order" in e.reason for e in report.errors)
    mapping.day_first = True
    report = import_file(text.encode(), "f.csv", mapping)
    assert list(report.events["start"]) == [pd.Timestamp("2023-05-04"), pd.Timestamp("2023-02-01")]


def test_xlsx(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Datum", "Titel", "Breite", "Länge", "Land", "Ort"])
    sheet.append([dt.datetime(2023, 4, 20), "Besuch", 50.4501, 30.5234, "UA", "Kiew"])
    sheet.append([None, None, None, None, None, None])
    sheet.append([dt.datetime(2023, 2, 14), "Treffen", 50.8796, 4.4268, "BE", "Brüssel"])
    out = io.BytesIO()
    book.save(out)
    report = import_file(out.getvalue(), "liste.xlsx")
    assert report.needs_mapping and report.guessed_mapping.language == "de"
    report = import_file(out.getvalue(), "liste.xlsx", report.guessed_mapping)
    assert report.ok, report.summary()
    assert report.accepted_rows == [2, 4]  # Excel row numbers, blank row 3 skipped
    assert list(report.events["lon"]) == [30.5234, 4.4268]


def test_geojson_point_features():
    report = _run("points.geojson", use_guess=True)
    assert report.layout == "geojson"
    assert (report.accepted, report.rejected) == (2, 1)
    assert (report.errors[0].row, report.errors[0].column) == (3, "geometry")
    assert "only Point features" in report.errors[0].reason
    assert list(report.events["country"]) == ["UA", "BE"]
    assert list(report.events["category"]) == ["visit", "meeting"]


def test_acled_export():
    report = _run("acled_sample.csv")
    assert report.layout == "acled" and report.ok, report.summary()
    events = report.events.set_index("id")
    battle = events.loc["acled-sample-ukr90001"]
    assert (battle["category"], battle["status"], battle["country"], battle["geo_precision"]) == (
        "military", "occurred", "UA", "city")
    assert battle["title_en"] == "Armed clash in Bakhmut" == battle["title_de"]
    assert battle["actors"] == "Military Forces of Russia (2000-);Military Forces of Ukraine (2019-)"
    assert battle["source"] == "ACLED: Ukrinform; Kyiv Independent"
    assert battle["source_date"] == pd.Timestamp("2023-04-22")
    week = events.loc["acled-sample-ukr90002"]  # time_precision 2, Tuesday 18 April → week from Monday 17th
    assert (week["date_precision"], week["start"], week["geo_precision"]) == ("week", pd.Timestamp("2023-04-17"),
                                                                             "region")
    month = events.loc["acled-sample-ukr90003"]
    assert (month["date_precision"], month["start"]) == ("month", pd.Timestamp("2023-04-01"))
    assert events.loc["acled-sample-pol90006", "country"] == "PL"
    assert dict(zip(events.index, events["category"], strict=True))["acled-sample-ukr90005"] == "war"
    moved = [c for c in report.changes if c.column == "start"]
    assert [(c.row, c.old, c.new) for c in moved] == [(3, "2023-04-18", "2023-04-17"), (4, "2023-04-15", "2023-04-01")]


def test_timelinejs_needs_a_place_then_imports():
    report = _run("timelinejs_sample.json")
    assert report.layout == "timelinejs" and report.needs_mapping and report.accepted == 0
    assert "lat" in report.file_errors[0]
    mapping = report.guessed_mapping
    mapping.language = "de"
    mapping.defaults.update({"place": "Kiew", "lat": "50.4501", "lon": "30.5234", "country": "UA"})
    report = import_file((IMPORT_DIR / "timelinejs_sample.json").read_bytes(), "timeline.json", mapping)
    assert report.ok, report.summary()
    events = report.events
    assert list(events["date_precision"]) == ["day", "month", "year"]
    assert list(events["category"]) == ["visit", "aid", "alliance"]
    assert events.iloc[1]["end"] == pd.Timestamp("2023-03-01")
    assert events.iloc[0]["summary_de"] == "<p>Ein <b>unangekündigter</b> Besuch.</p>"
    assert list(events["id"]) == ["timeline-visit", "timeline-aid-package", "timeline-row-3"]


# --- untrusted content, mapping, progress, 100k rows, CLI

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))"]


def test_markup_and_script_survive_as_plain_strings():
    rows = "".join(f'2023-04-2{i},"{t}","{t}",50,30,UA,"{t}"\n' for i, t in enumerate(HOSTILE))
    text = "date,title,summary,lat,lon,country,place\n" + rows
    report = import_file(text.encode(), "x.csv", guess_mapping(text.splitlines()[0].split(",")))
    assert report.ok, report.summary()
    for column in ("title_de", "title_en", "summary_de", "summary_en", "place"):
        assert list(report.events[column]) == HOSTILE


def test_guess_mapping_reads_german_and_english_headers():
    german = guess_mapping(["Datum", "Ort", "Breitengrad", "Längengrad", "Titel", "Beschreibung", "Kategorie", "Land"])
    assert german.columns == {"start": "Datum", "place": "Ort", "lat": "Breitengrad", "lon": "Längengrad",
                              "title": "Titel", "summary": "Beschreibung", "category": "Kategorie", "country": "Land"}
    assert german.language == "de"
    english = guess_mapping(["lat", "lng", "Title", "Description", "Date", "End date", "Location"])
    assert english.columns == {"lat": "lat", "lon": "lng", "title": "Title", "summary": "Description",
                               "start": "Date", "end": "End date", "place": "Location"}
    assert english.language == "en" and english.missing_required() == []


def test_mapping_round_trips_through_json_and_rejects_nonsense():
    mapping = Mapping(columns={"start": "Datum"}, values={"category": {"Visite": "visit"}}, defaults={"country": "UA"},
                      language="de", day_first=True)
    assert Mapping.from_json(mapping.to_json()) == mapping
    with pytest.raises(ValueError, match="unknown target field 'colour'"):
        Mapping.from_json('{"columns": {"colour": "x"}}')
    with pytest.raises(ValueError, match="not valid JSON"):
        Mapping.from_json("{")
    with pytest.raises(ValueError, match="unknown mapping keys"):
        Mapping.from_json('{"sheet": 2}')


def test_unknown_category_is_rejected_unless_translated():
    text = "date,title,lat,lon,country,category\n2023-04-20,a,50,30,UA,Parade\n"
    mapping = guess_mapping(text.splitlines()[0].split(","))
    report = import_file(text.encode(), "f.csv", mapping)
    assert report.errors[0].column == "category" and "unknown category" in report.errors[0].reason
    mapping.values["category"] = {"parade": "military"}
    assert import_file(text.encode(), "f.csv", mapping).events.iloc[0]["category"] == "military"


def _big_csv(rows: int) -> bytes:
    lines = ["id,date,title,summary,lat,lon,country,place,category"]
    for i in range(rows):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=i % 365)
        lines.append(f"e{i},{day:%d.%m.%Y},Event {i},Summary {i},\"{48 + i % 7},{i % 1000}\",30.5,UA,Kyiv,Besuch")
    lines[501] = "bad,2023-02-30,Bad,Bad,50,30,UA,Kyiv,Besuch"  # row 502
    return ("\n".join(lines) + "\n").encode()


def test_hundred_thousand_rows_with_progress(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(_big_csv(100_000))
    seen: list[float] = []
    mapping = guess_mapping(["id", "date", "title", "summary", "lat", "lon", "country", "place", "category"])
    report = import_file(path.read_bytes(), path.name, mapping, progress=seen.append)
    assert (report.rows_total, report.accepted, report.rejected) == (100_000, 99_999, 1)
    assert [(e.row, e.column) for e in report.errors] == [(502, "date")]
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 10
    assert report.events.iloc[0]["lat"] == 48.0 and report.events.iloc[1]["lat"] == 49.1


def test_combine_shows_uploads_beside_the_bundled_set():
    bundled = read_events(EVENTS_CSV).events
    upload = import_file(EVENTS_CSV.read_bytes(), "copy.csv")
    both, messages = combine(bundled, [upload])
    assert len(both) == 2 * len(bundled) and both["id"].is_unique
    assert set(both["origin"]) == {"bundled", "upload:copy.csv"}
    assert len(messages) == len(bundled) and "already used" in messages[0]
    alone, _ = combine(None, [upload])
    assert set(alone["origin"]) == {"upload:copy.csv"}


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lagebild", "import", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_cli_writes_accepted_and_rejected_rows(tmp_path):
    out = tmp_path / "out.csv"
    result = _cli(str(BAD_DIR / "latlon.csv"), "--to", str(out), "--mapping", str(IMPORT_DIR / "simple.mapping.json"),
                  "--source-name", "Test feed")
    assert result.returncode == 1, result.stderr
    assert "4 rows: 1 accepted, 3 rejected" in result.stdout and "lat/lon swapped?" in result.stdout
    assert read_events(out).accepted == 1 and list(read_events(out).events["id"]) == ["test-feed-ok"]
    assert read_events(out).events.iloc[0]["source"] == "Test feed"
    rejected = list(csv.DictReader(io.StringIO((tmp_path / "out.rejected.csv").read_text(encoding="utf-8-sig"))))
    assert [r["row"] for r in rejected] == ["3", "4", "5"]


def test_cli_succeeds_on_a_clean_file_and_asks_for_a_mapping_otherwise(tmp_path):
    out = tmp_path / "acled.csv"
    result = _cli(str(IMPORT_DIR / "acled_sample.csv"), "--to", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(csv.reader(out.open(encoding="utf-8")))[0] == list(COLUMNS)
    assert read_events(out).accepted == 6 and not (tmp_path / "acled.rejected.csv").exists()
    result = _cli(str(IMPORT_DIR / "utf8_bom.csv"), "--to", str(tmp_path / "x.csv"))
    assert result.returncode == 2 and '"start": "date"' in result.stdout
