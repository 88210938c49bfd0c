"""Text no parser claimed still gets chunked: a line outside every block and every noise span ("Mötet
pausas för pizza kl 18:15" between two parsed fields) becomes a block under the item or heading it follows.

Left out, because they are no content of their own: short headings already carried as a block's item title or
heading path, lines that recur on three or more lines of the document (running headers the layout pass did
not catch), table-of-contents lines with dot leaders, bare page numbers and case references, and markup lines
of converted documents (table rules, links to table files, page comments).
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.documents.item_heads import CASE_REFERENCE, heading_text
from assistant.documents.lines import Line, is_page_number, split_lines
from assistant.documents.model import AgendaItem, Block, Document

RECURRING = 3
SENTENCE_WORDS = 8  # an item "title" this long is what was said or done ("3.2. Färdigställande … - pågående,
# Mikael tar över efter Johan."): quotable content, not a heading
_NUMBERING = re.compile(r"^(?:§\s*\d+\s*|\d+\s*§\s*|(?:\d{1,2}[.)]|[a-zA-Z][.)])(?:\d{1,2}[.)]?)*\s+)+")
_TOC = re.compile(r"(?:\.{4,}|…{2,}|\t)\s*\d{1,3}\s*$")
_MARKUP = re.compile(r"^\s*(?:\||<!--|\[[^\]]*\]\([^)]*\)\s*$)")
_WORD = re.compile(r"[a-zåäöé]{3,}")
_LETTERS = re.compile(r"[A-Za-zÅÄÖåäöÉé]")


def uncovered_blocks(doc: Document, noise: list[tuple[int, int]]) -> list[Block]:
    claimed = bytearray(len(doc.text))  # 1 where a block or noise span covers the text
    for start, end in [(b.start, b.end) for b in doc.blocks] + list(noise):
        claimed[start:end] = b"\x01" * (end - start)
    lines = split_lines(doc.text)
    counts = Counter(_normal(line.text) for line in lines)
    headings = _heading_texts(doc.blocks)
    heads = _item_head_lines(doc, lines)
    kept = [line for line in lines if claimed.find(1, line.start, line.end) < 0 and line.start not in heads and
            _is_content(line, counts, headings)]
    return [_block_for(run, doc.blocks, doc.items) for run in _runs(kept, claimed)]


def _item_head_lines(doc: Document, lines: list[Line]) -> set[int]:
    """Where the lines of each item's heading start, before its first block: the head line when it holds only the
    number and a case number ("§ 153 Ärendenummer SLK-2023-01134"), the title printed below it (whose words are the
    item's title, however long, and belong to no other item's text) and the label of its first field."""
    starts: set[int] = set()
    for item in doc.items:
        first = first_block.start if (first_block := _first_block(item, doc.blocks)) else item.end
        title = _normal(item.title)
        for line in (ln for ln in lines if item.start <= ln.start < first and ln.stripped):
            bare = _NUMBERING.sub("", line.stripped)
            if line.start == item.start and CASE_REFERENCE.fullmatch(bare) or \
                    line.start > item.start and (_normal(line.text) in title or _label_line(line)):
                starts.add(line.start)
    return starts


def _first_block(item: AgendaItem, blocks: list[Block]) -> Block | None:
    """The item's first block (the blocks are in the order of the text)."""
    return next((b for b in blocks if b.item_number == item.number and b.start >= item.start), None)


def _label_line(line: Line) -> bool:
    """A short line that is no sentence: the label of the field below it ("Förslag till beslut i byggnadsnämnden")."""
    return len(line.stripped.split()) < SENTENCE_WORDS and not line.stripped.endswith((".", "!", "?"))


def _is_content(line: Line, counts: Counter[str], headings: set[str]) -> bool:
    text = line.stripped
    if len(_LETTERS.findall(text)) < 2 or is_page_number(line) or _TOC.search(text) or _MARKUP.match(text) \
            or heading_text(text) != text:  # a Markdown or Org heading: its item's or section's title, however long
        return False
    if counts[_normal(text)] >= RECURRING:
        return False
    bare = _normal(_NUMBERING.sub("", text.replace("*", " "))).rstrip("-")  # a title broken "årsmö-" / "te"
    if not set(_WORD.findall(bare)) - {"dnr"}:  # a bare reference: "§ 12   Dnr BN 2023-002572"
        return False
    if len(bare.split()) <= 3 and not re.search(r"[\d.!?]", bare):  # a lone label: "Beslutsunderlag"
        return False
    return not any(bare in heading or heading and bare.startswith(heading) for heading in headings)


def _heading_texts(blocks: list[Block]) -> set[str]:
    """Every item title and heading of the document, normalised (a heading's line is found in it by
    substring; a line that runs a heading into its first field starts with it)."""
    found = {b.item_title for b in blocks} | {h for b in blocks for h in b.heading_path}
    return {_normal(_NUMBERING.sub("", h)) for h in found if h and len(h.split()) < SENTENCE_WORDS}


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _runs(kept: list[Line], claimed: bytearray) -> list[tuple[int, int]]:
    """Kept lines with nothing claimed between them, as spans."""
    runs: list[tuple[int, int]] = []
    for line in kept:
        if runs and claimed.find(1, runs[-1][1], line.start) < 0:
            runs[-1] = (runs[-1][0], line.end)
        else:
            runs.append((line.start, line.end))
    return runs


def _block_for(span: tuple[int, int], blocks: list[Block], items: list[AgendaItem]) -> Block:
    """A block for the span, under the item it stands in (the head line of "§ 153 Ärendenummer SLK-2023-01134" and
    the title below it, before the item's first field) or else the item or heading of the block before it."""
    inside = [i for i in items if i.start <= span[0] < i.end]
    own = max(inside, key=lambda i: i.start) if inside else None
    before = [b for b in blocks if b.start <= span[0]]
    if own and not any(b.item_number == own.number for b in before) and (first := _first_block(own, blocks)):
        before = [first]
    if not before:
        return Block(span[0], span[1], "paragraph")
    owner = max(before, key=lambda b: b.start)
    kind = "field" if owner.item_number or owner.item_title else "paragraph"
    return Block(span[0], span[1], kind, owner.heading_path, owner.item_number, owner.item_title, dnr=owner.dnr)
