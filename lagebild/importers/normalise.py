"""Turning a source table into rows of our schema, column by column (vectorised).

Every conversion and every filled default is recorded per row as a change; every
cell that cannot be converted becomes a :class:`RowError` naming the file's column.
What a foreign file lacks is filled by these documented defaults (``FALLBACKS``):

* ``id``: slug of the source name + ``-`` + slug of the file's id, or + row number without one
* ``date_precision``: from the date's form (``2023`` → year, ``2023-04`` → month, else day);
  a start inside a week/month/year is moved to the period's first day, as the schema wants
* ``category``: ``war`` ("War (background)") — third-party events are background to our story
* ``status``: ``occurred``; ``geo_precision``: ``city`` (the file does not say how exact it is)
* ``title_de``/``title_en``, ``summary_de``/``summary_en``: the one language the file has is copied
  into the other; a missing summary is the title
* ``place``: the coordinates as text; ``source``: the source name (the file name by default);
  ``source_date``: the event's start date
* ``country``: no fallback — map a column or give ``defaults["country"]``, or the row is rejected

``Mapping.defaults`` replaces any of these, and also fills empty cells of a mapped column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..schema import COLUMNS, RowError
from .mapping import Mapping
from .values import country_code, map_vocabulary, parse_dates, parse_numbers

FALLBACKS: dict[str, str] = {"category": "war", "status": "occurred", "geo_precision": "city"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_PLAIN_TEXT = ("place", "source", "actors", "attribution", "quote", "quote_by", "item", "currency", "trip")


def slug(text: str) -> str:
    """``"ACLED Ukraine 2023.csv"`` → ``"acled-ukraine-2023-csv"`` (ids must match ``[a-z0-9-]``)."""
    ascii_text = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def period_starts(iso: pd.Series, precision: pd.Series) -> pd.Series:
    """First day of each date's week/month/year (as :func:`lagebild.schema.period_start`), vectorised."""
    days = pd.to_datetime(iso.where(iso != "", None), format="%Y-%m-%d", errors="coerce")
    starts = days.copy()
    week, month, year = (precision == "week"), (precision == "month"), (precision == "year")
    starts[week] = days[week] - pd.to_timedelta(days[week].dt.day_of_week, unit="D")
    starts[month] = days[month] - pd.to_timedelta(days[month].dt.day - 1, unit="D")
    starts[year] = days[year] - pd.to_timedelta(days[year].dt.day_of_year - 1, unit="D")
    return starts.dt.strftime("%Y-%m-%d").fillna("").astype(object)


def slug_column(values: pd.Series) -> pd.Series:
    """:func:`slug` of every cell, vectorised."""
    text = values.fillna("").astype(object).str.lower().str.normalize("NFKD")
    ascii_text = text.str.encode("ascii", "ignore").str.decode("ascii")
    return ascii_text.str.replace(r"[^a-z0-9]+", "-", regex=True).str.strip("-").astype(object)


@dataclass
class Normalised:
    """Schema fields as text (None where the cell failed), errors, and the change log."""

    frame: pd.DataFrame
    errors: list[RowError] = field(default_factory=list)
    changes: list[pd.DataFrame] = field(default_factory=list)
    failed: dict[int, set[str]] = field(default_factory=dict)  # row → target fields that failed


class _Builder:
    def __init__(self, source: pd.DataFrame, mapping: Mapping, source_name: str) -> None:
        self.src = source
        self.mapping = mapping
        self.source_name = source_name
        self.index = source.index
        self.out = pd.DataFrame(index=self.index, columns=list(COLUMNS), dtype=object)
        self.result = Normalised(self.out)

    # -- bookkeeping
    def column_of(self, target: str) -> str:
        return self.mapping.source(target) or target

    def raw(self, target: str) -> pd.Series:
        column = self.mapping.source(target)
        if column is None or column not in self.src.columns:
            return pd.Series("", index=self.index, dtype=object)
        return self.src[column].fillna("").astype(object)

    def error(self, mask: pd.Series, target: str, reason: pd.Series | str, value: pd.Series | None = None) -> None:
        if not mask.any():
            return
        rows = self.index[mask.to_numpy()]
        reasons = reason[mask] if isinstance(reason, pd.Series) else pd.Series(reason, index=rows)
        values = (value if value is not None else self.raw(target))[mask]
        column = self.column_of(target)
        for row, why, val in zip(rows, reasons, values, strict=True):
            self.result.errors.append(RowError(int(row), column, str(why), str(val)))
            self.result.failed.setdefault(int(row), set()).add(target)

    def change(self, mask: pd.Series, target: str, old: pd.Series | str, new: pd.Series | str,
               reason: pd.Series | str) -> None:
        if not mask.any():
            return
        part = pd.DataFrame({"row": self.index[mask.to_numpy()]})
        for name, values in (("old", old), ("new", new), ("reason", reason)):
            part[name] = values[mask].map(str).to_numpy() if isinstance(values, pd.Series) else values
        part.insert(1, "column", target)
        self.result.changes.append(part)

    def fill(self, target: str, values: pd.Series, fallback: pd.Series | str | None, why: str) -> pd.Series:
        """Empty cells get ``defaults[target]`` or ``fallback``; each fill is listed as a change."""
        empty = values.fillna("") == ""
        if target in self.mapping.defaults:
            fallback, why = self.mapping.defaults[target], "default from the mapping"
        if fallback is None or not empty.any():
            return values
        filled = values.where(~empty, fallback)
        self.change(empty, target, "", filled, why)
        return filled

    # -- steps
    def text(self, target: str) -> pd.Series:
        if self.mapping.source(target) is None:
            return pd.Series("", index=self.index, dtype=object)
        raw = self.raw(target)
        stripped = raw.str.strip()
        self.change(stripped != raw, target, raw, stripped, "surrounding whitespace removed")
        return stripped

    def dates(self) -> None:
        start = parse_dates(self.raw("start"), self.mapping.day_first)
        hint = self.mapping.day_first if self.mapping.day_first is not None else start.day_first
        self.error(start.error != "", "start", start.error)
        self.error((self.raw("start").str.strip() == "") & ("start" not in self.mapping.defaults), "start",
                   "missing date")
        iso = self.fill("start", start.iso, None, "")
        for row in self.index[(iso == "").to_numpy()]:  # derived from start: no second error for them
            self.result.failed.setdefault(int(row), set()).update({"date_precision", "source_date"})
        self.note_order(start.note, "start")
        precision = self.precision(start.precision, iso)
        moved = period_starts(iso, precision)
        self.change((moved != iso) & (iso != ""), "start", iso, moved,
                    "moved to the first day of the " + precision + " (date_precision " + precision + ")")
        self.out["start"] = moved.where(moved != "", None)
        self.out["date_precision"] = precision.where(precision != "", None)
        for target in ("end", "source_date"):
            parsed = parse_dates(self.raw(target), hint)
            self.error(parsed.error != "", target, parsed.error)
            self.note_order(parsed.note, target)
            self.out[target] = parsed.iso.where(parsed.iso != "", None)

    def note_order(self, note: pd.Series, target: str) -> None:
        self.change(note != "", target, self.raw(target), self.raw(target), note)

    def precision(self, implied: pd.Series, iso: pd.Series) -> pd.Series:
        mapped, errors = map_vocabulary(self.raw("date_precision"), "date_precision",
                                        self.mapping.values.get("date_precision", {}))
        self.error(errors != "", "date_precision", errors)
        given = mapped != ""
        self.change(given & (mapped != self.raw("date_precision").str.strip()), "date_precision",
                    self.raw("date_precision"), mapped, f"translated from column '{self.column_of('date_precision')}'")
        finer = given & (implied != "") & (mapped.map(_PRECISION_RANK).fillna(9) < implied.map(_PRECISION_RANK))
        self.error(finer, "date_precision", "date_precision " + mapped + " but the date only gives a " + implied)
        precision = mapped.where(given & ~finer, implied)
        if "date_precision" in self.mapping.defaults:
            precision = precision.where(given | (iso == ""), self.mapping.defaults["date_precision"])
        self.change(~given & (iso != "") & (errors == ""), "date_precision", "", precision,
                    "inferred from the form of the date")
        return precision

    def coordinates(self) -> None:
        values = {}
        for target, limit in (("lat", 90), ("lon", 180)):
            raw = self.fill(target, self.raw(target), None, "")
            number, errors, comma = parse_numbers(raw)
            self.change(comma, target, raw, number, "decimal comma converted")
            values[target] = number
            self.error(errors != "", target, errors, raw)
            outside = number.abs() > limit
            values[target] = number.where(~outside)
            values[f"{target}_outside"] = outside
            values[f"{target}_raw"] = raw
        lat_out, lon_out = values["lat_outside"], values["lon_outside"]
        swapped = lat_out & (values["lon"].abs() <= 90)
        reason = pd.Series("latitude outside -90…90", index=self.index).where(
            ~swapped, "latitude outside -90…90 (lat/lon swapped?)")
        self.error(lat_out, "lat", reason, values["lat_raw"])
        self.error(lon_out, "lon", "longitude outside -180…180", values["lon_raw"])
        self.out["lat"], self.out["lon"] = values["lat"], values["lon"]

    def controlled(self, target: str) -> None:
        raw = self.raw(target)
        keys, errors = map_vocabulary(raw, target, self.mapping.values.get(target, {}))
        self.error(errors != "", target, errors)
        translated = (keys != "") & (keys != raw.str.strip())
        self.change(translated, target, raw, keys, f"translated from column '{self.column_of(target)}'")
        why = f"not in the file: default {FALLBACKS.get(target)}"
        keys = self.fill(target, keys.where(errors == "", "x"), FALLBACKS.get(target), why)
        self.out[target] = keys.where(errors == "", None)

    def country(self) -> None:
        raw = self.fill("country", self.raw("country"), None, "")
        found = raw.map(country_code)
        codes = found.map(lambda pair: pair[0])
        errors = found.map(lambda pair: pair[1])
        if "country" not in self.mapping.columns and "country" not in self.mapping.defaults:
            errors = pd.Series("no country: map a country column or set defaults.country in the mapping",
                               index=self.index)
        self.error(errors != "", "country", errors, raw)
        self.change((codes != "") & (codes != raw.str.strip()), "country", raw, codes, "converted to ISO alpha-2")
        self.out["country"] = codes.where(codes != "", None)

    def texts(self) -> None:
        own = self.mapping.language
        other = "en" if own == "de" else "de"
        for kind in ("title", "summary"):
            mine = self.text(f"{kind}_{own}") if f"{kind}_{own}" in self.mapping.columns else self.text(kind)
            mine = self.fill(f"{kind}_{own}", mine, None, "")
            theirs = self.fill(f"{kind}_{other}", self.text(f"{kind}_{other}"), None, "")
            mine, theirs = self._copy_across(kind, own, other, mine, theirs)
            self.out[f"{kind}_{own}"], self.out[f"{kind}_{other}"] = mine, theirs
        for lang in ("de", "en"):
            summary = self.out[f"summary_{lang}"]
            empty = summary.fillna("") == ""
            self.change(empty & (self.out[f"title_{lang}"] != ""), f"summary_{lang}", "", self.out[f"title_{lang}"],
                        f"no summary in the file: copied from title_{lang}")
            self.out[f"summary_{lang}"] = summary.where(~empty, self.out[f"title_{lang}"])

    def _copy_across(self, kind: str, own: str, other: str, mine: pd.Series, theirs: pd.Series):
        for src_lang, dst_lang, src, dst in ((own, other, mine, theirs), (other, own, theirs, mine)):
            gap = (dst.fillna("") == "") & (src.fillna("") != "")
            self.change(gap, f"{kind}_{dst_lang}", "", src, f"only one language in the file: copied from "
                        f"{kind}_{src_lang}")
            dst.loc[gap] = src[gap]
        return mine, theirs

    def plain_texts(self) -> None:
        for target in _PLAIN_TEXT:
            self.out[target] = self.text(target)
        lat, lon = self.out["lat"], self.out["lon"]
        where = pd.Series([f"{a:.4f}, {o:.4f}" if pd.notna(a) and pd.notna(o) else "" for a, o in
                           zip(lat, lon, strict=True)], index=self.index, dtype=object)
        self.out["place"] = self.fill("place", self.out["place"], where, "no place name in the file: coordinates")
        self.out["source"] = self.fill("source", self.out["source"], self.source_name,
                                       "no source in the file: the source name")
        start = self.out["start"].fillna("")
        self.out["source_date"] = self.fill("source_date", self.out["source_date"].fillna(""), start,
                                            "no source date in the file: the event's start").replace("", None)

    def numbers(self) -> None:
        raw = self.text("amount")
        number, errors, comma = parse_numbers(raw)
        self.change(comma, "amount", raw, number, "decimal comma converted")
        self.error((errors != "") & (raw != ""), "amount", errors, raw)
        self.out["amount"] = number.where(number.notna(), None)
        self.out["quantity"] = self.text("quantity").replace("", None)

    def ids(self) -> None:
        raw = self.text("id")
        slugs = slug_column(raw)
        prefix = slug(re.sub(r"\.(csv|txt|tsv|xlsx|json|geojson)$", "", self.source_name, flags=re.I)) or "upload"
        numbers = pd.Series(self.index.astype(str), index=self.index)
        if self.mapping.prefix_ids:
            made = (prefix + "-" + slugs).where(slugs != "", prefix + "-row-" + numbers)
            self.change(made != raw, "id", raw, made, "id made from the source name and the file's id or row")
        else:
            made = raw.where(raw != "", prefix + "-row-" + numbers)
            self.change(raw == "", "id", raw, made, "no id in the file: made from the source name and row")
        self.out["id"] = made

    def build(self) -> Normalised:
        self.ids()
        self.dates()
        self.coordinates()
        for target in ("category", "status", "geo_precision"):
            self.controlled(target)
        self.country()
        self.texts()
        self.plain_texts()
        self.numbers()
        self.out.replace({"": None, np.nan: None}, inplace=True)
        return self.result


def normalise(source: pd.DataFrame, mapping: Mapping, source_name: str) -> Normalised:
    """Schema fields for every row of ``source`` (index = row numbers) under ``mapping``."""
    return _Builder(source, mapping, source_name).build()
