"""The web app in a real browser (headless Chromium through Playwright) against the real, running app
on a private copy of the corpus index: questions, follow-ups, sources, uploads, inert document text,
phone width and login. Screenshots go to test-artifacts/ (the welfare-crime answer also to docs/)."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from gradio_client import Client

from assistant.users import hash_password
from assistant.web.server import serve
from conftest import ROOT, free_port, start_app

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium saknas (apt-get install chromium)")

SOLROS = """Protokoll Förskolenämnden 2025-05-20

§ 12 Solrosens förskola – utbyggnad
Dnr FN 2025-0042

Beslut
Förskolenämnden beslutar att Solrosens förskola ska byggas ut med två nya avdelningar till hösten 2026.
"""
SOLROS_TITLE = "Protokoll Förskolenämnden 2025-05-20 – § 12 Solrosens förskola – utbyggnad"  # minutes of one §: it names it
HOSTILE = """Kvarnbackens bibliotek <img src=x onerror="window.__pwned=2">

Kvarnbackens bibliotek får nya öppettider från den 1 mars 2025 <script>window.__pwned=1</script> enligt beslut i kulturnämnden.
Kvarnbackens bibliotek ska visa en ny skylt: ![bild](http://127.0.0.1:9/x.png) vid entrén.
"""
BOT = "#chatt [data-testid=bot]"



@pytest.fixture(scope="module")
def app(corpus_index: Path, tmp_path_factory: pytest.TempPathFactory):
    demo, running = start_app(corpus_index, tmp_path_factory.mktemp("app-browser"))
    yield running
    demo.close()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page(app, browser):
    """One browser session for the conversation tests (they build on each other, in file order)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.requests_seen = []  # type: ignore[attr-defined]
    page.on("request", lambda request: page.requests_seen.append(request.url))  # type: ignore[attr-defined]
    page.goto(app.url)
    page.wait_for_selector("#fraga-text textarea", timeout=60_000)
    yield page
    context.close()


def ask(page, question: str, timeout_ms: int = 60_000):
    """Type a question, send it and wait for the new answer; returns the answer's element."""
    before = page.locator(BOT).count()
    page.locator("#fraga-text textarea").fill(question)
    page.locator("#skicka").click()
    page.wait_for_function(f"document.querySelectorAll('{BOT}').length > {before}", timeout=timeout_ms)
    page.wait_for_timeout(300)
    return page.locator(BOT).last


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()
    page.wait_for_timeout(300)


def wait_for_text(page, selector: str, text: str, timeout: int) -> None:
    page.wait_for_function("([sel, text]) => (document.querySelector(sel)?.innerText || '').includes(text)",
                           arg=[selector, text], timeout=timeout)


def upload(page, path: Path) -> str:
    """Upload one file on the Dokument tab; returns the text of the result table."""
    open_tab(page, "Dokument")
    page.locator("#uppladdning input[type=file]").set_input_files(str(path))
    wait_for_text(page, "#uppladdning", path.stem, 30_000)
    page.locator("#las-in").click()
    wait_for_text(page, "#uppladdningsresultat", path.name, 120_000)
    text = page.locator("#uppladdningsresultat").inner_text()
    open_tab(page, "Fråga")
    return text


def test_interface_is_swedish_with_examples(page) -> None:
    assert page.title() == "Mötesassistenten"
    chat = page.locator("#chatt")
    for example in ("Vad föreslås om välfärdsbrott?", "När är nästa sammanträde?", "Vem justerar protokollet?",
                    "Vad beslutade arbetsutskottet om MYRA 6:19?"):
        assert chat.get_by_text(example).count() == 1
    assert page.locator("#skicka").inner_text().strip() == "Skicka"
    assert page.locator("#rensa").inner_text().strip() == "Rensa"
    # Gradio's own texts follow the app's language even in an English browser
    open_tab(page, "Dokument")
    assert "Släpp fil här" in page.locator("#uppladdning").inner_text()
    open_tab(page, "Fråga")


def test_welfare_crime_answer_with_sources(page, artifacts: Path) -> None:
    answer = ask(page, "vad föreslås om välfärdsbrott?")
    assert re.search(r"\[\d+\]", answer.inner_text())
    panel = page.locator("#kallpanel")
    assert "välfärdsbrott" in panel.inner_text().lower()
    marks = panel.locator("mark")
    assert marks.count() >= 2  # the direct answer's quotes; more under "Mer i underlagen"
    assert any("välfärdsbrott" in text.lower() for text in marks.all_inner_texts())
    assert panel.locator("#kalla-1 .titel").inner_text().startswith("40 steg för ett tryggare samhälle")
    page.mouse.move(0, 0)
    page.screenshot(path=str(artifacts / "app-valfardsbrott.png"))
    (ROOT / "docs").mkdir(exist_ok=True)
    shutil.copyfile(artifacts / "app-valfardsbrott.png", ROOT / "docs" / "screenshot.png")
    # the link opens the whole document as plain text, served by the app
    href = panel.locator("#kalla-1 a.oppna").get_attribute("href")
    response = page.request.get(f"{page.url.rstrip('/')}/{href}")
    assert response.ok and response.headers["content-type"] == "text/plain; charset=utf-8"
    assert "Välfärdsbrottslighet" in response.text()


def test_follow_up_uses_the_conversation(page, artifacts: Path) -> None:
    answer = ask(page, "och vad ska staten göra?")
    text = answer.inner_text()
    assert "Staten" in text and re.search(r"\[\d+\]", text)
    assert page.locator(BOT).count() == 2
    assert "staten" in page.locator("#kallpanel").inner_text().lower()
    page.screenshot(path=str(artifacts / "app-foljdfraga.png"))


def test_refusal_shows_maybe_relevant(page) -> None:
    ask(page, "Vad kostar en glass på månen?")
    panel = page.locator("#kallpanel")
    panel.get_by_text("Kanske relevant").wait_for(timeout=10_000)
    assert "Jag hittar inget om det i underlagen." in panel.inner_text()
    page.locator("#rensa").click()
    page.wait_for_function(f"document.querySelectorAll('{BOT}').length === 0", timeout=10_000)


def test_upload_then_ask_about_it(page, app, tmp_path: Path, artifacts: Path) -> None:
    path = tmp_path / "solrosens-forskola.txt"
    path.write_text(SOLROS, encoding="utf-8")
    result = upload(page, path)
    assert "Inläst" in result
    assert (app.upload_dir / path.name).is_file()
    answer = ask(page, "Vad ska hända med Solrosens förskola?")
    assert "Solrosens förskola" in answer.inner_text()
    panel = page.locator("#kallpanel")
    assert panel.locator("#kalla-1 .titel").inner_text() == SOLROS_TITLE
    assert any("två nya avdelningar" in t for t in panel.locator("mark").all_inner_texts())
    page.screenshot(path=str(artifacts / "app-uppladdat.png"))


def test_document_text_is_inert(page, app, tmp_path: Path, artifacts: Path) -> None:
    path = tmp_path / "kvarnbacken.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    assert "Inläst" in upload(page, path)
    answer = ask(page, "Vad gäller för Kvarnbackens bibliotek?")
    page.wait_for_timeout(500)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    for src in ("x", "http://127.0.0.1:9/x.png"):
        assert page.locator(f'img[src="{src}"]').count() == 0
    assert not [url for url in page.requests_seen if "127.0.0.1:9/" in url]
    shown = answer.inner_text() + page.locator("#kallpanel").inner_text()
    assert "<script>window.__pwned=1</script>" in shown
    assert '<img src=x onerror="window.__pwned=2">' in shown
    assert "![bild](http://127.0.0.1:9/x.png)" in shown
    # the same text in the tables and lists of the other tabs stays text too
    open_tab(page, "Dokument")
    assert '<img src=x onerror="window.__pwned=2">' in page.locator("#dokumenttabell").inner_text()
    page.screenshot(path=str(artifacts / "app-dokument.png"), full_page=True)
    open_tab(page, "Fråga")
    page.locator("#filter").click()
    page.locator("#filter-dokument input").click()
    page.get_by_role("option", name='Kvarnbackens bibliotek <img src=x onerror="window.__pwned=2">').wait_for()
    page.wait_for_timeout(400)
    page.screenshot(path=str(artifacts / "app-inert-text.png"))
    page.keyboard.press("Escape")
    page.locator("#filter").click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator('img[src="x"]').count() == 0


def test_decision_register(page, artifacts: Path) -> None:
    open_tab(page, "Beslut")
    table = page.locator("#beslutstabell")
    newest = table.inner_text()
    assert "Barn- och utbildningsnämnden" in newest and "BN-2023-002581" not in newest  # newest meetings first
    page.locator("#beslut-sokord input, #beslut-sokord textarea").first.fill("MYRA 6:19")
    page.locator("#sok-beslut").click()
    page.wait_for_function("() => document.querySelector('#beslutstabell').innerText.includes('BN-2023-002581')",
                           timeout=30_000)
    text = table.inner_text()
    assert "§ 80" in text and "BN-2023-002581" in text and "avslår ansökan om bygglov" in text and "Avslag" in text
    page.screenshot(path=str(artifacts / "app-beslut.png"), full_page=True)
    open_tab(page, "Fråga")


def test_remove_document(page, app) -> None:
    title = SOLROS_TITLE
    stored = app.upload_dir / "solrosens-forskola.txt"
    assert stored.is_file()
    open_tab(page, "Dokument")
    choice = page.locator("#ta-bort-val input")
    choice.click()
    choice.fill("Förskolenämnden")
    page.get_by_role("option", name=title).click()
    page.locator("#ta-bort").click()
    wait_for_text(page, "#ta-bort-status", "är borttaget", 30_000)
    page.wait_for_function(f"() => !document.querySelector('#dokumenttabell').innerText.includes('{title}')",
                           timeout=30_000)
    assert not stored.exists()
    assert title not in [d["title"] for d in app.assistant.documents()]
    open_tab(page, "Fråga")
    ask(page, "Vad ska hända med Solrosens förskola?")
    assert title not in page.locator("#kallpanel").inner_text()


def test_no_requests_leave_the_app(page, app) -> None:
    """Fonts, scripts and images all come from the app itself (it works offline and tells no one)."""
    app_host = urlsplit(app.url).netloc
    hosts = {urlsplit(url).netloc for url in page.requests_seen if url.startswith(("http:", "https:", "ws:"))}
    assert hosts == {app_host}


def test_phone_width(app, browser, artifacts: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True, locale="sv-SE")
    page = context.new_page()
    page.goto(app.url)
    page.wait_for_selector("#fraga-text textarea", timeout=60_000)
    answer = ask(page, "Vad föreslås om välfärdsbrott?")
    assert re.search(r"\[\d+\]", answer.inner_text())
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    page.screenshot(path=str(artifacts / "app-mobil.png"))
    page.locator("#kallpanel").evaluate("element => element.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(artifacts / "app-mobil-kallor.png"))
    context.close()


def test_sessions_do_not_share_conversations(app, browser) -> None:
    first, second = browser.new_context(), browser.new_context()
    a, b = first.new_page(), second.new_page()
    for page in (a, b):
        page.goto(app.url)
        page.wait_for_selector("#fraga-text textarea", timeout=60_000)
    ask(a, "Vad föreslås om välfärdsbrott?")
    assert b.locator(BOT).count() == 0
    answer = ask(b, "och vad ska staten göra?")  # no earlier question in this session: not a follow-up
    assert a.locator(BOT).count() == 1
    assert "välfärdsbrott" not in b.locator("#chatt [data-testid=user]").last.inner_text()
    assert answer.inner_text()
    first.close()
    second.close()


@pytest.fixture(scope="module")
def locked_app(app):
    """The same index served with a login."""
    users = f"anna:sekreterare:{hash_password('hemligt-123')}"
    settings = dataclasses.replace(app.assistant.settings, users=users, port=free_port())
    demo, _, url = serve(app.assistant, settings, block=False, quiet=True)
    yield url
    demo.close()


def test_login_required(locked_app: str, app, browser, artifacts: Path) -> None:
    doc_id = app.assistant.documents()[0]["doc_id"]
    anonymous = httpx.get(locked_app).text.replace(" ", "")  # the login page: no components, no events
    assert '"auth_required":true' in anonymous and '"components":[]' in anonymous and '"dependencies":[]' in anonymous
    assert httpx.get(f"{locked_app}config").status_code == 401
    assert httpx.get(f"{locked_app}dokument/{doc_id}").status_code == 401
    assert httpx.post(f"{locked_app}gradio_api/call/fraga", json={"data": ["Vem justerar protokollet?"]}).status_code == 401
    with pytest.raises(Exception):
        Client(locked_app, verbose=False).predict("Vem justerar protokollet?", api_name="/fraga")
    # with the password everything works: the browser, the document route and the API
    assert Client(locked_app, auth=("anna", "hemligt-123"), verbose=False).predict(
        "vad föreslås om välfärdsbrott?", api_name="/fraga")["found"] is True
    context = browser.new_context(locale="sv-SE")
    page = context.new_page()
    page.goto(locked_app)
    page.locator("input[type=text]").fill("anna")
    page.locator("input[type=password]").fill("fel")
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_timeout(800)
    assert page.locator("#fraga-text").count() == 0
    page.goto(locked_app)
    page.locator("input[type=text]").fill("anna")
    page.locator("input[type=password]").fill("hemligt-123")
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_selector("#fraga-text textarea", timeout=60_000)
    response = page.request.get(f"{locked_app}dokument/{doc_id}")
    assert response.ok and response.text() == app.assistant.index.document_text(doc_id)
    page.screenshot(path=str(artifacts / "app-inloggad.png"))
    context.close()
