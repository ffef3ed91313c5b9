"""Shared benchmark plumbing: timed subprocesses, page-cache control, data sets, tables.

Every benchmark runs the tools it compares as child processes in the same run, so that
both sides see the same machine, the same disk and the same neighbours. A child is timed
by wall clock and reaped with ``os.wait4``, which also gives its CPU time and peak
resident memory (the largest of the child and the descendants it waited for; taken from
GNU time when /usr/bin/time exists, see ``run_timed``).
"""

from __future__ import annotations

import hashlib
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from rapidfuzz.distance import Levenshtein

MB = 1_000_000  # throughput is reported in decimal megabytes per second, as disks and dd do
CHUNK = 1 << 20
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


# -- timing --------------------------------------------------------------------


@dataclass
class Sample:
    """One timed child process: wall seconds, CPU seconds, peak RSS and what it printed."""

    seconds: float
    user: float
    sys: float
    max_rss_kib: int
    returncode: int
    stdout: str = field(default="", repr=False)
    stderr: str = field(default="", repr=False)


def run_timed(cmd: Sequence[str] | str, *, env: dict[str, str] | None = None, cwd: Path | None = None,
              check: bool = True) -> Sample:
    """Run a command (a string runs under bash with pipefail) and return its timing and resource use."""
    if isinstance(cmd, str):
        argv = ["bash", "-o", "pipefail", "-c", cmd]
    else:
        argv = list(cmd)
    # Output goes to files, not pipes: the child must be reaped by wait4 (for its rusage),
    # and a pipe would need a reader that reaps it first.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        if GNU_TIME:
            # A child forked from this interpreter counts this interpreter's pages in its peak
            # RSS until it execs; GNU time's own child starts from time's small image instead.
            argv = [GNU_TIME, "-f", "%M", "-o", rss.name, *argv]
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        max_rss = usage.ru_maxrss
        if GNU_TIME:
            lines = rss.read().split()
            max_rss = int(lines[-1]) if lines and lines[-1].isdigit() else max_rss
        out.seek(0)
        err.seek(0)
        sample = Sample(seconds, usage.ru_utime, usage.ru_stime, max_rss, proc.returncode,
                        out.read().decode(errors="replace"), err.read().decode(errors="replace"))
    if check and sample.returncode != 0:
        shown = cmd if isinstance(cmd, str) else " ".join(argv)
        raise SystemExit(f"benchmark step failed (exit {sample.returncode}): {shown}\n{sample.stderr[-2000:]}")
    return sample


@dataclass
class Series:
    """Repeated timings of one step over a known number of bytes."""

    name: str
    nbytes: int
    samples: list[Sample] = field(default_factory=list)

    @property
    def median_s(self) -> float:
        """Return the median wall time in seconds."""
        return statistics.median(s.seconds for s in self.samples)

    @property
    def mb_s(self) -> float:
        """Return the throughput at the median wall time, in MB/s."""
        return self.nbytes / MB / self.median_s

    @property
    def cpu_s(self) -> float:
        """Return the median CPU time (user + system) in seconds."""
        return statistics.median(s.user + s.sys for s in self.samples)

    @property
    def max_rss_mib(self) -> float:
        """Return the largest peak RSS over the repeats, in MiB."""
        return max(s.max_rss_kib for s in self.samples) / 1024

    def as_dict(self) -> dict[str, Any]:
        """Return the series as JSON-ready data."""
        return {
            "name": self.name, "bytes": self.nbytes, "median_s": round(self.median_s, 4),
            "mb_s": round(self.mb_s, 2), "cpu_s": round(self.cpu_s, 3), "max_rss_mib": round(self.max_rss_mib, 1),
            "runs": [{k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(s).items()
                      if k not in ("stdout", "stderr")} for s in self.samples],
        }


def ratio(ours: Series, theirs: Series) -> float:
    """Return our throughput divided by theirs (higher is better; 1.0 means as fast)."""
    return ours.mb_s / theirs.mb_s


def sha256sum_tree(folder: Path, tool: str = "sha256sum", parallel: int = 1) -> str:
    """Return the shell command that hashes every file under a folder with a plain tool."""
    from shlex import quote

    fan = f" -P {parallel} -n 64" if parallel > 1 else ""
    return f"find {quote(str(folder))} -type f -print0 | xargs -0{fan} {tool} > /dev/null"


# -- page cache ----------------------------------------------------------------


def can_drop_caches() -> bool:
    """Return True when this process may drop the kernel's page cache (root, writable procfs)."""
    return os.access(DROP_CACHES, os.W_OK)


def drop_caches() -> None:
    """Write back dirty pages, then drop the page cache, dentries and inodes."""
    os.sync()
    DROP_CACHES.write_text("3\n")


def settle(cold: bool) -> None:
    """Start a timed step from a quiet disk: flush pending writes, and empty the cache when cold."""
    if cold:
        drop_caches()
    else:
        os.sync()


# -- data sets -----------------------------------------------------------------


@dataclass
class DataSet:
    """A generated folder of files: where it is, how many files and bytes it holds."""

    root: Path
    files: list[Path]
    sizes: list[int]

    @property
    def nbytes(self) -> int:
        """Return the total size of the files."""
        return sum(self.sizes)

    def describe(self) -> dict[str, Any]:
        """Return counts and sizes as JSON-ready data."""
        return {"files": len(self.files), "bytes": self.nbytes,
                "smallest": min(self.sizes, default=0), "largest": max(self.sizes, default=0)}


def plan_sizes(total: int, seed: int, small_files: int | None = None, small_share: float = 0.5,
               small_range: tuple[int, int] = (10_000, 200_000),
               large_range: tuple[int, int] = (5 * MB, 50 * MB)) -> tuple[list[int], list[int]]:
    """Return (small sizes, large sizes) for a data set of about ``total`` bytes.

    Small files take ``small_share`` of the bytes unless ``small_files`` fixes their count;
    large files fill what is left, the last one cut to fit.
    """
    rng = random.Random(seed)
    small: list[int] = []
    if small_files is None:
        filled = 0
        while filled < total * small_share:
            small.append(rng.randint(*small_range))
            filled += small[-1]
    else:
        small = [rng.randint(*small_range) for _ in range(small_files)]
    large: list[int] = []
    left = total - sum(small)
    while left > 0:
        size = min(rng.randint(*large_range), left)
        large.append(size)
        left -= size
    return small, large


def write_random(path: Path, size: int, seed: int, index: int) -> None:
    """Write ``size`` incompressible bytes that depend only on (seed, index)."""
    # AES-256-CTR over zeros: a seeded stream at several hundred MB/s, far faster than
    # random.randbytes, and as incompressible as real encrypted or compressed documents.
    key = hashlib.sha256(f"dossier-bench/{seed}".encode()).digest()
    stream = Cipher(algorithms.AES(key), modes.CTR((index << 64).to_bytes(16, "big"))).encryptor()
    zeros = bytes(CHUNK)
    with open(path, "wb") as out:
        left = size
        while left > 0:
            n = min(CHUNK, left)
            out.write(stream.update(zeros[:n]))
            left -= n


def make_dataset(root: Path, total: int, seed: int = 1, small_files: int | None = None,
                 per_folder: int = 100) -> DataSet:
    """Generate a deterministic mix of small and large files in folders under root.

    Large files (named ``big*``) are spread evenly over the folders, as in a real dump, so
    that they do not all come last in the walk.
    """
    small, large = plan_sizes(total, seed, small_files)
    folders = max(1, -(-len(small) // per_folder))
    files: list[Path] = []
    sizes: list[int] = []
    for i, size in enumerate(small):
        files.append(root / f"d{i // per_folder:04d}" / f"doc{i:06d}.bin")
        sizes.append(size)
    for j, size in enumerate(large):
        files.append(root / f"d{j * folders // len(large):04d}" / f"big{j:03d}.bin")
        sizes.append(size)
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
    for index, (path, size) in enumerate(zip(files, sizes)):
        write_random(path, size, seed, index)
    os.sync()  # so that writing back the data set does not land inside the first timing
    return DataSet(root, files, sizes)


# -- reporting -----------------------------------------------------------------


def log(message: str) -> None:
    """Print a progress line to stderr (stdout is for the results)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Return rows as a Markdown table with aligned columns (pastes into docs as is)."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in cells[1:]]
    return "\n".join(lines)


def machine_info(folder: Path) -> dict[str, Any]:
    """Return what the results depend on: CPUs, memory, the file system under folder, tool versions."""
    cpu = "unknown"
    flags: set[str] = set()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name") and cpu == "unknown":
                cpu = line.split(":", 1)[1].strip()
            elif line.startswith("flags") and not flags:
                flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    mem = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        pass
    df = subprocess.run(["df", "-T", str(folder)], capture_output=True, text=True).stdout.splitlines()
    fs = df[-1].split() if len(df) > 1 else []
    try:
        load = os.getloadavg()
    except OSError:
        load = (0.0, 0.0, 0.0)
    return {
        "nproc": os.cpu_count(),
        "affinity": sorted(os.sched_getaffinity(0)),
        "cpu": cpu,
        "sha_ni": "sha_ni" in flags,
        "memory_gib": round(mem / (1 << 30), 1),
        "filesystem": {"device": fs[0], "type": fs[1]} if len(fs) >= 2 else {},
        "kernel": platform.release(),
        "python": platform.python_version(),
        "sha256sum": _first_line(["sha256sum", "--version"]),
        "openssl": _first_line(["openssl", "version"]),
        "loadavg_at_start": [round(x, 2) for x in load],
    }


def _first_line(argv: list[str]) -> str | None:
    if shutil.which(argv[0]) is None:
        return None
    done = subprocess.run(argv, capture_output=True, text=True)
    return (done.stdout or done.stderr).splitlines()[0] if (done.stdout or done.stderr) else None


def utc_stamp() -> str:
    """Return the current UTC time, to the second, for labelling results."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")


def fmt(value: float | None, digits: int = 2) -> str:
    """Format a number for a table cell."""
    return "-" if value is None else f"{value:.{digits}f}"


def cer(got: str, truth: str) -> float:
    """Return the character error rate of got against truth, whitespace ignored, full- and half-width alike (NFKC)."""
    got, truth = (re.sub(r"\s+", "", unicodedata.normalize("NFKC", t)) for t in (got, truth))
    return Levenshtein.distance(got, truth) / max(1, len(truth))
