"""Typeset the stored texts of Motala kommun's tekniska nämnd (texts/*.txt) into PDFs.

The texts are the stored copies of public docplayer.se pages (transcripts of the
nämnd's own minutes) as the `search` tool's `pages` corpus returns them, cut at about
2,000 bytes; see SOURCES.md. Every line of a text becomes its own paragraph (long lines
wrap, left-aligned); empty lines are kept as vertical space. A short first line (the
document title) is set in bold, 3 pt larger.

Two layouts:
  A  DejaVuSans 10 pt, no running header (the minutes of 2007-06-12 and 2010-01-12)
  B  DejaVuSerif 10.5 pt with a running header "Motala kommun – Tekniska nämnden" and a
     footer "Sida N" (the minutes with TN 136 and the minutes of 2007-12-11);
     these header/footer lines are added here and are not in the source.

Usage:  .venv/bin/python evals/probes/motala-tn/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/motala-tn)
"""
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/motala-tn")
FONTS = Path("/usr/share/fonts/truetype/dejavu")

DOCS = {
    "motala_tn_protokoll_2007-06-12": "A",
    "motala_tn_protokoll_2007_tn136": "B",
    "motala_tn_protokoll_2007-12-11": "B",
    "motala_tn_protokoll_2010-01-12": "A",
}


class SerifDoc(FPDF):
    def header(self):
        self.set_font("Serif", "I", 9)
        self.cell(0, 6, "Motala kommun – Tekniska nämnden", align="L")
        self.ln(4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 9)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")


def build(stem, layout):
    lines = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    if layout == "A":
        pdf = FPDF(format="A4")
        pdf.add_font("F", "", str(FONTS / "DejaVuSans.ttf"))
        pdf.add_font("F", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        size, lh = 10, 5
        pdf.set_margins(22, 20, 22)
    else:
        pdf = SerifDoc(format="A4")
        pdf.add_font("F", "", str(FONTS / "DejaVuSerif.ttf"))
        pdf.add_font("F", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
        pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
        pdf.add_font("Serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
        size, lh = 10.5, 5.4
        pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(lines[0][:120])
    pdf.set_author("Motala kommun, tekniska nämnden")
    pdf.add_page()
    for i, line in enumerate(lines):
        if not line.strip():
            pdf.ln(lh * 0.6)
            continue
        if i == 0 and len(line) < 130:
            pdf.set_font("F", "B", size + 3)
            pdf.multi_cell(0, lh + 1.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("F", "", size)
        pdf.multi_cell(0, lh, line, align="L", new_x="LMARGIN", new_y="NEXT")
    OUT.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT / f"{stem}.pdf"))


if __name__ == "__main__":
    for stem, layout in DOCS.items():
        build(stem, layout)
        print("wrote", OUT / f"{stem}.pdf")
