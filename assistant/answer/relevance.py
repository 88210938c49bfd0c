"""How well the found passages answer a question, for the refusal threshold and for choosing which decisions
to list: the IDF-weighted share of the question's topic terms a passage holds, blended with dense similarity."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answer.extractive import topic_terms
from assistant.answer.term_match import matches
from assistant.answer.retrieval import Hit
from assistant.swedish import content_terms


COMPOUND_HEAD_CHARS = 6  # the shortest head a compound the documents never use is read as ("avslutning")


def with_known_heads(terms: set[str], known: Callable[[str], str | None]) -> set[str]:
    """A compound the documents never use stands for its head when they use that ("terminsavslutningen" of minutes
    that write "Avslutningen den 9 december"): the head is the thing, the modifier the asker's precision. Its
    weight is the head's, so a common head counts for little."""
    def head(term: str) -> str:
        if known(term) is not None:
            return term
        tails = (term[i:] for i in range(2, len(term) - COMPOUND_HEAD_CHARS + 1))
        return next((tail for tail in tails if known(tail) == tail), term)
    return {head(t) for t in terms}


def term_weights(terms: set[str], idf: Callable[[str], float]) -> dict[str, float]:
    return {t: idf(t) for t in topic_terms(terms)}


def rarest(weights: dict[str, float]) -> dict[str, float]:
    """The question's most specific topic term alone (highest IDF)."""
    if not weights:
        return {}
    term = max(weights, key=lambda t: (weights[t], t))
    return {term: weights[term]}


def coverage(hit: Hit, weights: dict[str, float]) -> float:
    """The IDF-weighted share of the question's topic terms that a hit contains."""
    if not weights:
        return 0.0
    hit_terms = content_terms(hit.chunk.context + "\n" + hit.chunk.text)
    return sum(w for t, w in weights.items() if matches({t}, hit_terms)) / sum(weights.values())


def relevance(hits: list[Hit], terms: set[str], idf: Callable[[str], float]) -> float:
    """How well the best hits answer the question: the IDF-weighted share of the question's topic terms
    they contain (a rare word the documents never use weighs most), blended with the dense similarity.
    Compared against the refusal threshold tuned on evals/dev.jsonl."""
    weights = term_weights(terms, idf)
    if not hits or not weights:
        return 0.0
    return round(max(0.7 * coverage(hit, weights) + 0.3 * dense_relevance([hit]) for hit in hits[:3]), 4)


def dense_relevance(hits: list[Hit]) -> float:
    return round(min(1.0, max(0.0, (max(hit.dense for hit in hits) - 0.78) / 0.12)), 4) if hits else 0.0
