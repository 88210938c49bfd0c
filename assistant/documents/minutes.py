"""Swedish minutes (sammanträdesprotokoll): meeting facts, attendance, and one item per § with its
fields (Beslut, Förslag till beslut …, Sammanfattning av ärendet, Beslutsgång, …).

Running page headers, "Expedierat/bestyrkt" and signature stamps, page markers and the table of
contents are returned as noise. Every span is an offset into the text exactly as given.
"""

from __future__ import annotations

import re

from assistant.documents.agenda_tables import (
    TextLine,
    join_wrapped,
    lines_of,
    organisation_name,
    trim_span,
)
from assistant.documents.attendance import SERVING
from assistant.documents.dates import LONE_DATE
from assistant.documents.fields import BODY_DECISION, block_kind
from assistant.documents.lines import CELL_GAP, STAMPS, merge_spans
from assistant.documents.model import AgendaItem, Block, Member, Structure
from assistant.documents.structure import title_only_items
from assistant.swedish import normalize_dnr

Span = tuple[int, int]

FIELD_LABELS = (
    "Beslut",
    "Sammanfattning av ärendet",
    "Beskrivning av ärendet",
    "Ärendebeskrivning",
    "Beslutsunderlag",
    "Yrkanden?",
    "Beslutsgång",
    "Propositionsordning",
    "Omröstning(?:sresultat)?",
    "Reservation(?:er)?",
    "Protokollsanteckning(?:ar)?",
    "Särskilda? yttranden?",
    "Beslutet skickas till",
    "Expediering",
    "Skäl för beslut(?:et)?",
    "Motivering",
    "Beslutsmotivering",
    "Upplysning(?:ar)?",
    "Villkor",
    "Jäv",
    "Beslutet kan överklagas",
    r"Förslag till beslut(?: (?:i|på|till) [^.:\n]{1,40})?",
    rf"(?i:{BODY_DECISION})",
)
PREAMBLE_FIELD = "Text"  # text of a § before its first field label, e.g. a note on secrecy

_FIELD = re.compile(rf"[ \t]*(?P<label>{'|'.join(FIELD_LABELS)})[ \t]*:?[ \t]*")
_PAGE_MARKER = re.compile(r"<!-- sida \d+ -->[ \t]*")
_HEADER = re.compile(
    r"^[ \t]*(?:(?P<org>[A-ZÅÄÖ][A-ZÅÄÖ \t-]*?)[ \t]+KOMMUN[ \t]+)?(?:SAMMANTRÄDES)?PROTOKOLL\b[^\n]*"
    r"(?:\n(?P<body>[^\n§]+)\n[ \t]*Datum[ \t]*\n[ \t]*(?P<date>\d{4}-\d{2}-\d{2})[ \t]*$"
    # a second layout: "Datum" first, then the body and the date on one line
    r"|\n[ \t]*\n?[ \t]*Datum[ \t]*\n(?P<body_first>[^\n§]+?)[ \t]{2,}(?P<date_after>\d{4}-\d{2}-\d{2})[ \t]*$)?",
    re.MULTILINE,
)
_TOC_HEAD = re.compile(r"[ \t]*Innehåll(?:sförteckning)?[ \t]*")
_TOC_ENTRY = re.compile(r".*(?:\.{4}|…{2})[ \t]*\d+[ \t]*")  # fixed-length leader: no quadratic backtracking
_PARAGRAPH = re.compile(r"§[ \t]*(?P<number>\d+)(?:[ \t]+(?:Dnr|Diarienummer)\.?:?[ \t]*(?P<dnr>\S[^\n]*?))?[ \t]*")
_DECIDED_PARAGRAPH = re.compile(
    r"^§[ \t]*\d+[^\n]*\n(?:[^\n]*\n){0,6}?(?:Beslut|Förslag till beslut)[^\n]*$", re.MULTILINE)
_PLACE_TIME = re.compile(
    r"Plats och tid(?![ \t]+för[ \t]+justering)(?:[ \t]+för(?:[ \t]+sammanträdet?)?)?[ \t]+(?P<place>\S.*?)[ \t,]+"
    r"(?:[Kk]lockan|[Kk]l\.?)[ \t]*(?P<time>\d{1,2}[.:]\d{2}(?:[ \t]*[–-][ \t]*\d{1,2}[.:]\d{2})?)"
)
_ROLE = re.compile(
    r"[ \t]*(?P<label>Sekreterare|Ordförande|Protokolljusterare|Justerare|Justerande|Utses att justera)"
    r"[ \t]+(?P<value>\S.*?)(?:[ \t]{2,}.*)?"
)
_ROLE_KEYS = {"Sekreterare": "sekreterare", "Ordförande": "ordförande"}
_PARAGRAPHS = re.compile(r"Paragrafer[ \t]+(?P<value>§§?[ \t]*(?P<first>\d+)(?:[ \t]*[–-][ \t]*(?P<last>\d+))?)")
_JUSTERING = re.compile(r"[ \t]*Plats och tid för justering[ \t]+(?P<value>\S.*?)[ \t]*")
_NAME_TOKEN = r"[A-ZÅÄÖÉÜ][^\W\d_]*(?:-[A-ZÅÄÖÉÜ][^\W\d_]*)?"
_PERSON = re.compile(
    rf"[ \t]*(?P<name>{_NAME_TOKEN}(?: {_NAME_TOKEN}){{1,3}})(?:[ \t]+\((?P<party>[^()\n]{{1,8}})\))?"
    r"(?:(?:,[ \t]*|[ \t]+(?=ersätter\b|i ?stället för\b))(?P<role>.*?))?[ \t]*"
)


_REPLACES = re.compile(r"(?:ersätter|i ?stället för)\s+\S.*")


def is_minutes(text: str) -> bool:
    if _HEADER.search(text[:3000]):
        return True
    return len(_DECIDED_PARAGRAPH.findall(text)) >= 2


def noise_spans(text: str) -> list[Span]:
    """Page markers, running page headers, stamps and signature lines, and the table of contents."""
    lines = lines_of(text)
    spans = [(m.start(), m.end()) for m in _HEADER.finditer(text)]
    spans += [(ln.start, ln.end) for ln in lines if _PAGE_MARKER.fullmatch(ln.text) or STAMPS.fullmatch(ln.text)]
    if toc := _table_of_contents(lines):
        spans.append(toc)
    return merge_spans(spans)


def parse_minutes(text: str) -> Structure:
    lines = lines_of(text)
    structure = Structure(doc_type="protokoll", noise=noise_spans(text))
    _parse_page_header(text, structure)
    paragraphs = _paragraph_lines(text, lines, structure)
    toc = _table_of_contents(lines)
    header_end = toc[0] if toc else paragraphs[0].start if paragraphs else len(text)
    _parse_meeting_info(text, [ln for ln in lines if ln.end <= header_end], structure)
    ends = [ln.start for ln in paragraphs[1:]] + [len(text)]
    for line, end in zip(paragraphs, ends):
        _parse_paragraph(text, [ln for ln in lines if line.start <= ln.start < end], end, structure)
    title_only_items(structure)  # a list of §§ with their titles alone ("§ 109" / "Omkostnader vid ledsagarservice …")
    return structure


def _in_noise(line: TextLine, noise: list[Span]) -> bool:
    return any(start <= line.start < end for start, end in noise)


def _table_of_contents(lines: list[TextLine]) -> Span | None:
    """From "Innehåll" to the last dot-leader entry before the first field label."""
    head = next((i for i, ln in enumerate(lines) if _TOC_HEAD.fullmatch(ln.text)), None)
    if head is None:
        return None
    last_entry = None
    for line in lines[head + 1:]:
        if _FIELD.fullmatch(line.text):
            break
        if _TOC_ENTRY.fullmatch(line.text):
            last_entry = line
    return (lines[head].start, last_entry.end) if last_entry else None


def _parse_page_header(text: str, structure: Structure) -> None:
    match = next((m for m in _HEADER.finditer(text) if m["body"] or m["body_first"]), None) or _HEADER.search(text)
    if match is None:
        return
    if match["org"]:
        structure.organisation = organisation_name(match["org"])
    if body := match["body"] or match["body_first"]:
        structure.body = " ".join(body.split())
        structure.meeting_date = match["date"] or match["date_after"]


def _paragraph_lines(text: str, lines: list[TextLine], structure: Structure) -> list[TextLine]:
    """Lines opening a § ("§ 71   Dnr 2024-00001") outside noise, in increasing order and within the
    header's "Paragrafer §§ 71-82" when given (so a wrapped "§ 196" of a cited decision is not one)."""
    declared = _PARAGRAPHS.search(text)
    first = int(declared["first"]) if declared else 0
    last = int(declared["last"] or declared["first"]) if declared else 10**6
    found: list[TextLine] = []
    previous = first - 1
    for line in lines:
        match = _PARAGRAPH.fullmatch(line.text)
        if not match or _in_noise(line, structure.noise) or not previous < int(match["number"]) <= last:
            continue
        previous = int(match["number"])
        found.append(line)
    return found


def _parse_meeting_info(text: str, lines: list[TextLine], structure: Structure) -> None:
    for line in lines:
        if match := _PLACE_TIME.search(line.text):
            structure.place, structure.meeting_time = match["place"].strip(" ,"), match["time"]
        elif match := _JUSTERING.fullmatch(line.text):
            structure.roles["justering"] = match["value"]
        elif match := _ROLE.fullmatch(line.text):
            structure.roles[_ROLE_KEYS.get(match["label"], "justerare")] = match["value"]
        if match := _PARAGRAPHS.search(line.text):
            structure.roles["paragrafer"] = match["value"]
    attendance = _attendance(lines)
    if attendance:
        structure.members = _members(attendance)
        span = trim_span(text, attendance[0].start, attendance[-1].end, structure.noise)
        structure.blocks.append(Block(*span, "members", ("Sammanträde",), field="Närvarande"))
    start = lines[0].start if lines else 0
    end = lines[-1].end if lines else 0
    pieces = [(start, attendance[0].start), (attendance[-1].end, end)] if attendance else [(start, end)]
    for (piece_start, piece_end), field in zip(pieces, ("Plats och tid", "Justering")):
        span = trim_span(text, piece_start, piece_end, structure.noise)
        if span[1] > span[0]:
            structure.blocks.append(Block(*span, "meeting_info", ("Sammanträde",), field=field))
    structure.blocks.sort(key=lambda block: block.start)


def _attendance(lines: list[TextLine]) -> list[TextLine]:
    """From "Beslutande" to the last line before the signatures ("Sekreterare", "Plats och tid för justering")."""
    start = next((i for i, ln in enumerate(lines) if ln.text.lstrip().startswith("Beslutande")), None)
    if start is None:
        return []
    section: list[TextLine] = []
    for line in lines[start:]:
        if _ROLE.fullmatch(line.text) or _JUSTERING.fullmatch(line.text) or _PARAGRAPHS.search(line.text):
            break
        section.append(line)
    while section and not section[-1].text.strip():
        section.pop()
    return section


def _members(lines: list[TextLine]) -> list[Member]:
    """People with party are decision makers (under "Beslutande") or substitutes (under "Övriga"). A row may hold
    two cells: the second column lists the serving substitutes ("Richard Hansson (C) ersätter Heinrich") or the
    officials. A cell that is not a person continues the last person of its column ("Kaufmann (C)"); a line of
    one such cell continues the last person named ("1:e vice" + "ordförande")."""
    people: list[list[str]] = []  # name, party, role
    last: dict[int, list[str]] = {}  # the last person of each column
    voting = True
    for line in (ln.text.strip() for ln in lines):
        if line.startswith(("Beslutande", "Övriga")):
            voting, last = line.startswith("Beslutande"), {}
            continue
        cells = CELL_GAP.split(line) if line else []
        for column, cell in enumerate(cells):
            if match := _PERSON.fullmatch(cell):
                party = match["party"] or ""
                default = ("ledamot" if column == 0 else "tjänstgörande ersättare") if voting else "ersättare"
                people.append([match["name"], party, match["role"] or (default if party else "")])
                last[column] = last[-1] = people[-1]
            elif (person := last.get(column if len(cells) > 1 else -1)) is not None:
                role = person[2]
                person[2] = f"{role.rstrip(', ')}, {cell}" if cell.startswith("§") else f"{role} {cell}"
    return [_member(name, party, role) for name, party, role in people]


def _member(name: str, party: str, role: str) -> Member:
    role = role.strip(" ,")
    role = role[:1].lower() + role[1:]
    if replaced := _REPLACES.match(role):  # "ersätter Heinrich Kaufmann (C)": a serving substitute
        role = f"{SERVING}{replaced.group()}"
    return Member(name, party, role, "")


def _parse_paragraph(text: str, lines: list[TextLine], end: int, structure: Structure) -> None:
    head = _PARAGRAPH.fullmatch(lines[0].text)
    assert head is not None
    number = f"§ {head['number']}"
    body = [ln for ln in lines[1:] if not _in_noise(ln, structure.noise)]
    while body and not body[0].text.strip():
        body.pop(0)
    title_lines = []
    for line in body:
        if not line.text.strip() or _FIELD.fullmatch(line.text):
            break
        if title_lines or not LONE_DATE.fullmatch(line.text):  # "§ 104" / "14 september 2011" / "Socialdirektören
            title_lines.append(line)  # informerar": the page head's date between the number and the title
    title = join_wrapped([ln.text for ln in title_lines])
    item_start, item_end = trim_span(text, lines[0].start, end, structure.noise)
    item = AgendaItem(number, title, item_start, item_end, normalize_dnr(head["dnr"] or ""))
    structure.items.append(item)
    content_start = title_lines[-1].end if title_lines else lines[0].end
    labels = [ln for ln in body if ln.start >= content_start and _FIELD.fullmatch(ln.text)]
    heads = [(content_start, PREAMBLE_FIELD)] + [(ln.end, ln.text.strip()) for ln in labels]
    limits = [ln.start for ln in labels] + [end]
    for (label_end, label), limit in zip(heads, limits):
        _add_field(text, structure, item, label.rstrip(": \t"), trim_span(text, label_end, limit, structure.noise))


def _add_field(text: str, structure: Structure, item: AgendaItem, label: str, span: Span) -> None:
    if span[1] <= span[0]:
        return
    kind = block_kind(label)
    value = without_noise(text, span, structure.noise)
    item.fields[label] = f"{item.fields[label]}\n\n{value}" if label in item.fields else value
    heading = (structure.body, item.heading)
    structure.blocks.append(Block(*span, kind, heading, item.number, item.title, label, item.dnr))


def without_noise(text: str, span: Span, noise: list[Span]) -> str:
    """The text of ``span`` with the noise spans inside it left out (a page break becomes a line break)."""
    start, end = span
    pieces = []
    for noise_start, noise_end in noise:
        if noise_end <= start or noise_start >= end:
            continue
        pieces.append(text[start:noise_start])
        start = noise_end
    pieces.append(text[start:end])
    return "\n".join(piece.strip() for piece in pieces if piece.strip())
