"""Compare a drafted event list with a curated one: precision, recall, exact dates.

A draft and a curated event match when their date periods overlap (±1 day), they
lie within ``MAX_KM`` of each other (or, when either is placed only at country
level, in the same country), and they share the key terms: the same category and, when both name actors,
at least one actor.
Pairs are matched one to one, best first. Status is not a matching term; how often the matched
draft has the curated status is reported beside the targets.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

import pandas as pd

from ..geo import km_between
from ..schema import period_end

MAX_KM = 300.0
SLACK = dt.timedelta(days=1)


@dataclass(frozen=True)
class Score:
    name: str
    drafted: int
    curated: int
    matched: int
    exact_date: int
    same_status: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.drafted if self.drafted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.curated if self.curated else 0.0

    @property
    def exact_share(self) -> float:
        return self.exact_date / self.matched if self.matched else 0.0

    @property
    def status_share(self) -> float:
        return self.same_status / self.matched if self.matched else 0.0


def _period(row: pd.Series) -> tuple[dt.date, dt.date]:
    start = pd.Timestamp(row["start"]).date()
    last = pd.Timestamp(row["end"]).date() if pd.notna(row["end"]) else start
    return start, period_end(last, str(row["date_precision"]))


def _actors(row: pd.Series) -> set[str]:
    """The row's actors, compared without diacritics or case: "Viktor Orbán" and "Viktor Orban" are one person."""
    value = row["actors"]
    return set() if pd.isna(value) else {_folded(a) for a in str(value).split(";") if a.strip()}


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name.strip()).encode("ascii", "ignore").decode().casefold()


def matches(draft: pd.Series, curated: pd.Series) -> bool:
    """Same event? Overlapping dates, nearby place, a shared key term."""
    d_start, d_end = _period(draft)
    c_start, c_end = _period(curated)
    if d_start > c_end + SLACK or c_start > d_end + SLACK:
        return False
    coarse = "country" in (draft["geo_precision"], curated["geo_precision"])
    near = km_between(draft["lat"], draft["lon"], curated["lat"], curated["lon"]) <= MAX_KM
    if not (near or (coarse and draft["country"] == curated["country"])):
        return False
    if draft["category"] != curated["category"]:
        return False
    return not (_actors(draft) and _actors(curated)) or bool(_actors(draft) & _actors(curated))


def _quality(draft: pd.Series, curated: pd.Series) -> tuple[int, int, int]:
    return (int(draft["start"] == curated["start"]), int(draft["category"] == curated["category"]),
            len(_actors(draft) & _actors(curated)))  # fmt: skip


def match_events(drafted: pd.DataFrame, curated: pd.DataFrame) -> list[tuple[int, int]]:
    """One-to-one (draft index, curated index) pairs, best pairs first."""
    pairs = [(_quality(d, c), i, j) for i, d in drafted.iterrows() for j, c in curated.iterrows() if matches(d, c)]
    used_d: set[int] = set()
    used_c: set[int] = set()
    chosen = []
    for _, i, j in sorted(pairs, key=lambda p: p[0], reverse=True):
        if i not in used_d and j not in used_c:
            chosen.append((i, j))
            used_d.add(i)
            used_c.add(j)
    return chosen


def score(name: str, drafted: pd.DataFrame, curated: pd.DataFrame) -> Score:
    pairs = match_events(drafted, curated)
    exact = sum(
        1 for i, j in pairs
        if drafted.loc[i, "start"] == curated.loc[j, "start"]
        and drafted.loc[i, "date_precision"] == curated.loc[j, "date_precision"]
    )  # fmt: skip
    same_status = sum(1 for i, j in pairs if drafted.loc[i, "status"] == curated.loc[j, "status"])
    return Score(name, len(drafted), len(curated), len(pairs), exact, same_status)


def table(scores: list[Score]) -> str:
    header = ("article", "drafted", "curated", "matched", "precision", "recall", "exact date", "same status")
    lines = ["{:<34} {:>7} {:>7} {:>7} {:>9} {:>7} {:>10} {:>11}".format(*header)]
    for s in scores:
        lines.append(f"{s.name:<34} {s.drafted:>7} {s.curated:>7} {s.matched:>7} {s.precision:>9.0%} {s.recall:>7.0%} "
                     f"{s.exact_share:>10.0%} {s.status_share:>11.0%}")  # fmt: skip
    if len(scores) > 1:
        matched, same = sum(s.matched for s in scores), sum(s.same_status for s in scores)
        lines.append(f"\nsame status as curated: {same} of {matched} matched events ({same / max(matched, 1):.0%})")
    return "\n".join(lines)
