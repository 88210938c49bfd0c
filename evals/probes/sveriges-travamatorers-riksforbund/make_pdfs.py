"""Typeset the stored texts of Sveriges Travamatörers Riksförbund, STaR (texts/*.txt) into PDFs: eight board
minutes (styrelsemöten 2009–2018) and two annual meetings' minutes (årsmöten 2007 and 2015).

The texts are the stored copies of the federation's own web pages (startrav.se, protokoll_detalj.asp and
arsmote_detalj.asp) exactly as the `search` tool's `pages` corpus returns them, cut at 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Sveriges
Travamatörers Riksförbund" and a footer "Sida N", neither in the source). The first stored line of every page is
the site's date stamp ("16 MAJ 2021"), short enough to be set as the bold title.

Usage:  .venv/bin/python evals/probes/sveriges-travamatorers-riksforbund/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/sveriges-travamatorers-riksforbund)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "star_arsmote_2007-08-05": "B",
    "star_styrelse_2009-04-25": "A",
    "star_styrelse_2011-08-11": "B",
    "star_styrelse_2012-03-24": "A",
    "star_styrelse_2012-07-26": "B",
    "star_styrelse_2013-06-01": "A",
    "star_styrelse_2014-04-12": "B",
    "star_arsmote_2015-08-15": "A",
    "star_styrelse_2017-04-09": "A",
    "star_styrelse_2018-01-22": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/sveriges-travamatorers-riksforbund"),
            DOCS, header="Sveriges Travamatörers Riksförbund", author="Sveriges Travamatörers Riksförbund")
