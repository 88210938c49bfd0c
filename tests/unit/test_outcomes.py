"""One vocabulary of outcomes for the parser, the decision register and the answers: the words minutes and askers
use, and an approval denied as a refusal."""

from __future__ import annotations

import pytest

from assistant.documents.outcomes import first_outcome, mentions
from assistant.index.decisions import outcome_of


@pytest.mark.parametrize(("decision", "register", "item"), [
    ("Nämnden beslutar att avslå ansökan.", "avslag", "avslag"),
    ("Nämnden beslutar att inte bevilja dispens.", "avslag", "avslag"),
    ("Byggnadsnämndens arbetsutskott beviljar ansökan om bygglov. Avgiften för beslutet är 13 750 kronor.",
     "bifall", "bifall"),
    ("Arbetsutskottet avslår ansökan. Avgiften är fastställd i taxan.", "avslag", "avslag"),
    ("att-sats 1 bifalles, att-sats 2 avslås", "avslag", "delvis bifall"),
    ("Styrelsen återremitterar ärendet till förvaltningen.", "återremiss", "återremiss"),
    ("Kommunfullmäktige fastställer budgeten för 2025.", "bifall", ""),
    ("Byggnadsnämnden beviljar bygglov. Dörrar med ej godkänt betjäningsmått ska kompletteras med dörrautomatik.",
     "bifall", "bifall"),
])
def test_the_register_and_the_items_read_a_decision_with_one_vocabulary(decision: str, register: str,
                                                                        item: str) -> None:
    """"beslutar att avslå" and "beslutar att inte bevilja" refuse (the register read "beslutar" as an approval); a
    refusal's fee "fastställd i taxan" approves nothing."""
    assert (outcome_of(decision), first_outcome(decision)) == (register, item)


def test_an_outcome_asked_in_the_past_and_denied() -> None:
    assert mentions("vilka äskanden godkändes inte direkt", asked=True) == [("bifall", True)]
    assert mentions("vilka blev inte godkända", asked=True) == [("bifall", True)]
    assert mentions("vilka bordlades på husmötet") == [("bordläggning", False)]


@pytest.mark.parametrize(("question", "said"), [
    ("Vilka gruppers äskanden gick inte igenom på årsmötet?", [("bifall", True)]),
    ("vilka motioner gick igenom", [("bifall", False)]),
    ("vilket förslag röstades ner", [("avslag", False)]),
    ("klubbades budgeten igenom?", [("bifall", False)]),
    ("vilka yrkanden fick inte gehör", [("bifall", True)]),
])
def test_an_outcome_asked_in_spoken_swedish(question: str, said: list[tuple[str, bool]]) -> None:
    """Members ask "gick igenom", "röstades ner", "fick gehör" where minutes write "bifalls", "avslås"."""
    assert mentions(question, asked=True) == said
