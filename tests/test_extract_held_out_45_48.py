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


# Forty-seventh round: from the forty-sixth round's held-out reports (awdijiwka_koksfabrik, ostsee_kabel,
# schwarzmeer_minenraeumung, sumy_evakuierung).
OCT21, NOV20, JAN12, AUG15 = dt.date(2023, 10, 21), dt.date(2024, 11, 20), dt.date(2024, 1, 12), dt.date(2024, 8, 15)


def test_that_weekday_is_the_day_named_before_and_an_advance_with_tanks_is_fighting():
    text = ("Seit dem 10. Oktober versucht die russische Armee, die Stadt Awdijiwka einzuschließen. An jenem Dienstag "
            "rückten ihre Verbände mit Panzern und Schützenpanzern gleichzeitig von Norden und Süden vor, begleitet "
            "von schwerem Artilleriefeuer.")
    advance, provenance = only(text, published=OCT21)
    assert (str(advance["start"].date()), advance["category"]) == ("2023-10-10", "military")
    said = "'An jenem Dienstag': the same day as the one named before (10. Oktober)"
    assert said in [n.text("en") for n in provenance.notes]


def test_ministers_who_meet_each_other_hold_a_meeting_and_a_topic_is_not_another_event():
    text = "Am 15. Februar treffen sich die Nato-Verteidigungsminister in Brüssel – das Meer dürfte Thema sein."
    meeting, _ = only(text, published=JAN12)
    assert (meeting["category"], str(meeting["start"].date()), meeting["place"]) == ("meeting", "2024-02-15",
                                                                                      "Brussels")
    text = ("Auch die Europäer wollen nachlegen: Beim EU-Gipfel am Donnerstag und Freitag kommender Woche in Brüssel "
            "soll es unter anderem um weitere Hilfen für Kiew gehen.")
    summit, _ = only(text, published=OCT21)
    assert (summit["category"], str(summit["start"].date())) == ("meeting", "2023-10-26")


def test_a_month_of_last_year_recalled_and_a_pipeline_between_two_countries():
    text = ("Der Fall weckt Erinnerungen an den Oktober vergangenen Jahres, als die Gaspipeline Balticconnector "
            "zwischen Finnland und Estland beschädigt wurde; auch damals geriet ein chinesisches Schiff in Verdacht.")
    damage, _ = only(text, published=NOV20)
    assert (str(damage["start"].date()), damage["date_precision"]) == ("2023-10-01", "month")
    assert damage["place"] == "Finland"


def test_since_the_start_of_summer_and_the_region_named_before():
    text = ("Gestern teilte der Minister mit, dass die Bewohner von 183 Ortschaften des Gebiets Sumy in Sicherheit "
            "gebracht werden sollen.\n\nPufferzone gegen den Beschuss\n\n"
            "Seit Beginn des Sommers hat Russland das Gebiet nach Angaben des Ministers mehr als 2000 Mal mit Raketen "
            "angegriffen. Eine Pufferzone im Gebiet Kursk solle die Grenzgemeinden schützen, schrieb der Minister.")
    strikes, _ = only(text, published=AUG15, category="military")
    assert (str(strikes["start"].date()), strikes["date_precision"]) == ("2024-06-01", "month")
    assert strikes["place"] == "Sumy region"


def test_regions_of_a_country_are_no_region_named_after_a_town():
    text = ("Bereits am Donnerstag vergangener Woche hatte er die russische Regierung um Hilfe gebeten, Bewohner in "
            "andere Regionen Russlands zu bringen.")
    asked, _ = only(text, published=dt.date(2022, 10, 20))
    assert asked["place"] != "Russia region"


def test_a_small_town_and_islands_of_the_baltic_are_known():
    text = "Heute meldete Oberbefehlshaber Olexandr Syrskyj, die Kleinstadt Sudscha sei vollständig geräumt."
    cleared, _ = only(text, published=AUG15)
    assert cleared["place"] == "Sudzha"
    text = ("Am Sonntagvormittag riss zunächst die Verbindung zwischen Litauen und der schwedischen Insel Gotland ab. "
            "Nach Angaben des Betreibers wurde das Kabel beschädigt.")
    cut, _ = only(text, published=NOV20)
    assert (cut["place"], str(cut["start"].date()), cut["status"]) == ("Gotland", "2024-11-17", "occurred")


def test_an_investigation_opened_is_a_statement_and_a_request_for_money_no_accession():
    text = "Am Dienstag leitete die schwedische Polizei in Stockholm Ermittlungen wegen des Verdachts auf Sabotage ein."
    probe, _ = only(text, published=NOV20)
    assert probe["category"] == "statement"
    text = "Am Freitag schickte das Weiße Haus dem Kongress einen Antrag über 106 Milliarden Dollar für die Ukraine."
    request, _ = only(text, published=OCT21)
    assert request["category"] == "aid"


def test_a_night_with_a_date_or_feast_after_a_comma_is_another_event_and_a_day_after_christmas():
    text = ("In der Nacht zum 19. Juli vernichteten Raketen in Tschornomorsk 60.000 Tonnen Getreide, in der Nacht zum "
            "Neujahrstag setzten Drohnen ein Terminal im Hafen von Odessa in Brand.")
    strikes = draft_from_text(text, JAN12).events
    assert sorted(zip(strikes["place"], strikes["start"].dt.date.astype(str), strict=True)) == [
        ("Chornomors’k", "2023-07-19"), ("Odesa", "2024-01-01")]
    text = "Am Mittwoch nach Weihnachten lief ein Frachter vor Odessa auf eine Mine."
    mine, _ = only(text, published=JAN12)
    assert (str(mine["start"].date()), mine["category"]) == ("2023-12-27", "military")


# Forty-eighth round: from the forty-seventh round's held-out reports (estland_luftraum, gepard_lieferung,
# kertsch_tanker, wagner_belarus).
JUL26, SEP20, DEC17, JUL20 = dt.date(2022, 7, 26), dt.date(2025, 9, 20), dt.date(2024, 12, 17), dt.date(2023, 7, 20)


def test_exactly_three_months_ago_is_that_day():
    text = "Angekündigt hatte die Bundesregierung die Lieferung von Panzern an die Ukraine vor genau drei Monaten."
    pledge, _ = only(text, published=JUL26)
    assert (str(pledge["start"].date()), pledge["date_precision"]) == ("2022-04-26", "day")


def test_what_a_ministry_went_on_to_say_is_no_event_of_its_own():
    text = ("Das russische Verteidigungsministerium wies die Vorwürfe am Freitag in Moskau zurück. Die Jets seien "
            "planmäßig von Karelien zu einem Flugplatz im Gebiet Kaliningrad geflogen.")
    denial, _ = only(text, published=SEP20)
    assert (denial["category"], denial["place"]) == ("statement", "Moscow")


def test_a_state_after_the_verb_is_the_subject_of_a_statement():
    text = ("Im Juni lehnte die Schweiz unter Verweis auf ihre Neutralität ab, dass dort gefertigte Geschosse an die "
            "Ukraine weitergegeben werden. Mitte Juli fand Berlin in Norwegen einen Hersteller.")
    refusal, _ = only(text, published=JUL26, category="statement")
    assert refusal["country"] == "CH"


def test_a_press_conference_is_a_statement_unless_it_is_held_together():
    text = "Am Donnerstag gab Putin in Moskau seine traditionelle Jahrespressekonferenz."
    press, _ = only(text, published=DEC17)
    assert press["category"] == "statement"
    text = "Am Donnerstag gab Stoltenberg in Kiew gemeinsam mit Selenskyj eine Pressekonferenz."
    joint, _ = only(text, published=dt.date(2023, 4, 21))
    assert joint["category"] == "meeting"


def test_a_member_of_a_crew_is_no_accession():
    text = "Am Sonntag kam vor Anapa ein Mitglied der 15-köpfigen Besatzung ums Leben."
    assert "alliance" not in set(draft_from_text(text, DEC17).events["category"])


def test_a_column_of_mercenaries_arriving_is_military():
    text = "Die erste Kolonne der Söldner war nach Angaben von Beobachtern am Samstag in Belarus eingetroffen."
    arrival, _ = only(text, published=JUL20)
    assert arrival["category"] == "military"


def test_what_was_agreed_after_a_colon_does_not_make_a_meeting_aid():
    text = ("Am 20. Mai einigten sich Lambrecht und Resnikow in einer Videoschalte auf einen Zeitplan: 15 Panzer im "
            "Juli, 15 weitere im Laufe des Sommers.")
    call, _ = only(text, published=JUL26)
    assert (call["category"], call["place"]) == ("meeting", "Berlin")


def test_a_dated_clause_after_nachdem_is_an_earlier_event():
    text = ("Nachdem die Angriffe Anfang der Woche in Awdijiwka etwas abgeflaut waren, setzte Moskau vorgestern zu "
            "einer neuen Welle an. Erneut stürmten Infanterie und gepanzerte Kolonnen auf die Flanken der Stadt zu.")
    days = sorted(str(d.date()) for d in draft_from_text(text, OCT21).events["start"])
    assert days == ["2023-10-16", "2023-10-19"]
