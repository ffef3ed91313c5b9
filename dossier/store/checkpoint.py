"""Signed checkpoints in the C2SP formats used by transparency logs.

A checkpoint (C2SP tlog-checkpoint) commits to the whole custody log at one size:

    dossier/<archive id>
    <tree size>
    <base64 root hash>

and is signed as a C2SP signed-note with the archive's Ed25519 key. Using the formats of
Go's sumdb/note and the transparency-dev tooling means a checkpoint can be checked, and
witnessed, by tools that know nothing about dossier. The formats are small and have no
maintained Python implementation, so they are written out here.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import ArchiveError, IntegrityError

ED25519 = b"\x01"  # signed-note algorithm byte
SIGNATURE_PREFIX = "\u2014 "  # "— ", an em dash and a space, starts every signature line


@dataclass(frozen=True)
class Checkpoint:
    """A log size and root hash, as committed to by a signed note."""

    origin: str
    size: int
    root: bytes

    def body(self) -> str:
        """Return the checkpoint text that gets signed."""
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"

    @classmethod
    def parse(cls, body: str) -> "Checkpoint":
        """Parse checkpoint text (without signatures)."""
        lines = body.split("\n")
        try:
            origin, size, root = lines[0], int(lines[1]), base64.b64decode(lines[2], validate=True)
        except (IndexError, ValueError) as exc:
            raise IntegrityError(f"malformed checkpoint: {body[:80]!r}") from exc
        if not origin or size < 0 or len(root) != 32:
            raise IntegrityError(f"malformed checkpoint: {body[:80]!r}")
        return cls(origin, size, root)


def key_hash(name: str, public: bytes) -> bytes:
    """Return the 4-byte key ID of a signed-note Ed25519 key."""
    return hashlib.sha256(name.encode() + b"\n" + ED25519 + public).digest()[:4]


def verifier_key(name: str, public: bytes) -> str:
    """Return the signed-note verifier key string 'name+hash+base64'."""
    return f"{name}+{key_hash(name, public).hex()}+{base64.b64encode(ED25519 + public).decode()}"


def parse_verifier_key(vkey: str) -> tuple[str, bytes]:
    """Return (name, 32-byte public key) from a verifier key string."""
    try:
        name, khash, encoded = vkey.strip().split("+", 2)  # base64 may contain "+"
        raw = base64.b64decode(encoded, validate=True)
    except ValueError as exc:
        raise IntegrityError(f"malformed verifier key {vkey[:60]!r}") from exc
    if len(raw) != 33 or raw[:1] != ED25519 or key_hash(name, raw[1:]).hex() != khash:
        raise IntegrityError(f"malformed verifier key {vkey[:60]!r}")
    return name, raw[1:]


class SigningKey:
    """The archive's Ed25519 key, kept in ``keys/`` with owner-only permissions."""

    def __init__(self, name: str, private: Ed25519PrivateKey):
        self.name = name
        self._private = private
        self.public = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @classmethod
    def create(cls, folder: Path, name: str) -> "SigningKey":
        """Generate a key and write it to folder; refuses to overwrite one."""
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        fd = os.open(folder / "custody.key", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
        key = cls(name, private)
        (folder / "custody.vkey").write_text(verifier_key(name, key.public) + "\n")
        return key

    @classmethod
    def load(cls, folder: Path, name: str) -> "SigningKey":
        """Read the archive's key."""
        try:
            private = serialization.load_pem_private_key((folder / "custody.key").read_bytes(), None)
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"cannot read the archive's signing key in {folder}: {exc}") from exc
        if not isinstance(private, Ed25519PrivateKey):
            raise ArchiveError(f"the signing key in {folder} is not an Ed25519 key")
        return cls(name, private)

    @property
    def vkey(self) -> str:
        """Return the verifier key string to publish."""
        return verifier_key(self.name, self.public)

    def sign(self, checkpoint: Checkpoint) -> str:
        """Return the checkpoint as a signed note."""
        body = checkpoint.body()
        signature = self._private.sign(body.encode())
        blob = base64.b64encode(key_hash(self.name, self.public) + signature).decode()
        return f"{body}\n{SIGNATURE_PREFIX}{self.name} {blob}\n"


def open_note(note: str, vkey: str) -> Checkpoint:
    """Check a signed checkpoint against a verifier key and return what it commits to."""
    name, public = parse_verifier_key(vkey)
    body, sep, signatures = note.partition("\n\n")
    if not sep:
        raise IntegrityError("checkpoint has no signature block")
    body += "\n"
    expected_hash = key_hash(name, public)
    for line in signatures.splitlines():
        if not line.startswith(SIGNATURE_PREFIX):
            raise IntegrityError(f"malformed signature line {line[:60]!r}")
        signer, _, encoded = line[len(SIGNATURE_PREFIX):].partition(" ")
        try:
            raw = base64.b64decode(encoded, validate=True)
        except ValueError as exc:
            raise IntegrityError(f"malformed signature line {line[:60]!r}") from exc
        if signer != name or raw[:4] != expected_hash:
            continue
        try:
            Ed25519PublicKey.from_public_bytes(public).verify(raw[4:], body.encode())
        except InvalidSignature as exc:
            raise IntegrityError(f"checkpoint signature by {name} does not verify") from exc
        checkpoint = Checkpoint.parse(body)
        if checkpoint.origin != name:
            raise IntegrityError(f"checkpoint origin {checkpoint.origin!r} is not the key's name {name!r}")
        return checkpoint
    raise IntegrityError(f"checkpoint carries no signature by key {name}")
