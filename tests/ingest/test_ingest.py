"""Ingest of the shared corpus's ingest fixtures, and the ingest, ls and show commands.

Every file in ../shared/corpus/ingest-fixtures is ingested for real; the tables below
list each fixture (and each container member) that does not end plain ``stored``, with
the exact reason recorded on it. Everything else must be stored byte-exact.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier import Archive, __version__
from dossier.ingest import ids

ENCRYPTED_MEMBER = "member is password-protected; its bytes stay inside the preserved container"
QUINE = "identical to a container it is inside (a quine); not unpacked again"
OUTSIDE_LINK = "link to absolute path '/ingestors/tests/fixtures/secret.txt', outside the container; not followed"

# Top-level fixtures that are not plain `stored`: status, exact reason, encrypted flag.
TOP_LEVEL = {
    "aleph-ingest-file/7z_password.7z":
        ("partial", "1 of 1 members are password-protected; the original is preserved", True),
    "apache-tika/test7Z_protected_passTika.7z":
        ("partial", "1 of 1 members are password-protected; the original is preserved", True),
    "apache-tika/testZipEncrypted.zip":
        ("partial", "1 of 2 members are password-protected; the original is preserved", True),
    "apache-tika/full_encrypted.7z":
        ("partial", "7z is password-protected; the original is preserved, no member could be unpacked", True),
    "apache-tika/testZIP_corrupted_oom.zip":
        ("partial", "unpacking stopped: zip cannot be opened: Bad magic number for central directory; "
                    "0 members kept, the original is preserved", False),
    "apache-tika/testWORD_truncated.docx":
        ("partial", "unpacking stopped: zip cannot be opened: File is not a zip file; "
                    "0 members kept, the original is preserved", False),
    "aleph-ingest-file/500_pages.7z.001":
        ("partial", "unpacking stopped: 7z is damaged: damaged, truncated, or one volume of a multi-volume set; "
                    "0 members kept, the original is preserved", False),
}

# Every member of these containers: path inside the container -> status, exact reason, encrypted flag.
MEMBERS = {
    "aleph-ingest-file/7z_password.7z": {"secret.txt": ("skipped", ENCRYPTED_MEMBER, True)},
    "apache-tika/test7Z_protected_passTika.7z": {"text.txt": ("skipped", ENCRYPTED_MEMBER, True)},
    "apache-tika/testZipEncrypted.zip": {
        "unencrypted.txt": ("stored", None, False),
        "encrypted.txt": ("skipped", ENCRYPTED_MEMBER, True),
    },
    "apache-tika/full_encrypted.7z": {},
    "apache-tika/testZIP_corrupted_oom.zip": {},
    "apache-tika/testWORD_truncated.docx": {},
    "aleph-ingest-file/500_pages.7z.001": {},
    "apache-tika/droste.zip": {"droste.jpg": ("stored", None, False), "droste.zip": ("stored", QUINE, False)},
    "apache-tika/quine.gz": {"quine.gz": ("stored", QUINE, False)},
    "aleph-ingest-file/badzip.zip": {"secret.txt": ("skipped", OUTSIDE_LINK, False)},
    "aleph-ingest-file/badtar.tar": {"./secret.txt": ("skipped", OUTSIDE_LINK, False)},
    "aleph-ingest-file/badrar.rar": {"secret.txt": ("skipped", OUTSIDE_LINK, False)},
    "aleph-ingest-file/bad7zip.7z": {"secret.txt": ("skipped", OUTSIDE_LINK, False)},
}

GBK_NAME = "审计压缩包文件检索测试/集团邮件审计系统2021年自动巡检需求文档_V4.0.doc"

SUMMARY_KEYS = {"collection", "files", "members", "bytes", "stored", "duplicates", "already_in_collection",
                "failed", "partial", "skipped", "problems", "custody_tree_size"}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fixture_files(fixtures: Path) -> list[Path]:
    return sorted(p for p in fixtures.rglob("*") if p.is_file())


def _counts(archive: Archive) -> dict[str, int]:
    """Return the row counts of the catalog tables, the custody log size and the blob files on disk."""
    counts = {table: archive.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
              for table in ("documents", "names", "custody", "checkpoints", "collections")}
    counts["blob files"] = sum(1 for p in (archive.root / "blobs").rglob("*") if p.is_file())
    return counts


def _top(archive: Archive, name: str) -> sqlite3.Row:
    """Return the top-level document that arrived under a name."""
    row = archive.conn.execute(
        "SELECT d.* FROM names n JOIN documents d ON d.id = n.doc_id WHERE n.name = ? AND d.parent_id IS NULL",
        (name,)).fetchone()
    assert row is not None, f"no top-level document named {name}"
    return row


def _children(archive: Archive, doc_id: str) -> dict[str, sqlite3.Row]:
    rows = archive.conn.execute("SELECT * FROM documents WHERE parent_id = ? ORDER BY rowid", (doc_id,)).fetchall()
    return {row["path"]: row for row in rows}


@pytest.fixture(scope="module")
def fixtures(corpus: Path) -> Path:
    """Return the ingest-fixtures folder of the shared corpus."""
    return corpus / "ingest-fixtures"


@pytest.fixture(scope="module")
def ingested(fixtures: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, dict]]:
    """Ingest every fixture once into a new archive (read-only for the tests that share it)."""
    with Archive.init(tmp_path_factory.mktemp("fixtures") / "archive") as archive:
        summary = archive.ingest([fixtures], "fx")
        yield archive, summary.as_dict()


# -- the corpus fixtures ---------------------------------------------------------


def test_ingest_fixtures_every_file_recorded(fixtures: Path, ingested: tuple[Archive, dict]) -> None:
    archive, summary = ingested
    files = _fixture_files(fixtures)
    assert len(files) == 209
    assert summary["files"] == len(files)
    assert summary["failed"] == 0
    top = archive.conn.execute("SELECT COUNT(*) FROM documents WHERE parent_id IS NULL").fetchone()[0]
    assert top == len(files)  # no two fixtures have the same bytes
    names = {r[0] for r in archive.conn.execute(
        "SELECT n.name FROM names n JOIN documents d ON d.id = n.doc_id WHERE d.parent_id IS NULL")}
    assert names == {f"ingest-fixtures/{p.relative_to(fixtures)}" for p in files}
    assert archive.verify().ok


@pytest.mark.parametrize("name", sorted(TOP_LEVEL))
def test_ingest_fixtures_problem_recorded(name: str, fixtures: Path, ingested: tuple[Archive, dict]) -> None:
    archive, summary = ingested
    status, reason, encrypted = TOP_LEVEL[name]
    doc = _top(archive, f"ingest-fixtures/{name}")
    assert (doc["status"], doc["reason"], bool(doc["encrypted"])) == (status, reason, encrypted)
    # A container that could not be (fully) unpacked still keeps its original byte-exact.
    assert doc["sha256"] == _sha256(fixtures / name)
    assert {"doc": doc["id"], "name": f"ingest-fixtures/{name}", "status": status,
            "reason": reason} in summary["problems"]


@pytest.mark.parametrize("container", sorted(MEMBERS))
def test_ingest_fixtures_members_recorded(container: str, ingested: tuple[Archive, dict]) -> None:
    archive, _ = ingested
    doc = _top(archive, f"ingest-fixtures/{container}")
    children = _children(archive, doc["id"])
    got = {path: (row["status"], row["reason"], bool(row["encrypted"])) for path, row in children.items()}
    assert got == MEMBERS[container]
    for path, row in children.items():
        if row["status"] == "skipped":
            assert (row["sha256"], row["size"]) == (None, None)


def test_ingest_fixtures_others_stored_byte_exact(fixtures: Path, ingested: tuple[Archive, dict]) -> None:
    archive, _ = ingested
    checked = 0
    for path in _fixture_files(fixtures):
        name = str(path.relative_to(fixtures))
        doc = _top(archive, f"ingest-fixtures/{name}")
        data = path.read_bytes()
        assert doc["sha256"] == hashlib.sha256(data).hexdigest(), name
        assert doc["size"] == len(data), name
        assert archive.blobs.path(doc["sha256"]).read_bytes() == data, name
        if name not in TOP_LEVEL:
            assert (doc["status"], doc["reason"], doc["encrypted"]) == ("stored", None, 0), name
            checked += 1
    assert checked == 209 - len(TOP_LEVEL)


def test_ingest_fixtures_empty_file_stored(ingested: tuple[Archive, dict]) -> None:
    archive, _ = ingested
    doc = _top(archive, "ingest-fixtures/aleph-ingest-file/empty.pdf")
    assert (doc["status"], doc["size"], doc["sha256"], doc["mime"]) == (
        "stored", 0, hashlib.sha256(b"").hexdigest(), "application/x-empty")


def test_ingest_gbk_member_name_decoded(ingested: tuple[Archive, dict]) -> None:
    archive, _ = ingested
    doc = _top(archive, "ingest-fixtures/apache-tika/gbk.zip")
    children = _children(archive, doc["id"])
    assert list(children) == [GBK_NAME]
    assert children[GBK_NAME]["sha256"] == hashlib.sha256(b"").hexdigest()


def test_ingest_sjis_member_name_decoded(ingested: tuple[Archive, dict]) -> None:
    archive, _ = ingested
    doc = _top(archive, "ingest-fixtures/apache-tika/testZipEntryNameCharsetShiftSJIS.zip")
    assert set(_children(archive, doc["id"])) == {"文章1.txt", "文章2.txt"}


def test_ingest_children_match_container(fixtures: Path, ingested: tuple[Archive, dict]) -> None:
    archive, _ = ingested
    source = fixtures / "aleph-ingest-file" / "test-documents.zip"
    doc = _top(archive, "ingest-fixtures/aleph-ingest-file/test-documents.zip")
    children = _children(archive, doc["id"])
    with zipfile.ZipFile(source) as container:
        expected = {info.filename: container.read(info) for info in container.infolist() if not info.is_dir()}
    assert sorted(children) == sorted(expected)
    assert len(expected) == 9
    for path, row in children.items():
        assert row["id"] == ids.member_id(doc["id"], path)
        assert (row["parent_id"], row["collection"], row["depth"], row["status"]) == (doc["id"], "fx", 1, "stored")
        assert row["sha256"] == hashlib.sha256(expected[path]).hexdigest()
        assert archive.blobs.path(row["sha256"]).read_bytes() == expected[path]


@pytest.mark.parametrize(("container", "chain"), [
    ("apache-tika/test-zip-of-zip.zip", ["html-within-zip.zip", "text.html"]),
    ("apache-tika/test-nested-tarball.tar", ["folderContainingTgz/inner/nested.tgz", "folderWithinTgz/testTXT.txt"]),
    ("icij-extract/embedded_with_duplicate.tgz", ["level1/level2.tgz", "level2/file.txt"]),
])
def test_ingest_nested_children_keep_parent_and_path(container: str, chain: list[str],
                                                     ingested: tuple[Archive, dict]) -> None:
    archive, _ = ingested
    parent = _top(archive, f"ingest-fixtures/{container}")
    for depth, path in enumerate(chain, start=1):
        child = _children(archive, parent["id"])[path]
        assert (child["parent_id"], child["depth"], child["id"]) == (
            parent["id"], depth, ids.member_id(parent["id"], path))
        [entry] = archive.custody.entries_for(child["id"])
        assert (entry["event"], entry["parent"], entry["path"], entry["blobs"]) == (
            "unpacked", parent["id"], path, [child["sha256"]])
        parent = child
    assert archive.blobs.path(parent["sha256"]).read_bytes().strip() != b""


def test_ingest_two_names_one_document(corpus: Path, archive: Archive, tmp_path: Path) -> None:
    original = corpus / "ingest-fixtures" / "aleph-ingest-file" / "secret.txt"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copyfile(original, inbox / "renamed copy.txt")
    summary = archive.ingest([original, inbox], "two")
    assert (summary.files, summary.stored, summary.already, summary.duplicates) == (2, 1, 1, 0)
    [doc] = archive.conn.execute("SELECT * FROM documents WHERE collection = 'two'").fetchall()
    assert (doc["path"], doc["sha256"]) == ("secret.txt", _sha256(original))
    names = [r[0] for r in archive.conn.execute("SELECT name FROM names WHERE doc_id = ? ORDER BY entry",
                                                (doc["id"],))]
    assert names == ["secret.txt", "inbox/renamed copy.txt"]
    entries = archive.custody.entries_for(doc["id"])
    assert [(e["event"], e["path"]) for e in entries] == [("received", "secret.txt"),
                                                          ("received", "inbox/renamed copy.txt")]
    assert {e["blobs"][0] for e in entries} == {doc["sha256"]}
    # The same bytes in another collection are another document sharing the one blob.
    other = archive.ingest([original], "elsewhere")
    assert (other.stored, other.duplicates) == (0, 1)
    assert archive.conn.execute("SELECT COUNT(DISTINCT id), COUNT(DISTINCT sha256) FROM documents").fetchone()[:] == (
        2, 1)
    assert archive.verify().ok


def test_ingest_rerun_adds_nothing(fixtures: Path, archive: Archive) -> None:
    first = archive.ingest([fixtures], "fx")
    before = _counts(archive)
    assert before["documents"] == 209 + first.members
    second = archive.ingest([fixtures], "fx")
    assert _counts(archive) == before
    assert (second.files, second.already, second.stored, second.duplicates, second.members, second.problems) == (
        209, 209, 0, 0, 0, [])
    report = archive.verify()
    assert report.ok, report.findings
    assert (report.documents, report.names, report.entries) == (
        before["documents"], before["names"], before["custody"])


# -- the CLI -----------------------------------------------------------------------


@pytest.fixture
def cli_archive(tmp_path: Path, run_cli) -> Path:
    """Return the path of a new archive made with `dossier init`."""
    path = tmp_path / "cli-archive"
    result = run_cli("-a", path, "init")
    assert result.exit_code == 0, result.output
    return path


def _cli_inputs(fixtures: Path, tmp_path: Path) -> list[Path]:
    broken = tmp_path / "vanished.pdf"
    broken.symlink_to(tmp_path / "no-such-file.pdf")
    return [fixtures / "apache-tika" / "testZipEncrypted.zip", broken, fixtures / "apache-tika" / "test-zip-of-zip.zip"]


def test_cli_ingest_summary_exit_zero_with_failures(fixtures: Path, cli_archive: Path, tmp_path: Path,
                                                    run_cli) -> None:
    result = run_cli("-a", cli_archive, "ingest", *_cli_inputs(fixtures, tmp_path), "-c", "papers")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("Ingested 3 files into papers (4 unpacked from containers): 5 stored, 0 duplicates, "
                        "0 already there, 1 failed, 1 partial, 1 skipped.")
    assert "Custody log: 9 entries, checkpoint signed." in lines
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in lines if line.startswith("│")]
    problems = [row for row in rows if len(row) == 3]  # the ingest table; text extraction prints its own
    assert problems == [
        ["partial", "testZipEncrypted.zip", "1 of 2 members are password-protected; the original is preserved"],
        ["skipped", "testZipEncrypted.zip ▸ encrypted.txt", ENCRYPTED_MEMBER],
        ["failed", "vanished.pdf", "cannot read file: No such file or directory"],
    ]
    assert result.stderr == ""


def test_cli_ingest_json(fixtures: Path, cli_archive: Path, tmp_path: Path, run_cli) -> None:
    result = run_cli("-a", cli_archive, "--json", "ingest", *_cli_inputs(fixtures, tmp_path), "-c", "papers")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert SUMMARY_KEYS <= set(data)
    assert {k: v for k, v in data.items() if k in SUMMARY_KEYS - {"problems", "bytes"}} == {
        "collection": "papers", "files": 3, "members": 4, "stored": 5, "duplicates": 0,
        "already_in_collection": 0, "failed": 1, "partial": 1, "skipped": 1, "custody_tree_size": 9}
    assert data["bytes"] == 391 + 299
    assert [(p["status"], p["name"]) for p in data["problems"]] == [
        ("partial", "testZipEncrypted.zip"), ("skipped", "testZipEncrypted.zip ▸ encrypted.txt"),
        ("failed", "vanished.pdf")]
    assert set(data["problems"][2]) == {"doc", "name", "status", "reason"}


def test_cli_ingest_missing_path_ingests_nothing(fixtures: Path, cli_archive: Path, tmp_path: Path,
                                                 run_cli) -> None:
    missing = tmp_path / "not-here"
    result = run_cli("-a", cli_archive, "ingest", fixtures / "apache-tika" / "gbk.zip", missing, "-c", "papers")
    # Nothing was ingested, so nothing was read either: the catalog is as `init` left it.
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing} does not exist; nothing was ingested\n"
    assert result.stdout == ""
    with Archive.open(cli_archive) as archive:
        counts = _counts(archive)
    assert (counts["documents"], counts["names"], counts["collections"], counts["blob files"]) == (0, 0, 0, 0)
    assert counts["custody"] == 1  # only archive.created


def test_cli_ls_and_show(fixtures: Path, cli_archive: Path, tmp_path: Path, run_cli) -> None:
    ingest = run_cli("-a", cli_archive, "ingest", *_cli_inputs(fixtures, tmp_path), "-c", "papers", "--no-extract")
    assert ingest.exit_code == 0, ingest.output
    with Archive.open(cli_archive) as archive:
        rows = {r["path"]: dict(r) for r in archive.conn.execute("SELECT * FROM documents")}
    outer, inner = rows["test-zip-of-zip.zip"], rows["html-within-zip.zip"]

    listing = run_cli("-a", cli_archive, "ls")
    assert listing.exit_code == 0
    table = [[cell.strip() for cell in line.split("│")[1:-1]] for line in listing.stdout.splitlines()
             if line.startswith("│")]
    assert [(r[0], r[1], r[5]) for r in table] == [
        (rows["testZipEncrypted.zip"]["id"], "testZipEncrypted.zip", "partial 🔒"),
        (rows["unencrypted.txt"]["id"], "testZipEncrypted.zip ▸ unencrypted.txt", "stored"),
        (rows["encrypted.txt"]["id"], "testZipEncrypted.zip ▸ encrypted.txt", "skipped 🔒"),
        (rows["vanished.pdf"]["id"], "vanished.pdf", "failed"),
        (outer["id"], "test-zip-of-zip.zip", "stored"),
        (inner["id"], "test-zip-of-zip.zip ▸ html-within-zip.zip", "stored"),
        (rows["text.html"]["id"], "test-zip-of-zip.zip ▸ html-within-zip.zip ▸ text.html", "stored"),
    ]
    assert table[4][2:5] == [outer["sha256"][:16], "299 bytes", "application/zip"]
    assert listing.stdout.splitlines()[-1] == "7 documents"

    shown = run_cli("-a", cli_archive, "show", inner["id"][:8])
    assert shown.exit_code == 0, shown.output
    text = shown.stdout.splitlines()
    assert f"parent  {outer['id']}  test-zip-of-zip.zip" in text
    assert "children (1)" in text
    assert f"  {rows['text.html']['id']}  stored   text.html" in text
    custody = [line for line in text if line.startswith("  #")]
    assert len(custody) == 1 and " unpacked by " in custody[0] and custody[0].endswith(f" with dossier {__version__}")
    names = text[text.index("names") + 1]
    assert names.startswith("  html-within-zip.zip  (arrived ")

    shown = run_cli("-a", cli_archive, "--json", "show", outer["id"])
    data = json.loads(shown.stdout)
    assert [n["name"] for n in data["names"]] == ["test-zip-of-zip.zip"]
    assert data["parent"] is None
    assert [c["path"] for c in data["children"]] == ["html-within-zip.zip"]
    assert [(e["event"], e["path"], e["blobs"]) for e in data["custody"]] == [
        ("received", "test-zip-of-zip.zip", [outer["sha256"]])]


def _colliding_notes(collection: str) -> tuple[bytes, bytes, str]:
    """Return two file contents whose document IDs in a collection share their first 4 hex digits."""
    seen: dict[str, bytes] = {}
    for n in range(100_000):
        data = f"note {n}\n".encode()
        doc_id = ids.top_level_id(collection, hashlib.sha256(data).hexdigest())
        if doc_id[:4] in seen:
            return seen[doc_id[:4]], data, doc_id[:4]
        seen[doc_id[:4]] = data
    raise AssertionError("no two IDs share a prefix")


def test_cli_show_ambiguous_and_unknown_id(cli_archive: Path, tmp_path: Path, run_cli) -> None:
    first, second, prefix = _colliding_notes("notes")
    inbox = tmp_path / "notes"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes(first)
    (inbox / "b.txt").write_bytes(second)
    assert run_cli("-a", cli_archive, "ingest", inbox, "-c", "notes", "--no-extract").exit_code == 0
    with Archive.open(cli_archive) as archive:
        found = [r[0] for r in archive.conn.execute("SELECT id FROM documents")]
    assert len(found) == 2 and {i[:4] for i in found} == {prefix}

    ambiguous = run_cli("-a", cli_archive, "show", prefix)
    assert (ambiguous.exit_code, ambiguous.stdout) == (1, "")
    assert ambiguous.stderr == f"Error: document ID prefix {prefix!r} is ambiguous; give more characters\n"

    unknown_id = "ffff" if prefix != "ffff" else "eeee"
    unknown = run_cli("-a", cli_archive, "show", unknown_id)
    assert (unknown.exit_code, unknown.stdout) == (1, "")
    assert unknown.stderr == f"Error: no document with ID {unknown_id!r}; `dossier ls` lists them\n"

    short = run_cli("-a", cli_archive, "show", "ab")
    assert short.exit_code == 1
    assert short.stderr == "Error: document ID 'ab' is too short; give at least 4 characters\n"
