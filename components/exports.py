"""Downloads of the current view: filtered events (CSV, GeoJSON) and briefing images (PNG, PDF).

Files are generated only when their button is clicked (Streamlit runs the callable then).
"""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from lagebild import brief, engine, export
from lagebild.engine import EventStore
from lagebild.i18n import t
from lagebild.state import PageState

from . import url_state as keys


def _open_briefing() -> None:
    # Into the URL before the rerun, so the next page run already is the briefing view (a permalink).
    st.query_params["view"] = "briefing"


def draw(store: EventStore, state: PageState) -> None:
    """Download buttons for the filtered (and brushed) events; files are made on click."""
    lang, filters, brush = state.lang, state.filters, state.brush
    st.subheader(t("exports", lang))
    count = store.count(filters, brush)
    drawable = 0 < count <= engine.LOD_THRESHOLD  # a briefing image draws every event

    def events() -> pd.DataFrame:
        return store.filtered(filters, brush, listed=True)

    sample = events() if drawable else store.filtered(filters, brush, limit=engine.TABLE_ROWS, listed=True)
    default = brief.default_title(filters, sample, lang)
    st.text_input(t("brief_title_input", lang), key=keys.TITLE, placeholder=default, max_chars=120)
    title = state.title or default
    stem = f"lagebild-{brief.period_of(filters, sample)[0].isoformat()}"
    row = st.columns(6)
    row[0].download_button("CSV", lambda: export.to_csv(events()), file_name=f"{stem}.csv", mime="text/csv",
                           width="stretch", disabled=count == 0)
    row[1].download_button("GeoJSON", lambda: json.dumps(export.to_geojson(events()), ensure_ascii=False),
                           file_name=f"{stem}.geojson", mime="application/geo+json", width="stretch",
                           disabled=count == 0)
    help_text = None if drawable else t("brief_too_many", lang, n=engine.LOD_THRESHOLD)
    row[2].download_button("PNG 16:9", lambda: brief.render_png(events(), filters, lang, title, "16:9"),
                           file_name=f"{stem}.png", mime="image/png", width="stretch", disabled=not drawable,
                           help=help_text)
    row[3].download_button("PNG A4 (300 dpi)", lambda: brief.render_png(events(), filters, lang, title, "a4"),
                           file_name=f"{stem}-a4.png", mime="image/png", width="stretch", disabled=not drawable,
                           help=help_text)
    row[4].download_button("PDF", lambda: brief.render_pdf(events(), filters, lang, title, "16:9"),
                           file_name=f"{stem}.pdf", mime="application/pdf", width="stretch", disabled=not drawable,
                           help=help_text)
    row[5].button(t("briefing_button", lang), on_click=_open_briefing, type="primary", width="stretch",
                  disabled=not drawable, help=help_text)
