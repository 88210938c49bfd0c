"""Upload rules: allowed types and sizes, and safe names inside the upload folder."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

ALLOWED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".html", ".htm")
ALLOWED_LABEL = "PDF, Word (.docx), text (.txt), Markdown (.md) och webbsidor (.html)"


class UploadRejected(Exception):
    """An uploaded file that is not stored; the message is Swedish and meant for users."""


def safe_filename(name: str) -> str:
    """A file name that is safe to store: the last path part only, letters, digits and ``._-``."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", str(name or "")))[-1]
    base = re.sub(r"[^\w.\- ]", "_", base, flags=re.UNICODE)
    base = re.sub(r"[\s_]+", "_", base).strip("._- ")
    base = re.sub(r"\.{2,}", ".", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem.strip("._- ")[:100] or "dokument"
    return f"{stem}.{suffix.lower()}" if suffix else stem


def store_upload(source: Path, upload_dir: Path, max_mb: int, name: str | None = None) -> Path:
    """Copy an uploaded file into ``upload_dir`` under a safe name; never anywhere else."""
    source = Path(source)
    filename = safe_filename(name or source.name)
    suffix = Path(filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        shown = f"{suffix}-filer" if suffix else "filer utan filändelse"
        raise UploadRejected(f"{shown} kan inte läsas in. Tillåtna filtyper: {ALLOWED_LABEL}.")
    size = source.stat().st_size
    if size == 0:
        raise UploadRejected("Filen är tom.")
    if size > max_mb * 1024 * 1024:
        raise UploadRejected(f"Filen är för stor ({size / 1024 / 1024:.1f} MB). "
                             f"Största tillåtna storlek är {max_mb} MB.")
    root = Path(upload_dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    target = (root / filename).resolve()
    if target.parent != root:  # cannot happen after safe_filename; checked anyway
        raise UploadRejected("Ogiltigt filnamn.")
    shutil.copyfile(source, target)
    return target
