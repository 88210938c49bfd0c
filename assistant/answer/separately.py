"""A meeting the question names that several organisations in the index held ("justerare på årsmötet 2023", no
organisation named): answered for each organisation, under its name."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from assistant.answer.bodies import organisations_by_folder
from assistant.answer.extractive import Answer
from assistant.answer.questions import Question
from assistant.index.meetings import Meeting


def by_organisation(q: Question, meetings: list[Meeting], documents: list[dict[str, Any]]) -> tuple[str, ...]:
    """The organisations of the meetings the question names when it names one meeting of each of several and
    no organisation: each is asked on its own. The documents' organisations are read only when it may."""
    if q.organisations or len(q.meetings) < 2:
        return ()
    owners = organisations_by_folder(documents)
    days: dict[str, set[str]] = {}
    for m in sorted((m for m in meetings if m.doc_id in q.meetings), key=lambda m: q.meetings.index(m.doc_id)):
        days.setdefault(owners.get(m.doc_id, ""), set()).update({m.meeting_date} - {""})
    if "" in days or len(days) < 2 or any(len(held) != 1 for held in days.values()):
        return ()
    return tuple(days)


def labelled(owner: str, answer: Answer) -> Answer:
    return replace(answer, answer=f"{owner}:\n{answer.answer}")
