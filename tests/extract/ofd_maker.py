"""Builds small OFD files (GB/T 33190-2016) for tests: no OFD fixture exists in the public corpus.

The package follows the standard's layout: OFD.xml with DocInfo and DocRoot, Doc_0/Document.xml
with CommonData (page area, public and document resources, a template page), the page list
and an attachment list, each page's Content.xml with layers of TextObjects whose TextCodes
carry X, Y and DeltaX (including the "g N V" repeat form). Objects are written out of
reading order on purpose, as real producers do, so a reader that follows the XML order fails.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"

INFO = {
    "DocID": "6f0d3c1e8a9b4c2d9e7f0a1b2c3d4e5f",
    "Title": "关于开展二〇二四年度档案整理工作的通知",
    "Author": "某某市档案局办公室",
    "Subject": "档案整理",
    "CreationDate": "2024-01-15",
    "ModDate": "2024-01-16",
    "Creator": "dossier ofd_maker",
    "CreatorVersion": "1.0",
}
KEYWORDS = ("档案", "通知")
LETTERHEAD = "某某市档案局文件"

# Each page: lines of text in reading order, each line as (x, baseline y, size, text) runs in mm.
PAGES: list[list[list[tuple[float, float, float, str]]]] = [
    [
        [(45.0, 60.0, 5.5, "关于开展二〇二四年度档案整理工作的通知")],
        [(25.0, 75.0, 4.2, "各区县档案局：")],
        [(33.4, 85.0, 4.2, "为进一步规范档案管理工作，"), (92.2, 85.0, 4.2, "现将有关事项通知如下。")],
        [(33.4, 95.0, 4.2, "一、整理范围为本单位二〇二三年形成的全部文件材料。")],
        [(33.4, 105.0, 4.2, "Scope: all records of 2023.")],
    ],
    [
        [(33.4, 40.0, 4.2, "二、各单位应于三月三十一日前完成整理并报送目录。")],
        [(33.4, 50.0, 4.2, "三、联系人：张明，电话：0991-1234567。")],
        [(130.0, 80.0, 4.2, "某某市档案局")],
        [(128.0, 90.0, 4.2, "2024年1月15日")],
    ],
]
ATTACHMENT_NAME = "附件1 档案整理目录.txt"
ATTACHMENT_BYTES = "序号,文件名称\n1,关于档案整理的通知\n".encode("utf-8")


def expected_text(page: int) -> str:
    """Return the text a reader should give for a page (from 0): lines joined, runs with a space."""
    return "\n".join(" ".join(run[3] for run in line) for line in PAGES[page])


def _advance(char: str, size: float) -> float:
    return size if ord(char) > 0x2E7F else round(size * 0.5, 2)


def _delta_x(text: str, size: float) -> str:
    """Return a DeltaX list, compressed with the standard's "g N V" repeat where advances repeat."""
    values = [_advance(c, size) for c in text[:-1]]
    out: list[str] = []
    index = 0
    while index < len(values):
        run = 1
        while index + run < len(values) and values[index + run] == values[index]:
            run += 1
        out.append(f"g {run} {values[index]:g}" if run > 2 else " ".join([f"{values[index]:g}"] * run))
        index += run
    return " ".join(out)


def _text_object(object_id: int, x: float, y: float, size: float, text: str, font: int = 3) -> str:
    width = sum(_advance(c, size) for c in text)
    # Boundary origin at the run's top-left; TextCode X/Y are relative to it, Y at the baseline.
    return (f'<ofd:TextObject ID="{object_id}" Boundary="{x:g} {y - size:g} {width:g} {size * 1.4:g}" '
            f'Font="{font}" Size="{size:g}"><ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="{size:g}" DeltaX="{_delta_x(text, size)}">{escape(text)}</ofd:TextCode>'
            "</ofd:TextObject>")


def _page_xml(objects: list[str], extra: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}">'
            '<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>' + extra +
            '<ofd:Content><ofd:Layer ID="2">' + "".join(objects) + "</ofd:Layer></ofd:Content></ofd:Page>")


def make_ofd(path: Path, scanned_png: bytes | None = None, template: bool = True, attachment: bool = True) -> Path:
    """Write an OFD with the PAGES above (plus a scanned, image-only page when ``scanned_png`` is given)."""
    info = "".join(f"<ofd:{key}>{escape(value)}</ofd:{key}>" for key, value in INFO.items())
    keywords = "<ofd:Keywords>" + "".join(f"<ofd:Keyword>{k}</ofd:Keyword>" for k in KEYWORDS) + "</ofd:Keywords>"
    ofd_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
               f"<ofd:DocBody><ofd:DocInfo>{info}{keywords}"
               '<ofd:CustomDatas><ofd:CustomData Name="密级">公开</ofd:CustomData></ofd:CustomDatas>'
               "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    page_count = len(PAGES) + (1 if scanned_png else 0)
    page_refs = "".join(f'<ofd:Page ID="{10 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(page_count))
    template_ref = '<ofd:TemplatePage ID="5" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if template else ""
    attachments_ref = "<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>" if attachment else ""
    document_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
                    "<ofd:MaxUnitID>999</ofd:MaxUnitID>"
                    "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                    "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>"
                    f"{template_ref}</ofd:CommonData><ofd:Pages>{page_refs}</ofd:Pages>{attachments_ref}"
                    "</ofd:Document>")
    public_res = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
                  '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/>'
                  '<ofd:Font ID="4" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/>'
                  "</ofd:Fonts></ofd:Res>")
    media = ('<ofd:MultiMedias><ofd:MultiMedia ID="7" Type="Image" Format="PNG">'
             "<ofd:MediaFile>scan.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>") if scanned_png else ""
    document_res = f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res">{media}</ofd:Res>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("OFD.xml", ofd_xml)  # first entry, as producers write it
        package.writestr("Doc_0/Document.xml", document_xml)
        package.writestr("Doc_0/PublicRes.xml", public_res)
        package.writestr("Doc_0/DocumentRes.xml", document_res)
        if template:
            package.writestr("Doc_0/Tpls/Tpl_0/Content.xml",
                             _page_xml([_text_object(6, 60.0, 30.0, 8.0, LETTERHEAD, font=4)]))
        object_id = 100
        for number, lines in enumerate(PAGES):
            objects = []
            for line in lines:
                for run in line:
                    objects.append(_text_object(object_id, *run))
                    object_id += 1
            # Producers write objects in any order: reversed here, so only positions give the reading order.
            objects.reverse()
            template_use = '<ofd:Template TemplateID="5" ZOrder="Background"/>' if template and number == 0 else ""
            package.writestr(f"Doc_0/Pages/Page_{number}/Content.xml", _page_xml(objects, template_use))
        if scanned_png:
            image = ('<ofd:ImageObject ID="900" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="7"/>')
            package.writestr(f"Doc_0/Pages/Page_{len(PAGES)}/Content.xml", _page_xml([image]))
            package.writestr("Doc_0/Res/scan.png", scanned_png)
        if attachment:
            listing = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Attachments xmlns:ofd="{NS}">'
                       f'<ofd:Attachment ID="20" Name="{escape(ATTACHMENT_NAME)}" Format="txt" Visible="true">'
                       "<ofd:FileLoc>attach_0.txt</ofd:FileLoc></ofd:Attachment></ofd:Attachments>")
            package.writestr("Doc_0/Attachs/Attachments.xml", listing)
            package.writestr("Doc_0/Attachs/attach_0.txt", ATTACHMENT_BYTES)
    return path
