"""The meetings at which a person the question names held an official role: "Fredrik Holmbom var justerare på två
styrelsemöten 2013 – vilka?", "på vilka möten var Anna Berg sekreterare?". Each meeting is quoted with the line
that dates it and the election or signature that names the person."""

from __future__ import annotations

import re

from assistant.answer.extractive import Answer
from assistant.answer.lookup import MAX_LINES, Context, Quote, doc_name, newest_first, quoted_answer
from assistant.answer.meeting_plans import OFFICIALS
from assistant.answer.periods import within
from assistant.index.meetings import MINUTES_TYPES, Meeting, Span
from assistant.swedish import fold_name

_ASKS_MEETINGS = re.compile(r"\b[\wåäö]*(?:möten|mötena|sammanträden|sammanträdena|stämmor)\b|\bvilket [\wåäö]*(?:möte|"
                            r"sammanträde|stämma)\b|\bpå vilka\b|\bwhich meetings?\b"
                            r"|\bvilka [\wåäö-]*protokoll(?:en)?\b")  # "i vilka ks-protokoll var X justerare"
_HOLDERS = re.compile(r",\s*|\s+och\s+|\s*&\s*")
_PARTY = re.compile(r"\s*\([A-ZÅÄÖ]{1,3}\)")  # "Tony Andersson (M)": the party the minutes add to the name


def meetings_with_official(ctx: Context) -> Answer | None:
    q = ctx.question
    low = fold_name(q.standalone)
    roles = [r for r in q.roles if r in OFFICIALS]
    if len(roles) != 1 or not _ASKS_MEETINGS.search(q.standalone.casefold()):
        return None
    held = [(m, fact) for m in _minutes_first(ctx) for fact in ctx.model.facts(m.doc_id)
            if fact.name == roles[0] and _names_holder(low, fact.value)]
    if not held:
        return None
    person = next(name for _, fact in held for name in _holders(fact.value) if _named(low, name))
    quotes = [quote for meeting, fact in held[:MAX_LINES] for quote in _dated(ctx, meeting, fact)]
    return quoted_answer(ctx, f"{person} var {roles[0]} på {len(held)} möten i underlagen:" if len(held) > 1 else
                         f"{person} var {roles[0]} på ett möte i underlagen:", quotes, labelled=True)


def _minutes_first(ctx: Context) -> list[Meeting]:
    """The minutes (one document per meeting) in the period the question names, newest first."""
    period = ctx.question.period
    seen: set[tuple[str, str]] = set()
    found = []
    for m in sorted(ctx.latest_meetings(), key=lambda m: (m.doc_type not in MINUTES_TYPES, newest_first(m))):
        if (m.body, m.meeting_date) not in seen and (not (period.since or period.until) or within(m.meeting_date, period)):
            seen.add((m.body, m.meeting_date))
            found.append(m)
    return found


def _names_holder(low: str, holders: str) -> bool:
    return any(_named(low, name) for name in _holders(holders))


def _holders(value: str) -> list[str]:
    return [_PARTY.sub("", name).strip() for name in _HOLDERS.split(value)]


def _named(low: str, name: str) -> bool:
    """The question names the holder by full name ("Fredrik Holmbom"), not by a first name alone."""
    return len(name.split()) >= 2 and re.search(rf"\b{re.escape(fold_name(name))}\b", low) is not None


def _dated(ctx: Context, meeting: Meeting, fact: Span) -> list[Quote]:
    """The line of the minutes' head that dates the meeting, then the one that names the person."""
    day = next((f for f in ctx.model.facts(meeting.doc_id) if f.name == "datum" and f.end <= fact.start), None)
    return [Quote(meeting.doc_id, f.start, f.end, doc_name(meeting)) for f in (day, fact) if f is not None]
