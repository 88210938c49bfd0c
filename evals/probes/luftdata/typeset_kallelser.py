"""Typeset three Luftdata blog posts (kallelse + dagordning till årsmöte) into PDF.

The posts exist only as Jekyll Markdown in the public repository
github.com/luftdata/luftdata.se (snapshot commit
1bd5e95401f9efc1e2a8b73d4d9f2f9746823ea4). Each file is set line by line,
exactly as written (front matter, Liquid tag and HTML tags included); nothing
is cleaned or corrected.

Usage:
    .venv/bin/python evals/probes/luftdata/typeset_kallelser.py GIT_DIR OUT_DIR

GIT_DIR is a clone/snapshot git directory of luftdata/luftdata.se,
OUT_DIR the docs folder (e.g. /work/probes/docs/luftdata).
"""

import subprocess
import sys
from pathlib import Path

from fpdf import FPDF

COMMIT = "1bd5e95401f9efc1e2a8b73d4d9f2f9746823ea4"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# source path in the repository -> output file name
POSTS = {
    "_posts/blog/2018-11-03-kallelse-till-luftdatas-arsmote.md": "luftdata_kallelse_arsmote_2018-11-25.pdf",
    "_posts/blog/2020-02-21-kallelse-till-luftdatas-arsmote.md": "luftdata_kallelse_arsmote_2020-04-27.pdf",
    "_posts/blog/2022-03-15-kallelse-till-luftdatas-arsmote.md": "luftdata_kallelse_arsmote_2022-04-29.pdf",
}


def source_text(git_dir: str, path: str) -> str:
    out = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{path}"],
        check=True,
        capture_output=True,
    )
    return out.stdout.decode("utf-8")


def typeset(text: str, out: Path, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Ideella föreningen Luftdata (typeset from luftdata.se source)")
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for line in text.splitlines():
        if line.strip() == "":
            pdf.ln(5)
        else:
            pdf.multi_cell(0, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def main() -> None:
    git_dir, out_dir = sys.argv[1], Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    for src, name in POSTS.items():
        typeset(source_text(git_dir, src), out_dir / name, Path(src).stem)
        print("wrote", out_dir / name)


if __name__ == "__main__":
    main()
