"""The generic structure pass for meeting documents of any layout.

Numbered items at any depth (``6``, ``6.1``, ``§ 28``, ``Punkt 4``), validated as a rising sequence so that
numbered lists in the prose are not taken for items; the fields under an item wherever their label stands
(on its own line, run in with a colon, or run in in bold: ``Förslag:``, ``Beslut``, ``Yrkanden``…); the
att-satser of a proposal and the outcome of the decision. A document without items is read by heading and
paragraph. The text is never changed: only spans are found and named.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from assistant.documents.fields import block_kind, field_label, motions
from assistant.documents.model import AgendaItem, Block, Heading, Structure
from assistant.documents.item_heads import (CASE_REFERENCE, SUB_ITEM_NUMBER, TITLE_CHARS, ItemHead, case_number,
                                            find_items, heading_text, item_heads, own_end, run_in_text,
                                            text_beside_title, with_glued_paragraphs_apart)
from assistant.documents.lines import CELL_GAP, PAGE_MARKER, Line, is_page_number, split_lines
from assistant.documents.outcomes import first_outcome
from assistant.swedish import MEETING_WORD, MONTHS, looks_like_verb, normalize_dnr, words

Span = tuple[int, int]

_RULE = re.compile(r"[=\-_*]{3,}")  # a heading's underline, a horizontal or signature rule: no content
_SUB_ENUMERATOR = re.compile(r"(?:[a-z]|[ivx]{1,4})[.)]\s")  # "a. 17:16", "ii. Gamejams": under the item, not its title
PREAMBLE_FIELD = "Text"
WRAPPED_TITLE_CHARS = 200  # a title over three lines of a case-numbered head
MARGIN_TITLE_CHARS = 30  # a title cell of a margin column ("Information från", "Representanter")


@dataclass(frozen=True)
class Layout:
    """What the PDF layout pass found, as offsets into the text (empty for other formats)."""

    headings: tuple[Heading, ...] = ()
    emphasis: tuple[Span, ...] = ()


_PAGE_MARKER_CELL = re.compile(rf"(?<=\S)[ \t]{{2,}}{PAGE_MARKER.pattern}[ \t]*$")


def content_lines(text: str, noise: list[Span]) -> list[Line]:
    """Lines with text that are neither noise nor a stray page number."""
    spans = sorted(noise)
    starts = [start for start, _ in spans]

    def in_noise(position: int) -> bool:
        i = bisect_right(starts, position)
        return i > 0 and spans[i - 1][1] > position

    def without_noisy_tail(line: Line) -> Line:  # a running margin text at its end ("…  Dokumentreferens: …")
        i = bisect_right(starts, line.end - 1)
        if i > 0 and spans[i - 1][0] > line.start and spans[i - 1][1] >= line.end:
            return Line(line.start, spans[i - 1][0], text[line.start:spans[i - 1][0]].rstrip())
        return line

    return [_without_page_marker(without_noisy_tail(ln)) for ln in split_lines(text) if ln.stripped
            and not in_noise(ln.start) and not is_page_number(ln) and not _RULE.fullmatch(ln.stripped)]


def _without_page_marker(line: Line) -> Line:
    """"SBN § 39  Sida 6 av 12", "Beslut  Sida 8 av 10": the paragraph or field that opens a page, printed beside
    the page's number."""
    marker = _PAGE_MARKER_CELL.search(line.text)
    return Line(line.start, line.start + marker.start(), line.text[:marker.start()]) if marker else line


# --- items ---------------------------------------------------------------------------------------------


def _continues_title(title: str, line: Line, below: str) -> bool:
    """The title of "§ 5" on a line of its own is the next line, unless that begins a sentence that goes on below
    ("Styrelsen beslöt att ordförande och kassör har rätt att teckna firma tillsammans" / "och var för sig."); a
    title cut mid-phrase goes on in lower case, or after a preposition or conjunction in any case ("… associerad
    partner i" over "Wexsus – Västsveriges …")."""
    if not title:
        said = line.stripped
        sentence = _FINITE_VERB.search(said) or any(looks_like_verb(w) for w in words(said.casefold()))
        return len(said) <= TITLE_CHARS and not (sentence and below[:1].islower())
    cut = line.stripped[:1].islower() or bool(_OPEN_ENDED.search(title)) and line.stripped[:1].isalpha() and \
        not line.stripped.endswith(".") and ". " not in title  # not a sentence, nor a list begun below it
    return cut and not title.endswith((".", ":", ";", "?", "!")) and \
        len(title) < TITLE_CHARS and not _SUB_ENUMERATOR.match(line.stripped)


def _wrapped_title(text: str, title: str, line: Line) -> bool:
    """The title under a head line of number and case number goes on, in any case ("… om att bygga om fastighet
    Göteborg" over "Nordstaden 18:1 till studentbostäder"), on a line right below it that ends no sentence and is
    followed by a blank line or a field's label ("Beslut")."""
    following = text[line.end + 1:].split("\n", 1)[0].strip()
    worded = line.stripped[:1].isalnum() and bool(re.search(r"[A-Za-zÅÄÖåäö]{3}", line.stripped))  # no file id
    ends_no_sentence = not line.stripped.endswith((".", ":", ";", "?", "!", ","))
    label_below = not following or len(following.split()) <= 3 and following[:1].isupper() and \
        not following.endswith((".", ","))
    return bool(title) and not text[:line.start].endswith("\n\n") and worded and ends_no_sentence and \
        len(title) + len(line.stripped) < WRAPPED_TITLE_CHARS and label_below


_FINITE_VERB = re.compile(r"\b(?:har|hade|är|var|blev|blir|ska|skall|kommer|kan|beslöt|valdes|godkändes|ansågs)\b",
                          re.IGNORECASE)
_OPEN_ENDED = re.compile(r"\s(?:i|på|av|för|till|om|med|och|samt|från|mot|vid|inom|över|enligt|angående|gällande)$")


class _Builder:
    """Walks the lines once, opening items and fields and closing the block before each."""

    def __init__(self, text: str, structure: Structure) -> None:
        self.text = text
        self.structure = structure
        self.item: AgendaItem | None = None
        self.label = ""
        self.start: int | None = None
        self.end = 0
        self.path: tuple[str, ...] = ()  # the item's heading and its parents' ("§12d Djungelpatrullen" › "§12d iii")
        self.paths: dict[str, tuple[str, ...]] = {}
        self.margin = False  # the item's title stands in a margin column beside its text
        self.title_below = False

    def open_item(self, head: ItemHead, parents: dict[str, AgendaItem]) -> None:
        self.close()
        dnr = case_number(head.line.text)
        number = head.number
        parent = parents.get(_parent_number(number))
        self.item = AgendaItem(number, head.title, head.line.start, head.line.end,
                               normalize_dnr(dnr), parent=parent.number if parent else "", written=head.written)
        self.path = (self.paths[parent.number] if parent else ()) + (self.item.heading,)
        self.paths[number] = self.path
        parents[number] = self.item
        self.structure.items.append(self.item)
        self.label = PREAMBLE_FIELD
        self.title_below = not head.title and bool(CASE_REFERENCE.search(head.line.text))  # "§ 153 Ärendenummer
        # SLK-2023-01134" over its title, which may wrap
        self.margin = (beside := text_beside_title(head)) is not None  # "§8  SRX  Det nuvarande systemet …": the
        if self.margin:  # title stands in a margin column, the text begins beside it
            self.start, self.end = beside, head.line.end
        elif (run_in := run_in_text(head)) is not None:
            self.start, self.end = run_in, head.line.end

    def open_field(self, label: str, content_start: int, line: Line) -> None:
        if self.start is None and label.casefold().startswith(self.label.casefold()):
            self.add(line)  # a label right under the label it restates ("…s förslag" / "…s förslag till beslut:")
            return
        self.close()
        self.label = label
        while content_start < line.end and self.text[content_start] in " \t":
            content_start += 1
        if content_start < line.end and not _restates_label(label, Line(content_start, line.end,
                                                                          self.text[content_start:line.end])):
            self.start, self.end = content_start, line.end

    def add(self, line: Line) -> None:
        item = self.item
        cells = CELL_GAP.split(line.stripped, maxsplit=1)
        self.margin = self.margin and len(cells) == 2 and len(cells[0]) <= MARGIN_TITLE_CHARS
        if item and self.margin:  # "Information från  Vi hade …" / "Externa  ligt. …": the margin title goes on
            item.title = f"{item.title} {cells[0]}"[:TITLE_CHARS]
        below = self.text[line.end + 1:line.end + 3].lstrip()  # the next line's first letter
        if item and self.label == PREAMBLE_FIELD and self.start is None and (
                _continues_title(item.title, line, below) or
                self.title_below and _wrapped_title(self.text, item.title, line)):
            broken = item.title.endswith("-") and not re.match(r"(?:och|eller|samt)\b", line.stripped)  # "årsmö-"/"te"
            said = line.stripped if item.title else CELL_GAP.split(line.stripped)[0]  # not the date in the column
            # beside it ("Beslut om avfallsföreskrifter  2025-09-01")
            limit = WRAPPED_TITLE_CHARS if self.title_below else TITLE_CHARS
            item.title = (item.title[:-1] + said if broken else f"{item.title} {said}").strip()[:limit]
            item.end = max(item.end, line.end)  # the title's lines are the item's
            return
        if self.start is None:
            self.start = line.start
        self.end = line.end

    def close(self) -> None:
        item = self.item
        if item is None or self.start is None:
            self.start = None
            return
        start, end = self.start, self.end
        self.start = None
        value = self.text[start:end]
        item.fields[self.label] = f"{item.fields[self.label]}\n\n{value}" if self.label in item.fields else value
        item.end = max(item.end, end)
        heading = (self.structure.body, *self.path[:-1], item.heading)
        self.structure.blocks.append(Block(start, end, block_kind(self.label), heading, item.number, item.title,
                                           self.label, item.dnr))
        if block_kind(self.label) == "proposal_decision":
            item.motions += motions(value)
        elif block_kind(self.label) == "decision":
            item.outcome = item.outcome or first_outcome(value)
        elif self.label.startswith("Bilag"):
            item.attachments.append(" ".join(value.split())[:TITLE_CHARS])


def _parent_number(number: str) -> str:
    """"6" of "6.1", "§ 12d" of "§ 12d iii", "§ 12" of "§ 12d"."""
    if "." in number:
        return number.rsplit(".", 1)[0]
    sub = SUB_ITEM_NUMBER.fullmatch(number)
    return "" if not sub else sub["item"] + sub["letter"] if sub["roman"] else sub["item"]


def parse_items(text: str, lines: list[Line], heads: list[ItemHead], emphasis: dict[int, int],
                structure: Structure) -> int:
    """Items and their fields from the first item heading on; returns where the first item starts."""
    builder = _Builder(text, structure)
    at = {h.line.start: h for h in heads}
    parents: dict[str, AgendaItem] = {}
    for line in lines:
        if line.start < heads[0].line.start:
            continue
        if head := at.get(line.start):
            builder.open_item(head, parents)
        elif found := field_label(line, emphasis.get(line.start)):
            builder.open_field(found[0], found[1], line)
        else:
            builder.add(line)
    builder.close()
    title_only_items(structure)
    for item in structure.items:  # a parent item spans its sub-items
        if item.parent:
            parent = next(i for i in structure.items if i.number == item.parent)
            parent.end = max(parent.end, item.end)
    return heads[0].line.start


def _restates_label(label: str, rest: Line) -> bool:
    """The margin label's text is the label again, and nothing else: "Utbildningsförvaltningens förslag" beside
    "Utbildningsförvaltningens förslag till beslut:"."""
    found = field_label(rest, None)
    return found is not None and found[1] == rest.end and found[0].casefold().startswith(label.casefold())


def title_only_items(structure: Structure) -> None:
    """An item with no text of its own ("1 Mötets öppnande") is still a block, so that it can be found."""
    with_blocks = {b.item_number for b in structure.blocks}
    for item in structure.items:
        if item.number not in with_blocks:
            structure.blocks.append(Block(item.start, item.end, "field", (structure.body, item.heading),
                                          item.number, item.title, "Rubrik", item.dnr))
    structure.blocks.sort(key=lambda b: b.start)


# --- prose: the text before the first item, and documents without items ------------------------------

# "Deadline för nomineringar: 6 februari 2022", "Sista dag: 2024-03-01": a fact of the paragraph above, no heading
LABELLED_DAY = re.compile(rf"^[^:]{{3,60}}:\s*(?:\d{{1,2}}\s+(?:{'|'.join(MONTHS)})|\d{{4}}-\d\d-\d\d)", re.IGNORECASE)
_BULLET = re.compile(r"[-•–*▪◦][ \t]+\S|\(?[a-z1-9]\)[ \t]+\S")


def looks_like_heading(text: str, line: Line, before: Line | None, after: Line | None) -> bool:
    """Without layout: a short line that stands alone, starts in upper case and does not end a sentence."""
    alone = (before is None or "\n\n" in text[before.end:line.start]) and \
            (after is None or "\n\n" in text[line.end:after.start])
    s = line.stripped
    return alone and 0 < len(s) <= 90 and s[0].isupper() and not s.endswith((".", ",", ";", ")", "?", ":")) \
        and not _BULLET.match(s) and " – " not in s and not LABELLED_DAY.search(s)


# "Årsmötet 2007", "Höstmötet 2019-11-12" alone on a line: the report of that meeting follows, in any type
MEETING_OF_YEAR = re.compile(rf"(?=[A-ZÅÄÖ])(?i:{MEETING_WORD})[ \t]+(?:19|20)\d\d(?:-\d\d-\d\d)?")
PLAIN_HEADING_LEVEL = 4


def _heading_level(text: str, line: Line, before: Line | None, after: Line | None, levels: dict[int, int]) -> int:
    """The line's level as a heading, 0 when it is none: by the PDF's type, else by standing alone; a line that
    names a meeting and its year heads the next level down from the document's top."""
    if MEETING_OF_YEAR.fullmatch(line.stripped):
        return min(levels.values(), default=PLAIN_HEADING_LEVEL) + 1
    return levels.get(line.start) or (0 if levels else PLAIN_HEADING_LEVEL * looks_like_heading(text, line, before,
                                                                                                  after))


def prose_blocks(text: str, lines: list[Line], levels: dict[int, int], structure: Structure,
                 kind_of: Callable[[str], str] | None = None) -> None:
    """One block per paragraph or list under its heading path; field labels count as headings. A heading
    with nothing under it is a block of its own, so that no text is lost."""
    path: list[tuple[int, str]] = []
    block: list[Line] = []
    bare: list[Line] = []  # the last heading, while nothing stands under it

    def close() -> None:
        if block:
            first = block[0].stripped
            kind = "list" if _BULLET.match(first) else (kind_of(first) if kind_of else "paragraph")
            label = path[-1][1] if path and path[-1][0] == 99 else ""
            last = structure.blocks[-1] if structure.blocks else None
            if kind == "meeting_info" and last and last.kind == kind and last.end <= block[0].start:
                last.end = block[-1].end  # the label–value lines of a meeting header stay together
            else:
                structure.blocks.append(Block(block[0].start, block[-1].end, kind, tuple(p for _, p in path),
                                              field=label))
            block.clear()

    for i, line in enumerate(lines):
        before = lines[i - 1] if i else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        level = _heading_level(text, line, before, after, levels)
        found = field_label(line, None)
        if level or (found and found[1] == line.end):
            close()
            level = level or 99
            if bare and level <= path[-1][0]:  # not when the next heading is a sub-heading of the bare one
                structure.blocks.append(Block(bare[0].start, bare[0].end, "paragraph", tuple(p for _, p in path[:-1])))
            bare[:] = [line]
            heading = found[0] if found and level == 99 else heading_text(line.stripped)[:TITLE_CHARS]
            while path and path[-1][0] >= level:
                path.pop()
            if again := [i for i, (_, seen) in enumerate(path) if _heading_key(seen) == _heading_key(heading)]:
                del path[again[0]:]  # the same heading again ("MOTION – SM#4 2020"): the next document of a pack
            path.append((level, heading))
            continue
        blank = bool(block) and "\n\n" in text[block[-1].end:line.start]
        if blank or (block and _BULLET.match(line.stripped) and not _BULLET.match(block[0].stripped)):
            close()
        block.append(line)
        bare.clear()
    close()
    if bare:
        structure.blocks.append(Block(bare[0].start, bare[0].end, "paragraph", tuple(p for _, p in path[:-1])))


def _heading_key(heading: str) -> str:
    return re.sub(r"[^a-zåäöéü]", "", heading.casefold())


def parse_generic(text: str, noise: list[Span], layout: Layout = Layout()) -> Structure:
    structure = Structure(noise=[(ln.start, ln.end) for ln in split_lines(text) if is_page_number(ln)])
    lines = with_glued_paragraphs_apart(content_lines(text, noise))
    if not lines:
        return structure
    levels = {h.start: h.level for h in layout.headings}
    emphasis = dict(layout.emphasis)
    numbered = item_heads(lines, set(levels) | set(emphasis))
    heads = find_items(numbered)
    end = own_end(text, lines, heads, numbered)
    first = parse_items(text, [ln for ln in lines if ln.start < end], heads, emphasis, structure) if heads else len(text)
    prose_blocks(text, [ln for ln in lines if ln.start < first or ln.start >= end], levels, structure,
                 _preamble_kind if heads else None)
    structure.blocks.sort(key=lambda b: b.start)
    return structure


_MEETING_LABEL = re.compile(r"(?:Datum|Tid|Plats|Lokal|Sammanträdesdatum|Mötesdatum|Ordförande|Mötesordförande|"
                            r"Sekreterare|Mötessekreterare|Protokollförare|Justerare|Justerande|Paragrafer)\b",
                            re.IGNORECASE)
_MEMBERS_LABEL = re.compile(r"(?:Närvarande|Ledamöter|Beslutande|Ersättare|Tjänstgörande|Övriga|Adjungerade|"
                            r"Frånvarande|Deltagare)\b", re.IGNORECASE)


def _preamble_kind(first_line: str) -> str:
    if _MEETING_LABEL.match(first_line):
        return "meeting_info"
    return "members" if _MEMBERS_LABEL.match(first_line) else "paragraph"


DECIDES = re.compile(r"(?:[A-ZÅÄÖ][\wåäö-]*)(?:[ \t]+[\wåäö-]+){0,3}?[ \t]+(?:beslutar|beslutade|beslöt)\b|"
                      r"(?:Det[ \t]+)?(?i:beslutades|beslöts)[ \t]+att\b")  # "Beslutades att välja …"


def run_in_decisions(text: str, structure: Structure) -> None:
    """Minutes without a "Beslut" label write the decision as a sentence ("Årsmötet beslutade att …"): from
    the first line of an item's text that opens so, the rest of that text is the item's decision."""
    items = {item.number: item for item in structure.items}
    for block in list(structure.blocks):
        item = items.get(block.item_number)
        if item is None or block.field != PREAMBLE_FIELD or "Beslut" in item.fields:
            continue
        line = next((ln for ln in split_lines(text[block.start:block.end]) if DECIDES.match(ln.stripped)), None)
        if line is None:
            continue
        cut = block.start + line.start + len(line.text) - len(line.text.lstrip())
        decision = Block(cut, block.end, "decision", block.heading_path, block.item_number, block.item_title,
                         "Beslut", block.dnr)
        structure.blocks.insert(structure.blocks.index(block) + 1, decision)
        item.fields["Beslut"] = text[cut:block.end]
        item.outcome = item.outcome or first_outcome(item.fields["Beslut"])
        if cut > block.start:
            block.end = len(text[:cut].rstrip())
            item.fields[PREAMBLE_FIELD] = text[block.start:block.end]
        else:
            structure.blocks.remove(block)
            del item.fields[PREAMBLE_FIELD]
