"""Uploads: allowed types and sizes, safe names inside the upload folder, and never destroying.

An upload is first copied to a hidden temporary file next to its target and read from there; only
when it was ingested (new or changed) is it moved into place. A failed or duplicate upload leaves
the stored original and the index exactly as they were.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
import uuid
from pathlib import Path

from assistant.errors import UploadError
from assistant.index.ingest import FileResult, Ingestor, file_state

ALLOWED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".html", ".htm")
ALLOWED_LABEL = "PDF, Word (.docx), text (.txt), Markdown (.md) och webbsidor (.html)"


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


def stage_upload(source: Path, upload_dir: Path, max_mb: int, name: str | None = None) -> tuple[Path, Path]:
    """Check an uploaded file and copy it to a temporary name in ``upload_dir``; returns (temporary
    file, target). The target is inside ``upload_dir`` under a safe name; nothing is written there yet."""
    source = Path(source)
    filename = safe_filename(name or source.name)
    suffix = Path(filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        shown = f"{suffix}-filer" if suffix else "filer utan filändelse"
        raise UploadError(f"{shown} kan inte läsas in. Tillåtna filtyper: {ALLOWED_LABEL}.")
    size = source.stat().st_size
    if size == 0:
        raise UploadError("Filen är tom.")
    if size > max_mb * 1024 * 1024:
        raise UploadError(f"Filen är för stor ({size / 1024 / 1024:.1f} MB). "
                             f"Största tillåtna storlek är {max_mb} MB.")
    root = Path(upload_dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    target = (root / filename).resolve()
    if target.parent != root:  # cannot happen after safe_filename; checked anyway
        raise UploadError("Ogiltigt filnamn.")
    temp = root / f".uppladdning-{uuid.uuid4().hex[:12]}-{filename}"  # hidden: a sync never reads it
    shutil.copyfile(source, temp)
    return temp, target


def ingest_upload(ingestor: Ingestor, temp: Path, target: Path) -> FileResult:
    """Ingest a staged upload as the document at ``target``, then move it into place; a failure or
    a duplicate removes the temporary file and leaves the original and the index untouched."""
    state = file_state(temp)
    # until the move below, the recorded state of the target no longer vouches for it: if the app dies
    # in between, the next sync reads the target from disk again
    ingestor.index.forget_file(str(target))
    result = ingestor.ingest_file(temp, as_path=target)
    if result.status in ("indexerad", "uppdaterad"):
        os.replace(temp, target)  # a rename keeps size and mtime: the state taken above stays true
        ingestor.index.record_file(str(target), result.doc_id, state, result.status)
    else:
        temp.unlink(missing_ok=True)
    return result
