"""The web app's scripted API (``fraga``, ``ladda_upp``) through gradio_client against the real, running
app on a private copy of the corpus index; plus the upload rules (names, types, sizes)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from gradio_client import Client, handle_file

from assistant.web.uploads import UploadError, safe_filename, stage_upload

from conftest import start_app

SOLROS = """Protokoll Förskolenämnden 2025-05-20

§ 12 Solrosens förskola – utbyggnad
Dnr FN 2025-0042

Beslut
Förskolenämnden beslutar att Solrosens förskola ska byggas ut med två nya avdelningar till hösten 2026.
"""



@pytest.fixture(scope="module")
def app(corpus_index: Path, tmp_path_factory: pytest.TempPathFactory):
    demo, running = start_app(corpus_index, tmp_path_factory.mktemp("app-api"), max_upload_mb=1)
    yield running
    demo.close()


@pytest.fixture(scope="module")
def client(app) -> Client:
    return Client(app.url, verbose=False)


def test_fraga_returns_answer_with_exact_citations(app, client: Client) -> None:
    result = client.predict("vad föreslås om välfärdsbrott?", api_name="/fraga")
    assert result["found"] is True
    assert "[1]" in result["answer"]
    assert result["citations"]
    for citation in result["citations"]:
        text = app.assistant.index.document_text(citation["doc_id"])
        assert citation["quote"] == text[citation["start"]:citation["end"]]
    assert any("välfärdsbrott" in c["quote"].lower() for c in result["citations"])


def test_fraga_follow_up_uses_history(client: Client) -> None:
    first = client.predict("vad föreslås om välfärdsbrott?", api_name="/fraga")
    history = [{"role": "user", "content": "vad föreslås om välfärdsbrott?"},
               {"role": "assistant", "content": first["answer"]}]
    follow = client.predict("och vad ska staten göra?", json.dumps(history, ensure_ascii=False), api_name="/fraga")
    assert follow["found"] is True
    assert "välfärdsbrott" in follow["question"]
    assert "Staten" in follow["answer"]


def test_fraga_filters(client: Client) -> None:
    body = "Strategisk regional beredning"
    result = client.predict("Vem justerar protokollet?", "[]", json.dumps({"body": body}), api_name="/fraga")
    assert result["citations"]
    assert {c["body"] for c in result["citations"]} == {body}
    dated = client.predict("Vad beslutade arbetsutskottet om MYRA 6:19?", "[]",
                           json.dumps({"date_from": "2024-03-01", "date_to": "2024-03-31"}), api_name="/fraga")
    assert dated["citations"]
    assert {c["meeting_date"] for c in dated["citations"]} == {"2024-03-14"}


def test_fraga_rejects_bad_input(client: Client) -> None:
    with pytest.raises(Exception, match="JSON"):
        client.predict("vad föreslås om välfärdsbrott?", "inte json", api_name="/fraga")
    with pytest.raises(Exception, match="ÅÅÅÅ-MM-DD"):
        client.predict("vad föreslås om välfärdsbrott?", "[]", json.dumps({"date_from": "i fjol"}), api_name="/fraga")


def test_ladda_upp_makes_document_searchable(app, client: Client, tmp_path: Path) -> None:
    path = tmp_path / "solrosen.txt"
    path.write_text(SOLROS, encoding="utf-8")
    results = client.predict([handle_file(str(path))], api_name="/ladda_upp")
    assert [r["status"] for r in results] == ["indexerad"]
    saved = Path(results[0]["saved_as"])
    assert saved.parent == app.upload_dir.resolve() and saved.read_text(encoding="utf-8") == SOLROS
    answer = client.predict("Vad ska hända med Solrosens förskola?", api_name="/fraga")
    assert answer["found"] is True
    assert results[0]["doc_id"] in {c["doc_id"] for c in answer["citations"]}
    assert any("två nya avdelningar" in c["quote"] for c in answer["citations"])


def test_ladda_upp_keeps_traversal_names_inside_upload_dir(app, client: Client, tmp_path: Path) -> None:
    content = "Protokoll Fritidsnämnden 2025-04-02\n\nBeslut\nFritidsnämnden beslutar att Ekbackens badplats får en ny brygga.\n"
    # a multipart file name that tries to climb out of the upload folder
    uploaded = httpx.post(f"{app.url}gradio_api/upload",
                          files=[("files", ("../../etc/x.txt", content.encode(), "text/plain"))])
    uploaded.raise_for_status()
    server_path = uploaded.json()[0]
    results = client.predict([{"path": server_path, "orig_name": "../../etc/x.txt", "meta": {"_type": "gradio.FileData"}}],
                             api_name="/ladda_upp")
    assert results[0]["status"] == "indexerad", results
    saved = Path(results[0]["saved_as"])
    assert saved.parent == app.upload_dir.resolve()
    assert saved.name == "x.txt"
    # a Windows-style name (backslashes are ordinary characters in Linux file names)
    odd = tmp_path / "..\\..\\windows\\bad.txt"
    odd.write_text(content.replace("Ekbackens", "Björkhagens"), encoding="utf-8")
    results = client.predict([handle_file(str(odd))], api_name="/ladda_upp")
    saved = Path(results[0]["saved_as"])
    assert saved.parent == app.upload_dir.resolve() and "\\" not in saved.name and ".." not in saved.name
    assert not (app.upload_dir.parent / "etc").exists()


def test_ladda_upp_rejects_wrong_type_and_too_large(app, client: Client, tmp_path: Path) -> None:
    program = tmp_path / "program.exe"
    program.write_bytes(b"MZ\x90\x00")
    big = tmp_path / "stor.txt"
    big.write_text("Välfärd " * 200_000, encoding="utf-8")  # 1.8 MB, the limit here is 1 MB
    results = client.predict([handle_file(str(program)), handle_file(str(big))], api_name="/ladda_upp")
    assert [r["status"] for r in results] == ["avvisad", "avvisad"]
    assert "kan inte läsas in" in results[0]["message"] and "Tillåtna filtyper" in results[0]["message"]
    assert "för stor" in results[1]["message"] and "1 MB" in results[1]["message"]
    assert not (app.upload_dir / "program.exe").exists() and not (app.upload_dir / "stor.txt").exists()


def test_document_route_serves_plain_text(app) -> None:
    doc = app.assistant.documents()[0]
    response = httpx.get(f"{app.url}dokument/{doc['doc_id']}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.text == app.assistant.index.document_text(doc["doc_id"])
    assert httpx.get(f"{app.url}dokument/finns-inte").status_code == 404


def test_safe_filename() -> None:
    assert safe_filename("../../etc/x.txt") == "x.txt"
    assert safe_filename("..\\..\\windows\\system.ini.TXT") == "system.ini.txt"
    assert safe_filename("Protokoll KS 2024-05-01 (justerat).PDF") == "Protokoll_KS_2024-05-01_justerat.pdf"
    assert safe_filename("...") == "dokument"
    assert safe_filename("/") == "dokument"
    assert safe_filename("Förslag åäö.docx") == "Förslag_åäö.docx"
    assert safe_filename("a\x00b<script>.md") == "a_b_script.md"


def test_stage_upload_rules(tmp_path: Path) -> None:
    target_dir = tmp_path / "up"
    source = tmp_path / "source"
    source.write_text("text", encoding="utf-8")
    temp, target = stage_upload(source, target_dir, 1, name="../../../etc/passwd.txt")
    assert target == (target_dir / "passwd.txt").resolve() and not target.exists()  # moved there only once read
    assert temp.parent == target_dir.resolve() and temp.name.startswith(".") and temp.suffix == ".txt"
    assert temp.read_text(encoding="utf-8") == "text"
    with pytest.raises(UploadError, match="Tillåtna filtyper"):
        stage_upload(source, target_dir, 1, name="skript.js")
    with pytest.raises(UploadError, match="utan filändelse"):
        stage_upload(source, target_dir, 1, name="README")
    (tmp_path / "tom.txt").write_bytes(b"")
    with pytest.raises(UploadError, match="tom"):
        stage_upload(tmp_path / "tom.txt", target_dir, 1)
    (tmp_path / "stor.md").write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(UploadError, match="för stor"):
        stage_upload(tmp_path / "stor.md", target_dir, 1)
    assert [p.name for p in target_dir.iterdir()] == [temp.name]
