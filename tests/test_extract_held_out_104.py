"""Drafting rules that came from the held-out reports, rounds 104-109: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _86_94 and _95, later ones in _110; each round's block
names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lagebild.extract import draft_from_text
from lagebild.extract.tense import tense_for
from tests.drafting import only

ARTICLES = Path(__file__).parent / "data" / "articles"

# Hundred-and-fourth round: from the held-out reports of round 103 (bulgarien_diplomaten_ausweisung_2022,
# slowakei_s300_2022, daenemark_referendum_verteidigung_2022, belarus_bahnpartisanen_2022,
# tokajew_petersburg_forum_2022).


def test_a_reference_event_after_nach_dates_from_it_not_on_it():
    text = ("Bereits Ende Februar, kurz nach Beginn der russischen Invasion, hatte die Slowakei Munition und "
            "Treibstoff an die Ukraine geliefert.")
    events = draft_from_text(text, dt.date(2022, 4, 9)).events
    delivered = events[events["category"] == "aid"]
    assert [(str(d.date()), p) for d, p in zip(delivered["start"], delivered["date_precision"], strict=True)] == [
        ("2022-02-01", "month")]  # not the invasion's day, and not the war


def test_the_invaded_country_recalled_is_not_the_scene_of_the_sentence():
    text = ("Schweden hatte im Mai 2022 gemeinsam mit Finnland die Aufnahme beantragt, rund drei Monate nach dem "
            "russischen Überfall auf die Ukraine im Februar 2022.")
    events = draft_from_text(text, dt.date(2024, 3, 7)).events
    applied = events[events["category"] == "alliance"]
    assert list(applied["country"]) == ["SE"]  # not Ukraine


def test_the_war_recalled_in_a_clause_is_not_the_kind_of_the_sentence():
    text = ("Frederiksen hatte die Abstimmung am 6. März angekündigt, knapp zwei Wochen nach dem russischen Einmarsch "
            "in die Ukraine am 24. Februar.")
    events = draft_from_text(text, dt.date(2022, 6, 2)).events
    announced = events[events["start"] == "2022-03-06"]
    assert [(c, p) for c, p in zip(announced["category"], announced["country"], strict=True)] == [("statement", "DK")]


def test_a_fire_set_on_a_railway_line_is_a_military_event():
    text = "In der Nacht zu Sonntag brannte ein Relaisschrank an der Bahnstrecke bei Ossipowitschi."
    burned, _ = only(text, published=dt.date(2022, 3, 31))
    assert (burned["category"], str(burned["start"].date())) == ("military", "2022-03-27")


def test_faulting_something_is_a_statement():
    text = "Staatspräsident Rumen Radev bemängelte am Mittwoch in Sofia den Schritt der Regierung."
    faulted, _ = only(text, published=dt.date(2022, 6, 30))
    assert faulted["category"] == "statement"


def test_a_consultation_that_should_have_happened_is_no_meeting():
    text = ("Präsident Radev bemängelte am Mittwoch in Sofia, eine so weitreichende Entscheidung hätte mit ihm "
            "abgestimmt werden müssen.")
    assert set(draft_from_text(text, dt.date(2022, 6, 30)).events["category"]) == {"statement"}


def test_a_place_compared_with_is_not_the_scene():
    text = ("Künftig darf die russische Botschaft laut Regierung nicht mehr Personal beschäftigen als die bulgarische "
            "Botschaft in Moskau. Die russische Botschafterin reagierte am Dienstagabend in einer Erklärung scharf.")
    assert "Moscow" not in set(draft_from_text(text, dt.date(2022, 6, 29)).events["place"])


def test_what_an_alliance_expects_of_its_members_is_no_visit():
    text = "Die Ausgaben sollen zwei Prozent erreichen, wie es die NATO von ihren Mitgliedern erwartet."
    assert "visit" not in set(draft_from_text(text, dt.date(2022, 6, 2)).events["category"])


def test_troops_crossing_the_border_on_the_invasion_day_are_the_war():
    text = ("Statt abzuziehen, überquerten viele von ihnen am 24. Februar 2022 bei Tschernobyl die Grenze und rückten "
            "auf Kiew vor.")
    crossed, _ = only(text, published=dt.date(2022, 3, 31))
    assert (crossed["category"], str(crossed["start"].date())) == ("war", "2022-02-24")


# Hundred-and-fifth round: from the held-out reports of round 104 (dagestan_mobilisierung_proteste_2022,
# estland_narva_panzer_2022, litauen_bayraktar_spende_2022, odessa_hafen_angriff_2022,
# wagner_gefaengnis_rekrutierung_2022).


def test_a_person_speaks_from_the_seat_of_the_office_held_then():
    text = "Ministerpräsidentin Kaja Kallas begründete den Schritt gestern mit der Sicherheitslage."
    before, _ = only(text, published=dt.date(2022, 8, 17))
    after, _ = only(text, published=dt.date(2025, 3, 5))
    assert (before["place"], after["place"]) == ("Tallinn", "Brussels")  # Estonia's prime minister, then the EU's


def test_the_nato_secretary_general_rutte_speaks_from_brussels():
    text = "Mark Rutte forderte am Montag mehr Ausgaben für die Verteidigung."
    before, _ = only(text, published=dt.date(2023, 2, 14))
    after, _ = only(text, published=dt.date(2025, 2, 11))
    assert (before["place"], after["place"]) == ("The Hague", "Brussels")


def test_a_tank_monument_taken_down_is_no_arms_delivery():
    text = "Die estnischen Behörden haben am Dienstag das umstrittene Panzerdenkmal bei Narva abgebaut."
    assert "aid" not in set(draft_from_text(text, dt.date(2022, 8, 17)).events["category"])


def test_observers_reckoning_with_something_expect_it():
    text = "Beobachter in Moskau rechnen damit, dass der Kreml die Gebiete noch in dieser Woche annektiert."
    annexed, _ = only(text, published=dt.date(2022, 9, 26))
    assert annexed["status"] == "expected"


def test_agreements_signed_are_an_alliance_event():
    text = "Am Freitag hatten Vertreter beider Staaten in Istanbul getrennte Vereinbarungen unterzeichnet."
    signed, _ = only(text, published=dt.date(2022, 7, 24))
    assert signed["category"] == "alliance"


def test_an_attack_admitted_is_a_statement():
    text = "Heute räumte das russische Verteidigungsministerium in Moskau den Beschuss dann doch ein."
    admitted, _ = only(text, published=dt.date(2022, 7, 24))
    assert admitted["category"] == "statement"


def test_a_fundraiser_for_arms_is_aid():
    text = "In Polen hat der Publizist Sławomir Sierakowski Anfang der Woche eine ähnliche Sammlung gestartet."
    collected, _ = only(text, published=dt.date(2022, 6, 3))
    assert collected["category"] == "aid"


def test_what_is_said_in_a_recording_is_no_accession():
    text = ("Am Mittwoch warb Prigoschin in einer Strafkolonie für den Kampfeinsatz in der Ukraine. „Niemand kehrt "
            "hinter Gitter zurück“, sagt er in der Aufnahme.")
    assert "alliance" not in set(draft_from_text(text, dt.date(2022, 9, 16)).events["category"])


# Hundred-and-sixth round: from the held-out reports of round 105 (iran_drohnen_eingestaendnis_2022,
# leopard1_freigabe_2023, moldau_stromausfall_2022, norwegen_drohnen_festnahmen_2022, ungarn_veto_eu_hilfe_2022).


def test_a_small_town_in_a_neighbour_of_the_theatre_is_a_place():
    text = "Am Dienstag nahm die Polizei in Tromsø einen Russen fest."
    arrested, _ = only(text, published=dt.date(2022, 10, 20))
    assert (arrested["place"], arrested["country"]) == ("Tromsø", "NO")


def test_according_to_the_authorities_people_came_is_no_visit():
    text = ("Am Montag schlugen mehrere Drohnen im Zentrum von Kiew ein. Nach Behördenangaben kamen mindestens vier "
            "Menschen ums Leben.")
    assert "visit" not in set(draft_from_text(text, dt.date(2022, 10, 18)).events["category"])


def test_said_after_the_session_is_the_day_of_the_session():
    text = (ARTICLES / "ungarn_veto_eu_hilfe_2022.txt").read_text(encoding="utf-8")
    draft = draft_from_text(text, dt.date(2022, 12, 7))
    said = [str(start.date()) for start, provenance in zip(draft.events["start"], draft.provenance, strict=True)
            if any("nach der Sitzung" in span.text for span in provenance.sentences)]
    assert said == ["2022-12-06"]  # the Tuesday of the session, not Orbán's Monday named after it


def test_a_perfect_with_a_separable_adjective_is_past():
    text = "Russische Raketenangriffe haben am Mittwoch auch im Nachbarland Moldau weite Teile des Landes lahmgelegt."
    assert tense_for(text, text.index("Mittwoch")) == "past"


# Hundred-and-seventh round: from the held-out reports of round 106 (gerschkowitsch_festnahme_2023,
# kara_mursa_urteil_2023, nawalny_urteil_2023, polen_raketenfund_bydgoszcz_2023, schweden_koranverbrennung_2023).


def test_a_city_court_named_by_its_city_sits_there():
    text = ("Richter Sergej Podoprigorow vom Moskauer Stadtgericht sprach den 41-Jährigen am Montag des Hochverrats "
            "und der Verbreitung von Falschinformationen schuldig.")
    verdict, _ = only(text, published=dt.date(2023, 4, 18))
    assert (verdict["place"], verdict["geo_precision"]) == ("Moscow", "city")


def test_a_year_opening_a_sentence_dates_it():
    text = "Im Jahr 1986 hatte der sowjetische Geheimdienst KGB einen US-Korrespondenten in Moskau festgenommen."
    held, _ = only(text, published=dt.date(2023, 3, 31))
    assert (str(held["start"].date()), held["date_precision"]) == ("1986-01-01", "year")


def test_the_country_of_the_war_named_is_not_the_scene():
    text = ("Schweden und Finnland hatten im Mai vergangenen Jahres unter dem Eindruck des russischen Angriffs auf die "
            "Ukraine die Mitgliedschaft beantragt.")
    applied, _ = only(text, published=dt.date(2023, 1, 25))
    assert applied["country"] != "UA"


# Hundred-and-eighth round: from the held-out reports of round 107 (aserbaidschan_gas_eu_2022,
# estland_lettland_botschafter_2023, georgien_direktfluege_2023, russland_ctbt_ruecknahme_2023,
# schweiz_leopard_rueckverkauf_2023).


def test_a_law_forbidding_deliveries_is_no_delivery():
    text = ("Das Schweizer Neutralitätsrecht und das Kriegsmaterialgesetz verbieten es, Rüstungsgüter an eine "
            "Kriegspartei weiterzugeben.")
    assert "aid" not in set(draft_from_text(text, dt.date(2023, 11, 23)).events["category"])


def test_a_plane_landing_from_a_city_lands_at_the_other():
    text = ("Am Freitagvormittag landete eine Maschine der Fluggesellschaft Azimuth aus Moskau-Wnukowo auf dem "
            "internationalen Flughafen von Tiflis.")
    landed, _ = only(text, published=dt.date(2023, 5, 20))
    assert landed["place"] == "Tbilisi"  # not Moscow, where it came from


def test_circles_of_a_parliament_are_no_town():
    text = "Nach Angaben aus Duma-Kreisen soll der Föderationsrat am kommenden Mittwoch in Moskau darüber abstimmen."
    places = set(draft_from_text(text, dt.date(2023, 10, 19)).events["country"])
    assert "SY" not in places  # Douma in Syria


# Hundred-and-ninth round: from the held-out reports of round 108 (finnland_grenzzaun_2023, kanada_nasams_kauf_2023,
# polen_abrams_kauf_2023, russland_facebook_sperre_2022, uk_interflex_ausbildung_2022).


def test_the_attack_on_the_neighbouring_country_recalled_is_the_war():
    text = ("Seit dem russischen Angriff auf das Nachbarland am 24. Februar 2022 hat Polen mehr als 200 Kampfpanzer "
            "an Kiew abgegeben.")
    events = draft_from_text(text, dt.date(2023, 1, 5)).events
    invasion = events[events["start"] == "2022-02-24"]
    assert list(zip(invasion["category"], invasion["country"], strict=True)) == [("war", "UA")]


def test_a_tank_deal_is_no_delivery():
    text = "Der Vertrag ist nicht das erste große Panzergeschäft Polens seit Kriegsbeginn."
    assert "aid" not in set(draft_from_text(text, dt.date(2023, 1, 5)).events["category"])
