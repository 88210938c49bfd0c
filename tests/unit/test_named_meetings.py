"""Which meeting a question names. Notes that give no date of their own (a reference group's notes exported
from a word processor) may be of the day a question names: it is answered from them, not refused as if the
meeting were missing, while a dated board's minutes still refuse a day they do not hold. "Det första mötet i
april 2024" is the first of that month, not the first in the documents; "Töreboda kommun" names no
"Kommunstyrelsen"."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from assistant.answer.bodies import bodies_named_in_full
from assistant.answer.questions import Period, resolve_period
from assistant.index.meetings import Meeting
from conftest import make_assistant
from fakes import HashingEmbedder


def _pdf(path: Path, lines: list[str]) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 5, line.encode("latin-1", "replace").decode("latin-1"))
        pdf.ln(3)
    pdf.output(str(path))
    return path


NOTES = ["Mötesanteckningar 2 Referensgrupp Metadata", "Deltagare:", "Anna Berg, Lantmäteriet", "Olle Ek, SCB",
         "Mötesanteckningar:", "1) Presentationsrunda",
         "2) Genomgång av ärenden", "Beslut: rubriken för gruppens medlemmar blir Bidragsgivare till versionen."]
MINUTES = ["Protokoll styrelsemöte 2024-03-01", "Föreningen Ekbacken", "§ 1 Mötets öppnande",
           "Ordföranden öppnade mötet.", "§ 2 Budget", "Styrelsen beslutade att fastställa budgeten för 2024."]


def _assistant(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paths = [_pdf(corpus / "meet2.pdf", NOTES), _pdf(corpus / "styrelsemote-2024-03-01.pdf", MINUTES)]
    assistant = make_assistant(tmp_path / "index", HashingEmbedder(), refusal_threshold=0.0)
    assert not assistant.ingest(paths).errors
    return assistant


def test_a_day_no_dated_meeting_holds_is_answered_from_undated_notes(tmp_path: Path) -> None:
    answer = _assistant(tmp_path).ask("vilken rubrik beslutade referensgruppen för medlemmarna på mötet 25 april 2024?")
    assert answer.found and "Bidragsgivare" in answer.answer, answer.answer


def test_a_day_the_dated_minutes_do_not_hold_is_still_refused_beside_undated_notes(tmp_path: Path) -> None:
    answer = _assistant(tmp_path).ask("vad beslutade styrelsen om budgeten på styrelsemötet 25 april 2024?")
    assert not answer.found and "25 april 2024 finns inte i underlagen" in answer.answer, answer.answer


def test_the_first_meeting_of_a_period_named_is_the_first_in_that_period() -> None:
    held = ["2024-05-02", "2024-04-20", "2024-04-03", "2023-01-10"]
    assert resolve_period("vad togs upp på första mötet i april 2024", held) == Period("2024-04-03", "2024-04-03")
    assert resolve_period("vad togs upp på det allra första mötet", held) == Period("2023-01-10", "2023-01-10")
    assert resolve_period("vad togs upp på första mötet i mars 2024", held) == Period("2024-03-01", "2024-03-31")


def test_a_municipality_named_is_no_body_whose_name_starts_with_its_word() -> None:
    meetings = [Meeting("ks", "protokoll", "Protokoll Kommunstyrelsen 2007-01-08", "Kommunstyrelsen", "2007-01-08", "", ""),
                Meeting("au", "protokoll", "Protokoll", "Byggnadsnämndens arbetsutskott", "2024-02-29", "", "")]
    assert bodies_named_in_full("vem representerade töreboda kommun på mötet i april", meetings) == []
    assert bodies_named_in_full("vad beslutade bygg-au", meetings) == ["Byggnadsnämndens arbetsutskott"]
