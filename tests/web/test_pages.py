"""Every page over HTTP against uvicorn: content, escaping, headers, downloads, audit rows, errors."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx
from lxml import html

from dossier import Archive
from dossier.web.app import CSP
from dossier.web.errors import NOT_FOUND

from .conftest import PASSWORD, SCRIPT_NAME, Site, csrf_of, login_token

Client = Callable[[str], httpx.Client]


def _doc(page: httpx.Response) -> html.HtmlElement:
    assert page.headers["content-type"].startswith("text/html")
    return html.fromstring(page.text)


def _audit(site: Site, action: str, user: str) -> list[sqlite3.Row]:
    conn = sqlite3.connect(site.root / "catalog.sqlite")
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM audit WHERE action = ? AND user = ? ORDER BY seq", (action, user)).fetchall()
    finally:
        conn.close()


def test_login_sets_httponly_samesite_strict_cookie(site: Site) -> None:
    with site.client() as client:
        token = login_token(client)
        response = client.post("/login", data={"name": "viewer_a", "password": PASSWORD, "csrf": token})
        client.post("/logout", data={"csrf": csrf_of(client)})
    assert response.status_code == 303
    cookie = [c for c in response.headers.get_list("set-cookie") if c.startswith("dossier_session=")][0]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # the test server runs with DOSSIER_WEB_SECURE_COOKIES off (plain http)


def test_login_wrong_password_is_refused_with_message(site: Site) -> None:
    with site.client() as client:
        response = client.post("/login", data={"name": "viewer_a", "password": "wrong password!",
                                               "csrf": login_token(client)})
    assert response.status_code == 401
    assert _doc(response).get_element_by_id("login-message").text == "That name and password do not match."
    assert "dossier_session" not in response.headers.get("set-cookie", "")


def test_login_rate_limited_after_five_failures(site: Site) -> None:
    with site.client() as client:
        for _ in range(5):
            token = login_token(client)
            assert client.post("/login", data={"name": "locked", "password": "guess-guess",
                                               "csrf": token}).status_code == 401
        token = login_token(client)
        response = client.post("/login", data={"name": "locked", "password": PASSWORD, "csrf": token})
    assert response.status_code == 429
    assert _doc(response).get_element_by_id("error-message").text == \
        "Too many failed attempts; wait 15 minutes and try again."


def test_login_without_csrf_token_is_refused(site: Site) -> None:
    with site.client() as client:
        client.get("/login")
        response = client.post("/login", data={"name": "viewer_a", "password": PASSWORD})
    assert response.status_code == 403
    assert "did not come from this site" in _doc(response).get_element_by_id("error-message").text


def test_forms_refuse_missing_or_wrong_csrf(as_user: Client) -> None:
    client = as_user("viewer_a")
    for data in ({"label": "x"}, {"label": "x", "csrf": "forged"}):
        response = client.post("/account/tokens", data=data)
        assert response.status_code == 403
        assert _doc(response).get_element_by_id("error-message").text == \
            "The form was stale or did not come from this site; reload the page and try again."
    assert client.post("/account/tokens", data={"label": "ok", "csrf": csrf_of(client)}).status_code == 200


def test_pages_redirect_to_login_without_session(site: Site) -> None:
    with site.client() as client:
        for path in ("/", "/search?q=x", "/audit", "/account"):
            response = client.get(path)
            assert (response.status_code, response.headers["location"]) == (303, "/login"), path
        api = client.get("/api/collections")
    assert api.status_code == 401
    assert api.json() == {"error": "Sign in to continue.", "status": 401}


def test_collections_list_shows_only_collections_with_a_role(as_user: Client) -> None:
    def names(user: str) -> list[str]:
        page = _doc(as_user(user).get("/"))
        return [a.text for a in page.xpath('//table[@id="collections"]//td[1]/a')]

    # The browser and upload tests add 'desk' and 'inbox' (both admin-only) when they run first.
    assert {"papers", "partner"} <= set(names("admin")) <= {"papers", "partner", "desk", "inbox"}
    assert names("viewer_a") == ["papers"]
    assert names("viewer_b") == ["partner"]
    assert names("nobody") == []
    assert "You have no role in any collection yet" in as_user("nobody").get("/").text


def test_collection_overview_lists_documents_types_and_languages(site: Site, as_user: Client) -> None:
    page = _doc(as_user("viewer_a").get("/c/papers"))
    names = [a.text for a in page.xpath('//table[@id="documents"]//td[1]/a')]
    assert "gov_work_report_2025_xinjiang.docx" in names and "bundle.zip" in names
    assert "minutes/会议纪要.txt" in names  # members of the zip are listed with their path inside it
    facets = page.text_content()
    assert "application/pdf" in facets and "zh" in facets and "ug" in facets
    assert page.get_element_by_id("progress").text_content().split()[:2] == ["9", "stored"]


def test_document_viewer_shows_chinese_text_beside_metadata(site: Site, as_user: Client) -> None:
    page = _doc(as_user("viewer_a").get(f"/d/{site.docs['gov_work_report_2025_xinjiang.docx']}"))
    text = page.get_element_by_id("page-text")
    assert text.get("lang") == "zh" and text.get("dir") == "auto"
    assert "新疆" in text.text_content()
    assert page.xpath('//table[@id="metadata"]//th[text()="SHA-256"]')


def test_document_viewer_scanned_page_has_image_thumbs_and_ocr_text(site: Site, as_user: Client) -> None:
    client = as_user("viewer_a")
    doc_id = site.docs["ocr_jbig2_scan.pdf"]
    page = _doc(client.get(f"/d/{doc_id}?page=1"))
    assert page.get_element_by_id("page-image").get("src") == f"/d/{doc_id}/pages/1/image"
    assert page.xpath('//nav[@id="thumbs"]//img/@src')[0] == f"/d/{doc_id}/pages/1/thumb"
    assert page.get_element_by_id("page-text").text_content().strip()
    for kind in ("image", "thumb"):
        image = client.get(f"/d/{doc_id}/pages/1/{kind}")
        assert image.status_code == 200 and image.headers["content-type"] == "image/png"
        assert image.content.startswith(b"\x89PNG\r\n\x1a\n")


def test_document_viewer_uyghur_text_is_right_to_left(site: Site, as_user: Client) -> None:
    page = _doc(as_user("viewer_a").get(f"/d/{site.docs['uyghur-notice.txt']}"))
    text = page.get_element_by_id("page-text")
    assert (text.get("lang"), text.get("dir")) == ("ug", "rtl")


def test_document_viewer_shows_zip_children_and_parent(site: Site, as_user: Client) -> None:
    client = as_user("viewer_a")
    page = _doc(client.get(f"/d/{site.docs['bundle.zip']}"))
    children = page.xpath('//ul[@id="children"]/li/a')
    assert sorted(a.text for a in children) == ["minutes/names.txt", "minutes/会议纪要.txt"]
    child = _doc(client.get(children[0].get("href")))
    assert child.get_element_by_id("parent").get("href") == f"/d/{site.docs['bundle.zip']}"


def test_document_markup_in_names_and_text_stays_inert(site: Site, as_user: Client) -> None:
    response = as_user("viewer_a").get(f"/d/{site.docs[SCRIPT_NAME]}")
    page = _doc(response)
    assert page.xpath("//h1")[0].text == SCRIPT_NAME
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in response.text
    # libmagic calls the text HTML, so it is read as a web page: the script is dropped, never run.
    assert page.get_element_by_id("page-text").text_content().split() == ["They", "pasted", "this:", "脚本"]
    assert page.xpath("//script/@src") == ["/static/htmx.min.js"]
    assert len(page.xpath("//script")) == 1
    assert not page.xpath('//img[starts-with(@src, "http")]') and not page.xpath("//img[@onerror]")


def test_html_document_is_read_as_text_and_downloaded_inert(site: Site, as_user: Client) -> None:
    client = as_user("viewer_a")
    doc_id = site.docs["leak.html"]
    page = _doc(client.get(f"/d/{doc_id}"))
    assert "Transfer to account 4471 before Friday." in page.get_element_by_id("page-text").text_content()
    assert len(page.xpath("//script")) == 1 and not page.xpath('//img[starts-with(@src, "http")]')
    download = client.get(f"/d/{doc_id}/download")
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["content-disposition"] == 'attachment; filename="leak.html"'
    assert download.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in download.headers["content-security-policy"]
    conn = sqlite3.connect(site.root / "catalog.sqlite")
    sha = conn.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    conn.close()
    assert hashlib.sha256(download.content).hexdigest() == sha
    rows = _audit(site, "download", "viewer_a")
    assert rows[-1]["doc_id"] == doc_id and rows[-1]["ip"] == "127.0.0.1" and rows[-1]["collection"] == "papers"


def test_download_of_non_ascii_name_uses_rfc5987_filename(site: Site, as_user: Client) -> None:
    client = as_user("viewer_a")
    page = _doc(client.get(f"/d/{site.docs['bundle.zip']}"))
    child = [a for a in page.xpath('//ul[@id="children"]/li/a') if a.text.endswith("会议纪要.txt")][0]
    download = client.get(child.get("href") + "/download")
    assert download.headers["content-disposition"] == \
        "attachment; filename*=utf-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.txt"
    assert download.content.decode() == "乌鲁木齐会议纪要：关于加强社区管控的通知，二〇一九年三月。\n"


def test_search_chinese_term_gives_snippets_with_marks_and_facets(site: Site, as_user: Client) -> None:
    page = _doc(as_user("viewer_a").get("/search", params={"q": "乌鲁木齐"}))
    assert page.get_element_by_id("total").text.endswith("matching pages")
    assert int(page.get_element_by_id("total").text.split()[0]) >= 1
    marks = page.xpath('//ol[@id="hits"]//mark/text()')
    assert "乌鲁木齐" in "".join(marks)
    links = page.xpath('//ol[@id="hits"]/li/a/@href')
    assert f"/d/{[i for n, i in site.docs.items() if n == 'bundle.zip'][0]}" not in links  # pages, not the zip
    assert any(link.endswith("?page=1") for link in links)
    facet_text = page.get_element_by_id("facets").text_content()
    assert "zh" in facet_text and "papers" in facet_text
    rows = _audit(site, "search", "viewer_a")
    assert rows[-1]["detail"].startswith('{"query": "乌鲁木齐"')


def test_search_syntax_error_is_shown_with_400(as_user: Client) -> None:
    response = as_user("viewer_a").get("/search", params={"q": '"unclosed'})
    assert response.status_code == 400
    assert _doc(response).get_element_by_id("query-error").text.startswith("")
    assert "character" in _doc(response).get_element_by_id("query-error").text


def test_viewing_a_page_writes_an_audit_row(site: Site, as_user: Client) -> None:
    doc_id = site.docs["chinese_bond_prospectus_tables_page.pdf"]
    as_user("viewer_a").get(f"/d/{doc_id}?page=1")
    row = _audit(site, "view", "viewer_a")[-1]
    assert (row["doc_id"], row["page"], row["collection"], row["ip"]) == (doc_id, 1, "papers", "127.0.0.1")


def test_every_response_carries_the_security_headers(site: Site, as_user: Client) -> None:
    client = as_user("viewer_a")
    for path in ("/", "/login", "/api/collections", "/d/0000000000000000ffff", "/static/dossier.css"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP, path
        assert "frame-ancestors 'none'" in CSP and "script-src 'self'" in CSP and "unsafe-inline" not in CSP
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-frame-options"] == "DENY"


def test_errors_are_plain_pages_and_json_without_tracebacks(as_user: Client) -> None:
    client = as_user("viewer_a")
    page = client.get("/d/0123456789abcdef0123")
    assert page.status_code == 404
    assert _doc(page).get_element_by_id("error-message").text == NOT_FOUND
    api = client.get("/api/documents/0123456789abcdef0123")
    assert (api.status_code, api.json()) == (404, {"error": NOT_FOUND, "status": 404})
    bad = client.get("/api/search", params={"q": "x", "limit": "many"})
    assert (bad.status_code, bad.json()["error"]) == (400, "These parameters are missing or malformed: limit.")
    for response in (page, api, bad):
        assert "Traceback" not in response.text and "File \"" not in response.text


def test_no_path_traversal_through_parameters(site: Site, as_user: Client) -> None:
    client = as_user("admin")
    doc_id = site.docs["leak.html"]
    for path in ("/d/..%2F..%2Fcatalog.sqlite/download", f"/d/{doc_id}/pages/..%2F..%2Fkeys/image",
                 "/static/..%2Fcatalog.sqlite", "/static/%2e%2e/%2e%2e/catalog.sqlite", "/c/..%2F..%2Fetc",
                 f"/d/{doc_id.upper()}", f"/d/{doc_id}%00/download"):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert b"SQLite format" not in response.content and b"PRIVATE" not in response.content


def test_audit_page_and_export_for_admin(site: Site, as_user: Client) -> None:
    client = as_user("admin")
    page = _doc(client.get("/audit"))
    assert page.get_element_by_id("chain").text == "Hash chain intact."
    export = client.get("/audit/export", params={"format": "csv"})
    assert export.headers["content-disposition"] == 'attachment; filename="dossier-audit.csv"'
    header = export.text.splitlines()[0]
    assert header == "seq,at,user,ip,action,collection,doc_id,page,detail,hash"
    data = client.get("/audit/export", params={"format": "json"}).json()
    assert {"role.granted", "user.added"} <= {r["action"] for r in data}


def test_audit_page_refused_to_viewers(as_user: Client) -> None:
    response = as_user("viewer_a").get("/audit")
    assert response.status_code == 403
    assert _doc(response).get_element_by_id("error-message").text == \
        "The audit log is shown to collection owners and admins."


def test_api_token_authenticates_scripts(site: Site, as_user: Client) -> None:
    client = as_user("viewer_b")
    page = _doc(client.post("/account/tokens", data={"label": "nightly", "csrf": csrf_of(client)}))
    token = page.get_element_by_id("new-token").text
    assert token.startswith("dsr_")
    with httpx.Client(base_url=site.url) as script:
        me = script.get("/api/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json() == {"name": "viewer_b", "admin": False, "collections": {"partner": "viewer"}}
        bad = script.get("/api/me", headers={"Authorization": "Bearer dsr_forged"})
        assert bad.status_code == 401
    conn = sqlite3.connect(site.root / "catalog.sqlite")
    stored = [r[0] for r in conn.execute("SELECT token_sha256 FROM api_tokens")]
    conn.close()
    assert token not in stored and hashlib.sha256(token.encode()).hexdigest() in stored


def test_logout_ends_the_session(site: Site) -> None:
    client = site.client("viewer_a")
    try:
        cookie = client.cookies["dossier_session"]
        response = client.post("/logout", data={"csrf": csrf_of(client)})
        assert (response.status_code, response.headers["location"]) == (303, "/login")
        client.cookies.clear()
        client.cookies.set("dossier_session", cookie)  # the old cookie, replayed, no longer works
        assert client.get("/").status_code == 303
    finally:
        client.close()


def test_api_docs_page_lists_operations(as_user: Client) -> None:
    page = _doc(as_user("viewer_a").get("/api/docs"))
    paths = page.xpath('//table[@id="operations"]//td[2]/code/text()')
    assert "/api/search" in paths and "/api/documents/{doc_id}" in paths
    assert re.search(r"/api/openapi\.json", page.text_content())


def test_batch_search_returns_csv_of_visible_hits(site: Site, as_user: Client) -> None:
    client = as_user("viewer_a")
    response = client.post("/search/batch", data={"csrf": csrf_of(client, "/search")},
                           files={"queries": ("queries.txt", "# names to check\n乌鲁木齐\nKashgar\n".encode(), "text/plain")})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="search-results.csv"'
    lines = response.text.splitlines()
    assert lines[0] == "query,total,doc,name,collection,page,snippet,error"
    assert sorted(line.split(",")[3] for line in lines[1:] if line.startswith("乌鲁木齐")) == \
        ["gov_work_report_2025_xinjiang.docx", "minutes/会议纪要.txt"]
    assert lines[-1] == "Kashgar,0,,,,,,"  # the partner collection's note stays hidden


def test_unexpected_error_is_a_plain_500_with_headers(site: Site) -> None:
    import asyncio

    from dossier.web import create_app

    app = create_app(site.root, secure_cookies=False)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret detail /etc/leak")

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.get("/boom")

    try:
        response = asyncio.run(fetch())
    finally:
        app.state.web.close()
    assert response.status_code == 500
    assert _doc(response).get_element_by_id("error-message").text == \
        "Something went wrong on our side; the error was logged."
    assert "secret detail" not in response.text and "Traceback" not in response.text
    assert response.headers["content-security-policy"] == CSP


def test_missing_blob_is_a_clear_500_not_a_crash(archive: Archive, tmp_path: Path) -> None:
    import asyncio

    from dossier.accounts.users import Users
    from dossier.web import create_app

    (tmp_path / "memo.txt").write_text("A memo whose stored copy will go missing.\n")
    archive.ingest([tmp_path / "memo.txt"], "papers")
    Users(archive.conn).add("ayse", PASSWORD, admin=True)
    row = archive.conn.execute("SELECT id, sha256 FROM documents").fetchone()
    archive.blobs.path(row["sha256"]).unlink()
    app = create_app(archive.root, secure_cookies=False)

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            page = await client.get("/login")
            token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
            await client.post("/login", data={"name": "ayse", "password": PASSWORD, "csrf": token})
            return await client.get(f"/d/{row['id']}/download")

    try:
        response = asyncio.run(fetch())
    finally:
        app.state.web.close()
    assert response.status_code == 500
    assert _doc(response).get_element_by_id("error-message").text == \
        "The stored file is missing from the archive; an administrator should run `dossier verify`."
    assert row["sha256"] not in response.text


def test_viewer_lists_entities_and_links_to_their_pages(site: Site, as_user: Client) -> None:
    client = as_user("viewer_a")
    page = _doc(client.get(f"/d/{site.docs['gov_work_report_2025_xinjiang.docx']}?page=1"))
    links = {a.text: a.get("href") for a in page.xpath('//aside[@id="entities"]//a')}
    assert "乌鲁木齐" in links
    entity = _doc(client.get(links["乌鲁木齐"]))
    assert entity.get_element_by_id("entity-name").text == "乌鲁木齐"
    docs = entity.xpath('//table[@id="mentions"]//td[1]/a/text()')
    assert "gov_work_report_2025_xinjiang.docx" in docs
    row = _audit(site, "entity", "viewer_a")[-1]
    assert row["detail"].startswith('{"entity": ' + links["乌鲁木齐"].rsplit("/", 1)[1] + ",")
