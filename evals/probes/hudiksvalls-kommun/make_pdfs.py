"""Typeset the stored texts of Hudiksvalls kommun (texts/*.txt) into PDFs: minutes of the kommunstyrelse (KS) and of
kommunfullmäktige (KF), 2011–2021.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: 5dok.org, docplayer.se and doczz.net transcripts of the municipality's minutes; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Hudiksvalls
kommun" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/hudiksvalls-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/hudiksvalls-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "hudiksvall_ks_2011-06-09": "B",
    "hudiksvall_kf_2011-12": "A",
    "hudiksvall_ks_2013-04": "A",
    "hudiksvall_kf_2013-06": "B",
    "hudiksvall_ks_2014-05": "B",
    "hudiksvall_kf_2015-10-26": "A",
    "hudiksvall_ks_2017-10-10": "B",
    "hudiksvall_ks_2019-09-17": "A",
    "hudiksvall_ks_2020-09-15": "B",
    "hudiksvall_kf_2021-02-22": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/hudiksvalls-kommun"), DOCS,
            header="Hudiksvalls kommun", author="Hudiksvalls kommun")
