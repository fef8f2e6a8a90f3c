"""The article as text: sentences with offsets, and drafts that keep where each field came from."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field

import pandas as pd

from ..export import to_csv
from ..i18n import t

# A closing quotation mark ends a sentence only after a full stop ("… geben.“ Dann"), not in "einem „guten“ Treffen".
# A sentence opens with a capital, a quotation mark or a year ("… Nischni Nowgorod. 1997 holte er ihn …").
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][“\"]))\s+(?=[A-ZÄÖÜ„\"]|(?:19|20)\d\d\s+[a-zäöü])")
# Abbreviations, initials ("George W. Bush"; not "auf der Plattform X.") and ordinals ("am 15. November"); a year ends
# a sentence ("seit Dezember 2022. Selenskyj …").
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:Mio|Mrd|Tsd|St|Dr|Nr|bzw|ca|z\.B|u\.a|vgl|l|r|[A-WYZ])|(?<!\d\d\d)\d)\.$")


@dataclass(frozen=True)
class Span:
    """Words in the article: character offsets ``[begin, end)`` and the text there."""

    begin: int
    end: int
    text: str


@dataclass
class Sentence:
    begin: int
    end: int
    text: str
    paragraph: int
    section: int


@dataclass(frozen=True)
class Note:
    """Why a field has its value, in either language (templates ``note_<key>`` in lagebild.i18n)."""

    key: str
    values: tuple[tuple[str, str | tuple[tuple[str, str], ...]], ...] = ()

    def text(self, lang: str) -> str:
        return t(f"note_{self.key}", lang, **{name: _in(value, lang) for name, value in self.values})

    def __str__(self) -> str:
        return self.text("en")


def note(key: str, **values: object) -> Note:
    """A note; a value given as ``{"de": …, "en": …}`` is a name that differs by language."""
    return Note(key, tuple((name, tuple(v.items()) if isinstance(v, dict) else str(v)) for name, v in values.items()))


def _in(value: str | tuple[tuple[str, str], ...], lang: str) -> str:
    return value if isinstance(value, str) else dict(value).get(lang, dict(value)["en"])


@dataclass
class EventProvenance:
    """Where each field of one drafted event came from (offsets into the article text)."""

    id: str
    sentences: list[Span] = field(default_factory=list)
    fields: dict[str, list[Span]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)

    def add(self, name: str, sentence: Sentence, begin: int, end: int) -> None:
        absolute = Span(sentence.begin + begin, sentence.begin + end, sentence.text[begin:end])
        if absolute not in self.fields.setdefault(name, []):
            self.fields[name].append(absolute)


@dataclass
class Draft:
    """Candidate events (schema columns) and their provenance, in the same order."""

    events: pd.DataFrame
    provenance: list[EventProvenance]
    text: str
    published: dt.date

    def to_csv(self) -> str:
        return to_csv(self.events).decode("utf-8-sig")

    def provenance_json(self) -> str:
        events = [{**asdict(p), "notes": [str(n) for n in p.notes]} for p in self.provenance]
        data = {"published": self.published.isoformat(), "events": events}
        return json.dumps(data, ensure_ascii=False, indent=2)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; heading and caption lines (no final punctuation) open a new section instead."""
    sentences: list[Sentence] = []
    section = paragraph = 0
    for block in re.finditer(r"[^\n]+", text):
        line = block.group(0).strip()
        if not line:
            continue
        if not re.search(r"(?:[.!?][“\"]?|[“\"][.!?])$", line):
            section += 1  # a heading or photo caption (also one ending in a quotation: "… „schwieriges Schicksal“")
            continue
        paragraph += 1
        start = block.start()
        pieces = _SENTENCE_END.split(block.group(0))
        offset = start
        merged: list[str] = []
        for piece in pieces:
            # "„F-16 sind in der Ukraine. Wir haben es geschafft“, sagte Selenskyj": a quotation is not cut
            if merged and (_NO_BREAK_BEFORE.search(merged[-1]) or merged[-1].count("„") > merged[-1].count("“")):
                merged[-1] = f"{merged[-1]} {piece}"
            else:
                merged.append(piece)
        for piece in merged:
            begin = text.index(piece.split(" ")[0], offset)
            end = begin + len(piece)
            sentences.append(Sentence(begin, end, text[begin:end], paragraph, section))
            offset = end
    return sentences
