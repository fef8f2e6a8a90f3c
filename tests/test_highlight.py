from lagebild.highlight import highlighted


def test_fields_are_coloured_and_the_rest_escaped():
    text = "Am Mittwoch kündigten die USA in Washington <b>Hilfe</b> an."
    md = highlighted(text, 0, len(text), {"start": [(0, 11)], "place": [(33, 43)]})
    assert md.startswith(":blue-background[Am Mittwoch]")
    assert ":green-background[Washington]" in md
    assert "\\<b\\>Hilfe\\</b\\>" in md  # untrusted markup stays literal


def test_overlaps_and_out_of_range_spans_are_ignored():
    text = "abc def ghi"
    md = highlighted(text, 4, 11, {"start": [(4, 7)], "place": [(5, 9)], "actors": [(0, 2)]})
    assert md.count("background[") == 1 and ":blue-background[def]" in md
