"""Cue words → the category of a reported event (status and attribution: sources.py; actors: actors.py).

Each cue is a regular expression with the value it signals (table: category_table.py), kept with its offsets so a
reviewer sees which words gave it; the rules here weigh cues against each other."""

from __future__ import annotations

import re
from collections.abc import Callable

from .aid_checks import MONEY_WEIGHT, aid_given, money_is_aid
from .amounts import Cue, find_amounts
from .category_table import CATEGORY_CUES
from .cue_checks import met_people, reweigh  # noqa: F401  (met_people: public via cues)
from .cue_fragments import ARRIVED_ARMS, LEADERS, LEFT_OPEN, PLAN, TALKS_INTENDED, THING_EXPECTED, WEAPONS
from .qualifiers import ADMITTED, AS_EXPECTED, HANDED_OVER, OFFICE, REMARK_ON, TRIAL, UNREAL, VOTE, WEAPON_NOUN
from .speech import COLON_THEN_SAID, REPORTING_CLAUSE, SPEECH, SPEECH_BONUS, SUBJUNCTIVE  # noqa: F401 (public via cues)
from .stance import JUDGING, STANCE
from .tense import QUOTED

_GUEST_AT = re.compile(r"\b(?:beim|zum)\s+[\w-]*(?:Gipfel|Treffen)\w*\s+(?:\S+\s+){0,8}?erwartet\b")
_BEFORE_ASSEMBLY = re.compile(r"\bvor\s+(?:der|dem|den)\s+(?:UN-)?(?:Vollversammlung|Generalversammlung|"
                              r"Sicherheitsrat|Bundestag|Kongress|Parlament)\b")
# "sprach vom schwersten Angriff": a judgement, unless the military or a governor reports fighting or a count
_SPOKE_OF = re.compile(r"^(?!.*\b(?:Generalstab|Militär|Armee|Luftwaffe|Streitkräfte|Gouverneur))(?:.*?)"
                       r"(?:\bsprach(?:en)?\s+(?:\S+\s+){0,8}?vo[nm]\b(?!\s+(?:\S+\s+)?\d)|"
                       r"\bäußerte[n]?\s+(?:\S+\s+){0,2}?sich\s+(?:\S+\s+){0,8}?über\b|"  # "… zuversichtlich über …"
                       r"\bdrohte[n]?\b|\bkommentierte[n]?\b|\bschrieb(?:en)?\b[^,;:]*,|"  # "drohte", "schrieb, …"
                       r"\bgefordert,\s+dass\b|\bzu[mr](?=\s+(?:\S+\s+){0,4}?aufgefordert\b))")  # what was demanded
_ARMS_ARRIVED = re.compile(ARRIVED_ARMS)
# "wird heute eine erste Maschine mit Hilfsgütern erwartet": goods on their way, not a trip
_ARRIVING = frozenset({"erwartet", "landete", "gelandet", "angekommen", "eingetroffen"})
_GOODS_CARRIED = re.compile(r"\b(?:Maschine|\w*[Ff]lugzeug|Konvoi|Kolonne|Lastwagen|Lkw|Schiff|Zug)\w*\s+mit\s+"
                            r"(?:\S+\s+){0,3}?\w*(?:[Hh]ilfsgüter|[Mm]edikament|[Ll]ebensmittel|Zelte|Decken)\w*")
_TROOPS_ARRIVED = re.compile(r"\b(?:Kolonne|Truppen|Soldaten|Söldner|Kämpfer|Einheiten|Verbände)\w*\s+(?:\S+\s+){0,10}?"
                             r"(?:eingetroffen|angekommen)\b")
_POSITIONS_OR_PAPERS_BEFORE = re.compile(r"\b(?:Stellungen|Positionen|Unterlagen|Dokumente|Akten|Proben|"
                                         r"Petition(?:en)?|Forderungen),?\s+"  # "um eine Petition zu übergeben"
                                         r"(?:\S+\s+){0,14}?$")
_ABOUT = re.compile(r"\b[Ee]s\s+(?:\S+\s+){0,4}?um\s+(?:\S+\s+){0,3}$")
# "beim NATO-Gipfel … dürfte die Ukraine-Hilfe erneut zur Sprache kommen": the aid is the meeting's topic
_DISCUSSED = re.compile(r"\bzur\s+Sprache\s+(?:kommen|kommt|kam|kamen|bringen|gebracht)\b|\bauf\s+der\s+Tagesordnung\b")
_CONDEMNED = re.compile(r"\b(?:(?:verurteilte|kritisierte|beklagte)n?\s+(?:\S+\s+){0,3}|"
                        r"(?:antwortet|antwortete|reagiert|reagierte)n?\s+(?:\S+\s+){0,3}?auf\s+(?:\S+\s+){0,2})$")
_WEAPONS_BEFORE = re.compile(rf"\b{WEAPONS}\s+(?:\S+\s+){{0,8}}$")
_AT_MEETING = re.compile(r"\bzu\s+(?:einem|dem)\s+(?:\S+\s+)?(?:Treffen|Gipfel\w*)\b")
_LEAD_IN = re.compile(r":\s+(?=(?:Am|Im|In\s+der\s+Nacht|Vor|Bereits|Schon|Gestern|Vorgestern|Anfang|Mitte|Ende)\s)")
_LEARNED_OF = re.compile(r"\berfuhr(?:en)?\s+(?:\S+\s+){0,3}?von\s+(?:\S+\s+){0,2}$|"
                         r"\bVerdachts?\s+(?:auf|der|des)\s+$")  # "wegen des Verdachts auf Sabotage"
_PAPER_OPENS = re.compile(rf"(?:Das|Die|Der|Ein|Eine)\s+{PLAN}\s")
_CONFIRMED_BEFORE = re.compile(r"\bbestätigte[n]?\s+(?:\S+\s+){0,8}$")
_MADE_BEFORE = re.compile(r"\b(?:Vereinbarung|Entscheidung|Abkommen|Absprache|Maßnahme|Vorkehrung|Abmachung)\w*"
                          r"(?:\s+\S+){0,8}\s+$")
_INFORMATION_BEFORE = re.compile(r"\bInformationen\s+(?:\S+\s+){0,6}$")
_THE_TRIP = re.compile(r"Besuch|Reise")
_DEFINITE = re.compile(r"\b(?:[Dd]er|[Dd]em|[Dd]en|[Dd]es|[Dd]ie|[Dd]iese[rnm]?)\s+$")
_WITH = re.compile(r"\bmit\s+(?:\S+\s+){0,2}$")


# "auf der Sicherheitskonferenz kündigte … an", "am Rande des Gipfels": the meeting is the setting, not the event.
_SETTING = re.compile(r"\b(?:auf|bei|beim|in|im|am\s+Rande|zum|anlässlich|während|nach|zum\s+Auftakt|Auftakt|"
                      # "nur Stunden vor dem Treffen attackierten Drohnen …": the meeting only dates it
                      r"vor\s+Beginn|(?:Stunden|Tage|Minuten|kurz|unmittelbar)\s+vor|"
                      # "Überschattet wurde das Treffen von der Zerstörung des Staudamms": what overshadows it happened
                      r"[Üü]berschattet\s+(?:wurde|wird|war)n?\s+(?:das|die|der|den))\s+"
                      r"(?:(?:der|dem|den|des|einer|einem|eines|(?:sein|ihr)e[mnrs]?)\s+)?"
                      r"(?:(?-i:[A-ZÄÖÜ])\w+er\s+)?(?:[\w-]+-)?$", re.IGNORECASE)  # "beim G7-Gipfel", "der Münchner …"
_TIME_OF = re.compile(r"\b(?:[Kk]urz|[Uu]nmittelbar|[Ww]enige\s+Tage|[Ss]tunden)\s+(?:vor|nach)\s+(?:dem|der)\s+$|"
                      # "Überschattet wurde die Reise von der Lage im Osten"
                      r"\b[Üü]berschattet\s+(?:wurde|wird|war)n?\s+(?:das|die|der|den)\s+$")
# "vor dem Jahrestag des Großangriffs", "Wochen nach Kriegsbeginn", "einen Tag nach den Explosionen": when, not what.
_ANNIVERSARY = re.compile(r"\b(?:(?:Jahrestag|Gedenktag)\w*\s+(?:des|der)\s+(?:\w+\s+){0,2}\w*|"
                          r"j(?:ährt|ährte)\s+sich\s+(?:\w+\s+){0,3}|"  # "Am Freitag jährt sich der Einmarsch"
                          r"(?:Tage?|Wochen|Monate|Jahre)\s+nach\s+(?:(?:dem|der|den)\s+)?)$")
# "im Fall eines russischen Einmarschs", "sollte sich ein Abschuss bestätigen": a war or a strike only supposed.
_SUPPOSED = re.compile(r"\b(?:(?:im|für\s+den)\s+Fall(?:e)?\s+(?:eines|einer)|sollte[n]?\s+sich\s+(?:ein|eine|der|die))"
                       r"\s+(?:\w+\s+){0,2}$")
# "wenn Kiew die Kämpfe im Südosten nicht wieder aufgenommen hätte": a condition contrary to fact, no fighting told
_IF_ONLY = re.compile(r"\bwenn\s+[^.;:,]*?\bhätten?\b")
# "nicht … reisen" (no trip), but not "zu einem nicht angekündigten Besuch" (an attribute).
_NOT_IN_CLAUSE = re.compile(r"\b(?:nicht\b(?!\s+\w+(?:en|e|er|es|em)\s+[A-ZÄÖÜ])|[Ww]eder\b)[^,;:]*$")  # "Weder … noch"
_NOT_AFTER = re.compile(r"(?:\s+\S+){0,3}?\s+nicht\b(?=\s*[.,;:!?])|"
                        r"(?:\s+\S+){0,5}?\s+nicht\s+(?:vorgesehen|geplant)\b")
_WHERE = re.compile(r",\s+wo\s+[^,]*$|\b(?:ein|eingetroffen)\s+und\s+$")  # "traf … ein und sprach dort mit …"
_SPEAKS = ("sprechen", "spricht", "sprach")  # (a speech to a parliament; the UN assembly is a gathering of states)
_BEFORE_PARLIAMENT = re.compile(r"\bvor\s+(?:der|dem|den)\s+(?:Bundestag|Kongress|Parlament|Nationalversammlung)\b")
_BY_VIDEO = re.compile(r"\bper\s+Video(?:schalte)?\b[^.;]*?\b(?:sprechen|spricht|sprach|gewandt)\b")
_MET = re.compile(r"\bsich\s+(?:(?:\d{1,2}\.|[^\s,.;:]+)\s+){0,14}?getroffen\b|"
                  r"\b[Gg]etroffen\s+(?:hatten|haben|hatte|hat)\s+sich\b")


Scores = dict[str, tuple[int, list[Cue]]]


def _keep(scores: Scores, key: str, keep: Callable[[Cue], bool]) -> None:
    """Keep only the cues of ``key`` that ``keep`` accepts (and drop the category if none is left)."""
    if key not in scores:
        return
    weight = scores[key][0] // len(scores[key][1])
    kept = [c for c in scores[key][1] if keep(c)]
    scores[key] = (weight * len(kept), kept)
    if not kept:
        del scores[key]


def _add(scores: Scores, key: str, weight: int, cue: Cue) -> None:
    score, cues = scores.get(key, (0, []))
    scores[key] = (score + weight, [*cues, cue])


def _drop_cues_after(scores: Scores, keys: tuple[str, ...], before: re.Pattern[str], text: str) -> None:
    """Remove the cues of ``keys`` whose preceding text matches ``before``."""
    for key in keys:
        _keep(scores, key, lambda c: not before.search(text[: c.begin]))


def category_scores(text: str) -> Scores:
    """Category → (score, cue words) for every category with at least one cue in ``text``."""
    scores: Scores = {}
    for key, weight, pattern in CATEGORY_CUES:
        cues = [Cue(key, m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
        if cues:
            scores[key] = (weight * len(cues), cues)
    reweigh(scores, text)  # talks demanded, guests expected at a summit, trains that run, attacks feared, …
    # arms that arrived did not travel; positions handed over are fighting; papers or samples handed over no aid
    _keep(scores, "visit", lambda c: not (c.text in ("angekommen", "eingetroffen") and _ARMS_ARRIVED.search(text)
                                          or c.text == "erwartet" and re.search(THING_EXPECTED, text)
                                          or c.text in _ARRIVING and _GOODS_CARRIED.search(text)))
    if "visit" in scores and (troops := _TROOPS_ARRIVED.search(text)):  # "Die erste Kolonne der Söldner war …
        weight, cues = scores.get("military", (0, []))  # eingetroffen": forces moving, not a visit
        moved = Cue("military", troops.start(), troops.end(), troops.group(0))
        scores["military"] = (weight + scores.pop("visit")[0], [*cues, moved])
    _keep(scores, "aid", lambda c: not (c.text == "übergeben" and _POSITIONS_OR_PAPERS_BEFORE.search(text[: c.begin])))
    # "erfuhr von dem Einschlag während eines Besuchs in Schweden": what he learned of (or what is suspected) is not
    # what he did
    _keep(scores, "military", lambda c: not _LEARNED_OF.search(text[: c.begin]))
    _keep(scores, "military", lambda c: not _CONDEMNED.search(text[: c.begin]))  # "verurteilte den Angriff": said
    # "als russische Drohnen ein Wohnhaus trafen": weapons hit, nobody met
    _keep(scores, "meeting", lambda c: not (c.text in ("traf", "trafen") and _WEAPONS_BEFORE.search(text[: c.begin])))
    # "wird Selenskyj in London zu einem Treffen … erwartet": expected at a meeting, the meeting
    _keep(scores, "visit", lambda c: not (c.text == "erwartet" and _AT_MEETING.search(text[: c.begin])))
    # "Die Reise folgt auf einen Besuch in Washington: Am vergangenen Freitag hatte Trump …": the dated clause after
    # the colon is the event, what leads up to it is not
    if (lead := _LEAD_IN.search(text)) and len(scores) > 1:
        for key in list(scores):
            _keep(scores, key, lambda c: c.begin > lead.start())
    # "einigten sich in einer Videoschalte auf einen Zeitplan: 15 Panzer im Juli": what was agreed follows the colon
    if "meeting" in scores and (colon := text.find(":")) > min(c.begin for c in scores["meeting"][1]):
        for key in [k for k in scores if k != "meeting"]:
            _keep(scores, key, lambda c: c.begin < colon)
    # "Beim EU-Gipfel soll es um weitere Hilfen gehen": what a meeting is about is its topic, not another event.
    for key in [k for k in scores if k != "meeting" and "meeting" in scores]:
        _keep(scores, key, lambda c: not _ABOUT.search(text[: c.begin]) and not _DISCUSSED.search(text))
    # A meeting or visit that is only the setting ("auf dem Gipfel", "zum Besuch") counts when nothing else happens.
    if len(scores) > 1:
        _drop_cues_after(scores, ("meeting", "visit"), _SETTING, text)
    elif set(scores) <= {"meeting", "visit"}:  # "Die Stimmung hatte sich kurz vor dem Besuch gedreht": it only dates
        _drop_cues_after(scores, ("meeting", "visit"), _TIME_OF, text)
    # "reiste nach Athen weiter, wo er mit … zusammenkam": the meeting at the destination is the event.
    if "meeting" in scores and "visit" in scores and any(_WHERE.search(text[: c.begin]) for c in scores["meeting"][1]):
        scores["meeting"] = (scores["meeting"][0] + 1, scores["meeting"][1])
    if "meeting" in scores and {c.text for c in scores.get("visit", (0, []))[1]} == {"Delegation"}:
        scores["meeting"] = (scores["meeting"][0] + 1, scores["meeting"][1])  # "eine Delegation … verhandelte mit …"
    _drop_cues_after(scores, ("visit",), _NOT_IN_CLAUSE, text)  # "Putin werde nicht … nach Neu-Delhi reisen"
    # "sprach vom schwersten Angriff", "„Er zerstört Russland …“, sagte Trump": what was said, not what happened
    quotes = [q.span() for q in QUOTED.finditer(text)]
    told = any(not any(b <= c.begin < e for b, e in quotes) for c in scores.get("statement", (0, []))[1])
    said = [*(quotes if told else []), *((m.end(), len(text)) for m in _SPOKE_OF.finditer(text))]
    if text.startswith("Nach ") and "statement" in scores:  # "Nach Drohnenangriffen auf Kasan drohte Putin …": the
        said.append((0, min(c.begin for c in scores["statement"][1])))  # occasion of what was said
    for key in set(scores) - {"statement"}:
        _keep(scores, key, lambda c: not any(b <= c.begin < e for b, e in said))
    for key in ("visit", "meeting", "statement"):  # "Nach Istanbul reiste er nicht", "Ein Treffen war nicht vorgesehen"
        _keep(scores, key, lambda c: not _NOT_AFTER.match(text[c.stop :]))
    for unreal in UNREAL.finditer(text):  # "hätte mit ihm abgestimmt werden müssen": it was not
        _keep(scores, "meeting", lambda c, u=unreal: not u.start() <= c.begin < u.end())
    for unreal in _IF_ONLY.finditer(text):
        _keep(scores, "military", lambda c, u=unreal: not u.start() <= c.begin < u.end())
    _keep(scores, "visit", lambda c: not AS_EXPECTED.search(text[: c.begin]))  # "wie es die NATO … erwartet"
    _drop_cues_after(scores, ("military", "war"), _ANNIVERSARY, text)  # "vor dem Jahrestag des Großangriffs"
    _drop_cues_after(scores, ("military", "war"), _SUPPOSED, text)
    if "military" in scores:  # "mit einem Patriot-System abgefangen": the weapon used in a fight is no aid
        _keep(scores, "aid", lambda c: not _WITH.search(text[: c.begin]))
        # "Dutzende Panzer blieben in den Minenfeldern liegen": weapons named in a fight, nothing handed over
        _keep(scores, "aid", lambda c: HANDED_OVER.search(text) or not WEAPON_NOUN.fullmatch(c.text))
    if "war" in scores:  # the troops that invade, the attack on the country, are the war, not a further military cue
        war = scores["war"][1]
        _keep(scores, "military", lambda c: c.text not in ("Truppen", "Einheiten")
              and not any(w.begin <= c.begin < w.stop for w in war))
    speaks = any(c.text in _SPEAKS for c in scores.get("meeting", (0, []))[1])
    if speaks and (before := _BEFORE_PARLIAMENT.search(text)):
        _keep(scores, "meeting", lambda c: c.text not in _SPEAKS)  # "soll … vor der Nationalversammlung sprechen"
        _add(scores, "statement", 3, Cue("statement", before.start(), before.end(), before.group(0)))
    if video := _BY_VIDEO.search(text):  # "per Video zum Weltwirtschaftsforum sprechen": a speech, not talks
        _keep(scores, "meeting", lambda c: c.text not in ("sprechen", "spricht", "sprach") and c.text != "Videoschalte")
        _add(scores, "statement", 2, Cue("statement", video.start(), video.end(), video.group(0)))
    # "den Staats- und Regierungschefs … vorgestellt": the leaders gathered are a meeting, unless they decide on
    # something of another kind ("wollen die Staats- und Regierungschefs über Beitrittsgespräche entscheiden"); a
    # guest expected there ("auch Selenskyj wird dort erwartet") attends it.
    if (leaders := re.search(LEADERS, text)) and not set(scores) - {"meeting", "statement", "visit"}:
        _add(scores, "meeting", 3, Cue("meeting", leaders.start(), leaders.end(), leaders.group(0)))
    if met := _MET.search(text):  # "hatten sich die beiden in Sankt Petersburg getroffen": met, not hit
        _keep(scores, "military", lambda c: not met.start() <= c.begin < met.end())
        _add(scores, "meeting", 3, Cue("meeting", met.start(), met.end(), met.group(0)))
    # confirming a call is a statement: "Uschakow bestätigte in der Nacht zu Dienstag ein 40-minütiges Gespräch"
    _keep(scores, "meeting", lambda c: not _CONFIRMED_BEFORE.search(text[: c.begin]))
    _keep(scores, "military", lambda c: not ADMITTED.search(text[: c.begin]))
    if TRIAL.search(text):
        _keep(scores, "meeting", lambda c: not re.match(r"(?i:verhand)", c.text))  # "räumte … den Beschuss … ein"
    # agreements made are no hit: "keine Vereinbarungen anerkennen, die ohne sie getroffen würden"
    _keep(scores, "military", lambda c: not (c.text == "getroffen" and _MADE_BEFORE.search(text[: c.begin])))
    # passing on information, not weapons: "Informationen an die russische Seite weitergegeben"
    _keep(scores, "aid", lambda c: not _INFORMATION_BEFORE.search(text[: c.begin]))
    _keep(scores, "aid", lambda c: not REMARK_ON.search(text[: c.begin]))  # "mit einer Aussage zur Militärhilfe"
    if "aid" in scores:  # "will das Repräsentantenhaus … über ein … Hilfspaket … abstimmen": a vote on aid is aid
        _keep(scores, "meeting", lambda c: not VOTE.fullmatch(c.text))
    if asked := LEFT_OPEN.match(text):  # "Ob Deutschland nun Taurus liefert, ließ Merz offen": a question
        for key in list(scores):
            _keep(scores, key, lambda c: c.begin >= asked.end())
    if re.search(r"Oberbefehlshaber|Armeechef|Generalstabschef", text):  # a change at the top of the army is military
        _keep(scores, "statement", lambda c: not OFFICE.fullmatch(c.text))
    if re.search(r"\b\w*(?:[Aa]ntr[aä]g|[Uu]rkunde|[Dd]okument|[Bb]eglaubigungsschreiben)\w*\b", text):  # "die
        _keep(scores, "aid", lambda c: c.text != "übergeben")  # Beitrittsanträge … übergeben": a paper, no aid
    # a paper, a speech or a meeting's guest expected is no visitor ("Das Papier wird … erwartet", "Kuleba wird dort
    # erwartet", "auch Abgesandte … werden erwartet"); expected before an assembly: a speech ("vor der Vollversammlung")
    expected = [c for c in scores.get("visit", (0, []))[1] if c.text == "erwartet"]
    assembly = _BEFORE_ASSEMBLY.search(text)
    guest = "meeting" in scores and re.search(r"\b(?:dort|auch\s+(?:\S+\s+){1,5}?(?:wird|werden))\s+erwartet\b", text)
    attends = _GUEST_AT.search(text)  # "wird Erdogan beim G20-Gipfel in Neu-Delhi erwartet": a guest of the summit
    speech = re.search(r"\b(?:die|eine)\s+Rede\b", text)
    paper = _PAPER_OPENS.match(text) or re.search(rf"\b(?:das|die|der)\s+(?:\w+\s+)?{PLAN}\s", text)
    if expected and (assembly or guest or attends or paper or speech):
        _keep(scores, "visit", lambda c: c not in expected)
        if attends:
            _add(scores, "meeting", 3, Cue("meeting", attends.start(), attends.end(), attends.group(0)))
        if assembly:
            _add(scores, "statement", 3, Cue("statement", assembly.start(), assembly.end(), assembly.group(0)))
    # "In Kiew löste der Besuch scharfe Kritik aus", "sehen in dem Besuch einen Kurswechsel": the visit told before
    _keep(scores, "visit", lambda c: not (_THE_TRIP.fullmatch(c.text) and _DEFINITE.search(text[: c.begin])))
    _keep(scores, "aid", aid_given(text))
    if (money := [a.cue for a in find_amounts(text)]) and money_is_aid(text):
        _add(scores, "aid", MONEY_WEIGHT, money[0])
    return scores


def content(text: str) -> str:
    """``text`` without a closing reporting clause, when what comes before it is an event of its own."""
    closing = REPORTING_CLAUSE.search(text)
    if closing is None or COLON_THEN_SAID.search(text):
        return text
    before = {key for key in category_scores(text[: closing.start()]) if key != "statement"}
    quoted = QUOTED.fullmatch(text[: closing.start()].strip())  # "„Er zerstört sein Land“, sagte Trump": said words
    return text[: closing.start()] if before and not quoted else text


# "kündigte … an, die Niederlande würden Kampfjets übergeben": what is announced is the event.
# "…, wie Außenminister Sergej Lawrow am Freitag ankündigte": the verb at the end of a subordinate clause too
_ANNOUNCES = re.compile(r"\bkündig(?:te|ten|t|en)\s+(?:\S+\s+){0,25}?an\b|\bangekündigt|\bankündigte[n]?\b|"
                        r"\bverkündet(?:e|en)?\b[^.;:]*?,\s+dass\b")  # "hatten … verkündet, dass Finnland …"


# "besuchten … Butscha, wo … Tote gefunden worden waren": a clause in the pluperfect about the place is its past.
# "am Abend der Explosionen von Saki": a time named by an event told before, not an event of the sentence.
DAY_OF_EVENT = re.compile(r"\b(?:[Aa]m|[Ii]n\s+der)\s+(?:Abend|Morgen|Nachmittag|Vormittag|Nacht)\s+(?:des|der)\s+"
                          r"\w+\s+(?:von|in|auf|bei)\s+(?P<place>[A-ZÄÖÜ][\w-]+)")
# "die von russischen Truppen besetzte Hafenstadt Mariupol besucht": who holds the place, not what happened
_HELD_BY = re.compile(r"\b(?:der|die|das|den|dem|des)\s+von\s+(?:\S+\s+){1,3}?(?:besetzte|kontrollierte|gehaltene|"
                      r"eroberte|annektierte)[nmrs]?\b")
_DAY_OF = re.compile(  # "am ersten Tag der Reise", "am Tag des Angriffs": when, not what happened
    r"\b[Aa]m\s+(?:(?:ersten|zweiten|dritten|letzten|selben|gleichen)\s+Tag\s+(?:des|der)\s+\w+|"
    r"Tag\s+des\s+(?:russischen\s+)?(?:Angriffs|Einmarsch(?:e)?s|Überfalls)\b)")
# "in einem Europa, in dem auf dem Balkan um Grenzen gekämpft wird, …": what goes on in general, no event
_IN_WHICH = re.compile(r",\s+in\s+(?:dem|der|denen)\s+[^,.;:]*?\b(?:wird|werden)(?=\s*,)")
_WHERE_BEFORE = re.compile(r",\s+wo\s+[^,;:]*?\b(?:hatten?|waren?)(?=\s*(?:[,;:.!?]|$))")


# "reist nach Ottawa weiter, um Trudeau zu treffen …", "Soldaten zur Ausbildung geschickt": the purpose is no event.
_PURPOSE = re.compile(r",\s+um\s+[^,.;:]*?\bzu\s+\w+(?:\s+und\s+[^,.;:]*?\bzu\s+\w+)?|\bzur\s+Ausbildung\b|"
                      r",\s+(?:damit|falls|sofern)\s+[^.;:]*|"  # (a condition: "…, falls Verhandlungen scheitern")
                      # "besuchten beide Soldaten, die … an Kampfpanzern geschult werden.": who they are, not the event
                      r",\s+(?:die|der|das|denen)\s+(?![A-ZÄÖÜ])[^,.;:]*?\b(?:werden|wird|sind|ist)(?=\s*[.!?]?$)|"
                      r",\s+(?:der|die)\s+als\s+[^,.;:]*?\bgilt\b[^,.;:]*,")  # ", der als russlandfreundlich gilt …,"


# "griff die Hauptstadt an, während sich dort eine Delegation aufhielt": the circumstance is not the event.
WHILE = re.compile(r",\s+während\s+(?:sich\s+)?[^,.;:]*|^Während\s+[^,.;:]*,")  # or opening the sentence


_CONFIRMS_THAT = re.compile(r"\bbestätigte[n]?\s+(?:[^\s,]+\s+){0,10}?[^\s,]+,\s+dass\b")
_REFERRED = re.compile(r"\bverwies(?:en)?\s+auf\s[^:;.]*:")
_REJECTED_THEN = re.compile(r"\b(?:wies(?:en)?|lehnte[n]?)\s[^:;.]*:.*")
# "reagierte noch am Donnerstag: Die Lieferung erfordere …", "begründete den Schritt: …": after the colon, what was said
_DENIED_THAT = re.compile(r"(?<=\bzurück,)\s[^.;]*?\bzu\s+haben\b")
_TOLD_THEN = re.compile(r"\b(?:reagierte[n]?|begründete[n]?|"
                        r"meldete[n]?\s+(?:\S+\s+){0,4}?(?:Bedenken|Zweifel|Vorbehalte)\s+an)\s*[^:;.]*:")


def _blank(text: str, spans: list[re.Match[str]]) -> str:
    for m in spans:
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# A closing relative clause with a subject of its own ("…, das Pjöngjang … verurteilt"; not "eine Resolution, die den
# Abzug fordert", where the resolution itself demands).
# "Die Entsendung von UN-Militärbeobachtern, die …, gilt nach dem Fall der Stadt als fraglich": a doubt, no event
_DOUBTED = re.compile(r"^(?:Die|Der|Das)\s+[^;:.]*?\b(?:gilt|gelten)\s+(?:[^\s,;:.]+\s+){0,6}?als\s+(?:\w+\s+)?"
                      r"(?:fraglich|ungewiss|unsicher|unklar|offen|unwahrscheinlich)\b|"
                      # "Über Zusammenstöße lagen zunächst keine gesicherten Angaben vor": nothing known, no event
                      r"^Über\s+[^,;:.]*?\b(?:lagen|liegen)\s+(?:\S+\s+){0,2}?keine\s+(?:\w+\s+)?"
                      r"(?:Angaben|Informationen|Erkenntnisse|Berichte)\b")
# (or a person with an apposition: "Schewardnadse, der frühere sowjetische Außenminister, gilt in Moskau als …")
_DESCRIBED = re.compile(r"^(?:Die|Der|Das)\s+[^,;:]*?\b(?:gilt|gelten)\s+als\b|"
                        r"^[A-ZÄÖÜ][\w-]+,\s+(?:der|die)\s+[^,;:]+,\s+(?:gilt|galt)\s+(?:\S+\s+){0,4}?als\b")
_INSERTED_RELATIVE = re.compile(r",\s+(?:der|die|das)\s+[^,;:.]*?\b(?:hatte|hatten|war|waren)\s*,|"
                                 # what a named person was doing: "Gerhard Schröder, der in Berlin den EU-Sondergipfel
                                 # leitete, wandte sich … in einer Fernsehansprache an die Bevölkerung"
                                 r"(?<=[a-zäöüß]),\s+der\s+[^,;:.]*?\b(?:leitete|führte|besuchte|weilte|tagte)\s*,")
_PERSON_BEFORE = re.compile(r"\b(?:Diplomat|Journalist|Reporter|Korrespondent|Aktivist|Oppositionell|Politiker|Bürger|"
                            r"Student|Mann|Frau|Bloggerin?|Anwalt|Anwältin)\w*(?:\s+\S+){0,2}$")
_CLOSING_PLUPERFECT = re.compile(r",\s+(?:der|die|das|den|dem)\s+[^,;:.!?„“]*\b(?:war|waren|hatte|hatten)[.!?]?$")
_CLOSING_RELATIVE = re.compile(r",\s+(?:der|die|das|den|dem)\s+[A-ZÄÖÜ][^,;:.!?„“]*[.!?]?$")


def _without_closing_remark(text: str) -> str | None:
    """"planen … ihr Großmanöver, das Pjöngjang regelmäßig als Vorbereitung … verurteilt": what others say of the
    thing, in a closing relative clause, is no statement event when the main clause tells an event of another kind."""
    relative = _CLOSING_RELATIVE.search(text)
    # "musste Kádár, der … an die Macht gekommen war, die Führung der Partei abgeben": the comma closes an inserted
    # relative clause and the main clause goes on
    if relative is None or any(m.end() == relative.start() + 1 for m in _INSERTED_RELATIVE.finditer(text)):
        return None
    verb = re.search(r"(\w+)[.!?]?$", relative.group(0))
    said = category_scores(relative.group(0)).get("statement", (0, []))[1]
    blanked = text[: relative.start()] + " " * (relative.end() - relative.start())
    if any(c.stop == verb.end(1) for c in said) and set(category_scores(blanked)) - {"statement"}:
        return blanked
    return None


def best_category(text: str) -> tuple[str, list[Cue]] | None:
    if _DESCRIBED.match(text) and not re.search(r"\d", text) or _DOUBTED.match(text):
        return None  # "Die Brücke über den Sywasch gilt als eine der wichtigsten Verbindungen, …": what a thing is
    text = content(_blank(text, list(COLON_THEN_SAID.finditer(text))))
    # "…, wo … waren", "am Abend der Explosionen von Saki", "am ersten Tag der Reise", "die von Truppen besetzte Stadt"
    for aside in (_WHERE_BEFORE, DAY_OF_EVENT, _DAY_OF, _HELD_BY, _IN_WHICH):
        text = aside.sub(lambda m: " " * len(m.group(0)), text)
    purposeless = WHILE.sub(lambda m: " " * len(m.group(0)), _PURPOSE.sub(lambda m: " " * len(m.group(0)), text))
    if purposeless != text and (category_scores(purposeless) or _ANNOUNCES.search(purposeless)):
        text = purposeless
    if unqualified := _without_closing_remark(text):
        text = unqualified
    # "…einen Diplomaten ausgewiesen, der bei einer Demonstration festgenommen worden war": what had befallen the
    # person before is not the kind of the sentence's event
    if (earlier := _CLOSING_PLUPERFECT.search(text)) and _PERSON_BEFORE.search(text[: earlier.start()]) and \
            category_scores(text[: earlier.start()]):
        text = text[: earlier.start()]
    # "Kara-Mursa, der zwei Giftanschläge überlebt hatte, erhielt … 25 Jahre Haft": what the person had been through
    described = _INSERTED_RELATIVE.sub(lambda m: " " * len(m.group(0)), text)
    if described != text and category_scores(described):
        text = described
    judged = list(JUDGING.finditer(text))
    # "wies das zurück: Russische Truppen hätten die Explosion selbst herbeigeführt": after its colon, what was said.
    rejected = [m for m in _REJECTED_THEN.finditer(text) if STANCE.match(text, m.start())]
    rejected += list(_DENIED_THAT.finditer(text))  # "weist zurück, Russland Waffen geliefert zu haben": what is denied
    if _REFERRED.search(text) or _TOLD_THEN.search(text):  # "verwies auf die Bedingungen …: Kiew müsse … abziehen"
        rejected += list(re.finditer(r"(?<=:)[^:]*$", text))
    scores = category_scores(_blank(text, judged + rejected)) if judged or rejected else category_scores(text)
    said = [m for m in (*judged, *STANCE.finditer(text), *SPEECH.finditer(text))
            if not _NOT_AFTER.match(text[m.end() :])]  # "Einen Termin nannte sie nicht."
    speech = [Cue("statement", m.start(), m.end(), m.group(0)) for m in said]
    announced = _ANNOUNCES.search(text) and set(scores) - {"statement", "meeting"} or TALKS_INTENDED.search(text)
    if (confirmed := _CONFIRMS_THAT.search(text)) and set(scores) - {"statement"}:
        # "bestätigte …, dass Raketen vom Typ Storm Shadow geliefert werden": what was confirmed is the event
        _keep(scores, "statement", lambda c: not confirmed.start() <= c.begin < confirmed.end())
        announced = True
    # "Der Geheimdienst meldete eine Kommandoaktion: Spezialkräfte seien … gelandet": a fact reported in the
    # subjunctive is the fact (attributed), not a statement.
    reported_fact = "military" in scores and all(SUBJUNCTIVE.fullmatch(m.group(0)) for m in said)
    # "war Carney angereist und bekräftigte die Unterstützung": what the visitor said is part of the visit
    on_trip = speech and "visit" in scores and min(c.begin for c in scores["visit"][1]) < speech[0].begin and \
        re.search(r"\bund\s+$", text[: speech[0].begin])
    if speech and not announced and not reported_fact and not on_trip:
        score, found = scores.get("statement", (0, []))
        scores["statement"] = (score + SPEECH_BONUS, found + speech[:1])
    if not scores and (stance := STANCE.search(text)):  # "als Russland das Getreideabkommen auslaufen ließ"
        return "statement", [Cue("statement", stance.start(), stance.end(), stance.group(0))]
    if not scores and (announcement := _ANNOUNCES.search(text)):
        # "kündigte noch am Sonntag an: „Es wird Vergeltung geben.“": announcing nothing of another kind is a statement.
        return "statement", [Cue("statement", announcement.start(), announcement.end(), announcement.group(0))]
    if not scores:
        return None
    # On a tie, a meeting outranks the trip to it ("reiste nach Athen, wo er … zusammenkam").
    order = [key for key, _, _ in CATEGORY_CUES]
    key = max(scores, key=lambda k: (scores[k][0], -order.index(k)))
    return key, scores[key][1]

