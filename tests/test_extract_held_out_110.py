"""Drafting rules that came from the held-out reports, rounds 110 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _95 and _104; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from tests.drafting import only

# Hundred-and-tenth round: from the held-out reports of round 109 (japan_ukraine_hilfe_2023, oelpreisdeckel_2022,
# russland_auslandsagenten_2022, swift_ausschluss_2022, uno_menschenrechtsrat_ausschluss_2022).


def test_diplomats_expelled_are_a_statement():
    text = "Im April 2022 wies die Regierung in Tokio acht russische Diplomaten und Handelsvertreter aus."
    expelled, _ = only(text, published=dt.date(2023, 2, 21))
    assert (expelled["category"], str(expelled["start"].date()), expelled["date_precision"]) == (
        "statement", "2022-04-01", "month")
    text = "Am Montag hat Oslo 15 russische Diplomaten ausgewiesen."
    assert only(text, published=dt.date(2022, 4, 14))[0]["category"] == "statement"


def test_a_law_coming_into_force_is_a_statement():
    text = ("In Russland ist am Donnerstag das verschärfte Gesetz über sogenannte ausländische Agenten in Kraft "
            "getreten.")
    law, _ = only(text, published=dt.date(2022, 12, 2))
    assert (law["category"], str(law["start"].date())) == ("statement", "2022-12-01")
    text = "Am 1. März tritt in Lettland das neue Mediengesetz in Kraft."
    assert only(text, published=dt.date(2023, 2, 10))[0]["category"] == "statement"


def test_a_law_or_decree_signed_is_a_statement():
    text = "Präsident Wladimir Putin hatte das Gesetz im Juli unterzeichnet."
    signed, _ = only(text, published=dt.date(2022, 12, 2))
    assert (signed["category"], str(signed["start"].date()), signed["actors"]) == (
        "statement", "2022-07-01", "Vladimir Putin")
    text = "Am Freitag unterzeichnete Putin ein Dekret über die Zahlung in Rubel."
    assert only(text, published=dt.date(2022, 4, 2))[0]["category"] == "statement"


def test_a_court_hearing_a_case_holds_no_talks():
    text = ("Am kommenden Dienstag will das Samoskworezki-Gericht in Moskau über die Klage eines Journalisten "
            "verhandeln.")
    hearing, _ = only(text, published=dt.date(2022, 12, 2))
    assert (hearing["category"], str(hearing["start"].date())) == ("statement", "2022-12-06")  # not a meeting
    text = "Am Mittwoch verhandelt das Bezirksgericht in Sankt Petersburg die Klage der Künstlerin."
    assert only(text, published=dt.date(2023, 3, 13))[0]["category"] == "statement"


def test_a_licence_revoked_is_a_statement():
    text = "Im September entzog ein Moskauer Gericht zudem der unabhängigen Zeitung „Nowaja Gaseta“ die Lizenz."
    revoked, _ = only(text, published=dt.date(2022, 12, 2))
    assert (revoked["category"], str(revoked["start"].date()), revoked["place"]) == (
        "statement", "2022-09-01", "Moscow")


def test_joining_in_a_joint_declaration_is_a_statement():
    text = ("Noch am Freitagabend schlossen sich die G7-Staaten sowie Australien in einer gemeinsamen Erklärung "
            "an.")
    joined, _ = only(text, published=dt.date(2022, 12, 6))
    assert (joined["category"], str(joined["start"].date())) == ("statement", "2022-12-02")


def test_a_price_or_a_reserve_is_no_aid():
    for text in ("Für russisches Rohöl gilt seit gestern ein Höchstpreis von 60 US-Dollar je Barrel.",
                 "Am Montagmorgen mussten für einen US-Dollar mehr als 110 Rubel bezahlt werden.",
                 "Die Währungsreserven belaufen sich am Samstag auf rund 630 Milliarden US-Dollar."):
        assert "aid" not in set(draft_from_text(text, dt.date(2022, 12, 6)).events["category"]), text


def test_waiting_for_what_someone_presents_is_no_visit():
    text = "Mit Spannung wird in Tokio nun erwartet, was China vorlegt."
    assert "visit" not in set(draft_from_text(text, dt.date(2023, 2, 21)).events["category"])


def test_a_crime_in_a_country_is_what_it_is_about_not_where():
    text = ("Die UN-Vollversammlung hat Russland wegen mutmaßlicher Kriegsverbrechen in der Ukraine die Mitgliedschaft "
            "im Menschenrechtsrat entzogen.")
    suspended, _ = only(text, published=dt.date(2022, 4, 8))
    assert (suspended["category"], suspended["country"]) == ("alliance", "US")  # the assembly's seat, not Ukraine


# Hundred-and-eleventh round: from the held-out reports of round 110 (kse_vertrag_austritt_2023,
# ukraine_parteienverbot_2022, putin_direkter_draht_2023, baltikum_einreisestopp_russen_2022,
# armenien_grenzkaempfe_2022).


def test_nagorno_karabakh_is_a_place():
    text = "Seit dem 10. November 2020 sind rund 2000 russische Friedenssoldaten in Bergkarabach stationiert."
    stationed, _ = only(text, published=dt.date(2022, 9, 15))
    assert (stationed["place"], stationed["country"], stationed["geo_precision"]) == (
        "Nagorno-Karabakh", "AZ", "region")


def test_their_summit_is_only_the_setting_of_what_they_decided():
    text = ("Die Staats- und Regierungschefs der EU beschlossen am Donnerstag bei ihrem Gipfel, "
            "Beitrittsverhandlungen mit der Ukraine und der Republik Moldau aufzunehmen.")
    decided, _ = only(text, published=dt.date(2023, 12, 15))
    assert decided["category"] == "alliance"  # the accession talks, not the summit


def test_an_agreement_named_after_a_town_is_not_the_scene():
    text = ("Kremlsprecher Dmitri Peskow nannte die Einigung von Prag bereits am 1. September "
            "„eine weitere lächerliche Entscheidung“.")
    said, _ = only(text, published=dt.date(2022, 9, 20))
    assert said["place"] == "Moscow"  # where the Kremlin speaks, not Prague


def test_applicants_paying_a_fee_are_neither_an_accession_nor_aid():
    text = "Russische Antragsteller zahlen seit Montag 80 statt 35 Euro Visagebühr."
    assert draft_from_text(text, dt.date(2022, 9, 20)).events.empty


def test_the_mayor_of_kyiv_and_medvedchuk_are_known_actors():
    text = "Bürgermeister Vitali Klitschko verhängte am Montag eine Ausgangssperre."
    assert only(text, published=dt.date(2022, 3, 21))[0]["actors"] == "Vitali Klitschko"
    text = ("Viktor Medwedtschuk wurde im Mai vergangenen Jahres unter Hausarrest gestellt; die Staatsanwaltschaft "
            "wirft ihm Hochverrat vor.")
    assert only(text, published=dt.date(2022, 3, 21))[0]["actors"] == "Viktor Medvedchuk"


def test_a_treaty_suspended_is_a_statement_and_data_no_longer_delivered_no_aid():
    text = ("Im Dezember 2007 setzte Russland die Anwendung des Vertrags aus, seither lieferte es keine Daten mehr und "
            "ließ keine Inspektionen zu.")
    suspended, _ = only(text, published=dt.date(2023, 11, 8))
    assert (suspended["category"], str(suspended["start"].date())) == ("statement", "2007-12-01")


# Hundred-and-twelfth round: from the held-out reports of round 111 (polen_ostschild_2024,
# sondervermoegen_bundestag_2022, lettland_praesident_rinkevics_2023, nawalny_beerdigung_2024,
# eu_assoziierungsabkommen_2014).


def test_poroshenko_is_a_known_actor():
    text = "Am Freitag sagte Präsident Petro Poroschenko in Kiew, die Ukraine habe einen hohen Preis gezahlt."
    said, _ = only(text, published=dt.date(2014, 6, 28))
    assert "Petro Poroshenko" in said["actors"].split(";")


def test_applause_given_is_no_donation():
    text = "Am Mittwoch spendeten die Abgeordneten in Straßburg der Witwe stehend Beifall."
    assert "aid" not in set(draft_from_text(text, dt.date(2024, 3, 2)).events["category"])


def test_appearing_at_the_munich_conference_and_announcing_is_a_statement():
    text = ("Noch am Freitag trat Julia Nawalnaja bei der Münchner Sicherheitskonferenz auf und kündigte an, Putin "
            "und seine Umgebung würden zur Rechenschaft gezogen.")
    spoke, _ = only(text, published=dt.date(2024, 2, 19))
    assert (spoke["category"], spoke["place"]) == ("statement", "Munich")  # the conference is only the setting


def test_taking_leave_of_the_dead_is_a_gathering():
    text = "Gestern haben in Moskau Tausende Abschied von dem Oppositionspolitiker Alexej Nawalny genommen."
    farewell, _ = only(text, published=dt.date(2024, 3, 2))
    assert (farewell["category"], farewell["place"], str(farewell["start"].date())) == (
        "meeting", "Moscow", "2024-03-01")


# Hundred-and-thirteenth round: from the held-out reports of round 112 (moldau_gagausien_gutul_2023,
# ukraine_tomos_2019, cold_response_2022, eurovision_liverpool_2023, kasachstan_praesidentenwahl_2022).


def test_am_tag_darauf_is_the_day_after_the_day_named_before():
    text = ("Am 25. November beschossen russische Schiffe ukrainische Boote in der Straße von Kertsch. Am Tag darauf "
            "verurteilte das Parlament in Kiew den Angriff.")
    condemned, _ = only(text, published=dt.date(2019, 1, 7), category="statement")
    assert str(condemned["start"].date()) == "2018-11-26"


def test_an_election_won_as_expected_is_no_visitor_expected():
    text = "In Astana hat Präsident Tokajew die vorgezogene Präsidentenwahl am Sonntag wie erwartet deutlich gewonnen."
    won, _ = only(text, published=dt.date(2022, 11, 21))
    assert won["category"] == "statement"


def test_the_country_leading_an_alliance_is_not_the_scene():
    text = ("Noch am Dienstag bat Armenien die von Russland geführte Organisation des Vertrags über kollektive "
            "Sicherheit offiziell um Beistand.")
    asked, _ = only(text, published=dt.date(2022, 9, 15))
    assert asked["country"] == "AM"  # not Russia, which leads the alliance


# Hundred-and-fourteenth round: from the held-out reports of round 113 (nordmazedonien_nato_2020,
# ukraine_visafreiheit_eu_2017, mh17_abschuss_2014, georgienkrieg_2008, montenegro_nato_2017).


def test_tskhinvali_is_known_by_its_german_name():
    text = "Am Freitag rückten georgische Bodentruppen nach Zchinwali vor."
    advance, _ = only(text, published=dt.date(2008, 8, 10))
    assert (advance["place"], advance["country"]) == ("Tskhinvali", "GE")


def test_a_town_under_its_own_name_outranks_a_namesake_far_away():
    text = "Am Samstag trafen russische Bomben auch den Schwarzmeerhafen Poti."
    struck, _ = only(text, published=dt.date(2008, 8, 10))
    assert (struck["place"], struck["country"]) == ("Poti", "GE")  # not Teresina in Brazil, once also called Poti


def test_the_state_named_picks_the_american_namesake():
    text = "Barack Obama äußerte sich am Donnerstag bei einem Termin in Wilmington im Bundesstaat Delaware."
    spoke, _ = only(text, published=dt.date(2014, 7, 18))
    assert round(spoke["lat"], 1) == 39.7  # Delaware's Wilmington, not the larger one in North Carolina (34.2)
    text = "Biden sagte am Montag in Glendale im Bundesstaat Kalifornien, er werde kandidieren."  # German name
    assert round(only(text, published=dt.date(2024, 3, 5))[0]["lon"]) == -118  # not Glendale, Arizona (-112)


def test_a_passport_or_travel_in_general_is_no_trip():
    for text in ("Seit Sonntag brauchen Ukrainer mit einem biometrischen Reisepass in Kiew kein Visum mehr.",
                 "In Kiew rechnet man nun mit deutlich mehr Reiseverkehr."):
        assert "visit" not in set(draft_from_text(text, dt.date(2017, 6, 12)).events["category"])


def test_shaken_in_quotes_after_the_place_is_a_statement():
    text = ("Am Donnerstag wurde über der Ostukraine ein Passagierflugzeug abgeschossen. Der niederländische "
            "Ministerpräsident Mark Rutte zeigte sich in Den Haag „zutiefst erschüttert“.")
    shaken, _ = only(text, published=dt.date(2014, 7, 18), category="statement")
    assert (shaken["place"], shaken["actors"], str(shaken["start"].date())) == ("The Hague", "Mark Rutte", "2014-07-17")


def test_a_flag_raised_at_the_headquarters_is_an_accession_event():
    text = "Am Mittwoch soll die montenegrinische Flagge vor dem Hauptquartier der Allianz in Brüssel gehisst werden."
    flag, _ = only(text, published=dt.date(2017, 6, 6))
    assert (flag["category"], flag["place"], str(flag["start"].date())) == ("alliance", "Brussels", "2017-06-07")
    text = "Am Dienstagnachmittag wurde vor dem Nato-Hauptquartier in Brüssel erstmals die Flagge Finnlands gehisst."
    assert only(text, published=dt.date(2023, 4, 5))[0]["category"] == "alliance"
    text = "Spezialkräfte seien am Montag am Kap Tarchankut an Land gegangen und hätten die ukrainische Flagge gehisst."
    assert "alliance" not in set(draft_from_text(text, dt.date(2023, 8, 25)).events["category"])


def test_the_capital_in_apposition_is_the_town_just_named():
    text = ("Putin, der in Peking zur Eröffnung der Olympischen Spiele weilte, sagte am Freitag dort, es habe ein "
            "Krieg begonnen. Am Samstag verließ er China und flog nach Wladikawkas, in die Hauptstadt der russischen "
            "Teilrepublik Nordossetien.")
    flight, _ = only(text, published=dt.date(2008, 8, 10), category="visit")
    assert flight["place"] == "Vladikavkaz"  # not Beijing, the capital named before
    text = ("Am Freitag tagte in Moskau der Sicherheitsrat. Die georgische Armee nahm Zchinwali, die Hauptstadt der "
            "abtrünnigen Region, mit Artillerie unter Beschuss.")
    assert only(text, published=dt.date(2008, 8, 10), category="military")[0]["place"] == "Tskhinvali"


def test_a_strike_only_supposed_is_no_strike():
    text = ("Malaysias Regierungschef Najib Razak verlangte am Freitag in Kuala Lumpur, sollte sich ein Abschuss "
            "bestätigen, müssten die Täter rasch vor Gericht gebracht werden.")
    demanded, _ = only(text, published=dt.date(2014, 7, 18))
    assert (demanded["category"], demanded["place"]) == ("statement", "Kuala Lumpur")


def test_fighting_in_a_condition_contrary_to_fact_is_no_fighting():
    text = ("Putin sagte am Donnerstag in Moskau, Kiew trage die Verantwortung. Das Unglück hätte sich nicht ereignet, "
            "wenn Kiew die Kämpfe im Südosten nicht wieder aufgenommen hätte.")
    assert list(draft_from_text(text, dt.date(2014, 7, 18)).events["category"]) == ["statement"]


def test_a_vote_for_or_against_is_a_statement():
    text = "Anfang April stimmte das Europaparlament in Straßburg mit 521 zu 75 Stimmen für die Aufhebung der Visa."
    vote, _ = only(text, published=dt.date(2017, 6, 12))
    assert (vote["category"], vote["place"], str(vote["start"].date()), vote["date_precision"]) == (
        "statement", "Strasbourg", "2017-04-01", "month")


# Hundred-and-fifteenth round: from the held-out reports of round 114 (skripal_salisbury_2018,
# gasstreit_ukraine_2009, bronzener_soldat_tallinn_2007, orange_revolution_2004, kursk_uboot_2000).


def test_salisbury_is_the_english_city():
    text = "Am 4. März wurden Sergej Skripal und seine Tochter in Salisbury mit einem Nervengift angegriffen."
    found, _ = only(text, published=dt.date(2018, 3, 15))
    assert (found["place"], found["country"]) == ("Salisbury", "GB")  # not Harare, Salisbury until 1982


def test_gas_deliveries_cut_or_paid_for_are_no_aid():
    text = ("In der Nacht zu Dienstag waren die Lieferungen nach Bulgarien sowie der Transit in die Türkei, nach "
            "Griechenland und Mazedonien unterbrochen worden.")
    assert "aid" not in set(draft_from_text(text, dt.date(2009, 1, 8)).events["category"])
    text = ("Am 30. Dezember teilte Naftogaz in Kiew mit, 1,522 Milliarden Dollar für die Lieferungen aus "
            "November und Dezember überwiesen zu haben.")
    assert only(text, published=dt.date(2009, 1, 8))[0]["category"] == "statement"


def test_demonstrating_is_a_statement():
    text = "Vor der estnischen Botschaft in Moskau demonstrierten am Freitag Anhänger kremlnaher Jugendgruppen."
    protest, _ = only(text, published=dt.date(2007, 4, 28))
    assert (protest["category"], protest["place"]) == ("statement", "Moscow")


def test_passing_a_law_is_a_statement():
    text = "Im Januar verabschiedete das Parlament in Tallinn ein Gesetz zum Schutz von Kriegsgräbern."
    law, _ = only(text, published=dt.date(2007, 4, 28))
    assert (law["category"], str(law["start"].date()), law["date_precision"]) == ("statement", "2007-01-01", "month")


def test_neither_nor_travel_is_no_trip():
    text = "Weder Minister noch Mitglieder der Königsfamilie sollen im Juni zur Weltmeisterschaft nach Russland reisen."
    assert "visit" not in set(draft_from_text(text, dt.date(2018, 3, 15)).events["category"])


def test_the_attack_answered_is_not_the_event():
    text = ("Großbritannien antwortet am Mittwoch auf den Giftanschlag auf Sergej Skripal mit der Ausweisung von "
            "23 russischen Diplomaten.")
    answer, _ = only(text, published=dt.date(2018, 3, 15))
    assert answer["category"] == "statement"


def test_a_weekday_a_week_ago():
    text = "Am Samstag vor einer Woche erklärte die Werchowna Rada die Stichwahl für ungültig."
    declared, _ = only(text, published=dt.date(2004, 12, 4))  # a Saturday: the Saturday before
    assert str(declared["start"].date()) == "2004-11-27"
    text = "Am Freitag vor einer Woche sagte Putin in Moskau, er sei zu Gesprächen bereit."
    assert str(only(text, published=dt.date(2004, 12, 6))[0]["start"].date()) == "2004-11-26"  # a Monday
