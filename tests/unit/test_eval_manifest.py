"""evals/corpus.json lists exactly the documents in corpus/ (with the hash of their text), so that
``assistant eval`` can check its index against it. After a deliberate change to corpus/ run
``assistant eval-manifest`` and commit the new list."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.evals.corpus_check import write_manifest
from conftest import CORPUS, ROOT


def test_manifest_matches_the_corpus(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    fresh = write_manifest(CORPUS.relative_to(ROOT), tmp_path / "corpus.json", skip=CORPUS / "uppladdat")
    committed = json.loads((ROOT / "evals" / "corpus.json").read_text(encoding="utf-8"))
    assert committed == fresh, "evals/corpus.json är inaktuell: kör 'assistant eval-manifest'"
