"""One archive with real documents in two collections, six users, and uvicorn serving it on loopback."""

from __future__ import annotations

import re
import socket
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn

from dossier import Archive
from dossier.accounts.users import Users
from dossier.entities.store import EntityStore
from dossier.web import create_app

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
PASSWORD = "correct horse battery"
# name -> (admin, {collection: role})
USERS = {
    "admin": (True, {}),
    "owner_a": (False, {"papers": "owner"}),
    "editor_a": (False, {"papers": "editor"}),
    "viewer_a": (False, {"papers": "viewer"}),
    "viewer_b": (False, {"partner": "viewer"}),
    "nobody": (False, {}),
    "locked": (False, {}),  # the rate-limit test uses up its attempts
}
SCRIPT_NAME = "<img src=x onerror=alert(1)>.txt"  # a leaked file's name is data too
SCRIPT_TEXT = 'They pasted this: <script>alert("xss")</script><img src="http://example.com/beacon.png"> 脚本'

HTML_LEAK = ('<html><head><title>Leak</title></head><body><h1>Internal memo</h1>'
             '<script>document.title="pwned"</script><img src="http://example.com/beacon.png">'
             '<p>Transfer to account 4471 before Friday.</p></body></html>')


@dataclass
class Site:
    """The running server and what the archive holds."""

    url: str
    root: Path
    docs: dict[str, str] = field(default_factory=dict)  # short name -> document ID

    def client(self, user: str | None = None) -> httpx.Client:
        """Return an HTTP client, signed in as ``user`` when given."""
        client = httpx.Client(base_url=self.url, follow_redirects=False, timeout=60)
        if user is not None:
            login(client, user)
        return client


def login_token(client: httpx.Client) -> str:
    """Return the CSRF token of the log-in form (and receive its cookie)."""
    page = client.get("/login")
    assert page.status_code == 200
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]


def login(client: httpx.Client, user: str, password: str = PASSWORD) -> httpx.Response:
    """Sign a client in; asserts the redirect to the collections list."""
    response = client.post("/login", data={"name": user, "password": password, "csrf": login_token(client)})
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/"
    return response


def csrf_of(client: httpx.Client, path: str = "/account") -> str:
    """Return the session's CSRF token as printed in a page's forms."""
    page = client.get(path)
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _build(root: Path, scratch: Path) -> dict[str, str]:
    scratch.mkdir()
    (scratch / "leak.html").write_text(HTML_LEAK)
    sentences = (CORPUS / "uyghur" / "ud-uyghur-udt" / "ug_udt_test_sentences.txt").read_text().splitlines()
    (scratch / "uyghur-notice.txt").write_text("\n".join(sentences[:40]) + "\n")
    with zipfile.ZipFile(scratch / "bundle.zip", "w") as bundle:
        bundle.writestr("minutes/会议纪要.txt", "乌鲁木齐会议纪要：关于加强社区管控的通知，二〇一九年三月。\n")
        # 努尔·白克力 is Nur Bekri of the partner's note: a name linked across collections and scripts.
        bundle.writestr("minutes/names.txt", "Attendance list: Aysha, Memet, Li Wei.\n列席：努尔·白克力。\n")
    (scratch / SCRIPT_NAME).write_text(SCRIPT_TEXT + "\n")
    (scratch / "partner-note.txt").write_text("Partner outlet only: the shipment manifest of Kashgar depot 7.\n"
                                              "Contact: depot7.keeper@partner-outlet.example\n"
                                              "Former chairman Nur Bekri inspected the depot in 2019.\n")
    with Archive.init(root) as archive:
        archive.ingest([CORPUS / "zh-docs" / "pdf" / "chinese_bond_prospectus_tables_page.pdf",
                        CORPUS / "zh-docs" / "provincial-work-reports-2025-docx" / "gov_work_report_2025_xinjiang.docx",
                        CORPUS / "ingest-fixtures" / "icij-extract" / "ocr_jbig2_scan.pdf",
                        scratch / "bundle.zip", scratch / "leak.html", scratch / "uyghur-notice.txt",
                        scratch / SCRIPT_NAME], "papers")
        archive.ingest([scratch / "partner-note.txt",
                        CORPUS / "zh-docs" / "pdf" / "chinese_bond_prospectus_tables_page.pdf"], "partner")
        archive.extract()
        EntityStore(archive).run()
        users = Users(archive.conn)
        for name, (admin, roles) in USERS.items():
            users.add(name, PASSWORD, admin=admin)
            for collection, role in roles.items():
                users.grant(name, collection, role)
        docs = {}
        for row in archive.conn.execute("SELECT id, path, collection FROM documents WHERE parent_id IS NULL"):
            docs[Path(row["path"]).name if row["collection"] == "papers" else "partner:" + Path(row["path"]).name] = \
                row["id"]
    return docs


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """Serve a fresh archive with uvicorn in a thread; yields the Site."""
    base = tmp_path_factory.mktemp("web")
    docs = _build(base / "archive", base / "src")
    app = create_app(base / "archive", secure_cookies=False, login_attempts=5)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start within 30 s"
        time.sleep(0.05)
    yield Site(f"http://127.0.0.1:{port}", base / "archive", docs)
    server.should_exit = True
    thread.join(30)


@pytest.fixture(scope="session")
def as_user(site: Site) -> Callable[[str], httpx.Client]:
    """Return signed-in clients, one per user name, reused across tests."""
    clients: dict[str, httpx.Client] = {}

    def get(name: str) -> httpx.Client:
        if name not in clients:
            clients[name] = site.client(name)
        return clients[name]

    yield get  # type: ignore[misc]
    for client in clients.values():
        client.close()
