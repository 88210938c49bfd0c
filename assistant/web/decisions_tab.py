"""The "Beslut" tab: the decision register, newest first, with filters."""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from assistant.errors import QuestionError, valid_date
from assistant.web.service import WebApp, friendly

DECISION_HEADERS = ["Datum", "Organ", "§", "Dnr", "Ärende", "Beslut", "Utfall", "Källa"]


@dataclass
class DecisionsTab:
    d_body: gr.Dropdown
    d_since: gr.Textbox
    d_until: gr.Textbox
    d_dnr: gr.Textbox
    d_query: gr.Textbox
    d_search: gr.Button
    decision_table: gr.Dataframe


def build_decisions_tab(web: WebApp, body_choices: list[tuple[str, str]]) -> DecisionsTab:
    gr.Markdown("Beslut ur inlästa protokoll, nyast först. Avgränsa med fälten nedan.")
    with gr.Row():
        d_body = gr.Dropdown(body_choices, value="", label="Organ", min_width=200, allow_custom_value=True)
        d_since = gr.Textbox(label="Från datum", placeholder="ÅÅÅÅ-MM-DD", min_width=140)
        d_until = gr.Textbox(label="Till datum", placeholder="ÅÅÅÅ-MM-DD", min_width=140)
    with gr.Row():
        d_dnr = gr.Textbox(label="Diarienummer", placeholder="t.ex. 2024-00001", min_width=180, elem_id="beslut-dnr")
        d_query = gr.Textbox(label="Sökord", placeholder="t.ex. bygglov", min_width=180, scale=2,
                             elem_id="beslut-sokord")
        d_search = gr.Button("Sök beslut", variant="primary", min_width=120, elem_id="sok-beslut")
    decision_table = gr.Dataframe([], headers=DECISION_HEADERS, interactive=False, wrap=True,
                                  buttons=[], elem_id="beslutstabell", datatype="str", max_height=620,
                                  column_widths=["9%", "11%", "5%", "9%", "16%", "29%", "8%", "13%"])
    return DecisionsTab(d_body, d_since, d_until, d_dnr, d_query, d_search, decision_table)


def wire_decisions(tab: DecisionsTab, web: WebApp) -> None:
    @friendly
    def search_decisions(body: str, since: str, until: str, dnr: str, query: str, request: gr.Request):
        try:
            since, until = valid_date(since, "från datum"), valid_date(until, "till datum")
        except QuestionError as error:
            gr.Warning(error.message, title="Obs!")
            return gr.update()
        return web.decision_rows(web.access.user_of(request), body, since, until, dnr, query)

    inputs = [tab.d_body, tab.d_since, tab.d_until, tab.d_dnr, tab.d_query]
    tab.d_search.click(search_decisions, inputs, tab.decision_table, api_visibility="undocumented", api_name="beslut")
    for box in (tab.d_since, tab.d_until, tab.d_dnr, tab.d_query):
        box.submit(search_decisions, inputs, tab.decision_table, api_visibility="undocumented")
    tab.d_body.input(search_decisions, inputs, tab.decision_table, api_visibility="undocumented")
