"""Provenance highlighting: the article's words that gave each field, as safe Markdown.

Article text is untrusted: every piece is escaped with :func:`lagebild.text.plain`;
only our own ``:colour-background[…]`` directives are markup.
"""

from __future__ import annotations

from .text import plain

FIELD_COLOURS: dict[str, str] = {
    "start": "blue",
    "end": "blue",
    "place": "green",
    "status": "orange",
    "attribution": "violet",
    "actors": "gray",
    "category": "red",
    "amount": "orange",
    "quantity": "orange",
}


def highlighted(text: str, begin: int, end: int, spans: dict[str, list[tuple[int, int]]]) -> str:
    """Markdown for ``text[begin:end]`` with each field's spans (absolute offsets) coloured.

    Overlapping spans keep the first one; spans outside the range are ignored.
    """
    marks = sorted(
        (max(b, begin), min(e, end), name)
        for name, ranges in spans.items()
        for b, e in ranges
        if b < end and e > begin and name in FIELD_COLOURS
    )
    out, pos = [], begin
    for b, e, name in marks:
        if b < pos:
            continue
        out.append(plain(text[pos:b]))
        out.append(f":{FIELD_COLOURS[name]}-background[{plain(text[b:e])}]")
        pos = e
    out.append(plain(text[pos:end]))
    return " ".join(part for part in out if part)
