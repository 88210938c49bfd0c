"""Build a corpus N times the size of the sample (the Region Västmanland agenda and report) from real text.

Copy i keeps the text but moves every ISO date i weeks forward, renames the body, renumbers the agenda
items and marks page breaks with form feeds, so that documents stay distinct (different hashes, meetings,
bodies) the way a region's archive does.
"""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "region-vastmanland"
BODIES = [
    "Strategisk regional beredning", "Regionstyrelsen", "Regionfullmäktige", "Hälso- och sjukvårdsnämnden",
    "Kollektivtrafiknämnden", "Kulturnämnden", "Regionala utvecklingsnämnden", "Patientnämnden",
    "Folkhälsoberedningen", "Personalutskottet",
]
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_ITEM = re.compile(r"^(\d{1,2})(?= \S)", re.MULTILINE)


def shift_dates(text: str, weeks: int) -> str:
    def move(match: re.Match[str]) -> str:
        try:
            moved = date(int(match[1]), int(match[2]), int(match[3])) + timedelta(weeks=weeks)
        except ValueError:
            return match[0]
        return moved.isoformat()

    return _ISO.sub(move, text)


def paginate(text: str, page_chars: int = 2800) -> str:
    """Form feeds between pages, at paragraph breaks, as pdftotext writes them (the sample lost its pages)."""
    out, since_break = [], 0
    for paragraph in text.split("\n\n"):
        if since_break > page_chars:
            out.append("\f")
            since_break = 0
        out.append(paragraph)
        since_break += len(paragraph)
    return "\n\n".join(out).replace("\n\n\f\n\n", "\n\n\f")


def make_copy(i: int, out: Path) -> list[Path]:
    body = BODIES[i % len(BODIES)]
    written = []
    for source in sorted(SAMPLE.glob("*.txt")):
        text = paginate(shift_dates(source.read_text(encoding="utf-8"), i))
        if i:  # the report has no ISO dates: a cover line keeps every copy distinct, as real attachments are
            text = f"{body} – handling {i} – {shift_dates('2024-12-13', i)}\n\n{text}"
        if "foredragningslista" in source.name and i:
            text = _ITEM.sub(lambda m: str(int(m[1]) + i % 7), text)
        meta = shift_dates(Path(f"{source}.meta.toml").read_text(encoding="utf-8"), i)
        meta = meta.replace("Strategisk regional beredning", body)
        target = out / f"{source.stem}-{i:04d}{source.suffix}"
        target.write_text(text, encoding="utf-8")
        Path(f"{target}.meta.toml").write_text(meta.replace(source.name, target.name), encoding="utf-8")
        written.append(target)
    return written


def make_scaled_corpus(scale: int, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    return [path for i in range(scale) for path in make_copy(i, out)]


if __name__ == "__main__":
    files = make_scaled_corpus(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"{len(files)} files in {sys.argv[2]}")
