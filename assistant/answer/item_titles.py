"""Items listed by their titles: the items whose titles name what the question asks about ("vilka ärenden gäller
fastigheter i särö"), or every item of the meeting it names ("vad stod på dagordningen")."""

from __future__ import annotations

import re
from difflib import get_close_matches
from itertools import takewhile

from assistant.answer.extractive import AGENDA_HEADING, Answer
from assistant.answer.term_match import matches
from assistant.answer.item_fields import names_proposal_or_decision
from assistant.answer.lookup import (FRAME, MAX_LINES, Context, Quote, doc_name, newest_first, quoted_answer,
                                     number_as_written, title_span)
from assistant.answer.meeting_plans import OFFICIALS
from assistant.answer.units import BULLETS, is_list_line
from assistant.documents.fields import is_decision
from assistant.documents.lines import split_lines
from assistant.documents.structure import looks_like_heading
from assistant.index.decisions import Decision
from assistant.index.meetings import AGENDA_TYPES, MINUTES_TYPES, Item, Meeting
from assistant.swedish import content_terms, fold_name

_ASKS_DNR = re.compile(r"\bdnr\b|\bdiarienummer|\bdiarienr\b|\bcase numbers?\b")  # "vilka sekretessärenden, dnr?"
WHICH_ITEMS = re.compile(r"(?<!\bpå )(?<!\bpa )\b(?:vilka|which) (?:punkter|ärenden|arenden|paragrafer|items|cases|motioner|propositioner"
                         r"|motions|fastigheter|properties)\b"
                         r"|\bi vilka (?:punkter|ärenden|arenden)\b")
_AGENDA_OF = re.compile(r"\bvad (?:stod|står|fanns|finns) på (?:dagordningen|föredragningslistan|kallelsen)\b"
                        r"|\bvilka (?:punkter|ärenden|arenden|paragrafer) (?:[a-zåäö]+(?:en|et) )?(?:fanns|finns|stod|står"
                        r"|behandlades|behandlade|behandlar|(?:togs|tas|tog) (?:[a-zåäö]+ )?upp|hade)\b"
                        r"|\bvilka (?:punkter|ärenden|arenden|paragrafer) (?:omfattar|omfattade|innehåller|innehöll) (?:[a-zåäö:-]+ ){0,3}"
                        r"(?:protokoll|kallelse|dagordning|föredragningslist)"  # "tog nämnden upp", "vilka paragrafer omfattar protokollet"
                        r"|\bvad (?:ska|skulle) (?:vi|man|ni|de|dom) (?:prata|diskutera|tala) om på\b"  # "vad skulle vi
                        r"|\bvad (?:ska|skulle) (?:tas upp|diskuteras|behandlas) på\b")  # prata om på medlemsmötet …"
# "vad behandlade direktionen 23 februari 2017", "vad tog ks upp 7 maj 2015": the meeting's whole agenda; not what it
# took up about something ("vad tog nämnden upp om LSS") nor under an item ("vad togs upp under § 20")
_TAKEN_UP = re.compile(r"\bvad (?:behandlade|behandlades|avhandlade|avhandlades|(?:tog|togs)\b[^?]{0,40}?\bupp)\b"
                       r"(?![^?]*\b(?:om|angående|gällande|under|i fråga om)\b)")
# "vilken punkt i dagordningen var val av revisorer": one item of the document the question names, by its title
_WHICH_ONE_IN = re.compile(r"\b(?:vilken (?:punkt|paragraf)|vilket (?:ärende|punktnummer)) (?:i|på) (?:den |det )?"
                           r"(?:[a-zåäö]+ )?(?:dagordningen|föredragningslistan|kallelsen|protokollet)\b")
_VERB_ENDS = ("des", "tes", "ade", "gs", "ts", "ds")  # "valdes", "beviljades", "utsågs": a verb, no kind of item
_WHICH_WORD = re.compile(r"\b(?:vilka|which) (?:(?:gamla|nya|äldre|tidigare|olika|old|new|earlier) )?"
                         r"([a-zåäö]{4,}|val)\b")
# "vilka gamla planuppdrag": the kind after its adjective
AGENDA_LINES = 25
MIN_HEADINGS = 2  # a notice's sections: one heading under its title is a topic, not an agenda
MOTIONS = re.compile(r"motion|proposition")
ITEM_WORDS = content_terms("punkter ärenden paragrafer gäller handlar fastigheter fastighet items cases dagordningen "
                           "föredragningslistan kallelsen behandlades behandlade stod fanns togs tog ärendelistan")


def items_by_title(ctx: Context) -> Answer | None:
    """The items whose titles name what the question asks about ("vilka ärenden gäller fastigheter i särö"),
    across the meetings it names (all when none), the minutes' § before the agenda's item on the same case."""
    q = ctx.question
    whole_agenda = asks_whole_agenda(q.text)
    which = WHICH_ITEMS.search(q.standalone.casefold()) or whole_agenda or _which_kind_of_item(ctx) or \
        _WHICH_ONE_IN.search(q.standalone.casefold())
    if not which:
        return None
    motions = bool(MOTIONS.search(which.group()))  # items of any document: a list of motions is no agenda
    topic = set(q.topic) - FRAME - ITEM_WORDS - q.identifying  # not the organisation, body or date of the meeting
    kind = content_terms(named[1]) - ITEM_WORDS - FRAME if (named := _WHICH_WORD.search(q.standalone.casefold())) else set()
    scored = [(len(topic & content_terms(i.title)) + sum(_inflected_in({k}, content_terms(i.title)) for k in kind)
               + _outcome_match(ctx, i, topic), m, i)
              for m in ctx.ranked_meetings(() if motions else ("protokoll", "kallelse")) for i in ctx.model.items(m.doc_id)]
    best = max((n for n, _, _ in scored), default=0)
    if best < 1:
        return _agenda_of_named_meeting(ctx) if whole_agenda else None
    minuted = {fold_name(i.dnr or i.title) for _, m, i in scored if m.doc_type in MINUTES_TYPES}
    seen: dict[str, str] = {}  # case → the document that lists it: another's item on it is the same case
    quotes: list[Quote] = []
    listed: list[tuple[Meeting, Item]] = []
    for _, meeting, item in sorted((x for x in scored if x[0] == best and (  # the minutes' record of a case wins
            x[1].doc_type in MINUTES_TYPES or fold_name(x[2].dnr or x[2].title) not in minuted)),
                                   key=lambda x: (x[1].doc_type not in MINUTES_TYPES, newest_first(x[1]))):
        case = fold_name(item.dnr or item.title)
        if seen.setdefault(case, item.doc_id) != item.doc_id:
            continue  # one case may take several §§ of one meeting ("avröja plank", "avröja mur")
        for shown in [item] + _sub_items(ctx, item):  # "vilka rapporter": "3 Rapporter" and its 3.1, 3.2 …
            dnr = f" Dnr {shown.dnr}" if shown.dnr and _ASKS_DNR.search(q.standalone.casefold()) else ""
            where = f"{meeting.meeting_date} {number_as_written(ctx, shown)}{dnr}".strip()
            quotes.append(Quote(shown.doc_id, *title_span(ctx, shown), where))
            listed.append((meeting, shown))
    if motions and len(quotes) < 2:
        return None  # one item "Motioner och propositioner": what it says answers, not its title
    if q.about_decisions and (decided := _decisions_of(ctx, listed)):
        return quoted_answer(ctx, "Beslut i underlagen:", decided[:MAX_LINES * 2], labelled=True)
    if len(listed) == 1 and kind and not WHICH_ITEMS.search(q.standalone.casefold()) and \
            len(rows := _rows_under(ctx, listed[0][1])) >= 2:  # "vilka meddelanden": the one item's list of them
        meeting, item = listed[0]
        return quoted_answer(ctx, f"{doc_name(meeting)}, {number_as_written(ctx, item)} {item.title}:", rows)
    return quoted_answer(ctx, "Ärenden i underlagen:", quotes[:MAX_LINES * 2], labelled=True)


def _rows_under(ctx: Context, item: Item) -> list[Quote]:
    """The list an item holds, a row a line ("- KFN2026-11 Skrivelse från …")."""
    text = ctx.texts.text(item.doc_id)
    return [Quote(item.doc_id, line.start + _MARKER.match(line.text).end(), line.end, number_as_written(ctx, item))
            for line in split_lines(text[:item.end]) if line.start > item.start and line.stripped
            and is_list_line(line.text)][:AGENDA_LINES]


def _decisions_of(ctx: Context, listed: list[tuple[Meeting, Item]]) -> list[Quote]:
    """"vilka inköp beviljade styrelsen": the decision of each item listed and of the items under it ("8 Inköp",
    "8.1 Ny frys" … "8.4.1 Projektorlampa"), each labelled with its item."""
    decided: dict[tuple[str, int], Quote] = {}
    registers: dict[str, dict[str, Decision]] = {}  # per document: "Partistyrelsen godkände …" under no "Beslut"
    for meeting, item in listed:
        if meeting.doc_id not in registers:
            registers[meeting.doc_id] = {d.paragraph: d for d in ctx.model.register.search(
                since=meeting.meeting_date, until=meeting.meeting_date) if d.doc_id == meeting.doc_id}
        registered = registers[meeting.doc_id]
        for under in [item, *(i for i in ctx.model.items(item.doc_id) if i.number.startswith(f"{item.number}."))]:
            where = f"{meeting.meeting_date} {under.number} {under.title}".strip()
            spans = [(f.start, f.end) for f in ctx.model.fields(under.doc_id, under.number) if is_decision(f.name)] or \
                [(d.start, d.end) for d in [registered.get(under.number)] if d is not None and d.text.strip()]
            for start, end in spans:
                decided.setdefault((under.doc_id, start), Quote(under.doc_id, start, end, where))
    return list(decided.values())


def _sub_items(ctx: Context, item: Item) -> list[Item]:
    depth = item.number.count(".") + 1
    return [i for i in ctx.model.items(item.doc_id) if i.number.startswith(f"{item.number}.") and i.number.count(".") == depth]


def _which_kind_of_item(ctx: Context) -> re.Match[str] | None:
    """"vilka förhandsbesked var negativa den 1 februari": a kind of item the titles of the dated meeting use."""
    q = ctx.question
    kind = _WHICH_WORD.search(q.standalone.casefold())
    day = q.filters.date_from and q.filters.date_from == q.filters.date_to
    month = q.filters.date_from and q.filters.date_from[:7] == q.filters.date_to[:7] and len(q.meetings) == 1
    if not kind or q.roles or not (day or month) or kind.group(1).endswith(_VERB_ENDS) or q.attribute == "time":
        return None  # "vilka övriga deltar": people, not the item "Övriga frågor"; "vilka valdes": a verb; "mellan
        # vilka klockslag": the hours, not an item whose title says "klockan"
    wanted = _as_corrected(content_terms(kind.group(1)), q.terms)
    after = content_terms(q.standalone.casefold()[kind.end():])
    items = [i for m in ctx.latest_meetings(("protokoll", "kallelse")) for i in ctx.model.items(m.doc_id)
             if wanted and _inflected_in(wanted, content_terms(i.title))]  # "strandskyddsdispenser" of titles in the
    titles = [content_terms(i.title) for i in items]  # singular; "vilka kurser … under pågående kurser": what it says
    if not day and len(titles) < 2 and not (items and len(_sub_items(ctx, items[0])) >= 2):  # the month's meeting
        return None  # ("majmötet"): several items of the kind, or one with its own ("5 Undergrupper", "5.1 .gif" …);
    # one item "Äskanden för verksamhetsåret 2017" holds the äskanden asked of
    return kind if titles and not any(title <= after for title in titles) else None


def _as_corrected(words: set[str], terms: frozenset[str]) -> set[str]:
    """A word as the question's spelling correction took it ("planuppdarg": "planuppdrag")."""
    return {w if w in terms else next(iter(get_close_matches(w, terms, 1, 0.8)), w) for w in words}


def _inflected_in(wanted: set[str], title: set[str]) -> bool:
    """Every wanted word in the title, in another number too ("strandskyddsdispenser": "strandskyddsdispens"), not
    as the head of a compound ("gruppers" is no "arbetsgruppers")."""
    return all(any(w == t or min(len(w), len(t)) >= 4 and (w.startswith(t) or t.startswith(w)) for t in title)
               for w in wanted)  # a short word ("val") only as itself


def _outcome_match(ctx: Context, item: Item, topic: set[str]) -> float:
    """Half a point when the item's decision or proposal holds the question's other words ("negativt")."""
    rest = topic - content_terms(item.title)
    if not rest:
        return 0.0
    fields = ctx.model.fields(item.doc_id, item.number)
    decided = [f for f in fields if is_decision(f.name)] or [f for f in fields if names_proposal_or_decision(f.name)]
    outcome = " ".join(f.value for f in decided)  # what was decided, else what was proposed
    return 0.5 if outcome and matches(rest, content_terms(outcome)) > 0 else 0.0


def asks_whole_agenda(question: str) -> re.Match[str] | None:
    return _AGENDA_OF.search(question.casefold()) or _TAKEN_UP.search(question.casefold())


def listed_meeting_agenda(ctx: Context) -> Answer | None:
    """What one of the meetings a page lists took up ("2017-02-23 Till protokollet>>" over "§ 10 Remissvar …"): the
    page's paragraphs under the day the question names."""
    if not ctx.question.dates or not asks_whole_agenda(ctx.question.text):
        return None
    day = ctx.question.dates[0].isoformat()
    for doc_id in ctx.question.meetings:
        items = [i for i in ctx.model.items(doc_id) if (inside := ctx.model.meeting_inside(doc_id, i.start)) and
                 inside.value == day]
        if items:
            quotes = [Quote(i.doc_id, *title_span(ctx, i), i.number) for i in items[:AGENDA_LINES]]
            return quoted_answer(ctx, f"Ärenden på sammanträdet {day} ({ctx.documents[doc_id]['title']}):", quotes)
    return None


def _agenda_of_named_meeting(ctx: Context) -> Answer | None:
    """Every item of the meeting the question names ("vilka ärenden behandlades den 14 mars"), by its
    heading, the minutes before the agenda."""
    if not ctx.question.meetings:
        return None
    meetings = ctx.latest_meetings(("protokoll", "kallelse"))
    items = ctx.model.items(meetings[0].doc_id) if meetings else []
    if not items:
        listed = (_listed_agenda(ctx, meetings[0]) or _notice_headings(ctx, meetings[0])) if meetings else []
        return quoted_answer(ctx, f"Dagordningen i {doc_name(meetings[0])}:", listed) if listed else None
    quotes = [Quote(i.doc_id, *title_span(ctx, i), i.number) for i in items[:AGENDA_LINES]]
    return quoted_answer(ctx, f"Ärenden i {doc_name(meetings[0])}:", _minutes_head(ctx, meetings[0]) + quotes,
                         labelled=True)


_ROW_BULLETS = (*BULLETS, "–")  # an agenda's sub-points are often set off by dashes
_MARKER = re.compile(rf"\s*(?:(?:{'|'.join(map(re.escape, _ROW_BULLETS))})\s*)?")  # the bullet before a row, not quoted


def _listed_agenda(ctx: Context, meeting: Meeting) -> list[Quote]:
    """Minutes without numbered items that list the agenda they followed under its heading ("Dagordning" over
    "• Hemsidan", "• Övrigt"), its sub-points set off by dashes too ("– TV-avgiften")."""
    lines = [line for line in split_lines(ctx.texts.text(meeting.doc_id)) if line.stripped]
    start = next((n + 1 for n, line in enumerate(lines) if AGENDA_HEADING.fullmatch(line.stripped)), len(lines))
    rows = takewhile(lambda line: is_list_line(line.text) or line.stripped.startswith(_ROW_BULLETS), lines[start:])
    return [Quote(meeting.doc_id, line.start + _MARKER.match(line.text).end(), line.end, "Dagordning")
            for line in rows][:AGENDA_LINES]


def _notice_headings(ctx: Context, meeting: Meeting) -> list[Quote]:
    """A notice written as sections, no items ("Vår lokala EU-valkampanj", "Hållbarhetspriset 2019", each over a
    paragraph): what the meeting is to take up is its headings, below the notice's own title."""
    if meeting.doc_type not in AGENDA_TYPES:
        return []
    text = ctx.texts.text(meeting.doc_id)
    lines = [line for line in split_lines(text) if line.stripped]
    heads = [line for n, line in enumerate(lines[1:], 1)
             if looks_like_heading(text, line, lines[n - 1], lines[n + 1] if n + 1 < len(lines) else None)]
    return [Quote(meeting.doc_id, line.start, line.end, "Rubrik") for line in heads][:AGENDA_LINES] \
        if len(heads) >= MIN_HEADINGS else []


def _minutes_head(ctx: Context, meeting: Meeting) -> list[Quote]:
    """The range of paragraphs the minutes' head gives ("Paragrafer §§ 71-82") and the officials the question also
    asks for ("… och vem var sekreterare")."""
    wanted = {"paragrafer"} | {role for role in ctx.question.roles if role in OFFICIALS}
    found = [Quote(f.doc_id, f.start, f.end, "Sammanträdet") for f in ctx.model.facts(meeting.doc_id) if f.name in wanted]
    return list({(q.start, q.end): q for q in found}.values())
