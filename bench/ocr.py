"""OCR accuracy per engine on Chinese pages, and OCR throughput of dossier against the plain engine.

Pages are drawn from real Chinese text (laws and work reports in ../shared/corpus/zh-docs)
as A4 at 300 dpi in 10.5 pt type, then degraded like a photocopy (2° skew, blur, noise,
JPEG at quality 35). The goals (issue: read every document) on 2 cores:

* dossier's pipeline: character error rate at most 1% on clean pages, 4% on degraded ones;
* OCR throughput: ``dossier extract`` over the page images (page rendering off) at least
  0.95 of the plain RapidOCR engine run over the same images in two parallel processes.

CER is the edit distance over the reference length, whitespace ignored and both texts
NFKC-folded (a full-width ``（`` read as ``(`` is no error). Engines compared:
RapidOCR as shipped (its default pipeline), Tesseract ``chi_sim`` (CLI, automatic layout)
and dossier's pipeline (``dossier.extract.ocr``: deskew, RapidOCR, completeness check).

Run from the repository root::

    .venv/bin/python -m bench.ocr [--pages N] [--lines L] [--repeat R] [--json OUT] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import cer, fmt, log, machine_info, markdown_table, run_timed, utc_stamp

GOALS = {"cer_clean": 0.01, "cer_degraded": 0.04, "throughput": 0.95}
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "zh-docs"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
SOURCES = ["prc-laws-lawrefbook/criminal_law.md", "prc-laws-lawrefbook/national_security_law_2015.md",
           "prc-laws-lawrefbook/regional_ethnic_autonomy_law_2001.md", "prc-laws-lawrefbook/cybersecurity_law_2016.md",
           "xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt",
           "prc-laws-lawrefbook/counterterrorism_law_2018.md", "prc-laws-lawrefbook/state_secrets_law_2024.md"]
PER_LINE = 42  # characters per line at 10.5 pt between 2 cm margins

PLAIN = r'''
import sys, time
from multiprocessing import Pool
def work(paths):
    from rapidocr_onnxruntime import RapidOCR
    engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    return sum(len(engine(p)[0] or []) for p in paths)
if __name__ == "__main__":
    paths = sys.argv[1:]
    with Pool(2) as pool:
        print(sum(pool.map(work, [paths[0::2], paths[1::2]])))
'''


def page_lines(source: Path, count: int) -> list[str]:
    """Return lines of a document's body text, cut to the page width."""
    text = source.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.splitlines() if p.strip() and not p.startswith("#")]
    lines: list[str] = []
    for paragraph in paragraphs[len(paragraphs) // 4:]:  # past the title page and amendment list
        lines += [paragraph[i:i + PER_LINE] for i in range(0, len(paragraph), PER_LINE)]
        if len(lines) >= count:
            break
    return lines[:count]


def draw_page(lines: list[str]) -> Image.Image:
    """Return an A4 page at 300 dpi with the lines in 10.5 pt type (44 px), 1.6 line spacing."""
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 44)
    for number, line in enumerate(lines):
        draw.text((236, 236 + number * 70), line, font=font, fill=0)
    return page


def degrade(page: Image.Image, seed: int) -> Image.Image:
    """Return the page turned 2°, blurred, noisy and saved as a poor JPEG."""
    turned = page.rotate(2, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    blurred = turned.filter(ImageFilter.GaussianBlur(1.2))
    noise = np.random.default_rng(seed).normal(0, 18, (blurred.height, blurred.width))
    noisy = Image.fromarray(np.clip(np.asarray(blurred, dtype=np.float32) + noise, 0, 255).astype(np.uint8))
    data = io.BytesIO()
    noisy.save(data, "JPEG", quality=35)
    with Image.open(io.BytesIO(data.getvalue())) as photocopy:
        photocopy.load()
        return photocopy


def make_pages(folder: Path, pages: int, lines: int) -> list[dict[str, Any]]:
    """Write clean PNG and degraded JPEG pages; return their paths and reference text."""
    made = []
    for index in range(pages):
        source = CORPUS / SOURCES[index % len(SOURCES)]
        text_lines = page_lines(source, lines * (1 + index // len(SOURCES)))[-lines:]
        page = draw_page(text_lines)
        clean, degraded = folder / f"page{index:02d}-clean.png", folder / f"page{index:02d}-degraded.jpg"
        page.save(clean, dpi=(300, 300))
        degrade(page, seed=index).save(degraded, quality=95)
        made.append({"source": source.name, "truth": "".join(text_lines), "clean": clean, "degraded": degraded})
    return made


def rapidocr_plain(path: Path, engine: Any) -> str:
    """Return RapidOCR's text with its default pipeline."""
    result, _ = engine(str(path))
    return "\n".join(line[1] for line in result or [])


def tesseract_chi_sim(path: Path) -> str:
    """Return Tesseract chi_sim's text (automatic page segmentation)."""
    sample = run_timed(["tesseract", str(path), "stdout", "-l", "chi_sim", "--psm", "3"],
                       env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    return sample.stdout


def measure_cer(pages: list[dict[str, Any]], scratch: Path) -> list[dict[str, Any]]:
    """Return CER per page, variant and engine."""
    from rapidocr_onnxruntime import RapidOCR

    from dossier.extract.ocr import PageReader

    engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    reader = PageReader(scratch)
    rows = []
    for page in pages:
        for variant in ("clean", "degraded"):
            path = page[variant]
            log(f"CER: {path.name}")
            with Image.open(path) as image:
                read = reader.read(image, 1)
            texts = {"rapidocr": rapidocr_plain(path, engine), "tesseract chi_sim": tesseract_chi_sim(path),
                     "dossier": read.text if read else ""}
            for name, text in texts.items():
                rows.append({"page": path.name, "variant": variant, "engine": name, "chars": len(page["truth"]),
                             "cer": round(cer(text, page["truth"]), 4)})
    if reader.warnings:
        log(f"dossier warnings: {reader.warnings}")
    return rows


def measure_throughput(pages: list[dict[str, Any]], work: Path, repeat: int) -> dict[str, Any]:
    """Time dossier extract over the page images against two plain RapidOCR processes, alternating."""
    images = work / "images"
    images.mkdir()
    for page in pages:
        for variant in ("clean", "degraded"):
            shutil.copy(page[variant], images)
    paths = sorted(str(p) for p in images.iterdir())
    dossier = [str(Path(sys.executable).with_name("dossier"))]
    archive = work / "archive"
    env = {**os.environ, "DOSSIER_RENDER_PAGES": "0", "DOSSIER_WORKERS": "2"}
    run_timed(dossier + ["-a", str(archive), "init"], env=env)
    run_timed(dossier + ["-a", str(archive), "ingest", "--no-extract", str(images), "-c", "ocr"], env=env)
    script = work / "plain.py"
    script.write_text(PLAIN)
    ours, theirs = [], []
    for run in range(repeat):
        # Alternate which side goes first: other load on a shared machine then hits both alike.
        steps = [("dossier", ours), ("plain", theirs)]
        for side, samples in (steps if run % 2 == 0 else steps[::-1]):
            log(f"throughput run {run + 1}/{repeat}: {side} over {len(paths)} page images")
            if side == "dossier":
                samples.append(run_timed(dossier + ["-a", str(archive), "extract", *(["--force"] if run else [])],
                                         env=env))
            else:
                samples.append(run_timed([sys.executable, str(script), *paths], env=env))
    ours_s = statistics.median(s.seconds for s in ours)
    theirs_s = statistics.median(s.seconds for s in theirs)
    return {"pages": len(paths), "repeat": repeat, "dossier_s": round(ours_s, 2), "plain_s": round(theirs_s, 2),
            "dossier_runs_s": [round(s.seconds, 2) for s in ours], "plain_runs_s": [round(s.seconds, 2) for s in theirs],
            "dossier_pages_s": round(len(paths) / ours_s, 3), "plain_pages_s": round(len(paths) / theirs_s, 3),
            "ratio": round(theirs_s / ours_s, 3),
            "dossier_cpu_s": round(statistics.median(s.user + s.sys for s in ours), 1),
            "plain_cpu_s": round(statistics.median(s.user + s.sys for s in theirs), 1)}


def summarise(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return mean and worst CER per engine and variant."""
    out = []
    for engine in ("rapidocr", "tesseract chi_sim", "dossier"):
        for variant in ("clean", "degraded"):
            values = [r["cer"] for r in rows if r["engine"] == engine and r["variant"] == variant]
            out.append({"engine": engine, "variant": variant, "pages": len(values),
                        "mean_cer": round(sum(values) / len(values), 4), "worst_cer": max(values)})
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run the benchmark, print tables, optionally write JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.ocr", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5, help="pages per variant (clean and degraded)")
    parser.add_argument("--lines", type=int, default=40, help="text lines per page (40 fills A4)")
    parser.add_argument("--json", dest="json_out", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--workdir", type=Path, default=None, help="folder for pages and the archive")
    parser.add_argument("--repeat", type=int, default=2, help="timed throughput runs per side; the median counts")
    parser.add_argument("--no-throughput", dest="throughput", action="store_false", help="measure CER only")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="dossier-bench-ocr-", dir=args.workdir))
    try:
        started = utc_stamp()
        machine = machine_info(work)
        pages = make_pages(work, args.pages, args.lines)
        rows = measure_cer(pages, work / "scratch")
        summary = summarise(rows)
        throughput = measure_throughput(pages, work, args.repeat) if args.throughput else None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"OCR accuracy ({args.pages} pages x {args.lines} lines, 300 dpi, {started})")
    print(markdown_table(["engine", "variant", "pages", "mean CER", "worst CER"],
                         [[s["engine"], s["variant"], s["pages"], fmt(100 * s["mean_cer"]) + "%",
                           fmt(100 * s["worst_cer"]) + "%"] for s in summary]))
    if throughput:
        print()
        print(markdown_table(["run", "pages", "seconds", "pages/s", "CPU s"],
                             [["dossier extract (2 workers)", throughput["pages"], fmt(throughput["dossier_s"]),
                               fmt(throughput["dossier_pages_s"], 3), fmt(throughput["dossier_cpu_s"], 1)],
                              ["plain RapidOCR (2 processes)", throughput["pages"], fmt(throughput["plain_s"]),
                               fmt(throughput["plain_pages_s"], 3), fmt(throughput["plain_cpu_s"], 1)]]))
        print(f"\nthroughput ratio dossier/plain: {throughput['ratio']:.3f} (goal >= {GOALS['throughput']})")
    dossier = {s["variant"]: s["mean_cer"] for s in summary if s["engine"] == "dossier"}
    print(f"dossier CER clean {100 * dossier['clean']:.2f}% (goal <= {100 * GOALS['cer_clean']:.0f}%), "
          f"degraded {100 * dossier['degraded']:.2f}% (goal <= {100 * GOALS['cer_degraded']:.0f}%)")
    result = {"started": started, "machine": machine, "pages": args.pages, "lines": args.lines, "goals": GOALS,
              "cer": rows, "summary": summary, "throughput": throughput}
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    return result


if __name__ == "__main__":
    main()
