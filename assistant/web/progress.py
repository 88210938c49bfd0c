"""The worker's progress on the page: the chat tab's banner, the Documents tab's per-file status,
the "Läs in igen" button, and refreshed tables once documents were added or removed.

A timer polls the worker once a second while it is busy and switches itself off when it is idle,
so an idle page sends no requests.
"""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from assistant.users import User
from assistant.web.chat_tab import ChatTab
from assistant.web.documents_tab import DocumentsTab
from assistant.web.formatting import banner_html, progress_text, worker_rows
from assistant.web.refresh import Refresh
from assistant.web.service import WebApp, friendly

POLL_SECONDS = 1.0


def status_html(state: Any) -> str:
    text = progress_text(state) if state.busy else state.last_summary
    if not text:
        return ""
    lines = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()[:12])
    return f'<div class="inlasningsstatus">{lines}</div>'


def wire_progress(web: WebApp, chat: ChatTab, documents: DocumentsTab, refresh: Refresh, demo: gr.Blocks) -> None:
    timer = gr.Timer(POLL_SECONDS, active=False)
    seen = gr.State(-1)  # the index generation this page last showed

    def show(user: User, selected: list[str] | None, seen_generation: int, force: bool = False) -> tuple[Any, ...]:
        state = web.worker.snapshot()
        generation = web.assistant.index.generation
        rows = worker_rows(state)
        changed = force or generation != seen_generation
        tables = refresh.values(user, selected) if changed else tuple(gr.update() for _ in refresh.outputs)
        return (gr.update(value=banner_html(state), visible=state.busy), status_html(state),
                gr.update(value=rows, visible=bool(rows)), gr.Timer(active=state.busy), generation, *tables)

    outputs = [chat.banner, documents.reading_status, documents.reading_table, timer, seen] + refresh.outputs

    @friendly
    def tick(selected: list[str] | None, seen_generation: int, request: gr.Request):
        return show(web.access.user_of(request), selected, seen_generation)

    timer.tick(tick, [chat.f_docs, seen], outputs, api_visibility="undocumented", show_progress="hidden")

    # every new page load sees the documents as they are now (others may have added some), as far as this
    # user may see them; the controls that change the documents only for those who manage them
    managing = [documents.files, documents.upload_btn, documents.remove_btn, documents.reread_btn]

    def on_load(request: gr.Request):
        user = web.access.user_of(request)
        values = list(show(user, [], -1, force=True))
        values[outputs.index(documents.remove_choice)]["visible"] = user.manages_documents
        return (*values, *[gr.update(visible=user.manages_documents)] * len(managing))

    demo.load(on_load, None, outputs + managing, api_visibility="undocumented")

    @friendly
    def reread(selected: list[str] | None, seen_generation: int, request: gr.Request):
        user = web.access.require_manager(request)
        web.worker.sync()
        return show(user, selected, seen_generation)

    documents.reread_btn.click(reread, [chat.f_docs, seen], outputs, api_visibility="undocumented",
                               api_name="las_in_igen")
