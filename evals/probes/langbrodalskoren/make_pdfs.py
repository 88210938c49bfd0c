"""Typeset the stored texts of Långbrodalskören (texts/*.txt) into PDFs: three årsmöte minutes (2012, 2016, 2022)
and seven board minutes (styrelseprotokoll, 2019–2024, one of them the konstituerande meeting of 2022).

The texts are the stored copies of the choir's own pages on langbrodalskoren.com exactly as the `search` tool's
`pages` corpus returns them, cut at about 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header
"Långbrodalskören" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/langbrodalskoren/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/langbrodalskoren)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "lbk_arsmote_2012-01-13": "A",
    "lbk_arsmote_2016-02-15": "B",
    "lbk_arsmote_2022-02-07": "A",
    "lbk_styrelse_2019-01-23": "B",
    "lbk_styrelse_2020-12-09": "A",
    "lbk_styrelse_2022-02-07": "B",
    "lbk_styrelse_2022-11-30": "A",
    "lbk_styrelse_2023-03-15": "B",
    "lbk_styrelse_2023-09-27": "A",
    "lbk_styrelse_2024-02-07": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/langbrodalskoren"), DOCS,
            header="Långbrodalskören", author="Långbrodalskören")
