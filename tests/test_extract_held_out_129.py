"""Drafting rules that came from the held-out reports, rounds 129 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _122 and _127; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.cues import best_category
from tests.drafting import only

# Hundred-and-twenty-ninth round: from the held-out reports of round 128 (adscharien_krise_2004,
# armenien_parlamentsanschlag_1999, dayton_abkommen_1995, schwarzmeerflotte_vertrag_1997, baku_schwarzer_januar_1990).
JAN22_1990, JUN02_1997, MAY07_2004 = dt.date(1990, 1, 22), dt.date(1997, 6, 2), dt.date(2004, 5, 7)


def test_reservists_called_up_are_recruitment():
    text = ("Um Truppen für den Einsatz bereitzustellen, hatte das Verteidigungsministerium in der vergangenen Woche "
            "Reservisten in Südrussland einberufen.")
    assert best_category(text)[0] == "recruitment"
    assert best_category("Das Ministerium hatte Hilfsgüter für den Einsatz bereitgestellt.")[0] == "aid"


def test_moscow_spoke_for_the_soviet_union_before_1992():
    text = "Moskau verhängte am 15. Januar den Ausnahmezustand über Berg-Karabach und die Grenzzone zum Iran."
    decree, _ = only(text, published=JAN22_1990)
    assert decree["actors"] == "Soviet Union"  # not Russia, and the border zone's neighbour does not act
    later, _ = only("Moskau verhängte am 15. Januar den Ausnahmezustand über die Region.", dt.date(2004, 1, 22))
    assert later["actors"] == "Russia"
    union, _ = only("Die Sowjetunion erklärte am Montag ihr Bedauern.", published=JAN22_1990)
    assert union["actors"] == "Soviet Union"


def test_presidents_of_the_nineties_are_known_and_act_from_their_seats():
    text = "Am 1. Juni vergangenen Jahres verkündete Kutschma, die letzten nuklearen Sprengköpfe seien abgezogen."
    told, _ = only(text, published=JUN02_1997)
    assert (told["actors"], told["place"]) == ("Leonid Kuchma", "Kyiv")
    father, _ = only("Alijew verurteilte am Sonntag den Einsatz.", published=JAN22_1990)
    son, _ = only("Alijew verurteilte am Sonntag den Einsatz.", published=dt.date(2010, 1, 22))
    assert (father["actors"], son["actors"]) == ("Heydar Aliyev", "Ilham Aliyev")
    text = "Izetbegović, Milošević und Tuđman trafen sich am Dienstag zu Gesprächen."
    assert set(only(text, dt.date(1995, 11, 22))[0]["actors"].split(";")) == {
        "Alija Izetbegović", "Slobodan Milošević", "Franjo Tuđman"}


def test_a_duration_in_a_relative_clause_does_not_date_the_main_clause():
    text = ("Der adscharische Führer Aslan Abaschidse, der die autonome Republik seit 1991 wie ein Privatlehen "
            "regiert hatte, trat in der Nacht zum Donnerstag zurück und flog nach Moskau.")
    events = draft_from_text(text, MAY07_2004).events
    assert [str(d.date()) for d in events["start"]] == ["2004-05-06"]
