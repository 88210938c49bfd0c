"""The web app (Gradio): chat with citations, a sources panel, filters, documents, decisions.

``build_app(assistant, settings)`` puts the tabs together; each tab has its own module, the pieces
they share live in ``service.py`` (the index, writes) and ``formatting.py`` (escaped HTML), and
``server.py`` starts it all. Document text is untrusted and always escaped (see ``formatting``).
"""

from __future__ import annotations

import gradio as gr

from assistant.api import Assistant
from assistant.settings import Settings
from assistant.web.chat_tab import build_chat_tab, wire_chat
from assistant.web.decisions_tab import build_decisions_tab, wire_decisions
from assistant.web.documents_tab import build_documents_tab, wire_documents
from assistant.web.formatting import filter_choices
from assistant.web.progress import wire_progress
from assistant.web.refresh import make_refresh
from assistant.web.scripted import add_scripted_api
from assistant.web.service import WebApp
from assistant.web.worker import Worker

TITLE = "Mötesassistenten"
HEADER = (f'<div id="rubrik"><h1>{TITLE}</h1><p>Ställ frågor om kallelser, protokoll och rapporter. '
          "Varje svar visar exakt var i underlagen det står.</p></div>")


def build_app(assistant: Assistant, settings: Settings, worker: Worker | None = None) -> gr.Blocks:
    """Lists start empty and are filled per user on page load: the page's config, which every session
    copies, then holds no document titles (members-only ones included) and stays small."""
    web = WebApp(assistant, settings, worker)
    doc_choices, body_choices, type_choices = filter_choices([])
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        gr.HTML(HEADER, js_on_load=None)
        with gr.Tabs():
            with gr.Tab("Fråga", id="fraga"):
                chat = build_chat_tab(doc_choices, body_choices, type_choices)
            with gr.Tab("Dokument", id="dokument"):
                documents = build_documents_tab(web, doc_choices)
            with gr.Tab("Beslut", id="beslut"):
                decisions = build_decisions_tab(web, body_choices)
        refresh = make_refresh(web, documents.doc_table, chat.f_docs, chat.f_body, chat.f_type,
                               documents.remove_choice, decisions.d_body, decisions.decision_table)
        add_scripted_api(web)
        wire_chat(chat, web)
        wire_documents(documents, web, refresh, chat.f_docs)
        wire_decisions(decisions, web)
        wire_progress(web, chat, documents, refresh, demo)
    demo.webapp = web  # type: ignore[attr-defined]
    return demo
