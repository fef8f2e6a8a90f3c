"""Sentences grouped into events: a head sentence and the sentences that only carry it on.

A semicolon with a new time splits a sentence in two ("…; danach griff das Militär … an"); "Dieser"
points to the person named last; a sentence joins the event before it when it has no date or town of
its own and tells nothing new (a pronoun, a quotation, the same kind of event among the same actors).
"""

from __future__ import annotations

import re

from . import cues as cue_words
from .actors import find_actors, is_state_body
from .date_words import MONTH_NAMES, WEEKDAY_NAMES
from .dating import AFTERWARDS
from .feasts import FEASTS
from .gazetteer import lookup
from .linking import lasts_until, tells_before
from .reading import CONTINUES, Reading, is_controller
from .text import Sentence

_FEASTS = "|".join(FEASTS)
_THEN = (r"(?:[Dd]anach|[Aa]nschließend|[Dd]araufhin|[Ss]päter|[Zz]uvor|[Kk]urz\s+(?:darauf|danach|zuvor)|[Aa]m\s+\w+|"
         r"[Vv]or\s+\w+\s+(?:Jahr|Jahren|Monaten|Monat|Wochen|Tagen)|[Ii]m\s+[A-ZÄÖÜ]\w+|\w+\s+Tage\s+(?:später|danach))\b")

# "…annektiert, am 24. Februar marschierten russische Truppen … ein": after a comma, a new time and then the verb
# (not a preposition or article: "kündigte an, am Montag mit Putin telefonieren zu wollen" is one clause).
_TIME = (rf"(?:am\s+(?:\d{{1,2}}\.\s+(?:{MONTH_NAMES})|(?:{WEEKDAY_NAMES})\w*|Wochenende|Vormittag|Nachmittag|Abend)|"
         rf"im\s+(?:{MONTH_NAMES}|Frühjahr|Sommer|Herbst|Winter)|in\s+der\s+Nacht\s+zu[mr]?\s+(?:{WEEKDAY_NAMES}|{_FEASTS}|"
         rf"\d{{1,2}}\.\s+(?:{MONTH_NAMES}))|"
         # "…, Ende Juni dieses Jahres wurden in Luxemburg die Beitrittsverhandlungen eröffnet"
         rf"(?:Anfang|Mitte|Ende)\s+(?:{MONTH_NAMES})(?:\s+(?:dieses|vergangenen|letzten)\s+Jahres)?|"
         # "…, Ende vergangener Woche wurde die Pumpstation Unetscha … getroffen"
         r"(?:(?:Anfang|Mitte|Ende)\s+)?(?:vergangener|letzter|vergangene|letzte)\s+Woche|"
         # "…, vor drei Wochen traf es das Landungsschiff „Caesar Kunikow“"
         r"vor\s+(?:gut\s+|knapp\s+|rund\s+)?\w+\s+(?:Tagen|Wochen|Monaten|Jahren|Woche|Monat|Jahr)|"
         # "…, für den Abend ist ein Arbeitsessen mit Macron geplant"
         r"für\s+den\s+(?:Abend|Nachmittag|Vormittag|Morgen))")
_NOT_VERB = (r"(?:mit|in|im|nach|zu|zum|zur|von|vom|bei|beim|auf|an|am|für|gegen|über|unter|aus|und|oder|"
             r"der|die|das|den|dem|des|ein|eine|einen|einem|einer)")
_COMMA_THEN = rf",\s+(?={_TIME}(?:\s+\d{{4}})?\s+(?!{_NOT_VERB}\b)[a-zäöü]+\b)"
# "reist nach Brüssel, wo am Donnerstag die Staats- und Regierungschefs … zusammenkommen": what happens there on a
# day of its own is another event.
_COMMA_WHERE_THEN = rf",\s+(?=wo\s+(?:(?:er|sie)\s+)?{_TIME}\b)"  # also "…, wo er am Montag Sunak treffen will"
# "Morgen will er den Papst treffen und anschließend nach Berlin weiterreisen, wo ihn Scholz empfängt": what
# comes next is another event; so after a comma ("empfing ihn Steinmeier …, anschließend kam er mit Scholz zusammen").
_AND_THEN = r"(?:\s+und|,)\s+(?=anschließend\s)"
# "…; Kiew antwortete tags darauf mit einer Warnung": a day counted from the first clause's is another event; so after a
# comma ("sprach er vor der UN-Vollversammlung, tags darauf nahm er an einer Sitzung … teil").
_SEMICOLON_NEXT_DAY = r"[;,]\s+(?=(?:[^;.,]*?\s)?(?:tags\s+(?:darauf|danach)|am\s+(?:folgenden|nächsten)\s+Tag)\b)"
# "empfing ihn Biden im Weißen Haus; Washington gab dabei ein Militärpaket bekannt": a new subject after the semicolon
# doing another kind of thing is another event.
_SEMICOLON_SUBJECT = r";\s+(?=[A-ZÄÖÜ][\w-]+\s+[a-zäöü]+\b)"
# "…, gewonnen; vereidigt wird er am 20. Januar in Washington": a day of its own after the semicolon.
_SEMICOLON_DATED = rf";\s+(?=[^;.]*?\bam\s+\d{{1,2}}\.\s+(?:{MONTH_NAMES})\b)"


def clauses(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences, with two main clauses joined by a semicolon read as two when each tells an event and the
    second opens with a new time ("Am Montag hatte Russland das Abkommen auslaufen lassen; danach griff
    das Militär die Häfen an"); "…; sie ist inzwischen zerstört" goes on telling the first. A comma
    does the same when a date and the verb follow it ("…, am Wochenende wird er in Istanbul erwartet").
    """
    out: list[Sentence] = []
    timed = r";\s+(?=" + _THEN + ")|" + "|".join(
        (_COMMA_THEN, _COMMA_WHERE_THEN, _SEMICOLON_NEXT_DAY, _SEMICOLON_DATED, _AND_THEN))
    for sentence in sentences:
        begin = 0
        for semicolon in re.finditer(timed + "|" + _SEMICOLON_SUBJECT, sentence.text):
            left, right = sentence.text[begin : semicolon.start()], sentence.text[semicolon.end() :]
            kinds = cue_words.best_category(left), cue_words.best_category(right)
            other = re.match(timed, sentence.text[semicolon.start() :]) or \
                bool(all(kinds)) and kinds[0][0] != kinds[1][0] and _names_someone(right.split()[0])  # fmt: skip
            if all(kinds) and other:
                out.append(_part(sentence, begin, semicolon.start() + 1))
                begin = semicolon.end()
        out.append(_part(sentence, begin, len(sentence.text)))
    return out


def _names_someone(word: str) -> bool:
    """A name (a place standing for its government, a person, a body), not a common noun ("Aufnahmen zeigen …")."""
    return lookup(word) is not None or bool(find_actors(word))


def _part(sentence: Sentence, begin: int, end: int) -> Sentence:
    return Sentence(sentence.begin + begin, sentence.begin + end, sentence.text[begin:end], sentence.paragraph,
                    sentence.section)  # fmt: skip


# "Dieser sagte, …": the person named last in the sentence before.
_DEMONSTRATIVE = re.compile(r"^(?:Dieser|Diese|Letzterer|Letztere)(?=\s+[a-zäöü])")


def demonstratives(readings: list[Reading]) -> list[Reading]:
    """Readings whose sentence opens with "Dieser"/"Letzterer" get the person it points to as an actor.

    "Putin traf … Alexander Lukaschenko. Dieser sagte, …": the speaker is Lukashenko (the last
    person named), not Putin (the subject before); the pronoun is the words the actor came from.
    """
    for previous, reading in zip(readings, readings[1:], strict=False):
        pronoun = _DEMONSTRATIVE.match(reading.sentence.text)
        people = sorted((c.begin, a) for a, c in previous.actors if a.kind == "person")
        if pronoun and people and reading.sentence.paragraph == previous.sentence.paragraph:
            person = people[-1][1]
            reading.actors.insert(0, (person, cue_words.Cue(person.name, 0, pronoun.end(), pronoun.group(0))))
    return readings


_SAID_BY_PRONOUN = re.compile(r",\s+(?:sagte|erklärte|betonte|fügte|ergänzte|warnte|meinte)n?\s+(?:er|sie)\b"
                              r"[^,]*[.!?]?$")


def _continues(reading: Reading, previous: Reading, head: Reading) -> bool:
    """Does ``reading`` only carry on the event of ``head`` (no date or city of its own)?

    Yes if it opens with a pronoun, is a quotation or has no event cue; or if it has the
    head's category and shares an actor with it, names none, or names no new country.
    """
    if reading.sentence.paragraph != previous.sentence.paragraph or _MEANWHILE.match(reading.sentence.text):
        return False  # "Zur selben Zeit überzog Russland die Ukraine …": something else that happened then
    if reading.dates:
        return lasts_until(reading) is not None or tells_before(reading, previous)
    if SAID_ON.match(reading.sentence.text) and head.category is not None and head.category[0] == "statement":
        return True  # "… wies die Vorwürfe zurück. Die Jets seien nach Kaliningrad geflogen": what was said
    if _RANKED.match(reading.sentence.text):  # "Es ist der größte Militäreinsatz Moskaus seit dem Abzug aus
        return True  # Afghanistan.": how the event before ranks
    if any(m.place.geo_precision != "country" for m in reading.locations):
        return False
    if _SAID_BY_PRONOUN.search(reading.sentence.text):  # "Russland setze … aus, erklärte er."
        return True
    if _REPORTED.match(reading.sentence.text) and head.category is not None and head.category[0] == "statement":
        return True  # "Ähnlich äußerte sich Duda. Es handle sich um eine Rakete der Luftabwehr …": what he said
    if reading.category is not None and AFTERWARDS.match(reading.sentence.text):
        return False  # "Anschließend bezeichnete er die Abordnung als Attrappe": what he did next
    if _BACK_TO_IT.search(reading.sentence.text) and head.category and head.category[0] in ("meeting", "visit"):
        return True  # "Austin hat zu dem Treffen eingeladen." after the meeting told: the same meeting
    if _THEREBY.match(reading.sentence.text):  # "Dabei will er auch über den Krieg sprechen": at that event
        return True
    if _PER_THEM.match(reading.sentence.text):  # "Nach seinen Angaben setzte die Armee dabei … ein": more of the same
        return True
    if _new_speaker(reading, head):  # "Außenminister Sergej Lawrow warnte …" after "Das Ministerium bestellte …"
        return False
    if _quoted_other(reading, head):  # "„Die Ukraine kann Putin stoppen“, sagte Biden." after the treaty of 1949
        return False
    if _SPOKE_THERE.search(reading.sentence.text) and head.category and head.category[0] in ("meeting", "visit"):
        return False  # "Den Angriff nannte er dort …" after the summit he attended: what he said there
    if CONTINUES.search(reading.sentence.text) or reading.category is None:
        return True
    if all(cue_words.SUBJUNCTIVE.fullmatch(c.text) for c in reading.category[1]):
        return True  # "Niemand habe überlebt.": only the subjunctive, what the source before said
    same_category = head.category is not None and reading.category[0] == head.category[0]
    mine, theirs = _actor_names(reading), _actor_names(head)
    new_countries = {m.place.english for m in reading.places} - theirs
    return same_category and (not mine or bool(mine & theirs) or bool(theirs) and not new_countries)


# "Die Jets seien … geflogen", "Die Truppen würden … haltmachen" after a statement goes on with what was said (not
# "…, hieß es in Genf": another source)
SAID_ON = re.compile(r"^(?!.*\b(?:hieß|sagte|erklärte|teilte|betonte|warnte|schrieb|meldete)n?\b)"
                      r"(?:\S+\s+){1,4}?(?:sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|würden?)\b")
_RANKED = re.compile(r"(?:Es|Dies|Das)\s+(?:ist|war)\s+(?:der|die|das)\s+(?:erste|zweite|dritte|letzte|größte|"
                     r"schwerste|heftigste|massivste|längste|tödlichste|höchste)\b")
_REPORTED = re.compile(r"(?:Es|Er|Sie|Das|Dies|Man)\s+(?:handle|gebe|sei|habe|werde|könne|müsse|dürfe)\b")
_BACK_TO_IT = re.compile(r"\b(?:zu|an|bei|auf|nach|vor)\s+(?:dem|diesem)\s+(?:Treffen|Gipfel|Besuch|Gespräch)\b")
_PER_THEM = re.compile(r"(?:Nach|Laut)\s+(?:seinen|ihren|dessen|deren)\s+Angaben\b")
_THEREBY = re.compile(r"(?:Dabei|Dazu)\s+(?:will|wollen|wird|werden|soll|sollen)\b")
_MEANWHILE = re.compile(r"(?:(?:Fast|Etwa)\s+)?(?:[Zz]ur\s+(?:selben|gleichen)\s+Zeit|Gleichzeitig|Zeitgleich)\b")
_SPOKE_THERE = re.compile(r"\b(?:nannte|sagte|erklärte|betonte|warnte|forderte)n?\s+(?:er|sie)\s+dort\b")
# "Das Weiße Haus", "Das russische Verteidigungsministerium": an article, not a pronoun
_ARTICLE_DAS = re.compile(r"Das\s+(?:[a-zäöü]+e\s+)?[A-ZÄÖÜ]")


def _new_speaker(reading: Reading, head: Reading) -> bool:
    """Does a person or organisation not named in ``head`` open ``reading`` (after at most a title or an
    article: "Außenminister Sergej Lawrow", "Die Unesco")?"""
    # "Er habe Stoltenberg gedrängt": the speaker is "er"; but "Das Weiße Haus sprach …": "Das" is an article there
    if CONTINUES.search(reading.sentence.text[:20]) and not _ARTICLE_DAS.match(reading.sentence.text):
        return False
    named = {a.name for a, _ in head.actors}
    speakers = ("person", "organisation")  # "Die Unesco verurteilte …" after "Selenskyj kündigte … an"
    text = reading.sentence.text  # … or a state body: "Das russische Verteidigungsministerium sprach von …"
    return any((a.kind in speakers or is_state_body(a, c, text)) and a.name not in named
               and _title_only(text[: c.begin]) for a, c in reading.actors)  # fmt: skip


_QUOTE_THEN_SAID = re.compile(r"„[^“]*“,\s+(?:sagte|erklärte|betonte|fügte|ergänzte|warnte|meinte|schrieb)n?\s")


def _quoted_other(reading: Reading, head: Reading) -> bool:
    """A quotation closed by a person's name that ``head`` does not name: that person speaks, another event."""
    said = _QUOTE_THEN_SAID.match(reading.sentence.text)
    people = {a.name for a, c in reading.actors if a.kind == "person" and said and c.begin >= said.end()}
    return bool(people) and not people & {a.name for a, _ in head.actors}


def _title_only(words: str) -> bool:
    """A title before a name, maybe with an article and adjectives: "Außenminister", "Der ukrainische Präsident"."""
    kept = [w for w in words.split() if not re.fullmatch(r"[a-zäöü]+e[nrs]?", w)]  # adjectives: "ukrainische"
    if kept and kept[0] in ("Der", "Die", "Das"):
        kept = kept[1:]
    return len(kept) <= 2 and all(w[:1].isupper() for w in kept)


def _actor_names(reading: Reading) -> set[str]:
    names = {a.name for a, _ in reading.actors if a.kind != "demonym"}
    text = reading.sentence.text
    return names | {m.place.english for m in reading.places
                    if m.place.geo_precision == "country" and not is_controller(m, text)}  # fmt: skip


def event_units(readings: list[Reading]) -> list[tuple[int, list[int]]]:
    """Group sentences into events: a head sentence and the sentences that continue it."""
    units: list[tuple[int, list[int]]] = []
    for index, reading in enumerate(readings):
        if units:
            head, followers = units[-1]
            last = readings[(followers or [head])[-1]]
            if _continues(reading, last, readings[head]):
                followers.append(index)
                continue
        units.append((index, []))
    return units
