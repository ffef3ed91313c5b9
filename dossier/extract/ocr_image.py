"""The page image OCR works on: flattened, shrunk, deskewed and turned, with the way back; and what its pixels say.

Why a module of its own: ``ocr.py`` decides which engine reads which line; the geometry
and pixel checks here need no engine. ``_Work`` carries one page image through shrinking
and deskew (the skew measured from the projection profile of the ink, within ±15°) and any
turn OSD asks for, and maps word boxes back to the image given. The pixel checks
(``_ink``, ``_gaps``, ``_paper``, ``_looks_like_text``) let the completeness check find ink
that no read line covers and tell a text line from a rule, a dot or a picture.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
from PIL import Image

OCR_MAX_SIDE = 3600  # larger scans are shrunk first: more detail does not help either engine


def flatten(image: Image.Image) -> Image.Image:
    """Return an RGB image, transparent parts laid on white (dark text on a transparent ground stays readable)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        ground = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(ground, rgba).convert("RGB")
    return image.convert("RGB")


class _Work:
    """A page image on its way through deskew and rotation, with the way back to the original."""

    def __init__(self, image: Image.Image, dpi: float):
        rgb = np.asarray(flatten(image))[:, :, ::-1]  # RapidOCR and OpenCV expect BGR
        self.original_size = (rgb.shape[1], rgb.shape[0])
        self.transform = np.eye(3)
        self.dpi = dpi
        self.line_height = 0.0  # median detected line height, once RapidOCR has detected lines
        self.upside_down: bool | None = None  # RapidOCR's lines are upside down, once its classifier voted
        factor = min(1.0, OCR_MAX_SIDE / max(rgb.shape[:2]))
        if factor < 1.0:
            rgb = cv2.resize(rgb, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
            self.transform = np.diag([factor, factor, 1.0])
            self.dpi = dpi * factor
        self.image = np.ascontiguousarray(rgb)
        self.deskew()

    def gray(self) -> np.ndarray:
        """Return the current image in grey."""
        return cv2.cvtColor(self.image, cv2.COLOR_BGR2GRAY)

    def deskew(self) -> None:
        """Measure the skew and rotate it away."""
        angle = skew_angle(self.gray())
        if abs(angle) >= 0.3:
            self.rotate(angle)

    def rotate(self, degrees: float) -> None:
        """Rotate counter-clockwise by degrees on an enlarged white canvas."""
        height, width = self.image.shape[:2]
        matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
        cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
        new_w, new_h = int(round(height * sin + width * cos)), int(round(height * cos + width * sin))
        matrix[0, 2] += new_w / 2 - width / 2
        matrix[1, 2] += new_h / 2 - height / 2
        exact = abs(degrees) % 90 == 0
        self.image = cv2.warpAffine(self.image, matrix, (new_w, new_h), borderValue=(255, 255, 255),
                                    flags=cv2.INTER_NEAREST if exact else cv2.INTER_CUBIC)
        if exact:
            self.upside_down = None
        self.transform = np.vstack([matrix, [0, 0, 1]]) @ self.transform

    def to_original(self, word: list[Any], scale: float) -> list[Any]:
        """Map a word box from the processed image back to the original image, times scale."""
        inverse = np.linalg.inv(self.transform)
        x0, y0, x1, y1 = word[:4]
        corners = inverse @ np.array([[x0, x1, x1, x0], [y0, y0, y1, y1], [1, 1, 1, 1]], dtype=float)
        width, height = self.original_size
        xs = np.clip(corners[0], 0, width)
        ys = np.clip(corners[1], 0, height)
        box = [round(float(v) * scale, 1) for v in (xs.min(), ys.min(), xs.max(), ys.max())]
        return [*box, word[4], word[5]]


def skew_angle(gray: np.ndarray) -> float:
    """Return the angle (degrees, counter-clockwise) that makes the text lines horizontal; 0 when unsure."""
    factor = min(1.0, 800 / max(gray.shape))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    ink = _ink(small)
    share = float(ink.mean()) / 255
    if share < 0.002 or share > 0.4:  # blank, or a photo / dark page: no lines to measure
        return 0.0
    height, width = ink.shape
    center = (width / 2, height / 2)

    def sharpness(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(center, angle, 1.0)
        rows = cv2.warpAffine(ink, matrix, (width, height), flags=cv2.INTER_NEAREST).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    coarse = max(np.arange(-15, 15.5, 1.0), key=sharpness)
    best = float(max(np.arange(coarse - 1, coarse + 1.05, 0.1), key=sharpness))
    if sharpness(best) < 1.05 * sharpness(0.0):
        return 0.0
    return round(best, 1)


def _ink(gray: np.ndarray) -> np.ndarray:
    """Return the dark pixels (text) as 255 on 0, by Otsu's threshold."""
    _, ink = cv2.threshold(cv2.GaussianBlur(gray, (3, 3), 0), 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def _gaps(gray: np.ndarray, boxes: list[tuple[float, float, float, float]],
          line_height: float) -> list[tuple[float, float, float, float]]:
    """Return line-shaped regions of ink that no detected line covers."""
    factor = min(1.0, 1200 / max(gray.shape))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else gray
    ink = _ink(small)
    if float(ink.mean()) / 255 > 0.4:
        return []
    for x0, y0, x1, y1 in boxes:
        margin = 0.3 * (y1 - y0) + 2
        ink[max(0, int((y0 - margin) * factor)):int((y1 + margin) * factor) + 1,
            max(0, int((x0 - margin) * factor)):int((x1 + margin) * factor) + 1] = 0
    ink = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    height = max(2.0, line_height * factor)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(height)), max(1, int(height * 0.15))))
    count, _, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(ink, kernel))
    gaps = []
    for x, y, w, h, _ in stats[1:count]:
        if not 0.5 * height <= h <= 2.5 * height or w < 2 * h:
            continue
        density = float(ink[y:y + h, x:x + w].mean()) / 255
        if 0.03 <= density <= 0.6:
            gaps.append((x / factor, y / factor, (x + w) / factor, (y + h) / factor))
    return gaps


def _paper(image: np.ndarray) -> bool:
    """Return True when a page looks like a document: mostly light, little strong colour."""
    small = cv2.resize(image, (200, 200), interpolation=cv2.INTER_AREA)
    light = float((cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) >= 190).mean())
    colour = float((cv2.cvtColor(small, cv2.COLOR_BGR2HSV)[:, :, 1] > 80).mean())
    return light >= 0.5 and colour < 0.2


def _looks_like_text(gray: np.ndarray, line_height: float) -> bool:
    """Return True when a crop holds a row of glyph-sized marks (not a rule, a dot, an icon or a smudge)."""
    if gray.shape[0] < 8 or gray.shape[1] < 8:
        return False
    ink = _ink(gray)
    if float(ink.mean()) / 255 > 0.5:
        return False
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink)
    # A RapidOCR line box is about 1.6 times as tall as its letters, a Tesseract one about as tall.
    line = line_height or gray.shape[0]
    glyphs = [s for s in stats[1:count] if 0.2 * line <= s[3] <= 1.3 * line and s[4] >= 6]
    if len(glyphs) < 3:
        return False
    left = min(int(s[0]) for s in glyphs)
    right = max(int(s[0] + s[2]) for s in glyphs)
    return right - left >= max(0.5 * gray.shape[1], line)


def _shrink(image: np.ndarray, height: int) -> np.ndarray:
    """Return an image scaled down by area averaging to at most height pixels tall."""
    if image.shape[0] <= height:
        return image
    factor = height / image.shape[0]
    return cv2.resize(image, (max(1, round(image.shape[1] * factor)), height), interpolation=cv2.INTER_AREA)


def _crop(image: np.ndarray, box: tuple[float, float, float, float], pad: float) -> np.ndarray:
    x0, y0, x1, y1 = box
    margin = pad * (y1 - y0) + 2
    height, width = image.shape[:2]
    return image[max(0, int(y0 - margin)):min(height, int(y1 + margin) + 1),
                 max(0, int(x0 - margin)):min(width, int(x1 + margin) + 1)].copy()
