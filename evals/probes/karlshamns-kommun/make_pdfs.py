"""Typeset the stored texts of Karlshamns kommun (texts/*.txt) into PDFs: minutes of the kommunstyrelse (KS) and of
kommunfullmäktige (KF), and five pages of the municipality's website about KF meetings (one announcement of a
meeting with its budget papers, four summaries of the decisions taken).

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
2,000 bytes: docplayer.se transcripts of two KS minutes, 5dok.org transcripts of two, a dokumen.tips transcript of
one KF minutes, and karlshamn.se news pages; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Karlshamns
kommun" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/karlshamns-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/karlshamns-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "karlshamn_ks_2009_nr9": "A",
    "karlshamn_ks_2013_nr3": "B",
    "karlshamn_ks_2017-03-07": "A",
    "karlshamn_ks_2021-02-02": "B",
    "karlshamn_kf_2018-10-22": "A",
    "karlshamn_kf_2021-02-15_beslut": "A",
    "karlshamn_kf_2022-05-23_beslut": "B",
    "karlshamn_kf_2022-12-12_kallelse": "B",
    "karlshamn_kf_2023-12-11_beslut": "A",
    "karlshamn_kf_2024-06-24_beslut": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/karlshamns-kommun"), DOCS,
            header="Karlshamns kommun", author="Karlshamns kommun")
