"""Making untrusted text safe to show: it stays text, never markup, script or a formula."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:])")


def plain(value: object) -> str:
    """Escape ``value`` for Markdown so it renders literally.

    CommonMark lets any ASCII punctuation be backslash-escaped, so escaping the
    characters that start markup, links, HTML, entities and maths leaves nothing
    to interpret. Newlines become spaces: a summary is one paragraph.
    """
    text = " ".join(str(value).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
