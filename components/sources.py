"""Analysts' own events: upload, column mapping, validation report, and the session's sources.

Uploads live in this user's session only (``st.session_state``); nothing is written to disk.
"""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from lagebild import limits
from lagebild.engine import EventStore
from lagebild.i18n import t
from lagebild.importers import ImportReport, Mapping, combine, import_file
from lagebild.schema import COLUMNS
from lagebild.store import enrich
from lagebild.text import plain

IMPORTS = "imports"  # list[ImportReport] accepted into this session
DONE = "_imported_files"  # digests of files already imported, so reruns do not import twice
PENDING = "_pending_mapping"  # (file name, bytes, report) of an upload that needs a mapping
W_MODE = "w_source_mode"
_COMBINED = "_combined_store"
W_UPLOAD = "w_upload"
FILE_TYPES = ["csv", "txt", "xlsx", "json", "geojson"]


def session_imports() -> list[ImportReport]:
    return st.session_state.setdefault(IMPORTS, [])


def add_import(report: ImportReport) -> None:
    """Add an import's accepted events to this session (used by upload and by the draft page)."""
    session_imports().append(report)


def events_for_view(bundled: EventStore) -> tuple[EventStore, list[str]]:
    """Bundled events beside the session's uploads, or the uploads instead of them.

    The combined store is built once per set of uploads and kept in this session only.
    """
    imports = session_imports()
    if not imports:
        return bundled, []
    instead = st.session_state.get(W_MODE) == "instead"
    key = (instead, tuple(id(report) for report in imports))
    cached = st.session_state.get(_COMBINED)
    if cached is None or cached[0] != key:
        combined, messages = combine(None if instead else bundled.events[list(COLUMNS)], imports)
        cached = (key, EventStore.from_frame(enrich(combined)), messages)
        st.session_state[_COMBINED] = cached
    return cached[1], cached[2]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _run_import(name: str, data: bytes, mapping: Mapping | None, lang: str) -> ImportReport:
    bar = st.sidebar.progress(0.0, text=t("importing", lang, file=name))
    report = import_file(data, name, mapping=mapping, progress=lambda f: bar.progress(min(max(f, 0.0), 1.0)))
    bar.empty()
    return report


def draw_upload(lang: str) -> None:
    """Sidebar: the upload, the mode (beside/instead) and the list of this session's sources."""
    box = st.sidebar.expander(t("own_events", lang), expanded=bool(session_imports()))
    upload = box.file_uploader(
        t("upload_label", lang, mb=int(limits.MAX_UPLOAD_MB), rows=f"{limits.MAX_ROWS:,}".replace(",", ".")),
        type=FILE_TYPES,
        key=W_UPLOAD,
    )
    if upload is not None:
        data = upload.getvalue()
        if _digest(data) not in st.session_state.setdefault(DONE, set()):
            report = _run_import(upload.name, data, None, lang)
            st.session_state[DONE].add(_digest(data))
            if report.needs_mapping:
                st.session_state[PENDING] = (upload.name, data, report)
            elif report.accepted or report.errors or report.file_errors:
                add_import(report)
    for report in session_imports():
        box.caption(plain(t("source_line_upload", lang, file=report.filename, accepted=report.accepted,
                            rejected=report.rejected)))
    if session_imports():
        box.radio(t("source_mode", lang), ["beside", "instead"], key=W_MODE, horizontal=True,
                  format_func=lambda m: t(f"source_mode_{m}", lang))
        box.button(t("remove_uploads", lang), on_click=_remove_all)


def _remove_all() -> None:
    st.session_state[IMPORTS] = []
    st.session_state[DONE] = set()
    st.session_state.pop(PENDING, None)


def draw_pending_mapping(lang: str) -> None:
    """Main area: map the columns of an upload whose layout we do not know."""
    pending = st.session_state.get(PENDING)
    if not pending:
        return
    name, data, report = pending
    guess = report.guessed_mapping or Mapping()
    with st.container(border=True):
        st.subheader(t("mapping_title", lang, file=plain(name)))
        st.caption(t("mapping_help", lang))
        columns = ["—", *report.columns]
        chosen: dict[str, str] = {}
        grid = st.columns(3)
        for i, target in enumerate(("start", "end", "lat", "lon", "title", "summary", "category", "place",
                                    "country", "status", "actors", "id")):
            current = guess.columns.get(target)
            picked = grid[i % 3].selectbox(target, columns, index=columns.index(current) if current in columns else 0,
                                           key=f"map-{target}")
            if picked != "—":
                chosen[target] = picked
        language = st.radio(t("mapping_language", lang), ["de", "en"], horizontal=True, key="map-language",
                            index=0 if guess.language == "de" else 1)
        mapping = Mapping(columns=chosen, values=guess.values, defaults=guess.defaults, language=language,
                          day_first=guess.day_first)
        left, right, _ = st.columns([1, 1, 2])
        if left.button(t("mapping_apply", lang), type="primary"):
            imported = _run_import(name, data, mapping, lang)
            if imported.needs_mapping:
                st.error(t("mapping_incomplete", lang, missing=", ".join(mapping.missing_required())))
            else:
                add_import(imported)
                st.session_state.pop(PENDING, None)
                st.rerun()
        right.download_button(t("mapping_download", lang), mapping.to_json().encode("utf-8"),
                              file_name=f"{name}.mapping.json", mime="application/json")


def draw_reports(lang: str, notes: list[str]) -> None:
    """Main area: each upload's validation report, with the rejected rows to download."""
    if notes:
        with st.expander(t("source_notes", lang, count=len(notes))):
            st.text("\n".join(notes))
    for index, report in enumerate(session_imports()):
        title = t("report_title", lang, file=report.filename, accepted=report.accepted, rejected=report.rejected)
        with st.expander(plain(title), expanded=bool(report.rejected or report.file_errors)):
            for message in report.file_errors + report.notes:
                st.text(message)
            if report.errors:
                st.dataframe(pd.DataFrame([(e.row, e.column, e.reason, e.value) for e in report.errors],
                                          columns=["row", "column", "reason", "value"]), hide_index=True)
                st.download_button(t("rejected_download", lang), report.rejected_csv(),
                                   file_name=f"{report.filename}.rejected.csv", mime="text/csv",
                                   key=f"rejected-{index}")
            if len(report.changes_frame):
                st.caption(t("changes_title", lang))
                st.dataframe(report.changes_frame, hide_index=True)
