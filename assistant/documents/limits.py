"""How much work one file may cause, checked before the expensive parsing: pages of a PDF (counted in the
page tree, absolute and relative to the file's size), the unpacked size of a .docx (from the zip directory)
and the characters of a document's text. Values come from the settings."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, fields
from pathlib import Path

import pypdf

from assistant.errors import LoadError
from assistant.settings import Settings


@dataclass(frozen=True)
class Limits:
    """How much work one file may cause; checked before parsing where the format allows."""

    max_document_chars: int = 3_000_000
    max_pdf_pages: int = 5000
    min_pdf_bytes_per_page: int = 50
    max_inflated_mb: int = 40
    max_compression_ratio: int = 100

    @classmethod
    def from_settings(cls, settings: Settings) -> "Limits":
        return cls(**{f.name: getattr(settings, f.name) for f in fields(cls)})


def too_long(path: Path, limits: Limits) -> LoadError:
    shown = f"{limits.max_document_chars:_}".replace("_", " ")
    return LoadError(path, f"texten är för lång: mer än {shown} tecken (gränsen max_document_chars); "
                           "dela upp dokumentet")


def check_page_count(path: Path, reader: pypdf.PdfReader, size: int, limits: Limits) -> None:
    """Count the page tree's leaves without expanding it: a tree whose nodes share kids can claim tens of
    thousands of pages from a few kilobytes. Refuse more pages than the absolute cap or than the file's
    bytes can hold."""
    by_size = size // limits.min_pdf_bytes_per_page if limits.min_pdf_bytes_per_page else limits.max_pdf_pages
    allowed = min(limits.max_pdf_pages, max(by_size, 1))
    try:
        stack = [reader.trailer["/Root"]["/Pages"]]
    except Exception:  # noqa: BLE001 - no page tree: pypdf reports it below
        return
    pages = visits = 0
    while stack:
        node = stack.pop()
        visits += 1
        kids = node.get("/Kids") if hasattr(node, "get") else None
        if kids is None:
            pages += 1
        else:
            stack.extend(kid.get_object() for kid in kids if kid is not None)
        if pages > allowed or visits > 4 * allowed + 100:
            reason = (f"fler än {limits.max_pdf_pages} sidor (gränsen max_pdf_pages)" if allowed == limits.max_pdf_pages
                      else f"fler sidor (över {allowed}) än en fil på {size} byte kan rymma; sidträdet är trasigt eller manipulerat")
            raise LoadError(path, f"PDF-filen har {reason}")


def check_inflated_size(path: Path, data: bytes, limits: Limits) -> None:
    """A small .docx can unpack to gigabytes of XML; read the zip directory before parsing anything."""
    try:
        entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError):
        return  # not a zip: python-docx reports the damage
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_inflated_mb * 1024 * 1024:
        raise LoadError(path, f"Word-filen packas upp till {total / 1024 / 1024:.0f} MB, mer än "
                              f"{limits.max_inflated_mb} MB (gränsen max_inflated_mb)")
    for entry in entries:
        if entry.file_size > 1024 * 1024 and entry.file_size > limits.max_compression_ratio * max(entry.compress_size, 1):
            raise LoadError(path, f"Word-filen ser ut som en zip-bomb: {entry.filename} packas upp "
                                  f"{entry.file_size // max(entry.compress_size, 1)} gånger (gränsen "
                                  f"max_compression_ratio är {limits.max_compression_ratio})")
