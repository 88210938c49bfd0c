"""Answers from the minutes of small boards (a samfällighet, a student council, a housing co-operative), whose
minutes are short, written in tables or margin columns, and name people by first name."""

from __future__ import annotations

from pathlib import Path

from conftest import make_assistant
from fakes import HashingEmbedder

BOARD_MINUTES = """Ekbackens samfällighet

PROTOKOLL

Styrelsemöte nr 6

Datum och tid:  2024-10-24 19.00
Plats:  Hos Anna Lind, nr 12
Närvarande:  Anna Lind, Per Holm, Ylva Berg

Punkt | Vad
1. | Val av justerare
Ylva väljs till justerare.
2. | Ekonomi
Per mailar ut resultaträkningen efter mötet.
3. | Övrigt
Nästa möte 21 nov hos Per.
"""


def _assistant_with(tmp_path: Path, **texts: str):
    assistant = make_assistant(tmp_path / "index", HashingEmbedder())
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    assert not assistant.ingest(paths).errors
    return assistant


def test_the_justerare_elected_at_the_meeting_is_that_meetings_justerare(tmp_path) -> None:
    """"Ylva väljs till justerare" is the meeting's justerare, not an election of an officer of the association."""
    assistant = _assistant_with(tmp_path, styrelse=BOARD_MINUTES)
    answer = assistant.ask("vem valdes till justerare på styrelsemötet i ekbackens samfällighet 24 oktober 2024")
    assert answer.found and "Ylva väljs till justerare." in [c.quote for c in answer.citations]


def test_a_decision_written_on_the_line_after_the_matter_is_quoted_with_it(tmp_path) -> None:
    """Under one item, "E) Asfalt — Offert har inkommit från konsult (Sweco) …" then "Beslut — Offerten
    accepteras …": asked what was decided, the answer quotes the decision line too."""
    minutes = BOARD_MINUTES.replace("3. | Övrigt", (
        "3. | Underhåll\nA) Lekplatser — sanden är bytt.\nB) Asfalt — Offert har inkommit från konsult (Sweco) som "
        "kan\nuppskatta arbetet, så att vi kan få in det i underhållsplanen.\nBeslut — Offerten accepteras och "
        "konsulten kommer i början av september.\nC) Garagen — brädor byts i vår.\n4. | Övrigt"))
    assistant = _assistant_with(tmp_path, styrelse=minutes)
    answer = assistant.ask("vad beslutades om asfalten på ekbackens samfällighets styrelsemöte i oktober 2024")
    assert answer.found and any(c.quote.startswith("Beslut — Offerten accepteras") for c in answer.citations)
