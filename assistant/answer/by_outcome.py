"""Items asked for by what the decision did with them ("vilka ärenden återremitterades den 29 februari"): the
paragraphs of the minutes whose decision in the register records that outcome."""

from __future__ import annotations

import re

from assistant.answer.extractive import Answer
from assistant.answer.item_plans import decisions_of, first_line_block
from assistant.answer.item_titles import WHICH_ITEMS
from assistant.answer.lookup import MAX_LINES, Context, Quote, doc_name, newest_first, quoted_answer
from assistant.documents.outcomes import mentions

# an item taken off the agenda: the register's "utgår" ("Ärendet utgår vid … sammanträde")
_DROPPED = re.compile(r"\b(?:utg(?:ick|år|ått)|ströks|struk(?:en|na|its)|plockades (?:bort|av)|lyftes (?:ur|bort))\b")
_SAID = {"bifall": "bifölls", "avslag": "avslogs", "återremiss": "återremitterades", "bordläggning": "bordlades",
         "utgår": "utgick"}
_NOT_DECIDED = {"avslag", "återremiss", "bordläggning", "utgår"}


def outcomes_asked(question: str) -> set[str]:
    """The register's outcomes a question asks items by ("vilka ärenden utgick eller återremitterades"): an
    approval denied ("gick inte igenom") asks every other."""
    said = mentions(question, asked=True)
    asked = {outcome for outcome, denied in said if not denied}
    if any(denied and outcome == "bifall" for outcome, denied in said):
        asked |= _NOT_DECIDED
    return asked | ({"utgår"} if _DROPPED.search(question) else set())


def decisions_by_outcome(ctx: Context) -> Answer | None:
    """The paragraphs of the minutes whose decision did what the question asks ("vilka ärenden återremitterades
    den 29 februari"), each quoted by its decision, newest meeting first."""
    q = ctx.question
    low = q.standalone.casefold()
    asked = outcomes_asked(low) if WHICH_ITEMS.search(low) and not q.references else set()
    if not asked - {"utgår"}:  # the items dropped are announced with the agenda's change ("följande ärenden utgår
        return None  # från dagens sammanträde: …"), which the passages quote whole; each dropped § only repeats it
    found = [(meeting, d) for meeting in sorted(ctx.ranked_meetings(("protokoll",)), key=newest_first)
             for d in decisions_of(ctx, meeting) if d.outcome in asked]
    if not found:
        return None
    one = len({meeting.doc_id for meeting, _ in found}) == 1
    quotes = [Quote(d.doc_id, d.start, first_line_block(ctx.texts.text(d.doc_id), d.start, d.end),
                    f"{d.paragraph} {d.title}" if one else f"{d.meeting_date} {d.paragraph} {d.title}")
              for _, d in found[:MAX_LINES * 2]]
    said = " eller ".join(_SAID[outcome] for outcome in _SAID if outcome in asked)
    return quoted_answer(ctx, f"{doc_name(found[0][0]) if one else 'Protokollen'} – ärenden som {said}:", quotes,
                         labelled=True)
