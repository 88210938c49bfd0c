"""The numbered things a question refers to, looked up instead of searched for: a proposal ("förslag 27"), an item
("punkt 5.1", "§ 77"), a motion, a case number ("BN-2023-002511") or a property ("FÄLARED 2:9")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.swedish import content_terms, fold_name

_SUB_ITEM = r"(?:[ \t]?[a-h](?![a-zåäö:]))?"  # "§15b", "punkt 11 g": a sub-item
_REFERENCES = (  # "18 §" too
    ("förslag", re.compile(r"\b(?:förslag|forslag|proposal)(?:et|en)?\s+(?:nr\.?\s*|nummer\s*|number\s*)?(\d{1,3})\b")),
    ("punkt", re.compile(rf"\b(?:punkt|punkten|item|ärende|arende|steg|steget|step)\s+(?:nr\.?\s*)?"
                         rf"(\d{{1,2}}(?:\.\d{{1,2}})*{_SUB_ITEM})\b")),  # "punkt 5.1", "punkt 11 g"
    ("paragraf", re.compile(rf"§\s*(\d{{1,4}}{_SUB_ITEM})|\bparagraf(?:en)?\s+(\d{{1,4}}{_SUB_ITEM})\b"
                            rf"|\b(\d{{1,4}})(?<!\b(?:19|20)\d\d)\s*§")),  # "mars 2026 § 43": a year is no "18 §"
    ("motion", re.compile(r"\b(?:motion|proposition)(?:en)?\s+(?:nr\.?\s*|nummer\s*)?(\d{1,2})\b")),
    ("dnr", re.compile(r"\b([a-zåäö]{1,5}[- ]?\d{4}-\d{3,6})\b"
                       r"|\b([a-zåäö]{1,5} ?/ ?\d{4}:\d{1,5})(?![\d:])")),  # "KS/2014:238"
    ("fastighet", re.compile(r"\b((?:[a-zåäö]{2,}-)?[a-zåäö]{3,})[\s-]+(\d{1,4}:\d{1,4})\b")),  # "släps-hagen 1:136"
)
_CASE_NUMBER = re.compile(dict(_REFERENCES)["dnr"].pattern, re.IGNORECASE)
NOT_PROPERTY_NAMES = {"klockan", "från", "till", "mellan", "och", "eller", "kring", "runt", "paragraf", "punkt", "kl",
                      "sou", "sfs", "prop", "dir", "skr", "bet", "rskr",  # "SOU 2011:35": the state's papers
                      "pågick", "började", "börjar", "startade", "slutade", "slutar", "öppnades", "avslutades",
                      "tiden", "tid"}  # "som pågick 17:32–19:36": the hours


@dataclass(frozen=True)
class Reference:
    kind: str  # "förslag" | "punkt" | "paragraf" | "motion" | "dnr" | "fastighet"
    value: str  # "27", "9", "§ 77", "BN-2023-002511", "FÄLARED 2:9"


def references_in(low: str) -> tuple[Reference, ...]:
    found: list[Reference] = []
    for kind, pattern in _REFERENCES:
        for match in pattern.finditer(low):
            if kind == "fastighet":
                if match.group(1) in NOT_PROPERTY_NAMES:
                    continue
                value = f"{match.group(1).upper()} {match.group(2)}"
            elif kind == "paragraf":
                value = "§ " + "".join((match.group(1) or match.group(2) or match.group(3)).split())
            elif kind == "dnr" and match.group(2):
                value = re.sub(r"\s", "", match.group(2)).upper()
            elif kind == "dnr":
                if _year_span(match.group(1)):
                    continue  # "ramar 2027-2029"
                value = re.sub(r"^([a-zåäö]+)[- ]?", r"\1-", match.group(1)).upper()
            else:
                value = "".join(match.group(1).split())  # "11 g" as "11g"
            found.append(Reference(kind, value))
    return _neighbour_asked(low, tuple(dict.fromkeys(found)))


_NEIGHBOUR = re.compile(r"\b(?:(?P<item>paragraf|punkt|ärende|arende)(?:en|et)?\s+(?P<side>efter|före|fore|innan)\b"
                        r"|(?P<next>nästa|nasta|följande|foljande)\s+(?:paragraf|punkt|ärende)"
                        r"|(?P<before>föregående|foregaende)\s+(?:paragraf|punkt|ärende))")


def _neighbour_asked(low: str, found: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """"§ 113 – o paragrafen efter den då?": § 114; "punkt 5.2 – och punkten före?": 5.1. Only with one item named."""
    items = [r for r in found if r.kind in ("punkt", "paragraf")]
    match = _NEIGHBOUR.search(low)
    if match is None or len(items) != 1 or not (number := re.search(r"(\d+)$", items[0].value)):
        return found
    step = 1 if match.group("next") or match.group("side") == "efter" else -1
    value = items[0].value[:number.start()] + str(int(number.group(1)) + step)
    return tuple(Reference(r.kind, value) if r is items[0] else r for r in found)


def without_case_numbers(text: str) -> str:
    """The text without its case numbers, whose letters ("KS/2014:238") name no body asked about."""
    return _CASE_NUMBER.sub(" ", text)


def _year_span(case_number: str) -> bool:
    first, _, last = case_number[-9:].partition("-")
    return re.fullmatch(r"(?:19|20)\d\d", last) is not None and 0 < int(last) - int(first) <= 10


def references_of(low: str, designations: dict[str, tuple[str, ...]]) -> tuple[Reference, ...]:
    """The references the question writes out, or with none of a property, the property it names without number."""
    found = references_in(low)
    if any(r.kind == "fastighet" for r in found):
        return found
    return found + (_written_without_block(low, designations) or properties_named(low, designations))


def _written_without_block(low: str, designations: dict[str, tuple[str, ...]]) -> tuple[Reference, ...]:
    """"garaget på egna hem 1": a property the items designate without a block ("EGNA HEM 1"), written out."""
    folded = fold_name(low)
    return tuple(Reference("fastighet", designation) for designation in designations if ":" not in designation
                 and re.search(rf"\b{re.escape(fold_name(designation))}\b(?![:\d])", folded))


def documents_naming(references: tuple[Reference, ...], designations: dict[str, tuple[str, ...]]) -> set[str]:
    return {doc for r in references if r.kind == "fastighet" for doc in designations.get(r.value, ())}


def properties_named(low: str, designations: dict[str, tuple[str, ...]]) -> tuple[Reference, ...]:
    """A property named without its number as a place ("masten på hammerö", "bageriet i frillesås"), when the
    documents' items know one property of that name ("HAMMERÖ 9:24", "FRILLESÅS-RYA 2:31"). A name shared by
    several properties stays a word, and so does one not said as a place ("kan du kolla")."""
    places = set(_AS_PLACE.findall(fold_name(low)))
    if not places:
        return ()
    by_name = _properties_by_name(tuple(designations))
    return tuple(Reference("fastighet", next(iter(found))) for name, found in by_name.items()
                 if name in places and len(found) == 1)


@lru_cache(maxsize=4)
def _properties_by_name(designations: tuple[str, ...]) -> dict[str, set[str]]:
    """Each property name, and the part of a hyphenated one before its hyphen, folded, with the designations that
    bear it; once per set of designations, not per question (thousands of them at 100x corpus)."""
    by_name: dict[str, set[str]] = {}
    for designation in designations:
        name = fold_name(designation).rsplit(" ", 1)[0]
        for said in {name, name.split("-")[0]}:
            by_name.setdefault(said, set()).add(designation)
    return by_name


_AS_PLACE = re.compile(r"\b(?:i|på|pa|vid|om|för|for|till|från|fran|nära|nara|fastigheten)\s+([\w-]{4,})")


ITEM_PARTS = ("punkten", "punkt", "ärendet", "ärende", "paragrafen")  # the tail of "budgetpunkten"
_ITEM_COMPOUND = re.compile(rf"\b(\w{{4,}}?)s?(?:{'|'.join(ITEM_PARTS)})\b")


def item_compound_heads(text: str) -> set[str]:
    """"trygghetspunkten", "budgetärendet": the item about trygghet, about budget."""
    return {term for match in _ITEM_COMPOUND.finditer(text.casefold()) for term in content_terms(match.group(1))}


# "… (KS/2014:461) 9 Bibliotek i anslutning till kommunhuset i Tranemo (KS/2014:238)": what stands before a case number
_BEFORE_CASE = re.compile(r"(?:^|\)[ \t]*\d{0,3}\s+|\n)(?P<title>[A-ZÅÄÖ](?:(?!\n\s*\n)[^()]){3,150}?)\s*\($")


def titled_before(text: str, case_number: str) -> tuple[int, int] | None:
    """The span of the matter's title and the case number in brackets after it, as contents and headings write them."""
    written = re.compile(r"\(\s*" + r"\s*".join(map(re.escape, re.sub(r"\s", "", case_number))) + r"\s*\)",
                         re.IGNORECASE)
    for number in written.finditer(text):
        if title := _BEFORE_CASE.search(text, max(0, number.start() - 160), number.start() + 1):
            return title.start("title"), number.end()
    return None
