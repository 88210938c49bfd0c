"""Typeset the stored texts of Kalmar kommun (texts/*.txt) into PDFs: minutes of the kommunstyrelse (KS) and of
kommunfullmäktige (KF), 2007–2018.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: docplayer.se transcripts of ten minutes; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Kalmar kommun"
and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/kalmar-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/kalmar-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "kalmar_ks_2007-05": "B",
    "kalmar_kf_2007-03": "A",
    "kalmar_ks_2009-05-04": "A",
    "kalmar_ks_2009-08-17": "B",
    "kalmar_kf_2010-03-29": "B",
    "kalmar_kf_2011-02": "A",
    "kalmar_kf_2012-09-24": "B",
    "kalmar_ks_2012-11-06": "A",
    "kalmar_ks_2015-06-02": "B",
    "kalmar_ks_2018-12-04": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/kalmar-kommun"), DOCS,
            header="Kalmar kommun", author="Kalmar kommun")
