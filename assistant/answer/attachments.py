"""An item's attachment asked about ("bilagan till trygghetspunkten", "punkt 8 … enligt bilagan"): when the index
holds the attachment an item's Beslutsunderlag names as a document of its own, the question is asked of that
document, not of the agenda that only lists it by name."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.questions import Question
from assistant.answer.references import item_compound_heads
from assistant.index.meetings import Item, Meeting, MeetingModel
from assistant.swedish import content_terms

_ASKS_ATTACHMENT = re.compile(r"\bbilaga(?:n|orna)?\b|\bbifogade?\b")
_WHICH_ATTACHMENT = re.compile(r"\b(?:vilken|vilka|vad (?:är|var) det för)\s+(?:[a-zåäö]+\s+)?bilag")
_ATTACHMENT_FIELDS = ("Beslutsunderlag", "Bilaga", "Bilagor", "Handlingar", "Underlag")
TITLE_SHARE = 0.6  # of a document's title words, the share an attachment's name must hold
_ITEM_WORDS = content_terms("punkt punkten ärende ärendet bilaga bilagan bilagor")


def asked_of_attachment(q: Question, meetings: list[Meeting], model: MeetingModel,
                        documents: dict[str, dict]) -> Question:
    """The question with its search narrowed to the attachment it asks about; as it was when it asks of none, or
    the attachment is not in the index."""
    low = q.standalone.casefold()
    if not _ASKS_ATTACHMENT.search(low) or _WHICH_ATTACHMENT.search(low):
        return q  # "vad är det för bilaga": the agenda's line naming it answers
    dated = [m for m in meetings if _within(m, q) and m.doc_id in documents]
    items = [(m, i) for m in dated for i in model.items(m.doc_id)]
    named = _named_items(q, items)
    their_meetings = {m for m, _ in named}
    attached = _documents_named(model, named, documents) or \
        _only_attachment(_documents_named(model, [(m, i) for m, i in items if m in their_meetings], documents))
    if not named or not attached:
        return q
    naming = _ITEM_WORDS | item_compound_heads(low)  # "trygghetspunkten" names the item; its title may be the topic
    kept = " ".join(w for w in q.search_text.split() if not content_terms(w) & naming)
    return replace(q, filters=replace(q.filters, documents=attached, body="", date_from="", date_to=""), meetings=(),
                   references=tuple(r for r in q.references if r.kind not in ("punkt", "paragraf")),
                   terms=q.terms - naming or q.terms, focus=q.focus - naming or q.focus, search_text=kept or q.search_text)


def _within(meeting: Meeting, q: Question) -> bool:
    chosen = q.filters
    return (not chosen.documents or meeting.doc_id in chosen.documents) and \
        (not chosen.date_from or chosen.date_from <= meeting.meeting_date <= (chosen.date_to or chosen.date_from))


def _named_items(q: Question, items: list[tuple[Meeting, Item]]) -> list[tuple[Meeting, Item]]:
    """The items the question names by number and title ("punkt 8 om valfärdsbrottslighet"), else by either
    ("trygghetspunkten", "punkt 6")."""
    numbered = [(m, i) for m, i in items if _numbered(q, i)]
    titled = [(m, i) for m, i in items if _titled(q, i)]
    both = [pair for pair in numbered if pair in titled]
    return both or titled or numbered


def _numbered(q: Question, item: Item) -> bool:
    number = item.number.removeprefix("§").strip()
    return any(r.kind in ("punkt", "paragraf") and r.value.removeprefix("§").strip() == number for r in q.references)


def _titled(q: Question, item: Item) -> bool:
    title = content_terms(item.title) - _ITEM_WORDS
    return bool(title & (item_compound_heads(q.standalone) | (q.terms - _ITEM_WORDS)))


def _documents_named(model: MeetingModel, items: list[tuple[Meeting, Item]], documents: dict[str, dict]) -> tuple[str, ...]:
    """The documents whose titles an attachment line of these items names ("Bilaga Slutrapport-programberedning
    för trygghet - 40 steg för ett tryggare samhälle" names "40 steg för ett tryggare samhälle – slutrapport …")."""
    lines = [f.value for m, i in items for f in model.fields(m.doc_id, i.number) if f.name.startswith(_ATTACHMENT_FIELDS)]
    named = content_terms(" ".join(lines))
    own = {m.doc_id for m, _ in items}
    return tuple(doc_id for doc_id, doc in documents.items() if doc_id not in own and
                 (title := content_terms(doc.get("title") or "")) and len(title & named) >= TITLE_SHARE * len(title))


def _only_attachment(attached: tuple[str, ...]) -> tuple[str, ...]:
    """An item whose own lines name none asks of the meeting's attachment, when it has one only."""
    return attached if len(attached) == 1 else ()
