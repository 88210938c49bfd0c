"""Letters for embedded fonts whose ToUnicode map is wrong.

Some PDF writers embed a subset of the same TrueType font per page or paragraph and give some subsets a
ToUnicode map where different glyphs read as one letter: "e" and "a" both read "g", the "ti" ligature reads
"t". Every extractor then prints "förgdrggnnngslnsagn" for "föredragningslistan" (seen in a Finnish
municipality's case-management system). The glyph outlines are still right, and the same outline is mapped
correctly in most other subsets of the document, so a broken subset's glyphs take the letter that most of
the document's subsets give the same outline. A ligature that every subset reads as its first letter (Calibri's
"ti" read "t": "tll", "Sammanträdestd") is much wider than that letter's own glyph: it reads as a placeholder
until the document's own words choose its letters ("till" written out elsewhere makes it "ti").
"""

from __future__ import annotations

import hashlib
import io
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fontTools.ttLib import TTFont
from pdfminer.cmapdb import CMapParser, FileUnicodeMap
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfminer.psparser import PSLiteral

Repairs = dict[int, dict[int, str]]  # font object id -> {character code: text}
Outlines = dict[int, str]  # character code -> a key of its glyph's outline
LIGATURES = ("ff", "ffi", "ffl", "fi", "fl", "fj", "ft", "st", "ct", "tt", "ti", "tf", "tj")
LIGATURE_WIDTH = 1.3  # a glyph read as a letter but this much wider than that letter's own glyph is a ligature
PLACEHOLDERS = 0xE000  # private-use characters stand for ligatures until the document's own words spell them


@dataclass
class FontRepairs:
    letters: Repairs = field(default_factory=dict)
    ligatures: dict[str, tuple[str, ...]] = field(default_factory=dict)  # placeholder -> the letters it may be


class RepairingResourceManager(PDFResourceManager):
    """pdfminer's resource manager, with the repaired letters put into each broken font it creates."""

    def __init__(self, repairs: Repairs) -> None:
        super().__init__()
        self.repairs = repairs

    def get_font(self, objid: object, spec: Mapping[str, object]) -> PDFFont:
        font = super().get_font(objid, spec)
        repaired = self.repairs.get(objid) if isinstance(objid, int) else None
        unicode_map = getattr(font, "unicode_map", None)
        if repaired and isinstance(unicode_map, FileUnicodeMap):
            unicode_map.cid2unichr.update(repaired)
        return font


def font_repairs(doc: PDFDocument) -> FontRepairs:
    """The corrected letters of every font in the document whose ToUnicode map gives one letter to
    different glyphs, or leaves out a code the font gives a width (pdfminer prints it "(cid:12)"), and the
    ligatures all subsets read as their first letter. Empty (and cheap) when no font's map does either."""
    fonts = _page_fonts(doc)
    maps = {objid: mapping for objid, spec in fonts.items() if (mapping := _unicode_map(spec))}
    widths = {objid: _widths(fonts[objid]) for objid in maps}
    codes = {objid: {code for code, width in widths[objid].items() if width} for objid in maps}
    damaged = any(_repeats_a_letter(mapping) or not codes[objid] <= mapping.keys() for objid, mapping in maps.items())
    if not damaged and not _ligature_codes(fonts, maps, widths, {}):
        return FontRepairs()
    outlines = {objid: found for objid, mapping in maps.items()
                if (found := _outlines(fonts[objid], set(mapping) | codes[objid]))}
    votes = _letter_votes({objid: (maps[objid], outlines[objid]) for objid in outlines})
    repairs: Repairs = {}
    for objid, by_code in outlines.items():
        if _one_letter_for_different_outlines(maps[objid], by_code) or not by_code.keys() <= maps[objid].keys():
            repaired = _repaired_letters(maps[objid], by_code, votes)
            if repaired:
                repairs[objid] = repaired
    ligatures = _ligature_placeholders(fonts, maps, widths, repairs)
    return FontRepairs(repairs, ligatures)


def choose_ligatures(choices: dict[str, tuple[str, ...]], words: list[str]) -> dict[str, str]:
    """Each placeholder's letters: the candidate that turns most of the words it stands in into words the
    document writes elsewhere ("tll" → "till", "Sammanträdestd" → "Sammanträdestid"); the plain letter when
    none does better."""
    known = {word.casefold() for word in words if not any(mark in word for mark in choices)}
    chosen = {}
    for mark, candidates in choices.items():
        spelled = [word.casefold() for word in words if mark in word]

        def found(letters: str) -> int:
            return sum(word.replace(mark, letters) in known for word in spelled)  # noqa: B023 - used at once

        chosen[mark] = max(candidates, key=lambda letters: (found(letters), letters == candidates[-1]))
    return chosen


def _ligature_placeholders(fonts: dict[int, Any], maps: dict[int, dict[int, str]],
                           widths: dict[int, dict[int, float]], repairs: Repairs) -> dict[str, tuple[str, ...]]:
    """A code read as one letter but much wider than another code of the same font family read as that letter
    is a ligature (Calibri's "ti" read "t"): it reads as a placeholder, and the letters it may stand for are
    returned for ``choose_ligatures``."""
    choices: dict[str, tuple[str, ...]] = {}
    for (_family_name, letter, _width), codes in _ligature_codes(fonts, maps, widths, repairs).items():
        mark = chr(PLACEHOLDERS + len(choices))
        choices[mark] = tuple(lig for lig in LIGATURES if lig[0] == letter) + (letter,)
        for objid, code in codes:
            repairs.setdefault(objid, {})[code] = mark
    return choices


def _ligature_codes(fonts: dict[int, Any], maps: dict[int, dict[int, str]], widths: dict[int, dict[int, float]],
                    repairs: Repairs) -> dict[tuple[str, str, float], list[tuple[int, int]]]:
    """(family, letter, width) -> the (font, code) pairs read as that letter at that width, when it is
    LIGATURE_WIDTH times the width of the narrowest code read as the letter in the family ("ti" and "tt" are
    two ligatures of two widths)."""
    widths_of: dict[tuple[str, str], dict[float, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for objid, mapping in maps.items():
        if _name(fonts[objid].get("Subtype")) not in ("TrueType", "Type0"):
            continue  # a Type 3 font's widths are in its own units
        family = _family(fonts[objid])
        for code, text in {**mapping, **repairs.get(objid, {})}.items():
            if any(lig[0] == text for lig in LIGATURES) and (width := widths[objid].get(code)):
                widths_of[(family, text)][width].append((objid, code))
    return {(family, letter, width): pairs for (family, letter), by_width in widths_of.items()
            for width, pairs in by_width.items() if width >= LIGATURE_WIDTH * min(by_width)}


def _family(spec: dict) -> str:
    return _name(spec.get("BaseFont")).split("+")[-1]


def _page_fonts(doc: PDFDocument) -> dict[int, Any]:
    fonts: dict[int, Any] = {}
    for page in PDFPage.create_pages(doc):
        for ref in (resolve1(page.resources.get("Font")) or {}).values():
            if isinstance(ref, PDFObjRef) and ref.objid not in fonts:
                fonts[ref.objid] = resolve1(ref)
    return fonts


def _unicode_map(spec: Any) -> dict[int, str]:
    stream = resolve1(spec.get("ToUnicode")) if isinstance(spec, dict) else None
    if not isinstance(stream, PDFStream):
        return {}
    mapping = FileUnicodeMap()
    CMapParser(mapping, io.BytesIO(stream.get_data())).run()
    return mapping.cid2unichr


def _repeats_a_letter(mapping: dict[int, str]) -> bool:
    letters = [text for text in mapping.values() if not text.isspace()]
    return len(letters) > len(set(letters))


def _outlines(spec: dict, codes: set[int]) -> Outlines:
    """The outline key of each code (those the map holds or the font gives a width), where the font embeds a
    TrueType program we can read; else empty."""
    try:
        outline_of = _outline_lookup(spec)
        if outline_of is None:
            return {}
        return {code: outline for code in sorted(codes) if (outline := outline_of(code)) is not None}
    except Exception:  # a font program fontTools cannot read: its letters stay as they are
        return {}


def _outline_lookup(spec: dict) -> Callable[[int], str | None] | None:
    descendant = _descendant(spec)
    font = descendant if descendant is not None else spec
    descriptor = resolve1(font.get("FontDescriptor")) or {}
    program = resolve1(descriptor.get("FontFile2"))
    if not isinstance(program, PDFStream):
        return None
    tt = TTFont(io.BytesIO(program.get_data()))
    if "glyf" not in tt:
        return None
    order, glyf = tt.getGlyphOrder(), tt["glyf"]

    def outline(name: str | None) -> str | None:
        if name is None:
            return None
        coordinates, ends, _flags = glyf[name].getCoordinates(glyf)
        return hashlib.md5(repr((list(coordinates), list(ends))).encode()).hexdigest()

    if descendant is not None:
        gid_of = _gid_lookup(font)
        return lambda code: outline(order[gid] if 0 <= (gid := gid_of(code)) < len(order) else None)
    cmap = next((t.cmap for t in tt["cmap"].tables if (t.platformID, t.platEncID) in ((3, 0), (1, 0))), None)
    if cmap is None:
        return None
    return lambda code: outline(cmap.get(code) or cmap.get(0xF000 | code))


def _gid_lookup(font: dict) -> Callable[[int], int]:
    """A CID font's glyph index for a character code: the code itself, or what its CIDToGIDMap stream says."""
    table = resolve1(font.get("CIDToGIDMap"))
    if not isinstance(table, PDFStream):
        return lambda code: code
    data = table.get_data()
    return lambda code: int.from_bytes(data[2 * code:2 * code + 2], "big") if 2 * code + 2 <= len(data) else -1


def _widths(spec: dict) -> dict[int, float]:
    """The width a font gives each code: a simple font's Widths from FirstChar, a CID font's W array
    ([first [w w …]] or [first last w])."""
    descendant = _descendant(spec)
    if descendant is None:
        first, widths = resolve1(spec.get("FirstChar")), resolve1(spec.get("Widths")) or []
        return {first + i: _number(w) for i, w in enumerate(widths)} if isinstance(first, int) else {}
    ranges = [resolve1(w) for w in resolve1(descendant.get("W")) or []]
    found, i = {}, 0
    while i + 1 < len(ranges):
        if isinstance(ranges[i + 1], list):
            found.update({ranges[i] + j: _number(w) for j, w in enumerate(ranges[i + 1])})
            i += 2
        else:
            width = _number(ranges[i + 2]) if i + 2 < len(ranges) else 0.0
            found.update(dict.fromkeys(range(ranges[i], ranges[i + 1] + 1), width))
            i += 3
    return found


def _descendant(spec: dict) -> dict | None:
    """A composite (Type 0) font's CID font, which holds its program and widths; None for a simple font."""
    return resolve1(resolve1(spec["DescendantFonts"])[0]) if _name(spec.get("Subtype")) == "Type0" else None


def _number(value: object) -> float:
    value = resolve1(value)
    return float(value) if isinstance(value, (int, float)) else 0.0


def _name(value: object) -> str:
    value = resolve1(value)
    return value.name if isinstance(value, PSLiteral) else str(value)


def _letter_votes(fonts: dict[int, tuple[dict[int, str], Outlines]]) -> dict[str, Counter[str]]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mapping, outlines in fonts.values():
        for code, outline in outlines.items():
            if code in mapping:
                votes[outline][mapping[code]] += 1
    return votes


def _one_letter_for_different_outlines(mapping: dict[int, str], outlines: Outlines) -> bool:
    by_letter: dict[str, set[str]] = defaultdict(set)
    for code, outline in outlines.items():
        if code in mapping and not mapping[code].isspace():
            by_letter[mapping[code]].add(outline)
    return any(len(keys) > 1 for keys in by_letter.values())


def _repaired_letters(mapping: dict[int, str], outlines: Outlines,
                      votes: dict[str, Counter[str]]) -> dict[int, str]:
    repaired = {}
    for code, outline in outlines.items():
        letters = _majority(votes.get(outline))
        if letters and letters != mapping.get(code):
            repaired[code] = letters
    return repaired


def _majority(votes: Counter[str] | None) -> str | None:
    """The text most subsets give an outline, when at least two do and no other text is as common."""
    if not votes:
        return None
    (best, count), *others = votes.most_common(2)
    return best if count >= 2 and (not others or others[0][1] < count) else None

