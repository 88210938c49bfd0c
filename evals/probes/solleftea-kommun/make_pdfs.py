"""Typeset the stored texts of Sollefteå kommun (texts/*.txt) into PDFs: minutes of kommunfullmäktige (KF) and of
kommunstyrelsen (KS), and the municipality's English page about its council.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: docplayer.se transcripts of seven minutes, a yumpu.com transcript of one and a page of
solleftea.se; see SOURCES.md. Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a
running header "Sollefteå kommun" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/solleftea-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/solleftea-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "solleftea_kf_2012-05-28": "A",
    "solleftea_kf_2014-09-29": "B",
    "solleftea_kf_2014-12": "A",
    "solleftea_kf_s95": "B",
    "solleftea_kf_s100": "A",
    "solleftea_ks_s44": "B",
    "solleftea_ks_s55": "A",
    "solleftea_ks_s119": "B",
    "solleftea_municipal-council_en": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/solleftea-kommun"), DOCS,
            header="Sollefteå kommun", author="Sollefteå kommun")
