"""The German date expressions the drafter recognises: the words, and one pattern per kind of expression.

``dates`` resolves what these patterns find against the publication date.
"""

from __future__ import annotations

import re

from .feasts import FEASTS

WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
SEASONS = {"frühjahrs": 3, "frühlings": 3, "sommers": 6, "herbstes": 9, "herbsts": 9, "winters": 12,  # genitive;
           "frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9, "winter": 12}  # "im Herbst" (no year: by tense)
OF_YEAR = {**MONTHS, "frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9}  # "seit dem Frühjahr 2023"
NUMBER_WORDS = {
    "einem": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
}  # fmt: skip
DAY_PARTS = ("frühmorgen", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}

WEEKDAY_NAMES = _WD = "|".join(w.capitalize() for w in WEEKDAYS)  # regex alternations: "Montag|Dienstag|…"
MONTH_NAMES = _MON = "|".join(m.capitalize() for m in MONTHS)
_SEASONS = "|".join(s.capitalize() for s in SEASONS)
_PART = "|".join(DAY_PARTS)
_GENITIVE = "(?:" + "|".join(f"(?<=des {w.capitalize()})" for w in WEEKDAYS) + ")"  # "des Freitags"
NUM = r"\d+|" + "|".join(NUMBER_WORDS)
_APPROX = r"(?:knapp|rund|etwa|fast|gut|mehr als|über|ungefähr|circa|ca\.)\s+"

# One pattern per kind of expression; the group names tell _resolve what was found.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "am 9. und 10. September": the first day, and the last as the end.
    ("explicit", re.compile(rf"\b(?P<day>\d{{1,2}})\.\s*(?:(?:und|bis|–|-)\s*(?P<last>\d{{1,2}})\.\s*)?"
                            rf"(?P<month>{_MON})(?:\s+(?P<year>\d{{4}})|\s+(?:des\s+)?(?P<yearmod>vergangenen|letzten|"
                            rf"vorigen|kommenden|nächsten|dieses)\s+Jahres)?\b")),  # "am 3. Mai des vorigen Jahres"
    ("numeric", re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b")),
    # "im vierten Quartal 2012", "im ersten Halbjahr 2024": its first month, and its last as the end.
    ("quarter", re.compile(r"\b(?P<nth>ersten|zweiten|dritten|vierten|[1-4]\.)\s+(?P<unit>Quartal|Halbjahr)\s+"
                           r"(?:des\s+Jahres\s+)?(?P<year>\d{4})\b")),
    # "im April und Mai 1940": the first month, and the second as the end.
    ("month_year", re.compile(rf"\b(?:(?P<phase>Anfang|Mitte|Ende)\s+)?(?P<month>(?i:{'|'.join(OF_YEAR)}))\s+"
                              rf"(?:und\s+(?P<month2>{_MON})\s+)?(?P<year>\d{{4}})\b")),
    # "Morgen" opening a sentence before its verb is tomorrow ("Morgen will Guterres … weiterreisen"), else a noun.
    # (not "bis heute": up to now, no day of its own)
    ("relative_day", re.compile(rf"\b(?P<word>[Vv]orgestern|[Gg]estern|(?<!bis )[Hh]eute|morgen|^Morgen(?=\s+[a-zäöü])|"
                                rf"[Üü]bermorgen)(?:\s*(?P<part>früh|{_PART.title()}))?\b")),
    # "am Karsamstag", "zu Weihnachten": the feast's day (Western Easter), by tense; "Mittwoch nach Weihnachten"
    ("holiday", re.compile(rf"\b(?:(?P<wd>{_WD})\s+nach\s+)?(?P<feast>{'|'.join(FEASTS)})"
                           r"(?:s?(?:abend|nacht|morgen|tag))?\b")),  # also "am Silvesterabend", "am Silvestertag"
    (
        "weekday",
        re.compile(
            rf"(?<!benfalls an diesem )(?<![Aa]n jenem )"
            rf"\b(?:(?P<mod>[Kk]ommenden|[Nn]ächsten|[Vv]ergangenen|[Ll]etzten|[Vv]origen)\s+|"
            # "Vergangene Woche Dienstag": the day in that week
            r"(?P<weekfirst>[Vv]ergangene|[Ll]etzte|[Vv]orige|[Kk]ommende|[Nn]ächste|[Dd]iese)\s+Woche\s+)?"
            rf"(?P<wd>{_WD})(?P<part>{_PART})?"
            # "in den frühen Morgenstunden des Freitags": the genitive
            rf"(?:{_GENITIVE}s)?\b"
            # "am Donnerstag und Freitag": the first day, and the second as the end
            rf"(?:\s+(?:und|bis)\s+(?P<wd2>{_WD})\b)?"
            # "am Montag vergangener Woche", "am Dienstag der kommenden Woche": the day in that week
            r"(?:\s+(?:der\s+)?(?P<week>vergangene[nr]|letzte[nr]|vorige[nr]|kommende[nr]|nächste[nr]|diese[nr])\s+Woche\b|"
            r"(?P<wago>\s+vor\s+einer\s+Woche\b)|"  # "am Samstag vor einer Woche": a week before the last one
            rf"\s+vor\s+(?P<dago>{NUM})\s+Tagen\b)?"  # "am Samstag vor zehn Tagen": the Saturday nearest ten days back
            r"(?P<after>\s+(?:darauf|danach))?"
        ),
    ),
    # "in der letzten Januarwoche", "in der ersten Oktoberwoche": a week of the month (the weeks with four or more of
    # its days, as ISO counts them).
    ("month_week", re.compile(rf"\b(?P<nth>ersten|zweiten|dritten|vierten|letzten)\s+(?P<month>{_MON})woche\b")),
    # Before ago: "im Juli vor einem Jahr" is that month a year back.
    ("month", re.compile(rf"\b[Ii]m\s+(?P<month>{_MON})\s+vor\s+(?P<yearsago>{NUM})\s+Jahr(?:en)?\b")),
    ("ago", re.compile(rf"\b[Vv]or\s+(?:(?P<approx>{_APPROX})|(?P<exact>genau)\s+)?(?P<n>{NUM})\s+"
                       rf"(?P<unit>Tagen?|Wochen?|Monaten|Monat|Jahren|Jahr)\b")),  # "vor genau einer Woche": that day
    # "in gut zwei Wochen": ahead of publication.
    ("ahead", re.compile(rf"\b[Ii]n\s+(?P<approx>{_APPROX})?(?P<n>{NUM})\s+(?P<unit>Tagen|Wochen|Monaten|Jahren)\b")),
    ("last_months", re.compile(r"\bin\s+den\s+(?:vergangenen|letzten)\s+(?P<unit>Monaten|Wochen|Jahren)\b")),
    # Before rel_period: "im Juli vergangenen Jahres", "an den Oktober …" is one month, not "vergangenen Jahres";
    # "seit Beginn des Sommers" is the season's first month.
    ("month", re.compile(
        rf"\b(?:(?P<phase>Anfang|Mitte|Ende)\s+|(?:(?<!mitten )[Ii]m|[Ss]eit|[Bb]is(?:\s+zum)?|[Aa]b|den|[Ff]ür)\s+"
        r"(?:(?P<monthmod>vergangenen|letzten|vorigen|kommenden|nächsten)\s+)?|(?:Beginn|Anfang)\s+des\s+)"
        rf"(?P<month>{_MON}|{_SEASONS})\b"
        r"(?:\s+(?:des\s+)?(?P<yearmod>vergangenen|letzten|vorigen|kommenden|nächsten|dieses)\s+Jahres\b)?")),
    ("rel_period", re.compile(
            r"\b(?:(?P<phase>Anfang|Mitte|Ende)\s+(?:(?:der|des)\s+)?|(?:im|in\s+der|(?P<this>in\s+diesem|in\s+dieser|diese[ns]?))\s+)?"
            r"(?P<mod>[Vv]ergangen(?:en?|er)|[Ll]etzte[nr]?|[Vv]orige[nr]?|[Kk]ommende[nr]?|[Üü]?[Nn]ächste[nr]?|"
            r"[Üü]bernächste[nr]?|[Dd]iese[mnrs]?|[Ll]aufenden)?\s*"
            r"(?P<unit>Woche|Monats?|Jahr(?:es)?)\b")),
    ("phase_period", re.compile(r"\b(?P<phase>Anfang|Mitte|Ende)\s+(?:der|des)\s+(?P<unit>Woche|Monats|Jahres)\b")),
    # "Ende 2019 … ausgehandelt", "bis Ende 2027", a year closing its clause: "hatte die Wehrpflicht 2007 abgeschafft."
    # A year opening its sentence before verb and subject ("1997 holte er ihn nach Moskau"), or after the object
    # pronoun of an appointment ("ernannte ihn 1991 zum Gouverneur"); not a count ("2000 starben").
    # (and a year not before or after: "dürfte das Kraftwerk frühestens 2018 Strom liefern")
    ("year", re.compile(r"\b(?:[Ii]m\s+Jahr(?:e)?\s+|[Ss]eit\s+|[Ff]ür\s+|(?:[Bb]ereits|[Ss]chon|Anfang|Mitte|Ende)\s+|"
                        r"(?:[Ff]rühestens|[Ss]pätestens)\s+(?:(?:im\s+Jahr(?:e)?|ab)\s+)?|"
                        r"(?=\d{4}\s+[a-zäöü]\w*(?:t|en)(?:\s*[.,;:!?]|\s+und\b))|"
                        r"^(?=\d{4}\s+[a-zäöü]\w+\s+(?:er|sie|es|man|der|die|das|den|dem|[A-ZÄÖÜ]\w+)\b)|"
                        r"(?<=\b(?:ihn|sie|ihm|ihr)\s)(?=\d{4}\s+(?:zum|zur|als)\b)|"
                        # after an auxiliary: "Die Republik war 1940 von der Sowjetunion annektiert worden"
                        r"(?:(?<=\bwar\s)|(?<=\bwaren\s)|(?<=\bwurde\s)|(?<=\bwurden\s))(?=\d{4}\s+(?:von|vom|in|im|nach|zum|zur|als|unter|durch)\b))"
                        r"(?P<year>(?:19|20)\d{2})\b")),
    ("day_part", re.compile(rf"\b(?:[Aa]m|[Ii]n\s+der)\s+(?:(?:frühen|späten)\s+)?(?P<part>{_PART.title()})\b"
                            r"(?!\s+des\s+\d)")),  # "Am späten Abend des 22. September": that day's
    # "tags darauf": the day after the day named last (resolved against publication here, see dating).
    ("day_after", re.compile(r"\b(?:[Tt]ags\s+(?:darauf|danach)|[Aa]m\s+(?:folgenden|nächsten)\s+Tag|"
                             r"[Ee]inen\s+Tag\s+(?:später|danach|darauf)|[Aa]m\s+Tag\s+(?:darauf|danach)|"
                             r"[Aa]m\s+Tag\s+nach\s+(?:dem|der)\s+\w+)\b")),
    # "zwei Tage später": counted from the day named before (see dating).
    # "Zwei Tage nach dem Aus erklärte …": counted from the event named before (not "nach dem Angriff auf …").
    ("days_later", re.compile(rf"\b(?P<n>(?i:{NUM}))\s+Tage\s+(?:(?:später|danach|darauf)\b(?!,\s+am\s+\d)|"
                              r"nach\s+(?:dem|der)\s+[A-ZÄÖÜ]\w*(?!\s+(?:auf|in|im|von|vom|gegen|an|am|bei|mit|über|"
                              r"des|der|dem)\b))\b")),
    # "nach gut einer Woche", "Gut einen Monat später": counted from the day named before, to the week or month.
    ("later", re.compile(rf"\b(?:(?P<approx>[Gg]ut|[Kk]napp|[Rr]und|[Ee]twa)\s+)?(?P<n>(?i:{NUM}|eine))\s+"
                         r"(?P<unit>Wochen?|Monate?)\s+(?:später|danach|darauf)\b(?!,\s+am\s+\d)|\bnach\s+(?:(?P<approx2>gut|knapp|rund|etwa)\s+)?"
                         rf"(?P<n2>einer|einem|{NUM})\s+(?P<unit2>Wochen?|Monaten?)\b(?!\s+(?:dem|der|des)\b)")),
    # "am Wochenende": the Saturday of the coming weekend, or of the last one in the past tense.
    ("weekend", re.compile(r"\b(?:[Aa]m|[Üü]bers?)\s+(?:(?P<mod>kommenden|nächsten|vergangenen|letzten)\s+)?"
                           r"Wochenende\b")),
    # "vergangene Nacht", "letzte Nacht": the night before the day of publication.
    ("last_night", re.compile(r"\b(?:(?:[Ii]n\s+der\s+)?(?:vergangenen|letzten)|[Vv]ergangene|[Ll]etzte)\s+Nacht\b")),
    # "am Vortag": the day before the day named last (resolved against publication here, see dating).
    ("day_before", re.compile(r"\b(?:(?:[Aa]m|des)\s+)?(?:Vortag(?:es|s)?|Vorabend|Tag(?:e)?\s+zuvor)\b|"
                              r"\btags\s+zuvor\b")),
    # "am selben Tag": the day named last (resolved against publication here, see dating).
    ("same_day", re.compile(r"\b(?:(?:[Aa]m|[Nn]och\s+am)\s+(?:selben|gleichen|selbigen)|[Aa]n\s+(?:diesem|jenem))"
                            r"\s+(?:Tag|Abend|Morgen)\b|\b(?:[Ii]n|[Nn]och\s+in)\s+(?:derselben|der\s+gleichen)\s+Nacht\b|"
                            # "Ebenfalls an diesem Mittwoch", "An jenem Dienstag" after "am 25. Januar": that day
                            rf"\b(?:[Ee]benfalls\s+an\s+diesem|(?:[Ee]benfalls\s+)?[Aa]n\s+jenem)\s+(?:{_WD})\b|"
                            r"\b(?:wenige|einige|zwei|drei)\s+Stunden\s+(?:später|danach)\b|"
                            # "Bei der gleichzeitigen Präsidentenwahl": the day of the vote named before
                            r"\b(?:der|die|dem|den)\s+gleichzeitigen\b")),
    ("month_end", re.compile(r"\b(?:(?:zum|bis\s+zum|vor|gegen|am)\s+)?Monatsende\b")),  # its last week, about
    ("year_end", re.compile(r"\b(?:(?:zum|bis\s+zum|zu[mr]|am)\s+)?Jahresende\b")),
    # "um den Jahreswechsel": the January after (before, told in the past), approximate.
    ("turn_of_year", re.compile(r"\b(?:um\s+den|über\s+den|zum|bis\s+zum|nach\s+dem|vor\s+dem)\s+Jahreswechsel\b")),
    ("recent", re.compile(r"\b(?:kürzlich|jüngst|vor\s+kurzem|unlängst)\b")),
    # "in den kommenden Tagen": the week around three days ahead, approximate.
    ("coming_days", re.compile(r"\b[Ii]n\s+den\s+(?:kommenden|nächsten)\s+(?P<unit>Tagen|Wochen)\b")),
    # "Inzwischen haben 15 Staaten zugesagt": the state of things on the day of publication.
    ("now", re.compile(r"\b(?:[Nn]un|[Jj]etzt|[Ii]nzwischen|[Mm]ittlerweile)\b")),
    ("current", re.compile(r"\b(?:[Uu]nterdessen|[Ii]ndessen|[Dd]erzeit|[Zz]urzeit|[Aa]ktuell)\b")),
)
