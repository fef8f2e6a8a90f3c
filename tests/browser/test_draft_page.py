"""The "Draft from article" page in a real browser: draft, review provenance, add to the session."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser


def test_draft_from_the_seed_article_and_add_it_to_the_session(page, server, article_text):
    page.goto(server)
    wait_for_app(page)
    page.locator("[data-testid='stSidebarNav']").get_by_text("Entwurf aus Artikel").click()
    page.get_by_label("Artikeltext").fill(article_text)
    page.get_by_role("button", name="Entwurf erstellen").click()
    page.wait_for_function("() => /\\d+ vorgeschlagene Ereignisse prüfen/.test(document.body.innerText)",
                           timeout=90_000)
    proposed = int(re.search(r"(\d+) vorgeschlagene", page.locator("[data-testid='stMain']").inner_text()).group(1))
    assert proposed >= 10
    # provenance: open the first event and find highlighted words
    first = page.locator("[data-testid='stExpander']").first
    first.click()
    # field names and notes in the page's language
    expect(first).to_contain_text("Datum: „vor knapp 14 Monaten“", timeout=15_000)
    expect(first).to_contain_text("passt zum bekannten Datum")
    screenshot(page, "draft_page")
    page.get_by_role("button", name=re.compile("Ereignisse zur Sitzung hinzufügen")).click()
    page.wait_for_function("() => document.body.innerText.includes('Sie erscheinen im Lagebild')", timeout=60_000)
    page.locator("[data-testid='stSidebarNav']").get_by_text("Lagebild").click()
    wait_for_app(page)
    page.wait_for_function(f"() => document.body.innerText.includes('von {27 + proposed} Ereignissen')",
                           timeout=60_000)
