"""Checking what users type: dates, filters and the login setting."""

from __future__ import annotations

from datetime import date
from typing import Any

DATE_HINT = "Datum skrivs ÅÅÅÅ-MM-DD, till exempel 2024-03-14."


def parse_auth(value: str) -> list[tuple[str, str]]:
    """``"anna:hemligt,bo:lösen"`` → ``[("anna", "hemligt"), ("bo", "lösen")]``."""
    pairs = []
    for entry in (value or "").split(","):
        entry = entry.strip()
        if not entry:
            continue
        user, sep, password = entry.partition(":")
        if not sep or not user.strip() or not password:
            raise ValueError("Inställningen auth ska ha formen användare:lösenord, flera åtskilda med komma.")
        pairs.append((user.strip(), password))
    return pairs


def valid_date(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"”{value}” är inte ett datum. {DATE_HINT}") from None


def build_filters(documents: list[str] | None, body: str | None, doc_type: str | None, date_from: str | None,
                  date_to: str | None) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    if documents:
        filters["documents"] = list(documents)
    if body:
        filters["body"] = body
    if doc_type:
        filters["doc_type"] = doc_type
    if valid_date(date_from or ""):
        filters["date_from"] = valid_date(date_from or "")
    if valid_date(date_to or ""):
        filters["date_to"] = valid_date(date_to or "")
    return filters
