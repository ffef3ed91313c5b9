"""Tests for `Archive.verify` and `dossier verify`: every kind of tampering is found and named.

Each test ingests real corpus files and a zip into a fresh archive, then changes the
archive the way an intruder (or a failing disk) would: blob bytes, blob files, custody
entries, catalog rows, the verifier key, checkpoint rows. verify must exit 3 and say
exactly which hash, entry, document or checkpoint is wrong, and nothing else.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dossier import Archive
from dossier.store import merkle
from dossier.store.checkpoint import Checkpoint, SigningKey
from dossier.store.verify import Finding

from .custody_fixtures import ENRON, blob_path, catalog, cli, doc_by_path, make_archive, value

# make_archive logs: archive.created, collection.created, bundle.zip and its 3 members, 4 files.
ENTRIES = 10


def _findings(root: Path) -> list[Finding]:
    with Archive.open(root) as archive:
        report = archive.verify()
    return report.findings


def _failed(root: Path) -> str:
    result = cli("-a", root, "verify")
    assert result.exit_code == 3, result.output
    assert "FAILED: " in result.output
    return result.output


def _forged_key(root: Path) -> SigningKey:
    """Return a new key that claims the archive's name, as a forger would make."""
    origin = str(value(root, "SELECT value FROM meta WHERE key = 'origin'"))
    return SigningKey(origin, Ed25519PrivateKey.generate())


def test_verify_untampered_archive_passes(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    with Archive.open(root) as archive:
        report = archive.verify()
    assert report.ok
    assert report.findings == []
    assert (report.entries, report.checkpoints, report.documents, report.blobs) == (ENTRIES, 2, 8, 8)
    result = cli("-a", root, "verify")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"OK: {ENTRIES} custody entries, 2 signed checkpoints, 8 documents, 8 blobs (")
    assert "ERROR" not in result.output
    as_json = json.loads(cli("-a", root, "--json", "verify").output)
    assert (as_json["ok"], as_json["findings"], as_json["entries"]) == (True, [], ENTRIES)


def test_verify_flipped_byte_in_blob_is_altered(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    _, sha, _ = doc_by_path(root, "archive-src/utf.txt")
    path = blob_path(root, sha)
    assert path.stat().st_mode & 0o777 == 0o444  # blobs are stored read-only
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    now = hashlib.sha256(bytes(data)).hexdigest()
    assert _findings(root) == [Finding("error", "blob", sha, f"altered: its bytes now hash to {now}")]
    assert f"ERROR blob {sha}: altered: its bytes now hash to {now}\n" in _failed(root)


def test_verify_deleted_blob_is_missing(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    _, sha, _ = doc_by_path(root, "sub/ledger.csv")  # a zip member's blob
    blob_path(root, sha).unlink()
    assert _findings(root) == [Finding("error", "blob", sha, "missing from the blob store")]
    assert f"ERROR blob {sha}: missing from the blob store\n" in _failed(root)


def test_verify_edited_custody_entry_is_altered_and_breaks_the_root(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    _, _, seq = doc_by_path(root, "archive-src/countries.csv")
    with catalog(root) as conn:
        entry = json.loads(conn.execute("SELECT entry FROM custody WHERE seq = ?", (seq,)).fetchone()[0])
        entry["time"] = "2019-01-01T00:00:00.000000Z"  # backdate it; no catalog column holds the time
        edited = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()
        conn.execute("UPDATE custody SET entry = ? WHERE seq = ?", (edited, seq))
    assert _findings(root) == [
        Finding("error", "log", f"entry {seq}",
                "altered: its bytes no longer hash to the leaf recorded when it was appended"),
        Finding("error", "checkpoint", f"size {ENTRIES}",
                "the log rebuilt from its entries has a different root than the signed checkpoint: "
                "the log was rewritten"),
    ]
    output = _failed(root)
    assert f"ERROR log entry {seq}: altered: " in output
    assert f"ERROR checkpoint size {ENTRIES}: the log rebuilt from its entries has a different root" in output


def test_verify_edited_entry_with_recomputed_leaf_breaks_the_root(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    _, _, seq = doc_by_path(root, "memo.txt")
    with catalog(root) as conn:
        data = bytes(conn.execute("SELECT entry FROM custody WHERE seq = ?", (seq,)).fetchone()[0])
        edited = data.replace(b'"user":"', b'"user":"someone-else-')
        assert edited != data
        conn.execute("UPDATE custody SET entry = ?, leaf_hash = ? WHERE seq = ?",
                     (edited, merkle.leaf_hash(edited), seq))
    assert _findings(root) == [
        Finding("error", "checkpoint", f"size {ENTRIES}",
                "the log rebuilt from its entries has a different root than the signed checkpoint: "
                "the log was rewritten"),
    ]
    _failed(root)


def test_verify_removed_last_entries_are_reported(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    gone = {doc_by_path(root, p)[0]: doc_by_path(root, p)[2] for p in ("archive-src/example_2.json",
                                                                     "archive-src/utf.txt")}
    assert sorted(gone.values()) == [ENTRIES - 2, ENTRIES - 1]
    with catalog(root) as conn:
        conn.execute("DELETE FROM custody_refs WHERE seq >= ?", (ENTRIES - 2,))
        conn.execute("DELETE FROM custody WHERE seq >= ?", (ENTRIES - 2,))
    findings = _findings(root)
    assert Finding("error", "checkpoint", f"size {ENTRIES}",
                   f"signed for {ENTRIES} entries but the log has only {ENTRIES - 2}: entries were removed") in findings
    for doc_id, seq in gone.items():
        assert Finding("error", "catalog", f"document {doc_id}",
                       f"points to custody entry {seq}, which does not exist") in findings
    output = _failed(root)
    assert "entries were removed" in output
    assert f"FAILED: {ENTRIES - 2} custody entries" in output


def test_verify_removed_middle_entry_is_missing(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    with catalog(root) as conn:
        conn.execute("DELETE FROM custody_refs WHERE seq = 4")
        conn.execute("DELETE FROM custody WHERE seq = 4")
    findings = _findings(root)
    assert findings[0] == Finding("error", "log", "entry 4", "missing: the log jumps from entry 3 to 5")
    assert Finding("error", "checkpoint", f"size {ENTRIES}",
                   f"signed for {ENTRIES} entries but the log has only {ENTRIES - 1}: entries were removed") in findings
    assert "ERROR log entry 4: missing: the log jumps from entry 3 to 5\n" in _failed(root)


def test_verify_planted_document_without_entry_is_named(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    _, sha, _ = doc_by_path(root, "archive-src/utf.txt")
    with catalog(root) as conn:
        conn.execute(
            "INSERT INTO documents(id, collection, path, sha256, size, status, received_at, entry) "
            "VALUES ('feedfacefeedfacefeed', 'leak', 'planted.txt', ?, 19, 'stored', '2020-01-01', 99)", (sha,))
    assert _findings(root) == [
        Finding("error", "catalog", "document feedfacefeedfacefeed", "points to custody entry 99, which does not exist")
    ]
    assert "ERROR catalog document feedfacefeedfacefeed: points to custody entry 99, which does not exist\n" in \
        _failed(root)


def test_verify_changed_document_sha256_is_named(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    doc_id, _, seq = doc_by_path(root, "archive-src/doc.html")
    _, other_sha, _ = doc_by_path(root, "archive-src/countries.csv")
    with catalog(root) as conn:
        conn.execute("UPDATE documents SET sha256 = ? WHERE id = ?", (other_sha, doc_id))
    findings = _findings(root)
    assert Finding("error", "catalog", f"document {doc_id}",
                   f"differs from custody entry {seq} that recorded it") in findings
    assert [f for f in findings if f.area != "blob"] == [
        Finding("error", "catalog", f"document {doc_id}", f"differs from custody entry {seq} that recorded it")
    ]
    assert f"ERROR catalog document {doc_id}: differs from custody entry {seq} that recorded it\n" in _failed(root)


def test_verify_changed_document_path_is_named(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    doc_id, _, seq = doc_by_path(root, "sub/notes.md")
    with catalog(root) as conn:
        conn.execute("UPDATE documents SET path = 'sub/harmless.md' WHERE id = ?", (doc_id,))
    assert _findings(root) == [
        Finding("error", "catalog", f"document {doc_id}", f"differs from custody entry {seq} that recorded it")
    ]
    assert f"ERROR catalog document {doc_id}: differs from custody entry {seq} that recorded it\n" in _failed(root)


def test_verify_deleted_document_row_is_named(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    doc_id, _, seq = doc_by_path(root, "archive-src/example_2.json")
    with catalog(root) as conn:
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    assert _findings(root) == [
        Finding("error", "catalog", f"logged document {doc_id}",
                f"recorded by custody entry {seq} but missing from the catalog")
    ]
    assert f"ERROR catalog logged document {doc_id}: recorded by custody entry {seq} but missing from the catalog\n" \
        in _failed(root)


def test_verify_replaced_verifier_key_is_a_key_error(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    forged = _forged_key(root)
    (root / "keys" / "custody.vkey").write_text(forged.vkey + "\n")
    findings = _findings(root)
    assert findings == [
        Finding("error", "checkpoint", "key", "keys/custody.vkey is not the key recorded in log entry 0; "
                                              "the signing key was replaced"),
        Finding("error", "checkpoint", "size 1", f"checkpoint carries no signature by key {forged.name}"),
        Finding("error", "checkpoint", f"size {ENTRIES}", f"checkpoint carries no signature by key {forged.name}"),
    ]
    assert "ERROR checkpoint key: keys/custody.vkey is not the key recorded in log entry 0" in _failed(root)


def test_verify_checkpoint_signed_by_another_key_is_a_signature_error(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    forged = _forged_key(root)
    with Archive.open(root) as archive:
        real_root = archive.custody.root(5)
    note = forged.sign(Checkpoint(forged.name, 5, real_root))
    with catalog(root) as conn:
        conn.execute("INSERT INTO checkpoints(tree_size, root_hash, note, signed_at) VALUES (5, ?, ?, ?)",
                     (real_root, note, "2020-01-01T00:00:00Z"))
    assert _findings(root) == [
        Finding("error", "checkpoint", "size 5", f"checkpoint carries no signature by key {forged.name}")
    ]
    assert f"ERROR checkpoint size 5: checkpoint carries no signature by key {forged.name}\n" in _failed(root)


def test_verify_checkpoint_with_edited_body_is_a_signature_error(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    with catalog(root) as conn:
        note = conn.execute("SELECT note FROM checkpoints WHERE tree_size = ?", (ENTRIES,)).fetchone()[0]
        lines = note.split("\n")
        lines[1] = str(ENTRIES - 1)  # claim a smaller log under the original signature
        conn.execute("UPDATE checkpoints SET note = ? WHERE tree_size = ?", ("\n".join(lines), ENTRIES))
    name = str(value(root, "SELECT value FROM meta WHERE key = 'origin'"))
    assert _findings(root) == [
        Finding("error", "checkpoint", f"size {ENTRIES}", f"checkpoint signature by {name} does not verify")
    ]
    assert f"ERROR checkpoint size {ENTRIES}: checkpoint signature by {name} does not verify\n" in _failed(root)


def test_verify_entries_after_the_newest_checkpoint_are_checked(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    with Archive.open(root) as archive, archive.transaction():
        archive.custody.append("note.added", text="logged by a run that was killed before it signed")
    with catalog(root) as conn:
        conn.execute("UPDATE custody SET entry = CAST('{\"seq\":10}' AS BLOB) WHERE seq = ?", (ENTRIES,))
    assert _findings(root) == [
        Finding("error", "log", f"entry {ENTRIES}",
                "altered: its bytes no longer hash to the leaf recorded when it was appended"),
        Finding("warning", "checkpoint", f"size {ENTRIES + 1}",
                "1 newest entries are not yet covered by a signed checkpoint (an interrupted run); "
                "the next ingest signs them"),
    ]
    assert f"FAILED: {ENTRIES + 1} custody entries" in _failed(root)


def test_verify_published_checkpoint_holds_while_the_log_grows(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    published = tmp_path / "published.txt"
    published.write_text(str(value(root, "SELECT note FROM checkpoints ORDER BY tree_size DESC LIMIT 1")))
    with Archive.open(root) as archive:
        archive.ingest(sorted(ENRON.glob("*.eml"))[:5], "mail")
        size = archive.custody.size()
    assert size == ENTRIES + 1 + 5
    result = cli("-a", root, "verify", "--checkpoint", published)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"OK: {size} custody entries, 3 signed checkpoints")


def test_verify_published_checkpoint_catches_a_rewritten_log(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    published = tmp_path / "published.txt"
    published.write_text(str(value(root, "SELECT note FROM checkpoints ORDER BY tree_size DESC LIMIT 1")))
    # An insider with the signing key rewrites an old entry and re-signs: the archive alone looks fine.
    _, _, seq = doc_by_path(root, "archive-src/doc.html")
    with catalog(root) as conn:
        data = bytes(conn.execute("SELECT entry FROM custody WHERE seq = ?", (seq,)).fetchone()[0])
        entry = json.loads(data)
        entry["time"] = "2019-01-01T00:00:00.000000Z"
        edited = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()
        conn.execute("UPDATE custody SET entry = ?, leaf_hash = ? WHERE seq = ?",
                     (edited, merkle.leaf_hash(edited), seq))
        conn.execute("DELETE FROM checkpoints")
    with Archive.open(root) as archive:
        archive.sign_checkpoint()
    assert _findings(root) == []
    assert cli("-a", root, "verify").exit_code == 0
    result = cli("-a", root, "verify", "--checkpoint", published)
    assert result.exit_code == 3, result.output
    assert f"ERROR checkpoint {published}: the log no longer matches this published checkpoint: it was rewritten\n" \
        in result.output
    assert f"FAILED: {ENTRIES} custody entries" in result.output


def test_verify_published_checkpoint_of_another_archive_fails(tmp_path: Path) -> None:
    root, _ = make_archive(tmp_path)
    other, _ = make_archive(tmp_path, name="other")
    published = tmp_path / "other-checkpoint.txt"
    published.write_text(str(value(other, "SELECT note FROM checkpoints ORDER BY tree_size DESC LIMIT 1")))
    name = str(value(root, "SELECT value FROM meta WHERE key = 'origin'"))
    result = cli("-a", root, "verify", "--checkpoint", published)
    assert result.exit_code == 3, result.output
    assert f"ERROR checkpoint {published}: checkpoint carries no signature by key {name}\n" in result.output
