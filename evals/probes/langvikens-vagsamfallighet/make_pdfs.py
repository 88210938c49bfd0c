"""Typeset the stored texts of Långvikens vägsamfällighet (texts/*.txt) into PDFs: three årsstämma minutes (2007,
2013, 2014), the notice of the 2013 stämma, five verksamhetsberättelser (1994/95–2012/13) and the 2008 by-laws.

The texts are the stored copies of the association's own web pages (langvikensvagsamfallighet.se) exactly as the
`search` tool's `pages` corpus returns them, cut at 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header "Långvikens
vägsamfällighet" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/langvikens-vagsamfallighet/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/langvikens-vagsamfallighet)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "langviken_arsstamma_2007-06-30": "A",
    "langviken_arsstamma_2013-07-13": "B",
    "langviken_arsstamma_2014-07-12": "A",
    "langviken_kallelse_2013": "B",
    "langviken_verksamhetsberattelse_1994-1995": "B",
    "langviken_verksamhetsberattelse_2007-2008": "A",
    "langviken_verksamhetsberattelse_2009-2010": "B",
    "langviken_verksamhetsberattelse_2011-2012": "A",
    "langviken_verksamhetsberattelse_2012-2013": "B",
    "langviken_stadgar_2008": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/langvikens-vagsamfallighet"), DOCS,
            header="Långvikens vägsamfällighet", author="Långvikens vägsamfällighet")
