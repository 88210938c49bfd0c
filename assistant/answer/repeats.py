"""Quoting each thing once: a sentence written twice (a repeated paragraph, the same line in two columns), one an
earlier quote holds, or one that restates an earlier quote of the same item in nearly the same words (a report's
summary and its chapter saying the same thing); and never a template's sentence whose value was left blank
("Kontrollansvarig för åtgärden är .")."""

from __future__ import annotations

import re

from assistant.answer.units import Picked
from assistant.swedish import content_terms

REPEAT_CHARS = 20  # a shorter unit inside an earlier quote may be a common phrase, not the same sentence
RESTATED_SHARE = 0.8  # of a sentence's content words that an earlier quote of the same item and field holds
RESTATED_TERMS = 5  # a shorter sentence shares most of its few words with many others
_NAME = re.compile(r"\b[A-ZÅÄÖ][\wåäö-]+")  # a name, or the word a sentence opens with
_NUMBER = re.compile(r"\d+")  # a digit the terms leave out ("3 grupper") still tells rows apart
_BLANK_VALUE = re.compile(r"\s(?:är|var|blir)\s*\.?\s*$")  # "Kontrollansvarig för åtgärden är ."

Place = tuple[str, str, str]  # document, item, field


def without_repeats(picked: Picked, seen: set[str], quoted: tuple[str, ...] = ()) -> Picked:
    """``seen`` holds what the answer quotes already, ``quoted`` longer passages quoted above it."""
    within = [" ".join(q.split()).casefold() for q in quoted]
    earlier: list[tuple[Place, frozenset[str]]] = []
    kept: Picked = []
    for hit, units in picked:
        fresh = []
        for unit in units:
            key = " ".join(unit.text.split()).casefold()
            place = (hit.chunk.doc_id, hit.chunk.meta.item_number, unit.label)
            terms = frozenset(content_terms(unit.text)) | {f"#{n}" for n in _NUMBER.findall(unit.text)}
            named = frozenset(content_terms(" ".join(_NAME.findall(unit.text))))
            if key in seen or any(key in passage for passage in within) or _BLANK_VALUE.search(key) or \
                    len(key) >= REPEAT_CHARS and any(key in before for before in seen) or \
                    _restates(terms, named, place, earlier):
                continue
            seen.add(key)
            earlier.append((place, terms))
            fresh.append(unit)
        if fresh:
            kept.append((hit, fresh))
    return kept


def _restates(terms: frozenset[str], named: frozenset[str], place: Place,
              earlier: list[tuple[Place, frozenset[str]]]) -> bool:
    """Nearly every word, and every number and name, of the sentence stands in one earlier quote of the same item and
    field: not the next row of a slate ("Ingrid Tönsgård (omval) för en period på två år" after Carl Tönsgård's)."""
    if len(terms) < RESTATED_TERMS:
        return False
    kept = {t for t in terms if any(ch.isdigit() for ch in t)} | named  # "3 grupper i 1 äskande": its numbers
    return any(where == place and kept <= before and len(terms & before) >= RESTATED_SHARE * len(terms)
               for where, before in earlier)
