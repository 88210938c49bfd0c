"""Typeset the stored texts of Medelpads Hembygdsförbund (texts/*.txt) into PDFs: the association's board minutes
(styrelseprotokoll) of 2014-10-30, 2015-03-30, 2015-06-04, 2015-08-24, 2015-10-26, 2015-11-25 and 2016-03-31 and its
annual meeting minutes (årsmötesprotokoll) of 2014, 2015 and 2016.

The texts are the stored copies of the association's pages on hembygd.se/medelpad exactly as the `search` tool's
`pages` corpus returned them (each the page's beginning, cut at about 2,000 bytes); see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Medelpads
Hembygdsförbund" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/medelpads-hembygdsforbund/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/medelpads-hembygdsforbund)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "mhf_arsmote_2014-04-27": "B",
    "mhf_styrelse_2014-10-30": "A",
    "mhf_styrelse_2015-03-30": "B",
    "mhf_arsmote_2015-04-26": "A",
    "mhf_styrelse_2015-06-04": "A",
    "mhf_styrelse_2015-08-24": "B",
    "mhf_styrelse_2015-10-26": "A",
    "mhf_styrelse_2015-11-25": "B",
    "mhf_styrelse_2016-03-31": "A",
    "mhf_arsmote_2016-04-24": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/medelpads-hembygdsforbund"), DOCS,
            header="Medelpads Hembygdsförbund", author="Medelpads Hembygdsförbund")
