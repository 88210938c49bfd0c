"""Typeset the stored texts of Storumans kommun (texts/*.txt) into PDFs: minutes of the kommunstyrelse (KS) and of
its arbetsutskott (KSAU), and two pages of the municipality's website.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: docplayer.se transcripts of five minutes, 5dok.org transcripts of two minutes, and two pages of
storuman.se; see SOURCES.md. Layouts (../typeset_texts.py): A (no header) for the two 5dok.org transcripts and the
two web pages; B for the five docplayer.se transcripts, with a running header "Storumans kommun – Kommunstyrelsen"
or "Storumans kommun – Kommunstyrelsens arbetsutskott" and a footer "Sida N", neither in the source.

Usage:  .venv/bin/python evals/probes/storuman-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/storuman-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

WEB = {
    "sto_ks_2018-09-11": "A",
    "sto_ks_2019-04-09": "A",
    "sto_kommun-och-politik": "A",
    "sto_kf_snabbreferat": "A",
}
KS = {
    "sto_ks_exploateringsavtal-hemavan": "B",
    "sto_ks_2014-04-08": "B",
}
KSAU = {
    "sto_ksau_2012-03-27": "B",
    "sto_ksau_2018-01-16": "B",
    "sto_ksau_2018-03-20": "B",
}
BOLD = frozenset({"Snabbreferat från kommunfullmäktige", "Storumans kommunhus", "Omröstningslista",
                  "Motion - decentralisering av offentliga myndigheter"})

if __name__ == "__main__":
    texts = Path(__file__).resolve().parent / "texts"
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/storuman-kommun")
    typeset(texts, out, WEB, header="Storumans kommun", author="Storumans kommun", bold=BOLD)
    typeset(texts, out, KS, header="Storumans kommun – Kommunstyrelsen", author="Storumans kommun")
    typeset(texts, out, KSAU, header="Storumans kommun – Kommunstyrelsens arbetsutskott", author="Storumans kommun")
