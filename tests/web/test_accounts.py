"""Users, roles and the audit log without the server: the `dossier user` commands, hashing, the append-only chain."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from dossier import Archive
from dossier.accounts import audit
from dossier.accounts.users import Users

RunCli = Callable[..., Result]


@pytest.fixture
def archive_dir(archive: Archive) -> Path:
    """Return an archive folder holding one collection, 'papers'."""
    archive.ensure_collection("papers")
    return archive.root


def test_user_add_hashes_with_argon2id_and_lists(archive_dir: Path, run_cli: RunCli) -> None:
    added = run_cli("-a", archive_dir, "user", "add", "ayse", "--admin", input="long enough pw\nlong enough pw\n")
    assert added.exit_code == 0
    assert added.output.endswith("Added user ayse (site admin).\n")
    conn = sqlite3.connect(archive_dir / "catalog.sqlite")
    stored = conn.execute("SELECT password FROM users WHERE name = 'ayse'").fetchone()[0]
    conn.close()
    assert stored.startswith("$argon2id$") and "long enough pw" not in stored
    listed = run_cli("-a", archive_dir, "--json", "user", "list")
    rows = json.loads(listed.output)
    assert [(r["name"], r["admin"], r["roles"]) for r in rows] == [("ayse", True, {})]


def test_user_add_refuses_short_password_and_duplicates(archive_dir: Path, run_cli: RunCli) -> None:
    short = run_cli("-a", archive_dir, "user", "add", "bilal", "--password", "short")
    assert short.exit_code == 1
    assert "the password for bilal is too short; use at least 10 characters" in short.output
    assert run_cli("-a", archive_dir, "user", "add", "bilal", "--password", "long enough pw").exit_code == 0
    again = run_cli("-a", archive_dir, "user", "add", "bilal", "--password", "long enough pw")
    assert again.exit_code == 1
    assert "user 'bilal' exists already; `dossier user list` shows the users" in again.output


def test_user_grant_and_revoke_are_audited(archive_dir: Path, run_cli: RunCli) -> None:
    run_cli("-a", archive_dir, "user", "add", "bilal", "--password", "long enough pw")
    granted = run_cli("-a", archive_dir, "user", "grant", "bilal", "papers", "viewer")
    assert (granted.exit_code, granted.output) == (0, "bilal is now viewer of papers.\n")
    listed = json.loads(run_cli("-a", archive_dir, "--json", "user", "list").output)
    assert listed[0]["roles"] == {"papers": "viewer"}
    revoked = run_cli("-a", archive_dir, "user", "revoke", "bilal", "papers")
    assert (revoked.exit_code, revoked.output) == (0, "bilal no longer has access to papers.\n")
    again = run_cli("-a", archive_dir, "user", "revoke", "bilal", "papers")
    assert again.exit_code == 1 and "bilal has no role in 'papers'" in again.output
    missing = run_cli("-a", archive_dir, "user", "grant", "bilal", "nowhere", "viewer")
    assert missing.exit_code == 1 and "no collection named 'nowhere'" in missing.output
    with Archive.open(archive_dir) as opened:
        rows = audit.rows(opened.conn)
    assert [(r["action"], r["collection"]) for r in rows] == [
        ("role.revoked", "papers"), ("role.granted", "papers"), ("user.added", None)]


def test_audit_log_refuses_update_and_delete(archive: Archive) -> None:
    archive.ensure_collection("papers")
    Users(archive.conn).add("ayse", "long enough pw", admin=True)
    for sql in ("UPDATE audit SET user = 'someone else'", "DELETE FROM audit"):
        with pytest.raises(sqlite3.IntegrityError, match="the audit log is append-only"):
            archive.conn.execute(sql)


def test_audit_chain_detects_an_edit_made_behind_the_app(archive: Archive) -> None:
    users = Users(archive.conn)
    users.add("ayse", "long enough pw", admin=True)
    archive.ensure_collection("papers")
    users.grant("ayse", "papers", "owner")
    users.revoke("ayse", "papers")
    assert audit.verify(archive.conn) is None
    archive.conn.execute("DROP TRIGGER audit_no_update")
    archive.conn.execute("UPDATE audit SET user = 'nobody' WHERE seq = 2")
    assert audit.verify(archive.conn) == 2


def test_audit_log_writer_commits_before_returning(archive: Archive) -> None:
    log = audit.AuditLog(archive.root / "catalog.sqlite")
    try:
        log.record("ayse", "10.0.0.7", "view", collection="papers", doc_id="ab" * 10, page=3)
        row = archive.conn.execute("SELECT user, ip, action, collection, doc_id, page FROM audit").fetchone()
    finally:
        log.close()
    assert tuple(row) == ("ayse", "10.0.0.7", "view", "papers", "ab" * 10, 3)


def test_audit_export_csv_and_json(archive: Archive) -> None:
    Users(archive.conn).add("ayse", "long enough pw")
    rows = audit.rows(archive.conn)
    csv_text = audit.export(rows, "csv")
    assert csv_text.splitlines()[0] == "seq,at,user,ip,action,collection,doc_id,page,detail,hash"
    assert csv_text.splitlines()[1].startswith("1,") and ",cli,local,user.added,,,," in csv_text
    assert json.loads(audit.export(rows, "json"))[0]["detail"] == '{"admin": false, "user": "ayse"}'


def test_authenticate_checks_password(archive: Archive) -> None:
    users = Users(archive.conn)
    users.add("ayse", "long enough pw")
    assert users.authenticate("ayse", "long enough pw").name == "ayse"  # type: ignore[union-attr]
    assert users.authenticate("ayse", "long enough pX") is None
    assert users.authenticate("nobody", "long enough pw") is None


def test_init_prints_hint_for_first_admin(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli("init", tmp_path / "new")
    assert result.exit_code == 0
    assert f"Create the first web app admin with `dossier -a {tmp_path / 'new'} user add NAME --admin`." in result.output


def test_serve_starts_the_app_and_hints_at_the_first_admin(archive_dir: Path) -> None:
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "dossier.cli", "-a", str(archive_dir), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline, page = time.monotonic() + 30, None
        while page is None and time.monotonic() < deadline:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/login")
            except httpx.TransportError:
                time.sleep(0.2)
        assert page is not None and page.status_code == 200
        assert "<h1>Log in</h1>" in page.text
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "No users yet: create the first admin with `dossier user add NAME --admin`." in stderr
