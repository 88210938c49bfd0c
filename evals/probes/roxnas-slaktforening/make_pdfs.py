"""Typeset the stored texts of Roxnäs släktförening (texts/*.txt) into PDFs: the minutes of four släktmöten (the
association's annual meetings) of 2005, 2009, 2013 and 2019, and its two versions of the by-laws (1986–2007 and those
adopted in 2011).

The texts are the stored copies of the association's own pages on roxnas.net exactly as the `search` tool's `pages`
corpus returns them (cut at about 2,000 bytes: the 2009 minutes, the 2013 minutes and the 2011 by-laws end mid-word
or mid-line); see SOURCES.md. Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a
running header "Roxnäs släktförening" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/roxnas-slaktforening/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/roxnas-slaktforening)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "roxnas_slaktmote_2005": "A",
    "roxnas_slaktmote_2009": "B",
    "roxnas_slaktmote_2013": "A",
    "roxnas_slaktmote_2019": "B",
    "roxnas_stadgar_1986-2007": "B",
    "roxnas_stadgar_2011": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/roxnas-slaktforening"), DOCS,
            header="Roxnäs släktförening", author="Roxnäs släktförening")
