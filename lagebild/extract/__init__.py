"""Draft dated, geolocated events from a German news article (rules and packaged data, no network).

``dates`` finds German date expressions (``tense`` tells past from future, ``dating`` picks an event's
date), ``gazetteer`` finds places (``placing`` picks an event's), ``actors`` knows persons and bodies,
``cues`` reads status, attribution and category, ``amounts`` sums and items, ``reading`` reads one
sentence, ``units`` groups sentences into events, ``draft`` puts them together with provenance,
``evaluate`` scores a draft against curated events.
"""

from .command import register_extract
from .draft import Draft, EventProvenance, Span, draft_from_text

__all__ = ["Draft", "EventProvenance", "Span", "draft_from_text", "register_extract"]
