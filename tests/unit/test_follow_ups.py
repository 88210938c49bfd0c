"""Follow-ups that point back at the meeting just discussed with "mötet": the meeting of the question before, not
whichever meeting of the corpus the new question's words find."""

from __future__ import annotations


def _after(assistant, question: str, answer: str, follow_up: str):
    return assistant.ask(follow_up, [{"role": "user", "content": question}, {"role": "assistant", "content": answer}])


def test_the_meeting_a_follow_up_calls_mötet_is_the_one_just_discussed(fast_assistant) -> None:
    """LiTHe kod paused its vårmöte 2018 for pizza; its höstmöte 2019 records no pause."""
    spring = _after(fast_assistant, "när hölls lithe kods vårmöte 2018?", "Vårmötet hölls 2018-05-29.",
                    "blev det någon paus under mötet?")
    assert "pausas för pizza" in spring.answer, spring.answer
    autumn = _after(fast_assistant, "när hölls lithe kods höstmöte 2019?", "Höstmötet hölls 2019-11-12.",
                    "blev det någon paus under mötet?")
    assert "pausas för pizza" not in autumn.answer, autumn.answer


def test_a_follow_up_that_names_its_own_month_asks_about_that_month(fast_assistant) -> None:
    """"och vem var ordförande i mars då?" after a question about BUN's meeting in February 2025: the March
    meeting, not February's again; one that names no time keeps the question's."""
    history = [{"role": "user", "content": "Vem var ordförande på barn- och utbildningsnämndens möte i februari 2025?"},
               {"role": "assistant", "content": "Christopher Rydell (S)."}]
    march = fast_assistant.analyse("och vem justerade i mars 2025?", history)
    february = fast_assistant.analyse("och vem justerade?", history)
    assert march.period.since.startswith("2025-03") and february.period.since.startswith("2025-02")


def test_a_follow_up_after_an_interjection_is_still_elliptic() -> None:
    """"ok men vad föreslår nämnden kf då, exakt summa?" after "varför blir sanda högstadium dyrare?": "men" after
    "ok" goes on from the question before, as it does at the start."""
    from assistant.answer.conversation import standalone_question

    history = [{"role": "user", "content": "varför blir sanda högstadium dyrare?"},
               {"role": "assistant", "content": "Projektkalkylen har reviderats."}]
    for follow_up in ("ok men vad föreslår nämnden kf då, exakt summa?", "Jaha, och vad kostar det?",
                      "ok å vem blev vald?", "å vem fattade beslutet?"):  # "å": "och" as it is spoken
        assert standalone_question(follow_up, history).startswith("varför blir sanda högstadium dyrare – "), follow_up


def test_he_or_she_is_the_one_person_the_answer_before_named() -> None:
    """"vad gjorde hon där" after an answer naming "Elisabeth Deichmann (SD)": her, by name, which the documents
    use; after an answer naming two people, the pronoun stays."""
    from assistant.answer.conversation import standalone_question

    asked = {"role": "user", "content": "vem i nämnden var på Lekerydsskolan i februari?"}
    one = [asked, {"role": "assistant", "content": "Det var Elisabeth Deichmann (SD). Hon informerade nämnden."}]
    assert standalone_question("vad gjorde hon där", one).endswith("– vad gjorde Elisabeth Deichmann där")
    assert standalone_question("vad sa hennes parti?", one).endswith("– vad sa Elisabeth Deichmanns parti?")
    two = [asked, {"role": "assistant", "content": "Anna Ek (S) och Bo Berg (M) var där."}]
    assert standalone_question("vad gjorde hon där", two).endswith("– vad gjorde hon där")


def test_a_follow_up_asking_what_happens_if_not_asks_no_person(fast_assistant) -> None:
    """"och om dom inte lyckas med det?" after "vem blev ordförande …": what follows if they fail, not the chair
    again; "och vem var sekreterare?" still asks a person."""
    history = [{"role": "user", "content": "vem blev ordförande i långasands byalag på årsmötet 2023?"},
               {"role": "assistant", "content": "Ingen ordförande valdes; styrelsen ska konstituera sig själv."}]
    failing = fast_assistant.analyse("och om dom inte lyckas med det?", history)
    assert (failing.attribute, failing.roles) == ("", ())
    secretary = fast_assistant.analyse("och vem var sekreterare?", history)
    assert (secretary.attribute, secretary.roles) == ("person", ("sekreterare",))
    answer = fast_assistant.ask("och om dom inte lyckas med det?", history)
    assert "inom tre månader" in answer.answer, answer.answer


def test_the_meeting_a_follow_up_points_at_is_the_one_the_answer_before_dated() -> None:
    """"vilket styrelsemöte fick en skrift från brf giraffen?" answered with the meeting of 26 November 2009, then
    "o vilken tid började det mötet": that day's meeting, not the day a document it mentions is dated; an answer
    naming two meetings' days, or a question naming its year, leaves the question as asked."""
    from assistant.answer.conversation import standalone_question

    asked = {"role": "user", "content": "vilket styrelsemöte fick en skrift från brf giraffen?"}
    one = [asked, {"role": "assistant", "content": "Det var styrelsens sammanträde den 26 november 2009 (§ 4)."}]
    assert standalone_question("o vilken tid började det mötet, och var", one).startswith(
        "vilket styrelsemöte fick en skrift från brf giraffen 26 november 2009 –")
    told = ("Det var styrelsens sammanträde den 26 november 2009. Under § 4 förelåg en skrift från Brf Giraffen, "
            "daterad den 25 november 2009.")
    dated = [asked, {"role": "assistant", "content": told}]
    assert standalone_question("o vilken tid började det mötet", dated).startswith(
        "vilket styrelsemöte fick en skrift från brf giraffen 26 november 2009 –")  # not the letter's day
    two = [asked, {"role": "assistant", "content": "Sammanträdena 2009-11-26 och 2009-06-11."}]
    assert "2009" not in standalone_question("o vilken tid började det mötet", two)


def test_the_paragraph_after_the_one_just_discussed_is_the_next_number(fast_assistant) -> None:
    """"o paragrafen efter den då?" after a question about § 20: § 21 of the same minutes; "punkten före" a point
    the one before."""
    from assistant.answer.references import references_in

    after = _after(fast_assistant, "vad tog barn- och utbildningsnämnden upp i § 20 i februari 2025?",
                   "§ 20 gällde rapporter från kurser.", "o paragrafen efter den då?")
    assert "§ 21" in after.answer and "Förrättningar" in after.answer, after.answer
    assert [r.value for r in references_in("vad gällde punkt 5.2 – och punkten före?")] == ["5.1"]
    assert [r.value for r in references_in("vad gällde § 7 – nästa paragraf då?")] == ["§ 8"]
    assert [r.value for r in references_in("vad gällde § 7 och § 9 – nästa paragraf då?")] == ["§ 7", "§ 9"]


def test_a_month_written_short_beside_its_day_is_a_date_not_the_topic(fast_assistant) -> None:
    """"vad gällde lyngås 3:3 på au 1 feb – reserverade sig någon": "feb" dated the meeting, as "februari" would,
    and the reservation answers though it does not say "feb"."""
    history = [{"role": "user", "content": "vad gällde lyngås 3:3 på au 1 feb?"},
               {"role": "assistant", "content": "Det gällde bygglov för ändrad användning av byggnader."}]
    assert "feb" not in fast_assistant.analyse("reserverade sig nån?", history).topic
    answer = fast_assistant.ask("reserverade sig nån?", history)
    assert "Stefan Vilumsons (SD) reserverar sig" in answer.answer, answer.answer


def test_a_follow_up_naming_only_another_time_asks_the_same_of_that_time() -> None:
    """"och 2023?" after "hur många styrelsemöten hade filmstudion 2021?": the same question of 2023; a follow-up
    that asks something of its own at that time ("och vem valdes 2019?") is no such repetition."""
    from assistant.answer.conversation import standalone_question

    def after(first: str, follow_up: str) -> str:
        return standalone_question(follow_up, [{"role": "user", "content": first},
                                               {"role": "assistant", "content": "Fem protokollförda möten."}])

    assert after("hur många protokollförda styrelsemöten hade filmstudion 2021?", "och 2023?") == \
        "hur många protokollförda styrelsemöten hade filmstudion 2023?"
    assert after("vem valdes till suppleant i styrelsen 2013?", "och 2019 då?") == \
        "vem valdes till suppleant i styrelsen 2019?"
    assert after("vad beslutade nämnden i februari 2025?", "och i mars 2025?") == "vad beslutade nämnden i mars 2025?"
    assert after("vem valdes till suppleant 2013?", "och vem valdes 2019?").endswith("– och vem valdes 2019?")
