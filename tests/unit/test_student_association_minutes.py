"""Minutes of a student association's board typeset from the secretary's LaTeX: a head naming the meeting, a
running header and footer on every page ("Föreningen  Styrelsemöte 2022-01-18", "Sekreterare: …  2 av 3  Justerare:
…"). Names are made up; the shape is the genre's. Real code only: fpdf2 writes the PDF, pdfplumber and pypdf read it."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import make_assistant
from fakes import HashingEmbedder
from fpdf import FPDF

from assistant.documents.parsing import parse
from assistant.index.ingest import build_document

FOOTER = "Sekreterare: Elsa Berg  {page} av 3  Justerare: Ali Nord"
PAGES = [
    ["Exempelföreningen", "", "Protokoll Styrelsemöte 2021-03-10", "", "Sekreterare: Elsa Berg",
     "Närvarande styrelsen: Elsa Berg, Ali Nord, Maja Ek", "", "§1 Mötets öppnande",
     "Ordförande Maja Ek förklarade mötet öppnat 19:03.", "", "§2 Val av justerare",
     "Styrelsen beslutade att välja Ali Nord till justerare."],
    ["Exempelföreningen  Styrelsemöte 2022-01-18", "", "§3 Val av vice ordförande",
     "Styrelsen beslutade att välja Elsa Berg till vice ordförande."],
    ["Exempelföreningen  Styrelsemöte 2022-01-18", "", "§4 Mötets avslutande", "Ordförande avslutade mötet 19:30."],
]


def _minutes(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(PAGES, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 10)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.cell(0, 6, FOOTER.format(page=number))
    pdf.output(str(path))
    return path


def test_a_head_copied_from_an_older_file_loses_to_the_running_header_and_the_file_name(tmp_path: Path) -> None:
    """The head says 2021-03-10 (the secretary's template from an earlier meeting); every later page's header and
    the file name say 2022-01-18: the meeting is that day, so its title tells it apart from the earlier one."""
    doc, _ = build_document(_minutes(tmp_path / "protokoll_styrelsemote_2022-01-18.pdf"))
    assert doc.meeting_date == "2022-01-18", (doc.meeting_date, doc.title)
    assert "2022-01-18" in doc.title


def test_the_head_stands_when_the_file_name_says_nothing_of_the_day(tmp_path: Path) -> None:
    doc, _ = build_document(_minutes(tmp_path / "protokoll_styrelsemote.pdf"))
    assert doc.meeting_date == "2021-03-10"


def test_who_holds_a_post_now_is_the_newest_election_to_it(fast_assistant) -> None:
    """"vem är kassör": LiTHe kod elected Robin at the stormöte of 2018 and Edvard Thörnros at that of 2019."""
    answer = fast_assistant.ask("vem är kassör i lithe kod?")
    assert answer.found and "Edvard Thörnros" in answer.answer, answer.answer
    assert "Robin" not in answer.answer
    member = fast_assistant.ask("vem är v-ledamoten från norberg")  # one of a list of members, no post
    assert "Pratima Åslund" in member.answer, member.answer


def test_who_has_charge_of_a_task_is_who_is_responsible_for_it(fast_assistant) -> None:
    """"vem har hand om kodstugorna": the board's minutes say "David och Fabian väljs ansvariga för kodstugorna"."""
    answer = fast_assistant.ask("vem har hand om kodstugorna i lithe kod?")
    assert answer.found and "David och Fabian väljs ansvariga" in answer.answer, answer.answer


ANNUAL_MEETING = """Exempelföreningen

Protokoll Årsmöte 2019-01-20

§1 Mötets öppnande
Ordförande Maja Ek förklarade mötet öppnat 18:12.

§2 Val av styrelse
Mötet beslutade att välja Elsa Berg, Ali Nord och Maja Ek till styrelse. Styrelsen håller sitt konstituerande möte
inom en vecka.
"""

FIRST_BOARD_MEETING = """Exempelföreningen

Protokoll Styrelsemöte 2019-01-22

§1 Mötets öppnande
Ordförande Maja Ek förklarade mötet öppnat 19:03.

§2 Nästa styrelsemöte
Styrelsen beslutade att Elsa Berg kallar till nästa styrelsemöte, senast i maj.
"""


def test_the_kind_of_meeting_asked_of_need_not_be_written_in_its_minutes(fast_corpus_index: Path,
                                                                         tmp_path: Path) -> None:
    """"det konstituerande styrelsemötet": the board's first meeting after the election; its minutes call it
    "Styrelsemöte", so the word names which meeting, not a subject they lack (beside the whole corpus, where the
    word is rare)."""
    shutil.copytree(fast_corpus_index, tmp_path / "index")  # the hashing embedder's relevance is not what is tested
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    for name, text in (("arsmote.txt", ANNUAL_MEETING), ("styrelsemote.txt", FIRST_BOARD_MEETING)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert not assistant.ingest([tmp_path / "arsmote.txt", tmp_path / "styrelsemote.txt"]).errors
    answer = assistant.ask("vem ska kalla till nästa möte enligt exempelföreningens konstituerande styrelsemöte "
                           "i januari 2019?")
    assert answer.found and "Elsa Berg kallar till nästa styrelsemöte" in answer.answer, answer.answer


def test_the_name_alone_over_the_minutes_title_is_the_organisation(tmp_path: Path) -> None:
    """A letterhead line naming the association without a kind word ("Robotics at Campus"), the title under it."""
    path = tmp_path / "protokoll_arsmote.txt"
    path.write_text("Robotics at Campus\n\nProtokoll Årsmöte 2019-01-22\n\nSekreterare: Elsa Berg\n\n"
                    "§1 Mötets öppnande\n"
                    "Maja Ek förklarade mötet öppnat 18:12.\n\n§2 Val av kassör\nMötet beslutade att välja Ali Nord "
                    "till kassör.\n", encoding="utf-8")
    doc, _ = build_document(path)
    assert (doc.organisation, doc.meeting_date) == ("Robotics at Campus", "2019-01-22")



LATER_NOTICE = """Kallelse till årsmöte i Byalaget Exempelby

Årsmöte 2019, 9 juli 2019 kl 16.30 i Bygdegården

Dagordning
1. Mötets öppnande
2. Val av ordförande för mötet
3. Val av justerare
4. Mötets avslutande
"""


def test_when_a_meeting_opened_is_read_from_minutes_before_a_later_notice(tmp_path: Path) -> None:
    """"Vilken tid öppnades årsmötet 2019": the minutes record the opening ("förklarade mötet öppnat 18:12"); the
    notice of another årsmöte later that year gives only the time it was called for."""
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    for name, text in (("protokoll_arsmote_2019-01-20.txt", ANNUAL_MEETING),
                       ("kallelse_arsmote_2019-07-09.txt", LATER_NOTICE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert not assistant.ingest(sorted(tmp_path.glob("*.txt"))).errors
    answer = assistant.ask("Vilken tid öppnades årsmötet 2019?")
    assert "18:12" in answer.answer, answer.answer


def test_officials_each_elected_on_a_line_of_their_own_under_a_numbered_heading() -> None:
    """"1.4. Val av två justeringsmän, tillika rösträknare" / "Ada Lind kandiderar och valdes" / "Bo kandiderar och
    väljs" (a member by first name), then the same in English."""
    minutes = parse("PR#03\n\n2026-03-10\n\n1. Formalia\n\n1.1. Mötets öppnande\n\nMötet öppnades 18:09\n\n"
                    "1.2. Val av mötesordförande\n\nSimon kandiderade och valdes\n\n1.3. Val av mötessekreterare\n\n"
                    "Mattias nominerades och valdes\n\n1.4. Val av två justeringsmän, tillika rösträknare\n\n"
                    "Ada Lind kandiderar och valdes\n\nBo kandiderar och väljs\n\n"
                    "Ada Lind candidates and was elected\n\n"
                    "1.5. Adjungeringar\n\nInga\n\n2. Rapporter\n\nInga rapporter.\n")
    assert minutes.roles["justerare"] == "Ada Lind och Bo"
    assert (minutes.roles["ordförande"], minutes.roles["sekreterare"]) == ("Simon", "Mattias")


def test_parallel_list_items_are_each_quoted(tmp_path: Path) -> None:
    """"• Införskaffa ett organisationsnummer åt föreningen." and "• Införskaffa ett bankkonto åt föreningen.": the
    second is no restatement of the first ("åt" is a preposition, not a word they share); and "• Införskaffa
    hoodies …" further down the list is the same kind of thing, though it does not say "föreningen"."""
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    plan = tmp_path / "verksamhetsplan_2018.txt"
    plan.write_text("Verksamhetsplan 2018\n\nExempelföreningen\n\nAllmänt\n\n"
                    "• Införskaffa ett organisationsnummer åt föreningen.\n• Införskaffa ett bankkonto åt föreningen.\n"
                    "• Skapa ett system för att hantera medlemskap.\n• Införskaffa hoodies till tillträdande "
                    "styrelse.\n• Skapa en sammanställning av olika marknadskanaler.\n", encoding="utf-8")
    assert not assistant.ingest([plan]).errors
    answer = assistant.ask("Vad skulle föreningen skaffa sig enligt verksamhetsplanen för 2018?")
    assert "organisationsnummer" in answer.answer and "bankkonto" in answer.answer, answer.answer
    assert "hoodies" in answer.answer and "marknadskanaler" not in answer.answer, answer.answer


def test_minutes_whose_notes_are_in_english_are_minutes() -> None:
    """A Swedish association's board minutes with Swedish headings and English notes ("The meeting was declared
    open at 20:08", "Meeting ended at 20:50") under a title that names no document type."""
    for opened, ended in (("The meeting was declared open at 20:08", "The meeting was declared closed at 21:02"),
                          ("Meeting started 20:15.", "Meeting ended at 20:50")):
        text = (f"Styrelsemöte - Python Ösby\n\nDatum: 2014-12-18\n\nMötets öppnande\n\n{opened}\n\nVal av "
                f"mötesordförande\n\nFredrik Hå\n\nVenue\n\nWe should get inquires into all proposed venues.\n\n"
                f"Mötets avslutande\n\n{ended}\n")
        assert parse(text).doc_type == "protokoll", opened
