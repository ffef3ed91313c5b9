"""Search latency and index build rate at a million pages, with the raw backend in the same run.

Goals (issue 4), on 2 cores at 1,000,000 pages, with snippets and facets:

* p95 at most 15 ms for two-term queries and at most 40 ms for phrases of 2–8 characters;
* dossier's time at most 1.3× the raw backend's on the same queries;
* index build at least 5,000 pages/s.

Pages are ~600-character windows over real text (../shared/corpus/zh-docs: laws, the
national work reports JSONL, provincial reports, the Xinjiang notice; English from the
Enron sample and the Constitution's English half), started at shifting offsets so every
page is distinct. They go into a real archive catalog (documents of 10 pages, 5
collections, 3 types, dates 1990–2025), and ``dossier reindex``'s code builds the index
from it. Each query then runs through ``Archive.search`` (parse, analysis, Tantivy,
facets, catalog lookups, snippets) and as a plain Tantivy query on the same index: once
search-only (top 10 with count) and once doing the backend's share of dossier's work
(top 10, count, the four facet aggregations, stored fields of the hits).

``--fts5`` also builds a SQLite FTS5 table over the same analysed bigram text for the
first N pages and times the same raw queries on it and on a Tantivy index of the same N
pages: the measurement behind choosing the embedded backend (docs/search.md).

    .venv/bin/python -m bench.search [--pages N] [--queries Q] [--fts5 N] [--workdir DIR] [--json OUT]
                                     [--keep | --reuse DIR/archive]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any, Callable

from .common import log, machine_info, markdown_table, utc_stamp

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
PAGE = 600
PAGES_PER_DOC = 10
COLLECTIONS = ["leak-a", "leak-b", "leak-c", "leak-d", "leak-e"]
MIMES = ["application/pdf", "text/plain",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
GOALS = {"two-term": 15.0, "phrase": 40.0}
_HAN = re.compile(r"[\u4e00-\u9fff]")


# -- texts ---------------------------------------------------------------------------


def load_texts() -> tuple[list[str], list[str]]:
    """Return (Chinese texts, English texts) from the shared corpus."""
    zh_docs = CORPUS / "zh-docs"
    chinese: list[str] = []
    for path in sorted((zh_docs / "prc-laws-lawrefbook").glob("*.md")):
        chinese.append(path.read_text(encoding="utf-8"))
    for line in (zh_docs / "national-gov-work-reports-wikisource" / "government_work_reports_1954_2025.jsonl").open(
            encoding="utf-8"):
        chinese.append(json.loads(line)["content"])
    for path in sorted((zh_docs / "provincial-work-reports-2025-docx").glob("*.docx")):
        with zipfile.ZipFile(path) as docx:
            xml = docx.read("word/document.xml").decode("utf-8")
        chinese.append(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", xml)))
    for path in sorted((zh_docs / "xinjiang-normative-docs").glob("*.txt")):
        chinese.append(path.read_bytes().decode("gb18030", errors="replace"))
    english: list[str] = []
    for path in sorted((CORPUS / "email" / "enron-sample" / "eml").glob("*")):
        english.append(path.read_bytes().decode("utf-8", errors="replace"))
    bilingual = (zh_docs / "bilingual" / "constitution_prc_2018_zh_en_parallel.md").read_text(encoding="utf-8")
    english.append("\n".join(line for line in bilingual.splitlines() if line.isascii()))
    chinese.append("\n".join(line for line in bilingual.splitlines() if _HAN.search(line)))
    return [t for t in chinese if len(t) > PAGE], [t for t in english if len(t) > 200]


def make_page(i: int, chinese: str, english: list[str]) -> tuple[str, str]:
    """Return (text, lang) of page i: a window over the concatenated texts, shifted per page."""
    if i % 5 == 4:  # one page in five is English
        text = english[(i // 5) % len(english)]
        start = (i * 7919) % max(1, len(text) - 200)
        return (text[start:start + PAGE] or text[:PAGE]), "en"
    start = (i * 611 + (i // 7) * 13) % (len(chinese) - PAGE)
    return chinese[start:start + PAGE], "zh"


# -- building ------------------------------------------------------------------------


def build_catalog(archive: Any, pages: int, chinese: str, english: list[str]) -> None:
    """Insert documents of 10 pages each straight into the catalog (a bench shortcut past extraction)."""
    conn = archive.conn
    rng = random.Random(4)
    with archive.transaction():
        for name in COLLECTIONS:
            conn.execute("INSERT OR IGNORE INTO collections(name, created_at, entry) VALUES (?, '2026-01-01', 0)",
                         (name,))
    docs = (pages + PAGES_PER_DOC - 1) // PAGES_PER_DOC
    step = 20_000
    for first in range(0, docs, step):
        with archive.transaction():
            for d in range(first, min(docs, first + step)):
                doc_id = hashlib.sha256(f"bench-doc-{d}".encode()).hexdigest()[:20]
                collection = COLLECTIONS[d % len(COLLECTIONS)]
                conn.execute(
                    "INSERT INTO documents(id, collection, path, sha256, size, mime, status, received_at, entry) "
                    "VALUES (?, ?, ?, ?, 0, ?, 'stored', '2026-01-01', 0)",
                    (doc_id, collection, f"bench/doc-{d:07d}", "0" * 64, MIMES[d % len(MIMES)]))
                n = min(PAGES_PER_DOC, pages - d * PAGES_PER_DOC)
                for p in range(n):
                    text, lang = make_page(d * PAGES_PER_DOC + p, chinese, english)
                    conn.execute("INSERT INTO pages(doc_id, page, text, lang, engine) VALUES (?, ?, ?, ?, 'text-layer')",
                                 (doc_id, p + 1, text, lang))
                year = 1990 + rng.randrange(36)
                conn.execute("INSERT INTO doc_metadata(doc_id, key, value) VALUES (?, 'created', ?)",
                             (doc_id, f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"))
                conn.execute("INSERT INTO extractions(doc_id, status, extractor, pages, extracted_at, entry) "
                             "VALUES (?, 'done', 'bench', ?, '2026-01-01', ?)", (doc_id, n, d + 1))


# -- queries -------------------------------------------------------------------------


def han_run(text: str, rng: random.Random, length: int) -> str | None:
    """Return a run of `length` Han characters from a random place in text, or None."""
    for _ in range(50):
        start = rng.randrange(0, max(1, len(text) - length))
        piece = text[start:start + length]
        if len(piece) == length and all(_HAN.match(c) for c in piece):
            return piece
    return None


def make_queries(chinese: str, english: list[str], count: int, seed: int = 7) -> dict[str, list[str]]:
    """Return query strings per kind, sampled from the texts the pages came from."""
    rng = random.Random(seed)
    words = [w for t in english[:50] for w in re.findall(r"[A-Za-z]{5,}", t)]
    kinds: dict[str, list[str]] = {"single-term": [], "two-term": [], "phrase": [], "filtered": []}
    while min(len(v) for v in kinds.values()) < count:
        a, b = han_run(chinese, rng, 2), han_run(chinese, rng, 2)
        if not a or not b:
            continue
        if len(kinds["single-term"]) < count:
            kinds["single-term"].append(a if rng.random() < 0.8 else rng.choice(words).lower())
        if len(kinds["two-term"]) < count:
            kinds["two-term"].append(f"{a} {b}")
        phrase = han_run(chinese, rng, rng.randint(2, 8))
        if phrase and len(kinds["phrase"]) < count:
            kinds["phrase"].append(f'"{phrase}"')
        if len(kinds["filtered"]) < count:
            start = 1990 + rng.randrange(30)
            kinds["filtered"].append(f"{a} {b} collection:{rng.choice(COLLECTIONS)} year:{start}..{start + 5}")
    return kinds


def percentiles(samples: list[float]) -> dict[str, float]:
    """Return p50/p95/p99 and mean of samples in milliseconds."""
    ordered = sorted(samples)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]

    return {"p50": round(at(0.50), 2), "p95": round(at(0.95), 2), "p99": round(at(0.99), 2),
            "mean": round(statistics.fmean(ordered), 2)}


def timed(fn: Callable[[], Any]) -> float:
    """Return the wall time of one call in milliseconds."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def raw_query(tantivy: Any, schema: Any, text: str) -> Any:
    """Return a plain Tantivy query for a bench query, built without dossier's parser or analysis."""
    Q, Occur = tantivy.Query, tantivy.Occur
    clauses = []
    for part in re.findall(r'"[^"]*"|\S+', text):
        if part.startswith("collection:"):
            clauses.append(Q.term_query(schema, "collection", part.split(":", 1)[1]))
        elif part.startswith("year:"):
            low, high = part.split(":", 1)[1].split("..")
            clauses.append(Q.range_query(schema, "date", tantivy.FieldType.Integer, int(low) * 10000 + 101,
                                         int(high) * 10000 + 1231))
        else:
            term = part.strip('"')
            if term.isascii():
                import Stemmer

                clauses.append(Q.term_query(schema, "stems", Stemmer.Stemmer("english").stemWord(term.lower())))
            elif len(term) == 2:
                clauses.append(Q.term_query(schema, "ngrams", term))
            else:
                clauses.append(Q.phrase_query(schema, "ngrams", [term[i:i + 2] for i in range(len(term) - 1)]))
    if len(clauses) == 1:
        return clauses[0]
    return Q.boolean_query([(Occur.Must, c) for c in clauses])


def run_queries(archive: Any, kinds: dict[str, list[str]], warmup: int) -> dict[str, Any]:
    """Time every query through dossier and through plain Tantivy, interleaved, and return the percentiles."""
    import tantivy

    from dossier.index.tantivy import FACET_SPEC

    backend = archive.index.backend
    schema = backend.schema
    searcher = backend.searcher()

    def raw_search(query: Any) -> None:
        searcher.search(query, 10, count=True)

    def raw_full(query: Any) -> None:
        # What a hand-written Tantivy client does for the same answer: top 10, their stored
        # fields, and one aggregation pass for the total and the four facets.
        result = searcher.search(query, 10, count=False)
        searcher.aggregate(query, FACET_SPEC)
        for _, address in result.hits:
            searcher.doc(address)

    results: dict[str, Any] = {}
    for kind, queries in kinds.items():
        for text in queries[:warmup]:
            archive.search(text, limit=10)
        ours, raw, raw_work, totals = [], [], [], []
        for text in queries[warmup:]:
            native = raw_query(tantivy, schema, text)
            raw.append(timed(lambda: raw_search(native)))
            raw_work.append(timed(lambda: raw_full(native)))
            box: list[Any] = []
            ours.append(timed(lambda: box.append(archive.search(text, limit=10))))
            totals.append(box[0].total)
        results[kind] = {"dossier": percentiles(ours), "raw_search": percentiles(raw),
                         "raw_with_facets": percentiles(raw_work), "queries": len(ours),
                         "median_hits": statistics.median(totals), "example": queries[warmup]}
    return results


# -- FTS5 ----------------------------------------------------------------------------------


def fts5_compare(archive: Any, pages: int, kinds: dict[str, list[str]], work: Path) -> dict[str, Any]:
    """Build FTS5 and a Tantivy index over the same first `pages` pages and time the same raw queries on both."""
    import tantivy

    from dossier.index import analysis
    from dossier.index.tantivy import TantivyIndex

    rows = archive.conn.execute("SELECT p.text FROM pages p ORDER BY p.rowid LIMIT ?", (pages,)).fetchall()
    terms = [analysis.index_terms(r[0]) for r in rows]
    db = sqlite3.connect(work / "fts5.sqlite")
    db.execute("CREATE VIRTUAL TABLE pages USING fts5(ngrams, stems, tokenize='unicode61')")
    start = time.perf_counter()
    db.execute("BEGIN")
    db.executemany("INSERT INTO pages(rowid, ngrams, stems) VALUES (?, ?, ?)",
                   ((i + 1, t[0], t[2]) for i, t in enumerate(terms)))
    db.execute("COMMIT")
    db.execute("INSERT INTO pages(pages) VALUES ('optimize')")
    fts_build = time.perf_counter() - start
    small = TantivyIndex(work / "tantivy-small")
    start = time.perf_counter()
    writer = small.writer()
    for i, t in enumerate(terms):
        writer.add_document(tantivy.Document(doc=str(i), page=1, ngrams=t[0], words=t[1], stems=t[2]))
    small.commit()
    tantivy_build = time.perf_counter() - start
    searcher = small.searcher()

    def fts_match(text: str) -> str | None:
        parts = []
        for part in re.findall(r'"[^"]*"|\S+', text):
            if ":" in part:
                return None  # filters live outside FTS5; compared on text queries only
            term = part.strip('"')
            if term.isascii():
                import Stemmer

                parts.append(f'stems:"{Stemmer.Stemmer("english").stemWord(term.lower())}"')
            else:
                parts.append('ngrams:"' + " ".join(term[i:i + 2] for i in range(max(1, len(term) - 1))) + '"')
        return " AND ".join(parts)

    out: dict[str, Any] = {"pages": len(terms), "fts5_build_s": round(fts_build, 1),
                           "tantivy_build_s": round(tantivy_build, 1),
                           "fts5_mb": round((work / "fts5.sqlite").stat().st_size / 1e6, 1),
                           "tantivy_mb": round(sum(f.stat().st_size for f in (work / "tantivy-small").iterdir()) / 1e6, 1)}
    for kind in ("single-term", "two-term", "phrase"):
        fts_ms, tan_ms = [], []
        for text in kinds[kind]:
            match = fts_match(text)
            if match is None:
                continue
            fts_ms.append(timed(lambda: (db.execute("SELECT rowid, bm25(pages) FROM pages WHERE pages MATCH ? "
                                                     "ORDER BY rank LIMIT 10", (match,)).fetchall(),
                                          db.execute("SELECT count(*) FROM pages WHERE pages MATCH ?",
                                                     (match,)).fetchone())))
            native = raw_query(tantivy, small.schema, text)
            tan_ms.append(timed(lambda: searcher.search(native, 10, count=True)))
        out[kind] = {"fts5": percentiles(fts_ms), "tantivy": percentiles(tan_ms)}
    db.close()
    small.release()
    return out


# -- report ----------------------------------------------------------------------------------


def _cpu_seconds() -> float:
    """Return the CPU time of this process, all threads (Tantivy's indexing and merging included)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def folder_bytes(folder: Path) -> int:
    """Return the total size of the files under a folder."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def report(data: dict[str, Any]) -> str:
    """Return the results as Markdown."""
    lines = [f"Measured {data['date']} on {data['machine']['nproc']} cores ({data['machine']['cpu']}), "
             f"load average at start {data['machine']['loadavg_at_start']}; other engineers share these cores, "
             "so absolute times carry their noise.", "",
             f"Index: {data['pages']:,} pages in {data['build_s']:.0f} s = **{data['build_rate']:,.0f} pages/s** "
             f"(goal ≥ 5,000), {data['index_mb']:,.0f} MB on disk (catalog {data['catalog_mb']:,.0f} MB)"
             + (f"; {data['cpu_ms_per_page']} ms of CPU per page, all threads" if data.get("cpu_ms_per_page") else "")
             + ".", ""]
    rows = []
    for kind, r in data["queries"].items():
        ratio = r["dossier"]["p95"] / r["raw_with_facets"]["p95"] if r["raw_with_facets"]["p95"] else 0
        goal = GOALS.get(kind)
        rows.append([kind, r["queries"], r["median_hits"], r["dossier"]["p50"], r["dossier"]["p95"], r["dossier"]["p99"],
                     r["raw_search"]["p95"], r["raw_with_facets"]["p95"], f"{ratio:.2f}",
                     f"≤ {goal:.0f} ms: {'met' if r['dossier']['p95'] <= goal else 'MISSED'}" if goal else ""])
    lines.append(markdown_table(["query", "n", "median hits", "dossier p50 ms", "p95", "p99", "raw search p95",
                                 "raw + facets + docs p95", "dossier/raw p95", "goal"], rows))
    if "fts5" in data:
        f = data["fts5"]
        lines += ["", f"Backend choice, same raw queries over the same {f['pages']:,} analysed pages: "
                      f"FTS5 built in {f['fts5_build_s']} s ({f['fts5_mb']} MB), Tantivy in {f['tantivy_build_s']} s "
                      f"({f['tantivy_mb']} MB).", ""]
        lines.append(markdown_table(["query", "FTS5 p50 ms", "FTS5 p95", "Tantivy p50 ms", "Tantivy p95"],
                                    [[k, f[k]["fts5"]["p50"], f[k]["fts5"]["p95"], f[k]["tantivy"]["p50"],
                                      f[k]["tantivy"]["p95"]] for k in ("single-term", "two-term", "phrase")]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print Markdown (and JSON with --json)."""
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1_000_000, help="pages to index (default 1,000,000)")
    parser.add_argument("--queries", type=int, default=200, help="timed queries per kind")
    parser.add_argument("--warmup", type=int, default=20, help="untimed queries per kind first")
    parser.add_argument("--fts5", type=int, default=0, metavar="N", help="also compare FTS5 and Tantivy on N pages")
    parser.add_argument("--workdir", type=Path, help="folder for the archive (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the archive afterwards")
    parser.add_argument("--reuse", type=Path, metavar="ARCHIVE",
                        help="time queries on an archive a --keep run built (no catalog or index build)")
    parser.add_argument("--json", dest="json_out", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)

    from dossier import Archive

    work = args.reuse.parent if args.reuse else Path(tempfile.mkdtemp(prefix="dossier-bench-search-",
                                                                       dir=args.workdir))
    try:
        chinese_texts, english = load_texts()
        chinese = "\n".join(chinese_texts)
        log(f"texts: {len(chinese):,} Chinese characters in {len(chinese_texts)} texts, {len(english)} English texts")
        if args.reuse:
            archive = Archive.open(args.reuse)
            previous = json.loads((work / "build.json").read_text())
            indexed, build_s, build_cpu = previous["pages"], previous["build_s"], previous.get("build_cpu_s", 0.0)
        else:
            archive = Archive.init(work / "archive")
            start = time.perf_counter()
            build_catalog(archive, args.pages, chinese, english)
            log(f"catalog: {args.pages:,} pages in {time.perf_counter() - start:.0f} s")
            start, cpu = time.perf_counter(), _cpu_seconds()
            indexed = archive.index.reindex()
            build_s, build_cpu = time.perf_counter() - start, _cpu_seconds() - cpu
            (work / "build.json").write_text(json.dumps({"pages": indexed, "build_s": build_s,
                                                         "build_cpu_s": build_cpu}))
            log(f"index: {indexed:,} pages in {build_s:.0f} s ({indexed / build_s:,.0f} pages/s)")
        # Queries are measured warm, as on a server that has been answering for a while:
        # read the index and the catalog once so they sit in the page cache.
        start = time.perf_counter()
        for path in [*(work / "archive" / "index").rglob("*"), work / "archive" / "catalog.sqlite"]:
            if path.is_file():
                with path.open("rb") as stream:
                    while stream.read(1 << 24):
                        pass
        log(f"page cache warmed in {time.perf_counter() - start:.0f} s")
        kinds = make_queries(chinese, english, args.queries + args.warmup)
        data: dict[str, Any] = {
            "date": utc_stamp(), "machine": machine_info(work), "pages": indexed, "build_s": round(build_s, 1),
            "build_rate": round(indexed / build_s), "build_cpu_s": round(build_cpu, 1),
            "cpu_ms_per_page": round(build_cpu / indexed * 1000, 3) if build_cpu else None, "index_mb": round(folder_bytes(work / "archive" / "index") / 1e6, 1),
            "catalog_mb": round((work / "archive" / "catalog.sqlite").stat().st_size / 1e6, 1),
        }
        data["queries"] = run_queries(archive, kinds, args.warmup)
        if args.fts5:
            log(f"FTS5 comparison on {args.fts5:,} pages")
            data["fts5"] = fts5_compare(archive, args.fts5, kinds, work)
        archive.close()
    finally:
        if not args.keep and not args.reuse:
            shutil.rmtree(work, ignore_errors=True)
    print(report(data))
    if args.json_out:
        args.json_out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
