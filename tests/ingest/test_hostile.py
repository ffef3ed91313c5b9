"""Hostile input: path traversal, links, bombs, deep nesting, encryption, damage, unreadable files.

Every hostile container is built here with zipfile, tarfile and gzip (or the zip tool),
ingested for real, and checked for what the catalog records, what the blob store holds,
that nothing appeared anywhere outside the archive, and that `verify` still passes.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from dossier import Archive
from dossier.ingest.manager import IngestSummary
from dossier.ingest.unpack import human

SLIP_NAMES = {
    "../../evil.txt": "member name '../../evil.txt' climbs out of the container (path traversal)",
    "/etc/passwd": "member name '/etc/passwd' is an absolute path",
    "C:\\evil.txt": "member name 'C:\\\\evil.txt' is an absolute path",
    "a/../../b": "member name 'a/../../b' climbs out of the container (path traversal)",
}
NAME_ONLY = "; kept as a name only, nothing was written outside the archive"
LINK_SKIPPED = "symbolic link inside an input folder; not followed, so nothing outside the folder is read"
ENCRYPTED_MEMBER = "member is password-protected; its bytes stay inside the preserved container"
ARCHIVE_ENTRIES = {"DOSSIER", "blobs", "catalog.sqlite", "catalog.sqlite-shm", "catalog.sqlite-wal", "index",
                   "keys", "tmp"}
MiB = 1 << 20


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _rows(archive: Archive) -> dict[str, dict]:
    """Return every document by its path (tests below keep paths unique unless they say otherwise)."""
    return {r["path"]: dict(r) for r in archive.conn.execute("SELECT * FROM documents ORDER BY rowid")}


def _blob_bytes(archive: Archive) -> list[bytes]:
    return [p.read_bytes() for p in sorted((archive.root / "blobs").rglob("*")) if p.is_file()]


def _assert_clean(archive: Archive) -> None:
    """Check that verify passes and the archive folder holds only its own files, no unpacked names."""
    report = archive.verify()
    assert report.ok, report.findings
    assert {p.name for p in archive.root.iterdir()} <= ARCHIVE_ENTRIES
    assert list((archive.root / "tmp").iterdir()) == []  # no half-written blob left behind
    for path in (archive.root / "blobs").rglob("*"):
        if path.is_file():
            assert path.name == _sha256(path.read_bytes()), path


def _snapshot(roots: list[Path], skip: Path) -> dict[str, tuple]:
    """Return type, size and content hash of everything under roots (not following links), minus skip."""
    seen: dict[str, tuple] = {}
    for root in roots:
        for folder, dirs, files in os.walk(root):
            here = Path(folder)
            dirs[:] = [d for d in dirs if here / d != skip]
            for name in dirs + files:
                path = here / name
                info = path.lstat()
                if path.is_symlink():
                    seen[str(path)] = ("link", os.readlink(path))
                elif path.is_file():
                    seen[str(path)] = ("file", info.st_size, _sha256(path.read_bytes()))
                else:
                    seen[str(path)] = ("dir",)
    return seen


def _outside_state(tmp_path: Path) -> dict[str, object]:
    """Return what a traversal or an absolute member name could have changed outside the archive."""
    state: dict[str, object] = {"tree": _snapshot([tmp_path], tmp_path / "archive"),
                                "session": sorted(os.listdir(tmp_path.parent))}
    # Folders shared with other processes are checked only for the names a hostile member could create.
    for parent in (tmp_path.parent.parent, Path("/tmp"), Path("/")):
        for name in ("evil.txt", "C:\\evil.txt", "b", "planted.txt"):
            state[str(parent / name)] = (parent / name).exists()
    for target in (Path("/etc/passwd"), Path("/etc/shadow")):
        state[str(target)] = _sha256(target.read_bytes()) if target.exists() else None
    return state


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test from a folder two levels down in tmp_path, so '../../x' written by mistake lands in view."""
    path = tmp_path / "work" / "a" / "b"
    path.mkdir(parents=True)
    monkeypatch.chdir(path)
    return path


# -- names and links that point outside ---------------------------------------------


def _slip_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as container:
        for name in SLIP_NAMES:
            container.writestr(name, f"payload of {name}".encode())
        container.writestr("fine/ok.txt", b"an ordinary member")


def _slip_tar(path: Path) -> None:
    with tarfile.open(path, "w") as container:
        for name in [*SLIP_NAMES, "fine/ok.txt"]:
            data = f"payload of {name}".encode() if name in SLIP_NAMES else b"an ordinary member"
            info = tarfile.TarInfo(name)
            info.size = len(data)
            container.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("make", [_slip_zip, _slip_tar], ids=["zip", "tar"])
def test_ingest_traversal_names_kept_as_names(make, archive: Archive, tmp_path: Path, workdir: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    make(inbox / "slip")
    before = _outside_state(tmp_path)
    summary = archive.ingest([inbox], "c")
    assert _outside_state(tmp_path) == before
    rows = _rows(archive)
    assert rows["inbox/slip"]["status"] == "stored"
    for name, problem in SLIP_NAMES.items():
        row = rows[name]
        assert (row["status"], row["reason"]) == ("stored", problem + NAME_ONLY), name
        assert row["parent_id"] == rows["inbox/slip"]["id"]
        assert archive.blobs.path(row["sha256"]).read_bytes() == f"payload of {name}".encode()
    assert (rows["fine/ok.txt"]["status"], rows["fine/ok.txt"]["reason"]) == ("stored", None)
    assert summary.members == 5
    _assert_clean(archive)


def _link(container: tarfile.TarFile, name: str, kind: bytes, target: str) -> None:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    container.addfile(info)


def test_ingest_tar_links_not_followed(archive: Archive, tmp_path: Path, workdir: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with tarfile.open(inbox / "links.tar", "w") as container:
        _link(container, "up", tarfile.SYMTYPE, "../../etc/passwd")
        _link(container, "abs", tarfile.SYMTYPE, "/etc/shadow")
        _link(container, "hard-up", tarfile.LNKTYPE, "../../etc/passwd")
        _link(container, "hard-abs", tarfile.LNKTYPE, "/etc/shadow")
        _link(container, "docs/near", tarfile.SYMTYPE, "../real.txt")
        # The classic two-step: a link to a folder outside, then a file "inside" that link.
        _link(container, "escape", tarfile.SYMTYPE, str(tmp_path / "work"))
        data = b"written through the link?"
        info = tarfile.TarInfo("escape/planted.txt")
        info.size = len(data)
        container.addfile(info, io.BytesIO(data))
    before = _outside_state(tmp_path)
    summary = archive.ingest([inbox], "c")
    assert _outside_state(tmp_path) == before
    assert not (tmp_path / "work" / "planted.txt").exists()
    got = {path: (row["status"], row["reason"], row["sha256"]) for path, row in _rows(archive).items()}
    outside = "points outside the container; not followed"
    assert got == {
        "inbox/links.tar": ("stored", None, _sha256((inbox / "links.tar").read_bytes())),
        "up": ("skipped", f"link to '../../etc/passwd' {outside}", None),
        "abs": ("skipped", "link to absolute path '/etc/shadow', outside the container; not followed", None),
        "hard-up": ("skipped", f"link to '../../etc/passwd' {outside}", None),
        "hard-abs": ("skipped", "link to absolute path '/etc/shadow', outside the container; not followed", None),
        "docs/near": ("skipped", "link to '../real.txt' inside the container; not followed "
                                 "(the target is kept as its own member)", None),
        "escape": ("skipped", f"link to absolute path '{tmp_path / 'work'}', outside the container; not followed",
                   None),
        "escape/planted.txt": ("stored", None, _sha256(b"written through the link?")),
    }
    assert summary.count("skipped") == 6
    _assert_clean(archive)


def test_ingest_folder_symlinks_not_followed(archive: Archive, tmp_path: Path) -> None:
    secrets = tmp_path / "outside"
    secrets.mkdir()
    secret = b"the source's home address: never to be stored"
    (secrets / "secret.txt").write_bytes(secret)
    (secrets / "also-secret.txt").write_bytes(secret + b" (copy)")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "letter.txt").write_bytes(b"an ordinary letter")
    (inbox / "link.txt").symlink_to(secrets / "secret.txt")
    (inbox / "relative.txt").symlink_to(Path("..") / "outside" / "secret.txt")
    (inbox / "folder").symlink_to(secrets, target_is_directory=True)
    summary = archive.ingest([inbox], "c")
    got = {path: (row["status"], row["reason"], row["sha256"]) for path, row in _rows(archive).items()}
    assert got == {
        "inbox/folder": ("skipped", LINK_SKIPPED, None),
        "inbox/letter.txt": ("stored", None, _sha256(b"an ordinary letter")),
        "inbox/link.txt": ("skipped", LINK_SKIPPED, None),
        "inbox/relative.txt": ("skipped", LINK_SKIPPED, None),
    }
    assert (summary.files, summary.stored, summary.count("skipped")) == (4, 1, 3)
    assert not any(secret in blob for blob in _blob_bytes(archive))
    _assert_clean(archive)


# -- bombs -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder with a 200 MiB-of-zeros zip bomb (a text member first) and a file after it."""
    folder = tmp_path_factory.mktemp("bomb") / "drop"
    folder.mkdir()
    with zipfile.ZipFile(folder / "a-bomb.zip", "w", zipfile.ZIP_DEFLATED) as container:
        container.writestr("first.txt", b"the member before the bomb")
        zeros = bytes(10 * MiB)
        for n in range(20):
            container.writestr(f"zeros{n:02}.bin", zeros)
    (folder / "b-after.txt").write_bytes(b"the file after the bomb")
    return folder


def _bomb_outcome(archive: Archive, summary: IngestSummary, reason: str, kept: list[str]) -> None:
    """Check the bomb is partial with reason, the members before the limit kept, and the next file stored."""
    rows = _rows(archive)
    container = rows["drop/a-bomb.zip"]
    assert (container["status"], container["reason"]) == ("partial", reason)
    stored = [path for path, row in rows.items() if row["parent_id"] == container["id"] and row["sha256"]]
    assert stored == kept
    assert rows["first.txt"]["sha256"] == _sha256(b"the member before the bomb")
    for name in kept[1:]:
        assert (rows[name]["size"], rows[name]["sha256"]) == (10 * MiB, _sha256(bytes(10 * MiB)))
    assert (rows["drop/b-after.txt"]["status"], rows["drop/b-after.txt"]["sha256"]) == (
        "stored", _sha256(b"the file after the bomb"))
    assert {"doc": container["id"], "name": "drop/a-bomb.zip", "status": "partial",
            "reason": reason} in summary.problems
    assert summary.files == 2
    _assert_clean(archive)


def test_ingest_bomb_expanded_bytes_limit(bomb: Path, archive: Archive) -> None:
    summary = archive.ingest([bomb], "c", max_expanded_bytes=MiB)
    _bomb_outcome(archive, summary, "unpacking stopped: expanding past 1.0 MiB (DOSSIER_MAX_EXPANDED_BYTES); "
                                    "1 members kept, the original is preserved", ["first.txt"])
    rows = _rows(archive)
    assert (rows["zeros00.bin"]["status"], rows["zeros00.bin"]["reason"]) == (
        "skipped", "not unpacked: the container stopped at an unpacking limit")
    assert "zeros01.bin" not in rows


def test_ingest_bomb_ratio_limit(bomb: Path, archive: Archive) -> None:
    packed = (bomb / "a-bomb.zip").stat().st_size
    assert 100 * packed > 16 * MiB  # above the floor, so the ratio itself is the limit
    summary = archive.ingest([bomb], "c", max_ratio=100)
    _bomb_outcome(archive, summary, f"unpacking stopped: expanding past {human(100 * packed)}, more than 100× "
                                    "the packed size (DOSSIER_MAX_RATIO): a likely archive bomb; "
                                    "2 members kept, the original is preserved", ["first.txt", "zeros00.bin"])


def test_ingest_bomb_member_limit(bomb: Path, archive: Archive) -> None:
    summary = archive.ingest([bomb], "c", max_members=3)
    _bomb_outcome(archive, summary, "unpacking stopped: more than 3 members (DOSSIER_MAX_MEMBERS); "
                                    "3 members kept, the original is preserved",
                  ["first.txt", "zeros00.bin", "zeros01.bin"])
    assert (summary.members, summary.stored, summary.duplicates) == (3, 4, 1)


@pytest.mark.parametrize(("args", "env"), [
    (["--max-members", "3"], {}),
    ([], {"DOSSIER_MAX_MEMBERS": "3"}),
    (["--max-members", "3"], {"DOSSIER_MAX_MEMBERS": "1000"}),  # the flag wins over the variable
], ids=["flag", "env", "flag-over-env"])
def test_cli_ingest_bomb_member_limit(args: list[str], env: dict[str, str], bomb: Path, tmp_path: Path,
                                      run_cli) -> None:
    path = tmp_path / "archive"
    assert run_cli("-a", path, "init").exit_code == 0
    result = run_cli("-a", path, "ingest", bomb, "-c", "c", "--no-extract", *args, env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "Ingested 2 files into c (3 unpacked from containers): 4 stored, 1 duplicates, 0 already there, "
        "0 failed, 1 partial, 0 skipped.")
    assert "more than 3 members (DOSSIER_MAX_MEMBERS); 3 members kept" in result.stdout
    with Archive.open(path) as archive:
        assert _rows(archive)["drop/a-bomb.zip"]["reason"] == (
            "unpacking stopped: more than 3 members (DOSSIER_MAX_MEMBERS); 3 members kept, the original is preserved")
        _assert_clean(archive)


@pytest.mark.parametrize(("args", "env"), [
    (["--max-expanded-size", "1M"], {}),
    ([], {"DOSSIER_MAX_EXPANDED_BYTES": "1M"}),
], ids=["flag", "env"])
def test_cli_ingest_bomb_expanded_limit(args: list[str], env: dict[str, str], bomb: Path, tmp_path: Path,
                                        run_cli) -> None:
    path = tmp_path / "archive"
    assert run_cli("-a", path, "init").exit_code == 0
    result = run_cli("-a", path, "--json", "ingest", bomb, "-c", "c", "--no-extract", *args, env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(p["name"], p["status"], p["reason"]) for p in data["problems"]] == [
        ("drop/a-bomb.zip", "partial", "unpacking stopped: expanding past 1.0 MiB (DOSSIER_MAX_EXPANDED_BYTES); "
                                       "1 members kept, the original is preserved"),
        ("drop/a-bomb.zip ▸ zeros00.bin", "skipped", "not unpacked: the container stopped at an unpacking limit"),
    ]
    assert (data["files"], data["members"]) == (2, 2)


def test_ingest_gzip_bomb_default_limits(archive: Archive, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with gzip.GzipFile(inbox / "zeros.gz", "wb", mtime=0) as stream:
        for _ in range(64):
            stream.write(bytes(MiB))
    (inbox / "z-next.txt").write_bytes(b"still ingested")
    packed = (inbox / "zeros.gz").stat().st_size
    assert 200 * packed < 16 * MiB  # so the 16 MiB floor of the ratio limit is what stops it
    summary = archive.ingest([inbox], "c")  # the defaults alone must stop it
    rows = _rows(archive)
    assert (rows["inbox/zeros.gz"]["status"], rows["inbox/zeros.gz"]["reason"]) == (
        "partial", "unpacking stopped: expanding past 16.0 MiB, more than 200× the packed size (DOSSIER_MAX_RATIO): "
                   "a likely archive bomb; 0 members kept, the original is preserved")
    # gzip declares no size: the stream is cut off while it is being stored, and nothing of it is kept.
    assert (rows["zeros"]["status"], rows["zeros"]["sha256"]) == ("skipped", None)
    assert rows["inbox/z-next.txt"]["status"] == "stored"
    assert max(len(blob) for blob in _blob_bytes(archive)) == packed
    assert summary.files == 2
    _assert_clean(archive)


def _nest(levels: int) -> bytes:
    """Return a zip holding a zip holding ... (levels zips in all) holding inner.txt."""
    data, name = b"at the bottom", "inner.txt"
    for level in range(levels, 0, -1):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as container:
            container.writestr(name, data)
        data, name = buffer.getvalue(), f"level{level}.zip"
    return data


@pytest.mark.parametrize(("limits", "deepest"), [({"max_depth": 3}, 3), ({}, 8)], ids=["max_depth=3", "default"])
def test_ingest_nesting_past_max_depth(limits: dict, deepest: int, archive: Archive, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "level1.zip").write_bytes(_nest(10))
    archive.ingest([inbox], "c", **limits)
    rows = archive.conn.execute("SELECT path, depth, status, reason FROM documents ORDER BY depth").fetchall()
    assert [r["depth"] for r in rows] == list(range(deepest + 1))
    assert [r["path"] for r in rows] == ["inbox/level1.zip"] + [f"level{n}.zip" for n in range(2, deepest + 2)]
    assert [r["status"] for r in rows] == ["stored"] * deepest + ["partial"]
    assert rows[-1]["reason"] == (f"not unpacked: nested {deepest} containers deep, the limit is {deepest} "
                                  "(DOSSIER_MAX_DEPTH)")
    _assert_clean(archive)


def test_cli_ingest_max_depth_env(tmp_path: Path, run_cli) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "level1.zip").write_bytes(_nest(4))
    path = tmp_path / "archive"
    assert run_cli("-a", path, "init").exit_code == 0
    result = run_cli("-a", path, "ingest", inbox, "-c", "c", "--no-extract", env={"DOSSIER_MAX_DEPTH": "2"})
    assert result.exit_code == 0, result.output
    assert "not unpacked: nested 2 containers deep, the limit is 2 (DOSSIER_MAX_DEPTH)" in result.stdout
    assert "inbox/level1.zip ▸ level2.zip ▸ level3.zip" in result.stdout


# -- encrypted and damaged containers --------------------------------------------


def test_ingest_encrypted_zip_preserved(archive: Archive, tmp_path: Path, corpus: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    plain = b"the plaintext that only the password opens"
    if Path("/usr/bin/zip").exists():
        (tmp_path / "a.txt").write_bytes(plain)
        subprocess.run(["/usr/bin/zip", "-q", "-e", "-P", "secret", str(inbox / "locked.zip"), "a.txt"],
                       cwd=tmp_path, check=True, timeout=30)
        member = "a.txt"
    else:
        shutil.copyfile(corpus / "ingest-fixtures" / "apache-tika" / "testZipEncrypted.zip", inbox / "locked.zip")
        member = "encrypted.txt"
    original = (inbox / "locked.zip").read_bytes()
    archive.ingest([inbox], "c")
    rows = _rows(archive)
    container = rows["inbox/locked.zip"]
    assert (container["status"], bool(container["encrypted"])) == ("partial", True)
    assert container["reason"].endswith("members are password-protected; the original is preserved")
    assert archive.blobs.path(container["sha256"]).read_bytes() == original
    locked = rows[member]
    assert (locked["status"], locked["reason"], bool(locked["encrypted"]), locked["sha256"]) == (
        "skipped", ENCRYPTED_MEMBER, True, None)
    if member == "a.txt":
        assert not any(plain in blob for blob in _blob_bytes(archive))
    _assert_clean(archive)


def _zip_bytes(members: dict[str, bytes], method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as container:
        for name, data in members.items():
            container.writestr(name, data)
    return buffer.getvalue()


def test_ingest_truncated_zip_partial(archive: Archive, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    whole = _zip_bytes({f"part{n}.bin": os.urandom(4000) for n in range(4)}, zipfile.ZIP_DEFLATED)
    (inbox / "cut.zip").write_bytes(whole[: len(whole) // 2])
    archive.ingest([inbox], "c")
    rows = _rows(archive)
    assert (rows["inbox/cut.zip"]["status"], rows["inbox/cut.zip"]["reason"]) == (
        "partial", "unpacking stopped: zip cannot be opened: File is not a zip file; 0 members kept, "
                   "the original is preserved")
    assert rows["inbox/cut.zip"]["sha256"] == _sha256(whole[: len(whole) // 2])
    assert len(rows) == 1
    _assert_clean(archive)


@pytest.mark.parametrize(("method", "error"), [
    (zipfile.ZIP_STORED, "member cannot be read: BadZipFile: Bad CRC-32 for file 'bad.txt'"),
    (zipfile.ZIP_DEFLATED, "member cannot be read: error: Error -3 while decompressing data: "),
], ids=["stored-crc", "deflated"])
def test_ingest_corrupted_member_failed(method: int, error: str, archive: Archive, tmp_path: Path) -> None:
    text = b"The quick brown fox jumps over the lazy dog. " * 200
    raw = bytearray(_zip_bytes({"good.txt": b"good", "bad.txt": text, "after.txt": b"after"}, method))
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("bad.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 10, start + 20):
        raw[offset] ^= 0xFF
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "damaged.zip").write_bytes(bytes(raw))
    archive.ingest([inbox], "c")
    rows = _rows(archive)
    assert (rows["inbox/damaged.zip"]["status"], rows["inbox/damaged.zip"]["reason"]) == (
        "partial", "1 of 3 members could not be read")
    assert rows["bad.txt"]["status"] == "failed"
    assert rows["bad.txt"]["reason"].startswith(error)
    assert rows["bad.txt"]["sha256"] is None
    assert (rows["good.txt"]["sha256"], rows["after.txt"]["sha256"]) == (_sha256(b"good"), _sha256(b"after"))
    _assert_clean(archive)


def test_ingest_duplicate_member_names_two_documents(archive: Archive, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with zipfile.ZipFile(inbox / "twice.zip", "w") as container:
        container.writestr("same.txt", b"first version")
        with pytest.warns(UserWarning, match="Duplicate name: 'same.txt'"):
            container.writestr("same.txt", b"second version")
    archive.ingest([inbox], "c")
    rows = archive.conn.execute("SELECT * FROM documents WHERE parent_id IS NOT NULL ORDER BY rowid").fetchall()
    assert [(r["path"], r["status"], r["reason"], r["sha256"]) for r in rows] == [
        ("same.txt", "stored", None, _sha256(b"first version")),
        ("same.txt", "stored", "name repeated in the container (occurrence 2)", _sha256(b"second version")),
    ]
    assert rows[0]["id"] != rows[1]["id"]
    _assert_clean(archive)


# -- inputs that cannot be read ------------------------------------------------------


def test_ingest_unreadable_input_failed_and_continues(archive: Archive, tmp_path: Path) -> None:
    broken = tmp_path / "gone.pdf"
    broken.symlink_to(tmp_path / "deleted-before-ingest.pdf")
    good = tmp_path / "good.txt"
    good.write_bytes(b"read after the failure")
    inputs = [broken, good]
    if Path("/proc/self/mem").exists():
        # Linux: a regular file by stat whose first read fails with EIO.
        inputs.insert(1, Path("/proc/self/mem"))
    summary = archive.ingest(inputs, "c")
    rows = _rows(archive)
    assert (rows["gone.pdf"]["status"], rows["gone.pdf"]["reason"], rows["gone.pdf"]["sha256"]) == (
        "failed", "cannot read file: No such file or directory", None)
    if len(inputs) == 3:
        assert (rows["mem"]["status"], rows["mem"]["reason"]) == ("failed", "cannot read file: Input/output error")
    assert (rows["good.txt"]["status"], rows["good.txt"]["sha256"]) == ("stored", _sha256(b"read after the failure"))
    assert (summary.files, summary.count("failed"), summary.stored) == (len(inputs), len(inputs) - 1, 1)
    [entry] = archive.custody.entries_for(rows["gone.pdf"]["id"])
    assert (entry["event"], entry["status"], entry["blobs"]) == ("received", "failed", [])
    _assert_clean(archive)


def test_ingest_fifo_skipped(archive: Archive, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.mkfifo(inbox / "pipe")
    (inbox / "z.txt").write_bytes(b"after the pipe")
    os.mkfifo(tmp_path / "named-pipe")
    archive.ingest([inbox, tmp_path / "named-pipe"], "c")  # would hang if either FIFO were opened
    got = {path: (row["status"], row["reason"]) for path, row in _rows(archive).items()}
    special = "not a regular file (device, FIFO or socket); nothing to keep"
    assert got == {"inbox/pipe": ("skipped", special), "inbox/z.txt": ("stored", None),
                   "named-pipe": ("skipped", special)}
    _assert_clean(archive)
