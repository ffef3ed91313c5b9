"""Build eval/ner/holdout15.jsonl: a fifteenth held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout14.py (those marked NEW h7 … NEW h14 included). The labeller did not
read anything of the extractor (dossier/), the tests or docs/, did not run it, bench/ner_eval.py, the
tests or any segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts
for them. The set has never been scored. It is drawn like holdout13 (same sources, new seeds; 90
national, 100 provincial, 90 name-cue and 20 law sentences); every entity type the rules define is
labelled.

    python eval/ner/build_holdout15.py            # write holdout15.jsonl from ITEMS, print counts
    python eval/ner/build_holdout15.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout15.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout13.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout14.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs.

1. nat15: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(16161).sample(…, 90). No cue word is required.
2. prov15-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(16162).sample(…, 100).
3. prov15name-*: the same provincial sentences that contain one of NAME_CUES (holdout13's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(16163).sample(…, 90).
4. law15-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(16164).sample(…, 20).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat15 #010 and #041 are in traditional characters, nat15 #047 begins with the 》 of a title cut by
the split, prov15 #018 carries a note marker (［3］) and prov15name #007 and #043 are glossary notes;
all are readable report text and were kept.

The decisions this set adds (5, on 4 items) are marked NEW h15 on their items; the items' comments
say what they are.

Result: 300 sentences (90 nat15, 100 prov15, 90 prov15name, 20 law15), 217 entities: 114 place, 75 org,
22 person, 6 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat15 12 place, 4 org, 1 person, 1 date (8 sentences with an entity); prov15 42 place, 14 org, 2
person, 2 date (26); prov15name 60 place, 55 org, 19 person, 2 date (47); law15 2 org, 1 date (2).
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


# -- reading code, copied from build_holdout13.py (itself from build_holdout11.py, build_holdout9.py, build_holdout7.py,
# build_holdout6.py and build_holdout2.py) so that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4,5,6,7,8,9,10,11,12,13,14}.py, and the texts of their ITEMS."""
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
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12, build_holdout13, build_holdout14)
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
            out += [("nat15", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov15-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(16161).sample(national_candidates(), 90)}
    drawn |= {s for _, s in random.Random(16162).sample(provincial_candidates(), 100)}
    return [(f"prov15name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law15-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 16161, 90), (provincial_candidates, 16162, 100), (provincial_name_candidates, 16163, 90),
         (law_candidates, 16164, 20)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout14.py (NEW h7 … NEW h14
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h15 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(16161).sample(…, 90), in sampled order
    ('nat15', '巩固提高一体化国家战略体系和能力，优化国防科技工业体系和布局，加强国防教育、国防动员和后备力量建设。',
     ''),
    ('nat15', '高等教育改革步伐加快，结构有所调整。',
     ''),
    # #002: 流经七省 names no province; 我国 is a self-reference
    ('nat15', '黄河全长四千八百多公里，流经七省，流域面积七十四万五千平方公里，在我国历史上一直就是为害最严重的河道。',
     'place:黄河'),
    ('nat15', '为了满足经济发展和人民生活改善的巨大需要，我们必须继续进行艰苦的奋斗。',
     ''),
    ('nat15', '主要运用经济手段和法律手段并采取必要的行政手段控制和调节经济的运行，是建立新型的社会主义经济体制的重要内容。',
     ''),
    ('nat15', '主要是，国内有效需求不足和供给结构不适应市场需求的变化；',
     ''),
    ('nat15', '改革的基本目标是：坚持公共医疗卫生的公益性质，建立基本医疗卫生制度，为群众提供安全、有效、方便、价廉的基本医疗卫生服务。',
     ''),
    # #007: 海南岛八所 (the port of Basuo on Hainan island) and 安徽裕溪口 are contiguous hierarchies, one span each
    # (README *place*)
    ('nat15', '航运建设，由交通部负责施工的，有上海、天津、重庆、湛江、海南岛八所和安徽裕溪口等港口的建设工程，同时，增加船舶七万八千吨以上。',
     'org:交通部 | place:上海 | place:天津 | place:重庆 | place:湛江 | place:海南岛八所 | place:安徽裕溪口'),
    # #008: “十三五” is a plan period
    ('nat15', '二、“十三五”时期主要目标任务和重大举措',
     ''),
    ('nat15', '餐饮、住宿、零售、文化、旅游、客运等行业就业容量大、受疫情影响重，各项帮扶政策都要予以倾斜，支持这些行业企业挺得住、过难关、有奔头。',
     ''),
    # #010: traditional characters, labelled as written; 我國 is a self-reference; 中英 a pair of one-character
    # abbreviations
    ('nat15', '但是現在的問題是：英國應當像我國一樣，繼續努力增進中英的和平合作，而不是製造新的障礙。',
     'place:英國'),
    # #011: NEW h15: 西藏地方政府 (the Local Government of Tibet, the body named in the 1951 agreement) is the proper
    # name of one historical body, an org, not the generic 地方政府; 西藏 inside it is not labelled again; the
    # agreement is not labelled
    ('nat15', '根据一九五一年和平解放西藏的十七条协议，西藏地方政府应当团结人民，驱逐帝国主义侵略势力出西藏；',
     'date:一九五一年 | place:西藏 | org:西藏地方政府 | place:西藏#3'),
    # #012: 第三世界 is a descriptive grouping of countries, as “全球南方” (holdout13), not a place
    ('nat15', '第三世界国家是我们患难与共的朋友，长期维护这种宝贵的友谊是我们的重要义务。',
     ''),
    ('nat15', '完善三孩生育政策配套措施，将3岁以下婴幼儿照护费用纳入个人所得税专项附加扣除，多渠道发展普惠托育服务，减轻家庭生育、养育、教育负担。',
     ''),
    ('nat15', '在今年的改革中，我国广大工人、农民、知识分子和全体干部，特别是城市广大职工，肩负着光荣而又繁重的任务。',
     ''),
    ('nat15', '（二）进一步扩大内需特别是居民消费需求',
     ''),
    ('nat15', '人口增长、经济发展给资源带来巨大压力，部分地区生态环境继续恶化。',
     ''),
    ('nat15', '居民储蓄存款余额五年增长1倍多，股票、债券等其他金融资产迅速增加。',
     ''),
    ('nat15', '重点抓好农村和流动人口的计划生育管理和服务，控制人口增长。',
     ''),
    ('nat15', '加强科技兴贸创新基地和服务外包基地建设，支持自主品牌和自主知识产权产品出口。',
     ''),
    ('nat15', '以上讲的十条经济建设方针，原则上都适用于各少数民族地区，在贯彻执行中又应该从本地区的特点出发，同本地区的具体实际结合起来。',
     ''),
    ('nat15', '今年年底前实现新型农村社会养老保险和城镇居民社会养老保险制度全覆盖。',
     ''),
    ('nat15', '我们对于这一点曾经有些估计不足，工作中采取的某些步骤也不够稳妥。',
     ''),
    ('nat15', '这样就保证了运动的成绩是基本的，偏差和错误是个别的。',
     ''),
    ('nat15', '我们要为下一代提供良好的教育，努力使每一个孩子有公平的发展机会。',
     ''),
    ('nat15', '加快推进集中连片特殊困难地区区域发展与扶贫攻坚。',
     ''),
    ('nat15', '城镇化要同农业现代化和新农村建设相互促进，这是必须坚持的正确方向。',
     ''),
    # #027: “老、少、边、穷”地区 is a descriptive grouping
    ('nat15', '必须继续努力做好“老、少、边、穷”地区的脱贫致富工作，使这些地区的人民在发展生产的基础上，尽快解决温饱问题。',
     ''),
    # #028: 行政许可法 is a law, with no name inside
    ('nat15', '深入贯彻行政许可法，继续推进行政审批制度改革，减少行政许可和审批事项，特别要减少投资审批、项目核准，落实企业的投资主体地位。',
     ''),
    ('nat15', '改善市场环境，发展创业风险投资，支持中小企业提升自主创新的能力。',
     ''),
    ('nat15', '依法打击串通涨价、囤积居奇、哄抬物价等违法违规行为。',
     ''),
    ('nat15', '大力发展普惠金融，让所有市场主体都能分享金融服务的雨露甘霖。',
     ''),
    ('nat15', '继续发行一定数量的地方政府置换债券，减轻地方利息负担。',
     ''),
    ('nat15', '但是，绝不能说资本主义复辟是不可避免的。',
     ''),
    ('nat15', '——民主法制建设取得新进步，依法行政扎实推进，保障人民权益和维护社会公平正义得到加强。',
     ''),
    ('nat15', '加快形成主业突出、拥有自主知识产权和知名品牌、国际竞争力强的大公司大企业集团。',
     ''),
    ('nat15', '推进地下管网等城市基础设施建设。',
     ''),
    ('nat15', '研究建立资源型城市衰退产业援助机制，促进经济转型。',
     ''),
    ('nat15', '要着力解决发展不平衡不充分问题，围绕建设现代化经济体系，坚持质量第一、效益优先，促进经济结构优化升级。',
     ''),
    ('nat15', '要在国家统一计划的指导下，自觉利用价值规律。',
     ''),
    ('nat15', '加快发展消费信贷，推进城镇住房制度改革，支持居民购买住房和大件耐用消费品；',
     ''),
    ('nat15', '經濟建設工作在整個國家生活中已經居於首要的地位。',
     ''),
    ('nat15', '目前在我国经济的各个领域中，增收节支的潜力是很大的。',
     ''),
    ('nat15', '进一步扩范围、降门槛，深入实施制造业重大技术改造升级和大规模设备更新工程。',
     ''),
    # #044: 各民主党派 is generic (README)
    ('nat15', '广大人民所希望于各民主党派的就是坚定地站在社会主义立场上，注意进行思想改造，以充分发挥他们在国家生活中的积极作用。',
     ''),
    ('nat15', '在抑制通货紧缩趋势时，坚持扩大内需的方针，果断实施积极的财政政策，并在实践中不断完善各项政策措施。',
     ''),
    ('nat15', '多种四十万亩甘蔗，就能增产十万吨食糖。',
     ''),
    # #047: the sentence begins with the 》 of a title cut by the split: readable report text, kept
    ('nat15', '》，全面执行民族政策，完善民族区域自治制度，保障自治地方的自治权利和民族平等权利，维护民族团结和祖国统一，反对民族分裂。',
     ''),
    ('nat15', '这是高基数上的中高速增长，体现了主动作为，需要付出艰苦努力才能实现。',
     ''),
    ('nat15', '我代表国务院，向全国各族人民对政府的信任和支持，表示衷心的感谢！',
     'org:国务院'),
    ('nat15', '完善农村“五保户”生活保障制度，确保供养资金。',
     ''),
    ('nat15', '进行技术改造要有总体规划和各行业的具体要求，首先抓好工业发达的中心城市和一批骨干企业，分批分期地进行，决不能不作研究，不讲效果，一哄而起，各行其是。',
     ''),
    ('nat15', '继续实行价格调控目标责任制，加强市场物价监管。',
     ''),
    ('nat15', '持续优化支出结构，更加注重惠民生、促消费、增后劲，切实提高资金使用效益。',
     ''),
    ('nat15', '普及小学教育和初中教育，扫除青壮年中的文盲，这是全国教育战线的一项十分繁重、艰巨、迫切的任务，全国人民都要动员起来给以大力支持。',
     ''),
    ('nat15', '稳定现行生育政策和低生育水平，提高出生人口的质量，有效治理出生人口性别比偏高的问题。',
     ''),
    ('nat15', '粮食流通体制改革稳步推进，国有粮食收储企业基本停止了新的亏损。',
     ''),
    ('nat15', '二是大力发展高新技术产业特别是信息产业，积极推进国民经济和社会信息化。',
     ''),
    # #058: 人民代表大会 here is the system of people's congresses at every level, generic (as 人民代表大会 in a law,
    # holdout11; 各级政府, README)
    ('nat15', '继续加强人民代表大会的立法和监督工作。',
     ''),
    ('nat15', '在过去的五年中，我国财政收入由下降转为上升，后三年出现了大幅度稳定增长的可喜形势。',
     ''),
    # #060: 周总理 is a title with a surname (README); 美英 a pair of abbreviations; 锡兰政府 as 美国政府 (README)
    ('nat15', '周总理指出，敌视锡兰独立的美英帝国主义，正在勾结反动派，企图颠覆锡兰政府。',
     'place:锡兰 | org:锡兰政府'),
    ('nat15', '注重运用法治方式，实行多元主体共同治理。',
     ''),
    # #062: “九五” is a plan period
    ('nat15', '这个速度虽然比“九五”实际达到的速度低一点，但仍然是一个较高的速度。',
     ''),
    ('nat15', '不层层找代表人物，不搞上挂下联，不搞人人过关；',
     ''),
    ('nat15', '评定学术、技术职称的工作，在经过整顿以后，要继续进行。',
     ''),
    ('nat15', '由于减免农业和社队企业税收，减轻农民负担20亿元。',
     ''),
    ('nat15', '加强政务纪律和经济纪律，保证政令畅通，纠正有令不行、有禁不止的现象，使各项政策能够得到正确的贯彻落实。',
     ''),
    ('nat15', '在坚持社会主义计划经济的前提下，各企业之间互相竞争，有利于促进企业改善经营管理，加强经济核算，改进产品质量，提高经济效果。',
     ''),
    ('nat15', '今年要努力保持货币发行和信贷的适度规模，防止投资膨胀，同时要继续优化信贷结构，整顿金融秩序，严格结算纪律，采取积极措施解决企业之间的“三角债 ”，提高资金使用效益。',
     ''),
    ('nat15', '推动基础研究和前沿技术研究，提高原始创新能力。',
     ''),
    ('nat15', '全国人民为实现这个纲领而进行的斗争，不但造成了农业战线上的跃进形势，而且通过农业的跃进，促进了整个国民经济跃进形势的发展。',
     ''),
    ('nat15', '我们要用行动昭告世界，中国绝不靠牺牲生态环境和人民健康来换取经济增长，我们一定能走出一条生产发展、生活富裕、生态良好的文明发展道路。',
     'place:中国'),
    ('nat15', '加强对现代条件下自然灾害特点和规律的研究，提高防灾减灾能力。',
     ''),
    # #073: 江泽民主席 → 江泽民, the title left out; 一国两制 is a policy
    ('nat15', '我们将一如既往地坚持“和平统一、一国两制”的基本方针和江泽民主席提出的八项主张，继续努力做好发展两岸关系、推进祖国和平统一的各项工作。',
     'person:江泽民'),
    ('nat15', '一切政府工作人员必须进一步提高法制观念，增强法律意识，带头做守法、执法的模范。',
     ''),
    ('nat15', '加快建设一批投资少、见效快的大学生创业园或创业孵化基地。',
     ''),
    ('nat15', '外国一切好的经验、好的技术，都要吸收过来，为我所用。',
     ''),
    ('nat15', '适应农村税费改革后的新情况，县级政府要负责对基础教育经费的统筹，落实教师工资统一发放的措施。',
     ''),
    ('nat15', '为农村中小学班级配备多媒体远程教学设备，让广大农村和偏远地区的孩子共享优质教育资源。',
     ''),
    ('nat15', '环境污染形势依然严峻，特别是一些地区严重雾霾频发，治理措施需要进一步加强。',
     ''),
    ('nat15', '各级政府及其工作人员都要带头遵守宪法和法律，严格依法办事。',
     ''),
    # #081: 区域全面经济伙伴关系协定 (RCEP) is an agreement (README)
    ('nat15', '推动区域全面经济伙伴关系协定签署。',
     ''),
    ('nat15', '在基本建设投资总额中，提高了职工住宅、科学文教卫生和城市建设等方面的投资比重。',
     ''),
    ('nat15', '正确认识和处理计划经济和市场调节的关系，是改革中的一个关键问题。',
     ''),
    ('nat15', '我们将继续积极支持和参加这些活动，并且遵守有关国际组织的章程，认真履行自己的义务。',
     ''),
    ('nat15', '社会生产力跃上新台阶，国家的经济实力、抗风险能力和国际竞争力明显增强。',
     ''),
    ('nat15', '合理界定和调整行政执法权限，强化行政执法监督，全面落实行政执法责任制。',
     ''),
    ('nat15', '加快培育小型农村金融机构，积极推广农村小额信用贷款，切实改善农村金融服务。',
     ''),
    ('nat15', '（二）加强农业基础建设，促进农业发展和农民增收',
     ''),
    # #089: 黑土地 (black soil) is a soil type, not a place; the project is not labelled
    ('nat15', '加强耕地保护，实施黑土地保护工程，完善水利设施，新建高标准农田4.56亿亩。',
     ''),
    # -- provincial 2025 reports (all 31): Random(16162).sample(…, 100), in sampled order
    # #000: 我区 is a self-reference; “蒙” a one-character abbreviation
    ('prov15-inner_mongolia', '我区1100多种“蒙”字标好产品，在全国有市场、有需求，关键要适应现代消费新趋势，用好直播带货、短视频营销、首发首店等新模式，把我区绿色特色高品质的产品推向全国。',
     ''),
    ('prov15-anhui', '大力培育文化新业态，支持文化创意产业园、沉浸式数字影视基地等建设。',
     ''),
    ('prov15-shandong', '促进重点群体就业经验在全国推广。',
     ''),
    ('prov15-henan', '严格重点区域煤炭消费总量控制，推进钢铁、有色、化工、建材4个重点行业绿色化改造全覆盖，建成100个绿色工厂、10个超级能效工厂。',
     ''),
    # #004: 首都 is a common noun (README)
    ('prov15-beijing', '（十一）提高城市本质安全水平，切实维护首都和谐稳定',
     ''),
    # #005: 中华民族 is not labelled (README)
    ('prov15-xinjiang', '我们要牢固树立休戚与共、荣辱与共、生死与共、命运与共的共同体理念，健全和完善铸牢中华民族共同体意识宣传教育常态化机制，深入推进中华民族共同体建设，共同构筑新疆2600多万各族儿女共有的精神家园!',
     'place:新疆'),
    ('prov15-jiangsu', '大力推进城市更新，深入实施城市生命线安全工程，不断提升城市安全韧性水平和功能品质。',
     ''),
    ('prov15-liaoning', '深化高等教育改革，加快推进高校“双一流”建设，力争10个学科稳定在世界一流水平。',
     ''),
    # #008: “粤贸全国” is a campaign named with the abbreviation 粤
    ('prov15-guangdong', '加快内外贸一体化发展，“粤贸全国”系列展会成交金额约600亿元。',
     ''),
    ('prov15-qinghai', '经济在高质量轨道上稳步前进，基础更稳、韧性更强、优势更显、潜能更大。',
     ''),
    ('prov15-beijing', '试点推行20家博物馆延时开放，新增15家备案博物馆和29家类博物馆；',
     ''),
    ('prov15-fujian', '加强适老化改造和养老服务配套设施建设，推进老年助餐服务提质增效；',
     ''),
    # #012: 总部 (the group's headquarters) is a unit word after the org; 天津 inside the company is not labelled
    # again; 宝坻京津中关村科技城 is a science city taken whole with its district (README); 在津 is an abbreviation
    ('prov15-tianjin', '中国资源循环集团总部落户天津，国投生物制造创新研究院、国能天津电力公司等落地，中关村发展集团增资宝坻京津中关村科技城，市场化引进疏解功能资源在津新设机构1981家。',
     'org:中国资源循环集团 | place:天津 | org:国投生物制造创新研究院 | org:国能天津电力公司 | org:中关村发展集团 | place:宝坻京津中关村科技城'),
    ('prov15-guangdong', '改进法治宣传教育，健全覆盖城乡的公共法律服务体系，深化律师、公证、仲裁、调解、司法鉴定管理等制度机制改革。',
     ''),
    # #014: 区外 is generic
    ('prov15-tibet', '坚持市场化方向，实施重点领域、重点行业、城乡基层和中小微企业就业支持计划，巩固拓展“组团式”区外市场就业模式，用好稳岗返还、税费减免、就业补贴等政策措施，确保应届高校毕业生就业率95%以上、区外就业率12%以上。',
     ''),
    # #015: the festival and the forum are events, the names inside labelled: 孔子 (as in holdout9 prov9 #025), 尼山
    # (a mountain)
    ('prov15-shandong', '做强中国国际孔子文化节、尼山世界文明论坛，强化国际传播，讲好山东故事、中国故事。',
     'place:中国 | person:孔子 | place:尼山 | place:山东 | place:中国#2'),
    ('prov15-chongqing', '——经济运行稳中有进、发展态势向上向好。',
     ''),
    # #017: 留吉 (staying in Jilin) is built of the abbreviation 吉
    ('prov15-jilin', '统筹稳岗扩岗、技能培训、创业带动、灵活就业等措施，城镇新增就业21万人，农村劳动力转移就业270万人，高校毕业生留吉超过15万人。',
     ''),
    ('prov15-hainan', '聚焦投资扩容，“五张清单［3］”项目库滚动实施，非房投资增长8.9%，基础设施投资增长12.3%，投资对经济增长的关键性支撑作用进一步彰显。',
     ''),
    ('prov15-guangxi', '充分释放刚性和改善性住房需求潜力。',
     ''),
    # #020: 天府 (a traditional name) inside the programme name, as 天府旅游名县 (holdout3)
    ('prov15-sichuan', '启动建设“天府森林四库”，“林粮”产量超过1450万吨。',
     'place:天府'),
    # #021: the 试验区 and its 先行区 are a programme zone: only 塔城; the railway line is not labelled, the places it
    # joins are
    ('prov15-xinjiang', '塔城重点开发开放试验区先行区发展实现重大突破，塔城至阿亚古兹铁路项目前期工作取得重要进展。',
     'place:塔城 | place:塔城#2 | place:阿亚古兹'),
    ('prov15-henan', '持续改善农村人居环境，加快污水、垃圾、黑臭水体治理，健全管护长效机制。',
     ''),
    # #023: 新西藏 as 新中国 (README)
    ('prov15-tibet', '踏上社会主义现代化新西藏建设的壮丽征程，我们的机遇前所未有，我们的信心无比坚定。',
     'place:西藏'),
    # #024: NEW h15: a 边境经济合作区 (border economic cooperation zone, administered with its own management committee
    # like an 经开区) is a named development area taken whole with its place, not a programme zone like 自贸试验区;
    # 日喀则国际陆地港 is a dry port, a place as 贵阳国际陆港 (README)
    ('prov15-tibet', '加快建设吉隆边境经济合作区、日喀则国际陆地港，基本完成樟木镇恢复重建主体工程。',
     'place:吉隆边境经济合作区 | place:日喀则国际陆地港 | place:樟木镇'),
    ('prov15-chongqing', '推进治理手段革新，主动拥抱AI时代，开发一批小切口、务实管用的辅助决策应用系统，探索建设政府治理“智能体”矩阵。',
     ''),
    ('prov15-chongqing', '国际交往能力和影响力持续增强。',
     ''),
    # #027: the 试验区 is a programme zone with no place named; a country with its capital is a contiguous
    # hierarchy, one span; 中部地区 is a compass region
    ('prov15-jiangxi', '内陆开放型经济试验区建设取得新进展，至挪威奥斯陆、孟加拉国达卡全货运航线和跨境电商全货机专线开通，出口通关效率保持中部地区第1，昌北国际机场纳入过境免签人员入出境口岸，南昌、景德镇纳入240小时过境免签人员停留活动区域；',
     'place:挪威奥斯陆 | place:孟加拉国达卡 | place:昌北国际机场 | place:南昌 | place:景德镇'),
    ('prov15-gansu', '300个省列重大项目累计完成投资2393.1亿元，年度计划投资完成率114.2%。',
     ''),
    # #029: 珠江口 (the Pearl River estuary) is a named sea area; 环 (around) is left out; “黄金内湾” is a descriptive
    # nickname, not labelled (as “三州”)
    ('prov15-guangdong', '加快规划建设环珠江口“黄金内湾”，创新珠江口一体化高质量发展体制机制，推动实现规划一体协同、基础设施高效互联、产业联动发展、市场统一开放、公共服务便利共享、生态共保共治。',
     'place:珠江口 | place:珠江口#2'),
    ('prov15-sichuan', '实施调剂金式基本医保省级统筹，新增落地集采降价药品231个、耗材6类，开通医保个人账户线上购药并在全国率先试点“医保钱包”，实现个人账户跨省共济使用，异地就医结算范围进一步扩大。',
     ''),
    ('prov15-xinjiang', '出台房地产市场平稳健康发展政策措施，“保交楼”“保交房”交付率分别达100%和88.2%。',
     ''),
    ('prov15-shandong', '有效统筹去库存与优供给，出台购房补贴奖励政策，盘活存量闲置土地，加快优质地块规划出让，建设更多高品质好小区、好房子。',
     ''),
    ('prov15-beijing', '推进全域绿化彩化立体化，打造春新彩、夏浓绿、秋斑斓、冬银墨的城市风貌。',
     ''),
    ('prov15-zhejiang', '出台促进房地产市场止跌回稳22条举措，房地产市场出现积极变化，预期信心有效提振。',
     ''),
    ('prov15-guangxi', '加强传统行业节能降碳技术改造，推进减污降碳协同创新试点，建立一批零碳园区。',
     ''),
    ('prov15-hainan', '推广新奇特优品种18万亩以上。',
     ''),
    ('prov15-anhui', '新增高新技术企业3500家以上、科技型中小企业7533家、专精特新“小巨人”企业113家，总数均居全国第一方阵，“乔木”参天、“灌木”茁壮、“苗木”葱郁的创新生态加快形成。',
     ''),
    ('prov15-xinjiang', '全区出让矿业权558个、收益290亿元。',
     ''),
    ('prov15-anhui', '探索闲置农房盘活利用有效实现形式。',
     ''),
    ('prov15-tianjin', '巩固升级支柱产业，综合运用数智技术、绿色技术改造提升传统产业，推动新旧动能平稳接续转换。',
     ''),
    ('prov15-sichuan', '深化财金互动，重构省级政府产业投资引导基金，组建200亿元规模母基金，撬动社会资本打造超1000亿元引导基金集群。',
     ''),
    ('prov15-shandong', '加快哲学社会科学创新工程，推动省市县主流媒体系统性变革，做强数字智能文化服务平台。',
     ''),
    ('prov15-beijing', '加快建设全球数字经济标杆城市。',
     ''),
    # #044: “十大产业集群” is a count
    ('prov15-xinjiang', '(二)加快“十大产业集群”建设，构建具有新疆特色和优势的现代化产业体系',
     'place:新疆'),
    ('prov15-anhui', '健全“双招双引”和产业培育工作机制，“一链一策”推动十大新兴产业融合集群发展。',
     ''),
    ('prov15-shandong', '加快建设零碳码头、零碳港区，打造智慧绿色港口。',
     ''),
    ('prov15-fujian', '深化零基预算改革，完善省以下增值税留抵退税分担机制。',
     ''),
    # #048: 总书记 is a title; “十四五” a plan period
    ('prov15-anhui', '今年是贯彻落实习近平总书记考察安徽重要讲话精神的重要一年，也是“十四五”规划收官之年。',
     'person:习近平 | place:安徽'),
    # #049: the campaign is not labelled, the place inside is
    ('prov15-hunan', '开展“投资湖南”全球招商活动，招引一批标志性外资项目。',
     'place:湖南'),
    ('prov15-gansu', '实施审计项目3349个，促进增收节支19.9亿元。',
     ''),
    # #051: “中国稻种基地” is a base: only 中国 inside
    ('prov15-fujian', '耕好“责任田”，严格落实耕地保护和粮食安全责任制，实施新一轮粮食产能提升行动，持续推进种业振兴，支持三明市“中国稻种基地”建设，新建和改造高标准农田70万亩，粮食播种面积稳定在1255万亩以上，粮食储备规模达500万吨。',
     'place:三明市 | place:中国'),
    ('prov15-hainan', '推动公共体育设施免费或低收费向群众开放。',
     ''),
    # #053: a named reservoir is a place (holdout11); 芯联集成 (a chip maker) is the org inside the project, 三期 a
    # phase; 嘉兴斯达微电子 is the company's name with its city, an org taken whole; 杭温 and 沪苏湖 in the railway lines
    # are strings of one-character abbreviations
    ('prov15-zhejiang', '微腔电子纸显示器件、镜岭水库等项目开工建设，芯联集成三期等项目加快建设，杭温高铁、沪苏湖高铁、嘉兴斯达微电子芯片等项目建成投用。',
     'place:镜岭水库 | org:芯联集成 | org:嘉兴斯达微电子'),
    ('prov15-inner_mongolia', '全面完成偏远农牧户和边防哨所电网延伸及新能源通电升级工程；',
     ''),
    ('prov15-jilin', '推进财税体制改革，增加地方自主财力。',
     ''),
    ('prov15-tibet', '设立清洁能源产业专项资金，首期安排50亿元。',
     ''),
    ('prov15-guangxi', '有序防范化解财政金融领域风险。',
     ''),
    ('prov15-yunnan', '实施可再生能源替代行动，建设无废城市、无废园区、无废企业，全力塑造绿色低碳区域品牌。',
     ''),
    ('prov15-shandong', '交通、能源、水利分别完成投资3252亿元、2140亿元、748亿元。',
     ''),
    ('prov15-shanghai', '加强企业主导的产学研深度融合，支持企业牵头重大科技项目，建立健全关键核心技术攻关新型组织实施机制。',
     ''),
    # #061: 自贸港 is a designation (README)
    ('prov15-hainan', '高质量完成国企改革深化提升行动，完善国企分类考核评价办法，深化国企负责人薪酬制度和工资决定机制改革，推动国资国企加大对自贸港主导产业投资布局力度。',
     ''),
    # #062: 一带一路 is an initiative
    ('prov15-liaoning', '增强前沿意识、开放思维，积极参与高质量共建“一带一路”，推进向东向北开放，加快打造对外开放新前沿。',
     ''),
    ('prov15-shanxi', '6个设区市入选国家再生水利用重点城市。',
     ''),
    ('prov15-chongqing', '提前完成“十四五”药品耗材集中带量采购规划目标。',
     ''),
    ('prov15-guangdong', '推进省级航空救援力量建设，探索无人设备应急抢险救援应用，强化极端情况下应急通信保障。',
     ''),
    # #066: 燕赵 (the traditional name of Hebei) inside the campaign name is a place, as 三晋 and 陇原 (README)
    ('prov15-hebei', '因地制宜推动兴业、强县、富民一体发展，持之以恒抓好县域经济，推进燕赵宜居县城建设，加快补齐基础设施和公共服务短板。',
     'place:燕赵'),
    ('prov15-gansu', '加强退化草原和沙化草原综合修复治理，提升渭河、泾河、洮河、大通河等水源涵养和补给功能。',
     'place:渭河 | place:泾河 | place:洮河 | place:大通河'),
    ('prov15-jiangsu', '实施先进制造业集群培育专项行动，大力建设国家先进制造业集群，重点打造智能电网、工程机械等10条具有国际优势，生物药、集成电路等10条具有全国优势，飞机配套等具有发展潜力的重点产业链，让江苏制造业更加“筋强骨壮”。',
     'place:江苏'),
    # #069: a bare year inside an event's name is a date (as the 2001 Special Stock Option Grant, README); the
    # conference is an event
    ('prov15-hubei', '完善高等教育院校布局与学科设置动态优化调整机制，加大一流高校和一流学科建设支持力度，办好2025世界数字教育大会，加快推动全省高等教育高质量发展。',
     'date:2025'),
    ('prov15-anhui', '发展社区支持的居家养老，建设一批社区嵌入式养老服务机构，扩大普惠养老服务。',
     ''),
    ('prov15-inner_mongolia', '从产业看，高端化、智能化、绿色化做得还不够，无论是工业还是农牧业，产品主要集中在产业链中上游，新兴产业虽然增长快但占比小。',
     ''),
    # #072: 自治区 alone is not labelled (README)
    ('prov15-tibet', '机遇和信心来自自治区成立以来取得的伟大成就。',
     ''),
    ('prov15-hainan', '加快建设国家级渔港经济区，新增大型桁架类养殖网箱2个、深远海养殖水体40万立方米。',
     ''),
    ('prov15-yunnan', '产业投资占全部投资比重保持在50%以上。',
     ''),
    ('prov15-ningxia', '总之，要坚持围绕发展难点、民生焦点设置改革题目，充分尊重基层和群众的首创精神，汇聚形成强大的改革共识与合力。',
     ''),
    ('prov15-shanghai', '加快基础研究先行区建设，强化有组织科研，支持高风险、高价值基础研究。',
     ''),
    ('prov15-hainan', '做实全球自贸区（港）伙伴计划。',
     ''),
    # #078: “三北” (the three north regions of the shelter-forest programme) is a compass grouping, not labelled
    ('prov15-heilongjiang', '生态保护和修复力度不断加大，坚持山水林田湖草沙一体化保护和系统治理，完成“三北”等重大生态工程营造林建设任务104.2万亩，修复治理退化草原11.5万亩、历史遗留矿山9.5万亩。',
     ''),
    ('prov15-tibet', '“五城三小时经济圈”综合立体交通网络全面建成。',
     ''),
    # #080: the activity “贵州行” is not labelled, 贵州 inside it is
    ('prov15-guizhou', '开展高层次专家咨询服务活动“贵州行”等，利用“外脑”资源服务贵州产业发展。',
     'place:贵州 | place:贵州#2'),
    ('prov15-tibet', '坚持稳粮、兴牧、强特色，确保粮食产量稳定在100万吨以上。',
     ''),
    ('prov15-hunan', '培育新型农民，发展新型农业经营主体和社会化服务，完善现代农业经营体系。',
     ''),
    ('prov15-henan', '新改造老旧小区31.8万户，更新改造老旧管网5048公里。',
     ''),
    ('prov15-yunnan', '争取国家生态产品价值实现机制试点。',
     ''),
    ('prov15-hebei', '深化白洋淀及上下游协同保护和生态整体修复。',
     'place:白洋淀'),
    # #086: 川渝 is a pair of abbreviations; NEW h15: 矿区 (a mining site) after a mountain's name is a site word,
    # not an area word like 地区 or 流域: only 铜锣山 (as 漓江 in 漓江核心景区, holdout7); the UN decade is a programme: only
    # 联合国
    ('prov15-chongqing', '联合发布川渝矿山生态修复地方标准，铜锣山矿区生态修复入选联合国生态恢复十年优秀案例，铜钵河入选全国美丽河湖优秀案例。',
     'place:铜锣山 | org:联合国 | place:铜钵河'),
    ('prov15-xinjiang', '只要我们坚持“稳中求进、以进促稳，守正创新、先立后破，系统集成、协同配合”，坚持底线思维、保持战略定力，干字当头、奋发有为，就有信心、有能力、有底气战胜前进道路上的任何艰难险阻，确保党中央战略决策和自治区党委工作部署落到实处。',
     'org:党中央 | org:自治区党委'),
    ('prov15-jiangsu', '二、2025年工作总体要求和目标任务',
     'date:2025年'),
    # #089: 其常委会, 各民主党派 and 各人民团体 are not labelled (README); 人大 and 政协 in 人大代表 and 政协委员 are
    ('prov15-xinjiang', '依法接受人大及其常委会监督，自觉接受政协民主监督，主动接受监察监督、社会和舆论监督，广泛听取各民主党派、工商联、无党派人士和各人民团体意见，不断提高人大代表建议和政协委员提案办理水平，以实际行动践行全过程人民民主。',
     'org:人大 | org:政协 | org:工商联 | org:人大#2 | org:政协#2'),
    ('prov15-sichuan', '面对下行压力加大和经济走势前高中低的态势，因应施策、主动作为，加力落实国家存量政策和一揽子增量政策，接续出台稳增长“18条”“16条”、“1+3”财政金融互动等系列政策。',
     ''),
    ('prov15-jiangsu', '推动建设生育友好型社会，健全生育补贴、保险、休假等制度，强化生育服务支持和育幼服务体系建设，促进人口高质量发展。',
     ''),
    ('prov15-shandong', '落实生育补贴、婚假、产假、育儿假等政策，发展单位办托、社区嵌入等多种托育模式，支持幼儿园招收2-3岁幼儿。',
     ''),
    ('prov15-sichuan', '高水平打造全国“森林四库”建设示范省。',
     ''),
    # #094: 长江三峡 (the Three Gorges) and 武陵 (the Wuling mountains) are places; the scenic belt and 世界山水都市 are not
    # labelled
    ('prov15-chongqing', '焕新升级世界山水都市、壮美长江三峡、多彩风情武陵高品质文旅景观带，培育一批国家级景区和度假区，打造一批旅游演艺、沉浸式体验场景。',
     'place:长江三峡 | place:武陵'),
    ('prov15-hebei', '统筹推进山水林田湖草沙一体化保护和系统治理，强化生态环境分区管控。',
     ''),
    ('prov15-fujian', '深入推进生态文明建设体制机制创新，努力推出更多具有福建辨识度的改革成果。',
     'place:福建'),
    ('prov15-ningxia', '着力加强地震和气象监测预警、物资储备、避险演练等工作，全面提升全社会、全方位防震减灾能力。',
     ''),
    ('prov15-hubei', '大财政体系建设全面推开，盘活国有“三资”3708亿元，带动一般公共预算收入增长6.6％、居全国前列。',
     ''),
    ('prov15-hunan', '深入开展“双一流”建设，扩大优质高等教育资源供给，完善省市联动支持高校发展责任体系。',
     ''),
    # -- provincial sentences with a name cue, not drawn above: Random(16163).sample(…, 90), in sampled order
    ('prov15name-jiangsu', '高职“双高计划”和中职“双优计划”深入实施，新增4所普通高等学校，普通高中录取比例、高水平大学录取人数再创新高。',
     ''),
    # #001: 厦漳泉都市圈 is a metropolitan area named with abbreviations, taken whole as 长株潭城市群 (holdout9) and
    # 西宁—海东都市圈 (README)
    ('prov15name-fujian', '以中心城市为依托，加快推进强省会战略，正式发布厦漳泉都市圈发展规划，福州新区与平潭一体化高质量发展持续推进。',
     'place:厦漳泉都市圈 | place:福州新区 | place:平潭'),
    # #002: 中西部 is a compass region
    ('prov15name-ningxia', '获批国家中小学智慧教育平台全域应用试点，实现智慧教研中心四级联通，基础教育、职业教育信息化发展综合指数分别居全国第五、第三，成为中西部智慧教育推广样板。',
     ''),
    ('prov15name-shanghai', '公立医院高质量发展、紧密型城市医疗集团等试点持续深化，临床研究体系等建设全面强化，全市二、三级医院一半以上的专家号源优先向社区卫生服务中心开放，公共卫生服务能力进一步增强。',
     ''),
    # #004: 启动区 is generic; 国贸中心 here is a building project, not labelled
    ('prov15name-hebei', '攻坚启动区建设主战场，推进国贸中心等重大项目建设。',
     ''),
    ('prov15name-henan', '新设高等院校7所，普通高中多样化特色发展、义务教育集团化办学持续深化，扩充幼儿园公办学位7.6万个。',
     ''),
    ('prov15name-sichuan', '持续扩大优质消费品进口，打造三文鱼、榴莲等特色单品全国集散中心。',
     ''),
    ('prov15name-guangdong', '14.全级次子企业：在一个企业集团中，所有层级的子公司及其下属的子公司，包括一级子公司、二级子公司、三级子公司等。',
     ''),
    # #008: NEW h15: a hospital campus whose name carries the category 国家医学中心 between the hospital and the
    # campus (协和医院国家医学中心雄安院区) is taken whole as one org, as campuses are (holdout7 prov7name #019), the category
    # inside not cut out; NEW h15: 人才科创走廊 (a science-and-talent corridor) is a cooperation programme, not a
    # planning area: the places it joins, 北京 and 雄安, are labelled separately
    ('prov15name-beijing', '全力支持雄安新区建设，深入开展基础教育提升、医疗卫生发展、职业培训创新三项工程，开工建设协和医院国家医学中心雄安院区，谋划建设北京—雄安人才科创走廊。',
     'place:雄安新区 | org:协和医院国家医学中心雄安院区 | place:北京 | place:雄安#3'),
    # #009: 国家中欧班列集结中心 is a designation and facility; 中欧 a pair of abbreviations
    ('prov15name-liaoning', '沈阳获批国家中欧班列集结中心。',
     'place:沈阳'),
    ('prov15name-henan', '健全覆盖城乡的三级养老服务网络，提升100家县级特用供养机构服务水平，实现1000所乡镇区域养老服务中心转型，建成1000个村级标准化养老服务站点，培育100个养老服务品牌企业，新增或改造提升医养结合床位2.4万张。',
     ''),
    # #011: 全国高校区域技术转移转化中心 is one named institution (README)
    ('prov15name-chongqing', '深化“双一流”建设，健全学科专业设置调整机制，加快建设教育部重庆高等研究院、全国高校区域技术转移转化中心。',
     'org:教育部重庆高等研究院 | org:全国高校区域技术转移转化中心'),
    ('prov15name-hunan', '促进科技成果转化应用，布局建设一批中试基地和概念验证中心，推进“双高对接”、校企合作“双进双转”。',
     ''),
    # #013: the session ordinal splits the name (README): 辽宁省 and 人民代表大会; 省长 is a title
    ('prov15name-liaoning', '——2025年1月16日省长 李乐成在辽宁省第十四届人民代表大会第三次会议上的讲话',
     'date:2025年1月16日 | person:李乐成 | place:辽宁省 | org:人民代表大会'),
    ('prov15name-chongqing', '这是以习近平同志为核心的党中央坚强领导的结果，是习近平新时代中国特色社会主义思想科学指引的结果，是习近平总书记亲临重庆把脉定向、指路引航的结果，是市委团结带领全市广大干部群众凝心聚力、艰苦奋斗的结果。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | person:习近平#3 | place:重庆 | org:市委'),
    ('prov15name-beijing', '积极应对人口老龄化，完善养老服务体系，在“老老人”数量较多的区域新建50个养老服务中心，优化养老助餐点布局，老楼加装电梯完工600部，新建2000张家庭养老床位、200个农村邻里互助养老服务点，引导各行业完善适老化服务。',
     ''),
    ('prov15name-hebei', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委领导下，坚定信心、攻坚克难，锐意进取、奋发有为，努力完成全年经济社会发展目标任务，奋力谱写中国式现代化建设河北篇章！',
     'person:习近平 | org:党中央 | org:省委 | place:中国 | place:河北'),
    ('prov15name-ningxia', '民营医院全面纳入医疗质控评价体系。',
     ''),
    ('prov15name-sichuan', '坚持公立医疗机构在服务体系中的主体地位，深化以公益性为导向的公立医院改革，引导规范民营医院发展。',
     ''),
    ('prov15name-jiangsu', '培育托育综合服务中心和普惠托育机构，支持有条件的幼儿园开设托班，多渠道增加托位供给。',
     ''),
    # #020: 城市副中心 is written generically (as 中心城区), not labelled; 其常委会 is not labelled
    ('prov15name-beijing', '认真接受市人大及其常委会监督，自觉接受市政协民主监督，办好市人大代表议案建议和市政协提案，推动城市副中心建设、养老服务等领域立法，积极参与全国法治政府建设示范创建活动，完成提升行政执法质量三年行动计划任务。',
     'org:市人大 | org:市政协 | org:市人大#2 | org:市政协#2'),
    ('prov15name-liaoning', '有习近平总书记掌舵领航、党中央坚强领导，有习近平新时代中国特色社会主义思想科学指引，这是我们决战决胜的最大底气、根本保证。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国'),
    # #022: the 示范区 is a programme zone: only 长三角 (holdout7); 华为青浦研发中心 is a named unit of the company with its
    # place, an org taken whole
    ('prov15name-shanghai', '长三角生态绿色一体化发展示范区新推出18项制度创新成果，华为青浦研发中心正式投用。',
     'place:长三角 | org:华为青浦研发中心'),
    ('prov15name-fujian', '讲政治，时时对标政治要求，事事对表政治标准，更加坚定拥戴核心、忠诚核心、跟随核心、捍卫核心，始终在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。',
     'person:习近平 | org:党中央'),
    # #024: the projects are not labelled, the companies inside are (as 大唐 in a project's name); 京唐港区 is a port
    # area, a place, its bulk terminal a facility
    ('prov15name-hebei', '围绕转型升级、科技创新等重点领域，加快实施鑫海化工等重大产业项目，力促京唐港区散货码头等重大基础设施项目开工建设，推动润泽人工智能应用中心等新型基础设施建成投运。',
     'org:鑫海化工 | place:京唐港区 | org:润泽'),
    # #025: 国有大型商业银行 is generic; 金融资产投资公司 a category (README)
    ('prov15name-jiangsu', '深入推进国有大型商业银行金融资产投资公司股权投资试点，推动区域性股权市场创新发展。',
     ''),
    # #026: “东数西算” is a project; the data centres are facilities
    ('prov15name-guizhou', '深入实施“东数西算”工程，招引建设银行、交通银行、兴业银行等数据中心落地建设，全省在建及投运重点数据中心48个，算力规模超过55Eflops，成为全国智算资源最多、能力最强的地区之一。',
     'org:建设银行 | org:交通银行 | org:兴业银行'),
    ('prov15name-hainan', '制定外商独资医院配套政策，加快引进优质外资医院。',
     ''),
    # #028: 驻鲁 is built of the abbreviation 鲁; “811” is a project
    ('prov15name-shandong', '深入实施一流学科建设“811”项目，支持山东大学等驻鲁部属高校高质量发展，推动山东农业大学等省属高校突破国家一流学科，支持山东中医药大学等特色发展。',
     'org:山东大学 | org:山东农业大学 | org:山东中医药大学'),
    ('prov15name-jiangxi', '深化国家紧密型城市医疗集团建设试点，积极推进分级诊疗，推动优质医疗资源扩容下沉，90%的县达到紧密型县域医共体标准，90%以上的村（社区）配备家庭健康指导员，每千人口护士数力争达到4.3人以上。',
     ''),
    # #030: 国家碳计量中心（福建） names one institution by its field and province, an org taken whole with its
    # parenthesised place (as 中柬(北海)产业园, holdout6)
    ('prov15name-fujian', '减存量，推进国家碳计量中心（福建）建设，开展省级以上园区循环化改造，探索城市、园区、企业减污降碳协同创新路径，加快建设一批零碳园区，支持湄洲岛争创部省共建“近零碳岛屿”。',
     'org:国家碳计量中心（福建） | place:湄洲岛'),
    # #031: a named business district taken whole as a development area; 国际贸易中心 is a status (README)
    ('prov15name-shanghai', '虹桥国际中央商务区建设国际贸易中心新平台政策措施制定实施。',
     'place:虹桥国际中央商务区'),
    # #032: 西部金融中心 is a status, as 国际贸易中心
    ('prov15name-chongqing', '深化实施“智融惠畅”工程，加快西部金融中心建设。',
     ''),
    # #033: 中央驻藏机构 and 驻藏部队 are generic; 援藏 is built of an abbreviation; 武警 in 武警官兵 is labelled (README)
    ('prov15name-tibet', '在此，我代表自治区人民政府，向全区各族人民，向人大代表、政协委员，向中央驻藏机构、援藏省市和单位、离退休老同志、驻藏部队、武警官兵、政法干警和消防救援队伍，向所有关心和支持西藏发展的各人民团体和社会各界朋友，表示诚挚的感谢!',
     'org:自治区人民政府 | org:人大 | org:政协 | org:武警 | place:西藏'),
    # #034: 国家区域公共卫生中心 is a category
    ('prov15name-shandong', '推进国家区域公共卫生中心等项目。',
     ''),
    ('prov15name-fujian', '严防金融风险，加强地方法人中小金融机构风险防控，推进村镇银行优化调整，严厉打击非法金融活动。',
     ''),
    # #036: 儋洋经济圈 is a named economic region (as 海口经济圈, holdout13); 环新英湾自贸港新城 (the new town round Xinying Bay)
    # is a new district taken whole under its own name, 环 included; the hospital campus is taken whole; 环湾商务港 is
    # a facility
    ('prov15name-hainan', '儋洋经济圈工业总产值突破1500亿元，环新英湾自贸港新城加快建设，环湾路网骨架基本成型，西部中心医院滨海院区、环湾商务港正式运营。',
     'place:儋洋经济圈 | place:环新英湾自贸港新城 | org:西部中心医院滨海院区'),
    ('prov15name-chongqing', '旗帜鲜明讲政治，深学细悟习近平新时代中国特色社会主义思想，落实“第一议题”、中心组学习等制度，筑牢对党忠诚的政治根基。',
     'person:习近平 | place:中国'),
    ('prov15name-ningxia', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在自治区党委领导下，坚定必胜信心，强化使命担当，为加快建设美丽新宁夏、谱写中国式现代化宁夏篇章不懈奋斗！',
     'person:习近平 | org:党中央 | org:自治区党委 | place:宁夏 | place:中国 | place:宁夏#2'),
    # #039: the big-data centre is a facility, not a body: only 青藏高原 inside
    ('prov15name-qinghai', '加快青藏高原生态环境大数据中心建设，建立多圈层、多要素综合观测体系，构建“科技哨兵+精准执法”智慧监管新模式，完善生态环境全时空监测、全链条监管体系，深化运用常态化监管和问责机制，不断提升生态环境治理体系和治理能力现代化水平。',
     'place:青藏高原'),
    # #040: ports and port areas are places; 国际航运中心 is a status
    ('prov15name-zhejiang', '加快建设世界一流强港和交通强省，宁波舟山港总体规划正式获批，梅山港区全面建成投用，出台省级航运服务业发展规划，宁波舟山港货物和集装箱吞吐量分别增长4%、11.3%，国际航运中心发展指数排名提升到全球第8；',
     'place:宁波舟山港 | place:梅山港区 | place:宁波舟山港#2'),
    ('prov15name-ningxia', '加强困境儿童、流动儿童和留守儿童等关爱服务，实现县级未成年人救助保护中心全覆盖。',
     ''),
    # #042: 国际交往中心 is a status; the conference complex, the convention centre and the exhibition centre host
    # others' events, places (*Where the sets disagree* 4); 二期 is a phase
    ('prov15name-beijing', '加强国际交往中心功能建设，持续增强雁栖湖国际会都整体功能，推动国家会议中心二期、新国展二期多功能多元化使用，提升重大国事活动服务保障能力。',
     'place:雁栖湖国际会都 | place:国家会议中心 | place:新国展'),
    ('prov15name-jiangxi', '15.基层“三馆一中心”：公共图书馆、美术馆、文化馆、基层综合性文化服务中心。',
     ''),
    ('prov15name-jiangxi', '来源：江西省人民政府2025年1月17日在江西省第十四届人民代表大会第三次会议上省长叶建春作政府工作报告。',
     'org:江西省人民政府 | date:2025年1月17日 | place:江西省#2 | org:人民代表大会 | person:叶建春'),
    # #045: one named centre, an org taken whole
    ('prov15name-zhejiang', '承接建设金砖国家特殊经济区中国合作中心。',
     'org:金砖国家特殊经济区中国合作中心'),
    # #046: 先秦 is a period; 国家徽学研究院 names one institute by its field; 《安徽文库》 is a book series (a title): only 安徽
    ('prov15name-anhui', '加强优秀传统文化研究阐释、传承创新，开展淮河流域先秦文化考证和研究，支持黄山市建设国家徽学研究院，推进《安徽文库》编纂出版等工程。',
     'place:淮河流域 | place:黄山市 | org:国家徽学研究院 | place:安徽'),
    # #047: 多式联运中心 is a facility
    ('prov15name-shanghai', '积极促进长江经济带高质量发展，推动长江经济带多式联运中心建设。',
     'place:长江经济带 | place:长江经济带#2'),
    ('prov15name-guizhou', '持续推进已批建的3家省实验室和22家全省重点实验室建设，加快在人工智能、关键零部件、高端装备等领域新组建3家以上省实验室，再布局建设30家左右全省重点实验室，积极支持建设企业技术中心、临床医学研究中心等创新平台。',
     ''),
    # #049: 川南经济区 is a named economic region; 长江上游航运中心 is a designation: only 长江上游 (上游 taken with the river,
    # holdout9); 川南 and 渝西 are directions joined to abbreviations (as 滇西, 渝西地区), the shared 区域 left out
    ('prov15name-sichuan', '推动川南经济区打造先进制造业基地和南向开放枢纽门户，共建世界级优质白酒产业集群，与重庆协同共建长江上游航运中心，深化川南渝西区域融合发展。',
     'place:川南经济区 | place:重庆 | place:长江上游 | place:川南#2 | place:渝西'),
    ('prov15name-shandong', '2025年1月20日在山东省第十四届人民代表大会第三次会议上山东省省长周乃翔作政府工作报告',
     ''),
    ('prov15name-heilongjiang', '一年来取得的成绩殊为不易，根本在于习近平总书记领航掌舵，在于习近平新时代中国特色社会主义思想科学指引，是省委科学决策、总揽全局、协调各方的结果，是省人大、省政协和社会各界有效监督、鼎力支持的结果，是全省人民攻坚克难、团结拼搏的结果。',
     'person:习近平 | person:习近平#2 | place:中国 | org:省委 | org:省人大 | org:省政协'),
    # #052: 自治区 alone is not labelled; 60周年 is a duration
    ('prov15name-tibet', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，坚持以习近平新时代中国特色社会主义思想为指导，在自治区党委的坚强领导下，真抓实干、紧抓快干、埋头苦干，以优异成绩迎接自治区成立60周年!',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:自治区党委'),
    ('prov15name-hebei', '面对严峻复杂的外部环境，面对交织叠加的困难挑战，我们坚决贯彻习近平总书记重要指示精神和党中央决策部署，在省委领导下，解放思想、奋发进取，全面深化改革开放，扎实推进高质量发展，经济强省、美丽河北建设迈出坚实步伐。',
     'person:习近平 | org:党中央 | org:省委 | place:河北'),
    ('prov15name-jiangxi', '（八）践行以人民为中心的发展思想，切实保障和改善民生。',
     ''),
    ('prov15name-ningxia', '推进城市医疗健康集团、县域紧密型医共体升级，县级综合医院、基层医疗卫生机构100%达到国家标准。',
     ''),
    # #056: 江淮 is a traditional region name (holdout9)
    ('prov15name-anhui', '7100万江淮儿女倍感温暖，倍受鼓舞，倍增干劲，沿着总书记指引的方向昂扬奋进。',
     'place:江淮'),
    ('prov15name-sichuan', '过去一年经济社会发展取得来之不易、令人鼓舞的成绩，根本在于以习近平同志为核心的党中央坚强领导，在于习近平新时代中国特色社会主义思想科学指引，是在省委领导下全省人民攻坚克难、拼搏实干的结果，也是社会各界和海内外朋友大力支持的结果！',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:省委'),
    ('prov15name-guangdong', '升级改造农村公路超4000公里，其中实现县道四级公路提升三级公路超1200公里，增加超350个行政村通双车道公路，提升县域副中心、中心镇、典型镇以及产业旅游资源等节点的通达水平。',
     ''),
    # #059: 一带一路 is an initiative; the innovation centre is one named institution (中拉 inside it not labelled);
    # 印尼, the usual short form of 印度尼西亚, is a country, as 拉美 (holdout7); the survey is an event
    ('prov15name-hainan', '深入开展国际科技合作，获批国家级“一带一路”联合实验室，中拉可持续粮食创新中心挂牌，中国-印尼联合科考成功开展。',
     'org:中拉可持续粮食创新中心 | place:中国 | place:印尼'),
    # #060: a named scenic area is a place (as “天涯海角”, holdout6), taken whole with its city; 国家级旅游度假区 is a
    # rating; the hotel is generic
    ('prov15name-ningxia', '特别是沙漠游走在世界前列，中卫大漠黄河景区被评为国家级旅游度假区，国内首家沙漠钻石酒店、艺术中心、室内冰雪馆等先后落地，实现了由“大漠孤烟”向“别样繁华”的神奇蝶变。',
     'place:中卫大漠黄河景区'),
    ('prov15name-zhejiang', '深化营商环境改革，健全企业综合服务中心运行机制，持续推进“高效办成一件事”“一网通办”，推动企业报表“最多报一次”。',
     ''),
    # #062: 健康中国 as 美丽中国 (README)
    ('prov15name-shandong', '健康中国行动考核获优秀等次，3个市获批国家公立医院改革与高质量发展示范项目城市。',
     'place:中国'),
    ('prov15name-chongqing', '推动出台工业设计促进条例，国家级工业设计中心增至11家，全市工业设计服务类企业超过1500家。',
     ''),
    ('prov15name-chongqing', '整体提升100所学校、50家医院周边环境；',
     ''),
    ('prov15name-hebei', '深入实施县域商业建设行动，建设一批县级物流配送中心、乡镇商贸中心。',
     ''),
    ('prov15name-shandong', '获批首个公办职业技术大学，新增高职院校4所。',
     ''),
    # #067: 全省副中心城市 is a status
    ('prov15name-qinghai', '落实支持海西经济高质量发展若干措施，加快格尔木全省副中心城市建设。',
     'place:海西 | place:格尔木'),
    ('prov15name-inner_mongolia', '高等教育要加大一流学科建设力度，继续支持内蒙古大学“双一流”建设，聚焦乳业、稀土、能源等领域推动建设高等研究院；',
     'org:内蒙古大学'),
    ('prov15name-beijing', '完善社会治安整体防控体系，打击治理电信网络诈骗等突出违法犯罪，深化平安校园、平安医院建设，有效防范应对社会安全事件。',
     ''),
    # #070: an exchange, an org
    ('prov15name-shanxi', '实施“数据要素×”行动，开展省属企业数据资产入表试点，提升山西数据交易中心运营能力，加快公共数据资源开发利用。',
     'org:山西数据交易中心'),
    ('prov15name-henan', '新建改造高标准农田550万亩，恢复改善灌溉面积833万亩，建成区域性农业综合服务中心286个。',
     ''),
    # #072: 全国良种牛繁育中心 here is a facility being built; 西北 is a compass region
    ('prov15name-ningxia', '建成全国良种牛繁育中心和国家级水产种质资源场，“以渔治碱”养殖对虾、大黄鱼等实现突破，水产品种类和总量均居西北前列，“海鱼陆养”经验在全国交流。',
     ''),
    ('prov15name-gansu', '加快敦煌研究院“典范”“高地”建设，全面实施流失海外敦煌文物数字化复原项目。',
     'org:敦煌研究院 | place:敦煌#2'),
    ('prov15name-anhui', '系统推进职业教育人才培养模式改革，建设省级现代产业学院50个。',
     ''),
    # #075: 我省 is a self-reference
    ('prov15name-hunan', '习近平总书记亲临湖南考察，为我省高质量发展把脉定向、领航指路。',
     'person:习近平 | place:湖南'),
    ('prov15name-liaoning', '锦州银行风险有效处置，全省农信系统整体改革基本完成，其他中小金融机构风险稳妥化解；',
     'org:锦州银行'),
    ('prov15name-hunan', '促进优质医疗资源扩容下沉和均衡布局，加快基层医疗机构标准化建设，推进高水平医院结对帮扶医疗资源薄弱地区。',
     ''),
    # #078: 国际消费中心城市 is a status; the shopping festival, “上海之夏” and 上海旅游节 are events, the place inside labelled
    ('prov15name-shanghai', '深化国际消费中心城市建设，加力扩围实施“两新”行动，办好“五五购物节”、“上海之夏”国际消费季、上海旅游节、国际光影节等重大促消费活动，创新线上线下相结合的多元化消费场景。',
     'place:上海 | place:上海#2'),
    # #079: the computing centre is a facility: only the org inside it (as 吉利 in 吉利贵阳基地)
    ('prov15name-guizhou', '推进华为云全球智算中心等75个亿元以上项目建设。',
     'org:华为云'),
    ('prov15name-guangdong', '加快实现高水平科技自立自强，制定全过程创新链“1+N”政策，推动出台科技创新条例、制造业高质量发展促进条例，打造具有全球影响力的产业科技创新中心。',
     ''),
    ('prov15name-ningxia', '办好用好高等研究院、科创中心、中试基地和各类实验室。',
     ''),
    # #082: “浙江e港通” is a platform; 中欧班列 is a service; 义新欧 a string of abbreviations
    ('prov15name-zhejiang', '“四港”联动综合效应显著增强，“浙江e港通”上线运行，中欧班列集结中心加快建设，浙江中欧班列（义新欧）开行2619列、增长10%，全省机场旅客和国际货邮吞吐量分别增长14.2%、25%。',
     'place:浙江 | place:浙江#2'),
    ('prov15name-chongqing', '建成全国学前教育普及普惠区县1个、义务教育优质均衡发展区县4个，义务教育集团化办学、学区制管理覆盖率达到80%，优质高中资源覆盖率达到75%。',
     ''),
    ('prov15name-henan', '推进53个国家中医优势专科和7个中医特色重点医院建设。',
     ''),
    ('prov15name-jiangsu', '率先出台制造业设备更新贷款贴息政策，支持项目684个、撬动银行贷款1470亿元，完成工业领域设备更新33.6万台套；',
     ''),
    ('prov15name-hubei', '加强“一老一小”保障，实施特殊困难老年人家庭适老化改造2.6万户，新改建社区养老服务综合体、农村互助照料中心300家，开办假期公益“爱心托管班”6200多个，城市15分钟托育服务圈加快建设。',
     ''),
    # #087: an arts centre running its own museum and halls is an org (*Where the sets disagree* 4); 大湾区 is a
    # place (holdout7)
    ('prov15name-guangdong', '集美术馆、非物质文化遗产馆、文学馆于一体的白鹅潭大湾区艺术中心正式启用，成为大湾区文化新地标。',
     'org:白鹅潭大湾区艺术中心 | place:大湾区#2'),
    ('prov15name-qinghai', '深化以公益性为导向的公立医院改革，扎实推进编制、价格、薪酬、监管和财政补偿等改革任务落实落地。',
     ''),
    # #089: 我省 is a self-reference
    ('prov15name-guizhou', '启动实施北京大学、清华大学、复旦大学、上海交通大学等省外高水平大学“组团式”帮扶我省学科建设。',
     'org:北京大学 | org:清华大学 | org:复旦大学 | org:上海交通大学'),
    # -- laws: Random(16164).sample(…, 20), in sampled order
    ('law15-criminal_law', '数额巨大或者有其他严重情节的，对单位判处逃汇数额百分之五以上百分之三十以下罚金，并对其直接负责的主管人员和其他直接责任人员，处五年以上有期徒刑。',
     ''),
    # #001: 人民检察院 is generic in a law (README)
    ('law15-criminal_procedure_law_2018', '第一百五十八条 下列案件在本法第一百五十六条规定的期限届满不能侦查终结的，经省、自治区、直辖市人民检察院批准或者决定，可以延长二个月：',
     ''),
    ('law15-constitution_prc', '（六）选举中央军事委员会主席；',
     'org:中央军事委员会'),
    ('law15-state_secrets_law_implementing_regulations_2024', '保密行政管理部门实施保密检查后，应当出具检查意见，对需要整改的，应当明确整改内容和期限，并在一定范围内通报检查结果。',
     ''),
    ('law15-criminal_law', '有前款第四项、第五项所列行为，同时构成其他犯罪的，依照数罪并罚的规定处罚。',
     ''),
    ('law15-martial_law_1996', '（二）军事机关和重要军事设施；',
     ''),
    ('law15-national_security_law_2015', '国家安全工作应当统筹内部安全和外部安全、国土安全和国民安全、传统安全和非传统安全、自身安全和共同安全。',
     ''),
    ('law15-criminal_law', '数额在十万元以上的，处三年以上七年以下有期徒刑，并处欠缴税款一倍以上五倍以下罚金。',
     ''),
    # #008: the ordinal is not part of the name (README)
    ('law15-supervision_law_2024', '2018年3月20日 第十三届全国人民代表大会第一次会议通过',
     'date:2018年3月20日 | org:全国人民代表大会'),
    # #009: 公安机关, 人民检察院 and 行政监察机关 are generic (README)
    ('law15-public_security_administration_punishments_law_2012', '公安机关及其人民警察办理治安案件，不严格执法或者有违法违纪行为的，任何单位和个人都有权向公安机关或者人民检察院、行政监察机关检举、控告；',
     ''),
    ('law15-archives_law_2020', '第二十条 涉及国家秘密的档案的管理和利用，密级的变更和解密，应当依照有关保守国家秘密的法律、行政法规规定办理。',
     ''),
    ('law15-counterespionage_law_2023', '第四十七条 对为反间谍工作做出贡献并需要安置的人员，国家给予妥善安置。',
     ''),
    # #012: 国家反恐怖主义工作领导机构 and the departments are generic (README)
    ('law15-counterterrorism_law_2018', '第十四条 金融机构和特定非金融机构对国家反恐怖主义工作领导机构的办事机构公告的恐怖活动组织和人员的资金或者其他资产，应当立即予以冻结，并按照规定及时向国务院公安部门、国家安全部门和反洗钱行政主管部门报告。',
     ''),
    ('law15-supervision_law_2024', '第二十四条 被调查人涉嫌贪污贿赂、失职渎职等严重职务违法或者职务犯罪，监察机关已经掌握其部分违法犯罪事实及证据，仍有重要问题需要进一步调查，并有下列情形之一的，经监察机关依法审批，可以将其留置在特定场所：',
     ''),
    # #014: 公安机关, 人民检察院 and 人民法院 are generic (README)
    ('law15-criminal_procedure_law_2018', '第四十九条 辩护人、诉讼代理人认为公安机关、人民检察院、人民法院及其工作人员阻碍其依法行使诉讼权利的，有权向同级或者上一级人民检察院申诉或者控告。',
     ''),
    ('law15-peoples_police_law_2012', '第三十三条 人民警察对超越法律、法规规定的人民警察职责范围的指令，有权拒绝执行，并同时向上级机关报告。',
     ''),
    ('law15-state_secrets_law_implementing_regulations_2024', '第二十三条 机关、单位被撤销或者合并、分立的，该机关、单位所确定国家秘密的变更和解除，由承担其职能的机关、单位负责；',
     ''),
    ('law15-state_council_provisions_regional_ethnic_autonomy_2005', '地方财政相应设立并安排少数民族发展资金和民族工作经费。',
     ''),
    ('law15-data_security_law_2021', '第四十二条 国家制定政务数据开放目录，构建统一规范、互联互通、安全可控的政务数据开放平台，推动政务数据开放利用。',
     ''),
    ('law15-regulations_on_religious_affairs_2017', '(四)开展宗教教育培训，培养宗教教职人员，认定、管理宗教教职人员；',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout15", ITEMS, DRAWS, sample, groups=("nat15", "prov15-", "prov15name-", "law15-"), id_letter="k")


if __name__ == "__main__":
    main()
