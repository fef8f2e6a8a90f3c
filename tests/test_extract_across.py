"""Drafting rules found by sorting the misses of all development reports by what alone kept a draft from matching
(only its place, only its category, only its actors), not from one round's held-out reports. Each test fails
without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from tests.drafting import only

FEB09, OCT12, SEP22 = dt.date(2024, 2, 9), dt.date(2022, 10, 12), dt.date(2023, 9, 22)


def test_the_war_recalled_in_a_sentence_about_elsewhere_is_placed_in_ukraine():
    text = ("Ende kommender Woche kommt in München die Sicherheitskonferenz zusammen, knapp zwei Jahre nach dem "
            "russischen Überfall vom 24. Februar 2022.")
    war, provenance = only(text, published=FEB09, category="war")
    assert (war["place"], war["geo_precision"], str(war["start"].date())) == ("Ukraine", "country", "2022-02-24")
    assert "war_territory" in {n.key for n in provenance.notes}
    signed, _ = only("Putin hat gestern im Moskauer Kreml die Verträge über die Eingliederung der Gebiete in die "
                     "Russische Föderation unterzeichnet.", published=dt.date(2022, 10, 1), category="war")
    assert signed["place"] == "Moscow"  # the sentence's own war event keeps the place it names


def test_a_states_strike_on_another_country_happens_there_not_at_home():
    hit, _ = only("Zwei Tage später überzog Russland die gesamte Ukraine mit Raketenangriffen.", published=OCT12)
    assert (hit["category"], hit["place"]) == ("military", "Ukraine")
    aimed, _ = only("In der Nacht zu Donnerstag überzog Russland die Ukraine erneut mit Raketen.", published=SEP22)
    assert aimed["place"] == "Ukraine"
