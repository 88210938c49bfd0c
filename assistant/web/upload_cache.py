"""Gradio keeps every uploaded file in its cache folder and serves it to any signed-in user who knows the
path (``/gradio_api/file=…``). Once an upload has been handled — stored in ``upload_dir``, rejected or
failed — the cached copy is deleted, so a removed or refused file cannot be fetched from there."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from gradio.utils import get_upload_folder


def forget_uploads(paths: Iterable[str | Path] | None) -> None:
    """Delete the cached copies (and their per-upload folders, when empty); never anything outside the cache."""
    cache = Path(get_upload_folder()).resolve()
    for path in paths or []:
        cached = Path(str(path)).resolve()
        if cache not in cached.parents or not cached.is_file():
            continue
        cached.unlink(missing_ok=True)
        if cached.parent != cache:
            with contextlib.suppress(OSError):  # not empty (another upload of the same content) or gone
                cached.parent.rmdir()
