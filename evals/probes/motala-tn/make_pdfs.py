"""Typeset the stored texts of Motala kommun's tekniska nämnd (texts/*.txt) into PDFs.

The texts are the stored copies of public docplayer.se pages (transcripts of the nämnd's own minutes) as the
`search` tool's `pages` corpus returns them, cut at about 2,000 bytes; see SOURCES.md. Layouts
(../typeset_texts.py): A for the minutes of 2007-06-12 and 2010-01-12; B, with the running header "Motala kommun –
Tekniska nämnden" and a footer "Sida N" (not in the source), for the minutes with TN 136 and those of 2007-12-11.
A first line under 130 characters is the title (the PDF's title keeps its first 120).

Usage:  .venv/bin/python evals/probes/motala-tn/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/motala-tn)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "motala_tn_protokoll_2007-06-12": "A",
    "motala_tn_protokoll_2007_tn136": "B",
    "motala_tn_protokoll_2007-12-11": "B",
    "motala_tn_protokoll_2010-01-12": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/motala-tn"), DOCS,
            header="Motala kommun – Tekniska nämnden", author="Motala kommun, tekniska nämnden",
            title_chars=130, title_cut=120)
