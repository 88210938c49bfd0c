"""The endpoints for scripted use (``gradio_client``): ``/fraga`` and ``/ladda_upp``.

Both check what they are sent and answer a wrong type or value with a Swedish error message, never with
an empty one; ``/ladda_upp`` is for managers only."""

from __future__ import annotations

import json
from typing import Any

import gradio as gr

from assistant.errors import AssistantError, EmptyIndexError, QuestionError
from assistant.web.service import WebApp, friendly
from assistant.web.upload_cache import forget_uploads


def _json_argument(value: Any, name: str, kind: type, shown: str) -> Any:
    if value is None or value == "":
        return kind()
    if not isinstance(value, str):
        raise QuestionError(f"{name} ska skickas som JSON-text ({shown}).")
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        raise QuestionError(f"{name} ska vara JSON ({shown}).") from None
    if not isinstance(parsed, kind):
        raise QuestionError(f"{name} ska vara {shown}.")
    return parsed


def add_scripted_api(web: WebApp) -> None:
    api_files = gr.File(file_count="multiple", type="filepath", visible=False)
    api_result = gr.JSON(visible=False)
    api_trigger = gr.Button(visible=False)

    def fraga(question: str, history: str = "[]", filters: str = "{}", request: gr.Request = None) -> dict:
        """Ställ en fråga. history: JSON-lista med {"role", "content"}; filters: JSON-objekt med
        documents, body, doc_type, date_from, date_to. Svaret är ett JSON-objekt med citations."""
        try:
            past = _json_argument(history, "history", list, 'en lista med {"role", "content"}')
            wanted = _json_argument(filters, "filters", dict, "ett objekt med documents, body, doc_type, "
                                                              "date_from, date_to")
            return web.ask(question, past, wanted, web.access.user_of(request)).to_dict()
        except EmptyIndexError:
            raise gr.Error(web.empty_message(), title="Fel") from None
        except AssistantError as error:
            raise gr.Error(error.message, title="Fel") from None

    gr.api(fraga, api_name="fraga")

    @friendly
    def ladda_upp(paths: list[str] | None, request: gr.Request) -> list[dict[str, Any]]:
        web.access.require_manager(request)  # before anything: a reader's call touches no file
        try:
            if not paths:
                raise gr.Error("Inga filer skickades.", title="Fel")
            return web.upload(paths)
        finally:
            forget_uploads(paths)

    api_trigger.click(ladda_upp, api_files, api_result, api_name="ladda_upp")
