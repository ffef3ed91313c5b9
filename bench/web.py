"""Web app latency under load: wrk with 50 connections on loopback, a document page and a search.

Goal (issue 6): on a 100,000-page archive, p95 under 100 ms for a document page and under
200 ms for a search, with 50 concurrent connections.

The archive is synthetic: documents of 10 pages (~600-character windows over the real
Chinese and English texts of ../shared/corpus, as bench/search.py makes them) inserted
straight into the catalog, past ingest and extraction, then indexed with ``reindex``'s
code. The pages have no rendered images (the viewer page still lists ten thumbnails
slots, metadata and the text). The server is the real app: ``create_app`` under uvicorn
in its own process, a signed-in viewer with a role in every collection (so each search
carries the permission filter), every request writing its audit row (group commit,
synchronous=FULL) before it answers. wrk picks a random document page or a random query
(sampled from the texts, as in bench/search.py) per request through a Lua script and
prints p50/p95/p99 from its latency histogram.

    .venv/bin/python -m bench.web [--pages N] [--seconds S] [--connections C] [--workdir DIR]
                                  [--reuse DIR/archive] [--append-docs]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from bench.common import log, machine_info
from bench.search import COLLECTIONS, PAGES_PER_DOC, build_catalog, load_texts, make_queries

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
PASSWORD = "bench password 1"
LUA = """
local paths = {%s}
math.randomseed(%d)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %%d, "seconds": %%.3f, "p50_ms": %%.2f, "p95_ms": %%.2f, "p99_ms": %%.2f, '
    .. '"max_ms": %%.2f, "non_2xx": %%d, "socket_errors": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def build(root: Path, pages: int) -> dict[str, float]:
    """Create the synthetic archive, its index and a viewer; returns build timings."""
    from dossier import Archive
    from dossier.accounts.users import Users

    chinese_texts, english = load_texts()
    chinese = "\n".join(chinese_texts)
    started = time.monotonic()
    with Archive.init(root) as archive:
        build_catalog(archive, pages, chinese, english)
        catalog_s = time.monotonic() - started
        archive.index.reindex()
        index_s = time.monotonic() - started - catalog_s
        users = Users(archive.conn)
        users.add("reader", PASSWORD)
        for name in COLLECTIONS:
            users.grant("reader", name, "viewer")
    return {"catalog_s": round(catalog_s, 1), "index_s": round(index_s, 1)}


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(root: Path, port: int) -> subprocess.Popen[bytes]:
    """Start the app under uvicorn in a child process and wait until it answers."""
    code = ("import uvicorn, sys; from dossier.web import create_app; "
            f"uvicorn.run(create_app({str(root)!r}, secure_cookies=False), host='127.0.0.1', port={port}, "
            "log_level='warning', access_log=False)")
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "PYTHONWARNINGS": "ignore"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/login", timeout=2)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


def session_cookie(base: str) -> str:
    """Log in as the bench viewer; returns the session cookie value."""
    with httpx.Client(base_url=base) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)  # type: ignore[union-attr]
        response = client.post("/login", data={"name": "reader", "password": PASSWORD, "csrf": token})
        assert response.status_code == 303, response.text
        return client.cookies["dossier_session"]


def wrk(base: str, cookie: str, paths: list[str], seconds: int, connections: int, work: Path, name: str) -> dict:
    """Run wrk over random paths; returns its summary."""
    script = work / f"{name}.lua"
    script.write_text(LUA % (", ".join(json.dumps(p) for p in paths), 11))
    out = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
                          "-H", f"Cookie: dossier_session={cookie}", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["rps"] = round(result["requests"] / result["seconds"], 1)
    return result


def report(data: dict) -> str:
    """Return the Markdown section for docs/benchmarks.md."""
    m = data["machine"]
    rows = []
    goals = {"document page": 100, "search": 200}
    for r in data["runs"]:
        goal = goals[r["request"]]
        verdict = ("met" if r["p95_ms"] < goal else "missed") if r["connections"] == 50 else "(context)"
        rows.append(f"| {r['request']} | {r['connections']} | {r['rps']} | {r['p50_ms']} | {r['p95_ms']} | "
                    f"{r['p99_ms']} | {goal} | {verdict} | {r['non_2xx']} |")
    return "\n".join([
        "", f"## Web app under load ({data['date']})", "",
        f"`python -m bench.web --pages {data['pages']} --seconds {data['seconds']}` on {m.get('cpu', '?')} "
        f"({m.get('nproc', '?')} CPUs, shared with other work; load at start {m.get('loadavg_at_start')}), wrk {data['wrk']} on loopback, "
        f"one uvicorn process. Synthetic archive of {data['pages']:,} pages in {data['pages'] // PAGES_PER_DOC:,} "
        f"documents and {len(COLLECTIONS)} collections, inserted straight into the catalog (catalog "
        f"{data['build']['catalog_s']} s, index {data['build']['index_s']} s); see the docstring of bench/web.py. "
        "Every request is signed in, permission-checked and audited (one audit row committed before the answer).",
        "", "| request | connections | req/s | p50 ms | p95 ms | p99 ms | goal p95 ms | goal | non-2xx |",
        "|---|---|---|---|---|---|---|---|---|", *rows, "",
        "Document page: `/d/ID?page=N` for a random document and page (catalog reads, ten page rows, metadata, "
        "Jinja rendering). Search: `/search?q=…` with a random two-term, phrase or single-term query "
        "over every collection the viewer may see (Tantivy, facets, snippets from the catalog).", ""])


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the archive, serve it, load it with wrk and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, nargs="+", default=[50, 5],
                        help="wrk connection counts, each run in turn (50 is the goal's; 5 shows the unloaded latency)")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--reuse", type=Path, help="an archive built by an earlier run with --workdir")
    parser.add_argument("--append-docs", action="store_true", help="append the report to docs/benchmarks.md")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing; install the Debian package wrk (scripts/install does)")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="dossier-bench-web-"))
    work.mkdir(parents=True, exist_ok=True)
    root = args.reuse or work / "archive"
    build_s: dict[str, float] = {"catalog_s": 0.0, "index_s": 0.0}
    if args.reuse is None:
        log(f"building {args.pages:,} pages in {root}")
        build_s = build(root, args.pages)
        (root.parent / "build.json").write_text(json.dumps(build_s))
        log(f"built: {build_s}")
    elif (root.parent / "build.json").exists():
        build_s = json.loads((root.parent / "build.json").read_text())
    port = _port()
    base = f"http://127.0.0.1:{port}"
    proc = serve(root, port)
    try:
        cookie = session_cookie(base)
        rng = random.Random(5)
        docs = args.pages // PAGES_PER_DOC
        doc_paths = []
        for _ in range(2000):
            d = rng.randrange(docs)
            doc_id = hashlib.sha256(f"bench-doc-{d}".encode()).hexdigest()[:20]
            doc_paths.append(f"/d/{doc_id}?page={rng.randint(1, PAGES_PER_DOC)}")
        chinese_texts, english = load_texts()
        kinds = make_queries("\n".join(chinese_texts), english, 100)
        queries = kinds["single-term"] + kinds["two-term"] + kinds["phrase"]
        search_paths = [f"/search?q={quote(q)}" for q in queries]
        with httpx.Client(base_url=base, cookies={"dossier_session": cookie}) as client:  # warm up and check
            for path in doc_paths[:50] + search_paths[:50]:
                response = client.get(path)
                assert response.status_code == 200, (path, response.status_code)
        version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split()[1]
        data = {"date": time.strftime("%Y-%m-%d"), "pages": args.pages, "seconds": args.seconds,
                "wrk": version, "build": build_s, "machine": machine_info(work)}
        data["runs"] = []
        for connections in args.connections:
            for name, paths in (("document page", doc_paths), ("search", search_paths)):
                log(f"wrk: {name}, {connections} connections")
                result = wrk(base, cookie, paths, args.seconds, connections, work, name.replace(" ", "-"))
                data["runs"].append({"request": name, "connections": connections, **result})
                log(f"{name}: {result}")
    finally:
        proc.terminate()
        proc.wait(30)
    text = report(data)
    print(text)
    print(json.dumps(data, indent=1, default=str))
    if args.append_docs:
        with DOCS.open("a", encoding="utf-8") as out:
            out.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
