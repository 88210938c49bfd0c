"""Serving the app: the Gradio launch, the whole-document route, the Swedish-interface middleware.

``launch(settings)`` is the one way to start the app (``python app.py`` and ``assistant serve``);
``serve(assistant, settings)`` starts it on an open assistant (tests use it with ``block=False``).
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any
from urllib.parse import quote

import gradio as gr
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from assistant.api import Assistant
from assistant.index.store import IndexError_
from assistant.settings import Settings
from assistant.web.app import build_app
from assistant.web.assets import static_text
from assistant.web.inputs import parse_auth
from assistant.web.uploads import safe_filename
from assistant.web.worker import Worker


class SwedishInterface:
    """ASGI middleware: puts ``static/force-swedish.js`` first in <head> of HTML responses.

    Gradio picks the language of its own texts (upload areas, buttons, the login page) from the
    browser, before the page's own scripts run. The app is Swedish, so the page tells Gradio the
    browser is Swedish. Everything else (API calls, event streams, files) passes through untouched."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.script = f"<script>{static_text('force-swedish.js')}</script>".encode()

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
            body = b"".join(chunks).replace(b"<head>", b"<head>" + self.script, 1)
            headers = [(k, str(len(body)).encode() if k.lower() == b"content-length" else v)
                       for k, v in start.get("headers", [])]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, patched)


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
          host: str | None = None, port: int | None = None,
          worker: Worker | None = None) -> tuple[gr.Blocks, Any, str]:
    """Start the app; returns (blocks, the FastAPI app, local URL). ``block=False`` returns at once."""
    demo = build_app(assistant, settings, worker)
    demo.queue(default_concurrency_limit=settings.concurrency_limit)
    auth = parse_auth(settings.auth) or None
    app, url, _ = demo.launch(
        server_name=host or settings.host, server_port=port or settings.port, auth=auth,
        auth_message="Logga in för att använda Mötesassistenten.", prevent_thread_lock=True, quiet=True,
        share=False, show_error=False, footer_links=[], theme=theme(), css=static_text("style.css"),
        max_file_size=f"{settings.max_upload_mb * 2 + 1}mb", ssr_mode=False,
        app_kwargs={"routes": [document_route(assistant)], "middleware": [Middleware(SwedishInterface)]},
    )
    if not quiet:
        print(f"Mötesassistenten körs på {url}" + (" (med inloggning)" if auth else ""), flush=True)
        print("Avsluta med Ctrl+C.", flush=True)
    if block:
        demo.block_thread()
    return demo, app, url


def start_sync(worker: Worker, corpus: Path) -> None:
    """Read the corpus folder in the background; the summary goes to the log (stdout) when done."""
    if not corpus.is_dir():
        print(f"Mappen {corpus} finns inte: inga dokument läses in vid start. Lägg till dokument under fliken "
              "Dokument.", flush=True)
        return
    print(f"Läser in nya och ändrade dokument i {corpus} i bakgrunden; appen svarar under tiden.", flush=True)
    worker.sync().add_done_callback(lambda done: print(_outcome(done), flush=True))


def _outcome(done: Future) -> str:
    error = done.exception()
    return f"Inläsningen misslyckades: {error}" if error else done.result().format()


def launch(settings: Settings) -> None:
    """Open the index, serve at once, and sync the corpus folder in the background (unless
    ``sync_on_start`` is off); serves until stopped."""
    try:
        parse_auth(settings.auth)
        assistant = Assistant.from_settings(settings)
    except (IndexError_, ValueError) as error:
        raise SystemExit(str(error)) from None
    worker = Worker(assistant)
    if settings.sync_on_start:
        start_sync(worker, Path(settings.corpus_path))
    serve(assistant, settings, worker=worker)
