"""What kind of document a text is: an agenda, minutes, a report, a governing document … from the words of its
title lines, then from what its text does (minutes record decisions), then from its file name."""

from __future__ import annotations

import re

from assistant.documents.model import Structure
from assistant.swedish import fold

FIRST_PAGE_CHARS = 4000
DOC_TYPES = (  # (type, pattern), tried in the order they occur in the title lines
    ("justerat protokoll", r"justerat\s+protokoll"),
    ("kallelse", r"kallelse|\bhärmed kallas\b|\bkallas\b(?: härmed)? [^.]{0,60}\btill\b"),  # "Härmed kallas …"
    ("föredragningslista", r"föredragningslista"),
    ("dagordning", r"dagordning"),
    ("protokoll", r"\w*protokoll(?![a-zåäö])|protokoll\s+fört|\w*anteckningar\b"),
    ("tjänsteskrivelse", r"tjänsteskrivelse|tjänsteutlåtande"),
    ("bilaga", r"^\s*(?:bilaga|motion(?:er)?\b|proposition\b|förslag till\b(?! (?:dagordning|föredragningslista))"
               r"|\w+s förslag\b)"),
    ("rapport", r"\w*rapport(?![a-zåäö])|verksamhetsberättelse"),
)
NOT_MEETINGS = {"bilaga", "tjänsteskrivelse", "rapport"}  # documents of their own date, not a meeting's
_DECIDED = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutades|beslöts|väljer|valdes|godkändes|fastställdes|"
                      r"bifölls|antogs|lades till handlingarna|läggs till handlingarna)\b", re.IGNORECASE)
TITLE_WORDS = {"justerat protokoll": "Justerat protokoll", "kallelse": "Kallelse", "föredragningslista": "Föredragningslista",
               "dagordning": "Dagordning", "protokoll": "Protokoll"}
_HELD = re.compile(r"\b(?:öppnades|förklarades öppnat|avslutades|förklarades avslutat)\b", re.IGNORECASE)  # it took place


def doc_type(lines: list[str]) -> str:
    for line in lines:
        found = [(m.start(), kind) for kind, pattern in DOC_TYPES if (m := re.search(pattern, line, re.IGNORECASE))]
        if found:
            return min(found)[1]
    return ""


def doc_type_from_text(text: str, structure: Structure) -> str:
    """Minutes record decisions and who was there; a list of items without them is an agenda; an officer's
    report to the board is headed by who handles the case ("Handläggare:") and its case number."""
    head = text[:FIRST_PAGE_CHARS // 4]
    if re.search(r"^\s*Handläggare\s*:", head, re.MULTILINE) and re.search(r"^\s*(?:Diarienr|Dnr|Diarienummer)\b", head,
                                                                         re.MULTILINE | re.IGNORECASE):
        return "tjänsteskrivelse"
    if "Beslut" in {label for item in structure.items for label in item.fields} or \
            len(_DECIDED.findall(text)) + len(_HELD.findall(text)) >= 2 or \
            re.search(r"^\s*Närvarande\b", text[:FIRST_PAGE_CHARS], re.MULTILINE):
        return "protokoll"
    return "dagordning" if len(structure.items) >= 3 else ""


def fold_words(words: str) -> str:
    """File names often spell without å, ä, ö: "foredragningslista" → "föredragningslista"."""
    known = {fold(kind): kind for kind, _ in DOC_TYPES}
    return " ".join(known.get(w.casefold(), w) for w in words.split())
