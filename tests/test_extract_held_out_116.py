"""Drafting rules that came from the held-out reports, rounds 116 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _104 and _110; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.dates import find_dates
from lagebild.extract.text import split_sentences
from tests.drafting import only

# Hundred-and-sixteenth round: from the held-out reports of round 115 (smolensk_absturz_2010,
# beslan_geiselnahme_2004, nemzow_mord_2015, chodorkowski_festnahme_2003, ryanair_minsk_2021).
MAR01 = dt.date(2015, 3, 1)


def test_a_sentence_may_open_with_a_year():
    text = "Jelzin ernannte ihn zum Gouverneur von Nischni Nowgorod. 1997 holte er ihn nach Moskau."
    assert [s.text for s in split_sentences(text)] == [
        "Jelzin ernannte ihn zum Gouverneur von Nischni Nowgorod.", "1997 holte er ihn nach Moskau."]
    assert len(split_sentences("Die Zahl stieg auf 5. 2000 Menschen flohen.")) == 1  # a count, no verb after it


def test_a_bare_year_dates_an_appointment_or_a_sentence_it_opens():
    text = "Präsident Boris Jelzin ernannte ihn 1991 zum Gouverneur des Gebiets Nischni Nowgorod."
    appointed, _ = only(text, published=MAR01)
    assert (str(appointed["start"].date()), appointed["date_precision"], appointed["place"]) == (
        "1991-01-01", "year", "Nizhniy Novgorod region")
    assert [m.start for m in find_dates("2014 annektierte Russland die Krim.", MAR01)] == [dt.date(2014, 1, 1)]
    assert find_dates("Rund 2000 Menschen flohen aus der Stadt.", MAR01) == []  # a count


def test_two_months_of_one_year():
    mentions = find_dates("Im April und Mai 1940 erschoss der NKWD in Katyn Tausende polnische Offiziere.",
                          dt.date(2010, 4, 11))
    assert [(m.start, m.end, m.precision) for m in mentions] == [(dt.date(1940, 4, 1), dt.date(1940, 5, 31), "month")]


def test_a_modal_in_a_past_when_clause_sets_neither_tense_nor_status():
    text = ("Am Freitag gegen 13 Uhr Ortszeit, als Helfer mit Zustimmung der Geiselnehmer Leichen vom Schulgelände in "
            "Beslan bergen sollten, erschütterten zwei Explosionen die Turnhalle.")
    blast, _ = only(text, published=dt.date(2004, 9, 5))  # a Sunday
    assert (str(blast["start"].date()), blast["status"]) == ("2004-09-03", "occurred")


def test_a_school_raided_is_fighting_not_the_war():
    text = "Gegen 9.30 Uhr Ortszeit überfielen schwer bewaffnete Männer und Frauen die Schule Nr. 1 in Beslan."
    raid, _ = only(text, published=dt.date(2004, 9, 5))
    assert (raid["category"], raid["place"]) == ("military", "Beslan")
    text = "Am 24. Februar 2022 überfiel Russland die Ukraine."
    assert only(text, published=dt.date(2023, 2, 24))[0]["category"] == "war"


def test_tsikhanouskaya_by_her_own_spelling():
    text = "Die in Vilnius lebende Oppositionsführerin Swetlana Tichanowskaja verlangte am Sonntag ihre Freilassung."
    demand, _ = only(text, published=dt.date(2021, 5, 25))
    assert demand["actors"] == "Sviatlana Tsikhanouskaya"


def test_a_trip_is_placed_where_it_goes():
    text = ("Ministerpräsident Donald Tusk berief in Warschau umgehend eine Krisensitzung seiner Regierung ein und "
            "flog am Nachmittag selbst nach Smolensk.")
    trip = draft_from_text(text, dt.date(2010, 4, 11)).events
    assert trip.loc[trip["category"] == "visit", "place"].tolist() == ["Smolensk"]


def test_there_before_a_colon_does_not_place_what_follows_it():
    text = ("Erst nach sieben Stunden durfte der Jet nach Vilnius weiterfliegen. Zwei Passagiere fehlten dort: "
            "Sicherheitskräfte hatten in Minsk den Journalisten Roman Protassewitsch festgenommen.")
    events = draft_from_text(text, dt.date(2021, 5, 25)).events
    assert events.loc[events["category"] == "military", "place"].tolist() == ["Minsk"]


def test_at_the_summit_is_where_the_summit_was():
    text = ("Die Staats- und Regierungschefs verständigten sich am Montagabend bei ihrem Gipfeltreffen in Brüssel auf "
            "neue Sanktionen.\n\nZwei Passagiere fehlten in Vilnius.\n\n"
            "Beim Gipfel selbst ließ Bundeskanzlerin Angela Merkel keinen Zweifel an ihrer Einschätzung.")
    events = draft_from_text(text, dt.date(2021, 5, 25)).events
    said = events[events["actors"].fillna("").str.contains("Germany")]
    assert said["place"].tolist() == ["Brussels"]


def test_paying_tribute_is_a_statement():
    text = "Der ukrainische Präsident Petro Poroschenko würdigte den Toten am Samstag in Kiew als mutigen Mann."
    tribute, _ = only(text, published=MAR01)
    assert (tribute["category"], tribute["place"], str(tribute["start"].date())) == ("statement", "Kyiv", "2015-02-28")


def test_bullets_that_hit_him_are_no_meeting():
    text = "Am Freitagabend trafen ihn in Moskau vier Kugeln in den Rücken."
    assert "meeting" not in set(draft_from_text(text, MAR01).events["category"])
