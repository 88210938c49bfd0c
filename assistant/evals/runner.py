"""``assistant eval``: measure retrieval and answers on the question sets in ``evals/``.

For every question the assistant answers (``Assistant.ask`` with its history) and the ranks of the
retrieved passages are recorded. Metrics, per question type and overall:

- retrieval (answerable questions only): recall@k for k = 1, 3, 5, 10 and MRR (cut at 10). A question
  is a hit at k when one of the top-k passages contains one of its gold quotes, compared with white
  space collapsed against the passage's span ``[start, end)`` of its document;
- answers: key-fact hit rate (every key fact in the answer, after ``normalise``), citation support
  (a citation quotes ``text[start:end]`` exactly and overlaps a gold quote of the same file), the
  exact-substring rate of citations, refusal accuracy on unanswerable questions and the false-refusal
  rate on answerable ones; in ``llm`` mode also faithfulness.

Baselines (``--baselines``) run in the same report: a naive RAG (fixed 1000-character chunks, dense
only, top-k passages as the answer, never refusing) and our pipeline with dense-only and BM25-only
retrieval. ``--tune-threshold`` sweeps the refusal threshold on a (dev) set.

The metric functions at the top are pure so that they can be tested on crafted inputs. Heavy
imports (Chroma, LangChain, the embedder) happen inside functions: ``assistant.cli`` imports this
module for every command.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

TYPES = ("agenda", "report", "proposal", "two_place", "followup", "no_diacritics", "typo", "english", "decision",
         "unanswerable")
RECALL_KS = (1, 3, 5, 10)
NAIVE_CHUNK_SIZE = 1000
NAIVE_CHUNK_OVERLAP = 100
FAITHFUL_SHARE = 0.5

# ---------------------------------------------------------------------------------------------------
# Normalisation and key facts (pure)
# ---------------------------------------------------------------------------------------------------

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e",
                       "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})
_DIGIT_SPACE = re.compile(r"(?<=\d) (?=\d)")


def collapse(text: str) -> str:
    """White space collapsed to single spaces, ends stripped (for comparing quotes and passages)."""
    return " ".join(text.split())


def normalise(text: str) -> str:
    """Key-fact normalisation: NFKC, lower case, å/ä→a, ö→o, é→e, dashes → ``-``, white space collapsed,
    spaces between digits removed (``21 280`` = ``21280``)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    return _DIGIT_SPACE.sub("", collapse(text))


def missing_key_facts(answer: str, facts: Iterable[str]) -> list[str]:
    shown = normalise(answer)
    return [fact for fact in facts if normalise(fact) not in shown]


def key_facts_hit(answer: str, facts: Sequence[str]) -> bool:
    """True when every key fact occurs in the answer (after ``normalise``)."""
    return not missing_key_facts(answer, facts)


def key_fact_share(answer: str, facts: Sequence[str]) -> float:
    if not facts:
        return 1.0
    return 1.0 - len(missing_key_facts(answer, facts)) / len(facts)


# ---------------------------------------------------------------------------------------------------
# Retrieval (pure)
# ---------------------------------------------------------------------------------------------------


def contains_quote(passage: str, quote: str) -> bool:
    """The quote occurs in the passage, white space collapsed on both sides."""
    wanted = collapse(quote)
    return bool(wanted) and wanted in collapse(passage)


def passage_has_gold(doc_name: str, passage: str, gold: Sequence[dict[str, str]]) -> bool:
    """A passage (the document span of a retrieved chunk) holds one of the gold quotes of its file."""
    return any(g["doc"] == doc_name and contains_quote(passage, g["quote"]) for g in gold)


def gold_reachable(passages: Iterable[tuple[str, str]], gold: Sequence[dict[str, str]]) -> bool:
    """Whether any passage of the whole index, as (file name, span text), holds a gold quote: the ceiling
    for recall; False means chunking split or dropped the quote."""
    return any(passage_has_gold(name, text, gold) for name, text in passages)


def first_hit_rank(hits: Sequence[bool]) -> int | None:
    """1-based rank of the first relevant passage, or None."""
    for rank, hit in enumerate(hits, 1):
        if hit:
            return rank
    return None


def recall_at_k(ranks: Sequence[int | None], k: int) -> float | None:
    """Share of questions with a relevant passage in the top k; None for no questions."""
    if not ranks:
        return None
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def mean_reciprocal_rank(ranks: Sequence[int | None]) -> float | None:
    if not ranks:
        return None
    return sum(1.0 / r for r in ranks if r) / len(ranks)


# ---------------------------------------------------------------------------------------------------
# Citations (pure)
# ---------------------------------------------------------------------------------------------------


def ranges_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` where the quote occurs exactly in the text."""
    found, at = [], text.find(quote) if quote else -1
    while at >= 0:
        found.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return found


def citation_exact(doc_text: str, quote: str, start: int, end: int) -> bool:
    """The citation's quote is exactly the document text at its offsets."""
    return bool(quote) and 0 <= start < end <= len(doc_text) and doc_text[start:end] == quote


def citation_supported(doc_name: str, doc_text: str, quote: str, start: int, end: int,
                       gold: Sequence[dict[str, str]]) -> bool:
    """Exact at its offsets AND overlapping a gold quote of the same file: the character ranges
    overlap in the document, or one contains the other with white space collapsed."""
    if not citation_exact(doc_text, quote, start, end):
        return False
    shown = collapse(quote)
    for g in gold:
        if g["doc"] != doc_name:
            continue
        if any(ranges_overlap((start, end), span) for span in occurrences(doc_text, g["quote"])):
            return True
        wanted = collapse(g["quote"])
        if shown and wanted and (wanted in shown or shown in wanted):
            return True
    return False


# ---------------------------------------------------------------------------------------------------
# Refusals, faithfulness, threshold sweep (pure)
# ---------------------------------------------------------------------------------------------------


def refusal_accuracy(found_on_unanswerable: Sequence[bool]) -> float | None:
    """Share of unanswerable questions the assistant declined (``found`` False)."""
    if not found_on_unanswerable:
        return None
    return sum(1 for f in found_on_unanswerable if not f) / len(found_on_unanswerable)


def false_refusal_rate(found_on_answerable: Sequence[bool]) -> float | None:
    """Share of answerable questions the assistant declined."""
    if not found_on_answerable:
        return None
    return sum(1 for f in found_on_answerable if not f) / len(found_on_answerable)


_MARKER = re.compile(r"\[(\d+)\]")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def supported_share_fallback(answer: str, quotes: dict[int, str], terms: Callable[[str], set[str]],
                             share: float = FAITHFUL_SHARE) -> float | None:
    """Share of the answer's sentences whose cited quotes ([n]) hold at least ``share`` of the sentence's
    content terms. Sentences without a marker count as unsupported; lines without content terms
    (headings such as "Källor:") are skipped. None when the answer has no sentences."""
    checked = supported = 0
    for sentence in _SENTENCE_SPLIT.split(answer):
        own = terms(_MARKER.sub(" ", sentence))
        if not own:
            continue
        checked += 1
        cited: set[str] = set()
        for n in _MARKER.findall(sentence):
            cited |= terms(quotes.get(int(n), ""))
        if cited and len(own & cited) / len(own) >= share:
            supported += 1
    return supported / checked if checked else None


@dataclass
class Sweep:
    threshold: float
    refusal_accuracy: float
    false_refusal: float

    @property
    def score(self) -> float:
        return self.refusal_accuracy + (1.0 - self.false_refusal)


def sweep_thresholds(rows: Sequence[tuple[float, bool, bool]], grid: Sequence[float]) -> list[Sweep]:
    """``rows``: (relevance, answerable, refused regardless of the threshold) per question. A question
    is refused at threshold t when it is refused anyway or its relevance is below t."""
    result = []
    for t in grid:
        refused = [(answerable, forced or rel < t) for rel, answerable, forced in rows]
        unans = [r for a, r in refused if not a]
        ans = [r for a, r in refused if a]
        result.append(Sweep(round(t, 4), sum(unans) / len(unans) if unans else 1.0,
                            sum(ans) / len(ans) if ans else 0.0))
    return result


def separation_auc(answerable: Sequence[float], unanswerable: Sequence[float]) -> float | None:
    """Probability that an answerable question scores above an unanswerable one (ties count half):
    how well a score can separate them at all, whatever the threshold (0.5 = not at all)."""
    if not answerable or not unanswerable:
        return None
    wins = sum(1.0 if a > u else 0.5 if a == u else 0.0 for a in answerable for u in unanswerable)
    return wins / (len(answerable) * len(unanswerable))


def best_threshold(sweep: Sequence[Sweep]) -> float:
    """The middle of the longest run of consecutive grid points with the best score (robust to noise)."""
    best = max(s.score for s in sweep)
    runs: list[list[float]] = []
    previous_best = False
    for s in sweep:
        is_best = abs(s.score - best) < 1e-9
        if is_best:
            if previous_best:
                runs[-1].append(s.threshold)
            else:
                runs.append([s.threshold])
        previous_best = is_best
    run = max(runs, key=len)
    return round(run[(len(run) - 1) // 2], 4)


# ---------------------------------------------------------------------------------------------------
# Aggregation (pure over per-question records)
# ---------------------------------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarise(records: Sequence[dict[str, Any]], ks: Sequence[int] = RECALL_KS) -> dict[str, Any]:
    """Metrics for a list of per-question records (keys: answerable, rank, found, key_fact_hit,
    key_fact_share, citations [{supported, exact}], faithfulness, seconds). Metrics a record does not
    carry (e.g. answers for a retrieval-only run) come out as None."""
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]
    ranks = [r.get("rank") for r in answerable]
    out: dict[str, Any] = {"n": len(records), "n_answerable": len(answerable), "n_unanswerable": len(unanswerable)}
    for k in ks:
        out[f"recall_at_{k}"] = recall_at_k(ranks, k)
    out["mrr"] = mean_reciprocal_rank(ranks)
    reach = [r["reachable"] for r in answerable if r.get("reachable") is not None]
    if reach:
        out["gold_reachable"] = _mean([1.0 if x else 0.0 for x in reach])
    answered = [r for r in records if r.get("found") is not None]
    if not answered:
        return out
    graded = [r for r in answerable if r.get("key_fact_hit") is not None]
    out["key_fact"] = _mean([1.0 if r["key_fact_hit"] else 0.0 for r in graded])
    out["key_fact_partial"] = _mean([r["key_fact_share"] for r in graded])
    cited = [c for r in answerable for c in r.get("citations") or []]
    out["citations"] = len(cited)
    out["citation_support"] = _mean([1.0 if c["supported"] else 0.0 for c in cited])
    every_citation = [c for r in records for c in r.get("citations") or []]
    out["exact_substring"] = _mean([1.0 if c["exact"] else 0.0 for c in every_citation])
    out["answers_with_support"] = _mean([1.0 if any(c["supported"] for c in r.get("citations") or []) else 0.0
                                         for r in answerable if r.get("found")])
    out["refusal_accuracy"] = refusal_accuracy([bool(r["found"]) for r in unanswerable])
    out["false_refusal"] = false_refusal_rate([bool(r["found"]) for r in answerable])
    faithful = [r["faithfulness"] for r in records if r.get("faithfulness") is not None]
    if faithful:
        out["faithfulness"] = _mean(faithful)
    lengths = [len(r.get("answer") or "") for r in records if r.get("found")]
    if lengths:
        out["median_answer_chars"] = int(statistics.median(lengths))
    seconds = [r["seconds"] for r in records if r.get("seconds") is not None]
    if seconds:
        out["median_seconds"] = statistics.median(seconds)
    return out


def summarise_by_type(records: Sequence[dict[str, Any]], ks: Sequence[int] = RECALL_KS) -> dict[str, Any]:
    types = [t for t in TYPES if any(r["type"] == t for r in records)]
    types += sorted({r["type"] for r in records} - set(types))
    return {"overall": summarise(records, ks),
            "by_type": {t: summarise([r for r in records if r["type"] == t], ks) for t in types}}


# ---------------------------------------------------------------------------------------------------
# Thresholds (pure)
# ---------------------------------------------------------------------------------------------------


def check_thresholds(metrics: dict[str, Any], bounds: dict[str, dict[str, float]]) -> list[str]:
    """Messages for every metric below its ``min`` or above its ``max``; a missing metric fails too."""
    failures = []
    for name, floor in (bounds.get("min") or {}).items():
        value = metrics.get(name)
        if value is None or value < floor:
            failures.append(f"{name} = {_fmt(value)} < {floor}")
    for name, ceiling in (bounds.get("max") or {}).items():
        value = metrics.get(name)
        if value is None or value > ceiling:
            failures.append(f"{name} = {_fmt(value)} > {ceiling}")
    return failures


def load_thresholds(path: Path, report_name: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(targets, guard for this report) from the thresholds TOML; guard is None when the file has no
    ``[guard.<report_name>]`` table (e.g. for ablation runs)."""
    if not path.is_file():
        return {}, None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return data.get("targets", {}), (data.get("guard") or {}).get(report_name)


# ---------------------------------------------------------------------------------------------------
# Inputs: question sets and document texts
# ---------------------------------------------------------------------------------------------------


def load_questions(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                row.setdefault("history", [])
                row.setdefault("key_facts", [])
                row.setdefault("gold", [])
                row.setdefault("answerable", bool(row["gold"]))
                row.setdefault("type", "okänd")
                rows.append(row)
    return rows


class DocTexts:
    """The indexed documents' texts by doc id and by file name (the gold quotes name files)."""

    def __init__(self, index: Any) -> None:
        self.by_id: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        self.paths: dict[str, str] = {}
        for doc in index.documents():
            self.by_id[doc["doc_id"]] = index.document_text(doc["doc_id"])
            self.name_of[doc["doc_id"]] = Path(doc["path"]).name
            self.paths[doc["doc_id"]] = doc["path"]
        self._index = index
        self._spans: list[tuple[str, str]] | None = None

    def chunk_spans(self) -> list[tuple[str, str]]:
        """(file name, span text) of every chunk in the index."""
        if self._spans is None:
            self._spans = [(self.name_of[doc_id], text[int(c.metadata["start"]):int(c.metadata["end"])])
                           for doc_id, text in self.by_id.items() for c in self._index.document_chunks(doc_id)]
        return self._spans


@dataclass
class Passage:
    """A retrieved passage, reduced to what the metrics need."""

    doc_id: str
    doc_name: str
    start: int
    end: int
    score: float
    text: str = ""


def grade_retrieval(passages: Sequence[Passage], texts: DocTexts, gold: Sequence[dict[str, str]]) -> tuple[
        int | None, list[dict[str, Any]]]:
    shown, flags = [], []
    for p in passages:
        hit = passage_has_gold(p.doc_name, texts.by_id.get(p.doc_id, "")[p.start:p.end], gold)
        flags.append(hit)
        shown.append({"doc": p.doc_name, "start": p.start, "end": p.end, "score": round(p.score, 4), "gold": hit})
    return first_hit_rank(flags), shown


# ---------------------------------------------------------------------------------------------------
# Retrievers used by the runs
# ---------------------------------------------------------------------------------------------------


def _hit_passage(hit: Any) -> Passage:
    meta = hit.chunk.metadata
    return Passage(hit.chunk.doc_id, Path(meta["source_path"]).name, int(meta["start"]), int(meta["end"]),
                   float(hit.score))


def _recording_retriever(inner: Any, depth: int) -> Any:
    """A HybridRetriever (so type checks elsewhere still pass) that searches ``depth`` deep, hands the
    assistant the top k it asked for and keeps the full list for the ranks. The fused ranking is
    sorted once, so the top k of a deeper search is exactly what a k-deep search returns."""
    from assistant.answer.retrieval import HybridRetriever

    class Recording(HybridRetriever):
        def __init__(self) -> None:  # no super().__init__: everything is delegated
            self.index, self.embedder, self.mode = inner.index, inner.embedder, inner.mode
            self.inner = inner
            self.query: str | None = None
            self.hits: list[Any] = []

        def search(self, query: str, k: int = 8, filters: Any = None) -> list[Any]:
            hits = self.inner.search(query, max(k, depth), filters)
            if self.query is None:
                self.query, self.hits = query, hits
            return hits[:k]

    return Recording()


def dense_first_retriever(index: Any, embedder: Any) -> Any:
    """Fusion ablation: the dense ranking first, then BM25 hits dense search did not find."""
    from assistant.answer.retrieval import CANDIDATES, HybridRetriever, Hit
    from assistant.index.store import Filters

    class DenseFirst(HybridRetriever):
        def search(self, query: str, k: int = 8, filters: Any = None) -> list[Any]:
            filters = filters or Filters()
            dense = self.index.dense_search(self.embedder.embed_query(query), CANDIDATES, filters)
            allowed = self.index.allowed_chunk_ids(filters) if filters else None
            lexical = self.index.lexical().search(query, CANDIDATES, allowed)
            order = list(dict.fromkeys([cid for cid, _ in dense] + [cid for cid, _ in lexical]))[:k]
            chunks = self.index.chunks(order)
            dense_scores, lexical_scores = dict(dense), dict(lexical)
            return [Hit(chunks[cid], 1.0 / (rank + 1), dense_scores.get(cid, 0.0), lexical_scores.get(cid, 0.0))
                    for rank, cid in enumerate(order) if cid in chunks]

    return DenseFirst(index, embedder, "hybrid")


class NaiveIndex:
    """The naive baseline's store: ``RecursiveCharacterTextSplitter(1000, 100)`` chunks of the indexed
    documents, embedded with the same embedder into a throw-away Chroma collection; BM25 over the same
    chunks for the ``--chunker fixed`` ablation."""

    def __init__(self, texts: DocTexts, embedder: Any, echo: Callable[[str], None] = click.echo) -> None:
        import tempfile

        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

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
        self._collection = client.create_collection("naive", embedding_function=None,
                                                     metadata={"hnsw:space": "cosine"})
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


# ---------------------------------------------------------------------------------------------------
# Runs
# ---------------------------------------------------------------------------------------------------


def _faithfulness(answer: Any) -> float | None:
    """``assistant.llm.supported_share(answer_text, {n: quote})`` when it exists, else the fallback above."""
    quotes = {c.n: c.quote for c in answer.citations}
    try:
        from assistant.answer.llm import supported_share
    except ImportError:
        from assistant.swedish import content_terms

        return supported_share_fallback(answer.answer, quotes, content_terms)
    return float(supported_share(answer.answer, quotes))


def run_assistant(assistant: Any, questions: Sequence[dict[str, Any]], texts: DocTexts, *, mode: str,
                  depth: int, with_answers: bool = True, progress: Callable[[int, int], None] | None = None
                  ) -> list[dict[str, Any]]:
    """Ask every question; return one record per question (retrieval ranks, answer, grades)."""
    from assistant.answer.conversation import standalone_question

    inner = assistant.retriever
    records = []
    try:
        for number, q in enumerate(questions, 1):
            recorder = _recording_retriever(inner, depth)
            assistant.retriever = recorder
            history = q.get("history") or None
            started = time.perf_counter()
            answer = assistant.ask(q["question"], history, None, mode) if with_answers else None
            seconds = time.perf_counter() - started
            standalone = answer.question if answer is not None and answer.question else \
                standalone_question(q["question"], history)
            hits = recorder.hits if recorder.query is not None else inner.search(standalone, depth)
            rank, retrieved = grade_retrieval([_hit_passage(h) for h in hits[:depth]], texts, q["gold"])
            terms = assistant.question_terms(q["question"], standalone)
            record: dict[str, Any] = {
                "id": q["id"], "type": q["type"], "corpus": q.get("corpus", ""), "question": q["question"],
                "standalone": standalone, "answerable": q["answerable"], "rank": rank,
                "reachable": gold_reachable(texts.chunk_spans(), q["gold"]) if q["answerable"] else None,
                "relevance": assistant.relevance(hits[:assistant.settings.top_k], terms, q["question"]), "retrieved": retrieved,
            }
            if answer is not None:
                record.update(_grade_answer(answer, q, texts))
                record["seconds"] = round(seconds, 3)
                if mode == "llm" and answer.found:
                    record["faithfulness"] = _faithfulness(answer)
            records.append(record)
            if progress:
                progress(number, len(questions))
    finally:
        assistant.retriever = inner
    return records


def _grade_answer(answer: Any, q: dict[str, Any], texts: DocTexts) -> dict[str, Any]:
    citations = []
    for c in answer.citations:
        doc_text = texts.by_id.get(c.doc_id, "")
        name = texts.name_of.get(c.doc_id, Path(c.source_path).name)
        citations.append({
            "n": c.n, "doc": name, "start": c.start, "end": c.end,
            "exact": citation_exact(doc_text, c.quote, c.start, c.end),
            "supported": citation_supported(name, doc_text, c.quote, c.start, c.end, q["gold"]),
            "quote": collapse(c.quote)[:240],
        })
    graded: dict[str, Any] = {"found": bool(answer.found), "answer": answer.answer, "citations": citations}
    if q["answerable"]:
        graded["key_facts"] = list(q["key_facts"])
        graded["missing_facts"] = missing_key_facts(answer.answer, q["key_facts"])
        graded["key_fact_hit"] = not graded["missing_facts"]
        graded["key_fact_share"] = key_fact_share(answer.answer, q["key_facts"])
    return graded


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


# ---------------------------------------------------------------------------------------------------
# Output: console table, Markdown, SVG
# ---------------------------------------------------------------------------------------------------

COLUMNS = [("n", "n"), ("gold_reachable", "Reach"), ("recall_at_1", "R@1"), ("recall_at_3", "R@3"),
           ("recall_at_5", "R@5"), ("recall_at_10", "R@10"), ("mrr", "MRR"), ("key_fact", "KF"),
           ("citation_support", "CitSup"),
           ("exact_substring", "Exact"), ("refusal_accuracy", "RefAcc"), ("false_refusal", "FalseRef"),
           ("faithfulness", "Faith"), ("median_answer_chars", "AnsLen")]
SYSTEM_LABELS = {"ours": "ours (hybrid)", "naive": "naive RAG (fixed 1000, dense, no refusal)",
                 "ours-dense": "ours dense-only", "ours-lexical": "ours BM25-only"}


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _columns(ks: Sequence[int], rows: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    rows = list(rows)
    cols = COLUMNS[:2] + [(f"recall_at_{k}", f"R@{k}") for k in ks] + COLUMNS[6:]
    return [(key, label) for key, label in cols if any(r.get(key) is not None for r in rows)]


def format_table(rows: Sequence[tuple[str, dict[str, Any]]], ks: Sequence[int], markdown: bool = False) -> str:
    cols = _columns(ks, (m for _, m in rows))
    header = ["", *[label for _, label in cols]]
    body = [[name, *[_fmt(m.get(key)) for key, _ in cols]] for name, m in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in body])
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    return "\n".join([fmt(header), "  ".join("-" * w for w in widths), *[fmt(r) for r in body]])


_PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def svg_recall_curve(series: dict[str, dict[int, float | None]], ks: Sequence[int], title: str) -> str:
    """recall@k against k, one line per system."""
    w, h, left, right, top, bottom = 700, 340, 50, 320, 30, 40
    pw, ph = w - left - right, h - top - bottom
    kmax = max(ks)
    x = lambda k: left + pw * (k - 1) / max(1, kmax - 1)  # noqa: E731
    y = lambda v: top + ph * (1 - v)  # noqa: E731
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
           f'font-family="sans-serif" font-size="11">', f'<rect width="{w}" height="{h}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="13">{_esc(title)}</text>']
    for i in range(6):
        v = i / 5
        out.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + pw}" y2="{y(v):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    for k in ks:
        out.append(f'<text x="{x(k):.1f}" y="{top + ph + 16}" text-anchor="middle">{k}</text>')
    out.append(f'<text x="{left + pw / 2:.1f}" y="{h - 6}" text-anchor="middle">k</text>')
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}" stroke="#333"/>')
    out.append(f'<line x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}" stroke="#333"/>')
    for n, (name, values) in enumerate(series.items()):
        color = _PALETTE[n % len(_PALETTE)]
        points = [(x(k), y(values[k])) for k in ks if values.get(k) is not None]
        if points:
            out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="'
                       + " ".join(f"{px:.1f},{py:.1f}" for px, py in points) + '"/>')
            out += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{color}"/>' for px, py in points]
        ly = top + 14 + 16 * n
        out.append(f'<rect x="{left + pw + 12}" y="{ly - 8}" width="10" height="10" fill="{color}"/>')
        out.append(f'<text x="{left + pw + 26}" y="{ly + 1}">{_esc(name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def svg_type_bars(by_type: dict[str, dict[str, Any]], metrics: Sequence[tuple[str, str]], title: str) -> str:
    """Grouped bars: for each question type, one bar per metric (0–1)."""
    types = list(by_type)
    group = 14 * len(metrics) + 12
    w, h, left, top, bottom = max(420, 60 + group * len(types) + 150), 320, 44, 30, 70
    ph = h - top - bottom
    y = lambda v: top + ph * (1 - v)  # noqa: E731
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
           f'font-family="sans-serif" font-size="11">', f'<rect width="{w}" height="{h}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="13">{_esc(title)}</text>']
    for i in range(6):
        v = i / 5
        x2 = left + group * len(types)
        out.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{x2}" y2="{y(v):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    for t_i, t in enumerate(types):
        gx = left + 6 + t_i * group
        for m_i, (key, _) in enumerate(metrics):
            value = by_type[t].get(key)
            if value is None:
                continue
            bx = gx + 14 * m_i
            out.append(f'<rect x="{bx}" y="{y(value):.1f}" width="12" height="{ph * value:.1f}" '
                       f'fill="{_PALETTE[m_i % len(_PALETTE)]}"><title>{_esc(t)} {key} {value:.3f}</title></rect>')
        cx = gx + 14 * len(metrics) / 2
        out.append(f'<text x="{cx:.1f}" y="{top + ph + 12}" text-anchor="end" '
                   f'transform="rotate(-35 {cx:.1f} {top + ph + 12})">{_esc(t)}</text>')
    lx = left + group * len(types) + 16
    for m_i, (_, label) in enumerate(metrics):
        color = _PALETTE[m_i % len(_PALETTE)]
        out.append(f'<rect x="{lx}" y="{top + 16 * m_i}" width="10" height="10" fill="{color}"/>')
        out.append(f'<text x="{lx + 14}" y="{top + 16 * m_i + 9}">{_esc(label)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def failure_reasons(record: dict[str, Any], k: int) -> list[str]:
    reasons = []
    if record["answerable"]:
        if record.get("reachable") is False:
            reasons.append("no chunk holds a gold quote")
        elif record.get("rank") is None or record["rank"] > k:
            reasons.append(f"gold not in top {k} (rank {record.get('rank') or '>10'})")
        if record.get("found") is False:
            reasons.append("false refusal")
        elif record.get("missing_facts"):
            reasons.append("missing key facts: " + ", ".join(record["missing_facts"]))
        unsupported = [c for c in record.get("citations") or [] if not c["supported"]]
        if record.get("citations") and len(unsupported) == len(record["citations"]):
            reasons.append("no citation supported")
    elif record.get("found"):
        reasons.append("answered an unanswerable question")
    return reasons


def markdown_report(report: dict[str, Any], name: str, images: dict[str, str]) -> str:
    ks = report["ks"]
    systems = report["systems"]
    labels = report.get("labels", SYSTEM_LABELS)
    main = systems[report["main_system"]]
    lines = [f"# Utvärdering: {report['set']} ({report['mode']})", "",
             f"- frågor: {main['overall']['n']} ({main['overall']['n_answerable']} besvarbara, "
             f"{main['overall']['n_unanswerable']} obesvarbara)",
             "- konfiguration: " + ", ".join(f"{k}={v}" for k, v in report["config"].items()),
             f"- körd: {report['created']}", ""]
    if report.get("guard") is not None:
        failures = report["guard"]["failures"]
        lines += [f"**Tröskelkontroll ({report['guard']['table']}): "
                  f"{'UNDERKÄND – ' + '; '.join(failures) if failures else 'godkänd'}**", ""]
    targets = report.get("target_misses")
    if targets is not None:
        lines += [f"Mål från issuet: {'alla nådda' if not targets else 'ej nådda – ' + '; '.join(targets)}", ""]
    lines += ["## Översikt", "", format_table([(labels.get(s, s), v["overall"]) for s, v in systems.items()],
                                              ks, markdown=True), ""]
    if "recall" in images:
        lines += [f"![recall@k]({images['recall']})", ""]
    lines += [f"## Per frågetyp ({labels.get(report['main_system'], report['main_system'])})", "",
              format_table(list(main["by_type"].items()) + [("**alla**", main["overall"])], ks, markdown=True), ""]
    if "types" in images:
        lines += [f"![per typ]({images['types']})", ""]
    headline = f"recall_at_{report['k']}"
    if len(systems) > 1:
        lines += [f"## {headline} och key facts per typ, alla system", ""]
        types = list(main["by_type"])
        header = "| typ | " + " | ".join(f"{labels.get(s, s)} R@{report['k']} / KF" for s in systems) + " |"
        lines += [header, "|" + "---|" * (len(systems) + 1)]
        for t in types:
            cells = [f"{_fmt(v['by_type'].get(t, {}).get(headline))} / {_fmt(v['by_type'].get(t, {}).get('key_fact'))}"
                     for v in systems.values()]
            lines.append(f"| {t} | " + " | ".join(cells) + " |")
        lines.append("")
    failing = [(r, failure_reasons(r, report["k"])) for r in report["questions"]]
    failing = [(r, why) for r, why in failing if why]
    lines += [f"## Misslyckade frågor ({len(failing)})", ""]
    for r, why in failing:
        top = r["retrieved"][0] if r["retrieved"] else None
        got = f"{top['doc']} [{top['start']}:{top['end']}]" if top else "–"
        answer = collapse(r.get("answer", ""))[:220]
        lines.append(f"- **{r['id']}** ({r['type']}) _{r['question']}_ — {'; '.join(why)}. "
                     f"Top 1: {got}. Svar: {answer!r}")
    lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------------


@dataclass
class EvalOptions:
    set_path: Path = Path("evals/test.jsonl")
    mode: str = "extractive"
    k: int = 5
    index_path: Path | None = None
    baselines: bool = False
    retrieval: str = "hybrid"
    chunker: str = "structure"
    fusion: str = "rrf"
    refusal_threshold: float | None = None
    reranker: str = "none"
    top_k: int | None = None
    thresholds: Path = Path("evals/thresholds.toml")
    report_dir: Path = Path("evals/reports")
    tune_threshold: bool = False
    limit: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def report_name(self) -> str:
        parts = [self.set_path.stem, "tune" if self.tune_threshold else self.mode]
        if self.retrieval != "hybrid":
            parts.append(self.retrieval)
        if self.chunker != "structure":
            parts.append(f"chunker-{self.chunker}")
        if self.fusion != "rrf":
            parts.append(self.fusion)
        if self.refusal_threshold is not None and not self.tune_threshold:
            parts.append(f"refusal-{self.refusal_threshold:g}")
        if self.reranker != "none":
            parts.append(f"rerank-{self.reranker}")
        if self.top_k is not None:
            parts.append(f"top{self.top_k}")
        if self.limit is not None:
            parts.append(f"first{self.limit}")
        return "-".join(parts)


@dataclass
class EvalResult:
    report: dict[str, Any]
    failures: list[str]
    files: list[Path]


def open_for_eval(options: EvalOptions, echo: Callable[[str], None]) -> Any:
    from dataclasses import fields as dc_fields

    from assistant.api import Assistant
    from assistant.settings import Settings
    from assistant.index.store import IndexError_

    overrides: dict[str, Any] = {"index_path": options.index_path, "top_k": options.top_k}
    if options.refusal_threshold is not None:
        overrides["refusal_threshold"] = options.refusal_threshold
    if options.reranker != "none":
        if "reranker" not in {f.name for f in dc_fields(Settings)}:
            raise click.ClickException(f"--reranker {options.reranker}: det finns ingen reranker i den här versionen.")
        overrides["reranker"] = options.reranker
    overrides.update(options.extra)
    settings = Settings.load(**overrides)
    try:
        assistant = Assistant.from_settings(settings)
    except IndexError_ as error:
        raise click.ClickException(str(error)) from error
    if not assistant.index.documents():
        echo(f"Indexet i {settings.index_path} är tomt: läser in {settings.corpus_path}/ först …")
        summary = assistant.ingest([settings.corpus_path])
        echo(summary.format())
        if not assistant.index.documents():
            raise click.ClickException(f"Inga dokument kunde läsas in från {settings.corpus_path}.")
    return assistant


def _with_retrieval(assistant: Any, mode: str, fusion: str) -> Any:
    from assistant.answer.retrieval import HybridRetriever

    if fusion == "dense-first" and mode == "hybrid":
        assistant.retriever = dense_first_retriever(assistant.index, assistant.embedder)
    else:
        assistant.retriever = HybridRetriever(assistant.index, assistant.embedder, mode)
    return assistant


def run_eval(options: EvalOptions, echo: Callable[[str], None] = click.echo) -> EvalResult:
    if options.mode == "llm":
        import importlib.util

        if importlib.util.find_spec("assistant.llm") is None:
            raise click.ClickException("--mode llm: modulen assistant.llm finns inte ännu.")
    questions = load_questions(options.set_path)
    if options.limit is not None:
        questions = questions[:options.limit]
    ks = sorted(set(RECALL_KS) | {options.k})
    depth = max(ks)
    assistant = open_for_eval(options, echo)
    texts = DocTexts(assistant.index)
    if options.tune_threshold:
        return _tune(options, assistant, questions, texts, depth, echo)

    def progress(label: str) -> Callable[[int, int], None]:
        def show(number: int, total: int) -> None:
            if number == total or number % 20 == 0:
                echo(f"  {label}: {number}/{total}")
        return show

    systems: dict[str, list[dict[str, Any]]] = {}
    naive: NaiveIndex | None = None
    try:
        if options.chunker == "fixed" or options.baselines:
            naive = NaiveIndex(texts, assistant.embedder, echo)
        echo(f"Kör {len(questions)} frågor ur {options.set_path} ({options.mode}) …")
        if options.chunker == "fixed":
            assert naive is not None
            systems["ours"] = run_naive(naive, questions, texts, k=options.k, depth=depth,
                                        retrieval=options.retrieval, answers=False, conversational=True)
        else:
            _with_retrieval(assistant, options.retrieval, options.fusion)
            systems["ours"] = run_assistant(assistant, questions, texts, mode=options.mode, depth=depth,
                                            progress=progress("vår pipeline"))
        if options.baselines:
            assert naive is not None
            systems["naive"] = run_naive(naive, questions, texts, k=options.k, depth=depth)
            for mode in ("dense", "lexical"):
                _with_retrieval(assistant, mode, "rrf")
                systems[f"ours-{mode}"] = run_assistant(assistant, questions, texts, mode=options.mode, depth=depth,
                                                        progress=progress(f"vår pipeline, {mode}"))
    finally:
        if naive is not None:
            naive.close()

    summaries = {name: summarise_by_type(records, ks) for name, records in systems.items()}
    report_name = options.report_name()
    targets, guard = load_thresholds(options.thresholds, report_name)
    overall = summaries["ours"]["overall"]
    failures = check_thresholds(overall, guard) if guard is not None else []
    report: dict[str, Any] = {
        "set": options.set_path.stem, "mode": options.mode, "k": options.k, "ks": ks,
        "created": time.strftime("%Y-%m-%d %H:%M:%S"),
        "config": {"retrieval": options.retrieval, "chunker": options.chunker, "fusion": options.fusion,
                   "refusal_threshold": assistant.settings.refusal_threshold, "top_k": assistant.settings.top_k,
                   "reranker": options.reranker, "embedder": assistant.embedder.name, "k": options.k},
        "main_system": "ours", "systems": summaries,
        "guard": None if guard is None else {"table": f"guard.{report_name}", "bounds": guard, "failures": failures},
        "target_misses": check_thresholds(overall, _present(targets, overall)) if targets else None,
        "labels": {**SYSTEM_LABELS, "ours": _ours_label(options)},
        "questions": systems["ours"],
        "baseline_questions": {name: [{key: r.get(key) for key in ("id", "type", "rank", "found", "key_fact_hit",
                                                                   "missing_facts")} for r in records]
                               for name, records in systems.items() if name != "ours"},
    }
    files = write_report(report, report_name, options.report_dir)
    echo("")
    echo(format_table(list(summaries["ours"]["by_type"].items()) + [("ALLA", overall)], ks))
    if len(summaries) > 1:
        echo("")
        echo(format_table([(report["labels"].get(s, s), v["overall"]) for s, v in summaries.items()], ks))
    echo("")
    for path in files:
        echo(f"Skrev {path}")
    if report["target_misses"]:
        echo("Under målen i issuet: " + "; ".join(report["target_misses"]))
    if guard is None:
        echo(f"Inga spärrtrösklar för {report_name} i {options.thresholds}: inget kontrolleras.")
    elif failures:
        echo("UNDER SPÄRRTRÖSKLARNA: " + "; ".join(failures))
    else:
        echo(f"Spärrtrösklarna ({report['guard']['table']}) håller.")
    return EvalResult(report, failures, files)


def _present(bounds: dict[str, Any], metrics: dict[str, Any]) -> dict[str, Any]:
    """Only the bounds on metrics this run measured (a retrieval-only run has no answer metrics)."""
    return {side: {k: v for k, v in (bounds.get(side) or {}).items() if metrics.get(k) is not None}
            for side in ("min", "max")}


def _ours_label(options: EvalOptions) -> str:
    parts = [options.retrieval if options.fusion == "rrf" or options.retrieval != "hybrid" else options.fusion]
    if options.chunker != "structure":
        parts.append(f"{options.chunker} chunks")
    return f"ours ({', '.join(parts)})"


def write_report(report: dict[str, Any], name: str, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    ks = report["ks"]
    images = {"recall": f"{name}-recall.svg", "types": f"{name}-types.svg"}
    labels = report.get("labels", SYSTEM_LABELS)
    series = {labels.get(s, s): {k: v["overall"].get(f"recall_at_{k}") for k in ks}
              for s, v in report["systems"].items()}
    (directory / images["recall"]).write_text(
        svg_recall_curve(series, ks, f"recall@k – {report['set']} ({report['mode']})"), encoding="utf-8")
    main = report["systems"][report["main_system"]]
    metrics = [(f"recall_at_{report['k']}", f"recall@{report['k']}"), ("key_fact", "key facts"),
               ("citation_support", "citation support"), ("refusal_accuracy", "refusal accuracy"),
               ("false_refusal", "false refusal")]
    metrics = [m for m in metrics if any(t.get(m[0]) is not None for t in main["by_type"].values())]
    (directory / images["types"]).write_text(
        svg_type_bars(main["by_type"], metrics, f"per frågetyp – {report['set']} ({report['mode']})"),
        encoding="utf-8")
    json_path, md_path = directory / f"{name}.json", directory / f"{name}.md"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    md_path.write_text(markdown_report(report, name, images), encoding="utf-8")
    return [json_path, md_path, directory / images["recall"], directory / images["types"]]


def _tune(options: EvalOptions, assistant: Any, questions: Sequence[dict[str, Any]], texts: DocTexts, depth: int,
          echo: Callable[[str], None]) -> EvalResult:
    """Answer everything with the threshold off, then sweep it over the recorded relevance scores."""
    from dataclasses import replace

    current = assistant.settings.refusal_threshold
    assistant.settings = replace(assistant.settings, refusal_threshold=-1.0)
    _with_retrieval(assistant, options.retrieval, options.fusion)
    echo(f"Kör {len(questions)} frågor ur {options.set_path} utan tröskel …")
    records = run_assistant(assistant, questions, texts, mode=options.mode, depth=depth)
    rows = [(r["relevance"], r["answerable"], not r["found"]) for r in records]
    grid = [i / 100 for i in range(0, 101)]
    sweep = sweep_thresholds(rows, grid)
    best = best_threshold(sweep)
    chosen = next(s for s in sweep if s.threshold == best)
    now = sweep_thresholds(rows, [current])[0]
    echo("")
    echo("tröskel  refusal_acc  false_refusal  poäng")
    for s in sweep:
        if abs(s.threshold * 20 - round(s.threshold * 20)) < 1e-9 or s.threshold == best:
            mark = "  <- bäst" if s.threshold == best else ""
            echo(f"{s.threshold:7.2f}  {s.refusal_accuracy:11.3f}  {s.false_refusal:13.3f}  {s.score:5.3f}{mark}")
    forced = [r["id"] for r in records if not r["found"] and r["answerable"]]
    auc = separation_auc([r["relevance"] for r in records if r["answerable"]],
                         [r["relevance"] for r in records if not r["answerable"]])
    echo("")
    echo(f"relevance() skiljer besvarbara från obesvarbara med AUC {_fmt(auc)} (0.5 = inte alls, 1 = helt)")
    echo(f"Nu (refusal_threshold = {current}): refusal_accuracy {now.refusal_accuracy:.3f}, "
         f"false_refusal {now.false_refusal:.3f}")
    echo(f"Rekommenderad refusal_threshold = {best} (refusal_accuracy {chosen.refusal_accuracy:.3f}, "
         f"false_refusal {chosen.false_refusal:.3f}), vald på {options.set_path.name}")
    if forced:
        echo(f"Avböjs oavsett tröskel (besvarbara): {', '.join(forced)}")
    report = {"set": options.set_path.stem, "mode": options.mode, "created": time.strftime("%Y-%m-%d %H:%M:%S"),
              "current": current, "recommended": best, "relevance_auc": auc,
              "sweep": [{"threshold": s.threshold, "refusal_accuracy": s.refusal_accuracy,
                         "false_refusal": s.false_refusal, "score": s.score} for s in sweep],
              "questions": [{key: r.get(key) for key in ("id", "type", "answerable", "relevance", "found", "rank")}
                            for r in records]}
    options.report_dir.mkdir(parents=True, exist_ok=True)
    path = options.report_dir / f"{options.report_name()}.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    echo(f"Skrev {path}")
    return EvalResult(report, [], [path])


@click.command(name="eval")
@click.option("--set", "set_path", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=Path("evals/test.jsonl"), show_default=True, help="Frågeuppsättning (JSONL).")
@click.option("--mode", type=click.Choice(["extractive", "llm"]), default="extractive", show_default=True)
@click.option("--k", type=int, default=5, show_default=True,
              help="k för huvudmåttet recall@k och antal stycken i den naiva baslinjens svar.")
@click.option("--index", "index_path", type=click.Path(path_type=Path), default=None,
              help="Indexmapp (standard: index/); ett tomt index fylls med corpus/ först.")
@click.option("--baselines/--no-baselines", default=False, show_default=True,
              help="Kör även naiv RAG, vår pipeline med bara dense och med bara BM25.")
@click.option("--retrieval", type=click.Choice(["hybrid", "dense", "lexical"]), default="hybrid", show_default=True)
@click.option("--chunker", type=click.Choice(["structure", "fixed"]), default="structure", show_default=True,
              help="fixed: naiva 1000-teckensbitar (bara retrieval-mått).")
@click.option("--fusion", type=click.Choice(["rrf", "dense-first"]), default="rrf", show_default=True)
@click.option("--refusal-threshold", type=float, default=None, help="Åsidosätt settings.refusal_threshold.")
@click.option("--reranker", default="none", show_default=True)
@click.option("--top-k", type=int, default=None, help="Åsidosätt settings.top_k (stycken till svaret).")
@click.option("--thresholds", type=click.Path(path_type=Path), default=Path("evals/thresholds.toml"),
              show_default=True)
@click.option("--report-dir", type=click.Path(path_type=Path), default=Path("evals/reports"), show_default=True)
@click.option("--tune-threshold", is_flag=True,
              help="Svep vägringströskeln (bara på dev) och skriv ut bästa värdet.")
@click.option("--limit", type=int, default=None, help="Bara de N första frågorna (snabbprov).")
def eval_command(**kwargs: Any) -> None:
    """Utvärdera retrieval och svar på en frågeuppsättning; avslutar med fel under spärrtrösklarna."""
    options = EvalOptions(**kwargs)
    if options.tune_threshold and options.set_path.stem == "test":
        click.echo("Varning: trösklar ska bara väljas på dev (evals/README.md).", err=True)
    result = run_eval(options)
    if result.failures:
        sys.exit(1)


if __name__ == "__main__":  # python -m assistant.evals … (same as ``assistant eval``)
    eval_command(prog_name="assistant eval")
