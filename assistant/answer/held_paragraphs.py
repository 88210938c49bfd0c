"""Minutes named by the paragraphs they hold, as municipal minutes are cited: "kf-protokollet med §§ 218-229",
"omsorgsnämndens protokoll 210-238", "mötet som började på paragraf 185". The question is about that meeting, and
the paragraph that names it is no paragraph asked about."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.points import unsigned
from assistant.answer.questions import Question
from assistant.index.meetings import MINUTES_TYPES, Meeting, MeetingModel, Span
from assistant.swedish import MONTHS

_PARAGRAPH = r"(?:§§?|paragraf(?:erna)?|paragraph)"
_BEGUN_AT = re.compile(rf"\bsom\s+(?:börjar|började|inleds|inleddes|startar|startade)\s+(?:på|med)\s+{_PARAGRAPH}\s*"
                       r"(?P<first>\d{1,4})\b")
_SPANNING = re.compile(rf"\b(?:[\wåäö-]*protokoll\w*\s+(?:med\s+)?(?:{_PARAGRAPH}\s*)?"
                       rf"|(?:[\wåäö-]*möte[tn]?|sammanträde[tn]?)\s+med\s+{_PARAGRAPH}\s*)"
                       rf"(?P<first>\d{{1,4}})\s*[-–]\s*(?P<last>\d{{1,4}})\b(?!\s*(?:{'|'.join(MONTHS)}|[/.]\d))")
# the paragraphs, not the days of a meeting held over two ("styrelsemötet 18-19 mars 2017")
_RANGE = re.compile(r"(\d{1,4})\s*[-–]\s*(\d{1,4})")


def minutes_by_paragraphs(q: Question, meetings: list[Meeting], model: MeetingModel) -> Question:
    """The question narrowed to the minutes whose paragraphs it names, when some minutes hold them."""
    named = _BEGUN_AT.search(q.standalone.casefold()) or _SPANNING.search(q.standalone.casefold())
    if named is None:
        return q
    first, last = int(named["first"]), int(named.groupdict().get("last") or 0)
    held = [m.doc_id for m in meetings if m.doc_type in MINUTES_TYPES and
            _begins_at(_paragraphs(model, m.doc_id), first, last)]
    if not held:
        return q
    naming = {f"§ {first}", f"§ {last}"}
    return replace(q, meetings=tuple(held), references=tuple(r for r in q.references if r.value not in naming),
                   filters=replace(q.filters, documents=tuple(held)))


def stated_ranges(facts: list[Span]) -> list[tuple[int, int]]:
    """The paragraphs a cover says its minutes hold ("Paragrafer 210-238", "§§ 44-62"), first and last."""
    return [(int(m[1]), int(m[2])) for fact in facts if fact.name == "paragrafer" for m in _RANGE.finditer(fact.value)]


def _paragraphs(model: MeetingModel, doc_id: str) -> set[int]:
    """The paragraphs the minutes number, and those their cover says they hold."""
    numbered = [int(n) for item in model.items(doc_id) if (n := unsigned(item.number)).isdigit()]
    return set(numbered) | {n for a, b in stated_ranges(model.facts(doc_id)) if a <= b for n in range(a, b + 1)}


def _begins_at(paragraphs: set[int], first: int, last: int) -> bool:
    """The minutes hold the first and the last paragraph named; named as where they begin, not the one before it
    (a transcript's page numbers read as items do not count against it)."""
    return first in paragraphs and (last in paragraphs if last else first - 1 not in paragraphs)
