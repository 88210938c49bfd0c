"""The passage-vector cache: a rebuilt index embeds only texts it has not seen, and gets the same vectors."""

from __future__ import annotations

from pathlib import Path

from assistant.index.embedding_cache import CachedEmbedder
from fakes import HashingEmbedder


class Counting(HashingEmbedder):
    embedded: list[str]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded = [*getattr(self, "embedded", []), *texts]
        return super().embed_documents(texts)


def test_second_embedding_of_the_same_texts_asks_the_model_for_nothing(tmp_path: Path) -> None:
    texts = ["Förslag till beslut: bygglov beviljas.", "Sammanträdet öppnas.", "Förslag till beslut: bygglov beviljas."]
    first = Counting()
    vectors = CachedEmbedder(first, tmp_path / "cache.sqlite").embed_documents(texts)
    assert first.embedded == texts[:2]  # the repeated text is embedded once

    second = Counting()
    again = CachedEmbedder(second, tmp_path / "cache.sqlite").embed_documents([*texts, "Ny text om detaljplan."])
    assert getattr(second, "embedded", []) == ["Ny text om detaljplan."]
    assert again[:3] == vectors
    assert again[0] == HashingEmbedder().embed_documents([texts[0]])[0]


def test_another_embedder_does_not_reuse_vectors(tmp_path: Path) -> None:
    class Other(Counting):
        name = "test/other"

    CachedEmbedder(Counting(), tmp_path / "cache.sqlite").embed_documents(["Justering av protokollet."])
    other = Other()
    CachedEmbedder(other, tmp_path / "cache.sqlite").embed_documents(["Justering av protokollet."])
    assert other.embedded == ["Justering av protokollet."]
