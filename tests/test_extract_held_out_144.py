"""Drafting rules that came from the held-out reports, rounds 144 on: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10, … _136 and _141; each round's block names the reports its
rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.cues import best_category
from tests.drafting import only
from tests.drafting import place_names as _places

# Hundred-and-forty-fourth round: from the held-out reports of round 143 (kutschma_wahl_1994, nato_rom_gipfel_1991,
# papstbesuch_polen_1979, sarajevo_markale_1994, schuschkewitsch_sturz_1994).
NOV09_1991, FEB07_1994, JAN28_1994, JUN03_1979 = (dt.date(1991, 11, 9), dt.date(1994, 2, 7), dt.date(1994, 1, 28),
                                                  dt.date(1979, 6, 3))


def test_statesmen_of_the_cold_war_end_and_the_pope_by_his_name():
    text = ("Rom (dpa) – Mitterrand, Wörner, Thatcher und Premierminister Major berieten am Freitag in Rom; auch "
            "Karadžić, Silajdžić, Gierek, Schiwkow und Németh kamen. Papst Johannes Paul II. besuchte am Samstag "
            "Polen.")
    actors = _all_actors(text, NOV09_1991)
    for name in ("François Mitterrand", "Manfred Wörner", "Margaret Thatcher", "John Major", "Radovan Karadžić",
                 "Haris Silajdžić", "Edward Gierek", "Todor Zhivkov", "Miklós Németh", "John Paul II"):
        assert name in actors
    assert "Pope John Paul II" not in actors  # the curators' name for him


def test_the_town_one_leaves_for_is_not_where_one_spoke():
    text = ("Rom (dpa) – Die Lage ist ruhig. Der Minister nannte die Beschlüsse gestern Abend vor der Rückreise nach "
            "Bonn einen wichtigen Beitrag zur Stabilität.")
    assert only(text, published=NOV09_1991)[0]["place"] == "Rome"


def test_an_alliance_dissolved_is_alliance():
    text = ("Rom (dpa) – Die Lage ist ruhig. Am 1. Juli dieses Jahres lösten die verbliebenen Mitglieder den "
            "Warschauer Pakt dann in Prag formell auf.")
    dissolved, _ = only(text, published=NOV09_1991)
    assert (dissolved["category"], dissolved["place"], str(dissolved["start"].date())) == \
        ("alliance", "Prague", "1991-07-01")


def test_shells_that_killed_are_military_not_aid():
    assert best_category("Erst am Freitag hatten Granaten im Vorort Dobrinja mehrere Menschen getötet, die für "
                         "Wasser anstanden.")[0] == "military"
    assert best_category("Deutschland liefert am Montag 10.000 Granaten an die Ukraine.")[0] == "aid"


def test_a_gathering_one_is_invited_to_on_its_day_lies_ahead_where_it_is():
    text = ("Rom (dpa) – Die Lage ist ruhig. Die Außenminister dieser neun Staaten sind zur ersten Sitzung am "
            "20. Dezember in das Nato-Hauptquartier nach Brüssel eingeladen.")
    meeting, _ = only(text, published=NOV09_1991)
    assert (str(meeting["start"].date()), meeting["place"]) == ("1991-12-20", "Brussels")  # not December 1990


def test_a_putsch_named_for_when_does_not_place():
    text = ("Kiew (dpa) – Die Lage ist ruhig. Die Ukraine hatte sich am 24. August 1991 nach dem gescheiterten Putsch "
            "in Moskau für unabhängig erklärt.")
    assert only(text, published=dt.date(1994, 7, 13))[0]["place"] != "Moscow"


def test_a_motion_survived_is_past():
    text = ("Minsk (dpa) – Die Lage ist ruhig. Ministerpräsident Kebitsch, der ebenfalls unter Druck geraten war, "
            "überstand dagegen am Mittwoch einen Misstrauensantrag, der die nötige Mehrheit deutlich verfehlte.")
    assert str(only(text, published=JAN28_1994)[0]["start"].date()) == "1994-01-26"  # not the coming Wednesday


def test_an_agreement_signed_after_a_long_object_and_a_wreath_laid():
    assert best_category("Kebitsch und Tschernomyrdin hatten in Moskau eine Grundsatzvereinbarung über die "
                         "Zusammenlegung der Geldsysteme beider Länder unterzeichnet.")[0] == "alliance"
    assert best_category("Clinton hatte Schuschkewitsch am 15. Januar als mutigen Reformer gewürdigt und an der "
                         "Gedenkstätte Kurapaty einen Kranz niedergelegt.")[0] == "visit"


def test_a_wish_in_the_pluperfect_is_past():
    text = ("Warschau (dpa) – Die Lage ist ruhig. Ursprünglich hatte er seine Heimat schon im Mai besuchen wollen, "
            "zum 900. Todestag des heiligen Stanislaus.")
    assert str(only(text, published=JUN03_1979)[0]["start"].date()) == "1979-05-01"  # not May 1980


def test_a_crowd_expected_and_a_travel_plan_are_no_visit():
    assert best_category("Allein für Krakau würden über eine Million Gläubige erwartet, teilte Dąbrowski am Dienstag "
                         "in Warschau mit.")[0] == "statement"
    assert best_category("Den endgültigen Reiseplan hatten Episkopat und Regierung vor drei Wochen gemeinsam "
                         "bekanntgegeben.")[0] == "statement"
    assert best_category("Der Papst wird morgen in Tschenstochau erwartet.")[0] == "visit"


def test_a_withdrawal_urged_and_words_at_a_meetings_close_are_statements():
    assert best_category("Vertreter Estlands und Lettlands mahnten aber den raschen Abzug der sowjetischen Truppen "
                         "aus ihren Ländern an.")[0] == "statement"
    assert best_category("Nato-Generalsekretär Manfred Wörner sprach zum Abschluss des Treffens von einem "
                         "historischen Einschnitt.")[0] == "statement"
    assert best_category("Das Treffen fand am Montag in Rom statt.")[0] == "meeting"


# Hundred-and-forty-fifth round: from the held-out reports of round 144 (albanien_unruhen_1997, havel_wahl_1989,
# ohrid_abkommen_2001, start_vertrag_1991, tschernobyl_abschaltung_2000).
DEC30_1989, DEC16_2000 = dt.date(1989, 12, 30), dt.date(2000, 12, 16)


def test_actors_of_prague_skopje_tirana_and_bonn():
    text = ("Prag (dpa) – Husák, Čalfa und das Bürgerforum berieten am Freitag; Trajkovski, Georgievski, Berisha, "
            "Fino, Scharping, Rühe und Trittin waren nicht dabei.")
    actors = _all_actors(text, DEC30_1989)
    for name in ("Gustáv Husák", "Marián Čalfa", "Civic Forum", "Boris Trajkovski", "Ljubčo Georgievski",
                 "Sali Berisha", "Bashkim Fino", "Rudolf Scharping", "Volker Rühe", "Jürgen Trittin"):
        assert name in actors


def test_where_congratulations_came_from_places_no_later_sentence():
    text = ("Prag (dpa) – Die Lage ist ruhig. Auch aus Washington und Paris kamen Glückwünsche.\n\n"
            "Seine erste Arbeitswoche beginnt Havel ohne Pause: Heute will er auf der Burg mit Ministerpräsident "
            "Čalfa über die Arbeit der Regierung beraten.")
    assert only(text, published=DEC30_1989)[0]["place"] == "Prague"  # not Washington


def test_a_body_founded_and_a_trip_abroad():
    assert best_category("Zwei Tage später gründeten Oppositionelle um Havel in einem Prager Theater das "
                         "Bürgerforum.")[0] == "alliance"
    assert best_category("Wie das Bürgerforum mitteilte, soll ihn seine erste Auslandsreise am Dienstag nächster "
                         "Woche in beide deutsche Staaten führen.")[0] == "visit"


def test_news_with_no_place_of_its_own_is_where_it_was_told():
    text = ("Kiew (dpa) – Die Lage ist ruhig. Am Donnerstag billigte die Bank in London einen Kredit. Über ein "
            "Darlehen von 585 Millionen Dollar dürfte die EU-Kommission im Januar entscheiden, hieß es in Brüssel.")
    loan = draft_from_text(text, DEC16_2000).events.iloc[-1]
    assert (loan["place"], str(loan["start"].date())) == ("Brussels", "2001-01-01")  # not London


def test_a_day_set_as_the_date_is_not_when_it_was_set():
    text = ("Kiew (dpa) – Die Lage ist ruhig. Den 15. Dezember als Termin hatte Kutschma am 5. Juni beim Besuch von "
            "US-Präsident Bill Clinton in Kiew verkündet.")
    assert str(only(text, published=DEC16_2000)[0]["start"].date()) == "2000-06-05"


def test_a_code_stands_for_the_state_of_today_and_a_capital_for_the_state_of_its_day():
    from lagebild.extract.gazetteer import country_place

    assert [country_place(code).english for code in ("DE", "CZ", "RS")] == ["Germany", "Czech Republic", "Serbia"]
    text = "Wien (dpa) – Die Lage ist ruhig. Prag protestierte am Montag scharf."
    assert only(text, published=dt.date(1968, 8, 22))[0]["actors"] == "Czechoslovakia"
    assert only(text, published=dt.date(2023, 4, 20))[0]["actors"] == "Czech Republic"



# Hundred-and-forty-sixth round: from the held-out reports of round 145 (belgrad_proteste_1997,
# ddr_volkskammerwahl_1990, jelzin_wahl_1991, polen_runder_tisch_1989, tschernomyrdin_ernennung_1992).
DEC15_1992, MAR19_1990 = dt.date(1992, 12, 15), dt.date(1990, 3, 19)


def test_an_adverb_opening_a_sentence_is_no_town():
    assert _places("Dabei lag der Sekretär Juri Skokow knapp vor Tschernomyrdin.") == []  # not Dubai
    assert _places("Wowtschansk liegt nur fünf Kilometer von der Grenze entfernt.") == ["Vovchansk"]


def test_in_a_text_on_the_peoples_congress_the_congress_is_no_us_body():
    text = ("Moskau (dpa) – Der Volksdeputiertenkongress hat gestern im Kreml Tschernomyrdin gewählt. Am vergangenen "
            "Mittwoch hatte der Kongress seine Bestätigung als Regierungschef abgelehnt.")
    rejected = draft_from_text(text, DEC15_1992).events.iloc[-1]
    assert (rejected["place"], rejected["actors"]) == ("Moscow", "Congress of People's Deputies")  # not Washington
    text = "Washington (dpa) – Die Lage ist ruhig. Der Kongress verabschiedete am Montag ein Gesetz."
    assert "United States" in only(text, published=dt.date(2023, 4, 20))[0]["actors"]


def test_a_compromise_reached_is_past():
    text = ("Moskau (dpa) – Die Lage ist ruhig. Erst am Samstag gelang unter Vermittlung Sorkins ein Kompromiss "
            "zwischen Jelzin und Parlamentspräsident Ruslan Chasbulatow.")
    assert str(only(text, published=DEC15_1992)[0]["start"].date()) == "1992-12-12"  # not the coming Saturday


def test_the_gdr_is_east_germany_and_a_land_in_a_party_name_no_actor():
    text = ("Ost-Berlin – Die konservative Allianz für Deutschland hat die erste freie Wahl zur Volkskammer der DDR "
            "überraschend deutlich gewonnen.")
    actors = only(text, published=MAR19_1990)[0]["actors"].split(";")
    assert "East Germany" in actors and "Alliance for Germany" in actors and "West Germany" not in actors


def test_a_national_front_and_an_election_commission_are_no_troops_and_no_trip():
    assert best_category("Seit 1949 waren die Abgeordneten der Volkskammer stets über die Einheitslisten der "
                         "Nationalen Front bestimmt worden.") is None
    assert best_category("Das endgültige amtliche Ergebnis will die Wahlkommission nach eigenen Angaben am kommenden "
                         "Montag bekanntgeben.") is None
    assert best_category("Die IAEA schickt am Montag eine Expertenmission nach Tschernobyl.")[0] == "visit"


# Hundred-and-forty-seventh round: from the held-out reports of round 146 (bosnien_referendum_1992,
# kroatien_anerkennung_1991, rumaenien_iliescu_wahl_1990, ukraine_ruch_1989, ungarn_wahl_1990).
MAY22_1990 = dt.date(1990, 5, 22)


def test_actors_of_bucharest_budapest_warsaw_chisinau_and_kyiv_around_1990():
    text = ("Bukarest (dpa) – Iliescu, Ministerpräsident Roman, Câmpeanu, die Rettungsfront, Antall, Mazowiecki, "
            "Snegur und Schriftsteller Drach von der Volksbewegung Ruch trafen sich am Montag in Bukarest, wo einst "
            "Ceaușescu herrschte.")
    actors = _all_actors(text, MAY22_1990)
    for name in ("Ion Iliescu", "Petre Roman", "Radu Câmpeanu", "National Salvation Front", "Nicolae Ceaușescu",
                 "József Antall", "Tadeusz Mazowiecki", "Mircea Snegur", "Ivan Drach", "Rukh"):
        assert name in actors


def test_a_front_of_national_salvation_is_no_front_line():
    assert best_category("Seine Front der Nationalen Rettung kommt in beiden Kammern auf zwei Drittel der "
                         "Sitze.") is None
    assert best_category("Die Rettungsfront kommt auf zwei Drittel der Sitze.") is None
    assert best_category("An der Front wurde am Montag heftig gekämpft.")[0] == "military"


def test_a_proclamation_named_after_a_town_and_an_exile_place_nothing():
    text = ("Bukarest (dpa) – Die Lage ist ruhig. Sie protestieren seit dem 22. April und berufen sich auf die "
            "Proklamation von Temeswar.")
    assert "Timişoara" not in _places_of(text)
    text = ("Bukarest (dpa) – Die Lage ist ruhig. „Das war kein fairer Wettbewerb“, sagte der Liberale am Montag, der "
            "nach Jahrzehnten im Pariser Exil in die Heimat zurückgekehrt ist.")
    assert only(text, published=MAY22_1990)[0]["place"] == "Bucharest"  # not Paris


def _places_of(text: str) -> set[str]:
    return set(draft_from_text(text, MAY22_1990).events["place"])


def _all_actors(text: str, published: dt.date) -> str:
    """Every actor the draft of ``text`` names, in one string."""
    return ";".join(draft_from_text(text, published).events["actors"])
