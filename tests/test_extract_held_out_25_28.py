"""Drafting rules that came from the held-out reports, rounds 25–28: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, _11_13, _14_16, _17_20 and _21_24; each round's block names the
reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from tests.drafting import only

# Twenty-fifth round: from the twenty-fourth round's held-out reports (g7_apulien, wiederaufbau_berlin,
# crocus_energie, selenskyj_trump_ny).
JUN14, JUN12, MAR25, SEP28 = dt.date(2024, 6, 14), dt.date(2024, 6, 12), dt.date(2024, 3, 25), dt.date(2024, 9, 28)


def test_apulia_is_a_place_and_signing_on_the_sidelines_of_a_summit_happens_where_the_summit_is():
    text = ("Die G7 haben sich bei ihrem Gipfel im süditalienischen Borgo Egnazia auf einen Kredit verständigt.\n\n"
            "Gestern Abend unterzeichneten US-Präsident Joe Biden und Präsident Wolodymyr Selenskyj am Rande des "
            "Gipfels ein bilaterales Sicherheitsabkommen.")
    signed, _ = only(text, published=JUN14, category="alliance")
    assert signed["place"] == "Borgo Egnazia"
    rejected, _ = only("Selenskyj wies das noch in Apulien als Ultimatum zurück.", published=JUN14)
    assert (rejected["place"], rejected["geo_precision"]) == ("Apulia", "region")


def test_a_look_back_in_the_pluperfect_dates_no_other_paragraph():
    text = ("Scholz hat am Dienstag die Wiederaufbaukonferenz in Berlin eröffnet. Im Juni vergangenen Jahres hatte die "
            "Konferenz in London getagt.\n\nScholz bekräftigte, dass ein weiteres Patriot-System an Kiew übergeben "
            "werde.")
    pledged, _ = only(text, published=JUN12, category="aid")
    assert str(pledged["start"].date()) == "2024-06-11"


def test_a_war_recalled_in_passing_has_only_the_actors_of_its_own_words():
    text = ("Die Kosten für den Wiederaufbau der seit dem russischen Überfall im Februar 2022 zerstörten Städte "
            "schätzt die Weltbank auf fast 500 Milliarden Dollar.")
    war, _ = only(text, published=JUN12, category="war")
    assert "World Bank" not in str(war["actors"])


def test_a_speech_before_a_body_a_meeting_that_ends_today_and_a_guest_at_a_leaders_summit():
    spoke, _ = only("Gestern Nachmittag trat Selenskyj dann vor den Bundestag. Er dankte den Deutschen für ihre Hilfe.",
                    published=JUN12)
    assert (spoke["category"], str(spoke["start"].date())) == ("statement", "2024-06-11")
    text = ("Bundeskanzler Olaf Scholz hat am Dienstag die Wiederaufbaukonferenz in Berlin eröffnet. An dem "
            "zweitägigen Treffen, das heute zu Ende geht, nehmen Vertreter von Regierungen teil.")
    conference, _ = only(text, published=JUN12)
    assert (str(conference["start"].date()), str(conference["end"].date())) == ("2024-06-11", "2024-06-12")
    summit, _ = only("Ab morgen beraten die Staats- und Regierungschefs der G7 im süditalienischen Apulien, auch "
                     "Selenskyj wird dort erwartet.", published=JUN12)
    assert summit["category"] == "meeting"


def test_concert_goers_are_no_visit_and_claiming_a_deed_is_a_statement():
    attack, _ = only("Bewaffnete haben am Freitagabend in einer Konzerthalle in Krasnogorsk das Feuer auf "
                     "Konzertbesucher eröffnet.", published=MAR25)
    assert attack["category"] == "military"
    claim = draft_from_text("Am Freitagabend griffen Bewaffnete eine Konzerthalle in Krasnogorsk an.\n\nNoch in der "
                            "Nacht reklamierte die Terrormiliz Islamischer Staat die Tat in Krasnogorsk für sich.",
                            MAR25).events
    assert "statement" in set(claim["category"])


def test_a_gathering_is_where_it_meets_and_a_strike_where_it_struck():
    talks, _ = only("Kiew hofft auf mehr Flugabwehr, wenn kommende Woche die NATO-Außenminister in Brüssel beraten.",
                    published=MAR25)
    assert (talks["category"], talks["place"]) == ("meeting", "Brussels")
    shelled, _ = only("Schon am Donnerstagmorgen hatte Russland Kiew mit rund 30 Raketen beschossen.", published=MAR25)
    assert (shelled["place"], str(shelled["start"].date())) == ("Kyiv", "2024-03-21")


def test_a_meeting_stays_the_event_when_its_participants_speak_after_it():
    text = ("Gestern Vormittag folgte das Treffen mit dem Präsidentschaftskandidaten Donald Trump in dessen Hochhaus "
            "in Manhattan. Trump sprach von einem „sehr guten Verhältnis“ und versprach, den Krieg rasch zu beenden.")
    met, _ = only(text, published=SEP28)
    assert (met["category"], met["place"], str(met["start"].date())) == ("meeting", "Manhattan", "2024-09-27")


def test_a_speaker_expected_before_the_assembly_and_mike_johnson():
    speech, _ = only("Heute wird in New York Russlands Außenminister Sergej Lawrow vor der Vollversammlung erwartet.",
                     published=SEP28)
    assert speech["category"] == "statement"
    said, _ = only("Am Mittwoch verlangte der Vorsitzende des Repräsentantenhauses, Mike Johnson, die Abberufung der "
                   "Botschafterin.", published=SEP28)
    assert "Mike Johnson" in said["actors"] and "Boris Johnson" not in said["actors"]
