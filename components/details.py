"""The detail panel of the selected event. Every event text is escaped: it is data, not markup."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from babel.numbers import format_currency, format_decimal

from lagebild import vocab
from lagebild.i18n import format_period, locale, t
from lagebild.state import PageState
from lagebild.text import plain

from . import url_state as keys


def draw(events: pd.DataFrame, state: PageState) -> None:
    lang = state.lang
    st.subheader(t("details", lang))
    ids = list(events["id"].astype(str))
    titles = dict(zip(ids, events[f"title_{lang}"].astype(str), strict=True))
    if st.session_state.get(keys.W_EVENT) not in titles:
        st.session_state[keys.W_EVENT] = None
    st.selectbox(
        t("select_event", lang),
        [None, *ids],
        key=keys.W_EVENT,
        placeholder="—",
        format_func=lambda i: "—" if i is None else titles[i],
    )
    if state.event is None or state.event not in titles:
        st.caption(t("no_selection", lang))
        return
    row = events[events["id"] == state.event].iloc[0]
    category = vocab.category(row["category"])
    period = format_period(
        row["start"].date(), None if pd.isna(row["end"]) else row["end"].date(), row["date_precision"], lang
    )
    st.markdown(f"#### {plain(row[f'title_{lang}'])}")
    st.caption(plain(f"{period} · {row['place']} · {category.label(lang)} · {vocab.status(row['status']).label(lang)}"))
    st.markdown(plain(row[f"summary_{lang}"]))
    for label, value in _facts(row, lang):
        st.markdown(f"**{t(label, lang)}:** {plain(value)}")


def _facts(row: pd.Series, lang: str) -> list[tuple[str, str]]:
    facts = []
    if pd.notna(row["attribution"]):
        facts.append(("attribution", str(row["attribution"])))
    if pd.notna(row["quote"]):
        facts.append(
            (
                "quote",
                f"„{row['quote']}“ ({row['quote_by']})" if lang == "de" else f"“{row['quote']}” ({row['quote_by']})",
            )
        )
    amount = _amount(row, lang)
    if amount:
        facts.append(("amount", amount))
    if pd.notna(row["actors"]):
        facts.append(("actors_label", str(row["actors"]).replace(";", ", ")))
    facts.append(("source", f"{row['source']}, {row['source_date'].date().isoformat()}"))
    origin = row.get("origin", "bundled")
    if isinstance(origin, str) and origin != "bundled":
        facts.append(("origin", origin.removeprefix("upload:")))
    return facts


def _amount(row: pd.Series, lang: str) -> str:
    parts = []
    if pd.notna(row["amount"]):
        parts.append(
            format_currency(
                row["amount"],
                row["currency"],
                locale=locale(lang),
                format_type="standard",
                currency_digits=False,
                decimal_quantization=False,
            )
        )
    if pd.notna(row["quantity"]):
        parts.append(f"{format_decimal(row['quantity'], locale=locale(lang))} ×")
    if pd.notna(row["item"]):
        parts.append(str(row["item"]))
    return " ".join(parts)
