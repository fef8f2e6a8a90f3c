"""Drafting rules that came from the held-out reports, rounds 63 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _53_56 and _57_60 (which also holds rounds 61 and 62); each
round's block names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from tests.drafting import only

# Sixty-third round: from the sixty-second round's held-out reports (atomuebung_mai_2024, arabische_liga_dschidda,
# mirage_zusage, torezk_einnahme).
MAY22, MAY20, JUN07 = dt.date(2024, 5, 22), dt.date(2023, 5, 20), dt.date(2024, 6, 7)


def test_an_exercise_begun_by_a_countrys_forces_is_military_in_that_country():
    text = "Russlands Streitkräfte haben gestern mit der ersten Phase einer Übung mit taktischen Atomwaffen begonnen."
    exercise, _ = only(text, published=MAY22)
    assert (exercise["category"], exercise["place"], str(exercise["start"].date())) == ("military", "Russia",
                                                                                         "2024-05-21")


def test_talks_on_the_sidelines_of_the_summit_take_its_day():
    text = ("Mit einem unangekündigten Besuch hat Selenskyj gestern den Gipfel der Arabischen Liga im saudischen "
            "Dschidda besucht. Die Staats- und Regierungschefs der Liga kamen am Freitag zu ihrem jährlichen Treffen "
            "zusammen. Russland hatte am 24. Februar 2022 seinen Angriffskrieg gegen die Ukraine begonnen. Am Rande "
            "des Gipfels traf Selenskyj den Kronprinzen zu einem Gespräch.")
    events = draft_from_text(text, MAY20).events
    meetings = events[events["category"] == "meeting"]  # the talks are the summit's day (and merge with it)
    assert [(str(m["start"].date()), m["place"]) for _, m in meetings.iterrows()] == [("2023-05-19", "Jeddah")]


def test_a_speech_to_a_parliament_and_a_dinner_that_evening_are_two_events():
    text = ("Am heutigen Freitag soll Selenskyj am Nachmittag vor der Nationalversammlung sprechen, für den Abend ist "
            "laut Élysée-Palast ein Arbeitsessen mit Macron geplant.")
    events = draft_from_text(text, JUN07).events
    assert list(events["category"]) == ["statement", "meeting"]
