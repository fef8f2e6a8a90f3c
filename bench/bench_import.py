"""How fast uploads import: prints rows/s for a generated German-Excel-style CSV and an ACLED-style CSV.

Run: /work/venv/bin/python bench/bench_import.py [ROWS]
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lagebild.importers import guess_mapping, import_file  # noqa: E402

ACLED_SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "import" / "acled_sample.csv"


def german_csv(rows: int) -> bytes:
    lines = ["Datum;Titel;Beschreibung;Breitengrad;Längengrad;Land;Ort;Kategorie"]
    for i in range(rows):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=i % 365)
        lat = f"{48 + i % 7},{i % 1000}"
        lines.append(f"{day:%d.%m.%Y};Ereignis {i};Zusammenfassung {i};{lat};30,5;Ukraine;Kiew;Besuch")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def acled_csv(rows: int) -> bytes:
    sample = list(csv.reader(io.StringIO(ACLED_SAMPLE.read_text(encoding="utf-8"))))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(sample[0])
    for i in range(rows):
        row = list(sample[1 + i % (len(sample) - 1)])
        row[0] = f"UKR{i}"
        writer.writerow(row)
    return out.getvalue().encode()


def measure(label: str, data: bytes, name: str, use_guess: bool) -> None:
    mapping = None
    if use_guess:
        mapping = guess_mapping(data.decode("cp1252").split("\r\n", 1)[0].split(";"))
    started = time.perf_counter()
    report = import_file(data, name, mapping)
    seconds = time.perf_counter() - started
    print(f"{label}: {report.rows_total} rows ({len(data) / 1e6:.1f} MB), {report.accepted} accepted, "
          f"{len(report.changes_frame)} changes listed, {seconds:.2f} s, {report.rows_total / seconds:,.0f} rows/s")


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    measure("German Excel CSV", german_csv(rows), "liste.csv", use_guess=True)
    measure("ACLED export", acled_csv(rows), "acled.csv", use_guess=False)


if __name__ == "__main__":
    main()
