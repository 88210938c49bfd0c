"""Typeset the stored texts of Sibbo svenska församling (texts/*.txt) into PDFs: seven minutes of the parish's
församlingsråd (2019–2021) as the parish's website prints them, the website's page on how the parish is governed,
and the start of an issue of the parish newsletter (S:t Sigfrids Kungörelser 4/10, September 2010).

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: sibbosvenskaforsamling.fi pages and a docplayer.se transcript; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Sibbo svenska
församling" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/sibbo-svenska-forsamling/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/sibbo-svenska-forsamling)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "sibbo_fr_2019-08-29": "A",
    "sibbo_fr_2019-10-09": "B",
    "sibbo_fr_2019-10-30": "A",
    "sibbo_fr_2019-12-18": "B",
    "sibbo_fr_2020-02-26": "A",
    "sibbo_fr_2021-09-28": "B",
    "sibbo_fr_2021-10-26": "A",
    "sibbo_beslutsfattande": "B",
    "sibbo_kungorelser_2010-09": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/sibbo-svenska-forsamling"), DOCS,
            header="Sibbo svenska församling", author="Sibbo svenska församling")
