"""OCR: Chinese by RapidOCR, Uyghur and Latin by Tesseract, orientation and skew, completeness, scanned PDFs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from rapidfuzz.distance import Levenshtein

from bench.common import cer
from bench.ocr import degrade
from bench.ocr import draw_page as chinese_page  # an A4 page at 300 dpi in 10.5 pt type, as printed
from dossier import Archive
from dossier.errors import ConfigError
from dossier.extract.base import Options
from dossier.extract.ocr import OcrConfig, PageReader
from dossier.extract.ocr_image import skew_angle
from dossier.extract.pdf import PdfExtractor

from .images import opened, read_image

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
ARABIC_FONT = Path("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")


def chinese_lines(corpus: Path, count: int, width: int = 40) -> list[str]:
    """Return lines of real Chinese text from the Criminal Law, cut to a page width."""
    text = (corpus / "zh-docs/prc-laws-lawrefbook/criminal_law.md").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.splitlines() if p.strip() and not p.startswith("#")][30:]
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph[i:i + width] for i in range(0, len(paragraph), width)]
    return lines[:count]


def extracted(archive: Archive, folder: Path) -> dict[str, dict[str, Any]]:
    """Ingest a folder, extract it in the real worker pool; return per file name its row, pages and warnings."""
    archive.ingest([folder], "c")
    summary = archive.extract()
    assert summary.failed == 0, summary.problems
    out: dict[str, dict[str, Any]] = {}
    for doc in archive.conn.execute("SELECT d.id, d.path, e.status, e.warnings FROM documents d "
                                    "JOIN extractions e ON e.doc_id = d.id"):
        pages = [dict(p) for p in archive.conn.execute("SELECT * FROM pages WHERE doc_id = ? ORDER BY page",
                                                       (doc["id"],))]
        out[Path(doc["path"]).name] = {"status": doc["status"], "pages": pages,
                                       "warnings": json.loads(doc["warnings"] or "[]")}
    return out


# -- Chinese ---------------------------------------------------------------------------


def test_ocr_rapidocr_reads_the_chinese_test_images(corpus: Path, tmp_path: Path) -> None:
    folder = corpus / "ocr-images/rapidocr-zh"
    expected = json.loads((folder / "expected_text.json").read_text(encoding="utf-8"))

    [page] = read_image(folder / "ch_en_num.jpg", tmp_path).pages
    assert page.engine == "rapidocr" and (page.lang, page.script) == ("zh", "Hans")
    assert page.text.splitlines()[:3] == expected["ch_en_num.jpg"]["first_lines"]

    for name in ("test_without_det.jpg", "img_exif_orientation.jpg", "black_font_color_transparent.png"):
        [page] = read_image(folder / name, tmp_path).pages
        assert (name, page.engine, page.text) == (name, "rapidocr", expected[name]["text"])

    # A single long line in a letterbox: the model's own reference string, within 5% CER.
    [page] = read_image(folder / "test_letterbox_like.jpg", tmp_path).pages
    assert cer(page.text.splitlines()[0], expected["test_letterbox_like.jpg"]["first_line"]) <= 0.05

    # Vertical traditional Chinese reads in columns from right to left; the model's reference
    # (its first column) is the page's leftmost column, so it comes last.
    [page] = read_image(folder / "text_vertical_words.png", tmp_path).pages
    columns = page.text.splitlines()
    assert (len(columns), page.script) == (3, "Hant")
    # The model may give a traditional character its simplified form (參 as 参): two of ten at most.
    assert Levenshtein.distance(columns[2], "".join(expected["text_vertical_words.png"]["first_column_chars"])) <= 2
    assert columns[0].startswith("有") and columns[0].endswith("士師也")


def test_ocr_rendered_chinese_page_clean_and_degraded_in_the_worker_pool(corpus: Path, archive: Archive,
                                                                          tmp_path: Path) -> None:
    lines = chinese_lines(corpus, 8)
    truth = "".join(lines)
    folder = tmp_path / "scans"
    folder.mkdir()
    page = chinese_page(lines)
    page.save(folder / "clean.png", dpi=(300, 300))
    degrade(page, 7).save(folder / "degraded.jpg", quality=95)

    # Full A4 pages at 300 dpi through Archive.extract: the workers' memory limit
    # (DOSSIER_EXTRACT_MEMORY, 3 GiB address space) holds onnxruntime with one thread.
    docs = extracted(archive, folder)
    clean, degraded = docs["clean.png"]["pages"][0], docs["degraded.jpg"]["pages"][0]
    assert (clean["engine"], clean["lang"], degraded["engine"], degraded["lang"]) == ("rapidocr", "zh",
                                                                                     "rapidocr", "zh")
    # Measured: 0% on the clean page, 0.3% on the degraded one (one character in 320).
    assert cer(clean["text"], truth) <= 0.01
    assert cer(degraded["text"], truth) <= 0.03
    assert docs["clean.png"]["warnings"] == docs["degraded.jpg"]["warnings"] == []
    # One box per Han character, in the page's pixels, with a confidence.
    words = json.loads(clean["words"])
    first = next(w for w in words if w[4] == lines[0][0])
    assert 226 <= first[0] <= 246 and 226 <= first[1] <= 300 and 0.5 <= first[5] <= 1.0
    assert sum(1 for w in words if len(w[4]) == 1) >= 0.95 * len(truth)


def test_ocr_unreadable_line_is_reported_not_dropped_silently(tmp_path: Path) -> None:
    page = Image.new("L", (1400, 330), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(CJK_FONT), 44)
    draw.text((60, 50), "中华人民共和国刑法第一条规定", font=font, fill=0)
    draw.text((60, 140), "대한민국 헌법 제일조 모든 권력은 국민으로부터", font=font, fill=0)  # neither engine reads Hangul
    draw.text((60, 230), "为了惩罚犯罪，保护人民，根据宪法", font=font, fill=0)
    reader = PageReader(tmp_path)
    read = reader.read(page, 4)
    assert read is not None
    assert (read.engine, read.text) == ("rapidocr", "中华人民共和国刑法第一条规定\n\n为了惩罚犯罪，保护人民，根据宪法")
    assert reader.warnings == ["page 4: 1 of 3 text lines could not be read by OCR; the page's text is "
                               "incomplete, check its image"]


# -- Uyghur and Latin ------------------------------------------------------------------


def test_ocr_uyghur_lines_are_read_by_tesseract_uig(corpus: Path, tmp_path: Path) -> None:
    sentences = (corpus / "uyghur/ud-uyghur-udt/ug_udt_test_sentences.txt").read_text(encoding="utf-8")
    lines = [s.strip() for s in sentences.splitlines() if 30 <= len(s.strip()) <= 45][:2]
    page = Image.new("L", (1800, 340), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(ARABIC_FONT), 48)
    for number, line in enumerate(lines):  # shaped right to left by libraqm
        draw.text((1700, 60 + 110 * number), line, font=font, fill=0, anchor="ra", direction="rtl", language="ug")
    path = tmp_path / "uyghur.png"
    page.save(path)
    [read] = read_image(path, tmp_path).pages
    assert (read.engine, read.lang, read.script) == ("tesseract", "ug", "Arab")
    # Measured 3.1%: Tesseract reads the Arabic comma (،) as a full stop.
    assert cer(read.text, "".join(lines)) <= 0.05


def test_ocr_persian_line_goes_to_tesseract_not_the_chinese_model(corpus: Path, tmp_path: Path) -> None:
    [page] = read_image(corpus / "ocr-images/rapidocr-zh/arabic.png", tmp_path).pages
    assert page.engine == "tesseract" and page.script == "Arab"
    assert cer(page.text, "امروز هوا خوبه") <= 0.1


def test_ocr_english_scan_matches_ground_truth(corpus: Path, tmp_path: Path) -> None:
    folder = corpus / "ocr-images/tesseract-test-eng"
    truth = (folder / "phototest.gold.txt").read_text()
    [page] = read_image(folder / "phototest.tif", tmp_path).pages
    assert (page.engine, page.lang, page.script) == ("tesseract", "en", "Latn")
    assert cer(page.text, truth) <= 0.01
    # Word boxes in pixels of the 640x480 scan: "This" starts the first line at the left margin.
    assert page.words[0][4] == "This" and 30 <= page.words[0][0] <= 45 and 85 <= page.words[0][1] <= 100


@pytest.mark.parametrize("name", ["phototest-rotated-L.png", "phototest-rotated-180.png"])
def test_ocr_turned_page_comes_out_upright(corpus: Path, tmp_path: Path, name: str) -> None:
    folder = corpus / "ocr-images/tesseract-test-eng"
    [page] = read_image(folder / name, tmp_path).pages
    assert cer(page.text, (folder / "phototest.gold.txt").read_text()) <= 0.02
    # Boxes map back to the turned original: "This" lies where the first line is on it.
    this = page.words[0]
    assert this[4] == "This"
    if name.endswith("-L.png"):  # turned a quarter left: the first line runs up the left edge
        assert this[0] < 130 and this[1] > 480
    else:  # upside down: it runs along the bottom, right to left
        assert this[0] > 500 and this[1] > 350


def test_ocr_skewed_scan_is_deskewed(corpus: Path, tmp_path: Path) -> None:
    path = corpus / "ingest-fixtures/icij-extract/ocr_test_rotatedplus10.png"
    with Image.open(path) as scan:
        image = scan.convert("L")
    assert skew_angle(np.asarray(image)) == pytest.approx(10.0, abs=0.3)
    [page] = read_image(path, tmp_path).pages
    first = page.text.splitlines()[0]
    assert cer(first, "Its had resolving otherwise she contented therefore. Afford relied warmth out sir") <= 0.03
    assert "Dissimilar comparison no terminated devonshire no literature on." in page.text


# -- PDFs ------------------------------------------------------------------------------


def test_ocr_scanned_pdfs_get_text_in_the_worker_pool(corpus: Path, archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name in ("icij-extract/ocr_embedded.pdf", "icij-extract/ocr_jbig2_scan.pdf", "apache-tika/testOCR.pdf"):
        shutil.copy(corpus / "ingest-fixtures" / name, folder)
    docs = extracted(archive, folder)
    texts = {name: [p["text"] for p in doc["pages"]] for name, doc in docs.items()}
    assert texts["ocr_embedded.pdf"] == ["HEAVY\nMETAL", "HEAVY\nMETAL"]
    assert texts["testOCR.pdf"] == ["Happy New Year 2003!"]
    jbig2 = texts["ocr_jbig2_scan.pdf"]
    assert jbig2[0].startswith("Lorem ipsum dolor sit amet\nconsectetur adipiscing elit.")
    assert "The quick brown fox jumps over\nthe lazy dog. 1234567890" in jbig2[1]
    for name, doc in docs.items():
        for page in doc["pages"]:
            assert page["engine"] in ("rapidocr", "tesseract"), name
            assert page["image_sha256"] and page["thumb_sha256"]
            # Boxes are in PDF points, inside the page.
            for x0, y0, x1, y1, _, conf in json.loads(page["words"]):
                assert 0 <= x0 < x1 <= page["width"] and 0 <= y0 < y1 <= page["height"] and 0 <= conf <= 1
    assert docs["testOCR.pdf"]["pages"][0]["engine"] == "tesseract"  # Latin text
    happy = json.loads(docs["testOCR.pdf"]["pages"][0]["words"])
    assert [w[4] for w in happy] == ["Happy", "New", "Year", "2003!"]
    first = docs["testOCR.pdf"]["pages"][0]
    assert opened(archive.blobs.path(first["image_sha256"])) == ("PNG", (1600, 1236))
    assert opened(archive.blobs.path(first["thumb_sha256"])) == ("PNG", (200, 155))


def test_ocr_pdf_with_an_ocr_layer_is_not_read_again(corpus: Path, tmp_path: Path) -> None:
    # Tesseract's own PDF output: the scan as an image under an invisible text layer.
    scan = corpus / "ocr-images/tesseract-test-eng/phototest.tif"
    subprocess.run(["tesseract", str(scan), str(tmp_path / "layered"), "-l", "eng", "pdf"], check=True,
                   capture_output=True, timeout=120)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    result = PdfExtractor().extract(tmp_path / "layered.pdf", "application/pdf", Options(tmp=str(scratch)))
    [page] = result.pages
    assert (page.engine, page.words, result.warnings) == ("text-layer", None, [])
    # The layer's text, once: four lazy foxes as on the scan, not eight.
    assert page.text.count("lazy fox") == 4
    assert cer(page.text, (scan.parent / "phototest.gold.txt").read_text()) <= 0.01
    # The page is 640x480 pixels at 200 dpi, 230x173 pt: its view is drawn at 300 dpi.
    assert opened(page.image_path) == ("PNG", (960, 721))


def test_ocr_pdf_text_layer_page_is_rendered_but_not_ocred(corpus: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    result = PdfExtractor().extract(corpus / "ingest-fixtures/aleph-ingest-file/readme.pdf", "application/pdf",
                                    Options(tmp=str(scratch)))
    assert {p.engine for p in result.pages} == {"text-layer"}
    assert result.pages[0].text.startswith("Welcome to Ingestors’s documentation!")
    assert all(Path(p.image_path).is_file() and Path(p.thumb_path).is_file() for p in result.pages)


# -- configuration ---------------------------------------------------------------------


def test_ocr_missing_language_pack_is_a_clear_warning(corpus: Path, archive: Archive, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # 'deu' is a real Tesseract pack that scripts/install does not install.
    assert not Path("/usr/share/tesseract-ocr/5/tessdata/deu.traineddata").exists()
    monkeypatch.setenv("DOSSIER_OCR_ENGINES", "tesseract")
    monkeypatch.setenv("DOSSIER_OCR_LANGS", "deu")
    monkeypatch.setenv("DOSSIER_RENDER_PAGES", "0")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus / "ingest-fixtures/apache-tika/testOCR.pdf", folder)
    doc = extracted(archive, folder)["testOCR.pdf"]
    [page] = doc["pages"]
    assert (doc["status"], page["engine"], page["text"], page["image_sha256"]) == ("done", "needs-ocr", "", None)
    assert doc["warnings"] == [
        "Tesseract language pack 'deu' is not installed; install the Debian package tesseract-ocr-deu",
        "no OCR engine is available; pages without a text layer stay unread (needs-ocr)",
    ]


def test_ocr_reads_with_the_packs_that_are_installed(corpus: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_OCR_ENGINES", "tesseract")
    monkeypatch.setenv("DOSSIER_OCR_LANGS", "eng,deu")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    result = PdfExtractor().extract(corpus / "ingest-fixtures/apache-tika/testOCR.pdf", "application/pdf",
                                    Options(tmp=str(scratch)))
    assert [(p.engine, p.text) for p in result.pages] == [("tesseract", "Happy New Year 2003!")]
    assert result.warnings == ["Tesseract language pack 'deu' is not installed; install the Debian package "
                               "tesseract-ocr-deu"]


def test_ocr_engines_setting_names_the_bad_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_OCR_ENGINES", "rapidocr,abbyy")
    with pytest.raises(ConfigError) as caught:
        OcrConfig.from_settings()
    assert str(caught.value) == ("DOSSIER_OCR_ENGINES has value 'rapidocr,abbyy'; expected a comma-separated "
                                 "list of rapidocr, tesseract, or none")
    monkeypatch.delenv("DOSSIER_OCR_ENGINES")
    monkeypatch.setenv("DOSSIER_OCR_LANGS", "chi sim")
    with pytest.raises(ConfigError, match="DOSSIER_OCR_LANGS has value 'chi sim'"):
        OcrConfig.from_settings()


def test_ocr_turned_off_leaves_pages_unread(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_OCR_ENGINES", "none")
    result = read_image(corpus / "ocr-images/rapidocr-zh/text_rec.jpg", tmp_path)
    assert [(p.engine, p.text) for p in result.pages] == [("needs-ocr", "")]
    assert result.warnings == ["OCR is turned off (DOSSIER_OCR_ENGINES=none); pages without text stay unread"]
