"""Drafting rules that came from the held-out reports, rounds 57 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _49_52 and _53_56; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from lagebild.extract import draft_from_text
from lagebild.extract.gazetteer import find_places
from tests.drafting import only

# Fifty-seventh round: from the fifty-sixth round's held-out reports (selenskyj_bundestag, mariupol_geburtsklinik,
# lukoil_sanktionen, trump_ultimatum).
MAR18, JUL15, MAR11, OCT24 = dt.date(2022, 3, 18), dt.date(2025, 7, 15), dt.date(2022, 3, 11), dt.date(2025, 10, 24)


def test_the_main_target_named_is_where_the_strike_was():
    text = ("In der Nacht zum vergangenen Mittwoch feuerte Russland 728 Drohnen und 13 Raketen ab, Hauptziel war Luzk "
            "im Nordwesten des Landes.")
    strike, _ = only(text, published=JUL15)
    assert (strike["category"], strike["place"]) == ("military", "Lutsk")


def test_talks_held_after_arriving_are_the_event_and_an_address_by_video_a_speech():
    text = ("Der US-Sondergesandte Keith Kellogg traf gestern in Kiew ein und sprach dort mit Präsident Wolodymyr "
            "Selenskyj über Luftverteidigung.")
    talks, _ = only(text, published=JUL15)
    assert (talks["category"], talks["place"]) == ("meeting", "Kyiv")
    text = "Selenskyj hat sich am Donnerstag per Videoschalte an den Bundestag gewandt."
    speech, _ = only(text, published=MAR18)
    assert speech["category"] == "statement"


def test_what_someone_will_do_there_belongs_to_the_meeting_before():
    text = ("Am kommenden Donnerstag kommt Trump in Südkorea mit Chinas Staatschef Xi Jinping zusammen. Dabei will er "
            "auch über den Krieg in der Ukraine sprechen.")
    meeting, _ = only(text, published=OCT24)
    assert (meeting["category"], str(meeting["start"].date())) == ("meeting", "2025-10-30")


def test_a_meeting_takes_place_where_its_first_participant_spoke_that_day():
    text = ("Außenminister Sergej Lawrow behauptete gestern im türkischen Antalya, in dem Gebäude hätten sich keine "
            "Patientinnen mehr aufgehalten.\n\nLawrow war am Donnerstag mit dem ukrainischen Außenminister Dmytro "
            "Kuleba zusammengetroffen. Kiew und Moskau gaben sich gegenseitig die Schuld.")
    meeting, _ = only(text, published=MAR11, category="meeting")
    assert meeting["place"] == "Antalya"


# Fifty-eighth round: from the fifty-seventh round's held-out reports (lyssytschansk_fall, wiederaufbau_lugano,
# rumaenien_wahl_annulliert, taurus_bundestag).
DEC07 = dt.date(2024, 12, 7)


def test_with_no_place_at_all_the_country_the_article_named_by_its_adjective():
    text = ("Das rumänische Verfassungsgericht hat gestern die erste Runde der Präsidentenwahl für ungültig "
            "erklärt.\n\nGeorgescu spricht von Staatsstreich\n\nGeorgescu sprach am Mittwoch von einem "
            "„formalisierten Staatsstreich“.")
    draft = draft_from_text(text, DEC07)
    assert list(draft.events["place"]) == ["Romania", "Romania"]
    assert "article_country" in [n.key for n in draft.provenance[1].notes]


def test_votes_won_and_an_instruction_given_are_statements():
    text = "Georgescu hatte am 24. November in Bukarest mit rund 23 Prozent überraschend die meisten Stimmen geholt."
    won, _ = only(text, published=DEC07)
    assert (won["category"], str(won["start"].date())) == ("statement", "2024-11-24")
    instructed, _ = only("Die EU-Kommission wies TikTok vorgestern an, alle Daten zu sichern.", published=DEC07)
    assert (instructed["category"], instructed["place"]) == ("statement", "Brussels")


# Fifty-ninth round: from the fifty-eighth round's held-out reports (saluschnyj_patt, polen_rakete_dezember,
# kiew_fernsehturm, schoigu_pjoengjang).
DEC30, MAR02, JUL28 = dt.date(2023, 12, 30), dt.date(2022, 3, 2), dt.date(2023, 7, 28)


def test_people_killed_in_a_town_and_a_missile_that_struck_are_military_events():
    killed, _ = only("Im westukrainischen Lwiw wurde am Freitag ein Mensch getötet.", published=DEC30)
    assert (killed["category"], killed["place"], str(killed["start"].date())) == ("military", "Lviv", "2023-12-29")
    text = ("Der Vorfall weckt Erinnerungen an den November 2022, als im polnischen Dorf Przewodów eine ukrainische "
            "Flugabwehrrakete einschlug und zwei Menschen tötete.")
    struck, _ = only(text, published=DEC30)
    assert (struck["category"], struck["place"], struck["date_precision"]) == ("military", "Przewodów", "month")


def test_a_polish_voivodeship_is_a_region():
    text = ("Am Freitag drang nach Angaben der polnischen Armee eine Rakete in den Luftraum über der Woiwodschaft "
            "Lublin ein.")
    intrusion, _ = only(text, published=DEC30)
    assert (intrusion["place"], intrusion["geo_precision"]) == ("Lublin region", "region")


def test_a_further_round_of_talks_is_a_meeting_and_the_country_it_is_in_no_participant():
    talks, _ = only("Eine zweite Runde soll noch in dieser Woche in Belarus stattfinden.", published=MAR02)
    assert (talks["category"], talks["place"], talks["date_precision"]) == ("meeting", "Belarus", "week")
    assert pd.isna(talks["actors"])


def test_an_address_to_the_european_parliament_is_placed_at_its_seat():
    text = "Am Dienstag wandte sich Selenskyj per Video an das Europaparlament und warb um Beistand."
    speech, _ = only(text, published=MAR02)
    assert (speech["category"], speech["place"]) == ("statement", "Brussels")
    assert "European Parliament" in speech["actors"].split(";")


def test_missiles_fired_into_a_sea_are_a_military_event():
    text = "Am späten Montagabend feuerte Nordkorea zwei ballistische Kurzstreckenraketen ins Japanische Meer."
    launch, _ = only(text, published=JUL28)
    assert (launch["category"], str(launch["start"].date())) == ("military", "2023-07-24")


def test_who_steers_what_was_recognised_is_not_where_it_was_recognised():
    text = ("Bereits vor einem Jahr hatte Nordkorea als einer der wenigen Staaten die von Moskau gelenkten "
            "„Volksrepubliken“ Donezk und Luhansk anerkannt.")
    recognised, _ = only(text, published=JUL28)
    assert (recognised["category"], recognised["place"]) == ("statement", "North Korea")


def test_a_joint_exercise_planned_for_a_month_is_military_at_home_whatever_others_say_of_it():
    text = ("Für August planen Südkorea und die USA ihr jährliches gemeinsames Großmanöver, das Pjöngjang regelmäßig "
            "als Vorbereitung auf einen Angriff verurteilt.")
    exercise, _ = only(text, published=JUL28)
    assert (exercise["category"], exercise["place"]) == ("military", "South Korea")
    assert (str(exercise["start"].date()), exercise["date_precision"], exercise["status"]) == (
        "2023-08-01", "month", "planned")


# Sixtieth round: from the fifty-ninth round's held-out reports (modi_kiew, haeftlingstausch_ankara,
# mykolajiw_verwaltung, sapad_manoever).
AUG24, AUG02, MAR30, SEP13 = dt.date(2024, 8, 24), dt.date(2024, 8, 2), dt.date(2022, 3, 30), dt.date(2025, 9, 13)


def test_a_day_named_after_since_and_an_event_lies_in_the_past():
    text = "Die ukrainische Armee hält seit ihrem überraschenden Vorstoß am 6. August Teile der Region Kursk besetzt."
    advance, _ = only(text, published=AUG24)
    assert (str(advance["start"].date()), advance["status"]) == ("2024-08-06", "occurred")


def test_the_town_of_a_source_is_not_where_it_happened():
    text = ("Im Marienpalast in Kiew traf Modi am Freitag Selenskyj. Beide Seiten unterzeichneten laut dem "
            "Außenministerium in Neu-Delhi vier Abkommen.")
    signed, _ = only(text, published=AUG24, category="alliance")
    assert signed["place"] == "Mariinsky Palace"


def test_the_first_day_of_a_trip_dates_a_strike_and_is_no_visit():
    text = ("Am 8. Juli war Modi in Moskau. Am ersten Tag der Reise hatte eine russische Rakete das Kiewer "
            "Kinderkrankenhaus Ochmatdyt getroffen.")
    strike, _ = only(text, published=AUG24, category="military")
    assert str(strike["start"].date()) == "2024-07-08"
    assert "visit" not in set(draft_from_text(text, AUG24).events["category"][1:])


def test_a_person_of_a_nationality_is_not_the_state():
    text = ("Krassikow hatte am 23. August 2019 im Kleinen Tiergarten in Berlin den Georgier Selimchan Changoschwili "
            "erschossen.")
    murder, _ = only(text, published=AUG02)
    assert (murder["place"], murder["actors"] if pd.notna(murder["actors"]) else "") == ("Berlin", "")


def test_a_prison_sentence_is_a_statement_whatever_the_convict_had_survived():
    text = ("Kara-Mursa, der zwei Giftanschläge überlebt hatte, erhielt im April 2023 in Moskau wegen Hochverrats 25 "
            "Jahre Haft.")
    sentence, _ = only(text, published=AUG02)
    assert (sentence["category"], str(sentence["start"].date())) == ("statement", "2023-04-01")


def test_a_bare_year_after_bereits_dates_the_event():
    sentence, _ = only("Whelan war bereits 2020 in Moskau wegen Spionage zu 16 Jahren verurteilt worden.", AUG02)
    assert (str(sentence["start"].date()), sentence["date_precision"]) == ("2020-01-01", "year")


def test_a_town_in_russian_hands_is_a_military_event():
    held, _ = only("Das benachbarte Cherson ist seit Anfang des Monats in russischer Hand.", published=MAR30)
    assert (held["category"], str(held["start"].date()), held["date_precision"]) == ("military", "2022-03-01",
                                                                                     "month")


def test_the_pentagon_spokesman_is_an_actor():
    text = "Pentagon-Sprecher John Kirby sagte am Dienstagabend, Russland dürfte seine Truppen eher umgruppieren."
    said, _ = only(text, published=MAR30)
    assert "John Kirby" in said["actors"].split(";")


def test_russian_troops_attacking_ukraine_on_the_invasion_day_are_the_war_in_ukraine():
    text = "Am 24. Februar 2022 griffen russische Truppen die Ukraine an – auch von belarussischem Boden aus."
    invasion, provenance = only(text, published=SEP13)
    assert (invasion["category"], invasion["place"]) == ("war", "Ukraine")
    assert "invasion" in {n.key for n in provenance.notes}


def test_a_noun_with_an_article_is_no_town_of_that_name():
    text = "Die Grenze soll bis zum Ende des Manövers in Brest geschlossen bleiben."
    assert [m.text for m in find_places(text)] == ["Brest"]  # not "Ende", a town in Indonesia
    assert [m.text for m in find_places("Er nahm im Aachener Rathaus den Preis entgegen.")] == ["Aachener"]


def test_consultations_are_a_meeting():
    text = ("Am Mittwoch kamen die Botschafter der NATO-Staaten in Brüssel zu Beratungen nach Artikel 4 des "
            "Nordatlantikvertrags zusammen.")
    consultations, _ = only(text, published=SEP13)
    assert (consultations["category"], consultations["place"]) == ("meeting", "Brussels")


# Sixty-first round: from the sixtieth round's held-out reports (tschonhar_bruecke, putin_mariupol,
# lawrow_g20_delhi, kuleba_china).
JUN23, MAR20, JUL25 = dt.date(2023, 6, 23), dt.date(2023, 3, 20), dt.date(2024, 7, 25)


def test_who_told_the_news_that_day_and_more_of_its_details_are_no_events_of_their_own():
    text = ("Die Straßenbrücke bei Tschonhar ist gestern bei einem ukrainischen Raketenangriff beschädigt worden. Das "
            "teilte der Besatzungschef Wladimir Saldo am Donnerstag mit. Nach seinen Angaben setzte die ukrainische "
            "Armee dabei Marschflugkörper vom Typ Storm Shadow ein.")
    assert list(draft_from_text(text, JUN23).events["category"]) == ["military"]


def test_what_a_thing_is_held_to_be_is_no_event():
    text = ("Die Brücke über den Sywasch gilt als eine der wichtigsten Verbindungen, über die Russland seine Truppen "
            "im Süden der Ukraine mit Munition versorgt.")
    assert draft_from_text(text, JUN23).events.empty


def test_an_admission_is_a_statement():
    text = ("Präsident Wolodymyr Selenskyj räumte am Mittwoch in einem Interview mit der BBC ein, die Fortschritte "
            "seien „langsamer als gewünscht“.")
    admitted, _ = only(text, published=JUN23)
    assert (admitted["category"], str(admitted["start"].date())) == ("statement", "2023-06-21")


def test_a_day_in_what_someone_said_is_to_come_is_ahead():
    text = "Der Krim-Chef Sergej Aksjonow erklärte am Freitag, die Reparatur solle bereits am Samstag beginnen."
    said, _ = only(text, published=JUN23)
    assert str(said["start"].date()) == "2023-06-24"


def test_the_visit_referred_to_again_is_no_new_visit():
    text = "Diplomaten in Kiew sehen in dem Besuch einen Kurswechsel."
    assert "visit" not in set(draft_from_text(text, JUL25).events["category"])
    text = "In Kiew löste der Besuch scharfe Kritik aus."
    assert "visit" not in set(draft_from_text(text, MAR20).events["category"])


def test_the_chinese_foreign_minister_met_is_a_meeting():
    text = ("Der ukrainische Außenminister Dmytro Kuleba hat am Mittwoch in Guangzhou seinen chinesischen Amtskollegen "
            "Wang Yi getroffen.")
    met, _ = only(text, published=JUL25)
    assert met["category"] == "meeting" and "Wang Yi" in met["actors"].split(";")


def test_who_holds_the_town_visited_does_not_make_the_visit_military():
    text = ("Russlands Präsident Wladimir Putin hat in der Nacht zum Sonntag die von russischen Truppen besetzte "
            "ukrainische Hafenstadt Mariupol besucht.")
    visit, _ = only(text, published=MAR20)
    assert (visit["category"], visit["place"]) == ("visit", "Mariupol")


def test_an_air_strike_that_hit_a_theatre_is_no_meeting():
    text = "Am 16. März 2022 traf ein Luftangriff das Theater in Mariupol, in dem Hunderte Zivilisten Schutz suchten."
    strike, _ = only(text, published=MAR20)
    assert strike["category"] == "military"


def test_the_destruction_of_the_war_is_the_war():
    text = ("Mariupol war nach dem russischen Überfall auf die Ukraine am 24. Februar 2022 zu einem Symbol für die "
            "Zerstörungen des Krieges geworden.")
    war, _ = only(text, published=MAR20)
    assert war["category"] == "war"


# Sixty-second round: from the sixty-first round's held-out reports (iran_drohnen_sanktionen, challenger_zusage,
# nato_gipfel_madrid, scheinwahlen_2023).
OCT21, JAN15 = dt.date(2022, 10, 21), dt.date(2023, 1, 15)
JUN30, SEP11 = dt.date(2022, 6, 30), dt.date(2023, 9, 11)


def test_elections_held_are_a_statement_on_their_own_days():
    text = ("Russland hat von Freitag bis Sonntag landesweit Regional- und Kommunalwahlen abgehalten – erstmals auch "
            "in den vier Gebieten, die Moskau im vergangenen Jahr für annektiert erklärt hatte.")
    events = draft_from_text(text, SEP11).events
    vote = events[events["start"] == "2023-09-08"]
    assert list(vote["category"]) == ["statement"] and str(vote["end"].iloc[0].date()) == "2023-09-10"


def test_a_town_near_which_it_happened_is_the_place():
    text = ("Die ukrainische Armee meldete am Dienstag erstmals den Abschuss einer Schahed-136 nahe Kupjansk im Osten "
            "des Landes.")
    downed, _ = only(text, published=OCT21)
    assert downed["place"] == "Kupyansk"


def test_what_is_denied_is_no_event():
    text = "Die iranische Führung weist zurück, Russland Waffen für den Krieg geliefert zu haben."
    assert "aid" not in set(draft_from_text(text, OCT21).events["category"])


def test_a_country_ranked_before_is_no_place():
    text = ("Großbritannien hatte die Ukraine bereits im vergangenen Jahr mit Militärhilfe im Umfang von rund 2,3 "
            "Milliarden Pfund unterstützt und gilt nach den USA als einer ihrer wichtigsten Verbündeten.")
    aid, _ = only(text, published=JAN15, category="aid")
    assert aid["country"] != "US"


def test_a_site_in_the_name_of_the_source_is_not_where_it_happened():
    text = ("Großbritannien wird der Ukraine 14 Kampfpanzer vom Typ Challenger 2 liefern, kündigte Sunak am Samstag "
            "an. Neben den Panzern sollen nach Angaben der Londoner Downing Street auch weitere Artilleriesysteme "
            "geliefert werden.")
    assert len(draft_from_text(text, JAN15).events) == 1


def test_an_invitation_to_join_is_an_alliance_step():
    text = "Die NATO hat Finnland und Schweden am Mittwoch offiziell eingeladen, dem Bündnis beizutreten."
    invited, _ = only(text, published=JUN30)
    assert invited["category"] == "alliance"
