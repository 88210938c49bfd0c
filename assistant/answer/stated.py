"""What a question about a sum, a vote or a decision needs an answer to state, and where to find it when the best
quoted passage does not: the unit of the retrieved passages that states it and names the question's subject
("Med 2 ja-röster och 11 nej-röster … förslag från Heidi Hankanen Ängberg" beside her proposal, "Grundavgiften
för verksamheter sänks med 21%" beside the taxa's background). Only when none does is the attribute missing."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from assistant.answer.asked import ELECTED, MET_AT_MEETING
from assistant.answer.english import meeting_words
from assistant.answer.term_match import matches
from assistant.answer.sources import SourceTexts
from assistant.answer.intents import MONEY, counted_stem, counts
from assistant.answer.questions import Question
from assistant.answer.retrieval import Hit
from assistant.answer.units import Picked, Unit, every_unit, units_in, units_of
from assistant.swedish import MEETING_WORD, MONTHS, content_terms

UNDER_CHARS = 4  # at most a line break or two between the row head and the unit under it
SUBJECT_SHARE = 0.4  # a unit outside the item the answer quotes names at least this share of the subject
Test = Callable[[str], bool]

ASKS_COST = re.compile(r"kost|avgift|belopp|pengar|arvode|ersättning|budget|bidrag|hyra|anslag|cost|how much"
                       r"|\bkronor\b|\beuro\b|\btjäna(?:r|de)\b|\blön(?:en|er|erna)?\b"  # what someone earns
                       r"|underskott|överskott|resultat|vinst|förlust"  # "hur stort var underskottet": a sum too
                       r"|\bpris(?:et)?\b|timpris|\blån(?:et)?\b|låneram|hyresnivå")  # "för vilket pris", "hur stort lån"
_SHARE_ASKED = re.compile(r"\b(?:sänk|höj|ök|minsk|förändr|ändr)|andel|procent|\bhur stor del\b")  # "hur mycket sänks
# avgiften", "hur stor andel av kostnaderna": a percentage answers
_PERCENT = re.compile(r"\d+(?:[,.]\d+)?\s*(?:%|procent)", re.IGNORECASE)
VOTE = re.compile(r"omröstning|röst|reserver|\bvoter(?:ing|ade)|\bvot(?:e[sd]?|ing)\b|\babstain",
                  re.IGNORECASE)  # English minutes too
_BARE_SUM = re.compile(r"\b\d+(?:[,.]\d+)?\s?k\b|basbelopp", re.IGNORECASE)  # "10k av 27k", "1/4 inkomstbasbelopp"
# a budget's row "3041 Företag mässan  320 000" (thousands apart: no date, year or phone number): a total, so no
# answer to what each one pays ("per medlem", "en enskild medlem")
_BUDGET_FIGURE = re.compile(r"(?<![\d-])\b\d{1,3}(?:[ \u00a0]\d{3})+(?![\d-]| \d\d\b)"
                            r"|(?<![\d.,-])\d{3,}[.,]\d\d(?![\d.,-])")  # or in kronor and öre: "Hackday 1000.00"
_ASKS_DAY = re.compile(r"\bvilket datum\b|\bvilka datum\b|\bvilken (?:vecko)?dag\b|\bvilka dagar\b|\bvilken tid\b|\bwhat date\b"
                      r"|\bwhich day\b|\bwhat time\b")
# "när planeras inflyttningen": a day if the documents give one (a plan may only say "till sommaren")
_DEADLINE = re.compile(r"\bsenast\b", re.IGNORECASE)
_ASKS_WHEN = re.compile(r"\bnär\s+(?:planeras|ska|skall|skulle|kommer|beräknas|väntas)\b"
                        r"|\bsenast när\b|\bnär\b[^?]{0,60}\bsenast\b")  # a deadline: "senast när ville revisorerna …"
_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}(?::e|:a)?\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
                  r"|\b\d{1,2}[./]\d{1,2}\b|\b\d{1,2}[:.]\d\d\b|\bkl\.?\s*\d|(?:mån|tis|ons|tors|fre|lör|sön)dag"
                  rf"|\b(?:hösten|våren|sommaren|vintern|{'|'.join(MONTHS)})\s+(?:19|20)\d\d\b",
                  re.IGNORECASE)  # "hösten 2026", "i juni 2024"
_PER_UNIT = re.compile(r"\bper\b|\benskild|\bstyck|\bvarje\b|\bvar och en\b")
_VOTE_RESULT = re.compile(r"\b(?:ja|nej)-?röst|\d+\s+röster|\bröstade\b|\bröstsiffror|\d+\s+votes?\b|\bvoted\b"
                          r"|\b\d+\s+(?:ja|nej)\s+mot\s+\d+\s+(?:ja|nej)\b"  # "Votering: 30 ja mot 20 nej"
                          r"|\b\d+\s+(?:for|against|in favou?r)\b|\bvoting results?\b"
                          r"|\b\d+/\d+/\d+\b"  # "19/0/1 PASSED"
                          r"|\b[A-ZÅÄÖ][a-zåäö]+\s*=\s*\d+\b"  # "Julia = 14"
                          r"|\b\d+\s*=\s*(?:yes|no|ja|nej)\b",  # "10 = Yes"
                          re.IGNORECASE)
_NO_MEASURE = re.compile(r"\d+:\d+|\d{4}-\d\d-\d\d|§\s*\d+|\b(?:19|20)\d\d\b")  # "HAMMERÖ 9:24", a date
_ASKS_MEASURE = re.compile(r"\bhur (?:hög|höga|högt|lång|långa|långt|bred|breda|brett|djup|djupa|djupt|tjock|tjocka)\b")
# "vem ersatte Stig-Arne Tengmer", "vem tog över efter Hed", "X hoppade av – vem tog hans plats": someone else there
_REPLACED = re.compile(r"\b(?:ersatte|ersätter|ersätta|efterträdde|efterträder|efterträda|tog över|tar över|ta över"
                       r"|(?:tog|tar|ta|fick|får) (?:hans|hennes|deras|[a-zåäö-]+s) plats|replaced|succeeded)\b")
ASKS_WHO_ELECTED = re.compile(rf"\b(?:vem|vilka|who)\b.*{ELECTED.pattern}")
# "vilka föreslår valberedningen som ledamöter": the people put forward, not a sentence about the board's size
_ASKS_WHO_NOMINATED = re.compile(r"\b(?:vem|vilka)\b.*\b(?:föreslår|föreslås|föreslogs|nominerar|nomineras|nominerades)"
                                 r"\b.*\b(?:som|till)\b")
_ELECTS = re.compile(rf"{ELECTED.pattern}|\bvälj(?:a|er|s)\b|\butse[sr]?\b|\butnämn|\bnyval|\bomval|\bi ?stället för\b",
                     re.IGNORECASE)
_OFFICE_TAILS = ("ombud", "ansvarig", "ansvariga", "ordförande", "sekreterare", "kassör", "revisor", "ledamot",
                 "ersättare", "suppleant")
_CAPITALISED = re.compile(r"[A-ZÅÄÖÉÜ][a-zåäöéü'-]+")
_OFFICE_WORDS = content_terms("ordförande vice kassör sekreterare ledamot ledamöter ersättare revisor styrelsen styrelse "
                              "valberedning valberedningen mötesordförande justerare suppleant")


def measure_missing(text: str, low_question: str) -> bool:
    """"hur hög blir masten": a height, length or width asked, and the text gives no number but a property's, a date
    or a year (a level may be "14 personer per 1 miljon invånare", a fee "200 kr")."""
    return bool(_ASKS_MEASURE.search(low_question)) and not re.search(r"\d", _NO_MEASURE.sub(" ", text))


# "inte får något arvode", "ingen ersättning utgår", "gratis för studerandemedlemmar": the sum is nothing
_NOTHING_PAID = re.compile(r"(?i)\b(?:ingen|inget|inga|inte|utan)\s+(?:\w+\s+){0,2}"
                           r"\w*(?:arvode|ersättning|kostnad|avgift|lön)|\bgratis\b|\b(?:kostnads|avgifts)fri")
# "Inga styrelsearvoden skall utgå": a compound too


def sum_stated(text: str, low_question: str) -> bool:
    return bool(MONEY.search(text) or _BARE_SUM.search(text) or _NOTHING_PAID.search(text)
                or _BUDGET_FIGURE.search(text) and not _PER_UNIT.search(low_question)
                or _SHARE_ASKED.search(low_question) and _PERCENT.search(text))


# the thing a sum is asked of, when the question names it: "hur mycket betalar föreningen i hyra", "hur stort bidrag"
_SUM_NOUN = re.compile(r"\b(hyr\w*|bidrag\w*|arvode\w*|anslag\w*|lön\w*)\b")


def sum_of_what_is_asked(direct: Picked, low: str, subject: set[str], named: bool = True) -> bool:
    """A sum is stated of what is asked: where the question names what it is of ("i hyra", "bidrag"), beside that
    word or under a heading or item that names it ("Medlemsavgiften är 125 kr" states no rent); else beside a word
    of the question's subject, in its sentence, the one before or the heading ("Bg, ca 19 000:-" in an item
    "Ekonomirapport" is no cost of painting the façade the passage mentions further on)."""
    noun = _SUM_NOUN.search(low) if named else None
    wanted = content_terms(f"{noun.group(1)} {meeting_words(noun.group(1))}") if noun else set()  # arvode: ersättning
    if wanted:
        return any(sum_stated(u.text, low) and any(  # "Grundhyran" is a rent too
            t.endswith(w) for t in content_terms(f"{u.text} {hit.chunk.context}") for w in wanted)
                   for hit, units in direct for u in units)
    return any(not subject or not named or matches(subject, content_terms(f"{hit.chunk.context} {u.label} {near}"))
               for hit, units in direct for u in units for near in _sentences_stating_sum(u.text, low))


def _sentences_stating_sum(text: str, low: str) -> list[str]:
    """Each sentence that states a sum, with the sentence before it."""
    said = re.split(r"(?<=[.!?])\s+", text)
    return [f"{said[i - 1] if i else ''} {sentence}" for i, sentence in enumerate(said) if sum_stated(sentence, low)]


def needed(q: Question) -> tuple[Test, Test] | None:
    """(what a unit must state to answer, what counts as stating it at all), for a sum, vote, person elected, day
    or count asked."""
    low = q.text.casefold()
    if q.attribute == "amount" and ASKS_COST.search(low):
        def states_sum(text: str) -> bool:
            return sum_stated(text, low)
        return states_sum, states_sum  # a sum answers as soon as one is stated
    if q.attribute == "vote":
        return (lambda text: bool(_VOTE_RESULT.search(text))), (lambda text: bool(VOTE.search(text)))
    if asks_successor(q):  # the sentence naming only the one who left names no one who took over
        def names_other(text: str) -> bool:
            return names_successor(text, q.standalone)
        return names_other, names_other
    if ASKS_WHO_ELECTED.search(low) and not q.english or asks_winner(q) or _ASKS_WHO_NOMINATED.search(low):
        return names_person, names_person
    if asks_day(q) or _ASKS_WHEN.search(q.text.casefold()) and not q.about_decisions:
        return day_stated, day_stated
    if counted := counted_stem(q.text):  # "hur många sammanträden": a number of them, not the sentence most like it
        def states_count(text: str) -> bool:
            return counts(text, counted)
        return states_count, states_count
    return None


def asks_day(q: Question) -> bool:
    """"vilket datum delas nycklarna ut": a day asked of something, not of a decision or of the meeting where
    something was done ("vilket datum hade mötet där äskningen togs upp"): that is the meeting's date."""
    low = q.text.casefold()
    return bool(_ASKS_DAY.search(low)) and not q.about_decisions and not _MEETING_WHERE.search(low) and \
        not MET_AT_MEETING.search(low)


_MEETING_WHERE = re.compile(rf"\b{MEETING_WORD}\s+(?:där|då|när)\b")


def day_stated(text: str) -> bool:
    return bool(_DAY.search(text))


def names_person(text: str) -> bool:
    """A capitalised word that is not an office and does not open the sentence ("… och Madeleine valdes"), two in a
    row ("Frans Skarman"), one the election follows ("Anna valdes"), or a party ("(S)")."""
    if re.search(r"\([A-ZÅÄÖ]{1,3}\)", text):
        return True
    words = list(_CAPITALISED.finditer(text))
    for word, following in zip(words, words[1:] + [None]):
        if content_terms(word.group()) <= _OFFICE_WORDS or word.group().casefold().endswith(_OFFICE_TAILS):
            continue  # "Studerandeskyddsombud", "Utbildningsansvarig": a post
        before = text[:word.start()].rstrip()
        opens = not before or before.endswith((".", ":", "!", "?", "•", "-", "–")) or bool(re.fullmatch(r"[\W\da-z]{0,3}", before))
        paired = following is not None and following.start() == word.end() + 1 and \
            not content_terms(following.group()) <= _OFFICE_WORDS
        if not opens or paired or ELECTED.match(text[word.end():].lstrip()):
            return True
    return False


# "vilka vann sandbyggartävlingen", "vem fick priset": the winner, someone named
_ASKS_WINNER = re.compile(r"\b(?:vem|vilka|vilken|vilket [a-zåäö]+)\s+(?:som\s+)?(?:vann|vinner|segrade|tog hem"
                          r"|fick (?:priset|pris\w*|utmärkelsen|stipendiet))\b|\bwho won\b")


def asks_winner(q: Question) -> bool:
    return bool(_ASKS_WINNER.search(q.text.casefold()))


def asks_successor(q: Question) -> bool:
    """"vem ersatte X", "vem tog över efter X": someone other than X."""
    low = q.text.casefold()
    return bool(re.search(r"\b(?:vem|who)\b", low) and _REPLACED.search(low))


def names_successor(text: str, question: str) -> bool:
    return names_person(_without_names(text, question))


def _without_names(text: str, question: str) -> str:
    """The text without the names the question gives ("Stig-Arne Tengmer (L)" of "vem tog över Stig-Arne Tengmers
    plats"), so that what is left names someone else or no one."""
    names = {w for w in re.findall(r"(?<!^)\b[A-ZÅÄÖ][\wåäöé-]+", question)}
    names |= {w[:-1] for w in names if w.endswith("s")}
    if not names:
        return text
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.sub(rf"\b(?:{alternation})\b(?:\s*\([A-ZÅÄÖ]{{1,3}}\))?", " ", text)


def states_what_is_asked(q: Question, quotes: list[str]) -> bool:
    """The quotes state the sum, vote or person elected the question asks for, or it asks for none ("hur mycket kostar
    kylskåpen som beslutades": a decision without a sum does not answer)."""
    tests = needed(q)
    if ASKS_WHO_ELECTED.search(q.text.casefold()) and not q.english:  # "Filip ska leta efter en kandidat till
        return any(names_person(quote) and _ELECTS.search(quote) for quote in quotes)  # skuggansvarig" elects no one
    return tests is None or any(tests[1](quote) for quote in quotes)


def stating_passages_first(q: Question, direct: Picked, more: Picked) -> tuple[Picked, Picked]:
    """A sum, day, count, vote or person asked: when a passage of the direct answer states it, the passages that
    state none go under "Mer i underlagen" ("Utrymmet bör ge plats för upp till 5 cyklar" answers "hur många cyklar";
    another item's "cykelparkering utformas på ett säkert sätt" does not)."""
    tests = needed(q)
    if tests is None or len(direct) < 2:
        return direct, more
    stating = [passage for passage in direct if any(tests[1](u.text) for u in passage[1])]
    if not stating or len(stating) == len(direct):
        return direct, more
    return stating, [passage for passage in direct if all(passage is not s for s in stating)] + more


def with_stated(q: Question, direct: Picked, hits: list[Hit], texts: SourceTexts, subject: set[str],
                weights: dict[str, float]) -> Picked:
    """The direct answer, with the unit that states what was asked joined to it when none of its own does."""
    asks_who = q.attribute == "person" or bool(_ASKS_WHO.match(q.text.casefold()))
    if asks_who and not any(_ASSIGNED_TO.search(u.text) or names_person(u.text) for _, units in direct for u in units):
        if assigned := _joined_after(direct, texts, _assigned_after):  # "● Avenbokshäcken är anfrätt …" / "Gunnar:
            return assigned  # Pierre skall göra en insats i vår": who is to see to the matter quoted
    tests = needed(q)
    wanted = {t for t in subject if not t.isdigit()}
    if tests is None or not wanted:
        return direct
    # a day asked of something ("till vilket datum har kommunen fått anstånd"): the date beside its rarest word, not
    # another date of the passage ("förslag till yttrande, daterat 2024-01-19")
    rare = max(wanted, key=lambda t: (weights.get(t, 1.0), t)) if tests[0] is day_stated else ""
    if any(tests[1](u.text) and (not rare or rare in content_terms(u.text)) for _, units in direct for u in units):
        return direct
    if rare and (later := _later_in_paragraph(direct, texts, wanted, tests[0])):  # "… uppföras invid Timrå
        return later  # räddningsstation. Bygglov … Inflyttning planeras till hösten 2026.": the day said after it
    if q.attribute == "amount" and (under := _row_under(direct, texts, tests[0])):
        return under  # "• Budget för festen" over "Affischering 300 kr" … "Summa 730 kr"
    answering = {item_of(hit) for hit, _ in direct}
    deadline = bool(_DEADLINE.search(q.text))  # "senast när …": the item's "senast den 28 februari"
    whole = sum(weights.get(t, 1.0) for t in wanted)
    best: tuple[float, Hit, Unit] | None = None
    for hit in hits:
        context = content_terms(hit.chunk.context)
        for unit in every_unit(hit, texts):
            said = content_terms(f"{unit.label} {unit.text}")
            if not tests[0](unit.text) or not matches(wanted, said) or rare and rare not in said and not (
                    deadline and _DEADLINE.search(unit.text) and item_of(hit) in answering) or not (
                    item_of(hit) in answering or matches(wanted, said | context, weights) >= SUBJECT_SHARE * whole):
                continue  # a sum or vote of another item that names little of what was asked is about something else
            score = matches(wanted, said, weights) + 0.5 * matches(wanted, context, weights)
            if best is None or score > best[0]:
                best = (score, hit, unit)
    if best is None:
        return (q.attribute == "vote" and _count_after(direct, texts, tests[0])) or direct
    _, hit, unit = best
    if any(h is hit for h, _ in direct):
        return _with_unit(direct, hit, unit)
    return [(hit, [unit])] + direct


_COUNT_REACH = 2  # units after the quoted decision or motion its vote may stand in
_READ_ON_CHARS = 400


def _count_after(direct: Picked, texts: SourceTexts, states: Test) -> Picked:
    """The direct answer with the count of the vote right after what it quotes ("… efter ett tilläggsyrkande som
    resulterade i votering." / "Votering: 30 ja mot 20 nej"), in its passage or the text after it; empty if none."""
    for hit, units in direct:
        text = texts.text(hit.chunk.doc_id)
        last, end = max(u.end for u in units), hit.chunk.segments[-1][1]
        following = [u for u in units_of(hit.chunk, text) if u.start >= last] + \
            units_in(text, [(end, min(len(text), end + _READ_ON_CHARS))])
        if found := next((u for u in following[:_COUNT_REACH] if states(u.text)), None):
            return _with_unit(direct, hit, found)
    return []


def _later_in_paragraph(direct: Picked, texts: SourceTexts, wanted: set[str], states: Test) -> Picked:
    """The direct answer with a later sentence of a quoted sentence's paragraph that states the day and names a word
    of the question; empty when none does."""
    def found_after(quoted: Unit, every: list[Unit]) -> Unit | None:
        paragraph = takewhile(lambda u: not u.opens_paragraph, (u for u in every if u.start >= quoted.end))
        return next((u for u in paragraph if states(u.text) and matches(wanted, content_terms(u.text))), None)
    return _joined_after(direct, texts, found_after)


def _assigned_after(quoted: Unit, every: list[Unit]) -> Unit | None:
    paragraph = takewhile(lambda u: not u.opens_paragraph, (u for u in every if u.start >= quoted.end))
    return next((u for u in paragraph if _ASSIGNED_TO.search(u.text)), None)


def _row_under(direct: Picked, texts: SourceTexts, states: Test) -> Picked:
    """The direct answer with the row right under a quoted line that heads rows ("• Budget för festen" / "" /
    "Affischering 300 kr"), when that row states what is asked; empty when none does."""
    def found_after(quoted: Unit, every: list[Unit]) -> Unit | None:
        below = next((u for u in every if 0 <= u.start - quoted.end <= UNDER_CHARS), None)
        return below if below is not None and states(below.text) else None
    return _joined_after(direct, texts, found_after)


def _joined_after(direct: Picked, texts: SourceTexts, found_after: Callable[[Unit, list[Unit]], Unit | None]) -> Picked:
    """The direct answer with the first unit ``found_after`` finds after one of its quotes, among the units of that
    quote's passage; empty when none is found."""
    for hit, units in direct:
        every = units_of(hit.chunk, texts.text(hit.chunk.doc_id))
        for quoted in units:
            if (found := found_after(quoted, every)) is not None:
                return _with_unit(direct, hit, found)
    return []


def _with_unit(direct: Picked, hit: Hit, unit: Unit) -> Picked:
    """``unit`` added, in document order, to the units ``direct`` quotes of ``hit``."""
    return [(h, sorted(units + [unit], key=lambda u: u.start) if h is hit else units) for h, units in direct]


def item_of(hit: Hit) -> tuple[str, str, tuple[str, ...]]:
    """The item a passage stands in (its heading path in a document without numbered items)."""
    meta = hit.chunk.meta
    return hit.chunk.doc_id, meta.item_number, () if meta.item_number else meta.heading_path


_ASKS_WHO = re.compile(r"\W*(?:vem|who)\b")  # "vem ska fixa häcken och när?" asks the time too
_ASSIGNED_TO = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?: [A-ZÅÄÖ][a-zåäöé]+)? "
                          r"(?:ska|skall|får i uppdrag|åtar sig|tar på sig)\b")  # "Pierre skall göra en insats"
