"""Typeset the stored texts of Heby kommun (texts/*.txt) into PDFs: minutes of kommunfullmäktige (KF), of
kommunstyrelsen (KS), of the board's verksamhetsutskott (VU) and of vård- och omsorgsnämnden (VON), two lists of KF
agenda items, two posted notices (anslag) of decisions, a detailed-plan page naming the council's decision and the
municipality's pages about kommunstyrelsen and kommunfullmäktige.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them (cut at
about 2,000 bytes): five docplayer.se transcripts of minutes, two securestream.se web-TV playlists of council
meetings and five pages of heby.se; see SOURCES.md. Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B
(DejaVuSerif, with a running header "Heby kommun" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/heby-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/heby-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "heby_kf_2009-04": "A",
    "heby_kf_2013-02": "B",
    "heby_kf_2013-03-13_arenden": "A",
    "heby_vu_2013-05": "B",
    "heby_kf_2013-12-17_arenden": "A",
    "heby_ks_2014-09": "B",
    "heby_von_2015-03": "A",
    "heby_ks_2020-05-13_anslag-granskning": "B",
    "heby_kf_2020-06-16_anslag-detaljplan": "A",
    "heby_kf_2022-09-27_dp394-horrsta": "B",
    "heby_kommunstyrelsen_2022": "A",
    "heby_kommunfullmaktige_2022": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/heby-kommun"), DOCS,
            header="Heby kommun", author="Heby kommun")
