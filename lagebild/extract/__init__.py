"""Draft dated, geolocated events from a German news article (rules and packaged data, no network).

``dates`` resolves German date expressions, ``gazetteer`` finds places, ``cues`` reads
status, attribution, actors, amounts and category, ``draft`` puts them together with
provenance, ``evaluate`` scores a draft against curated events.
"""

from .command import register_extract
from .draft import Draft, EventProvenance, Span, draft_from_text

__all__ = ["Draft", "EventProvenance", "Span", "draft_from_text", "register_extract"]
