"""Questions as busy members type them: a body by its municipal abbreviation ("BUN"), "någon" after a case just
discussed, a decision compared with the notice in the asker's words, the board that a meeting discharged."""

from __future__ import annotations

from assistant.answer.bodies import abbreviations


def test_bodies_are_abbreviated_by_their_words_or_by_the_parts_of_their_compounds() -> None:
    assert "bun" in abbreviations("Barn- och utbildningsnämnden")
    assert "ks" in abbreviations("Kommunstyrelsen")
    assert "srb" in abbreviations("Strategisk regional beredning")
    assert "bnau" in abbreviations("Byggnadsnämndens arbetsutskott")


def test_a_body_named_by_its_abbreviation_in_swedish_and_english(fast_assistant) -> None:
    """"the education board (BUN)": the glossary's "styrelse" for "board" must not name LiTHe kod's Styrelsemötet."""
    bun = ("Barn- och utbildningsnämnden",)
    assert fast_assistant.analyse("vad beslutade BUN i februari").bodies == bun
    english = fast_assistant.analyse("How many summer jobs did the Jönköping education board (BUN) propose in March 2025?")
    assert english.bodies == bun


def test_the_board_a_meeting_discharged_is_not_the_meeting_asked_of(fast_assistant) -> None:
    """"förra årets styrelse" at "LiTHe kods stormöten": the stormöten are the meetings (Vårmötet, Höstmötet), the
    board is what they discharged; its own Styrelsemötet has no meeting in 2019."""
    question = "Vid vilket av LiTHe kods två stormöten 2019 fick förra årets styrelse ansvarsfrihet?"
    assert fast_assistant.analyse(question).bodies == ()
    answer = fast_assistant.ask(question)
    assert answer.found and "Ansvarsfriheten godkänns" in answer.answer, answer.answer


def test_a_decision_asked_whether_it_was_the_same_as_the_notice_proposed(fast_assistant) -> None:
    answer = fast_assistant.ask("Blev beslutet om Gressela 6:9 den 14 mars detsamma som förslaget i kallelsen?")
    assert answer.found and "förslaget avslag, beslutet bifall (emot förslaget)" in answer.answer, answer.answer


def test_someone_asked_after_a_case_is_asked_of_that_case(fast_assistant) -> None:
    """"reserverade sig nån?" after a question about LYNGÅS 3:3 at "bygg-au": "nån" names no topic, and neither do
    "bygg" and "au", the body shortened as the asker wrote it."""
    history = [{"role": "user", "content": "vad hände med lyngås 3:3 på bygg-au 1 februari?"},
               {"role": "assistant", "content": "Arbetsutskottet beviljade bygglov för parkeringsplatser."}]
    answer = fast_assistant.ask("reserverade sig nån?", history)
    assert answer.found and "Stefan Vilumsons (SD) reserverar sig" in answer.answer, answer.answer


def test_which_attachment_belongs_to_an_item_is_its_decision_basis(fast_assistant) -> None:
    """"vilken bilaga hör till punkt 6": the documents listed under the item's Beslutsunderlag, from the first word."""
    answer = fast_assistant.ask("Vilken bilaga hör till punkt 6 Trygghet på strategiska regionala beredningens möte "
                                "13 december 2024?")
    assert "- Bilaga Slutrapport-programberedning för trygghet" in answer.answer, answer.answer
    assert answer.citations[0].quote.startswith("Bilaga Slutrapport"), answer.citations


def test_money_to_apply_for_asked_in_english_is_the_medel_kommunerna_kan_söka(fast_assistant) -> None:
    answer = fast_assistant.ask("In the SKR report, what problem is raised about the money municipalities can apply "
                                "for from Brå?")
    assert answer.found and "ett-åriga" in answer.answer, answer.answer


def test_a_meeting_the_bodys_own_meeting_told_of_leaves_the_body_named() -> None:
    """"institutionsmöte enligt studierådets möte 9 oktober": the institutionsmöte is what the studieråd's minutes
    tell of; "förra årets styrelse" at "stormöten" is what those meetings discharged."""
    from assistant.answer.bodies import only_at_another_meeting
    from assistant.swedish import content_terms

    told = "vilket datum skulle data ha institutionsmöte enligt studierådets möte 9 oktober 2019"
    assert not only_at_another_meeting(told, content_terms(told), ["Studierådet"])
    discharged = "vid vilket av lithe kods två stormöten fick förra årets styrelse ansvarsfrihet"
    assert only_at_another_meeting(discharged, content_terms(discharged), ["Styrelsemötet"])
    in_april = "vad beslutade barn- och utbildningsnämnden på aprilmötet 2025"  # the month of the body's own meeting
    assert not only_at_another_meeting(in_april, content_terms(in_april), ["Barn- och utbildningsnämnden"])


def test_two_letters_abbreviate_a_municipal_body_unless_they_are_a_word() -> None:
    """"KS" and "KF:s" as written in capitals, and as typed in lower case ("vem e ordförande i kf"); two letters
    that are a word ("än", "in") or a common abbreviation ("kr", "nr") name no body even where one shortens so
    ("Äldrenämnden", "Idrottsnämnden")."""
    from assistant.answer.bodies import bodies_named_in_full
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Kommunstyrelsen", "2003-11-27", "", ""),
                Meeting("b", "protokoll", "", "Kommunfullmäktige", "2002-12-02", "", ""),
                Meeting("c", "protokoll", "", "Äldrenämnden", "2002-12-03", "", ""),
                Meeting("d", "protokoll", "", "Idrottsnämnden", "2002-12-04", "", ""),
                Meeting("e", "protokoll", "", "Kommunala rådet", "2002-12-05", "", "")]
    for written, body in (("vad beslutade KS den 27 november 2003", ["Kommunstyrelsen"]),
                          ("vem justerade KF:s protokoll", ["Kommunfullmäktige"]),
                          ("vad sa ks om budgeten", ["Kommunstyrelsen"]), ("vem e ordförande i kf", ["Kommunfullmäktige"]),
                          ("blev det dyrare än budget", []), ("vem skrev in förslaget", []),
                          ("hur många kr kostade det", [])):
        assert bodies_named_in_full(written.casefold(), meetings, written) == body, written


def test_the_last_of_a_month_is_that_months_meeting(fast_assistant) -> None:
    """"au-mötet sista februari": the arbetsutskott's meeting of 29 February, not its latest one (14 March)."""
    answer = fast_assistant.ask("vem justerade protokollet från arbetsutskottets möte sista februari?")
    assert "Lars Eriksson" in answer.answer and "Stefan Vilumsons" not in answer.answer, answer.answer


def test_the_rows_under_the_heading_a_compound_of_the_question_names(fast_assistant) -> None:
    """"vilka intäktsposter": the rows under the budget's heading "Intäkter" ("Ericsson  40,000.00 kr" …), not only
    its total."""
    answer = fast_assistant.ask("vilka intäktsposter har lithe kods budget för 2019/2020?")
    for row in ("Ericsson", "IDA Infront", "Sectra", "Styrelsetröjor"):
        assert row in answer.answer, answer.answer


def test_the_first_annual_meeting_written_without_its_article(fast_assistant) -> None:
    """"föreningens första årsmöte" (not "årsmötet"): the earliest annual meeting in the documents."""
    asked = fast_assistant.analyse("Vilken tid öppnades föreningens första årsmöte?")
    first = min(m.meeting_date for m in fast_assistant.meetings.meetings() if m.body == "Årsmötet" and m.meeting_date)
    assert asked.period.since == asked.period.until == first


def test_a_season_meeting_the_documents_call_otherwise_is_no_unknown_subject(fast_assistant) -> None:
    """"vårstämman 2021" of a notice headed "Kallelse till föreningsstämma våren 2021": a meeting's name, which
    the documents need not use, is not a subject they never mention."""
    from assistant.answer.refusal import unknown_subject

    asked = fast_assistant.analyse("vilka motioner ska stämman behandla på vårstämman 2021?")
    assert unknown_subject(asked, fast_assistant.index.lexical()) == ""
    assert unknown_subject(fast_assistant.analyse("vilka motioner om simhallen kom in?"), fast_assistant.index.lexical())


def test_the_event_that_dates_the_question_is_no_unknown_subject(fast_assistant) -> None:
    """"vad beslöt styrelsen om budgeten efter invasionen": the word after "efter" says when, not what about; the
    documents need not name it. The subject still must be one they use."""
    from assistant.answer.refusal import unknown_subject

    lexical = fast_assistant.index.lexical()
    assert unknown_subject(fast_assistant.analyse("vad beslöt styrelsen om budgeten efter invasionen?"), lexical) == ""
    assert unknown_subject(fast_assistant.analyse("vilka motioner kom in före pandemin?"), lexical) == ""
    assert unknown_subject(fast_assistant.analyse("vad beslöt styrelsen om invasionen?"), lexical)


def test_what_time_asked_as_hur_dags_names_no_day_topic(fast_assistant) -> None:
    """"Hur dags öppnades och avslutades …" asks the meeting's hours: "dags" is no word its minutes must hold."""
    asked = fast_assistant.analyse("Hur dags öppnades och avslutades LiTHe Kods styrelsemöte den 9 oktober 2013?")
    assert "dag" not in asked.topic
    answer = fast_assistant.ask("Hur dags öppnades och avslutades LiTHe Kods styrelsemöte den 9 oktober 2013?")
    assert "17:54" in answer.answer and "18:51" in answer.answer, answer.answer


_NOTICE = ("KALLELSE TILL FÖRENINGSSTÄMMA\n\nDatum: onsdag 19 maj 2021\nKlockan: 18.30\n\n"
           + "Årets stämma kommer att innehålla alla punkter; information om projekten ges vid ett senare tillfälle. " * 6
           + "\n\nEndast poströstning förekommer. Röstsedel i slutet kuvert ska vara inlämnad senast söndag 16 maj i "
           "föreningens brevlåda.\n\nMöteshandlingar publiceras på webbplatsen.\n")


def test_when_something_for_a_named_meeting_is_due_is_read_from_the_text_not_the_meetings_hour(tmp_path) -> None:
    """"senast när måste röstsedeln vara inne inför stämman": the ballot is told of further down the notice than its
    head (in another form, "Röstsedel"), so the question asks about it, not about when the meeting is."""
    from conftest import indexed

    answer = indexed(tmp_path, "kallelse-stamma-2021.txt", _NOTICE, refusal_threshold=0.0).ask(
        "senast när måste röstsedeln vara inne inför stämman i maj 2021?")
    assert "16 maj" in answer.answer, answer.answer


def test_which_room_asks_where_the_meeting_is(fast_assistant) -> None:
    """"I vilket rum sitter beredningen": the meeting's place, "Plats:" of its notice."""
    answer = fast_assistant.ask("I vilket rum sitter strategiska regionala beredningen på mötet 13 december 2024?")
    assert "Silvergruvan" in answer.answer, answer.answer


def test_how_many_voted_for_a_motion_the_minutes_only_record_is_said_to_be_missing(tmp_path) -> None:
    """"Hur många röstade för Eva Eks ändringsyrkande": the field "Yrkanden" holds the motion, not a count of votes;
    minutes without a vote do not answer."""
    from conftest import indexed

    answer = indexed(tmp_path, "protokoll-2024-10-31.txt", (
        "Protokoll Vård- och omsorgsnämnden 2024-10-31\n\n§ 81 Budget 2025\n\nYrkanden\n\n"
        "Anna Berg (M): Bifall till liggande förslag.\nEva Ek (V): Bifall till liggande förslag med ändringsyrkande "
        "att nämnden får behålla 2,8 miljoner kr.\n\nBeslutsgång\n\nOrdföranden ställer proposition på förslagen och "
        "finner att nämnden bifaller liggande förslag.\n\n§ 82 Meddelanden\n\nMeddelandena läggs till handlingarna.\n"),
        refusal_threshold=0.0).ask("Hur många röstade för Eva Eks ändringsyrkande om budgeten 2025?")
    assert not answer.found, answer.answer


def test_a_tally_in_english_minutes_states_how_the_vote_went(fast_assistant) -> None:
    """"Julia = 14 … Abstain = 5", "10 = Yes 1 = No", "19/0/1 PASSED": how English minutes write a vote's result."""
    from assistant.answer.stated import needed

    states_result, _ = needed(fast_assistant.analyse("Who was elected treasurer, and with how many votes?"))
    assert all(states_result(t) for t in ("Voting results:\nJulia = 14\nMarcus = 2\nAbstain = 5",
                                          "Voting for Julia to be meeting chairman 10 = Yes 1 = No",
                                          "The proposal was accepted 19/0/1 PASSED"))
    assert not states_result("Julia was nominated as treasurer.")


def test_an_english_answer_from_minutes_written_in_english_does_not_call_them_swedish(tmp_path) -> None:
    from conftest import indexed

    minutes = ("Board Meeting 20th of October 2020\n\nPresent members:\nMarcus Mueller\nJohan Dahl\nRuslan Abdulin\n\n"
               "Infrastructure\n\n- Marcus proposes using Glow as a task-board, to keep track of tasks and their status."
               "\n- The board agrees to try Glow for the rest of the semester.\n\nCodeHub\n\nCodehubs were great so far! "
               "The board will keep them going and find new lecturers for the next one in November.\n")
    answer = indexed(tmp_path, "board_meeting_2020-10-20.md", minutes).ask("What did the board decide about Glow?")
    assert answer.found and answer.answer.startswith("From the documents"), answer.answer
