"""Who was elected to which post, asked of minutes that write each election as a sentence of its own."""

from __future__ import annotations

from assistant.api import Assistant

BOARD_MINUTES = """# Protokoll styrelsemöte

## Vänsterpartiet i Ösby, 29 januari 2013

## 1. Mötets öppnande
Ola Ek valdes till mötesordförande.

## 2. Styrelsens konstituering
I styrelsen finns en ordförande, en sekreterare och en kassör. Dessa utses på årsbasis.

* Bard Nilsson utses till partiordförande.
* Togald Nilsson utses till partiets sekreterare.
* Alexander Van Dam utses till partiets kassör.

## 3. Mötets avslutande
Mötet avslutades.
"""


def test_several_posts_asked_at_once_each_get_their_election(fast_assistant: Assistant, tmp_path) -> None:
    """"vilka utsågs till ordförande, sekreterare och kassör": every post named, and the party's chair written as
    one word ("partiordförande"); the chair of the meeting ("mötesordförande") is not the post."""
    path = tmp_path / "styrelsemote-2013-01-29.md"
    path.write_text(BOARD_MINUTES, encoding="utf-8")
    assert not fast_assistant.ingest([path]).errors
    answer = fast_assistant.ask("vilka utsågs till ordförande, sekreterare och kassör på styrelsemötet i januari 2013?")
    for name in ("Bard Nilsson", "Togald Nilsson", "Alexander Van Dam"):
        assert name in answer.answer, answer.answer
    assert "Ola Ek" not in answer.answer, answer.answer

