"""The lexical half of hybrid retrieval: BM25 (bm25s) over Swedish-normalised tokens.

Normalisation: Unicode NFKC and case folding, the Snowball Swedish stemmer, then å/ä/ö/é folded to
a/a/o/e (so "valfardsbrottslighet" and "Välfärdsbrottslighet" meet), a final linking "s" and doubled
consonant evened out ("brotts", "brott" and "brot" meet), and compounds split into parts found in the
corpus vocabulary ("brottsförebyggande" also yields "brott" and "förebygg").

The index is built on ingest and removal, saved beside the Chroma index, and loaded once per process.
"""

from __future__ import annotations

import bisect
import difflib
import json
import math
import os
import shutil
import tempfile
from pathlib import Path

import bm25s
import numpy as np

from assistant.swedish import (MIN_PART, STOPWORDS, derivation_base, fold, normalise_word, phrase_terms, word_base,
                              words)

TOKENIZER_VERSION = "25"  # bump when normalisation changes: saved indexes are then rebuilt
TYPO_SIMILARITY = 0.8  # a typo, or text damaged in extraction ("TväUstugorna"), keeps its start and most letters
LONG_COMPOUND = 12  # letters of a compound long enough that one letter off is a typo, not another word
TYPO_EDITS = 2  # ...and differs in a letter or two: "institutionsmöte" is another word than "institutionsstyrelse"


def query_words(query: str) -> str:
    """The query without its stopwords ("vad", "ska", "med"): in a short chunk they outweigh the one rare word
    the question is about. A query of stopwords only is kept as it is."""
    kept = [w for w in words(query) if fold(w) not in STOPWORDS]
    return " ".join(kept) if kept else query


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: the letters inserted, deleted or replaced to turn ``a`` into ``b``."""
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other)))
        previous = current
    return previous[-1]


class Tokenizer:
    """Turns text into normalised tokens; knows the corpus vocabulary for splitting compounds."""

    def __init__(self, vocabulary: set[str] | None = None) -> None:
        self.vocabulary = vocabulary or set()
        self._parts: dict[str, tuple[str, ...]] = {}

    @classmethod
    def for_corpus(cls, texts: list[str]) -> "Tokenizer":
        vocabulary = {normalise_word(w) for text in texts for w in words(text) if len(w) >= MIN_PART and w.isalpha()}
        return cls(vocabulary)

    def tokens(self, text: str) -> list[str]:
        out: list[str] = []
        for word in words(text):
            stem = normalise_word(word)
            out.append(stem)
            if base := word_base(stem):
                out.append(base)
            out.extend(self.compound_parts(word))
        return out + sorted(phrase_terms(text))

    def compound_parts(self, word: str) -> tuple[str, ...]:
        if len(word) < 2 * MIN_PART + 1 or not word.isalpha():
            return ()
        if word not in self._parts:
            self._parts[word] = self._split(word)
        return self._parts[word]

    def _split(self, word: str) -> tuple[str, ...]:
        for i in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head = self._as_known(word[:i])
            if len(head) < MIN_PART or head not in self.vocabulary:
                continue
            tail = word[i + 1:] if word[i] == "s" and len(word) - i - 1 >= MIN_PART else word[i:]
            tail_stem = self._as_known(tail)
            if len(tail_stem) >= MIN_PART and tail_stem in self.vocabulary:
                base = derivation_base(tail_stem)
                return (head, tail_stem, *([base] if base else []), *self.compound_parts(tail))
        return ()


    def _as_known(self, part: str) -> str:
        """A part of a stem that is a stem already ("enkat" of "enkatbilagan") as it is: stemmed again it would
        lose more ("enk")."""
        return part if part in self.vocabulary else normalise_word(part)


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25 | None, chunk_ids: list[str], tokenizer: Tokenizer) -> None:
        self._retriever = retriever
        self.chunk_ids = chunk_ids
        self._position = {cid: i for i, cid in enumerate(chunk_ids)}
        self.tokenizer = tokenizer
        self._vocabulary: list[str] | None = None
        self._reversed: list[str] | None = None

    @classmethod
    def build(cls, chunk_ids: list[str], texts: list[str]) -> "LexicalIndex":
        tokenizer = Tokenizer.for_corpus(texts)
        if not texts:
            return cls(None, [], tokenizer)
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index([tokenizer.tokens(t) or ["_"] for t in texts], show_progress=False)
        return cls(retriever, chunk_ids, tokenizer)

    def save(self, directory: Path, generation: int) -> None:
        """Write into a fresh folder and swap it in, so a reader never sees half-written files."""
        staging = Path(tempfile.mkdtemp(prefix=".lexical-", dir=directory.parent))
        if self._retriever is not None:
            self._retriever.save(str(staging), show_progress=False)
        state = {"version": TOKENIZER_VERSION, "generation": generation, "chunk_ids": self.chunk_ids,
                 "vocabulary": sorted(self.tokenizer.vocabulary)}
        (staging / "state.json").write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        old = directory.with_name(f".{directory.name}-old-{os.getpid()}")
        if directory.exists():
            directory.rename(old)
        staging.rename(directory)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> tuple["LexicalIndex", int] | None:
        state_file = directory / "state.json"
        if not state_file.is_file():
            return None
        state = json.loads(state_file.read_text(encoding="utf-8"))
        if state.get("version") != TOKENIZER_VERSION:
            return None
        retriever = bm25s.BM25.load(str(directory), show_progress=False) if state["chunk_ids"] else None
        index = cls(retriever, state["chunk_ids"], Tokenizer(set(state["vocabulary"])))
        return index, int(state["generation"])

    def inverse_document_frequency(self, term: str) -> float:
        """log(1 + N / df); a term the corpus never uses weighs most."""
        n_docs = max(1, len(self.chunk_ids))
        return math.log(1 + n_docs / max(len(self._passages_with(term)), 0.5))

    def said_together(self, first: str, second: str) -> bool:
        """Whether one passage uses both words, each read as the tokenizer reads it ("pennor" and "alternativ")."""
        passages = [set().union(*map(self._passages_with, self.tokenizer.tokens(word))) for word in (first, second)]
        return bool(passages[0] & passages[1])

    def _passages_with(self, term: str) -> np.ndarray:
        if self._retriever is None or (token := self._retriever.vocab_dict.get(term)) is None:
            return np.empty(0, dtype=np.int64)
        indptr = self._retriever.scores["indptr"]
        return self._retriever.scores["indices"][indptr[token]:indptr[token + 1]]

    def known(self, term: str) -> str | None:
        """The term itself when the corpus uses it, else the closest corpus term (a typo), else None. A compound
        of corpus words is never a typo of another word."""
        if self._retriever is None:
            return None
        if term in self._retriever.vocab_dict:
            return term
        compound = bool(self.tokenizer.compound_parts(term))  # "valnämnd" is a word of its own, no typo; but a long
        if len(term) < 5 or compound and len(term) < LONG_COMPOUND:  # one the documents misspell by a letter is theirs
            return None  # ("samarbetskonsert" of "sammarbetskonsert")
        if self._vocabulary is None:
            self._vocabulary = sorted(self._retriever.vocab_dict)
        start = bisect.bisect_left(self._vocabulary, term[:2])
        end = bisect.bisect_left(self._vocabulary, term[:2] + "\uffff")
        close = difflib.get_close_matches(term, self._vocabulary[start:end], n=3, cutoff=TYPO_SIMILARITY)
        return next((word for word in close if _edit_distance(term, word) <= (1 if compound else TYPO_EDITS)), None)

    def has_prefix(self, prefix: str) -> bool:
        """Whether some corpus term starts with ``prefix`` (an inflected form or a compound head)."""
        if self._retriever is None:
            return False
        if self._vocabulary is None:
            self._vocabulary = sorted(self._retriever.vocab_dict)
        at = bisect.bisect_left(self._vocabulary, prefix)
        return at < len(self._vocabulary) and self._vocabulary[at].startswith(prefix)

    def ends_a_compound(self, term: str) -> bool:
        """Whether some corpus term is a compound ending in ``term`` ("motessekreter" for "sekreter")."""
        if self._retriever is None:
            return False
        if self._reversed is None:
            self._reversed = sorted(t[::-1] for t in self._retriever.vocab_dict)
        tail = term[::-1]
        at = bisect.bisect_left(self._reversed, tail)
        return any(word.startswith(tail) and len(word) >= len(tail) + MIN_PART - 1
                   for word in self._reversed[at:at + 50])

    def search(self, query: str, k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        if self._retriever is None:
            return []
        tokens = [known for t in self.tokenizer.tokens(query_words(query)) if (known := self.known(t))]
        if not tokens:
            return []
        mask = None
        if allowed is not None:
            mask = np.zeros(len(self.chunk_ids), dtype=np.float32)
            for cid in allowed:
                if cid in self._position:
                    mask[self._position[cid]] = 1.0
        k = min(k, len(self.chunk_ids))
        docs, scores = self._retriever.retrieve([tokens], k=k, show_progress=False, weight_mask=mask, n_threads=1)
        return [(self.chunk_ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
