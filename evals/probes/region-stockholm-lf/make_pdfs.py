"""Typeset the stored page texts (texts/*.txt) of Stockholms läns landsting's
landstingsfullmäktige into PDFs, one line of stored text per paragraph.

The texts are copies of the search tool's stored public pages (see SOURCES.md);
long lines are wrapped by the layout, nothing is added to the text.
Agendas (föredragningslista) use DejaVuSans, minutes (protokoll) DejaVuSerif.

Usage:  .venv/bin/python evals/probes/region-stockholm-lf/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/region-stockholm-lf)
"""
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/region-stockholm-lf")
FONTS = Path("/usr/share/fonts/truetype/dejavu")


def build(txt: Path) -> None:
    serif = "protokoll" in txt.stem
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    fam = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font(fam, "", str(FONTS / f"{fam}.ttf"))
    pdf.add_page()
    pdf.set_font(fam, "", 10.5 if serif else 10)
    for line in txt.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            pdf.ln(4)
            continue
        indent = len(line) - len(line.lstrip(" "))
        pdf.set_x(20 + 3 * indent)
        pdf.multi_cell(0, 5.2, line.strip(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_title(txt.stem)
    pdf.output(str(OUT / f"{txt.stem}.pdf"))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for t in sorted((HERE / "texts").glob("*.txt")):
        build(t)
        print("wrote", OUT / f"{t.stem}.pdf")
