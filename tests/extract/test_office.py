"""Office documents: OOXML and ODF read directly, legacy formats and RTF through LibreOffice, hostile XML refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from dossier import Archive
from dossier.errors import DataError
from dossier.extract.base import Options
from dossier.extract.legacy import LegacyOfficeExtractor
from dossier.extract.odf import OdfExtractor
from dossier.extract.office import EncryptedOfficeExtractor, OoxmlExtractor
from dossier.extract.registry import extractor_for

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
ENCRYPTED_OOXML = ("document is password-protected (an encrypted Office 2007+ file: Word, Excel or PowerPoint); "
                   "the original is preserved, but its text cannot be read without the password")
ENCRYPTED_ODF = ("document is password-protected (an encrypted OpenDocument file); the original is preserved, "
                 "but its text cannot be read without the password")
DTD_REFUSED = ("part word/document.xml declares a DTD, which Office and LibreOffice never write and which carries "
               "entity attacks (billion laughs, external files); refused unread; the original is preserved")
PASSWD = Path("/etc/passwd").read_text().splitlines()[0]  # e.g. root:x:0:0:root:/root:/bin/bash

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [\n <!ENTITY lol "lol">\n'
                  + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                            for i in range(1, 10))
                  + "]>\n")
EXTERNAL_ENTITY = '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def read(path: Path, mime: str, tmp_path: Path, **options: object) -> object:
    """Run the extractor the registry picks for this MIME type on a file, as a worker would."""
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    extractor = extractor_for(mime)
    assert extractor is not None, mime
    return extractor().extract(path, mime, Options(tmp=str(scratch), **options))  # type: ignore[arg-type]


def write_zip(path: Path, parts: dict[str, str | bytes]) -> Path:
    """Write a zip with these members, in this order (libmagic reads the first names to tell OOXML apart)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            compress = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zf.writestr(name, data, compress_type=compress)
    return path


def docx(path: Path, body: str, prolog: str = '<?xml version="1.0" encoding="UTF-8"?>\n',
         extra: dict[str, str] | None = None, rels: str = "") -> Path:
    """Write a minimal Word document whose body is the given WordprocessingML."""
    return write_zip(path, {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                               'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                               'officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                       'Target="word/document.xml"/></Relationships>',
        "word/document.xml": f"{prolog}<w:document {W_NS} {R_NS} {MC_NS}><w:body>{body}</w:body></w:document>",
        "word/_rels/document.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
                                        f'.org/package/2006/relationships">{rels}</Relationships>',
        **(extra or {}),
    })


def extract_one(archive: Archive, path: Path) -> list[dict]:
    """Ingest and extract one file through the real pipeline; return its extraction row, pages and metadata."""
    archive.ingest([path], "c")
    archive.extract(collection="c")
    row = archive.conn.execute(
        "SELECT d.id, d.mime, e.status, e.reason, e.pages FROM documents d JOIN extractions e ON e.doc_id = d.id"
        " WHERE d.parent_id IS NULL AND d.path LIKE ?", (f"%{path.name}",)).fetchone()
    pages = [r["text"] for r in archive.conn.execute("SELECT text FROM pages WHERE doc_id = ? ORDER BY page",
                                                      (row["id"],))]
    meta = dict(archive.conn.execute("SELECT key, value FROM doc_metadata WHERE doc_id = ?", (row["id"],)).fetchall())
    return [dict(row), pages, meta]


# -- Word --------------------------------------------------------------------------------------------------

REPORTS = "zh-docs/provincial-work-reports-2025-docx"
# Each report's author (docProps/core.xml dc:creator) as the file carries it.
AUTHORS = {
    "anhui": "Qianyi Li", "beijing": "jianye", "chongqing": "ZSY", "fujian": "jianye", "gansu": "ZSY",
    "guangdong": "jianye", "guangxi": "dell", "guizhou": "ZSY", "hainan": "jianye", "hebei": "Qianyi Li",
    "heilongjiang": "ZSY", "henan": "Qianyi Li", "hubei": "jianye", "hunan": "Qianyi Li",
    "inner_mongolia": "jianye", "jiangsu": "Qianyi Li", "jiangxi": "Qianyi Li", "jilin": "dell",
    "liaoning": "jianye", "ningxia": "ZSY", "qinghai": "ZSY", "shaanxi": "dell", "shandong": "Qianyi Li",
    "shanghai": "jianye", "shanxi": "Qianyi Li", "sichuan": "ZSY", "tianjin": "Qianyi Li", "tibet": "ZSY",
    "xinjiang": "ZSY", "yunnan": "dell", "zhejiang": "Qianyi Li",
}
# The place name each report's title carries (the file names are romanised).
PLACES = {
    "anhui": "安徽省", "beijing": "北京市", "chongqing": "重庆市", "fujian": "福建省", "gansu": "甘肃省",
    "guangdong": "广东省", "guangxi": "广西", "guizhou": "贵州省", "hainan": "海南省", "hebei": "河北省",
    "heilongjiang": "黑龙江省", "henan": "河南省", "hubei": "湖北省", "hunan": "湖南省",
    "inner_mongolia": "内蒙古自治区", "jiangsu": "江苏省", "jiangxi": "江西省", "jilin": "吉林省",
    "liaoning": "辽宁省", "ningxia": "宁夏", "qinghai": "青海省", "shaanxi": "陕西省", "shandong": "山东省",
    "shanghai": "上海市", "shanxi": "山西省", "sichuan": "四川省", "tianjin": "天津市", "tibet": "西藏",
    "xinjiang": "新疆", "yunnan": "云南省", "zhejiang": "浙江省",
}


def test_ooxml_docx_provincial_reports_text_author_and_pages(corpus: Path, tmp_path: Path) -> None:
    files = sorted((corpus / REPORTS).glob("*.docx"))
    assert len(files) == 31
    for path in files:
        province = path.stem.removeprefix("gov_work_report_2025_")
        result = read(path, DOCX, tmp_path)
        first = result.pages[0]
        assert first.text.startswith(f"2025年{PLACES[province]}政府工作报告\n"), province
        assert (first.lang, first.script, first.engine) == ("zh", "Hans", "text-layer"), province
        assert result.metadata["author"] == AUTHORS[province], province
        if AUTHORS[province] == "Qianyi Li":
            # Saved by Word with its layout: the pages are Word's own, as many as docProps/app.xml says.
            assert len(result.pages) == int(result.metadata["page_count"]) > 15, province
        else:
            assert len(result.pages) == 1, province
        assert result.attachments == [] and result.warnings == [], province


def test_ooxml_docx_anhui_report_pages_match_word_layout(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / REPORTS / "gov_work_report_2025_anhui.docx", DOCX, tmp_path)
    assert len(result.pages) == 33
    assert [p.number for p in result.pages] == list(range(1, 34))
    assert result.metadata["page_count"] == "33"
    assert (result.metadata["created"], result.metadata["modified"]) == ("2025-02-05T03:31:00Z", "2025-02-05T06:09:00Z")
    assert (result.metadata["creator"], result.metadata["editing_minutes"]) == ("Microsoft Office Word 16.0000", "155")
    assert "来源：省政府政策研究室" in result.pages[0].text
    assert result.pages[-1].text.endswith("奋力谱写中国式现代化安徽篇章！")
    assert all(p.text.strip() for p in result.pages)


def test_ooxml_docx_xinjiang_report_through_pipeline(corpus: Path, archive: Archive) -> None:
    row, pages, meta = extract_one(archive, corpus / REPORTS / "gov_work_report_2025_xinjiang.docx")
    assert (row["mime"], row["status"], row["reason"], row["pages"]) == (DOCX, "done", None, 1)
    assert pages[0].startswith("2025年新疆政府工作报告\n来源：新疆日报\n")
    assert "以优异的成绩迎接新疆维吾尔自治区成立70周年!" in pages[0]
    assert meta["author"] == "ZSY"
    assert meta["page_count"] == "31"  # Word's count; the file keeps no page layout, so the text is one page
    lang = archive.conn.execute("SELECT lang, script, engine FROM pages WHERE doc_id = ?", (row["id"],)).fetchone()
    assert tuple(lang) == ("zh", "Hans", "text-layer")


def test_ooxml_docx_footnotes_and_comments_follow_their_page(corpus: Path, tmp_path: Path) -> None:
    notes = read(corpus / "ingest-fixtures/apache-tika/footnotes.docx", DOCX, tmp_path)
    assert notes.pages[0].text == "Eto ochen prostoy text so snoskoy\n\n[footnote 1] snoska"
    comment = read(corpus / "ingest-fixtures/apache-tika/testComment.docx", DOCX, tmp_path)
    assert comment.pages[0].text == "Here is some text.\n\n[comment by Michael McCandless] Here is a comment"


def test_ooxml_docx_tracked_changes_keep_deleted_text_once(corpus: Path, tmp_path: Path) -> None:
    revision = read(corpus / "mat2/revision.docx", DOCX, tmp_path).pages[0].text
    assert revision.startswith("This is a modified text. You should only see this one and nothing else.\n\n")
    assert revision.endswith("This is an other text that we should keep.\n\n"
                             "[deleted text] I'm a text document : please love me.")
    moved = read(corpus / "mat2/revision_move.docx", DOCX, tmp_path).pages[0].text
    assert moved.count("The budget figures are confidential.") == 1


def test_ooxml_docx_metadata_core_app_and_custom(corpus: Path, tmp_path: Path) -> None:
    meta = read(corpus / "ingest-fixtures/apache-tika/testWORD_custom_props.docx", DOCX, tmp_path).metadata
    assert meta == {
        "title": "My Title", "subject": "My subject", "author": "EJ04325S", "keywords": "My Keyword",
        "description": "My Comments", "last_modified_by": "Etienne Jouvin", "revision": "5",
        "created": "2011-07-29T16:52:00Z", "modified": "2012-01-03T22:14:00Z", "template": "Normal.dotm",
        "editing_minutes": "2", "page_count": "1", "company": "EDF-DIT", "creator": "Microsoft Office Word 14.0000",
        "custom:mycustomdate": "2010-12-30T23:00:00Z", "custom:mycustomstring": "MyStringValue",
        "custom:mycustomseconddate": "2010-12-29T22:00:00Z", "custom:mycustomnumber": "3",
        "custom:mycustomboolean": "true",
    }
    multi = read(corpus / "ingest-fixtures/apache-tika/testWORD_multi_authors.docx", DOCX, tmp_path).metadata
    assert multi["author"] == "Allison, Timothy B.;author2;author3"
    assert multi["custom:checked by"] == "metadata_checked_by"


def test_ooxml_docx_page_breaks_tables_headers_and_text_boxes(tmp_path: Path) -> None:
    body = (
        '<w:p><w:r><w:t>First page</w:t></w:r><w:r><w:tab/><w:t>tabbed</w:t></w:r></w:p>'
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Role</w:t></w:r></w:p>'
        '</w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Li</w:t></w:r></w:p><w:p><w:r><w:t>Wei</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Officer</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        '<w:p><w:r><w:br w:type="page"/><w:t>Second page</w:t></w:r></w:p>'
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r>'
        '<w:t>Boxed note</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<w:txbxContent><w:p><w:r><w:t>Boxed note</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r></w:p>'
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "http://x"</w:instrText>'
        '</w:r><w:r><w:t>linked</w:t></w:r></w:p>'
    )
    header = f'<?xml version="1.0"?><w:hdr {W_NS}><w:p><w:r><w:t>CONFIDENTIAL</w:t></w:r></w:p></w:hdr>'
    footer = f'<?xml version="1.0"?><w:ftr {W_NS}><w:p><w:r><w:t>7</w:t></w:r></w:p></w:ftr>'
    rels = (f'<Relationship Id="rId7" Type="{REL}/header" Target="header1.xml"/>'
            f'<Relationship Id="rId8" Type="{REL}/footer" Target="footer1.xml"/>')
    path = docx(tmp_path / "layout.docx", body, extra={"word/header1.xml": header, "word/footer1.xml": footer},
                rels=rels)
    result = read(path, DOCX, tmp_path)
    assert [p.text for p in result.pages] == [
        "First page\ttabbed\nName\tRole\nLi Wei\tOfficer\n\n[header] CONFIDENTIAL",
        "Second page\nBoxed note\n\nlinked",
    ]
    assert result.metadata == {"page_count": "2"}


def test_ooxml_docx_billion_laughs_refused_unexpanded(tmp_path: Path) -> None:
    body = "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
    path = docx(tmp_path / "laughs.docx", body, prolog=BILLION_LAUGHS)
    with pytest.raises(DataError) as caught:
        read(path, DOCX, tmp_path)
    assert str(caught.value) == DTD_REFUSED


def test_ooxml_docx_external_entity_never_reads_the_file(corpus: Path, archive: Archive, tmp_path: Path) -> None:
    body = "<w:p><w:r><w:t>before &xxe; after</w:t></w:r></w:p>"
    path = docx(tmp_path / "xxe.docx", body, prolog=EXTERNAL_ENTITY)
    with pytest.raises(DataError) as caught:
        read(path, DOCX, tmp_path)
    assert str(caught.value) == DTD_REFUSED
    row, pages, meta = extract_one(archive, path)
    assert (row["mime"], row["status"], row["reason"], pages) == (DOCX, "failed", DTD_REFUSED, [])
    every_text = archive.conn.execute("SELECT group_concat(text, '') FROM pages").fetchone()[0] or ""
    assert PASSWD not in every_text and "root:" not in every_text


def test_ooxml_docx_external_entity_in_properties_refused(tmp_path: Path) -> None:
    core = (EXTERNAL_ENTITY.replace("w:document", "cp:coreProperties")
            + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
              ' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&xxe;</dc:title></cp:coreProperties>')
    path = docx(tmp_path / "props.docx", "<w:p><w:r><w:t>body</w:t></w:r></w:p>", extra={"docProps/core.xml": core})
    with pytest.raises(DataError, match=r"^part docProps/core.xml declares a DTD"):
        read(path, DOCX, tmp_path)


def test_ooxml_docx_embedded_pdf_and_package_become_child_documents(corpus: Path, archive: Archive) -> None:
    archive.ingest([corpus / "ingest-fixtures/apache-tika/EmbeddedPDF.docx",
                    corpus / "ingest-fixtures/icij-extract/recursive_embedded.docx"], "c")
    summary = archive.extract(collection="c")
    assert summary.failed == 0
    children = {r["path"]: (r["mime"], r["depth"], r["parent"]) for r in archive.conn.execute(
        "SELECT d.path, d.mime, d.depth, p.path AS parent FROM documents d JOIN documents p ON p.id = d.parent_id")}
    assert children["word/embeddings/oleObject1.bin/CONTENTS.pdf"] == ("application/pdf", 1, "EmbeddedPDF.docx")
    assert children["word/embeddings/oleObject1.bin/embed1.zip"] == ("application/zip", 1,
                                                                     "recursive_embedded.docx")
    assert children["embed4.txt"][1] == 5  # zip in zip in zip in zip inside the Word file, all unpacked
    text = archive.conn.execute(
        "SELECT p.text FROM pages p JOIN documents d ON d.id = p.doc_id WHERE d.path = ?",
        ("word/embeddings/oleObject1.bin/CONTENTS.pdf",)).fetchone()[0]
    assert text == "This is a 2010 Word Document embedded as an icon and saved as a pdf."


def test_ooxml_docx_embedded_worksheet_kept_as_is(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / "ingest-fixtures/apache-tika/EmbeddedDocument.docx", DOCX, tmp_path)
    assert result.pages[0].text == "Let me see what happens if I insert a worksheet."
    [attachment] = result.attachments
    assert attachment.name == "word/embeddings/Microsoft_Office_Excel_97-2003_Worksheet1.bin"
    data = Path(attachment.path).read_bytes()
    assert data == zipfile.ZipFile(corpus / "ingest-fixtures/apache-tika/EmbeddedDocument.docx").read(
        attachment.name)
    assert Path(attachment.path).parent == tmp_path / "scratch"


# -- Excel -------------------------------------------------------------------------------------------------


def test_ooxml_xlsx_one_page_per_sheet_as_tab_separated_rows(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / "ingest-fixtures/aleph-ingest-file/staff_list.xlsx", XLSX, tmp_path)
    rows = "first_name\tlast_name\tcompany\nKarina\tShedrofsky\tOCCRP\nJan\tStrozyk\tOCCRP\nEric\tBarrett\tOCCRP"
    assert [p.text for p in result.pages] == [f"[sheet: list_0{n}]\n{rows}" for n in (1, 2, 3)]
    assert {k: result.metadata[k] for k in ("title", "subject", "keywords", "custom:author", "page_count")} == {
        "title": "Lists of Company Employees", "subject": "a list of employees", "keywords": "employees staff",
        "custom:author": "Eric Barrett", "page_count": "3"}
    assert result.metadata["creator"].startswith("LibreOffice/24.8.2.1")


def test_ooxml_xlsx_text_cap_is_a_warning(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / "ingest-fixtures/aleph-ingest-file/staff_list.xlsx", XLSX, tmp_path, max_text_chars=40)
    assert [p.text for p in result.pages] == ["[sheet: list_01]\nfirst_name\tlast_name\tcompany\n"
                                              "Karina\tShedrofsky\tOCCRP", "[sheet: list_02]", "[sheet: list_03]"]
    assert result.warnings == ["sheet 'list_01': stopped at 6 cells and 53 characters (caps: 2,000,000 cells, "
                               "40 characters); the rest of the workbook is not indexed"]


def test_ooxml_xlsx_entities_in_a_sheet_refused(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "placeholder"
    clean = tmp_path / "clean.xlsx"
    book.save(clean)
    for name, prolog in (("laughs.xlsx", BILLION_LAUGHS), ("xxe.xlsx", EXTERNAL_ENTITY)):
        with zipfile.ZipFile(clean) as source:
            parts = {n: source.read(n) for n in source.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        sheet = sheet[sheet.index("<worksheet"):].replace(">placeholder<", ">&xxe;&lol9;<")
        sheet = sheet.replace('t="s"', 't="inlineStr"').replace("<v>0</v>", "<is><t>&xxe;</t></is>")
        parts["xl/worksheets/sheet1.xml"] = (prolog.replace("w:document", "worksheet") + sheet).encode()
        path = write_zip(tmp_path / name, parts)
        with pytest.raises(DataError) as caught:
            read(path, XLSX, tmp_path)
        assert str(caught.value) == DTD_REFUSED.replace("word/document.xml", "xl/worksheets/sheet1.xml")


def test_ooxml_encrypted_files_fail_with_a_clear_reason(corpus: Path, archive: Archive) -> None:
    names = ["aleph-ingest-file/password_protected.xlsx", "apache-tika/testEXCEL_protected_passtika.xlsx",
             "apache-tika/testWORD_protected_passtika.docx"]
    archive.ingest([corpus / "ingest-fixtures" / n for n in names], "c")
    summary = archive.extract(collection="c")
    assert (summary.failed, summary.done) == (3, 0)
    rows = archive.conn.execute("SELECT d.mime, e.status, e.reason, e.extractor FROM documents d "
                                "JOIN extractions e ON e.doc_id = d.id").fetchall()
    assert [tuple(r) for r in rows] == [("application/encrypted", "failed", ENCRYPTED_OOXML, "encrypted-office")] * 3
    assert EncryptedOfficeExtractor.accepts("application/encrypted")


# -- PowerPoint --------------------------------------------------------------------------------------------


def pptx(path: Path, slides: list[str], notes: str) -> Path:
    """Write a minimal presentation: one slide per text, the first with speaker notes."""
    p_ns = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    a_ns = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    rels_ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'

    def shape(text: str) -> str:
        return (f'<p:sp><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r><a:br/><a:r><a:t>line two</a:t></a:r></a:p>'
                '</p:txBody></p:sp>')

    parts: dict[str, str] = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-'
                               'officedocument.presentationml.presentation.main+xml"/></Types>',
        "_rels/.rels": f'<Relationships {rels_ns}><Relationship Id="rId1" Type="{REL}/officeDocument" '
                       'Target="ppt/presentation.xml"/></Relationships>',
        # Slide order comes from sldIdLst, not from file names: slide2.xml is shown first.
        "ppt/presentation.xml": f'<p:presentation {p_ns} {R_NS}><p:sldIdLst>'
                                + "".join(f'<p:sldId id="{256 + i}" r:id="rId{len(slides) - i}"/>'
                                          for i in range(len(slides)))
                                + "</p:sldIdLst></p:presentation>",
        "ppt/_rels/presentation.xml.rels": f"<Relationships {rels_ns}>"
                                           + "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/slide" '
                                                     f'Target="slides/slide{i + 1}.xml"/>' for i in range(len(slides)))
                                           + "</Relationships>",
    }
    for i, text in enumerate(reversed(slides), start=1):
        parts[f"ppt/slides/slide{i}.xml"] = f'<p:sld {p_ns} {a_ns}><p:cSld><p:spTree>{shape(text)}</p:spTree>' \
                                            '</p:cSld></p:sld>'
    last = len(slides)
    parts[f"ppt/slides/_rels/slide{last}.xml.rels"] = (
        f'<Relationships {rels_ns}><Relationship Id="rId2" Type="{REL}/notesSlide" '
        'Target="../notesSlides/notesSlide1.xml"/></Relationships>')
    parts["ppt/notesSlides/notesSlide1.xml"] = (
        f'<p:notes {p_ns} {a_ns}><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type="body"/></p:nvPr></p:nvSpPr>'
        f'<p:txBody><a:p><a:r><a:t>{notes}</a:t></a:r></a:p></p:txBody></p:sp><p:sp><p:nvSpPr><p:nvPr>'
        '<p:ph type="sldNum"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>1</a:t></a:r></a:p></p:txBody></p:sp>'
        "</p:spTree></p:cSld></p:notes>")
    return write_zip(path, parts)


def test_ooxml_pptx_one_page_per_slide_in_show_order_with_notes(tmp_path: Path) -> None:
    path = pptx(tmp_path / "deck.pptx", ["Opening", "Findings", "Next steps"], "say this aloud")
    result = read(path, PPTX, tmp_path)
    assert [p.text for p in result.pages] == ["Opening\nline two\n\n[notes] say this aloud",
                                              "Findings\nline two", "Next steps\nline two"]
    assert result.metadata == {"page_count": "3"}


def test_ooxml_pptx_comments_and_properties(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / "ingest-fixtures/apache-tika/testComment.pptx", PPTX, tmp_path)
    assert [p.text for p in result.pages] == ["Here is some text\n\n[comment by Michael McCandless] Here is a comment"]
    props = read(corpus / "ingest-fixtures/apache-tika/testPPT_custom_props.pptx", PPTX, tmp_path).metadata
    assert (props["title"], props["author"], props["last_modified_by"], props["custom:mycustomstring"]) == (
        "Test extraction properties pptx", "JOUVIN ETIENNE", "EJ04325S", "MyStringValue")


# -- OpenDocument ------------------------------------------------------------------------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def odf(path: Path, mime: str, body: str, prolog: str = '<?xml version="1.0" encoding="UTF-8"?>\n',
        styles: str = "", meta: str = "", extra: dict[str, str] | None = None) -> Path:
    """Write a minimal OpenDocument file of this type with the given office:body content."""
    return write_zip(path, {
        "mimetype": mime,
        "META-INF/manifest.xml": '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest'
                                 f':1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                                 "</manifest:manifest>",
        "content.xml": f"{prolog}<office:document-content {ODF_NS}><office:automatic-styles>{styles}"
                       f"</office:automatic-styles><office:body>{body}</office:body></office:document-content>",
        "meta.xml": f"<office:document-meta {ODF_NS}><office:meta>{meta}</office:meta></office:document-meta>",
        **(extra or {}),
    })


def test_odf_text_pages_notes_comments_and_metadata(tmp_path: Path) -> None:
    styles = ('<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Break"/>'
              '<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties '
              'fo:break-before="page"/></style:style><style:style style:name="After" style:family="paragraph">'
              '<style:paragraph-properties fo:break-after="page"/></style:style>')
    body = ('<office:text><text:h text:style-name="After">Report</text:h>'
            '<text:p>One<text:s text:c="2"/>two<text:tab/>three'
            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
            '<text:p>a source</text:p></text:note-body></text:note></text:p>'
            '<text:p>Reviewed<office:annotation><dc:creator>Ayşe</dc:creator><text:p>check this</text:p>'
            '</office:annotation></text:p>'
            '<text:p text:style-name="P9">Annex</text:p><text:soft-page-break/><text:p>Last   page\n words</text:p>'
            '</office:text>')
    meta = ('<meta:generator>LibreOffice/7.4</meta:generator><dc:title>Plan</dc:title><meta:initial-creator>'
            'Dilnur</meta:initial-creator><dc:creator>Erkin</dc:creator><meta:creation-date>2019-03-01T10:00:00'
            '</meta:creation-date><meta:document-statistic meta:page-count="4"/><meta:user-defined '
            'meta:name="Owner">Bureau</meta:user-defined><meta:keyword>a</meta:keyword><meta:keyword>b</meta:keyword>')
    result = read(odf(tmp_path / "plan.odt", ODT, body, styles=styles, meta=meta), ODT, tmp_path)
    assert [p.text for p in result.pages] == [
        "Report", "One  two\tthree\nReviewed\n\n[footnote 1] a source\n\n[comment by Ayşe] check this",
        "Annex", "Last page words"]
    assert result.metadata == {"creator": "LibreOffice/7.4", "title": "Plan", "author": "Dilnur",
                               "last_modified_by": "Erkin", "created": "2019-03-01T10:00:00", "keywords": "a, b",
                               "page_count": "4", "custom:owner": "Bureau"}


def test_odf_text_real_files(corpus: Path, tmp_path: Path) -> None:
    plan = read(corpus / "ingest-fixtures/aleph-ingest-file/Plan.odt", ODT, tmp_path)
    assert plan.pages[0].text.startswith("We should paint graffiti on all corners of Trump tower.")
    assert (plan.metadata["custom:owner"], plan.metadata["page_count"]) == ("Dzmitry.Lahoda", "1")
    assert plan.metadata["creator"].startswith("LibreOffice/5.2.0.4")
    revision = read(corpus / "mat2/revision.odt", ODT, tmp_path)
    assert revision.pages[0].text == ("This is an edited document, you shouldn’t be able to see an other text than "
                                      "this one.\n\n[deleted text] Hello World")


def test_odf_spreadsheet_one_page_per_sheet(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / "ingest-fixtures/aleph-ingest-file/rom.ods", ODS, tmp_path)
    assert [p.text.split("\n")[0] for p in result.pages] == ["[sheet: Лист1]", "[sheet: Лист2]", "[sheet: Лист3]"]
    lines = result.pages[0].text.split("\n")
    assert lines[1] == ("Tip procedură\tTip document\tNr DS\tData înregistrării DS\tAutoritatea contractantă\t"
                        "Operator economic\tobiect de achiziţie\tSuma contractului MDL (cu TVA)")
    assert lines[2].startswith("COP fără publicare\tcontract de achiziţie\t245\t1/13/2011\tŞcoala de Meserii 4")
    assert (result.metadata["author"], result.metadata["page_count"]) == ("User", "3")


def test_odf_spreadsheet_repeated_empty_cells_cost_nothing(tmp_path: Path) -> None:
    # LibreOffice stores the unused part of a sheet as one row repeated a million times.
    body = ('<office:spreadsheet><table:table table:name="Data"><table:table-row><table:table-cell><text:p>id'
            '</text:p></table:table-cell><table:table-cell table:number-columns-repeated="3"><text:p>x</text:p>'
            '</table:table-cell><table:table-cell table:number-columns-repeated="16380"/></table:table-row>'
            '<table:table-row table:number-rows-repeated="1048575"><table:table-cell '
            'table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet>')
    result = read(odf(tmp_path / "big.ods", ODS, body), ODS, tmp_path)
    assert [p.text for p in result.pages] == ["[sheet: Data]\nid\tx\tx\tx"]


def test_odf_presentation_slides_with_notes(tmp_path: Path) -> None:
    body = ('<office:presentation><draw:page draw:name="one"><draw:frame><draw:text-box><text:p>Agenda</text:p>'
            '</draw:text-box></draw:frame><presentation:notes><draw:frame><draw:text-box><text:p>speak slowly'
            '</text:p></draw:text-box></draw:frame></presentation:notes></draw:page><draw:page draw:name="two">'
            '<draw:custom-shape><text:p>Results</text:p></draw:custom-shape></draw:page></office:presentation>')
    result = read(odf(tmp_path / "talk.odp", ODP, body), ODP, tmp_path)
    assert [p.text for p in result.pages] == ["Agenda\n\n[notes] speak slowly", "Results"]
    assert result.metadata == {"page_count": "2"}


def test_odf_encrypted_files_fail_with_a_clear_reason(corpus: Path, archive: Archive) -> None:
    names = ["aleph-ingest-file/encypted_by_libreoffice.odt", "apache-tika/testODTEncrypted.odt"]
    archive.ingest([corpus / "ingest-fixtures" / n for n in names], "c")
    archive.extract(collection="c")
    rows = archive.conn.execute("SELECT d.mime, e.status, e.reason FROM documents d JOIN extractions e "
                                "ON e.doc_id = d.id").fetchall()
    assert [tuple(r) for r in rows] == [(ODT, "failed", ENCRYPTED_ODF)] * 2


def test_odf_billion_laughs_and_external_entity_refused(tmp_path: Path) -> None:
    for name, prolog in (("laughs.odt", BILLION_LAUGHS), ("xxe.odt", EXTERNAL_ENTITY)):
        prolog = prolog.replace("w:document", "office:document-content")
        path = odf(tmp_path / name, ODT, "<office:text><text:p>&xxe;&lol9;</text:p></office:text>", prolog=prolog)
        with pytest.raises(DataError, match=r"^part content.xml declares a DTD, which Office and LibreOffice never"):
            read(path, ODT, tmp_path)


def test_odf_embedded_object_text_and_binary_objects(tmp_path: Path) -> None:
    chart = f'<office:document-content {ODF_NS}><office:body><office:chart><text:p>Budget 2024</text:p>' \
            "</office:chart></office:body></office:document-content>"
    path = odf(tmp_path / "with-objects.odt", ODT, "<office:text><text:p>See chart</text:p></office:text>",
               extra={"Object 1/content.xml": chart, "Object 2": "raw object bytes"})
    result = read(path, ODT, tmp_path)
    assert [p.text for p in result.pages] == ["See chart\n\n[embedded object Object 1] Budget 2024"]
    assert [(a.name, Path(a.path).read_bytes()) for a in result.attachments] == [("Object 2", b"raw object bytes")]


# -- legacy formats through LibreOffice --------------------------------------------------------------------


def test_legacy_doc_pages_and_ole_metadata(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / "ingest-fixtures/aleph-ingest-file/doc.doc", "application/msword", tmp_path)
    assert len(result.pages) == 2
    assert result.pages[0].text.startswith("This is the header for our document\nSample Word Document Title\n")
    assert "This is a sample Microsoft Word Document." in result.pages[0].text
    assert "This one is in a different one, the Signature style" in result.pages[1].text
    assert (result.pages[0].lang, result.pages[0].engine) == ("en", "text-layer")
    assert result.metadata == {"title": "Sample Word Document", "author": "Keith Bennett",
                               "last_modified_by": "Nick Burch", "created": "2010-11-12T16:22:00",
                               "modified": "2010-11-12T16:22:00", "creator": "Microsoft Office Word",
                               "template": "Normal.dotm", "revision": "2", "page_count": "2"}
    assert result.attachments == []
    assert not (tmp_path / "scratch" / "libreoffice" / "document.doc").exists()


def test_legacy_xls_sheets_and_ppt_slides_through_pipeline(corpus: Path, archive: Archive) -> None:
    row, pages, meta = extract_one(archive, corpus / "ingest-fixtures/aleph-ingest-file/rom.xls")
    assert (row["mime"], row["status"], row["pages"]) == ("application/vnd.ms-excel", "done", 3)
    assert [p.split("\n")[0] for p in pages] == ["[sheet: Лист1]", "[sheet: Лист2]", "[sheet: Лист3]"]
    assert "COP fără publicare\tcontract de achiziţie\t245\t2011-01-13\tŞcoala de Meserii 4 Bubueci" in pages[0]
    assert (meta["author"], meta["creator"], meta["company"]) == ("User", "Microsoft Macintosh Excel",
                                                                  "Reanimator EE")
    row, pages, meta = extract_one(archive, corpus / "ingest-fixtures/aleph-ingest-file/slides.ppt")
    assert (row["mime"], row["status"], row["pages"]) == ("application/vnd.ms-powerpoint", "done", 1)
    assert pages[0].startswith("Now\n")
    assert (meta["title"], meta["author"]) == ("Now", "Albert Law 2")


def test_legacy_rtf_japanese_read_by_libreoffice(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / "ingest-fixtures/apache-tika/testRTFJapanese.rtf", "text/rtf", tmp_path)
    assert len(result.pages) == 2
    # The headline sits in a text box, which plain RTF readers drop.
    assert result.pages[0].text.startswith("ゾルゲの処刑記録、\nゾルゲと尾崎、淡々と最期\n古書店で処刑記録見つかる\n")
    assert "死刑となったドイツ人新聞記者リヒアルト・ゾルゲと、ジャーナリスト尾崎秀実" in result.pages[0].text
    assert "ＧＨＱ報告書は９３ページあり翻訳中。" in result.pages[1].text
    assert result.metadata == {"title": "ゾルゲと尾崎、淡々と最期\u3000", "author": "VMazel", "page_count": "2"}
    ms932 = read(corpus / "ingest-fixtures/apache-tika/testRTF-ms932.rtf", "text/rtf", tmp_path)
    assert [p.text for p in ms932.pages] == ["Hello\nこんにちは\nTest\nテスト"]
    assert ms932.metadata == {"title": "タイトル", "author": "shinsuke", "page_count": "1"}


def test_legacy_password_protected_xls_refused_before_converting(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(DataError) as caught:
        read(corpus / "ingest-fixtures/aleph-ingest-file/password_protected.xls", "application/vnd.ms-excel", tmp_path)
    assert str(caught.value) == (".xls file is password-protected (an encrypted Office 97-2003 file); the original "
                                 "is preserved, but its text cannot be read without the password")
    assert not (tmp_path / "scratch" / "libreoffice").exists()


def test_legacy_without_libreoffice_says_what_to_install(corpus: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH on which no soffice can be found
    with pytest.raises(DataError) as caught:
        read(corpus / "ingest-fixtures/aleph-ingest-file/doc.doc", "application/msword", tmp_path)
    assert str(caught.value) == "reading .doc needs LibreOffice; install libreoffice-writer-nogui"
    with pytest.raises(DataError) as caught:
        read(corpus / "ingest-fixtures/aleph-ingest-file/rom.xls", "application/vnd.ms-excel", tmp_path)
    assert str(caught.value) == "reading .xls needs LibreOffice; install libreoffice-calc-nogui"


def test_legacy_damaged_document_fails_with_libreoffice_reason(tmp_path: Path) -> None:
    empty = tmp_path / "empty.ppt"
    empty.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)  # an OLE signature, no structure
    with pytest.raises(DataError) as caught:
        read(empty, "application/vnd.ms-powerpoint", tmp_path)
    assert str(caught.value) == (".ppt file is damaged: its OLE structure cannot be read (bytes length not a "
                                 "multiple of item size)")
    empty.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)  # half a signature: only LibreOffice can judge it
    with pytest.raises(DataError) as caught:
        read(empty, "application/vnd.ms-powerpoint", tmp_path)
    assert str(caught.value) == ("LibreOffice could not convert the .ppt file; it may be damaged or "
                                 "password-protected (LibreOffice said: Error: source file could not be loaded, "
                                 "exit code 0)")


def test_office_extractors_registered_for_their_types() -> None:
    assert extractor_for(DOCX) is OoxmlExtractor and extractor_for(XLSX) is OoxmlExtractor
    assert extractor_for("application/vnd.ms-word.document.macroEnabled.12") is OoxmlExtractor
    assert extractor_for(ODS) is OdfExtractor and extractor_for("application/vnd.oasis.opendocument.graphics") \
        is OdfExtractor
    assert extractor_for("text/rtf") is LegacyOfficeExtractor and extractor_for("application/msword") \
        is LegacyOfficeExtractor
