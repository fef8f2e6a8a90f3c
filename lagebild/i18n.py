"""UI strings in German and English, and locale-aware date formatting (babel).

Every text the page shows comes from :data:`STRINGS`; labels of categories and
statuses come from :mod:`lagebild.vocab`.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal

from .schema import period_end

LANGUAGES: tuple[str, ...] = ("de", "en")
DEFAULT_LANGUAGE = "de"
_LOCALES = {"de": "de_DE", "en": "en_GB"}

STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("Lagebild: Stoltenbergs Besuch in Kiew", "Situation map: Stoltenberg's visit to Kyiv"),
    "app_caption": (
        "Ereignisse aus einem Nachrichtenbericht vom 20. April 2023 auf Karte und Zeitachse",
        "Events from a news report of 20 April 2023 on a map and a timeline",
    ),
    "language": ("Sprache", "Language"),
    "filters": ("Filter", "Filters"),
    "period": ("Zeitraum", "Period"),
    "categories": ("Kategorien", "Categories"),
    "statuses": ("Status", "Status"),
    "actors": ("Akteure", "Actors"),
    "countries": ("Länder", "Countries"),
    "text_search": ("Freitext (Titel, Zusammenfassung)", "Free text (title, summary)"),
    "reset": ("Filter zurücksetzen", "Reset filters"),
    "count_line": ("{shown} von {total} Ereignissen", "{shown} of {total} events"),
    "map": ("Karte", "Map"),
    "timeline": ("Zeitachse", "Timeline"),
    "timeline_help": (
        "Zeitraum mit der Maus aufziehen, um Karte und Liste einzugrenzen; Doppelklick hebt das auf.",
        "Drag across the timeline to narrow the map and list; double-click clears it.",
    ),
    "brushed": ("Auf der Zeitachse gewählt: {period}", "Selected on the timeline: {period}"),
    "reframe": ("Ausschnitt an Auswahl anpassen", "Fit map to selection"),
    "clear_brush": ("Auswahl aufheben", "Clear selection"),
    "briefing_button": ("Briefing-Ansicht", "Briefing view"),
    "back_to_dashboard": ("Zurück zum Dashboard", "Back to dashboard"),
    "page_dashboard": ("Lagebild", "Situation map"),
    "page_draft": ("Entwurf aus Artikel", "Draft from article"),
    "draft_title": ("Ereignisse aus einem Artikel entwerfen", "Draft events from an article"),
    "draft_help": (
        "Deutschen Nachrichtentext einfügen und das Erscheinungsdatum angeben. Die Regeln schlagen "
        "Ereignisse vor; jedes Feld zeigt, aus welchen Wörtern es stammt. Prüfen, ändern, übernehmen.",
        "Paste a German news text and give its publication date. Rules propose events; each field "
        "shows the words it came from. Review, edit, keep.",
    ),
    "draft_text": ("Artikeltext", "Article text"),
    "draft_published": ("Erscheinungsdatum", "Publication date"),
    "draft_run": ("Entwurf erstellen", "Draft events"),
    "draft_review": ("{n} vorgeschlagene Ereignisse prüfen", "Review {n} proposed events"),
    "draft_accept": ("übernehmen", "keep"),
    "draft_provenance": ("Herkunft jedes Feldes", "Where each field came from"),
    "draft_provenance_help": (
        "Blau: Datum · Grün: Ort · Orange: Status/Umfang · Violett: Zuschreibung · Grau: Akteure · Rot: Kategorie",
        "Blue: date · green: place · orange: status/amount · violet: attribution · grey: actors · red: category",
    ),
    "draft_download": ("{n} Ereignisse herunterladen (CSV)", "Download {n} events (CSV)"),
    "draft_add": ("{n} Ereignisse zur Sitzung hinzufügen", "Add {n} events to this session"),
    "draft_added": (
        "Hinzugefügt: {accepted} übernommen, {rejected} abgelehnt. Sie erscheinen im Lagebild.",
        "Added: {accepted} accepted, {rejected} rejected. They now appear on the situation map.",
    ),
    "exports": ("Export und Briefing", "Export and briefing"),
    "brief_too_many": (
        "Briefing-Bilder zeigen jedes Ereignis: höchstens {n}. Filter eingrenzen.",
        "Briefing images draw every event: at most {n}. Narrow the filters.",
    ),
    "brief_title_input": ("Titel für Briefing-Ansicht und -Bild", "Title for the briefing view and image"),
    "own_events": ("Eigene Ereignisse (Upload)", "Your own events (upload)"),
    "upload_label": (
        "CSV, XLSX, JSON, GeoJSON, ACLED oder TimelineJS (bis {mb} MB, {rows} Zeilen)",
        "CSV, XLSX, JSON, GeoJSON, ACLED or TimelineJS (up to {mb} MB, {rows} rows)",
    ),
    "importing": ("Importiere {file} …", "Importing {file} …"),
    "source_line_upload": (
        "{file}: {accepted} übernommen, {rejected} abgelehnt",
        "{file}: {accepted} accepted, {rejected} rejected",
    ),
    "source_mode": ("Anzeigen", "Show"),
    "source_mode_beside": ("neben den Artikel-Ereignissen", "beside the article's events"),
    "source_mode_instead": ("statt der Artikel-Ereignisse", "instead of the article's events"),
    "remove_uploads": ("Uploads entfernen", "Remove uploads"),
    "mapping_title": ("Spalten zuordnen: {file}", "Map the columns: {file}"),
    "mapping_help": (
        "Das Format der Datei ist unbekannt. Welche Spalte enthält was? Die Vorschläge sind geraten.",
        "The file's layout is unknown. Which column holds what? The suggestions are guesses.",
    ),
    "mapping_language": ("Sprache von Titel und Zusammenfassung", "Language of title and summary"),
    "mapping_apply": ("Importieren", "Import"),
    "mapping_download": ("Zuordnung herunterladen (JSON)", "Download mapping (JSON)"),
    "mapping_incomplete": ("Noch nicht zugeordnet: {missing}", "Not mapped yet: {missing}"),
    "report_title": (
        "Importbericht {file}: {accepted} übernommen, {rejected} abgelehnt",
        "Import report {file}: {accepted} accepted, {rejected} rejected",
    ),
    "rejected_download": ("Abgelehnte Zeilen herunterladen (CSV)", "Download rejected rows (CSV)"),
    "changes_title": ("Änderungen an übernommenen Zeilen", "Changes made to accepted rows"),
    "origin": ("Datenquelle", "Data source"),
    "source_notes": ("{count} Hinweise zum Zusammenführen der Quellen", "{count} notes on merging the sources"),
    "origin_bundled": ("Artikel (mitgeliefert)", "Article (bundled)"),
    "legend_upload": ("äußerer Ring: eigene Datei (Upload)", "outer ring: your own file (upload)"),
    "events": ("Ereignisse", "Events"),
    "details": ("Details", "Details"),
    "select_event": ("Ereignis auswählen", "Select an event"),
    "no_selection": (
        "Ein Ereignis in der Liste oder auf der Karte anklicken, um Details zu sehen.",
        "Click an event in the list or on the map to see its details.",
    ),
    "no_events": ("Keine Ereignisse für diese Filter.", "No events match these filters."),
    "col_date": ("Datum", "Date"),
    "col_title": ("Titel", "Title"),
    "col_place": ("Ort", "Place"),
    "col_category": ("Kategorie", "Category"),
    "col_status": ("Status", "Status"),
    "summary": ("Zusammenfassung", "Summary"),
    "attribution": ("Quelle der Aussage", "Claimed by"),
    "source": ("Quelle", "Source"),
    "quote": ("Zitat", "Quote"),
    "amount": ("Umfang", "Amount"),
    "actors_label": ("Akteure", "Actors"),
    "geo_precision": ("Ortsgenauigkeit", "Location precision"),
    "legend": ("Legende", "Legend"),
    "legend_status": ("Status", "Status"),
    "legend_filled": ("ausgefüllt: geschehen / angekündigt", "filled: occurred / announced"),
    "legend_hollow": ("Ring: geplant / erwartet", "ring: planned / expected"),
    "legend_assessed": ("Ring mit Punkt: Einschätzung (Geheimdienst, Analyse)", "ring with dot: assessed"),
    "legend_nato": ("NATO-Mitglied am {date}", "NATO member on {date}"),
    "legend_front": (
        "Russisch besetzte Gebiete (ungefähr, Stand April 2023)",
        "Russian-occupied areas (approximate, April 2023)",
    ),
    "legend_trip": ("Stoltenbergs Reise (Reihenfolge)", "Stoltenberg's journey (in order)"),
    "bad_params": (
        "Einige Angaben in der Adresse waren ungültig und wurden ignoriert: {details}",
        "Some values in the address were invalid and were ignored: {details}",
    ),
    "permalink": (
        "Die Adresse dieser Seite hält die Ansicht fest: kopieren und teilen.",
        "This page's address holds the view: copy it to share.",
    ),
    "data_problems": (
        "Einige Zeilen von {file} wurden nicht geladen:",
        "Some rows of {file} could not be loaded:",
    ),
    "data_file_missing": (
        "Datendatei {file} konnte nicht geladen werden ({reason}). Die Seite zeigt, was geladen wurde.",
        "Data file {file} could not be loaded ({reason}). The page shows what did load.",
    ),
    "data_rows_rejected": (
        "{file}: {rejected} von {total} Zeilen nicht geladen (Zeilen {rows}); alle übrigen werden gezeigt.",
        "{file}: {rejected} of {total} rows not loaded (rows {rows}); all others are shown.",
    ),
    "map_file_missing": (
        "Kartendatei {file} fehlt oder ist beschädigt ({reason}); die Karte wird ohne diese Ebene gezeigt.",
        "Map file {file} is missing or corrupt ({reason}); the map is drawn without that layer.",
    ),
    "source_line": ("Quelle: {source}", "Source: {source}"),
    "data_as_of": ("Datenstand: {date}", "Data as of: {date}"),
    "made_on": ("erstellt am {date}", "made on {date}"),
    "out_of_view": (
        "Nicht im ersten Kartenausschnitt: {places} (herauszoomen).",
        "Not in the first map view: {places} (zoom out).",
    ),
    "brief_topic": ("Stoltenbergs Besuch in Kiew", "Stoltenberg's visit to Kyiv"),
    "brief_off_map": ("Außerhalb des Kartenausschnitts: {places}", "Outside the map: {places}"),
    "brief_all": ("alle", "all"),
    "brief_text": ("Suchtext", "Search text"),
    "brief_count": ("{n} Ereignisse", "{n} events"),
    "brief_no_events": ("Keine Ereignisse für diese Filter", "No events match these filters"),
    "mode_markers": ("Einzelereignisse", "Individual events"),
    "mode_aggregated": (
        "Aggregiert: {n} Ereignisse in {cells} Zellen (Filter oder Zeitraum eingrenzen für Einzelereignisse)",
        "Aggregated: {n} events in {cells} cells (narrow the filters or the period to see single events)",
    ),
    "timeline_counts": ("Ereignisse pro {bin} nach Kategorie", "Events per {bin} by category"),
    "bin_day": ("Tag", "day"),
    "bin_week": ("Woche", "week"),
    "bin_month": ("Monat", "month"),
    "col_count": ("Anzahl", "Count"),
    "table_first": ("erste {shown} von {total}", "first {shown} of {total}"),
    # Notes of the article drafter (lagebild.extract): why a field has the value it has.
    "note_intent": ("Absicht im Präsens („{words}“): auf den Erscheinungstag datiert",
                    "an intention in the present tense ('{words}'): dated to publication"),
    "note_date_neighbour": ("Datum aus einem Nachbarsatz", "date taken from a neighbouring sentence"),
    "note_told_by_next": ("Datum aus dem nächsten Satz, der sich auf dieses Ereignis bezieht („Das kündigte … an“)",
                          "date from the next sentence, which refers back to this event ('Das kündigte … an')"),
    "note_at_summit": ("Ort des Gipfels, der in diesen Tagen stattfand („{words}“)",
                       "place of the summit held in those days ('{words}')"),
    "note_told_there": ("Ort aus dem nächsten Satz, der die Nachricht mitteilt („Das teilte … in Minsk mit“)",
                        "place from the next sentence, which tells the news ('Das teilte … in Minsk mit')"),
    "note_invasion": ("russische Truppen am Tag (im Monat) des Einmarschs ({day}): der Krieg selbst",
                      "Russian forces on the day (in the month) of the invasion ({day}): the war itself"),
    "note_no_date": ("kein Datumsausdruck: Erscheinungstag angenommen", "no date expression: publication day assumed"),
    "note_past_not_ahead": ("der Satz erzählt Vergangenes: das künftige Datum des Nachbarsatzes gilt nicht",
                            "the sentence tells the past: a neighbour's future date does not apply"),
    "note_day_part_named": ("„{part}“ des im Satz genannten Tages ({day})",
                            "'{part}' of the day the sentence names ({day})"),
    "note_within_span": ("„{words}“: der Tag innerhalb der zuvor genannten Tage",
                         "'{words}': the day within the days named before"),
    "note_day_part_today": ("„{part}“ von etwas Bevorstehendem: heute", "'{part}' of something still to come: today"),
    "note_day_of_event": ("„{words}“: der Tag des zuvor genannten Ereignisses ({day})",
                          "'{words}': the day of the event named before ({day})"),
    "note_day_part_before": ("„{part}“ des zuvor genannten Tages ({day})", "'{part}' of the day named before ({day})"),
    "note_day_of_clause": ("der Tag aus dem eigenen Relativsatz („{words}“)",
                           "the day named in its own relative clause ('{words}')"),
    "note_body_town": ("nur der Sitz der meldenden Stelle ({place})", "only the seat of the reporting body ({place})"),
    "note_demonym_country": ("nur ein Adjektiv nennt das Land ({state})",
                             "only an adjective names the country ({state})"),
    "note_article_country": ("kein Ort genannt: das Land, das der Artikel zuvor per Adjektiv nannte ({state})",
                             "no place named: the country the article named before by its adjective ({state})"),
    "note_war_territory": ("Krieg ohne genanntes Gebiet: die Ukraine", "war with no territory named: Ukraine"),
    "note_struck_side": ("Angriff ohne genanntes Ziel: die andere Kriegsseite ({state})",
                         "a strike with no target named: the other side of the war ({state})"),
    "note_acting_capital": ("die Hauptstadt als Handelnde: ihre Regierung ({place})",
                            "the capital as the actor: its government ({place})"),
    "note_finer": ("„{words}“ ist ungenauer als der im Satz genannte Tag ({day}): dieser gilt",
                   "'{words}' is vaguer than the day the sentence names ({day}): that day is taken"),
    "note_reported_on": ("„{words}“ datiert die Meldung, nicht das Ereignis: „{day}“ gilt",
                         "'{words}' dates the report, not the event: '{day}' is taken"),
    "note_announced_for": ("angekündigt „{told}“ für „{day}“: das Angekündigte gilt",
                           "announced '{told}' for '{day}': the announced event is taken"),
    "note_afterwards": ("„{words}“: der zuletzt genannte Tag", "'{words}': the day named last"),
    "note_recalled": ("ein Jahrestag: gilt der Tag, an den er erinnert ({words})",
                      "an anniversary: the day it recalls is taken ({words})"),
    "note_gathering_day": ("„{words}“: der Tag des zuvor genannten Treffens",
                           "'{words}': the day of the meeting told before"),
    "note_closing": ("„{words}“: der letzte Tag des zuvor genannten Zeitraums",
                     "'{words}': the last day of the period named before"),
    "note_approximate": ("ungefähres Datum ({words})", "approximate date ({words})"),
    "note_reference": ("„{words}“ passt zum bekannten Datum ({event}, {date}; {source}): dieser Tag wird übernommen",
                       "'{words}' agrees with the known date of the {event} ({date}, {source}): that day is taken"),
    "note_departure": ("„{words}“: die Reise begann am zuvor genannten Ort",
                       "'{words}': the trip began at the place named before"),
    "note_there": ("„{words}“ verweist auf den zuvor genannten Ort", "'{words}' refers to the place named before"),
    "note_since": ("„{words}“: dauert bis zum Erscheinungstag an", "'{words}': goes on until publication"),
    "note_day_before": ("„{words}“: der Tag vor dem zuvor genannten ({day})",
                        "'{words}': the day before the one named before ({day})"),
    "note_day_after": ("„{words}“: der Tag nach dem zuvor genannten ({day})",
                       "'{words}': the day after the one named before ({day})"),
    "note_days_later": ("„{words}“: gezählt vom zuvor genannten Tag ({day})",
                        "'{words}': counted from the day named before ({day})"),
    "note_later": ("„{words}“: Wochen oder Monate gezählt vom zuvor genannten Tag ({day})",
                   "'{words}': weeks or months counted from the day named before ({day})"),
    "note_weekday_after": ("„{words}“: der erste solche Tag nach dem zuvor genannten ({day})",
                           "'{words}': the first such day after the one named before ({day})"),
    "note_same_day": ("„{words}“: derselbe Tag wie der zuvor genannte ({day})",
                      "'{words}': the same day as the one named before ({day})"),
    "note_ongoing": ("„{words}“: dauert vom zuvor genannten Datum bis zum Erscheinungstag an",
                     "'{words}': lasts from the date named before until publication"),
    "note_subject_seat": ("Ort ist der Sitz von {actor}, womit der Satz beginnt",
                          "place is the seat of {actor}, who opens the sentence"),
    "note_place_neighbour": ("Ort aus einem Nachbarsatz", "place taken from a neighbouring sentence"),
    "note_acting_state": ("der handelnde Staat: {state}", "the acting state: {state}"),
    "note_recipient": ("kein Ort genannt: der Empfänger {state}", "no place named: the recipient, {state}"),
    "note_place_section": ("Ort aus einem früheren Satz des Abschnitts", "place taken from earlier in the section"),
    "note_site": ("„{words}“: die zuvor so genannte Anlage", "'{words}': the site named so before"),
    "note_named_before": ("„{words}“: der zuletzt zuvor genannte Ort dieser Art",
                          "'{words}': the last place of that kind named before"),
    "note_whereabouts": ("Ort: wo der Text {actor} zuletzt hingeführt hat", "place: where the text last put {actor}"),
    "note_place_article": ("kein Ort im Satz oder Abschnitt: der im Artikel bisher meistgenannte Ort",
                           "no place in the sentence or section: the place the article has named most so far"),
    "note_seat": ("Ort ist der Sitz von {actor}", "place is the seat of {actor}"),
    "field_start": ("Datum", "date"),
    "field_end": ("Ende", "end"),
    "field_place": ("Ort", "place"),
    "field_actors": ("Akteure", "actors"),
    "field_status": ("Status", "status"),
    "field_attribution": ("Zuschreibung", "attribution"),
    "field_amount": ("Betrag", "amount"),
    "field_quantity": ("Menge", "quantity"),
    "field_category": ("Kategorie", "category"),
}


def t(key: str, lang: str, **values: object) -> str:
    """The UI string ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    de, en = STRINGS[key]
    text = de if lang == "de" else en
    return text.format(**values) if values else text


def locale(lang: str) -> str:
    return _LOCALES.get(lang, _LOCALES[DEFAULT_LANGUAGE])


def format_count(n: int, lang: str) -> str:
    """``123.456`` / ``123,456``."""
    return format_decimal(n, locale=locale(lang))


def format_day(day: dt.date, lang: str) -> str:
    """``20. April 2023`` / ``20 April 2023``."""
    return format_date(day, "d. MMMM y" if lang == "de" else "d MMMM y", locale=locale(lang))


def format_period(start: dt.date, end: dt.date | None, precision: str, lang: str) -> str:
    """A date as precise as the record: a day, a week, a month, a year, or a range of them."""
    last = period_end(end or start, precision)
    if precision == "year":
        return str(start.year) if last.year == start.year else f"{start.year}–{last.year}"
    if precision == "month":
        first_month = format_date(start, "LLLL y", locale=locale(lang))
        last_month = format_date(last, "LLLL y", locale=locale(lang))
        return first_month if first_month == last_month else f"{first_month} – {last_month}"
    if precision == "week":
        prefix = "Woche vom" if lang == "de" else "week of"
        return f"{prefix} {format_day(start, lang)}"
    return format_day_range(start, last, lang)


def format_day_range(start: dt.date, last: dt.date, lang: str) -> str:
    """``19.–21. April 2023`` / ``19–21 April 2023``; full month names, unlike CLDR's intervals."""
    if last == start:
        return format_day(start, lang)
    if (start.year, start.month) == (last.year, last.month):
        return f"{start.day}{'.' if lang == 'de' else ''}–{format_day(last, lang)}"
    return f"{format_day(start, lang)} – {format_day(last, lang)}"


def date_labels(events: pd.DataFrame, lang: str) -> list[str]:
    """:func:`format_period` for every row of an events frame (``start``, ``end``, ``date_precision``)."""
    return [
        format_period(start.date(), None if pd.isna(end) else end.date(), precision, lang)
        for start, end, precision in zip(events["start"], events["end"], events["date_precision"], strict=True)
    ]
