"""Calendar arithmetic for relative dates: the weekday, month or year a reference points to from a given day."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def months_back(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` back, or that month's last day ("vor genau drei Monaten")."""
    first = add_months(day.replace(day=1), -months)
    return first.replace(day=min(day.day, calendar.monthrange(first.year, first.month)[1]))


def weekday_date(published: dt.date, weekday: int, tense: str, modifier: str | None = None) -> dt.date:
    """The weekday nearest the publication date in the direction the tense (or modifier) points."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if modifier in ("vergangenen", "letzten", "vorigen"):
        return published - dt.timedelta(days=back or 7)
    if modifier == "ago":  # "am Samstag vor einer Woche": the one before the last (or today's) Saturday
        return published - dt.timedelta(days=back + 7)
    if modifier in ("kommenden", "nächsten"):
        return published + dt.timedelta(days=ahead or 7)
    if tense == "past":
        return published - dt.timedelta(days=back)
    return published + dt.timedelta(days=ahead)


def month_date(published: dt.date, month: int, tense: str) -> dt.date:
    """The named month: latest on or before publication in the past, else the coming one."""
    if tense == "past":
        year = published.year if month <= published.month else published.year - 1
    else:
        year = published.year if month >= published.month else published.year + 1
    return dt.date(year, month, 1)


def year_for(day: int, month: int, published: dt.date, tense: str) -> int:
    candidate = dt.date(published.year, month, day)
    if tense == "past" and candidate > published:
        return published.year - 1
    if tense != "past" and candidate < published:
        return published.year + 1
    return published.year
