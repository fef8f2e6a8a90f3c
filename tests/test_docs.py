"""The docs next to the code stay in step with it."""

from lagebild import ROOT, vocab
from lagebild.schema import COLUMNS


def test_data_readme_documents_every_column_and_term():
    text = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"`{column}`" in text, column
    for key in vocab.CATEGORY_KEYS + vocab.STATUS_KEYS:
        assert f"`{key}`" in text, key


def test_readme_has_run_and_test_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<!-- run-command -->" in text and "streamlit run streamlit_app.py" in text
    assert "<!-- test-command -->" in text and "python -m pytest" in text
