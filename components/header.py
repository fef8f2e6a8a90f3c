"""Title, notices about the URL and about rows that failed to load."""

from __future__ import annotations

import streamlit as st

from lagebild.i18n import t
from lagebild.schema import ValidationReport


def draw(lang: str, notices: list[str], report: ValidationReport, file_name: str) -> None:
    st.title(t("app_title", lang))
    st.caption(t("app_caption", lang))
    if notices:
        st.warning(t("bad_params", lang, details="; ".join(notices)), icon="⚠️")
    if not report.ok:
        with st.expander(t("data_problems", lang, file=file_name), expanded=False):
            st.text(report.summary())
