"""Crash safety: `dossier ingest` killed with SIGKILL at many points, then re-run, loses and doubles nothing.

A real `dossier ingest` runs as a subprocess over a few hundred small files, some files of
tens of MiB and a zip of 600 members with a nested zip. It is killed while the zip is being
unpacked, while a large blob is being written, right after a catalog commit and after a
random amount of work, interrupted once with Ctrl-C, and finally run to completion. The archive
must then hold every source file exactly once, every blob intact, one custody entry per
document and name, and pass `dossier verify`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

# The corpus is shared between checkouts and never copied into the repository.
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
ALEPH = CORPUS / "ingest-fixtures" / "aleph-ingest-file"
COLLECTION = "crash"
SMALL_FILES, REPEATED = 300, 20  # the last REPEATED small files repeat the content of the first ones
ZIP_MEMBERS, NESTED_MEMBERS = 600, 20
MIB = 1 << 20


def _make_source(folder: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Write the input tree; return {name: sha256} for files, zip members and nested-zip members."""
    rng = random.Random(20261129)
    files: dict[str, bytes] = {}
    for i in range(SMALL_FILES):
        files[f"src/docs/doc-{i:03}.bin"] = (rng.randbytes(rng.randint(40, 3000)) if i < SMALL_FILES - REPEATED
                                             else files[f"src/docs/doc-{i - (SMALL_FILES - REPEATED):03}.bin"])
    # Large enough that a temporary blob is seen growing (polled every 5 ms) even on a fast disk.
    for i, size in enumerate((48, 40, 24)):
        files[f"src/big/big-{i}.bin"] = rng.randbytes(size * MIB)
    for name in ("utf.txt", "example.pdf", "countries.csv"):
        files[f"src/real/{name}"] = (ALEPH / name).read_bytes()
    nested = {f"inner/{i:02}.txt": f"nested member {i}\n".encode() * 40 for i in range(NESTED_MEMBERS)}
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in nested.items():
            archive.writestr(name, data)
    members = {f"m/{i:04}.bin": rng.randbytes(rng.randint(500, 8000)) for i in range(ZIP_MEMBERS - 1)}
    members["nested.zip"] = inner.getvalue()
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    # Named so the walk meets it first: nothing after it commits before it is unpacked.
    files["src/bundle.zip"] = bundle.getvalue()
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def sha(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    return ({n: sha(d) for n, d in files.items()}, {n: sha(d) for n, d in members.items()},
            {n: sha(d) for n, d in nested.items()})


class Runs:
    """Starts `dossier ingest` as a subprocess and signals it when a condition on the archive holds."""

    def __init__(self, archive: Path, source: Path, logs: Path):
        self.archive = archive
        self.command = [sys.executable, "-m", "dossier.cli", "-a", str(archive), "ingest", str(source),
                        "-c", COLLECTION]
        # OCR and page rendering are off: a scanned corpus page takes 10-50 s to OCR on a busy
        # machine, and this test is about stopping and resuming ingest and extraction, which
        # the text-layer and plain-text readers exercise in a fraction of that time.
        self.env = {**os.environ, "DOSSIER_CHECKPOINT_EVERY": "150", "DOSSIER_WORKERS": "2",
                    "DOSSIER_OCR_ENGINES": "none", "DOSSIER_RENDER_PAGES": "0"}
        self.logs = logs
        self.count = 0

    def scalar(self, sql: str, *params: object) -> int:
        """Return one number from the catalog as the running process has committed it so far."""
        conn = sqlite3.connect(self.archive / "catalog.sqlite", timeout=10)
        try:
            return int(conn.execute(sql, params).fetchone()[0])
        except sqlite3.OperationalError:  # busy while a killed writer's journal is recovered
            return -1
        finally:
            conn.close()

    def run(self, trigger: Callable[[float], bool] | None = None, sig: int = signal.SIGKILL,
            timeout: float = 60) -> tuple[int, str, bool]:
        """Run once; send sig as soon as trigger(elapsed seconds) is true. Returns (exit code, output, fired)."""
        self.count += 1
        log_path = self.logs / f"run-{self.count}.log"
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT, env=self.env)
            start, fired = time.monotonic(), False
            try:
                while proc.poll() is None and time.monotonic() - start < timeout:
                    if trigger is not None and not fired and trigger(time.monotonic() - start):
                        proc.send_signal(sig)
                        fired = True
                    time.sleep(0.005)
                code = proc.wait(timeout=30)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
        return code, log_path.read_text(), fired


def _blob_count(blobs: Path) -> int:
    return sum(len(os.listdir(folder)) for folder in blobs.iterdir()) if blobs.exists() else 0


def _new_blobs_over(blobs: Path, count: int) -> Callable[[float], bool]:
    """Return a trigger for this run having stored more than count new blobs."""
    before = _blob_count(blobs)
    return lambda _elapsed: _blob_count(blobs) - before > count


def _new_tmp_file_over(tmp: Path, size: int) -> Callable[[float], bool]:
    """Return a trigger for a temporary blob, begun by this run, that has grown past size."""
    # Killed runs leave their temporary blobs behind; only one this run is writing counts.
    old = set(os.listdir(tmp)) if tmp.exists() else set()

    def trigger(_elapsed: float) -> bool:
        try:
            with os.scandir(tmp) as entries:
                return any(entry.name not in old and entry.stat().st_size > size for entry in entries)
        except FileNotFoundError:  # a temporary blob renamed into place between listing and stat
            return False

    return trigger


@pytest.mark.slow
def test_crash_ingest_killed_repeatedly_then_resumed_is_complete_and_verifies(tmp_path: Path) -> None:
    source = tmp_path / "input"
    files, members, nested = _make_source(source)
    archive = tmp_path / "archive"
    init = subprocess.run([sys.executable, "-m", "dossier.cli", "init", str(archive)], capture_output=True,
                          text=True, timeout=60)
    assert init.returncode == 0, init.stderr
    logs = tmp_path / "logs"
    logs.mkdir()
    runs = Runs(archive, source / "src", logs)
    member_blobs = [archive / "blobs" / s[:2] / s for s in members.values()]
    zip_committed = "SELECT COUNT(*) FROM documents WHERE path = 'src/bundle.zip' AND parent_id IS NULL"
    custody = "SELECT COUNT(*) FROM custody"
    ingested = custody + " WHERE json_extract(CAST(entry AS TEXT), '$.event') != 'extracted'"
    extracted = custody + " WHERE json_extract(CAST(entry AS TEXT), '$.event') = 'extracted'"
    # Random points measured in work done (new blobs stored), not in seconds: a fast machine
    # finishes what is left before a fixed delay runs out, and then nothing is killed.
    amounts = random.Random(6962).sample(range(5, 151), 2)
    kills: list[str] = []

    # 1. While the zip is being unpacked: member blobs appear, the zip has no catalog row yet.
    code, output, fired = runs.run(lambda _: sum(p.exists() for p in member_blobs) >= 60)
    assert (code, fired) == (-signal.SIGKILL, True), output
    stored_members = sum(p.exists() for p in member_blobs)
    assert 60 <= stored_members < len(member_blobs)
    assert runs.scalar(zip_committed) == 0
    kills.append("unpacking")

    # 2. After a random amount of work.
    code, output, fired = runs.run(_new_blobs_over(archive / "blobs", amounts[0]))
    assert code in (-signal.SIGKILL, 0), output
    kills += ["random amount"] if code == -signal.SIGKILL else []

    # 3. While a blob of tens of MiB is half written to the archive's tmp folder.
    code, output, fired = runs.run(_new_tmp_file_over(archive / "tmp", MIB))
    assert (code, fired) == (-signal.SIGKILL, True), output
    kills.append("large blob")

    # 4. After another random amount of work.
    code, output, fired = runs.run(_new_blobs_over(archive / "blobs", amounts[1]))
    assert code in (-signal.SIGKILL, 0), output
    kills += ["random amount"] if code == -signal.SIGKILL else []

    # 5. Right after a commit: the custody count has just grown past where this run started.
    before = runs.scalar(custody)
    code, output, fired = runs.run(lambda _: runs.scalar(custody) > before)
    if fired:
        assert code == -signal.SIGKILL, output
        kills.append("after commit")
    else:  # everything left fitted in this run's final commit
        assert code == 0, output

    # 6. Ctrl-C while files are being stored: a clean stop with the resume hint.
    code, output, fired = runs.run(_new_tmp_file_over(archive / "tmp", MIB), sig=signal.SIGINT)
    assert fired
    assert code == 130, output
    assert "Interrupted. Run the same command again to resume; nothing is lost or doubled." in output
    assert "Traceback" not in output

    assert len(kills) >= 4, kills
    if len(kills) == 4:  # a random-delay run finished first: one more kill, early in a run
        code, output, fired = runs.run(lambda elapsed: elapsed >= 0.3)
        assert (code, fired) == (-signal.SIGKILL, True), output
        kills.append("fixed delay")

    # 7. While the text of the stored documents is being read (ingest extracts after storing).
    before = runs.scalar(extracted)
    code, output, fired = runs.run(lambda _: runs.scalar(extracted) > before)
    assert (code, fired) == (-signal.SIGKILL, True), output
    assert runs.scalar(ingested) == 2 + len(files) + len(members) + len(nested)
    kills.append("extracting")
    assert len(kills) >= 6, kills

    # 8. The same command, run to the end.
    code, output, _ = runs.run()
    assert code == 0, output
    assert output.startswith(f"Ingested {len(files)} files into crash (0 unpacked from containers): "), output

    conn = sqlite3.connect(archive / "catalog.sqlite")
    conn.row_factory = sqlite3.Row
    try:
        # Every source file has exactly one name row, on the document holding its bytes.
        names = conn.execute(
            "SELECT n.name, d.sha256, COUNT(*) AS copies FROM names n JOIN documents d ON d.id = n.doc_id "
            "WHERE d.parent_id IS NULL GROUP BY n.name").fetchall()
        assert {r["name"]: r["copies"] for r in names} == {name: 1 for name in files}
        assert {r["name"]: r["sha256"] for r in names} == files
        top = conn.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents WHERE parent_id IS NULL").fetchone()
        assert tuple(top) == (len(set(files.values())), len(set(files.values())))
        assert len(set(files.values())) == len(files) - REPEATED

        # Members: one document each, with the member's bytes.
        zip_id = conn.execute("SELECT id FROM documents WHERE path = 'src/bundle.zip'").fetchone()[0]
        got = dict(conn.execute("SELECT path, sha256 FROM documents WHERE parent_id = ?", (zip_id,)).fetchall())
        assert got == members
        nested_id = conn.execute("SELECT id FROM documents WHERE parent_id = ? AND path = 'nested.zip'",
                                 (zip_id,)).fetchone()[0]
        got = dict(conn.execute("SELECT path, sha256 FROM documents WHERE parent_id = ?", (nested_id,)).fetchall())
        assert got == nested
        documents = [r[0] for r in conn.execute("SELECT id FROM documents")]
        assert len(documents) == len(set(files.values())) + len(members) + len(nested)
        assert conn.execute("SELECT COUNT(*) FROM documents WHERE status != 'stored'").fetchone()[0] == 0

        # Every blob is present and holds the bytes its name promises.
        for (sha,) in conn.execute("SELECT DISTINCT sha256 FROM documents"):
            with open(archive / "blobs" / sha[:2] / sha, "rb") as blob:
                assert hashlib.file_digest(blob, "sha256").hexdigest() == sha

        # One custody entry per received name, per unpacked member and per reading, never two.
        events = conn.execute(
            "SELECT json_extract(CAST(entry AS TEXT), '$.event') AS event, "
            "json_extract(CAST(entry AS TEXT), '$.doc') AS doc, "
            "json_extract(CAST(entry AS TEXT), '$.path') AS path FROM custody ORDER BY seq").fetchall()
        assert [e["event"] for e in events[:2]] == ["archive.created", "collection.created"]
        received = [(e["doc"], e["path"]) for e in events if e["event"] == "received"]
        unpacked = [e["doc"] for e in events if e["event"] == "unpacked"]
        read = [e["doc"] for e in events if e["event"] == "extracted"]
        assert len(received) == len(set(received)) == len(files)
        assert {path for _, path in received} == set(files)
        assert len(unpacked) == len(set(unpacked)) == len(members) + len(nested)
        assert len(read) == len(set(read))
        assert set(read) == set(documents)  # the reading resumed where it was killed
        assert len(events) == 2 + len(received) + len(unpacked) + len(read)
        total_entries = len(events)
    finally:
        conn.close()

    # verify passes, whatever temporary blobs the killed runs left behind.
    verify = subprocess.run([sys.executable, "-m", "dossier.cli", "-a", str(archive), "verify"],
                            capture_output=True, text=True, timeout=120)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert verify.stdout.startswith(f"OK: {total_entries} custody entries, ")
    assert "ERROR" not in verify.stdout
    leftovers = [p.name for p in (archive / "tmp").iterdir()]
    assert all(name.startswith("blob-") for name in leftovers), leftovers

    # A day later, a further run sweeps those leftovers (none is in the catalog), finds everything already
    # there and logs nothing new. One more stale file stands for a run killed while writing a large blob.
    (archive / "tmp" / "blob-stale").write_bytes(b"x" * 1000)
    day_ago = time.time() - 2 * 24 * 3600
    for path in (archive / "tmp").iterdir():
        os.utime(path, (day_ago, day_ago))
    stale = len(list((archive / "tmp").glob("blob-*")))
    again = subprocess.run(runs.command, capture_output=True, text=True, timeout=120, env=runs.env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(
        f"Ingested {len(files)} files into crash (0 unpacked from containers): 0 stored, 0 duplicates, "
        f"{len(files)} already there, 0 failed, 0 partial, 0 skipped.\n"
        f"Custody log: {total_entries} entries, checkpoint signed.\n"), again.stdout
    assert f"Removed {stale} temporary files (" in again.stdout
    assert not list((archive / "tmp").glob("blob-*"))
    assert runs.scalar(custody) == total_entries
    report = subprocess.run([sys.executable, "-m", "dossier.cli", "-a", str(archive), "--json", "verify"],
                            capture_output=True, text=True, timeout=120)
    assert json.loads(report.stdout)["ok"] is True
