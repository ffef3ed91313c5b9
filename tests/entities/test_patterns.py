"""Pattern entities: ID numbers (checksum, birth date, region), phones, e-mail, URLs, document numbers, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.entities.patterns import decode_id, find_patterns, id_check_char, normalise_date

NOTICE = "zh-docs/xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt"


def _found(text: str, kind: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_patterns(text) if m.type == kind]


def test_id_check_char_matches_gb11643_example() -> None:
    # The worked example of GB 11643-1999: 11010519491231002X.
    assert id_check_char("11010519491231002") == "X"
    assert decode_id("11010519491231002X") == {"birth_date": "1949-12-31", "sex": "female", "region_code": "110105",
                                               "region": "北京市 朝阳区"}


@pytest.mark.parametrize("number, reason", [
    ("110105194912310021", "wrong check digit"),
    ("11010519491331002X", "month 13"),
    ("11010519490230002X", "30 February"),
    ("99010519491231002X", "no province 99"),
    ("11010518001231002X", "born before 1900"),
])
def test_decode_id_rejects_invalid(number: str, reason: str) -> None:
    first17 = number[:17]
    candidate = first17 + (number[17] if reason == "wrong check digit" else id_check_char(first17))
    assert decode_id(candidate) is None, reason
    assert _found(f"身份证号{candidate}。", "id_number") == []


def test_id_numbers_found_in_text_with_region_of_xinjiang() -> None:
    number = "65010219800101001" + id_check_char("65010219800101001")
    mentions = [m for m in find_patterns(f"公民身份号码：{number}，住址乌鲁木齐。") if m.type == "id_number"]
    assert [(m.text, m.detail["region"], m.detail["birth_date"], m.detail["sex"]) for m in mentions] == \
        [(number, "新疆维吾尔自治区 乌鲁木齐市 天山区", "1980-01-01", "male")]
    # Embedded in a longer digit run it is not an ID number.
    assert _found(f"账号9{number}", "id_number") == []


@pytest.mark.parametrize("text, value", [
    ("电话13812345678。", "+8613812345678"),
    ("手机：+86 139 1234 5678", "+8613912345678"),
    ("联系电话：0991-2817458", "+869912817458"),
    ("请拨打+86 991 2817458", "+869912817458"),
    ("(010) 68521234", "+861068521234"),
    ("call (713) 853-1234 today", "+17138531234"),
    ("London +44 20 7946 0958", "+442079460958"),
])
def test_phones_normalised(text: str, value: str) -> None:
    assert [v for _t, v in _found(text, "phone")] == [value]


@pytest.mark.parametrize("text", ["编号12345678901234567890", "第2012号", "价格 1381234567"])
def test_phones_not_found_in_other_numbers(text: str) -> None:
    assert _found(text, "phone") == []


def test_emails_urls_and_full_width_at_sign() -> None:
    text = "邮箱地址应为：jbgs＠xjzj.gov.cn，网站www.xjzj.gov.cn）或https://example.org/a?b=1。"
    assert _found(text, "email") == [("jbgs＠xjzj.gov.cn", "jbgs@xjzj.gov.cn")]
    assert _found(text, "url") == [("www.xjzj.gov.cn", "http://www.xjzj.gov.cn"),
                                   ("https://example.org/a?b=1", "https://example.org/a?b=1")]
    assert _found("not an address: a@b, x@y.c1", "email") == []


@pytest.mark.parametrize("text, found, value", [
    ("印发新党办发〔2017〕12号文件", "新党办发〔2017〕12号", "新党办发〔2017〕12号"),
    ("根据新政办发[2010]79号规定", "新政办发[2010]79号", "新政办发〔2010〕79号"),
    ("国发（2019）第 8 号", "国发（2019）第 8 号", "国发〔2019〕8号"),
    ("落款日期：17/03/01，文号新党办发〔2017〕12号。", "新党办发〔2017〕12号", "新党办发〔2017〕12号"),
])
def test_docnos_trimmed_and_normalised(text: str, found: str, value: str) -> None:
    assert _found(text, "docno") == [(found, value)]


@pytest.mark.parametrize("text, iso", [
    ("2017年3月1日", "2017-03-01"),
    ("２０１７年３月１日", "2017-03-01"),
    ("2017 年 3 月 1 日", "2017-03-01"),
    ("二〇一七年三月一日", "2017-03-01"),
    ("二○一七年十二月三十一日", "2017-12-31"),
    ("2017.3.1", "2017-03-01"),
    ("2017-03-01", "2017-03-01"),
    ("2017/3/1", "2017-03-01"),
    ("17/03/01", "2017-03-01"),
    ("98.12.04", "1998-12-04"),
    ("2017年3月", "2017-03"),
    ("2017年", "2017"),
    ("March 1, 2017", "2017-03-01"),
    ("Mar. 1 2017", "2017-03-01"),
    ("1 March 2017", "2017-03-01"),
    ("December 4, 1982", "1982-12-04"),
])
def test_normalise_date_table(text: str, iso: str) -> None:
    assert normalise_date(text) == iso


@pytest.mark.parametrize("text", ["2017年2月30日", "2017.13.1", "17/13/01", "February 30, 2017", "3月1日"])
def test_normalise_date_rejects_impossible(text: str) -> None:
    assert normalise_date(text) is None


def test_patterns_of_the_2012_xinjiang_notice(corpus: Path) -> None:
    text = (corpus / NOTICE).read_text(encoding="utf-8")
    by_type: dict[str, list[str]] = {}
    for mention in find_patterns(text):
        assert text[mention.start:mention.end] == mention.text
        by_type.setdefault(mention.type, []).append(mention.value)
    assert by_type["docno"] == ["新质监办发〔2012〕24号", "新质技监办〔2011〕7号", "新政办发〔2010〕79号"]
    assert by_type["email"] == ["jbgs@xjzj.gov.cn", "jbgs@xjnewqi.gov.cn", "jbgs@xjzj.gov.cn", "zjxc12365@163.com"]
    assert by_type["phone"] == ["+869912817458", "+869912316124", "+869912316124"]
    assert by_type["url"] == ["https://www.pkulaw.com/lar/58783248d9ecdd3f50f5fa9f03e988e4bdfb.html",
                              "http://www.xjzj.gov.cn"]
    assert by_type["date"] == ["2012-04-28"]
    assert "id_number" not in by_type
