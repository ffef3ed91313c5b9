r"""Build eval/ner/holdout30.jsonl: a thirtieth held-out NER set, rich in patterns, sampled by seed and labelled blind.

The sentences were drawn mechanically by `sample()` below from a pool of 41 real Chinese government documents (notices,
replies, announcements, decisions of the State Council's General Office, ministries, provinces, cities and districts,
1996-2025) and labelled by reading, following the "Labelling rules" of README.md (with the recommendations of "Where the
sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout29.py (the NEW h7 … NEW h29
decisions included). The labeller did not read anything of the extractor (dossier/), the tests, docs/ or bench/, nor
the repository's history, did not run the extractor, bench/ner_eval.py, the tests, the project's date/phone finders or
any date or phone parser, segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts for
them. The set has never been scored. Like holdout26 and holdout29 it is meant to be rich in patterns (document numbers
such as 国办发〔2018〕123号 and their bracket variants, decree numbers, dates of every form, phones, e-mail addresses, URLs,
PRC ID numbers); every entity type the rules define is labelled, names (person, org, place) included.

    python eval/ner/build_holdout30.py            # write holdout30.jsonl from ITEMS, print counts
    python eval/ner/build_holdout30.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout30.py --check    # confirm every ITEMS sentence is one of the drawn candidates

The pool. The Chinese sources in ../shared/corpus hold no phone, e-mail address or URL outside dev any more (holdout26),
so this set reads new text: POOL = /tmp/pool/govzh, 41 files 001.txt … 041.txt of plain text fetched from public GitHub
repositories (SQL dumps of an office system and of a policy database, indexes of Shanghai government documents,
document-classification data sets and others); its SOURCES.tsv gives each file's repository, commit, path, title and
the stretch read, and its CHECKS.md a check that sampled stretches are verbatim in the stored sources. The pool is not
in the repository, so `--sample` and `--check` only run where it exists; ITEMS, not a re-draw, is the record of the set
and is what gets built. Some texts were masked for publication by their sources (names and digits written as XXX); they
are kept as written.

Sampling (the record of how ITEMS was chosen). One draw, gov30: every NNN.txt of the pool in file-name order, read line
by line, each line stripped and split into sentences after 。！？； (the delimiter kept, zh_sentences as in the earlier
scripts); a sentence is kept if it has 8-200 characters and a pattern cue (CUE: a digit, half- or full-width; 〔, [ or
【; 年 after a digit or a Chinese numeral 〇○零一二三四五六七八九十百千两; 号; @; http; www; 电话; 传真; 邮箱), and an exact repeat of
a sentence already kept (from any file) is dropped, the first kept. Source names are gov30-NNN, the file's number. The
pool holds 513 sentences; random.Random(31311).sample(pool, min(220, len(pool))) gives the 220, in sampled order, and
sample() gives 15 replacements after them. The pool is new text to every earlier set, so nothing is left out as seen.

A sampled sentence that is pure debris would be dropped, with a comment where it would have been, and replaced by the
next candidate of the random order. None was: a sentence with OCR slips (#207), a telegram's header fields run together
(#170), a heading run into its text (#045), a title cut by a line break (#146) and sentences with masked names and
numbers (#197, #215) are readable text of their sources and were kept, as said on their items; nothing inside a masked
XXX stretch is labelled. All 220 were labelled; none was cut short.

What was found. The documents' headers give many dates (成文日期, 发布日期, in 2018年12月18日, 2023-03-30, 二〇〇四年十月十日
forms), document numbers (发文字号, 文号, with 〔〕 and [] brackets, one with a space before its bracket), catalogue index
numbers (索引号, not labelled, NEW h30 #033), NPC suggestion and CPPCC proposal numbers (labelled as docnos, NEW h30 #011),
a decree number and two local standards' numbers; the contact lines give landlines, fax numbers and mobiles (with
their contacts' names), e-mail addresses and URLs. No PRC ID number was drawn. The decisions this set adds are marked
NEW h30 on their items (9 of them).

Result: 220 sentences (all gov30, from 40 of the 41 files), 277 entities: 68 date, 38 docno, 10 phone, 2 email, 2 url
(120 pattern entities; 106 sentences hold one), 103 org, 41 place, 13 person; 135 of the sentences hold an entity.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

POOL = Path("/tmp/pool/govzh")     # not in the repository: text fetched from the repositories SOURCES.tsv lists
SOURCE = "gov30-{}"                 # the file number: gov30-001 … gov30-041
MIN_LEN, MAX_LEN = 8, 200
# The pattern cue: a digit (half- or full-width), 〔, [, 【, 年 after a digit or a Chinese numeral, 号, @, http, www, 电话,
# 传真, 邮箱.
CUE = re.compile(r"[0-9０-９]|〔|\[|【|[0-9０-９〇○零一二三四五六七八九十百千两]年|号|@|http|www|电话|传真|邮箱", re.I)


def zh_sentences(line: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", line) if s.strip()]


def cued(s: str) -> bool:
    return MIN_LEN <= len(s) <= MAX_LEN and bool(CUE.search(s))


def gov30_candidates() -> list[tuple[str, str]]:
    """Every cued sentence of the pool's NNN.txt files, in file-name and reading order, each line stripped; an exact
    repeat of an earlier sentence (of any file) is dropped, the first kept."""
    out, texts = [], set()
    for path in sorted(POOL.glob("[0-9][0-9][0-9].txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for s in zh_sentences(line.strip()):
                if cued(s) and s not in texts:
                    texts.add(s)
                    out.append((SOURCE.format(path.stem), s))
    return out


DRAWS = [(gov30_candidates, 31311, 220)]


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
    # the sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout29.py (the NEW h7 …
    # NEW h29 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h30 are
    # decisions no earlier set had to make. #NNN = position in the seeded order. No text was dropped as debris (the
    # garbled but readable #207, the run-together header #170 and the masked #215 are kept, as said on their items), so
    # no replacement was drawn.
    # -- the 41 government documents of /tmp/pool/govzh: cued sentences, pool 513, Random(31311).sample(…, 220), in
    # sampled order
    # #000: 五年内 is a duration
    ('gov30-006', '（二十三）经营性文化事业单位转制为企业后，五年内免征企业所得税。',
     ''),
    # #001: a range of days sharing its year and month is one span (README *date*: a range sharing one unit; March
    # 15-16, 2001, h10); 我部 is a self-reference; 院士 is a title; 华中 inside the university is not labelled again (flat);
    # 地方政府 is generic
    ('gov30-011', '在有了进一步地震监测资料和调查资料的基础上，2004年9月21日至23日，我部再次组织了以华中科技大学刘广润院士为组长的更大范围的专家组，对马鬃山村房屋开裂等有关情况进行了现场调查，听取了地方政府和湖北省地震局等有关单位的汇报，进行了讨论，形成最终的专家组调查意见（见附件）。',
     'date:2004年9月21日至23日 | org:华中科技大学 | person:刘广润 | place:马鬃山村 | org:湖北省地震局'),
    ('gov30-030', '4.参会人员严禁将手机带入会场，请提前10分钟入场就座完毕。',
     ''),
    ('gov30-035', '2.参与国际事务治理，深化国际航运事务合作，包括参与国际航运、航空相关的规则、标准、指数、合同范本或格式文本等的制定与推广应用。',
     ''),
    # #004: the label 成文日期 left out; zero-padded month as written
    ('gov30-007', '成文日期：1996年06月29日',
     'date:1996年06月29日'),
    # #005: the label 发文字号 left out (README)
    ('gov30-017', '发文字号：国办函〔2006〕69号',
     'docno:国办函〔2006〕69号'),
    # #006: 抗日战争 is an event named with an abbreviation (h29 #126); 50多年来 a duration; 我国 a self-reference
    ('gov30-007', '抗日战争胜利50多年来，我国人民多次遭受这些化学武器的伤害。',
     ''),
    # #007: 本区 is a self-reference; 1% and the counts are nothing
    ('gov30-039', '结合本区自身发展战略、发展阶段、发展特征和城市人文环境，调整个别市级指标的评价方法，明确评价标准，并在区级指标中增加森林覆盖率、自然湿地保有率、占全球种群数量1%以上的水鸟物种数、可再生能源装机量、养老机构床位总量占户籍老年人口比重、绿色食品认证率体现本区特色的6个指标。',
     ''),
    ('gov30-004', '国发〔2018〕43号',
     'docno:国发〔2018〕43号'),
    ('gov30-018', '发文字号：国办函〔2005〕69号',
     'docno:国办函〔2005〕69号'),
    # #010: the names inside a document's title are labelled (README: 《浙江省“千万工程”条例》); the plenary session is an event,
    # 党 alone not labelled; “九五” is a plan period
    ('gov30-008', '面对严重的地震威胁，必须认真落实党的十四届五中全会通过的《中共中央关于制定国民经济和社会发展“九五”计划和2010年远景目标的建议》中提出的“加强灾害性天气、气候和地震监测预报，减少自然灾害损失”的减灾任务，进一步采取切实有效的措施，加强防震减灾工作。',
     'org:中共中央 | date:2010年'),
    # #011: NEW h30: an NPC deputies' suggestion cited by its registered number (第7240号建议) is an official document
    # cited by its number, a docno taken with its 第 and document word, as ５９８号决议 (NEW h20) and 国务院令第646号 (NEW h14),
    # not an article number; the session (十届全国人大四次会议) is not part of it, its ordinals are not part of the body's name
    # (README: 人大 in 四届人大), so 全国人大 is labelled on its own
    ('gov30-015', '国务院办公厅对十届全国人大四次会议第7240号建议的答复',
     'org:国务院办公厅 | org:全国人大 | docno:第7240号建议'),
    ('gov30-005', '围绕公众需要，立足政府职能，切实解决有平台无运营、有账号无监管、有发布无审核等问题，优化用户体验，提升服务水平，增强群众获得感。',
     ''),
    # #013: a level-qualified body (README: 省委, 省政府; a named leading group, NEW h23); 成员单位 is generic
    ('gov30-030', '省扶贫开发领导小组成员单位(34个)',
     'org:省扶贫开发领导小组'),
    ('gov30-002', '附件：1．各类名师工作室领衔人、名师名校长名单',
     ''),
    # #015: 之前 and 起 left out; 五年 a duration
    ('gov30-006', '2018年12月31日之前已完成转制的企业，自2019年1月1日起可继续免征五年企业所得税。',
     'date:2018年12月31日 | date:2019年1月1日'),
    ('gov30-030', '5.会议着便装、戴口罩，一律不带随员。',
     ''),
    # #017: a dashed numeric date (README), the label left out
    ('gov30-038', '发布日期: 2023-03-30',
     'date:2023-03-30'),
    # #018: the label 文号 left out (README)
    ('gov30-041', '文号: 静府发〔2018〕1号',
     'docno:静府发〔2018〕1号'),
    # #019: 市港航中心 (the Shanghai municipal port and shipping centre) is a level-qualified body (as 省法院, README);
    # 各区交通主管部门 and 海事管理机构 are generic
    ('gov30-034', '（5）各区交通主管部门和市港航中心在核查工作中应会同海事管理机构等有关部门加大对辖区内水路运输经营者所属船舶无证经营、超范围经营、“挂靠”经营以及内河船非法从事海上运输等违法违规行为的打击力度，发现经营者涉嫌存在违法违规行为的，应按照职责依法依规严格调查处理。',
     'org:市港航中心'),
    ('gov30-036', '发布日期: 2023-05-11',
     'date:2023-05-11'),
    ('gov30-023', '2013年10月10日',
     'date:2013年10月10日'),
    # #022: 省直 is a level, the forms are no names
    ('gov30-031', '附件2省直生育定点医疗机构住院费用申报表附件3省直生育定点医疗机构住院费用明细表',
     ''),
    ('gov30-011', '二〇〇四年十月十日',
     'date:二〇〇四年十月十日'),
    ('gov30-037', '（1）具备独立道闸的充电设施（枪）数量（个）：',
     ''),
    # #025: NEW h30: a hall of an institution where others hold their event (the education bureau's examination, held
    # in a school's gymnasium) is a venue, a place taken whole (README *Where the sets disagree* 4: stadiums and halls
    # that host others' events), the school inside not labelled again (flat); unlike an office building given as an
    # address (Enron Building, h12 #021); 10月22日 has no year, 6：30 is a time
    ('gov30-001', '三、考核时间、地点：考核定于10月22日进行，申报人员请在考核当天上午6：30前凭身份证到台州市实验中学体育馆报到、抽签，逾期作自动放弃处理。',
     'place:台州市实验中学体育馆'),
    # #026: 太钢 (Taiyuan Iron and Steel) is a company by its short name (README); the process name is nothing
    ('gov30-013', '2002年太钢投资4800万元，采用“中和-分离-灭菌-反渗透膜分离”工艺技术，建成了污水深度处理和回用设施。',
     'date:2002年 | org:太钢'),
    # #027: 国务院 as the parent of 各部门 is labelled
    ('gov30-016', '国务院各部门网站中有31个开通了英文版，其中3个部门网站开通了多语种外文版本。',
     'org:国务院'),
    # #028: an empty form line; 联系电话 with no number
    ('gov30-037', '填表人：          联系电话：',
     ''),
    ('gov30-035', '1.顺应绿色、低碳、智能航运业发展新趋势，推动航运创新发展，包括先进技术在港口、航运、机场、航空、安全、环保等相关领域的创新应用，以及培育航运服务新模式等。',
     ''),
    # #030: 总书记 is a title; the names and the year inside the letter's title are labelled (README); 本区 is a
    # self-reference
    ('gov30-039', '为深入贯彻落实习近平总书记关于城市体检工作的重要指示精神，落实中央全面深化改革委员会关于建立城市体检评估机制的改革任务要求，推动建设没有“城市病”的高质量发展城市，按照《关于印发<2021年上海市城市体检工作方案>的函》（沪建综规〔2021〕445号）有关要求，结合本区实际，现制定2021年本区城市体检工作方案如下:',
     'person:习近平 | org:中央全面深化改革委员会 | date:2021年 | place:上海市 | docno:沪建综规〔2021〕445号 | date:2021年#2'),
    ('gov30-039', '（五）体检成果应用（2021年12月）。',
     'date:2021年12月'),
    ('gov30-037', '（5）其他状态的充电设施（枪）数量（个），并请具体表述相关情况：',
     ''),
    # #033: NEW h30: the 索引号 (000014349/2004-00209) is the index number of the government information disclosure
    # catalogue, a catalogue code, not the number the issuer gave the document (its docno is the 发文字号, as the legal
    # database's citation code is not one, NEW h26 #005 of the other draw); its year field (2004) is a part of a code,
    # not labelled as a date, as the date-like parts of a URL (README) and 1984 in an itinerary's property code (h20
    # #026)
    ('gov30-009', '索 引 号：000014349/2004-00209',
     ''),
    ('gov30-003', '2011年10月13日',
     'date:2011年10月13日'),
    # #035: 内地 is a common noun; 港澳 a pair of abbreviations (README)
    ('gov30-034', '（1）国际船舶运输经营者、内地与港澳间水路运输经营者是否满足相应的从业条件要求；',
     ''),
    # #036: NEW h30: in 崇明区级 the 区级 (district-level, as 区级指标 and 市级指标 in the same plan, #007, #125) is a level word,
    # so only 崇明 is labelled, as 级 in 国家级 marks a level (README) and the level word is not taken with the name; where
    # 崇明区 stands by itself (#106, #161) it is labelled whole
    ('gov30-039', '附件：2021年崇明区级城市体检指标体系',
     'date:2021年 | place:崇明'),
    ('gov30-010', '2.关于生态移民问题。',
     ''),
    ('gov30-041', '6．文物执法督察体系基本建立，执法力量得到加强，安全责任体系更加健全，安全形势明显好转。',
     ''),
    ('gov30-038', '2023年3月28日',
     'date:2023年3月28日'),
    # #040: 中华人民共和国 inside a law's title is labelled (holdout22, holdout26)
    ('gov30-028', '2019年1月1日起全面施行的《中华人民共和国个人所得税法》及其实施条例，是党中央、国务院着眼于优化税收制度、推动经济发展、惠及百姓民生作出的一项重大决策部署。',
     'date:2019年1月1日 | place:中华人民共和国 | org:党中央 | org:国务院'),
    # #041: the label 标题 left out; a CPPCC proposal cited by its number is a docno (#011, NEW h30); the session
    # ordinals split 全国政协十届四次会议: 全国政协 before them labelled (README)
    ('gov30-014', '标\u3000\u3000题：国务院办公厅对全国政协十届四次会议第4626号提案的答复',
     'org:国务院办公厅 | org:全国政协 | docno:第4626号提案'),
    # #042: 五星红旗 and 方便旗 are no names
    ('gov30-034', '（2）经营者自有和控制船舶运力情况（包括自有和控制的五星红旗船舶和方便旗船舶）；',
     ''),
    ('gov30-006', '成文日期：2018年12月18日',
     'date:2018年12月18日'),
    # #044: 我省 is a self-reference; 河段 (the stretch) left out, as 段 (holdout7)
    ('gov30-029', '目前，我省黄河河段已全线流凌，最大流凌密度90%、冰块厚度10厘米、冰块面积200平方米。',
     'place:黄河'),
    # #045: 底前 left out (README: 底, 前); the heading runs into the text, as the source has it
    ('gov30-031', '二、分步实现生育保险待遇联网结算2020年11月底前，在上述8家定点医疗机构实现生育定额医疗费、计划生育住院医疗费联网结算和生育津贴联网申领。',
     'date:2020年11月'),
    # #046: a catalogue index number (#033, NEW h30)
    ('gov30-014', '索 引 号：000014349/2006-00213',
     ''),
    ('gov30-005', '加强对账号密码的安全管理，防止账号被盗用或被恶意攻击等安全事件发生。',
     ''),
    # #048: 附表1-4 is a table number
    ('gov30-034', '11．《国内核查报告书》附表1-4：企业经营情况及运力登记表',
     ''),
    # #049: 之前 left out; the form's title holds no name
    ('gov30-033', '（一）项目建设单位在2024年1月15日之前填写《新能源出租汽车充电示范站评定申请书》，会同相关建设资料报所在地交通管理部门。',
     'date:2024年1月15日'),
    ('gov30-038', '投放不少于20辆智能零售车。',
     ''),
    # #051: 2年 is a duration
    ('gov30-027', '个人将购买不足2年的住房对外销售的，全额征收营业税；',
     ''),
    # #052: a contiguous hierarchy is one span (README); NEW h30: 下旬 (the last ten days of a month) after a month
    # points into the period and is left out, as 初, 底 and 末 (README, NEW h24) and 中期 (NEW h29); 以来 left out; 村民 is a
    # common noun
    ('gov30-011', '据湖北省地震局《湖北省巴东县马鬃山村地面振动监测结果汇报》：自2003年7月下旬以来，巴东县官渡口镇马鬃山村村民断续感觉地下振动并伴有响声，其中震感强烈的有两次。',
     'org:湖北省地震局 | place:湖北省巴东县马鬃山村 | date:2003年7月 | place:巴东县官渡口镇马鬃山村'),
    # #053: 我局 is a self-reference; the year inside the title is labelled; 全市 is a self-reference
    ('gov30-001', '根据我局《关于做好2011年中专及中小学教师职务评审工作的通知》精神，凡晋升中学高级教师（教研员）的对象均须参加全市统一组织的课堂教学考核和面试。',
     'date:2011年'),
    ('gov30-039', '（一）建立工作机制（2021年8月）。',
     'date:2021年8月'),
    ('gov30-005', '集中力量做优做强主账号，构建整体联动、集体发声的政务新媒体矩阵。',
     ''),
    ('gov30-038', '已投放140辆智能出租，接单总量37.1万单。',
     ''),
    # #057: 我国 is a self-reference; 7级 is a magnitude
    ('gov30-008', '值得注意的是，当前我国地震活动的活跃状态，是在全球7级大震活动增强的背景上出现的。',
     ''),
    ('gov30-039', '3.对各项指标按照定性与定量、主观与客观相结合的原则分析论证，分析存在的优势、问题及原因，提出对策建议；',
     ''),
    # #059: the website is not labelled, the bureau in its name is (as 省政府 in 省政府门户网站, h20 #038); the URL as written,
    # the label 具体网址为 and the space before the parenthesis left out
    ('gov30-025', '申请办理各类不动产登记业务的要件、办理时限等具体内容可点击天津市国土资源和房屋管理局政务网站(具体网址为：www.tjfdc.gov.cn )查询。',
     'org:天津市国土资源和房屋管理局 | url:www.tjfdc.gov.cn'),
    # #060: 我局, 我国 are self-references; 10年 is a duration
    ('gov30-008', '鉴此，我局综合考虑震情、灾情以及国民经济和社会发展规划三方面的因素，根据突出重点、相对稳定的原则，在总结以往多年研究成果的基础上，经认真研究、论证，确定了我国地震重点监视防御区，作为今后一段时期（10年或更长一段时间）相对稳定的防震减灾重点地区和率先实现我国防震减灾十年目标的战略区。',
     ''),
    ('gov30-039', '4.制定重点行动计划。',
     ''),
    ('gov30-021', '2、公告期限：自信息发布起7日。',
     ''),
    # #063: 底前 left out; hospitals are orgs, each taken whole with its place or parent (README); 省直 is a level
    ('gov30-031', '一、分批实现生育保险待遇联网结算2020年11月底前，山东省立医院、山东大学齐鲁医院、山东省千佛山医院、山东省中医院、山东大学第二医院、山东省妇幼保健院、济南市妇幼保健院、济南圣玛利亚医院等8家省直定点医疗机构实现生育保险待遇联网结算。',
     'date:2020年11月 | org:山东省立医院 | org:山东大学齐鲁医院 | org:山东省千佛山医院 | org:山东省中医院 | org:山东大学第二医院 | org:山东省妇幼保健院 | org:济南市妇幼保健院 | org:济南圣玛利亚医院'),
    # #064: 港澳 is a pair of abbreviations
    ('gov30-034', '8．国际船舶运输经营者/内地与港澳间水路运输经营者营运船舶情况表',
     ''),
    # #065: 区文化局 and 区政府 are level-qualified bodies (README: 省政府, 市人大); the place inside the title is labelled; the
    # numbered executive meeting is an event
    ('gov30-041', '区文化局《关于进一步加强静安区文物保护工作的实施意见》已经区政府第73次常务会议通过，现批转给你们，请遵照执行。',
     'org:区文化局 | place:静安区 | org:区政府'),
    # #066: mobiles as written, the labels and parentheses left out (README); 市级平台 is generic
    ('gov30-033', '市级平台：刘彩薇（联系电话：17857696205）、董昭（联系电话：17321087125）',
     'person:刘彩薇 | phone:17857696205 | person:董昭 | phone:17321087125'),
    # #067: a local number without its area code is a phone (README: 2316124)
    ('gov30-025', '天津市国土资源和房屋管理局业务咨询电话为：23301382；',
     'org:天津市国土资源和房屋管理局 | phone:23301382'),
    ('gov30-027', '（二）对个人购买家庭第二套改善性住房，面积为90平方米及以下的，减按1%的税率征收契税；',
     ''),
    ('gov30-040', '文号: 沪交海〔2025〕190号',
     'docno:沪交海〔2025〕190号'),
    # #070: the portal is a website, not labelled; the body in its name is (as 省政府 in 省政府门户网站, h20 #038), 中央政府 being
    # one body (as 中央人民政府, holdout22)
    ('gov30-017', '会议决定中央政府门户网站于2006年1月1日正式开通。',
     'org:中央政府 | date:2006年1月1日'),
    ('gov30-034', '对不符合从业条件的，在《国际核查报告书》“核查结果”栏签署“限期整改”、加盖公章，并书面责令经营者限期整改（整改期最长不超过3个月）。',
     ''),
    # #072: 以来 left out
    ('gov30-015', '网站专门开设了“法律法规”栏目，收集整理了现行的主要法律、2000年以来的行政法规，以及部分司法解释、部门规章和地方性法规、地方政府规章，供公众免费查询和下载。',
     'date:2000年'),
    # #073: as #019
    ('gov30-034', '各区交通主管部门和市港航中心要切实抓好核查中发现问题的整改工作，对经营资质、资格存在问题的经营者、船舶实施清单管理、建立台账，督促其在整改期积极做好整改工作，并在整改到期后认真开展复查，逐一销号管理。',
     'org:市港航中心'),
    # #074: the bodies inside the titles are labelled, each time (README); the docnos as written, their parentheses
    # left out
    ('gov30-027', '办理免税的具体程序、购买房屋的时间、开具发票、非购买形式取得住房行为及其他相关税收管理规定，按照《国务院办公厅转发建设部等部门关于做好稳定住房价格工作意见的通知》（国办发〔2005〕26号）、《国家税务总局 财政部 建设部关于加强房地产税收管理的通知》（国税发〔2005〕89号）和《国家税务总局关于房地产税收政策执行中几个具体问题的通知》（国税发〔2005〕172号）的有关规定执行。',
     'org:国务院办公厅 | org:建设部 | docno:国办发〔2005〕26号 | org:国家税务总局 | org:财政部 | org:建设部#2 | docno:国税发〔2005〕89号 | org:国家税务总局#2 | docno:国税发〔2005〕172号'),
    ('gov30-039', '（四）形成体检报告（2021年10月）。',
     'date:2021年10月'),
    ('gov30-028', '发改办财金规〔2019〕860号',
     'docno:发改办财金规〔2019〕860号'),
    ('gov30-013', '发文字号：国办函〔2005〕21号',
     'docno:国办函〔2005〕21号'),
    ('gov30-013', '二〇〇五年三月三日',
     'date:二〇〇五年三月三日'),
    ('gov30-037', '（5）其他车位管控措施的充电设施（枪）数量（个），并请具体表述相关情况：',
     ''),
    # #080: NEW h30: a second day listed after a time (和19日, sharing the first's year and month) is no date by itself
    # (no year written, README: 5月1日) and cannot join the first in one span across the time left out between them: not
    # labelled; the times (20时40分) left out
    ('gov30-011', '时间分别为2003年12月18日20时40分和19日20时35分。',
     'date:2003年12月18日'),
    # #081: 省级政府 is generic
    ('gov30-016', '省级政府网站中有10个开通了英文版。',
     ''),
    # #082: a State Council decree number is a docno taken whole with its issuer (NEW h14), here written without
    # 中华人民共和国 and 第, as written; 国务院 inside it not labelled again (flat); 我市 is a self-reference
    ('gov30-025', '按照国务院《不动产登记暂行条例》(国务院令656号)以及党中央、国务院关于建立不动产统一登记制度的工作部署，经天津市人民政府批准，现将我市启动不动产统一登记有关事项公告如下：',
     'org:国务院 | docno:国务院令656号 | org:党中央 | org:国务院#3 | org:天津市人民政府'),
    # #083: contiguous hierarchies, one span each (README)
    ('gov30-011', '有感范围涉及湖北巴东县5个村，重庆巫山县6个村。',
     'place:湖北巴东县 | place:重庆巫山县'),
    # #084: a published standard cited by its series and number (the Guangdong local standard DB44/26-2001) is a
    # docno, as ISO 10646-1 (h22) and SFAS 133 (h12); the year inside is not labelled again (flat, as HC/S 865/2018,
    # h22)
    ('gov30-020', '(一)工业废水达到DB44/26-2001的二级排放标准，达到率100%。',
     'docno:DB44/26-2001'),
    # #085: as #013; 报名回执 is a form
    ('gov30-030', '附件:1.省扶贫开发领导小组成员单位2.报名回执',
     'org:省扶贫开发领导小组'),
    # #086: 71路 is a bus line (README: roads and lines are not places)
    ('gov30-036', '（三）非营运时段内，在确保交叉口通行安全的条件下，中运量公交设施维护车辆以及71路西延伸沿线专用道路内侧施工、维护车辆实施施工或维护工作的。',
     ''),
    # #087: each end its own date (README)
    ('gov30-006', '上述政策适用于所有文化企业，执行期限为2019年1月1日至2023年12月31日。',
     'date:2019年1月1日 | date:2023年12月31日'),
    # #088: the titles are left out; 省国防科工办 is level-qualified; 中国 inside the programme 中国制造2025 is labelled (README:
    # 中国 in 中国式现代化) and its year, a bare year inside a longer term, is a date (README; Fantasia 2000, h12; Outlook
    # 2003, h24); 一带一路 and 自贸区 are programmes; 闽台港澳 is a string of abbreviations; 党 alone is not labelled
    ('gov30-019', '二、梁伟新党组副书记、副主任（正厅长级），省国防科工办主任：协助分管国防科技工业、装备工业、规划和投资、军民融合、“一带一路”（国际产能合作）、中国制造2025、自贸区、平潭开放开发、闽台港澳合作和计划财务、人事、党的工作及离退休干部工作。',
     'person:梁伟新 | org:省国防科工办 | place:中国 | date:2025 | place:平潭'),
    # #089: 年度 with the year (NEW h10)
    ('gov30-034', '5．2023年度核查情况汇总表',
     'date:2023年度'),
    # #090: a fax number is a phone, the label and the closing parenthesis left out (README)
    ('gov30-034', '传真：83090201）',
     'phone:83090201'),
    ('gov30-022', '传真：021-22051007。',
     'phone:021-22051007'),
    # #092: a local number and a mobile, each its own phone
    ('gov30-035', '联系方式：23115335，18917702329',
     'phone:23115335 | phone:18917702329'),
    ('gov30-009', '成文日期：2004年08月12日',
     'date:2004年08月12日'),
    # #094: the Universiade is an event, the year inside it labelled
    ('gov30-012', '同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会。',
     'place:哈尔滨市 | date:2009年'),
    # #095: 底 left out
    ('gov30-031', '各医院可根据结算数量、系统开发商支持情况等自行确定改造系统方式，确保2020年11月底实现联网结算。',
     'date:2020年11月'),
    # #096: 发展改革委 is the NDRC by its usual short name, named without its level (README: a specific body named without
    # its place); 该委 and 我国 are self-references
    ('gov30-010', '发展改革委研究提出了办理意见：发展改革委已向国务院上报了我国乙烯工业中长期发展规划，待国务院批准后，该委将按照《国务院关于投资体制改革的决定》（国发〔2004〕20号，以下简称《决定》）精神，组织专家对该项目的资源可靠性和配置方案、经济和社会效果、生态环境影响等，进行全面分析研究和评估论证，并提出对该项目核准问题的建议，按程序报请国务院核准。',
     'org:发展改革委 | org:发展改革委#2 | org:国务院 | org:国务院#2 | org:国务院#3 | docno:国发〔2004〕20号 | org:国务院#4'),
    # #097: a catalogue index number (#033, NEW h30)
    ('gov30-010', '索 引 号：000014349/2004-00208',
     ''),
    # #098: the label 标题 left out; the project title is not labelled, the place in it is
    ('gov30-038', '标题: 上海市交通委员会关于公布2022年度上海市智能网联汽车示范应用创新项目验收成果的通知',
     'org:上海市交通委员会 | date:2022年度 | place:上海市#2'),
    ('gov30-033', '附件：1．新能源出租汽车充电示范站评定申请书',
     ''),
    # #100: a standard's number (#084)
    ('gov30-020', '(二)废气处理达到DB44/27-2001的二级排放标准。',
     'docno:DB44/27-2001'),
    ('gov30-001', '二、模拟上课准备时间为1小时，上课时间为15分钟。',
     ''),
    # #102: 71路 is a bus line; 公安机关 is generic (README); the places inside the laws' titles are labelled
    ('gov30-036', '三、违反本通告规定，车辆擅自驶入71路西延伸沿线专用车道的，由公安机关依据《中华人民共和国道路交通安全法》《上海市道路交通管理条例》的有关规定予以处罚。',
     'place:中华人民共和国 | place:上海市'),
    ('gov30-006', '发文字号：国办发〔2018〕124号',
     'docno:国办发〔2018〕124号'),
    ('gov30-037', '（4）保留在原地未拆除的充电设施（枪）数量（个）：',
     ''),
    # #105: article numbers are nothing (README); the titles hold no name
    ('gov30-034', '对拒不接受核查的经营者，按照《国内水路运输管理规定》第五十二条、《国内水路运输辅助业管理规定》第三十七条进行处理，并按《水路运输市场信用信息管理办法（试行）》（交办水〔2017〕128号）要求，纳入“严重失信名单”进行管理。',
     'docno:交办水〔2017〕128号'),
    # #106: 崇明区 by itself is labelled whole (#036)
    ('gov30-039', '《2021年崇明区城市体检工作方案》已经区政府同意，现印发给你们，请认真按照执行。',
     'date:2021年 | place:崇明区 | org:区政府'),
    # #107: a catalogue index number (#033, NEW h30)
    ('gov30-007', '索 引 号：000014349/1996-00077',
     ''),
    # #108: NEW h30: 省委 (the provincial party committee, README) inside the name of the meeting it convenes (省委农村工作会议,
    # an event) is labelled, a body's name inside a longer term (README: 中国 in 中国新闻奖); unlike 中央 in 中央经济工作会议, which
    # the README takes as an attribute
    ('gov30-030', '四、有关事项1.在主会场参加省委农村工作会议人员，报到、食宿等事宜按照省委农村工作会议统一组织安排，会议期间实行封闭管理。',
     'org:省委 | org:省委#2'),
    ('gov30-008', '发文字号：国办发〔1996〕2号',
     'docno:国办发〔1996〕2号'),
    # #110: 各级人民政府 is generic; 我国 a self-reference; 下世纪初 is relative; 十年目标 a duration
    ('gov30-008', '在各级人民政府的领导下，依靠科技进步和全社会的共同努力，首先使我国重点监视防御区的大中城市基本具备抗御6级左右地震的能力，以此带动全国大中城市和人口稠密、经济发达地区地震综合防御能力的提高，为在下世纪初全面实现防震减灾十年目标打下扎实的基础。',
     ''),
    ('gov30-038', '已投放6辆智能车辆，年总载客量2.3万人次、运营总里程6.6万公里。',
     ''),
    ('gov30-034', '（4）各区交通主管部门和市港航中心应当对接受核查的水路运输（船舶管理业务）经营者出具核查结果。',
     'org:市港航中心'),
    ('gov30-031', '产前检查费在生育定额医疗费结算同时按人头1200元/人，超过35周岁(含)生育的增加600元结算。',
     ''),
    # #114: 本省 is a self-reference
    ('gov30-034', '（4）市港航中心应对本省的核查情况进行现场抽查，抽查率原则上不低于20%。',
     'org:市港航中心'),
    # #115: the website (山东政务服务网) and the system are not labelled, the place in the name is (#059); the sentence-final
    # period left out
    ('gov30-031', '登录山东政务服务网一网通办系统办理http://gb.shandong.gov.cn。',
     'place:山东 | url:http://gb.shandong.gov.cn'),
    ('gov30-005', '发文字号：国办发〔2018〕123号',
     'docno:国办发〔2018〕123号'),
    # #117: the bodies and places inside the title labelled; the docno with square brackets as written, its
    # parentheses left out; 滨海新区 is a new district (README)
    ('gov30-026', '2015年11月26日按照天津市人民政府办公厅《天津市人民政府办公厅关于印发天津市不动产统一登记工作实施方案的通知》(津政办发[2015]81号)文件精神以及天津市不动产统一登记工作部署，经天津市国土资源和房屋管理局批准，现将滨海新区启动不动产统一登记有关事项公告如下：',
     'date:2015年11月26日 | org:天津市人民政府办公厅 | org:天津市人民政府办公厅#2 | place:天津市#3 | docno:津政办发[2015]81号 | place:天津市#4 | org:天津市国土资源和房屋管理局 | place:滨海新区'),
    # #118: 我市 is a self-reference; 不动产登记经办机构 is generic
    ('gov30-025', '二、自2015年11月30日起，我市土地、房屋、林地、海域等不动产登记业务，统一到天津市国土资源和房屋管理局设立或者委托的不动产登记经办机构办理，领取《不动产权证书》、《不动产登记证明》。',
     'date:2015年11月30日 | org:天津市国土资源和房屋管理局'),
    ('gov30-012', '发文字号：国办函〔2004〕36号',
     'docno:国办函〔2004〕36号'),
    # #120: a catalogue index number (#033, NEW h30)
    ('gov30-015', '索 引 号：000014349/2006-00212',
     ''),
    ('gov30-036', '2023年5月10日',
     'date:2023年5月10日'),
    ('gov30-002', '1、选拔条件：年龄在40周岁以下教龄3年以上的校级以上骨干教师。',
     ''),
    # #123: 本区 is a self-reference
    ('gov30-039', '上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知',
     'org:上海市崇明区人民政府办公室 | date:2021年'),
    # #124: 港澳 is a pair of abbreviations
    ('gov30-034', '（5）对辖区内不符合有关法律法规等规定的资质要求、责令限期整改的国际以及内地与港澳间的客船、散装液体危险品船运输经营者，市港航中心应跟踪整改落实情况。',
     'org:市港航中心'),
    # #125: 住房城乡建设部 is the ministry by its usual short name; 区级, 市级 are levels; 本区 is a self-reference
    ('gov30-039', '区级城市体检主要从生态宜居、健康舒适、安全韧性、交通便捷、风貌特色、整洁有序、多元包容、创新活力等8个方面开展评估，区级体检指标传导沿用住房城乡建设部65个基础性指标和市级新增34个指标的同时，结合本区自身发展战略、发展阶段、发展特征和城市人文环境，增加体现本区特色的指标，并调整个别市级指标的评价方法，最终明确评价标准。',
     'org:住房城乡建设部'),
    ('gov30-005', '一个单位原则上在同一平台只开设一个政务新媒体账号，鼓励在网民集聚的新平台开设政务新媒体账号。',
     ''),
    ('gov30-006', '（十七）对转制时距国家法定退休年龄五年以内的原事业编制内人员，本人申请并经转制单位批准，可以提前离岗，离岗期间的工资福利等基本待遇不变，单位和个人继续按规定缴纳各项社会保险费，达到国家法定退休年龄时，按照国家规定办理退休手续。',
     ''),
    # #128: as #041
    ('gov30-014', '国务院办公厅对全国政协十届四次会议第4626号提案的答复',
     'org:国务院办公厅 | org:全国政协 | docno:第4626号提案'),
    ('gov30-028', '2019年8月20日',
     'date:2019年8月20日'),
    ('gov30-005', '2.坚持需求引领。',
     ''),
    # #131: 国际航运中心 is a status (README): only the city
    ('gov30-035', '5.其他支撑上海国际航运中心发展的创新举措。',
     'place:上海'),
    # #132: a range sharing its 年 is one span (README: 2021—2025年)
    ('gov30-002', '现将2011-2012年各类名师工作室成员及名师名校长师徒结对意向申报活动通知如下：',
     'date:2011-2012年'),
    # #133: 海事管理机构 and 市场监管部门 are generic
    ('gov30-034', '（3）对难以取得联系的水路运输（船舶管理业务）经营者，各区交通主管部门和市港航中心要通过与海事管理机构、市场监管部门信息共享等方式积极取得联系并纳入核查；',
     'org:市港航中心'),
    ('gov30-011', '附件：1.国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告',
     'org:国土资源部 | place:湖北省巴东县官渡口镇马鬃山村'),
    ('gov30-006', '2018年12月31日之前已完成转制的企业，自2019年1月1日起对其自用房产可继续免征五年房产税。',
     'date:2018年12月31日 | date:2019年1月1日'),
    # #136: 7月7日 and 8月8日 have no year
    ('gov30-011', '自7月7日至8月8日，无震动记录。',
     ''),
    ('gov30-011', '发文字号：国办函〔2004〕80号',
     'docno:国办函〔2004〕80号'),
    # #138: 国家 is not labelled
    ('gov30-009', '发展改革委意见：2000年国家已取消用于电源与电网发展的2分钱专项电力建设基金，并将原专项基金的价格空间纳入电价，明确这2分钱电价全部用于农村电网建设与改造投资的还贷。',
     'org:发展改革委 | date:2000年'),
    ('gov30-011', '房屋裂缝多出现在墙壁上，一般张开宽度1—5毫米，延伸长度一般为0.5—2米；',
     ''),
    # #140: the place inside the title is labelled; 本市 is a self-reference
    ('gov30-033', '根据《上海市鼓励电动汽车充换电设施发展扶持办法》要求，2023年起，本市出租汽车充电示范站实施动态调整机制。',
     'place:上海市 | date:2023年'),
    # #141: 71路 is a bus line
    ('gov30-036', '上海市交通委员会、上海市公安局关于71路中运量西延伸公交线路实行专用车道管理的通告',
     'org:上海市交通委员会 | org:上海市公安局'),
    ('gov30-034', '文号: 沪交港〔2023〕129号',
     'docno:沪交港〔2023〕129号'),
    ('gov30-027', '北京市、上海市、广州市、深圳市暂不实施本通知第一条第二项契税优惠政策及第二条营业税优惠政策，上述城市个人住房转让营业税政策仍按照《财政部 国家税务总局关于调整个人住房转让营业税政策的通知》（财税〔2015〕39号）执行。',
     'place:北京市 | place:上海市 | place:广州市 | place:深圳市 | org:财政部 | org:国家税务总局 | docno:财税〔2015〕39号'),
    # #144: a range of days sharing its year and month is one span (#001); 总理 is a title; 你省 (your province) is a
    # reference to the addressee, as 我省 a self-reference
    ('gov30-010', '2004年8月5日至8日，温家宝总理率国务院有关部门负责同志赴你省考察。',
     'date:2004年8月5日至8日 | person:温家宝 | org:国务院'),
    ('gov30-035', '上海市交通委员会关于开展2023年上海市促进现代航运服务业创新项目申报的通知',
     'org:上海市交通委员会 | date:2023年 | place:上海市#2'),
    # #146: a title cut by the source's line break; readable, kept
    ('gov30-033', '关于开展2023年度新能源出租汽车',
     'date:2023年度'),
    ('gov30-005', '发布日期：2018年12月27日',
     'date:2018年12月27日'),
    ('gov30-027', '（一）对个人购买家庭唯一住房（家庭成员范围包括购房人、配偶以及未成年子女，下同），面积为90平方米及以下的，减按1%的税率征收契税；',
     ''),
    # #149: NEW h30: a space the source writes between the issuer's code and the bracketed year is kept inside the
    # docno, as written (README: spans as written, spaced digits); the label 文号 left out
    ('gov30-036', '文号: 沪交道运 〔2023〕328号',
     'docno:沪交道运 〔2023〕328号'),
    # #150: the time 17:30 left out
    ('gov30-035', '自2023年4月27日起开通在线申报，2023年7月27日17:30申报截止。',
     'date:2023年4月27日 | date:2023年7月27日'),
    ('gov30-011', '在今后水库进一步抬高水位（156米及175米）时也有再次发生的可能性；',
     ''),
    # #152: 16市党委、政府 and 市扶贫办 are the bodies of sixteen cities, generic (README: 各州、市人民政府)
    ('gov30-030', '三、与会人员省委、省政府分管领导同志;省扶贫开发领导小组各成员单位主要负责同志;16市党委、政府分管负责同志，市扶贫办主任;省扶贫开发办领导班子成员。',
     'org:省委 | org:省政府 | org:省扶贫开发领导小组 | org:省扶贫开发办'),
    # #153: 日军 holds the abbreviation 日
    ('gov30-007', '1945年战败日军为了掩盖其使用化学武器的罪行，将大量化学武器掩埋或投入江河、弃置深山野岭。',
     'date:1945年'),
    ('gov30-010', '1.关于退耕还林历史遗留问题。',
     ''),
    ('gov30-035', '2023年4月24日',
     'date:2023年4月24日'),
    ('gov30-038', '投放不少于30辆智能重卡，年转运总量达到10万TEU。',
     ''),
    # #157: the label and the final ； left out
    ('gov30-022', '电子邮件：huanbao@vip.changning.sh.cn；',
     'email:huanbao@vip.changning.sh.cn'),
    ('gov30-039', '标题: 上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知',
     'org:上海市崇明区人民政府办公室 | date:2021年'),
    ('gov30-015', '发文字号：国办函〔2006〕71号',
     'docno:国办函〔2006〕71号'),
    ('gov30-037', '市级平台技术支持：周天卉，联系电话：15800990605，',
     'person:周天卉 | phone:15800990605'),
    # #161: 10月15日 has no year; 市住房城乡建设管理委 is a level-qualified body (README: 省卫生健康委)
    ('gov30-039', '10月15日前，形成崇明区城市体检正式报告，上报区政府同意后报送市住房城乡建设管理委。',
     'place:崇明区 | org:区政府 | org:市住房城乡建设管理委'),
    ('gov30-002', '1、选拔条件：原则上年龄40周岁以下，在本学科领域具有一定知名度和培养前途的中青年骨干教师。',
     ''),
    ('gov30-002', '3、工作室活动周期三年。',
     ''),
    ('gov30-008', '国办发〔1996〕2号',
     'docno:国办发〔1996〕2号'),
    # #165: 省委书记 and 省委副书记: the body before the title is labelled (holdout19 #063, 浙江省委书记); 省长 and 副省长 are titles;
    # 1月7日 has no year; 河段 left out (#044)
    ('gov30-029', '对此，省委、省政府高度重视，省委书记刘家义，省委副书记、省长李干杰提出明确要求，1月7日副省长于国安到济南河段实地检查指导黄河防凌工作。',
     'org:省委 | org:省政府 | org:省委#2 | person:刘家义 | org:省委#3 | person:李干杰 | person:于国安 | place:济南 | place:黄河'),
    ('gov30-022', '3、公示期间，公众（包括个人、团体等）可以通过本网站的留言板、电子邮件、传真或信函（以邮戳为准）方式提出意见。',
     ''),
    ('gov30-013', '预计解决管网配套问题、满负荷运行后，每年可实现经济效益4200多万元。',
     ''),
    ('gov30-016', '发文字号：国办函〔2006〕70号',
     'docno:国办函〔2006〕70号'),
    ('gov30-004', '发布日期：2018年12月29日',
     'date:2018年12月29日'),
    # #170: the telegram's header fields run together without their separators, as the source has them; readable,
    # kept: the sender, the signer and the docno are labelled, the field words (签发, 盖章, 等级, 特急·明电) left out; 鲁机发号 is a
    # field word with no number
    ('gov30-029', '发电单位山东省人民政府办公厅签发盖章于国安等级特急·明电鲁政办发明电〔2021〕1号鲁机发号',
     'org:山东省人民政府办公厅 | person:于国安 | docno:鲁政办发明电〔2021〕1号'),
    ('gov30-010', '一、关于60万吨乙烯项目问题。',
     ''),
    ('gov30-035', '3.工程建设类以及船舶、港机等制造类项目。',
     ''),
    ('gov30-011', '国办函〔2004〕80号',
     'docno:国办函〔2004〕80号'),
    # #174: 闽粤 and 中缅 are pairs of abbreviations (README); 云南孟连 is a contiguous hierarchy (the province and the
    # county); 10个月 is a duration
    ('gov30-008', '继1994年9月16日闽粤交界近海发生7.3级强震后仅10个月，1995年7月12日云南孟连中缅边界又发生了7.3级强震，显示了地震活动进一步增强的趋势。',
     'date:1994年9月16日 | date:1995年7月12日 | place:云南孟连'),
    ('gov30-009', '但这一产品制造难度大、技术复杂，投资新建年产130根能力的项目需审慎研究。',
     ''),
    ('gov30-035', '1.会展类项目，包括展览、会议、论坛、活动等。',
     ''),
    # #177: as #094
    ('gov30-012', '标\u3000\u3000题：国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函',
     'org:国务院办公厅 | place:哈尔滨市 | date:2009年'),
    # #178: article numbers are nothing; 各街镇 is generic; 文物保护点 is a designation, the place in it labelled
    ('gov30-032', '第十五条  各街镇对辖区内的各级文物保护单位每月巡查至少1次，对嘉定区文物保护点每月巡查至少2次，并做好巡查记录，及时上报巡查信息。',
     'place:嘉定区'),
    ('gov30-041', '5．文物行业人才队伍结构不断优化，专业水平明显提升。',
     ''),
    ('gov30-036', '二、具有下列情形之一的，车辆可以临时使用71路西延伸公交专用车道：',
     ''),
    ('gov30-018', '国办函〔2005〕69号',
     'docno:国办函〔2005〕69号'),
    # #182: 10月27日 has no year; 教育局人事科 (the section the forms go to) is generic, as 区局办公室 (README, dev)
    ('gov30-003', '于10月27日前交教育局人事科。',
     ''),
    ('gov30-031', '因病情住院取出宫内节育器(门诊取环失败、节育器嵌顿等)2000元、绝育手术1200元、复通手术1800元。',
     ''),
    # #184: 底之前 left out
    ('gov30-033', '申报2023年度新能源出租汽车充电示范站的项目须在2023年6月底之前建成并运营，并满足附件2所规定的建设管理要求以及三星级服务标准。',
     'date:2023年度 | date:2023年6月'),
    ('gov30-005', '4.坚持创新发展。',
     ''),
    # #186: the label 邮箱 left out
    ('gov30-037', '邮箱 zhouth@seari.com.cn',
     'email:zhouth@seari.com.cn'),
    ('gov30-038', '投放不少于50辆智能出租车，年接单总量达到5万单次。',
     ''),
    # #188: 近5年来 is relative
    ('gov30-013', '近5年来，全国城市平均年节水量约35亿立方米，重复利用率提高到70.7%，其中工业用水重复利用率达到80.9%。',
     ''),
    ('gov30-011', '房屋裂缝多出现在墙壁上，一般张开宽度1-5毫米，延伸长度一般为0.5-2米。',
     ''),
    ('gov30-002', '2、每个工作室确定6位成员。',
     ''),
    # #191: 1月14日 has no year; 15:as is a time with a slip
    ('gov30-030', '3.会议安排临沂、菏泽两市作会议发言，其他市提交书面交流材料，请于1月14日15:as前将材料电子版报省扶贫开发办。',
     'place:临沂 | place:菏泽 | org:省扶贫开发办'),
    # #192: 你省 is a reference to the addressee (#144)
    ('gov30-010', '对你省近期上报的45个食品加工业项目，发展改革委正按程序抓紧组织研究，并将根据评审情况继续予以支持。',
     'org:发展改革委'),
    # #193: 6月底 has no year; 下一年度 is relative
    ('gov30-032', '第二十五条  各街镇应在每年6月底前，编制辖区内下一年度不可移动文物保护工程目录，并安排相应经费。',
     ''),
    # #194: 我国 is a self-reference; 7月17日 has no year; 证监会 is the CSRC by its usual short name
    ('gov30-009', '（二）鉴于目前我国已经全面开放粮食购销市场，玉米市场价格总体平稳，各方面准备工作全部就绪，增设玉米期货品种的时机已经成熟，7月17日，国务院领导已经批复同意了证监会呈报的有关请示。',
     'org:国务院 | org:证监会'),
    # #195: the time left out; the hotel's hall where the meeting is held is a venue, a place taken whole with its
    # city and hotel (#025, NEW h30; a contiguous hierarchy, README)
    ('gov30-030', '二、时间地点2021年1月17日19:30，济南市南郊宾馆俱乐部礼堂。',
     'date:2021年1月17日 | place:济南市南郊宾馆俱乐部礼堂'),
    # #196: as #011
    ('gov30-016', '国务院办公厅对十届全国人大四次会议第2996号建议的答复',
     'org:国务院办公厅 | org:全国人大 | docno:第2996号建议'),
    # #197: the hotel where the meeting is held is a venue, a place (h20 #026; README *Where the sets disagree* 4), 北门
    # left out; 1月17日 has no year; the masked plate number (鲁XXXXXX) is kept as written and nothing in it labelled
    ('gov30-030', '其他参会人员请携带48小时以内核酸检测报告，于1月17日19时前到南郊宾馆北门统一乘坐中巴车(车牌号:鲁XXXXXX)进入南郊宾馆。',
     'place:南郊宾馆 | place:南郊宾馆#2'),
    # #198: a catalogue index number (#033, NEW h30)
    ('gov30-016', '索 引 号：000014349/2006-00211',
     ''),
    ('gov30-011', '二〇〇四年十一月四日',
     'date:二〇〇四年十一月四日'),
    ('gov30-022', '2、公示时限：自信息发布起5个工作日',
     ''),
    ('gov30-002', '3、工作室活动周期2年。',
     ''),
    # #202: 省医保中心 (Shandong's provincial medical insurance centre) is a level-qualified body; the forms are no names
    ('gov30-031', '定点医疗机构实时将生育保险待遇联网结算信息准确完整上传省医保中心，按时报送《省直生育定点医疗机构住院费用申报表》(附件2)《省直生育定点医疗机构住院费用明细表》(附件3)并留存相关资料备查。',
     'org:省医保中心'),
    # #203: 西部开发办 (the State Council's western development office) and 林业局 (the State Forestry Administration) are
    # specific bodies named without their level (README); 今年 is relative; 你省 refers to the addressee
    ('gov30-010', '发展改革委会同西部开发办、财政部、林业局等部门研究提出了办理意见：发展改革委会同西部开发办上报的《关于2005年退耕还林计划和妥善解决今年退耕还林超计划问题的请示》（发改农经〔2004〕1933号）已经国务院批准，包括你省在内的退耕还林超计划问题将一并得到解决。',
     'org:发展改革委 | org:西部开发办 | org:财政部 | org:林业局 | org:发展改革委#2 | org:西部开发办#2 | date:2005年 | docno:发改农经〔2004〕1933号 | org:国务院'),
    ('gov30-031', '女职工生育按规定享受98天生育津贴，难产增加15天生育津贴，生育多胞胎每多生育1个婴儿增加15天生育津贴，生育第一胎增加60天生育津贴;怀孕流产未满4个月享受15天生育津贴、满4个月享受42天生育津贴，目前仅企业参保女职工享受。',
     ''),
    ('gov30-037', '市道路运输局联系人：王志昕，联系电话：13916075577',
     'org:市道路运输局 | person:王志昕 | phone:13916075577'),
    ('gov30-039', '2021年9月9日',
     'date:2021年9月9日'),
    # #207: the source's text is garbled in places (OCR slips: 医谋奄子, 定百, 功;理1院咭算) but readable; kept
    ('gov30-031', '生育联网备案后，职工凭社会保障卡或医谋奄子凭证在生育定百医疗机构功;理1院咭算，生育定点医疗机构录入生育类别、手术时间、孩数信息，上传省医保中心系统，按照省直生育医疗费联网结算标准结算，职工支付自付部分。',
     'org:省医保中心'),
    ('gov30-027', '个人将购买2年以上（含2年）的住房对外销售的，免征营业税。',
     ''),
    ('gov30-039', '1.本区城市体检总体情况；',
     ''),
    ('gov30-034', '（5）经营者对于行业管理工作的意见和建议。',
     ''),
    # #211: 你省 refers to the addressee; 国家 is not labelled
    ('gov30-010', '你省请求，国家进一步完善生态建设和环境保护的有关政策：一是帮助解决退耕还林历史遗留问题，主要是国家计划外的13万公顷退耕还林补贴；',
     ''),
    ('gov30-033', '2．出租汽车充电示范站建设和管理基本条件要求',
     ''),
    ('gov30-037', '（市交通委联系人：张英杰，联系电话：23115232',
     'org:市交通委 | person:张英杰 | phone:23115232'),
    ('gov30-035', '发布日期: 2023-04-27',
     'date:2023-04-27'),
    # #215: NEW h30: masked for publication: the names (XXX) and the numbers with masked digits (8619XXXX,
    # 1555256XXXX) are kept as written and nothing in them is labelled (the brief for this set); a number with masked
    # digits dials nothing, as an area code alone does not (h8), unlike the fully letter-masked e-mail address of h20
    # #023, which kept the form of an address
    ('gov30-031', '生育业务联系人:XXX、XXX，联系电话:8619XXXX网络技术联系人:XXX，联系电话:8619XXXXXXX，联系电话:1555256XXXX',
     ''),
    ('gov30-041', '3．完善文物保护相关制度，文物保护理论架构基本确立，行业标准体系和诚信体系基本形成。',
     ''),
    # #217: as #041
    ('gov30-018', '国务院办公厅对全国政协十届三次会议第2741号提案的答复',
     'org:国务院办公厅 | org:全国政协 | docno:第2741号提案'),
    ('gov30-039', '文号: 沪崇府办发〔2021〕20号',
     'docno:沪崇府办发〔2021〕20号'),
    # #219: 医保中心 is a functional description (README: 综治中心); 满I年 is a slip for 满1年
    ('gov30-031', '(连续足额缴费不满1年的，待用人单位连续为职工足额缴纳医疗保险费用满I年后，前往医保中心申请补支。',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout30", ITEMS, DRAWS, sample, ("gov30-",))


if __name__ == "__main__":
    main()
