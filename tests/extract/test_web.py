"""Web pages and SVG: visible text only, the right charset, metadata, and nothing fetched or expanded."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dossier import Archive
from dossier.errors import DataError
from dossier.extract.base import Options
from dossier.extract.registry import extractor_for
from dossier.extract.web import HtmlExtractor, SvgExtractor, decode_html, declared_charset

FIXTURES = "ingest-fixtures"
PASSWD = Path("/etc/passwd").read_text().splitlines()[0]


def read(path: Path, mime: str, tmp_path: Path, **options: object) -> object:
    """Run the extractor the registry picks for this MIME type on a file, as a worker would."""
    extractor = extractor_for(mime)
    assert extractor is not None, mime
    return extractor().extract(path, mime, Options(tmp=str(tmp_path), **options))  # type: ignore[arg-type]


def test_html_utf16_page_with_bom_and_bogus_meta_charset(corpus: Path, tmp_path: Path) -> None:
    # The page says charset=unicode, which names no codec; the byte-order mark decides.
    result = read(corpus / FIXTURES / "apache-tika/testHTML_charset_utf16le.html", "text/html", tmp_path)
    assert [p.text for p in result.pages] == ["This is a sample text"]
    assert result.metadata == {"charset": "utf-16", "title": "Title"}


def test_html_declared_utf8_that_is_windows_1256(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / FIXTURES / "apache-tika/testArabicMisleadingCharset.html", "text/html", tmp_path)
    assert result.metadata == {"charset": "cp1256", "title": "Test Arabic"}
    [page] = result.pages
    assert page.text.startswith("في قرية من القرى كان هناك رجل حكيم يعرف كل شيء عن الحياة")
    assert "اللغة العربية هي واحدة من أكثر اللغات انتشارا في العالم" in page.text
    assert (page.lang, page.script) == (None, "Arab")  # Arabic script, and no Uyghur-only letter in it
    assert "\ufffd" not in page.text


def test_html_noisy_word_export_in_iso_8859_6(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / FIXTURES / "apache-tika/testHTMLNoisyMetaEncoding_1.html", "text/html", tmp_path)
    assert result.metadata == {"charset": "iso8859-6", "creator": "Microsoft Word 12 (filtered medium)"}
    [page] = result.pages
    assert page.text.startswith('وأعرب الاتحاد الجزائري وقتها عن "أسفه لهذا الموقف غير المقبول')
    assert page.text.endswith('والضرر الكبير الناجم عن ذلك".')
    assert "font-family" not in page.text and "shapedefaults" not in page.text  # style and conditional comments


def test_html_scripts_styles_and_forms_dropped_metadata_kept(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / FIXTURES / "aleph-ingest-file/doc.html", "text/html", tmp_path)
    assert [p.text for p in result.pages] == ["Ingestors\n\nTest web page. The GitHub page."]
    assert result.metadata == {"charset": "utf-8", "title": "Ingestors Title", "description": "Ingestors description",
                               "keywords": "ingestors, key, words"}


def test_html_large_real_page_and_blank_page(corpus: Path, tmp_path: Path) -> None:
    edrm = read(corpus / FIXTURES / "aleph-ingest-file/EDRM_Micro_Datasets__EDRM.htm", "text/html", tmp_path)
    assert edrm.metadata["title"] == "EDRM Micro Datasets « EDRM"
    assert edrm.pages[0].text.startswith("Creating Practical Resources to Improve E-Discovery & Information "
                                         "Governance\n")
    assert (edrm.pages[0].lang, edrm.pages[0].script) == ("en", "Latn")
    assert "function(" not in edrm.pages[0].text
    blank = read(corpus / FIXTURES / "aleph-ingest-file/empty_5_doc_pages.html", "text/html", tmp_path)
    assert [(p.number, p.text, p.engine) for p in blank.pages] == [(1, "", "text-layer")]


def test_html_tables_lists_and_preformatted_text_keep_their_shape(tmp_path: Path) -> None:
    page = tmp_path / "layout.html"
    page.write_text(
        "<html><head><title> Staff \n list </title><meta name='author' content='Bureau 3'>"
        "<meta name='generator' content='FrontPage 4.0'></head><body><h1>Staff</h1>"
        "<table><tr><th>Name</th><th>Post</th></tr><tr><td>Li  Wei</td><td>Officer</td></tr></table>"
        "<ul><li>one</li><li>two<br>lines</li></ul><pre>  kept\n    as is</pre>"
        "<p>caf&eacute; &amp; tea</p><!-- a comment --><noscript>enable JS</noscript></body></html>",
        encoding="gb18030")
    result = read(page, "text/html", tmp_path)
    assert [p.text for p in result.pages] == [
        "Staff\n\nName\tPost\nLi Wei\tOfficer\n\none\ntwo\nlines\n\n  kept\n    as is\n\ncafé & tea"]
    assert result.metadata == {"charset": "utf-8", "title": "Staff list", "author": "Bureau 3",
                               "creator": "FrontPage 4.0"}


def test_html_gbk_page_without_declaration_is_guessed(tmp_path: Path) -> None:
    page = tmp_path / "notice.html"
    text = "关于加强重点人员管理工作的通知。各县市公安局：为进一步做好社会稳定工作，现将有关事项通知如下。"
    page.write_bytes(f"<html><body><p>{text}</p></body></html>".encode("gbk"))
    result = read(page, "text/html", tmp_path)
    assert [p.text for p in result.pages] == [text]
    assert result.metadata["charset"] == "gb18030"
    assert (result.pages[0].lang, result.pages[0].script) == ("zh", "Hans")


def test_html_declared_charset_labels() -> None:
    assert declared_charset(b'<meta charset="GB2312">') == "gb18030"
    assert declared_charset(b"<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'>") == "cp1252"
    assert declared_charset(b'<meta charset="utf-16">') is None  # ASCII markup cannot be UTF-16
    assert declared_charset(b'<meta charset="no-such-codec">') is None
    assert decode_html('<meta charset="big5"><p>臺灣</p>'.encode("big5")) == ('<meta charset="big5"><p>臺灣</p>',
                                                                             "big5hkscs")


def test_html_text_cap_is_a_warning(corpus: Path, tmp_path: Path) -> None:
    result = read(corpus / FIXTURES / "aleph-ingest-file/doc.html", "text/html", tmp_path, max_text_chars=15)
    assert [p.text for p in result.pages] == ["Ingestors\n\nTest"]
    assert result.warnings == ["text cut at 15 characters"]


class _Recorder(BaseHTTPRequestHandler):
    """Counts every request; the tests expect none."""

    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        type(self).hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<!ENTITY remote 'FETCHED'>")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[str]:
    """Return the base URL of a loopback HTTP server that records requests."""
    _Recorder.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_html_and_svg_fetch_nothing_and_expand_nothing(archive: Archive, tmp_path: Path, listener: str) -> None:
    html = tmp_path / "hostile.html"
    html.write_text(
        f'<!DOCTYPE html SYSTEM "{listener}/page.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        f'<!ENTITY remote SYSTEM "{listener}/entity">]>\n<html><head><link rel="stylesheet" href="{listener}/a.css">'
        f'<script src="{listener}/a.js"></script><script>document.write("INJECTED")</script>'
        f'<style>@import url({listener}/b.css);</style></head><body><p>Visible &xxe; &remote; text</p>'
        f'<img src="{listener}/pixel.png"><iframe src="{listener}/frame"></iframe>'
        f'<object data="{listener}/obj"></object></body></html>')
    svg = tmp_path / "hostile.svg"
    svg.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        f'<!ENTITY remote SYSTEM "{listener}/svg-entity"><!ENTITY lol "lol"><!ENTITY lol1 '
        '"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><title>Map</title>'
        f'<image xlink:href="{listener}/img.png"/><text x="1" y="2">Checkpoint <tspan>North</tspan>&xxe;&remote;'
        '&lol1;</text></svg>')
    archive.ingest([html, svg], "c")
    summary = archive.extract(collection="c")
    assert (summary.done, summary.failed) == (2, 0)
    pages = dict(archive.conn.execute("SELECT d.mime, p.text FROM pages p JOIN documents d ON d.id = p.doc_id"))
    # As a browser shows it: HTML has no internal DTD subset, so "]>" is text and entity names stay literal.
    assert pages == {"text/html": "]>\n\nVisible &xxe; &remote; text", "image/svg+xml": "Checkpoint North"}
    everything = " ".join(pages.values()) + " ".join(
        v for (v,) in archive.conn.execute("SELECT value FROM doc_metadata"))
    assert PASSWD not in everything and "root:" not in everything and "FETCHED" not in everything
    assert "INJECTED" not in everything and "lollol" not in everything
    assert _Recorder.hits == []


def test_svg_text_and_title(corpus: Path, tmp_path: Path) -> None:
    image = read(corpus / FIXTURES / "aleph-ingest-file/image.svg", "image/svg+xml", tmp_path)
    assert [p.text for p in image.pages] == ["TEST"]
    dirty = read(corpus / "mat2/dirty.svg", "image/svg+xml", tmp_path)
    assert dirty.metadata == {"title": "Adwaita Icon Template"}
    assert [p.text for p in dirty.pages] == ["apps\norg.gnome."]


def test_svg_that_is_not_xml_fails_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.svg"
    path.write_bytes(b"\x89PNG\r\n\x1a\n not an svg at all")
    with pytest.raises(DataError) as caught:
        read(path, "image/svg+xml", tmp_path)
    assert str(caught.value).startswith("SVG ")


def test_html_fixtures_through_pipeline(corpus: Path, archive: Archive) -> None:
    names = ["apache-tika/testHTML_charset_utf16le.html", "apache-tika/testArabicMisleadingCharset.html",
             "apache-tika/testHTMLNoisyMetaEncoding_1.html", "aleph-ingest-file/doc.html"]
    archive.ingest([corpus / FIXTURES / n for n in names], "c")
    summary = archive.extract(collection="c")
    assert (summary.documents, summary.done, summary.pages) == (4, 4, 4)
    rows = archive.conn.execute(
        "SELECT d.path, e.extractor, p.text, m.value AS charset FROM documents d JOIN extractions e ON e.doc_id = d.id"
        " JOIN pages p ON p.doc_id = d.id JOIN doc_metadata m ON m.doc_id = d.id AND m.key = 'charset'"
        " ORDER BY d.rowid").fetchall()
    assert [(r["path"].rsplit("/", 1)[-1], r["charset"]) for r in rows] == [
        ("testHTML_charset_utf16le.html", "utf-16"), ("testArabicMisleadingCharset.html", "cp1256"),
        ("testHTMLNoisyMetaEncoding_1.html", "iso8859-6"), ("doc.html", "utf-8")]
    assert all(r["extractor"] == HtmlExtractor.version() for r in rows)
    assert rows[1]["text"].startswith("في قرية من القرى")
    assert rows[2]["text"].startswith("وأعرب الاتحاد الجزائري")


def test_web_extractors_registered_for_their_types() -> None:
    assert extractor_for("text/html") is HtmlExtractor
    assert extractor_for("application/xhtml+xml") is HtmlExtractor
    assert extractor_for("image/svg+xml") is SvgExtractor
