"""Typeset the stored texts of Immanuelskyrkans församling, Stockholm (texts/*.txt) into PDFs.

The texts are the stored copies of public pages of immanuel.se (minutes of the congregation's årsmöten and
församlingsmöten, and a page listing coming meetings) as the `search` tool's `pages` corpus returns them, cut at
about 2,000 characters; see SOURCES.md.
Layouts (../typeset_texts.py): A for the five årsmöte minutes and the page of coming meetings; B, with the running
header "Immanuelskyrkans församling" and a footer "Sida N" (not in the source), for the four församlingsmöte minutes.

Usage:  .venv/bin/python evals/probes/immanuelskyrkan/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/immanuelskyrkan)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "immanuel_arsmote_2019-04-28": "A",
    "immanuel_arsmote_2020-10-18": "A",
    "immanuel_arsmote_2021-10-03": "A",
    "immanuel_arsmote_2022-05-15": "A",
    "immanuel_arsmote_2023-04-23": "A",
    "immanuel_forsamlingsmote_2020-02-02": "B",
    "immanuel_forsamlingsmote_2022-03-27": "B",
    "immanuel_forsamlingsmote_2022-09-25": "B",
    "immanuel_forsamlingsmote_2022-12-18": "B",
    "immanuel_rapport-fran-forsamlingsmote_2019-2020": "A",
}
BOLD = frozenset({"Observera", "Q1:", "Q2:", "Q3:", "Q4:", "På agendan:"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/immanuelskyrkan"), DOCS,
            header="Immanuelskyrkans församling", author="Immanuelskyrkans församling", bold=BOLD)
