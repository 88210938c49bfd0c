"""Typeset the stored DVF (Umeå) board-minute pages into PDFs with fpdf2.

The text of each page is taken as written from source_texts.json (the stored copy
of people.cs.umu.se/~dvf/protokoll/<YYMMDD>.html). Nothing is corrected.
Layout A (pages that kept their plain-text layout): monospace, tabs expanded to
8 columns, running header with the source address and page number.
Layout B (pages stored as flowed text): proportional font, wrapped, no header.
Usage: python typeset.py OUTDIR
"""
import json
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")


class HeaderPDF(FPDF):
    source = ""

    def header(self):
        self.set_font("mono", size=7)
        self.cell(0, 4, f"{self.source}    sida {self.page_no()}", align="R")
        self.ln(8)


def out_name(key: str) -> str:
    yy, mm, dd = key[:2], key[2:4], key[4:6]
    return f"dvf_styrelsemote_19{yy}-{mm}-{dd}.pdf"


def layout_a(key, entry, out):
    pdf = HeaderPDF(format="A4")
    pdf.source = entry["url"]
    pdf.add_font("mono", fname=str(FONTS / "DejaVuSansMono.ttf"))
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("mono", size=9)
    for line in entry["text"].expandtabs(8).split("\n"):
        pdf.cell(0, 4.4, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out / out_name(key)))


def layout_b(key, entry, out):
    pdf = FPDF(format="A4")
    pdf.add_font("sans", fname=str(FONTS / "DejaVuSans.ttf"))
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("sans", size=10.5)
    for para in entry["text"].split("\n"):
        pdf.multi_cell(0, 5.6, para, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out / out_name(key)))


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    data = json.loads((HERE / "source_texts.json").read_text(encoding="utf-8"))
    for key, entry in data.items():
        (layout_a if entry["layout"] == "A" else layout_b)(key, entry, out)
        print(out_name(key))


if __name__ == "__main__":
    main()
