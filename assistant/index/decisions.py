"""The decision register: one row per § of the minutes (its Beslut verbatim, with offsets) and one
row per agenda item of the kallelser, in SQLite, so that questions such as "what was decided on
BN-2023-002581, and when was it on the agenda?" are answered by lookup rather than by retrieval.

A decision is linked to earlier decisions on the same dnr (``history``), to the agenda items that
brought it to the meeting (``agenda_links``), and to decisions it explicitly replaces when its text
says so ("ersätter … beslut 2023-10-19 § 192", "… § 29 upphör att gälla", "ersätter tidigare beslut").
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from assistant.documents.fields import is_motion_field
from assistant.documents.lines import merge_spans
from assistant.documents.minutes import PREAMBLE_FIELD, noise_spans, without_noise
from assistant.documents.model import Block, Document
from assistant.documents.outcomes import outcomes_in
from assistant.swedish import fold_name, iso_date, normalize_dnr

# the register's own outcomes beside the shared vocabulary's: an item withdrawn, information noted, and a decision
# that decides something without approving or refusing ("fastställer budgeten", "uppdrar åt förvaltningen")
_WITHDRAWN = re.compile(r"\b(?:ärendet|ärende)\b[^.]*\butgår\b", re.IGNORECASE)
_NOTED = re.compile(r"\b(?:noterar|lägger) informationen\b|informationen till (?:protokollet|handlingarna)")
_DECIDES = re.compile(r"\b(?:fastställer|beslutar|uppdrar|utser)\b")
_VOTE_OUTCOME = re.compile(r"finner att [^.]*?\b(?P<verb>bifaller|avslår|återremitterar|bordlägger)\b")
_VOTE_OUTCOMES = {
    "bifaller": "bifall", "avslår": "avslag", "återremitterar": "återremiss", "bordlägger": "bordläggning"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])|(?<=;)\s+")
_MOTION = re.compile(r"\byrkar\b|\byrkade\b")
_RESERVATION = re.compile(r"\breserver(?:ar|ade) sig\b")
_REPLACES = re.compile(r"\bersätter\b|\bupphör(?:\s+därmed)?\s+att\s+gälla\b|\bupphäver\b|\bupphävs\b")
_CONDITIONAL_EXPIRY = re.compile(r"upphör att gälla om\b")
_DECISION_REF = re.compile(
    r"(?:\b[\wåäöÅÄÖ]+s\s+)?(?:tidigare\s+)?\bbeslut(?:et)?\b(?:(?!beslut)[^.§])*?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})?[^.§\d]*§\s*(?P<number>\d+)"
)
_EARLIER_DECISION = re.compile(r"\btidigare\s+beslut\b")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, doc_type TEXT, body_key TEXT, meeting_date TEXT);
CREATE TABLE IF NOT EXISTS decisions (
    doc_id TEXT, paragraph TEXT, paragraph_no INTEGER, body TEXT, body_key TEXT, meeting_date TEXT,
    dnr TEXT, title TEXT, title_key TEXT, text TEXT, start INTEGER, "end" INTEGER, outcome TEXT,
    motions TEXT, reservations TEXT, replaces TEXT, folded TEXT);
CREATE INDEX IF NOT EXISTS decisions_doc ON decisions(doc_id);
CREATE INDEX IF NOT EXISTS decisions_dnr ON decisions(dnr);
CREATE TABLE IF NOT EXISTS agenda_items (
    doc_id TEXT, number TEXT, body_key TEXT, meeting_date TEXT, dnr TEXT, title TEXT, title_key TEXT,
    start INTEGER, "end" INTEGER, proposal TEXT);
CREATE INDEX IF NOT EXISTS agenda_items_doc ON agenda_items(doc_id);
CREATE INDEX IF NOT EXISTS agenda_items_dnr ON agenda_items(dnr);
CREATE TABLE IF NOT EXISTS replacements (
    doc_id TEXT, paragraph TEXT, ref TEXT, ref_date TEXT, ref_paragraph TEXT);
CREATE INDEX IF NOT EXISTS replacements_doc ON replacements(doc_id);
"""
_DECISION_COLUMNS = (
    'doc_id, body, meeting_date, paragraph, dnr, title, text, start, "end", outcome, motions, reservations, replaces')


@dataclass
class Decision:
    doc_id: str
    body: str
    meeting_date: str
    paragraph: str  # "§ 80"
    dnr: str
    title: str
    text: str  # the Beslut verbatim: text == document text[start:end]
    start: int
    end: int
    outcome: str = ""  # "bifall" | "avslag" | "återremiss" | "bordläggning" | "utgår" | "information" | ""
    motions: list[str] = field(default_factory=list)  # yrkanden, whole sentences
    reservations: list[str] = field(default_factory=list)
    replaces: list[str] = field(default_factory=list)  # "byggnadsnämndens beslut 2023-10-19 § 192", "tidigare beslut"


class AgendaLink(NamedTuple):
    """An agenda item and the § of the minutes that decided it."""

    agenda_doc_id: str
    item_number: str
    item_title: str
    agenda_date: str
    proposal: str  # the agenda's "Förslag till beslut", to compare with what was decided
    minutes_doc_id: str
    paragraph: str
    dnr: str
    meeting_date: str
    same_meeting: bool  # False: the item was on an earlier agenda, e.g. withdrawn and decided later


def extract_decisions(doc: Document, page_noise: list[tuple[int, int]] = ()) -> list[Decision]:
    """One decision per § of a minutes document; a § without a Beslut uses its "Förslag till beslut i …"
    (an arbetsutskott's proposal to the nämnd) and a § with neither (secrecy) gets an empty text. The quoted
    decision ends where a running header or footer (``page_noise``, from the parser) interrupts it."""
    if doc.doc_type != "protokoll":
        return []
    noise = merge_spans([*noise_spans(doc.text), *page_noise])
    decisions = []
    for item in doc.items:
        blocks = [b for b in doc.blocks if b.item_number == item.number and item.start <= b.start < item.end]
        main = _main_block(blocks)
        start, end = (main.start, _with_conditions(main, blocks)) if main else (item.start, item.start)
        end = _before_noise(doc.text, start, end, noise)
        text = doc.text[start:end]
        sentences = [(b.field, s) for b in blocks for s in _sentences(_clean(doc.text, b, noise))]
        motions = [s for name, s in sentences if is_motion_field(name) and _MOTION.search(s)]
        reservations = [s for name, s in sentences if name.startswith("Reservation") or _RESERVATION.search(s)]
        decisions.append(Decision(
            doc.doc_id, doc.body, doc.meeting_date, item.number, normalize_dnr(item.dnr), item.title, text, start, end,
            outcome=outcome_of(text, _field_text(doc.text, blocks, noise, "Beslutsgång")),
            motions=list(dict.fromkeys(motions)),
            reservations=list(dict.fromkeys(reservations)),
            replaces=replacement_refs(text),
        ))
    return decisions


def _with_conditions(main: Block, blocks: list[Block]) -> int:
    """Where the decision ends: after the "Villkor" that follow it, the permit's conditions being part of it."""
    after = sorted((b for b in blocks if b.start >= main.end), key=lambda b: b.start)
    return after[0].end if after and after[0].field == "Villkor" else main.end


def _before_noise(text: str, start: int, end: int, noise: list[tuple[int, int]]) -> int:
    cut = min([n_start for n_start, _ in noise if start < n_start < end], default=end)
    return start + len(text[start:cut].rstrip())


def replacement_refs(decision_text: str) -> list[str]:
    """References to earlier decisions that this decision explicitly replaces or ends."""
    refs = []
    for sentence in _sentences(decision_text):
        if not _REPLACES.search(sentence) or _CONDITIONAL_EXPIRY.search(sentence):
            continue
        found = [" ".join(m.group().split()) for m in _DECISION_REF.finditer(sentence)]
        if not found and (earlier := _EARLIER_DECISION.search(sentence)):
            found = [earlier.group()]
        refs += found
    return refs


def _main_block(blocks: list[Block]) -> Block | None:
    decided = [b for b in blocks if b.kind == "decision"]
    proposed = [b for b in blocks if b.kind == "proposal_decision" and "sammanträdet" not in b.field]
    noted = [b for b in blocks if b.field == PREAMBLE_FIELD]  # "Ärendet utgår …", a secrecy note
    return (decided or proposed or noted or [None])[0]


def _clean(text: str, block: Block, noise: list[tuple[int, int]]) -> str:
    """The block's text with noise removed and white space collapsed."""
    return " ".join(without_noise(text, (block.start, block.end), noise).split())


def _field_text(text: str, blocks: list[Block], noise: list[tuple[int, int]], name: str) -> str:
    return " ".join(_clean(text, b, noise) for b in blocks if b.field == name)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]


def outcome_of(decision: str, voting: str = "") -> str:
    """From the decision's wording (its first paragraph, except for återremiss and bordläggning), else
    from the chair's finding in Beslutsgång ("finner att arbetsutskottet bifaller …")."""
    whole = outcomes_in(" ".join(decision.split()))
    first_paragraph = " ".join(re.split(r"\n[ \t]*\n", decision)[0].split())
    stated = outcomes_in(first_paragraph)
    for outcome in ("återremiss", "bordläggning"):
        if outcome in whole:
            return outcome
    if "avslag" in stated:
        return "avslag"
    if _WITHDRAWN.search(first_paragraph):
        return "utgår"
    if _NOTED.search(first_paragraph):
        return "information"
    if "bifall" in stated or _DECIDES.search(first_paragraph):
        return "bifall"
    match = _VOTE_OUTCOME.search(voting)
    return _VOTE_OUTCOMES[match["verb"]] if match else ""


def _ref_parts(ref: str) -> tuple[str, str]:
    """("2023-10-19", "§ 192") from a reference; ("", "") for "tidigare beslut"."""
    match = _DECISION_REF.search(ref)
    if not match:
        return "", ""
    date = match["date"] or ""
    return (date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else iso_date(date)), f"§ {match['number']}"


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """One transaction on a SQLite file of the index, closed afterwards (the register and the meeting model)."""
    with closing(sqlite3.connect(path)) as conn, conn:
        yield conn


class DecisionRegister:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return connect(self.path)

    def replace_document(self, doc: Document, page_noise: list[tuple[int, int]] = ()) -> int:
        """Replace everything stored for ``doc`` in one transaction; the number of decisions and agenda items stored."""
        decisions = extract_decisions(doc, page_noise)
        items = doc.items if doc.doc_type == "kallelse" else []
        body_key = fold_name(doc.body)
        with self._connect() as conn:
            self._delete(conn, doc.doc_id)
            conn.execute("INSERT INTO documents VALUES (?, ?, ?, ?)",
                         (doc.doc_id, doc.doc_type, body_key, doc.meeting_date))
            conn.executemany(
                f"INSERT INTO decisions ({_DECISION_COLUMNS}, paragraph_no, body_key, title_key, folded) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(d.doc_id, d.body, d.meeting_date, d.paragraph, d.dnr, d.title, d.text, d.start, d.end, d.outcome,
                  json.dumps(d.motions, ensure_ascii=False), json.dumps(d.reservations, ensure_ascii=False),
                  json.dumps(d.replaces, ensure_ascii=False), int(re.sub(r"\D", "", d.paragraph) or 0), body_key,
                  fold_name(d.title), fold_name(f"{d.title}\n{d.text}")) for d in decisions],
            )
            conn.executemany(
                "INSERT INTO replacements VALUES (?, ?, ?, ?, ?)",
                [(d.doc_id, d.paragraph, ref, *_ref_parts(ref)) for d in decisions for ref in d.replaces],
            )
            conn.executemany(
                "INSERT INTO agenda_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc.doc_id, i.number, body_key, doc.meeting_date, normalize_dnr(i.dnr), i.title, fold_name(i.title),
                  i.start, i.end, i.fields.get("Förslag till beslut", "")) for i in items],
            )
        return len(decisions) + len(items)

    def has_document(self, doc_id: str) -> bool:
        with self._connect() as conn:
            return conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def remove_document(self, doc_id: str) -> None:
        with self._connect() as conn:
            self._delete(conn, doc_id)

    @staticmethod
    def _delete(conn: sqlite3.Connection, doc_id: str) -> None:
        for table in ("documents", "decisions", "agenda_items", "replacements"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def search(self, body: str = "", since: str = "", until: str = "", dnr: str = "",
               query: str = "") -> list[Decision]:
        """Decisions newest meeting first (in § order within a meeting); ``query`` words must all occur in
        the title or the text, ignoring case and diacritics."""
        where, params = ["1 = 1"], []
        for clause, value in (("body_key = ?", fold_name(body)), ("meeting_date >= ?", since),
                              ("meeting_date <= ?", until), ("dnr = ?", normalize_dnr(dnr))):
            if value:
                where.append(clause)
                params.append(value)
        for word in fold_name(query).split():
            where.append("instr(folded, ?) > 0")
            params.append(word)
        return self._decisions(f"WHERE {' AND '.join(where)}", params)

    def history(self, dnr: str) -> list[Decision]:
        """Every decision on the same dnr, newest first."""
        return self.search(dnr=dnr) if normalize_dnr(dnr) else []

    def replaced(self, decision: Decision) -> list[Decision]:
        """The decisions that ``decision`` says it replaces; "tidigare beslut" is the latest earlier one on its dnr."""
        found: list[Decision] = []
        with self._connect() as conn:
            refs = conn.execute("SELECT ref_date, ref_paragraph FROM replacements WHERE doc_id = ? AND paragraph = ?",
                                (decision.doc_id, decision.paragraph)).fetchall()
        for ref_date, ref_paragraph in refs:
            if ref_paragraph:
                found += self._decisions("WHERE paragraph = ? AND (meeting_date = ? OR (? = '' AND meeting_date < ?))",
                                         [ref_paragraph, ref_date, ref_date, decision.meeting_date])
            elif decision.dnr:
                earlier = self._decisions("WHERE dnr = ? AND meeting_date < ?", [decision.dnr, decision.meeting_date])
                found += earlier[:1]
        return found

    def replaced_by(self, decision: Decision) -> list[Decision]:
        """Later decisions that say they replace ``decision``."""
        return [d for d in self._decisions(
            "WHERE meeting_date > ? AND EXISTS (SELECT 1 FROM replacements r WHERE r.doc_id = decisions.doc_id "
            "AND r.paragraph = decisions.paragraph)", [decision.meeting_date])
            if any((x.doc_id, x.paragraph) == (decision.doc_id, decision.paragraph) for x in self.replaced(d))]

    def agenda_links(self, doc_id: str) -> list[AgendaLink]:
        """Agenda items (of a kallelse) and the § (of minutes) that decided them, for either kind of ``doc_id``.

        An item is decided by the first § of the same body on its dnr at or after the agenda's meeting
        (an item withdrawn from one meeting links to the later meeting's §); an item without a dnr links
        to a § of the same meeting with the same title.
        """
        sql = """
            SELECT a.doc_id, a.number, a.title, a.meeting_date, a.proposal, d.doc_id, d.paragraph, d.dnr, d.meeting_date
            FROM agenda_items a JOIN decisions d ON a.body_key = d.body_key
            WHERE (a.doc_id = ? OR d.doc_id = ?) AND (
                (a.dnr != '' AND a.dnr = d.dnr AND d.meeting_date >= a.meeting_date AND NOT EXISTS (
                    SELECT 1 FROM decisions e WHERE e.body_key = d.body_key AND e.dnr = d.dnr
                    AND e.meeting_date >= a.meeting_date AND e.meeting_date < d.meeting_date))
                OR (a.dnr = '' AND a.meeting_date = d.meeting_date AND a.title_key = d.title_key))
            ORDER BY d.meeting_date DESC, d.paragraph_no, a.meeting_date DESC"""
        with self._connect() as conn:
            rows = conn.execute(sql, (doc_id, doc_id)).fetchall()
        return [AgendaLink(*row, same_meeting=row[3] == row[8]) for row in rows]

    def meetings_with_minutes(self, body: str = "") -> list[str]:
        """ISO dates of the meetings whose minutes are in the register, newest first."""
        sql = "SELECT DISTINCT meeting_date FROM documents WHERE doc_type = 'protokoll' AND (? = '' OR body_key = ?)"
        with self._connect() as conn:
            rows = conn.execute(f"{sql} ORDER BY meeting_date DESC", (fold_name(body), fold_name(body))).fetchall()
        return [date for (date,) in rows]

    def _decisions(self, where: str, params: list[str]) -> list[Decision]:
        sql = f"SELECT {_DECISION_COLUMNS} FROM decisions {where} ORDER BY meeting_date DESC, paragraph_no"
        with self._connect() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [Decision(*row[:10], motions=json.loads(row[10]), reservations=json.loads(row[11]),
                         replaces=json.loads(row[12])) for row in rows]
