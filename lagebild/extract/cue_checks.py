"""Second looks at the cue words of a sentence (cues.py): talks only demanded or under discussion, guests expected
at a summit named before, a vote expected, meetings called off, trains that run, attacks feared or long past,
people who met, a promise in words, what never happened, a resolution adopted or tabled, a deployment approved,
what was agreed, a withdrawal demanded."""

from __future__ import annotations

import re
from collections.abc import Callable

from .amounts import Cue
from .category_table import CATEGORY_CUES

Scores = dict[str, tuple[int, list[Cue]]]

# "hatte … eine sofortige Waffenruhe und politische Verhandlungen verlangt", "forderte Gespräche mit Moskau": talks
# asked for are not held; the demand is the event.
_DEMAND_BEFORE = re.compile(r"\b(?:forder(?:t|te|ten|n)|verlang(?:t|te|ten|en)|drängt(?:e|en)?\s+auf|"
                            r"pocht(?:e|en)?\s+auf)\s+(?:[^\s,;:.]+\s+){0,8}$", re.IGNORECASE)
_DEMAND_AFTER = re.compile(r"(?:\s+[^\s,;:.]+){0,3}?\s+(?:verlangt|gefordert)\b")
# "richtet … einen Gipfel aus: Am Montag und Dienstag werden dort Vertreter von 47 Staaten erwartet": the guests
# come to the summit named before; it is the event.
_GATHERING = re.compile(r"\w*(?:Gipfel|[Kk]onferenz|Treffen)\w*")
_EXPECTED = ("erwartet",)
# "die Abstimmung über die neue Volksvertretung wird daher in einigen Monaten erwartet": a vote awaited, no visitor.
# "Widerstand wird vor allem von nationalistischen Abgeordneten erwartet": a reaction awaited, no visitor either.
_DECIDED = re.compile(r"\b(?:[Dd]ie|[Dd]as|[Ee]ine?)\s+(?:\w+\s+)?(?:Abstimmung|Entscheidung|Urteil|\w*[Ee]rgebnis)\b|"
                      r"\b(?:Widerstand|Kritik|Protest|Zustimmung|Einigung|Durchbruch)\s+(?:wird|werden|wurde)\b")
# "Putin sagte seine Teilnahme am Gipfel … und das dort geplante Treffen mit Bush ab", "Das Treffen wurde abgesagt":
# a meeting or trip called off is not held; calling it off is the event.
_CALLED_OFF = re.compile(r"\bsagte[n]?\s+(?:(?:[^\s,;:.]+|[A-Z]\.)\s+){0,25}?ab(?=[,.;:]|\s+und\b|$)|"
                         r"(?:[^\s,;:.]+\s+){0,8}?(?:\w+\s+)?abgesagt\b")
# "Die Metro, die täglich Millionen Fahrgäste befördert, fuhr am Dienstag wieder": trains that run make no trip.
_VEHICLE_RUNS = re.compile(r"^\s*(?:Die|Der|Das|Alle|Viele)\s+(?:[\w-]+\s+)?(?:Metro|U-Bahn|S-Bahn|Züge?|Busse?|"
                           r"Straßenbahn\w*|Fähren?|Bahn)\b")
_DRIVES = ("fuhr", "fuhren", "fährt", "fahren")
# "Überschattet werden die Spiele von der Sorge vor Anschlägen": attacks feared are no attack.
_FEARED = re.compile(r"\b(?:Sorge|Sorgen|Angst|Ängste|Furcht|Befürchtungen|Warnungen?)\s+vor\s+(?:\S+\s+){0,2}$")
# "In Polen sind … noch etwa 50.000 sowjetische Soldaten stationiert": a standing state, not a deployment (one with a
# start is the deployment).
_STANDING = re.compile(r"\b(?:sind|ist)\s+(?:\S+\s+){0,10}?$")
# "Nach Angaben der sowjetischen Delegation", "aus Delegationskreisen": a source, not a trip; the Comecon's name.
_SOURCE_OF = re.compile(r"\b(?:Angaben|Mitteilung|Sprecher\w*)\s+(?:der|einer)\s+(?:\w+\s+)?$")
_NAMED_AID = re.compile(r"\bRat\s+für\s+[Gg]egenseitige\s+Wirtschaftshilfe$")
# "übergaben … ihre Beitrittsurkunden an US-Außenministerin Albright": papers handed over, no aid
_PAPERS_AFTER = re.compile(r"\w*\s+(?:\S+\s+){0,14}?\w*(?:[Uu]rkunden?|Dokumente|Beglaubigungsschreiben)\b")
# "hatten die Staats- und Regierungschefs … die drei Länder zu Beitrittsverhandlungen eingeladen", "lud … die drei
# Regierungen förmlich zum Beitritt ein": an invitation to join is the alliance's step, not the summit's
_TO_JOIN = re.compile(r"\bzu(?:m|r)?\s+(?:\w+\s+)?Beitritt\w*\s+(?:eingeladen|einzuladen|einladen|ein\b)")
# "will … das Bundeskabinett über die Ergebnisse seiner Reise unterrichten": the trip is what is told of
_TOPIC_BEFORE = re.compile(r"\büber\s+(?:die|den|das|seine[nmr]?|ihre[nmr]?)\s+(?:\S+\s+){0,3}$")
# "droht die Nato mit Luftangriffen": a threat, not a strike
_THREATENED_WITH = re.compile(r"\bdroh(?:t|te|ten|en)\s+(?:\S+\s+){0,4}?mit\s+(?:\S+\s+){0,2}?\w*$")
# "Nachdem der Vater seine eigene Kandidatur zurückgezogen hatte": a bid withdrawn, not troops.
_BID_BEFORE = re.compile(r"\b(?:Kandidatur|Bewerbung|Antrag|Klage|Angebot|Zusage|Unterschrift)\s+(?:\S+\s+){0,2}$")
# "Nach monatelangen Kämpfen am Dnjestr gibt es … eine Chance auf Frieden": how long it went on, before the news.
_LONG_BEFORE = re.compile(r"\b[Nn]ach\s+(?:monate|wochen|jahre|tage)lange[nm]?\s+$")
# "Im Gespräch ist seit Wochen eine Änderung des Strafgesetzbuchs": under discussion, no talks held.
_UNDER_DISCUSSION = re.compile(r"\b[Ii]m\s+Gespräch\b(?=\s+(?:ist|sind|sei|seien|war|waren)\b)|"
                               r"\b(?:ist|sind|sei|seien|war|waren)\s+(?:\S+\s+){0,3}?im\s+Gespräch\b")

# "hatte … Vertretern der Ukrainer zugesagt, die USA würden nach einem Ja den Weg zur Anerkennung einschlagen": a
# promise of what one will do is a statement, unless what is promised is aid.
_PROMISED = re.compile(r"\s*,\s+(?:\S+\s+){0,4}?(?:würden?|werden?|werde)\b(?P<what>[^.;]*)")
_AID_CUES = tuple(pattern for key, _, pattern in CATEGORY_CUES if key == "aid")


def _promised_words(text: str, cue: Cue) -> bool:
    promised = _PROMISED.match(text, cue.stop) if cue.text == "zugesagt" else None
    return promised is not None and not any(p.search(promised.group("what")) for p in _AID_CUES)

# "hatte der Bundestag … die Entsendung von bis zu 8500 Soldaten in den Kosovo gebilligt": a deployment approved is a
# decision; the troops move later.
_APPROVED = re.compile(r"\b(?:billigte[n]?|gebilligt|genehmigte[n]?)\b")
_DEPLOYMENT = re.compile(r"(?:Entsendung|Einsatz|Militäreinsatz|Stationierung)\w*")

# "hatten Unterhändler … vereinbart, dass die russischen Truppen … abgezogen … werden": what was agreed (or
# demanded: "darin wird verlangt, dass Tiflis seine Truppen … abzieht") comes later; the event is the agreement (talks
# when negotiators reached it) or the demand.
_AGREED_THAT = re.compile(r"\b(?P<verb>(?P<agreed>vereinbar(?:t|ten))|verlangt|verlangte[n]?|fordert|forderte[n]?|"
                          r"gefordert)\s*,\s+dass\b[^;:.]*")
_NEGOTIATORS = re.compile(r"\b(?:Unterhändler|Delegationen|Verhandlungsführer)\b")

# "verlangte … den Rückzug der bosnisch-serbischen Truppen", "hatte in vier Resolutionen den Abzug der
# Besatzungstruppen verlangt", "mahnten aber den raschen Abzug der sowjetischen Truppen … an": a withdrawal demanded
# is a demand, not a troop move (nor a session); but "über eine Resolution abstimmen, die den Abzug … verlangt" is the
# vote.
_WITHDRAWAL_DEMANDED = re.compile(r"\b(?P<verb>verlang(?:t|te|ten)|forder(?:t|te|ten)|mahnte[n]?)\s+"
                                  r"(?:\S+\s+){0,4}?(?:den|einen)\s+(?:\w+en\s+)?(?:Ab|Rück)zug\b[^;:.]*|(?<!die\s)(?<!der\s)(?<!das\s)\b(?:den|einen)\s+"
                                  r"(?:\w+en\s+)?(?:Ab|Rück)zug\b[^;:.]*?\b(?P<after>verlangt|gefordert)\b")

# "brachte Tschurkin am Dienstag einen Resolutionsentwurf … in den Sicherheitsrat ein": a draft tabled is a statement.
_TABLED = re.compile(r"\b(?:brachte[n]?|legte[n]?)\s+(?:[^.;:]+\s+)?(?:ein|vor)\b(?=\s*[.;,:]|$)|"
                     r"\b(?:eingebracht|vorgelegt|einbringen|vorlegen)\b")

# "Moskau hat die Abspaltung nie anerkannt": what never happened is no event.
_NEVER = re.compile(r"\b(?:nie|niemals)\s+(?:\S+\s+)?$")


def reweigh(scores: Scores, text: str) -> None:
    """Adjust ``scores`` (category → weight, cues) in place for the cases the module docstring names."""
    def demanded(cue: Cue) -> bool:
        return bool(_DEMAND_BEFORE.search(text[: cue.begin]) or _DEMAND_AFTER.match(text, cue.stop))

    _drop(scores, "meeting", demanded)
    # "verabschiedete der UN-Sicherheitsrat … die Resolution 1244": a resolution adopted is a decision, not talks
    adopted = [c for c in scores.get("statement", (0, []))[1] if c.text.startswith("verabschiedete")]
    _drop(scores, "meeting", lambda c: any(a.begin <= c.begin and c.stop <= a.stop for a in adopted))
    _drop(scores, "military", lambda c: bool(_FEARED.search(text[: c.begin]) or _LONG_BEFORE.search(text[: c.begin])
                                             or c.text.startswith("zurück") and _BID_BEFORE.search(text[: c.begin])))
    for key in list(scores):
        _drop(scores, key, lambda c: bool(_NEVER.search(text[: c.begin])))
    _drop(scores, "military", lambda c: c.text == "stationiert" and bool(_STANDING.search(text[: c.begin]))
          and not re.search(r"\b[Ss]eit\b", text))  # (but "Seit dem 10. November 2020 sind … stationiert")
    _drop(scores, "visit", lambda c: c.text == "Delegation" and (text.startswith("skreis", c.stop)
                                                                  or bool(_SOURCE_OF.search(text[: c.begin]))))
    _drop(scores, "aid", lambda c: bool(_NAMED_AID.search(text[: c.stop])))
    _drop(scores, "aid", lambda c: c.text.startswith("übergab") and bool(_PAPERS_AFTER.match(text, c.stop)))
    _drop(scores, "visit", lambda c: bool(_TOPIC_BEFORE.search(text[: c.begin])))
    if invited := _TO_JOIN.search(text):
        _drop(scores, "meeting", lambda c: c.begin <= invited.start() < c.stop or c.text.startswith("eingeladen"))
        _drop(scores, "statement", lambda c: True)
        _add(scores, "alliance", *invited.span(), invited.group(0))
    if threatened := [c for c in scores.get("military", (0, []))[1] if _THREATENED_WITH.search(text[: c.begin])]:
        _drop(scores, "military", lambda c: c in threatened)
        _add(scores, "statement", threatened[0].begin, threatened[0].stop, threatened[0].text)
    if promise := next((c for c in scores.get("aid", (0, []))[1] if _promised_words(text, c)), None):
        _drop(scores, "aid", lambda c: c is promise)
        _add(scores, "statement", promise.begin, promise.stop, promise.text)
    deployed = [c for c in scores.get("military", (0, []))[1] if _DEPLOYMENT.fullmatch(c.text)]
    if (approved := _APPROVED.search(text)) and deployed:
        _drop(scores, "military", lambda c: c in deployed)
        _add(scores, "statement", *approved.span(), approved.group(0))
    for agreed in _AGREED_THAT.finditer(text):
        for key in ("military", "aid", "visit", "recruitment"):
            _drop(scores, key, lambda c, agreed=agreed: agreed.start() <= c.begin < agreed.end())
        key = "meeting" if agreed["agreed"] and _NEGOTIATORS.search(text, 0, agreed.start()) else "statement"
        _add(scores, key, *agreed.span("verb"), agreed["verb"])
    for demand in _WITHDRAWAL_DEMANDED.finditer(text):
        for key in ("military", "meeting"):
            _drop(scores, key, lambda c, demand=demand: demand.start() <= c.begin < demand.end()
                  or c.text.startswith("Resolution"))
        verb = "verb" if demand["verb"] else "after"
        _add(scores, "statement", *demand.span(verb), demand[verb])
    drafts = [c for c in scores.get("meeting", (0, []))[1] if c.text.startswith("Resolution")]
    if drafts and (tabled := _TABLED.search(text)):
        _drop(scores, "meeting", lambda c: c in drafts)
        _add(scores, "statement", *tabled.span(), tabled.group(0))
    idioms = [m.span() for m in _UNDER_DISCUSSION.finditer(text)]
    _drop(scores, "meeting", lambda c: any(begin <= c.begin < stop for begin, stop in idioms))
    for off in _CALLED_OFF.finditer(text):
        for key in ("meeting", "visit"):
            _drop(scores, key, lambda c, off=off: off.start() <= c.begin < off.end())
        if "statement" not in scores:
            scores["statement"] = (2, [Cue("statement", off.start(), off.end(), off.group(0))])
    if _DECIDED.search(text):
        _drop(scores, "visit", lambda c: c.text in _EXPECTED)
    visits = scores.get("visit", (0, []))[1]
    guests = [c for c in visits if c.text in _EXPECTED and _GATHERING.search(text[: c.begin])]
    if guests and len(guests) == len(visits):
        weight, cues = scores.get("meeting", (0, []))
        scores["meeting"] = (weight + scores.pop("visit")[0], [*cues, *(Cue("meeting", c.begin, c.stop, c.text)
                                                                         for c in guests)])
    if visits and all(c.text in _DRIVES for c in visits) and _VEHICLE_RUNS.match(text):
        scores.pop("visit", None)


def _add(scores: Scores, key: str, begin: int, stop: int, words: str) -> None:
    """Count the words as a cue of ``key``, with at least the weight of one cue."""
    weight, cues = scores.get(key, (0, []))
    scores[key] = (max(weight, 2), [*cues, Cue(key, begin, stop, words)])


def _drop(scores: Scores, key: str, drop: Callable[[Cue], bool]) -> None:
    """Remove the cues of ``key`` that ``drop`` names, and the key with its last cue."""
    if key not in scores:
        return
    weight, cues = scores[key]
    kept = [c for c in cues if not drop(c)]
    if not kept:
        scores.pop(key)
    elif len(kept) < len(cues):
        scores[key] = (weight * len(kept) // len(cues), kept)


def met_people(category: tuple[str, list] | None, actors: list) -> tuple[str, list] | None:
    """"Selenskyj hatte Trump im Trump Tower getroffen", "hatte sie in Warschau Morawiecki getroffen": a person named
    and "getroffen" alone: they met (missiles hit places and people unnamed)."""
    people = {a.name for a, _ in actors if a.kind == "person"}
    if category and category[0] == "military" and {c.text for c in category[1]} == {"getroffen"} and people:
        return "meeting", category[1]
    return category
