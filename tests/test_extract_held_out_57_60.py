"""Drafting rules that came from the held-out reports, rounds 57 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _49_52 and _53_56; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
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
