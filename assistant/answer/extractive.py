"""Answers with citations. ``extractive`` composes the answer from the retrieved text itself;
``llm`` asks a chat model and then checks every citation it wrote against the sources.

Every citation quotes an exact substring of its document, with offsets, so a person can check it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from assistant.answer.asked import DEADLINE, attribute_of, roles_of
from assistant.answer.boilerplate import boilerplate_share
from assistant.answer.intents import OFFICE_TERMS, apply_intents, counted_stem, has_full_name, intents_of, listed_stem
from assistant.answer.lists import (LIST_QUESTION, best_in_order, heads_rows_asked, of_asked_outcome,
                                    with_announced_lists, with_parallel_points, with_whole_lists)
from assistant.answer.periods import years_asked
from assistant.answer.retrieval import Hit
from assistant.answer.stated import day_stated
from assistant.answer.term_match import matches
from assistant.answer.units import Unit, is_item_row, label_units, only_heading, parent_points, units_of
from assistant.documents.fields import ATTACHMENT_LISTS
from assistant.documents.item_heads import as_written
from assistant.documents.model import ChunkKind
from assistant.documents.parsing import PROPOSAL_GROUPS
from assistant.answer.sources import SourceTexts
from assistant.index.meetings import MINUTES_TYPES
from assistant.index.store import StoredChunk
from assistant.swedish import MONTHS, WEEKDAYS, content_terms, fold, looks_like_verb, words

NOT_FOUND = "Jag hittar inget om det i underlagen."
MAX_UNITS = 12
UNITS_PER_CHUNK = 3
UNIT_SHARE_OF_BEST = 0.6
MAX_CHUNKS = 5
_WHICH_ITEM = re.compile(r"\bvilken (?:paragraf|punkt|§)|\bvilket (?:ärende|punktnummer)\b|\bwhich (?:item|paragraph)")
CHUNK_SHARE_OF_BEST = 0.8  # a chunk is quoted when its best unit scores at least this share of the best one
HEAD_CHARS = 200  # where a document's title line stands
HEAD_SHARE = 5
NAME_ELSEWHERE = 5  # a word of the head found at most this often in the rest of the text names the document

NAMELESS_WEIGHT = 0.4  # "vem …": a unit naming no one, where one names someone on the topic
FACT_ATTRIBUTES = ("person", "time", "place", "amount", "count", "party", "vote")  # asked of a text, not of a title
# "vad hände med TÖLÖ 5:39": its decision; "vilka personer valdes": who, not a "justeringsperson"
FRAME_TERMS = content_terms("beslut beslutades besluta beslutade beslutat beslutats beslutas beslutar beslöts "
                            "förslag föreslås föreslår föreslogs föreslagit föreslagits ärende ärendet "
                            "punkt punkten paragraf paragrafen handlingar dokument underlag står säger "
                            "hände händer hänt gick person personer")
BOILERPLATE_WEIGHT = 0.6  # a unit made of recurring sentences keeps 40 % of its score
RESTATED_MIN_TERMS, RESTATED_SHARE, RESTATED_WEIGHT = 4, 0.6, 0.3  # a unit that mostly repeats the answer before
FOOTNOTE_WEIGHT = 0.5
OTHER_YEAR_WEIGHT = 0.5  # "medlemskap under 2024": "År 2025 kommer medlemskap … kosta 125 kronor" is another year's
_A_YEAR = re.compile(r"(?<![\d/-])(?:19|20)\d\d(?![\d/-])")  # not of a date or a case number ("BN-2023-001965")
# a table of contents' or attachment list's line, or a page's header ("Sida 1 av 1 Styrelsens betänkande …")
_WHERE_NOT_WHAT = re.compile(r"(?:\.[ \t]){3,}\.|\.{4,}|…{2,}|\bsid(?:a|an)[ \t]+\d+[ \t]+av[ \t]+\d+", re.IGNORECASE)
_PARAGRAPH_MARK = re.compile(r"§[ \t]*\d")  # a list of the minutes' paragraphs names them, says nothing of them
PARAGRAPH_LIST_MARKS = 3

_DATE_WORDS = content_terms(" ".join(MONTHS + [m[:3] for m in MONTHS] + WEEKDAYS + [f"{day}en" for day in WEEKDAYS])
                            + " kl klockan datum tid")
AGENDA_HEADING = re.compile(r"(?:dagordning|föredragningslista|agenda)\s*:?", re.IGNORECASE)
_ASKS_AGENDA = re.compile(r"dagordning|föredragningslist|agenda|\bpunkt|ärenden|\bitems?\b")
_ASKS_PARAGRAPHS = re.compile(rf"paragraf|§|{_ASKS_AGENDA.pattern}")  # the agenda's items, or its paragraphs
_ASKS_DOCUMENTS = re.compile(r"bilag|handling|underlag|dokument|attachment")
ELLIPTIC_UNFOCUSED = 0.5  # a follow-up's unit without a word of its own message: the earlier turn's answer
_WHOLE_KINDS = (ChunkKind.PROPOSAL, ChunkKind.AGENDA_ITEM, ChunkKind.DECISION)

@dataclass
class Citation:
    n: int
    document_title: str
    source_path: str
    doc_id: str
    page: int
    meeting_date: str
    body: str
    location: str  # agenda item / paragraph (§) / heading path
    quote: str
    start: int
    end: int
    score: float

@dataclass
class Answer:
    answer: str
    citations: list[Citation] = field(default_factory=list)
    found: bool = True
    mode: str = "extractive"
    question: str = ""  # the standalone question that was searched for
    notice: str = ""
    related: list[str] = field(default_factory=list)  # "kanske relevant" when nothing was found
    # "Mer i underlagen": what else was found, shown collapsed under the direct answer; its markers continue
    # the numbering of ``citations``
    more: str = ""
    more_citations: list[Citation] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

def location(chunk: StoredChunk) -> str:
    meta = chunk.meta
    number, title = meta.item_number, meta.item_title
    if meta.kind == ChunkKind.PROPOSAL:
        path = [p for p in meta.heading_path if p not in PROPOSAL_GROUPS]
        return " › ".join([*path, f"förslag {number}"] if number else path)
    case = f"(Dnr {meta.dnrs[0]})" if len(meta.dnrs) == 1 else ""
    if number.startswith("§"):
        return " ".join(x for x in (as_written(number, " ".join(meta.heading_path[-1:])), title, case) if x)
    if number or title:
        return " ".join(x for x in ("punkt", number, title, case) if x)
    return " › ".join(meta.heading_path) or ", ".join(meta.fields)


def rarity_weights(terms: set[str], idf: Callable[[str], float]) -> dict[str, float]:
    """Each topic term's IDF relative to the mean over the question's topic terms (0.5–2): a rare word
    ("sspf", "isbn") decides which sentence answers, a common one ("rapport") less."""
    topic = topic_terms(terms)
    raw = {t: idf(t) for t in topic}
    mean = sum(raw.values()) / len(raw) if raw else 1.0
    weights = {t: min(2.0, max(0.5, value / mean)) for t, value in raw.items()}
    for t in topic:  # two forms of one word ("forkortn", "forkortning") count once together
        if any(o != t and (o.startswith(t) or t.startswith(o)) for o in topic):
            weights[t] *= 0.5
    return weights

def topic_terms(terms: set[str]) -> set[str]:
    """The question's terms without the words that frame any question about meetings ("beslut", "förslag")."""
    topic = terms - FRAME_TERMS
    return topic or terms

# "vem är kontrollansvarig för bygget": the office asked names the answer's sentence more than the case does
ROLE_UNNAMED = 0.5  # a unit that does not name the office asked, nor stands under a heading that does
_WHO_IS = re.compile(r"\W*(?:och\s+)?vem\s+(?:är|var|blir|blev)\s+([a-zåäö]{5,})\b")


def score_units(units: list[Unit], terms: set[str], chunk: StoredChunk, question: str,
                focus: set[str] = frozenset(), boilerplate: frozenset[str] = frozenset(),
                weights: dict[str, float] | None = None, identifying: frozenset[str] = frozenset(),
                parents: dict[int, Unit] | None = None, said_before: frozenset[str] = frozenset()) -> None:
    """Topic words in the unit (or the field, group or point it stands under: ``parents``) count 1, in its heading or item
    title 0.5; words of the latest question count once more (a follow-up's own words matter most); a unit
    of the kind the question asks for (a proposal, a decision, a date, a place, a person) gets a bonus.
    ``identifying`` terms (a property or case number the question names, or the document's own name) count
    only as heading: they say which item or document, not which of its sentences answers. A follow-up wants
    something new: a unit made of the words of the answer it follows (``said_before``) counts less."""
    terms = topic_terms(terms)
    focus = topic_terms(focus) & terms if focus else set()
    context_terms = content_terms(chunk.context)
    context_match = matches(terms, context_terms, weights)
    terms, focus = terms - identifying, focus - identifying  # nor in a compound ("samfällighetsavgiften")
    elliptic = bool(focus) and focus < terms  # "… och när fortsatte det": the latest message's words ask
    asked_role = _WHO_IS.match(question.casefold())  # not an office of the meeting, which a table column may name
    role = content_terms(asked_role[1]) & terms if asked_role and not roles_of(asked_role[1]) else set()
    intents = intents_of(question)
    kind = chunk.meta.kind
    counted, listed = counted_stem(question), listed_stem(question)
    asked = attribute_of(question.casefold())
    wants_fact, asks_when = asked in FACT_ATTRIBUTES, asked == "time"
    title = content_terms(chunk.meta.item_title)
    parents = parent_points(units) if parents is None else parents
    agenda_of_minutes = _agenda_of_minutes(chunk) and not _ASKS_AGENDA.search(question.casefold())
    years = years_asked(question)
    deadline = bool(DEADLINE.search(question.casefold()))
    for unit in units:
        parent = parents[id(unit)].text if id(unit) in parents else ""
        own_terms = content_terms(unit.text)
        unit_terms = (own_terms | content_terms(f"{unit.label} {parent}")) - identifying
        if kind == ChunkKind.AGENDA_ITEM and title <= unit_terms:  # the agenda's row repeats the item's title
            unit_terms -= title
        focused = matches(focus, unit_terms, weights)
        unit.score = (matches(terms, unit_terms, weights) + focused + 0.5 * context_match) * \
            (ELLIPTIC_UNFOCUSED if elliptic and not focused else 1.0) * \
            (ROLE_UNNAMED if role and not matches(role, unit_terms | context_terms) else 1.0)
        apply_intents(unit, intents, kind, counted, listed)
        if only_heading(unit.text, chunk):  # "7.2 Justerare" with nothing under it names no one; "§12d
            unit.score *= 0.0 if wants_fact else FOOTNOTE_WEIGHT  # Djungelpatrullen" says only where its sub-items are
        if not is_item_row(unit.text, chunk):  # "1.4 Val av två justerare" stands on every agenda: a standing item
            unit.score *= 1.0 - BOILERPLATE_WEIGHT * boilerplate_share(unit.text, boilerplate)
        if said_before and len(own_terms) >= RESTATED_MIN_TERMS and \
                len(own_terms & said_before) >= RESTATED_SHARE * len(own_terms):
            unit.score *= RESTATED_WEIGHT  # "vad gjorde de i örebro" after "tre studieresor: … Örebro kommun"
        if kind == ChunkKind.FOOTNOTE:  # a source reference, seldom the answer itself
            unit.score *= FOOTNOTE_WEIGHT
        if (unit.label in ATTACHMENT_LISTS or _WHERE_NOT_WHAT.search(unit.text)) and \
                not _ASKS_DOCUMENTS.search(question.casefold()):  # also a contents line, a page's header
            unit.score *= FOOTNOTE_WEIGHT  # "K Proposition om Miljöåtgärder": it names a document, says nothing of it
        if len(_PARAGRAPH_MARK.findall(unit.text)) >= PARAGRAPH_LIST_MARKS and \
                not _ASKS_PARAGRAPHS.search(question.casefold()):  # the cover's "§ 94 Information … § 95 …"
            unit.score *= FOOTNOTE_WEIGHT
        if not asks_when and _only_a_date(own_terms):
            unit.score = 0.0  # "Lördagen den 23 Mars 2024 kl. 11.00" under the title answers only "när"
        if agenda_of_minutes:
            unit.score *= FOOTNOTE_WEIGHT
        unit.score *= _dated_weight(unit.text, years, deadline)


def _dated_weight(text: str, years: set[str], deadline: bool) -> float:
    """Less for another year's passage ("År 2025 kommer medlemskap …" of 2024), and for one that states no day when
    a deadline is asked ("sista dag att nominera": "nominera senast 4 mars", not "nominerad som ledamot")."""
    other_year = bool(years) and bool(said := set(_A_YEAR.findall(text))) and not said & years
    return (OTHER_YEAR_WEIGHT if other_year else 1.0) * (FOOTNOTE_WEIGHT if deadline and not day_stated(text) else 1.0)


def _agenda_of_minutes(chunk: StoredChunk) -> bool:
    """The minutes' list of the agenda they followed ("Dagordning" / "– Gratis kollektivtrafik") names each item; the
    item's own text says what was said of it."""
    return chunk.meta.doc_type in MINUTES_TYPES and bool(AGENDA_HEADING.fullmatch((chunk.meta.heading_path or ("",))[-1]))


def _name_first(scored: list[tuple[Hit, list[Unit]]], terms: set[str], question: str) -> None:
    """"vem …", "vilka …": where a unit names who did what is asked ("Frida Ek hade anmält förhinder."), its passage's
    sentences naming no one, it or an office, score lower, and headings naming no one ("vilka": not a list's lead)."""
    who = re.search(r"\b(?:vem|vilka)\b", question.casefold())
    if attribute_of(question.casefold()) != "person" or not who:
        return
    subject = topic_terms(terms) & content_terms(" ".join(w for w in words(question) if not looks_like_verb(w)))
    said = [{t for u in units if has_full_name(u.text) for t in content_terms(u.text) & subject} for _, units in scored]
    for (_, units), passage_said in zip(scored, said):
        for unit in (u for u in units if any(said) and not has_full_name(u.text)):
            if (ends := unit.text.rstrip().endswith((".", "!", "?"))) and passage_said and not \
                    content_terms(unit.text) & (passage_said | OFFICE_TERMS) or not ends and \
                    (who[0] == "vem" or not unit.text.rstrip().endswith(":")):
                unit.score *= NAMELESS_WEIGHT


def _only_a_date(said: set[str]) -> bool:
    """The unit's words are only a date and a time."""
    return bool(said) and all(t.isdigit() or t in _DATE_WORDS for t in said)


def is_about(chunk: StoredChunk, terms: set[str]) -> bool:
    """An agenda item, decision or proposal group whose own title names everything the question is about."""
    meta = chunk.meta
    topic = topic_terms(terms)
    title = content_terms(f"{meta.item_title} {' '.join(meta.heading_path)}")
    return meta.kind in _WHOLE_KINDS and bool(topic) and matches(topic, title) == len(topic)

def names_of_document(text: str, terms: set[str]) -> frozenset[str]:
    """The question's words that name the document itself: in its title line ("LiTHe kods vårmöte 2019 -
    Protokoll") and hardly anywhere else in it. They say which document, not which of its sentences answers.
    A label line ("Plats: …") is a fact, not a title."""
    head = text[:min(HEAD_CHARS, len(text) // HEAD_SHARE)]  # a short note is all head: nothing names it
    title = next((line for line in head.splitlines() if line.strip()), "")
    if ":" in title:
        return frozenset()
    named = {t for t in terms & content_terms(title) if len(t) >= 2}
    if not named:
        return frozenset()
    folded = fold(text[text.find(title) + len(title):].casefold())
    lines = [line for line in folded.splitlines() if line.strip()]
    return frozenset(t for t in named if len(re.findall(rf"\b{re.escape(t)}", folded)) <= NAME_ELSEWHERE
                     and sum(1 for line in lines if re.search(rf"\b{re.escape(t)}", line)) * 2 < len(lines))
    # a word in half the lines is what the document is about, not only its name (a short note on one subject)

def select_units(hits: list[Hit], texts: SourceTexts, terms: set[str], question: str,
                 focus: set[str] = frozenset(), boilerplate: frozenset[str] = frozenset(),
                 weights: dict[str, float] | None = None,
                 identifying: frozenset[str] = frozenset(),
                 said_before: frozenset[str] = frozenset()) -> list[tuple[Hit, list[Unit]]]:
    """Pick what to quote: per chunk, the units that answer; whole proposal lists and agenda items
    when their heading is what the question is about. Returned in document order per source."""
    scored: list[tuple[Hit, list[Unit]]] = []
    parents: dict[int, dict[int, Unit]] = {}  # per hit: the point each sub-point stands under
    names: dict[str, frozenset[str]] = {}  # per document: many hits are chunks of the same one
    for hit in hits:
        text = texts.text(hit.chunk.doc_id)
        units = label_units(hit.chunk, units_of(hit.chunk, text))
        if hit.chunk.doc_id not in names:
            names[hit.chunk.doc_id] = names_of_document(text, terms)
        named = identifying | names[hit.chunk.doc_id]
        parents[id(hit)] = parent_points(units)
        score_units(units, terms, hit.chunk, question, focus, boilerplate, weights, named, parents[id(hit)], said_before)
        if units:
            scored.append((hit, units))
    if not scored:
        return []
    _name_first(scored, terms, question)
    scored, which_item = _items_when_weak(scored, question)
    top = max(u.score for _, units in scored for u in units)
    floor = 1.0 if (top >= 1.0 or not any(_titled(hit.chunk, terms) for hit, _ in scored)) and not which_item else 0.0
    least = 0.0 if which_item else 1.0
    picked: list[tuple[Hit, list[Unit]]] = []
    total = 0
    for hit, units in scored:
        best = max(u.score for u in units)
        rows_asked = heads_rows_asked(hit.chunk, terms, question)
        if best < max(least, CHUNK_SHARE_OF_BEST * top) and not is_about(hit.chunk, terms) and \
                not (floor == 0.0 and _titled(hit.chunk, terms)) and not rows_asked:
            continue
        heading_matches = bool(topic_terms(terms) & content_terms(hit.chunk.context)) or rows_asked
        whole = hit.chunk.meta.kind in _WHOLE_KINDS or rows_asked or LIST_QUESTION.search(question) and \
            bool(topic_terms(terms) & content_terms(" ".join(hit.chunk.meta.heading_path[-1:])))
        if heading_matches and whole:
            chosen = units
        else:
            chosen = sorted((u for u in units if u.score >= max(floor, UNIT_SHARE_OF_BEST * best)),
                            key=lambda u: -u.score)[:UNITS_PER_CHUNK]
            chosen.sort(key=lambda u: u.start)
        chosen = with_announced_lists(chosen, units, parents[id(hit)],
                                      None if attribute_of(question.casefold()) == "person" else frozenset(terms))
        chosen = with_parallel_points(chosen, units)
        if LIST_QUESTION.search(question):
            chosen = of_asked_outcome(with_whole_lists(chosen, units), terms, question)
        chosen = best_in_order(chosen, MAX_UNITS - total)
        if chosen:
            picked.append((hit, chosen))
            total += len(chosen)
        if total >= MAX_UNITS or len(picked) >= MAX_CHUNKS:
            break
    first_seen = {doc: i for i, doc in reversed(list(enumerate(h.chunk.doc_id for h, _ in picked)))}
    return sorted(picked, key=lambda p: (first_seen[p[0].chunk.doc_id], p[1][0].start))

def _items_when_weak(scored: list[tuple[Hit, list[Unit]]], question: str) -> tuple[list[tuple[Hit, list[Unit]]], bool]:
    """"Under vilken paragraf tas stadgeändringen upp" where no passage says much of it: the numbered items, whose
    text says it best however few of the question's words their one line holds; and whether that is so."""
    top = max(u.score for _, units in scored for u in units)
    if top >= 1.0 or not _WHICH_ITEM.search(question.casefold()):
        return scored, False
    items = [(hit, units) for hit, units in scored if hit.chunk.meta.item_number]
    return items or scored, True


def _titled(chunk: StoredChunk, terms: set[str]) -> bool:
    """The chunk stands in a numbered item whose title names a topic word ("7. Ekonomi" for "vad rapporterades om
    ekonomin"): when no sentence anywhere names one, the item the question names is what answers."""
    return bool(chunk.meta.item_number) and matches(topic_terms(terms), content_terms(chunk.meta.item_title)) > 0


def compose_extractive(picked: list[tuple[Hit, list[Unit]]], texts: SourceTexts,
                       first_n: int = 1) -> tuple[str, list[Citation]]:
    """The answer text, grouped by source and heading, each quoted unit followed by its marker."""
    sections: dict[tuple[str, str], list[tuple[Hit, Unit]]] = {}
    for hit, units in picked:
        sections.setdefault((hit.chunk.meta.doc_title, location(hit.chunk)), []).extend((hit, u) for u in units)
    citations: list[Citation] = []
    parts: list[str] = []
    for (title, where), entries in sections.items():
        where = where.rstrip(":").rstrip()  # a heading that ends in a colon ("§ 10 Avslutningen den 9 december:")
        parts.append(f"Ur ”{title}” – {where}:" if where else f"Ur ”{title}”:")
        label = None
        for hit, unit in entries:
            shown = display(_without_noise(unit, texts.noise(hit.chunk.doc_id), texts.text(hit.chunk.doc_id)))
            if not shown:  # a page's running header inside a field: nothing to show or cite
                continue
            if unit.label and unit.label != label:
                label = unit.label
                parts.append(f"{label}:")
            n = first_n + len(citations)
            citations.append(_citation(n, hit, unit, where, texts))
            parts.append(f"{'' if shown.startswith(('- ', '• ')) else '- '}{shown} [{n}]")
        parts.append("")
    return "\n".join(parts).strip(), citations

def _citation(n: int, hit: Hit, unit: Unit, where: str, texts: SourceTexts) -> Citation:
    meta = hit.chunk.meta
    return Citation(
        n=n, document_title=meta.doc_title, source_path=meta.source_path, doc_id=hit.chunk.doc_id,
        page=texts.page(hit.chunk.doc_id, unit.start), meeting_date=meta.meeting_date, body=meta.body,
        location=where, quote=texts.text(hit.chunk.doc_id)[unit.start:unit.end], start=unit.start, end=unit.end,
        score=round(hit.score, 4),
    )

def _without_noise(unit: Unit, noise: list[tuple[int, int]], text: str) -> str:
    """A quote that runs over a page break, shown without the running header and footer between its words ("… mot
    att klara" / "KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 96 (110)" / "moderna miljökrav."); the citation still
    quotes the whole span."""
    shown, at = [], unit.start
    for start, end in sorted(noise):
        if at <= start and end <= unit.end:
            shown += [text[at:start], " "]
            at = end
    return "".join(shown) + text[at:unit.end] if shown else unit.text


def display(text: str) -> str:
    """A quoted unit as one readable line: line breaks and table cell breaks (<br>) become spaces."""
    return " ".join(text.replace("<br>", " ").strip().strip("|").split())

def related_sources(hits: list[Hit]) -> list[str]:
    seen: list[str] = []
    for hit in hits[:3]:
        entry = f"{hit.chunk.meta.doc_title} – {location(hit.chunk)}"
        if entry not in seen:
            seen.append(entry)
    return seen
