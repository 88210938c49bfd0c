"""Ingestion into a real persistent Chroma index with real embeddings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant import Assistant, Settings
from assistant.cli import main
from assistant.errors import IndexUnavailableError
from conftest import AGENDA, CORPUS, REPORT, make_assistant


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "handlingar"
    folder.mkdir()
    shutil.copy(AGENDA, folder / AGENDA.name)
    shutil.copy(Path(str(AGENDA) + ".meta.toml"), folder / (AGENDA.name + ".meta.toml"))
    return folder


def test_corpus_index_has_every_document(assistant):
    docs = {Path(d["path"]).name: d for d in assistant.documents()}
    corpus_files = {p.name for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md"
                    and not p.name.endswith(".meta.toml")}
    assert set(docs) == corpus_files
    report = docs[REPORT.name]
    assert report["doc_type"] == "bilaga" and report["attachment_of"] == AGENDA.name
    minutes = docs["kungsbacka_bygg-au_2024-03-14_protokoll.md"]
    assert minutes["pages"] == 47 and minutes["doc_type"] == "protokoll"
    assert assistant.index.chunk_count() == sum(d["n_chunks"] for d in docs.values())


def test_reingest_is_idempotent_and_a_change_replaces_chunks(small_corpus: Path, tmp_path: Path):
    assistant = make_assistant(tmp_path / "idx")
    first = assistant.ingest([small_corpus])
    assert [r.status for r in first.results] == ["indexerad"]
    count = assistant.index.chunk_count()

    again = assistant.ingest([small_corpus])
    assert [r.status for r in again.results] == ["oförändrad"]
    assert assistant.index.chunk_count() == count

    target = small_corpus / AGENDA.name
    target.write_text(target.read_text(encoding="utf-8").replace(
        "Informationen noteras.", "Ärendet återremitteras till regionala ledningsgruppen.", 1), encoding="utf-8")
    changed = assistant.ingest([small_corpus])
    result = changed.results[0]
    assert result.status == "uppdaterad"
    assert 0 < result.embedded < result.chunks  # only the changed chunk is embedded again
    assert assistant.index.chunk_count() == count
    answer = assistant.ask("vad händer med ärendet som återremitteras?")
    assert any("återremitteras till regionala ledningsgruppen" in c.quote for c in answer.citations)


def test_duplicate_content_under_another_name_is_not_indexed_twice(small_corpus: Path, tmp_path: Path):
    assistant = make_assistant(tmp_path / "idx")
    shutil.copy(small_corpus / AGENDA.name, small_corpus / "kopia.txt")
    summary = assistant.ingest([small_corpus])
    statuses = sorted(r.status for r in summary.results)
    assert statuses == ["dubblett", "indexerad"]
    assert len(assistant.documents()) == 1


def test_bad_files_are_reported_and_good_ones_indexed(small_corpus: Path, tmp_path: Path):
    (small_corpus / "trasig.pdf").write_bytes(b"%PDF-1.7\n\x00\x01 trasig")
    (small_corpus / "tom.txt").write_text("")
    (small_corpus / "tabell.xlsx").write_bytes(b"PK\x03\x04")
    (small_corpus / "latin1.txt").write_bytes(b"\x00\xff\xfe\x00" * 50)
    assistant = make_assistant(tmp_path / "idx")
    summary = assistant.ingest([small_corpus])
    by_name = {Path(r.path).name: r for r in summary.results}
    assert by_name[AGENDA.name].status == "indexerad"
    for name in ("trasig.pdf", "tom.txt", "tabell.xlsx", "latin1.txt"):
        assert by_name[name].status == "fel", name
        assert by_name[name].message
    assert "FEL" in summary.format() and "trasig.pdf" in summary.format()
    assert len(assistant.documents()) == 1


def test_remove_deletes_from_chroma_bm25_and_registry(small_corpus: Path, tmp_path: Path):
    assistant = make_assistant(tmp_path / "idx")
    doc_id = assistant.ingest([small_corpus]).results[0].doc_id
    assert assistant.index.lexical().search("Silvergruvan", 5)
    assert assistant.remove(doc_id)
    assert assistant.documents() == []
    assert assistant.index.chunk_count() == 0
    assert assistant.index.lexical().search("Silvergruvan", 5) == []
    assert assistant.index.dense_search(assistant.embedder.embed_query("Silvergruvan"), 5,
                                        __import__("assistant.index.store").index.store.Filters()) == []


def test_opening_an_index_with_another_embedder_is_refused(small_corpus: Path, tmp_path: Path):
    make_assistant(tmp_path / "idx").ingest([small_corpus])
    with pytest.raises(IndexUnavailableError) as error:
        Assistant.from_settings(Settings.load(index_path=tmp_path / "idx", embedder="sentence-transformers"))
    assert "byggdes med embedder" in str(error.value)


def test_cli_ingest_prints_a_summary_and_supports_several_indexes(small_corpus: Path, tmp_path: Path):
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(small_corpus), "--index", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert "Filer: 1 (nya 1" in result.output and "Delar (chunks):" in result.output
    result = runner.invoke(main, ["documents", "--index", str(tmp_path / "a")])
    assert "Strategisk regional beredning" in result.output
    result = runner.invoke(main, ["documents", "--index", str(tmp_path / "b")])
    assert result.exit_code == 0 and result.output == ""


def test_the_same_file_is_recognised_from_another_working_directory(small_corpus: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch):
    assistant = make_assistant(tmp_path / "idx")
    assistant.ingest([small_corpus])
    monkeypatch.chdir(small_corpus)
    again = assistant.ingest([Path(".")])
    assert [r.status for r in again.results] == ["oförändrad"]
    assert assistant.remove(AGENDA.name)
    assert assistant.documents() == []
