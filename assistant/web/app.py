"""The web app (Gradio): chat with citations, a sources panel, filters, documents, decisions.

``build_app(assistant, settings)`` builds the interface; ``serve()`` starts it (with the route that
serves whole documents as plain text); ``launch(settings)`` opens the index and serves until stopped.

Document text is untrusted: everything taken from a document is HTML-escaped before it is shown, and
the chat is rendered without Markdown, so markup in a document is displayed literally and never runs.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import re
import shutil
import threading
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import gradio as gr
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from assistant.answer.extractive import Answer
from assistant.api import Assistant, EmptyIndexError
from assistant.settings import Settings

log = logging.getLogger(__name__)

TITLE = "Mötesassistenten"
ALLOWED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".html", ".htm")
ALLOWED_LABEL = "PDF, Word (.docx), text (.txt), Markdown (.md) och webbsidor (.html)"
EXAMPLE_QUESTIONS = [
    "Vad föreslås om välfärdsbrott?",
    "När är nästa sammanträde?",
    "Vem justerar protokollet?",
    "Vad beslutade arbetsutskottet om MYRA 6:19?",
]
CONTEXT_CHARS = 160
DOC_TYPES = {
    "kallelse": "Kallelse", "protokoll": "Protokoll", "bilaga": "Bilaga", "rapport": "Rapport",
    "dokument": "Övrigt dokument", "tjänsteskrivelse": "Tjänsteskrivelse",
}
STATUS_TEXT = {
    "indexerad": "Inläst", "uppdaterad": "Uppdaterad", "oförändrad": "Oförändrad",
    "dubblett": "Dubblett", "fel": "Fel", "avvisad": "Avvisad",
}
EMPTY_INDEX = "Det finns inga dokument inlästa ännu. Lägg till dokument under fliken ”Dokument”."
DATE_HINT = "Datum skrivs ÅÅÅÅ-MM-DD, till exempel 2024-03-14."

DOC_HEADERS = ["Titel", "Organ", "Datum", "Typ", "Sidor", "Delar"]
UPLOAD_HEADERS = ["Fil", "Status", "Meddelande"]
DECISION_HEADERS = ["Datum", "Organ", "§", "Dnr", "Ärende", "Beslut", "Utfall", "Källa"]

CSS = """
.gradio-container { max-width: 1280px !important; width: 100% !important; margin: 0 auto !important; }
.gradio-container > .main { padding-left: clamp(8px, 2.5vw, 32px) !important;
    padding-right: clamp(8px, 2.5vw, 32px) !important; }
#rubrik { padding: 4px 2px 0; }
#rubrik h1 { font-size: 1.7rem; margin: 0 0 2px; font-weight: 700; letter-spacing: -0.01em; }
#rubrik p { margin: 0; color: var(--body-text-color-subdued); font-size: 0.98rem; }
#chatt .message-content { white-space: pre-wrap; overflow-wrap: anywhere; }
#fragerad { align-items: stretch; }
#fragerad button { min-width: 92px; }
#kallpanel { border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg);
    background: var(--background-fill-primary); padding: 12px 14px; max-height: 720px; overflow-y: auto; }
.kallor h2 { font-size: 1.05rem; margin: 0 0 10px; font-weight: 650; }
.kallor .tom { color: var(--body-text-color-subdued); margin: 0; line-height: 1.5; }
.kallor ol { list-style: none; padding: 0; margin: 0; }
.kalla { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 10px 12px;
    margin: 0 0 10px; background: var(--background-fill-secondary); scroll-margin-top: 12px; }
.kalla:target { outline: 2px solid var(--color-accent); }
.kalla .huvud { display: flex; gap: 8px; align-items: baseline; }
.kalla .nr { font-weight: 700; color: var(--color-accent); flex: none; }
.kalla .titel { font-weight: 600; line-height: 1.35; overflow-wrap: anywhere; }
.kalla .meta { font-size: 0.86rem; color: var(--body-text-color-subdued); margin: 3px 0 0; line-height: 1.4;
    overflow-wrap: anywhere; }
.kalla blockquote { margin: 8px 0 6px !important; padding: 6px 10px !important;
    border-left: 3px solid var(--color-accent);
    background: var(--background-fill-primary); font-size: 0.92rem; line-height: 1.5; overflow-wrap: anywhere; }
.kalla mark { background: #fde68a; color: #1f2937; padding: 0 2px; border-radius: 3px; }
.kalla a.oppna { display: inline-block; font-size: 0.86rem; margin: 2px 0 0 !important; padding: 0 !important; }
.kallor .relevant { margin: 10px 0 0; padding-left: 18px; }
.kallor .relevant li { margin: 4px 0; overflow-wrap: anywhere; }
.kallor .avbojt { margin: 0 0 10px; line-height: 1.5; }
#dokumenttabell, #beslutstabell { font-size: 0.92rem; }
#dokumenttabell *, #beslutstabell *, #uppladdningsresultat * { font-family: var(--font) !important; }
footer { display: none !important; }
@media (max-width: 700px) {
    #rubrik h1 { font-size: 1.4rem; }
    #rubrik p { font-size: 0.9rem; }
    #kallpanel { max-height: none; }
    #fragerad button { min-width: 0; }
    #kallpanel { padding: 10px 8px; border: none; background: transparent; }
}
"""

# Gradio picks the language of its own texts (upload areas, buttons, the login page) from the
# browser, before the page's own scripts run. The app is Swedish, so the page tells Gradio the browser
# is Swedish: this script is put first in <head> of every HTML page the app serves.
FORCE_SWEDISH = (b'<script>try{Object.defineProperty(navigator,"language",{get:()=>"sv-SE",configurable:true});'
                 b'Object.defineProperty(navigator,"languages",{get:()=>["sv-SE","sv"],configurable:true});'
                 b'document.documentElement.lang="sv";}catch(e){}</script>')

# After an answer, show its beginning (the chat would otherwise scroll to the end of a long answer).
SCROLL_TO_ANSWER = """() => { setTimeout(() => {
  const rows = document.querySelectorAll('#chatt .message-row.user-row');
  const last = rows[rows.length - 1];
  if (!last) return;
  let box = last.parentElement;
  while (box && box.scrollHeight <= box.clientHeight + 2) box = box.parentElement;
  if (box && box !== document.body && box !== document.documentElement) {
    box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }
}, 60); }"""


class SwedishInterface:
    """ASGI middleware: inserts ``FORCE_SWEDISH`` at the start of <head> in HTML responses; everything
    else (API calls, event streams, files) passes through untouched."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: dict | None = None
        chunks: list[bytes] = []

        async def patched(message: dict) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                if headers.get(b"content-type", b"").startswith(b"text/html") and b"content-encoding" not in headers:
                    start = message
                    return
                await send(message)
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks).replace(b"<head>", b"<head>" + FORCE_SWEDISH, 1)
            headers = [(k, str(len(body)).encode() if k.lower() == b"content-length" else v)
                       for k, v in start.get("headers", [])]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, patched)


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


class UploadRejected(Exception):
    """An uploaded file that is not stored; the message is Swedish and meant for users."""


# --- pure helpers (no Gradio) ---


def parse_auth(value: str) -> list[tuple[str, str]]:
    """``"anna:hemligt,bo:lösen"`` → ``[("anna", "hemligt"), ("bo", "lösen")]``."""
    pairs = []
    for entry in (value or "").split(","):
        entry = entry.strip()
        if not entry:
            continue
        user, sep, password = entry.partition(":")
        if not sep or not user.strip() or not password:
            raise ValueError("Inställningen auth ska ha formen användare:lösenord, flera åtskilda med komma.")
        pairs.append((user.strip(), password))
    return pairs


def safe_filename(name: str) -> str:
    """A file name that is safe to store: the last path part only, letters, digits and ``._-``."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", str(name or "")))[-1]
    base = re.sub(r"[^\w.\- ]", "_", base, flags=re.UNICODE)
    base = re.sub(r"[\s_]+", "_", base).strip("._- ")
    base = re.sub(r"\.{2,}", ".", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem.strip("._- ")[:100] or "dokument"
    return f"{stem}.{suffix.lower()}" if suffix else stem


def store_upload(source: Path, upload_dir: Path, max_mb: int, name: str | None = None) -> Path:
    """Copy an uploaded file into ``upload_dir`` under a safe name; never anywhere else."""
    source = Path(source)
    filename = safe_filename(name or source.name)
    suffix = Path(filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        shown = f"{suffix}-filer" if suffix else "filer utan filändelse"
        raise UploadRejected(f"{shown} kan inte läsas in. Tillåtna filtyper: {ALLOWED_LABEL}.")
    size = source.stat().st_size
    if size == 0:
        raise UploadRejected("Filen är tom.")
    if size > max_mb * 1024 * 1024:
        raise UploadRejected(f"Filen är för stor ({size / 1024 / 1024:.1f} MB). "
                             f"Största tillåtna storlek är {max_mb} MB.")
    root = Path(upload_dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    target = (root / filename).resolve()
    if target.parent != root:  # cannot happen after safe_filename; checked anyway
        raise UploadRejected("Ogiltigt filnamn.")
    shutil.copyfile(source, target)
    return target


def doc_type_label(value: str) -> str:
    return DOC_TYPES.get(value or "", (value or "").capitalize() or "Övrigt dokument")


def document_label(doc: dict[str, Any]) -> str:
    day = doc.get("meeting_date") or ""
    date_part = f" ({day})" if day and day not in doc["title"] else ""
    return f"{doc['title']}{date_part}"


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def quote_in_context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """HTML: the quoted span in <mark>, with some escaped context before and after."""
    before_start = max(0, start - chars)
    after_end = min(len(text), end + chars)
    before, cited, after = text[before_start:start], text[start:end], text[end:after_end]
    if before_start > 0:
        cut = re.search(r"\s", before)
        before = before[cut.end():] if cut else before
    if after_end < len(text):
        cut = None
        for cut in re.finditer(r"\s", after):
            pass
        after = after[:cut.start()] if cut else after
    lead = "… " if before_start > 0 else ""
    tail = " …" if after_end < len(text) else ""
    return (f"{lead}{html.escape(_collapse(before))}<mark>{html.escape(_collapse(cited).strip())}</mark>"
            f"{html.escape(_collapse(after))}{tail}")


def chat_html(text: str) -> str:
    """A chat message as inert text: HTML-escaped, shown with its line breaks (CSS pre-wrap).

    Plain text rather than markup, so that screen readers (which read the message's aria-label, made
    from this string) hear the answer and not tags."""
    return html.escape(text, quote=False)


def answer_message(answer: Answer) -> str:
    text = answer.answer + (f"\n\n{answer.notice}" if answer.notice else "")
    return chat_html(text)


def sources_html(answer: Answer | None, index: Any = None, message: str = "") -> str:
    """The sources panel. Every piece of document text is escaped."""
    if message:
        return f'<div class="kallor"><h2>Källor</h2><p class="tom">{html.escape(message)}</p></div>'
    if answer is None:
        return ('<div class="kallor"><h2>Källor</h2><p class="tom">Här visas källorna till svaret: '
                "dokument, punkt eller paragraf, sida och det citerade stycket.</p></div>")
    if not answer.found or not answer.citations:
        parts = ['<div class="kallor"><h2>Källor</h2>', f'<p class="avbojt">{html.escape(answer.answer)}</p>']
        if answer.related:
            parts.append("<h2>Kanske relevant</h2><ul class=\"relevant\">")
            parts += [f"<li>{html.escape(entry)}</li>" for entry in answer.related]
            parts.append("</ul>")
        parts.append("</div>")
        return "".join(parts)
    texts: dict[str, str] = {}
    items = []
    for c in answer.citations:
        if c.doc_id not in texts and index is not None:
            texts[c.doc_id] = index.document_text(c.doc_id)
        text = texts.get(c.doc_id, "")
        if text and text[c.start:c.end] == c.quote:
            passage = quote_in_context(text, c.start, c.end)
        else:
            passage = f"<mark>{html.escape(_collapse(c.quote))}</mark>"
        meta = [x for x in (c.body, c.meeting_date) if x]
        where = [x for x in (c.location, f"sida {c.page}" if c.page and c.page > 0 else "") if x]
        meta_line = " · ".join(html.escape(x) for x in meta + where)
        link = f"dokument/{quote(c.doc_id, safe='')}"
        items.append(
            f'<li class="kalla" id="kalla-{c.n}">'
            f'<div class="huvud"><span class="nr">[{c.n}]</span>'
            f'<span class="titel">{html.escape(c.document_title)}</span></div>'
            f'<div class="meta">{meta_line}</div>'
            f"<blockquote>{passage}</blockquote>"
            f'<a class="oppna" href="{html.escape(link)}" target="_blank" rel="noopener">Öppna hela dokumentet</a>'
            "</li>"
        )
    return f'<div class="kallor"><h2>Källor</h2><ol>{"".join(items)}</ol></div>'


def valid_date(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"”{value}” är inte ett datum. {DATE_HINT}") from None


def build_filters(documents: list[str] | None, body: str | None, doc_type: str | None, date_from: str | None,
                  date_to: str | None) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    if documents:
        filters["documents"] = list(documents)
    if body:
        filters["body"] = body
    if doc_type:
        filters["doc_type"] = doc_type
    if valid_date(date_from or ""):
        filters["date_from"] = valid_date(date_from or "")
    if valid_date(date_to or ""):
        filters["date_to"] = valid_date(date_to or "")
    return filters


# --- the app ---


class WebApp:
    """What the event handlers share: the assistant and a lock that serialises changes to the index.

    Conversations are never stored here: each browser session keeps its own in ``gr.State``."""

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
                results.append({"file": shown, "status": "avvisad", "message": str(error), "doc_id": "",
                                "saved_as": ""})
                continue
            except OSError:
                results.append({"file": shown, "status": "fel", "message": "Filen kunde inte sparas.",
                                "doc_id": "", "saved_as": ""})
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
            results[i].update(status=result.status, doc_id=result.doc_id, message=_result_message(result),
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
        return [[d.meeting_date, d.body, d.paragraph, d.dnr or "—", d.title, _collapse(d.text).strip(),
                 (d.outcome or "—").capitalize(), titles.get(d.doc_id, d.doc_id)] for d in found]


def _result_message(result: Any) -> str:
    if result.status in ("indexerad", "uppdaterad"):
        pages = f"{result.pages} {'sida' if result.pages == 1 else 'sidor'}, " if result.pages else ""
        parts = "1 del sökbar" if result.chunks == 1 else f"{result.chunks} delar sökbara"
        return f"{pages}{parts}."
    if result.status == "oförändrad":
        return "Samma fil fanns redan inläst."
    if result.status == "dubblett":
        return result.message.replace("samma innehåll som", "Samma innehåll som")
    message = result.message or "Filen kunde inte läsas."
    return message[:1].upper() + message[1:]


def build_app(assistant: Assistant, settings: Settings) -> gr.Blocks:
    web = WebApp(assistant, settings)

    def choices() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
        docs = web.documents()
        doc_choices = [(document_label(d), d["doc_id"]) for d in docs]
        bodies = sorted({d["body"] for d in docs if d.get("body")})
        types = sorted({d["doc_type"] for d in docs if d.get("doc_type")})
        return (doc_choices, [("Alla organ", "")] + [(b, b) for b in bodies],
                [("Alla typer", "")] + [(doc_type_label(t), t) for t in types])

    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        history = gr.State([])  # this session's conversation, as given to Assistant.ask

        gr.HTML(
            f'<div id="rubrik"><h1>{TITLE}</h1><p>Ställ frågor om kallelser, protokoll och rapporter. '
            "Varje svar visar exakt var i underlagen det står.</p></div>",
            js_on_load=None,
        )
        with gr.Tabs():
            with gr.Tab("Fråga", id="fraga"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=320):
                        chatbot = gr.Chatbot(
                            label="Samtal", show_label=False, elem_id="chatt", height=560, render_markdown=False,
                            autoscroll=False,
                            sanitize_html=True, buttons=[], feedback_options=None,
                            examples=[{"text": q} for q in EXAMPLE_QUESTIONS],
                            placeholder="**Vad vill du veta?** Välj ett exempel eller skriv en egen fråga nedan.",
                        )
                        with gr.Row(elem_id="fragerad"):
                            question = gr.Textbox(show_label=False, placeholder="Skriv din fråga …", scale=5,
                                                  min_width=160, autofocus=True, elem_id="fraga-text", lines=1,
                                                  max_lines=4)
                            send = gr.Button("Skicka", variant="primary", scale=1, min_width=80, elem_id="skicka")
                            clear = gr.Button("Rensa", variant="secondary", scale=1, min_width=80, elem_id="rensa")
                        with gr.Accordion("Avgränsa sökningen", open=False, elem_id="filter"):
                            doc_choices, body_choices, type_choices = choices()
                            f_docs = gr.Dropdown(doc_choices, value=[], multiselect=True, label="Dokument",
                                                 info="Sök bara i de valda dokumenten.", elem_id="filter-dokument")
                            with gr.Row():
                                f_body = gr.Dropdown(body_choices, value="", label="Organ", min_width=200)
                                f_type = gr.Dropdown(type_choices, value="", label="Dokumenttyp", min_width=200)
                            with gr.Row():
                                f_from = gr.Textbox(label="Från datum", placeholder="ÅÅÅÅ-MM-DD", min_width=150)
                                f_to = gr.Textbox(label="Till datum", placeholder="ÅÅÅÅ-MM-DD", min_width=150)
                    with gr.Column(scale=2, min_width=300):
                        sources = gr.HTML(sources_html(None), elem_id="kallpanel", js_on_load=None)

            with gr.Tab("Dokument", id="dokument"):
                gr.Markdown("Dokumenten som assistenten svarar utifrån. Lägg till nya filer eller ta bort gamla.")
                doc_table = gr.Dataframe(web.document_rows(), headers=DOC_HEADERS, interactive=False, wrap=True,
                                         buttons=[], elem_id="dokumenttabell", datatype="str", max_height=420,
                                         column_widths=["38%", "22%", "12%", "12%", "8%", "8%"])
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=300):
                        files = gr.File(file_count="multiple", type="filepath", elem_id="uppladdning",
                                        label=f"Lägg till dokument ({ALLOWED_LABEL}, "
                                              f"högst {settings.max_upload_mb} MB per fil)")
                        upload_btn = gr.Button("Läs in dokumenten", variant="primary", elem_id="las-in")
                        upload_table = gr.Dataframe(headers=UPLOAD_HEADERS, interactive=False, wrap=True, buttons=[],
                                                    label="Resultat", elem_id="uppladdningsresultat", visible=False)
                    with gr.Column(scale=2, min_width=260):
                        remove_choice = gr.Dropdown(doc_choices, value=None, label="Ta bort ett dokument",
                                                    elem_id="ta-bort-val")
                        remove_btn = gr.Button("Ta bort", variant="stop", elem_id="ta-bort")
                        remove_status = gr.HTML(elem_id="ta-bort-status", js_on_load=None)

            with gr.Tab("Beslut", id="beslut"):
                gr.Markdown("Beslut ur inlästa protokoll, nyast först. Avgränsa med fälten nedan.")
                with gr.Row():
                    d_body = gr.Dropdown(body_choices, value="", label="Organ", min_width=200)
                    d_since = gr.Textbox(label="Från datum", placeholder="ÅÅÅÅ-MM-DD", min_width=140)
                    d_until = gr.Textbox(label="Till datum", placeholder="ÅÅÅÅ-MM-DD", min_width=140)
                with gr.Row():
                    d_dnr = gr.Textbox(label="Diarienummer", placeholder="t.ex. 2024-00001", min_width=180,
                                       elem_id="beslut-dnr")
                    d_query = gr.Textbox(label="Sökord", placeholder="t.ex. bygglov", min_width=180, scale=2,
                                         elem_id="beslut-sokord")
                    d_search = gr.Button("Sök beslut", variant="primary", min_width=120, elem_id="sok-beslut")
                decision_table = gr.Dataframe(web.decision_rows(), headers=DECISION_HEADERS, interactive=False,
                                              wrap=True, buttons=[], elem_id="beslutstabell", datatype="str",
                                              max_height=620,
                                              column_widths=["9%", "11%", "5%", "9%", "16%", "29%", "8%", "13%"])

        # hidden components for the scripted upload endpoint
        api_files = gr.File(file_count="multiple", type="filepath", visible=False)
        api_result = gr.JSON(visible=False)
        api_trigger = gr.Button(visible=False)

        # --- chat ---

        @friendly
        def respond(message: str, raw: list[dict[str, str]], docs: list[str], body: str, doc_type: str,
                    date_from: str, date_to: str):
            message = (message or "").strip()
            if not message:
                return gr.update(), gr.update(), raw, gr.update()
            try:
                filters = build_filters(docs, body, doc_type, date_from, date_to)
            except ValueError as error:
                gr.Warning(str(error), title="Obs!")
                return gr.update(), gr.update(), raw, gr.update()
            try:
                answer = web.ask(message, raw, filters)
            except EmptyIndexError:
                return "", _display(raw) + [_user(message), _bot(chat_html(EMPTY_INDEX))], raw, sources_html(
                    None, message=EMPTY_INDEX)
            raw = raw + [{"role": "user", "content": message}, {"role": "assistant", "content": answer.answer}]
            shown = _display(raw[:-2]) + [_user(message), _bot(answer_message(answer))]
            return "", shown, raw, sources_html(answer, assistant.index)

        def _display(raw: list[dict[str, str]]) -> list[dict[str, str]]:
            return [_user(m["content"]) if m["role"] == "user" else _bot(chat_html(m["content"])) for m in raw]

        def _user(text: str) -> dict[str, str]:
            return {"role": "user", "content": chat_html(text)}

        def _bot(markup: str) -> dict[str, str]:
            return {"role": "assistant", "content": markup}

        @friendly
        def respond_example(evt: gr.SelectData, raw, docs, body, doc_type, date_from, date_to):
            value = evt.value
            text = value.get("text", "") if isinstance(value, dict) else str(value or "")
            return respond(text, raw, docs, body, doc_type, date_from, date_to)

        chat_inputs = [question, history, f_docs, f_body, f_type, f_from, f_to]
        chat_outputs = [question, chatbot, history, sources]
        send.click(respond, chat_inputs, chat_outputs, api_visibility="undocumented", api_name="chatt").then(
            None, js=SCROLL_TO_ANSWER)
        question.submit(respond, chat_inputs, chat_outputs, api_visibility="undocumented",
                        api_name="chatt_enter").then(None, js=SCROLL_TO_ANSWER)
        chatbot.example_select(respond_example, chat_inputs[1:], chat_outputs, api_visibility="undocumented",
                               api_name="chatt_exempel").then(None, js=SCROLL_TO_ANSWER)
        clear.click(lambda: ("", [], [], sources_html(None)), None, chat_outputs, api_visibility="undocumented",
                    api_name="rensa")
        chatbot.clear(lambda: ([], sources_html(None)), None, [history, sources], api_visibility="undocumented",
                      api_name="rensa_chatt")

        # --- documents ---

        refresh_outputs = [doc_table, f_docs, f_body, f_type, remove_choice, d_body, decision_table]

        def refreshed(selected: list[str] | None = None):
            doc_choices, body_choices, type_choices = choices()
            known = {value for _, value in doc_choices}
            return (
                web.document_rows(),
                gr.update(choices=doc_choices, value=[d for d in (selected or []) if d in known]),
                gr.update(choices=body_choices),
                gr.update(choices=type_choices),
                gr.update(choices=doc_choices, value=None),
                gr.update(choices=body_choices),
                web.decision_rows(),
            )

        @friendly
        def upload_ui(paths: list[str] | None, selected: list[str], progress=gr.Progress()):
            if not paths:
                gr.Warning("Välj en eller flera filer först.", title="Obs!")
                return (gr.update(), gr.update(), *refreshed(selected))
            progress(0, desc="Sparar filerna …")
            results = web.upload(paths, progress)
            rows = [[r["file"], STATUS_TEXT.get(r["status"], r["status"]), r["message"]] for r in results]
            ok = sum(1 for r in results if r["status"] in ("indexerad", "uppdaterad"))
            if ok:
                gr.Info("1 dokument är inläst och sökbart." if ok == 1
                        else f"{ok} dokument är inlästa och sökbara.", title="Klart", duration=4)
            return (gr.update(value=rows, visible=True), None, *refreshed(selected))

        upload_btn.click(upload_ui, [files, f_docs], [upload_table, files] + refresh_outputs,
                         api_visibility="undocumented", api_name="ladda_upp_ui")

        @friendly
        def remove_ui(doc_id: str | None, selected: list[str]):
            message = web.remove(doc_id or "")
            return (f'<p class="status">{html.escape(message)}</p>', *refreshed(selected))

        remove_btn.click(remove_ui, [remove_choice, f_docs], [remove_status] + refresh_outputs,
                         api_visibility="undocumented", api_name="ta_bort")

        # --- decisions ---

        @friendly
        def search_decisions(body: str, since: str, until: str, dnr: str, query: str):
            try:
                since, until = valid_date(since), valid_date(until)
            except ValueError as error:
                gr.Warning(str(error), title="Obs!")
                return gr.update()
            return web.decision_rows(body, since, until, dnr, query)

        decision_inputs = [d_body, d_since, d_until, d_dnr, d_query]
        d_search.click(search_decisions, decision_inputs, decision_table, api_visibility="undocumented",
                       api_name="beslut")
        for box in (d_since, d_until, d_dnr, d_query):
            box.submit(search_decisions, decision_inputs, decision_table, api_visibility="undocumented")
        d_body.input(search_decisions, decision_inputs, decision_table, api_visibility="undocumented")

        # every new page load sees the documents as they are now (others may have added some)
        demo.load(lambda: refreshed([]), None, refresh_outputs, api_visibility="undocumented")

        # --- scripted use (gradio_client) ---

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
                raise gr.Error(EMPTY_INDEX, title="Fel") from None

        gr.api(fraga, api_name="fraga")

        def ladda_upp(paths: list[str] | None) -> list[dict[str, Any]]:
            if not paths:
                raise gr.Error("Inga filer skickades.", title="Fel")
            return web.upload(paths)

        api_trigger.click(ladda_upp, api_files, api_result, api_name="ladda_upp")

    demo.webapp = web  # type: ignore[attr-defined]
    return demo


# --- serving ---


def _signed_in(request: Request) -> bool:
    """The same check Gradio makes for its own routes: no login configured, or a valid session cookie."""
    app = request.app
    if getattr(app, "auth", None) is None and getattr(app, "auth_dependency", None) is None:
        return True
    if getattr(app, "auth_dependency", None) is not None:
        return False  # not used by this app
    cookie_id = getattr(app, "cookie_id", "")
    token = request.cookies.get(f"access-token-{cookie_id}") or request.cookies.get(
        f"access-token-unsecure-{cookie_id}")
    return bool(token) and app.tokens.get(token) is not None


def document_route(assistant: Assistant) -> Route:
    """``GET /dokument/{doc_id}``: the whole document as plain text (never interpreted by the browser)."""

    def serve_document(request: Request) -> Response:
        headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'",
                   "Cache-Control": "no-store"}
        if not _signed_in(request):
            return PlainTextResponse("Logga in för att se dokumentet.", status_code=401, headers=headers)
        doc_id = request.path_params["doc_id"]
        doc = assistant.index.document(doc_id)
        if doc is None:
            return PlainTextResponse("Dokumentet finns inte.", status_code=404, headers=headers)
        name = safe_filename(f"{Path(doc['path']).stem}.txt")
        headers["Content-Disposition"] = f"inline; filename*=UTF-8''{quote(name)}"
        return PlainTextResponse(assistant.index.document_text(doc_id), headers=headers,
                                 media_type="text/plain; charset=utf-8")

    return Route("/dokument/{doc_id}", serve_document, methods=["GET"])


def theme() -> gr.themes.Base:
    return gr.themes.Soft(
        primary_hue="blue", secondary_hue="slate", neutral_hue="slate", radius_size="md",
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
    )


def serve(assistant: Assistant, settings: Settings, *, block: bool = True, quiet: bool = False,
          host: str | None = None, port: int | None = None) -> tuple[gr.Blocks, Any, str]:
    """Start the app; returns (blocks, the FastAPI app, local URL). ``block=False`` returns at once."""
    demo = build_app(assistant, settings)
    demo.queue(default_concurrency_limit=settings.concurrency_limit)
    auth = parse_auth(settings.auth) or None
    app, url, _ = demo.launch(
        server_name=host or settings.host, server_port=port or settings.port, auth=auth,
        auth_message="Logga in för att använda Mötesassistenten.", prevent_thread_lock=True, quiet=True,
        share=False, show_error=False, footer_links=[], theme=theme(), css=CSS,
        max_file_size=f"{settings.max_upload_mb * 2 + 1}mb", ssr_mode=False,
        app_kwargs={"routes": [document_route(assistant)], "middleware": [Middleware(SwedishInterface)]},
    )
    if not quiet:
        print(f"Mötesassistenten körs på {url}" + (" (med inloggning)" if auth else ""), flush=True)
        print("Avsluta med Ctrl+C.", flush=True)
    if block:
        demo.block_thread()
    return demo, app, url


def launch(settings: Settings) -> None:
    try:
        parse_auth(settings.auth)
    except ValueError as error:
        raise SystemExit(str(error)) from None
    serve(Assistant.from_settings(settings), settings)
