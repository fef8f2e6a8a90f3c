"""The "Draft from article" page: paste a German report, review the drafted events, keep the good ones."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from lagebild import layers, vocab
from lagebild.export import to_csv
from lagebild.extract import Draft, draft_from_text
from lagebild.highlight import highlighted
from lagebild.i18n import STRINGS, t
from lagebild.importers import import_file
from lagebild.store import enrich
from lagebild.text import plain
from lagebild.timeline import timeline_chart

from . import sources

DRAFT = "_draft"
EDITABLE = ["start", "date_precision", "category", "status", "title_de", "title_en", "place", "lat", "lon",
            "attribution"]


@st.cache_data(show_spinner=False, max_entries=20)
def _draft(text: str, published: dt.date) -> Draft:
    return draft_from_text(text, published)


def draw() -> None:
    lang = st.session_state.get("lang", "de")
    st.title(t("draft_title", lang))
    st.caption(t("draft_help", lang))
    with st.form("draft-form"):
        text = st.text_area(t("draft_text", lang), height=260, max_chars=60_000)
        published = st.date_input(t("draft_published", lang), value=dt.date(2023, 4, 20),
                                  format="DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD")
        if st.form_submit_button(t("draft_run", lang), type="primary") and text.strip():
            st.session_state[DRAFT] = _draft(text, published)
    draft: Draft | None = st.session_state.get(DRAFT)
    if draft is None:
        return
    if draft.events.empty:
        st.info(t("no_events", lang))
        return
    edited = _review_table(draft, lang)
    accepted = edited[edited["accept"]].drop(columns=["accept"])
    _preview(accepted, lang)
    _provenance(draft, lang)
    _keep(accepted, draft, lang)


def _review_table(draft: Draft, lang: str) -> pd.DataFrame:
    st.subheader(t("draft_review", lang, n=len(draft.events)))
    table = draft.events.copy()
    table.insert(0, "accept", True)
    table["start"] = table["start"].dt.date
    edited = st.data_editor(
        table,
        column_order=["accept", *EDITABLE],
        hide_index=True,
        key="draft-editor",
        column_config={
            "accept": st.column_config.CheckboxColumn(t("draft_accept", lang)),
            "start": st.column_config.DateColumn(t("col_date", lang)),
            "date_precision": st.column_config.SelectboxColumn(options=list(vocab.DATE_PRECISIONS)),
            "category": st.column_config.SelectboxColumn(t("col_category", lang), options=list(vocab.CATEGORY_KEYS)),
            "status": st.column_config.SelectboxColumn(t("col_status", lang), options=list(vocab.STATUS_KEYS)),
        },
    )
    edited["start"] = pd.to_datetime(edited["start"])
    return edited


def _preview(events: pd.DataFrame, lang: str) -> None:
    if events.empty:
        return
    shown = enrich(events)
    view = layers.frame_view(shown)
    as_of = shown["period_end"].max().date()
    st.pydeck_chart(layers.build_deck(shown, lang, as_of, view), height=420, key="draft-map")
    st.altair_chart(timeline_chart(shown, lang, interactive=False), key="draft-timeline")


def _provenance(draft: Draft, lang: str) -> None:
    st.subheader(t("draft_provenance", lang))
    st.caption(t("draft_provenance_help", lang))
    for (_, event), prov in zip(draft.events.iterrows(), draft.provenance, strict=True):
        with st.expander(plain(f"{event['start'].date().isoformat()} · {event[f'title_{lang}']}")):
            spans = {name: [(s.begin, s.end) for s in found] for name, found in prov.fields.items()}
            for sentence in prov.sentences:
                st.markdown(highlighted(draft.text, sentence.begin, sentence.end, spans))
            for name, found in prov.fields.items():
                st.caption(plain(f"{_field_label(name, lang)}: " + " · ".join(f"„{s.text}“" for s in found)))
            for note in prov.notes:
                st.caption(plain(note.text(lang)))


def _field_label(name: str, lang: str) -> str:
    key = f"field_{name}"
    return t(key, lang) if key in STRINGS else name


def _keep(accepted: pd.DataFrame, draft: Draft, lang: str) -> None:
    if accepted.empty:
        return
    data = to_csv(accepted)
    name = f"entwurf-{draft.published.isoformat()}.csv"
    left, right = st.columns(2)
    left.download_button(t("draft_download", lang, n=len(accepted)), data, file_name=name, mime="text/csv")
    if right.button(t("draft_add", lang, n=len(accepted)), type="primary"):
        report = import_file(data, name)
        sources.add_import(report)
        st.success(t("draft_added", lang, accepted=report.accepted, rejected=report.rejected))
