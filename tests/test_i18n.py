import datetime as dt

import pytest

from lagebild.i18n import STRINGS, format_day, format_period, t

D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "precision", "de", "en"),
    [
        (D(2023, 4, 20), None, "day", "20. April 2023", "20 April 2023"),
        (D(2023, 4, 19), D(2023, 4, 21), "day", "19.–21. April 2023", "19–21 April 2023"),
        (D(2023, 2, 1), None, "month", "Februar 2023", "February 2023"),
        (D(2022, 2, 1), D(2023, 4, 1), "month", "Februar 2022 – April 2023", "February 2022 – April 2023"),
        (D(2022, 1, 1), None, "year", "2022", "2022"),
        (D(2023, 4, 17), None, "week", "Woche vom 17. April 2023", "week of 17 April 2023"),
        (D(2023, 3, 30), D(2023, 4, 2), "day", "30. März 2023 – 2. April 2023", "30 March 2023 – 2 April 2023"),
    ],
)
def test_dates_as_precise_as_the_record(start, end, precision, de, en):
    assert format_period(start, end, precision, "de") == de
    assert format_period(start, end, precision, "en") == en


def test_day_format():
    assert format_day(D(2023, 7, 11), "de") == "11. Juli 2023"


def test_every_string_has_both_languages_and_same_placeholders():
    import re

    for key, (de, en) in STRINGS.items():
        assert de and en, key
        assert set(re.findall(r"{(\w+)}", de)) == set(re.findall(r"{(\w+)}", en)), key


def test_count_line():
    assert t("count_line", "de", shown=12, total=27) == "12 von 27 Ereignissen"
    assert t("count_line", "en", shown=12, total=27) == "12 of 27 events"
