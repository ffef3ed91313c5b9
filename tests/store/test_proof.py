"""Tests for `dossier proof` and `dossier verify-proof`: a reader checks one document with no archive.

Bundles come from real multi-entry logs (sizes 10 and 18, not powers of two, so the audit
paths include unbalanced subtrees). Each way a bundle or an original can be wrong must
exit 3 with a message naming what failed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from dossier import Archive, IntegrityError
from dossier.store.proof import FORMAT, build_proof, verify_proof

from .custody_fixtures import ENRON, ZIP_MEMBERS, cli, doc_by_path, make_archive, value

ENTRIES = 10  # see test_verify: archive.created, collection.created, zip + 3 members, 4 files


def _proof(root: Path, doc_id: str, out: Path) -> dict[str, Any]:
    result = cli("-a", root, "proof", doc_id[:8], "-o", out)
    assert result.exit_code == 0, result.output
    assert result.output == f"Proof written to {out}\n"
    return json.loads(out.read_text())


def _edited(bundle: dict[str, Any], path: Path, **changes: Any) -> Path:
    path.write_text(json.dumps({**bundle, **changes}))
    return path


def _rejected(bundle: Path, original: Path, *extra: str) -> str:
    result = cli("verify-proof", bundle, original, *extra)
    assert result.exit_code == 3, result.output
    assert result.output.startswith("Error: "), result.output
    return result.output


@pytest.fixture
def proved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Make an archive, prove utf.txt from it, then delete the archive: only bundle and original remain."""
    root, source = make_archive(tmp_path)
    doc_id, sha, seq = doc_by_path(root, "archive-src/utf.txt")
    vkey = (root / "keys" / "custody.vkey").read_text().strip()
    origin = str(value(root, "SELECT value FROM meta WHERE key = 'origin'"))
    bundle = _proof(root, doc_id, tmp_path / "utf.proof.json")
    shutil.rmtree(root)
    # verify-proof must not even look for an archive: point the default at nothing.
    monkeypatch.setenv("DOSSIER_ARCHIVE", str(tmp_path / "no-archive-here"))
    monkeypatch.chdir(tmp_path)
    return {"bundle": bundle, "path": tmp_path / "utf.proof.json", "original": source / "utf.txt",
            "doc_id": doc_id, "sha256": sha, "seq": seq, "vkey": vkey, "origin": origin, "tmp": tmp_path}


def test_proof_bundle_holds_entry_path_checkpoint_and_key(proved: dict[str, Any]) -> None:
    bundle = proved["bundle"]
    assert bundle["format"] == FORMAT
    assert bundle["document"] == {"id": proved["doc_id"], "collection": "leak", "name": "archive-src/utf.txt",
                                  "sha256": proved["sha256"], "size": proved["original"].stat().st_size}
    entry = json.loads(bundle["entry"])
    assert (entry["event"], entry["doc"], entry["blobs"], entry["seq"]) == (
        "received", proved["doc_id"], [proved["sha256"]], proved["seq"])
    assert (bundle["leaf_index"], bundle["tree_size"]) == (ENTRIES - 1, ENTRIES)
    # Leaf 9 of 10 sits beside the subtree of leaves 0-7 and its sibling leaf 8.
    assert len(bundle["inclusion_proof"]) == 2
    assert all(len(base64.b64decode(h)) == 32 for h in bundle["inclusion_proof"])
    assert bundle["checkpoint"].startswith(f"{proved['origin']}\n{ENTRIES}\n")
    assert bundle["verifier_key"] == proved["vkey"]


def test_proof_verifies_with_no_archive_present(proved: dict[str, Any]) -> None:
    assert not (proved["tmp"] / "archive").exists()
    result = cli("verify-proof", proved["path"], proved["original"])
    assert result.exit_code == 0, result.output
    entry = json.loads(proved["bundle"]["entry"])
    root_hex = base64.b64decode(proved["bundle"]["checkpoint"].split("\n")[2]).hex()
    assert result.output == (
        f"OK: utf.txt (sha256 {proved['sha256']}) is entry {ENTRIES - 1} (received {entry['time']} by "
        f"{entry['user']}) of custody log {proved['origin']}, size {ENTRIES}, root {root_hex}.\n"
        f"The key came from the bundle itself: {proved['vkey']}\n"
        "Compare it with the key the publisher announced, or pass that key with --key.\n"
    )


def test_proof_verifies_with_the_announced_key(proved: dict[str, Any]) -> None:
    result = cli("verify-proof", proved["path"], proved["original"], "--key", proved["vkey"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK: utf.txt ")
    assert "The key came from the bundle itself" not in result.output


def test_proof_fails_with_another_key(proved: dict[str, Any]) -> None:
    other, _ = make_archive(proved["tmp"], name="other")
    other_key = (other / "keys" / "custody.vkey").read_text().strip()
    other_name = other_key.split("+")[0]
    output = _rejected(proved["path"], proved["original"], "--key", other_key)
    assert output == f"Error: checkpoint carries no signature by key {other_name}\n"


def test_proof_fails_for_a_modified_original(proved: dict[str, Any]) -> None:
    changed = proved["tmp"] / "utf.txt"
    changed.write_bytes(proved["original"].read_bytes() + b"\n")
    actual = hashlib.sha256(changed.read_bytes()).hexdigest()
    output = _rejected(proved["path"], changed)
    assert output == (f"Error: utf.txt hashes to {actual}, but the custody entry records {proved['sha256']}: "
                      "this is not the document the proof is for, or it was changed\n")


def test_proof_fails_when_the_entry_text_is_edited(proved: dict[str, Any]) -> None:
    entry = proved["bundle"]["entry"]
    edited = entry.replace('"event":"received"', '"event":"received","note":"seized 2019-01-01"')
    assert edited != entry
    path = _edited(proved["bundle"], proved["tmp"] / "edited.json", entry=edited)
    output = _rejected(path, proved["original"])
    assert output.startswith(f"Error: the inclusion proof does not lead to the signed root: root of tree size "
                             f"{ENTRIES} recomputed from the proof is ")
    assert "was expected" in output


def test_proof_fails_for_a_wrong_leaf_index(proved: dict[str, Any]) -> None:
    path = _edited(proved["bundle"], proved["tmp"] / "index.json", leaf_index=ENTRIES - 2)
    output = _rejected(path, proved["original"])
    assert output == f"Error: the entry says it is entry {ENTRIES - 1}, the proof is for leaf {ENTRIES - 2}\n"


def test_proof_fails_for_a_truncated_inclusion_proof(proved: dict[str, Any]) -> None:
    path = _edited(proved["bundle"], proved["tmp"] / "short.json",
                   inclusion_proof=proved["bundle"]["inclusion_proof"][:-1])
    output = _rejected(path, proved["original"])
    assert output == (f"Error: the inclusion proof does not lead to the signed root: inclusion proof has 1 hashes; "
                      f"leaf {ENTRIES - 1} of a tree of size {ENTRIES} needs 2\n")


def test_proof_fails_with_a_checkpoint_from_another_archive(proved: dict[str, Any]) -> None:
    other, _ = make_archive(proved["tmp"], name="other")
    note = str(value(other, "SELECT note FROM checkpoints ORDER BY tree_size DESC LIMIT 1"))
    other_key = (other / "keys" / "custody.vkey").read_text().strip()
    assert note.split("\n")[1] == str(ENTRIES)  # same size: only the root can tell them apart
    swapped = _edited(proved["bundle"], proved["tmp"] / "swapped.json", checkpoint=note)
    assert _rejected(swapped, proved["original"]) == \
        f"Error: checkpoint carries no signature by key {proved['origin']}\n"
    # Swap the key too: the signature checks, but the entry is not in that log.
    both = _edited(proved["bundle"], proved["tmp"] / "both.json", checkpoint=note, verifier_key=other_key)
    output = _rejected(both, proved["original"])
    assert output.startswith(f"Error: the inclusion proof does not lead to the signed root: root of tree size "
                             f"{ENTRIES} recomputed from the proof is ")
    # With the publisher's real key, the substituted checkpoint is refused outright.
    assert _rejected(both, proved["original"], "--key", proved["vkey"]) == \
        f"Error: checkpoint carries no signature by key {proved['origin']}\n"


def test_proof_rejects_a_bundle_that_is_not_json(proved: dict[str, Any]) -> None:
    broken = proved["tmp"] / "broken.json"
    broken.write_text(proved["path"].read_text()[:-40])
    output = _rejected(broken, proved["original"])
    assert output.startswith(f"Error: {broken} is not a JSON proof bundle: ")


def test_proof_of_a_container_member_checks_the_member_bytes(tmp_path: Path) -> None:
    root, source = make_archive(tmp_path)
    doc_id, sha, seq = doc_by_path(root, "sub/ledger.csv")
    bundle = _proof(root, doc_id, tmp_path / "ledger.proof.json")
    entry = json.loads(bundle["entry"])
    assert (entry["event"], entry["path"], entry["blobs"], bundle["leaf_index"]) == (
        "unpacked", "sub/ledger.csv", [sha], seq)
    assert entry["parent"] == doc_by_path(root, "archive-src/bundle.zip")[0]
    member = tmp_path / "ledger.csv"
    member.write_bytes(ZIP_MEMBERS["sub/ledger.csv"])
    result = cli("verify-proof", tmp_path / "ledger.proof.json", member)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"OK: ledger.csv (sha256 {sha}) is entry {seq} (unpacked ")
    # The container's own bytes are not the member's.
    zipped = _rejected(tmp_path / "ledger.proof.json", source / "bundle.zip")
    assert zipped.startswith("Error: bundle.zip hashes to ")


def test_proof_made_after_more_ingests_verifies_and_old_one_still_does(tmp_path: Path) -> None:
    root, source = make_archive(tmp_path)
    doc_id, _, _ = doc_by_path(root, "archive-src/countries.csv")
    before = _proof(root, doc_id, tmp_path / "before.json")
    with Archive.open(root) as archive:
        archive.ingest(sorted(ENRON.glob("*.eml"))[:7], "mail")
        assert archive.custody.size() == ENTRIES + 1 + 7
    after = _proof(root, doc_id, tmp_path / "after.json")
    assert (before["tree_size"], after["tree_size"]) == (ENTRIES, ENTRIES + 8)
    assert before["leaf_index"] == after["leaf_index"]
    assert before["inclusion_proof"] != after["inclusion_proof"]
    vkey = (root / "keys" / "custody.vkey").read_text().strip()
    for name in ("before.json", "after.json"):
        result = cli("verify-proof", tmp_path / name, source / "countries.csv", "--key", vkey)
        assert result.exit_code == 0, result.output
        assert result.output.startswith("OK: countries.csv ")
    # Every stored document of the grown log has a proof that verifies against its blob.
    with Archive.open(root) as archive:
        rows = archive.conn.execute("SELECT id, sha256 FROM documents WHERE sha256 IS NOT NULL").fetchall()
        assert len(rows) == 8 + 7
        for row in rows:
            bundle = build_proof(archive, row["id"])
            assert bundle["tree_size"] == ENTRIES + 8
            checked = verify_proof(bundle, archive.blobs.path(row["sha256"]), vkey)
            assert (checked["ok"], checked["sha256"], checked["key_from_bundle"]) == (True, row["sha256"], False)
        # A proof checked against the wrong document's bytes fails in the library too.
        with pytest.raises(IntegrityError, match="but the custody entry records"):
            verify_proof(build_proof(archive, rows[0]["id"]), archive.blobs.path(rows[1]["sha256"]), vkey)
