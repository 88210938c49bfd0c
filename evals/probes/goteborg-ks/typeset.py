"""Typeset Göteborgs Stad kommunstyrelsen protocols (spring 2025) into PDF.

Source: data/graf/ks-<datum>.json in the public repository DeArbetarForDig/dearbetarfordig.se
(commit a034da59b1a31b1bd016855a282f0e102ec1c30f). Each JSON file holds, per meeting, the
attendance list (structured fields) and every paragraph's "fulltext", which the project's
pipeline extracted from the official protocol PDF published by Göteborgs Stad.

The paragraph texts are written out exactly as stored (line breaks kept, nothing cleaned or
fixed). The two title lines, the one-line source note and the attendance list are rendered
here from the JSON fields (the attendance list is "namn (parti), roll" as stored).

Usage: python typeset.py <git-dir of the snapshot> <output dir>
"""
import json
import subprocess
import sys
from pathlib import Path

from fpdf import FPDF

COMMIT = "a034da59b1a31b1bd016855a282f0e102ec1c30f"
DATES = ["2025-02-26", "2025-03-12", "2025-03-26", "2025-04-09", "2025-04-23", "2025-05-07"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def load(git_dir: str, date: str) -> dict:
    raw = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{COMMIT}:data/graf/ks-{date}.json"],
        check=True, capture_output=True,
    ).stdout
    return json.loads(raw.decode("utf-8"))


def render(data: dict, date: str, out: Path) -> None:
    meeting = next(n for n in data["nodes"] if n["typ"] == "möte")
    paragraphs = [n for n in data["nodes"] if n["typ"] == "paragraf"]
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_title(f"Göteborgs Stad Kommunstyrelsen {date}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, "Göteborgs Stad\nKommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, f"Sammanträdesdatum {meeting['data']['datum']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(
        0, 4,
        f"Paragraftexter ur protokollet enligt data/graf/ks-{date}.json i DeArbetarForDig/dearbetarfordig.se.",
        new_x="LMARGIN", new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "Närvarande", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    lines = [f"{p['namn']} ({p['parti']}), {p['roll']}" for p in meeting["data"].get("närvarande", [])]
    pdf.multi_cell(0, 5, "\n".join(lines), new_x="LMARGIN", new_y="NEXT")
    for node in paragraphs:
        pdf.ln(4)
        text = node["data"].get("fulltext", "")
        first, _, rest = text.partition("\n")
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5, first, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        if rest:
            pdf.multi_cell(0, 5, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def main() -> None:
    git_dir, out_dir = sys.argv[1], Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    for date in DATES:
        render(load(git_dir, date), date, out_dir / f"goteborg_ks_{date}.pdf")


if __name__ == "__main__":
    main()
