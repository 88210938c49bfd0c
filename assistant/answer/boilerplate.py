"""Sentences that recur near-verbatim across the index ("Tiden för överklagande …", "Avgiften är fastställd i
taxan …"): they say little about the item they stand in, so a unit made of them counts less."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from assistant.answer.units import SENTENCE_END
from assistant.swedish import words

BOILERPLATE_MIN_WORDS = 5
BOILERPLATE_MIN_CHUNKS = 3  # a sentence in this many chunks is boilerplate


def sentence_keys(text: str) -> list[str]:
    """One key per sentence of at least ``BOILERPLATE_MIN_WORDS`` words: its words, lower case."""
    keys = []
    for sentence in SENTENCE_END.split(" ".join(text.split())):
        found = words(sentence)
        if len(found) >= BOILERPLATE_MIN_WORDS:
            keys.append(" ".join(found))
    return keys


def boilerplate_keys(chunks: Iterable[tuple[str, str]]) -> frozenset[str]:
    """Sentences (as ``sentence_keys``) that occur in at least ``BOILERPLATE_MIN_CHUNKS`` chunks."""
    counts: Counter[str] = Counter()
    for _, text in chunks:
        counts.update(set(sentence_keys(text)))
    return frozenset(key for key, n in counts.items() if n >= BOILERPLATE_MIN_CHUNKS)


def boilerplate_share(text: str, boilerplate: frozenset[str]) -> float:
    keys = sentence_keys(text) if boilerplate else []
    return sum(1 for k in keys if k in boilerplate) / len(keys) if keys else 0.0
