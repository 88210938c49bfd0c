"""Typeset a probe set's stored texts (texts/<stem>.txt) into PDFs in two layouts, for sets whose documents could
only be obtained as text. Every line of a text becomes its own paragraph (long lines wrap, left-aligned); empty
lines are kept as vertical space; a short first line (the title) is set in bold, 3 pt larger.

  A  DejaVuSans 10 pt, no running header
  B  DejaVuSerif 10.5 pt with a running header (the organisation) and a footer "Sida N", neither in the source

Each set's make_pdfs.py names its documents, their layouts and its header; see its SOURCES.md.
"""
from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def typeset(texts: Path, out: Path, docs: dict[str, str], header: str, author: str,
            bold: frozenset[str] = frozenset(), title_chars: int = 80, title_cut: int | None = None) -> None:
    """Write out/<stem>.pdf for every stem of ``docs`` in its layout ("A" or "B"). ``bold``: whole lines set in bold;
    ``title_chars``: a first line shorter than this is the title; ``title_cut``: the PDF title's length at most."""
    for stem, layout in docs.items():
        lines = (texts / f"{stem}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
        pdf = layout_a() if layout == "A" else layout_b(header)
        size, lh = (10, 5) if layout == "A" else (10.5, 5.4)
        pdf.set_auto_page_break(True, margin=20)
        pdf.set_title(lines[0][:title_cut])
        pdf.set_author(author)
        pdf.add_page()
        for i, line in enumerate(lines):
            if not line.strip():
                pdf.ln(lh * 0.6)
            elif i == 0 and len(line) < title_chars:
                pdf.set_font("F", "B", size + 3)
                pdf.multi_cell(0, lh + 1.5, line, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("F", "B" if line.strip() in bold else "", size)
                pdf.multi_cell(0, lh, line, align="L", new_x="LMARGIN", new_y="NEXT")
        out.mkdir(parents=True, exist_ok=True)
        pdf.output(str(out / f"{stem}.pdf"))
        print("wrote", out / f"{stem}.pdf")


def layout_a() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.add_font("F", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("F", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    return pdf


def layout_b(header: str | None, top: float = 18, italic_header: bool = True) -> FPDF:
    """Serif text under a running header (none when ``header`` is None) and over a "Sida N" footer; the header in
    italics, or in the text's own regular serif (the docplayer sets' layout)."""
    face = "Serif" if italic_header else "F"

    class Headed(FPDF):
        def header(self) -> None:
            if header is None:
                return
            self.set_font(face, "I" if italic_header else "", 9)
            self.cell(0, 6, header, align="L")
            self.ln(4)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(face, "", 9)
            self.cell(0, 6, f"Sida {self.page_no()}", align="C")

    pdf = Headed(format="A4")
    pdf.add_font("F", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("F", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    if italic_header:
        pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
        pdf.add_font("Serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(25, top, 25)
    return pdf
