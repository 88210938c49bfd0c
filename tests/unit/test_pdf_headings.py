"""Which large or bold lines of a PDF are headings, and where they stand: attachments printed one after the other,
each with its own title and sub-headings (a motion numbered "1 Bakgrund", "2 Yrkande", the board's reply with
unnumbered "Bakgrund", "Yrkande"), and a notice that sets its date in large type. Real code only: fpdf2 writes
the PDF, pdfplumber and pypdf read it."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from assistant.index.ingest import build_document


Styled = tuple[str, int, str]  # a line's text, font size and style ("B" bold, "" plain)
TITLE, SUB, TEXT = 16, 12, 10


def _pdf(path: Path, pages: list[list[Styled]]) -> Path:
    pdf = FPDF()
    for lines in pages:
        pdf.add_page()
        for text, size, style in lines:
            pdf.set_font("Helvetica", style, size)
            pdf.multi_cell(0, 7 if size != SUB else 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(str(path))
    return path


def write_pack(path: Path) -> Path:
    minutes = [("Protokoll sektionsmöte 2018-09-06", TITLE, "B")]
    for number, title, text in ((1, "Mötets öppnande", "Ordföranden förklarar mötet öppnat."),
                                (2, "Motioner", "Mötet beslutar att avslå motionen om att städa parken."),
                                (3, "Mötets avslutande", "Ordföranden förklarar mötet avslutat.")):
        minutes += [(f"{number} {title}", SUB, "B"), (text, TEXT, "")]
    motion = [("Motion: Städa parken", TITLE, "B"), ("1 Bakgrund", SUB, "B"),
              ("Parken är inte tillräckligt ren för att användas till sittningar under våren. "
               + "Sektionen har under flera år försökt hålla parken fin utan att lyckas särskilt väl. " * 40, TEXT, ""),
              ("2 Yrkande", SUB, "B"),
              ("Med ovanstående som bakgrund yrkar vi att styrelsen städar parken varje vecka.", TEXT, "")]
    reply = [("Styrelsens betänkande: Städa parken", TITLE, "B"), ("Bakgrund", SUB, "B"),
             ("Styrelsen anser att det är onödigt att städa parken varje vecka.", TEXT, ""), ("Yrkande", SUB, "B"),
             ("Med ovanstående som bakgrund yrkar styrelsen att motionen avslås.", TEXT, "")]
    return _pdf(path, [minutes, motion, reply])


def _path_of(text: str, sentence: str, structure) -> tuple[str, ...]:
    at = text.index(sentence)
    return next(b.heading_path for b in structure.blocks if b.start <= at < b.end)


def test_each_attachment_keeps_its_title_over_its_own_sub_headings(tmp_path: Path) -> None:
    """Larger type ranks above numbering: "1 Bakgrund" in smaller type stays under the motion's title, and the
    reply's "Yrkande" stands under the reply, not under the motion's "2 Yrkande" or alone."""
    doc, structure = build_document(write_pack(tmp_path / "bilagor.pdf"))
    motion = _path_of(doc.text, "Parken är inte tillräckligt ren", structure)
    reply = _path_of(doc.text, "yrkar styrelsen att motionen avslås", structure)
    assert motion == ("Motion: Städa parken", "1 Bakgrund")
    assert reply == ("Styrelsens betänkande: Städa parken", "Yrkande")


def test_a_date_set_in_large_type_is_text_not_a_heading(tmp_path: Path) -> None:
    """A notice's "Den 1 mars kl. 10:00-11:00" under its title is the meeting's time, quotable like any line; a
    dated title ("2026-03-01 Årsmöte") stays a heading."""
    path = _pdf(tmp_path / "kallelse.pdf", [[
        ("Kallelse till årsmöte 2026", 18, "B"), ("Den 1 mars kl. 10:00-11:00", 14, "B"),
        ("Alla medlemmar hälsas välkomna till årsmötet i föreningens lokal.", TEXT, ""),
        ("2026-03-01 Dagordning", 14, "B"), ("Mötets öppnande och val av mötesordförande.", TEXT, "")]])
    doc, structure = build_document(path)
    when = doc.text.index("Den 1 mars")
    assert any(b.start <= when < b.end for b in structure.blocks)
    assert _path_of(doc.text, "Alla medlemmar", structure) == ("Kallelse till årsmöte 2026",)
    assert _path_of(doc.text, "Mötets öppnande", structure)[-1] == "2026-03-01 Dagordning"


def test_a_numbered_title_wrapped_onto_a_second_line_is_one_title(tmp_path: Path) -> None:
    """LaTeX and Word wrap a long item title in the heading's own type ("11 Beslut att godkänna uthyrning av
    ljusställning för 1000" / "SEK till föreningen"): the item's title is both lines, a word broken by a hyphen
    whole again."""
    lines = [("Protokoll fört vid styrelsemöte 2019-09-24", TITLE, "B")]
    for number, title in ((1, "Mötets öppnande"),
                          (2, "Beslut att godkänna uthyrning av ljusställning för 1000\nSEK till Grottfesten"),
                          (3, "Diskussion om att styrelsen ska utse en marknads-\nföringsansvarig"),
                          (4, "Mötets avslutande")):
        lines += [(f"{number} {title}", SUB, "B"), ("Styrelsen diskuterar frågan och beslutar enligt förslaget.", TEXT, "")]
    path = _pdf(tmp_path / "protokoll.pdf", [lines])
    _, structure = build_document(path)
    titles = {item.number: item.title for item in structure.items}
    assert titles["2"] == "Beslut att godkänna uthyrning av ljusställning för 1000 SEK till Grottfesten"
    assert titles["3"] == "Diskussion om att styrelsen ska utse en marknadsföringsansvarig"


def test_a_plain_paragraph_heading_between_two_bold_ones_is_an_item() -> None:
    """Bold "1 §", "2 §", "4 §" and a "3 §" that wrapped ("… räddningsstationer i Sundsvall," / "Timrå och Liden"),
    which a bold line ending in a comma is not taken for a heading: all four are items."""
    from assistant.documents.item_heads import find_items, item_head
    from assistant.documents.lines import split_lines

    text = ("1 § Sammanträdets öppnande\n\nSammanträdet öppnades.\n\n2 § Föregående protokoll\n\nInga synpunkter.\n\n"
            "3 § Information om arbete med nya räddningsstationer i Sundsvall,\n\nTimrå och Liden\n\nJan informerade."
            "\n\n4 § Information om införandearbete\n\nPer informerade.\n")
    bold = {ln.start for ln in split_lines(text) if ln.text.startswith(("1 §", "2 §", "4 §"))}
    heads = [h for ln in split_lines(text) if (h := item_head(ln, ln.start in bold))]
    assert [h.number for h in find_items(heads)] == ["§ 1", "§ 2", "§ 3", "§ 4"]


def test_a_day_and_month_wrapped_to_the_start_of_a_line_is_no_item() -> None:
    """"… tisdagen den" / "6 Dec 2022." in a bullet of minutes numbered "1." throughout: a date, not item 6."""
    from assistant.documents.item_heads import item_head
    from assistant.documents.lines import split_lines
    for line in ("6 Dec 2022.", "15 januari 2024 kl. 18", "3 Maj"):
        assert item_head(split_lines(line)[0], False) is None, line
    assert item_head(split_lines("6 Decembermötets protokoll")[0], False) is not None
    assert item_head(split_lines("7 Mars-Aktiviteter inför våren")[0], False) is not None
    assert item_head(split_lines("8.1 Julfesten")[0], False) is not None  # "Jul…" opens a word, no month


def write_reports(path: Path) -> Path:
    """An association's page of reports from its annual meetings, one year after the other, each under a line that
    names the meeting and its year in the body's plain type."""
    lines: list[Styled] = [("Referat från årsmöten", TITLE, "B"), ("2006 2007 2008", TEXT, "")]
    for year, text in ((2006, "Årsmötet hölls i Bygdegården i Ås. Årsavgiften blev oförändrad 150kr för vuxna."),
                       (2007, "Årsmötet hölls i Folkets hus i Berg. Styrelsens förslag till höjning av årsavgiften "
                              "till 200kr för vuxna från år 2008 bifölls."),
                       (2008, "Årsmötet hölls i Skolan i Dal den 12 mars. Mötesordförande var Eva Ek. Till ny "
                              "hedersmedlem utsågs Greta Lind.")):
        lines += [(f"Årsmötet {year}", TEXT, ""), (text, TEXT, "")]
    return _pdf(path, [lines])


def test_a_line_naming_a_meeting_and_its_year_heads_that_meetings_report(tmp_path: Path) -> None:
    """"Årsmötet 2007" in plain type over that year's report: the report stands under it, not under the page's
    title alone, in a PDF and in plain text without blank lines."""
    doc, structure = build_document(write_reports(tmp_path / "referat-arsmoten.pdf"))
    assert _path_of(doc.text, "höjning av årsavgiften", structure)[-1] == "Årsmötet 2007"
    assert _path_of(doc.text, "Greta Lind", structure)[-1] == "Årsmötet 2008"
    plain = tmp_path / "referat.txt"
    plain.write_text("Referat från årsmöten\n\nÅrsmötet 2006\nÅrsavgiften blev oförändrad.\nÅrsmötet 2007\n"
                     "Årsavgiften höjdes till 200kr.\n", encoding="utf-8")
    doc, structure = build_document(plain)
    assert _path_of(doc.text, "höjdes till 200kr", structure)[-1] == "Årsmötet 2007"


def test_a_years_meeting_is_answered_from_its_report_among_others(fast_assistant, tmp_path: Path) -> None:
    """The annual meeting of 2007 has no dated document of its own: its report on the page of all years answers,
    not "Årsmötet har inget sammanträde under 2007"."""
    assert not fast_assistant.ingest([write_reports(tmp_path / "referat-arsmoten.pdf")]).errors
    answer = fast_assistant.ask("vad bestämde årsmötet 2007 om årsavgiften?")
    assert "200kr" in answer.answer and "150kr" not in answer.answer, answer.answer
    where = fast_assistant.ask("var hölls årsmötet 2008?")  # the report says, though no head of the meeting does
    assert "Skolan i Dal" in where.answer, where.answer
    chair = fast_assistant.ask("vem var mötesordförande på årsmötet den 12 mars 2008?")  # no minutes of that day: the
    assert "Eva Ek" in chair.answer, chair.answer  # report of that year's meeting, which names that day


def test_of_a_page_of_many_years_reports_the_section_of_the_year_asked_is_kept() -> None:
    """The passages under "Årsmötet 2007" report another meeting than "årsmötet 2006" asked; the page's own lines
    (under its title only) stay. A year no section is headed by ("2014": a list of tunes for that meeting) keeps
    the passages outside every year's section; a question naming no year, all."""
    from types import SimpleNamespace

    from assistant.answer.narrowing import in_the_years_section

    def hit(*path: str) -> SimpleNamespace:
        return SimpleNamespace(chunk=SimpleNamespace(meta=SimpleNamespace(heading_path=path)))

    hits = [hit("Referat från årsmöten", "Årsmötet 2006"), hit("Referat från årsmöten", "Årsmötet 2007"),
            hit("Referat från årsmöten")]
    asked = in_the_years_section(SimpleNamespace(standalone="vad beslutade årsmötet 2006 om årsavgiften?"), hits)
    assert asked == [hits[0], hits[2]]
    assert in_the_years_section(SimpleNamespace(standalone="vilka låtar spelas på årsmötet 2014?"), hits) == hits[2:]
    assert in_the_years_section(SimpleNamespace(standalone="vilka låtar spelas på årsmötet?"), hits) == hits
