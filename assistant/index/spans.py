"""Where a meeting's header facts and people stand in its text: the line (or table cell) a value is quoted from."""

from __future__ import annotations

import re

from assistant.documents.attendance import served_entry
from assistant.documents.lines import CELL_GAP, line_span, locate
from assistant.documents.model import Document, Member
from assistant.swedish import fold_name


def _header_end(doc: Document) -> int:
    return min([i.start for i in doc.items] or [len(doc.text)])


def fact_line(doc: Document, value: str, hint: str = "", person: bool = False) -> tuple[int, int] | None:
    """The line that states ``value`` in the document's head, preferring one that also names ``hint``; a
    ``person`` by a line that does not give the meeting's time or place."""
    text = doc.text
    limit = _header_end(doc) if doc.items else min(len(text), 4000)
    found: list[tuple[int, int]] = []
    at = 0
    while (span := locate(text, value, at, max(limit, 1))) is not None:
        found.append(span)
        at = span[1]
    if not found:
        span = locate(text, value)
        found = [span] if span else []
    if not found:
        return None
    if person:  # "Plats: Anders Nilsson, Bergsvägen 42" when the meeting was at his home: the list of those present
        found = [s for s in found if not _WHEN_OR_WHERE.match(text, line_span(text, s[0])[0])] or found  # names him
    preferred = [s for s in found if hint and hint in fold_name(_with_line_above(text, s[0]))]
    start, end = (preferred or found)[0]
    return line_span(text, start)[0], line_span(text, end - 1)[1]  # a name broken over two lines ("Dick" / "Jonsson")


_WHEN_OR_WHERE = re.compile(r"[ \t]*(?:Plats|Lokal|Tid|Datum)\b[^\n]{0,15}:", re.IGNORECASE)


def _with_line_above(text: str, at: int) -> str:
    """The line at ``at`` and the non-empty line above it: a label stands beside its value or over it ("Utses att
    justera" / "Gabriella Lönn")."""
    start, end = line_span(text, at)
    above = text[:start].rstrip()
    return text[above.rfind("\n") + 1:end]


def person_span(doc: Document, member: Member) -> tuple[int, int] | None:
    """Where a member stands in the document's head: their line (or their cell of a table row, or their entry in a
    list of running lines), preferring the line that also writes their party."""
    span = fact_line(doc, member.name, fold_name(f"({member.party})") if member.party else "", person=True)
    if not span:
        return None
    return served_entry(doc.text, span, member) or _continued(doc.text, _cell(doc.text, span, member.name))


_LABEL_CELL = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)*:?")


def _continued(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A title that goes on below ("Thinh Bui-Ljungqvist," / "bygglovshandläggare") with its next line."""
    start, end = span
    following = re.match(r"\n[ \t]*[a-zåäö][^\n]*", text[end:end + 200])
    return (start, end + following.end()) if text[start:end].rstrip().endswith(",") and following else span


def wrapped_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The cell below a table cell a line break cut mid-name ("Richard Hansson (C) ersätter Heinrich" over "Kaufmann
    (C)", same column): the cell above names whom it replaces without a party, the next line a name and party there."""
    if not re.search(r"\b(?:ersätter|i ?stället för)(?: [A-ZÅÄÖ][a-zåäöé-]+)+$", text[start:end].rstrip()) or \
            "\n" in text[start:end]:
        return None
    column = start - (text.rfind("\n", 0, start) + 1)
    below = text.find("\n", end)
    if below < 0:
        return None
    line_end = text.find("\n", below + 1)
    line = text[below + 1:line_end if line_end >= 0 else len(text)]
    for cell in re.finditer(r"\S+(?: \S+)*", line):
        if abs(cell.start() - column) <= 2 and re.fullmatch(r"[A-ZÅÄÖ][\wåäöé-]*(?: [A-ZÅÄÖ][\wåäöé-]*)* \([A-ZÅÄÖ]{1,3}\)",
                                                            cell.group()):
            return below + 1 + cell.start(), below + 1 + cell.end()
    return None


def _cell(text: str, line: tuple[int, int], name: str) -> tuple[int, int]:
    """The cell of a table row that holds the name ("Richard Hansson (C) ersätter Heinrich" beside the member
    of the first column), or the whole line."""
    start, end = line
    at = text.find(name, start, end)
    gaps = list(CELL_GAP.finditer(text, start, end))
    if at < 0 or not gaps:
        return line
    before = [g for g in gaps if g.end() <= at]
    cell_start = before[-1].end() if before else start
    label_start = before[-2].end() if len(before) > 1 else start
    if before and _LABEL_CELL.fullmatch(text, label_start, before[-1].start()):  # "Sekreterare   Amanda Toresson"
        cell_start = label_start
    cell_end = min((g.start() for g in gaps if g.start() >= at + len(name)), default=end)
    return cell_start, cell_end
