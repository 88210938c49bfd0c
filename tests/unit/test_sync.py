"""Sync of the corpus folder with the fast hashing embedder: new, changed, touched and deleted files,
failed files and duplicates, a missing folder, and documents from elsewhere left alone."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from assistant.index.ingest import doc_id_for
from conftest import AGENDA, MINUTES, make_assistant, summary_counts
from fakes import HashingEmbedder


def agenda(number: int, extra: str = "") -> str:
    return (f"Kallelse Tekniska nämnden\n\nDatum: 2024-0{number + 1}-1{number}\n\n"
            f"1 Upprustning av bro {number}**Förslag till beslut**\nBron nummer {number} rustas upp.{extra}\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in (1, 2):
        (folder / f"kallelse-{number}.txt").write_text(agenda(number), encoding="utf-8")
    return folder


def fast(index: Path, folder: Path):
    return make_assistant(index, HashingEmbedder(), corpus_path=folder)

def test_sync_adds_changes_touches_and_removes(folder: Path, tmp_path: Path) -> None:
    assistant = fast(tmp_path / "index", folder)
    first = assistant.sync()
    assert summary_counts(first.format()) == {"nya": 2, "ändrade": 0, "borttagna": 0, "oförändrade": 0,
                                              "dubbletter": 0, "fel": 0}
    (folder / "protokoll.txt").write_text(MINUTES, encoding="utf-8")
    (folder / "tom.txt").write_text("\n \n", encoding="utf-8")
    second = assistant.sync()
    counts = summary_counts(second.format())
    assert (counts["nya"], counts["oförändrade"], counts["fel"]) == (1, 2, 1), second.format()
    assert assistant.decisions.search(query="Ekbackens")
    # unchanged files are not read again: not even the failed one
    again = assistant.sync()
    assert again.ingest is None and again.plan.unchanged == 4, again.format()
    # a new mtime on the same bytes is recorded without reading the file
    os.utime(folder / "kallelse-1.txt", ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    touched = assistant.sync()
    assert touched.ingest is None and len(touched.plan.touched) == 1
    assert assistant.sync().plan.touched == []
    # a changed file is read again, a deleted one is gone from the index and the decision register
    (folder / "kallelse-2.txt").write_text(agenda(2, extra=" Mötet avslutades."), encoding="utf-8")
    (folder / "protokoll.txt").unlink()
    changed = assistant.sync()
    counts = summary_counts(changed.format())
    assert (counts["ändrade"], counts["borttagna"]) == (1, 1), changed.format()
    assert doc_id_for(folder / "protokoll.txt") not in {d["doc_id"] for d in assistant.documents()}
    assert assistant.decisions.search(query="Ekbackens") == []
    assert not any(cid.startswith("protokoll") for cid in assistant.index.lexical().chunk_ids)
    answer = assistant.ask("Vad beslutade fritidsnämnden om Ekbackens badplats?")
    assert doc_id_for(folder / "protokoll.txt") not in {c.doc_id for c in answer.citations}


def test_a_duplicate_is_indexed_once_its_twin_is_gone(folder: Path, tmp_path: Path) -> None:
    assistant = fast(tmp_path / "index", folder)
    (folder / "kopia.txt").write_text((folder / "kallelse-1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert summary_counts(assistant.sync().format())["dubbletter"] == 1
    (folder / "kallelse-1.txt").unlink()
    assistant.sync()
    assert doc_id_for(folder / "kopia.txt") in {d["doc_id"] for d in assistant.documents()}


def test_a_missing_folder_removes_nothing(folder: Path, tmp_path: Path) -> None:
    assistant = fast(tmp_path / "index", folder)
    assistant.sync()
    moved = tmp_path / "flyttad"
    folder.rename(moved)
    summary = assistant.sync()
    assert summary.plan.missing_root and "finns inte" in summary.format()
    assert len(assistant.documents()) == 2


def test_documents_outside_the_folder_are_left_alone(folder: Path, tmp_path: Path) -> None:
    assistant = fast(tmp_path / "index", folder)
    other = tmp_path / "annat" / AGENDA.name
    other.parent.mkdir()
    other.write_text(AGENDA.read_text(encoding="utf-8"), encoding="utf-8")
    assistant.ingest([other])
    assistant.sync()
    assert doc_id_for(other) in {d["doc_id"] for d in assistant.documents()}
