"""Drafting rules that came from the held-out reports, rounds 17–18: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, _11_13 and _14_16; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.tense import tense_at
from tests.drafting import only

# Seventeenth round: from the sixteenth round's held-out reports (kramatorsk_bahnhof, nawalny_tod, korridor_odessa,
# polen_drohnen).
AUG18, SEP11, FEB18 = dt.date(2023, 8, 18), dt.date(2025, 9, 11), dt.date(2024, 2, 18)


def test_the_night_to_a_date_is_that_date_but_a_date_elsewhere_in_the_sentence_is_not():
    text = ("Zwei Tage später drohte das Ministerium in Moskau allen Schiffen. In der Nacht zum 2. August griffen "
            "russische Drohnen dann den Donauhafen Ismajil an.")  # fmt: skip
    events = draft_from_text(text, AUG18).events
    assert str(events[events["category"] == "military"].iloc[0]["start"].date()) == "2023-08-02"
    summit, _ = only("In Washington beginnt am Abend das Gipfeltreffen der NATO, die am 4. April 1949 in der "
                     "US-Hauptstadt gegründet wurde.", published=dt.date(2024, 7, 9), category="meeting")  # fmt: skip
    assert str(summit["start"].date()) == "2024-07-09"


def test_warning_shots_are_military_however_long_the_sentence():
    shots, _ = only("Ein russisches Patrouillenschiff feuerte nach Angaben des Moskauer Verteidigungsministeriums am "
                    "Sonntag im Südwesten des Schwarzen Meeres Schüsse auf den Frachter „Sukru Okan“ ab, der nach "
                    "Ismajil unterwegs war.", published=AUG18)  # fmt: skip
    assert shots["category"] == "military"


def test_violating_airspace_is_military_and_an_adjective_may_name_the_country():
    violated, notes = only("In der Nacht zu Mittwoch haben Drohnen nach Angaben der polnischen Armee 19 Mal den "
                           "Luftraum des Landes verletzt.", published=SEP11)  # fmt: skip
    assert (violated["category"], violated["place"]) == ("military", "Poland")
    assert str(violated["start"].date()) == "2025-09-10"
    assert "demonym_country" in {n.key for n in notes.notes}


def test_proclaiming_and_taking_the_floor_are_statements():
    text = ("Der Frachter verließ am Mittwoch Odessa. Er nutzte den vorläufigen Korridor, den die ukrainische Marine "
            "am Donnerstag vergangener Woche ausgerufen hatte.")  # fmt: skip
    events = draft_from_text(text, AUG18).events
    assert "2023-08-10" in {str(d.date()) for d in events[events["category"] == "statement"]["start"]}
    speech, _ = only("Nur wenige Stunden nach der Nachricht ergriff Julia Nawalnaja vorgestern auf der Münchner "
                     "Sicherheitskonferenz das Wort.", published=FEB18)  # fmt: skip
    assert (speech["category"], speech["place"]) == ("statement", "Munich")


def test_a_capital_opening_the_sentence_is_its_state_acting():
    text = ("Am Freitag traf eine Rakete den Bahnhof von Kramatorsk. Moskau wies die Verantwortung noch am selben Tag "
            "zurück.")  # fmt: skip
    events = draft_from_text(text, dt.date(2022, 4, 9)).events
    assert events[events["category"] == "statement"].iloc[0]["actors"] == "Russia"


# Eighteenth round: from the seventeenth round's held-out reports (lyman_rueckeroberung, scholz_peking,
# himars_lieferung, getreide_erste_fahrt).
OCT03, APR17, JUN02 = dt.date(2022, 10, 3), dt.date(2024, 4, 17), dt.date(2022, 6, 2)


def test_having_declared_is_a_statement_from_the_speakers_seat():
    said, _ = only("Am Montag hatte US-Präsident Joe Biden noch erklärt, man werde der Ukraine keine Raketensysteme "
                   "schicken, die bis nach Russland reichen.", published=JUN02)  # fmt: skip
    assert (said["category"], said["place"]) == ("statement", "Washington")


def test_a_debate_is_the_setting_of_a_pledge_and_what_is_coming_up_is_ahead():
    pledge, _ = only("In der Generaldebatte im Bundestag sagte Scholz gestern die Lieferung des Flugabwehrsystems "
                     "IRIS-T zu.", published=JUN02)  # fmt: skip
    assert pledge["category"] == "aid"
    summit, _ = only("Das nächste große Treffen der Verbündeten steht vom 28. bis 30. Juni beim Nato-Gipfel in "
                     "Madrid an.", published=JUN02)  # fmt: skip
    assert (str(summit["start"].date()), summit["status"]) == ("2022-06-28", "planned")
    assert tense_at("Die nächste Sitzung ist am Montag.", 24) == "future"  # "nächste" is no past tense


def test_calling_on_and_asking_are_statements_and_what_for_is_not_the_event():
    called, _ = only("Bundeskanzler Olaf Scholz hat Chinas Staatschef Xi Jinping gestern in Peking aufgefordert, "
                     "seinen Einfluss auf Russland zu nutzen.", published=APR17)  # fmt: skip
    assert (called["category"], called["place"]) == ("statement", "Beijing")
    asked, _ = only("Er habe Xi in Peking gebeten, auf Moskau einzuwirken, damit Putin seine Truppen zurückziehe, "
                    "sagte Scholz gestern.", published=APR17)  # fmt: skip
    assert asked["category"] == "statement"
    principles, _ = only("Xi stellte gestern in Peking laut der Staatsagentur Xinhua vier Grundsätze vor.",
                         published=APR17)  # fmt: skip
    assert principles["category"] == "statement"


def test_a_metropolis_is_a_settlement_and_a_host_country_the_scene_of_its_conference():
    trip, _ = only("Die dreitägige Reise hatte am Sonntag in der Millionenmetropole Chongqing begonnen.",
                   published=APR17)  # fmt: skip
    assert trip["place"] == "Chongqing"
    conference, _ = only("Beide Seiten wollen sich eng über die Friedenskonferenz abstimmen, zu der die Schweiz im "
                         "Juni einlädt.", published=APR17)  # fmt: skip
    assert conference["country"] == "CH"
    call = draft_from_text("Gestern rief Selenskyj Biden auf, an der Friedenskonferenz teilzunehmen, zu der die "
                           "Schweiz Mitte Juni einlädt.", dt.date(2024, 5, 27)).events  # fmt: skip
    assert call.iloc[0]["place"] == "Kyiv"  # a statement about the conference stays where it was said


def test_where_a_ministry_sits_is_not_where_the_troops_withdrew():
    text = ("Am Samstag rückten ukrainische Einheiten in Lyman ein. Am Samstagnachmittag bestätigte das "
            "Verteidigungsministerium in Moskau den Abzug: Man habe die Soldaten zurückgenommen.")  # fmt: skip
    events = draft_from_text(text, OCT03).events
    assert "Moscow" not in set(events[events["category"] == "military"]["place"])


def test_the_same_day_is_not_a_span_of_days_and_since_then_opens_an_event():
    text = ("Am Freitag besiegelte Putin im Kreml die Annexion. Vorausgegangen waren Scheinreferenden vom 23. bis 27. "
            "September. Selenskyj reagierte am selben Tag in Kiew mit einem Antrag auf einen beschleunigten "
            "NATO-Beitritt.")  # fmt: skip
    events = draft_from_text(text, OCT03).events
    assert str(events[events["category"] == "alliance"].iloc[0]["start"].date()) == "2022-09-30"
    fighting = draft_from_text("Die ukrainische Armee hatte sich vor elf Tagen aus Awdijiwka zurückgezogen. Seitdem "
                               "meldet der Generalstab in Kiew heftige Kämpfe westlich der Stadt.",
                               dt.date(2024, 2, 28)).events  # fmt: skip
    assert len(fighting) == 2
