"""Typeset the Hembygdsföreningen Gratian minutes (texts/*.txt) into PDFs.

The .txt files hold the text of stored public web pages (see SOURCES.md),
kept as written.  Each line of a .txt file becomes one paragraph in the PDF;
empty lines become vertical space.  Nothing is added to the text.

Usage: .venv/bin/python evals/probes/gratian/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/gratian)
"""
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def typeset(src: Path, dst: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=11)
    pdf.set_title(src.stem)
    pdf.add_page()
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.strip() == "":
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(dst))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/gratian")
    out.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "texts").glob("*.txt")):
        typeset(src, out / (src.stem + ".pdf"))
        print("wrote", out / (src.stem + ".pdf"))


if __name__ == "__main__":
    main()
