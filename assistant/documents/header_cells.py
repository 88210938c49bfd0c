"""The label–value cells of a meeting document's head: "Datum: 2024-09-12", "Plats och tid  Skräddaren", a row of
labels over a row of values, "Plats och tid Roslagens Sparbank, …" one space from its label, and a label wrapped
around its value."""

from __future__ import annotations

import re

from assistant.documents.attendance import CELL_LABELS
from assistant.documents.lines import CELL_GAP, NUMBERED_HEADING, Line

LABEL_VALUE = re.compile(r"[ \t]*(?P<label>[A-ZÅÄÖ][\wåäö &]{1,30}?)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*"
                         r"(?:\\\\[ \t]*)?")  # a LaTeX or Org line break ("Location: Zoom \\") ends the value
MARKUP = re.compile(r"^[ \t]*(?:#{1,6}|%)[ \t]*|\*\*")  # Markdown or Pandoc marks: "# Titel", "**Datum:**"
_ROW_LABELS = "datum|tid|plats|lokal|mötesplats"  # "Datum: 2024-09-12 Tid: 17.15 Plats: Sal K1" on one line
# the cells of a line: apart by a gap before a "Label:", or by a space before a row label ("… Tid: 17.15")
_CELLS = re.compile(rf"[ \t]{{2,}}(?=[A-ZÅÄÖ][\wåäö ]{{1,30}}:)"
                    rf"|(?<!\boch)(?<!&)[ \t]+(?=(?i:{_ROW_LABELS})[ \t]*:)")
_NEXT_CELL_LABEL = re.compile(r"[ \t]{2,}(?i:(paragrafer|sammanträdesdatum))\b")


def label_values(lines: list[Line]) -> list[tuple[str, str, Line]]:
    """"Label: value" pairs, and "Label  value" (table cells) for the labels of a meeting's header."""
    found = []
    for previous, line, following in zip([None] + lines[:-1], lines, lines[1:] + [None]):
        if following is not None and (columns := _label_row(line, following)):
            found += columns
            continue
        if wrapped := _wrapped_label(line, previous):
            found.append(wrapped)
            continue
        for cell in _CELLS.split(line.text):
            if match := LABEL_VALUE.fullmatch(MARKUP.sub("", cell)):
                found.append((" ".join(match["label"].replace("&", " och ").casefold().split()), match["value"], line))
        label, gap, value = _cell(line, previous)
        if gap and value.strip() and label.casefold() in CELL_LABELS:
            if next_label := _NEXT_CELL_LABEL.search(value):  # "Plats och tid  Skräddaren  Paragrafer §§25-31"
                found.append((next_label[1].casefold(), value[next_label.end():].strip(), line))
                value = value[:next_label.start()]
            found.append((label.casefold(), value.strip(), line))
        elif not gap and label.casefold().rstrip(":") in CELL_LABELS and following is not None and \
                not _labelled(following) and not NUMBERED_HEADING.match(following.stripped):  # the value on the line
            # below ("Utses att justera:" / "Arne Silf (S)"), not the first item under an empty "Plats"
            found.append((label.casefold().rstrip(":"), following.stripped, following))
    return found


def _wrapped_label(line: Line, previous: Line | None) -> tuple[str, str, Line] | None:
    """A label wrapped after its first words, the line above holding nothing else ("Justeringens plats" / "och tid:
    Tisdag den 16 april kl 15.00")."""
    tail, colon, value = line.stripped.partition(":")
    label = f"{previous.stripped} {tail}".casefold() if previous is not None and colon else ""
    return (label, value.strip(), line) if label in CELL_LABELS and value.strip() and \
        tail.casefold() not in CELL_LABELS else None


_SPACED_LABELS = sorted((label for label in CELL_LABELS if " " in label), key=len, reverse=True)


def _labelled(line: Line) -> bool:
    """A line that opens another cell ("Underskrift Sekreterare …" under an empty "Justeringens plats och tid")."""
    first = line.stripped.casefold()
    return first.startswith("underskrift") or any(first == lab or first.startswith((lab + " ", lab + ":"))
                                                  for lab in CELL_LABELS)  # "Tid och plats" over "Tid: söndagen …"


def _cell(line: Line, previous: Line | None) -> tuple[str, str, str]:
    """A header cell's label, the gap after it and its value: "Label  value", "Plats och tid Roslagens Sparbank, …"
    (one space after a label of several words), and a label wrapped around its value ("Justeringens
    Ledningskontoret 2005-10-17, kl 13.00" over "plats och tid")."""
    label, gap, value = line.stripped.partition("  ")
    low = line.stripped.casefold()
    if not gap and (spaced := next((lab for lab in _SPACED_LABELS if low.startswith(lab + " ")), "")):
        label, gap, value = line.stripped[:len(spaced)], " ", line.stripped[len(spaced) + 1:]
    opened = previous.stripped.split(" ", 1) if previous is not None else []
    if opened and opened[0].casefold() == "justeringens" and f"justeringens {label.casefold()}" in CELL_LABELS:
        label = f"Justeringens {label}"
        if not gap and len(opened) > 1:
            gap, value = " ", opened[1]  # the value stands between the label's two lines
    return label, gap, value


def _label_row(line: Line, following: Line) -> list[tuple[str, str, Line]]:
    """A row of labels over a row of values, cell by cell ("Datum  Plats" over "2023-07-25  Kilagårds Gröna")."""
    labels = CELL_GAP.split(line.stripped)
    values = CELL_GAP.split(following.stripped)
    if len(labels) < 2 or len(labels) != len(values) or not all(x.casefold() in CELL_LABELS for x in labels):
        return []
    return [(label.casefold(), value, following) for label, value in zip(labels, values)]
