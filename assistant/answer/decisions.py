"""Answers about earlier decisions, from the decision register: chronological (newest first), with the
decision text verbatim and cited, and saying when a later decision replaced an earlier one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.answer.extractive import Answer, Citation, SourceTexts, display
from assistant.index.decisions import Decision, DecisionRegister
from assistant.answer.retrieval import Hit
from assistant.swedish import MONTHS

DECISION_QUESTION = re.compile(r"beslut|beslöt|beslutade|decid|decision|yrka|reserv|återremi|gäller .* fortfarande",
                               re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    since: str = ""
    until: str = ""


def is_decision_question(question: str) -> bool:
    return bool(DECISION_QUESTION.search(question))


def resolve_period(question: str, meeting_dates: list[str]) -> Period:
    """Relative dates against the documents' own dates: "förra/senaste mötet" is the latest meeting with
    minutes, "i höstas"/"i våras" the autumn/spring of the latest year, a bare year that year."""
    text = question.casefold()
    latest = max(meeting_dates) if meeting_dates else ""
    if re.search(r"\b(förra|senaste|sista) (mötet|sammanträdet)\b", text) and latest:
        return Period(latest, latest)
    year = latest[:4] if latest else str(date.today().year)
    if "i höstas" in text:
        return Period(f"{year}-08-01", f"{year}-12-31")
    if "i våras" in text:
        return Period(f"{year}-01-01", f"{year}-06-30")
    for month_number, month in enumerate(MONTHS, 1):
        if re.search(rf"\bi {month}\b", text) and not re.search(rf"\d{{1,2}} {month}", text):
            return Period(f"{year}-{month_number:02d}-01", f"{year}-{month_number:02d}-31")
    if match := re.search(r"\b(?:år |under |i )?(20\d\d)\b", text):
        if not re.search(r"\d{4}-\d{2}-\d{2}", text):
            return Period(f"{match.group(1)}-01-01", f"{match.group(1)}-12-31")
    return Period()


def decisions_for(register: DecisionRegister, hits: list[Hit], period: Period) -> list[Decision]:
    """The decisions behind the retrieved minutes chunks, with every decision on the same diarienummer."""
    wanted: dict[tuple[str, str], None] = {}
    for hit in hits:
        meta = hit.chunk.metadata
        if meta.get("doc_type") == "protokoll" and str(meta.get("item_number", "")).startswith("§"):
            wanted[(hit.chunk.doc_id, meta["item_number"])] = None
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
                      titles: dict[str, dict], first_n: int = 1) -> tuple[str, list[Citation]]:
    """Newest meeting first (§ order within a meeting): date, body, §, dnr, title, the decision verbatim [n], and replacements either way."""
    lines = ["Beslut, nyast först:"]
    citations: list[Citation] = []
    for decision in decisions:
        if not decision.text.strip():
            continue
        doc = titles.get(decision.doc_id, {})
        n = first_n + len(citations)
        citations.append(Citation(
            n=n, document_title=doc.get("title", ""), source_path=doc.get("path", ""), doc_id=decision.doc_id,
            page=texts.page(decision.doc_id, decision.start), meeting_date=decision.meeting_date, body=decision.body,
            location=f"{decision.paragraph} {decision.title}", quote=decision.text, start=decision.start,
            end=decision.end, score=1.0,
        ))
        dnr = f" (Dnr {decision.dnr})" if decision.dnr else ""
        lines.append(f"{decision.meeting_date} – {decision.body} {decision.paragraph}{dnr} {decision.title}:")
        lines.append(f"- {display(decision.text)} [{n}]")
        for later in register.replaced_by(decision):
            lines.append(f"- Ersatt av beslut {later.meeting_date} {later.paragraph}.")
        for earlier in register.replaced(decision):
            lines.append(f"- Ersätter beslut {earlier.meeting_date} {earlier.paragraph}.")
    return "\n".join(lines), citations


def missing_minutes(question: str, asked: list[date], register: DecisionRegister) -> str:
    """A decision question about a meeting whose minutes are not indexed: say so instead of answering
    from that meeting's agenda as if its proposals were decisions."""
    with_minutes = set(register.meetings_with_minutes())
    for day in asked:
        if day.isoformat() not in with_minutes:
            return f"Protokollet från {day.day} {MONTHS[day.month - 1]} {day.year} finns inte i underlagen."
    return ""


def merge(decision_text: str, decision_citations: list[Citation], other: Answer) -> Answer:
    """Decisions first, then the rest of the extractive answer (citations renumbered after them)."""
    offset = len(decision_citations)
    renumbered = other.answer
    for citation in sorted(other.citations, key=lambda c: -c.n):
        renumbered = renumbered.replace(f"[{citation.n}]", f"[{citation.n + offset}]")
    rest = [Citation(**{**c.__dict__, "n": c.n + offset}) for c in other.citations]
    text = decision_text + ("\n\nUr underlagen i övrigt:\n" + renumbered if rest and other.found else "")
    rest = rest if other.found else []
    return Answer(text, decision_citations + rest, True, other.mode, other.question)
