"""Export a collection as a BagIt bag (RFC 8493), written and validated by the ``bagit`` library.

``data/`` holds each received original under the name it arrived with; container
members are not exported separately because their containers are, byte for byte.
Tag files carry the evidence trail without exposing other collections:

- ``custody-entries.jsonl``: the log entries that concern this collection, verbatim;
- ``custody-leaves.txt``: every leaf hash of the whole log, in order, so the root can be
  rebuilt and matched to the checkpoint (a leaf hash reveals nothing of its entry);
- ``checkpoint.txt`` and ``custody.vkey``: the newest signed checkpoint and its key;
- ``documents.jsonl``: the catalog rows of the collection, members included;
- ``proofs.jsonl``: one ``dossier verify-proof`` bundle per exported original.
"""

from __future__ import annotations

import json
import posixpath
import shutil
from pathlib import Path
from typing import Any

import bagit

from .. import __version__, settings
from ..errors import DossierError
from ..store.proof import build_proof


def safe_relative(name: str) -> str:
    """Return a name as a relative path that cannot leave the bag's data folder."""
    parts = [p for p in posixpath.normpath(name.replace("\\", "/")).split("/") if p not in ("", ".", "..")]
    return "/".join(parts) or "unnamed"


def export_bag(archive: Any, out: Path, collection: str) -> dict[str, Any]:
    """Write and validate a bag of a collection's originals; returns a summary."""
    conn = archive.conn
    if not conn.execute("SELECT 1 FROM collections WHERE name = ?", (collection,)).fetchone():
        raise DossierError(f"no collection named {collection!r}; `dossier ls` shows what there is")
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise DossierError(f"{out} exists and is not empty; give a new folder for the bag")
    out.mkdir(parents=True, exist_ok=True)
    archive.sign_checkpoint()
    rows = conn.execute(
        "SELECT id, path, sha256 FROM documents WHERE collection = ? AND parent_id IS NULL AND sha256 IS NOT NULL "
        "ORDER BY path", (collection,)
    ).fetchall()
    used: set[str] = set()
    for row in rows:
        rel = safe_relative(row["path"])
        if rel in used:
            rel = f"{rel}~{row['id'][:8]}"
        used.add(rel)
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(archive.blobs.path(row["sha256"]), target)
    bag = bagit.make_bag(
        str(out),
        bag_info={"Source-Organization": "dossier archive " + archive.archive_id,
                  "External-Description": f"Originals of collection {collection!r}",
                  "Bag-Software-Agent": f"dossier {__version__}"},
        processes=max(1, int(settings.get("workers"))),
        checksums=["sha256"],
    )
    _write_tags(archive, out, collection, rows)
    bag = bagit.Bag(str(out))
    bag.save()  # recompute the tag manifest over the tag files written above
    bag.validate()
    return {"bag": str(out), "collection": collection, "originals": len(rows)}


def _write_tags(archive: Any, out: Path, collection: str, rows: list) -> None:
    conn = archive.conn
    custody = archive.custody
    latest = custody.latest_checkpoint()
    (out / "checkpoint.txt").write_text(latest["note"])
    (out / "custody.vkey").write_text(archive.vkey + "\n")
    with open(out / "custody-leaves.txt", "w") as leaves:
        for leaf in custody.leaf_hashes(latest["tree_size"]):
            leaves.write(leaf.hex() + "\n")
    with open(out / "custody-entries.jsonl", "wb") as entries:
        for row in conn.execute(
            "SELECT entry FROM custody WHERE seq < ? AND (seq = 0 OR json_extract(CAST(entry AS TEXT), "
            "'$.collection') = ?) ORDER BY seq", (latest["tree_size"], collection)
        ):
            entries.write(bytes(row[0]) + b"\n")
    with open(out / "documents.jsonl", "w") as documents:
        for row in conn.execute("SELECT * FROM documents WHERE collection = ? ORDER BY rowid", (collection,)):
            documents.write(json.dumps(dict(row), ensure_ascii=False, sort_keys=True) + "\n")
    with open(out / "proofs.jsonl", "w") as proofs:
        for row in rows:
            proofs.write(json.dumps(build_proof(archive, row["id"]), ensure_ascii=False) + "\n")
