"""Typeset a probe set's stored docplayer.se pages (texts/<stem>.txt) into PDFs in two layouts.

A stored docplayer page starts with web-page lines (docplayer's page title, 'Download "<title>"', "Transkript" …)
before the transcript of the original PDF. Of a text that has a line "Transkript" only the lines after it are kept
(leading empty lines dropped); texts without it (other web pages) are kept whole. Then the set's ``chrome`` lines
and the lines that start with one of its ``drop_prefixes`` are left out. Every remaining line becomes its own
paragraph (long lines wrap, left-aligned); empty lines are kept as vertical space.

  A  DejaVuSans 10 pt, continuous text, no header or footer (the layout A of ./typeset_texts.py)
  B  DejaVuSerif 10.5 pt; each line that matches the set's ``page_start`` (after the first) starts a new PDF page;
     a footer "Sida N" and, if the set names one, a running header, neither in the source

Each set's make_pdfs.py names its documents, their layouts and its ``Docplayer`` settings; see its SOURCES.md.
"""
import re
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from typeset_texts import layout_a, layout_b

DOWNLOAD = 'Download "'


@dataclass(frozen=True)
class Docplayer:
    """A set's settings. ``author``: the PDFs' author; ``chrome``: whole web-page lines left out;
    ``page_start``: the regex of a line that starts a transcript page (layout B); ``drop_prefixes``: lines that
    start with one of these are left out; ``download_title``: set the title of the 'Download "<title>"' line first,
    in bold, 1 pt larger (it is also the PDF title, else the first line is); ``title_chars``: a first line shorter
    than this is set in bold, 3 pt larger (0: never); ``header``: layout B's running header (None: none);
    ``top_b``: layout B's top margin in mm."""

    author: str
    chrome: frozenset[str]
    page_start: str
    drop_prefixes: tuple[str, ...] = ()
    download_title: bool = False
    title_chars: int = 0
    header: str | None = None
    top_b: float = 20


def typeset(texts: Path, out: Path, docs: dict[str, str], style: Docplayer) -> None:
    """Write out/<stem>.pdf for every stem of ``docs`` in its layout ("A" or "B")."""
    for stem, layout in docs.items():
        pdf = _build(texts / f"{stem}.txt", layout, style)
        out.mkdir(parents=True, exist_ok=True)
        pdf.output(str(out / f"{stem}.pdf"))
        print("wrote", out / f"{stem}.pdf")


def lines_of(path: Path, style: Docplayer) -> tuple[str | None, list[str]]:
    """The title of the 'Download "…"' line (None if there is none) and the lines to typeset."""
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    title = next((ln[len(DOWNLOAD):].removesuffix('"') for ln in lines if ln.startswith(DOWNLOAD)), None)
    if "Transkript" in lines:  # a docplayer page: keep only the transcript
        lines = lines[lines.index("Transkript") + 1:]
        while lines and not lines[0].strip():
            lines.pop(0)
    return title, [ln for ln in lines if ln not in style.chrome and not ln.startswith(style.drop_prefixes)]


def _build(path: Path, layout: str, style: Docplayer) -> FPDF:
    title, lines = lines_of(path, style)
    if style.download_title and title is None:
        raise ValueError(f'{path}: no line {DOWNLOAD}…" to take the title from')
    pdf = layout_a() if layout == "A" else layout_b(style.header, style.top_b, italic_header=False)
    size, lh = (10, 5) if layout == "A" else (10.5, 5.4)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title((title if style.download_title else lines[0])[:80])
    pdf.set_author(style.author)
    pdf.add_page()
    if style.download_title:
        pdf.set_font("F", "B", size + 1)
        pdf.multi_cell(0, lh + 0.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(lh * 0.6)
    page_start = re.compile(style.page_start)
    for i, line in enumerate(lines):
        if not line.strip():
            pdf.ln(lh * 0.6)
            continue
        if layout == "B" and i > 0 and page_start.match(line):
            pdf.add_page()
        if i == 0 and len(line) < style.title_chars:
            pdf.set_font("F", "B", size + 3)
            pdf.multi_cell(0, lh + 1.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", size)
        pdf.multi_cell(0, lh, line, align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf
