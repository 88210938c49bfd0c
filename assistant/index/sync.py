"""Keeping the index in step with a folder (the corpus): new and changed files are ingested, files
that disappeared are removed (from the index and the decision register), and work a crash
interrupted is completed.

An unchanged file costs one ``stat``: its size and mtime are compared with what the index recorded
when it was read. Only when they differ is the file hashed; a file whose bytes did not change (a
``touch``, a copy) just gets its new mtime recorded. The whole sync holds the index's write lock.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.index.ingest import (
    FileState,
    Ingestor,
    IngestSummary,
    OnResult,
    Progress,
    discover,
    display_path,
    doc_id_for,
    file_state,
)
from assistant.index.store import Index

SETTLED = ("fel", "dubblett")  # files that were read and not indexed: skipped while unchanged


@dataclass
class SyncPlan:
    root: Path
    to_ingest: list[Path] = field(default_factory=list)  # new, changed or never finished
    touched: list[tuple[str, str, FileState, str]] = field(default_factory=list)  # same bytes, new mtime
    to_remove: list[dict[str, Any]] = field(default_factory=list)  # documents whose file is gone
    forgotten: list[str] = field(default_factory=list)  # recorded states of other files that are gone
    unchanged: int = 0
    missing_root: bool = False

    def format(self) -> str:
        if self.missing_root:
            return f"Mappen {self.root} finns inte: inget synkas."
        lines = [f"Torrkörning av synk av {self.root}, inget ändras: {len(self.to_ingest)} att läsa in "
                 f"(nya eller ändrade), {len(self.to_remove)} att ta bort, {self.unchanged} oförändrade."]
        lines += [f"Läses in: {display_path(p)}" for p in self.to_ingest]
        lines += [f"Tas bort: {d['path']}" for d in self.to_remove]
        return "\n".join(lines)


@dataclass
class SyncSummary:
    plan: SyncPlan
    ingest: IngestSummary | None = None
    removed: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def paths(self, status: str) -> list[str]:
        return [r.path for r in (self.ingest.results if self.ingest else []) if r.status == status]

    @property
    def changed(self) -> bool:
        return bool(self.removed or self.paths("indexerad") or self.paths("uppdaterad"))

    def format(self) -> str:
        if self.plan.missing_root:
            return self.plan.format()
        results = self.ingest.results if self.ingest else []
        unchanged = self.plan.unchanged + len(self.paths("oförändrad"))
        errors = [r for r in results if r.status == "fel"]
        lines = [f"Synkade {self.plan.root}: {len(self.paths('indexerad'))} nya, {len(self.paths('uppdaterad'))} "
                 f"ändrade, {len(self.removed)} borttagna, {unchanged} oförändrade, "
                 f"{len(self.paths('dubblett'))} dubbletter, {len(errors)} fel ({self.seconds:.1f} s)"]
        lines += [f"Ny: {p}" for p in self.paths("indexerad")]
        lines += [f"Ändrad: {p}" for p in self.paths("uppdaterad")]
        lines += [f"Borttagen: {p}" for p in self.removed]
        lines += [f"Återställde avbruten inläsning av: {p}" for p in self.recovered]
        lines += [f"FEL {r.path}: {r.message}" for r in errors]
        return "\n".join(lines)


def plan_sync(index: Index, root: Path) -> SyncPlan:
    """What a sync of ``root`` would do; reads the index and stats the files, changes nothing."""
    plan = SyncPlan(root)
    if not root.is_dir():  # a missing folder (an unmounted share) must not empty the index
        plan.missing_root = True
        return plan
    files = discover([root])
    states = index.file_states()
    complete = {d["doc_id"]: d for d in index.documents()}
    inside = str(root.resolve()) + os.sep
    present = {str(p.resolve()) for p in files}
    plan.to_remove = _gone(inside, {doc_id_for(p) for p in files}, states, complete)
    plan.forgotten = [path for path, row in states.items()
                      if path.startswith(inside) and path not in present and row["doc_id"] not in complete]
    for path in files:
        _classify(plan, path, states.get(str(path.resolve())), complete, recheck_duplicates=bool(plan.to_remove))
    return plan


def _classify(plan: SyncPlan, path: Path, row: dict[str, Any] | None, complete: dict[str, Any],
              recheck_duplicates: bool) -> None:
    settled = row is not None and (row["doc_id"] in complete or row["status"] in SETTLED)
    if not settled or (recheck_duplicates and row["status"] == "dubblett"):
        plan.to_ingest.append(path)
        return
    stat = path.stat()
    if (stat.st_size, stat.st_mtime_ns) == (row["size"], row["mtime_ns"]):
        plan.unchanged += 1
        return
    state = file_state(path)
    if state[2] == row["sha256"]:
        plan.touched.append((row["path"], row["doc_id"], state, row["status"]))
        plan.unchanged += 1
    else:
        plan.to_ingest.append(path)


def _gone(inside: str, present: set[str], states: dict[str, dict[str, Any]],
          complete: dict[str, Any]) -> list[dict[str, Any]]:
    """Documents read from a file under the folder ``inside`` whose file is no longer there (a
    document's id is made from its file's absolute path, so ``present`` holds the ids of the files)."""
    source = {doc_id: str(Path(doc["path"]).resolve()) for doc_id, doc in complete.items()}  # older indexes
    source.update({row["doc_id"]: path for path, row in states.items() if row["doc_id"] in complete})
    return [{"doc_id": doc_id, "path": complete[doc_id]["path"]} for doc_id, path in sorted(source.items())
            if path.startswith(inside) and doc_id not in present]


def sync_folder(ingestor: Ingestor, root: Path, progress: Progress | None = None,
                on_result: OnResult | None = None,
                on_plan: Callable[[SyncPlan], None] | None = None) -> SyncSummary:
    """Bring the index in step with ``root``: complete interrupted work, remove, then ingest."""
    started = time.perf_counter()
    index = ingestor.index
    with index.write_lock:
        recovered = index.recover()
        plan = plan_sync(index, root)
        if on_plan:
            on_plan(plan)
        summary = SyncSummary(plan, recovered=recovered)
        for doc in plan.to_remove:
            if ingestor.meetings is not None:
                ingestor.meetings.remove_document(doc["doc_id"])
            index.remove_document(doc["doc_id"])
            summary.removed.append(doc["path"])
        for path in plan.forgotten:
            index.forget_file(path)
        index.record_files(plan.touched)
        if plan.to_ingest:
            summary.ingest = ingestor.ingest(plan.to_ingest, progress, on_result)
        elif plan.to_remove:
            index.lexical()
    summary.seconds = time.perf_counter() - started
    return summary
