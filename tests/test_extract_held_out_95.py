"""Drafting rules that came from the held-out reports, rounds 95–103: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _74_84 and _86_94, later ones in _104; each round's block names
the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.tense import tense_for
from tests.drafting import only

# Ninety-fifth round: from the held-out reports of round 94 (kasachstan_unruhen_2022, belarus_proteste_2020,
# saporischschja_evakuierung_2023, europarat_ausschluss_2022, marder_bradley_zusage).


def test_an_expulsion_from_a_membership_is_an_alliance_event():
    text = "Das Ministerkomitee des Europarats beschloss gestern in Straßburg den sofortigen Ausschluss Russlands."
    expelled, _ = only(text, published=dt.date(2022, 3, 17))
    assert (expelled["category"], str(expelled["start"].date())) == ("alliance", "2022-03-16")


def test_the_day_guests_are_invited_for_lies_ahead():
    text = "Austin hat seine Amtskollegen für den 20. Januar nach Ramstein eingeladen."
    assert tense_for(text, text.index("20. Januar")) == "future"  # the invitation is past, the meeting to come


def test_colleagues_invited_to_a_place_are_a_meeting_there():
    text = ("US-Verteidigungsminister Lloyd Austin hat seine Amtskollegen aus rund 50 Staaten für den 20. Januar "
            "auf den US-Luftwaffenstützpunkt Ramstein eingeladen.")
    meeting, _ = only(text, published=dt.date(2023, 1, 6))
    assert (meeting["category"], str(meeting["start"].date()), meeting["place"]) == (
        "meeting", "2023-01-20", "Ramstein Air Base")


def test_questioning_is_a_statement():
    text = ("US-Außenminister Antony Blinken stellte am Freitag in Washington infrage, warum Kasachstan überhaupt "
            "ausländische Truppen benötige.")
    questioned, _ = only(text, published=dt.date(2022, 1, 10))
    assert questioned["category"] == "statement"  # not the troops (military)


# Ninety-sixth round: from the held-out reports of round 95 (bergkarabach_offensive_2023, g20_bali_2022,
# moldau_gas_gazprom_2022, norwegen_gasrekord_2022, polen_k2_panzer_2022).


def test_a_day_after_an_event_only_dates():
    text = ("Nur einen Tag nach den Explosionen, am 27. September, war im polnischen Goleniów die Baltic Pipe eröffnet "
            "worden.")
    assert "military" not in set(draft_from_text(text, dt.date(2022, 12, 28)).events["category"])  # no explosion


def test_nusa_dua_is_on_bali():
    text = "Biden und Xi Jinping kamen am Montag in Nusa Dua zu ihrem ersten persönlichen Treffen zusammen."
    met, _ = only(text, published=dt.date(2022, 11, 16))
    assert (met["place"], met["country"]) == ("Nusa Dua", "ID")  # not Biden's seat in Washington


def test_flying_according_to_a_source_is_no_trip():
    text = ("Am 10. Oktober flogen nach Angaben des Verteidigungsministeriums in Chișinău drei russische "
            "Marschflugkörper durch den Luftraum der Republik.")
    assert "visit" not in set(draft_from_text(text, dt.date(2022, 10, 25)).events["category"])


# Ninety-seventh round: from the held-out reports of round 96 (armenien_icc_beitritt_2023, caesar_haubitzen_frankreich,
# estland_russische_kirche_2024, schweiz_munition_weitergabe_2023, tuerkei_getreide_schiffe_2023).


def test_what_was_pledged_so_far_does_not_make_a_demand_aid():
    text = ("Präsidentenberater Mychajlo Podoljak forderte am Montag in Kiew vom Westen 1000 Haubitzen – ein "
            "Vielfaches dessen, was bisher zugesagt ist.")
    demand, _ = only(text, published=dt.date(2022, 6, 17))
    assert (demand["category"], str(demand["start"].date())) == ("statement", "2022-06-13")


def test_canjuers_is_a_training_area_in_france():
    text = ("Im Mai wurden ukrainische Soldaten auf dem Truppenübungsplatz Canjuers im Département Var an der Caesar "
            "geschult.")
    trained, _ = only(text, published=dt.date(2022, 6, 17))
    assert (trained["place"], trained["country"]) == ("Canjuers", "FR")  # not Ukraine


# Ninety-eighth round: from the held-out reports of round 97 (grossbritannien_nlaw_januar_2022,
# island_botschaft_moskau_2023, japan_kishida_sanktionen_2022, lettland_russischer_tv_sender_2022,
# serbien_sanktionen_vucic_2022).


def _war_days(text: str, published: dt.date) -> set[str]:
    events = draft_from_text(text, published).events
    return {str(day.date()) for day in events.loc[events["category"] == "war", "start"]}


def test_the_attack_on_ukraine_named_before_its_day_is_the_war_in_the_past():
    text = ("Seit dem russischen Angriff auf die Ukraine am 24. Februar steht Belgrad unter Druck, sich den "
            "Sanktionen der EU anzuschließen.")
    assert _war_days(text, dt.date(2022, 10, 6)) == {"2022-02-24"}  # not the coming 24 February


def test_the_war_against_ukraine_named_before_its_day_is_recalled():
    text = ("Der Sender hatte Anfang März seinen Betrieb eingestellt – wenige Tage nach dem Beginn des Angriffskriegs "
            "gegen die Ukraine am 24. Februar 2022.")
    assert _war_days(text, dt.date(2022, 12, 8)) == {"2022-02-24"}


def test_the_invasion_recalled_without_a_day_keeps_its_own_day():
    text = ("Japan hat seine Strafmaßnahmen gegen Russland nach dem Einmarsch in die Ukraine deutlich verschärft. "
            "Ministerpräsident Fumio Kishida kündigte am Sonntag in Tokio an, Putins Vermögen einzufrieren.")
    assert _war_days(text, dt.date(2022, 3, 2)) == {"2022-02-24"}  # not Sunday's date


def test_an_expulsion_from_the_council_of_europe_is_an_alliance_event_at_its_seat():
    text = "Russland war im März 2022 aus dem Europarat ausgeschlossen worden."
    expelled, _ = only(text, published=dt.date(2023, 6, 10))
    assert (expelled["category"], expelled["place"]) == ("alliance", "Strasbourg")  # not a stance, not in Russia
    assert "Council of Europe" in expelled["actors"].split(";")


def test_a_government_thanked_is_not_where_the_thanks_come_from():
    text = "Verteidigungsminister Olexij Resnikow bedankte sich am Dienstag bei der britischen Regierung."
    thanks, _ = only(text, published=dt.date(2022, 1, 19))
    assert thanks["place"] == "Kyiv"  # not London


def test_troops_arriving_are_a_troop_move_not_a_visit():
    text = "Seit Anfang der Woche treffen russische Einheiten in Belarus ein."
    arriving, _ = only(text, published=dt.date(2022, 1, 19))
    assert arriving["category"] == "military"


def test_soldiers_massed_are_a_troop_move():
    text = "Russland hat seit November rund 100.000 Soldaten in der Nähe der ukrainischen Grenze zusammengezogen."
    massed, _ = only(text, published=dt.date(2022, 1, 19))
    assert (massed["category"], str(massed["start"].date())) == ("military", "2021-11-01")


def test_an_als_clause_tells_an_event_of_its_own_on_the_land_taken():
    text = ("Als Russland im März 2014 die Krim annektierte, hatte sich Japan auf symbolische Maßnahmen beschränkt und "
            "Gespräche über Visaerleichterungen auf Eis gelegt.")
    events = draft_from_text(text, dt.date(2022, 3, 2)).events
    annexed = events[events["category"] == "military"]
    assert list(annexed["place"]) == ["Crimea"]  # not Russia, who took it
    assert set(events["start"].astype(str).str[:10]) == {"2014-03-01"}  # both events in that month


def test_what_followed_an_als_clause_takes_its_month():
    text = ("Als aserbaidschanische Truppen im September 2022 Stellungen in Armenien angriffen, bat Armenien die OVKS "
            "vergeblich um militärischen Beistand.")
    events = draft_from_text(text, dt.date(2023, 9, 4)).events
    asked = events[events["category"] == "statement"]
    assert list(asked["start"].astype(str).str[:10]) == ["2022-09-01"]  # the month of the attack, no day of its own


# Ninety-ninth round: from the held-out reports of round 98 (spanien_leopard_2023, australien_bushmaster_2022,
# riga_denkmal_abriss_2022, gazprom_lieferstopp_polen_bulgarien_2022, panzerhaubitze_2000_ankunft_2022).


def test_the_attack_recalled_on_the_invasion_day_is_the_war():
    text = "Seit dem russischen Angriff am 24. Februar 2022 hat Australien die Ukraine mehrfach unterstützt."
    events = draft_from_text(text, dt.date(2022, 4, 9)).events
    assert events[["category", "start"]].astype(str).values.tolist() == [["war", "2022-02-24"]]


# Hundredth round: from the held-out reports of round 99 (tschechien_pavel_wahl_2023, ungarn_orban_wahlsieg_2022,
# uefa_fifa_ausschluss_2022, mcdonalds_rueckzug_2022, eu_luftraum_sperrung_2022).


def test_a_month_in_a_clause_of_what_begins_then_lies_ahead():
    text = "Für Russland ist die Teilnahme an der WM in Katar, die im November beginnt, damit praktisch ausgeschlossen."
    assert tense_for(text, text.index("im November")) == "future"  # not last November


def test_competitions_are_no_fighting():
    text = "Das IOC empfahl gestern in Lausanne, keine Athleten aus Russland mehr zu Wettkämpfen zuzulassen."
    assert "military" not in set(draft_from_text(text, dt.date(2022, 3, 1)).events["category"])


_CLOSED = ("Bereits am 8. März, knapp zwei Wochen nach dem russischen Einmarsch in die Ukraine am 24. Februar 2022, "
           "hatte der Konzern angekündigt, seine Filialen in Russland vorübergehend zu schließen.")


def _announced_closure():
    events = draft_from_text(_CLOSED, dt.date(2022, 5, 17)).events
    return events[events["category"] == "statement"].iloc[0]


def test_the_place_of_the_war_recalled_is_not_the_sentences_place():
    assert _announced_closure()["place"] == "Russia"  # not Ukraine, where the war recalled is


def test_the_country_of_the_war_recalled_does_not_act_in_the_sentence():
    assert "Ukraine" not in str(_announced_closure()["actors"]).split(";")


def test_a_former_military_post_is_no_military_event():
    text = "Der frühere Generalstabschef Petr Pavel hat die Stichwahl um das Präsidentenamt am Samstag klar gewonnen."
    assert "military" not in set(draft_from_text(text, dt.date(2023, 1, 29)).events["category"])


# Hundred-and-first round: from the held-out reports of round 100 (abramowitsch_sanktionen_2022,
# polen_mig29_angebot_2022, russland_zahlungsausfall_2022, friedensnobelpreis_memorial_2022,
# unabhaengigkeitstag_tschaplyne_2022).


def test_breaking_away_after_a_colon_is_the_event():
    text = ("Der Angriff fiel auf den 31. Jahrestag der Unabhängigkeit: Am 24. August 1991 hatte sich die Ukraine "
            "von der Sowjetunion losgesagt.")
    events = draft_from_text(text, dt.date(2022, 8, 25)).events
    assert events[["category", "start"]].astype(str).values.tolist() == [["statement", "1991-08-24"]]  # no attack


def test_banning_is_a_statement():
    text = "Die Militärverwaltung in Kiew hatte am Montag alle Massenveranstaltungen verboten."
    banned, _ = only(text, published=dt.date(2022, 8, 25))
    assert (banned["category"], str(banned["start"].date())) == ("statement", "2022-08-22")


def test_prohibiting_is_a_statement():
    text = "Die Regierung in Kiew hat am Montag alle öffentlichen Feiern untersagt."
    banned, _ = only(text, published=dt.date(2022, 8, 25))
    assert banned["category"] == "statement"


_ON_THE_DAY = ("Am Tag des Angriffs kündigte Premierminister Boris Johnson an, die Vermögenswerte der Großbank VTB in "
               "Großbritannien einzufrieren.")


def test_the_day_of_the_attack_is_the_invasion_day():
    announced, _ = only(_ON_THE_DAY, published=dt.date(2022, 3, 11))
    assert str(announced["start"].date()) == "2022-02-24"  # not the day of the report


def test_the_day_of_the_attack_only_dates_what_was_said():
    events = draft_from_text(_ON_THE_DAY, dt.date(2022, 3, 11)).events
    assert list(events["category"]) == ["statement"]  # no military event


# Hundred-and-second round: from the held-out reports of round 101 (norwegen_spitzbergen_transit_2022,
# finnland_gasstopp_2022, kinschal_erster_einsatz_2022, schweden_gotland_verstaerkung_2022, bennett_moskau_2022).


def test_no_member_is_no_alliance_event():
    text = "Das Land ist kein Mitglied der NATO, arbeitet aber eng mit dem Bündnis zusammen."
    assert draft_from_text(text, dt.date(2022, 1, 15)).events.empty


def test_armour_rolling_through_a_town_is_a_troop_move_not_aid():
    text = "Am Donnerstag rollten auf Gotland Schützenpanzer vom Typ CV90 durch den Hafen."
    rolled, _ = only(text, published=dt.date(2022, 1, 15))
    assert rolled["category"] == "military"


def test_an_opening_reporting_clause_names_where_the_source_sits_not_the_strike():
    text = ("Wie der Sprecher des Verteidigungsministeriums in Moskau, Igor Konaschenkow, gestern mitteilte, wurde am "
            "Freitag im Gebiet Iwano-Frankiwsk ein unterirdisches Raketenlager zerstört.")
    struck, _ = only(text, published=dt.date(2022, 3, 20))
    assert (struck["place"], struck["country"]) == ("Ivano-Frankivsk region", "UA")  # not Moscow


# Hundred-and-third round: from the held-out reports of round 102 (transnistrien_explosionen_2022,
# russland_japan_friedensgespraeche_2022, nehammer_moskau_2022, guterres_kiew_2022, litauen_gasimport_stopp_2022).


def test_one_of_them_hit_is_no_meeting():
    text = ("Nach Angaben von Bürgermeister Vitali Klitschko traf eine davon am Donnerstag die unteren Stockwerke "
            "eines Wohnhauses in Kiew.")
    assert "meeting" not in set(draft_from_text(text, dt.date(2022, 4, 29)).events["category"])


def test_talks_put_on_ice_are_a_statement():
    text = "Russland hat die Gespräche mit Japan über einen Friedensvertrag am Montag in Moskau auf Eis gelegt."
    frozen, _ = only(text, published=dt.date(2022, 3, 22))
    assert frozen["category"] == "statement"  # not a meeting
