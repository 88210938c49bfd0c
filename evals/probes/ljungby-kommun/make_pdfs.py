"""Typeset the stored texts of Ljungby kommun (texts/*.txt) into PDFs: meeting pages of the kommunstyrelse (KS) and of
kommunfullmäktige (KF) as insynsverige.se publishes them (the agenda's items, then the minutes' first paragraphs),
and two minutes' first pages as docplayer.se transcribed the municipality's PDFs.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes; see SOURCES.md. Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with
a running header "Ljungby kommun" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/ljungby-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/ljungby-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "ljungby_ks_2009-02-10": "A",
    "ljungby_ks_2012-01-10": "B",
    "ljungby_ks_2012-08-14": "A",
    "ljungby_ks_2013-08-13": "B",
    "ljungby_ks_2016-10-11": "A",
    "ljungby_kf_2008-09-25": "B",
    "ljungby_kf_2009-04-28": "A",
    "ljungby_kf_2011-06-14": "B",
    "ljungby_kf_2012-12-11": "A",
    "ljungby_kf_2015-03-30": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/ljungby-kommun"), DOCS,
            header="Ljungby kommun", author="Ljungby kommun")
