"""Loaders on real files: the sample corpus, and PDF/DOCX/HTML files built from its text in a tmp dir."""

from __future__ import annotations

import pickle
import random
import re
from pathlib import Path

import docx
import pypdf
import pytest
from fpdf import FPDF
from hypothesis import given
from hypothesis import strategies as st

from assistant.documents.model import LoadedText
from assistant.documents.loaders import SUPPORTED_SUFFIXES, LoadError, load

ROOT = Path(__file__).resolve().parents[2]
AGENDA = ROOT / "corpus/region-vastmanland/srb-2024-12-13-foredragningslista.txt"
REPORT = ROOT / "corpus/region-vastmanland/skr-40-steg-for-ett-tryggare-samhalle.txt"
PROTOCOL = ROOT / "corpus/kungsbacka/kungsbacka_bygg-au_2024-03-14_protokoll.md"


def agenda_parts() -> list[str]:
    """The agenda split into three pages: the header and members, items 1-7, items 8 onwards."""
    text = AGENDA.read_text(encoding="utf-8")
    first = text.index("1 Fastställande av föredragningslista")
    eighth = text.index("8 Valfärdsbrottslighet")
    return [text[:first], text[first:eighth], text[eighth:]]


def write_pdf(path: Path, pages: list[str], title: str = "") -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=8)
    if title:
        pdf.set_title(title)
    for page in pages:
        pdf.add_page()
        if page:
            # Core fonts are latin-1 only; characters outside it only matter for building the file.
            pdf.multi_cell(0, 3.5, page.encode("latin-1", "replace").decode("latin-1"))
    pdf.output(str(path))
    return path


@pytest.fixture
def agenda_pdf(tmp_path: Path) -> Path:
    path = write_pdf(tmp_path / "föredragningslista.pdf", agenda_parts(), title="Föredragningslista SRB")
    assert len(pypdf.PdfReader(path).pages) == 3  # each part fits on exactly one page
    return path


def page_text(loaded: LoadedText, number: int) -> str:
    page = next(p for p in loaded.pages if p.number == number)
    return loaded.text[page.start : page.end]


def assert_load_error(path: Path, fragment: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        load(path)
    assert path.name in str(caught.value)
    assert fragment in caught.value.message
    assert str(caught.value) == f"{caught.value.path.name}: {caught.value.message}"
    return caught.value


# --- plain text -------------------------------------------------------------------------------------------


def test_txt_is_kept_exactly_and_has_no_pages() -> None:
    loaded = load(AGENDA)
    assert loaded.text == AGENDA.read_text(encoding="utf-8")
    assert loaded.pages == []
    assert "8 Valfärdsbrottslighet**Ärendet i korthet**" in loaded.text


def test_txt_sidecar_facts_are_merged() -> None:
    loaded = load(REPORT)
    assert loaded.facts["body"] == "Strategisk regional beredning"
    assert loaded.facts["doc_type"] == "bilaga"
    assert loaded.facts["attachment_of"] == "srb-2024-12-13-foredragningslista.txt"
    assert loaded.facts["title"].startswith("40 steg för ett tryggare samhälle")


def test_txt_form_feeds_make_pages(tmp_path: Path) -> None:
    parts = agenda_parts()
    path = tmp_path / "sidor.txt"
    path.write_text("\f".join(parts) + "\f", encoding="utf-8")
    loaded = load(path)
    assert [p.number for p in loaded.pages] == [1, 2, 3]
    assert [page_text(loaded, n) for n in (1, 2, 3)] == parts
    assert "Valfärdsbrottslighet" in page_text(loaded, 3)


def test_txt_crlf_and_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Förslag till beslut\r\nå ä ö\r\n".encode())
    assert load(path).text == "Förslag till beslut\nå ä ö\n"


def test_letters_written_with_a_combining_mark_are_composed(tmp_path: Path) -> None:
    """XeTeX and macOS write "ö" as "o" and a combining diaeresis: no search for "Mötet" would find it."""
    from assistant.documents.accents import with_accents

    path = tmp_path / "decomposed.txt"
    path.write_text("Mo\u0308tet valde Rasmus Sjo\u0308stro\u0308m till justerare.\n", encoding="utf-8")
    assert load(path).text == "Mötet valde Rasmus Sjöström till justerare.\n"
    assert with_accents("Sa\u030angare") == "Sångare"


def test_txt_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Justering: Åsa-Märta Sjöström\r\n".encode("utf-16"))
    assert load(path).text == "Justering: Åsa-Märta Sjöström\n"


def test_txt_cp1252_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "ansi.txt"
    path.write_bytes("Nästa sammanträde – fredagen 7 februari, Västerås å ä ö".encode("cp1252"))
    loaded = load(path)
    assert loaded.text == "Nästa sammanträde – fredagen 7 februari, Västerås å ä ö"


def test_txt_random_bytes_with_nuls_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "skräp.txt"
    path.write_bytes(random.Random(7).randbytes(2000) + b"\x00\x00\x01")
    assert_load_error(path, "teckenkodningen")


# Control characters other than line breaks and tabs mark a binary file and are refused (tested elsewhere).
PAGE_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"), include_characters="\n\t",
                                           exclude_characters="\f\r\ufeff"), min_size=1)


@given(st.lists(PAGE_TEXT, min_size=1, max_size=6))
def test_form_feed_pages_cover_each_page_exactly(tmp_path_factory: pytest.TempPathFactory, parts: list[str]) -> None:
    path = tmp_path_factory.mktemp("ff") / "sidor.txt"
    path.write_text("\f".join(parts), encoding="utf-8")
    if not "".join(parts).strip():
        assert_load_error(path, "filen är tom")
        return
    loaded = load(path)
    if len(parts) == 1:
        expected = []  # no form feed, no pages
    elif not parts[-1].strip():
        expected = parts[:-1]  # a trailing form feed ends the last page
    else:
        expected = parts
    assert [loaded.text[p.start : p.end] for p in loaded.pages] == expected
    assert [p.number for p in loaded.pages] == list(range(1, len(expected) + 1))


# --- markdown ---------------------------------------------------------------------------------------------


def test_md_front_matter_and_page_markers() -> None:
    loaded = load(PROTOCOL)
    assert loaded.facts["organ"] == "bygg-au"
    assert loaded.facts["datum"] == "2024-03-14"
    assert loaded.facts["typ"] == "protokoll"
    assert loaded.facts["kommun"] == "kungsbacka"
    for skipped in ("lopnr", "namn", "tidigare_kallnycklar", "kvalitet_per_sida"):
        assert skipped not in loaded.facts
    assert not loaded.text.startswith("---")
    assert "kallnyckel:" not in loaded.text
    assert [p.number for p in loaded.pages] == list(range(1, 48))
    assert loaded.pages[0].start == 0 and loaded.pages[-1].end == len(loaded.text)
    for previous, page in zip(loaded.pages, loaded.pages[1:], strict=False):
        assert previous.end == page.start
        assert loaded.text[page.start :].startswith(f"<!-- sida {page.number} -->\n")
    assert "SAMMANTRÄDESPROTOKOLL" in page_text(loaded, 1)
    # The body of the file after the front matter is kept byte for byte.
    raw = PROTOCOL.read_text(encoding="utf-8")
    assert raw.endswith(loaded.text)


def test_md_sidecar_wins_over_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "kallelse.md"
    path.write_text('---\ntitle: "Från front matter"\norgan: ks\n---\nText\n', encoding="utf-8")
    (tmp_path / "kallelse.md.meta.toml").write_text('title = "Från sidecar"\ndate = 2024-12-13\n', encoding="utf-8")
    loaded = load(path)
    assert loaded.text == "Text\n"
    assert loaded.facts == {"title": "Från sidecar", "organ": "ks", "date": "2024-12-13"}


def test_malformed_sidecar_names_the_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.txt"
    path.write_text("Protokoll\n", encoding="utf-8")
    sidecar = tmp_path / "protokoll.txt.meta.toml"
    sidecar.write_text('title = "inte stängd\n', encoding="utf-8")
    error = assert_load_error(path, "metadatafilen")
    assert error.path == sidecar


def test_md_with_only_front_matter_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "tom.md"
    path.write_text("---\norgan: ks\n---\n\n", encoding="utf-8")
    assert_load_error(path, "filen är tom")


# --- PDF --------------------------------------------------------------------------------------------------


def test_pdf_pages_and_text(agenda_pdf: Path) -> None:
    loaded = load(agenda_pdf)
    assert [p.number for p in loaded.pages] == [1, 2, 3]
    assert loaded.pages[0].start == 0 and loaded.pages[-1].end == len(loaded.text)
    for previous, page in zip(loaded.pages, loaded.pages[1:], strict=False):
        assert loaded.text[previous.end : page.start] == "\n\n"
    first, second, third = (page_text(loaded, n) for n in (1, 2, 3))
    assert "Västerås" in first and "Åsa-Märta Sjöström" in first
    assert all(ch in first for ch in "åäö")
    assert "Förslag till beslut" not in first
    assert "Fastställande av föredragningslista" in second and "Förslag till beslut" in second
    assert "Valfärdsbrottslighet" not in second
    assert "Valfärdsbrottslighet" in third and "Årsplanering SRB 2025" in third
    assert loaded.hints["title"] == "Föredragningslista SRB"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", loaded.hints["written"])  # the day fpdf2 made the file


def test_pdf_encrypted_with_user_password(agenda_pdf: Path, tmp_path: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=agenda_pdf)
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="RC4-128")
    path = tmp_path / "låst.pdf"
    writer.write(path)
    assert_load_error(path, "krypterad")


def test_pdf_encrypted_with_empty_user_password_opens(agenda_pdf: Path, tmp_path: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=agenda_pdf)
    writer.encrypt(user_password="", owner_password="ägare", algorithm="RC4-128")
    path = tmp_path / "skyddad.pdf"
    writer.write(path)
    assert "Valfärdsbrottslighet" in page_text(load(path), 3)


def test_pdf_truncated(agenda_pdf: Path, tmp_path: Path) -> None:
    path = tmp_path / "avhuggen.pdf"
    path.write_bytes(agenda_pdf.read_bytes()[:300])
    assert_load_error(path, "PDF-filen är skadad eller ingen PDF: ")


def test_pdf_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "bild.pdf"
    path.write_bytes(random.Random(1).randbytes(4096))
    assert_load_error(path, "PDF-filen är skadad eller ingen PDF: ")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    assert_load_error(write_pdf(tmp_path / "skannad.pdf", ["", ""]), "saknar textlager")


def test_pdf_without_pages(tmp_path: Path) -> None:
    path = tmp_path / "noll.pdf"
    pypdf.PdfWriter().write(path)
    assert_load_error(path, "har inga sidor")


# --- Word -------------------------------------------------------------------------------------------------


def test_docx_paragraphs_headings_and_tables_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Föredragningslista SRB"
    document.add_heading("8 Valfärdsbrottslighet", level=1)
    document.add_paragraph("Regionala ledningsgruppen fick i uppgift att återkomma.")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("Ledamot", "Parti"), ("Åsa-Märta Sjöström", "S")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_heading("Förslag till beslut", level=2)
    document.add_paragraph("Informationen noteras.")
    path = tmp_path / "kallelse.docx"
    document.save(path)

    loaded = load(path)
    assert loaded.text == (
        "8 Valfärdsbrottslighet\n\n"
        "Regionala ledningsgruppen fick i uppgift att återkomma.\n\n"
        "Ledamot | Parti\n\n"
        "Åsa-Märta Sjöström | S\n\n"
        "Förslag till beslut\n\n"
        "Informationen noteras."
    )
    assert loaded.pages == []
    assert loaded.hints["title"] == "Föredragningslista SRB"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", loaded.hints["written"])  # the day fpdf2 made the file


def test_docx_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "trasig.docx"
    path.write_bytes(b"PK\x03\x04" + random.Random(2).randbytes(500))
    assert_load_error(path, "Word-filen är skadad")


# --- HTML -------------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Föredragningslista
  SRB</title><style>p { color: red }</style><script>var secret = 1;</script></head>
<body>
<script>alert(1)</script><noscript>Aktivera JavaScript</noscript>
<h1>Strategisk regional beredning</h1>
<div>Datum: 2024-12-13<br>Plats: Regionhuset, Västerås</div>
<p>Den preliminära   <b>föredragningslistan</b>
   fastställs.<img src="x.png" onerror="alert(2)"></p>
<!-- en kommentar -->
<ul><li>Årshjul 2025 SRB</li><li>Bilaga <a href="/r.pdf">Slutrapport</a></li></ul>
<table><tr><th>Ledamot</th><th>Parti</th></tr><tr><td>Åsa-Märta Sjöström</td><td>S</td></tr></table>
<template><p>Mall</p></template>
</body></html>"""


def test_html_text_only_blocks(tmp_path: Path) -> None:
    path = tmp_path / "kallelse.html"
    path.write_text(HTML, encoding="utf-8")
    loaded = load(path)
    assert loaded.text == (
        "Strategisk regional beredning\n\n"
        "Datum: 2024-12-13\nPlats: Regionhuset, Västerås\n\n"
        "Den preliminära föredragningslistan fastställs.\n\n"
        "- Årshjul 2025 SRB\n\n"
        "- Bilaga Slutrapport\n\n"
        "Ledamot | Parti\n\n"
        "Åsa-Märta Sjöström | S"
    )
    assert loaded.hints == {"title": "Föredragningslista SRB"}  # a web page's date is when it was published
    assert loaded.pages == []
    for absent in ("alert", "onerror", "color", "secret", "JavaScript", "Mall", "kommentar", "<", ">"):
        assert absent not in loaded.text


def test_htm_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "gammal.htm"
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
    path.write_bytes((html + "<body><p>Nästa sammanträde – å ä ö</p></body></html>").encode("cp1252"))
    assert load(path).text == "Nästa sammanträde – å ä ö"


def test_html_with_only_script_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "tom.html"
    path.write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    assert_load_error(path, "filen är tom")


# --- any file ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"tom{suffix}"
    path.write_bytes(b"")
    assert_load_error(path, "filen är tom")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    assert_load_error(path, "filen är tom")


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04")
    error = assert_load_error(path, "filtypen .xlsx stöds inte")
    assert error.message == "filtypen .xlsx stöds inte (stöds: .txt, .md, .pdf, .docx, .html)"


def test_missing_file(tmp_path: Path) -> None:
    assert_load_error(tmp_path / "saknas.pdf", "filen kan inte läsas")


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "VERSALER.TXT"
    path.write_text("Justering", encoding="utf-8")
    assert load(path).text == "Justering"


def test_load_error_is_picklable(tmp_path: Path) -> None:
    error = LoadError(tmp_path / "x.pdf", "filen är tom")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.message, str(copy)) == (error.path, error.message, "x.pdf: filen är tom")
