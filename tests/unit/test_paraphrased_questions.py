"""Questions that say in the asker's own words what the minutes write in the genre's: a property named without its
number, a decision asked as "ja eller nej", an item struck from the agenda, a member "invald"."""

from __future__ import annotations

from conftest import indexed_files

from assistant.answer.lists import of_asked_outcome
from assistant.answer.units import Unit


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


def test_a_decision_asked_as_yes_or_no_in_the_askers_own_words(fast_assistant) -> None:
    """"lagerhallen" is what the minutes say; "verkstadsfirman" and "åkermarken" are the asker's own words, which the
    documents never use: the property names the item, whose decision answers."""
    answer = fast_assistant.ask("fick verkstadsfirman i gressela ja eller nej till sin hall på åkermarken")
    assert answer.found and "beviljar ansökan om bygglov" in answer.answer, answer.answer


def test_items_struck_from_the_agenda_are_the_ones_that_utgår(fast_assistant) -> None:
    answer = fast_assistant.ask("vilka ärenden ströks på arbetsutskottets möte den 29 februari")
    assert "MYRA 6:19" in answer.answer and "ÅSA 3:338" in answer.answer, answer.answer
    # "från ärendelistan" names the list they were struck from, not the item "Förändring av ärendelista" (with the
    # unit tier's hashing embedder the passages that answer score too low to be quoted at all)
    answer = fast_assistant.ask("vilka ärenden ströks från ärendelistan på bygg-au i Kungsbacka 29 feb 2024?")
    assert "Förändring av ärendelista" not in answer.answer, answer.answer


def test_who_was_invald_is_the_sentence_that_names_the_person(fast_assistant) -> None:
    answer = fast_assistant.ask("vem blev invald som femte ledamot på fristads årsmöte")
    assert "Sodabeh Togi" in answer.answer, answer.answer


def test_who_became_a_post_and_a_follow_up_naming_another_post(fast_assistant) -> None:
    """"vilka blev revisorer" asks who was elected as surely as "vilka valdes till revisorer"; "och valberedningen
    då?" after it asks the same of another post (Långasands Byalag's årsmöte 2023, §§ 15 and 16)."""
    question = "vilka blev revisorer på byalagets årsmöte 2023"
    auditors = fast_assistant.ask(question)
    assert "Per-Olof Kronström" in auditors.answer, auditors.answer
    history = [{"role": "user", "content": question}, {"role": "assistant", "content": auditors.answer}]
    committee = fast_assistant.ask("och valberedningen då?", history)
    assert "Bengt Tönsgård" in committee.answer and "Kronström" not in committee.answer, committee.answer


def test_which_rows_of_a_list_had_the_outcome_asked(tmp_path) -> None:
    """An årsmöte records each group's request on a row of its own: "vilka … bordlades" are the two rows that say
    "bordläggs" (the asker's past tense, the minutes' present), not the ones that say "godkänns", and so are "vilka …
    godkändes inte"; the second, "3 grupper i 1 äskande …", differs from the first by its numbers only and is no
    restatement of it."""
    rows = "\n".join(f"{group} äskande godkänns." for group in ("Resegruppens", "Bastugruppens", "Gymgruppens"))
    minutes = tmp_path / "arsmote-2017-02-18.txt"
    minutes.write_text("Protokoll Årsmötet 2017-02-18\n\n9) Fråga om årsavgift\nMötet godkänner förslaget.\n\n"
                       f"10) Äskanden för verksamhetsåret 2017\n{rows}\nKeramikgruppens äskande bordläggs till nästa "
                       "husmöte.\nCafeterians äskande godkänns.\n3 grupper i 1 äskande bordläggs till nästa husmöte.\n",
                       encoding="utf-8")
    assistant = indexed_files(tmp_path, minutes, refusal_threshold=0.0)
    for asked in ("vilka äskanden bordlades på årsmötet", "vilka äskanden bordlades på årsmötet i februari 2017"):
        answer = assistant.ask(asked)  # the month's one meeting: one item of that kind, whose rows answer
        assert "Keramikgruppens äskande bordläggs" in answer.answer, answer.answer
        assert "3 grupper i 1 äskande bordläggs" in answer.answer, answer.answer
        assert "godkänns" not in answer.answer, answer.answer


def test_rows_of_an_outcome_denied_are_those_with_another_outcome() -> None:
    rows = ["Äskanden för 2017:", "Resegruppens äskande godkänns.", "Relaxgruppens äskande avslås.",
            "Keramikgruppens äskande bordläggs till nästa husmöte."]
    units = [Unit(i, i + 1, text) for i, text in enumerate(rows)]
    kept = of_asked_outcome(units, set(), "vilka gruppers äskanden godkändes inte direkt på årsmötet")
    assert [u.text for u in kept] == [rows[0], rows[2], rows[3]]
    assert of_asked_outcome(units, set(), "vilka äskanden avslogs") == [units[0], units[2]]
    assert of_asked_outcome(units, set(), "vilka äskanden fanns") == units  # no outcome asked: the whole list


def test_summer_jobs_asked_as_feriejobb(tmp_path) -> None:
    """The minutes write "sommarjobb" and "sommarpraktik"; "feriejobb" is the other word municipalities use, no
    subject the documents lack."""
    minutes = tmp_path / "bun-2025-03-18.txt"
    minutes.write_text("Protokoll Barn- och utbildningsnämnden 2025-03-18\n\n§ 40 Jobbinsatser till unga\nBeslut\n"
                       "Nämnden föreslår att erbjuda 150 sommarjobb till elever som avslutat gymnasiet.\n\n"
                       "§ 41 Skolskjutsar\nBeslut\nNämnden godkänner riktlinjerna för skolskjuts.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, minutes, refusal_threshold=0.0).ask("vad föreslogs om feriejobben")
    assert answer.found and "150 sommarjobb" in answer.answer, answer.answer


def test_how_many_is_answered_by_the_sentence_that_gives_the_number(fast_assistant) -> None:
    """"hur många sammanträden hade SKR:s programberedning för trygghet": the Förord's sentence on the board's
    meeting in October shares every word of the question but gives no number; "haft 12 sammanträden" does."""
    answer = fast_assistant.ask("hur många sammanträden hade skr:s programberedning för trygghet?")
    assert answer.found and "12 sammanträden" in answer.answer, answer.answer


def test_how_many_asked_in_english_needs_the_number_too(fast_assistant) -> None:
    """"how many meetings": the glossary's word for what is counted (sammanträden) must stand beside a number."""
    answer = fast_assistant.ask("how many meetings did SKR's programme committee on safety hold?")
    assert answer.found and "12 sammanträden" in answer.answer, answer.answer


def test_a_month_asked_in_english_with_no_meeting_of_the_body_is_refused(fast_assistant) -> None:
    """Fristad's board met in November 2018, not in October: "in October 2018" is refused as "i oktober 2018" is."""
    answer = fast_assistant.ask("what did the Fristad collective house board decide at its meeting in October 2018?")
    assert not answer.found and "oktober 2018" in answer.answer, answer.answer


def test_how_many_against_after_a_vote_asks_the_vote(fast_assistant) -> None:
    """"hur många röstade för … och hur många emot?": the second half is split off as a follow-up, and still asks of
    the vote; the minutes of ALSLÖV 18:6 record the chair's finding, no vote, so neither half states a count."""
    answer = fast_assistant.ask("hur många ledamöter röstade för Stefan Vilumsons yrkande om ALSLÖV 18:6 den 29 "
                                "februari och hur många emot?")
    assert not answer.found, answer.answer
    assert fast_assistant.analyse("och hur många emot?", [
        {"role": "user", "content": "hur många röstade för yrkandet om ALSLÖV 18:6?"}]).attribute == "vote"
    assert fast_assistant.analyse("och hur många ledamöter var närvarande?", [
        {"role": "user", "content": "hur många röstade för yrkandet om ALSLÖV 18:6?"}]).attribute == "count"


def test_a_second_question_asking_yes_or_no_is_answered_on_its_own(tmp_path) -> None:
    """"senast när …, och kan man skicka den digitalt?": the second half asks yes or no of a subject of its own, and
    is answered by the sentence that says so, not left to the first half's quote."""
    notice = tmp_path / "kallelse-stamma-2021.txt"
    notice.write_text("Kallelse till föreningsstämma 2021-05-18\n\nStämman hålls utan fysisk närvaro. Endast "
                      "poströstning kommer att förekomma. Röstsedel i slutet kuvert skall vara inlämnad senast söndag "
                      "16 maj i föreningens brevlåda.\nRöstsedel kan alltså ej skickas digitalt. Röstsedel och kuvert "
                      "bifogas denna kallelse.\n\nMöteshandlingar\nÅrsredovisningen finns i tvättstugan.\n",
                      encoding="utf-8")
    answer = indexed_files(tmp_path, notice, refusal_threshold=0.0).ask(
        "senast när måste röstsedeln lämnas in, och kan man skicka den digitalt?")
    assert "16 maj" in answer.answer and "ej skickas digitalt" in answer.answer, answer.answer


def test_a_kind_of_item_is_not_the_head_of_a_compound_in_a_title() -> None:
    """"vilka gruppers äskanden": "Styrelsens och övriga gruppers årsberättelse" names groups, "övriga
    arbetsgruppers ansvarsfrihet" names working groups; "strandskyddsdispenser" is "strandskyddsdispens"."""
    from assistant.answer.item_titles import _inflected_in
    from assistant.swedish import content_terms

    assert not _inflected_in(content_terms("gruppers"), content_terms("Fråga om övriga arbetsgruppers ansvarsfrihet"))
    assert _inflected_in(content_terms("strandskyddsdispenser"), content_terms("Ingared 4:101, strandskyddsdispens"))


def test_a_property_designated_without_a_block_number_is_that_property(fast_assistant) -> None:
    """"EGNA HEM 1" (a tract and a unit, no block: no colon) is a property as much as "GRESSELA 6:9" is: typed as
    the asker types it, it names that item; the same words without the number name nothing."""
    assert [r.value for r in fast_assistant.analyse("varför sa au nej till garaget på egna hem 1").references] == \
        ["EGNA HEM 1"]
    assert not fast_assistant.analyse("har ni egna hem i föreningen").references
