"""What keeps a cue from counting, for the rules in cues.py (the cue table itself: category_table.py)."""

from __future__ import annotations

import re

from .cue_fragments import PLAN

# "hätte mit ihm abgestimmt werden müssen": a meeting that should have been, and was not.
UNREAL = re.compile(r"\bhätten?\s+(?:\S+\s+){0,10}?(?:werden\s+)?(?:müssen|sollen)\b")
# "Heute räumte das Verteidigungsministerium den Beschuss dann doch ein": an attack admitted is a statement.
ADMITTED = re.compile(r"\bräumte[n]?\s+(?:\S+\s+){0,8}$")
# "wie es die NATO von ihren Mitgliedern erwartet": what is expected of someone, no visitor awaited.
AS_EXPECTED = re.compile(r"\bwie\s+(?:es\s+)?(?:[^\s,.;:]+\s+){0,6}?$")  # also "hat die Wahl wie erwartet gewonnen"
# "will das Repräsentantenhaus … über ein Hilfspaket abstimmen": a vote on aid is aid, not a meeting.
VOTE = re.compile(r"abstimm(?:en|t|te|ten)|abgestimmt", re.IGNORECASE)
# "mit einer Aussage zur Militärhilfe": a remark on aid is no aid.
REMARK_ON = re.compile(r"\b(?:Aussage|Äußerung)\w*\s+(?:zu[rm]?|über)\s+(?:der|die|den|dem|das)?\s*$")
# Taking or leaving an office.
OFFICE = re.compile(r"(?i:\w*Nachfolger\w*|Rücktritt\w*|Entlassung\w*|zurückgetreten|(?:be|er)nannte?n?)")
# Weapons named in a fight are no aid, unless the text says they were handed over.
WEAPON_NOUN = re.compile(r"(?i:Kampfpanzer|Panzer|Haubitzen?|Munition|Granaten?|Artilleriemunition|Leopard|Abrams|"
                         r"Marder|Challenger)")
HANDED_OVER = re.compile(r"(?i:liefer|zugesagt|zusag|sagte\w*\s.*\bzu\b|übergeben|übergab|geschickt|schickt|"
                         r"bereitgestellt|bereitstell|Paket|Hilfe|erhalten|erhielt|angekommen|eingetroffen|abgeben)")

# "drohte, Stromlieferungen einzustellen", "kein Gas mehr zu liefern": stopping deliveries is no aid; nor is
# handing one's positions to the army ("will Wagner die Stellungen … an die reguläre Armee übergeben").
STOPPED = re.compile(r"\b\w*[Ll]iefer\w*\s+(?:\S+\s+){0,14}?(?:einzustellen|einstellen|eingestellt|stoppen|gestoppt|"
                     r"unterbrochen|unterbrechen|gekappt|kappen|gedrosselt|drosseln|verringert|gekürzt|kürzen)\b|"
                     # paid for deliveries: "1,5 Milliarden Dollar für die Lieferungen aus November überwiesen"
                     r"\bfür\s+(?:die|das|den)\s+\w*[Ll]ieferung\w*\s+(?:\S+\s+){0,6}?(?:überwiesen|gezahlt|bezahlt)\b|"
                      r"\bkein\w*\s+(?:\S+\s+){0,4}?mehr\s+(?:\S+\s+){0,3}?(?:zu\s+)?liefer\w*|\w*[Ll]ieferstopp\w*|"
                      r"\bliefer\w*\s+(?:\S+\s+){0,3}?kein\w*\s+(?:\S+\s+){0,3}?mehr\b|"  # "lieferte keine Daten mehr"
                      r"\b(?:Stellungen|Positionen)\s+(?:\S+\s+){0,8}?übergeben|\bspende\w*\s+(?:\S+\s+){0,8}?(?:Beifall|Applaus)\b|"
                      # a delivery refused or forbidden: "hatte es Deutschland verweigert, … Munition … weiterzugeben"
                      r"\b(?:verweiger|verbiet|verbot)\w*\s+(?:\S+\s+){0,20}?\w*(?:liefern|weiterzugeben|weitergeben)\b|"
                      # a delivery renounced or withheld: "drängten Paris, auf die Lieferung zu verzichten",
                      # "wird den ersten … Hubschrauberträger vorerst nicht ausliefern"
                      r"\bauf\s+(?:die|den|das)\s+\w*[Ll]ieferung\w*\s+(?:zu\s+)?verzicht\w*|"
                      r"\bnicht\s+(?:mehr\s+)?(?:aus)?(?:zu)?liefer(?:n|t|te|ten)\b|\bnicht\s+(?:aus)?geliefert\b|"
                      # energy sold, not given: "Zusatzvereinbarungen zu Lieferungen und Transit"; nor are arms sold
                      # ("gilt als größter Rüstungsauftrag eines NATO-Landes an Russland")
                      r"\w*[Ll]ieferungen?\s+und\s+(?:den\s+)?Transit\w*|\b\w*[Rr]üstungs(?:auftrag|geschäft)\w*|"
                      # a paper handed over is no aid: "ein Memorandum mit seinen Bedingungen übergeben"
                      rf"\b{PLAN}\s+(?:\S+\s+){{0,8}}?übergeben|"
                      # ammunition that blows up is no aid: "detonierte Munition in einem Depot"
                      r"\b(?:detonier|explodier)\w*\s+(?:\S+\s+){0,3}?Munition|Munition\s+(?:\S+\s+){0,3}?(?:detonier|explodier)\w*")
# "will das Samoskworezki-Gericht … über die Klage … verhandeln": a court hears a case, no talks.
TRIAL = re.compile(r"\w*[Gg]ericht(?:e|s|shof)?\s+(?:\S+\s+){0,14}?verhand\w*|"
                   r"verhandelt\s+(?:\S+\s+){0,3}?\w*[Gg]ericht")
