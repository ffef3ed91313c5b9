"""Build eval/ner/holdout13.jsonl: a thirteenth held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout12.py (those marked NEW h7 … NEW h12 included). The labeller did not
read anything of the extractor (dossier/) or the tests, did not run it, bench/ner_eval.py, the tests or
any segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts for them.
The set has never been scored. It is drawn like holdout11 (same sources, new seeds; 90 national, 100
provincial, 90 name-cue and 20 law sentences); every entity type the rules define is labelled.

    python eval/ner/build_holdout13.py            # write holdout13.jsonl from ITEMS, print counts
    python eval/ner/build_holdout13.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout13.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout11.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout12.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs.

1. nat13: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(14141).sample(…, 90). No cue word is required.
2. prov13-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(14142).sample(…, 100).
3. prov13name-*: the same provincial sentences that contain one of NAME_CUES (holdout11's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(14143).sample(…, 90).
4. law13-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(14144).sample(…, 20).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat13 #065 is in traditional characters and prov13 #041 carries a note marker ([17]); both are
readable report text and were kept.

The decisions this set adds (11, on 10 items) are marked NEW h13 on their items; the items' comments
say what they are.

Result: 300 sentences (90 nat13, 100 prov13, 90 prov13name, 20 law13), 251 entities: 140 place, 84 org,
23 person, 4 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat13 8 place, 12 org, 1 person, 1 date (12 sentences with an entity); prov13 50 place, 21 org, 3
person (33); prov13name 79 place, 50 org, 19 person, 1 date (54); law13 3 place, 1 org, 2 date (3).
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


# -- reading code, copied from build_holdout11.py (itself from build_holdout9.py, build_holdout7.py, build_holdout6.py
# and build_holdout2.py) so that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4,5,6,7,8,9,10,11,12}.py, and the texts of their ITEMS."""
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
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12)
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
            out += [("nat13", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov13-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(14141).sample(national_candidates(), 90)}
    drawn |= {s for _, s in random.Random(14142).sample(provincial_candidates(), 100)}
    return [(f"prov13name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law13-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 14141, 90), (provincial_candidates, 14142, 100), (provincial_name_candidates, 14143, 90),
         (law_candidates, 14144, 20)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout12.py (NEW h7 … NEW h12
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h13 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(14141).sample(…, 90), in sampled order
    # #000: 今年 and 去年 are relative years
    ('nat13', '今年赤字率拟按2.8%左右安排、比去年有所下调，有利于增强财政可持续性。',
     ''),
    ('nat13', '一是适当减少财政赤字和长期建设国债规模。',
     ''),
    ('nat13', '居民基本医保人均财政补助标准由240元提高到450元，大病保险制度基本建立、已有1700多万人次受益，异地就医住院费用实现直接结算，分级诊疗和医联体建设加快推进。',
     ''),
    ('nat13', '个人所得税起征点从2000元提高到3500元。',
     ''),
    ('nat13', '密切监控跨境资本流动，防范“热钱”流入。',
     ''),
    ('nat13', '继续清理开发区，整顿规范土地市场。',
     ''),
    ('nat13', '我们及时部署加强抗灾救灾和灾后重建工作。',
     ''),
    ('nat13', '放宽国内民间资本的市场准入领域，创造各类市场主体公平竞争的环境。',
     ''),
    ('nat13', '坚持实施积极的财政政策和稳健的货币政策，有力地促进了经济较快增长，培植和扩大了财源。',
     ''),
    ('nat13', '认真落实解决农民工问题的各项政策措施。',
     ''),
    ('nat13', '延长小微企业融资担保降费奖补政策，完善贷款风险分担补偿机制。',
     ''),
    ('nat13', '加强低收入人口动态监测和常态化救助帮扶，完善分层分类社会救助体系，保障困难群众基本生活。',
     ''),
    ('nat13', '要继续实施市场多元化战略，坚持科技兴贸，以质取胜，优化出口商品结构，促进加工贸易转型升级。',
     ''),
    ('nat13', '实践表明，中国的发展成就从来都是在攻坚克难中取得的。',
     'place:中国'),
    # #014: 党中央 is an abbreviated name of a specific body, labelled inside the longer term (README *org*); the campaigns
    # and 约法三章 are not labelled
    ('nat13', '深入开展党的群众路线教育实践活动、“三严三实”专题教育、“两学一做”学习教育，认真落实党中央八项规定精神，持之以恒纠正“四风”，严格执行国务院“约法三章”。',
     'org:党中央 | org:国务院'),
    ('nat13', '认真总结前几年的经验，切实改进进口工作，对于坚持实行对外开放具有十分重要的意义。',
     ''),
    ('nat13', '四要实行企业产权有条件的有偿转让，使闲置或利用率不高的资产得到充分利用。',
     ''),
    ('nat13', '地方各级党政机关，都应该根据当地的具体情况和实际经验，定出本地方农业增产的五年计划，并贯彻党和国家关于农村工作和农业增产的各项政策，提高农民群众的生产积极性，保证这个计划的实现。',
     ''),
    ('nat13', '只有全面贯彻执行，才能保证国有企业改革目标的实现。',
     ''),
    ('nat13', '公民在享受和行使人身、言论、通信、出版、集会、结社、宗教信仰等项自由权利的时候，只要不违反宪法和根据宪法制定的专门法律的规定，都应该受到政府的保护，不得限制。',
     ''),
    ('nat13', '（一）加强和改善宏观调控，遏制物价过快上涨，实现经济平稳较快发展。',
     ''),
    ('nat13', '贯彻落实科学发展观，必须大力实施科教兴国战略、人才强国战略和可持续发展战略，加快社会事业发展；',
     ''),
    # #022: 中央财政 is an attribute (README)
    ('nat13', '为此，中央财政增加支出28亿元。',
     ''),
    ('nat13', '健全城乡居民低保、医疗、教育、法律等救助制度，改革完善孤儿保障、流浪儿童救助保护、农村五保供养制度。',
     ''),
    ('nat13', '苏联是世界上第一个建成社会主义的国家，有着丰富的先进经验，我们从事社会主义建设，不向苏联学习，难道向美国学习建设资本主义的经验么？',
     'place:苏联 | place:苏联#2 | place:美国'),
    # #025: 国家计委 (the State Planning Commission) by its usual short name is an org; “一五” is a plan period
    ('nat13', '对于重点建设项目，国家计委、各个主管经济部门和有关的地方政府，都要象“一五”时期建设一百五十六项工程那样，认真做好建设前期的准备工作，严格按照基建程序办事，精心筹划，精心设计，精心施工。',
     'org:国家计委'),
    # #026: 前三年 is a relative span
    ('nat13', '从主要工业产品看，钢产量前三年共增加了一百五十万吨，而1956年就增加了一百六十一万吨。',
     'date:1956年'),
    # #027: 党的二十大 is an event (a congress); 本届政府 a self-reference
    ('nat13', '过去一年，是全面贯彻党的二十大精神的开局之年，是本届政府依法履职的第一年。',
     ''),
    ('nat13', '推动房地产市场止跌回稳，下调住房贷款利率和首付比例，居民存量房贷利息年支出减少约1500亿元，降低交易环节税费水平，扎实推进保交房工作。',
     ''),
    ('nat13', '今年要再解决3200万农村人口的安全饮水问题，增加500万农村沼气用户，支持建设一批大中型沼气项目。',
     ''),
    # #030: 总书记 is a title
    ('nat13', '一年来取得的成绩，是以习近平同志为总书记的党中央统揽全局、科学决策的结果，是全党全军全国各族人民共同努力、不懈奋斗的结果。',
     'person:习近平 | org:党中央'),
    ('nat13', '严格依法治税，做到应收尽收，堵塞“跑、冒、滴、漏”。',
     ''),
    ('nat13', '这些民族自治地方包括三十几个民族。',
     ''),
    ('nat13', '工业、交通等生产性建设项目由专业性的工程承包公司投标，从可行性研究、设计、设备配套、工程施工到竣工试车进行全过程的总承包；',
     ''),
    ('nat13', '转换国有企业经营机制，探索建立现代企业制度的有效途径。',
     ''),
    # #035: the longest name of the body, its place included (README *org*)
    ('nat13', '香港特别行政区临时立法会也已通过选举成立。',
     'org:香港特别行政区临时立法会'),
    ('nat13', '要切实保护农业耕地和森林、草原，大力加强农田基本建设，积极推广科学技术成果，不断提高农业生产的科技水平。',
     ''),
    ('nat13', '完善企业简易退出制度，逐步推广经营主体活动发生地统计。',
     ''),
    # #038: 毛主席 is a title with a surname only (README)
    ('nat13', '国际形势的发展，进一步证明了毛主席关于三个世界的理论是完全正确的。',
     ''),
    ('nat13', '严肃财经纪律，加强财会监督，严禁搞面子工程、形象工程，坚决制止铺张浪费。',
     ''),
    ('nat13', '改善农村义务教育薄弱学校办学条件，提高乡村教师待遇，营养改善计划惠及3600多万农村学生。',
     ''),
    ('nat13', '要发动广大群众自己做思想疏导和调解工作，使人民内部的各种纠纷及时得到解决，不致激化。',
     ''),
    ('nat13', '今年经济增长预期目标定为7.5%左右，主要基于两方面考虑：一方面，要继续抓住机遇、促进发展。',
     ''),
    ('nat13', '今年就业压力仍然很大，各级政府务必坚持就业优先战略，继续实施更加积极的就业政策。',
     ''),
    ('nat13', '完善农村医疗、教育、文化等公共服务。',
     ''),
    ('nat13', '今年要因势利导，继续扩大对外开放，加强经济、科技、教育、文化等各个领域的国际交流与合作，努力提高开放的成效。',
     ''),
    ('nat13', '世界各处的“热点”没有降温，有的冲突还有扩大的趋势。',
     ''),
    ('nat13', '实施鼓励进口政策，增加国内短缺产品进口。',
     ''),
    ('nat13', '要鼓励和支持地方、部门、企业之间实行生产要素的联合，相互投资和相互参股，促进企业组织结构的合理化。',
     ''),
    ('nat13', '加强知识产权保护，制定促进科技成果转化应用的政策举措。',
     ''),
    ('nat13', '大力开发优势资源，发展特色产业，提高加工增值能力。',
     ''),
    # #051: 我国 is a self-reference
    ('nat13', '这种利用外资的方式，对于我国发展生产是很有利的。',
     ''),
    ('nat13', '有人认为，在我国社会主义革命取得基本胜利以后，专政这方面的任务就已经没有了。',
     ''),
    # #053: 县和乡政府 are generic
    ('nat13', '县和乡政府的机构改革，拟再晚一些进行。',
     ''),
    # #054: 武装警察力量 is a description of the force, not the short name 武警
    ('nat13', '建设现代化武装警察力量，增强执勤、处置突发事件和反恐维稳能力。',
     ''),
    ('nat13', '因此，所有在这些方面服务的人员的劳动，包括文化卫生事业中一部分自由职业者的劳动，也都是五年计划中必不可少的劳动。',
     ''),
    ('nat13', '中国决不谋求霸权，也决不屈服于任何霸权主义的压力。',
     'place:中国'),
    ('nat13', '我们要用百倍的努力，把这项关系民生之本的大事做好。',
     ''),
    ('nat13', '五年内，我国工业特别是重工业的迅速发展，将使我国的经济面貌开始发生变化，为我国的社会主义工业化建立初步的基础。',
     ''),
    ('nat13', '改革开放有新的突破，全面深化改革系列重点任务启动实施，本届政府减少1/3行政审批事项的目标提前实现。',
     ''),
    ('nat13', '加强县域商业体系建设，发展农村电商和快递物流配送。',
     ''),
    ('nat13', '引导企业以品牌、标准、服务和效益为重点，健全质量管理体系，强化社会责任。',
     ''),
    # #062: 中国 in 中国人民 is labelled (dev); the first 中国 is inside the party's name
    ('nat13', '在全国解放以后，中国共产党和中国人民才把改变中国经济和文化落后的艰巨任务担当起来，在短短三年时间内使国民经济得到恢复并有一些发展，接着又将在五年时间内使工业生产提高一倍。',
     'org:中国共产党 | place:中国#2 | place:中国#3'),
    ('nat13', '（一）用改革的办法深入推进“三去一降一补”。',
     ''),
    ('nat13', '我们必须高度重视，采取有力措施加以解决。',
     ''),
    # #065: in traditional characters; readable report text, kept
    ('nat13', '爲了完成這些任務，我們還需要進行一系列的鬥爭。',
     ''),
    ('nat13', '建设国家粮食安全产业带和农业现代化示范区。',
     ''),
    ('nat13', '四是加强农田水利等农业基础设施建设，重视重大自然灾害的预测、预报和预防，增强农业抗御自然灾害的能力。',
     ''),
    ('nat13', '我国农村正在从自给半自给经济向商品经济转化，对目前农业生产中出现的新情况和新问题，应当在发展商品经济的过程中，按照价值规律加以引导和解决。',
     ''),
    ('nat13', '巩固和发展平等团结互助和谐的社会主义民族关系，民族团结进步呈现新气象。',
     ''),
    ('nat13', '注重调查研究，努力使政策和工作符合实际、贴近群众。',
     ''),
    # #071: 毛主席 is a title with a surname; “四人帮” is a nickname for a group (README)
    ('nat13', '斗争的中心问题，是坚持毛主席的无产阶级革命路线还是实行“四人帮”的反革命的修正主义路线，是坚持无产阶级专政还是实行资产阶级的法西斯专政，是把我们的国家建设成为繁荣昌盛的社会主义现代化强国还是重新沦为半殖民地半封建的国家。',
     ''),
    # #072: 各级政府, 民主党派, 无党派人士 and 各人民团体 are generic (README); 政协 in 政协委员 is the second occurrence (the first is inside
    # 人民政协)
    ('nat13', '各级政府要自觉接受同级人大及其常委会的监督，接受人民政协的民主监督，认真听取人大代表、政协委员、民主党派、工商联、无党派人士和各人民团体的意见。',
     'org:人大 | org:人民政协 | org:人大#2 | org:政协#2 | org:工商联'),
    ('nat13', '社会治安综合治理工作进一步开展。',
     ''),
    ('nat13', '我们必须正确分析和把握形势，既看到有利条件，又重视不利因素，力求保持积极而又稳妥的发展速度。',
     ''),
    ('nat13', '凡是有经营性亏损的企业必须限期做到扭亏为盈，否则坚决实行关停并转。',
     ''),
    ('nat13', '推动重大风险防范化解取得明显进展。',
     ''),
    ('nat13', '领导干部要率先垂范，严格执行廉洁自律的有关规定，自觉接受监督检查。',
     ''),
    ('nat13', '过去的一年，外交工作取得显着成就。',
     ''),
    ('nat13', '农村实行政社分开，建立乡政权，许多村民自治组织逐步发挥群众自我教育、自我管理的作用。',
     ''),
    # #080: 中国 in 中国特色 is labelled (README)
    ('nat13', '要坚持中国特色解决民族问题的正确道路，坚持和完善民族区域自治制度，严格执行党的民族政策，深入开展民族团结进步创建活动，推动建立各民族相互嵌入式的社会结构和社区环境，促进各民族交往交流交融。',
     'place:中国'),
    ('nat13', '机制糖：从二十四万九千吨增加到六十八万六千吨，增长一点八倍。',
     ''),
    ('nat13', '我代表国务院，向全国各族人民对政府工作的信任和支持，表示衷心的感谢！',
     'org:国务院'),
    ('nat13', '这对于推动经济增长方式转变、加强节能环保工作具有十分重要的意义。',
     ''),
    ('nat13', '当前，指导改革的行动方针应该是：坚定不移，慎重初战，务求必胜。',
     ''),
    # #085: 我国 is a self-reference
    ('nat13', '我国经济尚处在突发疫情等严重冲击后的恢复发展过程中，国内外形势又出现很多新变化，保持经济平稳运行难度加大。',
     ''),
    ('nat13', '只要我们能够再连续若干年保持百分之八至百分之九的增长率，就是了不起的成绩。',
     ''),
    ('nat13', '谋求缓和、合作、发展与进步是世界各国人民的普遍愿望。',
     ''),
    ('nat13', '逐步解决农民工工资偏低的问题。',
     ''),
    ('nat13', '加大收入分配调节力度，提高中低收入居民的消费能力；',
     ''),
    # -- provincial 2025 reports (all 31): Random(14142).sample(…, 100), in sampled order
    ('prov13-fujian', '突出产城人融合，因地制宜、分类施策，深入实施以人为本的新型城镇化战略。',
     ''),
    ('prov13-guangxi', '新增职业技术大学、高等职业学校各2所。',
     ''),
    # #002: 省属企业 is generic
    ('prov13-qinghai', '国资国企改革持续深化，产业布局不断优化，中国盐湖集团组建基本完成，青海清洁能源发展集团挂牌运营，省属企业资产总额和营业收入稳步增长。',
     'org:中国盐湖集团 | org:青海清洁能源发展集团'),
    ('prov13-guangxi', '一定要深刻把握五个“必须统筹好”，切实贯穿到经济工作各方面、全过程；',
     ''),
    ('prov13-chongqing', 'A级以上物流企业突破100家。',
     ''),
    # #005: national parks are places (README, 东北虎豹国家公园), the one still being created too
    ('prov13-qinghai', '三江源国家公园进入高质量建设新阶段，祁连山国家公园设园准备工作全面完成，青海湖国家公园创建高水平推进，国家公园占自然保护地总面积的75%，以国家公园为主体的自然保护地体系基本成型，国家公园建设继续走在全国前列。',
     'place:三江源国家公园 | place:祁连山国家公园 | place:青海湖国家公园'),
    # #006: 南宁国际通信业务出入口局 is an infrastructure facility (README: only 南宁); the express hub is a facility
    ('prov13-guangxi', '南宁国际通信业务出入口局、面向东盟的区域性国际邮政快递枢纽启动建设。',
     'place:南宁 | org:东盟'),
    # #007: 京津 and 京津冀 alone are strings of one-character abbreviations (README)
    ('prov13-tianjin', '（一）坚持区域一体化、京津同城化，持续推动京津冀协同发展走深走实',
     ''),
    ('prov13-shanghai', '着力强化政策公开，持续提升政务公开质量和水平。',
     ''),
    ('prov13-anhui', '加快构建现代物流产业体系，培育省级供应链服务平台23家，新增5A级物流企业3家、四星级冷链物流企业10家。',
     ''),
    ('prov13-tianjin', '发挥天津智能农业研究院等带动作用，务实抓好优质农产品培育推广。',
     'org:天津智能农业研究院'),
    ('prov13-anhui', '积极稳妥推进二轮土地承包到期延包整省试点，完成农村宅基地制度改革试点。',
     ''),
    ('prov13-henan', '健全乡村治理体系，实施文明乡风建设工程，积极开展移风易俗。',
     ''),
    ('prov13-chongqing', '（四）抓投资扩消费稳增长，经济发展质效逐步提升。',
     ''),
    ('prov13-henan', '办好十项重点民生实事，着力解决群众的急难愁盼问题。',
     ''),
    # #015: the forums are events; 东湖 (Wuhan's East Lake) inside the first is labelled; 中非 is a pair of abbreviations
    ('prov13-hubei', '率先出台科技创新容错免责清单，全面推进职务科技成果赋权改革，东湖论坛、中非创新合作与发展论坛影响力持续扩大。',
     'place:东湖'),
    ('prov13-ningxia', '户籍制度实行“四个放开”，新增1.8万农业转移人口在城镇安家落户。',
     ''),
    # #017: the expositions and the competition are events, the places inside are labelled; 中阿 is a pair of
    # abbreviations
    ('prov13-ningxia', '务实创新办好第七届中阿博览会、第五届国际葡萄酒博览会、第32届布鲁塞尔国际葡萄酒大奖赛、第23届中国绿色食品博览会等重大活动。',
     'place:布鲁塞尔 | place:中国'),
    ('prov13-shandong', '支持文化社区、科普社区建设，抓好移风易俗。',
     ''),
    ('prov13-jilin', '实施提振消费专项行动，更大力度释放消费潜力。',
     ''),
    # #020: the general-aviation airport projects are named by their places, each a contiguous hierarchy (city and
    # county or town), one span
    ('prov13-shandong', '通用机场，开工德州庆云、泰安仪阳项目，投用临沂费县、临沭蛟龙项目。',
     'place:德州庆云 | place:泰安仪阳 | place:临沂费县 | place:临沭蛟龙'),
    ('prov13-hunan', '推动工程机械构建再制造体系并向农业机械、应急装备、中小型矿业工程装备等领域拓展，轨道交通装备向新能源、新材料等领域延伸，建筑业从城市建设向城市运营转变，提升汽车产业关键零部件供给和配套水平。',
     ''),
    # #022: places joined by a hyphen are separate; 中欧班列 is a service
    ('prov13-shandong', '推动烟台-大连“双城联动”，建设海铁联运中欧班列。',
     'place:烟台 | place:大连'),
    ('prov13-hunan', '地方一般公共预算收入增长2.6%、高于全国0.9个百分点，社会消费品零售总额增长5.4%、高于全国1.9个百分点，规模工业增加值增长7.3%、高于全国1.5个百分点，扛牢了经济大省责任担当。',
     ''),
    ('prov13-hubei', '全力打好汽车、钢铁、化工三大产业转型攻坚战，武汉、十堰获批全国智能网联汽车“车路云一体化”应用试点，新能源汽车产量突破50万辆、增长29.3％，优特钢占比超过50％，精细化工占比达到40％。',
     'place:武汉 | place:十堰'),
    ('prov13-tianjin', '健全重大突发公共事件处置保障体系，推进“平急两用”公共基础设施等建设。',
     ''),
    ('prov13-hebei', '全省技术合同成交额1900亿元，高新技术产业增加值增长11.2%。',
     ''),
    ('prov13-guangdong', '发展科技金融、绿色金融、普惠金融、养老金融、数字金融，丰富消费金融产品，优化跨境金融服务，增强保险保障功能，提高金融服务实体经济质效。',
     ''),
    # #028: 新万福河 (a navigable river, the Xinwanfu) is a waterway, a place; 复航二期 is the project
    ('prov13-shandong', '内河航道，提速新万福河复航二期等6个在建项目。',
     'place:新万福河'),
    ('prov13-ningxia', '规上工业增加值增长6.5%左右，固定资产投资增长6%以上，社会消费品零售总额增长5%左右，地方一般公共预算收入增长3%左右，全体居民人均可支配收入增长6%左右，城镇调查失业率控制在5.5%左右，居民消费价格涨幅控制在2%左右。',
     ''),
    # #030: four companies by their short names (README *org*: 比亚迪, 国能)
    ('prov13-inner_mongolia', '生产绿电超2000亿度，发行全国首张绿电国际碳足迹证书，在全国率先开展跨省特高压绿电交易，绿电交易规模居全国第1位，远景、明阳、隆基、龙马等一批企业总部注册落地；',
     'org:远景 | org:明阳 | org:隆基 | org:龙马'),
    ('prov13-hebei', '瞄准高端化、智能化、绿色化，支持传统优势产业设备更新、工艺升级，提升现代化钢铁、绿色化工等产业水平，培育更多隐形冠军、单项冠军，新增省级专精特新企业600家。',
     ''),
    # #032: NEW h13: a 国家文化公园 (national cultural park) is a state programme of themed corridors, not a named park like
    # 东北虎豹国家公园: not labelled, the place inside (大运河, the Grand Canal) is; the museum is an org, 吴越 inside it not
    # labelled again; 国家一级博物馆 is a category (README)
    ('prov13-zhejiang', '加强文化遗产保护利用，实施大运河国家文化公园提质行动，吴越文化博物馆建成开馆，8家博物馆晋级国家一级博物馆。',
     'place:大运河 | org:吴越文化博物馆'),
    # #033: NEW h13: an opera house is a hall that hosts others' performances, a place (*Where the sets disagree* 4:
    # halls that host others' events); the museum and the literature museum (文学馆) run their own programme, orgs
    ('prov13-shanghai', '加快建设上海大歌剧院、上海工业博物馆，建成上海文学馆，健全优质文化资源直达基层机制。',
     'place:上海大歌剧院 | org:上海工业博物馆 | org:上海文学馆'),
    ('prov13-chongqing', '提升“邮运通”服务质效，推进“快递进村”。',
     ''),
    # #035: both are categories (README)
    ('prov13-qinghai', '建成2所国家区域医疗中心，投运3所省级区域医疗中心。',
     ''),
    # #036: 国家历史文化名城 is a title; 三坊七巷 (Fuzhou's historic quarter) is a named historic site, a place; NEW h13: 万里茶道 (the
    # Tea Road, a historic trade route) is a route, like railway lines and roads, not a place; NEW h13: 嘉庚 (陈嘉庚, Tan Kah
    # Kee, by the name he is usually called by) inside the heritage title is a person, as 毛泽东 in 毛泽东思想; 关圣 (Lord Guan
    # the Sage) is an honorific title, as 周总理, not labelled; 船政 (the old Fuzhou Navy Yard) inside the heritage title is
    # not labelled
    ('prov13-fujian', '支持厦门、泰宁、建瓯申报国家历史文化名城，推动万里茶道、三坊七巷、船政文化史迹、嘉庚教育遗产、关圣文化史迹等申报世界文化遗产。',
     'place:厦门 | place:泰宁 | place:建瓯 | place:三坊七巷 | person:嘉庚'),
    # #037: 数字重庆 is a programme, 重庆 inside is labelled (README); 市属重点国企 is generic
    ('prov13-chongqing', '数字重庆基本能力建设加力突破，“三攻坚一盘活”改革任务顺利完成，市属重点国企增加值增长6.3%，民营经济增加值增长6.2%。',
     'place:重庆'),
    # #038: 企安安系统 is a system
    ('prov13-beijing', '全面深化安全生产治本攻坚，健全安全风险评估和隐患闭环整改机制，完善企安安系统功能，提升问题排查整治质效，推动重大事故隐患动态清零。',
     ''),
    ('prov13-gansu', '全省21万名干部包抓联企业46万户，点对点联系，心贴心服务，协调解决问题3.9万个。',
     ''),
    ('prov13-liaoning', '围绕企业和个人全生命周期服务，上线“高效办成一件事”21项，推进“办事不找关系、用权不图好处”成为常态。',
     ''),
    # #041: 自贸港 is a programme zone; [17] is a note marker
    ('prov13-hainan', '必须发挥改革开放综合试验平台作用，落实好进一步全面深化改革各项任务，统筹安排好开放进度和节奏，着眼全方位实施自贸港政策制度体系，聚焦“零关税、低税率、简税制，五自由便利一安全有序流动［17］”，对标国际高水平经贸规则，大力推进制度型开放。',
     ''),
    ('prov13-ningxia', '坚持过紧日子，把有限的财力用在保民生、促发展上；',
     ''),
    ('prov13-hainan', '进一步推动社会救助扩围增效，实现最低生活保障标准城乡统一、稳步提高。',
     ''),
    ('prov13-guangdong', '五是深入推进“五外联动”，高水平对外开放迈出坚实步伐。',
     ''),
    ('prov13-anhui', '惠企政策“免申即享”“即申即享”兑付资金77.7亿元、惠及企业2.6万家。',
     ''),
    ('prov13-jiangsu', '加快把文化旅游业培育成为支柱产业。',
     ''),
    ('prov13-guizhou', '“十件民生实事”全面完成，扎实抓好15件群众身边具体实事集中整治。',
     ''),
    # #048: 长三角 is a place (holdout7); the “超级环线” is a railway service
    ('prov13-anhui', '居民服务“一卡通办”事项扩大到78项，政务服务“跨省通办”事项扩大到176项，长三角“超级环线”高铁开通运行。',
     'place:长三角'),
    # #049: 甘肃能源 (Gansu Energy, a listed company) is an org; the place inside is not labelled again
    ('prov13-gansu', '甘肃能源借助资本市场实现了收入和利润倍增。',
     'org:甘肃能源'),
    # #050: 中国 in 中国特色 is labelled
    ('prov13-shaanxi', '这些成绩的取得，根本在于习近平总书记领航掌舵和亲切关怀，根本在于习近平新时代中国特色社会主义思想科学指引。',
     'person:习近平 | person:习近平#2 | place:中国'),
    ('prov13-beijing', '积极应对学龄人口达峰，采取针对性措施优化教育供给，新增中小学学位近3.9万个，高等教育招生录取率保持稳定；',
     ''),
    # #052: 天府 is a traditional name (README), labelled inside the brand
    ('prov13-sichuan', '持续打造“地名天府”文化品牌。',
     'place:天府'),
    ('prov13-qinghai', '科技创新引领产业创新能力亟待提升，新旧动能转换存在阵痛；',
     ''),
    # #054: 一带一路 is an initiative; NEW h13: “全球南方” (the Global South) is a descriptive grouping of countries, as “三州”,
    # not a place or a world region
    ('prov13-hubei', '着力推进内外贸一体化，拓展“一带一路”“全球南方”等新兴市场，加强海外仓布局，大力发展服务贸易、数字贸易，进出口总额增长7％以上。',
     ''),
    # #055: 省招商局 is level-qualified (README); 投洽会 is an event
    ('prov13-fujian', '加大引资力度，组建省招商局，成功举办第二十四届投洽会，新设外商投资企业增长9.7%，新引进落地总投资10亿元以上项目102个。',
     'org:省招商局'),
    ('prov13-guangdong', '完善国有企业分类考核评价体系，强化覆盖全级次子企业的穿透式监管。',
     ''),
    ('prov13-beijing', '切实抓好“十四五”规划目标任务收官，集合各方智慧高质量编制“十五五”规划。',
     ''),
    ('prov13-hunan', '积极争取国家增量化债政策，做好隐性债务置换工作，建立健全全口径地方债务监测监管体系。',
     ''),
    ('prov13-shanxi', '四是开展扶残助学圆梦，抢救性康复救助残疾儿童8000人，辅助器具适配补贴4万人。',
     ''),
    ('prov13-jilin', '新增风光装机超过600万千瓦，是正常消纳能力的10倍，新能源产业投资突破1100亿元。',
     ''),
    ('prov13-jilin', '发展智慧商超、智慧餐厅等新业态。',
     ''),
    ('prov13-jiangxi', '新增13家国家级农业产业化重点龙头企业、总数达81家，新增1207款农产品入驻高端商超餐厅、增长6.7倍，累计培育全国名特优新农产品360个、居全国第6，油茶产业产值突破600亿元、居全国第2；',
     ''),
    ('prov13-shanghai', '国内需求不足，特别是消费不振。',
     ''),
    ('prov13-shaanxi', '（四）强化统筹，城乡区域协同发展。',
     ''),
    ('prov13-shanghai', '深化税收征管改革，进一步提升服务效能。',
     ''),
    ('prov13-hainan', '持续推进移风易俗，开展县域“信用+”乡村治理试点。',
     ''),
    # #067: 人大 in 人大代表 and 政协 in 政协委员 are labelled (README)
    ('prov13-heilongjiang', '依法接受人大及其常委会法律监督、工作监督，自觉接受政协民主监督，认真办理人大代表建议和政协委员提案。',
     'org:人大 | org:政协 | org:人大#2 | org:政协#2'),
    ('prov13-jiangsu', '完善多层次多支柱养老保险体系、多层次医疗保障体系、分层分类社会救助体系，稳妥有序实施渐进式延迟法定退休年龄改革，落实好提高退休人员基本养老金、城乡居民基础养老金、城乡居民医保财政补助标准等政策。',
     ''),
    ('prov13-henan', '培育积极健康、向上向善的网络文化。',
     ''),
    ('prov13-sichuan', '46.“两专科一中心”：每个县级中医医院建成两个中医特色优势专科和一个县域中医药适宜技术推广中心。',
     ''),
    ('prov13-shanxi', '实施降低全社会物流成本专项行动，建设物流枢纽和仓储基地，发展特色枢纽经济。',
     ''),
    # #072: 中央八项规定: 中央 is an attribute (README)
    ('prov13-jilin', '落实中央八项规定及其实施细则精神，带头过“紧日子”，政府系统党风廉政建设取得新成效。',
     ''),
    ('prov13-anhui', '高质量完成国有企业改革深化提升行动。',
     ''),
    ('prov13-guangdong', '提升广州、深圳两大中心城市发展能级。',
     'place:广州 | place:深圳'),
    # #075: “一带一路” is an initiative
    ('prov13-anhui', '力争开通合肥至欧洲、非洲航线及5条左右“一带一路”沿线国家航线，加密至国内重要枢纽机场航线。',
     'place:合肥 | place:欧洲 | place:非洲'),
    ('prov13-heilongjiang', '加大各类高端人才、紧缺人才培养引进力度，优化人才创新创业支持。',
     ''),
    ('prov13-hubei', '（三）聚力壮产业，发展支撑更加有力。',
     ''),
    # #078: 甘肃 in 如意甘肃 and 陇原 in 大美陇原 are labelled (README: 陇原)
    ('prov13-gansu', '如意甘肃物华天宝，我们有信心和底气，把老祖宗留下的文化遗产保护好，把“老天爷”赋予的自然遗产利用好，把老前辈开创的红色文化传承好，以文塑旅、以旅彰文，让大美陇原成为人人向往的“诗和远方”。',
     'place:甘肃 | place:陇原'),
    ('prov13-heilongjiang', '抢抓国家实施更加积极的财政政策和适度宽松的货币政策机遇，主动加强对接，强化项目储备，突出协同联动，打好政策“组合拳”，为稳投资、扩内需、促发展提供有力保障，把更多资金用于惠民生、促消费、增后劲等关键领域，最大限度释放政策效能。',
     ''),
    # #080: 南岛语族 (the Austronesian peoples) is a people, not labelled; 城村汉城遗址 (the Han city ruins at Chengcun) is a
    # historic site, a place (as 麦积山石窟, README); 昙石山 (the Tanshishan site) is a place; 国家考古遗址公园 is a designation
    ('prov13-fujian', '推进南岛语族起源与扩散、城村汉城遗址等考古研究，支持昙石山申报国家考古遗址公园。',
     'place:城村汉城遗址 | place:昙石山'),
    # #081: the service platforms are not labelled
    ('prov13-gansu', '兰州、天水跨境电商公共服务平台新入驻企业445家。',
     'place:兰州 | place:天水'),
    # #082: 我省 is a self-reference
    ('prov13-guangdong', '外部环境变化带来的不利影响加深，我省经济外向度高，受到的冲击尤为直接。',
     ''),
    # #083: NEW h13: a bridge is a road facility, as a tunnel (holdout9): 国贸桥 is not a place, the area it is named after
    # (国贸, Beijing's trade-centre district) is labelled, as 金凤 in 金凤隧道
    ('prov13-beijing', '拆除护栏247公里，整治提升国贸桥等49座桥系桥下空间。',
     'place:国贸'),
    ('prov13-shanghai', '（四）精心打造宜居、韧性、智慧城市，城市治理现代化水平进一步提高',
     ''),
    ('prov13-fujian', '完善兜底帮扶体系，动态调整最低生活标准，提高残疾人两项补贴、孤儿基本生活最低养育标准，改造提升350个希望小屋。',
     ''),
    ('prov13-jiangxi', '（五）扎实推进乡村全面振兴，加快建设宜居宜业和美乡村。',
     ''),
    ('prov13-inner_mongolia', '要真心实意解难题，深入基层一线把情况摸实、把问题摸准，拿出实招硬招解决好群众的烦心事、企业的期盼事、基层的困难事。',
     ''),
    ('prov13-guangdong', '深入推进全面从严治党，建设法治政府、创新政府、廉洁政府和服务型政府，持续提升治理体系和治理能力现代化水平。',
     ''),
    # #089: 中部地区 is a compass region (README)
    ('prov13-anhui', '强化多重国家发展战略协同实施，安徽联接长三角和中部地区枢纽功能进一步增强。',
     'place:安徽 | place:长三角'),
    # #090: 青南地区 (southern Qinghai) is a direction joined to the abbreviation 青 with its area word, as 滇西 (holdout7) and
    # 粤东地区 (README)
    ('prov13-qinghai', '支持青南地区增强优质生态产品供给能力和绿色发展水平，创新飞地经济、托管运营等产业合作模式，不断提升发展整体效能。',
     'place:青南地区'),
    # #091: 赣鄱 is a place (holdout11), labelled inside the project; 长征 (the Long March) is an event; 国家文化公园 is a
    # programme (see #032)
    ('prov13-jiangxi', '实施赣鄱文明考古探源工程，推进长征、长江国家文化公园建设项目转化利用。',
     'place:赣鄱 | place:长江'),
    ('prov13-heilongjiang', '推动现代农业一二三产融合发展，做好“土特产”文章，加力打造乡村富民产业。',
     ''),
    ('prov13-shandong', '加快培育批发零售龙头企业，实施降低全社会物流成本行动，发展内河航运、多式联运，引导大型工矿企业和物流园区“公转铁”“公转水”。',
     ''),
    ('prov13-anhui', '（二）推动科技创新和产业创新深度融合，新质生产力加快成长。',
     ''),
    ('prov13-jiangsu', '加快构建地方债务管理新机制，做好隐性债务置换工作。',
     ''),
    # #096: 京津冀 alone is not labelled; 中国星网 (China SatNet) is a company; 央属 is generic; 教育集团 is a functional description
    # (README), the school campus inside it is an org (as 海南师范大学桂林洋校区); the Zhongguancun park in Xiong'an is a named
    # development area taken whole with its place; 京津冀国家技术创新中心 is one institution named by its place (*Where the sets
    # disagree* 1), its Xiong'an centre taken whole with its parent
    ('prov13-beijing', '不断拓展京津冀协同广度深度，服务保障中国星网等央属标志性项目迁入雄安新区，北京四中雄安校区教育集团揭牌成立，雄安宣武医院门诊量达19万人次，雄安新区中关村科技园累计入驻企业130家，京津冀国家技术创新中心雄安中心启动运行；',
     'org:中国星网 | place:雄安新区 | org:北京四中雄安校区 | org:雄安宣武医院 | place:雄安新区中关村科技园 | org:京津冀国家技术创新中心雄安中心'),
    ('prov13-xinjiang', '实现城镇新增就业46万人以上，城镇调查失业率控制在5.5%以内；',
     ''),
    # #098: the film festival is an event, 北京 inside it is labelled
    ('prov13-beijing', '加强国际传播效能建设，讲好中国故事、北京故事，提升北京国际电影节、国际音乐节等品牌活动影响力。',
     'place:中国 | place:北京 | place:北京#2'),
    # #099: 首都 is a common noun (README)
    ('prov13-tianjin', '扎实推进矛盾纠纷预防化解和信访工作法治化，完善新型警务运行模式，严防极端事件发生，加强食品药品监管，连续五年食品安全考核获评A级，连续四次药品安全考核获评A级，法治天津、平安天津水平全面提升，不断筑牢首都政治、安全“护城河”。',
     'place:天津 | place:天津#2'),
    # -- provincial sentences with a name cue, not drawn above: Random(14143).sample(…, 90), in sampled order
    ('prov13name-jilin', '坚持以人民为中心的发展思想，贴近群众、感知民生，优化工作流程和服务机制，立说立行、紧抓快办，尽最大努力解决好老百姓关心的急难愁盼问题。',
     ''),
    # #001: one institution named by its own field (*Where the sets disagree* 1), not a class
    ('prov13name-shanghai', '合成生物学创新中心等新型研发机构成立运行，高效低碳燃气轮机试验装置基本建成。',
     'org:合成生物学创新中心'),
    # #002: 怀柔国家实验室 is one named lab; 大青山、鄂尔多斯实验室: the first lab's name is elided and labelled as written (holdout9
    # #038: 长白山): 大青山 is a mountain, a place; 国家乳业技术创新中心 is one institution named by its field (as 国家生猪技术创新中心)
    ('prov13name-inner_mongolia', '与怀柔国家实验室达成战略合作，大青山、鄂尔多斯实验室挂牌运行，国家乳业技术创新中心等科研机构和高校、企业承接13个国家重点研发项目；',
     'org:怀柔国家实验室 | place:大青山 | org:鄂尔多斯实验室 | org:国家乳业技术创新中心'),
    # #003: 央企 is generic (README)
    ('prov13name-hebei', '引进央企二、三级子公司332家。',
     ''),
    # #004: 空客直升机中国总部 (Airbus Helicopters' China headquarters) is an org taken whole with its parent; NEW h13: 澳门新街坊 (a
    # housing project for Macao residents in Hengqin) is a project, not labelled: only 澳门 inside it; in “澳门+横琴” the two
    # are separate places; 横琴 is the second occurrence (the first is inside the company)
    ('prov13name-guangdong', '组建横琴粤澳开发投资公司，空客直升机中国总部成功落户，多功能自由贸易账户落地，澳门新街坊为更多澳门居民开启双城生活新体验，“澳门+横琴”正在成为丰富“一国两制”实践的新示范、推动粤港澳大湾区建设的新高地、实现国家高水平对外开放的新平台。',
     'org:横琴粤澳开发投资公司 | org:空客直升机中国总部 | place:澳门 | place:澳门#2 | place:澳门#3 | place:横琴#2 | place:粤港澳大湾区'),
    # #005: NEW h13: a 综合保税区 (comprehensive bonded zone) is a programme zone, as 保税区 (holdout) and 自贸试验区: only the place
    # inside, here the Tianfu international airport of Chengdu (天府国际空港, an airport by its usual name) with its city, one
    # span; the bonded logistics centre is a facility: only 内江
    ('prov13name-sichuan', '获批设立成都天府国际空港综合保税区，新增内江保税物流中心（B型）。',
     'place:成都天府国际空港 | place:内江'),
    ('prov13name-hebei', '习近平总书记的亲切关怀、谆谆教导，时刻引领着河北发展，时刻鼓舞着河北人民。',
     'person:习近平 | place:河北 | place:河北#2'),
    # #007: 世界主要科学中心 is a status
    ('prov13name-beijing', '立足服务国家高水平科技自立自强，一体推进教育发展、科技创新、人才培养，着力建设世界主要科学中心和创新高地。',
     ''),
    # #008: the conference is an event; 贵州 in 美丽贵州 is labelled
    ('prov13name-guizhou', '召开美丽贵州建设推进大会，努力在推进人与自然和谐共生的现代化中走前列、作示范，全省中心城市环境空气质量平均优良天数比率99.1%，主要河流出境断面水质优良率保持100%。',
     'place:贵州'),
    ('prov13name-guizhou', '强化社会治安防控体系建设，扎实开展“化解矛盾风险维护社会稳定”专项治理，深入推进“平安医院”“平安校园”创建。',
     ''),
    # #010: two universities being set up, named
    ('prov13name-xinjiang', '加快设置新疆工业职业技术大学、新疆铁道与能源职业技术大学2所职业本科院校。',
     'org:新疆工业职业技术大学 | org:新疆铁道与能源职业技术大学'),
    # #011: the campaign's name is not labelled, the places inside are; 陕粤港澳 is a string of one-character abbreviations;
    # 采埃孚 (ZF) and 依必安派特 (ebm-papst) are the companies inside the projects' names (the projects are not labelled); 中亚 is
    # a world region (README), 五国 a count
    ('prov13name-shaanxi', '开展“投资中国·选择陕西”招商活动230余场，陕粤港澳活动周成效明显，采埃孚汽车零部件、依必安派特研发中心等外资项目签约落地，新设外资企业520家、增长27.5%，全省进出口总值增长12.3%，其中对中亚五国增长48.1%。',
     'place:中国 | place:陕西 | org:采埃孚 | org:依必安派特 | place:中亚'),
    ('prov13name-inner_mongolia', '义务教育关键是优质均衡发展，解决不平衡问题，通过强校带弱校、城乡对口支援、集团化办学等机制，逐步缩小城乡、区域、校际、群体教育差距。',
     ''),
    # #013: “全球南方” is not a place (see prov13 #054), the dialogue an event; 中非合作论坛 (FOCAC) is a standing international
    # mechanism, an org (as 大湄公河次区域经济合作, README); the summit is an event, 北京 inside it labelled; NEW h13: “郑和学院”
    # (counted: 10个) is a brand of colleges, not one institution: not an org, but the historical person it is named
    # after (郑和) is labelled inside it, as 毛泽东 in 毛泽东思想
    ('prov13name-jiangsu', '有力服务国家总体外交，高质量承办第二届“全球南方”智库对话会等国家级涉外活动，积极落实中非合作论坛北京峰会成果，新建10个“郑和学院”。',
     'org:中非合作论坛 | place:北京 | person:郑和'),
    # #014: 区域医疗中心 is a category
    ('prov13name-shanxi', '深入实施强医工程，高水平建设区域医疗中心，新建8个国家级、36个省级临床重点专科。',
     ''),
    # #015: 海口经济圈 is a named economic region taken whole (README: economic belts and regions); 北部区域疾控中心 (the new
    # northern regional CDC) is a specific body named without its place, as 城市治理委员会 (README)
    ('prov13name-hainan', '海口经济圈产业发展规划完成编制，推出一批区域旅游精品路线，成立北部区域疾控中心。',
     'place:海口经济圈 | org:北部区域疾控中心'),
    ('prov13name-jiangxi', '完成乡镇国土空间总体规划编制审批，加快规模较大的中心镇建设。',
     ''),
    ('prov13name-shandong', '崂山实验室阶段性任务顺利完成，山东高等技术研究院基础研究取得重要成效。',
     'org:崂山实验室 | org:山东高等技术研究院'),
    ('prov13name-qinghai', '习近平总书记再次亲临青海考察，光辉足迹映照高原大地，谆谆教导指引前进方向，亲切关怀浸润群众心田，引领我们以更加昂扬的精神状态奋进新征程、建功新时代。',
     'person:习近平 | place:青海'),
    ('prov13name-zhejiang', '推进“30分钟职业技能培训圈”建设，实现技能培训基地、站点全省县城和中心镇全覆盖，开展重点领域就业技能和企业职工岗位技能培训50万人次以上。',
     ''),
    # #020: 我区 is a self-reference
    ('prov13name-inner_mongolia', '从民生保障看，今年我区有17万应届大学生毕业，促进群众就业增收压力进一步加大，群众在教育、医疗、养老、托育、住房、生态环境方面还有很多期待。',
     ''),
    # #021: 市属医院 and 公立医院 are generic
    ('prov13name-beijing', '强化“三医”联动，深化公立医院改革，完善医疗服务定价和动态调整机制，开展市属医院编制合理使用、动态调整和薪酬制度改革，支持有条件的医疗机构提供周末和夜间服务。',
     ''),
    # #022: the institute is an org (红山 inside it not labelled again); 牛河梁遗址 is a historic site, a place
    ('prov13name-liaoning', '成立红山文化研究院，牛河梁遗址写入新版历史教科书。',
     'org:红山文化研究院 | place:牛河梁遗址'),
    ('prov13name-hainan', '大力培育发展生物制造产业，实施生物制造产业高质量发展行动，谋划一批重点项目，推动生物制造中试平台和制造业创新中心建设。',
     ''),
    # #024: “三馆一中心” is a count of facilities; 省博物馆 is a level-qualified museum, an org; NEW h13: 故宫 in the gallery name
    # “故宫厅” stands for the Palace Museum (故宫博物院), whose collection it shows: an org; the gallery (a room) is not
    # labelled
    ('prov13name-jiangxi', '深入实施文艺创作“四名工程”，建立优质文化资源直达基层机制，加快补齐基层“三馆一中心”设施短板，建好用好城市书房、文化驿站等新型公共文化空间，推进博物馆“总分馆”制试点和省博物馆“故宫厅”落地。',
     'org:省博物馆 | org:故宫'),
    # #025: the computing centre is a facility (README): only the org and the place inside it (as 吉利贵阳基地)
    ('prov13name-heilongjiang', '数字经济发展取得标志性成果，成为国家算电融合试点布局省份，全国最大国产化单集群大算力工程—中国移动哈尔滨万卡智算中心建成投用。',
     'org:中国移动 | place:哈尔滨'),
    # #026: 全区 is a self-reference
    ('prov13name-inner_mongolia', '我们要把思想和行动统一到党中央精神上来，统一到自治区党委部署要求上来，聚焦习近平总书记赋予内蒙古的战略定位，紧紧围绕“五大任务”，一张蓝图绘到底，接续实施“六个工程”、组织开展“六个行动”，全力以赴推动全区经济社会高质量发展。',
     'org:党中央 | org:自治区党委 | person:习近平 | place:内蒙古'),
    # #027: 全省 is a self-reference
    ('prov13name-jiangsu', '成绩的取得，根本在于习近平总书记领航掌舵，在于习近平新时代中国特色社会主义思想科学指引，是认真贯彻落实习近平总书记对江苏工作重要讲话精神的结果，是省委直接领导、科学决策、统筹调度的结果，是全省上下团结一心、克服困难、拼出来干出来的。',
     'person:习近平 | person:习近平#2 | place:中国 | person:习近平#3 | place:江苏 | org:省委'),
    # #028: “622” is a count; 村集体公司 is generic
    ('prov13name-yunnan', '9.“622”联农带农模式：蒙自市在发展蓝莓产业中，形成以农户占60%、村集体公司占20%、龙头企业占20%的利益分配模式。',
     'place:蒙自市'),
    # #029: 融资平台 and 城投公司 are generic
    ('prov13name-shandong', '加快融资平台和城投公司改革转型。',
     ''),
    # #030: the rescue base is a category; 自治区人民医院 is level-qualified (README); 第五医院 (the region's Fifth People's
    # Hospital) is a specific body named without its place; 省级区域医疗中心 is a category
    ('prov13name-ningxia', '启动医疗卫生强基工程，加快国家紧急医学救援基地、自治区人民医院改造和第五医院省级区域医疗中心等项目建设。',
     'org:自治区人民医院 | org:第五医院'),
    ('prov13name-henan', '这根本在于习近平总书记掌舵领航，在于习近平新时代中国特色社会主义思想科学指引，是省委正确领导的结果，是省人大、省政协和社会各界监督支持的结果，是全省人民团结拼搏的结果。',
     'person:习近平 | person:习近平#2 | place:中国 | org:省委 | org:省人大 | org:省政协'),
    ('prov13name-yunnan', '优化实验室、技术创新中心等平台布局。',
     ''),
    # #033: 西部金融中心 is a status (as 国际金融中心); 西部 is a compass region
    ('prov13name-sichuan', '加快打造西部金融中心，争取更多全国性金融机构区域总部、功能板块、后台中心落户四川，推动优质企业上市融资和扩大再融资，高质量建设区域性股权、产权等市场。',
     'place:四川'),
    # #034: the centre of a central firm is generic
    ('prov13name-hainan', '聚焦金融提质，首家央企跨境资金集中运营中心签约落地，普惠型小微企业贷款、制造业中长期贷款、绿色贷款分别增长9.86%、8.05%、40%，社会融资规模新增1550亿元，信贷资产质量持续改善，海南农商银行挂牌运营。',
     'org:海南农商银行'),
    # #035: the assembly centre is a facility; 济青 is a pair of abbreviations; 中欧班列 a service
    ('prov13name-shandong', '建强济南、青岛、临沂等综合交通枢纽，支持中欧班列济青国家集结中心建设，提速构建国际物流大通道。',
     'place:济南 | place:青岛 | place:临沂'),
    # #036: 省直“五大中心” is a count of generic centres
    ('prov13name-liaoning', '深化事业单位改革，省直“五大中心”优化调整。',
     ''),
    ('prov13name-hunan', '因地制宜培育“小精特优”产业，抓好同纬度地区水果“引育繁推”一体化示范中心建设。',
     ''),
    # #038: the events and the course are not labelled, the places inside are
    ('prov13name-anhui', '举办跨国公司安徽行系列活动，开设面向海外投资机构和优质企业的“理解中国”课程班，新设外商投资企业606家。',
     'place:安徽 | place:中国'),
    # #039: 总书记 alone is a title
    ('prov13name-jiangsu', '总书记的深切关怀，是对江苏全省上下的巨大鼓舞和激励，为我们走好现代化建设的每一步提供了根本遵循和行动指南。',
     'place:江苏'),
    # #040: 中原农谷 (the Central Plains Agricultural Valley) is a named development area, as 中原医学科学城; 崖州湾国家实验室 is one named
    # lab; 嵩山、神农等实验室: the labs' names are elided and labelled as written (holdout9 #038): 嵩山 is a mountain, a place; 神农
    # (a legendary figure) names no place or body by itself, not labelled (as 三江, 吉光); 国家实验室基地 and 国家技术创新中心 are
    # categories; the large facility is not labelled
    ('prov13name-henan', '支持中原农谷与崖州湾国家实验室深度合作，支持嵩山、神农等实验室成为国家实验室基地，支持隧道掘进装备等领域创建国家技术创新中心，力争高能物理研究中心大科学装置纳入国家规划。',
     'place:中原农谷 | org:崖州湾国家实验室 | place:嵩山'),
    # #041: the ordinal splits the congress's name (README); 代省长 is a title
    ('prov13name-hubei', '2025年1月16日在湖北省第十四届人民代表大会第三次会议上湖北省人民政府代省长李殿勋作政府工作报告。',
     'date:2025年1月16日 | place:湖北省 | org:人民代表大会 | org:湖北省人民政府 | person:李殿勋'),
    ('prov13name-hunan', '防范化解地方债务和金融风险任务艰巨，地方债务还本付息持续承压、平台公司转型有待加快，基层“三保”压力较大，中小金融机构改革化险、非法金融活动防范处置难度较大；',
     ''),
    # #043: 北钦防 is a string of one-character abbreviations (北海, 钦州, 防城港), not labelled
    ('prov13name-guangxi', '建设柳州、桂林副中心城市，深入推进北钦防一体化，加快培育梧州、贵港、玉林、百色、贺州、河池、来宾、崇左等区域中心城市。',
     'place:柳州 | place:桂林 | place:梧州 | place:贵港 | place:玉林 | place:百色 | place:贺州 | place:河池 | place:来宾 | place:崇左'),
    # #044: “管委会+公司” is generic
    ('prov13name-heilongjiang', '加强园区基础设施及配套服务设施建设，推广“管委会+公司”模式，实施“满园工程”，提升园区承载力和吸引力。',
     ''),
    # #045: the crested-ibis centre is one institution named by its field; 延河 is a river; 黄帝陵 (the Mausoleum of the
    # Yellow Emperor) is a historic site, a place (黄帝 inside it not labelled again); the list of beautiful rivers is an
    # award
    ('prov13name-shaanxi', '朱鹮国家保护研究中心落户汉中，延河入选国家美丽河湖优秀案例，黄帝陵等3处古树群纳入全国整体保护工程。',
     'org:朱鹮国家保护研究中心 | place:汉中 | place:延河 | place:黄帝陵'),
    # #046: the summits and conferences are events, 青岛 inside the first is labelled
    ('prov13name-shandong', '办好跨国公司领导人青岛峰会、儒商大会、绿色低碳高质量发展大会、国际友城合作发展大会等活动。',
     'place:青岛'),
    ('prov13name-shanxi', '各位代表，过去一年成绩的取得，根本在于习近平总书记领航掌舵，在于习近平新时代中国特色社会主义思想科学指引，是省委坚强领导的结果，是省人大和省政协监督支持的结果，是全省人民团结拼搏、共同奋斗的结果。',
     'person:习近平 | person:习近平#2 | place:中国 | org:省委 | org:省人大 | org:省政协'),
    # #048: the computing platform and network are systems; the data exchange is an org (as 北京国际大数据交易所, README)
    ('prov13name-henan', '提升省算力调度服务平台功能，构建全省一体化算力网，推进全省信创云网建设，开展公共数据授权运营，做强郑州数据交易中心。',
     'org:郑州数据交易中心'),
    # #049: 咬定青山 is an idiom
    ('prov13name-hebei', '我们一定时刻对标对表，以前瞻谋划把握发展主动，以改革创新破解发展难题，以守牢底线夯实发展根基，咬定青山不放松，干字当头勇争先，努力交出让习近平总书记和党中央放心、让全省人民满意的答卷！',
     'person:习近平 | org:党中央'),
    ('prov13name-guangdong', '持续扩大学前教育资源供给，新增基础教育公办学位52万个。',
     ''),
    # #051: 省政协 in 省政协委员 is labelled (as 人大 in 人大代表)
    ('prov13name-jiangxi', '现在，我代表江西省人民政府向大会报告工作，请予审议，并请省政协委员和列席会议的同志提出意见。',
     'org:江西省人民政府 | org:省政协'),
    # #052: the plateau-medicine research centre is one institution named by its field; 二期 is left out (holdout11)
    ('prov13name-qinghai', '加快高原医学研究中心二期建设，努力打造立足青海、面向全国、辐射世界的高水平高原医学研究平台。',
     'org:高原医学研究中心 | place:青海'),
    # #053: the research centre as in #052; the conference is an event; 西宁、海东高原康养中心 are facilities: only the places;
    # 国家区域医疗中心 is a category; 县域医共体 generic
    ('prov13name-qinghai', '高原医学研究中心一期建成投运，首届高原康养医学学术研讨会成功举办，西宁、海东高原康养中心率先建成运营，国家区域医疗中心等11个重点项目加快建设，紧密型县域医共体实现全省覆盖，县医院医疗服务能力达标提升幅度全国第一。',
     'org:高原医学研究中心 | place:西宁 | place:海东'),
    # #054: 中心城区 is generic (README)
    ('prov13name-shanghai', '完成13.6万平方米中心城区零星二级旧里以下房屋改造、31.1万平方米小梁薄板房屋等不成套旧住房改造，大力推进无卫生设施旧住房改造。',
     ''),
    # #055: the medical centres are categories, the hospitals generic
    ('prov13name-anhui', '9个国家区域医疗中心全部开诊，新布局省级区域（专科）医疗中心7个，25所县级公立医院新晋三级医院。',
     ''),
    ('prov13name-tianjin', '完善“运营中心＋转化平台”知识产权运用体系，推进诚信市场建设。',
     ''),
    # #057: 全球研发中心城市 is a status; the science city is a place (README)
    ('prov13name-hunan', '支持长沙建设全球研发中心城市，高水平建设湘江科学城，力争“五类”研发企业（中心）达到200家以上。',
     'place:长沙 | place:湘江科学城'),
    # #058: the 中欧班列 assembly centre is a facility: only 合肥
    ('prov13name-anhui', '合肥中欧班列集结中心获批、全年开行班列909列，新增国际及地区客货运航线12条，口岸外贸货物吞吐量增长12.7%。',
     'place:合肥'),
    ('prov13name-anhui', '加快家电产业深度转型，推动从生产基地向研发中心、区域总部升级。',
     ''),
    # #060: world regions (README); 辐射中心 is a status
    ('prov13name-yunnan', '（四）完善高水平对外开放体制机制，推动面向南亚东南亚辐射中心建设开创新局面。',
     'place:南亚 | place:东南亚'),
    # #061: 中心城区 is generic
    ('prov13name-chongqing', '启动中心城区交通堵点乱点分类治理60处；',
     ''),
    # #062: 福厦 is a pair of abbreviations; the platform is not labelled
    ('prov13name-fujian', '完善人才培养、使用、评价、激励全链条体制机制，支持打造福厦人才集聚平台，探索建设青年发展型省份，推动省级卓越工程师学院建设。',
     ''),
    ('prov13name-liaoning', '一些地区基层财政困难，房地产市场处于艰难调整过程，地方中小银行、地方政府债务、安全生产等领域风险隐患不容忽视；',
     ''),
    # #064: 西部（重庆）科学城 is a science city taken whole with its bracketed place (as 中柬(北海)产业园, holdout6); 两江协同创新区 is a
    # named development area; 嘉陵江、明月湖实验室: the first lab's name is elided and labelled as written (holdout9 #038): 嘉陵江 is
    # a river, a place
    ('prov13name-chongqing', '西部（重庆）科学城、两江协同创新区提质建设，金凤实验室建设全面推进，嘉陵江、明月湖实验室加快筹建，重庆脑与智能科学中心建成投用。',
     'place:西部（重庆）科学城 | place:两江协同创新区 | org:金凤实验室 | place:嘉陵江 | org:明月湖实验室 | org:重庆脑与智能科学中心'),
    ('prov13name-ningxia', '（五）坚持以人民为中心的发展思想，在各族人民共同富裕上实现新突破。',
     ''),
    ('prov13name-anhui', '发展壮大现代物流产业体系，培育具有较强区域辐射能力、全球组网能力的大型物流集团。',
     ''),
    # #067: the Sudirman Cup and the Diamond League are events: the person (Dick Sudirman) and the org (世界田联, World
    # Athletics) inside them are labelled (as Cullen in 'Cullen Professor', README); 全运会 is an event
    ('prov13name-fujian', '掀起全民健身热潮，坚持群众体育和竞技体育同向发力，落实加强体育人才保障政策措施，办好苏迪曼杯、世界田联钻石联赛等国际赛事，全力备战第十五届全运会，支持厦门、平潭打造区域国际赛事中心，促进竞技体育高质量发展。',
     'person:苏迪曼 | org:世界田联 | place:厦门 | place:平潭'),
    ('prov13name-anhui', '高质量建设运营国家区域医疗中心，推进管理、技术、品牌、人才、标准等要素平移，确保优质医疗资源引得进、用得好。',
     ''),
    # #069: “双一流” and 江苏高水平大学 are programmes; 江苏 inside labelled
    ('prov13name-jiangsu', '实施高等教育筑峰引领行动，加大“双一流”和江苏高水平大学建设力度，努力建设新型研究型大学，加强一流应用型本科高校建设，推进优质本科扩容，布局新质生产力急需学科专业，强化基础研究主力军和创新策源地作用。',
     'place:江苏'),
    # #070: 区域消费中心城市 is a status
    ('prov13name-jilin', '培育长春区域消费中心城市，推动步行街、商圈设施改造和业态升级。',
     'place:长春'),
    ('prov13name-hainan', '深入学习贯彻习近平总书记关于海南工作的系列重要讲话和指示批示精神，以实际行动坚定捍卫“两个确立”、坚决做到“两个维护”。',
     'person:习近平 | place:海南'),
    # #072: NEW h13: 省应急物资储备中心 here is a store being built (完成…建设), a facility like the reserve warehouses before it,
    # not a body: not labelled
    ('prov13name-hainan', '加快推动省级区域应急物资储备仓库布局建设，完成省应急物资储备中心建设。',
     ''),
    # #073: 农村信用社 is generic
    ('prov13name-guizhou', '推动农村信用社改革落地，组建贵州农商联合银行。',
     'org:贵州农商联合银行'),
    # #074: 在京国家实验室 is generic; 综合性国家科学中心 is a status (holdout7 prov7name #004) even with its place: only 怀柔; the key-
    # lab base is a facility: only its place, 昌平南口 (district and town, a contiguous hierarchy)
    ('prov13name-beijing', '支持在京国家实验室承担国家科技重大专项，推动怀柔综合性国家科学中心29个科技设施进入科研状态，建成昌平南口全国重点实验室基地一期；',
     'place:怀柔 | place:昌平南口'),
    ('prov13name-liaoning', '一体推进教育强省、科技强省、人才强省建设，积极争创具有全国影响力的区域科技创新中心，以科技创新引领新质生产力，加快实现动力变革、动能转换。',
     ''),
    # #076: “一带一路” is an initiative; the 中欧（亚）班列 assembly centre is a facility; 鲁班工坊 (the Luban Workshops) is a brand of
    # many workshops, not one institution: the historical person inside it is labelled (see #013)
    ('prov13name-tianjin', '深度融入共建“一带一路”，建好中欧（亚）班列集结中心，优化“班列＋保税”等运行模式，加强绿色低碳、中医药等国际合作，做优做强鲁班工坊，深化与新加坡在绿色发展等领域交流合作。',
     'person:鲁班 | place:新加坡'),
    ('prov13name-shanxi', '一是新建改造50个社区养老工程、50个区域养老服务中心、100个标准化社区食堂，让老年人在家门口享受养老和助餐服务。',
     ''),
    ('prov13name-henan', '创新“实验室十产业化公司”等成果转化模式，开展专利成果“先免费试用、后付费转化”试点，推动新技术新产品新场景大规模应用，技术合同成交额超过2300亿元。',
     ''),
    ('prov13name-guangdong', '推动超40所乡镇中心幼儿园构建城乡学前教育一体化管理资源共享机制，实施乡（镇）、村幼儿园一体化管理，提高村幼儿园的保育教育水平。',
     ''),
    # #080: 中国 in 中国式现代化 is labelled (README)
    ('prov13name-chongqing', '习近平总书记亲临重庆视察，赋予重庆新使命、新定位，标定了重庆在中国式现代化发展全局中的历史方位，指明了重庆在新时代新征程上的奋斗坐标，给全市干部群众巨大信念引领和磅礴奋进力量。',
     'person:习近平 | place:重庆 | place:重庆#2 | place:重庆#3 | place:重庆#4 | place:中国'),
    # #081: 枫桥 inside “枫桥经验” (holdout2); 综治中心 is generic (README)
    ('prov13name-fujian', '强化公共安全系统施治，坚持和发展新时代“枫桥经验”，推进综治中心规范化建设，开展“化解矛盾风险、维护社会稳定”专项治理，完善矛盾纠纷排查、流转、化解、督办闭环工作机制，提高信访工作法治化、数字化、智能化水平，严防发生极端事件。',
     'place:枫桥'),
    ('prov13name-zhejiang', '推动高等教育内涵式发展，12所高水平大学“一校一策”建设方案加快实施，高校基础设施提质工程有序推进，新增博士学位授权点56个、硕士学位授权点173个。',
     ''),
    ('prov13name-hebei', '成绩来之不易，这根本在于以习近平同志为核心的党中央掌舵领航，根本在于习近平新时代中国特色社会主义思想科学指引，是省委团结带领全省人民迎难而上、奋力拼搏的结果。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:省委'),
    # #084: the conference is an event; 水资源管理委员会 is a specific body named without its place (as 城市治理委员会, README)
    ('prov13name-ningxia', '首次召开“四水四定”推进大会，专门成立水资源管理委员会。',
     'org:水资源管理委员会'),
    # #085: “好品山东” is a brand, 山东 inside labelled; the promotion centre is functional
    ('prov13name-shandong', '探索设立“好品山东”农产品境外推广中心。',
     'place:山东'),
    # #086: one institution named by its field, taken whole with its bracketed province (as 西部（重庆）科学城, #064)
    ('prov13name-henan', '加快国家碳计量中心（河南）建设。',
     'org:国家碳计量中心（河南）'),
    # #087: 教联体 is generic
    ('prov13name-hubei', '公共服务扩面提质，80％的中小学纳入教联体，86％的县建成三级医院，城市12分钟急救圈、农村30分钟医疗圈初步形成，农村实现寄递物流、充电桩、5G网络、四好农村路“四个全覆盖”，发展成果更好转化为人民群众可感可及的美好生活。',
     ''),
    # #088: 总书记 alone is a title; 边疆 is a common noun
    ('prov13name-tibet', '长期以来，总书记和党中央始终关心西藏发展、关爱西藏人民，为西藏发展谋篇布局、把舵定向，思想伟力照边疆，边疆儿女心向党，这是我们奋进新征程的最大底气。',
     'org:党中央 | place:西藏 | place:西藏#2 | place:西藏#3'),
    # #089: 中心村 is generic
    ('prov13name-anhui', '深入实施“千村引领、万村升级”工程，新增精品示范村200个、省级中心村800个左右，农村生活垃圾无害化处理率提高到85%。',
     ''),
    # -- laws: Random(14144).sample(…, 20), in sampled order
    ('law13-regulations_on_government_information_disclosure_2019', '第四十六条 各级人民政府应当建立健全政府信息公开工作考核制度、社会评议制度和责任追究制度，定期对政府信息公开工作进行考核、评议。',
     ''),
    ('law13-household_registration_regulations_1958', '二、十八周岁以上的人需要变更姓名的时候，由本人向户口登记机关申请变更登记。',
     ''),
    ('law13-beijing_counterterrorism_implementing_measures_2023', '发现违禁品和管制物品，应当予以扣留并立即向公安机关报告；',
     ''),
    ('law13-criminal_law', '（三）贪污数额特别巨大或者有其他特别严重情节的，处十年以上有期徒刑或者无期徒刑，并处罚金或者没收财产；',
     ''),
    ('law13-criminal_procedure_law_2018', '执行期满，应当由执行机关书面通知本人及其所在单位、居住地基层组织。',
     ''),
    ('law13-supervision_law_2024', '（十）其他滥用职权、玩忽职守、徇私舞弊的行为。',
     ''),
    ('law13-exit_entry_administration_law_2012', '第三十四条 免办签证入境的外国人需要超过免签期限在中国境内停留的，外国船员及其随行家属在中国境内停留需要离开港口所在城市，或者具有需要办理外国人停留证件其他情形的，应当按照规定办理外国人停留证件。',
     'place:中国 | place:中国#2'),
    ('law13-public_security_administration_punishments_law_2012', '第九十三条 公安机关查处治安案件，对没有本人陈述，但其他证据能够证明案件事实的，可以作出治安管理处罚决定。',
     ''),
    ('law13-criminal_law', '第一百七十五条 以转贷牟利为目的，套取金融机构信贷资金高利转贷他人，违法所得数额较大的，处三年以下有期徒刑或者拘役，并处违法所得一倍以上五倍以下罚金；',
     ''),
    ('law13-state_secrets_law_implementing_regulations_2024', '教育行政部门应当推动保密教育纳入国民教育体系。',
     ''),
    ('law13-exit_entry_administration_law_2012', '（六）未按照本法第三十九条第二款规定办理登记的。',
     ''),
    ('law13-criminal_law', '致使国家利益遭受特别重大损失的，处五年以上有期徒刑。',
     ''),
    ('law13-criminal_procedure_law_2018', '公诉人、当事人和辩护人、诉讼代理人可以申请法庭通知有专门知识的人出庭，就鉴定人作出的鉴定意见提出意见。',
     ''),
    ('law13-regulations_on_government_information_disclosure_2019', '第五十六条 本条例自2019年5月15日起施行。',
     'date:2019年5月15日'),
    # #014: the levels of government (省、自治区、直辖市) and the secrecy administrations are generic
    ('law13-state_secrets_law_2024', '特殊情况下无法按照上述规定授权定密的，国家保密行政管理部门或者省、自治区、直辖市保密行政管理部门可以授予机关、单位定密权限。',
     ''),
    ('law13-constitution_prc', '国家举办各种学校，普及初等义务教育，发展中等教育、职业教育和高等教育，并且发展学前教育。',
     ''),
    # #016: the ordinal is not part of the congress's name (README); 中华人民共和国 inside the amendment's title is labelled
    ('law13-constitution_prc', '1988年4月12日 第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》',
     'date:1988年4月12日 | org:全国人民代表大会 | place:中华人民共和国'),
    ('law13-criminal_law', '第三百三十九条 违反国家规定，将境外的固体废物进境倾倒、堆放、处置的，处五年以下有期徒刑或者拘役，并处罚金；',
     ''),
    # #018: 人民检察院 and 人民法院 are generic in a law (README)
    ('law13-criminal_procedure_law_2018', '上级人民检察院如果认为抗诉不当，可以向同级人民法院撤回抗诉，并且通知下级人民检察院。',
     ''),
    ('law13-supervision_law_2024', '设区的市级以下监察机关采取留置措施，应当报上一级监察机关批准。',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout13", ITEMS, DRAWS, sample, groups=("nat13", "prov13-", "prov13name-", "law13-"), id_letter="k")


if __name__ == "__main__":
    main()
