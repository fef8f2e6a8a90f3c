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
