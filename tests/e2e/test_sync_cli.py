"""``assistant sync [--dry-run]`` as a command, the write lock between two processes, and evals that
refuse to run on an index that does not hold the documents their questions were written against
(real embedder)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.evals.corpus_check import EVAL_MARKER, write_manifest
from assistant.evals.runner import eval_command
from conftest import AGENDA, MINUTES, make_assistant, summary_counts
from test_ingest_crash import CLI, clean_env, cli, write_docs


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_docs(tmp_path / "corpus", count=2)


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
