"""Typeset the stored texts of Roxens Fiskevårdsområdesförening (texts/*.txt) into PDFs.

The texts are the stored copies of pages of roxen.nu (the association's Joomla site: nine board minutes 2012–2023
and the by-laws) as the `search` tool's `pages` corpus returns them, cut at about 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A for the minutes with a "PROTOKOLL: / PLATS: / TID:" head (2012, 2017, 2019) and
the by-laws; B, with the running header "Roxens Fiskevårdsområdesförening" and a footer "Sida N" (not in the
source), for the narrative minutes of 2014–2015 (the one at roxen.nu's 2015-03-30 address says "30 mars 2014")
and the "Protokoll styrelsemöte" minutes of 2020–2023.

Usage:  .venv/bin/python evals/probes/roxen-fvof/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/roxen-fvof)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "roxen_styrelsemote_2012-01-30": "A",
    "roxen_styrelsemote_2015-03-30": "B",
    "roxen_styrelsemote_2014-07-28": "B",
    "roxen_styrelsemote_2015-09-28": "B",
    "roxen_styrelsemote_2017-01-30": "A",
    "roxen_styrelsemote_2019-11-04": "A",
    "roxen_styrelsemote_2020-11-02": "B",
    "roxen_styrelsemote_2022-09-28": "B",
    "roxen_styrelsemote_2023-02-28": "B",
    "roxen_stadgar": "A",
}
BOLD = frozenset({"DAGORDNING", "PROTOKOLL", "Protokoll styrelsemöte", "§ 1 NAMN", "§ 2 OMFATTNING", "§ 3 SYFTE",
                  "§ 4 MEDLEM", "§ 5 REGLER FÖR FISKET", "§ 6 UPPLÅTELSE"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/roxen-fvof"), DOCS,
            header="Roxens Fiskevårdsområdesförening", author="Roxens Fiskevårdsområdesförening", bold=BOLD)
