"""Reading the members of containers: zip, tar (plain, gz, bz2, xz), 7z, rar, gzip, bzip2, xz.

Members are streamed straight into the blob store; nothing is ever written to the file
system under a member's own name, so a hostile name (``../../etc/passwd``, ``/abs``,
``C:\\x``) or a symlink cannot place a file outside the archive. Such names are kept
verbatim as evidence and flagged (``path_problem``); links are recorded, never followed.

zip and tar use the standard library, whose central-directory and header handling is
mature and exposes the encryption flag; 7z and rar go through libarchive, which streams
solid 7z blocks without extracting to disk (py7zr's writer API hands out sanitised output
paths, not member names, and its per-member extraction re-decompresses solid blocks).
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import lzma
import posixpath
import stat
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from charset_normalizer import from_bytes

from ..errors import DataError

CONTAINER_MIMES = {
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/x-tar": "tar",
    "application/gzip": "gzip",
    "application/x-gzip": "gzip",
    "application/x-bzip2": "bzip2",
    "application/x-xz": "xz",
    "application/x-7z-compressed": "7z",
    "application/x-rar": "rar",
    "application/vnd.rar": "rar",
    "application/x-rar-compressed": "rar",
}


@dataclass
class Member:
    """One entry of a container, as the container names it."""

    path: str
    kind: str  # file | dir | symlink | hardlink | special
    size: int | None = None  # as declared by the container: a hint, never trusted
    encrypted: bool = False
    target: str | None = None  # what a link points to
    opener: Callable[[], BinaryIO] | None = None
    problem: str | None = None  # a reason this member could not be read


def container_kind(mime: str | None) -> str | None:
    """Return the container family for a MIME type, or None if it is not a container."""
    return CONTAINER_MIMES.get(mime or "")


def path_problem(path: str) -> str | None:
    """Explain why a member name would escape its container, or return None if it is safe."""
    if "\x00" in path:
        return "member name contains a NUL byte"
    unified = path.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        return f"member name {path!r} is an absolute path"
    depth = 0
    for part in unified.split("/"):
        if part == "..":
            depth -= 1
            if depth < 0:
                return f"member name {path!r} climbs out of the container (path traversal)"
        elif part not in ("", "."):
            depth += 1
    return None


def link_problem(member_path: str, target: str) -> str:
    """Describe where a link member points, saying whether it leaves the container."""
    unified = target.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        return f"link to absolute path {target!r}, outside the container; not followed"
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(member_path.replace("\\", "/")), unified))
    if joined == ".." or joined.startswith("../"):
        return f"link to {target!r} points outside the container; not followed"
    return f"link to {target!r} inside the container; not followed (the target is kept as its own member)"


@contextlib.contextmanager
def members(path: Path, kind: str, name: str) -> Iterator[Iterator[Member]]:
    """Open a container file and yield an iterator over its members; raises DataError when unreadable."""
    readers = {"zip": _zip, "tar": _tar, "gzip": _compressed, "bzip2": _compressed, "xz": _compressed,
               "7z": _libarchive, "rar": _libarchive}
    with readers[kind](path, kind, name) as iterator:
        yield iterator


# -- zip ---------------------------------------------------------------------


# Zips made on Chinese, Japanese or Korean Windows store names in the local code page without
# saying which; the flag bit 0x800 marks UTF-8 names. Guessing per archive, over all its names
# at once, gives the detector enough text to tell GB18030 from Shift-JIS or Big5.
_NAME_CODECS = ["utf_8", "gb18030", "big5", "shift_jis", "euc_kr", "cp866", "cp1251", "cp437"]


def _name_codec(infos: list[zipfile.ZipInfo]) -> str | None:
    """Return the codec of the archive's legacy-encoded member names, or None when they are plain ASCII."""
    raw = b"\n".join(i.filename.encode("cp437") for i in infos
                     if not i.flag_bits & 0x800 and not i.filename.isascii())
    if not raw:
        return None
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw, cp_isolation=_NAME_CODECS).best()
    return best.encoding if best is not None else "gb18030"


def _zip_name(info: zipfile.ZipInfo, codec: str | None) -> str:
    """Decode a member name with the archive's codec; zipfile itself assumed cp437."""
    if info.flag_bits & 0x800 or codec is None or info.filename.isascii():
        return info.filename
    try:
        return info.filename.encode("cp437").decode(codec)
    except (UnicodeEncodeError, UnicodeDecodeError, LookupError):
        return info.filename


@contextlib.contextmanager
def _zip(path: Path, kind: str, name: str) -> Iterator[Iterator[Member]]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DataError(f"zip cannot be opened: {exc}") from exc
    with archive:
        yield _zip_members(archive)


def _zip_members(archive: zipfile.ZipFile) -> Iterator[Member]:
    infos = archive.infolist()
    codec = _name_codec(infos)
    for info in infos:
        member_path = _zip_name(info, codec)
        mode = info.external_attr >> 16
        encrypted = bool(info.flag_bits & 0x1)
        if info.is_dir():
            yield Member(member_path, "dir")
        elif stat.S_ISLNK(mode):
            target = None
            if not encrypted:
                with contextlib.suppress(Exception):
                    with archive.open(info) as stream:
                        target = stream.read(4096).decode("utf-8", "replace")
            yield Member(member_path, "symlink", info.file_size, encrypted, target)
        else:
            yield Member(member_path, "file", info.file_size, encrypted,
                         opener=lambda info=info: archive.open(info))


# -- tar ---------------------------------------------------------------------


@contextlib.contextmanager
def _tar(path: Path, kind: str, name: str) -> Iterator[Iterator[Member]]:
    try:
        archive = tarfile.open(path, mode="r:*")
    except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise DataError(f"tar cannot be opened: {exc}") from exc
    with archive:
        yield _tar_members(archive)


def _tar_members(archive: tarfile.TarFile) -> Iterator[Member]:
    while True:
        try:
            info = archive.next()
        except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
            raise DataError(f"tar is damaged after {len(archive.members)} members: {exc}") from exc
        if info is None:
            return
        if info.isdir():
            yield Member(info.name, "dir")
        elif info.issym():
            yield Member(info.name, "symlink", target=info.linkname)
        elif info.islnk():
            yield Member(info.name, "hardlink", target=info.linkname)
        elif info.isreg():
            yield Member(info.name, "file", info.size, opener=lambda info=info: archive.extractfile(info))
        else:
            yield Member(info.name, "special")


# -- single compressed streams -------------------------------------------------


def _stream_name(path: Path, kind: str, name: str) -> str:
    """Return the name a compressed stream's content had: gzip's FNAME header, else the name minus its suffix."""
    if kind == "gzip":
        with open(path, "rb") as raw:
            header = raw.read(4096)
        if len(header) > 10 and header[3] & 0x08:
            offset = 10
            if header[3] & 0x04:  # FEXTRA comes before FNAME
                offset += 2 + int.from_bytes(header[10:12], "little")
            end = header.find(b"\x00", offset)
            if end > offset:
                return header[offset:end].decode("latin-1").replace("/", "_")
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    for suffix in (".tgz", ".tbz2", ".txz"):
        if base.lower().endswith(suffix):
            return base[: -len(suffix)] + ".tar"
    for suffix in (".gz", ".gzip", ".bz2", ".xz", ".z"):
        if base.lower().endswith(suffix):
            return base[: -len(suffix)]
    return base + ".unpacked"


@contextlib.contextmanager
def _compressed(path: Path, kind: str, name: str) -> Iterator[Iterator[Member]]:
    # A .tar.gz is a tar whose members are the files; a plain .gz holds one stream.
    if _is_tar(path):
        with _tar(path, kind, name) as iterator:
            yield iterator
        return
    opener = {"gzip": gzip.open, "bzip2": bz2.open, "xz": lzma.open}[kind]
    yield iter([Member(_stream_name(path, kind, name), "file", opener=lambda: _checked(opener(path), kind))])


def _is_tar(path: Path) -> bool:
    try:
        with tarfile.open(path, mode="r:*") as archive:
            return archive.next() is not None
    except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError):
        return False


class _checked:
    """Wrap a decompressing stream so its library errors become DataError."""

    def __init__(self, stream: BinaryIO, kind: str):
        self.stream = stream
        self.kind = kind

    def read(self, size: int = -1) -> bytes:
        try:
            return self.stream.read(size)
        except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as exc:
            raise DataError(f"{self.kind} stream is damaged: {exc}") from exc

    def close(self) -> None:
        self.stream.close()

    def __enter__(self) -> "_checked":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- 7z and rar through libarchive ---------------------------------------------


def _libarchive_message(exc) -> str:
    """libarchive's own text, without its pointer dump; it gives none for some damage (e.g. one volume of a set)."""
    return exc.msg or "damaged, truncated, or one volume of a multi-volume set"


def _encrypted_message(exc: Exception) -> bool:
    text = str(exc).lower()
    return "encrypt" in text or "passphrase" in text or "password" in text


class EncryptedContainer(DataError):
    """The container's directory itself is encrypted: no member can be listed."""


@contextlib.contextmanager
def _libarchive(path: Path, kind: str, name: str) -> Iterator[Iterator[Member]]:
    import libarchive  # optional at import time: only containers of these kinds need it

    try:
        reader = libarchive.file_reader(str(path))
        archive = reader.__enter__()
    except libarchive.ArchiveError as exc:
        if _encrypted_message(exc):
            raise EncryptedContainer(f"{kind} is password-protected, its list of members too") from exc
        raise DataError(f"{kind} cannot be opened: {_libarchive_message(exc)}") from exc
    try:
        yield _libarchive_members(archive, kind)
    finally:
        with contextlib.suppress(libarchive.ArchiveError):
            reader.__exit__(None, None, None)


def _libarchive_members(archive, kind: str) -> Iterator[Member]:
    import libarchive

    entries = iter(archive)
    while True:
        try:
            entry = next(entries)
        except StopIteration:
            return
        except libarchive.ArchiveError as exc:
            if _encrypted_message(exc):
                raise EncryptedContainer(f"{kind} is password-protected") from exc
            raise DataError(f"{kind} is damaged: {_libarchive_message(exc)}") from exc
        member_path = entry.pathname or ""
        if entry.isdir:
            yield Member(member_path, "dir")
        elif entry.issym:
            yield Member(member_path, "symlink", target=entry.linkpath)
        elif entry.islnk:
            yield Member(member_path, "hardlink", target=entry.linkpath)
        elif entry.isreg:
            yield Member(member_path, "file", entry.size, opener=lambda entry=entry: _Blocks(entry, kind))
        else:
            yield Member(member_path, "special")


class _Blocks:
    """A read() view over a libarchive entry's data blocks."""

    def __init__(self, entry, kind: str):
        self.blocks = entry.get_blocks()
        self.kind = kind
        self.pending = b""

    def read(self, size: int = -1) -> bytes:
        import libarchive

        while size < 0 or len(self.pending) < size:
            try:
                block = next(self.blocks)
            except StopIteration:
                break
            except libarchive.ArchiveError as exc:
                if _encrypted_message(exc):
                    raise EncryptedMember(f"member is encrypted: {exc.msg or exc}") from exc
                raise DataError(f"{self.kind} member is damaged: {_libarchive_message(exc)}") from exc
            self.pending += bytes(block)
        if size < 0:
            size = len(self.pending)
        out, self.pending = self.pending[:size], self.pending[size:]
        return out

    def close(self) -> None:
        self.blocks.close()

    def __enter__(self) -> "_Blocks":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class EncryptedMember(DataError):
    """A member's data is encrypted and no password was given."""
