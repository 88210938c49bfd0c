"""Questions that say in the asker's own words what the minutes write in the genre's: a property named without its
number, a decision asked as "ja eller nej", an item struck from the agenda, a member "invald"."""

from __future__ import annotations


def test_a_property_named_as_a_place_without_its_number_is_that_property(fast_assistant) -> None:
    """"masten på hammerö": Kungsbacka's only HAMMERÖ is 9:24. A name two properties share (ÖLMANÄS 1:17 and 3:20)
    stays a word, and so does a name not said as a place ("kan du kolla": KOLLA 5:151)."""
    assert [r.value for r in fast_assistant.analyse("hur hög blir den nya masten på hammerö").references] == \
        ["HAMMERÖ 9:24"]
    assert not fast_assistant.analyse("vad ska byggas i ölmanäs").references
    assert not fast_assistant.analyse("kan du kolla vem som var ordförande i mars").references


def test_a_month_beside_a_named_property_is_the_month_its_item_was_on(fast_assistant) -> None:
    """"i februari" alone is February of the latest year with meetings (2025, Jönköping); beside "frillesås" it is the
    February 2024 meeting where FRILLESÅS-RYA 2:31 was on the agenda."""
    answer = fast_assistant.ask("vad hände med bageriet i frillesås i februari")
    assert answer.found and {c.meeting_date for c in answer.citations} == {"2024-02-29"}, answer.answer
