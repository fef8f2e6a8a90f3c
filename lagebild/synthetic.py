"""Synthetic, ACLED-shaped event sets for benchmarks and scale tests.

Events cluster around real places of the region, spread over three years, with
a realistic skew towards military events near the front. Deterministic per seed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .schema import COLUMNS

# (name, country, lat, lon, weight): front-line cities weigh most, as in ACLED's Ukraine data.
CITIES: tuple[tuple[str, str, float, float, float], ...] = (
    ("Bakhmut", "UA", 48.5953, 38.0003, 9),
    ("Avdiivka", "UA", 48.1394, 37.7497, 7),
    ("Kherson", "UA", 46.6354, 32.6169, 6),
    ("Zaporizhzhia", "UA", 47.8388, 35.1396, 5),
    ("Kharkiv", "UA", 49.9935, 36.2304, 5),
    ("Donetsk", "UA", 48.0159, 37.8029, 5),
    ("Kreminna", "UA", 49.0469, 38.2169, 4),
    ("Vuhledar", "UA", 47.7800, 37.2500, 3),
    ("Kyiv", "UA", 50.4501, 30.5234, 3),
    ("Odesa", "UA", 46.4825, 30.7233, 2),
    ("Dnipro", "UA", 48.4647, 35.0462, 2),
    ("Mykolaiv", "UA", 46.9750, 31.9946, 2),
    ("Belgorod", "RU", 50.5977, 36.5858, 2),
    ("Moscow", "RU", 55.7520, 37.6175, 1),
    ("Lviv", "UA", 49.8397, 24.0297, 1),
    ("Brussels", "BE", 50.8503, 4.3517, 0.5),
)
CATEGORY_MIX: dict[str, float] = {
    "military": 0.55, "war": 0.2, "statement": 0.08, "aid": 0.05, "meeting": 0.04,
    "visit": 0.03, "alliance": 0.02, "recruitment": 0.03,
}
STATUS_MIX: dict[str, float] = {"occurred": 0.8, "announced": 0.07, "assessed": 0.08, "planned": 0.03, "expected": 0.02}


def synthetic_events(n: int, seed: int = 7, start: str = "2022-02-24", days: int = 3 * 365) -> pd.DataFrame:
    """``n`` events in the event schema (as strings, like a CSV file would hold them)."""
    rng = np.random.default_rng(seed)
    weights = np.array([c[4] for c in CITIES], dtype=float)
    city = rng.choice(len(CITIES), size=n, p=weights / weights.sum())
    lat = np.array([CITIES[i][2] for i in city]) + rng.normal(0, 0.15, n)
    lon = np.array([CITIES[i][3] for i in city]) + rng.normal(0, 0.22, n)
    day = pd.Timestamp(start) + pd.to_timedelta(rng.integers(0, days, n), unit="D")
    category = rng.choice(list(CATEGORY_MIX), size=n, p=list(CATEGORY_MIX.values()))
    status = rng.choice(list(STATUS_MIX), size=n, p=list(STATUS_MIX.values()))
    place = np.array([CITIES[i][0] for i in city])
    frame = pd.DataFrame(
        {
            "id": [f"syn-{i:07d}" for i in range(n)],
            "start": day.strftime("%Y-%m-%d"),
            "end": "",
            "date_precision": "day",
            "category": category,
            "status": status,
            "attribution": "",
            "title_de": [f"Synthetisches Ereignis {i} bei {p}" for i, p in enumerate(place)],
            "title_en": [f"Synthetic event {i} near {p}" for i, p in enumerate(place)],
            "summary_de": "Synthetischer Datensatz für Last- und Skalierungstests.",
            "summary_en": "Synthetic record for load and scale tests.",
            "actors": "",
            "place": place,
            "country": [CITIES[i][1] for i in city],
            "lat": np.round(lat, 4),
            "lon": np.round(lon, 4),
            "geo_precision": "city",
            "source": "synthetic",
            "source_date": day.strftime("%Y-%m-%d"),
        }
    )
    return frame.reindex(columns=list(COLUMNS), fill_value="")


def write_synthetic_csv(path, n: int, seed: int = 7) -> None:
    synthetic_events(n, seed).to_csv(path, index=False)
