import pytest

from lagebild.text import plain

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "**bold** _it_ `code` # head",
    ":red[colour] $x^2$ &amp;",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_plain_escapes_every_markup_character(text):
    escaped = plain(text)
    # every markup character is preceded by a backslash, so Markdown shows it literally
    for i, ch in enumerate(escaped):
        if ch in "<>[]()*_`#:$&":
            assert escaped[i - 1] == "\\", (text, escaped)
    assert escaped.replace("\\", "") == text.replace("\\", "")


def test_plain_renders_literally_in_markdown():
    import markdown_it as markdown
    html = markdown.MarkdownIt("commonmark").render(plain("[x](javascript:alert(1)) <b>hi</b>"))
    assert "<a" not in html and "<b>" not in html
    assert "[x](javascript:alert(1))" in html
