"""What a question's own words narrow the search to (a body, a meeting, a year) and how to widen it again when
that narrowing was a misreading: the meetings a user's filters admit, the text of the few documents in scope."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer.periods import DATED_MEETING
from assistant.answer.questions import Question
from assistant.answer.sources import SourceTexts
from assistant.index.meetings import Meeting
from assistant.index.store import Filters
from assistant.swedish import YEAR

SCOPE_DOCUMENTS = 8  # a question narrowed to this many documents may be refused for words none of them uses


def scope_text(q: Question, given: Filters, meetings: list[Meeting], texts: SourceTexts) -> str:
    """The text of the few documents the question's own words narrowed it to; "" when it names no such scope.
    Read through the answer's SourceTexts, which the composer reads from again."""
    if q.filters == given or not q.filters.narrows():
        return ""
    scope = [m.doc_id for m in meetings if admits(q.filters, m)]
    if not scope or len(scope) > SCOPE_DOCUMENTS:
        return ""
    return "\n".join(texts.text(doc) for doc in scope)


def wider_filters(filters: Filters, given: Filters) -> list[Filters]:
    """What to search when the filters the question implied find nothing: without the body it named (a
    body named by a head noun may be another's), then only the user's own filters."""
    wider = [replace(filters, body=given.body)] if filters.body != given.body else []
    return [f for f in wider + [given] if f != filters]


def year_as_topic(q: Question, given: Filters) -> Question | None:
    """The question without the meetings of the whole year it names, when no date, month or season named them
    ("hur stort budgettillskott får nämnden 2026": the year the money is for, not the meeting that granted it); None
    when the question's dates are not such a year, the year is a meeting's ("vårmötet 2025") or the user chose it."""
    chosen = given.date_from or given.date_to or DATED_MEETING.search(q.standalone.casefold())
    searched = (q.filters.date_from, q.filters.date_to)
    if q.dates or not q.period.whole_years or chosen or searched != (q.period.since, q.period.until):
        return None
    return replace(q, filters=replace(q.filters, date_from="", date_to=""), meetings=())


def visible(meetings: list[Meeting], documents: dict[str, dict], given: Filters) -> list[Meeting]:
    """The meetings of the documents this user may read that the user's own filters admit."""
    return [m for m in meetings if m.doc_id in documents and admits(given, m)]


def admits(filters: Filters, meeting: Meeting) -> bool:
    return ((not filters.documents or meeting.doc_id in filters.documents)
            and (not filters.body or meeting.body == filters.body)
            and (not filters.doc_type or meeting.doc_type == filters.doc_type)
            and (_dated_within(filters, meeting.meeting_date) or of_the_years(filters, meeting)))


def _dated_within(filters: Filters, day: str) -> bool:
    return (not filters.date_from or day >= filters.date_from) and (not filters.date_to or day <= filters.date_to)


def of_the_years(filters: Filters, meeting: Meeting) -> bool:
    """A paper that no meeting day dates, titled with a year the filters span whole ("Motioner till föreningens
    årsstämma 2020" for "på stämman 2020"): of that year, which a search by meeting day never finds."""
    whole = filters.date_from.endswith("-01-01") and filters.date_to.endswith("-12-31")
    years = {str(y) for y in range(int(filters.date_from[:4]), int(filters.date_to[:4]) + 1)} if whole else set()
    return not meeting.meeting_date and bool(years & set(YEAR.findall(meeting.title)))


def undated_of_the_years(filters: Filters, meetings: list[Meeting]) -> tuple[str, ...]:
    """The papers of the filters' years that their dates leave out, for a search of their own."""
    if not (filters.date_from and filters.date_to):
        return ()
    return tuple(m.doc_id for m in meetings if not m.meeting_date and admits(filters, m))

