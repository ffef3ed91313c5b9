"""E-mail through the real pipeline: eml, emlx, mbox, Outlook msg and PST from the shared corpus.

Each test ingests real files into a fresh archive, runs the extract stage (isolated workers
and all), and reads the catalog: pages, metadata, child documents and their bytes. Expected
values come from the files themselves, read independently (a regular expression over the
raw header block, base64 blocks decoded by hand), or were read off the files by eye.
"""

from __future__ import annotations

import base64
import email.header
import hashlib
import quopri
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from dossier import Archive
from dossier.errors import DataError
from dossier.extract.base import Options
from dossier.extract.email import EmailExtractor, kind_of
from dossier.extract.mailtext import header_text, html_to_text
from dossier.extract.registry import extractor_for, head_of
from dossier.extract.text import TextExtractor

ALEPH = "ingest-fixtures/aleph-ingest-file"
TIKA = "ingest-fixtures/apache-tika"
ICIJ = "ingest-fixtures/icij-extract"


def _read(archive: Archive, *paths: Path, collection: str = "mail") -> Any:
    archive.ingest(list(paths), collection)
    return archive.extract()


def _doc(archive: Archive, path: str, parent: str | None = None) -> Any:
    sql = "SELECT d.*, e.status AS e_status, e.reason AS e_reason, e.extractor, e.warnings FROM documents d " \
          "LEFT JOIN extractions e ON e.doc_id = d.id WHERE d.path = ?"
    args: list[Any] = [path]
    if parent is not None:
        sql += " AND d.parent_id = ?"
        args.append(parent)
    rows = archive.conn.execute(sql, args).fetchall()
    assert len(rows) == 1, f"{len(rows)} documents named {path!r}"
    return rows[0]


def _text(archive: Archive, doc_id: str) -> str:
    rows = archive.conn.execute("SELECT text FROM pages WHERE doc_id = ? ORDER BY page", (doc_id,)).fetchall()
    return "\f".join(r["text"] for r in rows)


def _meta(archive: Archive, doc_id: str) -> dict[str, str]:
    rows = archive.conn.execute("SELECT key, value FROM doc_metadata WHERE doc_id = ?", (doc_id,)).fetchall()
    return {r["key"]: r["value"] for r in rows}


def _children(archive: Archive, doc_id: str) -> list[Any]:
    return archive.conn.execute(
        "SELECT d.*, e.status AS e_status, e.extractor FROM documents d LEFT JOIN extractions e ON e.doc_id = d.id "
        "WHERE d.parent_id = ? ORDER BY d.rowid", (doc_id,)).fetchall()


def _blob(archive: Archive, sha256: str) -> bytes:
    return archive.blobs.path(sha256).read_bytes()


def _raw_header(data: bytes, name: bytes) -> str | None:
    """Return a header's unfolded raw value from the header block, read with a regular expression."""
    block = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
    match = re.search(rb"(?mi)^" + name + rb":[ \t]*(.*(?:\r?\n[ \t].*)*)", block)
    if not match:
        return None
    value = re.sub(r"\r?\n[ \t]", " ", match.group(1).decode("ascii")).strip()
    # RFC 2047 words, decoded by the standard library's own (older) API for comparison.
    return str(email.header.make_header(email.header.decode_header(value))) if "=?" in value else value


# -- recognising mail whatever libmagic says ---------------------------------------------


def test_email_sniff_recognises_mail_heads(corpus: Path) -> None:
    """Mail that libmagic calls text/plain or text/html is found by its header lines; other text is not."""
    cases = {
        "email/enron-sample/eml/bass-e__sent_mail_20.eml": "eml",  # text/plain to libmagic, CRLF lines
        f"{ALEPH}/email_multipart_mixed.eml": "eml",  # text/plain
        f"{TIKA}/testLotusEml.eml": "eml",  # text/html; X-Notes-Item fields first
        f"{ALEPH}/plaintext.emlx": "emlx",  # text/plain
        f"{ALEPH}/richtext.emlx": "emlx",  # text/html
        f"{TIKA}/single_mail.mbox": "mbox",  # text/html; headers that "confuse detection"
        f"{TIKA}/quoted.mbox": "mbox",  # a From_ line and no header at all
        f"{ALEPH}/fnf.msg": "eml",  # an RFC 822 file named .msg
        f"{TIKA}/testMSG_chinese.msg": "msg",
        f"{TIKA}/testPST_variousBodyTypes.pst": "pst",
        "zh-docs/xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt": None,
    }
    for name, kind in cases.items():
        head = head_of(corpus / name)
        assert kind_of(head) == kind, name
        assert EmailExtractor.sniff(head) is (kind in ("eml", "emlx", "mbox")), name
    assert extractor_for("text/plain", head_of(corpus / f"{ALEPH}/plaintext.emlx")) is EmailExtractor
    assert extractor_for("text/plain", b"Minutes of the meeting\nFrom: nobody in particular\n") is TextExtractor
    # HTTP-like or note-like fields are not mail: no From/To/Subject/Message-ID/Received among them.
    assert not EmailExtractor.sniff(b"Date: Mon, 1 Jan 2024 00:00:00 +0000\nContent-Type: text/html\n\n<p>x")
    assert not EmailExtractor.sniff(b"From the desk of the editor\nThis is a letter.\n")
    assert extractor_for("application/vnd.ms-outlook") is EmailExtractor
    assert extractor_for("message/rfc822") is EmailExtractor


def test_email_header_text_decodes_widened_chinese_charsets() -> None:
    """RFC 2047 words labelled gb2312 holding GBK-only characters, raw 8-bit GBK and Big5 all decode."""
    gbk_word = "=?gb2312?B?" + base64.b64encode("朱镕基总理".encode("gbk")).decode() + "?="
    assert header_text(gbk_word) == "朱镕基总理"  # 镕 is not in GB2312
    big5_word = "=?big5?Q?" + "".join(f"={b:02X}" for b in "會議通知".encode("big5")) + "?="
    assert header_text(f"Re: {big5_word} (draft)") == "Re: 會議通知 (draft)"
    raw = "关于会议的通知".encode("gbk").decode("ascii", "surrogateescape")
    assert header_text(raw, "gbk") == "关于会议的通知"
    assert header_text("=?utf-8?q?caf=C3=A9?= au lait") == "café au lait"


def test_email_html_to_text_drops_scripts_and_keeps_lines() -> None:
    """HTML bodies become text with line breaks at blocks; script, style and head text never appear."""
    html = ("<html><head><title>t</title><style>p{color:red}</style></head><body><p>第一段</p>"
            "<script>alert('x')</script><div>second&nbsp;line<br>third</div>"
            "<table><tr><td>a</td><td>b</td></tr></table><img src='http://example.invalid/x.png'></body></html>")
    assert html_to_text(html) == "第一段\nsecond line\nthird\na\tb"


# -- eml ---------------------------------------------------------------------------


def test_email_enron_sample_headers_and_mbox_children(archive: Archive, corpus: Path) -> None:
    """All 300 Enron messages and the 50-message mbox: metadata equals the raw headers, each mbox mail a child."""
    sample = corpus / "email/enron-sample"
    index = [line.split("\t")[0] for line in (sample / "INDEX.tsv").read_text().splitlines()[1:]]
    assert len(index) == 300
    summary = _read(archive, sample)
    assert summary.failed == 0
    by_message_id = {}
    for name in index:
        raw = (sample / "eml" / name).read_bytes()
        doc = _doc(archive, f"enron-sample/eml/{name}")
        assert doc["mime"] in ("text/plain", "text/html")  # libmagic's word; the sniffer chose the e-mail reader
        assert doc["e_status"] == "done" and doc["extractor"].startswith("email (extract-msg"), name
        meta = _meta(archive, doc["id"])
        assert meta["from"] == _raw_header(raw, b"From"), name
        assert meta.get("subject", "") == (_raw_header(raw, b"Subject") or ""), name
        assert meta["message_id"] == _raw_header(raw, b"Message-ID"), name
        assert meta.get("to") == _raw_header(raw, b"To"), name
        text = _text(archive, doc["id"])
        assert text.startswith(f"From: {meta['from']}\n"), name
        body = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[1]
        if (_raw_header(raw, b"Content-Transfer-Encoding") or "").lower() == "quoted-printable":
            body = quopri.decodestring(body)
        lines = body.decode("cp1252").replace("\r\n", "\n").strip().splitlines()
        assert not lines or lines[0] in text, name
        by_message_id[meta["message_id"]] = meta
    # Two read by eye.
    first = _meta(archive, _doc(archive, "enron-sample/eml/bass-e__sent_mail_20.eml")["id"])
    assert first["date"] == "2001-03-26T13:33:00-08:00"
    assert first["cc"] == "chance.rabon@enron.com, david.baumbach@enron.com, o'neal.winfree@enron.com"
    arora = _meta(archive, _doc(archive, "enron-sample/eml/arora-h_discussion_threads_9.eml")["id"])
    assert arora["subject"] == "DealBench vs. Intralinks"
    assert arora["bcc"] == "harry.arora@enron.com"

    mbox = _doc(archive, "enron-sample/enron_sample_50.mbox")
    raw = (sample / "enron_sample_50.mbox").read_bytes()
    parts = re.split(rb"(?m)^From MAILER-DAEMON .*\n", raw)[1:]
    expected = [p[:-1] if p.endswith(b"\n\n") else p for p in parts]
    children = _children(archive, mbox["id"])
    assert [c["path"] for c in children] == [f"message-{n:04d}.eml" for n in range(1, 51)]
    listing = _text(archive, mbox["id"]).splitlines()
    assert len(listing) == 50 and listing[0].startswith("0001  2000-12-01T08:00:00  kristi.demaiolo@enron.com")
    assert listing[0].endswith("DealBench vs. Intralinks")
    assert _meta(archive, mbox["id"])["message_count"] == "50"
    for child, data in zip(children, expected):
        assert child["sha256"] == hashlib.sha256(data).hexdigest()
        assert child["e_status"] == "done"
        meta = _meta(archive, child["id"])
        # The mbox was built from every sixth sample message: each child is one of the 300.
        assert meta["subject" if "subject" in meta else "from"] == by_message_id[meta["message_id"]].get(
            "subject" if "subject" in meta else "from")
    assert archive.verify().ok


def test_email_attached_messages_are_children_with_exact_bytes(archive: Archive, corpus: Path,
                                                               tmp_path: Path) -> None:
    """Forwarded messages (message/rfc822) and named attachments become children holding exactly their bytes."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["email_attached_alternative.eml", "email_attached_inline.eml", "email_attached_plaintext.eml"]
    for name in names:
        shutil.copy(corpus / ALEPH / name, folder / name)
    for name in ("testRFC822_multipart_attachments.eml", "testEML_embedded_xhtml_and_img.eml",
                 "testGroupWiseEml.eml"):
        shutil.copy(corpus / TIKA / name, folder / name)
    _read(archive, folder)
    expected_subjects = {"email_attached_alternative.eml": "Multipart mixed",
                         "email_attached_inline.eml": "Plaintext only",
                         "email_attached_plaintext.eml": "Plaintext only"}
    for name in names:
        raw = (folder / name).read_bytes()
        outer = _doc(archive, f"in/{name}")
        (child,) = _children(archive, outer["id"])
        assert child["path"] == "attachment-1.eml"  # a forwarded mail without a file name
        # The embedded message: after the part's blank line, up to the line break before the boundary.
        start = raw.index(b"\n\n", raw.index(b"Content-Type: message/rfc822")) + 2
        boundary = re.search(rb'boundary="([^"]+)"', raw).group(1)
        end = raw.index(b"\n--" + boundary + b"--")
        assert _blob(archive, child["sha256"]) == raw[start:end]
        assert child["e_status"] == "done"
        assert _meta(archive, child["id"])["subject"] == expected_subjects[name]
        assert "This is the body of the email that contains the attachment." in _text(archive, outer["id"])
    nested = _doc(archive, "attachment-1.eml", _doc(archive, "in/email_attached_alternative.eml")["id"])
    assert _text(archive, nested["id"]) == (
        "From: john.doe@example.org\nTo: jane.doe@example.org\nSubject: Multipart mixed\n\n"
        "This is the first part (plaintext)\n\nThis is the second part (HTML)\n\n"
        "This is the third part (plaintext)\n\nThis is the fourth part (HTML)")

    raw = (folder / "testRFC822_multipart_attachments.eml").read_bytes()
    outer = _doc(archive, "in/testRFC822_multipart_attachments.eml")
    children = _children(archive, outer["id"])
    assert [c["path"] for c in children] == ["Test TxtA.txt", "Test TxtB.txt"]
    for child in children:
        block = re.search(rb'filename="' + child["path"].encode() + rb'".*?\n\n(.*?)\n\n--', raw, re.S).group(1)
        assert _blob(archive, child["sha256"]) == base64.b64decode(block)
    assert _blob(archive, children[0]["sha256"]) == b"This is Test TXTA File for parser"
    assert _text(archive, outer["id"]).endswith("This is test email for EML1\n\nThanks,\nChetan" + "\u2002" * 6)

    # An inline image of a multipart/related HTML body is a child too, named as sent.
    raw = (folder / "testEML_embedded_xhtml_and_img.eml").read_bytes()
    outer = _doc(archive, "in/testEML_embedded_xhtml_and_img.eml")
    (image,) = _children(archive, outer["id"])
    assert image["path"] == "testimage.jpeg" and image["mime"] == "image/jpeg"
    # The part runs to the end of the file: this message lacks its closing boundary.
    block = re.search(rb'filename="testimage.jpeg";\nContent-Transfer-Encoding: base64\n\n(.*)\Z', raw, re.S).group(1)
    assert _blob(archive, image["sha256"]) == base64.b64decode(block)

    # GroupWise base64-encodes a forwarded message (RFC 2046 forbids it): decoded, it is a mail again.
    outer = _doc(archive, "in/testGroupWiseEml.eml")
    forwarded, text_file = _children(archive, outer["id"])
    assert (forwarded["path"], text_file["path"]) == ("test.eml", "Neues Textdokument.txt")
    assert _blob(archive, forwarded["sha256"]).startswith(b"Mime-Version: 1.0\nX-Mailer: GroupWise 2012\nSubject: test2")
    assert _meta(archive, forwarded["id"])["subject"] == "test2"
    assert archive.verify().ok


def test_email_chinese_raw_headers_and_html_only_body(archive: Archive, tmp_path: Path) -> None:
    """A GBK mail with raw 8-bit headers and a gb2312 label, and an HTML-only Big5 mail, read as Chinese."""
    folder = tmp_path / "cn"
    folder.mkdir()
    gbk = ("From: =?gb2312?B?" + base64.b64encode("王镕".encode("gbk")).decode() + "?= <wang@example.cn>\r\n"
           "To: li@example.cn\r\nDate: Tue, 5 Mar 2024 09:30:00 +0800\r\n").encode("ascii")
    gbk += "Subject: 关于镕铸车间安全检查的通知\r\n".encode("gbk")
    gbk += (b"Message-ID: <abc@example.cn>\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    gbk += "请各车间于本周五前完成安全检查。\r\n".encode("gbk")
    (folder / "gbk.eml").write_bytes(gbk)
    big5 = (b"From: chen@example.tw\nTo: lin@example.tw\nSubject: =?big5?B?" +
            base64.b64encode("會議紀錄".encode("big5")) + b"?=\nMIME-Version: 1.0\n"
            b"Content-Type: text/html; charset=big5\nContent-Transfer-Encoding: base64\n\n" +
            base64.encodebytes("<html><body><p>會議於下午三時開始。</p><script>var x='不應出現';</script>"
                               "</body></html>".encode("big5")))
    (folder / "big5.eml").write_bytes(big5)
    _read(archive, folder)
    doc = _doc(archive, "cn/gbk.eml")
    meta = _meta(archive, doc["id"])
    assert meta["subject"] == "关于镕铸车间安全检查的通知"
    assert meta["from"] == "王镕 <wang@example.cn>"
    assert meta["date"] == "2024-03-05T09:30:00+08:00"
    page = archive.conn.execute("SELECT text, lang, script FROM pages WHERE doc_id = ?", (doc["id"],)).fetchone()
    assert page["text"] == ("From: 王镕 <wang@example.cn>\nTo: li@example.cn\nDate: Tue, 5 Mar 2024 09:30:00 +0800\n"
                            "Subject: 关于镕铸车间安全检查的通知\n\n请各车间于本周五前完成安全检查。")
    assert (page["lang"], page["script"]) == ("zh", "Hans")
    doc = _doc(archive, "cn/big5.eml")
    assert _meta(archive, doc["id"])["subject"] == "會議紀錄"
    page = archive.conn.execute("SELECT text, lang, script FROM pages WHERE doc_id = ?", (doc["id"],)).fetchone()
    assert page["text"].endswith("\n\n會議於下午三時開始。")
    assert "不應出現" not in page["text"]
    assert (page["lang"], page["script"]) == ("zh", "Hant")


# -- emlx and mbox ---------------------------------------------------------------------------


def test_email_emlx_and_mbox_files(archive: Archive, corpus: Path, tmp_path: Path) -> None:
    """Apple Mail emlx (plain and HTML) and mbox files, which libmagic calls text, are read as mail."""
    folder = tmp_path / "box"
    folder.mkdir()
    for name in ("plaintext.emlx", "richtext.emlx", "plan.mbox"):
        shutil.copy(corpus / ALEPH / name, folder / name)
    for name in ("complex.mbox", "quoted.mbox"):
        shutil.copy(corpus / TIKA / name, folder / name)
    _read(archive, folder)
    plain = _doc(archive, "box/plaintext.emlx")
    assert plain["mime"] == "text/plain" and plain["e_status"] == "done"
    meta = _meta(archive, plain["id"])
    assert meta == {"format": "emlx", "subject": "Re: Emlx library", "from": "Michael <michael@example.com>",
                    "to": "Python <python@example.com>", "date": "2020-02-06T15:39:55+02:00",
                    "message_id": "<7A129E26-2C1F-4517-B6B5-39460ED50E12@example.com>",
                    "in_reply_to": "<6FA2F219-2B7C-4962-9724-E9399409CCBE@example.com>",
                    "references": "<6FA2F219-2B7C-4962-9724-E9399409CCBE@example.com>",
                    "date_received": "2020-02-06T14:40:00+00:00"}
    assert _text(archive, plain["id"]).endswith("\n\nYou're welcome. :)\n\n> Python <python@example.com> wrote:\n>\n"
                                                "> Thank you!")
    rich = _doc(archive, "box/richtext.emlx")
    assert rich["mime"] == "text/html"
    assert _text(archive, rich["id"]).endswith("\n\nYou're welcome. :)\n\n> Python <python@example.com> wrote:\n>\n"
                                               "> Thank you!")
    complex_box = _doc(archive, "box/complex.mbox")
    children = _children(archive, complex_box["id"])
    assert [c["path"] for c in children] == ["message-0001.eml", "message-0002.eml", "message-0003.eml"]
    assert [_meta(archive, c["id"])["from"] for c in children] == [
        "Jothi Padmanabhan <jothipn@yahoo-inc.com>", "Jianmin Woo <jianmin_woo@yahoo.com>",
        "Jothi Padmanabhan <jothipn@yahoo-inc.com>"]
    assert all(_meta(archive, c["id"])["subject"] == "Re: question about when shuffle/sort start working"
               for c in children)
    assert _text(archive, complex_box["id"]).splitlines()[1] == (
        "0002  2009-05-31T22:30:49  Jianmin Woo <jianmin_woo@yahoo.com>  "
        "Re: question about when shuffle/sort start working")
    # An mbox of one message is that message: no child, its own page.
    plan = _doc(archive, "box/plan.mbox")
    assert _children(archive, plan["id"]) == []
    assert _meta(archive, plan["id"])["subject"] == "Re: Our friends has a good plan"
    quoted = _doc(archive, "box/quoted.mbox")
    assert _text(archive, quoted["id"]) == "Test content\n> quoted stuff"
    assert archive.verify().ok


# -- Outlook -----------------------------------------------------------------------------------


def test_email_msg_chinese_subject_and_body(archive: Archive, corpus: Path) -> None:
    """A non-Unicode msg with no PR_MESSAGE_CODEPAGE is read in Big5 from its PR_INTERNET_CPID (950)."""
    _read(archive, corpus / TIKA / "testMSG_chinese.msg")
    doc = _doc(archive, "testMSG_chinese.msg")
    assert doc["mime"] == "application/vnd.ms-outlook"
    meta = _meta(archive, doc["id"])
    assert meta["subject"] == "Alfresco MSG format testing ( MSG 格式測試 )"
    assert meta["from"] == "Tests Chang@FT (張毓倫)"
    assert meta["to"] == "Tests Chang@FT (張毓倫) <tests.chang@fengttt.com>"
    assert meta["date"] == "2011-03-29T08:52:48.725260+00:00"
    assert meta["message_id"] == "<EBB9951D34EA4B41B70AB946CF3FB6EC1A297D98@ftm02.FT.FTG.COM>"
    page = archive.conn.execute("SELECT text, lang, script FROM pages WHERE doc_id = ?", (doc["id"],)).fetchone()
    assert "恭喜 HQ 保全課 陳奎良 高票當選雲林縣總工會 100 年度模範勞工代表" in page["text"]
    assert "二、會議地點：HQ R 棟演講廳" in page["text"]
    assert (page["lang"], page["script"]) == ("zh", "Hant")
    assert "read as cp950" in doc["warnings"]
    assert archive.verify().ok


def test_email_msg_attachments_are_read_in_turn(archive: Archive, corpus: Path, tmp_path: Path) -> None:
    """An attached .msg is exported as a child msg and read in turn, three levels deep; files are children too."""
    folder = tmp_path / "msg"
    folder.mkdir()
    shutil.copy(corpus / TIKA / "testMSG_att_msg.msg", folder)
    shutil.copy(corpus / ICIJ / "3rd-level-bug-732.msg", folder)
    shutil.copy(corpus / TIKA / "testMSG_att_doc.msg", folder)
    _read(archive, folder)
    outer = _doc(archive, "msg/testMSG_att_msg.msg")
    assert _text(archive, outer["id"]).endswith("Subject: test email\n\nTest email with 1 msg attachment, 1 pdf")
    attached, pdf = _children(archive, outer["id"])
    assert (attached["path"], attached["mime"], attached["e_status"]) == (
        "Test Attachment.msg", "application/vnd.ms-outlook", "done")
    assert _blob(archive, attached["sha256"])[:8] == bytes.fromhex("d0cf11e0a1b11ae1")
    assert _meta(archive, attached["id"])["subject"] == "Test Attachment"
    assert _text(archive, attached["id"]).endswith("Subject: Test Attachment\n\nBlah blah blah")
    assert (pdf["path"], pdf["mime"], pdf["e_status"]) == ("smbprn.00009008.KdcPjl.pdf", "application/pdf", "done")
    assert _blob(archive, pdf["sha256"]).startswith(b"%PDF-")

    level1 = _doc(archive, "msg/3rd-level-bug-732.msg")
    (level2,) = _children(archive, level1["id"])
    (level3,) = _children(archive, level2["id"])
    assert (level2["path"], level3["path"]) == ("Test2.msg", "test.msg")
    assert [_meta(archive, d["id"])["subject"] for d in (level1, level2, level3)] == ["Test3", "Test2", "test"]
    assert level3["e_status"] == "done" and level3["depth"] == 2

    doc = _doc(archive, "msg/testMSG_att_doc.msg")
    assert _meta(archive, doc["id"])["subject"] == "test pièce jointe 1"
    word, text = _children(archive, doc["id"])
    assert (word["path"], word["mime"]) == ("test-unicode.doc", "application/msword")
    assert text["path"] == "pj1.txt"
    assert archive.verify().ok


def test_email_pst_messages_become_children(archive: Archive, corpus: Path) -> None:
    """Each PST message is rebuilt as an .eml child under its folder path, then read like any mail."""
    _read(archive, corpus / TIKA / "testPST_variousBodyTypes.pst", corpus / ALEPH / "testPST.pst")
    pst = _doc(archive, "testPST_variousBodyTypes.pst")
    assert pst["mime"] == "application/vnd.ms-outlook" and pst["e_status"] == "done"
    children = _children(archive, pst["id"])
    assert [c["path"] for c in children] == [
        f"Top of Outlook data file/Inbox/tmp/message-000{n}.eml" for n in range(1, 5)]
    subjects = [_meta(archive, c["id"])["subject"] for c in children]
    assert subjects == ["original email", "FW: original email", "FW: original email", "FW: original email"]
    assert all(c["e_status"] == "done" for c in children)
    first = _meta(archive, children[0]["id"])
    assert first["from"] == '"Allison, Timothy B." <tallison@mitre.org>'
    assert _text(archive, children[0]["id"]).endswith("\n\nThis is the original email (html)")
    assert _text(archive, children[2]["id"]).endswith("This is the original email (html)\n\nForwarded RTF")
    listing = _text(archive, pst["id"]).splitlines()
    assert listing[0] == ('0001  2017-08-30T19:26:03  "Allison, Timothy B." <tallison@mitre.org>  original email  '
                          "[Top of Outlook data file/Inbox/tmp]")
    french = _doc(archive, "testPST.pst")
    names = [c["path"] for c in _children(archive, french["id"])]
    assert names == [f"Début du fichier de données Outlook/message-000{n}.eml" for n in range(1, 7)]
    assert _meta(archive, _children(archive, french["id"])[0]["id"])["from"] == "Jörn Kottmann <kottmann@gmail.com>"
    assert archive.verify().ok


def test_email_damaged_files_fail_with_reasons(archive: Archive, corpus: Path, tmp_path: Path) -> None:
    """A truncated PST fails with libpff's root cause and no file path; a damaged msg raises a clear DataError."""
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "cut.pst").write_bytes((corpus / TIKA / "testPST_variousBodyTypes.pst").read_bytes()[:8192])
    _read(archive, folder)
    doc = _doc(archive, "bad/cut.pst")
    assert (doc["mime"], doc["e_status"]) == ("application/vnd.ms-outlook", "failed")
    assert doc["e_reason"] == ("Outlook PST cannot be opened; it is damaged, truncated or not a PST "
                               "(libpff: unable to read index node data at offset: 49152 (0x0000c000))")
    assert archive.verify().ok
    msg = (corpus / TIKA / "testMSG.msg").read_bytes()
    damaged = tmp_path / "damaged.msg"
    damaged.write_bytes(msg[:512] + bytes(4096) + msg[4608:])  # the OLE directory wiped
    with pytest.raises(DataError, match=r"^Outlook msg cannot be opened: OleFileError: incorrect OLE root entry$"):
        EmailExtractor().extract(damaged, "application/vnd.ms-outlook", Options(tmp=str(tmp_path)))
