"""The custody log: an append-only RFC 6962 Merkle log of everything done to evidence.

Each entry is a JSON object in canonical form (sorted keys, no spaces, UTF-8) naming the
event, the documents and blob hashes involved, the tool and its version, the user and
the time. Those exact bytes are the Merkle leaf: entry ``seq`` is leaf ``seq``. Signed
checkpoints (``checkpoint.py``) commit to the tree at a size; an inclusion proof then
shows that one entry was in the log a checkpoint commits to, and a consistency proof
that a later checkpoint extends an earlier one without rewriting it.

Entries are appended inside the caller's catalog transaction, so a catalog row and the
entry that records it are committed together or not at all.
"""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
from datetime import datetime, timezone
from typing import Any, Iterator

from .. import __version__
from . import merkle
from .checkpoint import Checkpoint, SigningKey

ENTRY_VERSION = 1


def utcnow() -> str:
    """Return the current UTC time as ISO 8601 with microseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def canonical(entry: dict[str, Any]) -> bytes:
    """Return the canonical JSON bytes of an entry: the Merkle leaf data."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def current_user(configured: str = "") -> str:
    """Return the name recorded as the actor: the setting, else the login name."""
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid:{os.getuid()}"


class CustodyLog:
    """Append entries, sign checkpoints and build proofs over the custody table."""

    def __init__(self, conn: sqlite3.Connection, key: SigningKey | None, user: str):
        self.conn = conn
        self.key = key
        self.user = user

    def append(self, event: str, tool: str | None = None, **fields: Any) -> int:
        """Append one entry (inside the caller's transaction) and return its sequence number."""
        seq = self.size()
        entry = {
            "v": ENTRY_VERSION,
            "seq": seq,
            "event": event,
            "time": utcnow(),
            "user": self.user,
            "tool": tool or f"dossier {__version__}",
        }
        entry.update({k: v for k, v in fields.items() if v is not None})
        data = canonical(entry)
        self.conn.execute(
            "INSERT INTO custody(seq, entry, leaf_hash) VALUES (?, ?, ?)",
            (seq, data, merkle.leaf_hash(data)),
        )
        doc = fields.get("doc")
        if doc:
            self.conn.execute("INSERT INTO custody_refs(doc_id, seq) VALUES (?, ?)", (doc, seq))
        return seq

    def size(self) -> int:
        """Return the number of entries in the log."""
        row = self.conn.execute("SELECT COALESCE(MAX(seq) + 1, 0) FROM custody").fetchone()
        return int(row[0])

    def entry(self, seq: int) -> bytes:
        """Return the exact bytes of one entry."""
        row = self.conn.execute("SELECT entry FROM custody WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise KeyError(seq)
        return bytes(row[0])

    def entries(self) -> Iterator[tuple[int, bytes, bytes]]:
        """Yield (seq, entry bytes, stored leaf hash) in log order."""
        for row in self.conn.execute("SELECT seq, entry, leaf_hash FROM custody ORDER BY seq"):
            yield int(row[0]), bytes(row[1]), bytes(row[2])

    def entries_for(self, doc_id: str) -> list[dict[str, Any]]:
        """Return the parsed entries that name a document, oldest first."""
        rows = self.conn.execute(
            "SELECT c.entry FROM custody_refs r JOIN custody c ON c.seq = r.seq "
            "WHERE r.doc_id = ? ORDER BY c.seq",
            (doc_id,),
        )
        return [json.loads(bytes(r[0])) for r in rows]

    def leaf_hashes(self, size: int | None = None) -> list[bytes]:
        """Return the stored leaf hashes of the first ``size`` entries."""
        sql = "SELECT leaf_hash FROM custody ORDER BY seq"
        rows = self.conn.execute(sql + (" LIMIT ?" if size is not None else ""),
                                 (size,) if size is not None else ())
        return [bytes(r[0]) for r in rows]

    def root(self, size: int | None = None) -> bytes:
        """Return the Merkle root of the log at a size (default: now)."""
        return merkle.root_hash(self.leaf_hashes(size))

    def latest_checkpoint(self) -> sqlite3.Row | None:
        """Return the newest signed checkpoint row, or None."""
        return self.conn.execute(
            "SELECT tree_size, root_hash, note, signed_at FROM checkpoints ORDER BY tree_size DESC LIMIT 1"
        ).fetchone()

    def checkpoint(self) -> sqlite3.Row | None:
        """Sign a checkpoint of the log as it is now, unless the newest one already covers it."""
        if self.key is None:
            raise RuntimeError("this archive was opened without its signing key")
        latest = self.latest_checkpoint()
        size = self.size()
        if size == 0 or (latest is not None and latest["tree_size"] == size):
            return latest
        root = self.root(size)
        note = self.key.sign(Checkpoint(self.key.name, size, root))
        self.conn.execute(
            "INSERT INTO checkpoints(tree_size, root_hash, note, signed_at) VALUES (?, ?, ?, ?)",
            (size, root, note, utcnow()),
        )
        return self.latest_checkpoint()

    def inclusion_proof(self, seq: int, tree_size: int) -> list[bytes]:
        """Return the audit path of entry ``seq`` in the tree of ``tree_size`` entries."""
        return merkle.inclusion_proof(self.leaf_hashes(tree_size), seq, tree_size)

    def consistency_proof(self, size1: int, size2: int) -> list[bytes]:
        """Return the proof that the tree at size2 extends the tree at size1."""
        return merkle.consistency_proof(self.leaf_hashes(size2), size1, size2)
