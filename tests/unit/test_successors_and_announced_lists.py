"""Who took over after someone ("vem tog över efter Sofia"): the passage must name someone else, or the answer says
the documents do not; a list a sentence announces ("följande frågor behöver utredas:") answers "vilka frågor", not
the item's list of documents that names more of the question's words."""

from __future__ import annotations

from pathlib import Path

from conftest import indexed, indexed_files

_LEAVING = ("Protokoll styrelsemöte 2022-05-19\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
            "2. Studerandeskyddsombud\nSofia som sitter som Studerandeskyddsombud tillika Utbildningsansvarig har "
            "blivit antagen till utbytesstudier och flyttar till hösten. Styrelsen letar efter en vikarie.\n\n"
            "3. Mötets avslutande\nMötet avslutades.\n")


def test_no_one_named_but_the_one_who_left_is_no_successor(tmp_path: Path) -> None:
    answer = indexed(tmp_path, "styrelse-2022-05-19.txt", _LEAVING, refusal_threshold=0.0).ask(
        "Vem tog över efter Sofia som studerandeskyddsombud?")
    assert not answer.found, answer.answer


def test_who_took_the_place_of_someone_who_left_is_asked_as_who_took_over(tmp_path: Path) -> None:
    """"Sofia hoppade av – vem tog hennes plats": the sentence that names only Sofia names no one in her place."""
    answer = indexed(tmp_path, "styrelse-2022-05-19.txt", _LEAVING, refusal_threshold=0.0).ask(
        "Sofia hoppade av – vem tog hennes plats som studerandeskyddsombud?")
    assert not answer.found or "men inte vem" in answer.answer, answer.answer


def test_the_successor_named_answers(tmp_path: Path) -> None:
    text = _LEAVING.replace("Styrelsen letar efter en vikarie.", "Maja Berg tar över uppdraget efter henne.")
    answer = indexed(tmp_path, "styrelse-2022-05-19.txt", text, refusal_threshold=0.0).ask(
        "Vem tog över efter Sofia som studerandeskyddsombud?")
    assert answer.found and "Maja Berg" in answer.answer, answer.answer


def test_the_list_a_sentence_announces_answers_which_questions(tmp_path: Path) -> None:
    statement = tmp_path / "yttrande.txt"
    statement.write_text(
        "Yttrande\n\nSamråd om vattenuttag ur sjön Mjörn\n\n"
        "Nämnden bedömer att följande frågor behöver utredas i samrådet om vattenuttaget:\n"
        "• Vilka ekologiska konsekvenser uttaget kan få vid låga flöden.\n"
        "• Hur klimatförändringar kan öka risken för skador.\n"
        "• Om uttaget behöver pausas vid lågflöden.\n", encoding="utf-8")
    minutes = tmp_path / "protokoll-2026-06-16.txt"
    minutes.write_text(
        "Protokoll Bygg- och miljönämnden 2026-06-16\n\n§ 53 Samråd om vattenuttag ur sjön Mjörn\n"
        "Yttrandet antas.\n\nBeslutsunderlag:\n• Förslag till nämnden - utredning i samrådet om vattenuttag ur Mjörn\n"
        "• Remiss samråd vattenuttag Mjörn\n• Yttrande samråd vattenuttag Mjörn\n", encoding="utf-8")
    answer = indexed_files(tmp_path, statement, minutes, refusal_threshold=0.0).ask(
        "Vilka frågor vill nämnden ha utredda i samrådet om vattenuttag ur Mjörn?")
    assert "ekologiska konsekvenser" in answer.answer and "pausas" in answer.answer, answer.answer


_YEAR = ("Verksamhetsberättelse för Ösby byalag 2019\n\n14 juli anordnades bouletävlingen ”La Pétoncle” på Ösby "
         "boulebanor för tredje året i rad. Nio par var med.\n\nSandbyggartävlingen genomfördes traditionsenligt och "
         "ett stort antal lag startade.\n\nÅrsmötet hölls 9 juli på logen.\n")


def test_who_won_a_competition_the_documents_only_say_was_held_is_said_to_be_missing(tmp_path: Path) -> None:
    """"Vilka vann sandbyggartävlingen": the report says it was held, not who won; the boule tournament's name in
    the sentence beside it is no winner."""
    answer = indexed(tmp_path, "verksamhetsberattelse-2019.txt", _YEAR, refusal_threshold=0.0).ask(
        "Vilka vann sandbyggartävlingen i Ösby 2019?")
    assert not answer.found and "Pétoncle" not in answer.answer, answer.answer


def test_the_winner_named_answers(tmp_path: Path) -> None:
    text = _YEAR.replace("ett stort antal lag startade.", "vanns av familjen Berg med ett sandslott.")
    answer = indexed(tmp_path, "verksamhetsberattelse-2019.txt", text, refusal_threshold=0.0).ask(
        "Vilka vann sandbyggartävlingen i Ösby 2019?")
    assert answer.found and "familjen Berg" in answer.answer, answer.answer



def test_a_label_alone_on_its_line_announces_the_names_below_it(tmp_path: Path) -> None:
    """"Frånvarande" / "" / "Per Ekdahl" / "" / "Sara Lund": minutes typeset with a blank line after every line
    write the names under their label each as a paragraph; the label quoted alone names no one."""
    minutes = ("Protokoll styrelsemöte 2016-03-19\n\nTid: kl. 09.00-17.00\n\nNärvarande\n\nTora Ek, ordförande\n\n"
               "Amanda Berg\n\nLars Gäfvert, kassör\n\nFrånvarande\n\nPer Ekdahl\n\nSara Lund\n\nÖvriga\n\n"
               "Nina Virkkala, valberedningen\n\n§ 1. Mötet öppnas\n\nOrdföranden förklarar mötet öppnat.\n")
    answer = indexed(tmp_path, "styrelse-2016-03-19.txt", minutes, refusal_threshold=0.0).ask(
        "Vilka styrelseledamöter var frånvarande på styrelsens möte i mars 2016?")
    assert "Per Ekdahl" in answer.answer and "Sara Lund" in answer.answer, answer.answer
    assert "Nina Virkkala" not in answer.answer, answer.answer


def test_a_group_or_office_given_a_task_answers_who(tmp_path: Path) -> None:
    """"Vem skulle återkomma med förslag om samarbeten?": "Regionala ledningsgruppen fick … i uppgift att
    återkomma" names who, though no person is named."""
    notice = ("Föredragningslista strategisk regional beredning 2024-12-13\n\n8. Välfärdsbrottslighet\n\n"
              "Regionala ledningsgruppen fick vid strategisk regional berednings sammanträde 2024-04-19 i uppgift att "
              "återkomma med förslag på eventuella samarbeten inom området välfärdsbrottslighet.\n")
    answer = indexed(tmp_path, "srb-2024-12-13.txt", notice).ask(
        "Vem skulle återkomma till strategiska regionala beredningen med förslag om samarbeten mot välfärdsbrottslighet?")
    assert answer.found and "Regionala ledningsgruppen" in answer.answer, answer.answer
