"""A persistent cache of passage vectors, keyed by embedder name and text hash.

Embedding is over 90 % of ingest time on a CPU. The same chunk text is embedded again whenever an index
is rebuilt (a new chunker version, a second index of the same corpus, a test or eval index, a replica),
so vectors are kept in one SQLite file shared by every index on the machine. Only passages are cached;
queries are short and new. Set ``embedding_cache`` to an empty string to turn it off."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from array import array
from pathlib import Path

from assistant.index.embedding import Embedder
from assistant.settings import Settings


class CachedEmbedder:
    """An ``Embedder`` that asks the wrapped one only for passages it has not seen."""

    def __init__(self, inner: Embedder, path: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.dimension = inner.dimension
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (embedder TEXT, text_hash TEXT, vector BLOB, "
                         "PRIMARY KEY (embedder, text_hash))")
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        found = self._lookup(set(keys))
        missing = list(dict.fromkeys(k for k in keys if k not in found))
        if missing:
            text_of = dict(zip(keys, texts))
            fresh = dict(zip(missing, self.inner.embed_documents([text_of[k] for k in missing])))
            self._store(fresh)
            found.update(fresh)
        return [found[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def _lookup(self, keys: set[str]) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        ordered = sorted(keys)
        with self._lock:
            for i in range(0, len(ordered), 500):
                batch = ordered[i:i + 500]
                rows = self._db.execute(
                    f"SELECT text_hash, vector FROM vectors WHERE embedder = ? AND text_hash IN "
                    f"({','.join('?' * len(batch))})", [self.name, *batch]).fetchall()
                found.update({key: array("d", blob).tolist() for key, blob in rows})
        return found

    def _store(self, vectors: dict[str, list[float]]) -> None:
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                 [(self.name, key, array("d", v).tobytes()) for key, v in vectors.items()])


def with_cache(embedder: Embedder, settings: Settings) -> Embedder:
    if not settings.embedding_cache:
        return embedder
    return CachedEmbedder(embedder, Path(settings.embedding_cache).expanduser())
