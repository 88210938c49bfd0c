"""Questions that name several things ("hur definierar rapporten brottsförebyggande, trygghet och säkerhet"): the
direct answer quotes something on each of them, not only on the one its best sentence is about."""

from __future__ import annotations

import re

from assistant.answer.retrieval import Hit
from assistant.answer.units import Picked, Unit
from assistant.swedish import STOPWORDS, content_terms, fold, looks_like_verb

_THING = r"(?:[\wåäö-]{4,}|\d+)"  # a word, or a number ("vid 20, 30 och 40 års tjänstgöring")
_ENUMERATION = re.compile(rf"((?:{_THING},\s+)*{_THING})\s+(?:och|samt|respektive)\s+({_THING})")
MAX_ADDED = 3
OPENING_WORDS = 3  # a unit is about what it opens with: a defined term, a list item's subject


def named_things(question: str) -> list[set[str]]:
    """The terms of each thing a question enumerates ("A, B och C"); verbs and function words are none."""
    things: list[set[str]] = []
    for match in _ENUMERATION.finditer(question.casefold()):
        for word in [*match[1].replace(",", " ").split(), match[2]]:
            if fold(word) not in STOPWORDS and not looks_like_verb(word) and (terms := content_terms(word)):
                things.append(terms)
    return things if len(things) >= 2 else []


def each_named(direct: Picked, more: Picked, question: str) -> tuple[Picked, Picked]:
    """For each enumerated thing no unit of the direct answer opens with ("Säkerhet – en låg sannolikhet …"), the
    best unit of "more" that does joins it."""
    added = 0
    for thing in named_things(question):
        if added >= MAX_ADDED or any(_opens_with(u, thing) for _, units in direct for u in units):
            continue
        found = [(u.score, hit, u) for hit, units in more for u in units if _opens_with(u, thing)]
        if found:
            _, hit, unit = max(found, key=lambda x: x[0])
            direct, more = _moved(direct, more, hit, unit)
            added += 1
    return direct, more


def _opens_with(unit: Unit, thing: set[str]) -> bool:
    """The unit, or one of its lines (the rows of a list it announces), opens with the thing."""
    return any(thing & content_terms(" ".join(line.split()[:OPENING_WORDS])) for line in unit.text.split("\n"))


def _moved(direct: Picked, more: Picked, hit: Hit, unit: Unit) -> tuple[Picked, Picked]:
    more = [(h, [u for u in units if u is not unit]) for h, units in more]
    if any(h is hit for h, _ in direct):
        direct = [(h, sorted([*units, unit], key=lambda u: u.start) if h is hit else units) for h, units in direct]
    else:
        direct = [*direct, (hit, [unit])]
    return direct, [p for p in more if p[1]]
