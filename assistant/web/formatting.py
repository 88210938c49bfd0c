"""What the app shows, as escaped HTML or plain text: chat messages, the sources panel, labels.

Document text is untrusted: everything taken from a document is HTML-escaped here, and the chat is
rendered without Markdown, so markup in a document is displayed literally and never runs.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import quote

from assistant.answer.extractive import Answer

CONTEXT_CHARS = 160
DOC_TYPES = {
    "kallelse": "Kallelse", "protokoll": "Protokoll", "bilaga": "Bilaga", "rapport": "Rapport",
    "dokument": "Övrigt dokument", "tjänsteskrivelse": "Tjänsteskrivelse",
}
STATUS_TEXT = {
    "indexerad": "Inläst", "uppdaterad": "Uppdaterad", "oförändrad": "Oförändrad",
    "dubblett": "Dubblett", "fel": "Fel", "avvisad": "Avvisad",
    "väntar": "Väntar", "läses": "Läses in …", "borttagen": "Borttagen",
}
EMPTY_INDEX = "Det finns inga dokument inlästa ännu. Lägg till dokument under fliken ”Dokument”."
STILL_READING = ("Obs! Dokumenten läses fortfarande in ({done} av {total} klara). Svaret bygger bara på det "
                 "som hunnit läsas in.")
STILL_READING_EMPTY = "Dokumenten läses in just nu. Ställ frågan igen om en liten stund."
SOURCES_HINT = ("Här visas källorna till svaret: dokument, punkt eller paragraf, sida och det citerade "
                "stycket.")


def doc_type_label(value: str) -> str:
    return DOC_TYPES.get(value or "", (value or "").capitalize() or "Övrigt dokument")


def document_label(doc: dict[str, Any]) -> str:
    day = doc.get("meeting_date") or ""
    date_part = f" ({day})" if day and day not in doc["title"] else ""
    return f"{doc['title']}{date_part}"


def collapse(text: str) -> str:
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
    return (f"{lead}{html.escape(collapse(before))}<mark>{html.escape(collapse(cited).strip())}</mark>"
            f"{html.escape(collapse(after))}{tail}")


def chat_html(text: str) -> str:
    """A chat message as inert text: HTML-escaped, shown with its line breaks (CSS pre-wrap).

    Plain text rather than markup, so that screen readers (which read the message's aria-label, made
    from this string) hear the answer and not tags."""
    return html.escape(text, quote=False)


MORE_HINT = "Mer i underlagen finns under Källor."


def answer_message(answer: Answer) -> str:
    """The direct answer; what else was found stays collapsed in the sources panel ("Mer i underlagen")."""
    notes = [answer.notice, MORE_HINT if answer.more else ""]
    return chat_html("\n\n".join([answer.answer, *(n for n in notes if n)]))


def sources_html(answer: Answer | None, index: Any = None, message: str = "") -> str:
    """The sources panel. Every piece of document text is escaped."""
    if message or answer is None:
        return f'<div class="kallor"><h2>Källor</h2><p class="tom">{html.escape(message or SOURCES_HINT)}</p></div>'
    if not answer.found or not answer.citations:
        return _refusal_html(answer)
    texts: dict[str, str] = {}

    def listed(citations: list[Any]) -> str:
        items = []
        for c in citations:
            if c.doc_id not in texts and index is not None:
                texts[c.doc_id] = index.document_text(c.doc_id)
            items.append(_citation_html(c, texts.get(c.doc_id, "")))
        return "".join(items)

    more = ""
    if answer.more:
        more = (f'<details class="mer"><summary>Mer i underlagen</summary>'
                f'<p class="mer-text">{html.escape(answer.more)}</p>'
                f'<ol start="{len(answer.citations) + 1}">{listed(answer.more_citations)}</ol></details>')
    return f'<div class="kallor"><h2>Källor</h2><ol>{listed(answer.citations)}</ol>{more}</div>'


def _refusal_html(answer: Answer) -> str:
    parts = ['<div class="kallor"><h2>Källor</h2>', f'<p class="avbojt">{html.escape(answer.answer)}</p>']
    if answer.related:
        parts.append("<h2>Kanske relevant</h2><ul class=\"relevant\">")
        parts += [f"<li>{html.escape(entry)}</li>" for entry in answer.related]
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


def _citation_html(c: Any, text: str) -> str:
    if text and text[c.start:c.end] == c.quote:
        passage = quote_in_context(text, c.start, c.end)
    else:
        passage = f"<mark>{html.escape(collapse(c.quote))}</mark>"
    meta = [x for x in (c.body, c.meeting_date) if x]
    where = [x for x in (c.location, f"sida {c.page}" if c.page and c.page > 0 else "") if x]
    meta_line = " · ".join(html.escape(x) for x in meta + where)
    link = f"dokument/{quote(c.doc_id, safe='')}"
    return (
        f'<li class="kalla" id="kalla-{c.n}">'
        f'<div class="huvud"><span class="nr">[{c.n}]</span>'
        f'<span class="titel">{html.escape(c.document_title)}</span></div>'
        f'<div class="meta">{meta_line}</div>'
        f"<blockquote>{passage}</blockquote>"
        f'<a class="oppna" href="{html.escape(link)}" target="_blank" rel="noopener">Öppna hela dokumentet</a>'
        "</li>"
    )


def result_message(result: Any) -> str:
    """The Swedish message for one ingested file (an ``assistant.index.ingest.FileResult``)."""
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


def filter_choices(docs: list[dict[str, Any]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]],
                                                        list[tuple[str, str]]]:
    """(label, value) choices for the document, body and document type pickers."""
    doc_choices = [(document_label(d), d["doc_id"]) for d in docs]
    bodies = sorted({d["body"] for d in docs if d.get("body")})
    types = sorted({d["doc_type"] for d in docs if d.get("doc_type")})
    return (doc_choices, [("Alla organ", "")] + [(b, b) for b in bodies],
            [("Alla typer", "")] + [(doc_type_label(t), t) for t in types])


def progress_text(state: Any, uploading: bool = False) -> str:
    """What the worker is doing (a ``WorkerState``), in one Swedish line."""
    if state.job == "synk" and uploading:
        return "Väntar på att inläsningen av dokumentmappen ska bli klar …"
    if not state.total:
        return "Går igenom dokumentmappen …" if state.job == "synk" else "Förbereder inläsningen …"
    number = min(state.done + 1, state.total)
    if state.job == "synk":
        return f"Läser in dokument {number} av {state.total} …"
    return f"Läser in {state.current} ({number} av {state.total}) …"


def banner_html(state: Any) -> str:
    """The chat tab's banner while the worker reads documents; empty when it is idle."""
    if not state.busy:
        return ""
    return (f'<div class="inlasning" role="status"><p>{html.escape(progress_text(state))}</p>'
            f'<progress max="{max(state.total, 1)}" value="{state.done}"></progress></div>')


def worker_rows(state: Any) -> list[list[str]]:
    """The Documents tab's per-file status of the worker's current or last job."""
    return [[f.name, STATUS_TEXT.get(f.status, f.status), f.message] for f in state.files]
