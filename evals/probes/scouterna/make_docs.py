"""Typeset the stored page texts in texts/ into PDFs with fpdf2, one line of the
stored text per paragraph (long lines wrap), DejaVu Sans.

    .venv/bin/python evals/probes/scouterna/make_docs.py
writes /work/probes/docs/scouterna/<name>.pdf
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = Path("/work/probes/docs/scouterna")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def typeset(src: Path, dst: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10.5)
    pdf.add_page()
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5.2, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1))
    pdf.output(str(dst))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "texts").glob("*.txt")):
        dst = OUT / (src.stem + ".pdf")
        typeset(src, dst)
        print(dst)
