"""Ingestion: files -> parsed documents -> chunks -> vectors -> index, one document at a time.

Idempotent (an unchanged file is skipped by its hash), incremental (a changed file replaces its
chunks and only new chunk texts are embedded), resumable (every finished document is committed, so
an interrupted run continues where it stopped) and forgiving (a bad file is reported and skipped).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from assistant.documents.appended import ended_by_meetings, meetings_inside
from assistant.documents.chunking import chunk_document
from assistant.documents.model import Document, LoadedText, Structure, sha256_text
from assistant.index.embedding import Embedder
from assistant.documents.loaders import SUPPORTED_SUFFIXES, Limits, LoadError, load
from assistant.documents.parsing import parse
from assistant.index.meetings import MeetingModel
from assistant.index.store import Index

SKIPPED_NAMES = {"SOURCES.md", "README.md", "LICENSE", ".gitkeep"}
EMBED_BATCH = 32

Progress = Callable[[int, int, Path], None]
OnResult = Callable[["FileResult"], None]
FileState = tuple[int, int, str]  # size, mtime in ns, sha256 of the bytes


class FileStatus(StrEnum):
    """What ingest did with one file (the values appear in JSON output and the web app's status table)."""

    INDEXED = "indexerad"
    UPDATED = "uppdaterad"
    UNCHANGED = "oförändrad"
    DUPLICATE = "dubblett"
    ERROR = "fel"


STORED = (FileStatus.INDEXED, FileStatus.UPDATED)


@dataclass
class FileResult:
    path: str
    status: FileStatus
    message: str = ""
    pages: int = 0
    chunks: int = 0
    embedded: int = 0
    doc_id: str = ""
    warnings: list[str] = field(default_factory=list)  # e.g. "sida 3 saknar textlager – skannad?"
    pages_without_text: int = 0


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    recovered: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.results if r.status == FileStatus.ERROR]

    def count(self, *statuses: str) -> int:
        return sum(1 for r in self.results if r.status in statuses)

    def format(self) -> str:
        done = [r for r in self.results if r.status in STORED]
        lines = [
            f"Filer: {len(self.results)} (nya {self.count('indexerad')}, uppdaterade {self.count('uppdaterad')}, "
            f"oförändrade {self.count('oförändrad')}, dubbletter {self.count('dubblett')}, fel {len(self.errors)})",
            f"Sidor: {sum(r.pages for r in done)}  Delar (chunks): {sum(r.chunks for r in done)}  "
            f"Nyembeddade: {sum(r.embedded for r in done)}  Tid: {self.seconds:.1f} s",
        ]
        scanned = sum(r.pages_without_text for r in done)
        if scanned:
            lines.append(f"Sidor utan textlager (skannade?): {scanned}")
        lines += [f"Återställde avbruten indexering av: {p}" for p in self.recovered]
        lines += [f"FEL {r.path}: {r.message}" for r in self.errors]
        lines += [f"Varning {r.path}: {warning}" for r in done for warning in r.warnings]
        lines += [f"Dubblett {r.path}: {r.message}" for r in self.results if r.status == FileStatus.DUPLICATE]
        return "\n".join(lines)


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files named, and files below folders named, without our sidecars and source notes."""
    found: list[Path] = []
    for path in paths:
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for candidate in candidates:
            if path.is_dir() and _ignored(candidate.relative_to(path)):
                continue
            found.append(candidate)
    return list(dict.fromkeys(found))


def _ignored(relative: Path) -> bool:
    name = relative.name
    return (name in SKIPPED_NAMES or name.endswith(".meta.toml") or
            any(part.startswith(".") for part in relative.parts) or
            (relative.suffix.lower() not in SUPPORTED_SUFFIXES and relative.suffix.lower() in {".csv", ".json", ".toml"}))


def display_path(path: Path) -> str:
    resolved = path.resolve()
    relative = os.path.relpath(resolved)
    return str(resolved) if relative.startswith("..") else relative


def doc_id_for(path: Path) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:48] or "dokument"
    return f"{slug}-{hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]}"


def file_state(path: Path) -> FileState:
    """What a sync compares: size and mtime (cheap, from ``stat``) and the hash of the bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, digest.hexdigest()


def build_document(path: Path, as_path: Path | None = None,
                   limits: Limits | None = None) -> tuple[Document, Structure]:
    """The document in the file at ``path``; ``as_path`` is the path it will have (an upload that is
    read from a temporary file before it is moved into place)."""
    doc, structure, _ = _build(path, as_path, limits)
    return doc, structure


def _build(path: Path, as_path: Path | None = None,
           limits: Limits | None = None) -> tuple[Document, Structure, LoadedText]:
    loaded = load(path, limits)
    identity = as_path or path
    structure = parse(loaded.text, loaded, identity.name)
    facts = loaded.facts
    doc = Document(
        doc_id=doc_id_for(identity),
        path=display_path(identity),
        text=loaded.text,
        sha256=sha256_text(loaded.text),
        title=facts.get("title") or structure.title or loaded.hints.get("title") or _first_line(loaded.text, identity),
        doc_type=facts.get("doc_type") or structure.doc_type or facts.get("typ", "") or "dokument",
        organisation=facts.get("organisation") or structure.organisation or _organisation(facts),
        body=facts.get("body") or structure.body or facts.get("organ", ""),
        meeting_date=facts.get("date") or structure.meeting_date or facts.get("datum", ""),
        meeting_time=structure.meeting_time,
        place=structure.place,
        pages=loaded.pages,
        blocks=structure.blocks,
        items=structure.items,
        members=structure.members,
        attachment_of=facts.get("attachment_of", ""),
        access_group=(facts.get("group") or facts.get("grupp") or "").strip(),
    )
    doc.appended, begun = meetings_inside(doc.text, doc.meeting_date)
    doc.items = ended_by_meetings(doc.items, begun)
    declared = {"doc_type": ("doc_type",), "body": ("body",), "meeting_date": ("date",)}
    structure.guessed = [g for g in structure.guessed if not any(k in facts for k in declared.get(g, ()))]
    doc.guessed = structure.guessed
    doc.warnings = loaded.warnings
    return doc, structure, loaded


def _first_line(text: str, path: Path) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:120] if line else path.stem.replace("_", " ")


def _organisation(facts: dict[str, str]) -> str:
    kommun = facts.get("kommun", "")
    return f"{kommun.capitalize()} kommun" if kommun else ""


def structure_json(doc: Document, structure: Structure) -> str:
    data = dataclasses.asdict(structure)
    data.pop("blocks")
    data["pages"] = [[p.number, p.start, p.end] for p in doc.pages]
    data["warnings"] = doc.warnings
    return json.dumps(data, ensure_ascii=False)


class Ingestor:
    def __init__(self, index: Index, embedder: Embedder, meetings: MeetingModel | None = None,
                 limits: Limits | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.meetings = meetings
        self.limits = limits or Limits()

    def fill_meetings(self) -> None:
        """Parse again the indexed documents that the meeting model lacks (an index built before it existed,
        or a crash between the index and the model); files that are gone are left out."""
        if self.meetings is None:
            return
        for row in self.index.documents():
            if self.meetings.has_document(row["doc_id"]) or not Path(row["path"]).is_file():
                continue
            try:
                doc, structure = build_document(Path(row["path"]))
                if doc.doc_id == row["doc_id"] and doc.sha256 == row["sha256"]:
                    self.meetings.replace_document(doc, structure)
            except Exception:  # noqa: BLE001 - a file that no longer parses keeps its chunks, only the model lacks it
                continue

    def ingest(self, paths: Iterable[Path], progress: Progress | None = None,
               on_result: OnResult | None = None) -> IngestSummary:
        """Ingest files (and folders), holding the index's write lock; records each file's state."""
        started = time.perf_counter()
        with self.index.write_lock:
            summary = IngestSummary(recovered=self.index.recover())
            files = discover(paths)
            for number, path in enumerate(files, 1):
                if progress:
                    progress(number, len(files), path)
                result = self.ingest_and_record(path)
                summary.results.append(result)
                if on_result:
                    on_result(result)
            self.index.lexical()  # rebuild BM25 once per run, not per file and never per query
        summary.seconds = time.perf_counter() - started
        return summary

    def ingest_and_record(self, path: Path) -> FileResult:
        """Ingest one file and remember its size, mtime and hash for the next sync."""
        try:
            state = file_state(path)
        except OSError:
            state = None
        result = self.ingest_file(path)
        if state is not None:
            self.index.record_file(str(path.resolve()), result.doc_id or doc_id_for(path), state, result.status)
        return result

    def ingest_file(self, path: Path, as_path: Path | None = None) -> FileResult:
        """Ingest the file at ``path`` (as the document at ``as_path`` when given); never raises."""
        shown = display_path(as_path or path)
        try:
            return self._ingest_file(path, as_path, shown)
        except LoadError as error:
            return FileResult(shown, FileStatus.ERROR, error.message)
        except Exception as error:  # one bad file must never stop the others
            return FileResult(shown, FileStatus.ERROR, f"kunde inte tolkas ({type(error).__name__}: {error})")

    def _ingest_file(self, path: Path, as_path: Path | None, shown: str) -> FileResult:
        if not path.is_file():
            return FileResult(shown, FileStatus.ERROR, "filen finns inte")
        doc, structure, loaded = _build(path, as_path, self.limits)
        existing = self.index.document(doc.doc_id)
        if existing and existing["sha256"] == doc.sha256:
            if existing["access_group"] != doc.access_group:  # only the sidecar's group changed
                self.index.set_access_group(doc.doc_id, doc.access_group)
            if self.meetings is not None and not self.meetings.has_document(doc.doc_id):
                self.meetings.replace_document(doc, structure)  # a crash came between the index and the model
            return FileResult(shown, FileStatus.UNCHANGED, doc_id=doc.doc_id)
        twin = self.index.find_document(sha256=doc.sha256)
        if twin and twin["doc_id"] != doc.doc_id:
            return FileResult(shown, FileStatus.DUPLICATE, f"samma innehåll som {twin['path']} (redan indexerad)")
        chunks = chunk_document(doc, structure.noise, self.embedder.count_tokens)
        if not chunks:
            return FileResult(shown, FileStatus.ERROR, "ingen text att indexera hittades i filen")
        known = self.index.vectors_by_hash(doc.doc_id)
        missing = [c for c in chunks if c.meta.content_hash not in known]
        for start in range(0, len(missing), EMBED_BATCH):
            batch = missing[start:start + EMBED_BATCH]
            for chunk, vector in zip(batch, self.embedder.embed_documents([c.embed_text for c in batch])):
                known[chunk.meta.content_hash] = vector
        vectors = [known[c.meta.content_hash] for c in chunks]
        self.index.replace_document(doc, chunks, vectors, structure_json(doc, structure))
        if self.meetings is not None:
            try:
                self.meetings.replace_document(doc, structure)
            except Exception:
                self.index.remove_document(doc.doc_id)  # never a document the meeting model cannot hold
                raise
        return FileResult(shown, FileStatus.UPDATED if existing else FileStatus.INDEXED, pages=len(doc.pages),
                          chunks=len(chunks), embedded=len(missing), doc_id=doc.doc_id, warnings=loaded.warnings,
                          pages_without_text=len(loaded.scanned_pages))
