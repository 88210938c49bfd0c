"""What a search may return: the user's filters (documents, body, type, date range) and who asks (the
document groups they may read). Every query carries one ``Filters``; the index turns it into SQL for the
registry and a ``where`` for Chroma."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import QuestionError, valid_date


@dataclass(frozen=True)
class Filters:
    """What a search may return. ``groups`` is who asks: the document groups the user may read (``None``:
    every document). Every query carries it, so members-only documents never reach another user's hits."""

    documents: tuple[str, ...] = ()  # doc ids
    body: str = ""
    doc_type: str = ""
    date_from: str = ""  # ISO dates, inclusive (a computed period may end on day 31 of any month)
    date_to: str = ""
    groups: tuple[str, ...] | None = None

    @classmethod
    def from_dict(cls, values: dict[str, Any] | None, groups: tuple[str, ...] | None = None) -> "Filters":
        """Filters as users send them (CLI, web, API): every value checked, dates validated here."""
        if values is not None and not isinstance(values, dict):
            raise QuestionError("Filtren ska vara ett objekt med documents, body, doc_type, date_from, date_to.")
        values = {k: v for k, v in (values or {}).items() if v not in (None, "", [], ())}
        unknown = sorted(set(values) - {"documents", "body", "doc_type", "date_from", "date_to"})
        if unknown:
            raise QuestionError(f"Okänt filter: {', '.join(map(str, unknown))} "
                                "(tillåtna: documents, body, doc_type, date_from, date_to).")
        docs = values.pop("documents", ())
        docs = (docs,) if isinstance(docs, str) else docs
        if not isinstance(docs, (list, tuple)) or not all(isinstance(d, str) for d in docs):
            raise QuestionError("Filtret documents ska vara en lista med dokument-id.")
        for name in ("body", "doc_type"):
            if not isinstance(values.get(name, ""), str):
                raise QuestionError(f"Filtret {name} ska vara text.")
        for name, label in (("date_from", "från-datum"), ("date_to", "till-datum")):  # what users type
            values[name] = valid_date(values.get(name), label)
        return cls(documents=tuple(docs), groups=groups, **values)

    def narrows(self) -> bool:
        """Whether the user asked for anything narrower than everything they may see."""
        return bool(self.documents or self.body or self.doc_type or self.date_from or self.date_to)

    def sql(self, hidden: tuple[str, ...] = ()) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if hidden:
            clauses.append(f"doc_id NOT IN ({','.join('?' * len(hidden))})")
            params += list(hidden)
        if self.documents:
            clauses.append(f"doc_id IN ({','.join('?' * len(self.documents))})")
            params += list(self.documents)
        if self.body:
            clauses.append("body = ?")
            params.append(self.body)
        if self.doc_type:
            clauses.append("doc_type = ?")
            params.append(self.doc_type)
        if self.date_from:
            clauses.append("date_int >= ?")
            params.append(_date_int(self.date_from))
        if self.date_to:
            clauses.append("date_int <= ?")
            params.append(_date_int(self.date_to))
        return (" AND ".join(clauses) or "1=1"), params

    def chroma_where(self, hidden: tuple[str, ...] = ()) -> dict[str, Any] | None:
        conditions: list[dict[str, Any]] = []
        if hidden:
            conditions.append({"doc_id": {"$nin": list(hidden)}})
        if self.documents:
            conditions.append({"doc_id": {"$in": list(self.documents)}})
        if self.body:
            conditions.append({"body": self.body})
        if self.doc_type:
            conditions.append({"doc_type": self.doc_type})
        if self.date_from:
            conditions.append({"date_int": {"$gte": _date_int(self.date_from)}})
        if self.date_to:
            conditions.append({"date_int": {"$lte": _date_int(self.date_to)}})
        if not conditions:
            return None
        return conditions[0] if len(conditions) == 1 else {"$and": conditions}


def _date_int(iso: str) -> int:
    return int(iso.replace("-", "")[:8].ljust(8, "0"))
