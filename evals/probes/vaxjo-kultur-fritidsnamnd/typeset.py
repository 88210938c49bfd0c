"""Typeset the stored page texts in src/ into PDFs for the vaxjo-kultur-fritidsnamnd probe set.

The texts are the excerpts returned by the `pages` corpus (stored public web pages), kept as
written (no cleaning). Each file becomes one PDF with DejaVuSans, text wrapped to the page width.
Usage: .venv/bin/python evals/probes/vaxjo-kultur-fritidsnamnd/typeset.py /work/probes/docs/vaxjo-kultur-fritidsnamnd
"""
import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SRC = Path(__file__).parent / "src"


def typeset(txt: Path, out: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 20, 20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.set_title(txt.stem)
    pdf.add_page()
    for line in txt.read_text(encoding="utf-8").splitlines():
        if line.strip():
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(5)
    pdf.output(str(out))


def main() -> None:
    dest = Path(sys.argv[1])
    dest.mkdir(parents=True, exist_ok=True)
    for txt in sorted(SRC.glob("*.txt")):
        typeset(txt, dest / (txt.stem + ".pdf"))
        print(dest / (txt.stem + ".pdf"))


if __name__ == "__main__":
    main()
