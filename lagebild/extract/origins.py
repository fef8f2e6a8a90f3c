"""Where a way began: a place named as the origin of people, a flight or a recall is neither the scene nor an
actor ("von Polen aus in die Ukraine gefahren", "ein Ehepaar aus der Region Belgorod")."""

from __future__ import annotations

import re

from .gazetteer import PlaceMention


def is_origin(mention: PlaceMention, text: str) -> bool:
    """"von Polen aus in die Ukraine gefahren", "Kampfpanzer aus den USA in der Ukraine": where the way began,
    neither the scene nor an actor."""
    before, after = text[: mention.begin], text[mention.stop :]
    if re.search(r"\b[Vv]on\s+$", before) and re.match(r"\s+(?:aus\b|(?:reiste|flog|fuhr)\w*\s)", after) or \
            _PEOPLE_FROM.search(before) or re.search(r"\baus\s+$", before) and re.match(r"\s+kommend\b", after):
        return True  # "Von Linköping reiste er …", "aus Rom kommend", "ein Ehepaar aus der Region Belgorod"
    if re.search(r"\baus\s+(?:den|der|dem)?\s*$", before) and _ARRIVED.search(text) and \
            re.match(r"[^,.;:]*?\b(?:in|nach|auf\s+de[mn])\s", after):
        return True  # "landete eine Maschine aus Moskau-Wnukowo auf dem Flughafen von Tiflis": where it came from
    if re.search(r"\baus\s+(?:den|der|dem)?\s*$", before) and _CALLED_BACK.match(after):
        return True  # "rufe seinen Militärvertreter aus Brüssel zurück" (but troops "aus Cherson zurückgezogen": there)
    if _WORDS_FROM_BEFORE.search(before) and _WORDS_CAME.match(after):
        return True  # "Auch aus Washington und Paris kamen Glückwünsche": where the words came from
    return bool(re.search(r"\baus\s+(?:den|der|dem)?\s*$", before)  # "… aus den USA sind in der Ukraine angekommen"
                and re.match(r"\s+(?:(?:sind|ist|waren|war|wurden|wurde)\s+)?(?:in|nach)\s", after))


_WORDS_FROM_BEFORE = re.compile(r"\baus\s+(?:\S+\s+(?:und|sowie)\s+)?$")
_WORDS_CAME = re.compile(r"(?:\s+(?:und|sowie)\s+\S+)?\s+k(?:am|amen|ommen|ommt)\s+(?:\S+\s+){0,3}?(?:Glückwünsche|"
                         r"Gratulationen|Reaktionen|Kritik|Lob|Beifall|Zustimmung|Proteste|Warnungen|Signale)\b")
_CALLED_BACK = re.compile(r"\s+(?:\S+\s+){0,2}?zurück(?!gezogen|zuziehen|zieh|gedrängt|geschlagen)\w*\b")
_ARRIVED = re.compile(r"\b(?:landete[n]?|gelandet|eingetroffen|angekommen|traf(?:en)?\s+(?:\S+\s+){0,12}?ein)\b")


# (not "Fluchtkorridore für Menschen aus Mariupol": the town's people, where the corridor is)
# "seine Amtskollegen aus Baku und Jerewan": where the colleagues come from
_PEOPLE_FROM = re.compile(r"\b(?:Ehepaar|Paar|Mann|Frau|Familie|Soldaten|Kämpfer|Touristen|Gast|Gäste|"
                          r"(?:Amts)?[Kk]olleg(?:e|en|in|innen)|Vertreter(?:n|innen)?|Delegationen)\s+aus\s+"
                          r"(?:\S+\s+(?:und|sowie)\s+)?"
                          r"(?:(?:der|dem|den)\s+)?(?:(?:Region|Gebiet|Stadt)\s+)?$")
