"""Drafting rules that came from the held-out reports, rounds 45 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, _11_13, _14_16, _17_20, _21_24, _25_28, _29_32, _33_36, _37_40
and _41_44; each round's block names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from tests.drafting import only

# Forty-fifth round: from the forty-fourth round's held-out reports (eu_munition_million, nord_stream_spuren,
# transnistrien_appell, kirchenverbot).
MAR21, MAR09, FEB29, AUG21 = dt.date(2023, 3, 21), dt.date(2023, 3, 9), dt.date(2024, 2, 29), dt.date(2024, 8, 21)


def test_waiting_whether_someone_takes_up_a_topic_is_no_visitor_expected():
    text = ("Mit Spannung wird erwartet, ob Kremlchef Wladimir Putin das Thema aufgreift: Er will an diesem "
            "Donnerstagmittag in Moskau seine Rede an die Föderalversammlung halten.")
    speech, _ = only(text, published=FEB29)
    assert (speech["category"], str(speech["start"].date())) == ("statement", "2024-02-29")


def test_a_call_for_help_is_no_aid():
    text = "Begründet wird der Hilferuf aus Tiraspol vom Mittwoch mit wirtschaftlichem Druck."
    assert "aid" not in set(draft_from_text(text, FEB29).events["category"])


def test_a_newspaper_report_a_celebration_and_a_first_push_are_statements():
    texts = {
        "Die „New York Times“ berichtete vorgestern in New York, eine proukrainische Gruppe stecke dahinter.": MAR09,
        "Zum Ende der Woche, am Samstag, feiert die Ukraine in Kiew ihre Unabhängigkeit.": AUG21,
        "Den Anstoß für den gemeinsamen Einkauf hatte Estland bereits im Februar in Tallinn gegeben.": MAR21,
    }
    for text, published in texts.items():
        event, _ = only(text, published=published)
        assert event["category"] == "statement", text
    report, _ = only(next(iter(texts)), published=MAR09)
    assert "The New York Times" in report["actors"].split(";")


def test_a_search_by_investigators_is_military_and_the_island_of_the_blasts_is_known():
    text = "Ermittler hatten vom 18. bis 20. Januar in Rostock ein Schiff durchsucht."
    search, _ = only(text, published=MAR09)
    assert search["category"] == "military"
    blast, _ = only("Die ersten Sprengsätze detonierten am 26. September nahe der Insel Bornholm.", published=MAR09)
    assert blast["place"] == "Bornholm"


def test_advisers_and_church_officials_are_actors():
    text = "Präsidentenberater Mychajlo Podoljak wies noch am Dienstag jede Beteiligung der Ukraine zurück."
    denial, _ = only(text, published=MAR09)
    assert (denial["place"], denial["actors"].split(";")[0]) == ("Kyiv", "Mykhailo Podolyak")
    text = "In der Nacht zu Mittwoch verurteilte auch Nikolai Balaschow, ein Berater des Patriarchen, das Gesetz."
    condemned, _ = only(text, published=AUG21)
    assert condemned["place"] == "Moscow"


def test_a_night_named_after_a_comma_opens_another_event():
    text = ("Am Samstag reiste Putin zum Jahrestag der Annexion auf die Krim, in der Nacht zum Sonntag besuchte er "
            "überraschend das besetzte Mariupol.")
    places = sorted(draft_from_text(text, MAR21).events["place"])
    assert places == ["Crimea", "Mariupol"]


# Forty-sixth round: from the forty-fifth round's held-out reports (iwanow_verhaftung, selenskyj_madrid,
# kurachowe_fall, ramstein_januar).
MAY28, APR25, JAN07, JAN10 = dt.date(2024, 5, 28), dt.date(2024, 4, 25), dt.date(2025, 1, 7), dt.date(2025, 1, 10)


def test_the_guest_from_a_city_is_not_received_there_and_the_king_and_prime_minister_are_known():
    text = "Gestern empfing König Felipe VI. den Gast aus Kiew."
    received, _ = only(text, published=MAY28)
    assert (received["place"], received["actors"].split(";")[0]) == ("Madrid", "Felipe VI")
    text = "Sánchez selbst war zuletzt Anfang Juli vergangenen Jahres in Kiew gewesen."
    visit, _ = only(text, published=MAY28)
    assert visit["actors"] == "Pedro Sánchez"


def test_a_day_since_the_start_of_an_offensive_or_of_an_attack_named_lies_in_the_past():
    text = "Die Region Charkiw steht seit Beginn einer russischen Bodenoffensive am 10. Mai unter besonderem Druck."
    offensive, _ = only(text, published=MAY28, category="military")
    assert str(offensive["start"].date()) == "2024-05-10"
    text = "Überschattet wird die Reise vom russischen Angriff auf Charkiw am Samstag."
    attack, _ = only(text, published=MAY28)
    assert str(attack["start"].date()) == "2024-05-25"


def test_advocating_a_conference_is_no_recruiting():
    text = "Zugleich wirbt der Präsident in Madrid für die Friedenskonferenz in der Schweiz, die am 15. Juni beginnt."
    assert "recruitment" not in set(draft_from_text(text, MAY28).events["category"])


def test_chairing_is_a_meeting_and_comments_doubts_and_orders_are_statements():
    text = "Lloyd Austin hat gestern auf dem Luftwaffenstützpunkt Ramstein die Ukraine-Kontaktgruppe geleitet."
    chaired, _ = only(text, published=JAN10)
    assert chaired["category"] == "meeting"
    texts = {
        "Andrij Jermak kommentierte die Lage am Sonntag in Kiew knapp.": JAN07,
        "Gestern ordnete ein Bezirksgericht in Moskau zwei Monate Untersuchungshaft an.": APR25,
        "Trump hat am Montag in Washington Zweifel an der bisherigen Hilfe für Kiew geäußert.": JAN07,
    }
    for text, published in texts.items():
        event, _ = only(text, published=published)
        assert event["category"] == "statement", text
