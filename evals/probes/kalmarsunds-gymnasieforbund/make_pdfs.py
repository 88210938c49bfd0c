"""Typeset the stored texts of Kalmarsunds gymnasieförbund (texts/*.txt) into PDFs.

The texts are the stored copies of public pages as the `search` tool's `pages` corpus returns them, cut by the store
at about 2,000 bytes (see SOURCES.md and texts/urls.json): a docplayer.se transcript of a direktion protocol, a
spotidoc.com transcript of an "anmälnings- och kännedomsärenden" paper with the minutes of the central co-operation
group attached, and eight pages of gyf.se. The .txt files are kept exactly as stored. This script changes only the
following, by rule:

* docplayer page: everything up to and including the line "Transkript" is left out (docplayer's page title,
  "Storlek: px", "Starta visningen från sidan:", the 'Download "…"' line), so the PDF starts with the transcript
  ("1 KALMARSUNDS GYMNASIEFöRBUND SAMMANTRÄDESPROTOKOLL …").
* gyf.se pages: the site's chrome lines "Gå till innehåll" and "Hitta på sidan" and the image focal-point line
  ({"X":…,"Y":…,"Width":…,"Height":…}) are left out.
* every remaining line becomes its own paragraph (../typeset_texts.py: long lines wrap, left-aligned; empty lines
  are kept; a first line shorter than 80 characters is set in bold as the title).

Layouts (../typeset_texts.py): A (DejaVuSans 10 pt, no header) for the web pages and the spotidoc paper; B
(DejaVuSerif 10.5 pt, running header "Kalmarsunds gymnasieförbund" and a footer "Sida N", neither in the source) for
the direktion protocol of 2017-04-27 and the protocol lists of 2019 and 2023.

Usage:  .venv/bin/python evals/probes/kalmarsunds-gymnasieforbund/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/kalmarsunds-gymnasieforbund)
"""
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "kgf_direktionen_protokoll_2017-04-27": "B",
    "kgf_anmalningsarenden_2015-11-12": "A",
    "kgf_webb_protokoll-2017": "A",
    "kgf_webb_protokoll-2019": "B",
    "kgf_webb_protokoll-2021": "A",
    "kgf_webb_protokoll-2023": "B",
    "kgf_webb_om-gymnasieforbundet": "A",
    "kgf_webb_forbundsdirektionen": "A",
    "kgf_webb_forbundsordning-2023": "A",
    "kgf_webb_forbundsordning-2004": "A",
}
CHROME = {"Gå till innehåll", "Hitta på sidan"}
FOCAL_POINT = re.compile(r'^\{"X":[0-9.]+,"Y":[0-9.]+,"Width":[0-9.]+,"Height":[0-9.]+\}$')


def lines_of(stem: str) -> list[str]:
    lines = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    if "Transkript" in lines:  # a docplayer page: keep only the transcript
        lines = lines[lines.index("Transkript") + 1:]
    lines = [ln for ln in lines if ln not in CHROME and not FOCAL_POINT.match(ln)]
    while lines and not lines[0].strip():  # no empty lines before the first kept line
        lines.pop(0)
    return lines


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/kalmarsunds-gymnasieforbund")
    with tempfile.TemporaryDirectory() as tmp:
        for stem in DOCS:
            (Path(tmp) / f"{stem}.txt").write_text("\n".join(lines_of(stem)) + "\n", encoding="utf-8")
        typeset(Path(tmp), out, DOCS, header="Kalmarsunds gymnasieförbund", author="Kalmarsunds gymnasieförbund")
