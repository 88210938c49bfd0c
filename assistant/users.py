"""Users, roles and password hashes (stdlib scrypt), independent of the web framework.

The ``users`` setting lists one user per entry, entries separated by commas or line breaks::

    anna:sekreterare:scrypt$16384$8$1$<salt>$<hash>
    bo:läsare:scrypt$…:presidiet|au

name, role (``läsare``, ``sekreterare`` or ``admin``), the hash printed by ``assistant hash-password``
(``-`` for a user who only signs in through a trusted SSO proxy) and optionally the groups whose
members-only documents the user may read, separated by ``|``. Passwords are never stored in plain text.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from assistant.errors import ConfigError

READER = "läsare"
MANAGER_ROLES = frozenset({"sekreterare", "admin"})
ROLES = frozenset({READER}) | MANAGER_ROLES
NO_PASSWORD = "-"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_NAME = re.compile(r"^[\w.@-]{1,64}$")
_GROUP = re.compile(r"^[\w.-]{1,64}$")


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str = NO_PASSWORD
    groups: tuple[str, ...] = ()

    @property
    def manages_documents(self) -> bool:
        """Upload, remove and sync are for managers only."""
        return self.role in MANAGER_ROLES

    @property
    def visible_groups(self) -> tuple[str, ...] | None:
        """The document groups this user may read; ``None`` means every document (managers)."""
        return None if self.manages_documents else self.groups


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` with a random 16-byte salt."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(password.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(_unb64(expected)), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, _unb64(expected))


def _valid_hash(value: str) -> bool:
    if value == NO_PASSWORD:
        return True
    parts = value.split("$")
    return (len(parts) == 6 and parts[0] == "scrypt" and all(p.isdigit() for p in parts[1:4])
            and all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts[4:]))


@functools.lru_cache(maxsize=8)
def parse_users(value: str) -> dict[str, User]:
    """The ``users`` setting as {name: User}; a ``ConfigError`` names the entry that is wrong."""
    users: dict[str, User] = {}
    for number, entry in enumerate(re.split(r"[,\n]", value or ""), 1):
        entry = entry.strip()
        if not entry:
            continue
        parts = entry.split(":")
        if len(parts) not in (3, 4):
            raise ConfigError(f"Inställningen users, post {number}: skriv namn:roll:lösenordshash[:grupp|grupp] "
                              "(hashen ges av 'assistant hash-password').")
        name, role, password_hash = (p.strip() for p in parts[:3])
        groups = tuple(g.strip() for g in parts[3].split("|") if g.strip()) if len(parts) == 4 else ()
        if not _NAME.match(name):
            raise ConfigError(f"Inställningen users, post {number}: ogiltigt användarnamn {name!r}.")
        if role.lower() not in ROLES:
            raise ConfigError(f"Inställningen users, användare {name}: rollen {role!r} finns inte "
                              f"(tillåtna: {', '.join(sorted(ROLES))}).")
        if not _valid_hash(password_hash):
            raise ConfigError(f"Inställningen users, användare {name}: lösenordet ska vara en hash från "
                              "'assistant hash-password' (eller - för inloggning via SSO-proxy), aldrig klartext.")
        if bad := [g for g in groups if not _GROUP.match(g)]:
            raise ConfigError(f"Inställningen users, användare {name}: ogiltigt gruppnamn {bad[0]!r}.")
        if name in users:
            raise ConfigError(f"Inställningen users: användaren {name} finns två gånger.")
        users[name] = User(name, role.lower(), password_hash, groups)
    return users


def authenticate(users: dict[str, User], name: str, password: str) -> bool:
    user = users.get(name)
    if user is None or user.password_hash == NO_PASSWORD:
        verify_password(password, _dummy_hash())  # same work for unknown names: no timing hint
        return False
    return verify_password(password, user.password_hash)


@functools.cache
def _dummy_hash() -> str:
    return hash_password("", salt=b"\0" * 16)
