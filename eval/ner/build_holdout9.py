"""Build eval/ner/holdout9.jsonl: a ninth held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout8.py (those marked NEW h7 and NEW h8 included). The labeller did
not read anything of the extractor (dossier/), did not run it, bench/ner_eval.py, the tests or any
segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts for them.
The set has never been scored. It is drawn like holdout7 (same sources, same proportions, new
seeds); every entity type the rules define is labelled.

    python eval/ner/build_holdout9.py            # write holdout9.jsonl from ITEMS, print counts
    python eval/ner/build_holdout9.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout9.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout7.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout8.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs.

1. nat9: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(10101).sample(…, 80). No cue word is required.
2. prov9-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(10102).sample(…, 80).
3. prov9name-*: the same provincial sentences that contain one of NAME_CUES (holdout7's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(10103).sample(…, 50).
4. law9-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(10104).sample(…, 30).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat9 #006 and #030 are the two halves of one sentence cut by the split at a title (《…》), and
nat9 #014, #036, #056 are in traditional characters; all are readable report text and were kept.

The decisions this set adds are marked NEW h9 on their items:
珠峰 (short for 珠穆朗玛峰) is a place; 江淮 and 塞上江南 are traditional region names (as 湖湘, 陇原); 华中 is
labelled (as the README recommends for 华北 and 华南); 上游 joined to a river is taken with it (as 干流,
流域); 渭河源 and 黄河首曲 are named areas taken whole; 湘赣边 is a string of abbreviations, not labelled;
a tunnel is a road facility (only the place it is named after); 花湖国际自由贸易航空港 is a designation
(only 花湖); 虹桥国际开放枢纽 is a named planning area taken whole; 新三板 is an exchange, an org (as
天津OTC); 全国人大执法检查组 is a working group (only 全国人大); in an elision of lab names (长白山、三江、
吉光3个省实验室) only what is itself a name (长白山) is labelled.

Result: 240 sentences (80 nat9, 80 prov9, 50 prov9name, 30 law9), 176 entities: 92 place, 60 org,
14 person, 10 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat9 13 place, 7 org, 1 person, 9 date (17 sentences with an entity); prov9 51 place, 10 org, 3
person; prov9name 26 place, 42 org, 10 person; law9 2 place, 1 org, 1 date (3 sentences).
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


# -- reading code, copied from build_holdout7.py (itself from build_holdout6.py and build_holdout2.py) so that all
# sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4,5,6,7,8}.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    import build_holdout3
    import build_holdout4
    import build_holdout5
    import build_holdout6
    import build_holdout7
    import build_holdout8
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8)
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
            out += [("nat9", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov9-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(10101).sample(national_candidates(), 80)}
    drawn |= {s for _, s in random.Random(10102).sample(provincial_candidates(), 80)}
    return [(f"prov9name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law9-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 10101, 80), (provincial_candidates, 10102, 80), (provincial_name_candidates, 10103, 50),
         (law_candidates, 10104, 30)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout8.py: no extractor,
    # segmenter or NER/POS tool was run on these sentences and no prediction was seen. Annotations are 'type:surface'
    # separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans). Comments on an item record how an
    # ambiguous case was decided; those marked NEW h9 are decisions no earlier set had to make. #NNN = position in the
    # seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(10101).sample(…, 80), in sampled order
    ('nat9', '加强和改善行政执法，落实行政执法责任制。',
     ''),
    ('nat9', '劳动竞赛的中心内容是大搞增产节约，努力增加生产，提高质量，提高劳动生产率，降低消耗，降低成本，增加盈利。',
     ''),
    ('nat9', '同时，强化城市居民最低生活保障制度建设，使所有符合条件的城市贫困居民都能得到最低生活保障，做到应保尽保。',
     ''),
    ('nat9', '１９５５年全国工农业生产总值比１９５４年增长了６．６％。',
     'date:１９５５年 | date:１９５４年'),
    ('nat9', '（五）进一步做好扩大就业和社会保障工作',
     ''),
    ('nat9', '进行以养老和失业保险为主要内容的社会保障体制改革。',
     ''),
    # #006: cut by the sentence split before a title (《 and the rest of the sentence are in the next line, #030); kept,
    # not garbled; no entity
    ('nat9', '组织有关部门、地方、研究机构和各方面专家，对经济社会发展面临的若干重大问题开展专题研究，为编制《',
     ''),
    # #007: 中华民族 is not labelled (README)
    ('nat9', '中华民族大家庭的各族儿女和睦相处、和衷共济、和谐发展、心心相印，一定会更加幸福安康、兴旺发达。',
     ''),
    ('nat9', '在这些经济犯罪案件中，有一批是非法所得数额巨大、情节恶劣的大案要案，其中的主要案犯，也就是人们通常所说的“大老虎”。',
     ''),
    # #009: 人民公社 is generic
    ('nat9', '坚持这些制度，不仅有利于当前人民公社的生产和建设，也有利于将来的逐步过渡；',
     ''),
    ('nat9', '我们将积极参与多边事务和全球治理，推动国际秩序朝着更加公正合理的方向发展。',
     ''),
    # #011: 本年 is relative
    ('nat9', '１９５６年国家预算收入中，各项税收为１３，９８０，０００，０００元，占本年预算收入的４７．０２％，比１９５５年决算数增长９．８４％。',
     'date:１９５６年 | date:１９５５年'),
    ('nat9', '原料的分配，要首先保证老工业基地的需要。',
     ''),
    # #013: the Games are an event, 北京 inside it is labelled (as holdout8 zh8 #031); 中华民族 not labelled
    ('nat9', '全力举办了有特色、高水平的北京奥运会、残奥会，实现了中华民族的百年梦想；',
     'place:北京'),
    # #014: traditional characters, kept as sampled; 各級衞生部門 is generic
    ('nat9', '但是我們的衞生工作特別是工礦衞生工作還大大落後於經濟建設發展的需要，應當積極加以充實，並逐步實現由各級衞生部門的統一領導。',
     ''),
    ('nat9', '要坚持两手抓、两手都要硬的方针，大力加强社会主义精神文明建设。',
     ''),
    # #016: 中西部地区 is directional (*Where the sets disagree* 2)
    ('nat9', '为中西部地区农村义务教育阶段2400多万贫困家庭学生免费提供教科书。',
     ''),
    ('nat9', '大力发展农村非农产业，壮大县域经济，提高农民职业技能和创业、创收能力，促进农民就地就近转移就业。',
     ''),
    ('nat9', '在建设物质文明的同时，不断把社会主义精神文明建设推向前进，是我们的一贯方针。',
     ''),
    ('nat9', '要坚决反对官僚主义、命令主义、形式主义，反对铺张浪费、弄虚作假、假公济私、搞特殊化和其他一切资产阶级的腐朽作风。',
     ''),
    ('nat9', '我们将坚持稳中求进、以进促稳，守正创新、先立后破，系统集成、协同配合，充实完善政策工具箱，根据形势变化动态调整政策，提高宏观调控的前瞻性、针对性、有效性。',
     ''),
    ('nat9', '实施失业保险基金稳岗返还、留工培训补助等政策。',
     ''),
    # #022: world regions (README); the first 南亚 is inside 东南亚, hence #2
    ('nat9', '我国同东南亚、南亚和中亚国家的关系继续取得进展。',
     'place:东南亚 | place:南亚#2 | place:中亚'),
    ('nat9', '这些问题都需要我们努力加以解决。',
     ''),
    # #024: 今年三月 has no year; 中越 is a pair of one-character abbreviations; 我国 a self-reference
    ('nat9', '今年三月，中国外交部发表声明，阐明了我国关于解决柬埔寨问题和改善中越关系的立场、主张和建议，得到了国际舆论的支持。',
     'org:中国外交部 | place:柬埔寨'),
    ('nat9', '在化解金融风险隐患过程中，国家拿出相当大的财力，解决与群众个人利益相关的遗留债务问题。',
     ''),
    # #026: 人民解放军 is an org (README), taken with its 中国 as the longest name
    ('nat9', '中国人民解放军的指挥员和战斗员，担负着保卫祖国和保卫社会主义建设的光荣的重大的责任。',
     'org:中国人民解放军'),
    ('nat9', '计划草案制定以后，国务院将提请全国人民代表大会审议。',
     'org:国务院 | org:全国人民代表大会'),
    ('nat9', '我国同日本、俄罗斯、韩国的互利合作关系不断扩大。',
     'place:日本 | place:俄罗斯 | place:韩国'),
    ('nat9', '分流企业富余人员要发挥政府、企业和职工三方面的积极性，实行企业安置、个人自谋职业和社会帮助相结合。',
     ''),
    # #030: begins with the end of a title cut by the sentence split (see #006); kept; no entity
    ('nat9', '》提出，适应国家战略需求，启动一批重大科技专项，涉及信息、生物等战略的产业领域，能源、资源、环境和人民健康等重大紧迫的问题，以及军民两用技术。',
     ''),
    # #031: “一国两制” is a policy; 宪法 and 基本法 are laws
    ('nat9', '我们要继续全面准确贯彻“一国两制”方针，严格依照宪法和基本法办事。',
     ''),
    # #032: each end of the range is a date; 四年间 is a duration
    ('nat9', '从一九七九年到一九八二年的四年间，我国社会总产值增长百分之三十三点六，生产的发展速度不算低，而国内财政收入却下降了百分之三点三。',
     'date:一九七九年 | date:一九八二年'),
    ('nat9', '把有能力、有意愿并长期在城镇务工经商的农民工及其家属逐步转为城镇居民。',
     ''),
    ('nat9', '加强护理、儿科、病理、全科、老年医学专业队伍建设，完善精神卫生服务体系。',
     ''),
    # #035: 第一个五年计划 is a plan period
    ('nat9', '由于第一个五年计划的完成，我们不仅大大加强了原有的工业部门，而且开始建立了过去没有过的许多工业部门，如冶金设备制造业、采矿设备制造业、发电设备制造业、飞机制造业、汽车制造业、新式机床制造业，以及高级合金钢冶炼业、重要有色金属冶炼业，等等。',
     ''),
    # #036: traditional characters; 五年以來 is a duration
    ('nat9', '五年以來，我國對外貿易逐年都有發展。',
     ''),
    ('nat9', '城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。',
     ''),
    # #038: 毛主席 is a title with a surname only (README)
    ('nat9', '”我们一定要遵照毛主席的教导，虚心听取群众意见，认真对待人民来信来访，决不容许压制群众意见，更不容许对提出批评意见的群众进行打击报复。',
     ''),
    ('nat9', '国家必须把主要精力放在做好整个国民经济的综合平衡上，加强对涉及重大比例关系的主要经济活动的集中统一管理，特别是对固定资产投资的规模、方向和重大建设项目，消费基金的增长，必须按计划严格控制。',
     ''),
    ('nat9', '第二，加快发展基础工业，发挥工业的主导作用',
     ''),
    ('nat9', '现在，随着商品生产的发展，大多数农产品、工业品日益丰富，面临着开拓市场、扩大销路的新课题。',
     ''),
    ('nat9', '总的说来，这些试点的效果是好的。',
     ''),
    ('nat9', '一批国营小商业、饮食服务业和小型企业开始实行国家所有、集体经营或者由职工集体、个人承包经营。',
     ''),
    ('nat9', '——坚持创新驱动发展，加快发展现代产业体系。',
     ''),
    ('nat9', '坚决打击制售假冒伪劣商品、偷逃骗税和走私等违法犯罪活动。',
     ''),
    ('nat9', '增强国家安全意识，构建维护国家安全的机制。',
     ''),
    # #047: the session ordinals are not part of the name
    ('nat9', '根据一九八三年六月第六届全国人民代表大会第一次会议的决议，各级政府和全国各族人民一道，为全面开创社会主义现代化建设的新局面，进行了不懈的努力。',
     'date:一九八三年六月 | org:全国人民代表大会'),
    ('nat9', '稳定现行计划生育政策，保持低生育水平。',
     ''),
    ('nat9', '适应国内经济建设和对外贸易的需要，要加强沿海港口、内河、公路和航空运输的建设，进一步改善邮电通讯设施。',
     ''),
    ('nat9', '对于一些落后的陈风旧习，应根据少数民族的意愿，由少数民族自己逐步加以改革。',
     ''),
    # #051: 去年一年 is relative
    ('nat9', '经过去年一年的工作，有的问题已经解决，有的正在解决，总的来看经济环境正在从紧张向宽松转化，但对目前经济工作中仍然存在的许多问题决不能掉以轻心。',
     ''),
    ('nat9', '坚决纠正相互推诿、办事拖拉、对工作极不负责的恶劣习气，坚决扫除热衷于搞文牍旅行而不解决实际问题的衙门作风。',
     ''),
    # #053: 主席 is a title; 五年计划 names no year
    ('nat9', '因此，全国人民，必须在中国共产党和毛泽东主席的领导下，团结起来，动员起来，兢兢业业，克服困难，增加生产，厉行节约，为全部实现五年计划而奋斗。',
     'org:中国共产党 | person:毛泽东'),
    # #054: an economic belt (README); 山水林田湖 is a slogan, 绿色长城 a figure of speech
    ('nat9', '启动森林质量提升、长江经济带重大生态修复、第二批山水林田湖生态保护工程试点，完成退耕还林还草1200万亩以上，加强荒漠化、石漠化治理，积累更多生态财富，构筑可持续发展的绿色长城。',
     'place:长江经济带'),
    ('nat9', '着力营造有利于服务业发展的市场环境，加快完善促进服务业发展的政策体系。',
     ''),
    # #056: traditional characters; no entity
    ('nat9', '三十五個工業部門爲職工直接支付的勞動保險費、醫藥費、文敎費和福利費平均相當於工資總額的百分之十七。',
     ''),
    ('nat9', '理顺价格关系是一项长期的任务，既要积极，又要稳妥。',
     ''),
    ('nat9', '政府的一切权力都是人民赋予的，必须对人民负责，为人民谋利益，接受人民监督。',
     ''),
    ('nat9', '继续加强基础研究、前沿技术研究和社会公益性科技研究。',
     ''),
    ('nat9', '五、分批进行企业的全面整顿和必要改组',
     ''),
    # #061: 中葡 is a pair of one-character abbreviations
    ('nat9', '对澳门恢复行使主权也为时不远，中葡两国在澳门问题上建立的良好合作关系，对促进澳门的社会稳定和经济发展起了积极作用。',
     'place:澳门 | place:澳门#2 | place:澳门#3'),
    ('nat9', '必须继续加强基础性研究，增强科技实力与发展后劲。',
     ''),
    ('nat9', '高速铁路运营里程从2.5万公里增加到4.2万公里，高速公路里程从13.6万公里增加到17.7万公里。',
     ''),
    ('nat9', '国家外汇储备超过１０００亿美元，人民币汇价稳定。',
     ''),
    ('nat9', '积极稳妥地推进政治体制改革，发展社会主义民主，健全社会主义法制。',
     ''),
    # #066: 中华民族 is not labelled
    ('nat9', '中华民族是一个和睦相处、团结温暖的大家庭。',
     ''),
    ('nat9', '深化文化体制改革，引导公共文化资源向城乡基层倾斜，推动文化产业创新发展，繁荣文化市场，加强文化市场管理。',
     ''),
    ('nat9', '在上述巨大的群众性运动中，在具体工作上是发生过一些偏差和错误的。',
     ''),
    ('nat9', '突出抓好广播电视村村通工程、社区和乡镇综合文化站建设工程、全国文化信息资源共享工程、农村电影放映工程、农家书屋工程。',
     ''),
    ('nat9', '政策和科学还是要靠农村干部和农村科技人员来推行的。',
     ''),
    # #071: “十二五” is a plan period
    ('nat9', '2015年是“十二五”收官之年。',
     'date:2015年'),
    ('nat9', '做好土地确权登记颁证工作，审慎开展农村土地征收、集体经营性建设用地入市、宅基地制度、集体产权制度等改革试点。',
     ''),
    ('nat9', '我们现在的任务，就是要总结前一段改革的经验，经过周密的调查研究，反复的科学论证，尽快拟定一个经济体制改革的总体规划，逐步实施。',
     ''),
    # #074: 五年 is a duration
    ('nat9', '工业生产中物质消耗水平有所下降，五年节约能源折合标准煤１．６亿吨。',
     ''),
    ('nat9', '基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十；',
     'date:1956年'),
    # #076: 中国 inside 中国特色 (README)
    ('nat9', '过去一年，中国特色大国外交取得新成就。',
     'place:中国'),
    # #077: 中国政府 is an org (README); 各国政府 generic
    ('nat9', '中国政府和人民愿同各国政府和人民一道，共同应对风险挑战，共同分享发展机遇，努力建设持久和平、共同繁荣的和谐世界。',
     'org:中国政府'),
    ('nat9', '突出做好高校毕业生就业工作，开展就业困难人员专项帮扶。',
     ''),
    ('nat9', '要广开就业门路，加强就业培训，引导下岗职工转变择业观念，鼓励自谋职业。',
     ''),
    # -- provincial 2025 reports (all 31): Random(10102).sample(…, 80), in sampled order
    # #000: 龙江, the short name of Heilongjiang, is a place (holdout7 prov7 #075); the first 龙江 is inside 黑龙江, hence #2
    ('prov9-heilongjiang', '黑龙江旅游美誉度和影响力不断提升，全民“宠客”让广大游客在龙江玩得更安心、更舒心、更开心。',
     'place:黑龙江 | place:龙江#2'),
    # #001: 天府 is a traditional region name (README), labelled inside the slogan “天府粮仓”, as 云岭 in 云岭名方
    ('prov9-sichuan', '打造新时代更高水平“天府粮仓”。',
     'place:天府'),
    ('prov9-guangxi', '健全民营企业参与重大项目建设长效机制。',
     ''),
    # #003: 浙 in “浙医互认” is a one-character abbreviation
    ('prov9-zhejiang', '优化医疗健康服务，深化高水平县级医院建设，“浙医互认”高频检查检验项目覆盖率达90%，省内异地结算定点医院开通率达100%。',
     ''),
    # #004: 进口贸易促进创新示范区 is a programme zone
    ('prov9-jiangsu', '支持先进技术、设备和关键零部件等扩大进口，完善进口贸易促进创新示范区服务功能，让开放、包容、有活力的江苏市场“近悦远来”。',
     'place:江苏'),
    # #005: 长株潭城市群 (a city cluster named with abbreviations) is a named region, as 滇中城市群 (holdout7 prov7name #047); 赣西城市群
    # likewise (a direction joined to the abbreviation 赣, as 滇西); NEW h9: 湘赣边 (the Hunan-Jiangxi border area) inside the
    # programme zone 湘赣边区域合作示范区 is a string of one-character abbreviations with 边 (border), not labelled, as 京津冀 alone;
    # 国家级 marks a rating
    ('prov9-jiangxi', '支持宜春、新余打造国家级新能源产业重要集聚区，萍乡深度融入长株潭城市群，促进湘赣边区域合作示范区建设提质增效，加快赣西城市群转型发展。',
     'place:宜春 | place:新余 | place:萍乡 | place:长株潭城市群 | place:赣西城市群'),
    # #006: the tourist road “醉美龙江331边防路” is a road, not labelled; 龙江 inside it is (as 云南 inside a slogan, holdout7 prov7
    # #021)
    ('prov9-heilongjiang', '推进旅游交通“快进慢游”体系建设，提升铁路、公路、民航、水运等交通服务，增开省内串飞航线，加快建设“醉美龙江331边防路”等旅游公路。',
     'place:龙江'),
    ('prov9-guizhou', '大力发展职业教育，深化职普融通、产教融合，推动建立10个省级市域产教联合体、行业产教融合共同体。',
     ''),
    # #008: 陕北 is a direction joined to a place name (陕), as 北疆 and 滇西 (*Where the sets disagree* 2); the base is a
    # project
    ('prov9-shaanxi', '支持延安、榆林协同发展，增强能源保供能力，提升陕北高端能源化工基地建设水平。',
     'place:延安 | place:榆林 | place:陕北'),
    ('prov9-shanxi', '拓展国际客货运航线，增强航空口岸辐射能力。',
     ''),
    ('prov9-fujian', '推动传统产业“智改数转”，抢抓大规模设备更新机遇，实施2205项省重点技改项目，技改融资专项规模扩大至近400亿元。',
     ''),
    # #011: 内环高架路 is a road
    ('prov9-shanghai', '持续推进15分钟社区生活圈建设，完成130公里架空线入地和杆箱整治，推动40个机关、企事业单位附属空间对社会开放共享，提升改造内环高架路沿线景观灯光，设置优化3000处公共空间休憩座椅，建成100个“美丽街区”。',
     ''),
    ('prov9-guizhou', '加大市、县国资国企改革力度，推动融资平台公司实体化、市场化转型取得突破性进展。',
     ''),
    # #013: 中央生态环境保护督察: 中央 is attributive
    ('prov9-henan', '持续抓好中央生态环境保护督察反馈问题整改。',
     ''),
    # #014: 闽台, 厦金 and 福马 are strings of one-character abbreviations; 台湾 inside 台湾同胞 is labelled; 沿海地区 is generic
    ('prov9-fujian', '推进沿海地区与金门、马祖通水通电通气通桥，加密闽台客货运航线，构建厦金、福马“同城生活圈”，带动更多台湾同胞以融合发展为共同事业，携手打拼好日子。',
     'place:金门 | place:马祖 | place:台湾'),
    ('prov9-hunan', '深入实施激发需求行动，强化专班推进、双周调度、下沉督导，全力以赴稳增长、提质效。',
     ''),
    ('prov9-ningxia', '持续强化土壤治理，实施土壤污染源头防控和固体废物综合治理行动，受污染耕地安全利用率达到93%以上，力争城市生活垃圾资源化利用率、建筑垃圾综合利用率、工业固废综合利用率均达到60%以上。',
     ''),
    # #017: the fair is an event; 中俄 is a pair of one-character abbreviations
    ('prov9-heilongjiang', '举办中俄文化大集等特色文旅活动2万余场，营业性演出活动增长92%，跨省观演率超50%。',
     ''),
    ('prov9-jilin', '推动人参全产业链产值达到千亿级规模。',
     ''),
    ('prov9-inner_mongolia', '推动走在全国前列的产业保持领先地位，抢占新的制高点。',
     ''),
    ('prov9-yunnan', '抓好军民融合、国防动员、国防教育、双拥等工作。',
     ''),
    ('prov9-shaanxi', '优化宝鸡、咸阳产业结构，提升制造业实力；',
     'place:宝鸡 | place:咸阳'),
    ('prov9-jiangxi', '新的一年，我们要大力支持国防和军队建设，助力巩固提高一体化国家战略体系和能力，加强国防教育、国防动员和后备力量建设，扎实开展双拥共建，推动军民融合深度发展，谱写军政军民团结新篇章！',
     ''),
    ('prov9-liaoning', '沈阳、大连两市经济规模要尽快过“万亿”，更好发挥“双核”创新引领和辐射带动作用。',
     'place:沈阳 | place:大连'),
    # #024: the plan's title is not labelled
    ('prov9-jilin', '编制《青年发展友好型省份建设规划》，完善青年就业创业、权益维护等政策体系。',
     ''),
    # #025: 孔子 inside the activity's name is labelled (a name inside a longer term, README)
    ('prov9-shandong', '创新开展“跟着孔子研学游”等文旅体验活动。',
     'person:孔子'),
    ('prov9-zhejiang', '为全省70岁以上户籍老年人购买意外伤害保险。',
     ''),
    ('prov9-qinghai', '因城施策支持居民刚性和改善性住房需求，改造城镇老旧小区2万套，新增保障性租赁住房2800套以上。',
     ''),
    ('prov9-jiangsu', '持续推进“1+3”重点功能区建设。',
     ''),
    # #029: level-qualified bodies (README); 省人大 in 省人大代表 is labelled, as 人大 in 人大代表
    ('prov9-jiangsu', '我们加强法治政府建设，自觉接受监督，共办理省人大代表建议748件、省政协提案954件，提请省人大常委会审议地方性法规13项，完成重要文件合法性审查169件。',
     'org:省人大 | org:省政协 | org:省人大常委会'),
    ('prov9-liaoning', '完成小流域综合治理60万亩以上。',
     ''),
    ('prov9-guangdong', '加强涉外法治建设，健全贸易风险预警监测机制，完善海外综合服务体系。',
     ''),
    ('prov9-hebei', '超前布局未来产业，打造空天信息和卫星互联网、先进算力、低空经济等新的增长点。',
     ''),
    # #033: “12345” 热线 is a short service number, not a phone (README)
    ('prov9-hebei', '招投标“双盲”评审改革促进市场公平竞争，13个“高效办成一件事”落地实施，“入企扫码”执法模式全国推广，12345热线解决企业和群众诉求1781万件。',
     ''),
    # #034: 粤港澳 alone is a string of abbreviations (README); 深交所 is the short name of the Shenzhen Stock Exchange (as 上交所,
    # holdout7)
    ('prov9-guangdong', '开展节能降碳十大行动，推进粤港澳碳标签互认，碳排放配额累计成交量、成交额均居全国区域碳市场首位，全国首单碳资产证券化产品在深交所挂牌。',
     'org:深交所'),
    ('prov9-chongqing', '三级数字化城市运行和治理中心实体化运行，八大板块跑道实现重点领域全覆盖，集成融合指挥调度能力初步形成。',
     ''),
    # #036: 我国 is a self-reference
    ('prov9-heilongjiang', '我国经济基础稳、优势多、韧性强、潜能大，长期向好的支撑条件和基本趋势没有变，进一步全面深化改革将不断激发新的发展动能，宏观调控一揽子增量政策和存量政策将持续发挥作用。',
     ''),
    ('prov9-liaoning', '（六）畅通内外循环，全面提升开放水平。',
     ''),
    # #038: 城市医疗集团 is generic
    ('prov9-gansu', '总结推广金昌、白银、庆阳3个城市医疗集团建设试点经验。',
     'place:金昌 | place:白银 | place:庆阳'),
    # #039: “千万工程” is a programme
    ('prov9-gansu', '深入学习运用“千万工程”经验，打造100个左右省级“和美乡村”，让农业增效益、基础更稳固，农村增活力、乡村更繁荣，农民增收入、生活更红火。',
     ''),
    ('prov9-shanghai', '航运贸易数字化平台上线运行，推出电子提单、电子放货等应用场景。',
     ''),
    # #041: NEW h9: 珠峰, the usual short name of 珠穆朗玛峰 (Qomolangma), is a place (a named mountain), labelled inside the
    # programme name “珠峰英才” (as 云岭 in 云岭名方); 援藏 is a programme built of an abbreviation
    ('prov9-tibet', '巩固拓展教育人才“组团式”援藏，深入实施“育引用留”工程和“珠峰英才”计划，大力引进高层次和急需紧缺人才，新增高技能人才2300人。',
     'place:珠峰'),
    ('prov9-sichuan', '加大土地供给、环境总量、能耗指标等省级统筹，优先支持重大战略实施、重点地区发展和重大项目落地。',
     ''),
    ('prov9-tibet', '开展各类文化惠民活动10万余场次。',
     ''),
    ('prov9-shanghai', '加快发展线上演播、沉浸式体验、房车露营等新业态，推动高能级、高流量、高品质的演出、赛事、展会等落地，促进商旅文体展联动发展。',
     ''),
    ('prov9-shaanxi', '“三项改革”新20条措施落地实施，试点单位突破200家，新建概念验证中心和中试基地28家，职务科技成果资产单列管理、先使用后付费等做法上升为国家改革举措。',
     ''),
    # #046: “齐倍安” is a product (a drug)
    ('prov9-shandong', '一类靶向抗癌新药“齐倍安”获批上市。',
     ''),
    ('prov9-shanxi', '纵深推进政府党风廉政建设和反腐败斗争，持之以恒反对“四风”，常态化纠治形式主义、官僚主义，切实减轻基层负担。',
     ''),
    # #048: 黄河干流宁夏段 as 长江干流重庆段 (holdout7 prov7 #070: 干流 taken with the river, 段 left out); 黄河 inside the law's name 黄河保护法
    # is labelled (as 浙江省 in a regulation's title, README); NEW h9: 全国人大执法检查组 (an inspection team the NPC sends, an ad hoc
    # working group) is a functional description, not a named body: only 全国人大 inside it; 连续8年 is a duration
    ('prov9-ningxia', '黄河干流宁夏段水质连续8年保持Ⅱ类进出，黄河银川段入选全国美丽河湖优秀案例，黄河保护法实施成效得到全国人大执法检查组充分肯定。',
     'place:黄河干流 | place:宁夏 | place:黄河#2 | place:银川 | place:黄河#3 | org:全国人大'),
    ('prov9-ningxia', '坚持纪法同施、风腐同治，把党纪学习教育常态化长效化与法治政府建设规范化制度化结合起来，持续整治重点领域、群众身边不正之风和腐败问题，着力营造风清气正的干事氛围。',
     ''),
    ('prov9-guangxi', '发展社区支持的居家养老，扩大普惠养老服务。',
     ''),
    # #051: the makers inside the projects' names are orgs (README: 吉利 in 吉利贵阳基地): 广汽埃安 (GAC Aion), 吉利, 邵虹 (the Shaohong
    # special-glass company), 信维 (Sunway Communication, its Yiyang capacitor plant); the projects and industries are not
    # labelled; “十大产业项目” is a programme
    ('prov9-hunan', '工业投资增长9.5%，“十大产业项目”完成投资363.9亿元，长沙广汽埃安、湘潭吉利新能源汽车项目建成投产，邵阳邵虹基板玻璃新产线“满产满销”，益阳信维多层陶瓷电容器量产，娄底硅钢、郴州锂电新能源、常德轻工纺织加快迈向千亿产业。',
     'place:长沙 | org:广汽埃安 | place:湘潭 | org:吉利 | place:邵阳 | org:邵虹 | place:益阳 | org:信维 | place:娄底 | place:郴州 | place:常德'),
    ('prov9-shaanxi', '把底线思维、极限思维贯穿政府工作全过程，保持戒惧之心、增强忧患意识、提高防范能力，牢牢守住社会稳定、债务金融、安全生产等风险底线，实现高质量发展和高水平安全良性互动。',
     ''),
    ('prov9-shanxi', '（四）聚焦推动城乡融合发展，统筹推进新型城镇化和乡村全面振兴',
     ''),
    # #054: 普通国道 is generic
    ('prov9-guizhou', '实施普通国省道攻坚突破，省级统筹实施1000公里普通国道低等级路段升级改造，加快42个在建普通国道项目建设；',
     ''),
    ('prov9-guangdong', '健全劳动关系协商协调机制，加强灵活就业和新就业形态劳动者权益保障，完善劳动者工资决定、合理增长、支付保障机制，以高质量充分就业促进群众增收。',
     ''),
    ('prov9-anhui', '建设具有国际竞争力的先进制造业集群。',
     ''),
    ('prov9-jiangxi', '深入开展县域商业建设行动，改造提升县域商业项目200个，基本实现有条件的乡镇商贸中心全覆盖，推进供销集配体系建设，具备条件的县有物流配送中心、乡镇有物流中转站、村村通快递。',
     ''),
    # #058: the demonstration zone is a programme zone: only 博鳌 (README)
    ('prov9-hainan', '博鳌近零碳示范区减碳96.2%，正式进入近零碳运行阶段。',
     'place:博鳌'),
    # #059: 甘南 (the Gannan prefecture) and 黄河上游 are two places, not a hierarchy (as 渤海辽宁段, holdout7 prov7 #000); NEW h9:
    # 上游 (the upper reaches) joined to a river is taken with it, as 干流 (holdout7) and 流域 (holdout5); the conservation and
    # ecological-function areas are designations; NEW h9: 渭河源 (the source area of the Wei) and 黄河首曲 (the Yellow River's
    # first bend, a named wetland) are named areas taken whole; 永靖太极岛 is a contiguous hierarchy (county and island), one
    # span
    ('prov9-gansu', '加强甘南黄河上游水源涵养区和祁连山、子午岭、渭河源等重点生态功能区建设，增强黄河首曲、尕海、永靖太极岛等重要湿地生态系统功能。',
     'place:甘南 | place:黄河上游 | place:祁连山 | place:子午岭 | place:渭河源 | place:黄河首曲 | place:尕海 | place:永靖太极岛'),
    ('prov9-shanxi', '加快风电光伏项目建设，推动氢能、氨能、甲醇全产业链发展，高效开发利用地热能，新能源和清洁能源装机占比达到50%以上。',
     ''),
    ('prov9-guizhou', '发挥经济体制改革牵引作用，推动更多标志性改革举措落地见效，以高水平对外开放促进深层次改革、高质量发展。',
     ''),
    # #062: the railways and expressways (渝宜, 成渝, 渝西 = Chongqing-Xi'an, 渝昆, 梁开, 渝武: strings of one-character
    # abbreviations) are not labelled; 重庆 in 重庆段 is (as 宁夏段, holdout8 zh8-prov #033); 渝宜段 is a string of abbreviations;
    # 高竹新区 is a new district (README), its 南北大道 a road; 川渝 a pair of abbreviations
    ('prov9-chongqing', '渝宜高铁重庆段、成渝高速改扩建项目开工建设，成渝中线高铁、渝西高铁等加速推进，渝昆高铁渝宜段、梁开高速、渝武复线高速、高竹新区南北大道等建成通车，川渝省际通道增至30个。',
     'place:重庆 | place:高竹新区'),
    ('prov9-yunnan', '开展大中小学思政课一体化建设“四通行动”。',
     ''),
    ('prov9-anhui', '实施重点企业节能降碳诊断和升级改造，实行新上项目差异化用能管理。',
     ''),
    # #065: PM2.5 is a pollutant
    ('prov9-guangdong', '推动重污染行业超低排放改造，PM2.5平均浓度降至20.6微克/立方米，空气质量优良天数比率达95.8%、创有记录以来最好水平。',
     ''),
    ('prov9-guizhou', '习近平总书记殷殷嘱托催人奋进，贵州高质量发展重任在肩。',
     'person:习近平 | place:贵州'),
    # #067: NEW h9: 江淮 (the land between the Yangtze and the Huai) is a traditional region name, as 湖湘 and 巴蜀 (README),
    # not a pair of abbreviations like 川渝; labelled inside the campaign name 江淮粮仓 (as 天府 in 天府粮仓, #001)
    ('prov9-anhui', '加快江淮粮仓建设，全面实施“四良两优”工程，新建、改造高标准农田454.6万亩，生物育种实验室启动建设。',
     'place:江淮'),
    # #068: 国际商事仲裁中心 is a status; 渝港澳 is a string of one-character abbreviations
    ('prov9-chongqing', '获批国际商事仲裁中心建设试点和渝港澳律所合伙联营试点，租赁和商务服务业、交通运输仓储和邮政业营业收入分别增长11.7%、8.6%。',
     ''),
    # #069: the marathon is an event: only 兰州; 世界田联 (World Athletics) inside the quoted rating is an org (as 中国 in 中国新闻奖)
    ('prov9-gansu', '兰州马拉松再获“世界田联金标赛事”。',
     'place:兰州 | org:世界田联'),
    ('prov9-hubei', '（四）在城乡融合发展和乡村全面振兴上奋发有为，促进区域城乡共同繁荣。',
     ''),
    ('prov9-fujian', '促进大中小企业梯度发展，新增专精特新“小巨人”企业40家、国家级制造业单项冠军企业11家、上市企业8家，全省实有企业首次突破200万户，各类经营主体千帆竞发、共生共赢。',
     ''),
    ('prov9-henan', '加强重点行业挥发性有机物深度治理，实施重污染天气重点行业绩效分级管理，空气质量优良天数持续增加。',
     ''),
    ('prov9-heilongjiang', '深入实施制造业重点产业链高质量发展行动，围绕22个产业、189条产业链，补链延链、建链集群。',
     ''),
    # #074: 同志 is a suffix
    ('prov9-guangdong', '习仲勋同志在视察时作出“合理砍伐，永续利用，绿化荒山，青山常在”的指示。',
     'person:习仲勋'),
    # #075: NEW h9: 塞上江南 ("Jiangnan beyond the frontier"), the traditional name of the Ningxia plain, is a place, as 陇原
    # and 天府 (README), labelled inside the campaign's name; “5331” is a count
    ('prov9-ningxia', '启动实施塞上江南和美乡村“5331”行动，全面完成农村人居环境整治提升五年行动任务，改造农村公路1500公里，力争农村卫生厕所普及率达到71%以上、农村生活污水治理（管控）率达到40%以上。',
     'place:塞上江南'),
    ('prov9-guangdong', '鼓励社会机构、用人单位等参与3岁以下幼儿托育服务建设，每千人口拥有3岁以下托位数不少于5.5个。',
     ''),
    ('prov9-beijing', '大力促进农民增收，强化区镇统筹盘活乡村闲置资源，提升乡村旅游品质，努力让农民生活更殷实。',
     ''),
    ('prov9-xinjiang', '严格落实行政裁量权基准制度，全面推进严格规范公正文明执法，加强行政执法协调监督体系建设，健全完善行政复议体制机制。',
     ''),
    # #079: 中部地区 is directional (*Where the sets disagree* 2)
    ('prov9-hubei', '大力发展新兴特色产业，全球领先的三维五轴激光加工机床量产，首台全国产半导体激光切割设备面市，7纳米高性能自动驾驶芯片填补国内空白，软件业务收入占中部地区的比重超过50％。',
     ''),
    # -- provincial 2025 reports, sentences with a name cue (NAME_CUES), draws 1-2 left out: Random(10103).sample(…, 50), in sampled order
    # #000: 中部地区 is directional
    ('prov9name-hubei', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委坚强领导下，鼓足干劲、奋发进取，久久为功、善作善成，在长江经济带高质量发展中奋勇争先，加快建成中部地区崛起的重要战略支点，为奋力谱写中国式现代化湖北篇章不懈奋斗！',
     'person:习近平 | org:党中央 | org:省委 | place:长江经济带 | place:中国 | place:湖北'),
    # #001: 国家火炬中心 (the Torch High Technology Industry Development Center of the Ministry of Science and Technology) names
    # one institution by its own field (*Where the sets disagree* 1)
    ('prov9name-shanxi', '10个特色产业基地通过国家火炬中心验收。',
     'org:国家火炬中心'),
    ('prov9name-shanxi', '山西中医药大学、运城学院分别获批博士、硕士学位授予单位。',
     'org:山西中医药大学 | org:运城学院'),
    # #003: NEW h9: a tunnel is a road facility, not a place (as railway lines and roads, README); the place it is named
    # after (金凤) is labelled, as 瓦里关 in 瓦里关全球大气本底站; 中心城区 is generic
    ('prov9name-chongqing', '金凤隧道建成通车，完工片区路网更新项目19个，加密主次支路200公里，打通断头路30条，治理堵点乱点60处，新增和优化公交线路301条，中心城区城市道路通车里程突破6800公里。',
     'place:金凤'),
    # #004: “十五五” is a plan period
    ('prov9name-heilongjiang', '高质量做好“十五五”规划编制工作，科学合理设定各项指标，积极谋划事关全省长远发展的重大战略任务、重大改革举措、重大工程项目，全力争取列入国家规划并加快实施。',
     ''),
    # #005: 国际红树林中心 (the International Mangrove Center, set up in Shenzhen as an intergovernmental body) is one named
    # institution; the 示范区 is a programme zone
    ('prov9name-guangdong', '国际红树林中心正式成立，万亩级红树林示范区加快建设，累计完成红树林营造修复5648公顷，全国首笔红树林碳汇开发权成功交易。',
     'org:国际红树林中心'),
    # #006: 先行示范区 and 经济特区 are designations; 全球海洋中心城市 and 经济中心城市 are statuses
    ('prov9name-guangdong', '支持深圳建设新时代经济特区、新征程中国特色社会主义先行示范区，纵深推进综合改革试点，全方位打造创新之城，高水平建设全球海洋中心城市，加快打造更具全球影响力的经济中心城市和现代化国际大都市，创建社会主义现代化强国的城市范例。',
     'place:深圳 | place:中国'),
    ('prov9name-hainan', '争取海南莫斯科动力大学、海南洛桑旅游大学获批。',
     'org:海南莫斯科动力大学 | org:海南洛桑旅游大学'),
    ('prov9name-anhui', '扎实推进“千村引领、万村升级”工程，新增精品示范村211个、省级中心村850个。',
     ''),
    ('prov9name-jiangxi', '9.“1+M+N”科技成果转移转化服务体系：建设“1”个省级成果转移转化中心，指导建设“M”个设区市分中心，引导高校院所组建“N”个转化中心，构建全省科技成果转移转化专业化服务网络。',
     ''),
    ('prov9name-hainan', '推广居家社区养老“建枢纽带站点进家庭”模式，打造区域性养老服务中心7个，社区养老服务站22个。',
     ''),
    # #011: 省实验室 and 产业创新研究院 are generic (categories named after fields)
    ('prov9name-anhui', '建设新能源智能网联汽车、生物育种、安全人工智能、应用超导等省实验室和产业创新研究院。',
     ''),
    # #012: 现代产业学院 is generic
    ('prov9name-ningxia', '加快建设现代职业教育体系，新建10个以上现代产业学院，力争宁夏职业技术学院、宁夏工商职业技术学院升格本科。',
     'org:宁夏职业技术学院 | org:宁夏工商职业技术学院'),
    ('prov9name-gansu', '激发新型消费，大力发展首发经济、冰雪经济、平台经济、银发经济，丰富智慧商店、智慧餐厅等新零售业态，培育电子商务产业园和县域直播电商中心。',
     ''),
    # #014: 全球金融科技中心 is a status
    ('prov9name-shanghai', '高质量推进全球金融科技中心建设，开展数字人民币试点应用行动。',
     ''),
    ('prov9name-zhejiang', '全力办好教育事业，加大学前教育普及普惠力度，推进义务教育优质均衡发展，保障义务教育阶段随迁子女公平入学，首次实施中考全省统一命题。',
     ''),
    # #016: the joint fund is a fund, not an org (README)
    ('prov9name-guizhou', '深化与国家自然科学基金委员会合作，用好区域创新发展联合基金，共同开展能源与化工、航空航天等领域应用基础研究。',
     'org:国家自然科学基金委员会'),
    # #017: 保税物流中心 is a category
    ('prov9name-jiangxi', '推动综合保税区等开放平台提质增效，支持条件成熟的地区申报保税物流中心。',
     ''),
    # #018: 党 alone is no org; the plenum is an event
    ('prov9name-anhui', '在深入学习贯彻党的二十届三中全会精神的关键时刻，习近平总书记亲临安徽考察，发表重要讲话，为安徽全方位把脉定向、指路领航。',
     'person:习近平 | place:安徽 | place:安徽#2'),
    ('prov9name-chongqing', '提升三级治理中心贯通实战能力。',
     ''),
    ('prov9name-ningxia', '深入实施城镇综合承载能力提升行动，启动中心镇建设计划，出台建设指引，加快补齐基础设施和公共服务短板，使中心镇成为连接城市、带动乡村的重要节点。',
     ''),
    # #021: the 自贸区 and 综试区 are programme zones: only the places in them; NEW h9: 花湖国际自由贸易航空港 is a designation like 自贸港
    # (README), not an airport's name: only 花湖 (the Huahu airport's place) in it; 中欧班列 is a service (中欧 a pair of
    # abbreviations); NEW h9: 华中 (central China, 华 = China) is labelled, as the README recommends for 华北 and 华南; 区域集结中心 (a
    # regional assembly hub) is a facility, and its 区域 belongs to it, not to 华中 as an area word
    ('prov9name-hubei', '实施湖北自贸区提升战略，加快建设花湖国际自由贸易航空港、中欧班列华中区域集结中心，争创鄂州跨境电商综试区，持续提升湖北开放功能。',
     'place:湖北 | place:花湖 | place:华中 | place:鄂州 | place:湖北#2'),
    # #022: the Beijing Central Axis is a historic site (a World Heritage site), a place (README *place*); 首都 is a common
    # noun
    ('prov9name-beijing', '习近平总书记高度重视首都工作，在北京中轴线成功申遗之际，对加强文化和自然遗产保护传承利用工作作出重要指示；',
     'person:习近平 | place:北京中轴线'),
    ('prov9name-shaanxi', '组建一批企业牵头的共性技术研发平台、新型研发机构，新建20家中试基地和概念验证中心，靶向攻关100项关键核心技术，新增成果转化企业1000家。',
     ''),
    ('prov9name-zhejiang', '持续提升县级医院综合实力，增强山区海岛县县级医院技术能力，完善乡村医疗卫生体系，推动县域医共体向健康共同体转型。',
     ''),
    ('prov9name-yunnan', '过去一年成绩的取得，是以习近平同志为核心的党中央坚强领导的结果，是习近平新时代中国特色社会主义思想科学指引的结果，是省委正确领导、有力统筹的结果，是省人大、省政协和社会各界有效监督、同向发力的结果，是全省各族人民和衷共济、艰苦奋斗的结果。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:省委 | org:省人大 | org:省政协'),
    # #026: 国际旅游消费中心 is a status
    ('prov9name-hainan', '必须用好用足两个市场、两种资源，把扩大内需作为战略基点，推动文化、体育、旅游、康养等产业融合发展，促进旅游业开放合作，培育壮大新型消费，推动消费转型升级，激活消费潜能，促进消费回流，以消费提质增效推动国际旅游消费中心建设。',
     ''),
    ('prov9name-sichuan', '加快分级诊疗体系建设，推进紧密型医联体和县域医疗卫生次中心建设，发展互联网医院、远程诊疗和“AI+医疗”，促进优质医疗资源更好下沉共享。',
     ''),
    # #028: NEW h9: 新三板 (the National Equities Exchange and Quotations, an OTC market) is an exchange, an org, as 天津OTC
    # (holdout5); quotes enclosing the whole name are left out; 中部 is directional
    ('prov9name-hunan', '大力实施主体强身行动，全省实有企业主体达210万户，“四上”企业突破6万家，新培育百亿企业11家，工业百亿企业总数达53家，上市公司达146家，新增“新三板”挂牌企业12家、居中部第2位。',
     'org:新三板'),
    # #029: 市委 is level-qualified (as 省委)
    ('prov9name-chongqing', '体系化推动习近平总书记重要指示批示和党中央决策部署一贯到底，不折不扣落实市委工作要求，当好执行者、行动派、实干家。',
     'person:习近平 | org:党中央 | org:市委'),
    # #030: 北京 inside the quoted saying is labelled
    ('prov9name-beijing', '牢记“看北京首先要从政治上看”，更加深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，始终在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。',
     'place:北京 | person:习近平 | org:党中央'),
    # #031: 国家区域医疗中心 and 省级区域医疗中心 are categories; the branch hospital is taken whole (holdout7 prov7name #005), 一期 left
    # out
    ('prov9name-guizhou', '加快建设5个国家区域医疗中心二期项目，推动北京协和医院贵州医院一期建成开诊、四川大学华西医院帮扶遵义合作协议加快落地，支持省级区域医疗中心与省外高水平医院开展帮扶共建。',
     'org:北京协和医院贵州医院 | org:四川大学华西医院 | place:遵义'),
    # #032: 嘉陵江、明月湖实验室: the elision is labelled as written (泰安、德州机场 gives place 泰安 and place 德州机场, README): 嘉陵江 is a
    # river; 科技创新中心 is a status; 前沿技术交叉研究院 generic
    ('prov9name-chongqing', '构建具有全国影响力的科技创新中心支撑体系，聚力建设四大科创高地，推动金凤实验室产出重大科技成果，挂牌建设嘉陵江、明月湖实验室，打造一批前沿技术交叉研究院。',
     'org:金凤实验室 | place:嘉陵江 | org:明月湖实验室'),
    # #033: the base and its wharf are a project: only the company 中海油; 中船天津 (CSSC's Tianjin shipyard company) taken whole
    # with its place, as 新加坡金鹰集团; 国能集团航运公司 with its parent (README); 玉湖冷链交易中心 is a trading company; 国际邮轮母港 is unnamed; the
    # expo is an event
    ('prov9name-tianjin', '适港产业提质升级，中海油海洋装备制造基地码头二期等10个项目完工，中船天津大型集装箱船交付，国能集团航运公司、玉湖冷链交易中心等落地，国际邮轮母港接待邮轮超过100艘次，成功举办国际航运产业博览会，航运集聚区新落户企业300余家。',
     'org:中海油 | org:中船天津 | org:国能集团航运公司 | org:玉湖冷链交易中心'),
    # #034: 国家医学中心 and 区域医疗中心 are categories (*Where the sets disagree* 1)
    ('prov9name-zhejiang', '接续推进“医学高峰”建设，高水平建设国家医学中心和区域医疗中心。',
     ''),
    # #035: 国际航运中心 is a status (README)
    ('prov9name-shanghai', '加快国际航运中心建设，航运枢纽功能持续增强。',
     ''),
    # #036: 首都 is a common noun; 全国文化中心 is a status
    ('prov9name-beijing', '（六）深入做好首都文化大文章，更好发挥全国文化中心示范作用',
     ''),
    ('prov9name-hunan', '促进公立医疗机构健康运行，引导规范民营医院发展。',
     ''),
    # #038: NEW h9: 长白山、三江、吉光3个省实验室: the labs' names are elided and labelled as written (README): 长白山 is a mountain, a
    # place; 三江 ("three rivers") and 吉光 are not names of a place or a body by themselves, not labelled; 全国重点实验室 is a
    # category; the two provincial institutes are level-qualified (as 省科学院, holdout7)
    ('prov9name-jilin', '优化高能级创新平台建设，发挥全国重点实验室重大科技项目攻关作用，组织长白山、三江、吉光3个省实验室和省科技创新研究院、省氢能产业综合研究院高效运行，推动创新平台面向企业和社会开放共享。',
     'place:长白山 | org:省科技创新研究院 | org:省氢能产业综合研究院'),
    # #039: 总书记 is a title; 中央决策部署: 中央 is attributive
    ('prov9name-anhui', '我们要坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，以强烈的政治担当落实好总书记赋予的使命任务，不折不扣抓好中央决策部署和省委工作要求的落实。',
     'person:习近平 | place:中国 | org:省委'),
    # #040: the railways (集大原, 集通: strings of one-character abbreviations) and the expressway are not labelled; the
    # airport with its city is one place; both ends of the transmission line's route are places (as 富裕至加格达奇铁路, holdout7),
    # the line a facility; 云数据中心 is a facility
    ('prov9name-inner_mongolia', '集大原高铁开通运行，集通铁路全面实现电气化，东西高速公路大通道全线贯通，呼和浩特盛乐国际机场主体工程基本完工，胜利至张北特高压输电工程投入运行，云数据中心等新基建投资增长40%以上。',
     'place:呼和浩特盛乐国际机场 | place:胜利 | place:张北'),
    # #041: 国际消费中心城市 is a status
    ('prov9name-hunan', '优化消费环境，做大做强消费型平台企业，开展现代商贸流通体系试点城市建设，支持长沙建设国际消费中心城市，推进城市一刻钟便民生活圈建设，实施县域商业建设行动，完善县乡村电子商务和快递物流配送体系。',
     'place:长沙'),
    # #042: ［24］ is a footnote mark, kept as sampled
    ('prov9name-hainan', '全民健身活动中心和“一场两馆［24］”对外开放率达90%。',
     ''),
    # #043: a level-qualified body (as 省妇女儿童中心, holdout7 prov7name #000)
    ('prov9name-shandong', '推动设立省水网运行调度中心，通水里程突破7100公里。',
     'org:省水网运行调度中心'),
    # #044: a level-qualified hospital; 互联网医院 is generic
    ('prov9name-sichuan', '建成省互联网总医院，互联网医院总诊疗2430万人次。',
     'org:省互联网总医院'),
    # #045: 总理, 副总理 and 总书记 are titles
    ('prov9name-tibet', '李强总理作出批示，张国清副总理带着总书记和党中央、国务院的亲切关怀赶赴灾区指导慰问。',
     'person:李强 | person:张国清 | org:党中央 | org:国务院'),
    # #046: NEW h9: 虹桥国际开放枢纽 (the Hongqiao International Opening Hub, a State Council planning area spanning Shanghai,
    # Jiangsu and Zhejiang) is a named planning area taken whole, as 长江经济带; 国际人才服务中心 is the second centre with its 虹桥
    # elided, labelled as written (as 警务培训中心, holdout7 prov7name #007)
    ('prov9name-shanghai', '虹桥国际开放枢纽进一步提升能级政策措施落实落地，虹桥海外发展服务中心、国际人才服务中心揭牌成立。',
     'place:虹桥国际开放枢纽 | org:虹桥海外发展服务中心 | org:国际人才服务中心'),
    # #047: 中心卫生院 and 三甲医院 are generic
    ('prov9name-guangdong', '聘请200名副高级以上职称的医疗专家到县级公立医院工作，支持47家升级建设的中心卫生院聘任100名副高级以上职称的退休医生担任首席专家，推动三甲医院选派超500名专家到县级医院开展技术帮扶。',
     ''),
    # #048: the excellence centres are a category; ESI (Essential Science Indicators) is a database and ranking, not
    # labelled
    ('prov9name-guangdong', '深圳理工大学、佛山大学、肇庆医学院等7所高等院校获批设置，新增博士点57个、硕士点106个，建设11家高等学校基础研究卓越中心，中山大学在香港设立首个内地高校综合性研究机构，华南理工大学工程学成为全省首个迈入ESI全球排名前万分之一学科。',
     'org:深圳理工大学 | org:佛山大学 | org:肇庆医学院 | org:中山大学 | place:香港 | org:华南理工大学'),
    # #049: “双一流” is a programme; 筹建 is a verb here, not part of the name
    ('prov9name-jiangxi', '深化高等教育综合改革，推动高校专业谱系对接产业图谱，开展“双一流”建设攻坚，筹建江西高等研究院；',
     'org:江西高等研究院'),
    # -- laws (every law of prc-laws-lawrefbook): Random(10104).sample(…, 30), in sampled order
    # #000: the department is generic
    ('law9-regulations_on_government_information_disclosure_2019', '全国政府信息公开工作主管部门根据实际需要可以制定专门的规定。',
     ''),
    # #001: 县级以上地方人民政府公安机关出入境管理机构 is generic in a law
    ('law9-exit_entry_administration_law_2012', '第三十二条 在中国境内居留的外国人申请延长居留期限的，应当在居留证件有效期限届满三十日前向居留地县级以上地方人民政府公安机关出入境管理机构提出申请，按照要求提交申请事由的相关材料。',
     'place:中国'),
    ('law9-exit_entry_administration_law_2012', '第五十六条 交通运输工具有下列情形之一的，不准出境入境；',
     ''),
    ('law9-criminal_procedure_law_2018', '第一百五十二条 采取技术侦查措施，必须严格按照批准的措施种类、适用对象和期限执行。',
     ''),
    ('law9-criminal_procedure_law_2018', '（二）采取不暴露外貌、真实声音等出庭作证措施；',
     ''),
    ('law9-criminal_law', '第二百四十六条 以暴力或者其他方法公然侮辱他人或者捏造事实诽谤他人，情节严重的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利。',
     ''),
    ('law9-criminal_law', '（四）投保人、被保险人故意造成财产损失的保险事故，骗取保险金的；',
     ''),
    ('law9-state_secrets_law_implementing_regulations_2024', '相关学会、协会等社会团体可以制定团体标准；',
     ''),
    ('law9-criminal_procedure_law_2018', '侦查人员在讯问犯罪嫌疑人的时候，应当告知犯罪嫌疑人享有的诉讼权利，如实供述自己罪行可以从宽处理和认罪认罚的法律规定。',
     ''),
    ('law9-national_security_law_2015', '第二十七条 国家依法保护公民宗教信仰自由和正常宗教活动，坚持宗教独立自主自办的原则，防范、制止和依法惩治利用宗教名义进行危害国家安全的违法犯罪活动，反对境外势力干涉境内宗教事务，维护正常宗教活动秩序。',
     ''),
    # #010: 公安机关 is generic in a law (README)
    ('law9-peoples_police_law_2012', '第十一条 为制止严重违法犯罪活动的需要，公安机关的人民警察依照国家有关规定可以使用警械。',
     ''),
    ('law9-cybersecurity_law_2016', '网络产品、服务的提供者不得设置恶意程序；',
     ''),
    ('law9-criminal_procedure_law_2018', '判决书应当同时送达辩护人、诉讼代理人。',
     ''),
    # #013: 国家保密行政管理部门 is a description of a body, as 国家反恐怖主义工作领导机构 (README); 24小时 is a duration
    ('law9-state_secrets_law_implementing_regulations_2024', '地方各级保密行政管理部门接到泄密报告的，应当在24小时内逐级报至国家保密行政管理部门。',
     ''),
    ('law9-regional_ethnic_autonomy_law_2001', '第三十八条 民族自治地方的自治机关自主地发展具有民族形式和民族特点的文学、艺术、新闻、出版、广播、电影、电视等民族文化事业，加大对文化事业的投入，加强文化设施建设，加快各项文化事业的发展。',
     ''),
    ('law9-criminal_law', '第四百条 司法工作人员私放在押的犯罪嫌疑人、被告人或者罪犯的，处五年以下有期徒刑或者拘役；',
     ''),
    ('law9-personal_information_protection_law_2021', '（三）对严重违反法律、行政法规处理个人信息的平台内的产品或者服务提供者，停止提供服务；',
     ''),
    # #017: 县级以上地方人民政府公安机关 is generic
    ('law9-exit_entry_administration_law_2012', '在中国境内居留的外国人，应当在规定的时间内到居留地县级以上地方人民政府公安机关交验外国人居留证件。',
     'place:中国'),
    ('law9-state_secrets_law_implementing_regulations_2024', '第四十八条 从事国家秘密载体制作、复制、维修、销毁，涉密信息系统集成，武器装备科研生产，或者涉密军事设施建设等涉密业务的企业事业单位，应当由保密行政管理部门单独或者会同有关部门进行保密审查，取得保密资质。',
     ''),
    ('law9-data_security_law_2021', '各地区、各部门应当按照数据分类分级保护制度，确定本地区、本部门以及相关行业、领域的重要数据具体目录，对列入目录的数据进行重点保护。',
     ''),
    ('law9-cybersecurity_law_2016', '（三）擅自终止为其产品、服务提供安全维护的。',
     ''),
    ('law9-data_security_law_2021', '第二十八条 开展数据处理活动以及研究开发数据新技术，应当有利于促进经济社会发展，增进人民福祉，符合社会公德和伦理。',
     ''),
    # #022: 文号 is a word, not a document number
    ('law9-regulations_on_government_information_disclosure_2019', '(二)申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；',
     ''),
    ('law9-criminal_procedure_law_2018', '期间的最后一日为节假日的，以节假日后的第一日为期满日期，但犯罪嫌疑人、被告人或者罪犯在押期间，应当至期满之日为止，不得因节假日而延长。',
     ''),
    ('law9-constitution_prc', '凡是依照国家财政体制属于民族自治地方的财政收入，都应当由民族自治地方的自治机关自主地安排使用。',
     ''),
    ('law9-criminal_procedure_law_2018', '讯问笔录、法庭笔录应当交给到场的法定代理人或者其他人员阅读或者向他宣读。',
     ''),
    # #026: the session ordinals are not part of the name
    ('law9-national_security_law_2015', '2015年7月1日 第十二届全国人民代表大会常务委员会第十五次会议通过',
     'date:2015年7月1日 | org:全国人民代表大会常务委员会'),
    ('law9-counterterrorism_law_2018', '（二）未依照规定对运营中的危险化学品、民用爆炸物品、核与放射物品的运输工具通过定位系统实行监控的；',
     ''),
    ('law9-regulations_on_religious_affairs_2017', '临时活动地点的宗教活动应当符合本条例的相关规定。',
     ''),
    ('law9-criminal_procedure_law_2018', '（二）检察人员发现提起公诉的案件需要补充侦查，提出建议的；',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout9", ITEMS, DRAWS, sample, groups=("nat9", "prov9-", "prov9name-", "law9-"), id_letter="k")


if __name__ == "__main__":
    main()
