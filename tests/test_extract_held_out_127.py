"""Drafting rules that came from the held-out reports, rounds 127 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _119 and _122; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.cues import best_category
from lagebild.extract.dates import find_dates
from lagebild.extract.relative_clauses import with_antecedent
from tests.drafting import only

# Hundred-and-twenty-seventh round: from the held-out reports of round 126 (tusla_konflikt_2003, putin_wahlsieg_2000,
# pristina_flughafen_1999, transnistrien_waffenstillstand_1992, kutschma_tonbaender_2000).
OCT24_2003, JUN14_1999, JUL23_1992, DEC01_2000 = (dt.date(2003, 10, 24), dt.date(1999, 6, 14), dt.date(1992, 7, 23),
                                                  dt.date(2000, 12, 1))


def _dated(text: str, published: dt.date) -> list[tuple[dt.date, str]]:
    return [(m.start, m.precision) for m in find_dates(text, published)]


def test_a_week_of_a_month_is_that_week():
    # the weeks ISO counts for a month: the first holds its 4th day, the last its fourth-last day
    text = "Die Versammlung kommt in der letzten Januarwoche in Straßburg zu ihrer Wintersitzung zusammen."
    assert _dated(text, DEC01_2000) == [(dt.date(2001, 1, 22), "week")]
    text = "In der ersten Oktoberwoche durchbrachen ihre Einheiten die Front bei Dudtschany."
    assert _dated(text, dt.date(2022, 11, 10)) == [(dt.date(2022, 10, 3), "week")]
    assert _dated("In der zweiten Oktoberwoche wurde verhandelt.", dt.date(2022, 11, 10)) == [(dt.date(2022, 10, 10),
                                                                                              "week")]


def test_last_as_an_adjective_does_not_make_the_past():
    # "letzten" is not a verb in the past: the meeting in the present tense lies ahead
    text = "Die Versammlung des Europarats kommt in der letzten Januarwoche in Straßburg zu ihrer Sitzung zusammen."
    met, _ = only(text, published=DEC01_2000)
    assert (met["category"], met["start"].date()) == ("meeting", dt.date(2001, 1, 22))


def test_the_end_of_the_month_is_its_last_week():
    text = "Die ersten Bataillone sollen noch vor Monatsende in die Region Transnistrien verlegt werden."
    assert _dated(text, JUL23_1992) == [(dt.date(1992, 7, 27), "week")]


def test_forces_reinforced_or_sent_and_a_front_pushed_back_are_military():
    assert best_category("Seit dem 10. Oktober hat die Ukraine ihre Grenztruppen auf der Insel verstärkt.")[0] == \
        "military"
    assert best_category("Am Montag schickte Kiew zusätzlich 14 Patrouillenboote in das Gebiet.")[0] == "military"
    assert best_category("Die ukrainische Armee drängt die Besatzer im Süden seit Ende August zurück.")[0] == \
        "military"
    assert best_category("Scholz drängt Kiew zur Zurückhaltung.")[0] == "statement"  # urging stays a statement


def test_a_clause_after_a_preposition_dates_the_noun_before_it():
    text = ("Nato-Generalsekretär Javier Solana ließ am Donnerstag die Luftangriffe aussetzen, mit denen das Bündnis "
            "am 24. März begonnen hatte.")
    begin = text.index(", mit denen")
    assert with_antecedent(text, begin, len(text) - 1).startswith("die Luftangriffe aussetzen, mit denen")
    assert with_antecedent(text, 0, 6) == "Nato-G"  # no preposition: the clause alone
    text += " Noch am selben Tag verabschiedete der UN-Sicherheitsrat in New York die Resolution 1244."
    events = draft_from_text(text, JUN14_1999).events
    assert dt.date(1999, 3, 24) in {d.date() for d in events["start"]}  # the strikes began then, an event of its own
    adopted = events[events["place"] == "New York City"].iloc[0]
    assert adopted["start"].date() == dt.date(1999, 6, 10)  # the same day as the main clause, not the clause's


def test_a_resolution_adopted_is_a_statement():
    text = "Noch am selben Tag verabschiedete der UN-Sicherheitsrat in New York die Resolution 1244."
    assert best_category(text)[0] == "statement"
    assert best_category("Der Sicherheitsrat berät am Montag über eine Resolution.")[0] == "meeting"


def test_a_deployment_approved_is_a_statement():
    text = "In Bonn hatte der Bundestag am Freitag die Entsendung von bis zu 8500 Soldaten in den Kosovo gebilligt."
    assert best_category(text)[0] == "statement"
    assert best_category("Die Entsendung von 8500 Soldaten in den Kosovo begann am Freitag.")[0] == "military"


def test_fighting_long_before_the_news_is_no_event():
    text = "Nach monatelangen Kämpfen am Dnjestr gibt es für Transnistrien erstmals eine Chance auf Frieden."
    assert best_category(text) is None
    assert best_category("Am Dnjestr gab es am Montag schwere Kämpfe.")[0] == "military"
