"""Taking a stance, and judging: words that make the sentence a statement, whatever it is about."""

from __future__ import annotations

import re

# Taking a stance is itself the event ("Scholz lehnte … die Lieferung … ab", "Der Kreml kritisierte
# die Zusagen"), whatever it is about.
STANCE = re.compile(r"\b(?:lehnt(?:e|en)?\s+(?:\S+\s+){0,12}?ab\b|abgelehnt|Ablehnung|Absage|"
                    r"wies(?:en)?\s+(?:\S+\s+){0,12}?zurück\b|zurückgewiesen|verweigert\w*|"
                    r"kritisiert\w*|verurteil\w*|auf\s+Eis\s+gelegt|leg(?:t|te|ten)\s+(?:\S+\s+){0,8}?auf\s+Eis\b|"
                    # appealing: "hatte die Partner aufgerufen, die Tat zu verurteilen", "rief … zur Ruhe auf"
                    r"aufgerufen|rief(?:en)?\s+(?:\S+\s+){0,10}?auf(?=[,.;:]|\s+und\b|$)|"
                    # ending an agreement is a decision of the same kind: "ließ das Abkommen auslaufen"
                    r"auslaufen\s+(?:lassen|ließ|ließen)|(?:ließ|ließen|lässt|lassen)\s+(?:\S+\s+){0,10}?auslaufen|aufgekündigt|"
                    # accusing and blaming: "warf Russland vor, …", "machte Kiew verantwortlich"
                    r"(?:warf(?:en)?|wirft|werfen|hielt(?:en)?|hält|halten)\s+(?:\S+\s+){0,12}?vor\b|vorgeworfen|vorgehalten|"
                    # "hatte nicht mehr ausgeschlossen, Kiew … mit Waffen zu beliefern": a stance on aid, not aid
                    r"ausgeschlossen(?!\s+(?:worden|wurde[n]?|werden))|ausschließen|auszuschließen|schl(?:oss|ossen|ießt|ießen)\s+(?:\S+\s+){0,12}?aus\b|beschuldigt\w*|Vorw[uü]rf\w*|"
                    r"macht(?:e|en)?\s+(?:\S+\s+){0,12}?verantwortlich|"
                    # congratulating on a victory; labelling an incident: "sprach … von einem Sabotageakt" (a claim
                    # about its cause; "sprach von 41 zurückeroberten Ortschaften" reports the fighting)
                    # welcoming a step: "Die amerikanische Regierung begrüßte den Abzug" (not a guest, see there)
                    r"begrüßte[n]?\s+(?:\S+\s+){0,6}?(?:den|die|das)\s+(?:[a-zäöü]\w*\s+)?(?:Abzug|Rückzug|Entscheidung|"
                    r"Beschluss|Schritt|Einigung|Abkommen|Vereinbarung|Zusage|Ankündigung|Beitritt|Lieferung|"
                    r"Resolution|Ergebnis|Freilassung|Waffenruhe|Öffnung|Unabhängigkeit)\w*|"
                    r"gratulierte[n]?|gratuliert|sprach(?:en)?\s+(?:\S+\s+){0,8}?von\s+(?:einem|einer)\s+"
                    r"(?:(?:[a-zäöü]+en\s+)?\w*(?:[Ss]abotage|[Tt]error|[Pp]rovokation|[Uu]nfall|[Ii]nszenierung|"
                    r"[Bb]rand|[Ff]euer|[Vv]erbrechen|[Dd]esinformation)\w*|"  # "von einem hybriden Desinformations…"
                    # judging it: "sprach von einem entsetzlichen Angriff"
                    r"(?:entsetzlich|barbarisch|brutal|feig|abscheulich|grausam|schrecklich|niederträchtig|zynisch|"
                    r"verabscheuungswürdig|menschenverachtend|unmenschlich)\w*)|"
                    # "sprachen sich dafür aus, …", "machte sich … lustig": a stance, a mockery
                    r"sprach(?:en)?\s+(?:\S+\s+){0,2}?sich\s+(?:\S+\s+){0,8}?aus\b|ausgesprochen|"
                    r"macht(?:e|en)?\s+sich\s+(?:\S+\s+){0,16}?lustig|"
                    # (not "reagierte … mit Raketenangriffen auf Charkiw": that is the strike)
                    r"reagierte[n]?\s+(?:\S+\s+){0,4}?mit\b(?!\s+(?:\w+\s+)?\w*(?:[Aa]ngriff|[Bb]eschuss|[Ss]chl[aä]g)\w*)|"
                    # publishing: "hat die Aufnahme einer internen Schalte ins Netz gestellt"
                    r"ins\s+(?:Netz|Internet)\s+gestellt|stellte[n]?\s+(?:\S+\s+){0,10}?ins\s+(?:Netz|Internet)\b|"
                    # claiming a deed: "reklamierte die Terrormiliz Islamischer Staat die Tat für sich"
                    r"reklamiert\w*|bekannte[n]?\s+sich\s+(?:\S+\s+){0,6}?zu\b|"
                    # a claim: "behauptete, getroffen worden sei ein Waffenlager"
                    r"behauptete[n]?|bestritt(?:en)?|dementierte[n]?|"
                    # conceding: "räumte gestern ein, die Lage habe sich deutlich verschärft"
                    r"räumte[n]?\s+(?:\S+\s+){0,6}?ein\b|eingeräumt|"
                    # asking: "hatte die russische Regierung um Hilfe gebeten" (what is asked for is not the event)
                    r"bat(?:en)?\s+(?:\S+\s+){0,6}?um\b|um\s+(?:\S+\s+){0,3}?gebeten|"
                    # urging: "dringt darauf, dass die Verhandlungen beginnen" (what is urged is not the event)
                    r"dr(?:ingt|ang|angen)\s+(?:\S+\s+){0,4}?darauf\b|"
                    # "dämpfte die Hoffnungen auf eine Absprache"
                    r"dämpfte[n]?\s+(?:\S+\s+){0,4}?(?:Hoffnung|Erwartung)\w*|"
                    # questioning: "stellte infrage, warum Kasachstan ausländische Truppen benötige"
                    r"stellte[n]?\s+(?:\S+\s+){0,6}?(?:infrage|in\s+Frage)\b|(?:infrage|in\s+Frage)\s+gestellt|"
                    # inviting: "Putin lud Trump zu einem nächsten Treffen nach Moskau ein"
                    # (not to join: "lud … die drei Regierungen förmlich zum Beitritt ein", an alliance's step)
                    r"lud(?:en)?\s+(?:(?!zu(?:m|r)?\s+(?:\w+\s+)?Beitritt)\S+\s+){0,10}?ein\b|"
                    # putting off or calling off: "seine Deutschlandreise verschob", "sagte den Besuch ab"
                    r"verschob(?:en)?|verschoben|verschiebt|verschieben|abgesagt|sagte[n]?\s+(?:(?:[^\s,;:.]+|[A-Z]\.)\s+){0,25}?ab(?=[,.;:]|\s+und\b|$)|"
                    r"kündigte[n]?\s+(?:\S+\s+){0,10}?auf(?=[,.;:]|$)|ausgestiegen|stieg(?:en)?\s+(?:\S+\s+){0,10}?aus(?=[,.;:]|$))")


# Judging: "Das Pentagon wertete die Truppenbewegungen als Umgruppierung". What is judged does not outweigh the
# judgement: it is blanked before the categories are scored.
JUDGING = re.compile(r"\b(?:wertete|bewertete|deutete|bezeichnete)[n]?\s+(?:\S+\s+){0,10}?als\b")
