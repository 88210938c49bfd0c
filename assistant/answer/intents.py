"""What each kind of question wants from a unit it quotes: the intents a question shows ("varför", "hur många",
"när", a proposal, a decision …) and how a unit that answers them scores higher."""

from __future__ import annotations

import re

from assistant.answer.asked import ASKS_OUTCOME, REASON_ASKED, WHICH_THINGS, attribute_of
from assistant.answer.english import GLOSSARY
from assistant.answer.units import Unit
from assistant.documents.model import ChunkKind
from assistant.documents.structure import DECIDES
from assistant.swedish import COUNT_WORDS, MONTHS, content_terms, fold

_MONTH = "|".join(MONTHS)
_DATE_OR_TIME = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}(?::[ea])? (?:{_MONTH})\b|\b(?:kl\.?|klockan) ?\d"
    rf"|\b(?:{_MONTH}|hösten|våren|sommaren|vintern|början av|slutet av) \d{{4}}\b", re.IGNORECASE)
INTENTS = {
    "proposal": re.compile(r"föresl|forsl|förslag|propos|suggest"  # "vad ska SKR själv göra": what is proposed for it
                           r"|\bvad (?:ska|bör|borde) (?:[\wåäö:]+ ){1,3}göra\b|\bwhat should\b", re.IGNORECASE),
    "decision": re.compile(r"beslut|beslöt|decid|decision", re.IGNORECASE),
    "time": re.compile(r"\bnär\b|\bnar\b|\bdatum\b|\bwhen\b|\bvilken dag\b|\btid\b|\bklockan\b|\bklockslag"
                       r"|\btidpunkt", re.IGNORECASE),
    "person": re.compile(r"\bvem\b|\bvilka\b|\bwho\b", re.IGNORECASE),
    "reason": REASON_ASKED,
    "amount": re.compile(r"\bhur (stor|stora|hög|hog|mycket|många|manga|lång|lang)\b|\bavgift|\bkostnad|\bkostade"
                         r"|\bhow (much|many|big|large)\b", re.IGNORECASE),
    "attendance": re.compile(r"närvar|narvar|\bpå plats\b|deltog|deltar|deltagit|\bmed (?:under|på|vid)\b|attend|\bpresent\b"
                             r"|frånvar", re.IGNORECASE),  # not "representera"
    "cost": re.compile(r"kost|avgift|belopp|pengar|betalt|ersättning|arvode|\bcost|\bfees?\b|\bpris|\bprice|\bcharge",
                       re.IGNORECASE),
    "presenter": re.compile(r"föredr|fredra|foredr|\bpresenter|\bpresented\b|\bredovisade\b|\bredogjorde\b",
                            re.IGNORECASE),
    "motion": re.compile(r"\byrka|\byrkande", re.IGNORECASE),
    "put_off": re.compile(r"\b(?:sköts|skjuts|sköt|skjutits|skjutas)\s+upp\b|\bflyttade?s?\b|\bflyttats\b"
                          r"|\bsenarela(?:des|gts|gd)\b|\buppskjut|\bpostponed\b", re.IGNORECASE),
    "frequency": re.compile(r"\bhur ofta\b|\bhow often\b|\bhur många gånger\b", re.IGNORECASE),
    "count": re.compile(r"\bhur många\b|\bhur manga\b|\bhow many\b|\bantal\b", re.IGNORECASE),
    "meeting_officer": re.compile(r"(?:mötes|stämmo|sammanträdes)(?:ordf|sekr|juster)", re.IGNORECASE),
    "place": re.compile(r"\b(var|where)\b.*\b(hålls|halls|är|ar|ligger|möte|mötet|motet|sammanträdet|meeting)\b"
                        r"|(?<!på )\bplats\b|\blokal\b", re.IGNORECASE),
}
# "förbundsmötets ordförande", "ordförande för årsmötet", "mötesordförande": the meeting's own officer, not the
# organisation's ("valdes till ny ordförande för förbundet")
_MEETINGS_OFFICER = re.compile(r"(?:mötes|stämmo|sammanträdes)(?:ordförande|sekreterare|justerare)"
                               r"|(?:mötets|stämmans|sammanträdets) (?:ordförande|sekreterare|justerare)"
                               r"|(?:ordförande|sekreterare|justerare) (?:för|vid|på) "
                               r"(?:\w+)?(?:mötet|stämman|sammanträdet)", re.IGNORECASE)
_PUTS_OFF = re.compile(r"\bsenarelägg\w*|\bsenarela(?:des|gts|gd)\b|\b(?:skjut\w*|sköts|sköt)\s+upp\b|\buppskjut"
                       r"|\bflytta(?:s|des|t|ts)?\b|\bnytt datum\b", re.IGNORECASE)
INTENT_BONUS = 1.5
RESTATES_OUTCOME = 0.6
ATTENDANCE_WEIGHT = 0.5  # a list of who attended names people, it tells nothing they did
_ATTENDANCE = re.compile(r"\s*(?:Övriga närvarande|Närvarande|Beslutande|Ledamöter|Ersättare|Tjänstgörande ersättare"
                         r"|Deltagare|Adjungerade|Kallade|Frånvarande)\b", re.IGNORECASE)
_COUNTED_WORD = re.compile(r"\bhur (?:många|manga) ([\wåäö-]+)|\bhow many ([a-z-]+)")
_NOT_COUNTED = {"var", "är", "ar", "har", "hade", "kom", "fick", "blev", "deltog", "röstade", "rostade", "gick", "finns",
                "av", "i", "på", "som"}
NUMBER_WORDS = "|".join([*COUNT_WORDS, "tjugo", "hundra"])
_COUNT = re.compile(rf"\b(?:(?!(?:19|20)\d\d\b)\d+|{NUMBER_WORDS})\s+(?!(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
                    r"[a-zåäö]*\b)[a-zåäö]{3,}", re.IGNORECASE)  # "12 skrivelser", "fem ledamöter"; no date
_COUNT_OF = re.compile(rf"\b(?:\d+|{NUMBER_WORDS})\s+(?:[\wåäö-]+\s+){{0,2}}[\wåäö-]+", re.IGNORECASE)  # "40 konkreta förslag"
_FREQUENCY = re.compile(r"\bvarje (?:år|månad|vecka|kvartal|termin|mandatperiod|måndag|tisdag|onsdag|torsdag|fredag)|"
                        r"\bvarannan\b|\bårligen\b|\ben gång (?:per|om|i)\b"
                        r"|\bper (?:år|månad|vecka)\b|\bgånger? (?:per|om|i)\b|\b(?:månads|kvartals|vecko)vis\b"
                        r"|\bvartannat\b|\bvarje gång\b", re.IGNORECASE)
PRESENTS = re.compile(r"\bföredra[gr]|\bföredrog\b|\bredovisar\b|\bredogör\b|\bredogjorde\b|\bpresenter(?:ar|ade)\b"
                      r"|\binformer(?:ar|ade)\b|\bmedverkar\b|\b(?:gick|går|gått) igenom\b",
                      re.IGNORECASE)  # "… Anders Östlund, kriminolog, medverkar", "Kassör X gick igenom …"
# causal "då" inside a sentence, before its subject ("… närvara idag då kallelsen skickades ut för sent"), not the
# "då" that opens a clause before its verb ("Då beslutar mötet …")
_CAUSAL_DA = r"(?<=[\w,] )då (?:det|den|de|vi|han|hon|man|jag|ni|[a-zåäö]+(?:en|et|na|erna|arna|orna))\b"
GIVES_REASON = re.compile(r"\beftersom\b|\bdärför\b|\bskäl\b|\bpå grund av\b|\bmed anledning av\b|\bmot bakgrund av\b"
                           r"|\bbedömer\b|\bbedöms\b|\bbedömde\b|\bbedömts\b"  # "Förvaltningen bedömde att nytt beslut behövs"
                           r"|\banledning(?:en)? (?:till|var|är)\b|\borsak(?:en)? (?:till|var|är)\b"
                           r"|\bberor på\b|\bmed tanke på\b|\bi och med att\b|\bi syfte att\b|,\s*för att\b|\bdetta för att\b"
                           r"|\bsyftet (?:är|var|med)\b|\bgör att\b|\bgjorde att\b|\bled(?:er|de) till att\b"
                           r"|\bmedför(?:de)? att\b|\btill följd av\b"
                           r"|\bvilket\s+(?:innebär|innebar|medför|medförde)\b"  # "… har gjorts vilket innebär en
                           # kostnadsökning": what was done is why it costs more
                           r"|\bkonstater(?:as|ats)\b"  # "sådana brister … har kunnat konstateras att …"
                           r"|\bgrunda(?:r|de|s|des)\b[^.]{0,60}?\bpå\b"  # "grundar beslutet på SGIs utlåtande"
                           r"|\bmotiver(?:as|ades|ar|ade) (?:med|av)\b"
                           r"|" + _CAUSAL_DA,  # "Förutsättningarna gör att …"
                           re.IGNORECASE)  # ", för att få möjlighet till …": a purpose is a reason
_MOVES = re.compile(r"\byrka[rdt]?\b|\byrkande", re.IGNORECASE)
REASON_LABELS = ("Beslutsmotivering", "Motivering", "Skäl för beslut", "Bedömning", "Förvaltningens bedömning")
_AMOUNT = re.compile(r"\d[\d \u00a0]*(?:,\d+)?\s*(?:kr\b|kronor|kvm|m²|kvadratmeter|meter|procent|%|miljon|miljard)",
                     re.IGNORECASE)
MONEY = re.compile(r"\d+(?:[ \u00a0\n]\d{3})*(?:[,.]\d+)?\s*(?:kr\b|kr\.|kronor|tkr|mnkr|mkr|msek|sek\b|:-|miljon\w* kr"
                    r"|miljard\w* kr|miljoner kronor|miljarder kronor|euro\b|€|öre\b)|\b(?:sek|kr\.?)\s*\d", re.IGNORECASE)
_PLACE = re.compile(r"\bPlats\b|rummet\b|rum\b|Regionhuset|Stadshuset|Kommunhuset", re.IGNORECASE)
# who was given a task, as minutes write it: a first name, then what they do ("Mikael uppdras att", "Janet och
# Sofia tar fram", "Erik kollar upp")
_ASSIGNED = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+(?:(?:,| och) [A-ZÅÄÖ][a-zåäöé]+)* (?:uppdras|väljs|får i uppdrag|tar"
                       r"|[a-zåäö]{2,}(?:ar|er))\b")
# "Förslag på representanter är … ." under "Beslut:", a sentence; not a heading ("Förslag från programberedningen")
_PROPOSES = re.compile(r"(?:Förslag|Förslaget)\b(?! till beslut).*[.!]\s*$", re.DOTALL)
_PERSON = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé-]+")
_PARTY = re.compile(r"\([A-ZÅÄÖ]{1,3}\)")


def intents_of(question: str) -> set[str]:
    found = {name for name, pattern in INTENTS.items() if pattern.search(question)}
    if ASKS_OUTCOME.search(question.casefold()):
        found.add("decision")
    asked = attribute_of(question.casefold())
    if asked == "list":
        found.discard("person")  # "vilka åtgärder nämnde X": things, not people
    if asked == "amount":
        found.add("amount")  # "vad får kassören betalt per timme", "vad är månadshyran"
    return found


def _decides(text: str) -> bool:
    """"Mötet beslutar att …" in running minutes; not a motion's "Vi yrkar att föreningen beslutar att …"."""
    return bool(DECIDES.search(text)) and not _MOVES.search(text) and not re.search(r"\bföresl[åo]", text, re.I)


def gives_reason(unit: Unit) -> bool:
    return unit.label.startswith(REASON_LABELS) or bool(GIVES_REASON.search(unit.text))


def apply_intents(unit: Unit, intents: set[str], kind: str, counted: str, listed: str = "") -> None:
    """A unit of the kind the question asks for (a proposal, a decision, a date, a reason, an amount, a place, a
    person) scores higher; for "varför", a decision that only restates the outcome scores lower."""
    label = unit.label.casefold()  # "Förslag till beslut", "Utbildningsförvaltningens förslag till beslut"
    if "proposal" in intents and (kind == "proposal" or "förslag" in label or _PROPOSES.match(unit.text)):
        unit.score += INTENT_BONUS
    if "decision" in intents and (kind == "decision" or label == "beslut" or label.endswith("s beslut")
                                  or "förslag till beslut" in label or _decides(unit.text)):
        unit.score += INTENT_BONUS
    if "time" in intents and _DATE_OR_TIME.search(unit.text):
        unit.score += 1.0
    if "reason" in intents and gives_reason(unit):
        unit.score += INTENT_BONUS
    elif "reason" in intents and (kind in (ChunkKind.DECISION, ChunkKind.PROPOSAL_DECISION)
                                  or unit.label.startswith(("Förslag", "Beslut"))):
        unit.score *= RESTATES_OUTCOME
    if "amount" in intents and (MONEY if "cost" in intents else _AMOUNT).search(unit.text):
        unit.score += INTENT_BONUS  # a fee asked: a sum of money, not "18 meter"
    if "presenter" in intents and PRESENTS.search(unit.text):  # "redovisar tf kulturchef Thomas Kvist för ärendet"
        unit.score += INTENT_BONUS
    if "put_off" in intents and _PUTS_OFF.search(unit.text):  # "… beslutat att senarelägga vårmötet till den 16 maj"
        unit.score += INTENT_BONUS
    if "motion" in intents and (_MOVES.search(unit.text) or unit.label.startswith("Yrkande")):
        unit.score += INTENT_BONUS  # "Stefan Vilumsons (SD) yrkar på att bevilja …", not the proposal it opposes
    if "frequency" in intents and _FREQUENCY.search(unit.text):
        unit.score += INTENT_BONUS
    if "count" in intents:
        unit.score += _count_bonus(unit.text, counted)
    if "meeting_officer" in intents and _MEETINGS_OFFICER.search(unit.text):
        unit.score += INTENT_BONUS
    if "place" in intents and _PLACE.search(unit.text):
        unit.score += INTENT_BONUS
    if listed and unit.text.rstrip().endswith(":") and listed in fold(unit.text.casefold()):
        unit.score += INTENT_BONUS  # "följande ärenden utgår från dagens sammanträde:" for "vilka ärenden utgick"
    if "person" in intents and (_PERSON.search(unit.text) or _ASSIGNED.search(unit.text)):
        unit.score += 0.5
    elif not intents & {"person", "attendance"} and _ATTENDANCE.match(unit.text):
        unit.score *= ATTENDANCE_WEIGHT


OFFICE_TERMS = content_terms("ordförande sekreterare kassör justerare ledamot ersättare revisor suppleant")


def has_full_name(text: str) -> bool:
    """A first name and a surname ("Sandra Larsson") or a party ("(S)")."""
    return bool(_PERSON.search(text) or _PARTY.search(text))


def counts(text: str, counted: str) -> bool:
    """The text gives a number of what is counted ("12 sammanträden", "40 konkreta förslag")."""
    return bool(counted) and any(counted in fold(m.group().casefold()) for m in _COUNT_OF.finditer(text))


def counted_stem(question: str) -> str:
    """What "hur många X" counts, as the start of its stem ("belys" for "belysningsmaster"); "" when the word
    after it is a verb ("hur många var närvarande"). In English, the glossary's Swedish word for X."""
    found = _COUNTED_WORD.search(question.casefold())
    word = (found[1] or GLOSSARY.get(found[2], "").split(" ")[0]) if found else ""  # "how many meetings": sammanträden
    if not word or word in _NOT_COUNTED:
        return ""
    return min(content_terms(word) or {word}, key=len)[:5]


_WHICH_ARE_THE = re.compile(r"\bvilka (?:är|var|blev) (?:de|dom) (?:[a-zåäö]+ ){0,3}?"
                            r"([a-zåäö]+(?:erna|arna|orna|na))\b")


def listed_stem(question: str) -> str:
    """What "vilka X" or "vilka är de (fem) X-na" asks to be listed, as the start of its stem ("arend" for
    "ärenden"); "" for people."""
    low = question.casefold()
    return _stem_listed(WHICH_THINGS.search(low) or _WHICH_ARE_THE.search(low), low)


def named_list_stem(question: str) -> str:
    """What "vilka är de fem strategierna" asks for: a list the documents name so ("Fem övergripande
    strategier:")."""
    low = question.casefold()
    return _stem_listed(_WHICH_ARE_THE.search(low), low)


def _stem_listed(found: re.Match[str] | None, low: str) -> str:
    if not found or attribute_of(low) != "list":
        return ""
    return min(content_terms(found[1]) or {found[1]}, key=len)[:5]


def _count_bonus(text: str, counted: str) -> float:
    """A number of what is counted ("6 belysningsmaster", "12 skrivelser") answers; another count ("18 meter")
    only perhaps."""
    if counts(text, counted):
        return INTENT_BONUS
    return INTENT_BONUS / 3 if _COUNT.search(text) else 0.0
