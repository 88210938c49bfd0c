"""Typeset the text-only sources of the new-organisation test corpus into PDFs (issue 13).

Some real meeting documents can only be had as text: Jönköpings kommun's minutes exist here only as the
Markdown that a public repository converted from the municipality's PDFs. A user would upload a PDF, so this
script turns each source under tests/fixtures/orgs/<org>/ into a PDF under corpus/<org>/, in one of two
deliberately different layouts:

  fpdf2   drawn with fpdf2: a running header (document kind, body, date) and footer ("Justerandes sign",
          "Utdragsbestyrkande", "Sida x av y") on every page; the header facts as bold labels over their
          values; items flowing one after another as bold "§ 33 Title" lines; field labels (Sammanfattning,
          Yrkanden, Barn- och utbildningsnämndens beslut, ...) run in, in bold, before their first paragraph.
  docx    written with python-docx and converted by LibreOffice (``libreoffice --headless --convert-to pdf``):
          the running header is a three-cell table, the footer a tab-separated line with a PAGE field; the
          header facts form a two-column table; every item starts on a new page with "§ 19" and its title on
          separate lines; field labels are headings of their own; serif body text.

The words are the source's words. Only this is changed, for every file alike:
  - Markdown markup (#, **, _, list dashes, table pipes) becomes formatting; the front matter is dropped;
  - the original PDF's page furniture that the conversion left inline (the header line "**Sammanträdesprotokoll**
    <body>", the lone date under it, "Justerandes sign", "Utdragsbestyrkande", lone page numbers) and the
    converter's "picture ... omitted" note are dropped, because the typeset PDF carries its own running header
    and footer with the same words.

    PYTHONPATH=$PWD .venv/bin/python scripts/typeset_corpus.py     # rewrites every PDF listed in JOBS

fpdf2 output is byte-for-byte reproducible (fixed creation date); LibreOffice stamps its own dates.
"""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "orgs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime.datetime(2026, 11, 30, tzinfo=datetime.timezone.utc)

# (source under tests/fixtures/orgs, layout, output under corpus/)
JOBS = [
    ("jonkoping-bun/barn-och-utbildningsnamnden-2025-03-18.md", "fpdf2",
     "jonkoping-bun/barn-och-utbildningsnamnden-2025-03-18.pdf"),
    ("jonkoping-bun/barn-och-utbildningsnamnden-2025-02-18.md", "docx",
     "jonkoping-bun/barn-och-utbildningsnamnden-2025-02-18.pdf"),
]

_FURNITURE = re.compile(
    r"^(Justerandes sign( Utdragsbestyrkande)?|Utdragsbestyrkande|\d{1,3}|\d{4}-\d{2}-\d{2}"
    r"|\*\*==> picture .* intentionally omitted <==\*\*)$"
)
_RUNNING_HEAD = re.compile(r"^\*\*(Sammanträdesprotokoll)\*\* (.+)$")
_HEADING = re.compile(r"^#{1,6} (.+)$")
_ITEM = re.compile(r"^§ \d+$")
_RUN_IN = re.compile(r"^(\*\*|_)(.+?)\1 ?(.*)$")
_LAST_HEADER_FIELD = "Justeringens plats och tid"


@dataclass
class Block:
    kind: str  # field | para | bullet | table | item
    text: str = ""
    label: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Minutes:
    kind: str  # "Sammanträdesprotokoll"
    body: str
    date: str
    header: list[tuple[str, str]]
    blocks: list[Block]


def _plain(text: str) -> str:
    """Markdown emphasis markers out, words and spacing kept."""
    return re.sub(r"(\*\*|(?<!\w)_|_(?!\w))", "", text).strip()


def _chunks(body: str) -> list[str]:
    """Blank-line separated chunks; a run of table lines stays one chunk."""
    return [c.strip("\n") for c in re.split(r"\n\s*\n", body) if c.strip()]


def _table(chunk: str) -> Block:
    rows = []
    for line in chunk.splitlines():
        cells = [_plain(c) for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r"-*", c) for c in cells):
            continue
        rows.append(cells)
    return Block("table", rows=rows)


def _block(chunk: str) -> Block | None:
    if chunk.startswith("|"):
        return _table(chunk)
    if heading := _HEADING.match(chunk):
        return Block("field", label=_plain(heading.group(1)))
    if chunk.startswith("- "):
        text = re.sub(r"^(- ?)+", "", chunk).strip()
        return Block("bullet", text=text) if text else None
    if run_in := _RUN_IN.match(chunk):
        return Block("para", label=_plain(run_in.group(2)), text=_plain(run_in.group(3)))
    return Block("para", text=_plain(chunk))


def parse_minutes(path: Path) -> Minutes:
    text = path.read_text(encoding="utf-8")
    _, _, body = text.split("---\n", 2)
    kind = name = date = ""
    blocks: list[Block] = []
    for chunk in _chunks(body):
        line = chunk.strip()
        if head := _RUNNING_HEAD.match(line):
            kind, name = head.group(1), head.group(2).strip()
            continue
        if _FURNITURE.match(line):
            date = date or (line if re.fullmatch(r"\d{4}-\d{2}-\d{2}", line) else "")
            continue
        if (block := _block(line)) is not None:
            blocks.append(block)
    header, rest = _split_header(blocks)
    return Minutes(kind, name, date, header, _items(rest))


def _split_header(blocks: list[Block]) -> tuple[list[tuple[str, str]], list[Block]]:
    """The label-value facts of the first page: every field up to 'Justeringens plats och tid'."""
    header: list[tuple[str, str]] = []
    for i, block in enumerate(blocks):
        if block.kind == "field":
            header.append((block.label, ""))
        elif block.kind == "para" and block.label:
            header.append((block.label, block.text))
        elif header:
            label, value = header[-1]
            header[-1] = (label, f"{value} {block.text}".strip())
        if header and header[-1][0] == _LAST_HEADER_FIELD and header[-1][1]:
            return header, blocks[i + 1:]
    return [], blocks


def _items(blocks: list[Block]) -> list[Block]:
    """Join a lone '§ n' heading with the title that follows it into one item block."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "field" and _ITEM.match(block.label) and i + 1 < len(blocks):
            title = blocks[i + 1]
            out.append(Block("item", label=block.label, text=title.label or title.text))
            if title.kind == "para" and title.label and title.text:
                out.append(Block("para", text=title.text))
            i += 2
            continue
        out.append(block)
        i += 1
    return out


def _col_weights(rows: list[list[str]]) -> list[int]:
    """Column widths in proportion to the longest text in each column (capped), so no word is split."""
    width = max(len(r) for r in rows)
    return [min(max((len(r[i]) for r in rows if i < len(r)), default=0), 60) + 4 for i in range(width)]


# --- layout fpdf2 ------------------------------------------------------------------------------------


class _Pdf(FPDF):
    def __init__(self, minutes: Minutes) -> None:
        super().__init__(format="A4")
        self.minutes = minutes
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("DejaVu", style, str(FONT_DIR / name))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED_DATE)
        self.set_title(f"{minutes.kind} {minutes.body} {minutes.date}")

    def header(self) -> None:
        m = self.minutes
        self.set_font("DejaVu", "B", 9)
        self.cell(60, 5, m.kind)
        self.set_font("DejaVu", "", 9)
        self.cell(self.epw - 90, 5, m.body, align="C")
        self.cell(30, 5, m.date, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-16)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font("DejaVu", "", 8)
        third = self.epw / 3
        self.cell(third, 5, "Justerandes sign")
        self.cell(third, 5, "Utdragsbestyrkande", align="C")
        self.cell(third, 5, f"Sida {self.page_no()} av {{nb}}", align="R")


def _fpdf_para(pdf: _Pdf, label: str, text: str, size: float = 10) -> None:
    pdf.set_x(pdf.l_margin)
    if label:
        pdf.set_font("DejaVu", "B", size)
        pdf.write(5, label + ("  " if text else ""))
    pdf.set_font("DejaVu", "", size)
    pdf.write(5, text)
    pdf.ln(7)


def _fpdf_table(pdf: _Pdf, rows: list[list[str]]) -> None:
    pdf.set_font("DejaVu", "", 8)
    weights = _col_weights(rows)
    width = len(weights)
    with pdf.table(borders_layout="HORIZONTAL_LINES", line_height=4.5, first_row_as_headings=False,
                   col_widths=weights) as table:
        for cells in rows:
            row = table.row()
            for cell in cells + [""] * (width - len(cells)):
                row.cell(cell)
    pdf.ln(4)


def _fpdf_block(pdf: _Pdf, block: Block, pending: str) -> str:
    """Draw one block; return the field label still waiting to run into the next paragraph."""
    if pending and (block.kind != "para" or block.label):
        _fpdf_para(pdf, pending, "")
        pending = ""
    if block.kind == "field":
        return block.label
    if block.kind == "item":
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", 13)
        pdf.multi_cell(0, 7, f"{block.label} {block.text}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif block.kind == "table":
        _fpdf_table(pdf, block.rows)
    elif block.kind == "bullet":
        pdf.set_x(pdf.l_margin + 4)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, f"•  {block.text}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    else:
        _fpdf_para(pdf, pending or block.label, block.text)
    return ""


def render_fpdf(minutes: Minutes, out: Path) -> None:
    pdf = _Pdf(minutes)
    pdf.add_page()
    for label, value in minutes.header:
        _fpdf_para(pdf, label, "")
        pdf.set_y(pdf.get_y() - 2)
        _fpdf_para(pdf, "", value)
    pending = ""
    for block in minutes.blocks:
        pending = _fpdf_block(pdf, block, pending)
    if pending:
        _fpdf_para(pdf, pending, "")
    pdf.output(str(out))


# --- layout docx + LibreOffice ------------------------------------------------------------------------


def _field_run(paragraph, instruction: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _docx_running(document, minutes: Minutes) -> None:
    section = document.sections[0]
    table = section.header.add_table(rows=1, cols=3, width=section.page_width - section.left_margin
                                     - section.right_margin)
    for cell, text, bold in zip(table.rows[0].cells, (minutes.kind, minutes.body, minutes.date), (True, False, False)):
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.size = bold, Pt(9)
    footer = section.footer.paragraphs[0]
    footer.add_run("Justerandes sign\tUtdragsbestyrkande\t").font.size = Pt(8)
    _field_run(footer, "PAGE")
    footer.add_run(" (")
    _field_run(footer, "NUMPAGES")
    footer.add_run(")")


def _docx_table(document, rows: list[list[str]], bold_first: bool = False) -> None:
    weights = _col_weights(rows)
    table = document.add_table(rows=0, cols=len(weights))
    table.style = "Table Grid"
    table.autofit = False
    section = document.sections[0]
    usable = section.page_width - section.left_margin - section.right_margin
    widths = [int(usable * w / sum(weights)) for w in weights]
    for column, width in zip(table.columns, widths):
        column.width = width
    for cells in rows:
        row = table.add_row().cells
        for i, text in enumerate(cells + [""] * (len(weights) - len(cells))):
            row[i].width = widths[i]
            run = row[i].paragraphs[0].add_run(text)
            run.bold = bold_first and i == 0
            run.font.size = Pt(9)
    document.add_paragraph()


def render_docx(minutes: Minutes, out: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.name = "Liberation Serif"
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = f"{minutes.kind} {minutes.body} {minutes.date}"
    _docx_running(document, minutes)
    _docx_table(document, [[label, value] for label, value in minutes.header], bold_first=True)
    for block in minutes.blocks:
        if block.kind == "item":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            document.add_heading(block.label, level=1)
            document.add_heading(block.text, level=2)
        elif block.kind == "field":
            document.add_heading(block.label, level=3)
        elif block.kind == "table":
            _docx_table(document, block.rows)
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        else:
            paragraph = document.add_paragraph()
            if block.label:
                paragraph.add_run(block.label + " ").bold = True
            paragraph.add_run(block.text)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / (out.stem + ".docx")
        document.save(source)
        subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=300)
        out.write_bytes((Path(tmp) / (out.stem + ".pdf")).read_bytes())


RENDERERS = {"fpdf2": render_fpdf, "docx": render_docx}


def main() -> int:
    for source, layout, target in JOBS:
        out = ROOT / "corpus" / target
        out.parent.mkdir(parents=True, exist_ok=True)
        RENDERERS[layout](parse_minutes(FIXTURES / source), out)
        print(f"{layout:5}  {source}  ->  corpus/{target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
