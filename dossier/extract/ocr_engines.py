"""OCR engines: which are installed, how RapidOCR is loaded, and one call each to RapidOCR and Tesseract.

Why a module of its own: ``ocr.py`` decides which engine reads which line of a page; the
code here only talks to the engines, so the decisions read without process and model
plumbing in between. RapidOCR is loaded once per worker with one thread. Tesseract runs
as a sandboxed subprocess (``isolation.sandboxed_command``) with a timeout and one thread,
on a PNG written to the document's scratch folder and removed afterwards. A missing engine
or language pack is named with the Debian package that ships it.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import uuid
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from .isolation import sandboxed_command

OSD_MIN_CONFIDENCE = 2.0  # Tesseract's orientation confidence below which the page is left as it is
DETECT_MAX_SIDE = 1600
TESSERACT_TIMEOUT = 120
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# -- what is installed -------------------------------------------------------------


def apt_package(lang: str) -> str:
    """Return the Debian package that ships a Tesseract language pack."""
    return "tesseract-ocr-" + lang.replace("_", "-")


@functools.cache
def tesseract_langs() -> frozenset[str]:
    """Return the installed Tesseract packs (empty when tesseract is missing)."""
    binary = shutil.which("tesseract")
    if binary is None:
        return frozenset()
    done = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


@functools.cache
@functools.cache
def versions() -> str:
    """Return the OCR engines' versions, for the extractor's version string (asked once per process)."""
    parts = []
    for package in ("rapidocr-onnxruntime", "onnxruntime"):
        try:
            parts.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            pass
    binary = shutil.which("tesseract")
    if binary:
        done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
        first = (done.stdout or done.stderr).splitlines()
        parts.append(first[0] if first else "tesseract")
    return ", ".join(parts) or "no OCR engine"


@functools.cache
def _rapid_engine() -> Any:
    """Return this worker's RapidOCR engine, loaded once (about 2 s), or the ImportError."""
    import cv2  # imported on first use: half a second that a command reading no image should not pay

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    cv2.setNumThreads(1)
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        return exc
    # One thread each: the worker pool already runs one worker per core, and onnxruntime's
    # default pool of one thread per core would make the workers fight over the cores. It
    # also keeps the address space small: reading a 300 dpi A4 page takes 1.4 GiB of virtual
    # memory of its own (measured), well inside the 3 GiB that a worker's RLIMIT_AS lets it add
    # (DOSSIER_EXTRACT_MEMORY), so the limit needs no exception for onnxruntime.
    # Detection runs on a copy at most 1600 px long (RapidOCR's default is 2000): on A4 at
    # 300 dpi that is 140 dpi, plenty to find 8 pt lines, and 2.3 times less detector work;
    # the lines are then read from the full-resolution page.
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, max_side_len=DETECT_MAX_SIDE)


# -- engine calls ----------------------------------------------------------------------


def _rapid_words(parts: list[Any], line_conf: float) -> list[list[Any]]:
    """Group RapidOCR's character boxes into words: each Han character alone, other letters by spaces."""
    quads, chars, confs = parts
    words: list[list[Any]] = []
    current: list[tuple[Any, str, float]] = []

    def flush() -> None:
        if current:
            xs = [p[0] for q, _, _ in current for p in q]
            ys = [p[1] for q, _, _ in current for p in q]
            text = "".join(c for _, c, _ in current)
            conf = sum(c for _, _, c in current) / len(current)
            words.append([float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys)), text, round(conf, 3)])
            current.clear()

    for quad, char, conf in zip(quads, chars, confs or [line_conf] * len(chars)):
        if not char.strip():
            flush()
        elif _HAN.match(char):
            flush()
            current.append((quad, char, float(conf)))
            flush()
        else:
            current.append((quad, char, float(conf)))
    flush()
    return words


def _tesseract_tsv(image: np.ndarray, packs: tuple[str, ...], dpi: float, psm: int,
                   tmp: Path) -> list[dict[str, Any]]:
    """Run Tesseract on a BGR image and return its words (TSV level 5 rows)."""
    tmp.mkdir(parents=True, exist_ok=True)
    png = tmp / f"ocr-{uuid.uuid4().hex}.png"
    import cv2

    cv2.imwrite(str(png), image)
    try:
        argv = ["tesseract", str(png), "stdout", "-l", "+".join(packs), "--psm", str(psm),
                "--dpi", str(int(round(dpi))), "tsv"]
        done = _run_tesseract(argv)
    finally:
        png.unlink(missing_ok=True)
    rows = []
    for line in done.stdout.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        rows.append({"block": int(cols[2]), "par": int(cols[3]), "line": int(cols[4]), "left": int(cols[6]),
                     "top": int(cols[7]), "width": int(cols[8]), "height": int(cols[9]),
                     "conf": max(0.0, float(cols[10])), "text": cols[11].strip()})
    return rows


def _osd(image: np.ndarray, tmp: Path) -> int:
    """Return Tesseract's clockwise rotation that makes the page upright (0, 90, 180, 270); 0 when unsure."""
    tmp.mkdir(parents=True, exist_ok=True)
    png = tmp / f"osd-{uuid.uuid4().hex}.png"
    import cv2

    cv2.imwrite(str(png), image)
    try:
        done = _run_tesseract(["tesseract", str(png), "stdout", "--psm", "0"], check=False)
    finally:
        png.unlink(missing_ok=True)
    rotate = re.search(r"Rotate: (\d+)", done.stdout)
    confidence = re.search(r"Orientation confidence: ([\d.]+)", done.stdout)
    if not rotate or not confidence or float(confidence.group(1)) < OSD_MIN_CONFIDENCE:
        return 0
    return int(rotate.group(1)) % 360


def _run_tesseract(argv: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(sandboxed_command(argv), capture_output=True, text=True, timeout=TESSERACT_TIMEOUT,
                              env=env)
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"tesseract took longer than {TESSERACT_TIMEOUT} s on one page") from exc
    if check and done.returncode != 0:
        raise RuntimeError(f"tesseract failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
    return done
