"""German (Duden) transliteration of Ukrainian and Russian Cyrillic place names, as German newsrooms spell them."""

from __future__ import annotations

# Central Asia and the South Caucasus: German spells their towns after the Russian name (Андижан → Andischan).
RUSSIAN_SPELLED = frozenset({"KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM"})

# German (Duden) transliteration of Cyrillic, as German newsrooms spell places in the theatre:
# Авдіївка → Awdijiwka, Харків → Charkiw, Запоріжжя → Saporischschja, Белгород → Belgorod.
_COMMON = {"а": "a", "б": "b", "в": "w", "д": "d", "е": "e", "ж": "sch", "з": "s", "к": "k", "л": "l", "м": "m",
           "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
           "ч": "tsch", "ш": "sch", "щ": "schtsch", "ь": "", "ъ": "", "ю": "ju", "я": "ja", "й": "j", "'": "",
           "’": "", "-": "-", " ": " "}  # fmt: skip
_UKRAINIAN = {**_COMMON, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "ji", "є": "je"}
_RUSSIAN = {**_COMMON, "г": "g", "и": "i", "ы": "y", "э": "e", "ё": "jo"}
_UKRAINIAN_ONLY, _RUSSIAN_ONLY = set("іїєґ"), set("ыэёъ")
_VOWELS = set("аеєиіїоуюяыэё")


def german_transliteration(name: str, country: str = "UA") -> str | None:
    """The Duden transliteration of a Ukrainian or Russian Cyrillic name (None for other scripts).

    The letters tell the language (і, ї, є, ґ: Ukrainian; ы, э, ё, ъ: Russian), else the city's country does
    (Russia, Belarus, Central Asia, the South Caucasus: Russian). An "s" between vowels is doubled, as German
    spells the voiceless sound (Одеса → Odessa, Часів Яр → Tschassiw Jar).
    """
    lower = name.lower()
    letters = set(lower)
    ukrainian, russian = bool(letters & _UKRAINIAN_ONLY), bool(letters & _RUSSIAN_ONLY)
    if not lower or (ukrainian and russian) or not letters <= set(_UKRAINIAN) | set(_RUSSIAN):
        return None
    table = _RUSSIAN if russian or (not ukrainian and country in RUSSIAN_SPELLED | {"RU", "BY"}) else _UKRAINIAN
    spelled = []
    for i, ch in enumerate(lower):
        between_vowels = 0 < i < len(lower) - 1 and lower[i - 1] in _VOWELS and lower[i + 1] in _VOWELS
        spelled.append("ss" if ch == "с" and between_vowels else table[ch])
    words = "".join(spelled)
    return "-".join(" ".join(w.capitalize() for w in part.split(" ")) for part in words.split("-"))
