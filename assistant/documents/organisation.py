"""The organisation a meeting document belongs to, as its first lines name it: "Långasands Byalag",
"Kungsbacka kommun", "Region Västmanland", "Brf Doktor Lindh", or the owner of the meeting in the title
("LiTHe kods vårmöte 2018" → "LiTHe kod"). Blank when the head names none; a sidecar's value wins."""

from __future__ import annotations

import re

from assistant.swedish import MONTHS, WEEKDAYS

_NAME_WORD = r"[A-ZÅÄÖÉ][\wåäöéÅÄÖÉ&-]*"
_KIND_AFTER = (r"(?i:byalag(?:et)?|kommun|stad|[a-zåäö]*förening(?:en)?|[a-zåäö]*kår(?:en)?|sektion(?:en)?"
               r"|division(?:en)?|[a-zåäö]*klubb(?:en)?|[a-zåäö]*sällskap(?:et)?|[a-zåäö]*förbund(?:et)?|stiftelse(?:n)?"
               r"|landsting(?:et)?|[a-zåäö]*församling(?:en)?)")  # "Smålands Stövarklubb", "Lunds Schacksällskap",
# "Immanuelskyrkans församling"
_NOT_PARTICLE = r"(?!(?i:av|för|med|vid|och|i|på|till|om|från|hos|inom)\b)"  # no name ("AV" in capitals, "Om …")
# "SVENSKA SEKTIONEN AV AMNESTY": a section of a larger organisation, named with it
_SECTION_KIND = re.compile(r"(?i:(?:sektion|division)(?:en)?)$")
_SECTION_OF = re.compile(rf"\s+(?i:av|inom)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}")
# "HSB:s bostadsrättsförening Magelungen", "Riksbyggens Brf Eken": the owner of the name before it
_KIND_BEFORE = (r"(?:(?:HSB:s|Riksbyggens|SBC:s)\s+)?(?:[A-ZÅÄÖ][a-zåäö]+föreningen|Region|Brf|BRF"
                r"|[Bb]ostadsrättsförening(?:en)?|Föreningen|Stiftelsen|Sektionen|Divisionen|Kollektivhusföreningen"
                r"|Studentkåren|Kommunförbundet)")
_NAMED_KIND = (
    re.compile(rf"\b(?=[A-ZÅÄÖ])[\wåäöÅÄÖ-]*(?i:sektion(?:en)?) (?i:för|inom|vid) {_NAME_WORD}(?: {_NAME_WORD}){{0,2}}"),
    # a student section named with its university or subject: "Datatekniksektionen inom TLTH", "Sektionen för Medieteknik"
    re.compile(rf"\b{_KIND_BEFORE}\s+{_NAME_WORD}(?:\s+(?:(?:av|för|och)\s+)?{_NAME_WORD}){{0,4}}"),  # "Brf Doktor
    # Lindh", "Föreningen Leverantörer av Öppen Programvara"; not where it is ("i Stockholm")
    # "Långasands Byalag"; in capitals not "STYRELSEN AV SVENSKA SEKTIONEN"
    # "Årsmöte föreningen Altunagården": a meeting's name is no organisation's
    re.compile(rf"\b{_NOT_PARTICLE}(?![\wåäöÅÄÖ]*(?i:möte|stämma|sammanträde)\b){_NAME_WORD}"
               rf"(?:\s+{_NOT_PARTICLE}{_NAME_WORD}){{0,2}}\s+{_KIND_AFTER}(?=s?\b)"),  # "… stövarklubbs styrelsemöte"
)
_NUMBERED = re.compile(rf"(?P<owner>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}),?\s+\(?(?i:org\.?\s*(?:nr|nummer)\.?"
                       r"|organisationsnummer)\s*:?\s*\d{6}-\d{4}")  # "Höganäs Makerspace org.nummer 802523-8968"
_MEETING_WORD = r"[\wåäö]*(?:möte|stämma|sammanträde)"  # "styrelsemöte", "årsstämma", "sammanträde"
_OWNED_MEETING = rf"(?:ordinarie\s+|extra\s+)?{_MEETING_WORD}"  # "Stackens ordinarie höstmöte": whose meeting
_MEETING_OWNER = re.compile(rf"^(?:.{{0,60}}?\b(?:vid|från|till)\s+)?"  # "Protokoll fört vid", "… kallas till"
                            rf"(?P<owner>{_NAME_WORD}(?:\s+[\wåäö-]+)?)s\s+{_OWNED_MEETING}\b", re.IGNORECASE)
# "Långbrodalskören", "Stövarklubben": an association named in one word, its own name fused with its kind, heading
# the page or named as the meeting's ("Protokoll från årsmöte i Långbrodalskören"); not "Studentkåren"
_ONE_WORD = r"(?!Student)[A-ZÅÄÖ][a-zåäö]{3,}(?:kören|klubben|sällskapet|gillet|orkestern|kåren|byalaget)"
_ONE_WORD_NAME = re.compile(rf"^(?P<owner>{_ONE_WORD})(?:\s|$)|(?i:{_MEETING_WORD})\s+(?:i|för|hos)\s+"
                            rf"(?P<named>{_ONE_WORD})\b")
# "IX Årsmötesprotokoll 2019", "Höganäs Makerspace Kallelse": the owner's name (an acronym, or two or three
# capitalised words) opens the title before the document's kind. Not an organ's abbreviation: "KS" (styrelse),
# "BN", "BUN" (nämnd), "KF" (fullmäktige), "AU" (arbetsutskott)
_OWNER_BEFORE_KIND = re.compile(
    rf"^(?P<owner>(?![A-ZÅÄÖ]{{0,3}}(?:N|S|F|AU)\b)[A-ZÅÄÖ]{{2,6}}"
    rf"|{_NAME_WORD}(?:\s+(?:(?:at|of|vid|på|i)\s+)?{_NAME_WORD}){{1,2}})\s+"  # "Code at LTH Protokoll Årsmöte …"
    r"(?i:[\wåäö]*protokoll|[\wåäö]*handlingar|kallelse|dagordning|föredragningslista)\b")
# "Vänsterliberalerna Styrelsemöte 29 januari 2013": a one-word name before the meeting and its day, as a running
# header prints it; not a word that says which meeting ("Extra årsmöte 2020-03-01", "Digitalt styrelsemöte …")
_NOT_WHICH = (r"(?!(?i:extra|extrainsatt|ordinarie|konstituerande|digitalt|fysiskt|gemensamt|öppet|informellt"
              r"|fortsatt|särskilt|nytt|årligt|första|andra|tredje|fjärde|sista)\b)")
_NAME_BEFORE_MEETING = re.compile(rf"^(?P<owner>{_NOT_WHICH}{_NAME_WORD})\s+(?i:{_MEETING_WORD})\s+\d")
# "Protokoll MA Lerum 2023-10-02": a page's heading names the kind, then whose it is, then the day
_OWNER_AFTER_KIND = re.compile(rf"^(?i:[\wåäö]*protokoll|kallelse|dagordning|föredragningslista)\s+"
                               rf"(?P<owner>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+\d")
# "Protokoll Styrelsemöte Vadstena Konstrunda 18 januari 2024", "Protokoll årsmöte Vadstena konstrunda": the kind,
# the meeting, whose it is, then the day or nothing
_WEEKDAY = rf"(?i:{'|'.join(WEEKDAYS)})(?:en)?"
_OWNER_AFTER_MEETING = re.compile(
    rf"^(?i:[\wåäö]*protokoll|kallelse|dagordning)\s+(?i:{_MEETING_WORD})(?:\s*\+\s*(?i:{_MEETING_WORD}))?\s+"
    rf"(?P<owner>{_NOT_WHICH}(?!{_WEEKDAY}\b){_NAME_WORD}(?:\s+[\wåäöÅÄÖ-]+){{0,2}}?)(?:\s+(?:{_WEEKDAY}\s+)?\d|$)")
_NOT_OWNER = re.compile(rf"(?i:.*(?:{_MEETING_WORD}|mötet|stämman|sammanträdet)|{'|'.join(MONTHS)}"
                        r"|rapport|referat|protokoll|anteckningar|nyheter)")  # "Rapport styrelsemöte 12 oktober"
_BODY = re.compile(r"(?i:styrelse|nämnd|fullmäktige|utskott|beredning|valberedning|årsmöte|stämma|sektionsmöte|året?\b"
                   r"|förening|sektion|division|kår|klubb|nästa|detta|dagens|direktion|kommitté|presidi|\bråd(?:et)?\b)")
# a body or a common noun, no name
# "Direktionen för Söderåsens Miljöförbund – sammanträde 2023-08-29": the body, then whose it is
_BODY_FOR = re.compile(r"(?i:direktionen|styrelsen|nämnden|fullmäktige|presidiet)\s+för\s+"
                       r"(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){1,3})")
# "Datateknologsektionen" over "Chalmers studentkår", "Fysikteknologsektionen, Chalmers": a student section or
# division named in one word, in a cell of its own
UNIT_WORD = r"[A-ZÅÄÖ][a-zåäö]{3,}(?:sektion|division)(?:en)?"
_UNIT_CELL = re.compile(rf"{UNIT_WORD}(?:, [A-ZÅÄÖ][\wåäö]+(?: [\wåäö]+){{0,2}})?")
_NOT_NAMES = {"protokoll", "kallelse", "dagordning", "föredragningslista", "sammanträdesprotokoll", "justerat"}
HEAD_LINES = 6
# "Föreningen Leverantörer av Öppen Programvara i Sverige (Open Source Sweden)", "… med binamnet Open Source Sweden",
# "Sveriges Kommuner och Regioner (SKR)": the other name the organisation goes by
_ALIAS_AFTER = re.compile(r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö]+)?\s*(?:\((?P<in_brackets>[^()]{2,60})\)"
                          r"|,?\s+(?i:med\s+binamnet|även\s+kallad|nedan\s+kallad|förkortat?)\s+(?P<named>"
                          rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}))")
_ALIAS = re.compile(rf"[A-ZÅÄÖ]{{2,8}}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}")


def organisation_of(head: list[str]) -> str:
    """The first organisation named in the document's first lines."""
    for at, line in enumerate(head[:HEAD_LINES]):
        if unit := _unit(head[at:at + 2]):
            return unit
        for pattern in _NAMED_KIND:
            for match in pattern.finditer(line):
                whole = match.group() + (of[0] if _SECTION_KIND.search(match.group()) and
                                         (of := _SECTION_OF.match(line, match.end())) else "")
                name = _clean(_without_genitive(whole, line[match.start() + len(whole):]))
                if len(name.split()) >= 2:  # a name and its kind
                    return name
        if owner := _NUMBERED.search(line) or _BODY_FOR.match(line.strip()):
            return _clean(owner["owner"])
        for pattern in (_MEETING_OWNER, _OWNER_BEFORE_KIND, _NAME_BEFORE_MEETING, _OWNER_AFTER_KIND,
                        _OWNER_AFTER_MEETING):
            if (owner := pattern.match(line.strip())) and not _BODY.search(owner["owner"]) and \
                    not _NOT_OWNER.fullmatch(owner["owner"]):
                name = _clean(owner["owner"])  # "Stackens vårmöte": Stacken; not "Styrelsens möte"
                return " ".join(w[:1].upper() + w[1:] for w in name.split()) if pattern is _OWNER_AFTER_MEETING \
                    else name  # "Vadstena konstrunda" in one title, "Vadstena Konstrunda" in the next: one name
        if one := _ONE_WORD_NAME.search(line.strip()):
            return one["owner"] or one["named"]
        letterhead = _OWNER_BEFORE_KIND.match(" ".join([line.strip(), *head[at + 1:at + 2]]).strip())
        if letterhead and letterhead["owner"] == line.strip() and not _BODY.search(letterhead["owner"]):
            return _clean(letterhead["owner"])  # "Code at LTH" over "Protokoll Årsmöte 2019-01-22"
    return ""


def organisation_alias(head: list[str], organisation: str) -> str:
    """The other name the head gives the organisation, in brackets or "med binamnet" right after its name."""
    name, lines = r"\s+".join(map(re.escape, organisation.split())), " ".join(head[:HEAD_LINES])  # across lines
    if organisation:
        for match in re.finditer(name, lines, re.IGNORECASE):
            if after := _ALIAS_AFTER.match(lines, match.end()):
                alias = (after["in_brackets"] or after["named"]).strip()
                if _ALIAS.fullmatch(alias) and not {w.casefold() for w in alias.split()} & _NOT_NAMES \
                        and alias.casefold() not in organisation.casefold():
                    return alias
    return ""


def _unit(lines: list[str]) -> str:
    """"Datateknologsektionen" over "Chalmers studentkår": "Datateknologsektionen, Chalmers studentkår"."""
    cell = _first_cell(lines[0])
    if not _UNIT_CELL.fullmatch(cell):
        return ""
    union = next((m.group() for m in _NAMED_KIND[2].finditer(_first_cell(lines[1]))
                  if len(m.group().split()) >= 2), "") if len(lines) > 1 and "," not in cell else ""
    return f"{cell}, {union}" if union else cell


def _first_cell(line: str) -> str:
    return re.split(r"\s{2,}", line.strip())[0]


def _without_genitive(name: str, after: str) -> str:
    """"Datorföreningen Stackens ordinarie höstmöte": the organisation is "Datorföreningen Stacken"."""
    meeting = re.match(rf"\s+{_OWNED_MEETING}", after, re.IGNORECASE)
    return name[:-1] if meeting and name.endswith("s") else name


def _clean(name: str) -> str:
    words = [w for w in name.split() if w.casefold() not in _NOT_NAMES]
    kept = " ".join(words)
    return kept if len(kept) >= 3 or re.fullmatch(r"[A-ZÅÄÖ]{2}", kept) else ""  # "IX"
