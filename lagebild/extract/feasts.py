"""Christian feast days named in reports ("am Karsamstag", "zu Weihnachten"): fixed or counted from Easter."""

from __future__ import annotations

import datetime as dt

from dateutil.easter import easter

# Feasts: a fixed (month, day), or days after Western Easter Sunday.
FEASTS: dict[str, tuple[int, int] | int] = {
    "Heiligabend": (12, 24), "Weihnachten": (12, 25), "Silvester": (12, 31), "Neujahrstag": (1, 1), "Neujahr": (1, 1),
    "Karfreitag": -2, "Karsamstag": -1, "Ostersonntag": 0, "Ostern": 0, "Ostermontag": 1,
    "Pfingstsonntag": 49, "Pfingsten": 49, "Pfingstmontag": 50,
}  # fmt: skip


def feast_date(feast: str, year: int) -> dt.date:
    """The day of a Christian feast in ``year``: fixed, or counted from Western Easter Sunday."""
    when = FEASTS[feast]
    return dt.date(year, *when) if isinstance(when, tuple) else easter(year) + dt.timedelta(days=when)
