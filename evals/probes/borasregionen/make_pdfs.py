"""Typeset the stored texts of Boråsregionen Sjuhärads kommunalförbund (texts/*.txt) into PDFs.

The texts are the stored copies of public pages (docplayer.se transcripts of the förbund's own PDFs and pages of
borasregionen.se) as the `search` tool's `pages` corpus returns them, cut at about 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A for the web pages, the 2017/2018 minutes and the member municipality's protocol,
which must not carry the förbund's header; B, with the running header "Boråsregionen Sjuhärads kommunalförbund" and
a footer "Sida N" (not in the source), for the 2013 and 2015 minutes.

Usage:  .venv/bin/python evals/probes/borasregionen/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/borasregionen)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "borasregionen_direktion_2013-09-20": "B",
    "borasregionen_direktion_2015-01-30": "B",
    "borasregionen_direktion_2017-02-24": "A",
    "borasregionen_direktion_2018-12-07": "A",
    "borasregionen_politik-och-styrning": "A",
    "borasregionen_fokus-borasregionen-2020": "A",
    "medlemskommun_arsredovisning-2016-borasregionen": "A",
}
BOLD = frozenset({"Boråsregionen", "Politik och styrning", "PROGRAM", "Direktion och beredningar", "Styrdokument",
                  "Anslagstavla"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/borasregionen"), DOCS,
            header="Boråsregionen Sjuhärads kommunalförbund", author="Boråsregionen Sjuhärads kommunalförbund",
            bold=BOLD)
