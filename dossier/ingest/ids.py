"""Document IDs come from content and position, so re-ingesting finds the same IDs.

A top-level document's ID hashes its collection and its SHA-256: the same bytes received
twice into one collection are one document with two names. A container member's ID
hashes its parent's ID and its path inside the parent (plus an occurrence number when a
container repeats a name), so the same attachment in two e-mails stays two documents
that share one blob. A file that could not be read at all is identified by its name.
IDs are the first 20 hex digits (80 bits) of a SHA-256, short enough to type.
"""

from __future__ import annotations

import hashlib

ID_HEX = 20


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:ID_HEX]


def top_level_id(collection: str, sha256: str) -> str:
    """Return the ID of a received file's bytes within a collection."""
    return _digest("doc", collection, sha256)


def unreadable_id(collection: str, name: str) -> str:
    """Return the ID of a received file whose bytes could not be read."""
    return _digest("unreadable", collection, name)


def member_id(parent_id: str, path: str, occurrence: int = 1) -> str:
    """Return the ID of a container member."""
    if occurrence == 1:
        return _digest("member", parent_id, path)
    return _digest("member", parent_id, path, str(occurrence))
