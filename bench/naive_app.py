"""The naive baseline for bench/bench_browser.py: what a plain Streamlit + pydeck page does.

Reads the events file named by ``LAGEBILD_EVENTS`` (Parquet or CSV, our schema or ACLED's layout)
with pandas (``st.cache_data``, as the Streamlit docs suggest), filters it with pandas by a category
multiselect, sends every filtered event to one pydeck ScatterplotLayer and draws a weekly Altair
histogram with the row limit lifted. No level of detail, no query engine, no bounds on the payload.
Only the columns the map and chart use are sent (a fair baseline, not a strawman).

    LAGEBILD_EVENTS=events.parquet streamlit run bench/naive_app.py
"""

from __future__ import annotations

import os

import altair as alt
import pandas as pd
import pydeck as pdk
import streamlit as st

# ACLED's export names → the names this page uses (our own schema already has them).
ACLED_NAMES = {"event_type": "category", "event_date": "start", "latitude": "lat", "longitude": "lon"}


@st.cache_data(show_spinner="Loading events …")
def read_events(path: str) -> pd.DataFrame:
    frame = pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path, dtype=str)
    frame = frame.rename(columns=ACLED_NAMES)[["category", "start", "lat", "lon"]]
    frame["category"] = frame["category"].astype(str)
    frame["start"] = pd.to_datetime(frame["start"].astype(str))
    frame["lat"] = pd.to_numeric(frame["lat"])
    frame["lon"] = pd.to_numeric(frame["lon"])
    return frame


def draw_map(shown: pd.DataFrame) -> None:
    points = shown.assign(day=shown["start"].dt.strftime("%Y-%m-%d"))[["lon", "lat", "category", "day"]]
    layer = pdk.Layer(
        "ScatterplotLayer",
        data=points,
        get_position=["lon", "lat"],
        get_fill_color=[200, 30, 0, 160],
        get_radius=3000,
        radius_min_pixels=2,
        pickable=True,
    )
    view = pdk.ViewState(latitude=48.5, longitude=33.0, zoom=5)
    st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view, map_provider=None,
                             tooltip={"text": "{category}\n{day}"}))


def draw_histogram(shown: pd.DataFrame) -> None:
    alt.data_transformers.disable_max_rows()
    chart = alt.Chart(shown[["start", "category"]]).mark_bar().encode(
        x=alt.X("yearweek(start):T", title="Week"), y=alt.Y("count():Q", title="Events"), color="category:N"
    )
    st.altair_chart(chart, width="stretch")


events = read_events(os.environ["LAGEBILD_EVENTS"])
st.title("Events (naive)")
chosen = st.sidebar.multiselect("Category", sorted(events["category"].unique()))
shown = events[events["category"].isin(chosen)] if chosen else events
st.sidebar.markdown(f"**{len(shown):,} of {len(events):,} events**")
draw_map(shown)
draw_histogram(shown)
