"""Typeset the stored texts of Region Norrbotten (texts/*.txt) into PDFs: the minutes of the landstingsstyrelse of
Norrbottens läns landsting (the region's predecessor) of 29 April 2004, nine "Beslut i korthet" pages of the region's
website summarising the decisions of regionstyrelsen (RS) and regionfullmäktige (RF) 2018-2023, and the region's page
about regionfullmäktige.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them (cut at
about 2,000 bytes): a docstoc.com transcript of the 2004 minutes and pages of nll.se / norrbotten.se; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Region
Norrbotten" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/region-norrbotten/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/region-norrbotten)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "rnb_ls_2004-04-29_protokoll": "B",
    "rnb_rs_2018-10-31_beslut": "A",
    "rnb_rf_2018-11-21_beslut": "B",
    "rnb_rs_2019-04-03_beslut": "A",
    "rnb_rf_2020-10-28_beslut": "B",
    "rnb_rs_2021-06-10_beslut": "A",
    "rnb_rf_2022-04-27_beslut": "B",
    "rnb_rf_2022-11-23_beslut": "A",
    "rnb_rs_2023-06-13_beslut": "B",
    "rnb_rf_2023-06-20_beslut": "A",
    "rnb_rf_2023-11-21_beslut": "B",
    "rnb_regionfullmaktige_sida": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/region-norrbotten"), DOCS,
            header="Region Norrbotten", author="Region Norrbotten")
