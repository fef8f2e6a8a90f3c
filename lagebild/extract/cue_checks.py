"""Second looks at the cue words of a sentence (cues.py): talks only demanded, guests expected at a summit named
before, trains that run, people who met."""

from __future__ import annotations

import re

from .amounts import Cue

Scores = dict[str, tuple[int, list[Cue]]]

# "hatte … eine sofortige Waffenruhe und politische Verhandlungen verlangt", "forderte Gespräche mit Moskau": talks
# asked for are not held; the demand is the event.
_DEMAND_BEFORE = re.compile(r"\b(?:forder(?:t|te|ten|n)|verlang(?:t|te|ten|en)|drängt(?:e|en)?\s+auf|"
                            r"pocht(?:e|en)?\s+auf)\s+(?:[^\s,;:.]+\s+){0,8}$", re.IGNORECASE)
_DEMAND_AFTER = re.compile(r"(?:\s+[^\s,;:.]+){0,3}?\s+(?:verlangt|gefordert)\b")
# "richtet … einen Gipfel aus: Am Montag und Dienstag werden dort Vertreter von 47 Staaten erwartet": the guests
# come to the summit named before; it is the event.
_GATHERING = re.compile(r"\w*(?:Gipfel|[Kk]onferenz|Treffen)\w*")
_EXPECTED = ("erwartet",)
# "Die Metro, die täglich Millionen Fahrgäste befördert, fuhr am Dienstag wieder": trains that run make no trip.
_VEHICLE_RUNS = re.compile(r"^\s*(?:Die|Der|Das|Alle|Viele)\s+(?:[\w-]+\s+)?(?:Metro|U-Bahn|S-Bahn|Züge?|Busse?|"
                           r"Straßenbahn\w*|Fähren?|Bahn)\b")
_DRIVES = ("fuhr", "fuhren", "fährt", "fahren")


def reweigh(scores: Scores, text: str) -> None:
    """Adjust ``scores`` (category → weight, cues) in place for the cases the module docstring names."""
    if "meeting" in scores:
        kept = [c for c in scores["meeting"][1]
                if not _DEMAND_BEFORE.search(text[: c.begin]) and not _DEMAND_AFTER.match(text, c.stop)]
        if not kept:
            scores.pop("meeting")
        elif len(kept) < len(scores["meeting"][1]):
            scores["meeting"] = (scores["meeting"][0] * len(kept) // len(scores["meeting"][1]), kept)
    visits = scores.get("visit", (0, []))[1]
    guests = [c for c in visits if c.text in _EXPECTED and _GATHERING.search(text[: c.begin])]
    if guests and len(guests) == len(visits):
        weight, cues = scores.get("meeting", (0, []))
        scores["meeting"] = (weight + scores.pop("visit")[0], [*cues, *(Cue("meeting", c.begin, c.stop, c.text)
                                                                         for c in guests)])
    if visits and all(c.text in _DRIVES for c in visits) and _VEHICLE_RUNS.match(text):
        scores.pop("visit", None)


def met_people(category: tuple[str, list] | None, actors: list) -> tuple[str, list] | None:
    """"Selenskyj hatte Trump im Trump Tower getroffen", "hatte sie in Warschau Morawiecki getroffen": a person named
    and "getroffen" alone: they met (missiles hit places and people unnamed)."""
    people = {a.name for a, _ in actors if a.kind == "person"}
    if category and category[0] == "military" and {c.text for c in category[1]} == {"getroffen"} and people:
        return "meeting", category[1]
    return category
