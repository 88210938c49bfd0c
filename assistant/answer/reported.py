"""A meeting whose minutes are not indexed, whose outcome another document of the same organisation reports ("Vi har
reviderat våra stadgar, som årsmötet godkände vid årsmötet 2019", "Årsstämman 2020 beslöt att …"): that sentence,
said to be a report, instead of a bare refusal."""

from __future__ import annotations

import re

from assistant.answer.bodies import is_meeting_word, organisations_by_folder
from assistant.answer.extractive import FRAME_TERMS, Answer
from assistant.answer.lookup import Context, Quote, quoted_answer
from assistant.answer.refusal import MINUTES_MISSING
from assistant.answer.term_match import COMPOUND_PART, matches
from assistant.swedish import content_terms

_DECIDED_BY = re.compile(r"\b(?:beslöt|beslutade|beslutades|godkände|godkändes|antog|antogs|biföll|bifölls|avslog"
                         r"|avslogs|valde|valdes|beviljade|beviljades|fastställde|fastställdes)\b", re.IGNORECASE)
_MEETING = r"\w*(?:möte|mötet|stämma|stämman|stämmans|sammanträde|sammanträdet)"
MAX_SENTENCE_CHARS = 300


def reported_outcome(ctx: Context, missing: str) -> Answer | None:
    """``missing``: why the question cannot be answered from the meeting's minutes ("Protokollet från årsmötet 9 juli
    2019 finns inte i underlagen.")."""
    q = ctx.question
    if not missing.startswith(MINUTES_MISSING):
        return None
    years = {day.year for day in q.dates} or ({int(q.period.since[:4])} if q.period.since[:4].isdigit() else set())
    owners = organisations_by_folder(list(ctx.documents.values()))
    organisations = {owners.get(doc, "") for doc in q.meetings} - {""}
    named = content_terms(" ".join(organisations))
    topic = {t for t in q.subject_terms - FRAME_TERMS - named if not t.isdigit() and not is_meeting_word(t)}
    if len(years) != 1 or not organisations or not topic:
        return None
    of_meeting = re.compile(rf"\b{_MEETING}\s+(?:[\wåäö]+\s+){{0,2}}?{years.pop()}\b", re.IGNORECASE)
    for doc in [d for d in ctx.order if d in ctx.documents] + [d for d in ctx.documents if d not in ctx.order]:
        if doc in q.meetings or owners.get(doc, "") not in organisations:
            continue
        text = ctx.texts.text(doc)
        for found in of_meeting.finditer(text):
            start, end = _sentence_around(text, found.start(), found.end())
            sentence = text[start:end]
            if _DECIDED_BY.search(sentence) and _about(topic, content_terms(sentence)):
                title = ctx.documents[doc].get("title") or doc
                return quoted_answer(ctx, f"{missing} Men ”{title}” berättar:", [Quote(doc, start, end, title)])
    return None


def _about(topic: set[str], said: set[str]) -> bool:
    """A word of the topic, or the first part of a compound of it ("stadgeändringen": "våra stadgar")."""
    return bool(matches(topic, said)) or \
        any(len(f) > COMPOUND_PART and t.startswith(f) for t in topic for f in said)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or paragraph line) that holds ``text[start:end]``."""
    opens = max(text.rfind(". ", 0, start) + 2, text.rfind("\n\n", 0, start) + 2, start - MAX_SENTENCE_CHARS, 0)
    stop = re.search(r"[.!?](?=\s|$)|\n\s*\n", text[end:end + MAX_SENTENCE_CHARS])
    return opens, end + (stop.end() if stop and stop.group().startswith((".", "!", "?")) else
                         stop.start() if stop else min(len(text) - end, MAX_SENTENCE_CHARS))
