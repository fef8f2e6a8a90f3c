"""Regular-expression fragments shared by the cue table (category_table.py) and the rules that weigh its cues
(cues.py, qualifiers.py, reading.py): what a pledge, a plan, a weapon, arms arriving, a thing expected or a question
left open look like."""

from __future__ import annotations

import re

# "sagte … Militärhilfe zu": zusagen is to pledge, not to say ("sicherte … Unterstützung zu" stays a statement). The
# separable "zu" closes the clause; "sagte er zu Journalisten" is speech.
PLEDGE = r"sagten?\s+(?:\S+\s+){0,16}?zu(?=[,.;:]|\s+und\b|$)"
# "traf die Luftwaffe … das Landungsschiff": a hit on a ship, a depot, a port.
HIT_TARGET = (r"(?:das|den|die|ein|eine|einen)\s+(?:\S+\s+){0,2}?\w*(?:[Ss]chiff|[Ff]regatte|[Kk]reuzer|[Dd]epot|"
               r"[Mm]unitionslager|[Hh]afen|[Ff]lugplatz|[Rr]affinerie|[Ww]ohnhaus|[Ww]ohnblock|[Gg]ebäude)\w*")
# "trafen Marschflugkörper …", "trafen ihn vier Kugeln": treffen is to hit, not to meet.
WEAPONS = r"(?:Marschflugkörper|Raketen?|Drohnen?|Bomben?|Granaten?|Geschosse?|Kugeln?|Schüsse)"
# "hatten Granaten … mehrere Menschen getötet": shells that killed or wounded are fighting, not arms given.
SHELLS_THAT_HIT = r"Granate\w*\s+(?:\S+\s+){0,8}?(?:getötet|tötete[n]?|verletzt)\b"
# What is presented when presenting is a statement: a plan, a paper, a proposal.
PLAN = (r"\w*(?:[Pp]lan|[Pp]apier|[Mm]emorand|[Kk]onzept|[Ss]trategie|[Vv]orschl[aä]g|[Ee]ntwurf|[Pp]rogramm|"
        r"[Ff]ormel|Einzelheiten|Details|Grundsätze|Prinzipien)\w*")
# What arrives when an arrival is a delivery: "Die Ankunft der ersten F-16 hatte Selenskyj … verkündet".
ARRIVING_ARMS = (r"Ankunft\s+(?:der|des|von)\s+(?:\S+\s+){0,3}?(?:F-16\w*|Kampfjets?|Jets|Kampfflugzeuge?|Panzer\w*|"
                 r"Leopard\w*|Abrams\w*|Patriot\w*|Haubitzen?|Marschflugkörper|Raketen\w*|Munition|Waffen\w*)\b")
# "Das erste … Luftverteidigungssystem … ist in der Ukraine angekommen": arms arrived are a delivery.
ARRIVED_ARMS = (r"(?:[Ss]ystem|Panzer|Haubitze|Jets?|F-16|Kampfflugzeug|Munition)\w*\s+(?:\S+\s+){0,12}?"
                r"(?:angekommen|eingetroffen)")
# "Die ersten Auslieferungen … werden … erwartet", "Die Vereidigung … wird im Dezember erwartet", "In Washington wird
# die förmliche Anerkennung … erwartet": a thing expected
THING_EXPECTED = (r"(?:^|:\s+|\b(?:wird|werden)\s+)(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?:[a-zäöü]\w*\s+)?"
                  r"[A-ZÄÖÜ]\w*ung(?:en)?\b(?!\s+(?:der|des)\b)")
# "Trump sagte, er wolle noch in dieser Woche mit Putin telefonieren": talks intended are a meeting announced (cues.py)
TALKS_INTENDED = re.compile(r",\s+(?:er|sie|man|beide)\s+(?:wolle|wollten|werde|werden)\s+(?:\S+\s+){0,10}?"
                            r"(?:telefonieren|treffen|zusammenkommen|zusammentreffen)\b")
# The leaders, or the ministers of a few states, gathered: "die Energieminister der drei Länder" (cues.py)
LEADERS = (r"\bStaats-\s+und\s+Regierungschefs?\b|"
           r"\b\w*[Mm]inister(?:innen)?\s+der\s+(?:drei|vier|fünf|beiden|\d+)\s+(?:Länder|Staaten)\b")
# A group invited to the host's town is a meeting there: "hat Starmer die Koalition der Willigen nach London
# eingeladen".
INVITED_GROUP = (r"\b(?:Koalition|Staats-\s+und\s+Regierungschefs|Außenminister|Verteidigungsminister|Verbündete|"
                 r"Partner|Amtskolleg)\w*\s+(?:\S+\s+){0,14}?eingeladen\b")
# "Ob Deutschland nun Taurus liefert, ließ Merz offen": a question, no event (cues.py, reading.py)
LEFT_OPEN = re.compile(r"(?:(?:Ob|Wie\s+viele)\s[^,]*,(?=[^.;]*\b(?:offen|unklar|ungewiss|unbekannt)\b)|"
                       # "Offen ist nun, wie sich die übrigen Republiken verhalten": the question is the whole clause
                       r"(?:Offen|Unklar|Ungewiss)\s+(?:ist|bleibt|war|blieb)(?:\s+[^\s,]+){0,2}\s*,\s*"
                       r"(?:wie|was|ob|wer|wann|welche\w*|wo\w*)\b[^;]*)")
