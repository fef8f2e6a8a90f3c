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


# Hundred-and-seventeenth round: from the held-out reports of round 116 (debalzewe_rueckzug_2015,
# nato_gipfel_bukarest_2008, nord_stream_eroeffnung_2011, normandie_gipfel_paris_2019, tuerkei_su24_abschuss_2015).
FEB19 = dt.date(2015, 2, 19)


def test_a_railway_junction_names_its_town():
    text = "Nach wochenlangen Kämpfen hat die ukrainische Armee am Mittwoch den Eisenbahnknoten Debalzewe geräumt."
    withdrawal, _ = only(text, published=FEB19)
    assert withdrawal["place"] == "Debaltseve"


def test_a_resort_names_its_town():
    text = "Am Sonntag will Bush Putin in dessen Residenz im Schwarzmeerort Sotschi treffen."
    meeting, _ = only(text, published=dt.date(2008, 4, 4))
    assert (meeting["place"], str(meeting["start"].date())) == ("Sochi", "2008-04-06")


def test_up_to_today_is_no_date():
    text = ("Die Folgen jenes Konflikts beschäftigen die Ukraine bis heute: Am 11. Oktober verurteilte ein Gericht in "
            "Kiew die frühere Regierungschefin Julia Timoschenko zu sieben Jahren Haft.")
    verdict, _ = only(text, published=dt.date(2011, 11, 9))
    assert str(verdict["start"].date()) == "2011-10-11"


def test_a_quarter_or_half_of_a_year():
    mentions = find_dates("Der zweite Strang soll im vierten Quartal 2012 in Betrieb gehen.", dt.date(2011, 11, 9))
    assert [(m.start, m.end, m.precision) for m in mentions] == [(dt.date(2012, 10, 1), dt.date(2012, 12, 31), "month")]
    mentions = find_dates("Im ersten Halbjahr 2024 sank die Zahl.", dt.date(2024, 9, 1))
    assert [(m.start, m.end) for m in mentions] == [(dt.date(2024, 1, 1), dt.date(2024, 6, 30))]


def test_a_closing_reporting_clause_places_the_statement():
    text = "Die Führung in Kiew solle die Soldaten gehen lassen, sagte Putin am Dienstag bei einem Besuch in Budapest."
    said, _ = only(text, published=FEB19)
    assert (said["category"], said["place"], str(said["start"].date())) == ("statement", "Budapest", "2015-02-17")


def test_the_day_a_thing_was_planned_for_is_not_the_event_day():
    text = ("Putin sprach am Dienstag in Sotschi. Außenminister Sergej Lawrow sagte noch am Abend seine für Mittwoch "
            "geplante Reise in die Türkei ab.")
    events = draft_from_text(text, dt.date(2015, 11, 25)).events
    cancelled = events[events["actors"].fillna("").str.contains("Sergey Lavrov")]
    assert [str(d.date()) for d in cancelled["start"]] == ["2015-11-24"]


def test_a_member_named_by_its_label_is_no_accession():
    text = ("Der Abschuss eines russischen Kampfflugzeugs am Dienstag hat die Spannungen zwischen Moskau und dem "
            "NATO-Mitglied Türkei verschärft.")
    assert "alliance" not in set(draft_from_text(text, dt.date(2015, 11, 25)).events["category"])
    assert only("Finnland ist seit Dienstag NATO-Mitglied.", published=dt.date(2023, 4, 5))[0]["category"] == "alliance"


# Hundred-and-eighteenth round: from the held-out reports of round 117 (putin_muenchner_rede_2007,
# medwedew_amtseinfuehrung_2008, bolotnaja_proteste_2011, krimbruecke_eroeffnung_2018, georgien_rosenrevolution_2003).


def test_an_opening_reporting_clause_dates_the_report_not_the_event():
    text = ("Wie das chinesische Außenministerium am Donnerstag in Peking mitteilte, wird der russische Präsident "
            "China vom 23. bis 24. Mai einen offiziellen Besuch abstatten.")
    trip, provenance = only(text, published=dt.date(2008, 5, 8))
    assert (trip["category"], str(trip["start"].date())) == ("visit", "2008-05-23")
    assert "„Donnerstag“ datiert die Meldung" in " ".join(n.text("de") for n in provenance.notes)



def test_a_clock_time_names_no_place():
    text = ("Putin eröffnete am Dienstag in Kertsch die Brücke. Für den Verkehr wurde sie am Mittwochmorgen "
            "freigegeben: Um 5.30 Uhr Moskauer Zeit fuhren die ersten Privatwagen über die Meerenge.")
    events = draft_from_text(text, dt.date(2018, 5, 16)).events
    assert "Moscow" not in set(events["place"])
