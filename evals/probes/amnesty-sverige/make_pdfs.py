"""Typeset the stored page texts in sources/*.txt into PDFs with fpdf2.

Each source file holds, line for line, the beginning of a public page of Amnesty International,
svenska sektionen (see SOURCES.md). Every text line becomes one line (wrapped if long) in the PDF;
blank lines are kept as vertical space. Output: /work/probes/docs/amnesty-sverige/<name>.pdf

Run from the repository root:
    .venv/bin/python evals/probes/amnesty-sverige/make_pdfs.py
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = Path("/work/probes/docs/amnesty-sverige")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def make(src: Path) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_creator("evals/probes/amnesty-sverige/make_pdfs.py (fpdf2)")
    pdf.set_title(src.stem)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
    target = OUT / f"{src.stem}.pdf"
    pdf.output(str(target))
    return target


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "sources").glob("*.txt")):
        print(make(src))


if __name__ == "__main__":
    main()
