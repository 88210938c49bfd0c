"""Which meeting a question about the meeting itself means, and whether it asks about the meeting (its time,
place, officials) or about something that happened at it."""

from __future__ import annotations

import re

from assistant.answer.asked import BODYS_DOCUMENT
from assistant.answer.bodies import MEETING_KINDS, ORG_KINDS, is_meeting_word
from assistant.answer.english import glossary_words
from assistant.answer.lookup import FRAME, MEETING_TERMS, Context
from assistant.answer.questions import DATE_TERMS, Question
from assistant.index.meetings import MINUTES_TYPES, Meeting
from assistant.swedish import MEETING_WORD, content_terms, fold

MEETING_VERBS = content_terms("hålls hölls hålla äger ägde rum börjar började startar startade slutar slutade "
                              "avslutas avslutades öppnas öppnades pågår pågick varar varade klockan tid datum "
                              "plats lokal länge nästa föregående ska skall skulle enligt tänkt tänkta beräknas "
                              "beräknat planerat planerad")  # "när var det tänkt att sluta"
HEAD_CHARS = 600
BEST_DOCUMENTS = 3  # the documents whose words best match the question: where what it tells of may stand
_AT_WHICH = re.compile(rf"\b{MEETING_WORD}\s+(?:där|då)\b")
PRESENT_GROUPS = ("tjanste", "politi", "fortroendevald", "utov", "forutom")  # "vilka tjänstemän var med utöver politikerna"
_ENGLISH_FRAME = re.compile(r"\b(?:meetings?|committee|working|board|council|assembly|annual|spring|autumn|when|where|"
                            r"time|start|end|started|ended|place|room|minutes|agenda|held|open|opened|closed)\b")
OWNER_WORDS = 3
_PLACE_OF_BODY = re.compile(r"\b[\wåäö-]+(?:nämnden|nämnd|styrelsen|utskottet|fullmäktige|beredningen|förbundet|mötet|"
                            r"sammanträdet|stämman)\s+(?:i|hos)\s+((?:[A-ZÅÄÖ][\wåäöé-]*\s?){1,3})")
NEXT_MEETING = re.compile(r"\bnästa\b|\bnasta\b|\bnext\b|\bkommande\b")
_EARLIER_MEETING = re.compile(r"\bföregående\b|\bforegaende\b|\bförra\b|\bprevious\b")


_HAPPENED = re.compile(r"\b(?:öppnades|avslutades|förklarades|pågick|slutade|höll\s+(?:mötet\s+)?på)\b")


def fact_meetings(ctx: Context) -> list[Meeting]:
    """The meeting a header fact is read from: the one the question names; else, when the question says
    more than the fact it asks ("vem justerade protokollet från extramötet om uteslutningen"), the meetings of
    the best hits; a bare "vem justerar protokollet" means the latest meeting. Only meetings in the period the
    question names."""
    q = ctx.question
    found = ctx.latest_meetings(("kallelse", "protokoll")) if q.meetings or not rest_terms(q) else \
        ctx.ranked_meetings(("kallelse", "protokoll"))
    low = q.standalone.casefold()
    if _HAPPENED.search(low) and q.doc_kind != "kallelse":  # "när öppnades årsmötet 2019": what the minutes
        found = sorted(found, key=lambda m: m.doc_type not in MINUTES_TYPES)  # record, not the hour a notice called
    found = _of_the_kind_named(ctx, found)
    days = {day.isoformat() for day in q.dates}  # "on 30 March 2011": that day's meeting first
    found = sorted(found, key=lambda m: m.meeting_date not in days) if days else found
    if _AT_WHICH.search(low) and (rest := rest_terms(q)):  # "mötet där föreningen bildades": the minutes that tell it
        found = [m for m in found if _in_body_only(fold(ctx.texts.text(m.doc_id).casefold()), rest)] or found
    since, until = q.period.since, q.period.until  # "mötet 2021": no meeting of another year
    if not (since and until) or NEXT_MEETING.search(low) or _EARLIER_MEETING.search(low):
        return found  # "nästa sammanträde i februari": the period dates the meeting a notice announces
    return [m for m in found if not m.meeting_date or since <= m.meeting_date <= until]


def rest_terms(q: Question) -> set[str]:
    """The question's words beyond the meeting, its roles, verbs, dates and whose it is ("hos d-sektionen")."""
    asked = content_terms(glossary_words(_ENGLISH_FRAME.sub(" ", q.text.casefold()))) if q.english else q.topic
    return {t for t in asked - FRAME - MEETING_VERBS - DATE_TERMS - owner_terms(q.standalone) - q.identifying
            if len(t) >= 3 and not names_meeting(frozenset({t})) and not t.endswith(ORG_KINDS)
            and not t.startswith(PRESENT_GROUPS)}  # a prefix: the spelling correction may give "politisk"


def names_meeting(terms: frozenset[str]) -> bool:
    """The question names a meeting: "mötet", "sammanträdet", or a compound of them ("årsmötet",
    "föreningsstämman", "styrelsemötet")."""
    return bool(terms & MEETING_TERMS) or any(is_meeting_word(t) for t in terms)


def only_names_meeting(ctx: Context) -> bool:
    """When/where the meeting itself is, not something that happened at it ("när pausade vårmötet för
    pizza"): no word of the question beyond the meeting, its verbs and dates stands in the meeting's
    document without standing in its head (where the organisation and meeting are named)."""
    rest = rest_terms(ctx.question)
    meetings = ctx.latest_meetings(("kallelse", "protokoll"))
    if not rest or not meetings:
        return True
    told = _AT_WHICH.search(ctx.question.standalone.casefold())  # "vilken tid började mötet där föreningen bildades":
    best = [m for m in meetings if told and m.doc_id in ctx.order[:BEST_DOCUMENTS]]  # the meeting whose minutes
    if any(_in_body_only(fold(ctx.texts.text(m.doc_id).casefold()), rest) for m in best):  # tell it is the one asked
        return True  # about
    return not any(_in_body_only(fold(ctx.texts.text(m.doc_id).casefold()), rest) for m in meetings[:1])


def _in_body_only(text: str, terms: set[str]) -> bool:
    """A term stands below the document's head and not in it: as a word's start, or as the stem of a word
    ("röstsedeln": "Röstsedel")."""
    head, body = text[:HEAD_CHARS], text[HEAD_CHARS:]
    head_terms, body_terms = content_terms(head), content_terms(body)

    def stands(term: str, part: str, stems: set[str]) -> bool:
        return term in stems or re.search(rf"\b{re.escape(term)}", part) is not None
    return any(stands(t, body, body_terms) and not stands(t, head, head_terms) for t in terms)


def _of_the_kind_named(ctx: Context, meetings: list[Meeting]) -> list[Meeting]:
    """"När hade direktionen sitt konstituerande sammanträde?": the meetings whose head calls them so ("Protokoll
    från direktionens konstituerande sammanträde den 29 december 2022"), when one does."""
    kinds = MEETING_KINDS & ctx.question.terms
    if not kinds or ctx.question.dates:
        return meetings
    named = [m for m in meetings if any(re.search(rf"\b{re.escape(k)}", fold(ctx.texts.text(m.doc_id)[:HEAD_CHARS]
                                                                            .casefold())) for k in kinds)]
    return named or meetings


def owner_terms(question: str) -> set[str]:
    """The words of whose meeting it is, in the genitive before the meeting word: "brf doktor lindhs
    föreningsstämma", "fristads årsmöte" (back to the first word that frames the question), or a place named after
    the body: "barn- och utbildningsnämnden i Jönköping"."""
    placed = " ".join(m[1] for m in _PLACE_OF_BODY.finditer(question))  # "nämnden i Jönköping"
    tokens = re.findall(r"[\wåäöÅÄÖé-]+", question.casefold())
    owners: list[str] = []
    for i, token in enumerate(tokens[1:], 1):
        if not names_meeting(frozenset(content_terms(token))) or not tokens[i - 1].endswith("s"):
            continue
        j = i - 1
        while j >= 0 and i - j <= OWNER_WORDS and content_terms(tokens[j]) and \
                not content_terms(tokens[j]) & (FRAME | MEETING_VERBS):
            owners.append(tokens[j])
            j -= 1
    return content_terms(" ".join(owners + [placed]))


_MEETING_DOCUMENT = re.compile(rf"\b{BODYS_DOCUMENT}")  # a body's:
# "enligt styrelsens protokoll", not the meeting's own "enligt kallelsen"


def asks_another_meeting(question: str) -> bool:
    """"när flyttades årsstämman enligt styrelsemötet 9 april": the time of a meeting the minutes tell of, not
    of the meeting whose minutes say it."""
    low = question.casefold()
    source = re.search(r"\benligt\b", low)
    after = low[source.end():] if source else ""  # "… enligt styrelsens protokoll i juni": its minutes
    return bool(source) and names_meeting(frozenset(content_terms(low[:source.start()]))) and \
        (names_meeting(frozenset(content_terms(after))) or bool(_MEETING_DOCUMENT.search(after)))
