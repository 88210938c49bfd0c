"""Hybrid retrieval: dense search in Chroma and BM25 over Swedish-normalised tokens, fused by
reciprocal rank fusion, with metadata filters applied to both halves."""

from __future__ import annotations

from dataclasses import dataclass

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever

from assistant.index.store import Filters, Index, StoredChunk

RRF_K = 60
CANDIDATES = 40
@dataclass
class Hit:
    chunk: StoredChunk
    score: float
    dense: float = 0.0
    lexical: float = 0.0


class HybridRetriever:
    """``mode``: both halves or one (ablations); ``fusion``: reciprocal rank fusion, or ``dense-first``
    (the dense ranking, then what only BM25 found: an ablation)."""

    def __init__(self, index: Index, embedder: Embeddings, mode: str = "hybrid", fusion: str = "rrf") -> None:
        if mode not in ("hybrid", "dense", "lexical"):
            raise ValueError(f"okänt sökläge {mode!r}")
        if fusion not in ("rrf", "dense-first"):
            raise ValueError(f"okänd fusion {fusion!r}")
        self.index = index
        self.embedder = embedder
        self.mode = mode
        self.fusion = fusion

    def search(self, query: str, k: int = 8, filters: Filters | None = None,
               pinned: tuple[str, ...] = ()) -> list[Hit]:
        """The k best chunks; ``pinned`` chunks (found by exact lookup in the meeting model) lead."""
        filters = filters or Filters()
        dense: list[tuple[str, float]] = []
        lexical: list[tuple[str, float]] = []
        vector = self.embedder.embed_query(query) if self.mode in ("hybrid", "dense") else []
        if vector:
            dense = self.index.dense_search(vector, CANDIDATES, filters)
        if self.mode in ("hybrid", "lexical"):
            allowed = self.index.allowed_chunk_ids(filters)
            lexical = self.index.lexical().search(query, CANDIDATES, allowed)
        fused = _dense_first(dense, lexical) if self.fusion == "dense-first" else _rrf(dense, lexical)
        ranked = sorted(fused, key=lambda cid: (-fused[cid], cid))  # ties broken by id: same question, same order
        # each half's best passage leads: a rare name only BM25 finds must not be fused away
        leaders = [ranking[0][0] for ranking in (lexical, dense) if ranking] if self.fusion == "rrf" else []
        best = list(dict.fromkeys([*pinned, *leaders, *ranked]))[:k]
        chunks = self.index.chunks(best)  # only complete documents have chunk rows
        dense_scores, lexical_scores = dict(dense), dict(lexical)
        if vector:  # a passage only BM25 found is still as close in meaning as it is, not unrelated
            dense_scores |= self.index.dense_similarities(vector, [cid for cid in best if cid not in dense_scores])
        return [Hit(chunks[cid], fused.get(cid, 1.0), dense_scores.get(cid, 0.0), lexical_scores.get(cid, 0.0))
                for cid in best if cid in chunks]


def _rrf(*rankings: list[tuple[str, float]]) -> dict[str, float]:
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, (chunk_id, _) in enumerate(ranking):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
    return fused


def _dense_first(dense: list[tuple[str, float]], lexical: list[tuple[str, float]]) -> dict[str, float]:
    order = list(dict.fromkeys([cid for cid, _ in dense] + [cid for cid, _ in lexical]))
    return {cid: 1.0 / (rank + 1) for rank, cid in enumerate(order)}


class MeetingRetriever(BaseRetriever):
    """The hybrid retriever behind LangChain's standard retriever interface."""

    hybrid: HybridRetriever
    k: int = 8
    filters: Filters = Filters()

    model_config = {"arbitrary_types_allowed": True}

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [
            LCDocument(page_content=hit.chunk.text, metadata={**hit.chunk.metadata, "score": hit.score})
            for hit in self.hybrid.search(query, self.k, self.filters)
        ]
