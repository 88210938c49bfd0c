"""Typeset the stored texts of Smålands Stövarklubb (texts/*.txt) into PDFs.

The texts are the stored copies of pages of smstk.se (the club's Joomla site: nine board minutes 2017–2022 and the
board's rules of 2018-04-07 for choosing judges for championship hunting trials) as the `search` tool's `pages`
corpus returns them, cut at 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A for the minutes of 2020–2022 and the rules; B, with the running header
"Smålands Stövarklubb" and a footer "Sida N" (not in the source), for the minutes of 2017–2018 (Vrigstad värdshus).

Usage:  .venv/bin/python evals/probes/smalands-stovarklubb/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/smalands-stovarklubb)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "smstk_styrelsemote_2017-08-14": "B",
    "smstk_styrelsemote_2018-01-15": "B",
    "smstk_styrelsemote_2018-03-05": "B",
    "smstk_styrelsemote_2018-04-19": "B",
    "smstk_kriterier-domare-mastarskap_2018-04-07": "A",
    "smstk_styrelsemote_2020-11-16": "A",
    "smstk_styrelsemote_2022-03-07": "A",
    "smstk_styrelsemote_2022-05-23": "A",
    "smstk_styrelsemote_2022-06-27": "A",
    "smstk_styrelsemote_2022-08-08": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/smalands-stovarklubb"), DOCS,
            header="Smålands Stövarklubb", author="Smålands Stövarklubb")
