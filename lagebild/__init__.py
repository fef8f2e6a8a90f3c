"""Lagebild: dated, geolocated news events as a situation map and timeline.

The domain package: schema, loading, querying, layers, i18n and exports. It
never imports Streamlit; the UI in ``components/`` and ``streamlit_app.py``
is a thin shell over it.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
# LAGEBILD_EVENTS points the app at another events file (a deployment's own data, or a test's bad file).
EVENTS_CSV = Path(os.environ.get("LAGEBILD_EVENTS") or DATA_DIR / "events.csv")
