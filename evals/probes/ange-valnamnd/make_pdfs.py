"""Typeset the stored texts of Ånge kommun's valnämnd (texts/*.txt) into PDFs.

The texts are the stored copies of public pages (a docplayer.se transcript and a yumpu.com copy of the valnämnd's own
protocol PDFs, a page of the meeting portal moten.ange.se and a page of ange.se) exactly as the `search` tool's
`pages` corpus returns them, cut at about 2,000 bytes; see SOURCES.md. The texts are not edited by hand; this script
makes only these mechanical changes before typesetting (into a temporary folder):
  - web-page chrome lines of docplayer.se and yumpu.com are left out (CHROME below, and the `Download "…"` line);
  - a line that repeats the line kept just before it (yumpu repeats its title three times) is left out;
  - the HTML tags `<br />`, `<strong>` and `</strong>` of the yumpu copy are removed.
Layouts (../typeset_texts.py): B, with the running header "Ånge kommun – Valnämnden" and a footer "Sida N" (not in
the source), for the 2006 and 2009 minutes; A for the 2019 meeting page and the ange.se page.

Usage:  .venv/bin/python evals/probes/ange-valnamnd/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/ange-valnamnd)
"""
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

DOCS = {
    "ange_valnamnden_protokoll_2006-02-07": "B",
    "ange_valnamnden_protokoll_2009-03-10": "B",
    "ange_valnamnden_mote_2019-05-29": "A",
    "ange_webb_val-2022": "A",
}
CHROME = {"Save this PDF as:", "WORD  PNG  TXT  JPG", "Storlek: px", "Starta visningen från sidan:", "Transkript",
          "18.09.2013 Views", "SHOW MORE", "SHOW LESS", "Create successful ePaper yourself",
          "Turn your PDF publications into a flip-book with our unique Google optimized e-Paper software."}
TAGS = re.compile(r"<br />|</?strong>")


def clean(text: str) -> str:
    kept: list[str] = []
    for line in text.split("\n"):
        if line.strip() in CHROME or line.startswith('Download "'):
            continue
        line = TAGS.sub("", line)
        nonblank = [k for k in kept if k.strip()]
        if line.strip() and nonblank and line == nonblank[-1]:
            continue
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept))


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        for stem in DOCS:
            (Path(tmp) / f"{stem}.txt").write_text(clean((here / "texts" / f"{stem}.txt").read_text(encoding="utf-8")),
                                                   encoding="utf-8")
        typeset(Path(tmp), Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/ange-valnamnd"), DOCS,
                header="Ånge kommun – Valnämnden", author="Ånge kommun, valnämnden")
