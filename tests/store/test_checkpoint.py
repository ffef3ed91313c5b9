"""Tests for dossier.store.checkpoint: C2SP signed notes and tlog checkpoints.

Interoperability is checked against published vectors: the key pair and signed note in
Go's golang.org/x/mod/sumdb/note (note_test.go, TestSign and TestOpen) and the example in
c2sp.org/signed-note. Our key hash, verifier key, signature line and verification must
agree with them byte for byte.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dossier import IntegrityError
from dossier.store.checkpoint import (
    SIGNATURE_PREFIX,
    Checkpoint,
    SigningKey,
    key_hash,
    open_note,
    parse_verifier_key,
    verifier_key,
)

# golang.org/x/mod sumdb/note/note_test.go: TestNewSigner, TestSign, TestOpen.
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
GO_PETER_SIG = ("\u2014 PeterNeumann "
                "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n")
ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
GO_ENOCH_SIG = ("\u2014 EnochRoot "
                "rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n")
GO_NOTE = GO_TEXT + "\n" + GO_PETER_SIG

# c2sp.org/signed-note, "Example" (the key's base64 has no '+'; the Go keys above do).
C2SP_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
C2SP_NOTE = ("This is an example message.\n\n\u2014 example.com/foo "
             "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n")

ROOT = hashlib.sha256(b"a root hash stands in here").digest()


def _check_text_signature(note: str, vkey: str) -> str:
    """Verify a signed note that is not a checkpoint with our key parsing and hashing; return its text.

    Test-only: open_note also parses the text as a checkpoint, which these vectors are not.
    """
    name, public = parse_verifier_key(vkey)
    text, _, signatures = note.rpartition("\n\n")
    text += "\n"
    for line in signatures.splitlines():
        assert line.startswith(SIGNATURE_PREFIX)
        signer, _, encoded = line[len(SIGNATURE_PREFIX):].partition(" ")
        raw = base64.b64decode(encoded, validate=True)
        if signer == name and raw[:4] == key_hash(name, public):
            Ed25519PublicKey.from_public_bytes(public).verify(raw[4:], text.encode())
            return text
    raise AssertionError(f"no signature by {name}")


@pytest.fixture
def key(tmp_path: Path) -> SigningKey:
    """Return a fresh archive signing key named like an archive's origin."""
    return SigningKey.create(tmp_path / "keys", "dossier/0123456789abcdef0123456789abcdef")


def test_checkpoint_body_is_origin_size_and_base64_root(key: SigningKey) -> None:
    checkpoint = Checkpoint(key.name, 1234, ROOT)
    assert checkpoint.body() == f"{key.name}\n1234\n{base64.b64encode(ROOT).decode()}\n"
    assert Checkpoint.parse(checkpoint.body()) == checkpoint


def test_checkpoint_signed_note_opens_with_its_key(key: SigningKey) -> None:
    checkpoint = Checkpoint(key.name, 1234, ROOT)
    note = key.sign(checkpoint)
    assert open_note(note, key.vkey) == checkpoint
    body, signature = note.split("\n\n")
    assert body + "\n" == checkpoint.body()
    assert signature.startswith("\u2014 " + key.name + " ")  # an em dash and a space
    assert signature.endswith("\n") and signature.count("\n") == 1
    raw = base64.b64decode(signature.removeprefix(f"\u2014 {key.name} ").strip(), validate=True)
    assert len(raw) == 4 + 64
    assert raw[:4] == key_hash(key.name, key.public)
    Ed25519PublicKey.from_public_bytes(key.public).verify(raw[4:], checkpoint.body().encode())


def test_checkpoint_key_hash_is_sha256_of_name_newline_type_and_key(key: SigningKey) -> None:
    expected = hashlib.sha256(key.name.encode() + b"\n" + b"\x01" + key.public).digest()[:4]
    assert key_hash(key.name, key.public) == expected
    encoded = base64.b64encode(b"\x01" + key.public).decode()
    assert key.vkey == f"{key.name}+{expected.hex()}+{encoded}"
    assert parse_verifier_key(key.vkey) == (key.name, key.public)


def test_checkpoint_key_files_are_owner_only(key: SigningKey, tmp_path: Path) -> None:
    assert os.stat(tmp_path / "keys").st_mode & 0o777 == 0o700
    assert os.stat(tmp_path / "keys" / "custody.key").st_mode & 0o777 == 0o600
    assert (tmp_path / "keys" / "custody.vkey").read_text() == key.vkey + "\n"
    assert SigningKey.load(tmp_path / "keys", key.name).public == key.public


def test_checkpoint_tampered_body_is_rejected(key: SigningKey) -> None:
    note = key.sign(Checkpoint(key.name, 1234, ROOT))
    for tampered in (note.replace("\n1234\n", "\n1235\n"),
                     note.replace(base64.b64encode(ROOT).decode(), base64.b64encode(bytes(32)).decode())):
        assert tampered != note
        with pytest.raises(IntegrityError, match=f"^checkpoint signature by {key.name} does not verify$"):
            open_note(tampered, key.vkey)


def test_checkpoint_wrong_key_is_rejected(key: SigningKey, tmp_path: Path) -> None:
    note = key.sign(Checkpoint(key.name, 7, ROOT))
    # Same name, other key: its key ID differs, so the signature is not one of its own.
    impostor = SigningKey(key.name, Ed25519PrivateKey.generate())
    with pytest.raises(IntegrityError, match=f"^checkpoint carries no signature by key {key.name}$"):
        open_note(note, impostor.vkey)
    stranger = SigningKey.create(tmp_path / "other", "dossier/another-archive")
    with pytest.raises(IntegrityError, match="^checkpoint carries no signature by key dossier/another-archive$"):
        open_note(note, stranger.vkey)


def test_checkpoint_signature_under_our_key_id_from_another_key_is_rejected(key: SigningKey) -> None:
    # A forger who matches our name and key ID (cheap to grind) still cannot make the signature verify.
    checkpoint = Checkpoint(key.name, 7, ROOT)
    forged = Ed25519PrivateKey.generate().sign(checkpoint.body().encode())
    line = f"\u2014 {key.name} {base64.b64encode(key_hash(key.name, key.public) + forged).decode()}\n"
    with pytest.raises(IntegrityError, match=f"^checkpoint signature by {key.name} does not verify$"):
        open_note(checkpoint.body() + "\n" + line, key.vkey)


def test_checkpoint_without_signature_is_rejected(key: SigningKey) -> None:
    body = Checkpoint(key.name, 7, ROOT).body()
    with pytest.raises(IntegrityError, match="^checkpoint has no signature block$"):
        open_note(body, key.vkey)
    with pytest.raises(IntegrityError, match=f"^checkpoint carries no signature by key {key.name}$"):
        open_note(body + "\n", key.vkey)
    with pytest.raises(IntegrityError, match="^malformed signature line 'signed: trust me'$"):
        open_note(body + "\nsigned: trust me\n", key.vkey)


def test_checkpoint_cosignatures_from_other_keys_are_ignored(key: SigningKey, tmp_path: Path) -> None:
    checkpoint = Checkpoint(key.name, 99, ROOT)
    witness = SigningKey.create(tmp_path / "witness", "witness.example/w1")
    cosigned = key.sign(checkpoint) + witness.sign(Checkpoint(witness.name, 99, ROOT)).split("\n\n")[1]
    assert cosigned.count("\u2014 ") == 2
    assert open_note(cosigned, key.vkey) == checkpoint


def test_checkpoint_origin_must_be_the_key_name(key: SigningKey, tmp_path: Path) -> None:
    other = SigningKey.create(tmp_path / "other", "dossier/other")
    # A real signature by our key over another log's checkpoint is not a checkpoint of our log.
    note = SigningKey(key.name, Ed25519PrivateKey.generate()).sign(Checkpoint("dossier/other", 3, ROOT))
    with pytest.raises(IntegrityError, match="^checkpoint carries no signature by key dossier/other$"):
        open_note(note, other.vkey)
    mislabelled = key.sign(Checkpoint("dossier/other", 3, ROOT))
    with pytest.raises(IntegrityError, match="^checkpoint origin 'dossier/other' is not the key's name"):
        open_note(mislabelled, key.vkey)


def test_checkpoint_malformed_body_and_key_are_rejected(key: SigningKey) -> None:
    with pytest.raises(IntegrityError, match="^malformed checkpoint: "):
        Checkpoint.parse(f"{key.name}\nmany\n{base64.b64encode(ROOT).decode()}\n")
    with pytest.raises(IntegrityError, match="^malformed checkpoint: "):
        Checkpoint.parse(f"{key.name}\n5\n{base64.b64encode(ROOT[:31]).decode()}\n")
    with pytest.raises(IntegrityError, match="^malformed verifier key "):
        parse_verifier_key(key.vkey.replace("+", "+0", 1))  # key ID no longer matches
    with pytest.raises(IntegrityError, match="^malformed verifier key "):
        parse_verifier_key(key.vkey[:-4])


def test_checkpoint_go_verifier_keys_parse_to_their_published_key_ids() -> None:
    for vkey, name, khash in ((GO_VKEY, "PeterNeumann", "c74f20a3"), (ENOCH_VKEY, "EnochRoot", "af0cfe78"),
                              (C2SP_VKEY, "example.com/foo", "530d903a")):
        parsed_name, public = parse_verifier_key(vkey)
        assert parsed_name == name
        assert len(public) == 32
        assert key_hash(name, public).hex() == khash
        assert verifier_key(name, public) == vkey


def test_checkpoint_go_key_pair_reproduces_the_go_signature() -> None:
    # Go's signer key is "PRIVATE+KEY+<name>+<key id>+base64(0x01 || Ed25519 seed)".
    encoded = GO_SKEY.split("+", 4)[4]
    raw = base64.b64decode(encoded, validate=True)
    assert raw[:1] == b"\x01" and len(raw) == 33
    key = SigningKey("PeterNeumann", Ed25519PrivateKey.from_private_bytes(raw[1:]))
    assert key.vkey == GO_VKEY
    # Ed25519 is deterministic: signing Go's text must give Go's signature line exactly.
    signature = Ed25519PrivateKey.from_private_bytes(raw[1:]).sign(GO_TEXT.encode())
    line = f"{SIGNATURE_PREFIX}{key.name} {base64.b64encode(key_hash(key.name, key.public) + signature).decode()}\n"
    assert line == GO_PETER_SIG
    # And a checkpoint signed by that key is laid out the way Go's note.Sign lays out a note.
    checkpoint = Checkpoint("PeterNeumann", 3, ROOT)
    expected = Ed25519PrivateKey.from_private_bytes(raw[1:]).sign(checkpoint.body().encode())
    assert key.sign(checkpoint) == (checkpoint.body() + "\n" + SIGNATURE_PREFIX + "PeterNeumann "
                                    + base64.b64encode(bytes.fromhex("c74f20a3") + expected).decode() + "\n")
    assert open_note(key.sign(checkpoint), GO_VKEY) == checkpoint


def test_checkpoint_go_signed_note_verifies_with_our_parsing() -> None:
    assert _check_text_signature(GO_NOTE, GO_VKEY) == GO_TEXT
    assert _check_text_signature(GO_TEXT + "\n" + GO_PETER_SIG + GO_ENOCH_SIG, ENOCH_VKEY) == GO_TEXT
    assert _check_text_signature(C2SP_NOTE, C2SP_VKEY) == "This is an example message.\n"


def test_checkpoint_open_note_accepts_go_signature_then_refuses_non_checkpoint_text() -> None:
    # open_note checks the signature before parsing the text: Go's note gets past the signature
    # (with Enoch's cosignature ignored) and is refused only because it is prose, not a checkpoint.
    for note, vkey in ((GO_NOTE, GO_VKEY), (GO_TEXT + "\n" + GO_ENOCH_SIG + GO_PETER_SIG, GO_VKEY),
                       (GO_TEXT + "\n" + GO_PETER_SIG + GO_ENOCH_SIG, ENOCH_VKEY)):
        with pytest.raises(IntegrityError, match="^malformed checkpoint: \"If you think cryptography"):
            open_note(note, vkey)
    tampered = GO_NOTE.replace("problem,", "problem;")
    with pytest.raises(IntegrityError, match="^checkpoint signature by PeterNeumann does not verify$"):
        open_note(tampered, GO_VKEY)
    with pytest.raises(IntegrityError, match="^checkpoint carries no signature by key EnochRoot$"):
        open_note(GO_NOTE, ENOCH_VKEY)
