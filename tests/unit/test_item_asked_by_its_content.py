""""Under vilken paragraf skulle stadgeändringen tas upp?": the item whose text says it, though its one line holds
few of the question's words and writes the compound's parts apart ("ändring av föreningens stadgar")."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.term_match import matches
from assistant.swedish import content_terms
from conftest import indexed

_AGENDA = ("Sjöbodarnas byalag  DAGORDNING\n2019-07-09\n\nÅrsmöte 2019, 9 juli 2019 kl 16.30 i logen\n\n"
           "§1  Mötet öppnas\n\n§2  Fråga om mötet är utlyst på rätt sätt\n\n§3  Fastställande av dagordning\n\n"
           "§4  Val av ordförande och sekreterare för mötet\n\n§5  Årsberättelse och revisionsberättelse\n\n"
           "§6  Frågan om ansvarsfrihet för styrelsen\n\n§7  Val av styrelseledamöter\n\n§8  Motioner\n"
           "- Förslag på ändring av föreningens stadgar\n\n§9  Övriga frågor\n\n§10  Mötet avslutas\n")


def test_a_compound_matches_its_parts_written_apart() -> None:
    assert matches({"stadgeandring"}, content_terms("Förslag på ändring av föreningens stadgar")) == 1
    assert matches({"stadgeandring"}, content_terms("Ändring av dagordningen")) == 0


def test_the_item_that_treats_what_is_asked_answers_which_paragraph(tmp_path: Path) -> None:
    answer = indexed(tmp_path, "arsmote-2019-dagordning.txt", _AGENDA, refusal_threshold=0.0).ask(
        "Under vilken paragraf på dagordningen till årsmötet 2019 skulle stadgeändringen tas upp?")
    assert answer.found and "§8 Motioner" in answer.answer and "ändring av föreningens stadgar" in answer.answer, answer.answer
