"""Drafting rules that came from the held-out reports, rounds 14–16: each test fails without the rule it names.

Earlier rounds are in test_extract_held_out.py, _7_10 and _11_13, later ones in _17_18; each round's block names the
reports its rules came from.
"""

from __future__ import annotations

import datetime as dt

from lagebild.extract import draft_from_text
from lagebild.extract.dates import find_dates
from tests.drafting import only

# Fourteenth round: from the thirteenth round's held-out reports (eu_verhandlungen, gastransit_ende, nordkorea_kursk,
# siegesplan).
NOV05, JAN02, OCT17, JUN26 = dt.date(2024, 11, 5), dt.date(2025, 1, 2), dt.date(2024, 10, 17), dt.date(2024, 6, 26)


def test_confirming_in_the_pluperfect_is_a_statement_even_of_a_deployment():
    confirmed, _ = only("Nato-Generalsekretär Mark Rutte hatte die Entsendung am Montag vergangener Woche in Brüssel "
                        "bestätigt.", published=NOV05)  # fmt: skip
    assert (confirmed["category"], str(confirmed["start"].date()), confirmed["place"]) == (
        "statement", "2024-10-28", "Brussels")


def test_stopping_deliveries_is_no_aid():
    threat, _ = only("In Bratislava hatte Regierungschef Robert Fico am Freitag vergangener Woche gedroht, "
                     "Stromlieferungen an das Nachbarland einzustellen.", published=JAN02)  # fmt: skip
    assert (threat["category"], str(threat["start"].date())) == ("statement", "2024-12-27")
    halt, _ = only("Gazprom hatte am Samstag in Moskau angekündigt, Moldau ab dem 1. Januar kein Gas mehr zu liefern.",
                   published=JAN02)  # fmt: skip
    assert halt["category"] == "statement"


def test_an_infinitive_in_another_clause_does_not_make_a_past_day_future():
    told, _ = only("Der ukrainische Präsident Wolodymyr Selenskyj warf den westlichen Partnern am Sonntagabend vor, "
                   "lediglich zuzuschauen, statt Angriffe zu ermöglichen.", published=NOV05)  # fmt: skip
    assert (str(told["start"].date()), told["status"]) == ("2024-11-03", "occurred")


def test_presenting_a_plan_is_a_statement_and_presenting_it_to_the_leaders_a_meeting():
    rada, _ = only("Gestern hatte Selenskyj das Papier zuerst in der Werchowna Rada in Kiew erläutert.",
                   published=OCT17)  # fmt: skip
    assert (rada["category"], str(rada["start"].date()), rada["place"]) == ("statement", "2024-10-16", "Kyiv")
    summit, _ = only("Selenskyj hat am Donnerstag den Staats- und Regierungschefs der EU in Brüssel seinen Siegesplan "
                     "vorgestellt.", published=OCT17)  # fmt: skip
    assert (summit["category"], summit["place"]) == ("meeting", "Brussels")
    decision, _ = only("Mitte Dezember wollen die Staats- und Regierungschefs der EU in Brüssel über den Beginn von "
                       "Beitrittsgesprächen mit der Ukraine entscheiden.", published=dt.date(2023, 11, 29))  # fmt: skip
    assert decision["category"] == "alliance"  # what the leaders decide on, not that they meet
    shown = draft_from_text("Die Ukraine hat am Sonntag in Kiew ihre ersten Kampfflugzeuge vom Typ F-16 vorgestellt.",
                            dt.date(2024, 8, 5)).events  # fmt: skip
    assert "statement" not in set(shown["category"])  # a thing shown is not a plan presented


def test_a_parliament_acts_from_its_capital():
    text = ("Putin und Kim unterzeichneten im Juni in Pjöngjang einen Vertrag. Die Staatsduma hat das Abkommen bereits "
            "ratifiziert, der Föderationsrat soll morgen zustimmen.")  # fmt: skip
    events = draft_from_text(text, NOV05).events
    ratified = events[events["start"] == "2024-11-06"].iloc[0]
    assert (ratified["category"], ratified["place"]) == ("alliance", "Moscow")


def test_holding_against_someone_is_an_accusation():
    text = ("In Bratislava drohte Regierungschef Robert Fico am Freitag, den Strom abzustellen. Selenskyj hielt "
            "ihm noch am selben Tag vor, eine zweite Energiefront zu eröffnen.")  # fmt: skip
    events = draft_from_text(text, JAN02).events
    reproach = events[events["actors"] == "Volodymyr Zelensky"].iloc[0]
    assert (reproach["category"], str(reproach["start"].date()), reproach["place"]) == (
        "statement", "2024-12-27", "Kyiv")


def test_not_ruling_out_aid_is_a_statement_from_the_speakers_country():
    said, _ = only("Südkoreas Präsident Yoon Suk Yeol hatte schon am 24. Oktober nicht mehr ausgeschlossen, Kiew "
                   "künftig auch direkt mit Waffen zu beliefern.", published=NOV05)  # fmt: skip
    assert (said["category"], said["country"]) == ("statement", "KR")


def test_declaring_an_emergency_is_a_statement():
    declared, _ = only("Das Parlament in Chișinău hatte schon am 13. Dezember einen Notstand im Energiesektor "
                       "ausgerufen.", published=JAN02)  # fmt: skip
    assert (declared["category"], str(declared["start"].date()), declared["place"]) == (
        "statement", "2024-12-13", "Chisinau")


def test_sending_soldiers_is_military_and_a_partnership_treaty_an_alliance():
    sent, _ = only("Nach Angaben des Pentagons hatte Nordkorea im Oktober rund 10.000 Soldaten zur Ausbildung in den "
                   "Osten Russlands geschickt.", published=NOV05)  # fmt: skip
    assert sent["category"] == "military"
    treaty, _ = only("Grundlage ist ein Partnerschaftsvertrag mit gegenseitiger Beistandsklausel, den Putin und "
                     "Machthaber Kim Jong Un im Juni in Pjöngjang unterzeichnet hatten.", published=NOV05)  # fmt: skip
    assert (treaty["category"], str(treaty["start"].date()), treaty["place"]) == (
        "alliance", "2024-06-01", "Pyongyang")


def test_the_chancellery_is_in_berlin_and_putting_off_a_trip_is_a_decision():
    package, _ = only("Am vergangenen Freitag hatte Scholz Selenskyj im Kanzleramt empfangen und ihm gemeinsam mit "
                      "Belgien ein Paket zur Luftverteidigung zugesagt.", published=OCT17)  # fmt: skip
    assert package["country"] == "DE"
    put_off, _ = only("Biden verschob Anfang vergangener Woche wegen des Hurrikans in Washington seine "
                      "Deutschlandreise.", published=OCT17)  # fmt: skip
    assert put_off["category"] == "statement"


def test_a_statement_takes_the_day_of_its_own_relative_clause_unless_that_is_before():
    text = ("Am vergangenen Freitag empfing Scholz Selenskyj in Berlin. NATO-Generalsekretär Mark Rutte, der Selenskyj "
            "heute in Brüssel traf, sprach von einem „starken Signal“.")  # fmt: skip
    events = draft_from_text(text, OCT17).events
    assert "2024-10-11" not in {str(d.date()) for d in events[events["category"] == "statement"]["start"]}
    earlier = ("Gestern kam der Rat in Ankara zusammen. Die Türkei, die das Abkommen am 22. Juli 2022 "
               "vermittelt hatte, kündigte Gespräche mit Moskau an.")  # fmt: skip
    told = draft_from_text(earlier, dt.date(2023, 7, 19)).events
    assert "2022-07-22" not in {str(d.date()) for d in told[told["category"] == "statement"]["start"]}


def test_the_ministers_met_and_security_commitments_are_an_alliance_and_a_reaction_a_statement():
    met, _ = only("Vorgestern hatten zudem die EU-Außenminister in Luxemburg getagt.", published=JUN26)
    assert met["category"] == "meeting"
    signed, _ = only("Am Donnerstag sollen Selenskyj und Ursula von der Leyen in Brüssel gemeinsame Sicherheitszusagen "
                     "der EU für die Ukraine unterzeichnen.", published=JUN26)  # fmt: skip
    assert signed["category"] == "alliance"
    reacted, _ = only("Der Kreml in Moskau hatte gestern reagiert.", published=JUN26)
    assert reacted["category"] == "statement"


def test_days_after_a_named_day_are_counted_and_a_capital_as_subject_acts_at_home():
    (counted,) = [m for m in find_dates("Vier Tage nach dem russischen Überfall am 24. Februar 2022 hatte Kiew seinen "
                                        "Beitrittsantrag gestellt.", JUN26) if m.kind == "counted_after"]  # fmt: skip
    assert counted.start == dt.date(2022, 2, 28)
    applied, _ = only("Vier Tage nach dem russischen Überfall am 24. Februar 2022 hatte Kiew seinen Beitrittsantrag "
                      "gestellt.", published=JUN26, category="alliance")  # fmt: skip
    assert (str(applied["start"].date()), applied["place"]) == ("2022-02-28", "Kyiv")


def test_a_titled_speaker_speaks_from_home_not_from_the_meeting_before():
    text = ("Rutte hatte die Entsendung am Montag in Brüssel bestätigt. Der ukrainische Präsident Wolodymyr Selenskyj "
            "warf den Partnern am Sonntagabend vor, lediglich zuzuschauen.")  # fmt: skip
    events = draft_from_text(text, NOV05).events
    assert events[events["actors"] == "Volodymyr Zelensky"].iloc[0]["place"] == "Kyiv"


def test_the_day_after_opening_a_section_counts_from_the_day_told_in_the_one_before():
    text = ("Entscheidung\n\nBeim EU-Gipfel am 14. Dezember beschlossen die Staats- und Regierungschefs in "
            "Brüssel, Verhandlungen aufzunehmen.\n\nMoskau\n\nDer Kreml in Moskau hatte bereits tags darauf "
            "reagiert.")  # fmt: skip
    events = draft_from_text(text, JUN26).events
    assert "2023-12-15" in {str(d.date()) for d in events[events["category"] == "statement"]["start"]}
    same = ("Angriff\n\nGestern früh griffen Drohnen Moskau an. Vorgestern hatte Russland Kiew mit Raketen beschossen."
            "\n\nReaktionen\n\nDas Weiße Haus erklärte noch am selben Tag, die USA unterstützten keine Angriffe.")
    reaction = draft_from_text(same, dt.date(2023, 5, 31)).events
    assert "2023-05-29" not in {str(d.date()) for d in reaction[reaction["category"] == "statement"]["start"]}


# Fifteenth round: from the fourteenth round's held-out reports (alaska_gipfel, asowstal_ende, dnipro_hochhaus,
# sewastopol_flotte).
AUG17, MAY21, JAN16, SEP25 = dt.date(2025, 8, 17), dt.date(2022, 5, 21), dt.date(2023, 1, 16), dt.date(2023, 9, 25)


def test_writing_and_calling_in_the_pluperfect_are_statements():
    text = ("Trump und Putin sind am Freitag in Anchorage zusammengekommen. Gestern schrieb Trump dann, statt einer "
            "Waffenruhe solle ein Friedensabkommen angestrebt werden.")  # fmt: skip
    events = draft_from_text(text, AUG17).events
    wrote = events[events["category"] == "statement"].iloc[0]
    assert str(wrote["start"].date()) == "2025-08-16"
    called, _ = only("Anfang der Woche hatte Trump das Treffen in Washington noch als eine Art Abtasten bezeichnet.",
                     published=AUG17)  # fmt: skip
    assert called["category"] == "statement"


def test_making_clear_is_a_statement_of_its_own_after_a_trip():
    text = ("Am Mittwoch war Selenskyj dafür eigens nach Berlin gereist. Die Europäer machten deutlich, dass über "
            "ukrainisches Territorium nicht ohne Kiew entschieden werden dürfe.")  # fmt: skip
    events = draft_from_text(text, AUG17).events
    assert {"visit", "statement"} <= set(events["category"])


def test_drones_launched_and_shelling_in_the_present_are_military():
    launched, _ = only("In der Nacht zu Samstag hatte Russland erneut Dutzende Kampfdrohnen auf die Ukraine gestartet.",
                       published=AUG17)  # fmt: skip
    assert launched["category"] == "military"
    warned, _ = only("Putin hatte am 27. März in Moskau gewarnt, Flugplätze, von denen aus die Jets starteten, seien "
                     "legitime Ziele für Raketen.", published=dt.date(2024, 8, 5))  # fmt: skip
    assert warned["category"] == "statement"  # "starteten" and "Raketen" are in different clauses
    shelling, _ = only("Seit Oktober beschießt Russland gezielt Kraftwerke in der Ukraine.", published=JAN16)
    assert (shelling["category"], str(shelling["start"].date())) == ("military", "2022-10-01")


def test_a_video_call_is_a_meeting_and_a_video_address_a_statement():
    call, _ = only("Für heute Nachmittag hat Merz in Berlin eine Videoschalte der Koalition der Willigen angesetzt.",
                   published=AUG17)  # fmt: skip
    assert call["category"] == "meeting"
    speech, _ = only("Selenskyj will am Montag per Video zum Weltwirtschaftsforum in Davos sprechen.", published=MAY21)
    assert (speech["category"], speech["place"]) == ("statement", "Davos")
    joined, _ = only("Selenskyj will sich im Mai per Video zum G7-Gipfel in Hiroshima zuschalten.",
                     published=dt.date(2023, 3, 22))  # fmt: skip
    assert joined["category"] == "meeting"


def test_an_invitation_is_a_statement_and_where_to_is_not_where_it_was_made():
    text = ("Trump und Putin sind am Freitag in Anchorage zusammengekommen. Putin lud Trump zu einem nächsten Treffen "
            "nach Moskau ein.")  # fmt: skip
    events = draft_from_text(text, AUG17).events
    invited = events[events["category"] == "statement"].iloc[0]
    assert invited["place"] != "Moscow"
    text = ("Bundeskanzler Olaf Scholz lehnte am Montag in Berlin die Lieferung von Marschflugkörpern ab. "
            "Frankreichs Präsident Emmanuel Macron lädt für kommenden Montag zu einer Ukraine-Konferenz nach Paris "
            "ein.")  # fmt: skip
    events = draft_from_text(text, dt.date(2024, 2, 28)).events
    assert events[events["category"] == "meeting"].iloc[0]["place"] == "Paris"  # the conference it invites to


def test_the_people_addressed_are_not_the_place_and_the_commons_sit_in_london():
    address, _ = only("Präsident Wolodymyr Selenskyj wandte sich gestern Abend in seiner Videoansprache an die "
                      "Menschen in Russland.", published=JAN16)  # fmt: skip
    assert address["place"] == "Kyiv"
    details, _ = only("Verteidigungsminister Ben Wallace will die Einzelheiten heute im Unterhaus vorstellen.",
                      published=JAN16)  # fmt: skip
    assert (details["category"], details["place"]) == ("statement", "London")


def test_handing_over_named_tanks_is_aid():
    offer, _ = only("Polens Präsident Andrzej Duda hatte am vergangenen Mittwoch in Lwiw angekündigt, im Rahmen einer "
                    "Koalition eine Kompanie Leopard 2 abzugeben.", published=JAN16)  # fmt: skip
    assert offer["category"] == "aid"


def test_a_ministry_telling_of_elsewhere_speaks_from_its_seat():
    told, _ = only("Gestern Abend erklärte das russische Verteidigungsministerium, das Stahlwerk Asowstal in Mariupol "
                   "sei vollständig unter seiner Kontrolle.", published=MAY21)  # fmt: skip
    assert (told["country"], told["place"]) == ("RU", "Russia")  # the ministry of the state, not Mariupol


def test_places_held_by_a_country_and_goods_from_a_country_are_not_the_scene():
    text = ("Die Kämpfer im Stahlwerk in Mariupol gaben auf. Am Montagabend brachten Busse 260 Verwundete in von "
            "Russland kontrollierte Orte.")  # fmt: skip
    events = draft_from_text(text, MAY21).events
    assert "Russia" not in set(events["place"])
    seized, _ = only("Am 24. Juni hatten die Söldner Rostow am Don besetzt.", published=dt.date(2023, 8, 24))
    assert seized["place"] == "Rostov-on-Don"  # "besetzt" after a town without "von": the town taken
    tanks, _ = only("Zudem sollen noch in dieser Woche die ersten Abrams-Kampfpanzer aus den USA in der Ukraine "
                    "eintreffen.", published=SEP25)  # fmt: skip
    assert tanks["country"] == "UA"


def test_the_works_named_before_is_the_place_of_a_later_sentence():
    text = ("Das Stahlwerk Asowstal in Mariupol ist gefallen. Selenskyj sprach gestern in Kiew von Helden.\n\n"
            "Gefangene\n\nVorgestern teilte das Internationale Komitee vom Roten Kreuz mit, es habe Hunderte "
            "Kriegsgefangene aus dem Werk registriert.")  # fmt: skip
    events = draft_from_text(text, MAY21).events
    registered = events[events["start"] == "2022-05-19"].iloc[0]
    # The works itself since the gazetteer knows it (round 22); before, the town it stands in.
    assert (registered["place"], registered["actors"]) == ("Azovstal Iron and Steel Works",
                                                           "International Committee of the Red Cross")  # fmt: skip


def test_part_of_a_day_counts_from_the_same_day_named_before():
    text = ("Die Ukraine hat am Freitagmittag das Hauptquartier der Flotte in Sewastopol mit Raketen angegriffen. Die "
            "ukrainische Armee bestätigte den Schlag noch am selben Tag.\n\nDas Verteidigungsministerium in Moskau "
            "erklärte am Nachmittag, die Luftabwehr habe fünf Raketen abgeschossen.")  # fmt: skip
    events = draft_from_text(text, SEP25).events
    ministry = events[events["place"] == "Moscow"].iloc[0]
    assert str(ministry["start"].date()) == "2023-09-22"


# Sixteenth round: from the fifteenth round's held-out reports (butscha_funde, saluschnyj_abloesung,
# spinnennetz_drohnen, vatikan_treffen).
APR28, JUN03 = dt.date(2025, 4, 28), dt.date(2025, 6, 3)


def test_feasts_are_days_and_proclaiming_is_a_statement():
    (easter,) = find_dates("Am Ostersonntag warfen beide Seiten einander Verstöße vor.", APR28)
    (christmas,) = find_dates("An Weihnachten soll die Waffenruhe gelten.", APR28)
    assert (easter.start, christmas.start) == (dt.date(2025, 4, 20), dt.date(2025, 12, 25))  # as the tense says
    truce, _ = only("Zuvor hatte Putin am Karsamstag in Moskau überraschend eine Oster-Waffenruhe verkündet.",
                    published=APR28)  # fmt: skip
    assert (truce["category"], str(truce["start"].date())) == ("statement", "2025-04-19")


def test_a_cause_lies_in_the_past():
    cause, _ = only("Auslöser der Verstimmung ist der schwere russische Raketenangriff auf Kiew in der Nacht zu "
                    "Donnerstag.", published=APR28)  # fmt: skip
    assert (str(cause["start"].date()), cause["status"]) == ("2025-04-24", "occurred")


def test_having_met_is_a_meeting_not_a_hit():
    met, _ = only("Bereits am 11. April hatten sich die beiden in Sankt Petersburg getroffen.", published=APR28)
    assert met["category"] == "meeting"


def test_bridges_brought_down_are_military_and_a_goods_train_is_no_aid():
    road, _ = only("In der Nacht zu Sonntag stürzte im Gebiet Brjansk eine Straßenbrücke auf einen Personenzug.",
                   published=JUN03)  # fmt: skip
    assert road["category"] == "military"
    rail, _ = only("Wenige Stunden später brach im Gebiet Kursk eine Eisenbahnbrücke unter einem Güterzug zusammen.",
                   published=JUN03)  # fmt: skip
    assert rail["category"] == "military"


def test_agreeing_to_exchange_prisoners_is_military_and_hoping_for_an_exchange_no_event():
    agreed, _ = only("Gestern vereinbarten beide Seiten in Istanbul, Kriegsgefangene auszutauschen und Leichen zu "
                     "übergeben.", published=JUN03)  # fmt: skip
    assert agreed["category"] == "military"
    hope = draft_from_text("Vorgestern teilte das Rote Kreuz mit, es habe in Mariupol Hunderte Kriegsgefangene "
                           "registriert. Wie es weitergeht, ist offen; Kiew setzt auf einen Austausch.",
                           MAY21).events  # fmt: skip
    assert len(hope) == 1


def test_the_ukrainian_security_service_speaks_from_kyiv():
    claim, _ = only("Der SBU erklärte noch am Sonntag, 41 Flugzeuge seien getroffen worden.", published=JUN03)
    assert (claim["place"], claim["actors"]) == ("Kyiv", "Security Service of Ukraine")
