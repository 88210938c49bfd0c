"""The units an answer quotes: a chunk's kept text split into sentences, list items, proposals and field
values, each with exact offsets into its document, and what a unit ending in a colon announces."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import takewhile

from assistant.answer.retrieval import Hit
from assistant.answer.sources import SourceTexts
from assistant.documents.item_heads import BULLETED_ITEM, RUN_IN_WORDS
from assistant.documents.outcomes import outcomes_in
from assistant.documents.person_names import is_personal_name
from assistant.documents.parsing import PROPOSAL_GROUPS
from assistant.index.store import StoredChunk
from assistant.swedish import COUNT_WORDS, NOT_AFTER_ABBREVIATION, content_terms

SUPERSCRIPTS_AND_SPACE = "⁰¹²³⁴⁵⁶⁷⁸⁹ \t"
BULLETS = ("-", "•", "*", "\\*", "\uf0b7", "\uf0a7", "▪", "◦")  # U+F0B7, U+F0A7: Word's bullets in a PDF's text
LEVEL_BULLETS = ("●", "○", "■")  # Google Docs' bullets, one glyph per level of a nested list: a line of them
# goes on the line before it (a block of bullets stays one quote), but the levels make points and sub-points
MAX_ANNOUNCED = 12
MAX_CONTINUED = 4  # units a sentence wrapped over blank lines goes on in
MAX_OUTCOME = 3  # sentences after a matter raised that say what came of it
LIST_LINE_CHARS = 100
_LABEL_LINE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,2}")  # "Frånvarande", "Övriga närvarande"
_NAME_PART = re.compile(r"[,(]")  # "Tora Ek, ordförande", "Katja Lefwerth (§ 143)"
PROPOSAL_LINE = re.compile(r"\d{1,2}\. \S")
_OUTLINE_MARKER = r"(?:[a-zA-Z]|[ivxIVX]{2,4})\."  # "a. Swish …", "ii. Gamejams": minutes' sub-points
OUTLINE_LINE = re.compile(rf"{_OUTLINE_MARKER}\s+\S")
# "○ Beslut: Förslaget godtas" inside a block of Google Docs bullets: a labelled decision or proposal is a point of
# its own
_LABELLED_LEVEL = rf"[{''.join(LEVEL_BULLETS)}]\s*(?i:beslut|förslag|motivering|yrkande)\w*\s*:"
# a line and the lines that continue it, up to a blank line or a line that starts a bullet, number or sub-point
_STARTS = rf"{'|'.join(map(re.escape, BULLETS))}|\d{{1,2}}\. |{_OUTLINE_MARKER}\s|{_LABELLED_LEVEL}"
# (a "- Propositioner på mötet." bullet or a "○ Beslut:" ends at a "● Planering …" line: the next point)
_LINE = re.compile(rf"(?:{'|'.join(map(re.escape, BULLETS))}|{_LABELLED_LEVEL})[^\n]*"
                   rf"(?:\n(?!\n|{_STARTS}|[{''.join(LEVEL_BULLETS)}])[^\n]+)*"
                   rf"|[^\n]+(?:\n(?!\n|{_STARTS})[^\n]+)*")
SENTENCE_END = re.compile(rf"(?<=[.!?]){NOT_AFTER_ABBREVIATION}(?<![^\S\n]1\.)(?<![.!?:][ \t]\d\.)"
                          r"(?<![.!?:][ \t]\d\d\.)\s+(?=[A-ZÅÄÖ0-9\"”(])")  # "9 kap. 30 §" goes on, and a point
# run into its label or after the point before it ("Ordförandens förslag 1. Motionen …", "… fastställs. 2. Taxan …"),
# not a number ending a sentence ("… i hus 3. Frågor …")


@dataclass
class Unit:
    """A sentence, list item, proposal or field value: the smallest thing an answer quotes."""

    start: int
    end: int
    text: str
    score: float = 0.0
    label: str = ""  # the field ("Förslag till beslut") or proposal group ("Staten") it stands under
    starts_line: bool = True  # False for a second sentence on the same line
    opens_paragraph: bool = True  # False for any later sentence of its paragraph


Picked = list[tuple[Hit, list[Unit]]]  # per hit, the units chosen from it


def units_of(chunk: StoredChunk, text: str) -> list[Unit]:
    """Split a chunk's kept segments into quotable units with exact offsets."""
    return units_in(text, chunk.segments)


def units_in(text: str, segments: list[tuple[int, int]]) -> list[Unit]:
    """The quotable units of these spans of a document's text."""
    units: list[Unit] = []
    for seg_start, seg_end in segments:
        for line_start, piece in _pieces(text[seg_start:seg_end]):
            l_start = seg_start + line_start
            if is_list_line(piece) or len(piece) < 220:
                units.append(Unit(l_start, l_start + len(piece), piece))
                continue
            cut, new_line = 0, True
            for match in SENTENCE_END.finditer(piece):
                units.append(Unit(l_start + cut, l_start + match.start(), piece[cut:match.start()],
                                  starts_line=new_line, opens_paragraph=cut == 0))
                cut, new_line = match.end(), "\n" in match.group()
            units.append(Unit(l_start + cut, l_start + len(piece), piece[cut:], starts_line=new_line,
                              opens_paragraph=cut == 0))
    return [u for u in units if any(c.isalnum() for c in u.text)]  # an empty field (".") is nothing to quote


def _pieces(segment: str) -> list[tuple[int, str]]:
    """The segment's lines and the lines continuing them; a block that opens on a sub-point ("○ Görs något åt …?" /
    "■ Nej") ends where a line opens a point of a higher level ("● Hur förhåller vi oss till …?")."""
    pieces = []
    for line in _LINE.finditer(segment):
        cuts = [line.start(), line.end()]
        if (glyph := line.group()[0]) in LEVEL_BULLETS[1:]:
            higher = "".join(LEVEL_BULLETS[:LEVEL_BULLETS.index(glyph)])
            cuts[1:1] = [line.start() + m.end() for m in re.finditer(rf"\n(?=[{higher}])", line.group())]
        pieces += [(a, segment[a:b].rstrip("\n")) for a, b in zip(cuts, cuts[1:])]
    return pieces


def continued(unit: Unit, units: list[Unit], text: str) -> Unit:
    """A quote that ends mid-sentence, where the chunker cut an item's heading line from its body ("… Medlemsavgiften
    höjs" / "från 100 till 125kr.") or an extraction wrapped a line over a blank one ("… till 175" / "" / "kr/år
    från och med 2027."), goes on in the units after it that start in lower case and are no sub-point, a few lines
    at most ("- Beslut: Svarar att … hänvisar till frITids" / "" / "undersökningar. … välj ett" / "" / "datum …")."""
    for _ in range(MAX_CONTINUED):
        following = next((u for u in units if u.start >= unit.end), None)
        if following is None or not runs_on(unit.text, following.text):
            return unit
        gap = text[unit.end:following.start]
        if gap.strip() or gap.count("\n") > 2 or OUTLINE_LINE.match(following.text):
            return unit
        unit = replace(unit, end=following.end, text=text[unit.start:following.end])
    return unit


def begun(unit: Unit, units: list[Unit], text: str) -> Unit:
    """A quote that starts mid-sentence, where an extraction put a blank line inside a sentence ("… det vill" / "" /
    "säga förvaltningens förslag …"), begins at the unit before it: it starts in lower case, that one ends no
    sentence."""
    before = [u for u in units if u.end <= unit.start]
    if not before or not runs_on(before[-1].text, unit.text) or is_list_line(unit.text):
        return unit
    previous = before[-1]
    gap = text[previous.end:unit.start]
    if gap.strip() or gap.count("\n") > 2:
        return unit
    return replace(unit, start=previous.start, text=text[previous.start:unit.end])


def runs_on(before: str, after: str) -> bool:
    """A sentence an extraction broke (over a blank line, a page, a chunk's edge): the part before ends no sentence,
    the part after starts in lower case."""
    return not before.rstrip().endswith((".", ":", "!", "?", ";")) and after[:1].islower()


def is_list_line(text: str) -> bool:
    return text.lstrip().startswith(BULLETS) or bool(PROPOSAL_LINE.match(text) or OUTLINE_LINE.match(text))


def is_point(text: str) -> bool:
    """A list line, or a point of Google Docs' nested bullets ("● Kommittéernas ansvar")."""
    return is_list_line(text) or text.lstrip().startswith(LEVEL_BULLETS)


def every_unit(hit: Hit, texts: SourceTexts) -> list[Unit]:
    """Every unit of the hit's chunk, labelled with the field it stands under."""
    return label_units(hit.chunk, units_of(hit.chunk, texts.text(hit.chunk.doc_id)))


def label_units(chunk: StoredChunk, units: list[Unit]) -> list[Unit]:
    """Attach the field or proposal group each unit stands under; drop the bare group lines."""
    labels = chunk.meta.labels
    kept: list[Unit] = []
    for unit in units:
        if unit.text.strip() in PROPOSAL_GROUPS:
            continue
        unit.label = next((label for start, label in reversed(labels) if start <= unit.start), "")
        kept.append(unit)
    return kept


def announced(unit: Unit, units: list[Unit]) -> list[Unit]:
    """What a unit ending in a colon announces: the bullet or numbered items after it, else the short lines of
    a table or plain list after it ("Styrelseposition  Namn", "Ordförande  Frans Skarman"), else the next unit.
    An unfinished sentence ("informerar från förskolan, bl.a. om") announces the bullets after it; a row ending in
    a colon announces the rows up to the next such row (a list of groups); "enligt ovan." points at what is above."""
    end = unit.text.rstrip(SUPERSCRIPTS_AND_SPACE)
    following = [u for u in units if u.start > unit.start]
    listed = []
    for item in following:
        if not is_point(item.text) or _heads_group(unit) and _heads_group(item):
            break  # the next group's head ends this group's rows
        listed.append(item)
    if _FOLLOWS.search(end) and not listed:  # "… resultaträkning enligt följande." over the accounts' rows
        return list(takewhile(lambda u: not u.text.rstrip().endswith("."), following[:MAX_ANNOUNCED]))
    if _ABOVE.search(end):  # "Mötet väljer styrelsen för 2023 enligt ovan.": the slate above it, and what announces it
        above = [u for u in units if u.end <= unit.start][-2:]
        return above if len(above) == 2 and above[0].text.rstrip().endswith(":") else above[-1:]
    if not end.endswith(":"):
        unfinished = not end.endswith((".", "!", "?")) and not is_point(unit.text)
        if unfinished and not listed and _LABEL_LINE.fullmatch(end):  # "Frånvarande" / "Per Ekdahl" / "Sara Lund"
            return list(takewhile(lambda u: u.starts_line and is_personal_name(_NAME_PART.split(u.text)[0].strip()),
                                  following[:MAX_ANNOUNCED]))
        return listed if (unfinished or _counts(unit.text, len(listed))) and listed else sub_points(unit, units)
    if listed or not following:
        return listed
    rows = []
    for item in following[:MAX_ANNOUNCED]:
        if len(item.text) > LIST_LINE_CHARS or item.text.rstrip().endswith("."):
            break
        rows.append(item)
    return rows or _line_block(following) or following[:1]


_ABOVE = re.compile(r"\benligt\s+ovan(?:stående)?\.$", re.IGNORECASE)
_FOLLOWS = re.compile(r"\b(?:enligt|som)\s+(?:följande|nedan)\.$|\bföljande\s+(?:lydelse|sammanställning)\.$",
                      re.IGNORECASE)  # a sentence that announces what stands under it


def outcome_after(unit: Unit, units: list[Unit], terms: frozenset[str] | None = None) -> list[Unit]:
    """A sentence that raises a matter ("En fråga ställdes av Simon om …", "Fråga om garageportar från …", "…
    diskuterades.") is answered by the sentences right after it in its paragraph: what was said, concluded or
    decided. The first always; with ``terms`` (the question's), a later one only while it shares a word with the
    matter or the question ("Nästa möte planerar vi vårens stämma." ends it), unless a report was announced ("Anne
    rapporterade från …"): its paragraph is what she said."""
    reports = bool(_REPORTS.search(unit.text))
    if _PROPOSED.search(unit.text) and not _RAISES.search(unit.text):  # "Föreslogs att …": the sentence after it
        after = next((u for u in units if u.start > unit.start), None)  # if it decides ("Förslaget bifölls.")
        return [after] if after and not after.opens_paragraph and after.start - unit.end <= 2 and \
            outcomes_in(after.text) else []
    if not _RAISES.search(unit.text) and not reports:
        return []
    about = content_terms(unit.text) | (terms or frozenset())
    after: list[Unit] = []
    for item in (u for u in units if u.start > unit.start):
        previous = after[-1] if after else unit
        if item.opens_paragraph or item.start - previous.end > 2 or _RAISES.search(item.text) or \
                len(after) >= MAX_OUTCOME or after and terms is not None and not reports and \
                not content_terms(item.text) & about:
            break
        after.append(item)
    return after


_PROPOSED = re.compile(r"\b(?:föreslogs|föreslog|yrkade|yrkades)\b", re.IGNORECASE)
_RAISES = re.compile(r"^\W*(?:en\s+|ny\s+)?fråga\b|\b(?:frågade|undrade|tog\s+upp|lyfte|väckte)\b"
                     r"|\b(?:diskuterades|togs\s+upp|lyftes|väcktes|ställdes)\b", re.IGNORECASE)


# "Anne rapporterade från försäkringskonferensen som hon deltagit i.": that she reported; the paragraph after says what
_REPORTS = re.compile(r"\b(?:rapporterade|rapporterar|berättade|berättar|redogjorde|redogör|återrapporterade)\s+"
                      r"(?:från|om|kring)\b[^.:]*\.?\s*$", re.IGNORECASE)


def _counts(text: str, rows: int) -> bool:
    """The paragraph counts the rows of the list after it ("antas med två tillägg." over "1. …" and "2. …"; "utformas
    efter fem punkter" over five bullets): it announces them without a colon. Not a number inside a case number
    ("RUF240255-4 Meddelande …")."""
    said = {COUNT_WORDS[m[1].casefold()] if m[1].isalpha() else int(m[1])
            for m in re.finditer(rf"(?<![\w/-])((?i:{'|'.join(COUNT_WORDS)})|\d{{1,2}})\s+[a-zåäö]{{3,}}", text)}
    return rows in said


def _marker_style(text: str) -> str:
    """The kind of list marker a line starts with ("1", "a", "A", "i", "●", "○"), "" for none; "i", "v" and "x" count
    as roman numerals, as they stand under a lettered point ("a. Swish …" / "i. Styrelsen bör undersöka saken")."""
    found = re.match(r"\s*(?:(\d{1,2})|([ivx]{1,4})|([IVX]{2,4})|([a-z])|([A-Z]))\.\s", text)
    if not found:
        bullet = text.lstrip()[:1]
        return bullet if bullet in LEVEL_BULLETS else "-" if text.lstrip().startswith(BULLETS) else ""
    return "1iIaA"[next(i for i, g in enumerate(found.groups()) if g)]


def sub_points(unit: Unit, units: list[Unit]) -> list[Unit]:
    """The points under a numbered, lettered or bulleted point: the list lines after it with another kind of
    marker, up to the next point of its own kind or level ("ii. Gamejams" / "1. Fall, Global och Spring som
    vanligt"; "● Kan rekryt få delta på mässan?" / "○ Beslut: Ja")."""
    style = _marker_style(unit.text)
    if style in ("", "-"):
        return []
    points: list[Unit] = []
    for item in (u for u in units if u.start > unit.start):
        item_style = _marker_style(item.text)
        if item_style in ("", style) or _higher_level(item_style, style):
            break
        if len(points) < MAX_ANNOUNCED or _DECIDED_POINT.match(item.text):  # the decision after a long discussion
            points.append(item)
    return points


_DECIDED_POINT = re.compile(r"\W*(?i:beslut|beslutades|beslöts)\b")  # "- Beslut: Svarar att vi vill ha mer underlag"


def decision_under(quoted: list[Unit], units: list[Unit]) -> list[Unit]:
    """The labelled decision among the sub-points of the point the first quoted unit that has one is, or stands
    under ("● Äskning Laserdome" / "- Theodor har skickat in en äskning …" / … / "- Beslut: Svarar att vi vill ha
    mer underlag")."""
    parents = parent_points(units)
    for unit in quoted:
        same = next((u for u in units if u.start == unit.start), None)
        point = parents.get(id(same), same) if same else None
        if point and (decided := [u for u in sub_points(point, units) if _DECIDED_POINT.match(u.text)]):
            return decided[:1]
    return []


def sibling_points(unit: Unit, units: list[Unit]) -> list[Unit]:
    """The other points on the level of a Google Docs point ("● Kommittéernas ansvar", "● Planering inför …"), past
    the sub-points under each, up to a point of a higher level or a line that is no point."""
    style = _marker_style(unit.text)
    if style not in LEVEL_BULLETS:
        return []
    at = units.index(unit)
    siblings: list[Unit] = []
    for run in (units[at + 1:], units[at - 1::-1] if at else []):
        for item in run:
            item_style = _marker_style(item.text)
            if not is_point(item.text) or _higher_level(item_style, style):
                break
            siblings += [item] if item_style == style else []
    return sorted(siblings, key=lambda u: u.start)


def _higher_level(style: str, other: str) -> bool:
    """"●" stands above "○", which stands above "■": a "●" line ends the points under a "○" line. A lettered point
    stands above a roman one ("b. Förenade teknik föreningar" ends the points under "i. Styrelsen bör undersöka");
    numbers may stand under either ("ii. Gamejams" / "1. Fall, Global och Spring som vanligt")."""
    return style == "a" and other == "i" or style in LEVEL_BULLETS and other in LEVEL_BULLETS and \
        LEVEL_BULLETS.index(style) < LEVEL_BULLETS.index(other)


def parent_points(units: list[Unit]) -> dict[int, Unit]:
    """For each sub-point (by ``id``), the point it stands under: its words say what the sub-point is about."""
    parents: dict[int, Unit] = {}
    for unit in units:
        for point in sub_points(unit, units) or (announced(unit, units) if _heads_group(unit) else []):
            parents[id(point)] = unit  # a nearer point, seen later, wins
    return parents


def _heads_group(unit: Unit) -> bool:
    """A row that heads the rows after it: "- Sju aktiviteter för barn och ungdomar:"."""
    return is_list_line(unit.text) and unit.text.rstrip(SUPERSCRIPTS_AND_SPACE).endswith(":")


def _line_block(following: list[Unit]) -> list[Unit]:
    """Short sentences each on a line of its own, one under the other ("Carl Tönsgård (omval) för en period på
    två år." / "Ylva Rudling (omval) …"): a list written without bullets. A blank line ends it."""
    block: list[Unit] = []
    for item in following[:MAX_ANNOUNCED]:
        if len(item.text) > LIST_LINE_CHARS or not item.starts_line or block and item.start - block[-1].end > 1:
            break
        block.append(item)
    return block if len(block) >= 2 else []


def is_item_row(text: str, chunk: StoredChunk) -> bool:
    """The unit is one line that opens with its item's number: an agenda's row, the item's own title."""
    number = chunk.meta.item_number.removeprefix("§").strip()
    said = BULLETED_ITEM.sub("", text.strip()).lstrip("§ ")
    return bool(number) and "\n" not in said and re.match(rf"{re.escape(number)}\b", said) is not None


def only_heading(text: str, chunk: StoredChunk) -> bool:
    """The unit is its item's own heading line ("7.2 Justerare"), standing alone for an item with no text."""
    if text.rstrip().endswith((".", "!", "?")) and len(chunk.meta.item_title.split()) >= RUN_IN_WORDS:
        return False  # the minutes' sentence run in after the number, which the title repeats: text, not a heading
    bare = BULLETED_ITEM.sub("", text.strip())
    said = " ".join(bare.replace("*", " ").replace("§", " ").split()).casefold().lstrip("# ").rstrip(" .:")
    if bare != text.strip():  # "- 8. MX Alliansen", a bulleted page's item head (an agenda's "1.4. Val av två
        said = re.sub(r"^(\d+)[.)](?= )", r"\1", said)  # justerare" row stays a row: it may be what is asked)
    heading = " ".join(f"{chunk.meta.item_number} {chunk.meta.item_title}".replace("§", " ").split()).casefold()
    return bool(chunk.meta.item_title) and said in (heading, chunk.meta.item_title.casefold())
