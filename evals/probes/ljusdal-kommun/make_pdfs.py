"""Typeset the stored texts of Ljusdals kommun (texts/*.txt) into PDFs.

The texts are the stored copies of public pages as the `search` tool's `pages` corpus returns them, cut at about
2,000 bytes: docplayer.se and 5dok.org transcripts of the municipality's own minutes (omsorgsnämnden,
kommunfullmäktige, kommunstyrelsen) and one page of ljusdal.se (the föredragningslista of kommunfullmäktige on
15 December 2025); see SOURCES.md. Layouts (../typeset_texts.py): A for the omsorgsnämnd minutes of 2013-06-18 and
§§ 210–238, the fullmäktige minutes of January 2013 and of 2021, and the web page; B, with the running header
"Ljusdals kommun" and a footer "Sida N" (not in the source), for the omsorgsnämnd minutes §§ 55–71, the fullmäktige
minutes from § 86 and from § 185, and the kommunstyrelse minutes of 2015-05-07. A first line under 140 characters
is the title (the PDF's title keeps its first 120).

Usage:  .venv/bin/python evals/probes/ljusdal-kommun/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/ljusdal-kommun)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "ljusdal_on_protokoll_2013-06-18": "A",
    "ljusdal_on_protokoll_55-71": "B",
    "ljusdal_on_protokoll_210-238": "A",
    "ljusdal_kf_protokoll_2013-01-28": "A",
    "ljusdal_kf_protokoll_86": "B",
    "ljusdal_kf_protokoll_185": "B",
    "ljusdal_kf_protokoll_2021_44-62": "A",
    "ljusdal_webb_kf-foredragningslista-2025-12-15": "A",
    "ljusdal_ks_protokoll_2015-05-07": "B",
}

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/ljusdal-kommun"), DOCS,
            header="Ljusdals kommun", author="Ljusdals kommun", title_chars=140, title_cut=120)
