"""Typeset the stored texts of Landstinget Dalarna (texts/*.txt) into PDFs.

The texts are the stored copies of public pages as the `search` tool's `pages` corpus returns them: docplayer.se
transcripts of the county council's own PDFs (minutes of landstingsstyrelsen and its arbetsutskott, a
landstingsfullmäktige agenda, fullmäktige meeting packs and beslutsunderlag), cut by the store at 2,000 bytes; see
SOURCES.md. The .txt files are kept exactly as stored. This script changes only the following, by rule:

* docplayer's web-page lines before the transcript are left out -- the page title (first line), "Storlek: px",
  "Starta visningen från sidan:" and "Transkript". Of the line 'Download "<title>"' only <title> is kept: it is the
  title docplayer took from the first lines of the PDF, and it keeps the dates and times that the transcript drops
  ("Tid: 2013-10-21 kl 10.00-12.05, 13.00-14.10 …"). It is set first, in bold, 1 pt larger; the transcript
  ("1 I II Landstinget DALARNA …") follows.
* every remaining line becomes its own paragraph (long lines wrap, left-aligned); empty lines are kept as vertical
  space.

Two layouts (../typeset_docplayer.py):
  A  DejaVuSans 10 pt, continuous text, no header or footer.
  B  DejaVuSerif 10.5 pt; each transcript page (a line "N …" after the first) starts a new PDF page, with a running
     header "Landstinget Dalarna" and a footer "Sida N" (neither is in the source).

Usage:  .venv/bin/python evals/probes/landstinget-dalarna/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/landstinget-dalarna)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_docplayer import Docplayer, typeset  # noqa: E402

DOCS = {
    "dalarna_ls-au_protokoll_odaterat": "A",
    "dalarna_ls-au_protokoll_2013-10-21": "B",
    "dalarna_ls_protokoll_2014-04-07": "A",
    "dalarna_lf_foredragningslista_2014-03-03": "B",
    "dalarna_beslutsunderlag_andringar-i-reglementen": "A",
    "dalarna_beslutsunderlag_glasogon-kontaktlinser": "B",
    "dalarna_beslutsunderlag_kommunalbesvar-budget-2015": "A",
    "dalarna_lf_handlingar_2017-09_del1": "A",
    "dalarna_lf_handlingar_2017-09_del2": "B",
}
STYLE = Docplayer(
    author="Landstinget Dalarna",
    chrome=frozenset({"Storlek: px", "Starta visningen från sidan:", "Transkript"}),
    page_start=r"^\d+ ",
    download_title=True,
    header="Landstinget Dalarna",
    top_b=18,
)

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/landstinget-dalarna"), DOCS, STYLE)
