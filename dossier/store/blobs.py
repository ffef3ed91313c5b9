"""Content-addressed, write-once blob store.

Every original and every derived file lives at ``blobs/ab/<sha256>``, one level of 256
folders made when the archive is created (as git does; a million blobs give ~4,000 files a
folder, which ext4 and xfs index well, and no blob ever needs a new folder). A blob is
written to a temporary file in the same file system while it is hashed, made durable,
renamed into place atomically, then read back and hashed again before it counts as
stored. Blobs are made read-only and are never rewritten; a second copy of the same
content costs nothing but the hashing.

Durability has two modes. ``put`` syncs each blob on its own (file, then directory).
Ingest instead *stages* many blobs (written and hashed, not yet synced) and then
``publish``es them together: one file-system sync for all their data, the renames, a
second sync for the directory entries, the read-back hashes. The catalog rows that name
the blobs are committed only after that, so a crash at any point leaves either a
durable blob or a harmless temporary file, never a catalog row without its bytes. Per
file, an fsync of the blob and of its folder cost 3–5 ms on ext4; per batch they cost
about the same once (see docs/benchmarks.md).

The read-back hash reads what the operating system returns for the new name, normally
from its page cache: it proves the bytes went through the write path intact and landed
under the right name, not that the platter holds them (``dossier verify`` re-reads them
later, and a cold read is what it then gets).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import DataError, IntegrityError

CHUNK = 1 << 20
HEAD_BYTES = 1 << 16  # enough for libmagic to tell OOXML, tar and most formats apart


@dataclass(frozen=True)
class StoredBlob:
    """What ``BlobStore.put`` learned: the content's hash, size, first bytes and where to read it now."""

    sha256: str
    size: int
    head: bytes
    new: bool
    path: Path  # the final blob, or the staged temporary file until it is published
    staged: bool = False


class SizeLimitExceeded(DataError):
    """A stream produced more bytes than the caller allowed."""


class BlobStore:
    """Write-once storage of byte streams under their SHA-256."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.tmp = self.root.parent / "tmp"
        self._folders: set[str] = set()  # blob folders known to exist: saves a mkdir per blob

    def path(self, sha256: str) -> Path:
        """Return where the blob with this hash lives (it may not exist)."""
        if len(sha256) != 64 or sha256.strip("0123456789abcdef"):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def prepare(self) -> None:
        """Create the 256 blob folders and the temporary folder."""
        for prefix in range(256):
            (self.root / f"{prefix:02x}").mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)

    def sweep(self, older_than_s: float = 24 * 3600) -> tuple[int, int]:
        """Delete temporary blobs untouched for ``older_than_s`` seconds; return (files, bytes) removed.

        A killed ingest leaves the blobs it was writing or had staged in tmp/. None of them is
        in the catalog or the custody log (a blob is recorded only after it is published), so
        they are only wasted space; a running ingest touches its files at least every few
        seconds, so a day-old one belongs to no live process.
        """
        removed = size = 0
        cutoff = time.time() - older_than_s
        for path in self.tmp.glob("blob-*") if self.tmp.is_dir() else ():
            try:
                stat = path.stat()
                if stat.st_mtime < cutoff:
                    path.unlink()
                    removed, size = removed + 1, size + stat.st_size
            except FileNotFoundError:
                continue  # published or swept by another process meanwhile
        return removed, size

    def exists(self, sha256: str) -> bool:
        """Return True when the blob is present."""
        return self.path(sha256).is_file()

    def put_file(self, path: Path, staged: bool = False) -> StoredBlob:
        """Store a file's bytes; raises DataError when the file cannot be read."""
        try:
            with open(path, "rb") as stream:
                return self.put(stream, staged=staged)
        except OSError as exc:
            raise DataError(f"cannot read file: {exc.strerror or exc}") from exc

    def put(self, stream: BinaryIO, limit: int | None = None, staged: bool = False) -> StoredBlob:
        """Store everything read from stream; raises SizeLimitExceeded past ``limit`` bytes.

        With ``staged`` the blob is written and hashed but left in tmp/ until ``publish``.
        """
        if "tmp" not in self._folders:
            self.tmp.mkdir(parents=True, exist_ok=True)
            self._folders.add("tmp")
        digest = hashlib.sha256()
        size = 0
        head = b""
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="blob-")
        keep = False
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
                    return StoredBlob(sha, size, head, new=False, path=final)
                if staged:
                    keep = True
                    return StoredBlob(sha, size, head, new=True, path=Path(tmp_name), staged=True)
                os.fsync(out.fileno())
            self._place(Path(tmp_name), final)
            _fsync_dir(final.parent)
            self._check(final, sha)
            return StoredBlob(sha, size, head, new=True, path=final)
        finally:
            if not keep and os.path.exists(tmp_name):
                os.unlink(tmp_name)

    def publish(self, blobs: Iterable[StoredBlob]) -> None:
        """Make staged blobs durable and move them into place, with one sync for them all."""
        staged = [b for b in blobs if b.staged and b.path.exists()]
        if not staged:
            return
        _sync_filesystem(self.tmp, [b.path for b in staged])
        finals = []
        for blob in staged:
            final = self.path(blob.sha256)
            self._place(blob.path, final)
            finals.append((final, blob.sha256))
        _sync_filesystem(self.root, sorted({f.parent for f, _ in finals}), directories=True)
        for final, sha in finals:
            self._check(final, sha)

    def _place(self, tmp: Path, final: Path) -> None:
        """Rename a written temporary file to its blob name, read-only."""
        folder = str(final.parent)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        os.chmod(tmp, 0o444)
        os.replace(tmp, final)

    def _check(self, final: Path, sha: str) -> None:
        """Hash a just-placed blob again; never keep one that reads back differently."""
        reread = self.hash_file(final)
        if reread != sha:
            final.unlink(missing_ok=True)
            raise IntegrityError(f"blob {sha} read back as {reread}; the storage under the archive "
                                 "corrupts data — stop and check the disk")

    def open(self, sha256: str) -> BinaryIO:
        """Open a stored blob for reading."""
        return open(self.path(sha256), "rb")

    @staticmethod
    def hash_file(path: Path) -> str:
        """Return the SHA-256 hex digest of a file's bytes."""
        with open(path, "rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()

    def __iter__(self) -> Iterator[str]:
        """Yield the hash of every blob file present."""
        if not self.root.exists():
            return
        for folder in sorted(self.root.iterdir()):
            for blob in sorted(folder.iterdir()):
                yield blob.name


def _fsync_dir(path: Path) -> None:
    """Make a rename durable by syncing its directory."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_LIBC = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
_SYNCFS = getattr(_LIBC, "syncfs", None)


def _sync_filesystem(anchor: Path, paths: list[Path], directories: bool = False) -> None:
    """Flush everything written to the file system holding ``anchor``; per-path fsync where syncfs is missing."""
    if _SYNCFS is not None:
        fd = os.open(anchor, os.O_RDONLY)
        try:
            if _SYNCFS(fd) == 0:
                return
        finally:
            os.close(fd)
    for path in paths:
        if directories:
            _fsync_dir(path)
        else:
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
