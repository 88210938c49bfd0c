"""Typeset the stored page texts in texts/*.txt into PDFs (fpdf2, DejaVuSans).

Each line of a text file becomes one paragraph in the PDF (long lines wrap);
empty lines stay empty lines. Nothing is added to or removed from the text.

Run from the repository root:
    .venv/bin/python evals/probes/krokom-kommun/make_pdfs.py
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = Path("/work/probes/docs/krokom-kommun")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def build(src: Path, dst: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_title(src.stem)
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.strip():
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(5)
    pdf.output(str(dst))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "texts").glob("*.txt")):
        build(src, OUT / (src.stem + ".pdf"))
        print("wrote", OUT / (src.stem + ".pdf"))
