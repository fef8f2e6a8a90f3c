"""The legend under the map: pydeck draws none, so the page does."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from lagebild.legend import legend_chart


def draw(lang: str, as_of: dt.date, uploads: bool = False) -> None:
    st.altair_chart(legend_chart(lang, as_of, width=960, uploads=uploads), width="content", theme=None)
