"""Typeset the stored texts of AB Svenska Bostäder's board meetings (texts/*.txt) into PDFs.

AB Svenska Bostäder is a housing company wholly owned by Stockholms stad. The texts are the stored copies of the
company's meeting pages on insynsverige.se (Stockholms stad's meeting system for its companies: the meeting's time
and place, the items of the agenda, then the minutes "§1 …" or the attendance), as the `search` tool's `pages`
corpus returns them: each page from its beginning, cut by the store at about 2,000 bytes; see SOURCES.md.
The .txt files are kept as copied; nothing is completed or reordered.

Every line becomes its own paragraph (long lines wrap, left-aligned); empty lines are kept as vertical space; the
first line (the breadcrumb "Din position: Hem > … > Sammanträde <date>") is set in bold, 3 pt larger, and the lines
"Mötesinformation" and "Bilagor till protokoll" in bold. Layouts (../typeset_texts.py):
  A  DejaVuSans 10 pt, no running header
  B  DejaVuSerif 10.5 pt with the running header "AB Svenska Bostäder – styrelsen" and a footer "Sida N"
     (neither is in the source)

Usage:  .venv/bin/python evals/probes/stockholm-svenska-bostader/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/stockholm-svenska-bostader)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "svb_styrelse_2006-12-19": "A",
    "svb_styrelse_2007-06-05": "B",
    "svb_styrelse_2007-12-04": "A",
    "svb_styrelse_2008-03-18": "B",
    "svb_styrelse_2008-04-29": "A",
    "svb_styrelse_2008-06-10": "B",
    "svb_styrelse_2009-04-29": "A",
    "svb_styrelse_2009-06-11": "B",
    "svb_styrelse_2009-11-26": "A",
    "svb_styrelse_2012-02-09": "B",
}
BOLD = frozenset({"Mötesinformation", "Bilagor till protokoll"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/stockholm-svenska-bostader"), DOCS,
            header="AB Svenska Bostäder – styrelsen", author="AB Svenska Bostäder", bold=BOLD)
