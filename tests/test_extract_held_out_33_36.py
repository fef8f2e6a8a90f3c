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


# Thirty-fourth round: from the thirty-third round's held-out reports (konstantinowka_markt, kabinettsumbildung_kiew,
# putin_mongolei, biden_warschau).
SEP07, SEP06, FEB22 = dt.date(2023, 9, 7), dt.date(2024, 9, 6), dt.date(2023, 2, 22)


def test_resigning_and_a_successor_are_statements_unless_the_army_chief_changes():
    quit_, _ = only("Am Dienstag reichten in Kiew mehrere Minister ihren Rücktritt ein.", published=SEP06)
    assert quit_["category"] == "statement"
    chief, _ = only("Selenskyj hatte am Donnerstag den Oberbefehlshaber Walerij Saluschnyj entlassen und Olexander "
                    "Syrskyj zu dessen Nachfolger ernannt.", published=dt.date(2024, 2, 12))
    assert chief["category"] == "military"


def test_the_irish_prime_minister_is_not_the_us_vice_president():
    met, _ = only("Selenskyj empfing am Mittwoch in Kiew den irischen Regierungschef Simon Harris.", published=SEP06)
    assert "Simon Harris" in met["actors"] and "Kamala Harris" not in met["actors"]


def test_a_month_ago_on_a_named_day_and_the_capital_that_opens_a_sentence_about_fighting_elsewhere():
    text = ("Kiew setzt unterdessen auf die eigene Offensive: Vor genau einem Monat, am 6. August, waren ukrainische "
            "Truppen in die russische Region Kursk vorgestoßen.")
    advance, _ = only(text, published=SEP06)
    assert (str(advance["start"].date()), advance["date_precision"], advance["place"]) == (
        "2024-08-06", "day", "Kursk region")


def test_staying_arriving_and_having_been_somewhere_are_trips():
    for text in ("Fast zur gleichen Zeit hielt sich US-Außenminister Antony Blinken in Kiew auf.",
                 "Blinken war am Mittwochmorgen unangekündigt mit dem Zug in Kiew angereist.",
                 "Zuletzt war Blinken vor einem Jahr, im September 2022, in der ukrainischen Hauptstadt Kiew gewesen."):
        trip, _ = only(text, published=SEP07)
        assert trip["category"] == "visit", text


def test_what_someone_said_during_his_visit_is_a_statement_and_a_village_freed_is_fighting():
    said, _ = only("Blinken äußerte sich bei seinem Besuch in Kiew zuversichtlich über die Gegenoffensive.",
                   published=SEP07)
    assert said["category"] == "statement"
    freed, _ = only("Am Montag vergangener Woche hatte Kiew die Befreiung des Dorfes Robotyne im Gebiet Saporischschja "
                    "gemeldet.", published=SEP07)
    assert (freed["category"], freed["place"]) == ("military", "Robotyne")  # the village, in the exonym table now


def test_a_speech_weeks_after_the_war_began_and_he_after_a_partner_named_with_mit():
    speech, _ = only("Schon im März vergangenen Jahres, wenige Wochen nach Kriegsbeginn, hatte Biden in Warschau eine "
                     "viel beachtete Rede gehalten.", published=FEB22)
    assert (speech["category"], str(speech["start"].date())) == ("statement", "2022-03-01")
    text = ("Vorgestern war Biden unangekündigt in Kiew eingetroffen. Bei seinem Treffen mit Präsident Wolodymyr "
            "Selenskyj sagte er weitere Militärhilfe im Wert von einer halben Milliarde Dollar zu.")
    aid, _ = only(text, published=FEB22, category="aid")
    assert "Joe Biden" in aid["actors"]


# Thirty-fifth round: from the thirty-fourth round's held-out reports (leopard_ankunft, weihnachtsangriff_energie,
# graiworon_einfall, sunak_sicherheitsabkommen).
MAR28, DEC26, JAN13 = dt.date(2023, 3, 28), dt.date(2024, 12, 26), dt.date(2024, 1, 13)


def test_also_on_that_wednesday_is_the_day_named_before_but_this_monday_is_this_one():
    text = ("Die Bundesregierung hatte sich am 25. Januar in Berlin zur Abgabe der Leopard-Panzer durchgerungen. "
            "Ebenfalls an diesem Mittwoch sagte US-Präsident Joe Biden in Washington 31 Kampfpanzer vom Typ Abrams zu.")
    pledges = draft_from_text(text, MAR28).events.set_index("place")
    assert str(pledges.loc["Washington", "start"].date()) == "2023-01-25"
    this, _ = only("Spezialkräfte behaupteten an diesem Montag in Kiew, 34 Offiziere seien getötet worden.",
                   published=dt.date(2023, 9, 26))
    assert str(this["start"].date()) == "2023-09-25"


def test_a_sentence_that_only_recalls_the_war_adds_no_second_war():
    text = ("Sunak hatte Kiew Mitte Januar 14 Panzer versprochen. Die ukrainische Armee wehrt sich seit dem russischen "
            "Überfall im Februar vergangenen Jahres gegen die Invasion.")
    wars = draft_from_text(text, MAR28).events.query("category == 'war'")
    assert list(wars["start"].dt.date.astype(str)) == ["2022-02-01"]


def test_letting_a_treaty_expire_and_a_threat_after_attacks_are_statements():
    expired, _ = only("Ab dem 1. Januar fließt kein russisches Gas mehr durch die Ukraine, Kiew lässt den "
                      "Transitvertrag auslaufen.", published=DEC26)
    assert expired["category"] == "statement"
    threat, _ = only("Nach Drohnenangriffen auf Kasan drohte Putin am Sonntag in Moskau jedem, der in Russland "
                     "Zerstörung anrichte, mit einem Vielfachen an Zerstörung.", published=DEC26)
    assert (threat["category"], str(threat["start"].date())) == ("statement", "2024-12-22")


def test_what_would_happen_if_is_no_event_and_does_not_change_the_one_before():
    text = ("Gemeinsam mit Präsident Wolodymyr Selenskyj unterzeichnete Sunak am Freitag in Kiew ein Abkommen über "
            "Sicherheit. Sollte Russland die Ukraine erneut angreifen, wollen beide Regierungen binnen 24 Stunden über "
            "Gegenmaßnahmen beraten.")
    assert list(draft_from_text(text, JAN13).events["category"]) == ["alliance"]


# Thirty-sixth round: from the thirty-fifth round's held-out reports (dschidda_gespraeche, krywyj_rih_angriff,
# londoner_gipfel, koalition_kiew_mai).


def test_a_town_after_a_hyphenated_adjective_is_a_place():
    text = ("Nach rund acht Stunden Verhandlungen im saudi-arabischen Dschidda hat sich die Ukraine am Dienstag bereit "
            "erklärt, einen amerikanischen Vorschlag anzunehmen.")
    agreed, _ = only(text, published=dt.date(2025, 3, 12))
    assert agreed["place"] == "Jeddah"
