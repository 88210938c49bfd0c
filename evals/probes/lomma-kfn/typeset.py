"""Typeset the Lomma kultur- och fritidsnämnden minutes excerpts (texts/*.txt) into PDFs.

Each text is the start of the pdftotext -layout conversion that the public repository
richardthorsell/lomma-partiguide keeps beside the municipality's PDF (see SOURCES.md), copied line
for line. A new page starts at each running header "KULTUR- OCH FRITIDSNÄMNDEN ... SAMMANTRÄDESPROTOKOLL".
Set in DejaVu Sans Mono 7 pt on A4, one text line per line; over-long lines wrap.

Run from the repository root:
    .venv/bin/python evals/probes/lomma-kfn/typeset.py /work/probes/docs/lomma-kfn
"""
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def pages(text: str):
    page = []
    for line in text.split("\n"):
        if line.startswith("KULTUR- OCH FRITIDSNÄMNDEN") and page:
            yield page
            page = []
        page.append(line)
    if page:
        yield page


def typeset(src: Path, dst: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(10, 10, 10)
    pdf.set_auto_page_break(True, 10)
    pdf.add_font("Mono", "", FONT)
    pdf.set_font("Mono", size=7)
    pdf.set_title(src.stem.replace("_", " ") + " (Lomma kommun, kultur- och fritidsnämnden)")
    for lines in pages(src.read_text(encoding="utf-8").rstrip("\n")):
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 3.2, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(dst))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/probes/docs/lomma-kfn")
    out.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "texts").glob("*.txt")):
        typeset(src, out / (src.stem + ".pdf"))
        print("wrote", out / (src.stem + ".pdf"))
