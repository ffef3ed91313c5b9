"""Proof bundles: everything a reader needs to check one document with no archive at hand.

A bundle holds the document's custody entry (whose ``blobs[0]`` is the SHA-256 of the
original), the entry's inclusion proof in the log, a signed checkpoint of that log and
the verifier key. Checking it needs only the original file: hash it, find that hash in
the entry, hash the entry into a leaf, walk the audit path to the root, and check the
checkpoint's signature over that root. Trust comes from the key: compare the bundle's
key with the one the publisher announced, or pass that key explicitly.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from ..errors import DossierError, IntegrityError
from . import merkle
from .checkpoint import open_note

FORMAT = "dossier-proof/1"


def build_proof(archive: Any, doc_id: str) -> dict[str, Any]:
    """Return the proof bundle for a document against the newest signed checkpoint."""
    row = archive.conn.execute(
        "SELECT id, collection, path, sha256, size, entry FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        raise DossierError(f"no document with ID {doc_id!r}")
    if row["sha256"] is None:
        raise DossierError(f"document {doc_id} has no stored bytes (it failed or was skipped); nothing to prove")
    checkpoint = archive.custody.latest_checkpoint()
    if checkpoint is None or checkpoint["tree_size"] <= row["entry"]:
        checkpoint = archive.sign_checkpoint()
    size = checkpoint["tree_size"]
    proof = archive.custody.inclusion_proof(row["entry"], size)
    return {
        "format": FORMAT,
        "document": {"id": row["id"], "collection": row["collection"], "name": row["path"],
                     "sha256": row["sha256"], "size": row["size"]},
        "entry": archive.custody.entry(row["entry"]).decode(),
        "leaf_index": row["entry"],
        "tree_size": size,
        "inclusion_proof": [base64.b64encode(h).decode() for h in proof],
        "checkpoint": checkpoint["note"],
        "verifier_key": archive.vkey,
    }


def verify_proof(bundle: dict[str, Any], original: Path, vkey: str | None = None) -> dict[str, Any]:
    """Check a proof bundle against an original file; raises IntegrityError naming the first failure."""
    if bundle.get("format") != FORMAT:
        raise IntegrityError(f"not a {FORMAT} bundle (format is {bundle.get('format')!r})")
    try:
        entry_bytes = bundle["entry"].encode()
        entry = json.loads(entry_bytes)
        index, size = int(bundle["leaf_index"]), int(bundle["tree_size"])
        path = [base64.b64decode(h, validate=True) for h in bundle["inclusion_proof"]]
        note = bundle["checkpoint"]
    except (KeyError, TypeError, ValueError) as exc:
        raise IntegrityError(f"the proof bundle is malformed: {exc}") from exc
    with open(original, "rb") as stream:
        actual = hashlib.file_digest(stream, "sha256").hexdigest()
    recorded = (entry.get("blobs") or [None])[0]
    if actual != recorded:
        raise IntegrityError(f"{original.name} hashes to {actual}, but the custody entry records {recorded}: "
                             "this is not the document the proof is for, or it was changed")
    if entry.get("seq") != index:
        raise IntegrityError(f"the entry says it is entry {entry.get('seq')}, the proof is for leaf {index}")
    key = vkey or bundle.get("verifier_key") or ""
    checkpoint = open_note(note, key)
    if checkpoint.size != size:
        raise IntegrityError(f"the checkpoint is for {checkpoint.size} entries, the proof for {size}")
    try:
        merkle.verify_inclusion(merkle.leaf_hash(entry_bytes), index, size, path, checkpoint.root)
    except merkle.ProofError as exc:
        raise IntegrityError(f"the inclusion proof does not lead to the signed root: {exc}") from exc
    return {
        "ok": True, "sha256": actual, "entry": entry, "leaf_index": index, "tree_size": size,
        "root": checkpoint.root.hex(), "origin": checkpoint.origin,
        "key": key, "key_from_bundle": vkey is None,
    }
