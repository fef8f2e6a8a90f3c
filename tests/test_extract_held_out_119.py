"""Drafting rules that came from the held-out reports, rounds 119-121: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _110 and _116, later ones in _122; each round's block
names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.actors import find_actors
from lagebild.extract.dates import find_dates
from lagebild.extract.tense import tense_for
from tests.drafting import only

# Hundred-and-nineteenth round: from the held-out reports of round 118 (grosny_einnahme_2000,
# kosovo_unabhaengigkeit_2008, moskau_metro_anschlag_2010, janukowitsch_wahlsieg_2010, new_start_prag_2010).
FEB10 = dt.date(2010, 2, 10)


def test_a_day_without_a_year_lies_in_the_year_the_sentence_named_before():
    elected = "Bei der Präsidentenwahl 2004 war er nach der Stichwahl vom 21. November zum Sieger erklärt worden."
    assert [m.start for m in find_dates(elected, FEB10)] == [dt.date(2004, 11, 21)]
    protests = "Im Jahr 2004 gingen im November Hunderttausende auf die Straße."
    assert [m.start for m in find_dates(protests, FEB10)] == [dt.date(2004, 1, 1), dt.date(2004, 11, 1)]
    since = "Seit 2014 kämpft die Armee im Osten; am 21. November sagte der Präsident, sie halte die Linie."
    assert find_dates(since, FEB10)[-1].start == dt.date(2009, 11, 21)  # "seit" names a start, not the year


def test_the_present_passive_and_a_relative_clause_tell_no_past():
    sworn_in = "In Kiew wird mit der Vereidigung spätestens Mitte März gerechnet."
    assert tense_for(sworn_in, sworn_in.index("Mitte")) == "future"
    assert tense_for("Die Panzer wurden im März geliefert.", 20) == "past"
    favourite = ("Putin, dessen Popularität eng mit dem harten Kurs im Kaukasus verbunden ist, gilt bei der "
                 "vorgezogenen Präsidentenwahl am 26. März als klarer Favorit.")
    assert tense_for(favourite, favourite.index("26.")) == "future"
    assert tense_for("Er sagte am Montag, die Ukraine habe den Angriff abgewehrt.", 11) == "past"


def test_what_is_expected_is_the_event_and_its_status():
    recognised, _ = only("In Washington wird die förmliche Anerkennung schon in den kommenden Tagen erwartet.",
                         published=dt.date(2008, 2, 18))
    assert (recognised["category"], recognised["status"], recognised["place"]) == ("statement", "expected",
                                                                                   "Washington")
    sworn_in, _ = only("In Kiew wird mit der Vereidigung spätestens Mitte März gerechnet.", published=FEB10)
    assert (sworn_in["status"], str(sworn_in["start"].date())) == ("expected", "2010-03-01")


def test_the_security_council_is_both_the_council_and_the_united_nations():
    names = {actor.name for actor, _ in find_actors("Tadić will vor dem UN-Sicherheitsrat in New York sprechen.")}
    assert names == {"UN Security Council", "United Nations"}


def test_talks_demanded_are_a_statement_not_a_meeting():
    text = ("Die Parlamentarische Versammlung des Europarats hatte am 27. Januar in Straßburg eine sofortige "
            "Waffenruhe und politische Verhandlungen verlangt.")
    demand, _ = only(text, published=dt.date(2000, 2, 7))
    assert (demand["category"], demand["place"]) == ("statement", "Strasbourg")


def test_guests_expected_at_the_summit_named_before_are_the_summit():
    text = ("Kommende Woche richtet er in Washington einen Gipfel zur nuklearen Sicherheit aus: Am Montag und "
            "Dienstag werden dort Vertreter von 47 Staaten erwartet.")
    summit, _ = only(text, published=dt.date(2010, 4, 9))
    assert (summit["category"], str(summit["start"].date())) == ("meeting", "2010-04-12")


def test_a_leader_who_calls_the_security_chiefs_together_holds_a_meeting():
    text = ("Präsident Dmitri Medwedew rief am Montag die Spitzen der Sicherheitsbehörden im Kreml zusammen und "
            "ordnete an, die Kontrollen in Verkehrsmitteln zu verschärfen.")
    assert only(text, published=dt.date(2010, 3, 30))[0]["category"] == "meeting"


def test_what_was_announced_after_a_call_is_the_event():
    text = ("Erst am 26. März konnte Obama im Weißen Haus nach einem Telefonat mit Medwedew den Durchbruch "
            "verkünden.")
    assert only(text, published=dt.date(2010, 4, 9))[0]["category"] == "statement"


def test_people_torn_to_death_by_a_bomber_are_an_attack():
    text = ("Am 6. Februar 2004 hatte ein Selbstmordattentäter in einem Zug in Moskau mehr als 40 Menschen mit in den "
            "Tod gerissen.")
    attack, _ = only(text, published=dt.date(2010, 3, 30))
    assert (attack["category"], str(attack["start"].date())) == ("military", "2004-02-06")


def test_a_train_that_runs_makes_no_trip():
    text = "Die Metro, die täglich Millionen Fahrgäste befördert, fuhr am Dienstag in Moskau wieder weitgehend normal."
    assert "visit" not in set(draft_from_text(text, dt.date(2010, 3, 30)).events["category"])


def test_a_dash_closes_the_clause_of_a_participle():
    text = ("Mehr als fünf Stunden hat Macron am Montag im Kreml mit Putin gesprochen – an einem langen Tisch, der "
            "die beiden Präsidenten auf Abstand hielt.")
    assert tense_for(text, text.index("am Montag")) == "past"


# Hundred-and-twentieth round: from the held-out reports of round 119 (timoschenko_urteil_2011, pussy_riot_urteil_2012,
# litwinenko_tod_2006, russland_wto_beitritt_2012, sotschi_olympia_eroeffnung_2014).
OCT12_2011, AUG18_2012, NOV25_2006 = dt.date(2011, 10, 12), dt.date(2012, 8, 18), dt.date(2006, 11, 25)


def test_a_date_told_looking_back_in_another_paragraph_dates_no_later_sentence():
    text = ("Das Gericht in Kiew sprach sie am Dienstag schuldig.\n\n"
            "Im Mittelpunkt standen die Verträge, die sie im Januar 2009 in Moskau ausgehandelt hatte.\n\n"
            "Noch im Gerichtssaal kündigte die Oppositionsführerin in Kiew an, gegen das Urteil vorzugehen.")
    announced, _ = only(text, published=OCT12_2011, category="statement")
    assert str(announced["start"].date()) == "2011-10-11"
    morning = ("Das Gericht in Moskau verurteilte die Frauen am Freitag zu zwei Jahren Haft.\n\n"
               "Die Staatsanwaltschaft hatte am 7. August drei Jahre Haft gefordert.\n\n"
               "Vor dem Gebäude hatten sich schon am Morgen Hunderte versammelt. Die Polizei nahm Dutzende fest.")
    arrests, _ = only(morning, published=AUG18_2012, category="military")
    assert str(arrests["start"].date()) == "2012-08-17"


def test_a_verdict_and_proceedings_opened_are_statements():
    verdict = ("Das Bezirksgericht in Moskau sprach Nadeschda Tolokonnikowa, Maria Aljochina und Jekaterina "
               "Samuzewitsch am Freitag des Rowdytums aus religiösem Hass schuldig.")
    assert only(verdict, published=AUG18_2012)[0]["category"] == "statement"
    trial, _ = only("Der Prozess hatte am 30. Juli in Moskau begonnen.", published=AUG18_2012)
    assert (trial["category"], str(trial["start"].date())) == ("statement", "2012-07-30")
    inquiry = "Bereits Anfang der Woche hatte die Anti-Terror-Einheit in London die Ermittlungen übernommen."
    assert only(inquiry, published=NOV25_2006)[0]["category"] == "statement"


def test_a_kremlin_critic_is_not_the_kremlin():
    names = {a.name for a, _ in find_actors("Die Kreml-kritische Reporterin wurde in Moskau erschossen.")}
    assert "Kremlin" not in names
    assert {a.name for a, _ in find_actors("Der Kreml wies das zurück.")} == {"Kremlin"}


def test_papers_handed_over_at_a_meeting_are_no_aid():
    text = ("Er hatte sich am 1. November in einer Sushi-Bar in London mit dem Italiener Mario Scaramella getroffen, "
            "der ihm Unterlagen zum Mord an der Journalistin übergeben haben soll.")
    met, _ = only(text, published=NOV25_2006)
    assert (met["category"], str(met["start"].date())) == ("meeting", "2006-11-01")
    handed = "Der Italiener hatte ihm am 1. November in London Unterlagen zum Mord an der Journalistin übergeben."
    assert "aid" not in set(draft_from_text(handed, NOV25_2006).events["category"])


def test_attacks_feared_and_talks_under_discussion_are_no_events():
    feared = "Überschattet werden die Spiele in Sotschi von der Sorge vor Anschlägen."
    assert draft_from_text(feared, dt.date(2014, 2, 8)).events.empty
    discussed = "Im Gespräch ist seit Wochen in Kiew eine Änderung des Strafgesetzbuchs."
    assert draft_from_text(discussed, OCT12_2011).events.empty


def test_damages_and_estimates_are_no_aid():
    damages = "Außerdem soll sie dem Konzern Naftogaz in Kiew rund 1,5 Milliarden Hrywnja Schadenersatz zahlen."
    assert "aid" not in set(draft_from_text(damages, OCT12_2011).events["category"])
    estimate = "Inzwischen gehen Schätzungen in Sotschi von etwa 50 Milliarden Dollar aus."
    assert "aid" not in set(draft_from_text(estimate, dt.date(2014, 2, 8)).events["category"])


# Hundred-and-twenty-first round: from the held-out reports of round 120 (minsk_wahlproteste_2010,
# gasstreit_ukraine_2006, kirgistan_revolution_2010, abchasien_anerkennung_2008, nawalny_vergiftung_2020).
APR09_2010, JAN05_2006, AUG27_2008 = dt.date(2010, 4, 9), dt.date(2006, 1, 5), dt.date(2008, 8, 27)


def test_firing_into_a_crowd_is_fighting_not_ammunition_given():
    fired, _ = only("Sicherheitskräfte feuerten am Mittwoch in Bischkek mit scharfer Munition in die Menge.",
                    published=APR09_2010)
    assert (fired["category"], str(fired["start"].date())) == ("military", "2010-04-07")


def test_speaking_of_a_number_is_no_meeting():
    text = ("Am Mittwoch wurden in Bischkek mindestens 75 Menschen getötet, Oppositionspolitiker sprechen von über "
            "hundert Toten.")
    assert only(text, published=APR09_2010)[0]["category"] == "military"


def test_detained_as_an_attribute_is_no_arrest_and_fast_track_trials_are_proceedings():
    text = ("Gerichte in Minsk setzten am Dienstag die Schnellverfahren gegen festgenommene Demonstranten fort, die "
            "bereits am Montag begonnen hatten.")
    assert only(text, published=dt.date(2010, 12, 21))[0]["category"] == "statement"


def test_a_price_per_unit_or_demanded_is_no_aid():
    price = "Gazprom verkauft sein Gas in Moskau künftig für 230 Dollar je 1000 Kubikmeter an Rosukrenergo."
    assert "aid" not in set(draft_from_text(price, JAN05_2006).events["category"])
    demanded = "Im Dezember hatte Gazprom in Moskau seine Preisforderung auf 230 Dollar hochgeschraubt."
    assert "aid" not in set(draft_from_text(demanded, JAN05_2006).events["category"])


def test_new_years_eve_is_a_day():
    text = "Am Silvestertag sagte Präsident Wladimir Putin in Moskau, die Ukraine könne den alten Preis behalten."
    told, _ = only(text, published=JAN05_2006)
    assert (told["category"], str(told["start"].date())) == ("statement", "2005-12-31")


def test_samples_handed_over_are_no_aid():
    text = ("Untersucht worden waren Proben, die die Charité dem Institut für Pharmakologie und Toxikologie der "
            "Bundeswehr in München übergeben hatte.")
    assert "aid" not in set(draft_from_text(text, dt.date(2020, 9, 3)).events["category"])


def test_a_plan_negotiated_is_a_meeting():
    text = ("Am 12. August handelte Sarkozy in Moskau mit Medwedew einen Sechs-Punkte-Plan für eine Waffenruhe aus, "
            "dem später auch Tiflis zustimmte.")
    assert only(text, published=AUG27_2008)[0]["category"] == "meeting"


def test_a_weekday_with_its_date_is_that_date():
    text = ("Sarkozy hat die Staats- und Regierungschefs der EU für Montag, den 1. September, zu einem Sondergipfel "
            "nach Brüssel geladen.")
    assert [m.start for m in find_dates(text, AUG27_2008)] == [dt.date(2008, 9, 1)] * 2
    summit, _ = only(text, published=AUG27_2008)
    assert (summit["category"], str(summit["start"].date())) == ("meeting", "2008-09-01")
