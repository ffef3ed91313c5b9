"""Content-addressed, write-once blob store.

Every original and every derived file lives at ``blobs/ab/cd/<sha256>``. A blob is
written to a temporary file in the same file system while it is hashed, fsynced,
renamed into place atomically, then read back and hashed again before it counts as
stored: a blob that exists under its name has been proven to hold those bytes at least
once. Blobs are made read-only and are never rewritten; a second copy of the same
content costs nothing but the hashing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import DataError, IntegrityError

CHUNK = 1 << 20
HEAD_BYTES = 1 << 16  # enough for libmagic to tell OOXML, tar and most formats apart


@dataclass(frozen=True)
class StoredBlob:
    """What ``BlobStore.put`` learned: the content's hash, size, first bytes and whether it was new."""

    sha256: str
    size: int
    head: bytes
    new: bool


class SizeLimitExceeded(DataError):
    """A stream produced more bytes than the caller allowed."""


class BlobStore:
    """Write-once storage of byte streams under their SHA-256."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.tmp = self.root.parent / "tmp"

    def path(self, sha256: str) -> Path:
        """Return where the blob with this hash lives (it may not exist)."""
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        """Return True when the blob is present."""
        return self.path(sha256).is_file()

    def put_file(self, path: Path) -> StoredBlob:
        """Store a file's bytes; raises DataError when the file cannot be read."""
        try:
            with open(path, "rb") as stream:
                return self.put(stream)
        except OSError as exc:
            raise DataError(f"cannot read file: {exc.strerror or exc}") from exc

    def put(self, stream: BinaryIO, limit: int | None = None) -> StoredBlob:
        """Store everything read from stream; raises SizeLimitExceeded past ``limit`` bytes."""
        self.tmp.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        head = b""
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="blob-")
        try:
            with os.fdopen(fd, "wb") as out:
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise SizeLimitExceeded(f"more than {limit} bytes")
                    if not head:
                        head = chunk[:HEAD_BYTES]
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                sha = digest.hexdigest()
                final = self.path(sha)
                if final.exists():
                    return StoredBlob(sha, size, head, new=False)
                os.fsync(out.fileno())
            final.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp_name, 0o444)
            os.replace(tmp_name, final)
            _fsync_dir(final.parent)
            reread = self.hash_file(final)
            if reread != sha:
                # The disk gave back other bytes than were written: never keep such a blob.
                final.unlink(missing_ok=True)
                raise IntegrityError(f"blob {sha} read back as {reread}; the disk is failing")
            return StoredBlob(sha, size, head, new=True)
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)

    def open(self, sha256: str) -> BinaryIO:
        """Open a stored blob for reading."""
        return open(self.path(sha256), "rb")

    @staticmethod
    def hash_file(path: Path) -> str:
        """Return the SHA-256 hex digest of a file's bytes."""
        digest = hashlib.sha256()
        with open(path, "rb") as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def __iter__(self) -> Iterator[str]:
        """Yield the hash of every blob file present."""
        if not self.root.exists():
            return
        for first in sorted(self.root.iterdir()):
            for second in sorted(first.iterdir()):
                for blob in sorted(second.iterdir()):
                    yield blob.name


def _fsync_dir(path: Path) -> None:
    """Make a rename durable by syncing its directory."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
