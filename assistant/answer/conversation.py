"""Follow-up questions: "och vad ska staten göra?" only makes sense with the turn before it."""

from __future__ import annotations

import re

from assistant.answer.asked import ASKING_TERMS, INDEFINITE, written_out
from assistant.swedish import MONTHS, YEAR, content_terms

_ELLIPTIC_START = re.compile(
    r"^\s*(?:(?:ok|okej|okay|ja|jaha|aha|jo|nej|tack|precis)[,!.]?\s+)?"  # "ok men …", "Jaha, och …"
    r"(och|å|men|samt|också|även|då|sen|sedan|vad mer|what about|and|how about)\b"  # "ok å vem blev vald": spoken
    r"|\b(det|den|dem|detta|dessa|där|dit|då|hen|han|hon|it|they|that|this|de)\b[?!.]?\s*$"
    r"|^\s*(blev|gick|fick|togs|godkändes|antogs|beviljades|avslogs|röstades|klubbades)\s+(den|de|dom|hen|han|hon)\b"
    r"|\b(?:sen|sedan|senan) dess\b"  # "har det hänt nåt mer med det sen dess?": since what was just discussed
    r"|\b(?:nåt|något|nånting|någonting) (?:mer|mera|annat)\b"  # "togs det upp nåt mer under övriga frågor?": more
    # than what was just said, of the same meeting
    r"|\b(?:till|med|om|för|i|på|av|kring|från|under|efter|inför)\s+(?:det|den|denna|detta|dessa|de|dom)\s+"
    r"[a-zåäö]+(?:et|en|na|erna|arna|orna)\b",  # "kopplat till det lovet", "om den motionen": the one just discussed
    re.IGNORECASE,
)
_THE_MEETING = content_terms("mötet sammanträdet stämman")
_POINTING = (r"det|den|dessa|detta|dem|de|dom|hen|han|hon|hans|hennes|hens|beslutet|förslaget|ärendet|punkten"
             r"|it|that|they")
_REFERS_BACK = re.compile(rf"\b(?:{_POINTING}|mötet)\b", re.IGNORECASE)
_REFERS_BACK_NOT_TO_MEETING = re.compile(rf"\b(?:{_POINTING})\b", re.IGNORECASE)

# "det" as a dummy subject points back at nothing: "vad är det för bilaga", "finns det ett beslut om …"
DUMMY_DET = re.compile(r"\b(?:vad (?:är|var|blev|blir) det för|(?:finns|fanns|fick|får) det)\b", re.IGNORECASE)
_ASKS_ONLY = re.compile(r"^\s*(vem|vilka|vilken|vilket|när|var|hur|varför|who|when|where|which|how|why)\b", re.IGNORECASE)
SHORT_TERMS = 2

Message = dict[str, str]


def previous_question(history: list[Message] | None) -> str:
    """The latest question that names its topic: a follow-up of a follow-up ("vem ska köpa den?" then "hur
    mycket får den kosta?") goes back to the question both are about."""
    asked = [m["content"].strip() for m in history or [] if m.get("role") == "user" and m.get("content", "").strip()]
    return next((q for q in reversed(asked) if not is_follow_up(q)), asked[-1] if asked else "")


def previous_answer(history: list[Message] | None) -> str:
    return next((m.get("content", "") for m in reversed(history or []) if m.get("role") == "assistant"), "")


def is_follow_up(question: str, to_the_meeting: bool = True) -> bool:
    """Elliptical ("och sekreterare?"), pointing back ("vem fattade beslutet"), or too short to stand alone in
    a conversation ("vem informerar", "vilken avgift tas ut") unless it names a number, a date or a case;
    ``to_the_meeting``: "mötet" points back at the meeting just discussed ("blev det någon paus under mötet?")."""
    question = written_out(question)  # "hur mkt av det …"
    said = content_terms(question) - ASKING_TERMS  # "hur mycket får den kosta"
    terms = said - INDEFINITE - (_THE_MEETING if to_the_meeting else frozenset())  # "reserverade sig någon?":
    # someone in what was just discussed
    words = [w for w in re.findall(r"[\wåäöÅÄÖ-]+", question) if content_terms(w) & terms]  # "avslogs" is one
    # word, though two terms ("avslog", "avslar")
    short = len(words) <= SHORT_TERMS and not re.search(r"\d", question)
    back = _REFERS_BACK if to_the_meeting else _REFERS_BACK_NOT_TO_MEETING
    points_back = bool(back.search(DUMMY_DET.sub(" ", question)))
    return bool(_ELLIPTIC_START.search(question)) or not terms or short and (
        points_back or len(words) < SHORT_TERMS or _ASKS_ONLY.search(question) is not None or terms != said)


def standalone_question(question: str, history: list[Message] | None) -> str:
    """Rule-based condensation: an elliptical follow-up inherits the topic of the previous question, and "han",
    "hon" name the one person the answer before it named."""
    previous = previous_question(history)
    if not previous or not is_follow_up(question):
        return question
    if asked_again := _at_another_time(question, previous):
        return asked_again
    answer = previous_answer(history)
    return f"{_dated(previous.rstrip(' ?.!'), answer, question)} – {_person_named(question.strip(), answer)}"


_MONTH = "|".join(MONTHS)
_TIME = rf"(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}} (?:{_MONTH}) (?:19|20)\d\d|(?:{_MONTH})(?: (?:19|20)\d\d)?|(?:19|20)\d\d"
_A_TIME = re.compile(rf"\b(?:{_TIME})\b", re.IGNORECASE)
_ANOTHER_TIME = re.compile(rf"\s*(?:(?:ok|okej|ja|jaha)[,!.]?\s+)?(?:och|men|å|and|what about|how about)\s+"
                           rf"(?:(?:i|under|för|in|år|året|den)\s+)?(?P<time>{_TIME})\s*(?:då|then)?\s*[?.!]*\s*",
                           re.IGNORECASE)


def _at_another_time(question: str, previous: str) -> str:
    """"och 2023?" after "hur många styrelsemöten hade filmstudion 2021?": the same question of 2023."""
    other = _ANOTHER_TIME.fullmatch(question)
    said = _A_TIME.search(previous)
    if not other or not said:
        return ""
    return f"{previous[:said.start()]}{other['time']}{previous[said.end():]}"


_DAY = re.compile(rf"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{{1,2}} (?:{_MONTH}) (?:19|20)\d\d\b", re.IGNORECASE)
_DOCUMENT_DATED = re.compile(r"\bdater(?:ad|at|ade)\s+(?:den\s+)?$", re.IGNORECASE)  # "en skrift …, daterad den 25
# november 2009": the day a document was written, not a meeting's
_THAT_MEETING = re.compile(r"\b(?:mötet|sammanträdet|det mötet|där|då)\b", re.IGNORECASE)


def _dated(previous: str, answer: str, question: str) -> str:
    """"vilket styrelsemöte fick en skrift från brf giraffen" answered "… styrelsens sammanträde den 26 november
    2009 …", then "vilken tid började det mötet": the meeting of that day, which the answer named."""
    days = {m.group() for m in _DAY.finditer(answer) if not _DOCUMENT_DATED.search(answer[:m.start()])}
    if len(days) != 1 or YEAR.search(previous) or not _THAT_MEETING.search(question):
        return previous
    return f"{previous} {days.pop()}"


_PERSON = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
                     r"(?= \([A-ZÅÄÖ]{1,3}\))")  # "Elisabeth Deichmann (SD)": a person, by the party
_HE_OR_SHE = re.compile(r"\b(?:han|hon|hen)\b|\b(?P<whose>hans|hennes|hens)\b", re.IGNORECASE)


def _person_named(question: str, answer: str) -> str:
    """"vad gjorde hon där" after "Det var Elisabeth Deichmann (SD) …": "vad gjorde Elisabeth Deichmann där"."""
    people = set(_PERSON.findall(answer))
    if len(people) != 1:
        return question
    name = people.pop()
    return _HE_OR_SHE.sub(lambda m: f"{name}s" if m["whose"] else name, question)
