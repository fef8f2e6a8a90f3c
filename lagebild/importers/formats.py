"""Reading the bytes of an upload into one table of text cells, whatever the format.

CSV (comma, semicolon or tab; UTF-8 with or without BOM, or Windows-1252), XLSX,
JSON (a list of records, or ``{"data": [...]}``), GeoJSON point features and TimelineJS
JSON all become a :class:`SourceTable`: text cells ("" when empty) indexed by the row
number a user can find in the file. Rows that cannot be read are kept as errors, never dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import zipfile
from dataclasses import dataclass, field

import pandas as pd

from ..schema import RowError

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls
_DELIMITERS = (",", ";", "\t")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NOT_UTF8 = "not valid UTF-8 (the file mixes encodings? save it as UTF-8)"
_SURROGATE = re.compile("[\udc80-\udcff]")


class FileError(Exception):
    """The file as a whole cannot be read (empty, binary, unknown structure)."""


@dataclass
class SourceTable:
    """Cells of an upload as text; ``frame.index`` holds the row numbers users see."""

    kind: str  # csv | xlsx | json | geojson | timelinejs
    frame: pd.DataFrame
    row_unit: str = "row"  # "row": spreadsheet row (header = 1); "record": position in a JSON list (first = 1)
    errors: list[RowError] = field(default_factory=list)
    unsplit: dict[int, str] = field(default_factory=dict)  # raw text of rows that could not be split
    notes: list[str] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return [str(c) for c in self.frame.columns]

    @property
    def rows_total(self) -> int:
        return len(self.frame) + len(self.unsplit)


def read_source(data: bytes, filename: str) -> SourceTable:
    """Recognise the format from content (and extension) and read it; raise FileError if impossible."""
    if not data.strip():
        raise FileError("the file is empty")
    suffix = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if data.startswith(_OLE_MAGIC):
        raise FileError("old Excel format (.xls) is not supported: save it as .xlsx or CSV")
    if data.startswith(_ZIP_MAGIC):
        return read_xlsx(data)
    if suffix == "xlsx":
        raise FileError("the file is named .xlsx but is not an Excel workbook")
    text, notes = decode_text(data)
    looks_json = suffix in ("json", "geojson") or text.lstrip()[:1] in ("{", "[")
    table = read_json(text) if looks_json else read_csv(text)
    table.notes[:0] = notes
    return table


# ---------------------------------------------------------------- text and encodings

def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(b < 32 and b not in (9, 10, 13) for b in sample)
    return control > len(sample) * 0.05


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (BOM optional); else Windows-1252 if the file has no UTF-8 at all; else mixed.

    A mixed file (valid UTF-8 multi-byte characters *and* bytes invalid in UTF-8) is decoded as
    UTF-8 with the bad bytes kept as surrogates, so the rows holding them can be rejected by
    number rather than guessed at.
    """
    if _looks_binary(data):
        raise FileError("this is not a text file (binary data); expected CSV, XLSX, JSON or GeoJSON")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="surrogateescape")
    if not _UTF8_SEQUENCE.search(data):
        try:
            return data.decode("cp1252"), ["decoded as Windows-1252 (not UTF-8)"]
        except UnicodeDecodeError:
            pass
    return loose.removeprefix("\ufeff"), ["mixed encodings: rows with bytes that are not UTF-8 are rejected"]


def has_undecodable(value: str) -> bool:
    return _SURROGATE.search(value) is not None


def shown_bytes(value: str) -> str:
    return value.encode("utf-8", "surrogateescape").decode("latin-1")


# ---------------------------------------------------------------- CSV

def sniff_delimiter(header_line: str) -> str:
    """The most frequent of comma, semicolon, tab in the header (outside quotes); comma on a tie."""
    outside, quoted = [], False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(ch)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _unique_header(raw: list[str]) -> tuple[list[str], list[str]]:
    header, notes, seen = [], [], set()
    for position, name in enumerate(raw, start=1):
        clean = name.strip() or f"column_{position}"
        if clean != name.strip():
            notes.append(f"header cell {position} is empty: called '{clean}'")
        base, n = clean, 1
        while clean in seen:
            n += 1
            clean = f"{base}_{n}"
        if clean != base and name.strip():
            notes.append(f"header '{base}' appears more than once: column {position} called '{clean}'")
        seen.add(clean)
        header.append(clean)
    return header, notes


def read_csv(text: str) -> SourceTable:
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header, notes = _unique_header(next(reader))
    except StopIteration as exc:
        raise FileError("the file is empty") from exc
    except csv.Error as exc:
        raise FileError(f"the header cannot be read as CSV: {exc}") from exc
    if delimiter != ",":
        notes.insert(0, f"delimiter {'TAB' if delimiter == chr(9) else delimiter!r}")
    if len(header) == 1 and any(sep in header[0] for sep in "|:"):
        notes.append("only one column found: is the delimiter something other than comma, semicolon or tab?")
    mixed = has_undecodable(text)
    rows: list[list[str]] = []
    numbers: list[int] = []
    errors: list[RowError] = []
    unsplit: dict[int, str] = {}
    number = 1
    try:
        for number, values in enumerate(reader, start=2):
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                reason = f"{len(values)} fields, but the header has {len(header)} (truncated line or wrong delimiter?)"
                unsplit[number] = delimiter.join(values)
                errors.append(RowError(number, "*", reason, unsplit[number][:80]))
                continue
            undecodable = mixed and [RowError(number, header[i], _NOT_UTF8, shown_bytes(v))
                                     for i, v in enumerate(values) if has_undecodable(v)]
            if undecodable:
                errors.extend(undecodable)
                unsplit[number] = shown_bytes(delimiter.join(values))
                continue
            rows.append(values)
            numbers.append(number)
    except csv.Error as exc:
        errors.append(RowError(number + 1, "*", f"cannot be read as CSV: {exc}"))
        unsplit[number + 1] = ""
    frame = pd.DataFrame(rows, columns=header, index=pd.Index(numbers, name="row"), dtype=object)
    return SourceTable("csv", frame, "row", errors, unsplit, notes)


# ---------------------------------------------------------------- XLSX

def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def read_xlsx(data: bytes) -> SourceTable:
    """First sheet of a workbook; its first row is the header; rows numbered as Excel shows them."""
    from openpyxl import load_workbook  # imported here: only XLSX uploads need it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileError(f"not a readable Excel workbook (.xlsx): {exc}") from exc
    sheet = book.worksheets[0]
    lines = sheet.iter_rows(values_only=True)
    first = next(lines, None)
    if first is None:
        raise FileError("the workbook's first sheet is empty")
    header, notes = _unique_header([_cell_text(v) for v in first])
    while header and header[-1].startswith("column_") and not str(first[len(header) - 1] or "").strip():
        header.pop()  # trailing empty header cells of a formatted sheet
    width = len(header)
    rows, numbers, errors, unsplit = [], [], [], {}
    for number, values in enumerate(lines, start=2):
        cells = [_cell_text(v) for v in values]
        if not any(c.strip() for c in cells):
            continue
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            unsplit[number] = " | ".join(cells)
            errors.append(RowError(number, "*", f"cells beyond the last header column ({len(cells)} > {width})"))
            continue
        rows.append((cells + [""] * width)[:width])
        numbers.append(number)
    book.close()
    if len(book.worksheets) > 1:
        notes.append(f"only the first sheet '{sheet.title}' was read")
    frame = pd.DataFrame(rows, columns=header, index=pd.Index(numbers, name="row"), dtype=object)
    return SourceTable("xlsx", frame, "row", errors, unsplit, notes)


# ---------------------------------------------------------------- JSON, GeoJSON, TimelineJS

def _json_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if math.isfinite(value) and value.is_integer() else repr(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _records_table(kind: str, records: list[object], label: str) -> SourceTable:
    """Table from a list of JSON objects, numbered from 1; non-objects are rejected by number."""
    columns: dict[str, None] = {}
    rows, numbers, errors, unsplit = [], [], [], {}
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            unsplit[number] = _json_cell(record)[:200]
            errors.append(RowError(number, "*", f"{label} is {type(record).__name__}, not an object"))
            continue
        flat = {str(k): _json_cell(v) for k, v in record.items()}
        columns.update(dict.fromkeys(flat))
        rows.append(flat)
        numbers.append(number)
    frame = pd.DataFrame(rows, columns=list(columns), index=pd.Index(numbers, name="row"), dtype=object)
    return SourceTable(kind, frame.fillna(""), "record", errors, unsplit)


def read_json(text: str) -> SourceTable:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    if isinstance(document, list):
        return _records_table("json", document, "record")
    if isinstance(document, dict):
        if document.get("type") == "FeatureCollection":
            return read_geojson(document.get("features"))
        if document.get("type") == "Feature":
            return read_geojson([document])
        if isinstance(document.get("events"), list):
            return read_timelinejs(document["events"])
        for key in ("data", "records", "rows"):
            if isinstance(document.get(key), list):
                return _records_table("json", document[key], "record")
    raise FileError("JSON not recognised: expected a list of records, a GeoJSON FeatureCollection or TimelineJS")


def _feature_row(feature: object) -> tuple[dict[str, object] | None, str]:
    """Properties plus lat/lon of a Point feature, or why the feature cannot be an event."""
    if not isinstance(feature, dict):
        return None, "not a GeoJSON feature"
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict):
        return None, "feature has no geometry"
    if geometry.get("type") != "Point":
        return None, f"geometry is {geometry.get('type')}; only Point features are imported"
    coords = geometry.get("coordinates")
    if not isinstance(coords, list) or len(coords) < 2:
        return None, "Point has no [longitude, latitude] coordinates"
    properties = feature.get("properties") or {}
    if not isinstance(properties, dict):
        return None, "feature properties are not an object"
    row = {k: v for k, v in properties.items() if k not in ("lat", "lon")}
    row["lon"], row["lat"] = coords[0], coords[1]
    if feature.get("id") is not None and "id" not in row:
        row["id"] = feature["id"]
    return row, ""


def read_geojson(features: object) -> SourceTable:
    if not isinstance(features, list):
        raise FileError("GeoJSON FeatureCollection without a 'features' list")
    records: list[object] = []
    problems: dict[int, str] = {}
    for number, feature in enumerate(features, start=1):
        row, problem = _feature_row(feature)
        records.append(row if row is not None else feature)
        if problem:
            problems[number] = problem
    table = _records_table("geojson", [r if n not in problems else None for n, r in enumerate(records, 1)], "feature")
    table.errors = [RowError(n, "geometry", reason) for n, reason in problems.items()]
    table.unsplit = {n: _json_cell(records[n - 1])[:200] for n in problems}
    table.notes.append("coordinates taken from each feature's Point geometry (columns lat, lon)")
    return table


def _timeline_date(value: object) -> str:
    """``{"year": 2023, "month": 4}`` → ``"2023-04"``: partial dates keep their precision."""
    if not isinstance(value, dict):
        return _json_cell(value)
    parts = [value.get("year"), value.get("month"), value.get("day")]
    text = []
    for position, part in enumerate(parts):
        if part in (None, ""):
            break
        text.append(str(part).strip().zfill(4 if position == 0 else 2))
    return "-".join(text)


def read_timelinejs(events: list[object]) -> SourceTable:
    """TimelineJS ``events``: start/end date objects, text headline/text, group, unique_id.

    TimelineJS has no coordinates; a ``location`` object ``{lat, lon, name}`` (as StoryMapJS
    writes it) is read when present, otherwise the mapping must give a default place.
    """
    flat: list[object] = []
    for event in events:
        if not isinstance(event, dict):
            flat.append(event)
            continue
        text = event.get("text") if isinstance(event.get("text"), dict) else {}
        location = event.get("location") if isinstance(event.get("location"), dict) else {}
        row = {
            "unique_id": event.get("unique_id"),
            "start_date": _timeline_date(event.get("start_date")),
            "end_date": _timeline_date(event.get("end_date")) if event.get("end_date") else "",
            "headline": text.get("headline"),
            "text": text.get("text"),
            "group": event.get("group"),
        }
        if location:
            row.update({"location_name": location.get("name"), "lat": location.get("lat"),
                        "lon": location.get("lon")})
        flat.append(row)
    table = _records_table("timelinejs", flat, "event")
    return table
