"""The briefing page: title and filters, map and timeline side by side, legend, footer.

:func:`briefing_chart` lays the page out at exactly one of :data:`LAYOUTS`: text sizes
depend on the fonts, so it measures the composition (Vega scenegraph) and adjusts.
:func:`briefing_spec` turns a chart into the Vega-Lite dict vl-convert renders, refusing
anything that would load by URL.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import altair as alt
import pandas as pd
import vl_convert as vlc

from .. import vocab
from ..i18n import t
from ..legend import legend_chart
from ..query import Filters
from ..timeline import timeline_chart
from .mapchart import map_chart, map_datasets
from .words import TITLE_LIMIT, clean_text, dating_line, default_title, filters_in_words, period_of, source_line


@dataclass(frozen=True)
class Layout:
    """A page format: design size in Vega pixels and the scale to the output pixels."""

    width: float
    height: float
    scale: float
    font: float  # base font size in design pixels
    ppi: float  # pixels per inch of the output, written into the PNG


# 16:9 slide: 1280×720 design px ×1.5 = 1920×1080. A4 landscape at 300 dpi: 3508×2480 px.
LAYOUTS: dict[str, Layout] = {
    "16:9": Layout(1280, 720, 1.5, 11, 144),
    "a4": Layout(3508 / 3, 2480 / 3, 3.0, 11, 300),
}
MARGIN = 24  # design px around the page


def _unconfigured(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """A copy without its own ``config``: Vega-Lite allows config only on the outermost chart."""
    chart = chart.copy(deep=True)
    chart.config = alt.Undefined
    return chart


# --- the timeline --------------------------------------------------------------------------------


def briefing_timeline(
    events: pd.DataFrame, lang: str, period: tuple[dt.date, dt.date], width: float, height: float
) -> alt.LayerChart:
    """The page's timeline, static, its axis limited to the briefing period (longer spans are cut).

    For a period of up to two weeks there is one tick per day, half a day of room on either side,
    so that the day's markers sit on its tick and are not cut at the edge.
    """
    chart = _unconfigured(timeline_chart(events, lang, width=width, interactive=False))
    start, end = pd.Timestamp(period[0]), pd.Timestamp(period[1]) + pd.Timedelta(days=1)
    short = (end - start).days <= 14
    if short:
        start, end = start - pd.Timedelta(hours=12), end - pd.Timedelta(hours=12)
    scale = alt.Scale(domain=[start.isoformat(), end.isoformat()])
    for layer in chart.layer:
        layer.mark = alt.MarkDef(**{**layer.mark.to_dict(), "clip": True})
        x = layer.encoding.x
        if x is alt.Undefined:
            continue
        x.scale = scale
        axis = x["axis"]
        if short and isinstance(axis, alt.Axis):
            x.axis = alt.Axis(**{**axis.to_dict(), "tickCount": {"interval": "day", "step": 1}})
    chart.height = height
    return chart


# --- the whole page ------------------------------------------------------------------------------


def _text_block(lines: list[str], width: float, font: float, colour: str = "#333") -> alt.Chart:
    rows = pd.DataFrame({"text": lines, "y": [i * font * 1.45 for i in range(len(lines))]})
    height = max(font * 1.45 * len(lines), 1)
    return (
        alt.Chart(rows)
        .mark_text(align="left", baseline="top", fontSize=font, color=colour, limit=width)
        .encode(
            x=alt.value(0),
            y=alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[0, height], range=[0, height])),
            text="text:N",
        )
        .properties(width=width, height=height)
    )


def briefing_chart(
    events: pd.DataFrame,
    filters: Filters,
    lang: str,
    title: str | None = None,
    size: str = "16:9",
    today: dt.date | None = None,
) -> alt.VConcatChart:
    """The briefing composition for ``events`` (already filtered by ``filters``), exactly ``size``.

    Text sizes depend on the fonts, so the map and timeline are sized in two passes: compose
    with an estimate, measure (Vega scenegraph), compose again with the difference taken out
    of the map's height and the timeline's width, and pad what remains.
    """
    chart, datasets = briefing_chart_and_datasets(events, filters, lang, title, size, today)
    chart.datasets = datasets
    return chart


def briefing_chart_and_datasets(
    events: pd.DataFrame, filters: Filters, lang: str, title: str | None, size: str, today: dt.date | None
) -> tuple[alt.VConcatChart, dict[str, list[dict]]]:
    """:func:`briefing_chart` without its geo datasets, and those datasets (cheaper to handle apart)."""
    layout = LAYOUTS[size]
    heading = clean_text(title, TITLE_LIMIT) if title and title.strip() else default_title(filters, events, lang)
    parts = _Parts(events, filters, lang, heading, layout, today or dt.date.today())
    map_height = layout.height - 2 * MARGIN - parts.legend.height - 150
    side_width = parts.inner - parts.map_width - 40 - _lane_label_width(events, lang)
    target_width, target_height = math.floor(layout.width), math.floor(layout.height)  # Vega sizes are whole
    for _ in range(3):
        chart = parts.compose(map_height, side_width)
        width, height = _natural_size(briefing_spec(chart, parts.datasets))
        if width == target_width and height == target_height:
            break
        map_height += target_height - height
        side_width += target_width - width
    extra_x, extra_y = layout.width - width, layout.height - height
    if extra_x < 0 or extra_y < 0:
        raise ValueError(f"briefing does not fit {size}: {width:.0f}×{height:.0f} design px")
    chart.padding = {"left": MARGIN, "top": MARGIN, "right": MARGIN + extra_x, "bottom": MARGIN + extra_y}
    return chart, parts.datasets


def _lane_label_width(events: pd.DataFrame, lang: str) -> float:
    """Rough width of the timeline's lane labels (12 px text) and ticks, to size the timeline."""
    labels = [vocab.category(c).label(lang) for c in set(events["category"])] or [""]
    return max(len(label) for label in labels) * 12 * 0.58 + 18


@dataclass
class _Parts:
    """What goes on the page, built once; :meth:`compose` lays it out in given sizes."""

    events: pd.DataFrame
    filters: Filters
    lang: str
    heading: str
    layout: Layout
    today: dt.date

    def __post_init__(self) -> None:
        self.period = period_of(self.filters, self.events)
        self.inner = math.floor(self.layout.width) - 2 * MARGIN
        self.map_width = round(self.inner * 0.6)
        present = [c for c in vocab.CATEGORY_KEYS if c in set(self.events["category"])]
        self.legend = _unconfigured(
            legend_chart(self.lang, self.period[1], width=self.inner, font_size=self.layout.font, categories=present)
        )
        self.datasets = map_datasets(self.events, self.period[1], self.map_width)

    def compose(self, map_height: float, side_width: float) -> alt.VConcatChart:
        lang, font = self.lang, self.layout.font
        situation, outside = map_chart(self.events, lang, self.map_width, map_height, font)
        footer = [f"{source_line(self.events, lang)}  ·  {dating_line(self.events, lang, self.today)}"]
        if outside:
            footer.append(t("brief_off_map", lang, places=", ".join(outside)))
        if self.events.empty:
            right: alt.Chart = _text_block([t("brief_no_events", lang)], side_width, font * 1.3)
        else:
            right = briefing_timeline(self.events, lang, self.period, side_width, map_height)
        chart = alt.vconcat(
            alt.hconcat(situation, right, spacing=40),
            self.legend,
            _text_block(footer, self.inner, font),
            spacing=12,
        ).properties(
            title=alt.TitleParams(
                text=self.heading,
                subtitle=filters_in_words(self.filters, self.events, lang),
                anchor="start",
                fontSize=font * 2.4,
                subtitleFontSize=font * 1.3,
                subtitleColor="#444",
                subtitlePadding=6,
                offset=12,
                limit=self.inner,
            ),
            padding=MARGIN,
            background="white",
            autosize={"type": "pad", "contains": "padding"},
        )
        return chart.configure_view(stroke=None).configure_axis(labelFontSize=font, labelColor="#222")


# --- the Vega-Lite spec -------------------------------------------------------------------------


def _no_remote(spec: Any) -> None:
    """Refuse a spec that would load anything by URL (data, images, fonts)."""
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key in {"url", "href"} and value is not None:
                raise ValueError(f"briefing spec must not reference '{key}': {value!r}")
            _no_remote(value)
    elif isinstance(spec, list):
        for item in spec:
            _no_remote(item)


def briefing_spec(chart: alt.TopLevelMixin, datasets: dict[str, list[dict]] | None = None) -> dict:
    """The chart (plus named ``datasets``) as a Vega-Lite dict for vl-convert, checked to load nothing by URL."""
    spec = chart.to_dict(validate=False)
    spec.pop("$schema", None)  # a URL, though only as a label; keep the spec free of them
    spec.setdefault("datasets", {}).update(datasets or {})
    _no_remote(spec)
    return spec


def _natural_size(spec: dict) -> tuple[float, float]:
    scene = vlc.vegalite_to_scenegraph(spec, allowed_base_urls=[])
    return float(scene["width"]), float(scene["height"])

