"""Questions that ask two things ("var hölls mötet 6 maj och vilken tid började det?", "varför hölls årsmötet inte i
lokalen och hur skulle det genomföras i stället?"): each part is answered as its own turn of a conversation
about the whole question, and the answers are joined, each part's citations numbered after the other's."""

from __future__ import annotations

import re

from assistant.answer.decisions import renumbered, shift_markers
from assistant.answer.extractive import Answer

_ASKING = r"(?:när|var|vem|vems|vilka|vilken|vilket|hur|varför|vad|when|where|who|what|which|how|why)"
# two questions joined by "och": the first a question of its own, the second opening with its own question word
_TWO_QUESTIONS = re.compile(rf"^(?P<first>.*?\b{_ASKING}\b.*?\S)\s*,?\s+(?:och|samt|and)\s+(?P<second>{_ASKING}\b.+)$",
                            re.IGNORECASE)
MIN_FIRST_WORDS = 3  # "när och var hölls mötet" asks one thing of one meeting
MIN_SECOND_WORDS = 2  # "… och hur?" asks nothing a part could answer


def question_parts(question: str) -> tuple[str, str] | None:
    """The two questions, the second as a follow-up ("och vilken tid började det?") that takes its meeting and
    topic from the whole question."""
    found = _TWO_QUESTIONS.match(question.strip())
    if not found or len(found["first"].split()) < MIN_FIRST_WORDS or \
            len(found["second"].rstrip(" ?.!").split()) < MIN_SECOND_WORDS:
        return None
    return found["first"], f"och {found['second']}"


def joined(first: Answer, second: Answer) -> Answer:
    """Both answers, the first's first; a part the documents do not answer says so beside the other. A second
    answer that quotes only what the first quotes adds nothing. Direct citations are numbered first, then
    "Mer i underlagen"'s."""
    if not second.found and not first.found:
        return first
    if first.found and {(c.doc_id, c.start, c.end) for c in second.citations} <= \
            {(c.doc_id, c.start, c.end) for c in first.citations}:
        return first  # nothing new, or nothing found for the second part beside an answer that has citations
    k, s, m = len(first.citations), len(second.citations), len(first.citations) + len(first.more_citations)
    text = "\n\n".join(x for x in (first.answer, shift_markers(second.answer, second.citations, k)) if x)
    more = "\n\n".join(x for x in (shift_markers(first.more, first.more_citations, s),
                                    shift_markers(second.more, second.more_citations, m)) if x)
    return Answer(text, first.citations + renumbered(second.citations, k), True, first.mode, first.question,
                  more=more, more_citations=renumbered(first.more_citations, s) + renumbered(second.more_citations, m))
