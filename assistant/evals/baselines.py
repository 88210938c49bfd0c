"""Retrievers and baselines the runs compare against: the recording retriever that keeps ranks and
the naive RAG (fixed 1000-character chunks, dense only, never refusing)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from assistant.evals.inputs import DocTexts, Passage, grade_retrieval
from assistant.evals.metrics import gold_reachable, key_fact_share, missing_key_facts

NAIVE_CHUNK_SIZE = 1000
NAIVE_CHUNK_OVERLAP = 100

# ---------------------------------------------------------------------------------------------------
# Retrievers used by the runs
# ---------------------------------------------------------------------------------------------------


def _hit_passage(hit: Any) -> Passage:
    meta = hit.chunk.metadata
    return Passage(hit.chunk.doc_id, Path(meta["source_path"]).name, int(meta["start"]), int(meta["end"]),
                   float(hit.score))


def recording_retriever(assistant: Any, depth: int) -> Any:
    """The assistant's own retriever (same index, embedder, mode and fusion from its settings) that
    searches ``depth`` deep, hands the assistant the top k it asked for and keeps the first search of
    each question for the ranks. The fused ranking is sorted once, so the top k of a deeper search is
    exactly what a k-deep search returns."""
    from assistant.answer.retrieval import HybridRetriever

    class Recording(HybridRetriever):
        query: str | None = None
        hits: list[Any] = []

        def reset(self) -> None:
            self.query, self.hits = None, []

        def search(self, query: str, k: int = 8, filters: Any = None, pinned: tuple[str, ...] = ()) -> list[Any]:
            hits = super().search(query, max(k, depth), filters, pinned)
            if self.query is None:
                self.query, self.hits = query, hits
            return hits[:k]

    settings = assistant.settings
    return Recording(assistant.index, assistant.embedder, settings.retrieval, settings.fusion)


class NaiveIndex:
    """The naive baseline's store: ``RecursiveCharacterTextSplitter(1000, 100)`` chunks of the indexed
    documents, embedded with the same embedder into a throw-away Chroma collection; BM25 over the same
    chunks for the ``--chunker fixed`` ablation."""

    def __init__(self, texts: DocTexts, embedder: Any, echo: Callable[[str], None] = click.echo) -> None:
        import tempfile

        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from assistant.index.chroma import EF_SEARCH

        splitter = RecursiveCharacterTextSplitter(chunk_size=NAIVE_CHUNK_SIZE, chunk_overlap=NAIVE_CHUNK_OVERLAP,
                                                  add_start_index=True)
        self.embedder = embedder
        self.passages: dict[str, Passage] = {}
        for doc_id, text in texts.by_id.items():
            for i, piece in enumerate(splitter.create_documents([text])):
                start = int(piece.metadata.get("start_index", -1))
                if start < 0 or text[start:start + len(piece.page_content)] != piece.page_content:
                    start = text.find(piece.page_content)
                cid = f"{doc_id}:naive:{i:04d}"
                self.passages[cid] = Passage(doc_id, texts.name_of[doc_id], start, start + len(piece.page_content),
                                             0.0, piece.page_content)
        ids = list(self.passages)
        echo(f"Naiv baslinje: {len(ids)} fasta bitar ({NAIVE_CHUNK_SIZE} tecken, överlapp {NAIVE_CHUNK_OVERLAP}) "
             f"embeddas …")
        vectors: list[list[float]] = []
        for at in range(0, len(ids), 32):
            vectors += embedder.embed_documents([self.passages[c].text for c in ids[at:at + 32]])
        self._tmp = tempfile.TemporaryDirectory(prefix="naive-baseline-")
        client = chromadb.PersistentClient(path=self._tmp.name,
                                           settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False))
        self._collection = client.create_collection(  # searched as thoroughly as ours: the same rows each run
            "naive", embedding_function=None, configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}})
        for at in range(0, len(ids), 1000):
            self._collection.add(ids=ids[at:at + 1000], embeddings=vectors[at:at + 1000],
                                 documents=[self.passages[c].text for c in ids[at:at + 1000]])
        self._lexical: Any = None

    def spans(self) -> list[tuple[str, str]]:
        return [(p.doc_name, p.text) for p in self.passages.values()]

    def dense(self, query: str, k: int) -> list[tuple[str, float]]:
        result = self._collection.query(query_embeddings=[self.embedder.embed_query(query)],
                                        n_results=min(k, len(self.passages)), include=["distances"])
        return [(cid, 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0])]

    def lexical(self, query: str, k: int) -> list[tuple[str, float]]:
        if self._lexical is None:
            from assistant.index.lexical import LexicalIndex

            self._lexical = LexicalIndex.build(list(self.passages), [p.text for p in self.passages.values()])
        return self._lexical.search(query, k)

    def search(self, query: str, k: int, mode: str = "dense") -> list[Passage]:
        from assistant.answer.retrieval import CANDIDATES, RRF_K

        rankings = []
        if mode in ("dense", "hybrid"):
            rankings.append(self.dense(query, CANDIDATES))
        if mode in ("lexical", "hybrid"):
            rankings.append(self.lexical(query, CANDIDATES))
        fused: dict[str, float] = {}
        if len(rankings) == 1:
            fused = dict(rankings[0])
        else:
            for ranking in rankings:
                for rank, (cid, _) in enumerate(ranking):
                    fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        best = sorted(fused, key=fused.__getitem__, reverse=True)[:k]
        out = []
        for cid in best:
            p = self.passages[cid]
            out.append(Passage(p.doc_id, p.doc_name, p.start, p.end, fused[cid], p.text))
        return out

    def close(self) -> None:
        self._tmp.cleanup()


def run_naive(naive: NaiveIndex, questions: Sequence[dict[str, Any]], texts: DocTexts, *, k: int, depth: int,
              retrieval: str = "dense", answers: bool = True, conversational: bool = False) -> list[dict[str, Any]]:
    """The naive baseline (answers = the top-k passages, never a refusal) or, with ``answers=False``,
    the ``--chunker fixed`` ablation (retrieval only)."""
    from assistant.answer.conversation import standalone_question

    records = []
    for q in questions:
        query = standalone_question(q["question"], q.get("history")) if conversational else q["question"]
        started = time.perf_counter()
        passages = naive.search(query, depth, retrieval)
        seconds = time.perf_counter() - started
        rank, retrieved = grade_retrieval(passages, texts, q["gold"])
        record: dict[str, Any] = {"id": q["id"], "type": q["type"], "corpus": q.get("corpus", ""),
                                  "question": q["question"], "standalone": query, "answerable": q["answerable"],
                                  "rank": rank, "retrieved": retrieved,
                                  "reachable": gold_reachable(naive.spans(), q["gold"]) if q["answerable"] else None}
        if answers:
            text = "\n\n".join(p.text for p in passages[:k])
            record.update({"found": True, "answer": text, "citations": [], "seconds": round(seconds, 3)})
            if q["answerable"]:
                record["missing_facts"] = missing_key_facts(text, q["key_facts"])
                record["key_fact_hit"] = not record["missing_facts"]
                record["key_fact_share"] = key_fact_share(text, q["key_facts"])
        records.append(record)
    return records
