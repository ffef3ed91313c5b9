"""OFD (GB/T 33190-2016) through the real pipeline: detection, text in reading order, DocInfo, attachments, images.

No OFD exists in the public corpus, so ``ofd_maker`` writes them following the standard's
layout, with objects deliberately out of reading order. One more file was written by an
independent producer, the easyofd package (its pdf2ofd, from a one-page PDF with two lines
of text), and is kept below as bytes: it is loose with the standard (its own namespace URI,
a lower-case ``size`` attribute, the page area inside Content), as real producers are.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from dossier import Archive
from dossier.errors import DataError
from dossier.extract.base import Options
from dossier.extract.ofd import Glyph, OfdExtractor, deltas, reading_order
from dossier.ingest.detect import mime_type

from .ofd_maker import ATTACHMENT_BYTES, ATTACHMENT_NAME, INFO, KEYWORDS, LETTERHEAD, PAGES, expected_text, make_ofd

EASYOFD_WRITTEN = base64.b64decode(
    "UEsDBBQAAAAIANFbfV33lXarIAEAACICAAAHAAAAT0ZELnhtbF2RS2+DMBCEz+VXIN95mEcTUHCqxkTqqVIV9Vq5xAQk8EZgqvDv"
    "u4QASS6gGX87Ws1utpe6Mv9k05agEkJtl5hSZXAs1Skhnc6tNdkyYwP5Mf7ccxNp1caoElJofY4d57eCk913QhWi7HHKzhQxv5dA"
    "SkwO2aE/y4RgAmHGyzUNzXc49ihn/aFyGPRicObuKA/2KxpGURikacrTkK72K28dpuuA74KNs7Dz6K6RQkPDpGh71CMzmTMlOl2g"
    "bqSCYf+RuplPkKxFWc3kWw6XwbAzqO+nRup5i1sXDLt9WGTyH3l0uNCSea73alFqeZFJaey7sR/YfuCFIb0LmeChQ+epxKnDLwDN"
    "8P/jOvjtaqm0jVec+eu7scyPRxkl3ov9A1BLAwQUAAAACADRW31dDW6z5RIBAADEAQAAEwAAAERvY18wL1B1YmxpY1Jlcy54bWxl"
    "UF1LwzAUfXa/Itz3ru0mWEfTQSd+gIg4wUdJk9s1kCYlScf67007rejylHO45+PefHtqFTmiddJoCukyAYKaGyH1gULv6yiDbbHI"
    "TS02b+hImNZuExCFxvtuE8eVMofl0DPdMDkE1ZJrICVz+Gw4haCBYnE16XdGGbvvGEcXqP8cebqjsALyPnQYdA9lcJHevaLdmbYz"
    "GrWnkEGRx391o3t8aT+53xvtf7NGNKWsgYz/F9aGpEdUR/SSs0CyVqrhkpYnFB9S+IZCzZRDIHu0sp5RaZSYwa5h1mHo2lk+rh7C"
    "LbrPvpeiuGbV+pbd8AgrzKI0rdMoY5WIklXNk/NL83geH4vHP83nPb+XOoNw3+ILUEsDBBQAAAAIANFbfV0FF9FB6gAAAMkBAAAS"
    "AAAARG9jXzAvRG9jdW1lbnQueG1sXVDLasMwEDzXXyF0j6VAIK2xFZL4EkihFHouiqLYAns3RHKw/77yM3YvYpmdx47iXV0W5Kkf"
    "1iAkdB1ySjQovBrIElq52+qd7kQQ4+0apaiqUoMjXgI28lBCc+fuEWOXArOwqSTk0jReGiqgInjrZEcsS4RUOumRHvqU9Q8Yd0rF"
    "NmZLYKR8yUzvH7rTDEjeWKNkccBacMLJesPJB+/1813rwP5b9A7VpTDqW1sxTaHvMrCn5Ugf+7bYbH5J5oRgCF20nZrYRS9ySv1X"
    "U3KQVp9RJbSjsPb95eyI4LxpG0PFq8mUMPgtTxB/UEsDBBQAAAAIANFbfV04Kvu4eQAAAJUAAAAVAAAARG9jXzAvRG9jdW1lbnRS"
    "ZXMueG1sXcuxDsIgFIXhWZ6C3F2omyFAE2e7+AYItCXBe41AY99eopvj+XM+Pb4fmW/xVRKhgZMYgEf0FBIuBlqdj2cYLdM0B3WL"
    "hfc3FtWXgbXWp5LynmkRe3O4urR3JTwCv7gSr+QNdAOWHb5+armmKYbkitXyv7Bf6sB+AFBLAwQUAAAACADRW31dvT2N170BAACO"
    "AwAAHgAAAERvY18wL1BhZ2VzL1BhZ2VfMC9Db250ZW50LnhtbL2TT2/UMBDFz9tPMfKdxJ747ypJRXe1AgmpSFQIjmnW3QSMXSVZ"
    "tOHT4ySwq5YiceIWP817M/5lnF+fvjn4bru+Db4gLKEErK/DvvWHghyHh1eaXJdXeXjYr99XBwux3PfreCxIMwyP6zS9d+GQjMfK"
    "N1U7RltSe1JerWbLJvjB+iEeV+eI152tJuGX0ox9W1fuJpxKChSEEQkFzTGhefq8YIpJn+fMMe+q0XbwdlsQTuBufLQF2YXOHrpw"
    "9HtyaXdnT8Pt/RdbD3OxILCLIxYkI9C3P+xEQClN4GbyVd1YEJMwzkElmKHkRjLkKJXQgJhIlBolcs2kNlwCJpyjUUipUoJxKZbG"
    "S+dd69wmuNAt2ir/WLmjLZmQoBEykaeLsDjSFyznC2zC3sKngsR/9fk88da6oYriAVAATbSicTTBNaVxbGVI+cY6F+B2t4W6C30P"
    "dWPrr4AU+dLtd/ICK31K668E5QsEBfI/CbK4W5JJYzSVyLJM6UnimaQGpWCZVExPCKnJTOQbyaKg8es/MZxnvjBkE0PFuBJCGaoY"
    "5dwwUn6wdfB7cK230NjO/iO5RZt3dHoZ6ZOncdno8idQSwECFAMUAAAACADRW31d95V2qyABAAAiAgAABwAAAAAAAAAAAAAApIEA"
    "AAAAT0ZELnhtbFBLAQIUAxQAAAAIANFbfV0NbrPlEgEAAMQBAAATAAAAAAAAAAAAAACkgUUBAABEb2NfMC9QdWJsaWNSZXMueG1s"
    "UEsBAhQDFAAAAAgA0Vt9XQUX0UHqAAAAyQEAABIAAAAAAAAAAAAAAKSBiAIAAERvY18wL0RvY3VtZW50LnhtbFBLAQIUAxQAAAAI"
    "ANFbfV04Kvu4eQAAAJUAAAAVAAAAAAAAAAAAAACkgaIDAABEb2NfMC9Eb2N1bWVudFJlcy54bWxQSwECFAMUAAAACADRW31dvT2N"
    "170BAACOAwAAHgAAAAAAAAAAAAAApIFOBAAARG9jXzAvUGFnZXMvUGFnZV8wL0NvbnRlbnQueG1sUEsFBgAAAAAFAAUARQEAAEcG"
    "AAAAAA=="
)


def _read(archive: Archive, path: Path) -> Any:
    archive.ingest([path], "ofd")
    return archive.extract()


def _doc(archive: Archive, path: str) -> Any:
    return archive.conn.execute(
        "SELECT d.*, e.status AS e_status, e.reason AS e_reason, e.extractor FROM documents d "
        "LEFT JOIN extractions e ON e.doc_id = d.id WHERE d.path = ?", (path,)).fetchone()


def _pages(archive: Archive, doc_id: str) -> list[Any]:
    return archive.conn.execute("SELECT * FROM pages WHERE doc_id = ? ORDER BY page", (doc_id,)).fetchall()


def _png(archive: Archive, sha256: str) -> Image.Image:
    return Image.open(io.BytesIO(archive.blobs.path(sha256).read_bytes()))


def test_ofd_detected_as_ofd_not_zip(tmp_path: Path) -> None:
    """An OFD is application/ofd, with or without the file at hand; a zip merely holding an OFD.xml stays a zip."""
    ofd = make_ofd(tmp_path / "notice.ofd")
    data = ofd.read_bytes()
    assert mime_type(data[:4096], ofd, len(data)) == "application/ofd"
    assert mime_type(data[:4096]) == "application/ofd"  # from the first entry's name alone
    # OFD.xml not first: found in the central directory.
    moved = tmp_path / "moved.ofd"
    with zipfile.ZipFile(ofd) as source, zipfile.ZipFile(moved, "w") as target:
        for info in reversed(source.infolist()):
            target.writestr(info.filename, source.read(info))
    assert mime_type(moved.read_bytes()[:4096], moved) == "application/ofd"
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as target:
        target.writestr("OFD.xml", "<notes>an unrelated file of that name</notes>")
        target.writestr("readme.txt", "hello")
    assert mime_type(plain.read_bytes()[:4096], plain) == "application/zip"
    easy = tmp_path / "easy.ofd"
    easy.write_bytes(EASYOFD_WRITTEN)
    assert mime_type(EASYOFD_WRITTEN[:4096], easy) == "application/ofd"


def test_ofd_reading_order_and_deltas() -> None:
    """Characters are ordered by baseline then x, with a space at a visible gap; "g N V" repeats an advance."""
    assert deltas("g 3 4.2 1 g 2 0.5", 6) == [4.2, 4.2, 4.2, 1.0, 0.5, 0.5]
    assert deltas("2 2", 5) == [2.0, 2.0]  # fewer advances than characters: the rest are estimated
    glyphs = [Glyph(30, 20.1, 4, "乙"), Glyph(10, 20, 4, "甲"), Glyph(10, 10, 4, "A"), Glyph(12, 10, 4, "B"),
              Glyph(20, 10, 4, "C")]
    assert reading_order(glyphs) == "AB C\n甲 乙"


def test_ofd_pages_metadata_attachment_and_images(archive: Archive, tmp_path: Path) -> None:
    """Two pages of Chinese text in reading order with the template letterhead, DocInfo, an attachment, PNG pages."""
    summary = _read(archive, make_ofd(tmp_path / "notice.ofd"))
    assert summary.failed == 0
    doc = _doc(archive, "notice.ofd")
    assert (doc["mime"], doc["status"], doc["e_status"]) == ("application/ofd", "stored", "done")
    assert doc["extractor"].startswith("ofd (lxml ")
    pages = _pages(archive, doc["id"])
    assert len(pages) == len(PAGES)
    assert [p["text"] for p in pages] == [LETTERHEAD + "\n" + expected_text(0), expected_text(1)]
    assert pages[0]["text"].splitlines()[3] == "为进一步规范档案管理工作， 现将有关事项通知如下。"
    assert [(p["engine"], p["lang"], p["script"], p["width"], p["height"]) for p in pages] == [
        ("text-layer", "zh", "Hans", 210.0, 297.0)] * 2
    meta = {r["key"]: r["value"] for r in archive.conn.execute(
        "SELECT key, value FROM doc_metadata WHERE doc_id = ?", (doc["id"],))}
    assert meta == {**{key.lower(): value for key, value in INFO.items()}, "keywords": ", ".join(KEYWORDS),
                    "custom.密级": "公开", "ofd_version": "1.0", "ofd_doctype": "OFD", "page_count": "2"}
    # The OFD is read, not unpacked: its only child is the file attached to it.
    children = archive.conn.execute("SELECT * FROM documents WHERE parent_id = ?", (doc["id"],)).fetchall()
    assert [(c["path"], c["sha256"]) for c in children] == [
        (ATTACHMENT_NAME, hashlib.sha256(ATTACHMENT_BYTES).hexdigest())]
    assert _pages(archive, children[0]["id"])[0]["text"].startswith("序号,文件名称\n1,关于档案整理的通知")
    image = _png(archive, pages[0]["image_sha256"])
    assert (image.format, image.size) == ("PNG", (1240, 1753))  # A4 at 150 dpi
    # The title line is drawn: dark pixels in its band, none in the empty lower half of page 1.
    title_band = image.convert("L").crop((0, int(55 * 150 / 25.4), 1240, int(61 * 150 / 25.4)))
    assert title_band.getextrema()[0] < 100
    assert image.convert("L").crop((0, 1000, 1240, 1753)).getextrema() == (255, 255)
    thumb = _png(archive, pages[0]["thumb_sha256"])
    assert max(thumb.size) == 256
    assert archive.verify().ok


def test_ofd_scanned_page_needs_ocr_with_its_image(archive: Archive, tmp_path: Path) -> None:
    """An image-only page (a scan) has no text, is marked needs-ocr, and its page image shows the scan."""
    scan = Image.new("RGB", (420, 594), "white")
    scan.paste((0, 0, 0), (0, 0, 210, 297))  # the top-left quarter black
    buffer = io.BytesIO()
    scan.save(buffer, "PNG")
    _read(archive, make_ofd(tmp_path / "scanned.ofd", scanned_png=buffer.getvalue()))
    doc = _doc(archive, "scanned.ofd")
    pages = _pages(archive, doc["id"])
    assert len(pages) == len(PAGES) + 1
    assert (pages[2]["text"], pages[2]["engine"]) == ("", "needs-ocr")
    image = _png(archive, pages[2]["image_sha256"]).convert("L")
    assert image.getpixel((100, 100)) == 0 and image.getpixel((1100, 1600)) == 255


def test_ofd_written_by_easyofd_is_read(archive: Archive, tmp_path: Path) -> None:
    """An OFD from another producer, with its own namespace URI and loose attributes, gives its two lines."""
    path = tmp_path / "easy.ofd"
    path.write_bytes(EASYOFD_WRITTEN)
    _read(archive, path)
    doc = _doc(archive, "easy.ofd")
    assert (doc["mime"], doc["e_status"]) == ("application/ofd", "done")
    (page,) = _pages(archive, doc["id"])
    assert page["text"] == "Hello OFD cross check 2024\nSecond line here"
    assert (page["width"], page["height"]) == (140.0, 90.0)  # the document's default page area
    meta = {r["key"]: r["value"] for r in archive.conn.execute(
        "SELECT key, value FROM doc_metadata WHERE doc_id = ?", (doc["id"],))}
    assert meta["creator"] == "easyofd" and meta["docid"] == "0C1D4F7159954EEEDE517F7285E84DC4"


def _rewrite(source: Path, target: Path, replace: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = replace.get(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)
    return target


def test_ofd_hostile_and_broken_packages(archive: Archive, tmp_path: Path) -> None:
    """External entities are not resolved, and a package without its Document.xml fails with the reason."""
    good = make_ofd(tmp_path / "good.ofd")
    with zipfile.ZipFile(good) as package:
        ofd_xml = package.read("OFD.xml").decode("utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    hostile_xml = ofd_xml.replace('<?xml version="1.0" encoding="UTF-8"?>\n',
                                  f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM '
                                  f'"file://{secret}">]>\n').replace(INFO["Title"], "&xxe;")
    hostile = _rewrite(good, tmp_path / "hostile.ofd", {"OFD.xml": hostile_xml.encode("utf-8")})
    result = OfdExtractor().extract(hostile, "application/ofd", Options(tmp=str(tmp_path)))
    assert "TOP-SECRET-CONTENT" not in repr(result)
    assert "title" not in result.metadata and result.metadata["author"] == INFO["Author"]
    broken = _rewrite(good, tmp_path / "broken.ofd", {"Doc_0/Document.xml": None})
    with pytest.raises(DataError, match=r"^OFD document 1 names no readable Document.xml \(DocRoot\); "
                                        r"the original is preserved$"):
        OfdExtractor().extract(broken, "application/ofd", Options(tmp=str(tmp_path)))
    _read(archive, broken)
    doc = _doc(archive, "broken.ofd")
    assert (doc["mime"], doc["e_status"]) == ("application/ofd", "failed")
    assert doc["e_reason"] == "OFD document 1 names no readable Document.xml (DocRoot); the original is preserved"
    assert archive.verify().ok
