"""Citing a passage once: quotes that follow each other in a document with nothing but white space and list marks
between (the rows of one list, the sentences of one paragraph) become one citation whose quote runs over them all,
so that a person checks one highlighted passage, not a dozen one-line quotes. Each line keeps its marker."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.extractive import Answer, Citation
from assistant.answer.sources import SourceTexts

_LINE_MARKER = re.compile(r" \[(\d+)\]$", re.MULTILINE)  # every answer composer ends a quoted line with its marker


def as_passages(answer: Answer, texts: SourceTexts) -> Answer:
    if not answer.found or answer.mode != "extractive":
        return answer
    direct, numbers = _joined(answer.citations, texts, 1)
    more, more_numbers = _joined(answer.more_citations, texts, len(direct) + 1)
    numbers |= more_numbers
    if len(direct) == len(answer.citations) and len(more) == len(answer.more_citations):
        return answer
    return replace(answer, answer=_renumbered(answer.answer, numbers), citations=direct,
                   more=_renumbered(answer.more, numbers), more_citations=more)


def _joined(citations: list[Citation], texts: SourceTexts, first: int) -> tuple[list[Citation], dict[int, int]]:
    """The citations with each run of adjoining quotes of one place made one; the old number → the new."""
    joined: list[Citation] = []
    numbers: dict[int, int] = {}
    for citation in citations:
        last = joined[-1] if joined else None
        if last and (last.doc_id, last.location) == (citation.doc_id, citation.location) and \
                texts.adjoins(citation.doc_id, last.end, citation.start):
            joined[-1] = replace(last, end=citation.end, quote=texts.text(last.doc_id)[last.start:citation.end])
        else:
            joined.append(replace(citation, n=first + len(joined)))
        numbers[citation.n] = joined[-1].n
    return joined, numbers


def _renumbered(text: str, numbers: dict[int, int]) -> str:
    return _LINE_MARKER.sub(lambda m: f" [{numbers.get(int(m[1]), int(m[1]))}]", text)
