"""Drafting rules that came from the held-out reports, rounds 127 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _119 and _122; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.cues import best_category
from lagebild.extract.dates import find_dates
from lagebild.extract.relative_clauses import with_antecedent
from lagebild.extract.tense import tense_at
from tests.drafting import only

# Hundred-and-twenty-seventh round: from the held-out reports of round 126 (tusla_konflikt_2003, putin_wahlsieg_2000,
# pristina_flughafen_1999, transnistrien_waffenstillstand_1992, kutschma_tonbaender_2000).
OCT24_2003, JUN14_1999, JUL23_1992, DEC01_2000 = (dt.date(2003, 10, 24), dt.date(1999, 6, 14), dt.date(1992, 7, 23),
                                                  dt.date(2000, 12, 1))


def _dated(text: str, published: dt.date) -> list[tuple[dt.date, str]]:
    return [(m.start, m.precision) for m in find_dates(text, published)]


def test_a_week_of_a_month_is_that_week():
    # the weeks ISO counts for a month: the first holds its 4th day, the last its fourth-last day
    text = "Die Versammlung kommt in der letzten Januarwoche in Straßburg zu ihrer Wintersitzung zusammen."
    assert _dated(text, DEC01_2000) == [(dt.date(2001, 1, 22), "week")]
    text = "In der ersten Oktoberwoche durchbrachen ihre Einheiten die Front bei Dudtschany."
    assert _dated(text, dt.date(2022, 11, 10)) == [(dt.date(2022, 10, 3), "week")]
    assert _dated("In der zweiten Oktoberwoche wurde verhandelt.", dt.date(2022, 11, 10)) == [(dt.date(2022, 10, 10),
                                                                                              "week")]


def test_last_as_an_adjective_does_not_make_the_past():
    # "letzten" is not a verb in the past: the meeting in the present tense lies ahead
    text = "Die Versammlung des Europarats kommt in der letzten Januarwoche in Straßburg zu ihrer Sitzung zusammen."
    met, _ = only(text, published=DEC01_2000)
    assert (met["category"], met["start"].date()) == ("meeting", dt.date(2001, 1, 22))


def test_the_end_of_the_month_is_its_last_week():
    text = "Die ersten Bataillone sollen noch vor Monatsende in die Region Transnistrien verlegt werden."
    assert _dated(text, JUL23_1992) == [(dt.date(1992, 7, 27), "week")]


def test_forces_reinforced_or_sent_and_a_front_pushed_back_are_military():
    assert best_category("Seit dem 10. Oktober hat die Ukraine ihre Grenztruppen auf der Insel verstärkt.")[0] == \
        "military"
    assert best_category("Am Montag schickte Kiew zusätzlich 14 Patrouillenboote in das Gebiet.")[0] == "military"
    assert best_category("Die ukrainische Armee drängt die Besatzer im Süden seit Ende August zurück.")[0] == \
        "military"
    assert best_category("Scholz drängt Kiew zur Zurückhaltung.")[0] == "statement"  # urging stays a statement


def test_a_clause_after_a_preposition_dates_the_noun_before_it():
    text = ("Nato-Generalsekretär Javier Solana ließ am Donnerstag die Luftangriffe aussetzen, mit denen das Bündnis "
            "am 24. März begonnen hatte.")
    begin = text.index(", mit denen")
    assert with_antecedent(text, begin, len(text) - 1).startswith("die Luftangriffe aussetzen, mit denen")
    assert with_antecedent(text, 0, 6) == "Nato-G"  # no preposition: the clause alone
    text += " Noch am selben Tag verabschiedete der UN-Sicherheitsrat in New York die Resolution 1244."
    events = draft_from_text(text, JUN14_1999).events
    assert dt.date(1999, 3, 24) in {d.date() for d in events["start"]}  # the strikes began then, an event of its own
    adopted = events[events["place"] == "New York City"].iloc[0]
    assert adopted["start"].date() == dt.date(1999, 6, 10)  # the same day as the main clause, not the clause's


def test_a_resolution_adopted_is_a_statement():
    text = "Noch am selben Tag verabschiedete der UN-Sicherheitsrat in New York die Resolution 1244."
    assert best_category(text)[0] == "statement"
    assert best_category("Der Sicherheitsrat berät am Montag über eine Resolution.")[0] == "meeting"


def test_a_deployment_approved_is_a_statement():
    text = "In Bonn hatte der Bundestag am Freitag die Entsendung von bis zu 8500 Soldaten in den Kosovo gebilligt."
    assert best_category(text)[0] == "statement"
    assert best_category("Die Entsendung von 8500 Soldaten in den Kosovo begann am Freitag.")[0] == "military"


def test_fighting_long_before_the_news_is_no_event():
    text = "Nach monatelangen Kämpfen am Dnjestr gibt es für Transnistrien erstmals eine Chance auf Frieden."
    assert best_category(text) is None
    assert best_category("Am Dnjestr gab es am Montag schwere Kämpfe.")[0] == "military"


# Hundred-and-twenty-eighth round: from the held-out reports of round 127 (tulpenrevolution_kirgistan_2005,
# moskau_wohnhaus_anschlaege_1999, juschtschenko_vergiftung_2004, georgien_spionageaffaere_2006,
# jelzin_wiederwahl_1996).
OCT04_2006, DEC13_2004, SEP14_1999, JUL05_1996 = (dt.date(2006, 10, 4), dt.date(2004, 12, 13), dt.date(1999, 9, 14),
                                                  dt.date(1996, 7, 5))


def test_before_with_a_past_verb_tells_the_past():
    text = "Verkündet hatte Moskau die Blockade bereits am Montag – nur Stunden bevor die Behörden sie freigaben."
    assert tense_at(text, text.index("Montag")) == "past"
    assert _dated(text, OCT04_2006) == [(dt.date(2006, 10, 2), "day")]
    text = "Moskau will die Blockade am Montag verhängen, bevor die Behörden die Militärs freigeben."
    assert tense_at(text, text.index("Montag")) == "future"


def test_a_long_arrest_without_an_attribution_is_military():
    text = ("Am 27. September nahmen georgische Sicherheitskräfte in Tiflis und in der Schwarzmeerstadt Batumi vier "
            "russische Offiziere fest.")
    assert best_category(text)[0] == "military"
    text = ("Die Polizei hielt sich zurück, nahm nach Angaben der Opposition aber am Rande des Platzes mehrere "
            "Aktivisten fest.")
    assert best_category(text) is None  # a long one with an attribution: not counted


def test_a_day_told_in_the_present_far_ahead_is_the_past_one():
    text = "Im Mittelpunkt der Spekulationen steht ein Abendessen am 5. September."
    assert _dated(text, DEC13_2004) == [(dt.date(2004, 9, 5), "day")]
    assert _dated("Die Wahl wird am 5. September wiederholt.", DEC13_2004) == [(dt.date(2005, 9, 5), "day")]
    assert _dated("Die Konferenz beginnt am 5. Januar.", DEC13_2004) == [(dt.date(2005, 1, 5), "day")]


def test_admitted_to_hospital_and_a_supplier_are_no_aid():
    assert best_category("Am 10. September wurde Juschtschenko in das Rudolfinerhaus eingeliefert.") is None
    assert best_category("Russland ist der wichtigste Verbündete und Energielieferant des Nachbarlandes.") is None
    assert best_category("Am Montag lieferten die USA weitere Munition.")[0] == "aid"


def test_days_counted_from_a_day_of_the_same_sentence_and_from_the_vote():
    text = ("Nach der Stichwahl vom 21. November hatte die Wahlkommission drei Tage später Janukowitsch zum Sieger "
            "erklärt. Opposition und Beobachter sprachen von Fälschungen. Bereits am Tag nach der Abstimmung "
            "begannen in Kiew die Proteste.")
    starts = sorted(d.date() for d in draft_from_text(text, DEC13_2004).events["start"])
    assert dt.date(2004, 11, 22) in starts  # the day after the vote, not after the declaration three days later
    text = ("Nach der Stichwahl vom 21. November hatte die Wahlkommission drei Tage später Janukowitsch zum Sieger "
            "erklärt. Am Tag darauf begannen in Kiew die Proteste.")
    assert dt.date(2004, 11, 25) in {d.date() for d in draft_from_text(text, DEC13_2004).events["start"]}


def test_leaving_a_summit_early_is_a_trip_where_it_was():
    text = ("Regierungschef Wladimir Putin verließ gestern vorzeitig den Gipfel im neuseeländischen Auckland, um nach "
            "Moskau zurückzukehren.")
    left, _ = only(text, published=SEP14_1999)
    assert (left["category"], left["place"]) == ("visit", "Auckland")


def test_a_weekday_some_days_back():
    text = "Den Auftakt der Serie hatte am Samstag vor zehn Tagen ein Anschlag in Buinaksk gebildet."
    assert _dated(text, SEP14_1999) == [(dt.date(1999, 9, 4), "day")]


def test_what_was_agreed_or_demanded_comes_later():
    text = ("Am 10. Juni hatten Unterhändler Moskaus und der Separatisten im inguschischen Nasran vereinbart, dass die "
            "russischen Truppen bis Ende August abgezogen werden.")
    assert best_category(text)[0] == "meeting"
    text = "Die Regierung hatte vereinbart, dass die Truppen bis Ende August abgezogen werden."
    assert best_category(text)[0] == "statement"
    text = ("In New York brachte Russlands UN-Botschafter am Dienstag einen Resolutionsentwurf in den Sicherheitsrat "
            "ein; darin wird verlangt, dass Tiflis seine Truppen aus dem Kodori-Tal abzieht.")
    assert best_category(text)[0] == "statement"


def test_the_german_government_sat_in_bonn_before_1999():
    text = "Bundeskanzler Helmut Kohl gratulierte Jelzin gestern zu seinem Sieg."
    assert only(text, published=JUL05_1996)[0]["place"] == "Bonn"
    assert only("Der Bundeskanzler gratulierte gestern.", published=dt.date(2005, 9, 20))[0]["place"] == "Berlin"


def test_a_body_addressed_is_no_place_of_the_speaker():
    text = ("Außenminister Sergej Lawrow legte gestern in Moskau nach: Man dürfe nicht auf Kosten Russlands leben, "
            "sagte er an die Adresse der Regierung in Tiflis.")
    assert only(text, published=OCT04_2006)[0]["place"] == "Moscow"


def test_people_handed_over_are_no_aid():
    text = "In Tiflis übergaben sie die vier Männer am späten Nachmittag dem OSZE-Vorsitzenden."
    assert best_category(text) is None
    assert best_category("In Tiflis übergaben sie die Hilfsgüter dem Roten Kreuz.")[0] == "aid"


def test_supreme_courts_mayor_and_places_of_the_nineties():
    text = "Am 3. Dezember erklärte das Oberste Gericht der Ukraine das Ergebnis der Stichwahl für ungültig."
    assert "Supreme Court of Ukraine" in only(text, published=DEC13_2004)[0]["actors"]
    text = ("Bereits am 31. August hatte eine Bombe im Einkaufszentrum Ochotny Rjad am Manegeplatz unweit des Kreml "
            "einen Menschen getötet.")
    bombing = only(text, published=SEP14_1999)[0]
    assert (bombing["category"], bombing["place"]) == ("military", "Manezh Square, Moscow")
    text = ("Die Stadtverwaltung kündigte an, die Überprüfungen fortzusetzen. NATO-Generalsekretär Jaap de Hoop "
            "Scheffer hatte am Freitag bei einem Treffen im slowenischen Portorož zur Mäßigung aufgerufen.")
    assert "Portorož" in set(draft_from_text(text, OCT04_2006).events["place"])
    mayor, _ = only("Bürgermeister Juri Luschkow erklärte gestern den Trauertag.", published=SEP14_1999)
    assert "Yury Luzhkov" in mayor["actors"]
