"""Which meeting a question names: "det första mötet i april 2024" is the first of that month, not the first in
the documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.periods import Period, resolve_period


def test_the_first_meeting_of_a_period_named_is_the_first_in_that_period() -> None:
    held = ["2024-05-02", "2024-04-20", "2024-04-03", "2023-01-10"]
    assert resolve_period("vad togs upp på första mötet i april 2024", held) == Period("2024-04-03", "2024-04-03")
    assert resolve_period("vad togs upp på det allra första mötet", held) == Period("2023-01-10", "2023-01-10")
    assert resolve_period("vad togs upp på första mötet i mars 2024", held) == Period("2024-03-01", "2024-03-31")



def test_a_date_typed_without_leading_zeros_names_that_meeting() -> None:
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Styrelsen", "2020-12-09", "", ""),
                Meeting("b", "protokoll", "", "Styrelsen", "2020-06-09", "", "")]
    q = analyse("vem var justerare på styrelsemötet 2020-12-9", None, meetings, Corrector(lambda term: term))
    assert (q.filters.date_from, q.filters.date_to) == ("2020-12-09", "2020-12-09")


def test_a_day_written_yymmdd_names_the_meeting_held_that_day() -> None:
    """"styrelsemötet 960422": old minutes and file names write the day YYMMDD; only a day a meeting was held
    counts (a six-figure number is often a case or phone number)."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Styrelsen", "1996-04-22", "", ""),
                Meeting("b", "protokoll", "", "Styrelsen", "1995-11-06", "", "")]
    q = analyse("vem ledde styrelsemötet 960422", None, meetings, Corrector(lambda term: term))
    assert (q.filters.date_from, q.filters.date_to) == ("1996-04-22", "1996-04-22")
    other = analyse("vad gäller ärende 123456", None, meetings, Corrector(lambda term: term))
    assert not other.filters.date_from


def test_minutes_that_date_their_meeting_yymmdd_are_dated_by_their_text(tmp_path) -> None:
    from assistant.index.ingest import build_document

    path = tmp_path / "protokoll.txt"
    path.write_text("Styrelsemötet 951106\nProtokoll fört vid styrelsens lunchmöte 951106\n\n"
                    "1. Mötets öppnande Ordförande Mattias Jacobsson förklarade mötet öppnat.\n", encoding="utf-8")
    _, structure = build_document(path)
    assert structure.meeting_date == "1995-11-06" and "meeting_date" not in structure.guessed


@pytest.mark.parametrize("head, day", [
    ("Seniorschack Stockholm\n\nStyrelsemöte 6/2023\n\nFredag 231020 klockan 1400\n\nPlats Zoom\n", "2023-10-20"),
    ("Seniorschack Stockholm SrS\n\nStyrelsemöte 4/2023\n\nPlats:\n\nSalongerna, Ringvägen 9\n\nTid:\n\n"
     "Onsdag 18/4 klockan 16.00\n", "2023-04-18"),
])
def test_a_weekday_before_a_compact_day_or_a_day_and_month_dates_the_meeting(tmp_path: Path, head: str,
                                                                             day: str) -> None:
    """"Fredag 231020" (YYMMDD after the weekday); "Onsdag 18/4" in minutes numbered "4/2023", whose year is the
    title's."""
    from assistant.index.ingest import build_document

    path = tmp_path / "protokoll.txt"
    path.write_text(head + "\nNärvarande:\n\nDan Israel\n\n1. Mötet öppnades av Dan Israel\n2. Ekonomi.\n",
                    encoding="utf-8")
    _, structure = build_document(path)
    assert structure.meeting_date == day and "meeting_date" not in structure.guessed


def test_a_span_of_years_is_the_whole_span() -> None:
    held = ["2021-08-17", "2020-08-15", "2019-08-10"]
    assert resolve_period("vilka skyltar sattes upp under 2019–2020", held) == Period("2019-01-01", "2020-12-31")
    assert resolve_period("vilka skyltar sattes upp 2019-2020", held) == Period("2019-01-01", "2020-12-31")
    # years after every meeting held are the years a plan is for, not when a meeting was
    assert resolve_period("vilken dag behandlade arbetsutskottet ramar 2027-2029?", held) == Period()
    # a follow-up or statistics of a month are reported at a later meeting
    assert resolve_period("vad blev beslutet när den ekonomiska uppföljningen för oktober 2025 togs upp?", held) == \
        Period("2025-01-01", "2025-12-31")
    assert resolve_period("vad visade beläggningsstatistiken för oktober 2025?", held) == \
        Period("2025-01-01", "2025-12-31")


def test_a_short_word_is_no_shortened_organisation_name() -> None:
    """"i långasand" names Långasands Byalag; "handläggningen tog för lång tid" does not."""
    from assistant.answer.bodies import named_organisations

    organisations = ("Långasands Byalag", "LiTHe kod")
    assert named_organisations("vem är ordförande i långasand", organisations) == ("Långasands Byalag",)
    assert named_organisations("i vilka ärenden tog handläggningen för lång tid", organisations) == ()


def test_the_kind_of_the_only_organisation_of_that_kind_names_it() -> None:
    """"brf-styrelsen" names the one brf of the index; with two brfs it names neither."""
    from assistant.answer.bodies import named_organisations

    organisations = ("BRF Doktor Lindh", "Långasands Byalag", "Kollektivhusföreningen Fristad")
    assert named_organisations("hur många ledamöter vill valberedningen ha i brf-styrelsen", organisations) == \
        ("BRF Doktor Lindh",)
    assert named_organisations("vad beslutade byalaget om vägen", organisations) == ("Långasands Byalag",)
    assert named_organisations("hur många ledamöter har brf-styrelsen", organisations + ("HSB Brf Imatra",)) == ()


def test_a_municipality_named_is_no_shortened_kommunstyrelse() -> None:
    """"töreboda kommun" is the municipality, a member of an agency's reference group; it does not name the
    index's "Kommunstyrelsen" as "bygg" names "Byggnadsnämndens arbetsutskott"."""
    from assistant.answer.bodies import bodies_named_in_full
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Kommunstyrelsen", "2007-01-08", "", ""),
                Meeting("b", "protokoll", "", "Byggnadsnämndens arbetsutskott", "2024-02-01", "", "")]
    assert bodies_named_in_full("vem representerade töreboda kommun på mötet", meetings) == []
    assert bodies_named_in_full("vad beslutade kommunstyrelsen", meetings) == ["Kommunstyrelsen"]
    assert bodies_named_in_full("vad beslutade bygg-au", meetings) == ["Byggnadsnämndens arbetsutskott"]


def test_the_swedish_words_an_english_question_is_given_are_not_a_body_name_written_short() -> None:
    """"the association's award" is given the word "förening" for search; that word is not "Föreningsstämma" written
    short as "bygg" is "Byggnadsnämndens arbetsutskott", so the question names no meeting and is not filtered to
    the association's general meetings; "board meeting" gives both parts of "Styrelsemötet"."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Föreningsstämma", "2019-04-11", "", ""),
                Meeting("b", "protokoll", "", "Styrelsen", "2019-09-02", "", "")]
    correct = Corrector(lambda term: term)
    assert analyse("Who received the association's environmental award in 2019?", None, meetings, correct).bodies == ()
    assert analyse("vad beslutade förenings-stämman 2019?", None, meetings, correct).bodies == ("Föreningsstämma",)
    board = [Meeting("c", "protokoll", "", "Styrelsemötet", "2018-09-12", "", "")]
    assert analyse("What did the board decide at the board meeting in October 2018?", None, board, correct).bodies \
        == ("Styrelsemötet",)  # "board" and "meeting" together: both parts of the compound


def test_a_body_and_a_day_named_resolve_to_minutes_of_that_day_that_name_no_body() -> None:
    """"styrelsens möte den 5 augusti 2019" where that day's minutes say no body ("Mötesprotokoll StyrIT19/20"):
    that meeting, not another body's meeting of another day."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "", "2019-08-05", "", ""),
                Meeting("b", "protokoll", "", "Höstmötet", "2019-11-12", "", "")]
    q = analyse("vem var sekreterare på styrelsens möte den 5 augusti 2019?", None, meetings,
                Corrector(lambda term: term))
    assert q.meetings == ("a",) and "" not in q.bodies, q


def test_what_a_notice_proposes_needs_no_minutes_what_was_decided_does() -> None:
    from datetime import date

    from assistant.answer.questions import Question
    from assistant.answer.refusal import missing_minutes
    from assistant.index.meetings import Meeting

    meetings = [Meeting("kallelse", "kallelse", "", "Beredningen", "2024-12-13", "", "")]
    for asked, refused in (("vad föreslås beredningen besluta om årsplaneringen när den sammanträder 13 december 2024",
                            False),
                           ("vad beslutade beredningen om årsplaneringen 13 december 2024", True)):
        q = Question(asked, asked, about_decisions=True, dates=(date(2024, 12, 13),), meetings=("kallelse",))
        assert bool(missing_minutes(q, meetings)) is refused, asked


def test_minutes_of_the_year_that_name_no_day_may_be_the_meetings_the_notice_calls() -> None:
    """"vad beslutade förbundsmötet 2024 om motionerna": the notice is dated 27 April, the minutes ("Tillbakablick
    Förbundsmöte 2024", filed as förbundsmote_2024) give no day; they are not missing."""
    from assistant.answer.periods import Period
    from assistant.answer.questions import Question
    from assistant.answer.refusal import missing_minutes
    from assistant.index.meetings import Meeting

    notice = Meeting("kallelse-2024", "kallelse", "Kallelse Förbundsmötet 2024-04-27", "Förbundsmötet", "2024-04-27",
                     "", "")
    undated = Meeting("forbundsmote-2024-tillbakablick-1a2b", "protokoll", "Protokoll Förbundsmötet", "Förbundsmötet",
                      "", "", "")
    asked = "vad beslutade förbundsmötet 2024 om motionerna"
    q = Question(asked, asked, about_decisions=True, bodies=("Förbundsmötet",), bodies_in_full=True,
                 period=Period("2024-01-01", "2024-12-31"), meetings=("kallelse-2024",))
    assert missing_minutes(q, [notice]) and not missing_minutes(q, [notice, undated])
    other_year = undated._replace(doc_id="forbundsmote-2022-1a2b")
    assert missing_minutes(q, [notice, other_year])


def test_the_board_someone_was_elected_to_is_no_body_whose_meeting_is_asked() -> None:
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("rapport", "rapport", "", "Styrelsen", "", "", ""),
                Meeting("stamma", "protokoll", "", "Årsstämma", "2018-04-09", "", "")]
    q = analyse("vilka valdes till styrelsen för perioden 2018-19?", None, meetings, Corrector(lambda term: term))
    assert "Styrelsen" not in q.bodies, q
    board = analyse("vad beslutade styrelsen om perioden 2018-19?", None, meetings, Corrector(lambda term: term))
    assert "Styrelsen" in board.bodies, board


def test_the_other_name_an_organisation_goes_by_is_read_from_its_head() -> None:
    from assistant.documents.organisation import organisation_alias, organisation_of

    statutes = ["Stadgar", "Stadgar för", "Föreningen Leverantörer av Digitala Kartor i Sverige", "(Open Maps Sweden)",
                "som antagits den 2012-05-11."]
    assert organisation_of(statutes) == "Föreningen Leverantörer av Digitala Kartor"
    assert organisation_alias(statutes, "Föreningen Leverantörer av Digitala Kartor") == "Open Maps Sweden"
    assert organisation_alias(["Föreningen Svensk Båtkultur, förkortat SBK"], "Föreningen Svensk Båtkultur") == "SBK"
    for head in (["Höganäs Makerspace (org.nr 802523-8968)"], ["Brf Solgården i Stockholm (Protokoll)"],
                 ["Region Västmanland (2024)"]):
        assert organisation_alias(head, organisation_of(head)) == "", head


def test_an_acronym_names_its_organisation_only_as_written_in_capitals() -> None:
    """"OSS" is an organisation; "oss" is "us"."""
    from assistant.answer.bodies import named_by_alias

    aliases = {"OSS": "Föreningen Leverantörer av Öppen Programvara", "Open Maps Sweden": "Föreningen Kartor"}
    assert named_by_alias("vem valdes till ordförande i OSS 2018", aliases) == ("OSS",)
    assert named_by_alias("vem kan hjälpa oss med budgeten", aliases) == ()
    assert named_by_alias("vad beslutade open maps swedens årsstämma", aliases) == ("Open Maps Sweden",)



def test_a_month_or_span_of_years_that_names_a_report_or_plan_dates_no_meeting() -> None:
    """"prognosrapporten för oktober 2025" was decided in December; "naturmiljöprogrammet 2026-2032" is commented on
    in 2025: neither names the meetings of that month or those years."""
    held = ["2025-09-01", "2025-10-06", "2025-12-08", "2026-02-02"]
    assert resolve_period("hur stor avvikelse visade prognosrapporten för oktober 2025?", held) == \
        Period("2025-01-01", "2025-12-31")
    assert resolve_period("vad tyckte nämnden om naturmiljöprogrammet 2026-2032?", held) == Period()
    assert resolve_period("vad beslutades i oktober 2025?", held) == Period("2025-10-01", "2025-10-31")
    assert resolve_period("vilka skyltar sattes upp 2019-2020", held) == Period("2019-01-01", "2020-12-31")


def test_a_board_named_by_its_own_short_name_is_no_body_styrelsen() -> None:
    """"styrIT" (a section board's name) shares only the stem "styr" with "Styrelsen"; "styrelsemötet" names it."""
    from assistant.answer.bodies import bodies_named_in_full
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "verksamhetsberättelse", "", "Styrelsen", "2019-06-30", "", ""),
                Meeting("b", "protokoll", "", "", "2019-09-10", "", "")]
    assert bodies_named_in_full("vilket datum hade styrit mötet där äskningen togs upp", meetings) == []
    assert bodies_named_in_full("vad beslutades på styrelsemötet i maj", meetings) == ["Styrelsen"]


def test_minutes_kept_in_english_are_dated_and_placed_by_their_head_not_their_print_date(tmp_path) -> None:
    """"April 13 2011" under "Minutes, Member Meeting", a footer "utskr. 25 maj 2011" (the day it was printed), and
    "Time and place: August 10 2011, Risåsgatan, Göteborg"."""
    from assistant.index.ingest import build_document

    member = tmp_path / "member.txt"
    member.write_text("FRIPOST föreningen för fri e-post  April 13 2011\n\nMinutes, Member Meeting\n\nApril 13 2011\n\n"
                      "1. The meeting was opened.\n\n2. Reports.\n\nfripost.org  2  utskr. 25 maj 2011\n", encoding="utf-8")
    assert build_document(member)[1].meeting_date == "2011-04-13"
    board = tmp_path / "board.txt"
    board.write_text("Minutes, Board Meeting\n\nTime and place: August 10 2011, Risåsgatan, Göteborg\n\n"
                     "1. The meeting was opened.\n\n2. The agenda was accepted.\n", encoding="utf-8")
    structure = build_document(board)[1]
    assert (structure.meeting_date, structure.place) == ("2011-08-10", "Risåsgatan, Göteborg")


def test_years_of_the_last_century_are_years() -> None:
    """An association's archive goes back to the nineties: "i februari 1997" is February 1997, not the latest
    February in the documents."""
    held = ["1997-02-10", "1997-09-08", "2018-02-01"]
    assert resolve_period("vad bestämdes på styrelsemötet i februari 1997", held) == Period("1997-02-01", "1997-02-31")
    assert resolve_period("vem var ordförande våren 1996", held) == Period("1996-01-01", "1996-06-30")
    assert resolve_period("vad beslutade styrelsemötet 1997", held) == Period("1997-01-01", "1997-12-31")


def test_a_spring_or_autumn_meeting_of_a_year_is_that_half_of_the_year() -> None:
    """"vårstämman 2021", "höstmötet 2019": an association's meeting of that season, not any meeting that year."""
    held = ["2021-05-12", "2021-10-10", "2019-05-21", "2019-11-12"]
    assert resolve_period("vilka motioner tog vårstämman 2021 upp", held) == Period("2021-01-01", "2021-06-30")
    assert resolve_period("vad hände på höstmötet 2019", held) == Period("2019-08-01", "2019-12-31")
    assert resolve_period("vad beslutade styrelsemötet 2019", held) == Period("2019-01-01", "2019-12-31")


def test_a_meeting_over_two_days_is_dated_by_its_first() -> None:
    """"Protokoll fört vid möte med Piratpartiets styrelse 3-4 mars 2012": the meeting began on the 3rd."""
    from assistant.documents.dates import parse_date

    assert parse_date("Styrelsemötesprotokoll 3-4 mars 2012") == "2012-03-03"
    assert parse_date("Partistyrelsemöte 26–27 januari 2013, Uppsala") == "2013-01-26"
    assert parse_date("den 4 mars 2012") == "2012-03-04"


def test_a_meeting_named_by_its_number_is_that_meeting(tmp_path: Path) -> None:
    """"styrelsemöte nr 9 2018" is the minutes headed "Styrelsemöte nr9 -2018", not the later meeting nr 11; "sm#4"
    is "Sektionsmöte #4"."""
    from conftest import make_assistant
    from fakes import HashingEmbedder

    from assistant.documents.meeting_numbers import meeting_number, same_number

    assert same_number(meeting_number("sm#4 2020"), meeting_number("Sektionsmöte #4"))
    assert not same_number(meeting_number("sm#4"), meeting_number("PR#4"))
    assert meeting_number("Styrelsemöte 4/2023") == ("", 4) and meeting_number("mötet 8/4 kl. 10:30") is None
    assert meeting_number("Protokoll nr 12 2019") == ("", 12) == meeting_number("protokoll 12/2019")  # minutes
    # numbered in their own series
    folder = tmp_path / "fristad"
    folder.mkdir()
    for number, day, room in ((9, "2018-09-12", "I nya cafeterian"), (11, "2018-11-21", "I biblioteket")):
        (folder / f"styrelsemote_{number}.txt").write_text(
            f"Kollektivhusföreningen Fristad\n\nStyrelsemöte nr{number} -2018 Fristad\n\n{room}, {day} kl. 19:00\n\n"
            "Närvarande: Mikael Zackrisson, Sofia Hemou\n\n1. Mötets öppnande\n\n2. Ekonomi\nKassan är god.\n",
            encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest([folder]).errors
    answer = assistant.ask("var hölls styrelsemöte nr 9 2018?")
    assert answer.found and "nya cafeterian" in answer.answer and "biblioteket" not in answer.answer, answer.answer


def test_a_meeting_named_by_where_it_was_held_or_by_its_two_days() -> None:
    """"när styrelsen träffades i Örebro 2013" is the meeting held in Örebro; "3-4 mars 2012" (English "3–4 March")
    the meeting that began on the 3rd. A place every meeting was held at names none of them."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Styrelsemötet", "2013-06-08", "", "Örebro"),
                Meeting("b", "protokoll", "", "Styrelsemötet", "2013-03-02", "", "Uppsala"),
                Meeting("c", "protokoll", "", "Styrelse", "2012-03-03", "", "")]
    correct = Corrector(lambda term: term)
    assert analyse("vem var mötesordförande när styrelsen träffades i Örebro 2013?", None, meetings,
                   correct).meetings == ("a",)
    assert analyse("vem öppnade styrelsemötet 3-4 mars 2012?", None, meetings, correct).meetings == ("c",)
    assert analyse("Who opened the board meeting on 3–4 March 2012?", None, meetings, correct).meetings == ("c",)
    chess = [m._replace(place="Stockholms Schacksalonger, Ringvägen 9") for m in meetings[:1]] + meetings[1:]
    assert analyse("med vem på Stockholms Schackförbund skulle de prata hyresavtal?", None, chess, correct).meetings \
        == analyse("med vem skulle de prata hyresavtal?", None, chess, correct).meetings  # an organisation
    from assistant.answer.questions import IndexFacts
    owned = IndexFacts(organisations={"a": "Örebro Makerspace", "b": "Örebro Makerspace", "c": "Örebro Makerspace"})
    assert analyse("vem var sekreterare på årsmötet i Örebro Makerspace?", None, meetings, correct, known=owned) \
        .meetings == analyse("vem var sekreterare på årsmötet?", None, meetings, correct, known=owned).meetings
    everywhere = [m._replace(place="Örebro") for m in meetings]
    assert analyse("vad beslutade styrelsen i Örebro om budgeten?", None, everywhere, correct).meetings == \
        analyse("vad beslutade styrelsen om budgeten?", None, everywhere, correct).meetings


def test_a_compound_of_a_bodys_word_and_another_noun_names_no_body() -> None:
    """"vilka styrelseposter ledigförklarade valberedningen": the valberedning, not the board; "styrelsemötet" is
    the board's meeting."""
    from assistant.answer.bodies import bodies_named_in_full
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Styrelsen", "2022-09-08", "", ""),
                Meeting("b", "rapport", "", "Valberedningen", "", "", "")]
    assert bodies_named_in_full("vilka styrelseposter ledigförklarade valberedningen 2022?", meetings) == \
        ["Valberedningen"]
    assert bodies_named_in_full("vad beslutades på styrelsemötet i september?", meetings) == ["Styrelsen"]


def test_which_day_a_body_met_asks_when_and_the_day_words_are_no_subject(tmp_path: Path) -> None:
    """"Vilken dag sammanträdde ksau och behandlade ramar 2027-2029?": "vilken dag" and the verb that says the body
    met only ask when; the item's words are what a passage must hold. "ramar 2027-2029" is a span of years, no
    case number (a dnr's serial is no year after its year)."""
    from conftest import indexed

    from assistant.answer.references import references_in

    assert references_in("vilken dag behandlade ksau ramar 2027-2029") == ()
    assert [r.value for r in references_in("vad gäller ks 2024-0123")] == ["KS-2024-0123"]

    minutes = ("Protokoll\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2026-06-03\n\n"
               "§ 83 Ramar 2027-2029 för kommunen\nDnr 2026.021\n\nKommunstyrelsens arbetsutskott föreslår att "
               "kommunstyrelsen fastställer ramarna för 2027-2029 enligt bilaga.\n\n"
               "§ 84 Informationsärenden\nInformationen noteras.\n")
    assistant = indexed(tmp_path, "ksau-2026-06-03.txt", minutes)
    for question in ("Vilken dag sammanträdde ksau och behandlade ramar 2027-2029?",
                     "vilken dag behandlade arbetsutskottet ramarna för 2027-2029"):
        q = assistant.analyse(question)
        assert not {"dag", "sammantrad"} & q.subject_terms, q.subject_terms
        answer = assistant.ask(question)
        assert answer.found and "2026-06-03" in answer.answer, answer.answer


def test_a_place_named_after_the_body_says_whose_meeting_not_what_happened_at_it(tmp_path: Path) -> None:
    """"När har barn- och utbildningsnämnden i Jönköping nästa sammanträde efter den 18 mars": "i Jönköping" says
    whose body, like a genitive; minutes that name the municipality only below their head still tell no next
    meeting."""
    from conftest import indexed

    from assistant.answer.which_meeting import owner_terms
    from assistant.swedish import content_terms

    assert content_terms("Jönköping") <= owner_terms("När har barn- och utbildningsnämnden i Jönköping nästa möte?")
    assert not content_terms("lokalen") & owner_terms("vilken tid började mötet i lokalen")
    minutes = ("Sammanträdesprotokoll  Kulturnämnden  2025-03-18\n\nPlats och tid\nStadshuset kl. 08:15 – 12:00\n\n"
               "§ 12 Bidrag till föreningar\nKulturnämnden beslutar att bevilja bidrag enligt förslag. "
               "Bidragen betalas ut av Västerby kommun under april.\n")
    answer = indexed(tmp_path, "kulturnamnden-2025-03-18.txt", minutes).ask(
        "När har kulturnämnden i Västerby sitt nästa sammanträde efter den 18 mars 2025?")
    assert not answer.found and "nästa sammanträde" in answer.answer, answer.answer


def test_a_day_written_as_an_ordinal_word_or_two_days_joined_by_och_names_the_meeting() -> None:
    """"den fjortonde juni 2012", "den tjugoförsta mars", "den fjärde och femte maj 2017" (a meeting over two
    days, dated by its first)."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("a", "protokoll", "", "Styrelsen", "2012-06-14", "", ""),
                Meeting("b", "protokoll", "", "Styrelsen", "2017-05-04", "", ""),
                Meeting("c", "protokoll", "", "Styrelsen", "2012-03-21", "", "")]
    for question, day in (("vem justerade på mötet den fjortonde juni 2012", "2012-06-14"),
                          ("vad beslutades den tjugoförsta mars", "2012-03-21"),
                          ("vilka var med på styrelsens möte den fjärde och femte maj 2017", "2017-05-04"),
                          ("vilka var med på styrelsens möte 4 och 5 maj 2017", "2017-05-04")):
        q = analyse(question, None, meetings, Corrector(lambda term: term))
        assert [d.isoformat() for d in q.dates] == [day], (question, q.dates)


def test_years_joined_to_the_year_a_plan_is_for_date_no_meeting() -> None:
    """"budgetunderlaget för 2007 med inriktning för 2008 och 2009": every year is what the budget is for."""
    held = ["2009-05-14", "2007-03-22", "2006-03-23"]
    question = "vem var handläggare för budgetunderlaget för 2007 med inriktning för 2008 och 2009"
    assert resolve_period(question, held) == Period()
    assert resolve_period("vad beslutades på mötena 2007 och 2009", held) != Period()


def test_the_end_of_a_month_is_its_last_meeting_and_its_start_its_first() -> None:
    """"bygg-au:s möte sista februari 2024" is the meeting of 29 February, not the one of 1 February."""
    from assistant.answer.periods import resolve_period, within
    held = ["2024-02-01", "2024-02-29", "2024-03-14"]
    last = resolve_period("vem satt istället för kaufmann på bygg-au:s möte sista februari 2024?", held)
    first = resolve_period("vad beslutades i början av februari 2024?", held)
    assert [d for d in held if within(d, last)] == ["2024-02-29"]
    assert [d for d in held if within(d, first)] == ["2024-02-01"]
    assert [d for d in held if within(d, resolve_period("vad beslutades i februari 2024?", held))] == held[:2]


def test_two_months_named_together_are_both_meetings() -> None:
    """"var uppe på bygg-au både i februari och i mars", "enligt februari- och marsprotokollen": both months."""
    from assistant.answer.periods import resolve_period, within
    held = ["2024-02-01", "2024-02-29", "2024-03-14", "2024-04-11"]
    for asked in ("Ölmanäs 3:20 var ju uppe på bygg-au både i februari och i mars, hur gick det?",
                  "vilka möten har politikerna varit på enligt februari- och marsprotokollen?"):
        assert [d for d in held if within(d, resolve_period(asked, held))] == held[:3]


def test_the_board_named_at_a_meeting_in_a_month_is_the_boards_meeting_not_another_bodys(tmp_path: Path) -> None:
    """"vad kom styrelsen fram till på mötet i oktober 2020": the board's minutes of that month, not the only body
    whose name ends in "möte" (a husrådsmöte the same month)."""
    from conftest import indexed_files

    house = tmp_path / "husradsmote_2020-10-14.txt"
    house.write_text("Protokoll fört vid husrådsmötet 2020-10-14\n\nNärvarande: Eva Ek, Bo Berg\n\n1. Laddplatser\n"
                     "Laddplatser för elbilar är under utredning.\n\n2. Trädgård\nMötet beslutade att beskära äppelträden."
                     "\n\n3. Avslutning\nMötet avslutades.\n", encoding="utf-8")
    board = tmp_path / "styrelsemote_2020-10-20.txt"
    board.write_text("Protokoll styrelsesammanträde 2020-10-20\n\nNärvarande: Ali Ek, Per Dahl\n\n1. Uppgiftstavla\n"
                     "Styrelsen beslutade att prova Glow som uppgiftstavla.\n\n2. Föreläsningar\nStyrelsen beslutade att "
                     "hålla en föreläsning i november.\n\n3. Avslutning\nMötet avslutades.\n", encoding="utf-8")
    assistant = indexed_files(tmp_path, house, board)
    asked = assistant.analyse("vad kom styrelsen fram till om glow på mötet i oktober 2020")
    assert [m for m in asked.meetings] == [d["doc_id"] for d in assistant.documents() if "styrelse" in d["path"]]


def test_a_title_day_without_its_year_takes_the_year_of_the_file_named_for_that_day(tmp_path: Path) -> None:
    """"Kommunfullmäktige den 28 november – ett axplock beslut" over "Taxor 2023" and "Budget 2023–2027", in a
    file named for 2022-11-28: the text's years are of what it decides; the year is only the file name's."""
    from assistant.index.ingest import build_document

    text = ("Kommunfullmäktige den 28 november – ett axplock beslut\n\n– Taxor 2023\n\nTaxorna publiceras.\n\n"
            "– Budget 2023–2027\n\nKommunfullmäktige beslutade 2019-12-04 att anta budgeten.\n")
    named = tmp_path / "kf-2022-11-28-axplock.txt"
    named.write_text(text, encoding="utf-8")
    _, structure = build_document(named)
    assert structure.meeting_date == "2022-11-28" and "meeting_date" in structure.guessed
    other = tmp_path / "kf-2022-11-29-axplock.txt"  # another day: the file name says nothing of this meeting
    other.write_text(text, encoding="utf-8")
    _, structure = build_document(other)
    assert structure.meeting_date != "2022-11-28"


def test_a_title_day_written_with_a_slash_takes_the_year_of_the_file_named_for_that_day(tmp_path: Path) -> None:
    """"Nationsmöte 8/12" whose items name earlier minutes ("Mötesprotokoll från 2016-11-10 föreligger"), in a file
    named for 2016-12-08: the meeting is of 8 December 2016, not of the minutes it approves."""
    from assistant.index.ingest import build_document

    named = tmp_path / "nationsmote_2016-12-08_protokoll.txt"
    named.write_text("Lunds nation\n\nNationsmöte 8/12\n\n§ 1. Mötet öppnas\n\nProinspektor öppnar mötet.\n\n"
                     "§ 2. Föregående mötesprotokoll\n\nMötesprotokoll från 2016-11-10 föreligger.\n\n"
                     "Beslut att lägga protokollet till handlingarna\n", encoding="utf-8")
    _, structure = build_document(named)
    assert structure.meeting_date == "2016-12-08"


def test_a_meetings_name_before_the_word_forening_names_no_organisation() -> None:
    """"- Årsmöte föreningen Altunagården 6 april 2021 –": "Årsmöte föreningen" is no organisation, and a
    question about "årsmötet 2019" names no organisation of that name."""
    from assistant.answer.bodies import organisations_named
    from assistant.documents.organisation import organisation_of

    assert organisation_of(["DAGORDNING", "- Årsmöte föreningen Altunagården 6 april 2021 –"]) == ""
    assert organisation_of(["Protokoll", "Långasands Byalag"]) == "Långasands Byalag"
    owners = {"a": "Årsmöte föreningen", "b": "Föreningen Altunagården"}
    assert organisations_named("vad beslutade årsmötet 2019?", owners, {}) == ((), ())
    assert organisations_named("vad beslutade föreningen altunagårdens årsmöte?", owners, {})[0] == \
        ("Föreningen Altunagården",)


def test_a_sum_reckoned_to_the_end_of_a_month_names_no_meeting_of_that_month() -> None:
    """"upparbetats per sista mars 2024" is the day a sum is reckoned to; "sista mars 2024" alone is the month's
    last meeting."""
    held = ["2024-03-14", "2024-04-25"]
    assert resolve_period("hur mkt har upparbetats på tobisviksbadet per sista mars 2024", held) == Period()
    assert resolve_period("hur mycket var utbetalt per den 31 mars", held) == Period()
    assert resolve_period("vad beslutades sista mars 2024", held) == Period("2024-03-14", "2024-03-31")


def test_minutes_that_name_no_day_are_dated_by_the_day_they_were_signed(tmp_path: Path) -> None:
    """"ÅRSMÖTESPROTOKOLL / För Föreningen X, verksamhetsåret 2020 …" signed "Altuna 2021-04-07 Justeras: …": the
    meeting was held then or just before (marked guessed); minutes that name their day keep it."""
    from assistant.index.ingest import build_document

    body = ("\n\nNärvarande: Lisa Ekehult, Per Westin\n\n1. Ordförande öppnade mötet. Som justeringsmän valdes "
            "Per Westin.\n\n2. Föredragningslistan fastställdes.\n\n3. Ordförande avslutade mötet.\n\n"
            "Lisa Ekehult, ordförande  Per Westin, sekreterare\n\n"
            "Altuna 2021-04-07 Justeras:  Jimmy Mårts  Ninni Tamm\n")
    undated = tmp_path / "arsmote-protokoll.txt"
    undated.write_text("ÅRSMÖTESPROTOKOLL\n\nFör Föreningen Altunagården, verksamhetsåret 2020" + body,
                       encoding="utf-8")
    _, structure = build_document(undated)
    assert structure.meeting_date == "2021-04-07" and "meeting_date" in structure.guessed
    dated = tmp_path / "arsmote-protokoll-2.txt"
    dated.write_text("ÅRSMÖTESPROTOKOLL\n\nFöreningen Altunagården 2021-04-06" + body, encoding="utf-8")
    _, structure = build_document(dated)
    assert structure.meeting_date == "2021-04-06"


def test_a_day_written_with_a_slash_is_quoted_for_when(tmp_path: Path) -> None:
    """"Datum: 31/3 2018" in a notice: the day the meeting is held, quoted when asked when, beside its time."""
    from conftest import indexed

    assistant = indexed(tmp_path, "kallelse-arsmote-2018.txt",
                        "Rollspelsföreningen Kvastskaft\n\nKallelse till årsmöte 2018\n\nDatum: 31/3 2018\n"
                        "Tid: 17.00-20.00\nPlats: Föreningens Discord\n\nDagordning\n\n1. Mötets öppnande\n"
                        "2. Val av mötets ordförande\n3. Verksamhetsberättelse\n", refusal_threshold=0.0)
    facts = {f.name: f.value for f in assistant.meetings.facts(assistant.index.documents()[0]["doc_id"])}
    assert facts.get("datum") == "Datum: 31/3 2018", facts
    answer = assistant.ask("när och var är årsmötet 2018")
    assert "31/3 2018" in answer.answer and "17.00-20.00" in answer.answer, answer.answer
    typed = assistant.ask("nar och var ar arsmotet 2018")  # typed without å/ä/ö: the day and hour too
    assert "31/3 2018" in typed.answer and "Discord" in typed.answer, typed.answer


@pytest.mark.parametrize(("name", "text", "question", "answered"), [
    ("bygg-au-2024-02-29-protokoll.txt",
     "Protokoll\nByggnadsnämndens arbetsutskott\nSammanträdesdatum 2024-02-29\n\n§ 60 Tillsynsplan 2024-2027\n\n"
     "Förslag till beslut i byggnadsnämnden\nByggnadsnämnden antar tillsynsplan 2024-2027, daterad 2024-02-29.\n\n"
     "Beskrivning av ärendet\nPå sida 9 har SKL ändrats till SKR.\n",
     "tillsynsplanen 2024-2027: kallelsen säger daterad 9 feb, är det den versionen au föreslog? vad ändrades",
     "daterad 2024-02-29"),
    ("barn-och-utbildningsnamnden-2025-03-18.txt",
     "Protokoll\nBarn- och utbildningsnämnden\nSammanträdesdatum 2025-03-18\n\n§ 43 Remiss om ändring i föreskrifter "
     "(SKOLFS 2011:142)\n\nSammanfattning\nSkolverket föreslår att förslagen ska träda i kraft den 1 juli 2025. "
     "Synpunkter bör vara Skolverket tillhanda senast den 20 mars 2025.\n",
     "skolverkets remiss om skolfs 2011:142 som bun yttrade sig över i mars – när skulle svaret in?", "20 mars 2025"),
])
def test_a_day_or_year_the_question_writes_of_a_paper_names_no_meeting(tmp_path: Path, name, text, question,
                                                                       answered) -> None:
    """"kallelsen säger daterad 9 feb": the day the plan is dated; "skolfs 2011:142": the statute's year and
    number. Neither is a meeting missing from the documents (a meeting in February, in March 2011)."""
    from conftest import indexed

    answer = indexed(tmp_path, name, text, refusal_threshold=0.0).ask(question)
    assert answer.found and answered in answer.answer, answer.answer


def test_the_days_of_a_two_day_meeting_written_without_the_year_are_quoted_for_when(tmp_path: Path) -> None:
    """"Härmed utlyses förbundsårsmötet 2026" / "• Tidpunkt: 28–29 mars": its days are quoted with its place, the
    year told by the heading."""
    from conftest import indexed

    assistant = indexed(tmp_path, "utlysning-forbundsarsmote-2026.txt",
                        "Förbundet\n\nHärmed utlyses förbundsårsmötet 2026\n\n• Tidpunkt: 28–29 mars\n"
                        "• Lokal: Norrlands nation, Uppsala\n\nRöstberättigade kommer att få kallelse till "
                        "förbundsårsmötet i början av februari 2026.\n\nMotioner\n\nMotionerna ska vara förbundet tillhanda "
                        "senast den 15 januari 2026.\n", refusal_threshold=0.0)
    facts = {f.name: f.value for f in assistant.meetings.facts(assistant.index.documents()[0]["doc_id"])}
    assert "28–29 mars" in facts.get("datum", ""), facts
    answer = assistant.ask("nar och var ar forbundsarsmotet 2026")
    assert "28–29 mars" in answer.answer and "Norrlands nation" in answer.answer, answer.answer
    hour = assistant.ask("vilken tid börjar förbundsårsmötet 2026 första dagen?")  # the days, but no hour
    assert not hour.found and "inte vilken tid" in hour.answer and "28–29 mars" in hour.answer, hour.answer


def test_the_day_of_a_meeting_is_quoted_with_its_weekday_on_the_line_above(tmp_path: Path) -> None:
    """"… Plats och tid Förvaltningsbyggnaden, onsdagen" / "den 5 november 2014, kl …": "vilken veckodag" is
    answered by the weekday the line above ends with."""
    from conftest import indexed

    assistant = indexed(tmp_path, "sn-protokoll.txt",
                        "1 VILHELMINA KOMMUN PROTOKOLL 1(69) Plats och tid Förvaltningsbyggnaden, onsdagen\n"
                        "den 5 november 2014, kl 13.00 Beslutande Annika Wibrell, ordf. Rickard Norberg\n\n"
                        "Sn 140 Presentation av nämndens ledamöter\nNämnden presenterar sig.\n",
                        refusal_threshold=0.0)
    facts = {f.name: f.value for f in assistant.meetings.facts(assistant.index.documents()[0]["doc_id"])}
    assert "onsdagen" in facts.get("datum", "") and "5 november 2014" in facts.get("datum", ""), facts


def test_a_matter_put_off_at_the_meeting_named_is_asked_of_the_meetings_after_it(fast_assistant) -> None:
    """LiTHe kod's vårmöte 2019 put off the board's discharge; its höstmöte 2019 granted one. Asked how the matter
    put off ended, the answer comes from the later meeting, of whichever organ; asked why it was put off, or asked of
    the meeting named before the putting off, it is the meeting named."""
    ended = fast_assistant.ask("lithe kod sköt upp ansvarsfriheten för styrelsen 17/18 på vårmötet 2019, "
                               "fick de den nånsin?")
    assert ended.citations and all("191112" in c.doc_id for c in ended.citations), ended.answer
    assert "Ansvarsfriheten godkänns" in ended.answer
    why = fast_assistant.analyse("varför sköts ansvarsfriheten upp på lithe kods vårmöte 2019?")
    autumn = fast_assistant.analyse("På höstmötet 2019 – hur gick det med ansvarsfriheten som sköts upp på förra "
                                    "stormötet?")
    assert why.period.since == "2019-01-01" and autumn.bodies == ("Höstmötet",)


def test_a_title_day_without_its_year_takes_the_one_year_the_file_name_gives(tmp_path: Path) -> None:
    """"Förbundsmötet 23-24 april" over a report of it, in a file named "…_2016_nyhet": April 2016, not April of
    the year the file was written; a file name without a year leaves the day unknown to it."""
    from assistant.index.ingest import build_document

    text = ("Förbundsmötet 23-24 april\n\nI helgen genomfördes gymnastikens förbundsmöte. Val av ny ordförande stod "
            "naturligtvis i fokus.\n\nFörbundsmötet är gymnastikens högsta beslutande organ.\n")
    named = tmp_path / "forbundsmote_2016_nyhet.txt"
    named.write_text(text, encoding="utf-8")
    _, structure = build_document(named)
    assert structure.meeting_date.startswith("2016-04-2") and "meeting_date" in structure.guessed
    unnamed = tmp_path / "forbundsmote_nyhet.txt"
    unnamed.write_text(text, encoding="utf-8")
    assert not build_document(unnamed)[1].meeting_date.startswith("2016")


def test_minutes_kept_at_a_sitting_of_the_board_name_it_wherever_the_transcript_puts_it(tmp_path: Path) -> None:
    """A transcript whose running text opens "1 Mötet öppnas inledning Protokoll nr 348, fört vid sammanträde med
    Svenska Gymnastikförbundets STYRELSE …" under a page that speaks of "Lillsveds årsmöte": the board's minutes;
    minutes that announce "protokoll fört vid årsstämma den 1 april 2008" are not of that day."""
    from assistant.index.ingest import build_document

    transcript = tmp_path / "gf_styrelse_nr348.txt"
    transcript.write_text(
        "Svenska Gymnastikförbundet\n\nOrdförande hälsar samtliga välkomna till dagens sammanträde, som genomförs i "
        "anslutning till Lillsveds årsmöte.\n\nTranskript\n\n1 Mötet öppnas inledning Protokoll nr 348, fört vid "
        "sammanträde med Svenska Gymnastikförbundets STYRELSE tisdagen den 17 april 2012 i Lingsalen, på Lillsved. "
        "Närvarande: Malin Eggertz Forsmark (ordf.), Gärmund Sandberg\n", encoding="utf-8")
    _, structure = build_document(transcript)
    assert (structure.doc_type, structure.body, structure.meeting_date) == ("protokoll", "Styrelsen", "2012-04-17")
    assert structure.place == "Lingsalen, på Lillsved"  # the room, then the place it is in
    board = tmp_path / "svb_styrelse_2008-04-29.txt"
    board.write_text("Sammanträde 2008-04-29\n\n§1 Val av justeringsmän\n\nOrdförande och vice ordförande utsågs att "
                     "justera dagens protokoll.\n\n§3 Anmälan om protokollsjustering\n\nAnmäldes protokoll fört vid "
                     "årsstämma den 1 april 2008 samt att protokoll från styrelsens sammanträde är justerat.\n",
                     encoding="utf-8")
    assert build_document(board)[1].meeting_date == "2008-04-29"


def test_a_meeting_page_whose_paragraphs_record_who_was_chosen_to_check_is_minutes(tmp_path: Path) -> None:
    """A city's meeting page lists its agenda's items bare, then the minutes' paragraphs ("§1 Val av justeringsmän
    … utsågs att justera dagens protokoll"): minutes; a notice proposing who "utses att justera" stays a notice."""
    from assistant.index.ingest import build_document

    items = "".join(f"{n} {title}\n\n" for n, title in ((2, "Fastställande av dagordning"), (4, "Ombildning"),
                                                       (6, "Försäljning"), (8, "Övriga frågor")))
    page = tmp_path / "styrelse_2012-02-09.txt"
    page.write_text(f"Sammanträde 2012-02-09\n\n{items}§1 Val av justeringsmän\n\nStyrelsens ordförande samt "
                    "ledamoten Karin Hanqvist utsågs att justera dagens protokoll.\n", encoding="utf-8")
    assert build_document(page)[1].doc_type == "protokoll"
    notice = tmp_path / "beredning_2024-12-13.txt"
    notice.write_text(f"Föredragningslista 2024-12-13\n\n{items}1 Val av justerare\n\nFörslag till beslut\n"
                      "Åsa-Märta Sjöström utses att jämte ordföranden justera dagens protokoll.\n", encoding="utf-8")
    assert build_document(notice)[1].doc_type == "föredragningslista"


def test_jul_without_a_day_is_christmas_not_july() -> None:
    """"församlingsmötet strax före jul 2022" is December's meeting; "3 jul 2022" is the 3rd of July."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.index.meetings import Meeting

    meetings = [Meeting("dec", "protokoll", "", "Församlingsmötet", "2022-12-18", "", ""),
                Meeting("sep", "protokoll", "", "Församlingsmötet", "2022-09-25", "", ""),
                Meeting("jul", "protokoll", "", "Församlingsmötet", "2022-07-03", "", "")]
    christmas = analyse("vilka justerade protokollet från församlingsmötet strax före jul 2022", None, meetings,
                        Corrector(lambda term: term))
    july = analyse("vilka justerade protokollet från församlingsmötet 3 jul 2022", None, meetings,
                   Corrector(lambda term: term))
    assert christmas.meetings == ("dec",) and july.meetings == ("jul",)


def test_a_notice_whose_cover_cells_run_on_names_its_body_first(tmp_path: Path) -> None:
    """A transcript's cover run into one long line: "Kallelse Regionala utvecklingsnämnden Datum: 2019-09-18 Tid:
    10:00-15:00 Plats: Bolmen, … Ledamöter Thomas Ragnarsson (M), ordförande …": the committee called."""
    from assistant.index.ingest import build_document

    notice = tmp_path / "run_kallelse_2019-09-18.txt"
    notice.write_text("Kallelse Regionala utvecklingsnämnden Datum: 2019-09-18 Tid: 10:00-15:00 Plats: Bolmen,\n"
                      "Region Kronoberg, Nygatan 20, Växjö Ledamöter Thomas Ragnarsson (M), ordförande Anna\n"
                      "Johansson (C), vice ordförande\n\n1 Justering av protokoll\n\n2 Fastställande av dagordning\n",
                      encoding="utf-8")
    _, structure = build_document(notice)
    assert (structure.doc_type, structure.body) == ("kallelse", "Regionala utvecklingsnämnden")


def test_a_body_that_met_names_its_meeting_written_as_one_compound() -> None:
    """"när styrelsen träffades 2013" names the body "Styrelsemötet" (the board's meeting, as the minutes' title
    calls it); "styrelsen" alone may be the topic ("vad sa årsmötet om styrelsen") and names no such body."""
    from assistant.answer.bodies import bodies_named_in_full
    from assistant.index.meetings import Meeting

    meetings = [Meeting("b", "protokoll", "", "Styrelsemötet", "2013-10-09", "", ""),
                Meeting("a", "protokoll", "", "Vårmötet", "2019-05-21", "", "")]
    met = "vilka mål satte lithe kod upp när styrelsen träffades 2013?"
    assert bodies_named_in_full(met, meetings, met) == ["Styrelsemötet"]
    topic = "vad sa vårmötet om styrelsen 2019?"
    assert bodies_named_in_full(topic, meetings, topic) == ["Vårmötet"]


def test_a_paragraph_written_below_the_agenda_it_follows_is_found_by_its_number(tmp_path: Path) -> None:
    """A city's meeting page lists the agenda's items that have papers (2, 3, 4, 6 …), then the minutes' paragraphs
    ("§5 Firmateckning"): "paragraf 5" is that paragraph, not "§ 5 finns inte"."""
    from conftest import indexed_files

    page = tmp_path / "styrelse_2008-04-29.txt"
    agenda = "".join(f"{n} {title}\n\n" for n, title in (
        (2, "Fastställande av dagordning"), (3, "Anmälan om protokollsjustering"), (4, "Ändring ledningsgrupp"),
        (6, "Bostadsrättsombildning"), (8, "Gratis hemförsäkring, rapport"), (10, "Policies, förslag till beslut"),
        (11, "Skrapan, förslag till beslut"), (12, "Köpare av fastigheter"), (14, "Svar på skrivelse om svartjobb")))
    page.write_text(f"Sammanträde 2008-04-29\n\n{agenda}§1 Val av justeringsmän\n\nStyrelsens ordförande och vice "
                    "ordförande utsågs att justera dagens protokoll.\n\n§5 Firmateckning\n\nStyrelsen beslutade att "
                    "bolagets firma "
                    "skall tecknas av styrelsen.\n\n§6 Bostadsrättsombildning\n\nStyrelsen beslutade att godkänna "
                    "försäljningen.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, page).ask("vad gällde paragraf 5 på styrelsemötet 29/4 2008")
    assert "Firmateckning" in answer.answer and "tecknas av styrelsen" in answer.answer, answer.answer


def test_the_document_a_question_reads_names_the_meeting_its_date_is_of() -> None:
    """"när var förbundsmötet 2014, enligt styrelsens protokoll i juni": the board's June minutes are read (June is
    theirs), for a meeting they tell of; their words are no topic."""
    from assistant.answer.questions import Corrector, analyse
    from assistant.answer.which_meeting import asks_another_meeting
    from assistant.index.meetings import Meeting

    meetings = [Meeting("fm", "protokoll", "", "Förbundsmötet", "2016-04-24", "", ""),
                Meeting("st", "protokoll", "", "Styrelsen", "2014-06-09", "", "")]
    asked = "när var förbundsmötet 2014, enligt styrelsens protokoll i juni"
    q = analyse(asked, None, meetings, Corrector(lambda term: term))
    assert q.meetings == ("st",) and not {"protokol", "styr"} & q.terms
    assert asks_another_meeting(asked)
    assert not asks_another_meeting("när och var börjar arbetsutskottets sammanträde 1 februari 2024 enligt kallelsen?")


def test_two_years_or_two_things_joined_by_resp_are_both_asked() -> None:
    """"ubs lagguld 2008 resp 2009": both years; "revisor resp game jam-ansvarig": both posts, as with "och"."""
    from assistant.answer.questions import Corrector, analyse

    assert resolve_period("vilka datum spelades lagguldet 2008 resp 2009", []) == Period("2008-01-01", "2009-12-31")
    assert resolve_period("vad hände 2019 och 2020", []) == Period("2019-01-01", "2020-12-31")
    q = analyse("vem valdes till revisor resp. kassör 2019", None, [], Corrector(lambda term: term))
    assert "revisor och kassör" in q.standalone, q.standalone


def test_a_paragraph_the_minutes_never_write_is_not_answered_with_their_cover(tmp_path: Path) -> None:
    """A transcript whose paragraphs lost their "§" ("2 86 Granskning av hemtjänsten") and whose items were not
    read: "vad gällde § 120" of those minutes, whose text never writes 120, is not there; the cover is no answer."""
    from conftest import indexed_files

    page = tmp_path / "ks_2015-03-30.txt"
    page.write_text("SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2015-03-30\n\n1 Plats Forumsalen i Tranemo Tid 13:30-17:30 "
                    "Närvarande Beslutande Crister Persson (C), ordförande Claes Redberg (S) Övriga närvarande Tina "
                    "Haglund, processekreterare\n\n2 86 Granskning av hemtjänsten (KS/2015:10) s beslut "
                    "Förvaltningen ska implementera beskriven plan för åtgärder. Återrapportering ska göras i juni "
                    "till kommunstyrelsen.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, page).ask("vad gällde § 120 på ks 30/3 2015?")
    assert not answer.found and "120" in answer.answer, answer.answer


def test_a_paragraph_written_number_first_on_the_line_above_its_title_is_not_said_to_be_missing(tmp_path) -> None:
    """"… den utsända föredragningslistan. 190" / "Anmälan av inkomna/utgående skrivelser": the paragraph is there."""
    from conftest import indexed_files

    page = tmp_path / "ls_2003-12-08.txt"
    page.write_text("Protokoll Landstingsstyrelsen 2003-12-08\n\nLandstingsstyrelsen beslutar godkänna den utsända "
                    "föredragningslistan. 190\nAnmälan av inkomna/utgående skrivelser Landstingsstyrelsen beslutar "
                    "notera skrivelserna till protokollet.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, page).ask("vad gällde paragraf 190 i landstingsstyrelsens protokoll från december "
                                               "2003")
    assert "finns inte" not in answer.answer, answer.answer


def test_a_fact_of_the_meeting_on_the_day_named_is_read_from_that_days_minutes(tmp_path: Path) -> None:
    """"Who chaired the county council board meeting on 30 March 2011": "board meeting" names a club's
    "Styrelsemötet", none of that day, so the meetings of the year are read; the one held on the day named answers,
    not the latest."""
    from conftest import indexed_files

    march, november = tmp_path / "ls_2011-03-30.txt", tmp_path / "ls_2011-11-15.txt"
    march.write_text("Protokoll Landstingsstyrelsen 2011-03-30\n\nOrdförande: Harriet Jorderud\nSekreterare: James "
                     "Winoy\n\n§ 1 Budget\nStyrelsen beslutar att godkänna budgeten.\n", encoding="utf-8")
    november.write_text("Protokoll Landstingsstyrelsen 2011-11-15\n\nOrdförande: Anna Berg\nSekreterare: Per Ek\n\n"
                        "§ 1 Taxor\nStyrelsen beslutar att godkänna taxorna.\n", encoding="utf-8")
    club = tmp_path / "styrelsemote_2011-05-04.txt"  # a club's "Styrelsemötet", which "board meeting" names
    club.write_text("Styrelsemöte i Löparklubben 2011-05-04\n\nOrdförande: Kalle Ek\n\n§ 1 Klubbstugan\nStyrelsen "
                    "beslutar att måla stugan.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, march, november, club).ask("Who chaired the county council board meeting on 30 "
                                                                "March 2011?")
    assert "Harriet Jorderud" in answer.answer and "Anna Berg" not in answer.answer, answer.answer

