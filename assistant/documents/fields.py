"""Field labels of meeting documents: where a label opens a line ("Beslut", "Förslag:", a bold run-in
"Yrkanden"), what kind of block its text is and the att-satser of a proposal."""

from __future__ import annotations

import re

from assistant.documents.lines import Line

_BODYS = r"[A-ZÅÄÖ][\wåäö]*(?:- (?:och|&) [\wåäö]+)?s"  # a body in the genitive: "Barn- och utbildningsnämndens"
BODY_DECISION = rf"{_BODYS} beslut"  # "Samhällsplaneringsnämndens beslut"
FIELD_LABELS = (
    r"Ärendet i korthet", r"Ärendebeskrivning", r"Beskrivning av ärendet", r"Sammanfattning av ärendet",
    r"Sammanfattning", r"Bakgrund", r"Ärendet", r"Förslag till beslut(?: (?:i|på|till) [^.:\n]{1,40}?)?",
    r"Förslag till yttrande", r"Förslag", r"Yrkanden?", r"Beslutsgång", r"Propositionsordning",
    r"Omröstning(?:sresultat)?", r"Överläggning", r"Reservation(?:er)?", r"Protokollsanteckning(?:ar)?", r"Särskilda? yttranden?",
    r"Beslutsunderlag", r"Beslutet skickas till", r"(?:Beslutet )?expedieras till", r"Expediering", r"Skäl för beslut(?:et)?", r"Motivering", r"Villkor",
    r"Beslut", r"Bilagor?(?: \d{1,2})?", r"Föredragande", r"Handläggare", r"Diskussion", r"Information",
    r"Ekonomiska konsekvenser", r"Jäv", r"Förteckning över bilagor", r"Bilageförteckning",
    # the proposal or decision of a named body: "Utbildningsförvaltningens förslag", "Barn- och utbildningsnämndens beslut"
    rf"{_BODYS} (?:förslag(?: till (?:beslut|(?:kommun|region)?fullmäktige))?|beslut)",  # "Kommunstyrelsens förslag
    # till kommunfullmäktige": what the board proposes the council decide
    # how the meeting handled the item: "Barn- och utbildningsnämndens behandling 2025-03-18"
    rf"{_BODYS} behandling", r"Behandling (?:på|vid|under) sammanträdet",
)
_LABEL = "|".join(FIELD_LABELS)
_DAY = r"[ \t]+\d{4}-?\d{2}-?\d{2}"  # the meeting's day after a label, its hyphen sometimes lost ("202503-18")
_OWN_LINE_LABEL = re.compile(rf"(?P<label>{_LABEL})(?:{_DAY})?[ \t]*:?[ \t]*", re.IGNORECASE)
_RUN_IN_LABEL = re.compile(rf"(?P<label>{_LABEL})[ \t]*:[ \t]*(?=\S)", re.IGNORECASE)
# a paragraph that opens with its field's word and the att-sats: "Beslut att …", "Föreslås att …"
_ATT_LABEL = re.compile(r"(?P<label>Beslut|Beslöts|Beslutades|Föreslås)[ \t]+(?=att[ \t]+\S)")
_ATT_FIELDS = {"beslut": "Beslut", "beslöts": "Beslut", "beslutades": "Beslut", "föreslås": "Förslag"}
_ATT = re.compile(r"(?:[-•–*][ \t]*)?att[ \t]+\S", re.IGNORECASE)
def field_label(line: Line, emphasis_end: int | None) -> tuple[str, int] | None:
    """The label a line opens with and where its content starts (the line's end for an own-line label)."""
    text = line.text
    lead = len(text) - len(text.lstrip())
    if match := _OWN_LINE_LABEL.fullmatch(text, lead):
        return _canonical(match["label"]), line.end
    if match := _RUN_IN_LABEL.match(text, lead):
        return _canonical(match["label"]), line.start + match.end()
    if match := _ATT_LABEL.match(text, lead):  # "Beslut att inte adjungera någon", "Föreslås att anta …": the
        return _ATT_FIELDS[match["label"].casefold()], line.start + lead  # whole sentence is the field
    if emphasis_end is not None:
        bold = text[lead:emphasis_end - line.start].rstrip(" :\t")
        if _OWN_LINE_LABEL.fullmatch(bold):
            return _canonical(bold), emphasis_end
    return None


def names_field(heading: str) -> bool:
    """A heading that is a field's label ("Bakgrund", "Yrkande", "Förslag till beslut")."""
    return bool(_OWN_LINE_LABEL.fullmatch(heading.strip()))


def _canonical(label: str) -> str:
    label = " ".join(label.split()).rstrip(":")
    return label[:1].upper() + label[1:]


ATTACHMENT_LISTS = ("Förteckning över bilagor", "Bilageförteckning")  # the attachments named, one a line


def is_motion_field(name: str) -> bool:
    """Fields where members' yrkanden are recorded (not e.g. an appellant's "klaganden yrkar" in a summary)."""
    return name.startswith("Yrkand") or name in ("Beslutsgång", "Propositionsordning") or "sammanträdet" in name


def is_decision(label: str) -> bool:
    """"Beslut", or the decision of a named body ("KOMMUNSTYRELSENS BESLUT")."""
    folded = label.casefold()
    return folded == "beslut" or folded.endswith("s beslut")


def block_kind(label: str) -> str:
    folded = label.casefold()
    if "förslag" in folded and not folded.startswith("förslag till yttrande"):
        return "proposal_decision"
    return "decision" if is_decision(label) else "field"


def motions(value: str) -> list[str]:
    """The att-satser of a proposal, one per line that opens with "att"."""
    return [" ".join(ln.split()).lstrip("-•–* ") for ln in value.splitlines() if _ATT.match(ln.strip())]


