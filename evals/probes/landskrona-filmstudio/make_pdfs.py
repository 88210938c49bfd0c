"""Typeset the stored texts of Landskrona Filmstudio (texts/*.txt) into PDFs: four årsmöte minutes (2020–2023), four
verksamhetsberättelser (2018, 2019, 2021, 2023) and two verksamhetsplaner (2020, 2022) of the film society.

The texts are the stored copies of the society's own web pages (landskronafilmstudio.com) exactly as the `search`
tool's `pages` corpus returns them, cut after about 2,000 bytes; see SOURCES.md. Layouts (../typeset_texts.py):
A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Landskrona Filmstudio" and a footer "Sida N",
neither in the source). Every text starts with the site's banner ("1970 - 2024" / "54 ÅR" / "L A N D S K R O N A" /
"f  i  l  m  s  t  u  d  i  o"), so the short first line, the banner's year span, is what is set as the bold title.

Usage:  .venv/bin/python evals/probes/landskrona-filmstudio/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/landskrona-filmstudio)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "lfs_protokoll_arsmote_2020-03-12": "A",
    "lfs_protokoll_arsmote_2021-04-21": "B",
    "lfs_protokoll_arsmote_2022-04-20": "A",
    "lfs_protokoll_arsmote_2023-03-23": "B",
    "lfs_verksamhetsberattelse_2018": "B",
    "lfs_verksamhetsberattelse_2019": "A",
    "lfs_verksamhetsberattelse_2021": "B",
    "lfs_verksamhetsberattelse_2023": "A",
    "lfs_verksamhetsplan_2020": "B",
    "lfs_verksamhetsplan_2022": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/landskrona-filmstudio"), DOCS,
            header="Landskrona Filmstudio", author="Landskrona Filmstudio")
