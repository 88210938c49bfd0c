"""Typeset the stored texts of Upsala Bridgesällskap's minutes (texts/*.txt) into PDFs.

The texts are the club's own web pages (uppsala.svenskbridge.se/UBS/…, Word-exported HTML minutes) as the `search`
tool's `pages` corpus returns them, each from its beginning and cut at about 2,000 characters; see SOURCES.md.
Layouts (../typeset_texts.py): A for the 2007, 2008 and 2010 board minutes; B, with the running header
"Upsala Bridgesällskap" and a footer "Sida N" (neither in the source), for the three 2009 board minutes and the
2010 annual meeting.

Usage:  .venv/bin/python evals/probes/upsala-bridgesallskap/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/upsala-bridgesallskap)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "ubs_styrelsemote_2007-02-06": "A",
    "ubs_styrelsemote_2007-02-28": "A",
    "ubs_styrelsemote_2008-04-23": "A",
    "ubs_styrelsemote_2008-08-26": "A",
    "ubs_styrelsemote_2009-04-06": "B",
    "ubs_styrelsemote_2009-08-25": "B",
    "ubs_styrelsemote_2009-11-26": "B",
    "ubs_arsmote_2010-02-13": "B",
    "ubs_styrelsemote_2010-08-24": "A",
    "ubs_styrelsemote_2010-11-10": "A",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/upsala-bridgesallskap"), DOCS,
            header="Upsala Bridgesällskap", author="Upsala Bridgesällskap")
