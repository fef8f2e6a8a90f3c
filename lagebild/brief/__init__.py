"""The briefing image: map, timeline and legend on one page, rendered on the server.

Altair builds one Vega-Lite composition from the same pieces the page uses
(:mod:`lagebild.layers`, :func:`lagebild.timeline.timeline_chart`,
:func:`lagebild.legend.legend_chart`); ``vl_convert`` turns it into PNG or PDF
without a browser. Everything is inline data from ``data/``: no tiles, no remote
fonts (vl-convert bundles its own), and external data requests are refused.

Untrusted text (titles, sources, the search text) only ever reaches Vega as
data or title strings, which Vega draws as text, never as HTML or expressions.

Modules: :mod:`.words` (title, filters in words, source line), :mod:`.geometry`
(clipping and thinning GeoJSON), :mod:`.mapchart` (the geoshape map),
:mod:`.compose` (page layout, Vega-Lite spec), :mod:`.render` (PNG, PDF).
"""

from __future__ import annotations

from .compose import (
    LAYOUTS,
    MARGIN,
    Layout,
    briefing_chart,
    briefing_chart_and_datasets,
    briefing_spec,
    briefing_timeline,
)
from .compose import _no_remote as _no_remote  # tests check the URL guard directly
from .geometry import clip_polygons, simplify
from .mapchart import MARKER_SPACING, map_bounds, map_chart, map_datasets, off_map, view_bounds
from .render import A4_LANDSCAPE_PT, render_pdf, render_png
from .words import (
    SOURCE_LIMIT,
    TITLE_LIMIT,
    clean_text,
    dating_line,
    default_title,
    filters_in_words,
    period_of,
    source_line,
)

__all__ = [
    "A4_LANDSCAPE_PT",
    "LAYOUTS",
    "MARGIN",
    "MARKER_SPACING",
    "SOURCE_LIMIT",
    "TITLE_LIMIT",
    "Layout",
    "briefing_chart",
    "briefing_chart_and_datasets",
    "briefing_spec",
    "briefing_timeline",
    "clean_text",
    "clip_polygons",
    "dating_line",
    "default_title",
    "filters_in_words",
    "map_bounds",
    "map_chart",
    "map_datasets",
    "off_map",
    "period_of",
    "render_pdf",
    "render_png",
    "simplify",
    "source_line",
    "view_bounds",
]
