"""Answer plans that look the answer up in the meeting model instead of searching for it: numbered
references (förslag 27, punkt 9, § 77, a diarienummer, a property), a field of an item, items by field or
title, and references that do not exist (answered with what does, ``found=False``); the meeting's own facts
and people are in ``meeting_plans``.

A plan returns ``None`` when it does not apply (the composer answers); every value is quoted at its exact offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.asked import RESERVATION, ROLE_PATTERNS
from assistant.answer.elections import elected_to
from assistant.answer.english import GLOSSARY
from assistant.answer.extractive import Answer
from assistant.answer.held_paragraphs import stated_ranges
from assistant.answer.by_outcome import decisions_by_outcome
from assistant.answer.item_plans import (against_proposal, case_number_of_item, decisions_of, items_by_field,
                                         items_counted, items_naming_person, lines_naming, proposals_about,
                                         sentences_giving)
from assistant.answer.item_titles import MOTIONS, WHICH_ITEMS, items_by_title
from assistant.answer.lookup import (ADDRESSEE_FIELDS, EMPTY_VALUE, FIELD_PHRASES, FRAME, MAX_LINES, MISSING,
                                     NAMED_FIELDS, PERSON_NAME, PROPOSAL_FIELD, Context, Quote, amendment_moved,
                                     designation_items, doc_name, first_part, item_location, line_end,
                                     proposal_location, quoted_answer, refusal_answer, unstated_answer)
from assistant.answer.meeting_plans import header_facts
from assistant.answer.points import (motion_heading, numbered_motion, paragraph_never_written, paragraph_written,
                                     sub_point, unsigned)
from assistant.answer.official_meetings import meetings_with_official
from assistant.answer.questions import Question
from assistant.answer.references import titled_before
from assistant.answer.stated import ASKS_COST, sum_stated
from assistant.documents.fields import is_decision
from assistant.documents.lines import locate
from assistant.index.meetings import MINUTES_TYPES, Item, Meeting, Span
from assistant.swedish import content_terms, fold_name, words

_ASKS_CASE = re.compile(r"\bdnr\b|diarienummer|\bparagraf|§|\bvilken punkt|\bvilket ärende|case number")
_VOTES_COUNTED = re.compile(r"\b\d+\s+(?:ja|nej)(?:-?röster)?\b", re.IGNORECASE)  # "Med 6 ja-röster och 7 nej-röster"
_PRESENTS = dict(ROLE_PATTERNS)["föredragande"]
_BY_LAWS = re.compile(r"\b(?:i|enligt) (?:(?:\w+s|våra) stadgar|(?:\w+ )?(?:stadgarna|reglementet|förbundsordningen"
                      r"|arbetsordningen))\b|\bstadgarnas\b|\bby-?laws\b|\bstatutes\b")  # not "stadgeändringen i § 8"
_FIELD_VERBS = {"reserverade": "Reservation", "reserverat": "Reservation", "reserverar": "Reservation"}


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
    named = set(ctx.question.meetings) or {m.doc_id for m in ctx.meetings}
    proposals = [p for p in ctx.model.proposals() if p.doc_id in named]
    if not proposals:
        return None
    order = {doc: i for i, doc in reversed(list(enumerate(ctx.order)))}  # the document the question is about first
    wanted = sorted((p for p in proposals if p.name == ref.value), key=lambda p: order.get(p.doc_id, len(order)))
    if not wanted:
        numbers = sorted(int(p.name) for p in proposals)
        return refusal_answer(ctx, f"Förslag {ref.value} finns inte i underlagen; rapportens förslag är numrerade "
                             f"{numbers[0]}–{numbers[-1]}.")
    quotes = [Quote(p.doc_id, p.start, p.end, proposal_location(p)) for p in wanted[:1]]
    lead = f"Förslag {ref.value}" + (f" (under ”{wanted[0].label}”)" if wanted[0].label else "") + ":"
    return quoted_answer(ctx, lead, quotes)


def item_reference(ctx: Context) -> Answer | None:
    ref = ctx.question.reference("punkt") or ctx.question.reference("paragraf") or ctx.question.reference("motion")
    if ref is None:
        return None
    kinds = {"punkt": ("kallelse", "protokoll"), "paragraf": ("protokoll",)}.get(ref.kind, ())  # motions: any list
    if ctx.question.doc_kind and ref.kind != "motion":
        kinds = (ctx.question.doc_kind,)  # "§ 13 i kallelsen": the agenda's item, not the minutes' paragraph
    kinds = ("styrdokument",) if _BY_LAWS.search(ctx.question.standalone.casefold()) else kinds  # the by-laws' §
    meetings = ctx.ranked_meetings(kinds) or (ctx.ranked_meetings() if ctx.question.meetings else [])
    # the meeting named has no document of that kind ("§ 6 i protokollet" of a meeting filed as its notice)
    if ref.kind == "motion":  # the lists of motions, wherever they stand, the longest first
        motions = {m.doc_id: sum(1 for i in ctx.model.items(m.doc_id) if MOTIONS.search(i.title.casefold()))
                   for m in meetings}
        meetings = sorted((m for m in meetings if motions[m.doc_id]), key=lambda m: -motions[m.doc_id])
    topic = set(ctx.question.terms) - FRAME - content_terms(" ".join(ctx.question.organisations)) - {"motion"}
    written = motion_heading(ctx, ref.value) if ref.kind == "motion" else None  # before item N "Propositioner"
    if written and (not topic or _shares(topic, written.answer)):
        return written  # a motion about what was asked; else the list of motions that has one
    found = [(m, i) for m in meetings for i in ctx.model.items(m.doc_id) if i.number == ref.value
             and (ref.kind != "motion" or MOTIONS.search(i.title.casefold()))
             or ref.kind == "motion" and re.match(rf"(?:motion|proposition)\s+(?:nr\.?\s*)?{ref.value}\b", i.title,
                                                  re.IGNORECASE)]  # or item 17.1 "Motion 1 Stadgeändring …"
    if not found and ctx.question.meetings and ref.kind != "motion":  # "punkt 11" of the minutes: "§ 11"
        found = [(m, i) for m in meetings for i in ctx.model.items(m.doc_id)
                 if m.doc_id in ctx.question.meetings and unsigned(i.number) == unsigned(ref.value)]
    if found:  # the meeting whose item N has the title the question names, else the best ranked one
        meeting, item = max(found, key=lambda f: _shares(topic, f[1].title))
        if written and not _shares(topic, item.title):
            return written
        return _item_answer(ctx, meeting, item)
    if written:
        return written
    if not meetings:
        return None
    point = numbered_motion if ref.kind == "motion" else sub_point
    if found_point := point(ctx, meetings, ref.value):
        return found_point
    if ref.kind == "paragraf" and (written := paragraph_written(ctx, meetings, ref.value)):
        return written  # "§5 Firmateckning" in minutes whose items the structure took from the agenda above them
    if ref.kind == "paragraf" and (held := _stated_range(ctx, meetings)) and not _may_hold(ctx, meetings, ref.value):
        return refusal_answer(ctx, f"{ref.value} finns inte i {doc_name(meetings[0])}; där finns {held}.")
    items = ctx.model.items(meetings[0].doc_id)
    if ref.kind == "paragraf" and _may_hold(ctx, meetings, ref.value):
        return None
    if not items:
        return paragraph_never_written(ctx, meetings, ref.value) if ref.kind == "paragraf" else None
    what = ref.kind if ref.kind in ("punkt", "motion") else ""
    shown = f"{what} {ref.value}".strip()
    return refusal_answer(ctx, f"{shown[:1].upper()}{shown[1:]} finns inte i {doc_name(meetings[0])}; där finns "
                         f"{items[0].number}–{items[-1].number}.")


def _covers(facts: list[Span], number: str) -> bool:
    """The paragraphs the cover says the minutes hold ("Paragrafer 210-238", "§§ 44-62") span the one asked."""
    wanted = unsigned(number)
    return wanted.isdigit() and any(first <= int(wanted) <= last for first, last in stated_ranges(facts))


def _stated_range(ctx: Context, meetings: list[Meeting]) -> str:
    """The paragraphs the cover of every meeting named says its minutes hold ("§§ 119-151"), the first's."""
    ranges = [stated_ranges(ctx.model.facts(meeting.doc_id))[:1] for meeting in meetings]
    return f"§§ {ranges[0][0][0]}–{ranges[0][0][1]}" if ranges and all(ranges) else ""


def _may_hold(ctx: Context, meetings: list[Meeting], number: str) -> bool:
    """Minutes whose items were not read may still hold the paragraph: "Paragrafer 210-238" on a cover, or the
    number before a title as a transcript that lost its "§" writes one."""
    return any(_covers(ctx.model.facts(m.doc_id), number) for m in meetings) or \
        _numbered_in(ctx.texts.text(meetings[0].doc_id), number)


def _numbered_in(text: str, number: str) -> bool:
    """The number stands before a title or name in the text ("47 Samverkan med Högskolan", "$ 28 GYF", "ej 62 Bengt
    Bergqvist"), as a transcript that lost its "§" writes a paragraph's: absence cannot be told."""
    wanted = unsigned(number)
    return wanted.isdigit() and re.search(rf"(?<![\d/.,:-]){wanted}[ \t]+[A-ZÅÄÖ]", text) is not None


def _shares(topic: set[str], text: str) -> int:
    """How many of the topic's terms the text uses, also as a compound's start ("elbil" in "elbilsladdare")."""
    said = content_terms(text)
    return sum(1 for t in topic if any(w.startswith(t) for w in said))


def dnr_reference(ctx: Context) -> Answer | None:
    ref = ctx.question.reference("dnr")
    if ref is None:
        return None
    wanted = fold_name(ref.value)
    for meeting in sorted(ctx.ranked_meetings(), key=lambda m: m.doc_type not in MINUTES_TYPES):
        for item in ctx.model.items(meeting.doc_id):
            if item.dnr and fold_name(item.dnr) == wanted:
                return _item_answer(ctx, meeting, item)
    for meeting in ctx.ranked_meetings():  # no item holds it: the title written before it ("Bibliotek … (KS/2014:238)")
        if span := titled_before(ctx.texts.text(meeting.doc_id), ref.value):
            return quoted_answer(ctx, f"{doc_name(meeting)}:", [Quote(meeting.doc_id, *span, ref.value)])
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
        quotes.append(Quote(item.doc_id, item.start, title[1] if title else line_end(ctx, item.doc_id, item.start),
                            f"{doc_name(meeting)}: {item_location(item)}"))
    return quoted_answer(ctx, "Ärendet i underlagen:", quotes, labelled=True)


def lookup_offsets(ctx: Context) -> list[tuple[str, int]]:
    """(doc id, offset) of what an exact reference in the question points at, for retrieval to put first:
    the Beslut (or start) of the items about a named property."""
    q = ctx.question
    found = []
    items = designation_items(ctx.model, ctx.meetings, q)
    items = [(m, i) for m, i in items if m.doc_id in q.meetings] or items  # of the meeting the question names
    for _, item in items[:2]:
        decided = [f for f in ctx.model.fields(item.doc_id, item.number) if is_decision(f.name)]
        found.append((item.doc_id, decided[0].start if decided and q.about_decisions else item.start))
    return found


# "under punkten trygghet på sammanträdet", "i ärendet ”Budget 2025”": an item named by its title
_NAMED_ITEM_EN = re.compile(r"\b(?:item|session|point|matter)\s+(?:on|about|concerning|regarding)\s+(?:the\s+)?"
                            r"(?P<title>[a-z][\w -]{2,40}?)(?=\s+(?:at|in|during|on|of|and|for)\b|\s*[?.,]|$)",
                            re.IGNORECASE)  # "the session on safety", "the item about parking"
_NAMED_ITEM = re.compile(r"\b(?:punkten|ärendet|rubriken)\s+[”\"']?(?P<title>[a-zåäö][\wåäö -]{2,40}?)[”\"']?"
                         r"(?=\s+(?:på|vid|i|under|den|till|enligt|inför)\b|\s*[?.,]|$)", re.IGNORECASE)


def item_named(ctx: Context) -> Answer | None:
    """The item of the meeting the question names whose title holds every word after "punkten" ("the item on …":
    one of each English word's Swedish words) in the shortest such title: looked up, not searched for among the
    attachments that share its words."""
    wanted = _title_words(ctx.question)
    if not wanted or not ctx.question.meetings:
        return None
    named = [m for m in ctx.ranked_meetings(("protokoll", "kallelse")) if m.doc_id in ctx.question.meetings]
    for meeting in sorted(named, key=lambda m: m.doc_type not in MINUTES_TYPES):  # what was decided, if decided
        if items := [i for i in ctx.model.items(meeting.doc_id)
                     if all(either & content_terms(i.title) for either in wanted)]:
            return _item_answer(ctx, meeting, min(items, key=lambda i: len(i.title)))
    return None


def _title_words(q: Question) -> list[set[str]]:
    """The words of the title named, each as the set of terms any of which the title must hold."""
    if q.english and (named := _NAMED_ITEM_EN.search(q.standalone)):
        return [content_terms(GLOSSARY.get(w) or w) for w in words(named["title"]) if content_terms(w)]
    named = _NAMED_ITEM.search(q.standalone)
    return [{term} for term in content_terms(named["title"])] if named else []


def _item_answer(ctx: Context, meeting: Meeting, item: Item) -> Answer:
    inside = ctx.model.meeting_inside(item.doc_id, item.start)
    meeting = meeting._replace(meeting_date=inside.value) if inside else meeting  # a meeting the page lists
    fields = ctx.model.fields(item.doc_id, item.number)
    wanted = _wanted_fields(ctx.question, fields)[:1]
    where = item_location(item)
    heading = [Quote(item.doc_id, item.start, line_end(ctx, item.doc_id, item.start), where)]  # what a refusal cites
    if _sum_not_stated(ctx, item):  # "hur stor byggsanktionsavgift beslutades i ärendet BN-…": the item, and no sum
        return unstated_answer(ctx, f"{doc_name(meeting)}, {where}: ärendet anger ingen summa.", heading)
    if _presenter_not_given(ctx, item, fields):  # "vem föredrar punkten om …": the item names no föredragande
        return unstated_answer(ctx, f"{doc_name(meeting)}, {where}: ingen föredragande anges.", heading)
    if wanted and all(EMPTY_VALUE.fullmatch(f.value) for f in wanted):  # the asked field is there, but empty
        return unstated_answer(ctx, f"{doc_name(meeting)}, {where}: fältet ”{wanted[0].name}” är tomt.", heading)
    text = ctx.texts.text(item.doc_id)
    quotes = [Quote(f.doc_id, _past_bullet(text, f.start), first_part(text, f.start, f.end), f"{where} – {f.name}")
              for f in wanted]
    lines = lines_naming(ctx, item) if ctx.question.attribute == "person" and not RESERVATION.search(
        ctx.question.standalone) else []
    if lines:  # who: the item's lines that name people and what the question asks about
        quotes = [Quote(item.doc_id, *line, where) for line in sorted(lines)]
    elif giving := sentences_giving(ctx, item):  # "när ska de träda i kraft", "hur mycket förs till resultatfonden"
        quotes = [Quote(item.doc_id, *sentence, where) for sentence in giving]
    if wanted and (moved := amendment_moved(ctx, item, wanted[0])):  # "med ändringsyrkandet": the motion it names
        quotes.insert(0, moved)
    if not quotes:  # no field: the item's own text, its heading first
        quotes = [Quote(item.doc_id, item.start, min(item.end, item.start + 600), where)]
    elif ctx.question.reference("dnr") or ctx.question.reference("paragraf"):  # which case it is: its heading
        title = locate(text, item.title, item.start, item.end)
        quotes.insert(0, Quote(item.doc_id, item.start, title[1] if title else line_end(ctx, item.doc_id,
                                                                                        item.start), where))
    dnr = f" (Dnr {item.dnr})" if item.dnr else ""
    return quoted_answer(ctx, f"{doc_name(meeting)}, {where}{dnr}:", quotes[:3])


def _past_bullet(text: str, start: int) -> int:
    """A field whose value opens with a bullet ("- Bilaga …") is quoted from its first word."""
    bullet = re.match(r"[-•*–][ \t]+(?=\S)", text[start:start + 4])
    return start + bullet.end() if bullet else start


def _sum_not_stated(ctx: Context, item: Item) -> bool:
    low = ctx.question.standalone.casefold()
    return ctx.question.attribute == "amount" and bool(ASKS_COST.search(low)) and \
        not sum_stated(ctx.texts.text(item.doc_id)[item.start:item.end], low)


def _presenter_not_given(ctx: Context, item: Item, fields: list[Span]) -> bool:
    q = ctx.question
    return q.attribute == "person" and "föredragande" in q.roles and not any(f.name == "Föredragande" for f in fields) \
        and not _PRESENTS.search((text := ctx.texts.text(item.doc_id)[item.start:item.end]).casefold()) \
        and not PERSON_NAME.search(text)  # "2.5 Kassör Sandra Larsson": the one who reports


_ASKS_ATTACHMENT = re.compile(r"\bbilag|\bunderlag\b|\bhandlingar(?:na)?\b|\battachment")
_ATTACHMENT_FIELDS = ("Beslutsunderlag", "Bilag", "Handlingar", "Förteckning över bilagor")


def _wanted_fields(question: Question, fields: list[Span]) -> list[Span]:
    """The fields the question asks for; by default the decision, else the proposal and the summary."""
    low = question.standalone.casefold()
    if question.attribute == "vote" and (counted := [f for f in fields if _VOTES_COUNTED.search(f.value)]):
        return counted  # "hur utföll omröstningen": the result, not "Omröstning begärs."
    if RESERVATION.search(low) and (reserved := [f for f in fields if f.name.startswith("Reservation")]):
        return reserved
    if _ASKS_ATTACHMENT.search(low) and (attached := [f for f in fields if f.name.startswith(_ATTACHMENT_FIELDS)]):
        return attached  # "vilken bilaga hör till punkt 6": the documents listed under it
    if question.attribute == "reason" and (grounds := [f for f in fields if f.name.casefold().startswith(_GROUNDS)]):
        return grounds  # "varför sköts ärendet upp": the decision's grounds
    by_name = [f for f in fields if content_terms(f.name) & (question.terms - _CASE_WORDS) and f.name != "Text"]
    if by_name:
        return by_name
    if question.about_decisions:
        decided = [f for f in fields if is_decision(f.name)]
        if decided:
            return decided
    if "föredra" in low or "fredra" in low:
        return [f for f in fields if f.name == "Föredragande"]
    preferred = ("Ärendet i korthet", "Sammanfattning av ärendet", PROPOSAL_FIELD, "Förslag")  # "Beslutsunderlag" is
    return ([f for f in fields if is_decision(f.name)] +  # the documents, not the decision
            [f for name in preferred for f in fields if f.name.startswith(name)])[:2]


_GROUNDS = ("beslutsmotivering", "motivering", "skäl för beslut", "skäl")
_CASE_WORDS = content_terms("ärendet ärenden")  # any item is one: "Beskrivning av ärendet" is not asked for by it
_NAMING_FIELDS = {"Yrkande", "Beslutsgång", "Reservation", "Protokollsanteckning", "Anmälningar", *ADDRESSEE_FIELDS}


def item_field(ctx: Context) -> Answer | None:
    """A field the question names ("beslutsunderlag", "ärendet i korthet") of the item whose title it names."""
    q = ctx.question
    low = fold_name(q.standalone)
    asked = [name for name in NAMED_FIELDS if fold_name(name) in low] + \
        [name for phrase, name in FIELD_PHRASES if phrase.search(low)]
    if not asked or q.attribute == "person" and not set(asked) & _NAMING_FIELDS:
        return None  # "vem yrkade på villkoret": who moved it, which the field "Villkor" does not say
    if q.attribute == "vote" and "Beslutsgång" not in asked:
        return None  # "hur många röstade för ändringsyrkandet": a count of votes, which "Yrkande" does not give
    topic = set(q.terms) - FRAME - content_terms(" ".join(asked))
    scored = [(len(topic & content_terms(item.title)), meeting, item)
              for meeting in ctx.ranked_meetings(("kallelse", "protokoll")) for item in ctx.model.items(meeting.doc_id)]
    best = max((score for score, _, _ in scored), default=0)
    named = [(meeting, item, fields) for score, meeting, item in scored if best and score == best
             if (fields := [f for f in ctx.model.fields(item.doc_id, item.number) if f.name.startswith(tuple(asked))])]
    if not named:  # the best-named item, in whichever of its meeting's documents has the field
        return None
    meeting, item, fields = named[0]
    where = item_location(item)
    return quoted_answer(ctx, f"{doc_name(meeting)}, {where}:", [Quote(f.doc_id, f.start, f.end, f"{where} – {f.name}")
                                                           for f in fields[:3]])


def items_with_field(ctx: Context) -> Answer | None:
    """Every item that has the field the question names ("vilka punkter har beslutsunderlag"), with its value."""
    q = ctx.question
    low = q.standalone.casefold()
    if not WHICH_ITEMS.search(low) or MISSING.search(low):
        return None
    asked = [name for name in NAMED_FIELDS if fold_name(name) in fold_name(low)] or \
        [name for verb, name in _FIELD_VERBS.items() if verb in low]  # "i vilka ärenden reserverade sig någon"
    if not asked:
        return None
    kinds = ("kallelse",) if "punkt" in low else ("protokoll",) if "paragraf" in low else ("kallelse", "protokoll")
    for meeting in ctx.ranked_meetings(kinds):
        items = {i.number: i for i in ctx.model.items(meeting.doc_id)}
        fields = [f for f in ctx.model.fields(meeting.doc_id) if f.label in items and
                  any(f.name.startswith(a) for a in asked) and not EMPTY_VALUE.fullmatch(f.value)]
        if fields:
            quotes = [Quote(f.doc_id, f.start, f.end, item_location(items[f.label])) for f in fields[:MAX_LINES * 2]]
            return quoted_answer(ctx, f"{doc_name(meeting)} – punkter med {asked[0].lower()}:", quotes, labelled=True)
    return None


def undecided_reference(ctx: Context) -> Answer | None:
    """A decision asked about a property whose § in the minutes records no decision (a secret §): say so; one taken
    off the agenda is quoted."""
    q = ctx.question
    if not q.about_decisions or q.reference("fastighet") is None:
        return None
    found = [(m, i) for m, i in designation_items(ctx.model, ctx.meetings, q) if m.doc_type in MINUTES_TYPES]
    if not found:
        return None
    if any(is_decision(f.name) or f.name.startswith(PROPOSAL_FIELD)
           for _, i in found for f in ctx.model.fields(i.doc_id, i.number)):
        return None
    dropped = [(m, d) for m, i in found for d in decisions_of(ctx, m)
               if d.outcome == "utgår" and i.start <= d.start < i.end]
    if dropped:  # "Ärendet utgår vid … sammanträde": taken off the agenda, what became of it
        meeting, d = dropped[0]
        return quoted_answer(ctx, f"{doc_name(meeting)}, {d.paragraph}:",
                             [Quote(d.doc_id, d.start, d.end, d.paragraph)])
    quotes = [Quote(i.doc_id, i.start, line_end(ctx, i.doc_id, i.start), item_location(i)) for _, i in found[:2]]
    return unstated_answer(ctx, f"{doc_name(found[0][0])} tar upp ärendet men redovisar inget beslut:", quotes)


PLANS: tuple[Callable[[Context], Answer | None], ...] = (
    proposal_reference, item_reference, item_named, dnr_reference, undecided_reference, against_proposal,
    decisions_by_outcome, items_by_field,
    proposals_about, items_counted, case_number_of_item, meetings_with_official,
    items_naming_person, items_with_field, items_by_title, item_field, elected_to, header_facts, designation_reference)
