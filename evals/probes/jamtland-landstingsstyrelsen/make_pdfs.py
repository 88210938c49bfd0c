"""Typeset the stored texts of Jämtlands läns landsting, landstingsstyrelsen (texts/*.txt) into PDFs.

The texts are the stored copies of public pages as the `search` tool's `pages` corpus returns them: docplayer.se
transcripts of the landsting's own PDFs (eight minutes of landstingsstyrelsen 2000-2014 and two of its
kallelser/föredragningslistor, 2012 and 2014), cut by the store at about 2,000 bytes; see SOURCES.md. The .txt
files are kept exactly as stored (JSON-decoded, one trailing newline added). This script changes only the
following, by rule (../typeset_docplayer.py):

* docplayer's web-page lines before the transcript are left out -- the page title (first line), "Save this PDF as:",
  " WORD  PNG  TXT  JPG", "Storlek: px", "Starta visningen från sidan:" and "Transkript". Of the line
  'Download "<title>"' only <title> is kept: it is the title docplayer took from the first lines of the PDF, and
  some keep dates and times that the transcript drops ("… den 28 april 08.00-17.00 och 29 april 08.30-15.30.").
  It is set first, in bold, 1 pt larger; the transcript ("1 1 (14) Plats och tid …") follows.
* every remaining line becomes its own paragraph (long lines wrap, left-aligned); empty lines are kept as vertical
  space.

Two layouts:
  A  DejaVuSans 10 pt, continuous text, no header or footer.
  B  DejaVuSerif 10.5 pt; each transcript page (a line "N …" after the first) starts a new PDF page, with a running
     header "Jämtlands läns landsting – Landstingsstyrelsen" and a footer "Sida N" (neither is in the source).

Usage:  .venv/bin/python evals/probes/jamtland-landstingsstyrelsen/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/jamtland-landstingsstyrelsen)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_docplayer import Docplayer, typeset  # noqa: E402

DOCS = {
    "jll_ls_protokoll_2000-02-09": "A",
    "jll_ls_protokoll_2001-04-26": "B",
    "jll_ls_protokoll_2003-12-18": "A",
    "jll_ls_protokoll_2007-01-24": "B",
    "jll_ls_protokoll_2011-03-30": "A",
    "jll_ls_protokoll_2011-11-15": "B",
    "jll_ls_kallelse_2012": "A",
    "jll_ls_kallelse_2014": "B",
    "jll_ls_protokoll_2014-03-20": "A",
    "jll_ls_protokoll_2014-04-28": "B",
}
STYLE = Docplayer(
    author="Jämtlands läns landsting",
    chrome=frozenset({"Save this PDF as:", " WORD  PNG  TXT  JPG", "Storlek: px", "Starta visningen från sidan:",
                      "Transkript"}),
    page_start=r"^\d+ ",
    download_title=True,
    header="Jämtlands läns landsting – Landstingsstyrelsen",
    top_b=18,
)

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/jamtland-landstingsstyrelsen"), DOCS,
            STYLE)
