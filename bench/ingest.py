"""Ingest and verify throughput against sha256sum, measured in the same run.

The goals (issue: archive core) are throughput ratios on 2 cores:

* ``dossier ingest`` (store and log only, no containers) at least 0.8 of ``sha256sum``
  over the same files;
* ``dossier verify`` at least 0.9 of ``sha256sum`` over the archive's blob files.

Run from the repository root::

    .venv/bin/python -m bench.ingest [--files N] [--size-mb M] [--repeat R] [--json OUT]
                                     [--cold] [--with-zip] [--stages] [--cpus 0,1] [--workdir DIR]

See docs/benchmarks.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from .common import (MB, DataSet, Series, can_drop_caches, fmt, log, machine_info, make_dataset,
                     markdown_table, ratio, run_timed, settle, sha256sum_tree, utc_stamp)

GOALS = {"ingest": 0.8, "verify": 0.9}
COLLECTION = "bench"


def dossier_command() -> list[str]:
    """Return the argv prefix that runs the dossier CLI of this interpreter's environment."""
    script = Path(sys.executable).with_name("dossier")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "dossier.cli"]


def ingest_options(dossier: list[str]) -> list[str]:
    """Return the ingest options that make it store and log only (no text extraction)."""
    # Newer CLIs read text right after storing unless told not to; the goal is about storing.
    usage = run_timed(dossier + ["ingest", "--help"]).stdout
    return ["--no-extract"] if "--no-extract" in usage else []


def make_zip_dataset(plain: DataSet, root: Path) -> tuple[DataSet, int]:
    """Return the same content as containers: each folder's small files zipped, large files linked.

    Members are stored, not deflated: the data is incompressible, and zip tools store such
    members too. Returns the data set and its number of members.
    """
    files: list[Path] = []
    members = 0
    by_folder: dict[Path, list[Path]] = {}
    for path in plain.files:
        by_folder.setdefault(path.parent, []).append(path)
    for folder, paths in sorted(by_folder.items()):
        target_dir = root / folder.name
        target_dir.mkdir(parents=True)
        small = [p for p in paths if not p.name.startswith("big")]
        if small:
            target = target_dir / f"{folder.name}.zip"
            with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as zf:
                for path in small:
                    zf.write(path, path.name)
                    members += 1
            files.append(target)
        for path in paths:
            if path.name.startswith("big"):
                target = target_dir / path.name
                try:
                    os.link(path, target)
                except OSError:
                    shutil.copyfile(path, target)
                files.append(target)
    os.sync()
    return DataSet(root, files, [p.stat().st_size for p in files]), members


def tree_bytes(folder: Path) -> tuple[int, int]:
    """Return (files, bytes) under a folder."""
    count = size = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            count += 1
            size += os.lstat(os.path.join(dirpath, name)).st_size
    return count, size


def run_suite(data: DataSet, work: Path, *, cold: bool, repeats: int, members: int,
              references: bool, store_only: list[str]) -> dict[str, Series]:
    """Time sha256sum, dossier ingest, dossier verify and sha256sum over blobs, interleaved per repeat."""
    dossier = dossier_command()
    env = dict(os.environ)
    env.pop("DOSSIER_ARCHIVE", None)
    series: dict[str, Series] = {
        "sha256sum": Series("sha256sum (originals)", data.nbytes),
        "ingest": Series("dossier ingest", data.nbytes),
    }
    if references:
        series["openssl"] = Series("openssl dgst -sha256 (originals, reference)", data.nbytes)
        series["sha256sum_p2"] = Series("sha256sum, 2 processes (originals, reference)", data.nbytes)
    archive = work / "archive"
    expected_docs = len(data.files) + members
    label = "cold" if cold else "warm"
    for i in range(repeats):
        log(f"{label} repeat {i + 1}/{repeats}: sha256sum over {len(data.files)} files, {data.nbytes / MB:.0f} MB")
        settle(cold)
        series["sha256sum"].samples.append(run_timed(sha256sum_tree(data.root)))
        if references:
            if shutil.which("openssl"):
                settle(cold)
                series["openssl"].samples.append(run_timed(sha256sum_tree(data.root, "openssl dgst -sha256")))
            settle(cold)
            series["sha256sum_p2"].samples.append(run_timed(sha256sum_tree(data.root, parallel=2)))

        if archive.exists():
            shutil.rmtree(archive)
        init = run_timed(dossier + ["-a", str(archive), "init"], env=env)
        series.setdefault("init", Series("dossier init", 0)).samples.append(init)

        log(f"{label} repeat {i + 1}/{repeats}: dossier ingest")
        settle(cold)
        sample = run_timed(dossier + ["-a", str(archive), "--json", "ingest", *store_only, str(data.root),
                                     "-c", COLLECTION],
                           env=env)
        summary = json.loads(sample.stdout)
        got = (summary["files"], summary["members"], summary["stored"], summary["failed"])
        if got != (len(data.files), members, expected_docs, 0):
            raise SystemExit(f"ingest stored the wrong things: files, members, stored, failed = {got}; "
                             f"expected {(len(data.files), members, expected_docs, 0)}")
        series["ingest"].samples.append(sample)

        blob_count, blob_bytes = tree_bytes(archive / "blobs")
        if blob_count != expected_docs:
            raise SystemExit(f"the archive holds {blob_count} blobs; expected {expected_docs}")
        series.setdefault("sha256sum_blobs", Series("sha256sum (archive blobs)", blob_bytes))
        series.setdefault("verify", Series("dossier verify", blob_bytes))

        log(f"{label} repeat {i + 1}/{repeats}: dossier verify")
        settle(cold)
        sample = run_timed(dossier + ["-a", str(archive), "--json", "verify"], env=env)
        report = json.loads(sample.stdout)
        if not report["ok"] or report["blobs"] != expected_docs or report["bytes"] != blob_bytes:
            raise SystemExit(f"verify did not check every blob: ok={report['ok']} blobs={report['blobs']} "
                             f"bytes={report['bytes']}; expected {expected_docs} blobs, {blob_bytes} bytes")
        series["verify"].samples.append(sample)

        log(f"{label} repeat {i + 1}/{repeats}: sha256sum over the archive's blobs")
        settle(cold)
        series["sha256sum_blobs"].samples.append(run_timed(sha256sum_tree(archive / "blobs")))
    if archive.exists():
        shutil.rmtree(archive)
    return {k: v for k, v in series.items() if v.samples}


def stage_breakdown(data: DataSet, work: Path) -> list[dict[str, Any]]:
    """Time the steps of storing a blob one by one, in this process, warm cache; returns table rows.

    Each stage adds one step to the one before (the order of ``BlobStore.put``), single
    threaded, so the differences say where ingest's time goes per file. The last rows run
    the real ``BlobStore.put_file`` from several threads, as ingest does.
    """
    import hashlib
    import time
    from concurrent.futures import ThreadPoolExecutor

    from dossier.ingest import detect
    from dossier.store.blobs import CHUNK, HEAD_BYTES, BlobStore

    def copy(path: Path, folder: Path, index: int, fsync: bool = False, rename: bool = False,
             reread: bool = False) -> None:
        digest, tmp = hashlib.sha256(), folder / f"tmp{index}"
        with open(path, "rb") as source, open(tmp, "wb") as out:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            if fsync:
                os.fsync(out.fileno())
        if rename:
            sha = digest.hexdigest()
            final = folder / sha[:2] / sha
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            fd = os.open(final.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            if reread:
                with open(final, "rb") as stream:
                    hashlib.file_digest(stream, "sha256")

    def hash_only(path: Path, folder: Path, index: int) -> None:
        with open(path, "rb") as stream:
            hashlib.file_digest(stream, "sha256")

    def mime(path: Path, folder: Path, index: int) -> None:
        with open(path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
        detect.mime_type(head, path, path.stat().st_size)

    stages = [
        ("read + sha256", hash_only),
        ("+ copy to a temp file", copy),
        ("+ fsync the file", lambda p, f, i: copy(p, f, i, fsync=True)),
        ("+ rename, fsync the directory", lambda p, f, i: copy(p, f, i, fsync=True, rename=True)),
        ("+ read back and re-hash", lambda p, f, i: copy(p, f, i, fsync=True, rename=True, reread=True)),
        ("libmagic (detect.mime_type)", mime),
    ]
    for path in data.files:  # warm the cache, as the warm suite has it
        with open(path, "rb") as stream:
            while stream.read(CHUNK):
                pass
    rows: list[dict[str, Any]] = []

    def timed(label: str, threads: int, body: Any) -> None:
        os.sync()
        wall, cpu = time.perf_counter(), time.process_time()
        body()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        rows.append({"stage": label, "threads": threads, "seconds": round(wall, 3), "cpu_s": round(cpu, 3),
                     "ms_per_file": round(wall / len(data.files) * 1000, 3), "mb_s": round(data.nbytes / MB / wall, 1)})

    for n, (label, step) in enumerate(stages):
        folder = work / f"stage{n}"
        folder.mkdir()
        timed(label, 1, lambda: [step(p, folder, i) for i, p in enumerate(data.files)])
        shutil.rmtree(folder)
    for threads in (1, 2, 4, 8):
        store = BlobStore(work / f"store{threads}" / "blobs")
        with ThreadPoolExecutor(threads) as pool:
            timed(f"BlobStore.put_file (real), {threads} threads", threads,
                  lambda: list(pool.map(store.put_file, data.files)))
        shutil.rmtree(store.root.parent)
    return rows


def suite_table(series: dict[str, Series], goals: bool) -> str:
    """Return one suite's results as a Markdown table."""
    def row(key: str, versus: str | None = None) -> list[Any]:
        s = series[key]
        cells: list[Any] = [s.name, fmt(s.nbytes / MB, 0), fmt(s.median_s), fmt(s.mb_s, 1), fmt(s.cpu_s),
                            fmt(s.max_rss_mib, 1)]
        if versus is None:
            return cells + ["", "", ""]
        r = ratio(s, series[versus])
        goal = GOALS[key] if goals else None
        met = "" if goal is None else ("yes" if r >= goal else "NO")
        return cells + [fmt(r), f"≥ {goal}" if goal is not None else "(no goal)", met]

    rows = [row("sha256sum"), row("ingest", "sha256sum"), row("sha256sum_blobs"), row("verify", "sha256sum_blobs")]
    for key in ("openssl", "sha256sum_p2"):
        if key in series:
            rows.append(row(key))
    init = series.get("init")
    if init:
        rows.append([init.name, "", fmt(init.median_s), "", fmt(init.cpu_s), fmt(init.max_rss_mib, 1), "", "", ""])
    headers = ["step", "MB", "median s", "MB/s", "CPU s", "peak RSS MiB", "ratio", "goal", "met"]
    return markdown_table(headers, rows)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Return the command-line options."""
    parser = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=1000,
                        help="total size of the generated data set in MB (10^6 bytes; default 1000)")
    parser.add_argument("--files", type=int, default=None,
                        help="number of small files (10-200 KB); default: enough for half the bytes, "
                             "large files (5-50 MB) fill the rest")
    parser.add_argument("--repeat", type=int, default=3, help="timed repeats of every step; the median counts")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated data (same seed, same bytes)")
    parser.add_argument("--json", dest="json_out", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--cold", action="store_true",
                        help="also run every step after syncing and dropping the page cache (needs root)")
    parser.add_argument("--with-zip", action="store_true",
                        help="also ingest the small files packed into zips (reported separately, no goal)")
    parser.add_argument("--no-reference", dest="references", action="store_false",
                        help="skip the reference rows (openssl, sha256sum with 2 processes)")
    parser.add_argument("--cpus", type=str, default=None,
                        help="run everything on these CPUs only, e.g. 0,1 for the 2-core goal on a bigger machine")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="folder for the data set and archive (default: the system temp folder); "
                             "both live on its file system")
    parser.add_argument("--stages", action="store_true",
                        help="also time each step of storing a blob (fsyncs, re-hash, libmagic) in-process")
    parser.add_argument("--keep", action="store_true", help="keep the generated data set instead of deleting it")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.size_mb <= 0 or (args.files is not None and args.files < 0):
        parser.error("--repeat must be at least 1, --size-mb positive and --files not negative")
    if args.cold and not can_drop_caches():
        parser.error("--cold needs write access to /proc/sys/vm/drop_caches (run as root outside a read-only /proc)")
    return args


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run the benchmark, print the tables and return the results."""
    args = parse_args(argv)
    if args.cpus:
        os.sched_setaffinity(0, {int(c) for c in args.cpus.split(",")})
    work = Path(tempfile.mkdtemp(prefix="dossier-bench-", dir=args.workdir))
    started = utc_stamp()
    machine = machine_info(work)
    from dossier import settings

    workers = settings.get("workers")
    store_only = ingest_options(dossier_command())
    results: dict[str, Any] = {"date": started, "machine": machine, "workers": workers,
                               "ingest_command": " ".join(["dossier ingest", *store_only, "DIR -c", COLLECTION]),
                               "params": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}}
    try:
        log(f"generating {args.size_mb:.0f} MB of data (seed {args.seed}) under {work}")
        data = make_dataset(work / "data", int(args.size_mb * MB), seed=args.seed, small_files=args.files)
        results["dataset"] = data.describe()
        suites: dict[str, dict[str, Series]] = {}
        modes = [("warm", False)] + ([("cold", True)] if args.cold else [])
        for name, cold in modes:
            suites[name] = run_suite(data, work, cold=cold, repeats=args.repeat, members=0,
                                     references=args.references, store_only=store_only)
        if args.with_zip:
            log("packing the small files into zips")
            zipped, members = make_zip_dataset(data, work / "zipped")
            results["zip_dataset"] = {**zipped.describe(), "members": members}
            suites["zip"] = run_suite(zipped, work, cold=False, repeats=args.repeat, members=members,
                                      references=False, store_only=store_only)
        if args.stages:
            log("timing the steps of storing a blob")
            results["stages"] = stage_breakdown(data, work)
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    cores = len(machine["affinity"])
    print(f"dossier ingest/verify vs sha256sum — {started}, {machine['cpu']}, {cores} CPUs usable "
          f"(nproc {machine['nproc']}), {machine['filesystem'].get('type', '?')} on "
          f"{machine['filesystem'].get('device', '?')}, DOSSIER_WORKERS={workers}, median of {args.repeat}")
    print(f"ingest runs as: {results['ingest_command']}")
    print(f"data: {data.describe()['files']} files, {data.nbytes / MB:.0f} MB "
          f"(small 10-200 KB and large 5-50 MB, incompressible, seed {args.seed})")
    if cores != 2:
        print(f"note: the goals are stated for 2 cores; this run had {cores} (use --cpus 0,1)")
    results["suites"] = {}
    for name, series in suites.items():
        goals = name != "zip"
        title = {"warm": "warm page cache", "cold": "cold page cache (dropped before every step)",
                 "zip": "with containers: small files packed in zips (warm; dossier also stores every member)"}[name]
        print(f"\n## {title}\n")
        print(suite_table(series, goals))
        results["suites"][name] = {
            "series": {k: v.as_dict() for k, v in series.items()},
            "ratios": {"ingest": round(ratio(series["ingest"], series["sha256sum"]), 3),
                       "verify": round(ratio(series["verify"], series["sha256sum_blobs"]), 3)},
            "goals": GOALS if goals else None,
        }
    if "stages" in results:
        print(f"\n## where the time goes: steps of storing {len(data.files)} files, in-process, warm cache\n")
        print(markdown_table(["stage", "threads", "s", "CPU s", "ms/file", "MB/s"],
                             [[r["stage"], r["threads"], fmt(r["seconds"]), fmt(r["cpu_s"]), fmt(r["ms_per_file"]),
                               fmt(r["mb_s"], 1)] for r in results["stages"]]))
        print("(CPU s counts this whole process; the threaded rows include every thread)")
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2) + "\n")
        log(f"wrote {args.json_out}")
    return results


if __name__ == "__main__":
    main()
