"""Dated relative clauses inside a sentence: each tells an earlier event of its own."""

from __future__ import annotations

import re

# A relative clause inside the sentence (", die das Abkommen im Juli … vermittelt hatte,") tells an earlier event of
# its own; its date is not the main clause's. So does one in the (plu)perfect or the past passive closing the sentence
# ("…, das Brüssel im Mai verhängt hatte.", "…, in denen Jelzin am 9. August vereidigt wurde."), but not an
# infinitive ("…, die Maschine gestern abgeschossen zu haben.").
# The clause's words: no comma, but one in a list ("…, die Russland, die Ukraine und Weißrussland … gegründet hatten.")
_LIST_GOES_ON = r"\s+(?:die\s+|der\s+|das\s+)?[A-ZÄÖÜ][\w-]*\s+(?:und|sowie)\s"
_WORDS = rf"(?:[^,;:]|,(?={_LIST_GOES_ON}))"
EMBEDDED = re.compile(r"\bbevor\s+[^,;:]+?(?=,\s+\w|\s*[.!?]?$)|"  # "…, einen Tag bevor Russland am 24. Februar …"
                      r"^Als\s+[^,;:]+?(?=,\s+\w)|"  # "Als Russland im März 2014 die Krim annektierte, hatte …"
                      r"(?:,\s+(?:die|der|das|den|dem|deren|dessen|wo|(?:in|an|mit|bei|von|gegen|auf|über|für)\s+denen)|\b[Nn]achdem)\s+"
                      rf"(?:{_WORDS}+?,(?=\s+\w)(?!{_LIST_GOES_ON})|"
                      rf"{_WORDS}+?\b(?<!\bzu\s)(?:hatte|hatten|war|waren|hat|haben|ist|sind|wurde|wurden)(?=\s*[.!?]?$))")
# ", mit denen das Bündnis am 24. März begonnen hatte": after a preposition, the clause's event is the noun before it.
_PREPOSITIONAL = re.compile(r",\s+(?:mit|bei|von|gegen|auf|über|für)\s+denen\b")
_WHERE = re.compile(r",\s+wo\s+")
_ANTECEDENT = re.compile(r"(?:\S+\s+){0,2}\S+$")


def with_antecedent(text: str, begin: int, end: int) -> str:
    """The clause's words, led by the noun it hangs on when a preposition opens it ("die Luftangriffe aussetzen, mit
    denen …": the air strikes began then); a clause opened by "wo" without it, which would read as an aside."""
    if where := _WHERE.match(text, begin):  # ", wo die Landeskommission … getagt hatte": the clause's own event
        return text[where.end() : end]
    if not _PREPOSITIONAL.match(text, begin):
        return text[begin:end]
    lead = _ANTECEDENT.search(text[:begin])
    return text[lead.start() if lead else begin : end]
