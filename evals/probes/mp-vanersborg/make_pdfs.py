"""Typeset the stored texts of Miljöpartiet de gröna i Vänersborg (texts/*.txt) into PDFs.

The texts are the stored copies of pages of the local branch's member site vanersborg.medlem.mp.se, as the
`search` tool's `pages` corpus returns them (two of them cut at 2,000 bytes); see SOURCES.md.
Layouts (../typeset_texts.py): B, with the running header "Miljöpartiet de gröna i Vänersborg" and a footer
"Sida N" (neither in the source), for the four summaries of member meetings and annual meetings in the archive;
A for the notices and the information pages.

Usage:  .venv/bin/python evals/probes/mp-vanersborg/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/mp-vanersborg)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "mpvbg_medlemsmote_2019-01-10": "B",
    "mpvbg_arsmote_2019-03-09": "B",
    "mpvbg_medlemsmote_2019-04-25": "A",
    "mpvbg_medlemsmote_2019-12-12": "B",
    "mpvbg_nasta-mote_arsmote-2020": "A",
    "mpvbg_arsmote_2020-03-14": "B",
    "mpvbg_oppna-moten": "A",
    "mpvbg_styrelsens-moten": "A",
    "mpvbg_val-2022": "A",
}
BOLD = frozenset({"Sammanfattning", "Valärenden", "Beslut", "Övrigt", "Styrelse", "Valberedning", "Revision",
                  "Granskare för redovisning till KF", "Distriktsstämman", "Representantskapets styrgrupp",
                  "Kongressen", "Kallelsen", "Lediga uppdrag", "Medlemsmöten", "Politikergruppens möten",
                  "Mötesrättigheter", "Styrelsens möteshandlingar och protokoll", "Listvalberedningen",
                  "Möteshandlingar", "Möteshandlingar och protokoll"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/mp-vanersborg"), DOCS,
            header="Miljöpartiet de gröna i Vänersborg", author="Miljöpartiet de gröna i Vänersborg",
            bold=BOLD)
