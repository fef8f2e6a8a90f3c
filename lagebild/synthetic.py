"""Synthetic, ACLED-shaped event sets for benchmarks and scale tests.

Events cluster around real places of the region, spread over three years, with
a realistic skew towards military events near the front. Deterministic per seed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

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


# ACLED's own layout (its CSV export), for scale tests of the real import path.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "iso", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
# (event_type, share, sub-event types): roughly ACLED's Ukraine mix since 2022 (shelling dominates).
ACLED_EVENT_TYPES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("Explosions/Remote violence", 0.68,
     ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED")),
    ("Battles", 0.20, ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")),
    ("Strategic developments", 0.06, ("Disrupted weapons use", "Looting/property destruction", "Arrests")),
    ("Violence against civilians", 0.03, ("Attack", "Abduction/forced disappearance")),
    ("Protests", 0.025, ("Peaceful protest", "Protest with intervention")),
    ("Riots", 0.005, ("Violent demonstration", "Mob violence")),
)
ACLED_ACTORS: tuple[str, ...] = (
    "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", "Civilians (Ukraine)",
    "Protesters (Ukraine)", "Wagner Group", "Police Forces of Ukraine (2019-)", "Protesters (Russia)",
    "Military Forces of Russia (2000-) Air Force", "Military Forces of Ukraine (2019-) Air Force",
    "Unidentified Armed Group (Ukraine)",
)
ACLED_SOURCES: tuple[str, ...] = (
    "Ukrainska Pravda", "Ministry of Defence of Ukraine", "Suspilne Media", "Ministry of Defence of Russia",
    "Kyiv Independent", "Interfax", "Liga", "RBC Ukraine",
)
_COUNTRY = {"UA": ("Ukraine", 804), "RU": ("Russia", 643), "BE": ("Belgium", 56)}
_ADMIN1 = {
    "Bakhmut": "Donetsk", "Avdiivka": "Donetsk", "Donetsk": "Donetsk", "Vuhledar": "Donetsk", "Kherson": "Kherson",
    "Zaporizhzhia": "Zaporizhia", "Kharkiv": "Kharkiv", "Kreminna": "Luhansk", "Kyiv": "Kyiv City", "Odesa": "Odesa",
    "Dnipro": "Dnipropetrovsk", "Mykolaiv": "Mykolaiv", "Belgorod": "Belgorod", "Moscow": "Moscow",
    "Lviv": "Lviv", "Brussels": "Brussels",
}


def _pick(codes: np.ndarray, values) -> pa.Array:
    """``values[codes]`` as a dictionary-encoded Arrow string array, without a Python object per row."""
    unique, position = np.unique(np.asarray(list(values), dtype=object).astype(str), return_inverse=True)
    return pa.DictionaryArray.from_arrays(pa.array(position[codes].astype(np.int32)), pa.array(unique.tolist()))


def synthetic_acled_table(n: int, seed: int = 11, start: str = "2022-02-24", days: int = 3 * 365) -> pa.Table:
    """``n`` events in ACLED's export layout, clustered around real cities over three years.

    Vectorised (numpy, Arrow compute) so that a million rows take a few seconds.
    ``time_precision`` 2/3 (week/month) dates are left as drawn, as ACLED codes a day inside the period.
    """
    rng = np.random.default_rng(seed)
    weights = np.array([c[4] for c in CITIES], dtype=float)
    city = rng.choice(len(CITIES), size=n, p=weights / weights.sum())
    lat = np.array([c[2] for c in CITIES])[city] + rng.normal(0, 0.15, n)
    lon = np.array([c[3] for c in CITIES])[city] + rng.normal(0, 0.22, n)
    day_codes = rng.integers(0, days, n)
    day_names = pd.date_range(start, periods=days, freq="D").strftime("%Y-%m-%d")
    kind = rng.choice(len(ACLED_EVENT_TYPES), size=n, p=[e[1] for e in ACLED_EVENT_TYPES])
    sub_codes = kind * 3 + rng.integers(0, 3, n)
    sub_names = [e[2][i % len(e[2])] for e in ACLED_EVENT_TYPES for i in range(3)]
    actor1_codes = rng.integers(0, len(ACLED_ACTORS), n)
    actor2_codes = np.where(rng.random(n) < 0.6, rng.integers(0, len(ACLED_ACTORS), n), len(ACLED_ACTORS))
    country_codes = [_COUNTRY[c[1]] for c in CITIES]
    place = _pick(city, [c[0] for c in CITIES])
    date_text = _pick(day_codes, day_names)
    actor1 = _pick(actor1_codes, ACLED_ACTORS)
    sub = _pick(sub_codes, sub_names)
    ids = pc.binary_join_element_wise("UKR", pc.cast(pa.array(np.arange(1, n + 1)), pa.string()), "")
    notes = pc.binary_join_element_wise(
        "On ", date_text.dictionary_decode(), ", ", actor1.dictionary_decode(), ": ",
        pc.utf8_lower(sub.dictionary_decode()), " in ", place.dictionary_decode(), ".", "",
    )
    columns = {
        "event_id_cnty": ids,
        "event_date": date_text,
        "time_precision": pa.array(rng.choice([1, 2, 3], size=n, p=[0.9, 0.07, 0.03])),
        "event_type": _pick(kind, [e[0] for e in ACLED_EVENT_TYPES]),
        "sub_event_type": sub,
        "actor1": actor1,
        "actor2": _pick(actor2_codes, [*ACLED_ACTORS, ""]),
        "country": _pick(city, [c[0] for c in country_codes]),
        "iso": pa.array(np.array([c[1] for c in country_codes])[city]),
        "admin1": _pick(city, [_ADMIN1[c[0]] for c in CITIES]),
        "location": place,
        "latitude": pa.array(np.round(lat, 4)),
        "longitude": pa.array(np.round(lon, 4)),
        "geo_precision": pa.array(rng.choice([1, 2, 3], size=n, p=[0.8, 0.15, 0.05])),
        "source": _pick(rng.integers(0, len(ACLED_SOURCES), n), ACLED_SOURCES),
        "notes": notes,
        "fatalities": pa.array(rng.poisson(0.4, n)),
    }
    return pa.table(columns)


def synthetic_acled(n: int, seed: int = 11, start: str = "2022-02-24", days: int = 3 * 365) -> pd.DataFrame:
    """:func:`synthetic_acled_table` as a DataFrame (repeated texts as categoricals)."""
    return synthetic_acled_table(n, seed, start, days).to_pandas()


def write_synthetic_acled_parquet(path, n: int, seed: int = 11) -> None:
    pq.write_table(synthetic_acled_table(n, seed), path)
