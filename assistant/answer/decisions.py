"""Answers about earlier decisions, from the decision register: chronological (newest first), with the
decision text verbatim and cited, and saying when a later decision replaced an earlier one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.swedish import content_terms

from assistant.answer.extractive import FRAME_TERMS, Answer, Citation, display
from assistant.answer.sources import SourceTexts
from assistant.answer.item_fields import chairs_findings, referred_proposal
from assistant.answer.lookup import numbered
from assistant.answer.periods import Period
from assistant.answer.questions import Question
from assistant.answer.units import SENTENCE_END
from assistant.answer.retrieval import Hit
from assistant.documents.item_heads import is_sub_number
from assistant.index.decisions import Decision, DecisionRegister
from assistant.index.meetings import Item, Span

def decisions_for(register: DecisionRegister, hits: list[Hit], period: Period) -> list[Decision]:
    """The decisions behind the retrieved minutes chunks, with every decision on the same diarienummer."""
    wanted: dict[tuple[str, str], None] = {}
    for hit in hits:
        meta = hit.chunk.meta
        if meta.doc_type == "protokoll" and meta.item_number:  # "§ 78", or "4.7" of an association's minutes
            wanted[(hit.chunk.doc_id, meta.item_number)] = None
    in_period = {(d.doc_id, d.paragraph): d for d in register.search(since=period.since, until=period.until)}
    found: dict[tuple[str, str], Decision] = {}
    for key in wanted:
        if key not in in_period:
            continue
        decision = found[key] = in_period[key]
        for same_case in register.history(decision.dnr) if _is_case_number(decision.dnr) else []:
            if (same_case.doc_id, same_case.paragraph) in in_period:
                found.setdefault((same_case.doc_id, same_case.paragraph), same_case)
    return sorted(found.values(), key=lambda d: (_negated(d.meeting_date), _paragraph_number(d.paragraph)))


_TAKEN = content_terms("fattade fattades togs tog gjordes gjorde vilka vilket alla")


def under_items(items: list[Item], number: str) -> str:
    """The titles of the items a sub-item stands under: "§11a iii Ansvarsfrihet" decides about "§11a
    Fysikteknologsektionens Idrottsförening, FIF 2020" too, "6.2" about "6 Ekonomi"."""
    return " ".join(i.title for i in items if is_sub_number(number, i.number))


def asks_all_decisions(q: Question) -> bool:
    """"vilka beslut fattade nämnden den 18 februari": every decision of the one meeting a date names, as the
    question names nothing they are about."""
    one_day = bool(q.filters.date_from) and q.filters.date_from == q.filters.date_to
    about = {t for t in q.topic - FRAME_TERMS - _TAKEN if not t.isdigit()}
    return q.about_decisions and one_day and not about and not q.references


def _is_case_number(dnr: str) -> bool:
    """A case's own diarienummer ("BN-2023-002581"), not a standing item's yearly one ("2024-00001", used by
    every "Förändring av ärendelista")."""
    return bool(re.match(r"[A-ZÅÄÖ]", dnr))


def _negated(iso: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in iso.split("-") if part.isdigit())


def _paragraph_number(paragraph: str) -> int:
    digits = re.sub(r"\D", "", paragraph)
    return int(digits) if digits else 0


def compose_decisions(decisions: list[Decision], register: DecisionRegister, texts: SourceTexts,
                      titles: dict[str, dict], first_n: int = 1, opening: bool = False,
                      item_fields: Callable[[str, str], list[Span]] | None = None) -> tuple[str, list[Citation]]:
    """Newest meeting first (§ order within a meeting): date, body, §, dnr, title, the decision verbatim [n], and
    replacements either way; with ``opening``, each decision's first sentence only (a whole meeting's list).
    ``item_fields`` (doc id, §) gives the chair's finding where members moved yrkanden or voted: it says whose
    proposal won, and by how many votes."""
    lines = ["Beslut, nyast först:"]
    citations: list[Citation] = []
    for decision in decisions:
        if not decision.text.strip():
            continue
        doc = titles.get(decision.doc_id, {})
        n = first_n + len(citations)
        said = decision.text
        if opening and (cut := SENTENCE_END.search(said)):
            said = said[:cut.start()]
        citations.append(Citation(
            n=n, document_title=doc.get("title", ""), source_path=doc.get("path", ""), doc_id=decision.doc_id,
            page=texts.page(decision.doc_id, decision.start), meeting_date=decision.meeting_date, body=decision.body,
            location=f"{numbered(decision.paragraph)} {decision.title}", quote=said, start=decision.start,
            end=decision.start + len(said), score=1.0,
        ))
        dnr = f" (Dnr {decision.dnr})" if decision.dnr else ""
        lines.append(f"{decision.meeting_date} – {decision.body} {numbered(decision.paragraph)}{dnr} {decision.title}:")
        lines.append(f"- {display(said)} [{n}]")
        fields = item_fields(decision.doc_id, decision.paragraph) if item_fields is not None and not opening else []
        text = texts.text(decision.doc_id)
        voted = decision.motions or any(f.name.casefold().startswith("omröstning") for f in fields)
        # a vote: its result; a decision by "förslaget" it follows: what that proposal is
        for beside in (chairs_findings(text, fields) if voted else []) + referred_proposal(text, said, fields):
            citations.append(replace(citations[-1], n=len(citations) + first_n, quote=beside.text, start=beside.start,
                                     end=beside.end, page=texts.page(decision.doc_id, beside.start)))
            lines.append(f"- {beside.label}: {display(beside.text)} [{citations[-1].n}]")
        for later in register.replaced_by(decision):
            lines.append(f"- Ersatt av beslut {later.meeting_date} {numbered(later.paragraph)}.")
        for earlier in register.replaced(decision):
            lines.append(f"- Ersätter beslut {earlier.meeting_date} {numbered(earlier.paragraph)}.")
    return "\n".join(lines), citations


def merge(decision_text: str, decision_citations: list[Citation], other: Answer) -> Answer:
    """The decisions answer; the extractive answer goes under "Mer i underlagen" (citations renumbered after)."""
    offset = len(decision_citations)
    rest = _renumbered(other.citations + other.more_citations, offset) if other.found else []
    more = "\n\n".join(x for x in (other.answer, other.more) if x) if rest else ""
    return Answer(decision_text, decision_citations, True, other.mode, other.question,
                  more=_shift_markers(more, other.citations + other.more_citations, offset), more_citations=rest)


def _renumbered(citations: list[Citation], offset: int) -> list[Citation]:
    return [Citation(**{**c.__dict__, "n": c.n + offset}) for c in citations]


def _shift_markers(text: str, citations: list[Citation], offset: int) -> str:
    for citation in sorted(citations, key=lambda c: -c.n):
        text = text.replace(f"[{citation.n}]", f"[{citation.n + offset}]")
    return text
