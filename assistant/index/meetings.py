"""The meeting model: what the parsers found in each document, as rows a question can be answered from by
lookup. Shape after CouncilDataProject (body -> meeting -> item -> field):

- ``meetings``: one row per document (body, date, time, place, kind);
- ``appended``: earlier meetings' minutes inside a document (date and span), without rows of their own below;
- ``facts``: header facts of a meeting (tid, plats, ordförande, sekreterare, justerare, nästa sammanträde …);
- ``people``: members and others present, with party, role and where they come from;
- ``items``: agenda items and paragraphs (number, title, dnr) and ``fields`` ("Förslag till beslut", "Beslut" …);
- ``proposals``: the numbered proposals of a report, with their group and heading path;
- the decision register's tables (``assistant.index.decisions``) in the same SQLite file.

Every value keeps ``start``/``end`` offsets so that ``document text[start:end]`` is what an answer quotes.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import NamedTuple

from assistant.documents.lines import locate
from assistant.documents.dates import parse_date, weekday_before
from assistant.documents.model import Block, Document, Structure
from assistant.documents.parsing import PROPOSAL_GROUPS
from assistant.index.decisions import DecisionRegister, connect
from assistant.index.spans import fact_line, person_span
from assistant.swedish import MONTHS, fold_name

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meetings (
    doc_id TEXT PRIMARY KEY, doc_type TEXT, title TEXT, body TEXT, body_key TEXT, meeting_date TEXT,
    meeting_time TEXT, place TEXT);
CREATE TABLE IF NOT EXISTS facts (doc_id TEXT, name TEXT, value TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS appended (doc_id TEXT, meeting_date TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS people (
    doc_id TEXT, name TEXT, name_key TEXT, party TEXT, role TEXT, place TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS items (
    doc_id TEXT, number TEXT, title TEXT, dnr TEXT, start INTEGER, "end" INTEGER, position INTEGER);
CREATE TABLE IF NOT EXISTS fields (
    doc_id TEXT, item_number TEXT, name TEXT, value TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS proposals (
    doc_id TEXT, number INTEGER, grp TEXT, heading_path TEXT, text TEXT, start INTEGER, "end" INTEGER);
"""
DESIGNATION = re.compile(r"\b([A-ZÅÄÖ][A-ZÅÄÖ-]{2,})\s+(\d{1,4}:\d{1,4})\b")  # a property as titles write it
# "EGNA HEM 1 - Bygglov för …": a tract and its unit without a block (no colon), the title's start before its dash
UNIT_DESIGNATION = re.compile(r"([A-ZÅÄÖ][A-ZÅÄÖ-]{2,}(?: [A-ZÅÄÖ][A-ZÅÄÖ-]+)?) (\d{1,3})(?= [-–] )")
TABLES = ("meetings", "appended", "facts", "people", "items", "fields", "proposals")
# Standing items whose proposal is a header fact of the meeting (the genre's skeleton, any organisation)
ITEM_FACTS = (
    ("justerare", re.compile(r"^(?:val av |protokollets )?(?:protokoll)?juster(?:ing|are|ande|ingsperson)", re.IGNORECASE)),
    ("nästa sammanträde", re.compile(r"^(?:tid för |datum för )?nästa (?:\w*sammanträde|\w*möte)", re.IGNORECASE)),
    ("kommande ärenden", re.compile(r"^kommande (?:sammanträde|möte)", re.IGNORECASE)),
    ("föregående protokoll", re.compile(r"^(?:\w+ av )?föregående (?:mötes)?\s?protokoll", re.IGNORECASE)))
ROLE_WORDS = {"justerare": "juster", "sekreterare": "sekreterare", "ordförande": "ordförande"}


AGENDA_TYPES = ("kallelse", "föredragningslista", "dagordning")
APPENDED_MINUTES = "bilagt protokoll"  # earlier minutes inside another document: a meeting without facts of its own
MINUTES_TYPES = ("protokoll", "justerat protokoll", APPENDED_MINUTES)


def doc_types(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The document types of the kinds named: "kallelse" stands for every agenda, "protokoll" for all minutes."""
    groups = {"kallelse": AGENDA_TYPES, "protokoll": MINUTES_TYPES}
    return tuple(t for kind in kinds for t in groups.get(kind, (kind,)))


class Meeting(NamedTuple):
    doc_id: str
    doc_type: str
    title: str
    body: str
    meeting_date: str
    meeting_time: str
    place: str


class Span(NamedTuple):
    """A value of the model and where it stands: ``text[start:end]`` of document ``doc_id``."""

    doc_id: str
    name: str  # fact name, person's role, field name, item or proposal number
    value: str
    start: int
    end: int
    label: str = ""  # the item ("punkt 3 Justering") or group ("Staten") it belongs to


class Person(NamedTuple):
    doc_id: str
    name: str
    party: str
    role: str
    place: str
    start: int
    end: int


class Item(NamedTuple):
    doc_id: str
    number: str
    title: str
    dnr: str
    start: int
    end: int


class MeetingModel:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.register = DecisionRegister(self.path)  # decisions live in the same file
        self._cache: dict[tuple[str, tuple], list[tuple]] = {}
        self._version: tuple[int, int] = (0, 0)
        self._designations: tuple[list[tuple], dict[str, tuple[str, ...]]] = ([], {})  # rows read, what they name
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return connect(self.path)

    def replace_document(self, doc: Document, structure: Structure) -> None:
        text = doc.text
        with self._connect() as conn:
            self._delete(conn, doc.doc_id)
            conn.execute("INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (doc.doc_id, doc.doc_type, doc.title, doc.body, fold_name(doc.body), doc.meeting_date,
                          doc.meeting_time, doc.place))
            conn.executemany('INSERT INTO appended VALUES (?, ?, ?, ?)',
                             [(doc.doc_id, day, start, end) for start, end, day in doc.appended])
            conn.executemany('INSERT INTO facts VALUES (?, ?, ?, ?, ?)', _facts(doc, structure))
            conn.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             [(doc.doc_id, p.name, fold_name(p.name), p.party, p.role, p.place, p.start, p.end)
                              for p in _people(doc)])
            conn.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [(doc.doc_id, i.number, i.title, i.dnr, i.start, i.end, n) for n, i in enumerate(doc.items)])
            conn.executemany("INSERT INTO fields VALUES (?, ?, ?, ?, ?, ?)", _fields(doc))
            conn.executemany("INSERT INTO proposals VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [(doc.doc_id, int(b.item_number), _group(b), " > ".join(_path(b)), text[b.start:b.end],
                               b.start, b.end) for b in doc.blocks if b.kind == "proposal" and b.item_number.isdigit()])
        self.register.replace_document(doc, structure.noise)

    def remove_document(self, doc_id: str) -> None:
        with self._connect() as conn:
            self._delete(conn, doc_id)
        self.register.remove_document(doc_id)

    def has_document(self, doc_id: str) -> bool:
        with self._connect() as conn:
            found = conn.execute("SELECT 1 FROM meetings WHERE doc_id = ?", (doc_id,)).fetchone() is not None
        return found and self.register.has_document(doc_id)

    @staticmethod
    def _delete(conn: sqlite3.Connection, doc_id: str) -> None:
        for table in TABLES:
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Query results, cached until the file changes (every answer reads the same few rows many times)."""
        version = ((stat := self.path.stat()).st_mtime_ns, stat.st_size)
        if version != self._version:  # a new dict, not clear(): other threads may hold the old one
            self._cache, self._version = {}, version
        cache = self._cache  # rows read now belong to the version seen before reading them
        if (rows := cache.get((sql, params))) is None:
            with self._connect() as conn:
                rows = cache[sql, params] = conn.execute(sql, params).fetchall()
        return rows

    def meetings(self) -> list[Meeting]:
        """Every document of the model, newest meeting first."""
        return [Meeting(*r) for r in self._rows(
            "SELECT doc_id, doc_type, title, body, meeting_date, meeting_time, place FROM meetings "
            "ORDER BY meeting_date DESC, doc_id")]

    def appended(self) -> list[Meeting]:
        """The minutes appended to documents, as meetings of the document's body on their own dates; their
        facts, people and items are not in the model (the document's own are)."""
        return [Meeting(doc_id, APPENDED_MINUTES, f"Bilagt protokoll {day}", body, day, "", "") for doc_id, day, body
                in self._rows("SELECT a.doc_id, a.meeting_date, m.body FROM appended a JOIN meetings m USING (doc_id) "
                              "ORDER BY a.meeting_date DESC, a.doc_id")]

    def meeting_inside(self, doc_id: str, offset: int) -> Span | None:
        """The meeting recorded inside the document (appended minutes, one of a page's meetings) where ``offset``
        stands, named by its day: where it runs."""
        return next((Span(doc_id, "datum", *r) for r in self._rows(
            'SELECT meeting_date, start, "end" FROM appended WHERE doc_id = ? ORDER BY start', (doc_id,))
                     if r[1] <= offset < r[2]), None)

    def mentioned_dates(self) -> list[tuple[str, str]]:
        """(date, body) of the meetings a document names as its body's previous or next one ("protokollet från
        sammanträdet 2024-10-11", "Nästa sammanträde … den 7 februari 2025"): held, though not in the documents."""
        rows = self._rows("SELECT f.value, m.body FROM facts f JOIN meetings m USING (doc_id) WHERE f.name IN "
                          "('föregående protokoll', 'nästa sammanträde')")
        return [(day, body) for value, body in rows if (day := parse_date(value))]

    def numbered(self) -> dict[str, str]:  # each document's meeting number as its head writes it: "Styrelsemöte nr 9"
        return dict(self._rows("SELECT doc_id, value FROM facts WHERE name = 'nummer'"))

    def counts(self, doc_id: str) -> dict[str, int]:
        return {t: self._rows(f"SELECT COUNT(*) FROM {t} WHERE doc_id = ?", (doc_id,))[0][0] for t in TABLES}

    def designations(self) -> dict[str, tuple[str, ...]]:
        """The properties items' titles name ("GRESSELA 6:9") and their documents, read again when the file changes."""
        rows = self._rows("SELECT DISTINCT doc_id, title FROM items")
        if self._designations[0] is not rows:
            found: dict[str, dict[str, None]] = {}
            for doc_id, title in rows:
                without_block = [unit.groups()] if (unit := UNIT_DESIGNATION.match(title)) else []
                for name, number in DESIGNATION.findall(title) + without_block:
                    found.setdefault(f"{name} {number}", {})[doc_id] = None
            self._designations = (rows, {designation: tuple(docs) for designation, docs in found.items()})
        return self._designations[1]

    def facts(self, doc_id: str) -> list[Span]:
        return [Span(doc_id, *r) for r in self._rows(
            'SELECT name, value, start, "end" FROM facts WHERE doc_id = ? ORDER BY start', (doc_id,))]

    def people(self, doc_id: str) -> list[Person]:
        return [Person(*r) for r in self._rows(
            'SELECT doc_id, name, party, role, place, start, "end" FROM people WHERE doc_id = ? ORDER BY start',
            (doc_id,))]

    def items(self, doc_id: str) -> list[Item]:
        return [Item(*r) for r in self._rows(
            'SELECT doc_id, number, title, dnr, start, "end" FROM items WHERE doc_id = ? ORDER BY position', (doc_id,))]

    def fields(self, doc_id: str, item_number: str | None = None) -> list[Span]:
        rows = self._rows('SELECT item_number, name, value, start, "end" FROM fields WHERE doc_id = ? '
                          "AND (? IS NULL OR item_number = ?) ORDER BY start", (doc_id, item_number, item_number))
        return [Span(doc_id, name, value, start, end, number) for number, name, value, start, end in rows]

    def proposals(self, doc_id: str | None = None) -> list[Span]:
        rows = self._rows('SELECT doc_id, number, text, start, "end", grp FROM proposals '
                          "WHERE (? IS NULL OR doc_id = ?) ORDER BY doc_id, number", (doc_id, doc_id))
        return [Span(d, str(n), text, start, end, grp) for d, n, text, start, end, grp in rows]


def _path(block: Block) -> tuple[str, ...]:
    return block.heading_path[:-1] if block.heading_path and block.heading_path[-1] in PROPOSAL_GROUPS \
        else block.heading_path


def _group(block: Block) -> str:
    return block.heading_path[-1] if block.heading_path and block.heading_path[-1] in PROPOSAL_GROUPS else ""


def _facts(doc: Document, structure: Structure) -> list[tuple[str, str, str, int, int]]:
    rows = []
    named = [("tid", doc.meeting_time), ("plats", doc.place), ("datum", doc.meeting_date)]
    named += [(name, value) for name, value in structure.roles.items()]
    named += [(name, doc.text[start:end]) for name, (start, end) in structure.fact_spans.items()
              if name not in structure.roles]  # stated facts without a value of their own: "avslutat"
    for name, value in named:
        if not value:
            continue
        hint = fold_name(ROLE_WORDS.get(name.split("_")[0], ""))
        span = structure.fact_spans.get(name) or _stated_at(doc, name, value, hint)
        own = name in structure.fact_spans  # "onsdagen" / "den 5 november 2014": the day with its weekday above
        span = _whole_sentence(doc.text, span) if span and name in ("tid", "plats") and not own else \
            (weekday_before(doc.text, span[0]), span[1]) if span and name == "datum" else span
        if span:  # a role's value is who holds it; a time's or place's, the line that says it
            rows.append((doc.doc_id, name, value if name in structure.roles else doc.text[span[0]:span[1]], *span))
    for item in doc.items:
        for name, title in ITEM_FACTS:
            if title.search(item.title):
                block = next((b for b in doc.blocks if b.item_number == item.number and b.field
                              and b.field != "Rubrik" and item.start <= b.start < max(item.end, b.start + 1)), None)
                if block:
                    rows.append((doc.doc_id, name, doc.text[block.start:block.end], block.start, block.end))
    found = {row[1] for row in rows}
    for block in doc.blocks:  # minutes read by heading alone: "Nästa styrelsemöte" over "Tisdag 4 mars 20:00"
        for name, title in ITEM_FACTS if not block.item_number and block.heading_path else ():
            if name not in found and title.search(block.heading_path[-1]):
                rows.append((doc.doc_id, name, doc.text[block.start:block.end], block.start, block.end))
                found.add(name)
    return rows


def _stated_at(doc: Document, name: str, value: str, hint: str) -> tuple[int, int] | None:
    """The line that states a fact in any written form, one under its label first ("Datum: Måndag den 28 april")."""
    lines = [found for form in _written_forms(name, value) if (found := fact_line(doc, form, hint))]
    labelled = [span for span in lines if name == "datum" and re.match(r"\s*datum\b", doc.text[span[0]:span[1]], re.I)]
    return (labelled or lines or [None])[0]


def _whole_sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A line that goes on a sentence of the line above ("I år är det den 23:e mars och börjar klockan" / "19:00
    och planerat avslut senast 21."): from where that sentence begins, so the quote says what the time is of."""
    start, end = span
    above = text[max(0, start - 200):start]  # a sentence, not a page
    if not re.match(r"[a-zåäö\d]", text[start:end]) or re.search(r"(?:^|[.!?:]|\n\s*\n)\s*$", above):
        return span
    begins = max((m.end() for m in re.finditer(r"[.!?:]\s+|\n\s*\n", above)), default=0)
    return start - len(above) + begins, end


def _written_forms(name: str, value: str) -> list[str]:
    """The forms a normalised value may be written in: "19:00" as "19.00", "2021-05-18" as "18 maj 2021"."""
    forms = [value]
    if name == "tid":  # "08:15-12:15" written "kl. 08:15 – 12:15", "kl. 13,00-16,00"
        forms += [value.split("-")[0], value.split("-")[0].replace(":", "."), value.split("-")[0].replace(":", ",")]
    if name == "datum" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        year, month, day = value.split("-")
        forms += [f"{int(day)} {MONTHS[int(month) - 1]} {year}", f"{year[2:]}{month}{day}",  # "lunchmöte 951106"
                  f"{int(day)}/{int(month)} {year}"]  # "Datum: 31/3 2018"
        n = int(day)
        days = [f"{first}{dash}{first + 1}" for first in (n, n - 1) for dash in "-–"]
        forms += [f"{span} {MONTHS[int(month) - 1]}{tail}" for span in days for tail in (f" {year}", "")]  # "2-3 mars",
        # "28–29 mars" under "förbundsårsmötet 2026": a meeting of two days, whichever of them its date is
    return forms


def _people(doc: Document) -> list[Person]:
    return [Person(doc.doc_id, m.name, m.party, m.role, m.place, *span)
            for m in doc.members if (span := person_span(doc, m))]


def _fields(doc: Document) -> list[tuple[str, str, str, str, int, int]]:
    """Every field of every item at its exact span: the parser's blocks, or the value found in the item's text. A
    field held twice ("Omröstningsresultat" on deciding today, then on the matter) is a row per block."""
    rows = []
    for item in doc.items:
        blocks = [b for b in doc.blocks if b.item_number == item.number and b.field and b.field != "Rubrik"
                  and item.start <= b.start <= item.end]
        for name, value in item.fields.items():
            span = locate(doc.text, value, item.start, item.end)
            spans = [span] if span else [(b.start, b.end) for b in blocks if b.field == name] or \
                [(b.start, b.end) for b in blocks if b.field.startswith(name)][:1]
            rows.extend((doc.doc_id, item.number, name, doc.text[start:end], start, end) for start, end in spans)
    return rows
