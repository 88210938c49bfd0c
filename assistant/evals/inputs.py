"""What an evaluation reads: question sets, the indexed documents' texts, retrieved passages graded
against gold quotes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


from assistant.evals.metrics import first_hit_rank, passage_has_gold

# ---------------------------------------------------------------------------------------------------
# Inputs: question sets and document texts
# ---------------------------------------------------------------------------------------------------


def load_questions(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                row.setdefault("history", [])
                row.setdefault("key_facts", [])
                row.setdefault("gold", [])
                row.setdefault("answerable", bool(row["gold"]))
                row.setdefault("type", "okänd")
                rows.append(row)
    return rows


class DocTexts:
    """The indexed documents' texts by doc id and by file name (the gold quotes name files)."""

    def __init__(self, index: Any) -> None:
        self.by_id: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        self.paths: dict[str, str] = {}
        for doc in index.documents():
            self.by_id[doc["doc_id"]] = index.document_text(doc["doc_id"])
            self.name_of[doc["doc_id"]] = Path(doc["path"]).name
            self.paths[doc["doc_id"]] = doc["path"]
        self._index = index
        self._spans: list[tuple[str, str]] | None = None

    def chunk_spans(self) -> list[tuple[str, str]]:
        """(file name, span text) of every chunk in the index."""
        if self._spans is None:
            self._spans = [(self.name_of[doc_id], text[int(c.metadata["start"]):int(c.metadata["end"])])
                           for doc_id, text in self.by_id.items() for c in self._index.document_chunks(doc_id)]
        return self._spans


@dataclass
class Passage:
    """A retrieved passage, reduced to what the metrics need."""

    doc_id: str
    doc_name: str
    start: int
    end: int
    score: float
    text: str = ""


def grade_retrieval(passages: Sequence[Passage], texts: DocTexts, gold: Sequence[dict[str, str]]) -> tuple[
        int | None, list[dict[str, Any]]]:
    shown, flags = [], []
    for p in passages:
        hit = passage_has_gold(p.doc_name, texts.by_id.get(p.doc_id, "")[p.start:p.end], gold)
        flags.append(hit)
        shown.append({"doc": p.doc_name, "start": p.start, "end": p.end, "score": round(p.score, 4), "gold": hit})
    return first_hit_rank(flags), shown
