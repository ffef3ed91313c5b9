"""Running parsers where a hostile file can hurt nothing but its own worker.

Each extraction runs in a pebble worker process with an address-space limit, a per-file
wall-clock timeout (pebble kills the worker, which a thread pool cannot do), core dumps
off, and Python-level network access refused. A parser that crashes, hangs or balloons
costs that one file: the result is a failure with the reason, and a fresh worker takes
the next file. Workers are recycled after a number of files so leaks cannot accumulate.

The network guard covers Python code (the parsers dossier calls in-process). External
converters started from a worker (LibreOffice, tesseract) are run through ``unshare -n``
where the system allows it; see ``sandboxed_command``.
"""

from __future__ import annotations

import faulthandler
import resource
import shutil
import signal
import socket
import subprocess
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

from pebble import ProcessExpired, ProcessPool

from ..errors import DataError
from .base import Extraction, Options

TASKS_PER_WORKER = 50


def _address_space() -> int:
    """Return this process's virtual memory size in bytes."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _limit_worker(memory_bytes: int) -> None:
    """Initializer of every worker: memory cap, no core dumps, no network."""
    if memory_bytes > 0:
        # The cap counts from what the worker starts with: a worker forked from a process that has
        # loaded OpenCV, spaCy or a web app inherits their address space, and OCR must not fail
        # for memory the parent holds (a 300 dpi page takes about 1.4 GiB of its own).
        limit = _address_space() + memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # A forked worker inherits the parent's faulthandler; a parser that segfaults must not dump
    # the stacks (and file names) of the whole process into the logs.
    faulthandler.disable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise OSError("network access is disabled while reading documents")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]


def _run(extractor_name: str, path: str, mime: str, options: Options) -> Extraction:
    from .registry import extractor_by_name

    return extractor_by_name(extractor_name)().extract(Path(path), mime, options)


def sandboxed_command(argv: list[str]) -> list[str]:
    """Return argv prefixed to run without network where unprivileged namespaces allow it."""
    unshare = shutil.which("unshare")
    if unshare and _can_unshare(unshare):
        return [unshare, "--net", "--map-root-user", *argv]
    return argv


_UNSHARE_OK: bool | None = None


def _can_unshare(unshare: str) -> bool:
    global _UNSHARE_OK
    if _UNSHARE_OK is None:
        try:
            _UNSHARE_OK = subprocess.run([unshare, "--net", "--map-root-user", "true"], capture_output=True,
                                         timeout=10).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            _UNSHARE_OK = False
    return _UNSHARE_OK


class IsolatedRunner:
    """A pool of limited worker processes that run extractors one file at a time."""

    def __init__(self, workers: int, timeout: float, memory_bytes: int, timeout_per_mib: float = 0.0):
        self.timeout = timeout
        self.timeout_per_mib = timeout_per_mib
        self._limits: dict[int, float] = {}  # future id -> its time limit, for the failure message
        self.pool = ProcessPool(max_workers=workers, max_tasks=TASKS_PER_WORKER,
                                initializer=_limit_worker, initargs=(memory_bytes,))

    def submit(self, extractor_name: str, path: Path, mime: str, options: Options) -> Any:
        """Schedule one extraction with a time limit that grows with the file's size; returns a future."""
        limit = self.timeout + self.timeout_per_mib * path.stat().st_size / (1 << 20)
        future = self.pool.schedule(_run, args=(extractor_name, str(path), mime, options), timeout=limit)
        self._limits[id(future)] = limit
        return future

    def result(self, future: Any) -> Extraction:
        """Wait for a future; raises DataError with the reason when the worker failed."""
        limit = self._limits.pop(id(future), self.timeout)
        try:
            return future.result()
        except FutureTimeout as exc:
            raise DataError(f"reading took longer than {limit:.0f} s (DOSSIER_EXTRACT_TIMEOUT and "
                            "DOSSIER_EXTRACT_TIMEOUT_PER_MIB); the worker was stopped") from exc
        except ProcessExpired as exc:
            raise DataError(f"the parser crashed (worker exit code {exc.exitcode}); "
                            "the file may be hostile or damaged") from exc
        except MemoryError as exc:
            raise DataError("reading needed more memory than allowed (DOSSIER_EXTRACT_MEMORY)") from exc
        except DataError:
            raise
        except Exception as exc:  # noqa: BLE001 - any parser exception is this file's problem only
            raise DataError(f"cannot be read: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        """Stop the workers."""
        self.pool.close()
        self.pool.join()

    def __enter__(self) -> "IsolatedRunner":
        return self

    def __exit__(self, *exc: Any) -> None:
        if exc and exc[0] is not None:
            self.pool.stop()
        self.close()
