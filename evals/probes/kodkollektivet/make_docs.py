"""Build the Kodkollektivet probe documents.

PDFs are copied byte for byte from the association's public repository
github.com/Kodkollektivet/documents (snapshot commit below); Markdown minutes
from the same commit are typeset with fpdf2 (DejaVu Sans), one source line per
output line (long lines wrapped), Markdown heading marks (#) dropped and the
heading set in bold.

Usage:
    .venv/bin/python evals/probes/kodkollektivet/make_docs.py GIT_DIR [OUT_DIR]
GIT_DIR is a clone (or bare git directory) of Kodkollektivet/documents.
"""
import hashlib
import subprocess
import sys
from pathlib import Path

from fpdf import FPDF

COMMIT = "8f73afd93904fa4598fe945cb355088ace696c5a"
GIT = sys.argv[1]
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/probes/docs/kodkollektivet")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

COPY = {
    "kodkollektivet_stormote_2017-02-14.pdf": "meetings/Meeting protocol/Protocol.pdf",
    "kodkollektivet_uppstartsmote_2017-02-14_anteckningar.pdf": "meetings/Meetings 2017/meeting-items-2017-02-14.pdf",
    "kodkollektivet_ansokningsbrev_linnestudenterna_2017.pdf": "Letter/Linnestudenterna_kodkollektivet_brev.pdf",
    "kodkollektivet_board_meeting_2019-08-19.pdf": "meetings/Meetings 2019/meeting-minutes-2019-08-19.pdf",
    "kodkollektivet_board_election_2020-06-10_signed.pdf": "meetings/Meetings 2020/board-election-2020-signed.pdf",
}
TYPESET = {
    "kodkollektivet_big_meeting_2018-10-23.pdf": "meetings/Meetings 2018/extraordinary_big-meeting_2018.md",
    "kodkollektivet_board_election_2019-05-07.pdf": "meetings/Meetings 2019/board-election-2019.md",
    "kodkollektivet_board_meeting_2020-10-20.pdf": "meetings/Meetings 2020/board_meeting_2020-10-20.md",
    "kodkollektivet_board_meeting_2020-11-24.pdf": "meetings/Meetings 2020/board_meeting_2020_11_24.md",
    "kodkollektivet_yearly_meeting_2021-06-10.pdf": "meetings/Meetings 2021/yearly_meeting_2021-06-10.md",
}


def show(path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", GIT, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout


def typeset(md: str, out: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    for raw in md.splitlines():
        line = raw.rstrip().replace("\t", "    ")
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            text = line.lstrip("#").strip()
            pdf.set_font("DejaVu", "B", {1: 15, 2: 13}.get(level, 11.5))
            pdf.ln(2)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("DejaVu", "", 10.5)
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


OUT.mkdir(parents=True, exist_ok=True)
for name, src in COPY.items():
    data = show(src)
    (OUT / name).write_bytes(data)
    print(name, hashlib.sha256(data).hexdigest())
for name, src in TYPESET.items():
    typeset(show(src).decode("utf-8"), OUT / name)
    print(name, "typeset from", src)
