"""Lines of a document's text with their offsets, and the line and span helpers every structure parser shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

DNR = re.compile(r"\b(?:[A-ZÅÄÖ]{1,5}[- ]?\d{2,4}[-/]?\d{2,6}(?:-\d{1,3}(?:\.\d+)?)?|[A-ZÅÄÖ]{1,6}/\d{4}[:.]\d{1,5}|(?<![\d.])(?:19|20)\d\d\.\d{1,5}[ \t]+[A-ZÅÄÖ]{2,6})\b")
# "KFN/2025:1", "KF/2006.390", "2026.117 TEN"
CELL_GAP = re.compile(r"[ \t]{2,}")  # between the cells of a table row in extracted text
NUMBERED_HEADING = re.compile(r"(?:§\s*)?\d{1,3}[.)]?\s+[A-ZÅÄÖ][a-zåäö]")  # a stripped line that opens an
# item ("88 Kommundirektörens rapport", "§ 4 Ekonomi")
_LINE = re.compile(r"[^\n]*\n?")
_PAGE_NUMBER = re.compile(r"\s*\d{1,3}(?:\s*\(\d{1,3}\))?\s*")  # "3", "1(2)": page 1 of 2
PAGE_MARKER = re.compile(r"(?i:sid(?:an|a)?\.?|page)\s*\d{1,4}(?:\s*(?:/|av|of)\s*\d{1,4})?")  # "Sida 6 av 12"


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


LETTER_SPACED = re.compile(r"\w(?:[ \t]{1,3}\w){3,}")  # "S T A D G A R", "f  i  l  m  s  t  u  d  i  o"
# a banner over a letterhead: a jubilee ("54 ÅR", "1970 - 2024") with its name set letter-spaced ("L A N D S K R O N A")
_JUBILEE = re.compile(r"\d{1,3}\s+(?i:år)")
_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")


def banner_lines(lines: list[Line]) -> list[tuple[int, int]]:
    """The spans of each run of lines that is a jubilee's banner: years, a jubilee and letter-spaced names, one of
    them a jubilee or years beside a letter-spaced name. Years alone may go on a title ("Verksamhetsberättelse" /
    "2019-2020"), a letter-spaced word alone may be the title ("S T A D G A R")."""
    spans: list[tuple[int, int]] = []
    run: list[Line] = []
    for line in lines + [Line(0, 0, "end")]:
        if not line.stripped or any(p.fullmatch(line.stripped) for p in (LETTER_SPACED, _JUBILEE, _YEARS)):
            run += [line] if line.stripped else []
            continue
        said = [ln.stripped for ln in run]
        if any(_JUBILEE.fullmatch(t) for t in said) or any(_YEARS.fullmatch(t) for t in said) and \
                any(LETTER_SPACED.fullmatch(t) for t in said):
            spans += [(ln.start, ln.end) for ln in run]
        run = []
    return spans


def without_banner(lines: list[Line]) -> list[Line]:
    banner = set(banner_lines(lines))
    return [line for line in lines if (line.start, line.end) not in banner]


def unspaced(text: str) -> str:
    """A line set letter-spaced, read as its word: "S T A D G A R" is "STADGAR"."""
    return re.sub(r"\s+", "", text) if LETTER_SPACED.fullmatch(text) else text


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_CONTENTS_HEADING = re.compile(r"(?:innehåll|innehållsförteckning|ärendeförteckning|ärendelista)(?:\s+(?:innehåll|sida|sid\.?|sidor))*"
                               r"\s*:?|(?:(?:beslut|rubrik|ärende|ärenden|paragraf|§|dnr|diarienummer|nr)\s+){2,5}"
                               r"(?:sida|sid\.?|sidor)", re.IGNORECASE)  # a table header: "Innehåll  Sida", "Beslut  Rubrik  Ärende  Sida"
_CONTINUED = re.compile(r"(?:[A-ZÅÄÖ]{2,6}\s+)?§\s*\d{1,4}\s*[.:]?\s*(?:\(forts(?:\.|ättning)?\)|forts(?:\.|ättning)?)(?:\s.*)?"
                        r"|(?:forts(?:\.|ättning)?|\(forts\.?\))\s*§\s*\d{1,4}.*", re.IGNORECASE)
_PAGE_REFERENCE = re.compile(r"\S.*\s\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*")  # "§  34 Informationsärenden  6 - 7"
_ENTRY_NUMBER = re.compile(r"(?:[A-ZÅÄÖ]{2,6}\s+)?(§\s*\d{1,4})\b")  # "§ 30", the paragraph's "KFN § 30"
CONTENTS_GAP = 8  # lines without a page reference that end a table of contents
CONTENTS_MIN_ENTRIES = 3
VERTICAL_RUN = 6


def continued_items(lines: list[Line]) -> list[tuple[int, int]]:
    """"§ 71 forts  Dnr 2023/314" at the top of a page where a paragraph goes on: furniture, not a new item."""
    return [(ln.start, ln.end) for ln in lines if _CONTINUED.fullmatch(ln.stripped)]


def vertical_text(lines: list[Line]) -> list[tuple[int, int]]:
    """Text set sideways in a margin ("Signature reference …" of an e-signed PDF) comes out one character per
    line: a run of at least VERTICAL_RUN such lines (blank lines between them aside) is furniture."""
    spans: list[tuple[int, int]] = []
    run: list[Line] = []
    for line in [*lines, Line(0, 0, "end")]:
        if len(line.stripped) == 1:
            run.append(line)
        elif line.stripped:
            if len(run) >= VERTICAL_RUN:
                spans += [(ln.start, ln.end) for ln in run]
            run = []
    return spans


# the boxes municipal minutes print under every paragraph or page: who signs, that the extract is certified
_STAMP = (r"(?:Expedierat/bestyrkt|Justerandes sign(?:atur|\.)|Ordförandes sign(?:atur|\.)|Utdragsbestyrkande"
          r"|Justeras omedelbart|Paragrafen är justerad)")
STAMPS = re.compile(rf"[ \t]*{_STAMP}(?:[ \t]+{_STAMP})*[ \t]*")


def stamp_lines(lines: list[Line]) -> list[tuple[int, int]]:
    return [(ln.start, ln.end) for ln in lines if STAMPS.fullmatch(ln.text) or SITE_LINK.fullmatch(ln.stripped)]


# a municipal website's own links, printed with every page saved from it: skip navigation, print, share, listen,
# the day the page last changed
SITE_LINK = re.compile(r"(?i:hoppa (?:över|till) (?:navigering(?:en)?|(?:huvud)?innehåll(?:et)?)"
                       r"|gå (?:direkt )?till (?:huvud)?innehåll(?:et)?|till innehållet|skriv ut(?: sidan)?"
                       r"|dela(?: sidan)?|lyssna|talande webb|tipsa en vän)"
                       r"|(?i:senast (?:uppdaterad|ändrad)|sidan (?:uppdaterades|ändrades|publicerades))\b.{0,40}")


def contents_listing(lines: list[Line]) -> list[tuple[int, int]]:
    """A table of contents under its heading ("Innehåll … § 33 Verksamhetsberättelse 2024  5"): from the heading
    to its last entry that ends in a page number or range, or a list of paragraphs without pages ("Ärendelista" /
    "§ 30  KFN/2026:21" / title …) whose numbers the minutes then head their paragraphs with ("KFN § 30"). It
    repeats the items' titles and numbers, so it is furniture, not content."""
    for i, line in enumerate(lines):
        if not _CONTENTS_HEADING.fullmatch(line.stripped):
            continue
        paged, unpaged, last, gap, listed, repeated = 0, 0, None, 0, set(), False
        for following in lines[i + 1:]:
            number = _ENTRY_NUMBER.match(following.stripped)
            key = number.group(1).replace(" ", "") if number else ""
            if key and key in listed:
                repeated = True
                break  # the first item itself, after its entry in the listing
            if _PAGE_REFERENCE.fullmatch(following.text) and not is_page_number(following):
                paged, last, gap = paged + 1, following, 0
            elif key:
                unpaged, last, gap = unpaged + 1, following, 0
            elif following.stripped:
                gap += 1
                if gap > CONTENTS_GAP:
                    break
            listed |= {key} if key else set()
        if last is not None and (paged >= CONTENTS_MIN_ENTRIES or repeated and unpaged >= CONTENTS_MIN_ENTRIES):
            return [(line.start, last.end)]
    return []


def line_span(text: str, at: int) -> tuple[int, int]:
    """The line around offset ``at``, without surrounding white space and table pipes."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    while start < end and text[start] in " \t|":
        start += 1
    while end > start and text[end - 1] in " \t|":
        end -= 1
    return start, end


def locate(text: str, value: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where ``value`` stands in ``text[start:end]``, allowing other white space or ``<br>`` between its words
    (parsers join wrapped lines and table cells)."""
    words = value.split()
    if not words:
        return None
    pattern = r"(?:\s|<br\s*/?>)+".join(re.escape(w) for w in words)
    match = re.compile(pattern).search(text, start, len(text) if end is None else end)
    return match.span() if match else None
