"""Typeset the stored texts of Landstinget Dalarna (texts/*.txt) into PDFs.

The texts are the stored copies of public pages as the `search` tool's `pages` corpus returns them: docplayer.se
transcripts of the county council's own PDFs (minutes of landstingsstyrelsen and its arbetsutskott, a
landstingsfullmäktige agenda, fullmäktige meeting packs and beslutsunderlag), cut by the store at 2,000 bytes; see
SOURCES.md. The .txt files are kept exactly as stored. This script changes only the following, by rule:

* docplayer's web-page lines before the transcript are left out -- the page title (first line), "Storlek: px",
  "Starta visningen från sidan:" and "Transkript". Of the line 'Download "<title>"' only <title> is kept: it is the
  title docplayer took from the first lines of the PDF, and it keeps the dates and times that the transcript drops
  ("Tid: 2013-10-21 kl 10.00-12.05, 13.00-14.10 …"). It is set first, in bold, 1 pt larger; the transcript
  ("1 I II Landstinget DALARNA …") follows.
* every remaining line becomes its own paragraph (long lines wrap, left-aligned); empty lines are kept as vertical
  space.

Two layouts (copied from ../vilhelmina-kommun/make_pdfs.py and ../borasregionen/make_pdfs.py):
  A  DejaVuSans 10 pt, continuous text, no header or footer.
  B  DejaVuSerif 10.5 pt; each transcript page (a line "N …" after the first) starts a new PDF page, with a running
     header "Landstinget Dalarna" and a footer "Sida N" (neither is in the source).

Usage:  .venv/bin/python evals/probes/landstinget-dalarna/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/landstinget-dalarna)
"""
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/landstinget-dalarna")
FONTS = Path("/usr/share/fonts/truetype/dejavu")
HEADER = "Landstinget Dalarna"

DOCS = {
    "dalarna_ls-au_protokoll_odaterat": "A",
    "dalarna_ls-au_protokoll_2013-10-21": "B",
    "dalarna_ls_protokoll_2014-04-07": "A",
    "dalarna_lf_foredragningslista_2014-03-03": "B",
    "dalarna_beslutsunderlag_andringar-i-reglementen": "A",
    "dalarna_beslutsunderlag_glasogon-kontaktlinser": "B",
    "dalarna_beslutsunderlag_kommunalbesvar-budget-2015": "A",
    "dalarna_lf_handlingar_2017-09_del1": "A",
    "dalarna_lf_handlingar_2017-09_del2": "B",
}
CHROME = {"Storlek: px", "Starta visningen från sidan:", "Transkript"}
PAGE_START = re.compile(r"^\d+ ")


def lines_of(stem):
    """The title (from the 'Download "…"' line) and the transcript's lines."""
    lines = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    title = next(ln for ln in lines if ln.startswith('Download "'))[len('Download "'):].removesuffix('"')
    lines = lines[lines.index("Transkript") + 1:]  # a docplayer page: keep only the transcript
    while lines and not lines[0].strip():
        lines.pop(0)
    return title, [ln for ln in lines if ln not in CHROME]


class SerifDoc(FPDF):
    def header(self):
        self.set_font("F", "", 9)
        self.cell(0, 6, HEADER, align="L")
        self.ln(4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("F", "", 9)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")


def build(stem, layout):
    title, lines = lines_of(stem)
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
        pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(title[:80])
    pdf.set_author("Landstinget Dalarna")
    pdf.add_page()
    pdf.set_font("F", "B", size + 1)
    pdf.multi_cell(0, lh + 0.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh * 0.6)
    for i, line in enumerate(lines):
        if not line.strip():
            pdf.ln(lh * 0.6)
            continue
        if layout == "B" and i > 0 and PAGE_START.match(line):
            pdf.add_page()
        pdf.set_font("F", "", size)
        pdf.multi_cell(0, lh, line, align="L", new_x="LMARGIN", new_y="NEXT")
    OUT.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT / f"{stem}.pdf"))


if __name__ == "__main__":
    for stem, layout in DOCS.items():
        build(stem, layout)
        print("wrote", OUT / f"{stem}.pdf")
