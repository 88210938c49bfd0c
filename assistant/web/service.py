"""What the event handlers share: the assistant and a lock that serialises changes to the index.

Conversations are never stored here: each browser session keeps its own in ``gr.State``."""

from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer.extractive import Answer
from assistant.api import Assistant
from assistant.settings import Settings
from assistant.web.formatting import collapse, doc_type_label, result_message
from assistant.web.uploads import UploadRejected, safe_filename, store_upload

log = logging.getLogger(__name__)


def friendly(fn: Any) -> Any:
    """Unexpected errors in an event handler reach the user as a short Swedish message (and the log)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except Exception as error:
            log.exception("Fel i webbappen")
            raise gr.Error("Något gick fel. Försök igen om en stund.", title="Fel") from error

    return wrapper


class WebApp:
    def __init__(self, assistant: Assistant, settings: Settings) -> None:
        self.assistant = assistant
        self.settings = settings
        self.write_lock = threading.Lock()

    # --- questions ---

    def ask(self, question: str, history: list[dict[str, str]] | None, filters: dict[str, Any] | None) -> Answer:
        return self.assistant.ask(question, history or None, filters or None)

    # --- documents ---

    def documents(self) -> list[dict[str, Any]]:
        return self.assistant.documents()

    def document_rows(self) -> list[list[Any]]:
        return [[d["title"], d.get("body") or "—", d.get("meeting_date") or "—",
                 doc_type_label(d.get("doc_type", "")), d.get("pages") or "—", d.get("n_chunks") or 0]
                for d in self.documents()]

    def upload(self, paths: list[str | Path], progress: Any = None) -> list[dict[str, Any]]:
        """Store and index uploaded files; one result per file (Swedish status and message)."""
        results: list[dict[str, Any]] = []
        stored: list[tuple[int, Path, bool]] = []
        for path in paths or []:
            path = Path(str(path))
            shown = safe_filename(path.name)
            try:
                target_existed = (Path(self.settings.upload_dir).resolve() / shown).exists()
                target = store_upload(path, self.settings.upload_dir, self.settings.max_upload_mb)
            except UploadRejected as error:
                results.append(_rejected(shown, "avvisad", str(error)))
                continue
            except OSError:
                results.append(_rejected(shown, "fel", "Filen kunde inte sparas."))
                continue
            results.append({"file": target.name, "status": "", "message": "", "doc_id": "", "saved_as": str(target)})
            stored.append((len(results) - 1, target, target_existed))
        if not stored:
            return results

        def report(number: int, total: int, path: Path) -> None:
            if progress is not None:
                progress((number - 1, total), desc=f"Läser in {path.name}")

        with self.write_lock:
            summary = self.assistant.ingest([t for _, t, _ in stored], report)
        for (i, target, existed), result in zip(stored, summary.results):
            results[i].update(status=result.status, doc_id=result.doc_id, message=result_message(result),
                              pages=result.pages, chunks=result.chunks)
            if result.status in ("fel", "dubblett") and not existed:
                target.unlink(missing_ok=True)
                results[i]["saved_as"] = ""
        return results

    def remove(self, doc_id: str) -> str:
        doc = self.assistant.index.document(doc_id) if doc_id else None
        if doc is None:
            return "Välj ett dokument att ta bort."
        with self.write_lock:
            removed = self.assistant.remove(doc_id)
        if not removed:
            return "Dokumentet fanns inte längre i indexet."
        path = Path(doc["path"]).resolve()
        root = Path(self.settings.upload_dir).resolve()
        if path.parent == root and path.is_file():
            path.unlink()
        return f"”{doc['title']}” är borttaget."

    # --- decisions ---

    def decision_rows(self, body: str = "", since: str = "", until: str = "", dnr: str = "",
                      query: str = "") -> list[list[Any]]:
        titles = {d["doc_id"]: d["title"] for d in self.documents()}
        found = self.assistant.decisions.search(body=body or "", since=since or "", until=until or "",
                                                dnr=dnr or "", query=query or "")
        return [[d.meeting_date, d.body, d.paragraph, d.dnr or "—", d.title, collapse(d.text).strip(),
                 (d.outcome or "—").capitalize(), titles.get(d.doc_id, d.doc_id)] for d in found]


def _rejected(shown: str, status: str, message: str) -> dict[str, Any]:
    return {"file": shown, "status": status, "message": message, "doc_id": "", "saved_as": ""}
