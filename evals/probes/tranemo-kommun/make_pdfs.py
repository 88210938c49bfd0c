"""Typeset the stored texts of Tranemo kommun (texts/*.txt) into PDFs: minutes of kommunfullmäktige (KF, 2013 and
2015) and of kommunstyrelsen (KS, 2015 and 2016), a KS kallelse with its föredragningslista (2018) and the
municipality's page of meeting dates for 2018.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them: docplayer.se
transcripts cut at 2,000 bytes, and a tranemo.se page (whole, 1,068 bytes); see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Tranemo kommun"
and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/tranemo-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/tranemo-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "tranemo_kf_2013-11": "B",
    "tranemo_ks_2015-03-30": "A",
    "tranemo_kf_2015-05-18": "B",
    "tranemo_kf_2015-06-15": "A",
    "tranemo_ks_2016": "B",
    "tranemo_ks_kallelse_2018-08-13": "A",
    "tranemo_offentliga-moten_2018": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/tranemo-kommun"), DOCS,
            header="Tranemo kommun", author="Tranemo kommun")
