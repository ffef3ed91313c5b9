"""Page images for the viewer and for OCR: PDF pages rendered by pdfium, image pages resized.

Each page gets a PNG of about 1600 px on its long side (enough to read a scan on screen)
and a thumbnail of about 200 px, written into the worker's scratch folder; the manager
stores both as derived blobs linked to the original. OCR needs more detail than the
viewer: a PDF page is rendered once at 300 dpi for OCR and that image is shrunk for the
viewer, so a scanned page is rasterised only once. Rendering can be switched off with
DOSSIER_RENDER_PAGES=0 (the OCR benchmark measures text-only throughput that way).
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageChops

from .. import settings

VIEW_SIDE = 1600
THUMB_SIDE = 200
OCR_DPI = 300
OCR_MAX_SIDE = 5000  # a poster-sized page is rendered at less than 300 dpi rather than exhaust memory


def enabled() -> bool:
    """Return True when page images should be written (DOSSIER_RENDER_PAGES)."""
    return bool(settings.get("render_pages"))


def pdf_scale(width_pt: float, height_pt: float, dpi: float, max_side: float) -> float:
    """Return the pdfium scale (pixels per point) for a dpi, capped so the long side fits max_side pixels."""
    scale = dpi / 72
    long_side = max(width_pt, height_pt, 1.0)
    return min(scale, max_side / long_side)


def pdf_page(page: object, scale: float) -> Image.Image:
    """Render a pypdfium2 page at a scale (pixels per point) to a Pillow image, forms and annotations drawn."""
    bitmap = page.render(scale=scale, may_draw_forms=True, draw_annots=True)  # type: ignore[attr-defined]
    try:
        image = bitmap.to_pil()
        return image if image.mode == "RGB" else image.convert("RGB")  # an opaque page comes as RGB already
    finally:
        bitmap.close()


def shrink(image: Image.Image, side: int) -> Image.Image:
    """Return the image no larger than side pixels on its long side (never enlarged; the same image if it fits)."""
    width, height = image.size
    if max(width, height) <= side:
        return image
    # The size Image.thumbnail picks (the whole number nearest the aspect ratio), without its copy of the image.
    aspect = width / height
    if aspect >= 1:
        size = (side, max(min(math.floor(side / aspect), math.ceil(side / aspect),
                              key=lambda n: 0 if n == 0 else abs(aspect - side / n)), 1))
    else:
        size = (max(min(math.floor(side * aspect), math.ceil(side * aspect), key=lambda n: abs(aspect - n / side)), 1),
                side)
    # reducing_gap: a box reduction first, then Lanczos over the last factor of 2 (a third faster, as sharp)
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _gray(image: Image.Image) -> Image.Image:
    """Return an RGB image whose pixels are all grey as an L image (the same pixels), else the image itself.

    Most document pages render without a single coloured pixel. As L their PNG encodes in
    a third of the time and takes half the space; a page with any colour (a red seal, a
    photograph) stays RGB, so nothing is lost either way.
    """
    if image.mode != "RGB":
        return image
    red, green, blue = image.split()
    if ImageChops.difference(red, green).getbbox() is None and ImageChops.difference(green, blue).getbbox() is None:
        return green
    return image


def save_views(image: Image.Image, folder: str | Path, stem: str) -> tuple[str, str]:
    """Write the viewer PNG and its thumbnail into folder; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    view = _gray(shrink(image, VIEW_SIDE))
    view_path = folder / f"{stem}.png"
    view.save(view_path, format="PNG", compress_level=6)
    thumb_path = folder / f"{stem}.thumb.png"
    shrink(view, THUMB_SIDE).save(thumb_path, format="PNG", compress_level=6)
    return str(view_path), str(thumb_path)
