"""The number a meeting has in its series, as the head of its minutes or notice writes it ("Styrelsemöte nr 9",
"Styrelsemöte 4/2023", "SM#4", "Sektionsmöte #4", "PR#01") and as a question names it ("styrelsemöte nr 9",
"sm#4"): associations and student sections number their meetings, and members ask for them by that number."""

from __future__ import annotations

import re

from assistant.documents.lines import Line
from assistant.swedish import MEETING_WORD as _MEETING

_NUMBERED_THING = rf"(?:{_MEETING}|protokoll(?:et)?)"  # "Protokoll nr 12 2019": minutes numbered in their own series
NUMBERED = re.compile(
    rf"(?i)\b(?:(?P<series>[a-zåäö]{{2,3}})\s*#\s*|{_NUMBERED_THING}\s*(?:nr\.?|nummer|no\.?|#)\s*)"
    rf"(?P<number>\d{{1,3}})\b"
    rf"|\b{_NUMBERED_THING}\s+(?P<of_year>\d{{1,2}})\s*/\s*(?:19|20)\d\d\b")  # "Styrelsemöte 4/2023"


def meeting_number(text: str) -> tuple[str, int] | None:
    """("SM", 4) for "SM#4", ("", 9) for "Styrelsemöte nr 9": the series' letters, when it has any, and the number."""
    found = NUMBERED.search(text)
    if not found:
        return None
    return (found["series"] or "").upper(), int(found["number"] or found["of_year"])


def same_number(asked: tuple[str, int], written: tuple[str, int] | None) -> bool:
    """"sm#4" is the meeting headed "Sektionsmöte #4" or "SM#4", not "PR#4"."""
    return written is not None and asked[1] == written[1] and (asked[0] == written[0] or not asked[0] or not written[0])


def numbered_span(head: list[Line]) -> tuple[int, int] | None:
    """Where the head of the document numbers its meeting: the first such phrase in its title lines."""
    return next(((line.start + found.start(), line.start + found.end()) for line in head
                 if (found := NUMBERED.search(line.text))), None)
