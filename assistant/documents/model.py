"""The data model shared by loading, parsing, chunking, the store and answering.

Shape borrowed from CouncilDataProject: body -> meeting (event) -> item -> field. Every piece of
text is a span ``[start, end)`` into ``Document.text`` so that citations can quote exact substrings.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


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
    written: str = ""  # the number as the document writes it ("§16" for "§ 16"); parsers that do not say: ``number``

    @property
    def heading(self) -> str:
        """The item's heading as the document shows it: its number as written, its title."""
        return f"{self.written or self.number} {self.title}".strip()


@dataclass
class Structure:
    """What a structure parser finds in a document's text. Spans in ``noise`` (page headers and
    footers, stray page numbers, tables of contents) are never chunked."""

    doc_type: str = ""
    body: str = ""
    organisation: str = ""
    organisation_alias: str = ""  # "Open Source Sweden" for "Föreningen Leverantörer av Öppen Programvara"
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
    fact_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # where a fact or role holder is stated
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
    appended: list[tuple[int, int, str]] = field(default_factory=list)  # earlier minutes inside: (start, end, date)
    guessed: list[str] = field(default_factory=list)  # fields guessed from the file name, e.g. ["meeting_date"]
    warnings: list[str] = field(default_factory=list)  # from loading, e.g. "sida 3 saknar textlager – skannad?"
    access_group: str = ""  # members-only: only users in this group (and managers) see it; "" = everyone

    def pages_of(self, start: int, end: int) -> tuple[int, int]:
        """First and last page number covering ``[start, end)``; (0, 0) when the source has no pages."""
        hits = [p.number for p in self.pages if p.start < end and p.end > start]
        return (min(hits), max(hits)) if hits else (0, 0)


class ChunkKind(StrEnum):
    """What a chunk (or the block it starts with) is; the values are the parsers' ``Block.kind`` names."""

    AGENDA_ITEM = "agenda_item"
    FIELD = "field"
    DECISION = "decision"
    PROPOSAL_DECISION = "proposal_decision"
    PROPOSAL = "proposal"
    PARAGRAPH = "paragraph"
    LIST = "list"
    FOOTNOTE = "footnote"
    MEMBERS = "members"
    MEETING_INFO = "meeting_info"
    OTHER = "other"

    @classmethod
    def _missing_(cls, value: object) -> "ChunkKind":
        return cls.OTHER  # a parser's new block kind is still a chunk


@dataclass(frozen=True)
class ChunkMeta:
    """A chunk's metadata, typed. ``to_chroma()`` is the flat payload stored in Chroma and in the registry
    (lists as JSON strings, tuples joined), ``from_stored()`` reads it back."""

    doc_id: str
    doc_title: str = ""
    source_path: str = ""
    doc_type: str = ""
    organisation: str = ""
    body: str = ""
    meeting_date: str = ""
    page_start: int = 0
    page_end: int = 0
    item_number: str = ""  # "8", "§ 77", or a proposal range "11–14"
    item_title: str = ""
    heading_path: tuple[str, ...] = ()
    kind: ChunkKind = ChunkKind.OTHER
    fields: tuple[str, ...] = ()
    dnrs: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    segments: tuple[tuple[int, int], ...] = ()  # the exact document spans the chunk text is made of
    labels: tuple[tuple[int, str], ...] = ()  # (offset, field or proposal group a unit from there stands under)
    content_hash: str = ""
    chunker_version: str = ""

    @property
    def date_int(self) -> int:
        return int(self.meeting_date.replace("-", "")) if self.meeting_date else 0

    @property
    def dnr(self) -> str:
        return ", ".join(self.dnrs)

    def to_chroma(self) -> dict[str, str | int]:
        return {
            "doc_id": self.doc_id, "doc_title": self.doc_title, "source_path": self.source_path,
            "doc_type": self.doc_type, "organisation": self.organisation, "body": self.body,
            "meeting_date": self.meeting_date, "date_int": self.date_int, "page_start": self.page_start,
            "page_end": self.page_end, "item_number": self.item_number, "item_title": self.item_title,
            "heading_path": " > ".join(self.heading_path), "kind": self.kind.value, "field": ", ".join(self.fields),
            "dnr": self.dnr, "start": self.start, "end": self.end,
            "segments": json.dumps([list(s) for s in self.segments]),
            "labels": json.dumps([list(label) for label in self.labels], ensure_ascii=False),
            "content_hash": self.content_hash, "chunker_version": self.chunker_version,
        }

    @classmethod
    def from_stored(cls, stored: dict[str, Any]) -> "ChunkMeta":
        def split(key: str, sep: str) -> tuple[str, ...]:
            return tuple(x for x in str(stored.get(key) or "").split(sep) if x)

        return cls(
            doc_id=str(stored["doc_id"]), doc_title=str(stored.get("doc_title", "")),
            source_path=str(stored.get("source_path", "")), doc_type=str(stored.get("doc_type", "")),
            organisation=str(stored.get("organisation", "")), body=str(stored.get("body", "")),
            meeting_date=str(stored.get("meeting_date", "")), page_start=int(stored.get("page_start") or 0),
            page_end=int(stored.get("page_end") or 0), item_number=str(stored.get("item_number", "")),
            item_title=str(stored.get("item_title", "")), heading_path=split("heading_path", " > "),
            kind=ChunkKind(stored.get("kind", "other")), fields=split("field", ", "), dnrs=split("dnr", ", "),
            start=int(stored.get("start") or 0), end=int(stored.get("end") or 0),
            segments=tuple((int(a), int(b)) for a, b in json.loads(stored.get("segments") or "[]")),
            labels=tuple((int(a), str(b)) for a, b in json.loads(stored.get("labels") or "[]")),
            content_hash=str(stored.get("content_hash", "")), chunker_version=str(stored.get("chunker_version", "")),
        )


@dataclass
class Chunk:
    chunk_id: str
    doc_id: str
    start: int
    end: int
    text: str
    context: str
    meta: ChunkMeta

    @property
    def kind(self) -> ChunkKind:
        return self.meta.kind

    @property
    def metadata(self) -> dict[str, str | int]:
        """The flat payload stored in Chroma and the registry."""
        return self.meta.to_chroma()

    @property
    def embed_text(self) -> str:
        """The text that is embedded and indexed lexically: where it stands, then what it says."""
        return f"{self.context}\n{self.text}" if self.context else self.text


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
