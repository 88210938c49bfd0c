""""Under vilken paragraf skulle stadgeändringen tas upp?": the item whose text says it, though its one line holds
few of the question's words and writes the compound's parts apart ("ändring av föreningens stadgar")."""

from __future__ import annotations

from pathlib import Path

from assistant.answer.term_match import matches
from assistant.swedish import content_terms
from conftest import indexed

_AGENDA = ("Sjöbodarnas byalag  DAGORDNING\n2019-07-09\n\nÅrsmöte 2019, 9 juli 2019 kl 16.30 i logen\n\n"
           "§1  Mötet öppnas\n\n§2  Fråga om mötet är utlyst på rätt sätt\n\n§3  Fastställande av dagordning\n\n"
           "§4  Val av ordförande och sekreterare för mötet\n\n§5  Årsberättelse och revisionsberättelse\n\n"
           "§6  Frågan om ansvarsfrihet för styrelsen\n\n§7  Val av styrelseledamöter\n\n§8  Motioner\n"
           "- Förslag på ändring av föreningens stadgar\n\n§9  Övriga frågor\n\n§10  Mötet avslutas\n")


def test_a_compound_matches_its_parts_written_apart() -> None:
    assert matches({"stadgeandring"}, content_terms("Förslag på ändring av föreningens stadgar")) == 1
    assert matches({"stadgeandring"}, content_terms("Ändring av dagordningen")) == 0
    # a modifier without a linking s, found in the text in its own stemmed form
    assert matches(content_terms("styrelsearvodet"), content_terms("arvodet till styrelsen ska vara oförändrat")) == 1
    assert matches(content_terms("styrelsearvodet"), content_terms("arvodet till kassören")) == 0


def test_the_item_that_treats_what_is_asked_answers_which_paragraph(tmp_path: Path) -> None:
    answer = indexed(tmp_path, "arsmote-2019-dagordning.txt", _AGENDA, refusal_threshold=0.0).ask(
        "Under vilken paragraf på dagordningen till årsmötet 2019 skulle stadgeändringen tas upp?")
    assert answer.found and "§8 Motioner" in answer.answer and "ändring av föreningens stadgar" in answer.answer, answer.answer


def test_which_item_of_the_agenda_is_read_from_the_agenda_when_the_minutes_number_it_otherwise(tmp_path: Path) -> None:
    """"Vilken punkt i dagordningen var val av revisorer": the agenda's number (19), not the minutes' (17), which
    renumbered the items the meeting struck."""
    from conftest import indexed_files

    agenda = tmp_path / "dagordning-arsmote-2025.txt"
    agenda.write_text("Föreningen Ösby\n\nÅrsmöte 2025\n\nDatum: 21 oktober 2025\nTid: 18.30\n\n" + "".join(
        f"{n}. {title}\n\n" + ("- Ola Berg\n\n- Bo Ek (suppleant)\n\n" if n == 19 else "") for n, title in enumerate(
            ["Mötets öppnande", "Val av ordförande", "Val av sekreterare", "Val av justerare", "Röstlängd",
             "Kallelse", "Dagordning", "Verksamhetsberättelse", "Ekonomisk berättelse", "Revisionsberättelse",
             "Ansvarsfrihet", "Budget", "Medlemsavgift", "Motioner", "Propositioner", "Val av ordförande för året",
             "Val av styrelse", "Val av suppleanter", "Val av revisorer", "Val av valberedning",
             "Mötets avslutande"], 1)), encoding="utf-8")
    minutes = tmp_path / "protokoll-arsmote-2025-10-21.txt"
    minutes.write_text("Protokoll årsmöte 2025-10-21\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
                       "16. Val av styrelse\nEva Lind och Per Holm valdes.\n\n17. Val av revisorer och "
                       "revisorssuppleant\nTill revisorer valdes Ola Berg och Anna Ek, till revisorssuppleant Bo Ek.\n\n"
                       "18. Mötets avslutande\nMötet avslutades.\n", encoding="utf-8")
    answer = indexed_files(tmp_path, agenda, minutes, refusal_threshold=0.0).ask(
        "Vilken punkt i den utskickade dagordningen för årsmötet 2025 var val av revisorer?")
    assert "19" in answer.answer and "17" not in answer.answer, answer.answer


def test_which_paragraph_of_the_minutes_names_it_as_the_minutes_write_it(tmp_path: Path) -> None:
    from conftest import indexed

    answer = indexed(tmp_path, "protokoll-styrelsemote-2018-05-02.txt",
                     "Protokoll styrelsemöte 2018-05-02\n\n§5 Ekonomi\nKassan är god.\n\n§6 Arbetspunkter\nStyrelsen "
                     "beslutade att anta följande arbetspunkter:\n- Öppenhet\n- Kodkvällar\n\n§7 Mötets avslutande\n",
                     refusal_threshold=0.0).ask("Under vilken paragraf i protokollet från styrelsemötet 2018-05-02 står "
                                                "arbetspunkterna?")
    assert "§6" in answer.answer, answer.answer
