"""Several app replicas against one real Chroma server (``chroma run`` on loopback).

Vectors live in the Chroma server; the registry (``registry.sqlite``), the decision register and the
BM25 state live in ``index_path``, which the replicas share. Two Assistant instances in this process and
one replica in another process ingest and ask through Chroma's HTTP client; a document ingested by one
replica is found by the others without a restart.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings
from conftest import free_port, make_assistant

from assistant.index.ingest import doc_id_for

ROOT = Path(__file__).resolve().parents[2]
COLLECTION = "motesdokument"

REPLICA = r"""
import json, sys
from pathlib import Path
from assistant import Assistant, Settings

settings = Settings.load(index_path=Path(sys.argv[1]), chroma_url=sys.argv[2], config_file=Path("/nonexistent"))
assistant = Assistant.from_settings(settings)
print(json.dumps({"ready": True, "documents": len(assistant.documents())}), flush=True)
for line in sys.stdin:
    answer = assistant.ask(line.strip())
    print(json.dumps({"found": answer.found, "answer": answer.answer, "documents": len(assistant.documents()),
                      "citations": [[c.doc_id, c.quote] for c in answer.citations]}, ensure_ascii=False), flush=True)
"""

DOCS = {
    "bro.md": "# Tekniska nämnden\n\nSammanträde 2024-05-02\n\n## Kvarnbäcksbron\n\n"
              "Tekniska nämnden beslutar att Kvarnbäcksbron ska renoveras under hösten 2025.\n",
    "park.md": "# Fritidsnämnden\n\nSammanträde 2024-05-03\n\n## Ekolyckans parklek\n\n"
               "Fritidsnämnden beslutar att Ekolyckans parklek öppnar igen i juni.\n",
    "bibliotek.md": "# Kulturnämnden\n\nSammanträde 2024-05-04\n\n## Solrosängens bibliotek\n\n"
                    "Kulturnämnden beslutar att Solrosängens bibliotek får öppet på lördagar.\n",
}


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOTE_")}
    env.update(PYTHONPATH=str(ROOT), ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1", PYTHONUNBUFFERED="1")
    return env


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        pytest.skip("chroma-kommandot saknas i miljön")
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log_path = data / "server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen([str(chroma), "run", "--path", str(data / "db"), "--host", "127.0.0.1",
                                   "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=clean_env())
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, f"Chroma-servern avslutades: {log_path.read_text(errors='replace')[-3000:]}"
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "Chroma-servern svarade inte inom 120 s"
            time.sleep(0.25)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("server-docs")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def http_collection(url: str, name: str = COLLECTION):
    host, port = url.removeprefix("http://").split(":")
    client = chromadb.HttpClient(host=host, port=int(port), settings=ChromaSettings(anonymized_telemetry=False))
    return client.get_collection(name)


def ask_replica(replica: subprocess.Popen[str], question: str, timeout: float = 180) -> dict:
    assert replica.stdin is not None
    replica.stdin.write(question + "\n")
    replica.stdin.flush()
    return read_line(replica, timeout)


def read_line(replica: subprocess.Popen[str], timeout: float) -> dict:
    assert replica.stdout is not None
    ready, _, _ = select.select([replica.stdout], [], [], timeout)
    assert ready, f"replikan svarade inte inom {timeout} s"
    line = replica.stdout.readline()
    assert line, f"replikan avslutades: {replica.stderr.read() if replica.stderr else ''}"
    return json.loads(line)


def test_replicas_share_one_chroma_server_and_one_registry(chroma_url: str, docs: Path, tmp_path: Path) -> None:
    shared = tmp_path / "delat-index"
    first = make_assistant(shared, chroma_url=chroma_url)
    second = make_assistant(shared, chroma_url=chroma_url)

    one = first.ingest([docs / "bro.md"])
    two = second.ingest([docs / "park.md"])
    assert [r.status for r in one.results + two.results] == ["indexerad", "indexerad"]
    assert not (shared / "chroma").exists(), "vektorerna ska ligga i Chroma-servern, inte i indexmappen"
    assert {p.name for p in shared.iterdir()} >= {"registry.sqlite", "meetings.sqlite", "lexical"}

    # Each replica finds what the other ingested: the vectors through the server, the chunks through the
    # shared registry, and BM25 is reloaded because the registry's generation changed.
    answer = second.ask("När ska Kvarnbäcksbron renoveras?")
    assert answer.found and "2025" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {doc_id_for(docs / "bro.md")}
    answer = first.ask("När öppnar Ekolyckans parklek?")
    assert answer.found and "juni" in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {doc_id_for(docs / "park.md")}
    for assistant in (first, second):
        assert len(assistant.documents()) == 2
        hits = assistant.index.lexical().search("Kvarnbäcksbron Ekolyckans", 5)
        assert {cid.rsplit(":", 2)[0] for cid, _ in hits} == {doc_id_for(docs / "bro.md"), doc_id_for(docs / "park.md")}

    collection = http_collection(chroma_url)
    assert collection.count() == first.index.chunk_count() == sum(r.chunks for r in one.results + two.results)
    stored = collection.get(where={"doc_id": doc_id_for(docs / "park.md")}, include=["metadatas"])
    assert len(stored["ids"]) == two.results[0].chunks

    # Idempotent across replicas: the second one sees the first one's document as unchanged.
    assert [r.status for r in second.ingest([docs / "bro.md"]).results] == ["oförändrad"]
    assert collection.count() == first.index.chunk_count()


def test_a_replica_process_sees_documents_ingested_elsewhere(chroma_url: str, docs: Path, tmp_path: Path) -> None:
    shared = tmp_path / "delat-index"
    writer = make_assistant(shared, chroma_url=chroma_url, collection="replikor")
    assert not writer.ingest([docs / "bro.md"]).errors

    replica = subprocess.Popen(
        [sys.executable, "-c", REPLICA.replace('config_file=Path("/nonexistent"))',
                                               'config_file=Path("/nonexistent"), collection="replikor")'),
         str(shared), chroma_url],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env(), cwd=tmp_path,
    )
    try:
        assert read_line(replica, 300) == {"ready": True, "documents": 1}
        first = ask_replica(replica, "När ska Kvarnbäcksbron renoveras?")
        assert first["found"] and "2025" in first["answer"], first
        assert {doc for doc, _ in first["citations"]} == {doc_id_for(docs / "bro.md")}

        # Ingested by this process while the replica is running: found without a restart.
        assert not writer.ingest([docs / "bibliotek.md"]).errors
        later = ask_replica(replica, "Vilka dagar har Solrosängens bibliotek öppet?")
        assert later["documents"] == 2
        assert later["found"] and "lördagar" in later["answer"], later
        assert {doc for doc, _ in later["citations"]} == {doc_id_for(docs / "bibliotek.md")}
        for doc_id, quote in later["citations"]:
            assert quote in writer.index.document_text(doc_id)

        # A removal is seen too.
        assert writer.remove(doc_id_for(docs / "bibliotek.md"))
        gone = ask_replica(replica, "Vilka dagar har Solrosängens bibliotek öppet?")
        assert gone["documents"] == 1
        assert doc_id_for(docs / "bibliotek.md") not in {doc for doc, _ in gone["citations"]}
    finally:
        if replica.stdin:
            replica.stdin.close()
        try:
            replica.wait(timeout=30)
        except subprocess.TimeoutExpired:
            replica.kill()
            replica.wait()
    assert http_collection(chroma_url, "replikor").count() == writer.index.chunk_count()


def test_separate_registries_on_one_server_need_separate_collections(chroma_url: str, docs: Path,
                                                                     tmp_path: Path) -> None:
    """The registry decides what exists: a replica with its own index_path but the same collection does not
    see the other one's documents (so replicas must share index_path), and its own ingest is not mixed up."""
    own = make_assistant(tmp_path / "eget-index", chroma_url=chroma_url, collection="separata")
    other = make_assistant(tmp_path / "annat-index", chroma_url=chroma_url, collection="separata")
    assert not own.ingest([docs / "bro.md"]).errors
    assert other.documents() == []
    assert not other.ingest([docs / "park.md"]).errors
    answer = other.ask("När ska Kvarnbäcksbron renoveras?")
    assert doc_id_for(docs / "bro.md") not in {c.doc_id for c in answer.citations}
    assert http_collection(chroma_url, "separata").count() == own.index.chunk_count() + other.index.chunk_count()
