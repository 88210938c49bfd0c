"""Plans over the items of a meeting, across its structure: who presents what and which items lack a field
(``items_by_field``), the items that name a person, the decisions that went against the proposal, a report's
proposals filtered by what they name, and how many items a meeting took up."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from assistant.answer.extractive import Answer
from assistant.answer.intents import MONEY, PRESENTS
from assistant.answer.term_match import matches
from assistant.answer.lookup import (EMPTY_VALUE, FRAME, MAX_LINES, MISSING, PERSON_NAME, PROPOSAL_FIELD, Context,
                                     Quote, doc_name, item_location, newest_first, proposal_location, quoted_answer,
                                     title_span)
from assistant.answer.meeting_plans import ASKS_ITEMS, people_named
from assistant.answer.questions import DATE_TERMS, Question
from assistant.answer.units import SENTENCE_END
from assistant.documents.dates import parse_date
from assistant.index.decisions import Decision, outcome_of
from assistant.index.meetings import MINUTES_TYPES, Item, Meeting, Span
from assistant.swedish import content_terms

_AGAINST = re.compile(r"\bemot (?:förvaltningens |tjänstemännens )?förslag|\bgick emot\b|\bavvek\w* från förslag"
                      r"|\bannorlunda än (?:vad )?(?:förvaltningen|tjänstemännen|förslaget)|\bi strid med \w* ?förslag"
                      r"|\b(?:fast|trots att|medan) (?:förvaltningen|tjänstemännen)(?: hade)?"
                      r" (?:föreslagit|föreslog|ville)"
                      r"|\b(?:samma|detsamma|densamma|likadant?) som (?:i )?"
                      r"(?:förslaget|kallelsen|föreslogs|föreslagits)"
                      r"|\bföljde\b[^?]*\bförslag|\benligt förslaget\b"
                      r"|\bagainst the (?:proposal|administration)|\b(?:same as|follow(?:ed)?) the proposal")
DECISIVE = ("bifall", "avslag")
AGAINST_WORDS = content_terms("gick emot förvaltningens förslag förvaltningen arbetsutskottet ärendet ärenden avvek "
                              "annorlunda föreslog föreslagit ville avgjorde beviljade avslag avslå samma "
                              "detsamma densamma likadant likadan följde enligt kallelsen")
_PROPOSALS_ABOUT = re.compile(r"\bvilka (?:av )?förslag(?:en)?\b[^?]*?\b(?:gäller|rör|berör|handlar om|nämner|om)\s+"
                              r"(?P<topic>[^?]+)")
# "vad kräver rapporten av polisen?", "vad tycker SKR att kommunerna och regionerna själva ska göra mot välfärdsbrott?"
# (of whom it is asked: "av polisen", any proposal that names them; who is to do it: "att regionerna ska", those
# they are the subject of)
_ASKED_OF = re.compile(r"\bvad\b[^?]*?\b(?:kräver|vill|tycker|föreslår|rekommenderar|begär|uppmanar|förväntar sig)"
                       r"(?:\s+[^\s?]+){0,4}?\s+(?P<how>av|att)\s+(?P<topic>[^?]+)")
_THE_TASK = re.compile(r"(?:\s+(?:själva|själv|ska|skall|bör|måste|behöver|kunna|göra|gör)\b)+\s*")
SUBJECT_WORDS = 4  # "15. Kommuner och regioner bör …": a proposal to the actor asked of comes first
_ADDRESSED = re.compile(r"\briktar sig till\s+([\wåäö-]+)|\b(?:is|are) addressed to\s+([\wåäö-]+)")
_COUNTS_ITEMS = re.compile(r"\bhur många (?:ärenden|arenden|paragrafer|punkter|beslut)\b(?! om\b)")
_ITEM_WORDS = content_terms("ärenden ärende punkter punkt paragrafer frågor")
# "vilket diarienummer har ärendet om riktlinjer för serveringstillstånd": the case number of the item it names
_ASKS_CASE_NUMBER = re.compile(r"\b(?:vilket|vilka|vad (?:är|har|hade|var)|what)\b[^?]{0,40}?\b(?:diarienummer|diarienr"
                               r"|dnr|ärendenummer|case number)\b", re.IGNORECASE)
_CASE_WORDS = content_terms("diarienummer diarienr dnr ärendenummer case number ärendet ärende har hade fick")
_PASSAGE = re.compile(r"[^\n]+(?:\n(?![ \t]*(?:[-•*–][ \t]|\n))[^\n]+)*")  # a paragraph, or a bullet with its lines


def items_by_field(ctx: Context) -> Answer | None:
    """Items whose field names what the question asks ("föredras av planarkitekten"), an item's field
    ("vem föredrar tillsynsplanen"), or items that lack a field ("saknar förslag till beslut")."""
    q = ctx.question
    low = q.standalone.casefold()
    missing = MISSING.search(low) and re.search(r"förslag|beslut|underlag", low)
    if not missing and "föredragande" not in q.roles:
        return None
    if missing:
        for meeting in ctx.ranked_meetings(("kallelse",))[:3]:
            quotes = _lacking(ctx.model.items(meeting.doc_id), ctx.model.fields(meeting.doc_id), low)
            if quotes:
                return quoted_answer(ctx, f"{doc_name(meeting)} – punkter utan förslag till beslut:", quotes,
                               labelled=True)
        return None
    quotes = []  # presenters: in every agenda the question allows, newest first
    for meeting in sorted(ctx.ranked_meetings(("kallelse",)), key=newest_first):
        for quote in _presenter_quotes(q, ctx.model.items(meeting.doc_id), ctx.model.fields(meeting.doc_id)):
            quote.location = f"{meeting.meeting_date} {quote.location}"
            quotes.append(quote)
    if quotes:
        return quoted_answer(ctx, "Föredragande enligt kallelserna:", quotes[:MAX_LINES * 2], labelled=True)
    return _presenting_sentence(ctx)


def _presenting_sentence(ctx: Context) -> Answer | None:
    """An item with no "Föredragande" field tells who presents in its text ("40 steg för ett tryggare samhälle …
    Amanda Lindblad (S) … informerar"): the sentence of the question's meetings that names a person presenting
    and most of the words the question is about."""
    topic = set(ctx.question.topic) - FRAME
    best: tuple[int, Quote | None] = (0, None)
    for meeting in ctx.ranked_meetings(("kallelse", "protokoll")):
        text = ctx.texts.text(meeting.doc_id)
        for item in ctx.model.items(meeting.doc_id):
            for found in _PASSAGE.finditer(text, item.start, item.end):
                said = found.group()
                if not (PRESENTS.search(said) and PERSON_NAME.search(said)):
                    continue  # stemmed only when it presents someone: every item of every meeting may be scanned
                score = len(topic & content_terms(said))
                if score > best[0]:
                    bullet = re.match(r"[ \t]*[-•*–][ \t]+", said)
                    best = (score, Quote(meeting.doc_id, found.start() + (bullet.end() if bullet else 0), found.end(),
                                         f"{meeting.meeting_date} {item_location(item)}"))
    score, quote = best
    if quote is None or score < min(3, (len(topic) + 1) // 2):  # most of a short topic, three words of a long one
        return None
    return quoted_answer(ctx, "Föredragande enligt underlagen:", [quote], labelled=True)


def _lacking(items: list[Item], fields: list[Span], low: str) -> list[Quote]:
    name = PROPOSAL_FIELD if "förslag" in low else "Beslutsunderlag" if "underlag" in low else "Beslut"
    quotes = []
    for item in items:
        own = [f for f in fields if f.label == item.number and f.name.startswith(name)]
        if not own or all(EMPTY_VALUE.fullmatch(f.value) for f in own):
            span = own[0] if own else None
            quotes.append(Quote(item.doc_id, span.start if span else item.start, span.end if span else
                                min(item.end, item.start + 200), item_location(item)))
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
    return [Quote(f.doc_id, f.start, f.end, item_location(by_number[f.label])) for f in chosen
            if f.label in by_number][:MAX_LINES]


def items_naming_person(ctx: Context) -> Answer | None:
    """"i vilka ärenden yrkade Lars Eriksson": the items, minutes first and newest first, in which a person the
    question names by full name does what it asks (the sentence naming them holds its other words), each
    quoted with that sentence."""
    q = ctx.question
    low = q.standalone.casefold()
    if not ASKS_ITEMS.search(low):
        return None
    meetings = sorted(ctx.latest_meetings(), key=lambda m: (m.doc_type not in MINUTES_TYPES, newest_first(m)))
    named = {p.name for m in meetings for p in people_named(low, ctx.model.people(m.doc_id))}
    if not named:
        return None
    doing = set(q.topic) - FRAME - _ITEM_WORDS - content_terms(" ".join(named))
    quotes = []
    for meeting in meetings:
        text = ctx.texts.text(meeting.doc_id)
        for item in ctx.model.items(meeting.doc_id):
            span = _sentence_naming(text, item, named, doing)
            if span:
                quotes.append(Quote(meeting.doc_id, *span, f"{meeting.meeting_date} {item_location(item)}"))
    if not quotes:
        return None
    return quoted_answer(ctx, f"Ärenden där {' och '.join(sorted(named))} nämns:", quotes[:MAX_LINES * 2],
                         labelled=True)


def _sentence_naming(text: str, item: Item, names: set[str], doing: set[str]) -> tuple[int, int] | None:
    """The first sentence of the item that names one of ``names`` and holds the words in ``doing``."""
    body = text[item.start:item.end]
    for name in names:
        pattern = r"\s+".join(re.escape(part) for part in name.split())
        for found in re.finditer(pattern, body, re.IGNORECASE):
            start = max(body.rfind(". ", 0, found.start()) + 2, body.rfind("\n\n", 0, found.start()) + 2, 0)
            stop = body.find(".", found.end())
            end = len(body) if stop < 0 else stop + 1
            if not doing or matches(doing, content_terms(body[start:end])):
                return item.start + start, item.start + end
    return None


# --- decisions against the proposal -------------------------------------------------------------------


def against_proposal(ctx: Context) -> Answer | None:
    """Whether (or where) a decision went against the proposal on the agenda: the kallelse's "Förslag till
    beslut" and the minutes' Beslut joined on the case (``agenda_links``), their outcomes compared."""
    q = ctx.question
    if not _AGAINST.search(q.standalone.casefold()) or q.attribute == "reason":  # why: the item's own motivation
        return None
    rows = []
    for meeting in ctx.ranked_meetings(("protokoll",)):
        decided = {d.paragraph: d for d in decisions_of(ctx, meeting)}
        for link in ctx.model.register.agenda_links(meeting.doc_id):
            decision = decided.get(link.paragraph)
            if link.minutes_doc_id == meeting.doc_id and decision and decision.outcome in DECISIVE and \
                    outcome_of(link.proposal) in DECISIVE:  # withdrawn, noted or referred back: not decided
                rows.append((link, decision))
    topic = set(q.topic) - FRAME - AGAINST_WORDS - q.identifying
    named = [r for r in rows if topic & content_terms(r[0].item_title)]
    shown = named or [r for r in rows if outcome_of(r[0].proposal) != r[1].outcome]
    if not shown:
        return None
    quotes, lines = [], []
    for link, decision in shown[:MAX_LINES]:
        proposed = outcome_of(link.proposal)
        verdict = "emot förslaget" if proposed != decision.outcome else "enligt förslaget"
        lines.append(f"{decision.meeting_date} {link.paragraph} {link.item_title}: förslaget {proposed}, "
                     f"beslutet {decision.outcome} ({verdict})")
        field = next((f for f in ctx.model.fields(link.agenda_doc_id, link.item_number)
                      if f.name.startswith(PROPOSAL_FIELD)), None)
        if field:
            quotes.append(Quote(field.doc_id, field.start, field.end, f"punkt {link.item_number} – förslag"))
        text = ctx.texts.text(decision.doc_id)
        quotes.append(Quote(decision.doc_id, decision.start, first_line_block(text, decision.start, decision.end),
                            f"{link.paragraph} – beslut"))
    return quoted_answer(ctx, "\n".join(lines), quotes, labelled=True)


def decisions_of(ctx: Context, meeting: Meeting) -> list[Decision]:
    """The register's decisions of the meeting's minutes."""
    return [d for d in ctx.model.register.search(since=meeting.meeting_date, until=meeting.meeting_date)
            if d.doc_id == meeting.doc_id]


def first_line_block(text: str, start: int, end: int) -> int:
    cut = text.find("\n\n", start, end)
    return end if cut < 0 else cut


def proposals_about(ctx: Context) -> Answer | None:
    """"Vilka av förslagen gäller regionerna": the numbered proposals whose text names the topic, each quoted; a
    topic that is a group the proposals stand under ("Staten") is left to the composer, which quotes the group;
    "vilka förslag riktar sig till staten när det gäller X": the group's proposals in the section on X."""
    low = ctx.question.standalone.casefold()
    asked = _PROPOSALS_ABOUT.search(low) or _ASKED_OF.search(low)
    if not asked:
        return None
    named_as = " ".join(_THE_TASK.split(asked["topic"].strip(" ?.!"), maxsplit=1)).strip()  # the actor, then what
    topic = content_terms(named_as) - FRAME - ctx.question.identifying
    named = set(ctx.question.meetings) or {m.doc_id for m in ctx.meetings}
    proposals = [p for p in ctx.model.proposals() if p.doc_id in named]
    addressed = content_terms(" ".join(" ".join(m) for m in _ADDRESSED.findall(low)))
    if not addressed and (actor_section := _actor_in_section(asked["topic"])):  # "… att kommunerna själva ska
        actor, section = content_terms(actor_section[0]), actor_section[1]  # göra när det gäller X"
        following = _after_heading(ctx, proposals, section)
        by_actor = [_opens_with(actor, p) for p in following]
        first = by_actor.index(True) if True in by_actor else len(following)
        if doing := [p for p, _ in takewhile(lambda f: f[1], zip(following[first:], by_actor[first:]))]:
            quotes = [Quote(p.doc_id, p.start, p.end, proposal_location(p)) for p in doing[:MAX_LINES * 2]]
            return quoted_answer(ctx, f"Förslag om {section}:", quotes)
    if topic and addressed and (group := _group_in_section(ctx, proposals, addressed, asked["topic"])):
        quotes = [Quote(p.doc_id, p.start, p.end, proposal_location(p)) for p in group[:MAX_LINES * 2]]
        return quoted_answer(ctx, f"Förslag till {group[0].label} om {named_as}:", quotes)
    if not topic or not proposals or any(topic & content_terms(p.label) for p in proposals):
        return None
    about = [p for p in proposals if matches(topic, content_terms(p.value)) >= len(topic)]
    doing = [p for p in about if _opens_with(topic, p)]
    about = doing or about if asked.groupdict().get("how") == "att" else doing + [p for p in about if p not in doing]
    quotes = [Quote(p.doc_id, p.start, p.end, proposal_location(p)) for p in about[:MAX_LINES * 2]]
    return quoted_answer(ctx, f"Förslag som nämner {named_as}:", quotes) if quotes else None


def _opens_with(terms: set[str], proposal: Span) -> bool:
    """The proposal's first words name one of the terms ("15. Kommuner och regioner bör …"): its subject."""
    return matches(terms, content_terms(" ".join(proposal.value.split()[:SUBJECT_WORDS]))) > 0


_SECTION_NAMED = re.compile(r"^(?:när det gäller|vad gäller|gällande|inom(?: området)?|kring|i fråga om)\s+")


def _actor_in_section(topic: str) -> tuple[str, str] | None:
    """"kommunerna själva ska göra när det gäller trygghet i den fysiska planeringen": who is to do it, and the
    section it is asked of."""
    parts = _THE_TASK.split(topic.strip(" ?.!"), maxsplit=1)
    if len(parts) == 2 and (named := _SECTION_NAMED.match(parts[1])):
        return parts[0], parts[1][named.end():]
    return None


def _group_in_section(ctx: Context, proposals: list[Span], addressed: set[str], section: str) -> list[Span]:
    """The proposals to the group addressed that follow the first heading naming the section, up to the next
    proposal of another group: "Staten" under "Socialtjänstens förebyggande arbete", not under another section."""
    group = [p for p in proposals if addressed & content_terms(p.label)]
    following = _after_heading(ctx, [p for p in proposals if p.doc_id == group[0].doc_id], section) if group else []
    first = next((i for i, p in enumerate(following) if p in group), len(following))
    return list(takewhile(lambda p: p in group, following[first:]))


def _after_heading(ctx: Context, proposals: list[Span], section: str) -> list[Span]:
    """The proposals after the first heading that names the section, a line of its own."""
    for doc_id in dict.fromkeys(p.doc_id for p in proposals):
        heading = re.search(rf"^[ \t\d.]*{re.escape(section.strip(' ?.!'))}[ \t]*$", ctx.texts.text(doc_id),
                            re.IGNORECASE | re.MULTILINE)
        if heading:
            return [p for p in proposals if p.doc_id == doc_id and p.start > heading.start()]
    return []


def items_counted(ctx: Context) -> Answer | None:
    """"Hur många ärenden behandlades den 29 februari": the items of the meeting the question names, counted; the
    first and the last quoted (the minutes' when there are minutes)."""
    q = ctx.question
    if not q.meetings or not _COUNTS_ITEMS.search(q.standalone.casefold()):
        return None
    meeting = next(iter(ctx.latest_meetings(("protokoll",)) or ctx.latest_meetings(("kallelse",))), None)
    items = ctx.model.items(meeting.doc_id) if meeting else []
    if not items:
        return None
    quotes = [Quote(i.doc_id, *title_span(ctx, i), item_location(i)) for i in dict.fromkeys((items[0], items[-1]))]
    return quoted_answer(ctx, f"{doc_name(meeting)} tar upp {len(items)} ärenden, från {items[0].number} till "
                         f"{items[-1].number}:", quotes)


def case_number_of_item(ctx: Context) -> Answer | None:
    """The diarienummer of the item whose title names what the question does, quoted where the item gives it."""
    q = ctx.question
    if not _ASKS_CASE_NUMBER.search(q.standalone) or q.reference("dnr"):
        return None
    topic = set(q.topic) - FRAME - _CASE_WORDS
    scored = [(matches(topic, content_terms(i.title)), m, i) for m in ctx.ranked_meetings(("protokoll", "kallelse"))
              for i in ctx.model.items(m.doc_id) if i.dnr]
    best = max((score for score, _, _ in scored), default=0)
    if not topic or best < max(1, len(topic) / 2):
        return None
    quotes, seen = [], set()
    for _, meeting, item in (x for x in scored if x[0] == best):
        text = ctx.texts.text(item.doc_id)
        at = text.find(item.dnr, item.start, item.end)
        if item.dnr in seen or at < 0:
            continue
        seen.add(item.dnr)
        quotes.append(Quote(item.doc_id, at, at + len(item.dnr), f"{meeting.meeting_date} {item_location(item)}"))
    return quoted_answer(ctx, "Diarienummer i underlagen:", quotes[:MAX_LINES], labelled=True) if quotes else None


def lines_naming(ctx: Context, item: Item) -> list[tuple[int, int]]:
    """The line of the item that names a person ("Förnamn Efternamn") and shares most words with the question (a
    word's compounds count: "polis" in "polisregion"); and a second such line that shares other words of it, for a
    question that asks about two people ("vem från polisen medverkar, och vem presenterar rapporten")."""
    text = ctx.texts.text(item.doc_id)
    named: list[tuple[set[str], tuple[int, int]]] = []
    for match in re.finditer(r"[^\n]+", text[item.start:item.end]):
        if PERSON_NAME.search(match.group()) and (shared := _shared_terms(ctx.question.focus, match.group())):
            named.append((shared, (item.start + match.start(), item.start + match.end())))
    return _best_and_other(named)


def _best_and_other(found: list[tuple[set[str], tuple[int, int]]]) -> list[tuple[int, int]]:
    """The span that shares most of the question's words, and the best of those that share none of its words: a
    question may ask two things of one item."""
    if not found:
        return []
    best = max(found, key=lambda f: len(f[0]))
    other = [f for f in found if not f[0] & best[0]]
    return [best[1]] + ([max(other, key=lambda f: len(f[0]))[1]] if other else [])


# a date of effect, however it is asked or written: "när ska ändringarna börja gälla" / "ska träda i kraft den 1 juli"
IN_FORCE = re.compile(r"\b(?:träd(?:a|er|de)|trätt) i kraft\b|\bikraftträd|\bbörja(?:r|de)? gälla\b"
                      r"|\bgäll(?:a|er|de) (?:fr\.?o\.?m\.?|från och med|från)\b", re.IGNORECASE)
_ESCAPED_BULLET = re.compile(r"\n(?=[ \t]*\\[-*][ \t])")  # Markdown's "\* Resterande överskott …" opens a sentence
_GIVES: dict[str, Callable[[str], object]] = {"time": parse_date, "amount": MONEY.search}  # what an answer states


def sentences_giving(ctx: Context, item: Item) -> list[tuple[int, int]]:
    """"När ska föreskrifterna träda i kraft", "hur mycket förs till resultatfonden" of an item: the sentence of its
    text that gives a date (a sum) and shares most words of the question its title does not ("… ska träda i kraft den
    1 juli 2025"); and a second such sentence that shares other words, for a question that asks two ("och när skulle
    synpunkterna vara inne")."""
    gives = _GIVES.get(ctx.question.attribute)
    if gives is None:
        return []
    text = ctx.texts.text(item.doc_id)
    asked = frozenset(t for t in ctx.question.focus - FRAME - ctx.question.identifying - content_terms(item.title)
                      - DATE_TERMS if not t.isdigit())  # the meeting's "mars 2025" asks no sentence
    in_force = bool(IN_FORCE.search(ctx.question.standalone))
    found: list[tuple[set[str], tuple[int, int]]] = []
    for passage in _PASSAGE.finditer(text, item.start, item.end):
        ends = [*SENTENCE_END.finditer(passage.group()), *_ESCAPED_BULLET.finditer(passage.group())]
        bounds = [passage.start(), *sorted(passage.start() + m.end() for m in ends), passage.end()]
        for start, end in zip(bounds, bounds[1:]):
            effect = {"i kraft"} if in_force and IN_FORCE.search(text[start:end]) else set()
            if gives(text[start:end]) and (shared := _shared_terms(asked, text[start:end]) | effect):
                found.append((shared, (start, start + len(text[start:end].rstrip()))))
    return sorted(_best_and_other(found))


COMPOUND_PREFIX = 4  # a question word this long counts within a longer word of the line ("polis", "polisregion")


def _shared_terms(asked: frozenset[str], line: str) -> set[str]:
    said = content_terms(line)
    return {t for t in asked if t in said or len(t) >= COMPOUND_PREFIX and any(w.startswith(t) for w in said)}
