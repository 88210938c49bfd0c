"""Typeset the stored web-page texts of Medelpads Räddningstjänstförbund's protocols as PDFs.

The texts in raw_*.json are the stored copies returned by the `pages` search corpus (the first
~1,900 characters of each page on rtjmedelpad.se). Each stored copy stops in the middle of a word;
the only change made here is that the unfinished last line is dropped. Nothing else is cleaned or
fixed (typos such as "Jonssn" are kept). Two layouts are used:
  layout A (direktionen): DejaVuSans, A4, bold title and § headings, blank lines kept.
  layout B (ägarrådet):   DejaVuSerif, A4 with wider margins, bold title, paragraphs spaced.
Usage: python make_pdfs.py OUTDIR
"""
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")


def load_texts():
    texts = {}
    for f in sorted(HERE.glob("raw_*.json")):
        for name, rec in json.load(open(f, encoding="utf-8")).items():
            body = rec["excerpt"].rsplit("\n", 1)[0].rstrip()
            texts[name] = body
    return texts


class Doc(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font(self.base, "", 8)
        self.cell(0, 5, f"{self.page_no()} ({{nb}})", align="R")


def make(name, text, out, layout):
    pdf = Doc(format="A4")
    serif = layout == "B"
    pdf.base = "DVSerif" if serif else "DVSans"
    pfx = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font(pdf.base, "", str(FONTS / f"{pfx}.ttf"))
    pdf.add_font(pdf.base, "B", str(FONTS / f"{pfx}-Bold.ttf"))
    pdf.alias_nb_pages()
    if serif:
        pdf.set_margins(28, 25, 28)
    else:
        pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title(text.split("\n", 1)[0])
    pdf.set_author("Medelpads Räddningstjänstförbund (typeset from stored web page)")
    pdf.add_page()
    lines = text.split("\n")
    size = 11 if serif else 10
    lh = 5.6 if serif else 5.0
    title, rest = lines[0], lines[1:]
    pdf.set_font(pdf.base, "B", 15 if serif else 14)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for ln in rest:
        if ln.strip() == "":
            pdf.ln(lh * (0.6 if serif else 0.5))
            continue
        bold = bool(re.match(r"^\d+ § ", ln)) or ln in {
            "Närvarande", "Justering och sekreterare", "Organ", "Datum, tid och plats",
            "Närvarande vid mötet", "Övriga deltagare", "Tjänstepersoner",
            "Fackliga organisationer", "Direktionens ledamöter", "Direktionens ersättare",
        }
        pdf.set_font(pdf.base, "B" if bold else "", size)
        pdf.multi_cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT",
                       align="J" if (serif and len(ln) > 90) else "L")
    pdf.output(str(out))


def main():
    outdir = Path(sys.argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    for name, text in load_texts().items():
        layout = "B" if "agarrad" in name else "A"
        make(name, text, outdir / f"{name}.pdf", layout)
        print(name, layout)


if __name__ == "__main__":
    main()
