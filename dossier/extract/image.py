"""Images: every page of a scan or photo is OCR'd, shown upright, and its camera metadata kept.

Pillow reads JPEG, PNG, TIFF, GIF, BMP, WebP, AVIF and JPEG 2000. A multi-page TIFF (the usual
fax and scanner output) gives one page per frame; an animated GIF or WebP gives its first
frame only, since its frames are not pages. The EXIF orientation is applied first, so a
phone photo is read and shown the way it was taken. Camera metadata (make, model, dates,
GPS position) is kept: it can date and place a leaked picture.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError
from PIL import __version__ as PILLOW_VERSION

from ..errors import DataError
from . import ocr_engines, render
from .base import Extraction, Extractor, Options, Page
from .language import detect

# Pillow refuses larger images as decompression bombs; 200 megapixels is an A0 poster at
# 600 dpi, about 600 MB decoded, within a worker's memory limit.
MAX_PIXELS = 200_000_000
_EXIF_KEYS = ("Make", "Model", "Software", "DateTime", "DateTimeOriginal", "DateTimeDigitized", "Artist",
              "Copyright", "ImageDescription", "BodySerialNumber", "LensModel")


class ImageExtractor(Extractor):
    """Raster images: one OCR'd page per frame of a TIFF, else one page."""

    name = "image"
    mimes = frozenset({"image/jpeg", "image/png", "image/tiff", "image/gif", "image/bmp", "image/x-ms-bmp",
                       "image/webp", "image/jp2", "image/jpx", "image/avif", "image/x-portable-pixmap",
                       "image/x-portable-graymap", "image/x-portable-bitmap"})

    @classmethod
    def version(cls) -> str:
        return f"image (Pillow {PILLOW_VERSION}, {ocr_engines.versions()})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        Image.MAX_IMAGE_PIXELS = MAX_PIXELS
        image: Image.Image | None = None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                image = Image.open(path)
                image.load()
        except Image.DecompressionBombError as exc:
            _close(image)
            raise DataError(f"image is larger than {MAX_PIXELS // 1_000_000} megapixels; it is preserved but "
                            "not read") from exc
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
            _close(image)
            raise DataError(f"image cannot be decoded ({type(exc).__name__}: {exc}); the file may be damaged "
                            "or truncated") from exc
        try:
            return self._pages(image, options)
        finally:
            image.close()

    def _pages(self, image: Image.Image, options: Options) -> Extraction:
        result = Extraction(self.version())
        result.metadata.update(_metadata(image))
        frames = getattr(image, "n_frames", 1) if image.format == "TIFF" else 1
        from . import ocr, ocr_image  # OpenCV, imported when an image is read, not when dossier starts

        reader = ocr.PageReader(options.tmp)
        draw = render.enabled()
        dpi = _dpi(image)
        for index in range(frames):
            try:
                image.seek(index)
                frame = ImageOps.exif_transpose(image.copy())
            except (OSError, ValueError, EOFError) as exc:
                result.warnings.append(f"page {index + 1} cannot be decoded: {exc}")
                continue
            frame = ocr_image.flatten(frame) if frame.mode not in ("L", "RGB") else frame
            page = Page(index + 1, "", "needs-ocr", width=frame.width, height=frame.height)
            read = reader.read(frame, index + 1, dpi=dpi)
            if read is not None:
                page.text, page.words, page.engine = read.text, read.words, read.engine
                page.lang, page.script = detect(read.text)
            if draw:
                page.image_path, page.thumb_path = render.save_views(frame, options.tmp, f"page-{index + 1:05d}")
            result.pages.append(page)
        result.warnings.extend(reader.warnings)
        return result


def _close(image: Image.Image | None) -> None:
    if image is not None:
        image.close()


def _dpi(image: Image.Image) -> float:
    """Return the image's resolution when it states a plausible one, else 300."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if 70 <= value <= 1200 else 300.0


def _metadata(image: Image.Image) -> dict[str, str]:
    """Return format, size, frame count and selected EXIF fields (with GPS as decimal degrees)."""
    meta = {"format": str(image.format), "mode": image.mode, "width": str(image.width),
            "height": str(image.height), "frames": str(getattr(image, "n_frames", 1))}
    if "dpi" in image.info:
        meta["dpi"] = str(round(_dpi(image)))
    try:
        exif = image.getexif()
    except (OSError, ValueError, SyntaxError):
        return meta
    fields = {ExifTags.TAGS.get(k, str(k)): v for k, v in exif.items()}
    try:
        fields.update({ExifTags.TAGS.get(k, str(k)): v for k, v in exif.get_ifd(ExifTags.IFD.Exif).items()})
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except (OSError, ValueError, SyntaxError, KeyError):
        gps = {}
    for key in _EXIF_KEYS:
        value = fields.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        elif isinstance(value, str):
            value = _utf8(value)
        if value not in (None, ""):
            meta[f"exif_{key.lower()}"] = str(value).strip("\x00 ")
    if fields.get("Orientation") not in (None, 1):
        meta["exif_orientation"] = str(fields["Orientation"])
    position = _gps(gps)
    if position:
        meta["gps_latitude"], meta["gps_longitude"] = position
    return meta


def _utf8(value: str) -> str:
    """Undo Pillow's Latin-1 reading of EXIF text that cameras and editors wrote as UTF-8."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _gps(gps: dict) -> tuple[str, str] | None:
    """Return (latitude, longitude) in decimal degrees from an EXIF GPS IFD, or None."""
    try:
        lat = _degrees(gps[2]) * (-1 if str(gps.get(1, "N")).upper().startswith("S") else 1)
        lon = _degrees(gps[4]) * (-1 if str(gps.get(3, "E")).upper().startswith("W") else 1)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None
    return f"{lat:.6f}", f"{lon:.6f}"


def _degrees(value: tuple) -> float:
    degrees, minutes, seconds = (float(v) for v in value)
    return degrees + minutes / 60 + seconds / 3600
