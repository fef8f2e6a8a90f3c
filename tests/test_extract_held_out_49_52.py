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


# Fiftieth round: from the forty-ninth round's held-out reports (schweden_gripen, litauen_brigade, kiew_eu_vertretung,
# moldau_parlamentswahl).
OCT23, MAY23, AUG29, SEP29 = dt.date(2025, 10, 23), dt.date(2025, 5, 23), dt.date(2025, 8, 29), dt.date(2025, 9, 29)


def test_where_a_traveller_came_from_is_not_where_the_summit_is():
    text = "Von Linköping reiste Selenskyj nach Brüssel weiter, wo er am heutigen Donnerstag am EU-Gipfel teilnimmt."
    summit, _ = only(text, published=OCT23)
    assert (summit["category"], summit["place"]) == ("meeting", "Brussels")


def test_a_brigade_put_into_service_or_formed_is_military():
    text = "Bundeskanzler Friedrich Merz hat gestern in Vilnius die Panzerbrigade 45 der Bundeswehr in Dienst gestellt."
    commissioned, _ = only(text, published=MAY23)
    assert commissioned["category"] == "military"
    text = "Am 1. April dieses Jahres wurde der Großverband in Litauen formell aufgestellt."
    formed, _ = only(text, published=MAY23)
    assert formed["category"] == "military"


def test_expected_at_a_meeting_and_a_visit_told_before_a_colon():
    text = "Am Freitag wird Selenskyj in London zu einem Treffen der sogenannten Koalition der Willigen erwartet."
    expected, _ = only(text, published=OCT23)
    assert expected["category"] == "meeting"
    text = ("Die Reise folgt auf einen ernüchternden Besuch in Washington: Am vergangenen Freitag hatte US-Präsident "
            "Donald Trump Selenskyj im Weißen Haus empfangen.")
    received, _ = only(text, published=OCT23)
    assert (received["category"], str(received["start"].date())) == ("meeting", "2025-10-17")


def test_drones_that_hit_a_house_met_nobody():  # (with the lead-in before the colon left out, "trafen" was a meeting)
    text = ("Die Angriffe gehen derweil weiter: In der Nacht zum Montag wurden in Charkiw sieben Menschen getötet, als "
            "russische Drohnen ein Wohnhaus trafen.")
    strike, _ = only(text, published=dt.date(2025, 8, 19))
    assert strike["category"] == "military"


def test_a_party_landing_in_second_place_made_no_trip():
    text = "Am Sonntag landete der Patriotische Block in Moldau mit etwa 24 Prozent abgeschlagen auf Platz zwei."
    assert "visit" not in set(draft_from_text(text, SEP29).events["category"])


def test_summoning_an_ambassador_is_a_statement():
    text = "Auch das britische Außenministerium in London zitierte gestern Russlands Botschafter Andrei Kelin herbei."
    summoned, _ = only(text, published=AUG29)
    assert summoned["category"] == "statement"


def test_a_building_of_an_organisation_hit_is_where_the_strike_was_not_at_its_seat():
    text = ("Eine der schwersten Nächte\n\nIn der Nacht zum Donnerstag hat Russland Kiew mit Drohnen überzogen.\n\n"
            "Durch Druckwellen wurden auch das Gebäude der EU-Vertretung in der Innenstadt beschädigt.")
    places = set(draft_from_text(text, AUG29).events["place"])
    assert places == {"Kyiv"}


def test_a_place_in_what_is_said_is_no_neighbour_s_place():
    text = ("Am vergangenen Montag durchsuchte die Polizei landesweit rund 250 Objekte und nahm 74 Menschen in Moldau "
            "fest. Sie sollen Unruhen vorbereitet haben, einige seien dafür in Serbien ausgebildet worden. Am selben "
            "Tag warf Sandu Moskau vor, Stimmen zu kaufen.")
    places = set(draft_from_text(text, SEP29).events["place"])
    assert "Serbia" not in places


# Fifty-first round: from the fiftieth round's held-out reports (genf_friedensplan, kopenhagen_drohnen,
# polen_bahnsabotage, ternopil_angriff).
SEP24, NOV18 = dt.date(2025, 9, 24), dt.date(2025, 11, 18)


def test_drones_that_shut_an_airport_are_military_and_a_city_s_police_is_in_that_city():
    text = "Mehrere große Drohnen haben am Montagabend den Flughafen Kopenhagen für Stunden zum Stillstand gebracht."
    shut, _ = only(text, published=SEP24)
    assert (shut["category"], shut["place"]) == ("military", "Copenhagen")
    text = "Die Kopenhagener Polizei sprach gestern von einem „fähigen Akteur“ hinter den Flügen."
    police, _ = only(text, published=SEP24)
    assert police["place"] == "Copenhagen"


def test_a_capital_that_receives_leaders_hosts_the_summit():
    text = "Am 1. Oktober empfängt Kopenhagen die Staats- und Regierungschefs der EU zu einem informellen Gipfel."
    summit, _ = only(text, published=SEP24)
    assert (summit["category"], summit["place"]) == ("meeting", "Copenhagen")


def test_talks_held_at_a_state_s_request_are_no_accession():
    text = "Auf Antrag Tallinns berieten die NATO-Botschafter gestern in Brüssel nach Artikel 4 des Bündnisvertrags."
    talks, _ = only(text, published=SEP24)
    assert talks["category"] == "meeting"


def test_seeing_the_scene_for_oneself_is_a_visit_and_speaking_of_sabotage_a_statement():
    text = "Regierungschef Donald Tusk verschaffte sich vorgestern selbst einen Eindruck vom Tatort in Mika."
    seen, _ = only(text, published=NOV18)
    assert seen["category"] == "visit"
    text = ("Gestern sprach Tusk in Warschau nach einer Sitzung mit den Spitzen der Sicherheitsbehörden von einem "
            "„beispiellosen Sabotageakt“.")
    spoken, _ = only(text, published=NOV18)
    assert spoken["category"] == "statement"


# Fifty-second round: from the fifty-first round's held-out reports (dnipro_zug, eagle_s_kabel, eu_reparationskredit,
# wehrdienst_gesetz).
AUG28, JUN25, DEC28 = dt.date(2025, 8, 28), dt.date(2025, 6, 25), dt.date(2024, 12, 28)


def test_a_new_military_service_is_recruitment():
    text = "Die Bundesregierung hat gestern in Berlin den Gesetzentwurf für einen neuen Wehrdienst beschlossen."
    bill, _ = only(text, published=AUG28)
    assert bill["category"] == "recruitment"


def test_a_city_covered_with_drones_is_attacked_and_an_attack_condemned_is_no_place_for_the_next():
    text = "Bereits in der Nacht zu Montag hatte Russland Kiew mit Drohnen und Raketen überzogen."
    strike, _ = only(text, published=JUN25)
    assert (strike["category"], strike["place"], str(strike["start"].date())) == ("military", "Kyiv", "2025-06-23")
    text = ("Selenskyj in Den Haag\n\nPräsident Wolodymyr Selenskyj traf am Dienstag in Den Haag ein. Von dort aus "
            "verurteilte er den Angriff auf Dnipro.\n\nAm Mittwoch will Selenskyj mit US-Präsident Donald Trump "
            "zusammenkommen.")
    meeting, _ = only(text, published=JUN25, category="meeting")
    assert meeting["place"] == "The Hague"


def test_a_day_named_beside_about_a_year_ago_is_the_day():
    text = ("Vor gut einem Jahr, in der Nacht zum 8. Oktober 2023, hatte der Anker eines Containerschiffs die "
            "Gaspipeline zwischen Finnland und Estland beschädigt.")
    damage, _ = only(text, published=DEC28)
    assert (str(damage["start"].date()), damage["date_precision"]) == ("2023-10-08", "day")
