"""At which meeting, on what day: "vid vilket möte informerades det om …", "vilket datum godkändes …". The lead of a
quote names the meeting with its day in ISO form; the answer also quotes the line where the document dates the
meeting as it writes the day ("Ägarrådets protokoll 21 april 2023", "Onsdagen den 27 september 2017")."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.extractive import Answer, Citation, display
from assistant.answer.sources import SourceTexts
from assistant.index.meetings import MeetingModel, Span
from assistant.swedish import MONTHS

_ASKS_DAY = re.compile(r"\b(?:vilket|vilken)\s+(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman|datum|dag)\b"
                       r"|\bnär (?:hölls|höll|ägde)\b"  # "när hölls styrelsemötet där …", "… och när hölls det?"
                       r"|\bnär (?:och (?:\w+ ){1,4})?(?:avgick|avsade|beslutades|beslöts|antogs|valdes|utsågs"
                       r"|godkändes|fastställdes|behandlades|diskuterades|beviljades|avslogs|bordlades)\b"
                       r"|\bwhich (?:meeting|date|day)\b|\bwhat date\b", re.IGNORECASE)  # what a meeting recorded
_WRITTEN_DAY = re.compile(rf"\b\d{{1,2}}(?::e)?\s+(?:{'|'.join(MONTHS)})\b|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b"
                          r"|(?<=\s)\d{6}\b", re.IGNORECASE)  # "lunchmöte 951106"
_ISO_DAY = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")


def with_meeting_day(question: str, answer: Answer, model: MeetingModel, texts: SourceTexts) -> Answer:
    """The answer and, when the question asks which meeting or day, the line that dates the meeting its first
    citation stands in, unless the answer already quotes the day as written there."""
    if not answer.found or not answer.citations or not _ASKS_DAY.search(question):
        return answer
    first = answer.citations[0]
    heading = _heading_day(first, model, texts)  # a meeting recorded inside the document: its own day
    dated = heading or next((f for f in model.facts(first.doc_id) if f.name == "datum"), None)
    written = _WRITTEN_DAY.search(dated.value) or heading and _ISO_DAY.search(dated.value) if dated else None
    if dated is None or written is None or written[0].casefold() in answer.answer.casefold():
        return answer
    n = max(c.n for c in [*answer.citations, *answer.more_citations]) + 1  # after "Mer i underlagen" too
    quote = texts.text(first.doc_id)[dated.start:dated.end]
    citation = replace(first, n=n, page=texts.page(first.doc_id, dated.start), location="Sammanträdet", quote=quote,
                       start=dated.start, end=dated.end, score=1.0)
    return replace(answer, answer=f"{answer.answer}\nSammanträdets dag:\n- {display(quote)} [{n}]",
                   citations=[*answer.citations, citation])


def _heading_day(citation: Citation, model: MeetingModel, texts: SourceTexts) -> Span | None:
    """The line that heads the meeting recorded inside the document where the citation stands ("2017-03-30 Till
    protokollet>>" on a page of the year's minutes, "Protokoll sektionsmöte 2019-03-14" appended): its day."""
    span = model.meeting_inside(citation.doc_id, citation.start)
    if span is None:
        return None
    text = texts.text(citation.doc_id)
    end = text.find("\n", span.start)
    end = len(text) if end < 0 else end
    return Span(citation.doc_id, "datum", text[span.start:end], span.start, end)
