"""Typeset the stored texts of Blekingska nationen, Lund (texts/*.txt) into PDFs.

The texts are the stored copies of pages of blekingska.se (the nation's news posts with notices and minutes of its
nationsmöten, a nomination post, its by-laws page and one annual chronicle) as the `search` tool's `pages` corpus
returns them, each cut at about 2,000 bytes; see SOURCES.md.
Layouts (../typeset_texts.py): A for the notices, the nomination post, the extra meeting's minutes, the by-laws and
the chronicle; B, with the running header "Blekingska Nationen i Lund" and a footer "Sida N" (neither in the
source), for the minutes of 8/12 (2016) and 21 September (2017).

Usage:  .venv/bin/python evals/probes/blekingska-nationen/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/blekingska-nationen)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "blekingska_valberedningens-forslag_2016-04-07": "A",
    "blekingska_nationsmote_2016-11-10_kallelse": "A",
    "blekingska_nationsmote_2016-12-08_protokoll": "B",
    "blekingska_urtima-nationsmote_2017-09-04_protokoll": "A",
    "blekingska_nationsmote_2017-09-21_protokoll": "B",
    "blekingska_digitalt-nationsmote_2020-09-24": "A",
    "blekingska_stadgar_2016": "A",
    "blekingska_arskronika_2013": "A",
}
BOLD = frozenset({"BLEKINGSKA NATIONENS MEDLEMMAR KALLAS TILL:", "LAGTIMA NATIONSMÖTE", "Mötesprotokoll",
                  "Dagordningspunkter", "Tjänstemän", "KAP. I. Nationens syfte", "KAP. II. Medlemskap",
                  "KAP. III. Nationens styrelse (seniorskollegiet) och förtroendevalda"})

if __name__ == "__main__":
    typeset(Path(__file__).resolve().parent / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/blekingska-nationen"), DOCS,
            header="Blekingska Nationen i Lund", author="Blekingska Nationen", bold=BOLD)
