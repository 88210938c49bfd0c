"""Typeset the stored texts of Vilhelmina kommun (texts/*.txt) into PDFs.

The texts are the stored copies of public pages as the `search` tool's `pages` corpus
returns them (docplayer.se transcripts of the municipality's own protocol PDFs, and two
pages of vilhelmina.se), cut by the store at about 2,000 bytes; see SOURCES.md. The .txt
files are kept exactly as stored. This script changes only the following, by rule:

* docplayer pages: the web-page lines before the transcript are left out -- docplayer's
  page title (first line), "Save this PDF as:", " WORD  PNG  TXT  JPG", "Storlek: px",
  "Starta visningen från sidan:", the 'Download "…"' line and "Transkript". The PDF
  starts with the transcript ("1 VILHELMINA KOMMUN PROTOKOLL …").
* every remaining line becomes its own paragraph (long lines wrap, left-aligned); empty
  lines are kept as vertical space. On the vilhelmina.se pages a short first line (the
  page title) is set in bold, 3 pt larger.

Two layouts (../typeset_docplayer.py):
  A  DejaVuSans 10 pt, continuous text, no header or footer.
  B  DejaVuSerif 10.5 pt; each transcript page ("N VILHELMINA KOMMUN PROTOKOLL …") starts
     a new PDF page, and a footer "Sida N" is added (the footer is not in the source).

Usage:  .venv/bin/python evals/probes/vilhelmina-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/vilhelmina-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_docplayer import Docplayer, typeset  # noqa: E402

DOCS = {
    "vilhelmina_sn_protokoll_2012-12-12": "B",
    "vilhelmina_sn_protokoll_2014-11-05": "A",
    "vilhelmina_sn_protokoll_2016-06-09": "B",
    "vilhelmina_kf_protokoll_2004-06-21": "A",
    "vilhelmina_kf_protokoll_2012-06-11": "A",
    "vilhelmina_kf_protokoll_2012-11-26": "A",
    "vilhelmina_kf_protokoll_2013-10-14": "B",
    "vilhelmina_kf_protokoll_2015-10-19": "B",
    "vilhelmina_webb_kommunfullmaktige": "A",
    "vilhelmina_webb_kf-sammantrader-2023-10-09": "A",
}
STYLE = Docplayer(
    author="Vilhelmina kommun",
    chrome=frozenset({"Save this PDF as:", " WORD  PNG  TXT  JPG", "Storlek: px", "Starta visningen från sidan:",
                      "Transkript"}),
    drop_prefixes=('Download "',),
    page_start=r"^\d+ VILHELMINA KOMMUN PROTOKOLL ",
    title_chars=80,  # a first line shorter than this (the title of a web page) is set in bold
)

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/vilhelmina-kommun"), DOCS, STYLE)
