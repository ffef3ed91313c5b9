"""Build eval/ner/holdout27.jsonl: a twenty-seventh held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout26.py (those marked NEW h7 … NEW h26 included). The labeller did not
read anything of the extractor (dossier/), the tests, docs/ or bench/, did not run it, bench/ner_eval.py,
the tests or any segmenter, NER or POS tool on these sentences, and did not look at what any tool
predicts for them. The set has never been scored. It is drawn like holdout25 (same reading code, new seeds),
except that the provincial name-cue pool is used up (holdout25 took its last 14 sentences; it now holds none),
so the name-cue draw is made from the national reports instead: 90 national, 90 national name-cue, 100
provincial and 20 law sentences; every entity type the rules define is labelled.

    python eval/ner/build_holdout27.py            # write holdout27.jsonl from ITEMS, print counts
    python eval/ner/build_holdout27.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout27.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences, sample) is copied from build_holdout25.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout26.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs. The pools hold 22101 national, 7612 provincial and 5877 law sentences.

1. nat27: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(28281).sample(…, 90). No cue word is required.
2. nat27name: the same national sentences that contain one of NAME_CUES (holdout15's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 (pool 902); random.Random(28282).sample(…, 90).
3. prov27-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(28283).sample(…, 100). No cue word is required; none of
   the pool's sentences holds a name cue any more, so there is no provincial name-cue draw.
4. law27-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(28284).sample(…, 20).
Each draw's longer order (15 replacements) extends its sample, as sample() asserts.

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat27 #002 is in traditional characters, nat27name #022 is cut at a line break of the source inside
上海合作组织, nat27name #084 ends at a line break without a final stop, prov27 #094 is the report's numbered
note explaining a term, and several sentences are section headings or lines without a final stop; all are
readable report text and were kept.

Overlap with dev: holdout26 found that build.py cut and edited some of the sentences it took, so that seen()
misses their longer originals, and added a rule (a shared stretch of 20 characters) that this script, copied
from build_holdout25.py, does not have. Four of these drawn sentences share such a stretch with build.py's
source (33 to 57 characters, all of it a build.py sentence that build.py shortened): nat27 #031 and nat27name
#009, #022 and #059. They were kept (the draw was not changed after it was made); their items say so.

The decisions this set adds (9, on 8 items) are marked NEW h27 on their items; the items' comments
say what they are.

Result: 300 sentences (90 nat27, 90 nat27name, 100 prov27, 20 law27), 150 entities: 57 org, 56 place,
26 person, 11 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat27 14 place, 7 org, 3 date, 2 person (16 sentences with an entity); nat27name 40 org, 24 person,
14 place, 7 date (39); prov27 28 place, 7 org, 1 date (23); law27 3 org (2).
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


# -- reading code, copied from build_holdout25.py (itself from build_holdout23.py, build_holdout21.py, build_holdout19.py,
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
    """The source text of build.py and build_holdout{,2,3,…,25,26}.py, and the texts of their ITEMS."""
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
    import build_holdout25
    import build_holdout26
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py", "build_holdout15.py", "build_holdout16.py",
             "build_holdout17.py", "build_holdout18.py", "build_holdout19.py", "build_holdout20.py",
             "build_holdout21.py", "build_holdout22.py", "build_holdout23.py", "build_holdout24.py",
             "build_holdout25.py", "build_holdout26.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12, build_holdout13, build_holdout14, build_holdout15,
               build_holdout16, build_holdout17, build_holdout18, build_holdout19, build_holdout20,
               build_holdout21, build_holdout22, build_holdout23, build_holdout24, build_holdout25,
               build_holdout26)
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
            out += [("nat27", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


def national_name_candidates() -> list[tuple[str, str]]:
    """The national sentences with a name cue, leaving out those the first national draw took."""
    pool = national_candidates()
    drawn = {s for _, s in random.Random(28281).sample(pool, 90)}
    return [("nat27name", s) for _, s in pool if any(c in s for c in NAME_CUES) and s not in drawn]


def provincial_pool() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(prov, s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


def provincial_candidates() -> list[tuple[str, str]]:
    return [(f"prov27-{prov}", s) for prov, s in provincial_pool()]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law27-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 28281, 90), (national_name_candidates, 28282, 90), (provincial_candidates, 28283, 100),
         (law_candidates, 28284, 20)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout26.py (NEW h7 … NEW h26
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h27 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(28281).sample(…, 90), in sampled order
    ('nat27', '积极开展资源回收利用，大力提高资源综合利用率。',
     ''),
    ('nat27', '支持民族地区加快发展，民族团结进步事业取得长足进展。',
     ''),
    # #002 in traditional characters, as written; 國家行政機關 is generic
    ('nat27', '我們相信，即將由全國人民代表大會第一次會議産生的國家行政機關，根據這個偉大的人民的憲法所規定的目標，依靠全國人民的支持和全國人民代表大會的監督，一定能够盡到自己的責任，把我們國家的各項事業推向新的更大的勝利。',
     'org:全國人民代表大會 | org:全國人民代表大會#2'),
    # #003 前 left out (README); 五年中 is a duration
    ('nat27', '五年中国家用于城市职工住宅的投资共四百八十亿元，新建住宅三亿五千万平方米，相当于一九七七年前十九年新建住宅面积的总和。',
     'date:一九七七年'),
    ('nat27', '这样才可以合理地使用人力，节省国家的财力。',
     ''),
    ('nat27', '在科学技术上，我们现在还是落后的，必须加紧努力。',
     ''),
    ('nat27', '大力发展社会福利事业和慈善事业。',
     ''),
    ('nat27', '出台稳外贸政策，货物通关时间压缩一半以上。',
     ''),
    ('nat27', '加强社会组织建设，健全基层社会管理体制。',
     ''),
    # #009 第三世界 is a descriptive grouping of countries (holdout15 nat15 #012); 我国 is a self-reference
    ('nat27', '加强同第三世界国家的团结和合作，是我国外交工作的基本立足点。',
     ''),
    ('nat27', '轻纺工业部门正在兴建的一些现代化骨干企业必须抓紧建设，保证按期投入生产。',
     ''),
    ('nat27', '更加注重把在城镇稳定就业和居住的农民工有序转变为城镇居民；',
     ''),
    # #012 供销合作社 and 乡人民委员会 are generic
    ('nat27', '乡村小学教师、供销合作社工作人员和乡人民委员会工作人员的工资，也将同时加以提高。',
     ''),
    ('nat27', '越南侵略柬埔寨已经进入第十个年头。',
     'place:越南 | place:柬埔寨'),
    ('nat27', '按原有结构和粗放增长方式发展经济，不仅产品没有市场，资源、环境也难以承受。',
     ''),
    # #015 首都 is a common noun (README); 我国 is a self-reference
    ('nat27', '例如在我国首都北京建设的三个棉纺织厂，共装备纺锭二十三万枚，织机七千多台。',
     'place:北京'),
    ('nat27', '财政、金融等领域仍存在一些风险隐患，部分行业产能严重过剩，宏观调控难度增大。',
     ''),
    ('nat27', '加快建立健全统一规范灵活的人力资源市场。',
     ''),
    # #018 东方 ('the East') is a compass region, as 'the West' (holdout10, holdout12); 美 in 美帝国主义 is an abbreviation
    # (dev); 日本 in 日本军国主义 is a place (holdout17 nat17 #088)
    ('nat27', '在东方，美帝国主义一贯扶植日本军国主义复活。',
     'place:日本'),
    ('nat27', '相反的，许多专门业务工作应该由专家负责。',
     ''),
    ('nat27', '扩大人民民主，健全民主制度，丰富民主形式，拓宽民主渠道，依法实行民主选举、民主决策、民主管理、民主监督，保障人民的知情权、参与权、表达权、监督权。',
     ''),
    ('nat27', '城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万，总计达到1.17亿。',
     ''),
    ('nat27', '（四）逮捕后宽大处理、教育释放的占8.9%。',
     ''),
    ('nat27', '切实把教育放在优先发展的战略地位。',
     ''),
    ('nat27', '全面加强练兵备战，统筹应对各方向各领域安全风险，提高捍卫国家主权、安全、发展利益的战略能力。',
     ''),
    ('nat27', '他们应当立即改变作风，深入现场，调查研究，认识问题，承认自己的错误，从广大群众那里听取意见，然后才有可能同群众一道解决那里的问题，总结那里的经验。',
     ''),
    ('nat27', '党政军的组织经过整顿，领导权已经基本上掌握在人民可以信赖的干部手中。',
     ''),
    ('nat27', '进一步解决中小微企业融资难题。',
     ''),
    ('nat27', '认真落实减轻农民负担的各项政策措施。',
     ''),
    # #029 the ordinal splits 中国共产党第八届中央委员会: both parts are labelled (NEW h7, holdout26); the plenary session is an
    # event; 今年四月初 and 今年第一季度 have no year
    ('nat27', '今年四月初，中国共产党第八届中央委员会的第七次全体会议，根据这些指标和今年第一季度生产和建设的情况，通过了一九五九年国民经济计划草案。',
     'org:中国共产党 | org:中央委员会 | date:一九五九年'),
    ('nat27', '推动城乡义务教育一体化发展，教育投入继续向困难地区和薄弱环节倾斜。',
     ''),
    # #031 shares a stretch of 57 characters with a build.py (dev) sentence that build.py shortened; the draw, copied
    # from holdout25, does not leave such texts out; kept. 委员长 and 同志 are suffixes; 辛亥革命 and the anniversary meeting
    # are events
    ('nat27', '我们要按照叶剑英委员长宣布的方针和原则，按照胡耀邦同志在纪念辛亥革命七十周年大会上的讲话精神，努力做好各方面的工作，促进全国人民包括台湾人民在内的统一祖国愿望的早日实现。',
     'person:叶剑英 | person:胡耀邦 | place:台湾'),
    ('nat27', '注重风险防范，提高海外权益保障能力。',
     ''),
    ('nat27', '工商业资本家在五年计划中的责任，就是应该服从国家行政机关的管理和国营经济的领导，接受工人群众的监督，经营有利于国计民生的事业，老老实实地服从国家计划，做好国家委托的任务，接受社会主义改造。',
     ''),
    ('nat27', '要继续减少国家统一分配调拨产品的种类和数量，完善农副产品合同定购制度，积极发展跨地区、跨部门的商品流通，逐步建立农工商结合、农商结合、工商结合或商商结合的新的商业形式，不断扩大消费品市场和生产资料市场。',
     ''),
    ('nat27', '综合考虑促进经济增长的需要和财力物力的可能，今年全社会固定资产投资调控目标为２５３００亿元，投资率为３２％。',
     ''),
    ('nat27', '（三）着力扩大国内需求，推动经济实现良性循环。',
     ''),
    # #037 the Games are events, 东京 inside labelled (holdout18, holdout19); 我国 is a self-reference
    ('nat27', '我国体育健儿在东京奥运会、残奥会上勇创佳绩。',
     'place:东京'),
    ('nat27', '加大土地开发整理复垦力度，搞好中低产田改造，提高耕地质量，建设一批高标准农田。',
     ''),
    ('nat27', '（四）以创新引领实体经济转型升级。',
     ''),
    ('nat27', '完善社会统筹和个人帐户相结合的城镇职工基本养老保险制度。',
     ''),
    # #041 中国 inside “两个中国” (dev); “一中一台” is a string of one-character abbreviations; 台湾 inside “台湾独立” (dev)
    ('nat27', '我们坚决反对任何形式的“两个中国”或“一中一台”，坚决反对任何旨在制造“台湾独立”的企图和行为。',
     'place:中国 | place:台湾'),
    ('nat27', '但是必须看到，我们的成绩是主要的。',
     ''),
    # #043 丝绸之路经济带 is an economic belt, a place (README; zh8 #024 of holdout8); NEW h27: 21世纪 (the 21st century) alone
    # is not a date: README asks for at least a year, and the sets admit a decade (20世纪60年代, h5; 八十年代, NEW h26) but no
    # coarser period, so the century in the name of the initiative 21世纪海上丝绸之路 is not labelled; 海上丝绸之路 (the Maritime
    # Silk Road) is a route and here an initiative, as 万里茶道 (NEW h13) and 一带一路 (README): not labelled
    ('nat27', '推进丝绸之路经济带和21世纪海上丝绸之路合作建设。',
     'place:丝绸之路经济带'),
    ('nat27', '这几年，我们在对农业体制进行重大改革的同时，还在城镇发展多种经济形式、扩大工商企业的自主权、改进城乡流通体制和发挥中心城市的作用等方面，进行了一系列的改革。',
     ''),
    # #045 人民政府 is generic (holdout7 law7 #015); 我国 is a self-reference
    ('nat27', '政府工作人员特别是各级领导干部必须牢记，我们手中的权力是人民给的，以权谋私完全违背人民政府的宗旨，是同我国的社会制度格格不入的。',
     ''),
    ('nat27', '在降低关税总水平的同时，调整了进口税收减免政策，降低了出口退税率。',
     ''),
    # #047 港 and 澳 in the quoted principles are one-character abbreviations
    ('nat27', '我们将坚定不移地贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针，全力支持香港、澳门保持长期繁荣稳定。',
     'place:香港 | place:澳门'),
    # #048 NEW h27: 这次人民代表大会 (this session of the people's congress, to which the State Council submits the draft) is
    # the National People's Congress named without 全国, a specific body named without its level (as 人大 and 城市治理委员会,
    # README), an org; unlike 人民代表大会 as the system of congresses at every level (holdout15 nat15 #058) or 大会 alone
    # (README)
    ('nat27', '这个草案，已经由国务院通过，提请这次人民代表大会审议和决定。',
     'org:国务院 | org:人民代表大会'),
    # #049 “四人帮” is a nickname for a group (README)
    ('nat27', '我们的人民打碎了“四人帮”的精神枷锁，思想大解放，觉悟大提高，精神振奋，喜气洋洋，大干社会主义的积极性迸发出来了。',
     ''),
    ('nat27', '综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。',
     ''),
    ('nat27', '在上述总投资额中，还没有包括广大农业合作社、手工业合作社和其他合作社的基本建设投资在内。',
     ''),
    # #052 中华 in 中华文化 is not labelled (README)
    ('nat27', '加强对外文化体育交流与合作，不断扩大中华文化国际影响力，让博大精深的中华文化再展辉煌。',
     ''),
    ('nat27', '当务之急仍然是落实“两个确保”，确保国有企业下岗职工基本生活费和离退休人员基本养老金按时足额发放，任何地方都不得发生新的拖欠。',
     ''),
    ('nat27', '坚持把改革开放和科技进步作为动力。',
     ''),
    ('nat27', '粮食等主要农产品供给实现了由长期短缺到总量平衡、丰年有余的历史性转变。',
     ''),
    ('nat27', '我们希望，生产、流通、建设领域中的各类企业，都要把着眼点和立足点放在挖掘自己内部的潜力上。',
     ''),
    ('nat27', '提倡乡镇企业发展农副产品加工，建立贸工农一体化的产业体系。',
     ''),
    ('nat27', '中国主张各国在和平共处五项原则和其他公认的国际关系准则的基础上，建立和平、稳定、公正、合理的国际政治经济新秩序。',
     'place:中国'),
    ('nat27', '深化农业科研和推广体制改革，推进农科教、产学研结合，继续实施“星火计划”，加快农业科技成果的转化与推广应用。',
     ''),
    # #060 the session ordinal is not part of the name (README); 党 alone is not labelled
    ('nat27', '第五届全国人民代表大会第二次会议，号召全国各族人民在党和政府的领导下，坚决实现工作着重点转到现代化建设上来的伟大战略转移，贯彻执行国民经济调整、改革、整顿、提高的方针。',
     'org:全国人民代表大会'),
    # #061 地方政府 is generic
    ('nat27', '建立规范的地方政府举债融资机制，把地方政府性债务纳入预算管理，推行政府综合财务报告制度，防范和化解债务风险。',
     ''),
    # #062 大会 is a common noun (README)
    ('nat27', '现在我向大会报告的，是正在拟定的方案的一些要点。',
     ''),
    ('nat27', '我们的社会主义现代化建设需要一个和平的国际环境。',
     ''),
    # #064 台湾当局: 当局 (the authorities) is left out, as in 台湾国民党当局 (dev); 大陆 (the mainland) is a common noun for an
    # area, as 内地 (holdout12 #008) and 首都 (README): not labelled; 海峡两岸 alone is not labelled (README)
    ('nat27', '我们高兴地看到，台湾当局在去年放宽台湾民众到大陆探亲的限制以后，最近又进一步扩大了允许探亲的范围，两岸文化、学术、经济等民间交流也有新的发展，这是符合海峡两岸同胞的根本利益的。',
     'place:台湾 | place:台湾#2'),
    ('nat27', '我国的社会主义现代化建设是需要几代人锲而不舍地为之奋斗的伟大事业，需要一个长期稳定的国际和平环境。',
     ''),
    ('nat27', '发展需要改革添动力，群众期盼改革出实效，我们要努力交出一份为发展加力、让人民受益的改革答卷。',
     ''),
    ('nat27', '高速公路通车里程达11.2万公里，水路、民航、管道建设进一步加强。',
     ''),
    # #068 the plan periods are not labelled
    ('nat27', '今年是“十二五”收官之年，我们要在完成“十二五”经济社会发展目标任务的同时，以改革的精神、创新的理念和科学的方法，做好“十三五”规划纲要编制工作，谋划好未来五年的发展蓝图。',
     ''),
    ('nat27', '对于资产阶级右派分子，我们采取了帮助他们进行改造的宽大处理办法，不剥夺他们的公民权，并且适当地安排他们的工作和生活，以便把一切可以改造的人尽可能地逐步地改造成为新人。',
     ''),
    ('nat27', '加快建设国家创新体系，实施知识创新工程和技术创新工程，突破了一批产业发展急需的前沿技术、核心技术和关键装备技术，一大批科研成果实现了产业化。',
     ''),
    ('nat27', '控制中长期贷款增长，特别是对高耗能、高排放企业和产能过剩行业的贷款；',
     ''),
    ('nat27', '稳增长更是为了保就业，既要满足城镇新增就业的需要，又要为农村转移劳动力进城务工留出空间，根本上是为了增加城乡居民收入、改善人民生活。',
     ''),
    ('nat27', '发展消费信贷，完善消费政策，改善消费环境；',
     ''),
    ('nat27', '这个速度，比一九五七年要高得多。',
     'date:一九五七年'),
    ('nat27', '搞好城乡节水，缓解水资源紧张的矛盾。',
     ''),
    ('nat27', '这次减税，着眼“放水养鱼”、增强发展后劲并考虑财政可持续，是减轻企业负担、激发市场活力的重大举措，是完善税制、优化收入分配格局的重要改革，是宏观政策支持稳增长、保就业、调结构的重大抉择。',
     ''),
    ('nat27', '城镇新增就业1100万人以上，城镇登记失业率4.5%以内；',
     ''),
    ('nat27', '深入整顿和规范市场秩序，重点是继续抓好直接关系人民群众身体健康和生命安全的食品、药品市场专项整治；',
     ''),
    ('nat27', '一方面，要增加煤炭、电力、油品生产；',
     ''),
    ('nat27', '这些成绩的取得，也是全国上下努力奋斗的结果。',
     ''),
    ('nat27', '由于提前竣工而节约的资金，应归承包单位。',
     ''),
    ('nat27', '支持粮食生产的政策措施向主产区倾斜，加大对产粮大县一般性转移支付、财政奖励和粮食产业建设项目的扶持力度。',
     ''),
    # #083 中央财政: 中央 as an attribute (README)
    ('nat27', '中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算，地方财政也要相应安排，确保实现这一目标。',
     ''),
    ('nat27', '深入开展群众性精神文明创建活动。',
     ''),
    ('nat27', '重视科技强军，国防科研取得一批重要成果，后勤保障能力不断提高。',
     ''),
    ('nat27', '当然，我们不应该硬搬别国的经验，即使是他们成功的经验，也必须有所选择，并且在运用的时候，还必须同本国的具体情况结合起来。',
     ''),
    # #087 我国 is a self-reference
    ('nat27', '最近几年，从工农兵和上山下乡知识青年中选拔了大批学生进入高等学校培养，为我国知识分子队伍增添了新的力量，我们应该热情地关怀他们，帮助他们更好地成长起来。',
     ''),
    ('nat27', '各类专项促就业政策要强化优化，对就业创业的不合理限制要坚决清理取消。',
     ''),
    ('nat27', '私营工商业者在解放以来对发展生产、繁荣经济、交纳税款、购买公债等方面对国家是有贡献的；',
     ''),

    # -- the national reports' sentences with a name cue (NAME_CUES), leaving out those drawn above: Random(28282).sample(…,
    # 90), in sampled order
    # #000 大型煤炭企业集团 is generic
    ('nat27name', '加强大型煤炭基地建设，鼓励大型煤炭企业集团兼并改造中小煤矿。',
     ''),
    # #001 同志 is a suffix
    ('nat27name', '过去五年所取得的一切成就，都是在以江泽民同志为核心的党中央领导下，全国各族人民同心同德、努力奋斗的结果，也是与广大海外同胞和国际友人的关心和支持分不开的。',
     'person:江泽民 | org:党中央'),
    # #002 县、社两级医院 is generic
    ('nat27name', '卫生工作要继续坚持把重点放到农村去的方针，办好县、社两级医院，巩固和发展农村合作医疗事业，提高赤脚医生的医疗水平。',
     ''),
    ('nat27name', '制定并实施国有商业银行股份制改造试点方案。',
     ''),
    ('nat27name', '按照国际惯例和通行规则，改革银行和其他金融机构的业务制度与结算制度。',
     ''),
    # #005 “四人帮” is a nickname for a group (README)
    ('nat27name', '全国规模的关于真理标准的讨论，有力地促进了广大干部和广大群众解放思想，打碎了林彪、“四人帮”强加给他们的精神枷锁，使毛泽东同志长期倡导的实事求是、一切从实际出发、理论联系实际的学风得到恢复和发扬。',
     'person:林彪 | person:毛泽东'),
    ('nat27name', '抓紧落实和完善跨省异地就医直接结算政策，尽快使异地就医患者在所有定点医院能持卡看病、即时结算，切实便利流动人口和随迁老人。',
     ''),
    # #007 毛主席 is a title with a surname (README)
    ('nat27name', '要遵照毛主席关于正确区分和处理两类不同性质矛盾的教导，坚决执行党中央关于对敌斗争的一系列方针政策，稳、准、狠以准为重点地打击一小撮阶级敌人，向着反动阶级、反动派和反抗社会主义改造和社会主义建设的分子实行专政。',
     'org:党中央'),
    ('nat27name', '当前，在部分同志中存在着一种观点，把改革单纯看成是权力和利益的分散。',
     ''),
    # #009 shares a stretch of 36 characters with a build.py (dev) sentence (see nat27 #031); kept. 中国 in 中国特色
    # (README); 党的十四大 is an event; 中国共产党中央委员会 taken whole (dev)
    ('nat27name', '让我们在邓小平同志建设有中国特色社会主义理论和党的十四大精神指引下，更加紧密地团结在以江泽民同志为核心的中国共产党中央委员会周围，同心同德，振奋精神，开拓前进，为夺取社会主义现代化建设事业的新胜利而努力奋斗！',
     'person:邓小平 | place:中国 | person:江泽民 | org:中国共产党中央委员会'),
    ('nat27name', '清理、整顿非银行金融机构和地方性金融机构，化解金融机构的风险，保持金融稳定。',
     ''),
    ('nat27name', '推动金融监管体制改革，统筹推进中小银行补充资本和改革化险，推进股票发行注册制改革，完善资本市场基础制度，加强金融稳定法治建设。',
     ''),
    ('nat27name', '煤炭工业，通过国家基本建设投资、银行贷款和各种形式的联合，争取明年在建矿井规模达到1.2亿吨，投产井新增生产能力达到1，000万吨。',
     ''),
    ('nat27name', '深化国有资本投资、运营公司等改革试点，赋予更多自主权。',
     ''),
    # #014 中美 and 中欧 are strings of abbreviations (README); 海湾合作委员会 (the Gulf Cooperation Council) is a standing
    # international body, an org (README), 海湾 inside it not labelled again; the agreements are not labelled
    ('nat27name', '积极参与高标准自贸区建设，推进中美、中欧投资协定谈判，加快与韩国、澳大利亚、海湾合作委员会等自贸区谈判进程。',
     'place:韩国 | place:澳大利亚 | org:海湾合作委员会'),
    # #015 国家计委 by its usual short name (holdout13); 副主任 and 同志 are left out; 今年4月8日 has no year; 人大常委会 is an org, the
    # session ordinal left out (holdout12)
    ('nat27name', '关于1980年国民经济计划的安排，国务院委托国家计委副主任李人俊同志，于今年4月8日向人大常委会第十四次会议作了报告。',
     'date:1980年 | org:国务院 | org:国家计委 | person:李人俊 | org:人大常委会'),
    ('nat27name', '着力完善产权结构、公司治理结构和激励约束机制，加快形成一批具有国际竞争力的大公司大企业集团，加大国有独资企业和垄断行业的改革力度，放宽市场准入，推进投资主体和产权多元化。',
     ''),
    # #017 国务院 is labelled in 国务院有关部门 (as in 国务院部门所属, holdout24 #103)
    ('nat27name', '国务院有关部门在前一段调查研究的基础上，已经就其中几个最迫切的问题，初步拟定了有关扩大企业自主权的若干试行办法、职工奖惩试行条例、财政体制初步改革方案、外贸管理和外汇分成的规定、基本建设投资逐步改由银行贷款的办法等文件。',
     'org:国务院'),
    # #018 NEW h27: 中央银行 (the central bank, the role the People's Bank of China holds) is a common noun for a kind of
    # bank, as 政策性银行 (README) and 首都, not the bank's name: not labelled; 专业银行 is generic
    ('nat27name', '加强中央银行的宏观调控能力，改善专业银行的经营机制，积极开拓和发展金融市场。',
     ''),
    # #019 中国 in 中国特色 (README); 中西部地区 is a compass region (README)
    ('nat27name', '实施高等教育综合改革试点，优化学科专业和资源结构布局，加快建设中国特色、世界一流的大学和优势学科，建强应用型本科高校，增强中西部地区高校办学实力。',
     'place:中国'),
    ('nat27name', '一九五四年比一九五二年医院病床增长百分之三十四。',
     'date:一九五四年 | date:一九五二年'),
    # #021 职工代表大会, 居民委员会 and 村民委员会 are generic
    ('nat27name', '健全民主管理，切实发挥职工代表大会、居民委员会和村民委员会的作用，进一步活跃基层民主生活。',
     ''),
    # #022 shares a stretch of 33 characters with a build.py (dev) sentence (see nat27 #031); kept. Cut at a line
    # break of the source inside 上海合作组织; readable, kept; the org is labelled for the part present (README *Elisions
    # and cuts*); 主席 is a title; the meeting is an event, 亚太经合组织 inside labelled (dev)
    ('nat27name', '习近平主席等国家领导人出访多国，出席亚太经合组织领导人非正式会议、上海合',
     'person:习近平 | org:亚太经合组织 | org:上海合'),
    ('nat27name', '增强企业活力是经济体制改革的中心环节。',
     ''),
    ('nat27name', '重点国有企业的改组继续推进，组建了一批大型企业集团。',
     ''),
    # #025 集团购买力 (institutional purchasing power) holds no name
    ('nat27name', '在正常情况下，人民生活改善的速度必须低于生产发展和劳动生产率提高的速度，居民购买力和集团购买力增加的幅度必须同社会消费品生产增长的幅度相适应。',
     ''),
    # #026 毛主席 is a title with a surname; 年度 with the year (NEW h10)
    ('nat27name', '在伟大的社会主义建设高潮中，我们满怀着信心，坚决执行党中央和毛主席关于“多、快、好、省”的指示，为完成和超额完成一九五八年度的国民经济计划而奋斗！',
     'org:党中央 | date:一九五八年度'),
    # #027 农村信用社 is a kind of bank (holdout17); “三农” is no name
    ('nat27name', '加快农村金融改革，强化中国农业银行、中国农业发展银行和中国邮政储蓄银行为“三农”服务的功能，继续深化农村信用社改革，积极推进新型农村金融机构发展。',
     'org:中国农业银行 | org:中国农业发展银行 | org:中国邮政储蓄银行'),
    ('nat27name', '特别是以江泽民同志为核心的党中央积累了应对各种复杂局面的丰富经验。',
     'person:江泽民 | org:党中央'),
    # #029 集团消费 (institutional spending) holds no name
    ('nat27name', '工资、奖金和集团消费等开支增加过多，既提高了生产成本，又加剧了消费结构与产业结构的矛盾。',
     ''),
    ('nat27name', '同时，国家制定了妥善安置职工、对企业与职工解除劳动关系给予经济补偿、经国务院批准核销企业银行呆坏账等政策规定，使一批长期亏损、资不抵债、扭亏无望的企业和资源枯竭矿山，平稳地实施破产关闭，形成了劣势企业退出市场的机制。',
     'org:国务院'),
    # #031 the centres are statuses (国际贸易中心, 国际航运中心, README)
    ('nat27name', '支持香港巩固和提升国际金融、贸易、航运中心地位。',
     'place:香港'),
    # #032 毛主席 is a title with a surname
    ('nat27name', '毛主席说过：“中国的改革和建设靠我们来领导。',
     'place:中国'),
    # #033 毛主席 is a title with a surname; 党 alone is not labelled; 我国 is a self-reference
    ('nat27name', '我国知识分子的绝大多数是热爱党、热爱社会主义，拥护毛主席的革命路线的。',
     ''),
    # #034 中央银行 is not labelled (see #018)
    ('nat27name', '在金融体制的改革方面，要进一步完善中央银行的调控体系，发挥它在宏观经济调控中的重要作用。',
     ''),
    # #035 NEW h27: 推选委员会 (the Selection Committee that elects the Macao SAR's first Chief Executive, set up under
    # that name for this task) is a specific body named without its place (as 城市治理委员会, README, and 国家科技教育领导小组,
    # NEW h23), an org; 行政长官 is a title; 中央人民政府 is one body (holdout22, holdout26)
    ('nat27name', '年中，推选委员会将选举产生澳门特别行政区第一任行政长官人选，报中央人民政府任命。',
     'org:推选委员会 | place:澳门特别行政区 | org:中央人民政府'),
    ('nat27name', '改善企业流动资金管理办法，改变银行包企业资金供应的做法；',
     ''),
    # #037 毛主席 is a title with a surname
    ('nat27name', '这是因为中共中央和毛主席不仅向人民群众指出困难在哪里，而且善于领导人民群众信心百倍地去同困难作斗争。',
     'org:中共中央'),
    ('nat27name', '深化国有企业公司制股份制改革。',
     ''),
    ('nat27name', '改革银行利率体系，逐步理顺存贷款的利率，实行期限差额利率和浮动利率；',
     ''),
    # #040 我国 is a self-reference
    ('nat27name', '我国仍处于并将长期处于社会主义初级阶段，必须坚持以经济建设为中心，坚持科学发展。',
     ''),
    ('nat27name', '加快改组组建国有资本投资、运营公司。',
     ''),
    ('nat27name', '三是选择一些大型企业和企业集团，通过发行股票或可转换债券筹集资金。',
     ''),
    # #043 地方各级人民代表大会 and 常务委员会 are generic
    ('nat27name', '县以上地方各级人民代表大会设立常务委员会，不但将大大提高地方各级人民代表大会的作用，而且将大大加强人民对各级地方政府的管理和监督。',
     ''),
    # #044 亚欧大陆桥 (the Eurasian Land Bridge) is a railway route (README), 亚欧 a pair of abbreviations; NEW h27: 水道 (the
    # waterway) joined to the river is taken with it, as 干流 (NEW h7) and 上游 (NEW h9), a waterway being a place
    # (README: 淮河入海水道); unlike 长江黄金水道, where the epithet 黄金 stands between (holdout6); 西南出海通道 is a compass word with a
    # generic route; the economic belts are places taken whole (README), 长江上游经济带 with its river and 上游 (NEW h9);
    # NEW h27: 南（宁）贵（阳）昆（明） (Nanning, Guiyang and Kunming by their first characters, each completed in parentheses) is
    # the name of the Nan-Gui-Kun economic region, its shared 经济区 after 等: one place as written, a named economic
    # region (README) like 长株潭城市群 (holdout9), not a string of bare abbreviations like 成渝; 中心城市 is generic
    ('nat27name', '西部开发要依托亚欧大陆桥、长江水道、西南出海通道等主要交通干线，发挥中心城市的集聚功能和辐射作用，以线串点，以点带面，培育西陇海兰新线经济带、长江上游经济带和南（宁）贵（阳）昆（明）等经济区，带动周围地区发展。',
     'place:长江水道 | place:西陇海兰新线经济带 | place:长江上游经济带 | place:南（宁）贵（阳）昆（明）'),
    ('nat27name', '同时，进一步落实国家助学贷款政策，使困难家庭的学生能够上得起大学、接受职业教育。',
     ''),
    # #046 the institute and the company are orgs taken whole with their places (README); 同志 is a suffix; 我国 is a
    # self-reference
    ('nat27name', '最近期间，我国科学界，广大知识分子和人民群众，都在悼念和学习长春光学精密机械研究所中年科学家蒋筑英同志和陕西骊山微电子公司中年工程师罗健夫同志。',
     'org:长春光学精密机械研究所 | person:蒋筑英 | org:陕西骊山微电子公司 | person:罗健夫'),
    # #047 党的十八大 is an event; 总书记 is a title; the plan period is not labelled
    ('nat27name', '党的十八大以来，在以习近平同志为总书记的党中央坚强领导下，面对错综复杂的国际环境和艰巨繁重的国内改革发展稳定任务，我们继续坚持稳中求进工作总基调，深化改革开放，实施一系列利当前、惠长远的重大举措，“十二五”规划确定的主要目标任务全面完成。',
     'person:习近平 | org:党中央'),
    ('nat27name', '结合产业结构调整，发展企业集团。',
     ''),
    # #049 周总理 and 毛主席 are titles with a surname (README)
    ('nat27name', '最后，周总理说，由于党中央和毛主席的英明领导，由于全国人民的共同努力，我们国家的力量日益壮大，国际威望越来越高，我们的国际责任也更加重大了。',
     'org:党中央'),
    ('nat27name', '四个现代化是一项崭新的事业，为了少犯错误，少使国家和人民的利益受到损失，我们尤其需要坚决实行毛泽东同志的教导：“放下臭架子、甘当小学生”。',
     'person:毛泽东'),
    # #051 技术创新中心 here is a category (README *Where the sets disagree* 1)
    ('nat27name', '完善对基础研究和原创性研究的长期稳定支持机制，建设国家重大科技基础设施和技术创新中心，打造科技资源开放共享平台。',
     ''),
    # #052 农业银行 (the Agricultural Bank of China) by its short name is an org (holdout19 nat19 #008); 人民币 is no name
    ('nat27name', '国家开发银行商业化转型和农业银行股份制改革扎实推进，跨境贸易人民币结算试点启动实施。',
     'org:国家开发银行 | org:农业银行'),
    ('nat27name', '进一步落实高等学校办学自主权，鼓励高等学校适应就业和经济社会发展需要，调整专业和课程设置，推动高等学校人才培养、科技创新和学术发展紧密结合，激励教师专注于教育，努力建设有特色、高水平大学。',
     ''),
    ('nat27name', '五年内科学研究事业将有较大的发展，只是中国科学院所属的研究机构即将增加二十三所，研究人员将增加三千四百人。',
     'org:中国科学院'),
    # #055 主席 and 总统 are titles; 中美 is a pair of abbreviations (README)
    ('nat27name', '江泽民主席与克林顿总统在奥克兰的会晤，使中美关系得到恢复和改善。',
     'person:江泽民 | person:克林顿 | place:奥克兰'),
    ('nat27name', '中国工商银行、中国银行、中国建设银行和交通银行完成股份制改造并成功上市，资产质量和盈利能力明显提高，银行业发生了重大变化。',
     'org:中国工商银行 | org:中国银行 | org:中国建设银行 | org:交通银行'),
    # #057 毛主席 is a title with a surname; 我国 is a self-reference
    ('nat27name', '我们要大搞调查研究，实事求是地总结正反两方面的经验，弄清楚各条战线的具体路线、方针、政策和方法，修改和制订工、农、商、学、兵各个方面的工作条例，逐步建立和健全充分体现毛主席革命路线的、适合我国情况的各方面的制度，使各项工作加快前进的步伐。',
     ''),
    ('nat27name', '要继续完善国有控股金融机构公司治理，改善经营管理机制，提高风险管控能力。',
     ''),
    # #059 shares a stretch of 45 characters with a build.py (dev) sentence (see nat27 #031); kept. The party congress
    # is an event, the party an org (dev, holdout20 #067); 我国 is a self-reference
    ('nat27name', '这里要特别指出，刚刚过去的１９９２年，以邓小平同志重要谈话和中国共产党第十四次代表大会为标志，我国改革开放和现代化建设进入了蓬勃发展的新阶段。',
     'date:１９９２年 | person:邓小平 | org:中国共产党'),
    ('nat27name', '邓小平同志最近指出，要教育全国人民做到有理想、有道德、有文化、有纪律。',
     'person:邓小平'),
    ('nat27name', '支持企业打破行政隶属关系，发展以产品或贸易为龙头的企业集团，鼓励跨行业、跨地区经营，加快产业结构和企业组织结构的调整，增强市场竞争能力。',
     ''),
    # #062 政策性银行 is a category (README)
    ('nat27name', '其他商业银行和政策性银行也要深化改革。',
     ''),
    ('nat27name', '剥离和处置国有商业银行不良资产，置换农村信用社不良贷款和历年亏损挂账，化解国有企业历史债务，逐步解决国有粮食企业政策性亏损挂账，还清出口退税欠款，完善大中型水库征地补偿和移民后期扶持政策等。',
     ''),
    # #064 the three state holding companies are named by their fields only, not by names
    ('nat27name', '搞好航空、石油化工、有色金属三个国家控股公司的试点，并对电力、冶金等工业的管理体制进行改革。',
     ''),
    ('nat27name', '坚持以经济建设为中心，着力推动高质量发展，事不畏难、行不避艰，要求以实干践行承诺，凝心聚力抓发展；',
     ''),
    # #066 教育部 is labelled in 教育部直属师范大学 (the universities are generic)
    ('nat27name', '二是在教育部直属师范大学实行师范生免费教育，建立相应的制度。',
     'org:教育部'),
    ('nat27name', '促进其他商业银行和城乡信用社在改革中稳步发展。',
     ''),
    ('nat27name', '既保持金融对经济发展的必要支持，又防止盲目放松银行信贷。',
     ''),
    # #069 one body taken whole (dev)
    ('nat27name', '决定撤销他的西藏自治区筹备委员会主任委员和委员的职务',
     'org:西藏自治区筹备委员会'),
    # #070 国际消费中心城市 is a status
    ('nat27name', '深化国际消费中心城市建设，健全县域商业体系。',
     ''),
    # #071 马克思 in 马克思主义 is a person (as 毛泽东 in 毛泽东思想, README); “四人帮” is a nickname; NEW h27: 马列 (Marx and Lenin by one
    # character each) is a string of one-character abbreviations (README: 中美), not labelled; 毛主席 is a title with a
    # surname
    ('nat27name', '要把学习马克思主义理论同揭批“四人帮”的斗争紧密结合起来，在全党全军全国人民中掀起学习马列著作和毛主席著作的新高潮。',
     'person:马克思'),
    ('nat27name', '全面推开公立医院综合改革，全部取消药品加成，协调推进医疗价格、人事薪酬、药品流通、医保支付方式等改革。',
     ''),
    ('nat27name', '通过改革，企业正逐步成为技术创新的主体，国家科研机构、大学和地方的科技力量不断增强。',
     ''),
    ('nat27name', '要按照以习近平同志为核心的党中央部署要求，完整、准确、全面贯彻新发展理念，加快构建新发展格局，推动高质量发展，扎实做好各项工作。',
     'person:习近平 | org:党中央'),
    # #075 the hospitals and centres are counted and generic
    ('nat27name', '国家财政安排专项资金，改造和新建2.3万所乡镇卫生院、1500所县医院、500所县中医院和1000所县妇幼保健院，建立了2400所社区卫生服务中心。',
     ''),
    # #076 习近平 inside the name of his thought (README); 中国 in 中国特色
    ('nat27name', '在以习近平同志为核心的党中央坚强领导下，全国各族人民以习近平新时代中国特色社会主义思想为指导，砥砺奋进，攻坚克难，完成全年经济社会发展主要目标任务，决胜全面建成小康社会又取得新的重大进展。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国'),
    # #077 再就业服务中心 is generic
    ('nat27name', '1998年以来，国有企业下岗职工达2700多万人，90%以上进入再就业服务中心，先后有1800多万人通过多种渠道和方式实现了再就业。',
     'date:1998年'),
    ('nat27name', '同时，要按照打破垄断、鼓励竞争的原则，通过联合、兼并、改组，形成技术水平高、有竞争能力的企业集团。',
     ''),
    # #079 the summit is an event, 二十国集团 inside labelled (dev)
    ('nat27name', '积极开展多边外交，以二十国集团峰会等为主要平台，加强宏观经济政策协调，推动国际经济金融体系改革，促进世界经济强劲、可持续、平衡增长，在推动解决热点问题和全球性问题上发挥建设性作用，履行应尽的国际责任和义务。',
     'org:二十国集团'),
    ('nat27name', '启动世界一流大学和一流学科建设。',
     ''),
    # #081 中央经济工作会议 is an event (README); “六稳”、“六保” are no names
    ('nat27name', '我们深入贯彻以习近平同志为核心的党中央决策部署，贯彻落实中央经济工作会议精神，完整、准确、全面贯彻新发展理念，扎实做好“六稳”、“六保”工作，注重宏观政策跨周期和逆周期调节，有效应对各种风险挑战，主要做了以下工作。',
     'person:习近平 | org:党中央'),
    # #082 中国共产党中央 (the party's Central Committee) is an org, as 中共中央 (dev); 党 alone is not labelled
    ('nat27name', '以毛泽东同志为首的中国共产党中央根据列宁关于过渡时期的学说，总结了中华人民共和国成立以来的经验，在一九五二年提出了党在过渡时期的总路线。',
     'person:毛泽东 | org:中国共产党中央 | person:列宁 | place:中华人民共和国 | date:一九五二年'),
    # #083 毛主席 is a title with a surname
    ('nat27name', '毛主席指出：“自力更生为主，争取外援为辅，破除迷信，独立自主地干工业、干农业，干技术革命和文化革命，打倒奴隶思想，埋葬教条主义，认真学习外国的好经验，也一定研究外国的坏经验——引以为戒，这就是我们的路线。',
     ''),
    # #084 毛主席 is a title with a surname; 美 in 美帝国主义 is an abbreviation (dev)
    ('nat27name', '毛主席几年来发表的支持各国人民反对美帝国主义斗争的声明和谈话，高度地集中了世界人民的革命意志，极大地鼓舞了世界人民的革命斗争',
     ''),
    # #085 革命委员会 is generic; 党 alone is not labelled
    ('nat27name', '我们要在党的领导下，加强各级革命委员会的建设。',
     ''),
    # #086 毛主席 is a title with a surname; the article's title is not labelled
    ('nat27name', '毛主席在“关于正确处理人民内部矛盾的问题”中说：“所谓平衡，就是矛盾的暂时的相对的统一。',
     ''),
    # #087 the regional medical centres are a category (README)
    ('nat27name', '持续推进分级诊疗和优化就医秩序，加快建设国家、省级区域医疗中心，推动优质医疗资源向市县延伸，提升基层防病治病能力，使群众就近得到更好医疗卫生服务。',
     ''),
    # #088 中央委员会 (the party's Central Committee) named without its party is a specific body, an org (as after an
    # ordinal, holdout26 #099, and as 党中央)
    ('nat27name', '中国共产党在以毛泽东同志为首的中央委员会的领导下，始终保持着巩固的牢不可破的团结。',
     'org:中国共产党 | person:毛泽东 | org:中央委员会'),
    # #089 “四人帮” is a nickname for a group
    ('nat27name', '我们同“四人帮”之间，正是围绕这样的中心问题，展开了一次又一次惊心动魄的斗争。',
     ''),

    # -- the 31 provinces' 2025 reports: Random(28283).sample(…, 100), in sampled order
    ('prov27-anhui', '有序置换政府存量隐性债务，分类推动融资平台改革转型，坚决遏制新增隐性债务。',
     ''),
    ('prov27-heilongjiang', '重点领域改革不断深化，国企改革深化提升行动超额完成年度目标任务。',
     ''),
    ('prov27-chongqing', '推动制定民营经济促进条例，开展涉企行政执法规范化行动，依法保护民营企业产权和企业家权益。',
     ''),
    ('prov27-guangdong', '城镇调查失业率5.5%左右，城镇新增就业110万人以上；',
     ''),
    ('prov27-shanghai', '军地协同持续加强，国防科技工业布局优化拓展，重点区域建设成效显著。',
     ''),
    ('prov27-anhui', '扩大服务消费，释放健康、养老、托幼、家政等消费潜力。',
     ''),
    ('prov27-gansu', '我们要正视问题、直面矛盾，在今后的工作中逐步加以解决。',
     ''),
    # #007 a named reservoir is a place (NEW h11), also while being planned (as a park while being built, holdout23)
    ('prov27-beijing', '扎实推进灾后恢复重建，推动永定河水库等防洪控制性工程规划建设，完成15处积水点治理，建成一批平急两用公共基础设施。',
     'place:永定河水库'),
    # #008 the Asian Winter Games are an event
    ('prov27-heilongjiang', '第九届亚冬会高质量筹办，坚持节俭办会，最短时间内完成所有场馆维修改造，扎实推进赛会组织和服务保障，报名参赛国家/地区和运动员历届最多。',
     ''),
    # #009 人大 in 人大代表 and 政协 in 政协委员 (README)
    ('prov27-hebei', '人大代表建议729件、政协委员提案831件全部办复，法治政府建设迈出新步伐。',
     'org:人大 | org:政协'),
    ('prov27-zhejiang', '（二）提振和扩大消费，切实增强消费促发展基础性作用',
     ''),
    ('prov27-guangxi', '弘扬科学家精神，加强科普能力建设，提升全民科学素质。',
     ''),
    # #012 the fairs and the ceremony are events; NEW h27: 伏羲 (Fuxi, the mythical first ancestor worshipped at the
    # ceremony) is a figure of myth revered as a deity, not a historical person: not labelled, as 妈祖 (NEW h19)
    ('prov27-gansu', '办好兰洽会、文博会、药博会、公祭伏羲大典，让节会为开放添彩、为发展赋能。',
     ''),
    # #013 a power plant is a facility (NEW h18): only the place it is named after (常乐, in Guazhou)
    ('prov27-gansu', '建成常乐电厂扩建等540万千瓦内用煤电项目。',
     'place:常乐'),
    ('prov27-anhui', '完成城市污水管网提升改造，城市生活污水集中收集率达70%，治理农村黑臭水体1400个以上。',
     ''),
    # #015 the pilot zone is a programme zone; 中非 and 对非 hold one-character abbreviations; 中西部 is a compass region
    ('prov27-hunan', '中非经贸深度合作先行区获国务院批复，对非贸易额居中西部第1位。',
     'org:国务院'),
    # #016 the tomb and the site are historic sites, places (README; holdout13 prov13 #080), 郎溪磨盘山遗址 a contiguous
    # hierarchy (county and site), one span; the list of discoveries is an award; 华龙洞人 (the Hualongdong people, a
    # fossil human named after the cave) is not labelled, the cave inside it is (a name inside a longer term, README);
    # 东亚地区 with its area word (README)
    ('prov27-anhui', '武王墩墓考古发掘取得重大成果，郎溪磨盘山遗址入选“全国十大考古新发现”，华龙洞人被证实为东亚地区向智人演化的最早古人类。',
     'place:武王墩墓 | place:郎溪磨盘山遗址 | place:华龙洞 | place:东亚地区'),
    # #017 北京 inside the project's name
    ('prov27-beijing', '深化权力集中、资金密集、资源富集领域廉政风险防控，持续整治群众身边的不正之风和腐败问题，以更高标准建设北京廉洁工程，不断巩固风清气正的政治生态。',
     'place:北京'),
    ('prov27-heilongjiang', '健全分层分类、城乡统筹的社会救助体系。',
     ''),
    ('prov27-chongqing', '新实施1500个工业技改项目，带动工业投资增长10%。',
     ''),
    # #020 the industrial parks and zones are programme zones: only the names inside (as 中国—东盟信息港, holdout #055)
    ('prov27-guangxi', '加大沿边临港产业园区、中国—东盟产业合作区、协同发展区基础设施建设力度，更好统筹重大产业项目开工建设，推动工业投资和工业总产值保持较快增长。',
     'place:中国 | org:东盟'),
    ('prov27-beijing', '加快构建以轨道交通为骨干的综合交通体系。',
     ''),
    ('prov27-liaoning', '创新驱动赋能增效，辽宁制造续写荣光、再创辉煌！',
     'place:辽宁'),
    ('prov27-henan', '践行社会主义核心价值观，加强群众性精神文明创建，培育时代新风新貌。',
     ''),
    ('prov27-tibet', '稳妥推进矿业权竞争性出让改革。',
     ''),
    ('prov27-shandong', '（三）在推进重点领域改革落地上下功夫、求实效。',
     ''),
    ('prov27-sichuan', '加强食品药品安全全链条监管，守护群众健康安全和生活品质。',
     ''),
    ('prov27-jiangxi', '深化外商投资促进体制机制改革，健全外商投资企业投诉协调机制，支持参与产业链上下游配套协作，稳步推进服务业开放。',
     ''),
    ('prov27-qinghai', '精准落实就业援助“两优惠、三补贴”政策，确保零就业家庭动态清零。',
     ''),
    ('prov27-liaoning', '“保交楼”任务和“保交房”年度任务全面完成，房地产领域风险有效遏制；',
     ''),
    # #030 “五位一体” is no name
    ('prov27-guangxi', '持续抓好国防教育，巩固党政军警民“五位一体”合力强边固防机制。',
     ''),
    ('prov27-hubei', '工作中形式主义、官僚主义问题仍然存在，营商环境还存在顽瘴痼疾，一些干部的思想认识、能力作风、精神状态还跟不上高质量发展的要求。',
     ''),
    # #032 中央八项规定: 中央 as an attribute (README); 党纪 holds 党 alone
    ('prov27-hunan', '持续加强廉政建设，巩固拓展党纪学习教育成果，锲而不舍落实中央八项规定精神，坚决整治各种损害群众利益的腐败问题。',
     ''),
    ('prov27-fujian', '推进园区标准化建设，试点开展分类评价，加大差异化支持力度，新改扩建投用产业项目亩均税收15万元以上。',
     ''),
    ('prov27-shanxi', '二是为2万名高危人群进行上消化道健康筛查。',
     ''),
    # #035 全区 is a self-reference
    ('prov27-ningxia', '全面落实水资源刚性约束制度，加强水预算管理，建立健全节水政策体系，启动建设全区统一的水权交易平台，地级城市再生水利用率提高到50%，规模以上工业用水重复利用率提高到92%。',
     ''),
    # #036 北疆 inside 北疆文化 (README)
    ('prov27-inner_mongolia', '文艺作品是北疆文化最生动的载体，要推进国有文艺院团和文化事业单位体制改革，对重点文艺项目和精品加大扶持、奖励力度，充分激发文艺工作者创作热情，推出更多精品力作、冲击更多国内外大奖。',
     'place:北疆'),
    # #037 中央环保督察: 中央 as an attribute (holdout25 prov25 #052)
    ('prov27-hainan', '从严从实推进第三轮中央环保督察反馈问题整改，对已完成整改问题进行“回头看”，巩固整改成效。',
     ''),
    ('prov27-beijing', '促进民营经济发展壮大，面向民间资本推介重大项目投资总额超2700亿元。',
     ''),
    ('prov27-shanxi', '企业职工基本养老保险工作在国家考核中评为A级。',
     ''),
    ('prov27-shandong', '新增国家卓越级智能工厂22家。',
     ''),
    ('prov27-heilongjiang', '加大外商投资企业合法权益保护力度，清理违反公平竞争行为和政策措施，打造透明稳定可预期制度环境。',
     ''),
    # #042 NEW h27: 库区 (the reservoir area) joined to 三峡 is an area word taken with the name, as 流域 (h5) and 干流
    # (NEW h7); 腹心地带 (the heartland) is descriptive and left out, as 核心景区 (NEW h7); the restoration project is not
    # labelled
    ('prov27-chongqing', '深化全域土地综合整治，加快实施三峡库区腹心地带山水林田湖草沙一体化保护修复工程。',
     'place:三峡库区'),
    ('prov27-liaoning', '深入开展爱国卫生运动，加强城乡基本公共卫生服务，加强传染病防控和应急处置能力建设。',
     ''),
    # #044 国能宁煤 (CHN Energy's Ningxia Coal) is one company named with its parent run together, one org (as 一汽吉林,
    # holdout21, and 奥迪一汽, NEW h19); 中石化 and 平煤神马 are companies by their short names (README); the projects and
    # products are not labelled
    ('prov27-ningxia', '力争开工建设国能宁煤70万吨煤制烯烃和80万吨煤制油升级示范、中石化对位芳纶、平煤神马尼龙等总投资500亿元以上的精细化工项目；',
     'org:国能宁煤 | org:中石化 | org:平煤神马'),
    ('prov27-inner_mongolia', '用好非常规水也是节水，实施再生水利用行动，力争黄河流域再生水利用率达到60%以上、矿井疏干水利用率达到70%以上。',
     'place:黄河流域'),
    # #046 港澳台 is a string of abbreviations (README)
    ('prov27-liaoning', '向为辽宁振兴发展作出贡献的各类经营主体，向所有关心和支持辽宁振兴发展的港澳台同胞、海外侨胞和国际友人，表示衷心感谢！',
     'place:辽宁 | place:辽宁#2'),
    # #047 “金通工程” is a programme
    ('prov27-sichuan', '新改建农村公路1.1万公里，新增6192个自然村组通硬化路，新增乡村运输“金通工程”小黄车5000辆。',
     ''),
    ('prov27-tianjin', '加强内控机制建设，强化穿透式监管，完善“一企一策”绩效评价体系。',
     ''),
    ('prov27-yunnan', '发挥民营经济发展联席会议制度、与民营企业常态化沟通交流和问题解决机制作用，开展规范涉企执法专项行动，制定政商交往“正面、负面、倡导”清单。',
     ''),
    ('prov27-heilongjiang', '加快建设大型大马力高端智能农机装备研发制造推广应用先导区，推进优机优补，农作物耕种收综合机械化率稳定在99%以上。',
     ''),
    # #051 我省 is a self-reference
    ('prov27-heilongjiang', '我省转方式调结构和战略性新兴产业加快发展将有力推动经济增长，加强能力作风建设焕发出的干事创业精气神更为高涨。',
     ''),
    ('prov27-guangxi', '强化石漠化和水土流失综合治理，加强历史遗留废弃矿山生态修复和利用。',
     ''),
    ('prov27-shanghai', '加强公共卫生体系建设，深化疾控体系改革。',
     ''),
    ('prov27-jilin', '推进新型卫星迭代升级，提升批量化、低成本卫星生产制造能力。',
     ''),
    ('prov27-zhejiang', '持续推进公共服务“七优享”工程，有序推进农业转移人口市民化，完善常住地提供基本公共服务制度，健全城乡要素平等交换、双向流动政策体系，让城乡居民共享现代文明生活。',
     ''),
    ('prov27-hebei', '继续把抓有效投资、上优质项目作为主攻方向，劲头不松、力度不减。',
     ''),
    ('prov27-chongqing', '开展全国基本养老服务平台试点，三级养老服务网络基本建成，完成特困老人居家适老化改造1万户，建成老年食堂1695家，成功创建全国示范性老年友好型社区113个。',
     ''),
    ('prov27-ningxia', '全面强化防灾减灾救灾体系建设，加快实施一河三山防洪五城防涝一带防震“1351工程”，健全完善自然灾害治理规划和应急机制，全面做好防大灾准备。',
     ''),
    ('prov27-tianjin', '运用大数据、云计算、人工智能等赋能城市治理，打造数字化城市运行和治理平台，推进燃气、供热、交通、高频民生服务事项智慧化平台建设。',
     ''),
    # #060 the year of the measures' edition (2025版) is a bare year inside a longer term, a date (as Outlook 2003,
    # NEW h24), 版 left out; the measures are not labelled
    ('prov27-anhui', '实施创优营商环境对标提升举措（2025版）。',
     'date:2025'),
    ('prov27-beijing', '消费不振，外资下降，一些产业面临增长压力，部分企业特别是中小微企业生产经营较为困难；',
     ''),
    # #062 中新 is a pair of abbreviations (holdout6); the data port and the airport cooperation are projects: only 重庆
    # inside each
    ('prov27-chongqing', '中新互联互通项目新签署政府和商业合作项目32个、落地跨境融资类项目22个，中新（重庆）国际金融数据港、中新（重庆）机场商业合作“星空云廊”等标志性项目投入运营。',
     'place:重庆 | place:重庆#2'),
    ('prov27-shanghai', '健全完善大安全、大应急框架下应急管理体制和应急指挥机制，强化基层应急基础和力量，优化调整储备商品品种结构规模，推进应急救灾物资体系建设，提升城市防灾减灾救灾能力。',
     ''),
    ('prov27-tibet', '落实一揽子化债方案，防范化解各类风险。',
     ''),
    ('prov27-sichuan', '22.“九小场所”：是指小型学校幼儿园、小型医疗机构、小商店、小餐饮、小旅店、小歌舞娱乐、小网吧、小美容洗浴、小生产加工企业等9类场所。',
     ''),
    # #066 燕赵实验室 is the title of a class of Hebei's provincial labs, as 天府实验室 (NEW h11): not an org, 燕赵 inside it a
    # place (holdout15 prov15 #066); 全国重点实验室 is a category
    ('prov27-hebei', '跟进落实研发费用加计扣除等政策，实施产业基础能力提升、未来产业创新等科技专项，支持全国重点实验室、燕赵实验室建设，全社会研发经费投入增长8%左右。',
     'place:燕赵'),
    ('prov27-heilongjiang', '继续实施新增限上批零住餐企业奖励政策，加强限上零售重点企业指导服务，推动零售企业健康平稳运行。',
     ''),
    # #068 “五位一体” is no name
    ('prov27-inner_mongolia', '加强党政军警民“五位一体”合力强边固防工作。',
     ''),
    ('prov27-shanghai', '加快构建房地产发展新模式，促进房地产市场平稳健康发展。',
     ''),
    ('prov27-heilongjiang', '落实好“双减”政策，关注学生心理健康，加强素质教育。',
     ''),
    ('prov27-guangdong', '落实跨境服务贸易负面清单，发展信息技术外包和知识流程外包。',
     ''),
    # #072 临沂商城 (Linyi's cluster of wholesale markets) is a trading complex, a facility as 大湾区“菜篮子”交易中心 (NEW h23):
    # only the city
    ('prov27-shandong', '推动临沂商城国际化实现新突破。',
     'place:临沂'),
    # #073 “黄金水道” is an epithet (holdout6 prov6 #020); 长三角 (NEW h7); 中部地区 is a compass region
    ('prov27-anhui', '发挥长江“黄金水道”作用，完善联接长三角和中部地区的市场化要素对接平台，提升与沿江省份开放合作水平。',
     'place:长江 | place:长三角'),
    ('prov27-liaoning', '围绕打造市场化、法治化、国际化营商环境，深化流程再造，以县（市、区）为重点扎实推进综合窗口改革。',
     ''),
    ('prov27-chongqing', '为未成年人提供假期公益托管服务12万人次以上；',
     ''),
    ('prov27-chongqing', '引导金融机构加大民营经济信贷投放，支持民营企业技改创新、开拓市场、降本增效，推动政策直达快享、免申即享。',
     ''),
    ('prov27-tianjin', '深度挖掘乡村空间生态价值，再推出10条乡村旅游精品线路，打造一批特色旅游村镇。',
     ''),
    ('prov27-shanxi', '加强企业主导的产学研深度融合，支持“链主”企业牵头组建创新联合体，完善企业研发准备金制度，规上工业企业研发经费投入增长13%。',
     ''),
    ('prov27-tibet', '牢记西藏最大的价值在生态、最大的责任在生态、最大的潜力也在生态，坚持生态优先、绿色发展，不断把绿水青山的颜值转化为金山银山的价值。',
     'place:西藏'),
    ('prov27-gansu', '迈上新征程的甘肃，展现出高质量发展的蓬勃生机和活力。',
     'place:甘肃'),
    # #081 沿黄高速公路 is a road, 黄 an abbreviation (README)
    ('prov27-henan', '建成沿黄高速公路等项目，通车总里程突破1万公里。',
     ''),
    ('prov27-fujian', '深化园区标准化建设，63个省级指导评价园区新改扩建产业载体2150万平方米，新建成投用产业项目亩均税收超12.5万元，4个园区入围全国园区高质量发展百强。',
     ''),
    # #083 the plan period is not labelled
    ('prov27-ningxia', '全力抓好“十五五”谋划布局，力争一批重大工程项目列入国家规划。',
     ''),
    ('prov27-hunan', '“十大重点民生实事”全面完成，城乡低保、残疾人“两项补贴”标准稳步提升，全体居民人均可支配收入增长5%，农村居民人均可支配收入增长6.1%，均跑赢城镇居民收入增速；',
     ''),
    # #085 the anniversary is an event; “强国复兴有我” is no name
    ('prov27-guangdong', '热烈庆祝中华人民共和国成立75周年，广泛开展“强国复兴有我”主题宣传教育等系列活动，凝聚起爱党爱国爱社会主义的磅礴力量。',
     'place:中华人民共和国'),
    ('prov27-anhui', '建成投用600个公共文化空间、182个口袋体育公园。',
     ''),
    ('prov27-yunnan', '深入开展普法强基补短板和命案防控专项行动。',
     ''),
    # #088 我区 is a self-reference; the national winter games are an event; “十四五” is a plan period
    ('prov27-ningxia', '新建8个体育公园，“十四五”建设目标完成率全国第二，人均体育场地设施面积全国第四，我区体育健儿在全国冬运会上取得历史最好成绩。',
     ''),
    ('prov27-hubei', '全方位扩大内需，稳定预期、激发活力，推动经济持续回升向好；',
     ''),
    ('prov27-sichuan', '改革攻坚的力度和实效需要增强，新发展格局下开放能级水平有待提高；',
     ''),
    # #091 上海 inside 平安上海 (as 江苏 in 平安江苏, holdout25)
    ('prov27-shanghai', '完善“三所联动”等机制，加强重点区域、场所治安巡防巡控，深入推进严打暴恐专项行动，壮大群防群治力量，加快建设更高水平的平安上海。',
     'place:上海'),
    ('prov27-yunnan', '健康县城建设经验向全国推广，在倡导文明健康绿色环保生活方式活动中连续两年综合评估居全国第1位。',
     ''),
    ('prov27-henan', '高质量完成国有企业改革深化提升行动，推进重点领域重组整合，构建以管资本为主的穿透式监管体系。',
     ''),
    # #094 a numbered note explaining a term of the report (as prov25 #019); kept; 川渝 and 成渝 are pairs of
    # abbreviations (README); the corridors are programmes; 西部 is a compass region
    ('prov27-sichuan', '33.川渝“氢走廊”“电走廊”“智行走廊”：“氢走廊”是指川渝两地投入约1000辆氢燃料物流车，在沿线配套建设加氢站，同时在潼南、长寿、凉山、攀枝花等地建立氢气供应基地，致力于打造立足成渝、辐射西部的氢能及燃料电池产业发展高地；',
     'place:潼南 | place:长寿 | place:凉山 | place:攀枝花'),
    # #095 援藏援疆 holds one-character abbreviations
    ('prov27-anhui', '持续做好民族宗教、援藏援疆等工作。',
     ''),
    ('prov27-shandong', '强化重点河湖排污口整治，推动城市黑臭水体动态清零，60%的城市污水处理厂完成提标改造。',
     ''),
    ('prov27-ningxia', '实现所有学段、学校、家庭经济困难学生资助全覆盖。',
     ''),
    ('prov27-guangdong', '新增改造城镇供排水管网超2000公里，新增改造污水处理能力30万吨/日，提升改造城市排涝能力600立方米/秒。',
     ''),
    ('prov27-yunnan', '实施新一轮促农增收三年行动，落实“三个一律”要求，扎实推进帮扶产业高质量发展，完善联农带农常态长效机制，脱贫劳动力转移就业规模保持在320万人以上。',
     ''),

    # -- every law: Random(28284).sample(…, 20), in sampled order
    ('law27-public_security_administration_punishments_law_2012', '没有被侵害人的，登记造册，公开拍卖或者按照国家有关规定处理，所得款项上缴国库。',
     ''),
    ('law27-criminal_law', '列于本法附件二的全国人民代表大会常务委员会制定的补充规定和决定予以保留。',
     'org:全国人民代表大会常务委员会'),
    ('law27-state_secrets_law_2024', '（三）外交和外事活动中的秘密事项以及对外承担保密义务的秘密事项；',
     ''),
    # #003 人民法院 is generic in a law (README)
    ('law27-criminal_procedure_law_2018', '被告人或者其近亲属不服判决的，有权向上一级人民法院上诉。',
     ''),
    # #004 民族自治地方 is generic
    ('law27-regional_ethnic_autonomy_law_2001', '国家设立的各项专用资金和临时性的民族补助专款，任何部门不得扣减、截留、挪用，不得用以顶替民族自治地方的正常的预算收入。',
     ''),
    # #005 兵团 (the Xinjiang Production and Construction Corps) is a specific body named without its place, an org
    # (holdout17 prov17 #017), also in 兵团人民法院 (the corps' courts, generic as 人民法院 is in a law)
    ('law27-spc_provisions_xpcc_court_jurisdiction_2005', '第四条 以兵团的行政机关作为被告的行政案件由该行政机关所在地的兵团人民法院管辖，其管辖权限依照行政诉讼法的规定办理。',
     'org:兵团 | org:兵团#2'),
    # #006 二年 and 二十五年 are durations (README)
    ('law27-criminal_law', '如果确有重大立功表现，二年期满以后，减为二十五年有期徒刑；',
     ''),
    ('law27-archives_law_2020', '（一）丢失属于国家所有的档案的；',
     ''),
    ('law27-state_secrets_law_implementing_regulations_2024', '（二）对本机关、本单位确定的尚在保密期限内的国家秘密进行审核，作出是否变更或者解除的决定；',
     ''),
    ('law27-state_secrets_law_implementing_regulations_2024', '涉密人员出境应当经过保密教育培训，及时报告在境外相关情况。',
     ''),
    ('law27-public_security_administration_punishments_law_2012', '第六十四条 有下列行为之一的，处五百元以上一千元以下罚款；',
     ''),
    ('law27-state_secrets_law_implementing_regulations_2024', '未通过保密审查的，不得任用、聘用到涉密岗位工作。',
     ''),
    ('law27-cybersecurity_law_2016', '第二十条 国家支持企业和高等学校、职业学校等教育培训机构开展网络安全相关教育与培训，采取多种方式培养网络安全人才，促进网络安全人才交流。',
     ''),
    ('law27-regulations_on_religious_affairs_2017', '第三条 宗教事务管理坚持保护合法、制止非法、遏制极端、抵御渗透、打击犯罪的原则。',
     ''),
    # #014 国家机关 and 人民团体 are generic (README)
    ('law27-criminal_law', '受国家机关、国有公司、企业、事业单位、人民团体委托管理、经营国有财产的人员，利用职务上的便利，侵吞、窃取、骗取或者以其他手段非法占有国有财物的，以贪污论。',
     ''),
    ('law27-public_security_administration_punishments_law_2012', '第五十三条 船舶擅自进入、停靠国家禁止、限制进入的水域或者岛屿的，对船舶负责人及有关责任人员处五百元以上一千元以下罚款；',
     ''),
    # #016 上级人民政府 is generic
    ('law27-state_council_provisions_regional_ethnic_autonomy_2005', '上级人民政府出台的税收减免政策造成民族自治地方财政减收部分，在测算转移支付时作为因素给予照顾。',
     ''),
    ('law27-criminal_law', '掌握国家秘密的国家工作人员叛逃境外或者在境外叛逃的，依照前款的规定从重处罚。',
     ''),
    # #018 地方各级人民代表大会 and their 常务委员会 are generic (holdout11 law11 #000)
    ('law27-constitution_prc', '县级以上的地方各级人民代表大会选举并有权罢免本级人民代表大会常务委员会的组成人员。',
     ''),
    ('law27-public_security_administration_punishments_law_2012', '第六十条 有下列行为之一的，处五日以上十日以下拘留，并处二百元以上五百元以下罚款:',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout27", ITEMS, DRAWS, sample, groups=("nat27", "nat27name", "prov27-", "law27-"), id_letter="k")


if __name__ == "__main__":
    main()
