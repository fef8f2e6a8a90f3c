"""Drafting rules that came from the held-out reports, rounds 74 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _57_60 and _61_64 (which holds rounds 63 to 73); each
round's block names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from tests.drafting import only

# Seventy-fourth round: from the seventy-third round's held-out reports (charkiw_fernsehturm,
# trump_wahlsieg_reaktionen, f16_trainingszentrum_rumaenien, selenskyj_amtszeit).
NOV07, NOV14, APR23, MAY21 = dt.date(2024, 11, 7), dt.date(2023, 11, 14), dt.date(2024, 4, 23), dt.date(2024, 5, 21)


def test_two_who_met_in_person_held_a_meeting():
    text = "Persönlich waren sich Selenskyj und Trump zuletzt am 27. September in New York begegnet."
    met, _ = only(text, published=NOV07)
    assert (met["category"], str(met["start"].date())) == ("meeting", "2024-09-27")


def test_a_number_of_jets_promised_is_aid():
    text = "Dänemarks Regierungschefin Mette Frederiksen versprach am 20. August in Skrydstrup 19 Maschinen."
    promised, _ = only(text, published=NOV14)
    assert (promised["category"], str(promised["start"].date())) == ("aid", "2023-08-20")


def test_an_attack_in_what_was_written_makes_no_military_event():
    text = ("Charkiws Bürgermeister Ihor Terechow schrieb gestern auf Telegram, der Angriff richte sich gegen die "
            "Menschen in der Stadt.")
    written, _ = only(text, published=APR23)
    assert (written["category"], str(written["start"].date())) == ("statement", "2024-04-22")


def test_the_city_of_millions_is_the_city_named_before():
    text = ("Eine russische Rakete hat am Montag den Fernsehturm in Charkiw getroffen.\n\nIm März hatten russische "
            "Angriffe auf Kraftwerke die Stromversorgung der Millionenstadt über Tage lahmgelegt. Die Analysten "
            "schrieben am Montagabend, Moskau dürfte mit der Angriffsserie versuchen, Charkiw unbewohnbar zu machen.")
    events = draft_from_text(text, APR23).events
    march = events[events["start"] == dt.datetime(2024, 3, 1)]
    assert list(march["place"]) == ["Kharkiv"]


def test_fighting_in_a_where_clause_does_not_make_the_visit_military():
    text = ("Am Samstag besuchte Selenskyj die Region Charkiw, wo russische Truppen seit Anfang Mai im Grenzgebiet "
            "vorrücken, und ließ sich über die Lage an der Front unterrichten.")
    events = draft_from_text(text, MAY21).events
    saturday = events[events["start"] == dt.datetime(2024, 5, 18)]
    assert list(saturday["category"]) == ["visit"]
