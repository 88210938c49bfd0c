"""Typeset the stored texts of Svenska Gymnastikförbundet (texts/*.txt) into PDFs.

The texts are the stored copies of public pages, as the `search` tool's `pages` corpus returns them, cut at about
2,000 bytes (UTF-8); see SOURCES.md: four board minutes (protokoll nr 329, 348, 369 and 374, 2010–2015) as two
document-hosting sites (5dok.org, docplayer.se) transcribe the federation's PDFs, and six pages of gymnastik.se and
drill.se about the förbundsmöte (news reports 2016, 2018, 2020 and 2024, the 2022 meeting page, the 2024 notice).
Layouts (../typeset_texts.py): A for the 5dok transcript of nr 329 and the news reports; B, with the running header
"Svenska Gymnastikförbundet" and a footer "Sida N" (not in the source), for the docplayer transcripts of nr 348,
369 and 374, the 2022 meeting page and the 2024 notice.

Usage:  .venv/bin/python evals/probes/gymnastikforbundet/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/gymnastikforbundet)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "gf_styrelse_nr329_2010-02-04": "A",
    "gf_styrelse_nr348_2012-04-17": "B",
    "gf_styrelse_nr369_2014-06-09": "B",
    "gf_styrelse_nr374_2015-02-02": "B",
    "gf_forbundsmote_2016_nyhet": "A",
    "gf_forbundsmote_2018_nyhet": "A",
    "gf_forbundsmote_2020_nyhet": "A",
    "gf_forbundsmote_2022_motesplats": "B",
    "gf_kallelse_forbundsmote_2024": "B",
    "gf_forbundsmote_2024_tillbakablick": "A",
}
BOLD = frozenset({"Styrelsen beslutar", "Transkript", "Full text", "Anmälan", "Umeå", "Allmän information",
                  "Vad är Förbundsmötet?", "Viktiga beslut för framtiden", "Ny ordförande i Anna Iwarsson",
                  "Många nya deltagare på förbundsmötet", "Ny nomineringsperiod gällande ordförandeposten"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/gymnastikforbundet"), DOCS,
            header="Svenska Gymnastikförbundet", author="Svenska Gymnastikförbundet", bold=BOLD)
