"""Words into lines and lines into reading order: a line is the words whose middles share a height; a page in two
columns of prose is read column by column, and item titles set in the left margin before the text beside them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

CELL_GAP = 1.6  # a horizontal gap wider than this many font sizes separates table cells or columns
MARGIN_ITEMS = 2  # items whose title stands in the left margin, on a page, before the margin is read as a column
SAME_EDGE = 3.0  # points within which lines of text start at one x
PROSE_WORDS = 3  # words beside a margin title that make it text, not a table's cell
_ITEM_OPENS = re.compile(r"§\s*\d+\w?\s+\w")  # "§15 Framtiden för": a number and its title


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class Line:
    words: list[Word]
    noise: bool = False
    heading: int = 0  # level, 0 when not a heading
    new_block: bool = False  # starts a new column or region: never joined to the line before
    _text: str | None = None

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def size(self) -> float:
        sizes = Counter()
        for word in self.words:
            sizes[word.size] += len(word.text)
        return sizes.most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    def segments(self) -> list[list[Word]]:
        """Runs of words separated by gaps wider than a table cell gap."""
        runs: list[list[Word]] = [[self.words[0]]]
        for word in self.words[1:]:
            previous = runs[-1][-1]
            if word.x0 - previous.x1 > CELL_GAP * max(previous.size, word.size):
                runs.append([word])
            else:
                runs[-1].append(word)
        return runs

    def text(self) -> str:
        if self._text is None:
            self._text = "  ".join(" ".join(w.text for w in run) for run in self.segments())
        return self._text

    def bold_prefix(self) -> int:
        """Characters of the line's text taken by bold words that open it, when plain words follow."""
        if self.words[0].bold and not self.bold:
            text = self.text()
            count = next(i for i, w in enumerate(self.words) if not w.bold)
            prefix = " ".join(w.text for w in self.words[:count])
            return len(prefix) if text.startswith(prefix) else 0
        return 0


def group_lines(words: list[Word]) -> list[Line]:
    """Words whose vertical middle falls inside a line's extent belong to that line."""
    lines: list[Line] = []
    bounds: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines and bounds[-1][0] <= middle <= bounds[-1][1]:
            lines[-1].words.append(word)
            bounds[-1] = (bounds[-1][0], max(bounds[-1][1], word.bottom))
        else:
            lines.append(Line([word]))
            bounds.append((word.top, word.bottom))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines


def reading_order(lines: list[Line], width: float) -> list[Line]:
    """Lines top to bottom; where the page has two columns, the lines from the first that has text on both
    sides of the gutter to the last (and the closely following lines of a longer column) are read left
    column first, then right. A line crossing the gutter ends such a region."""
    gutter = _gutter(lines, width)
    if gutter is None:
        return _margin_headings_first(lines)
    ordered: list[Line] = []
    run: list[Line] = []
    for line in lines:
        crossing = any(w.x0 < gutter < w.x1 for w in line.words)
        two_sided = _two_sided(line, gutter)
        continues = run and not crossing and line.top - run[-1].bottom <= 0.5 * run[-1].size
        if two_sided and not crossing or continues:
            run.append(line)
            continue
        ordered += _columns(run, gutter)
        run = []
        ordered.append(line)
    return ordered + _columns(run, gutter)


def _margin_headings_first(lines: list[Line]) -> list[Line]:
    """Minutes that set each item's number and title in the left margin beside its text ("§15 Framtiden för" over
    "mackorna, strycka", the decision to their right): the title's lines first, then the text, so neither
    interrupts the other. Only where at least two items open so, with their text at one x."""
    edges = Counter(edge for ln in lines if (edge := _text_edge(ln)) is not None)
    edge, count = edges.most_common(1)[0] if edges else (0, 0)
    if count < MARGIN_ITEMS:
        return lines
    ordered: list[Line] = []
    block: list[Line] = []
    for line in lines:
        opens = _ITEM_OPENS.match(line.text()) is not None and _one_side(line, edge) and \
            any(w.x0 >= edge - SAME_EDGE for w in line.words) and line.words[0].x1 < edge - SAME_EDGE
        if block and (opens or not _block_continues(block, line, edge)):
            ordered += _title_then_text(block, edge)
            block = []
        if opens or block:
            block.append(line)
        else:
            ordered.append(line)
    return ordered + (_title_then_text(block, edge) if block else [])


def _text_edge(line: Line) -> int | None:
    """Where the text starts on a line "§15 Framtiden för  Mackbilljetter: Mötet beslutade …" (or "§1  OFMÖ  …"):
    a numbered title with words of its own, then a line of text after a gap; not a table's cell ("§2 Tid och sätt
    Beslut")."""
    runs = line.segments()
    title = " ".join(w.text for run in runs[:-1] for w in run)
    if len(runs) < 2 or sum(any(c.isalpha() for c in w.text) for w in runs[-1]) < PROSE_WORDS or \
            not _ITEM_OPENS.match(title):  # nor a table of contents: "§ 36 Förrättningar 2023-2026  9 - 10"
        return None
    return round(runs[-1][0].x0)


def _block_continues(block: list[Line], line: Line, edge: float) -> bool:
    """The lines below an item's opening, while they stand on the title's side or the text's, close below."""
    return line.top - block[-1].bottom <= 2 * block[-1].size and _one_side(line, edge)


def _one_side(line: Line, edge: float) -> bool:
    """No word of the line crosses the edge where the text beside the margin titles starts."""
    return all(w.x1 < edge - SAME_EDGE or w.x0 >= edge - SAME_EDGE for w in line.words)


def _title_then_text(block: list[Line], edge: float) -> list[Line]:
    title = [w for line in block for w in line.words if w.x1 < edge - SAME_EDGE]
    text = [w for line in block for w in line.words if w.x1 >= edge - SAME_EDGE]
    out = group_lines(title)
    body = group_lines(text)
    if body:
        body[0].new_block = True
    return out + body


def _two_sided(line: Line, gutter: float) -> bool:
    return any(w.x1 <= gutter for w in line.words) and any(w.x0 >= gutter for w in line.words)


def _columns(lines: list[Line], gutter: float) -> list[Line]:
    left = [w for line in lines for w in line.words if w.x1 <= gutter]
    right = [w for line in lines for w in line.words if w.x0 >= gutter]
    out: list[Line] = []
    for words in (left, right):
        column = group_lines(words)
        if column:
            column[0].new_block = True
        out += column
    return out


def _gutter(lines: list[Line], width: float) -> float | None:
    """The x of a white gap between two columns of prose, or None for a one-column page."""
    segments = [(run[0].x0, run[-1].x1, sum(len(w.text) + 1 for w in run)) for ln in lines for run in ln.segments()]
    if len(segments) < 12:
        return None
    crossing = {x: sum(1 for x0, x1, _ in segments if x0 < x < x1) for x in range(int(width * 0.3), int(width * 0.7))}
    fewest = min(crossing.values())
    if fewest > max(1, len(lines) // 10):
        return None
    gap = [x for x, n in crossing.items() if n == fewest]
    x = gap[len(gap) // 2]
    left = [s for s in segments if s[1] <= x]
    right = [s for s in segments if s[0] >= x]
    if len(left) < 6 or len(right) < 6:
        return None
    median = lambda values: sorted(values)[len(values) // 2]  # noqa: E731
    prose = median([s[2] for s in left]) >= 25 and median([s[2] for s in right]) >= 25
    left_edge = min(s[0] for s in left)
    filled = median([s[1] for s in left]) >= left_edge + 0.7 * (x - left_edge)
    return float(x) if prose and filled else None
