"""Drafting rules that came from the held-out reports, rounds 11–13: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py and _7_10, later ones in _14_16 and _17_18; each round's block names
the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.text import split_sentences
from tests.drafting import only

FEB21, AUG05 = dt.date(2023, 2, 21), dt.date(2024, 8, 5)  # the publication days of biden_kiew and erste_f16


# Eleventh round: from the tenth round's held-out reports (oreschnik_dnipro, il76_absturz, isjum_rueckeroberung,
# moskau_drohnen).
NOV22, JAN25, SEP12 = dt.date(2024, 11, 22), dt.date(2024, 1, 25), dt.date(2022, 9, 12)


def test_a_president_named_with_article_and_adjective_is_a_new_speaker():
    text = ("Das Pentagon erklärte gestern, Washington sei informiert worden. Der ukrainische Präsident Wolodymyr "
            "Selenskyj sprach von einer weiteren Eskalation und forderte eine Reaktion der Welt.")  # fmt: skip
    events = draft_from_text(text, NOV22).events
    assert len(events) == 2 and "Kyiv" in set(events["place"])


def test_a_war_of_aggression_is_the_war_and_an_ammunition_depot_is_a_target():
    war, _ = only("Russland führt seit Februar 2022 einen Angriffskrieg gegen die Ukraine.", published=NOV22)
    assert war["category"] == "war"
    strike, _ = only("In der Nacht zum Dienstag feuerte die Ukraine die Raketen erstmals auf ein Munitionslager im "
                     "Gebiet Brjansk ab.", published=NOV22)  # fmt: skip
    assert strike["category"] == "military"
    used, _ = only("Vorgestern setzte Kiew britische Marschflugkörper vom Typ Storm Shadow gegen Ziele im Gebiet Kursk "
                   "ein.", published=NOV22)  # fmt: skip
    assert (used["category"], used["place"]) == ("military", "Kursk region")


def test_accusing_confirming_and_requesting_are_statements():
    accused, _ = only("Moskau wirft Kiew vor, die Maschine gestern mit zwei Raketen abgeschossen zu haben.",
                      published=JAN25)  # fmt: skip
    assert accused["category"] == "statement"
    confirmed, _ = only("Der ukrainische Militärgeheimdienst bestätigte am Mittwoch, dass ein Austausch vereinbart "
                        "gewesen sei.", published=JAN25)  # fmt: skip
    assert (confirmed["category"], confirmed["actors"]) == ("statement", "Ukrainian military intelligence (HUR)")
    requested, _ = only("Außenminister Sergej Lawrow beantragte am Mittwoch in New York eine Dringlichkeitssitzung.",
                        published=JAN25)  # fmt: skip
    assert requested["category"] == "statement"  # "beantragte" holds no "Antrag" for membership


def test_an_exchange_of_prisoners_is_military_and_two_towns_attacked_are_both_the_scene():
    exchange, _ = only("Am 3. Januar hatten Russland und die Ukraine unter Vermittlung der Emirate in Abu Dhabi "
                       "Hunderte Gefangene ausgetauscht.", published=JAN25)  # fmt: skip
    assert exchange["category"] == "military"
    strike, _ = only("Vorgestern hatte Russland Kiew und Charkiw mit Raketen angegriffen.", published=JAN25)
    assert strike["place"] == "Kyiv"


def test_a_sentence_told_only_in_the_subjunctive_goes_on_with_its_source():
    text = ("Gestern ist bei Belgorod ein Militärtransporter abgestürzt. Nach Angaben des Verteidigungsministeriums "
            "befanden sich Kriegsgefangene an Bord. Niemand habe überlebt.")  # fmt: skip
    assert set(draft_from_text(text, JAN25).events["category"]) == {"military"}


def test_marching_in_is_military_and_what_observers_expected_is_no_visit():
    text = ("Die ukrainische Gegenoffensive kommt schneller voran, als viele Beobachter erwartet hatten. Am Samstag "
            "rückten ukrainische Soldaten in Kupjansk ein.")  # fmt: skip
    events = draft_from_text(text, SEP12).events
    assert "visit" not in set(events["category"])
    assert ((events["place"] == "Kupiansk") | (events["place"] == "Kupyansk")).any()


def test_invading_is_the_war_a_military_package_is_aid_and_a_general_debate_a_meeting():
    invaded, _ = only("Russland hatte die Ukraine am 24. Februar überfallen.", published=SEP12)
    assert (invaded["category"], invaded["place"]) == ("war", "Ukraine")
    assert invaded["start"].date() == dt.date(2022, 2, 24)
    package, _ = only("Am Donnerstag hatte Lloyd Austin in Ramstein ein Militärpaket angekündigt.", published=SEP12)
    assert package["category"] == "aid"
    debate, _ = only("Kommende Woche beginnt in New York die Generaldebatte der UN-Vollversammlung.", published=SEP12)
    assert (debate["category"], debate["place"]) == ("meeting", "New York City")


def test_an_anniversary_takes_the_day_it_recalls():
    text = ("Am Freitag jährt sich dann der Einmarsch, mit dem Russland am 24. Februar vergangenen Jahres die Ukraine "
            "überfallen hatte.")  # fmt: skip
    recalled, provenance = only(text, published=FEB21)
    assert (recalled["category"], recalled["place"]) == ("war", "Ukraine")
    assert recalled["start"].date() == dt.date(2022, 2, 24)
    assert "recalled" in [n.key for n in provenance.notes]


# Twelfth round: from the eleventh round's held-out reports (istanbul_gespraeche, scholz_kiew_dezember,
# oval_office_eklat, sumy_angriff).
MAY17_25, DEC03 = dt.date(2025, 5, 17), dt.date(2024, 12, 3)
MAR01_25, APR14_25 = dt.date(2025, 3, 1), dt.date(2025, 4, 14)


def test_a_first_name_is_no_town_and_a_title_is_no_adjective():
    talks, _ = only("Die Delegationen unter Leitung von Kremlberater Wladimir Medinski kamen gestern im Istanbuler "
                    "Dolmabahçe-Palast zusammen.", published=MAY17_25)  # fmt: skip
    assert (talks["place"], talks["start"].date()) == ("Dolmabahçe Palace", dt.date(2025, 5, 16))
    assert "Vladimir Medinsky" in talks["actors"].split(";")


def test_exactly_a_week_ago_is_that_day_and_a_demand_is_not_dated_by_when_it_would_begin():
    text = ("Vor genau einer Woche waren Friedrich Merz und Keir Starmer nach Kiew gereist. Dort forderten sie eine "
            "Waffenruhe von 30 Tagen, beginnend am Montag.")  # fmt: skip
    events = draft_from_text(text, MAY17_25).events
    assert set(events["start"].dt.date) == {dt.date(2025, 5, 10)}


def test_a_drone_hitting_a_bus_is_a_strike_and_a_trip_not_made_is_none():
    strike, _ = only("Heute Morgen traf nach Angaben der ukrainischen Behörden eine russische Drohne einen Kleinbus in "
                     "Bilopillja.", published=MAY17_25)  # fmt: skip
    assert strike["category"] == "military"
    text = "Nach Istanbul reiste er dennoch nicht: Am Mittwochabend veröffentlichte der Kreml eine Delegationsliste."
    events = draft_from_text(text, MAY17_25).events
    assert list(events["category"]) == ["statement"]


def test_afterwards_opens_an_event_of_its_own():
    text = ("Präsident Wolodymyr Selenskyj kam vorgestern in Ankara mit Recep Tayyip Erdoğan zusammen. Anschließend "
            "bezeichnete er die russische Abordnung als bloße Attrappe.")  # fmt: skip
    events = draft_from_text(text, MAY17_25).events
    assert sorted(events["category"]) == ["meeting", "statement"]


def test_what_someone_announced_keeps_its_own_tense_and_the_announcer_his_place():
    text = ("Heute Morgen traf eine Drohne einen Bus in Bilopillja. Donald Trump kündigte an, am Montag mit Putin "
            "telefonieren zu wollen.")  # fmt: skip
    events = draft_from_text(text, MAY17_25).events
    call = events[events["category"] == "meeting"].iloc[0]
    assert (call["start"].date(), call["place"]) == (dt.date(2025, 5, 19), "Washington")


def test_a_month_in_what_was_announced_is_when_it_is_due_not_when_it_was_said():
    text = ("Nach einer nächtlichen Zugfahrt traf Olaf Scholz am Montagmorgen in Kiew ein.\n\nBei einem Treffen mit "
            "Selenskyj kündigte Scholz an, Deutschland werde noch im Dezember Rüstungsgüter liefern.")  # fmt: skip
    events = draft_from_text(text, DEC03).events.set_index("category")
    assert (events.loc["aid", "start"].date(), events.loc["aid", "date_precision"]) == (dt.date(2024, 12, 2), "day")


def test_a_year_ends_a_sentence():
    text = "Es war das erste Gespräch der beiden seit Dezember 2022. Selenskyj warnte noch am selben Abend."
    assert len(split_sentences(text)) == 2


def test_a_speakers_place_after_an_attack_is_not_the_attacks():
    text = ("Am Donnerstag vergangener Woche hatte Russland die Energieversorgung der Ukraine ins Visier genommen. "
            "Putin nannte den Angriff am selben Tag in der kasachischen Hauptstadt Astana eine Antwort.")  # fmt: skip
    events = draft_from_text(text, DEC03).events.set_index("category")
    assert events.loc["military", "place"] != "Astana"
    assert events.loc["statement", "place"] == "Astana"


def test_a_relative_clause_that_tells_no_event_dates_the_main_clause():
    refused, _ = only("Selenskyj lehnte in einem Interview, das in der Nacht zu Samstag ausgestrahlt wurde, eine "
                      "Entschuldigung ab.", published=MAR01_25)  # fmt: skip
    assert (refused["category"], refused["start"].date()) == ("statement", MAR01_25)
    trip, _ = only("Macron war Anfang der Woche selbst bei Trump in Washington gewesen.", published=MAR01_25)
    assert (trip["category"], trip["place"]) == ("visit", "Washington")
    assert draft_from_text("Auch NATO-Generalsekretär Mark Rutte hat sein Kommen zugesagt.", MAR01_25).events.empty


def test_since_the_beginning_of_the_invasion_is_background_and_mourning_is_declared():
    text = ("Zwei Raketen haben gestern das Zentrum von Sumy getroffen. Es ist einer der schwersten Angriffe seit "
            "Beginn der russischen Invasion im Februar 2022. Die Stadt ordnete ab heute Trauer an.")  # fmt: skip
    events = draft_from_text(text, APR14_25).events.set_index("category")
    assert events.loc["war", "start"].date() == dt.date(2022, 2, 1)
    assert events.loc["military", "start"].date() == dt.date(2025, 4, 13)
    assert events.loc["statement", "start"].date() == APR14_25


# Thirteenth round: from the twelfth round's held-out reports (kupjansk_lage, ramstein_juni, saporischschja_akw,
# tschassiw_jar).
NOV29, JUN16 = dt.date(2023, 11, 29), dt.date(2023, 6, 16)


def test_a_common_word_is_no_small_towns_alternate_name_but_an_unaccented_spelling_is():
    text = "Die Lage um Awdijiwka bleibt angespannt. Gekämpft wird am Mittwoch am Rand der Kokerei."
    fighting, _ = only(text, published=NOV29)
    assert fighting["place"] == "Avdiivka"  # "am Rand" is no town (Rand is an alternate name of Des Plaines)
    summit, _ = only("Am Dienstag begann in Reykjavik ein Gipfel des Europarats.", published=dt.date(2023, 5, 17))
    assert summit["place"] == "Reykjavík"


def test_since_a_day_with_no_noun_between_is_the_sentences_own_ongoing_date():
    text = ("Noch angespannter bleibt die Lage um Awdijiwka. Seit dem 10. Oktober versucht die russische Armee, die "
            "Stadt nördlich von Donezk einzukesseln.")  # fmt: skip
    siege = draft_from_text(text, NOV29).events.iloc[0]
    assert (siege["category"], siege["start"].date(), siege["end"].date()) == ("military", dt.date(2023, 10, 10), NOV29)
    assert siege["place"] == "Avdiivka"


def test_remembering_and_recognising_are_statements():
    recognised, _ = only("Der Bundestag hatte den Holodomor vor einem Jahr als Völkermord anerkannt.", published=NOV29)
    assert (recognised["category"], recognised["actors"], recognised["place"]) == ("statement", "Bundestag", "Berlin")
    remembered, _ = only("Am Samstag gedachte die Ukraine der Opfer des Holodomor.", published=NOV29)
    assert remembered["category"] == "statement"


def test_a_country_in_what_was_said_is_not_where_and_a_minister_is_at_the_meeting_of_that_day():
    text = ("Seit gestern beraten die Außenminister der Nato in Brüssel. US-Außenminister Antony Blinken betonte am "
            "Dienstag, die Vereinigten Staaten stünden weiter an der Seite der Ukraine.")  # fmt: skip
    events = draft_from_text(text, NOV29).events.set_index("category")
    assert events.loc["statement", "place"] == "Brussels"
    said, _ = only("Am Mittwochabend erklärte Regierungschef Mateusz Morawiecki im Fernsehen, Polen liefere keine "
                   "Waffen mehr an die Ukraine.", published=dt.date(2023, 9, 21))  # fmt: skip
    assert said["place"] == "Warsaw"  # the speaker named after the verb speaks from his seat


def test_an_attack_told_over_many_words_and_a_destroyed_dam_are_past_military_events():
    text = ("Die Ukraine griff in der Nacht zu Samstag nach Angaben ihres Generalstabs den Flugplatz Morosowsk im "
            "russischen Gebiet Rostow an und traf ein Munitionslager.")  # fmt: skip
    strike, _ = only(text, published=AUG05)
    assert strike["category"] == "military"
    text = "Erschwert wird die Lage im Süden durch die Zerstörung des Kachowka-Staudamms am 6. Juni."
    dam, _ = only(text, published=JUN16)
    assert (dam["category"], dam["start"].date(), dam["place"]) == ("military", dt.date(2023, 6, 6), "Kakhovka Dam")


def test_what_happened_meanwhile_is_not_the_event_and_regions_in_the_plural_are_regions():
    text = ("Am Freitagvormittag heulten in Kiew die Sirenen. Russland griff die Hauptstadt mit Raketen an, während "
            "sich dort eine Delegation afrikanischer Staats- und Regierungschefs aufhielt.")  # fmt: skip
    assert "military" in set(draft_from_text(text, JUN16).events["category"])
    retaken, _ = only("Anfang dieser Woche meldete Hanna Maljar die Rückeroberung von sieben Dörfern im Grenzgebiet "
                      "der Regionen Donezk und Saporischschja.", published=JUN16)  # fmt: skip
    assert (retaken["category"], retaken["geo_precision"]) == ("military", "region")
