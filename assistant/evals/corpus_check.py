"""Evals run only on the documents their questions were written against, never on a partial index.

``evals/corpus.json`` (next to the question sets; written by ``assistant eval-manifest``) lists the
corpus files the questions were written against, with the SHA-256 of each file's text (the same
hash the index stores) and a hash over all of them. Before an eval runs, the index must hold exactly
those documents. An index that ``assistant eval`` built itself (marked with ``EVAL_INDEX``), or an
empty one, is synced to the manifest; any other index that differs stops the run with a message.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from assistant.documents.loaders import LoadError, load
from assistant.documents.model import sha256_text
from assistant.index.ingest import discover

MANIFEST_NAME = "corpus.json"
EVAL_MARKER = "EVAL_INDEX"


def corpus_hash(hashes: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(hashes)).encode()).hexdigest()


def corpus_summary(documents: list[dict[str, Any]]) -> dict[str, Any]:
    """What the report states about the index it ran on."""
    hashes = [d["sha256"] for d in documents]
    return {"sha256": corpus_hash(hashes), "documents": len(hashes)}


def write_manifest(corpus: Path, target: Path, skip: Path | None = None) -> dict[str, Any]:
    """Record the documents under ``corpus`` (without the upload folder ``skip``) in ``target``."""
    skipped = skip.resolve() if skip else None
    files = [p for p in discover([corpus]) if not (skipped and p.resolve().is_relative_to(skipped))]
    return save_manifest(manifest_entries(files), target)


def manifest_entries(files: Iterable[Path]) -> list[dict[str, str]]:
    """Each file as the manifest lists it, by the hash of the text the index stores; a file without text is left
    out (the index does not hold it either)."""
    texts = {p: _text(p) for p in files}
    return [{"path": p.as_posix(), "sha256": sha256_text(text)} for p, text in texts.items() if text.strip()]


def save_manifest(documents: list[dict[str, str]], target: Path) -> dict[str, Any]:
    manifest = {"corpus_sha256": corpus_hash(d["sha256"] for d in documents), "documents": documents}
    target.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


def _text(path: Path) -> str:
    """The text ingest would index; empty for a file it cannot read (it is not in the index either)."""
    try:
        return load(path).text
    except LoadError:
        return ""


def ensure_eval_index(assistant: Any, set_path: Path, echo: Callable[[str], None]) -> dict[str, Any]:
    """Make sure the assistant's index holds exactly the documents of the manifest next to
    ``set_path``; returns the corpus summary for the report. Raises ``click.ClickException`` otherwise."""
    manifest_path = set_path.parent / MANIFEST_NAME
    if not manifest_path.is_file():
        raise click.ClickException(f"{manifest_path} saknas: den anger vilka dokument frågorna skrevs mot. "
                                   "Skriv den med: assistant eval-manifest")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    expected = {d["sha256"] for d in manifest["documents"]}
    index_path = assistant.settings.index_path
    held = {d["sha256"] for d in assistant.index.documents()}
    if held != expected:
        if held and not (index_path / EVAL_MARKER).exists():
            raise click.ClickException(_mismatch(index_path, held, expected, manifest_path))
        _sync_to_manifest(assistant, manifest, manifest_path, echo)
        held = {d["sha256"] for d in assistant.index.documents()}
        if held != expected:
            raise click.ClickException(_mismatch(index_path, held, expected, manifest_path))
    summary = corpus_summary(assistant.index.documents())
    echo(f"Korpus: {summary['documents']} dokument, hash {summary['sha256'][:12]} (som i {manifest_path}).")
    return summary


def _sync_to_manifest(assistant: Any, manifest: dict[str, Any], manifest_path: Path,
                      echo: Callable[[str], None]) -> None:
    files = [Path(d["path"]) for d in manifest["documents"]]
    for doc, path in zip(manifest["documents"], files):
        if not path.is_file() or sha256_text(load(path).text) != doc["sha256"]:
            raise click.ClickException(
                f"{path} finns inte eller har ändrats sedan frågorna skrevs ({manifest_path}). Kör från "
                "projektets rotmapp, eller skriv om manifestet med 'assistant eval-manifest' om ändringen är avsiktlig.")
    index_path = assistant.settings.index_path
    (index_path / EVAL_MARKER).write_text("Byggt av assistant eval; synkas mot evals/corpus.json.\n", encoding="utf-8")
    echo(f"Synkar utvärderingsindexet {index_path} mot {manifest_path} …")
    expected = {d["sha256"] for d in manifest["documents"]}
    with assistant.index.write_lock:
        for doc in assistant.index.documents():
            if doc["sha256"] not in expected:
                assistant.remove(doc["doc_id"])
        summary = assistant.ingest(files)
    echo(summary.format())


def _mismatch(index_path: Path, held: set[str], expected: set[str], manifest_path: Path) -> str:
    missing, extra = len(expected - held), len(held - expected)
    return (f"Indexet i {index_path} håller inte de dokument frågorna skrevs mot ({manifest_path}): "
            f"{missing} av {len(expected)} saknas och {extra} andra finns med. Utvärderingen körs inte på fel "
            f"eller ofullständigt index. Använd ett eget utvärderingsindex, t.ex. --index .cache/eval-index "
            f"(byggs och synkas automatiskt), eller ett tomt index.")
