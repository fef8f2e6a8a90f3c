"""The Altair timeline: events in lanes by category, spans for coarse dates (no Streamlit)."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
from babel.dates import get_month_names

from . import vocab
from .i18n import date_labels, locale, t

BRUSH = "brush"
DAY_MS = 86_400_000


def timeline_rows(events: pd.DataFrame, lang: str, selected: str | None = None) -> pd.DataFrame:
    """One row per event with lane, slot inside the lane, period and display texts."""
    rows = pd.DataFrame(
        {
            "id": events["id"].astype(str),
            "lane": events["category"].map(lambda k: vocab.category(k).label(lang)),
            "category": events["category"].astype(str),
            "start": events["period_start"],
            "stop": events["period_end"] + pd.Timedelta(days=1),
            "span": events["date_precision"].ne("day") | events["end"].notna(),
            "title": events[f"title_{lang}"].astype(str),
            "place": events["place"].astype(str),
            "status": events["status"].map(lambda k: vocab.status(k).label(lang)),
            "date": date_labels(events, lang),
        }
    )
    # where a point (and the selection ring) sits: the day itself, or the middle of a span
    rows["mid"] = rows["start"].where(~rows["span"], rows["start"] + (rows["stop"] - rows["start"]) / 2)
    colour = events["category"].map(lambda k: vocab.category(k).colour)
    hollow = events["status"].map(lambda k: vocab.STATUS_MARKER.get(k) != "filled")
    rows["stroke"] = colour.to_numpy()
    rows["fill"] = [("#ffffff" if h else c) for c, h in zip(colour, hollow, strict=True)]
    rows["dashed"] = events["status"].map(lambda k: vocab.STATUS_MARKER.get(k) == "dashed").to_numpy()
    rows["selected"] = rows["id"].eq(selected) if selected else False
    rows["slot"] = _slots(rows)
    return rows.sort_values(["start", "id"]).reset_index(drop=True)


def _slots(rows: pd.DataFrame, share: float = 0.015) -> list[int]:
    """Stack events that would touch on the axis (closer than ``share`` of its range)
    within a lane into separate sub-rows."""
    slots = [0] * len(rows)
    if rows.empty:
        return slots
    gap = max((rows["stop"].max() - rows["start"].min()) * share, pd.Timedelta(hours=12))
    order = rows.sort_values(["start", "id"]).index
    ends: dict[str, list[pd.Timestamp]] = {}
    for i in order:
        lane_ends = ends.setdefault(rows.at[i, "lane"], [])
        start = rows.at[i, "start"]
        slot = next((k for k, end in enumerate(lane_ends) if start >= end + gap), len(lane_ends))
        if slot == len(lane_ends):
            lane_ends.append(rows.at[i, "stop"])
        else:
            lane_ends[slot] = rows.at[i, "stop"]
        slots[rows.index.get_loc(i)] = slot
    return slots


def month_label_expr(lang: str) -> str:
    """A Vega expression that labels axis ticks with babel's month names for ``lang``."""
    names = get_month_names("abbreviated", locale=locale(lang))
    months = "[" + ",".join(repr(names[m].rstrip(".")) for m in range(1, 13)) + "]"
    day = "date(datum.value) + '. '" if lang == "de" else "date(datum.value) + ' '"
    return (
        f"date(datum.value) == 1 ? {months}[month(datum.value)] + ' ' + year(datum.value) "
        f": {day} + {months}[month(datum.value)]"
    )


def lane_order(lang: str) -> list[str]:
    return [c.label(lang) for c in vocab.CATEGORIES]


def timeline_chart(
    events: pd.DataFrame,
    lang: str,
    selected: str | None = None,
    brush: tuple[dt.date, dt.date] | None = None,
    width: int | str = "container",
    interactive: bool = True,
    period: tuple[dt.date | None, dt.date | None] | None = None,
) -> alt.LayerChart:
    """Points for day-precise events, bars over the whole period for coarse ones.

    With ``interactive`` an x-interval selection named ``brush`` is attached, which
    Streamlit returns through ``on_select``. ``period`` (the date filter) limits the
    axis, so long background spans do not stretch a briefing on three days.
    """
    rows = timeline_rows(events, lang, selected)
    lanes = [lane for lane in lane_order(lang) if lane in set(rows["lane"])]
    max_slot = int(rows["slot"].max()) + 1 if len(rows) else 1
    domain = time_domain(rows, period)
    x = alt.X(
        "start:T",
        title=None,
        scale=alt.Scale(domain=domain),
        axis=alt.Axis(labelExpr=month_label_expr(lang), labelOverlap=True, grid=True, tickCount=tick_count(domain)),
    )
    y = alt.Y("lane:N", sort=lanes, title=None, axis=alt.Axis(labelLimit=220, labelFontSize=12))
    y_offset = alt.YOffset("slot:O", scale=alt.Scale(domain=list(range(max_slot))))
    tooltip = [
        alt.Tooltip("title:N", title=t("col_title", lang)),
        alt.Tooltip("date:N", title=t("col_date", lang)),
        alt.Tooltip("place:N", title=t("col_place", lang)),
        alt.Tooltip("status:N", title=t("col_status", lang)),
    ]
    base = alt.Chart(rows).encode(y=y, yOffset=y_offset, tooltip=tooltip)
    spans = (
        base.transform_filter("datum.span")
        .mark_bar(height=7, cornerRadius=2, strokeWidth=1.5, clip=True)
        .encode(
            x=x,
            x2="stop:T",
            fill=alt.Fill("fill:N", scale=None),
            stroke=alt.Stroke("stroke:N", scale=None),
            strokeDash=alt.condition("datum.dashed", alt.value([3, 2]), alt.value([1, 0])),
        )
    )
    points = (
        base.transform_filter("!datum.span")
        .mark_point(size=90, filled=True, strokeWidth=2.2)
        .encode(
            x=x,
            fill=alt.Fill("fill:N", scale=None),
            stroke=alt.Stroke("stroke:N", scale=None),
            opacity=alt.value(1),
        )
    )
    dots = (
        base.transform_filter("datum.dashed && !datum.span")
        .mark_point(size=8, filled=True)
        .encode(x=x, fill=alt.Fill("stroke:N", scale=None), stroke=alt.value(None))
    )
    ring = (
        base.transform_filter("datum.selected")
        .mark_point(size=380, strokeWidth=2.5, color="#111")
        .encode(x=alt.X("mid:T"))
    )
    layers = [spans, points, dots, ring]
    if interactive:
        value = {"x": [pd.Timestamp(brush[0]).isoformat(), pd.Timestamp(brush[1]).isoformat()]} if brush else None
        selection = (
            alt.selection_interval(name=BRUSH, encodings=["x"], value=value)
            if value
            else alt.selection_interval(name=BRUSH, encodings=["x"])
        )
        layers[1] = points.add_params(selection)
    height = max(120, len(lanes) * (16 + 11 * max_slot))
    return alt.layer(*layers).properties(width=width, height=height).configure_view(stroke=None)


def tick_count(domain: list[str]) -> int | dict:
    """Whole days on short axes (no repeated day labels from half-day ticks), else about eight ticks."""
    if len(domain) == 2:
        days = (pd.Timestamp(domain[1]) - pd.Timestamp(domain[0])).days
        if days <= 21:
            return {"interval": "day", "step": 1}
        if days <= 120:
            return {"interval": "week", "step": 1}
    return 8


def time_domain(rows: pd.DataFrame, period: tuple[dt.date | None, dt.date | None] | None = None) -> list[str]:
    """The x range: all events (or the given period) plus a margin, and at least a few days
    wide (one event alone would otherwise give a zero-width axis)."""
    if rows.empty:
        return []
    first, last = rows["start"].min(), rows["stop"].max()
    if period and period[0]:
        first = max(first, pd.Timestamp(period[0]))
    if period and period[1]:
        last = min(last, pd.Timestamp(period[1]) + pd.Timedelta(days=1))
    if last - first < pd.Timedelta(days=3):  # one day alone would make a zero-width axis
        middle = first + (last - first) / 2
        first, last = middle - pd.Timedelta(days=1.5), middle + pd.Timedelta(days=1.5)
    pad = (last - first) * 0.03
    return [(first - pad).isoformat(), (last + pad).isoformat()]


def brush_from_selection(selection: dict | None) -> tuple[dt.date, dt.date] | None:
    """The brushed period from Streamlit's ``on_select`` payload, or ``None``."""
    if not selection:
        return None
    interval = (selection.get("selection") or {}).get(BRUSH) or {}
    values = interval.get("start") or next(iter(interval.values()), None)
    if not values or len(values) != 2:
        return None
    first, last = (_to_date(v) for v in values)
    return (first, last) if first <= last else (last, first)


def _to_date(value: float | str) -> dt.date:
    if isinstance(value, int | float):
        return pd.Timestamp(value, unit="ms").date()
    return pd.Timestamp(value).date()


def timeline_counts_chart(
    counts: pd.DataFrame,
    lang: str,
    brush: tuple[dt.date, dt.date] | None = None,
    bin: str = "day",
    width: int | str = "container",
    interactive: bool = True,
) -> alt.Chart:
    """Stacked bars of events per ``bin`` by category (from ``EventStore.timeline_counts``).

    For many events: the spec holds one row per bin and category, not one per event. The
    x-interval selection is named ``brush`` like :func:`timeline_chart`'s, so brushing works the same.
    """
    days = {"day": 1, "week": 7}.get(bin)
    rows = pd.DataFrame(
        {
            "start": counts["bin_start"],
            "stop": counts["bin_start"] + (pd.Timedelta(days=days) if days else pd.offsets.MonthBegin(1)),
            "lane": counts["category"].map(lambda k: vocab.category(k).label(lang)),
            "count": counts["count"].astype(int),
        }
    )
    lanes = lane_order(lang)
    colours = [c.colour for c in vocab.CATEGORIES]
    x = alt.X("start:T", title=None,
              axis=alt.Axis(labelExpr=month_label_expr(lang), labelOverlap=True, grid=True, tickCount=8))
    chart = (
        alt.Chart(rows)
        .mark_bar()
        .encode(
            x=x,
            x2="stop:T",
            y=alt.Y("sum(count):Q", title=t("col_count", lang), stack="zero"),
            color=alt.Color("lane:N", scale=alt.Scale(domain=lanes, range=colours), sort=lanes,
                            legend=alt.Legend(title=None, orient="bottom")),
            order=alt.Order("lane:N"),
            tooltip=[
                alt.Tooltip("start:T", title=t("col_date", lang), format="%d.%m.%Y" if lang == "de" else "%Y-%m-%d"),
                alt.Tooltip("lane:N", title=t("col_category", lang)),
                alt.Tooltip("count:Q", title=t("col_count", lang)),
            ],
        )
    )
    if interactive:
        value = {"x": [pd.Timestamp(brush[0]).isoformat(), pd.Timestamp(brush[1]).isoformat()]} if brush else None
        selection = (
            alt.selection_interval(name=BRUSH, encodings=["x"], value=value)
            if value
            else alt.selection_interval(name=BRUSH, encodings=["x"])
        )
        chart = chart.add_params(selection)
    return chart.properties(width=width, height=180).configure_view(stroke=None)
