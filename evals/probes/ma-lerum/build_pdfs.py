"""Typeset the stored MA Lerum board-minute pages into PDF with fpdf2.

Each sources/<date>.txt holds the text of one public web page of MA Lerum
(https://www.ma-lerum.se/nyheter/...-styrelseprotokoll-<date>/) exactly as the
stored page copy in the `pages` search corpus gave it (see SOURCES.md); the
text is kept line for line, only wrapped where a line is wider than the page.

Run from the repository root:
    .venv/bin/python evals/probes/ma-lerum/build_pdfs.py
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = Path("/work/probes/docs/ma-lerum")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def build(src: Path) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title(f"Styrelseprotokoll MA Lerum {src.stem}")
    pdf.set_author("MA Lerum")
    pdf.add_page()
    for line in src.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if not line.strip():
            pdf.ln(4)
            continue
        bold = line.startswith("Styrelseprotokoll ") or line.startswith("Protokoll MA Lerum")
        pdf.set_font("DejaVu", "B" if bold else "", 13 if line.startswith("Styrelseprotokoll ") else 10)
        indent = (len(line) - len(line.lstrip(" "))) * 2
        pdf.set_x(20 + indent)
        pdf.multi_cell(170 - indent, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
    out = OUT / f"ma-lerum-styrelseprotokoll-{src.stem}.pdf"
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "sources").glob("*.txt")):
        print(build(src))
