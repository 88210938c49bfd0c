"""Typeset the stored texts of Region Gotland's socialnämnd (texts/*.txt) into PDFs: three minutes (2011-09-14,
2017-09-20, 2018-10-17) and two notices with agendas (2015-02-10, 2018-10-17).

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: a studylibsv.com copy of the 2011 minutes, docplayer.se transcripts of the others; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) for the studylibsv.com text and the two docplayer.se/amp
pages; B (DejaVuSerif) for the two docplayer.se pages with a "Transkript" line, with a running header
"Region Gotland – Socialnämnden" and a footer "Sida N", neither in the source.

Usage:  .venv/bin/python evals/probes/gotland-son/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/gotland-son)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "gotland_son_protokoll_2011-09-14": "A",
    "gotland_son_kallelse_2015-02-10": "A",
    "gotland_son_protokoll_2017-09-20": "B",
    "gotland_son_kallelse_2018-10-17": "B",
    "gotland_son_protokoll_2018-10-17": "A",
}
BOLD = frozenset({"REGION GOTLAND", "PROTOKOLL"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/gotland-son"), DOCS,
            header="Region Gotland – Socialnämnden", author="Region Gotland, socialnämnden", bold=BOLD)
