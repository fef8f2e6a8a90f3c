"""The category cue table: German cue words (stems and small patterns) per category, with weights.

:mod:`cues` scores a text with it and applies the rules that weigh cues against each other.
"""

from __future__ import annotations

import re

from .cue_fragments import (
    ARRIVED_ARMS,
    ARRIVING_ARMS,
    HIT_TARGET,
    INVITED_GROUP,
    PLEDGE,
    SHELLS_THAT_HIT,
    WEAPONS,
)
from .statement_cues import STATEMENT

# "übergaben sie die vier Männer … dem OSZE-Vorsitzenden": people handed over, no aid.
_PEOPLE_HANDED = r"n\s+(?:\S+\s+){0,6}?(?:Männer|Offiziere|Gefangene\w*|Soldaten|Leichen|Geiseln|Häftlinge)\b"
# "Die Übergabe an die reguläre russische Armee": positions handed to an army, a troop move, not aid.
_TO_ARMY = r"\s+(?:\S+\s+){0,3}?an\s+die\s+(?:\S+\s+){0,2}?(?:Armee|Truppen|Streitkräfte)\b"
# Category cue words (German stems) with weights; the highest total wins.
# Where an invasion goes: the country invaded (not a town: "marschierten in Cherson ein" is taking it back).
# A land by its name's ending ("in die Tschechoslowakei", "in Tschetschenien", "in Afghanistan"), not a town.
_INVADED = r"(?:in\s+die\s+(?:übrige\s+)?Ukraine|in\s+das\s+Nachbarland|ins\s+Nachbarland|" \
           r"in\s+(?:die\s+|das\s+|den\s+)?(?-i:[A-ZÄÖÜ])\w*(?:ien|stan|ei|land))"
CATEGORY_CUES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    # "wird in Washington erwartet": a visitor expected; not "als viele erwartet hatten", "größer als erwartet",
    # a crowd ("würden über eine Million Gläubige erwartet"), a travel plan made known ("hatten den Reiseplan …"),
    # "wird … erwartet, was China vorlegt"
    # not "ein gut besuchtes Restaurant" nor "Konzertbesucher"; not awaiting a thing: "erwartet Kiew den NATO-Gipfel"
    ("visit", 3, re.compile(r"\b(?:(?<!gut )(?<!viel )(?<!stark )besuch(?!er)\w*|\w+besuch(?!er)\w*|"
                            r"(?<!\bals\s)(?<!Gläubige\s)(?<!Menschen\s)(?<!Pilger\s)(?<!Teilnehmer\s)(?<!Zuschauer\s)erwartet(?!\s+hatten?\b)(?!,\s+(?:dass|ob|was|wie|welche[nrs]?|wann)\b)(?!\s+(?:wird|wurde)\s*,\s+dass\b)(?!\s+(?:\S+\s+){0,2}?(?:den|die|das|einen|eine)\s)|visite|gereist|angereist|reist\w*|"
                            r"weiterreis\w*|weiterfl(?:iegen|iegt|og|ogen)|eingetroffen|Abstecher|"
                            # leaving early: "verließ gestern vorzeitig den Gipfel … in Auckland" (where the trip was)
                            r"\bverließ(?:en)?\s+(?:\S+\s+){0,2}?vorzeitig\b|"
                            # "verschaffte sich vorgestern selbst einen Eindruck vom Tatort"
                            r"verschaffte[n]?\s+sich\s+(?:\S+\s+){0,4}?Eindruck|"
                            # "Biden fliegt am Sonntag zunächst nach London"
                            # (not "flogen nach Angaben des Ministeriums drei Marschflugkörper …")
                            r"fl(?:iegt|iegen|og|ogen)\s+(?:\S+\s+){0,6}?nach\s+(?!Angaben|Informationen|Berichten)"
                            r"(?-i:[A-ZÄÖÜ])\w*|"
                            # "soll Witkoff Anfang kommender Woche nach Moskau kommen"
                            r"\bnach\s+(?!\w*[Aa]ngaben\b)(?-i:[A-ZÄÖÜ])\w*\s+k(?:ommen|ommt|am|amen)\b|"
                            # a prize received in person: "nahm … im Aachener Rathaus den Karlspreis entgegen"
                            r"nahm(?:en)?\s+(?:\S+\s+){0,8}?\w*(?:[Pp]reis|Auszeichnung)\w*\s+entgegen|"
                            # a trip that leads somewhere: "soll die Mission den Kardinal nach Washington führen"
                            r"f(?:ührt|ühren|ührte)\s+(?:\S+\s+){0,6}?nach\b|\bnach\s+\S+\s+f(?:ühren|ührt)\b|"
                            # (not a share reached: "erreichte 16,1 Prozent")
                            r"aufgebrochen|gefahren|fuhr(?:en)?|erreichte[n]?(?!\s+(?:\S+\s+){0,3}?[\d,.]+\s+Prozent)|"
                            r"angekommen|besichtig\w*|inspiziert(?:e|en)?\b|"
                            # (people arriving, not goods: "treffen morgen … weitere Hilfslieferungen … ein"; troops
                            # arriving are a troop move: "treffen russische Einheiten in Belarus ein")
                            r"tr(?:af|afen|ifft|effen)\s+(?:(?!\w*(?:[Ll]ieferung|[Hh]ilfe|[Gg]üter|Einheiten|Truppen|Soldaten))"
                            r"\S+\s+){0,40}?"
                            r"ein(?=\s*[.,;:!?–]|\s+und\b|$)|"
                            r"zu\s+Gast|war\s+(?:\S+\s+){0,14}?gewesen|angereist|anreiste[n]?|"
                            # staying somewhere: "hielt sich US-Außenminister Antony Blinken in Kiew auf"
                            r"hielt(?:en)?\s+sich\s+(?:\S+\s+){0,6}?auf\b|aufgehalten|"
                            # "eine Expertenmission nach Tschernobyl" (not "die Wahlkommission nach eigenen Angaben")
                            r"Delegation|Inspektoren|\w*(?<![Kk]om)[Mm]ission\s+nach(?!\s+(?:\S+\s+)?Angaben)|"
                            # appearing somewhere: "hatte sich Putin in Tarnuniform auf einem Kommandoposten gezeigt"
                            # (not a stance: "hatte er sich in der ARD dazu bereit gezeigt")
                            # (not in a video: "hatte sich … in einem Video gezeigt")
                            r"sich\s+(?:\S+\s+){0,6}?(?:auf|in|an|bei)\s+(?!(?:einem|seinem|ihrem)\s+\w*[Vv]ideo)"
                            r"(?:\S+\s+){0,6}?"
                            r"(?<!bereit )(?<!offen )gezeigt|"
                            # "entsandte heute ein Team nach Hrosa": sending people to a place is their trip
                            r"(?:entsandte|schickte)n?\s+(?:\S+\s+){0,4}?(?:Team|Experten|Beobachter|Ermittler)\w*"
                            r"\s+(?:nach|in\s+(?:die|den|das)|ins)\b|"
                            # a wreath laid: "an der Gedenkstätte Kurapaty … einen Kranz niedergelegt"
                            r"Kranz\s+(?:\S+\s+){0,3}?niedergelegt|legte[n]?\s+(?:\S+\s+){0,8}?Kranz\w*\s+(?:\S+\s+){0,8}?nieder\b|"
                            # "seine erste Auslandsreise"
                            r"\w*(?:Auslands|Europa|Asien|Afrika|Amerika|Staats|Dienst)reise\w*|"
                            r"ehrte[n]?|Reise(?!nde|pass|päss|verkehr|freiheit|regel|verbot|beschränk|warnung|gesetz|plan)\w*|flog|gelandet|"
                            # not an arrival confirmed or reported ("bestätigte die Ankunft gestern in Paris")
                            r"(?!" + ARRIVING_ARMS + r")(?<!bestätigte die )(?<!meldete die )Ankunft|"
                            r"landete(?!\s+(?:\S+\s+){0,10}?auf\s+(?:Platz|Rang))|"  # not "landete … auf Platz zwei"
                            r"nach\s+(?:\S+\s+){0,3}?geflogen|"  # "war er nach Washington geflogen", not an air raid
                            # a stop on the way, the last stay: "in Jakutsk Station gemacht", "war er zuletzt im Juli"
                            r"Station\s+gemacht|machte[n]?\s+(?:\S+\s+){0,6}?Station|"
                            r"war(?:en)?\s+(?:\S+\s+){0,2}?zuletzt\s+(?:im|in|am|vor))\b", re.IGNORECASE)),
    # "traf", "treffen sich" are to meet ("trifft das Stromnetz" hits), unless it is a hit ("traf es", "trafen
    # Raketen") or an arrival ("traf … ein");
    # two "Delegationen" hold talks (one "Delegation" travels)
    # a breakthrough in talks: "Den letzten Durchbruch hatten die Außenminister … in Genf erzielt"
    ("meeting", 3, re.compile(r"\bDurchbruch\s+(?:\S+\s+){0,16}?erzielt\b|"
                              r"\berzielte[n]?\s+(?:\S+\s+){0,6}?Durchbruch\b|"
                              # (what one said at its close is a statement: "sprach zum Abschluss des Treffens von …")
                              rf"\b(?:(?<!Abschluss des )(?<!Ende des )Treffen\w*|Delegationen|Begegnung\w*|"
                              r"begegnet(?:en)?\b|unter\s+vier\s+Augen|"
                              # mourners gathered: "Die Beisetzung … fand am Dienstagnachmittag … statt"
                              r"Beisetzung\w*|Trauerfeier\w*|beigesetzt|beerdigt|Abschied\b(?=\s+(?:\S+\s+){0,8}?genommen)|"
                              r"Sondierung\w*|"
                              # an assembly's vote is its session; people coordinating themselves meet (a parliament's
                              # vote is a statement, see there): "hatten sich … per Video mit Trump abgestimmt"
                              r"(?:Voll|General)versammlung\w*(?=\s+(?:\S+\s+){0,10}?abstimm\w*)|"
                              r"\bsich\s+(?:\S+\s+){0,14}?abgestimmt\b|"
                              # a round of talks: "Eine zweite Runde soll … in Belarus stattfinden"
                              r"(?:zweite|dritte|vierte|nächste|neue|weitere)\s+Runde\b|\w*(?:Verhandlungs|Gesprächs)runde\w*|"
                              # "Bei einem Arbeitsessen mit Trump"
                              r"Arbeits(?:essen|frühstück)|Abendessen|Mittagessen|"
                              # chairing: "Den Vorsitz teilten sich Jermak und Cassis" (not taking over a presidency)
                              rf"unter\s+(?:dem\s+)?Vorsitz|[Dd]en\s+Vorsitz\s+(?:teilten|führte[n]?)|"
                              rf"(?:trafen|traf|(?:trifft|treffen)\s+sich)(?!\s+es\b)(?!\s+(?:eine|einer|eines|zwei|drei)\s+davon\b)(?!\s+(?:\S+\s+){{0,8}}?\w*(?i:{WEAPONS})\b)"
                              # "traf ein Luftangriff das Theater": an attack hit it
                              r"(?!\s+(?:ein|eine|der|die)\s+(?:\w+\s+)?\w*(?:[Aa]ngriff|[Ss]chlag)\b)"
                              rf"(?!\s+(?:\S+\s+){{0,12}}?{HIT_TARGET})"
                              rf"(?!\s+(?:\S+\s+){{0,8}}?ein(?=\s*[.,;:!?–]|\s+und\b|$))|\w*[Gg]ipfel\w*|"
                              r"zusammen(?:ge)?kommen|zusammenk(?:am|amen|ommt)|zusammengetroffen|zusammenzutreffen|zusammenzukommen|zu\s+treffen\b|zusammentr(?:af|afen|ifft|effen)|"
                              # a body convening: "Die Volkskammer soll am kommenden Montag zusammentreten"
                              r"zusammen(?:ge)?treten|tr(?:itt|at|aten)\s+(?:\S+\s+){0,12}?zusammen\b(?!\s+mit\b)|k(?:am|amen|ommt|ommen)\s+(?:\S+\s+){0,12}?zusammen|rief(?:en)?\s+(?:\S+\s+){0,12}?zusammen\b|"
                              # a briefing: "ließ er sich von der Militärführung über die Lage unterrichten"
                              r"ließ(?:en)?\s+(?:\S+\s+){0,2}?sich\s+(?:\S+\s+){0,14}?"
                              r"(?:unterrichten|informieren|briefen)\b|"
                              r"\w*(?<![Pp]resse)[Kk]onferenz\w*|"
                              # a joint press conference ("gab gemeinsam mit Selenskyj eine Pressekonferenz")
                              r"gemeinsame[n]?\s+Pressekonferenz|gemeinsam\s+mit\s+(?:\S+\s+){0,8}?Pressekonferenz|"
                              r"Pressekonferenz\s+mit\b|\w*[Ss]chalte\b|Zusammenkunft|vermittel(?:t|te|ten)\b|Vermittlung\w*|befass(?:en|t|te|ten)\b|"
                              r"\beinigten\s+sich\b|\banhör(?:t|en|te|ten)\b|Anhörung\w*|Gespräch\w*|\bBeratungen\b|Generaldebatte\w*|Resolution\w*|(?<!sein\s)(?<!ihr\s)Veto\b|tagt\w*|getagt|Sitzung|beraten|berät|beriet(?:en)?|"
                              r"\b(?:will|wollen|soll|sollen|wird|werden|möchte)\s+(?:\S+\s+){0,15}?treffen\b|"
                              r"\btreffen\s+(?:will|wollen|soll|sollen|wird|werden|möchte)\b|(?<!diesem\s)(?<!diesen\s)Termin(?!\s+(?:der|des|für)\s+(?:\S+\s+)?\w*(?:[Ww]ahl|[Aa]bstimmung)\w*\b)|sprechen(?!\s+(?:\S+\s+){0,2}?vo[nm]\b)|telefonier\w*|Telefonat\w*|"
                              r"mit\s+(?:\S+\s+){0,15}?gesprochen|sprach(?:en)?\s+(?:\S+\s+){0,3}?mit|"
                              # "Mit Ministerpräsident Ulf Kristersson sprach er am Samstag auch über Kampfjets"
                              r"\b[Mm]it\s+(?:\S+\s+){0,4}?sprach(?:en)?\b|"
                              # chairing: "hat … zum letzten Mal die Ukraine-Kontaktgruppe geleitet"
                              # (not a field led: "die Außenpolitik leitete")
                              r"\bgeleitet\b|(?<!politik )\bleitete[n]?\b(?![^.;]*\bein\b)|"
                              # negotiating (not "Beitrittsverhandlungen", an accession step); "handelte … Plan aus"
                              r"\bhandelte[n]?\s+(?:\S+\s+){0,10}?aus\b|\bausgehandelt\b|"
                              rf"\b(?:weiter)?[Vv]erhand(?:el|l)\w*|empf(?:ing|ingen|angen|ängt)\b|{INVITED_GROUP})\b")),
    # "der Ukraine 13 Kampfjets zu überlassen"
    ("aid", 3, re.compile(r"(?:\b(?:überlassen|überlässt|überließ|überließen)\b|"
                          # relief handed out: "Helfer des Roten Kreuzes verteilten Decken, Tee und belegte Brote"
                          r"\bverteilte[n]?\s+(?:\S+\s+){0,4}?(?:Decken|Lebensmittel\w*|Brote?|Trinkwasser|Wasser|"
                          r"Medikamente|Kleidung|Essen|Suppe|Tee)\b|"
                          # goods promised: "hatte … sechs afrikanischen Staaten kostenloses Getreide versprochen"
                          r"\b(?:Getreide|Weizen|Dünger|Waffen|Munition)\s+(?:\S+\s+){0,3}?versprochen\b|"
                          r"\bversprach(?:en)?\s+(?:\S+\s+){0,8}?\d+\s+(?:Maschinen|Kampfjets|Jets|Flugzeuge|Panzer)\b|"
                          r"\ban\s+(?:die\s+Ukraine|Kiew)\s+(?:\S+\s+){0,2}?(?:abgeben|abzugeben|abgegeben|"
                          r"weitergeben|weiterzugeben|weitergegeben)\b|Militärhilfe\w*|Hilfe(?!ruf)\w*|Hilfspaket\w*|Hilfs(?:güter|lieferung|flug|flüg|konvoi|transport|gelder)\w*|Lieferung\w*|(?<!einge)liefer(?!ant)(?!(?:n|te|ten|t)\s+sich\b)\w*|Waffenlieferung\w*|"
                          r"(?<!Sub)(?<!scharfer\s)Munition(?!s(?:lager|depot))|\w*(?:Militär|Rüstungs|Waffen)paket\w*|Kampfpanzer|Panzer(?!brigade|division|grenadier|truppe|bataillon|denkmal|geschäft)|Haubitze\w*|beschaffen|(?<!Territorium\s)(?<!Gebiet\s)(?<!Luftraum\s)zur\s+Verfügung|bereit(?:stellen|gestellt|zustellen)|"
                          r"(?<!keine )Güter\b|"  # not "lässt keine Güter mehr … rollen"
                          # trade relief: "Brüssel hatte die Zölle im Juni 2022 ausgesetzt"
                          r"\bZölle\s+(?:\S+\s+){0,6}?(?:ausgesetzt|aufgehoben)\b|"
                          r"Ausbildung|übergeben|\w*[Ff]luchtkorridor\w*|[Hh]umanitäre[nr]?\s+Korridor\w*|"
                          r"\bÜbergabe(?!" + _TO_ARMY + r")(?!" + _PEOPLE_HANDED + r")|"
                          r"Flugabwehrsystem\w*|Waffensystem\w*|Generator\w*|Stromerzeuger\w*(?!\s+(?:der|des)\s)|"
                          # (not shells that killed: "hatten Granaten im Vorort Dobrinja mehrere Menschen getötet", nor
                          # "Nach dem schwersten Granatenangriff seit Beginn der Belagerung")
                          r"(?!" + SHELLS_THAT_HIT + r")Granate(?!n?angriff)\w*|"
                          r"Artilleriemunition|auszubilden|ausbilden|"
                          # named Western weapons: "eine Kompanie Leopard 2 abzugeben"
                          r"Leopard\b|Leopard-\w+|Challenger\b|Challenger-\w+|Abrams\b|Abrams-\w+|Marder\b|"
                          r"\w*[Tt]rainingszentrum|\w*[Aa]usbildungszentrum|\b[\w-]+-System(?:e|en)?\b|"
                          r"(?<!Teilnahme )(?<!Kommen )(?<!bisher )zugesagt|"
                          r"Finanzhilfe\w*|(?<!Ak)Kredit\w*|Spende\w*|\bSammlung(?:en)?\b|"  # a fundraiser
                          r"Entschädigung\w*|Auszahlung\w*|"  # compensation
                          r"finanzier\w*|beteilig\w*\s+sich\s+mit|Beitrag\s+von|"
                          r"Weitergabe|weiterzugeben|weitergegeben|" + ARRIVING_ARMS + "|" + ARRIVED_ARMS + "|"
                          # "stellte weitere 1,3 Milliarden Dollar in Aussicht" (money or arms; security pledges
                          # "in Aussicht gestellt" are the pledge's kind)
                          r"(?:Milliarden|Millionen|Euro|Dollar|Hilfe\w*|Waffen\w*|Munition)\s+(?:\S+\s+){0,6}?in\s+Aussicht|"
                          + PLEDGE + ")",
                          re.IGNORECASE)),
    # not "einen Antrag über 106 Milliarden Dollar" (money requested)
    # (and expulsion from a membership: "beschloss … den sofortigen Ausschluss des Landes")
    ("alliance", 3, re.compile(r"(?:(?<!unter\s)Ausschluss\b(?!\s+der\s+Öffentlichkeit)|"
                               # a decision of the alliance: "Die Nato hatte am 12. Dezember 1979 … beschlossen"
                               r"\b(?:Nato|NATO)\s+(?:\S+\s+){0,8}?beschlossen\b|\bbeschloss(?:en)?\s+(?:die\s+)?(?:Nato|NATO)\b|"
                               r"\baus\s+(?:dem|der)\s+\S+\s+ausgeschlossen\b|"  # "aus dem Europarat ausgeschlossen"
                               r"Beitritt\w*|Mitgliedschaft|(?<![Aa]uf )\bAntrag(?!steller)(?!\s+(?:über|für)\b)|"
                               r"(?<!in der )(?<!auf der )Aufnahme(?!n)|"  # not "sagt er in der Aufnahme" (a recording)
                               r"beitreten|beizutreten|(?<!kein\s)Mitglied\b(?!\s+(?:der|des)\s+(?:\S+\s+)?(?:Besatzung|Familie|Delegation))"
                               r"(?!(?<=-Mitglied)\s+[A-ZÄÖÜ])|"  # (not a label: "dem NATO-Mitglied Türkei")
                               r"Erweiterung|\bFlagge\s+(?:\S+\s+){0,8}?(?:vor|am|an)\s+(?:dem\s+)?(?:\S+-)?Hauptquartier|(?:vor|am|an)\s+(?:dem\s+)?(?:\S+-)?Hauptquartier\s+(?:\S+\s+){0,8}?Flagge\b|"
                               r"Sicherheitsabkommen\w*|Sicherheitszusage\w*|Sicherheitsvereinbarung\w*|\bgegründet\b|"
                               r"\bgründete[n]?\b|"  # "gründeten Oppositionelle … das Bürgerforum"
                               r"(?<!seit ihrer )(?<!seit seiner )(?<!seit der )\bGründung\w*|"
                               r"\w*[Kk]andidatenstatus|Beitrittskandidat\w*|Bündnisvertrag\w*|Beitrittsurkunde\w*|(?:Partnerschafts|Beistands|Verteidigungs)(?:vertrag|abkommen|pakt)\w*|Beistandsklausel\w*|ratifizier\w*|"
                               r"Ratifizierung\w*|zustimmte[n]?|zugestimmt|gehör(?:t|en|te|ten)\s+(?:\S+\s+){0,10}?an\b|"
                               # signing a treaty: "unterzeichneten den Vertrag am Mittwochabend in Washington"
                               r"\bunterzeichne\w*\s+(?:\S+\s+){0,8}?(?:Vertrag|Abkommen|Protokoll|Papier|Dokument|Vereinbarung)\b|"
                               r"\bunterzeichne\w*\s+(?:\S+\s+){0,20}?(?:Waffenruhe|Waffenstillstand\w*)\b|"
                               # "war am 4. April 1949 der Nordatlantikvertrag unterzeichnet worden"
                               # ("eine Grundsatzvereinbarung über die Zusammenlegung der Geldsysteme beider Länder
                               # unterzeichnet")
                               r"\w*(?:[Vv]ertrag|Vereinbarung|Abkommen)\w*\s+(?:\S+\s+){0,8}?unterzeichnet|"
                               # "hatte die Vereinbarungen an diesem Tag zunächst in Berlin mit … unterzeichnet"
                               r"\b(?:die|das|den)\s+(?:Vereinbarung|Abkommen)\w*\s+(?:(?:\d{1,2}\.|[^\s.;:]+)\s+){0,20}?unterzeichnet|"
                               # "auf dem Minsker Protokoll auf, das die Kontaktgruppe im September 2014 unterzeichnet"
                               r"\w*(?:[Pp]rotokoll|[Aa]bkommen)\w*(?:\s+\S+)?,\s+(?:das|die|den)\s+(?:\S+\s+){0,8}?unterzeichnet|"
                               # an alliance dissolved: "lösten die verbliebenen Mitglieder den Warschauer Pakt … auf"
                               r"\blöste[n]?\s+(?:\S+\s+){0,6}?(?:Pakt|Bündnis|Allianz)\w*\s+(?:\S+\s+){0,4}?auf\b|"
                               r"\b(?:Pakt|Bündnis)\w*\s+(?:\S+\s+){0,6}?aufgelöst\b|"
                               r"(?<!Ampel)(?<!Regierungs)-Koalition)",  # "die Kampfjet-Koalition", not a government
                               re.IGNORECASE)),
    ("statement", 2, STATEMENT),
    ("military", 3, re.compile(r"(?:\bÜbergabe" + _TO_ARMY + r"|"
                               # "geriet eine Militärkolonne … in einen Hinterhalt"; shells that killed
                               r"\bHinterhalt\w*|" + SHELLS_THAT_HIT + r"|"
                               # nuclear tests: "die letzte Explosion in Semipalatinsk fand am 19. Oktober 1989 statt"
                               # (a test held, not "auf Atomtests verzichten")
                               r"\b(?:erste|letzte)[nr]?\s+(?:\w+\s+)?(?:Atomtest|Atomversuch|Kernwaffentest|Atomexplosion)\w*|"
                               r"Atomexplosion\w*\s+(?:\S+\s+){0,4}?(?:ausgelöst|gezündet)|"
                               r"Atombombe\w*\s+(?:\S+\s+){0,4}?gezündet|\bExplosion(?:en)?\s+(?:\S+\s+){0,6}?fand(?:en)?\s+(?:\S+\s+){0,6}?statt\b|"
                               r"Truppen|Umstrukturierung\w*|Kampftruppe\w*|\w*[Oo]ffensive\w*|"
                               # "hatte die Krim im März 2014 annektiert": land taken (not "auf der annektierten Krim")
                               r"(?<!der )(?<!die )(?<!den )(?<!dem )(?<!das )annektier(?:t|te|en)\b(?!\s+erklärt)|"
                               r"(?<!Groß)Angriff(?!skrieg)\w*|Großangriff\w*(?=[^.;]*\b(?:auf\s+(?!die\s+Ukraine)\S+|getrennt|beschädigt|getroffen)\b)|"
                               # (not the GDR's "Nationale Front", nor Romania's "Front der Nationalen Rettung")
                               r"Gegenoffensive|(?<!Nationalen )(?<!Nationale )(?<!Rettungs)"
                               r"Front(?!ex)(?!\s+der\s+Nationalen)\w*|"
                               r"Einheiten|Verluste|beschoss\w*|[Bb]eschuss|angegriffen\b|bombardier\w*|getroffen|beschädigt|"
                               # not the attribute: "für das zerstörte Energienetz"
                               r"Zerstörung(?!en\s+des\s+Krieges)|"  # (the war's destruction is the war's)
                               r"(?<!das )(?<!die )(?<!der )(?<!den )(?<!dem )zerstört\w*|gesprengt|"
                               r"Kämpfe\w*|Gefecht\w*|\w*[Ss]chusswechsel\w*|Fortschritt\w*|Geländegewinn\w*|"
                               r"Manöver\w*|\w+(?<!ungs)manöver\w*|Militärübung\w*|\bÜbung(?:en)?\s+mit\b|\büb(?:en|t|te|ten)\b(?!\s+(?:\S+\s+){0,3}?Kritik\b)|verleg(?:t|te|ten|en)\b|"
                               r"\b(?:griff(?:en)?|greif(?:t|en))\s+(?:\S+\s+){0,18}?an\b|(?<!Groß)[Aa]ngriff(?!skrieg)\w*|"
                               r"r(?:ückt|ückten|ückte)\s+(?:\S+\s+){0,8}?ein\b|eingerückt|ins\s+Visier\s+(?:genommen|nahm\w*)|ausgetauscht|\w*[Gg]efangenenaustausch\w*|stationier\w*|Raketensystem\w*|Rückzug\w*|Abzug\b|Einnahme\s+(?:des|der|von)\b|Gefangenschaft|zurückgezogen|zurückzuziehen|"
                               r"\bz(?:og|ogen|ieht|iehen)\s+sich\s+(?:\S+\s+){0,8}?zurück|eingenommen|erobert\w*|"
                               r"[Ee]roberung\w*|Einnahme(?!n)|Vormarsch|vorgerückt|rück(?:t|en|te|ten)\s+(?:\S+\s+){0,14}?vor\b|"
                               r"\bauf\s+eine\s+\w*[Mm]ine\b|"  # "lief … auf eine Mine"
                               # drones that shut an airport: "haben den Flughafen … zum Stillstand gebracht"
                               r"zum\s+Stillstand\s+gebracht|lahm(?:gelegt|legen|legte[n]?)\b|\w*[Dd]rohnensichtung\w*|"
                               # a unit formed or put into service: "die Panzerbrigade 45 in Dienst gestellt"
                               r"in\s+Dienst\s+gestellt|Vorkommando\w*|(?:Brigade|Verband|Großverband|Bataillon|Division)"
                               r"\s+(?:\S+\s+){0,4}?aufgestellt|"
                               # force against a crowd: "zu nächtlichen Zusammenstößen", "Wasserwerfer und Tränengas"
                               r"\w*[Zz]usammenstö(?:ße|ßen)\b|Wasserwerfer\w*|Tränengas\w*|"
                               # opening fire: "haben … das Feuer auf Konzertbesucher eröffnet"
                               r"\bFeuer\s+(?:\S+\s+){0,4}?eröffne\w*|"
                               # forces moving in: "war am 6. August 2024 in die Region eingedrungen"
                               r"eingedrungen|vorgedrungen|\bdr(?:ang|angen|ingt|ingen)\s+(?:\S+\s+){0,20}?ein\b|Luftraumverletzung\w*|"
                               # counted attackers: "zählte die Luftwaffe mehr als 350 Drohnen"
                               r"\bzählte[n]?\s+(?:\S+\s+){0,6}?(?:Drohnen|Raketen|Marschflugkörper)\b|"
                               r"gesunken|versenkt|eingekesselt|einzukesseln|einkesseln|Einkesselung|[Ll]uftalarm|Drohnen(?:angriff|attacke)\w*|abgeschossen|abgefangen|f(?:ing|ingen)\s+(?:\S+\s+){0,8}?ab\b|(?<!politische\s)(?<!politischen\s)[Gg]efangene\w*|"
                               r"\b(?:trafen|traf)\s+(?:\S+\s+){0,8}?(?:Marschflugkörper|Raketen?|Drohnen?|Bomben?|Geschosse?)\b|"
                               r"\btraf(?:en)?\s+(?:ein|eine|einen)\s+\w*(?:lager|depot|gebäude|anlage|"
                               r"stellung|hafen|flugplatz|kraftwerk|umspannwerk|ziel)\w*|"
                               # "setzte Kiew Marschflugkörper … gegen Ziele im Gebiet Kursk ein"
                               r"\bsetz(?:te|ten)\s+(?:\S+\s+){0,12}?(?:Marschflugkörper|Raketen|Drohnen|Bomben)\b[^.;]*?\bein\b|"
                               # "In der Hauptstadt traf es das Kinderkrankenhaus", "überzog Russland Kiew mit Raketen"
                               r"\btraf(?:en)?\s+es\b|\büberz(?:og|ogen|ieht|iehen)\s+(?:\S+\s+){0,8}?mit\b|"
                               # "hatte Russland Kiew mit Drohnen und Raketen überzogen"
                               r"\bmit\s+(?:\S+\s+){0,6}?überzogen\b|"
                               r"(?:Marschflugkörper|Raketen|Drohnen|Bomben)\s+(?:\S+\s+){0,8}?(?:getroffen|trafen)\b|"
                               # an arrest: "nahm der Geheimdienst SBU einen Mann … fest", "Festnahmen" (a long one
                               # without an attribution: "nahmen georgische Sicherheitskräfte in Tiflis und … fest")
                               r"\bn(?:ahm|ahmen|immt|ehmen)\s+(?:(?:\S+\s+){0,10}?|(?:(?!nach\b)[^\s,;:]+\s+){11,14}?)fest\b|festgenommen(?!e)|Festnahme\w*|feuerte[n]?\s+(?:\S+\s+){0,10}?(?:in\s+die\s+Menge|auf)\b|"
                               # armour on the move: "rollten Schützenpanzer durch den Hafen"
                               r"\brollte[n]?\s+(?:\S+\s+){0,3}?\w*[Pp]anzer\w*|"
                               # (not a former post: "Der frühere Generalstabschef Petr Pavel hat die Wahl gewonnen")
                               r"(?<!frühere\s)(?<!früheren\s)(?<!ehemalige\s)(?<!ehemaligen\s)"
                               r"(?:Oberbefehlshaber\w*|Armeechef\w*|Generalstabschef\w*)|gekämpft|(?<![Ww]ett)kämpf(?:en|t|te|ten)\b|"
                               r"\bfeuer(?:t|te|ten|n)\s+(?:\S+\s+){0,20}?ab\b|abgefeuert|"
                               # "feuerte es … zwei ballistische Kurzstreckenraketen ins Japanische Meer"
                               r"\bfeuer(?:t|te|ten)\s+(?:\S+\s+){0,12}?\w*(?:[Rr]aketen?|[Mm]arschflugkörper|[Gg]eschosse?|[Gg]ranaten)\b|"
                               # "haben Drohnen 19 Mal den Luftraum des Landes verletzt"
                               r"Luftraum\w*\s+(?:\S+\s+){0,4}?verletzt|Luftraumverletzung\w*|"
                               r"in\s+Sicherheit\s+(?:ge)?brach\w*|brachte[n]?\s+(?:\S+\s+){0,12}?in\s+Sicherheit|"
                               r"evakuier\w*|Evakuierung\w*|unter\s+(?:ihre|seine|russische|ukrainische)\s+Kontrolle|"
                               r"abziehen|abzuziehen|\bwarf(?:en)?\s+(?:\S+\s+){0,8}?\w*[Bb]omben\b[^.;]*?\bab\b|detonier\w*|Detonation\w*|(?:Stellungen|Positionen)\s+(?:\S+\s+){0,12}?übergeben|\bspreng(?:te|ten|t|en)\b|(?<!aus)geräumt|(?<!aus)räumte[n]?\b(?![^.;]*\b(?:beiseite|weg)\b)(?!\s+(?:\S+\s+){0,6}?ein\b)|gemeutert|meuter(?:te|ten)\b|Meuterei\w*|"
                               # "stürmten Bewaffnete die Konzerthalle …, schossen", "überfielen … die Schule"
                               r"\bstürmte[n]?\b|gestürmt|\büberfiel(?:en)?\b|\bschoss(?:en)?\s+(?:\S+\s+){0,9}?auf\b|erschossen|niedergeschossen|angeschossen|gerollt|"
                               # encircled units, opening fire, boarding: "waren … Armeeeinheiten eingeschlossen"
                               r"(?<!mit )eingeschlossen\b|\w+einheiten\b|geentert|gekapert|durchtrennt|"
                               # a ship seized: "setzten finnische Behörden den Öltanker „Eagle S“ … fest"
                               r"\bsetzte[n]?\s+(?:\S+\s+){0,6}?\w*(?:[Tt]anker|[Ss]chiff|[Ff]rachter)\w*\s+(?:\S+\s+){0,10}?fest\b|"
                               r"\beröffne\w*\s+(?:\S+\s+){0,16}?Feuer\b|"
                               # "die jährliche Nuklearübung", "war … in russische Hand gefallen"
                               r"(?:Nuklear|Groß|Marine|Flotten|Truppen|Gefechts)übung\w*|Militärparade\w*|"
                               r"in\s+(?:russische|ukrainische)\s+Hand\s+gefallen|\bin\s+(?:russischer|ukrainischer)\s+Hand\b|durchsuch\w*|Durchsuchung\w*|"
                               # "wurden die vier Übergänge im Südosten … geschlossen", "die Abriegelung"
                               r"Abriegelung\w*|abgeriegelt|(?:Grenzübergänge?|Übergänge)\s+(?:\S+\s+){0,12}?geschlossen|attackier\w*|Attacke\w*|Abschuss\w*|Abschüsse\w*|"
                               # a bombing, weapons that killed, striking again: "bei einem Bombenanschlag getötet",
                               # "hatten russische Raketen in Lwiw mehrere Menschen getötet", "erneut massiv zuschlägt"
                               r"\w*[Aa]nschl(?:ag|äge)\w*|\w*(?:[Rr]aketen?|[Dd]rohnen?|[Bb]omben?|[Gg]eschosse?|[Mm]arschflugkörper)\s+"
                               r"(?:\S+\s+){0,12}?getötet|zuschl(?:ägt|agen|ug|ugen)\b|"
                               # people killed: "In Lwiw wurde ein Mensch getötet", "starben zwölf Menschen"
                               r"\bwurden?\s+(?:\S+\s+){0,6}?getötet\b|\bstarben\b|in\s+den\s+Tod\s+(?:gerissen|riss|rissen)\b|"
                               # "Seit dem Fall von Awdijiwka" (not "im Fall von", "der Fall der Fälle")
                               r"(?<![Ii]m )\bFall\s+(?:von|des|der)\s+(?!Fälle|Falles|Mauer)[A-ZÄÖÜ]|"
                               # "traf die Luftwaffe … das Landungsschiff": a hit on a ship, a depot, a port
                               rf"\btraf(?:en)?\s+(?:\S+\s+){{0,12}}?{HIT_TARGET}|Abzug\w*|abgezogen|"
                               # occupying, but not "in den besetzten Gebieten" (an attribute)
                               r"(?<!den )(?<!die )(?<!der )(?<!dem )(?<!des )\bbesetz(?:t|te|ten)\b|"
                               r"\bBesetzung\s+(?:von|des|der)\b|"  # "an der Besetzung von Orten … beteiligt"
                               r"abgestürzt|Absturz\w*|stürzte[n]?\s+(?:\S+\s+){0,8}?ab\b|"
                               # "schlugen zwei Raketen in das Gebäude ein": a hit
                               r"\bschlug(?:en)?\s+(?:\S+\s+){0,20}?ein(?=\s*[.,;:!?–]|\s+und\b|$)|eingeschlagen|\beinschlug(?:en)?\b|Einschl[aä]g\w*|"
                               r"Kommandoaktion\w*|Entsendung\w*|entsandt\w*|beschieß\w*|auszutauschen|austauschen|Austausch\s+von\b|"
                               # securing a border: a buffer zone, a fence or barrier built ("Stahlzaun errichten")
                               r"\w*(?:Puffer|Sperr)zone\w*\s+(?:\S+\s+){0,6}?(?:einrichten|einzurichten|eingerichtet|errichte\w*|"
                               r"schaffen|geschaffen)|"
                               r"\w*(?:[Zz]aun|Sperranlage|Grenzbefestigung)\w*\s+(?:\S+\s+){0,2}?(?:errichte\w*|gebaut|bauen)|"
                               # … or taken down: "den Stacheldrahtzaun an der Grenze zu Österreich abzubauen"
                               r"\w*(?:[Zz]aun|Sperranlage|Grenzbefestigung|Grenzanlage)\w*\s+(?:\S+\s+){0,6}?"
                               r"(?:abzubauen|abbauen|abgebaut|abzureißen|abreißen|abgerissen)\b|"
                               # a bridge brought down: "stürzte eine Straßenbrücke auf einen Zug", "brach … zusammen"
                               r"\bstürzte[n]?\s+(?:\S+\s+){0,6}?\w*[Bb]rücke\w*|\w*[Bb]rücke\w*\s+(?:\S+\s+){0,6}?"
                               r"(?:eingestürzt|zusammengebrochen)|\bbrach(?:en)?\s+(?:\S+\s+){0,10}?zusammen\b|"
                               # "hatte Russland Dutzende Kampfdrohnen auf das Land gestartet"
                               r"\w*(?:[Dd]rohnen|[Rr]aketen|[Mm]arschflugkörper)\s+(?:[^\s,.;:]+\s+){0,6}?gestartet\b|"
                               r"\bstartete[n]?\s+(?:[^\s,.;:]+\s+){0,8}?\w*(?:[Dd]rohnen|[Rr]aketen|[Mm]arschflugkörper)\b|"
                               r"\b(?:Soldaten|Kämpfer)\s+(?:\S+\s+){0,8}?(?:geschickt|schickte[n]?|entsandt|verlegt|zusammengezogen)\b|Militäreinsatz\w*|"
                               # a front pushed back, forces reinforced or sent: "drängt die Besatzer … zurück", "hat
                               # ihre Grenztruppen … verstärkt", "schickte Kiew zusätzlich 14 Patrouillenboote"
                               r"\bdräng(?:t|te|ten|en)\s+(?:\S+\s+){0,8}?zurück\b|zurückgedrängt|"
                               r"\w*(?:[Tt]ruppen|Einheiten|Grenzschutz)\s+(?:\S+\s+){0,6}?verstärkt\b|"
                               r"\bschickte[n]?\s+(?:\S+\s+){0,4}?(?:\w*[Pp]atrouillenboote|Kriegsschiffe|Kampfflugzeuge|Kampfjets|"
                               r"\w*[Tt]ruppen|Grenzschützer)\b|übern(?:immt|ahm|ahmen|ehmen)\s+(?:\S+\s+){0,12}?"
                               r"(?:das|den)\s+(?:Ober)?(?:Kommando|Befehl)\b|"
                               r"Spezialkräfte\w*|Sabotage\w*|brannten?\b|Befreiung\s+(?:des|der|von)\b|befreit\b|\w*[Aa]larmbereitschaft|vernichtet|eingestürzt|umkämpft\w*|\w*[Ee]xplosion\w*|"
                               # a change at the top of the military: "… zum neuen Verteidigungsminister ernannt"
                               r"\bzu[mr]\s+(?:\w+\s+)?(?:Verteidigungsminister|Oberbefehlshaber|Generalstabschef|Befehlshaber)\w*"
                               r"\s+(?:ernannt|berufen|bestimmt)|ernannte[n]?\s+(?:\S+\s+){0,8}?zu[mr]\s+(?:\w+\s+)?"
                               r"(?:Verteidigungsminister|Oberbefehlshaber|Generalstabschef|Befehlshaber)|"
                               r"an\s+die\s+Spitze\s+(?:der|des)\s+(?:Armee|Streitkräfte|Truppen|Generalstabs|Militärs)\b)")),
    ("recruitment", 4, re.compile(r"(?:(?:Streitkräfte|Armee|Truppen)\s+(?:\S+\s+){0,6}?(?:zu\s+)?"
                                  r"(?:vergrößern|aufstocken|aufzustocken|verstärken)|Aufstockung\w*|\w*[Mm]obilmachung\w*|"
                                  r"Rekrut\w*|(?:Reservisten|Wehrpflichtige)\s+(?:\S+\s+){0,6}?einberufen\b|Berufssoldaten|Anfangssold|Werbespot\w*|Videokampagne|Mobilisierung|"
                                  r"wirbt\b(?!\s+(?:\S+\s+){0,8}?(?:für|um\s+(?:eine\s+|die\s+)?(?:\w+\s+)?(?:Teilnahme|Unterstützung|Zustimmung|Vertrauen))\b)|anwerben|(?:meldeten|melden)\s+sich\s+(?:\S+\s+){0,4}?[Ff]reiwillig\w*|Freiwilligenbataillon\w*|Vertragssoldat\w*|Zeitsoldat\w*|Einberufung\w*|eingezogen|angeworben|"
                                  # conscription: "den Gesetzentwurf für einen neuen Wehrdienst", "gemustert"
                                  r"\w*[Ww]ehrdienst\w*|\w*[Ww]ehrpflicht\w*|Musterung\w*|gemustert)", re.IGNORECASE)),
    # The annexation as a whole is the war itself: "Eingliederung … in die Russische Föderation" (the act told by its
    # verb, "Russland hatte die Krim im März 2014 annektiert", is military: see above).
    ("war", 3, re.compile(r"(?:Einmarsch\w*|(?:Groß)?[Ii]nvasion|(?<!seit )Kriegsbeginn|Angriffskrieg\w*|Überfall\w*|"
                          # not a school raided; the full-scale invasion, not "ein Großangriff … vom Netz getrennt"
                          r"\büberfallen\b|\büberfiel(?:en)?\b(?![^.;]{0,80}?\b(?:Schule|Bank|Dorf|Konvoi|Kaserne|Posten|Zug|Bus)\b)|"
                          r"Großangriff\w*(?![^.;]*\b(?:auf\s+(?!die\s+Ukraine)\S+|getrennt|beschädigt|getroffen)\b)|"
                          r"Annexion\w*|Eingliederung\w*|"
                          # sham referendums, or referendums on Russia or in occupied land (not Moldova's on the EU)
                          r"Scheinreferend\w*|[Rr]eferend(?:um|en)\w*(?=[^.;]*\b(?:besetzt\w*|Russland|Russlands|annekt\w*))|"
                          # "marschierten russische Truppen in die übrige Ukraine ein", "ins Nachbarland eingedrungen"
                          rf"\b(?:marschier|drang|dring|rückte)\w*\s+(?:\S+\s+){{0,8}}?{_INVADED}\s+ein\b|"
                          rf"{_INVADED}\s+(?:eingedrungen|einmarschiert)|"
                          # "Russland hatte die Ukraine am 24. Februar angegriffen": the whole country, no weapon named
                          r"(?:die\s+Ukraine|das\s+Nachbarland)\s+(?![^.;]*\b(?:mit|durch)\s)(?:\S+\s+){0,4}?angegriffen|"
                          # "seit dem russischen Angriff auf die Ukraine im Februar 2022": the war, no weapon named
                          r"(?<!Groß)Angriff(?:s|es)?\s+auf\s+(?:die\s+Ukraine|das\s+Nachbarland)\b(?![^.;]*\b(?:mit|durch)\s))")),
)
