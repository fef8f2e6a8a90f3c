"""Cue words → the category of a reported event (status and attribution: sources.py; actors: actors.py).

Each cue is a small regular expression with the value it signals; every finding keeps
its character offsets so a reviewer can see which words gave it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .amounts import Cue, find_amounts
from .stance import JUDGING, STANCE
from .tense import QUOTED

# "sagte … Militärhilfe zu": zusagen is to pledge, not to say ("sicherte … Unterstützung zu" stays a statement). The
# separable "zu" closes the clause; "sagte er zu Journalisten" is speech.
_PLEDGE = r"sagten?\s+(?:\S+\s+){0,12}?zu(?=[,.;:]|\s+und\b|$)"
# "trafen Marschflugkörper …": treffen is to hit, not to meet.
_WEAPONS = r"(?:Marschflugkörper|Raketen?|Drohnen?|Bomben?|Granaten?)"
# What is presented when presenting is a statement: a plan, a paper, a proposal.
_PLAN = (r"\w*(?:[Pp]lan|[Pp]apier|[Mm]emorand|[Kk]onzept|[Ss]trategie|[Vv]orschl[aä]g|[Ee]ntwurf|[Pp]rogramm|"
         r"[Ff]ormel|Einzelheiten|Details|Grundsätze|Prinzipien)\w*")
# Category cue words (German stems) with weights; the highest total wins.
# Where an invasion goes: the country invaded (not a town: "marschierten in Cherson ein" is taking it back).
_INVADED = r"(?:in\s+die\s+(?:übrige\s+)?Ukraine|in\s+das\s+Nachbarland|ins\s+Nachbarland)"
CATEGORY_CUES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    # "wird in Washington erwartet": a visitor expected; not "als viele erwartet hatten"
    # not "ein gut besuchtes Restaurant" nor "Konzertbesucher"; not awaiting a thing: "erwartet Kiew den NATO-Gipfel"
    ("visit", 3, re.compile(r"\b(?:(?<!gut )(?<!viel )(?<!stark )besuch(?!er)\w*|\w+besuch(?!er)\w*|"
                            r"erwartet(?!\s+hatten?\b)(?!,\s+dass\b)(?!\s+(?:\S+\s+){0,2}?(?:den|die|das|einen|eine)\s)|visite|gereist|reist\w*|"
                            r"weiterreis\w*|weiterfl(?:iegen|iegt|og|ogen)|eingetroffen|"
                            r"aufgebrochen|gefahren|fuhr(?:en)?|erreichte[n]?|angekommen|besichtig\w*|"
                            r"tr(?:af|afen|ifft|effen)\s+(?:\S+\s+){0,8}?ein(?=\s*[.,;:!?]|\s+und\b|$)|"
                            r"zu\s+Gast|war\s+(?:\S+\s+){0,10}?gewesen|"
                            r"Delegation|Inspektoren|\w*[Mm]ission\s+nach|"  # "eine Expertenmission nach Tschernobyl"
                            # appearing somewhere: "hatte sich Putin in Tarnuniform auf einem Kommandoposten gezeigt"
                            r"sich\s+(?:\S+\s+){0,6}?(?:auf|in|an|bei)\s+(?:\S+\s+){0,6}?gezeigt|"
                            # "entsandte heute ein Team nach Hrosa": sending people to a place is their trip
                            r"(?:entsandte|schickte)n?\s+(?:\S+\s+){0,4}?(?:Team|Experten|Beobachter|Ermittler)\w*"
                            r"\s+(?:nach|in\s+(?:die|den|das)|ins)\b|"
                            r"ehrte[n]?|Reise\w*|Ankunft|flog|landete|gelandet|"
                            # a stop on the way, the last stay: "in Jakutsk Station gemacht", "war er zuletzt im Juli"
                            r"Station\s+gemacht|machte[n]?\s+(?:\S+\s+){0,6}?Station|"
                            r"war(?:en)?\s+(?:\S+\s+){0,2}?zuletzt\s+(?:im|in|am|vor))\b", re.IGNORECASE)),
    # "traf" is to meet, unless it is a hit ("traf es", "trafen Raketen") or an arrival ("traf … ein");
    # two "Delegationen" hold talks (one "Delegation" travels)
    ("meeting", 3, re.compile(rf"\b(?:Treffen\w*|Delegationen|Begegnung\w*|unter\s+vier\s+Augen|"
                              rf"(?:trafen|traf)(?!\s+es\b)(?!\s+(?:\S+\s+){{0,8}}?{_WEAPONS}\b)"
                              rf"(?!\s+(?:\S+\s+){{0,8}}?ein(?=\s*[.,;:!?]|\s+und\b|$))|\w*[Gg]ipfel\w*|"
                              r"zusammen(?:ge)?kommen|zusammenk(?:am|amen|ommt)|zusammengetroffen|zusammenzutreffen|zusammenzukommen|zu\s+treffen\b|zusammentr(?:af|afen|ifft|effen)|k(?:am|amen|ommt|ommen)\s+(?:\S+\s+){0,12}?zusammen|"
                              # a briefing: "ließ er sich von der Militärführung über die Lage unterrichten"
                              r"ließ(?:en)?\s+(?:\S+\s+){0,2}?sich\s+(?:\S+\s+){0,14}?"
                              r"(?:unterrichten|informieren|briefen)\b|"
                              r"\w*[Kk]onferenz\w*|\w*[Ss]chalte\b|Zusammenkunft|vermittel(?:t|te|ten)\b|Vermittlung\w*|befass(?:en|t|te|ten)\b|"
                              r"Gespräch\w*|Generaldebatte\w*|Resolution\w*|Veto\b|abstimm(?:en|t|te|ten)\b|abgestimmt\b|tagt\w*|getagt|Sitzung|beraten|beriet(?:en)?|"
                              r"\b(?:will|wollen|soll|sollen|wird|werden|möchte)\s+(?:\S+\s+){0,15}?treffen\b|Termin|sprechen|telefonier\w*|Telefonat\w*|"
                              r"mit\s+(?:\S+\s+){0,15}?gesprochen|sprach(?:en)?\s+(?:\S+\s+){0,3}?mit|empf(?:ing|ingen|angen|ängt)\b)\b")),
    ("aid", 3, re.compile(r"(?:\ban\s+(?:die\s+Ukraine|Kiew)\s+(?:\S+\s+){0,2}?(?:abgeben|abzugeben|abgegeben|"
                          r"weitergeben|weiterzugeben|weitergegeben)\b|Militärhilfe\w*|Hilfe\w*|Hilfspaket\w*|Lieferung\w*|liefer\w*|Waffenlieferung\w*|"
                          r"Munition(?!s(?:lager|depot))|\w*(?:Militär|Rüstungs|Waffen)paket\w*|Kampfpanzer|Panzer|Haubitze\w*|beschaffen|zur\s+Verfügung|bereit(?:stellen|gestellt|zustellen)|"
                          r"Güter\b|Ausbildung|übergeben|\w*[Ff]luchtkorridor\w*|[Hh]umanitäre[nr]?\s+Korridor\w*|\bÜbergabe|Flugabwehrsystem\w*|Waffensystem\w*|Generator\w*|Stromerzeuger\w*|"
                          r"Granate\w*|Artilleriemunition|auszubilden|ausbilden|"
                          # named Western weapons: "eine Kompanie Leopard 2 abzugeben"
                          r"Leopard\b|Leopard-\w+|Challenger\b|Challenger-\w+|Abrams\b|Abrams-\w+|Marder\b|"
                          r"\w*[Tt]rainingszentrum|\w*[Aa]usbildungszentrum|\b[\w-]+-System(?:e|en)?\b|"
                          r"(?<!Teilnahme )(?<!Kommen )zugesagt|"
                          r"Finanzhilfe\w*|(?<!Ak)Kredit\w*|Spende\w*|"
                          r"finanzier\w*|beteilig\w*\s+sich\s+mit|Beitrag\s+von|"
                          r"Weitergabe|weiterzugeben|weitergegeben|"
                          + _PLEDGE + ")",
                          re.IGNORECASE)),
    ("alliance", 3, re.compile(r"(?:Beitritt\w*|Mitgliedschaft|\bAntrag|Aufnahme(?!n)|beitreten|Mitglied\b|Erweiterung|"
                               r"Sicherheitsabkommen\w*|Sicherheitszusage\w*|Sicherheitsvereinbarung\w*|\bgegründet\b|\bGründung\w*|\w*[Kk]andidatenstatus|Beitrittskandidat\w*|Bündnisvertrag\w*|Beitrittsurkunde\w*|(?:Partnerschafts|Beistands|Verteidigungs)(?:vertrag|abkommen|pakt)\w*|Beistandsklausel\w*|ratifizier\w*|"
                               r"Ratifizierung\w*|zustimmte[n]?|zugestimmt|gehör(?:t|en|te|ten)\s+(?:\S+\s+){0,10}?an\b|"
                               # signing a treaty: "unterzeichneten den Vertrag am Mittwochabend in Washington"
                               r"\bunterzeichne\w*\s+(?:\S+\s+){0,8}?(?:Vertrag|Abkommen)\b|"
                               r"(?<!Ampel)(?<!Regierungs)-Koalition)",  # "die Kampfjet-Koalition", not a government
                               re.IGNORECASE)),
    ("statement", 2, re.compile(rf"\b(?!{_PLEDGE})(?:sagte[n]?|erklärte[n]?|erklärt|betonte[n]?|forderte[n]?|fordert|"
                                r"verlangte[n]?|zusichern|zugesichert|"
                                # an appeal, a promise: "appellierte an Moskau", "versprach Hilfe"
                                r"appellierte[n]?|Appell\w*|versprach(?:en)?|"
                                r"warnte[n]?|gewarnt|Warnung|teilte[n]?|bekräftigte[n]?|wiederholte[n]?|drängt\w*|gedrängt|kritisierte[n]?|"
                                r"sicherte[n]?|rief\w*|Forderung\w*|Druck|geschätzt|schätzte[n]?|einbestellt|gefordert|bedauert\w*|"
                                r"verurteilt\w*|kritisiert|sprach(?:en)?\s+(?:\S+\s+){0,8}?vo[nm]\b|sprach(?:en)?\s+(?:\S+\s+){0,3}?vor\b|"
                                r"Rede|\w+rede|"  # … and before a body: "trat Selenskyj dann vor den Bundestag"
                                r"tr(?:at|aten|itt)\s+(?:\S+\s+){0,6}?vor\s+(?:den|die|das)\s+\w*(?:tag|[Pp]arlament|"
                                r"[Kk]ongress|[Vv]ersammlung|[Pp]resse)\b|"
                                r"\w*[Aa]nsprachen?|Videobotschaft|mahnte[n]?|entschuldigte[n]?\s+sich|"
                                r"tr(?:at|aten|itt)\s+(?:\S+\s+){0,8}?auf(?=\s*[.,;:!?])|"  # "trat … in Davos auf"
                                r"nannte[n]?|bedankte[n]?|dankte[n]?|sah(?:en)?|sieht|"
                                r"gab(?:en)?\s+(?:\S+\s+){0,8}?bekannt|bekanntgegeben|verkündete[n]?|verkündet|Beileid|kondolierte[n]?|"
                                r"ergriff(?:en)?\s+(?:\S+\s+){0,10}?das\s+Wort|ausgerufen|aufgefordert|gebeten|bat(?:en)?|"
                                r"forderte[n]?\s+(?:\S+\s+){0,10}?auf\b|"
                                r"Strafverfahren|Ermittlungsverfahren|Sanktion\w*|Einschätzung\w*|Haftbefehl\w*|Gegenmaßnahme\w*|"
                                r"stellte[n]?\s+(?:\S+\s+){0,6}?klar\b|macht(?:e|en)?\s+(?:\S+\s+){0,6}?(?:deutlich|klar)\b|(?:deutlich|klar)\s+gemacht|"
                                # "schrieb Trump auf seiner Plattform, …"
                                r"schrieb(?:en)?|geschrieben|dafür\s+geworben|warb(?:en)?\s+dafür|klargestellt|"
                                r"drohte[n]?|Drohung\w*|(?:an)?gedroht|bestätigt|betont|bekräftigt|reagiert|reagierte[n]?|"
                                # presenting a plan or a paper (not a thing): "hat seinen Siegesplan vorgestellt"
                                rf"{_PLAN}\s+(?:\S+\s+){{0,8}}?(?:vorgestellt|präsentiert|erläutert|vorgelegt|vorstellen|präsentieren|erläutern|vorlegen)|"
                                rf"(?:stellte|legte|präsentierte|erläuterte)n?\s+(?:\S+\s+){{0,10}}?{_PLAN}|"
                                # declaring a state of emergency: "hatte einen Notstand ausgerufen"
                                r"\w*[Nn]otstand\w*|\w*[Aa]usnahmezustand\w*|gedachte[n]?|Gedenken|anerkannt|erkannte[n]?\s+(?:\S+\s+){0,10}?an\b|Trauer\b|\w*[Tt]rauertag\w*|Staatstrauer|behauptete[n]?|bestätigte[n]?|beantragte[n]?|vorgeschlagen|schlug\w*\s+(?:\S+\s+){0,10}?vor\b|"
                                r"veröffentlichte[n]?|bezeichnete[n]?|bezeichnet|Beschwerde\w*|Klage\b|"
                                r"klagte[n]?|zeigte[n]?\s+sich\s+(?:\S+\s+){0,3}?(?:schockiert|entsetzt|besorgt|erschüttert)|"
                                r"äußerte[n]?\s+(?:\S+\s+){0,2}?sich|gesagt|Interview\w*|"
                                r"bestellte[n]?\s+(?:\S+\s+){0,10}?ein)\b", re.IGNORECASE)),
    ("military", 3, re.compile(r"(?:Truppen|Umstrukturierung\w*|Kampftruppe\w*|Offensive|(?<!Groß)Angriff(?!skrieg)\w*|"
                               r"Gegenoffensive|Front\w*|Einheiten|Verluste|beschoss\w*|[Bb]eschuss|angegriffen|bombardier\w*|getroffen|beschädigt|"
                               r"Zerstörung|zerstört\w*|gesprengt|Kämpfe\w*|Gefecht\w*|Fortschritt\w*|Geländegewinn\w*|"
                               r"Manöver\w*|\w+(?<!ungs)manöver\w*|Militärübung\w*|\büb(?:en|t|te|ten)\b|verleg(?:t|te|ten|en)\b|"
                               r"\b(?:griff(?:en)?|greif(?:t|en))\s+(?:\S+\s+){0,18}?an\b|(?<!Groß)[Aa]ngriff(?!skrieg)\w*|"
                               r"r(?:ückt|ückten|ückte)\s+(?:\S+\s+){0,8}?ein\b|eingerückt|ins\s+Visier\s+(?:genommen|nahm\w*)|ausgetauscht|\w*[Gg]efangenenaustausch\w*|stationier\w*|Raketensystem\w*|Rückzug\w*|Abzug\b|Einnahme\s+(?:des|der|von)\b|Gefangenschaft|zurückgezogen|zurückzuziehen|"
                               r"\bz(?:og|ogen|ieht|iehen)\s+sich\s+(?:\S+\s+){0,8}?zurück|eingenommen|erobert\w*|"
                               r"[Ee]roberung\w*|Einnahme(?!n)|Vormarsch|vorgerückt|rück(?:t|en|te|ten)\s+(?:\S+\s+){0,8}?vor\b|"
                               # opening fire: "haben … das Feuer auf Konzertbesucher eröffnet"
                               r"\bFeuer\s+(?:\S+\s+){0,4}?eröffne\w*|"
                               # forces moving in: "war am 6. August 2024 in die Region eingedrungen"
                               r"eingedrungen|vorgedrungen|\bdr(?:ang|angen|ingt|ingen)\s+(?:\S+\s+){0,20}?ein\b|Luftraumverletzung\w*|"
                               # counted attackers: "zählte die Luftwaffe mehr als 350 Drohnen"
                               r"\bzählte[n]?\s+(?:\S+\s+){0,6}?(?:Drohnen|Raketen|Marschflugkörper)\b|"
                               r"eingekesselt|einzukesseln|einkesseln|Einkesselung|[Ll]uftalarm|Drohnen(?:angriff|attacke)\w*|abgeschossen|abgefangen|f(?:ing|ingen)\s+(?:\S+\s+){0,8}?ab\b|[Gg]efangene\w*|"
                               r"\b(?:trafen|traf)\s+(?:\S+\s+){0,8}?(?:Marschflugkörper|Raketen?|Drohnen?|Bomben?)\b|"
                               r"\btraf(?:en)?\s+(?:ein|eine|einen)\s+\w*(?:lager|depot|gebäude|anlage|"
                               r"stellung|hafen|flugplatz|kraftwerk|umspannwerk|ziel)\w*|"
                               # "setzte Kiew Marschflugkörper … gegen Ziele im Gebiet Kursk ein"
                               r"\bsetz(?:te|ten)\s+(?:\S+\s+){0,12}?(?:Marschflugkörper|Raketen|Drohnen|Bomben)\b[^.;]*?\bein\b|"
                               # "In der Hauptstadt traf es das Kinderkrankenhaus", "überzog Russland Kiew mit Raketen"
                               r"\btraf(?:en)?\s+es\b|\büberz(?:og|ogen|ieht|iehen)\s+(?:\S+\s+){0,8}?mit\b|"
                               r"(?:Marschflugkörper|Raketen|Drohnen|Bomben)\s+(?:\S+\s+){0,8}?(?:getroffen|trafen)\b|"
                               # an arrest: "nahm der Geheimdienst SBU einen Mann … fest", "Festnahmen"
                               r"\bn(?:ahm|ahmen|immt|ehmen)\s+(?:\S+\s+){0,10}?fest\b|festgenommen|Festnahme\w*|"
                               r"Oberbefehlshaber\w*|Armeechef\w*|Generalstabschef\w*|gekämpft|kämpf(?:en|t|te|ten)\b|"
                               r"\bfeuer(?:t|te|ten|n)\s+(?:\S+\s+){0,20}?ab\b|abgefeuert|"
                               # "haben Drohnen 19 Mal den Luftraum des Landes verletzt"
                               r"Luftraum\w*\s+(?:\S+\s+){0,4}?verletzt|Luftraumverletzung\w*|"
                               r"in\s+Sicherheit\s+(?:ge)?brach\w*|brachte[n]?\s+(?:\S+\s+){0,12}?in\s+Sicherheit|"
                               r"evakuier\w*|Evakuierung\w*|unter\s+(?:ihre|seine|russische|ukrainische)\s+Kontrolle|"
                               r"abziehen|abzuziehen|\bwarf(?:en)?\s+(?:\S+\s+){0,8}?\w*[Bb]omben\b[^.;]*?\bab\b|detonier\w*|Detonation\w*|(?:Stellungen|Positionen)\s+(?:\S+\s+){0,8}?übergeben|\bspreng(?:te|ten|t|en)\b|geräumt|räumte[n]?\b(?![^.;]*\b(?:beiseite|weg)\b)|Abzug\w*|abgezogen|"
                               # occupying, but not "in den besetzten Gebieten" (an attribute)
                               r"(?<!den )(?<!die )(?<!der )(?<!dem )(?<!des )\bbesetz(?:t|te|ten)\b|"
                               r"abgestürzt|Absturz\w*|stürzte[n]?\s+(?:\S+\s+){0,8}?ab\b|"
                               # "schlugen zwei Raketen in das Gebäude ein": a hit
                               r"\bschlug(?:en)?\s+(?:\S+\s+){0,12}?ein\b|eingeschlagen|Einschl[aä]g\w*|"
                               r"Kommandoaktion\w*|Entsendung\w*|entsandt\w*|beschieß\w*|auszutauschen|austauschen|Austausch\s+von\b|"
                               # a bridge brought down: "stürzte eine Straßenbrücke auf einen Zug", "brach … zusammen"
                               r"\bstürzte[n]?\s+(?:\S+\s+){0,6}?\w*[Bb]rücke\w*|\w*[Bb]rücke\w*\s+(?:\S+\s+){0,6}?"
                               r"(?:eingestürzt|zusammengebrochen)|\bbrach(?:en)?\s+(?:\S+\s+){0,10}?zusammen\b|"
                               # "hatte Russland Dutzende Kampfdrohnen auf das Land gestartet"
                               r"\w*(?:[Dd]rohnen|[Rr]aketen|[Mm]arschflugkörper)\s+(?:[^\s,.;:]+\s+){0,6}?gestartet\b|"
                               r"\bstartete[n]?\s+(?:[^\s,.;:]+\s+){0,8}?\w*(?:[Dd]rohnen|[Rr]aketen|[Mm]arschflugkörper)\b|"
                               r"\b(?:Soldaten|Kämpfer)\s+(?:\S+\s+){0,8}?(?:geschickt|schickte[n]?|entsandt|verlegt)\b|Militäreinsatz\w*|übern(?:immt|ahm|ahmen|ehmen)\s+(?:\S+\s+){0,12}?"
                               r"(?:das|den)\s+(?:Ober)?(?:Kommando|Befehl)\b|"
                               r"Spezialkräfte\w*|Sabotage\w*|vernichtet|eingestürzt|umkämpft\w*|\w*[Ee]xplosion\w*|"
                               # a change at the top of the military: "… zum neuen Verteidigungsminister ernannt"
                               r"\bzu[mr]\s+(?:\w+\s+)?(?:Verteidigungsminister|Oberbefehlshaber|Generalstabschef|Befehlshaber)\w*"
                               r"\s+(?:ernannt|berufen|bestimmt)|ernannte[n]?\s+(?:\S+\s+){0,8}?zu[mr]\s+(?:\w+\s+)?"
                               r"(?:Verteidigungsminister|Oberbefehlshaber|Generalstabschef|Befehlshaber)|"
                               r"an\s+die\s+Spitze\s+(?:der|des)\s+(?:Armee|Streitkräfte|Truppen|Generalstabs|Militärs)\b)")),
    ("recruitment", 4, re.compile(r"(?:(?:Streitkräfte|Armee|Truppen)\s+(?:\S+\s+){0,6}?(?:zu\s+)?"
                                  r"(?:vergrößern|aufstocken|aufzustocken|verstärken)|Aufstockung\w*|\w*[Mm]obilmachung\w*|"
                                  r"Rekrut\w*|Berufssoldaten|Anfangssold|Werbespot\w*|Videokampagne|Mobilisierung|"
                                  r"wirbt\b|anwerben|(?:meldeten|melden)\s+sich\s+(?:\S+\s+){0,4}?[Ff]reiwillig\w*|Freiwilligenbataillon\w*|Vertragssoldat\w*|Zeitsoldat\w*|Einberufung\w*|"
                                  r"eingezogen|angeworben)", re.IGNORECASE)),
    # Taking territory by annexation is the war itself: "Eingliederung … in die Russische Föderation".
    ("war", 3, re.compile(r"(?:Einmarsch\w*|Invasion|Kriegsbeginn|Angriffskrieg\w*|Überfall\w*|"
                          r"\büberf(?:allen|iel|ielen)\b|Großangriff\w*|"
                          r"Annexion\w*|annektier\w*\b(?!\s+erklärt)|Eingliederung\w*|\w*[Rr]eferend(?:um|en)\w*|"
                          # "marschierten russische Truppen in die übrige Ukraine ein", "in das Nachbarland
                          # eingedrungen"
                          rf"\b(?:marschier|drang|dring)\w*\s+(?:\S+\s+){{0,8}}?{_INVADED}\s+ein\b|"
                          rf"{_INVADED}\s+(?:eingedrungen|einmarschiert)|"
                          # "Russland hatte die Ukraine am 24. Februar angegriffen": the whole country, no weapon named
                          r"(?:die\s+Ukraine|das\s+Nachbarland)\s+(?![^.;]*\b(?:mit|durch)\s)(?:\S+\s+){0,4}?angegriffen)")),
)

_BEFORE_ASSEMBLY = re.compile(r"\bvor\s+(?:der|dem|den)\s+(?:UN-)?(?:Vollversammlung|Generalversammlung|"
                              r"Sicherheitsrat|Bundestag|Kongress|Parlament)\b")
# "sprach vom schwersten Angriff": a judgement, unless the military or a governor reports fighting or a count
_SPOKE_OF = re.compile(r"^(?!.*\b(?:Generalstab|Militär|Armee|Luftwaffe|Streitkräfte|Gouverneur))(?:.*?)\bsprach(?:en)?"
                       r"\s+(?:\S+\s+){0,8}?vo[nm]\b(?!\s+(?:\S+\s+)?\d)")
_PAPER_OPENS = re.compile(rf"(?:Das|Die|Der|Ein|Eine)\s+{_PLAN}\s")
_CONFIRMED_BEFORE = re.compile(r"\bbestätigte[n]?\s+(?:\S+\s+){0,8}$")
_MADE_BEFORE = re.compile(r"\b(?:Vereinbarung|Entscheidung|Abkommen|Absprache|Maßnahme|Vorkehrung|Abmachung)\w*"
                          r"(?:\s+\S+){0,8}\s+$")
_INFORMATION_BEFORE = re.compile(r"\bInformationen\s+(?:\S+\s+){0,6}$")
_WITH = re.compile(r"\bmit\s+(?:\S+\s+){0,2}$")


# "auf der Sicherheitskonferenz kündigte … an", "am Rande des Gipfels": the meeting is the setting, not the event.
_SETTING = re.compile(r"\b(?:auf|bei|beim|in|im|am\s+Rande|zum|anlässlich|während|nach|zum\s+Auftakt|Auftakt)\s+"
                      r"(?:(?:der|dem|des|einer|einem|eines)\s+)?"
                      r"(?:[\w-]+-)?$",
                      re.IGNORECASE)  # "beim G7-Gipfel"
# "vor dem zweiten Jahrestag des russischen Großangriffs": the anniversary dates the event, it is not one.
_ANNIVERSARY = re.compile(r"\b(?:(?:Jahrestag|Gedenktag)\w*\s+(?:des|der)\s+(?:\w+\s+){0,2}\w*|"
                          r"j(?:ährt|ährte)\s+sich\s+(?:\w+\s+){0,3})$")  # "Am Freitag jährt sich der Einmarsch"
# "im Fall eines russischen Einmarschs": a war only supposed.
_SUPPOSED = re.compile(r"\b(?:im|für\s+den)\s+Fall(?:e)?\s+(?:eines|einer)\s+(?:\w+\s+){0,2}$")
# "nicht … reisen" (no trip), but not "zu einem nicht angekündigten Besuch" (an attribute).
_NOT_IN_CLAUSE = re.compile(r"\bnicht\b(?!\s+\w+(?:en|e|er|es|em)\s+[A-ZÄÖÜ])[^,;:]*$")
_NOT_AFTER = re.compile(r"(?:\s+\S+){0,3}?\s+nicht\b(?=\s*[.,;:!?])")
_WHERE = re.compile(r",\s+wo\s+[^,]*$")
# "drohte, Stromlieferungen einzustellen", "kein Gas mehr zu liefern": stopping deliveries is no aid; nor is
# handing one's positions to the army ("will Wagner die Stellungen … an die reguläre Armee übergeben").
_STOPPED = re.compile(r"\b\w*[Ll]iefer\w*\s+(?:\S+\s+){0,4}?(?:einzustellen|einstellen|eingestellt|stoppen|gestoppt)\b|"
                      r"\bkein\w*\s+(?:\S+\s+){0,4}?mehr\s+(?:\S+\s+){0,3}?(?:zu\s+)?liefer\w*|\w*[Ll]ieferstopp\w*|"
                      r"\b(?:Stellungen|Positionen)\s+(?:\S+\s+){0,8}?übergeben|"
                      # a paper handed over is no aid: "ein Memorandum mit seinen Bedingungen übergeben"
                      rf"\b{_PLAN}\s+(?:\S+\s+){{0,8}}?übergeben|"
                      # ammunition that blows up is no aid: "detonierte Munition in einem Depot"
                      r"\b(?:detonier|explodier)\w*\s+(?:\S+\s+){0,3}?Munition|Munition\s+(?:\S+\s+){0,3}?(?:detonier|explodier)\w*")
_BY_VIDEO = re.compile(r"\bper\s+Video\b[^.;]*?\b(?:sprechen|spricht|sprach)\b")
_MET = re.compile(r"\bsich\s+(?:[^\s,.;:]+\s+){0,8}?getroffen\b|\b[Gg]etroffen\s+(?:hatten|haben|hatte|hat)\s+sich\b")
_LEADERS = re.compile(r"\bStaats-\s+und\s+Regierungschefs?\b")
# … but not money for one's own forces: "ein Sondervermögen von 100 Milliarden Euro für die Bundeswehr".
_OWN_FORCES = re.compile(r"\bfür\s+die\s+(?:Bundeswehr|eigene[n]?\s+(?:Armee|Streitkräfte))\b|Sondervermögen\w*|"
                         r"Verteidigungs(?:haushalt|etat|ausgaben)\w*")
# A sum of money is most often aid ("50 Milliarden Euro für Kiew"), a weak cue.
MONEY_WEIGHT = 1  # below every other cue: "Kosten … auf 411 Mrd. Dollar geschätzt" is an estimate


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
    # A meeting or visit that is only the setting ("auf dem Gipfel", "zum Besuch") counts only when
    # nothing else happens in the sentence.
    if len(scores) > 1:
        _drop_cues_after(scores, ("meeting", "visit"), _SETTING, text)
    # "reiste nach Athen weiter, wo er mit … zusammenkam": the meeting at the destination is the event.
    if "meeting" in scores and "visit" in scores and any(_WHERE.search(text[: c.begin]) for c in scores["meeting"][1]):
        scores["meeting"] = (scores["meeting"][0] + 1, scores["meeting"][1])
    _drop_cues_after(scores, ("visit",), _NOT_IN_CLAUSE, text)  # "Putin werde nicht … nach Neu-Delhi reisen"
    # "sprach vom schwersten Angriff", "„Er zerstört Russland …“, sagte Trump": what was said, not what happened
    quotes = [q.span() for q in QUOTED.finditer(text)]
    told = any(not any(b <= c.begin < e for b, e in quotes) for c in scores.get("statement", (0, []))[1])
    said = [*(quotes if told else []), *((m.end(), len(text)) for m in _SPOKE_OF.finditer(text))]
    for key in set(scores) - {"statement"}:
        _keep(scores, key, lambda c: not any(b <= c.begin < e for b, e in said))
    _keep(scores, "visit", lambda c: not _NOT_AFTER.match(text[c.stop :]))  # "Nach Istanbul reiste er dennoch nicht"
    _drop_cues_after(scores, ("military", "war"), _ANNIVERSARY, text)  # "vor dem Jahrestag des Großangriffs"
    _drop_cues_after(scores, ("military", "war"), _SUPPOSED, text)
    if "military" in scores:  # "mit einem Patriot-System abgefangen": the weapon used in a fight is no aid
        _keep(scores, "aid", lambda c: not _WITH.search(text[: c.begin]))
    if "war" in scores:  # the troops that invade, the attack on the country, are the war, not a further military cue
        war = scores["war"][1]
        _keep(scores, "military", lambda c: c.text not in ("Truppen", "Einheiten")
              and not any(w.begin <= c.begin < w.stop for w in war))
    if video := _BY_VIDEO.search(text):  # "per Video zum Weltwirtschaftsforum sprechen": a speech, not talks
        _keep(scores, "meeting", lambda c: c.text not in ("sprechen", "spricht", "sprach"))
        _add(scores, "statement", 2, Cue("statement", video.start(), video.end(), video.group(0)))
    # "den Staats- und Regierungschefs … vorgestellt": the leaders gathered are a meeting, unless they decide on
    # something of another kind ("wollen die Staats- und Regierungschefs über Beitrittsgespräche entscheiden"); a
    # guest expected there ("auch Selenskyj wird dort erwartet") attends it.
    if (leaders := _LEADERS.search(text)) and not set(scores) - {"meeting", "statement", "visit"}:
        _add(scores, "meeting", 3, Cue("meeting", leaders.start(), leaders.end(), leaders.group(0)))
    if met := _MET.search(text):  # "hatten sich die beiden in Sankt Petersburg getroffen": met, not hit
        _keep(scores, "military", lambda c: not met.start() <= c.begin < met.end())
        _add(scores, "meeting", 3, Cue("meeting", met.start(), met.end(), met.group(0)))
    # confirming a call is a statement: "Uschakow bestätigte in der Nacht zu Dienstag ein 40-minütiges Gespräch"
    _keep(scores, "meeting", lambda c: not _CONFIRMED_BEFORE.search(text[: c.begin]))
    # agreements made are no hit: "keine Vereinbarungen anerkennen, die ohne sie getroffen würden"
    _keep(scores, "military", lambda c: not (c.text == "getroffen" and _MADE_BEFORE.search(text[: c.begin])))
    # passing on information, not weapons: "Informationen an die russische Seite weitergegeben"
    _keep(scores, "aid", lambda c: not _INFORMATION_BEFORE.search(text[: c.begin]))
    # a paper or a speech expected is no visitor ("Das Papier wird … erwartet", "wird die Rede von Vance … erwartet");
    # a speaker expected before an assembly is a speech: "wird Lawrow vor der Vollversammlung erwartet"
    expected = [c for c in scores.get("visit", (0, []))[1] if c.text == "erwartet"]
    assembly = _BEFORE_ASSEMBLY.search(text)
    if expected and (assembly or _PAPER_OPENS.match(text) or re.search(r"\b(?:die|eine)\s+Rede\b", text)):
        _keep(scores, "visit", lambda c: c not in expected)
        if assembly:
            _add(scores, "statement", 3, Cue("statement", assembly.start(), assembly.end(), assembly.group(0)))
    stopped = [m.span() for m in _STOPPED.finditer(text)]
    _keep(scores, "aid", lambda c: not any(b <= c.begin < e for b, e in stopped))
    if (money := [a.cue for a in find_amounts(text)]) and not _OWN_FORCES.search(text):
        _add(scores, "aid", MONEY_WEIGHT, money[0])
    return scores


# Reported speech (a speech verb or the German subjunctive I) makes a sentence a statement
# even when it talks about aid or membership: "Er habe … zur Lieferung … gedrängt".
SPEECH = re.compile(rf"\b(?!{_PLEDGE})(?:sagte[n]?|erklärte[n]?|betonte[n]?|forderte[n]?|fordert|warnte[n]?|gewarnt|"
                    r"Warnung|"
                    r"bekräftigte[n]?|nannte[n]?|sicherte[n]?|gesagt|wiederholte[n]?|teilte[n]?\s+(?:\S+\s+){0,8}?mit|rief\s+(?:\S+\s+){0,12}?auf|gedrängt|"
                    r"hingewiesen|(?:dafür|dafur)\s+geworben|(?:hat|hatte|hatten|haben)\s+(?:\S+\s+){0,12}?(?:bestätigt|betont|bekräftigt|gedroht|bezeichnet|erklärt)|"
                    r"ergriff(?:en)?\s+(?:\S+\s+){0,10}?das\s+Wort|warb(?:en)?\s+dafür|sei|seien|habe|werde|könne|müsse|dürfe|gebühre)\b")
SPEECH_BONUS = 4
SUBJUNCTIVE = re.compile(r"sei|seien|habe|werde|könne|müsse|dürfe|gebühre")
# "…, teilte das Verteidigungsministerium in Berlin mit.": a closing clause that only names the source.
REPORTING_CLAUSE = re.compile(r",\s+(?:teilte[n]?\s+(?:\S+\s+){0,8}?mit|(?:sagte|erklärte|betonte|hieß\s+es)[n]?\b"
                              r"[^,]*?|"
                              # "…, wie Kremlsprecher Dmitri Peskow heute bestätigte."
                              r"wie\s+[^,;:]*?\b(?:bestätigte|mitteilte|sagte|berichtete|meldete|erklärte)n?)[.!?]?$")


def content(text: str) -> str:
    """``text`` without a closing reporting clause, when what comes before it is an event of its own."""
    closing = REPORTING_CLAUSE.search(text)
    if closing is None:
        return text
    before = {key for key in category_scores(text[: closing.start()]) if key != "statement"}
    quoted = QUOTED.fullmatch(text[: closing.start()].strip())  # "„Er zerstört sein Land“, sagte Trump": said words
    return text[: closing.start()] if before and not quoted else text


# "kündigte … an, die Niederlande würden Kampfjets übergeben": what is announced is the event.
# "…, wie Außenminister Sergej Lawrow am Freitag ankündigte": the verb at the end of a subordinate clause too
_ANNOUNCES = re.compile(r"\bkündig(?:te|ten|t|en)\s+(?:\S+\s+){0,25}?an\b|\bangekündigt|\bankündigte[n]?\b")


# "besuchten … Butscha, wo … Tote gefunden worden waren": a clause in the pluperfect about the place is its past.
# "am Abend der Explosionen von Saki": a time named by an event told before, not an event of the sentence.
DAY_OF_EVENT = re.compile(r"\b(?:[Aa]m|[Ii]n\s+der)\s+(?:Abend|Morgen|Nachmittag|Vormittag|Nacht)\s+(?:des|der)\s+"
                          r"\w+\s+(?:von|in|auf|bei)\s+(?P<place>[A-ZÄÖÜ][\w-]+)")
_WHERE_BEFORE = re.compile(r",\s+wo\s+[^,;:]*?\b(?:hatten?|waren?)(?=\s*(?:[,;:.!?]|$))")


# "reist nach Ottawa weiter, um Trudeau zu treffen und vor dem Parlament zu sprechen", "Soldaten zur Ausbildung
# geschickt": the purpose is not the event.
_PURPOSE = re.compile(r",\s+um\s+[^,.;:]*?\bzu\s+\w+(?:\s+und\s+[^,.;:]*?\bzu\s+\w+)?|\bzur\s+Ausbildung\b|"
                      r",\s+damit\s+[^.;:]*")


# "griff die Hauptstadt an, während sich dort eine Delegation aufhielt": the circumstance is not the event.
WHILE = re.compile(r",\s+während\s+(?:sich\s+)?[^,.;:]*")


_REJECTED_THEN = re.compile(r"\b(?:wies(?:en)?|lehnte[n]?)\s[^:;.]*:.*")


def _blank(text: str, spans: list[re.Match[str]]) -> str:
    for m in spans:
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def best_category(text: str) -> tuple[str, list[Cue]] | None:
    text = content(text)
    for aside in (_WHERE_BEFORE, DAY_OF_EVENT):  # "…, wo … waren", "am Abend der Explosionen von Saki"
        text = aside.sub(lambda m: " " * len(m.group(0)), text)
    purposeless = WHILE.sub(lambda m: " " * len(m.group(0)), _PURPOSE.sub(lambda m: " " * len(m.group(0)), text))
    if purposeless != text and category_scores(purposeless):
        text = purposeless
    judged = list(JUDGING.finditer(text))
    # "wies das zurück: Russische Truppen hätten die Explosion selbst herbeigeführt": what a rejection says after
    # its colon is what was said.
    rejected = [m for m in _REJECTED_THEN.finditer(text) if STANCE.match(text, m.start())]
    scores = category_scores(_blank(text, judged + rejected)) if judged or rejected else category_scores(text)
    said = (*judged, *STANCE.finditer(text), *SPEECH.finditer(text))
    speech = [Cue("statement", m.start(), m.end(), m.group(0)) for m in said]
    announced = _ANNOUNCES.search(text) and any(k not in ("statement", "meeting") for k in scores)
    # "Der Geheimdienst meldete eine Kommandoaktion: Spezialkräfte seien … gelandet": a fact reported in the
    # subjunctive is the fact (attributed), not a statement.
    reported_fact = "military" in scores and all(SUBJUNCTIVE.fullmatch(m.group(0)) for m in said)
    if speech and not announced and not reported_fact:
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
