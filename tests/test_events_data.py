"""The curated dataset: mechanical checks against the schema, the gazetteer and the seed article."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from lagebild import EVENTS_CSV, geo
from lagebild.places import load_places
from lagebild.schema import read_events


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    report = read_events(EVENTS_CSV)
    assert report.ok, report.summary()
    return report.events


def test_file_passes_validate_and_ids_are_unique(events):
    assert len(events) >= 20
    assert events["id"].is_unique


def test_every_quote_occurs_verbatim_in_the_article(events, article_text):
    quotes = events.dropna(subset=["quote"])
    assert len(quotes) >= 2
    for quote, by in zip(quotes["quote"], quotes["quote_by"], strict=True):
        assert quote in article_text, quote
        assert by


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def test_summaries_are_our_own_words(events, article_text):
    article = " ".join(_words(article_text))
    for column in ("title_de", "summary_de"):
        for text in events[column]:
            words = _words(str(text))
            for i in range(len(words) - 7):
                assert " ".join(words[i : i + 8]) not in article, f"{column} copies the article: {text}"


def test_trip_runs_brussels_kyiv_ramstein_in_date_order(events):
    trip = events[events["trip"].notna()]
    assert trip["trip"].nunique() == 1
    ordered = trip.sort_values("start", kind="stable")
    assert list(ordered["start"]) == sorted(trip["start"])
    places = list(dict.fromkeys(ordered["place"]))
    assert places == ["Brussels", "Kyiv", "Ramstein Air Base"]


def test_every_event_inside_the_map_extent(events):
    west, south, east, north = geo.EXTENT
    assert events["lon"].between(west, east).all()
    assert events["lat"].between(south, north).all()


def test_coordinates_come_from_the_gazetteer(events):
    places = load_places()
    known: dict[tuple[float, float], set[str]] = {}
    for r in places.itertuples():
        known.setdefault((round(r.lat, 4), round(r.lon, 4)), set()).add(r.name_en)
    for row in events.itertuples():
        assert row.place in known.get((round(row.lat, 4), round(row.lon, 4)), set()), row.id


@pytest.mark.parametrize(
    ("words", "start", "precision"),
    [
        ("invasion", "2022-02-24", "day"),  # "vor knapp 14 Monaten", public record
        ("Finland", "2023-04-04", "day"),  # "kürzlich", public record
        ("accelerated", "2022-01-01", "year"),  # "im vergangenen Jahr"
        ("long-term", "2023-02-01", "month"),  # "im Februar"
        ("summit", "2023-07-01", "month"),  # "im Juli"
        ("325", "2023-04-19", "day"),  # "am Mittwoch"
        ("Contact Group", "2023-04-21", "day"),  # "am Freitag"
        ("Tuesday evening", "2023-04-18", "day"),  # "Dienstagabend"
        ("press conference", "2023-04-20", "day"),  # "am Donnerstag", early afternoon
    ],
)
def test_relative_dates_resolved_against_publication_day(events, words, start, precision):
    text = events["title_en"] + " " + events["summary_en"]
    match = events[text.str.contains(words, case=False, regex=False)]
    assert not match.empty, words
    assert (match["start"].dt.strftime("%Y-%m-%d") + "/" + match["date_precision"]).eq(f"{start}/{precision}").any()


def test_hedged_statements_carry_status_and_attribution(events):
    uk = events[events["attribution"].fillna("").str.contains("UK", regex=False)]
    assert not uk.empty and uk["status"].eq("assessed").all()
    ramstein_trip = events[(events["trip"].notna()) & (events["place"] == "Ramstein Air Base")]
    assert ramstein_trip["status"].eq("expected").all()
    departure = events[events["summary_en"].str.contains("probably|likely", case=False)]
    assert departure["status"].isin(["assessed", "expected"]).any()


def test_aid_amounts(events):
    us = events[events["currency"] == "USD"]
    assert us["amount"].tolist() == [325_000_000]
    tanks = events[events["item"].fillna("").str.contains("Leopard 2A4")]
    assert tanks["quantity"].tolist() == [14]
