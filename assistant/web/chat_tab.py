"""The "Fråga" tab: the conversation, the question box, filters and the sources panel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from assistant.errors import EmptyIndexError, QuestionError
from assistant.web.assets import static_text
from assistant.web.formatting import answer_message, chat_html, sources_html
from assistant.web.inputs import build_filters
from assistant.web.service import WebApp, friendly

EXAMPLE_QUESTIONS = [
    "Vad föreslås om välfärdsbrott?",
    "När är nästa sammanträde?",
    "Vem justerar protokollet?",
    "Vad beslutade arbetsutskottet om MYRA 6:19?",
]
Choices = list[tuple[str, str]]


@dataclass
class ChatTab:
    history: gr.State  # this session's conversation, as given to Assistant.ask
    banner: gr.HTML  # "Läser in dokument 3 av 8 …" while the worker reads documents
    chatbot: gr.Chatbot
    question: gr.Textbox
    send: gr.Button
    clear: gr.Button
    f_docs: gr.Dropdown
    f_body: gr.Dropdown
    f_type: gr.Dropdown
    f_from: gr.Textbox
    f_to: gr.Textbox
    sources: gr.HTML


def build_chat_tab(doc_choices: Choices, body_choices: Choices, type_choices: Choices) -> ChatTab:
    history = gr.State([])
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=320):
            banner = gr.HTML("", elem_id="inlasning", visible=False, js_on_load=None)
            chatbot = gr.Chatbot(
                label="Samtal", show_label=False, elem_id="chatt", height=560, render_markdown=False,
                autoscroll=False, sanitize_html=True, buttons=[], feedback_options=None,
                examples=[{"text": q} for q in EXAMPLE_QUESTIONS],
                placeholder="**Vad vill du veta?** Välj ett exempel eller skriv en egen fråga nedan.",
            )
            with gr.Row(elem_id="fragerad"):
                question = gr.Textbox(show_label=False, placeholder="Skriv din fråga …", scale=5, min_width=160,
                                      autofocus=True, elem_id="fraga-text", lines=1, max_lines=4)
                send = gr.Button("Skicka", variant="primary", scale=1, min_width=80, elem_id="skicka")
                clear = gr.Button("Rensa", variant="secondary", scale=1, min_width=80, elem_id="rensa")
            with gr.Accordion("Avgränsa sökningen", open=False, elem_id="filter"):
                f_docs = gr.Dropdown(doc_choices, value=[], multiselect=True, label="Dokument", allow_custom_value=True,
                                     info="Sök bara i de valda dokumenten.", elem_id="filter-dokument")
                with gr.Row():
                    f_body = gr.Dropdown(body_choices, value="", label="Organ", min_width=200, allow_custom_value=True)
                    f_type = gr.Dropdown(type_choices, value="", label="Dokumenttyp", min_width=200,
                                         allow_custom_value=True)
                with gr.Row():
                    f_from = gr.Textbox(label="Från datum", placeholder="ÅÅÅÅ-MM-DD", min_width=150)
                    f_to = gr.Textbox(label="Till datum", placeholder="ÅÅÅÅ-MM-DD", min_width=150)
        with gr.Column(scale=2, min_width=300):
            sources = gr.HTML(sources_html(None), elem_id="kallpanel", js_on_load=None)
    return ChatTab(history, banner, chatbot, question, send, clear, f_docs, f_body, f_type, f_from, f_to, sources)


def _user(text: str) -> dict[str, str]:
    return {"role": "user", "content": chat_html(text)}


def _bot(markup: str) -> dict[str, str]:
    return {"role": "assistant", "content": markup}


def _display(raw: list[dict[str, str]]) -> list[dict[str, str]]:
    return [_user(m["content"]) if m["role"] == "user" else _bot(chat_html(m["content"])) for m in raw]


def respond_with(web: WebApp) -> Any:
    """The chat handler: (question, history, filters …) → (cleared box, shown chat, history, sources)."""

    @friendly
    def respond(message: str, raw: list[dict[str, str]], docs: list[str], body: str, doc_type: str,
                date_from: str, date_to: str, request: gr.Request):
        message = (message or "").strip()
        if not message:
            return gr.update(), gr.update(), raw, gr.update()
        try:
            filters = build_filters(docs, body, doc_type, date_from, date_to)
            answer = web.ask(message, raw, filters, web.access.user_of(request))
        except EmptyIndexError:
            empty = web.empty_message()
            shown = _display(raw) + [_user(message), _bot(chat_html(empty))]
            return "", shown, raw, sources_html(None, message=empty)
        except QuestionError as error:  # too long, a bad date: say so and keep the question for editing
            gr.Warning(error.message, title="Obs!")
            return gr.update(), gr.update(), raw, gr.update()
        raw = raw + [{"role": "user", "content": message}, {"role": "assistant", "content": answer.answer}]
        shown = _display(raw[:-2]) + [_user(message), _bot(answer_message(answer))]
        return "", shown, raw, sources_html(answer, web.assistant.index)

    return respond


def wire_chat(tab: ChatTab, web: WebApp) -> None:
    respond = respond_with(web)

    @friendly
    def respond_example(evt: gr.SelectData, raw, docs, body, doc_type, date_from, date_to, request: gr.Request):
        value = evt.value
        text = value.get("text", "") if isinstance(value, dict) else str(value or "")
        return respond(text, raw, docs, body, doc_type, date_from, date_to, request)

    scroll = static_text("scroll-to-answer.js")
    inputs = [tab.question, tab.history, tab.f_docs, tab.f_body, tab.f_type, tab.f_from, tab.f_to]
    outputs = [tab.question, tab.chatbot, tab.history, tab.sources]
    tab.send.click(respond, inputs, outputs, api_visibility="undocumented", api_name="chatt").then(None, js=scroll)
    tab.question.submit(respond, inputs, outputs, api_visibility="undocumented",
                        api_name="chatt_enter").then(None, js=scroll)
    tab.chatbot.example_select(respond_example, inputs[1:], outputs, api_visibility="undocumented",
                               api_name="chatt_exempel").then(None, js=scroll)
    tab.clear.click(lambda: ("", [], [], sources_html(None)), None, outputs, api_visibility="undocumented",
                    api_name="rensa")
    tab.chatbot.clear(lambda: ([], sources_html(None)), None, [tab.history, tab.sources],
                      api_visibility="undocumented", api_name="rensa_chatt")
