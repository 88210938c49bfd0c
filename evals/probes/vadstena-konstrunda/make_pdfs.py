"""Typeset the stored texts of Vadstena Konstrunda (texts/*.txt) into PDFs: five årsmöte minutes (2020–2024), two
board minutes of 2024 and two verksamhetsberättelser (2019, 2022).

The texts are the stored copies of the association's own web pages (vadstenakonstrunda.se / .com: the pages
"Årsmöte", "Medlemsinfo" and "Verksamhetsberättelse", each stored in several versions) exactly as the `search`
tool's `pages` corpus returns them, cut at 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header
"Vadstena Konstrunda" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/vadstena-konstrunda/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/vadstena-konstrunda)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "vkr_arsmote_2020-01-26": "A",
    "vkr_arsmote_2021-08-15": "B",
    "vkr_arsmote_2022-04-24": "A",
    "vkr_arsmote_2023-03-19": "B",
    "vkr_arsmote_2024-03-24": "A",
    "vkr_styrelsemote_2024-01-18": "B",
    "vkr_styrelsemote_2024-05-23": "A",
    "vkr_verksamhetsberattelse_2019": "B",
    "vkr_verksamhetsberattelse_2022": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/vadstena-konstrunda"), DOCS,
            header="Vadstena Konstrunda", author="Vadstena Konstrunda ideell förening")
