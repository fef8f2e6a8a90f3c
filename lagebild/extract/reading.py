"""One sentence as the drafter reads it: its own dates, places, actors and category cue."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from . import cues as cue_words
from .actors import Actor, find_actors
from .amounts import Cue
from .dates import MONTHS, WAR_OF, WEEKDAYS, DateMention, find_dates
from .gazetteer import PlaceMention, find_places, is_attributive, overlaps
from .name_uses import backing_named, in_aside, invited_to, target_of_passive
from .origins import is_origin
from .place_words import REGION_WORDS, SETTLEMENT_WORDS, SITE_WORDS
from .relative_clauses import EMBEDDED, with_antecedent
from .sources import source_place
from .stance import JUDGING
from .tense import ANNOUNCED_WORDS, QUOTED
from .territory import territories
from .text import Sentence

# "seit dem Einmarsch vor 14 Monaten", "seit dem Überfall auf sein Land am": the date belongs to the noun after "seit",
# not to the sentence (but "Seit dem 10. Oktober versucht die Armee …", no noun between, is the sentence's own).
SINCE = re.compile(r"\bseit\s+(?:(?:dem|der|den)\s+(?:\w+\s+){1,8}|Beginn\s+(?:\w+\s+){0,8})$|"
                   # "Anders als bei ihrem Eklat Ende Februar verlief das Gespräch …": the date of what is compared
                   r"\banders\s+als\s+(?:bei|beim|im|am|auf|nach)\s+(?:\w+\s+){0,6}$",
                   re.IGNORECASE)  # "seit Beginn der …"
# "Das Manöver soll bis Ende Mai dauern": a sentence on how long the event before lasts (see linking).
LASTS = re.compile(r"\b(?:dauer(?:n|t|te|ten)|andauern|anhalten|läuft|laufen)\b")
# "die seit Oktober schwer umkämpfte Stadt": a date inside an attribute, before a participle and its noun.
# (and "Die am 5. September in Minsk vereinbarte Feuerpause": an agreement of its own day and place)
_ATTRIBUTE_OPENS = re.compile(r"\b(?:[Dd]ie|[Dd]er|[Dd]as|den|dem|des|eine[nmrs]?)\s+(?:seit\s+(?:dem\s+)?|am\s+)$")
_ATTRIBUTIVE = re.compile(r"\s+(?:in\s+[A-ZÄÖÜ][\w-]+\s+)?(?:[a-zäöüß]+\s+){0,2}?[a-zäöüß]+(?:te|ene|enen|ten)\s+"
                          r"[A-ZÄÖÜ]")
# Words that point back to a place named before: "dort", "westlich der Stadt".
THERE = re.compile(r"\b(?:[Dd]ort|(?:[Dd]ie|[Dd]er)\s+(?:Stadt|Hauptstadt|Millionenstadt|Großstadt|Steppenstadt|"
                   r"Hafenstadt|Küstenstadt|Grenzstadt|Frontstadt|Industriestadt|Bergbaustadt|"
                   r"Gebietsverwaltung|Regionalverwaltung)"
                   r"(?!\s+[A-ZÄÖÜ])|"  # not "der Stadt Sumy"
                   r"(?:in|aus)\s+(?:das|dem|die|der)\s+(?:Gebiet|Region)"
                   r"(?!\s+[A-ZÄÖÜ]))\b")  # "in das Gebiet", not "die Region Kursk" nor "das Gebiet bleibe"
_APPOSITION = re.compile(r",\s+(?:in\s+|nach\s+)?")
# A sentence that only continues the previous one: it opens with a pronoun, or it is a quotation.
# "Das" as a pronoun ("Das sagte er"), not as an article: "Das russische Verteidigungsministerium sprach …",
# "Das Unternehmen, das zum Veon-Konzern gehört, kündigte an, …" (a new event of its own).
CONTINUES = re.compile(r"^(?:Er|Sie|Dieser|Diese|Dies|"
                       r"Das(?!\s+(?:[a-zäöü]+e\s+)?[A-ZÄÖÜ]\w*))\b|„")
# A preposition of place, an optional article and up to two words: "in der ukrainischen Hauptstadt ", "die Pipeline
# zwischen Finnland …" (not "der Krieg zwischen Israel …"). Not "über": "über Przemyśl in die Ukraine" is the way.
AFTER_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|[Nn]ach|[Aa]us|[Vv]on|[Bb]ei|[Bb]is|[Zz]um|[Zz]ur|[Ii]m|[Aa]m|[Aa]n|[Aa]uf|[Gg]egen|[Vv]or|[Uu]m|[Nn]ahe|[Uu]nweit|"
    r"\w*(?:[Pp]ipeline|[Kk]abel|[Vv]erbindung|[Ll]eitung)\w*\s+(?:\S+\s+){0,2}?zwischen)"
    # not across a finite verb: "am Donnerstagmorgen hatte Russland …" names the subject, not a scene
    r"\s+(?:(?:der|die|den|dem|des|das)\s+)?(?:(?!(?:hatte|hatten|hat|haben|war|waren|ist|sind|wird|werden|wurde|"
    r"wurden)\s)[^\s:;]+\s+){0,2}$"  # nor across a colon: "warb um Zustimmung: Russland könne …"
)
# "am Dienstag Moskau vorgeworfen", "In der Nacht zum Sonntag feuerte Russland …": a name after a date (and its verb)
# is not in the preposition's phrase.
_AFTER_DATE = re.compile(rf"\b(?:{'|'.join(w.capitalize() for w in (*WEEKDAYS, *MONTHS, 'wochenende'))})\w*\s+"
                         r"(?:(?!(?:in|im|nach|aus|von|vom|bei|beim|bis|zum|zur|am|an|auf|gegen|vor|um|nahe|unweit|über|"
                         r"der|die|den|dem|des|das|und|mit)\s)[a-zäöüß]+\s+)?$")


@dataclass
class Reading:
    """What one sentence says: its own date, place, actors and cues."""

    sentence: Sentence
    dates: list[DateMention]
    background: list[tuple[DateMention, int]]  # with the offset of "seit" that ties it to a noun
    embedded: list[tuple[DateMention, int, int]]  # dated relative clauses, with their offsets
    places: list[PlaceMention]
    locations: list[PlaceMention]  # the places that say where something happened (see is_location)
    recipients: list[PlaceMention]  # countries something goes to ("an die Ukraine"): a last resort
    actors: list[tuple[Actor, Cue]]
    category: tuple[str, list[Cue]] | None


# A clause in the pluperfect ("…, der … entmachtet worden war,") tells what had happened before the main clause's day.
_EARLIER = re.compile(r"\b(?:war|waren|hatte|hatten)\s*,?\s*$")
_HEARD = re.compile(r"\b(?:hieß\s+es|verlautete)\b")
_SET_AS = re.compile(r"\s+als\s+(?:neue[nrs]?\s+)?(?:Termin|Datum|Stichtag)\b")
_A_DAY = frozenset({"weekday", "weekday_after", "explicit", "numeric", "relative_day"})


def _has_a_day(mentions: list[DateMention]) -> bool:
    return any(m.kind in _A_DAY for m in mentions)


def read_sentence(sentence: Sentence, published: dt.date) -> Reading:
    dates, background, embedded = [], [], []
    found = find_dates(sentence.text, published)
    clauses = [(m.start(), m.end()) for m in EMBEDDED.finditer(sentence.text)]
    outside = [m for m in found if not any(b < m.begin and m.stop < e for b, e in clauses)]
    for mention in found:
        # "der russischen Invasion vom 24. Februar 2022": the date is the invasion's, not the sentence's
        since = SINCE.search(sentence.text[: mention.begin]) or WAR_OF.search(sentence.text[: mention.begin])
        clause = next(((b, e) for b, e in clauses if b < mention.begin and mention.stop < e), None)
        before = sentence.text[: mention.begin] + ("seit " if mention.text.lower().startswith("seit") else "")
        attribute = _ATTRIBUTE_OPENS.search(before)
        described = _ATTRIBUTIVE.match(sentence.text[mention.stop :]) if attribute else None
        if described:  # "die seit Oktober schwer umkämpfte Stadt": an event of its own, not the sentence's date
            embedded.append((mention, attribute.start(), mention.stop + described.end()))
        elif since:
            background.append((mention, since.start()))
        elif _announced_period(sentence.text, mention) or _DEMANDED.search(sentence.text[: mention.begin]) or \
                _SET_AS.match(sentence.text, mention.stop):  # "Den 15. Dezember als Termin hatte Kutschma am 5. Juni
            continue  # … verkündet"; "kündigte an, Deutschland werde noch im Dezember … liefern": when due, not said
        elif clause and _tells_event(with_antecedent(sentence.text, *clause)):
            embedded.append((mention, *clause))
        elif clause and outside and (mention.ongoing or _AFTER_THAT.match(sentence.text, clause[0])
                                     or _EARLIER.search(sentence.text, 0, clause[1]) and _has_a_day(outside)):
            # "Abaschidse, der Adscharien seit 1991 regiert hatte, trat … zurück", "Nachdem der Putsch am
            # Mittwochabend zusammengebrochen war, räumten die OMON-Männer gestern …", "Dubček, der am 21. August
            # 1968 entmachtet worden war, sprach am Donnerstag …": not the main clause's day
            continue
        else:
            dates.append(mention)
    # "Putin empfing ihn spät am Abend, wie Peskow heute bestätigte": a day in the closing reporting clause is when it
    # was told; the event keeps a date of its own, unless the telling is the event ("…, berichtete CNN am Montag").
    told, closing = len(cue_words.content(sentence.text)), cue_words.REPORTING_CLAUSE.search(sentence.text)
    report = told == len(sentence.text) and closing is not None and any(m.begin >= closing.start() for m in dates)
    if any(m.begin < told for m in dates) or report:
        dates = [m for m in dates if (m.begin >= closing.start() if report else m.begin < told)]
    # "„Russland hat heute …“, sagte Selenskyj noch am selben Tag": a day in the quoted words is the speaker's
    if any(not inside_quotes(sentence.text, m.begin) for m in dates):
        dates = [m for m in dates if not inside_quotes(sentence.text, m.begin)]
    # "Selenskyj sagte, man sehe nun, mit wem man es zu tun habe": the speaker's now, not the day of the news
    dates = [m for m in dates if m.kind != "now" or m.begin < reported_from(sentence.text)]
    # A date is not a place: "bis Ende Mai" names no town called Ende; nor is a person's name ("Wladimir Putin").
    actors = find_actors(sentence.text, published)
    people = [(c.begin, c.stop) for a, c in actors if a.kind == "person"]
    taken = [(m.begin, m.stop) for m in found] + people
    places = [as_region(p) if _REGION_WORD.search(sentence.text[: p.begin]) and p.place.kind != "country" else p
              for p in find_places(sentence.text) if not any(overlaps(p, b, e, people) for b, e in taken)]
    # A place in a closing "…, teilte das Ministerium in Berlin mit" is where the source sits (``told``, above).
    category = cue_words.met_people(cue_words.best_category(main_clause(sentence.text, embedded)), actors)
    # "angekündigt, zwei Wochen nach dem Einmarsch in die Ukraine": the war recalled is not the sentence's kind
    recalled = [(None, since, m.stop) for m, since in background if _INVASION_RECALLED.match(sentence.text, since)]
    if recalled and (own := cue_words.best_category(main_clause(sentence.text, [*embedded, *recalled]))):
        category = cue_words.met_people(own, actors)
    # Nor a country in what was said ("Blinken betonte, die Vereinigten Staaten stünden an der Seite der Ukraine").
    said = reported_from(sentence.text)
    military = category is not None and category[0] in ("military", "war")
    visit = category is not None and category[0] == "visit"
    meeting = category is not None and category[0] == "meeting"  # "zu der die Schweiz im Juni einlädt": the host
    locations = [m for m in places
                 if (is_location(m, sentence.text) or meeting and _HOSTS.match(sentence.text[m.stop :]))
                 and m.begin < told and not inside_quotes(sentence.text, m.begin)
                 and not (military and BODY_IN_TOWN.search(sentence.text[: m.begin]))
                 and not source_place(m, sentence.text, military)  # "laut dem Außenministerium in Neu-Delhi"
                 and not (not visit and _ON_THE_WAY.search(sentence.text[: m.begin]))  # where a ship was going
                 and not (m.place.geo_precision == "country" and m.begin >= said)]  # fmt: skip
    locations += territories(sentence.text, military)
    statement = category is not None and category[0] == "statement"
    # news with no place of its own is where it was heard: "… dürfte die EU-Kommission …, hieß es in Brüssel"
    heard = not locations and not military and _HEARD.search(sentence.text, told)
    if (statement or heard) and told < len(sentence.text):  # "…, sagte er in London": where said
        locations = [m for m in places if m.begin >= told and is_location(m, sentence.text)] or locations
    # "…, nachdem er am Montag in Kiew gewesen war": the clause's place is its own event's, not the sentence's
    asides = [*((b, e) for _, b, e in embedded), *((s, m.stop) for m, s in background)]
    kept = [m for m in locations if not any(b <= m.begin < e for b, e in asides)]
    if not military:  # "unter dem Eindruck des russischen Angriffs auf die Ukraine … beantragt": the war named
        recalled = recalled or [m for m in kept if _WAR_NAMED.search(sentence.text[: m.begin])]
        kept = [m for m in kept if not _WAR_NAMED.search(sentence.text[: m.begin])]
    locations = kept or ([] if recalled else locations)  # (the war recalled in one is never the scene)
    if HYPOTHETICAL.search(sentence.text):  # "Auch ein Angriff auf die Krim-Brücke wird darin theoretisch
        category, locations = None, []  # durchgespielt": no event, and no scene for the sentences around it
    recipients = [m for m in places if is_recipient(m, sentence.text)]
    return Reading(sentence, dates, background, embedded, places, locations, recipients, actors, category)


_SEE_OF = re.compile(r"\b(?:Erzbischof|Bischof|Patriarch|Metropolit)\w*\s+von\s+$")  # "Der Erzbischof von Bologna"
_OFFICIAL_OF = re.compile(r"\b(?:Gouverneur|Bürgermeister|Stadtchef|Militärverwaltung)\w*\s+von\s+$")
HYPOTHETICAL = re.compile(r"\b(?:theoretisch|hypothetisch|durchgespielt|Gedankenspiel\w*)\b|"
                             r"^(?:Sollte|Sollten|Falls)\s[^,]*,|"  # "Sollte Russland …, wollen …"
                             r"^" + cue_words.LEFT_OPEN.pattern)  # "Ob London auch Jets liefert, ließ Sunak offen"
# Where a ship or a flight was going, where weapons may be aimed ("gegen Ziele in Russland einzusetzen"): no scene.
_ON_THE_WAY = re.compile(r"\bZiele?\s+(?:\S+\s+){0,2}?in\s+$|"
                         r"\b(?:auf\s+dem\s+(?:Weg|Rückweg)|vor\s+(?:seinem|ihrem|dem)\s+(?:Ab|Weiter)flug)\s+nach\s+$")
# "bestätigte das Verteidigungsministerium in Moskau den Abzug": where the body sits, not where the fighting was.
BODY_IN_TOWN = re.compile(r"\b(?:\w*[Mm]inisterium|Regierung|Generalstab|Führung|Kommando|Behörden)\s+in\s+$")


# "Dieser sagte, die Söldner wollten nach Warschau": after a speech verb and its comma comes what was said.
# … and what someone was congratulated on: "gratulierte Putin den Wagner-Einheiten zur „Befreiung“ von Artjomowsk".
_SAID_THEN = re.compile(r"\b(?:(?:sagte|erklärte|betonte|warnte|behauptete|meinte|schrieb|mahnte|versicherte)n?|gesagt|"
                        r"erklärt|betont|gewarnt|behauptet)\b[^,;:]{0,60}?[,:]\s|"
                        # "hatte vor dem Parlament eingeräumt, dass die Ukraine ihre Rechnungen in Russland …"
                        r"\b(?:eingeräumt|räumte[n]?\s+(?:\S+\s+){0,8}?ein),\s+dass\s|"
                        r"\bgratulierte[n]?\s+(?:\S+\s+){0,12}?zu[mr]?\s|"
                        # "gab das Weiße Haus bekannt, dass Biden seine Reise nach Deutschland verschiebt"
                        r"\b(?:gab|gaben|teilte|teilten)\s+(?:\S+\s+){0,8}?(?:bekannt|mit),\s+dass\s|"
                        + JUDGING.pattern)  # "wertete die Truppenbewegungen als …": the judgement is said


def inside_quotes(text: str, position: int) -> bool:
    """Is ``position`` inside quoted words? A place in them is not where they were said."""
    return any(m.start() < position < m.end() for m in QUOTED.finditer(text))


def reported_from(text: str) -> int:
    """Where the reported content of a statement begins (the end of the text if it has none)."""
    said = _SAID_THEN.search(text)  # not after a quote ("„…“, sagte die UN-Koordinatorin, heute in Saporischschja")
    return said.end() if said and not re.search(r"“,\s*$", text[: said.start()]) else len(text)


# "forderten sie Russland auf, ab Montag einer Waffenruhe zuzustimmen": when the demanded thing is due
_DEMANDED = re.compile(r"\b(?:forderte[n]?|rief(?:en)?|drängte[n]?)\s+(?:\S+\s+){0,8}?auf,\s+(?:\S+\s+){0,2}$")


def _announced_period(text: str, mention: DateMention) -> bool:
    """A month or year named in what someone announced: when the thing is due (a day would be the event's)."""
    told = ANNOUNCED_WORDS.search(text)  # (not the month of talks: "kündigte an, noch in diesem Monat … zu beraten")
    return told is not None and mention.begin >= told.end() and mention.precision in ("month", "year") and not \
        re.search(r"\bzu\s+(?:beraten|verhandeln|treffen)\b|zusammenzu(?:kommen|treffen)\b", text[told.end() :])


def _tells_event(clause: str) -> bool:
    """Is a dated relative clause an event of its own? Not when it says how long the main clause's event
    lasted (", der von Freitag bis Sonntag dauerte,") or tells no event (", das in der Nacht zu Samstag
    ausgestrahlt wurde,"): then its date is the main clause's."""
    return not LASTS.search(clause) and cue_words.best_category(clause) is not None


def main_clause(text: str, embedded: list[tuple[DateMention, int, int]]) -> str:
    """``text`` with its dated relative clauses blanked out (offsets kept)."""
    for _, begin, end in embedded:
        text = text[:begin] + " " * (end - begin) + text[end:]
    return text


# "die Stadt Awdijiwka": a name after a word for a settlement is a place where something happens.
# Not after "für die Stadt …": that town is a recipient.
_SETTLEMENT = re.compile(rf"(?<!für die )(?<!an die )\b(?:{SETTLEMENT_WORDS}|{SITE_WORDS})\s+$")
# "nach dem russischen Einmarsch in die Ukraine am 24. Februar": the war recalled (not "Zerstörung", "Fall")
_INVASION_RECALLED = re.compile(r"(?:Invasion|Einmarsch|Überfall|Großangriff|Angriffskrieg|Angriff)")
_WAR_NAMED = re.compile(r"\b(?:Angriff|Einmarsch|Überfall|Krieg|Invasion)\w*\s+(?:auf|in|gegen)\s+die\s+$")
# "im Gebiet Donezk": the name stands for the region around the city of that name.
_REGION_WORD = re.compile(rf"\b(?:{REGION_WORDS})\s+$")
# "Kiew besucht", "griff Russland Kiew … an": a town visited, attacked or taken is the scene.
_VISITED_BEFORE = re.compile(r"\b(?:besuchte[n]?|bereiste[n]?|griff(?:en)?|beschoss(?:en)?|bombardierte[n]?|"
                             r"eroberte[n]?|erreichte[n]?|besetzte[n]?|überzog(?:en)?|empfängt)\s+(?:\S+\s+){0,3}$")
# "hatte Russland Kiew und Charkiw mit Raketen angegriffen", "hatten Cherson am 2. März eingenommen": the scene
_VISITED_AFTER = re.compile(r"^\s+(?:und\s+[A-ZÄÖÜ]\w+\s+)?"
                            r"(?:[a-zäöü]+\s+|mit\s+(?:\S+\s+){1,3}?|(?:im|am)\s+(?:\d{1,2}\.\s+)?[A-ZÄÖÜ]\w+\s+){0,2}?"
                            r"(?:besucht|bereist|besuchte[n]?|bereiste[n]?|angegriffen|"
                            r"beschossen|bombardiert|erobert|eingenommen|einzunehmen|erreicht|besetzt|verlassen)\b|"
                            # "hat Russland Kiew mit einer der dichtesten Angriffswellen seit Wochen überzogen"
                            r"^\s+mit\s+(?:\S+\s+){0,8}?überzogen\b|"
                            # "eine Kinschal über Kiew mit einem Patriot-System abgefangen": where it was shot down
                            r"^\s+(?:\S+\s+){0,5}?(?:abgefangen|abgeschossen)\b|"
                            # "lag Tschernihiw in der Nacht zu Mittwoch … unter schwerem Beschuss"
                            r"^\s+(?:\S+\s+){0,12}?unter\s+(?:\w+\s+)?(?:Beschuss|Feuer)\b")
# "die Ukraine überfallen", "hatte der Präsident Litauen, Estland und Lettland besucht"
_COUNTRY_VISITED = re.compile(r"\s+(?:\S+\s+){0,4}?überfallen\b|"
                              r"(?:,\s+[A-ZÄÖÜ]\w+)*(?:\s+und\s+[A-ZÄÖÜ]\w+)?\s+(?:besucht|bereist)\b")
# "an die Ukraine liefern", "gegen die Ukraine": a country after these is a recipient or a target.
_RECIPIENT = re.compile(r"\b(?:(?:[Aa]n|[Gg]egen|[Ff]ür)\s+(?:der|die|den|dem|das)?|"
                        r"dankte[n]?\s+(?:vor\s+allem\s+|besonders\s+|insbesondere\s+)?(?:der|den|dem)?)\s*$")
# "ein Frieden in der Ukraine", "die Grenze zu Belarus": the place belongs to a noun, it is the topic.
_TOPIC = re.compile(r"\b(?:(?:Frieden|Friedens|Krieg|Krieges|Kriegs|Lage|Konflikt|Konflikts|Situation|Wiederaufbau|"
                    # "wandte sich an die Menschen in Russland": whom it is about, not where; "die Wahl in den USA"
                    r"Wahl|Wahlen|Menschen|Bürger\w*|Bevölkerung|Unruhe|Sorgen?|Bedenken|Zweifel|Vorbehalte|Entscheidung|"
                    r"\w*[Ll]ieferungen|"  # "Bedenken in Moskau zu zerstreuen": whose doubts, not where
                    r"\w*[Vv]erbrechen|Gräueltaten|Menschenrechtsverletzungen)\s+in|"  # "Verbrechen in der Ukraine"
                    r"Grenz(?:e|en|zone|linie)\s+(?:zu|zum|zur|nach|mit)|(?:Einigung|Entscheidung|Beschlüsse|Beschluss|Erklärung|Proklamation)\s+von|"
                    r"Druck\s+auf|(?:verurteilte|kritisierte)n?\s+(?:\S+\s+){0,3}?\w*(?:Angriff|Anschlag)\w*\s+auf)"
                    r"\s+(?:der|die|den|dem|das)?\s*$|"  # "Druck auf Moskau", "verurteilte den Angriff auf Dnipro"
                    r"\bVerteidigung\s+(?:der|des|von)\s+(?:(?:Region|Gebiets?|Stadt)\s+)?$|"  # what for, not where
                    # when, not where: "hatte sich nach dem gescheiterten Putsch in Moskau für unabhängig erklärt"
                    r"\bnach\s+dem\s+(?:\w+\s+)?(?:Putsch|Staatsstreich|Umsturz)\w*\s+in\s+$|"
                    # "stritten … über die Zukunft der nordbosnischen Stadt Brčko": what about, not where
                    r"\b(?:Zukunft|Status)\s+(?:der|des|von)\s+(?:[\w-]+\s+){0,2}$|"
                    # "Über die Zukunft Kirgistans müsse …", "für die Einheit Jugoslawiens": a genitive
                    r"\b(?:die|der)\s+(?:Zukunft|Status|Einheit)\s+$")


def as_region(mention: PlaceMention) -> PlaceMention:
    """"Gebiet Donezk": the region named after the city, placed at the city, coarser than it."""
    place = replace(mention.place, english=f"{mention.place.english} region", german=f"Gebiet {mention.place.german}",
                    kind="region")  # fmt: skip
    return replace(mention, place=place)


# A noun right before a name in the genitive: "Veto Russlands" (not "in Kiews Innenstadt").
_GENITIVE_OWNER = re.compile(r"\b[A-ZÄÖÜ]\w+\s+$")
_TARGET_WAS = re.compile(r"\b\w*[Zz]iele?\s+(?:war|waren|ist|sind)\s+$")
_PART_OF = re.compile(r"\b(?:Teile|Teilen|Vororte|Vororten|Stadtteile|Stadtteilen|Zentrum|(?:Ost|West|Nord|Süd)teil|"
                      r"Altstadt|Innenstadt)\s+$")  # "Teile Kiews", "den Ostteil Mostars": where


# (and "das von Russland angegriffene Land": the attacker, not "von Kertsch angegriffen worden")
# (and "die von Moskau gelenkten „Volksrepubliken“", "der von Moskau verkündeten Einnahme": who steers, who tells;
# "ein Gipfel der von Moskau angeführten Zollunion": who leads it, not where it met)
_CONTROLLED_BY = re.compile(r"\s+(?:(?:kontrolliert|besetzt|gehalten|erobert|eingesetzt|gelenkt|gesteuert|gestützt|"
                            r"annektiert|geführt|angeführt|dominiert)\w*|(?:angegriffen|verkündet|gemeldet|behauptet)e[nmrs]?)\b")


def is_controller(mention: PlaceMention, text: str) -> bool:
    """"in von Russland kontrollierte Orte", "des von Moskau eingesetzten Krim-Chefs": who holds the place or
    installed the official, not a scene and not an actor of the event."""
    return text[: mention.begin].endswith(("von ", "Von ")) and bool(_CONTROLLED_BY.match(text[mention.stop :]))


_RANKED_AFTER = re.compile(r"\bnach\s+(?:den|der|dem)?\s*$")
_HOSTS = re.compile(r"\s+(?:\S+\s+){0,3}?(?:einlädt|einlud|ausrichtet|ausrichtete)\b")




def is_location(mention: PlaceMention, text: str) -> bool:
    """Does the name say where something happened, or is it an actor ("dass Kiew Mitglied wird")?

    A named site (an air base, a landmark) always is; a city after a locative preposition ("in der ukrainischen
    Hauptstadt Kiew") or opening the sentence ("Moskau bekräftigte …", where the capital speaks for its government)
    is; a country only after a preposition ("in die Ukraine"). A city elsewhere ("stellte Kiew Güter zur Verfügung")
    is the recipient or the state, not the scene; so is a country after "an" or "gegen" ("liefert … an die Ukraine"),
    and a place that belongs to a noun ("ein Frieden in der Ukraine") is the topic.
    """
    before = text[: mention.begin]
    if mention.place.geo_precision == "exact":
        return True
    if is_topic(mention, text) or is_recipient(mention, text):
        return False
    if any(m.start() < mention.begin < m.end() for m in cue_words.DAY_OF_EVENT.finditer(text)):
        return False  # "am Abend der Explosionen von Saki": when, not where
    if in_aside(text, mention.begin):  # "…, was in Kiew als Angriff … gewertet wurde", "…, kurz bevor er nach
        return False  # Washington flog", "…, die in Prag geboren wurde": a reaction, the next trip, a birthplace
    # "Teile Kiews", "Hauptziel war Luzk", "war Mostar … beschossen worden": where it happened
    if _PART_OF.search(before) or _TARGET_WAS.search(before) or target_of_passive(text, mention.begin, mention.stop):
        return True
    if is_attributive(mention) and not mention.text.endswith("er") and \
            (_GENITIVE_OWNER.search(before) or backing_named(text, mention.stop)):
        return False  # "am Veto Russlands", "auf Antrag Kiews", "mit Moskaus Hilfe": whose, not where
    if _RANKED_AFTER.search(before) and re.match(r"\s+als\b", text[mention.stop :]) or _COMPARED_WITH.search(before):
        return False  # "gilt nach den USA als einer ihrer wichtigsten Verbündeten": a rank, not a place; nor a
    # comparison: "nicht mehr Personal beschäftigen als die bulgarische Botschaft in Moskau"
    invited = invited_to(text, mention.begin, mention.stop)
    if is_origin(mention, text) or invited or is_controller(mention, text) or _SEE_OF.search(before):
        return False  # "in von Russland kontrollierte Orte": who controls them, not where
    if (AFTER_PREPOSITION.search(before) and not _AFTER_DATE.search(before)) or _SETTLEMENT.search(before) or \
            _REGION_WORD.search(before) or _OFFICIAL_OF.search(before):  # "meldete der Gouverneur von Kursk …"
        return True
    if _visited(mention, text) or mention.text.endswith("er") and _GATHERING_AFTER.match(text[mention.stop :]):
        return True  # "die Münchner Sicherheitskonferenz": where the gathering is
    # (not in reported speech: "Moskau werde aber alles für einen Friedensprozess tun", said the speaker elsewhere)
    return mention.place.geo_precision != "country" and not before.strip() and not _SAID_BY.match(text, mention.stop)


_AFTER_THAT = re.compile(r"[Nn]achdem\b")
_SAID_BY = re.compile(r"\s+(?:werde|habe|sei|könne|müsse|wolle|solle|dürfe)\b")


_COMPARED_WITH = re.compile(r"\b(?:mehr|weniger)\s+(?:\S+\s+){0,4}?als\s+(?:die|der|das|den)\s+(?:\S+\s+){0,3}?in\s+$")
# "im Aachener Rathaus", "vom Moskauer Stadtgericht": where the gathering or the court is
_GATHERING_AFTER = re.compile(r"\s+(?:\w+-)?\w*(?:[Kk]onferenz|[Gg]ipfel|[Gg]espräche|[Vv]erhandlungen|[Tt]reffen|"
                              r"[Tt]agung|Rathaus|Dom|Hafen|Flughafen|Bahnhof|Polizei|\w*[Gg]ericht)\b")


def _visited(mention: PlaceMention, text: str) -> bool:
    """A town as the object of a verb of visiting or attacking (countries there are mostly the subject)."""
    if mention.place.geo_precision == "country":  # but a country invaded or toured is the scene
        verb = _VISITED_BEFORE.search(text[: mention.begin])  # (right after the verb it is the subject:
        attacked = verb and len(verb.group(0).split()) > 1 and re.match(r"\s+mit\b", text[mention.stop :])
        return bool(_COUNTRY_VISITED.match(text[mention.stop :]) or attacked)  # "griff Russland mit 77 Drohnen an")
    return bool(_VISITED_BEFORE.search(text[: mention.begin]) or _VISITED_AFTER.match(text[mention.stop :]))


def is_topic(mention: PlaceMention, text: str) -> bool:
    """A place that belongs to a noun ("der Krieg in der Ukraine", "die Grenze zu Belarus"): a topic, not an actor.
    Not where someone arrived ("zu seiner ersten Auslandsreise seit der Wahl in Paris eingetroffen")."""
    arrived = re.match(r"\s+(?:eingetroffen|angekommen|gelandet)\b", text[mention.stop :])
    return bool(_TOPIC.search(text[: mention.begin])) and not arrived


def is_recipient(mention: PlaceMention, text: str) -> bool:
    """A country, or a capital standing for it, something is given to or aimed at ("liefert … an die
    Ukraine", "die Weitergabe der Jets an Kiew")."""
    state = mention.place.geo_precision == "country" or mention.place.kind == "capital"
    return state and bool(_RECIPIENT.search(text[: mention.begin]))


_LABEL = re.compile(r"^(?:Hintergrund|Zudem|Außerdem|Unterdessen|Indes|Auch)\s*:?\s+")


def opens(reading: Reading, begin: int) -> bool:
    """Does the word at ``begin`` open the sentence (at most an article before it)?"""
    before = _LABEL.sub("", reading.sentence.text[:begin])  # "Hintergrund: Die EU-Kommission …"
    return len(before.split()) <= 1


def named_in_apposition(reading: Reading, there: re.Match[str]) -> PlaceMention | None:
    """The town a "die Hauptstadt" stands beside: "nach Wladikawkas, in die Hauptstadt der Teilrepublik"."""
    return next((m for m in reading.places if _APPOSITION.fullmatch(reading.sentence.text, m.stop, there.start())),
                None)
