"""Typeset the stored page texts of Söderåsens Miljöförbund (texts/*.txt) into PDFs.

The texts are the stored copies of public web pages on smfo.se (see SOURCES.md),
kept exactly as stored (including the truncation at 2,000 bytes and the site's own
typos). Two layouts are used so the set does not share one look:

  A  DejaVuSans, single column, no running header
  B  DejaVuSerif, with a running header line naming the body and the meeting date
     on every page and a page number in the footer

Usage:  .venv/bin/python evals/probes/soderasens-miljoforbund/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/soderasens-miljoforbund)
"""
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/soderasens-miljoforbund")
FONTS = Path("/usr/share/fonts/truetype/dejavu")

BODY = "Direktionen för Söderåsens Miljöförbund"
HEADINGS = {"Direktionens beslut", "Konstituerande mötets beslut", "Beskrivning av ärendet",
            "Ärendebeskrivning", "Beslutande:", "Ej tjänstgörande:", "Ej tjänstegörande;",
            "Deltagande:", "Utses att justera:", "Justeringens plats:", "Prognos 2024"}

# file stem -> (layout, meeting date for the running header)
DOCS = {
    "smfo_direktionen_2022-12-13": ("A", None),
    "smfo_direktionen_2022-12-29": ("B", "2022-12-29"),
    "smfo_direktionen_2023-06-13": ("A", None),
    "smfo_direktionen_2023-08-29": ("B", "2023-08-29"),
    "smfo_direktionen_2023-11-07": ("A", None),
    "smfo_direktionen_2023-12-12": ("B", "2023-12-12"),
    "smfo_direktionen_2024-02-06": ("A", None),
    "smfo_direktionen_2024-06-11": ("B", "2024-06-11"),
    "smfo_direktionen_sida": ("A", None),
}


class SerifDoc(FPDF):
    def __init__(self, date):
        super().__init__(format="A4")
        self.meeting_date = date

    def header(self):
        self.set_font("Serif", "I", 9)
        self.cell(0, 6, f"{BODY} – sammanträde {self.meeting_date}", align="L")
        self.ln(4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 9)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")


def build(stem, layout, date):
    text = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8").rstrip("\n")
    lines = text.split("\n")
    if layout == "A":
        pdf = FPDF(format="A4")
        pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
        pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        fam, size, lh = "Sans", 10, 5
        pdf.set_margins(22, 20, 22)
    else:
        pdf = SerifDoc(date)
        pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
        pdf.add_font("Serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
        pdf.add_font("Serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
        fam, size, lh = "Serif", 10.5, 5.4
        pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(lines[2] if len(lines) > 2 and lines[2] else lines[0])
    pdf.set_author("Söderåsens Miljöförbund")
    pdf.add_page()
    title_done = False
    for i, line in enumerate(lines):
        if not line.strip():
            pdf.ln(lh * 0.5)
            continue
        if not title_done and line.startswith("Direktionens protokoll") or (stem.endswith("sida") and i == 0):
            pdf.set_font(fam, "B", size + 4)
            pdf.multi_cell(0, lh + 2, line, align="L", new_x="LMARGIN", new_y="NEXT")
            title_done = True
            continue
        style = "B" if line.strip() in HEADINGS else ""
        pdf.set_font(fam, style, size)
        pdf.multi_cell(0, lh, line, align="L", new_x="LMARGIN", new_y="NEXT")
    OUT.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT / f"{stem}.pdf"))


if __name__ == "__main__":
    for stem, (layout, date) in DOCS.items():
        build(stem, layout, date)
        print("wrote", OUT / f"{stem}.pdf")
