""""Vilka fem övergripande strategier …": the report counts them in a sentence of one passage and lists them in the
next, under a line naming them again ("Fem övergripande strategier:²")."""

from __future__ import annotations

from assistant.answer.counted_lists import list_counted_after
from assistant.answer.units import Unit
from conftest import CORPUS

REPORT = CORPUS / "region-vastmanland" / "skr-40-steg-for-ett-tryggare-samhalle.txt"
QUESTION = "Vilka fem övergripande strategier för situationellt brottsförebyggande arbete räknas upp i rapporten?"


def _counting_sentence(text: str) -> Unit:
    start = text.index("Situationella brottsförebyggande åtgärder kan delas in i fem")
    end = text.index(".", start) + 1
    return Unit(start, end, text[start:end])


def test_the_points_under_the_line_naming_what_is_counted_are_read_after_the_sentence() -> None:
    text = REPORT.read_text(encoding="utf-8")
    found = list_counted_after(QUESTION, _counting_sentence(text), text)
    assert [text[u.start:u.end] for u in found] == [u.text for u in found]
    assert found[0].text.startswith("Fem övergripande strategier:")
    for unit, word in zip(found[1:], ("ansträngningen", "risken", "belöningen", "provokationer", "ursäkten")):
        assert word in unit.text, unit.text
    assert len(found) == 6


def test_a_question_asking_which_of_what_the_sentence_counts_reads_the_list() -> None:
    """"vilka övergripande strategier räknar rapporten upp": the sentence counts them ("fem övergripande
    strategier"), the question need not; "vilka åtgärder" asks for something the sentence does not count."""
    text = REPORT.read_text(encoding="utf-8")
    found = list_counted_after("vilka övergripande strategier räknar rapporten upp?", _counting_sentence(text), text)
    assert found and found[0].text.startswith("Fem övergripande strategier:") and len(found) == 6
    assert list_counted_after("Vilka åtgärder finns det?", _counting_sentence(text), text) == []


def test_the_answer_lists_the_five(fast_assistant) -> None:
    answer = fast_assistant.ask(QUESTION)
    for word in ("ansträngningen", "risken", "belöningen", "provokationer", "ursäkten"):
        assert word in answer.answer, answer.answer
