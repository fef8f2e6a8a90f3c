"""Drafting rules that came from the held-out reports, rounds 33 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, _11_13, _14_16, _17_20, _21_24, _25_28 and _29_32; each
round's block names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from tests.drafting import only

# Thirty-third round: from the thirty-second round's held-out reports (toropez_depot, przewodow_rakete,
# nato_antrag_nord, zeitenwende_rede).
MAY19, NOV17, SEP19, FEB28 = dt.date(2022, 5, 19), dt.date(2022, 11, 17), dt.date(2024, 9, 19), dt.date(2022, 2, 28)


def test_applications_handed_over_on_wednesday_morning_are_an_accession_step_told_in_the_past():
    text = ("Die Botschafter Finnlands und Schwedens haben am Mittwochmorgen im NATO-Hauptquartier in Brüssel die "
            "Beitrittsanträge ihrer Länder übergeben.")
    handed, _ = only(text, published=MAY19)
    assert (handed["category"], str(handed["start"].date())) == ("alliance", "2022-05-18")


def test_announcing_that_a_country_will_apply_is_the_application_step_of_its_people():
    text = ("Am Sonntag hatten Präsident Sauli Niinistö und Regierungschefin Sanna Marin in Helsinki verkündet, dass "
            "Finnland die Mitgliedschaft beantragen werde.")
    announced, _ = only(text, published=MAY19)
    assert announced["category"] == "alliance"
    assert {"Sauli Niinistö", "Sanna Marin"} <= set(announced["actors"].split(";"))


def test_an_alert_of_deterrence_forces_is_military_and_talks_near_a_border_river_are_there():
    alert, _ = only("Am Sonntag ließ Putin die Abschreckungskräfte seiner Armee in besondere Alarmbereitschaft "
                    "versetzen.", published=FEB28)
    assert alert["category"] == "military"
    talks, _ = only("Am heutigen Montag sollen sich Delegationen der Ukraine und Russlands an der Grenze nahe dem "
                    "Fluss Pripjat treffen.", published=FEB28)
    assert talks["place"] == "Pripyat River"


def test_a_border_region_names_its_region_and_small_places_are_in_the_table():
    fighting, _ = only("Seit dem 6. August kämpfen ukrainische Truppen in der russischen Grenzregion Kursk.",
                       published=SEP19)
    assert (fighting["place"], fighting["geo_precision"]) == ("Kursk region", "region")
    text = ("Am Dienstagnachmittag schlug auf dem Gelände eines Getreidetrocknungsbetriebs in Przewodów, wenige "
            "Kilometer von der ukrainischen Grenze entfernt, eine Rakete ein.")
    hit, _ = only(text, published=NOV17)
    assert (hit["category"], hit["place"]) == ("military", "Przewodów")
    fire, _ = only("Gouverneur Igor Rudenja bestätigte gestern einen Großbrand in Toropez.", published=SEP19)
    assert (fire["place"], fire["actors"]) == ("Toropets", "Igor Rudenya")


def test_what_happened_at_the_same_time_is_another_event_in_the_country_attacked():
    text = ("Am Dienstagnachmittag schlug in Przewodów eine Rakete ein. Zur selben Zeit überzog Russland die Ukraine "
            "mit einer der schwersten Angriffswellen.")
    places = sorted(draft_from_text(text, NOV17).events["place"])
    assert places == ["Przewodów", "Ukraine"]


def test_reported_speech_after_a_statement_goes_on_telling_it_and_a_reply_is_a_statement():
    text = ("Ähnlich äußerte sich am Mittwoch Polens Präsident Andrzej Duda in Warschau. Es handle sich "
            "höchstwahrscheinlich um eine Rakete der ukrainischen Luftabwehr.")
    assert list(draft_from_text(text, NOV17).events["category"]) == ["statement"]
    replied, _ = only("Selenskyj entgegnete am Sonntag in Kiew, ein Frieden brauche Sicherheitsgarantien.",
                      published=dt.date(2024, 12, 8))
    assert replied["category"] == "statement"
