"""Drafting rules that came from the held-out reports, rounds 29 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, _11_13, _14_16, _17_20, _21_24 and _25_28; each round's
block names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from tests.drafting import only

# Twenty-ninth round: from the twenty-eighth round's held-out reports (putin_pjoengjang, belgorod_neujahr,
# abrams_ankunft, trump_amtseinfuehrung).
JUN20, DEC31, SEP26, JAN22 = dt.date(2024, 6, 20), dt.date(2023, 12, 31), dt.date(2023, 9, 26), dt.date(2025, 1, 22)


def test_landing_a_stop_on_the_way_and_the_last_stay_are_trips():
    landed, _ = only("Der Kremlchef ist in der Nacht zu Mittwoch in Pjöngjang gelandet.", published=JUN20)
    assert (landed["category"], landed["place"], str(landed["start"].date())) == ("visit", "Pyongyang", "2024-06-19")
    stop, _ = only("Auf dem Weg hatte Putin am Dienstag in Jakutsk Station gemacht.", published=JUN20)
    assert (stop["category"], stop["place"]) == ("visit", "Yakutsk")
    last, _ = only("In Vietnam war er zuletzt im November 2017.", published=JUN20)
    assert (last["category"], str(last["start"].date()), last["date_precision"]) == ("visit", "2017-11-01", "month")


def test_having_met_is_a_meeting_in_either_word_order():
    met, _ = only("Getroffen hatten sich Putin und Kim zuletzt im vergangenen September auf dem Weltraumbahnhof "
                  "Wostotschny.", published=JUN20)
    assert (met["category"], met["place"]) == ("meeting", "Vostochny Cosmodrome")


def test_a_missile_entering_airspace_is_military_and_told_in_the_past():
    text = "Am Freitagmorgen drang nach Angaben der polnischen Armee eine russische Rakete in den Luftraum Polens ein."
    entered, _ = only(text, published=DEC31)
    assert (entered["category"], str(entered["start"].date())) == ("military", "2023-12-29")


def test_quoted_words_are_what_was_said_not_its_date_place_or_kind():
    destroys, _ = only("„Er zerstört sein eigenes Land“, sagte Trump am Montag.", published=JAN22)
    assert destroys["category"] == "statement"
    text = ("Russland hat die Ukraine am Freitag mit 158 Raketen und Drohnen angegriffen.\n\n„Russland hat heute fast "
            "jede Waffe eingesetzt“, sagte Präsident Wolodymyr Selenskyj noch am selben Tag.")
    said, _ = only(text, published=DEC31, category="statement")
    assert (str(said["start"].date()), said["place"]) == ("2023-12-29", "Kyiv")


def test_the_same_day_is_the_news_day_not_the_day_of_the_war_recalled_with_it():
    text = ("Mit 158 Raketen hat Russland am Freitag die Ukraine angegriffen, der größte Angriff seit dem Einmarsch am "
            "24. Februar 2022. Die Flugabwehr fing demnach 114 der Geschosse ab.\n\nSelenskyj sprach noch am selben "
            "Tag von Terror.")
    said, _ = only(text, published=DEC31, category="statement")
    assert str(said["start"].date()) == "2023-12-29"


def test_speeches_apologies_warnings_and_appearances_are_statements():
    for text in ("Heute Abend wollen sich Selenskyj und Putin mit ihren Neujahrsansprachen an die Bevölkerung wenden.",
                 "In Ottawa entschuldigte sich Parlamentspräsident Anthony Rota vorgestern dafür.",
                 "Selenskyj mahnte gestern in Davos die Europäer zur Einigkeit.",
                 "Gestern trat Selenskyj beim Weltwirtschaftsforum in Davos auf.",
                 "Am Abend äußerte er sich im Oval Office zum Krieg."):
        said, _ = only(text, published=JAN22)
        assert said["category"] == "statement", text


def test_the_oval_office_and_the_capitol_are_in_the_gazetteer():
    said, _ = only("Am Montagabend äußerte sich Trump im Oval Office zum Krieg in der Ukraine.", published=JAN22)
    assert said["place"] == "White House"
    sworn, _ = only("Trump wurde am Montag in der Rotunde des Kapitols vereidigt und hielt dort eine Rede.",
                    published=JAN22)
    assert sworn["place"] == "United States Capitol"


def test_a_vague_now_yields_to_a_month_named_after_it():
    text = "Unterdessen soll es weitergehen: Die EU will Anfang Februar auf einem Sondergipfel über die Hilfe beraten."
    summit, _ = only(text, published=DEC31)
    assert (str(summit["start"].date()), summit["date_precision"]) == ("2024-02-01", "month")


def test_a_gathering_of_a_coming_period_is_ahead_and_where_its_city_adjective_says():
    text = "Mit Spannung erwartet wird nun die Münchner Sicherheitskonferenz vom 14. bis 16. Februar."
    conference, _ = only(text, published=JAN22)
    assert (str(conference["start"].date()), conference["place"]) == ("2025-02-14", "Munich")


def test_last_tuesday_opening_a_sentence_is_a_week_back_on_a_tuesday():
    text = "Vergangenen Dienstag warf Selenskyj Russland vor der UN-Vollversammlung in New York Erpressung vor."
    accused, _ = only(text, published=SEP26)
    assert str(accused["start"].date()) == "2023-09-19"


def test_tanks_from_a_donor_arrived_where_they_arrived():
    arrived, _ = only("Die ersten Abrams-Panzer aus den USA sind in der Ukraine angekommen.", published=SEP26)
    assert arrived["place"] == "Ukraine"


def test_a_place_in_what_someone_wrote_is_not_where_the_writer_was():
    text = ("Trump empfing Selenskyj am Freitag im Oval Office.\n\nDer Vizechef des russischen Sicherheitsrats, Dmitri "
            "Medwedew, schrieb noch am Freitagabend auf Telegram, Selenskyj sei im Oval Office gescheitert.")
    wrote, _ = only(text, published=dt.date(2025, 3, 1), category="statement")
    assert wrote["place"] == "Moscow"
