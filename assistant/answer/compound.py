"""Questions that ask two things ("var hölls mötet 6 maj och vilken tid började det?", "varför hölls årsmötet inte i
lokalen och hur skulle det genomföras i stället?", "fick styrelsen ansvarsfrihet, och vem var revisor?") or one thing
of two subjects ("vad beslutades om årsavgiften och arvodet?"): each part is answered on its own (``part_turns``), and the
answers are joined: what the second quotes again is left out, a passage under the same heading joins the
first's, and the citations are numbered anew (the direct answer's first)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from assistant.answer.bodies import organisations_by_folder
from assistant.answer.conversation import DUMMY_DET, Message, is_follow_up, standalone_question
from assistant.answer.extractive import FRAME_TERMS, Answer, Citation
from assistant.answer.periods import SHORT_MONTHS
from assistant.answer.questions import DATE_TERMS, Question
from assistant.index.store import Filters
from assistant.swedish import MONTHS, content_terms, looks_like_verb, words

_ASKING = r"(?:när|var|vem|vems|vilka|vilken|vilket|hur|varför|vad|va|when|where|who|what|which|how|why)"  # "va": spoken
_BEFORE_ASKING = r"(?:(?:för|på|i|till|med|av|om|från|under|enligt|for|to|by|from)\s+)?"  # "och för hur länge?"
# a yes/no question opens with its verb: "fick styrelsen ansvarsfrihet", "beviljades bygglovet", "did the board"
# ("var" is a question word already)
_YES_NO = (r"(?:fick|får|har|hade|blev|blir|är|kan|kunde|ska|skulle|finns|fanns|gick|togs|valdes|beviljades"
           r"|antogs|godkändes|avslogs|beslutade|beslöt|did|does|was|were|is|are|has|had)")
_SUBJECT = r"(?:man|det|den|de|dom|han|hon|hen|vi|ni|du|jag|they|it|we|you|[a-zåäö]+(?:en|et|na|erna|arna))"
# two questions joined by "och": the first a question of its own, the second opening with its own question word
# (the second may ask yes or no of a subject of its own: "…, och kan man skicka den digitalt?")
_AND = r"(?:och|o|samt|and)"  # "o": how a member types "och"
_SECOND = rf"(?P<second>{_BEFORE_ASKING}{_ASKING}\b.+|{_YES_NO}\s+{_SUBJECT}\b.+)$"
_TWO_QUESTIONS = re.compile(rf"^(?P<first>(?:.*?\b{_ASKING}\b|{_YES_NO}\b).*?\S)\s*,?\s+{_AND}\s+{_SECOND}",
                            re.IGNORECASE)
# two questions after a comma: "hur många sommarjobb blir det, vad kostar det extra?" (the first opens with its
# question word; "när det gäller X, vad …" asks one thing; "blev det nån buss? vad beslutade bun?" asks one twice)
_ONE_AFTER_THE_OTHER = re.compile(rf"^(?!(?:när|vad)\s+(?:det\s+)?gäller\b)(?:{_AND}\s+)?"
                                  rf"(?P<first>(?:{_ASKING}|{_YES_NO})\b[^,?]*?\S)\s*,\s+{_SECOND}", re.IGNORECASE)
# two questions, each with its question mark: "Björkarna vid hus 1 – måste de sågas ner? vad kom arboristen fram till"
_TWO_ASKED = re.compile(rf"^(?P<first>[^?]*\S)\s*\?\s+(?:{_AND}\s+)?{_SECOND}", re.IGNORECASE)
# one question about two subjects: "vad beslutade årsmötet 2023 om årsavgiften och arvodet till styrelsen?", "vilka
# valdes till valberedning och revisorer för 2025 på höstmötet?" (what follows the second, of both)
_ELECTED_TO = r"(?:valdes|väljs|valts|valde|utsågs|utses|nominerades)\s+till"
_TWO_SUBJECTS = re.compile(rf"^(?P<asked>.*?\b{_ASKING}\b.*?\b(?:om|angående|gällande|about|{_ELECTED_TO})"
                           rf"|(?:vad|hur (?:stor|stort|stora|mycket|hög|högt)) (?:är|var|blev|blir))\s+"  # "vad är X och Y"
                           rf"(?P<first>[^,?]+?)"
                           rf"\s+(?:och|samt|and)\s+(?!{_BEFORE_ASKING}{_ASKING}\b)(?P<second>[^,?]+?)"
                           rf"(?P<of_both>\s+(?:för|på|vid|i|under|enligt|inför)\s+[^?]*?)?\s*\??$", re.IGNORECASE)
MAX_SUBJECT_WORDS = 5
MIN_FIRST_WORDS = 3  # "när och var hölls mötet" asks one thing of one meeting
MIN_SECOND_WORDS = 2  # "… och hur?" asks nothing a part could answer
# who decided or where: "… och vad beslutade nämnden 8 december 2025?" names no subject of its own
_DECIDER_TERMS = content_terms("nämnd nämnden styrelse styrelsen utskottet arbetsutskottet fullmäktige beredningen "
                               "möte mötet sammanträdet stämma stämman årsmötet")
_INITIALS = content_terms("bun ks kf au")  # "vad beslutade bun": a body by its initials
_MARKER = re.compile(r"\[(\d+)\]")
# "…, och vem valdes till ordförande där?": "där" and "då" point back to the first part's meeting as a pronoun does
_POINTS_BACK = re.compile(r"\b(?:den|det|dem|denna|detta|dessa|hen|han|hon|där|då|it|they|them)\b(?!\s+\d)",
                          re.IGNORECASE)


def question_parts(question: str) -> tuple[str, str] | None:
    if listed := _listed_years(question.strip()):
        return listed
    found = _TWO_QUESTIONS.match(question.strip()) or _when_clause_out(_ONE_AFTER_THE_OTHER.match(question.strip())) \
        or _with_own_subject(_TWO_ASKED.match(question.strip()))
    if not found or len(found["first"].split()) < MIN_FIRST_WORDS or _shares_the_verb(found["first"]) or \
            len(found["second"].rstrip(" ?.!").split()) < MIN_SECOND_WORDS:
        return _subject_parts(question.strip()) or _meeting_parts(question.strip())
    return found["first"], _compounds_named(found["first"], found["second"])


def _with_own_subject(found: re.Match[str] | None) -> re.Match[str] | None:
    """"… måste de sågas ner? vad kom arboristen fram till": a second question with a subject of its own; "blev det nån
    buss? vad beslutade bun?" asks the first again, of the decision."""
    said = content_terms(" ".join(w for w in words(found["second"]) if not looks_like_verb(w) and not w.isdigit())) \
        if found else set()
    return found if said - FRAME_TERMS - _DECIDER_TERMS - DATE_TERMS - _INITIALS else None


def _when_clause_out(found: re.Match[str] | None) -> re.Match[str] | None:
    """"när de sen sökte dispens i mars, gick det igenom då?": a clause of time before a question that opens with its
    verb is one question, not "när …?" and "gick det igenom?"."""
    if found and re.match(r"när\b", found["first"], re.IGNORECASE) and \
            re.match(_YES_NO, found["second"], re.IGNORECASE):
        return None
    return found


_QUESTION_PHRASE = re.compile(rf"^{_BEFORE_ASKING}{_ASKING}\s+\S+$", re.IGNORECASE)


def _shares_the_verb(first: str) -> bool:
    """"på vilket möte och vilket datum valdes X?": a first part that is only a question phrase asks with the
    second's verb, one question."""
    return bool(_QUESTION_PHRASE.match(first.strip()))


_WORD = re.compile(r"[a-zåäöéü]+", re.IGNORECASE)
MIN_HEAD_LETTERS = 4  # "lagen", "beslutet"; "den" and "det" point back another way
MIN_PREFIX_LETTERS = 3  # "socialtjänst|lagen", "bygglovs|beslutet"


def _compounds_named(first: str, second: str) -> str:
    """The second part with a word that ends a compound of the first written as that compound: in "hur mycket ska
    kommunerna få för den nya socialtjänstlagen, och när ska lagen börja gälla?" "lagen" is "socialtjänstlagen"
    (asked alone, "lagen" is any law the documents name)."""
    compounds = [w for w in _WORD.findall(first) if len(w) >= MIN_HEAD_LETTERS + MIN_PREFIX_LETTERS]

    def named(word: re.Match[str]) -> str:
        head = word[0].lower()
        whole = next((w for w in compounds if len(head) >= MIN_HEAD_LETTERS and
                      len(w) - len(head) >= MIN_PREFIX_LETTERS and w.lower().endswith(head)), None)
        return whole or word[0]
    return _WORD.sub(named, second)


# "hur ändrades firmateckningen mellan styrelsemötet i februari 2018 och styrelsemötet i januari 2019?": two
# meetings, each dated, compared
_BETWEEN_MEETINGS = re.compile(r"^(?P<asked>.*?)\s+mellan\s+(?P<first>.+?)\s+(?:och|o)\s+(?P<second>.+?)"
                               r"\s*(?P<end>\?*)$", re.IGNORECASE)
# "hur många medlemmar hade klubben vid styrelsemötet i september 2023 jämfört med mötet i oktober?"
_COMPARED = r"(?:jämfört med|jämfört mot|respektive|resp\.?)"
_COMPARED_MEETINGS = re.compile(rf"^(?P<asked>.*?)\s+(?:vid|på|under)\s+(?P<first>.+?),?\s+{_COMPARED}\s+"
                                r"(?P<second>.+?)\s*(?P<end>\?*)$", re.IGNORECASE)
_MEETING = re.compile(r"möte|sammanträde|stämm|protokoll|kallelse|nämnd|styrelse|fullmäktige|utskott"
                      r"|\b(?:ks|kf|au|bun)\b", re.IGNORECASE)  # a body met: "på ks 2009"
_DATED = re.compile(rf"\b(?:{'|'.join(MONTHS)})(?:\b|(?=möte|sammanträde|stämm))|\b(?:19|20)\d\d\b",
                    re.IGNORECASE)  # "marsmötet" too
# "i kassan i mars 2023 jämfört med feb 2024", "våren 1995 respektive våren 1996", "2007 jämfört med 2016": two days,
# months, seasons or years compared; "hur har antalet medlemmar förändrats från 2017 till sommaren 2022": a change
# between two of them
_MONTH_WORD = rf"(?:{'|'.join(MONTHS)}|{SHORT_MONTHS})\.?"
_YEAR = r"(?:19|20)\d\d"
_WHEN = (rf"(?:(?:\d{{1,2}}\s+)?{_MONTH_WORD}|(?:våren|hösten|sommaren|vintern))(?:\s+{_YEAR})?"
         rf"|{_YEAR}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}|{_YEAR}")
_AT = r"(?:i|på|under|vid|den)"


def _two_whens(joined: str) -> str:
    return (rf"(?:(?P<at>{_AT})\s+)?(?P<first>{_WHEN}),?\s+(?:{joined})\s+(?:(?P<second_at>{_AT})\s+)?"
            rf"(?P<second>{_WHEN})\s*(?P<end>\?*)$")


_COMPARED_DAYS = re.compile(r"^(?P<asked>.*?\S)\s+" + _two_whens(_COMPARED), re.IGNORECASE)
_CHANGED_BETWEEN = re.compile(r"^(?P<asked>.*?\b(?:förändr|ändr|ök|minsk|utveckl)[a-zåäö]*\b.*?)\s+(?:mellan|från)\s+"
                              + _two_whens("och|o|till"), re.IGNORECASE)


_OWN_PREPOSITION = re.compile(r"^(?:vid|på|under)\s+", re.IGNORECASE)


def _meeting_parts(question: str) -> tuple[str, str] | None:
    """The question asked of each of two dated meetings it compares: the answer is what each one decided."""
    found = _BETWEEN_MEETINGS.match(question) or _COMPARED_MEETINGS.match(question)
    parts = ("first", "second")  # "styrelsemötet jan 2012 o jan 2017": the second leans on the first's meeting
    if not found or not all(_DATED.search(found[p]) for p in parts) or \
            not any(_MEETING.search(found[p]) for p in parts):
        return _dated_parts(question)  # not "mellan januari och mars 2019": a period, not two meetings
    asked, end = found["asked"], found["end"]
    named = {p: _OWN_PREPOSITION.sub("", found[p]) for p in parts}  # "… resp. på ks i mars 2017"
    at = {p: "vid" if _MEETING.search(named[p]) else "i" for p in parts}
    return f"{asked} {at['first']} {named['first']}{end}", f"{asked} {at['second']} {named['second']}{end}"


# "2005, 2009 resp 2019", "mellan släktmötena 2005, 2009 och 2013": three years or more, listed
_YEAR_LIST = re.compile(rf"\b(?P<first>{_YEAR}),\s+(?P<rest>{_YEAR}(?:,\s+{_YEAR})*,?\s+(?:och|o|resp\.?|respektive)"
                        rf"\s+{_YEAR})\b")
_BETWEEN = re.compile(r"\b(?:mellan|från)\s+", re.IGNORECASE)


def _listed_years(question: str) -> tuple[str, str] | None:
    """The question asked of the first year listed, then of the rest, which may be split again."""
    found = _YEAR_LIST.search(question)
    if not found:
        return None
    before, after = question[:found.start()], question[found.end():]
    at_first = _BETWEEN.sub("vid ", before)  # "mellan släktmötena 2005": at that meeting
    return f"{at_first}{found['first']}{after}", f"{before}{found['rest']}{after}"


def _dated_parts(question: str) -> tuple[str, str] | None:
    """The question asked of each of two days, months, seasons or years it compares or tells a change between."""
    found = _COMPARED_DAYS.match(question) or _CHANGED_BETWEEN.match(question)
    if not found:
        return None
    asked, at, end = found["asked"], found["at"], found["end"]
    second_at = found["second_at"] or at
    return (" ".join(filter(None, (asked, at, found["first"]))) + end,
            " ".join(filter(None, (asked, second_at, found["second"]))) + end)


def _subject_parts(question: str) -> tuple[str, str] | None:
    """The question asked of each subject: the two are often decided in items of their own, and a passage that
    names both is rare ("barn- och utbildningsnämnden" is one name)."""
    found = _TWO_SUBJECTS.match(question)
    if not found or found["first"].endswith("-") or " mellan " in f" {found['first']} " or \
            any(len(found[part].split()) > MAX_SUBJECT_WORDS for part in ("first", "second")):
        return None
    of_both = found["of_both"] or ""
    return f"{found['asked']} {found['first']}{of_both}", f"{found['asked']} {found['second']}{of_both}"


def part_turns(parts: tuple[str, str], whole: str, history: list[Message] | None, given: Filters,
               analyse: Callable[[str], Question]) -> list[tuple[str, list[Message] | None, Filters]]:
    """How each part is asked (question, history, filters): a second that leans on the first ("vilken tid började den?",
    "för hur länge?", "vad gällde den ändringen?") as a follow-up of the whole question; a second part that names
    no meeting ("vad skrev styrelsen om corona i kallelsen?") on the meeting the first names; else as itself."""
    # the whole question as it stands alone: a follow-up of its own ("blev den beviljad på nästa möte då? hur många
    # röstade för") carries the topic of the question before it
    first, second = (analyse(part) for part in parts)
    turns: list[tuple[str, list[Message] | None, Filters]] = []
    for part, own in zip(parts, (first, second)):
        pronoun = own is second and bool(_POINTS_BACK.search(DUMMY_DET.sub(" ", part)))
        points_back = is_follow_up(part, to_the_meeting=False) and not (own is first and own.meetings) or pronoun
        if own is second and first.filters != given and (own.roles or own.attribute in ("time", "place")) and \
                not pronoun:
            points_back = False  # "…, och vem är mötessekreterare?", "…, och när fortsatte mötet?": of that meeting
        points_back = points_back or own is second and _within_the_firsts_item(first, own)
        # a first part that names its meeting ("Informationen om X på au sista februari – vem föredrog den") leans on
        # nothing; "vem var sekreterare och vem justerade på bygg-au 29 februari" on the second's meeting
        if points_back or not own.topic - FRAME_TERMS - _DECIDER_TERMS - _verbs_and_years(part, own, second):
            # "… och vad föreslogs?", "… o vad flyttas över till 2024?": a part with no subject of its own asks
            # about the other's
            turns.append(leaning_turn(part, whole, history, given))
        elif own is second and own.filters == given and first.filters != given:
            turns.append((part, history, first.filters))
        else:
            turns.append((part, history, given))
    return turns


def leaning_turn(part: str, whole: str, history: list[Message] | None,
                 given: Filters) -> tuple[str, list[Message] | None, Filters]:
    """A part asked as a follow-up of the whole question as it stands alone."""
    about_whole = (history or []) + [{"role": "user", "content": standalone_question(whole, history)}]
    return f"och {part}", about_whole, given


_PASSIVE = re.compile(r"\w{3,}as")


def _within_the_firsts_item(first: Question, second: Question) -> bool:
    """"§ 43 i bun-protokollet – när ska föreskrifterna träda i kraft och när skulle synpunkterna vara inne?": a
    second part that names no item, meeting, day or body of its own asks within the item the first names."""
    return bool(first.references) and not (second.references or second.meetings or second.dates or second.bodies
                                           or second.organisations)


def _verbs_and_years(part: str, own: Question, second: Question) -> set[str]:
    """A second part's verbs (a present passive too: "flyttas", "betalas") and years, which name no subject of its
    own; not of a part asking a role, time or place, which asks it of the first part's meeting."""
    if own is not second or own.roles or own.attribute in ("time", "place"):
        return set()
    return content_terms(" ".join(w for w in words(part) if looks_like_verb(w) or _PASSIVE.fullmatch(w) or w.isdigit()))


AnswerPart = Callable[[str, "list[Message] | None", Filters], Answer]


def answered_in_parts(turns: list[tuple[str, list[Message] | None, Filters]], answer_part: AnswerPart,
                      analyse: Callable[[str], Question], documents: list[dict[str, Any]],
                      leaning: tuple[str, list[Message] | None, Filters]) -> Answer:
    """Each part answered, the second within the organisation the first was answered from when it names no
    organisation, body, meeting or day of its own ("hur många ledamöter vill valberedningen att brf-styrelsen ska
    ha, och vem är föreslagen som ny ledamot?": the brf's nominee, not another body's). A second part asked as itself
    that finds nothing is asked again ``leaning`` on the whole question ("…, and how many seats does the council
    have?": the council the first part names)."""
    first = answer_part(*turns[0])
    part, history, given = turns[1]
    own = analyse(part)
    leans = part.startswith("och ")  # asked as a follow-up of the whole, it has the first's context already
    if first.found and not leans and not given.narrows() and \
            not (own.organisations or own.bodies or own.dates or own.meetings):
        given = replace(given, documents=_of_the_same_organisation(first, documents))
    second = answer_part(part, history, given)
    if first.found and not second.found and not leans:
        second = answer_part(*leaning)
    return joined(first, second)


def _of_the_same_organisation(answer: Answer, documents: list[dict[str, Any]]) -> tuple[str, ...]:
    owners = organisations_by_folder(documents)
    cited = {owners.get(c.doc_id, "") for c in answer.citations}
    if len(cited) != 1 or "" in cited:
        return ()
    return tuple(sorted(doc for doc, owner in owners.items() if owner in cited))


def joined(first: Answer, second: Answer) -> Answer:
    """Both answers, the first's first (a first part the documents do not answer keeps its refusal above the
    second's answer). A second answer that is a refusal, or quotes nothing new, adds nothing; a passage both quote
    stands in the direct answer once, and "Mer i underlagen" repeats nothing quoted above it."""
    if not second.found:
        return first
    direct = [c for c in second.citations if not _inside(c, first.citations)]
    if first.found and not direct:
        return first
    first_more = [c for c in first.more_citations if not _overlaps(c, direct)]
    more = [c for c in second.more_citations if not _overlaps(c, first.citations + direct + first_more)]
    k, s = len(first.citations), len(direct)
    numbers = {c.n: k + i for i, c in enumerate(direct, 1)} | {c.n: k + s + len(first_more) + i for i, c in enumerate(more, 1)}
    moved = {c.n: k + s + i for i, c in enumerate(first_more, 1)}
    text = _under_shared_headings(first.answer, _numbered(second.answer, numbers))
    rest = "\n\n".join(x for x in (_numbered(first.more, moved), _numbered(second.more, numbers)) if x.strip())
    return replace(first, answer=text, found=True, related=[],
                   citations=first.citations + [replace(c, n=numbers[c.n]) for c in direct], more=rest,
                   more_citations=[replace(c, n=moved[c.n]) for c in first_more] + [replace(c, n=numbers[c.n]) for c in more])


def _overlaps(citation: Citation, others: list[Citation]) -> bool:
    return any(o.doc_id == citation.doc_id and o.start < citation.end and citation.start < o.end for o in others)


def _inside(citation: Citation, others: list[Citation]) -> bool:
    return any(o.doc_id == citation.doc_id and o.start <= citation.start and citation.end <= o.end for o in others)


def _numbered(text: str, numbers: dict[int, int]) -> str:
    """The text with each cited line renumbered; a line citing only what is not in ``numbers`` left out, and a
    heading left with nothing under it too."""
    blocks = []
    for block in text.split("\n\n"):
        lines = [ln for ln in block.split("\n")
                 if not (cited := [int(n) for n in _MARKER.findall(ln)]) or any(n in numbers for n in cited)]
        if any(_MARKER.search(ln) for ln in lines) or not _MARKER.search(block):
            blocks.append("\n".join(_MARKER.sub(lambda x: f"[{numbers[int(x[1])]}]" if int(x[1]) in numbers else "",
                                                ln).rstrip() for ln in lines))
    return "\n\n".join(b for b in blocks if b.strip())


def _under_shared_headings(first: str, second: str) -> str:
    """The second answer's passages placed under the first's heading when both quote the same item."""
    blocks = [b.split("\n") for b in first.split("\n\n") if b.strip()]
    for block in (b.split("\n") for b in second.split("\n\n") if b.strip()):
        same = next((b for b in blocks if len(b) > 1 and len(block) > 1 and b[0] == block[0]), None)
        if same is not None:
            labels = [ln for ln in same[1:] if not _MARKER.search(ln)]
            same += block[1 + (len(block) > 2 and bool(labels) and block[1] == labels[-1]):]  # "Beslut:" once
        else:
            blocks.append(block)
    return "\n\n".join("\n".join(b) for b in blocks)
