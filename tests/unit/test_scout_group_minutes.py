"""A scout group's minutes as its website prints them: every record under the site's heading
"Kårstyrelseprotokoll - <day>" (the annual meeting's too), the meeting in a sentence below ("Styrelsemöte med
Falkens scoutkår.", "Protokoll för Falkens scoutkårs ordinarie" / "kårstämma 2013-04-11."), one "§ N" a line and
officials by first name ("Mötet öppnades av Uffe.", "Till sekreterare valdes Sören."). Names are shortened; the
shape is the genre's."""

from __future__ import annotations

from assistant.documents.bodies import body_name
from assistant.documents.officials import meeting_officials
from assistant.documents.parsing import parse

BOARD = """Protokoll

Kårstyrelseprotokoll - 2013-03-06

Styrelsemöte med Falkens scoutkår.
2013-03-06.
§ 1 Mötet öppnades av Uffe.

§ 2 Dagordningen godkändes.

§ 3 Till sekreterare valdes Sören.

§ 4 Till justeringsman valdes Sixten.

§ 5 Föregående mötesprotokoll föredrogs och lades till handlingarna.

§ 6 Kårstämman 2013:
Inbjudan och föredragningslista skickas ut i mitten av mars.
"""

ANNUAL = """Protokoll

Kårstyrelseprotokoll - 2013-04-11

Protokoll för Falkens scoutkårs ordinarie
kårstämma 2013-04-11.

§ 1 Kårstämman öppnades av Ulf Stenberg, som hälsade alla hjärtligt välkomna.
§ 2 Till ordförande för stämman valdes Daniel Ohlsson.
§ 3 Till sekreterare för stämman valdes Sören Tagemark.
§ 4 Föredragningslistan godkändes.
§ 5 Till justeringsmän och tillika rösträknare valdes Ive Lingström och Leôn Pettersson.
"""


def test_a_body_named_in_a_compound_with_protokoll() -> None:
    assert body_name("Kårstyrelseprotokoll - 2013-03-06") == "Kårstyrelsen"
    assert body_name("Styrelseprotokoll 2021-05-04") == "Styrelsen"


def test_the_meeting_the_minutes_say_they_are_of_over_the_sites_heading() -> None:
    assert parse(BOARD).body == "Kårstyrelsen"
    assert parse(ANNUAL).body == "Kårstämma"


def test_officials_by_first_name_and_the_one_who_opened_the_meeting() -> None:
    found = {o.role: o.names for o in meeting_officials(BOARD, [])}
    assert found == {"ordförande": "Uffe", "sekreterare": "Sören", "justerare": "Sixten"}
    annual = {o.role: o.names for o in meeting_officials(ANNUAL, [])}
    assert annual["ordförande"] == "Daniel Ohlsson"  # elected to chair the meeting, not the one who opened it
    assert annual["justerare"] == "Ive Lingström och Leôn Pettersson"


def test_the_board_asked_as_styrelsemötet_is_the_groups_kårstyrelse(fast_assistant, tmp_path) -> None:
    """"styrelsemötet i mars 2013": the minutes filed as Kårstyrelsen's (the association's board); a
    paragraph mark the site glued to the sentence before it ("… nästa gång?§ 11 Sommarlägret 2013.") heads its
    own paragraph."""
    minutes = BOARD + "§ 10 Föräldramötet 3 mars:\nBra diskussioner. Ska vi prova ett annat upplägg nästa gång?" \
        "§ 11 Sommarlägret 2013.\nEfter ett nytt utskick bestämmer vi att vi åker till Stavanger.\n"
    summer = next(i for i in parse(minutes).items if i.number == "§ 11")
    assert summer.title == "Sommarlägret 2013" and minutes[summer.start:].startswith("§ 11 Sommarlägret")
    path = tmp_path / "ks-2013-03-06.txt"
    path.write_text(minutes, encoding="utf-8")
    assert not fast_assistant.ingest([path]).errors
    answer = fast_assistant.ask("Under vilken paragraf togs sommarlägret upp på styrelsemötet i mars 2013?")
    assert "§ 11" in answer.answer and "Stavanger" in answer.answer, answer.answer


def test_a_partys_board_is_the_board_its_minutes_and_questions_call_styrelsen() -> None:
    """A party's minutes filed as "Partistyrelsemötet" beside others filed as "Styrelsemötet": one organ, so
    "styrelsemötet i januari 2013" finds the partistyrelse's meeting then. A municipality's "Kommunstyrelsen"
    stays an organ of its own."""
    from assistant.answer.bodies import organ

    assert organ("Partistyrelsemötet") == organ("Styrelsemötet") == organ("Styrelse") == organ("Styrelsen")
    assert organ("Kommunstyrelsen") != organ("Styrelsen")


def test_an_adjective_in_the_neuter_is_the_word_the_minutes_use(fast_assistant, tmp_path) -> None:
    """"när scoutgården hyrs ut externt" of "Lokalhyran vid extern uthyrning beslutades till 1400:-/dygn.": the
    stemmer reads "externt" as a participle, the word is still in the documents."""
    from assistant.answer.refusal import unknown_subject

    path = tmp_path / "karstamma-2013-04-11.txt"
    path.write_text(ANNUAL + "§ 11 Lokalhyran vid extern uthyrning beslutades till 1400:-/dygn.\n", encoding="utf-8")
    assert not fast_assistant.ingest([path]).errors
    asked = fast_assistant.analyse("Vad tar vi betalt per dygn när scoutgården hyrs ut externt?")
    assert unknown_subject(asked, fast_assistant.index.lexical()) == ""


def test_who_opened_the_meeting_is_the_line_that_says_so(fast_assistant, tmp_path) -> None:
    """"Vem öppnade styrelsemötet …" asks for the minutes' opening line, "§ 1 Mötet öppnades av Uffe.", which
    gives no time."""
    start, end = parse(BOARD).fact_spans["öppnat"]
    assert BOARD[start:end] == "§ 1 Mötet öppnades av Uffe."
    assert fast_assistant.analyse("Vem öppnade styrelsemötet den 6 mars 2013?").roles == ("öppnat",)
    path = tmp_path / "ks-2013-03-06.txt"
    path.write_text(BOARD, encoding="utf-8")
    assert not fast_assistant.ingest([path]).errors
    answer = fast_assistant.ask("Vem öppnade styrelsemötet den 6 mars 2013?")
    assert "Mötet öppnades av Uffe" in answer.answer, answer.answer


AUTUMN = BOARD.replace("2013-03-06", "2013-11-13") + """§ 7 Ekonomirapport:
Bg, ca 19 000:-. På gång ut ca 6 000:-
Prognosen ser bra ut. Essan och Uffe kollar vidare på ev bidrag för yttre underhåll av scoutgården.

§ 8 Scoutgården:
Vi avvaktar med att beställa målningen av fasaden.

§ 9 Avslutningen den 9 december:
Samling i scoutgården kl. 18,00, start i kyrkan 18,30. Lyktor fixar Sixten.

§ 10 Planering inför nästa termin:
Ledarna träffas i januari.
"""


def test_a_sum_beside_nothing_the_question_names_is_no_cost(fast_assistant, tmp_path) -> None:
    """The bank balance of the item "Ekonomirapport" is no cost of the façade's painting another item mentions:
    the documents give none."""
    path = tmp_path / "ks-2013-11-13.txt"
    path.write_text(AUTUMN, encoding="utf-8")
    assert not fast_assistant.ingest([path]).errors
    answer = fast_assistant.ask("Vad kommer målningen av scoutgårdens fasad att kosta?")
    assert not answer.found and "19 000" not in answer.answer, answer.answer


def test_a_compound_the_minutes_never_use_stands_for_its_head(fast_assistant, tmp_path) -> None:
    """"terminsavslutningen" of minutes that write "Avslutningen den 9 december": the day is found, not refused."""
    path = tmp_path / "ks-2013-11-13.txt"
    path.write_text(AUTUMN, encoding="utf-8")
    assert not fast_assistant.ingest([path]).errors
    answer = fast_assistant.ask("Vilket datum har vi terminsavslutningen hösten 2013?")
    assert answer.found and "9 december" in answer.answer, answer.answer
    assert "december::" not in answer.answer  # the heading's own colon is not doubled


def test_a_compound_the_minutes_never_use_finds_its_head_and_the_day_in_the_heading(tmp_path) -> None:
    """"Vilket datum har vi terminsavslutningen hösten 2013?" of minutes headed "§ 10 Avslutningen den 9 december:":
    the compound stands for its head, and the heading states the day asked."""
    from conftest import make_assistant
    from fakes import HashingEmbedder

    autumn = tmp_path / "ks-2013-11-13.txt"
    autumn.write_text("Protokoll Kårstyrelsen 2013-11-13\n\n§ 9 Läger\nVi anmäler vårt intresse för sommarlägret. "
                      "Avgiften "
                      "är 150:- per termin.\n\n"
                      "§ 10 Avslutningen den 9 december:\nSamling i scoutgården kl. 18,00, start i kyrkan 18,30.\n"
                      "Johanna håller avslutningstalet.\n\n§ 11 Vårterminen\nUppstartsmöte den 13 januari.\n",
                      encoding="utf-8")
    earlier = tmp_path / "ks-2012-09-19.txt"
    earlier.write_text("Protokoll Kårstyrelsen 2012-09-19\n\n§ 8 Avdelningarna\nSpårarna: bra start på hösten.\n"
                       "Ett antal uthyrningar bokade under hösten.\n\n§ 9 Ekonomi\nKassan är god.\n", encoding="utf-8")
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest([autumn, earlier]).errors
    answer = assistant.ask("Vilket datum har vi terminsavslutningen hösten 2013?")
    assert answer.found and "9 december" in answer.answer, answer.answer


def test_a_family_associations_slaktmote_is_its_annual_meeting() -> None:
    """A släktförening's members meet as "släktmötet", which its minutes also call "Årsmötet": "nästa årsmöte enligt
    protokollet från 2005" is asked of that meeting."""
    from assistant.answer.bodies import organ

    assert organ("Släktmötet") == organ("Årsmötet") == organ("Föreningsstämma")
    assert organ("Styrelsemötet") != organ("Släktmötet")


def test_two_justerare_elected_unanimously_with_a_name_wrapped_are_both_read() -> None:
    """"… valdes enhälligt Göran Rohm (F) och Lars-G" / "Dyberg (F).": the adverb, the clubs' codes after the names
    and the second name broken over the line end; under its heading "Val av två justeringsmän"."""
    text = ("§ 3 Val av mötessekreterare\nTill sekreterare valdes Anette Gottfridsson.\n"
            "§ 4 Val av två justeringsmän, tillika rösträknare\nTill justeringsmän och rösträknare valdes enhälligt "
            "Göran Rohm (F) och Lars-G\nDyberg (F).\n§ 5 Styrelsens berättelse\nBerättelsen godkändes.\n")
    found = {o.role: o.names for o in meeting_officials(text, [])}
    assert found["justerare"] == "Göran Rohm (F) och Lars-G Dyberg (F)"
