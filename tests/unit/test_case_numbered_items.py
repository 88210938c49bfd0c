"""Municipal minutes that print the case number beside the paragraph ("§ 153 Ärendenummer SLK-2023-01134") and the
title on the lines below it, wrapped after a preposition: the title is the item's, and the head lines stand in the
item's own chunk, not in the chunk of the paragraph before."""

from __future__ import annotations

from pathlib import Path

from assistant.documents.chunking import chunk_document
from assistant.index.ingest import build_document

_MINUTES = ("Kommunstyrelsen\n\nSammanträdesdatum 2025-02-26\n\n"
            "§ 152 Ärendenummer SLK-2025-00086\n\nRedovisning av motioner som ännu ej besvarats\nBeslut\n\n"
            "Kommunstyrelsen tillstyrker stadsledningskontorets förslag.\n\n"
            "§ 153 Ärendenummer SLK-2023-01134\n\nAnslutningsavtal om att ingå som associerad partner i\n"
            "Wexsus – Västsveriges nexus för hållbar utveckling\nBeslut\n\n"
            "Stadsledningskontorets förslag till beslut avslås.\n\n"
            "§ 154 Ärendenummer SLK-2024-00449\n\nAnmälan av mottagna donationer\nBeslut\n\n"
            "Donationerna skrivs in i den gyllene boken.\n")


def _built(tmp_path: Path):
    path = tmp_path / "ks-protokoll.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    doc, structure = build_document(path)
    return doc, chunk_document(doc, structure.noise, lambda text: len(text.split()))


def test_the_title_under_a_case_number_is_the_items_title_wrapped_after_a_preposition(tmp_path: Path) -> None:
    doc, _ = _built(tmp_path)
    titles = {item.number: item.title for item in doc.items}
    assert titles["§ 153"] == "Anslutningsavtal om att ingå som associerad partner i Wexsus – Västsveriges nexus för " \
                              "hållbar utveckling"
    assert titles["§ 152"] == "Redovisning av motioner som ännu ej besvarats"


def test_the_head_lines_stand_in_the_items_own_chunk(tmp_path: Path) -> None:
    _, chunks = _built(tmp_path)
    for chunk in chunks:
        if "Anslutningsavtal" in chunk.text or "SLK-2023-01134" in chunk.text:
            assert chunk.meta.item_number == "§ 153", (chunk.meta.item_number, chunk.text)


def test_the_label_of_an_items_first_field_is_no_chunk_of_its_own_nor_the_items_before(tmp_path: Path) -> None:
    """"Förslag till beslut i byggnadsnämnden" between the head and the proposal: a label, not a passage."""
    path = tmp_path / "bn-protokoll.txt"
    path.write_text(
        "Byggnadsnämndens arbetsutskott\n\nSammanträdesdatum 2024-03-14\n\n"
        "§ 72                       Dnr BN-2024-00010\nInformation från förvaltningschefen\n\n"
        "Förvaltningschefen informerar om tidsplanen för budgeten.\n\n"
        "§ 73                       Dnr BN-2016-00046\nÖverklagande av beslut om detaljplan för Varla 3:22\n\n"
        "Förslag till beslut i byggnadsnämnden\nByggnadsnämnden beslutar att återta överklagandet.\n\n"
        "Beskrivning av ärendet\nNämnden antog planen den 19 oktober 2023.\n", encoding="utf-8")
    doc, structure = build_document(path)
    for chunk in chunk_document(doc, structure.noise, lambda text: len(text.split())):
        assert chunk.text.strip() != "Förslag till beslut i byggnadsnämnden", chunk.meta.item_number
        if chunk.meta.item_number == "§ 72":
            assert "Förslag till beslut" not in chunk.text, chunk.text


def test_a_title_under_a_case_number_wrapped_before_a_capital_goes_on_up_to_its_first_label(tmp_path: Path) -> None:
    path = tmp_path / "ks-2025-04-23.txt"
    path.write_text("Kommunstyrelsen\n\nSammanträdesdatum 2025-04-23\n\n§ 347 Ärendenummer SLK-2024-01028\n\n"
                    "Motion av Anna Ek (D) och\nPer Berg (D) om att bygga om fastighet Göteborg\n"
                    "Nordstaden 18:1 till studentbostäder\nBeslut\n\nÄrendet bordläggs.\n\n"
                    "§ 348 Ärendenummer SLK-2025-00001\n\nAnmälan av jäv\nBeslut\n\nIngen anmälde jäv.\n",
                    encoding="utf-8")
    doc, _ = build_document(path)
    titles = {item.number: item.title for item in doc.items}
    assert titles["§ 347"] == "Motion av Anna Ek (D) och Per Berg (D) om att bygga om fastighet Göteborg Nordstaden " \
                              "18:1 till studentbostäder"


def test_a_case_number_labelled_dnr_without_a_series_is_the_items_case_number(tmp_path: Path) -> None:
    """"VON § 15  Dnr 2024/111": the number after the label is the case number, though no series letters lead it."""
    path = tmp_path / "von-protokoll.txt"
    path.write_text("Vård- och omsorgsnämnden\n\nSammanträdesdatum 2025-02-27\n\n"
                    "VON § 15  Dnr 2024/111\n\nStandardhöjande åtgärder på särskilt boende\n\nBESLUT\n\n"
                    "Nämnden beslutar att installera kylskåp.\n\n"
                    "VON § 16  Dnr 2024/98\n\nIntern kontrollplan 2025\n\nBESLUT\n\nPlanen antas.\n", encoding="utf-8")
    doc, _ = build_document(path)
    assert {item.number: item.dnr for item in doc.items} == {"§ 15": "2024/111", "§ 16": "2024/98"}


def test_a_paragraph_written_without_a_space_keeps_that_form_in_its_heading(tmp_path: Path) -> None:
    """"§16 Motioner": the heading a citation shows is the document's "§16", the item's number for look-ups
    "§ 16"."""
    path = tmp_path / "dagordning-arsmote.txt"
    path.write_text("Dagordning årsmöte 2019-07-09\n\n§15 Val av revisorer\nOmval föreslås.\n\n§16 Motioner\n"
                    "Förslag på ändring av föreningens stadgar.\n\n§17 Mötets avslutande\n", encoding="utf-8")
    doc, structure = build_document(path)
    chunks = chunk_document(doc, structure.noise, lambda text: len(text.split()))
    assert [item.number for item in doc.items] == ["§ 15", "§ 16", "§ 17"]
    motions = next(c for c in chunks if "stadgar" in c.text)
    assert motions.meta.heading_path[-1] == "§16 Motioner", motions.meta.heading_path


def test_a_paragraph_sign_after_its_number_keeps_that_form(tmp_path: Path) -> None:
    """By-laws write "7 § Medlemsavgift": the heading shows "7 §", the look-up number is "§ 7"."""
    path = tmp_path / "stadgar.txt"
    path.write_text("Stadgar för föreningen Cykelvännerna\n\n1 § Namn\nFöreningens namn är Cykelvännerna.\n\n"
                    "2 § Medlemskap\nMedlem är den som betalat avgift.\n\n3 § Medlemsavgift\n"
                    "Årsmötet beslutar om medlemsavgift.\n", encoding="utf-8")
    doc, _ = build_document(path)
    assert [(item.number, item.heading) for item in doc.items][2] == ("§ 3", "3 § Medlemsavgift")


def test_an_answer_names_the_paragraph_as_the_document_writes_it(tmp_path: Path) -> None:
    from conftest import indexed

    answer = indexed(tmp_path, "dagordning-arsmote-2019-07-09.txt",
                     "Dagordning årsmöte 2019-07-09\n\n§15  Val av revisorer\nOmval föreslås.\n\n§16  Motioner\n"
                     "Förslag på ändring av föreningens stadgar.\n\n§17  Mötets avslutande\n",
                     refusal_threshold=0.0).ask("Under vilken punkt tas förslaget om ändrade stadgar upp?")
    assert "§16 Motioner" in answer.answer, answer.answer
