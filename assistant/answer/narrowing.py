"""Which retrieved passages a question's own words keep: those of the body it names in full, of the titled
document and year it names, of the minutes rather than the notice of the same meeting, of the property it names."""

from __future__ import annotations

import re

from assistant.answer.asked import DEADLINE
from assistant.answer.lookup import names_every_property
from assistant.answer.questions import Question
from assistant.answer.retrieval import Hit
from assistant.documents.structure import MEETING_OF_YEAR
from assistant.index.meetings import AGENDA_TYPES, MINUTES_TYPES
from assistant.swedish import YEAR, fold_name

_NAMES_NOTICE = re.compile(r"kallelse|föredragningslist|dagordning|\bagenda")


def of_named_bodies(q: Question, hits: list[Hit]) -> list[Hit]:
    """"Vem valdes till revisor på årsmötet": only the decisions of a body the question names in full."""
    if not (q.bodies and q.bodies_in_full):
        return hits
    named = {fold_name(b) for b in q.bodies}
    return [hit for hit in hits if fold_name(hit.chunk.meta.body) in named]


_TITLED = re.compile(r"\b(verksamhetsberättelse|verksamhetsplan|årsredovisning|revisionsberättelse|budget)\w*"
                     r"(?:\s+(?:för|inför)?\s*(?:år\s+)?)((?:19|20)\d\d)\b")  # "verksamhetsplan 2024"


def naming_documents(q: Question, hits: list[Hit]) -> list[Hit]:
    """"Månadshyran enligt verksamhetsplan 2024": the passages of that year's plan, when any were found; another
    year's plan says the same things of another year."""
    if not (named := _TITLED.search(q.standalone.casefold())):
        return hits
    return [hit for hit in hits if named[1] in hit.chunk.meta.doc_title.casefold() and named[2] in
            hit.chunk.meta.doc_title] or hits


def minutes_over_notice(q: Question, hits: list[Hit]) -> list[Hit]:
    """"Vilka valdes på årsmötet 19 mars", "vad blev avgiften": what a meeting did stands in its minutes; the notice of
    the same meeting (body and day) only announces it. Only a question about the agenda keeps it (its row gives no
    reason for what it proposes), unless it asks what came of it ("i kallelsen föreslogs …, men vad beslutade au")."""
    if q.doc_kind != "protokoll" and (q.asks_notice and not q.asks_minutes and q.attribute != "reason"
                                      or _NAMES_NOTICE.search(q.standalone.casefold())
                                      or DEADLINE.search(q.standalone.casefold())):
        return hits  # "vad föreslog kallelsen …, och vad blev det i protokollet": both; "sista dag att nominera nån
        # till årsmötet": a day before the meeting, which its notice announces
    minuted = {(h.chunk.meta.body, h.chunk.meta.meeting_date) for h in hits
               if h.chunk.meta.doc_type in MINUTES_TYPES and h.chunk.meta.meeting_date}
    return [h for h in hits if h.chunk.meta.doc_type not in AGENDA_TYPES
            or (h.chunk.meta.body, h.chunk.meta.meeting_date) not in minuted]


def naming_properties(q: Question, hits: list[Hit]) -> list[Hit]:
    """A question naming a property is answered from the passages that name it, when any do: "omröstningen om
    GRESSELA 6:9" is not answered by another meeting's vote."""
    return [hit for hit in hits if names_property(q, hit)] or hits


def names_property(q: Question, hit: Hit) -> bool:
    """The passage names the property the question names (always true of a question naming none)."""
    return names_every_property(q, f"{hit.chunk.context}\n{hit.chunk.text}")



def in_the_years_section(q: Question, hits: list[Hit]) -> list[Hit]:
    """"Vad bestämde årsmötet 2007": of a page that reports many years' meetings under "Årsmötet 2004", "Årsmötet
    2007", …, the section of the year asked; the other years' sections report other meetings (all the passages when
    only those were found)."""
    years = set(YEAR.findall(q.standalone))
    return [hit for hit in hits if section_year(hit) in years | {""}] or hits if years else hits


def section_year(hit: Hit) -> str:
    heading = next((h for h in hit.chunk.meta.heading_path if MEETING_OF_YEAR.fullmatch(h)), "")
    return found[0] if (found := YEAR.search(heading)) else ""
