"""Uploads ingested in the background: one thread per upload, its progress kept for the page that polls it."""

from __future__ import annotations

import re
import secrets
import shutil
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..archive import Archive
from ..errors import DossierError


def safe_name(name: str) -> str:
    """Return an upload's file name without folders, control characters or leading dots."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in unicodedata.normalize("NFC", base) if unicodedata.category(c)[0] != "C")
    base = base.strip().lstrip(".")[:200]
    return base or "upload"


@dataclass
class Job:
    """One upload: who sent what where, and how far ingesting it has come."""

    id: str
    user: str
    collection: str
    files: list[str]
    stage: str = "queued"  # queued, storing, reading, done, failed
    total: int = 0
    done: int = 0
    message: str = ""
    summary: dict[str, Any] = field(default_factory=dict)

    def start(self, total: int, _size: int) -> None:
        """Progress protocol: a stage begins with this many items."""
        self.total, self.done = total, 0

    def advance(self, items: int, _size: int, _members: int) -> None:
        """Progress protocol: items finished."""
        self.done += items

    def stop(self) -> None:
        """Progress protocol: nothing to tidy."""

    def as_dict(self) -> dict[str, Any]:
        """Return the job as JSON-ready data."""
        return {"id": self.id, "user": self.user, "collection": self.collection, "files": self.files,
                "stage": self.stage, "total": self.total, "done": self.done, "message": self.message,
                "summary": self.summary}


class Jobs:
    """The uploads of this server process."""

    def __init__(self, root: Path):
        self.root = root
        self.jobs: dict[str, Job] = {}
        self.threads: list[threading.Thread] = []
        self.lock = threading.Lock()
        # One ingest at a time: the catalog has one writer and extraction already uses every worker.
        self.running = threading.Lock()

    def folder(self, job_id: str) -> Path:
        """Return the scratch folder that holds a job's uploaded files until they are stored."""
        return self.root / "tmp" / "uploads" / job_id

    def new(self, user: str, collection: str) -> Job:
        """Create a job and its scratch folder."""
        job = Job(secrets.token_hex(12), user, collection, [])
        self.folder(job.id).mkdir(parents=True)
        with self.lock:
            self.jobs[job.id] = job
        return job

    def get(self, job_id: str) -> Job | None:
        """Return a job by ID."""
        with self.lock:
            return self.jobs.get(job_id)

    def start(self, job: Job, note: str) -> None:
        """Ingest and read the job's files in a background thread."""
        thread = threading.Thread(target=self._run, args=(job, note), name=f"dossier-upload-{job.id}", daemon=True)
        with self.lock:
            self.threads.append(thread)
        thread.start()

    def wait(self) -> None:
        """Wait for every running upload (at shutdown)."""
        for thread in list(self.threads):
            thread.join()

    def _run(self, job: Job, note: str) -> None:
        folder = self.folder(job.id)
        try:
            with self.running, Archive.open(self.root, user=job.user) as archive:
                job.stage = "storing"
                paths = sorted(folder.iterdir())
                ingested = archive.ingest(paths, job.collection, note=note, progress=job).as_dict()
                job.stage = "reading"
                read = archive.extract(collection=job.collection, progress=job).as_dict()
            job.summary = {k: ingested[k] for k in ("files", "members", "stored", "duplicates", "failed")}
            job.summary.update({"read": read["done"], "pages": read["pages"], "unreadable": read["failed"]})
            job.stage = "done"
        except DossierError as exc:
            job.stage, job.message = "failed", str(exc)
        except Exception:  # noqa: BLE001 - the page must say it failed; the traceback goes to the log
            import logging

            logging.getLogger("dossier.web").exception("upload %s failed", job.id)
            job.stage, job.message = "failed", "the upload could not be ingested; the error was logged"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
