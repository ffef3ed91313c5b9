"""What the app keeps between requests: the archive folder, per-thread catalog connections, the audit writer."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates

from ..accounts.audit import AuditLog
from ..archive import Archive
from .jobs import Jobs
from .ratelimit import LoginLimiter

HERE = Path(__file__).parent


class WebState:
    """Shared state of one running app."""

    def __init__(self, root: Path, secure_cookies: bool, session_hours: float, login_attempts: int):
        Archive.open(root).close()  # a clear error for a wrong folder before the server listens
        self.root = root
        self.secure_cookies = secure_cookies
        self.session_hours = session_hours
        self.audit = AuditLog(root / "catalog.sqlite")
        self.limiter = LoginLimiter(login_attempts, 15 * 60)
        self.jobs = Jobs(root)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.autoescape = True  # every template, whatever its extension
        self._local = threading.local()
        self._opened: list[Archive] = []
        self._lock = threading.Lock()

    def archive(self) -> Archive:
        """Return this thread's open archive (one SQLite connection and index reader per thread)."""
        archive = getattr(self._local, "archive", None)
        if archive is None:
            archive = Archive.open(self.root, user="web")
            self._local.archive = archive
            with self._lock:
                self._opened.append(archive)
        return archive

    def close(self) -> None:
        """Stop the audit writer and close every connection."""
        self.jobs.wait()
        self.audit.close()
        with self._lock:
            for archive in self._opened:
                archive.close()
            self._opened.clear()


def client_ip(request: Any) -> str:
    """Return the address a request came from (the socket peer; no proxy headers are trusted)."""
    return request.client.host if request.client else "unknown"
