"""Typeset the stored texts of Region Halland's regionstyrelse (and of its predecessor, Landstinget Halland's
landstingsstyrelse) and of Region Halland's driftnämnd Kultur och skola (texts/*.txt) into PDFs.

The texts are the stored copies of public pages exactly as the `search` tool's `pages` corpus returns them, cut at
about 2,000 bytes: docplayer.se transcripts of four minutes (protokoll) and one agenda (föredragningslista) of the
styrelse, three news pages "Nyheter från regionstyrelsen" of regionhalland.se, and two meeting pages of the driftnämnd
on politik.regionhalland.se; see SOURCES.md. Layouts (../typeset_texts.py): A (no header) for the five web pages;
B for the four minutes and the agenda, with a running header "Landstinget Halland – Landstingsstyrelsen" (2003, 2009)
or "Region Halland – Regionstyrelsen" (2014) and a footer "Sida N", neither in the source.

Usage:  .venv/bin/python evals/probes/region-halland/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/region-halland)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

WEB = {
    "rh_regionstyrelsen_nyheter_2015-09-02": "A",
    "rh_regionstyrelsen_nyheter_2015-10-28": "A",
    "rh_regionstyrelsen_nyheter_2017-08-30": "A",
    "rh_dks_mote_2017-09-28": "A",
    "rh_dks_mote_2018-12-11": "A",
}
LANDSTING = {
    "rh_landstingsstyrelsen_2003-12-08": "B",
    "rh_landstingsstyrelsen_2009-11-30": "B",
}
REGION = {
    "rh_regionstyrelsen_foredragningslista_2014-03-26": "B",
    "rh_regionstyrelsen_2014-04-30": "B",
    "rh_regionstyrelsen_2014-10-15": "B",
}
BOLD = frozenset({"Nya operationsbord ska göra arbetet smidigare", "Sammanträdestider för regionstyrelsen 2018",
                  "Sexton vårdplatser skapas i Varberg för beroendevård", "Region Halland gemensamt",
                  "Hälso- och sjukvård"})

if __name__ == "__main__":
    texts = Path(__file__).resolve().parent / "texts"
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/region-halland")
    typeset(texts, out, WEB, header="Region Halland", author="Region Halland", bold=BOLD)
    typeset(texts, out, LANDSTING, header="Landstinget Halland – Landstingsstyrelsen", author="Landstinget Halland")
    typeset(texts, out, REGION, header="Region Halland – Regionstyrelsen", author="Region Halland")
