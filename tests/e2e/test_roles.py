"""Roles and members-only documents (issue 12 item 3): a document's group is enforced in retrieval (both
halves), in the document list and in decision answers; readers cannot upload, remove or sync over the
HTTP API; and login is throttled per user and per address."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest
from conftest import make_assistant

from assistant.index.store import Filters

PUBLIC = ("Protokoll Tekniska nämnden 2024-03-05\n\n§ 1 Kvarnbäcksbron\nDnr TN 2024-0007\n\nBeslut\n"
          "Tekniska nämnden beslutar att renovera Kvarnbäcksbron under 2025.\n")
MEMBERS_ONLY = ("Protokoll Presidiet 2024-03-12\n\n§ 4 Lönerevision för förvaltningschefen\nDnr PR 2024-0003\n\n"
                "Beslut\nPresidiet beslutar att förvaltningschefens lön höjs med 3,1 procent från den 1 april.\n")
QUESTION = "Vad beslutade presidiet om förvaltningschefens lön?"


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("roles") / "filer"
    root.mkdir()
    (root / "bro.txt").write_text(PUBLIC, encoding="utf-8")
    (root / "presidiet.txt").write_text(MEMBERS_ONLY, encoding="utf-8")
    (root / "presidiet.txt.meta.toml").write_text('group = "presidiet"\n', encoding="utf-8")
    assistant = make_assistant(root.parent / "idx")
    assert not assistant.ingest([root]).errors
    return root, assistant


def cited_docs(answer) -> set[str]:
    return {Path(c.source_path).name for c in answer.citations}


def test_members_only_document_is_kept_out_of_every_half_of_retrieval(grouped) -> None:
    _, assistant = grouped
    hidden_id = next(d["doc_id"] for d in assistant.documents() if d["access_group"] == "presidiet")
    reader, member = Filters(groups=()), Filters(groups=("presidiet",))
    assert "presidiet.txt" in cited_docs(assistant.ask(QUESTION))  # the CLI and Python API see everything
    assert "presidiet.txt" in cited_docs(assistant.ask(QUESTION, filters=member))
    refused = assistant.ask(QUESTION, filters=reader)
    assert "presidiet.txt" not in cited_docs(refused) and "3,1 procent" not in refused.answer
    for mode in ("dense", "lexical"):
        from assistant.answer.retrieval import HybridRetriever

        hits = HybridRetriever(assistant.index, assistant.embedder, mode).search("förvaltningschefens lön", 10, reader)
        assert hidden_id not in {h.chunk.doc_id for h in hits}, mode
    # asking for the hidden document by id gives nothing either
    by_id = assistant.ask(QUESTION, filters=Filters(documents=(hidden_id,), groups=()))
    assert not by_id.citations
    assert hidden_id not in {d["doc_id"] for d in assistant.index.documents(groups=())}
    assert assistant.index.document(hidden_id, groups=()) is None
    assert assistant.index.document(hidden_id, groups=("presidiet", "au")) is not None


def test_changing_only_the_group_takes_effect_without_reembedding(grouped, tmp_path: Path) -> None:
    root, _ = grouped
    folder = tmp_path / "filer"
    folder.mkdir()
    (folder / "presidiet.txt").write_text(MEMBERS_ONLY, encoding="utf-8")
    sidecar = folder / "presidiet.txt.meta.toml"
    sidecar.write_text('grupp = "presidiet"\n', encoding="utf-8")
    assistant = make_assistant(tmp_path / "idx")
    assistant.ingest([folder])
    assert not assistant.index.documents(groups=())
    sidecar.write_text('title = "Presidiets protokoll"\n', encoding="utf-8")  # no group any more
    assistant.ingest([folder])
    assert [d["access_group"] for d in assistant.index.documents(groups=())] == [""]


# --- over HTTP: the real app on loopback ------------------------------------------------------------------------

PASSWORDS = {"anna": "anna-sekreterare-1", "bo": "bo-läsare-12345", "cecilia": "cecilia-presidiet-1"}


@pytest.fixture(scope="module")
def locked(grouped, tmp_path_factory: pytest.TempPathFactory):
    from conftest import free_port

    from assistant.users import hash_password
    from assistant.web.server import serve

    root, assistant = grouped
    users = ",".join([f"anna:sekreterare:{hash_password(PASSWORDS['anna'])}",
                      f"bo:läsare:{hash_password(PASSWORDS['bo'])}",
                      f"cecilia:läsare:{hash_password(PASSWORDS['cecilia'])}:presidiet"])
    app_assistant = make_assistant(root.parent / "idx", users=users, port=free_port(),
                                   upload_dir=tmp_path_factory.mktemp("uppladdat"))
    demo, _, url = serve(app_assistant, app_assistant.settings, block=False, quiet=True)
    yield url, app_assistant
    demo.close()


def signed_in(url: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=60)
    assert client.post("login", data={"username": name, "password": PASSWORDS[name]}).status_code == 200
    return client


def call(client: httpx.Client, api: str, data: list) -> tuple[str, object]:
    """One call through Gradio's two-step REST API; returns ("complete" or "error", the payload)."""
    posted = client.post(f"gradio_api/call/{api}", json={"data": data})
    assert posted.status_code == 200, posted.text
    event, payload = "", None
    with client.stream("GET", f"gradio_api/call/{api}/{posted.json()['event_id']}") as stream:
        for line in stream.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event in ("complete", "error"):
                payload = json.loads(line[6:])
                return event, payload
    return event, payload


def test_no_api_schema_or_routes_before_login(locked) -> None:
    url, _ = locked
    anonymous = httpx.Client(base_url=url, timeout=30)
    assert anonymous.get("openapi.json").status_code == 404  # FastAPI's own schema is switched off
    for path in ("gradio_api/openapi.json", "gradio_api/info", "config", "gradio_api/info?all_endpoints=true"):
        assert anonymous.get(path).status_code == 401, path
    page = anonymous.get("").text.replace(" ", "")
    assert '"components":[]' in page and '"dependencies":[]' in page and "fraga" not in page
    assert "ladda_upp" not in page and "ta_bort" not in page


def test_readers_cannot_upload_or_remove_over_the_api(locked, tmp_path: Path) -> None:
    url, app_assistant = locked
    reader, manager = signed_in(url, "bo"), signed_in(url, "anna")
    doc_id = next(d["doc_id"] for d in app_assistant.documents() if d["access_group"] == "")
    event, payload = call(reader, "ta_bort", [doc_id, []])
    assert event == "error" and "Bara sekreterare och administratörer" in json.dumps(payload, ensure_ascii=False)
    assert app_assistant.index.document(doc_id) is not None
    path = tmp_path / "park.txt"
    path.write_text("Parknämnden beslutar att Ekolyckans parklek öppnar i juni.\n", encoding="utf-8")
    refused = reader.post("gradio_api/upload", files=[("files", ("park.txt", path.read_bytes(), "text/plain"))])
    assert refused.status_code == 403 and "Bara sekreterare" in refused.json()["detail"]
    uploaded = manager.post("gradio_api/upload", files=[("files", ("park.txt", path.read_bytes(), "text/plain"))])
    server_path = uploaded.json()[0]
    file_data = {"path": server_path, "orig_name": "park.txt", "meta": {"_type": "gradio.FileData"}}
    event, payload = call(reader, "ladda_upp", [[file_data]])  # a reader with a manager's upload path
    assert event == "error" and "Bara sekreterare" in json.dumps(payload, ensure_ascii=False)
    event, payload = call(manager, "ladda_upp", [[file_data]])
    assert event == "complete" and payload[0][0]["status"] == "indexerad", payload
    event, _ = call(manager, "ta_bort", [payload[0][0]["doc_id"], []])
    assert event == "complete" and app_assistant.index.document(payload[0][0]["doc_id"]) is None


def test_members_only_documents_over_the_api(locked) -> None:
    url, app_assistant = locked
    hidden_id = next(d["doc_id"] for d in app_assistant.documents() if d["access_group"] == "presidiet")
    reader, member = signed_in(url, "bo"), signed_in(url, "cecilia")
    event, answer = call(reader, "fraga", [QUESTION, "[]", "{}"])
    assert event == "complete" and hidden_id not in {c["doc_id"] for c in answer[0]["citations"]}
    assert "3,1 procent" not in answer[0]["answer"]
    event, answer = call(member, "fraga", [QUESTION, "[]", "{}"])
    assert hidden_id in {c["doc_id"] for c in answer[0]["citations"]}
    assert reader.get(f"dokument/{hidden_id}").status_code == 404
    assert member.get(f"dokument/{hidden_id}").text == MEMBERS_ONLY


def test_wrong_types_get_a_swedish_error_not_null(locked) -> None:
    url, _ = locked
    reader = signed_in(url, "bo")
    cases = [
        ([123, "[]", "{}"], "Frågan ska vara text."),
        (["När renoveras Kvarnbäcksbron?", {"role": "user"}, "{}"], "history ska skickas som JSON-text"),
        (["När renoveras Kvarnbäcksbron?", "[]", "[1, 2]"], "filters ska vara ett objekt"),
        (["När renoveras Kvarnbäcksbron?", "[]", '{"date_from": "2024-3-1"}'], "”2024-3-1” är inte ett datum"),
        (["När renoveras Kvarnbäcksbron?", "[]", '{"färg": "blå"}'], "Okänt filter: färg"),
        (["x" * 5000, "[]", "{}"], "Frågan är för lång (5000 tecken)"),
    ]
    for data, expected in cases:
        event, payload = call(reader, "fraga", data)
        assert event == "error" and payload is not None, (data, payload)
        assert expected in json.dumps(payload, ensure_ascii=False), (data, payload)
    # refused by Gradio before our handler runs: still a message, not {"error": null}
    manager = signed_in(url, "anna")
    for api, client, data in (("fraga", reader, []), ("ladda_upp", manager, ["inte en lista"]),
                              ("ladda_upp", manager, [[{"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}]])):
        event, payload = call(client, api, data)
        assert event == "error" and "Anropet kunde inte behandlas" in payload["error"], (api, data, payload)


def test_handled_and_rejected_uploads_leave_no_cached_copy(locked, tmp_path: Path) -> None:
    url, _ = locked
    manager = signed_in(url, "anna")
    for name, content, status in (("program.exe", b"MZ\x90\x00", "avvisad"),
                                  ("tom.txt", b"   \n", "fel"),
                                  ("skog.txt", "Skogsnämnden beslutar att Gökängens vindskydd byggs om.\n".encode(),
                                   "indexerad")):
        server_path = manager.post("gradio_api/upload", files=[("files", (name, content, "text/plain"))]).json()[0]
        assert manager.get(f"gradio_api/file={server_path}").status_code == 200  # the finding: it is served
        file_data = {"path": server_path, "orig_name": name, "meta": {"_type": "gradio.FileData"}}
        event, payload = call(manager, "ladda_upp", [[file_data]])
        assert event == "complete" and payload[0][0]["status"] == status, payload
        assert manager.get(f"gradio_api/file={server_path}").status_code != 200, name
        assert not Path(server_path).exists()
    cache = Path(__import__("gradio").utils.get_upload_folder())
    assert not [p for p in cache.rglob("*") if p.name in ("program.exe", "tom.txt", "skog.txt")]


@pytest.fixture(scope="module")
def throttled(grouped, tmp_path_factory: pytest.TempPathFactory):
    from conftest import free_port

    from assistant.users import hash_password
    from assistant.web.server import serve

    root, _ = grouped
    users = f"anna:sekreterare:{hash_password(PASSWORDS['anna'])},bo:läsare:{hash_password(PASSWORDS['bo'])}"
    app_assistant = make_assistant(root.parent / "idx", users=users, port=free_port(), login_attempts=3,
                                   login_lockout_s=3, trusted_proxies="127.0.0.1")
    demo, _, url = serve(app_assistant, app_assistant.settings, block=False, quiet=True)
    yield url
    demo.close()


def login(url: str, name: str, password: str, address: str) -> httpx.Response:
    return httpx.post(f"{url}login", data={"username": name, "password": password},
                      headers={"X-Forwarded-For": address}, timeout=30)


def test_login_is_throttled_per_user_and_per_address(throttled) -> None:
    url = throttled
    # per user: three wrong passwords for anna from three addresses lock anna, even with the right one
    for address in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        assert login(url, "anna", "fel", address).status_code == 400
    locked_out = login(url, "anna", PASSWORDS["anna"], "10.0.0.9")
    assert locked_out.status_code == 429 and "För många misslyckade inloggningar" in locked_out.json()["detail"]
    assert int(locked_out.headers["retry-after"]) >= 1
    assert login(url, "bo", PASSWORDS["bo"], "10.0.0.9").status_code == 200  # others are not affected
    # per address: wrong guesses at many names from one address lock that address
    for name in ("adam", "bertil", "caesar"):
        assert login(url, name, "gissning", "10.0.0.5").status_code == 400
    assert login(url, "bo", PASSWORDS["bo"], "10.0.0.5").status_code == 429
    time.sleep(3.2)  # the window passes
    assert login(url, "anna", PASSWORDS["anna"], "10.0.0.9").status_code == 200
    assert login(url, "bo", PASSWORDS["bo"], "10.0.0.5").status_code == 200


@pytest.mark.parametrize("proxies,signed_in", [("127.0.0.1", True), ("10.9.9.9", False)])
def test_sso_header_is_believed_only_from_a_trusted_proxy(grouped, proxies: str, signed_in: bool) -> None:
    from conftest import free_port

    from assistant.web.server import serve

    root, _ = grouped
    app_assistant = make_assistant(root.parent / "idx", users="cecilia:läsare:-:presidiet", port=free_port(),
                                   trusted_user_header="X-Forwarded-User", trusted_proxies=proxies)
    demo, _, url = serve(app_assistant, app_assistant.settings, block=False, quiet=True)
    try:
        hidden_id = next(d["doc_id"] for d in app_assistant.documents() if d["access_group"] == "presidiet")
        as_cecilia = httpx.Client(base_url=url, timeout=60, headers={"X-Forwarded-User": "cecilia"})
        as_dora = httpx.Client(base_url=url, timeout=60, headers={"X-Forwarded-User": "dora"})
        nobody = httpx.Client(base_url=url, timeout=60)
        assert nobody.get("config").status_code == 401
        assert nobody.post("login", data={"username": "cecilia", "password": "-"}).status_code != 200
        if not signed_in:  # the header from an address that is not the proxy's counts for nothing
            assert as_cecilia.get("config").status_code == 401
            assert as_cecilia.get(f"dokument/{hidden_id}").status_code == 401
            return
        assert as_cecilia.get("config").status_code == 200
        assert as_cecilia.get(f"dokument/{hidden_id}").text == MEMBERS_ONLY  # listed: her group
        assert as_dora.get(f"dokument/{hidden_id}").status_code == 404  # not listed: a reader without groups
        refused = as_cecilia.post("gradio_api/upload", files=[("files", ("a.txt", b"text", "text/plain"))])
        assert refused.status_code == 403
        event, payload = call(as_dora, "fraga", [QUESTION, "[]", "{}"])
        assert event == "complete" and hidden_id not in {c["doc_id"] for c in payload[0]["citations"]}
    finally:
        demo.close()
