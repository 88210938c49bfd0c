"""Roles and members-only documents (issue 12 item 3): a document's group is enforced in retrieval (both
halves), in the document list and in decision answers; readers cannot upload, remove or sync over the
HTTP API; and login is throttled per user and per address."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_assistant

from assistant.index.store import Filters

PUBLIC = ("Protokoll Tekniska nämnden 2024-03-05\n\n§ 1 Kvarnbäcksbron\nDnr TN 2024-0007\n\nBeslut\n"
          "Tekniska nämnden beslutar att renovera Kvarnbäcksbron under 2025.\n")
MEMBERS_ONLY = ("Protokoll Presidiet 2024-03-12\n\n§ 4 Lönerevision för förvaltningschefen\nDnr PR 2024-0003\n\n"
                "Beslut\nPresidiet beslutar att förvaltningschefens lön höjs med 3,1 procent från den 1 april.\n")
QUESTION = "Vad beslutade presidiet om förvaltningschefens lön?"


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("roles") / "filer"
    root.mkdir()
    (root / "bro.txt").write_text(PUBLIC, encoding="utf-8")
    (root / "presidiet.txt").write_text(MEMBERS_ONLY, encoding="utf-8")
    (root / "presidiet.txt.meta.toml").write_text('group = "presidiet"\n', encoding="utf-8")
    assistant = make_assistant(root.parent / "idx")
    assert not assistant.ingest([root]).errors
    return root, assistant


def cited_docs(answer) -> set[str]:
    return {Path(c.source_path).name for c in answer.citations}


def test_members_only_document_is_kept_out_of_every_half_of_retrieval(grouped) -> None:
    _, assistant = grouped
    hidden_id = next(d["doc_id"] for d in assistant.documents() if d["access_group"] == "presidiet")
    reader, member = Filters(groups=()), Filters(groups=("presidiet",))
    assert "presidiet.txt" in cited_docs(assistant.ask(QUESTION))  # the CLI and Python API see everything
    assert "presidiet.txt" in cited_docs(assistant.ask(QUESTION, filters=member))
    refused = assistant.ask(QUESTION, filters=reader)
    assert "presidiet.txt" not in cited_docs(refused) and "3,1 procent" not in refused.answer
    for mode in ("dense", "lexical"):
        from assistant.answer.retrieval import HybridRetriever

        hits = HybridRetriever(assistant.index, assistant.embedder, mode).search("förvaltningschefens lön", 10, reader)
        assert hidden_id not in {h.chunk.doc_id for h in hits}, mode
    # asking for the hidden document by id gives nothing either
    by_id = assistant.ask(QUESTION, filters=Filters(documents=(hidden_id,), groups=()))
    assert not by_id.citations
    assert hidden_id not in {d["doc_id"] for d in assistant.index.documents(groups=())}
    assert assistant.index.document(hidden_id, groups=()) is None
    assert assistant.index.document(hidden_id, groups=("presidiet", "au")) is not None


def test_changing_only_the_group_takes_effect_without_reembedding(grouped, tmp_path: Path) -> None:
    root, _ = grouped
    folder = tmp_path / "filer"
    folder.mkdir()
    (folder / "presidiet.txt").write_text(MEMBERS_ONLY, encoding="utf-8")
    sidecar = folder / "presidiet.txt.meta.toml"
    sidecar.write_text('grupp = "presidiet"\n', encoding="utf-8")
    assistant = make_assistant(tmp_path / "idx")
    assistant.ingest([folder])
    assert not assistant.index.documents(groups=())
    sidecar.write_text('title = "Presidiets protokoll"\n', encoding="utf-8")  # no group any more
    assistant.ingest([folder])
    assert [d["access_group"] for d in assistant.index.documents(groups=())] == [""]
