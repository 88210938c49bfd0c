"""The background worker: one thread that does the app's reading of documents (the sync of the
corpus folder at start and on "Läs in igen", and uploads), one job at a time in the order they
came, and keeps a snapshot of how far it has come for the page.

The thread is a daemon: stopping the app stops it mid-document, which the index's journal makes
safe (the next start completes the work).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.api import Assistant
from assistant.index.ingest import FileResult, Ingestor
from assistant.index.sync import SyncPlan, SyncSummary
from assistant.web.uploads import ingest_upload

log = logging.getLogger(__name__)


@dataclass
class FileProgress:
    name: str
    status: str  # "väntar", "läses", "borttagen" or an ingest status ("indexerad", "fel", …)
    message: str = ""


@dataclass
class WorkerState:
    busy: bool = False
    job: str = ""  # "synk" or "uppladdning"
    done: int = 0
    total: int = 0
    current: str = ""
    files: list[FileProgress] = field(default_factory=list)
    last_summary: str = ""


class Worker:
    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._jobs: queue.Queue[tuple[str, Callable[[], Any], Future]] = queue.Queue()
        self._lock = threading.Lock()
        self._state = WorkerState()
        self._files: dict[str, FileProgress] = {}
        self._queued = 0
        self._sync_waiting: Future | None = None
        threading.Thread(target=self._run, name="inlasning", daemon=True).start()

    # --- jobs ---

    def sync(self) -> Future:
        """Sync the corpus folder (a sync already waiting in the queue is not queued twice)."""
        with self._lock:
            if self._sync_waiting is not None:  # cleared when that sync starts
                return self._sync_waiting
            self._sync_waiting = self._submit("synk", self._sync_job)
            return self._sync_waiting

    def ingest_uploads(self, staged: list[tuple[Path, Path]]) -> Future:
        """Ingest staged uploads, (temporary file, target) pairs; the result is one FileResult each."""
        with self._lock:
            return self._submit("uppladdning", lambda: self._upload_job(staged))

    def snapshot(self) -> WorkerState:
        with self._lock:
            return WorkerState(self._queued > 0, self._state.job, self._state.done, self._state.total,
                               self._state.current, list(self._files.values()), self._state.last_summary)

    def _submit(self, name: str, job: Callable[[], Any]) -> Future:
        future: Future = Future()
        self._queued += 1
        self._jobs.put((name, job, future))
        return future

    def _run(self) -> None:
        while True:
            name, job, future = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            with self._lock:
                self._state = WorkerState(True, name, last_summary=self._state.last_summary)
                self._files = {}
            try:
                future.set_result(job())
            except Exception as error:  # a failed job must not stop the worker
                log.exception("Inläsningen misslyckades")
                future.set_exception(error)
                self._finish("Inläsningen avbröts av ett fel. Försök igen med ”Läs in igen”.")
            finally:
                with self._lock:
                    self._queued -= 1

    def _finish(self, summary: str) -> None:
        with self._lock:
            self._state.last_summary = summary
            self._state.done = self._state.total

    # --- progress ---

    def _planned(self, plan: SyncPlan) -> None:
        with self._lock:
            self._state.total = len(plan.to_ingest)
            for path in plan.to_ingest:
                self._files[str(path)] = FileProgress(path.name, "väntar")
            for doc in plan.to_remove:
                self._files[doc["path"]] = FileProgress(Path(doc["path"]).name, "borttagen")

    def _progress(self, number: int, total: int, path: Path) -> None:
        with self._lock:
            self._state.done, self._state.total, self._state.current = number - 1, total, path.name
            self._files[str(path)] = FileProgress(path.name, "läses")

    def _result(self, path: Path, result: FileResult) -> None:
        with self._lock:
            self._state.done += 1
            self._files[str(path)] = FileProgress(path.name, result.status, result.message)

    # --- the jobs themselves ---

    def _ingestor(self) -> Ingestor:
        return Ingestor(self.assistant.index, self.assistant.embedder, self.assistant.meetings)

    def _sync_job(self) -> SyncSummary:
        with self._lock:
            self._sync_waiting = None
        current: dict[str, Path] = {}

        def progress(number: int, total: int, path: Path) -> None:
            current["path"] = path
            self._progress(number, total, path)

        summary = self.assistant.sync(progress, lambda result: self._result(current["path"], result), self._planned)
        self._finish(summary.format())
        return summary

    def _upload_job(self, staged: list[tuple[Path, Path]]) -> list[FileResult]:
        ingestor = self._ingestor()
        results = []
        with self.assistant.index.write_lock:
            self.assistant.index.recover()
            for number, (temp, target) in enumerate(staged, 1):
                self._progress(number, len(staged), target)
                result = ingest_upload(ingestor, temp, target)
                self._result(target, result)
                results.append(result)
            self.assistant.index.lexical()
        self._finish(f"{len(staged)} uppladdade filer behandlade.")
        return results
