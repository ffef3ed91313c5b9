"""Verification: does every stored byte and every catalog row still match the signed log?

Four checks, each naming exactly what is wrong:

1. the custody log: entries are contiguous, each entry's bytes still hash to its leaf, and
   the Merkle root rebuilt from those bytes matches every signed checkpoint;
2. the checkpoints: each signature verifies under the archive's key, which must be the
   key recorded in the log's first entry;
3. the catalog: every collection, document and name row is backed by the log entry it
   points to, field by field, and every document the log records still has its row;
4. the blobs: every blob a document references exists and re-hashes to its name.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Iterator

from .. import settings
from . import merkle
from .checkpoint import open_note
from ..errors import IntegrityError


@dataclass
class Finding:
    """One thing verify found wrong (error) or worth knowing (warning)."""

    severity: str  # error | warning
    area: str  # log | checkpoint | catalog | blob
    subject: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity.upper()} {self.area} {self.subject}: {self.message}"


@dataclass
class VerifyReport:
    """What verify checked and what it found."""

    entries: int = 0
    checkpoints: int = 0
    documents: int = 0
    names: int = 0
    blobs: int = 0
    bytes: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when nothing is wrong (warnings allowed)."""
        return not any(f.severity == "error" for f in self.findings)

    def error(self, area: str, subject: str, message: str) -> None:
        """Record something wrong."""
        self.findings.append(Finding("error", area, subject, message))

    def warning(self, area: str, subject: str, message: str) -> None:
        """Record something worth knowing that is not a failure."""
        self.findings.append(Finding("warning", area, subject, message))

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            "ok": self.ok, "entries": self.entries, "checkpoints": self.checkpoints,
            "documents": self.documents, "names": self.names, "blobs": self.blobs, "bytes": self.bytes,
            "findings": [f.__dict__ for f in self.findings],
        }


def verify(archive: Any, progress: Any = None) -> VerifyReport:
    """Run every check over an archive and return the report."""
    report = VerifyReport()
    conn = archive.conn
    checkpoints = conn.execute("SELECT tree_size, root_hash, note FROM checkpoints ORDER BY tree_size").fetchall()
    leaves = _checked_leaves(conn, report)
    # A checkpoint larger than the log means entries were removed; _check_checkpoints says so.
    present = conn.execute("SELECT COUNT(*) FROM custody").fetchone()[0]
    roots = merkle.roots_at(leaves, [row["tree_size"] for row in checkpoints if 0 <= row["tree_size"] <= present])
    for _ in leaves:  # roots_at stops at the newest checkpoint; entries after it are checked too
        pass
    _check_checkpoints(archive, checkpoints, roots, report)
    _check_catalog(conn, report)
    _check_blobs(archive, report, progress)
    return report


def _checked_leaves(conn: Any, report: VerifyReport) -> Iterator[bytes]:
    """Yield each entry's recomputed leaf hash, recording altered, missing or malformed entries."""
    expected = 0
    for seq, data, stored_leaf in ((int(r[0]), bytes(r[1]), bytes(r[2])) for r in
                                   conn.execute("SELECT seq, entry, leaf_hash FROM custody ORDER BY seq")):
        if seq != expected:
            report.error("log", f"entry {expected}", f"missing: the log jumps from entry {expected - 1} to {seq}")
            expected = seq
        leaf = merkle.leaf_hash(data)
        if leaf != stored_leaf:
            report.error("log", f"entry {seq}", "altered: its bytes no longer hash to the leaf recorded "
                                                "when it was appended")
        try:
            parsed = json.loads(data)
            if parsed.get("seq") != seq:
                report.error("log", f"entry {seq}", f"says it is entry {parsed.get('seq')!r}")
        except (ValueError, AttributeError):
            report.error("log", f"entry {seq}", "is not valid JSON")
        report.entries += 1
        expected += 1
        yield leaf


def _check_checkpoints(archive: Any, checkpoints: list, roots: dict[int, bytes], report: VerifyReport) -> None:
    try:
        vkey = archive.vkey
        first = json.loads(archive.custody.entry(0))
    except Exception as exc:  # noqa: BLE001 - every way this fails is a finding, not a crash
        report.error("checkpoint", "key", f"cannot read the verifier key or the log's first entry: {exc}")
        return
    if first.get("vkey") != vkey:
        report.error("checkpoint", "key", "keys/custody.vkey is not the key recorded in log entry 0; "
                                          "the signing key was replaced")
    for row in checkpoints:
        size = row["tree_size"]
        subject = f"size {size}"
        report.checkpoints += 1
        try:
            signed = open_note(row["note"], vkey)
        except IntegrityError as exc:
            report.error("checkpoint", subject, str(exc))
            continue
        if signed.size != size or signed.root != bytes(row["root_hash"]):
            report.error("checkpoint", subject, "the catalog's copy of the size or root differs from the signed note")
        if size > report.entries:
            report.error("checkpoint", subject, f"signed for {size} entries but the log has only {report.entries}: "
                                                "entries were removed")
        elif roots.get(size) != signed.root:
            report.error("checkpoint", subject, "the log rebuilt from its entries has a different root than "
                                                "the signed checkpoint: the log was rewritten")
    newest = checkpoints[-1]["tree_size"] if checkpoints else 0
    if report.entries > newest:
        report.warning("checkpoint", f"size {report.entries}",
                       f"{report.entries - newest} newest entries are not yet covered by a signed checkpoint "
                       "(an interrupted run); the next ingest signs them")


# Each query returns rows that are NOT backed by their custody entry, with a reason.
_CATALOG_CHECKS = {
    "collection": """
        SELECT k.name, 'no matching collection.created entry ' || k.entry FROM collections k
        LEFT JOIN custody c ON c.seq = k.entry
        WHERE c.seq IS NULL
           OR json_extract(CAST(c.entry AS TEXT), '$.event') IS NOT 'collection.created'
           OR json_extract(CAST(c.entry AS TEXT), '$.collection') IS NOT k.name""",
    "document": """
        SELECT d.id, CASE WHEN c.seq IS NULL THEN 'points to custody entry ' || d.entry || ', which does not exist'
                          ELSE 'differs from custody entry ' || d.entry || ' that recorded it' END
        FROM documents d LEFT JOIN custody c ON c.seq = d.entry
        WHERE c.seq IS NULL
           OR json_extract(CAST(c.entry AS TEXT), '$.event') NOT IN ('received', 'unpacked')
           OR json_extract(CAST(c.entry AS TEXT), '$.doc') IS NOT d.id
           OR json_extract(CAST(c.entry AS TEXT), '$.collection') IS NOT d.collection
           OR json_extract(CAST(c.entry AS TEXT), '$.parent') IS NOT d.parent_id
           OR json_extract(CAST(c.entry AS TEXT), '$.path') IS NOT d.path
           OR json_extract(CAST(c.entry AS TEXT), '$.blobs[0]') IS NOT d.sha256
           OR json_extract(CAST(c.entry AS TEXT), '$.size') IS NOT d.size
           OR json_extract(CAST(c.entry AS TEXT), '$.status') IS NOT d.status""",
    "name": """
        SELECT n.doc_id || ' ' || n.name, 'not backed by custody entry ' || n.entry FROM names n
        LEFT JOIN custody c ON c.seq = n.entry
        WHERE c.seq IS NULL
           OR json_extract(CAST(c.entry AS TEXT), '$.doc') IS NOT n.doc_id
           OR json_extract(CAST(c.entry AS TEXT), '$.path') IS NOT n.name""",
    "extraction": """
        SELECT x.doc_id, 'differs from custody entry ' || x.entry || ' that recorded its extraction'
        FROM extractions x LEFT JOIN custody c ON c.seq = x.entry
        WHERE c.seq IS NULL
           OR json_extract(CAST(c.entry AS TEXT), '$.event') IS NOT 'extracted'
           OR json_extract(CAST(c.entry AS TEXT), '$.doc') IS NOT x.doc_id
           OR json_extract(CAST(c.entry AS TEXT), '$.status') IS NOT x.status
           OR json_extract(CAST(c.entry AS TEXT), '$.blobs[1]') IS NOT x.result_sha256""",
    "logged document": """
        SELECT json_extract(CAST(c.entry AS TEXT), '$.doc'),
               'recorded by custody entry ' || c.seq || ' but missing from the catalog'
        FROM custody c
        WHERE json_extract(CAST(c.entry AS TEXT), '$.event') IN ('received', 'unpacked')
          AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = json_extract(CAST(c.entry AS TEXT), '$.doc'))""",
}


def _check_catalog(conn: Any, report: VerifyReport) -> None:
    report.documents = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    report.names = conn.execute("SELECT COUNT(*) FROM names").fetchone()[0]
    for what, sql in _CATALOG_CHECKS.items():
        for subject, message in conn.execute(sql):
            report.error("catalog", f"{what} {subject}", message)


def _check_blobs(archive: Any, report: VerifyReport, progress: Any) -> None:
    # Originals, and the derived blobs (extraction results) that the log names.
    rows = archive.conn.execute(
        "SELECT sha256, MAX(size) FROM ("
        " SELECT sha256, size FROM documents WHERE sha256 IS NOT NULL"
        " UNION ALL SELECT result_sha256, NULL FROM extractions WHERE result_sha256 IS NOT NULL)"
        " GROUP BY sha256 ORDER BY sha256"
    ).fetchall()
    if progress is not None:
        progress.start(len(rows), sum(r[1] or 0 for r in rows))

    def check(row: Any) -> tuple[str, int, str | None]:
        sha, size = row[0], row[1] or 0  # derived blobs have no catalog size
        path = archive.blobs.path(sha)
        try:
            with open(path, "rb") as stream:
                actual = hashlib.file_digest(stream, "sha256").hexdigest()
            on_disk = path.stat().st_size
        except FileNotFoundError:
            return sha, size, "missing from the blob store"
        except OSError as exc:
            return sha, size, f"unreadable: {exc.strerror or exc}"
        if actual != sha:
            return sha, size, f"altered: its bytes now hash to {actual}"
        if row[1] is not None and on_disk != size:
            return sha, size, f"is {on_disk} bytes, the catalog says {size}"
        return sha, on_disk, None

    with ThreadPoolExecutor(max(1, int(settings.get("workers"))), thread_name_prefix="verify") as pool:
        for sha, size, problem in pool.map(check, rows):
            report.blobs += 1
            report.bytes += size
            if problem:
                report.error("blob", sha, problem)
            if progress is not None:
                progress.advance(1, size, 0)
