"""The meeting's officials: who chaired the meeting, kept the minutes and checks them (justerare), as the opening
items record their election ("att välja X till justerare", "Till sekreterare valdes X", "a. Mötesordförande" / "Mötet
väljer X.", "- mötesordförande: Markus") or else as the signatures say. A board chair elected under a later item
("Val av styrelseordförande") is not the meeting's chair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.documents.lines import CELL_GAP, Line, split_lines
from assistant.documents.model import AgendaItem
from assistant.documents.person_names import names_as_written as _names

OPENING_ITEMS = 8  # officials are elected among the first items (a bostadsrättsförening's stämma: justerare under 7)
OPENING_CHARS = 5000  # without items: the opening of the text
HEADING_CHARS = 70
SIGNATURE_CHARS = 1500  # the signatures close the minutes

_MEETINGS = ("", "mötes", "stämmo", "årsmötes", "årsstämmo")  # "årsmötesordförande": the meeting's own chair
ROLES = {**dict.fromkeys([f"{m}ordförande" for m in _MEETINGS] + ["talman", "mötestalman"], "ordförande"),  # a speaker
         **dict.fromkeys([f"{m}sekreterare" for m in _MEETINGS] + ["protokollförare"], "sekreterare"),
         **dict.fromkeys(("protokolljusterare", "justerare", "justeringsperson", "justeringspersoner", "justerande",
                          "justeringsman", "justeringsmän", "justeringsmännen"), "justerare")}
_ROLE = r"(?P<role>(?i:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r"))"
_NAME = (r"[A-ZÅÄÖÉÜ][\wåäöéü'-]+(?:\s+[A-ZÅÄÖÉÜ]\.?(?=\s+[A-ZÅÄÖÉÜ]))?"  # "Lennart B Johansson"
         r"(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉÜ][\wåäöéü'-]+){1,3}")
_NAMES = rf"(?P<name>{_NAME}(?:\s*(?:,|och|&)\s*{_NAME})*)"
_IN_PARTY = r"(?:\s*\([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\))?"  # "Eva Johansson (C) utses att …": a member and party
_NAMES_IN_PARTIES = rf"(?P<name>{_NAME}{_IN_PARTY}(?:\s*(?:,|och|&)\s*{_NAME}{_IN_PARTY})*)"
_SENTENCES = (
    re.compile(rf"(?:välja|väljer|väljs|valde|valdes?|valt|utse|utser|utses|utsåg|utsågs|anmäler|anmälde)\s+"
               rf"(?:till\s+\w+\s+)?{_NAMES}\s+(?:till|som)\s+(?:mötets\s+)?{_ROLE}"),
    re.compile(rf"{_NAMES}\s+(?:valdes|väljs|utsågs|utses|(?:blev\s+)?valda?|(?:blev\s+)?utsedda?)\s+(?:\w+\s+)?(?:till|som)\s+"
               rf"(?:mötets\s+)?{_ROLE}"),
    re.compile(rf"\b[Tt]ill\s+(?:mötets\s+)?{_ROLE}(?:\s+(?:och\s+)?tillika\s+[a-zåäö]+|\s+och\s+[a-zåäö]+)?\s+"
               rf"(?:för\s+\w+\s+)?(?:valdes|väljs|utsågs|utses)\s+(?:enhälligt\s+|enigt\s+)?{_NAMES_IN_PARTIES}"),
    # "Till justeringsmän och tillika rösträknare valdes Ive Lingström och Leôn Pettersson.", "… enhälligt G R (F)"
    re.compile(rf"\b{_ROLE}\s+(?:för\s+(?:mötet|sammanträdet)\s+)?(?:är|var|blir|blev)\s+{_NAMES}"),
    re.compile(rf"(?:^|(?<=\. )){_NAMES},\s+{_ROLE}\."),  # "Niklas Säwén och Erik Lövgren, justerande."
    # "Jesper Sjöberg Räftegård var ordförande för mötet och Linus Sandkvist sekreterare.": a summary's last line
    re.compile(rf"{_NAMES}\s+var\s+{_ROLE}\s+(?:för|på|vid)\s+(?:\w*mötet|sammanträdet|\w*stämman)\b"),
    re.compile(rf"\bvar\s+\w+\s+(?:för|på|vid)\s+(?:\w*mötet|sammanträdet|\w*stämman)\s+och\s+{_NAMES}\s+{_ROLE}\b"),
)
# "Ordförande Anna Berg förklarade mötet öppnat": the chair, unless the meeting then elects its own
_OPENED_BY = re.compile(rf"\b(?P<role>(?i:mötesordförande|ordförande))n?\s+{_NAMES}\s+(?:förklarade|förklarar|öppnade"
                        rf"|öppnar|hälsade|hälsar)\b")
_TO_CHECK = re.compile(rf"(?:(?:välja|väljer|väljs|valde|valdes|valts|utse|utser|utses|utsåg|utsågs)\s+|^[\s\-–•*]*)"
                       rf"{_NAMES_IN_PARTIES}\s+(?:att|till att)\s+justera\b")  # "välja Ingrid Thögersen och Marcus
# Alsterfjord att justera"; under "Val till dagens möte", the verb left out: "Lars-Erik Åberg till att justera …"
_APPOINTED_TO_CHECK = re.compile(rf"{_NAMES_IN_PARTIES}\s+(?:utses|utsågs|valdes|väljs)\s+(?:att|till att)\s+"
                                 rf"(?:jämte\s+ordföranden?\s+(?:att\s+)?)?justera\b")  # "Ann-Margret Knapp utses att
# jämte ordföranden justera protokollet"
# "Att jämte ordförande Åsa Ulander justera dagens protokoll valdes Pirjo Jonsson": the chair and the one who checks
_BESIDE_CHAIR = re.compile(rf"\b[Aa]tt\s+(?:jämte|tillsammans\s+med)\s+ordföranden?\s+(?:(?P<chair>{_NAME})\s+)?"
                           rf"justeras?\b[^.]{{0,40}}?"
                           rf"\b(?:valdes|valts|utsågs|utses|väljs|av)\s+{_NAMES}")  # "… justeras protokollet av X"
# "Ordförande öppnade mötet.": what the chair did, no heading over a name
_CHAIR_DID = re.compile(r"\s+(?:öppnade|öppnar|förklarade|förklarar|hälsade|hälsar|konstaterade|konstaterar|informerade"
                        r"|informerar|avslutade|avslutar|tackade|tackar|meddelade|meddelar)\b")
FIRST_NAME = r"[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?"  # "Leif-Jöran"
_FIRST_NAME_ELECTED = re.compile(rf"(?:^|(?<=\. )|(?<=: ))[\s\-–•*]*(?P<name>{FIRST_NAME})\s+"
                                 rf"(?:väljs|valdes|utses|utsågs)"
                                 rf"\s+(?:till|som)\s+{_ROLE}\b")  # "Ylva väljs till justerare." (a small board knows its members)
_FIRST_NAME_AFTER = re.compile(rf"\b[Tt]ill\s+{_ROLE}\s+(?:för\s+\w+\s+)?(?:valdes|väljs|utsågs|utses)\s+"
                               rf"(?P<name>{FIRST_NAME})\s*(?:\.|$)")  # "Till sekreterare valdes Sören."
# "Styrelsen valde Leffe till mötessekreterare", "Förutom Kjell o Mia valdes Göran till justeringsman": by first name
_FIRST_NAMES_CHOSEN = re.compile(rf"\b(?:valde|väljer|utsåg|utser|valdes|väljs|utsågs|utses)\s+"
                                 rf"(?P<name>{FIRST_NAME}(?:\s*(?:,|och|&)\s*{FIRST_NAME})*)"
                                 rf"\s+(?:till|som)\s+(?:mötets\s+)?{_ROLE}\b")
_OPENED = re.compile(rf"\b(?:Mötet|Sammanträdet|[\wåäö]*[Ss]tämman|[\wåäö]*[Mm]ötet)\s+(?:öppnades|förklarades öppnat)\s+av\s+"
                     rf"(?P<name>{_NAME}|{FIRST_NAME})")  # "Mötet öppnades av Uffe.": the chair, unless one is elected
# "… och Stefan till sekreterare"
_AND_ELIDED = re.compile(rf"\s+och\s+(?P<name>{FIRST_NAME})\s+(?:till|som)\s+{_ROLE}\b")
_ELECTED_UNDER_HEADING = re.compile(  # "6. Val av 2 st protokolljusterare tillika rösträknare. Tony och Madeleine valdes."
    rf"\b[Vv]al av\b[^.]*?{_ROLE}[^.]*\.\s+(?P<name>{FIRST_NAME}(?: {FIRST_NAME})?(?:\s*(?:,|och)\s*{FIRST_NAME}"
    rf"(?: {FIRST_NAME})?)*)\s+(?:valdes|väljs|utsågs)\b")
_NOT_NAMES = {"mötet", "han", "hon", "styrelsen", "årsmötet", "stämman", "nämnden", "föreningen", "ingen", "den", "det"}
_KEEPS_MINUTES = re.compile(rf"{_NAMES}\s+(?:skriver|för|förde)\s+protokoll")  # the secretary, unnamed as such
# "I Pierres frånvaro, väljs Anna" / "Green Svensson att" / "skriva kvällen protokoll.": the secretary
_CHOSEN_TO_KEEP_MINUTES = re.compile(rf"(?:(?:väljs|valdes|utses|utsågs)\s+{_NAMES}"
                                     rf"|{_NAMES.replace('?P<name>', '?P<name2>')}\s+(?:väljs|valdes|utses|utsågs))"
                                     rf"\s+(?:att|till att)\s+(?:skriva|föra)\s+(?:[\wåäö]+\s+)?protokoll")
_SIGNATURE_ROLE = re.compile(r"(?i:(" + "|".join(sorted(ROLES, key=len, reverse=True)) +
                             r")|vid protokollet|vid pennan|vid anteckningarna|(justeras|justerat))")
SIGNED_ROWS_BELOW = 3  # a signature row: names under their roles, a line or two of scribble between
_SIGNED_NAME = re.compile(rf"{_NAME}")
_LEAD = re.compile(r"^[\s\-–•*\u00ad]*(?:#{1,6}\s+)?"
                   r"(?:§\s*\d{1,3}[.:]?\s*|\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[a-z][.)]\s+)?")  # "§ 4", "1.4.", "a)"
_COUNT = r"(?:(?:en|ett|två|tre|\d)\s+(?:\(\d\)\s+)?(?:st\.?\s+)?)"  # "Val av två (2) justeringspersoner"
_CLAUSE = re.compile(r",\s+(?:som|vilka|att)\b")  # "…, som jämte ordförande skall justera": what the role does
_HEADING = re.compile(rf"(?i:val\s+av\s+{_COUNT}?)?{_ROLE}\b(?P<rest>.*)")
_RUN_IN_NAME = re.compile(r"[A-ZÅÄÖÉ][\wåäöé'-]+(?:\s+[A-ZÅÄÖÉ][\wåäöé'-]+){0,2}")
_ANY_ROLE = re.compile(_ROLE.replace("?P<role>", ""))
_ALSO_ROLE = re.compile(r"^\s*(?:och|tillika|samt)\s+[a-zåäö]+")  # "Justerare och rösträknare", "… tillika rösträknare"
_SIGNATURES_CELL = re.compile(r"^[ \t]*(?i:underskrift(?:er)?)[ \t]{2,}")  # "Underskrifter  Sekreterare  ……": the cover's label
_SIGNATURE_RULE = re.compile(r"[ \t]+(?:[-_.]{3,}|…+).*$")  # "Ordförande  ---- digital signatur ----  Paragrafer 21-32"
_PARTY, _CAPITALS = re.compile(r"\s*\([A-ZÅÄÖ]{1,3}\)$"), re.compile(r"\b[A-ZÅÄÖ]{4,}\b")
_NICKNAME = re.compile(r"\s*[“”\"][^“”\"]{1,30}[“”\"]\s*")


@dataclass(frozen=True)
class Official:
    role: str  # "ordförande", "sekreterare", "justerare"
    names: str  # "Karin Barck Holst och Anders Nylander"
    start: int  # the election: the sentence's line, or the heading through the line that names them
    end: int


def meeting_officials(text: str, items: list[AgendaItem]) -> list[Official]:
    """The first election found for each role, in the opening of the minutes; else the signatures at their end."""
    end = items[OPENING_ITEMS].start if len(items) > OPENING_ITEMS else min(len(text), OPENING_CHARS)
    lines = [ln for ln in split_lines(text[:end]) if ln.stripped]
    tail = [ln for ln in split_lines(text) if ln.stripped and ln.start >= len(text) - SIGNATURE_CHARS]
    signed_first = _by_signature([ln for ln in lines if _SIGNATURE_RULE.search(ln.text)], lines) + \
        [official for i, line in enumerate(lines) for official in _row_of_signatures(line, i, lines)] + \
        [official for line in lines for official in _led_signatures(line)]
    opened_by = [Official("ordförande", _names(m["name"]), ln.start, ln.end) for ln in lines
                 if (m := _OPENED_BY.search(ln.text) or _OPENED.search(ln.text))]
    keeper = [Official("sekreterare", _names(m["name"] or m["name2"]), m.start(), m.end())
              for m in _CHOSEN_TO_KEEP_MINUTES.finditer(text, 0, end)]
    found = sorted(_by_sentence(lines) + _by_heading(lines) + signed_first + keeper, key=lambda o: o.start) + \
        opened_by + _by_signature(tail)
    first: dict[str, Official] = {}
    for official in found:
        held = first.setdefault(official.role, official)
        if official.names.startswith(f"{held.names} ") and (" " not in held.names or official.start < held.end):
            first[official.role] = official  # "Emil väljs till justerare", signed "Emil Stigsson"; a heading's line
            # read again as a sentence whose names wrap: the full names
    return list(first.values())


def _by_sentence(lines: list[Line]) -> list[Official]:
    found = []
    for line, below in zip(lines, lines[1:] + [None]):
        for pattern in _SENTENCES:
            wrapped = _wrapped(pattern, line, below) if below is not None else None
            if wrapped and below is not None:
                found.append(Official(ROLES[wrapped["role"].casefold()], _names(wrapped["name"]), line.start, below.end))
            for match in pattern.finditer(line.text):
                if not wrapped or match.start() != wrapped.start():  # the names the next line goes on with
                    found.append(Official(ROLES[match["role"].casefold()], _names(match["name"]), line.start, line.end))
        if match := _TO_CHECK.search(line.text) or _APPOINTED_TO_CHECK.search(line.text):
            found.append(Official("justerare", _names(match["name"]), line.start, line.end))
        said = f"{line.text} {below.stripped}" if below and not re.search(r"[.:;!?]\s*$", line.text) else line.text
        if (match := _BESIDE_CHAIR.search(said)) and match.start() < len(line.text):  # "… och Håkan" / "Lövgren."
            end = below.end if below and match.end("name") > len(line.text) else line.end
            found.append(Official("justerare", _names(match["name"]), line.start, end))
            if match["chair"]:
                found.append(Official("ordförande", _names(match["chair"]), line.start, line.end))
        found += _by_first_name(line, below) + _named_once_each(line, below)
        if match := _KEEPS_MINUTES.search(line.text):
            found.append(Official("sekreterare", _names(match["name"]), line.start, line.end))
    return found


_OPEN_LIST = re.compile(r"(?:\boch|,|&)\s*(?:[A-ZÅÄÖÉ][\wåäöé-]*)?\s*$")  # "… och Lars-G" / "Dyberg (F)."


def _wrapped(pattern: re.Pattern[str], line: Line, below: Line) -> re.Match[str] | None:
    """An election that goes on on the next line: "… välja A och B som" / "justerare." (the next line starts in
    lower case), or a line left unfinished after its role ("Sekreterare är Per" / "Silverliden.")."""
    joined = pattern.finditer(f"{line.text} {below.stripped}")  # after another election on the line, too
    match = next((m for m in joined if m.start() < len(line.text) < m.end()), None)
    if not match:
        return None
    if pattern.search(line.text, match.start()):  # found on the line alone, unless its list of names runs on
        return match if _OPEN_LIST.search(line.text) else None  # "… valdes Magnus Söderlund och" / "Ola Ågren."
    unfinished = not re.search(r"[.:;!?]$", line.text.rstrip()) and match.start("role") < len(line.text)
    return match if _goes_on(below) or unfinished else None


def _goes_on(below: Line | None) -> bool:
    """The line below goes on with the sentence: it starts in lower case."""
    return below is not None and below.stripped[:1].islower()


def _by_first_name(line: Line, below: Line | None) -> list[Official]:
    """"Ylva väljs till justerare.", "… för mötet. Per valdes till ordförande och Stefan till" / "sekreterare.", "Val
    av 2 st protokolljusterare. Tony och Madeleine valdes.", "Till sekreterare valdes Sören.": a small association
    names its members by first name,
    leaves out the verb before the second, or lets the heading on the same line name the role."""
    text, end = (f"{line.text} {below.stripped}", below.end) if _goes_on(below) else (line.text, line.end)
    found = []
    for match in _FIRST_NAME_ELECTED.finditer(text):
        if match["name"].casefold() in _NOT_NAMES:
            continue
        found.append(Official(ROLES[match["role"].casefold()], match["name"], line.start, end))
        if more := _AND_ELIDED.match(text, match.end()):
            found.append(Official(ROLES[more["role"].casefold()], more["name"], line.start, end))
    if match := _ELECTED_UNDER_HEADING.search(text):
        found.append(Official(ROLES[match["role"].casefold()], _names(match["name"]), line.start, end))
    found += [Official(ROLES[m["role"].casefold()], _names(m["name"]), line.start, end)
              for m in _FIRST_NAMES_CHOSEN.finditer(text) if m["name"].casefold() not in _NOT_NAMES]
    if (match := _FIRST_NAME_AFTER.search(text)) and match["name"].casefold() not in _NOT_NAMES:
        found.append(Official(ROLES[match["role"].casefold()], match["name"], line.start, end))
    return found


# "Till mötesordförande valdes Stefan, till sekreterare Gustav, och som justeringsperson" / "Stian.", "valdes som
# ordförande Anne-Marie Berger, som sekreterare Erik Berger samt som justerare …": every office, the verb said once
_FIRST_PAIR = re.compile(rf"(?:\b[Tt]ill|\b(?:valdes|väljs|utsågs|utses|valde|väljer|utsåg|utser)\s+(?:till|som))\s+"
                         rf"{_ROLE}\s+(?:(?:valdes|väljs|utsågs|utses)\s+)?(?P<name>{_NAME}|{FIRST_NAME})(?=\s*,)")
_NEXT_PAIR = re.compile(rf"\s*(?:,|\bsamt\b|\boch\b)\s*(?:och\s+)?(?:till|som)\s+{_ROLE}\s+"
                        rf"(?P<name>{_NAME}(?:\s+och\s+{_NAME})?|{FIRST_NAME})\b")
# "The meeting officials were elected as" / "(a) Stefan as chairperson," / "(c) Mattias as approver.": in English
_ENGLISH_ROLES = {"chairperson": "ordförande", "chair": "ordförande", "chairman": "ordförande", "secretary": "sekreterare",
                  "approver": "justerare", "adjuster": "justerare", "adjusters": "justerare"}
_ENGLISH_ROLE = rf"(?P<english>{'|'.join(sorted(_ENGLISH_ROLES, key=len, reverse=True))})"
_AS_ROLE = re.compile(rf"(?P<name>{FIRST_NAME}(?: {FIRST_NAME})?)\s+(?:was\s+elected\s+)?as\s+(?:the\s+)?"
                      rf"(?:meeting\s+)?{_ENGLISH_ROLE}\b")
# "(a) Stefan till ordförande," under "Som mötesfunktionärer valdes", "(a) Stefan to chairman": a row of its own
_ROW_TO_ROLE = re.compile(rf"^[\s\-–•*]*(?:\(?[a-h][.)]\s*)?(?P<name>{FIRST_NAME}(?: {FIRST_NAME}){{0,2}})\s+"
                          rf"(?:till|to)\s+"
                          rf"(?:{_ROLE}|(?:meeting\s+)?{_ENGLISH_ROLE})[\s,.;]*(?:och|and)?[\s,.;]*$")
# "Stefan var mötets ordförande, Gustav sekreterare och Stian justerare."
_NAME_ON_LINE = _NAME.replace(r"\s+", r"[ \t]+")
_COVER_LABELS = {"paragrafer", "varav", "utses", "justeringens", "underskrift", "underskrifter", "organ", "anslag",
                 "anslag/bevis", "bevis", "sammanträdesdatum", "förvaringsplats", "datum"}  # a cover's cells
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}[ \t]*$")
_LEADER_SIGNATURE = re.compile(rf"\b{_ROLE}[ \t]*(?:\.{{3,}}|…+)[ \t]*(?P<name>{_NAME_ON_LINE})")
_WAS_ROLE = re.compile(rf"(?P<name>{_NAME_ON_LINE}|{FIRST_NAME})[ \t]+var[ \t]+(?:mötets[ \t]+)?{_ROLE}\b")
_AND_WAS = re.compile(rf"[ \t]*(?:,|och)[ \t]*(?P<name>{_NAME_ON_LINE}|{FIRST_NAME})[ \t]+{_ROLE}\b")
# "Stefan Kangas ledde mötet och Stian Rødven Eide justerar protokollet."
_LED = re.compile(rf"(?P<name>{_NAME_ON_LINE}|{FIRST_NAME})\s+(?:ledde|leder)\s+(?:mötet|sammanträdet)\b")
_CHECKS = re.compile(rf"(?P<name>{_NAME_ON_LINE}|{FIRST_NAME})\s+(?:justerar|justerade|ska justera)\s+(?:dagens\s+)?"
                     r"protokollet\b")


def _named_once_each(line: Line, below: Line | None) -> list[Official]:
    """Offices a small association names once each: in one sentence under one verb, a lettered row each, in the
    past tense, by what the officers did, or in English."""
    unfinished = below is not None and not re.search(r"[.:;!?]\s*$", line.text)
    text, end = (f"{line.text} {below.stripped}", below.end) if unfinished and below else (line.text, line.end)
    found = []
    if (first := _FIRST_PAIR.search(text)) and len(pairs := _chain(first, _NEXT_PAIR, text)) > 1:  # one pair alone
        found += [Official(ROLES[m["role"].casefold()], m["name"], line.start, end) for m in pairs]  # is a sentence's
    found += [Official(_ENGLISH_ROLES[m["english"]], m["name"], line.start, line.end)
              for m in _AS_ROLE.finditer(line.text) if m["name"].casefold() not in _NOT_NAMES]
    if row := _ROW_TO_ROLE.match(line.text):
        role = ROLES[row["role"].casefold()] if row["role"] else _ENGLISH_ROLES[row["english"]]
        found.append(Official(role, row["name"], line.start, line.end))
    if was := _WAS_ROLE.search(line.text):
        found += [Official(ROLES[m["role"].casefold()], m["name"], line.start, line.end)
                  for m in _chain(was, _AND_WAS, line.text)]
    found += [Official(role, m["name"], line.start, line.end) for pattern, role in ((_LED, "ordförande"),
              (_CHECKS, "justerare")) for m in pattern.finditer(line.text) if m["name"].casefold() not in _NOT_NAMES]
    return found


def _chain(first: re.Match[str], following: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``first`` and the matches of ``following`` that go on right after it, one after the other."""
    found, at = [first], first.end()
    while more := following.match(text, at):
        found.append(more)
        at = more.end()
    return found


def _by_heading(lines: list[Line]) -> list[Official]:
    """A line that names one role and little else, with the names after its colon or on the next lines."""
    found = []
    for i, line in enumerate(lines):
        bare = _LEAD.sub("", line.text).strip()
        match = _HEADING.fullmatch(bare)
        said = _CLAUSE.split(match["rest"])[0] if match else ""  # the role's own words, not what it does
        if not match or match.end("role") + len(said) > HEADING_CHARS or _ANY_ROLE.search(said) or \
                bare[:1].islower() and ":" not in bare or _CHAIR_DID.match(match["rest"]) or _OPENED_BY.match(bare):
            continue  # a lower-case line ends a sentence the line above began: "… som" / "protokolljusterare."
        role = ROLES[match["role"].casefold()]
        if "  " in line.stripped:  # a row of a table of functions: "Justerare och rösträknare  Amanda Paulsson  amapau"
            found += _table_row(role, match["rest"], line, found)
            continue
        label, colon, value = match["rest"].partition(":")
        if colon and re.match(r"\s*[A-ZÅÄÖÉ]", value):  # "mötesordförande: Markus"
            found.append(Official(role, value.strip(), line.start, line.end))
            continue
        if _RUN_IN_NAME.fullmatch(label.strip(" .")):  # "2. Val av justerare Britt-Marie"
            found.append(Official(role, label.strip(" ."), line.start, line.end))
            continue
        found += _named_below(role, line, lines[i + 1:i + 1 + ELECTED_LINES])
    return found


ELECTED_LINES = 4
FIRST_NAMED_WITHIN = 2  # the names stand right under the heading
_FIRST_NAME_ONLY = re.compile(rf"\s*(?P<name>{FIRST_NAME})\s+(?:[a-zåäö]+\s+och\s+)?(?:valdes|väljs)\b")  # "Adam
# kandiderar och väljs": a small association's member by first name
_ELECTED_LINE = re.compile(r"\b(?:valdes|väljs|valda|vald|utsågs|utses)\b")


def _named_below(role: str, heading: Line, below: list[Line]) -> list[Official]:
    """The names on the lines under a role's heading: the first that names someone, and each line after it that
    elects one more ("1.4. Val av två justeringsmän" / "Julle Keuschnig kandiderar och valdes" / "Mattias Orahem
    kandiderar och valdes")."""
    names: list[str] = []
    end = heading.end
    for at, line in enumerate(below):
        if _HEADING.fullmatch(_LEAD.sub("", line.text).strip()) or names and not _ELECTED_LINE.search(line.text) or \
                not names and at >= FIRST_NAMED_WITHIN:
            break
        if (named := re.search(_NAMES, line.text) or _FIRST_NAME_ONLY.match(line.text)) and _CAPITALS.search(named[0]):
            break  # the next page's header ("2 ÅNGE KOMMUN SAMMANTRÄDESPROTOKOLL …"): no name under the role
        if named:
            names.append(_names(named["name"]))
            end = line.end
            if not _ELECTED_LINE.search(line.text):
                break
    return [Official(role, " och ".join(names), heading.start, end)] if names else []


def _table_row(role: str, rest: str, line: Line, found: list[Official]) -> list[Official]:
    """The name in the row's own cells, a nickname in quotes left out ("Andreas “Equeroot” Ekeroot"); a role on
    two rows (two justerare) is one official with both names."""
    rest = _NICKNAME.sub(" ", _ALSO_ROLE.sub("", rest))
    if not (names := re.search(_NAMES, rest)):
        return []
    if found and found[-1].role == role and found[-1].end + 1 == line.start:
        previous = found.pop()
        return [Official(role, f"{previous.names} och {_names(names['name'])}", previous.start, line.end)]
    return [Official(role, _names(names["name"]), line.start, line.end)]


def _by_signature(lines: list[Line], around: list[Line] | None = None) -> list[Official]:
    """A signature: a role alone on its line ("Justerare", "Vid protokollet") or before its signature rule
    ("Ordförande  ---- digital signatur ----") with the name above or below it; or a row of roles ("Vid
    protokollet  Justeras") over a row of as many names. ``around``: the lines the names stand among, when
    ``lines`` are only the signature lines of a first page."""
    around = lines if around is None else around
    found = []
    for line in lines:
        i = around.index(line)
        signed = _SIGNATURE_RULE.search(line.text)
        said = _SIGNATURES_CELL.sub("", line.text[:signed.start()] if signed else line.text)
        role = _SIGNATURE_ROLE.fullmatch(_LEAD.sub("", said).strip(" _.:"))
        if not role:
            found += _row_of_signatures(line, i, around)
            continue
        leads = not role.group(1)  # "Vid protokollet", "Justeras" stand above the signature and the name
        places = (i + 1,) if signed else (i + 1, i - 1) if leads else (i - 1, i + 1)  # a rule: the name below it
        for other in [around[j] for j in places if 0 <= j < len(around)]:
            said = _PARTY.sub("", other.stripped.strip(" _/"))  # "Per Palm (L)", a name typed as signed "/Per Palm"
            if "  " not in other.stripped and (name := _SIGNED_NAME.fullmatch(said)):
                span = (min(line.start, other.start), max(line.end, other.end))
                found.append(Official(_signing_role(role), name.group(), *span))
                break
    return found


def _led_signatures(line: Line) -> list[Official]:
    """A cover's cells run together: each role, its dot leader and the name signed on it on one line
    ("Sekreterare... Ann Berg Ordförande.... Eva Lind (S) Justerande.... Olle Ek (M)")."""
    found: list[Official] = []
    at = 0
    while match := _LEADER_SIGNATURE.search(line.text, at):
        words = match["name"].split()
        words = words[1:] if words[0].casefold() in _COVER_LABELS else words  # "Sekreterare... Paragrafer Maria Holm"
        name = " ".join(words[:next((i for i, w in enumerate(words) if w.casefold() in ROLES or
                                     w.casefold() in _COVER_LABELS), len(words))])
        at = match.start("name") + match["name"].find(name) + len(name) if name else match.end()  # the next role
        role = ROLES[match["role"].casefold()]
        if _ROLE_BEFORE.search(line.text, 0, match.start()):
            continue  # "Sekreterare Ordförande Justerare... Erik Anderson. Lars-Åke Larsson": a row of roles, then names
        if len(name.split()) >= 2 and found and found[-1].role == role:  # "Justerande... A Justerande... B"
            found[-1] = Official(role, f"{found[-1].names} och {name}", line.start, line.end)
        elif len(name.split()) >= 2:
            found.append(Official(role, name, line.start, line.end))
    return found


def _row_of_signatures(line: Line, i: int, around: list[Line]) -> list[Official]:
    """A row of roles over its names ("Talman  Sekreterare" / "" / "Tarek Alhaskir  Mikael Eriksson"), or right
    under them in one paragraph, the next one apart ("Mikael Lindvall  Solveig Rif" / "ordförande
    protokollförare"): wherever it stands, a cover page's signatures as well as the last page's."""
    above, below = around[max(i - 1, 0):i], around[i + 1:i + 1 + SIGNED_ROWS_BELOW]
    names_above = bool(above) and above[0].end + 1 == line.start and not (below and line.end + 1 == below[0].start)
    return _signature_row(line, above if names_above else below)


def _signature_row(line: Line, below: list[Line]) -> list[Official]:
    roles = [_SIGNATURE_ROLE.fullmatch(cell.strip(" _.:")) for cell in CELL_GAP.split(line.stripped)]
    if len(roles) < 2 or not all(roles):
        return []
    for other in below:
        names = [_SIGNED_NAME.fullmatch(cell.strip(" _")) for cell in CELL_GAP.split(other.stripped)]
        if len(names) == len(roles) and all(names):
            by_role: dict[str, list[str]] = {}  # "Justerare  Justerare": one official with both names
            for role, name in zip(roles, names):
                by_role.setdefault(_signing_role(role), []).append(name.group())
            return [Official(role, " och ".join(signed), min(line.start, other.start), max(line.end, other.end))
                    for role, signed in by_role.items()]
    return []


def _signing_role(role: re.Match[str]) -> str:
    if role.group(1):
        return ROLES[role.group(1).casefold()]
    return "justerare" if role.group(2) else "sekreterare"  # "Justeras", else "Vid protokollet" or "Vid pennan"

