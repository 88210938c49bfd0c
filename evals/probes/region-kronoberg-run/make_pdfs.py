"""Typeset the stored texts of Region Kronoberg's regionala utvecklingsnämnd (texts/*.txt) into PDFs.

The texts are the stored copies of public pages (docplayer.se and vdocuments.pub transcripts of the nämnd's own
kallelser and protokoll, PDFs) exactly as the `search` tool's `pages` corpus returns them, cut at about 2,000
characters; see SOURCES.md. Layouts (../typeset_texts.py): A for the four kallelser; B, with the running header
"Region Kronoberg – Regionala utvecklingsnämnden" and a footer "Sida N" (neither in the source), for the five
protokoll.

Usage:  .venv/bin/python evals/probes/region-kronoberg-run/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/region-kronoberg-run)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "regionkronoberg_run_kallelse_2018-01-24": "A",
    "regionkronoberg_run_kallelse_huseby-bruk": "A",
    "regionkronoberg_run_kallelse_2019-09-18": "A",
    "regionkronoberg_run_kallelse_2020-03-05": "A",
    "regionkronoberg_run_protokoll_par1-17": "B",
    "regionkronoberg_run_protokoll_par17-29": "B",
    "regionkronoberg_run_protokoll_par20-37": "B",
    "regionkronoberg_run_protokoll_par58-72": "B",
    "regionkronoberg_run_protokoll_par99-109": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/region-kronoberg-run"), DOCS,
            header="Region Kronoberg – Regionala utvecklingsnämnden", author="Region Kronoberg")
