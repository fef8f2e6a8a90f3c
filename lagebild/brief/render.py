"""Rendering the briefing with vl-convert: PNG at the layout's pixel size, PDF as vector.

No browser and nothing fetched: vl-convert bundles its fonts, and ``allowed_base_urls=[]``
refuses any external request.
"""

from __future__ import annotations

import datetime as dt
import io
import logging

import pandas as pd
import vl_convert as vlc
from pypdf import PdfWriter

from ..query import Filters
from .compose import LAYOUTS, briefing_chart_and_datasets, briefing_spec


def render_png(
    events: pd.DataFrame,
    filters: Filters,
    lang: str,
    title: str | None = None,
    size: str = "16:9",
    today: dt.date | None = None,
) -> bytes:
    """The briefing as PNG: 1920×1080 for 16:9, 3508×2480 (A4 landscape, 300 dpi) for A4."""
    spec = briefing_spec(*briefing_chart_and_datasets(events, filters, lang, title, size, today))
    layout = LAYOUTS[size]
    # vl-convert multiplies ``scale`` by ppi/72; the ppi also goes into the PNG's metadata.
    return vlc.vegalite_to_png(spec, scale=layout.scale * 72 / layout.ppi, ppi=layout.ppi, allowed_base_urls=[])


def render_pdf(
    events: pd.DataFrame,
    filters: Filters,
    lang: str,
    title: str | None = None,
    size: str = "16:9",
    today: dt.date | None = None,
) -> bytes:
    """The same composition as a one-page vector PDF; for A4 the page is A4 landscape (842×595 pt)."""
    spec = briefing_spec(*briefing_chart_and_datasets(events, filters, lang, title, size, today))
    pdf = vlc.vegalite_to_pdf(spec, allowed_base_urls=[])
    return _scaled_to_a4(pdf) if size == "a4" else pdf


A4_LANDSCAPE_PT = (841.89, 595.28)


def _scaled_to_a4(pdf: bytes) -> bytes:
    """vl-convert makes one point per design pixel; scale the (vector) page to A4 paper."""
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # vl-convert's trailer under-counts objects; pypdf warns and copes
    try:
        writer = PdfWriter(clone_from=io.BytesIO(pdf))
    finally:
        log.setLevel(level)
    for page in writer.pages:
        page.scale_to(*A4_LANDSCAPE_PT)
        page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
