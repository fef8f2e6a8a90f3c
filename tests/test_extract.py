"""Drafting events from German articles: the seed draft, the CLI, the own reports, the drafting rules."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from lagebild import ROOT
from lagebild.cli import main
from lagebild.extract import draft_from_text
from lagebild.extract.dates import find_dates
from lagebild.schema import COLUMNS, validate_csv
from tests.drafting import FEB28, JUL19, JUN14, NOV15, THU, only

SEED = ROOT.parent / "shared" / "seeds" / "000_35ab76b49c56c235.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"


@pytest.fixture(scope="module")
def seed_draft():
    return draft_from_text(SEED.read_text(encoding="utf-8"), THU)


def test_seed_draft_passes_the_schema_and_keeps_provenance(seed_draft):
    report = validate_csv(seed_draft.to_csv())
    assert report.ok, report.summary()
    assert report.accepted == len(seed_draft.events) == len(seed_draft.provenance) >= 15
    assert list(seed_draft.events.columns) == list(COLUMNS)
    text = seed_draft.text
    for provenance in seed_draft.provenance:
        for span in provenance.sentences + [s for spans in provenance.fields.values() for s in spans]:
            assert text[span.begin : span.end] == span.text


def test_seed_draft_finds_the_key_events(seed_draft):
    events = seed_draft.events
    aid = events[(events["amount"] == 325e6)].iloc[0]
    assert (aid["start"].date(), aid["currency"], aid["status"], aid["category"]) == (
        dt.date(2023, 4, 19), "USD", "announced", "aid")
    ramstein = events[(events["place"] == "Ramstein Air Base") & (events["category"] == "meeting")].iloc[0]
    assert (ramstein["start"].date(), ramstein["status"]) == (dt.date(2023, 4, 21), "planned")
    tanks = events[events["item"] == "Leopard 2A4"].iloc[0]
    assert (tanks["quantity"], tanks["status"]) == (14, "planned")
    provenance = seed_draft.provenance[list(events.index).index(aid.name)]
    assert [s.text for s in provenance.fields["start"]] == ["Mittwoch"]
    assert [s.text for s in provenance.fields["amount"]] == ["325 Mio. Dollar"]


def test_cli_writes_draft_and_provenance(tmp_path, capsys):
    out = tmp_path / "draft.csv"
    assert main(["extract", str(SEED), "--published", "2023-04-20", "-o", str(out)]) == 0
    assert validate_csv(out.read_bytes()).ok
    provenance = json.loads((tmp_path / "draft.provenance.json").read_text(encoding="utf-8"))
    assert provenance["published"] == "2023-04-20"
    assert len(provenance["events"]) == len(validate_csv(out.read_bytes()).events)
    notes = [n for event in provenance["events"] for n in event["notes"]]
    assert notes and all(isinstance(n, str) for n in notes)  # English text in the JSON
    assert "schema check: ok" in capsys.readouterr().out


def test_cli_rejects_a_bad_publication_date(tmp_path, capsys):
    assert main(["extract", str(SEED), "--published", "20.04.2023", "-o", str(tmp_path / "d.csv")]) == 2
    assert "ISO date" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(path.stem for path in ARTICLES.glob("*.txt")))
def test_own_test_articles_have_valid_expected_events(name):
    assert validate_csv((ARTICLES / f"{name}.events.csv").read_bytes()).ok
    published = dt.date.fromisoformat((ARTICLES / f"{name}.meta").read_text(encoding="utf-8").split()[0])
    draft = draft_from_text((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), published)
    assert validate_csv(draft.to_csv()).ok


def test_an_approximate_date_takes_the_known_day_of_the_event_it_names():
    draft = draft_from_text("Seit dem russischen Einmarsch vor knapp 14 Monaten war Stoltenberg nicht in Kiew.", THU)
    [(event, provenance)] = [(e, p) for (_, e), p in zip(draft.events.iterrows(), draft.provenance, strict=True)
                             if e["start"].year == 2022]  # fmt: skip
    assert (event["start"].date(), event["date_precision"], event["category"]) == (dt.date(2022, 2, 24), "day", "war")
    assert any("Russian full-scale invasion" in str(note) for note in provenance.notes)
    assert any("passt zum bekannten Datum" in note.text("de") for note in provenance.notes)
    assert [s.text for s in provenance.fields["start"]] == ["vor knapp 14 Monaten", "russischen Einmarsch"]


def test_a_reference_date_that_disagrees_with_the_text_is_not_taken():
    # "vor knapp drei Jahren" is spring 2020: the invasion's day does not fall in it, the text's date stays.
    draft = draft_from_text("Seit dem russischen Einmarsch vor knapp drei Jahren hat sich in Kiew viel verändert.", THU)
    assert 2020 in set(draft.events["start"].dt.year)
    assert not (draft.events["start"] == "2022-02-24").any()
    assert not any(note.key == "reference" for p in draft.provenance for note in p.notes)


def test_nato_accession_dates_come_from_the_geo_table():
    event, _ = only("Der kürzlich erfolgte NATO-Beitritt Finnlands verdoppelt Russlands Grenze zur NATO.")
    assert (event["start"].date(), event["date_precision"], event["place"]) == (dt.date(2023, 4, 4), "day", "Finland")
    before, _ = only("Der kürzlich erfolgte NATO-Beitritt Finnlands verdoppelt Russlands Grenze zur NATO.",
                     published=dt.date(2023, 3, 1))  # fmt: skip
    assert before["date_precision"] == "month"  # the accession lies after that publication day: not taken


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die NATO-Staaten seien sich einig, dass Kiew Mitglied werden sollte, teilte Stoltenberg im Februar mit.",
         "Brussels"),  # "dass Kiew …" is the state spoken about; the speaker's organisation sits in Brussels
        ("Am Dienstag traf Stoltenberg in der ukrainischen Hauptstadt Kiew Selenskyj.", "Kyiv"),
        ("Moskau bekräftigte am Dienstag sein Kriegsziel.", "Moscow"),
        ("Der Kreml beeilte sich am Dienstag mit seiner Warnung, dass die Ukraine nicht beitreten dürfe.", "Moscow"),
        ("Erst am Mittwoch kündigten die USA weitere Militärhilfe an.", "United States"),
    ],
)
def test_a_name_is_a_place_only_where_something_happens_there(text, place):
    event, _ = only(text)
    assert event["place"] == place


def test_a_departure_happens_where_the_trip_began():
    text = ("Der Termin mit Petr Pavel in Brüssel wurde auf Mittwoch vorverlegt. "
            "Danach dürfte Stoltenberg in die Ukraine aufgebrochen sein.")  # fmt: skip
    event, provenance = only(text, category="visit")
    assert (event["place"], event["start"].date()) == ("Brussels", dt.date(2023, 4, 19))
    assert any(note.key == "departure" for note in provenance.notes)


def test_a_present_intention_is_dated_to_publication_not_to_the_sentence_before():
    text = ("Erst am Mittwoch kündigten die USA weitere Militärhilfe an. "
            "Dänemark und die Niederlande wollen gemeinsam 14 Kampfpanzer beschaffen.")  # fmt: skip
    draft = draft_from_text(text, THU)
    tanks = draft.events[draft.events["quantity"] == 14].iloc[0]
    assert (tanks["start"].date(), tanks["status"]) == (THU, "planned")


def test_an_organisation_opening_the_sentence_outranks_a_neighbours_place():
    text = ("Der Kreml kritisierte die Zusagen am Freitag als Eskalation. "
            "Die Armee meldete zugleich Kämpfe bei Bachmut.")  # fmt: skip
    event, _ = only(text, category="statement")
    assert event["place"] == "Moscow"


def test_repeated_reports_merge_but_two_named_sites_in_one_city_do_not():
    from lagebild.extract.merging import same_event

    kyiv = {"category": "visit", "start": "2023-04-20", "date_precision": "day", "place": "Kyiv",
            "geo_precision": "city", "lat": "50.45", "lon": "30.52", "actors": "Jens Stoltenberg"}  # fmt: skip
    again = {**kyiv, "actors": "Jens Stoltenberg;NATO"}
    monastery = {**kyiv, "place": "St Michael's Monastery, Kyiv", "geo_precision": "exact", "lat": "50.4556"}
    nobody = {**kyiv, "actors": ""}
    assert same_event(kyiv, again) and same_event(kyiv, nobody)
    assert not same_event(kyiv, monastery)
    assert not same_event(kyiv, {**again, "start": "2023-04-21"})
    assert same_event({**kyiv, "_background": True}, {**monastery, "place": "Ukraine", "_background": True})


def test_a_date_is_not_a_place_and_a_year_ago_is_about_twelve_months():
    text = "Vor einem Jahr übten Soldaten in Lettland. Das Manöver dauerte bis Ende Mai."
    draft = draft_from_text(text, dt.date(2023, 5, 10))
    assert "Ende" not in set(draft.events["place"])
    first = draft.events.iloc[0]
    assert (first["start"].date(), first["date_precision"], first["category"], first["place"]) == (
        dt.date(2022, 5, 1), "month", "military", "Latvia")


def test_a_month_of_the_named_year_and_a_night_before_a_weekday():
    wed = dt.date(2023, 7, 19)
    [july] = find_dates("das Abkommen, das sie im Juli vergangenen Jahres vermittelt hatte", wed)
    assert (july.start, july.precision) == (dt.date(2022, 7, 1), "month")
    event, provenance = only("Am Montag sprach Peskow in Moskau. "
                             "In der Nacht zum Dienstag griffen russische Drohnen den Hafen von Odessa an.",
                             published=wed, category="military")  # fmt: skip
    assert (event["start"].date(), event["place"]) == (dt.date(2023, 7, 18), "Odesa")


def test_next_week_without_an_article_and_a_sentence_that_refers_back_keeps_its_date():
    wed = dt.date(2023, 11, 15)
    [week] = find_dates("Er reist nächste Woche nach Berlin.", wed)
    assert (week.start, week.precision) == (dt.date(2023, 11, 20), "week")
    text = ("Der Minister reist nächste Woche nach Berlin. "
            "Dort will er mit Robert Habeck über Ersatzteile sprechen.")  # fmt: skip
    talks, provenance = only(text, published=wed, category="meeting")
    assert (talks["start"].date(), talks["place"]) == (dt.date(2023, 11, 20), "Berlin")
    assert not any(note.key == "intent" for note in provenance.notes)


def test_fighting_since_then_west_of_the_town_is_a_second_event_that_goes_on():
    wed = dt.date(2024, 2, 28)
    text = ("Die ukrainische Armee hatte sich vor elf Tagen aus Awdijiwka zurückgezogen. "
            "Seitdem meldet der Generalstab in Kiew heftige Kämpfe westlich der Stadt.")  # fmt: skip
    draft = draft_from_text(text, wed)
    events = draft.events.sort_values("end", na_position="first")
    assert list(events["place"]) == ["Avdiivka", "Avdiivka"]  # "der Stadt" is Awdijiwka, not the General Staff's Kyiv
    withdrawal, fighting = events.iloc[0], events.iloc[1]
    assert withdrawal["start"].date() == dt.date(2024, 2, 17) and withdrawal["end"] is pd.NaT
    assert (fighting["start"].date(), fighting["end"].date()) == (dt.date(2024, 2, 17), wed)
    notes = [n.text("en") for p in draft.provenance for n in p.notes]
    assert "'Seitdem': lasts from the date named before until publication" in notes
    assert "'der Stadt' refers to the place named before" in notes


def test_a_country_opening_the_sentence_acts_from_its_capital_not_from_a_neighbours_place():
    text = ("Am Montag haben nach Angaben aus Prag 15 Staaten Geld zugesagt. "
            "Die Niederlande beteiligen sich mit 100 Mio. Euro.")  # fmt: skip
    draft = draft_from_text(text, dt.date(2024, 2, 28))
    dutch = draft.events[draft.events["actors"].str.contains("Netherlands")].iloc[0]
    assert dutch["country"] == "NL" and dutch["place"] != "Prague"
    assert (dutch["amount"], dutch["currency"]) == (100_000_000.0, "EUR")


def test_a_donor_opening_the_sentence_is_the_place_and_a_recipient_is_the_last_resort():
    fri = dt.date(2024, 6, 14)
    patriot, _ = only("Deutschland liefert ein drittes Patriot-System an die Ukraine; "
                      "das hatte Pistorius im April angekündigt.", published=fri)  # fmt: skip
    assert (patriot["place"], patriot["geo_precision"]) == ("Germany", "country")  # the donor, not the recipient
    assert patriot["start"].date() == dt.date(2024, 4, 1)
    text = ("Stoltenberg rief im Winter zu Lieferungen an die Ukraine auf. "
            "Die Organisation selbst stellte Kiew nur Generatoren zur Verfügung.")  # fmt: skip
    goods, provenance = only(text, published=fri, category="aid")
    assert goods["place"] == "Ukraine"
    assert "no place named: the recipient, Ukraine" in [n.text("en") for n in provenance.notes]


@pytest.mark.parametrize(
    ("sentence", "published", "category"),
    [
        ("Am Montag verlegte die Armee Raketensysteme nach Kaliningrad.", THU, "military"),
        ("Seit Dienstag üben 3.000 Soldaten in Lettland.", THU, "military"),
        ("Das Außenministerium bestellte am Dienstag den Botschafter in Moskau ein.", THU, "statement"),
        ("Guterres bedauerte die Entscheidung am Montag in New York.", JUL19, "statement"),
        ("Vor zwei Wochen hatte die Ukraine in Kiew eine Verlängerung gefordert.", JUL19, "statement"),
        ("Erdoğan will Ende August in Ankara mit Putin telefonieren.", JUL19, "meeting"),
        ("Seit Oktober greift Russland in der Ukraine verstärkt Kraftwerke an.", NOV15, "military"),
        ("Am Sonntag fiel nach einem Raketenangriff in Charkiw der Strom aus.", NOV15, "military"),
        ("Die EU hat am Freitag in Brüssel 500 Generatoren zugesagt.", NOV15, "aid"),
        ("Am Samstag zog sich die ukrainische Armee aus Awdijiwka zurück.", FEB28, "military"),
        ("Am Montag lehnte Scholz in Berlin die Lieferung von Marschflugkörpern erneut ab.", FEB28, "statement"),
        ("Der Kreml kritisierte die neuen Zusagen am Freitag als Eskalation.", FEB28, "statement"),
        ("Am Dienstag haben nach Angaben aus Prag 15 Staaten Geld für Granaten zugesagt.", FEB28, "aid"),
        ("Am Freitag unterzeichnete Selenskyj in Rom ein Sicherheitsabkommen mit Italien.", JUN14, "alliance"),
        ("Am Freitag haben in Bern 90 Staaten ihre Teilnahme an der Konferenz zugesagt.", JUN14, "meeting"),
        ("In der Nacht auf Mittwoch trafen ukrainische Marschflugkörper eine Werft in Sewastopol.", THU, "military"),
        ("Am Mittwoch trafen sich die Außenminister in Brüssel.", THU, "meeting"),
        ("Am Mittwoch ist Kim in Wladiwostok mit Putin zusammengekommen.", THU, "meeting"),
        ("Am Freitag beginnt in München die Sicherheitskonferenz.", FEB28, "meeting"),  # a compound
        ("Im Februar kündigte Pavel auf der Sicherheitskonferenz in München an, Granaten zu kaufen.", FEB28, "aid"),
        ("Die EU hatte sich am 1. Februar in Brüssel auf 50 Milliarden Euro für Kiew geeinigt.", FEB28, "aid"),
        ("Die Weltbank hatte die Kosten im März in Washington auf 411 Mrd. Dollar geschätzt.", FEB28, "statement"),
        ("Am Donnerstag entließ Selenskyj in Kiew den Oberbefehlshaber.", FEB28, "military"),
        ("Am Dienstag traf Selenskyj in Washington mit Biden zusammen.", FEB28, "meeting"),
        ("Putin sprach am Samstagmorgen in Moskau in einer Fernsehansprache von Verrat.", FEB28, "statement"),
        ("Am Montag hatte Scholz in Prag eine Rede zur Zukunft Europas gehalten.", FEB28, "statement"),
        ("Am Mittwoch beginnt das russische Militär in Sibirien das Großmanöver Wostok.", FEB28, "military"),
        ("Am Mittwoch war das in Brüssel ein Ablenkungsmanöver vor dem Termin mit Pavel.", FEB28, "meeting"),
        ("Die Außenminister einigten sich am Mittwoch bei einem Treffen in Prag auf Visa.", FEB28, "meeting"),
        ("Eine Delegation der IAEA hat heute das Kraftwerk bei Enerhodar erreicht.", FEB28, "visit"),
        ("Am Sonntag sprach der Generalstab in Kiew von den schwersten Angriffen seit Monaten.", FEB28, "military"),
        ("Am Dienstag war Selenskyj in Washington, wo er mit Biden zusammentraf.", FEB28, "meeting"),
        ("In diesem Jahr hätten sich in Russland 486.000 Männer als Vertragssoldaten gemeldet.", FEB28, "recruitment"),
        ("Am Dienstag sagte Pistorius in Kiew weitere Militärhilfe zu, darunter vier IRIS-T-Systeme.", FEB28, "aid"),
        ("Am Dienstag sagte Pistorius in Kiew zu Journalisten, die Militärhilfe gehe weiter.", FEB28, "statement"),
        ("Am Mittwoch feuerte Russland mehr als 20 Drohnen auf Kiew ab.", FEB28, "military"),
        ("Russland hat das Abkommen am 17. Juli in Moskau auslaufen lassen.", JUL19, "statement"),
        ("Am Sonntag sprach er in Warschau mit dem polnischen Präsidenten.", JUL19, "meeting"),
        ("Am Dienstag warf Selenskyj in Kiew Russland Sabotage vor.", JUL19, "statement"),
        ("Am Sonntag machte Moskau ukrainischen Beschuss dafür verantwortlich.", JUL19, "statement"),
        ("Am Montag nannte Putin in Moskau die Zerstörung eine barbarische Tat.", JUL19, "statement"),
        ("Am Montag sicherte Stoltenberg in Kiew Selenskyj die Unterstützung der NATO zu.", JUL19, "statement"),
        ("Am Dienstag brachten die Behörden in Cherson Tausende Menschen in Sicherheit.", JUL19, "military"),
        ("Am Sonntag hat Putin in Moskau Beloussow zum neuen Verteidigungsminister ernannt.", JUL19, "military"),
        ("Im Mai hatte Biden in Hiroshima den Weg für die Kampfjet-Koalition frei gemacht.", JUL19, "alliance"),
        ("Die USA haben am Freitag in Washington die Weitergabe der Jets genehmigt.", JUL19, "aid"),
        ("Am Montag kündigte Rutte in Den Haag an, man werde Kampfjets übergeben.", JUL19, "aid"),
        ("Am Montag reiste Scholz nach Athen, wo er mit Mitsotakis zusammenkam.", JUL19, "meeting"),
    ],
)
def test_cue_words_pick_the_category(sentence, published, category):
    """Deployments, summons, regret, calls, strikes, withdrawals, refusals, pledges, agreements."""
    event, _ = only(sentence, published=published)
    assert event["category"] == category


def test_the_day_before_is_counted_from_the_day_named_before_and_a_talk_with_someone_is_a_meeting():
    text = ("Am Mittwoch reiste Selenskyj überraschend nach Brüssel. "
            "Am Vortag hatte er in Bukarest mit Klaus Iohannis über die Donau gesprochen.")  # fmt: skip
    talk, provenance = only(text, published=dt.date(2023, 10, 12), category="meeting")
    assert (talk["start"].date(), talk["place"]) == (dt.date(2023, 10, 10), "Bucharest")
    assert "'Am Vortag': the day before the one named before (Mittwoch)" in [n.text("en") for n in provenance.notes]


def test_an_attack_since_tuesday_goes_on_until_publication_in_the_town_it_names():
    wed = dt.date(2023, 10, 11)
    attack, provenance = only("Seit Dienstag greifen russische Einheiten die Stadt Awdijiwka im Gebiet Donezk an.",
                              published=wed)  # fmt: skip
    assert (attack["start"].date(), attack["end"].date(), attack["place"]) == (dt.date(2023, 10, 10), wed, "Avdiivka")
    assert "'Dienstag': goes on until publication" in [n.text("en") for n in provenance.notes]


def test_the_place_visited_is_the_scene():
    visit, _ = only("Antony Blinken hatte vergangene Woche Kiew besucht.", published=dt.date(2023, 9, 14))
    assert (visit["place"], visit["start"].date(), visit["date_precision"]) == ("Kyiv", dt.date(2023, 9, 4), "week")


def test_the_us_senate_acts_from_washington():
    text = "Der US-Senat billigte am Dienstag ein Hilfspaket. Die EU hatte sich im Februar in Brüssel geeinigt."
    senate, provenance = only(text, published=dt.date(2024, 2, 13), category="aid")
    assert senate["place"] == "Washington"
    assert "place is the seat of United States, who opens the sentence" in [n.text("en") for n in provenance.notes]


def test_the_day_after_and_a_town_attacked_is_the_scene():
    fri = dt.date(2023, 12, 15)
    text = "Am Dienstag traf Selenskyj in Washington Biden. Tags darauf reiste Selenskyj nach Oslo weiter."
    oslo, provenance = only(text, published=fri, category="visit")
    assert (oslo["start"].date(), oslo["place"]) == (dt.date(2023, 12, 13), "Oslo")
    assert "'Tags darauf': the day after the one named before (Dienstag)" in [n.text("en") for n in provenance.notes]
    strike, _ = only("In der Nacht zum Mittwoch griff Russland Kiew mit Raketen an.", published=fri)
    assert (strike["start"].date(), strike["place"]) == (dt.date(2023, 12, 13), "Kyiv")


def test_a_handover_ahead_is_not_yet_done_and_the_words_hoping_for_it_were_said():
    text = "„Wir hoffen, die ersten sechs Jets um den Jahreswechsel übergeben zu können“, sagte Frederiksen."
    draft = draft_from_text(text, dt.date(2023, 8, 21)).events
    handover = draft[draft["category"] == "aid"].iloc[0]
    said = draft[draft["category"] == "statement"].iloc[0]
    assert (str(handover["start"].date()), handover["status"]) == ("2024-01-01", "expected")
    assert (said["start"].date(), said["status"]) == (dt.date(2023, 8, 21), "occurred")
    planned, _ = only("Verteidigungsminister Ben Wallace will die Einzelheiten heute im Unterhaus vorstellen.",
                      published=dt.date(2023, 1, 16))  # fmt: skip
    assert planned["status"] == "planned"  # not quoted: the statement itself is still to come
