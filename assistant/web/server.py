"""Serving the app: the Gradio launch, the whole-document route, the Swedish-interface middleware.

``launch(settings)`` is the one way to start the app (``python app.py`` and ``assistant serve``);
``serve(assistant, settings)`` starts it on an open assistant (tests use it with ``block=False``).
"""

from __future__ import annotations

from collections.abc import Callable
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
from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.web.app import build_app
from assistant.web.assets import static_text
from assistant.web.auth import Access, Guard
from assistant.web.uploads import safe_filename
from assistant.web.worker import Worker


class HtmlRewrite:
    """ASGI middleware: HTML responses pass through ``transform(scope, body)``; everything else (API calls,
    event streams, files) passes through untouched."""

    def __init__(self, app: Any, transform: Callable[[dict, bytes], bytes]) -> None:
        self.app = app
        self.transform = transform

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
            body = self.transform(scope, b"".join(chunks))
            headers = [(k, str(len(body)).encode() if k.lower() == b"content-length" else v)
                       for k, v in start.get("headers", [])]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, patched)


def force_swedish() -> Callable[[bytes], bytes]:
    """Puts ``static/force-swedish.js`` first in <head>. Gradio picks the language of its own texts (upload
    areas, buttons, the login page) from the browser, before the page's own scripts run. The app is
    Swedish, so the page tells Gradio the browser is Swedish."""
    script = f"<script>{static_text('force-swedish.js')}</script>".encode()
    return lambda body: body.replace(b"<head>", b"<head>" + script, 1)


def document_route(assistant: Assistant, access: Access) -> Route:
    """``GET /dokument/{doc_id}``: the whole document as plain text (never interpreted by the browser),
    for signed-in users who may see it (a members-only document of another group is "not found")."""

    def serve_document(request: Request) -> Response:
        headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'",
                   "Cache-Control": "no-store"}
        user = access.signed_in_user(request.scope)
        if user is None:
            return PlainTextResponse("Logga in för att se dokumentet.", status_code=401, headers=headers)
        doc_id = request.path_params["doc_id"]
        doc = assistant.index.document(doc_id, user.visible_groups)
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
    access: Access = demo.webapp.access  # type: ignore[attr-defined]
    swedish = force_swedish()
    pages = Middleware(HtmlRewrite, transform=lambda scope, body: access.page_for(scope, swedish(body)))
    app, url, _ = demo.launch(
        server_name=host or settings.host, server_port=port or settings.port, auth=access.password_check(),
        auth_dependency=access.proxy_user if access.header else None,
        auth_message="Logga in för att använda Mötesassistenten.", prevent_thread_lock=True, quiet=True,
        share=False, show_error=False, footer_links=[], theme=theme(), css=static_text("style.css"),
        max_file_size=f"{settings.max_upload_mb * 2 + 1}mb", ssr_mode=False,
        state_session_capacity=settings.max_sessions,  # each session holds a copy of the page's config
        app_kwargs={"routes": [document_route(assistant, access)], "openapi_url": None,  # no schema at all
                    "middleware": [pages, Middleware(Guard, access=access)]},
    )
    if not quiet:
        print(f"Mötesassistenten körs på {url}" + (" (med inloggning)" if access.login_required else ""),
              flush=True)
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
        assistant = Assistant.from_settings(settings)
    except AssistantError as error:
        raise SystemExit(f"Fel: {error.message}") from None
    worker = Worker(assistant)
    if settings.sync_on_start:
        start_sync(worker, Path(settings.corpus_path))
    serve(assistant, settings, worker=worker)
