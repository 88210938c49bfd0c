"""A deterministic embedder for the fast unit tier, in the spirit of langchain-chroma's test fakes: no
model, no threads, the same vector for the same text on every machine. Vectors are hashed bags of the
Swedish content terms (``assistant.swedish.content_terms``), so texts that share words are close and the
dense half of hybrid retrieval behaves plausibly without the real model."""

from __future__ import annotations

import math
import zlib

from langchain_core.embeddings import Embeddings

from assistant.swedish import content_terms, words


class HashingEmbedder(Embeddings):
    name = "test/hashing-bag-of-terms"
    dimension = 128

    def _vector(self, text: str) -> list[float]:
        vector = [0.0] * self.dimension
        for term in content_terms(text):
            vector[zlib.crc32(term.encode("utf-8")) % self.dimension] += 1.0
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        return [v / norm for v in vector]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    def count_tokens(self, text: str) -> int:
        """About what multilingual E5's subword tokenizer gives on Swedish text (1.5 tokens a word)."""
        return 2 + math.ceil(1.5 * len(words(text)))
