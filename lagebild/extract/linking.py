"""Sentences that only qualify the one before them: who told its news, who else comes, how long it lasts."""

from __future__ import annotations

import re

from .dates import DateMention
from .reading import LASTS, Reading

# "Das Manöver soll bis Ende Mai dauern": the date is when the event named before ends.
_UNTIL = re.compile(r"\bbis\s+(?:(?:zum|zur)\s+)?$")
# "Russland will Atomwaffen in Belarus stationieren. Das kündigte Putin am Samstagabend an.": the second sentence
# names who told the news before it, and when; it is that news's source, not an event of its own.
TELLS_BEFORE = re.compile(r"^(?:Das|Dies)\s+(?:teilte|(?P<announced>kündigte)|sagte|erklärte|gab|meldete|berichtete|"
                          r"bestätigte|verkündete)n?\b")


# "Selenskyj will beim Treffen in Ramstein seinen Plan vorstellen. Dazu wird am Samstag auch Biden erwartet.": who
# else comes to the event before, and when it is.
_JOINS_BEFORE = re.compile(r"^(?:Dazu|Dabei|Daran)\s+(?:wird|werden|soll|sollen)\b")


def tells_before(reading: Reading, previous: Reading) -> bool:
    """Does ``reading`` (dated, same paragraph) only say who told the news of ``previous``, or who else came to it?"""
    same_paragraph = reading.sentence.paragraph == previous.sentence.paragraph
    told = TELLS_BEFORE.match(reading.sentence.text) or _JOINS_BEFORE.match(reading.sentence.text)
    # (also when the news named its day and was told that day: "… ist gestern … beschädigt worden. Das teilte Saldo
    # am Donnerstag mit.")
    same_day = {m.start for m in reading.dates} <= {m.start for m in previous.dates if m.precision == "day"}
    return same_paragraph and (not previous.dates or same_day) and bool(reading.dates) and bool(told)


def lasts_until(reading: Reading) -> DateMention | None:
    """The end date of a sentence that only says how long the event before it lasts."""
    text = reading.sentence.text
    if len(reading.dates) != 1:
        return None
    mention = reading.dates[0]
    # "An dem zweitägigen Treffen, das heute zu Ende geht, nehmen … teil"
    if (ends := _ENDS_ON.search(text)) and ends.start("when") <= mention.begin < ends.end("when"):
        return mention
    if not LASTS.search(text) or not re.match(r"(?:Das|Die|Der|Dieses|Diese)\s", text):
        return None
    return mention if _UNTIL.search(text[: mention.begin]) else None


_ENDS_ON = re.compile(r"^(?:An|Bei|Auf)\s+(?:dem|der)\s+[^,]*,\s+(?:das|die|der)\s+(?P<when>[^,]+?)\s+"
                      r"(?:zu\s+Ende\s+geht|endet)\s*,")
