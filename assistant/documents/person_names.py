"""Whether a piece of text is a person's name ("Anna Green Svensson", "Leif-Jöran af Ekström"), and the names
before what a person is or stands for."""

from __future__ import annotations

import itertools
import re

from assistant.documents.lines import CELL_GAP


def names_only(value: str) -> str:
    """"Ronny Kuylenstierna, Systemadministratör CYD-poolen" → "Ronny Kuylenstierna": the names before what the
    person is or stands for (a title, a section, an acronym); "Anna Berg, Bo Ek" stays two names."""
    parts = [p.strip() for p in value.split(",")]
    names = list(itertools.takewhile(is_personal_name, parts))
    return ", ".join(names) if names else value


def is_personal_name(part: str) -> bool:
    words = part.split()
    return 2 <= len(words) <= 4 and all(w in ("af", "von", "de") or re.fullmatch(r"[A-ZÅÄÖÉÜ][a-zåäöéü'-]+"
                                                                                 r"(?:-[A-ZÅÄÖÉÜ][a-zåäöéü']+)?", w)
                                        for w in words)


def names_as_written(found: str) -> str:
    """The names a pattern found, on one line and without the sentence's closing mark."""
    return " ".join(found.split()).rstrip(" .,")


def names_row(line: str) -> bool:
    """A table's row of names, one a cell ("Håkan Lövgren  Robert Karlsson  Bengt Svahn")."""
    return bool(CELL_GAP.search(line)) and all(is_personal_name(cell) for cell in CELL_GAP.split(line.strip()))
