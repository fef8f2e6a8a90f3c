"""Aid cues that name nothing given: deliveries stopped, what someone has at their disposal, gas or power traded,
tanks that only stand somewhere; and sums of money that are no aid (one's own forces, a price, an estimate).

:mod:`cues` keeps an aid cue only when :func:`aid_given` accepts it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .amounts import Cue
from .qualifiers import STOPPED

# Gas, oil or power delivered (trade), unless arms or help come too.
_ENERGY = re.compile(r"\b\w*(?:[Gg]as|[Ss]trom|LNG|[Öö]l|[Ee]nergie|[Kk]ohle|Erdgas)\w*\b|\bBarrel\b|\bKubikmeter\b")
_ARMS_OR_HELP = re.compile(r"\b\w*(?:[Ww]affe|[Mm]unition|[Hh]ilfe|[Pp]anzer|[Rr]akete|[Gg]enerator|"
                           r"[Tt]ransformator)\w*")
# Something handed over, bought, promised or on its way: tanks named with it are aid.
_HANDED = re.compile(r"\b\w*(?:liefer|[Zz]usage|zugesagt|sagte\w*\s+(?:\S+\s+){0,6}?zu\b|schick|übergeb|übergab|"
                     r"bereit(?:zu)?stell|gestellt|überlass|[Aa]bgabe|abzugeben|abgegeben|[Kk]auf|kauf|[Ww]eitergabe|"
                     r"erhalt|erhielt|bekomm|eingetroffen|angekommen|Ankunft|Hilfe|Paket|[Ss]pende|geben|gab\b|"
                     r"[Aa]usfuhr|[Ee]xport|genehmig|[Ff]reigabe|freigeb|freigegeben|ausgebildet|[Aa]usbildung|bestell|"
                     r"[Bb]estände|[Bb]estand|trafen\s+(?:\S+\s+){0,8}?ein\b|traf\s+(?:\S+\s+){0,8}?ein\b|eintreffen|"
                     r"zur\s+Verfügung|[Ll]ieferung|[Zz]ugesagt|[Uu]kraine|versprach|versproch|versprich|verspricht|"
                     r"bring|brach|gebracht|[Tt]ransport|[Ff]lug|flog|folgen|kommen)\w*")
# What someone has at their disposal is not given: "stehen dem Bündnis … rund 400 Flugzeuge zur Verfügung".
AVAILABLE = r"\b(?:steh(?:t|en)|stand(?:en)?)\s+(?:\S+\s+){0,10}?zur\s+Verfügung\b"
# Money that is no aid: for one's own forces ("ein Sondervermögen … für die Bundeswehr"), bribes
# ("Schmiergelder von rund 100 Millionen Dollar"), a price ("Eine MQ-9 kostet rund 32 Millionen US-Dollar", "60 Dollar
# pro Barrel", "mehr als 110 Rubel für einen US-Dollar", "80 statt 35 Euro Visagebühr", "230 Dollar je 1000
# Kubikmeter", a price demanded), a country's own reserves, damages or estimates ("1,5 Milliarden Hrywnja
# Schadenersatz", "Schätzungen gehen von 50 Milliarden Dollar aus").
_OWN_FORCES = re.compile(r"\bfür\s+die\s+(?:Bundeswehr|eigene[n]?\s+(?:Armee|Streitkräfte))\b|Sondervermögen\w*|"
                         r"Verteidigungs(?:haushalt|etat|ausgaben)\w*|Schmiergeld\w*|Bestechung\w*|\bkoste(?:t|n|te|ten)\b|"
                         r"\b(?:pro|je)\s+(?:\d[\d.,]*\s+)?(?:Barrel|Tonne|Liter|Kubikmeter|Megawattstunde)\b|\w*[Pp]reisforderung\w*|\bfür\s+einen\s+(?:US-)?Dollar\b|"
                         r"Währungsreserve\w*|\w*[Gg]ebühr\w*|Schadenersatz\w*|Schätzungen\b|" + AVAILABLE)

# A sum of money is most often aid ("50 Milliarden Euro für Kiew"), a weak cue.
MONEY_WEIGHT = 1  # below every other cue: "Kosten … auf 411 Mrd. Dollar geschätzt" is an estimate


def aid_given(text: str) -> Callable[[Cue], bool]:
    """Whether an aid cue of ``text`` tells of something given."""
    stopped = [m.span() for m in STOPPED.finditer(text)]
    available = [m.span() for m in re.finditer(AVAILABLE, text)]
    # gas, oil or power delivered is trade, not aid ("Gazprom kündigt OMV Lieferstopp an"), unless arms come too
    traded = bool(_ENERGY.search(text)) and not _ARMS_OR_HELP.search(text)
    handed = bool(_HANDED.search(text))

    def given(cue: Cue) -> bool:
        if any(b <= cue.begin < e for b, e in stopped + available):
            return False
        if traded and re.match(r"(?i)\w*liefer", cue.text):
            return False
        # tanks with nothing handed over are no aid: "Panzerwagen stehen an den Kreuzungen", a T-34 monument removed
        return handed or not re.search(r"(?i)panzer(?!abwehr)\w*$", cue.text)

    return given


def money_is_aid(text: str) -> bool:
    """A sum of money named in ``text`` counts as aid (weakly): not one's own forces, a price, a stop."""
    return not _OWN_FORCES.search(text) and not STOPPED.search(text)
