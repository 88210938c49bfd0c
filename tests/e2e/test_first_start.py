"""First start and restarts of the real app (``python app.py`` as a process) on a small corpus
folder made from a few real files: the page is served at once on an empty index while a background
worker reads the folder (banner in the browser, answers with a notice meanwhile); a start killed
half-way is completed by the next one without duplicate chunks; files added to or deleted from the
folder between starts appear in or vanish from answers, the Documents tab and the decision register.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from gradio_client import Client

from assistant.index.ingest import doc_id_for
from conftest import AGENDA, KUNGSBACKA, MINUTES, ROOT, free_port
from test_app_browser import ask
from test_ingest_crash import clean_env, inspect, registry_counts

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
# The page must come while the documents are still being read (the banner below proves it). The issue's
# 10 s target is a speed figure, measured by bench/sync_start.py; on two shared cores the imports alone
# can take longer, so the test allows more.
FIRST_PAGE_S = 60
SYNC_TIMEOUT_S = 600


class AppProcess:
    """``python app.py`` with its index and corpus folder under ``root``; stdout collected line by line."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.url = f"http://127.0.0.1:{free_port()}/"
        env = clean_env() | {"MOTE_INDEX_PATH": str(root / "index"), "MOTE_CORPUS_PATH": str(root / "corpus"),
                             "MOTE_UPLOAD_DIR": str(root / "corpus" / "uppladdat"),
                             "MOTE_PORT": self.url.rsplit(":", 1)[1].strip("/")}
        self.started = time.monotonic()
        self.process = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=root, env=env, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:  # type: ignore[union-attr]
            self.lines.append(line.rstrip("\n"))

    def wait_for_page(self, timeout: float) -> float:
        """Seconds from start until the page answers 200."""
        while time.monotonic() - self.started < timeout:
            assert self.process.poll() is None, "\n".join(self.lines[-30:])
            try:
                if httpx.get(self.url, timeout=1).status_code == 200:
                    return time.monotonic() - self.started
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        pytest.fail(f"sidan svarade inte inom {timeout} s: " + "\n".join(self.lines[-30:]))

    def wait_for_line(self, pattern: str, timeout: float = SYNC_TIMEOUT_S) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [line for line in self.lines if re.search(pattern, line)]
            if found:
                return found[-1]
            assert self.process.poll() is None, "\n".join(self.lines[-30:])
            time.sleep(0.2)
        pytest.fail(f"ingen rad '{pattern}' inom {timeout} s: " + "\n".join(self.lines[-30:]))

    def stop(self, sig: signal.Signals = signal.SIGINT) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def small_corpus(root: Path, with_report_meta: bool = True) -> Path:
    """Three real documents: two Kungsbacka agendas (read first) and Region Västmanland's agenda."""
    corpus = root / "corpus"
    (corpus / "a-kungsbacka").mkdir(parents=True)
    (corpus / "b-vastmanland").mkdir()
    for name in ("kungsbacka_bygg-au_2024-02-29_kallelse.md", "kungsbacka_bygg-au_2024-03-14_kallelse.md"):
        shutil.copy(KUNGSBACKA / name, corpus / "a-kungsbacka" / name)
    shutil.copy(AGENDA, corpus / "b-vastmanland" / AGENDA.name)
    if with_report_meta:
        shutil.copy(f"{AGENDA}.meta.toml", corpus / "b-vastmanland" / f"{AGENDA.name}.meta.toml")
    return corpus


@pytest.fixture
def app_process():
    started: list[AppProcess] = []

    def start(root: Path) -> AppProcess:
        started.append(AppProcess(root))
        return started[-1]

    yield start
    for process in started:
        process.stop(signal.SIGKILL)
        print("\n".join(process.lines))  # shown when the test failed


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Chromium saknas (apt-get install chromium)")
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_first_start_serves_at_once_and_answers_once_read(tmp_path: Path, app_process, browser) -> None:
    small_corpus(tmp_path)
    app = app_process(tmp_path)
    app.wait_for_page(FIRST_PAGE_S)
    page = browser.new_page(locale="sv-SE")
    page.goto(app.url)
    page.wait_for_selector("#fraga-text textarea", timeout=30_000)
    banner = page.locator("#inlasning")
    banner.locator("progress").wait_for(timeout=30_000)
    assert re.search(r"Går igenom dokumentmappen|Läser in dokument \d av 3", banner.inner_text())
    reading = banner.is_visible()
    answer = ask(page, "När är nästa sammanträde?", timeout_ms=120_000).inner_text()
    if reading:  # asked while reading: answered from what is read so far, and told so
        assert "läses fortfarande in" in answer or "läses in just nu" in answer, answer
    banner.wait_for(state="hidden", timeout=SYNC_TIMEOUT_S * 1000)
    page.get_by_role("tab", name="Dokument").click()
    status = page.locator("#inlasningstabell").inner_text()
    assert status.count("Inläst") == 3, status
    page.locator("#las-in-igen").click()  # read the folder again: nothing changed, nothing is read
    page.wait_for_function("() => (document.querySelector('#inlasning-status')?.innerText || '')"
                           ".includes('0 nya, 0 ändrade, 0 borttagna, 3 oförändrade')", timeout=120_000)
    page.close()
    page = browser.new_page(locale="sv-SE")  # a new conversation, now that everything is read
    page.goto(app.url)
    page.wait_for_selector("#fraga-text textarea", timeout=30_000)
    assert not page.locator("#inlasning").is_visible()
    answer = ask(page, "När är nästa sammanträde?", timeout_ms=120_000).inner_text()
    assert "7 februari 2025" in answer and re.search(r"\[\d+\]", answer), answer
    assert "läses fortfarande in" not in answer
    assert "Strategisk regional beredning" in page.locator("#kallpanel").inner_text()
    page.close()


def test_a_killed_first_start_is_completed_without_duplicates(tmp_path: Path, app_process) -> None:
    small_corpus(tmp_path)
    index = tmp_path / "index"
    first = app_process(tmp_path)
    deadline = time.monotonic() + SYNC_TIMEOUT_S
    while registry_counts(index).get("complete", 0) < 1:
        assert time.monotonic() < deadline and first.process.poll() is None, "\n".join(first.lines[-30:])
        time.sleep(0.05)
    first.stop(signal.SIGKILL)
    assert 1 <= registry_counts(index).get("complete", 0) < 3, registry_counts(index)
    second = app_process(tmp_path)
    summary = second.wait_for_line(r"^Synkade ")
    second.stop()
    assert ", 0 fel" in summary, summary
    state = inspect(index, "MYRA")
    docs = state["documents"]
    assert len(docs) == 3 and all(d["status"] == "complete" for d in docs), docs
    chunks = {d["doc_id"]: d["n_chunks"] for d in docs}
    assert state["chunk_rows"] == chunks and state["chroma_by_doc"] == chunks
    assert state["chroma_count"] == state["chroma_ids"] == state["lexical_size"] == sum(chunks.values())


def tab_text(browser, url: str, tab: str, selector: str) -> str:
    page = browser.new_page(locale="sv-SE")
    page.goto(url)
    page.wait_for_selector("#fraga-text textarea", timeout=60_000)
    page.get_by_role("tab", name=tab).click()
    page.wait_for_timeout(500)
    text = page.locator(selector).inner_text()
    page.close()
    return text


def test_files_added_or_deleted_between_starts(tmp_path: Path, app_process, browser) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(AGENDA, corpus / AGENDA.name)
    first = app_process(tmp_path)
    assert "1 nya" in first.wait_for_line(r"^Synkade ")
    first.stop()
    minutes = corpus / "fritid" / "protokoll-2025-04-02.txt"
    minutes.parent.mkdir()
    minutes.write_text(MINUTES, encoding="utf-8")
    question = "Vad beslutade fritidsnämnden om Ekbackens badplats?"

    second = app_process(tmp_path)
    assert re.search(r"1 nya, 0 ändrade, 0 borttagna, 1 oförändrade", second.wait_for_line(r"^Synkade "))
    second.wait_for_page(SYNC_TIMEOUT_S)
    answer = Client(second.url, verbose=False).predict(question, api_name="/fraga")
    assert doc_id_for(minutes) in {c["doc_id"] for c in answer["citations"]}, answer
    assert "Protokoll Fritidsnämnden 2025-04-02" in tab_text(browser, second.url, "Dokument", "#dokumenttabell")
    assert "Ekbackens badplats" in tab_text(browser, second.url, "Beslut", "#beslutstabell")
    second.stop()

    minutes.unlink()
    third = app_process(tmp_path)
    assert "1 borttagna" in third.wait_for_line(r"^Synkade ")
    third.wait_for_page(SYNC_TIMEOUT_S)
    answer = Client(third.url, verbose=False).predict(question, api_name="/fraga")
    assert doc_id_for(minutes) not in {c["doc_id"] for c in answer["citations"]}, answer
    assert "Protokoll Fritidsnämnden 2025-04-02" not in tab_text(browser, third.url, "Dokument", "#dokumenttabell")
    assert "Ekbackens" not in tab_text(browser, third.url, "Beslut", "#beslutstabell")
    third.stop()
