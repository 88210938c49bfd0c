"""Reasons to refuse before answering: a named meeting, minutes or property that the documents do not hold,
or a subject word the documents never use. Each returns a Swedish sentence saying what is missing, or ""."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import PurePath

from assistant.answer.extractive import Citation, topic_terms
from assistant.answer.english import PARAPHRASES
from assistant.answer.asked import QUANTITY_TERMS, REASON_TERMS, officer_of_meeting
from assistant.answer.bodies import MEETING_KINDS, is_meeting_word, of_organs
from assistant.answer.periods import (DATED_MEETING, ENGLISH_MONTH, MONTH_ONLY, Period, names_owned_meeting, within,
                                      season_named, years_asked)
from assistant.answer.questions import AHEAD_OF_MEETING, DATE_TERMS, Question
from assistant.answer.known_words import (UNKNOWN_MIN_CHARS, definite_base, head_in, known_part_of_document,
                                          known_parts, neuter_base, parts_said_together, said_in_english, stem_prefix)
from assistant.answer.lookup import names_property
from assistant.answer.narrowing import section_year
from assistant.answer.retrieval import Hit
from assistant.documents.dates import parse_date
from assistant.index.lexical import LexicalIndex
from assistant.index.meetings import MINUTES_TYPES, Meeting
from assistant.swedish import (ENGLISH_MONTHS, MONTHS, YEAR, content_terms, fold, looks_like_verb, parties_named,
                               words)

COMMON_IDF = 3.5  # a word in more than about one passage in thirty ("uppdrag") may be a paraphrase, not a subject
_LIST_HEAD = re.compile(r"(?<=\bvilka )\w+|(?<=\bvilken )\w+|(?<=\bvilket )\w+", re.IGNORECASE)
# "vad stod på dagordningen utöver formalia": what is left out, which the documents need not name
_EXCEPT = re.compile(r"\b(?:utöver|förutom|bortsett från|except|besides)\s+(?:de |den |det |the )?\w+", re.I)
_FRAMING = content_terms("möte mötet mötets sammanträde sammanträdet sammanträdets meeting klockslag klockslagen "
                         "klockan tidpunkt tidpunkten innehåller innehöll innehålla innehållet framöver hittills "
                         "paragraf paragrafen punkt punkten version versionen utgåva utgåvan sidfot sidfoten sidhuvud "
                         "sidhuvudet veckodag veckodagen behandla behandlas behandlades behandlats "
                         "avgöra avgjorde avgjordes avgjort annorlunda invändning invändningar synpunkt synpunkter "
                         "åsikt åsikter samma detsamma densamma likadant likadan fortfarande ännu dagordning tänkbar "
                         "tänkbara tänkbart möjlig möjliga möjligt aktuell aktuella aktuellt eventuell eventuella "
                         "dagordningen föredragningslista föredragningslistan kallelse kallelsen "
                         "godkänd godkänt godkända beviljad beviljat beviljade antagen antaget antagna bifallen "
                         "bifallet bifallna avslagen avslaget avslagna") | REASON_TERMS  # the outcome asked
# which meeting or document version, what is asked of it (a time, its content, its reason, its outcome, a stance:
# "hade nämnden några invändningar mot …", a comparison: "detsamma som förslaget", "tänkbara") or what a meeting does
# with it ("vilka motioner ska behandlas på stämman", "avgjorde … annorlunda än förvaltningen föreslog"): never what it
# is about
_OTHER_DECIDER = re.compile(r"domstol|länsstyrelse|lansstyrelse|regering|riksdag|myndighet|verket\b")  # a decision not of ours
# "protokollet som anslogs den 17 maj", "som justerades 19 april": the day the minutes were posted or checked, which
# their head states, not the day of the meeting
_POSTED = re.compile(r"\b(?:anslogs|anslagits|anslaget|justerades|justerats|justerat)\b")
AFTER_BODY_CHARS = 60  # "Förbundsårsmötet den 26-27 mars 2022": the day a sentence gives a meeting it names
_MONTHS_PAPER = re.compile(r"s?(?:möte|sammanträde|stämm|protokoll|kallelse|dagordning)")  # not "majoritet"


def missing_reason(q: Question, hits: list[Hit], meetings: list[Meeting], lexical: LexicalIndex,
                   scope: Callable[[], str] | None = None, found: frozenset[str] = frozenset()) -> str:
    """``scope``: the text of the documents the question's own words narrowed it to (a body, a meeting, an
    organisation), read only when needed; ``found``: words of what a lookup found there though the text may not
    say them (the role of the one "väljs att skriva kvällens protokoll")."""
    return (missing_meeting(q, hits) or missing_period(q, meetings, scope, hits) or missing_minutes(q, meetings, scope)
            or missing_body(q, meetings) or missing_designation(q, hits)
            or unknown_subject(q, lexical) or (unknown_in_scope(q, scope(), lexical, found) if scope else ""))


def year_not_cited(q: Question, citations: list[Citation], around: Callable[[Citation], str] | None = None) -> str:
    """A year (or month of it) the question names ("under 2025", "i juni 2021", not "i maj" of a guessed year) or
    asks something for ("kassör för 2026") that no cited passage mentions (quote, heading, title, date). Not a year
    something is for beside the meeting that set it ("budgeten för 2023 som höstmötet 2022 fastställde"). ``around``:
    the text before a looked-up line ("Mötet valde följande styrelse för 2025:" over "Ordförande: Ada Björnebro")."""
    since, until = q.period.since, q.period.until
    whole_years = q.period.whole_years and not q.filters.date_from
    in_a_year = bool(since) and since[:4] == until[:4] and not q.filters.date_from and since[:4] in q.standalone
    one_month = in_a_year and since[:7] == until[:7]  # "i juni 2021"; else "hösten 2016"
    is_for = years_asked(q.standalone) if not DATED_MEETING.search(q.standalone.casefold()) else set()
    if not citations or q.dates or not (whole_years or in_a_year or is_for):
        return ""  # no year, or one the search was already narrowed to
    years = [str(y) for y in range(int(since[:4]), int(until[:4]) + 1)] if whole_years or in_a_year else \
        sorted(is_for)  # "taxa för 2025": the year it is for
    operating = [f"{a[2:]}/{b[2:]}" for a, b in zip(years, years[1:])]  # "verksamhetsåret 17/18"
    said = " ".join(f"{c.quote} {c.location} {c.meeting_date} {c.document_title} {around(c) if around else ''} "
                    f"{'' if c.meeting_date else PurePath(c.source_path).name}"  # an undated page: its file name's year
                    for c in citations)
    if any(year in said for year in years + operating):
        return ""
    told = f"{MONTHS[int(since[5:7]) - 1]} {since[:4]}" if one_month else " eller ".join(years)
    return f"Det jag hittar i underlagen gäller inte {told}."


def _spoken(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _written_forms(day: date) -> list[str]:
    """A date as documents write it: "2022-09-05", "5 september 2022", "5.9.2022", "05.09.2022"; and, the year left
    to the reader, "8/4" and "8 april" (notes of a series of meetings); in English minutes "6 march", "march 6"."""
    english = next(m for m, number in ENGLISH_MONTHS.items() if number == day.month)
    return [day.isoformat(), _spoken(day).casefold(), f"{day.day}.{day.month}.{day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}", f"{day.day}/{day.month}", f"{day.day} {MONTHS[day.month - 1]}",
            f"{day.day} {english}", f"{english} {day.day}"]


_PLANNED = re.compile(r"\bplanera[ds]?\b|\bplanerat\b|sammanträdestid|sammanträdesplan|mötesplan|årshjul|\bska\b[^?]*"
                      r"\bsammanträda\b|\bboka(?:s|t|de|des)\b|\bskulle\b[^?]*\bhållas\b")  # "vilket datum skulle det
# extra årsmötet bokas in": the board's minutes of that month tell of a meeting still to be held
_AUTHORED = r"s (?:proposition|förslag|skrivelse|yttrande|motionssvar|svar|rapport|beslutsförslag)"  # its author


def _named_as_author(bodies: tuple[str, ...], low: str) -> bool:
    """"enligt styrelsens proposition i februari": the month dates the document, or the meeting it went to. The
    body's names are its forms ("Styrelse", "Styrelsen")."""
    return any(re.search(rf"\b{re.escape(body.casefold())}{_AUTHORED}", low) for body in bodies)


def _dates_other_meeting(bodies: tuple[str, ...], low: str) -> bool:
    """"arvode till styrelsen … efter stämman 2025": the year is the stämma's, not a meeting of the body named."""
    dated = DATED_MEETING.search(low)
    if not dated or MONTH_ONLY.match(dated["meeting"]):  # "aprilmötet 2025": the body's own meeting that month
        return False
    return not any(fold(dated["meeting"])[:5] in fold(body.casefold()) for body in bodies)


# "hur många styrelsemöten hade de 2012": a year's tally, which its annual report gives, not one meeting of it
_MEETINGS_COUNTED = re.compile(r"\bhur många [a-zåäö]*(?:möten|sammanträden|stämmor)\b|\bhow many [a-z]*\s?meetings\b")


def missing_period(q: Question, meetings: list[Meeting], told: Callable[[], str] | None = None,
                   hits: Sequence[Hit] = ()) -> str:
    """A body named in full that did not meet in the month the question names ("nämnden i april 2025"), or in
    the year it names ("när hölls vårmötet 2020"), is not answered from its other meetings, unless a passage
    found tells of that meeting ("inför Förbundsårsmötet den 26-27 mars 2022"). ``told``: the text of the
    documents the question was narrowed to."""
    low = q.standalone.casefold()
    month = MONTH_ONLY.search(low) or ENGLISH_MONTH.search(low)  # "in October 2018" too
    about_meeting = bool(YEAR.search(low)) and (q.attribute in ("time", "place") or any(
        is_meeting_word(t) for t in content_terms(low)))  # "vem valdes på årsmötet 2016" (not "styrelse 2017")
    # "vilken dag i oktober är sammanträdet planerat": a schedule answers; a month beside the date of a meeting
    # held ("15.9.2022 – om mötet i oktober") is its topic
    if not (month or about_meeting) or not q.bodies_in_full or not (q.period.since or q.period.until) or \
            _PLANNED.search(low) or q.dates or _named_as_author(q.bodies, low) or _dates_other_meeting(q.bodies, low) \
            or _MEETINGS_COUNTED.search(low) or AHEAD_OF_MEETING.search(low):  # "förslag inför årsmötet 2011": the
        # board's minutes of that year tell what it would propose
        return ""
    scope = set(q.filters.documents)  # the organisation named ("IX:s årsmöte 2022"), or the user's own choice
    theirs = [m for m in of_organs(meetings, q.bodies) if m.meeting_date and (not scope or m.doc_id in scope)]
    if not any(m.body in q.bodies for m in theirs) or any(within(m.meeting_date, q.period) for m in theirs):
        return ""  # only the named body's own dated meetings say it did not meet; its stämma or möte may have
    if any(not m.meeting_date and m.body in q.bodies and (not scope or m.doc_id in scope) for m in meetings) and \
            told and q.period.since[:4] in told():
        return ""  # an undated document of the body tells of that year ("Referat från årsmöten" of 2002–2010)
    if any(_tells_of(h.chunk.text, q.bodies, q.period) or within(h.chunk.meta.meeting_date, q.period)
           and names_owned_meeting(low, f"{h.chunk.context} {h.chunk.text}") for h in hits):
        return ""  # the board's report tells of the annual meeting of that year (or another's: "alliansens årsmöte")
    if any(not m.body and within(m.meeting_date, q.period) and (not scope or m.doc_id in scope)
           for m in meetings):
        return ""  # a notice of that time that names no body ("Inbjudan till hembygdsdagen", whose programme holds
        # the årsmöte) may be the body's
    when = season_named(low) or (f"i {MONTHS[int(q.period.since[5:7]) - 1]} {q.period.since[:4]}" if month
                                 else f"under {q.period.since[:4]}")
    return f"{q.bodies[0]} har inget sammanträde {when} i underlagen."


def _tells_of(text: str, bodies: tuple[str, ...], period: Period) -> bool:
    """Right after one of the bodies, in the same sentence, the text names a day in the period ("Förbundsårsmötet den
    26-27 mars 2022"), or the year when a whole year is asked ("förbundsårsmötet 2022"), not another meeting's day
    ("Byggnadsnämndens arbetsutskott 2024-02-29" of April 2024)."""
    low = text.casefold()
    year = period.since[:4] if period.whole_years and period.since[:4] == period.until[:4] else ""
    for body in (b for b in bodies if len(b) > 5):
        for named in re.finditer(rf"\b{re.escape(body.casefold()[:-2])}\w*", low):
            after = re.split(r"[.?!]", low[named.end():named.end() + AFTER_BODY_CHARS])[0]
            if (day := parse_date(after)) and within(day, period) or \
                    year and re.search(rf"\b{year}\b(?!-\d)", after):
                return True
    return False


def missing_meeting(q: Question, hits: list[Hit]) -> str:
    """A date that is no meeting in the index must not be answered from other meetings, unless what was found
    mentions it (an agenda names the previous meeting's date); a question about the minutes of a meeting that
    is not in the index is refused even then, unless it also names a meeting that is, whose minutes mention the
    other ("stadsstyrelsens beslut 5.9.2022, redovisat för välfärdsnämnden 15.9.2022")."""
    found_text = " ".join(h.chunk.text for h in hits).casefold()
    for day in q.unresolved_dates:
        kind = "Protokollet" if q.asks_minutes else "Sammanträdet"
        mentioned = any(re.search(rf"(?<![\d.]){re.escape(form)}(?!\d)", found_text) for form in _written_forms(day))
        reported = mentioned and any(section_year(h) == str(day.year) for h in hits)  # "Årsmötet 2007" of a page
        # of reports: that meeting's report, which names who chaired it
        if not mentioned or q.asks_minutes and not q.dates and not _OTHER_DECIDER.search(q.standalone.casefold()) \
                and not _POSTED.search(q.standalone.casefold()) and not reported:
            return f"{kind} från {_spoken(day)} finns inte i underlagen."
    return ""


_BODY_WORD = r"(?:[a-zåäö]+fullmäktige|[a-zåäö]{3,}(?:nämnden|styrelsen|utskottet|beredningen))"
# the body that decided or met: "vad beslutade kommunfullmäktige", "i kommunstyrelsen", "kommunstyrelsen beslöt"
_ACTING_BODY = re.compile(rf"\b(?:beslutade|beslöt|beslutat|fattade|tog) ({_BODY_WORD})\b"
                          rf"|\b({_BODY_WORD}) (?:har )?(?:beslutade|beslöt|beslutat|fattade|tog)\b")
_MEETING_BODY = re.compile(rf"(?<!sitter )(?<!satt )(?<!ingår )(?<!ingick )(?<!in )(?<!ledamot )(?<!ledamöter )"
                           rf"\b(?:i|på|hos|av) ({_BODY_WORD})\b")  # where a decision was taken, not where the
# ones elected sit ("vilka sitter i valberedningen som valdes 2025", "vem valdes in i styrelsen")


def missing_body(q: Question, meetings: list[Meeting]) -> str:
    """A body the question says decided or met ("vad beslutade kommunfullmäktige om …") of which the index holds
    no meeting: what another body proposed to it is no decision of its own."""
    low = q.standalone.casefold()
    # "i socialutskottet" beside a body of the index that met: what it elected, not where it met
    found = _ACTING_BODY.search(low) or q.about_decisions and not q.bodies and _MEETING_BODY.search(low)
    if not found:
        return ""
    named = next(g for g in found.groups() if g)
    stem = fold(re.sub(r"(?:en|et)$", "", named))
    if any(stem in fold(m.body.casefold()) for m in meetings if m.body):
        return ""
    return f"Underlagen innehåller inga handlingar från {named}."


# "vad yrkade styrelsen i propositionen", "enligt motionssvaret": what a proposal to the meeting says stands in it
_IN_PROPOSAL = re.compile(r"\b(?:i|enligt) (?:[\wåäö]+-)?(?:propositionen|motionen|motionssvaret|tjänsteskrivelsen"
                          r"|skrivelsen|förslaget)\b"
                          r"|\bföreslå(?:s|r)\b|\bförslag(?:et)? till beslut\b")  # "vad föreslås nämnden besluta":
# what the agenda proposes, which needs no minutes


_RECORDED = re.compile(r"\b(?:valdes|beslutade|beslöt|beslutades|beviljades|beviljade|antogs|godkändes|fastställdes)\b",
                       re.IGNORECASE)  # a notice that records decisions is minutes in all but its name
# a meeting page that goes on with the minutes' first paragraph: "§1 Val av justerare …" / "Ledamoten X utses att …
# justera dagens protokoll" (an agenda proposes the same words under its item's "Förslag till beslut", without "§")
_CHECKERS_CHOSEN = re.compile(r"^§\s*\d+[^\n]*\n(?:[^\n]*\n){0,3}?[^\n]*\b(?:utses|utsågs) att\b[^.]{0,120}\bjustera\b",
                              re.IGNORECASE | re.MULTILINE)


MINUTES_MISSING = "Protokollet från"  # how the refusal of a meeting whose minutes are not indexed opens


def missing_minutes(q: Question, meetings: list[Meeting], scope: Callable[[], str] | None = None) -> str:
    """A decision question about a meeting whose minutes are not indexed: say so instead of answering from
    that meeting's agenda as if its proposals were decisions. ``scope``: the text of the documents the question
    named, read only for a meeting named by its year."""
    if not q.about_decisions or _IN_PROPOSAL.search(q.standalone.casefold()):
        return ""
    with_minutes = {m.meeting_date for m in meetings if m.doc_type in MINUTES_TYPES}
    for day in q.dates:
        if day.isoformat() not in with_minutes and not (scope and _CHECKERS_CHOSEN.search(scope())):
            return f"{MINUTES_MISSING} {_spoken(day)} finns inte i underlagen."
    named = [m for m in meetings if m.doc_id in q.meetings and  # "beviljade vårmötet 2025 ansvarsfrihet": its notice
             within(m.meeting_date, q.period)]
    undated = [m for m in meetings if m.doc_type in MINUTES_TYPES and not m.meeting_date and m.body in q.bodies
               and q.period.since[:4] in f"{m.title} {m.doc_id}"]  # "Tillbakablick Förbundsmöte 2024": its year's
    if not q.dates and q.bodies_in_full and q.period.since and named and not undated and \
            all(m.body in q.bodies and m.meeting_date not in with_minutes for m in named) and \
            not (scope and _RECORDED.search(scope())):
        return f"{MINUTES_MISSING} {named[0].body.casefold()} {_spoken(date.fromisoformat(named[0].meeting_date))} " \
               f"finns inte i underlagen."
    return ""


def missing_designation(q: Question, hits: list[Hit]) -> str:
    """A property designation ("KYVIK 10:1") that none of the found passages mentions is not in the documents;
    typed without å, ä and ö ("alenas 1:3") it is still "ÄLENÄS 1:3"."""
    found = " ".join(f"{h.chunk.context}\n{h.chunk.text}" for h in hits)
    return next((f"{ref.value} nämns inte i underlagen." for ref in q.references
                 if ref.kind == "fastighet" and not names_property(ref.value, found)), "")




def unknown_subject(q: Question, lexical: LexicalIndex) -> str:
    """A subject word the documents never use, not even inflected or in a compound ("simhallen"), means the
    documents cannot answer: refuse instead of quoting whatever shares the other words. Not across languages:
    minutes written in English may say it in words the glossary does not know ("timlön": "130kr/hour")."""
    if q.english or q.documents_english or (q.about_decisions and q.reference("fastighet")):
        return ""  # the property names the item whose decision is asked; the rest is the asker's description of it
    def unknown(terms: set[str]) -> bool:  # a month or "vårstämman" names a meeting, not a subject
        return bool(terms) and all(len(t) >= UNKNOWN_MIN_CHARS and t not in DATE_TERMS and not is_meeting_word(t)
                                   and not lexical.known(t) and not lexical.known(neuter_base(t))
                                   and not lexical.has_prefix(stem_prefix(t)) and not lexical.ends_a_compound(t)
                                   and not lexical.has_prefix(definite_base(t))
                                   and not known_part_of_document(t, lexical) and not known_parts(t, lexical)
                                   and not parts_said_together(t, lexical) and not said_in_english(t, lexical)
                                   and not _officer_known(t, lexical)
                                   for t in terms)
    either = any(all(unknown(terms) for terms in alternatives) for alternatives in _subject_terms(q.text))
    return "Underlagen nämner inte det frågan gäller." if either else ""


def _officer_known(term: str, lexical: LexicalIndex) -> bool:
    """"mötesordf": the meeting's chair, whom minutes call "ordförande"."""
    officer = officer_of_meeting(term)
    return bool(officer) and lexical.has_prefix(officer)


def unknown_in_scope(q: Question, text: str, lexical: LexicalIndex, found: frozenset[str] = frozenset()) -> str:
    """A subject word that other documents use but the documents the question names never do ("kassör" of a
    nämnd whose minutes name none): the answer would come from elsewhere, so say so. Only words the corpus uses
    count, and only the rarer ones: a word found all over the corpus is as likely the asker's paraphrase ("fick
    styrelsen något uppdrag" of "ger styrelsen i uppgift"). An adverb the corpus never uses says nothing."""
    if q.english or q.documents_english or not text:
        return ""
    folded = fold(text.casefold())  # "det konstituerande styrelsemötet": the meeting, its minutes need not say it
    named = q.identifying | content_terms(" ".join(q.bodies)) | DATE_TERMS | MEETING_KINDS | found

    # "vilka uppgifter": the kind of thing asked, which a list of them need not name ("tog på sig ansvar för …")
    subject = _subject_terms(_EXCEPT.sub(" ", _LIST_HEAD.sub(" ", q.text)))
    idf = lexical.inverse_document_frequency
    present = [idf(t) for alternatives in subject for terms in alternatives for t in terms - named
               if lexical.known(t) == t and stem_prefix(t) in folded]

    def absent(terms: set[str]) -> bool:  # and no word of the question found there is more specific
        return not any(head_in(term, folded, lexical) for term in terms) and any(
            len(term) >= UNKNOWN_MIN_CHARS and lexical.known(term) == term and
            idf(term) >= max([COMMON_IDF] + present) and
            stem_prefix(term) not in folded for term in terms - named)  # not even inside a compound
    if any(all(absent(terms) for terms in alternatives) for alternatives in subject):
        scope = (q.bodies or q.organisations or ("de möten frågan gäller",))[0]
        return f"Underlagen för {scope} nämner inte det frågan gäller."
    return ""


_WHEN_RELATIVE_TO = {"efter", "före", "innan", "sedan"}


def _subject_terms(text: str) -> list[list[set[str]]]:
    """The topic terms of each word that is no verb (verbs frame a question: "diskutera", "avgjordes",
    "utgick"); a month before a word is that month's meeting ("marsprotokollet": "protokollet"). Words on either
    side of "eller" are alternatives ("fysiskt eller digitalt"): one of them found is enough, and so is the genre's
    word for what a word paraphrases ("mötesdatum": "sammanträdestider")."""
    found: list[list[set[str]]] = []
    either = False
    asked = words(text)
    for before, word in zip(["", *asked], asked):
        if word == "eller":
            either = bool(found)
            continue
        if looks_like_verb(word) or content_terms(word) <= QUANTITY_TERMS or parties_named(word) or \
                before in _WHEN_RELATIVE_TO:
            continue  # a party the minutes abbreviate ("centerpartiet": "(C)") is no subject they lack, nor the
            # event that says when ("efter invasionen")
        month = next((m for m in MONTHS if word.startswith(m) and _MONTHS_PAPER.match(word, len(m))), "")
        terms = content_terms(word[len(month):])
        if terms and terms <= _FRAMING:
            continue
        said = [topic_terms(content_terms(other)) for other in PARAPHRASES.get(word, "").split()]  # the genre's word
        if either:
            found[-1] += [topic_terms(terms), *said]
        else:
            found.append([topic_terms(terms), *said])
        either = False
    return found
