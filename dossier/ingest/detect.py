"""File type detection from content with libmagic, never from the name alone."""

from __future__ import annotations

import threading
from pathlib import Path

import magic

_local = threading.local()

# libmagic needs more than the first bytes for these: OLE2 files (doc, xls, msg) keep their
# type in a directory anywhere in the file.
_NEEDS_WHOLE_FILE = {"application/x-ole-storage", "application/octet-stream", "application/CDFV2"}


def _magic() -> magic.Magic:
    # A libmagic handle is not safe to share between threads.
    handle = getattr(_local, "magic", None)
    if handle is None:
        handle = _local.magic = magic.Magic(mime=True)
    return handle


def mime_type(head: bytes, path: Path | None = None, size: int | None = None) -> str:
    """Return the MIME type of content from its first bytes, looking at the whole file when needed."""
    if not head:
        return "application/x-empty"
    mime = _magic().from_buffer(head)
    if mime in _NEEDS_WHOLE_FILE and path is not None and (size is None or size > len(head)):
        mime = _magic().from_file(str(path))
    return mime
