"""The tense of a German clause: reported past, or present/future, told by its verb forms.

A bare weekday or month is resolved by it (dates.py): past → the last such day, else the next.
"""

from __future__ import annotations

import re

# Verb forms that put a clause in the reported past or in the future.
_PAST = re.compile(
    r"\b(?:hatten?|war(?:en)?|worden|"  # ("sei am 30. Dezember abgefeuert worden": a passive perfect)
    # strong forms with a prefix: "übergab", "unterschrieb", "vorschlug", "durchbrachen", "freigaben", "überstand"
    r"(?:über|unter|ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|ver|be|er|ent|durch|frei)(?:gab|schrieb|nahm|trat|ließ|warf|zog|"
    r"brach|sprach|rief|hielt|wies|kam|stieg|schlug|fiel|schoss|stritt|stand)(?:en)?|wurden?|gab(?:en)?|stand(?:en)?|kam(?:en)?|traf(?:en)?|ging(?:en)?|sah(?:en)?|"
    r"hieß|rief(?:en)?|ehrte(?:n)?|bat(?:en)?|(?:statt)?fand(?:en)?|hielt(?:en)?|flog(?:en)?|nahm(?:en)?|sprach(?:en)?|"
    r"griff(?:en)?|ließ(?:en)?|schloss(?:en)?|zog(?:en)?|fiel(?:en)?|bot(?:en)?|brach(?:en)?|blieb(?:en)?|"
    r"warf(?:en)?|wies(?:en)?|schlug(?:en)?|trat(?:en)?|stieg(?:en)?|fuhr(?:en)?|lud(?:en)?|verlor(?:en)?|"
    r"gewann(?:en)?|begann(?:en)?|entschied(?:en)?|beschloss(?:en)?|schoss(?:en)?|floh(?:en)?|erschien(?:en)?|"
    r"verließ(?:en)?|sank(?:en)?|empfing(?:en)?|fing(?:en)?|hing(?:en)?|lag(?:en)?|saß(?:en)?|schrieb(?:en)?|"
    r"lief(?:en)?|hob(?:en)?|stieß(?:en)?|sandte[n]?|wandte[n]?|(?:be)?riet(?:en)?|starb(?:en)?|erlag(?:en)?|"
    r"erlitt(?:en)?|drang(?:en)?|riss(?:en)?|schnitt(?:en)?|trieb(?:en)?|zwang(?:en)?|"
    # "In der Nacht zu Mittwoch floss Blut", "verlas einen Aufruf"
    r"floss(?:en)?|(?:ver)?las(?:en)?|trug(?:en)?|half(?:en)?|galt(?:en)?|befahl(?:en)?|verschwand(?:en)?|"
    r"sprang(?:en)?|wuchs(?:en)?|schwieg(?:en)?|erwog(?:en)?|gelang(?:en)?|misslang(?:en)?|"
    # a participle before its noun: "bei ihrer Anfang Juni begonnenen Gegenoffensive"
    r"(?:begonnen|gestartet|eingeleitet|erfolgt)e[nrms]?|"
    # present forms ending in -ten are not past: "beraten", "halten", "treten" (strong), "arbeiten" (t-stems)
    r"(?![a-zäöüß]*(?:raten|halten|treten|bitten|bieten|gelten|streiten|schreiten|reiten|gleiten|fechten|"
    r"arbeiten|warten|leiten|richten|achten|fürchten|töten|retten|starten|kosten|leisten|rüsten|lasten|"
    # nor are ordinals: "die ersten sechs", "am fünften Tag", "in der letzten Januarwoche"
    r"ersten|letzten|vierten|fünften|sechsten|siebten|neunten|zehnten|elften|zwölften|sogenannten)\b)"
    r"(?!(?:angekündigt|geplant)e[nrms]?\b)"  # announced, planned: to come ("ihre angekündigte Gegenoffensive")
    r"[a-zäöüß]{3,}(?<!st)(?<!ächs)(?<!heu)(?<!gu)(?<!wei)(?<!brei)(?<!mit)(?<!rech)(?<!hun)(?<!zwei)(?<!drit)(?<!wei)(?<!ers)te[n]?|"
    # (not an infinitive with "zu": "Peking für die Konferenz zu gewinnen, die …")
    # (nor an infinitive that begins with "ge": "dürfte Jelzin die Wahl im Juni kaum gewinnen")
    r"(?!(?:gewinnen|geben|gehen|genießen|gestehen|gelingen|gehören|gedenken|gewähren|gestalten|gefährden|"
    r"genehmigen|gewährleisten|gebrauchen|gewöhnen)\b)"
    r"(?<!\bzu\s)(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|zusammen|weiter|fest|los|um|"
    r"lahm|frei|hoch|still|kalt|kaputt|offen|stand|statt|teil|bereit|bekannt|fertig|sicher)?"  # "lahmgelegt"
    r"ge[a-zäöüß]{3,}(?:t|en)(?=\s*(?:sein|worden|haben|hat|ist|habe|sei)?\s*[.,;:!?–]))\b"  # (a dash ends it too)
)
# Subjunctive modals end in -te like a past tense but speak of what may come.
_MODAL = ("könnte", "müsste", "sollte", "dürfte", "möchte", "würde")
# "zuzuschauen", "zu ermöglichen": an infinitive with "zu" has no tense of its own.
_ZU_INFINITIVE = r"[a-zäöü]+zu[a-zäöü]{3,}en|zu\s+[a-zäöü]{3,}en"
FUTURE_VERBS = re.compile(
    rf"\b(?:{_ZU_INFINITIVE}|(?:könnt|müsst|sollt|dürft|möcht|würd)en?|wird|werden|werde|soll(?:en)?|will|wollen|plant|planen|geplant|angesetzt|vorgesehen|terminiert|statt(?:finden)?|steht\s+(?:\S+\s+){{0,12}}?an(?=\s*[.,;:!?])|bevor)\b"
)


# Quoted words („…“, "…", »…«).
QUOTED = re.compile(r"„[^“”\"]*[“”\"]|»[^«]*«|\"[^\"]*\"")


def _is_modal(word: str) -> bool:
    return word.lower().removesuffix("n") in _MODAL


# A perfect tense whose participle has no "ge-" ("haben … beschlossen", "ist … verhaftet worden"):
# the auxiliary counts as the past when a participle with an inseparable prefix ends the clause.
_PERFECT = re.compile(
    r"\b(?:hat|haben|hatten?|ist|sind|war(?:en)?)\b(?=(?:[^.;:!?,]|(?<=\d)\.)*?"  # "am 17. Juli" does not end it
    r"(?:\b(?:zurück|wieder|weiter)?(?:be|ver|er|ent|zer|emp|miss|über|unter|durch)[a-zäöüß]{3,}(?:t|en)(?:\s+worden)?|"
    r"\b\w+\s+lassen)\s*[.,;:!?])|"
    # the auxiliary last in a clause: "den Russland am 24. Februar mit dem Einmarsch … begonnen hat."
    r"\b(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]{3,}(?:t|en)\s+(?:hat|haben|hatte|hatten|ist|sind|war|waren)\s*[.,;:!?]"
)


def _beyond_clause(sentence: str, position: int, verb: re.Match[str]) -> bool:
    """An infinitive with "zu" in another clause than ``position``: it does not tell that clause's tense
    ("warf den Partnern am Sonntagabend vor, lediglich zuzuschauen" is past)."""
    if not re.fullmatch(_ZU_INFINITIVE, verb.group(0)):
        return False
    low, high = sorted((position, verb.start()))
    return bool(re.search(r"[,;:]", sentence[low:high]))


def _other_main_clause(sentence: str, position: int, verb: re.Match[str]) -> bool:
    """A participle closing a later main clause ("Am Donnerstag berät die NATO …, Poroschenko ist als Gast
    eingeladen"): a state of that clause, not the tense of the date before it."""
    return verb.start() > position and bool(re.search(r",\s+[A-ZÄÖÜ][\w-]*\s+(?:ist|sind)\s+[^,;:]*$",
                                                          sentence[position : verb.start()]))


# "sollen am Wochenende … vorgedrungen sein", "soll … getötet worden sein": what is said to have happened (past).
REPORTED_PAST = re.compile(r"soll(?:en|te|ten)?\b(?=[^.;:!?]*?\b[a-zäöüß]{4,}(?:t|en)\s+(?:sein|haben|worden\s+sein)"
                            r"\s*(?:[.,;:!?]|$))")


# "Auslöser der Verstimmung ist der Angriff in der Nacht zu Donnerstag": a cause lies in the past.
_CAUSE = re.compile(r"\b(?:Auslöser|Anlass|Ursache)\b")


_AUXILIARY = re.compile(r"\b(?:hat|hatte|hatten|haben|war|waren|ist|sind|wurde|wurden)\b")


def _apposition(sentence: str, position: int, verb: re.Match[str]) -> bool:
    """A participle closing an insertion between commas ("will die Kontaktgruppe, nach ihrem ersten Tagungsort
    auch Ramstein-Gruppe genannt, am 16. November beraten"): it names, it does not tell the date's tense."""
    opened = sentence.rfind(",", 0, verb.start())
    return (opened >= 0 and not opened < position < verb.start() and bool(re.match(r"\s*,", sentence[verb.end() :]))
            and bool(re.fullmatch(r"\w*ge\w+(?:t|en)", verb.group(0)))
            and not _AUXILIARY.search(sentence, opened, verb.start()))


# "wird mit der Vereidigung Mitte März gerechnet": a participle after "wird" in its clause is the present passive.
_PASSIVE_AUXILIARY = re.compile(r"\b(?:wird|werden)\b")


def _present_passive(sentence: str, verb: re.Match[str]) -> bool:
    if not re.fullmatch(r"\w*ge\w+(?:t|en)", verb.group(0)) or re.match(r"\s+worden\b", sentence[verb.end() :]):
        return False
    opened = max(sentence.rfind(mark, 0, verb.start()) for mark in ",;:")
    return bool(_PASSIVE_AUXILIARY.search(sentence, opened + 1, verb.start()))


# A relative clause: "Putin, dessen Popularität eng mit dem Kurs verbunden ist, gilt bei der Wahl am 26. März …"
# (not an article after a comma: "sagte, die Ukraine habe …").
_RELATIVE_CLAUSE = re.compile(r",\s+(?:dessen|deren|denen|(?:der|die|das|dem|den)(?=\s+[a-zäöü\d]))\b[^,;:.!?„“]*")


def _in_other_relative_clause(sentence: str, position: int, verb: re.Match[str]) -> bool:
    """A verb in a relative clause that does not hold ``position``: it tells that clause's tense only."""
    return any(m.start() < verb.start() < m.end() and not m.start() < position < m.end()
               for m in _RELATIVE_CLAUSE.finditer(sentence))


# "Am Freitag, als Helfer … Leichen bergen sollten, erschütterten …": a modal's past closing a temporal clause.
_WHEN_MODAL = re.compile(r"(?:^|,)\s*[Aa]ls\s+[^,;:.!?„“]*?\b(?P<modal>sollten?|wollten?)\s*(?=[,;:.!?])")


def in_when_clause(sentence: str, position: int) -> bool:
    """Is ``position`` the modal that closes a past temporal clause ("…, als Helfer … bergen sollten, …")?"""
    return any(m.start("modal") == position for m in _WHEN_MODAL.finditer(sentence))


# "nur Stunden bevor die Behörden die Militärs freigaben": "bevor" with a past verb in its clause tells the past.
_BEFORE_CLAUSE = re.compile(r"bevor\b[^,;:.!?–]*")


def _told_before(sentence: str, verb: re.Match[str], past: list[re.Match[str]]) -> bool:
    if verb.group(0) != "bevor":
        return False
    clause = _BEFORE_CLAUSE.match(sentence, verb.start())
    return clause is not None and any(verb.end() <= m.start() < clause.end() for m in past)


_CLOSING_TOLD = re.compile(r",\s+(?:wie|teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|meldete)\b[^,;:„“]*$")


# "Ursprünglich hatte er seine Heimat schon im Mai besuchen wollen": a modal in the pluperfect, a past intention.
_PLUPERFECT_BEFORE = re.compile(r"\b(?:hatte|hatten)\s+[^,;:.!?„“]*$")


def _pluperfect_modal(sentence: str, verb: re.Match[str]) -> bool:
    return verb.group(0) in ("wollen", "sollen") and bool(_PLUPERFECT_BEFORE.search(sentence, 0, verb.start()))


def tense_at(sentence: str, position: int) -> str:
    """'past' or 'future' for the verb nearest ``position``; present tense counts as future.

    Quoted words do not set the tense of the sentence that quotes them ("kündigte am Sonntag an:
    „Es wird Vergeltung geben.“"), unless ``position`` is inside the quotation.
    """
    if not any(m.start() < position < m.end() for m in QUOTED.finditer(sentence)):
        sentence = QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)  # offsets kept
    past = [*(m for m in _PAST.finditer(sentence) if not _is_modal(m.group(0))), *_PERFECT.finditer(sentence),
            *_CAUSE.finditer(sentence)]
    # "… will am 27. Juni festhalten, wie ein Sprecher mitteilte.": when it was told, not when what is to come is
    told = _CLOSING_TOLD.search(sentence)
    if told and told.start() > position and FUTURE_VERBS.search(sentence, 0, told.start()):
        past = [m for m in past if m.start() < told.start()]
    cues = [(abs(m.start() - position), "past", m.start()) for m in past
            if not _other_main_clause(sentence, position, m) and not _apposition(sentence, position, m)
            and not _present_passive(sentence, m) and not _in_other_relative_clause(sentence, position, m)]
    cues += [(abs(m.start() - position), "future", m.start()) for m in FUTURE_VERBS.finditer(sentence)
             if not _beyond_clause(sentence, position, m) and not REPORTED_PAST.match(sentence, m.start())
             and not in_when_clause(sentence, m.start()) and not _told_before(sentence, m, past)
             and not _pluperfect_modal(sentence, m)]
    # "sprach … am Dienstag von zwei Toten; 204 Menschen würden … behandelt": a verb of the same main clause first
    own = [c for c in cues if ";" not in sentence[min(position, c[2]) : max(position, c[2])]]
    # "Jelzin sagte nach Angaben der Regierung am Mittwoch zu, Russland werde …": the verb of the date's own clause
    clause = [c for c in own if not re.search(r"[,:]", sentence[min(position, c[2]) : max(position, c[2])])]
    if not (own or cues):
        return "future"
    return min(clause or own or cues)[1]


# "kündigte gestern an, am Montag mit Putin telefonieren zu wollen": the announced words have their own tense.
ANNOUNCED_WORDS = re.compile(r"\bkündig(?:te|ten|t)\s+(?:\S+\s+){0,8}?an\s*[,:]|"  # what follows was announced
                             # or said, when it is to come: "erklärte, die Reparatur solle am Samstag beginnen"
                             r"\b(?:erklärte|sagte|betonte)n?(?:\s+[^\s,]+){0,6}?,(?=[^,.;:]*\b(?:solle|sollen|werde|werden)\b)")


# "legten die Präsidentenwahl auf den 25. Mai fest": the day a thing is set for lies ahead of the setting.
# (or invited for: "für den 20. Januar … eingeladen", "zur ersten Sitzung am 20. Dezember … eingeladen")
_SET_FOR = re.compile(r"\b(?:(?:auf|für)\s+den|zu[rm]\s+(?:\w+\s+)?(?:Sitzung|Treffen|Gipfel\w*|Konferenz|Tagung)"
                      r"(?:\s+am)?)\s+$")
_SET = re.compile(r"[^;]{0,80}?\b(?:fest|festgelegt|festgesetzt|angesetzt|terminiert|verschoben|vorgezogen|"
                  r"eingeladen|einberufen)\b")


# A deadline for what is to be done: "Die Übergabe soll bis zum 1. Juni abgeschlossen sein."
_DEADLINE = re.compile(r"\bbis\s+(?:spätestens\s+)?(?:zum\s+)?$")
_SHALL = re.compile(r"\b(?:soll|sollen|muss|müssen|will|wollen)\b")


# A date in a clause closed by a verb in the present that starts or holds something: "…, die im November beginnt,".
_BEGINS_THEN = re.compile(r"[^,;:.„“]{0,40}?\b(?:beginnt|beginnen|stattfindet|stattfinden|ansteht|anstehen)\s*[,;.]")


_DAY_WHEN = re.compile(r"[^,;:]{0,30}?,\s+als\s+(?P<clause>[^,;:.!?]*)")


def tense_for(text: str, position: int) -> str:
    """The tense at ``position``; in announced words ("kündigte an, am Montag … zu treffen"), their own; for a
    day a thing is set for, the future."""
    if _SET_FOR.search(text[:position]) and _SET.match(text, position):
        return "future"
    if _DEADLINE.search(text[:position]) and _SHALL.search(text):  # "soll bis zum 1. Juni abgeschlossen sein"
        return "future"
    if _BEGINS_THEN.match(text, position):  # "die WM in Katar, die im November beginnt": its own verb, ahead
        return "future"
    if (when := _DAY_WHEN.match(text, position)) and _PAST.search(when.group("clause")):
        return "past"  # "durch den 13. Januar, als sowjetische Truppen … 14 Menschen töteten": a day gone by
    told = next((m for m in ANNOUNCED_WORDS.finditer(text) if m.end() <= position), None)
    return tense_at(text[told.end() :], position - told.end()) if told else tense_at(text, position)
