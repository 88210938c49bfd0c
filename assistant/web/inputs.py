"""Checking what users type in the filter fields (dates are validated by ``assistant.errors.valid_date``)."""

from __future__ import annotations

from typing import Any

from assistant.errors import valid_date


def build_filters(documents: list[str] | None, body: str | None, doc_type: str | None, date_from: str | None,
                  date_to: str | None) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    if documents:
        filters["documents"] = list(documents)
    if body:
        filters["body"] = body
    if doc_type:
        filters["doc_type"] = doc_type
    if valid_date(date_from, "från datum"):
        filters["date_from"] = valid_date(date_from, "från datum")
    if valid_date(date_to, "till datum"):
        filters["date_to"] = valid_date(date_to, "till datum")
    return filters
