"""The query engine behind :mod:`lagebild.query`: DuckDB over Arrow, for 30 events or a million.

An :class:`EventStore` is built once from the enriched events and shared by every session
(the page caches it with ``st.cache_resource``; ``st.cache_data`` would copy it per call).
It keeps the pandas frame (rows come back exactly as :func:`lagebild.store.enrich` made them)
and an in-process DuckDB table of the columns filters and aggregates need. Every query opens
its own cursor, so sessions on different threads may query at once.

Semantics equal :func:`lagebild.query.filter_mask`: a period overlaps the range, actors any-of,
text case-insensitive (``str.casefold``) over the German and English titles and summaries,
categories/statuses/countries any-of; the timeline brush narrows by the same overlap.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import query
from .bulk import acled_events, period_ends, validate_frame
from .query import Filters
from .schema import ValidationReport

LOD_THRESHOLD = 2500
"""Up to this many filtered events the map draws each one; above it, counts per grid cell."""
TABLE_ROWS = 500
"""Rows of the filtered set the event table shows (the first ones, in list order)."""
CELL_PIXELS = 48
"""Grid cell size on screen at the map's zoom; cells are sized in degrees from it."""
MAX_CELLS = 4000
"""At most this many cells: the grid coarsens until it fits, so the payload stays bounded."""
TIMELINE_BINS = ("day", "week", "month")
_SEP = "\x00"
_TEXTS = ("title_de", "title_en", "summary_de", "summary_en")

Brush = tuple[dt.date, dt.date] | None
ALL = Filters()


def enrich_fast(events: pd.DataFrame) -> pd.DataFrame:
    """:func:`lagebild.store.enrich` without per-row Python for the dates (same columns, same values)."""
    frame = events.copy()
    frame["period_start"] = frame["start"]
    last = frame["end"].fillna(frame["start"])
    frame["period_end"] = period_ends(last, frame["date_precision"].astype(object)).astype(frame["start"].dtype)
    frame["actor_list"] = pd.Series(_actor_tuples(frame["actors"]), index=frame.index, dtype=object)
    return frame.reset_index(drop=True)


def _actor_tuples(actors: pd.Series) -> list[tuple[str, ...]]:
    """Split each distinct ``actors`` cell once (ACLED repeats a few hundred combinations)."""
    codes, uniques = pd.factorize(actors, use_na_sentinel=True)
    split = [tuple(a.strip() for a in str(value).split(";") if a.strip()) for value in uniques]
    split.append(())  # code -1: NA
    table = np.empty(len(split), dtype=object)
    table[:] = split
    return list(table[codes])


def _haystack(events: pd.DataFrame) -> pa.Array:
    """The four texts, case-folded, joined by NUL (an English text equal to the German one is left out).

    ``utf8_lower`` equals ``str.casefold`` on ASCII; rows with other characters (ß, ﬁ, Σ …) are
    case-folded by Python.
    """
    parts = [pa.array(events[c].astype("str").fillna("")).cast(pa.large_string()) for c in _TEXTS]
    title_en = pc.if_else(pc.equal(parts[1], parts[0]), "", parts[1])
    summary_en = pc.if_else(pc.equal(parts[3], parts[2]), "", parts[3])
    joined = pc.binary_join_element_wise(parts[0], title_en, parts[2], summary_en, pa.scalar(_SEP, pa.large_string()))
    lowered = pc.utf8_lower(joined)
    other = np.flatnonzero(~pc.string_is_ascii(joined).to_numpy(zero_copy_only=False))
    if len(other) == 0:
        return lowered
    folded = [value.casefold() for value in joined.take(pa.array(other)).to_pylist()]
    return pc.replace_with_mask(lowered, _mask(len(joined), other), pa.array(folded, type=pa.large_string()))


def _mask(size: int, positions: np.ndarray) -> pa.Array:
    mask = np.zeros(size, dtype=bool)
    mask[positions] = True
    return pa.array(mask)


@dataclass
class EventStore:
    """Enriched events, queryable by :class:`~lagebild.query.Filters` and a brushed period."""

    events: pd.DataFrame
    report: ValidationReport | None = None
    _con: duckdb.DuckDBPyConnection = field(init=False, repr=False)
    _actor_sets: list[frozenset[str]] = field(init=False, repr=False, default_factory=list)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._con = duckdb.connect(":memory:")
        table = self._arrow()
        self._con.register("incoming", table)
        self._con.execute("CREATE TABLE events AS SELECT * FROM incoming")
        self._con.unregister("incoming")

    # --- building -------------------------------------------------------------------------
    @classmethod
    def from_frame(cls, events: pd.DataFrame, report: ValidationReport | None = None) -> EventStore:
        """From schema-typed events (``records_frame``/``load_events``), enriched or not."""
        needed = {"period_start", "period_end", "actor_list"}
        enriched = events.reset_index(drop=True) if needed <= set(events.columns) else enrich_fast(events)
        return cls(enriched, report)

    @classmethod
    def from_parquet(cls, path: str | Path) -> EventStore:
        """From a Parquet file in our schema or in ACLED's layout, validated column-wise (no pydantic per row)."""
        table = pq.read_table(path)
        decoded = [pc.cast(c, pa.string()) if pa.types.is_dictionary(c.type) else c for c in table.columns]
        raw = pa.table(decoded, names=table.column_names).to_pandas()
        lower = {c.lower() for c in raw.columns}
        if {"event_id_cnty", "event_date", "event_type"} <= lower:
            raw = acled_events(raw, Path(path).stem)
        report = validate_frame(_as_text(raw))
        return cls.from_frame(report.events, report)

    def _arrow(self) -> pa.Table:
        ev = self.events
        codes, uniques = pd.factorize(ev["actors"], use_na_sentinel=True)
        self._actor_sets = [frozenset(a.strip() for a in str(u).split(";") if a.strip()) for u in uniques]
        return pa.table(
            {
                "row": pa.array(np.arange(len(ev), dtype=np.int64)),
                "id": _strings(ev["id"]),
                "period_start": pa.array(ev["period_start"]).cast(pa.date32()),
                "period_end": pa.array(ev["period_end"]).cast(pa.date32()),
                "category": _strings(ev["category"]),
                "status": _strings(ev["status"]),
                "country": _strings(ev["country"]),
                "origin": _strings(_origins(ev)),
                "actor_key": pa.array(codes.astype(np.int32)),  # -1: no actors
                "haystack": _haystack(ev),
                "lat": pa.array(ev["lat"].to_numpy(dtype=float)),
                "lon": pa.array(ev["lon"].to_numpy(dtype=float)),
            }
        )

    # --- querying -------------------------------------------------------------------------
    def _sql(self, sql: str, params: list) -> duckdb.DuckDBPyConnection:
        with self._lock:  # creating a cursor touches the shared connection
            cursor = self._con.cursor()
        return cursor.execute(sql, params)

    def _where(self, filters: Filters, brush: Brush = None) -> tuple[str, list]:
        clauses: list[str] = []
        params: list = []
        for start, end in ((filters.date_from, filters.date_to), brush or (None, None)):
            if start is not None:
                clauses.append("period_end >= ?")
                params.append(start)
            if end is not None:
                clauses.append("period_start <= ?")
                params.append(end)
        for column, wanted in (("category", filters.categories), ("status", filters.statuses),
                               ("country", filters.countries), ("origin", filters.origins)):
            if wanted:
                clauses.append(f"list_contains(?::VARCHAR[], {column})")
                params.append(list(wanted))
        if filters.actors:
            wanted = set(filters.actors)
            clauses.append("list_contains(?::INTEGER[], actor_key)")
            params.append([key for key, names in enumerate(self._actor_sets) if not wanted.isdisjoint(names)])
        needle = filters.text.strip()
        if needle:
            if _SEP in needle:  # cannot be told apart from the separator: ask pandas (exact, rare)
                rows = np.flatnonzero(query._contains_text(self.events, needle).to_numpy()).tolist()
                clauses.append("list_contains(?::BIGINT[], row)")
                params.append(rows)
            else:
                clauses.append("contains(haystack, ?)")
                params.append(needle.casefold())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def count(self, filters: Filters = ALL, brush: Brush = None) -> int:
        where, params = self._where(filters, brush)
        return int(self._sql(f"SELECT count(*) FROM events{where}", params).fetchone()[0])

    def total(self) -> int:
        return len(self.events)

    def rows(self, filters: Filters = ALL, brush: Brush = None, limit: int | None = None,
             listed: bool = False) -> np.ndarray:
        """Positions in :attr:`events` of the matching rows: file order, or list order with ``listed``."""
        where, params = self._where(filters, brush)
        order = "period_start, period_end, id, row" if listed else "row"
        sql = f"SELECT row FROM events{where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._sql(sql, params).fetchnumpy()["row"].astype(np.int64)

    def filtered(self, filters: Filters = ALL, brush: Brush = None, limit: int | None = None,
                 listed: bool = False) -> pd.DataFrame:
        """The matching events as rows of :attr:`events` (the first ``limit`` in list order if ``listed``)."""
        return self.events.iloc[self.rows(filters, brush, limit, listed)]

    def aggregate_grid(self, filters: Filters = ALL, brush: Brush = None, zoom: float | None = None,
                       cell_deg: float | None = None) -> pd.DataFrame:
        """Counts per grid cell: centre of mass (lat, lon), count, dominant category and its count.

        The cell size is ``cell_deg`` degrees or :data:`CELL_PIXELS` at ``zoom``; it doubles until
        there are at most :data:`MAX_CELLS` cells.
        """
        size = cell_deg if cell_deg is not None else CELL_PIXELS * 360 / (512 * 2 ** (zoom if zoom is not None else 4))
        while True:
            cells = self._grid(filters, brush, size)
            if len(cells) <= MAX_CELLS:
                cells["cell_deg"] = size
                return cells
            size *= 2

    def _grid(self, filters: Filters, brush: Brush, size: float) -> pd.DataFrame:
        where, params = self._where(filters, brush)
        sql = f"""
            WITH hits AS (
                SELECT floor(lon / ?) AS gx, floor(lat / ?) AS gy, category, count(*) AS n,
                       sum(lat) AS slat, sum(lon) AS slon
                FROM events{where} GROUP BY ALL)
            SELECT sum(slat) / sum(n) AS lat, sum(slon) / sum(n) AS lon, sum(n)::BIGINT AS count,
                   first(category ORDER BY n DESC, category) AS top_category, max(n)::BIGINT AS top_count
            FROM hits GROUP BY gx, gy ORDER BY count DESC, gx, gy"""
        return self._sql(sql, [size, size, *params]).df()

    def timeline_counts(self, filters: Filters = ALL, brush: Brush = None, bin: str = "day") -> pd.DataFrame:
        """Events per ``bin`` (day, ISO week from Monday, month) of their period start, by category."""
        if bin not in TIMELINE_BINS:
            raise ValueError(f"bin must be one of {', '.join(TIMELINE_BINS)}, not {bin!r}")
        where, params = self._where(filters, brush)
        sql = f"""SELECT date_trunc('{bin}', period_start)::DATE AS bin_start, category, count(*)::BIGINT AS count
                  FROM events{where} GROUP BY ALL ORDER BY bin_start, category"""
        frame = self._sql(sql, params).df()
        frame["bin_start"] = pd.to_datetime(frame["bin_start"])
        return frame

    @cached_property
    def bounds(self) -> tuple[dt.date, dt.date]:
        """First and last day covered by any event (today if there are none), as :func:`query.date_bounds`."""
        first, last = self._sql("SELECT min(period_start), max(period_end) FROM events", []).fetchone()
        if first is None:
            today = dt.date.today()
            return today, today
        return first, last

    @cached_property
    def actor_options(self) -> list[str]:
        used = self._sql("SELECT DISTINCT actor_key FROM events WHERE actor_key >= 0", []).fetchnumpy()["actor_key"]
        return sorted({a for key in used for a in self._actor_sets[key]}, key=str.casefold)

    @cached_property
    def country_options(self) -> list[str]:
        found = self._sql("SELECT DISTINCT country FROM events WHERE country IS NOT NULL", []).fetchnumpy()
        return sorted(map(str, found["country"]))

    @cached_property
    def origin_options(self) -> list[str]:
        """Sources of the events: ``bundled`` and ``upload:<file>`` per uploaded file."""
        found = self._sql("SELECT DISTINCT origin FROM events ORDER BY origin", []).fetchnumpy()
        return list(map(str, found["origin"]))

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(self.events["id"].astype(str))


def _origins(events: pd.DataFrame) -> pd.Series:
    return events["origin"].fillna("bundled") if "origin" in events else pd.Series("bundled", index=events.index)


def _strings(values: pd.Series) -> pa.Array:
    return pa.array(values.astype("str")).cast(pa.string())


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates as ISO text, as a CSV file holds them (validation reads every cell as text)."""
    out = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            out[column] = frame[column].dt.strftime("%Y-%m-%d")
    return out


def bin_for(first: dt.date, last: dt.date) -> str:
    """Day bars up to half a year, week bars up to three years, else months: a few hundred bars at most."""
    days = (last - first).days
    return "day" if days <= 183 else "week" if days <= 3 * 366 else "month"


def cell_degrees(zoom: float) -> float:
    return CELL_PIXELS * 360 / (512 * 2**zoom)




def map_mode(count: int) -> str:
    """``markers`` (each event drawn) up to :data:`LOD_THRESHOLD` filtered events, else ``aggregated``."""
    return "markers" if count <= LOD_THRESHOLD else "aggregated"
