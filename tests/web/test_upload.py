"""Upload into a collection: files land in the background ingest, progress is polled, the result is searchable."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable

import httpx
from lxml import html

from dossier.web.jobs import safe_name

from .conftest import Site, csrf_of

Client = Callable[[str], httpx.Client]


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as bundle:
        bundle.writestr("notes/伊犁报告.txt", "伊犁州边境检查站的值班记录，二〇二〇年五月。\n")
        bundle.writestr("notes/roster.txt", "Duty roster for checkpoint 12, May 2020.\n")
    return buf.getvalue()


def _wait(client: httpx.Client, job_id: str) -> dict:
    deadline = time.monotonic() + 180
    while True:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["stage"] in ("done", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.5)


def test_safe_name_drops_folders_and_control_characters() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\leak.pdf") == "leak.pdf"
    assert safe_name("..\x00hidden\n.txt") == "hidden.txt"
    assert safe_name("") == "upload"


def test_upload_zip_is_ingested_in_background_and_searchable(site: Site, as_user: Client) -> None:
    admin = as_user("admin")
    created = admin.post("/collections", data={"name": "inbox", "csrf": csrf_of(admin)})
    assert (created.status_code, created.headers["location"]) == (303, "/c/inbox")
    form = html.fromstring(admin.get("/c/inbox/upload").text)
    csrf = form.xpath('//form[@id="upload-form"]//input[@name="csrf"]/@value')[0]
    response = admin.post("/c/inbox/upload", data={"csrf": csrf, "note": "from a source, 2026-11-29"},
                          files=[("files", ("../../drop.zip", _zip(), "application/zip"))])
    assert response.status_code == 303
    job_id = response.headers["location"].removeprefix("/jobs/")
    page = html.fromstring(admin.get(f"/jobs/{job_id}").text)
    assert page.xpath('//ul/li/text()') == ["drop.zip"]
    job = _wait(admin, job_id)
    assert job["stage"] == "done", job
    assert job["summary"] == {"files": 1, "members": 2, "stored": 3, "duplicates": 0, "failed": 0, "read": 2,
                              "pages": 2, "unreadable": 0}
    status = html.fromstring(admin.get(f"/jobs/{job_id}/status").text)
    assert status.get("data-stage") == "done" and status.get("hx-get") is None  # polling stops when done
    found = admin.get("/api/search", params={"q": "伊犁", "collection": "inbox"}).json()
    assert found["total"] == 1 and found["hits"][0]["name"] == "notes/伊犁报告.txt"
    audit = admin.get("/api/audit", params={"collection": "inbox"}).json()["rows"]
    assert [r["action"] for r in audit][:3] == ["search", "upload", "role.granted"]


def test_upload_job_hidden_from_others(site: Site, as_user: Client) -> None:
    editor = as_user("editor_a")
    response = editor.post("/api/collections/papers/upload", data={"csrf": csrf_of(editor)},
                           files=[("files", ("tiny.txt", b"A tiny note about nothing.\n", "text/plain"))])
    assert response.status_code == 202
    job = response.json()
    assert (job["user"], job["collection"], job["files"]) == ("editor_a", "papers", ["tiny.txt"])
    assert as_user("viewer_a").get(f"/api/jobs/{job['id']}").status_code == 404
    assert as_user("viewer_b").get(f"/jobs/{job['id']}").status_code == 404
    assert as_user("owner_a").get(f"/api/jobs/{job['id']}").status_code == 200
    assert _wait(editor, job["id"])["stage"] == "done"


def test_upload_refused_to_viewers(as_user: Client) -> None:
    viewer = as_user("viewer_a")
    response = viewer.post("/c/papers/upload", data={"csrf": csrf_of(viewer)},
                           files=[("files", ("x.txt", b"x", "text/plain"))])
    assert response.status_code == 403
    assert "Your role in this collection is viewer; this needs editor or more." in response.text
