"""The endpoints for scripted use (``gradio_client``): ``/fraga`` and ``/ladda_upp``."""

from __future__ import annotations

import json
from typing import Any

import gradio as gr

from assistant.api import EmptyIndexError
from assistant.web.inputs import build_filters
from assistant.web.service import WebApp


def add_scripted_api(web: WebApp) -> None:
    api_files = gr.File(file_count="multiple", type="filepath", visible=False)
    api_result = gr.JSON(visible=False)
    api_trigger = gr.Button(visible=False)

    def fraga(question: str, history: str = "[]", filters: str = "{}") -> dict:
        """Ställ en fråga. history: JSON-lista med {"role", "content"}; filters: JSON-objekt med
        documents, body, doc_type, date_from, date_to. Svaret är ett JSON-objekt med citations."""
        try:
            past = json.loads(history or "[]")
            wanted = json.loads(filters or "{}")
        except json.JSONDecodeError:
            raise gr.Error("history och filters ska vara JSON.", title="Fel") from None
        if not isinstance(past, list) or not isinstance(wanted, dict):
            raise gr.Error("history ska vara en JSON-lista och filters ett JSON-objekt.", title="Fel")
        try:
            wanted = build_filters(wanted.get("documents"), wanted.get("body"), wanted.get("doc_type"),
                                   wanted.get("date_from"), wanted.get("date_to"))
            return web.ask(question or "", past, wanted).to_dict()
        except ValueError as error:
            raise gr.Error(str(error), title="Fel") from None
        except EmptyIndexError:
            raise gr.Error(web.empty_message(), title="Fel") from None

    gr.api(fraga, api_name="fraga")

    def ladda_upp(paths: list[str] | None) -> list[dict[str, Any]]:
        if not paths:
            raise gr.Error("Inga filer skickades.", title="Fel")
        return web.upload(paths)

    api_trigger.click(ladda_upp, api_files, api_result, api_name="ladda_upp")
