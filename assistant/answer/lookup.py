"""What the answer plans share: the context a plan reads (the analysed question, the meeting model, the
meetings ranked for the question) and how a plan's quotes become an ``Answer`` with exact-offset citations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.english import quoted_from
from assistant.answer.extractive import Answer, Citation, display
from assistant.answer.sources import SourceTexts
from assistant.answer.questions import Question
from assistant.documents.item_heads import as_written
from assistant.documents.lines import locate
from assistant.index.meetings import MINUTES_TYPES, Item, Meeting, MeetingModel, Person, Span, doc_types
from assistant.index.spans import wrapped_cell
from assistant.swedish import content_terms, fold_name

MAX_LINES = 6
FIRST_PART_CHARS = 400  # a decision quoted by a field lookup: its paragraphs up to this length
PROPOSAL_FIELD = "Förslag till beslut"
EMPTY_VALUE = re.compile(r"[\s.\-–—]*")
MISSING = re.compile(r"\bsaknar\b|\butan\b|\binte har\b|\bhar inget\b|\bhar ingen\b|\black|\bwithout\b")
NAMED_FIELDS = ("Beslutsunderlag", "Ärendet i korthet", "Förslag till beslut", "Yrkande", "Beslutsgång",
                "Sammanfattning", "Reservation", "Protokollsanteckning", "Bakgrund", "Anmälningar", "Villkor",
                "Beslutet skickas till")
_SENT_TO = re.compile(r"\bskicka(?:s|des|ts)\b.*\btill\b|\bexpedier")
ADDRESSEE_FIELDS = ("Beslutet skickas till", "Beslutet ska skickas till", "Beslutet expedieras till")  # as minutes
# name the field of whom a decision is sent to
FIELD_PHRASES = ((re.compile(r"\bl[aå]g(?:er)? till grund"), "Beslutsunderlag"),  # the fields as people ask for them
                 *((_SENT_TO, name) for name in ADDRESSEE_FIELDS))
MEETING_TERMS = content_terms("möte mötet sammanträde sammanträdet sammanträdena möten")
PERSON_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\b")  # "Sandra Larsson"
FRAME = content_terms("vem vilka vilket vad var när hur är ordförande vice sekreterare justerare justera protokoll "
                      "föredragande föredrar föredras ledamot ledamöter ersättare möte mötet sammanträde parti "
                      "tillhör kommer ifrån from who which meeting chair secretary member members party punkt "
                      "ärende ärenden förslag beslut sitter representerar beredningen")


@dataclass
class Quote:
    doc_id: str
    start: int
    end: int
    location: str


def person_quotes(ctx: "Context", person: Person, location: str = "Närvarande") -> list[Quote]:
    """A person's cell of the attendance table, and the cell below it when a line break cut the name it holds
    ("… ersätter Heinrich" / "Kaufmann (C)")."""
    below = wrapped_cell(ctx.texts.text(person.doc_id), person.start, person.end)
    return [Quote(person.doc_id, person.start, person.end, location)] + \
        ([Quote(person.doc_id, *below, location)] if below else [])


def _of_a_meeting(meeting: Meeting) -> bool:
    """A document of no known kind whose head gives a meeting's day and its hour or place ("Möte 2019-05-29" /
    "08:30 - 10:47 Kommunkontoret, mötesrum Rankleven"): the meeting's, for what its head tells."""
    return meeting.doc_type in ("", "dokument") and bool(meeting.meeting_date) and \
        bool(meeting.meeting_time or meeting.place)


@dataclass
class Context:
    """What a plan may read: the analysed question, the meeting model, the documents in order of lexical
    relevance (they rank meetings when the question names none), document texts and the documents' rows."""

    question: Question
    model: MeetingModel
    order: list[str]
    texts: SourceTexts
    documents: dict[str, dict]
    meetings: list[Meeting]

    def _pool(self, kinds: tuple[str, ...]) -> list[Meeting]:
        named = set(self.question.meetings)
        types = doc_types(kinds)
        unknown = bool({"kallelse", "protokoll"} & set(kinds))  # a meeting's page of no known kind
        return [m for m in self.meetings if (not named or m.doc_id in named) and
                (not kinds or m.doc_type in types or unknown and _of_a_meeting(m))]

    def latest_meetings(self, kinds: tuple[str, ...] = ()) -> list[Meeting]:
        """The meetings the question names; else every meeting, newest first ("the meeting" is the latest),
        the minutes first when the question asks about them, else the notice."""
        pool = self._pool(kinds)
        minutes_first = self.question.doc_kind == "protokoll" or self.question.asks_minutes and \
            self.question.doc_kind != "kallelse"
        return sorted(pool, key=lambda m: (newest_first(m), (m.doc_type in MINUTES_TYPES) != minutes_first))

    def ranked_meetings(self, kinds: tuple[str, ...] = ()) -> list[Meeting]:
        """The meetings the question names; else every meeting, those of the best hits first."""
        pool = self._pool((self.question.doc_kind,) if self.question.doc_kind in kinds else kinds)
        order = {doc: i for i, doc in reversed(list(enumerate(self.order)))}
        return sorted(pool, key=lambda m: (order.get(m.doc_id, len(order)), newest_first(m)))


def newest_first(meeting: Meeting) -> tuple[int, ...]:
    return tuple(-int(x) for x in meeting.meeting_date.split("-") if x.isdigit())



def first_part(text: str, start: int, end: int) -> int:
    """The end of the paragraphs of ``text[start:end]`` that fit in ``FIRST_PART_CHARS`` (at least the first): a
    long decision is quoted by its first part, a short one whose att-satser stand apart whole."""
    cut = text.find("\n\n", start, end)
    while cut >= 0:
        following = text.find("\n\n", cut + 2, end)
        if (following if following >= 0 else end) - start > FIRST_PART_CHARS:
            return cut
        if following < 0:
            return end
        cut = following
    return end


def item_location(item: Item) -> str:
    return f"{numbered(item.number)} {item.title}"


def number_as_written(ctx: "Context", item: Item) -> str:
    """"§6" where the item's head line writes it so, else its number ("§ 6")."""
    return as_written(item.number, ctx.texts.text(item.doc_id)[item.start:line_end(ctx, item.doc_id, item.start)])


def numbered(number: str) -> str:
    """"§ 78" as it is; an item numbered plainly ("4.7") as "punkt 4.7"."""
    return number if number.startswith("§") else f"punkt {number}"


def doc_name(meeting: Meeting) -> str:
    kind = {"kallelse": "Kallelsen", "protokoll": "Protokollet", "justerat protokoll": "Protokollet",
            "dagordning": "Dagordningen", "föredragningslista": "Föredragningslistan"}.get(meeting.doc_type, "")
    if not kind and meeting.title:  # a list of motions, a report: by its own title
        return f"”{meeting.title}”"
    return " ".join(x for x in (kind or "Dokumentet", meeting.body, meeting.meeting_date) if x)


def line_end(ctx: Context, doc_id: str, start: int) -> int:
    text = ctx.texts.text(doc_id)
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def title_span(ctx: Context, item: Item) -> tuple[int, int]:
    """Where the item's title stands, else its first line."""
    return locate(ctx.texts.text(item.doc_id), item.title, item.start, item.end) or \
        (item.start, line_end(ctx, item.doc_id, item.start))


def proposal_location(p: Span) -> str:
    return f"förslag {p.name}" + (f" ({p.label})" if p.label else "")


def unique(quotes: list[Quote]) -> list[Quote]:
    """Each passage once: a quote that lies within another of the same document is left out."""
    kept: list[Quote] = []
    for quote in quotes:
        if not any(k.doc_id == quote.doc_id and k.start <= quote.start and quote.end <= k.end for k in kept):
            kept = [k for k in kept if not (k.doc_id == quote.doc_id and quote.start <= k.start and k.end <= quote.end)]
            kept.append(quote)
    return kept


def quoted_answer(ctx: Context, lead: str, quotes: list[Quote], found: bool = True, labelled: bool = False) -> Answer:
    """The lead, then one line per quote (with where it stands when ``labelled``), each with its marker."""
    citations = [cite(ctx, n, quote) for n, quote in enumerate(quotes, 1)]
    lines = [english_lead(ctx.question, lead, [ctx.texts.text(q.doc_id) for q in quotes[:1]])]
    lines += [f"- {c.location + ': ' if labelled else ''}{display(c.quote)} [{c.n}]" for c in citations]
    return Answer("\n".join(lines), citations, found, "extractive", ctx.question.standalone)


def unstated_answer(ctx: Context, lead: str, quotes: list[Quote]) -> Answer:
    """What the documents do say about the subject, quoted, then that the asked part is not there."""
    answer = quoted_answer(ctx, lead, quotes, False)
    answer.answer += " Jag hittar inget om det i underlagen."
    return answer


def refusal_answer(ctx: Context, message: str) -> Answer:
    return Answer(message + " Jag hittar inget om det i underlagen.", [], False, "extractive",
                  ctx.question.standalone)


def english_lead(question: Question, lead: str, sources: list[str]) -> str:
    """An English question's answer says the quotes are Swedish, unless the documents quoted are written in English."""
    if not question.english:
        return lead
    return f"{quoted_from(sources)} (quoted as written) – {lead}"


def cite(ctx: Context, n: int, quote: Quote) -> Citation:
    doc = ctx.documents.get(quote.doc_id, {})
    return Citation(
        n=n, document_title=doc.get("title", ""), source_path=doc.get("path", ""), doc_id=quote.doc_id,
        page=ctx.texts.page(quote.doc_id, quote.start), meeting_date=doc.get("meeting_date", ""),
        body=doc.get("body", ""), location=quote.location,
        quote=ctx.texts.text(quote.doc_id)[quote.start:quote.end], start=quote.start, end=quote.end, score=1.0,
    )


_MOTION_MOVED = re.compile(r"[^\n]*\byrka(?:de|r|t)\b[^\n]*(?:\n[^\n]+)*")  # "Michael Stahre yrkade på att …"


def amendment_moved(ctx: Context, item: Item, decision: Span) -> Quote | None:
    """A decision "med ändringsyrkandet" names a motion made in the item: the paragraph that moves it, above."""
    if not re.search(r"yrkandet\b", decision.value, re.IGNORECASE):
        return None
    moved = _MOTION_MOVED.search(ctx.texts.text(item.doc_id), item.start, decision.start)
    return Quote(item.doc_id, moved.start(), moved.end(), f"{item_location(item)} – Yrkande") if moved else None


def designation_items(model: MeetingModel, meetings: list[Meeting], q: Question) -> list[tuple[Meeting, Item]]:
    """The items whose title names the question's property, minutes first, newest first."""
    ref = q.reference("fastighet")
    if ref is None:
        return []
    ordered = sorted(meetings, key=lambda m: (m.doc_type not in MINUTES_TYPES, newest_first(m)))
    return [(m, i) for m in ordered for i in model.items(m.doc_id) if names_property(ref.value, i.title)]


def names_property(designation: str, text: str) -> bool:
    """The text names the property however the question spells it: with or without å, ä and ö ("alenas 1:3" is
    "ÄLENÄS 1:3"), with a typo after its first four letters."""
    name, number = fold_name(designation).rsplit(" ", 1)
    first, *rest = name.split(" ")  # "egna hem 1": a tract of two words
    words = "".join(rf"[\s-]+{re.escape(word)}" for word in rest)
    return bool(re.search(rf"\b{re.escape(first[:4])}[\w-]*{words}[\s-]*{re.escape(number)}\b(?!:\d)", fold_name(text)))


def names_every_property(q: Question, text: str) -> bool:
    return all(names_property(r.value, text) for r in q.references if r.kind == "fastighet")
