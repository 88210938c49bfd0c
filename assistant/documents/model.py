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


@dataclass
class LoadedText:
    """What a loader returns: the text exactly as extracted, its pages, and facts from front matter."""

    text: str
    pages: list[Page] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)


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
    blocks: list[Block] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    noise: list[tuple[int, int]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)


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
