"""The text we store for a PDF read with its layout: lines in reading order, a blank line between paragraphs
and pages, and the offsets of the lines ``pdf_layout`` marked (running headers and footers as noise, headings,
bold run-in labels). A numbered heading wrapped onto a second line is one line of text."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.documents.accents import with_accents
from assistant.documents.model import Heading, LoadedText, Page
from assistant.documents.pdf_layout import NUMBERING, PARAGRAPH_GAP, PageLayout, Span, mark_headings, mark_running_lines
from assistant.documents.pdf_reading import Line


class _Writer:
    """Appends lines and page separators, recording every offset it hands out."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.loaded = LoadedText("")

    def write(self, text: str) -> Span:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def line(self, line: Line, separator: str) -> None:
        if separator:
            self.write(separator)
        start, end = self.write(line.text())
        if line.noise:
            self.loaded.noise.append((start, end))
        elif line.heading:
            self.loaded.headings.append(Heading(start, end, line.heading))
        elif prefix := line.bold_prefix():
            self.loaded.emphasis.append((start, start + prefix))


    def wrapped(self, line: Line, previous: Line) -> None:
        """The rest of the heading on the line before, on the same line of the stored text; a word broken over the
        two ("marknads-" / "föringsansvarig") whole again, a compound ("XP-" / "el:s") kept as written."""
        before = previous.text()
        if re.search(r"[a-zåäö]-$", before) and line.text()[:1].islower():
            self.parts[-1] = self.parts[-1][:-1]
            self.length -= 1
        else:
            self.write("" if before.endswith("-") else " ")
        _, end = self.write(line.text())
        heading = self.loaded.headings[-1]
        self.loaded.headings[-1] = Heading(heading.start, end, heading.level)


def _separator(previous: Line | None, line: Line) -> str:
    if previous is None:
        return ""
    if line.new_block or line.heading or previous.heading or line.noise != previous.noise:
        return "\n\n"
    gap = line.top - previous.bottom
    return "\n\n" if gap > PARAGRAPH_GAP * previous.size or gap < -previous.size else "\n"


def _wraps_title(previous: Line, line: Line) -> bool:
    """A numbered heading's title wrapped onto the next line in the same type ("11 Beslut att godkänna uthyrning
    för 1000" / "SEK till 6m för grottphaesten"): one title, joined into one line of the stored text."""
    return bool(line.heading and NUMBERING.match(previous.text()) and not NUMBERING.match(line.text())
                and line.size == previous.size and line.bold == previous.bold
                and line.top - previous.bottom <= PARAGRAPH_GAP * previous.size
                and not previous.text().rstrip().endswith((".", ":", "!", "?")))


def layout_text(pages: list[PageLayout], plain_text: Callable[[int], str]) -> LoadedText:
    """The stored text of the pages (``plain_text(number)`` for pages the layout did not place)."""
    mark_running_lines(pages)
    mark_headings(pages)
    writer = _Writer()
    for page in pages:
        if page.number > 1:
            writer.write("\n\n")
        start = writer.length
        if not page.placed:
            writer.write(with_accents(plain_text(page.number)))
        previous: Line | None = None
        for line in page.lines:
            if previous is not None and previous.heading and _wraps_title(previous, line):
                writer.wrapped(line, previous)
            else:
                writer.line(line, _separator(previous, line))
            previous = line
        writer.loaded.pages.append(Page(page.number, start, writer.length))
        without_text = all(line.noise for line in page.lines) if page.placed else writer.length == start
        if page.images and without_text:
            writer.loaded.scanned_pages.append(page.number)
    writer.loaded.text = "".join(writer.parts)
    return writer.loaded
