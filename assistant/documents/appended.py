"""Minutes of earlier meetings appended to a document: the previous meeting's minutes in an agenda pack for
their approval ("Föregående mötesprotokoll, se bilaga"), or an extra meeting's minutes as an attachment to the
next one's. Each runs from its title ("Protokoll sektionsmöte 2017-04-06") to its closing ("Mötets
avslutande") and its signatures, and is dated by its title, not by the document it is appended to. A page that
lists a year's meetings holds each meeting's paragraphs under its date ("2017-02-23 Till protokollet>>")."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.documents.lines import CELL_GAP, split_lines
from assistant.documents.dates import parse_date
from assistant.documents.model import AgendaItem

_TITLE = re.compile(r"(?:justerat |justerade )?(?:protokoll|mötesprotokoll|sammanträdesprotokoll)\b[^\n]{0,80}",
                    re.IGNORECASE)
_OPENING = re.compile(r"mötets öppnande|mötet öppnas|öppnar mötet|förklarar mötet öppnat|närvarande", re.IGNORECASE)
_CLOSING = re.compile(r"mötets avslutande|avslutar mötet|förklarar mötet avslutat|mötet avslutas", re.IGNORECASE)
OWN_HEAD_CHARS = 1500  # the document's own title stands before this
OPENING_WITHIN = 2500  # an appended minutes' opening item follows its title within this
DATE_LINE_CHARS = 30  # "2018-05-04" alone under a title that names no date
SIGNATURES_CHARS = 800  # the signatures after the closing item, unless an attachment's heading comes first
_ATTACHMENT = re.compile(r"^[ \t]*Bilaga\b", re.MULTILINE | re.IGNORECASE)
# "2017-02-23 Till protokollet>>" over "§ 10 Remissvar …" or "• § 72 Val av justerare": a date heading its
# meeting's paragraphs
_DATE_OVER_PARAGRAPH = re.compile(r"^[ \t]*(?P<day>(?:19|20)\d\d-\d\d-\d\d)(?:[ \t]+[^\n\d§]{1,30})?[ \t]*\n"
                                  r"(?:[ \t]*\n)*[ \t]*(?:[•·*–-][ \t]*)?§[ \t]*\d", re.MULTILINE)


def appended_minutes(text: str, own_date: str) -> list[tuple[int, int, str]]:
    """``(start, end, date)`` of each appended minutes whose date is not the document's own; the next one's
    title ends the one before."""
    found: list[tuple[int, int, str]] = []
    lines = split_lines(text)
    for at, line in enumerate(lines):
        if line.start < OWN_HEAD_CHARS or not _TITLE.fullmatch(CELL_GAP.split(line.stripped)[0]):
            continue
        day = parse_date(line.stripped) or next((d for ln in lines[at + 1:at + 4] if len(ln.stripped) <= DATE_LINE_CHARS
                                                 and (d := parse_date(ln.stripped))), "")  # the date under the title
        if not day or day == own_date or found and found[-1][2] == day and line.start < found[-1][1] or \
                not _OPENING.search(text, line.start, line.start + OPENING_WITHIN):
            continue
        if found and line.start < found[-1][1]:
            found[-1] = (found[-1][0], line.start, found[-1][2])
        closing = _CLOSING.search(text, line.start)
        end = min(len(text), closing.end() + SIGNATURES_CHARS) if closing else len(text)
        if closing and (attachment := _ATTACHMENT.search(text, closing.end(), end)):
            end = attachment.start()
        found.append((line.start, end, day))
    return found


def listed_meetings(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, date)`` of each meeting a page lists with its paragraphs under its date, at least two; the
    next date ends the one before."""
    heads = [(m.start(), m["day"]) for m in _DATE_OVER_PARAGRAPH.finditer(text)]
    if len({day for _, day in heads}) < 2:
        return []
    ends = [start for start, _ in heads[1:]] + [len(text)]
    return [(start, end, day) for (start, day), end in zip(heads, ends)]


def meetings_inside(text: str, own_date: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The meetings recorded inside a document on days of their own (appended minutes, else those a page lists),
    and where each meeting inside it begins, its own too."""
    if appended := appended_minutes(text, own_date):
        return appended, [start for start, _, _ in appended]
    listed = listed_meetings(text)
    return [m for m in listed if m[2] != own_date], [start for start, _, _ in listed]


def ended_by_meetings(items: list[AgendaItem], starts: list[int]) -> list[AgendaItem]:
    """The items, each ending where the next meeting recorded in the document begins, if that is before its end."""
    return [replace(item, end=min([item.end] + [s for s in starts if item.start < s])) for item in items]


def date_at(appended: list[tuple[int, int, str]], offset: int, own_date: str) -> str:
    """The date of the meeting the text at ``offset`` records."""
    return next((day for start, end, day in appended if start <= offset < end), own_date)
