"""Typeset three web pages of Västergötlands Spelmansförbund (VSF) into PDFs.

The pages are PHP/HTML files of the förbund's own web site (repository tofka/vsf.nu, commit 84801c8 of 2014-05-05),
copied byte for byte into texts/source/. They hold no PDF, so their text is extracted here by script (never by hand)
into texts/<stem>.txt and then typeset with ../typeset_texts.py; see SOURCES.md.

Extraction (extract()): the `<?php … ?>` includes (menu, header, footer) are removed; the rest is parsed with
BeautifulSoup; every h2/h3/p/div/table row and <br> starts a new line (the source's own line breaks count as spaces), table cells
of one row are joined with " | ", links are spaced off from their neighbours; white space inside a line is collapsed
and empty lines are dropped.
Nothing else is changed: spelling, typos ("orförandeklubban", "Zornmårkesuppspelningen") and the "Upp" links stay.

Layouts (../typeset_texts.py): A for the page of annual-meeting reports; B, with the running header
"Västergötlands Spelmansförbund" and a footer "Sida N" (neither in the source), for the two tables.

Usage:  .venv/bin/python evals/probes/vg-spelmansforbund/make_pdfs.py [OUTDIR]
(default OUTDIR: /work/probes/docs/vg-spelmansforbund)
"""
import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from typeset_texts import typeset  # noqa: E402

HERE = Path(__file__).resolve().parent
SOURCES = {  # stem: (source page, layout)
    "vsf_arsmotesreferat_2002-2010": ("arsmoten.php", "A"),
    "vsf_hedersmedlemmar": ("hedersmedlemmar.php", "B"),
    "vsf_nils-eriksson-stipendiater": ("nestipendiater.php", "B"),
}
BREAK = "\x00"  # a line break of the extracted text; the source's own line breaks are white space
BLOCKS = ["h1", "h2", "h3", "p", "div", "table", "tr", "br"]


def extract(php: str) -> str:
    html = re.sub(r"<\?php.*?\?>", "", php, flags=re.S)
    soup = BeautifulSoup(html, "html.parser")
    for a in soup.find_all("a"):
        a.insert_before(NavigableString(" "))
        a.insert_after(NavigableString(" "))
    for tr in soup.find_all("tr"):
        cells = tr.find_all(["td", "th"])
        for cell in cells[:-1]:
            cell.append(NavigableString(" | "))
    for tag in soup.find_all(BLOCKS):
        tag.insert_before(NavigableString(BREAK))
        tag.insert_after(NavigableString(BREAK))
    lines = (" ".join(line.split()) for line in soup.get_text().split(BREAK))
    return "\n".join(line for line in lines if line) + "\n"


if __name__ == "__main__":
    for stem, (page, _) in SOURCES.items():
        text = extract((HERE / "texts" / "source" / page).read_text(encoding="utf-8"))
        (HERE / "texts" / f"{stem}.txt").write_text(text, encoding="utf-8")
    typeset(HERE / "texts",
            Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/probes/docs/vg-spelmansforbund"),
            {stem: layout for stem, (_, layout) in SOURCES.items()},
            header="Västergötlands Spelmansförbund", author="Västergötlands Spelmansförbund")
