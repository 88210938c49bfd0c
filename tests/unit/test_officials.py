"""The meeting's officials in the shapes Swedish minutes write them, each quoted where it is stated."""

from __future__ import annotations

import re

import pytest

from assistant.documents.model import AgendaItem
from assistant.documents.officials import meeting_officials


def officials(text: str) -> dict[str, tuple[str, str]]:
    return {o.role: (o.names, text[o.start:o.end]) for o in meeting_officials(text, [])}


@pytest.mark.parametrize(("text", "role", "names"), [
    ("§ 2 Val av justerare\nMötet valde Karl Nilsson till justerare.\n", "justerare", "Karl Nilsson"),
    ("§ 3 Val av sekreterare\nMötet utsåg Lisa Ek till sekreterare.\n", "sekreterare", "Lisa Ek"),
    ("Till justerare valdes Eva Holm och Per Ek.\n", "justerare", "Eva Holm och Per Ek"),
    ("Justerare för mötet är Britt-Marie Lundquist\n", "justerare", "Britt-Marie Lundquist"),
    ("Ordförande Anna Berg förklarade mötet öppnat kl 12:15.\n", "ordförande", "Anna Berg"),
    ("2. Val av justerare Britt-Marie\n3. Diskussion\n", "justerare", "Britt-Marie"),
    ("a. Mötesordförande\nMötet nominerar och väljer Christoffer Sjöbergsson .\n", "ordförande", "Christoffer Sjöbergsson"),
    ("- mötessekreterare: Johan\n", "sekreterare", "Johan"),
    ("Erik Fogelberg skriver protokoll.\n", "sekreterare", "Erik Fogelberg"),
])
def test_each_shape_names_the_official_where_it_is_said(text: str, role: str, names: str) -> None:
    found = officials(text)
    assert found[role][0] == names
    assert names.split(" och ")[0] in found[role][1]


def test_signatures_at_the_end_when_the_opening_says_nothing() -> None:
    text = "Protokoll styrelsemöte\n§ 1 Övrigt\nInget.\n\nVid protokollet\n\nLisa Ek\n\nJusteras\n\nKarl Nilsson\nJusterare\n"
    found = officials(text)
    assert found["sekreterare"] == ("Lisa Ek", "Vid protokollet\n\nLisa Ek")
    assert found["justerare"] == ("Karl Nilsson", "Karl Nilsson\nJusterare")


def test_a_board_chair_elected_under_a_later_item_is_not_the_meetings_chair() -> None:
    text = "".join(f"§ {n} Punkt {n}\nText.\n" for n in range(1, 9)) + \
        "§ 9 Val av styrelse\nMötet beslutar att välja Per Ek till ordförande 2025.\n"
    items = [AgendaItem(f"§ {m.group(1)}", "", m.start(), m.end()) for m in re.finditer(r"^§ (\d+).*$", text, re.M)]
    assert "ordförande" not in {o.role for o in meeting_officials(text, items)}
