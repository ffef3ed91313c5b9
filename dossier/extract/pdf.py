"""PDF: the text layer of each page through pdfium, with garbage-layer detection.

pdfium (pypdfium2) extracts text about twice as fast as pdftotext and renders pages for
the viewer and OCR. Chinese PDFs often carry a text layer whose font has a broken or
missing ToUnicode map: the text comes out as replacement characters, private-use code
points or control characters. Such a page is flagged ``needs_ocr`` rather than indexed
as if it were text. A page without a usable text layer is rendered at 300 dpi and read by
OCR (``ocr.py``), its OCR text taking the place of the missing layer; every page is also
rendered for the viewer (``render.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from ..errors import DataError
from . import ocr_engines, render
from .base import Extraction, Extractor, Options, Page
from .language import detect

if TYPE_CHECKING:
    from . import ocr


def garbage_ratio(text: str) -> float:
    """Return the share of characters that no real text layer produces."""
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return 0.0
    bad = sum(1 for c in letters if c == "\ufffd" or 0xE000 <= ord(c) <= 0xF8FF or (ord(c) < 32))
    return bad / len(letters)


class PdfExtractor(Extractor):
    """PDF text per page, document metadata, and a flag on pages that need OCR."""

    name = "pdf"
    mimes = frozenset({"application/pdf"})

    @classmethod
    def version(cls) -> str:
        return f"pdf (pypdfium2 {pdfium.PYPDFIUM_INFO}, pdfium {pdfium.PDFIUM_INFO}, {ocr_engines.versions()})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise DataError("PDF is encrypted with a password; the original is preserved, "
                                "its text cannot be read without the password") from exc
            raise DataError(f"PDF cannot be opened: {exc}") from exc
        result = Extraction(self.version())
        reader: "ocr.PageReader | None" = None
        draw = render.enabled()
        try:
            for key, value in pdf.get_metadata_dict(skip_empty=True).items():
                result.metadata[key.lower()] = str(value)
            result.metadata["page_count"] = str(len(pdf))
            for index in range(len(pdf)):
                page = pdf[index]
                width, height = page.get_size()
                textpage = page.get_textpage()
                text = textpage.get_text_bounded().replace("\r\n", "\n")
                textpage.close()
                engine = "text-layer"
                if garbage_ratio(text) > 0.3:
                    engine = "needs-ocr"
                    result.warnings.append(f"page {index + 1}: text layer is garbage (broken font encoding)")
                    text = ""
                elif not text.strip():
                    engine = "needs-ocr"
                # A page with a usable text layer (typed, or an earlier OCR's invisible layer) is
                # never OCR'd again; a page without one gets OCR text in its place, so no text is doubled.
                item = Page(index + 1, text, engine, *detect(text), width=width, height=height)
                image = None
                if engine == "needs-ocr":
                    if reader is None:
                        from . import ocr  # with OpenCV, only when a page needs OCR

                        reader = ocr.PageReader(options.tmp)
                    if reader.usable:
                        scale = render.pdf_scale(width, height, render.OCR_DPI, render.OCR_MAX_SIDE)
                        image = render.pdf_page(page, scale)
                        read = reader.read(image, index + 1, dpi=72 * scale, scale=1 / scale)
                    else:
                        read = reader.read(None, index + 1)  # records why the page stays unread
                    if read is not None:
                        item.text, item.words, item.engine = read.text, read.words, read.engine
                        item.lang, item.script = detect(read.text)
                if draw:
                    if image is None:
                        image = render.pdf_page(page, render.pdf_scale(width, height, render.OCR_DPI,
                                                                       render.VIEW_SIDE))
                    item.image_path, item.thumb_path = render.save_views(image, options.tmp,
                                                                         f"page-{index + 1:05d}")
                page.close()
                result.pages.append(item)
        finally:
            pdf.close()
        if reader is not None:
            result.warnings.extend(reader.warnings)
        return result
