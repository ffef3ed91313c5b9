"""A parser that hangs, crashes, balloons or phones home costs its own file, never the run.

The hostile behaviour comes from a test extractor registered in front of the real ones: it
reads plain-text files and, when the text asks for it, misbehaves the way a parser attacked
by a crafted file would. Everything around it — the pebble pool, the limits, the manager,
the catalog and custody log — is the real code path.
"""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from pathlib import Path

import pytest

from dossier import Archive
from dossier.extract import registry
from dossier.extract.base import Extraction, Extractor, Options, Page


class HostileExtractor(Extractor):
    """Reads text files; misbehaves when the text names a behaviour."""

    name = "hostile-test"
    mimes = frozenset({"text/plain"})

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        text = path.read_text()
        if text.startswith("HANG"):
            time.sleep(3600)
        if text.startswith("CRASH"):
            os.kill(os.getpid(), signal.SIGSEGV)
        if text.startswith("BALLOON"):
            hoard = [bytearray(64 << 20) for _ in range(64)]  # 4 GiB, past the 512 MiB cap
            return Extraction(self.name, pages=[Page(1, str(len(hoard)))])
        if text.startswith("PHONE"):
            port = int(text.split()[1])
            with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
                conn.sendall(b"leaked")
        return Extraction(self.name, pages=[Page(1, text)])


@pytest.fixture
def hostile_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put the hostile extractor first; workers are forked after this, so they see it too."""
    monkeypatch.setattr(registry, "EXTRACTORS", [HostileExtractor, *registry.EXTRACTORS])
    monkeypatch.setenv("DOSSIER_EXTRACT_TIMEOUT", "3")
    monkeypatch.setenv("DOSSIER_EXTRACT_TIMEOUT_PER_MIB", "0")
    monkeypatch.setenv("DOSSIER_EXTRACT_MEMORY", "512M")


def test_isolation_hostile_parsers_cost_only_their_file(tmp_path: Path, archive: Archive,
                                                         hostile_registry: None) -> None:
    received: list[bytes] = []
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def accept() -> None:
        server.settimeout(15)
        try:
            conn, _ = server.accept()
            received.append(conn.recv(100))
        except OSError:
            pass

    listener = threading.Thread(target=accept, daemon=True)
    listener.start()
    source = tmp_path / "in"
    source.mkdir()
    files = {"a-good.txt": "an ordinary memo about the budget\n", "b-hang.txt": "HANG\n",
             "c-crash.txt": "CRASH\n", "d-balloon.txt": "BALLOON\n", "e-phone.txt": f"PHONE {port}\n",
             "f-good.txt": "another ordinary memo\n"}
    for name, text in files.items():
        (source / name).write_text(text)
    archive.ingest([source], "c")
    started = time.monotonic()
    summary = archive.extract()
    elapsed = time.monotonic() - started
    listener.join(timeout=20)
    server.close()

    rows = {r["path"].split("/")[-1]: (r["status"], r["reason"]) for r in archive.conn.execute(
        "SELECT d.path, x.status, x.reason FROM documents d JOIN extractions x ON x.doc_id = d.id")}
    assert rows["a-good.txt"] == ("done", None)
    assert rows["f-good.txt"] == ("done", None)
    assert rows["b-hang.txt"][0] == "failed"
    assert "reading took longer than 3 s" in rows["b-hang.txt"][1]
    assert rows["c-crash.txt"][0] == "failed"
    assert "the parser crashed (worker exit code -11)" in rows["c-crash.txt"][1]
    assert rows["d-balloon.txt"][0] == "failed"
    assert "more memory than allowed" in rows["d-balloon.txt"][1]
    assert rows["e-phone.txt"][0] == "failed"
    assert "network access is disabled while reading documents" in rows["e-phone.txt"][1]
    assert received == []  # nothing reached the listener
    assert (summary.done, summary.failed) == (2, 4)
    assert elapsed < 60  # the hung worker was stopped, not waited for (its sleep is an hour)
    text = archive.conn.execute("SELECT text FROM pages p JOIN documents d ON d.id = p.doc_id "
                                "WHERE d.path LIKE '%f-good.txt'").fetchone()[0]
    assert text == "another ordinary memo\n"
    assert archive.verify().ok
