"""The whole pipeline — load, parse, chunk, Chroma + BM25 index, retrieval, extractive answer — on the
real corpus with the deterministic hashing embedder: ingest bookkeeping and citation invariants in
seconds. Answer quality with the real embedder is the e2e tier's and the eval's business."""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant import Assistant
from assistant.index.ingest import FileStatus
from assistant.index.store import Filters
from conftest import CORPUS, KUNGSBACKA, make_assistant
from fakes import HashingEmbedder

CORPUS_FILES = [p for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md"
                and not p.name.endswith(".meta.toml")]


def test_every_corpus_file_is_one_document(fast_assistant: Assistant) -> None:
    paths = {Path(d["path"]).name for d in fast_assistant.documents()}
    assert paths == {p.name for p in CORPUS_FILES}


def test_chunks_are_exact_spans_of_their_document_without_duplicates(fast_assistant: Assistant) -> None:
    index = fast_assistant.index
    for doc in index.documents():
        text = index.document_text(doc["doc_id"])
        chunks = index.document_chunks(doc["doc_id"])
        assert chunks, doc["path"]
        for chunk in chunks:
            for start, end in chunk.segments:
                assert text[start:end] in chunk.text
        spans = [tuple(c.segments) for c in chunks]
        assert len(set(spans)) == len(spans), f"the same passage chunked twice in {doc['path']}"
        covered = sorted(s for c in chunks for s in c.segments)
        assert all(a[1] <= b[0] for a, b in zip(covered, covered[1:])), f"overlapping chunks in {doc['path']}"


def test_second_ingest_changes_nothing(fast_assistant: Assistant) -> None:
    before = fast_assistant.index.chunk_count()
    summary = fast_assistant.ingest([CORPUS])
    assert {r.status for r in summary.results} == {FileStatus.UNCHANGED}
    assert fast_assistant.index.chunk_count() == before


def test_changed_file_replaces_its_chunks_and_removal_forgets_it(tmp_path: Path) -> None:
    source = tmp_path / "corpus" / "protokoll.md"
    source.parent.mkdir()
    shutil.copyfile(KUNGSBACKA / "kungsbacka_bygg-au_2024-03-14_protokoll.md", source)
    assistant = make_assistant(tmp_path / "index", HashingEmbedder())
    assert assistant.ingest([source]).results[0].status == FileStatus.INDEXED

    source.write_text(source.read_text(encoding="utf-8") + "\n\nTillägg: kvarnbacksvägens belysning utreds.\n",
                      encoding="utf-8")
    assert assistant.ingest([source]).results[0].status == FileStatus.UPDATED
    assert len(assistant.documents()) == 1
    hits = assistant.retriever.search("kvarnbacksvägens belysning", 3)
    assert any("kvarnbacksvägens" in h.chunk.text for h in hits)

    assert assistant.remove(str(source))
    assert assistant.documents() == []
    assert assistant.retriever.search("kvarnbacksvägens belysning", 3) == []


def test_answer_quotes_are_exact_substrings_at_their_offsets(fast_assistant: Assistant) -> None:
    answer = fast_assistant.ask("vad föreslås om välfärdsbrottslighet?")
    assert answer.found and answer.citations
    for c in answer.citations:
        assert fast_assistant.index.document_text(c.doc_id)[c.start:c.end] == c.quote


def test_date_filter_keeps_every_hit_inside_the_range(fast_assistant: Assistant) -> None:
    filters = Filters.from_dict({"date_from": "2024-02-29", "date_to": "2024-02-29"})
    hits = fast_assistant.retriever.search("bygglov för nybyggnad av enbostadshus", 10, filters)
    assert hits
    assert {h.chunk.metadata["meeting_date"] for h in hits} == {"2024-02-29"}


def test_a_hit_only_bm25_found_carries_its_true_similarity_in_meaning(fast_assistant: Assistant) -> None:
    """The dense score of every hit is the query's cosine similarity to the chunk's stored embedding, also for a
    passage outside the dense half's candidates (it was 0.0, and relevance took it for unrelated)."""
    import numpy as np

    query = "vem är förvaltningsjurist"
    hits = fast_assistant.retriever.search(query, 40)
    vector = np.asarray(fast_assistant.embedder.embed_query(query))
    stored = fast_assistant.index._collection.get(ids=[h.chunk.chunk_id for h in hits], include=["embeddings"])
    embedded = dict(zip(stored["ids"], np.asarray(stored["embeddings"], dtype=float)))
    for hit in hits:
        vector_of = embedded[hit.chunk.chunk_id]
        expected = float(vector @ vector_of / (np.linalg.norm(vector) * np.linalg.norm(vector_of)))
        assert abs(hit.dense - expected) < 1e-4, (hit.chunk.chunk_id, hit.dense, expected)


def test_a_swapped_day_and_month_in_the_header_is_read_as_the_date_and_ingests(tmp_path: Path) -> None:
    source = tmp_path / "protokoll.md"  # "2019–27–02": a secretary's typo for the 27th of February
    source.write_text("Studierådet\nProtokoll SRD\n2019–27–02\n\n§1 Mötets öppnande\nMötet öppnades 12:13.\n\n"
                      "§2 Val av justerare\nMötet beslöt att välja Anna Berg till justerare.\n", encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder())
    result = assistant.ingest([source]).results[0]
    assert result.status == FileStatus.INDEXED, result.message
    assert assistant.documents()[0]["meeting_date"] == "2019-02-27"


def test_a_document_the_meeting_model_cannot_hold_is_an_error_and_not_in_the_index(
        tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "protokoll.md"
    shutil.copyfile(KUNGSBACKA / "kungsbacka_bygg-au_2024-03-14_protokoll.md", source)
    assistant = make_assistant(tmp_path / "index", HashingEmbedder())

    def unusable(doc, structure) -> None:
        raise ValueError("oläsligt datum")

    monkeypatch.setattr(assistant.meetings, "replace_document", unusable)
    result = assistant.ingest([source]).results[0]
    assert result.status == FileStatus.ERROR and "oläsligt datum" in result.message
    assert assistant.documents() == [] and assistant.retriever.search("bygglov", 3) == []
