"""Turn a file on disk into ``LoadedText``: its text exactly as extracted, its pages and any facts.

One loader per format. Errors that users may see are raised as ``LoadError`` with a Swedish message.
``Limits`` bound the work one file may cause (pages, unpacked size, characters); they are checked before
the expensive parsing wherever the format allows.
"""

from __future__ import annotations

import datetime
import io
import logging
import re
import tomllib
import unicodedata
from collections.abc import Callable
from pathlib import Path

import docx
import pypdf
from bs4 import BeautifulSoup
from bs4.dammit import EncodingDetector
from bs4.element import NavigableString, PreformattedString, Tag
from docx.table import Table

from assistant.documents.accents import composed
from assistant.documents.model import Heading, LoadedText, Page
from assistant.documents.pdf_layout import PageLayout, read_layout
from assistant.documents.pdf_text import layout_text
from assistant.documents.limits import Limits, check_inflated_size, check_page_count, too_long
from assistant.errors import LoadError

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")

_SUPPORTED_LIST = ".txt, .md, .pdf, .docx, .html"
logging.getLogger("pypdf").setLevel(logging.ERROR)  # "Ignoring wrong pointing object …" is not for users
_ALLOWED_CONTROLS = frozenset("\n\r\t\f")
_PAGE_MARKER = re.compile(r"^<!-- sida (\d+) -->[ \t]*$", re.MULTILINE)
_FRONT_MATTER_END = re.compile(r"^---[ \t]*$\n?", re.MULTILINE)
_FRONT_MATTER_KEY = re.compile(r"^[A-Za-z_][\w-]*$")
_COMMENT_FRONT_MATTER = re.compile(r"\A\s*<!--[ \t]*\n(?P<body>(?:(?!.*-->).*\n)*?)[ \t]*-->[ \t]*(?:\n|\Z)")
_COMMENT_META = re.compile(r"[ \t]*(?:\.\.[ \t]+)?(?P<key>[A-Za-z_][\w-]*):[ \t]*(?P<value>.*?)[ \t]*")
_ATX_HEADING = re.compile(r"(#{1,6})[ \t]*[^\s#].*")  # "## Beslut", also written "####13. Beslut"
_SETEXT_RULE = re.compile(r"[ \t]*(?:=+|-{3,})[ \t]*")  # the line under a heading: "=====" or "-----"
_FENCE = re.compile(r"[ \t]*(?:```|~~~)")
_HTML_DROPPED = ["script", "style", "noscript", "template", "head", "title"]
_HTML_BLOCKS = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody tfoot thead ul".split()
)


def load(path: Path, limits: Limits | None = None) -> LoadedText:
    """Load a supported file and merge the facts of its ``<name>.meta.toml`` sidecar, if any."""
    path = Path(path)
    limits = limits or Limits()
    suffix = path.suffix.lower()
    loader = _LOADERS.get(suffix)
    if loader is None:
        shown = suffix or "(utan filändelse)"
        raise LoadError(path, f"filtypen {shown} stöds inte (stöds: {_SUPPORTED_LIST})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"filen kan inte läsas: {exc.strerror or exc}") from exc
    if not data.strip():
        raise LoadError(path, "filen är tom")
    if suffix not in (".pdf", ".docx") and len(data) > 4 * limits.max_document_chars:
        raise too_long(path, limits)  # even at four bytes per character the text would be too long
    loaded = loader(path, data, limits)
    if not loaded.text.strip():
        raise LoadError(path, "filen är tom")
    if len(loaded.text) > limits.max_document_chars:
        raise too_long(path, limits)
    loaded.facts.update(_sidecar_facts(path))
    return loaded


# --- plain text and markdown ---------------------------------------------------------------------


def _decode_text(path: Path, data: bytes) -> str:
    """UTF-8 (BOM optional), UTF-16 with BOM, else cp1252 if it yields no stray control characters."""
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    encodings = ("utf-16",) if utf16 else ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _has_stray_controls(text):
            return composed(text.replace("\r\n", "\n"))  # "o" + a combining diaeresis: "ö"
    raise LoadError(path, "kan inte läsa teckenkodningen (inte UTF-8) eller filen är binär")


def _has_stray_controls(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS for ch in text)


def _form_feed_pages(text: str) -> list[Page]:
    """Pages separated by form feeds (the form feed itself belongs to no page); none without any."""
    if "\f" not in text:
        return []
    segments = text.split("\f")
    if not segments[-1].strip():
        segments.pop()  # a final form feed ends the last page rather than starting an empty one
    pages: list[Page] = []
    start = 0
    for number, segment in enumerate(segments, 1):
        pages.append(Page(number, start, start + len(segment)))
        start += len(segment) + 1
    return pages


def _load_txt(path: Path, data: bytes, limits: Limits) -> LoadedText:
    text = _decode_text(path, data)
    return LoadedText(text, _form_feed_pages(text))


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Remove a leading ``---`` YAML block; keep its top-level scalars that are not null or collections."""
    if not text.startswith("---\n"):
        return {}, text
    match = _FRONT_MATTER_END.search(text, 4)
    if match is None:
        return {}, text
    facts: dict[str, str] = {}
    for line in text[4 : match.start()].splitlines():
        key, colon, value = line.partition(":")
        value = value.strip()
        if not colon or not _FRONT_MATTER_KEY.match(key) or not value:
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        elif value in ("null", "~") or value[0] in "[{|>#&*!":
            continue
        facts[key] = value
    return facts, text[match.end() :]


def _split_comment_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Remove a leading HTML comment of ``key: value`` lines (Nikola's and Pelican's ``.. title: …``): the page's
    own metadata, not meeting text. Only its title is kept, as a hint: its date is when the page was published."""
    match = _COMMENT_FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    pairs = [_COMMENT_META.fullmatch(line) for line in match["body"].splitlines() if line.strip()]
    if not pairs or not all(pairs):
        return {}, text
    title = next((m["value"] for m in pairs if m and m["key"].casefold() == "title" and m["value"]), "")
    return ({"title": title} if title else {}), text[match.end():]


def markdown_headings(text: str) -> list[Heading]:
    """ATX headings ("## 12. Fastställande av årsavgift", level = the number of #) and Setext headings (a line
    underlined with "=" for level 1 or "-" for level 2) outside code fences."""
    found, fenced, start = [], False, 0
    lines = text.split("\n")
    for line, under in zip(lines, lines[1:] + [""]):
        end = start + len(line.rstrip())
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (heading := _ATX_HEADING.fullmatch(line.rstrip())):
            found.append(Heading(start, end, len(heading[1])))
        elif not fenced and line.strip() and not _SETEXT_RULE.fullmatch(line) and _SETEXT_RULE.fullmatch(under):
            found.append(Heading(start, end, 1 if "=" in under else 2))
        start += len(line) + 1
    return found


def _marker_pages(text: str) -> list[Page]:
    """Pages from ``<!-- sida N -->`` lines: page N starts at its marker; the first also covers any preamble."""
    markers = list(_PAGE_MARKER.finditer(text))
    if not markers:
        return []
    ends = [marker.start() for marker in markers[1:]] + [len(text)]
    return [
        Page(int(marker.group(1)), marker.start() if i else 0, end)
        for i, (marker, end) in enumerate(zip(markers, ends, strict=True))
    ]


def _load_md(path: Path, data: bytes, limits: Limits) -> LoadedText:
    facts, text = _split_front_matter(_decode_text(path, data))
    hints, text = _split_comment_front_matter(text)
    return LoadedText(text, _marker_pages(text) or _form_feed_pages(text), facts, hints,
                      headings=markdown_headings(text))


# --- PDF ----------------------------------------------------------------------------------------------


def _short(exc: Exception) -> str:
    reason = str(exc).strip() or type(exc).__name__
    return reason if len(reason) <= 120 else reason[:117] + "..."


def _load_pdf(path: Path, data: bytes, limits: Limits) -> LoadedText:
    if b"%PDF-" not in data[:1024]:
        raise LoadError(path, "PDF-filen är skadad eller ingen PDF: PDF-huvud saknas")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:  # pypdf raises many kinds on damaged files; KeyboardInterrupt is not an Exception
        raise LoadError(path, f"PDF-filen är skadad eller ingen PDF: {_short(exc)}") from exc
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED
        except Exception:  # e.g. an AES cipher that needs an optional dependency
            opened = False
        if not opened:
            raise LoadError(path, "PDF-filen är krypterad (lösenordsskyddad)")
    try:
        check_page_count(path, reader, len(data), limits)  # before any page is read
        count = len(reader.pages)
        title = reader.metadata.title if reader.metadata else None
        written = _creation_day(reader)
    except LoadError:
        raise
    except Exception as exc:
        raise LoadError(path, f"PDF-filen är skadad eller ingen PDF: {_short(exc)}") from exc
    if not count:
        raise LoadError(path, "PDF-filen har inga sidor")
    loaded = _pdf_text(path, data, reader)
    if not loaded.text.strip():
        shown = "sida 1" if count == 1 else f"sidorna 1–{count}"
        raise LoadError(path, f"PDF-filen saknar textlager ({shown}; skannad bild?) – kör OCR först")
    loaded.warnings = [f"sida {n} saknar textlager – skannad?" for n in loaded.scanned_pages]
    loaded.hints = {"title": title.strip()} if isinstance(title, str) and title.strip() else {}
    loaded.hints |= {"written": written} if written else {}
    return loaded


def _creation_day(reader: pypdf.PdfReader) -> str:
    """The day the PDF says it was made (ISO), or "" when it does not say or says it badly."""
    try:
        made = reader.metadata.creation_date if reader.metadata else None
    except Exception:  # a malformed date string
        return ""
    return made.date().isoformat() if made else ""


def _pdf_text(path: Path, data: bytes, reader: pypdf.PdfReader) -> LoadedText:
    """The layout pass (pdfplumber); pypdf's plain text for pages it cannot place, or for the whole file
    when pdfplumber cannot open it."""

    def plain(number: int) -> str:
        try:
            return reader.pages[number - 1].extract_text() or ""
        except Exception as exc:
            raise LoadError(path, f"PDF-filen är skadad eller ingen PDF: {_short(exc)}") from exc

    try:
        pages = read_layout(data)
    except Exception:  # pdfminer refuses some files pypdf reads
        pages = [PageLayout(number, 0.0, placed=False) for number in range(1, len(reader.pages) + 1)]
    return layout_text(pages, plain)


# --- Word -----------------------------------------------------------------------------------------------


def _table_rows(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is repeated once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _load_docx(path: Path, data: bytes, limits: Limits) -> LoadedText:
    check_inflated_size(path, data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for content in document.iter_inner_content():
            if isinstance(content, Table):
                blocks.extend(_table_rows(content))
            elif content.text.strip():
                blocks.append(content.text)
        title, made = document.core_properties.title, document.core_properties.created
    except Exception as exc:  # zip, XML and package errors all mean a damaged file
        raise LoadError(path, f"Word-filen är skadad: {_short(exc)}") from exc
    hints = {"title": title.strip()} if title and title.strip() else {}
    return LoadedText("\n\n".join(blocks), [], hints=hints | ({"written": made.date().isoformat()} if made else {}))


# --- HTML -----------------------------------------------------------------------------------------------


def _decode_html(path: Path, data: bytes) -> str:
    """The declared charset when there is no BOM and it works; otherwise as plain text."""
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return composed(data.decode(declared).replace("\r\n", "\n"))
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_text(path, data)


class _HtmlText:
    """Collects the text of block elements as separate blocks, inline text collapsed to single spaces."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.inline: list[str | None] = []  # None marks a <br>
        self.prefix = ""

    def flush(self) -> None:
        lines: list[str] = []
        parts: list[str] = []
        for part in [*self.inline, None]:
            if part is None:
                lines.append(" ".join("".join(parts).split()))
                parts = []
            else:
                parts.append(part)
        self.inline = []
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(self.prefix + text)
            self.prefix = ""

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                self.element(child)
            elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
                self.inline.append(str(child))

    def element(self, tag: Tag) -> None:
        if tag.name == "br":
            self.inline.append(None)
        elif tag.name == "tr":
            self.flush()
            cells = [" ".join(cell.get_text(" ").split()) for cell in tag.find_all(["td", "th"], recursive=False)]
            if any(cells):
                self.blocks.append(" | ".join(cells))
        elif tag.name in _HTML_BLOCKS:
            self.flush()
            if tag.name == "li":
                self.prefix = "- "
            self.walk(tag)
            self.flush()
        else:
            self.walk(tag)


def _load_html(path: Path, data: bytes, limits: Limits) -> LoadedText:
    soup = BeautifulSoup(_decode_html(path, data), "lxml")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text().split()) if title_tag else ""
    for tag in soup.find_all(_HTML_DROPPED):
        tag.decompose()
    collector = _HtmlText()
    collector.walk(soup)
    collector.flush()
    return LoadedText("\n\n".join(collector.blocks), [], hints={"title": title} if title else {})


# --- sidecar --------------------------------------------------------------------------------------------


def _sidecar_facts(path: Path) -> dict[str, str]:
    """Top-level string (and date) values of ``<name>.meta.toml`` beside the file; empty when absent."""
    sidecar = path.with_name(path.name + ".meta.toml")
    if not sidecar.is_file():
        return {}
    try:
        values = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LoadError(sidecar, f"metadatafilen kan inte läsas: {_short(exc)}") from exc
    return {
        key: value if isinstance(value, str) else value.isoformat()
        for key, value in values.items()
        if isinstance(value, (str, datetime.date))
    }


_LOADERS: dict[str, Callable[[Path, bytes, Limits], LoadedText]] = {
    ".txt": _load_txt,
    ".md": _load_md,
    ".pdf": _load_pdf,
    ".docx": _load_docx,
    ".html": _load_html,
    ".htm": _load_html,
}
