"""The documents' texts as answers read them: each text once per answer, with its pages and the spans no chunk
holds (running headers and footers, page markers)."""

from __future__ import annotations

import json
import re

from assistant.index.store import Index

_LIST_MARKS = re.compile(r"[\s•·▪*–-]+")


class SourceTexts:
    """Document texts and page spans, read once per answer."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._texts: dict[str, str] = {}
        self._structures: dict[str, dict] = {}

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            self._texts[doc_id] = self.index.document_text(doc_id)
        return self._texts[doc_id]

    def page(self, doc_id: str, offset: int) -> int:
        for number, start, end in self._structure(doc_id).get("pages", []):
            if start <= offset < end:
                return number
        return 0

    def adjoins(self, doc_id: str, end: int, start: int) -> bool:
        """Nothing but line breaks, list marks or one space stands between ``end`` and ``start``: the rows of one
        list, the sentences of one paragraph, are one passage to quote; two cells of one line (columns apart) are
        not."""
        gap = self.text(doc_id)[end:start] if end <= start else "?"
        return not _LIST_MARKS.sub("", gap) and ("\n" in gap or len(gap) <= 1)

    def noise(self, doc_id: str) -> list[tuple[int, int]]:
        """The spans no chunk holds: running headers and footers, page markers."""
        return [(start, end) for start, end in self._structure(doc_id).get("noise", [])]

    def _structure(self, doc_id: str) -> dict:
        if doc_id not in self._structures:
            row = self.index.document(doc_id)
            self._structures[doc_id] = json.loads(row["structure"]) if row else {}
        return self._structures[doc_id]
