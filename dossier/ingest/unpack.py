"""Unpacking containers into child documents, within limits that stop archive bombs.

One ``Budget`` covers a top-level container and everything nested in it: total expanded
bytes, expansion ratio against the packed size, member count. Nesting depth is limited
separately, and a member identical to an enclosing container (a zip quine such as
droste.zip) is stored but not opened again. When a limit is hit, unpacking of that
top-level container stops, every container on the way is marked partial with the
reason, and whatever was unpacked so far is kept.
"""

from __future__ import annotations

import lzma
import tarfile
import zipfile
import zlib
from collections import Counter

from ..errors import DataError, LimitError
from ..store.blobs import BlobStore, SizeLimitExceeded
from . import containers, detect, ids
from .records import FAILED, PARTIAL, SKIPPED, DocumentRecord

RATIO_FLOOR = 16 << 20  # below this much output, the ratio limit does not apply

# What the container libraries raise on damaged or unsupported data.
READ_ERRORS = (DataError, OSError, EOFError, zlib.error, lzma.LZMAError, zipfile.BadZipFile,
               tarfile.TarError, NotImplementedError, RuntimeError, ValueError)


def human(size: int) -> str:
    """Return a byte count as '1.5 GiB'."""
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


class Budget:
    """What one top-level container may still expand to."""

    def __init__(self, limits: dict, packed_size: int):
        self.max_bytes = limits["max_expanded_bytes"]
        self.max_ratio = limits["max_ratio"]
        self.max_members = limits["max_members"]
        self.max_depth = limits["max_depth"]
        self.ratio_bytes = max(RATIO_FLOOR, self.max_ratio * max(packed_size, 1))
        self.used = 0
        self.members = 0

    def take_member(self) -> None:
        """Count one more member; raises LimitError past the member limit."""
        self.members += 1
        if self.members > self.max_members:
            raise LimitError(f"more than {self.max_members:,} members (DOSSIER_MAX_MEMBERS)")

    def remaining(self) -> int:
        """Return how many more bytes may be unpacked."""
        return max(0, min(self.max_bytes, self.ratio_bytes) - self.used)

    def exceeded(self, wanted: int) -> LimitError:
        """Return the error that names the binding limit for an expansion to ``used + wanted``."""
        if self.ratio_bytes < self.max_bytes:
            return LimitError(
                # "more than": below RATIO_FLOOR the limit is the floor, a higher ratio than max_ratio.
                f"expanding past {human(self.ratio_bytes)}, more than {self.max_ratio}× the packed size "
                f"(DOSSIER_MAX_RATIO): a likely archive bomb"
            )
        return LimitError(f"expanding past {human(self.max_bytes)} (DOSSIER_MAX_EXPANDED_BYTES)")


class Unpacker:
    """Turns a stored container into child records, storing every member's bytes."""

    def __init__(self, blobs: BlobStore, collection: str, staged: bool = False):
        self.blobs = blobs
        self.collection = collection
        self.staged = staged  # members are published with their batch (see BlobStore.publish)

    def unpack(self, parent: DocumentRecord, kind: str, budget: Budget, found: list[DocumentRecord],
               ancestors: frozenset[str] = frozenset()) -> None:
        """Append records for every member (recursively) to ``found``; marks parent partial on trouble.

        Records go into the caller's list as they are made, so that a LimitError raised deep
        inside still leaves everything unpacked before it in ``found``.
        """
        start = len(found)
        if parent.depth >= budget.max_depth:
            parent.problem(PARTIAL, f"not unpacked: nested {parent.depth} containers deep, the limit is "
                                    f"{budget.max_depth} (DOSSIER_MAX_DEPTH)")
            return
        ancestors = ancestors | {parent.sha256 or ""}
        seen: Counter[str] = Counter()
        try:
            source = parent.blob.path if parent.blob else self.blobs.path(parent.sha256 or "")
            with containers.members(source, kind, parent.path) as members:
                for member in members:
                    if member.kind == "dir":
                        continue
                    budget.take_member()
                    seen[member.path] += 1
                    self._member(parent, member, seen[member.path], budget, found, ancestors)
        except containers.EncryptedContainer as exc:
            parent.encrypted = True
            parent.problem(PARTIAL, f"{exc}; the original is preserved, no member could be unpacked")
        except LimitError as exc:
            parent.problem(PARTIAL, f"unpacking stopped: {exc}; {_kept(found[start:])} members kept, "
                                    "the original is preserved")
            raise
        except READ_ERRORS as exc:
            parent.problem(PARTIAL, f"unpacking stopped: {_message(exc)}; {_kept(found[start:])} members kept, "
                                    "the original is preserved")
        direct = [r for r in found[start:] if r.parent_id == parent.id]
        locked = sum(1 for r in direct if r.encrypted)
        broken = sum(1 for r in direct if r.status == FAILED)
        if locked:
            parent.encrypted = True
            parent.problem(PARTIAL, f"{locked} of {len(direct)} members are password-protected; "
                                    "the original is preserved")
        if broken:
            parent.problem(PARTIAL, f"{broken} of {len(direct)} members could not be read")

    def _member(self, parent: DocumentRecord, member: containers.Member, occurrence: int,
                budget: Budget, found: list[DocumentRecord], ancestors: frozenset[str]) -> None:
        child = DocumentRecord(
            id=ids.member_id(parent.id, member.path, occurrence),
            path=member.path,
            collection=self.collection,
            parent_id=parent.id,
            depth=parent.depth + 1,
        )
        if occurrence > 1:
            child.reason = f"name repeated in the container (occurrence {occurrence})"
        unsafe = containers.path_problem(member.path)
        if unsafe:
            child.reason = _join(child.reason, f"{unsafe}; kept as a name only, nothing was written outside "
                                               "the archive")
        if member.kind in ("symlink", "hardlink"):
            child.problem(SKIPPED, containers.link_problem(member.path, member.target or ""))
            found.append(child)
            return
        if member.kind == "special":
            child.problem(SKIPPED, "device, FIFO or socket entry: there are no bytes to keep")
            found.append(child)
            return
        if member.encrypted:
            child.encrypted = True
            child.problem(SKIPPED, "member is password-protected; its bytes stay inside the preserved container")
            found.append(child)
            return
        if member.size is not None and member.size > budget.remaining():
            child.problem(SKIPPED, "not unpacked: the container stopped at an unpacking limit")
            found.append(child)
            raise budget.exceeded(member.size)
        try:
            assert member.opener is not None
            with member.opener() as stream:
                stored = self.blobs.put(stream, limit=budget.remaining(), staged=self.staged)
        except SizeLimitExceeded as exc:
            child.problem(SKIPPED, "not unpacked: the container stopped at an unpacking limit")
            found.append(child)
            raise budget.exceeded(budget.remaining() + 1) from exc
        except containers.EncryptedMember:
            child.encrypted = True
            child.problem(SKIPPED, "member is password-protected; its bytes stay inside the preserved container")
            found.append(child)
            return
        except READ_ERRORS as exc:
            child.problem(FAILED, f"member cannot be read: {_message(exc)}")
            found.append(child)
            return
        budget.used += stored.size
        child.sha256, child.size, child.blob = stored.sha256, stored.size, stored
        child.mime = detect.mime_type(stored.head, stored.path, stored.size)
        found.append(child)
        kind = containers.container_kind(child.mime)
        if kind:
            if stored.sha256 in ancestors:
                child.reason = _join(child.reason, "identical to a container it is inside (a quine); "
                                                   "not unpacked again")
            else:
                self.unpack(child, kind, budget, found, ancestors)


def _kept(records: list[DocumentRecord]) -> int:
    """Return how many records had their bytes stored (not those skipped or failed at the stop)."""
    return sum(1 for r in records if r.sha256)


def _join(first: str | None, second: str) -> str:
    return second if not first else f"{first}; {second}"


def _message(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if isinstance(exc, DataError) else f"{type(exc).__name__}: {text}"
