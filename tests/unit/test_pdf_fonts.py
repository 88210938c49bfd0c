"""A PDF whose writer embedded one subset of the same font per page and gave one subset a ToUnicode map where
different glyphs read as one letter ("e" and "a" both read "g"), as a municipality's case-management system
does. Real code only: fontTools builds the font, fpdf2 embeds it, pdfplumber reads the PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fpdf import FPDF

from assistant.documents.pdf_fonts import FontRepairs, font_repairs
from assistant.documents.pdf_layout import read_layout

LETTERS = "adegiklnorstu"
SENTENCE = "dagordningen godkandes"


def _font(path: Path, ligature: bool = False) -> Path:
    """A TrueType font whose letters are boxes of different sizes: every letter has its own outline. With
    ``ligature``, also wide "ti" and "tt" glyphs at U+E100 and U+E101, as a word processor sets them in Calibri."""
    names = [".notdef", "space", *LETTERS] + (["t_i", "t_t"] if ligature else [])
    glyphs = {}
    for i, name in enumerate(names):
        pen = TTGlyphPen(None)
        if name != "space":
            pen.moveTo((0, 0))
            pen.lineTo((0, 300 + 20 * i))
            pen.lineTo((200 + 10 * i, 300 + 20 * i))
            pen.lineTo((200 + 10 * i, 0))
            pen.closePath()
        glyphs[name] = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({32: "space", **{ord(letter): letter for letter in LETTERS},
                               **({0xE100: "t_i", 0xE101: "t_t"} if ligature else {})})
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: ({"t_i": 800, "t_t": 900}.get(name, 500), 0) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Boxes", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))
    return path


def _pdf(tmp_path: Path, broken_subsets: int) -> bytes:
    """Three pages, each set in its own subset of the same font; the last ``broken_subsets`` subsets read
    "e" and "a" as "g"."""
    font = _font(tmp_path / "boxes.ttf")
    pdf = FPDF()
    pdf.set_compression(False)
    for family in ("Ett", "Tva", "Tre"):
        pdf.add_font(family, fname=str(font))
        pdf.add_page()
        pdf.set_font(family, size=14)
        pdf.cell(0, 10, SENTENCE)
    data = pdf.output()
    maps = data.split(b"begincmap")
    for i in range(len(maps) - broken_subsets, len(maps)):
        maps[i] = maps[i].replace(b"<0065>", b"<0067>").replace(b"<0061>", b"<0067>")
    return b"begincmap".join(maps)  # same length: the cross-reference offsets still hold


def _page_texts(data: bytes) -> list[str]:
    return [" ".join(line.text() for line in page.lines) for page in read_layout(data)]


def test_a_subset_that_reads_different_glyphs_as_one_letter_gets_the_letters_of_the_other_subsets(tmp_path):
    assert _page_texts(_pdf(tmp_path, broken_subsets=1)) == [SENTENCE] * 3


def test_a_glyph_a_subset_leaves_out_of_its_map_gets_the_letter_of_the_other_subsets(tmp_path):
    """Without it pdfminer prints "dagordning(cid:8)n"."""
    without_e = re.compile(rb"<00[0-9A-F]{2}> <0065>")
    data = _pdf(tmp_path, broken_subsets=0)
    last = data.rindex(b"begincmap")
    entry = without_e.search(data, last)
    assert entry
    data = data[:entry.start()] + b" " * (entry.end() - entry.start()) + data[entry.end():]
    assert _page_texts(data) == [SENTENCE] * 3


def test_a_document_whose_maps_repeat_no_letter_is_left_as_it_is(tmp_path):
    with pdfplumber.open(_pdf_path(tmp_path, broken_subsets=0)) as pdf:
        assert font_repairs(pdf.doc) == FontRepairs()


def test_letters_are_left_when_the_subsets_disagree_as_often_as_they_agree(tmp_path):
    """With two of three subsets broken the majority is wrong for nothing but also right for nothing: the
    broken letters stay, nothing is guessed."""
    texts = _page_texts(_pdf(tmp_path, broken_subsets=2))
    assert texts[0] == SENTENCE
    assert texts[1] == texts[2] == "dggordninggn godkgndgs"


def _pdf_path(tmp_path: Path, broken_subsets: int) -> Path:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(_pdf(tmp_path, broken_subsets))
    return path


def test_a_ligature_every_subset_reads_as_its_first_letter_is_spelled_as_the_documents_words_choose(tmp_path):
    """Calibri's "ti" and "tt" ligatures read "t" in every subset ("tll", "at"): each glyph is much wider than
    the "t", so it is a ligature, and "till" and "att" written out elsewhere in the document choose its letters."""
    font = _font(tmp_path / "boxes.ttf", ligature=True)
    pdf = FPDF()
    pdf.set_compression(False)
    for family, text in (("Ett", "till att dagordningen"), ("Tva", "\ue100ll sa a\ue101"), ("Tre", "\ue100ll a\ue101")):
        pdf.add_font(family, fname=str(font))
        pdf.add_page()
        pdf.set_font(family, size=14)
        pdf.cell(0, 10, text)
    data = bytes(pdf.output())
    ligature = re.compile(rb"(<00[0-9A-F]{2}> )<E10[01]>")
    data = ligature.sub(lambda m: m.group(1) + b"<0074>", data)  # the map reads the ligature as "t"
    assert _page_texts(data) == ["till att dagordningen", "till sa att", "till att"]
