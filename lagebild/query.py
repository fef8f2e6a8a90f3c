"""Filtering and counting events: the one module the page asks for data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Filters:
    """What the analyst narrowed the events to. Empty tuples mean "all"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    text: str = ""
    origins: tuple[str, ...] = ()  # "bundled", "upload:<file>": which sources to show


def _overlaps(events: pd.DataFrame, start: dt.date | None, end: dt.date | None) -> pd.Series:
    mask = pd.Series(True, index=events.index)
    if start is not None:
        mask &= events["period_end"] >= pd.Timestamp(start)
    if end is not None:
        mask &= events["period_start"] <= pd.Timestamp(end)
    return mask


def _contains_text(events: pd.DataFrame, text: str) -> pd.Series:
    needle = text.casefold()
    columns = ("title_de", "title_en", "summary_de", "summary_en")
    mask = pd.Series(False, index=events.index)
    for column in columns:
        mask |= events[column].fillna("").str.casefold().str.contains(needle, regex=False)
    return mask


def filter_mask(events: pd.DataFrame, filters: Filters) -> pd.Series:
    """Boolean mask of the events that pass ``filters``.

    An event passes the date filter when any day of its period (a whole month
    for month precision) lies in the range.
    """
    mask = _overlaps(events, filters.date_from, filters.date_to)
    if filters.categories:
        mask &= events["category"].isin(filters.categories)
    if filters.statuses:
        mask &= events["status"].isin(filters.statuses)
    if filters.countries:
        mask &= events["country"].isin(filters.countries)
    if filters.origins:
        origin = events["origin"].fillna("bundled") if "origin" in events else pd.Series("bundled", events.index)
        mask &= origin.isin(filters.origins)
    if filters.actors:
        wanted = set(filters.actors)
        mask &= events["actor_list"].map(lambda actors: not wanted.isdisjoint(actors))
    if filters.text.strip():
        mask &= _contains_text(events, filters.text.strip())
    return mask


def apply_filters(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    return events[filter_mask(events, filters)]


def within_period(events: pd.DataFrame, start: dt.date | None, end: dt.date | None) -> pd.DataFrame:
    """Events overlapping a period, e.g. the interval brushed on the timeline."""
    return events[_overlaps(events, start, end)]


def date_bounds(events: pd.DataFrame) -> tuple[dt.date, dt.date]:
    """First and last day covered by any event (today if there are none)."""
    if events.empty:
        today = dt.date.today()
        return today, today
    return events["period_start"].min().date(), events["period_end"].max().date()


def actor_options(events: pd.DataFrame) -> list[str]:
    return sorted({a for actors in events["actor_list"] for a in actors}, key=str.casefold)


def country_options(events: pd.DataFrame) -> list[str]:
    return sorted(events["country"].dropna().unique())


def sort_for_list(events: pd.DataFrame) -> pd.DataFrame:
    """Chronological, the way the event list and exports show events."""
    return events.sort_values(["period_start", "period_end", "id"], kind="stable")
