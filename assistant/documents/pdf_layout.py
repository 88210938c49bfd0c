"""PDF lines with their layout: running headers and footers, headings and bold run-in labels (lines and their reading
order: ``pdf_reading``).

pdfplumber gives every character with its font, size and position. From the words we build (with
``pdf_text``) the text we store: lines in reading order, two columns one after the other, table cells of a row on one line (two
spaces between cells), paragraphs separated by a blank line, pages by a blank line. Offsets into that text
record the lines that recur at the top or bottom of most pages (running headers and footers, page numbers:
noise), headings (larger or bold lines, level by numbering depth or size) and bold words that open a line
("Beslut:"). A page whose characters cannot be placed (rotated text, odd encodings) is left to the caller's
plain-text fallback.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import pdfplumber

from assistant.documents.accents import with_accents
from assistant.documents.fields import field_label
from assistant.documents.pdf_fonts import FontRepairs, RepairingResourceManager, choose_ligatures, font_repairs
from assistant.documents.lines import PAGE_MARKER, Line as PlainLine
from assistant.documents.pdf_reading import Line, Word, group_lines, reading_order
from assistant.swedish import MONTHS

Span = tuple[int, int]

MARGIN = 0.13  # share of the page height at its top and bottom where running headers and footers stand
EDGE_LINES = 3  # at most this many lines at each end of a page can be running headers or footers
PARAGRAPH_GAP = 0.65  # vertical white space, in font sizes, that ends a paragraph
MIN_PLACED = 0.7  # share of a page's characters the layout must place; else the page is left to pypdf
HEADING_SIZE = 1.12  # a line this much larger than body text is a heading
HEADING_CHARS = 150
SIMILAR = 0.6  # running lines read by OCR differ a little from page to page
SAME_PLACE = 0.03  # share of the page height within which a running line stands on every page
NEAR_PAGES = 4  # compared with this many pages before and after
TOUCHING = 2.0  # points between lines of one letterhead

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b\b|-b\b", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"(?:sid(?:an|a)?\.?\s*|page\s*)?\d{1,4}(?:\s*(?:/|av|\(|of)\s*\d{1,4}\)?)?|[-–]\s*\d{1,4}\s*[-–]", re.IGNORECASE)
_ITEM_ALONE = re.compile(r"(?:[A-ZÅÄÖ]{2,6}\s+)?§\s*\d+")  # "§ 12", "SBN § 39"
_BESIDE_PAGE_MARKER = re.compile(rf"\s+{PAGE_MARKER.pattern}$")  # "SBN § 39  Sida 6 av 12", "Beslut  Sida 8 av 10"
_TOKEN = re.compile(r"[\w\ue000-\uf8ff]+")  # a word, with the placeholders of ligatures
NUMBERING = re.compile(r"(?:§\s*\d+|(?:punkt|ärende)\s+\d+|\d{1,3}(?:\.\d{1,3})*)\b", re.IGNORECASE)
# a line that gives only when ("Den 1 mars kl. 10:00-11:00", "Torsdag 12 mars 2026"): a fact set large, no heading
_MONTH = "|".join(MONTHS) + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\."
_ONLY_WHEN = re.compile(rf"(?:(?:den|\w+dag(?:en)?)\s+)*(?:\d{{1,2}}(?::e)?\s+(?:{_MONTH})(?:\s+\d{{4}})?|\d{{4}}-\d\d-\d\d)"
                        r"(?:[\s,]+(?:kl(?:ockan|\.)?\s*)?[\d:.\s–-]*)?", re.IGNORECASE)


@dataclass
class PageLayout:
    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    placed: bool = True  # False: the caller's plain text is used for this page
    images: int = 0


def read_layout(data: bytes) -> list[PageLayout]:
    """Every page's lines in reading order; raises whatever pdfplumber raises on a file it cannot open."""
    pages: list[PageLayout] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        repairs = _font_repairs(pdf)
        pdf.rsrcmgr = RepairingResourceManager(repairs.letters)
        for number, page in enumerate(pdf.pages, 1):
            try:
                pages.append(_read_page(page, number))
            except Exception:  # one odd page: plain text for it, layout for the rest
                pages.append(PageLayout(number, 0.0, placed=False))
            finally:
                page.close()
    if repairs.ligatures:
        _spell_ligatures(pages, repairs.ligatures)
    return pages


def _font_repairs(pdf: pdfplumber.PDF) -> FontRepairs:
    try:
        return font_repairs(pdf.doc)
    except Exception:  # a font we cannot analyse: its letters stay as the file gives them
        return FontRepairs()


def _spell_ligatures(pages: list[PageLayout], choices: dict[str, tuple[str, ...]]) -> None:
    """The ligatures the font repair could only mark, spelled as the document's own words choose."""
    words = [word for page in pages for line in page.lines for word in line.words]
    chosen = choose_ligatures(choices, [token for word in words for token in _TOKEN.findall(word.text)])
    for word in words:
        for mark, letters in chosen.items():
            word.text = word.text.replace(mark, letters)
    for page in pages:
        for line in page.lines:
            line._text = None


def _read_page(page: pdfplumber.page.Page, number: int) -> PageLayout:
    """Each character once: a word processor's "bold" or a PDF printer may draw every character twice in the
    same place ("Årsstämma Årsstämma 2018 2018")."""
    repeated = _repeated_chars(page.chars)
    total = sum(1 for c in page.chars if not c["text"].isspace()) - len(repeated)
    layout = PageLayout(number, float(page.height), images=len(page.images))
    kept = page.filter(lambda obj: _not_sideways(obj) and id(obj) not in repeated)
    raw = kept.extract_words(x_tolerance_ratio=0.15, y_tolerance=2, keep_blank_chars=False,
                             extra_attrs=["fontname", "size"])
    words = [Word(with_accents(w["text"]), w["x0"], w["x1"], w["top"], w["bottom"], round(w["size"], 1),
                  bool(_BOLD_FONT.search(w["fontname"]))) for w in raw if w.get("upright", True)]
    placed = sum(len(w.text) for w in words)
    if total and placed < MIN_PLACED * total:
        layout.placed = False
        return layout
    layout.lines = reading_order(group_lines(words), float(page.width))
    return layout


def _repeated_chars(chars: list[dict]) -> set[int]:
    """The ``id`` of each character drawn again where the same character stands already (within a point);
    cheaper than pdfplumber's ``dedupe_chars``, which sorts every page."""
    seen: set[tuple[str, int, int]] = set()
    repeated: set[int] = set()
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key in seen and not char["text"].isspace():
            repeated.add(id(char))
        seen.add(key)
    return repeated


def _not_sideways(obj: dict) -> bool:
    """Text set sideways in a margin ("Signature reference" of an e-signed protocol) is no line of the page;
    pdfminer calls a quarter-turned character upright when cos 90° rounds to 6e-17, so the matrix decides."""
    matrix = obj.get("matrix")
    return obj.get("object_type") != "char" or not matrix or abs(matrix[0]) >= abs(matrix[1])


# --- the document: running headers and footers, headings ---------------------------------------------


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text().casefold().split()))


def _edge_lines(page: PageLayout) -> list[Line]:
    lines = sorted(page.lines, key=lambda ln: ln.top)
    top = [ln for ln in lines[:EDGE_LINES] if ln.bottom <= page.height * MARGIN]
    bottom = [ln for ln in lines[-EDGE_LINES:] if ln.top >= page.height * (1 - MARGIN)]
    return [ln for ln in top + [ln for ln in bottom if ln not in top] if not _opens_content(ln)]


def _opens_content(line: Line) -> bool:
    """A lone "§ 12" or a field label ("Beslut") that happens to open pages is content, never a running line; also
    printed beside the page's number ("SBN § 39  Sida 6 av 12", "Beslut  Sida 8 av 10")."""
    text = _BESIDE_PAGE_MARKER.sub("", line.text().strip())
    return bool(_ITEM_ALONE.fullmatch(text)) or field_label(PlainLine(0, len(text), text), None) is not None


def _similar(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def _same_place(line: Line, other: Line, page: PageLayout) -> bool:
    """Running lines stand at the same height on every page; two similar sentences that merely happen to end
    one page and open the next ("Mötet pausas kl 18:15", "Mötet återupptas kl 18:57") do not."""
    return abs(line.top - other.top) <= page.height * SAME_PLACE


def mark_running_lines(pages: list[PageLayout]) -> None:
    """Lines near the top or bottom of a page that recur on at least half the pages with text: the same
    digits aside, or nearly the same at the same height (a logo read by OCR), or at the very place of such a line on another
    page. Lone page numbers there too. A lone "§ 12" that opens a page is never one."""
    edges = [(p, _edge_lines(p)) for p in pages if p.lines]
    needed = max(2, math.ceil(len(edges) / 2))
    seen: Counter[str] = Counter()
    for _, lines in edges:
        seen.update({_key(ln) for ln in lines})
    for i, (page, lines) in enumerate(edges):
        for line in lines:
            key = _key(line)
            near = edges[max(0, i - NEAR_PAGES):i] + edges[i + 1:i + 1 + NEAR_PAGES]
            alike = 1 + sum(any(_same_place(line, other, page) and _similar(key, _key(other)) for other in others)
                            for _, others in near)
            if seen[key] >= needed or alike >= needed or _PAGE_NUMBER.fullmatch(line.text().strip()):
                line.noise = True
    for _, lines in edges:
        _spread_to_touching(sorted(lines, key=lambda ln: ln.top))


def _spread_to_touching(lines: list[Line]) -> None:
    """A line that touches a running line (a letterhead of stacked lines) is running too."""
    for _ in range(len(lines)):
        changed = False
        for upper, lower in zip(lines, lines[1:]):
            if upper.noise != lower.noise and lower.top - upper.bottom <= TOUCHING and \
                    not _opens_content(upper if lower.noise else lower):
                upper.noise = lower.noise = changed = True
        if not changed:
            return


def mark_headings(pages: list[PageLayout]) -> None:
    """Short lines in larger type than the body, or wholly bold; level by size, then numbering depth."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            for word in line.words:
                sizes[word.size] += len(word.text)
    if not sizes:
        return
    body = sizes.most_common(1)[0][0]
    candidates = [ln for p in pages for ln in p.lines if not ln.noise and _is_heading(ln, body)]
    keys = [_heading_key(line, body) for line in candidates]
    rank = {key: level for level, key in enumerate(sorted(set(keys)), start=1)}
    for line, key in zip(candidates, keys):
        line.heading = rank[key]


def _heading_key(line: Line, body: float) -> tuple[float, int]:
    """Larger type ranks higher; within one size, numbering depth (6 over 6.1), then unnumbered lines."""
    size = line.size if line.size >= body * HEADING_SIZE else body
    numbering = NUMBERING.match(line.text())
    return -size, numbering.group().count(".") + 1 if numbering else 99


def _is_heading(line: Line, body: float) -> bool:
    text = line.text()
    if len(text) > HEADING_CHARS or not any(ch.isalpha() for ch in text) or _ONLY_WHEN.fullmatch(text.strip()):
        return False
    return line.size >= body * HEADING_SIZE or (line.bold and len(text) <= 120 and not text.endswith(","))
