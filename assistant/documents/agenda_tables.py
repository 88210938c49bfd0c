"""Agendas (kallelser) laid out as Markdown tables: one row per item, with columns such as
``| | Ärende | Beteckning | Förslag | Tid |`` and ``<br>`` for line breaks inside a cell.

Also the small text helpers shared by the meeting parsers: joining wrapped lines, diary numbers,
Swedish dates and organisation names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.documents.model import AgendaItem, Block, Structure
from assistant.swedish import iso_date, normalize_dnr

_LINE = re.compile(r"^.*$", re.MULTILINE)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_SEPARATOR_ROW = re.compile(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*")
_HEADER_ROW = re.compile(r"\|.*\bÄrende\b.*\|[ \t]*")
_TABLE_START = re.compile(r"^\|[^\n]*\bÄrende\b[^\n]*\|[ \t]*\n\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$", re.MULTILINE)
_NOISE_LINES = (
    re.compile(r"<!-- sida \d+ -->[ \t]*"),
    re.compile(r"[ \t]*[A-ZÅÄÖ][A-ZÅÄÖ \t-]*[ \t]KOMMUN[ \t]*"),  # running page header "KUNGSBACKA  KOMMUN"
    re.compile(r"[ \t]*\d+[ \t]*\([ \t]*\d+[ \t]*\)[ \t]*"),  # page counter "2(4)"
    re.compile(r"[ \t]*\[Tabell [^\]]*\]\([^)]*\)[ \t]*"),  # link to the table's CSV file
    _SEPARATOR_ROW,
    _HEADER_ROW,
)
_MEETING = re.compile(
    r"^[ \t]*Sammanträde[ \t]+(?:[a-zåäö]+dagen[ \t]+)?(?:den[ \t]+)?(?P<date>\d{1,2}[ \t]+[a-zåäö]+[ \t]+\d{4})"
    r"(?:[ \t]+(?:kl\.?|klockan)[ \t]*(?P<time>\d{1,2}[.:]\d{2}(?:[ \t]*[–-][ \t]*\d{1,2}[.:]\d{2})?))?[ \t]*$",
    re.MULTILINE,
)
_ORGANISATION = re.compile(r"^[ \t]*([A-ZÅÄÖ][A-ZÅÄÖ \t-]*?)[ \t]+KOMMUN\b", re.MULTILINE)
_PROPOSAL_LABEL = re.compile(r"Förslag till beslut(?: (?:i|på|till) [^.]{1,40})?")
_SIGNATURE_ROLES = re.compile(r"[ \t]*(?:(?:vice |1:e vice |2:e vice )?ordförande|sekreterare)(?:[ \t]{2,}\S.*)?")
_JUSTERARE = re.compile(r"Ordinarie:\s*(?P<main>[^\n]+?)\s*(?:Ersättare:\s*(?P<deputy>.+?))?\s*$", re.DOTALL)


@dataclass(frozen=True)
class TextLine:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Row:
    line: TextLine
    cells: list[str]


def join_wrapped(parts: list[str]) -> str:
    """Join wrapped lines with single spaces; a line ending in a hyphen right after a letter or digit
    ("BN-2016-", "Bui-") is joined to the next without one."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        out = part if not out else out + part if re.search(r"\S-$", out) else f"{out} {part}"
    return " ".join(out.split())


def organisation_name(upper: str) -> str:
    """``"KUNGSBACKA"`` (from a page header ``KUNGSBACKA KOMMUN``) → ``"Kungsbacka kommun"``."""
    return " ".join(w.capitalize() for w in upper.split()) + " kommun"


def is_table_agenda(text: str) -> bool:
    return bool(_TABLE_START.search(text))


def parse_table_agenda(text: str) -> Structure:
    lines = lines_of(text)
    structure = Structure(doc_type="kallelse")
    structure.noise = [(ln.start, ln.end) for ln in lines if _is_noise(ln.text)]
    _parse_meeting_facts(text, lines, structure)
    rows = [_Row(ln, _cells(ln.text)) for ln in lines if ln.text.startswith("|") and not _is_noise(ln.text)]
    header = next((_cells(ln.text) for ln in lines if _HEADER_ROW.fullmatch(ln.text)), [])
    columns = _columns(header)
    for row in rows:
        _add_row(row, columns, structure)
    first_table = next((ln.start for ln in lines if ln.text.startswith(("|", "[Tabell"))), len(text))
    _add_meeting_info(text, first_table, structure)
    _add_signature(lines, structure)
    structure.blocks.sort(key=lambda block: block.start)
    return structure


def lines_of(text: str) -> list[TextLine]:
    return [TextLine(m.start(), m.end(), m.group()) for m in _LINE.finditer(text)]


def trim_span(text: str, start: int, end: int, noise: list[tuple[int, int]]) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space and noise spans at its edges; empty when nothing is left."""
    while True:
        piece = text[start:end]
        new_start = start + len(piece) - len(piece.lstrip())
        new_end = new_start + len(piece.strip())
        for noise_start, noise_end in noise:
            if noise_start <= new_start < noise_end:
                new_start = noise_end
            if noise_start < new_end <= noise_end:
                new_end = noise_start
        if new_start >= new_end:
            return new_start, new_start
        if (new_start, new_end) == (start, end):
            return start, end
        start, end = new_start, new_end


def _is_noise(line: str) -> bool:
    return any(pattern.fullmatch(line) for pattern in _NOISE_LINES)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELL_SPLIT.split(line.strip())[1:-1]]


def _columns(header: list[str]) -> dict[str, int]:
    """Column index of the item number, title, diary number and proposal."""
    columns = {"number": 0}
    for index, name in enumerate(header):
        if name.startswith("Ärende"):
            columns["title"] = index
        elif name in ("Beteckning", "Dnr", "Diarienummer"):
            columns["dnr"] = index
        elif name.startswith("Förslag"):
            columns["proposal"] = index
    return columns


def _cell(row: _Row, columns: dict[str, int], name: str) -> list[str]:
    index = columns.get(name, -1)
    if index < 0 or index >= len(row.cells):
        return []
    return [part.strip() for part in _BR.split(row.cells[index])]


def _add_row(row: _Row, columns: dict[str, int], structure: Structure) -> None:
    number = " ".join(_cell(row, columns, "number")).rstrip(".").strip()
    title_parts = _cell(row, columns, "title")
    speaker_at = next((i for i, p in enumerate(title_parts) if p.startswith("Föredragande:")), len(title_parts))
    title = join_wrapped(title_parts[:speaker_at])
    proposal = _cell(row, columns, "proposal")
    heading = ("Föredragningslista", f"{number} {title}".strip())
    if not number:
        if title == "Val av justerare":
            _add_justerare(join_wrapped(proposal), structure)
            structure.blocks.append(Block(row.line.start, row.line.end, "agenda_item", heading, item_title=title))
        return
    dnr = normalize_dnr(join_wrapped(_cell(row, columns, "dnr")))
    label = proposal[0] if proposal and _PROPOSAL_LABEL.fullmatch(proposal[0]) else ""
    proposal_text = join_wrapped(proposal[1:] if label else proposal)
    item = AgendaItem(number, title, row.line.start, row.line.end, dnr)
    if proposal_text:
        item.fields["Förslag till beslut"] = proposal_text
    if speaker_at < len(title_parts):
        item.fields["Föredragande"] = join_wrapped(title_parts[speaker_at:]).removeprefix("Föredragande:").strip()
    structure.items.append(item)
    field = (label or "Förslag till beslut") if proposal_text else ""
    structure.blocks.append(Block(row.line.start, row.line.end, "agenda_item", heading, number, title, field, dnr))


def _add_justerare(proposal: str, structure: Structure) -> None:
    match = _JUSTERARE.search(proposal)
    if not match:
        return
    structure.roles["justerare"] = match["main"].strip()
    if match["deputy"]:
        structure.roles["justerare_ersattare"] = match["deputy"].strip()


def _parse_meeting_facts(text: str, lines: list[TextLine], structure: Structure) -> None:
    if match := _ORGANISATION.search(text):
        structure.organisation = organisation_name(match.group(1))
    match = _MEETING.search(text)
    if not match:
        return
    structure.meeting_date = iso_date(match["date"])
    structure.meeting_time = match["time"] or ""
    before = [ln.text.strip() for ln in lines if ln.end <= match.start() and ln.text.strip()]
    after = [ln.text.strip() for ln in lines if ln.start > match.end() and ln.text.strip()]
    structure.body = " ".join(before[-1].split()) if before else ""
    structure.place = after[0] if after and not after[0].startswith(("|", "[")) else ""


def _add_meeting_info(text: str, end: int, structure: Structure) -> None:
    start, end = trim_span(text, 0, end, structure.noise)
    if end > start:
        structure.blocks.insert(0, Block(start, end, "meeting_info", ("Sammanträde",), field="Tid och plats"))


def _add_signature(lines: list[TextLine], structure: Structure) -> None:
    """``Thure Sandén      Sofie Axelsson`` above ``ordförande        sekreterare``."""
    for names, roles in zip(lines, lines[1:]):
        if not _SIGNATURE_ROLES.fullmatch(roles.text) or not names.text.strip():
            continue
        for name, role in zip(re.split(r"\s{2,}", names.text.strip()), re.split(r"\s{2,}", roles.text.strip())):
            structure.roles.setdefault(role, name)
        structure.blocks.append(Block(names.start, roles.end, "meeting_info", ("Sammanträde",), field="Underskrifter"))
        return
