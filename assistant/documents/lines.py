"""Lines of a document's text with their offsets, and the line and span helpers every structure parser shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

DNR = re.compile(r"\b(?:[A-ZÅÄÖ]{1,5}[- ]?\d{2,4}[-/]?\d{2,6}(?:-\d{1,3}(?:\.\d+)?)?)\b")
_LINE = re.compile(r"[^\n]*\n?")
_PAGE_NUMBER = re.compile(r"\s*\d{1,3}\s*")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # without the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str) -> list[Line]:
    lines = []
    for match in _LINE.finditer(text):
        if not match.group():
            break
        raw = match.group().rstrip("\n")
        lines.append(Line(match.start(), match.start() + len(raw), raw))
    return lines


def is_page_number(line: Line) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(line.text))


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
