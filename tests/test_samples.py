"""The bundled fictional sample: reproducible from its generator, and what the demo shows."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "samples" / "make_samples.py"
COLLECTION = ROOT / "samples" / "collection"

BUNDLE = "collection/transfer/leak-bundle.zip"
EXPORTS = f"{BUNDLE} ▸ older/exports-2023.tar.gz"
SHA_ROSTER = "3957042ebe55b5c2c0b68b08cea55d4231ee201d90b894e925cef19d6397abb9"
SHA_NOTICE_017 = "41844ca0f4389661e4d4e8f8a7e2abece5023bec44189636897fbee979b38903"
SHA_DUTY_ROTA = "c8cf1bc6aaed534914b39cd2aaa760c83f8bba3500a6227a32c8750fcfcae85a"
SHA_MINUTES = "66159f0eb4e54293a2ced728e1ab5100b8f3271643cdc77ea9d60e4fe9bba883"

# What `dossier ls sample` lists after ingesting samples/collection: name, sha256, status.
EXPECTED_DOCUMENTS = [
    ("collection/README.txt", "d9e749f16001236b77ee394e308dc9a6ed54bfec751c82d6ccbf19ae354f72b7", "stored"),
    ("collection/memo-to-editors.txt", "138fde941134eefb4272038d3023f0957216a416ec236b9b2cbc166a5ef88ec9", "stored"),
    ("collection/staff-roster.csv", SHA_ROSTER, "stored"),
    ("collection/copies/duty-rota (copy).txt", SHA_DUTY_ROTA, "stored"),
    ("collection/transfer/leak-bundle-part2.zip",
     "af180649a64168f5d3498745785d2127a57deb30f2d7c924c6a2357ceb24726e", "partial"),
    (BUNDLE, "bdfd4a8d70d30eed1b047f4d32908c0762ed1e1f6be190ee36a4d18c192a5881", "stored"),
    (f"{BUNDLE} ▸ 通知/2024-017号-关于清理旧档案的通知.txt", SHA_NOTICE_017, "stored"),
    (f"{BUNDLE} ▸ staff-roster.csv", SHA_ROSTER, "stored"),
    (EXPORTS, "9c6ca7408ae1f356b4616136e550f3b2ff6cb3760f8b4b9c986dcfc665968b47", "stored"),
    (f"{EXPORTS} ▸ exports/2023-09-会议纪要.txt", SHA_MINUTES, "stored"),
    (f"{EXPORTS} ▸ exports/budget-lines-2023.csv",
     "22c5700dd79e298c8d7a724a29826ff5e0243a03998b0c8ca62873eda39845ec", "stored"),
    ("collection/通知/2023-09-会议纪要.txt", SHA_MINUTES, "stored"),
    ("collection/通知/2024-017号-关于清理旧档案的通知.txt", SHA_NOTICE_017, "stored"),
]
DAMAGED_REASON = ("unpacking stopped: zip cannot be opened: File is not a zip file; 0 members kept, "
                  "the original is preserved")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _json(result: Result) -> object:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_make_samples_reproduces_committed_collection(tmp_path: Path) -> None:
    out = tmp_path / "again"
    done = subprocess.run([sys.executable, str(GENERATOR), str(out)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wrote 9 files (10,078 bytes) to {out}\n"
    committed, regenerated = _files(COLLECTION), _files(out)
    assert sorted(regenerated) == sorted(committed)
    for name, data in committed.items():
        assert regenerated[name] == data, f"{name} differs from what samples/make_samples.py writes"


def test_make_samples_collection_is_small_and_marked_fiction() -> None:
    files = _files(COLLECTION)
    assert sum(len(data) for data in files.values()) < 200_000
    assert files["README.txt"].decode().startswith("THIS IS A FICTIONAL SAMPLE COLLECTION")
    for name, data in files.items():
        if name.endswith((".txt", ".csv")):
            text = data.decode("gb18030" if name == "通知/2023-09-会议纪要.txt" else "utf-8")
            assert "FICTIONAL" in text or "虚构" in text, f"{name} does not say it is fiction"


def test_make_samples_minutes_need_gb18030() -> None:
    data = (COLLECTION / "通知" / "2023-09-会议纪要.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("gb18030")
    assert "二〇二三年第三季度工作会议纪要" in text
    # The Uyghur line needs GB18030's four-byte codes: GBK has no Arabic script.
    uyghur = "ئاھالىلەر ئۇچرىشىش ۋاقتى ئۆزگەردى"
    assert uyghur in text
    with pytest.raises(UnicodeEncodeError):
        uyghur.encode("gbk")


def test_make_samples_damaged_zip_is_a_cut_off_zip() -> None:
    data = (COLLECTION / "transfer" / "leak-bundle-part2.zip").read_bytes()
    assert data[:4] == b"PK\x03\x04"
    assert b"PK\x05\x06" not in data  # no end of central directory: the transfer was cut off
    assert len(data) == 670


def test_sample_ingest_lists_every_document(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    archive = tmp_path / "archive"
    assert run_cli("init", archive).exit_code == 0
    summary = _json(run_cli("-a", archive, "--json", "ingest", COLLECTION, "-c", "sample",
                            "--note", "bundled fictional sample"))
    assert {k: summary[k] for k in ("files", "members", "bytes", "stored", "duplicates", "already_in_collection",
                                    "failed", "partial", "skipped", "custody_tree_size")} == {
        "files": 9, "members": 5, "bytes": 10_078, "stored": 10, "duplicates": 3, "already_in_collection": 1,
        "failed": 0, "partial": 1, "skipped": 0, "custody_tree_size": 16}
    assert [(p["name"], p["status"], p["reason"]) for p in summary["problems"]] == [
        ("collection/transfer/leak-bundle-part2.zip", "partial", DAMAGED_REASON)]

    listed = _json(run_cli("-a", archive, "--json", "ls", "sample"))
    assert [(d["display"], d["sha256"], d["status"]) for d in listed] == EXPECTED_DOCUMENTS
    damaged = next(d for d in listed if d["status"] == "partial")
    assert damaged["reason"] == DAMAGED_REASON

    # The duty rota arrived twice under two names: one document, both names, two custody entries.
    rota = [d for d in listed if d["sha256"] == SHA_DUTY_ROTA]
    assert len(rota) == 1
    shown = _json(run_cli("-a", archive, "--json", "show", rota[0]["id"]))
    assert [n["name"] for n in shown["names"]] == [
        "collection/copies/duty-rota (copy).txt", "collection/通知/2024-021号-值班安排.txt"]
    received = [e for e in shown["custody"] if e["event"] == "received"]
    assert [e["path"] for e in received] == [n["name"] for n in shown["names"]]
    assert {e["note"] for e in received} == {"bundled fictional sample"}

    verified = run_cli("-a", archive, "verify")
    assert verified.exit_code == 0, verified.output
    assert verified.stdout.startswith("OK: ")
    # Reading the text adds custody entries and derived blobs; the 13 documents stay 13.
    assert ", 13 documents, " in verified.stdout


def test_sample_proof_verifies_against_original(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    archive = tmp_path / "archive"
    assert run_cli("init", archive).exit_code == 0
    assert run_cli("-a", archive, "ingest", COLLECTION, "-c", "sample", "--no-extract").exit_code == 0
    verified = run_cli("-a", archive, "verify")
    assert (verified.exit_code, verified.stdout) == (
        0, "OK: 16 custody entries, 2 signed checkpoints, 13 documents, 10 blobs (10.0 KiB) checked.\n")
    listed = _json(run_cli("-a", archive, "--json", "ls", "sample"))
    memo = next(d for d in listed if d["display"] == "collection/memo-to-editors.txt")
    bundle = tmp_path / "memo.proof.json"
    assert run_cli("-a", archive, "proof", memo["id"], "-o", bundle).exit_code == 0
    vkey = (archive / "keys" / "custody.vkey").read_text().strip()

    checked = _json(run_cli("--json", "verify-proof", bundle, COLLECTION / "memo-to-editors.txt", "--key", vkey))
    assert checked["ok"] is True
    assert checked["sha256"] == memo["sha256"]
    assert checked["entry"]["path"] == "collection/memo-to-editors.txt"

    # Any other file fails the same proof with exit 3.
    wrong = run_cli("verify-proof", bundle, COLLECTION / "README.txt", "--key", vkey)
    assert wrong.exit_code == 3
    assert "README.txt hashes to d9e749f16001236b77ee394e308dc9a6ed54bfec751c82d6ccbf19ae354f72b7, but the custody " \
           "entry records 138fde941134eefb4272038d3023f0957216a416ec236b9b2cbc166a5ef88ec9" in wrong.output
