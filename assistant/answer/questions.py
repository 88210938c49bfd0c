"""Question analysis: a question is read once, into one ``Question`` that every later step uses.

It holds the typo-corrected terms, the language (English questions get Swedish meeting words added from a
small glossary), what the question asks for (a person, a place, a time, an amount …), the structural
references it names (förslag 27, punkt 9, § 77, a diarienummer, a property), and the body and meeting dates
it names, resolved against the meetings in the index and turned into search filters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from assistant.answer.asked import (ASKING_TERMS, ASKS_DECISION, ASKS_OUTCOME, COST_TERMS, INDEFINITE, KEPT_MINUTES,
                                    MET_AT_MEETING, OUTCOME_TERMS, QUANTITY_FRAME, QUANTITY_TERMS, TIME_FRAME,
                                    attribute_asked, doc_kind_asked, documents_asked_about, officer_of_meeting,
                                    put_off_matter, roles_asked, without_premise, written_out)
from assistant.answer.bodies import (MEETING_DOCUMENTS, MEETING_KINDS, abbreviations, another_meeting,
                                    bodies_named_in_full, is_meeting_word, meeting_among, meeting_at, undated_reports,
                                    named_by_head_noun, not_elected_to, of_kind, of_named_organisations, of_organs,
                                    only_at_another_meeting, organisations_named, source_named, unmodified_terms,
                                    words_naming)
from assistant.answer.conversation import Message, previous_answer, standalone_question
from assistant.answer.english import english_words, glossary_words, is_english, meeting_words
from assistant.answer.named_meetings import numbered_or_placed_day, opened_at
from assistant.answer.periods import (ISO_DATE, Period, after_put_off, after_the_named, names_month, resolve_period,
                                      slashed_days, when_asked, with_full_months, within, years_met_in)
from assistant.answer.references import (Reference, documents_naming, item_compound_heads, references_of,
                                         without_case_numbers)
from assistant.index.meetings import APPENDED_MINUTES, MINUTES_TYPES, Meeting
from assistant.index.store import Filters
from assistant.swedish import (DAY_ORDINALS, ENGLISH_MONTHS, MONTHS, WEEKDAYS, content_terms, fold_name, listed_under,
                               safe_date, with_numbered_days)

DECISION_WORDS = re.compile(ASKS_DECISION.pattern + r"|yrka|reserv|återremi|gäller .* fortfarande|\bigenom\b"
                            r"|\b(?:valdes|valde|valts|utsågs|utsedd|elected|appointed)\b"
                            r"|\bfick\b.*\b(?:lov|bygglov|förhandsbesked|dispens|tillstånd)|(?:lov|besked|dispens|tillstånd) fick\b"
                            r"|\bbevilja(?:de|des|s|t|ts)\b|avslogs|godkändes|\bvad (?:hände|händer|har hänt) med\b|\bhur gick det (?:med|för)\b|\bwhat happened to\b"
                            r"|\bbl(?:ir|ev) det (?:någon|nån|något|nåt)\b"
                            r"|\bblev det (?:verkligen |också |faktiskt )?så\b")
# "blir det nån buss …", "blev det nån buss", "i kallelsen stod det … blev det verkligen så?": what was decided
_COMPACT = re.compile(r"(?<![\d-])\d{6}(?![\d-])")  # "styrelsemötet 960422": only a day some meeting was held
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})\b")  # "28.3.2023", "28/3/2023"
_SLOPPY_AND = re.compile(r"(?<=\w )(?:o|resp\.?)(?= \w)")  # "när o var": "när och var"; "revisor resp kassör"
_RANGE = r"(?:\s*(?:[-–]|och)\s*\d{1,2})?"  # "3-4 mars 2012", "4 och 5 maj": two days, dated by the first
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}){_RANGE}(?:e|a|:e|:a)? ({'|'.join(MONTHS)})(?: (\d{{4}}))?\b")
_ENGLISH_DATE = re.compile(rf"\b(\d{{1,2}}){_RANGE}(?:st|nd|rd|th)? (?:of )?({'|'.join(ENGLISH_MONTHS)}),?"
                           r"(?: (\d{4}))?\b")
_ENGLISH_DATE_US = re.compile(rf"\b({'|'.join(ENGLISH_MONTHS)}) (\d{{1,2}})(?:st|nd|rd|th)?,?(?: (\d{{4}}))?\b")
DATE_TERMS = frozenset(content_terms(" ".join(MONTHS + WEEKDAYS + [f"{day}en" for day in WEEKDAYS]) + " början mitten slutet årsskiftet"
                                     " våren sommaren hösten vintern morgonen förmiddagen eftermiddagen kvällen dagen")
                       | content_terms(" ".join([*DAY_ORDINALS, *(m[:3] for m in MONTHS), "sept"]))  # "1 feb"
                       | {str(year) for year in range(1990, 2100)})  # "lördagen den 9 maj": a weekday is a date's word
_ASKS_MINUTES = re.compile(r"protokoll|juster|beslut|beslöt|bestämde|bestämdes|minutes|decid|höll|hölls|holl|pågick"
                           r"|pagick|öppnades|\bbörjade\b|\bslutade\b|avslutades|\bvald(?:es|e|a)?\b|\butsågs\b|yrka"
                           r"|reserv|röstade|omröstning|återremi|bordla|varade|hur länge|hur lange|\bdid\b|\blasted\b"
                           r"|how long|\bmoved\b|\bvoted\b|\b(?:vem|vilka) var\b|\bwho (?:was|were)\b")

_WHICH_DAY = re.compile(r"\bvilk(?:et|a) datum\b|\bwhat date\b|\bhur dags\b")
_DATUM = content_terms("datum date dags")
_WHICH_WEEKDAY = re.compile(r"\bvilken (?:vecko)?dag\b|\bwhat day\b")  # asks when; a passage may still say "dag"
_DAG = content_terms("dag veckodag day")

@dataclass(frozen=True)
class Question:
    text: str  # as asked
    standalone: str  # with the topic of the previous turn when the question is elliptical
    language: str = "sv"
    terms: frozenset[str] = frozenset()  # typo-corrected content terms of the standalone question
    focus: frozenset[str] = frozenset()  # those of the latest message alone
    search_text: str = ""  # what retrieval searches for (English questions with Swedish words added)
    attribute: str = ""  # person, place, time, party, amount, count, reason, list, or "" (open question)
    roles: tuple[str, ...] = ()  # "tredje vice ordförande", "justerare" …
    references: tuple[Reference, ...] = ()
    dates: tuple[date, ...] = ()
    unresolved_dates: tuple[date, ...] = ()  # named dates that are no meeting in the index
    period: Period = Period()
    bodies: tuple[str, ...] = ()  # bodies of the index the question names
    bodies_in_full: bool = False  # by all their words, not only by a head noun ("arbetsutskottet")
    organisations: tuple[str, ...] = ()  # organisations of the index the question names, and other names it used
    meetings: tuple[str, ...] = ()  # doc ids of the meetings that body and date name
    appended_only: bool = False  # those meetings' minutes are only appended to other documents
    filters: Filters = field(default_factory=Filters)
    doc_kind: str = ""  # "kallelse" or "protokoll" when the question names the kind of document
    about_decisions: bool = False
    asks_minutes: bool = False  # about what a protokoll records (justerade, beslutade …)
    said_before: frozenset[str] = frozenset()  # a follow-up's: the terms of the answer it follows
    documents_english: bool = False  # the meetings it names are in English: met through the glossary and embedder

    @property
    def topic(self) -> frozenset[str]:
        """The terms that say what the question is about: without the words of a body or dates that became
        search filters, which chose the meeting and say nothing about which passage answers."""
        dated = DATE_TERMS if self.filters.date_from or self.filters.date_to else frozenset()
        named = content_terms(self.filters.body) | words_naming(self.bodies, self.standalone) | INDEFINITE
        if dated:  # the meeting a date names, or its document, says no more which passage answers
            named |= {t for t in self.terms if is_meeting_word(t) and not another_meeting(t, self.bodies)
                      or t in MEETING_DOCUMENTS or t in MEETING_KINDS}  # "styrelsemötet i maj", "det extrainsatta
            # sektionsmötet", not the "institutionsmöte" its minutes tell of
            named -= documents_asked_about(self.standalone.casefold())
        quantity = QUANTITY_TERMS if QUANTITY_FRAME.search(self.standalone.casefold()) else frozenset()
        framed = self._day_frame | self._outcome_frame | (TIME_FRAME if self.attribute == "time" else frozenset())
        topic = frozenset(self.terms - named - dated - quantity - framed - self._kept_minutes) or self.terms
        topic = frozenset(officer_of_meeting(t) or t for t in topic)  # "mötesordf": the meeting's "ordförande"
        return topic | {head for t in topic if (head := listed_under(t))} if self.attribute == "list" else topic

    @property
    def subject_terms(self) -> frozenset[str]:
        """The terms without the words that only ask: "hur mycket", a modal verb ("får", "ska"), and for an
        amount the cost words ("kostar"), which a passage stating the sum need not repeat."""
        asking = ASKING_TERMS | INDEFINITE | (COST_TERMS if self.attribute == "amount" else frozenset()) | \
            self._outcome_frame  # "reserverade sig nån": someone, no subject a passage must name
        if self.attribute == "time":  # "vilken dag sammanträdde ksau och behandlade X": X is the subject
            low = self.standalone.casefold()
            asking |= self._day_frame | (_DAG if _WHICH_WEEKDAY.search(low) else frozenset()) | \
                content_terms(" ".join(MET_AT_MEETING.findall(low)))
        of_month = {t for t in self.terms if is_meeting_word(t) and t.startswith(tuple(MONTHS))}  # "majmötet": the
        # month's meeting, which no document calls so
        filtered = words_naming(self.bodies, self.standalone) if self.filters.body else frozenset()  # "ktn § 76":
        # the body the search is narrowed to, which its minutes need not name
        return frozenset(self.terms - asking - of_month - filtered) or self.terms

    @property
    def _kept_minutes(self) -> frozenset[str]:
        """"vem förde protokollet": the secretary asked, whose row says "Sekreterare", not what they did."""
        kept = KEPT_MINUTES.search(self.standalone.casefold()) if "sekreterare" in self.roles else None
        return frozenset(content_terms(kept.group())) if kept else frozenset()

    @property
    def _day_frame(self) -> frozenset[str]:
        """"vilket datum", "what date", "hur dags": they ask when, and no passage need say "datum"."""
        return _DATUM if _WHICH_DAY.search(self.standalone.casefold()) else frozenset()

    @property
    def _outcome_frame(self) -> frozenset[str]:
        """The words that ask for an outcome ("vad kom nämnden fram till om X"): they name no topic."""
        return OUTCOME_TERMS if ASKS_OUTCOME.search(self.standalone.casefold()) else frozenset()

    @property
    def asks_notice(self) -> bool:
        """About what an agenda itself says: its items, their proposals, who presents them."""
        return self.doc_kind == "kallelse" or bool(re.search(r"föredra|förslag|föresl|\bpropos|\bpresent", self.standalone.casefold()))

    @property
    def identifying(self) -> frozenset[str]:
        """The words of the property designations, case numbers, organisations and bodies' initials ("SRB") the
        question names: they say which item or document, not which sentence of it answers."""
        named = [r.value for r in self.references if r.kind in ("fastighet", "dnr")] + list(self.organisations) + \
            [abbreviation for body in self.bodies for abbreviation in abbreviations(body) if len(abbreviation) >= 3]
        compact = [fold_name(o).replace(" ", "").replace("-", "") for o in self.organisations]
        joined = {t for t in self.topic if len(t) >= 5 and any(t in c for c in compact)}  # "budoklubb": "Budo Klubb"
        return frozenset(content_terms(" ".join(named))) | joined

    @property
    def focus_topic(self) -> frozenset[str]:
        return frozenset(self.focus & self.topic)

    @property
    def english(self) -> bool:
        return self.language == "en"

    def reference(self, kind: str) -> Reference | None:
        return next((r for r in self.references if r.kind == kind), None)


@dataclass(frozen=True)
class IndexFacts:
    """What the index knows beyond its meetings that a question is resolved against."""

    organisations: dict[str, str] = field(default_factory=dict)  # doc id → its organisation, blank when not known
    aliases: dict[str, str] = field(default_factory=dict)  # another name of an organisation → its name
    mentioned: list[tuple[str, str]] = field(default_factory=list)  # (date, body) of meetings named as held
    designations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "GRESSELA 6:9" → documents naming it
    numbers: dict[str, str] = field(default_factory=dict)  # doc id → its meeting's number as written ("nr 9")


def analyse(question: str, history: list[Message] | None, meetings: list[Meeting], correct: "Corrector",
            filters: Filters | None = None, known: IndexFacts | None = None, owner: str = "") -> Question:
    """``owner``: an organisation to read the question as naming."""
    known = known or IndexFacts()
    standalone = written_out(_SLOPPY_AND.sub("och", standalone_question(question, history)))  # "när o var", "mkt"
    low = with_full_months(standalone.casefold())
    english = is_english(question)
    plain = without_case_numbers(standalone)  # "dnr KS/2014:238" asks no body
    expanded = f"{standalone} {glossary_words(standalone)}" if english else \
        without_premise(f"{standalone} {meeting_words(plain)}".strip())
    terms = _question_terms(expanded, correct)
    latest = f"{question} {glossary_words(question)}" if english else \
        without_premise(f"{written_out(question)} {meeting_words(question)}")
    focus = frozenset(correct(t) for t in content_terms(latest))
    owners = known.organisations
    named_owners, aliased = ((owner,), ()) if owner else organisations_named(expanded, owners, known.aliases)
    of_named = [m for m in meetings if owners.get(m.doc_id) in named_owners]
    theirs = of_named or meetings  # "brf imatras stämma": not another association's body "Stämma"
    in_full = bodies_named_in_full(not_elected_to(without_case_numbers(expanded.casefold())), theirs, plain)
    dates, unresolved = _dates(when := when_asked(question, standalone, low), meetings, in_full)
    dates = dates or numbered_or_placed_day(when, theirs, known.numbers, known.organisations,
                                            _period(when, meetings, []))  # "nr 9", "i Örebro"
    days = dates or _days_in(_period(when, meetings, []), meetings)  # the days of the meetings the question names
    bodies = meeting_at(low, of_named if named_owners else meetings, _bodies_named(
        without_case_numbers(low), without_case_numbers(expanded), in_full, theirs, days, named_owners), days) or \
        ([filters.body] if filters and filters.body else [])  # the body chosen (or named by the question's other part)
    references = references_of(low, known.designations)
    naming = documents_naming(references, known.designations)
    period, held = _period_asked(when, meetings, bodies, known.mentioned, naming)
    if later := after_the_named(low, dates, period):  # "togs det upp igen?": not only the meeting named
        period, dates = later, []
        if put_off_matter(low):  # "ansvarsfriheten som sköts upp på vårmötet": ended at a later meeting of any organ
            named_owners = named_owners or tuple({owners.get(m.doc_id, "") for m in theirs if m.body in bodies} - {""})
            held = [m.meeting_date for m in theirs if not bodies or m.body in bodies]
            period, bodies = after_put_off(later, held), []
    terms |= _year_of_mentioned(when, period, meetings, held)  # the mentioned meetings of the bodies named
    if filters and (filters.date_from or filters.date_to):  # the user's date filter wins over "i våras"
        period = Period(filters.date_from, filters.date_to)
    asked = Question(
        text=question, standalone=standalone, language="en" if english else "sv", terms=terms, focus=focus,
        said_before=frozenset(content_terms(previous_answer(history))) if standalone != question else frozenset(),
        search_text=expanded, attribute=attribute_asked(question.casefold(), low),
        roles=roles_asked(question.casefold(), low), references=references,
        organisations=named_owners + aliased, bodies_in_full=bool(in_full),
        dates=tuple(dates), unresolved_dates=tuple(unresolved), period=period, bodies=tuple(bodies),
        about_decisions=bool(DECISION_WORDS.search(low) or ASKS_OUTCOME.search(low) or put_off_matter(low)),
        doc_kind=doc_kind_asked(low), asks_minutes=bool(_ASKS_MINUTES.search(low)),
    )
    return _narrowed(asked, low, meetings, owners, named_owners, bool(in_full), filters or Filters())


def _narrowed(asked: Question, low: str, meetings: list[Meeting], owners: dict[str, str], named_owners: tuple[str, ...],
              in_full: bool, given: Filters) -> Question:
    """The question with the meetings it names and the filters they make."""
    bodies, dates, period = list(asked.bodies), list(asked.dates), asked.period
    month_named = names_month(low)
    allowed = of_named_organisations(owners, named_owners)
    mine = [m for m in meetings if allowed is None or m.doc_id in allowed]
    if allowed is not None and (bodies or dates) and not _named_meetings(mine, bodies, dates, period):
        allowed = of_named_organisations(owners, named_owners, unknown_too=True)  # its minutes may not say its name
        mine = [m for m in meetings if m.doc_id in allowed]
    opened = [] if bodies or dates else opened_at(low, mine)  # "DM-mötet som Lovisa Runhem öppnade kl 17.38"
    chosen = opened or _named_meetings(mine, bodies, dates)
    in_period = [m for m in chosen if within(m.meeting_date, period)] if (bodies or month_named) and not dates else []
    if bodies and not dates and (period.since or period.until):  # "styrelsen i december 2025": under either name
        in_period = [m for m in of_organs(mine, bodies) if within(m.meeting_date, period)]  # of the board
    undated = undated_reports(chosen, mine, bodies, period) if not dates and allowed is None else []
    found = in_period or undated or chosen
    if found and bodies and not {m.body for m in found} <= set(bodies):  # named by its organ: filter by its names
        bodies = list(dict.fromkeys(m.body for m in found if m.body))
        asked = replace(asked, bodies=tuple(bodies))
    narrowed = bodies or dates or allowed is not None or in_period or opened
    asked = replace(asked, meetings=tuple(m.doc_id for m in found) if narrowed else (),
                    appended_only=bool(found) and all(m.doc_type == APPENDED_MINUTES for m in found))
    met_then = any(within(m.meeting_date, period) for m in (chosen if in_full else mine))
    documents = sorted(m.doc_id for m in (opened or undated)) if (opened or undated) and not in_period else \
        sorted(allowed or ())
    return replace(asked, filters=_filters(asked, given, meetings, bool(in_period), met_then, tuple(documents)))


def _question_terms(expanded: str, correct: "Corrector") -> frozenset[str]:
    """The question's words as the documents spell them; "medlemsantalet" as the members it counts."""
    terms = {correct(t) for t in content_terms(expanded) | item_compound_heads(expanded)}
    return frozenset(t[:-5].removesuffix("s") if t.endswith("antal") and len(t) >= 9 else t for t in terms)


def _bodies_named(low: str, expanded: str, in_full: list[Meeting], theirs: list[Meeting], days: list[date],
                  named_owners: list[str]) -> list[str]:
    asked = content_terms(expanded.casefold())
    bodies = source_named(low, theirs) or meeting_among(in_full) or \
        named_by_head_noun(unmodified_terms(expanded.casefold()), theirs, days)
    if only_at_another_meeting(low, asked, bodies):
        return []
    # the "sektionens" of "medieteknik-sektionens" is the named Sektionen för Medieteknik, not a body "Sektionen"
    return [b for b in bodies if not any(fold_name(b) in fold_name(o).split() for o in named_owners)]


def _period_asked(low: str, meetings: list[Meeting], bodies: list[str], mentioned: list[tuple[str, str]],
                  holding: set[str]) -> tuple[Period, list[str]]:
    """The period asked, and the days of mentioned meetings it may mean; "i februari" by a property: its item's."""
    held = [day for day, body in mentioned if not holding and (not bodies or body in bodies)]
    return _period(low, [m for m in meetings if m.doc_id in holding] or meetings, bodies, held), held


def _year_of_mentioned(low: str, period: Period, meetings: list[Meeting], mentioned: list[str]) -> set[str]:
    """"i oktober" resolved to a meeting only mentioned ("sammanträdet 2024-10-11"): its year, a word of the question."""
    only_mentioned = any(day[:7] == period.since[:7] for day in mentioned) and \
        not any(m.meeting_date[:7] == period.since[:7] for m in meetings)
    return {period.since[:4]} if names_month(low) and only_mentioned else set()


def _named_meetings(meetings: list[Meeting], bodies: list[str], dates: list[date],
                    period: Period | None = None) -> list[Meeting]:
    """The meetings of the bodies and on the dates the question names (in its period, when given one)."""
    days = {d.isoformat() for d in dates}
    found = [m for m in meetings if (not bodies or m.body in bodies) and (not days or m.meeting_date in days)
             and (period is None or not (period.since or period.until) or within(m.meeting_date, period))]
    if found or not (bodies and days):
        return found
    by_organ = [m for m in of_organs(meetings, bodies) if m.meeting_date in days] or \
        [m for m in of_kind(meetings, bodies) if m.meeting_date in days]  # "styrelsen den 13 mars", "au 21 oktober"
    return by_organ or [m for m in meetings if not m.body and m.meeting_date in days]  # minutes that name no body


def with_english_words(q: Question, knows: Callable[[str], bool]) -> Question:
    """A Swedish question about minutes written in English, with the English words they use for its words
    ("vem valdes till kassör": elected, treasurer)."""
    added = english_words(q.standalone, knows)
    terms = frozenset(t for word in added for t in content_terms(word))
    return replace(q, terms=q.terms | terms, focus=q.focus | terms, search_text=" ".join([q.search_text, *added]),
                   documents_english=True)


class Corrector:
    """A term as the documents spell it: itself when known, else the closest corpus term (a typo)."""

    def __init__(self, known) -> None:  # known: LexicalIndex.known
        self._known = known

    def __call__(self, term: str) -> str:
        return self._known(term) or term

    def knows(self, word: str) -> bool:
        """Whether the documents use this word itself (an English word beside Swedish ones)."""
        return bool(word) and all(self._known(term) == term for term in content_terms(word))


def _dates(low: str, meetings: list[Meeting], bodies: list[str]) -> tuple[list[date], list[date]]:
    """Dates the question names; a day and month without a year is the meeting on that day (any year), of the body
    named when it met then, in the one year of meetings the question names ("första mötet 2019 (30 jan)")."""
    meeting_days = sorted({m.meeting_date for m in meetings if m.meeting_date}, reverse=True)
    theirs = sorted({m.meeting_date for m in meetings if m.meeting_date and m.body in bodies}, reverse=True)
    found: list[date] = []
    low = with_numbered_days(low)  # "den fjortonde juni"
    for y, m, d in ISO_DATE.findall(low) + [(y, m, d) for d, m, y in _NUMERIC_DATE.findall(low)]:
        found += [x for x in [safe_date(int(y), int(m), int(d))] if x]
    named = years_met_in(low, meeting_days)
    spoken = [(d, MONTHS.index(month) + 1, y) for d, month, y in _DAY_MONTH.findall(low)]
    spoken += [(d, ENGLISH_MONTHS[month], y) for d, month, y in _ENGLISH_DATE.findall(low)]
    spoken += [(d, ENGLISH_MONTHS[month], y) for month, d, y in _ENGLISH_DATE_US.findall(low)]
    for d, number, y in spoken:
        if y:
            found += [x for x in [safe_date(int(y), number, int(d))] if x]
            continue
        same_day = [iso[:4] for iso in theirs + meeting_days if iso[5:] == f"{number:02d}-{int(d):02d}"]
        years = [x for x in same_day if x in named] or (named if len(named) == 1 else same_day) or meeting_days[:1]
        found += [x for x in [safe_date(int(years[0][:4]) if years else date.today().year, number, int(d))] if x]
    compact = set(_COMPACT.findall(low))  # "styrelsemötet 960422"; "mötet 14/3", "24/2 -17"
    found += [d for d in map(date.fromisoformat, meeting_days) if d.strftime("%y%m%d") in compact]
    found += slashed_days(low, theirs + meeting_days)
    found, known = list(dict.fromkeys(found)), set(meeting_days)
    return [d for d in found if d.isoformat() in known], [d for d in found if d.isoformat() not in known]


def _period(low: str, meetings: list[Meeting], bodies: list[str], mentioned: list[str] = ()) -> Period:
    mine = [m for m in meetings if m.meeting_date and (not bodies or m.body in bodies)]
    with_minutes = [m.meeting_date for m in mine if m.doc_type in MINUTES_TYPES] or [m.meeting_date for m in mine]
    return resolve_period(low, with_minutes, list(mentioned))


def _days_in(period: Period, meetings: list[Meeting]) -> list[date]:
    """The days meetings were held in a period ("i början av februari 2026": those of February 2026)."""
    return [date.fromisoformat(m.meeting_date) for m in meetings if period.since and within(m.meeting_date, period)]


# "inför årsmötet": also what the board or a member wrote for it, not only the meeting's own documents
AHEAD_OF_MEETING = re.compile(r"\binför (?:[\w:]+ ){0,2}\w*(?:möte|stämma|sammanträde)")


def _filters(asked: Question, given: Filters, meetings: list[Meeting], body_in_period: bool, met_then: bool,
             documents: tuple[str, ...]) -> Filters:
    """The user's own filters win; else the documents of the organisation named, the body named (when the
    index holds several, and the question names it in full and by more than one generic word such as
    "Styrelsen", unless a date goes with it), and the meeting date named, or the period of a decision question
    when a meeting was held then, or of a named body that met then ("årsmötet 2023")."""
    if given.narrows():
        return given
    several_bodies = len({m.body for m in meetings if m.body}) > 1
    specific = asked.bodies_in_full and len(asked.bodies[0].split()) > 1 if asked.bodies else False
    ahead = AHEAD_OF_MEETING.search(asked.standalone.casefold())
    body = asked.bodies[0] if len(asked.bodies) == 1 and several_bodies and not ahead and \
        (specific or body_in_period or bool(asked.dates)) else ""  # "valberedningen 2017" without a meeting then
    since = until = ""
    if asked.dates:
        since, until = min(asked.dates).isoformat(), max(asked.dates).isoformat()
    elif (asked.about_decisions or names_month(asked.standalone.casefold())) and met_then or body_in_period:
        since, until = asked.period.since, asked.period.until  # a year no meeting was held is the topic's
    return Filters(documents=documents, body=body, date_from=since, date_to=until, groups=given.groups)
