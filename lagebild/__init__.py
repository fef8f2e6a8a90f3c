"""Lagebild: dated, geolocated news events as a situation map and timeline.

The domain package: schema, loading, querying, layers, i18n and exports. It
never imports Streamlit; the UI in ``components/`` and ``streamlit_app.py``
is a thin shell over it.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
EVENTS_CSV = DATA_DIR / "events.csv"
