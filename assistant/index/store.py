"""The index: Chroma for vectors, a SQLite registry for documents and chunks, and the BM25 index.

Writes follow a small journal so that a crash never leaves half a document visible: a document is
first registered as ``pending``; its vectors are written to Chroma; then, in one SQLite transaction,
its chunk rows are written and it becomes ``complete``. Searches only return chunks that have rows,
and opening the index for writing removes whatever a crashed run left ``pending``.

The ``files`` table remembers each ingested file's size, mtime and byte hash (and how its ingest
ended), so that a sync of the corpus folder can skip unchanged files with a ``stat`` call.
Writers hold ``write_lock`` (a file lock, see ``lock.py``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from assistant.documents.chunking import CHUNKER_VERSION
from assistant.documents.model import Chunk, ChunkMeta, Document
from assistant.errors import IndexUnavailableError
from assistant.index.chroma import open_collection
from assistant.index.filters import Filters
from assistant.index.lexical import LexicalIndex
from assistant.index.lock import WriteLock
from assistant.settings import Settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, title TEXT, doc_type TEXT,
    organisation TEXT, body TEXT, meeting_date TEXT, meeting_time TEXT, place TEXT, pages INTEGER,
    n_chunks INTEGER, status TEXT NOT NULL, ingested_at TEXT, attachment_of TEXT, text TEXT,
    structure TEXT, access_group TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, position INTEGER, text TEXT NOT NULL,
    context TEXT NOT NULL, metadata TEXT NOT NULL, body TEXT, doc_type TEXT, date_int INTEGER
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, doc_id TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL, status TEXT NOT NULL
);
"""
CHROMA_BATCH = 1000
OPEN_ATTEMPTS = 5  # a registry another process is creating right now is opened again, a little later


@dataclass
class StoredChunk:
    chunk_id: str
    doc_id: str
    text: str
    context: str
    metadata: dict[str, Any]  # the stored payload; read it through ``meta``

    @cached_property
    def meta(self) -> ChunkMeta:
        return ChunkMeta.from_stored(self.metadata)

    @property
    def segments(self) -> list[tuple[int, int]]:
        return list(self.meta.segments)


class Index:
    def __init__(self, settings: Settings, embedder_name: str, dimension: int) -> None:
        self.path = settings.index_path
        self._lock = threading.RLock()
        self._db = _open_registry(self.path)
        self.write_lock = WriteLock(self.path / "write.lock")
        try:
            self._check_manifest(embedder_name, dimension)
        except IndexUnavailableError:
            self._db.close()
            raise
        try:
            self._client, self._collection = open_collection(settings)
        except Exception as error:  # noqa: BLE001 - chromadb raises many kinds (Rust, HTTP, SQLite)
            self._db.close()
            where = settings.chroma_url or self.path / "chroma"
            raise IndexUnavailableError(f"Vektorlagret (Chroma) i {where} kan inte öppnas: "
                                        f"{str(error)[:200] or type(error).__name__}") from None
        self._lexical: LexicalIndex | None = None
        self._lexical_generation = -1

    # --- manifest ---

    def _check_manifest(self, embedder_name: str, dimension: int) -> None:
        wanted = {"embedder": embedder_name, "dimension": str(dimension), "chunker_version": CHUNKER_VERSION}
        with self._lock:
            found = dict(self._db.execute("SELECT key, value FROM manifest").fetchall())
            if not found.get("embedder"):
                self._db.executemany("INSERT OR REPLACE INTO manifest VALUES (?, ?)", list(wanted.items()))
                self._db.execute("INSERT OR IGNORE INTO manifest VALUES ('generation', '0')")
                return
        for key, value in wanted.items():
            if found.get(key) != value:
                raise IndexUnavailableError(
                    f"Indexet i {self.path} byggdes med {key} = {found.get(key)!r}, men nu används {value!r}. "
                    f"Bygg om det: ta bort mappen {self.path} och kör 'assistant ingest' igen, "
                    f"eller välj ett annat index med --index."
                )

    @property
    def generation(self) -> int:
        row = self._db.execute("SELECT value FROM manifest WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def _bump_generation(self) -> None:
        self._db.execute("UPDATE manifest SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")

    # --- documents ---

    def documents(self, groups: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        """Complete documents, newest first; with ``groups``, only those a user of these groups may see."""
        rows = self._query(
            "SELECT doc_id, path, sha256, title, doc_type, organisation, body, meeting_date, meeting_time, place, "
            "pages, n_chunks, ingested_at, attachment_of, access_group, "
            "json_extract(structure, '$.guessed') AS guessed, json_extract(structure, '$.warnings') AS warnings, "
            "json_extract(structure, '$.organisation_alias') AS organisation_alias "
            "FROM documents WHERE status = 'complete' ORDER BY meeting_date DESC, title"
        )
        for row in rows:  # facts only guessed from the file name (doc_type, body, meeting_date); loading warnings
            row["guessed"] = json.loads(row["guessed"] or "[]")
            row["warnings"] = json.loads(row["warnings"] or "[]")
        return [row for row in rows if _visible(row, groups)]

    def document(self, doc_id: str, groups: tuple[str, ...] | None = None) -> dict[str, Any] | None:
        rows = self._query("SELECT * FROM documents WHERE doc_id = ? AND status = 'complete'", [doc_id])
        return rows[0] if rows and _visible(rows[0], groups) else None

    def hidden_documents(self, groups: tuple[str, ...] | None) -> tuple[str, ...]:
        """The members-only documents a user of ``groups`` may not see (none for ``None``)."""
        if groups is None:
            return ()
        rows = self._query("SELECT doc_id, access_group FROM documents WHERE access_group != ''")
        return tuple(sorted(r["doc_id"] for r in rows if not _visible(r, groups)))

    def set_access_group(self, doc_id: str, group: str) -> None:
        with self._lock:
            self._db.execute("UPDATE documents SET access_group = ? WHERE doc_id = ?", [group, doc_id])

    def find_document(self, *, sha256: str) -> dict[str, Any] | None:
        rows = self._query("SELECT doc_id, path, sha256, title FROM documents WHERE sha256 = ? AND status = 'complete'",
                           [sha256])
        return rows[0] if rows else None

    def document_text(self, doc_id: str) -> str:
        row = self._db.execute("SELECT text FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return row[0] if row else ""

    def chunk_count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]

    def _query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self._lock:
            try:
                cursor = self._db.execute(sql, params or [])
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, row)) for row in cursor.fetchall()]
            except sqlite3.DatabaseError as error:  # a registry damaged after it was opened
                raise IndexUnavailableError(describe_open_error(self.path, error)) from None

    # --- writing ---

    def replace_document(self, doc: Document, chunks: list[Chunk], vectors: list[list[float]], structure: str) -> None:
        with self._lock:
            # journal first; an existing document keeps its old text until the swap below, so old chunks
            # never point into new text
            self._db.execute(
                "INSERT INTO documents (doc_id, path, sha256, status, text) VALUES (?, ?, '', 'pending', '') "
                "ON CONFLICT(doc_id) DO UPDATE SET status = 'pending'",
                [doc.doc_id, doc.path],
            )
            self._collection.delete(where={"doc_id": doc.doc_id})
            for i in range(0, len(chunks), CHROMA_BATCH):
                batch = chunks[i:i + CHROMA_BATCH]
                self._collection.upsert(
                    ids=[c.chunk_id for c in batch],
                    embeddings=vectors[i:i + CHROMA_BATCH],
                    documents=[c.text for c in batch],
                    metadatas=[c.metadata for c in batch],
                )
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM chunks WHERE doc_id = ?", [doc.doc_id])
            self._db.executemany(
                "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(c.chunk_id, c.doc_id, i, c.text, c.context, json.dumps(c.metadata, ensure_ascii=False),
                  doc.body, doc.doc_type, c.metadata["date_int"]) for i, c in enumerate(chunks)],
            )
            self._db.execute(
                "UPDATE documents SET path = ?, sha256 = ?, title = ?, doc_type = ?, organisation = ?, body = ?, "
                "meeting_date = ?, meeting_time = ?, place = ?, pages = ?, n_chunks = ?, status = 'complete', "
                "ingested_at = datetime('now'), attachment_of = ?, text = ?, structure = ?, access_group = ? "
                "WHERE doc_id = ?",
                [doc.path, doc.sha256, doc.title, doc.doc_type, doc.organisation, doc.body, doc.meeting_date,
                 doc.meeting_time, doc.place, len(doc.pages), len(chunks), doc.attachment_of, doc.text, structure,
                 doc.access_group, doc.doc_id],
            )
            self._bump_generation()
            self._db.execute("COMMIT")

    def remove_document(self, doc_id: str) -> bool:
        with self._lock:
            if not self._db.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone():
                return False
            self._db.execute("UPDATE documents SET status = 'pending' WHERE doc_id = ?", [doc_id])
            self._collection.delete(where={"doc_id": doc_id})
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM chunks WHERE doc_id = ?", [doc_id])
            self._db.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])
            self._db.execute("DELETE FROM files WHERE doc_id = ?", [doc_id])
            self._bump_generation()
            self._db.execute("COMMIT")
            return True

    def recover(self) -> list[str]:
        """Remove documents a crashed run left half-written; returns their paths."""
        pending = self._query("SELECT doc_id, path FROM documents WHERE status = 'pending'")
        for row in pending:
            self.remove_document(row["doc_id"])
        return [row["path"] for row in pending]

    # --- file states (for sync) ---

    def file_states(self) -> dict[str, dict[str, Any]]:
        """Recorded file states by absolute path."""
        return {row["path"]: row for row in self._query("SELECT * FROM files")}

    def record_file(self, path: str, doc_id: str, state: tuple[int, int, str], status: str) -> None:
        self.record_files([(path, doc_id, state, status)])

    def record_files(self, records: list[tuple[str, str, tuple[int, int, str], str]]) -> None:
        """(path, doc_id, (size, mtime_ns, sha256), status) of each file, in one transaction."""
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                                 [(path, doc_id, *state, status) for path, doc_id, state, status in records])
            self._db.execute("COMMIT")

    def forget_file(self, path: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM files WHERE path = ?", [path])

    def forget_duplicates(self) -> None:
        """Files skipped as duplicates are checked again (the document they duplicated may be gone)."""
        with self._lock:
            self._db.execute("DELETE FROM files WHERE status = 'dubblett'")

    # --- reading ---

    def chunks(self, chunk_ids: list[str]) -> dict[str, StoredChunk]:
        if not chunk_ids:
            return {}
        rows = self._query(
            f"SELECT chunk_id, doc_id, text, context, metadata FROM chunks WHERE chunk_id IN ({','.join('?' * len(chunk_ids))})",
            list(chunk_ids),
        )
        return {r["chunk_id"]: StoredChunk(r["chunk_id"], r["doc_id"], r["text"], r["context"],
                                           json.loads(r["metadata"])) for r in rows}

    def document_chunks(self, doc_id: str) -> list[StoredChunk]:
        rows = self._query("SELECT chunk_id FROM chunks WHERE doc_id = ? ORDER BY position", [doc_id])
        found = self.chunks([r["chunk_id"] for r in rows])
        return [found[r["chunk_id"]] for r in rows]

    def vectors_by_hash(self, doc_id: str) -> dict[str, list[float]]:
        """The vectors already stored for a document, by chunk content hash, so unchanged chunks of an
        edited file are not embedded again."""
        found = self._collection.get(where={"doc_id": doc_id}, include=["embeddings", "metadatas"])
        return {str(m["content_hash"]): list(map(float, e)) for m, e in zip(found["metadatas"], found["embeddings"])}

    def allowed_chunk_ids(self, filters: Filters) -> set[str] | None:
        """The chunks the filters allow; ``None`` when they allow everything."""
        hidden = self.hidden_documents(filters.groups)
        if not hidden and not filters.narrows():
            return None
        where, params = filters.sql(hidden)
        return {r["chunk_id"] for r in self._query(f"SELECT chunk_id FROM chunks WHERE {where}", params)}

    def dense_search(self, vector: list[float], k: int, filters: Filters) -> list[tuple[str, float]]:
        if self._collection.count() == 0:
            return []
        result = self._collection.query(
            query_embeddings=[vector], n_results=min(k, self._collection.count()),
            where=filters.chroma_where(self.hidden_documents(filters.groups)), include=["distances"],
        )
        return [(cid, 1.0 - float(dist)) for cid, dist in zip(result["ids"][0], result["distances"][0])]

    def dense_similarities(self, vector: list[float], chunk_ids: list[str]) -> dict[str, float]:
        """The same similarity ``dense_search`` scores by, for chunks it did not return (found by BM25 alone)."""
        if not chunk_ids:
            return {}
        stored = self._collection.get(ids=chunk_ids, include=["embeddings"])
        query = np.asarray(vector, dtype=float)
        return {cid: float(np.dot(query, emb) / ((np.linalg.norm(query) * np.linalg.norm(emb)) or 1.0))
                for cid, emb in zip(stored["ids"], np.asarray(stored["embeddings"], dtype=float))}

    def chunks_at(self, doc_id: str, offsets: list[int]) -> list[str]:
        """Ids of the chunks of ``doc_id`` whose kept text covers one of ``offsets``, in the order of ``offsets``;
        for an offset in text no chunk keeps (an item's heading line "§ 53 Dnr …"), the first chunk after it."""
        chunks = sorted((c for c in self.document_chunks(doc_id) if c.meta.segments), key=lambda c: c.meta.segments[0][0])
        found = []
        for at in offsets:
            covering = [c.chunk_id for c in chunks if any(s <= at < e for s, e in c.meta.segments)]
            found += covering or [c.chunk_id for c in chunks if c.meta.segments[0][0] >= at][:1]
        return list(dict.fromkeys(found))

    def all_chunk_texts(self) -> list[tuple[str, str]]:
        """(doc id, text) of every chunk."""
        return [(r["doc_id"], r["text"]) for r in self._query("SELECT doc_id, text FROM chunks ORDER BY doc_id, position")]

    def lexical(self) -> LexicalIndex:
        """The BM25 index, loaded once and rebuilt only when documents were added or removed."""
        with self._lock:
            generation = self.generation
            if self._lexical is not None and self._lexical_generation == generation:
                return self._lexical
            loaded = LexicalIndex.load(self.path / "lexical")
            if loaded is not None and loaded[1] == generation:
                self._lexical, self._lexical_generation = loaded
                return self._lexical
            rows = self._query("SELECT chunk_id, context, text FROM chunks ORDER BY doc_id, position")
            index = LexicalIndex.build([r["chunk_id"] for r in rows], [f"{r['context']}\n{r['text']}" for r in rows])
            index.save(self.path / "lexical", generation)
            self._lexical, self._lexical_generation = index, generation
            return index

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _visible(row: dict[str, Any], groups: tuple[str, ...] | None) -> bool:
    return groups is None or not row.get("access_group") or row["access_group"] in groups


def _open_registry(path: Path) -> sqlite3.Connection:
    """The registry, created if new; a misplaced, broken or read-only index raises a Swedish error. Two processes
    opening a new index at once race for the switch to WAL, which SQLite refuses at once rather than waiting
    for: the loser tries again."""
    for attempt in range(1, OPEN_ATTEMPTS):
        try:
            return _open_registry_once(path)
        except IndexUnavailableError as error:
            if "locked" not in str(error):
                raise
            time.sleep(0.2 * attempt)
    return _open_registry_once(path)


def _open_registry_once(path: Path) -> sqlite3.Connection:
    db = None
    try:
        path.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path / "registry.sqlite", check_same_thread=False, isolation_level=None, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA busy_timeout=10000")
        db.executescript(SCHEMA)
        columns = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
        if "access_group" not in columns:  # an index from before document groups
            db.execute("ALTER TABLE documents ADD COLUMN access_group TEXT NOT NULL DEFAULT ''")
        return db
    except (OSError, sqlite3.Error) as error:
        if db is not None:
            db.close()
        raise IndexUnavailableError(describe_open_error(path, error)) from None


def describe_open_error(path: Path, error: Exception) -> str:
    reason = str(error) or type(error).__name__
    if path.exists() and not path.is_dir():
        return f"{path} är en fil, inte en indexmapp. Ange en mapp med --index eller MOTE_INDEX_PATH."
    if isinstance(error, PermissionError) or "readonly" in reason or not os.access(path, os.W_OK):
        return (f"Indexet i {path} är skrivskyddat ({reason}). Mötesassistenten behöver skrivrätt till mappen, "
                "även för att läsa (SQLite skriver registry.sqlite-wal och -shm).")
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
        return (f"Indexet i {path} är skadat ({reason}). Bygg om det: ta bort mappen och kör "
                "'assistant ingest' igen, eller välj ett annat index med --index.")
    return f"Indexet i {path} kan inte öppnas: {reason}."
