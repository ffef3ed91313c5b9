"""Build eval/ner/holdout25.jsonl: a twenty-fifth held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout24.py (those marked NEW h7 … NEW h24 included). The labeller did not
read anything of the extractor (dossier/), the tests, docs/ or bench/, did not run it, bench/ner_eval.py,
the tests or any segmenter, NER or POS tool on these sentences, and did not look at what any tool
predicts for them. The set has never been scored. It is drawn like holdout23 (same sources, new seeds;
90 national, 100 provincial, 90 name-cue and 20 law sentences asked for, the name-cue draw cut to the 14 its
pool holds); every entity type the rules define is labelled.

    python eval/ner/build_holdout25.py            # write holdout25.jsonl from ITEMS, print counts
    python eval/ner/build_holdout25.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout25.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout23.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout24.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs. build_holdout26.py (built by another helper at the same time) is not among the seen files.

1. nat25: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(26261).sample(…, 90). No cue word is required.
2. prov25-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(26262).sample(…, 100).
3. prov25name-*: the same provincial sentences that contain one of NAME_CUES (holdout15's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(26263).sample(…, 90) was asked for, but the pool
   holds only 14 sentences (the earlier sets have taken all the others of the 2025 reports' sentences
   with a cue), so sample() takes all 14 (n = min(90, len(pool))), in the order of Random(26263), with
   no replacements left.
4. law25-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(26264).sample(…, 20).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat25 #019 is in traditional characters and cut by the split at a line break (it ends in 同志), nat25
#074 is in traditional characters and begins with the closing quote of a quotation, nat25 #083 is in
part in traditional characters, nat25 #051 runs two passages together (…彻底解放周总理说…), prov25 #019
is the report's numbered note explaining a term, and several sentences are section headings without a
final stop; all are readable report text and were kept.

The decisions this set adds (4, on 3 items) are marked NEW h25 on their items; the items' comments
say what they are.

Result: 224 sentences (90 nat25, 100 prov25, 14 prov25name, 20 law25), 91 entities: 55 place, 20 org,
8 person, 8 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat25 11 place, 12 org, 5 person, 6 date (21 sentences with an entity); prov25 31 place, 2 org (22);
prov25name 10 place, 5 org, 3 person (10); law25 3 place, 1 org, 2 date (5).
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


# -- reading code, copied from build_holdout23.py (itself from build_holdout21.py, build_holdout19.py,
# build_holdout17.py, build_holdout15.py, build_holdout13.py, build_holdout11.py, build_holdout9.py, build_holdout7.py,
# build_holdout6.py and build_holdout2.py) so that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,…,23,24}.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    import build_holdout3
    import build_holdout4
    import build_holdout5
    import build_holdout6
    import build_holdout7
    import build_holdout8
    import build_holdout9
    import build_holdout10
    import build_holdout11
    import build_holdout12
    import build_holdout13
    import build_holdout14
    import build_holdout15
    import build_holdout16
    import build_holdout17
    import build_holdout18
    import build_holdout19
    import build_holdout20
    import build_holdout21
    import build_holdout22
    import build_holdout23
    import build_holdout24
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py", "build_holdout15.py", "build_holdout16.py",
             "build_holdout17.py", "build_holdout18.py", "build_holdout19.py", "build_holdout20.py",
             "build_holdout21.py", "build_holdout22.py", "build_holdout23.py", "build_holdout24.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12, build_holdout13, build_holdout14, build_holdout15,
               build_holdout16, build_holdout17, build_holdout18, build_holdout19, build_holdout20,
               build_holdout21, build_holdout22, build_holdout23, build_holdout24)
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
            out += [("nat25", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov25-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(26261).sample(national_candidates(), 90)}
    drawn |= {s for _, s in random.Random(26262).sample(provincial_candidates(), 100)}
    return [(f"prov25name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law25-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 26261, 90), (provincial_candidates, 26262, 100), (provincial_name_candidates, 26263, 90),
         (law_candidates, 26264, 20)]


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
    # Labelled blind, by reading only, per the "Labelling rules" of README.md (following the recommendations of "Where the
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout24.py (NEW h7 … NEW h24
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h25 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(26261).sample(…, 90), in sampled order
    ('nat25', '要积极推进文化体制改革，增强文化事业发展的活力。',
     ''),
    # #001 我国 is a self-reference
    ('nat25', '我国人民正在从事着建设祖国的和平劳动，要求在一个不太长的时间内把我国建设成为一个完全现代化的、富强的社会主义的工业国。',
     ''),
    ('nat25', '居民拥有的股票、债券等其他金融资产也有较多增加。',
     ''),
    ('nat25', '合理组织劳动，节约使用劳动力。',
     ''),
    ('nat25', '我们不仅要通过发展经济，把社会财富这个“蛋糕”做大，也要通过合理的收入分配制度把“蛋糕”分好。',
     ''),
    ('nat25', '加大全科医护人员和乡村医生培养力度，鼓励高素质人才到基层服务。',
     ''),
    ('nat25', '参加试点的全部企业，销售收入的增长明显地高于总产值的增长，特别是实现利润和上交税费的增长，大大高于总产值和销售收入的增长，说明它们的经济效益有了很大提高。',
     ''),
    ('nat25', '基础性投资要注意合理布局，发挥现有设施的潜力，不要盲目铺新摊子。',
     ''),
    ('nat25', '促进公平竞争，消除地区封锁，打破行业垄断，组织调动各种社会资源，促进经济增长。',
     ''),
    ('nat25', '让我们全国各族人民团结一致，在中国共产党领导下，更加奋发努力，在国内建设和外交工作两方面都取得新的优异成绩，迎接伟大祖国光辉节日的到来。',
     'org:中国共产党'),
    # #010 the plan period is not labelled; the bridge is a road facility (NEW h13): only the river it is named after,
    # 长江, as 金凤 in 金凤隧道 (holdout9)
    ('nat25', '在第一个五年计划期间内，我们开工建设的有八百多个限额以上的工业企业，许多水利工程和铁路工程以及长江大桥工程等等，规模都比较大，技术都比较新，其中由苏联帮助设计和供应设备的156项建设工程，在技术上都是头等的。',
     'place:长江 | place:苏联'),
    ('nat25', '甘蔗和甜菜要求分别增长百分之二十七点五和百分之二十九点五。',
     ''),
    ('nat25', '条件不成熟的，可以先制定行政法规，颁布实施，取得经验后再提出法律草案。',
     ''),
    # #013 the hydro projects are facilities: only the places inside them, 长江三峡 and 黄河小浪底 one span each (holdout19 nat19
    # #009, holdout22); 南水北调 is a project (holdout21)
    ('nat25', '举世瞩目的长江三峡水利枢纽二期工程即将完成，黄河小浪底等水利枢纽工程投入运行，南水北调工程开工建设。',
     'place:长江三峡 | place:黄河小浪底'),
    ('nat25', '全国的科学研究机构，包括行政部门和高等学校的研究机构在内，都必须继续并且尽可能扩大同有关的生产、建设单位的密切联系，签订协作合同，帮助解决生产建设中提出的问题，并且注意研究和总结职工群众的发明、创造和合理化建议。',
     ''),
    ('nat25', '1950年全国农民的购买力是八十一亿元，1956年上升到一百九十一亿元，比1950年增长了136%。',
     'date:1950年 | date:1956年 | date:1950年#2'),
    # #016 供销社 is generic
    ('nat25', '其他方面的改革，包括商品流通和外贸体制、供销社体制、土地使用制度和住房制度等改革，都要认真组织实施。',
     ''),
    ('nat25', '促进社会综合融资成本稳中有降。',
     ''),
    ('nat25', '完善公务员制度，建设高素质公务员队伍。',
     ''),
    # #019 in traditional characters and cut by the split at a line break (it ends in 同志); readable, kept; the session
    # ordinal is not part of the name (README); 同志 is a suffix
    ('nat25', '我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志',
     'org:全國人民代表大會 | person:劉少奇'),
    ('nat25', '三年以后还没有再就业的下岗职工，也要与原企业解除劳动关系，转到社会保险机构领取失业保险金；',
     ''),
    ('nat25', '坚持实事求是，尊重客观规律，坚决反对空谈浮夸、做表面文章、搞形象工程甚至盲目蛮干；',
     ''),
    # #022 马克思 and 列宁 inside 马克思列宁主义 are persons (holdout6, holdout19); 人民解放军 is an org (README)
    ('nat25', '在我们中国，我们有坚定的、战斗的马克思列宁主义的党，有日益巩固的无产阶级政权，有强大的革命化的人民解放军，有觉悟很高的广大干部和人民群众，有光荣的革命传统。',
     'place:中国 | person:马克思 | person:列宁 | org:人民解放军'),
    ('nat25', '依法规范和积极支持民办教育发展。',
     ''),
    ('nat25', '中国开放的大门会越开越大，必将继续成为最富吸引力的外商投资目的地。',
     'place:中国'),
    # #025 我国 is a self-reference
    ('nat25', '我国海上石油的勘探情况，是各位代表和全国各族人民都很关心的。',
     ''),
    ('nat25', '（二）巩固和加强农业基础地位，实现农民增收和农业增产',
     ''),
    # #027 我国 is a self-reference
    ('nat25', '全国解放以来，尽管我国人口增加百分之六十，但粮食增产一点四倍，棉花增产四点七倍。',
     ''),
    # #028 邓小平 inside 邓小平理论, as 毛泽东 in 毛泽东思想 (README); “三个代表” is no name
    ('nat25', '学习宣传邓小平理论和“三个代表”重要思想活动深入开展。',
     'person:邓小平'),
    ('nat25', '但是基本建设的进度仍然低于国家计划的要求。',
     ''),
    ('nat25', '要充分利用现有设备，切实搞好补缺配套，有计划地进行技术改造，广泛实行专业化协作。',
     ''),
    ('nat25', '大力倡导诚实守信的职业道德，加快建立健全社会信用制度。',
     ''),
    # #032 中央党政机关: 中央 as an attribute (README); 武警部队 is an org; 军队 and 政法机关 are generic
    ('nat25', '政企分开步伐加快，中央党政机关与所办经济实体和管理的直属企业脱钩的工作基本完成，军队、武警部队和政法机关不再从事经商活动。',
     'org:武警部队'),
    ('nat25', '纲要提出的基本消灭和积极防治的植物病虫害，基本上消灭危害牲畜最严重的病疫，基本上消灭和积极防治危害人民最严重的疾病，基本上消灭老鼠、臭虫、苍蝇、蚊子等方面的要求，都需要进行长期的、经常的、反复的努力。',
     ''),
    # #034 the session ordinal is not part of the name (README)
    ('nat25', '我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。',
     'org:国务院 | org:全国人民代表大会'),
    ('nat25', '许多原来由国家统一分配的工业生产资料，现在实行了方便用户的灵活多样的供应办法。',
     ''),
    ('nat25', '许多长期不能解决的问题，很快地解决了；',
     ''),
    # #037 the Basic Law is a law: only the place inside it (holdout6 nat6 #021)
    ('nat25', '香港基本法是充分发扬民主的产物。',
     'place:香港'),
    # #038 中东 is a world region (README); the peace talks are an event; 我国 is a self-reference
    ('nat25', '我国已经同以色列建交，并参加了中东和谈会议，愿为推动中东和平进程作出贡献。',
     'place:以色列 | place:中东 | place:中东#2'),
    # #039 the plan and its chapter are not labelled
    ('nat25', '因此，在所有的农业区和畜牧区，都应该切实地执行五年计划第四章所规定的有关发展畜牧业的各项措施，促进牲畜的迅速繁殖，保证第一个五年计划关于增加马、牛、骡、驴、羊、猪等牲畜数量的指标的完成和超额完成。',
     ''),
    ('nat25', '加强地质工作，提高资源勘查开发水平。',
     ''),
    # #041 “四人帮” is a nickname for a group, 林彪 next to it a person (README)
    ('nat25', '由于林彪、“四人帮”的破坏，我们的各级领导干部都多少不等地存在着青黄不接的现象，因此特别注意培养和提拔青年和中年干部是各级政府的紧迫任务之一。',
     'person:林彪'),
    # #042 full-width digits as written (README)
    ('nat25', '１９５６年国家预算规定行政经费支出和公安、司法、检察经费支出共为２，４１０，９３５，０００元，占本年预算支出的７．８４％。',
     'date:１９５６年'),
    ('nat25', '首先对政府机构进行重大改革，主要是进一步把综合经济部门改组为宏观调控部门，调整和减少专业经济部门，加强执法监管部门。',
     ''),
    ('nat25', '加强法规、规章和规范性文件的备案审查工作。',
     ''),
    # #045 the cross-border payment system is a system (README)
    ('nat25', '取消存款利率浮动上限，推出存款保险制度，建立人民币跨境支付系统。',
     ''),
    ('nat25', '我代表国务院，向在各个领域和岗位上辛勤劳动、作出贡献的全国各族人民致以崇高敬意！',
     'org:国务院'),
    ('nat25', '加强知识产权保护，激发创新动力。',
     ''),
    ('nat25', '因此，对我们国家基本制度的任何动摇都是不能容许的。',
     ''),
    ('nat25', '当然，这同实际经济生活中存在着的轻度通货膨胀也是分不开的。',
     ''),
    # #050 the communes and brigades are generic
    ('nat25', '怎样指导农民有计划地正确地用好这笔钱，使它成为多方面繁荣农村社会主义经济的动力，也是各公社、大队和生产队面前的一个重大课题。',
     ''),
    # #051 two passages run together at 周总理说; readable, kept; 共产党 is the party's name (NEW h11); 周总理 is a title with a
    # surname (README); 我国 is a self-reference
    ('nat25', '只有在共产党领导下，把革命进行到底，各少数民族人民才能彻底解放周总理说，巩固和加强我国各民族的大团结，是保证我国社会主义事业胜利发展的一项重要政策。',
     'org:共产党'),
    # #052 党 alone is not labelled (README)
    ('nat25', '认真贯彻党的教育方针，加强德育工作，推进素质教育，促进学生全面发展。',
     ''),
    ('nat25', '在投融资领域进行了改革，推行项目法人责任制、资本金制度和招标制度，投资风险约束逐步加强，企业筹资渠道进一步拓宽。',
     ''),
    ('nat25', '要优化投资结构，破解投资难题，切实把投资关键作用发挥出来。',
     ''),
    # #055 a heading (the NPC's resolution on the report); the session ordinal is not part of the name (README)
    ('nat25', '第十三届全国人民代表大会第五次会议关于政府工作报告的决议',
     'org:全国人民代表大会'),
    ('nat25', '采取措施增加中低收入者收入，推动传统消费提档升级、新兴消费快速兴起，网上零售额年均增长30%以上，社会消费品零售总额年均增长11.3%。',
     ''),
    ('nat25', '违反这个规定的，必须追究责任。',
     ''),
    ('nat25', '着力加强重点建设，促进工业生产，保证物流畅通，及时对受疫情冲击较大的行业实行减免税费、贴息贷款等扶持政策，并制定促进就业和增加农民收入等方面的措施，最大限度地减轻了疫情对经济发展的影响。',
     ''),
    ('nat25', '上级行政部门不得干预其正常的经济活动，同时要切实加强质量监督和财务监督。',
     ''),
    # #060 国四 (China's fourth emission standard) holds the abbreviation 国; the plan is not labelled
    ('nat25', '今年要淘汰燃煤小锅炉5万台，推进燃煤电厂脱硫改造1500万千瓦、脱硝改造1.3亿千瓦、除尘改造1.8亿千瓦，淘汰黄标车和老旧车600万辆，推广新能源汽车，在全国供应国四标准车用柴油。',
     ''),
    ('nat25', '有了一个安定团结、纪律严明的良好社会环境，我们的改革才能取得成功。',
     ''),
    ('nat25', '坚持用市场化法治化手段，严格执行环保、质量、安全等法规标准，化解过剩产能、淘汰落后产能。',
     ''),
    # #063 高新技术产业开发区 is generic
    ('nat25', '大力开发先进适用技术，办好高新技术产业开发区。',
     ''),
    ('nat25', '对于保留的部门，也要根据机构改革的精神，转变职能，下放权力，调整机构和精简人员。',
     ''),
    ('nat25', '事实上，正是因为我们认真地学习了苏联的先进经验，才使我们的建设工作少走了许多弯路，获得了很大的成绩。',
     'place:苏联'),
    ('nat25', '那种不重视新事物，对新事物丧失感觉的人，是应该受到批判的。',
     ''),
    ('nat25', '城乡居民享有的公共服务明显增多。',
     ''),
    ('nat25', '实行医疗机构分类管理，合理配置和有效使用卫生资源，发展社区卫生事业，改进医疗卫生服务。',
     ''),
    # #069 同级人大 (the congress at the same level) is an org as 人大 after 各级 (README); 其常委会 is not labelled
    ('nat25', '各级政府要依法接受同级人大及其常委会的监督，自觉接受人民政协的民主监督，接受社会和舆论监督，让权力在阳光下运行。',
     'org:人大 | org:人民政协'),
    ('nat25', '社会主义民主政治的建设首先要着眼于调动基层和群众的积极性，扩大基层民主，使基层民主生活制度化，保证工人、农民、知识分子和广大群众当家作主。',
     ''),
    ('nat25', '四是严格执行社会治安综合治理的目标管理和领导责任制。',
     ''),
    # #072 金融资产管理公司 is a category, as 金融资产投资公司 (README)
    ('nat25', '推行贷款质量五级分类办法，逐步建立金融资产管理公司，负责处理银行原有的不良信贷资产，对银行新增贷款质量实行严格的责任制。',
     ''),
    ('nat25', '宁可不上新的建设项目，不办或者少办不是急需的事，也要确保工资按时足额发放。',
     ''),
    # #074 in traditional characters, beginning with the closing quote of a quotation cut by the split; readable, kept;
    # 我國 is a self-reference
    ('nat25', '」根據這個方針，我國同二十五個國家已經建立了或者正在建立外交關係，並同另外一些國家發生了事務性的關係。',
     ''),
    ('nat25', '有人说，现在工农的生活太悬殊了。',
     ''),
    ('nat25', '在林业方面，１９５５年完成造林面积２，５６０多万亩，比１９５４年完成数增长４７％。',
     'date:１９５５年 | date:１９５４年'),
    ('nat25', '只有这样，才能有力地支援农业，迅速地发展轻工业，大大加强国防工业。',
     ''),
    # #078 the plan period is not labelled
    ('nat25', '“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；',
     ''),
    ('nat25', '特别是新宪法的颁布，标志着我国社会主义民主和法制建设进入了新的发展阶段。',
     ''),
    ('nat25', '乡镇企业在农村经济中具有十分重要的作用，并已成为整个国民经济的重要组成部分。',
     ''),
    # #081 a heading without a final stop (the title of the plan outline); kept; the plan is not labelled
    ('nat25', '国民经济和社会发展第十二个五年规划纲要（草案）',
     ''),
    # #082 the plan is not labelled; 我国 is a self-reference
    ('nat25', '谁都能够看到，实现第一个五年计划将使我国国民经济发生重大的变化。',
     ''),
    # #083 in traditional characters in part; 三反五反 are campaigns
    ('nat25', '三反五反，击退了資产阶級的猖狂进攻，創造了对私营工商業实行社会主义改造的有利条件。',
     ''),
    ('nat25', '各类学校都要充分利用现有条件，努力提高教学质量和办学效率，合理配置和有效利用教育资源。',
     ''),
    # #085 供销合作社 is generic
    ('nat25', '健全农业社会化服务体系，推进供销合作社综合改革试点。',
     ''),
    ('nat25', '这几年国家财力不足，另一个重要原因是国家集中的财力过少，资金过于分散。',
     ''),
    ('nat25', '建设重工业，必须长期地投入大量的建设资金。',
     ''),
    ('nat25', '要努力健全各级计划生育管理机构，加强计划生育的科学研究，认真做好宣传教育和节育服务，把计划生育特别是农村的计划生育工作抓紧抓好。',
     ''),
    # #089 世贸组织 is an org (holdout17 nat17 #031); 我国 is a self-reference
    ('nat25', '今年，我国加入世贸组织过渡期将基本结束，要增强做好各项应对工作的紧迫感。',
     'org:世贸组织'),

    # -- the 31 provinces' 2025 reports: Random(26262).sample(…, 100), in sampled order
    # #000 我省 is a self-reference; the WorldSkills competition is an event
    ('prov25-shandong', '我省选手斩获世界技能大赛2个全国首金。',
     ''),
    # #001 NEW h25: 地中海 (the Mediterranean) inside the disease name 地中海贫血 (thalassaemia, 'Mediterranean anaemia') is a
    # place name inside a longer term that is not itself an entity (README: 中国 in 中国式现代化), labelled; NEW h25: 唐氏 in
    # 唐氏综合征 (Down syndrome) is the surname of the physician Down with the clan marker 氏, no given name: not labelled, as
    # a surname with a title (周总理, README)
    ('prov25-guangdong', '为超61万名孕妇免费提供地中海贫血、唐氏综合征、严重致死致残结构畸形的产前筛查，为超73万名新生儿免费提供先天性甲状腺功能减低症、蚕豆病、苯丙酮尿症、先天性肾上腺皮质增生症和新生儿听力障碍筛查。',
     'place:地中海'),
    # #002 港珠澳大桥 is a bridge, a road facility (NEW h13), named with a string of one-character abbreviations (港珠澳): not
    # labelled; 港 and 澳 in the quoted campaigns are abbreviations
    ('prov25-guangdong', '港珠澳大桥车流量增长90%，“港车北上”、“澳车北上”突破450万辆次。',
     ''),
    # #003 自治区 alone is not labelled (README)
    ('prov25-inner_mongolia', '要促进医疗、医保、医药协同发展和治理，稳妥推进基本医疗保险自治区统筹，强化医保基金常态化监管，守好老百姓的看病钱。',
     ''),
    ('prov25-shanghai', '全社会研发经费支出相当于全市生产总值的比例达到4.4%左右，每万人口高价值发明专利拥有量提高到57.9件。',
     ''),
    ('prov25-liaoning', '因地制宜推进兴业、强县、富民一体发展，培育壮大工业单项冠军县5个、工业强县5个、消费品工业特色镇10个。',
     ''),
    ('prov25-sichuan', '加强对农民工、灵活就业人员和新就业形态人员就业服务保障，探索职业伤害保障、补充工伤保险等社保制度，开展劳务专业合作社社员工伤保险试点。',
     ''),
    ('prov25-guizhou', '全省接待游客人次、旅游总花费、接待入境过夜游客人次分别增长10.4%、13.3%、81.8%。',
     ''),
    ('prov25-xinjiang', '加强老年、妇幼等重点人群健康服务，加快推进养老、托育产业发展。',
     ''),
    ('prov25-guangdong', '构建支持全面创新体制机制，提升创新体系整体效能，加快实现高水平科技自立自强。',
     ''),
    # #010 央地 and 陇 are abbreviations; the quoted campaign is not labelled
    ('prov25-gansu', '“央地携手·富民兴陇”消费帮扶聚力行动采购金额11.4亿元。',
     ''),
    # #011 江苏 inside 平安江苏 and 法治江苏, as 福建 in 美丽福建
    ('prov25-jiangsu', '加强公共安全系统施治，推进平安江苏和法治江苏建设，强化风险源头管控，加强矛盾纠纷多元化解，有效防范和应对社会安全事件，全力守护人民群众生命安全和社会稳定。',
     'place:江苏 | place:江苏#2'),
    ('prov25-gansu', '第一产业增加值增长6.6%，增速居全国第2位；',
     ''),
    ('prov25-guizhou', '深入实施“七大提升工程”，持续提升人均受教育年限。',
     ''),
    ('prov25-guangxi', '各位代表!新征程新使命，对政府工作提出了新的更高要求。',
     ''),
    ('prov25-liaoning', '推行注册资本认缴登记制度改革。',
     ''),
    ('prov25-guangxi', '推动5G网络由广覆盖建设转向增强热点深度覆盖。',
     ''),
    ('prov25-hunan', '我们要始终坚持高水平科技自立自强，让科技创新成为最活跃的因素和最靓丽的风景。',
     ''),
    # #018 a section heading without a final stop; kept; 浙江 inside 平安浙江 and 法治浙江
    ('prov25-zhejiang', '（十）统筹高质量发展和高水平安全，建设更高水平平安浙江法治浙江',
     'place:浙江 | place:浙江#2'),
    # #019 a numbered note explaining a term of the report (as prov23 #097); kept; 国家发展改革委 (the NDRC) is an org; the
    # clusters are a category: only the cities
    ('prov25-sichuan', '30.国家级战略性新兴产业集群：国家发展改革委在新一代信息技术、高端装备、新材料、生物医药、节能环保等领域发布的战略性新兴产业集群名单，四川现有成都市生物医药、轨道交通装备和自贡市节能环保3个国家级战略性新兴产业集群。',
     'org:国家发展改革委 | place:四川 | place:成都市 | place:自贡市'),
    # #020 中欧班列 is a service (holdout13) and 成渝 a pair of abbreviations
    ('prov25-chongqing', '开通运行重庆至杜伊斯堡全程时刻表班列，中欧班列（成渝）累计开行3.6万列。',
     'place:重庆 | place:杜伊斯堡'),
    ('prov25-anhui', '依法行政能力提升行动扎实推进，公共政策和政府承诺事项兑现率94.8%，全省办结行政复议案件21850件，“府院联动”“府检联动”机制实现省市县全覆盖。',
     ''),
    # #022 the measuring facility is infrastructure; 聚变能园区 is named by its field only, a functional description
    ('prov25-anhui', '全力保障国家战略科技力量建设，空地一体量子精密测量实验设施启动建设，聚变能园区全面开工。',
     ''),
    # #023 港澳台 is a string of abbreviations and 东西部 a compass phrase (README); 党 alone is not labelled
    ('prov25-tianjin', '落实党的民族、宗教和侨务政策，做好港澳台工作，巩固发展军政军民团结，推动国防动员高质量发展，深化东西部协作和支援合作。',
     ''),
    ('prov25-guangxi', '新增国家中小企业特色产业集群2个，新增规模以上工业企业1209家。',
     ''),
    # #025 a section heading; 北疆 inside 北疆文化, as in holdout #044 (README)
    ('prov25-inner_mongolia', '（六）以北疆文化建设提升行动为引领，把文旅业打造成支柱产业。',
     'place:北疆'),
    ('prov25-beijing', '基本实现责任规划师、建筑师、园艺师“三师”联动街区层面全覆盖，统筹推进街区片区建设，共建社区微花园50个。',
     ''),
    ('prov25-xinjiang', '发展全域旅游、低空旅游、沙漠旅游、生态旅游、康养旅游、跨境旅游等，着力打造高品质旅游产品，推进旅游服务质量提升，力争接待游客3.2亿人次。',
     ''),
    ('prov25-beijing', '完善减碳激励约束机制，建立碳足迹管理体系，绿色企业比例达到30%以上，让绿色低碳发展成为全社会共同行动。',
     ''),
    ('prov25-xinjiang', '退役军人工作质效不断增强，“双拥”工作深入推进，军政军民团结之树更加根深叶茂。',
     ''),
    # #030 外滩 (the Bund, Shanghai's named waterfront street) is a place, as a named street (README); “第二立面” is a project
    ('prov25-shanghai', '加快老旧工业区、商业商务区更新改造，推进外滩“第二立面”等一批区域更新项目，“三师”负责制等配套政策进一步完善。',
     'place:外滩'),
    ('prov25-guangdong', '积极应对人口老龄化，完善发展养老事业和养老产业政策机制，构建老年友好型社会。',
     ''),
    ('prov25-hubei', '新质生产力加速成长，湖北产业生机勃发、新意盎然。',
     'place:湖北'),
    ('prov25-hebei', '完善主导产业支持政策，新一代信息技术、高端装备产业增加值增长13.6%、9.8%，钢铁环保绩效A级企业55家、保持全国第一。',
     ''),
    # #034 自治区 alone is not labelled (README)
    ('prov25-xinjiang', '积极推进零基预算改革，进一步推进自治区以下财政体制改革和自治区财政直管县改革，增加地方自主财力。',
     ''),
    ('prov25-jiangxi', '协同推进数字产业化和产业数字化。',
     ''),
    ('prov25-hunan', '对这些问题，我们要高度重视、认真对待，采取有力措施切实加以解决。',
     ''),
    ('prov25-anhui', '深化国资国企改革，文旅、港航、煤炭等重点领域重组整合取得重要进展，省属企业投资新兴产业超过500亿元。',
     ''),
    ('prov25-gansu', '庆阳经济总量迈上1200亿台阶，酒泉经济总量突破千亿、达到1042亿元，临夏州经济总量跻身500亿元行列。',
     'place:庆阳 | place:酒泉 | place:临夏州'),
    ('prov25-hainan', '对此，我们要迎难而上，切实加以解决。',
     ''),
    # #040 南疆 as 北疆 (README; holdout23); 全区 is a self-reference
    ('prov25-xinjiang', '扎实推进民族团结进步创建，全面推广国家通用语言文字，全区普及率提高至72.2%，其中南疆普及率68.4%。',
     'place:南疆'),
    # #041 中华民族: 中华 is not labelled (README)
    ('prov25-hainan', '加强铸牢中华民族共同体意识教育。',
     ''),
    ('prov25-guizhou', '健全脱贫攻坚国家投入形成资产的长效管理机制，推进扶贫项目资产确权移交，强化分类管护运营，确保资产保值增效、助农增收。',
     ''),
    ('prov25-jiangsu', '进一步扩大消费品以旧换新政策覆盖范围，更大规模撬动汽车、家电家居、智能终端等消费品更新换代。',
     ''),
    ('prov25-shandong', '实施县中振兴计划，扩大公办普通高中招生规模。',
     ''),
    ('prov25-fujian', '我们将直面这些问题，在今后的工作中着力解决。',
     ''),
    ('prov25-shaanxi', '实施好创新人才攀登计划，支持企业引进高层次科技人才、技术经理人、创新创业人才，建设20个引智示范基地。',
     ''),
    ('prov25-guangxi', '落实减税降费政策，规范非税收入管理。',
     ''),
    # #048 “湘域湘质” holds the abbreviation 湘
    ('prov25-hunan', '积极推进“军民融合”，搭建军民两用先进技术产品对接平台，开展“湘域湘质”系列供需对接活动，实施一批军民融合产业项目，推动一批协同创新成果落地转化。',
     ''),
    ('prov25-jiangsu', '（八）久久为功提升文化影响力。',
     ''),
    # #050 区属 is generic
    ('prov25-ningxia', '区属国企改革总体完成率达76%。',
     ''),
    ('prov25-sichuan', '形式主义、官僚主义问题在一些领域时有冒头，有的领域腐败问题仍然多发；',
     ''),
    # #052 中央生态环保督察: 中央 is attributive (holdout6, holdout7)
    ('prov25-hainan', '第一、第二轮中央生态环保督察整改成效持续巩固，第三轮督察整改有力有序推进。',
     ''),
    # #053 the railway and its sections (兰张, 兰武, 武张: strings of abbreviations) are not labelled (README); 河西走廊 (the Hexi
    # Corridor) is a named region, a place, labelled inside the figure of speech
    ('prov25-gansu', '兰张高铁兰武段开通运营、武张段开工建设，河西走廊高铁大动脉加速贯通。',
     'place:河西走廊'),
    ('prov25-hunan', '（三）全力推进高水平科技自立自强',
     ''),
    # #055 乌昌石 is a string of one-character abbreviations (乌鲁木齐, 昌吉, 石河子), its cluster no place; the bases are counted
    ('prov25-xinjiang', '大力发展新能源产业，建成3个千万千瓦级新能源基地，乌昌石光伏集群列入国家先进制造业集群。',
     ''),
    # #056 珠三角 as 长三角 (holdout7, holdout19)
    ('prov25-guangdong', '推动珠三角优质教育资源组团融入式托管15所新型城镇化试点县县中。',
     'place:珠三角'),
    ('prov25-shanghai', '完善文艺创作激励引导、原创扶持、项目孵化等政策。',
     ''),
    # #058 中关村 is a place (holdout11); the reform is not labelled
    ('prov25-beijing', '以创新需求为导向谋划新一轮中关村先行先试改革，实施促进科技成果转化五年行动，加强概念验证、中试熟化等平台建设。',
     'place:中关村'),
    ('prov25-shanxi', '实行“链长+属地”包联共建，开展“政府+链主+园区”招商，省级重点产业链营业收入达到8000亿元。',
     ''),
    ('prov25-guangdong', '我们要营造尊重劳动、尊重知识、尊重人才、尊重创造的良好社会氛围，强化“筑巢引凤、以才引才、为才搭台”，吸引各路英才来广东大展拳脚、成就梦想。',
     'place:广东'),
    ('prov25-heilongjiang', '开展生物技术赋能专项行动，加快发展生物制造产业，生物经济营业收入增长8%以上。',
     ''),
    # #062 国家文化公园 is a programme (NEW h13): the places inside are labelled, 长城 a historic site (as the Berlin Wall,
    # holdout18); 长征 (the Long March) is an event (holdout13)
    ('prov25-ningxia', '加快黄河、长城、长征国家文化公园建设。',
     'place:黄河 | place:长城'),
    ('prov25-anhui', '强化“三保”支出预算执行硬性约束，兜牢基层“三保”底线。',
     ''),
    ('prov25-inner_mongolia', '我们要把成绩讲够，也要把问题说透。',
     ''),
    ('prov25-inner_mongolia', '要围绕点位抓“突围”，在去年布局5个点位基础上，今年在人工智能+、低空经济、生物技术等领域再启动一批新点位，聚集优势资源，加大攻关力度，尽快取得核心技术突破，力争做到“起跑即领先”。',
     ''),
    ('prov25-shanxi', '用心尽力把群众身边的大事小情解决好，让父老乡亲笑容更多、心里更暖。',
     ''),
    ('prov25-gansu', '健全重大突发公共事件处置保障体系，严防极端事件发生。',
     ''),
    ('prov25-beijing', '落实提升党员干部干事创业精气神的若干措施，激励干部实干担当。',
     ''),
    # #069 the cluster area is a designation
    ('prov25-chongqing', '国家检验检测高技术服务业集聚区新增机构18家。',
     ''),
    ('prov25-zhejiang', '配置AED达每10万人45台。',
     ''),
    # #071 江南 (Jiangnan) is a traditional region name, a place as in 塞上江南 (NEW h9) and 湖湘 (README), labelled inside
    # 江南文化; 海派 holds the abbreviation 海
    ('prov25-shanghai', '用好红色文化、海派文化、江南文化资源，挖掘时尚文化潜力，加强革命旧址、历史建筑、工业遗产等保护利用。',
     'place:江南'),
    ('prov25-liaoning', '服务企业，要做到有事襄助、无事不扰；',
     ''),
    ('prov25-xinjiang', '深入推进营商环境优化提升三年行动，全面完成台账内拖欠企业账款清偿任务，拖欠农民工工资实现动态清零。',
     ''),
    ('prov25-hainan', '加快打造上游勘探开发、中游油气加工及综合利用、下游新材料全产业链，力争石化新材料产值达1600亿元。',
     ''),
    ('prov25-inner_mongolia', '一个地方经济发展，归根结底要靠企业唱主角。',
     ''),
    # #076 the pilot zone is a programme zone (README): only the place in it, 陵水黎安 (Lingshui county and Li'an town) a
    # contiguous hierarchy, one span
    ('prov25-hainan', '陵水黎安国际教育创新试验区师生规模近5000人。',
     'place:陵水黎安'),
    # #077 辽东 is a direction joined to the abbreviation 辽, as 辽东地区 (holdout21) and 滇西 (holdout7); “绿肺” and “水塔” are
    # figures of speech
    ('prov25-liaoning', '守护好辽东“绿肺”“水塔”，培育特色产品、绿色产业，全力建设绿色发展示范区。',
     'place:辽东'),
    ('prov25-guizhou', '推出155项“高效办成一件事”服务，推动“企业之家”服务向开发区等延伸。',
     ''),
    ('prov25-jiangsu', '入选国家重大人才工程科技类项目人数、以企业为主体引进国家级人才数量均居全国前列。',
     ''),
    ('prov25-anhui', '5G网络实现行政村全覆盖，规模化供水工程覆盖94%的农村人口。',
     ''),
    ('prov25-ningxia', '开展“医德医术医规医风提升行动”，促进医疗、医保、医药协同发展和治理。',
     ''),
    ('prov25-yunnan', '推进5G规模化应用，加快制造业数字化转型，打造“数智工厂”5个、“小灯塔”示范企业15户。',
     ''),
    ('prov25-beijing', '提升医疗卫生服务能力，完善重大呼吸道传染病、慢性病等防控体系，加强儿科、精神心理、老年医学、康复护理等专科建设，实施中医药高质量研发工程，促进中医药事业传承发展。',
     ''),
    ('prov25-guangxi', '糖料蔗种植面积稳定在1100万亩以上；',
     ''),
    # #085 千万工程 is a programme (README)
    ('prov25-ningxia', '坚持把农业农村现代化作为乡村全面振兴的总目标，进一步深化农村改革，学习运用“千万工程”经验，千方百计推动农业增效益、农村增活力、农民增收入。',
     ''),
    # #086 the water project is not labelled, the town inside it is
    ('prov25-tianjin', '44项水毁修复工程汛前全部完工，辛口镇水利工程等灾后恢复重建项目加快推进，防汛、电力迎峰度夏等平稳有序，重要民生商品保障有力。',
     'place:辛口镇'),
    ('prov25-heilongjiang', '发挥国家级旅游休闲街区示范引领作用，丰富消费业态，打造文旅消费集聚区。',
     ''),
    ('prov25-jiangsu', '从政策机遇看，一揽子增量政策的效应正在持续放大，尤其是党中央明确支持经济大省挑大梁，强化土地、能源、环境、数据等要素保障，必将进一步推动一系列重大战略任务、重大工程项目加快落地见效，为我们推进高质量发展提供更强支撑。',
     'org:党中央'),
    # #089 NEW h25: 天府中央法务区 (the Tianfu Central Legal Services District, a named quarter of Chengdu's Tianfu New Area
    # that gathers legal institutions) is a named district taken whole as a place, as the business district 虹桥国际中央商务区
    # (holdout15, holdout24); 国际仲裁机构 is generic
    ('prov25-sichuan', '加强天府中央法务区建设，支持成都建设国际仲裁机构。',
     'place:天府中央法务区 | place:成都'),
    ('prov25-qinghai', '各位代表，我们将大力支持国防和军队现代化建设，统筹加强国防动员和后备力量建设、国防教育、人民防空、军事设施保护，深化双拥共建，扎实做好退役军人服务保障工作，满腔热情为广大官兵办实事、解难题，奋力续写军民鱼水情深的新时代华章!',
     ''),
    ('prov25-anhui', '紧盯新一轮科技革命和产业变革前沿，加快“四链”融合、实数融合、两业融合，促进各类先进生产要素资源向发展新质生产力集聚。',
     ''),
    ('prov25-sichuan', '新建和改造高标准农田425万亩，耕地净增加60万亩以上。',
     ''),
    # #093 the reform demonstration zones are generic
    ('prov25-shanxi', '各市转型综改示范区整合托管周边产业园区，因地制宜做大1—2个战略性新兴产业集群。',
     ''),
    ('prov25-yunnan', '对车流量较大的85个高速公路服务区充电站进行扩容增桩。',
     ''),
    ('prov25-guizhou', '深入贯彻总体国家安全观，推动高质量发展与高水平安全良性互动。',
     ''),
    ('prov25-guangdong', '服务外包合同金额增长6%，服务贸易、数字贸易规模分别突破1.3万亿元、7000亿元。',
     ''),
    # #097 中国 in 中国特色 (README)
    ('prov25-guangdong', '我们要全面构建亲清政商关系，弘扬企业家精神，完善中国特色现代企业制度，培育更多全球第一、全国第一、行业第一的广东企业。',
     'place:中国 | place:广东'),
    ('prov25-gansu', '深入开展“引大引强引头部”行动，“走出去、请进来”招商推介33场次。',
     ''),
    ('prov25-fujian', '全省人均预期寿命预计提高到79.3岁。',
     ''),

    # -- the same provincial sentences with a name cue (NAME_CUES), leaving out those drawn above: all the pool holds
    # (14), in the order of Random(26263)
    ('prov25name-jiangsu', '坚持以人民为中心的创作导向，推出一批深入人心的精品力作。',
     ''),
    # #001 a named bank being founded (筹建) is an org, as 空天信息大学 (holdout6) and 河南电子科技大学（筹） (README); 南疆 as 北疆
    ('prov25name-xinjiang', '做好金融“五篇文章”，积极筹建新疆农商银行，开发适应南疆经济结构和发展需求的金融产品，让金融的源头活水更好滋润实体经济发展壮大。',
     'org:新疆农商银行 | place:南疆'),
    # #002 the hospital, built (建成), is an org taken whole with its parent
    ('prov25name-anhui', '加快培育生物医药产业，建成中国科学院临床研究医院，布局建设一批省级创新平台和公共服务平台。',
     'org:中国科学院临床研究医院'),
    # #003 综治中心 is a functional description (README); 天津 inside 法治天津 and 平安天津
    ('prov25name-tianjin', '加强公共安全系统治理，深化社会治安整体防控体系和能力建设，推进综治中心规范化建设，加强风险源头防控，做好维稳安保工作，推进信访工作法治化，强化网络、能源、食品药品等安全保障，建设更高水平法治天津、平安天津。',
     'place:天津 | place:天津#2'),
    # #004 the platform and the institute the group is to build (建设) are projects, named by their function (holdout17
    # prov17name #012): not labelled
    ('prov25name-tianjin', '全力支持中国资源循环集团建设全国设备更新交易服务平台、循环科技研究院，布局电池更新服务和循环利用产业；',
     'org:中国资源循环集团'),
    ('prov25name-tianjin', '天津发展每一个关键时刻、每一个重要节点，习近平总书记都亲自把脉定向，指引我们以更加昂扬的精神状态奋发进取、善作善成！',
     'place:天津 | person:习近平'),
    # #006 电力集团 is a specific body named without its place, as 交通集团 (README); “四横六纵” is no name; 全区 is a self-reference
    ('prov25name-inner_mongolia', '电力集团要实施好“强网”行动，全面建成“四横六纵”500千伏主干网架，加快新型电力系统建设，为全区绿色发展作更多贡献。',
     'org:电力集团'),
    # #007 区域中心城市 is a status
    ('prov25name-xinjiang', '高标准、高水平、高质量推进乌鲁木齐、伊宁、喀什、库尔勒等区域中心城市规划建设，加快建设布局紧凑、功能集成、集约高效的城市中心，打造具有新疆特色、现代气息、时代风貌的现代化城市。',
     'place:乌鲁木齐 | place:伊宁 | place:喀什 | place:库尔勒 | place:新疆'),
    # #008 省民营经济发展促进中心 (set up, 设立) is a level-qualified body, as 省科技成果转移转化中心 (holdout23); 省领导 is no body
    ('prov25name-fujian', '建立省领导听取企业意见调研联系点制度，设立省民营经济发展促进中心，累计投放200亿元民营中小微企业提质争效专项贷款，惠及近万家企业，民营企业更加坚守主业、做强实业，政府服务更加优质高效、贴心暖心。',
     'org:省民营经济发展促进中心'),
    # #009 总书记 alone is a title; 习近平 inside the thought's name (README); 中国 in 中国特色
    ('prov25name-fujian', '学思想，全面落实以学铸魂、以学增智、以学正风、以学促干长效机制，坚定不移循着总书记的足迹学思想、学理念、学方法，坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂。',
     'person:习近平 | place:中国'),
    # #010 the fitness centres are counted and generic
    ('prov25name-jilin', '建设24个群众滑冰场，26个户外健身中心。',
     ''),
    # #011 中心城区 is generic (README)
    ('prov25name-shanghai', '加快推进“两旧一村”改造，全面完成中心城区零星二级旧里以下房屋改造，完成31万平方米小梁薄板房屋等不成套旧住房改造，启动25个城中村改造项目。',
     ''),
    # #012 the laboratories and centres are categories (README *Where the sets disagree* 1)
    ('prov25name-sichuan', '服务保障国家实验室高质量运行，建好用好国家重大科技基础设施、全国重点实验室、国家技术创新中心、产业创新中心和制造业创新中心。',
     ''),
    # #013 “三北” is not labelled (holdout15, holdout22)
    ('prov25name-inner_mongolia', '生态安全屏障方面，按照习近平总书记动员令要求，持续打好“三北”工程攻坚战，治沙、造林、种草分别完成年度目标任务的113%、220%和148%；',
     'person:习近平'),

    # -- every law: Random(26264).sample(…, 20), in sampled order
    ('law25-criminal_procedure_law_2018', '（六）“近亲属”是指夫、妻、父、母、子、女、同胞兄弟姊妹。',
     ''),
    ('law25-criminal_law', '依法配置枪支的人员，非法出租、出借枪支，造成严重后果的，依照第一款的规定处罚。',
     ''),
    # #002 公安机关 is generic in a law (README)
    ('law25-cybersecurity_law_2016', '第六十七条 违反本法第四十六条规定，设立用于实施违法犯罪活动的网站、通讯群组，或者利用网络发布涉及实施违法犯罪活动的信息，尚不构成犯罪的，由公安机关处五日以下拘留，可以并处一万元以上十万元以下罚款；',
     ''),
    ('law25-archives_law_2020', '（四）档案收集、整理、保管、提供利用等情况；',
     ''),
    ('law25-public_security_administration_punishments_law_2012', '（九）接到要求制止违反治安管理行为的报警后，不及时出警的；',
     ''),
    ('law25-criminal_procedure_law_2018', '（六）其他不宜适用速裁程序审理的。',
     ''),
    # #006 民族自治地方 is generic
    ('law25-state_council_provisions_regional_ethnic_autonomy_2005', '第十一条 国家帮助民族自治地方拓宽间接和直接融资渠道，加大对民族自治地方的金融扶持力度。',
     ''),
    ('law25-counterterrorism_law_2018', '（二）制作、传播、非法持有宣扬恐怖主义、极端主义的物品的；',
     ''),
    ('law25-criminal_law', '伪造货币并出售或者运输伪造的货币的，依照本法第一百七十条的规定定罪从重处罚。',
     ''),
    ('law25-constitution_prc', '第五十五条 保卫祖国、抵抗侵略是中华人民共和国每一个公民的神圣职责。',
     'place:中华人民共和国'),
    ('law25-state_secrets_law_implementing_regulations_2024', '（十）其他违反保密法律法规的情形。',
     ''),
    # #011 市交通运输管理部门 is generic
    ('law25-beijing_counterterrorism_implementing_measures_2023', '省际客运班车应当在起讫地客运站点、中途停靠地客运站点（以下统称配客站点）上下旅客，具体办法由市交通运输管理部门制定。',
     ''),
    ('law25-counterterrorism_law_2018', '（二）未按照主管部门的要求，停止传输、删除含有恐怖主义、极端主义内容的信息，保存相关记录，关闭相关网站或者关停相关服务的；',
     ''),
    # #013 the courts, procuratorates and police are generic in a law (README)
    ('law25-criminal_procedure_law_2018', '第七条 人民法院、人民检察院和公安机关进行刑事诉讼，应当分工负责，互相配合，互相制约，以保证准确有效地执行法律。',
     ''),
    # #014 ○ in the year as written (README)
    ('law25-constitution_prc', '一八四○年以后，封建的中国逐渐变成半殖民地、半封建的国家。',
     'date:一八四○年 | place:中国'),
    ('law25-state_council_provisions_regional_ethnic_autonomy_2005', '第三十五条 本规定自2005年5月31日起施行。',
     'date:2005年5月31日'),
    ('law25-regulations_on_government_information_disclosure_2019', '(三)申请公开的政府信息的形式要求，包括获取信息的方式、途径。',
     ''),
    # #017 NEW h25: 人民武装警察 (the People's Armed Police, the force whose short name 武警 is an org, README) is one national
    # body named by its full name, an org also in a law, as 人民解放军; 人民警察 (the people's police, officers of every public
    # security organ) stays generic
    ('law25-martial_law_1996', '第八条 戒严任务由人民警察、人民武装警察执行；',
     'org:人民武装警察'),
    # #018 中国 in 中国各族人民
    ('law25-constitution_prc', '本宪法以法律的形式确认了中国各族人民奋斗的成果，规定了国家的根本制度和根本任务，是国家的根本法，具有最高的法律效力。',
     'place:中国'),
    ('law25-regulations_on_religious_affairs_2017', '有违法房屋、构筑物的，由规划、建设等部门依法处理；',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout25", ITEMS, DRAWS, sample, groups=("nat25", "prov25-", "prov25name-", "law25-"), id_letter="k")


if __name__ == "__main__":
    main()
