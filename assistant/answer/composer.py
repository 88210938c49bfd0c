"""The extractive answer, concise: the units that answer best come first (at most ``DIRECT_CHARS`` of quoted
text, more for a list), everything else that was found goes to ``Answer.more`` ("Mer i underlagen", shown
collapsed). A quoted proposal comes with its item's decision and a bare decision with its proposal. A question
about a cost, a count, a vote or a decision whose best passages state none gets a partial answer that says so
and counts as a refusal; an answer whose quotes hold no word of the question is none."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.answer.asked import (ASKS_DECISION, ASKS_PROPOSED, COST_TERMS, DEADLINE, ELECTED, MOTIONS_ASKED,
                                   REASON_TERMS, RESERVATION, WRITTEN_MOTION, size_asked)
from assistant.answer.decided import decided, with_its_decision, with_sibling_decisions
from assistant.answer.english import english_terms, quoted_from
from assistant.answer.enumerated import each_named
from assistant.answer.extractive import (NOT_FOUND, Answer, compose_extractive, location, rarity_weights,
                                        related_sources, select_units)
from assistant.answer.term_match import matches
from assistant.answer.intents import GIVES_REASON, MONEY, NUMBER_WORDS
from assistant.answer.lists import parallel_in_direct
from assistant.answer.item_fields import FieldsAsked, ItemFields, with_proposal_and_decision
from assistant.answer.questions import Question
from assistant.answer.repeats import without_repeats
from assistant.answer.retrieval import Hit
from assistant.answer.sources import SourceTexts
from assistant.answer.splitting import DIRECT_CHARS, asks_for_list, split_direct, split_list
from assistant.answer.stated import (ASKS_COST, ASKS_WHO_ELECTED, VOTE, asks_day, asks_successor, asks_winner,
                                     day_stated, measure_missing, names_person, names_successor, sum_of_what_is_asked,
                                     stating_passages_first, with_stated)
from assistant.answer.stances import asks_stance, stances_first
from assistant.answer.sums_and_reasons import reasons_first, sums_first, with_sums_beside
from assistant.answer.units import Picked, Unit, begun, continued, label_units, units_of
from assistant.swedish import content_terms, looks_like_verb, words

_VOTE_TERMS = content_terms("rösta röstade röstar röster emot omröstning omröstningen votering voteringen reservation "
                            "reserverade")
_OUTCOME_TERMS = content_terms("avslag avslaget avslogs bifall biföll bifölls återremiss återremitterades bordlades")
_DECISION_TERMS = content_terms("beslut beslutet besluten beslutade beslutades besluta beslöt")
# whom "beslutet" goes to ("vem skickades beslutet till"): no decision asked
ADDRESSEES = re.compile(r"delges|delgavs|skicka(?:s|des|ts)\b[^?]*\btill\b|expedier|sent to")
_ATTRIBUTE_WORDS = COST_TERMS | _VOTE_TERMS | _DECISION_TERMS | REASON_TERMS  # what a question asks of its subject
_REFERS_BACK = re.compile(r"\b(?:dessa|ovanstående|ovan nämnda)\b|^\W*därför\b", re.IGNORECASE)  # "Därför motsätter sig …"
_THEREFORE = re.compile(r"\b(?:därför|således|alltså)\b(?! att\b)", re.IGNORECASE)  # "Planen har därför varit att …"
_EXPLAINS_BACK = re.compile(r"^\W*(?:detta|det) beror på\b|^\W*(?:anledningen|orsaken)(?: till detta)? (?:är|var)\b",
                            re.IGNORECASE)  # "Detta beror på att styrelsen inte kunnat logga in"
_MOTION_LINE = re.compile(r"(?:motion|proposition)\s+(?:nr\.?\s*)?\d+(?:[-/]\d+)?\s*[,:.–-][^\n]{3,150}",
                          re.IGNORECASE)  # "Motion 13-2019, Laddlösningar …", "Proposition 2: Budget"
_MOTION_BLOCK = re.compile(r"(?:(?![ \t]*(?:(?:motion|proposition)\s+(?:nr\.?\s*)?\d|§\s*\d))[^\n]*\n?)*",
                           re.IGNORECASE)  # the lines up to the next motion or item
MOTION_BLOCK_CHARS = 500
_NAME_IN_TEXT = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]+|\([A-ZÅÄÖ]{1,3}\)")  # a capitalised word or a party: someone named
# a group, office or body given the task: "Regionala ledningsgruppen fick i uppgift", "förvaltningen ska återkomma"
_GROUP_IN_TEXT = re.compile(r"\b[\wåäö]*(?:gruppen|förvaltningen|kontoret|nämnden|styrelsen|utskottet|kommittén|rådet"
                            r"|ledningen|enheten|avdelningen|sekretariatet|kansliet)\b", re.IGNORECASE)
# "vad beslutade au och varför?", "gick det igenom? varför/varför inte": the decision is asked before its reasons
_DECIDED = r"(?:\bbeslut|\bbestäm|\bigenom\b|\bbeviljad|\bgodkän|\bavslog|\bavslag)"
_DECIDED_AND_WHY = re.compile(rf"{_DECIDED}[^?]*\W+.*\bvarför\b|\bvarför\b[^?]*{_DECIDED}")  # "varför avslogs
# bygglovet": the refusal and its grounds
_COUNTED = re.compile(r"\bhur (?:många|manga)\b")
# a number that names something counts nothing: "SM#4", "§ 14", "punkt 6.2", "EDAN65", "Bilaga 3", "nr 2"
_REFERENCE_NUMBER = re.compile(r"(?:[#§]\s*|\b(?:punkt|bilaga|nr|möte|sm|paragraf|läsperiod|period|lp|kapitel|kap|sidan?"
                               r"|vecka|etapp|steg|fas|version)\s*)\d+(?:\.\d+)*\w*|\b[A-ZÅÄÖa-zåäö]+\d+\w*", re.IGNORECASE)
_ELECTION = re.compile(r"\bval\b|\bval av\b|\b(?:in|om|ny)?vald(?:a|e|es|s)?\b|\bvalts\b|\bomval\b|\bnyval\b|\bväljs\b"
                       r"|\bvälja\b|\bväljer\b|\butse[sr]\b|\butsågs\b|\butsedda?\b|\bnominera"
                       r"|\belect(?:ed|s)?\b|\bappointed\b", re.IGNORECASE)  # minutes written in English
_DATE_OR_YEAR = re.compile(r"\b\d{4}-\d\d-\d\d\b|\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun"
                           r"|jul|aug|sep|okt|nov|dec)[a-zåäö]*", re.IGNORECASE)
_CONTENT = re.compile(r"vad står (?:det )?i\b|vad innehåller|innehållet i|what does the .* say")
LISTING_FIELDS = ("Anmälningar", "Beslutsunderlag")


def compose_answer(q: Question, hits: list[Hit], texts: SourceTexts, boilerplate: frozenset[str],
                   idf: Callable[[str], float], item_fields: ItemFields | None = None,
                   quoted: tuple[str, ...] = ()) -> Answer:
    """``quoted``: what the answer quotes already (the decisions listed above it), not to be quoted again."""
    weights = rarity_weights(set(q.topic), idf)
    picked = select_units(hits, texts, set(q.topic), q.standalone, set(q.focus_topic), boilerplate, weights,
                          q.identifying, q.said_before)
    whole = q.documents_english and _closest_first(picked, _closest_in_meaning(hits, texts), _role_words(q))
    picked = whole or picked
    if not picked:
        return Answer(NOT_FOUND, [], False, "extractive", q.standalone, related=related_sources(hits))
    direct, more = (picked[:1], picked[1:]) if whole else split_list(q, picked, texts) if asks_for_list(q, picked) \
        else split_direct(picked, DIRECT_CHARS)
    direct, more = parallel_in_direct(*each_named(direct, more, q.text))  # "brottsförebyggande, trygghet och
    # säkerhet": each of them; "• Införskaffa …" under two "• Införskaffa …" quoted: one more of the same kind
    if q.attribute == "amount":
        direct, more = sums_first(direct, more)
    if q.attribute == "reason":
        direct, more = reasons_first(direct, more)
    if asks_stance(q.standalone):
        direct, more = stances_first(direct, more, [(h, units_of(h.chunk, texts.text(h.chunk.doc_id))) for h in hits],
                                     set(q.topic))
    if q.about_decisions:
        direct, more = with_its_decision(direct, more, texts)
        direct = [(hit, with_sibling_decisions(hit, units, texts, set(q.topic))) for hit, units in direct]
    subject = subject_words(q, COST_TERMS | _VOTE_TERMS | REASON_TERMS |
                            (_OUTCOME_TERMS if q.attribute == "reason" else frozenset()))
    direct = with_stated(q, direct, hits, texts, subject_words(q, _ATTRIBUTE_WORDS), weights)
    direct = [(hit, _quoted_whole(hit, units, texts, q.attribute == "amount", q.attribute == "reason"))
              for hit, units in direct]
    if not (q.english or q.documents_english):  # across languages the embedder's match stands for the words
        direct, more = _on_topic_first(direct, more, subject)
        if not _names_topic(direct, subject):
            return Answer(NOT_FOUND, [], False, "extractive", q.standalone, related=related_sources(hits))
    if _role_not_named(q, direct) or _names_no_one(q, direct):
        return Answer(NOT_FOUND, [], False, "extractive", q.standalone, related=related_sources(hits))
    completed = direct if item_fields is None else \
        [(hit, with_proposal_and_decision(hit, units, item_fields, texts, _fields_asked(q, hit)))
         for hit, units in direct]
    partial = partial_answer(q, completed, texts, chosen=direct)
    if partial is not None:
        partial.related = [] if partial.citations else related_sources(hits)
        return partial
    direct = completed
    shown: set[str] = set()
    direct, more = without_repeats(direct, shown, quoted), without_repeats(_outside(more, direct), shown, quoted)
    direct, more = stating_passages_first(q, direct, more)
    text, citations = compose_extractive(direct, texts)
    more_text, more_citations = compose_extractive(more, texts, len(citations) + 1) if more else ("", [])
    if q.english:
        text = f"{quoted_from([texts.text(c.doc_id) for c in citations[:1]])}, quoted as written:\n{text}"
    return Answer(text, citations, True, "extractive", q.standalone, more=more_text, more_citations=more_citations)


def _closest_first(picked: Picked, closest: Picked, roles: set[str]) -> Picked:
    """A Swedish question shares few words with minutes written in English: the passage closest in meaning is
    quoted whole when the words picked none or picked from it too ("röstade": its "Votes" lines unpicked). A
    role asked ("vem var justerare") must be named there, in either language."""
    if not closest or picked and all(hit is not closest[0][0] for hit, _ in picked):
        return []
    hit, units = closest[0]
    if roles and not roles & content_terms(" ".join([hit.chunk.context] + [u.text for u in units])):
        return []
    return closest + [(hit, units) for hit, units in picked if hit is not closest[0][0]]


def _role_words(q: Question) -> set[str]:
    roles = content_terms(" ".join(q.roles))
    return roles | {term for role in roles for term in english_terms(role)}


def _closest_in_meaning(hits: list[Hit], texts: SourceTexts) -> Picked:
    """The passage most similar in meaning to the question, whole: a Swedish question's words
    ("skattedeklarationer") need not be in the glossary that finds their English ("tax declaration")."""
    closest = max(hits, key=lambda hit: hit.dense, default=None)
    return [(closest, units_of(closest.chunk, texts.text(closest.chunk.doc_id)))] if closest else []


def _role_not_named(q: Question, direct: Picked) -> bool:
    """"vem valdes till ordförande": an answer that names no ordförande names no one elected to it."""
    offices = [r for r in q.roles if r not in ("ledamot", "närvarande")]  # "vilka sitter i valberedningen som valdes"
    if q.english or not offices or not ELECTED.search(q.standalone.casefold()):
        return False
    return not _names_topic(direct, set(content_terms(" ".join(offices))))


def _names_no_one(q: Question, direct: Picked) -> bool:
    """"vem var justerare": a passage without a single name in it ("2016-03-14") answers no "vem"."""
    asks_who = q.attribute == "person" and re.search(r"\bvem\b", q.standalone.casefold())
    named = (_NAME_IN_TEXT,) if q.roles else (_NAME_IN_TEXT, _GROUP_IN_TEXT)  # a group holds no office
    return bool(asks_who) and not any(_names_someone(u.text, q.terms, named) for _, units in direct for u in units)


def _names_someone(text: str, asked: frozenset[str], named: tuple[re.Pattern[str], ...]) -> bool:
    """A capitalised word or a party that is not a word of the question ("7. Hackathon" for "vem vann
    hackathonet" names no one); with ``_GROUP_IN_TEXT`` also a group or office given a task."""
    return any(not (said := content_terms(m.group())) or not said <= asked
               for pattern in named for m in pattern.finditer(text))


def _on_topic_first(direct: Picked, more: Picked, subject: set[str]) -> tuple[Picked, Picked]:
    """A passage of the direct answer that names no word the question is about (another item's fee beside the
    item asked about) goes under "Mer i underlagen"."""
    kept = [p for p in direct if _names_topic([p], subject)]
    if not kept or len(kept) == len(direct):
        return direct, more
    return kept, [p for p in direct if p not in kept] + more


def _quoted_whole(hit: Hit, units: list[Unit], texts: SourceTexts, sums: bool = False,
                  reason: bool = False) -> list[Unit]:
    """The quotes with the sentence that names what they refer back to, each sentence to its end; for a sum
    asked, with the sums stated beside it."""
    text = texts.text(hit.chunk.doc_id)
    every = label_units(hit.chunk, units_of(hit.chunk, text))
    units = _with_antecedents([_with_motion_handled(u, text) for u in units], every, text, reason)
    whole = [continued(begun(u, every, text), every, text) for u in (with_sums_beside(units, every, text) if sums else units)]
    return [u for u in whole if not any(o is not u and o.start <= u.start and u.end <= o.end and
                                        (o.start, o.end) != (u.start, u.end) for o in whole)]


def _with_motion_handled(unit: Unit, text: str) -> Unit:
    """A quote that opens with a motion's line in a list of motions ("Motion 13-2019, Laddlösningar för Parkering i
    Garagen") runs on to the next motion: the board's yrkande and the meeting's decision on it, wherever the chunk
    ended."""
    opening = unit.text.lstrip()
    first = opening.split("\n", 1)[0]
    if not _MOTION_LINE.fullmatch(first.strip()):
        return unit
    after = unit.start + len(unit.text) - len(opening) + len(first)
    block = _MOTION_BLOCK.match(text, after, after + MOTION_BLOCK_CHARS)  # matches always, empty at the next motion
    end = max(unit.end, after + len(block.group().rstrip()))
    return replace(unit, end=end, text=text[unit.start:end])


_REASON_LABEL = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?P<label>(?i:motivering|motiv|skäl(?:en)?(?: för beslutet)?)"
                           r"[ \t]*:)", re.MULTILINE)
REASON_LABEL_CHARS = 200  # how far below a quote its labelled reason may stand
# the fields that tell a matter's background: their first sentence says why the matter came up
_BACKGROUND = ("Ärendebeskrivning", "Bakgrund", "Beskrivning av ärendet", "Ärendet i korthet", "Sammanfattning")
BACKGROUND_TERMS = 6  # an opening that tells something, not the line that dates the application
_NEXT_MATTER = re.compile(r"^[ \t]*(?:[●■]|(?:§[ \t]*)?\d{1,2}[.)]?[ \t]+[A-ZÅÄÖ])", re.MULTILINE)


def _labelled_reason(text: str, after: int) -> Unit | None:
    """"- Beslut: Godkänns …" and, a line or two below, "- Motivering: Pengarna kommer att återfås …": that
    paragraph; not when another matter ("● …") or a numbered item starts between them."""
    found = _REASON_LABEL.search(text, after, after + REASON_LABEL_CHARS)
    if not found or _NEXT_MATTER.search(text, after, found.start()):
        return None
    start = found.start("label")
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    return Unit(start, end, text[start:end])


def _with_antecedents(units: list[Unit], every: list[Unit], text: str, reason: bool = False) -> list[Unit]:
    """"Styrelsen beslutar att fyllnadsvälja dessa", "Därför motsätter sig Försvarsmakten …": the sentence before it
    in its paragraph, which names them or gives the reason; and one after it that says why ("Detta beror på …"),
    or, a reason asked, gives one ("… inte möjlighet att närvara då kallelsen skickades ut för sent"), and the
    opening of the background field it stands in."""
    quoted = {u.start for u in units}
    explains = GIVES_REASON if reason else _EXPLAINS_BACK
    for unit in list(units):
        before = [p for p in every if p.end <= unit.start and "\n\n" not in text[p.end:unit.start]]
        after = next((p for p in every if p.start >= unit.end), None)
        joined = before[-2:] if reason and _THEREFORE.search(unit.text) else \
            before[-1:] if _REFERS_BACK.search(unit.text) else []  # a reason asked: what "därför" sums up
        if after and "\n\n" not in text[unit.end:after.start] and explains.search(after.text):
            joined.append(after)
        if reason and (labelled := _labelled_reason(text, unit.end)):
            joined.append(labelled)
        if reason and unit.label.startswith(_BACKGROUND) and \
                (opening := next((p for p in every if p.label == unit.label), None)) and opening.start < unit.start \
                and len(content_terms(opening.text)) >= BACKGROUND_TERMS:  # not "Ansökan registrerades 2023-06-08."
            joined.append(opening)  # "Ärendebeskrivning: Under hösten har en organisationsöversyn genomförts …"
        for other in (p for p in joined if p.start not in quoted):
            units = sorted(units + [replace(other, label=unit.label)], key=lambda u: u.start)
            quoted.add(other.start)
    return units


def subject_words(q: Question, attribute_words: frozenset[str]) -> set[str]:
    """The topic without the words naming the organisation or property and the asked attribute's own ("kostade");
    none when only verbs are left ("såldes" of a property, which its item writes "försäljningen")."""
    subject = set(q.topic - q.identifying - attribute_words)
    return set() if subject <= _verbs(q) else subject


def _verbs(q: Question) -> set[str]:
    """The question's verbs ("såldes", "fördes"): they frame it and name no subject."""
    return content_terms(" ".join(w for w in words(q.standalone) if looks_like_verb(w)))


def _fields_asked(q: Question, hit: Hit) -> FieldsAsked:
    low = q.standalone.casefold()
    return FieldsAsked(decision=_asks_items_decision(q, hit), reservation=bool(RESERVATION.search(low)),
                       reason=q.attribute == "reason", motions=bool(MOTIONS_ASKED.search(low)),
                       written_motion=bool(WRITTEN_MOTION.search(low)), proposal=bool(ASKS_PROPOSED.search(low)))


def _asks_items_decision(q: Question, hit: Hit) -> bool:
    """A question about a decision on what the quoted item's title names: its decision is the answer."""
    subject = subject_words(q, _ATTRIBUTE_WORDS)
    decision_too = q.attribute != "reason" or _DECIDED_AND_WHY.search(q.standalone.casefold())
    return q.about_decisions and bool(decision_too) and bool(subject) and \
        matches(subject, content_terms(hit.chunk.meta.item_title)) > 0


def _names_topic(direct: Picked, topic: set[str]) -> bool:
    """Some word the question is about (not one naming the organisation or property) stands in what is quoted,
    its label or its item: a title line that only matched the organisation's name and a date answers nothing."""
    if not topic:
        return True
    return any(matches(topic, content_terms(" ".join([hit.chunk.context] + [f"{u.label} {u.text}" for u in units])))
               for hit, units in direct)


def _states_count(text: str) -> bool:
    """A number that is no sum of money, date, year or time ("14", "fem ledamöter", "44 stycken närvarande")."""
    plain = _REFERENCE_NUMBER.sub(" ", _DATE_OR_YEAR.sub(" ", MONEY.sub(" ", text)))
    return bool(re.search(rf"\b(?:\d+|{NUMBER_WORDS})\b", plain, re.IGNORECASE))


def _elects_someone(direct: Picked) -> bool:
    """"vem valdes till kassör": the quotes tell of an election (in their words or their heading, "Val av
    styrelse") and name a person, not only the office ("Ordförande och kassör valdes")."""
    units = [u for _, found in direct for u in found]
    told = any(_ELECTION.search(text) for text in [hit.chunk.context for hit, _ in direct] + [u.text for u in units])
    return told and any(names_person(u.text) for u in units)


def _outside(more: Picked, direct: Picked) -> Picked:
    """What "Mer i underlagen" quotes that the direct answer does not quote in part already."""
    quoted = [(hit.chunk.doc_id, u.start, u.end) for hit, units in direct for u in units]
    kept = [(hit, [u for u in units if not any(doc == hit.chunk.doc_id and u.start < end and start < u.end
                                                for doc, start, end in quoted)]) for hit, units in more]
    return [(hit, units) for hit, units in kept if units]


def _holds_topic(q: Question, hit: Hit, units: list[Unit]) -> bool:
    """The passage a partial answer names holds every word of the question's subject: only then does
    "Underlagen nämner det" hold."""
    said = content_terms(q.standalone)  # the question's own words: not the glossary's or paraphrases' additions
    subject = subject_words(q, _ATTRIBUTE_WORDS)
    wanted = subject & said or subject
    # "hur stort var underskottet som fördes över" of "Årets underskott överförs": the size and the verb ask
    wanted = wanted - _verbs(q) - size_asked(q.standalone.casefold()) or wanted
    found = content_terms(" ".join([hit.chunk.context] + [u.text for u in units]))
    return matches(wanted, found) == len(wanted)


def _about_topic(q: Question, units: list[Unit]) -> list[Unit]:
    """The units that name what the question is about beyond its organisation ("sandbyggartävlingen", not
    "Långasand", which a sentence about the boule tournament names too)."""
    subject = {t for t in q.topic - q.identifying if not t.isdigit() and len(t) >= 4}
    return [u for u in units if matches(subject, content_terms(u.text))] or units


def partial_answer(q: Question, direct: Picked, texts: SourceTexts, chosen: Picked | None = None) -> Answer | None:
    """The topic found but not what is asked about it (a cost, a vote, the content of a document the agenda
    only lists by title): say what is missing and where the topic is (found=False: it counts as a refusal).
    ``direct`` holds the quoted units with their items' proposals and decisions (a decision states its fee);
    ``chosen`` the units chosen for the question alone, which must state a count themselves."""
    units = [u for _, found in direct for u in found]
    low = q.text.casefold()
    missing = ""
    if q.attribute == "amount" and ASKS_COST.search(low) and not sum_of_what_is_asked(
            direct, low, subject_words(q, COST_TERMS), named=not (q.english or q.documents_english)):
        missing = "men anger ingen kostnad eller summa"
    elif q.attribute == "amount" and all(measure_missing(u.text, low) for u in units):
        missing = "men anger inget mått"
    elif q.attribute == "vote" and not any(VOTE.search(u.text) for u in units):
        missing = "men redovisar ingen omröstning"
    elif RESERVATION.search(low) and not any(RESERVATION.search(u.text) for u in units):
        missing = "men ingen reservation"
    elif ASKS_WHO_ELECTED.search(low) and not q.english and not _elects_someone(direct):
        missing = "men inte vem som valdes"
    elif asks_successor(q) and not any(names_successor(u.text, q.standalone) for u in units):
        missing = "men inte vem som tog över"
    elif asks_winner(q) and not any(names_person(u.text) for u in _about_topic(q, units)):
        missing = "men inte vem som vann"
    elif asks_day(q) and not any(day_stated(u.text) for u in units) and \
            not any(day_stated(location(hit.chunk)) for hit, _ in direct):  # "§ 10 Avslutningen den 9 december"
        missing = "men anger ingen dag eller tid"
    elif _COUNTED.search(low) and not any(_states_count(u.text) for _, found in chosen or direct for u in found):
        missing = "men anger inget antal"
    elif ASKS_DECISION.search(low) and not ADDRESSEES.search(low) and q.attribute != "reason" and \
            not DEADLINE.search(low) and \
            not any(decided(hit, found, texts.text(hit.chunk.doc_id)) for hit, found in direct):
        missing = "men inget beslut om det"
    elif _CONTENT.search(low) and all(u.label in LISTING_FIELDS for u in units):
        missing = "men bara som en handling i en förteckning; dess innehåll finns inte i underlagen"
    if not missing:
        return None
    hit, found = direct[0]
    if not _holds_topic(q, hit, found):  # "glas" in a glazier's name is not "en glass på månen"
        return Answer(NOT_FOUND, [], False, "extractive", q.standalone)
    best = max(found, key=lambda u: u.score)
    _, citations = compose_extractive([(hit, [best])], texts)
    where = location(hit.chunk)
    text = f"Underlagen nämner det i ”{hit.chunk.meta.doc_title}”{' – ' + where if where else ''} [1] {missing}. {NOT_FOUND}"
    return Answer(text, citations, False, "extractive", q.standalone)
