"""What ingest learns about one document before it is committed to the catalog."""

from __future__ import annotations

from dataclasses import dataclass

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
    new_blob: bool = False

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
