"""Drafting rules that came from the held-out reports, rounds 21–24: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, _11_13, _14_16 and _17_20; each round's block names the reports
its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.tense import tense_at
from tests.drafting import only

# Twenty-first round: from the twentieth round's held-out reports (macron_moskau, mariupol_theater, patriot_kiew,
# tschernobyl_abzug).
APR01, MAR18, MAY17, FEB09 = dt.date(2022, 4, 1), dt.date(2022, 3, 18), dt.date(2023, 5, 17), dt.date(2022, 2, 9)


def test_the_chernobyl_plant_slavutych_and_a_suburb_named_in_the_genitive_are_places():
    left, _ = only("Die russischen Truppen haben das Gelände des stillgelegten Atomkraftwerks Tschernobyl verlassen.",
                   published=APR01)  # fmt: skip
    assert (left["place"], left["geo_precision"]) == ("Chernobyl Nuclear Power Plant", "exact")
    occupied, _ = only("Bereits am Wochenende hatten russische Einheiten Slawutytsch besetzt.", published=APR01)
    assert occupied["place"] == "Slavutych"
    retaken, _ = only("Die ukrainische Seite hatte Anfang der Woche die Rückeroberung des Vororts Irpin gemeldet.",
                      published=APR01)  # fmt: skip
    assert retaken["place"] == "Irpin"


def test_a_mission_to_a_place_is_a_trip_in_the_coming_days_the_week_ahead():
    mission, provenance = only("Generaldirektor Rafael Grossi will in den kommenden Tagen selbst eine Expertenmission "
                               "nach Tschernobyl leiten.", published=APR01)  # fmt: skip
    assert (mission["category"], str(mission["start"].date()), mission["date_precision"]) == ("visit", "2022-04-04",
                                                                                             "week")  # fmt: skip
    assert "approximate" in {n.key for n in provenance.notes}


def test_judging_troop_movements_is_a_statement_from_the_judges_seat():
    judged, _ = only("Das Pentagon wertete die Truppenbewegungen vorgestern als Umgruppierung, nicht als echten "
                     "Rückzug: Die Soldaten dürften vermutlich im Osten der Ukraine eingesetzt werden.",
                     published=APR01)  # fmt: skip
    assert (judged["category"], judged["place"], str(judged["start"].date())) == ("statement", "Washington",
                                                                                  "2022-03-30")  # fmt: skip


def test_bombing_is_military_and_attacking_the_whole_country_is_the_war():
    bombed, _ = only("Ein russisches Kampfflugzeug hat nach Angaben des Stadtrats von Mariupol am Mittwoch das "
                     "Dramatheater im Zentrum der belagerten Hafenstadt bombardiert.", published=MAR18)  # fmt: skip
    assert (bombed["category"], bombed["place"], str(bombed["start"].date())) == ("military", "Mariupol", "2022-03-16")
    war, _ = only("Russland hatte die Ukraine am 24. Februar angegriffen.", published=MAR18)
    assert (war["category"], war["place"]) == ("war", "Ukraine")
    strike, _ = only("In der Nacht hatte Russland die Ukraine mit 90 Drohnen angegriffen.", published=MAR18)
    assert strike["category"] == "military"  # a weapon named: a strike, not the war


def test_what_happens_where_a_trip_goes_on_a_day_of_its_own_is_another_event():
    events = draft_from_text("Kommende Woche reist Biden nach Brüssel, wo am Donnerstag die Staats- und "
                             "Regierungschefs der Nato zu einem Sondergipfel zusammenkommen.", MAR18).events
    found = {(row.category, str(row.start.date()), row.date_precision) for row in events.itertuples()}
    assert found == {("visit", "2022-03-21", "week"), ("meeting", "2022-03-24", "day")}


def test_escape_corridors_are_aid_and_a_neighbours_recipient_does_not_place_a_statement():
    corridors, _ = only("Für den heutigen Freitag sind nach Angaben von Vizeregierungschefin Iryna Wereschtschuk "
                        "erneut Fluchtkorridore vereinbart, auch für Menschen aus Mariupol.", published=MAR18)
    assert (corridors["category"], corridors["place"]) == ("aid", "Mariupol")
    text = ("Vorgestern bezeichnete US-Präsident Joe Biden den Kremlchef Wladimir Putin erstmals als Kriegsverbrecher. "
            "Zugleich kündigte Biden weitere Militärhilfe für die Ukraine im Umfang von 800 Millionen Dollar an.")
    said, _ = only(text, published=MAR18, category="statement")
    assert said["place"] == "Washington"


def test_a_town_swamped_with_attacks_under_fire_or_over_which_a_missile_was_downed_is_the_scene():
    swamped, _ = only("In der Nacht zu Dienstag hat Russland Kiew mit einer der dichtesten Angriffswellen seit Wochen "
                      "überzogen.", published=MAY17)  # fmt: skip
    assert swamped["place"] == "Kyiv"
    downed, _ = only("Bereits Anfang Mai hatte die Ukraine gemeldet, erstmals eine Kinschal über Kiew mit einem "
                     "Patriot-System abgefangen zu haben. Moskau hatte die Waffe stets als praktisch nicht abzuwehren "
                     "dargestellt.", published=MAY17)  # fmt: skip
    assert (downed["category"], downed["place"]) == ("military", "Kyiv")  # the system used to fight is no aid
    text = "Am Dienstag trafen sich die Delegationen in Istanbul. Dennoch lag Tschernihiw in der Nacht zu Mittwoch " \
           "unter schwerem Beschuss."
    shelled, _ = only(text, published=APR01, category="military")
    assert (shelled["place"], str(shelled["start"].date())) == ("Chernihiv", "2022-03-30")


def test_beriet_is_past_damping_hopes_is_a_statement_and_a_supposed_invasion_is_no_war():
    assert tense_at("Am Dienstagabend beriet Macron dann in Berlin mit Scholz.", 4) == "past"
    damped, _ = only("Kremlsprecher Dmitri Peskow dämpfte am Dienstag die Hoffnungen auf eine Absprache zur "
                     "Deeskalation.", published=FEB09)  # fmt: skip
    assert (damped["category"], damped["place"]) == ("statement", "Moscow")
    supposed = draft_from_text("Biden kündigte bei dem Treffen in Washington an, im Fall eines russischen Einmarschs "
                               "werde es Nord Stream 2 nicht mehr geben.", FEB09).events  # fmt: skip
    assert "war" not in set(supposed["category"])


# Twenty-second round: from the twenty-first round's held-out reports (olenivka_explosion, soledar_einnahme,
# kreml_drohnen, atacms_einsatz).
JUL30 = dt.date(2022, 7, 30)


def test_the_un_speaks_from_new_york_and_the_red_cross_from_geneva():
    text = ("Eine Zusage aus Moskau gibt es bislang nicht. Die Vereinten Nationen erklärten sich am Samstag bereit, "
            "Experten für eine Untersuchung zu entsenden.")  # fmt: skip
    ready, _ = only(text, published=JUL30)
    assert ready["place"] == "New York City"
    asked, _ = only("Das Internationale Komitee vom Roten Kreuz forderte am Freitag Zugang zu dem Lager.",
                    published=JUL30)  # fmt: skip
    assert asked["place"] == "Geneva"


def test_a_rejection_is_a_statement_whatever_follows_its_colon_and_hours_later_is_the_same_day():
    text = ("Das russische Verteidigungsministerium behauptete noch am Freitagmorgen, die ukrainische Armee habe das "
            "Lager mit dem US-Raketenwerfer HIMARS beschossen. Der ukrainische Generalstab wies das wenige Stunden "
            "später zurück: Russische Truppen hätten die Explosion selbst herbeigeführt, um Folter und Misshandlungen "
            "an den Gefangenen zu vertuschen.")  # fmt: skip
    events = draft_from_text(text, JUL30).events
    rejected = events[events["actors"].str.startswith("Ukrainian Armed Forces")].iloc[0]
    assert (rejected["category"], str(rejected["start"].date())) == ("statement", "2022-07-29")


def test_appealing_to_condemn_is_a_statement():
    appeal, _ = only("Außenminister Dmytro Kuleba hatte die Partner seines Landes am Freitag aufgerufen, die Tat "
                     "unmissverständlich zu verurteilen.", published=JUL30)  # fmt: skip
    assert (appeal["category"], appeal["place"]) == ("statement", "Kyiv")


def test_olenivka_and_azovstal_are_places_captivity_and_a_capture_are_military():
    blast, _ = only("In der Nacht zu Freitag ist in einem Gefangenenlager in Oleniwka eine Baracke zerstört worden.",
                    published=JUL30)  # fmt: skip
    assert blast["place"] == "Olenivka"
    captive, _ = only("Mitte Mai waren die letzten Verteidiger im Stahlwerk Asowstal in russische Gefangenschaft "
                      "gegangen.", published=JUL30)  # fmt: skip
    assert (captive["category"], captive["place"]) == ("military", "Azovstal Iron and Steel Works")
    taken, _ = only("Am 20. Mai meldete das Verteidigungsministerium die vollständige Einnahme des Stahlwerks "
                    "Asowstal.", published=JUL30)  # fmt: skip
    assert (taken["category"], str(taken["start"].date())) == ("military", "2022-05-20")


# Twenty-third round: from the twenty-second round's held-out reports (hroza_angriff, noworossijsk_drohnen,
# atomwaffen_belarus, kramatorsk_pizzeria).
MAR27, OCT06, AUG05, JUN29 = dt.date(2023, 3, 27), dt.date(2023, 10, 6), dt.date(2023, 8, 5), dt.date(2023, 6, 29)


def test_a_sentence_saying_who_told_the_news_before_it_dates_and_attributes_that_news():
    text = ("Russland will taktische Atomwaffen im Nachbarland Belarus stationieren. Das kündigte Kremlchef Wladimir "
            "Putin in einem Fernsehinterview an, das am Samstagabend ausgestrahlt wurde.")
    told, provenance = only(text, published=MAR27)
    assert (told["category"], str(told["start"].date()), told["status"]) == ("military", "2023-03-25", "announced")
    assert "Vladimir Putin" in told["actors"] and "told_by_next" in {n.key for n in provenance.notes}


def test_demanding_is_a_statement_and_a_states_announcement_is_made_where_that_state_is():
    demand, _ = only("Die Ukraine verlangte gestern eine Dringlichkeitssitzung des UN-Sicherheitsrats.",
                     published=MAR27)
    assert (demand["category"], str(demand["start"].date())) == ("statement", "2023-03-26")
    uranium, _ = only("Als Anlass nannte Putin die Ankündigung Großbritanniens von Anfang vergangener Woche, der "
                      "Ukraine auch Munition mit abgereichertem Uran zu liefern. Im Februar 2022 waren russische "
                      "Truppen von Belarus aus in Richtung Kiew vorgerückt.", published=MAR27, category="aid")
    assert uranium["place"] == "United Kingdom"


def test_russian_troops_advancing_in_the_month_of_the_invasion_are_the_war():
    war, provenance = only("Im Februar 2022 waren russische Truppen von Belarus aus in Richtung Kiew vorgerückt.",
                           published=MAR27)
    assert (war["category"], war["date_precision"]) == ("war", "month")
    assert "invasion" in {n.key for n in provenance.notes}
    seized, _ = only("Russische Truppen hatten das Wasserkraftwerk Kachowka am 24. Februar 2022 unter ihre Kontrolle "
                     "gebracht.", published=MAR27)
    assert seized["category"] == "military"  # taking a site on that day is not the invasion itself


def test_the_white_house_speaking_after_a_summit_is_a_statement_of_its_own():
    text = ("Präsident Wolodymyr Selenskyj nahm am Donnerstag am Gipfel der Europäischen Politischen Gemeinschaft im "
            "spanischen Granada teil. Den Angriff nannte er dort ein „brutales Verbrechen“. Das Weiße Haus sprach "
            "von einem entsetzlichen Angriff.")
    events = draft_from_text(text, OCT06).events
    found = {(row.category, row.place) for row in events.itertuples()}
    assert found == {("meeting", "Granada"), ("statement", "Granada"), ("statement", "Washington")}


def test_sending_a_team_to_a_place_is_a_trip_and_its_purpose_sets_no_status():
    sent, _ = only("Das UN-Menschenrechtsbüro entsandte heute ein Team in die Ukraine, das Beweise für mögliche "
                   "Kriegsverbrechen sammeln soll.", published=OCT06)
    assert (sent["category"], sent["status"]) == ("visit", "occurred")


def test_strikes_at_two_times_of_one_day_are_two_events():
    text = ("In der Nacht zu Freitag griff Russland Charkiw mit Kampfdrohnen an. Am frühen Morgen schlugen dann zwei "
            "Raketen im Zentrum von Charkiw ein.")
    events = draft_from_text(text, OCT06).events
    assert list(events["category"]) == ["military", "military"] and set(events["place"]) == {"Kharkiv"}


def test_a_source_heard_from_speaks_from_its_seat_and_footage_is_no_accession():
    text = ("Das Verteidigungsministerium in Moskau erklärte, zwei Boote seien zerstört worden. Aus dem ukrainischen "
            "Geheimdienst SBU hieß es dagegen gestern, die Operation sei mit der Marine ausgeführt worden.")
    events = draft_from_text(text, AUG05).events
    sbu = events[events["actors"].fillna("").str.contains("Security Service of Ukraine")].iloc[0]
    assert sbu["place"] == "Kyiv"
    hit, _ = only("Das Landungsschiff wurde im Hafen von Noworossijsk getroffen; Aufnahmen zeigen es mit deutlicher "
                  "Schlagseite.", published=AUG05)
    assert hit["category"] == "military"


def test_zakharova_speaks_from_moscow():
    said, _ = only("Außenamtssprecherin Maria Sacharowa sprach heute von einem „Terrorakt“.", published=AUG05)
    assert (said["category"], said["actors"], said["place"]) == ("statement", "Maria Zakharova", "Moscow")


def test_days_after_the_event_named_before_and_a_reply_the_day_after_are_two_events():
    text = ("Russland ließ das Getreideabkommen am 17. Juli auslaufen. Zwei Tage nach dem Aus erklärte Moskau, alle "
            "Schiffe mit Kurs auf ukrainische Häfen als mögliche Träger militärischer Fracht zu betrachten; Kiew "
            "antwortete tags darauf mit einer entsprechenden Warnung.")
    events = draft_from_text(text, AUG05).events
    days = {(str(row.start.date()), row.place) for row in events.itertuples()}
    assert {("2023-07-19", "Moscow"), ("2023-07-20", "Kyiv")} <= days


def test_letting_an_agreement_expire_in_an_als_clause_is_a_statement_by_its_subject():
    expired, _ = only("Die Lage auf See hat sich seit dem 17. Juli verschärft, als Russland das Getreideabkommen "
                      "auslaufen ließ.", published=AUG05)
    assert (expired["category"], str(expired["start"].date()), expired["place"]) == ("statement", "2023-07-17",
                                                                                    "Russia")  # fmt: skip


def test_a_state_not_invited_is_not_an_actor():
    talks, _ = only("In Dschidda beraten seit heute Vertreter von rund 40 Staaten über einen Frieden in der Ukraine, "
                    "Russland ist nicht eingeladen.", published=AUG05)
    assert talks["category"] == "meeting" and "Russia" not in str(talks["actors"])


def test_an_arrest_is_military_and_passing_on_information_is_no_aid():
    arrest, _ = only("Gestern nahm der Geheimdienst SBU einen Mann aus der Region fest, der Informationen an die "
                     "russische Seite weitergegeben haben soll.", published=JUN29)
    assert (arrest["category"], str(arrest["start"].date()), arrest["status"]) == ("military", "2023-06-28",
                                                                                  "occurred")  # fmt: skip


def test_a_busy_restaurant_is_no_visit_awaiting_a_summit_is_no_trip_and_fordert_is_a_statement():
    struck, _ = only("Eine russische Rakete hat am Dienstagabend ein gut besuchtes Restaurant im Zentrum von "
                     "Kramatorsk zerstört.", published=JUN29)
    assert struck["category"] == "military"
    awaited, _ = only("Mit Spannung erwartet Kiew zudem den NATO-Gipfel am 11. und 12. Juli in Vilnius.",
                      published=JUN29)
    assert (awaited["category"], awaited["place"]) == ("meeting", "Vilnius")
    demand, _ = only("Selenskyj fordert erneut mehr Flugabwehr für die Städte nahe der Front.", published=JUN29)
    assert demand["category"] == "statement"


# Twenty-fourth round: from the twenty-third round's held-out reports (kursk_rueckzug, gefangenenaustausch,
# taurus_abhoeraffaere, ramstein_absage).
MAY26, MAR14, MAR04, OCT10 = dt.date(2025, 5, 26), dt.date(2025, 3, 14), dt.date(2024, 3, 4), dt.date(2024, 10, 10)


def test_two_delegations_hold_talks():
    talks, _ = only("Vereinbart hatten den Austausch Delegationen beider Länder am 16. Mai in Istanbul.",
                    published=MAY26)
    assert (talks["category"], talks["place"], str(talks["start"].date())) == ("meeting", "Istanbul", "2025-05-16")


def test_the_capital_is_the_one_just_named_and_pressure_on_a_capital_does_not_place_it():
    text = ("Am Samstag äußerte sich der Kreml in Moskau. In der Nacht zu Sonntag feuerte Russland 14 Raketen ab, "
            "vor allem auf Kiew; in der Hauptstadt wurden 15 Menschen verletzt.")
    struck = draft_from_text(text, MAY26).events
    assert set(struck.loc[struck["start"] == "2025-05-25", "place"]) == {"Kyiv"}
    pressed, _ = only("Präsident Wolodymyr Selenskyj forderte am Sonntag deutlich stärkeren Druck auf Moskau.",
                      published=MAY26)
    assert pressed["place"] == "Kyiv"


def test_attackers_counted_last_night_are_another_attack_and_starben_is_past():
    text = ("In der Nacht zu Sonntag starben bei Angriffen auf Kiew zwölf Menschen.\n\nAuch in der vergangenen Nacht "
            "zählte die Luftwaffe mehr als 350 Drohnen.")
    events = draft_from_text(text, MAY26).events
    assert sorted(zip(events["category"], events["start"].dt.date.astype(str), strict=True)) == [
        ("military", "2025-05-25"), ("military", "2025-05-26")]


def test_a_paper_handed_over_is_no_aid_and_a_paper_expected_is_no_visitor():
    memo, _ = only("Nach dem Austausch will Moskau der Ukraine ein Memorandum mit seinen Bedingungen übergeben, wie "
                   "Außenminister Sergej Lawrow am Freitag ankündigte.", published=MAY26)
    assert (memo["category"], str(memo["start"].date()), memo["place"]) == ("statement", "2025-05-23", "Moscow")
    awaited = draft_from_text("Außenminister Sergej Lawrow nannte am Freitag in Moskau Bedingungen.\n\nDas Papier "
                              "wird in den kommenden Tagen erwartet.", MAY26).events
    assert "visit" not in set(awaited["category"])


def test_forces_moving_in_are_military_and_appearing_at_a_command_post_is_a_visit():
    moved, _ = only("Die ukrainische Armee war am 6. August 2024 in die Region Kursk eingedrungen.", published=MAR14)
    assert (moved["category"], str(moved["start"].date())) == ("military", "2024-08-06")
    shown, _ = only("Vorgestern Abend hatte sich Wladimir Putin in Tarnuniform auf einem Kommandoposten in der Region "
                    "Kursk gezeigt.", published=MAR14)
    assert (shown["category"], str(shown["start"].date())) == ("visit", "2025-03-12")


def test_a_closing_as_confirmed_clause_dates_and_names_the_telling_not_the_event():
    text = ("Am Donnerstag traf der US-Sondergesandte Steve Witkoff in Moskau ein. Putin empfing ihn spät am Abend "
            "hinter verschlossenen Türen, wie Kremlsprecher Dmitri Peskow heute bestätigte. Putin habe Witkoff "
            "Signale für US-Präsident Donald Trump mitgegeben.")
    met, _ = only(text, published=MAR14, category="meeting")
    assert (str(met["start"].date()), met["place"]) == ("2025-03-13", "Moscow")


def test_labelling_a_disinformation_attack_is_a_statement_and_a_host_invites_from_home():
    said, _ = only("Verteidigungsminister Boris Pistorius sprach gestern in Berlin von einem hybriden "
                   "Desinformationsangriff.", published=MAR04)
    assert said["category"] == "statement"
    text = ("Putin empfing Witkoff am Donnerstag in Moskau. Die Europäer wollen derweil nachlegen: Der britische "
            "Premierminister Keir Starmer lädt für Samstag zu einer Videokonferenz ein.")
    events = draft_from_text(text, MAR14).events
    hosted = events[events["actors"].fillna("").str.contains("Keir Starmer")].iloc[0]
    assert (hosted["category"], hosted["place"]) == ("meeting", "London")


def test_a_call_of_a_day_named_by_vom_lies_in_the_past():
    call = draft_from_text("In dem Gespräch vom 19. Februar beraten Offiziere der Luftwaffe in Berlin über "
                           "Marschflugkörper.", MAR04).events
    assert str(call.iloc[0]["start"].date()) == "2024-02-19"


def test_publishing_ruling_out_and_putting_off_are_statements():
    put, _ = only("Die Chefredakteurin Margarita Simonjan hat am Freitagabend in Moskau die Aufnahme einer internen "
                  "Schalte der Bundeswehr ins Netz gestellt.", published=MAR04)
    assert put["category"] == "statement"
    ruled, _ = only("Präsident Emmanuel Macron wollte am Montag in Paris die Entsendung westlicher Bodentruppen in die "
                    "Ukraine nicht ausschließen.", published=MAR04)
    assert (ruled["category"], ruled["place"]) == ("statement", "Paris")
    text = "Vorgestern gab das Weiße Haus bekannt, dass US-Präsident Joe Biden seine Reise nach Deutschland verschiebt."
    postponed, _ = only(text, published=OCT10)
    assert (postponed["category"], postponed["place"]) == ("statement", "Washington")


def test_in_the_evening_after_a_comma_and_and_then_open_further_events():
    text = ("Am Nachmittag stand ein Gespräch mit Präsident Emmanuel Macron im Pariser Élysée-Palast auf dem Programm, "
            "am Abend wird Selenskyj in Rom bei Ministerpräsidentin Giorgia Meloni erwartet.")
    places = set(draft_from_text(text, OCT10).events["place"])
    assert {"Élysée Palace", "Rome"} <= places  # the palace is in the gazetteer since round 32
    text = ("Morgen will Selenskyj im Vatikan Papst Franziskus treffen und anschließend nach Berlin weiterreisen, wo "
            "ihn Bundeskanzler Olaf Scholz empfängt.")
    found = {(row.category, row.place) for row in draft_from_text(text, OCT10).events.itertuples()}
    assert ("meeting", "Berlin") in found and len(found) == 2
