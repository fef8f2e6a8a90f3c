"""Drafting rules that came from the held-out reports, rounds 1–6: each test fails without the rule it names.

Later rounds are in test_extract_held_out_7_10.py, _11_13, _14_16 and _17_18.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.text import split_sentences
from tests.drafting import FEB28, JUL19, THU, only


def test_a_dated_relative_clause_is_its_own_event_and_undated_talks_announced_are_the_announcement():
    text = ("Die Türkei, die das Abkommen im Juli vergangenen Jahres gemeinsam mit den Vereinten Nationen "
            "vermittelt hatte, kündigte Gespräche mit Moskau an.")  # fmt: skip
    events = draft_from_text(text, JUL19).events.sort_values("start")
    brokered, announced = events.itertuples()
    assert (brokered.start.date(), brokered.date_precision) == (dt.date(2022, 7, 1), "month")
    assert brokered.category == "meeting"  # "vermittelt": brokering is diplomacy
    assert (announced.start.date(), announced.category, announced.status) == (JUL19, "statement", "announced")


def test_a_sentence_in_the_past_does_not_take_a_neighbours_future_date():
    text = "Am kommenden Donnerstag beraten die Minister in Brüssel. Polen lieferte weitere Panzer an die Ukraine."
    delivery, provenance = only(text, published=JUL19, category="aid")
    assert delivery["start"].date() == JUL19
    assert "the sentence tells the past: a neighbour's future date does not apply" in [
        n.text("en") for n in provenance.notes
    ]


def test_a_person_opening_the_sentence_acts_from_their_seat_not_from_another_paragraphs_place():
    text = ("Termine\n\nAm Donnerstag beraten die Minister in Brüssel.\n\n"
            "Erdoğan will Ende August mit Putin telefonieren.")  # fmt: skip
    draft = draft_from_text(text, JUL19)
    [call] = [row for _, row in draft.events.iterrows() if row["start"].month == 8]
    assert (call["category"], call["place"]) == ("meeting", "Ankara")


MAY10 = dt.date(2023, 5, 10)


def test_a_closing_reporting_clause_names_the_source_not_the_event_or_its_place():
    text = "Deutschland will weitere Soldaten nach Litauen verlegen, teilte das Verteidigungsministerium in Berlin mit."
    moved, _ = only(text, published=MAY10)
    assert (moved["category"], moved["place"]) == ("military", "Lithuania")


def test_a_meeting_announced_in_the_past_is_the_announcement_and_a_state_body_makes_its_state_an_actor():
    text = "Die litauische Regierung kündigte am Montag Sicherheitsmaßnahmen für den NATO-Gipfel in Vilnius an."
    told, _ = only(text, published=MAY10)
    assert (told["category"], told["status"], told["start"].date()) == ("statement", "announced", dt.date(2023, 5, 8))
    assert "Lithuania" in told["actors"].split(";")


def test_a_border_with_a_country_is_a_topic_not_an_actor():
    talk, _ = only("Am Sonntag sprach Selenskyj in Warschau mit Duda über die Grenze zu Belarus.", published=MAY10)
    assert talk["actors"].split(";") == ["Volodymyr Zelensky", "Andrzej Duda"]  # Duda is known since round 33


def test_how_long_an_event_lasts_is_its_end():
    text = "Seit heute Morgen üben 3.000 Soldaten in Lettland. Das Manöver soll bis Ende Mai dauern."
    exercise, provenance = only(text, published=MAY10)
    assert (exercise["start"].date(), exercise["end"].date()) == (MAY10, dt.date(2023, 5, 31))
    assert [s.text for s in provenance.fields["end"]] == ["Ende Mai"]


def test_a_new_speaker_opening_a_sentence_is_a_new_statement():
    text = ("Das russische Außenministerium bestellte am Dienstag den litauischen Geschäftsträger in Moskau ein. "
            "Außenminister Sergej Lawrow warnte vor einer „Provokation“.")  # fmt: skip
    events = draft_from_text(text, MAY10).events
    assert sorted(events["actors"]) == ["Russia", "Sergey Lavrov"]
    assert set(events["category"]) == {"statement"}


def test_a_speaker_is_where_the_text_last_put_them_else_at_their_seat():
    sat = dt.date(2024, 5, 11)
    front = ("Besonders heftig wird um die Kleinstadt Wowtschansk gekämpft. "
             "Selenskyj sagte am Samstagabend in seiner Videobotschaft, die Lage sei unter Kontrolle.")  # fmt: skip
    assert only(front, published=sat, category="statement")[0]["place"] == "Kyiv"
    there = ("Stoltenberg ist am Samstag überraschend in Charkiw eingetroffen. "
             "Stoltenberg sagte am Samstagabend, die Lage sei unter Kontrolle.")  # fmt: skip
    assert only(there, published=sat, category="statement")[0]["place"] == "Kharkiv"


def test_by_now_is_the_day_of_publication_and_a_spaceport_is_an_exact_place():
    pledged, _ = only("Inzwischen haben nach Angaben aus Prag mehr als 15 Staaten Geld zugesagt.", published=FEB28)
    assert (pledged["start"].date(), pledged["date_precision"]) == (FEB28, "day")
    met, _ = only("Kim Jong Un ist am Mittwoch auf dem Weltraumbahnhof Wostotschny mit Putin zusammengekommen.",
                  published=dt.date(2023, 9, 14))  # fmt: skip
    assert (met["place"], met["geo_precision"], met["start"].date()) == ("Vostochny Cosmodrome", "exact",
                                                                         dt.date(2023, 9, 13))  # fmt: skip
    assert met["actors"].split(";") == ["Kim Jong Un", "Vladimir Putin"]


AUG22 = dt.date(2023, 8, 22)


def test_the_same_day_is_the_day_named_before():
    text = "Am Dienstag warf Selenskyj in Kiew Russland Sabotage vor. Peskow wies das am selben Tag in Moskau zurück."
    events = draft_from_text(text, THU).events
    assert {e.place: e.start.date() for e in events.itertuples()} == {"Kyiv": dt.date(2023, 4, 18),
                                                                      "Moscow": dt.date(2023, 4, 18)}  # fmt: skip


def test_since_the_russian_assault_is_the_background_war():
    text = "Seit dem russischen Überfall am 24. Februar 2022 wird die Stadt Tschernihiw immer wieder beschossen."
    events = draft_from_text(text, AUG22).events
    assert "war" in set(events["category"])
    assert events.loc[events["category"] == "war", "start"].iloc[0].date() == dt.date(2022, 2, 24)


def test_a_town_after_a_word_for_a_site_and_a_site_named_before():
    landed, _ = only("Am Sonntag landete Selenskyj auf dem Luftwaffenstützpunkt Eindhoven.", published=AUG22)
    assert landed["place"] == "Eindhoven"
    text = ("Das Atomkraftwerk Saporischschja bezieht sein Kühlwasser aus dem Stausee. "
            "Die IAEA sah am Dienstag in Wien keine Gefahr. "
            "IAEA-Chef Rafael Grossi will kommende Woche selbst in das Kraftwerk reisen.")  # fmt: skip
    trip, provenance = only(text, published=dt.date(2023, 6, 8), category="visit")
    assert trip["place"] == "Zaporizhzhia"
    assert "'in das Kraftwerk': the site named so before" in [n.text("en") for n in provenance.notes]


def test_an_accuser_is_at_their_seat_not_in_the_accused_country():
    blame, _ = only("Selenskyj warf Russland noch am Dienstag vor, den Damm gesprengt zu haben.", published=THU)
    assert (blame["category"], blame["place"]) == ("statement", "Kyiv")


def test_a_speaker_is_where_the_text_put_them_that_day():
    text = ("Stoltenberg ist am Donnerstag überraschend in Kiew eingetroffen.\n\n"
            "Stoltenberg betonte am Donnerstag, dass der Ukraine ein Platz in der NATO gebühre.\n\n"
            "Stoltenberg hatte am Montag gesagt, die Ukraine werde Mitglied.")  # fmt: skip
    events = draft_from_text(text, THU).events
    said = {e.start.day: e.place for e in events.itertuples() if e.category == "statement"}
    assert said == {20: "Kyiv", 17: "Brussels"}  # Monday: not yet in Kyiv, so at his seat


def test_a_state_body_acts_from_its_seat_and_a_capital_after_an_is_the_recipient():
    text = ("Möglich wurden die Zusagen, weil die US-Regierung Ende vergangener Woche die Weitergabe der Jets an Kiew "
            "genehmigt hatte. Im Mai war Biden beim G7-Gipfel in Hiroshima.")  # fmt: skip
    approval, _ = only(text, published=AUG22, category="aid")
    assert approval["place"] == "Washington"


def test_he_is_the_person_the_sentence_before_named_and_the_day_part_keeps_its_own_words():
    text = "Gestern bedankte sich Selenskyj in Kopenhagen für die Hilfe. Am Abend reiste er nach Athen weiter."
    trip, provenance = only(text, published=AUG22, category="visit")
    assert (trip["place"], trip["actors"]) == ("Athens", "Volodymyr Zelensky")
    assert trip["start"].date() == dt.date(2023, 8, 21)
    assert [s.text for s in provenance.fields["start"]] == ["Am Abend", "Gestern"]


def test_two_people_speaking_on_one_day_are_two_statements():
    text = ("Das Treffen in Kiew sei geheim gehalten worden, hieß es am Donnerstag aus der NATO.\n\n"
            "Selenskyj forderte am Donnerstag in Kiew einen Zeitplan für den NATO-Beitritt.\n\n"
            "Stoltenberg betonte am Donnerstag in Kiew, die Ukraine gehöre in die NATO.")  # fmt: skip
    events = draft_from_text(text, THU).events
    statements = events.loc[events["category"] == "statement", "actors"].str.split(";")
    assert sum("Volodymyr Zelensky" in a and "Jens Stoltenberg" in a for a in statements) == 0, list(statements)


FEB19 = dt.date(2024, 2, 19)


def test_a_heading_that_ends_in_a_quotation_is_not_a_sentence():
    text = "Kreml weist Vorwürfe zurück – Putin spricht von einem „schwierigen Schicksal“\n\nDas ist alles."
    assert [s.text for s in split_sentences(text)] == ["Das ist alles."]


def test_the_same_day_as_a_date_after_seit_and_days_later():
    text = ("Syrskyj führt die Streitkräfte erst seit dem 8. Februar. An diesem Tag hatte Präsident Selenskyj ihn "
            "in Kiew an die Spitze der Armee berufen.")  # fmt: skip
    appointed, provenance = only(text, published=FEB19, category="military")
    assert appointed["start"].date() == dt.date(2024, 2, 8)
    text = "Die Brücke war am 8. Oktober 2022 bei Kertsch eingestürzt. Zwei Tage später griff Russland Kiew an."
    strikes = draft_from_text(text, FEB19).events
    assert dt.date(2022, 10, 10) in {e.start.date() for e in strikes.itertuples()}


def test_last_night_is_the_night_to_the_day_of_publication():
    struck, _ = only("Vergangene Nacht wurden in Tschornomorsk 60.000 Tonnen Getreide vernichtet.", published=JUL19)
    assert struck["start"].date() == JUL19


def test_a_bridge_named_before_is_the_scene_of_what_happens_to_it():
    text = ("Explosionen\n\nVorgestern ist die Brücke über die Straße von Kertsch angegriffen worden.\n\n"
            "Rückblick\n\nDie Brücke war am 8. Oktober 2022 bei einer Explosion beschädigt worden.")  # fmt: skip
    events = draft_from_text(text, JUL19).events
    assert list(events["place"]) == ["Kerch", "Kerch"]


def test_a_date_inside_an_attribute_is_its_own_event_and_the_lead_is_dated_by_the_next_sentence():
    text = ("Die ukrainische Armee hat die seit Oktober schwer umkämpfte Stadt Awdijiwka im Gebiet Donezk geräumt. "
            "Den Abzug der Truppen verkündete Oberbefehlshaber Syrskyj in der Nacht zu Samstag.")  # fmt: skip
    draft = draft_from_text(text, FEB19)
    rows = [(e, p.sentences[0].text) for (_, e), p in zip(draft.events.iterrows(), draft.provenance, strict=True)]
    fighting = next(e for e, _ in rows if e["start"].year == 2023)
    withdrawal = next(e for e, first in rows if e["start"].year == 2024 and "geräumt" in first)
    assert (fighting["start"].date(), fighting["date_precision"]) == (dt.date(2023, 10, 1), "month")
    assert (withdrawal["category"], withdrawal["place"]) == ("military", "Avdiivka")
    assert withdrawal["start"].date() == dt.date(2024, 2, 17)


def test_the_town_refers_back_across_paragraphs_of_a_section():
    text = ("Rückzug\n\nDie ukrainische Armee hat die Stadt Awdijiwka am Samstag geräumt.\n\n"
            "Das russische Verteidigungsministerium meldete die vollständige Einnahme der Stadt.")  # fmt: skip
    events = draft_from_text(text, FEB19).events
    assert set(events["place"]) == {"Avdiivka"}


def test_a_similar_agreement_is_of_the_same_kind_as_the_one_before():
    text = ("Am Freitag hatte Selenskyj in Berlin mit Scholz ein Sicherheitsabkommen unterzeichnet. "
            "Am Abend folgte in Paris eine ähnliche Vereinbarung mit Macron.")  # fmt: skip
    events = draft_from_text(text, FEB19).events
    assert sorted(zip(events["place"], events["category"], strict=True)) == [("Berlin", "alliance"),
                                                                          ("Paris", "alliance")]  # fmt: skip


DEC22 = dt.date(2022, 12, 22)


def test_a_look_back_lends_its_date_to_no_neighbour_and_the_white_house_is_a_place():
    text = ("Empfang\n\nAm Mittwoch empfing Biden Selenskyj im Weißen Haus. "
            "Zuletzt war Selenskyj im September 2021 dort zu Gast gewesen.\n\n"
            "Zum Besuch kündigte die US-Regierung ein neues Hilfspaket an.")  # fmt: skip
    draft = draft_from_text(text, DEC22).events
    aid = draft[draft["category"] == "aid"].iloc[0]
    assert aid["start"].date() == dt.date(2022, 12, 21)
    assert "White House" in set(draft["place"])


def test_since_an_event_named_in_several_words_is_background():
    text = ("Selenskyj ist gestern in Washington eingetroffen. "
            "Es war seine erste Reise ins Ausland seit dem russischen Überfall auf sein Land "
            "am 24. Februar.")  # fmt: skip
    events = draft_from_text(text, DEC22).events
    on_the_day = events[events["start"].dt.date == dt.date(2022, 2, 24)]
    assert list(on_the_day["category"]) == ["war"]


def test_a_body_that_sits_in_a_capital_is_placed_there_and_a_town_left_is_the_scene():
    text = "Am Abend sprach Selenskyj vor beiden Kammern des Kongresses. Dort war er vorgestern in Bachmut gewesen."
    speech, _ = only(text, published=DEC22, category="statement")
    assert speech["place"] == "Washington"
    left, _ = only("Xi Jinping hat gestern seinen Staatsbesuch beendet und Moskau verlassen.", published=DEC22)
    assert left["place"] == "Moscow"


MAR8 = dt.date(2024, 3, 8)


def test_there_after_a_place_of_the_same_sentence_is_that_place():
    text = ("Die Türkei stimmte im Januar in Ankara zu. "
            "Am 23. Februar reiste Kristersson nach Budapest; "
            "beide vereinbarten dort den Kauf von Kampfjets.")  # fmt: skip
    trip, _ = only(text, published=MAR8, category="visit")
    assert trip["place"] == "Budapest"


def test_a_weekday_after_and_the_day_after_a_vote_count_from_the_day_named_before():
    text = ("Am 23. Februar reiste Kristersson nach Budapest. "
            "Am Montag darauf billigte das ungarische Parlament in Budapest den Beitritt. "
            "Die russische Botschaft in Stockholm kündigte am Tag nach dem Votum Gegenmaßnahmen an.")  # fmt: skip
    days = {e.category: e.start.date() for e in draft_from_text(text, MAR8).events.itertuples()}
    assert days["alliance"] == dt.date(2024, 2, 26)
    assert days["statement"] == dt.date(2024, 2, 27)


def test_a_recapture_in_the_perfect_is_dated_by_the_next_sentence():
    text = ("Die ukrainische Armee hat das Dorf Robotyne im Gebiet Saporischschja zurückerobert. "
            "„Robotyne ist befreit“, erklärte Vize-Verteidigungsministerin Maljar am Montag.")  # fmt: skip
    taken, _ = only(text, published=dt.date(2023, 8, 30), category="military")
    assert taken["start"].date() == dt.date(2023, 8, 28)


def test_an_event_with_no_place_of_its_own_takes_the_place_the_article_names_most():
    text = ("Kursk\n\nUkrainische Einheiten sind bei Sudscha in das Gebiet Kursk vorgedrungen.\n\n"
            "Ausblick\n\nDie Verwaltung kündigte an, die Evakuierungen am Wochenende fortzusetzen.")  # fmt: skip
    draft = draft_from_text(text, dt.date(2024, 8, 9))
    later = [p for (_, e), p in zip(draft.events.iterrows(), draft.provenance, strict=True) if e.start.day == 10]
    assert "no place in the sentence or section: the place the article has named most so far" in [
        n.text("en") for n in later[0].notes
    ]


MAY22 = dt.date(2023, 5, 22)


def test_the_town_taken_is_the_scene_and_the_town_referred_to_is_not_a_government_capital():
    text = ("Vorgestern erklärte Prigoschin, seine Söldner hätten Bachmut vollständig eingenommen. "
            "Kiew wies das zurück. "
            "In der Nacht zu Sonntag gratulierte Putin den Kämpfern zur Einnahme der Stadt.")  # fmt: skip
    events = draft_from_text(text, MAY22).events
    assert set(events["place"]) >= {"Bakhmut"}
    congratulation = events[events["start"].dt.day == 21].iloc[0]
    assert congratulation["place"] == "Bakhmut"


def test_a_relative_clause_that_says_how_long_something_lasted_dates_the_main_clause():
    text = "Der Gipfel in Hiroshima, der von Freitag bis Sonntag dauerte, stand im Zeichen des Krieges."
    summit, _ = only(text, published=MAY22)
    assert (summit["category"], summit["start"].date()) == ("meeting", dt.date(2023, 5, 19))


def test_a_speaker_does_not_take_the_place_of_a_later_sentence():
    text = ("Blinken sagte am Sonntag, der Aufstand zeige Risse in der russischen Führung. "
            "Die EU-Außenminister beraten heute in Luxemburg über die Lage.")  # fmt: skip
    statement, _ = only(text, published=dt.date(2023, 6, 26), category="statement")
    assert statement["place"] == "Washington"  # his seat, not the ministers' Luxembourg
