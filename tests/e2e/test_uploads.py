"""Uploads never destroy (issue 12): a failed or duplicate re-upload under the name of a stored file
leaves the file on disk and the index as they were. The real app on an empty index of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from gradio_client import Client, handle_file

from assistant.web.server import serve
from conftest import free_port, make_assistant


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("uploads")
    assistant = make_assistant(root / "index", upload_dir=root / "uppladdat", corpus_path=root / "corpus",
                               host="127.0.0.1", port=free_port())
    demo, _, url = serve(assistant, assistant.settings, block=False, quiet=True)
    yield assistant, url
    demo.close()


@pytest.fixture(scope="module")
def client(app) -> Client:
    return Client(app[1], verbose=False)


LINDEN = "Protokoll Kulturnämnden 2025-06-01\n\nBeslut\nKulturnämnden beslutar att Lindens bibliotek får längre öppettider.\n"
EKBACKEN = "Protokoll Fritidsnämnden 2025-04-02\n\nBeslut\nFritidsnämnden beslutar att Ekbackens badplats får en ny brygga.\n"


def upload_as(client: Client, folder: Path, name: str, content: bytes) -> dict:
    folder.mkdir(parents=True)
    (folder / name).write_bytes(content)
    [result] = client.predict([handle_file(str(folder / name))], api_name="/ladda_upp")
    return result


def test_failed_or_duplicate_reupload_keeps_the_original(app, client: Client, tmp_path: Path) -> None:
    """Upload a valid linden.txt, then under the same name: an empty file, a file without text and a
    copy of another document. Each is refused; the stored file and the index keep the first one."""
    assistant, _ = app
    upload_dir = assistant.settings.upload_dir
    first = upload_as(client, tmp_path / "1", "linden.txt", LINDEN.encode())
    assert first["status"] == "indexerad", first
    stored = upload_dir / "linden.txt"
    text = assistant.index.document_text(first["doc_id"])
    assert upload_as(client, tmp_path / "2", "ekbacken.txt", EKBACKEN.encode())["status"] == "indexerad"
    attempts = {"tom": b"", "utan text": b"\n  \n\t\n", "dubblett": EKBACKEN.encode()}
    for number, (what, content) in enumerate(attempts.items(), 3):
        result = upload_as(client, tmp_path / str(number), "linden.txt", content)
        assert result["status"] in ("avvisad", "fel", "dubblett") and result["message"], (what, result)
        assert result["saved_as"] == "", (what, result)
        assert stored.read_text(encoding="utf-8") == LINDEN, what
        assert assistant.index.document_text(first["doc_id"]) == text, what
    assert result["status"] == "dubblett"  # the last attempt: a copy of ekbacken.txt
    answer = client.predict("Vad beslutade kulturnämnden om Lindens bibliotek?", api_name="/fraga")
    assert first["doc_id"] in {c["doc_id"] for c in answer["citations"]}
    assert not [p for p in upload_dir.iterdir() if p.name.startswith(".")]  # no temporary files left
