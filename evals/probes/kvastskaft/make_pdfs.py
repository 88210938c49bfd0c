"""Typeset the stored texts of Rollspelsföreningen Kvastskaft (texts/*.txt) into PDFs.

The texts are the stored copies of pages of kvastskaft.org (the association's WordPress site) as the `search`
tool's `pages` corpus returns them, cut at about 2,000 bytes; see SOURCES.md. The leading spaces of the site's list
items are kept. Layouts (../typeset_texts.py): A for the board minutes (styrelsemöten); B, with the running header
"Rollspelsföreningen Kvastskaft" and a footer "Sida N" (not in the source), for the annual-meeting minutes, the
notice of the 2018 annual meeting and the annual report 2015.

Usage:  .venv/bin/python evals/probes/kvastskaft/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/kvastskaft)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "kvastskaft_arsmote_2007-03-28": "B",
    "kvastskaft_styrelsemote_2008-04-09": "A",
    "kvastskaft_arsmote_2011-03-30": "B",
    "kvastskaft_styrelsemote_2015-11-07": "A",
    "kvastskaft_styrelsemote_2016-02-23": "A",
    "kvastskaft_arsmote_2016-03-20": "B",
    "kvastskaft_styrelsemote_2016-04-17": "A",
    "kvastskaft_styrelsemote_2016-05-15": "A",
    "kvastskaft_verksamhetsberattelse_2015": "B",
    "kvastskaft_kallelse_arsmote_2018": "B",
}
BOLD = frozenset({"Kallelse till årsmöte 2018", "Styrelsemöte 2017-06-13", "Styrelsemöte 2008-04-09", "Dagordning",
                  "Inledning", "Styrelsearbete"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/kvastskaft"), DOCS,
            header="Rollspelsföreningen Kvastskaft", author="Rollspelsföreningen Kvastskaft", bold=BOLD)
