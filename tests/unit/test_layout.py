"""The PDF layout pass and the generic structure pass on a PDF typeset here the way a secretary would:
a running header and footer, a label–value block, numbered items 6 / 6.1 / 6.2 with bold run-in "Förslag:" and
"Beslut:", a page in two columns and a scanned page without text layer. Real code only: fpdf2 writes the PDF,
pdfplumber and pypdf read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_assistant
from fakes import HashingEmbedder
from fpdf import FPDF
from PIL import Image

from assistant.cli import document_lines
from assistant.documents.chunking import chunk_document
from assistant.documents.loaders import load
from assistant.documents.parsing import parse
from assistant.documents.pdf_layout import PageLayout
from assistant.documents.pdf_text import layout_text
from assistant.index.ingest import build_document

HEADER = "Föreningen Ekbacken  Styrelsemöte 2025-02-03"
LEFT = "Vänster spalt börjar här. " + "Ordföranden rapporterade om arbetet med stadgarna och kommunen. " * 6
RIGHT = "Höger spalt börjar här. " + "Kassören rapporterade om medlemsavgifterna och bankbytet i höstas. " * 6


class _Minutes(FPDF):
    def header(self) -> None:
        if self.page_no() < 3:  # the scanned page has no text at all
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self) -> None:
        if self.page_no() < 3:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="C")


def _heading(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "B", 12)
    pdf.ln(2)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)


def _paragraph(pdf: FPDF, text: str) -> None:
    pdf.multi_cell(0, 5, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _first_page(pdf: FPDF) -> None:
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Protokoll fört vid styrelsemöte", new_x="LMARGIN", new_y="NEXT")
    for label, value in (("Datum:", "2025-02-03"), ("Tid:", "kl. 18.00-20.00"), ("Plats:", "Föreningslokalen"),
                         ("Närvarande:", "Anna Andersson (ordförande), Bo Berg, Cecilia Ceder (sekreterare)")):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(30, 6, label)
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "1 Mötets öppnande")
    _paragraph(pdf, "Ordföranden öppnade mötet.")
    _heading(pdf, "2 Val av justerare")
    _paragraph(pdf, "**Beslut:** att välja Bo Berg till justerare.")
    _heading(pdf, "6 Ekonomi")
    _paragraph(pdf, "Kassören redogjorde för det ekonomiska läget inför våren.")
    _heading(pdf, "6.1 Äskning från festutskottet")
    _paragraph(pdf, "Festutskottet äskar medel för vårbalen som hålls i april. " * 3)
    _paragraph(pdf, "**Förslag:** att bevilja festutskottet 12 000 kr för vårbalen,\n"
                    "att festutskottet redovisar utfallet i maj.")
    _paragraph(pdf, "**Beslut:** att-sats 1 bifalles, att-sats 2 avslås.")
    _heading(pdf, "6.2 Inköp av ny projektor")
    _paragraph(pdf, "Den gamla projektorn är trasig sedan januari. " * 3)
    _paragraph(pdf, "**Förslag:** att köpa en ny projektor för högst 8 000 kr.")
    _paragraph(pdf, "**Beslut:** Förslaget bifalles.")


def write_minutes(path: Path) -> Path:
    pdf = _Minutes()
    pdf.alias_nb_pages()
    pdf.add_page()
    _first_page(pdf)
    pdf.add_page()
    _heading(pdf, "7 Rapporter")
    top = pdf.get_y()
    pdf.set_xy(10, top)
    pdf.multi_cell(90, 5, LEFT, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_xy(110, top)
    pdf.multi_cell(90, 5, RIGHT, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), bottom) + 4)
    _heading(pdf, "8 Mötets avslutande")
    _paragraph(pdf, "Ordföranden avslutade mötet.")
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 280), "white"), x=10, y=20, w=180)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def minutes_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_minutes(tmp_path_factory.mktemp("layout") / "ekbacken-styrelsemote.pdf")


def test_running_header_and_footer_are_noise_on_every_page(minutes_pdf: Path) -> None:
    loaded = load(minutes_pdf)
    noise = [loaded.text[s:e] for s, e in loaded.noise]
    assert noise.count(" ".join(HEADER.split())) == 2 and {"Sida 1 av 3", "Sida 2 av 3"} <= set(noise)
    outside = loaded.text
    for start, end in sorted(loaded.noise, reverse=True):
        outside = outside[:start] + outside[end:]
    assert "Ekbacken" not in outside and "Sida " not in outside


def test_headings_with_levels_and_bold_run_in_labels(minutes_pdf: Path) -> None:
    loaded = load(minutes_pdf)
    headings = {loaded.text[h.start:h.end]: h.level for h in loaded.headings}
    title, item, sub = (headings["Protokoll fört vid styrelsemöte"], headings["6 Ekonomi"],
                        headings["6.1 Äskning från festutskottet"])
    assert title < item < sub  # larger type first, then numbering depth
    emphasis = [loaded.text[s:e] for s, e in loaded.emphasis]
    assert emphasis.count("Förslag:") == 2 and emphasis.count("Beslut:") == 3 and "Datum:" in emphasis


def test_two_columns_are_read_one_after_the_other(minutes_pdf: Path) -> None:
    text = load(minutes_pdf).text
    left = text.index("Vänster spalt börjar här.")
    right = text.index("Höger spalt börjar här.")
    closing = text.index("8 Mötets avslutande")
    assert left < right < closing
    assert "kommunen" not in text[right:closing] and "medlemsavgifterna" not in text[left:right]


def test_page_without_text_layer_is_reported(minutes_pdf: Path) -> None:
    loaded = load(minutes_pdf)
    assert loaded.scanned_pages == [3]
    assert loaded.warnings == ["sida 3 saknar textlager – skannad?"]
    assert [p.number for p in loaded.pages] == [1, 2, 3] and loaded.pages[-1].start == loaded.pages[-1].end


def test_meeting_facts_from_the_first_page(minutes_pdf: Path) -> None:
    doc, structure = build_document(minutes_pdf)
    assert (doc.doc_type, doc.body, doc.meeting_date, doc.meeting_time, doc.place) == (
        "protokoll", "Styrelsemötet", "2025-02-03", "18:00-20:00", "Föreningslokalen")
    assert doc.title == "Protokoll Styrelsemötet 2025-02-03" and doc.guessed == []
    assert structure.roles == {"justerare": "Bo Berg", "ordförande": "Anna Andersson", "sekreterare": "Cecilia Ceder"}
    assert [(m.name, m.role) for m in doc.members] == [
        ("Anna Andersson", "ordförande"), ("Bo Berg", "ledamot"), ("Cecilia Ceder", "sekreterare")]


def test_items_fields_motions_and_outcomes(minutes_pdf: Path) -> None:
    doc, _ = build_document(minutes_pdf)
    items = {item.number: item for item in doc.items}
    assert list(items) == ["1", "2", "6", "6.1", "6.2", "7", "8"]
    assert items["6.1"].parent == "6" and items["6"].end >= items["6.2"].end
    assert items["6.1"].title == "Äskning från festutskottet"
    assert items["6.1"].motions == ["att bevilja festutskottet 12 000 kr för vårbalen,",
                                    "att festutskottet redovisar utfallet i maj."]
    assert items["6.1"].fields["Beslut"] == "att-sats 1 bifalles, att-sats 2 avslås."
    assert (items["6.1"].outcome, items["6.2"].outcome) == ("delvis bifall", "bifall")
    kinds = {(b.item_number, b.field): b.kind for b in doc.blocks if b.item_number}
    assert kinds[("6.2", "Förslag")] == "proposal_decision" and kinds[("6.2", "Beslut")] == "decision"


def test_chunks_quote_the_stored_text_and_never_the_running_lines(minutes_pdf: Path) -> None:
    doc, structure = build_document(minutes_pdf)
    chunks = chunk_document(doc, structure.noise, lambda text: len(text.split()))
    assert chunks
    for chunk in chunks:
        segments = json.loads(str(chunk.metadata["segments"]))
        assert chunk.text == "\n".join(doc.text[s:e] for s, e in segments)
        assert "Ekbacken" not in chunk.text and "Sida " not in chunk.text
    decisions = [c for c in chunks if c.kind == "decision" and c.metadata["item_number"] == "6.2"]
    assert [c.text for c in decisions] == ["Förslaget bifalles."]


def test_a_page_the_layout_cannot_place_keeps_the_plain_text() -> None:
    pages = [PageLayout(1, 842.0, placed=False), PageLayout(2, 842.0, placed=False)]
    loaded = layout_text(pages, lambda number: f"Sidan {number} som ren text")
    assert loaded.text == "Sidan 1 som ren text\n\nSidan 2 som ren text"
    assert [(p.start, p.end) for p in loaded.pages] == [(0, 20), (22, 42)]


def test_plain_text_with_pages_gets_running_lines_and_items() -> None:
    page = "Styrelsen protokoll 2025-03-0{n}\n\n{body}\n\nSida {n}"
    bodies = ["1. Mötets öppnande\nOrdföranden öppnade.\n\n2. Budget\nFörslag: att anta budgeten.",
              "Beslut: Förslaget bifalles.\n\n3. Mötets avslutande\nMötet avslutades."]
    text = "\f".join(page.format(n=n, body=body) for n, body in enumerate(bodies, 1))
    from assistant.documents.loaders import _form_feed_pages
    from assistant.documents.model import LoadedText

    structure = parse(text, LoadedText(text, _form_feed_pages(text)), "x.txt")
    assert [text[s:e] for s, e in structure.noise] == [
        "Styrelsen protokoll 2025-03-01", "Sida 1", "Styrelsen protokoll 2025-03-02", "Sida 2"]
    items = {i.number: i for i in structure.items}
    assert items["2"].fields == {"Förslag": "att anta budgeten.", "Beslut": "Förslaget bifalles."}
    assert structure.doc_type == "protokoll" and structure.body == "Styrelsen"


def test_decision_sentences_of_minutes_without_labels_are_decisions() -> None:
    text = ("Protokoll årsmöte 2023-07-25\n\n§ 1 Mötet öppnas\nOrdföranden hälsade alla välkomna.\n\n"
            "§ 2 Årsavgift\nKassören redogjorde för ekonomin.\nÅrsmötet beslutade att årsavgiften blir 200 kr.\n")
    structure = parse(text)
    items = {i.number: i for i in structure.items}
    assert items["§ 2"].fields == {"Text": "Kassören redogjorde för ekonomin.",
                                   "Beslut": "Årsmötet beslutade att årsavgiften blir 200 kr."}
    assert "Beslut" not in items["§ 1"].fields
    assert [b.kind for b in structure.blocks if b.item_number == "§ 2"] == ["field", "decision"]


def write_undated_minutes(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    _heading(pdf, "Protokoll")
    _heading(pdf, "1 Mötets öppnande")
    _paragraph(pdf, "Ordföranden öppnade mötet.")
    _heading(pdf, "2 Budget")
    _paragraph(pdf, "**Beslut:** Budgeten fastställs.")
    pdf.output(str(path))
    return path


def test_ingest_reports_scanned_pages_and_documents_show_guesses(minutes_pdf: Path, tmp_path: Path) -> None:
    undated = write_undated_minutes(tmp_path / "styrelsen_2025-03-10.pdf")
    index = tmp_path / "index"
    summary = make_assistant(index, HashingEmbedder()).ingest([minutes_pdf, undated])
    assert not summary.errors
    assert [r.pages_without_text for r in summary.results] == [1, 0]
    report = summary.format()
    assert "Sidor utan textlager (skannade?): 1" in report
    assert f"Varning {summary.results[0].path}: sida 3 saknar textlager – skannad?" in report
    documents = {d["title"]: d for d in make_assistant(index, HashingEmbedder()).documents()}
    assert documents["Protokoll Styrelsen 2025-03-10"]["guessed"] == ["meeting_date", "body"]
    assert documents["Protokoll Styrelsemötet 2025-02-03"]["warnings"] == ["sida 3 saknar textlager – skannad?"]
    listing = "\n".join(document_lines(list(documents.values())))
    assert "2025-03-10?" in listing and "[organ: Styrelsen?]" in listing and "Protokoll Styrelsen 2025-03-10" in listing
    assert "varning: sida 3 saknar textlager – skannad?" in listing and "? = gissat ur filnamnet" in listing


@pytest.fixture(scope="module")
def minutes_assistant(minutes_pdf: Path, tmp_path_factory: pytest.TempPathFactory):
    assistant = make_assistant(tmp_path_factory.mktemp("minutes-index"), HashingEmbedder())
    assistant.ingest([minutes_pdf])
    return assistant


def test_a_proposal_comes_with_the_decision_on_it(minutes_assistant) -> None:
    """"Förslag: att köpa …" then "Beslut: Förslaget bifalles.": neither says alone what was decided."""
    answer = minutes_assistant.ask("vad beslutades om inköp av ny projektor")
    quotes = [c.quote for c in answer.citations]
    assert "att köpa en ny projektor för högst 8 000 kr." in quotes and "Förslaget bifalles." in quotes, quotes
    text = minutes_assistant.index.document_text(answer.citations[0].doc_id)
    assert all(text[c.start:c.end] == c.quote for c in answer.citations)


def test_how_much_is_no_unknown_subject_in_a_small_corpus(minutes_assistant) -> None:
    """The one document never writes "mycket"; "hur mycket" asks an amount, it names no subject."""
    from assistant.answer.refusal import unknown_subject

    q = minutes_assistant.analyse("hur mycket fick festutskottet till vårbalen")
    assert unknown_subject(q, minutes_assistant.index.lexical()) == ""
    assert unknown_subject(minutes_assistant.analyse("hur mycket kostar simhallen"), minutes_assistant.index.lexical())


def test_a_sentence_written_twice_is_quoted_once(minutes_assistant) -> None:
    answer = minutes_assistant.ask("vad rapporterade kassören")
    shown = [" ".join(c.quote.split()) for c in answer.citations + answer.more_citations]
    assert shown and len(shown) == len(set(shown)), shown


def test_paraphrased_meeting_questions_find_the_genres_words(minutes_assistant) -> None:
    """The minutes write "Närvarande", "(ordförande)", "(sekreterare)", "Plats"; questions say it otherwise."""
    for question, wanted in (("vem ledde mötet", "Anna Andersson"), ("vem protokollförde mötet", "Cecilia Ceder"),
                             ("vilka deltog på mötet", "Bo Berg"), ("vilken lokal användes", "Föreningslokalen")):
        answer = minutes_assistant.ask(question)
        assert answer.found and wanted in answer.answer, (question, answer.answer)


def test_an_agent_noun_stems_alike_in_every_form() -> None:
    from assistant.swedish import content_terms

    forms = ["revisor", "revisorn", "revisorer", "revisorerna", "projektor", "projektorn"]
    assert len({frozenset(content_terms(w)) for w in forms[:4]}) == 1
    assert content_terms("projektor") == content_terms("projektorn") and content_terms("kvinnor") == content_terms("kvinnor")


def test_a_latin_noun_in_ktor_is_no_plural_of_the_word_before_it() -> None:
    """"projektor" is no plural of "projekt" ("skolor" of "skola"): a question about a projector is not one about
    projects; its forms still meet."""
    from assistant.swedish import content_terms

    assert content_terms("projektor") != content_terms("projektet")
    assert content_terms("sektorn") != content_terms("sekt") and content_terms("faktorer") != content_terms("fakta")
    assert len({frozenset(content_terms(w)) for w in ("projektor", "projektorn", "projektorerna", "projektors")}) == 1
    assert content_terms("lyktor") == content_terms("lyktorna") == content_terms("lykta")  # a plural of "lykta"


def test_enligt_and_allra_say_nothing_a_passage_must_match() -> None:
    from assistant.swedish import content_terms

    assert content_terms("det allra första mötet enligt protokollet") == content_terms("det första mötet protokollet")


def test_a_latin_noun_in_ium_stems_alike_in_every_form() -> None:
    """"kulturstipendium", "kulturstipendiet", "stipendier": a Latin noun's definite and plural forms."""
    from assistant.swedish import content_terms

    for forms in (["kulturstipendium", "kulturstipendiet", "kulturstipendier", "kulturstipendierna"],
                  ["presidium", "presidiet", "presidiets"], ["museum", "museet"]):
        assert len({frozenset(content_terms(w)) for w in forms}) == 1, forms


def write_unnumbered_minutes(path: Path) -> Path:
    """Another secretary's layout: headings by size and weight only, no numbers; "Förslag" and "Beslut" as bold
    headings of their own; date, time and place as labels on one line."""
    pdf = FPDF()
    pdf.add_page()
    _sized_heading(pdf, "Protokoll styrelsemöte Fysikföreningen Kvanta", 16)
    _paragraph(pdf, "Datum: 2024-09-12 Tid: 17.15 Plats: Sal K1")
    _paragraph(pdf, "Närvarande: Lisa Berg, Omar Haddad, Petra Lind, Jonas Ek")
    _sized_heading(pdf, "Öppnande av möte", 14)
    _paragraph(pdf, "Mötet öppnades av Lisa Berg 17:20.")
    _sized_heading(pdf, "Inköp av kaffebryggare", 12)
    _paragraph(pdf, "Den gamla bryggaren har gått sönder.")
    _sized_heading(pdf, "Förslag", 11)
    _paragraph(pdf, "att köpa en ny kaffebryggare för högst 2 500 kr")
    _sized_heading(pdf, "Beslut", 11)
    _paragraph(pdf, "bifalles")
    _sized_heading(pdf, "Mötets avslutande", 14)
    _paragraph(pdf, "Mötet avslutades 18:05.")
    pdf.output(str(path))
    return path


def test_an_agreements_bold_paragraphs_inside_one_item_are_not_the_minutes_items(tmp_path: Path) -> None:
    """Minutes whose paragraphs read "VON § 70  Dnr 2024/95" over their title, one of them carrying an agreement
    with bold "§ 1 Inriktning" … "§ 6 Redovisning": the items are the minutes' paragraphs, titled by the line
    under the case number."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for number in range(67, 75):
        _paragraph(pdf, f"VON § {number}  Dnr 2024/{number + 20}")
        _paragraph(pdf, "Avtal om FoU-verksamhet 2025" if number == 70 else f"Ärende nummer {number}")
        _paragraph(pdf, "Nämnden beslutar att godkänna förslaget och lägga informationen till handlingarna.")
        if number == 70:
            for clause, title in enumerate(("Inriktning", "Styrning", "Innehåll", "Verksamhetsplan", "Finansiering",
                                            "Redovisning"), start=1):
                _sized_heading(pdf, f"§ {clause} {title}", 11)
                _paragraph(pdf, "Parterna ska samverka enligt detta avtal under hela avtalstiden.")
    path = tmp_path / "protokoll.pdf"
    pdf.output(str(path))
    _, structure = build_document(path)
    assert [i.number for i in structure.items] == [f"§ {n}" for n in range(67, 75)]
    assert structure.items[3].title == "Avtal om FoU-verksamhet 2025"


def _sized_heading(pdf: FPDF, text: str, size: int) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.ln(2)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)


@pytest.fixture(scope="module")
def unnumbered_assistant(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("unnumbered")
    assistant = make_assistant(folder / "index", HashingEmbedder())
    assistant.ingest([write_unnumbered_minutes(folder / "kvanta-styrelsemote.pdf")])
    return assistant


def test_labels_on_one_line_and_the_opening_line_are_meeting_facts(unnumbered_assistant) -> None:
    doc = unnumbered_assistant.documents()[0]
    assert (doc["meeting_date"], doc["place"]) == ("2024-09-12", "Sal K1")
    opened = unnumbered_assistant.ask("när öppnades mötet")
    assert "17:20" in opened.answer, opened.answer


def test_a_proposal_under_an_unnumbered_heading_comes_with_its_decision(unnumbered_assistant) -> None:
    answer = unnumbered_assistant.ask("vad beslutades om kaffebryggaren")
    quotes = [c.quote.strip() for c in answer.citations]
    assert "att köpa en ny kaffebryggare för högst 2 500 kr" in quotes and "bifalles" in quotes, quotes


def test_text_set_sideways_in_the_margin_is_left_out(tmp_path: Path) -> None:
    """An e-signed protocol prints "Signature reference: …" turned a quarter in its left margin; pdfminer calls
    those characters upright (cos 90° is 6e-17), so without a check they fall into the lines beside them."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ("Ordföranden ställer proposition och finner att nämnden bifaller förslaget.", "",
                 "NÄMNDENS BESLUT", "", "Förslaget bifalles."):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.rotation(89.9, x=6, y=80):  # a quarter turn whose cosine is not exactly 0, as in the real file
        pdf.text(6, 80, "Signature reference: 4c1a-77e2")
    path = tmp_path / "protokoll.pdf"
    pdf.output(str(path))
    text = load(path).text
    assert text.splitlines()[2] == "NÄMNDENS BESLUT"  # nothing of the margin glued to the label
    assert not [line for line in text.splitlines() if len(line.strip()) == 1]


def test_accent_marks_set_apart_by_latex_are_joined_to_their_letters(tmp_path: Path) -> None:
    """pdfTeX without T1 fonts draws "ä" as a diaeresis and an "a"; the text must hold the letter, or no search
    for "allmänt" or "ordförande" finds the page."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Allm¨ant om verksamheten. Ordfo¨rande: Anna Andersson, Andr´e Berg.",
                   new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "latex.pdf"
    pdf.output(str(path))
    assert "Allmänt om verksamheten. Ordförande: Anna Andersson, André Berg." in load(path).text
    fallback = layout_text([PageLayout(1, 842.0, placed=False)], lambda number: "Vi st¨adar p˚a fredag, Lucas´ tur.")
    assert fallback.text == "Vi städar på fredag, Lucas´ tur."


def _paged(pages: list[str]):
    from assistant.documents.loaders import _form_feed_pages
    from assistant.documents.model import LoadedText

    text = "\f".join(pages)
    return text, parse(text, LoadedText(text, _form_feed_pages(text)), "reglemente.pdf")


def test_by_laws_and_regulations_are_governing_documents_of_no_meeting() -> None:
    """A section's "Reglemente" with a running header "Senast reviderad … den 21 april 2020" is no meeting's
    minutes: the revision date is not a meeting date, and the title names the document."""
    header = "Reglemente | Sektionen för Rymdteknik\nSenast reviderad av Styrelsen 19/20\nden 21 april 2020\nSida {n} av 3"
    bodies = ["Reglemente\nSektionen för Rymdteknik\nAntaget av sektionsmötet 2006-12-07\n\nÄndringar gjorda:\n"
              "Datum\n\nAvsnitt\n\n2010-03-01\n\n2.5.1",
              "1. Styrelsen\n1.1 Styrelsen består av ordförande, kassör och sekreterare.\n1.2 Styrelsen sammanträder "
              "minst en gång i månaden.",
              "2. Sektionsmötet\n2.1 Sektionsmötet är sektionens högsta beslutande organ."]
    _, structure = _paged([header.format(n=n) + "\n\n" + body for n, body in enumerate(bodies, 1)])
    assert structure.doc_type == "styrdokument"
    assert structure.meeting_date == ""
    assert structure.title.startswith("Reglemente")


def test_an_agendas_meeting_date_is_the_one_beside_the_meeting_not_the_letters_date() -> None:
    """"Stockholm 2020-04-04" is when the agenda was written; "Styrelsemöte 04 maj 2020" is the meeting. An
    agenda item "Närvarande och frånvarande" does not make the agenda minutes."""
    text = ("Sektionen för Rymdteknik  Stockholm 2020-04-04\n\nStyrelsemöte 04 maj 2020\n(* betyder att bilaga finns)\n"
            "1.  Formalia\n\n1.1.  Mötets öppnande\n1.2.  Mötets behöriga utlysande\n1.3.  Närvarande och frånvarande\n"
            "1.4.  Val av justerare\n2.  Rapporter  Föredragande\n\n2.1.  Kassör  Eva Ek\n2.2.  Sekreterare  Per Ek\n"
            "3.  Mötets avslutande\n\nBilaga 1\n\nMotion om läsplattor. Kassör Eva Ek valdes 2019. Per Ek valdes 2018.\n")
    structure = parse(text)
    assert structure.meeting_date == "2020-05-04"
    assert structure.doc_type != "protokoll"
    assert structure.body == "Styrelsemötet"


def test_the_board_members_present_under_their_own_label() -> None:
    """"Närvarande styrelsen: …" lists the board members there; "Övriga: …" the others."""
    text = ("Årsmöte Verksamhetsår 2023\n\nHöganäs Makerspace org.nummer 802523-8968\n\n2024-03-17, Smältaregatan 7\n"
            "Närvarande styrelsen: Cecilia Skoog, Per Haglund, Pontus Nyholm\n\nÖvriga: Ingvor Green, Ulrika Karlsson\n\n"
            "§ 1 Mötets öppnande\n\nMötet öppnades.\n\n§ 2 Dagordning\n\nÅrsmötet beslutade att godkänna dagordningen.\n")
    members = {m.name: m.role for m in parse(text).members}
    assert members["Per Haglund"] == "ledamot" and members["Ingvor Green"] == ""


def test_by_laws_a_minutes_parser_read_are_still_by_laws() -> None:
    """"Stadgar för Judoklubben Kast, antagna den 12 januari 1991" in "§ 17" paragraphs: a layout parser for
    minutes may claim it, but the title line says what the document is."""
    from assistant.documents.meeting_facts import infer_facts
    from assistant.documents.model import Structure

    text = ("Stadgar för\n\nJudoklubben Kast\n\nantagna den 12 januari 1991\n\n"
            + "".join(f"§ {n} Regel {n}\n\nBeslut om regel {n} fattas av årsmötet.\n\n" for n in range(1, 8)))
    structure = Structure(doc_type="protokoll", meeting_date="1991-01-12", title="Protokoll Årsmötet 1991-01-12")
    infer_facts(text, structure, [], "stadgar.pdf")
    assert structure.doc_type == "styrdokument" and structure.meeting_date == ""
    assert structure.title == "Stadgar för Judoklubben Kast"


def test_a_notice_that_names_the_place_in_a_sentence() -> None:
    """"Styrelsen har beslutat att årsmötet hålls vid lokalen på Smältaregatan 7 i Höganäs." is where it meets."""
    text = ("Kallelse till årsmöte 2023\n\nDen 19 mars kl. 10:00-11:00\n\nAlla medlemmar hälsas välkomna. Styrelsen har "
            "beslutat\natt årsmötet hålls vid lokalen på Smältaregatan 7 i Höganäs. Handlingar finns på hemsidan.\n\n"
            "Dagordning årsmöte\n\n§ 1 Mötets öppnande\n\n§ 2 Mötets behörighet\n\n§ 3 Val av ordförande\n")
    structure = parse(text)
    assert structure.place == "lokalen på Smältaregatan 7 i Höganäs"


def test_dates_written_without_leading_zeros_in_the_text_and_the_file_name() -> None:
    """"Datum: 2021-3-9" is the 9th of March; a file "2019-2-22_Mötesprotokoll.pdf" whose text gives no date
    was held on the 22nd of February."""
    labelled = parse("Protokoll styrelsemöte\n\nDatum: 2021-3-9\nPlats: Klubbstugan\n\n§ 1 Mötets öppnande\n\n"
                     "Ordföranden öppnade mötet.\n\n§ 2 Val av justerare\n\nEva Ek valdes.\n")
    assert labelled.meeting_date == "2021-03-09"
    undated = parse("Protokoll styrelsemöte\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
                    "§ 2 Val av justerare\n\nEva Ek valdes.\n", file_name="2019-2-22_Mötesprotokoll.pdf")
    assert undated.meeting_date == "2019-02-22" and "meeting_date" in undated.guessed


def test_a_municipalitys_file_named_by_its_bodys_initials_names_the_body() -> None:
    """A transcript of Hudiksvall's minutes that names no body but its file does ("hudiksvall_ks_2013-04.pdf"): the
    kommunstyrelse, marked as guessed; a student union's "ks" file (its kårstyrelse) names no kommunstyrelse."""
    text = ("Plats och tid: A-salen, Guldsmeden, Hudiksvall, 09.00-12.20\n\nBeslutande: Jonas Holm (M), ordf\n\n"
            "§ 74 Årsredovisning för Hudiksvalls kommun år 2012\n\nÅrsredovisningen godkänns.\n")
    municipal = parse(text, file_name="hudiksvall_ks_2013-04.pdf")
    assert municipal.body == "Kommunstyrelsen" and "body" in municipal.guessed
    student = parse(text.replace("Hudiksvalls kommun", "sektionen"), file_name="sektionen_ks_2013-04.pdf")
    assert student.body != "Kommunstyrelsen"


def test_minutes_written_in_english_have_their_type_board_date_time_and_place() -> None:
    """Associations with members from abroad keep their minutes in English: "Board meeting minutes", "Date:",
    "Time:", "Location:" say what "Styrelseprotokoll", "Datum:", "Tid:" and "Plats:" say."""
    text = ("# Board Meeting\n\nBoard meeting minutes for Föreningen Ekbacken.\nDate: 2022-11-08\nTime: 18:30\n"
            "Location: The club house\n\n## § 1 Opening\nThe chair opened the meeting.\n\n## § 2 Attendance\n"
            "Eva Ek\nPer Ek\n\n## § 3 Approval of Agenda\nAgenda was approved.\n\n## § 4 Budget\n"
            "The board decided to approve the budget.\n")
    structure = parse(text)
    assert structure.doc_type == "protokoll"
    assert (structure.meeting_date, structure.meeting_time, structure.place) == ("2022-11-08", "18:30", "The club house")
    assert structure.body == "Styrelsen"


def test_english_minutes_dated_by_an_ordinal_with_present_members_are_minutes_of_that_day() -> None:
    """"Board Meeting 20th of October 2020" over "Present members:": minutes, of 20 October (not of a deadline
    written later in the text); "the 24 th of September 2019" is a date too."""
    from assistant.documents.dates import parse_date

    text = ("Board Meeting 20th of October 2020\n\nOpening of the meeting\n\nPresent members:\n\nEva Ek\nPer Ek\n"
            "Ali Ek\n\nInfrastructure\n\n- The board agrees to try Glow.\n- If no speaker is found by Friday "
            "(October 23rd, 2020), Ali chooses one.\n")
    structure = parse(text)
    assert (structure.doc_type, structure.meeting_date) == ("protokoll", "2020-10-20")
    assert parse_date("Welcome Fair on the 24 th of September 2019") == "2019-09-24"


def test_english_minutes_without_the_word_minutes_are_known_by_who_attended_and_what_passed() -> None:
    """"Board Election 2020 on the 9th of June": an attendance list and motions that "passed 6/0/0" are what
    minutes record, as "Närvarande" and "beslutade" are in Swedish; the items are no agenda's."""
    text = ("Board Election 2020 on the 9th of June\n\nAttendance list\n\n1. Eva Ek\n2. Per Ek\n3. Ali Ek\n\n"
            "§1 Election of chair\n\nChair - Eva Ek\n\n§2 Approval of Agenda\n\nAgenda was approved.\n\n"
            "§3 Election of board\n\nProposals: Per Ek\n\npassed 3/0/0\n\n§4 Election of auditor\n\n"
            "Proposals: Ali Ek\n\npassed 3/0/0\n\n§5 Closing\n\nEva closes the meeting.\n")
    assert parse(text).doc_type == "protokoll"


def test_minutes_in_english_say_when_the_meeting_opened_and_closed() -> None:
    text = ("# Board Meeting\n\nBoard meeting minutes for Föreningen Ekbacken.\nDate: 2022-11-08\n\n## § 1 Opening\n"
            "The meeting was opened at 18:32.\n\n## § 2 Budget\nThe board decided to approve the budget.\n\n"
            "## § 3 Other questions\nNone.\n\n## § 4 Closing\nThe meeting was adjourned at 19:47.\n")
    structure = parse(text)
    opened, closed = structure.fact_spans["öppnat"], structure.fact_spans["avslutat"]
    assert "18:32" in text[opened[0]:opened[1]] and "19:47" in text[closed[0]:closed[1]]


def test_item_titles_set_in_the_left_margin_are_read_before_the_items_text(tmp_path: Path) -> None:
    """A student union's LaTeX minutes set "§15 Framtiden för / mackorna" in the left margin and the text to its
    right, line beside line: read row by row, the title's words land inside the decision's sentence."""
    items = [("§14", ["Vi ska köpa in", "pennor för 5k."], ["Mötet beslutade att en blandning av de billigare",
                                                          "pennorna var det bästa alternativet."]),
             ("§15", ["Framtiden för", "mackorna, strycka", "oinhämtade mackor"],
              ["Mackbiljetter: Mötet beslutade att ge en sista chans att hämta ut",
               "mackbiljetter och med tiden förklara dem ogiltiga efter ett år."]),
             ("§16", ["Övrigt"], ["Inget att ta upp under denna punkt idag."])]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    y = 30.0
    for number, title, text in items:
        for row in range(max(len(title), len(text))):
            if row == 0:
                pdf.text(20, y, number)
            if row < len(title):
                pdf.text(32, y, title[row])
            if row < len(text):
                pdf.text(76, y, text[row])
            y += 5.5
        y += 6
    path = tmp_path / "protokoll.pdf"
    pdf.output(str(path))
    text = " ".join(load(path).text.split())
    assert "hämta ut mackbiljetter och med tiden" in text
    assert "§15 Framtiden för mackorna, strycka oinhämtade mackor" in text
    assert "§14 Vi ska köpa in pennor för 5k. Mötet beslutade" in text


def test_minutes_that_list_their_agenda_under_who_attended_are_minutes() -> None:
    """A small party's board minutes: "Närvarande", then the "Dagordning" they followed, then what each item decided.
    The agenda's heading comes after the record of who attended, so it names no agenda."""
    text = ("Partiet Styrelsemöte 3 mars 2013\nStyrelsemöte 3 mars 2013\nNärvarande\nAnna Ek\nBo Berg\nDagordning\n"
            "• Hemsidan\n• Budget 2013\n• Övrigt\nHemsidan\nDet beslutades att hemsidan ska hostas hos ett webbhotell.\n"
            "Budget 2013\nBudgeten fastställdes till 3 000 kr.\nÖvrigt\nInget.\nMötessekreterare: Bo Berg\n")
    structure = parse(text)
    assert (structure.doc_type, structure.meeting_date) == ("protokoll", "2013-03-03")


def test_by_laws_named_after_their_organisation_are_a_governing_document() -> None:
    """"Partiet Stadgar 29 januari 2013": the day they were adopted is no meeting, and the list of articles is no
    agenda."""
    text = ("Partiet Stadgar 29 januari 2013\nPartiets partistadgar\n1. Föreningens namn är Partiet.\n"
            "2. Föreningen styrs av en styrelse.\n3. Styrelsen väljs på årsbasis.\n4. Medlemsavgiften beslutas av "
            "styrelsen.\n")
    structure = parse(text)
    assert (structure.doc_type, structure.meeting_date) == ("styrdokument", "")


def test_numbered_paragraphs_that_each_break_a_word_at_the_line_end_are_no_items() -> None:
    """"1. En partimedlem kan lämna in en motion till partistyrelsen, för att för-": the by-law amendments a decision
    lists, wrapped paragraphs, not the items of the minutes."""
    text = ("Styrelsemöte 29 januari 2013\nNärvarande\nAnna Ek\nBo Berg\n\nFöreningens stadgar\nStadgarna antas med två "
            "tillägg.\n1. En partimedlem kan lämna in en motion till partistyrelsen, för att för-\nändra partiets "
            "politik på en viss punkt.\n2. Förutom vanligt medlemskap kan man gå med som stödmedlem, vilket inte ger röst-"
            "\nrätt på partimötena.\n\nÖvrigt\nMedlemsavgiften beslutas till 150 kr per år.\n")
    assert parse(text).items == []


def test_characters_drawn_twice_in_the_same_place_are_read_once(tmp_path) -> None:
    """Some PDF printers set every character twice on top of itself (a fake bold): text once, not "2018 2018"."""
    pdf = FPDF()
    pdf.add_page()
    for y, line in ((20, "Årsstämma 2018"), (30, "Datum: 9 april 2018"), (40, "3. Val av justeringsmän"),
                    (50, "Jonas Feist samt Magnus Eriksson valdes till justeringsmän.")):
        pdf.set_font("Helvetica", "B" if y < 30 else "", 12)
        for _ in range(2):
            pdf.text(20, y, line)
    path = tmp_path / "arsstamma-2018.pdf"
    pdf.output(str(path))
    text = load(path).text
    assert "Årsstämma 2018\n" in text and "Jonas Feist samt Magnus Eriksson valdes" in text, text
    assert "2018 2018" not in text and "Feist Feist" not in text, text
