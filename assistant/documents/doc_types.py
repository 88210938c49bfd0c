"""What kind of document a text is: an agenda, minutes, a report, a governing document … from the words of its
title lines, then from what its text does (minutes record decisions), then from its file name."""

from __future__ import annotations

import re
from itertools import takewhile

from assistant.documents.fields import is_decision
from assistant.documents.lines import NUMBERED_HEADING
from assistant.documents.model import Structure
from assistant.swedish import fold

FIRST_PAGE_CHARS = 4000
AGENDA_SHARE = 0.75  # of items that are a bare title, and the document is an agenda
DOC_TYPES = (  # (type, pattern), tried in the order they occur in the title lines
    ("justerat protokoll", r"justerat\s+protokoll"),
    # "Härmed kallas …", "Inbjudan till hembygdsdagen … (whose programme holds the årsmöte)"
    ("kallelse", r"kallelse|^\s*inbjudan till\b|\bhärmed kallas\b|\bkallas\b(?: härmed)? [^.]{0,60}\btill\b"
                 r"|(?:\bär|^)\s*(?:hjärtligt\s+)?välkomn(?:a|en) till\b[^.]{0,60}?(?:möte|stämma)"),  # "Alla
    # medlemmar är välkomna till … ordinarie årsmöte kl. 14.00": invited (minutes' "hälsade alla välkomna" is not)
    ("föredragningslista", r"föredragningslista"),
    ("dagordning", r"dagordning|^\s*agenda\b"),
    ("protokoll", r"\w*protokoll(?![a-zåäö])|protokoll\s+fört|\w*anteckningar\b|\bminutes\b|\bprotocol\b"  # English too
                  r"|\b(?:rapport|referat)(?:\s+från)?\s+(?:dagens\s+)?\w*(?:möte|sammanträde)t?\b"),  # a federation's
    # "Rapport från styrelsemöte nr 2/2022": the decisions of that meeting, published instead of its minutes
    ("tjänsteskrivelse", r"tjänsteskrivelse|tjänsteutlåtande|^\s*yttrande\b|^\s*handläggare\s*:"),  # an official's
    # letterhead ("Datum: …" / "Handläggare: …" / "Diarienr: …") over what the nämnd is asked to decide or to answer
    ("bilaga", r"^\s*(?:bilaga|motion(?:er)?\b|proposition\b|förslag till\b(?! (?:dagordning|föredragningslista))"
               r"|\w+s förslag\b)|\bBESLUTSUNDERLAG\b"),  # an officer's letterhead: "… Ledningsenhet BESLUTSUNDERLAG"
    ("rapport", r"\w*rapport(?![a-zåäö])|^\s*(?:\w+\s+)?\w*berättelse\b|verksamhetsberättelse"  # "Revisionsberättelse"
                r"|^\s*(?:\w+\s+)?\w*redovisning\b"  # "Ekonomisk redovisning", "Årsredovisning"
                r"|^\s*(?!tjänste)\w*skrivelse\b"),  # a body's letter: "Skrivelse", "Budgetskrivelse för investeringar"
    # by-laws, regulations, policies and plans a meeting adopted, named first on their title line (by-laws also after
    # the organisation's name: "Vänsterliberalerna Stadgar", "Föreningens partistadgar")
    ("styrdokument", r"^\s*(?:\S+\s+){0,2}\w*stadgar\b|^\s*(?:reglemente|arbetsordning|delegationsordning|policy"
                     r"|riktlinjer|instruktion(?:er)?|verksamhetsplan|budget)\b"
                     r"|^\s*\w*anvisning(?:ar)?\b"),  # "Budgetanvisningar"
)
NOT_MEETINGS = {"bilaga", "tjänsteskrivelse", "rapport", "styrdokument"}  # documents of their own date, not a meeting's
_DECIDED = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutades|beslöts|väljer|valdes|godkändes|fastställdes|"
                      r"bifölls|antogs|lades till handlingarna|läggs till handlingarna"
                      r"|passed|decided|(?:was|were) (?:elected|approved|adopted))\b", re.IGNORECASE)
# who was there: "Närvarande", "Attendance list", "Present:" (an agenda's item "Närvarande och frånvarande" is not)
_ATTENDED = re.compile(r"^\s*(?:Närvarande\b(?! och frånvarande)|Attendance\b|Attendees\b|Present(?: members)?\s*:)",
                       re.MULTILINE)
# what only minutes carry: the certificate of their posting, the checkers' signatures, the certified extract
_POSTED = re.compile(r"ANSLAG\s*/\s*BEVIS|BEVIS\s*/\s*ANSLAG|\banslagsbevis"
                     r"|\btillkännag(?:ivits|etts|iven|et)\s+genom\s+anslag|\bbevis\s+om\s+justering",
                     re.IGNORECASE)  # "Justeringen har tillkännagivits genom anslag", "Bevis om justering"
_MINUTES_MARKS = re.compile(rf"{_POSTED.pattern}|\butdragsbestyrkande"
                            r"|\bunderskrifter\s*:?\s*(?:sekreterare|paragrafer)\b"
                            r"|\bjusterandes\s+sign"
                            r"|\b(?-i:Protokoll|PROTOKOLL)(?:\s+nr\.?\s*\d+)?,?\s+fört\s+vid\b"
                            r"|\b(?:utsågs|valdes|valts)\b[^.\n]{0,80}\bjustera\b", re.IGNORECASE)
# "Protokoll nr 348, fört vid sammanträde med …", wherever a transcript's running text puts it (not "Anmäldes
# protokoll fört vid årsstämman": an item about other minutes); "… utsågs att justera dagens protokoll": who was
# chosen, which only the minutes record (a notice proposes: "utses att justera")
TITLE_WORDS = {"justerat protokoll": "Justerat protokoll", "kallelse": "Kallelse", "föredragningslista": "Föredragningslista",
               "dagordning": "Dagordning", "protokoll": "Protokoll"}
_HELD = re.compile(r"\b(?:öppnades|förklarades öppnat|avslutades|förklarades avslutat"
                   r"|meeting (?:was )?(?:started|opened|ended|closed|adjourned|declared (?:open|closed)))\b",
                   re.IGNORECASE)  # it took place


def doc_type(lines: list[str]) -> str:
    for at, (line, below) in enumerate(zip(lines, lines[1:] + [""])):
        prose = at and (_SENTENCE.fullmatch(line) or _LONG.fullmatch(line) and below.strip()[:1].islower())
        found = [(m.start(), kind) for kind, pattern in DOC_TYPES if (m := re.search(pattern, line, re.IGNORECASE))
                 and not (kind in NOT_MEETINGS and prose)]
        if found and not _names_a_category(line) and not _BREADCRUMB.match(line):
            return min(found)[1]
    return ""


# "Motioner om buffrat dagvatten … var några av de ärenden som förhandlades under måndagens möte.", "Budget och
# flerårsplan kommer att behandlas …": a sentence of a page that tells of a meeting opens with the word, no title
# (the first line is the title, however long: "Stadgar för fiskevårdområdesförening, som bildats enligt lagen …")
_LONG = re.compile(r"\s*\S+(?:\s+\S+){7,}\s*")
_SENTENCE = re.compile(rf"{_LONG.pattern}(?<=[.!])\s*")  # or wrapped: the line below goes on in lower case
# "Hem / Förbundsinfo / Styrelsemöten / 2021 / Rapport": the path to a website's page names the site's section
_BREADCRUMB = re.compile(r"\s*(?:hem|start|startsida)\s*[/>›»]", re.IGNORECASE)


# "Protokoll, kallelse och föredragningslista, miljönämnden": the heading of a website's page
# that lists a body's meeting documents names every kind, and so none of the page printed under it
_AGENDA_KINDS = r"(?:kallelse|föredragningslista|dagordning)"
_CATEGORY = re.compile(rf"\bprotokoll\b\s*(?:,|och|samt|&)\s*{_AGENDA_KINDS}"
                       rf"|\b{_AGENDA_KINDS}(?:\s+och\s+\w+)?\s*(?:,|och|samt|&)\s*protokoll\b", re.IGNORECASE)


def _names_a_category(line: str) -> bool:
    return bool(_CATEGORY.search(line))


# "1 KALMAR KOMMUN KOMMUNFULLMÄKTIGE PROTOKOLL Sammanträdesdag …": a transcript's page number, then the letterhead
# in capitals run into the cover, not an item
LETTERHEAD_RUN_IN = re.compile(r"\s*\d{1,2}\s+(?:[A-ZÅÄÖ][A-ZÅÄÖ-]+\s+){1,4}"
                               r"(?:PROTOKOLL|SAMMANTRÄDESPROTOKOLL|KALLELSE|FÖREDRAGNINGSLISTA|DAGORDNING)\b")


def run_in_letterheads(lines: list[str]) -> list[str]:
    """The letterheads a transcript ran into its pages' first lines: "1 KALMAR KOMMUN KOMMUNFULLMÄKTIGE PROTOKOLL"."""
    return [m.group().strip() for line in lines if (m := LETTERHEAD_RUN_IN.match(line))]


def posted_minutes(text: str) -> bool:
    """The first page carries the certificate of the minutes' posting, which only minutes carry."""
    return bool(_POSTED.search(text[:FIRST_PAGE_CHARS]))


def title_type(title: list[str]) -> str:
    """The type its title lines name, up to the record of who attended or that the meeting was held: minutes that
    list their "Dagordning" under "Närvarande" or under "Medlemmarna … genomförde föreningsstämman" are no agenda."""
    end = next((i for i, line in enumerate(title) if _ATTENDED.match(line) or _WAS_HELD.search(line)
                or NUMBERED_HEADING.match(line.strip()) and not LETTERHEAD_RUN_IN.match(line)), len(title))  # an
    # item the head runs into: "1 Kommundirektörens rapport" names no type of the document
    return doc_type(title[:end])


_WAS_HELD = re.compile(r"\b(?:genomförde|genomfördes|hölls|ägde rum|sammanträdde)\b")


def doc_type_from_text(text: str, structure: Structure) -> str:
    """Minutes record decisions and who was there; a list of items without them is an agenda; an officer's
    report to the board is headed by who handles the case ("Handläggare:") and its case number."""
    head = text[:min(FIRST_PAGE_CHARS // 4, structure.items[0].start if structure.items else len(text))]  # not
    # an agenda's items, each with its case number and officer
    if re.search(r"^\s*Handläggare\s*:", head, re.MULTILINE) and re.search(r"^\s*(?:Diarienr|Dnr|Diarienummer)\b", head,
                                                                         re.MULTILINE | re.IGNORECASE):
        return "tjänsteskrivelse"
    if any(is_decision(label) for item in structure.items for label in item.fields) or \
            _ATTENDED.search(text[:FIRST_PAGE_CHARS]) or _MINUTES_MARKS.search(text[:FIRST_PAGE_CHARS]):
        return "protokoll"
    if _bare_titles(text, structure) >= AGENDA_SHARE:
        return "dagordning"  # a pack of agenda and attachments: "valdes" in an attachment decides nothing here
    if len(_DECIDED.findall(text)) + len(_HELD.findall(text)) + len(_RECORDED.findall(text)) >= 2:
        return "protokoll"  # "Så här valde årsmötet.", "Årsmötet biföll …": a summary of what the meeting did
    proposed = any("förslag till" in label.casefold() for item in structure.items for label in item.fields)
    return "dagordning" if len(structure.items) >= 3 or proposed else ""  # what is proposed, not yet decided


def _bare_titles(text: str, structure: Structure) -> float:
    """The share of items that are their heading line and nothing more up to the next item, as on an agenda (a
    presenter may stand in the heading's row; the last item may run on into an attachment). A line that says what
    was decided or done ("2. Till stämmans sekreterare valdes Per Holm.") is the minutes' record, not a title."""
    items = sorted(structure.items, key=lambda i: i.start)
    if len(items) < 4:
        return 0.0
    bare = [i for i, following in zip(items, items[1:])
            if len(lines := [ln for ln in text[i.start:min(i.end, following.start)].splitlines() if ln.strip()]) == 1
            and not (_DECIDED.search(lines[0]) or _HELD.search(lines[0]))]
    return len(bare) / (len(items) - 1)


# what a meeting did, recorded under an item: "- Mötet valde John till ordförande.", "Stämman godkände …"
_RECORDED = re.compile(r"\b(?:[Mm]ötet|[\wåäö]*[Ss]tämman|[Åå]rsmötet|[Ss]tyrelsen|[Nn]ämnden)\s+"
                       r"(?:valde|godkände|beslutade|beslöt|fastställde|antog|biföll|avslog|lade|tog del|bordlade"
                       r"|delegerade|avskrev|utsåg)\b"
                       r"|\b(?:valde|beslutade|beslöt|biföll|bordlade) (?:[Åå]rsmötet|[\wåäö]*[Ss]tämman|[Mm]ötet)\b")
# "Så här valde årsmötet."
RECORDED_ITEMS = 3


def agenda_filled_in(text: str, structure: Structure) -> bool:
    """An agenda the secretary filled in at the meeting ("Föredragningslista …" / "§ 2 Val av mötesordförande" /
    "- Mötet valde John till ordförande."): items that record what the meeting did make it the minutes."""
    return sum(bool(_RECORDED.search(text, item.start, item.end)) for item in structure.items) >= RECORDED_ITEMS


def fold_words(words: str) -> str:
    """File names often spell without å, ä, ö: "foredragningslista" → "föredragningslista"."""
    known = {fold(kind): kind for kind, _ in DOC_TYPES}
    return " ".join(known.get(w.casefold(), w) for w in words.split())


def report_headline(head: list[str]) -> str:
    """The first line, unless it only names the organisation ("Teknologsektionen Informationsteknik", every word
    capitalised) or where and when it was written ("Altuna Fröslunda  20210317"), and a line under it names the
    report ("Verksamhetsrapport ArmIT, 2019–20 LP1")."""
    at = 0
    if (_ONLY_A_NAME.fullmatch(head[0]) or _DATELINE.fullmatch(head[0])) and not _REPORT_KIND.match(head[0]):
        at = next((i for i, line in enumerate(head[1:REPORT_HEAD_LINES], 1) if _REPORT_KIND.match(line)), 0)
    if len(head[at]) > TITLE_LINE_CHARS:  # a sentence, not a title: "Amnesty International är en global rörelse …"
        return head[at]
    return " ".join([head[at]] + _continuation(head[at + 1:at + 1 + CONTINUED_LINES]))


def _continuation(lines: list[str]) -> list[str]:
    """The short lines a headline runs on to: "Budgetskrivelse" / "för investeringar" / "2027-2031" (not a sentence:
    "Valberedningen påminner" / "och välkomnar att ni medlemmar hör av er till oss i valberedningen, …")."""
    continued = list(takewhile(lambda line: bool(_RUNS_ON.match(line)) and len(line) <= TITLE_LINE_CHARS, lines))
    return continued + lines[len(continued):len(continued) + 1] if continued and \
        _YEARS.fullmatch(" ".join(lines[len(continued):len(continued) + 1])) else continued


_ONLY_A_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ&-]*(?: [A-ZÅÄÖ][\wåäöÅÄÖ&-]*){0,4}")
# "Altuna Fröslunda  20210317", "Stockholm 2021-03-17": where and when it was written, over the report's name
_DATELINE = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?: [A-ZÅÄÖ][\wåäö-]*){0,2},?\s+(?:den\s+)?(?:\d{8}|\d{4}-\d{2}-\d{2})")
_REPORT_KIND = re.compile(r"(?i)[\wåäö]*(?:rapport|berättelse|redovisning|verksamhetsplan|budget|utredning|yttrande)\b")
REPORT_HEAD_LINES = 5
CONTINUED_LINES = 2
_RUNS_ON = re.compile(r"(?!att\b)[a-zåäö]{2,}\b")  # "för investeringar"; not "a) att …", nor an att-sats
TITLE_LINE_CHARS = 50
_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?")
