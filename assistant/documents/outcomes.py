"""What a decision did with a matter, in one vocabulary for the parser (an item's outcome), the decision register
(a paragraph's outcome) and the answers (the rows of a list asked for by their outcome): the words minutes write and
askers use for each outcome, in the present ("beviljar", "avslås") and the past ("godkändes", "bordlades"), and an
approval denied ("beviljar inte", "godkändes inte") as a refusal."""

from __future__ import annotations

import re

# the starts of the words that say each outcome, in the order a text that says several is read
OUTCOME_WORDS = {
    "återremiss": ("återremi",),
    "bordläggning": ("bordl",),
    "avslag": ("avslå", "avslag", "avslog", "avvisa", "negativt förhandsbesked"),
    "bifall": ("bifall", "biföll", "godkän", "bevilja", "antag", "antog", "antas", "antar", "tillstyrk",
               "positivt förhandsbesked"),
}  # not "fastställ": a refusal's fee is "fastställd i taxan"
_NEGATION = r"(?:inte|ej|icke|not)"
_WORD = re.compile("|".join(rf"(?P<{name}>\b(?:{'|'.join(stems)})[\wåäö]*)"
                            for name, stems in zip(("remiss", "bord", "avslag", "bifall"), OUTCOME_WORDS.values())),
                   re.IGNORECASE)
_GROUPS = dict(zip(("remiss", "bord", "avslag", "bifall"), OUTCOME_WORDS))
# "godkändes inte", "beviljar ej"; before the word in a decision only as "att inte bevilja" ("ej godkänt
# betjäningsmått" describes a door of an approval), in a question also "inte godkända", "inte beviljades"
_DENIED_BEFORE = re.compile(rf"\b{_NEGATION}(?:\s+[\wåäö]+)?\s+$", re.IGNORECASE)
_NOT_TO = re.compile(rf"\batt\s+{_NEGATION}\s+$", re.IGNORECASE)
_DENIED_AFTER = re.compile(rf"^(?:\s+[\wåäö]+)?\s+{_NEGATION}\b", re.IGNORECASE)
# how members ask for an outcome in spoken Swedish, with any negation kept in front of the genre's word
_SPOKEN = ((re.compile(rf"\bgick\s+({_NEGATION}\s+)?igenom\b", re.IGNORECASE), r"\1godkändes"),
           (re.compile(rf"\bfick\s+({_NEGATION}\s+)?gehör\b", re.IGNORECASE), r"\1godkändes"),
           (re.compile(r"\b(?:röstades|klubbades)((?:\s+[\wåäö]+){0,2})\s+igenom\b", re.IGNORECASE), r"godkändes\1"),
           (re.compile(r"\bröstades\s+ne[rd]\b", re.IGNORECASE), "avslogs"))


def mentions(text: str, asked: bool = False) -> list[tuple[str, bool]]:
    """Each outcome a text names, in its order, and whether it is denied within a word of it (``asked``: the text
    is a question, which may put the negation first)."""
    found = []
    denied_before = _DENIED_BEFORE if asked else _NOT_TO
    for spoken, genre in _SPOKEN if asked else ():
        text = spoken.sub(genre, text)
    for match in _WORD.finditer(text):
        denied = bool(denied_before.search(text[max(0, match.start() - 30):match.start()])
                      or _DENIED_AFTER.match(text[match.end():match.end() + 30]))
        found.append((_GROUPS[match.lastgroup or ""], denied))
    return found


def outcomes_in(text: str) -> set[str]:
    """The outcomes a text states; an approval denied is a refusal, a refusal denied states none."""
    return {"avslag" if denied and outcome == "bifall" else outcome
            for outcome, denied in mentions(text) if not (denied and outcome != "bifall")}


def first_outcome(text: str) -> str:
    """The outcome a decision states first in the vocabulary's order; both approval and refusal is a partial
    approval ("att-sats 1 bifalles, att-sats 2 avslås"), as is one that says so ("delvis bifall")."""
    stated = outcomes_in(text)
    if re.search(r"\bdelvis bifall", text, re.IGNORECASE) or {"bifall", "avslag"} <= stated:
        return "delvis bifall"
    return next((outcome for outcome in OUTCOME_WORDS if outcome in stated), "")
