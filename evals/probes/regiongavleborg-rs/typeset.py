"""Typesets the stored page excerpts in excerpts.json into PDFs (fpdf2, DejaVuSans).

The excerpt text is written as stored, unchanged. One line is added at the top
of each PDF: "Källa: <url>" (the address of the stored page), so that a reader can
see where the text comes from. Usage:
  /work/main/.venv/bin/python typeset.py /work/probes/docs/regiongavleborg-rs
"""
import json
import sys
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
here = Path(__file__).parent
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for item in json.loads((here / "excerpts.json").read_text(encoding="utf-8")):
    pdf = FPDF(format="A4")
    pdf.set_title(item["file"])
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=8)
    pdf.multi_cell(0, 4, "Källa: " + item["url"])
    pdf.ln(3)
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 5, item["excerpt"])
    pdf.output(str(out / item["file"]))
    print("wrote", item["file"])
