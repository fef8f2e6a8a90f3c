"""The gazetteer of named places (``data/places.csv``): one source for place coordinates."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from . import DATA_DIR

PLACES_CSV = DATA_DIR / "places.csv"

# Places labelled on every map, whatever the filters: the article's main stages.
KEY_PLACES: tuple[str, ...] = ("kyiv", "brussels", "ramstein", "moscow", "dnipro-front")


@lru_cache(maxsize=1)
def load_places() -> pd.DataFrame:
    return pd.read_csv(PLACES_CSV, dtype={"key": str, "country": str}, keep_default_na=False)


def label(row: pd.Series, lang: str) -> str:
    return str(row["name_de"] if lang == "de" else row["name_en"])
