"""Drafted events that report the same thing twice become one, with the provenance of both."""

from __future__ import annotations

from ..geo import km_between
from .text import EventProvenance


def same_event(a: dict, b: dict) -> bool:
    """A repeated report: same category and date, places within 50 km, and a shared actor (or none named).

    Background events ("seit dem Einmarsch …") with the same category and date are one event
    wherever the sentence happens to be; two different exact places (a monastery, an air base)
    are two events even in the same city, and so are strikes at two different times of the day.
    """
    key = ("category", "start", "date_precision", "end")  # a period that goes on is not the day it began
    if any(a.get(k, "") != b.get(k, "") for k in key):
        return False
    if a.get("_background") and b.get("_background"):
        return True
    if a.get("_speaker") and b.get("_speaker") and a["_speaker"] != b["_speaker"]:
        return False
    if a["category"] == "statement" and a.get("_section") != b.get("_section"):
        return False
    if a["category"] == "military" and a.get("_parts") and b.get("_parts") and a["_parts"].isdisjoint(b["_parts"]):
        return False  # a strike in the night and one in the morning are two (a night train and its arrival one trip)
    if a["place"] != b["place"] and "exact" in (a["geo_precision"], b["geo_precision"]):
        return False
    if km_between(*map(float, (a["lat"], a["lon"], b["lat"], b["lon"]))) > 50:
        return False
    mine, theirs = set(a["actors"].split(";")) - {""}, set(b["actors"].split(";")) - {""}
    if a["category"] == "meeting" and len(mine) > 1 and len(theirs) > 1 and mine - theirs and theirs - mine:
        return False  # "telefonierte mit Putin. Im Anschluss sprach Trump mit Selenskyj": two talks, one shared party
    return not (mine and theirs) or bool(mine & theirs)  # a sentence naming nobody adds to the other


def merge(events: list[tuple[dict, EventProvenance]]) -> list[tuple[dict, EventProvenance]]:
    """One event per category, date and place: later sentences join the first as further provenance."""
    merged: list[tuple[dict, EventProvenance]] = []
    for record, provenance in events:
        twin = next((m for m in merged if same_event(m[0], record)), None)
        if twin is None:
            merged.append((record, provenance))
            continue
        kept, kept_provenance = twin
        if kept["geo_precision"] == "country" and record["geo_precision"] in ("city", "exact"):
            # "will nach Griechenland weiterfliegen. In Athen erwartet ihn …": the town is where the country was
            kept.update({k: record[k] for k in ("place", "country", "lat", "lon", "geo_precision", "title_de",
                                                "title_en", "id")})  # fmt: skip
            kept_provenance.fields["place"] = []
        kept_provenance.sentences += [s for s in provenance.sentences if s not in kept_provenance.sentences]
        for name, spans in provenance.fields.items():
            known = kept_provenance.fields.setdefault(name, [])
            known.extend(s for s in spans if s not in known)
        names = kept["actors"].split(";") if kept["actors"] else []
        kept["actors"] = ";".join(names + [n for n in record["actors"].split(";") if n and n not in names])
        for column in ("attribution", "amount", "currency", "quantity", "item", "_speaker"):
            if not kept.get(column) and record.get(column):
                kept[column] = record[column]
    return merged
