"""Build the document folder of the python-sverige probe set.

Source: the public repository python-sverige/protokoll (minutes of the
association Python Sverige), read from a local git snapshot.

- Three PDFs that were once committed to the repository are copied byte for
  byte from their git blobs.
- Five minutes that exist only as Markdown are typeset here with fpdf2. Every
  source line is written as it stands (same words, same spelling, same dates);
  only the Markdown markup is rendered: heading marks (#) become a bold line,
  **bold** and *italic* marks are dropped (the text is set bold or italic),
  list marks (* or -) become a bullet, and a line of dashes becomes a rule.
  Nothing is added, removed or corrected.

Usage:
    .venv/bin/python evals/probes/python-sverige/make_docs.py [GIT_DIR] [OUT_DIR]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from fpdf import FPDF

GIT_DIR = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/python-sverige+protokoll/repo")
OUT_DIR = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/probes/docs/python-sverige")

HEAD = "f944826c458860a045cce83ef641167951d77266"

# (commit, path in repository, output file name)
PDF_COPIES = [
    ("1a3e30e62eb8b2378006885d06827bbe9999fa5a", "arsmote/arsmote-2013-01-08.pdf",
     "pythonsverige_arsmote_2013-01-08.pdf"),
    ("1a3e30e62eb8b2378006885d06827bbe9999fa5a", "styrelsemote/styrelsemote-2013-01-08.pdf",
     "pythonsverige_styrelsemote_2013-01-08.pdf"),
    ("d1c145562367e99271ce2ddc21cd5d894f893be4", "styrelsen/styrelsemote-2013-01-21.pdf",
     "pythonsverige_styrelsemote_2013-01-21.pdf"),
]

MARKDOWN = [
    (HEAD, "styrelsemote/2013/styrelsemote-2013-01-30.md", "pythonsverige_styrelsemote_2013-01-30.pdf"),
    (HEAD, "styrelsemote/2013/styrelsemote-2013-02-18.md", "pythonsverige_styrelsemote_2013-02-18.pdf"),
    (HEAD, "styrelsemote/2013/styrelsemote-2013-04-01.md", "pythonsverige_styrelsemote_2013-04-01.pdf"),
    (HEAD, "arsmote/arsmote-2014-05-21.md", "pythonsverige_arsmote_2014-05-21.pdf"),
    (HEAD, "styrelsemote/2014/styrelsemote-2014-12-18.md", "pythonsverige_styrelsemote_2014-12-18.pdf"),
]

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def git_blob(commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={GIT_DIR}", "show", f"{commit}:{path}"],
        check=True, capture_output=True,
    ).stdout


class Doc(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=20)
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.add_page()

    def line_of_text(self, text: str, style: str = "", size: float = 10.5, indent: float = 0.0) -> None:
        self.set_font("DejaVu", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.r_margin - self.l_margin - indent, size * 0.52, text,
                        new_x="LMARGIN", new_y="NEXT")


HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
BULLET = re.compile(r"^(\s*)[*-]\s+(.*)$")
RULE = re.compile(r"^\s*-{3,}\s*$|^\s*={3,}\s*$")


def strip_marks(text: str) -> tuple[str, str]:
    """Drop **bold** and *italic* marks; return (text, fpdf style)."""
    style = ""
    if "**" in text:
        style = "B" if text.strip().startswith("**") else ""
        text = text.replace("**", "")
    m = re.fullmatch(r"(\s*)\*([^*]+)\*(\s*)", text)
    if m:
        text = m.group(1) + m.group(2) + m.group(3)
        style = "I"
    else:
        text = re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"\1", text)
    return text, style


def typeset(markdown: str, out: Path) -> None:
    doc = Doc()
    for raw in markdown.splitlines():
        line = raw.rstrip()
        if not line.strip():
            doc.ln(2.5)
            continue
        if RULE.match(line):
            y = doc.get_y() + 1
            doc.line(doc.l_margin, y, doc.w - doc.r_margin, y)
            doc.ln(3)
            continue
        h = HEADING.match(line)
        if h:
            level = len(h.group(1))
            text, _ = strip_marks(h.group(2))
            size = {1: 15, 2: 13.5, 3: 12}.get(level, 11)
            doc.ln(1.5)
            doc.line_of_text(text, "B", size)
            doc.ln(0.8)
            continue
        b = BULLET.match(line)
        if b:
            indent = 4 + 2.5 * len(b.group(1).expandtabs(4))
            text, style = strip_marks(b.group(2))
            doc.line_of_text("• " + text, style, indent=indent)
            continue
        text, style = strip_marks(line)
        doc.line_of_text(text.strip(), style)
    doc.set_creator("fpdf2 (typeset from Markdown, see make_docs.py)")
    doc.output(str(out))


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for commit, path, name in PDF_COPIES:
        (OUT_DIR / name).write_bytes(git_blob(commit, path))
        print("copied ", name)
    for commit, path, name in MARKDOWN:
        typeset(git_blob(commit, path).decode("utf-8"), OUT_DIR / name)
        print("typeset", name)


if __name__ == "__main__":
    main()
