"""Meeting-aware structure parsing of text extracted from PDFs and office files.

Three shapes of documents are recognised: minutes (``minutes.py``), agendas laid out as tables
(``agenda_tables.py``), agendas laid out as numbered items with fields (this module), and anything
else as a report with headings, numbered proposals, lists and footnotes (this module). The text is
never changed: the parsers only find spans and name them.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.documents.agenda_tables import is_table_agenda, parse_table_agenda
from assistant.documents.fields import field_label
from assistant.documents.contents import run_in_contents, with_listed_paragraphs
from assistant.documents.lines import (DNR, Line, banner_lines, contents_listing, continued_items, is_page_number,
                                      merge_spans, split_lines, stamp_lines, unspaced, vertical_text, without_banner)
from assistant.documents.meeting_facts import infer_facts
from assistant.documents.minutes import is_minutes, parse_minutes
from assistant.documents.model import (
    AgendaItem,
    Block,
    LoadedText,
    Member,
    Page,
    Structure,
)
from assistant.documents.item_heads import item_head
from assistant.documents.structure import LABELLED_DAY, MEETING_OF_YEAR, Layout, parse_generic, run_in_decisions

AGENDA_FIELDS = (
    "Ärendet i korthet",
    "Förslag till beslut",
    "Beslutsunderlag",
    "Anmälningar",
    "Beslut",
    "Sammanfattning",
    "Bakgrund",
)
TITLE_CHARS = 160
RUNNING_LINES = 3
PROPOSAL_GROUPS = {"SKR", "Medlemmarna", "Staten", "Kommunerna", "Regionerna"}
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

_ITEM_HEAD = re.compile(r"(\d{1,2}) (\S.*)")
_PROPOSAL = re.compile(r"(\d{1,2})\. \S")
_MARGIN = re.compile(r"(?<=\S)[ \t]{8,}((?:\S|[ \t]{1,7}(?=\S))+)[ \t]*$", re.MULTILINE)  # text far right of a line's own
_FOOTNOTE = re.compile(rf"[{SUPERSCRIPTS}]+ ")
_TOC_ENTRY = re.compile(r"(?:(?<!\.)\.{3}|\t)(?:\s|</?i>|\.)*+\d+(?:\s|</?i>)*+$")  # possessive: no backtracking
_TAGS = re.compile(r"</?i>")
_MEMBER = re.compile(
    r"(?P<name>[^()\n,]+?) \((?P<party>[A-ZÅÄÖ]{1,3})\)(?:, (?P<role>[^,\n]*ordförande))?, (?P<place>[^,\n]+)"
)
_STAFF = re.compile(r"(?P<name>[^()\n,]+?), (?P<role>[^\n]+)")
_DATE = re.compile(r"Datum:\s*(\d{4}-\d{2}-\d{2})")
_TIME = re.compile(r"Tid:\s*(?:kl\.?\s*)?([0-9.:]+(?:\s*-\s*[0-9.:]+)?)")
_PLACE = re.compile(r"Plats:\s*(.+)")


def parse(text: str, loaded: LoadedText | None = None, file_name: str = "") -> Structure:
    """The generic pass (``structure.py``), unless a layout-specific parser recognises the document and finds
    at least as many items; then the meeting facts it left blank (``meeting_facts.py``)."""
    noise = list(loaded.noise) if loaded else []
    if loaded and not noise:
        noise = running_noise(text, loaded.pages)
    lines = split_lines(text)
    noise += contents_listing(lines) + continued_items(lines) + vertical_text(lines) + stamp_lines(lines) + \
        banner_lines(lines)
    layout = Layout(tuple(loaded.headings), tuple(loaded.emphasis)) if loaded else Layout()
    generic = parse_generic(text, noise, layout)
    structure = _refined(text, generic) or generic
    structure.noise = merge_spans(structure.noise + noise)
    infer_facts(text, structure, structure.noise, file_name, loaded.hints.get("written", "") if loaded else "")
    if len(_meetings_reported(structure)) > 1:  # "Årsmötet 2006", "Årsmötet 2007": the page of many meetings' reports
        structure.meeting_date = ""  # is dated by none of them
    if structure is generic and structure.doc_type in ("protokoll", "justerat protokoll"):
        run_in_decisions(text, structure)
    if structure.doc_type.endswith("protokoll"):
        structure.items = with_listed_paragraphs(structure.items, run_in_contents(text))
    return structure


def _meetings_reported(structure: Structure) -> set[str]:
    return {h for block in structure.blocks for h in block.heading_path if MEETING_OF_YEAR.fullmatch(h)}


def _refined(text: str, generic: Structure) -> Structure | None:
    for recognises, parser in ((is_minutes, parse_minutes), (is_table_agenda, parse_table_agenda),
                               (is_item_agenda, parse_item_agenda)):
        if recognises(text):
            structure = parser(text)
            if structure.items and len(structure.items) >= 0.75 * len(generic.items):
                return structure
    if not generic.items and _table_of_contents(split_lines(text))[0]:
        return parse_report(text)
    return None


def running_noise(text: str, pages: list[Page]) -> list[tuple[int, int]]:
    """Plain text with pages: lines among the first or last three of a page that recur, digits aside, on at
    least half the pages (running headers and footers), unless they are a field label or an item's heading
    ("§ 66  Dnr 2024/1" heads every page of minutes that give each paragraph its page)."""

    edges: list[list[Line]] = []
    for page in pages:
        lines = [ln for ln in split_lines(text[page.start:page.end]) if ln.stripped]
        lines = [Line(ln.start + page.start, ln.end + page.start, ln.text) for ln in lines]
        edges.append(lines[:RUNNING_LINES] + lines[RUNNING_LINES:][-RUNNING_LINES:])
    key = lambda ln: re.sub(r"\d+", "#", " ".join(ln.stripped.casefold().split()))  # noqa: E731
    counts = Counter(k for lines in edges for k in {key(ln) for ln in lines})
    needed = max(2, -(-len([e for e in edges if e]) // 2))
    return [(ln.start, ln.end) for lines in edges for ln in lines
            if counts[key(ln)] >= needed and not field_label(ln, None) and not item_head(ln, False)] + \
        _running_margins(text, pages, needed)


def _running_margins(text: str, pages: list[Page], needed: int) -> list[tuple[int, int]]:
    """Text set far right of a line's own text (a wide gap before it) that recurs, digits aside, on ``needed``
    pages: a document reference printed in the margin of every page ("…   Dokumentreferens: 6044_2025…"), which
    a text extraction puts at the end of whichever line stands beside it."""
    found: dict[str, list[tuple[int, int, int]]] = {}
    for number, page in enumerate(pages):
        for match in _MARGIN.finditer(text, page.start, page.end):
            key = re.sub(r"\d+", "#", " ".join(match[1].casefold().split()))
            found.setdefault(key, []).append((number, match.start(1), match.end(1)))
    return [(start, end) for places in found.values() if len({n for n, _, _ in places}) >= needed
            for _, start, end in places]


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word boundary (a text layer without line breaks has one huge line)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


# --- agendas with numbered items and fields ---------------------------------------------------


def is_item_agenda(text: str) -> bool:
    heads = [ln for ln in split_lines(text) if _split_heading(ln.text)[0]]
    return len(heads) >= 3 and "Förslag till beslut" in text


def _split_heading(line: str) -> tuple[list[tuple[str, str]], str]:
    """Split a fused agenda heading such as ``12 Övriga frågor**13 Kommande möte****Ärendet i korthet**``
    into its items ``[("12", "Övriga frågor"), ("13", "Kommande möte")]`` and its field label."""
    parts = [p for p in line.split("**") if p.strip()]
    items: list[tuple[str, str]] = []
    field = ""
    for part in parts:
        match = _ITEM_HEAD.fullmatch(part.strip())
        if match and not items and part is not parts[0]:
            return [], ""
        if match and not field:
            items.append((match.group(1), match.group(2).strip()))
        elif part.strip() in AGENDA_FIELDS and items:
            field = part.strip()
        else:
            return [], ""
    if items and ("**" in line or field):
        return items, field
    return [], ""


def parse_item_agenda(text: str) -> Structure:
    lines = split_lines(text)
    structure = Structure(doc_type="kallelse")
    _parse_meeting_facts(text, structure)
    structure.noise = [(ln.start, ln.end) for ln in lines if is_page_number(ln)]
    first_item = next((i for i, ln in enumerate(lines) if _split_heading(ln.text)[0]), len(lines))
    _parse_preamble(lines[:first_item], structure)

    item: AgendaItem | None = None
    field = ""
    content: list[Line] = []

    def close_field() -> None:
        body = [ln for ln in content if ln.stripped and not is_page_number(ln)]
        if item is None:
            return
        if body:
            start, end = body[0].start, body[-1].end
            item.fields[field or "Rubrik"] = text[start:end]
            structure.blocks.append(
                Block(start, end, "agenda_item", ("Föredragningslista", item.heading),
                      item.number, item.title, field, ", ".join(DNR.findall(text[start:end])))
            )
            item.end = max(item.end, end)
            if field == "Beslutsunderlag":
                item.attachments += [ln.stripped.lstrip("- ").removeprefix("Bilaga ").strip() for ln in body]
        content.clear()

    for line in lines[first_item:]:
        heads, fused_field = _split_heading(line.text)
        if heads:
            close_field()
            for number, title in heads:
                item = AgendaItem(number, title, line.start, line.end)
                structure.items.append(item)
                if number != heads[-1][0]:  # an item with no fields of its own, e.g. "12 Övriga frågor"
                    structure.blocks.append(
                        Block(line.start, line.end, "agenda_item", ("Föredragningslista", f"{number} {title}"),
                              number, title, "Rubrik")
                    )
            field = fused_field
        elif line.stripped in AGENDA_FIELDS and item is not None:
            close_field()
            field = line.stripped
        else:
            content.append(line)
    close_field()
    return structure


def _parse_meeting_facts(text: str, structure: Structure) -> None:
    head = text[:2000]
    if match := _DATE.search(head):
        structure.meeting_date = match.group(1)
    if match := _TIME.search(head):
        structure.meeting_time = match.group(1).replace(" ", "")
    if match := _PLACE.search(head):
        structure.place = match.group(1).strip()


def _parse_preamble(lines: list[Line], structure: Structure) -> None:
    """Meeting facts, members (Ledamöter) and others present (Övriga) before the first item."""
    section = "meeting_info"
    groups: dict[str, list[Line]] = {"meeting_info": [], "Ledamöter": [], "Övriga": []}
    for line in lines:
        if line.stripped in ("Ledamöter", "Övriga", "Ersättare", "Närvarande"):
            section = "Ledamöter" if line.stripped in ("Ledamöter", "Närvarande") else "Övriga"
            continue
        if line.stripped and not is_page_number(line):
            groups[section].append(line)
    for line in groups["Ledamöter"]:
        if match := _MEMBER.fullmatch(line.stripped):
            structure.members.append(
                Member(match["name"].strip(), match["party"], (match["role"] or "ledamot").strip(), match["place"].strip())
            )
    for line in groups["Övriga"]:
        if match := _STAFF.fullmatch(line.stripped):
            structure.members.append(Member(match["name"].strip(), "", match["role"].strip(), ""))
            if "sekreterare" in match["role"]:
                structure.roles["sekreterare"] = match["name"].strip()
    for member in structure.members:
        if member.role == "ordförande":
            structure.roles["ordförande"] = f"{member.name} ({member.party})"
    for name, kind, field in (("meeting_info", "meeting_info", "Tid och plats"),
                              ("Ledamöter", "members", "Ledamöter"), ("Övriga", "members", "Övriga")):
        if groups[name]:
            structure.blocks.append(
                Block(groups[name][0].start, groups[name][-1].end, kind, ("Sammanträde",), field=field)
            )


# --- reports, attachments and other prose ------------------------------------------------------


def _heading_key(text: str) -> str:
    text = _TAGS.sub("", text)
    text = _TOC_ENTRY.sub("", text)
    text = re.sub(rf"[{SUPERSCRIPTS}]+", "", text)
    return re.sub(r"[\s.:]+$", "", text).strip().casefold()


def _table_of_contents(lines: list[Line]) -> tuple[dict[str, int], list[tuple[int, int]]]:
    """Headings named in a table of contents (key -> level) and the spans the table occupies."""
    headings: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.stripped != "Innehåll":
            continue
        spans.append((line.start, line.end))
        for entry in lines[i + 1:]:
            if not entry.stripped:
                continue
            if not _TOC_ENTRY.search(entry.text):
                break
            key = _heading_key(entry.text)
            level = 2 if entry.stripped.startswith("<i>") else 1
            if key in {g.casefold() for g in PROPOSAL_GROUPS}:
                level = 3
            headings.setdefault(key, level)
            spans.append((entry.start, entry.end))
    return headings, spans


def _looks_like_heading(lines: list[Line], i: int) -> bool:
    """An untitled-in-the-TOC heading: a short line standing alone that does not end a sentence."""
    line = lines[i].stripped
    before = lines[i - 1].stripped if i > 0 else ""
    after = lines[i + 1].stripped if i + 1 < len(lines) else ""
    return (
        0 < len(line) <= 90
        and line[0].isupper()
        and not line.endswith((".", ",", ";", ")", "?"))
        and not before
        and not after
        and not _PROPOSAL.match(line)
        and not line.startswith(("-", "•"))
        and " – " not in line
        and " - " not in line
        and not LABELLED_DAY.search(line)
    )


def parse_report(text: str) -> Structure:
    lines = split_lines(text)
    structure = Structure(doc_type="rapport")
    toc, toc_spans = _table_of_contents(lines)
    toc_lines = {start for start, _ in toc_spans}
    structure.noise = list(toc_spans) + [(ln.start, ln.end) for ln in lines if is_page_number(ln)]
    first = next((unspaced(ln.stripped) for ln in without_banner(lines) if ln.stripped), "")
    structure.title = shorten(first, TITLE_CHARS)

    path: list[str] = []
    levels: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.stripped or line.start in toc_lines or is_page_number(line):
            i += 1
            continue
        key = _heading_key(line.text)
        level = toc.get(key) if key in toc else (4 if _looks_like_heading(lines, i) and toc else None)
        if level is not None and len(line.stripped) <= 120:
            while levels and levels[-1] >= level:
                levels.pop()
                path.pop()
            levels.append(level)
            path.append(_TAGS.sub("", line.stripped).rstrip(":" + SUPERSCRIPTS).strip())
            if path[-1] in PROPOSAL_GROUPS:  # "SKR", "Staten": kept in the chunk text above its proposals
                structure.blocks.append(Block(line.start, line.end, "proposal", tuple(path), field="Grupp"))
            i += 1
            continue
        i = _report_block(lines, i, tuple(path), structure)
    _footnotes(lines, structure)
    structure.blocks.sort(key=lambda b: b.start)
    return structure


def _report_block(lines: list[Line], i: int, path: tuple[str, ...], structure: Structure) -> int:
    """Read one block starting at line ``i``; return the index after it. Footnotes are collected
    separately (``_footnotes``) because they also interrupt paragraphs at page breaks."""
    line = lines[i]
    if _FOOTNOTE.match(line.stripped):
        return i + 1
    if match := _PROPOSAL.match(line.stripped):
        end, j = _continuation(lines, i)
        structure.blocks.append(Block(line.start, end, "proposal", path, item_number=match.group(1)))
        return j
    if _is_bullet(line):
        j = i + 1
        while j < len(lines) and (_is_bullet(lines[j]) or (lines[j].stripped and not _is_block_start(lines[j]))):
            j += 1
        structure.blocks.append(Block(line.start, lines[j - 1].end, "list", path))
        return j
    end, j = _continuation(lines, i)
    structure.blocks.append(Block(line.start, end, "paragraph", path))
    return j


def _footnotes(lines: list[Line], structure: Structure) -> None:
    for line in lines:
        if _FOOTNOTE.match(line.stripped):
            structure.blocks.append(Block(line.start, line.end, "footnote", (), field="Fotnot"))


def _is_bullet(line: Line) -> bool:
    return line.stripped.startswith(("- ", "• "))


def _is_block_start(line: Line) -> bool:
    s = line.stripped
    return bool(_PROPOSAL.match(s) or _FOOTNOTE.match(s) or _is_bullet(line))


def _continuation(lines: list[Line], i: int) -> tuple[int, int]:
    """End offset of the paragraph that starts at line ``i``, following a page break into a paragraph that
    starts in lower case (PDF extraction splits sentences at page ends, often with a footnote between)."""
    end = lines[i].end
    j = i + 1
    while j < len(lines) and lines[j].stripped and not _is_block_start(lines[j]) and not is_page_number(lines[j]):
        end = lines[j].end
        j += 1
    k = j
    while k < len(lines) and (not lines[k].stripped or _FOOTNOTE.match(lines[k].stripped) or is_page_number(lines[k])):
        k += 1
    if k < len(lines) and k > j and lines[k].stripped[:1].islower() and not _is_block_start(lines[k]):
        return _continuation(lines, k)
    return end, j
