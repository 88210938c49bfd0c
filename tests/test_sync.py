"""Sync of the corpus folder (new, changed, touched, deleted files; duplicates; a missing folder),
``assistant sync [--dry-run]``, the write lock between two processes, and evals that refuse to run
on an index that does not hold the documents their questions were written against."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.evals.corpus_check import EVAL_MARKER, write_manifest
from assistant.evals.runner import eval_command
from assistant.index.ingest import doc_id_for
from conftest import AGENDA, make_assistant
from test_ingest_crash import CLI, PLACES, agenda_text, clean_env, cli, write_docs

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


def summary_counts(text: str) -> dict[str, int]:
    found = re.search(r"(\d+) nya, (\d+) ändrade, (\d+) borttagna, (\d+) oförändrade, (\d+) dubbletter, (\d+) fel", text)
    assert found, text
    return dict(zip(("nya", "ändrade", "borttagna", "oförändrade", "dubbletter", "fel"), map(int, found.groups())))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_docs(tmp_path / "corpus", count=2)


def test_sync_adds_changes_touches_and_removes(folder: Path, tmp_path: Path) -> None:
    assistant = make_assistant(tmp_path / "index", corpus_path=folder)
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
    (folder / "kallelse-2.txt").write_text(agenda_text(1, PLACES[1], extra=" Mötet avslutades."), encoding="utf-8")
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
    assistant = make_assistant(tmp_path / "index", corpus_path=folder)
    (folder / "kopia.txt").write_text((folder / "kallelse-1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert summary_counts(assistant.sync().format())["dubbletter"] == 1
    (folder / "kallelse-1.txt").unlink()
    assistant.sync()
    assert doc_id_for(folder / "kopia.txt") in {d["doc_id"] for d in assistant.documents()}


def test_a_missing_folder_removes_nothing(folder: Path, tmp_path: Path) -> None:
    assistant = make_assistant(tmp_path / "index", corpus_path=folder)
    assistant.sync()
    moved = tmp_path / "flyttad"
    folder.rename(moved)
    summary = assistant.sync()
    assert summary.plan.missing_root and "finns inte" in summary.format()
    assert len(assistant.documents()) == 2


def test_documents_outside_the_folder_are_left_alone(folder: Path, tmp_path: Path) -> None:
    assistant = make_assistant(tmp_path / "index", corpus_path=folder)
    other = tmp_path / "annat" / AGENDA.name
    other.parent.mkdir()
    other.write_text(AGENDA.read_text(encoding="utf-8"), encoding="utf-8")
    assistant.ingest([other])
    assistant.sync()
    assert doc_id_for(other) in {d["doc_id"] for d in assistant.documents()}


def test_cli_sync_dry_run_changes_nothing(folder: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    dry = cli("sync", "--dry-run", "--index", str(index), "--corpus", str(folder), cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr[-2000:]
    assert "2 att läsa in" in dry.stdout and "Läses in: corpus/kallelse-1.txt" in dry.stdout, dry.stdout
    assert make_assistant(index).documents() == []
    done = cli("sync", "--index", str(index), "--corpus", str(folder), cwd=tmp_path)
    assert done.returncode == 0 and summary_counts(done.stdout)["nya"] == 2, done.stdout + done.stderr[-2000:]


def test_two_ingests_into_one_index_serialise(tmp_path: Path) -> None:
    """Both processes finish, every chunk is embedded once in all: the second waits for the first and
    then finds the files unchanged."""
    docs = write_docs(tmp_path / "handlingar", count=3)
    index = tmp_path / "index"
    processes = [subprocess.Popen([*CLI, "ingest", str(docs), "--index", str(index)], cwd=tmp_path,
                                  env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    outputs = [p.communicate(timeout=600) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    embedded = [int(re.search(r"Nyembeddade: (\d+)", out).group(1)) for out, _ in outputs]
    chunks = sum(d["n_chunks"] for d in make_assistant(index).documents())
    assert sum(embedded) == chunks and 0 in embedded, (embedded, chunks, outputs)
    assert any("nya 3" in out for out, _ in outputs) and any("oförändrade 3" in out for out, _ in outputs)


# --- evals check their index --------------------------------------------------------------------------------


@pytest.fixture
def mini_eval(tmp_path: Path) -> Path:
    """A question set of its own with a manifest of two small documents."""
    corpus = tmp_path / "evalkorpus"
    corpus.mkdir()
    for source in (AGENDA, Path(f"{AGENDA}.meta.toml")):
        (corpus / source.name).write_bytes(source.read_bytes())
    (corpus / "protokoll.txt").write_text(MINUTES, encoding="utf-8")
    sets = tmp_path / "evals"
    sets.mkdir()
    question = {"id": "m1", "type": "agenda", "question": "när är nästa sammanträde", "history": [],
                "answerable": True, "key_facts": ["7 februari 2025"],
                "gold": [{"doc": AGENDA.name, "quote": "Nästa sammanträde ska äga rum fredagen den 7 februari 2025"}]}
    (sets / "mini.jsonl").write_text(json.dumps(question, ensure_ascii=False) + "\n", encoding="utf-8")
    write_manifest(corpus, sets / "corpus.json")
    return sets / "mini.jsonl"


def run_eval(set_path: Path, index: Path, reports: Path):
    return CliRunner().invoke(eval_command, ["--set", str(set_path), "--index", str(index), "--report-dir",
                                             str(reports), "--thresholds", str(reports / "inga.toml")])


def test_eval_stops_on_a_partial_index_and_never_reports(mini_eval: Path, tmp_path: Path) -> None:
    partial = tmp_path / "delvis"
    make_assistant(partial).ingest([mini_eval.parent.parent / "evalkorpus" / "protokoll.txt"])
    result = run_eval(mini_eval, partial, tmp_path / "rapporter")
    assert result.exit_code != 0
    assert "1 av 2 saknas" in result.output and "ofullständigt index" in result.output, result.output
    assert not (tmp_path / "rapporter").exists() or not list((tmp_path / "rapporter").glob("*.json"))


def test_eval_builds_and_resyncs_its_own_index(mini_eval: Path, tmp_path: Path) -> None:
    index, reports = tmp_path / "eval-index", tmp_path / "rapporter"
    manifest = json.loads((mini_eval.parent / "corpus.json").read_text(encoding="utf-8"))
    first = run_eval(mini_eval, index, reports)
    assert first.exit_code == 0, first.output + repr(first.exception)
    assert (index / EVAL_MARKER).is_file()
    report = json.loads((reports / "mini-extractive.json").read_text(encoding="utf-8"))
    assert report["corpus"] == {"sha256": manifest["corpus_sha256"], "documents": 2}
    assert manifest["corpus_sha256"] in (reports / "mini-extractive.md").read_text(encoding="utf-8")
    # made partial (an interrupted build): the next run completes it before it reports
    assistant = make_assistant(index)
    assistant.remove(assistant.documents()[0]["doc_id"])
    (reports / "mini-extractive.json").unlink()
    second = run_eval(mini_eval, index, reports)
    assert second.exit_code == 0 and "Synkar utvärderingsindexet" in second.output, second.output
    assert json.loads((reports / "mini-extractive.json").read_text(encoding="utf-8"))["corpus"]["documents"] == 2
