"""German date expressions → concrete dates, resolved against the publication date.

Explicit dates ("4. April 2023", "am 3. Mai") are parsed directly; relative ones
("am Mittwoch", "vor knapp 14 Monaten", "im Februar", "übermorgen") are resolved
against ``published``. A bare weekday or month is ambiguous, so the tense of the
nearest verb decides: reported past → the last such day on or before publication,
present/future → the next one on or after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..schema import period_end, period_start
from .date_words import (  # noqa: F401  (MONTHS, WEEKDAYS: public via dates)
    MONTHS,
    NUM,
    NUMBER_WORDS,
    OF_YEAR,
    PATTERNS,
    RELATIVE_DAYS,
    SEASONS,
    WEEKDAYS,
)
from .feasts import feast_date
from .tense import FUTURE_VERBS, tense_for
from .weekdays import add_months, month_date, months_back, weekday_date, year_for  # noqa: F401  (public via dates)

_SINCE = re.compile(r"\b[Ss]eit\s+(?:(?:dem|letztem|vergangenem)\s+)?$")
# "Seit Russland am 10. Mai …", "seit Beginn einer Offensive am 10. Mai", "seit ihrem Vorstoß am 6. August", "vom
# Angriff am Samstag": in the past.
_PAST_DAY = re.compile(r"\b[Ss]eit\s+(?:[A-ZÄÖÜ]\w*|(?:dem\s+)?Beginn\s+(?:\S+\s+){1,4}?)\s*(?:am\s+|im\s+)?$|"
                       r"\b[Ss]eit\s+(?:dem|der|ihrem|ihrer|seinem|seiner|einem|einer|dessen|deren)\s+(?:[a-zäöü]\w*\s+){0,2}"
                       r"[A-ZÄÖÜ][\w-]*\s+(?:am|vom)\s+$|"
                       r"\bAngriff(?:s|es)?\s+(?:auf\s+[\w-]+\s+)?(?:vom|am)\s+$")
# "der Invasion vom 24. Februar", "die Zerstörung des Kachowka-Staudamms am 6. Juni", "dem Einmarsch in die Ukraine am
# 24. Februar": the day of a war's start or of a destruction lies in the past, whatever the tense of the sentence; it
# is that event's, not the sentence's. So is a town's fall: "Seit dem Fall von Awdijiwka im Februar drängen …".
WAR_OF = re.compile(r"\b(?:Invasion|Einmarsch(?:es)?|Überfall(?:s|es)?|Großangriff(?:s|es)?|Angriffskrieg(?:s|es)?|"
                    r"Angriff(?:s|es)?(?=\s+(?:auf|gegen)\s+die\s+Ukraine\b)|Zerstörung|Sprengung|Fall(?:s|es)?)\s+"
                    r"(?:(?:des|der|von|in\s+die|(?:auf|gegen)\s+die)\s+[\w-]+\s+)?(?:(?:vom|am|im)\s+)?$")
# "Das Gespräch vom 19. Februar": a thing of that day lies in the past (not "vom 23. bis 27. September").
_DATED_NOUN = re.compile(r"\b[A-ZÄÖÜ]\w+\s+vom\s+$")
_BEGINNING = re.compile(r"\bbeginnend\s+(?:am\s+|ab\s+)?$")
_FOR = re.compile(r"\b[Ff]ür\s+(?:das\s+)?$")
_INVITED_FOR = re.compile(r"\b(?:eingeladen|einberufen|einlädt|lädt|angesetzt|anberaumt)\b")
_SCHEDULED = re.compile(r"\b(?:angesetzt|geplant|vorgesehen|terminiert)\b")
_PERIODS = ("rel_period", "year", "month_year", "quarter")


@dataclass(frozen=True)
class DateMention:
    """A date expression found in the text, with its resolved period."""

    start: dt.date
    precision: str  # one of vocab.DATE_PRECISIONS
    begin: int  # character offsets into the text searched
    stop: int
    text: str
    kind: str
    end: dt.date | None = None
    approximate: bool = False
    day_part: str | None = None
    ongoing: bool = False  # "seit Dienstag": from then until publication


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _relative_period(groups: dict, published: dt.date) -> tuple[dt.date, str]:
    unit = groups["unit"].rstrip("s")
    unit = "Jahr" if unit.startswith("Jahr") else unit.removesuffix("e") if unit == "Jahre" else unit
    mod = (groups.get("mod") or "").lower().removesuffix("n").removesuffix("r")  # "nächster Woche" as "nächsten Monat"
    step = -1 if mod in ("vergangene", "letzte", "vorige") else 1 if mod in ("kommende", "nächste") else 0
    step = 2 if mod == "übernächste" else step  # "Übernächste Woche"
    if unit == "Woche":
        return period_start(published, "week") + dt.timedelta(weeks=step), "week"
    if unit.startswith("Monat"):
        return add_months(published.replace(day=1), step), "month"
    return dt.date(published.year + step, 1, 1), "year"


def _resolve(kind: str, g: dict, published: dt.date, tense: str) -> tuple[dt.date, str, dict] | None:
    """Start date, precision and extra attributes for one match (None if it is not a date after all)."""
    if kind == "holiday":
        day = feast_date(g["feast"], published.year)
        if tense == "past" and day > published:
            day = feast_date(g["feast"], published.year - 1)
        elif tense != "past" and day < published:
            day = feast_date(g["feast"], published.year + 1)
        after = (WEEKDAYS.index(g["wd"].lower()) - day.weekday()) % 7 or 7 if g.get("wd") else 0
        return day + dt.timedelta(days=after), "day", {}
    if kind == "explicit":
        month, day = MONTHS[g["month"].lower()], int(g["day"])
        step = {"vergangenen": -1, "letzten": -1, "vorigen": -1, "kommenden": 1, "nächsten": 1}.get(g.get("yearmod"), 0)
        year = int(g["year"]) if g.get("year") else published.year + step if g.get("yearmod") else \
            year_for(day, month, published, tense)
        last = {"end": dt.date(year, month, int(g["last"]))} if g.get("last") and int(g["last"]) > day else {}
        return dt.date(year, month, day), "day", last
    if kind == "numeric":
        return dt.date(int(g["year"]), int(g["month"]), int(g["day"])), "day", {}
    if kind == "month_year":
        second = {"end": period_end(dt.date(int(g["year"]), MONTHS[g["month2"].lower()], 1), "month")} \
            if g.get("month2") else {}
        return dt.date(int(g["year"]), OF_YEAR[g["month"].lower()], 1), "month", second
    if kind == "quarter":
        nth = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}.get(g["nth"]) or int(g["nth"].rstrip("."))
        months = 3 if g["unit"] == "Quartal" else 6
        first = dt.date(int(g["year"]), (nth - 1) * months + 1, 1)
        return first, "month", {"end": period_end(add_months(first, months - 1), "month")}
    if kind == "relative_day":
        part = g.get("part")
        return published + dt.timedelta(days=RELATIVE_DAYS[g["word"].lower()]), "day", {"day_part": part}
    if kind == "weekday" and g.get("after"):  # "am Montag darauf": counted from the day named before (dating)
        return published, "day", {"day_part": g.get("part")}
    if kind == "weekday":
        wd = WEEKDAYS.index(g["wd"].lower())
        if week := g.get("week") or g.get("weekfirst"):
            steps = {"vergangene": -1, "letzte": -1, "vorige": -1, "kommende": 1, "nächste": 1}
            step = steps.get(week.lower().rstrip("nr"), 0)  # "vergangener", "Vergangene"
            day = period_start(published, "week") + dt.timedelta(weeks=step, days=wd)
        elif g.get("dago"):
            back = published - dt.timedelta(days=_number(g["dago"]))
            day = back + dt.timedelta(days=(wd - back.weekday() + 3) % 7 - 3)
        else:
            day = weekday_date(published, wd, tense, "ago" if g.get("wago") else (g.get("mod") or "").lower() or None)
        extra: dict = {"day_part": g.get("part")}
        if g.get("wd2"):
            extra["end"] = day + dt.timedelta(days=(WEEKDAYS.index(g["wd2"].lower()) - wd) % 7)
        return day, "day", extra
    if kind == "ago":
        n, approx = _number(g["n"]), bool(g.get("approx"))
        unit = {"Tag": "Tagen", "Woche": "Wochen", "Monat": "Monaten", "Jahr": "Jahren"}.get(g["unit"], g["unit"])
        if g.get("exact") and unit != "Tagen":  # "vor genau einer Woche", "vor genau drei Monaten": that day
            return (published - dt.timedelta(weeks=n) if unit == "Wochen" else
                    months_back(published, n * (12 if unit == "Jahren" else 1))), "day", {}
        if unit == "Jahren" and n == 1:  # "vor einem Jahr": about twelve months ago, not the whole last year
            return add_months(published.replace(day=1), -12), "month", {"approximate": True}
        if unit == "Tagen":
            return published - dt.timedelta(days=n), "day", {"approximate": approx}
        if unit == "Wochen":
            return period_start(published - dt.timedelta(weeks=n), "week"), "week", {"approximate": approx}
        if unit == "Monaten":
            return add_months(published.replace(day=1), -n), "month", {"approximate": True}
        return dt.date(published.year - n, 1, 1), "year", {"approximate": True}
    if kind == "ahead":
        n, approx = _number(g["n"]), bool(g.get("approx"))
        if g["unit"] == "Tagen":
            return published + dt.timedelta(days=n), "day", {"approximate": approx}
        if g["unit"] == "Wochen":
            return period_start(published + dt.timedelta(weeks=n), "week"), "week", {"approximate": approx}
        if g["unit"] == "Monaten":
            return add_months(published.replace(day=1), n), "month", {"approximate": True}
        return dt.date(published.year + n, 1, 1), "year", {"approximate": True}
    if kind == "last_months":
        unit = g["unit"]
        back = {"Wochen": 0, "Monaten": 6, "Jahren": 24}[unit]
        if unit == "Wochen":
            return period_start(published, "week") - dt.timedelta(weeks=3), "week", {"approximate": True}
        end = add_months(published.replace(day=1), -1)
        return add_months(published.replace(day=1), -back), "month", {"approximate": True, "end": end}
    if kind in ("rel_period", "phase_period"):
        if kind == "rel_period" and not (g.get("mod") or g.get("phase") or g.get("this")):
            return None
        start, precision = _relative_period(g, published)
        if precision == "year" and g.get("phase") in ("Anfang", "Ende"):  # "Ende des Jahres": its last month
            start, precision = start.replace(month=1 if g["phase"] == "Anfang" else 12), "month"
        return start, precision, {"approximate": bool(g.get("phase"))}
    if kind == "coming_days":
        ahead = dt.timedelta(days=3 if g["unit"] == "Tagen" else 7)  # "in den kommenden Wochen": from next week
        return period_start(published + ahead, "week"), "week", {"approximate": True}
    if kind == "month_end":
        return period_start(period_end(published, "month"), "week"), "week", {"approximate": True}
    if kind == "year_end":
        return dt.date(published.year, 12, 1), "month", {"approximate": True}
    if kind == "turn_of_year":
        return dt.date(published.year + (tense != "past"), 1, 1), "month", {"approximate": True}
    if kind == "month":
        month = MONTHS.get(g["month"].lower()) or SEASONS[g["month"].lower()]
        if g.get("yearmod"):  # "im Juli vergangenen Jahres": the year is named, the tense does not matter
            step = {"vergangenen": -1, "letzten": -1, "vorigen": -1, "kommenden": 1, "nächsten": 1}.get(g["yearmod"], 0)
            return dt.date(published.year + step, month, 1), "month", {"approximate": bool(g.get("phase"))}
        if g.get("yearsago"):
            years = int(g["yearsago"]) if g["yearsago"].isdigit() else NUMBER_WORDS[g["yearsago"]]
            return dt.date(published.year - years, month, 1), "month", {"approximate": bool(g.get("phase"))}
        if g.get("monthmod"):  # "im vergangenen Oktober", "im kommenden März"
            tense = "future" if g["monthmod"] in ("kommenden", "nächsten") else "past"
        return month_date(published, month, tense), "month", {"approximate": bool(g.get("phase"))}
    if kind == "month_week":
        first = month_date(published, MONTHS[g["month"].lower()], tense)
        if g["nth"] == "letzten":  # the week holding the fourth-last day
            return period_start(period_end(first, "month") - dt.timedelta(days=3), "week"), "week", {}
        nth = ("ersten", "zweiten", "dritten", "vierten").index(g["nth"])
        return period_start(first + dt.timedelta(days=3), "week") + dt.timedelta(weeks=nth), "week", {}
    if kind == "year":
        return dt.date(int(g["year"]), 1, 1), "year", {}
    if kind == "day_part":
        return published, "day", {"day_part": g["part"]}
    if kind == "day_after":
        return published + dt.timedelta(days=1), "day", {}
    if kind == "same_day":
        return published, "day", {}
    if kind == "days_later" and not (" nach " in g["_text"] and tense != "past"):  # "Fünf Tage nach dem Absturz
        return published + dt.timedelta(days=_number(g["n"].lower())), "day", {}  # wächst der Druck": today
    if kind == "later":  # counted from the day named before (see dating); here from publication
        word, unit = (g.get("n") or g["n2"]).lower(), g.get("unit") or g["unit2"]
        n = 1 if word.startswith("ein") else _number(word)
        step = dt.timedelta(weeks=n) if unit.startswith("Woche") else dt.timedelta(days=30 * n)
        return published + step, "week" if unit.startswith("Woche") else "month", {"approximate": True}
    if kind == "weekend":
        modifier = {"kommenden": "kommenden", "nächsten": "kommenden"}.get(g.get("mod", ""), g.get("mod"))
        return weekday_date(published, 5, tense, modifier), "day", {}
    if kind == "last_night":
        return published, "day", {"day_part": "Nacht"}
    if kind == "day_before":
        part = "abend" if "abend" in g.get("_text", "").lower() else None
        return published - dt.timedelta(days=1), "day", {"day_part": part}
    if kind == "recent":
        return (published - dt.timedelta(days=14)).replace(day=1), "month", {"approximate": True}
    if kind == "now":
        return published, "day", {}
    if kind == "current":
        return period_start(published, "week"), "week", {}
    return None


def _far_ahead_in_present(text: str, day: dt.date, published: dt.date) -> bool:
    """A day and month told in the present with no word of the future ("Im Mittelpunkt steht ein Abendessen am
    5. September", in December) that would lie more than half a year ahead: the one of the past months is meant."""
    return (day - published).days > 183 and not FUTURE_VERBS.search(text)


def find_dates(text: str, published: dt.date) -> list[DateMention]:
    """All date expressions in ``text`` (ideally one sentence), longest match first, no overlaps."""
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            begin, stop = match.span()
            if any(begin < b_stop and stop > b_begin for b_begin, b_stop in taken):
                continue
            if kind in _PERIODS and _FOR.search(text[:begin]) and not _SCHEDULED.search(text):
                continue  # "Budgethilfen für dieses Jahr": what it is for (not "ist für das kommende Jahr angesetzt")
            if _BEGINNING.search(text[:begin]):
                continue  # "eine Waffenruhe von 30 Tagen, beginnend am Montag": when what is asked for begins
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            groups["_text"] = match.group(0)
            # "seit Dienstag", "seit Oktober": always the past, and the event goes on.
            since = bool(_SINCE.search(text[:begin])) or match.group(0).lower().startswith("seit ")
            recalled = WAR_OF.search(text[:begin]) or _PAST_DAY.search(text[:begin])
            past = since or bool(recalled) or _DATED_NOUN.search(text[:begin]) is not None and \
                not re.match(r"\s+bis\b", text[stop:]) and not match.groupdict().get("last")
            resolved = _resolve(kind, groups, published, "past" if past else tense_for(text, begin))
            if kind == "explicit" and resolved and _far_ahead_in_present(text, resolved[0], published):
                resolved = _resolve(kind, groups, published, "past")  # "steht ein Abendessen am 5. September"
            if kind == "weekday" and _FOR.search(text[:begin]) and resolved:  # "Für Sonntag ordnete er Trauer an":
                resolved = min((resolved, _resolve(kind, groups, published, "future")),  # the nearest Sunday
                               key=lambda r: abs((r[0] - published).days) if r else 99)
                if _INVITED_FOR.search(text):  # "Für Freitag hat Starmer … nach London eingeladen": the coming one
                    resolved = _resolve(kind, groups, published, "future")
            if resolved is None:
                continue
            start, precision, extra = resolved
            if since and kind in ("weekday", "month", "explicit", "month_year", "year", "relative_day"):
                extra["ongoing"] = True
            named = "weekday_after" if kind == "weekday" and groups.get("after") else kind
            mentions.append(DateMention(start, precision, begin, stop, match.group(0), named, **extra))
            taken.append((begin, stop))
    found = _join_ranges(text, sorted(mentions + _counted_after(text, mentions), key=lambda m: m.begin))
    found = [_in_year_named_before(text, mention, found, published) for mention in found]
    return _weekday_with_its_date(text, found, published)


# "für Montag, den 1. September": the weekday and the date name one day.
_APPOSED = re.compile(r",?\s+(?:den|dem)\s+$")


def _weekday_with_its_date(text: str, found: list[DateMention], published: dt.date) -> list[DateMention]:
    """A weekday followed by its date ("Montag, den 1. September") is that date, in the year (next to
    publication) in which it falls on that weekday; each was resolved alone, by tense, before."""
    out = list(found)
    for i, (weekday, day) in enumerate(zip(found, found[1:], strict=False)):
        if weekday.kind != "weekday" or day.kind != "explicit" or re.search(r"\d{4}", day.text) \
                or not _APPOSED.fullmatch(text[weekday.stop : day.begin]):
            continue
        years = [y for y in (published.year - 1, published.year, published.year + 1)
                 if _has_day_in(y, day.start) and day.start.replace(year=y).weekday() == weekday.start.weekday()]
        if years:
            date = min((day.start.replace(year=y) for y in years), key=lambda d: abs((d - published).days))
            out[i], out[i + 1] = replace(weekday, start=date), replace(day, start=date)
    return out


def _has_day_in(year: int, day: dt.date) -> bool:
    """Does ``year`` have the day and month of ``day`` (29 February)?"""
    try:
        day.replace(year=year)
    except ValueError:
        return False
    return True


# "Bei der Präsidentenwahl 2004 war er nach der Stichwahl vom 21. November …": the election's year.
_ELECTION_YEAR = re.compile(r"\w*[Ww]ahl(?:en)?\s+(?:von\s+)?(?P<year>(?:19|20)\d{2})\b")


def _in_year_named_before(text: str, mention: DateMention, found: list[DateMention],
                          published: dt.date) -> DateMention:
    """A day or month without a year, after an earlier year named in the same sentence ("Im Jahr 2004 … am
    21. November"), lies in that year, not in the last year before publication."""
    if mention.kind not in ("explicit", "month") or re.search(r"\d{4}|Jahres\b", mention.text):
        return mention
    years = [m.start.year for m in found if m.kind == "year" and m.stop <= mention.begin and not m.ongoing]
    years += [int(m.group("year")) for m in _ELECTION_YEAR.finditer(text, 0, mention.begin)]
    if not years or years[-1] >= published.year or mention.start.year == years[-1]:
        return mention
    year = years[-1]
    try:
        end = mention.end.replace(year=year + mention.end.year - mention.start.year) if mention.end else None
        return replace(mention, start=mention.start.replace(year=year), end=end)
    except ValueError:  # 29 February of a year without it
        return mention


# "Vier Tage nach dem russischen Überfall am 24. Februar 2022": that many days after the day named.
_COUNTED_AFTER = re.compile(rf"\b(?P<n>{NUM})\s+(?P<unit>Tage|Wochen)\s+nach\b(?=\s+(?:dem|der|des)\s+"
                            r"[^,.;:]{1,60}?\s+(?:am|vom)\s+$)", re.IGNORECASE)


def _counted_after(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The days counted from an explicit day named just after ("vier Tage nach … am 24. Februar 2022")."""
    found = []
    for mention in mentions:
        counted = _COUNTED_AFTER.search(text[: mention.begin]) if mention.kind == "explicit" else None
        if counted is None:
            continue
        days = _number(counted.group("n").lower()) * (7 if counted.group("unit").lower() == "wochen" else 1)
        found.append(DateMention(mention.start + dt.timedelta(days=days), "day", counted.start(), counted.end(),
                                 counted.group(0), "counted_after"))
    return found


# "von Sonntag bis gestern", "vom 26. Juni bis zum Dienstag": one period from the first day to the second.
_FROM = re.compile(r"\b[Vv]o[nm]\s+(?:(?:am|dem)\s+)?$")
_UNTIL = re.compile(r"\s+bis\s+(?:(?:zum|am|einschließlich)\s+)?")


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    joined: list[DateMention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if (first is not None and first.precision == mention.precision == "day" and first.end is None
                and mention.start > first.start and _FROM.search(text[: first.begin])
                and _UNTIL.fullmatch(text[first.stop : mention.begin])):  # fmt: skip
            joined[-1] = replace(first, stop=mention.stop, text=text[first.begin : mention.stop],
                                 end=mention.end or mention.start)  # fmt: skip
            continue
        if (first is not None and first.kind == "month" and mention.kind == "month_year"
                and _FROM.search(text[: first.begin])
                and _UNTIL.fullmatch(text[first.stop : mention.begin])):  # fmt: skip
            # "Von Ende Februar bis Ende März 2022": the year named at the end is the first month's too
            year = mention.start.year - (first.start.month > mention.start.month)
            joined[-1] = replace(first, start=first.start.replace(year=year))
        joined.append(mention)
    return joined


def resolve(expression: str, published: dt.date, context: str = "") -> DateMention:
    """Resolve one expression; ``context`` (e.g. the rest of the sentence) supplies the tense."""
    sentence = f"{expression} {context}".strip()
    found = find_dates(sentence, published)
    if not found or found[0].begin >= len(expression):
        raise ValueError(f"no date expression recognised in {expression!r}")
    return found[0]
