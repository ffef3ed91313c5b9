"""Tests for `dossier export --bagit`: a valid bag whose tag files prove every original on their own.

The archive holds two collections; the bag of one must carry its originals with the
archive's hashes, custody entries that hash to the exported leaves, leaves that rebuild
the signed root, proofs that verify against the exported files, and nothing at all about
the other collection.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import bagit
import pytest
from click.testing import CliRunner, Result

from dossier import Archive
from dossier.cli import main
from dossier.export.bag import safe_relative
from dossier.store.checkpoint import open_note
from dossier.store.merkle import leaf_hash, root_hash
from dossier.store.proof import verify_proof

# The corpus is shared between checkouts and never copied into the repository.
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
ALEPH = CORPUS / "ingest-fixtures" / "aleph-ingest-file"
ENRON = CORPUS / "email" / "enron-sample" / "eml"
EXPORTED = "leak"
OTHER = "second-source"


def _cli(*args: str | Path) -> Result:
    return CliRunner(env={"COLUMNS": "400"}).invoke(main, [str(a) for a in args], catch_exceptions=False)


def _tag_files(bag: Path) -> list[Path]:
    return sorted(p for p in bag.iterdir() if p.is_file())


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Ingest two collections, export one as a bag; returns the paths and the catalog rows of both."""
    tmp = tmp_path_factory.mktemp("bagit")
    source = tmp / "papers"
    (source / "mail").mkdir(parents=True)
    for name in ("utf.txt", "doc.html", "countries.csv", "example.pdf"):
        shutil.copyfile(ALEPH / name, source / name)
    shutil.copyfile(ENRON / "bass-e__sent_mail_20.eml", source / "mail" / "bass.eml")
    with zipfile.ZipFile(source / "mail" / "attachments.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(ALEPH / "countries_nonutf.csv", "countries_nonutf.csv")
        bundle.writestr("notes/readme.txt", "Ledger copies are in the second box.\n")
    other = tmp / "other"
    other.mkdir()
    for path in sorted(ENRON.glob("*.eml"))[-4:]:
        shutil.copyfile(path, other / path.name)
    root = tmp / "archive"
    with Archive.init(root) as archive:
        archive.ingest([source], EXPORTED)
        archive.ingest([other], OTHER)
        rows = {name: [dict(r) for r in archive.conn.execute(
            "SELECT * FROM documents WHERE collection = ? ORDER BY rowid", (name,))] for name in (EXPORTED, OTHER)}
        vkey = archive.vkey
    bag = tmp / "bag"
    result = _cli("-a", root, "export", "--bagit", bag, EXPORTED)
    return {"root": root, "bag": bag, "rows": rows, "vkey": vkey, "result": result, "tmp": tmp}


def test_bagit_export_writes_a_valid_bag(exported: dict[str, Any]) -> None:
    result = exported["result"]
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote and validated BagIt bag {exported['bag']} with 6 originals.\n"
    bag = bagit.Bag(str(exported["bag"]))
    bag.validate()  # raises BagValidationError on any mismatch
    assert bag.algorithms == ["sha256"]
    assert {p.name for p in _tag_files(exported["bag"])} == {
        "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "checkpoint.txt",
        "custody.vkey", "custody-leaves.txt", "custody-entries.jsonl", "documents.jsonl", "proofs.jsonl"}


def test_bagit_manifest_lists_each_original_with_the_archive_sha256(exported: dict[str, Any]) -> None:
    manifest = {}
    for line in (exported["bag"] / "manifest-sha256.txt").read_text().splitlines():
        sha, path = line.split("  ", 1)
        manifest[path] = sha
    originals = [r for r in exported["rows"][EXPORTED] if r["parent_id"] is None]
    assert len(originals) == 6
    assert manifest == {f"data/{safe_relative(r['path'])}": r["sha256"] for r in originals}
    assert "data/papers/mail/attachments.zip" in manifest  # the container, not its members
    for path, sha in manifest.items():
        assert hashlib.sha256((exported["bag"] / path).read_bytes()).hexdigest() == sha
    assert hashlib.sha256((exported["bag"] / "data/papers/utf.txt").read_bytes()).digest() == \
        hashlib.sha256((ALEPH / "utf.txt").read_bytes()).digest()


def test_bagit_custody_leaves_rebuild_the_signed_root(exported: dict[str, Any]) -> None:
    bag = exported["bag"]
    vkey = (bag / "custody.vkey").read_text().strip()
    assert vkey == exported["vkey"]
    checkpoint = open_note((bag / "checkpoint.txt").read_text(), vkey)
    leaves = [bytes.fromhex(line) for line in (bag / "custody-leaves.txt").read_text().splitlines()]
    assert len(leaves) == checkpoint.size
    assert root_hash(leaves) == checkpoint.root
    with Archive.open(exported["root"]) as archive:
        assert checkpoint.size == archive.custody.size()
        assert leaves == archive.custody.leaf_hashes()


def test_bagit_custody_entries_hash_to_their_leaves(exported: dict[str, Any]) -> None:
    bag = exported["bag"]
    leaves = [bytes.fromhex(line) for line in (bag / "custody-leaves.txt").read_text().splitlines()]
    lines = (bag / "custody-entries.jsonl").read_bytes().split(b"\n")
    assert lines[-1] == b""
    seqs = []
    for line in lines[:-1]:
        entry = json.loads(line)
        assert leaf_hash(line) == leaves[entry["seq"]], entry["seq"]
        assert entry["seq"] == 0 or entry["collection"] == EXPORTED
        seqs.append(entry["seq"])
    # Entry 0 (the archive and its key), the collection, and every document of it, in log order.
    documents = exported["rows"][EXPORTED]
    assert seqs == sorted({0, 1} | {r["entry"] for r in documents})
    assert len(seqs) == 2 + len(documents)


def test_bagit_proofs_verify_against_the_exported_files(exported: dict[str, Any]) -> None:
    bag = exported["bag"]
    bundles = [json.loads(line) for line in (bag / "proofs.jsonl").read_text().splitlines()]
    assert len(bundles) == 6
    checkpoint = open_note((bag / "checkpoint.txt").read_text(), exported["vkey"])
    for bundle in bundles:
        original = bag / "data" / safe_relative(bundle["document"]["name"])
        checked = verify_proof(bundle, original, exported["vkey"])
        assert checked["ok"] is True
        assert checked["sha256"] == bundle["document"]["sha256"]
        assert (checked["tree_size"], checked["root"]) == (checkpoint.size, checkpoint.root.hex())
    one = bundles[0]
    (exported["tmp"] / "one.json").write_text(json.dumps(one))
    result = _cli("verify-proof", exported["tmp"] / "one.json",
                  bag / "data" / safe_relative(one["document"]["name"]), "--key", exported["vkey"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK: ")


def test_bagit_documents_are_the_collection_rows(exported: dict[str, Any]) -> None:
    rows = [json.loads(line) for line in (exported["bag"] / "documents.jsonl").read_text().splitlines()]
    assert rows == exported["rows"][EXPORTED]
    assert sum(1 for r in rows if r["parent_id"] is not None) == 2  # the zip's members are listed


def test_bagit_tag_files_hold_nothing_from_another_collection(exported: dict[str, Any]) -> None:
    others = exported["rows"][OTHER]
    assert len(others) == 4
    secrets = {OTHER} | {r["id"] for r in others} | {r["sha256"] for r in others} | \
              {Path(r["path"]).name for r in others}
    exported_shas = {r["sha256"] for r in exported["rows"][EXPORTED]}
    assert not secrets & exported_shas  # the other collection's files are really different
    for path in _tag_files(exported["bag"]):
        text = path.read_text()
        for secret in secrets:
            assert secret not in text, f"{path.name} mentions {secret}"
    data = {p.name for p in (exported["bag"] / "data").rglob("*") if p.is_file()}
    assert data == {"utf.txt", "doc.html", "countries.csv", "example.pdf", "bass.eml", "attachments.zip"}


def test_bagit_export_to_a_non_empty_folder_fails(exported: dict[str, Any]) -> None:
    target = exported["tmp"] / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("already here\n")
    result = _cli("-a", exported["root"], "export", "--bagit", target, EXPORTED)
    assert result.exit_code == 1
    assert result.output == f"Error: {target} exists and is not empty; give a new folder for the bag\n"
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_bagit_export_of_an_unknown_collection_fails(exported: dict[str, Any]) -> None:
    target = exported["tmp"] / "never"
    result = _cli("-a", exported["root"], "export", "--bagit", target, "no-such-collection")
    assert result.exit_code == 1
    assert result.output == "Error: no collection named 'no-such-collection'; `dossier ls` shows what there is\n"
    assert not target.exists()


def test_bagit_tampered_data_file_fails_validation(exported: dict[str, Any]) -> None:
    copy = exported["tmp"] / "tampered-bag"
    shutil.copytree(exported["bag"], copy)
    victim = copy / "data" / "papers" / "countries.csv"
    victim.write_bytes(victim.read_bytes().replace(b",", b";", 1))
    with pytest.raises(bagit.BagValidationError) as caught:
        bagit.Bag(str(copy)).validate()
    assert [(d.path, d.algorithm) for d in caught.value.details] == [("data/papers/countries.csv", "sha256")]
    # The bag's own proof for that file now refuses it too.
    bundle = next(b for b in map(json.loads, (copy / "proofs.jsonl").read_text().splitlines())
                  if b["document"]["name"] == "papers/countries.csv")
    (exported["tmp"] / "countries.json").write_text(json.dumps(bundle))
    result = _cli("verify-proof", exported["tmp"] / "countries.json", victim)
    assert result.exit_code == 3
    assert "Error: countries.csv hashes to " in result.output
