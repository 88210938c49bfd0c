"""Accent marks that a PDF's text holds apart from their letters.

LaTeX without T1 fonts draws "ä" as a diaeresis glyph and an "a", so the extracted text reads "Allm¨ant" or
"Ordfo¨rande": no search for "allmänt" or "ordförande" finds it.
"""

from __future__ import annotations

import re
import unicodedata

# the spacing marks, as the combining characters they stand for
_SPACING_MARKS = {"¨": "\u0308", "˚": "\u030a", "´": "\u0301", "`": "\u0300"}
_BOTH_SIDES = "¨˚"  # an acute or grave stands before its letter; alone after a letter it is an apostrophe
_ACCENTED = set("äöüëïåéèáàíóúÄÖÜËÏÅÉÈÁÀÍÓÚ")


def with_accents(text: str) -> str:
    """Spacing accent marks joined to the letter they stand over: "Allm¨ant" is "Allmänt", "Ordfo¨rande"
    "Ordförande". A mark that makes no accented letter with its neighbour stays. A combining mark after its letter
    ("Mo\u0308tet", as XeTeX and macOS write it) is composed with it."""
    text = composed(text)
    if not any(mark in text for mark in _SPACING_MARKS):
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        mark = _SPACING_MARKS.get(text[i])
        after = _accented(text[i + 1], mark) if mark and i + 1 < len(text) else ""
        before = _accented(out[-1], mark) if mark and out and text[i] in _BOTH_SIDES else ""
        if after:
            out.append(after)
            i += 2
            continue
        if before:
            out[-1] = before
        else:
            out.append(text[i])
        i += 1
    return "".join(out)


_COMBINED = re.compile(r"[^\W\d_][\u0300-\u036f]+")  # a letter and the combining marks after it


def composed(text: str) -> str:
    """"Mo\u0308tet" → "Mötet": each letter with its combining marks composed (NFC), nothing else of the text touched
    (NFC would also change a compatibility ideograph)."""
    return _COMBINED.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)


def _accented(letter: str, mark: str) -> str:
    composed = unicodedata.normalize("NFC", letter + mark)
    return composed if composed in _ACCENTED else ""
