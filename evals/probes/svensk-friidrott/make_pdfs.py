"""Typeset the stored texts of Svenska Friidrottsförbundet (Svensk Friidrott) (texts/*.txt) into PDFs.

The texts are the stored copies of pages of friidrott.se (eight reports from board meetings of November 2021 –
January 2024, "Rapport från styrelsemöte …", the news item on the förbundsårsmöte of March 2023 in Söderhamn, and
the notice of the förbundsårsmöte 2026) as the `search` tool's `pages` corpus returns them, cut at about 2,000
bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A for the board meetings of 26 November 2021, 25 March 2022, 16 December 2022 and
24 January 2024 and the Söderhamn news item; B, with the running header "Svensk Friidrott" and a footer "Sida N"
(not in the source), for the board meetings of 9 December 2021, 25 February 2022, 22 May 2022 and 25 January 2023
and the notice.

Usage:  .venv/bin/python evals/probes/svensk-friidrott/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/svensk-friidrott)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "sfif_styrelsemote_2021-11-26": "A",
    "sfif_styrelsemote_2021-12-09": "B",
    "sfif_styrelsemote_2022-02-25": "B",
    "sfif_styrelsemote_2022-03-25": "A",
    "sfif_styrelsemote_2022-05-22": "B",
    "sfif_styrelsemote_2022-12-16": "A",
    "sfif_styrelsemote_2023-01-25": "B",
    "sfif_styrelsemote_2024-01-24": "A",
    "sfif_forbundsarsmote_2023_soderhamn": "A",
    "sfif_utlysning_forbundsarsmote_2026": "B",
}
BOLD = frozenset({"Allmänt", "Allmänt och närvaro", "Närvaro", "Beslutsärenden", "Styrelsens förslag", "Motioner"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/svensk-friidrott"), DOCS,
            header="Svensk Friidrott", author="Svenska Friidrottsförbundet", bold=BOLD)
