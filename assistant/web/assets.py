"""The CSS and JavaScript the app ships, kept as files in ``static/`` (package data)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"


@cache
def static_text(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8").strip()
