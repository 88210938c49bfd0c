"""Who was at the meeting and who held its offices: the head's labels ("Ordförande: …", "Utses att justera:"),
the election of the meeting's officials, and the lists of those present ("Närvarande:", "Beslutande:",
"Närvarande utan rösträtt:") with each person's capacity."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.documents.attendance import (CELL_LABELS, MEMBER_LABELS, NAME, ROLE_LABELS, STATED_LABELS,
                                            members_in)
from assistant.documents.header_cells import LABEL_VALUE, label_values
from assistant.documents.lines import CELL_GAP, Line, split_lines
from assistant.documents.model import AgendaItem, Structure
from assistant.documents.officials import FIRST_NAME, ROLES, meeting_officials
from assistant.documents.person_names import is_personal_name, names_only, names_row
from assistant.swedish import MONTHS

_MEMBERS_RUN_IN = re.compile("(" + "|".join(sorted(MEMBER_LABELS, key=len, reverse=True)) + r")[ \t]+(?=[A-ZÅÄÖ])",
                             re.IGNORECASE)
_ITEM_MARK = re.compile(r"(?:§\s*)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+")  # "2 Närvarolista", "§ 3 Närvaro"
_ONE_A_PARAGRAPH = re.compile(rf"\s*[•*–-]\s+\S|\s*{NAME}\s+\([A-ZÅÄÖ]{{1,3}}\)")
# "Sekreterare Lena Brännmar Ordförande.. Tomas Johansson 1-5 Justerare Christer Johansson": signatures run together
_ROLE_WORD = r"(?:Sekreterare|Ordförande|Justerande|Justerare)"
_SIGNING = re.compile(rf"\b(?P<role>{_ROLE_WORD})\b[.:]*\s+(?=[A-ZÅÄÖ])")
COVER_CHARS = 3000
# "Utsedd att justera Justeringens plats och tid" / "2018-10-22 Paragrafer …", "Justeringens plats Kommunkontoret och
# tid Fredagen den 22 november 2013": a transcript's cells run together
_JUSTERING_LABELS = "|".join(r"\s+".join(label.split()[1:])  # "plats och tid", as the labelled cell is read
                             for label in STATED_LABELS if label.startswith("justeringens "))
_RUN_IN_JUSTERING = re.compile(rf"\bJusteringens\s+(?:{_JUSTERING_LABELS}"
                               rf"|plats(?=\s+[^\n\d]{{2,40}}\s+och\s+tid\b)):?\s+"
                               rf"(?P<stated>(?:[A-ZÅÄÖ][^\n\d]{{2,60}}?,?[ \t]+)?(?P<day>(?:(?:19|20)\d\d-\d\d-\d\d"
                               rf"|\d{{1,2}}\s+(?i:{'|'.join(MONTHS)})\s+(?:19|20)\d\d)"
                               r"(?:,?[ \t]+(?:kl\.?|klockan)[ \t]*\d{1,2}(?:[.:]\d\d)?)?))\b")  # where and when
_PARTY = r"\s*\([A-ZÅÄÖa-zåäö]{1,4}\)"
# "Paragrafer Utses att justera Louise Bertilsson (MP) och Erene Bertilsson (KD) Underskrifter": names with parties
_RUN_IN_CHECKERS = re.compile(rf"\bUt(?:ses|sedda?|sågs) att justera:?\s+(?P<names>{NAME}{_PARTY}"
                              rf"(?:\s*(?:,|och|&)\s*{NAME}{_PARTY})*)"
                              r"(?=\s+(?:Underskrift|Justeringens|Sekreterare|Ordförande|Paragrafer|ANSLAG)|\s*$)")
# the next cell's label after them: not the list of those present, shifted under the label ("Utses att justera Ewa
# Lindstrand (S) Bengt Nilsson (S) tjänstgör istället för …")
_NAMED_BEFORE = re.compile(r"\batt\s+justera\s*$")
_RUN_IN_PARAGRAPHS = re.compile(r"\bParagrafer\s*:?\s*(?P<range>(?:§§?\s*)?\d{1,4}\s*[-–]\s*\d{1,4})\b")
_ELECTED = re.compile(r"\b(?:omvaldes|nyvaldes|valdes|omval|nyval|fyllnadsval)\b", re.IGNORECASE)
_SIGNED_NAME = re.compile(r"[A-ZÅÄÖÉ][a-zåäöé'-]+(?:\s+[A-ZÅÄÖÉ][a-zåäöé'-]+){1,2}")
_PERSON = re.compile(rf"(?P<name>{NAME})(?:\s*\((?P<paren>[^()]{{1,40}})\))?(?:\s*[,–-]\s*(?P<role>[a-zåäö][^,;]*))?")


def people(text: str, lines: list[Line], structure: Structure) -> None:
    """Roles from "Ordförande: …" lines and from the election of the meeting's officials; people present
    from "Närvarande:" (inline or on the lines below, until a blank line or the next label)."""
    for label, value, _ in label_values(lines):
        if label in ROLE_LABELS and _PERSON.match(value) and not _ELECTED.search(value):  # "Mötesordförande  David
            # Ådvall  advall": its cell; not a row of an election ("Ordförande  Lennart Westin omvaldes 1 år")
            structure.roles.setdefault(ROLE_LABELS[label], names_only(CELL_GAP.split(value.strip())[0]))
        elif label in STATED_LABELS:  # "Justeringens plats och tid  Protokollet justeras digitalt 2025-02-25."
            structure.roles.setdefault(STATED_LABELS[label], value.strip())
    _run_in_cells(text[:COVER_CHARS], structure)
    for role, name, start, end in _run_in_signatures(text[:COVER_CHARS]):  # the cover's signature row run in
        if structure.roles.setdefault(role, name) == name:
            structure.fact_spans.setdefault(role, (start, end))
    for official in meeting_officials(text, structure.items):
        if structure.roles.setdefault(official.role, official.names) == official.names:
            structure.fact_spans.setdefault(official.role, (official.start, official.end))
    _signed_roles(text, structure)
    first_item = structure.items[0].start if structure.items else len(text)
    if not structure.members:
        listed_until = first_item  # the head, or the item whose lists say who is present
        for i, line in enumerate(lines):
            if structure.members and line.start >= listed_until:
                break  # an item's own lists ("Ordinarie" / "Ersättare" of an election) are no attendance
            label, _, inline = line.stripped.partition(_label_end(line.stripped))
            if _member_label(label) not in MEMBER_LABELS and (run_in := _MEMBERS_RUN_IN.match(line.stripped)):
                label, inline = run_in[1], line.stripped[run_in.end():]  # "Närvarande Anna Berg  Ordförande"
            role = MEMBER_LABELS.get(_member_label(label))
            # "ersättare Övriga närvarande Karin Lind …": a table's column labels run together, whose column each
            # name stood in is lost
            while role is not None and (column := _MEMBERS_RUN_IN.match(inline)) and inline[:1].isupper():
                role, inline = "", inline[column.end():]
            if role is not None:
                following = _following(text, lines, i, not inline.strip(), {it.start for it in structure.items})
                structure.members += members_in([inline] + [ln.text for ln in following], role)
                listed_until = max(listed_until, _end_of_item(structure.items, line.start))
    for member in structure.members:
        for role in (part.strip().casefold() for part in member.role.split(",")):  # "kanslist, protokollförare":
            if role in ROLES:  # what the person is, then what they do at this meeting
                structure.roles.setdefault(ROLES[role], member.name)
    for line in (ln for ln in lines if ln.start < first_item):  # "Berit Assarsson, ordförande" alone on its line
        said = _PERSON.fullmatch(line.stripped)  # under the meeting's place, no label or list over it
        role = ROLES.get((said["role"] or "").strip()) if said and "  " not in said["name"] else None
        if role and role not in structure.roles:
            structure.roles[role] = said["name"]
            structure.fact_spans.setdefault(role, (line.start, line.end))


def _run_in_cells(cover: str, structure: Structure) -> None:
    """A transcript's cover whose cells ran together: "Justeringens plats och tid … 2018-10-22",
    "Sekreterare... Paragrafer 210-238 Maria Holm" and "Utses att justera Eva Ek (S)" say the justering, the
    paragraphs these minutes hold and who checks them."""
    for role, run_in, value in (("justering", _RUN_IN_JUSTERING, "stated"),
                                ("paragrafer", _RUN_IN_PARAGRAPHS, "range"), ("justerare", _RUN_IN_CHECKERS, "names")):
        if role not in structure.roles and (said := run_in.search(cover)):
            if _NAMED_BEFORE.search(cover, 0, said.start()):
                value = "day"  # "Utses att justera Justeringens plats och tid Hans Isacsson Kansliet 2007-12-17": the
                # name before the place is the justerare's, the empty cell before this one
            structure.roles[role] = " ".join(said[value].split())
            structure.fact_spans[role] = said.span()


def _one_a_paragraph(line: str) -> bool:
    """A bulleted name, a name with party letters, or a name alone or with its role ("Tora Ek, ordförande")."""
    return bool(_ONE_A_PARAGRAPH.match(line)) or bool(said := _PERSON.fullmatch(line)) and \
        is_personal_name(said["name"]) and len(line) <= 60 and not CELL_GAP.search(line)  # "Justeringsperson  Paul …"


def _end_of_item(items: list[AgendaItem], at: int) -> int:
    """The end of the item ("2. Tillkännagivande av röstlängd") whose lists of who is present are attendance."""
    return next((item.end for item in reversed(items) if item.start <= at < item.end), 0)


def _member_label(label: str) -> str:
    """"2 Närvarolista", "## Närvaro", "Närvarande … var", "Nämndens ersättare" as the label they are."""
    label = _ITEM_MARK.sub("", label.strip().lstrip("# "), count=1).casefold().rstrip(": ")
    label = re.sub(r"^[a-zåäö]{3,}s\s+(?=(?:ledamöter|ersättare)$)", "", label)  # "Direktionens ledamöter"
    return re.sub(r"\s+(?:var|är|var följande)$", "", label)


def _following(text: str, lines: list[Line], i: int, alone: bool, item_starts: set[int]) -> list[Line]:
    """The lines of the paragraph below a label (the next paragraph for a label alone on its line), up to
    the next label or item ("Kim Bäckström, tvåa" / "1. Mötets öppnande Ordförande …")."""
    out = []
    for previous, line in zip(lines[i:], lines[i + 1:]):
        blank = "\n\n" in text[previous.end:line.start] and (out or not alone) and \
            not _breaks_mid_list(previous.stripped, line.stripped) and \
            not (out and (_one_a_paragraph(previous.stripped) and _one_a_paragraph(line.stripped) or
                          names_row(previous.stripped) and names_row(line.stripped)))  # "• Anna" /
        # "" / "• Bo"; a web page printed: "William Garp (VF) vice ordf." / "" / "Agneta Sör (M)" / "" / "Amanda Berg"
        if blank or LABEL_VALUE.fullmatch(line.text) or line.stripped.casefold() in CELL_LABELS or \
                _signatures(line) or \
                any(line.start <= start < line.end for start in item_starts):
            break
        out.append(line)
    return out[:60]


def _breaks_mid_list(before: str, after: str) -> bool:
    """"…, Jill Skog, Britt-Louise" / "" / "Ahlström, Solweig Lundkvist och Maria Annell.": a list of names the blank
    line cuts before its last name ends it with a full stop."""
    return "," in before and not before.endswith((".", ":", ";", ")")) and bool(re.match(r"[A-ZÅÄÖ]", after)) and \
        after.endswith(".") and ("," in after or " och " in after) and not _ITEM_MARK.match(after)


def _signatures(line: Line) -> list[tuple[str, str, int, int]]:
    """Each role of a line of signatures run together after the list of those present, with the name after it and
    its span; none for a line that is no such row (two roles at least, the first opening it)."""
    marks = list(_SIGNING.finditer(line.text))
    if len(marks) < 2 or not re.fullmatch(r"[\s\d]*", line.text[:marks[0].start()]) or \
            any(mark.end() == following.start() for mark, following in zip(marks, marks[1:])):  # a row of roles
        return []  # "2 Sekreterare …": a page number
    signed = []
    for mark, following in zip(marks, marks[1:] + [None]):
        value = line.text[mark.end():following.start() if following else len(line.text)]
        if name := _SIGNED_NAME.match(value):
            signed.append((ROLES[mark["role"].casefold()], name.group(), line.start + mark.start(),
                           line.start + mark.end() + name.end()))
    return signed


# "Paragrafer 248-275 Sekreterare Johan Forssell Ordförande Peter Roslund Justerande Helén Lindbäck Organ": the
# signature cells of a transcript's cover run together, each role before its name, perhaps past an empty cell's label
# ("Sekreterare Paragrafer Inger Ronkainen Ordförande …"); a name ends at the next role or cell label
_CELL_AFTER = r"(?:Organ|Anslag|Paragraf(?:er)?|Underskrift(?:er)?|Protokollet)"
_NOT_NAME = rf"(?!(?:{_CELL_AFTER}|{_ROLE_WORD})\b)"
_NAME_BEFORE = re.compile(rf"{FIRST_NAME}[ \t]+{FIRST_NAME}\s*$")
_RUN_IN_SIGNATURE = re.compile(rf"\b(?P<role>{_ROLE_WORD})[ \t]*\n?[ \t]*(?:Paragraf(?:er)?\s+)?"
                               rf"(?P<name>{_NOT_NAME}{FIRST_NAME}(?:[ \t]*\n?[ \t]*{_NOT_NAME}{FIRST_NAME}){{1,3}})"
                               rf"(?=[ \t]*\n?[ \t]*(?:{_ROLE_WORD}|{_CELL_AFTER})\b)")


# "Sekreterare" / "Ordförande Justerande Viola Borg Catarina Engström Cecilia Hettström": a row of roles over a row of
# names, run together, dot leaders and all ("Justerare... Erik Anderson. Lars-Åke Larsson. Ingela Karlsson Hans
# Andersson"); taken only when each role has a name of two words, the last justerare perhaps two, and nothing
# name-like follows
_LEADER = r"[.…]*\s+"
_ROLES_THEN_NAMES = re.compile(rf"\b(?P<roles>{_ROLE_WORD}(?:{_LEADER}{_ROLE_WORD}){{1,3}}){_LEADER}"
                               rf"(?P<names>{FIRST_NAME}(?:{_LEADER}(?!{_CELL_AFTER}\b){FIRST_NAME}){{3,9}})\b"
                               rf"(?!\s+(?!{_CELL_AFTER}\b)[A-ZÅÄÖÉ][a-zåäöé])")  # "… Elisabet Berg Anslag/Bevis"


# "Bengt Ljungberg Roger Nilsson" / "Ordförande Sekreterare": the names typed over their roles, one space apart
_NAMES_OVER_ROLES = re.compile(rf"^(?P<names>{FIRST_NAME}(?:[ \t]+{FIRST_NAME}){{3,7}})[ \t]*\n"
                               rf"(?P<roles>{_ROLE_WORD}(?:[ \t]+{_ROLE_WORD}){{1,3}})[ \t]*$", re.MULTILINE)


# "Underskrifter Ewa Lind (S)," / "ordförande Helen Ohlin, kanslisekreterare Jan Ek (S), justerare …": a transcript's
# signature cells, each name with its role after a comma
_SIGNATURES_CELL = re.compile(r"\bUnderskrifter\b")
_NAME_THEN_ROLE = re.compile(rf"(?P<name>{NAME})(?:\s*\([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{{0,3}}\))?,\s*(?P<role>[a-zåäö]+)\b")
SIGNATURES_CHARS = 400


def _names_then_roles(cover: str) -> list[tuple[str, str, int, int]]:
    """Each role of the signatures cell once, with every name signing in it ("Jan Ek och Nils Edén")."""
    cell = _SIGNATURES_CELL.search(cover)
    found: dict[str, list[re.Match[str]]] = {}
    for signed in _NAME_THEN_ROLE.finditer(cover, cell.end(), cell.end() + SIGNATURES_CHARS) if cell else ():
        role = ROLES.get(signed["role"]) or ("sekreterare" if signed["role"].endswith("sekreterare") else "")
        if role and not any(word.casefold() in CELL_LABELS for word in signed["name"].split()):  # "Paragrafer"
            found.setdefault(role, []).append(signed)
    return [(role, " och ".join(dict.fromkeys(" ".join(m["name"].split()) for m in each)), each[0].start(),
             each[-1].end()) for role, each in found.items()]


def _run_in_signatures(cover: str) -> list[tuple[str, str, int, int]]:
    """Each role of a row of two signature cells at least, run in; not a row whose first role stands under a name
    ("Sven Johansson Ordförande Agneta Andersson" / "Sekreterare": each name over its role)."""
    found = list(_RUN_IN_SIGNATURE.finditer(cover))
    row: list[re.Match[str]] = []
    for previous, m in zip([None, *found], found):
        continues = bool(row) and row[-1] is previous and not cover[previous.end():m.start()].strip()
        opens = not _NAME_BEFORE.search(cover, 0, m.start()) and re.match(rf"\s+{_ROLE_WORD}", cover[m.end():])
        if continues or opens:
            row.append(m)
    return [(ROLES[m["role"].casefold()], _one_or_two_names(m), m.start("name"), m.end("name")) for m in row]


def _one_or_two_names(signed: re.Match[str]) -> str:
    """"Justerande Per Lönnberg Johnny Åström": two justerare sign in one cell, each with a name of two words."""
    words = signed["name"].split()
    two = len(words) == 4 and signed["role"].startswith("Juster")
    return f"{words[0]} {words[1]} och {words[2]} {words[3]}" if two else " ".join(words)


def _roles_with_names(rows: Iterator[re.Match[str]]) -> list[tuple[str, str, int, int]]:
    """Each role with the name of two words in its place in the row of names; none where the names are not
    two words each, run over a blank line or hold a role ("Ulf Sivberg" / "Justerare" below the row)."""
    signed = []
    for row in rows:
        roles, words = re.findall(r"\w+", row["roles"]), list(re.finditer(r"[^\s.…]+", row["names"]))
        if len(words) == 2 * len(roles) + 2 and roles[-1].startswith("Juster"):
            roles.append(roles[-1])  # "Justerare... Ingela Karlsson Hans Andersson": two sign as justerare
        if len(words) != 2 * len(roles) or "\n\n" in row["names"] or \
                any(w.group().casefold() in ROLES for w in words):
            continue
        for role, first, last in zip(roles, words[::2], words[1::2]):
            start, end = row.start("names") + first.start(), row.start("names") + last.end()
            if signed and signed[-1][0] == ROLES[role.casefold()]:
                signed[-1] = (signed[-1][0], f"{signed[-1][1]} och {first.group()} {last.group()}", signed[-1][2], end)
            else:
                signed.append((ROLES[role.casefold()], f"{first.group()} {last.group()}", start, end))
    return signed


def _label_end(line: str) -> str:
    """What closes a label: a colon, a semicolon ("Övriga; Stefan Ek (generalsekreterare)"), else a wide gap."""
    return next((mark for mark in (":", ";") if mark in line[:30]), "  ")


def _signed_roles(text: str, structure: Structure) -> None:
    cover = text[:COVER_CHARS]  # the cover, though "2 Sekreterare …" reads as an item
    signed = _roles_with_names(_ROLES_THEN_NAMES.finditer(cover)) + _roles_with_names(
        _NAMES_OVER_ROLES.finditer(text)) + [each for line in split_lines(cover) for each in _signatures(line)] + \
        _names_then_roles(cover)
    for role, name, start, end in signed:
        if structure.roles.setdefault(role, name) == name:
            structure.fact_spans.setdefault(role, (start, end))
