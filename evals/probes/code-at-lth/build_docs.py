"""Build the documents of the code-at-lth probe set.

Source: github.com/Code-at-LTH/meta, commit 515fe33de0b4e52e570d5f25d8cdce745c84d354
(snapshot fetched to /work/.mirror/Code-at-LTH+meta/repo).

* The six minutes are the association's own LaTeX sources; they are compiled here
  unchanged with pdflatex (two passes, for "sida X av Y").
* Four Markdown documents (agenda, nomination proposal, activity plan, by-laws) are
  typeset with fpdf2 line by line, words unchanged; only Markdown markup characters
  (#, **, leading "- ") are turned into layout (bold headings, bullets).

Usage: python build_docs.py [OUT_DIR]
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF

GIT_DIR = "/work/.mirror/Code-at-LTH+meta/repo/.git"
COMMIT = "515fe33de0b4e52e570d5f25d8cdce745c84d354"
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/probes/docs/code-at-lth")

TEX = {
    "konstituerande/protokoll.tex": "codeatlth_protokoll_konstituerande_arsmote_2017-11-10.pdf",
    "protokoll/2018/20180228-styrelsemote.tex": "codeatlth_protokoll_styrelsemote_2018-02-28.pdf",
    "protokoll/2018/20180502-styrelsemote.tex": "codeatlth_protokoll_styrelsemote_2018-05-02.pdf",
    "protokoll/2018/20181106-styrelsemote.tex": "codeatlth_protokoll_styrelsemote_2018-11-06.pdf",
    "arsmoten/2019/20190122-arsmote.tex": "codeatlth_protokoll_arsmote_2019-01-22.pdf",
    "protokoll/2019/20190122-konstituerande-styrelsemote.tex": "codeatlth_protokoll_konstituerande_styrelsemote_2019-01-22.pdf",
}
MD = {
    "konstituerande/dagordning_uppstart.md": "codeatlth_dagordning_uppstartsmote_2017.pdf",
    "konstituerande/forslag_fortroendeposter.md": "codeatlth_forslag_fortroendeposter_2018.pdf",
    "konstituerande/verksamhetsplan18.md": "codeatlth_verksamhetsplan_2018.pdf",
    "konstituerande/stadgar.md": "codeatlth_stadgar.pdf",
}
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def git_show(path: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={GIT_DIR}", "show", f"{COMMIT}:{path}"],
        check=True, capture_output=True,
    ).stdout


def build_tex(src: str, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tex = Path(tmp) / "doc.tex"
        tex.write_bytes(git_show(src))
        for _ in range(2):
            subprocess.run(
                ["pdflatex", "-interaction=nonstopmode", "doc.tex"],
                cwd=tmp, check=False, capture_output=True,
            )
        shutil.copyfile(Path(tmp) / "doc.pdf", OUT / name)


def build_md(src: str, name: str) -> None:
    text = git_show(src).decode("utf-8")
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title(Path(src).name)
    pdf.add_page()
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if nxt and set(nxt) == {"="}:  # setext heading
            pdf.set_font("DejaVu", "B", 18)
            pdf.multi_cell(0, 9, line)
            pdf.ln(2)
            i += 2
            continue
        if not line.strip():
            pdf.ln(3)
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            size = {1: 16, 2: 14, 3: 12}.get(level, 12)
            pdf.set_font("DejaVu", "B", size)
            pdf.ln(2)
            pdf.multi_cell(0, size * 0.55, line.lstrip("#").strip())
            pdf.ln(1)
        else:
            indent = len(line) - len(line.lstrip(" "))
            body = line.strip()
            bullet = ""
            if body.startswith("- "):
                bullet, body = "\u2022 ", body[2:]
            pdf.set_font("DejaVu", "", 10.5)
            pdf.set_x(25 + indent * 1.5)
            if "**" in body:
                pdf.multi_cell(0, 5.5, bullet + body, markdown=True)
            else:
                pdf.multi_cell(0, 5.5, bullet + body)
        i += 1
    pdf.output(str(OUT / name))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for src, name in TEX.items():
        build_tex(src, name)
    for src, name in MD.items():
        build_md(src, name)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
