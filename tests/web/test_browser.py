"""A reporter's path in Debian's headless chromium: log in, search Chinese, follow an entity, read a scanned page, upload a zip, log out."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

from .conftest import PASSWORD, Site

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Return Debian's chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing; install Debian's chromium (scripts/install does)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, site: Site) -> Iterator[Page]:
    """Return a fresh page that records console errors (a CSP violation shows up there)."""
    context = browser.new_context(base_url=site.url, locale="zh-CN")
    opened = context.new_page()
    errors: list[str] = []
    opened.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    opened.errors = errors  # type: ignore[attr-defined]
    yield opened
    context.close()


def _shot(page: Page, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5000
    return path


def _login(page: Page, user: str) -> None:
    page.goto("/login")
    page.fill("input[name=name]", user)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Collections")


def test_browser_reporter_flow(page: Page, site: Site, tmp_path: Path) -> None:
    _login(page, "admin")
    _shot(page, tmp_path, "01-collections")
    assert page.evaluate("typeof window.htmx") == "object"  # htmx from /static loaded under the CSP

    page.click("header nav a[href='/search']")
    page.fill("input[name=q]", "乌鲁木齐")
    page.click("#search-form button[type=submit]")
    expect(page.locator("#total")).to_contain_text("matching pages")
    expect(page.locator("#hits mark").first).to_have_text("乌鲁木齐")
    _shot(page, tmp_path, "02-search-chinese")

    page.goto(f"/d/{site.docs['gov_work_report_2025_xinjiang.docx']}")
    expect(page.locator("#page-text")).to_contain_text("新疆")
    _shot(page, tmp_path, "03-chinese-document")
    page.click("#entities a:text-is('乌鲁木齐')")
    expect(page.locator("#entity-name")).to_have_text("乌鲁木齐")
    expect(page.locator("#mentions")).to_contain_text("gov_work_report_2025_xinjiang.docx")
    _shot(page, tmp_path, "03b-entity")

    page.goto(f"/d/{site.docs['ocr_jbig2_scan.pdf']}?page=1")
    image = page.locator("#page-image")
    expect(image).to_be_visible()
    assert page.evaluate("document.getElementById('page-image').naturalWidth") > 100
    _shot(page, tmp_path, "04-scanned-page")

    page.goto(f"/d/{site.docs['uyghur-notice.txt']}")
    assert page.evaluate("getComputedStyle(document.getElementById('page-text')).direction") == "rtl"
    _shot(page, tmp_path, "05-uyghur")

    page.goto("/")
    page.fill("form[action='/collections'] input[name=name]", "desk")
    page.click("form[action='/collections'] button")
    expect(page.locator("h1")).to_have_text("desk")
    page.click("#upload-link")
    bundle = tmp_path / "喀什文件.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("喀什/通知.txt", "喀什地区关于流动人口登记的通知，二〇一八年。\n")
        archive.writestr("喀什/names.txt", "List of names for the registration drive.\n")
    page.set_input_files("input[name=files]", str(bundle))
    page.fill("input[name=note]", "handed over in person")
    page.click("#upload-form button[type=submit]")
    expect(page.locator("#job-stage")).to_have_text("done", timeout=180_000)  # htmx polls /jobs/ID/status
    expect(page.locator("#job-summary")).to_contain_text("2 read (2 pages)")
    _shot(page, tmp_path, "06-upload-done")

    page.goto("/search?q=%E5%96%80%E4%BB%80&collection=desk")
    expect(page.locator("#hits li")).to_have_count(1)

    page.click("#logout")
    expect(page.locator("h1")).to_have_text("Log in")
    page.goto("/")
    expect(page.locator("h1")).to_have_text("Log in")
    assert [e for e in page.errors if "Content Security Policy" in e] == []  # type: ignore[attr-defined]
    for name in ("02-search-chinese", "03-chinese-document", "04-scanned-page", "05-uyghur"):
        assert (tmp_path / f"{name}.png").exists()


def test_browser_viewer_cannot_see_other_collection(page: Page, site: Site) -> None:
    _login(page, "viewer_a")
    assert page.locator("#collections td a").all_inner_texts() == ["papers"]
    response = page.goto(f"/d/{site.docs['partner:partner-note.txt']}")
    assert response is not None and response.status == 404
    expect(page.locator("#error-message")).to_have_text(
        "There is nothing at this address, or you have no access to it.")
