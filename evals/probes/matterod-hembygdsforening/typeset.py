"""Typeset Matteröds Hembygdsförening web pages (Next.js JSX) into PDF.

Source: github.com/karlskag/hembygd-web at commit
58dcee8ee978f45887132fb7287664f638d024de (pages/inbjudan/*.js,
pages/referat/*.js).  The pages exist only as JSX source, so the visible text
of each page (the <main> element plus the <footer>) is extracted and set in
DejaVu Sans with fpdf2.  Wording, spelling and punctuation are kept as written;
only the page chrome is dropped (the "< Till startsidan" navigation links and
the images; image captions that are text paragraphs are kept).  Whitespace
inside a paragraph is collapsed the way a browser renders it, <br/> becomes a
line break, and the JSX entity &quot; becomes a straight double quote.

Usage:
  python typeset.py GIT_DIR OUT_DIR
where GIT_DIR is a git directory of a snapshot of karlskag/hembygd-web (e.g.
/work/.mirror/karlskag+hembygd-web/repo).
"""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from fpdf import FPDF

COMMIT = "58dcee8ee978f45887132fb7287664f638d024de"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

PAGES = {
    "matterod_inbjudan_2022-08-07.pdf": "pages/inbjudan/2022.js",
    "matterod_inbjudan_2023-08-06.pdf": "pages/inbjudan/2023.js",
    "matterod_inbjudan_2024-08-04.pdf": "pages/inbjudan/2024.js",
    "matterod_inbjudan_2025-08-03.pdf": "pages/inbjudan/2025.js",
    "matterod_inbjudan_2026-08-02.pdf": "pages/inbjudan/2026.js",
    "matterod_referat_2024-08-04.pdf": "pages/referat/2024.js",
    "matterod_referat_2025-08-03.pdf": "pages/referat/2025.js",
}


def jsx_to_html(src: str) -> str:
    """Cut out <main>…</main> and <footer>…</footer> and strip JSX expressions."""
    main = re.search(r"<main\b.*?</main>", src, re.S).group(0)
    footer_m = re.search(r"<footer\b.*?</footer>", src, re.S)
    frag = main + (footer_m.group(0) if footer_m else "")
    # Navigation links: <Link href="/">{"< Till startsidan"}</Link>
    frag = re.sub(r"<Link\b[^>]*>\s*\{\"< Till startsidan\"\}\s*</Link>", "", frag)
    # Attribute expressions such as className={styles.x} or style={{ ... }}
    frag = re.sub(r"=\{\{.*?\}\}", '=""', frag, flags=re.S)
    frag = re.sub(r"=\{[^{}]*\}", '=""', frag)
    # Self-closing components (Image) – no text
    frag = re.sub(r"<Image\b[^>]*/>", "", frag)
    return frag


class Blocks(HTMLParser):
    """Collect (kind, text) blocks: kind in h1, h2, h3, p, footer."""

    BLOCK = {"h1", "h2", "h3", "p", "footer"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.stack: list[str] = []
        self.buf: list[str] = []

    def _flush(self) -> None:
        text = "".join(self.buf)
        lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")]
        lines = [ln for ln in lines if ln]
        if lines:
            kind = self.stack[-1] if self.stack else "p"
            self.blocks.append((kind, "\n".join(lines)))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in self.BLOCK:
            self._flush()
            self.stack.append(tag)
        elif tag == "br":
            self.buf.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag.lower() == "br":
            self.buf.append("\n")

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in self.BLOCK:
            self._flush()
            if self.stack:
                self.stack.pop()

    def handle_data(self, data):
        # Source line breaks are plain whitespace in rendered HTML.
        self.buf.append(data.replace("\n", " "))


def page_blocks(src: str) -> list[tuple[str, str]]:
    p = Blocks()
    p.feed(jsx_to_html(src))
    p.close()
    return p.blocks


def render(blocks: list[tuple[str, str]], out: Path, title: str) -> None:
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Matteröds Hembygdsförening")
    pdf.set_creator("typeset.py (fpdf2) – text från karlskag/hembygd-web")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    sizes = {"h1": 18, "h2": 14, "h3": 12}
    for kind, text in blocks:
        if kind in sizes:
            pdf.set_font("DejaVu", "B", sizes[kind])
            pdf.multi_cell(0, sizes[kind] * 0.55, text, align="L")
            pdf.ln(2)
        elif kind == "footer":
            pdf.ln(4)
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(0, 5, text, align="L")
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, text, align="L")
            pdf.ln(3)
    pdf.output(str(out))


def main() -> None:
    git_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, path in PAGES.items():
        src = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{path}"],
            check=True, capture_output=True, text=True,
        ).stdout
        blocks = page_blocks(src)
        title = next((t for k, t in blocks if k == "h2"), name)
        render(blocks, out_dir / name, title)
        print(name, len(blocks), "blocks")


if __name__ == "__main__":
    main()
