"""Images: every format Pillow reads, TIFF frames as pages, EXIF orientation and metadata, page images."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from dossier import Archive
from dossier.errors import DataError
from dossier.extract.image import ImageExtractor
from dossier.extract.registry import extractor_for

from .images import opened, read_image

ICIJ = "ingest-fixtures/icij-extract"


@pytest.fixture
def no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn OCR off: these tests are about decoding, not reading."""
    monkeypatch.setenv("DOSSIER_OCR_ENGINES", "none")


@pytest.mark.parametrize("mime", ["image/jpeg", "image/png", "image/tiff", "image/gif", "image/bmp", "image/webp",
                                  "image/jp2", "image/avif"])
def test_image_extractor_is_registered_for(mime: str) -> None:
    assert extractor_for(mime) is ImageExtractor


def test_image_svg_is_not_taken_for_a_raster() -> None:
    assert extractor_for("image/svg+xml") is not ImageExtractor


@pytest.mark.parametrize("name", ["ocr_test.png", "ocr_test.jpeg", "ocr_test.gif", "ocr_test.bmp", "ocr_test.tif",
                                  "ocr_test.jp2"])
def test_image_every_format_decodes_to_one_page(corpus: Path, tmp_path: Path, no_ocr: None, name: str) -> None:
    result = read_image(corpus / ICIJ / name, tmp_path)
    [page] = result.pages
    assert (page.number, page.width, page.height, page.engine) == (1, 1024, 800, "needs-ocr")
    assert (opened(page.image_path), opened(page.thumb_path)) == (("PNG", (1024, 800)), ("PNG", (200, 156)))
    assert result.metadata["width"] == "1024" and result.metadata["frames"] == "1"


def test_image_webp_and_avif_decode(corpus: Path, tmp_path: Path, no_ocr: None) -> None:
    webp = read_image(corpus / "ingest-fixtures/aleph-ingest-file/regression_webp.webp", tmp_path)
    assert (webp.metadata["format"], webp.pages[0].width, webp.pages[0].height) == ("WEBP", 1350, 282)
    avif = read_image(corpus / "mat2/dirty.avif", tmp_path)
    assert (avif.metadata["format"], avif.metadata["exif_artist"]) == ("AVIF", "jvoisin")


def test_image_multipage_tiff_gives_a_page_per_frame(corpus: Path, tmp_path: Path) -> None:
    result = read_image(corpus / ICIJ / "ocr_test_tiff_multipage.tif", tmp_path)
    assert [p.text for p in result.pages] == ["Multipage\nTIFF\nExample\nPage 1", "Multipage\nTIFF\nExample\nPage 2"]
    assert [p.engine for p in result.pages] == ["tesseract", "tesseract"]
    assert result.metadata["frames"] == "2"
    assert len({p.image_path for p in result.pages}) == 2


def test_image_animated_gif_gives_its_first_frame_only(corpus: Path, tmp_path: Path, no_ocr: None) -> None:
    result = read_image(corpus / "ingest-fixtures/aleph-ingest-file/regression_gif.gif", tmp_path)
    assert (len(result.pages), result.metadata["frames"]) == (1, "8")


def test_image_exif_orientation_is_applied(corpus: Path, tmp_path: Path) -> None:
    # The JPEG is stored upside down with EXIF orientation 3: read and shown upright.
    result = read_image(corpus / "ocr-images/rapidocr-zh/img_exif_orientation.jpg", tmp_path)
    [page] = result.pages
    assert (page.text, page.lang, result.metadata["exif_orientation"]) == ("我是中国人", "zh", "3")
    with Image.open(corpus / "ocr-images/rapidocr-zh/img_exif_orientation.jpg") as original:
        stored = original.convert("L")
    with Image.open(page.image_path) as view:
        shown = view.convert("L")
    # The view is the stored pixels turned half a turn.
    assert shown.size == stored.size
    assert shown.getpixel((10, 10)) == pytest.approx(stored.getpixel((stored.width - 11, stored.height - 11)), abs=8)


def test_image_camera_metadata_and_gps_are_kept(corpus: Path, tmp_path: Path, no_ocr: None) -> None:
    result = read_image(corpus / "ingest-fixtures/apache-tika/testJPEG_GEO.jpg", tmp_path)
    meta = result.metadata
    assert (meta["exif_make"], meta["exif_model"], meta["exif_datetimeoriginal"]) == ("Canon", "Canon EOS 40D",
                                                                                     "2009:08:11 09:09:45")
    assert (meta["gps_latitude"], meta["gps_longitude"]) == ("12.543210", "-54.123400")
    # EXIF text written as UTF-8 by the camera software reads as such, not as Latin-1 mojibake.
    commented = read_image(corpus / "ingest-fixtures/apache-tika/testJPEG_commented.jpg", tmp_path)
    assert commented.metadata["exif_imagedescription"] == "Bird site in north eastern Skåne, Sweden.\n(new line)"


def test_image_large_scan_view_is_shrunk(corpus: Path, tmp_path: Path, no_ocr: None) -> None:
    [page] = read_image(corpus / "ocr-images/tesseract-test-eng/8087_054.3B.tif", tmp_path).pages
    assert (page.width, page.height) == (2560, 3300)
    assert (opened(page.image_path), opened(page.thumb_path)) == (("PNG", (1241, 1600)), ("PNG", (155, 200)))


def test_image_render_pages_off_writes_no_images(corpus: Path, tmp_path: Path, no_ocr: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_RENDER_PAGES", "0")
    [page] = read_image(corpus / ICIJ / "ocr_test.png", tmp_path).pages
    assert (page.image_path, page.thumb_path) == (None, None)
    assert list((tmp_path / "scratch").iterdir()) == []


def test_image_truncated_file_fails_with_a_reason(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes((corpus / ICIJ / "ocr_test.png").read_bytes()[:3000])
    with pytest.raises(DataError) as caught:
        read_image(broken, tmp_path)
    assert str(caught.value).startswith("image cannot be decoded (OSError: ")
    assert str(caught.value).endswith("the file may be damaged or truncated")


def test_image_through_the_archive_stores_page_images(corpus: Path, archive: Archive, tmp_path: Path,
                                                      no_ocr: None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus / ICIJ / "ocr_test.bmp", folder)
    archive.ingest([folder], "c")
    summary = archive.extract()
    assert (summary.done, summary.pages, summary.needs_ocr) == (1, 1, 1)
    [page] = archive.conn.execute("SELECT * FROM pages").fetchall()
    assert opened(archive.blobs.path(page["image_sha256"])) == ("PNG", (1024, 800))
    assert opened(archive.blobs.path(page["thumb_sha256"])) == ("PNG", (200, 156))
    [row] = archive.conn.execute("SELECT extractor, warnings FROM extractions").fetchall()
    assert row["extractor"].startswith("image (Pillow ")
    assert row["warnings"] == '["OCR is turned off (DOSSIER_OCR_ENGINES=none); pages without text stay unread"]'


def test_page_views_of_grey_pages_are_grey_pngs_with_the_same_pixels(tmp_path: Path) -> None:
    from PIL import ImageDraw

    from dossier.extract import render

    grey = Image.new("RGB", (800, 1000), "white")
    ImageDraw.Draw(grey).text((50, 50), "陈全国 2017", fill=(40, 40, 40))
    coloured = grey.copy()
    ImageDraw.Draw(coloured).ellipse((300, 300, 500, 500), outline=(200, 0, 0), width=8)  # a red seal
    for name, image, mode in (("grey", grey, "L"), ("seal", coloured, "RGB")):
        view, thumb = render.save_views(image, tmp_path, name)
        with Image.open(view) as saved:
            assert saved.mode == mode
            assert saved.convert("RGB").tobytes() == image.tobytes()  # lossless either way
        with Image.open(thumb) as small:
            assert small.mode == mode and max(small.size) == render.THUMB_SIDE
