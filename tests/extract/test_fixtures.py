"""Every file in ../shared/corpus/ingest-fixtures is read to text or recorded with a reason (issue 3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier import Archive

FIXTURES = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "ingest-fixtures"

# Expected extract outcome of every fixture file: (status, reason substring or None). With
# OCR off, scans are 'done' with 'needs-ocr' pages; containers are unsupported because their
# members are read as documents of their own.
EXPECTED: dict[str, tuple[str, str | None]] = {
    "aleph-ingest-file/106972554.pdf": ("done", None),
    "aleph-ingest-file/500_pages.7z": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/500_pages.7z.001": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/500_pages.pdf": ("done", None),
    "aleph-ingest-file/7z_password.7z": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/Books_be.mdb": ("unsupported", "no extractor reads application/x-msaccess yet"),
    "aleph-ingest-file/EDRM_Micro_Datasets__EDRM.htm": ("done", None),
    "aleph-ingest-file/INV-IN174074-2016-386.doc": ("done", None),
    "aleph-ingest-file/PAK_adm1.dbf": ("unsupported", "no extractor reads application/x-dbf yet"),
    "aleph-ingest-file/Plan.odt": ("done", None),
    "aleph-ingest-file/Test_rs20846.djvu": ("unsupported", "no extractor reads image/vnd.djvu yet"),
    "aleph-ingest-file/bad7zip.7z": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/badrar.rar": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/badtar.tar": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/badzip.zip": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/countries.csv": ("done", None),
    "aleph-ingest-file/countries_nonutf.csv": ("done", None),
    "aleph-ingest-file/doc.doc": ("done", None),
    "aleph-ingest-file/doc.html": ("done", None),
    "aleph-ingest-file/email_attached_alternative.eml": ("done", None),
    "aleph-ingest-file/email_attached_inline.eml": ("done", None),
    "aleph-ingest-file/email_attached_plaintext.eml": ("done", None),
    "aleph-ingest-file/email_base64.eml": ("done", None),
    "aleph-ingest-file/email_encode_markup.eml": ("done", None),
    "aleph-ingest-file/email_multipart_alternative.eml": ("done", None),
    "aleph-ingest-file/email_multipart_mixed.eml": ("done", None),
    "aleph-ingest-file/email_multipart_nested.eml": ("done", None),
    "aleph-ingest-file/email_strip_markup.eml": ("done", None),
    "aleph-ingest-file/empty.pdf": ("unsupported", "no extractor reads application/x-empty yet"),
    "aleph-ingest-file/empty_5_doc_pages.html": ("done", None),
    "aleph-ingest-file/encypted_by_libreoffice.odt": ("failed", "is password-protected"),
    "aleph-ingest-file/event.ical": ("unsupported", "no extractor reads text/calendar yet"),
    "aleph-ingest-file/example.pdf": ("done", None),
    "aleph-ingest-file/example_2.json": ("done", None),
    "aleph-ingest-file/file.xlsx": ("done", None),
    "aleph-ingest-file/fnf.msg": ("done", None),
    "aleph-ingest-file/full-bmp.txt": ("done", None),
    "aleph-ingest-file/greek.pdf": ("done", None),
    "aleph-ingest-file/hello_world_tiff.tif": ("done", None),
    "aleph-ingest-file/hello_world_word.docx": ("done", None),
    "aleph-ingest-file/image.svg": ("done", None),
    "aleph-ingest-file/jbig2.pdf": ("done", None),
    "aleph-ingest-file/john-doe.vcf": ("unsupported", "no extractor reads text/vcard yet"),
    "aleph-ingest-file/meetup.ics": ("unsupported", "no extractor reads text/calendar yet"),
    "aleph-ingest-file/memo.m4a": ("unsupported", "no extractor reads audio/x-m4a yet"),
    "aleph-ingest-file/multiline_quoted_printable.vcf": ("unsupported", "no extractor reads text/vcard yet"),
    "aleph-ingest-file/multipage_tiff_example.tif": ("done", None),
    "aleph-ingest-file/non_utf.txt": ("done", None),
    "aleph-ingest-file/ofac.json": ("done", None),
    "aleph-ingest-file/password-hunter2.pdf": ("failed", "PDF is encrypted with a password"),
    "aleph-ingest-file/password_protected.xls": ("failed", "is password-protected"),
    "aleph-ingest-file/password_protected.xlsx": ("failed", "is password-protected"),
    "aleph-ingest-file/piste.msg": ("done", None),
    "aleph-ingest-file/plaintext.emlx": ("done", None),
    "aleph-ingest-file/plan.mbox": ("done", None),
    "aleph-ingest-file/rand-1670433101.440986000.odt": ("done", None),
    "aleph-ingest-file/readme.pdf": ("done", None),
    "aleph-ingest-file/regression_gif.gif": ("done", None),
    "aleph-ingest-file/regression_jpg.jpg": ("done", None),
    "aleph-ingest-file/regression_openjpeg.jp2": ("done", None),
    "aleph-ingest-file/regression_tiff.tiff": ("done", None),
    "aleph-ingest-file/regression_webp.webp": ("done", None),
    "aleph-ingest-file/richtext.emlx": ("done", None),
    "aleph-ingest-file/rom.ods": ("done", None),
    "aleph-ingest-file/rom.xls": ("done", None),
    "aleph-ingest-file/secret.txt": ("done", None),
    "aleph-ingest-file/slides.ppt": ("done", None),
    "aleph-ingest-file/some_hand_wirtten_veird_text.jpg": ("done", None),
    "aleph-ingest-file/staff_list.xlsx": ("done", None),
    "aleph-ingest-file/test-documents.rar": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/test-documents.tar": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/test-documents.zip": ("unsupported", "container: its members are documents of their own"),
    "aleph-ingest-file/testPST.pst": ("done", None),
    "aleph-ingest-file/testThunderbirdEml.eml": ("done", None),
    "aleph-ingest-file/testdir/test.txt": ("done", None),
    "aleph-ingest-file/the-dorset-food-menu.pdf": ("done", None),
    "aleph-ingest-file/twopage.pdf": ("done", None),
    "aleph-ingest-file/udhr_ger.pdf": ("done", None),
    "aleph-ingest-file/udhr_ger.txt": ("done", None),
    "aleph-ingest-file/unicode.msg": ("done", None),
    "aleph-ingest-file/utf.txt": ("done", None),
    "apache-tika/EmbeddedDocument.docx": ("done", None),
    "apache-tika/EmbeddedPDF.docx": ("done", None),
    "apache-tika/INDEX.tsv": ("done", None),
    "apache-tika/complex.mbox": ("done", None),
    "apache-tika/droste.zip": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/english.cp500.txt": ("unsupported", "no extractor reads application/octet-stream yet"),
    "apache-tika/footnotes.docx": ("done", None),
    "apache-tika/full_encrypted.7z": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/gbk.zip": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/multi-language.txt": ("done", None),
    "apache-tika/quine.gz": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/quoted.mbox": ("done", None),
    "apache-tika/russian.cp866.txt": ("done", None),
    "apache-tika/single_mail.mbox": ("done", None),
    "apache-tika/test-documents-spanned.zip": ("unsupported", "no extractor reads application/octet-stream yet"),
    "apache-tika/test-documents.7z": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/test-incremental-updates.eml": ("done", None),
    "apache-tika/test-nested-tarball.tar": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/test-outlook2003.msg": ("done", None),
    "apache-tika/test-zip-of-zip.zip": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/test7Z_protected_passTika.7z": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/testAnnotations.pdf": ("done", None),
    "apache-tika/testArabicMisleadingCharset.html": ("done", None),
    "apache-tika/testComment.docx": ("done", None),
    "apache-tika/testComment.pptx": ("done", None),
    "apache-tika/testComment.rtf": ("done", None),
    "apache-tika/testDBF_gb18030.dbf": ("unsupported", "no extractor reads application/x-dbf yet"),
    "apache-tika/testDOCX_Thumbnail.docx": ("done", None),
    "apache-tika/testDetached.p7s": ("unsupported", "no extractor reads application/octet-stream yet"),
    "apache-tika/testEML_embedded_xhtml_and_img.eml": ("done", None),
    "apache-tika/testEPUB.epub": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/testEXCEL_custom_props.xlsx": ("done", None),
    "apache-tika/testEXCEL_hyperlinks.xlsx": ("done", None),
    "apache-tika/testEXCEL_protected_passtika.xlsx": ("failed", "is password-protected"),
    "apache-tika/testEmailWithPNGAtt.eml": ("done", None),
    "apache-tika/testExternalRefs.docx": ("done", None),
    "apache-tika/testGroupWiseEml.eml": ("done", None),
    "apache-tika/testHTMLNoisyMetaEncoding_1.html": ("done", None),
    "apache-tika/testHTML_charset_utf16le.html": ("done", None),
    "apache-tika/testJPEG_EXIF.jpg": ("done", None),
    "apache-tika/testJPEG_GEO.jpg": ("done", None),
    "apache-tika/testJPEG_GEO_2.jpg": ("done", None),
    "apache-tika/testJPEG_commented.jpg": ("done", None),
    "apache-tika/testLotusEml.eml": ("done", None),
    "apache-tika/testMBOX_complex.mbox": ("done", None),
    "apache-tika/testMSG.msg": ("done", None),
    "apache-tika/testMSG_Appointment.msg": ("done", None),
    "apache-tika/testMSG_att_doc.msg": ("done", None),
    "apache-tika/testMSG_att_msg.msg": ("done", None),
    "apache-tika/testMSG_chinese.msg": ("done", None),
    "apache-tika/testMSG_forwarded.msg": ("done", None),
    "apache-tika/testOCR.jpg": ("done", None),
    "apache-tika/testOCR.pdf": ("done", None),
    "apache-tika/testOCR.png": ("done", None),
    "apache-tika/testODTEncrypted.odt": ("failed", "is password-protected"),
    "apache-tika/testODTMacro.odt": ("done", None),
    "apache-tika/testPDF-custommetadata.pdf": ("done", None),
    "apache-tika/testPDF.pdf": ("done", None),
    "apache-tika/testPDFFileEmbInAnnotation.pdf": ("done", None),
    "apache-tika/testPDFPackage.pdf": ("done", None),
    "apache-tika/testPDFTripleLangTitle.pdf": ("done", None),
    "apache-tika/testPDF_JBIG2.pdf": ("done", None),
    "apache-tika/testPDF_PDFEncodedStringInXMP.pdf": ("done", None),
    "apache-tika/testPDF_XFA_govdocs1_258578.pdf": ("done", None),
    "apache-tika/testPDF_acroform3.pdf": ("done", None),
    "apache-tika/testPDF_bookmarks.pdf": ("done", None),
    "apache-tika/testPDF_deeplyEmbeddedAttachments.pdf": ("done", None),
    "apache-tika/testPDF_diffTitles.pdf": ("done", None),
    "apache-tika/testPDF_incrementalUpdates.pdf": ("done", None),
    "apache-tika/testPDF_jsActionOnPage.pdf": ("done", None),
    "apache-tika/testPDF_no_extract_no_accessibility_owner_user.pdf": ("failed", "PDF is encrypted with a password"),
    "apache-tika/testPDF_rotated.pdf": ("done", None),
    "apache-tika/testPDF_sigflags.pdf": ("done", None),
    "apache-tika/testPDF_twoAuthors.pdf": ("done", None),
    "apache-tika/testPKCS7_enveloped_def.p7m": ("unsupported", "no extractor reads application/octet-stream yet"),
    "apache-tika/testPKCS7_signed_data_def.p7m": ("unsupported", "no extractor reads application/octet-stream yet"),
    "apache-tika/testPNG.png": ("done", None),
    "apache-tika/testPPT_custom_props.pptx": ("done", None),
    "apache-tika/testPPT_signed.pptx": ("done", None),
    "apache-tika/testPST_variousBodyTypes.pst": ("done", None),
    "apache-tika/testPassword4Spaces.pdf": ("failed", "PDF is encrypted with a password"),
    "apache-tika/testPhoneNumberExtractor.odt": ("done", None),
    "apache-tika/testRFC822_dkim.eml": ("done", None),
    "apache-tika/testRFC822_multipart_attachments.eml": ("done", None),
    "apache-tika/testRFC822_x-.eml": ("done", None),
    "apache-tika/testRTF-ms932.rtf": ("done", None),
    "apache-tika/testRTFEmbeddedLink.rtf": ("done", None),
    "apache-tika/testRTFJapanese.rtf": ("done", None),
    "apache-tika/testTAR_no_magic.tar": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/testTIFF.tif": ("done", None),
    "apache-tika/testTXTNonASCIIUTF8.txt": ("done", None),
    "apache-tika/testTXT_win-1252.txt": ("done", None),
    "apache-tika/testUnicodePassword.pdf": ("failed", "PDF is encrypted with a password"),
    "apache-tika/testWORD_custom_props.doc": ("done", None),
    "apache-tika/testWORD_custom_props.docx": ("done", None),
    "apache-tika/testWORD_macros.doc": ("done", None),
    "apache-tika/testWORD_multi_authors.docx": ("done", None),
    "apache-tika/testWORD_protected_passtika.docx": ("failed", "is password-protected"),
    "apache-tika/testWORD_signed.docx": ("done", None),
    "apache-tika/testWORD_truncated.docx": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/testXMP.xmp": ("done", None),
    "apache-tika/testZIP_corrupted_oom.zip": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/testZipEncrypted.zip": ("unsupported", "container: its members are documents of their own"),
    "apache-tika/testZipEntryNameCharsetShiftSJIS.zip": ("unsupported", "container: its members are documents of their own"),
    "icij-extract/3rd-level-bug-732.msg": ("done", None),
    "icij-extract/csv_document.csv": ("done", None),
    "icij-extract/embedded_file_bug.eml": ("done", None),
    "icij-extract/embedded_with_duplicate.tgz": ("unsupported", "container: its members are documents of their own"),
    "icij-extract/image_attachment.eml": ("done", None),
    "icij-extract/ocr_embedded.pdf": ("done", None),
    "icij-extract/ocr_embedded_doc.eml": ("done", None),
    "icij-extract/ocr_jbig2_scan.pdf": ("done", None),
    "icij-extract/ocr_simple.tiff": ("done", None),
    "icij-extract/ocr_test.bmp": ("done", None),
    "icij-extract/ocr_test.gif": ("done", None),
    "icij-extract/ocr_test.jp2": ("done", None),
    "icij-extract/ocr_test.jpeg": ("done", None),
    "icij-extract/ocr_test.png": ("done", None),
    "icij-extract/ocr_test.tif": ("done", None),
    "icij-extract/ocr_test_ocr_spacing.png": ("done", None),
    "icij-extract/ocr_test_rotatedplus10.png": ("done", None),
    "icij-extract/ocr_test_tiff_multipage.tif": ("done", None),
    "icij-extract/office_document.doc": ("done", None),
    "icij-extract/pdf_encrypted.pdf": ("failed", "PDF is encrypted with a password"),
    "icij-extract/recursive_embedded.docx": ("done", None),
    "icij-extract/text_doc.rtf": ("done", None),
    "icij-extract/text_plain.txt": ("done", None),
    "icij-extract/text_utf16.txt": ("done", None),
}

# Distinctive text per fixture (relative path, phrase), found by opening each file.
PHRASES = [
    ("aleph-ingest-file/106972554.pdf", "On or around 1 May 2014 394,299.00"),
    ("aleph-ingest-file/500_pages.pdf", "Hello, World!"),
    ("aleph-ingest-file/twopage.pdf", "Page two"),
    ("aleph-ingest-file/udhr_ger.pdf", "Allgemeine Erklärung der Menschenrechte"),
    ("apache-tika/testPDF.pdf", "Apache Tika"),
    ("aleph-ingest-file/hello_world_word.docx", "Hello world, Word!"),
    ("apache-tika/footnotes.docx", "snoska"),
    ("aleph-ingest-file/file.xlsx", "Vlad Țepeș"),
    ("aleph-ingest-file/staff_list.xlsx", "Shedrofsky"),
    ("apache-tika/testComment.pptx", "Here is a comment"),
    ("aleph-ingest-file/Plan.odt", "paint graffiti on all corners of Trump tower"),
    ("aleph-ingest-file/rom.ods", "Tip procedură"),
    ("aleph-ingest-file/doc.doc", "Sample Word Document"),
    ("aleph-ingest-file/rom.xls", "Autoritatea contractantă"),
    ("icij-extract/text_doc.rtf", "RTF Text Document"),
    ("apache-tika/testRTFJapanese.rtf", "ゾルゲの処刑記録"),
    ("aleph-ingest-file/doc.html", "Test web page."),
    ("apache-tika/testArabicMisleadingCharset.html", "اللغة العربية"),
    ("apache-tika/testHTML_charset_utf16le.html", "This is a sample text"),
    ("aleph-ingest-file/non_utf.txt", "Großbritanniens größter Partei"),
    ("apache-tika/russian.cp866.txt", "Однажды, в студеную зимнюю пору"),
    ("icij-extract/text_utf16.txt", "This is a test."),
    ("apache-tika/testTXT_win-1252.txt", "“windows” encoding"),
    ("aleph-ingest-file/countries_nonutf.csv", "Flensburg, Stadt"),
    ("icij-extract/csv_document.csv", "claire.dupont@example.com"),
    ("aleph-ingest-file/email_base64.eml", "Base64 email payload"),
    ("apache-tika/testMSG.msg", "Subject: MIME registry use cases"),
    ("apache-tika/testMSG_chinese.msg", "張毓倫"),
    ("aleph-ingest-file/plaintext.emlx", "Subject: Re: Emlx library"),
    ("aleph-ingest-file/plan.mbox", "Subject: Re: Our friends has a good plan"),
    ("apache-tika/quoted.mbox", "quoted stuff"),
    ("apache-tika/testPST_variousBodyTypes.pst", "FW: original email"),
]

# Distinctive text of container members and attachments: (container, member path, phrase).
MEMBER_PHRASES = [
    ("aleph-ingest-file/test-documents.zip", "testWORD.doc", "This is a sample Microsoft Word Document."),
    ("aleph-ingest-file/test-documents.zip", "testEXCEL.xls", "Sample Excel Worksheet - Numbers and their Squares"),
    ("aleph-ingest-file/test-documents.zip", "testPPT.ppt", "Sample Powerpoint Slide"),
    ("aleph-ingest-file/test-documents.zip", "testOpenOffice2.odt", "written in NeoOffice 2.2.1 for the Mac"),
    ("aleph-ingest-file/test-documents.zip", "testRTF.rtf", "Test d’indexation Word"),
    ("apache-tika/testRFC822_multipart_attachments.eml", "Test TxtB.txt", "This is Test TXTB File for parser"),
    ("apache-tika/testMSG_att_doc.msg", "test-unicode.doc", "euro : € (20AC)"),
]

PAGE_COUNTS = {
    "aleph-ingest-file/twopage.pdf": 2,
    "aleph-ingest-file/500_pages.pdf": 500,
    "aleph-ingest-file/106972554.pdf": 3,
    "aleph-ingest-file/udhr_ger.pdf": 6,
    "aleph-ingest-file/multipage_tiff_example.tif": 10,
    "aleph-ingest-file/file.xlsx": 2,
    "aleph-ingest-file/rom.ods": 3,
    "aleph-ingest-file/rom.xls": 3,
    "aleph-ingest-file/doc.doc": 2,
    "apache-tika/testRTFJapanese.rtf": 2,
}


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """Return an archive holding every ingest fixture, ingested and read with OCR and page images off."""
    # OCR and page rendering are tested elsewhere; off, the whole folder reads in about a minute.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_OCR_ENGINES", "none")
        patch.setenv("DOSSIER_RENDER_PAGES", "0")
        with Archive.init(tmp_path_factory.mktemp("fx") / "archive") as archive:
            archive.ingest([FIXTURES.resolve()], "fx")
            archive.extract()
            yield archive


def top_level(archive: Archive) -> dict[str, tuple[str, str, str | None, int]]:
    """Return relative path -> (document id, extraction status, reason, pages) of each ingested file."""
    rows = archive.conn.execute(
        "SELECT d.id, d.path, e.status, e.reason, e.pages FROM documents d "
        "LEFT JOIN extractions e ON e.doc_id = d.id WHERE d.parent_id IS NULL").fetchall()
    return {r[1].split("ingest-fixtures/", 1)[1]: (r[0], r[2], r[3], r[4]) for r in rows}


def text_of(archive: Archive, doc_id: str) -> str:
    """Return the text of all pages of a document."""
    return "\n".join(r[0] for r in archive.conn.execute(
        "SELECT text FROM pages WHERE doc_id = ? ORDER BY page", (doc_id,)))


def test_fixtures_table_lists_every_file():
    """EXPECTED names exactly the files in the fixtures folder, so a new fixture forces an update."""
    on_disk = {p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*") if p.is_file()}
    assert sorted(on_disk) == sorted(EXPECTED)


def test_fixtures_each_file_ingested_once(fx: Archive):
    """Every fixture file becomes exactly one top-level document."""
    assert sorted(top_level(fx)) == sorted(EXPECTED)


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_fixtures_outcome_matches_table(fx: Archive, rel: str):
    """Each fixture has the expected extraction status and reason."""
    status, reason = EXPECTED[rel]
    _, got_status, got_reason, pages = top_level(fx)[rel]
    assert got_status == status
    if status == "done":
        assert got_reason is None and pages >= 1
    else:
        assert reason in got_reason and pages == 0


def test_fixtures_every_document_has_outcome(fx: Archive):
    """Members and attachments too: each stored document is read (≥1 page) or has a reason."""
    rows = fx.conn.execute(
        "SELECT d.path, d.status, d.reason, e.status, e.reason, e.pages, "
        "(SELECT count(*) FROM pages p WHERE p.doc_id = d.id) FROM documents d "
        "LEFT JOIN extractions e ON e.doc_id = d.id WHERE d.sha256 IS NOT NULL").fetchall()
    assert len(rows) > len(EXPECTED)
    for path, doc_status, _, status, reason, pages, stored_pages in rows:
        assert doc_status in ("stored", "partial"), path
        assert status is not None, f"{path} has no extraction row"
        if status == "done":
            assert pages >= 1 and stored_pages == pages, path
        else:
            assert status in ("failed", "unsupported") and reason, path
    unread = fx.conn.execute("SELECT path, status, reason FROM documents WHERE sha256 IS NULL").fetchall()
    for path, status, reason in unread:
        assert status in ("failed", "skipped") and reason, path


def test_fixtures_attachments_all_stored(fx: Archive):
    """Every attachment an extractor reports is stored, also that of a one-message mbox-style mail."""
    failed = fx.conn.execute(
        "SELECT path, reason FROM documents WHERE reason LIKE 'attachment cannot be read%'").fetchall()
    assert [tuple(r) for r in failed] == []
    parent = top_level(fx)["apache-tika/testEmailWithPNGAtt.eml"][0]
    rows = fx.conn.execute("SELECT path, status, mime FROM documents WHERE parent_id = ?", (parent,)).fetchall()
    assert [tuple(r) for r in rows] == [("testPNG.png", "stored", "image/png")]


@pytest.mark.parametrize(("rel", "phrase"), PHRASES)
def test_fixtures_text_contains_phrase(fx: Archive, rel: str, phrase: str):
    """The extracted text holds a phrase taken from the original file."""
    assert phrase in text_of(fx, top_level(fx)[rel][0])


@pytest.mark.parametrize(("container", "member", "phrase"), MEMBER_PHRASES)
def test_fixtures_member_text_contains_phrase(fx: Archive, container: str, member: str, phrase: str):
    """Container members and attachments are read like files of their own."""
    parent = top_level(fx)[container][0]
    rows = fx.conn.execute("SELECT id FROM documents WHERE parent_id = ? AND path = ?", (parent, member)).fetchall()
    assert len(rows) == 1
    assert phrase in text_of(fx, rows[0][0])


@pytest.mark.parametrize(("rel", "count"), sorted(PAGE_COUNTS.items()))
def test_fixtures_page_count(fx: Archive, rel: str, count: int):
    """Documents with known page (or sheet) counts have exactly that many pages."""
    doc_id, _, _, pages = top_level(fx)[rel]
    assert pages == count
    assert fx.conn.execute("SELECT count(*) FROM pages WHERE doc_id = ?", (doc_id,)).fetchone()[0] == count


def test_fixtures_scans_need_ocr(fx: Archive):
    """With OCR off, a scanned PDF's pages are recorded as needing OCR, with no text."""
    doc_id = top_level(fx)["icij-extract/ocr_embedded.pdf"][0]
    rows = fx.conn.execute("SELECT engine, text FROM pages WHERE doc_id = ? ORDER BY page", (doc_id,)).fetchall()
    assert [tuple(r) for r in rows] == [("needs-ocr", ""), ("needs-ocr", "")]


def test_fixtures_archive_verifies(fx: Archive):
    """After ingesting and reading every fixture, the archive verifies."""
    assert fx.verify().ok
