"""What ingest learns about one document before it is committed to the catalog."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..store.blobs import StoredBlob

STORED, PARTIAL, FAILED, SKIPPED = "stored", "partial", "failed", "skipped"


@dataclass
class DocumentRecord:
    """One document found by ingest: a received file or a container member."""

    id: str
    path: str  # the name it arrived under, or its path inside the parent
    collection: str
    parent_id: str | None = None
    depth: int = 0
    status: str = STORED
    sha256: str | None = None
    size: int | None = None
    mime: str | None = None
    reason: str | None = None
    encrypted: bool = False
    blob: StoredBlob | None = field(default=None, repr=False)  # where the bytes are until committed

    def problem(self, status: str, reason: str) -> None:
        """Mark the record partial, failed or skipped with a reason (the first reason wins)."""
        if self.status == STORED or status == FAILED:
            self.status = status
        self.reason = reason if not self.reason else f"{self.reason}; {reason}"

    def custody_fields(self) -> dict:
        """Return the fields a custody entry records about this document."""
        return {
            "doc": self.id,
            "collection": self.collection,
            "parent": self.parent_id,
            "path": self.path,
            "blobs": [self.sha256] if self.sha256 else [],
            "size": self.size,
            "mime": self.mime,
            "status": self.status,
            "reason": self.reason,
            "encrypted": self.encrypted or None,
        }


def write_record(conn: sqlite3.Connection, custody: Any, record: DocumentRecord, received_at: str,
                 note: str | None = None) -> int:
    """Insert a new document row and its first name, with the custody entry that backs both; returns its seq."""
    if record.parent_id is None:
        seq = custody.append("received", note=note, **record.custody_fields())
    else:
        seq = custody.append("unpacked", **record.custody_fields())
    conn.execute(
        "INSERT INTO documents(id, collection, parent_id, path, sha256, size, mime, status, reason,"
        " encrypted, depth, received_at, entry) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (record.id, record.collection, record.parent_id, record.path, record.sha256, record.size,
         record.mime, record.status, record.reason, int(record.encrypted), record.depth, received_at, seq),
    )
    conn.execute("INSERT INTO names(doc_id, name, arrived_at, entry) VALUES (?, ?, ?, ?)",
                 (record.id, record.path, received_at, seq))
    return seq
