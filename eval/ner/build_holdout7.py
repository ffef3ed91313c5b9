"""Build eval/ner/holdout7.jsonl: a seventh held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the consolidated "Labelling rules" of README.md
(including the recommendations of "Where the sets disagree") and the decisions recorded in
build_holdout.py … build_holdout6.py. The labeller did not read anything of the extractor
(dossier/), did not run it, bench/ner_eval.py or any segmenter, NER or POS tool on these
sentences, and did not look at what any tool predicts for them. The set has never been scored.

    python eval/ner/build_holdout7.py            # write holdout7.jsonl from ITEMS, print counts
    python eval/ner/build_holdout7.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout7.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning) is copied from
build_holdout6.py and build_holdout4.py. Every pool leaves out sentences that overlap a text of
build.py or build_holdout.py … build_holdout6.py (the sentence is in one of those files' source,
or contains or is contained in one of their ITEMS texts), and keeps only the first occurrence of a
sentence that recurs (as build_holdout4.py).

1. nat7: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(8081).sample(…, 80). No cue word is required.
2. prov7-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(8082).sample(…, 80).
3. prov7name-*: the same provincial sentences that contain one of NAME_CUES (holdout6's list, 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, plus 研究院, 中心, 银行, 学院, 委员会),
   leaving out the sentences drawn in 1 and 2; random.Random(8083).sample(…, 50).
4. law7-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped, as build_holdout.py), split and kept the same way;
   random.Random(8084).sample(…, 30).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose).
"""

from __future__ import annotations

import json
import random
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

CORPUS = HERE.parent.parent.parent / "shared" / "corpus"          # /work/shared/corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

NAME_CUES = ["同志", "书记", "省长", "主席", "总书记", "会见", "集团", "公司", "大学", "医院",
             "研究院", "中心", "银行", "学院", "委员会"]


# -- reading code, copied from build_holdout6.py (itself from build_holdout2.py) so that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4,5,6}.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    import build_holdout3
    import build_holdout4
    import build_holdout5
    import build_holdout6
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6)
    return source, [t for m in modules for _, t, _ in m.ITEMS]


def seen(s: str, source: str, texts: list[str]) -> bool:
    return s in source or any(s in t or t in s for t in texts)


def first_occurrences(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept, texts = [], set()
    for source, s in pool:
        if s not in texts:
            texts.add(s)
            kept.append((source, s))
    return kept


def national_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("nat7", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


def provincial_pool() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(prov, s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


def provincial_candidates() -> list[tuple[str, str]]:
    return [(f"prov7-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(8081).sample(national_candidates(), 80)}
    drawn |= {s for _, s in random.Random(8082).sample(provincial_candidates(), 80)}
    return [(f"prov7name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law7-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 8081, 80), (provincial_candidates, 8082, 80), (provincial_name_candidates, 8083, 50),
         (law_candidates, 8084, 30)]


def sample(extra: int = 15) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next `extra` are replacements in order."""
    out = []
    for candidates, seed, n in DRAWS:
        pool = candidates()
        n = min(n, len(pool))
        drawn = random.Random(seed).sample(pool, min(n + extra, len(pool)))
        assert drawn[:n] == random.Random(seed).sample(pool, n), "the longer draw must extend the sample"
        out.append(drawn)
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled blind, by reading only, per the consolidated "Labelling rules" of README.md (following the recommendations of
    # "Where the sets disagree") and the decisions recorded in build_holdout.py … build_holdout6.py: no extractor, segmenter
    # or NER/POS tool was run on these sentences and no prediction was seen. Annotations are 'type:surface' separated by
    # ' | ', 'type:surface#2' for a second occurrence (see build.spans). Comments on an item record how an ambiguous case
    # was decided; those marked NEW h7 are decisions no earlier set had to make. #NNN = position in the seeded order. No
    # sampled sentence was garbled (nat7 #066 is in traditional characters and prov7 #025 is a footnote; both are report
    # text and were kept), so no replacement was drawn.
    # -- national reports (all years): Random(8081).sample(…, 80), in sampled order
    ('nat7', '除了工资即将调整以外，奖励制度正在拟订，副食品的供应正在改善，对于工人的住宅问题和安全问题也正在采取措施。',
     ''),
    ('nat7', '去年，我们特别重申了要尊重少数民族的民族区域自治权利，允许各民族自治地方采取适合各自经济条件和民族特点的具体政策，这对于促进少数民族地区经济的发展已经起了良好的作用，必须继续坚持。',
     ''),
    ('nat7', '今年出台的改革措施，从总体上说，将对企业生产和经营产生积极作用，但也会给一些企业带来暂时的不利影响。',
     ''),
    ('nat7', '基本养老保险参保人数增加1.4亿、覆盖10.5亿人，基本医保水平稳步提高。',
     ''),
    ('nat7', '农作物增产的主要途径，是提高单位面积的产量。',
     ''),
    ('nat7', '从我国现实的经济情况来看，工农业生产发展很快，绝大多数商品的货源有较多的增加，只要人们按照需要购买，不发生抢购现象，是可以满足供应和保持价格基本稳定的。',
     ''),
    ('nat7', '我们一定要锲而不舍地在这方面作出成绩，否则的话，我们在经济上和技术上同发达国家之间的差距就会进一步扩大，在国际上就会没有我们应有的地位。',
     ''),
    ('nat7', '在这两方面，我国农业的发展还有着巨大的潜力。',
     ''),
    # #008: “七五” is a plan period
    ('nat7', '二、“七五”时期的基本任务和主要建设方针',
     ''),
    ('nat7', '与此同时，要完善投资管理的各项基础工作，在项目决策、勘察设计、施工组织和设备供应等方面进行一系列的改革，推行和完善全面的招标投标体系。',
     ''),
    ('nat7', '新型建筑材料，对建筑行业实现快速施工，减轻建筑物自重，降低造价，利用工业废渣，节约能源，有重要意义。',
     ''),
    ('nat7', '工程建设是百年大计，必须坚持质量第一。',
     ''),
    ('nat7', '（四）以更大的政治勇气和智慧，深入推进改革开放。',
     ''),
    ('nat7', '各地区、各部门对于新出现的关系全局的重大问题，如果没有明确的规定可资遵循，要及时向上级请示报告，绝不能自作主张，擅自行动。',
     ''),
    ('nat7', '严格食品、药品尤其是疫苗监管。',
     ''),
    ('nat7', '参加新型农村合作医疗的人口8.14亿，参合率91.5%。',
     ''),
    # #016: NEW h7: the session ordinal splits 中国人民政治协商会议第五届全国委员会: both parts are labelled, as 江苏省第十四届人民代表大会 (README
    # *org*); 我国 is a self-reference
    ('nat7', '和我们这次全国人民代表大会同时召开的中国人民政治协商会议第五届全国委员会，对于进一步巩固和发展我国的统一战线，具有重大的意义。',
     'org:全国人民代表大会 | org:中国人民政治协商会议 | org:全国委员会'),
    # #017: 天宫一号 and 神舟八号 are spacecraft (products), not labelled
    ('nat7', '天宫一号目标飞行器与神舟八号飞船先后成功发射并顺利交会对接，成为我国载人航天发展史上新的里程碑。',
     ''),
    ('nat7', '对那些违法乱纪、以权谋私、贪污腐化的人，必须彻底查处。',
     ''),
    ('nat7', '进一步扩大社会保险覆盖面，特别要做好外资、私营等非公有制企业和城镇灵活就业人员的参保工作。',
     ''),
    ('nat7', '加强地方中、小型煤矿的建设，就能够更多地供应当地民用煤的需要。',
     ''),
    ('nat7', '发展智能产业，拓展智能生活，建设智慧社会。',
     ''),
    # #022: a name with 流域 taken whole (as 长江流域 in holdout5)
    ('nat7', '支持黄河流域发展节水农业、旱作农业。',
     'place:黄河流域'),
    ('nat7', '在这同时，我国外汇收支连续两年出现顺差，为今后进一步扩展对外经济技术交流提供了有利条件。',
     ''),
    ('nat7', '优化能源结构，清洁能源消费比重提高1.7个百分点，煤炭消费比重下降2个百分点。',
     ''),
    ('nat7', '社会主义市场经济体制尚不完善，阻碍生产力发展的体制因素仍很突出；',
     ''),
    ('nat7', '要适应新形势、新情况，加强和改进对全社会各类投资活动的引导、调控和监管。',
     ''),
    ('nat7', '要弘扬中华优秀传统文化，继承革命文化，发展社会主义先进文化，培育和践行社会主义核心价值观。',
     ''),
    # #028: the session ordinals are not part of the name; 总理 is a title
    ('nat7', '第二届全国人民代表大会第三次会议听取了周恩来总理代表国务院所作的政府工作报告，并且进行了充分的讨论。',
     'org:全国人民代表大会 | person:周恩来 | org:国务院'),
    ('nat7', '在党中央、国务院坚强领导下，全国各族人民特别是灾区人民万众一心、众志成城，人民子弟兵舍生忘死、冲锋在前，展开了我国历史上救援速度最快、动员范围最广、投入力量最大的抗震救灾斗争。',
     'org:党中央 | org:国务院'),
    # #030: 底 is left out of the date
    ('nat7', '一九八二年底，城乡储蓄余额达六百七十五亿元，比一九七八年增长二点二倍。',
     'date:一九八二年 | date:一九七八年'),
    ('nat7', '各级领导干部要切实改进领导作风，贯彻执行勤俭办社、勤俭办一切事业的方针，反对贪污，反对浪费，反对官僚主义、命令主义作风，要完全做到以平等态度待人，坚持干部参加劳动的制度，和群众完全打成一片，善于发挥和依靠群众的积极性和创造性；',
     ''),
    ('nat7', '这两年中，我们在引进先进技术和利用国外资金方面逐步打开了局面，取得了积极的效果。',
     ''),
    ('nat7', '如果现在要求有更多的提高，显然是不现实的，是根本做不到的，也是不符合人民的长远利益的。',
     ''),
    ('nat7', '完善农村“五保户”供养、特困户救助、灾民救济等制度，增加资金支持并适当提高救助标准。',
     ''),
    ('nat7', '加大公租房保障力度，对低收入住房困难家庭要应保尽保，将符合条件的新就业无房职工、外来务工人员纳入保障范围。',
     ''),
    # #036: 东西部 is directional (*Where the sets disagree* 2)
    ('nat7', '深化东西部协作、定点帮扶、消费帮扶。',
     ''),
    ('nat7', '而在每个发展时期中，这种比例关系的具体规定，又应该照顾到当时的具体条件。',
     ''),
    ('nat7', '推进基础设施建设和区域协调发展。',
     ''),
    ('nat7', '要严格执行安全生产法律法规，全面落实安全生产责任制，坚决遏制重特大安全事故发生。',
     ''),
    ('nat7', '因此他们觉得可以把这个建设规模加以缩小。',
     ''),
    ('nat7', '我们也清醒地看到，目前我国经济和社会生活中还存在一些突出的困难和问题。',
     ''),
    # #042: “一带一路” is a programme
    ('nat7', '出口占国际市场份额保持稳定，实际使用外资结构优化，共建“一带一路”的国际影响力、感召力更为彰显。',
     ''),
    # #043: 中西部 and 中西部地区 are directional
    ('nat7', '引导部分地方本科高校向应用型转变，通过对口支援等方式支持中西部高等教育发展，继续提高中西部地区和人口大省高考录取率。',
     ''),
    ('nat7', '各领域取得的一切成就和进步，靠的是发展；',
     ''),
    ('nat7', '落实和完善促进民间投资的政策措施。',
     ''),
    ('nat7', '加强农业生产资料价格监管，保护农民利益。',
     ''),
    # #047: 中日 is a pair of one-character abbreviations
    ('nat7', '中日友好符合两国人民的根本利益。',
     ''),
    ('nat7', '我国城镇化还有很大发展提升空间。',
     ''),
    ('nat7', '不断增加居民收入，特别是增加低收入者的收入。',
     ''),
    ('nat7', '企业、社会筹集不足的部分，财政要给予保证。',
     ''),
    ('nat7', '同时进行社会公益类科研机构的改革试点。',
     ''),
    ('nat7', '另一方面，我们也必须看到，提前实现全国农业发展纲要，并不是一件轻而易举的事。',
     ''),
    ('nat7', '我们关心他们社会主义建设的成就和经验。',
     ''),
    ('nat7', '今年是实现这个目标的关键一年。',
     ''),
    ('nat7', '各级政府必须厉行节约，反对浪费，坚持过紧日子。',
     ''),
    # #056: 中央 acting as a body (中央召开的, the Centre convened), as holdout4 #026; the conference is an event
    ('nat7', '深入贯彻落实1997年中央召开的全国金融工作会议的精神和部署，继续做好深化金融改革、整顿金融秩序、防范金融风险的工作。',
     'date:1997年 | org:中央'),
    ('nat7', '实施水污染防治行动计划，加强江河湖海水污染、水污染源和农业面源污染治理，实行从水源地到水龙头全过程监管。',
     ''),
    # #058: 中西部地区 is directional
    ('nat7', '继续积极合理有效地利用外资，鼓励外资投向农业综合开发、基础设施、资源综合利用、高新技术产业，投向中西部地区。',
     ''),
    ('nat7', '我们要全面正确履行政府职能，更加重视公共服务和社会管理。',
     ''),
    ('nat7', '1980年计划基本建设投资总额控制在500亿元，进一步停建、缓建大中型项目238个。',
     'date:1980年'),
    ('nat7', '在这个基础上，将开始陆续招标合作勘探和开发。',
     ''),
    ('nat7', '我们的经济建设必须有各条战线的密切配合、促进和支援。',
     ''),
    ('nat7', '各部门、各地区要加强对这项工作的领导，进行深入的调查研究，采取相应的改革措施，简政放权，纠正和防止对企业不应有的干预，尊重企业的自主权，支持厂长行使职权，把企业办好。',
     ''),
    # #064: 中央财政 is attributive
    ('nat7', '强化对深度贫困地区支持，中央财政新增扶贫投入及有关转移支付向深度贫困地区倾斜。',
     ''),
    ('nat7', '全国2235万城市居民得到最低生活保障。',
     ''),
    # #066: traditional characters, kept as sampled; no entity
    ('nat7', '只有生産不斷地增加，不斷地擴大，才能逐步地克服我們人民的貧困，才能鞏固我們革命的勝利，才能有我們將來的幸福。',
     ''),
    # #067: 第六个五年计划 is a plan period
    ('nat7', '我们要全面完成第六个五年计划，必须坚定不移地贯彻执行社会主义物质文明和精神文明一齐抓的方针，继续加强社会主义政治建设，继续加强思想工作和政治工作。',
     ''),
    ('nat7', '我国同周边各国的睦邻友好关系进一步加强。',
     ''),
    ('nat7', '坚持国防建设与经济建设协调发展，提高国防建设整体效益。',
     ''),
    ('nat7', '做好思想文化工作，推进社会主义精神文明建设。',
     ''),
    ('nat7', '各级政府、各地方各部门和各行各业，都必须坚持把发展科学技术和教育事业放在首要位置上，以极大的热情，采取正确的政策措施，努力办好这件大事。',
     ''),
    ('nat7', '我们所做的一切都是要让人民生活得更加幸福、更有尊严，让社会更加公正、更加和谐。',
     ''),
    ('nat7', '二是做得好，收益大，这就要采取适用的科学技术。',
     ''),
    ('nat7', '积极发展循环经济，大力推进工业废物和生活垃圾资源化利用。',
     ''),
    # #075: 今年三月初 has no year
    ('nat7', '据今年三月初的统计，全国有一千七百多万头怀孕的大家畜，这就是今年牛、马、驴、骡等家畜大发展的基础。',
     ''),
    ('nat7', '所以，它具有很大的灵活性和适应性，具有强大的生命力，能够适应各种地区的不同情况，收到良好的效果。',
     ''),
    ('nat7', '新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7％，有4.1亿农民参加；',
     ''),
    ('nat7', '各级政府都要依法行政，提高执法水平，纠正有法不依、执法不严、违法不究的现象。',
     ''),
    ('nat7', '进入社会主义革命时期，革命统一战线继续得到巩固和发展，发挥了重要作用。',
     ''),
    # -- provincial 2025 reports (all 31): Random(8082).sample(…, 80), in sampled order
    # #000: NEW h7: 渤海辽宁段 (the Liaoning stretch of the Bohai) is a sea and a province, not a hierarchy: two places, 段
    # left out (as 宁夏段 in holdout #067)
    ('prov7-liaoning', '深入实施河湖长制，强化水资源刚性约束，深化辽河、渤海辽宁段综合治理，落实河流保护激励补偿机制，消除省控及以上河流入海断面劣Ⅴ类水质。',
     'place:辽河 | place:渤海 | place:辽宁'),
    ('prov7-yunnan', '农业水价综合改革经验向全国推广。',
     ''),
    # #002: a railway line: only the places in it (README *place*)
    ('prov7-heilongjiang', '加强重大基础设施建设，开工建设富裕至加格达奇铁路扩能改造等项目。',
     'place:富裕 | place:加格达奇'),
    # #003: the heading: 省长 is a title; the session ordinal splits 海南省第七届人民代表大会 (place 海南省, org 人民代表大会)
    ('prov7-hainan', '——2025年1月14日海南省省长 刘小明在海南省第七届人民代表大会第四次会议上的讲话',
     'date:2025年1月14日 | place:海南省 | person:刘小明 | place:海南省#2 | org:人民代表大会'),
    # #004: 中国 inside 中国经济光明论
    ('prov7-hunan', '要展现“新”的大担当，思想上树牢攻坚突破的意识，工作上明确攻坚突破的抓手，找准切入点、提高执行力、打好攻坚战，以实干实绩唱响中国经济光明论。',
     'place:中国'),
    ('prov7-jilin', '落实支持民营经济发展“31条”政策，持续为民营企业松绑减负，新登记经营主体60.7万户。',
     ''),
    ('prov7-liaoning', '新建改造农村公路5500公里，建设农村供水工程300处。',
     ''),
    # #007: 国家现代农业产业园 and 农业产业强镇 are categories
    ('prov7-xinjiang', '建设高标准农田434万亩，开展盐碱地综合治理，新增国家现代农业产业园3个、农业产业强镇9个，现代农业发展基础不断夯实。',
     ''),
    ('prov7-inner_mongolia', '完善淀粉、小品种氨基酸、乳酸菌及其发酵制品产业链。',
     ''),
    # #009: NEW h7: 长三角 (the Yangtze delta: 长 for 长江 plus the generic 三角) is a name containing an abbreviation,
    # labelled as 宿连航道; 京津冀, 粤港澳 and 成渝 alone are strings of one-character abbreviations, not labelled
    ('prov7-qinghai', '加强与京津冀、长三角、粤港澳、成渝等地区的产业对接协作，深化对内经济联系、增加经济纵深，更大范围联动构建创新链、产业链、供应链。',
     'place:长三角'),
    # #010: 大学生就业创业赋能中心 is generic
    ('prov7-shandong', '完善山东特色就业优先政策体系，做好高校毕业生、农村劳动力等重点人群就业工作，新建大学生就业创业赋能中心15个，开展“公共就业服务进校园”。',
     'place:山东'),
    # #011: 自治区 alone is not labelled
    ('prov7-tibet', '制定自治区生态产品目录清单，开展新造林碳汇资源开发潜力调查，启动林草碳汇项目开发交易试点。',
     ''),
    ('prov7-guangdong', '开展首批15个以县城为重要载体的新型城镇化建设试点，57个县（市）整体经济增速快于全省，县域的人口集聚效应增强。',
     ''),
    ('prov7-inner_mongolia', '开展化解矛盾风险维护社会稳定专项行动，及时解决群众诉求，把各种不稳定因素化解在源头，严防个人极端事件、群体性事件发生。',
     ''),
    # #014: 省级种质资源中心库 is generic
    ('prov7-sichuan', '加快种业振兴，国内首个省级种质资源中心库全面投入运行。',
     ''),
    ('prov7-sichuan', '向国家重大建设项目库推送储备项目13082个、总投资超4.4万亿元。',
     ''),
    # #016: 宝中铁路 is a railway line and 宝中 a pair of abbreviations; the places of the section are labelled (as holdout5
    # #085)
    ('prov7-gansu', '宝中铁路中卫至平凉段扩能改造工程开工建设。',
     'place:中卫 | place:平凉'),
    ('prov7-heilongjiang', '推动精文简会，改进督查检查考核方式方法，切实为基层松绑减负，让想干事、会干事的干部能干事、干成事。',
     ''),
    # #018: “中蒙俄经济走廊” is a programme built of one-character abbreviations; “一带一路” a programme
    ('prov7-heilongjiang', '深度融入高质量共建“一带一路”，积极参与“中蒙俄经济走廊”建设，着力稳外贸、稳外资，加快构筑向北开放新高地。',
     ''),
    ('prov7-qinghai', '大力发扬“钉钉子”精神，全面落实“四下基层”制度，运用穿透式调研方法提升工作精细化水平，建立政策、任务、项目、问题“四个清单”闭环管理机制，靶向发力、狠抓落实，惟实励新、精进臻善，更加用心用情、精准有效为人民群众排忧解难。',
     ''),
    ('prov7-henan', '克服极端灾害天气影响，粮食总产量1344亿斤，连续8年稳定在1300亿斤以上，耕地面积连续4年净增累计超过170万亩。',
     ''),
    # #021: 云南 inside the slogan “有一种叫云南的机遇”
    ('prov7-yunnan', '强化省级“一盘棋”统筹，规范招商引资行为，扎实推进招大引强、招新引优，推行绿电招商、产业链招商、场景招商、营商环境招商等，打造精干专业高效招商队伍，加强招商项目全生命周期管理，实打实推动各类签约项目落地，打响“有一种叫云南的机遇”品牌。',
     'place:云南'),
    ('prov7-anhui', '稳妥处置中小金融机构风险，实现高风险金融机构动态清零。',
     ''),
    # #023: NEW h7: 红山 (the Hongshan hill, Chifeng) inside 红山文化 (an archaeological culture named after it) is
    # labelled, as 云岭 in 云岭名方; 中华文明: 中华 not labelled; the census is an event
    ('prov7-inner_mongolia', '文物古迹是老祖宗留下来的宝贵遗产，必须保护好、传承好、利用好，要扎实做好第四次全国文物普查工作，严格落实工程建设文物前置审查制度，加大考古研究力度，推动红山文化联合申遗，为中华文明探源作出贡献。',
     'place:红山'),
    ('prov7-sichuan', '开展重大地质灾害隐患治理1884处、搬迁26216户、建设监测台站2781处，保护受威胁群众。',
     ''),
    # #025: the platform is not labelled, 四川省 inside it is; 省级中试公司 is generic
    ('prov7-sichuan', '29.“1+N”中试研发平台：“1”指四川省跨高校院所新型中试研发平台，由省级中试公司实体运行，“N”指若干个省级中试研发平台以及市（州）建设的行业领域中试研发平台，共同构成全省中试研发平台体系。',
     'place:四川省'),
    # #026: 援藏援疆: one-character abbreviations; 东西部 directional
    ('prov7-guangdong', '落实援藏援疆、东西部协作、对口合作任务，强化粤港澳大湾区与国家区域重大战略的对接联动，推动产品双向进入、要素双向流动、企业双向布局。',
     'place:粤港澳大湾区'),
    ('prov7-guangdong', '推进大规模设备更新和消费品以旧换新，率先出台“1+3+8”政策体系，持续扩大支持范围、提高补贴标准，带动1025万台家电以旧换新、45.4万辆汽车报废和置换更新，工业设备更新投资增长17.9%、增速创9年来新高。',
     ''),
    ('prov7-guangdong', '九、提升食品、药品安全抽检水平和开展放心消费活动。',
     ''),
    ('prov7-gansu', '技术合同成交额达到525亿元。',
     ''),
    # #030: 各盟市 and 全区 are generic
    ('prov7-inner_mongolia', '在产业发展项目上，各盟市要围绕全区重点产业布局逐一制定招商方案，力争引进到位资金5700亿元以上，工业投资达到4900亿元左右、增长10%以上。',
     ''),
    ('prov7-anhui', '加强社区工作者队伍建设，提升社区网格化管理、精细化服务、信息化支撑能力。',
     ''),
    ('prov7-gansu', '立足省委对各地功能定位，着力构建“一核三带多节点”区域发展格局。',
     'org:省委'),
    # #033: the forum is an event; 京津冀 alone is not labelled
    ('prov7-hebei', '办好京津冀党政主要领导座谈会。',
     ''),
    ('prov7-gansu', '健全现代国防动员体系，完善双拥工作机制，巩固军政军民团结。',
     ''),
    ('prov7-heilongjiang', '大力发展智慧农业，打造现代农业科技示范展示基地100个以上，建成20个无人化智慧农场。',
     ''),
    # #036: “一江一河” is a grouping
    ('prov7-shanghai', '完善“一江一河”滨水空间配套设施，14座苏州河桥梁景观灯光提升改造。',
     'place:苏州河'),
    ('prov7-shanxi', '加快推进基础设施REITs发行。',
     ''),
    # #038: 上海创智学院 (the Shanghai Innovation Institute) is a named institution; 国家产教融合创新平台 is a platform
    ('prov7-shanghai', '基础教育扩优提质行动启动实施，高等教育“两个先行先试”深入推进，高校招生结构动态调整机制不断完善，上海创智学院、国家产教融合创新平台等协同育人平台加快建设。',
     'org:上海创智学院'),
    ('prov7-anhui', '拓展绿水青山就是金山银山理念转化实现路径。',
     ''),
    ('prov7-shandong', '沿海港口货物吞吐量突破20亿吨、居全国首位，内河航运吞吐量超过1.2亿吨，内陆港达到51个。',
     ''),
    # #041: “丝路电商”合作先行区 is a programme zone
    ('prov7-shanghai', '深入创建全国首个“丝路电商”合作先行区，数字身份和电子认证跨境互操作等开展试点。',
     ''),
    ('prov7-henan', '（六）更大力度推动全面绿色转型',
     ''),
    ('prov7-liaoning', '在看到成绩的同时，要看到我们高质量发展面临诸多困难挑战：有效需求不足，民间投资不振，居民消费乏力，稳外贸压力较大；',
     ''),
    # #044: a platform
    ('prov7-shanxi', '煤炭工业互联网智算平台建成运行。',
     ''),
    # #045: NEW h7: 核心景区 (the core scenic area) is a descriptive zone, not an area word joined to the name: only 漓江
    ('prov7-guangxi', '完成漓江核心景区跨江电力、通信塔杆线缆迁改。',
     'place:漓江'),
    # #046: 去年12月 has no year; 自由贸易港 is a programme
    ('prov7-hainan', '正值关键时期，习近平总书记去年12月亲临海南发表重要讲话，为海南进一步全面深化改革、加快建设具有世界影响力的中国特色自由贸易港把脉定向、指路引航。',
     'person:习近平 | place:海南 | place:海南#2 | place:中国'),
    ('prov7-henan', '加强学生心理健康教育，推进校园安全管理规范化长效化，用心呵护学生成长成才。',
     ''),
    # #048: NEW h7: 大湾区, the usual short form of 粤港澳大湾区, is a place, here inside an event (第三届大湾区全球招商大会); 港澳 is a pair
    # of abbreviations
    ('prov7-guangdong', '携手港澳在海外联合推介招商，第三届大湾区全球招商大会达成投资项目1933个、总金额2.26万亿元。',
     'place:大湾区'),
    ('prov7-fujian', '推动低效用地再开发，推进工业用地“标准地”改革，唤醒沉睡地，换来好效益，焕发新活力。',
     ''),
    ('prov7-zhejiang', '改造提升单村水站300座以上，全面完成农村单村水站改造提升工程。',
     ''),
    # #051: 台湾地区 taken with its area word; 台胞台企: one-character abbreviations; “第一家园” is a platform
    ('prov7-fujian', '落实同等待遇，新增直接采认台湾地区职业技能资格10项，上线台胞台企数字“第一家园”服务平台。',
     'place:台湾地区'),
    ('prov7-tianjin', '统筹推进先进制造业与现代服务业发展。',
     ''),
    ('prov7-tianjin', '（二）坚持以“三新”、“三量”为重要工作抓手，因地制宜发展新质生产力',
     ''),
    ('prov7-ningxia', '深入实施现代农业“十强行动”，大力发展智慧农业、设施农业、绿色农业，健全社会化服务体系，完善联农带农机制，持续提高农业综合效益和竞争力。',
     ''),
    ('prov7-yunnan', '深入实施新一轮国企改革，发展质效不断提升。',
     ''),
    # #056: 内陆地区 is generic
    ('prov7-shanxi', '完善落实“1+N”政策措施，打造内陆地区对外开放新高地。',
     ''),
    ('prov7-anhui', '围绕打造新兴产业聚集地，强化以科技创新带动产业创新，大力推进新兴产业集群发展工程、未来产业培育工程，加快培育发展新质生产力，加快形成挺进“蓝海”的新增长引擎。',
     ''),
    # #058: the pilot is a designation
    ('prov7-gansu', '完成盐碱耕地治理6.3万亩，景泰被列为国家级盐碱地综合利用试点。',
     'place:景泰'),
    ('prov7-guangdong', '三是为重点群体提供稳定就业保障和温馨暖心服务；',
     ''),
    ('prov7-inner_mongolia', '规模以上工业增加值增长7%左右；',
     ''),
    ('prov7-qinghai', '深化高原特色种业振兴行动，做强农牧业“芯片”。',
     ''),
    ('prov7-zhejiang', '用好小微企业无还本续贷政策并扩展至中型企业，全省无还本续贷余额1.7万亿元、增长34.9%；',
     ''),
    ('prov7-sichuan', '完善联农带农机制，把更多收益留给农民。',
     ''),
    ('prov7-guizhou', '深化疾控体系改革，加强疾控核心能力建设，提升重大传染病、地方病防治水平。',
     ''),
    # #065: the platform is not labelled, 海南 after it is
    ('prov7-hainan', '全面推进国家中小学智慧教育平台海南全域应用试点。',
     'place:海南'),
    # #066: 长江 inside 长江大保护; 洞庭 (the Dongting lake) inside the campaign name “洞庭清波”
    ('prov7-hunan', '实施长江大保护三年行动计划，巩固“洞庭清波”常态化监督成果。',
     'place:长江 | place:洞庭'),
    ('prov7-hunan', '四是大力促改革，有效激活发展潜能。',
     ''),
    ('prov7-hunan', '耕地保护和粮食安全责任制考核居全国优秀，粮食总产达615.6亿斤、创近5年新高；',
     ''),
    ('prov7-xinjiang', '棉花总产稳定在500万吨以上，高标准建设国家优质棉纱基地，推动纺织服装产业链向下游延伸。',
     ''),
    # #070: NEW h7: 干流 (the main stream) is an area word joined to the river, taken with it as 流域 (holdout5); 重庆段: 段
    # left out (as 宁夏段 in holdout #067)
    ('prov7-chongqing', '加强入河排污口排查整治，推进集中式饮用水水源地专项整治和规范化建设，加快解决城市污水溢流问题，确保长江干流重庆段水质保持在Ⅱ类。',
     'place:长江干流 | place:重庆'),
    ('prov7-zhejiang', '坚持政府过紧日子，深化零基预算改革，完善能增能减、有保有压的预算分配机制，提高财政资金使用绩效。',
     ''),
    # #072: “一带一部” is a slogan
    ('prov7-hunan', '发挥“一带一部”区位优势，落实国家重大区域战略，优化省内区域经济格局，统筹区域协调联动。',
     ''),
    ('prov7-shandong', '建设基层治理创新实验区，抓好“专业社工+志愿服务”融合试点。',
     ''),
    ('prov7-shanghai', '妇女儿童、残疾人等事业有力推进，民族、宗教工作进一步加强。',
     ''),
    # #075: NEW h7: 龙江, the two-character short name of Heilongjiang, inside 勤廉龙江 is a place (as 福建 in 美丽福建, 陇原)
    ('prov7-heilongjiang', '切实加强政府系统党风廉政建设和反腐败工作，巩固深化党纪学习教育成果，扎实推进勤廉龙江建设。',
     'place:龙江'),
    # #076: 中央生态环保督察: 中央 is attributive
    ('prov7-shanghai', '第三轮中央生态环保督察整改扎实推进。',
     ''),
    ('prov7-hunan', '历经风雨方见彩虹，经受考验方能壮大。',
     ''),
    ('prov7-gansu', '坚持“四水四定”，加强节水型社会建设，实施水资源超载区综合治理。',
     ''),
    ('prov7-chongqing', '建立农村低收入人口和欠发达地区分层分类帮扶体系，加大对重点帮扶地区支持力度，确保不发生规模性返贫。',
     ''),
    # -- provincial 2025 reports, sentences with a name cue (NAME_CUES), draws 1-2 left out: Random(8083).sample(…, 50), in sampled order
    # #000: 省妇女儿童中心 is a level-qualified institution (as 自治区疾控中心 in holdout6)
    ('prov7name-sichuan', '新增普惠性托位1万个，新改扩建公办幼儿园100所，省妇女儿童中心建成投用，广安成为全国首批全域整体通过县域学前教育普及普惠国家督导评估认定的地级市。',
     'org:省妇女儿童中心 | place:广安'),
    # #001: 中心城区 is generic
    ('prov7name-tianjin', '坚持走内涵式发展路子，注重闲置资产盘活、生产经营激活、优势产业聚合，统筹民生改善、城市公共服务设施配置和产业经济发展，实施更高质量城市更新，推进中心城区主题园区特色发展，增强地铁沿线、重点商圈辐射带动功能，提升业态品质和产业能级。',
     ''),
    ('prov7name-guangxi', '做好金融“五篇大文章”，组建广西农商联合银行，制造业、战略性新兴产业贷款分别增长12.7%、27.2%，企业直接融资规模增长23.4%。',
     'org:广西农商联合银行'),
    # #003: 省域副中心, 示范区 and 区域中心城市 are not names
    ('prov7name-guizhou', '支持遵义加快建设省域副中心，支持毕节加快建设贯彻新发展理念示范区，做优做特区域中心城市。',
     'place:遵义 | place:毕节'),
    # #004: NEW h7: 国际科技创新中心 is a status several cities hold (as 国际贸易中心), not an org: only 大湾区 (see #048 of prov7) in
    # it; 综合性国家科学中心 is a category (*Where the sets disagree* 1); the science cities are places
    ('prov7name-guangdong', '推进大湾区国际科技创新中心、综合性国家科学中心建设，健全光明科学城、松山湖科学城、南沙科学城等联动发展机制，推动重大科技基础设施共建共管共享。',
     'place:大湾区 | place:光明科学城 | place:松山湖科学城 | place:南沙科学城'),
    # #005: 国家区域医疗中心 is a category; the branch hospitals and the campus taken whole as the longest name (as holdout6
    # #006, holdout5 #088)
    ('prov7name-guizhou', '启动3个国家区域医疗中心二期项目建设，优化中山大学附属第一医院贵州医院运营管理模式，浙江省人民医院毕节医院金海湖院区开诊运营，推动四川大学华西医院帮扶遵义。',
     'org:中山大学附属第一医院贵州医院 | org:浙江省人民医院毕节医院金海湖院区 | org:四川大学华西医院 | place:遵义'),
    # #006: the forums are events, the places inside are labelled; NEW h7: 拉美 (the short form of 拉丁美洲) is a world
    # region, not a string of one-character abbreviations; 北欧 a world region (as 西欧 in dev); 华创会 and 汉交会 are events
    ('prov7name-hubei', '习近平总书记向首届中国－拉美和加勒比国家航天合作论坛专门致贺信，举办中国—北欧经贸合作论坛、华创会、汉交会等60多场国际性全国性活动。',
     'person:习近平 | place:中国 | place:拉美 | place:加勒比 | place:中国#2 | place:北欧'),
    # #007: the cooperation centre is a named institution; 警务培训中心 is the second centre with its 中国—太平洋岛国 elided,
    # labelled as written (as 艺术职业学院); the demonstration centre is a project: only 斐济
    ('prov7name-fujian', '中国—太平洋岛国减贫与发展合作中心、警务培训中心加快建设，援斐济菌草技术示范中心项目获评全球最佳减贫案例。',
     'org:中国—太平洋岛国减贫与发展合作中心 | org:警务培训中心 | place:斐济'),
    # #008: 二期 and 新校区 (an unnamed new campus) are project words, left out; “双一流” a programme
    ('prov7name-qinghai', '实施高等教育优质本科扩容工程和教学质量攀高行动，完善青海大学“双一流”建设支持机制，启动建设青海理工学院二期、青海职业技术大学新校区等重点项目，加快构建职普融通、产教融合的职业教育体系。',
     'org:青海大学 | org:青海理工学院 | org:青海职业技术大学'),
    # #009: 中老铁路 is a railway line and 中老 a pair of abbreviations
    ('prov7name-yunnan', '围绕中老铁路培育物流大平台，建设多层级物流枢纽、跨区域物流服务网络、国际班列集结中心。',
     ''),
    # #010: the service centres are generic
    ('prov7name-beijing', '健全养老服务体系，新建105家街道乡镇区域养老服务中心、240个农村邻里互助养老服务点，新增9829张家庭养老床位，老楼加装电梯876部，“老老人”服务保障措施惠及80余万高龄和失能失智老年人。',
     ''),
    ('prov7name-shanxi', '完善商业网络设施，发展冷链物流，推动仓储物流集散中心县域全覆盖。',
     ''),
    ('prov7name-guizhou', '我们要更加紧密地团结在以习近平同志为核心的党中央周围，在省委坚强领导下，坚定信心、团结奋斗，求真务实、真抓实干，奋力谱写中国式现代化贵州篇章，为推进强国建设、民族复兴伟业作出新的更大贡献！',
     'person:习近平 | org:党中央 | org:省委 | place:中国 | place:贵州'),
    ('prov7name-gansu', '企业“走出去”步伐加快，金川集团、白银集团等省属企业对外投资成效明显，甘肃的资源优势、通道优势正在加速转化为发展优势。',
     'org:金川集团 | org:白银集团 | place:甘肃'),
    ('prov7name-chongqing', '深化行政执法改革，推进中心城区执法一体化，开展乡镇（街道）综合行政执法规范化建设试点，完善行政处罚裁量权基准制度。',
     ''),
    # #015: 首都 is not labelled
    ('prov7name-beijing', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，以习近平新时代中国特色社会主义思想为指导，锐意进取、真抓实干，不断开创首都改革发展新局面，奋力谱写中国式现代化的北京篇章！',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | place:中国#2 | place:北京'),
    # #016: 酒嘉双城经济圈 is a named economic region containing abbreviations (as 京津冀地区); the 示范区 is a programme zone: only
    # 金昌
    ('prov7name-gansu', '打造酒泉、天水区域中心城市，推进酒嘉双城经济圈、金昌城乡融合发展示范区、嘉峪关全域城市化建设。',
     'place:酒泉 | place:天水 | place:酒嘉双城经济圈 | place:金昌 | place:嘉峪关'),
    # #017: 我省 is a self-reference
    ('prov7name-gansu', '过去一年，我省经济社会发展承压前行、好于预期，根本在于习近平总书记掌舵领航，在于习近平新时代中国特色社会主义思想科学指引，是党中央、国务院亲切关怀和大力支持的结果，是省委带领全省干部群众勠力同心、拼搏实干的结果。',
     'person:习近平 | person:习近平#2 | place:中国 | org:党中央 | org:国务院 | org:省委'),
    # #018: 上交所 is the short name of the Shanghai Stock Exchange
    ('prov7name-heilongjiang', '思哲睿公司成为国内行业领军企业，天有为公司上交所主板上市通过中国证监会注册，生物发酵氨基酸和生物质燃料乙醇生产基地规模稳居全国首位。',
     'org:思哲睿公司 | org:天有为公司 | org:上交所 | org:中国证监会'),
    # #019: campuses taken whole with their hospitals; 三期 left out; 国家医学中心 is a category; 首都公共卫生中心 names one
    # institution by its place (*Where the sets disagree* 1)
    ('prov7name-beijing', '推动优质医疗资源扩容下沉和均衡布局，启动积水潭医院新街口院区、安贞医院朝阳院区等老院区病房改造提升，加快建设国家医学中心和首都公共卫生中心，推进儿童医院亦庄院区、同仁医院亦庄院区三期、宣武医院房山院区等项目建设。',
     'org:积水潭医院新街口院区 | org:安贞医院朝阳院区 | org:首都公共卫生中心 | org:儿童医院亦庄院区 | org:同仁医院亦庄院区 | org:宣武医院房山院区'),
    ('prov7name-guizhou', '我们始终坚持以人民为中心，在就业、教育、医疗、社会保障、科技创新、生态环保等领域办成了一批打基础、利长远的大事要事。',
     ''),
    # #021: 金融资产投资公司 is a category
    ('prov7name-beijing', '大力发展现代服务业，推动金融业高质量发展，北京证券交易所上市公司达262家，北京获批成为金融资产投资公司股权投资试点城市；',
     'org:北京证券交易所 | place:北京#2'),
    ('prov7name-guizhou', '县域医共体达到140个，新建县域医疗次中心50个。',
     ''),
    ('prov7name-inner_mongolia', '能够取得这样的成绩，根本在于习近平总书记的掌舵领航、亲切关怀和党中央的坚强领导，在于自治区党委带领全区上下团结一心、迎难而上、拼搏奋斗。',
     'person:习近平 | org:党中央 | org:自治区党委'),
    ('prov7name-heilongjiang', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委坚强领导下，坚持干字当头、奋发有为、攻坚克难，奋力开创高质量发展、可持续振兴新局面，为以中国式现代化全面推进强国建设、民族复兴伟业作出新的更大贡献！',
     'person:习近平 | org:党中央 | org:省委 | place:中国'),
    ('prov7name-shandong', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在中共山东省委坚强领导下，干字当头、众志成城，求真务实、改革创新，奋力谱写中国式现代化山东篇章，为强国建设、民族复兴伟业作出新的更大贡献！',
     'person:习近平 | org:党中央 | org:中共山东省委 | place:中国 | place:山东#2'),
    # #026: an exchange (as 北京国际大数据交易所)
    ('prov7name-shanxi', '增强山西股权交易中心服务能力，促进中小企业规范化股改，培育上市企业。',
     'org:山西股权交易中心'),
    # #027: 大学城 and 科学城 are bare generic words here; the named innovation parks are places (industrial parks); 离岸科创园
    # in holdout5 was unnamed
    ('prov7name-chongqing', '推动大学城、科学城融合发展，做强明月湖科创园、金凤科创园和环大学创新创业生态圈，布局建设产业创新综合体。',
     'place:明月湖科创园 | place:金凤科创园'),
    # #028: 综治中心 is functional
    ('prov7name-henan', '创造性践行新时代“枫桥经验”完善基层治理体系，推进信访工作法治化，加强综治中心规范化建设，积极预防化解各类矛盾纠纷，严防极端事件发生。',
     ''),
    # #029: 省科学院 is level-qualified
    ('prov7name-henan', '中原科技城国家级科研平台23家，省科学院在先进材料、量子科技、人工智能等领域形成一批重大科技成果。',
     'place:中原科技城 | org:省科学院'),
    # #030: the public-health centres are categories
    ('prov7name-henan', '加快建设国家和省级区域公共卫生中心。',
     ''),
    ('prov7name-fujian', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，坚持以习近平新时代中国特色社会主义思想为指导，在省委领导下，牢记嘱托、再启新程，同心协力、矢志奋斗，在中国式现代化建设中奋勇争先！',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:省委 | place:中国#2'),
    # #032: 三甲医院 is a rating
    ('prov7name-heilongjiang', '县域医共体实现全覆盖，国家级临床重点专科、三甲医院实现市地全覆盖。',
     ''),
    ('prov7name-guangdong', '完善公办托育设施建设，重点推进建设4所市级示范性托育综合服务中心和4所县级示范性托育机构，新增普惠性托位超1000个，推动提升普惠托育服务水平。',
     ''),
    # #034: companies by short name; 旅控集团 named without its place (as 交通集团, holdout5)
    ('prov7name-jilin', '吉林森工和长白山森工完成司法重整、实现战略性重组，大成集团成功化解境外债务、实现复工复产，旅控集团扭亏为盈。',
     'org:吉林森工 | org:长白山森工 | org:大成集团 | org:旅控集团'),
    # #035: 东北亚 is a world region; a metropolitan area taken whole (holdout5)
    ('prov7name-liaoning', '支持沈阳建设东北亚国际化中心城市、国际性综合交通枢纽城市，引领沈阳都市圈加快创新驱动转型、打造新质生产力。',
     'place:沈阳 | place:东北亚 | place:沈阳都市圈'),
    ('prov7name-henan', '让我们更加紧密团结在以习近平同志为核心的党中央周围，在省委坚强领导下，凝心聚力、锐意进取，奋力谱写中国式现代化河南篇章，为强国建设、民族复兴伟业作出新的更大贡献！',
     'person:习近平 | org:党中央 | org:省委 | place:中国 | place:河南'),
    ('prov7name-xinjiang', '中泰集团、供销集团、果业集团等重点企业经营风险有效化解。',
     'org:中泰集团 | org:供销集团 | org:果业集团'),
    ('prov7name-shanghai', '健全推动经济高质量发展体制机制，大力培育龙头企业和高成长企业，支持上市公司并购重组，加快打造世界级高端产业集群，促进区域产业特色化、差异化、协同化发展。',
     ''),
    # #039: as holdout6 prov6name #015
    ('prov7name-hebei', '2025年1月13日在河北省第十四届人民代表大会第三次会议上河北省人民政府省长王正谱作政府工作报告。',
     'date:2025年1月13日 | place:河北省 | org:人民代表大会 | org:河北省人民政府 | person:王正谱'),
    # #040: the expo is an event; 全球数字贸易中心 a status
    ('prov7name-zhejiang', '提升全球数字贸易博览会影响力、拉动力，探索建设数字贸易港，打造全球数字贸易中心。',
     ''),
    ('prov7name-shanxi', '深化医药卫生体制改革，打造县域医疗卫生一体化改革升级版，以公益性为导向深入推进公立医院改革。',
     ''),
    # #042: 自治区人大 is level-qualified; 政协 after it is labelled (as 各级人大、政协)
    ('prov7name-guangxi', '这些成绩的取得，根本在于以习近平同志为核心的党中央坚强领导，根本在于习近平新时代中国特色社会主义思想科学指引，是自治区党委坚强领导和全区广大干部群众共同努力、团结奋斗的结果，是自治区人大、政协和社会各界有效监督、大力支持的结果。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:自治区党委 | org:自治区人大 | org:政协'),
    # #043: the public-health centres are categories
    ('prov7name-sichuan', '加快国家和省级区域公卫中心建设，持续强化重大传染病和重大慢性病防治。',
     ''),
    ('prov7name-henan', '实施农村沟渠连通整治三年行动，加快建设区域性农业综合服务中心，加强科技装备支撑，提升农业防灾减灾救灾能力。',
     ''),
    # #045: 技术创新中心 is generic
    ('prov7name-shandong', '让企业主体作用更突出，依托龙头企业建强技术创新中心等平台，高水平建设大型仪器开放共享平台，强化产学研融通创新。',
     ''),
    ('prov7name-heilongjiang', '以习近平同志为核心的党中央集中统一领导，为我们推动高质量发展、可持续振兴提供了根本保证。',
     'person:习近平 | org:党中央'),
    # #047: NEW h7: 滇中城市群 (a city cluster named with the abbreviation 滇) is a named region, as 京津冀地区; 滇西 and 滇东北 are a
    # direction joined to a place name, as 北疆 and 粤东 (*Where the sets disagree* 2); 沿边城镇带 is generic
    ('prov7name-yunnan', '发挥滇中城市群核心带动作用，做强昆明都市圈，培育曲靖省域副中心城市，壮大滇西、滇东北等城镇群，积极发展沿边城镇带。',
     'place:滇中城市群 | place:昆明都市圈 | place:曲靖 | place:滇西 | place:滇东北'),
    # #048: NEW h7: 横琴粤澳深度合作区 (and its short form 横琴合作区) is a named area with its own administration covering Hengqin
    # island, taken whole as a development area (as 苏州工业园区), not a programme zone like 自贸试验区; 25周年 is a duration
    ('prov7name-guangdong', '习近平总书记亲临澳门视察并出席庆祝澳门回归祖国25周年系列活动，亲临广东视察横琴粤澳深度合作区，发表一系列重要讲话、作出一系列重要指示，为横琴合作区、粤港澳大湾区建设和广东发展进一步指明前进方向、注入强大动力。',
     'person:习近平 | place:澳门 | place:澳门#2 | place:广东 | place:横琴粤澳深度合作区 | place:横琴合作区 | place:粤港澳大湾区 | place:广东#2'),
    ('prov7name-hubei', '坚定践行以人民为中心的发展思想，加强普惠性、基础性、兜底性民生建设，不断满足人民群众对美好生活的向往。',
     ''),
    # -- laws (every law of prc-laws-lawrefbook): Random(8084).sample(…, 30), in sampled order
    ('law7-constitution_prc', '（十）在全国人民代表大会闭会期间，根据中央军事委员会主席的提名，决定中央军事委员会其他组成人员的人选；',
     'org:全国人民代表大会 | org:中央军事委员会 | org:中央军事委员会#2'),
    ('law7-counterterrorism_law_2018', '新闻、广播、电视、文化、宗教、互联网等有关单位，应当有针对性地面向社会进行反恐怖主义宣传教育。',
     ''),
    # #002: 监察机关 is generic in a law
    ('law7-supervision_law_2024', '第二十五条 对于未被留置的下列人员，监察机关发现存在逃跑、自杀等重大安全风险的，经依法审批，可以进行管护：',
     ''),
    ('law7-state_secrets_law_implementing_regulations_2024', '密品的零件、部件、组件等物品，涉及国家秘密的，按照国家保密规定管理。',
     ''),
    # #004: 人民检察院 and 监察机关 are generic in a law
    ('law7-criminal_procedure_law_2018', '人民检察院经审查，认为需要补充核实的，应当退回监察机关补充调查，必要时可以自行补充侦查。',
     ''),
    # #005: 本市 is a self-reference
    ('law7-shanghai_ethnic_minority_rights_regulations', '第二十九条 对因婚嫁来到本市的少数民族公民，有关部门应当按照国家和本市有关规定给予妥善安置，优先报入户口，并在生活、就业和子女教育等方面给予关心和帮助。',
     ''),
    ('law7-criminal_law', '有下列情形之一的，处五年以下有期徒刑、拘役或者管制，并处罚金：',
     ''),
    # #007: 人民法院 is generic in a law
    ('law7-criminal_procedure_law_2018', '第三十六条 法律援助机构可以在人民法院、看守所等场所派驻值班律师。',
     ''),
    ('law7-supervision_law_2024', '第三十九条 监察机关应当严格按照程序开展工作，建立问题线索处置、调查、审理各部门相互协调、相互制约的工作机制。',
     ''),
    ('law7-state_secrets_law_implementing_regulations_2024', '机关、单位及其工作人员履行保密工作责任制情况应当纳入年度考评和考核内容。',
     ''),
    ('law7-constitution_prc', '国家保障各少数民族的合法的权利和利益，维护和发展各民族的平等团结互助和谐关系。',
     ''),
    # #011: 监察委员会 and 本级人民代表大会 are generic in a law
    ('law7-constitution_prc', '监察委员会主任每届任期同本级人民代表大会每届任期相同。',
     ''),
    ('law7-public_security_administration_punishments_law_2012', '第四十一条 胁迫、诱骗或者利用他人乞讨的，处十日以上十五日以下拘留，可以并处一千元以下罚款。',
     ''),
    # #013: 出入境边防检查机关 is generic
    ('law7-exit_entry_administration_law_2012', '具备条件的口岸，出入境边防检查机关应当为中国公民出境入境提供专用通道等便利措施。',
     'place:中国'),
    # #014: the title of a decision
    ('law7-criminal_law', '8．关于惩治虚开、伪造和非法出售增值税专用发票犯罪的决定',
     ''),
    # #015: 村民委员会, 居民委员会 and 人民政府 are generic
    ('law7-regulations_on_religious_affairs_2017', '村民委员会、居民委员会应当依法协助人民政府管理宗教事务。',
     ''),
    ('law7-criminal_law', '第四百零一条 司法工作人员徇私舞弊，对不符合减刑、假释、暂予监外执行条件的罪犯，予以减刑、假释或者暂予监外执行的，处三年以下有期徒刑或者拘役；',
     ''),
    ('law7-criminal_law', '（二）发布有关制作或者销售毒品、枪支、淫秽物品等违禁物品、管制物品或者其他违法犯罪信息的；',
     ''),
    ('law7-regulations_on_government_information_disclosure_2019', '按照申请人要求的形式提供政府信息，可能危及政府信息载体安全或者公开成本过高的，可以通过电子数据以及其他适当形式提供，或者安排申请人查阅、抄录相关政府信息。',
     ''),
    # #019: 人民检察院 and 公安机关 are generic
    ('law7-criminal_procedure_law_2018', '人民检察院审查案件，对于需要补充侦查的，可以退回公安机关补充侦查，也可以自行侦查。',
     ''),
    # #020: 中央有关部门: 中央 attributive; 中央国家安全领导机构 is a description of a body, as 国家反恐怖主义工作领导机构 (holdout)
    ('law7-national_security_law_2015', '第六十三条 发生危及国家安全的重大事件，中央有关部门和有关地方根据中央国家安全领导机构的统一部署，依法启动应急预案，采取管控处置措施。',
     ''),
    # #021: 公安派出所 is generic
    ('law7-household_registration_regulations_1958', '城市和设有公安派出所的镇，以公安派出所管辖区为户口管辖区；',
     ''),
    ('law7-archives_law_2020', '国家鼓励和支持在档案领域开展国际交流与合作。',
     ''),
    ('law7-criminal_law', '第一百六十五条 国有公司、企业的董事、监事、高级管理人员，利用职务便利，自己经营或者为他人经营与其所任职公司、企业同类的营业，获取非法利益，数额巨大的，处三年以下有期徒刑或者拘役，并处或者单处罚金；',
     ''),
    # #024: 档案馆 is generic
    ('law7-archives_law_2020', '未经档案馆或者有关机关同意，任何单位和个人无权公布。',
     ''),
    ('law7-state_secrets_law_implementing_regulations_2024', '第六十九条 网络运营者违反保密法律法规，有下列情形之一的，由保密行政管理等部门按照各自职责分工责令限期整改，给予警告或者通报批评；',
     ''),
    ('law7-state_secrets_law_implementing_regulations_2024', '机关、单位保密工作机构应当对涉密人员履行保密责任情况开展经常性的监督检查，会同组织人事部门加强保密教育培训。',
     ''),
    # #027: NEW h7: 最高人民法院, a single named body, is an org even in a law (人民法院 stays generic)
    ('law7-criminal_law', '如果有特殊情况，经最高人民法院核准，可以不受上述执行刑期的限制。',
     'org:最高人民法院'),
    ('law7-martial_law_1996', '第十二条 根据本法第二条规定实行戒严的紧急状态消除后，应当及时解除戒严。',
     ''),
    ('law7-criminal_law', '（三）投保人、被保险人或者受益人编造未曾发生的保险事故，骗取保险金的；',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout7", ITEMS, DRAWS, sample, groups=("nat7", "prov7-", "prov7name-", "law7-"), id_letter="k")


if __name__ == "__main__":
    main()
