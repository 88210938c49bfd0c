"""The vector store searches near-exactly, also in an index made before: Chroma's default search breadth on a
graph it rebuilds at each start made the same question find different passages in different processes."""

from __future__ import annotations

from pathlib import Path

from assistant.index.chroma import EF_SEARCH, _chroma_client
from assistant.index.store import Index
from assistant.settings import Settings


def test_an_index_made_with_the_default_search_breadth_gets_the_wider_one(tmp_path: Path) -> None:
    settings = Settings(index_path=tmp_path / "index", embedding_cache="")
    client = _chroma_client(settings)
    old = client.get_or_create_collection(settings.collection, embedding_function=None,
                                          metadata={"hnsw:space": "cosine"})
    assert old.configuration_json["hnsw"]["ef_search"] < EF_SEARCH
    index = Index(settings, "fake", 8)
    assert index._collection.configuration_json["hnsw"]["ef_search"] == EF_SEARCH
    assert index._collection.configuration_json["hnsw"]["space"] == "cosine"
