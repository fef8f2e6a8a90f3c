"""Legend entries (one list for page and briefing image) and their Altair drawing."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd

from . import vocab
from .i18n import format_day, t
from .layers import FRONT_FILL, FRONT_LINE, NATO_FILL, RIVER, TRIP

GREY = "#555555"


def _hex(rgb: list[int]) -> str:
    return "#" + "".join(f"{c:02x}" for c in rgb[:3])


def legend_entries(
    lang: str, as_of: dt.date, categories: list[str] | None = None, uploads: bool = False
) -> pd.DataFrame:
    """Rows of (column, row, symbol, fill, stroke, label) for the legend.

    Column 0 explains the category colours, column 1 the status styles, column 2
    the map's areas and lines.
    """
    rows = []
    shown = [c for c in vocab.CATEGORIES if categories is None or c.key in categories]
    for i, cat in enumerate(shown):
        rows.append((0, i, "circle", cat.colour, cat.colour, cat.label(lang)))
    rows += [
        (1, 0, "circle", GREY, GREY, t("legend_filled", lang)),
        (1, 1, "circle", "#ffffff", GREY, t("legend_hollow", lang)),
        (1, 2, "ring-dot", "#ffffff", GREY, t("legend_assessed", lang)),
        (2, 0, "square", _hex(NATO_FILL), "#999999", t("legend_nato", lang, date=format_day(as_of, lang))),
        (2, 1, "square", _hex(FRONT_FILL), _hex(FRONT_LINE), t("legend_front", lang)),
        (2, 2, "stroke", _hex(TRIP), _hex(TRIP), t("legend_trip", lang)),
        (2, 3, "stroke", _hex(RIVER), _hex(RIVER), "Dnipro" if lang == "en" else "Dnipro (Dnepr)"),
    ]
    if uploads:
        rows.append((1, 3, "circle", "#ffffff", "#3c3c3c", t("legend_upload", lang)))
    return pd.DataFrame(rows, columns=["column", "row", "symbol", "fill", "stroke", "label"])


def legend_chart(
    lang: str,
    as_of: dt.date,
    width: int = 900,
    font_size: int = 12,
    categories: list[str] | None = None,
    uploads: bool = False,
) -> alt.LayerChart:
    """The legend as a chart, so the page and the PNG briefing show the same thing."""
    entries = legend_entries(lang, as_of, categories, uploads)
    column_width = width / 3
    entries["x"] = entries["column"] * column_width + 10
    entries["y"] = entries["row"] * (font_size + 9) + 10
    entries["tx"] = entries["x"] + 14
    height = int(entries["y"].max() + font_size + 14)
    scale_x = alt.Scale(domain=[0, width], range=[0, width])
    scale_y = alt.Scale(domain=[0, height], range=[0, height])
    enc = {"x": alt.X("x:Q", scale=scale_x, axis=None), "y": alt.Y("y:Q", scale=scale_y, axis=None)}
    base = alt.Chart(entries)
    circles = (
        base.transform_filter("datum.symbol == 'circle' || datum.symbol == 'ring-dot'")
        .mark_point(size=font_size * 7, filled=True, strokeWidth=2.2)
        .encode(fill=alt.Fill("fill:N", scale=None), stroke=alt.Stroke("stroke:N", scale=None), **enc)
    )
    dots = (
        base.transform_filter("datum.symbol == 'ring-dot'")
        .mark_point(size=8, filled=True)
        .encode(fill=alt.Fill("stroke:N", scale=None), **enc)
    )
    squares = (
        base.transform_filter("datum.symbol == 'square'")
        .mark_square(size=font_size * 12, strokeWidth=1.5)
        .encode(fill=alt.Fill("fill:N", scale=None), stroke=alt.Stroke("stroke:N", scale=None), **enc)
    )
    strokes = (
        base.transform_filter("datum.symbol == 'stroke'")
        .mark_tick(thickness=3, size=14, orient="horizontal")
        .encode(color=alt.Color("stroke:N", scale=None), **enc)
    )
    labels = base.mark_text(align="left", baseline="middle", fontSize=font_size, color="#222").encode(
        x=alt.X("tx:Q", scale=scale_x, axis=None), y=enc["y"], text="label:N"
    )
    chart = alt.layer(circles, dots, squares, strokes, labels).properties(width=width, height=height)
    return chart.configure_view(stroke=None)
