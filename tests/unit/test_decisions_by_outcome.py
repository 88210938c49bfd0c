"""Items asked for by what the decision did with them ("vilka ärenden utgick eller återremitterades den 29
februari"): the paragraphs of the minutes whose decision records that outcome, each quoted by its decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant
from assistant.answer.by_outcome import outcomes_asked
from conftest import make_assistant
from fakes import HashingEmbedder


@pytest.fixture(scope="module")
def answers(fast_corpus_index: Path) -> Assistant:
    return make_assistant(fast_corpus_index, HashingEmbedder())


@pytest.mark.parametrize(("question", "asked"), [
    ("vilka ärenden utgick eller återremitterades", {"utgår", "återremiss"}),
    ("vilka ärenden ströks från listan", {"utgår"}),
    ("vilka ärenden bordlades", {"bordläggning"}),
    ("vilka ärenden gick inte igenom", {"avslag", "återremiss", "bordläggning", "utgår"}),
    ("vilka ärenden fanns på listan", set()),
])
def test_the_outcomes_a_question_asks_items_by(question: str, asked: set[str]) -> None:
    assert outcomes_asked(question) == asked


def test_the_items_dropped_or_sent_back_at_one_meeting(answers: Assistant) -> None:
    answer = answers.ask("Vilka ärenden på byggnadsnämndens arbetsutskott den 29 februari 2024 utgick eller "
                         "återremitterades?")
    assert [c.quote.split("\n")[0] for c in answer.citations] == [
        "Byggnadsnämndens arbetsutskott återremitterar ärendet till bygg- och",
        "Ärendet utgår vid byggnadsnämndens arbetsutskotts sammanträde den 29 februari",
        "Ärendet utgår vid byggnadsnämndens arbetsutskotts sammanträde den 29 februari"]
    assert "FRILLESÅS-RYA 2:31" in answer.answer and "MYRA 6:19" in answer.answer and "ÅSA 3:338" in answer.answer
    for c in answer.citations:
        assert answers.index.document_text(c.doc_id)[c.start:c.end] == c.quote


def test_items_only_dropped_are_the_agendas_change(answers: Assistant) -> None:
    """The items dropped are announced with the change of the agenda, which names them all in one passage."""
    answer = answers.ask("vilka ärenden utgick på arbetsutskottet den 29 februari 2024")
    assert any("följande ärenden utgår" in c.quote for c in answer.citations), answer.answer


def test_items_refused_at_a_meeting_are_only_the_refused(answers: Assistant) -> None:
    answer = answers.ask("vilka ärenden avslogs på arbetsutskottet 14 mars 2024")
    assert answer.citations and all(
        "avslår" in c.quote or "negativt" in c.quote or "beviljar inte" in c.quote for c in answer.citations), \
        answer.answer
