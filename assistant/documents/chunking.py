"""Structure-aware chunking: blocks of one agenda item, one heading or one proposal group are merged
up to the embedder's token limit; a block is only split when it alone is longer than the limit.

A chunk's ``text`` is its span of the document with noise (page headers, stray page numbers, TOC
lines, footnotes that interrupt a paragraph) left out; ``segments`` records the exact spans kept, so
that every quote taken from a chunk is an exact substring of the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.documents.appended import date_at
from assistant.documents.gaps import uncovered_blocks
from assistant.documents.model import Block, Chunk, ChunkKind, ChunkMeta, Document, sha256_text
from assistant.documents.parsing import PROPOSAL_GROUPS, shorten
from assistant.swedish import NOT_AFTER_ABBREVIATION

CHUNKER_VERSION = "239"
MAX_CONTEXT_CHARS = 300
DEFAULT_MAX_TOKENS = 480  # multilingual-e5-small reads 512 tokens, prefix and context included

Span = tuple[int, int]
TokenCounter = Callable[[str], int]

_SENTENCE_END = re.compile(rf"(?<=[.!?:]){NOT_AFTER_ABBREVIATION}\s+(?=[A-ZÅÄÖ0-9\-•])|\n\s*\n")


@dataclass
class _Unit:
    block: Block
    segments: list[Span]
    tokens: int


def subtract(span: Span, holes: list[Span]) -> list[Span]:
    """``span`` minus every hole, as ordered non-empty spans."""
    pieces = [span]
    for h_start, h_end in holes:
        next_pieces = []
        for start, end in pieces:
            if h_end <= start or h_start >= end:
                next_pieces.append((start, end))
                continue
            if h_start > start:
                next_pieces.append((start, h_start))
            if h_end < end:
                next_pieces.append((h_end, end))
        pieces = next_pieces
    return pieces


def trim(text: str, segments: list[Span]) -> list[Span]:
    """Drop surrounding white space from each segment and drop empty ones."""
    out = []
    for start, end in segments:
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        tail = len(piece) - len(piece.rstrip())
        if end - tail > start + lead:
            out.append((start + lead, end - tail))
    return out


def segments_text(text: str, segments: list[Span]) -> str:
    return "\n".join(text[start:end] for start, end in segments)


def group_key(block: Block) -> tuple[str, ...]:
    """Blocks that share a key may share a chunk."""
    if block.kind in ("agenda_item", "field"):
        return (block.kind, block.item_number, block.item_title)
    if block.kind == "proposal":
        path = block.heading_path
        if path and path[-1] in PROPOSAL_GROUPS:
            path = path[:-1]
        return ("proposal", *path)
    if block.kind in ("paragraph", "list"):
        return ("prose", *block.heading_path)
    return (block.kind, str(block.start))  # decisions, members, meeting facts, footnotes stand alone


def chunk_document(doc: Document, noise: list[Span], count_tokens: TokenCounter,
                   max_tokens: int = DEFAULT_MAX_TOKENS) -> list[Chunk]:
    footnotes = [(b.start, b.end) for b in doc.blocks if b.kind == "footnote"]
    units: list[_Unit] = []
    for block in with_uncovered_text(doc, noise):
        holes = noise if block.kind == "footnote" else noise + footnotes
        segments = trim(doc.text, subtract((block.start, block.end), sorted(holes)))
        if segments:
            units.append(_Unit(block, segments, count_tokens(segments_text(doc.text, segments))))

    chunks: list[Chunk] = []
    group: list[_Unit] = []
    for unit in units:
        day = date_at(doc.appended, unit.block.start, doc.meeting_date)
        context_tokens = count_tokens(_context(doc, unit.block, day))
        joins = group and (group_key(group[0].block) == group_key(unit.block) or _announced_sub_item(doc.text, group, unit))
        if joins and date_at(doc.appended, group[0].block.start, doc.meeting_date) == day and \
                sum(u.tokens for u in group) + unit.tokens + context_tokens <= max_tokens:
            group.append(unit)
            continue
        if group:
            chunks.append(_make_chunk(doc, group, len(chunks)))
        group = [unit]
        if unit.tokens + context_tokens > max_tokens:
            budget = max(max_tokens - context_tokens, max_tokens // 2)
            for piece in _split_unit(doc.text, unit, count_tokens, budget):
                chunks.append(_make_chunk(doc, [piece], len(chunks)))
            group = []
    if group:
        chunks.append(_make_chunk(doc, group, len(chunks)))
    return chunks


def _announced_sub_item(text: str, group: list[_Unit], unit: _Unit) -> bool:
    """"5. Husmöte 26/9 … Punkter till kallelsens dagordning:" over "5.1. Mötets öppnande", "5.2. …": the sub-items
    an item announces share its chunk, so that the list is found with the sentence announcing it."""
    parent, last = group[0].block, group[-1]
    listing = last.block.item_number != parent.item_number or segments_text(text, last.segments).rstrip().endswith(":")
    return {parent.kind, unit.block.kind} <= {"agenda_item", "field"} and bool(parent.item_number) and listing and \
        unit.block.item_number.startswith(f"{parent.item_number}.")


def with_uncovered_text(doc: Document, noise: list[Span]) -> list[Block]:
    """The document's blocks with blocks for the text no parser claimed, each placed before the first
    block that starts after it (so that it joins the chunk of the item it stands in)."""
    pending = uncovered_blocks(doc, noise)
    blocks: list[Block] = []
    for block in doc.blocks:
        while pending and pending[0].start < block.start:
            blocks.append(pending.pop(0))
        blocks.append(block)
    return blocks + pending


def _split_unit(text: str, unit: _Unit, count_tokens: TokenCounter, budget: int) -> list[_Unit]:
    """Split an oversized block at sentence ends (or, failing that, at spaces) into pieces that fit."""
    sentences: list[Span] = []
    for seg_start, seg_end in unit.segments:
        cut = seg_start
        for match in _SENTENCE_END.finditer(text, seg_start, seg_end):
            sentences.append((cut, match.start()))
            cut = match.end()
        sentences.append((cut, seg_end))
    pieces: list[_Unit] = []
    current: list[Span] = []
    for sentence in trim(text, sentences):
        for part in _hard_split(text, sentence, count_tokens, budget):
            candidate = current + [part]
            if current and count_tokens(segments_text(text, candidate)) > budget:
                pieces.append(_Unit(unit.block, current, 0))
                current = [part]
            else:
                current = candidate
    if current:
        pieces.append(_Unit(unit.block, current, 0))
    return pieces


def _hard_split(text: str, span: Span, count_tokens: TokenCounter, budget: int) -> list[Span]:
    start, end = span
    if count_tokens(text[start:end]) <= budget:
        return [span]
    parts = []
    while start < end:
        size = max(1, (end - start) // 2)
        while size > 1 and count_tokens(text[start:start + size]) > budget:
            size //= 2
        cut = text.rfind(" ", start + 1, start + size) if start + size < end else end
        cut = cut if cut > start else min(end, start + size)
        parts.append((start, cut))
        start = cut
    return trim(text, parts)


def _context(doc: Document, block: Block, day: str) -> str:
    where = " ".join(x for x in (block.item_number, block.item_title, f"(Dnr {block.dnr})" if block.dnr else "") if x)
    if where and len(block.heading_path) > 2:  # a sub-item under its parents: "§ 12d Djungelpatrullen > § 12d iii …"
        where = " > ".join([*block.heading_path[1:-1], where])
    if not where:
        where = " > ".join(block.heading_path)
    owner = doc.organisation if doc.organisation.casefold() not in doc.title.casefold() else ""
    meeting = " ".join(x for x in (owner, doc.body, day) if x)
    return shorten(" | ".join(x for x in (doc.title, meeting, where, block.field) if x), MAX_CONTEXT_CHARS)


def _make_chunk(doc: Document, units: list[_Unit], index: int) -> Chunk:
    first = units[0].block
    segments = [seg for unit in units for seg in unit.segments]
    start, end = segments[0][0], segments[-1][1]
    text = segments_text(doc.text, segments)
    day = date_at(doc.appended, start, doc.meeting_date)  # appended minutes are of their own meeting
    context = _context(doc, first, day)
    page_start, page_end = doc.pages_of(start, end)
    fields = list(dict.fromkeys(u.block.field for u in units if u.block.field and u.block.field != "Grupp"))
    dnrs = list(dict.fromkeys(u.block.dnr for u in units if u.block.dnr))
    numbers = [u.block.item_number for u in units if u.block.item_number]
    item_number = first.item_number if first.kind != "proposal" else _number_range(numbers)
    content_hash = sha256_text(context + "\n" + text)
    meta = ChunkMeta(
        doc_id=doc.doc_id, doc_title=doc.title, source_path=doc.path, doc_type=doc.doc_type,
        organisation=doc.organisation, body=doc.body, meeting_date=day,
        page_start=page_start, page_end=page_end, item_number=item_number, item_title=first.item_title,
        heading_path=_common_prefix([u.block.heading_path for u in units]), kind=ChunkKind(first.kind),
        fields=tuple(fields), dnrs=tuple(dnrs), start=start, end=end, segments=tuple(segments),
        labels=tuple((u.block.start, _label(u.block)) for u in units if _label(u.block)),
        content_hash=content_hash, chunker_version=CHUNKER_VERSION,
    )
    chunk_id = f"{doc.doc_id}:{index:04d}:{content_hash[:12]}"
    return Chunk(chunk_id, doc.doc_id, start, end, text, context, meta)


def _number_range(numbers: list[str]) -> str:
    if not numbers:
        return ""
    return numbers[0] if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"


def _common_prefix(paths: list[tuple[str, ...]]) -> tuple[str, ...]:
    prefix = paths[0]
    for path in paths[1:]:
        while path[: len(prefix)] != prefix:
            prefix = prefix[:-1]
    return prefix


def _label(block: Block) -> str:
    """What a quoted unit stands under: its field ("Förslag till beslut") or proposal group ("Staten")."""
    if block.field == "Grupp":
        return block.heading_path[-1]
    return "" if block.field == "Rubrik" else block.field
