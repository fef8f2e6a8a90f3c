"""Drafting rules that came from the held-out reports, rounds 136–140: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _127 and _129, later ones in _141; each round's block
names the reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.cues import best_category
from tests.drafting import only
from tests.drafting import place_names as _places

# Hundred-and-thirty-sixth round: from the held-out reports of round 135 (rumaenien_revolution_1989,
# ungarn_grenzoeffnung_1989, ukraine_atomwaffen_abzug_1996, abchasien_krieg_1992, aserbaidschan_putsch_1993).
JUN22_1993 = dt.date(1993, 6, 22)


def test_a_capital_spoken_of_or_left_behind_does_not_place_the_event():
    text = ("Der russische Außenminister sprach am Donnerstag in Moskau mit seinem Kollegen. Gestern versicherte "
            "Husseinow in seinem Hauptquartier in Gandscha, er wolle die Hauptstadt nicht stürmen.")
    said, _ = only(text, published=JUN22_1993, category="statement")
    assert said["place"] == "Ganja"  # not Moscow, the capital named before
    text = ("Der russische Außenminister sprach am Donnerstag in Moskau mit seinem Kollegen. In der Nacht zum Freitag "
            "verließ Eltschibej dann überraschend die Hauptstadt und flog nach Nachitschewan.")
    fled, _ = only(text, published=JUN22_1993, category="visit")
    assert fled["place"] == "Naxçıvan"


# Hundred-and-thirty-seventh round: from the held-out reports of round 136 (mauerfall_1989,
# tschechoslowakei_generalstreik_1989, gorbatschow_ruecktritt_1991, dagestan_einfall_1999,
# belarus_praesidentenwahl_1994).
NOV11_1989, NOV29_1989 = dt.date(1989, 11, 11), dt.date(1989, 11, 29)
JUL12_1994, AUG13_1999 = dt.date(1994, 7, 12), dt.date(1999, 8, 13)
LEAD = "Berlin (dpa) – Der Besucherstrom reißt nicht ab. "


def test_a_street_named_after_a_town_is_not_that_town():
    assert _places("Tausende drängten sich am Grenzübergang Bornholmer Straße.") == []  # not the Danish island
    assert _places("Am Potsdamer Platz soll ein neuer Übergang entstehen.") == []
    assert _places("Die Besucher fuhren weiter nach Potsdam.") == ["Potsdam"]
    crowd, _ = only(LEAD + "Am Donnerstagabend drängten sich Tausende am Grenzübergang Bornholmer Straße.",
                    published=NOV11_1989)
    assert crowd["place"] == "Berlin"


def test_east_and_west_berlin_are_berlin():
    assert _places("Krenz sprach in Ost-Berlin.") == ["Berlin"]
    assert _places("Nach Angaben der West-Berliner Polizei kamen Hunderttausende.") == ["Berlin"]


def test_the_government_circles_a_report_comes_from_do_not_place_it():
    assert _places("Nach Angaben aus Bonner Regierungskreisen mahnte er zur Besonnenheit.") == []
    assert _places("Der Kanzler flog am Abend nach Bonn.") == ["Bonn"]


def test_freedom_to_travel_and_travel_rules_are_no_trip():
    text = LEAD + "Noch am 4. November hatten auf dem Alexanderplatz Hunderttausende für Reisefreiheit demonstriert."
    rally, _ = only(text, published=NOV11_1989)
    assert rally["category"] == "statement"  # a rally, not a visit
    assert str(rally["start"].date()) == "1989-11-04" and rally["place"] == "Berlin"
    assert best_category("Am Donnerstag verlas Schabowski eine neue Reiseregelung.")[0] == "statement"
    assert best_category("Der Kanzler plant für Donnerstag eine Reise nach Polen.")[0] == "visit"


def test_a_body_convening_is_a_meeting():
    session, _ = only(LEAD + "Die Volkskammer soll am kommenden Montag zusammentreten.", published=NOV11_1989)
    assert (session["category"], session["status"]) == ("meeting", "expected")
    assert str(session["start"].date()) == "1989-11-13"
    assert session["actors"] == "Volkskammer" and session["place"] == "Berlin"  # the chamber's seat
    assert best_category("Der Rat trat am Abend in Brüssel zu einer Sondersitzung zusammen.")[0] == "meeting"


def test_leaders_of_east_germany_belarus_poland_and_czechoslovakia_are_known():
    text = LEAD + ("SED-Generalsekretär Egon Krenz verteidigte die Öffnung am Freitagabend vor Zehntausenden "
                   "SED-Mitgliedern bei einer Kundgebung im Lustgarten.")
    defended, _ = only(text, published=NOV11_1989)
    assert defended["actors"] == "Egon Krenz" and defended["place"] == "Berlin"
    text = "Minsk (dpa) – Die Wahl ist entschieden. Kebitsch räumte am Montagabend seine Niederlage ein."
    conceded, _ = only(text, published=JUL12_1994)
    assert conceded["actors"] == "Vyacheslav Kebich" and conceded["place"] == "Minsk"
    text = "Minsk (dpa) – Die Wahl ist entschieden. Zurückhaltend äußerte sich heute Außenminister Andrzej Olechowski."
    warsaw, _ = only(text, published=JUL12_1994)
    assert warsaw["actors"] == "Andrzej Olechowski"


def test_the_belovezha_forest_is_a_place():
    text = ("Minsk (dpa) – Die Wahl ist entschieden. Schuschkewitsch hatte im Dezember 1991 gemeinsam mit Boris "
            "Jelzin in der Belowescher Heide das Ende der Sowjetunion besiegelt.")
    sealed, _ = only(text, published=JUL12_1994)
    assert sealed["place"] == "Belovezhskaya Pushcha" and sealed["country"] == "BY"
    assert _places("In einem Jagdhaus im Belowescher Wald nahe der polnischen Grenze") == ["Belovezhskaya Pushcha"]


def test_the_town_war_is_declared_on_places_nothing():
    assert _places("Die Schura erklärte Moskau den Heiligen Krieg.") == []
    text = ("Machatschkala/Moskau (dpa) – Die Kämpfe in Dagestan dauern an. Am Dienstag rief eine Schura in den "
            "besetzten Dörfern einen Staat aus und erklärte Moskau den Heiligen Krieg. Einen Rückschlag erlitten die "
            "Bundestruppen am Montag, als bei Botlich ein Militärhubschrauber getroffen wurde.")
    drafts = draft_from_text(text, AUG13_1999).events
    assert set(drafts["place"]) == {"Makhachkala"}  # not Moscow, for the declaration nor the helicopter after it


def test_the_day_of_a_pluperfect_clause_is_not_the_main_clause_s():
    text = ("Prag (dpa) – Die Lage ist ruhig. Alexander Dubček, der nach dem Einmarsch des Warschauer Pakts am "
            "21. August 1968 entmachtet worden war, sprach am Donnerstag vergangener Woche vor Zehntausenden in "
            "Bratislava.")
    spoke, _ = only(text, published=NOV29_1989, category="statement")
    assert str(spoke["start"].date()) == "1989-11-23"  # not the day of the invasion
    assert spoke["actors"] == "Alexander Dubček" and spoke["place"] == "Bratislava"
    # a date apposition is no clause of its own: "am kommenden Samstag, dem 25. März, erneut …"
    text = ("Minsk (dpa) – Die Proteste gehen weiter. Milinkewitsch rief seine Anhänger auf, am kommenden Samstag, "
            "dem 25. März, erneut in Minsk auf die Straße zu gehen.")
    called = draft_from_text(text, dt.date(2006, 3, 21)).events
    assert "2006-03-25" in {str(s.date()) for s in called["start"]}


# Hundred-and-thirty-eighth round: from the held-out reports of round 137 (afghanistan_abzug_1989,
# estland_unabhaengigkeit_1991, kasachstan_unabhaengigkeit_1991, moldau_unabhaengigkeit_1991, wiedervereinigung_1990).
FEB16_1989, OCT04_1990, AUG22_1991 = dt.date(1989, 2, 16), dt.date(1990, 10, 4), dt.date(1991, 8, 22)
AUG28_1991, DEC17_1991 = dt.date(1991, 8, 28), dt.date(1991, 12, 17)


def test_the_verb_of_the_date_s_own_clause_gives_its_tense():
    text = ("Tallinn (dpa) – Die Lage ist ruhig. Der russische Präsident Boris Jelzin sagte nach Angaben der "
            "estnischen Regierung am Mittwoch zu, Russland werde die Unabhängigkeit Estlands anerkennen.")
    promise, _ = only(text, published=AUG22_1991)
    assert str(promise["start"].date()) == "1991-08-21"  # the Wednesday before, not the coming one


def test_a_capital_under_its_own_name_outranks_a_namesake():
    assert _places("Bhutto sprach gestern in Islamabad.") == ["Islamabad"]  # not Chattogram, once called so
    text = "Islamabad (dpa) – Die Lage ist ruhig. Bhutto sprach gestern in Islamabad von einem Sieg des Volkes."
    spoke, _ = only(text, published=FEB16_1989)
    assert spoke["country"] == "PK"


def test_welcoming_a_step_is_a_statement():
    assert best_category("Die amerikanische Regierung begrüßte den Abzug.")[0] == "statement"
    assert best_category("Moskau begrüßte die Entscheidung des Parlaments.")[0] == "statement"
    assert best_category("Selenskyj begrüßte den Kanzler am Bahnhof.") is None  # a guest is no step


def test_pravda_speaks_from_moscow_and_the_reichstag_is_in_berlin():
    text = "Moskau (dpa) – Die Lage ist ruhig. Die Parteizeitung „Prawda“ würdigte heute die Heimkehrer."
    tribute, _ = only(text, published=FEB16_1989)
    assert tribute["actors"] == "Pravda"
    text = ("Kiew (dpa) – Die Lage ist ruhig. Nach einem Bericht der Internetzeitung „Ukrainska Prawda“ erklärte er am "
            "Montag, er trete zurück.")
    assert "Pravda" not in str(only(text, published=FEB16_1989)[0]["actors"])
    text = "Berlin (dpa) – Die Lage ist ruhig. Heute Vormittag kam im Reichstag der gesamtdeutsche Bundestag zusammen."
    session, _ = only(text, published=OCT04_1990)
    assert session["place"] == "Reichstag building" and session["geo_precision"] == "exact"


def test_a_closing_relative_clause_may_hold_a_list():
    text = ("Alma-Ata (dpa) – Die Lage ist ruhig. Am Samstag wollen dort die Staatschefs von elf Republiken über den "
            "Beitritt zur GUS beraten, die Russland, die Ukraine und Weißrussland am 8. Dezember in der "
            "Belowescher Heide gegründet hatten.")
    drafts = draft_from_text(text, DEC17_1991).events
    summit = drafts[drafts["start"] == "1991-12-21"].iloc[0]
    founded = drafts[drafts["start"] == "1991-12-08"].iloc[0]
    assert (summit["category"], summit["place"]) == ("meeting", "Almaty")  # not the accession of the clause
    assert (founded["category"], founded["place"]) == ("alliance", "Belovezhskaya Pushcha")


def test_the_capital_referred_to_is_not_a_body_s_adjective():
    text = ("Chisinau (dpa) – Moldawien hat sich losgesagt. Das Parlament in Chisinau verabschiedete am Dienstag eine "
            "Unabhängigkeitserklärung. Darin fordern die Abgeordneten die Moskauer Führung auf, zu verhandeln. "
            "Zeitgleich hatten sich auf dem Platz im Zentrum der Hauptstadt 500.000 Menschen zu einer Kundgebung "
            "versammelt.")
    drafts = draft_from_text(text, AUG28_1991).events
    assert "Moscow" not in set(drafts["place"])


# Hundred-and-thirty-ninth round: from the held-out reports of round 138 (armenien_erdbeben_1988,
# danzig_abkommen_1980, georgien_unabhaengigkeit_1991, tschetschenien_offensive_1999, vukovar_fall_1991).
SEP01_1980, DEC10_1988 = dt.date(1980, 9, 1), dt.date(1988, 12, 10)


def test_the_pope_is_the_pope_of_the_day():
    text = "Danzig (dpa) – Die Lage ist ruhig. Wałęsa sprach am Sonntag vor einem Bild von Papst Johannes Paul II."
    signed, _ = only(text, published=SEP01_1980)
    assert "John Paul II" in signed["actors"] and "Pope Francis" not in signed["actors"]
    received, _ = only("Rom (dpa) – Die Lage ist ruhig. Der Papst empfing am Samstag Selenskyj im Vatikan.",
                       published=dt.date(2023, 5, 15))
    assert "Pope Francis" in received["actors"]


def test_pilgrimage_towns_and_mining_towns_are_places():
    text = ("Danzig (dpa) – Die Lage ist ruhig. Kardinal Wyszyński rief am vergangenen Dienstag in einer Predigt im "
            "Wallfahrtsort Tschenstochau zu Ruhe auf.")
    sermon, _ = only(text, published=SEP01_1980)
    assert sermon["place"] == "Częstochowa"  # not Gdańsk, the dateline
    assert _places("Die Kommission soll morgen in Jastrzębie verhandeln.") == ["Jastrzębie Zdrój"]
    assert _places("Gorbatschow will die Städte Leninakan und Spitak besuchen.") == ["Spitak"]  # (not in geonames)


def test_what_laut_cites_is_the_whole_name():
    text = ("Danzig (dpa) – Die Lage ist ruhig. Die Kommission soll laut der amtlichen Nachrichtenagentur PAP morgen "
            "verhandeln.")
    talks, _ = only(text, published=SEP01_1980)
    assert talks["attribution"] == "der amtlichen Nachrichtenagentur PAP"  # not "der amtlichen"


def test_a_plane_with_relief_goods_is_aid_not_a_visit():
    assert best_category("Aus den USA wird heute eine Maschine mit Hilfsgütern erwartet.")[0] == "aid"
    assert best_category("Eine Maschine mit Hilfsgütern landete am Freitag in Eriwan.")[0] == "aid"
    assert best_category("Der Kanzler wird heute in Kiew erwartet.")[0] == "visit"


def test_the_place_news_came_from_is_not_the_event_s():
    text = ("Eriwan (dpa) – Die Lage ist ernst. Morgen will Gorbatschow nach Angaben aus Moskau die Städte Leninakan "
            "und Spitak besuchen.")
    trip, _ = only(text, published=DEC10_1988)
    assert trip["place"] != "Moscow"


# Hundred-and-fortieth round: from the held-out reports of round 139 (bulgarien_schiwkow_1989, milosevic_sturz_2000,
# riga_barrikaden_1991, tadschikistan_nabijew_1992, unionsreferendum_1991).
MAR19_1991 = dt.date(1991, 3, 19)


def test_a_day_with_a_past_when_clause_lies_behind():
    text = ("Moskau (dpa) – Die Lage ist ruhig. Belastet werden die Beziehungen weiterhin durch den 13. Januar, als "
            "sowjetische Truppen beim Sturm auf den Fernsehturm in Vilnius 14 Menschen töteten.")
    storm, _ = only(text, published=MAR19_1991)
    assert str(storm["start"].date()) == "1991-01-13"  # not next January
    text = "Moskau (dpa) – Die Lage ist ruhig. Die Gespräche sollen am 13. April fortgesetzt werden."
    assert str(only(text, published=MAR19_1991)[0]["start"].date()) == "1991-04-13"


def test_a_petition_handed_over_is_no_aid():
    assert best_category("Am Freitag zogen 4000 Menschen vor das Parlament, um eine Petition zu übergeben.") is None
    assert best_category("Am Freitag wurden die Panzer übergeben.")[0] == "aid"

