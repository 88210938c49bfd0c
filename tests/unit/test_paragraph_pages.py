"""Municipal minutes that list their paragraphs first ("Ärendelista") and then treat each on pages of their own, the
paragraph or field that opens a page printed beside the page's number ("KFN § 13  Sida 3 av 5", "Beslut  Sida 5 av
5"): the treated paragraphs are the items, with their fields and the text under them. Real code only: fpdf2
writes the PDF, pdfplumber and pypdf read it."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from assistant.index.ingest import build_document

HEADER = "KULTUR- OCH FRITIDSNÄMNDEN  SAMMANTRÄDESPROTOKOLL"
PAGES = [
    ["Sida 1 av 5", "Sammanträdesdatum 2025-09-01", "", "Ärendelista", "", "§ 12  KFN/2025:74",
     "Taxa för simhallen 2026", "", "§ 13  KFN/2025:75", "Bidrag till föreningar", "", "§ 14",
     "Information från förvaltningen"],
    ["Sida 2 av 5", "Sammanträdesdatum 2025-09-01", "", "KFN § 12  KFN/2025:74", "", "Taxa för simhallen 2026",
     "", "Ärendebeskrivning", "Förvaltningen föreslår att entréavgiften höjs till 60 kronor för vuxna.",
     "", "Beslut", "Kultur- och fritidsnämnden beslutar att anta taxan för simhallen."],
    [("KFN § 13", "Sida 3 av 5"), "Sammanträdesdatum", ("Bidrag till föreningar", "2025-09-01"), "",
     "Ärendebeskrivning", "Sex föreningar har sökt bidrag för ungdomsverksamhet.", "",
     "Beslut", "Kultur- och fritidsnämnden beslutar att bevilja bidrag om 120 000 kronor."],
    [("KFN § 14", "Sida 4 av 5"), "Sammanträdesdatum", ("Information från förvaltningen", "2025-09-01"), "",
     "Ärendebeskrivning", "Förvaltningschefen informerar om sommarens verksamhet."],
    [("Beslut", "Sida 5 av 5"), "Sammanträdesdatum", "2025-09-01", "",  # the field that opens the page
     "Kultur- och fritidsnämnden har tagit del av informationen."],
]


def _minutes(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for lines in PAGES:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, HEADER, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            if isinstance(line, tuple):  # two cells on one line: the paragraph beside the page number
                pdf.cell(60, 6, line[0])
                pdf.cell(0, 6, line[1], align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_paragraphs_beside_the_page_number_are_the_items_not_the_list_of_them(tmp_path: Path) -> None:
    doc, _ = build_document(_minutes(tmp_path / "kfn-2025-09-01.pdf"))
    items = {item.number: item for item in doc.items}
    assert [items[n].title for n in ("§ 12", "§ 13", "§ 14")] == [
        "Taxa för simhallen 2026", "Bidrag till föreningar", "Information från förvaltningen"]
    assert "120 000 kronor" in items["§ 13"].fields["Beslut"]
    assert "60 kronor" in items["§ 12"].fields["Ärendebeskrivning"]
    assert "tagit del av informationen" in items["§ 14"].fields["Beslut"]
