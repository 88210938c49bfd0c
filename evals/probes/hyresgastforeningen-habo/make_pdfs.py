"""Typeset the stored texts of the local tenants' association in Håbo (texts/*.txt) into PDFs: seven board minutes of
Lokala Hyresgästföreningen (LH) in Håbo 2018–2019 from its site's page "Protokoll", Hyresgästföreningen's statutes of
2018 (which govern the lokala hyresgästföreningar) and the association's housing-policy programme for Håbo.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes (the minutes page was stored seven times, each time with another meeting's minutes on top); see
SOURCES.md. Layouts (../typeset_texts.py): A (DejaVuSans, no header) and B (DejaVuSerif, with a running header
"Hyresgästföreningen Håbo" and a footer "Sida N", neither in the source).

Usage:  .venv/bin/python evals/probes/hyresgastforeningen-habo/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/hyresgastforeningen-habo)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "lh_habo_2018-01-18": "A",
    "lh_habo_2018-04-19": "B",
    "lh_habo_2018-06-07": "A",
    "lh_habo_2018-08-23": "B",
    "lh_habo_2018-10-18": "A",
    "lh_habo_2019-01-24": "B",
    "lh_habo_2019-10-03": "A",
    "hgf_stadgar_2018": "A",
    "hgf_habo_bostadspolitiskt_program": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/hyresgastforeningen-habo"), DOCS,
            header="Hyresgästföreningen Håbo", author="Hyresgästföreningen Håbo")
