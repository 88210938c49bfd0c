"""Typeset the stored page texts in texts/ into PDFs for the simrishamn probe set.

Each texts/<name>.txt is the stored start of one public web page (see SOURCES.md), copied as the
search tool returned it. Every line of the text is kept as a paragraph of its own (long lines wrap);
nothing is added or removed. Run from the repository root:
    .venv/bin/python evals/probes/simrishamn/make_pdfs.py
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = Path("/work/probes/docs/simrishamn")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def typeset(src: Path, dst: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10.5)
    pdf.set_creator("fpdf2 (evals/probes/simrishamn/make_pdfs.py)")
    pdf.add_page()
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(dst))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "texts").glob("*.txt")):
        dst = OUT / (src.stem + ".pdf")
        typeset(src, dst)
        print(dst)
