"""Born-digital PDF text extraction throughput against pdftotext, measured in the same run.

The goal (issue 3, extract stage): ``dossier extract`` with page images off
(``DOSSIER_RENDER_PAGES=0``) reads born-digital PDFs at least as fast as ``pdftotext``
run as 2 processes (dossier uses 2 workers). The same extract with page images on is
measured too, as a separate row.

Data: about ``--pages`` pages of Chinese law text (../shared/corpus/zh-docs, Markdown)
turned into PDFs by LibreOffice headless, plus the corpus's born-digital 500_pages.pdf.

Run from the repository root::

    .venv/bin/python -m bench.extract [--pages N] [--repeat R] [--json OUT] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from shlex import quote
from typing import Any

from .common import (Series, fmt, log, machine_info, markdown_table, run_timed, utc_stamp)
from .ingest import dossier_command

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
LAWS = CORPUS / "zh-docs" / "prc-laws-lawrefbook"
BIG_PDF = CORPUS / "ingest-fixtures" / "aleph-ingest-file" / "500_pages.pdf"
GOAL = 1.0
COLLECTION = "bench"
CHARS_PER_PAGE = 1400  # about one A4 page of LibreOffice's default text layout in Chinese


def make_pdfs(root: Path, pages: int, files: int) -> list[Path]:
    """Write ``files`` PDFs holding about ``pages`` pages of law text in all (deterministic)."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(LAWS.glob("*.md")))
    per_file = max(1, pages // files) * CHARS_PER_PAGE
    src = root / "txt"
    src.mkdir(parents=True)
    for i in range(files):
        start = (i * per_file) % max(1, len(text) - per_file)
        (src / f"law{i:03d}.txt").write_text(text[start:start + per_file], encoding="utf-8")
    out = root / "pdf"
    out.mkdir()
    profile = root / "lo-profile"
    run_timed(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(out), *sorted(str(p) for p in src.glob("*.txt"))])
    made = sorted(out.glob("*.pdf"))
    if len(made) != files:
        raise SystemExit(f"LibreOffice made {len(made)} PDFs; expected {files}")
    shutil.copyfile(BIG_PDF, out / BIG_PDF.name)
    os.sync()
    return sorted(out.glob("*.pdf"))


def page_count(pdfs: list[Path]) -> int:
    """Return the pages of all the PDFs, as pdfium counts them."""
    import pypdfium2 as pdfium

    total = 0
    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        total += len(doc)
        doc.close()
    return total


def check_archive(archive: Path, pages: int, files: int, render: bool) -> dict[str, Any]:
    """Fail unless every page was read from its text layer (no OCR) and has text; return counts."""
    conn = sqlite3.connect(archive / "catalog.sqlite")
    try:
        engines = dict(conn.execute("SELECT engine, count(*) FROM pages GROUP BY engine").fetchall())
        empty = conn.execute("SELECT count(*) FROM pages WHERE trim(text) = ''").fetchone()[0]
        chars = conn.execute("SELECT coalesce(sum(length(text)), 0) FROM pages").fetchone()[0]
        images = conn.execute("SELECT count(*) FROM pages WHERE image_sha256 IS NOT NULL").fetchone()[0]
        done = conn.execute("SELECT count(*) FROM extractions WHERE status = 'done'").fetchone()[0]
    finally:
        conn.close()
    if engines != {"text-layer": pages} or done != files:
        raise SystemExit(f"dossier did not read every page from its text layer: engines {engines}, "
                         f"{done} of {files} documents done; expected {{'text-layer': {pages}}}")
    if images != (pages if render else 0):
        raise SystemExit(f"{images} pages have images; expected {pages if render else 0}")
    return {"engines": engines, "empty_pages": empty, "chars": chars, "images": images}


def run_suite(pdfs: list[Path], pages: int, work: Path, repeats: int) -> tuple[dict[str, Series], dict[str, Any]]:
    """Time pdftotext (2 processes), dossier extract text only and with page images, per repeat."""
    dossier = dossier_command()
    series = {
        "pdftotext": Series("pdftotext (2 processes)", pages),
        "text": Series("dossier extract, DOSSIER_RENDER_PAGES=0", pages),
        "render": Series("dossier extract, page images on", pages),
    }
    checks: dict[str, Any] = {}
    folder = pdfs[0].parent
    texts = work / "txt-out"
    archive = work / "archive"
    chars = 0
    for i in range(repeats):
        log(f"repeat {i + 1}/{repeats}: pdftotext over {len(pdfs)} PDFs, {pages} pages")
        if texts.exists():
            shutil.rmtree(texts)
        texts.mkdir()
        os.sync()
        cmd = (f"cd {quote(str(folder))} && ls *.pdf | xargs -P2 -n1 -I{{}} "
               f"pdftotext -enc UTF-8 {{}} {quote(str(texts))}/{{}}.txt")
        series["pdftotext"].samples.append(run_timed(cmd))
        chars = sum(len(p.read_text(encoding="utf-8")) for p in texts.glob("*.txt"))
        for key, render in (("text", False), ("render", True)):
            if archive.exists():
                shutil.rmtree(archive)
            env = dict(os.environ, DOSSIER_RENDER_PAGES="1" if render else "0")
            env.pop("DOSSIER_ARCHIVE", None)
            run_timed(dossier + ["-a", str(archive), "init"], env=env)
            run_timed(dossier + ["-a", str(archive), "ingest", "--no-extract", str(folder), "-c", COLLECTION],
                      env=env)
            log(f"repeat {i + 1}/{repeats}: dossier extract ({'page images on' if render else 'text only'})")
            os.sync()
            sample = run_timed(dossier + ["-a", str(archive), "--json", "extract", "--collection", COLLECTION],
                               env=env)
            summary = json.loads(sample.stdout)
            if (summary["done"], summary["pages"], summary["failed"], summary["needs_ocr"]) != (len(pdfs), pages, 0, 0):
                raise SystemExit(f"dossier extract summary is wrong: {summary}; expected {len(pdfs)} done, "
                                 f"{pages} pages, none failed or needing OCR")
            series[key].samples.append(sample)
            checks[key] = check_archive(archive, pages, len(pdfs), render)
    checks["pdftotext_chars"] = chars
    if archive.exists():
        shutil.rmtree(archive)
    return series, checks


def as_pages(series: Series) -> dict[str, Any]:
    """Return a series as JSON-ready data, counted in pages (Series counts bytes)."""
    data = series.as_dict()
    data.pop("mb_s")
    data["pages"] = data.pop("bytes")
    data["pages_s"] = round(series.nbytes / series.median_s, 2)
    return data


def main(argv: list[str] | None = None) -> int:
    """Build the PDFs, run the suite, print a table and optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="pages of generated law PDFs (about)")
    parser.add_argument("--files", type=int, default=30, help="how many generated PDFs")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    parser.add_argument("--workdir", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args(argv)
    for tool in ("pdftotext", "soffice"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found; run scripts/install")
    work = Path(tempfile.mkdtemp(prefix="dossier-bench-extract-", dir=args.workdir))
    try:
        log(f"making about {args.pages} pages in {args.files} PDFs with LibreOffice")
        pdfs = make_pdfs(work / "data", args.pages, args.files)
        pages = page_count(pdfs)
        series, checks = run_suite(pdfs, pages, work, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = series["pdftotext"]
    rows = []
    for key, s in series.items():
        pps = s.nbytes / s.median_s
        rows.append([s.name, s.nbytes, *(fmt(x.seconds) for x in s.samples), fmt(pps, 1),
                     fmt(s.cpu_s, 1), fmt(s.max_rss_mib, 0),
                     "-" if key == "pdftotext" else fmt(base.median_s / s.median_s)])
    headers = ["run", "pages", *(f"run {i + 1} (s)" for i in range(args.repeat)), "median pages/s", "CPU s",
               "peak RSS MiB", "ratio vs pdftotext"]
    print(f"{len(pdfs)} PDFs ({len(pdfs) - 1} generated + {BIG_PDF.name}), {pages} pages, "
          f"{utc_stamp()}")
    print(markdown_table(headers, rows))
    text_ratio = base.median_s / series["text"].median_s
    print(f"text-only ratio dossier/pdftotext: {text_ratio:.2f} (goal >= {GOAL}: "
          f"{'met' if text_ratio >= GOAL else 'not met'})")
    print(f"checks: {json.dumps(checks, ensure_ascii=False)}")
    if args.json:
        args.json.write_text(json.dumps({
            "when": utc_stamp(), "machine": machine_info(Path(tempfile.gettempdir())),
            "files": len(pdfs), "pages": pages, "checks": checks,
            "series": {k: as_pages(s) for k, s in series.items()},
            "ratio_text": round(text_ratio, 3), "goal": GOAL,
        }, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
