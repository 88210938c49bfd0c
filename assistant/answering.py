"""Answers with citations. ``extractive`` composes the answer from the retrieved text itself;
``llm`` asks a chat model and then checks every citation it wrote against the sources.

Every citation quotes an exact substring of its document, with offsets, so a person can check it.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

from .parsing import AGENDA_FIELDS, PROPOSAL_GROUPS
from .retrieval import Hit, content_terms
from .store import Index, StoredChunk

NOT_FOUND = "Jag hittar inget om det i underlagen."
MAX_UNITS = 14
MAX_CHUNKS = 5

_PROPOSAL_LINE = re.compile(r"\d{1,2}\. \S")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”(])")
_DATE_OR_TIME = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december)\b|\bkl\.? ?\d", re.IGNORECASE)
FRAME_TERMS = content_terms("beslut beslutades besluta beslutade förslag föreslås föreslår föreslogs ärende ärendet "
                            "punkt punkten handlingar dokument underlag står säger")
_PERSON = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé-]+")


@dataclass
class Citation:
    n: int
    document_title: str
    source_path: str
    doc_id: str
    page: int
    meeting_date: str
    body: str
    location: str  # agenda item / paragraph (§) / heading path
    quote: str
    start: int
    end: int
    score: float


@dataclass
class Answer:
    answer: str
    citations: list[Citation] = field(default_factory=list)
    found: bool = True
    mode: str = "extractive"
    question: str = ""  # the standalone question that was searched for
    notice: str = ""
    related: list[str] = field(default_factory=list)  # "kanske relevant" when nothing was found

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass
class Unit:
    """A sentence, list item, proposal or field value: the smallest thing an answer quotes."""

    start: int
    end: int
    text: str
    score: float = 0.0
    label: str = ""  # the field ("Förslag till beslut") or proposal group ("Staten") it stands under


class SourceTexts:
    """Document texts and page spans, read once per answer."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._texts: dict[str, str] = {}
        self._pages: dict[str, list[list[int]]] = {}

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            self._texts[doc_id] = self.index.document_text(doc_id)
        return self._texts[doc_id]

    def page(self, doc_id: str, offset: int) -> int:
        if doc_id not in self._pages:
            row = self.index.document(doc_id)
            self._pages[doc_id] = json.loads(row["structure"]).get("pages", []) if row else []
        for number, start, end in self._pages[doc_id]:
            if start <= offset < end:
                return number
        return 0


def location(chunk: StoredChunk) -> str:
    meta = chunk.metadata
    number, title = meta.get("item_number", ""), meta.get("item_title", "")
    if meta.get("kind") == "proposal":
        return " › ".join(x for x in (meta.get("heading_path", "").replace(" > ", " › "), f"förslag {number}") if x)
    if number.startswith("§"):
        return f"{number} {title}".strip()
    if number or title:
        return f"punkt {number} {title}".strip()
    return meta.get("heading_path", "").replace(" > ", " › ") or meta.get("field", "")


def units_of(chunk: StoredChunk, text: str) -> list[Unit]:
    """Split a chunk's kept segments into quotable units with exact offsets."""
    units: list[Unit] = []
    for seg_start, seg_end in chunk.segments:
        for line in re.finditer(r"[^\n]+(?:\n(?![\n\-•]|\d{1,2}\. )[^\n]+)*", text[seg_start:seg_end]):
            l_start = seg_start + line.start()
            piece = line.group()
            if _PROPOSAL_LINE.match(piece) or piece.lstrip().startswith(("-", "•")) or len(piece) < 220:
                units.append(Unit(l_start, l_start + len(piece), piece))
                continue
            cut = 0
            for match in _SENTENCE.finditer(piece):
                units.append(Unit(l_start + cut, l_start + match.start(), piece[cut:match.start()]))
                cut = match.end()
            units.append(Unit(l_start + cut, l_start + len(piece), piece[cut:]))
    return [u for u in units if u.text.strip()]


def _label_units(chunk: StoredChunk, units: list[Unit], text: str) -> list[Unit]:
    """Attach the proposal group or agenda field each unit stands under; drop the bare labels."""
    kept: list[Unit] = []
    label = ""
    for unit in units:
        stripped = unit.text.strip()
        if stripped in PROPOSAL_GROUPS:
            label = stripped
            continue
        if chunk.metadata.get("kind") in ("agenda_item", "field", "decision", "proposal_decision"):
            label = _field_before(text, unit.start) or label
        unit.label = label
        kept.append(unit)
    return kept


def _field_before(text: str, position: int) -> str:
    window = text[max(0, position - 600):position]
    best, best_at = "", -1
    for name in AGENDA_FIELDS + ("Förslag till beslut i nämnden", "Beslutsgång", "Yrkanden", "Sammanfattning av ärendet"):
        at = window.rfind(name)
        if at > best_at:
            best, best_at = name, at
    return best


def topic_terms(terms: set[str]) -> set[str]:
    """The question's terms without the words that frame any question about meetings ("beslut", "förslag")."""
    topic = terms - FRAME_TERMS
    return topic or terms


def score_units(units: list[Unit], terms: set[str], chunk: StoredChunk, question: str) -> None:
    terms = topic_terms(terms)
    context_terms = content_terms(chunk.context)
    context_match = len(terms & context_terms)
    wants_time = bool(re.search(r"\bnär\b|\bdatum\b|\bwhen\b|\bvilken dag\b|\btid\b", question, re.IGNORECASE))
    wants_person = bool(re.search(r"\bvem\b|\bvilka\b|\bwho\b", question, re.IGNORECASE))
    for unit in units:
        unit.score = len(terms & content_terms(unit.text)) + 0.5 * context_match
        if wants_time and _DATE_OR_TIME.search(unit.text):
            unit.score += 1.0
        if wants_person and _PERSON.search(unit.text):
            unit.score += 0.5


def select_units(hits: list[Hit], texts: SourceTexts, terms: set[str], question: str) -> list[tuple[Hit, list[Unit]]]:
    """Pick what to quote: per chunk, the units that answer; whole proposal lists and agenda items
    when their heading is what the question is about."""
    picked: list[tuple[Hit, list[Unit]]] = []
    total = 0
    top_score = 0.0
    for hit in hits:
        text = texts.text(hit.chunk.doc_id)
        units = _label_units(hit.chunk, units_of(hit.chunk, text), text)
        score_units(units, terms, hit.chunk, question)
        if not units:
            continue
        best = max(u.score for u in units)
        top_score = max(top_score, best)
        if best < max(1.0, 0.5 * top_score):
            continue
        heading_matches = bool(topic_terms(terms) & content_terms(hit.chunk.context))
        kind = hit.chunk.metadata.get("kind")
        if heading_matches and kind in ("proposal", "agenda_item", "decision"):
            chosen = units
        else:
            chosen = sorted((u for u in units if u.score >= max(1.0, 0.6 * best)), key=lambda u: -u.score)[:3]
            chosen.sort(key=lambda u: u.start)
        chosen = chosen[: MAX_UNITS - total]
        if chosen:
            picked.append((hit, chosen))
            total += len(chosen)
        if total >= MAX_UNITS or len(picked) >= MAX_CHUNKS:
            break
    return picked


def compose_extractive(picked: list[tuple[Hit, list[Unit]]], texts: SourceTexts) -> tuple[str, list[Citation]]:
    """The answer text, grouped by source and heading, each quoted unit followed by its marker."""
    sections: dict[tuple[str, str], list[tuple[Hit, Unit]]] = {}
    for hit, units in picked:
        sections.setdefault((hit.chunk.metadata["doc_title"], location(hit.chunk)), []).extend((hit, u) for u in units)
    citations: list[Citation] = []
    parts: list[str] = []
    for (title, where), entries in sections.items():
        parts.append(f"Ur ”{title}” – {where}:" if where else f"Ur ”{title}”:")
        label = None
        for hit, unit in entries:
            if unit.label and unit.label != label:
                label = unit.label
                parts.append(f"{label}:")
            citations.append(_citation(len(citations) + 1, hit, unit, where, texts))
            shown = " ".join(unit.text.split())
            parts.append(f"{'' if shown.startswith(('- ', '• ')) else '- '}{shown} [{len(citations)}]")
        parts.append("")
    return "\n".join(parts).strip(), citations


def _citation(n: int, hit: Hit, unit: Unit, where: str, texts: SourceTexts) -> Citation:
    meta = hit.chunk.metadata
    return Citation(
        n=n, document_title=meta["doc_title"], source_path=meta["source_path"], doc_id=hit.chunk.doc_id,
        page=texts.page(hit.chunk.doc_id, unit.start), meeting_date=meta["meeting_date"], body=meta["body"],
        location=where, quote=texts.text(hit.chunk.doc_id)[unit.start:unit.end], start=unit.start, end=unit.end,
        score=round(hit.score, 4),
    )


def relevance(hits: list[Hit], terms: set[str]) -> float:
    """How well the best hits match the question: share of the question's terms they contain, blended
    with the dense similarity. Compared against the refusal threshold (tuned on evals/dev.jsonl)."""
    if not hits or not terms:
        return 0.0
    best = 0.0
    for hit in hits[:3]:
        hit_terms = content_terms(hit.chunk.context + "\n" + hit.chunk.text)
        coverage = len(terms & hit_terms) / len(terms)
        dense = min(1.0, max(0.0, (hit.dense - 0.78) / 0.12))
        best = max(best, 0.6 * coverage + 0.4 * dense)
    return round(best, 4)


def related_sources(hits: list[Hit]) -> list[str]:
    seen: list[str] = []
    for hit in hits[:3]:
        entry = f"{hit.chunk.metadata['doc_title']} – {location(hit.chunk)}"
        if entry not in seen:
            seen.append(entry)
    return seen
