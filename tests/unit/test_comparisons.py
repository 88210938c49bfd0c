"""A question that compares two dated meetings ("hur ändrades X mellan vårmötet 2018 och vårmötet 2019?") is
asked of each meeting, and the answer quotes both."""

from __future__ import annotations

from assistant.answer.compound import question_parts


def test_two_dated_meetings_are_two_parts_and_a_period_is_not() -> None:
    assert question_parts("Hur ändrades firmateckningen mellan styrelsemötet i februari 2018 och styrelsemötet i "
                          "januari 2019?") == ("Hur ändrades firmateckningen vid styrelsemötet i februari 2018?",
                                               "Hur ändrades firmateckningen vid styrelsemötet i januari 2019?")
    assert question_parts("hur många möten hölls mellan januari och mars 2019?") is None
    assert question_parts("vad sa förskolan om giftet på nämndens möte i februari jämfört med marsmötet?") == (
        "vad sa förskolan om giftet vid nämndens möte i februari?", "vad sa förskolan om giftet vid marsmötet?")


def test_a_comparison_of_two_meetings_quotes_each(fast_assistant) -> None:
    answer = fast_assistant.ask("Hur ändrades medlemsavgiften i lithe kod mellan vårmötet 2018 och vårmötet 2019?")
    assert "Vårmötet 2018-05-29" in answer.answer and "Vårmötet 2019-05-21" in answer.answer, answer.answer
