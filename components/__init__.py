"""Thin Streamlit pieces of the page: each draws from data and state, logic lives in ``lagebild``."""
