"""File type detection from content with libmagic, never from the name alone."""

from __future__ import annotations

import threading
import zipfile
import zlib
from pathlib import Path

import magic

_local = threading.local()

# libmagic needs more than the first bytes for OLE2 files (doc, xls, msg, which keep their
# type in a directory anywhere in the file). Only content that starts with the OLE2 signature
# gets that second, whole-file look: for unknown binary data it costs ~0.7 ms a file and
# finds nothing.
_NEEDS_WHOLE_FILE = {"application/x-ole-storage", "application/octet-stream", "application/CDFV2"}
_OLE2_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")


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
    if (mime in _NEEDS_WHOLE_FILE and head.startswith(_OLE2_SIGNATURE) and path is not None
            and (size is None or size > len(head))):
        mime = _magic().from_file(str(path))
    if mime == "application/zip" and _is_ofd(head, path):
        mime = "application/ofd"
    return mime


def _is_ofd(head: bytes, path: Path | None) -> bool:
    """Return True for a zip that is an OFD document (GB/T 33190): an OFD.xml at its root naming a DocBody.

    libmagic calls OFD a zip, and a zip would be unpacked into its XML parts instead of read.
    With the file at hand its OFD.xml is checked (64 KiB at most is decompressed), so a plain
    zip that merely holds a file of that name is still unpacked; from bytes alone, the name of
    the first entry (producers write OFD.xml first) has to do.
    """
    if path is None:
        if head[:4] != b"PK\x03\x04" or len(head) < 30:
            return False
        name_length = int.from_bytes(head[26:28], "little")
        return head[30:30 + name_length].lstrip(b"/").lower() == b"ofd.xml"
    try:
        with zipfile.ZipFile(path) as archive:
            entry = next((i for i in archive.infolist() if i.filename.lstrip("/").lower() == "ofd.xml"), None)
            if entry is None or entry.flag_bits & 0x1:
                return False
            with archive.open(entry) as stream:
                return b"DocBody" in stream.read(1 << 16)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError,
            NotImplementedError, zlib.error):
        return False
