r"""Build eval/ner/holdout34.jsonl: a thirty-fourth held-out NER set, Chinese notices rich in contact lines, sampled by seed and labelled blind.

The sentences were drawn mechanically by `sample()` below from a pool of 36 real Chinese official notices, tenders,
procurement and award announcements (2011-2025: ministries' notices, a recruitment notice, a food-safety notice, and
tender and award notices of colleges, hospitals, bureaus and districts from Liaoning to Xinjiang) and labelled by reading,
following the "Labelling rules" of README.md (with the recommendations of "Where the sets disagree") and the decisions
recorded in build.py and build_holdout.py … build_holdout31.py (the NEW h7 … NEW h31 decisions included; the Chinese
government-document decisions are mostly in build_holdout26.py … build_holdout30.py). The labeller did not read anything
of the extractor (dossier/), the tests, docs/ or bench/, nor the repository's history, did not run the extractor,
bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone parser, segmenter, NER or POS tool on
these sentences, and did not look at what any tool predicts for them. The set has never been scored. Like holdout30 it is
meant to be rich in patterns (phones: landlines with their area codes, fax numbers, mobiles; e-mail addresses; URLs;
document numbers; dates of every form); every entity type the rules define is labelled, names (person, org, place)
included.

    python eval/ner/build_holdout34.py            # write holdout34.jsonl from ITEMS, print counts
    python eval/ner/build_holdout34.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout34.py --check    # confirm every ITEMS sentence is one of the drawn candidates

The pool. POOL = /tmp/pool/govzh2, 36 files 001.txt … 036.txt of plain text fetched from public GitHub repositories (one
paragraph a line): SQL dumps of CMS and procurement databases, crawlers' and parsers' test strings and class comments,
API documentation examples and the like. Its SOURCES.tsv gives each file's repository, commit, path, title and the
stretch read: 8 files come from 4 named repositories (ly3620296/wpt, eastseven/crawler-for-bidding,
JusofunAppMobile/QuanNengBaoAndroid, 474366498/vuePlugins); the other 28 were read from 20 stored files by their file id,
the repository they belong to unidentified (SOURCES.tsv says so, with what each file is). The pool is NOT in this
repository, so `--sample` and `--check` only run where it exists; ITEMS, not a re-draw, is the record of the set and is
what gets built. Three of the notices (032, 035, 036) are near-identical award notices of one university; their
near-duplicate sentences are kept as drawn, only exact repeats being dropped.

Sampling (the record of how ITEMS was chosen). The reading code is copied from build_holdout30.py, not imported. One draw,
gov34: every NNN.txt of the pool in file-name order, read line by line, each line stripped and split into sentences after
。！？； (the delimiter kept, zh_sentences); a sentence is kept if it has 8-200 characters and a pattern cue (CUE: a digit,
half- or full-width; 〔, [ or 【; 年 after a digit or a Chinese numeral; 号; @; http; www; 电话; 传真; 邮箱); an exact repeat of a
sentence already kept (from any file) is dropped, the first kept, and so is any sentence that equals, contains or is
contained in the "text" of a row of an earlier set (EARLIER: every eval/ner/*.jsonl present when this set was drawn, dev,
test, holdout, holdout2 … holdout31, named so that a later set cannot change the draw). Source names are gov34-NNN, the
file's number. The files hold 790 cued sentences; 51 exact repeats and 2 sentences (one text, in 035 and 036, that an
earlier set's sentence contains) are dropped, leaving a pool of 737; random.Random(35351).sample(pool, min(220,
len(pool))) gives the 220, in sampled order, and sample() gives 15 replacements after them.

A sampled sentence that is pure debris would be dropped, with a comment where it would have been, and replaced by the
next candidate of the random order. None was: the rows of the sources' tables (cells joined by TAB or run together, #005,
#008, #026, #029, #095, #131, #140, #167, #184), headings run into their text (#000, #051, #174) and labels repeated by
the source (#044, #146) are readable text of their sources and were kept, as said on their items. All 220 were labelled;
none was cut short.

What was found. The contact lines give many landlines with their area codes (0415-3853300, one with a space after the
dash, one with the area code in full-width parentheses, one with a full-width dash), fax numbers and mobiles, with their
contacts' names; e-mail addresses; URLs with and without a scheme, one with a path the Chinese text runs onto. The
notices give dates (2025年07月24日, 2019-7-11, a range of days sharing its month), document numbers in 〔〕 and [] brackets,
two standards' numbers, a notice's serial number, and postal addresses (province, city, district and street). Procurement
project numbers, a bank account, an organisation code and an administrative division code are not labelled. No PRC ID
number was drawn. The decisions this set adds are marked NEW h34 on their items (9 of them): a postal address's
province-to-street run as one place (#000); 北京 inside 北京时间 (#000); a brand that is its maker's name as an org (#005);
a name padded with a space (#009); an administrative division code (#022); procurement project numbers (#037); a bank
account number (#060); a notice's yearly serial number as a docno (#154); a space after an area code's dash (#174).

Result: 220 sentences (all gov34, from 33 of the 36 files), 245 entities: 48 date, 26 phone, 12 url, 8 docno, 4 email
(98 pattern entities; 77 sentences hold one), 72 org, 55 place, 20 person; 127 of the sentences hold an entity.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

POOL = Path("/tmp/pool/govzh2")    # not in the repository: text fetched from the repositories SOURCES.tsv lists
SOURCE = "gov34-{}"                 # the file number: gov34-001 … gov34-036
# The earlier sets: every eval/ner/*.jsonl present when this set was drawn (dev, test, holdout, holdout2 … holdout31),
# named here so that a set written later cannot change the draw.
EARLIER = ("dev", "test", "holdout") + tuple(f"holdout{i}" for i in range(2, 32))
MIN_LEN, MAX_LEN = 8, 200
# The pattern cue: a digit (half- or full-width), 〔, [, 【, 年 after a digit or a Chinese numeral, 号, @, http, www, 电话,
# 传真, 邮箱.
CUE = re.compile(r"[0-9０-９]|〔|\[|【|[0-9０-９〇○零一二三四五六七八九十百千两]年|号|@|http|www|电话|传真|邮箱", re.I)


def zh_sentences(line: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", line) if s.strip()]


def cued(s: str) -> bool:
    return MIN_LEN <= len(s) <= MAX_LEN and bool(CUE.search(s))


def earlier_texts() -> list[str]:
    """The "text" of every row of the earlier sets' JSONL files (EARLIER)."""
    return [json.loads(line)["text"] for name in EARLIER
            for line in (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def seen(s: str, texts: list[str]) -> bool:
    """Whether s equals, contains or is contained in a text of an earlier set."""
    return any(s in t or t in s for t in texts)


def gov34_candidates() -> list[tuple[str, str]]:
    """Every cued sentence of the pool's NNN.txt files, in file-name and reading order, each line stripped; an exact
    repeat of an earlier sentence (of any file) is dropped, the first kept, and so is any sentence that equals, contains
    or is contained in a text of an earlier set (seen)."""
    out, texts, earlier = [], set(), earlier_texts()
    for path in sorted(POOL.glob("[0-9][0-9][0-9].txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for s in zh_sentences(line.strip()):
                if cued(s) and s not in texts and not seen(s, earlier):
                    texts.add(s)
                    out.append((SOURCE.format(path.stem), s))
    return out


DRAWS = [(gov34_candidates, 35351, 220)]


def sample(extra: int = 15) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next extras are replacements in order.
    A draw asks for min(n, len(pool)) and its extras only as far as the pool goes, and only as far as the longer draw
    extends the sample (random.sample draws small and large samples by different methods, so n + 15 of a pool need not
    begin with the n; the extras are cut, never the sample)."""
    out = []
    for candidates, seed, n in DRAWS:
        pool = candidates()
        n = min(n, len(pool))
        first = random.Random(seed).sample(pool, n)
        more = min(extra, len(pool) - n)
        while more and random.Random(seed).sample(pool, n + more)[:n] != first:
            more -= 1
        drawn = random.Random(seed).sample(pool, n + more)
        assert drawn[:n] == first, "the longer draw must extend the sample"
        out.append(drawn)
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled blind, by reading only, per the "Labelling rules" of README.md (following the recommendations of "Where
    # the sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout31.py (the NEW h7 …
    # NEW h31 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h34 are
    # decisions no earlier set had to make. #NNN = position in the seeded order. No text was dropped as debris (the
    # table rows and run-together headings are kept, as said on their items), so no replacement was drawn.
    # -- the 36 notices of /tmp/pool/govzh2: cued sentences not in an earlier set, pool 737,
    # Random(35351).sample(…, 220), in sampled order
    # #000: NEW h34: a postal address's run of province, city, district and street, written without punctuation, is one
    # contiguous hierarchy (README: 北京市朝阳区; a city with its street, 大连东关街, h2), the street a place (README: streets); the
    # house number, 二段 (the road's section, left out as 段 is, h7), the building, floor and room are left out (as 1400
    # Smith Street, h1, and 泰安道5号, h26: the building nothing); NEW h34: 北京 inside 北京时间 (Beijing time, the time zone named
    # after the city) is a place, a name inside a longer term (README: 中国 in 中国式现代化), unlike the time-zone code
    # TZID=Europe/Berlin (h24), which is a code; the times 14:30 left out (the 4 run onto the second is the next item's
    # number); the bidding room is a room
    ('gov34-027', '六、投标截止时间、开标时间及地点1、提交投标文件的截止时间：2025年07月24日 14:30（北京时间）2、提交投标文件地点：湖南中旗项目管理有限公司指定开标室（湖南省长沙市雨花区湘府东路二段99号汇财国际大厦2102室）3、开标时间：2025年07月24日 14:304、开标地点：湖南中旗项目管理有限公司指定开标室（湖南省长沙市雨花区湘府东路二段99号汇财国际大厦2102室）',
     'date:2025年07月24日 | place:北京 | org:湖南中旗项目管理有限公司 | place:湖南省长沙市雨花区湘府东路 | date:2025年07月24日#2 | org:湖南中旗项目管理有限公司#2 | place:湖南省长沙市雨花区湘府东路#2'),
    # #001: the docno with square brackets as written (h30), 文 after it left out; the measures' title holds no name
    ('gov34-024', '1. 代理服务收费标准：参照《招标代理服务收费管理暂行办法》计价格[2002]1980号文规定计取',
     'docno:计价格[2002]1980号'),
    # #002: the address as #000; 东方金艺美术教育 (an art-education business whose premises, 5楼, hold the meeting room) is an org;
    # the law's title holds 中华人民共和国 (h30 #102); 磋商小组 is generic
    ('gov34-003', '3、辽宁机电职业技术学院新生运动服采购竞争性磋商会议于2019年7月16日在丹东市振兴区五经街86号东方金艺美术教育5楼会议室结束，采购人依据《中华人民共和国政府采购法》等相关法律法规及本次采购磋商小组向采购人提交的评标报告确定成交供应商，现将成交结果公示，如有疑义，请在质疑期内以真实姓名和单位向监管部门反映。',
     'org:辽宁机电职业技术学院 | date:2019年7月16日 | place:丹东市振兴区五经街 | org:东方金艺美术教育 | place:中华人民共和国'),
    # #003: the resort area (武夷山 national tourist resort) is a named development area taken whole with its city, run on
    # into its street (#000); the number, the 紫阳古城 complex (a building complex, as the building in #000), its block and
    # floor left out
    ('gov34-018', '地  址：武夷山市度假区大王峰北路208紫阳古城1栋三层 ；',
     'place:武夷山市度假区大王峰北路'),
    # #004: a mobile, the label and the space after it left out
    ('gov34-024', '电 话： 13554455605',
     'phone:13554455605'),
    # #005: a row of the purchase table (cells joined by TAB, SOURCES.tsv), readable, kept; NEW h34: a brand heading a
    # product's designation or standing in the table's brand column that is its maker's name (得力 and deli, the Deli
    # group's Chinese and English names) is the maker, an org as BOEING in BOEING 737-800 (README), each name its own span
    # where a slash separates them (README: separated by punctuation); the model numbers, counts and prices are nothing
    ('gov34-025', '1\t得力 0828 得力/deli 0828 旋转式 订书机\t得力/deli\t0828\t10\t20.0\t200.0',
     'org:得力 | org:得力#2 | org:deli | org:得力#3 | org:deli#2'),
    ('gov34-008', '考试综合成绩的计算按照笔试成绩、面试成绩各占50%的比例合成。',
     ''),
    # #007: 政采云 (the Zhengcaiyun e-procurement platform, run by a company) is a trading platform run as a business, an org
    # (README: EOL, ClickPaper); 平台 left out; the URL with its trailing slash, the parentheses left out (README)
    ('gov34-034', '地点（网址）：政采云平台(https://www.zcygov.cn/)',
     'org:政采云 | url:https://www.zcygov.cn/'),
    # #008: a row of the award table run together; V3.2 is a version
    ('gov34-031', '序号主要标的名称规格型号数量单价（人民币 元）完成时间1教育云资源管理应用平台V3.28套6830.00合同签订后60个日历日内完成全部软硬件设备供货和安装调试。',
     ''),
    # #009: NEW h34: a two-character name padded with a space to line up with three-character names in the contact list (王
    # 昱, as 刘 涛 beside it in the source) is one person span as written (README: spans as written; spaced digits, h1; a
    # spaced e-mail address, h24)
    ('gov34-033', '王 昱 010-68553788',
     'person:王 昱 | phone:010-68553788'),
    # #010: each end of the range is a date by itself (README)
    ('gov34-006', '现将拟推荐项目的名称、推荐意见、简介、客观评价、推广应用情况、主要完成单位、主要完成人及创新推广贡献等进行公示，公示期为：2015年12月25日-2016年1月3日。',
     'date:2015年12月25日 | date:2016年1月3日'),
    ('gov34-008', '3.拥护中华人民共和国宪法和法律法规，品行端正，遵纪守法。',
     'place:中华人民共和国'),
    ('gov34-028', '1、采购单位：青海省环境监察总队',
     'org:青海省环境监察总队'),
    # #013: a row of the table; the project's name is not labelled, the org in it is (README)
    ('gov34-002', '01\t辽宁机电职业技术学院工作服采购\t详见采购文件\t详见采购文件',
     'org:辽宁机电职业技术学院'),
    ('gov34-031', '序号主要标的名称规格型号数量单价（人民币 元）完成时间1教育云资源管理应用平台V3.28套4500.00合同签订后60个日历日内完成全部软硬件设备供货和安装调试。',
     ''),
    ('gov34-025', '五、成交标的名称、规格型号、数量、单价、成交金额:',
     ''),
    ('gov34-031', '4.评审委员会成员：覃进良、何辉、李中贞、黄德初',
     'person:覃进良 | person:何辉 | person:李中贞 | person:黄德初'),
    # #017: 监狱企业 and 福利性单位 are categories
    ('gov34-027', '2、落实政府采购政策需满足的资格要求：专门面向： 中小企业 小微企业 监狱企业 福利性单位强制分包：大型企业应将采购份额的 %分包给中小企业。',
     ''),
    # #018: the administration building and its room are not labelled
    ('gov34-032', '评标地点：扬州市职业大学行政楼101会议室',
     'org:扬州市职业大学'),
    # #019: 总书记 is a title; 第十四个五年规划 is a plan period; the place and the year inside the plan's title are labelled
    # (README)
    ('gov34-004', '为贯彻习近平总书记关于海绵城市建设的重要指示批示精神，落实《中华人民共和国国民经济和社会发展第十四个五年规划和二〇三五年远景目标》关于建设海绵城市的要求，2023年，财政部、住房城乡建设部、水利部将组织第三批海绵城市建设示范竞争性选拔工作。',
     'person:习近平 | place:中华人民共和国 | date:二〇三五年 | date:2023年 | org:财政部 | org:住房城乡建设部 | org:水利部'),
    # #020: 省级…财政部门 is generic (its 财政部 is not the ministry: the ministry is the second 财政部)
    ('gov34-004', '省级住房和城乡建设、水利、财政部门应建立对示范城市的日常跟踪及监督检查机制，及时将示范城市的任务落实、项目实施进度、存在问题及经验做法等报住房城乡建设部、水利部、财政部（每个示范城市每季度不少于1期）。',
     'org:住房城乡建设部 | org:水利部 | org:财政部#2'),
    ('gov34-011', '2.项目经理具备建筑工程专业（注册建造师）二级(含)以上资格及安全生产考核证；',
     ''),
    # #022: NEW h34: an administrative division code (行政区划编码 650107) is a code, not labelled, as ZIP codes (README) and
    # the ISO country codes (h22 #025)
    ('gov34-025', '项目所在行政区划编码:650107',
     ''),
    ('gov34-013', '自本公告发布之日起1个工作日。',
     ''),
    # #024: the websites are not labelled, the places in their names are (h30 #059, #115): 中国 in “信用中国” and in 中国政府采购网
    # (China + 政府采购网, government procurement), 辽宁 in “信用辽宁”; the URLs without a scheme (README), the parentheses left out
    ('gov34-001', '（2）供应商在“信用中国”网站（www.creditchina.gov.cn）、“信用辽宁”网站（www.lncredit.gov.cn）和中国政府采购网（www.ccgp.gov.cn）没有被列入失信被执行人、重大税收违法案件当事人名单、政府采购严重违法失信行为记录名单；',
     'place:中国 | url:www.creditchina.gov.cn | place:辽宁 | url:www.lncredit.gov.cn | place:中国#2 | url:www.ccgp.gov.cn'),
    ('gov34-009', '5、供应商的资格要求：',
     ''),
    # #026: a row of the award table run together; model numbers are nothing
    ('gov34-031', '2录播主机JP100HDII8台34880.003高清互动终端H11008套26890.004触摸一体机（1）84E99UD-U18台29860.00',
     ''),
    ('gov34-013', '联系方式：0760-23210186',
     'phone:0760-23210186'),
    ('gov34-002', '联系电话：0415-3853300',
     'phone:0415-3853300'),
    # #029: the table's header
    ('gov34-013', '分包号\t分包名称\t投标供应商名称\t资格性/符合性审查\t价格得分\t技术得分\t商务得分\t最终得分\t排名',
     ''),
    # #030: an address (#000): city and street one span, the number left out
    ('gov34-010', '地址：南宁市纬武路165号；',
     'place:南宁市纬武路'),
    ('gov34-029', '7.发布公告的媒介',
     ''),
    ('gov34-001', '1、具有独立承担民事责任的能力；',
     ''),
    ('gov34-009', '联系电话：0592-5822915',
     'phone:0592-5822915'),
    # #034: 我区 is a self-reference; “1000工程” is a programme
    ('gov34-012', '（二）房地产企业、有自建保障性住房项目、已申请我区“1000工程”其他类紧缺人才的企业不纳入范围。',
     ''),
    # #035: the project is not labelled; 南平航天体验馆 (the Nanping aerospace experience hall, an exhibition hall) is an org
    # (README *Where the sets disagree* 4), the city inside not labelled again
    ('gov34-018', '5.7.2 投标保证金提交的方式：电汇或银行转账的形式，从独立投标人或联合体牵头人的企业基本账户汇入指定账户，并应在汇款凭证上注明南平航天体验馆分布式光伏发电项目设计采购施工（EPC）总承包（可简写），如因投标人汇款凭证未注明项目名称造成银行无法识别投标保证金到账情况或识别错误的，其责任由投标人自行承担；',
     'org:南平航天体验馆'),
    # #036: an address (#000), the full-width house number left out
    ('gov34-009', '地址：福建省厦门市思明区体育路９５号',
     'place:福建省厦门市思明区体育路'),
    # #037: NEW h34: a procurement project number (项目编号 CLPSP16ZH04ZC25; so 采购项目编号, 标书编号 and the like) is the code a
    # procurement agency gives a procurement case, not the number an issuer gives an issued document (the docno): not
    # labelled, as the catalogue index number (索引号, NEW h30) and record locators (README); a number written in the 文号 form
    # of issuer, bracketed year and 号 stays a docno whatever it numbers (#001)
    ('gov34-031', '三、项目编号：CLPSP16ZH04ZC25',
     ''),
    # #038: the place inside the standard's title is labelled
    ('gov34-012', '（二）新引进紧缺人才符合《宝安区高层次人才分类标准》规定条件的，经认定后，可获得最长10年、每月5000元的租房补贴，或免租入住最长10年、面积90平方米左右的住房。',
     'place:宝安区'),
    # #039: 以后 left out
    ('gov34-008', '4.大学本科生不超过24周岁（1997年6月1日以后出生），硕士研究生不超过27周岁（1994年6月1日以后出生），博士研究生不超过35周岁（1986年6月1日以后出生）。',
     'date:1997年6月1日 | date:1994年6月1日 | date:1986年6月1日'),
    # #040: 组长 and 业主评委 are roles; the product (动感课堂VACYC01) is nothing; 一年 and 三个月 are durations
    ('gov34-022', '评审专家名单：陈晓英（组长）、林雪山、陈景瑞、陈同熙、邱其林（业主评委） 中标标的名称、规格型号、数量、单价、服务要求：中标标的名称：VR云端集控系统等其他详见招标文件规格型号：动感课堂VACYC01等其他详见投标文件数量：1批单价：24.88万元服务要求： 中标供应商应对本次投标设备承诺自验收合格后免费上门保修一年，三个月包换,其它详见招标文件要求。',
     'person:陈晓英 | person:林雪山 | person:陈景瑞 | person:陈同熙 | person:邱其林'),
    ('gov34-027', '九、投标说明1、本公告选项：表示选择，表示未选择。',
     ''),
    ('gov34-033', '5.会计师事务所审计后出具的一级企业管理建议书。',
     ''),
    # #043: the research base is not labelled (README: bases), 华中 in it is (NEW h9); the website is not labelled; the URL
    # with its path, the sentence-final 。 left out; 2015 in the path is a date-like part of a URL, not a date (README)
    ('gov34-015', '以上调查问卷在教育部教育信息化战略研究基地(华中)网站上均可下载，网址http://eisr.ccnu.edu.cn/2015。',
     'org:教育部 | place:华中 | url:http://eisr.ccnu.edu.cn/2015'),
    # #044: the label repeated as the source has it; 欢乐海岸 here is the building complex of the address (3号楼16楼), not
    # labelled (#003)
    ('gov34-017', '地 址：\t地 址：库尔勒市欢乐海岸3号楼16楼',
     'place:库尔勒市'),
    ('gov34-020', '4、在中华人民共和国境内注册，有能力提供本项目服务的供应商，包括法人、其他组织、自然人。',
     'place:中华人民共和国'),
    # #046: 张女士 (Ms Zhang) is a surname with an honorific, not labelled (README: a title with a surname only, 周总理); the
    # spaces and label left out
    ('gov34-028', '联系人：张女士           联系电话：0971-6278764',
     'phone:0971-6278764'),
    ('gov34-024', '规格型号：详见响应文件',
     ''),
    ('gov34-028', '4、定标日期：2014年5月13日',
     'date:2014年5月13日'),
    ('gov34-002', '（1）有能力提供本次采购项目及所要求的货物及服务的生产厂商或经销商',
     ''),
    ('gov34-034', '自本公告发布之日起5个工作日。',
     ''),
    # #051: the project number is not labelled (#037, NEW h34); the branch bureau taken whole with its parent (README)
    ('gov34-010', '四、其它补充事宜： 各投标人： 一、 采购项目名称：二级合成作战平台升级改造设备采购 二、 采购项目编号：HCA(4)2017040GNN 三、 采购人名称：南宁市公安局西乡塘分局；',
     'org:南宁市公安局西乡塘分局'),
    ('gov34-018', '2017年12月12日',
     'date:2017年12月12日'),
    ('gov34-005', '3.约谈情况报告。',
     ''),
    ('gov34-023', '联系方式：022-27407597',
     'phone:022-27407597'),
    ('gov34-009', '12、公告期限：3个工作日。',
     ''),
    # #056: the trading platform (a government website) is not labelled, the place in its name is (h30 #115)
    ('gov34-017', '3．开标地点：新疆维吾尔自治区公共资源交易平台',
     'place:新疆维吾尔自治区'),
    # #057: the body inside the notice's title is labelled; the parentheses left out
    ('gov34-020', '5、符合《财政部关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）的相关要求 。',
     'org:财政部 | docno:财库〔2016〕125号'),
    ('gov34-003', '5、竞争性磋商小组成员名单：',
     ''),
    ('gov34-023', '2、合同履行日期：',
     ''),
    # #060: NEW h34: a bank account number (账号, its digits grouped by spaces) is not a phone nor any other pattern type:
    # not labelled, as frequent-flyer numbers and record locators (README)
    ('gov34-001', '账 号：0619 2001 0400 17846',
     ''),
    # #061: an address (#000); the contact's name after the label
    ('gov34-010', '地址：南宁市鲁班路81号 联系人及电话: 文铭；',
     'place:南宁市鲁班路 | person:文铭'),
    # #062: 1号店 (Yihaodian, the online retailer) is a trading platform run as a business, an org (README: EOL), also where
    # (网站) calls it a website; the store is not labelled (as 京东超级体验店, h26: the org inside only); 鹤王 is the brand of the
    # maker 山东鹤王生物工程有限公司 (its maker named so in the source), labelled as #005 (NEW h34), in the store's name and in 鹤王牌;
    # the product is not labelled
    ('gov34-019', '二、1号店自营鹤王旗舰店（经营者为武汉京东金德贸易有限公司）在1号店（网站）销售的鹤王牌阿胶浆',
     'org:1号店 | org:鹤王 | org:武汉京东金德贸易有限公司 | org:1号店#2 | org:鹤王#2'),
    # #063: the table's header
    ('gov34-003', '包号\t成交供应商名称\t成交金额(元)',
     ''),
    ('gov34-024', '二、采购计划备案号',
     ''),
    # #065: each end its own date; 到 and the spaces left out
    ('gov34-017', '1．获取时间： 2021年06月23日到 2021年06月30日',
     'date:2021年06月23日 | date:2021年06月30日'),
    # #066: a mobile and a fax number, each a phone, the spaced labels left out (README)
    ('gov34-018', '电  话：15705989529    传  真：0599-5866666；',
     'phone:15705989529 | phone:0599-5866666'),
    ('gov34-030', '三、预算上限：1541000元',
     ''),
    # #068: the project number is not labelled (#037, NEW h34); the org inside the project's name is
    ('gov34-002', '辽宁金昌建设工程咨询有限公司受辽宁机电职业技术学院委托，对 辽宁机电职业技术学院工作服采购（项目编号：LNZC20190703003）在中华人民共和国境内进行竞争性磋商采购，现欢迎合格的供应商参加本次政府采购活动。',
     'org:辽宁金昌建设工程咨询有限公司 | org:辽宁机电职业技术学院 | org:辽宁机电职业技术学院#2 | place:中华人民共和国'),
    # #069: the project number is not labelled (#037, NEW h34); the museum (中国科学技术馆) and the online museum it runs
    # (中国数字科技馆) are orgs (README: museums), two names run together in the project's name, each its own span; the project
    # is not labelled
    ('gov34-021', '中机国际招标有限公司受中国科学技术馆的委托，就中国科学技术馆中国数字科技馆公有云迁移改造重新招标项目项目（项目编号：0702-1641CITC7062）组织采购，评标工作已经结束，中标结果如下：',
     'org:中机国际招标有限公司 | org:中国科学技术馆 | org:中国科学技术馆#2 | org:中国数字科技馆'),
    # #070: 市规定 (the city's rules) holds no name
    ('gov34-012', '（一）新引进的紧缺人才在深圳市未拥有自有形式住房、未享受过住房优惠政策的，在所在重点企业工作期间，可以入住面积50平方米以上的公共租赁住房（租金标准不高于市规定的公共租赁住房租金标准），并享受实际缴交租金三分之一、不超过三年的租金补贴。',
     'place:深圳市'),
    # #071: 年轻态 is the product's brand, not its maker's name (the maker is 无锡健特药业有限公司 in the source): not labelled (#062)
    ('gov34-019', '（二）经上海市徐汇区市场监督管理局调查，上海黄金搭档生物科技有限公司销售上述年轻态牌劲骨胶囊的情况为：进货720盒,销售193盒（其中用于检测2盒），库存527盒。',
     'org:上海市徐汇区市场监督管理局 | org:上海黄金搭档生物科技有限公司'),
    ('gov34-018', '4. 招标文件的获取',
     ''),
    ('gov34-030', '1.4、提供参加政府采购采购活动前三年内，在经营活动中没有重大违法记录的书面声明函。',
     ''),
    # #074: an address (#000), the subdistrict (街道) within the hierarchy; the bidding room is a room
    ('gov34-034', '开标地点（网址）：浙江华诚建设工程咨询有限公司一楼开标室（杭州市富阳区富春街道凤浦路197号）；',
     'org:浙江华诚建设工程咨询有限公司 | place:杭州市富阳区富春街道凤浦路'),
    ('gov34-001', '项目预算金额：人民币177,000.00元。',
     ''),
    # #076: the time left out; 北京 in 北京时间 (#000, NEW h34)
    ('gov34-034', '提交投标文件截止时间：2021年07月15日 14:30（北京时间）',
     'date:2021年07月15日 | place:北京'),
    ('gov34-026', '合同履行期限：自签订合同之日起5日内到货并验收合格。',
     ''),
    ('gov34-018', '3.4信誉要求：投标人未被暂停投标资格、拟派出本工程的主要人员没有处于违法和违规的从业限制情形；',
     ''),
    ('gov34-034', '最高限价（元）：670000',
     ''),
    ('gov34-029', '5.2蓄水安全鉴定标：投标人必须是中华人民共和国境内注册,具有独立法人资格,在水利部文件公布的蓄水安全鉴定单位名单中，从事与本招标项目相关的科研院所、高等院校或设计单位。',
     'place:中华人民共和国 | org:水利部'),
    ('gov34-020', '（2）法人营业执照副本复印件（复印件须加盖单位公章）',
     ''),
    ('gov34-033', '1.主管部门文函（部发文）。',
     ''),
    ('gov34-020', '3、供应商必须到采购代理机构购买磋商文件（即“采购文件”，下同）并登记备案。',
     ''),
    ('gov34-018', '注：投标人项目管理班子须提供社保单位出具的在法定媒介发布招标公告之日的上一个月为始点并往前追溯连续缴费累计6个月及以上的社保缴费证明。',
     ''),
    ('gov34-030', '（联系电话：0730-8181091）',
     'phone:0730-8181091'),
    # #086: a range of days sharing its year and month is one span (h30 #001); 23日 has no year
    ('gov34-014', '一、会议时间：2011年6月24～25日，23日报到。',
     'date:2011年6月24～25日'),
    ('gov34-027', '3.2拟任项目负责人具有建设行政主管部门颁发的市政公用工程专业贰级及以上注册建造师执业资格，同时具有有效期内的项目负责人B类安全生产考核合格证，证书上的单位名称必须与投标供应商名称一致，且未在其他建设工程项目中担任同类职务（即：项目负责人）。',
     ''),
    ('gov34-014', '1、承办单位：中国建筑科学研究院。',
     'org:中国建筑科学研究院'),
    ('gov34-017', '4．本项目不接受联合体投标。',
     ''),
    # #090: a named internal unit taken whole with its parent (README)
    ('gov34-023', '各投标人如对上述结果有异议，请在中标结果公示后7个工作日内以书面方式（公司法人或投标代表签字并加盖公章）向天津大学招标采购监督小组办公室投诉。',
     'org:天津大学招标采购监督小组办公室'),
    ('gov34-008', '中国档案杂志社：da63021355@163.com',
     'org:中国档案杂志社 | email:da63021355@163.com'),
    # #092: the package numbers and roles in parentheses are nothing
    ('gov34-024', '廖良锋(包1采购人代表)、汪学斌(包1组长)、任红军(包1)',
     'person:廖良锋 | person:汪学斌 | person:任红军'),
    ('gov34-001', '2、具有良好的商业信誉和健全的财务会计制度；',
     ''),
    # #094: 部 alone (the ministry issuing the notice) is a self-reference; 年度 with the year (NEW h10)
    ('gov34-005', '2015年11月，部下发通知，部署开展2015年度卫片执法工作，与2015年度土地变更调查同步下发遥感监测图斑数据，同时组织下发2015年度重点矿区矿产疑似违法图斑数据。',
     'date:2015年11月 | date:2015年度 | date:2015年度#2 | date:2015年度#3'),
    # #095: a row of the purchase table, as #005 (NEW h34): the brand in the designation and in the brand column is the
    # maker
    ('gov34-025', '2\t18C 亿兴华 拉杆夹 2.5小杆-18C\t亿兴华\t18C\t20\t35.0\t700.0',
     'org:亿兴华 | org:亿兴华#2'),
    # #096: a fax number is a phone (README)
    ('gov34-031', '传真：0756-2638497',
     'phone:0756-2638497'),
    # #097: a year with 届 (the 2021 cohort) is a bare year inside a longer term, a date, 届 left out as 版 in 2025版 (h27
    # #060); the project is not labelled
    ('gov34-034', '项目名称：富阳区2021届中小学幼儿园新教师暑期集中培训项目',
     'place:富阳区 | date:2021'),
    ('gov34-013', '电话：0760-23232054',
     'phone:0760-23232054'),
    # #099: article numbers are nothing (README)
    ('gov34-030', '1、投标单位基本资格条件：投标单位必须是符合《中华人民共和国政府采购法》第二十二条的合格投标单位且能提供：',
     'place:中华人民共和国'),
    # #100: 前 left out; 报部 refers to the issuing ministry
    ('gov34-005', '2016年5月30日前，要将省级数据审核工作方案、验收方案和验收标准报部。',
     'date:2016年5月30日'),
    # #101: an organisation code (社会统一信用代码或组织机构代码) is a registration number, not labelled (h22 #029)
    ('gov34-025', '采购单位社会统一信用代码或组织机构代码:010211688',
     ''),
    # #102: the website is not labelled, the place in its name is (h30 #115); a bare host name is a url (README); CA (the
    # certificate authority) is generic
    ('gov34-030', '1）投标人在岳阳市公共资源交易网（ggzy.yueyang.gov.cn）选择“投标单位登入”（首次登入需注册,完成注册并绑定投标人CA等相关手续后进入交易系统），投标人选择对应项目进行投标操作，生成对应本项目（标段）的投标保证金子账号。',
     'place:岳阳市 | url:ggzy.yueyang.gov.cn'),
    # #103: the hotel where the meeting is held is a venue, a place (h30 #197); the address (#000)
    ('gov34-014', '二、会议地点：建银饭店（北京市西站南路2号，电话：010-63266633）',
     'place:建银饭店 | place:北京市西站南路 | phone:010-63266633'),
    ('gov34-013', '评审委员会总人数：5',
     ''),
    ('gov34-009', '3、 采购内容及要求：',
     ''),
    ('gov34-005', '在挂牌督办、公开通报3个工作日内，省级国土资源主管部门要将挂牌督办、公开通报有关情况报部。',
     ''),
    # #107: 3:1 is a ratio
    ('gov34-008', '根据应聘人员笔试成绩从高到低的顺序，按照3:1的比例确定面试人选（笔试成绩并列的，一并进入面试）。',
     ''),
    ('gov34-008', '其中，实际参加面试人数与该岗位计划招收数的比例低于3:1的，报名应聘人员面试成绩应当达到其所在面试考官组使用同一面试题本面试的所有人员的平均分，方可确定为体检和考察人选。',
     ''),
    ('gov34-001', '联系电话：0415-2590966',
     'phone:0415-2590966'),
    # #110: the website is not labelled, the place and the body in its name are (h30 #059, #115): the public resource
    # trading centre is a body
    ('gov34-018', '本次招标公告在福建招标与采购网（www.fjbid.gov.cn）、南平市公共资源交易中心（http://www.npggzy.gov.cn/）上发布。',
     'place:福建 | url:www.fjbid.gov.cn | org:南平市公共资源交易中心 | url:http://www.npggzy.gov.cn/'),
    # #111: the role is not labelled
    ('gov34-033', '监管系统运维人员 曹莉娟 010-68553763',
     'person:曹莉娟 | phone:010-68553763'),
    ('gov34-018', '4.4招标人不提供书面招标文件，只提供电子招标文件。',
     ''),
    ('gov34-032', '评标日期：2023年4月10日',
     'date:2023年4月10日'),
    ('gov34-001', '3、具有履行合同所必需的设备和专业技术能力；',
     ''),
    # #115: the area code in full-width parentheses is part of the phone, as written (README: parentheses)
    ('gov34-005', '属于土地利用变化遥感监测方面的问题，与中国土地勘测规划院联系，联系人：辛丽璇，电话：（010）66503970。',
     'org:中国土地勘测规划院 | person:辛丽璇 | phone:（010）66503970'),
    # #116: a published standard cited by its series and number is a docno (ISO 10646-1, h22), written without the space;
    # the licences' titles hold no name
    ('gov34-018', '②有效的三级及以上电力工程施工总承包资质（或输变电工程专业承包三级及以上资质）、电力监管机构核发的五级及以上《承装（修、试）电力设施许可证》和有效的《施工企业安全生产许可证》③具备工程设计电力行业乙级及以上资质④投标人必须持有国家认定的资质机构颁发的ISO9001质量管理体系认证证书。',
     'docno:ISO9001'),
    ('gov34-030', '部分其他组织和自然人如无经审计的财务报告可以提供其近3个月的报表，或其基本开户银行出具的资信证明。',
     ''),
    ('gov34-018', '2.8承包方式：本工程采用固定总价包干方式。',
     ''),
    ('gov34-029', '5.投标人资格要求',
     ''),
    ('gov34-008', '5. 具备岗位要求的专业或技能条件。',
     ''),
    ('gov34-008', '联系人：张蒴、刘艳莉 电话：010-63040979',
     'person:张蒴 | person:刘艳莉 | phone:010-63040979'),
    # #122: as #007
    ('gov34-034', '投标地点（网址）：政采云平台(https://www.zcygov.cn/)，本项目采用全流程电子化交易，无须参加现场开标会。',
     'org:政采云 | url:https://www.zcygov.cn/'),
    # #123: 2021届 as #097; 政采云 as #007; the time left out; 北京 in 北京时间 (#000, NEW h34)
    ('gov34-034', '富阳区2021届中小学幼儿园新教师暑期集中培训项目招标项目的潜在投标人应在政采云平台(https://www.zcygov.cn/)获取（下载）招标文件，并于 2021年07月15日 14:30（北京时间）前递交（上传）投标文件。',
     'place:富阳区 | date:2021 | org:政采云 | url:https://www.zcygov.cn/ | date:2021年07月15日 | place:北京'),
    ('gov34-008', '6. 具有正常履行职责的身体条件和心理素质。',
     ''),
    # #125: an address (#000)
    ('gov34-023', '采购单位地址：天津市南开区卫津路92号',
     'place:天津市南开区卫津路'),
    # #126: an address (#000)
    ('gov34-001', '地       址： 辽宁省丹东市振兴区洋河大街30号',
     'place:辽宁省丹东市振兴区洋河大街'),
    # #127: the name and the number joined by a slash, each its own span
    ('gov34-021', '采购人联系方式：仲凯/010-59041204',
     'person:仲凯 | phone:010-59041204'),
    # #128: 水利部门 (the water departments) is generic: the ministry is the second 水利部; 三部门 is generic
    ('gov34-004', '（一）参与申报的各省级财政、住房和城乡建设、水利部门应联合行文上报三部门，并组织申报城市通过财政部、住房城乡建设部、水利部邮箱报送电子版（含佐证材料），或通过光盘等移动存储方式邮寄。',
     'org:财政部 | org:住房城乡建设部 | org:水利部#2'),
    # #129: a national standard's number is a docno (as DB44/26-2001, h30 #084), the year inside not labelled again
    # (flat); 我部 is a self-reference; 起 left out
    ('gov34-014', '新修订的《混凝土结构设计规范》GB50010-2010，已于2010年8月由我部批准发布，并将于2011年7月1日起实施。',
     'docno:GB50010-2010 | date:2010年8月 | date:2011年7月1日'),
    ('gov34-008', '报名应聘人员在报名时对专业有任何疑问的，可以直接拨打报名咨询电话进行咨询了解。',
     ''),
    # #131: a row of the scoring table
    ('gov34-013', '权重20%\t权重50%\t权重30%',
     ''),
    ('gov34-032', '本中标结果公告期限为1个工作日。',
     ''),
    ('gov34-009', '2、投标人提供的相应证明材料复印件均应符合：内容完整、清晰、整洁，并由投标人加盖其单位公章。',
     ''),
    ('gov34-008', '同一岗位通过资格审查的人数与该岗位计划招聘数的比例至少达到3:1方可开考，达不到该比例的，在笔试开考前应当减少该岗位招聘人数以确保达到开考比例，直至取消该岗位招聘计划。',
     ''),
    # #135: 区委 and 区政府 run together are two level-qualified bodies (README: 省委, 省政府); 我区 is a self-reference; “1000工程” is
    # a programme
    ('gov34-012', '按照区委区政府统一部署，我区决定于近期实施宝安区2016年紧缺人才引进“1000工程”，其中计划面向金融、物流特色产业领域分别引进20名紧缺人才，并为他们提供住房保障等优惠政策，助力相关企业招才引智。',
     'org:区委 | org:区政府 | place:宝安区 | date:2016年'),
    ('gov34-008', '2、事业单位公开招聘工作人员报名表',
     ''),
    ('gov34-024', '3、项目联系方式：',
     ''),
    ('gov34-033', '4.会计师事务所对企业财务会计决算报表（一级企业合并）出具的审计报告。',
     ''),
    ('gov34-007', '现将拟同意通过的8个“方案”及专家评审意见进行公示，公示期自发布之日起5个工作日。',
     ''),
    # #140: a row of the purchase table, as #005 (NEW h34): 樱花 (Sakura) is the maker's name
    ('gov34-025', '3\t樱花 橡皮\t樱花\tXRFW-60\t29\t3.0\t87.0',
     'org:樱花 | org:樱花#2'),
    ('gov34-030', '（3）CA数字证书办理',
     ''),
    ('gov34-027', '八、询问及质疑1、投标人对政府采购活动事项如有疑问的，可以向采购人、采购代理机构提出询问。',
     ''),
    ('gov34-010', '二、原公告名称及地址时间等： 首次公告日期：2017年07月11日 本次变更日期：2017年07月26日 原公告项目名称：二级合成作战平台升级改造设备采购 原公告地址：/',
     'date:2017年07月11日 | date:2017年07月26日'),
    # #144: 6月30日 has no year; 17:00 is a time
    ('gov34-008', '聘用单位将于6月30日17:00之前电话通知初审合格人员，未通过初审者不再通知。',
     ''),
    # #145: streets are places (README), the first run on from its county (#000); the project is not labelled
    ('gov34-017', '2、轮台县博斯坦路、迪那路、交通路路面改造项目；',
     'place:轮台县博斯坦路 | place:迪那路 | place:交通路'),
    # #146: the label repeated as the source has it
    ('gov34-029', '电子邮箱\t\t电子邮箱\tsdjrly@163.com',
     'email:sdjrly@163.com'),
    # #147: 亿发商贸城 (a trading mall) is a trading complex, a facility (h27 #072): only the city; the building and floor left
    # out
    ('gov34-018', '地    址：南平亿发商贸城7号楼2层',
     'place:南平'),
    ('gov34-030', '十、采购项目联系人姓名和电话：',
     ''),
    # #149: as #145
    ('gov34-017', '3、轮台县南环路、幸福南路改造项目；',
     'place:轮台县南环路 | place:幸福南路'),
    ('gov34-034', '预算金额（元）：670000',
     ''),
    ('gov34-030', '（2）缴纳方式：投标保证金应以投标人银行账户转账等非现金形式递交。',
     ''),
    # #152: 检察机关 is generic
    ('gov34-018', '注：根据高检会〔2015〕5号和闽检发〔2015〕9号等文件精神，投标企业单位和企业法人代表和项目总负责人（项目经理）不得有行贿犯罪行为，如经检察机关查询确认中标投标企业单位和企业法人代表和项目负责人近三年内有行贿犯罪记录的，将取消其中标人资格。',
     'docno:高检会〔2015〕5号 | docno:闽检发〔2015〕9号'),
    ('gov34-024', '1. 评审时间：2023-09-05',
     'date:2023-09-05'),
    # #154: NEW h34: a notice's serial number in its issuer's yearly series (2018年第20期, as the source's 2018年第25号 of the
    # State Administration's notice) is the number the issuer gave the document, a docno taken whole with its year, the
    # year inside not labelled again (flat, as 1929:145, h12); the parentheses left out
    ('gov34-019', '上海市食品药品监督管理局关于不合格食品风险控制情况的通告（2018年第20期）',
     'org:上海市食品药品监督管理局 | docno:2018年第20期'),
    # #155: the platform is not labelled, the place in its name is (#056); the URL ends before the Chinese text run onto
    # it
    ('gov34-017', '2．递交方法：请到新疆维吾尔自治区电子招投标交易平台http://zwfw.xinjiang.gov.cn/TPBidder/递交投标文件',
     'place:新疆维吾尔自治区 | url:http://zwfw.xinjiang.gov.cn/TPBidder/'),
    ('gov34-027', '2、投标人对电子交易平台办理CA证书、操作等如有疑问，请咨询电子交易平台服务机构。',
     ''),
    # #157: an address (#000), the rooms left out
    ('gov34-013', '地址：广东省广州市越秀区沿江中路298号中区2501、2512室',
     'place:广东省广州市越秀区沿江中路'),
    ('gov34-002', '最高限价金额：人民币273,000.00元。',
     ''),
    ('gov34-029', '2.招标内容和招标范围',
     ''),
    ('gov34-018', '7. 发布公告的媒介',
     ''),
    ('gov34-005', '在启动问责程序后的3个工作日内，省级国土资源主管部门要将启动问责情况报部。',
     ''),
    # #162: 8月中下旬 has no year
    ('gov34-034', '合同履约期限：标项 1，本项目服务期为：8月中下旬内完成',
     ''),
    # #163: 部 is the issuing ministry, a self-reference; 法治国土 is a programme
    ('gov34-005', '为进一步推动各地落实国土资源监管责任，持续加强对土地矿产开发利用情况的全面监管，促进国土资源有效保护和合理利用，尽职尽责保护国土资源、节约集约利用国土资源、尽心尽力维护群众权益，全面推进法治国土建设，部决定在全国统一部署开展2015年度土地矿产卫片执法监督检查工作（以下简称卫片执法）。',
     'date:2015年度'),
    ('gov34-001', '联系电话：0415-3853620',
     'phone:0415-3853620'),
    ('gov34-026', '联系方式：0438-5029666',
     'phone:0438-5029666'),
    ('gov34-017', '3．投标其他条件：3.投标人资格要求 3.1 本次招标要求投标人须具备： 3.1.1（1）须同时具备房屋建筑工程监理乙级（含以上）资质、市政公用工程监理乙级（含以上）资质；',
     ''),
    # #167: a row of the purchase table, as #005 (NEW h34); 多瑙河 (the Danube) inside the paper's product name is a place, a
    # name inside a longer term (README: 云岭 in 云岭名方)
    ('gov34-025', '10\t得力 7442 得力7442多瑙河复印纸(A4-70g-8包)(包)\t得力/deli\t7442\t8\t220.0\t1760.0',
     'org:得力 | org:得力#2 | place:多瑙河 | org:得力#3 | org:deli'),
    # #168: durations
    ('gov34-021', '合同履行日期：项目服务期为5年9个月（其中系统迁移改造服务9个月，公有云服务期5年），甲乙双方首次签署期限为3年9个月的服务合同（其中系统迁移改造9个月，公有云服务期3年）。',
     ''),
    # #169: 前 left out
    ('gov34-014', '3、请各省级住房和城乡建设行政主管部门统一组织参会人员报名，会议回执（附件）于2011年6月20日前传真至中国建筑科学研究院。',
     'date:2011年6月20日 | org:中国建筑科学研究院'),
    ('gov34-011', '2019-7-11',
     'date:2019-7-11'),
    # #171: the project is not labelled, the hospital in it is
    ('gov34-026', '扶余市人民医院64排CT球管采购项目中标公示',
     'org:扶余市人民医院'),
    ('gov34-018', '2.4计划工期：总工期90日历天（其中设计周期20日历天，设备安装及施工工期70日历天）。',
     ''),
    ('gov34-018', '5.7.3 投标保证金提交的金额：人民币壹拾万元',
     ''),
    # #174: 肖先生 (Mr Xiao) is a surname with an honorific, not labelled (#046); NEW h34: a space the source writes after
    # the area code's dash is kept inside the phone, as written (README: phones as written, with spaces; a space inside a
    # docno, NEW h30)
    ('gov34-027', '十、采购项目联系人姓名和电话1、联系人姓名：肖先生2、电话：0731- 82323829',
     'phone:0731- 82323829'),
    # #175: the ministry's party leadership group (中共国土资源部党组) is one body taken whole; the bodies inside the titles are
    # labelled (README); 地方各级国土资源主管部门 is generic
    ('gov34-005', '地方各级国土资源主管部门要坚决贯彻落实《中共国土资源部党组关于全面推进法治国土建设的意见》和《国土资源部办公厅关于依法履职严格规范公正执法的通知》（国土资厅发〔2015〕34号）的 有关要求，履职尽责。',
     'org:中共国土资源部党组 | org:国土资源部办公厅 | docno:国土资厅发〔2015〕34号'),
    # #176: 县城 (the county town) directly after the county's name is taken with it, as 成都市区 (README *Where the sets
    # disagree* 3); the landfill is a facility
    ('gov34-017', '7、轮台县县城生活垃圾卫生填埋场二期扩建工程；',
     'place:轮台县县城'),
    ('gov34-009', '（2）特殊要求：',
     ''),
    # #178: the archives' research institute is a specific body named without its parent (README)
    ('gov34-008', '档案科学技术研究所：zhaopin@istra.org.cn',
     'org:档案科学技术研究所 | email:zhaopin@istra.org.cn'),
    ('gov34-024', '联系方式：13986403924',
     'phone:13986403924'),
    # #180: the place in the website's name (#024)
    ('gov34-030', '1.5、提供在信用中国网站查询投标人无重大失信行为等被禁止投标的记录。',
     'place:中国'),
    # #181: the time left out; 北京 in 北京时间 (#000, NEW h34); the hall and the floor are not labelled
    ('gov34-030', '兹定于2018年04月13日09：00时（北京时间）在岳阳市公共资源交易中心四楼开标大厅公开开标，逾期送达的或者未送达指定地点的投标文件将拒绝接收。',
     'date:2018年04月13日 | place:北京 | org:岳阳市公共资源交易中心'),
    # #182: an address (#000)
    ('gov34-023', '采购代理机构地址：天津市南开区复康路23号增1号15层',
     'place:天津市南开区复康路'),
    ('gov34-005', '县级国土资源主管执法监察部门要结合日常执法监管，在2015年度土地变更调查阶段，与相关业务部门共同完成对遥感监测图斑的合法性判定；',
     'date:2015年度'),
    # #184: the table's header
    ('gov34-025', '序号\t标的名称\t品牌\t规格型号\t数量\t单价(元)\t成交金额（元）\t报价明细',
     ''),
    # #185: the times left out; 北京 in 北京时间 (#000, NEW h34)
    ('gov34-034', '时间：/至2021年07月15日 ，每天上午00:00至12:00 ，下午12:00至23:59（北京时间，线上获取法定节假日均可，线下获取文件法定节假日除外）',
     'date:2021年07月15日 | place:北京'),
    # #186: the district committee's organisation department taken whole with its place
    ('gov34-012', '5.宝安区委组织部关于做好宝安区2016年紧缺人才引进“1000工程”岗位需求申报工作的通知',
     'org:宝安区委组织部 | place:宝安区#2 | date:2016年'),
    ('gov34-018', '5.6招标人不接受书面投标文件，投标人必须网上提交投标文件，同时提交一份备用电子投标文件（.nNPTF格式）(光盘，用信封密封并加盖投标人公章)。',
     ''),
    # #188: an address (#000): 香洲 (the Xiangzhou district, written without 区) within the hierarchy; the computer mall is a
    # trading complex (#147), not labelled
    ('gov34-031', '2.中标候选人地址：珠海市香洲凤凰南路1030号香湾电脑城1楼07号',
     'place:珠海市香洲凤凰南路'),
    # #189: 前 left out; the space inside 省 级 is the source's
    ('gov34-005', '2016年7月31日前，省 级国土资源主管部门要通过卫片执法信息系统将卫片执法的各类具体数据成果（军用土地除外）报部。',
     'date:2016年7月31日'),
    # #190: the year inside the questionnaire's title is a bare year, a date (README); the education bureaus are generic
    ('gov34-015', '(四)设区市教育局及县(市、区)教育局填写《2015教育管理信息化发展状况调研问卷》(附件5)。',
     'date:2015'),
    # #191: a school of the university taken whole with its parent; a campus is an org taken whole (README: 海南师范大学桂林洋校区)
    ('gov34-023', '1、项目用途和简单技术要求：天津大学数学学院室内改造工程（第二次），本项目建设地点在天津大学卫津路校区院内，具体内容见招标文件。',
     'org:天津大学数学学院 | org:天津大学卫津路校区'),
    # #192: 东部地区, 中部地区 and 西部地区 are compass regions (README)
    ('gov34-004', '县级市：东部地区每个城市补助总额7亿元，中部地区每个城市补助总额8亿元，西部地区每个城市补助总额9亿元。',
     ''),
    ('gov34-031', '2016年11月14日',
     'date:2016年11月14日'),
    # #194: PJ is a code
    ('gov34-005', '对2015年度土地变更调查中的“往年批准本年建设”（“PJ”）图斑，填报相应其实际占用的耕地面积，并计入2015年度实际建设占用的新增建设用地占用耕地总面积。',
     'date:2015年度 | date:2015年度#2'),
    # #195: a procurement project number, under its label 标书编号 (#037, NEW h34)
    ('gov34-028', '标书编号：GC（QH）GZ-FW-2014-001',
     ''),
    ('gov34-024', '中标（成交）价格： 121.5',
     ''),
    ('gov34-001', '采购文件发售价格：人民币500元/本，售后不退。',
     ''),
    # #198: 省级人民政府 and its 办公厅 are generic; the space in 人 民政府 is the source's
    ('gov34-005', '省级国土资源主管部门要主动向省级人 民政府汇报，将卫片执法作为省级人民政府落实耕地和基本农田保护责任的重要手段，以省级人民政府办公厅名义，或报请省级人民政府同意后，发文部署，组织所 辖市（地、州、盟，以下简称市）、县（市、区、旗，以下简称县）级人民政府，开展本地区2015年度卫片执法工作，落实人员、经费等必要的保障。',
     'date:2015年度'),
    ('gov34-019', '2018年9月4日',
     'date:2018年9月4日'),
    ('gov34-027', '质量保证金：合同金额的 3%；',
     ''),
    ('gov34-029', '5.5本次招标不接受联合体投标。',
     ''),
    ('gov34-030', '电    话：18673028099',
     'phone:18673028099'),
    ('gov34-034', '项目联系方式（询问）：0571-63331702',
     'phone:0571-63331702'),
    # #204: an article number is nothing
    ('gov34-009', '2、按照政府采购法实施条例第17条除第“（一）-（四）”款外的其他条款规定填写投标人应提交的材料，如：采购人提出特定条件的证明材料、落实政府采购政策的证明材料（强制类）等。',
     ''),
    # #205: the website is not labelled, the place in its name is, each time (#024)
    ('gov34-009', '投标人应先在福建省政府采购网(http://cz.fjzfcg.gov.cn)注册会员，再通过会员账号在福建省政府采购网上公开信息系统按项目进行报名及下载磋商文件，否则投标将被拒绝。',
     'place:福建省 | url:http://cz.fjzfcg.gov.cn | place:福建省#2'),
    # #206: the platform is not labelled, the place in its name is
    ('gov34-029', '5.4未经山东省水利建设市场信用信息平台公布信用信息的企业，不得参加本工程投标。',
     'place:山东省'),
    # #207: a file name; the award is not labelled
    ('gov34-006', '6.国家自然科学奖推荐项目.doc',
     ''),
    ('gov34-029', '5.7投标人报名前必须在临沂市公共资源交易中心办理入库备案并打印网上报名回执单。',
     'org:临沂市公共资源交易中心'),
    ('gov34-004', '电话：010-63202245，邮箱：jhyc@mwr.gov.cn',
     'phone:010-63202245 | email:jhyc@mwr.gov.cn'),
    # #210: an address (#000)
    ('gov34-023', '中标供应商联系地址： 天津市河西区郁江道17号209室',
     'place:天津市河西区郁江道'),
    ('gov34-027', '公告期限从本招标公告发布之日起5个工作日。',
     ''),
    ('gov34-002', '2019-7-5',
     'date:2019-7-5'),
    # #213: as #190
    ('gov34-015', '3.《2015职业学校教育信息化发展状况调研问卷》',
     'date:2015'),
    ('gov34-001', '2019-7-16',
     'date:2019-7-16'),
    # #215: the website is not labelled, the body in its name is (h30 #059)
    ('gov34-008', '1.本次公开招聘相关信息均在国家档案局网站发布，请及时关注，并保持通讯工具畅通。',
     'org:国家档案局'),
    ('gov34-031', '1.中标供应商名称：广东博思信息技术有限公司',
     'org:广东博思信息技术有限公司'),
    ('gov34-009', '6、获取采购文件时间、地点、方式：磋商文件随同本项目磋商公告一并发布；',
     ''),
    # #218: a procurement project number (#037, NEW h34)
    ('gov34-034', '项目编号：HCCGFY2021-019',
     ''),
    # #219: the full-width dash as written; the final 。 left out
    ('gov34-008', '监督举报电话：010－83083863。',
     'phone:010－83083863'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout34", ITEMS, DRAWS, sample, ("gov34-",))


if __name__ == "__main__":
    main()
