"""Title, notices about the URL and about data files or rows that failed to load."""

from __future__ import annotations

import streamlit as st

from lagebild import store
from lagebild.i18n import t
from lagebild.schema import ValidationReport
from lagebild.text import plain

MAX_ROWS_LISTED = 20


def draw(lang: str, notices: list[str], report: ValidationReport, file_name: str) -> None:
    st.title(t("app_title", lang))
    st.caption(t("app_caption", lang))
    if notices:
        st.warning(t("bad_params", lang, details="; ".join(notices)), icon="⚠️")
    draw_data_problems(lang, report, file_name)


def draw_data_problems(lang: str, report: ValidationReport, file_name: str) -> None:
    """A visible warning per data file that did not (fully) load, naming the file and the rows.

    The page still shows whatever loaded; the full validation report is one click away.
    File names and reasons are escaped: they are text, not markdown.
    """
    for problem in store.events_problems(report, file_name):
        if problem.missing:
            st.warning(plain(t("data_file_missing", lang, file=problem.file, reason=problem.reason)), icon="⚠️")
        else:
            counts = {"rejected": report.rejected, "total": report.rows_total, "rows": _row_list(problem.rows)}
            st.warning(plain(t("data_rows_rejected", lang, file=problem.file, **counts)), icon="⚠️")
    for problem in store.map_problems():
        st.warning(plain(t("map_file_missing", lang, file=problem.file, reason=problem.reason)), icon="🗺️")
    if not report.ok:
        with st.expander(t("data_problems", lang, file=file_name), expanded=False):
            st.text(report.summary())


def _row_list(rows: tuple[int, ...]) -> str:
    shown = ", ".join(map(str, rows[:MAX_ROWS_LISTED]))
    return shown + (", …" if len(rows) > MAX_ROWS_LISTED else "")
