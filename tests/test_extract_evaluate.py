"""The evaluation of drafts against curated events (``lagebild.extract.evaluate``) and the seed's targets."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from lagebild import EVENTS_CSV, ROOT
from lagebild.cli import main
from lagebild.extract import draft_from_text
from lagebild.extract.evaluate import match_events, matches, score, table
from lagebild.schema import read_events

SEED = ROOT.parent / "shared" / "seeds" / "000_35ab76b49c56c235.txt"
KYIV = {"start": pd.Timestamp("2023-04-20"), "end": pd.NaT, "date_precision": "day", "category": "visit",
        "status": "occurred", "actors": "Jens Stoltenberg", "lat": 50.45, "lon": 30.52, "country": "UA",
        "geo_precision": "city"}  # fmt: skip


def event(**changes) -> pd.Series:
    return pd.Series({**KYIV, **changes})


def test_a_match_needs_near_dates_a_near_place_the_category_and_a_shared_actor():
    curated = event()
    assert matches(event(start=pd.Timestamp("2023-04-21")), curated)  # one day apart: within the slack
    assert not matches(event(start=pd.Timestamp("2023-04-22")), curated)
    assert matches(event(date_precision="month", start=pd.Timestamp("2023-04-01")), curated)  # April holds the day
    assert not matches(event(lat=52.52, lon=13.40, country="DE"), curated)  # Berlin is 1,200 km away
    assert matches(event(lat=49.0, lon=32.0, geo_precision="country"), curated)  # "Ukraine" holds Kyiv
    assert not matches(event(category="meeting"), curated)
    assert not matches(event(actors="Volodymyr Zelensky"), curated)
    assert matches(event(actors="Volodymyr Zelensky;Jens Stoltenberg"), curated)
    assert matches(event(actors=None), curated)  # a draft without actors is not contradicted


def test_actors_match_without_diacritics_or_case():
    curated = event(actors="Viktor Orban;Hungary")
    assert matches(event(actors="Viktor Orbán"), curated)
    assert matches(event(actors="viktor orban"), curated)
    assert not matches(event(actors="Volodymyr Zelensky"), curated)


def test_pairs_are_one_to_one_and_the_exact_day_wins():
    curated = pd.DataFrame([event(), event(start=pd.Timestamp("2023-04-21"))])
    drafted = pd.DataFrame([event(start=pd.Timestamp("2023-04-21"))])
    assert match_events(drafted, curated) == [(0, 1)]
    drafted = pd.DataFrame([event(start=pd.Timestamp("2023-04-21")), event(start=pd.Timestamp("2023-04-21"))])
    assert len(match_events(drafted, curated)) == 2  # each curated event is taken once


def test_the_score_counts_exact_dates_and_statuses():
    curated = pd.DataFrame([event(), event(category="meeting"), event(category="aid")])
    drafted = pd.DataFrame([event(start=pd.Timestamp("2023-04-21"), status="planned"), event(category="meeting")])
    result = score("test", drafted, curated)
    assert (result.drafted, result.curated, result.matched, result.exact_date, result.same_status) == (2, 3, 2, 1, 1)
    assert (result.precision, round(result.recall, 2), result.exact_share, result.status_share) == (1, 0.67, 0.5, 0.5)
    assert "same status as curated: 2 of 4 matched events (50%)" in table([result, result])


def test_the_seed_draft_meets_the_issue_targets():
    curated = read_events(EVENTS_CSV).events
    result = score("seed", draft_from_text(SEED.read_text(encoding="utf-8"), dt.date(2023, 4, 20)).events, curated)
    assert result.recall >= 0.80 and result.precision >= 0.70 and result.exact_share >= 0.90, table([result])


def test_the_cli_prints_the_figures(tmp_path, capsys):
    out = tmp_path / "draft.csv"
    assert main(["extract", str(SEED), "--published", "2023-04-20", "-o", str(out), "--evaluate", str(EVENTS_CSV)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:8] == ["article", "drafted", "curated", "matched", "precision", "recall", "exact", "date"]
    assert lines[2].startswith(SEED.name)


def test_every_note_the_drafter_writes_for_the_test_reports_reads_in_both_languages():
    """A note key without a template (or with a placeholder the note does not fill) would break the draft page."""
    keys = set()
    for article in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")):
        published = dt.date.fromisoformat(article.with_suffix(".meta").read_text().splitlines()[0])
        for provenance in draft_from_text(article.read_text(encoding="utf-8"), published).provenance:
            for note in provenance.notes:
                assert note.text("de") and note.text("en"), (article.name, note)
                keys.add(note.key)
    assert {"told_by_next", "invasion", "war_territory"} <= keys  # the notes added with the latest rules are read too
