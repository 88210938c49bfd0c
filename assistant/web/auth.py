"""Who may do what in the web app: sign-in (password or a trusted SSO proxy), roles, login throttling,
and the guard that keeps Gradio's schema and upload route from users who may not see or use them.

Roles are enforced on the server: every handler that changes the documents calls
``Access.require_manager(request)``; hiding buttons is only a convenience on top.
"""

from __future__ import annotations

import collections
import ipaddress
import json
import re
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from assistant.errors import PermissionDeniedError
from assistant.settings import Settings
from assistant.users import READER, User, authenticate

LOCAL_USER = User("lokal", "admin")  # no login configured: the app is one person's, on loopback
NOT_A_MANAGER = "Bara sekreterare och administratörer kan lägga till, ta bort och synkronisera dokument."
LOGIN_PATHS = ("/login", "/login/")
MANAGER_ONLY_PATHS = ("/gradio_api/upload", "/gradio_api/upload/")
MAX_TRACKED = 10_000
CALL_RESULTS = "/gradio_api/call/"
UNEXPLAINED = b'data: {"error": null}'
EXPLAINED = ('data: {"error": "Anropet kunde inte behandlas (fel antal värden, fel typ av värde eller ett fel '
             'i appen). Se API-beskrivningen: /gradio_api/info."}').encode()
_API_INFO = re.compile(rb"window\.gradio_api_info = .*?;</script>", re.DOTALL)
EMPTY_API_INFO = b'{"named_endpoints": {}, "unnamed_endpoints": {}}'


class Access:
    """Users and roles from the settings; one instance per app."""

    def __init__(self, settings: Settings) -> None:
        self.users = settings.accounts()
        self.header = settings.trusted_user_header.strip()
        self.proxies = settings.proxies()
        self.throttle = LoginThrottle(settings.login_attempts, settings.login_lockout_s)

    @property
    def login_required(self) -> bool:
        return bool(self.users or self.header)

    def password_check(self) -> Callable[[str, str], bool] | None:
        """Gradio's ``auth``: a password check against the hashes, or None (no login, or SSO instead)."""
        if self.header or not self.users:
            return None
        return lambda name, password: authenticate(self.users, name, password)

    def proxy_user(self, request: Any) -> str | None:
        """Gradio's ``auth_dependency`` in SSO mode: the header's user, believed only from a trusted proxy."""
        host = request.client.host if request.client else ""
        if host not in self.proxies:
            return None
        name = (request.headers.get(self.header) or "").strip()
        return name or None

    def user(self, name: str | None) -> User:
        """The signed-in user's role and groups; an SSO user not listed in ``users`` is a reader."""
        if not self.login_required:
            return LOCAL_USER
        if not name:
            return User("", READER)
        return self.users.get(name) or User(name, READER)

    def user_of(self, request: Any) -> User:
        return self.user(getattr(request, "username", None))

    def signed_in_user(self, scope: dict) -> User | None:
        """The user behind a raw request (our own routes); None when a login is required and missing."""
        if not self.login_required:
            return LOCAL_USER
        name = _signed_in_name(scope, self)
        return self.user(name) if name else None

    def page_for(self, scope: dict, html: bytes) -> bytes:
        """Gradio embeds the whole API description (every route, its parameters, code samples) in the page,
        also in the login page; before login it is replaced by an empty one."""
        if self.signed_in_user(scope) is not None:
            return html
        return _API_INFO.sub(b"window.gradio_api_info = " + EMPTY_API_INFO + b";</script>", html, count=1)

    def require_manager(self, request: Any) -> User:
        user = self.user_of(request)
        if not user.manages_documents:
            raise PermissionDeniedError(NOT_A_MANAGER)
        return user

    def client_address(self, scope: dict) -> str:
        """The caller's address; behind a trusted proxy, the last address the proxy added."""
        host = (scope.get("client") or ("", 0))[0]
        if host in self.proxies:
            headers = dict(scope.get("headers") or [])
            forwarded = headers.get(b"x-forwarded-for", b"").decode("latin-1").split(",")[-1].strip()
            try:
                return str(ipaddress.ip_address(forwarded))
            except ValueError:
                return host
        return host


class LoginThrottle:
    """Failed logins per user name and per address within a window; over the limit, logins wait."""

    def __init__(self, attempts: int, window_s: float) -> None:
        self.attempts = attempts
        self.window_s = window_s
        self.failures: dict[str, collections.deque[float]] = {}
        self.lock = threading.Lock()

    def wait_s(self, keys: list[str]) -> float:
        """Seconds until a login for these keys is allowed again (0: now)."""
        now = time.monotonic()
        waits = [0.0]
        with self.lock:
            for key in keys:
                recent = self._recent(key, now)
                if len(recent) >= self.attempts:
                    waits.append(recent[-self.attempts] + self.window_s - now)
        return max(waits)

    def failed(self, keys: list[str]) -> None:
        now = time.monotonic()
        with self.lock:
            if len(self.failures) > MAX_TRACKED:  # many names tried: forget what has aged out
                for key in list(self.failures):
                    self._recent(key, now)
            for key in keys:
                self.failures.setdefault(key, collections.deque()).append(now)

    def succeeded(self, key: str) -> None:
        with self.lock:
            self.failures.pop(key, None)

    def _recent(self, key: str, now: float) -> collections.deque[float]:
        times = self.failures.get(key, collections.deque())
        while times and times[0] <= now - self.window_s:
            times.popleft()
        if not times:
            self.failures.pop(key, None)
        return times


class Guard:
    """ASGI middleware: throttles ``POST /login`` per user name and per address, lets only managers use
    Gradio's upload route (readers cannot ingest, so they have nothing to upload), and gives a scripted call
    that Gradio refused before our handler ran (wrong number or type of values) a Swedish message instead
    of ``{"error": null}``."""

    def __init__(self, app: Any, access: Access) -> None:
        self.app = app
        self.access = access

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("path", "").startswith(CALL_RESULTS):
            send = _explained_errors(send)
        if scope["type"] == "http" and self.access.login_required:
            path = scope.get("path", "")
            if path in LOGIN_PATHS and scope.get("method") == "POST":
                await self._login(scope, receive, send)
                return
            user = self.access.signed_in_user(scope) if path in MANAGER_ONLY_PATHS else None
            if path in MANAGER_ONLY_PATHS and not (user and user.manages_documents):
                await _json(send, 403 if user else 401, NOT_A_MANAGER if user else "Logga in först.")
                return
        await self.app(scope, receive, send)

    async def _login(self, scope: dict, receive: Any, send: Any) -> None:
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > 64 * 1024:
                await _json(send, 413, "Inloggningen är för stor.")
                return
        name = (parse_qs(body.decode("utf-8", "replace")).get("username") or [""])[0].strip()
        keys = [f"användare:{name.casefold()}", f"adress:{self.access.client_address(scope)}"]
        wait = self.access.throttle.wait_s(keys)
        if wait > 0:
            minutes = max(1, round(wait / 60))
            await _json(send, 429, f"För många misslyckade inloggningar. Försök igen om {minutes} min.",
                        [(b"retry-after", str(int(wait) + 1).encode())])
            return
        status = {}

        async def replay() -> dict:
            nonlocal body
            chunk, body = body, b""
            return {"type": "http.request", "body": chunk, "more_body": False}

        async def observe(message: dict) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, replay, observe)
        if status.get("code") == 200:
            self.access.throttle.succeeded(keys[0])
        else:
            self.access.throttle.failed(keys)


def _explained_errors(send: Any) -> Any:
    async def explained(message: dict) -> None:
        if message["type"] == "http.response.body" and UNEXPLAINED in message.get("body", b""):
            message = {**message, "body": message["body"].replace(UNEXPLAINED, EXPLAINED)}
        await send(message)

    return explained


def _signed_in_name(scope: dict, access: Access) -> str | None:
    """The user behind a request, read the way Gradio reads it (session cookie or SSO header)."""
    app = scope.get("app")
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
    if access.header:
        if (scope.get("client") or ("", 0))[0] not in access.proxies:
            return None
        return headers.get(access.header.lower(), "").strip() or None
    cookies = _cookies(headers.get("cookie", ""))
    cookie_id = getattr(app, "cookie_id", "")
    token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
    return getattr(app, "tokens", {}).get(token) if token else None


def _cookies(header: str) -> dict[str, str]:
    pairs = (part.strip().partition("=") for part in header.split(";"))
    return {name: value for name, _, value in pairs if name}


async def _json(send: Any, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": message}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})
