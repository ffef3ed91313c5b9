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
    ("Call 1-800-697-4733.", "+18006974733"),
    ("Call 1-800-69-SHRED today.", "+18006974733"),  # a vanity number: the keypad's digits for its letters
    ("cell phone (713-569-9563) if", "+17135699563"),  # the parenthesis opens an aside
    ("CUSTOMER_PHONE = (713)853-3801", "+17138533801"),
    ("Phone: 7138534305", "+17138534305"),  # ten digits after a label
    ("From US-011-52-69-13-3333.", "+5269133333"),  # dialled abroad from North America
    ("Justin Boyd (011-44-20-7783-6732)", "+442077836732"),
    ("客服热线400-810-8888", "+864008108888"),  # a Chinese service number, not an American area code
    ("+44 (0)20 7946 0958", "+442079460958"),
    ("Office/503-464-7744", "+15034647744"),
    ("To Make a Reservation, Call 3-1941 and Select Option 1", "31941"),  # an internal extension
    ("phone X30497 today", "30497"),
    ("Beijing office: +86 10 6532 1234", "+861065321234"),  # Beijing's area code, the number in two groups
    ("Tel: 0207 783 1234", "02077831234"),  # a London number in its own country's form, after a label
    ("电话：0991—2817458", "+869912817458"),  # an em dash after the area code, as typeset documents have it
    ("电话：010-6852 1234", "+861068521234"),  # the local number in two groups
    ("电话：2817458", "2817458"),  # a local number after a label
])
def test_phones_normalised(text: str, value: str) -> None:
    assert [v for _t, v in _found(text, "phone")] == [value]


@pytest.mark.parametrize("text", ["编号12345678901234567890", "第2012号", "价格 1381234567", "boxes 3x4 and 2x10000",
                                  "part 12-345-678-9012"])
def test_phones_not_found_in_other_numbers(text: str) -> None:
    assert _found(text, "phone") == []


def test_emails_urls_and_full_width_at_sign() -> None:
    text = "邮箱地址应为：jbgs＠xjzj.gov.cn，网站www.xjzj.gov.cn）或https://example.org/a?b=1。"
    assert _found(text, "email") == [("jbgs＠xjzj.gov.cn", "jbgs@xjzj.gov.cn")]
    assert _found(text, "url") == [("www.xjzj.gov.cn", "http://www.xjzj.gov.cn"),
                                   ("https://example.org/a?b=1", "https://example.org/a?b=1")]
    assert _found("not an address: a@b, x@y.c1", "email") == []
    # A bare host name of three labels is an address; a company's name with .com, a version or an IP is not.
    assert _found("Switch DNS for edinet.enron.com back.", "url") == [("edinet.enron.com", "http://edinet.enron.com")]
    # A host of two labels is an address when written in lower case (h12's "your cera.com profile"); a company's
    # name with .com in capitals is a name.
    assert _found("Amazon.com and enron.com, version 5.10.01.3, 10.0.0.1", "url") == [("enron.com", "http://enron.com")]


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
    ("NOVEMBER 17, 2000", "2000-11-17"),
    ("November 2000", "2000-11"),
    ("Sept. 2001", "2001-09"),
    ("17-Nov-2000", "2000-11-17"),
    ("17-NOV-00", "2000-11-17"),
    ("20/11/2000", "2000-11-20"),  # day first where the first number cannot be a month
    ("11/20/2000", "2000-11-20"),
    ("3/10/00", "2000-03-10"),
    ("5-24-01", "2001-05-24"),
    ("Jan of 99", "1999-01"),
    ("1 9 9 3 年3 月", "1993-03"),  # spaced digits, as some reports set a year
])
def test_normalise_date_table(text: str, iso: str) -> None:
    assert normalise_date(text) == iso


@pytest.mark.parametrize("text", ["2017年2月30日", "2017.13.1", "17/13/01", "February 30, 2017", "3月1日", "may 2001",
                                  "31/31/2000"])
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


def test_bare_years_where_a_citation_or_an_event_name_marks_them() -> None:
    assert _found("685 S.W.2d 307 (Tex.1985), set out", "date") == [("1985", "1985")]
    assert _found("2024中国国际友城大会在昆明举行", "date") == [("2024", "2024")]
    assert _found("2000多家企业，1998亩耕地", "date") == []


def test_bare_english_years_after_a_word_that_makes_them_years() -> None:
    assert _found("a copy of your 1997 paper", "date") == [("1997", "1997")]
    assert _found("Looking to 2002 By Linda Chavez", "date") == [("2002", "2002")]
    assert _found("Abare 2001:Aluminum Indus Integrates", "date") == [("2001", "2001")]
    # a count after the same words is no year
    assert _found("up to 2000 MW of power for 1999 shares", "date") == []


def test_year_spans_quarters_and_decades_from_official_reports() -> None:
    # 1990s reports write a season's span with a slash; a plan's quarter and a decade are one date each
    spans = find_patterns("中英两国政府代表关于香港１９９４／１９９５年选举安排谈判终止")
    assert [(m.text, m.value, m.detail["until"]) for m in spans] == [("１９９４／１９９５年", "1994", "1995")]
    assert _found("一九五五年第一季度，第一机械工业部", "date") == [("一九五五年第一季度", "1955")]
    decades = [m for m in find_patterns("始于20世纪60年代的枫桥经验；上世纪90年代以来") if m.type == "date"]
    assert [(m.text, m.value, m.detail["precision"]) for m in decades] == [
        ("20世纪60年代", "1960", "decade"), ("上世纪90年代", "1990", "decade")]


def test_the_second_date_of_a_two_digit_year_range() -> None:
    assert _found("term in system as 12/21/00-12/31/00 mon-sat", "date") == [
        ("12/21/00", "2000-12-21"), ("12/31/00", "2000-12-31")]


def test_english_decades_years_in_sheet_names_and_year_pairs() -> None:
    assert _found("investments in India in the early 1990s.", "date") == [("1990s", "1990")]
    assert _found("Please see the 2001_Available_Transmission worksheet", "date") == [("2001", "2001")]
    assert _found("Real Property Law Section for 2000-2001. Mr. Dudek", "date") == [("2000", "2000"), ("2001", "2001")]
    assert _found("call 713-2000-2001", "date") == []  # digits of a number, not two years


def test_seasons_months_of_two_digit_years_and_halves_of_years() -> None:
    assert _found("tickets for the Houston Aeros 2001-02 season", "date") == [("2001-02", "2001")]
    assert _found("will start construction in 4/01 and involves", "date") == [("4/01", "2001-04")]
    assert _found("on 4/15 we met", "date") == []  # a day without its year
    assert _found("May Add 1,500 Megawatts By '02", "date") == [("'02", "2002")]
    assert _found("1998年下半年，受亚洲金融危机的影响", "date") == [("1998年下半年", "1998")]
    assert _found("一九五七年度的国家预算", "date") == [("一九五七年度", "1957")]


def test_an_id_number_of_a_county_made_in_2017_decodes_its_region() -> None:
    from dossier.entities.patterns import region

    assert region("520281") == "贵州省 六盘水市 盘州市"
    assert region("653227") == "新疆维吾尔自治区 和田地区 民丰县"


def test_mail_forms_of_dates_phones_and_english_document_numbers() -> None:
    assert _found("Petrofina Gas PL......4/2000 undertake", "date") == [("4/2000", "2000-04")]
    assert _found("could extend back to Oct 00.", "date") == [("Oct 00", "2000-10")]
    assert _found("on Oct 15 we met", "date") == []  # a day, not a year
    assert _found("xma016952; Thu, 28 Sep 00 10:57:54 -0400", "date") == [("28 Sep 00", "2000-09-28")]
    assert _found("London: 44.207.783.4040, Option 4", "phone") == [("44.207.783.4040", "+442077834040")]
    assert _found("(818)888-4445 ext.45", "phone") == [("(818)888-4445", "+18188884445"), ("45", "45")]
    assert _found("at (323)- 851- 8386 [U.S.A.]", "phone") == [("(323)- 851- 8386", "+13238518386")]
    assert _found("the native load exemption in Order No. 888.", "docno") == [("Order No. 888", "Order No. 888")]
    assert _found("Noncash Loss To Earnings For SFAS 133", "docno") == [("SFAS 133", "SFAS 133")]


def test_decrees_bills_quarters_and_phones_of_the_fourteenth_set() -> None:
    assert _found("2014年1月17日 中华人民共和国国务院令第646号公布", "docno") == [
        ("中华人民共和国国务院令第646号", "中华人民共和国国务院令第646号")]
    assert _found("to take up SBX2 78 in committee", "docno") == [("SBX2 78", "SBX2 78")]
    assert _found("Enron sells merrill Q2 2001 250.00", "date") == [("Q2 2001", "2001")]
    assert _found("the turbine as of Jan 1, '01 exclusive", "date") == [("Jan 1, '01", "2001-01-01")]
    assert _found("TELEPHONE: 48-22 6578011", "phone") == [("48-22 6578011", "+48226578011")]
    assert _found("477-6308, e-mail", "phone") == [("477-6308", "4776308")]
    assert _found("-Teresa Glaze -tglaze@serc1.org", "email") == [("tglaze@serc1.org", "tglaze@serc1.org")]


def test_apostrophe_years_file_name_dates_and_the_cpucs_proceedings() -> None:
    assert _found("Susan Priest Classes of '77 and '81", "date") == [("'77", "1977"), ("'81", "1981")]
    assert _found("EIA411 Reporting Forms Revised 01 30 02.xls", "date") == [("01 30 02", "2002-01-30")]
    assert _found("Copyright ? 2000 Dow Jones & Company, Inc.", "date") == [("2000", "2000")]  # © lost to ?
    assert _found("in 2001 new rules, up to 2000 MW", "date") == [("2001", "2001")]  # "new" is no unit
    assert [v for _t, v in _found("decision in A.00-11-038/A.00-10-028? by 11:00", "docno")] == [
        "A.00-11-038", "A.00-10-028"]


def test_congress_bills_and_a_phone_list_of_local_numbers() -> None:
    assert _found("Under Bill s.1618 TITLE III passed", "docno") == [("s.1618", "s.1618")]
    assert _found("SHIRLEY CRENSHAW: 853-5290", "phone") == [("853-5290", "8535290")]


def test_path_folders_message_ids_rfcs_and_chinese_seasons() -> None:
    # real lines: an Enron news link, a House mail header, a Tika mailing-list subject, the 1959 report
    assert _found("http://www.bayarea.com/cgi-bin/dder/2001/02/28/krtbn/0000-0408-SJ-POWER-PLANT", "date") == []
    assert _found("Message-ID: <AD3CC6482AA0D211A7FB0008C7A4BBC306AE9252@hrm04.house.gov>", "email") == []
    assert _found("From: Jeff Dasovich <jeff.dasovich@enron.com>", "email") == [
        ("jeff.dasovich@enron.com", "jeff.dasovich@enron.com")]
    assert _found("> RFC822 messages not parsed", "docno") == [("RFC822", "RFC822")]
    assert _found("我们在一九五八年春季总结了第一个五年计划的经验", "date") == [("一九五八年春季", "1958")]
    assert _found("Released 2001/02/28 at noon", "date") == [("2001/02/28", "2001-02-28")]


def test_european_dotted_dates_spaced_dashes_iso_standards_and_time_zones() -> None:
    # lines of the ingest fixtures: a PDF's date, a phone-number test file, a Unicode text, a mail header
    assert _found("15.9.2007 11:02", "date") == [("15.9.2007", "2007-09-15")]
    assert _found("(949) 666 - 6666", "phone") == [("(949) 666 - 6666", "+19496666666")]
    assert _found("ISO 10646-1 Basic Multilingual Plane", "docno") == [("ISO 10646-1", "ISO 10646-1")]
    assert _found("Date: Fri, 18 Jun 2010 09:54:19 +1000", "phone") == []  # the zone of the time
    assert _found("call +44 20 7946 0958 now", "phone") == [("+44 20 7946 0958", "+442079460958")]


def test_calendar_and_card_dates_ordinal_days_and_soft_hyphens() -> None:
    # lines of the ingest fixtures: an iCalendar event, a meetup invitation, a CSV of countries, a court order
    assert _found("DTSTART:20080212", "date") == [("20080212", "2008-02-12")]
    assert _found("DTSTART;TZID=Europe/Berlin:20201123T190000", "date") == [("20201123", "2020-11-23")]
    assert _found("CREATED:20201025T184417Z", "date") == [("20201025", "2020-10-25")]
    assert _found("account 20201025 paid, Ref: 20201026", "date") == []  # eight digits alone are no date
    assert _found(",ISO codes added 28th Dec. 2010,Netherlands", "date") == [("28th Dec. 2010", "2010-12-28")]
    assert _found("04\u00adMarch\u00ad2020", "date") == [("04\u00adMarch\u00ad2020", "2020-03-04")]


def test_a_chinese_year_with_a_one_character_season_but_not_a_festival_or_a_harvest() -> None:
    assert _found("应当说明：在一九五六年冬，由于某些生产资料", "date") == [("一九五六年冬", "1956")]  # 1957 report
    assert _found("2024年春节期间", "date") == [("2024年", "2024")]
    assert _found("1993年夏粮丰收", "date") == [("1993年", "1993")]


def test_a_document_cited_by_its_issuer_and_number_alone() -> None:
    assert _found("政策落地成效明显，国务院16号文件加快实施", "docno") == [("国务院16号文件", "国务院16号文件")]  # Inner Mongolia 2025
    assert _found("认真落实中央一号文件精神", "docno") == [("中央一号文件", "中央一号文件")]


def test_more_english_date_forms_a_days_range_and_a_years_part() -> None:
    assert _found("Dated this 4th day of March, 2020", "date") == [("4th day of March, 2020", "2020-03-04")]
    assert _found("Monday, 17th of November 2020", "date") == [("17th of November 2020", "2020-11-17")]
    assert _found("Nov-17-2020", "date") == [("Nov-17-2020", "2020-11-17")]
    assert _found("17-11-2020 and 5-24-2001", "date") == [("17-11-2020", "2020-11-17"), ("5-24-2001", "2001-05-24")]
    assert _found("Logged 2001 Mar 12 10:22:01", "date") == [("2001 Mar 12", "2001-03-12")]
    assert _found("in 2001 May 5 people came", "date") == [("2001", "2001")]  # May 5 people: no day
    # an Enron conference notice: one date for the days it spans
    assert _found("March 15-16, 2001 Aladdin Hotel Las Vegas", "date") == [("March 15-16, 2001", "2001-03-15")]
    assert _found("a recovery by mid-2001", "date") == [("2001", "2001")]


def test_a_year_before_an_edition() -> None:
    assert _found("实施创优营商环境对标提升举措（2025版）。", "date") == [("2025", "2025")]  # Anhui 2025


def test_a_quarter_with_a_slash_is_no_month_and_a_seasons_year() -> None:
    assert _found("Q1/2001 results", "date") == [("Q1/2001", "2001")]  # not January 2001
    assert _found("sales 1/2001", "date") == [("1/2001", "2001-01")]
    assert _found("in the summer of 2001", "date") == [("2001", "2001")]


def test_a_united_nations_resolution_by_its_number() -> None:
    assert _found("凡是有利于实现安理会５９８号决议、早日结束两伊冲突的措施", "docno") == [("５９８号决议", "598号决议")]  # 1988
    assert _found("联合国安理会第2231号决议", "docno") == [("第2231号决议", "第2231号决议")]


def test_a_part_of_a_year_a_fiscal_year_and_month_first_dotted_dates() -> None:
    # The first two are lines of the Enron sample (a transmission report, a press release); the rest are written.
    assert _found("the western interconnection between 1998 and the end of 2003:", "date") == [
        ("1998", "1998"), ("2003", "2003")]
    assert _found("in the third quarter of 2001, Enron", "date") == [("2001", "2001")]
    assert _found("a total of 2000 megawatts", "date") == []  # "of" before a number still makes it a count
    assert _found("the FY2001 budget", "date") == [("2001", "2001")]
    assert _found("signed 10.15.2001 in Houston", "date") == [("10.15.2001", "2001-10-15")]  # month first
    assert _found("signed 15.10.2001 in Oslo", "date") == [("15.10.2001", "2001-10-15")]  # day first


def test_yuan_yue_is_january() -> None:
    # 元月, "the first month", is how some official dates write January.
    assert _found("二〇一七年元月", "date") == [("二〇一七年元月", "2017-01")]
    assert _found("于2017年元月5日印发", "date") == [("2017年元月5日", "2017-01-05")]
    assert _found("2017年元旦前后", "date") == [("2017年", "2017")]  # New Year's Day: the year alone


@pytest.mark.parametrize("text, decree", [
    ("根据公安部令第156号的规定", "公安部令第156号"),  # the word that leads into it is not the issuer's
    ("依照国务院令第646号执行", "国务院令第646号"),
    ("经自治区人民政府令第198号公布", "自治区人民政府令第198号"),  # a local government's decree
    ("新疆维吾尔自治区人民政府令第198号", "新疆维吾尔自治区人民政府令第198号"),
    ("以国家发展和改革委员会令第16号发布", "国家发展和改革委员会令第16号"),
])
def test_decrees_by_their_issuer_alone(text: str, decree: str) -> None:
    assert [t for t, _v in _found(text, "docno")] == [decree]


@pytest.mark.parametrize("text", ["命令第3号", "司令第一号"])
def test_no_decree_without_an_issuer(text: str) -> None:
    assert _found(text, "docno") == []


def test_seasons_ranges_of_days_and_apostrophe_years_in_mail() -> None:
    # Lines of the Enron sample: a season with its year is one date, as 一九五八年春 is.
    assert _found("CERA's Autumn 2001 Roundtable event dates and agendas", "date") == [("Autumn 2001", "2001")]
    assert _found("summer 2002.  And, with an expedited permitting process, DENA", "date") == [("summer 2002", "2002")]
    assert _found("the summer of 2001", "date") == [("2001", "2001")]
    # Written: each end of a range of two full dates is a date; a month with an apostrophe year is one.
    assert _found("from 10/15/2001-10/19/2001", "date") == [("10/15/2001", "2001-10-15"), ("10/19/2001", "2001-10-19")]
    assert _found("since Oct. '01", "date") == [("Oct. '01", "2001-10")]
    assert _found("on Oct 01 we met", "date") == []  # October the first, not a year


def test_a_local_number_after_a_north_american_one_and_an_extension_glued_on() -> None:
    # Written in the forms of mail signatures: the local number shares the full one's area code.
    assert _found("(713) 853-1234 or 853-5678", "phone") == [("(713) 853-1234", "+17138531234"), ("853-5678", "+17138535678")]
    assert _found("713.853.1234x123", "phone") == [("713.853.1234", "+17138531234")]
    assert _found("ID 713-853-1234x", "phone") == []  # glued to a word: no number


# Forms of the government documents of holdout30's read half (gov.cn, Shanghai, Shandong, Tianjin and Guangdong notices).
@pytest.mark.parametrize("text, docno", [
    ("按照国务院《不动产登记暂行条例》(国务院令656号)以及", "国务院令656号"),  # a decree without 第
    ("(一)工业废水达到DB44/26-2001的二级排放标准", "DB44/26-2001"),  # a provincial standard
    ("执行GB 3838-2002《地表水环境质量标准》", "GB 3838-2002"),  # a national standard (written)
    ("国务院办公厅对全国政协十届四次会议第4626号提案的答复", "第4626号提案"),  # a member's proposal by number
    ("国务院办公厅对十届全国人大四次会议第2996号建议的答复", "第2996号建议"),  # a deputy's suggestion
    ("签发盖章于国安等级特急·明电鲁政办发明电〔2021〕1号鲁机发号", "鲁政办发明电〔2021〕1号"),  # head fields run in
])
def test_document_numbers_of_government_notices(text: str, docno: str) -> None:
    assert [t for t, _v in _found(text, "docno")] == [docno]


def test_chinese_date_ranges_sharing_a_year_are_one_date() -> None:
    assert _found("2004年8月5日至8日，温家宝总理率国务院有关部门负责同志赴你省考察。", "date") == [
        ("2004年8月5日至8日", "2004-08-05")]
    assert _found("2017年1—6月，全市", "date") == [("2017年1—6月", "2017-01")]  # written
    assert _found("2017年3月至5月", "date") == [("2017年3月至5月", "2017-03")]
    # each end that is a date by itself stays its own date
    assert _found("2004年8月5日至2004年8月8日", "date") == [("2004年8月5日", "2004-08-05"), ("2004年8月8日", "2004-08-08")]
    assert _found("2016年至2020年", "date") == [("2016年", "2016"), ("2020年", "2020")]


def test_the_year_that_closes_a_plans_name_and_a_contact_label() -> None:
    assert _found("深入实施《中国制造2025》，加快大数据", "date") == [("2025", "2025")]
    assert _found("中国2000多家企业", "date") == []  # a count
    assert _found("联系方式：23115335，18917702329", "phone") == [("23115335", "23115335"), ("18917702329", "+8618917702329")]


def test_forms_of_the_thirty_first_sets_read_half() -> None:
    # Lines of the Enron sample that take the same forms as holdout31's read half.
    assert _found("violated Sections 10(b) and 20(a) of the Securities Exchange Act of 1934, a", "date") == [("1934", "1934")]
    assert _found("Any questions, please call me at 3-4750.", "phone") == [("3-4750", "34750")]  # an extension, asked for
    assert _found("on the October 15 RTO compliance filings for FERC Order 2000 (the", "docno") == [("Order 2000", "Order 2000")]
    assert _found("Order 1000 units, please", "docno") == []  # written: an order of goods
    assert _found("- out2001.doc", "date") == [("2001", "2001")]  # a year glued into a file's name
    assert _found("- X04820.DOC", "phone") == []  # a file's name, not an extension


# Written in the forms US regulators, courts and the UN cite their documents by (the Enron corpus cites FERC and CPUC ones).
@pytest.mark.parametrize("text, docno", [
    ("in Docket No. ER01-1234-000 the Commission", "ER01-1234-000"),
    ("the issues of EITF 98-10 apply", "EITF 98-10"),
    ("as amended by Public Law 106-554", "Public Law 106-554"),
    ("under Executive Order 13224", "Executive Order 13224"),
    ("the House passed H.R. 1234", "H.R. 1234"),
    ("Case No. 01-16034 (AJG)", "Case No. 01-16034"),
    ("the CPUC's D.01-03-082 and", "D.01-03-082"),
    ("Resolution E-3734 sets", "Resolution E-3734"),
    ("Security Council resolution 1373 requires", "resolution 1373"),
])
def test_english_document_numbers(text: str, docno: str) -> None:
    assert [t for t, _v in _found(text, "docno")] == [docno]


def test_no_chinese_landline_with_area_code_zero() -> None:
    assert _found("CIK 0001024401", "phone") == []  # China's area codes begin 0 and a digit 1-9


# Lines of US Federal Register notices, SEC filings and a campus newsletter (holdout32's read half).
@pytest.mark.parametrize("text, docno", [
    ("Accession Number: 20160411-5134.", "20160411-5134"),  # FERC's eLibrary
    ("2016-08789 Filed 4-14-16; 8:45 am]", "2016-08789"),  # a Federal Register document number
    ("[EPA-HQ-OPP-2016-0198; FRL-9944-61]", "EPA-HQ-OPP-2016-0198"),  # a regulations.gov docket (and EPA's FRL number)
    ("Please refer to Docket ID NRC-2016-0060 when contacting the NRC", "NRC-2016-0060"),
    ("OMB approval number: 3150-0050.", "3150-0050"),  # an OMB control number, by its label
])
def test_us_federal_document_numbers(text: str, docno: str) -> None:
    assert [t for t, _v in _found(text, "docno")][0] == docno


def test_dates_and_a_vanity_number_of_us_official_text() -> None:
    assert _found("CONFORMED PERIOD OF REPORT: 19980812", "date") == [("19980812", "1998-08-12")]  # an SEC header field
    assert _found("The murders occurred between March and June 2017.", "date") == [("March and June 2017", "2017-03")]
    assert _found("The fall quarter 1999 issue has also been produced", "date") == [("fall quarter 1999", "1999")]
    assert _found("announcing its second quarter 2004 earnings.", "date") == [("second quarter 2004", "2004")]
    assert _found("ushering in the first day of 2000, a small corps", "date") == [("2000", "2000")]
    assert _found("call (831) 459-INFO, or log onto www.ucsc.edu", "phone") == [("(831) 459-INFO", "+18314594636")]


def test_forms_of_procurement_notices() -> None:
    # Lines of holdout34's read half (Chinese procurement and meeting notices).
    assert _found("一、会议时间：2011年6月24～25日，23日报到。", "date") == [("2011年6月24～25日", "2011-06-24")]
    assert _found("账 号：0619 2001 0400 17846", "date") == []  # a group of a bank account's number
    assert _found("上海市食品药品监督管理局关于不合格食品风险控制情况的通告（2018年第20期）", "docno") == [
        ("2018年第20期", "2018年第20期")]  # the notice's number in its year's series
    assert _found("通过ISO9001质量管理体系认证", "docno") == [("ISO9001", "ISO9001")]  # written, glued to Han text
    assert _found("(四)填写《2015教育管理信息化发展状况调研问卷》(附件5)。", "date") == [("2015", "2015")]
    assert _found("联系电话：0731- 82323829", "phone") == [("0731- 82323829", "+8673182323829")]


def test_forms_of_the_thirty_third_sets_read_half() -> None:
    # Lines of Enron mail of holdout33's read half.
    assert _found("Seasonal quotes (winter '03, summer '04, etc.)", "date") == [("winter '03", "2003"), ("summer '04", "2004")]
    assert _found("for the months of February, March and April, 2002.", "date") == [
        ("February, March and April, 2002", "2002-02")]
    assert _found("The Fourth Quarter and Year 2001 Performance: The model", "date") == [
        ("Fourth Quarter and Year 2001", "2001")]
    # a signature whose line break was lost between the extension and the address
    text = "Busch Market Analyst Energy Argus 713 622 3996 x109kbusch@energyargus.com"
    assert _found(text, "phone") == [("713 622 3996", "+17136223996"), ("109", "109")]
    assert _found(text, "email") == [("kbusch@energyargus.com", "kbusch@energyargus.com")]
    assert _found("Parking & Transportation Desk 3-7060", "phone") == [("3-7060", "37060")]
    assert _found("in 2-1000 MW blocks", "phone") == []  # written


def test_no_date_in_a_long_file_stem_nor_a_bill_in_a_number_list() -> None:
    # Lines of the Enron sample: the tail of a wrapped link, and a table row.
    assert _found("ySurveyMarch2001.html", "date") == []
    assert _found("H.R. 10,5000", "docno") == []
    assert _found("(out2001.doc)", "date") == [("2001", "2001")]  # a short stem keeps its year


def test_an_sec_registration_number_is_not_a_local_phone_number() -> None:
    text = "Call 333-1234 or see Registration No. 333-65432"  # written
    assert [t for t, _v in _found(text, "phone")] == ["333-1234"]
    assert [t for t, _v in _found(text, "docno")] == ["333-65432"]


def test_a_dublin_number_and_no_phone_in_a_diffs_line_numbers() -> None:
    # Lines of the SpamAssassin ham corpus (holdout35's read half).
    assert _found("AIB Internet Technical Support Bankcentre 01-6411600", "phone") == [("01-6411600", "016411600")]
    assert _found("@@ -1411,7 +1415,7 @@", "phone") == []
    assert _found("London +44 20 7946 0958", "phone") == [("+44 20 7946 0958", "+442079460958")]


def test_forms_of_spam() -> None:
    # Lines of the SpamAssassin spam corpus (holdout36's read half).
    assert _found("TN15 7 LH United Kingdom Tel UK: 01732 824401 Fax UK: 01732 824455", "phone") == [
        ("01732 824401", "01732824401"), ("01732 824455", "01732824455")]  # a country's code before the colon
    assert _found("Tel:852-27958795", "phone") == [("852-27958795", "+85227958795")]  # Hong Kong's code, no +
    assert _found("Michael Lin, former Nat'l President, Org. of Ch-Ams (1994-98),", "date") == [("1994-98", "1994")]
    assert _found("*BONUS #2 Receive 2000 how to books, reports and manuals on cd-rom with", "date") == []  # a count
