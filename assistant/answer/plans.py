"""Answer plans that look the answer up in the meeting model instead of searching for it: header facts
(tid, plats, ordförande, justerare …), people (party, role, where from), numbered references (förslag 27,
punkt 9, § 77, a diarienummer), a field of an item ("vem föredrar …"), items across the structure ("vilka
ärenden föredras av planarkitekten", "vilka punkter saknar förslag till beslut"), and references that do not
exist (answered with what does, and ``found=False``).

A plan returns ``None`` when it does not apply; the composer then answers. Every value is quoted at its
exact offsets (``quote == document text[start:end]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer.extractive import Answer, Citation, SourceTexts, display
from assistant.answer.questions import Question
from assistant.index.meetings import Item, Meeting, MeetingModel, Person, Span, locate
from assistant.swedish import content_terms, fold_name

MAX_LINES = 6
PROPOSAL_FIELD = "Förslag till beslut"
_EMPTY_VALUE = re.compile(r"[\s.\-–—]*")
_MISSING = re.compile(r"\bsaknar\b|\butan\b|\binte har\b|\bhar inget\b|\bhar ingen\b|\black|\bwithout\b")
_ASKS_CASE = re.compile(r"\bdnr\b|diarienummer|\bparagraf|§|\bvilken punkt|\bvilket ärende|case number")
_WHICH_ITEMS = re.compile(r"\b(?:vilka|which) (?:punkter|ärenden|arenden|paragrafer|items|cases)\b"
                          r"|\bi vilka (?:punkter|ärenden|arenden)\b")
ITEM_WORDS = content_terms("punkter ärenden paragrafer gäller handlar fastigheter fastighet items cases")
_AGENDA_OF = re.compile(r"tas upp|behandlas|planeras|vilka (?:frågor|ärenden)|\bagenda\b|be discussed")
_PLACE_WORDS = re.compile(r"Plats|lokal|\w+(?:rummet|salen|huset|gatan|vägen)\b|\bsal\b", re.IGNORECASE)
_NEXT = re.compile(r"\bnästa\b|\bnasta\b|\bnext\b|\bkommande\b")
_PREVIOUS = re.compile(r"\bföregående\b|\bforegaende\b|\bprevious\b|\bförra protokoll")
NAMED_FIELDS = ("Beslutsunderlag", "Ärendet i korthet", "Förslag till beslut", "Yrkande", "Beslutsgång",
                "Sammanfattning", "Reservation", "Protokollsanteckning", "Bakgrund", "Anmälningar")
MEETING_TERMS = content_terms("möte mötet sammanträde sammanträdet sammanträdena möten")
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

    def latest_meetings(self, kinds: tuple[str, ...] = ()) -> list[Meeting]:
        """The meetings the question names; else every meeting, newest first ("the meeting" is the latest),
        the minutes first when the question asks about them, else the notice."""
        named = set(self.question.meetings)
        pool = [m for m in self.meetings if (not named or m.doc_id in named) and (not kinds or m.doc_type in kinds)]
        minutes_first = self.question.doc_kind == "protokoll" or self.question.asks_minutes and \
            self.question.doc_kind != "kallelse"
        return sorted(pool, key=lambda m: (_newest_first(m), (m.doc_type == "protokoll") != minutes_first))

    def ranked_meetings(self, kinds: tuple[str, ...] = ()) -> list[Meeting]:
        """The meetings the question names; else every meeting, those of the best hits first."""
        named = set(self.question.meetings)
        kinds = (self.question.doc_kind,) if self.question.doc_kind in kinds else kinds
        pool = [m for m in self.meetings if (not named or m.doc_id in named) and (not kinds or m.doc_type in kinds)]
        order = {doc: i for i, doc in reversed(list(enumerate(self.order)))}
        return sorted(pool, key=lambda m: (order.get(m.doc_id, len(order)), _newest_first(m)))


def _newest_first(meeting: Meeting) -> tuple[int, ...]:
    return tuple(-int(x) for x in meeting.meeting_date.split("-") if x.isdigit())


def answer_by_plan(ctx: Context) -> Answer | None:
    for plan in PLANS:
        answer = plan(ctx)
        if answer is not None:
            return answer
    return None


# --- references ---------------------------------------------------------------------------------


def proposal_reference(ctx: Context) -> Answer | None:
    ref = ctx.question.reference("förslag")
    if ref is None:
        return None
    named = set(ctx.question.meetings)
    proposals = [p for p in ctx.model.proposals() if not named or p.doc_id in named]
    if not proposals:
        return None
    wanted = [p for p in proposals if p.name == ref.value]
    if not wanted:
        numbers = sorted(int(p.name) for p in proposals)
        return _refusal(ctx, f"Förslag {ref.value} finns inte i underlagen; rapportens förslag är numrerade "
                             f"{numbers[0]}–{numbers[-1]}.")
    quotes = [Quote(p.doc_id, p.start, p.end, _proposal_location(p)) for p in wanted[:2]]
    lead = f"Förslag {ref.value}" + (f" (under ”{wanted[0].label}”)" if wanted[0].label else "") + ":"
    return _answer(ctx, lead, quotes)


def _proposal_location(p: Span) -> str:
    return f"förslag {p.name}" + (f" ({p.label})" if p.label else "")


def item_reference(ctx: Context) -> Answer | None:
    ref = ctx.question.reference("punkt") or ctx.question.reference("paragraf")
    if ref is None:
        return None
    kinds = ("kallelse",) if ref.kind == "punkt" else ("protokoll",)
    meetings = ctx.ranked_meetings(kinds)
    found = [(m, i) for m in meetings for i in ctx.model.items(m.doc_id) if i.number == ref.value]
    if found:  # the meeting whose item N has the title the question names, else the best ranked one
        topic = set(ctx.question.terms) - FRAME
        meeting, item = max(found, key=lambda f: len(topic & content_terms(f[1].title)))
        return _item_answer(ctx, meeting, item)
    if not meetings:
        return None
    items = ctx.model.items(meetings[0].doc_id)
    if not items:
        return None
    what = "punkt" if ref.kind == "punkt" else ""
    shown = f"{what} {ref.value}".strip()
    return _refusal(ctx, f"{shown[:1].upper()}{shown[1:]} finns inte i {_doc_name(meetings[0])}; där finns "
                         f"{items[0].number}–{items[-1].number}.")


def dnr_reference(ctx: Context) -> Answer | None:
    ref = ctx.question.reference("dnr")
    if ref is None:
        return None
    wanted = fold_name(ref.value)
    for meeting in sorted(ctx.ranked_meetings(), key=lambda m: m.doc_type != "protokoll"):
        for item in ctx.model.items(meeting.doc_id):
            if item.dnr and fold_name(item.dnr) == wanted:
                return _item_answer(ctx, meeting, item)
    return None


def designation_reference(ctx: Context) -> Answer | None:
    """Which § or item a property ("MOSSEN 3:15") is, in every meeting (the same ärende moves from agenda to
    minutes), newest first; for questions about its case (dnr, paragraf), not about what was decided."""
    q = ctx.question
    if q.reference("fastighet") is None or q.about_decisions or not _ASKS_CASE.search(q.standalone.casefold()):
        return None
    found = designation_items(ctx.model, ctx.meetings, q)
    if not found:
        return None
    quotes: list[Quote] = []
    for meeting, item in found[:3]:  # the item's heading states its number and dnr
        text = ctx.texts.text(item.doc_id)
        title = locate(text, item.title, item.start, item.end)
        quotes.append(Quote(item.doc_id, item.start, title[1] if title else _line_end(ctx, item.doc_id, item.start),
                            f"{_doc_name(meeting)}: {_item_location(item)}"))
    return _answer(ctx, "Ärendet i underlagen:", quotes, labelled=True)


def designation_items(model: MeetingModel, meetings: list[Meeting], q: Question) -> list[tuple[Meeting, Item]]:
    """The items whose title names the question's property, minutes first, newest first."""
    ref = q.reference("fastighet")
    if ref is None:
        return []
    name, number = fold_name(ref.value).rsplit(" ", 1)
    pattern = re.compile(rf"\b{re.escape(name[:4])}\w*[\s-]*{re.escape(number)}\b")  # typo-tolerant
    ordered = sorted(meetings, key=lambda m: (m.doc_type != "protokoll", _newest_first(m)))
    return [(m, i) for m in ordered for i in model.items(m.doc_id) if pattern.search(fold_name(i.title))]


def first_part(text: str, start: int, end: int) -> int:
    """The end of the first paragraph of ``text[start:end]`` (a long decision quoted by its first part)."""
    cut = text.find("\n\n", start, end)
    return end if cut < 0 else cut


def lookup_offsets(ctx: Context) -> list[tuple[str, int]]:
    """(doc id, offset) of what an exact reference in the question points at, for retrieval to put first:
    the Beslut (or start) of the items about a named property."""
    q = ctx.question
    found = []
    for _, item in designation_items(ctx.model, ctx.meetings, q)[:2]:
        decided = [f for f in ctx.model.fields(item.doc_id, item.number) if f.name == "Beslut"]
        found.append((item.doc_id, decided[0].start if decided and q.about_decisions else item.start))
    return found


def _item_answer(ctx: Context, meeting: Meeting, item: Item) -> Answer:
    fields = ctx.model.fields(item.doc_id, item.number)
    wanted = _wanted_fields(ctx.question, fields)[:1]
    where = _item_location(item)
    if wanted and all(_EMPTY_VALUE.fullmatch(f.value) for f in wanted):  # the asked field is there, but empty
        quotes = [Quote(item.doc_id, item.start, _line_end(ctx, item.doc_id, item.start), where)]
        answer = _answer(ctx, f"{_doc_name(meeting)}, {where}: fältet ”{wanted[0].name}” är tomt.", quotes, False)
        answer.answer += " Jag hittar inget om det i underlagen."
        return answer
    text = ctx.texts.text(item.doc_id)
    quotes = [Quote(f.doc_id, f.start, first_part(text, f.start, f.end), f"{where} – {f.name}") for f in wanted]
    if ctx.question.reference("dnr") or ctx.question.reference("paragraf"):  # which case it is: its heading
        title = locate(text, item.title, item.start, item.end)
        quotes.insert(0, Quote(item.doc_id, item.start, title[1] if title else _line_end(ctx, item.doc_id,
                                                                                        item.start), where))
    if not quotes:
        quotes = [Quote(item.doc_id, item.start, min(item.end, item.start + 600), where)]
    dnr = f" (Dnr {item.dnr})" if item.dnr else ""
    return _answer(ctx, f"{_doc_name(meeting)}, {where}{dnr}:", quotes[:3])


def _wanted_fields(question: Question, fields: list[Span]) -> list[Span]:
    """The fields the question asks for; by default the decision, else the proposal and the summary."""
    low = question.standalone.casefold()
    by_name = [f for f in fields if content_terms(f.name) & question.terms and f.name != "Text"]
    if by_name:
        return by_name
    if question.about_decisions:
        decided = [f for f in fields if f.name == "Beslut"]
        if decided:
            return decided
    if "föredra" in low or "fredra" in low:
        return [f for f in fields if f.name == "Föredragande"]
    preferred = ("Beslut", "Ärendet i korthet", "Sammanfattning av ärendet", PROPOSAL_FIELD, "Förslag")
    return [f for name in preferred for f in fields if f.name.startswith(name)][:2]


def _item_location(item: Item) -> str:
    return f"{item.number} {item.title}" if item.number.startswith("§") else f"punkt {item.number} {item.title}"


def item_field(ctx: Context) -> Answer | None:
    """A field the question names ("beslutsunderlag", "ärendet i korthet") of the item whose title it names."""
    q = ctx.question
    low = fold_name(q.standalone)
    asked = [name for name in NAMED_FIELDS if fold_name(name) in low]
    if not asked:
        return None
    topic = set(q.terms) - FRAME - content_terms(" ".join(asked))
    best: tuple[int, Meeting | None, Item | None] = (0, None, None)
    for meeting in ctx.ranked_meetings(("kallelse", "protokoll")):
        for item in ctx.model.items(meeting.doc_id):
            score = len(topic & content_terms(item.title))
            if score > best[0]:
                best = (score, meeting, item)
    score, meeting, item = best
    if not score or meeting is None or item is None:
        return None
    fields = [f for f in ctx.model.fields(item.doc_id, item.number) if any(f.name.startswith(a) for a in asked)]
    if not fields:
        return None
    where = _item_location(item)
    return _answer(ctx, f"{_doc_name(meeting)}, {where}:", [Quote(f.doc_id, f.start, f.end, f"{where} – {f.name}")
                                                           for f in fields[:3]])


def items_with_field(ctx: Context) -> Answer | None:
    """Every item that has the field the question names ("vilka punkter har beslutsunderlag"), with its value."""
    q = ctx.question
    low = q.standalone.casefold()
    if not _WHICH_ITEMS.search(low) or _MISSING.search(low):
        return None
    asked = [name for name in NAMED_FIELDS if fold_name(name) in fold_name(low)]
    if not asked:
        return None
    kinds = ("kallelse",) if "punkt" in low else ("protokoll",) if "paragraf" in low else ("kallelse", "protokoll")
    for meeting in ctx.ranked_meetings(kinds):
        items = {i.number: i for i in ctx.model.items(meeting.doc_id)}
        fields = [f for f in ctx.model.fields(meeting.doc_id) if f.label in items and
                  any(f.name.startswith(a) for a in asked) and not _EMPTY_VALUE.fullmatch(f.value)]
        if fields:
            quotes = [Quote(f.doc_id, f.start, f.end, _item_location(items[f.label])) for f in fields[:MAX_LINES * 2]]
            return _answer(ctx, f"{_doc_name(meeting)} – punkter med {asked[0].lower()}:", quotes, labelled=True)
    return None


def items_by_title(ctx: Context) -> Answer | None:
    """The items whose titles name what the question asks about ("vilka ärenden gäller fastigheter i särö"),
    across the meetings it names (all when none), the minutes' § before the agenda's item on the same case."""
    q = ctx.question
    if not _WHICH_ITEMS.search(q.standalone.casefold()):
        return None
    topic = set(q.terms) - FRAME - ITEM_WORDS
    scored = [(len(topic & content_terms(i.title)), m, i) for m in ctx.ranked_meetings(("protokoll", "kallelse"))
              for i in ctx.model.items(m.doc_id)]
    best = max((n for n, _, _ in scored), default=0)
    if not best:
        return None
    seen: set[str] = set()
    quotes = []
    for _, meeting, item in sorted((x for x in scored if x[0] == best),
                                   key=lambda x: (x[1].doc_type != "protokoll", _newest_first(x[1]))):
        case = fold_name(item.dnr or item.title)
        if case in seen:
            continue
        seen.add(case)
        span = locate(ctx.texts.text(item.doc_id), item.title, item.start, item.end) or \
            (item.start, _line_end(ctx, item.doc_id, item.start))
        quotes.append(Quote(item.doc_id, *span, f"{meeting.meeting_date} {item.number}".strip()))
    return _answer(ctx, "Ärenden i underlagen:", quotes[:MAX_LINES * 2], labelled=True)


def undecided_reference(ctx: Context) -> Answer | None:
    """A decision asked about a property whose § in the minutes records no decision (a secret §): say so."""
    q = ctx.question
    if not q.about_decisions or q.reference("fastighet") is None:
        return None
    found = [(m, i) for m, i in designation_items(ctx.model, ctx.meetings, q) if m.doc_type == "protokoll"]
    if not found:
        return None
    if any(f.name == "Beslut" or f.name.startswith(PROPOSAL_FIELD)
           for _, i in found for f in ctx.model.fields(i.doc_id, i.number)):
        return None
    quotes = [Quote(i.doc_id, i.start, _line_end(ctx, i.doc_id, i.start), _item_location(i)) for _, i in found[:2]]
    answer = _answer(ctx, f"{_doc_name(found[0][0])} tar upp ärendet men redovisar inget beslut:", quotes, False)
    answer.answer += " Jag hittar inget om det i underlagen."
    return answer


# --- header facts and people ----------------------------------------------------------------------


def header_facts(ctx: Context) -> Answer | None:
    """Time, place, roles and people of a meeting: only when the question is about the meeting itself (it
    names a role, or asks when/where a meeting is), not when "när" asks about something in the documents."""
    q = ctx.question
    if q.references or q.attribute not in ("place", "time", "person", "party", "list", ""):
        return None
    about_meeting = bool(q.terms & MEETING_TERMS) and q.attribute in ("place", "time")
    if not (q.roles or about_meeting or q.attribute in ("party", "person")):
        return None
    for meeting in ctx.latest_meetings(("kallelse", "protokoll")):
        quotes = _meeting_quotes(ctx, meeting)
        if quotes and q.attribute == "place" and _NEXT.search(q.standalone.casefold()) and \
                not any(_PLACE_WORDS.search(ctx.texts.text(x.doc_id)[x.start:x.end]) for x in quotes):
            answer = _answer(ctx, f"{_doc_name(meeting)} anger när nästa sammanträde är men ingen plats:", quotes,
                             False)
            answer.answer += " Jag hittar inget om det i underlagen."
            return answer
        if quotes and q.attribute == "time" and "justerare" in q.roles and \
                not any(re.search(r"\d", ctx.texts.text(x.doc_id)[x.start:x.end]) for x in quotes):
            answer = _answer(ctx, f"{_doc_name(meeting)} anger hur det justeras men inget datum:", quotes, False)
            answer.answer += " Jag hittar inget om det i underlagen."
            return answer
        if quotes:
            return _answer(ctx, f"{_doc_name(meeting)}:", quotes)
    return None


def _meeting_quotes(ctx: Context, meeting: Meeting) -> list[Quote]:
    q = ctx.question
    low = q.standalone.casefold()
    facts = ctx.model.facts(meeting.doc_id)
    people = ctx.model.people(meeting.doc_id)
    where = "Sammanträdet"
    if q.attribute == "time" and "justerare" in q.roles:  # when the minutes were checked
        checked = [f for f in facts if f.name == "justering"]
        return [Quote(f.doc_id, f.start, f.end, where) for f in checked]
    if q.attribute in ("time", "place") and not q.roles:
        wanted = {"time": ("tid",), "place": ("plats",)}[q.attribute]
        if q.attribute == "time" and _NEXT.search(low):
            wanted = ("kommande ärenden",) if _AGENDA_OF.search(q.text.casefold()) else ("nästa sammanträde",)
        elif q.attribute == "place" and _NEXT.search(low):  # where the next meeting is: only if its notice says
            wanted = ("nästa sammanträde",)
        elif _PREVIOUS.search(low):
            wanted = ("föregående protokoll",)
        elif q.attribute == "time" and re.search(r"\bvar\b|\bwhere\b", low) or \
                q.attribute == "place" and re.search(r"\bnär\b|\bwhen\b", low):
            wanted = ("tid", "plats")
        return _unique([Quote(f.doc_id, f.start, f.end, where) for f in facts if f.name in wanted])
    if _PREVIOUS.search(low) and not q.roles:
        return [Quote(f.doc_id, f.start, f.end, where) for f in facts if f.name == "föregående protokoll"]
    named = _people_named(low, people)
    if named and (q.attribute == "party" or not q.roles):
        return [Quote(p.doc_id, p.start, p.end, "Närvarande") for p in named]
    if q.roles:
        return _role_quotes(ctx, meeting, facts, people)
    places = _people_from(q, people)
    return [Quote(p.doc_id, p.start, p.end, "Ledamöter") for p in places]


def _role_quotes(ctx: Context, meeting: Meeting, facts: list[Span], people: list[Person]) -> list[Quote]:
    quotes: list[Quote] = []
    for role in ctx.question.roles:
        if role == "föredragande":
            continue
        if role in ("ledamot", "ersättare"):
            from_place = _people_from(ctx.question, people)
            quotes += [Quote(p.doc_id, p.start, p.end, "Ledamöter") for p in from_place]
            continue
        key = fold_name(role)
        holders = [p for p in people if _role_matches(key, fold_name(p.role))]
        quotes += [Quote(p.doc_id, p.start, p.end, "Närvarande") for p in holders]
        if not holders:
            quotes += [Quote(f.doc_id, f.start, f.end, "Sammanträdet") for f in facts
                       if fold_name(f.name).startswith(key.split()[-1])]
    return _unique(quotes)[:MAX_LINES]


def _role_matches(asked: str, role: str) -> bool:
    if asked == "ordforande":
        return role == "ordforande"
    if asked.endswith("vice ordforande") and " " in asked.replace("vice ordforande", "").strip() + " ":
        return asked in role or asked.replace("forste", "1:e").replace("andre", "2:e") in role
    return asked.split()[-1] in role


def _people_named(low: str, people: list[Person]) -> list[Person]:
    """People whose full name (first and last) the question writes, with or without å/ä/ö."""
    folded = fold_name(low)
    return [p for p in people if len(p.name.split()) >= 2 and fold_name(p.name) in folded]


def _people_from(q: Question, people: list[Person]) -> list[Person]:
    """Members from a place (kommun) the question names ("vilka ledamöter har hallstahammar"), of the party
    it names ("v-ledamoten", "(S)") when it names one."""
    low = fold_name(q.standalone)
    asked = set(re.split(r"[\s?,.!]+", low))
    found = [p for p in people if p.place and p.party and fold_name(p.place).split()[0] in asked]
    parties = {fold_name(p.party) for p in people if p.party}
    named = set(re.findall(r"\b([a-zåäö]{1,3})-(?:ledam|politik|ersätt|ersatt)", low)) | \
        set(re.findall(r"\(([a-zåäö]{1,3})\)", low))
    if named & parties:
        found = [p for p in found if fold_name(p.party) in named]
    return found[:MAX_LINES]


# --- fields across items ----------------------------------------------------------------------------


def items_by_field(ctx: Context) -> Answer | None:
    """Items whose field names what the question asks ("föredras av planarkitekten"), an item's field
    ("vem föredrar tillsynsplanen"), or items that lack a field ("saknar förslag till beslut")."""
    q = ctx.question
    low = q.standalone.casefold()
    missing = _MISSING.search(low) and re.search(r"förslag|beslut|underlag", low)
    if not missing and "föredragande" not in q.roles:
        return None
    if missing:
        for meeting in ctx.ranked_meetings(("kallelse",))[:3]:
            quotes = _lacking(ctx.model.items(meeting.doc_id), ctx.model.fields(meeting.doc_id), low)
            if quotes:
                return _answer(ctx, f"{_doc_name(meeting)} – punkter utan förslag till beslut:", quotes,
                               labelled=True)
        return None
    quotes = []  # presenters: in every agenda the question allows, newest first
    for meeting in sorted(ctx.ranked_meetings(("kallelse",)), key=_newest_first):
        for quote in _presenter_quotes(q, ctx.model.items(meeting.doc_id), ctx.model.fields(meeting.doc_id)):
            quote.location = f"{meeting.meeting_date} {quote.location}"
            quotes.append(quote)
    return _answer(ctx, "Föredragande enligt kallelserna:", quotes[:MAX_LINES * 2], labelled=True) if quotes else None


def _lacking(items: list[Item], fields: list[Span], low: str) -> list[Quote]:
    name = PROPOSAL_FIELD if "förslag" in low else "Beslutsunderlag" if "underlag" in low else "Beslut"
    quotes = []
    for item in items:
        own = [f for f in fields if f.label == item.number and f.name.startswith(name)]
        if not own or all(_EMPTY_VALUE.fullmatch(f.value) for f in own):
            span = own[0] if own else None
            quotes.append(Quote(item.doc_id, span.start if span else item.start, span.end if span else
                                min(item.end, item.start + 200), _item_location(item)))
    return quotes[:MAX_LINES * 2]


def _presenter_quotes(q: Question, items: list[Item], fields: list[Span]) -> list[Quote]:
    presenters = [f for f in fields if f.name == "Föredragande"]
    topic = set(q.terms) - FRAME
    by_person = [f for f in presenters if topic & content_terms(f.value)]
    if by_person:
        chosen = by_person
    else:
        titles = {i.number: i for i in items}
        by_title = [(len(topic & content_terms(titles[f.label].title)), f) for f in presenters if f.label in titles]
        best = max((n for n, _ in by_title), default=0)
        chosen = [f for n, f in by_title if n == best and n > 0]
    by_number = {i.number: i for i in items}
    return [Quote(f.doc_id, f.start, f.end, _item_location(by_number[f.label])) for f in chosen
            if f.label in by_number][:MAX_LINES]


# --- composing ------------------------------------------------------------------------------------


def _doc_name(meeting: Meeting) -> str:
    kind = {"kallelse": "Kallelsen", "protokoll": "Protokollet"}.get(meeting.doc_type, "Dokumentet")
    return " ".join(x for x in (kind, meeting.body, meeting.meeting_date) if x)


def _line_end(ctx: Context, doc_id: str, start: int) -> int:
    text = ctx.texts.text(doc_id)
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _unique(quotes: list[Quote]) -> list[Quote]:
    seen: dict[tuple[str, int], Quote] = {}
    for quote in quotes:
        seen.setdefault((quote.doc_id, quote.start), quote)
    return list(seen.values())


def _answer(ctx: Context, lead: str, quotes: list[Quote], found: bool = True, labelled: bool = False) -> Answer:
    """The lead, then one line per quote (with where it stands when ``labelled``), each with its marker."""
    citations = [cite(ctx, n, quote) for n, quote in enumerate(quotes, 1)]
    lines = [english_lead(ctx.question, lead)]
    lines += [f"- {c.location + ': ' if labelled else ''}{display(c.quote)} [{c.n}]" for c in citations]
    return Answer("\n".join(lines), citations, found, "extractive", ctx.question.standalone)


def _refusal(ctx: Context, message: str) -> Answer:
    return Answer(message + " Jag hittar inget om det i underlagen.", [], False, "extractive",
                  ctx.question.standalone)


def english_lead(question: Question, lead: str) -> str:
    return f"From the Swedish documents (quoted as written) – {lead}" if question.english else lead


def cite(ctx: Context, n: int, quote: Quote) -> Citation:
    doc = ctx.documents.get(quote.doc_id, {})
    return Citation(
        n=n, document_title=doc.get("title", ""), source_path=doc.get("path", ""), doc_id=quote.doc_id,
        page=ctx.texts.page(quote.doc_id, quote.start), meeting_date=doc.get("meeting_date", ""),
        body=doc.get("body", ""), location=quote.location,
        quote=ctx.texts.text(quote.doc_id)[quote.start:quote.end], start=quote.start, end=quote.end, score=1.0,
    )


PLANS: tuple[Callable[[Context], Answer | None], ...] = (
    proposal_reference, item_reference, dnr_reference, undecided_reference, items_by_field, items_with_field,
    items_by_title, item_field, header_facts, designation_reference,
)
