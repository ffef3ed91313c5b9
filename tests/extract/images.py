"""Helpers shared by the image and OCR tests: open a written image, run the image extractor in-process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image

from dossier.extract.base import Options
from dossier.extract.image import ImageExtractor


def opened(path: str | Path) -> tuple[str | None, tuple[int, int]]:
    """Return an image file's format and size, closing it."""
    with Image.open(path) as image:
        return image.format, image.size


def read_image(path: Path, tmp_path: Path) -> Any:
    """Run the image extractor in this process (the OCR engine stays loaded between tests)."""
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    return ImageExtractor().extract(path, "image/png", Options(tmp=str(scratch)))
