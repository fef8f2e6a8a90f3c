"""Reported speech: the verbs and the subjunctive that make a sentence a statement, and the clauses that only name
who told it."""

from __future__ import annotations

import re

from .cue_fragments import PLEDGE

# Reported speech (a speech verb or the German subjunctive I) makes a sentence a statement
# even when it talks about aid or membership: "Er habe … zur Lieferung … gedrängt". (Not a silence: "hat sich
# bislang nicht geäußert".)
SPEECH = re.compile(rf"\b(?!{PLEDGE})(?:sagte[n]?|erklärte[n]?|betonte[n]?|forderte[n]?|fordert|verlangte[n]?|"
                    r"warnte[n]?|gewarnt|Warnung|räumte[n]?\s+(?:\S+\s+){0,14}?ein\b|eingeräumt|schätzte[n]?|hieß\s+es|"
                    r"bekräftigte[n]?|nannte[n]?|sicherte[n]?|gesagt|wiederholte[n]?|teilte[n]?\s+(?:\S+\s+){0,8}?mit|rief\s+(?:\S+\s+){0,12}?auf|gedrängt|"
                    r"hingewiesen|(?:dafür|dafur)\s+geworben|(?:hat|hatte|hatten|haben)\s+(?:(?!nicht\s)\S+\s+){0,12}?(?:bestätigt|betont|bekräftigt|gedroht|bezeichnet|erklärt|geäußert)|"
                    r"ergriff(?:en)?\s+(?:\S+\s+){0,10}?das\s+Wort|warb(?:en)?\s+dafür|warb(?:en)?\s+(?:\S+\s+){0,6}?um|sei|seien|habe|werde|könne|müsse|dürfe|gebühre)\b")
SPEECH_BONUS = 4
SUBJUNCTIVE = re.compile(r"sei|seien|habe|werde|könne|müsse|dürfe|gebühre")
# "…, teilte das Verteidigungsministerium in Berlin mit.": a closing clause that only names the source.
REPORTING_CLAUSE = re.compile(r",\s+(?:teilte[n]?\s+(?:\S+\s+){0,8}?mit|(?:sagte|erklärte|betonte|berichtete|meldete"
                              r"|hieß\s+es)[n]?\b[^,]*?|"
                              # "…, wie Kremlsprecher Dmitri Peskow heute bestätigte."
                              r"wie\s+[^,;:]*?\b(?:bestätigte|mitteilte|sagte|berichtete|meldete|erklärte)n?)[.!?]?$")


# "bemühte sich um Schadensbegrenzung: Bereits vereinbarte Lieferungen würden weiter abgewickelt, erklärte er.":
# between the colon and the closing speech verb, what was said.
COLON_THEN_SAID = re.compile(r"(?<=:)[^:]*?(?=,\s+(?:sagte|erklärte|betonte)n?\s+(?:er|sie|[A-ZÄÖÜ][\w-]*)\b[^,]*$)")
