"""The data model shared by loading, parsing, chunking, the store and answering.

Shape borrowed from CouncilDataProject: body -> meeting (event) -> item -> field. Every piece of
text is a span ``[start, end)`` into ``Document.text`` so that citations can quote exact substrings.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    number: int
    start: int
    end: int


@dataclass(frozen=True)
class Heading:
    """A line set as a heading (larger or bold type), found by the PDF layout pass. Level 1 is the largest."""

    start: int
    end: int
    level: int


@dataclass
class LoadedText:
    """What a loader returns: the text exactly as extracted, its pages, and facts from front matter or a
    sidecar. ``hints`` are the file's own metadata (e.g. a PDF's title), weaker than facts. The layout
    fields are offsets into ``text``: ``noise`` (running headers, footers, page numbers), ``headings``,
    ``emphasis`` (bold words that open a line, e.g. a run-in "Beslut:"). ``warnings`` are Swedish and per
    file, e.g. pages without a text layer (``scanned_pages``)."""

    text: str
    pages: list[Page] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)
    noise: list[tuple[int, int]] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    emphasis: list[tuple[int, int]] = field(default_factory=list)
    scanned_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Member:
    name: str
    party: str
    role: str
    place: str


@dataclass
class Block:
    """A structural unit of a document: an agenda item field, a proposal, a paragraph, a decision..."""

    start: int
    end: int
    kind: str
    heading_path: tuple[str, ...] = ()
    item_number: str = ""
    item_title: str = ""
    field: str = ""
    dnr: str = ""


@dataclass
class AgendaItem:
    number: str
    title: str
    start: int
    end: int
    dnr: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    parent: str = ""  # number of the enclosing item: "6" for "6.1"
    motions: list[str] = field(default_factory=list)  # att-satser of the proposal ("att ...")
    outcome: str = ""  # what the decision did with the proposal: bifall, avslag, återremiss, bordläggning


@dataclass
class Structure:
    """What a structure parser finds in a document's text. Spans in ``noise`` (page headers and
    footers, stray page numbers, tables of contents) are never chunked."""

    doc_type: str = ""
    body: str = ""
    organisation: str = ""
    meeting_date: str = ""
    meeting_time: str = ""
    place: str = ""
    title: str = ""
    document_date: str = ""  # the date a report or attachment itself carries (not a meeting's)
    blocks: list[Block] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    noise: list[tuple[int, int]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    guessed: list[str] = field(default_factory=list)  # facts only guessed (from the file name), not read in the text


@dataclass
class Document:
    doc_id: str
    path: str
    text: str
    sha256: str
    title: str = ""
    doc_type: str = "dokument"
    organisation: str = ""
    body: str = ""
    meeting_date: str = ""
    meeting_time: str = ""
    place: str = ""
    pages: list[Page] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    attachment_of: str = ""
    guessed: list[str] = field(default_factory=list)  # fields guessed from the file name, e.g. ["meeting_date"]
    warnings: list[str] = field(default_factory=list)  # from loading, e.g. "sida 3 saknar textlager – skannad?"

    def pages_of(self, start: int, end: int) -> tuple[int, int]:
        """First and last page number covering ``[start, end)``; (0, 0) when the source has no pages."""
        hits = [p.number for p in self.pages if p.start < end and p.end > start]
        return (min(hits), max(hits)) if hits else (0, 0)


@dataclass
class Chunk:
    chunk_id: str
    doc_id: str
    start: int
    end: int
    text: str
    context: str
    kind: str
    metadata: dict[str, str | int]

    @property
    def embed_text(self) -> str:
        """The text that is embedded and indexed lexically: where it stands, then what it says."""
        return f"{self.context}\n{self.text}" if self.context else self.text


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
