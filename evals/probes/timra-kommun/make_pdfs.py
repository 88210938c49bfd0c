"""Typeset the stored texts of Timrå kommun (texts/*.txt) into PDFs: minutes of the kommunstyrelse (KS), of
kommunfullmäktige (KF, with its kungörelse), of the kultur- och tekniknämnd (KTN) and of the miljö- och
byggnadsnämnd (MBN).

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: docplayer.se transcripts of eight minutes and an abcdocz.com transcript of one; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Timrå kommun"
and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/timra-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/timra-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "timra_ks_2009-10-06": "B",
    "timra_ks_2011-12-06": "B",
    "timra_ks_2012-05-29": "A",
    "timra_ks_2014-10-07": "A",
    "timra_ks_2017-06-13": "B",
    "timra_ks_2018-01": "A",
    "timra_kf_2017-11-27": "A",
    "timra_ktn_2018-08": "B",
    "timra_mbn_2011-08-17": "B",
    "timra_mbn_2015-02-23": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/timra-kommun"), DOCS,
            header="Timrå kommun", author="Timrå kommun")
