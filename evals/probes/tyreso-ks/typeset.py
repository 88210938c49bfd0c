"""Typeset the stored web-page texts in page_texts.json into PDFs for the tyreso-ks probe set.

The texts are the stored copies (search tool, corpus "pages") of Tyresö kommun's own web pages.
Each text is kept as written. The only change: where the stored copy breaks off in the middle of
a line (the store keeps roughly the first 2,000 characters of a page), the unfinished last line
is cut after its last whole sentence (or dropped, if it has none) and "[…]" is written
instead. Nothing else is added, cleaned or fixed.

Usage: python typeset.py OUT_DIR
"""
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
COMPLETE = {"tyreso_ks_nyhet_2019-09-18.pdf", "tyreso_ks_om_kommunstyrelsen_2017.pdf"}


def body(item):
    text = item["excerpt"]
    if item["file"] in COMPLETE:
        return text
    head, _sep, last = text.rpartition("\n")
    # keep the whole sentences of the unfinished last line, drop the broken-off rest
    cut = last.rfind(". ")
    if cut != -1 and not re.fullmatch(r"\d+\.", last[: cut + 1].strip()):
        head = head + "\n" + last[: cut + 1]
    return head.rstrip() + "\n[…]"


def main(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for item in json.loads((HERE / "page_texts.json").read_text(encoding="utf-8")):
        pdf = FPDF(format="A4")
        pdf.set_title(item["title"])
        pdf.set_author("Tyresö kommun (typeset from stored web page)")
        pdf.set_subject(item["url"])
        pdf.add_font("DejaVu", "", FONT)
        pdf.set_font("DejaVu", size=10)
        pdf.set_margins(20, 20, 20)
        pdf.add_page()
        pdf.multi_cell(0, 5, body(item), align="L")
        pdf.output(str(out / item["file"]))
        print("wrote", out / item["file"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/probes/docs/tyreso-ks")
