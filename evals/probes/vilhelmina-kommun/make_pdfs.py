"""Typeset the stored texts of Vilhelmina kommun (texts/*.txt) into PDFs.

The texts are the stored copies of public pages as the `search` tool's `pages` corpus
returns them (docplayer.se transcripts of the municipality's own protocol PDFs, and two
pages of vilhelmina.se), cut by the store at about 2,000 bytes; see SOURCES.md. The .txt
files are kept exactly as stored. This script changes only the following, by rule:

* docplayer pages: the web-page lines before the transcript are left out -- docplayer's
  page title (first line), "Save this PDF as:", " WORD  PNG  TXT  JPG", "Storlek: px",
  "Starta visningen från sidan:", the 'Download "…"' line and "Transkript". The PDF
  starts with the transcript ("1 VILHELMINA KOMMUN PROTOKOLL …").
* every remaining line becomes its own paragraph (long lines wrap, left-aligned); empty
  lines are kept as vertical space. On the vilhelmina.se pages a short first line (the
  page title) is set in bold, 3 pt larger.

Two layouts:
  A  DejaVuSans 10 pt, continuous text, no header or footer.
  B  DejaVuSerif 10.5 pt; each transcript page ("N VILHELMINA KOMMUN PROTOKOLL …") starts
     a new PDF page, and a footer "Sida N" is added (the footer is not in the source).

Usage:  .venv/bin/python evals/probes/vilhelmina-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/vilhelmina-kommun)
"""
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/vilhelmina-kommun")
FONTS = Path("/usr/share/fonts/truetype/dejavu")

DOCS = {
    "vilhelmina_sn_protokoll_2012-12-12": "B",
    "vilhelmina_sn_protokoll_2014-11-05": "A",
    "vilhelmina_sn_protokoll_2016-06-09": "B",
    "vilhelmina_kf_protokoll_2004-06-21": "A",
    "vilhelmina_kf_protokoll_2012-06-11": "A",
    "vilhelmina_kf_protokoll_2012-11-26": "A",
    "vilhelmina_kf_protokoll_2013-10-14": "B",
    "vilhelmina_kf_protokoll_2015-10-19": "B",
    "vilhelmina_webb_kommunfullmaktige": "A",
    "vilhelmina_webb_kf-sammantrader-2023-10-09": "A",
}
CHROME = {"Save this PDF as:", " WORD  PNG  TXT  JPG", "Storlek: px", "Starta visningen från sidan:",
          "Transkript"}
PAGE_START = re.compile(r"^\d+ VILHELMINA KOMMUN PROTOKOLL ")


def lines_of(stem):
    lines = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    if "Transkript" in lines:  # a docplayer page: keep only the transcript
        lines = lines[lines.index("Transkript") + 1:]
        while lines and not lines[0].strip():
            lines.pop(0)
    return [ln for ln in lines if ln not in CHROME and not ln.startswith('Download "')]


class SerifDoc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("F", "", 9)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")


def build(stem, layout):
    lines = lines_of(stem)
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
        size, lh = 10.5, 5.4
        pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(lines[0][:80])
    pdf.set_author("Vilhelmina kommun")
    pdf.add_page()
    for i, line in enumerate(lines):
        if not line.strip():
            pdf.ln(lh * 0.6)
            continue
        if layout == "B" and i > 0 and PAGE_START.match(line):
            pdf.add_page()
        if i == 0 and len(line) < 80:
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
