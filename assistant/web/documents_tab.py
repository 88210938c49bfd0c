"""The "Dokument" tab: the indexed documents, uploads and removal."""

from __future__ import annotations

import html
from dataclasses import dataclass

import gradio as gr

from assistant.web.formatting import STATUS_TEXT
from assistant.web.upload_cache import forget_uploads
from assistant.web.service import WebApp, friendly
from assistant.web.uploads import ALLOWED_LABEL
from assistant.web.refresh import Refresh

DOC_HEADERS = ["Titel", "Organ", "Datum", "Typ", "Sidor", "Delar", "Varningar"]
UPLOAD_HEADERS = ["Fil", "Status", "Meddelande"]


@dataclass
class DocumentsTab:
    doc_table: gr.Dataframe
    files: gr.File
    upload_btn: gr.Button
    upload_table: gr.Dataframe
    remove_choice: gr.Dropdown
    remove_btn: gr.Button
    remove_status: gr.HTML
    reading_status: gr.HTML  # what the worker does or last did
    reading_table: gr.Dataframe  # per file
    reread_btn: gr.Button


def build_documents_tab(web: WebApp, doc_choices: list[tuple[str, str]]) -> DocumentsTab:
    gr.Markdown("Dokumenten som assistenten svarar utifrån. Lägg till nya filer eller ta bort gamla.")
    doc_table = gr.Dataframe([], headers=DOC_HEADERS, interactive=False, wrap=True, buttons=[],
                             elem_id="dokumenttabell", datatype="str", max_height=420,
                             column_widths=["38%", "22%", "12%", "12%", "8%", "8%"])
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            files = gr.File(file_count="multiple", type="filepath", elem_id="uppladdning",
                            label=f"Lägg till dokument ({ALLOWED_LABEL}, högst {web.settings.max_upload_mb} MB per fil)")
            upload_btn = gr.Button("Läs in dokumenten", variant="primary", elem_id="las-in")
            upload_table = gr.Dataframe(headers=UPLOAD_HEADERS, interactive=False, wrap=True, buttons=[],
                                        label="Resultat", elem_id="uppladdningsresultat", visible=False)
        with gr.Column(scale=2, min_width=260):
            remove_choice = gr.Dropdown(doc_choices, value=None, label="Ta bort ett dokument", elem_id="ta-bort-val",
                                        allow_custom_value=True)  # choices come per user on page load
            remove_btn = gr.Button("Ta bort", variant="stop", elem_id="ta-bort")
            remove_status = gr.HTML(elem_id="ta-bort-status", js_on_load=None)
    with gr.Accordion("Inläsning av dokumentmappen", open=True, elem_id="inlasningspanel"):
        gr.Markdown(f"Dokumentmappen ({web.settings.corpus_path}) läses in när appen startar. Nya och ändrade filer "
                    "läses in, borttagna filer tas bort.")
        reading_status = gr.HTML("", elem_id="inlasning-status", js_on_load=None)
        reading_table = gr.Dataframe(headers=UPLOAD_HEADERS, interactive=False, wrap=True, buttons=[],
                                     elem_id="inlasningstabell", visible=False, max_height=320)
        reread_btn = gr.Button("Läs in igen", variant="secondary", elem_id="las-in-igen")
    return DocumentsTab(doc_table, files, upload_btn, upload_table, remove_choice, remove_btn, remove_status,
                        reading_status, reading_table, reread_btn)


def wire_documents(tab: DocumentsTab, web: WebApp, refresh: Refresh, selected_docs: gr.Dropdown) -> None:
    @friendly
    def upload_ui(paths: list[str] | None, selected: list[str], request: gr.Request, progress=gr.Progress()):
        user = web.access.require_manager(request)  # before anything: a reader's call touches no file
        try:
            if not paths:
                gr.Warning("Välj en eller flera filer först.", title="Obs!")
                return (gr.update(), gr.update(), *refresh.values(user, selected))
            progress(0, desc="Sparar filerna …")
            results = web.upload(paths, progress)
        finally:
            forget_uploads(paths)  # stored or not, Gradio's cached copy must not stay downloadable
        rows = [[r["file"], STATUS_TEXT.get(r["status"], r["status"]), r["message"]] for r in results]
        ok = sum(1 for r in results if r["status"] in ("indexerad", "uppdaterad"))
        if ok:
            gr.Info("1 dokument är inläst och sökbart." if ok == 1 else f"{ok} dokument är inlästa och sökbara.",
                    title="Klart", duration=4)
        return (gr.update(value=rows, visible=True), None, *refresh.values(user, selected))

    tab.upload_btn.click(upload_ui, [tab.files, selected_docs], [tab.upload_table, tab.files] + refresh.outputs,
                         api_visibility="undocumented", api_name="ladda_upp_ui")

    @friendly
    def remove_ui(doc_id: str | None, selected: list[str], request: gr.Request):
        user = web.access.require_manager(request)
        message = web.remove(doc_id or "")
        return (f'<p class="status">{html.escape(message)}</p>', *refresh.values(user, selected))

    tab.remove_btn.click(remove_ui, [tab.remove_choice, selected_docs], [tab.remove_status] + refresh.outputs,
                         api_visibility="undocumented", api_name="ta_bort")
