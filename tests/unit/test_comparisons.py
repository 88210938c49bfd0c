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


def test_two_days_or_months_compared_are_two_parts() -> None:
    """The meetings named by their month or day alone ("i mars 2023 jämfört med feb 2024"), and "resp" typed short."""
    assert question_parts("hur mkt pengar hade kören i kassan i mars 2023 jämfört med feb 2024?") == (
        "hur mkt pengar hade kören i kassan i mars 2023?", "hur mkt pengar hade kören i kassan i feb 2024?")
    assert question_parts("hur många var närvarande den 5 mars jämfört med den 3 april") == (
        "hur många var närvarande den 5 mars", "hur många var närvarande den 3 april")
    assert question_parts("vem var kommunchef vid kf-mötet i mars 2015 resp ks-mötet i oktober 2016?") == (
        "vem var kommunchef vid kf-mötet i mars 2015?", "vem var kommunchef vid ks-mötet i oktober 2016?")
    assert question_parts("Vem var DVF:s ordförande våren 1995 respektive våren 1996?") == (
        "Vem var DVF:s ordförande våren 1995?", "Vem var DVF:s ordförande våren 1996?")
    assert question_parts("Hur stor var summan för stipendiet 2007 jämfört med 2016?") == (
        "Hur stor var summan för stipendiet 2007?", "Hur stor var summan för stipendiet 2016?")
    assert question_parts("vad kostade hyran i mars jämfört med budgeten?") is None


def test_a_change_between_two_times_asks_each() -> None:
    """"hur har X förändrats från 2017 till sommaren 2022": the figure at each time; a period without a change
    ("vilka beslut fattades från 2017 till 2019") stays one question."""
    assert question_parts("hur har antalet medlemmar förändrats från 2017 till sommaren 2022?") == (
        "hur har antalet medlemmar förändrats 2017?", "hur har antalet medlemmar förändrats sommaren 2022?")
    assert question_parts("hur har kassan ändrats mellan styrelsemötet jan 2012 o jan 2017?") == (
        "hur har kassan ändrats vid styrelsemötet jan 2012?", "hur har kassan ändrats i jan 2017?")
    assert question_parts("vilka beslut fattades från 2017 till 2019?") is None
    assert question_parts("hur många möten hölls mellan januari och mars 2019?") is None


def test_a_comparison_of_two_meetings_quotes_each(fast_assistant) -> None:
    answer = fast_assistant.ask("Hur ändrades medlemsavgiften i lithe kod mellan vårmötet 2018 och vårmötet 2019?")
    assert "Vårmötet 2018-05-29" in answer.answer and "Vårmötet 2019-05-21" in answer.answer, answer.answer


def test_a_list_of_years_asks_the_first_then_the_rest() -> None:
    """"2005, 2009 resp 2019": the first year on its own, then the rest as the question had them, which splits again;
    "mellan släktmötena 2005, 2009 och 2013" asks what held at the first meeting."""
    assert question_parts("Vem valdes till föreningens ordförande 2005, 2009 resp 2019?") == (
        "Vem valdes till föreningens ordförande 2005?", "Vem valdes till föreningens ordförande 2009 resp 2019?")
    assert question_parts("hur har medlemsavgiften förändrats mellan släktmötena 2005, 2009 och 2013?") == (
        "hur har medlemsavgiften förändrats vid släktmötena 2005?",
        "hur har medlemsavgiften förändrats mellan släktmötena 2009 och 2013?")
    assert question_parts("vad hände 1998, 12 maj") is None


def test_each_year_of_a_list_is_answered(fast_assistant) -> None:
    """Three years listed: the answer quotes a meeting of each, the third as much as the first."""
    answer = fast_assistant.ask("vem var mötesordförande på lithe kods möten 2013, 2018 resp 2019?")
    assert all(f"{year}-" in answer.answer for year in ("2013", "2018", "2019")), answer.answer


def test_two_dated_meetings_of_a_body_named_by_its_initials_are_two_parts() -> None:
    """"på ks 2009 resp. på ks i mars 2017": a body's meetings, each dated, the second with its own preposition."""
    assert question_parts("vem var kommundirektör på ks 2009 resp. på ks i mars 2017?") == (
        "vem var kommundirektör vid ks 2009?", "vem var kommundirektör vid ks i mars 2017?")
