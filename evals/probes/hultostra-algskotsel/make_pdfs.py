"""Typeset the stored texts of Hult Östra Älgskötselområde (texts/*.txt) into PDFs.

The texts are the stored copies of pages of hultostra.se (the association's own web site, which publishes its
minutes as web pages) as the `search` tool's `pages` corpus returns them, cut at about 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A for the annual meeting 2010, the board meeting 2012-10-22 and the 2018 web page;
B, with the running header "Hult Östra Älgskötselområde" and a footer "Sida N" (not in the source), for the board
meetings 2010-11-08, 2011-02-08, 2011-10-25 and 2013-10-24.

Usage:  .venv/bin/python evals/probes/hultostra-algskotsel/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/hultostra-algskotsel)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "hultostra_arsmote_2010-09-20": "A",
    "hultostra_styrelsemote_2010-11-08": "B",
    "hultostra_styrelsemote_2011-02-08": "B",
    "hultostra_styrelsemote_2011-10-25": "B",
    "hultostra_styrelsemote_2012-10-22": "A",
    "hultostra_styrelsemote_2013-10-24": "B",
    "hultostra_avstamningsmote_2018-10-28": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/hultostra-algskotsel"), DOCS,
            header="Hult Östra Älgskötselområde", author="Hult Östra Älgskötselområde")
