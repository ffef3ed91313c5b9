"""Chinese and English NER on real sentences, and names linked across scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.entities.aliases import AliasList, is_pinyin_word, name_key, pinyin_key
from dossier.entities.extract import extract

ROOT = Path(__file__).resolve().parents[2]

NOTICE = "zh-docs/xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt"


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in extract(text) if m.type in ("person", "org", "place")]


@pytest.mark.parametrize("name", ["陈全国", "陳全國", "Chen Quanguo", "Quanguo Chen", "CHEN Quanguo", "Ｃｈｅｎ　Ｑｕａｎｇｕｏ"])
def test_pinyin_key_links_chen_quanguo_in_every_script(name: str) -> None:
    assert pinyin_key(name) == "chen quanguo"


# Public figures whose names Chinese, Latin and Uyghur Arabic script write differently.
@pytest.mark.parametrize("han, latin, arabic", [
    ("伊力哈木·土赫提", "Ilham Tohti", "ئىلھام توختى"),
    ("努尔·白克力", "Nur Bekri", "نۇر بەكرى"),
    ("雪克来提·扎克尔", "Shohrat Zakir", "شۆھرەت زاكىر"),
    ("麦合木提·吐尔逊", "Mehmut Tursun", "مەھمۇت تۇرسۇن"),
])
def test_a_uyghur_name_has_one_cross_script_key_in_three_scripts(han: str, latin: str, arabic: str) -> None:
    assert pinyin_key(han) == pinyin_key(latin) == pinyin_key(arabic) == pinyin_key(latin.upper())
    assert pinyin_key(han).startswith("~")


def test_sound_keys_keep_other_names_apart_and_leave_pinyin_alone() -> None:
    assert pinyin_key("伊力哈木·土赫提") != pinyin_key("伊力哈木·达吾提")  # Ilham Dawut: same given name
    assert pinyin_key("Ilham Tohti") != pinyin_key("Ilham Dawut") != pinyin_key("Nur Bekri")
    assert pinyin_key("Chen Quanguo") == pinyin_key("陈全国") == "chen quanguo"
    assert pinyin_key("Aynur") == "aynur"  # one part is too little to link anyone


def test_name_key_keeps_homophones_apart_but_folds_traditional() -> None:
    assert name_key("陳全國") == name_key("陈全国") == "陈全国"
    assert name_key("陈泉国") != name_key("陈全国")
    assert pinyin_key("陈泉国") == pinyin_key("陈全国")  # why a Latin name links only to a unique Han name
    assert pinyin_key("欧阳修") == "ouyang xiu"
    assert pinyin_key("单雄信") == "shan xiongxin"  # surname reading, not dan


def test_is_pinyin_word() -> None:
    assert [is_pinyin_word(w) for w in ("Quanguo", "Hailun", "Yongzhi", "Kaminski", "Enron", "Xi")] == \
        [True, True, True, False, False, True]
    assert is_pinyin_word("Lv") and is_pinyin_word("Nvwa") and pinyin_key("Lv Jie") == pinyin_key("吕杰") == "jie lv"


def test_alias_list_parse() -> None:
    aliases = AliasList.parse("# officials\n陈全国\tChen Quanguo\tSecretary Chen\n朱海仑 = Zhu Hailun\nlonely\n")
    assert aliases.groups == [["陈全国", "Chen Quanguo", "Secretary Chen"], ["朱海仑", "Zhu Hailun"]]
    assert aliases.keys()["chen secretary"] == "陈全国"


def test_ner_chinese_notice_contact_and_offices(corpus: Path) -> None:
    text = (corpus / NOTICE).read_text(encoding="utf-8")
    found = extract(text)
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    names = [(m.type, m.text) for m in found if m.type in ("person", "org", "place")]
    assert names.count(("person", "邹思媛")) == 2
    assert ("org", "米东新区质量技术监督局") in names
    assert ("org", "自治区人民政府") in names
    assert ("org", "国家质检总局") in names
    assert ("org", "新疆维吾尔自治区质监局") in names  # the place is part of the office's name, not separate
    assert not [n for t, n in names if t == "person" and n != "邹思媛"]


def test_ner_chinese_officials_in_simplified_and_traditional() -> None:
    assert _names("新疆维吾尔自治区党委书记陈全国在乌鲁木齐主持会议，朱海仑、王勇智同志参加。") == [
        ("place", "新疆维吾尔自治区"), ("person", "陈全国"), ("place", "乌鲁木齐"), ("person", "朱海仑"),
        ("person", "王勇智")]
    assert _names("新疆維吾爾自治區黨委書記陳全國在烏魯木齊主持會議") == [
        ("place", "新疆維吾爾自治區"), ("person", "陳全國"), ("place", "烏魯木齊")]
    assert _names("莎车县公安局和吐鲁番市人民政府负责人出席。") == [("org", "莎车县公安局"), ("org", "吐鲁番市人民政府")]


def test_ner_chinese_work_report_2025_names_one_person(corpus: Path) -> None:
    lines = (corpus / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl").read_text(
        encoding="utf-8").splitlines()
    report = next(r for r in map(json.loads, lines) if r["year"] == "2025")
    text = report["content"][:3000]
    names = _names(text)
    assert ("org", "国务院") in names
    # The opening names one person, in 习近平新时代中国特色社会主义思想 and the like; nothing else is a person.
    assert {n for t, n in names if t == "person"} == {"习近平"}


def test_ner_english_constitution_and_people() -> None:
    text = ("Adopted at the Fifth Session of the Fifth National People’s Congress and promulgated by the "
            "Announcement of the National People’s Congress on December 4, 1982")
    found = [(m.type, m.text, m.value) for m in extract(text)]
    assert ("org", "Fifth National People’s Congress", "") in found
    assert ("date", "December 4, 1982", "1982-12-04") in found
    assert _names("Chen Quanguo, Party Secretary of Xinjiang, met Zhu Hailun in Urumqi.") == [
        ("person", "Chen Quanguo"), ("place", "Xinjiang"), ("person", "Zhu Hailun"), ("place", "Urumqi")]
    assert _names("Vince Kaminski told Jeff Skilling that Enron Corp. would call the Federal Energy Regulatory "
                  "Commission in Houston.") == [
        ("person", "Vince Kaminski"), ("person", "Jeff Skilling"), ("org", "Enron Corp."),
        ("org", "Federal Energy Regulatory Commission"), ("place", "Houston")]


def test_extract_mentions_keep_offsets_and_extractor() -> None:
    text = "联系人：邹思媛，电话0991-2316124。"
    found = [(m.type, m.start, m.end, m.extractor) for m in extract(text)]
    assert found == [("person", 4, 7, "rules"), ("phone", 10, 22, "pattern")]


def test_uyghur_names_with_a_middle_dot_end_where_their_letters_end() -> None:
    assert _names("自治区主席雪克来提·扎克尔在乌鲁木齐会见了阿依努尔·卡德尔。") == [
        ("person", "雪克来提·扎克尔"), ("place", "乌鲁木齐"), ("person", "阿依努尔·卡德尔")]
    assert _names("工作组组长艾尔肯·吐尼亚孜说") == [("person", "艾尔肯·吐尼亚孜")]
    assert _names("纪念一二·九运动") == []  # a date written with a middle dot is no name


def test_a_chain_of_divisions_is_one_place_and_short_forms_start_words() -> None:
    assert _names("户籍地新疆维吾尔自治区喀什地区莎车县，现住北京市朝阳区。") == [
        ("place", "新疆维吾尔自治区喀什地区莎车县"), ("place", "北京市朝阳区")]
    # 朝阳区 is also a district of Changchun: a Beijing chain must not take it from Jilin.
    assert _names("北京市南关区") == [("place", "北京市"), ("place", "南关区")]
    # jieba reads 台湾同胞 as one word; a province's short form may start one. 内蒙古 is not 内 + 蒙古.
    assert _names("台湾同胞和内蒙古的牧民") == [("place", "台湾"), ("place", "内蒙古")]
    assert _names("成立了广西僮族自治区") == [("place", "广西僮族自治区")]
    assert _names("城镇新建建筑全部达标") == []  # 新建区 is a district; 新建 here is "newly built"


def test_known_officials_are_found_when_jieba_glues_or_mistags_them() -> None:
    # jieba tags 周恩来 as a time word and reads 毛泽东同志 as one word.
    assert _names("毛泽东同志和周恩来总理") == [("person", "毛泽东"), ("person", "周恩来")]
    assert _names("周总理会见赫鲁晓夫") == [("person", "赫鲁晓夫")]  # a surname and a title name no one


def test_chinese_orgs_by_abbreviation_and_not_by_a_shared_last_character() -> None:
    assert _names("自治区人大代表和政协委员") == [("org", "自治区人大"), ("org", "政协")]  # the body of that level
    assert _names("全国广大干部要顾全大局") == []  # 干部 and 大局 end like 部 and 局, offices they are not
    assert _names("美国纠集东南亚条约集团") == [("place", "美国"), ("org", "东南亚条约集团")]


# From the national government work reports of 2011, 2003, 2025 and 1995 (zh-docs/national-gov-work-reports-wikisource).
def test_chinese_institutions_counted_or_named_by_level_alone_are_kinds_not_bodies() -> None:
    assert _names("改造和新建2.3万所乡镇卫生院、1500所县医院、500所县中医院和1000所县妇幼保健院。") == []
    assert _names("国有及国有控股企业在境内外新增上市公司442家，累计筹资7436亿元。") == []
    assert _names("主办单位：省卫生健康委，各州、市人民政府") == [("org", "省卫生健康委")]
    # A body that is counted by no number, or is followed by a date, is still one body.
    assert _names("推动县医院与省人民医院结对，国家统计局2024年数据显示。") == \
        [("org", "省人民医院"), ("org", "国家统计局")]


def test_bodies_listed_after_one_with_its_place_and_centres_being_built() -> None:
    # 2025 Ningxia report (zh-docs/provincial-work-reports-2025-docx): the list shares 宁夏.
    assert _names("设立组建宁夏交通职业技术学院、艺术职业学院和工匠学院。") == \
        [("org", "宁夏交通职业技术学院"), ("org", "艺术职业学院"), ("org", "工匠学院")]
    assert _names("新疆大学、石河子大学和其他高校") == [("org", "新疆大学"), ("org", "石河子大学")]
    assert _names("省公安厅和有关部门") == [("org", "省公安厅")]
    # A centre under construction is a project, not a body (2025 Shanghai report).
    assert _names("加快国际贸易中心建设，链接全球能力深化拓展。") == []


def test_chinese_short_bodies_inside_their_members_and_named_areas_of_provinces() -> None:
    assert _names("全面深入贯彻军委主席负责制，持续深化政治整训。") == [("org", "军委")]
    assert _names("推进粤东地区农民集中式住宅建设试点，向武警官兵表示感谢。") == [("place", "粤东地区"), ("org", "武警")]
    assert _names("2024中国国际友城大会在昆明举行。") == [("place", "中国"), ("place", "昆明")]


# National government work reports (zh-docs/national-gov-work-reports-wikisource) and 2025 provincial reports.
def test_generic_bodies_awards_and_adverbs_are_no_names_and_areas_of_a_city_are() -> None:
    assert _names("省、市、自治区政府的机构改革要继续抓好") == []  # any province's, city's or region's
    assert _names("落实了党和政府的各项正确的政策") == []
    assert _names("同推行企业承包经营责任制相配合") == []  # 相 + a verb, not the surname 相
    assert _names("获“飞天奖”“星光奖”“金鹰奖”“白玉兰奖”。") == []
    assert _names("整个长江流域经济的发展，成都都市圈发展能级提升") == [("place", "长江流域"), ("place", "成都都市圈")]
    assert _names("持续建设国家技术创新中心等高能级科创平台") == []
    # A column header of a register beside Latin text is a role, not a person (samples/make_samples.py).
    assert _names("虚构样本 FICTIONAL SAMPLE\n序号\t来访日期\t来访人\t人数\t反映事项") == []
    assert _names("通过上海浦东的开放开发带动长江三角洲地区") == [("place", "上海浦东"), ("place", "长江三角洲地区")]


# 2025 Henan and Ningxia reports (zh-docs/provincial-work-reports-2025-docx).
def test_well_known_companies_by_their_short_names() -> None:
    assert _names("支持比亚迪、上汽、奇瑞、宇通等企业扩量提质，力争整车产量200万辆。") == \
        [("org", "比亚迪"), ("org", "上汽"), ("org", "奇瑞"), ("org", "宇通")]  # 比亚迪 is no transliterated person;
    # 上汽 and 宇通 are on no list: the list of enterprises they stand in names them
    assert _names("加快建设亚马逊、腾讯、中国电信、中国移动、航天云等25个数据中心和智算项目。") == \
        [("org", "亚马逊"), ("org", "腾讯"), ("org", "中国电信"), ("org", "中国移动")]
    assert _names("海康威视和大华股份的摄像头") == [("org", "海康威视"), ("org", "大华股份")]
    assert _names("美的风景") == []  # 美的 the firm is also "beautiful": not listed


def test_a_known_name_that_is_also_a_word_needs_to_read_as_a_name() -> None:
    assert _names("搞好“文化扶贫工程”和“万里边疆文化长廊”的建设。") == []  # 万里: "ten thousand li"
    assert _names("万里同志主持会议，江青有野心。") == [("person", "万里"), ("person", "江青")]


# Enron signature and address lines (email/enron-sample).
def test_english_addresses_give_street_city_state_and_county() -> None:
    assert _names("Hope Street Los Angeles, CA 90071") == [("place", "Hope Street"), ("place", "Los Angeles"),
                                                          ("place", "CA")]
    assert ("place", "Louisiana St.") in _names("1111 Louisiana St., Suite 4300 Houston, TX 77002")
    assert _names("Location: Rusk Co., TX") == [("place", "Rusk Co."), ("place", "TX")]
    assert _names("Yes, OK. Fine, IN the end.") == []  # two capitals after a comma are no state by themselves
    assert ("org", "Main Street Capital") in _names("Main Street Capital bought it.")


def test_english_names_the_rules_miss_come_from_the_model() -> None:
    found = _names("Jay Bowker said Deloitte & Touche would audit Discovery Therapeutics in Philadelphia.")
    assert ("org", "Deloitte & Touche") in found and ("person", "Jay Bowker") in found
    assert ("org", "Discovery Therapeutics") in found and ("place", "Philadelphia") in found
    extractors = {m.text: m.extractor for m in extract("Jay Bowker said Deloitte & Touche would audit them.")}
    assert extractors["Deloitte & Touche"] == "spacy" and extractors["Jay Bowker"] == "rules-en"


def test_english_signature_blocks_and_surname_first_lists() -> None:
    assert _names("Thanks, Sara Shackleton Enron North America Corp.") == [
        ("person", "Sara Shackleton"), ("org", "Enron North America Corp.")]
    assert _names("Robin Deguara Executive Assistant") == [("person", "Robin Deguara")]
    assert ("person", "Price, Wade R.") in _names("Attendees: Price, Wade R. and Vargas, Maria Victoria")
    assert ("person", "Vargas, Maria Victoria") in _names("Attendees: Price, Wade R. and Vargas, Maria Victoria")
    assert ("place", "Grosvenor Square") in _names("The office moved to Grosvenor Square last week.")


def test_model_mentions_never_cover_other_scripts_or_spreadsheet_debris() -> None:
    roster = (ROOT / "samples" / "collection" / "staff-roster.csv").read_text(encoding="utf-8")
    mentions = extract(roster)
    assert all(m.text.isascii() and not any(c.isdigit() for c in m.text) for m in mentions if m.extractor == "spacy")
    assert {m.text for m in mentions if m.type == "person"} >= {"苏明远", "阿依努尔·卡德尔", "麦合木提·吐尔逊"}


def test_english_ner_setting_runs_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from dossier.entities import english

    text = "Jay Bowker said Deloitte & Touche would audit them."
    monkeypatch.setenv("DOSSIER_ENGLISH_NER", "rules")
    english._model.cache_clear()
    try:
        assert _names(text) == [("person", "Jay Bowker")]
    finally:
        monkeypatch.delenv("DOSSIER_ENGLISH_NER")
        english._model.cache_clear()
    assert ("org", "Deloitte & Touche") in _names(text)


def test_bare_english_years_but_not_counts_amounts_or_street_numbers() -> None:
    dates = [(m.text, m.value) for m in extract("Copyright 2001 Enron. We sold 2001 units in 1999, up from 1998.")
             if m.type == "date"]
    assert dates == [("2001", "2001"), ("1999", "1999"), ("1998", "1998")]
    named = "See the 2002 Stock Option Grant, not the 2000 units, but the 2003 budget."
    assert [m.text for m in extract(named) if m.type == "date"] == ["2002", "2003"]
    numbers = "Suite 2000, 1400 Smith Street; 2000 MW for $1999; flight CO 1963; 1880 and 2050 are out of range"
    assert [m.text for m in extract(numbers) if m.type == "date"] == []


def test_a_span_of_years_is_one_date_from_its_first_year() -> None:
    found = [(m.text, m.value, m.detail.get("until")) for m in extract("编制2021—2025年规划，1990至1995年间") if m.type == "date"]
    assert found == [("2021—2025年", "2021", "2025"), ("1990至1995年", "1990", "1995")]


def test_central_bodies_level_bodies_and_named_landforms() -> None:
    # From the 2025 reports of Gansu and Guizhou: a ministry written with 和, bodies named by their level.
    assert _names("省政府和国家林草局联合印发，由工业和信息化部组织审查认定") == [
        ("org", "省政府"), ("org", "国家林草局"), ("org", "工业和信息化部")]
    assert _names("扎实推进省委全会部署，县人民政府负责落实") == [("org", "省委"), ("org", "县人民政府")]
    assert _names("支持安顺学院更名建设贵州文化旅游学院") == [("org", "安顺学院"), ("org", "贵州文化旅游学院")]
    assert _names("支持长沙建设国际消费中心城市") == [("place", "长沙")]  # the city builds; it is no office
    assert _names("打好河西走廊—塔克拉玛干沙漠边缘阻击战") == [("place", "河西走廊"), ("place", "塔克拉玛干沙漠")]


def test_mail_dates_level_offices_and_signatures_read_from_holdout_errors() -> None:
    # 08/02/99 cannot be year/month/day (day 99): it is the American month/day/year of mail headers.
    assert [(m.text, m.value) for m in extract("Sent 08/02/99; filed 17/03/01") if m.type == "date"] == [
        ("08/02/99", "1999-08-02"), ("17/03/01", "2017-03-01")]
    assert _names("主办单位：省卫生健康委、省疾控局") == [("org", "省卫生健康委"), ("org", "省疾控局")]
    assert ("person", "Nicki Daw") in _names("Regards, Nicki Daw Enron Corp Tel 713")


def test_named_areas_of_cities_and_level_bodies_read_from_the_second_holdout() -> None:
    assert _names("推进东莞滨海湾新区、珠海西部生态新区、佛山三龙湾建设") == [
        ("place", "东莞滨海湾新区"), ("place", "珠海西部生态新区"), ("place", "佛山三龙湾")]
    assert _names("沈阳方城、大连东关街入选") == [("place", "沈阳方城"), ("place", "大连东关街")]
    assert _names("创建示范县") == []  # 范县 is a county, but not inside 示范县
    assert _names("办理市人大代表建议、市政协提案") == [("org", "市人大"), ("org", "市政协")]
    assert _names("省数据和政务服务局、省人力资源和社会保障厅") == [
        ("org", "省数据和政务服务局"), ("org", "省人力资源和社会保障厅")]
    assert _names("巴渝文化") == [("place", "巴渝")]
    assert ("place", "N.C.") in _names("CHARLOTTE, N.C. (Reuters) - Duke Energy said")


def test_a_lone_han_word_is_a_name_only_in_latin_script_text() -> None:
    assert _names("Yesterday 陳全國 spoke.") == [("person", "陳全國")]
    assert _names("序号\t来访日期\t来访人\t人数") == []  # a spreadsheet's header cells, among tabs and digits


def test_planning_areas_after_a_place_and_county_short_forms_jieba_barely_knows() -> None:
    assert _names("推动长江经济带发展，建设洞庭湖生态经济区、湘江科学城和武汉新城") == [
        ("place", "长江经济带"), ("place", "洞庭湖生态经济区"), ("place", "湘江科学城"), ("place", "武汉新城")]
    assert _names("推动西宁—海东都市圈建设") == [("place", "西宁—海东都市圈")]  # two cities share one area word
    assert _names("美兰机场、洋浦港、海口港总体规划获批") == [("place", "美兰机场"), ("place", "洋浦港"), ("place", "海口港")]
    assert _names("深化港城融合") == []  # 港 names a port only after a city
    assert _names("北京商务中心区当选全球商务区创新联合会主席机构")[0] == ("place", "北京商务中心区")
    # county short forms that jieba's dictionary has seen only a few times, under another tag
    assert _names("库车、策勒和兴义") == [("place", "库车"), ("place", "策勒"), ("place", "兴义")]
    # autonomous divisions named for several peoples, by their short forms and as 州
    assert _names("支持湘西、恩施州、伊犁州、海南州和陵水发展") == [
        ("place", "湘西"), ("place", "恩施州"), ("place", "伊犁州"), ("place", "海南州"), ("place", "陵水")]
    assert _names("深化两岸融合发展，增进两岸同胞福祉") == []  # 两岸 is no place
    assert _names("高质量建设紧密型城市医疗集团和县域医共体") == []  # 和县 is a county, but not in 和县域


def test_a_common_word_with_one_more_character_or_a_quoted_brand_is_no_person() -> None:
    assert _names("海内外中华儿女的凝聚力和向心力必将不断增强") == []
    assert _names("全面贯彻总体国家安全观") == []
    assert _names("特别是超强台风“摩羯”正面侵袭海南时") == [("place", "海南")]
    assert _names("上线“鲁惠通”政策兑现平台") == []
    assert _names("李德仁院士获国家最高科学技术奖") == [("person", "李德仁")]
    assert _names("我们坚决支持阿拉伯各国人民") == []


def test_titles_and_kinds_of_institution_are_no_bodies_but_named_ones_are() -> None:
    assert _names("推进公立医院高质量发展，高水平建设国家区域医疗中心") == []
    assert _names("国家技术创新中心达3家") == []  # counted, so a kind
    assert _names("建设上海国际航运中心") == [("place", "上海")]  # a status of the city
    assert _names("全力支持材料实验室辽宁基地、太行实验室辽宁基地") == [
        ("place", "辽宁"), ("org", "太行实验室"), ("place", "辽宁")]
    assert _names("支持省能投集团、川投集团做强") == [("org", "省能投集团"), ("org", "川投集团")]
    assert _names("第一机械工业部和煤炭工业部") == [("org", "第一机械工业部"), ("org", "煤炭工业部")]
    assert _names("发挥了各个机械工业部门的设备能力") == []
    assert _names("央视综合频道播出，全国双拥办表彰") == [("org", "央视综合频道"), ("org", "全国双拥办")]
    assert _names("中国国民党和武警部队") == [("org", "中国国民党"), ("org", "武警部队")]


def test_an_institution_with_its_branch_is_one_body() -> None:
    assert _names("中国人民大学通州校区先期运行") == [("org", "中国人民大学通州校区")]
    assert _names("运营好北大肿瘤医院、北京中医医院内蒙古医院") == [
        ("org", "北大肿瘤医院"), ("org", "北京中医医院内蒙古医院")]


def test_names_glued_together_sites_and_cut_or_widened_bodies() -> None:
    assert _names("把马克思列宁主义的普遍真理同本国的具体情况相结合") == [("person", "马克思"), ("person", "列宁")]
    assert _names("麦积山石窟和天水") == [("place", "麦积山石窟"), ("place", "天水")]
    assert _names("在教育部直属师范大学实行师范生免费教育") == [("org", "教育部")]  # any of its universities
    assert _names("支持海南警察学院发展") == [("org", "海南警察学院")]  # 警察 is the field, not a verb after 海南
    assert _names("推进川投集团和省能投集团战略性重组") == [("org", "川投集团"), ("org", "省能投集团")]
    assert _names("加快深化工业园区管理体制改革") == []
    assert _names("京津冀协同发展，京津冀地区") == [("place", "京津冀地区")]  # three abbreviations alone are no place
    assert _names("成都市区人口") == [("place", "成都市区")]
    assert _names("沈阳市区县") == [("place", "沈阳市")]
    assert _names("同济医院和哈工大先研院") == [("org", "同济医院"), ("org", "哈工大先研院")]


def test_route_ends_zones_rivers_and_the_centre_acting() -> None:
    assert _names("开工建设富裕至加格达奇铁路扩能改造等项目") == [("place", "富裕"), ("place", "加格达奇")]
    assert _names("健全光明科学城、松山湖科学城") == [("place", "光明科学城"), ("place", "松山湖科学城")]
    assert _names("横琴粤澳深度合作区和横琴合作区") == [("place", "横琴粤澳深度合作区"), ("place", "横琴合作区")]
    assert _names("乌鲁木齐国际陆港区挂牌，喀什集结中心") == [("place", "乌鲁木齐国际陆港区"), ("place", "喀什")]
    assert _names("深化辽河综合治理，实施青南地区旅游发展五年行动") == [("place", "辽河"), ("place", "青南地区")]
    assert ("org", "中央") in _names("深入贯彻落实1997年中央召开的全国金融工作会议")
    assert ("org", "中央") not in _names("加大中央财政转移支付")
    assert _names("第八届全国人民代表大会第一次会议通过") == [("org", "全国人民代表大会")]
    assert _names("科协、侨联、贸促会等群团组织") == [("org", "科协"), ("org", "侨联"), ("org", "贸促会")]


def test_a_company_at_the_start_of_a_clause_but_not_a_kind_of_company() -> None:
    assert _names("思哲睿公司成为国内行业领军企业，天有为公司上交所主板上市") == [
        ("org", "思哲睿公司"), ("org", "天有为公司"), ("org", "上交所")]
    assert _names("鼓励跨国公司在华设立研发中心") == []
    assert _names("全年新设三级子公司12家，平台公司转型") == []


def test_english_address_towns_old_state_abbreviations_and_boxes() -> None:
    assert _names("Baylor University PO Box 98004 Waco, TX 76798") == [
        ("org", "Baylor University"), ("place", "Waco"), ("place", "TX")]
    assert _names("Telegraph Road, Suite 4646, Bingham Farms, MI 48025.") == [
        ("place", "Telegraph Road"), ("place", "Bingham Farms"), ("place", "MI")]
    assert ("place", "Cal.") in _names("Lorenzo Booker of Ventura, Cal., and others")


def test_designations_level_hospitals_and_named_features_from_the_ninth_set() -> None:
    assert _names("高水平建设国家医学中心和区域医疗中心") == []
    assert _names("更好发挥全国文化中心示范作用，高水平建设全球海洋中心城市") == []
    assert _names("增强山区海岛县县级医院技术能力") == []
    assert _names("龙岩入选国家公立医院改革与高质量发展示范项目") == [("place", "龙岩")]
    assert _names("挂牌建设嘉陵江、明月湖实验室") == [("place", "嘉陵江"), ("org", "明月湖实验室")]
    assert _names("呼和浩特盛乐国际机场主体工程基本完工") == [("place", "呼和浩特盛乐国际机场")]
    assert _names("在北京中轴线成功申遗之际，开展中原农谷建设") == [("place", "北京中轴线"), ("place", "中原农谷")]
    assert _names("启动中心镇建设计划，公路、内河航道、港口") == []
    assert _names("总书记殷殷嘱托") == []
    assert _names("醫藥費、文敎費和福利費平均") == []


def test_townships_and_counties_made_since_2020_from_the_ministrys_list() -> None:
    assert _names("诸暨市枫桥镇人民政府") == [("org", "诸暨市枫桥镇人民政府")]
    assert _names("浙江诸暨县枫桥镇") == [("place", "浙江诸暨县枫桥镇")]  # the county's name of 1963, a chain still
    assert _names("可克达拉市和双河市") == [("place", "可克达拉市"), ("place", "双河市")]  # Xinjiang's new cities
    assert _names("建成盘州至兴义铁路") == [("place", "盘州"), ("place", "兴义")]  # 盘县 became 盘州市 in 2017
    assert _names("发展乡村振兴，推进小城镇建设") == []  # townships named 发展乡 and 小城镇 exist, but not here


def test_english_surname_first_lists_titles_units_and_cities_as_bodies() -> None:
    assert _names("GHOSH, Ronnie") == [("person", "GHOSH, Ronnie")]  # census surname and given name
    assert _names("Yesterday, Mark said") == [("person", "Mark")]  # "Yesterday" is no surname
    assert _names("mail to 5523 Grosvenor Square, Houston 77069") == [
        ("place", "Grosvenor Square"), ("place", "Houston")]
    assert _names("ALJ Barnett said") == [("person", "Barnett")]
    assert _names("a complaint by the City of Detroit") == [("org", "City of Detroit")]
    assert _names("May Add 1,500 MW of power") == []
    assert _names("Martin will call") == [("person", "Martin")]  # the model's ORG for a one-word given name
    assert _names("Chase will fund the loan") == [("org", "Chase")]  # but a bank's name stays a firm


def test_state_firms_regions_zones_and_schools_from_the_eleventh_set() -> None:
    assert _names("继续加强东北、华北、西北和长江中下游等重点防护林体系建设") == [("place", "华北"), ("place", "长江中下游")]
    assert _names("抓好中能建泰安压缩空气，回信勉励中国一重产业工人代表") == [
        ("org", "中能建"), ("place", "泰安"), ("org", "中国一重")]
    assert _names("跻身世界知识产权组织发布的全球百强") == [("org", "世界知识产权组织")]
    assert _names("办好西南联合研究生院和云南高等研究院") == [("org", "西南联合研究生院"), ("org", "云南高等研究院")]
    assert _names("香港城市大学（东莞）正式招生") == [("org", "香港城市大学（东莞）")]
    assert _names("岳阳绿色化工高新区综合竞争力居第1位") == [("place", "岳阳绿色化工高新区")]
    assert _names("长沙建设高新区") == [("place", "长沙")]  # a verb between: the city builds a zone
    assert _names("先行试点建设50个智能化康复中心") == []
    assert _names("自治区、自治州、自治县的人民代表大会中") == []
    assert _names("攻坚之战连战连胜") == []


def test_an_institution_named_at_length_with_no_place_in_its_name() -> None:
    assert _names("发挥丝绸之路考古合作研究中心等作用") == [("org", "丝绸之路考古合作研究中心")]
    assert _names("加快空天信息大学筹建") == [("org", "空天信息大学")]
    assert _names("国际红树林中心、穿山甲保护研究中心") == [("org", "穿山甲保护研究中心")]
    assert _names("建设一批新型研发机构和高水平研究院") == []
    assert _names("规划建设大红门博物馆") == []  # the action is no part of the name, and the rest is too short to tell


def test_townships_after_their_county_listed_firms_and_named_labs_from_the_thirteenth_set() -> None:
    assert _names("开工德州庆云、泰安仪阳项目，投用临沭蛟龙项目") == [
        ("place", "德州庆云"), ("place", "泰安仪阳"), ("place", "临沭蛟龙")]
    assert _names("建成昌平南口全国重点实验室基地一期") == [("place", "昌平南口")]
    assert _names("与怀柔国家实验室达成战略合作") == [("org", "怀柔国家实验室")]
    assert _names("雄安宣武医院门诊量达19万人次") == [("org", "雄安宣武医院")]
    assert _names("加快设置新疆工业职业技术大学、新疆铁道与能源职业技术大学2所职业本科院校") == [
        ("org", "新疆工业职业技术大学"), ("org", "新疆铁道与能源职业技术大学")]
    assert _names("重庆脑与智能科学中心建成投用") == [("org", "重庆脑与智能科学中心")]
    assert _names("加快国家碳计量中心（河南）建设") == [("org", "国家碳计量中心（河南）")]
    assert _names("支持厦门、建瓯申报国家历史文化名城") == [("place", "厦门"), ("place", "建瓯")]
    assert _names("严格落实“三严三实”要求，力争高能物理研究中心纳入规划") == []
    assert _names("牛河梁遗址写入新版历史教科书") == [("place", "牛河梁遗址")]


def test_bodies_venues_and_zones_from_the_fifteenth_set() -> None:
    assert _names("继续加强人民代表大会的立法和监督工作") == []  # the congresses in general
    assert ("org", "人民代表大会") in _names("江苏省第十四届人民代表大会第三次会议")
    assert ("org", "国家安全部") not in _names("向国务院公安部门、国家安全部门报告")
    assert _names("推动国家会议中心二期使用") == [("place", "国家会议中心")]  # a venue for others' events
    assert _names("华为青浦研发中心正式投用") == [("org", "华为青浦研发中心")]
    assert _names("省长叶建春作政府工作报告") == [("person", "叶建春")]
    assert _names("加快建设吉隆边境经济合作区，京唐港区散货码头") == [
        ("place", "吉隆边境经济合作区"), ("place", "京唐港区")]
    assert _names("中卫大漠黄河景区被评为国家级旅游度假区") == [("place", "中卫大漠黄河景区")]
    assert _names("积极参与全国法治政府建设示范创建活动，推进国家区域公共卫生中心等项目") == []
    assert _names("深入贯彻行政许可法") == []


def test_missions_countries_and_old_names_from_the_seventeenth_set() -> None:
    assert _names("推动墨西哥、越南驻渝总领馆开馆") == [("place", "墨西哥"), ("org", "越南驻渝总领馆")]
    assert _names("高水平建设郑州一卢森堡“空中丝路”，加快建设中国邮政航空枢纽") == [
        ("place", "郑州"), ("place", "卢森堡"), ("org", "中国邮政")]
    assert _names("高质量建设黄河故道生态富民廊道，联动三湘") == [("place", "黄河故道"), ("place", "三湘")]
    assert _names("城中村改造") == []
    assert _names("子公司独立于母公司，但在集团内部存在层级关系") == []
    assert _names("建好国家区域公共卫生中心") == []


def test_a_place_is_not_hidden_by_a_name_that_overlaps_it_but_is_no_word() -> None:
    # 亲临|安徽: 临安 (a district) overlaps 安徽 but is no word here; 新|青海, 新|宁夏 likewise (新青, 新宁)
    assert _names("习近平总书记亲临安徽考察") == [("person", "习近平"), ("place", "安徽")]
    assert _names("习近平总书记去年12月亲临海南发表重要讲话") == [("person", "习近平"), ("place", "海南")]
    assert _names("也是推进现代化新青海建设的重要一年") == [("place", "青海")]
    assert _names("为加快建设美丽新宁夏") == [("place", "宁夏")]
    assert _names("抓好示范县建设") == []  # 范县 stays inside 示范县


def test_the_firms_of_a_list_of_enterprises_but_not_its_trades() -> None:
    # real report sentences (Inner Mongolia, Guizhou, Henan 2025); no list of firms could name them all
    assert _names("远景、明阳、隆基、龙马等一批企业总部注册落地") == [
        ("org", "远景"), ("org", "明阳"), ("org", "隆基"), ("org", "龙马")]
    assert _names("支持宁德时代、中伟、裕能、比亚迪等龙头企业") == [
        ("org", "宁德时代"), ("org", "中伟"), ("org", "裕能"), ("org", "比亚迪")]
    assert _names("支持超聚变、郑州合晶、华为安驰等企业") == [("org", "超聚变"), ("org", "郑州合晶"), ("org", "华为安驰")]
    assert _names("彻底清理工矿、交通运输、建筑安装和商业等企业") == []  # trades, not firms
    assert _names("推进钢铁、焦化等行业企业") == []
    assert _names("分别举办采煤、发电、冶炼、化工等企业") == []


def test_newspapers_by_their_titles_and_the_corps_by_its_short_name() -> None:
    assert _names("做法在《中国国防报》头版刊发") == [("org", "中国国防报")]  # Ningxia 2025
    assert _names("审议《政府工作报告》和《统计公报》") == []  # reports, not publications
    assert _names("一年来，我们全力支持生产建设兵团改革发展") == [("org", "生产建设兵团")]  # Xinjiang 2025


def test_places_joined_by_dashes_share_an_area_word_only_when_there_is_one() -> None:
    assert _names("“深圳—香港—广州”科技集群创新指数") == [("place", "深圳"), ("place", "香港"), ("place", "广州")]
    assert _names("推动西宁—海东都市圈建设") == [("place", "西宁—海东都市圈")]
    assert _names("培育哈尔滨现代化都市圈") == [("place", "哈尔滨现代化都市圈")]  # Heilongjiang 2025


def test_a_countrys_party_the_centre_allotting_and_a_gateway_port() -> None:
    assert _names("苏联共产党第二十一次代表大会，通过了发展国民经济的七年计划") == [("org", "苏联共产党")]  # 1959 report
    assert _names("中央下达农村义务教育经费666亿元") == [("org", "中央")]  # 2007 report
    assert _names("推进北部湾国际门户港基础设施、服务提升三年行动") == [("place", "北部湾国际门户港")]  # Guangxi 2025


def test_glued_places_births_and_what_is_no_body_from_the_nineteenth_set() -> None:
    assert _names("各级政府办事情、作决策，都要符合中国现阶段国情") == [("place", "中国")]  # jieba: 符合中国
    assert _names("纪念陈嘉庚先生诞辰150周年、严复诞辰170周年等活动") == [("person", "陈嘉庚"), ("person", "严复")]
    assert _names("积极承接中东部劳动密集型产业转移") == []  # the central and eastern parts
    assert _names("加强沿边重点城镇、兴边富民中心城镇和边境新村建设") == []
    assert _names("建成周口港中心作业区一期工程") == [("place", "周口港")]
    assert _names("严控新建政府性楼堂馆所") == []  # 新建 "newly built" opens no name
    assert _names("中国政府与其他国家政府签订互免签证协议") == [("org", "中国政府")]
    assert _names("本法所称的毒品，是指鸦片、海洛因、吗啡") == []
    assert _names("珠三角与粤东西北经贸合作招商会") == [("place", "珠三角"), ("place", "粤东西北")]


def test_firms_by_their_groups_alliances_and_bodies_holding_a_title_from_the_twenty_first_set() -> None:
    # Jilin, Hainan, Tibet, Ningxia and Fujian 2025; the 1954 and 1997 national reports
    assert _names("推进吉能集团、交投集团、一汽吉林战略性重组，做实金控集团主体功能，拓展农发、旅控、吉勤集团战略性布局") == [
        ("org", "吉能集团"), ("org", "交投集团"), ("place", "吉林"), ("org", "农发"), ("org", "旅控"), ("org", "吉勤集团")]
    assert _names("深儋合作区落地深农集团、深圳港集团等企业") == [("org", "深农集团"), ("org", "深圳港集团")]
    assert _names("华西二院西藏医院国家区域医疗中心、西藏大学教育城校区") == [
        ("org", "华西二院西藏医院"), ("org", "西藏大学教育城校区")]
    assert _names("海南南繁种业集团、崖州湾生物育种产业联盟组建成立") == [
        ("org", "海南南繁种业集团"), ("org", "崖州湾生物育种产业联盟")]
    assert _names("加快提升四大都市区和中心城市能级") == []
    assert _names("推动福建人工智能计算中心扩容") == [("place", "福建")]  # a facility
    assert ("org", "亚马逊") in _names("加快建设亚马逊、腾讯、中国电信等25个数据中心")
    assert _names("强化湾区科创城等重点转型区域功能升级") == [("place", "湾区科创城")]
    assert _names("在社会上还有一些盗窃犯、诈骗犯、杀人犯、放火犯、流氓集团和各种坏分子") == []
    assert _names("支持具有优势的大公司大企业集团进一步做强做大") == []


def test_international_bodies_by_name() -> None:
    assert _names("具有广泛基础的不结盟运动，是维护世界和平的一支重要力量") == [("org", "不结盟运动")]  # 1980s report
    assert ("org", "世界经济论坛") in _names("出席二十国集团领导人峰会、世界经济论坛等重大活动")


def test_factories_economic_circles_reserves_and_counties_from_the_twenty_third_set() -> None:
    # the 1958 report; Chongqing, Fujian, Yunnan, Gansu and Sichuan 2025
    assert _names("有南京钢铁厂，浙江杭县钢铁厂，福建三明钢铁厂，江西钢铁厂") == [
        ("org", "南京钢铁厂"), ("org", "浙江杭县钢铁厂"), ("org", "福建三明钢铁厂"), ("org", "江西钢铁厂")]
    assert _names("蒙牛宁夏全数智化工厂获评全球首个乳业“灯塔工厂”") == [("place", "宁夏")]  # a digitised factory
    assert _names("成渝地区双城经济圈建设成势见效") == [("place", "成渝地区双城经济圈")]
    assert _names("支持创建木兰溪源国家级自然保护区，推进闽江河口湿地申报世界自然遗产") == [
        ("place", "木兰溪源国家级自然保护区"), ("place", "闽江河口湿地")]
    assert _names("孟连县在发展牛油果产业中") == [("place", "孟连县")]  # 孟连傣族拉祜族佤族自治县
    assert _names("建成国家西北区域应急救援中心") == []
    assert _names("办好第30届国际原子能机构聚变能大会和国际大坝委员会第28届大会") == [
        ("org", "国际原子能机构"), ("org", "国际大坝委员会")]
    assert _names("建成S22白永段、S29呼凉高速") == []


def test_a_session_ordinal_jieba_keeps_in_one_word_and_a_marathon() -> None:
    assert _names("基本上完成了八届全国人大一次会议确定的各项任务") == [("org", "全国人大")]  # 1994 report
    assert _names("办好高原马拉松、“村字号”等文体活动") == []


def test_two_bodies_joined_by_and_a_seas_rim_and_a_kind_of_hospital() -> None:
    # Sichuan, Tianjin and Guangdong 2025
    assert _names("省政府接受人大法定监督和政协民主监督") == [("org", "省政府"), ("org", "人大"), ("org", "政协")]
    assert _names("深化环渤海港口协同联动") == [("place", "渤海")]
    assert _names("12家医院位列国家公立综合医院百强") == []
    assert _names("住房和城乡建设部") == [("org", "住房和城乡建设部")]


def test_factories_with_ordinals_offices_of_a_level_and_places_jieba_cut_from_the_twenty_sixth_set() -> None:
    # the 1955 and 1957 reports; Sichuan and Xinjiang 2025
    assert _names("五年中，要对鞍山钢铁公司和包头钢铁公司，长春第一汽车制造厂") == [
        ("org", "鞍山钢铁公司"), ("org", "包头钢铁公司"), ("org", "长春第一汽车制造厂")]
    assert _names("特别是沈阳第二机床厂，该厂生产的三百八十台钻床") == [("org", "沈阳第二机床厂")]
    assert _names("省政府办公厅印发《行动计划》") == [("org", "省政府办公厅")]
    assert _names("一年来，省政府接受人大法定监督") == [("org", "省政府"), ("org", "人大")]
    assert _names("天山北坡城市群空气质量明显改善") == [("place", "天山北坡城市群")]  # jieba: 天|山北坡
    assert _names("１９９６年１月成立香港特别行政区筹委会") == [("org", "香港特别行政区筹委会")]


def test_this_congress_kinds_of_bank_waterways_and_lines_from_the_twenty_seventh_set() -> None:
    # national reports of 1955-2000; Chongqing and Guangxi 2025; the Constitution
    assert _names("这个草案，已经由国务院通过，提请这次人民代表大会审议和决定") == [
        ("org", "国务院"), ("org", "人民代表大会")]
    assert _names("加强中央银行的宏观调控能力，清理、整顿非银行金融机构") == []
    assert _names("以毛泽东同志为首的中国共产党中央根据列宁关于过渡时期的学说") == [
        ("person", "毛泽东"), ("org", "中国共产党中央"), ("person", "列宁")]
    assert ("place", "长江水道") in _names("西部开发要依托长江水道、西南出海通道，培育西陇海兰新线经济带")
    assert ("person", "兰新线") not in _names("培育西陇海兰新线经济带")
    assert _names("加快实施三峡库区腹心地带保护修复工程") == [("place", "三峡库区")]
    assert _names("加大沿边临港产业园区建设力度") == []  # 临港 "by the port", not the Shanghai zone
    assert _names("有权罢免本级人民代表大会常务委员会的组成人员") == []


def test_all_the_un_members_bridges_statuses_and_kinds_from_the_twenty_ninth_set() -> None:
    # national reports of 1955-1988; Hainan and Yunnan 2025
    assert _names("我们先后同安提瓜和巴布达、阿拉伯联合酋长国、格林纳达、伯利兹建立了外交关系") == [
        ("place", "安提瓜和巴布达"), ("place", "阿拉伯联合酋长国"), ("place", "格林纳达"), ("place", "伯利兹")]
    assert _names("如黄、淮、海地区的盐碱地") == []  # not Haiti
    assert _names("举世瞩目的长江大桥、宝成铁路已经建设完成") == [("place", "长江")]  # a bridge is a facility
    assert _names("举办2025年海南自贸港全球产业招商大会") == [("place", "海南")]
    assert _names("聚焦重点高原湖泊流域") == []
    assert _names("我们粉碎了林彪反党集团") == [("person", "林彪")]
    assert _names("采取广播电视大学、函授大学、夜大学等多种形式") == []
    assert _names("有的由国家大部收购") == []


def test_the_mainland_asia_europe_and_mountains_of_gold_from_the_twenty_eighth_set() -> None:
    assert _names("隐藏在大陆上的蒋介石卖国集团的残余分子") == [("person", "蒋介石")]  # 1955 report
    assert _names("出席亚欧首脑会议、达沃斯论坛等重大活动") == [("org", "达沃斯论坛")]
    assert _names("组建城市合作银行的大中城市") == []
    assert _names("更好转化为金山银山的大文章") == []
    assert _names("上海金山区") == [("place", "上海金山区")]


def test_contacts_offices_villages_and_levels_from_the_thirtieth_set() -> None:
    # government notices of holdout30's read half (gov.cn, Shanghai, Shandong)
    assert _names("市级平台：刘彩薇（联系电话：17857696205）、董昭（联系电话：17321087125）") == [
        ("person", "刘彩薇"), ("person", "董昭")]  # a name listed with its telephone
    assert _names("市级平台技术支持：周天卉，联系电话：15800990605，") == [("person", "周天卉")]
    assert _names("二、梁伟新党组副书记、副主任（正厅长级），省国防科工办主任：协助分管") == [
        ("person", "梁伟新"), ("org", "省国防科工办")]  # a name before a party-group title; an office by its short name
    assert _names("省扶贫开发领导小组各成员单位主要负责同志") == [("org", "省扶贫开发领导小组")]
    assert _names("发展改革委意见：2000年国家已取消") == [("org", "发展改革委")]
    assert _names("8．国际船舶运输经营者/内地与港澳间水路运输经营者营运船舶情况表") == []  # the mainland is no place
    assert _names("自2003年7月下旬以来，巴东县官渡口镇马鬃山村村民断续感觉地下振动") == [("place", "巴东县官渡口镇马鬃山村")]
    assert _names("附件：2021年崇明区级城市体检指标体系") == [("place", "崇明")]  # 区级 is a level
    assert _names("湖南政务服务平台“湘易办”上线") == [("place", "湖南")]  # written: an app, not an office


def test_addresses_lists_of_names_and_procurement_from_the_thirty_fourth_set() -> None:
    # procurement and meeting notices of holdout34's read half
    assert _names("地址：湖南省长沙市雨花区湘府东路二段") == [("place", "湖南省长沙市雨花区湘府东路")]  # a street after its division
    assert _names("杭州市富阳区富春街道凤浦路") == [("place", "杭州市富阳区富春街道凤浦路")]
    assert _names("轮台县县城") == [("place", "轮台县县城")]
    assert _names("我们将与广大台湾同胞一道") == [("place", "台湾")]  # 一道, "together", is no street (1984 report)
    assert _names("4.评审委员会成员：覃进良、何辉、李中贞、黄德初") == [
        ("person", "覃进良"), ("person", "何辉"), ("person", "李中贞"), ("person", "黄德初")]  # a name among names
    assert _names("廖良锋(包1采购人代表)、汪学斌(包1组长)、任红军(包1)") == [
        ("person", "廖良锋"), ("person", "汪学斌"), ("person", "任红军")]
    assert _names("联系人：张女士，电话：0991-2817458") == []  # a surname and a courtesy title
    assert _names("（2）供应商在中国政府采购网（www.ccgp.gov.cn）没有被列入") == [("place", "中国")]  # procurement
    assert _names("宝安区委组织部") == [("org", "宝安区委组织部")]  # a committee's department
    assert _names("住房城乡建设部") == [("org", "住房城乡建设部")]  # the ministry's name of 2008-2018
    assert _names("以省级人民政府办公厅名义") == []  # any province's
    assert _names("供应商须持有CA证书参与投标") == []  # a certificate authority's certificate


def test_the_fields_of_tender_notices() -> None:
    # Written in the forms of procurement notices (firms, schools, branches and expert panels fill their fields).
    assert _names("代理机构：中招国际招标有限公司") == [("org", "中招国际招标有限公司")]  # a firm with no place in its name
    assert _names("成交供应商：\n中招国际招标有限公司") == [("org", "中招国际招标有限公司")]  # on the field's next line
    assert _names("供应商：深圳市大疆创新科技有限公司、华为技术有限公司") == [
        ("org", "深圳市大疆创新科技有限公司"), ("org", "华为技术有限公司")]
    assert _names("中标单位：上海浦东发展银行股份有限公司乌鲁木齐分行") == [("org", "上海浦东发展银行股份有限公司乌鲁木齐分行")]
    assert _names("采购人：乌鲁木齐市第一中学") == [("org", "乌鲁木齐市第一中学")]
    assert _names("普及小学教育") == []  # a kind of school, none in particular (a phrase of the national reports)
    assert _names("评标委员会：张伟、李强、王芳") == [("person", "张伟"), ("person", "李强"), ("person", "王芳")]
    assert _names("由本公司负责") == []
