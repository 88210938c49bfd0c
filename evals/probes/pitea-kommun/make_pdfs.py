"""Typeset the stored texts of Piteå kommun (texts/*.txt) into PDFs: minutes of the kommunstyrelse (KS), of
kommunfullmäktige (KF), of the miljö- och tillsynsnämnd (MTN), of the fastighets- och servicenämnd (FSN) and of the
barn- och utbildningsnämnd (BUN).

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: docplayer.se transcripts (ordinary and "amp" pages) of nine minutes and a doczz.net transcript of
one; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Piteå kommun"
and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/pitea-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/pitea-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "pitea_ks_2007-12": "B",
    "pitea_ks_2011-10-31": "A",
    "pitea_ks_2014-02": "A",
    "pitea_ks_2014-03": "B",
    "pitea_ks_2015-06-08": "A",
    "pitea_ks_2015-09-29": "B",
    "pitea_kf_2017-05": "A",
    "pitea_mtn_2015-12": "B",
    "pitea_fsn_2016-12": "A",
    "pitea_bun_2005": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/pitea-kommun"), DOCS,
            header="Piteå kommun", author="Piteå kommun")
