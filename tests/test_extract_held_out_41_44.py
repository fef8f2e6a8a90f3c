"""Drafting rules that came from the held-out reports, rounds 41 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, _11_13, _14_16, _17_20, _21_24, _25_28, _29_32, _33_36 and
_37_40; each round's block names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from tests.drafting import only

# Forty-first round: from the fortieth round's held-out reports (sjewjerodonezk_fall, grenzblockade_polen,
# krim_bruecke_sperrung, schwarzmeer_waffenruhe).
JUN01, MAR26 = dt.date(2024, 6, 1), dt.date(2025, 3, 26)


def test_a_day_in_a_clause_opened_by_seit_and_a_subject_lies_in_the_past():
    text = ("Seit Russland am 10. Mai eine Offensive im Norden des Gebiets Charkiw begonnen hat, drängt Kiew auf "
            "westliche Waffen.")
    offensive, _ = only(text, published=JUN01, category="military")
    assert str(offensive["start"].date()) == "2024-05-10"


def test_a_permission_is_a_statement():
    text = ("Am Donnerstagabend erlaubten die USA in Washington der Ukraine, amerikanische Waffen gegen Ziele in "
            "Russland einzusetzen.")
    permission, _ = only(text, published=JUN01)
    assert permission["category"] == "statement"


def test_a_colon_before_words_closed_by_a_speech_verb_and_a_name_makes_them_said():
    text = ("Ebenfalls gestern folgte die Bundesregierung: Die Ukraine habe das Recht, sich gegen Angriffe aus dem "
            "russischen Grenzgebiet zu wehren, erklärte Regierungssprecher Steffen Hebestreit in Berlin.")
    said, _ = only(text, published=JUN01)
    assert (said["category"], said["place"]) == ("statement", "Berlin")
    assert "Steffen Hebestreit" in said["actors"].split(";")


def test_negotiating_is_a_meeting_also_for_a_delegation_and_a_saudi_capital_is_riyadh():
    text = ("Am Sonntag hatte zunächst eine ukrainische Delegation unter Verteidigungsminister Rustem Umerow in der "
            "saudischen Hauptstadt mit US-Vertretern verhandelt.")
    talks, _ = only(text, published=MAR26)
    assert (talks["category"], talks["place"], str(talks["start"].date())) == ("meeting", "Riyadh", "2025-03-23")
    # accession talks keep their kind
    text = "Ende Juni wurden in Luxemburg die Beitrittsverhandlungen mit Moldau eröffnet."
    accession, _ = only(text, published=dt.date(2024, 10, 22))
    assert accession["category"] == "alliance"


def test_a_city_adjective_before_a_source_is_no_place():
    text = ("Am Sonntag verhandelten in Riad zunächst die Ukrainer mit den USA. Vorgestern folgten die Gespräche der "
            "Amerikaner mit der russischen Seite, die nach Moskauer Angaben rund zwölf Stunden dauerten.")
    talks = [place for place, day in zip(*_places_and_days(text, MAR26), strict=True) if day == "2025-03-24"]
    assert talks == ["Riyadh"]


def test_the_city_named_right_after_the_word_city_is_no_pointer_back():
    text = ("Selenskyj sprach am Dienstag in Kiew. Am Montag war eine russische Rakete in einem Wohnviertel der Stadt "
            "Sumy eingeschlagen.")
    hit, _ = only(text, published=MAR26, category="military")
    assert hit["place"] == "Sumy"


def test_a_so_called_coalition_does_not_put_the_sentence_in_the_past():
    text = ("Am Donnerstag beraten in Paris die Staats- und Regierungschefs der sogenannten Koalition der Willigen "
            "über Sicherheitsgarantien.")
    meeting, _ = only(text, published=MAR26)
    assert str(meeting["start"].date()) == "2025-03-27"


def _places_and_days(text: str, published: dt.date) -> tuple[list[str], list[str]]:
    events = draft_from_text(text, published).events
    return list(events["place"]), [str(d.date()) for d in events["start"]]
