"""Known actors: the reviewed table of persons, organisations, titles and demonyms (``data/actors_de.csv``).

Each actor has a seat (a gazetteer name, or empty) from which it acts when the text names no place, and may have
a first day ("since"): before it the name means something else (the "Kontaktgruppe" of 2014 is not Ramstein's);
and a last day ("until"): after it the name means someone else ("Bush" in 1991 is George Bush, in 2003 his son).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import DATA_DIR
from .amounts import Cue

ACTORS_CSV = DATA_DIR / "actors_de.csv"


# "das russische Außenministerium", "die US-Regierung": after a demonym, a state body; the state is the actor.
# (also in the genitive: "ein Sprecher des russischen Außenministeriums")
_STATE_BODY = r"(?:Regierung|Staatsführung|Behörden|\w*[Mm]inisteriums?|\w*[Mm]inisterien)"
_BODY_AFTER, _BODY_IN = re.compile(rf"\s*{_STATE_BODY}\b"), re.compile(rf"-{_STATE_BODY}$")


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str  # person, title, organisation, demonym
    seat: str  # a gazetteer name ("Moskau"), or empty
    pattern: re.Pattern[str]
    since: dt.date | None = None  # the first day the name means this actor
    until: dt.date | None = None  # the last day it does


# "bedankte sich bei der britischen Regierung": the body thanked, not where the thanks come from
THANKED = re.compile(r"\bbedankte[n]?\s+sich\s+(?:\S+\s+){0,4}?bei\s+(?:der|dem|den)\s+$")


def is_state_body(actor: Actor, cue: Cue, text: str) -> bool:
    """Is this demonym part of a state body ("die litauische Regierung", "die US-Regierung")?"""
    return actor.kind == "demonym" and bool(_BODY_IN.search(cue.text) or _BODY_AFTER.match(text[cue.stop :]))


@lru_cache(maxsize=1)
def actors() -> tuple[Actor, ...]:
    """The reviewed table of persons, organisations, titles and demonyms (``data/actors_de.csv``)."""
    with ACTORS_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    table = []
    for row in rows:
        flags = re.IGNORECASE if row["kind"] == "demonym" else 0
        # "russische Truppen" may open a sentence: its first letter in either case.
        pattern = re.sub(r"^[a-zäöü]", lambda m: f"[{m.group(0)}{m.group(0).upper()}]", row["pattern"])
        since, until = (dt.date.fromisoformat(row[key]) if row.get(key) else None for key in ("since", "until"))
        table.append(Actor(row["name"], row["kind"], row["seat"], re.compile(rf"\b(?:{pattern})(?!\w)", flags),
                           since, until))
    return tuple(table)


def find_actors(text: str, published: dt.date | None = None) -> list[tuple[Actor, Cue]]:
    """Known actors in ``text`` (of a text published then: none before its ``since`` or after its ``until``); a
    longer match (e.g. 'russische Truppen') hides shorter ones inside it, the same words name every actor they
    stand for ('UN-Sicherheitsrat': the UN Security Council and the United Nations)."""
    found: list[tuple[Actor, Cue]] = []
    for actor in actors():
        if published and (actor.since and published < actor.since or actor.until and published > actor.until):
            continue
        for match in actor.pattern.finditer(text):
            found.append((actor, Cue(actor.name, match.start(), match.end(), match.group(0))))
    found.sort(key=lambda pair: (pair[1].begin, -(pair[1].stop - pair[1].begin)))
    kept: list[tuple[Actor, Cue]] = []
    for actor, cue in found:
        if any(cue.begin >= k.begin and cue.stop <= k.stop
               and ((k.begin, k.stop) != (cue.begin, cue.stop) or k.value == cue.value) for _, k in kept):
            continue
        kept.append((actor, cue))
    return kept
