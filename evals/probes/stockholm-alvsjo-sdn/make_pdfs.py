"""Typeset the stored page excerpts of Älvsjö stadsdelsnämnd (Stockholms stad) into PDFs.

The texts in text/*.txt are the excerpts that the stored-pages corpus returns for the
insynsverige.se meeting pages (see SOURCES.md), copied line for line. Each line of the
text becomes a line (wrapped where too long) of the PDF; blank lines are kept.

    .venv/bin/python evals/probes/stockholm-alvsjo-sdn/make_pdfs.py
writes /work/probes/docs/stockholm-alvsjo-sdn/<name>.pdf
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = Path("/work/probes/docs/stockholm-alvsjo-sdn")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def typeset(src: Path, dst: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_title(src.stem)
    pdf.set_creator("make_pdfs.py (fpdf2)")
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in src.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            pdf.multi_cell(0, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(5)
    pdf.output(str(dst))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "text").glob("*.txt")):
        dst = OUT / (src.stem + ".pdf")
        typeset(src, dst)
        print(dst)


if __name__ == "__main__":
    main()
