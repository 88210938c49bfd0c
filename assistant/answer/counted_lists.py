"""A list the question counts ("vilka fem övergripande strategier"), announced by a sentence of one passage ("… kan
delas in i fem övergripande strategier …") and listed in the next under a line that names them again ("Fem
övergripande strategier:²"): the points are read from the document's text after the sentence."""

from __future__ import annotations

import re

from assistant.answer.intents import NUMBER_WORDS
from assistant.answer.units import Unit
from assistant.documents.lines import split_lines
from assistant.swedish import content_terms

LOOK_AHEAD_CHARS = 1500  # the list stands this close after the sentence that counts it
MAX_POINTS = 12
_COUNTED = re.compile(rf"\bvilka\s+(?:\d+|{NUMBER_WORDS})\s+(?P<what>[a-zåäö-]+(?:\s+[a-zåäö-]+)?)")
_WHICH = re.compile(r"\bvilka\s+(?P<what>[a-zåäö-]+(?:\s+[a-zåäö-]+)?)")
_COUNTED_IN_TEXT = re.compile(rf"(?i:\b(?:\d+|{NUMBER_WORDS}))\s+(?P<what>[a-zåäö-]+(?:\s+[a-zåäö-]+)?)")
_POINT = re.compile(r"[ \t]*(?:[-•*–][ \t]|\d{1,2}[.)][ \t])")
_ANNOUNCING = re.compile(r"[^\n]{3,80}:[ \t\d¹²³⁴⁵⁶⁷⁸⁹⁰*]*")


def list_counted_after(question: str, sentence: Unit, text: str) -> list[Unit]:
    """The line naming what the question counts (or asks which of, as the sentence counts it) and the points under
    it, after ``sentence``; none when nothing asked is counted or no such list follows."""
    wanted = _counted_asked(question.casefold(), sentence.text)
    if not wanted:
        return []
    window = text[sentence.end:sentence.end + LOOK_AHEAD_CHARS]
    lines = [(sentence.end + ln.start, ln.text) for ln in split_lines(window)]
    for i, (start, line) in enumerate(lines):
        if _ANNOUNCING.fullmatch(line.strip()) and wanted <= content_terms(line):
            points = _points_under(lines[i + 1:])
            if points:
                return [Unit(start, start + len(line.rstrip()), line.rstrip())] + points
    return []


def _counted_asked(question: str, sentence: str) -> set[str]:
    """What the question counts ("vilka fem övergripande strategier"), or what the sentence counts when the question
    asks which of it ("vilka övergripande strategier" of "… delas in i fem övergripande strategier")."""
    if counted := _COUNTED.search(question):
        return content_terms(counted["what"])
    which, told = _WHICH.search(question), _COUNTED_IN_TEXT.search(sentence)
    if which and told and content_terms(which["what"]) & content_terms(told["what"]):
        return content_terms(told["what"])
    return set()


def _points_under(lines: list[tuple[int, str]]) -> list[Unit]:
    """The point lines that follow (each may carry a line of explanation under it), up to the first paragraph
    that is no point."""
    points: list[Unit] = []
    blank = False
    for start, line in lines:
        if not line.strip():
            blank = True
            continue
        if _POINT.match(line):
            points.append(Unit(start, start + len(line.rstrip()), line.rstrip()))
            blank = False
        elif blank or not points or len(points) >= MAX_POINTS:
            break
    return points[:MAX_POINTS]
