"""Drafting rules that came from the held-out reports, rounds 49 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, _11_13, _14_16, _17_20, _21_24, _25_28, _29_32, _33_36, _37_40,
_41_44 and _45_48; each round's block names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from tests.drafting import only

# Forty-ninth round: from the forty-eighth round's held-out reports (mig29_slowakei, new_start_aussetzung,
# streumunition_zusage, poltawa_angriff).
FEB22, JUL08, MAR18, SEP04 = dt.date(2023, 2, 22), dt.date(2023, 7, 8), dt.date(2023, 3, 18), dt.date(2024, 9, 4)


def test_a_ministry_that_gives_assurances_after_the_president_spoke_is_another_statement():
    text = ("Der russische Präsident Wladimir Putin hat am Dienstag in Moskau angekündigt, dass Russland seine "
            "Teilnahme am New-START-Vertrag aussetzt.\n\nDas Außenministerium in Moskau versicherte noch am selben "
            "Abend, man wolle die vereinbarten Obergrenzen weiterhin einhalten.")
    statements = draft_from_text(text, FEB22).events
    assert list(statements["category"]) == ["statement", "statement"]
    assert list(statements["actors"].fillna("")) == ["Vladimir Putin;Russia", ""]


def test_pointing_to_a_signature_is_a_statement_and_a_decision_elsewhere_is_its_topic():
    text = ("Regierungssprecher Steffen Hebestreit verwies am Freitag auf die deutsche Unterschrift unter das "
            "Abkommen, zeigte aber Verständnis für die Entscheidung in Washington.")
    pointed, _ = only(text, published=JUL08)
    assert (pointed["category"], pointed["place"]) == ("statement", "Berlin")


def test_flying_somewhere_is_a_trip_and_whom_one_will_meet_there_a_meeting_of_its_own_day():
    text = "Biden fliegt am Sonntag zunächst nach London, wo er am Montag Premier Sunak und König Charles treffen will."
    events = draft_from_text(text, JUL08).events
    assert sorted(zip(events["category"], events["start"].dt.date.astype(str), strict=True)) == [
        ("meeting", "2023-07-10"), ("visit", "2023-07-09")]


def test_a_month_before_a_participle_that_has_begun_lies_in_the_past():
    text = "Die Geschosse sollen den ukrainischen Truppen bei ihrer Anfang Juni begonnenen Gegenoffensive helfen."
    offensive, _ = only(text, published=JUL08)
    assert (str(offensive["start"].date()), offensive["date_precision"]) == ("2023-06-01", "month")


def test_handing_over_jets_is_aid_and_the_coming_weeks_start_next_week():
    text = "Die slowakische Regierung hat am Freitag in Bratislava beschlossen, der Ukraine 13 Kampfjets zu überlassen."
    handed, _ = only(text, published=MAR18)
    assert handed["category"] == "aid"
    text = "Übergeben werden sollen die Maschinen nach Angaben des Ministers in den kommenden Wochen an die Ukraine."
    due, _ = only(text, published=MAR18)
    assert (str(due["start"].date()), due["date_precision"]) == ("2023-03-20", "week")


def test_condemning_an_attack_is_a_statement():
    text = ("Präsident Wolodymyr Selenskyj verurteilte den Angriff noch am Dienstag in Kiew und kündigte an, Russland "
            "werde dafür zur Rechenschaft gezogen.")
    condemned, _ = only(text, published=SEP04)
    assert condemned["category"] == "statement"


def test_a_statement_in_another_section_is_another_statement():
    text = ("Präsident Wolodymyr Selenskyj sagte am Dienstag in Kiew, Russland werde zur Rechenschaft gezogen.\n\n"
            "Umbau der Regierung\n\nAm Dienstagabend reichten mehrere Minister in Kiew ihren Rücktritt ein.")
    statements = draft_from_text(text, SEP04).events
    assert list(statements["category"]) == ["statement", "statement"]
