"""Bounded work per request (issue 12): each finding reproduced with a small real file or question, then
shown refused before the expensive step, with a Swedish message."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest
from conftest import cpu_limit, make_assistant
from fakes import HashingEmbedder

from assistant.documents.loaders import Limits, LoadError, load
from assistant.errors import QuestionError

BRO = ("Protokoll Tekniska nämnden 2024-03-05\n\n§ 1 Kvarnbäcksbron\n\nBeslut\n"
       "Nämnden beslutar att renovera Kvarnbäcksbron under 2025.\n")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("limits")
    (root / "bro.txt").write_text(BRO, encoding="utf-8")
    assistant = make_assistant(root / "idx", HashingEmbedder())
    assert not assistant.ingest([root / "bro.txt"]).errors
    return assistant


def test_long_question_is_refused_before_any_work(small) -> None:
    assert small.ask("När renoveras Kvarnbäcksbron?").found
    question = "Vad beslutade nämnden om Kvarnbäcksbron? " * 2500  # 100,000 characters (57–106 s before)
    with cpu_limit(2.0, "en fråga på 100 000 tecken"):
        with pytest.raises(QuestionError, match=r"för lång \(\d+ tecken\).*1000 tecken"):
            small.ask(question)
    with pytest.raises(QuestionError, match="historiken"):
        small.ask("och sen?", [{"role": "user", "content": question}])
    with pytest.raises(QuestionError, match="text"):
        small.ask(["inte", "en", "fråga"])  # type: ignore[arg-type]


def test_answer_time_budget_stops_the_work(small) -> None:
    spent = dataclasses.replace(small.settings, answer_budget_s=0.0)
    assistant = type(small)(spent, small.index, small.embedder, small.meetings)
    with pytest.raises(QuestionError, match="längre tid än tillåtna 0 s"):
        assistant.ask("När renoveras Kvarnbäcksbron?")


def inflating_docx(path: Path, megabytes: int) -> Path:
    """A real .docx whose document.xml is megabytes of empty paragraphs: tiny packed, huge unpacked."""
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Kvarnbäcksbron")
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    body = source.read("word/document.xml").decode()
    padding = "<w:p/>" * (megabytes * 1024 * 1024 // 6)
    body = body.replace("<w:body>", "<w:body>" + padding, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, body if item.filename == "word/document.xml" else source.read(item))
    return path


def test_inflating_docx_is_refused_before_parsing(tmp_path: Path) -> None:
    path = inflating_docx(tmp_path / "bomb.docx", 12)
    assert path.stat().st_size < 100_000  # 12 MB of XML packs into a few kilobytes
    with cpu_limit(2.0, "en uppblåsande .docx"):
        with pytest.raises(LoadError, match="zip-bomb: word/document.xml packas upp"):
            load(path)
    with pytest.raises(LoadError, match=r"packas upp till \d+ MB, mer än 5 MB"):
        load(path, Limits(max_compression_ratio=100_000, max_inflated_mb=5))


def shared_page_pdf(fanout: int = 10, depth: int = 4) -> bytes:
    """A valid PDF whose page tree reuses one node per level: fanout**depth pages from one page object."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    for level in range(depth):
        number = 2 + level
        kids = " ".join([f"{number + 1} 0 R"] * fanout)
        parent = f" /Parent {number - 1} 0 R" if level else ""
        objects[number] = f"<< /Type /Pages /Kids [{kids}] /Count {fanout ** (depth - level)}{parent} >>".encode()
    page, font, content = 2 + depth, 3 + depth, 4 + depth
    objects[page] = (f"<< /Type /Page /Parent {page - 1} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                     f"/Resources << /Font << /F1 {font} 0 R >> >> >>").encode()
    objects[font] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    stream = b"BT /F1 12 Tf 72 720 Td (Sammantrade i namnden) Tj ET"
    objects[content] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_shared_page_tree_pdf_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "delad.pdf"
    path.write_bytes(shared_page_pdf())
    assert path.stat().st_size < 2000
    assert len(pypdf.PdfReader(path).pages) == 10_000  # the finding: a kilobyte claims 10,000 pages
    with cpu_limit(1.0, "en PDF med delat sidträd"):
        with pytest.raises(LoadError, match="fler sidor .* än en fil på \\d+ byte kan rymma"):
            load(path)
    path.write_bytes(shared_page_pdf(fanout=300, depth=2))  # 90,000 pages
    with pytest.raises(LoadError, match="sidträdet är trasigt eller manipulerat"):
        load(path)
    with pytest.raises(LoadError, match="fler än 50 sidor"):  # the absolute cap, whatever the size
        load(path, Limits(max_pdf_pages=50, min_pdf_bytes_per_page=0))


def test_small_shared_page_pdf_within_limits_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "liten.pdf"
    path.write_bytes(shared_page_pdf(fanout=2, depth=2))  # 4 pages from about 900 bytes
    loaded = load(path, Limits(min_pdf_bytes_per_page=50))
    assert "Sammantrade" in loaded.text  # (identical pages: the layout reader keeps the text once)


def test_text_characters_per_document(tmp_path: Path) -> None:
    path = tmp_path / "lang.txt"
    path.write_text("Nämnden beslutar. " * 1000, encoding="utf-8")
    with pytest.raises(LoadError, match="texten är för lång: mer än 10 000 tecken"):
        load(path, Limits(max_document_chars=10_000))
    assert load(path, Limits(max_document_chars=20_000)).text.startswith("Nämnden")


def test_limits_reach_ingest_from_settings(tmp_path: Path) -> None:
    path = tmp_path / "delad.pdf"
    path.write_bytes(shared_page_pdf())
    (tmp_path / "bro.txt").write_text(BRO, encoding="utf-8")
    assistant = make_assistant(tmp_path / "idx", HashingEmbedder(), max_document_chars=1000)
    summary = assistant.ingest([path, tmp_path / "bro.txt"])
    by_name = {Path(r.path).name: r for r in summary.results}
    assert by_name["delad.pdf"].status == "fel" and "sidträdet" in by_name["delad.pdf"].message
    assert by_name["bro.txt"].status == "indexerad"


def test_a_slow_language_model_is_not_waited_for_past_the_budget(small) -> None:
    """A model endpoint that accepts the connection and never answers: with a 60 s model timeout but a 2 s
    budget the answer comes back after about 2 s, extractive, with a notice."""
    import socket
    import time

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # connections complete in the backlog; nothing is ever read or answered
    try:
        settings = dataclasses.replace(small.settings, answer_mode="llm", llm_timeout_s=60.0, answer_budget_s=2.0,
                                       llm_base_url=f"http://127.0.0.1:{silent.getsockname()[1]}/v1")
        assistant = type(small)(settings, small.index, small.embedder, small.meetings)
        started = time.monotonic()
        answer = assistant.ask("När renoveras Kvarnbäcksbron?")
        elapsed = time.monotonic() - started
    finally:
        silent.close()
    assert answer.mode == "extractive" and answer.notice and "kunde inte nås" in answer.notice
    assert answer.found and elapsed < 15, elapsed  # not the model's 60 s


def test_dates_are_validated_where_users_type_them_not_in_computed_periods(fast_assistant) -> None:
    from assistant.index.store import Filters

    with pytest.raises(QuestionError, match="”2024-04-31” är inte ett datum"):
        Filters.from_dict({"date_to": "2024-04-31"})
    assert Filters(date_to="2024-04-31").date_to == "2024-04-31"  # a period's month end, computed by us
    answer = fast_assistant.ask("Vad beslutade arbetsutskottet i april 2024?")  # the period ends on "April 31"
    assert answer.answer
