"""Typeset the stored texts of Orust Golfklubb (texts/*.txt) into PDFs.

The texts are the stored copies of pages of orustgk.se (eight board minutes of December 2018 – October 2019 from
the club's "Arkiv styrelseprotokoll 2019", the notice of the höstmöte of 28 November 2020 with its agenda, and a
news item of 16 March 2020 postponing the vårmöte) as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A for the minutes of April, June (3rd), September and 28 October 2019, the notice and
the news item; B, with the running header "Orust Golfklubb" and a footer "Sida N" (not in the source), for the
minutes of December 2018, May, 27 June and 1 October 2019.

Usage:  .venv/bin/python evals/probes/orust-gk/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/orust-gk)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "orustgk_styrelsemote_2018-12-11": "B",
    "orustgk_styrelsemote_2019-04-09": "A",
    "orustgk_styrelsemote_2019-05-07": "B",
    "orustgk_styrelsemote_2019-06-03": "A",
    "orustgk_styrelsemote_2019-06-27": "B",
    "orustgk_styrelsemote_2019-09-03": "A",
    "orustgk_styrelsemote_2019-10-01": "B",
    "orustgk_styrelsemote_2019-10-28": "A",
    "orustgk_kallelse_hostmote_2020-11-28": "A",
    "orustgk_nyhet_varmote-skjuts-upp_2020-03-16": "A",
}
BOLD = frozenset({"Närvarande:", "Dagordning"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/orust-gk"), DOCS,
            header="Orust Golfklubb", author="Orust Golfklubb", bold=BOLD)
