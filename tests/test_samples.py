"""The bundled fictional sample: reproducible from its generator, and what the demo shows.

Reproducibility has two levels. Text files, containers, Office documents and the e-mail
are checked byte for byte against a fresh run of samples/make_samples.py. Rendered page
images are not: their pixels depend on the font files, FreeType, libraqm and libjpeg of
the machine, and another version may move an edge by a pixel. So images are checked
three ways instead: two renderings in one test run are identical (the seeded degradation
is deterministic), the committed images decode at the expected size, mode and 300 dpi,
and every file that wraps images (the scanned PDF, the e-mail) is rebuilt byte for byte
around the committed images with ``build(images_in(COLLECTION))``.
"""

from __future__ import annotations

import email
import email.policy
import importlib.util
import io
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pypdfium2 as pdfium
import pytest
from click.testing import Result
from PIL import Image, ImageFont, features

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "samples" / "make_samples.py"
COLLECTION = ROOT / "samples" / "collection"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


samples = _load_generator()
# Files whose bytes hold rendered pixels, directly or wrapped.
IMAGE_FILES = {samples.SCAN_PDF, samples.PHOTO, samples.UYGHUR_SCAN, samples.MAIL}

BUNDLE = "collection/transfer/leak-bundle.zip"
EXPORTS = f"{BUNDLE} ▸ older/exports-2023.tar.gz"
MAIL = f"collection/{samples.MAIL}"
SHA_ROSTER = "3957042ebe55b5c2c0b68b08cea55d4231ee201d90b894e925cef19d6397abb9"
SHA_NOTICE_017 = "41844ca0f4389661e4d4e8f8a7e2abece5023bec44189636897fbee979b38903"
SHA_DUTY_ROTA = "c8cf1bc6aaed534914b39cd2aaa760c83f8bba3500a6227a32c8750fcfcae85a"
SHA_MINUTES = "66159f0eb4e54293a2ced728e1ab5100b8f3271643cdc77ea9d60e4fe9bba883"
SHA_MEMO = "585bbea63178b8892d188a1e37383cabd4dc79ea05ddf28025dae786f79c30de"
SHA_PHOTO = "5f52f5dcbc865cead99555bac502838a3561f2541766c37acb03d7f28a900cec"
SHA_REPORT = "2fd7c91c9dc3d6c6548f4b2a2752c1d84ab75571ba54358b68d49431383cf1fe"
SHA_SCAN = "380c0e03108f9b991f77c6666eb7d57679669490fb589760082d44324a674aa0"

# What `dossier ls sample` lists after ingesting samples/collection: name, sha256, status.
EXPECTED_DOCUMENTS = [
    ("collection/README.txt", "5f23afc03abf0a587f6f67a22e003148d1788e89b45cdbd6dacef5e9942861ff", "stored"),
    ("collection/memo-to-editors.txt", SHA_MEMO, "stored"),
    ("collection/staff-roster.csv", SHA_ROSTER, "stored"),
    ("collection/copies/duty-rota (copy).txt", SHA_DUTY_ROTA, "stored"),
    ("collection/transfer/leak-bundle-part2.zip",
     "af180649a64168f5d3498745785d2127a57deb30f2d7c924c6a2357ceb24726e", "partial"),
    (BUNDLE, "bdfd4a8d70d30eed1b047f4d32908c0762ed1e1f6be190ee36a4d18c192a5881", "stored"),
    (f"{BUNDLE} ▸ 通知/2024-017号-关于清理旧档案的通知.txt", SHA_NOTICE_017, "stored"),
    (f"{BUNDLE} ▸ staff-roster.csv", SHA_ROSTER, "stored"),
    (EXPORTS, "9c6ca7408ae1f356b4616136e550f3b2ff6cb3760f8b4b9c986dcfc665968b47", "stored"),
    (f"{EXPORTS} ▸ exports/2023-09-会议纪要.txt", SHA_MINUTES, "stored"),
    (f"{EXPORTS} ▸ exports/budget-lines-2023.csv",
     "22c5700dd79e298c8d7a724a29826ff5e0243a03998b0c8ca62873eda39845ec", "stored"),
    ("collection/台账/来访登记台账-2023.xlsx",
     "d0b16410fde9570a3a2af22f963ab7f139a5fa08d4717255cdc900197ef3d97a", "stored"),
    ("collection/扫描件/2019-17号-来访登记通知-扫描.pdf", SHA_SCAN, "stored"),
    ("collection/扫描件/IMG_20240319_152233.jpg", SHA_PHOTO, "stored"),
    ("collection/通知/2023-09-会议纪要.txt", SHA_MINUTES, "stored"),
    ("collection/通知/2023-10-维吾尔文告示.png",
     "239b90d5a74a5739b06bd4fc5c828a43261e04cff70776c640d9f7cbf188cf0f", "stored"),
    ("collection/通知/2024-017号-关于清理旧档案的通知.txt", SHA_NOTICE_017, "stored"),
    (MAIL, "6f0e8aba2f7306c22565f98a6cd6efc499ccb337654940b9985b6453296a5672", "stored"),
    (f"{MAIL} ▸ 情况说明.docx", SHA_REPORT, "stored"),
    (f"{MAIL} ▸ IMG_20240319_152233.jpg", SHA_PHOTO, "stored"),
]
DAMAGED_REASON = ("unpacking stopped: zip cannot be opened: File is not a zip file; 0 members kept, "
                  "the original is preserved")


def _edit_distance_in(text: str, phrase: str) -> int:
    """Return the fewest edits that turn some substring of ``text`` into ``phrase`` (Sellers' algorithm)."""
    previous = list(range(len(phrase) + 1))
    best = previous[-1]
    for char in text:
        current = [0]
        for i, wanted in enumerate(phrase, 1):
            current.append(min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + (char != wanted)))
        best, previous = min(best, current[-1]), current
    return best


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _json(result: Result) -> object:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_make_samples_reproduces_committed_collection(tmp_path: Path) -> None:
    out = tmp_path / "again"
    done = subprocess.run([sys.executable, str(GENERATOR), str(out)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    committed, regenerated = _files(COLLECTION), _files(out)
    assert done.stdout == f"Wrote 14 files ({sum(map(len, regenerated.values())):,} bytes) to {out}\n"
    assert sorted(regenerated) == sorted(committed)
    for name, data in committed.items():
        if name not in IMAGE_FILES:
            assert regenerated[name] == data, f"{name} differs from what samples/make_samples.py writes"
    # A second rendering in this run gives the same pixels and bytes: the degradation is seeded.
    assert samples.render_images() == samples.images_in(out)
    # Around the committed images, the generator rebuilds every file byte for byte.
    assert samples.build(samples.images_in(COLLECTION)) == committed


def test_make_samples_committed_images_decode_at_300_dpi() -> None:
    images = samples.images_in(COLLECTION)
    found = {}
    for name, data in images.items():
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            found[name] = (image.format, image.mode, image.size, tuple(round(d) for d in image.info["dpi"]))
    assert found == {
        "scan-page-1.jpg": ("JPEG", "L", (2480, 3508), (300, 300)),
        "scan-page-2.jpg": ("JPEG", "L", (2480, 3508), (300, 300)),
        "photo.jpg": ("JPEG", "RGB", (1512, 2016), (300, 300)),
        "uyghur.png": ("PNG", "1", (1748, 2480), (300, 300)),
    }
    # The scan is two A4 pages of image only: nothing for a text layer to give.
    pdf = pdfium.PdfDocument(str(COLLECTION / samples.SCAN_PDF))
    try:
        assert len(pdf) == 2
        for page in pdf:
            assert [round(side, 1) for side in page.get_size()] == [595.2, 841.9]
            textpage = page.get_textpage()
            assert textpage.get_text_bounded() == ""
            textpage.close()
            page.close()
    finally:
        pdf.close()


def test_make_samples_uyghur_page_is_shaped_right_to_left() -> None:
    # Without libraqm Pillow draws each Uyghur letter in its isolated form, left to right.
    assert features.check("raqm")
    font = ImageFont.truetype(samples.ARABIC_FONTS[0], 92)
    title = "ئۇقتۇرۇش"
    shaped = font.getmask(title, direction="rtl", language="ug")
    unshaped = ImageFont.truetype(samples.ARABIC_FONTS[0], 92, layout_engine=ImageFont.Layout.BASIC).getmask(title)
    assert shaped.size != unshaped.size
    # The generator refuses to draw the page on a Pillow that cannot shape it.
    assert samples._fonts() == (samples.CJK_FONTS[0], samples.ARABIC_FONTS[0])


def test_make_samples_collection_is_small_and_marked_fiction() -> None:
    files = _files(COLLECTION)
    assert sum(len(data) for data in files.values()) < 2_000_000
    assert files["README.txt"].decode().startswith("THIS IS A FICTIONAL SAMPLE COLLECTION")
    for name, data in files.items():
        if name.endswith((".txt", ".csv")):
            text = data.decode("gb18030" if name == "通知/2023-09-会议纪要.txt" else "utf-8")
            assert "FICTIONAL" in text or "虚构" in text, f"{name} does not say it is fiction"
    for pages in samples.NOTICE_2019_PAGES:
        assert pages[0] == ("mark", samples.FICTION_MARK)
    assert ("line", "بۇ ئۇقتۇرۇش ئويدۇرما، پەقەت كۆرسىتىش ئۈچۈن.") in samples.UYGHUR_NOTICE
    message = email.message_from_bytes(files[samples.MAIL], policy=email.policy.default)
    assert message["X-Fictional-Sample"] == "invented for the dossier demo; no real people or events"
    assert message.get_body().get_content().startswith("【虚构样本，仅供 dossier 演示，非真实文件】")
    with zipfile.ZipFile(io.BytesIO(files[samples.REGISTER])) as workbook:
        core = workbook.read("docProps/core.xml").decode()
    assert "<dc:title>来访登记台账（2023年）</dc:title><dc:creator>韩一舟</dc:creator>" in core
    assert "虚构样本 FICTIONAL SAMPLE" in core


def test_make_samples_mail_carries_report_and_photo() -> None:
    message = email.message_from_bytes((COLLECTION / samples.MAIL).read_bytes(), policy=email.policy.default)
    assert (message["From"], message["To"], message["Date"], message["Message-ID"]) == (
        "韩一舟 <han.yizhou@xilan-sqb.example>", "苏明远 <su.mingyuan@xilan-sqb.example>",
        "Tue, 19 Mar 2024 16:42:07 +0800", "<20240319164207.4f2a17@xilan-sqb.example>")
    assert message.get_body().get_content_charset() == "gbk"
    attachments = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert list(attachments) == ["情况说明.docx", "IMG_20240319_152233.jpg"]
    assert attachments["IMG_20240319_152233.jpg"] == (COLLECTION / samples.PHOTO).read_bytes()
    with zipfile.ZipFile(io.BytesIO(attachments["情况说明.docx"])) as report:
        assert report.namelist()[0] == "[Content_Types].xml"
        assert "溪党办发〔2019〕17号通知规定来访登记台账保存期限不少于五年" in report.read("word/document.xml").decode()


def test_make_samples_minutes_need_gb18030() -> None:
    data = (COLLECTION / "通知" / "2023-09-会议纪要.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("gb18030")
    assert "二〇二三年第三季度工作会议纪要" in text
    # The Uyghur line needs GB18030's four-byte codes: GBK has no Arabic script.
    uyghur = "ئاھالىلەر ئۇچرىشىش ۋاقتى ئۆزگەردى"
    assert uyghur in text
    with pytest.raises(UnicodeEncodeError):
        uyghur.encode("gbk")


def test_make_samples_damaged_zip_is_a_cut_off_zip() -> None:
    data = (COLLECTION / "transfer" / "leak-bundle-part2.zip").read_bytes()
    assert data[:4] == b"PK\x03\x04"
    assert b"PK\x05\x06" not in data  # no end of central directory: the transfer was cut off
    assert len(data) == 670


def test_sample_ingest_lists_every_document(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    archive = tmp_path / "archive"
    assert run_cli("init", archive).exit_code == 0
    summary = _json(run_cli("-a", archive, "--json", "ingest", COLLECTION, "-c", "sample",
                            "--note", "bundled fictional sample"))
    assert {k: summary[k] for k in ("files", "members", "bytes", "stored", "duplicates", "already_in_collection",
                                    "failed", "partial", "skipped", "custody_tree_size")} == {
        "files": 14, "members": 5, "bytes": sum(len(d) for d in _files(COLLECTION).values()), "stored": 15,
        "duplicates": 3, "already_in_collection": 1, "failed": 0, "partial": 1, "skipped": 0,
        "custody_tree_size": 21}
    assert [(p["name"], p["status"], p["reason"]) for p in summary["problems"]] == [
        ("collection/transfer/leak-bundle-part2.zip", "partial", DAMAGED_REASON)]
    # Reading found the e-mail's two attachments (20 documents in all). OCR reads the two scanned
    # PDF pages, the photo (twice) and the Uyghur scan: no page is left needing OCR.
    assert summary["extract"] == {"documents": 20, "done": 17, "pages": 18, "needs_ocr": 0, "unsupported": 3,
                                  "failed": 0, "problems": []}

    listed = _json(run_cli("-a", archive, "--json", "ls", "sample"))
    assert [(d["display"], d["sha256"], d["status"]) for d in listed] == EXPECTED_DOCUMENTS
    damaged = next(d for d in listed if d["status"] == "partial")
    assert damaged["reason"] == DAMAGED_REASON
    by_name = {d["display"]: d for d in listed}

    # The duty rota arrived twice under two names: one document, both names, two custody entries.
    rota = [d for d in listed if d["sha256"] == SHA_DUTY_ROTA]
    assert len(rota) == 1
    shown = _json(run_cli("-a", archive, "--json", "show", rota[0]["id"]))
    assert [n["name"] for n in shown["names"]] == [
        "collection/copies/duty-rota (copy).txt", "collection/通知/2024-021号-值班安排.txt"]
    received = [e for e in shown["custody"] if e["event"] == "received"]
    assert [e["path"] for e in received] == [n["name"] for n in shown["names"]]
    assert {e["note"] for e in received} == {"bundled fictional sample"}

    # The e-mail is read as one page, and its attachments are child documents, read in turn.
    mail = _json(run_cli("-a", archive, "--json", "show", by_name[MAIL]["id"]))
    assert [(c["path"], c["sha256"]) for c in mail["children"]] == [
        ("情况说明.docx", SHA_REPORT), ("IMG_20240319_152233.jpg", SHA_PHOTO)]
    assert (mail["metadata"]["from"], mail["metadata"]["subject"]) == (
        "韩一舟 <han.yizhou@xilan-sqb.example>", "关于旧台账清理的情况说明")
    pages = _json(run_cli("-a", archive, "--json", "show", by_name[MAIL]["id"], "--text"))["pages"]
    assert [(p["engine"], p["lang"]) for p in pages] == [("text-layer", "zh")]
    assert "来访登记台账\n保存期限不少于五年，任何单位和个人不得擅自销毁" in pages[0]["text"]
    report = _json(run_cli("-a", archive, "--json", "show", by_name[f"{MAIL} ▸ 情况说明.docx"]["id"], "--text"))
    assert [p["engine"] for p in report["pages"]] == ["text-layer"]
    assert "三、溪党办发〔2019〕17号通知规定来访登记台账保存期限不少于五年。" in report["pages"][0]["text"]
    # The attached photo is the same blob as the photo that arrived on its own.
    assert by_name[f"{MAIL} ▸ IMG_20240319_152233.jpg"]["sha256"] == by_name[f"collection/{samples.PHOTO}"]["sha256"]

    # The spreadsheet's document properties become metadata, its rows text.
    register = _json(run_cli("-a", archive, "--json", "show", by_name[f"collection/{samples.REGISTER}"]["id"]))
    assert {k: register["metadata"][k] for k in ("title", "author", "last_modified_by")} == {
        "title": "来访登记台账（2023年）", "author": "韩一舟", "last_modified_by": "林秋禾"}
    rows = _json(run_cli("-a", archive, "--json", "show", by_name[f"collection/{samples.REGISTER}"]["id"], "--text"))
    assert "6\t2023-11-28\t艾克拜尔·吾守尔\t4\t要求公开补助名单\t办公室\t未答复" in rows["pages"][0]["text"]

    # The scan has no text layer: OCR reads both pages (test_sample_scans_are_read_by_ocr checks the text).
    scan = _json(run_cli("-a", archive, "--json", "show", by_name[f"collection/{samples.SCAN_PDF}"]["id"], "--text"))
    assert [(p["page"], p["engine"]) for p in scan["pages"]] == [(1, "rapidocr"), (2, "rapidocr")]
    assert "溪党办发〔2019〕17号" in scan["pages"][0]["text"]
    for name in (f"collection/{samples.PHOTO}", f"collection/{samples.UYGHUR_SCAN}"):
        shown = _json(run_cli("-a", archive, "--json", "show", by_name[name]["id"]))
        assert (shown["extraction"]["status"], shown["extraction"]["reason"]) == ("done", None)

    verified = run_cli("-a", archive, "verify")
    assert verified.exit_code == 0, verified.output
    assert verified.stdout.startswith("OK: ")
    # Reading the text adds custody entries and derived blobs; the documents stay 20.
    assert ", 20 documents, " in verified.stdout


def test_sample_proof_verifies_against_original(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    archive = tmp_path / "archive"
    assert run_cli("init", archive).exit_code == 0
    assert run_cli("-a", archive, "ingest", COLLECTION, "-c", "sample", "--no-extract").exit_code == 0
    verified = run_cli("-a", archive, "verify")
    assert (verified.exit_code, verified.stdout) == (
        0, "OK: 21 custody entries, 2 signed checkpoints, 18 documents, 15 blobs (1.1 MiB) checked.\n")
    listed = _json(run_cli("-a", archive, "--json", "ls", "sample"))
    memo = next(d for d in listed if d["display"] == "collection/memo-to-editors.txt")
    bundle = tmp_path / "memo.proof.json"
    assert run_cli("-a", archive, "proof", memo["id"], "-o", bundle).exit_code == 0
    vkey = (archive / "keys" / "custody.vkey").read_text().strip()

    checked = _json(run_cli("--json", "verify-proof", bundle, COLLECTION / "memo-to-editors.txt", "--key", vkey))
    assert checked["ok"] is True
    assert checked["sha256"] == memo["sha256"] == SHA_MEMO
    assert checked["entry"]["path"] == "collection/memo-to-editors.txt"

    # Any other file fails the same proof with exit 3.
    wrong = run_cli("verify-proof", bundle, COLLECTION / "README.txt", "--key", vkey)
    assert wrong.exit_code == 3
    assert f"README.txt hashes to {EXPECTED_DOCUMENTS[0][1]}, but the custody entry records {SHA_MEMO}" in wrong.output


def test_sample_scans_are_read_by_ocr(tmp_path: Path, run_cli: Callable[..., Result]) -> None:
    archive = tmp_path / "archive"
    assert run_cli("init", archive).exit_code == 0
    assert run_cli("-a", archive, "ingest", COLLECTION, "-c", "sample", "--no-extract").exit_code == 0
    ids = {d["display"]: d["id"] for d in _json(run_cli("-a", archive, "--json", "ls", "sample"))}
    scan, photo, uyghur = (ids[f"collection/{name}"] for name in (samples.SCAN_PDF, samples.PHOTO, samples.UYGHUR_SCAN))
    assert run_cli("-a", archive, "extract", scan, photo, uyghur).exit_code == 0

    def pages(doc_id: str) -> list[dict]:
        return _json(run_cli("-a", archive, "--json", "show", doc_id, "--text"))["pages"]

    # OCR may misread a character or two of a photocopy (〔 as 【, say): allow a small edit distance.
    first, second = pages(scan)
    assert (first["engine"] != "needs-ocr", first["lang"], second["lang"]) == (True, "zh", "zh")
    assert _edit_distance_in(first["text"], "溪党办发〔2019〕17号") <= 2
    assert _edit_distance_in(first["text"], "关于进一步规范来访登记和信息报送工作") <= 2
    assert _edit_distance_in(second["text"], "二〇一九年三月五日") <= 2
    [photographed] = pages(photo)
    assert _edit_distance_in(photographed["text"], "台账保存期限不少于五年") <= 2
    [notice] = pages(uyghur)
    assert notice["lang"] == "ug"
    assert _edit_distance_in(notice["text"], "ئاھالىلەر ئۇچرىشىش ۋاقتى ئۆزگەردى") <= 3
