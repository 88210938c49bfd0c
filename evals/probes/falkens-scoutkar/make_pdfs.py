"""Typeset the stored text of Falkens scoutkår's web-page minutes into PDFs.

The texts in texts/ are the pages as the `search` tool's `pages` corpus stored them
(http://falkenscout.se/?i=record&s=view_one&ID=...), copied without cleaning or fixing.
Each PDF holds exactly one text, set in DejaVu Sans 10 pt, line breaks kept.

Usage: .venv/bin/python evals/probes/falkens-scoutkar/make_pdfs.py [OUTDIR]
"""
import sys
from pathlib import Path

from datetime import datetime, timezone

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/falkens-scoutkar")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def typeset(src: Path, dst: Path) -> None:
    text = src.read_text(encoding="utf-8").rstrip("\n")
    pdf = FPDF(format="A4")
    pdf.set_title(src.stem)
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, text)
    pdf.output(str(dst))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "texts").glob("*.txt")):
        dst = OUT / (src.stem + ".pdf")
        typeset(src, dst)
        print(dst)


if __name__ == "__main__":
    main()
