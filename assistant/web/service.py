"""What the event handlers share: the assistant and the worker that does every ingest.

Conversations are never stored here: each browser session keeps its own in ``gr.State``."""

from __future__ import annotations

import functools
import logging
from concurrent.futures import wait
from dataclasses import replace
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer.extractive import Answer
from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.index.store import Filters
from assistant.settings import Settings
from assistant.users import User
from assistant.web.auth import Access
from assistant.web.formatting import (
    EMPTY_INDEX,
    STILL_READING,
    STILL_READING_EMPTY,
    collapse,
    doc_type_label,
    progress_text,
    result_message,
)
from assistant.web.uploads import UploadError, safe_filename, stage_upload
from assistant.web.worker import Worker

log = logging.getLogger(__name__)
KEPT = ("indexerad", "uppdaterad", "oförändrad")  # the upload's name holds this content afterwards


def friendly(fn: Any) -> Any:
    """A user's problem (``AssistantError``) reaches the user as its Swedish message; unexpected errors as
    a short Swedish message (and the log)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except AssistantError as error:
            raise gr.Error(error.message, title="Obs!") from None
        except Exception as error:
            log.exception("Fel i webbappen")
            raise gr.Error("Något gick fel. Försök igen om en stund.", title="Fel") from error

    return wrapper


class WebApp:
    def __init__(self, assistant: Assistant, settings: Settings, worker: Worker | None = None) -> None:
        self.assistant = assistant
        self.settings = settings
        self.worker = worker or Worker(assistant)
        self.access = Access(settings)

    # --- questions ---

    def ask(self, question: str, history: list[dict[str, str]] | None, filters: dict[str, Any] | None,
            user: User) -> Answer:
        """Every question carries the user's document groups: members-only documents stay out of the hits."""
        state = self.worker.snapshot()
        answer = self.assistant.ask(question, history or None, Filters.from_dict(filters, user.visible_groups))
        if state.busy and state.job == "synk":
            notice = STILL_READING.format(done=state.done, total=state.total or "?")
            answer = replace(answer, notice=f"{answer.notice}\n\n{notice}".strip())
        return answer

    def empty_message(self) -> str:
        """What to say when the index is empty: wait while documents are being read."""
        return STILL_READING_EMPTY if self.worker.snapshot().busy else EMPTY_INDEX

    # --- documents ---

    def documents(self, user: User) -> list[dict[str, Any]]:
        return self.assistant.index.documents(user.visible_groups)

    def document_rows(self, user: User) -> list[list[Any]]:
        """One row per document; a value only guessed from the file name is marked, loading warnings listed."""
        rows = []
        for d in self.documents(user):
            guessed = set(d.get("guessed") or [])

            def shown(field: str, value: str) -> str:
                return f"{value} (gissat)" if value and field in guessed else value or "—"

            rows.append([d["title"], shown("body", d.get("body") or ""),
                         shown("meeting_date", d.get("meeting_date") or ""),
                         shown("doc_type", doc_type_label(d.get("doc_type", ""))), d.get("pages") or "—",
                         d.get("n_chunks") or 0, "; ".join(d.get("warnings") or []) or "—"])
        return rows

    def upload(self, paths: list[str | Path], progress: Any = None) -> list[dict[str, Any]]:
        """Check, stage and index uploaded files through the worker; one result per file (Swedish
        status and message). Waits until the worker has read them (after any job before them)."""
        results: list[dict[str, Any]] = []
        staged: list[tuple[int, Path, Path]] = []
        for path in paths or []:
            shown = safe_filename(Path(str(path)).name)
            try:
                temp, target = stage_upload(Path(str(path)), self.settings.upload_dir, self.settings.max_upload_mb)
            except UploadError as error:
                results.append(_rejected(shown, "avvisad", str(error)))
                continue
            except OSError:
                results.append(_rejected(shown, "fel", "Filen kunde inte sparas."))
                continue
            results.append({"file": target.name, "status": "", "message": "", "doc_id": "", "saved_as": ""})
            staged.append((len(results) - 1, temp, target))
        if not staged:
            return results
        future = self.worker.ingest_uploads([(temp, target) for _, temp, target in staged])
        while not future.done():
            if progress is not None:
                state = self.worker.snapshot()
                progress((state.done, state.total or 1), desc=progress_text(state, uploading=True))
            wait([future], timeout=0.5)
        for (i, _, target), result in zip(staged, future.result()):
            results[i].update(status=result.status, doc_id=result.doc_id, message=result_message(result),
                              pages=result.pages, chunks=result.chunks,
                              saved_as=str(target) if result.status in KEPT else "")
        return results

    def remove(self, doc_id: str) -> str:
        doc = self.assistant.index.document(doc_id) if doc_id else None
        if doc is None:
            return "Välj ett dokument att ta bort."
        if not self.assistant.remove(doc_id):  # waits while the worker writes
            return "Dokumentet fanns inte längre i indexet."
        path = Path(doc["path"]).resolve()
        if path.parent == Path(self.settings.upload_dir).resolve() and path.is_file():
            path.unlink()
        elif path.is_relative_to(Path(self.settings.corpus_path).resolve()) and path.is_file():
            return (f"”{doc['title']}” är borttaget ur indexet. Filen {doc['path']} ligger kvar i dokumentmappen "
                    "och läses in igen nästa gång mappen läses in; ta bort filen för att bli av med den.")
        return f"”{doc['title']}” är borttaget."

    # --- decisions ---

    def decision_rows(self, user: User, body: str = "", since: str = "", until: str = "", dnr: str = "",
                      query: str = "") -> list[list[Any]]:
        """Decisions from the minutes this user may see."""
        titles = {d["doc_id"]: d["title"] for d in self.documents(user)}
        found = self.assistant.decisions.search(body=body or "", since=since or "", until=until or "",
                                                dnr=dnr or "", query=query or "")
        return [[d.meeting_date, d.body, d.paragraph, d.dnr or "—", d.title, collapse(d.text).strip(),
                 (d.outcome or "—").capitalize(), titles[d.doc_id]] for d in found if d.doc_id in titles]


def _rejected(shown: str, status: str, message: str) -> dict[str, Any]:
    return {"file": shown, "status": status, "message": message, "doc_id": "", "saved_as": ""}
