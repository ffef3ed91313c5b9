"""Build eval/ner/holdout28.jsonl: a twenty-eighth held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout27.py (those marked NEW h7 … NEW h27 included). The labeller did not
read anything of the extractor (dossier/), the tests, docs/ or bench/, did not run it, bench/ner_eval.py,
the tests or any segmenter, NER or POS tool on these sentences, and did not look at what any tool
predicts for them. The set has never been scored. It is drawn like holdout27 (same reading code, new seeds, the
same sizes): 90 national, 90 national name-cue, 100 provincial and 20 law sentences (the provincial name-cue pool is
used up, see holdout25 and holdout27); every entity type the rules define is labelled.

    python eval/ner/build_holdout28.py            # write holdout28.jsonl from ITEMS, print counts
    python eval/ner/build_holdout28.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout28.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences, sample) is copied from build_holdout27.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout27.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts). New against holdout27's code, it also leaves out any sentence that shares
a stretch of 20 characters (STRETCH, shares_stretch) with build.py's source, holdout26's rule: build.py cut and
edited some of the sentences it took, so that seen() misses their longer originals (holdout27 drew four such
sentences). This rule leaves out 47 more national and 3 more law sentences, no provincial one. Each pool keeps only
the first occurrence of a sentence that recurs. The pools hold 21874 national, 7511 provincial and 5854 law
sentences. build_holdout29.py (written by another helper at the same time) is not among the seen files.

1. nat28: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(29291).sample(…, 90). No cue word is required.
2. nat28name: the same national sentences that contain one of NAME_CUES (holdout15's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 (pool 802); random.Random(29292).sample(…, 90).
3. prov28-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(29293).sample(…, 100). No cue word is required.
4. law28-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(29294).sample(…, 20).
Each draw's longer order (15 replacements) extends its sample, as sample() asserts.

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat28 #063 begins at a line break of the source inside a number (…74.4 / 万亿元…), nat28 #078 ends at a line break
of the source, nat28 #077 is in traditional characters, nat28 #013 has ASCII quotes, nat28name #083 begins with the
closing quote of the passage before, prov28 #085 is the report's numbered note explaining a term, and several
sentences are section headings or lines without a final stop; all are readable report text and were kept.

The decisions this set adds (9, on 9 items) are marked NEW h28 on their items; the items' comments
say what they are.

Result: 300 sentences (90 nat28, 90 nat28name, 100 prov28, 20 law28), 159 entities: 64 place, 59 org,
25 person, 11 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat28 11 org, 8 date, 8 place, 1 person (18 sentences with an entity); nat28name 43 org, 23 person,
14 place, 3 date (33); prov28 41 place, 2 org, 1 person (24); law28 3 org, 1 place (3).
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

STRETCH = 20  # a pool leaves out a sentence sharing this many characters with build.py's source (holdout26)

NAME_CUES = ["同志", "书记", "省长", "主席", "总书记", "会见", "集团", "公司", "大学", "医院",
             "研究院", "中心", "银行", "学院", "委员会"]


# -- reading code, copied from build_holdout27.py (itself from build_holdout25.py, build_holdout23.py, build_holdout21.py,
# build_holdout19.py, build_holdout17.py, build_holdout15.py, build_holdout13.py, build_holdout11.py, build_holdout9.py,
# build_holdout7.py, build_holdout6.py and build_holdout2.py) so that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,…,26,27}.py, and the texts of their ITEMS."""
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
    import build_holdout27
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py", "build_holdout15.py", "build_holdout16.py",
             "build_holdout17.py", "build_holdout18.py", "build_holdout19.py", "build_holdout20.py",
             "build_holdout21.py", "build_holdout22.py", "build_holdout23.py", "build_holdout24.py",
             "build_holdout25.py", "build_holdout26.py", "build_holdout27.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12, build_holdout13, build_holdout14, build_holdout15,
               build_holdout16, build_holdout17, build_holdout18, build_holdout19, build_holdout20,
               build_holdout21, build_holdout22, build_holdout23, build_holdout24, build_holdout25,
               build_holdout26, build_holdout27)
    return source, [t for m in modules for _, t, _ in m.ITEMS]


def seen(s: str, source: str, texts: list[str]) -> bool:
    return s in source or any(s in t or t in s for t in texts)


def shares_stretch(s: str, text: str, k: int = STRETCH) -> bool:
    """Whether s and text share a stretch of k characters (holdout26's rule, added here to holdout27's code)."""
    return any(s[i:i + k] in text for i in range(len(s) - k + 1))


def dev_source() -> str:
    """build.py's source: it cut and edited some of the sentences it took, so that seen() misses their originals."""
    return (HERE / "build.py").read_text(encoding="utf-8")


def first_occurrences(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept, texts = [], set()
    for source, s in pool:
        if s not in texts:
            texts.add(s)
            kept.append((source, s))
    return kept


def national_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    dev = dev_source()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("nat28", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)
                    and not shares_stretch(s, dev)]
    return first_occurrences(out)


def national_name_candidates() -> list[tuple[str, str]]:
    """The national sentences with a name cue, leaving out those the first national draw took."""
    pool = national_candidates()
    drawn = {s for _, s in random.Random(29291).sample(pool, 90)}
    return [("nat28name", s) for _, s in pool if any(c in s for c in NAME_CUES) and s not in drawn]


def provincial_pool() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    dev = dev_source()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(prov, s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)
                    and not shares_stretch(s, dev)]
    return first_occurrences(out)


def provincial_candidates() -> list[tuple[str, str]]:
    return [(f"prov28-{prov}", s) for prov, s in provincial_pool()]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    dev = dev_source()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law28-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts) and not shares_stretch(s, dev)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 29291, 90), (national_name_candidates, 29292, 90), (provincial_candidates, 29293, 100),
         (law_candidates, 29294, 20)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout27.py (NEW h7 … NEW h27
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h28 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(29291).sample(…, 90), in sampled order
    ('nat28', '随着生产的发展，农村居民收入大幅度增加。',
     ''),
    ('nat28', '就是坚持对外开放，在平等互利的基础上，积极发展同世界各国的合作；',
     ''),
    ('nat28', '政府机构要按照政企职责分开、所有权和经营权适当分离的原则，继续转变职能，加强和改善宏观调控，同时改革国有资产管理体制，加强国有资产管理，巩固和发展公有制经济，并引导其他经济成分健康发展，继续发挥个体经济、私营经济有益的补充作用。',
     ''),
    # #003 我国 is a self-reference
    ('nat28', '这一切都说明，我国基本建设的规模在今年将更加扩大，新的生产能力在今年将有更多的增加。',
     ''),
    ('nat28', '非公有制企业要提高自身素质，遵守国家法律法规政策和安全、环保等规定，保障职工合法权益。',
     ''),
    ('nat28', '各级政府要采取切实有效的政策和措施，努力提高全民族的思想道德素质和科学文化素质，为现代化建设和全面改革提供强有力的精神动力和智力支持。',
     ''),
    ('nat28', '要继续打好煤矿瓦斯治理和整顿关闭两个攻坚战。',
     ''),
    ('nat28', '通过改革，要使社会主义的基本制度日益巩固和发展，使它的各项具体制度日益健全和成熟起来，推动社会生产力顺利向前发展。',
     ''),
    ('nat28', '同时，要深化粮食流通体制改革、农村金融改革、农村土地管理制度改革。',
     ''),
    ('nat28', '完善成品油、天然气价格形成机制和各类电价定价机制。',
     ''),
    ('nat28', '强化企业创新主体地位，持续推进关键核心技术攻关，深化产学研用结合，促进科技成果转移转化。',
     ''),
    # #011 each end of the range is a date by itself (README)
    ('nat28', '从1951年到1957年，国家用于普及教育的经费将近四十九亿元，占全部文教经费的24%强，占全部普通教育经费的54%强。',
     'date:1951年 | date:1957年'),
    ('nat28', '国家计划规定的降低生产成本和各种费用的要求，必须落实到每个地方、部门、企业和事业单位，切实保证完成；',
     ''),
    # #013 “三河三湖” (three rivers, three lakes) is a count, as “两园一河” (holdout17); ASCII quotes and a space as written
    ('nat28', '加强"三河三湖" 等重点流域水污染防治和工业废水废气废渣治理。',
     ''),
    ('nat28', '民族、宗教、侨务工作进一步加强。',
     ''),
    ('nat28', '在这个时期内，我们不仅要建成一个独立的比较完整的工业体系和国民经济体系，而且要向实现第二步设想的宏伟目标前进。',
     ''),
    ('nat28', '五年间为改造现有企业而引进的先进技术和设备有１万多项，用汇近１００亿美元。',
     ''),
    ('nat28', '建立国有资本经营预算制度，规范国家与企业的分配关系。',
     ''),
    # #018 共产党 is the party's name (NEW h11)
    ('nat28', '那些企图利用我们人民内部矛盾和共产党进行整风的机会，在我们人民内部挑拨是非、企图破坏我们社会主义事业的阴谋是不能得逞的。',
     'org:共产党'),
    # #019 共产党 is the party's name (NEW h11)
    ('nat28', '另一方面要彻底批判右派分子反对社会主义、反对我们国家基本制度、反对共产党领导和破坏国内外团结的言论，使得在这些最根本问题上的是非更加明确起来。',
     'org:共产党'),
    ('nat28', '优化调整进口税收政策，增加优质产品和服务进口。',
     ''),
    # #021 邓小平 inside 邓小平理论 (as 毛泽东 in 毛泽东思想, README); 中国 in 中国特色 (README)
    ('nat28', '广大干部群众深入学习邓小平理论，进一步提高了建设有中国特色社会主义的自觉性。',
     'person:邓小平 | place:中国'),
    # #022 我国 is a self-reference
    ('nat28', '这个我国最大的钢铁联合企业，在改建完成以后，它的生产规模可以扩大到年产生铁二百五十万吨，钢三百二十二万吨，钢材二百四十八万吨。',
     ''),
    ('nat28', '原煤、原油、电力、钢、乙烯、汽车、家用电器、化纤等都有不同程度的增长，工业经济效益有所提高。',
     ''),
    # #024 the plan period is not labelled
    ('nat28', '一、“十一五”时期国民经济和社会发展的回顾',
     ''),
    ('nat28', '国有经济活力、控制力和影响力明显增强。',
     ''),
    # #026 周总理 is a title with a surname (README); 我国 is a self-reference
    ('nat28', '周总理说，我国的现实政治生活反复地教育了我们。',
     ''),
    ('nat28', '新闻、出版、广播、电影、电视、文艺、卫生等事业都在继续向前发展，特别是体育战线连续取得了鼓舞人心的新成就。',
     ''),
    ('nat28', '加快建立和完善重大问题集体决策制度、专家咨询制度、社会公示和社会听证制度、决策责任制度。',
     ''),
    # #029 the plan period is not labelled
    ('nat28', '“七五”期间调整投资结构的方向是：',
     ''),
    ('nat28', '外商投资项目质量有所提高，技术含量比较高、投资金额比较大、符合国家产业政策的项目逐年增多。',
     ''),
    ('nat28', '在知识分子中，应该教育青年知识分子尊重老科学家、老教育家、老工程师、老医生、老作家、老艺术家，虚心地学习他们多少年来经过刻苦钻研所积累的学识和经验。',
     ''),
    ('nat28', '财政收入从11.7万亿元增加到17.3万亿元。',
     ''),
    # #033 中央党政机关: 中央 as a level (README: 中央部门)
    ('nat28', '中央党政机关和事业单位一般性支出压减5%，各地也压减一般性支出，腾出的资金用于改善民生、发展经济。',
     ''),
    ('nat28', '到一九八五年，争取全国大部分县普及或基本普及小学教育，城市普及初中教育。',
     'date:一九八五年'),
    # #035 the WTO is a standing international body (holdout26 #069)
    ('nat28', '全面部署了加入世界贸易组织后过渡期的各项工作。',
     'org:世界贸易组织'),
    # #036 京津冀 alone is not labelled (README); 长三角 (NEW h7); 黄河流域 with its area word (h5); the new district is a place
    ('nat28', '扎实推动京津冀协同发展、长江经济带发展、粤港澳大湾区建设、长三角一体化发展、黄河流域生态保护和高质量发展，高标准、高质量建设雄安新区。',
     'place:长江经济带 | place:粤港澳大湾区 | place:长三角 | place:黄河流域 | place:雄安新区'),
    # #037 大会 is a common noun (README)
    ('nat28', '国务院决定，这次大会之后立即组织必要的力量，对重点建设工程进行检查，表扬好的，揭露和批评不好的；',
     'org:国务院'),
    ('nat28', '严厉打击制售假冒伪劣产品、非法传销和商业欺诈行为。',
     ''),
    ('nat28', '更加重视改革顶层设计和总体规划，大力推进经济体制改革，积极稳妥地推进政治体制改革，加快推进文化体制、社会体制改革，不断完善社会主义市场经济体制，扩大社会主义民主，完善社会主义法制，使上层建筑更加适应经济基础发展变化，为科学发展提供有力保障。',
     ''),
    ('nat28', '各门各类、各行各业、每件事情，都要制定适合各自情况的具体政策，采用合乎需要的科学技术和管理方法。',
     ''),
    ('nat28', '学会两套本领，一是管理国内经济的本领，二是开展对外经济贸易的本领。',
     ''),
    ('nat28', '在生产增长的基础上不断提高人民的生活水平，是社会主义生产的目的，也是我们经济工作的一项基本原则。',
     ''),
    ('nat28', '努力解决关闭破产企业退休人员和困难企业职工参加基本医疗保险问题。',
     ''),
    # #044 NEW h28: 解放军 alone, the usual short name of 人民解放军 (README: an org), is an org as 武警 is beside 武警部队;
    # 指战员 (its officers and men) is left out, as 官兵 after 武警 (holdout2)
    ('nat28', '我代表国务院，向全国工人、农民、知识分子、解放军指战员、广大干部和各界人士表示崇高的敬意，向全国各族人民对政府工作的支持表示衷心的感谢！',
     'org:国务院 | org:解放军'),
    # #045 中央 acting (在中央的集中统一领导下, under the Centre's unified leadership) is an org (NEW h4; 中央提出, holdout20)
    ('nat28', '要在中央的集中统一领导下，适当扩大地方在计划、基建、财政、物资、外贸等方面的权限，使各地方能够按照社会化大生产的要求和经济有效的原则，因地制宜地发展国民经济。',
     'org:中央'),
    ('nat28', '这个胜利证明了中国共产党的团结一致，并将进一步地巩固这种团结。',
     'org:中国共产党'),
    ('nat28', '加快建设全国统一大市场，建设高标准市场体系，营造市场化法治化国际化营商环境。',
     ''),
    ('nat28', '加强基础工业和基础设施的建设，要在改善经营管理，充分发挥生产潜力，注重资源合理利用和资金节约的基础上，进行必要的技术改造、扩建和新建。',
     ''),
    ('nat28', '深化文化体制改革，加强文化市场建设，文化产业增加值增长15%以上。',
     ''),
    # #050 the October Revolution and its anniversary are events; 党政代表团 is no name
    ('nat28', '正是从这种立场出发，在十月革命四十七周年的时候，我们主动倡议派党政代表团去莫斯科参加庆祝。',
     'place:莫斯科'),
    ('nat28', '要抓紧制定出台合理控制能源消费总量工作方案，加快理顺能源价格体系。',
     ''),
    ('nat28', '薯类、黄麻、甘蔗、花生、蚕茧完成计划的情形比较差，但是比去年的数字都有很大的增长。',
     ''),
    ('nat28', '其原因：一是社会制度腐败，二是经济技术落后。',
     ''),
    ('nat28', '这里要着重说明，在社会主义市场经济条件下，政府提出国内生产总值增长速度的目标，是一个预期性、指导性指标，是提出财政预算、就业、物价等宏观经济指标的重要依据。',
     ''),
    ('nat28', '这主要是考虑到结构性减税的滞后效应，今年财政收入增长不会太快，但财政刚性支出增加，特别是要增加保障改善民生支出，保持对经济增长和结构调整的支持力度，适当扩大财政赤字和国债规模是必要的。',
     ''),
    ('nat28', '在我们的国家里，劳动是最光荣的事情，工人和农民是最有前途的人。',
     ''),
    ('nat28', '职工副食品的供应没有积极设法保证。',
     ''),
    ('nat28', '加大对民族地区和人口较少民族发展的支持，深入实施兴边富民行动，同心协力建设56个民族共同团结奋斗、共同繁荣发展的美好家园。',
     ''),
    # #059 两岸 is no name (README: 海峡两岸)
    ('nat28', '加快推进两岸经济关系正常化，推动签定综合性经济合作协议，逐步建立具有两岸特色的经济合作机制。',
     ''),
    ('nat28', '继续推进农村危房改造，解决了6398万农村人口的饮水困难和60万无电地区人口的用电问题，农村生产生活条件进一步改善。',
     ''),
    ('nat28', '过去几年，我们对资本主义的改造工作，一般地是由低级、中级形式发展到高级形式，由主要行业推广到次要行业，由大城市扩展到中、小城市。',
     ''),
    ('nat28', '加大扶贫开发力度，继续减少贫困人口。',
     ''),
    # #063 begins at a line break of the source inside a number (74.4 / 万亿元); readable, kept
    ('nat28', '万亿元，增长6.7%，名列世界前茅，对全球经济增长的贡献率超过30%。',
     ''),
    ('nat28', '钢铁工业根据市场需要，增产小型材、线材、薄板、焊管等短线钢材200多万吨。',
     ''),
    ('nat28', '我们必须增强忧患意识，坚定必胜信念，牢牢把握发展的主动权。',
     ''),
    # #066 “四人帮” is a nickname for a group (README)
    ('nat28', '在上一次会议上，我们总结了粉碎“四人帮”以后所取得的胜利。',
     ''),
    ('nat28', '这些对增强经济发展后劲将发挥重要作用。',
     ''),
    ('nat28', '但是应该看到，由于就业人数还会增加，农民购买力还会提高，过去对这些消费品消费得少的人都可能要增加消费量，而全国人口有六万万之多，因此，实际上每个人平均所能增加的消费量暂时还是有限的。',
     ''),
    ('nat28', '在计划编制过程中曾经进行了认真的综合平衡，但有些地方仍然可能考虑得不周到，在执行中将根据实际情况作妥善处理。',
     ''),
    ('nat28', '继续解决部分城市房地产投资规模过大和房价上涨过快的问题。',
     ''),
    # #071 the forum is an event; 一带一路 is an initiative (README)
    ('nat28', '办好第二届“一带一路”国际合作高峰论坛。',
     ''),
    ('nat28', '要加强法制建设，特别是健全经济立法，把成功的改革政策和经验制度化、法律化，以巩固改革成果，保障改革有秩序地进行。',
     ''),
    ('nat28', '中国经济正在迅速发展，市场前景非常广阔。',
     'place:中国'),
    ('nat28', '要继续做好灾后重建工作，把灾害损失减少到最低程度。',
     ''),
    ('nat28', '1956年新增加的钢的生产能力，就有一百四十二万吨；',
     'date:1956年'),
    # #076 the bare year inside the programme's name “科技创新2030—重大项目” is a date, as in “2030先锋工程” (holdout11
    # prov11 #073); the programme is not labelled
    ('nat28', '实施好关键核心技术攻关工程，深入谋划推进“科技创新2030—重大项目”，改革科技重大专项实施方式，推广“揭榜挂帅”等机制。',
     'date:2030'),
    # #077 in traditional characters, as written; 中央六個工業部: 中央 as a level (README: 中央部门)
    ('nat28', '例如一九五三年中央六個工業部的基本建設計劃就只完成了百分之九十四點三。',
     'date:一九五三年'),
    # #078 cut by the split at a line break of the source (it ends in 学习的); readable, kept
    ('nat28', '对于解放前的学徒制度，它的封建性的陋规是应该否定的，但是，关于学徒学习的',
     ''),
    ('nat28', '要采取多种措施，努力增加城乡居民收入特别是中低收入者的收入。',
     ''),
    ('nat28', '我们一定要直面问题和挑战，尽心竭力改进工作，决不辜负人民期待！',
     ''),
    # #081 人大 in 人大代表, 政协 in 政协委员 and 工商联 are orgs; 民主党派 and 各人民团体 are not (README)
    ('nat28', '要坚持科学、民主、依法决策，认真听取人大代表、政协委员意见，听取民主党派、工商联、无党派人士和各人民团体意见，听取社会公众和企业意见，使各项政策符合基本国情和客观实际，更接地气、更合民意。',
     'org:人大 | org:政协 | org:工商联'),
    ('nat28', '构建沿线大通关合作机制，建设国际物流大通道。',
     ''),
    ('nat28', '88个城市启动城镇居民基本医疗保险试点；',
     ''),
    ('nat28', '今年发展主要预期目标是：国内生产总值增长5.5%左右；',
     ''),
    ('nat28', '按照国家产业政策积极引导外商投资，促进产业结构优化和技术水平的提高。',
     ''),
    ('nat28', '民主与集中的统一，在很大程度上也就是自由与纪律的统一。',
     ''),
    # #087 full-width digits as written
    ('nat28', '１９９２年同１９８７年相比，钢产量增长百分之四十二，达到８０００万吨；',
     'date:１９９２年 | date:１９８７年'),
    ('nat28', '推进流通体制改革，大力发展现代流通方式。',
     ''),
    ('nat28', '建立巩固的国防，建设强大的人民军队，是维护国家主权、安全、发展利益和全面建设小康社会的重要保障。',
     ''),

    # -- the national reports' sentences with a name cue (NAME_CUES), leaving out those drawn above: Random(29292).sample(…,
    # 90), in sampled order
    # #000 a company taken whole with its place (README)
    ('nat28name', '加强食品药品安全监管，严厉查处长春长生公司等问题疫苗案件。',
     'org:长春长生公司'),
    # #001 同志 is a suffix
    ('nat28name', '江泽民同志指出：“发展要有新思路，真正转到以提高经济效益为中心的轨道上来，不能继续走盲目追求产值速度和扩大投资规模的老路。',
     'person:江泽民'),
    # #002 企业集团 is generic
    ('nat28name', '在市场竞争中涌现出一批有实力的大型企业和企业集团。',
     ''),
    # #003 总书记 is a title; 邓小平 inside 邓小平理论 (as 毛泽东 in 毛泽东思想, README); “三个代表” is no name
    ('nat28name', '让我们紧密团结在以胡锦涛同志为总书记的党中央周围，高举邓小平理论和“三个代表”重要思想伟大旗帜，全面落实科学发展观，加快构建社会主义和谐社会，万众一心，开拓进取，奋力把改革开放和社会主义现代化事业推向前进！',
     'person:胡锦涛 | org:党中央 | person:邓小平'),
    # #004 各级政府 is generic (README)
    ('nat28name', '这是全国各族人民和各位代表最关心的问题，也是国务院和各级政府的中心工作。',
     'org:国务院'),
    ('nat28name', '扩大公立医院综合改革试点，深化药品医疗器械审评审批制度改革。',
     ''),
    # #006 毛主席 is a title with a surname (README); 中国 in 中国人 is labelled, as in 中国人民 (dev)
    ('nat28name', '我们深信，伟大领袖毛主席在中华人民共和国成立的庄严时刻所作的科学预言，必将胜利实现：“中国人被人认为不文明的时代已经过去了，我们将以一个具有高度文化的民族出现于世界。',
     'place:中华人民共和国 | place:中国'),
    # #007 苏美 is a string of one-character abbreviations (README: 中美)
    ('nat28name', '当前，世界各种基本矛盾日益激化，苏美两霸的争夺和他们同世界各国人民的矛盾尤为尖锐，已成为国际关系的中心问题。',
     ''),
    ('nat28name', '加快国有商业银行改革的步伐，积极推行资产负债比例管理和风险管理，提高信贷资产质量。',
     ''),
    ('nat28name', '一九五四年这个公司的畜产加工厂共亏损八十多万元，但究竟浪费损失多少，至今还是一笔糊涂帐。',
     'date:一九五四年'),
    # #010 毛主席 is a title with a surname
    ('nat28name', '毛主席留给我们的建设社会主义现代化强国的遗愿，一定要实现，也一定能够实现。',
     ''),
    # #011 工业品贸易中心 is generic
    ('nat28name', '重庆等地把省的二级批发站与市的专业批发公司合并，同时，建立了工业品贸易中心，实行大量批发与小宗买卖相结合，自营业务与代理业务相结合，不论国营、集体和个体经济单位，不论哪个地区和部门，都可以参加交易，相互竞争。',
     'place:重庆'),
    ('nat28name', '深化医药卫生体制改革，建立新型农村合作医疗制度和城镇居民基本医疗保险制度，全民基本医保体系初步形成，各项医疗保险参保超过13亿人，加强城乡基层医疗卫生服务体系建设，建立基本药物制度并在基层医疗机构实施，公立医院改革试点稳步推进。',
     ''),
    # #013 同志 is a suffix; 十一月十九日 has no year; a newspaper is an org, the enclosing 《》 left out (README: 《中国国防报》)
    ('nat28name', '最近，著名经济学家孙冶方同志，在重病中仍然十分关心社会主义建设，并就翻两番必须主要依靠技术改造的问题，写了一篇很好的文章，发表于十一月十九日《人民日报》。',
     'person:孙冶方 | org:人民日报'),
    # #014 毛主席 is a title with a surname; 我国 is a self-reference
    ('nat28name', '半个多世纪以来，伟大领袖毛主席领导我国人民进行了翻天覆地的伟大革命斗争。',
     ''),
    ('nat28name', '要着手组建多种形式的工程承包公司和综合开发公司。',
     ''),
    # #016 国务院 is labelled in 国务院各工业部门 (as in 国务院有关部门, holdout27 nat27name #017)
    ('nat28name', '国务院各工业部门和各省市区主管工业的负责同志，以及各级主管部门的负责同志，应该带领干部深入基层，调查研究，总结经验，协助搞好整顿。',
     'org:国务院'),
    # #017 枫桥 inside “枫桥经验” (holdout11, holdout17); 综治中心 is generic (README)
    ('nat28name', '坚持和发展新时代“枫桥经验”，推进基层综治中心规范化建设，持续推进信访工作法治化，进一步加强社会矛盾和风险隐患排查，把矛盾纠纷化解在基层、化解在萌芽状态。',
     'place:枫桥'),
    ('nat28name', '积极促进企业间的横向联合，大力发展企业集团。',
     ''),
    # #019 the Basic Law is a law, not labelled; the preliminary working committee of the HKSAR preparatory committee is
    # one named body taken whole (holdout26 #016)
    ('nat28name', '根据基本法和全国人大常委会的决定，香港特别行政区筹委会预备工作委员会已经开始工作，任务艰巨，责任重大。',
     'org:全国人大常委会 | org:香港特别行政区筹委会预备工作委员会'),
    # #020 城市合作银行 (urban cooperative banks, set up in many cities) is a kind of bank, as 农村信用社 (holdout17)
    ('nat28name', '组建城市合作银行的大中城市，由３５个增加到１００个，农村金融改革全面启动。',
     ''),
    # #021 政策性银行 is a category (README)
    ('nat28name', '推进政策性银行和其他商业银行改革。',
     ''),
    # #022 总书记 is a title
    ('nat28name', '在艰辛的抗疫历程中，党中央始终坚持人民至上、生命至上，习近平总书记亲自指挥、亲自部署，各方面持续努力，不断巩固防控成果。',
     'org:党中央 | person:习近平'),
    # #023 国家医学中心 and 国家区域医疗中心 are categories, here counted (README *Where the sets disagree* 1)
    ('nat28name', '设置13个国家医学中心，布局建设76个国家区域医疗中心。',
     ''),
    # #024 毛主席 is a title with a surname
    ('nat28name', '全军要坚决执行毛主席的建军路线，加强军队建设，加强战备。',
     ''),
    # #025 中央 acting (中央确定的方针政策, the policies the Centre set) is an org (NEW h4)
    ('nat28name', '国有企业改革仍然是经济体制改革的中心环节，必须坚定不移地按照中央确定的方针政策继续推进。',
     'org:中央'),
    # #026 the summits, meetings and meetings of leaders are events, the names inside labelled; 二十国集团 (dev) and 金砖国家
    # (BRICS, a standing grouping of states with its own summits, as 二十国集团 and 不结盟运动, NEW h21) are orgs; 亚欧 is a pair of
    # abbreviations; NEW h28: 达沃斯论坛 (the Davos forum), the usual Chinese name of the World Economic Forum, is an org as
    # 世界经济论坛 (NEW h21), also where its annual meeting is meant; 达沃斯 inside it is not labelled again (flat)
    ('nat28name', '习近平主席等国家领导人出访多国，出席二十国集团领导人峰会、金砖国家领导人会晤、上海合作组织峰会、东亚合作领导人系列会议、亚欧首脑会议、达沃斯论坛等重大活动。',
     'person:习近平 | org:二十国集团 | org:金砖国家 | org:上海合作组织 | place:东亚 | org:达沃斯论坛'),
    # #027 the summits, meetings and the anniversary are events, the names inside labelled; 中欧 is a pair of abbreviations
    ('nat28name', '习近平主席等党和国家领导人出访多国，通过线上和线下方式出席二十国集团领导人峰会、亚太经合组织领导人非正式会议、联合国成立75周年系列高级别会议、东亚合作领导人系列会议、中欧领导人会晤等一系列重大外交活动。',
     'person:习近平 | org:二十国集团 | org:亚太经合组织 | org:联合国 | place:东亚'),
    ('nat28name', '改善病房和诊疗条件，以患者为中心持续改善医疗服务。',
     ''),
    # #029 总书记 is a title
    ('nat28name', '这是以胡锦涛同志为总书记的党中央统揽全局、正确领导的结果，是全党全军全国各族人民同心同德、团结奋斗的结果。',
     'person:胡锦涛 | org:党中央'),
    # #030 主席 is a title
    ('nat28name', '象毛泽东主席所说的：“我们正在做我们的前人从来没有做过的极其光荣伟大的事业。',
     'person:毛泽东'),
    ('nat28name', '我们强调要把全部经济工作转到以提高经济效益为中心的轨道上来，决不能只停留在一般号召上，必须成为真正有效的实际行动。',
     ''),
    # #032 “四人帮” is a nickname; 毛主席 is a title with a surname; 我国 is a self-reference
    ('nat28name', '粉碎了“四人帮”，我们的党避免了一次大分裂，我们的国家避免了一次历史大倒退，保证了我国人民沿着毛主席指引的社会主义方向继续前进。',
     ''),
    # #033 中央管理的大型企业: 中央 as a level (README)
    ('nat28name', '强化企业内部改革，选择少量中央管理的大型企业和境外上市公司，进行收入分配制度改革试点，建立对企业经营者有效的激励和约束机制。',
     ''),
    ('nat28name', '国有企业改革的指导思想和基本任务，一是把国有企业改革作为经济体制改革的中心环节，以建立现代企业制度为方向，切实转换企业经营机制；',
     ''),
    # #035 丝绸之路经济带 is an economic belt (holdout27); 21世纪 alone is no date and 海上丝绸之路 an initiative (NEW h27);
    # 丝路基金 (the Silk Road Fund) is a fund set up (设立), not labelled (README: funds)
    ('nat28name', '推进丝绸之路经济带和21世纪海上丝绸之路建设，筹建亚洲基础设施投资银行，设立丝路基金。',
     'place:丝绸之路经济带 | org:亚洲基础设施投资银行'),
    ('nat28name', '鼓励各地在医院管理体制、医疗服务价格形成机制和监管机制等方面大胆探索。',
     ''),
    # #037 中心城市 is generic
    ('nat28name', '增强中心城市辐射功能，带动周边地区发展。',
     ''),
    ('nat28name', '五年内国家财政将投入200多亿元，对乡镇卫生院和部分县医院房屋和设备进行改造。',
     ''),
    ('nat28name', '公共食堂问题是现在抓生活的一个中心问题。',
     ''),
    # #040 中央银行 is a common noun (NEW h27); 政策性银行 is a category (README)
    ('nat28name', '增强了中央银行对货币信贷的宏观调控能力，组建了政策性银行，商业银行开始试行资产负债比例管理。',
     ''),
    ('nat28name', '有序开放银行卡清算等市场，放开外资保险经纪公司经营范围限制，放宽或取消银行、证券、基金管理、期货、金融资产管理公司等外资股比限制，统一中外资银行市场准入标准。',
     ''),
    # #042 the engineering centres, key labs and enterprise technology centres are categories
    ('nat28name', '在信息、生物、环保等领域新建一批国家工程中心、重点实验室和企业技术中心。',
     ''),
    # #043 创业板 (the ChiNext board) is a listing board of an exchange, not labelled, as 科创板 (NEW h11)
    ('nat28name', '平稳解决上市公司股权分置问题，创业板、股指期货和融资融券顺利推出，债券市场稳步发展；',
     ''),
    # #044 同志 is a suffix
    ('nat28name', '在以习近平同志为核心的党中央坚强领导下，我们经受了世界变局加快演变、新冠疫情冲击、国内经济下行等多重考验，如期打赢脱贫攻坚战，如期全面建成小康社会，实现第一个百年奋斗目标，开启向第二个百年奋斗目标进军新征程。',
     'person:习近平 | org:党中央'),
    # #045 邓小平 inside 邓小平理论; “三个代表” is no name
    ('nat28name', '让我们更加紧密地团结在以江泽民同志为核心的党中央周围，高举邓小平理论伟大旗帜，按照“三个代表”的要求，以与时俱进、奋发有为的精神风貌，坚定信心，知难而进，扎实工作，为夺取改革开放和现代化建设的新胜利而努力奋斗!',
     'person:江泽民 | org:党中央 | person:邓小平'),
    # #046 邓小平 inside 邓小平理论; 我国 is a self-reference; 二十一世纪 alone is no date (NEW h27)
    ('nat28name', '我们相信，在以江泽民同志为核心的党中央领导下，高举邓小平理论的伟大旗帜，依靠全国各族人民的智慧和力量，艰苦奋斗，开拓前进，一定能够把我国的社会主义现代化事业全面推向二十一世纪！',
     'person:江泽民 | org:党中央 | person:邓小平'),
    ('nat28name', '既向银行增发国债用以扩大投资，又增加居民收入以促进消费；',
     ''),
    # #048 “米袋子” and “菜篮子” are no names; 省长 and 市长 are titles
    ('nat28name', '落实“米袋子”省长负责制和“菜篮子”市长负责制。',
     ''),
    # #049 毛主席 is a title with a surname; 我军 is a self-reference; 雷锋 (in 学雷锋) is a person; NEW h28: a named military
    # unit (硬骨头六连, the "Hard-Bone Sixth Company", the name of honour of one company; 航空兵一师, the First Air Division) is
    # a specific body, an org, as named internal units are (README); the mass campaign is not labelled
    ('nat28name', '人民解放军要继续执行毛主席的“军队要整顿”、“要准备打仗”的重要指示，抓纲治军，发扬我军光荣传统，进一步加强政治工作和军政训练，办好军事院校，加强战备，深入开展学雷锋、学硬骨头六连和学航空兵一师的群众运动。',
     'org:人民解放军 | person:雷锋 | org:硬骨头六连 | org:航空兵一师'),
    # #050 重点大学 is a category (README)
    ('nat28name', '我们一定要继续恢复、加强和新建一批重点科研机构，充实一批重点大学的实验室，在重视基础理论研究的同时，用更大的精力努力解决现代化建设中迫切需要解决的科技课题。',
     ''),
    # #051 企业集团 and 行政性公司 are generic
    ('nat28name', '根据几年来发展横向联合的经验，当前需要注意处理好四个问题：一是必须坚持自愿互利的原则，坚持以骨干企业或名优产品为“龙头”，防止把企业集团搞成变相的行政性公司或单纯的行政管理机构。',
     ''),
    # #052 集团消费 (institutional spending) holds no name (holdout27)
    ('nat28name', '特别是在集团消费方面，许多机关、企事业单位和社会团体讲排场，摆阔气，比豪华，请客送礼，滥发实物，挥霍公款，奢侈成风，各项设施盲目追求现代化，铺张浪费发展到了相当严重的地步。',
     ''),
    # #053 the summits, meetings and the anniversary are events, the names inside labelled; 中非 is a pair of abbreviations;
    # NEW h28: 世界卫生大会 (the World Health Assembly, the WHO's standing decision-making body of member states' delegates)
    # is an org also where its annual session is meant, as 全国人民代表大会 is, and 世界经济论坛 (NEW h21); unlike 最高国务会议, a
    # meeting convened (NEW h26); 欧盟 is an org (holdout17)
    ('nat28name', '习近平主席等党和国家领导人通过视频方式主持中非团结抗疫特别峰会，出席联合国成立75周年系列高级别会议、世界卫生大会、二十国集团领导人峰会、亚太经合组织领导人非正式会议、中国—欧盟领导人会晤、东亚合作领导人系列会议等重大活动。',
     'person:习近平 | org:联合国 | org:世界卫生大会 | org:二十国集团 | org:亚太经合组织 | place:中国 | org:欧盟 | place:东亚'),
    # #054 the international and regional centres are statuses (holdout7) and 综合性国家科学中心 a category (holdout7)
    ('nat28name', '推进国际和区域科技创新中心建设，布局建设综合性国家科学中心。',
     ''),
    # #055 毛主席 is a title with a surname; 我国 is a self-reference
    ('nat28name', '我们应当牢牢地记住毛主席的教导，要坚决、彻底、干净、全部地消灭大国主义，永远保持谦虚谨慎的优良传统，更加兢兢业业地做好我们的工作，继续贯彻我国对外政策总路线。',
     ''),
    # #056 一二两月份, 三月初 and 第一季度 have no year
    ('nat28name', '例如，全国煤矿在一二两月份平均的日产量是九十六万吨，三月初在广大的职工群众中开展了以技术革新和技术革命为中心的竞赛运动以后，三月份的平均日产量迅速上升到一百一十三万吨，从而超额完成了第一季度计划规定的任务。',
     ''),
    ('nat28name', '有条件地实行省以下专业银行、保险公司等金融机构的企业化，逐步做到独立经营，自负盈亏；',
     ''),
    # #058 the companies and the tractor works are named enterprises, orgs also while being built (第二汽车制造厂, holdout22
    # #037); NEW h28: the refinery, listed among these enterprises and named as one (兰州炼油厂, the Lanzhou Oil Refinery), is
    # an org, as the coal mines counted among key enterprises (NEW h26); unlike 格尔木炼油厂 (holdout26 #006 of the
    # provincial draw), named as the plant a project expands, a facility
    ('nat28name', '规模巨大的包头钢铁公司、武汉钢铁公司、新疆石油公司、兰州炼油厂、洛阳第一拖拉机厂等重大建设项目，将在本年开始兴建或者继续修建。',
     'org:包头钢铁公司 | org:武汉钢铁公司 | org:新疆石油公司 | org:兰州炼油厂 | org:洛阳第一拖拉机厂'),
    # #059 省长会议 is a meeting, an event; 春节 has no year
    ('nat28name', '现在，全国各地正在认真贯彻落实省长会议的精神，并且已经取得了明显的效果，今年春节以后全国的货币回笼情况和财政收入情况是比较好的。',
     ''),
    ('nat28name', '加强和改进未成年人思想道德建设和大学生思想政治教育。',
     ''),
    ('nat28name', '城市改革紧紧围绕增强企业活力这个中心环节展开。',
     ''),
    # #062 NEW h28: 达赖 is a religious title (the Dalai Lama), not a personal name, as a title alone (README), and 达赖集团
    # (the Dalai clique) a pejorative group name without a person's name in it, as “四人帮”: not labelled; 印度 in
    # 印度反动派 is a place (a name inside a longer term)
    ('nat28name', '一九五九年，达赖集团勾结帝国主义和印度反动派，发动了叛国的反革命武装叛乱。',
     'date:一九五九年 | place:印度'),
    # #063 the companies and works are named enterprises, orgs taken whole with their places (holdout23 nat23 #068, holdout26);
    # 太原第一热电站 (a thermal power station) is a facility, as 电厂 (NEW h18): only 太原
    ('nat28name', '重要的有：本溪钢铁公司，黑龙江钢厂，吉林肥料厂，吉林电石厂，哈尔滨锅炉厂，西安电力电容器厂，太原第一热电站，佳木斯造纸厂，等等。',
     'org:本溪钢铁公司 | org:黑龙江钢厂 | org:吉林肥料厂 | org:吉林电石厂 | org:哈尔滨锅炉厂 | org:西安电力电容器厂 | place:太原 | org:佳木斯造纸厂'),
    # #064 毛主席 and 周总理 are titles with a surname (README)
    ('nat28name', '我们一定要和台湾同胞一道，实现毛主席和周总理的遗愿，完成解放台湾、统一祖国的神圣事业。',
     'place:台湾 | place:台湾#2'),
    # #065 林彪 inside the pejorative group name is a person (as 蒋介石卖国集团, dev); 党的十大 is an event
    ('nat28name', '在这以前，我们粉碎了林彪反党集团，一九七三年八月召开了党的十大，全国形势大好。',
     'person:林彪 | date:一九七三年八月'),
    ('nat28name', '二要推进国有大型企业股份制改革，健全公司法人治理结构、投资风险控制机制和内部监督管理机制，建立适应现代企业制度要求的选人用人和激励约束机制。',
     ''),
    ('nat28name', '我们一定要充分认识到，经济工作是中心，思想政治工作是经济工作顺利进行和健康发展的保证。',
     ''),
    # #068 大陆 is a common noun (holdout27); 蒋介石 inside the group name is a person (dev)
    ('nat28name', '隐藏在大陆上的蒋介石卖国集团的残余分子经常进行各种破坏活动；',
     'person:蒋介石'),
    # #069 同志 is a suffix; 中国 in 中国特色
    ('nat28name', '思想建设的重点，是用邓小平同志建设有中国特色社会主义的理论武装全国人民。',
     'person:邓小平 | place:中国'),
    ('nat28name', '金融监管逐步加强，防范和化解金融风险取得成效，银行不良资产比例逐步降低。',
     ''),
    # #071 经济中心 is generic
    ('nat28name', '以大中城市为依托，形成各类经济中心，组织合理的经济网络。',
     ''),
    ('nat28name', '全面推开公立医院综合改革，持续提升县域医疗卫生服务能力，完善分级诊疗体系。',
     ''),
    ('nat28name', '去年，国家财政出现一些赤字，银行信贷也出现一些差额。',
     ''),
    ('nat28name', '特别要按照自愿互利、共同发展的原则大力促进企业间的横向经济联合，逐步形成不同形式、不同层次的企业群体或企业集团，以促进企业结构的合理化，推动资源合理开发、资金技术合理使用和生产力的合理配置。',
     ''),
    # #075 中央银行 is a common noun (NEW h27)
    ('nat28name', '今年要不失时机地在这方面迈出新的步伐，改革的重点是：进一步强化和改进中央银行的宏观控制职能，积极发展多种金融组织和有效利用多种融资工具，开辟多种信贷业务，大力发展城乡保险业务，在各种金融组织之间适当开展竞争；',
     ''),
    ('nat28name', '巩固完善基本药物制度和基层医疗卫生机构运行新机制，加快公立医院改革，鼓励社会办医。',
     ''),
    # #077 党和国家 holds 党 alone
    ('nat28name', '过去的五年，党和国家在处理国内外一系列复杂问题时，始终坚持了经济建设这个中心。',
     ''),
    ('nat28name', '今年国有大型商业银行小微企业贷款要增长30%以上。',
     ''),
    ('nat28name', '对试点企业集团要扩大经营决策权，赋予自营进出口权。',
     ''),
    # #080 党的中央委员会: 中央委员会 (the party's Central Committee) is an org (holdout27 nat27name #088), 党 alone not; the
    # party's national conference is an event (holdout26 #065)
    ('nat28name', '党的中央委员会根据党的全国代表会议讨论的意见作了修改之后，把这个计划草案提交国务院。',
     'org:中央委员会 | org:国务院'),
    # #081 毛主席 is a title with a surname; “四人帮” is a nickname
    ('nat28name', '毛主席的重大战略决策，沉重地打击了“四人帮”篡党夺权的阴谋，并且为后来解决“四人帮”的问题奠定了基础。',
     ''),
    ('nat28name', '电力工业，通过国家基本建设投资、吸收一部分地方资金和增加一些银行货款，争取明年新增发电装机达到300万千瓦以上。',
     ''),
    # #083 begins with the closing quote of the passage before; 毛主席 is a title with a surname
    ('nat28name', '”毛主席的这些话，高度地集中了世界人民的革命意志，极大地鼓舞了世界人民的革命斗争。',
     ''),
    # #084 我国 is a self-reference
    ('nat28name', '我国银行、证券、保险业的抗风险能力和国际竞争力显著提升，为成功应对国际金融危机冲击奠定了坚实基础。',
     ''),
    # #085 马克思 and 列宁 inside 马克思列宁主义 are persons (holdout25 nat25 #022); 主席 is a title
    ('nat28name', '一切担负领导工作的干部，都应该认真地学习马克思列宁主义的理论，学习毛泽东主席的著作，批判资产阶级的思想，不断地提高理论水平，以便把工作做得更好。',
     'person:马克思 | person:列宁 | person:毛泽东'),
    # #086 第三世界 is a descriptive grouping (holdout15)
    ('nat28name', '许多第三世界国家已进入了以发展民族经济为中心任务的历史阶段。',
     ''),
    # #087 as #048
    ('nat28name', '坚持 “米袋子”省长负责制，“菜篮子”市长负责制。',
     ''),
    # #088 同志 is a suffix
    ('nat28name', '毛泽东同志说过：“国家的统一，人民的团结，国内各民族的团结，这是我们的事业必定要胜利的基本保证。',
     'person:毛泽东'),
    ('nat28name', '教育方面，要在前两年多高等院校整顿取得显著效果的基础上，继续花很大的力量，积极发展大学教育和高等专科教育。',
     ''),

    # -- the 31 provinces' 2025 reports: Random(29293).sample(…, 100), in sampled order
    ('prov28-shaanxi', '（三）紧盯重点，改革开放持续深化。',
     ''),
    # #001 the provincial R&D programme is a programme
    ('prov28-guangdong', '聚焦“卡脖子”技术、产业补短板技术、关键共性技术，新布局一批省重点领域研发计划。',
     ''),
    # #002 “三区三线” is no name
    ('prov28-guangdong', '严格落实“三区三线”，有序推进国土空间规划评估和调整完善，建立覆盖全域全类型、统一衔接的国土空间用途管制和规划许可制度。',
     ''),
    ('prov28-jiangsu', '分领域推进生产性服务业高质量发展，强化平台经济载体培育和常态化监管，推动先进制造业和现代服务业深度融合。',
     ''),
    ('prov28-shaanxi', '健全劳动者工资正常增长机制，推动中低收入群体增收减负，完善劳动纠纷调解机制，常态长效治理欠薪问题。',
     ''),
    ('prov28-ningxia', '全面强化科技创新，启动实施“八大行动”，全社会研发经费投入增长10%以上。',
     ''),
    ('prov28-shandong', '聚力深化“高效办成一件事”，出台“营商环境创新提升59条”，扎实推进21项“一件事”落地实施。',
     ''),
    # #007 北欧 is a world region (NEW h7)
    ('prov28-sichuan', '大力提升成都口岸通关能力，建立鲜活产品快速通关“绿色通道”，进口货物出关时间缩短至1.5小时以内，北欧的三文鱼最快48小时可从捕捞地端上成都餐桌。',
     'place:成都 | place:北欧 | place:成都#2'),
    # #008 the pilot and the measures are not labelled
    ('prov28-shanghai', '深化浦东综合改革试点，推动出台浦东放宽市场准入特别措施等政策，在生物医药、人工智能、航运服务、文化等领域形成更大突破。',
     'place:浦东 | place:浦东#2'),
    ('prov28-shanxi', '十二是建设50个乡镇级、650个村级标准化饮用水源地。',
     ''),
    ('prov28-guangdong', '我们必须正视这些问题，切实采取针对性措施予以解决。',
     ''),
    ('prov28-gansu', '大力发展旅游工艺品、文创产品、文旅数字产品。',
     ''),
    ('prov28-shanghai', '新增养老床位4385张，改建认知障碍照护床位3210张，建成社区长者食堂39个。',
     ''),
    ('prov28-guangdong', '为超2.5万名65岁及以上失能老年人免费提供健康管理、康复护理服务及指导、心理支持和能力综合评估等上门服务。',
     ''),
    # #014 NEW h28: 姚家园路 (Yaojiayuan Road, a city street of Beijing) is a street, a place (README: Smith Street), its
    # eastward extension (东延) being the project; unlike highways and railway lines between cities (README: 黔桂铁路; 兴港高速,
    # holdout22), which are not places
    ('prov28-beijing', '聚焦科技创新、现代产业、基础设施和民生保障等重点领域，大力实施“3个100”市重点工程，推进姚家园路东延等重大项目开工建设。',
     'place:姚家园路'),
    ('prov28-chongqing', '——城乡治理水平稳步提升、民生福祉不断改善。',
     ''),
    # #016 一带一路 is an initiative; 港澳台 is a string of abbreviations (README)
    ('prov28-beijing', '落实高质量共建“一带一路”机制，积极开展与港澳台交流合作，扎实做好外事、侨务工作。',
     ''),
    ('prov28-yunnan', '生产安全事故起数、死亡人数分别下降9.1%、11.5%，连续61个月未发生重大及以上生产安全事故。',
     ''),
    # #018 全区 is a self-reference
    ('prov28-guangxi', '一批全区人民期盼多年、历届班子接续奋斗推进的重大项目取得突破!',
     ''),
    ('prov28-qinghai', '(五)着力防范化解风险，牢牢守住不发生系统性风险底线。',
     ''),
    ('prov28-guizhou', '完成5个市级儿童福利机构优化提质。',
     ''),
    # #021 中央八项规定: 中央 as an attribute (README)
    ('prov28-fujian', '一抓到底纠治“四风”，严格落实中央八项规定及其实施细则精神，深入推进风腐同查同治，持续深化整治群众身边不正之风和腐败问题，坚决反对特权思想和特权现象，坚决防止劳民伤财的“形象工程”“面子工程”。',
     ''),
    ('prov28-sichuan', '“一箱制”是指货物多式联运“不换箱、不开箱、一箱到底”。',
     ''),
    ('prov28-fujian', '抓紧项目建设，实施省重点项目1550个、年度计划投资7150亿元。',
     ''),
    ('prov28-gansu', '“一键报贫”机制识别监测对象3.2万户14.9万人，风险消除率68.6%。',
     ''),
    # #025 中部地区 is a compass region (README)
    ('prov28-jiangxi', '城乡低保、特困人员供养标准连续18年提高，城乡居民养老保险待遇水平稳居中部地区第1。',
     ''),
    ('prov28-heilongjiang', '强化耕地保护和质量提升，严格落实耕地占补平衡，严守耕地红线，扩大黑土保护范围，建成高标准农田1169万亩，加大侵蚀沟治理、农田防护林更新修复力度。',
     ''),
    ('prov28-sichuan', '强化资源省级统筹和高效配置，精准绘制产业图谱，找准细分赛道和主攻方向，瞄准招引一批、落地投建一批、培育建强一批企业。',
     ''),
    ('prov28-anhui', '实施重点领域、重点行业、城乡基层和中小微企业就业支持计划，促进高校毕业生、农民工、脱贫人口、零就业家庭等重点群体稳定就业。',
     ''),
    ('prov28-zhejiang', '坚持依法行政，忠实履行宪法法律赋予的职责，自觉运用法治思维和法治方式解决问题、开展工作，深入推进重点领域、新兴领域政府立法，严格规范公正文明执法。',
     ''),
    # #030 赣商 (Jiangxi merchants) is no name, as 粤商 (holdout19)
    ('prov28-jiangxi', '建立健全覆盖招商引资项目全生命周期政策服务体系，分级分类梳理制定支持政策、优势资源、链主企业、人才技术、目标企业“五张清单”，实施链式招商、资本招商、平台招商等新模式，完善赣商回乡投资促进机制，提升目标化清单化精准招商实效。',
     ''),
    # #031 川 is a one-character abbreviation
    ('prov28-sichuan', '创新支持政策，吸引更多外籍人才来川居住发展。',
     ''),
    ('prov28-jiangxi', '高校分类管理改革扎实推进，博士硕士学位授予单位均新增2家、授权点分别新增26个和52个，优化整合省属职业学校、技工院校32所。',
     ''),
    ('prov28-qinghai', '坚决落实全面从严治党政治责任和“一岗双责”，坚持严的基调、强化严的措施、增进严的氛围，把中央八项规定精神作为铁规矩、硬杠杠，巩固深化党纪学习教育成果，建立常态化长效化纪律教育机制。',
     ''),
    ('prov28-guangdong', '我们坚持和落实“两个毫不动摇”，对各类经营主体一视同仁、平等对待，全力帮助企业渡过难关，支持企业更好发展。',
     ''),
    # #035 援疆 holds an abbreviation; the 试验区 and the 示范区 are programme zones: only 丝绸之路经济带 (holdout27) inside,
    # 乌昌石 a string of abbreviations (as 长株潭 in 长株潭国家自主创新示范区, holdout6); the named high-tech park is a development
    # area taken whole (README); 国家高新区 is a category
    ('prov28-xinjiang', '深化“四方合作”和科技援疆机制，高质量建设丝绸之路经济带创新驱动发展试验区、乌昌石国家自主创新示范区，支持上库高新技术产业开发区争创国家高新区。',
     'place:丝绸之路经济带 | place:上库高新技术产业开发区'),
    ('prov28-heilongjiang', '充分发挥文旅资源丰富的独特优势，巩固拓展清凉避暑和冰雪旅游良好发展态势，做好把绿水青山、冰天雪地更好转化为金山银山的大文章，构建特色文旅产业高质量发展新格局。',
     ''),
    # #037 涉藏 holds an abbreviation
    ('prov28-sichuan', '筑牢政治安全和社会稳定防线，持续深化涉藏领域突出问题依法整治。',
     ''),
    ('prov28-heilongjiang', '建设全省统一智慧农业平台，绘制全省耕地“一张图”。',
     ''),
    ('prov28-tibet', '试点科技成果转移转化和职务科技成果赋权改革。',
     ''),
    ('prov28-tibet', '积极主动、稳妥有序扩大对外开放区域。',
     ''),
    # #041 引大济岷 (bringing the Dadu's water to the Min) is a project named with abbreviations, not labelled; the canal (长征渠)
    # is a place (README: canals), also while being planned (holdout27 prov27 #007); the project is not labelled
    ('prov28-sichuan', '开工建设引大济岷等重大水利工程，加快长征渠引水工程前期工作；',
     'place:长征渠'),
    ('prov28-tianjin', '市国土空间总体规划获批，10个涉农区规划编制完成。',
     ''),
    # #043 the fairs, conferences and the forum are events, the names inside labelled; 赣商 is no name (holdout19); 赣台 is a
    # pair of abbreviations
    ('prov28-jiangxi', '对接粤港澳大湾区经贸合作推介会、赣商大会、上海合作组织传统医学论坛、赣台经贸合作交流大会等重大活动成功举办，目标化清单化精准招商成效明显，12条重点产业链项目进资占招商引资实际到位资金比重超75%。',
     'place:粤港澳大湾区 | org:上海合作组织'),
    # #044 the national parks and clusters are categories
    ('prov28-sichuan', '新建国家现代农业产业园、国家级优势特色产业集群，新评定和升级一批星级园区。',
     ''),
    # #045 “千万工程” is a programme (README)
    ('prov28-henan', '学习运用“千万工程”经验，统筹县域城乡规划布局，分类推进乡村建设片区化、组团式发展，培育20个省级宜居宜业和美乡村建设先导区。',
     ''),
    ('prov28-hunan', '延伸优势产业，进一步拉长链条、拓展领域、强化配套，塑造更具竞争力的优势产业集群。',
     ''),
    # #047 a world region (holdout9)
    ('prov28-hainan', '建设面向东南亚国家的出口货物集散地。',
     'place:东南亚'),
    ('prov28-hainan', '壮大新型农村集体经济，年收益超10万元、超30万元村集体占比分别达55%、20%。',
     ''),
    # #049 “闽学” (the Min school of learning) holds the abbreviation 闽, not labelled (as 海派, holdout25); 闽都 (Fuzhou, the
    # old capital of Min) is a traditional name of a city, a place as 鹏城 (holdout21) and 京华 (NEW h23); 闽南 is a direction
    # joined to 闽 (holdout19); 客家 is a people; 朱子 (Zhu Xi) inside 朱子文化 is a person, as 孔子 (holdout9, holdout15); 妈祖
    # is a deity (NEW h19); 海丝 (the Maritime Silk Road) is a route
    ('prov28-fujian', '实施非遗保护传承发展工程，建好2个国家级、3个省级文化生态保护区，积极开展“闽学”研究，提高闽都文化、闽南文化、客家文化、朱子文化、妈祖文化、海丝文化等影响力。',
     'place:闽都 | place:闽南 | person:朱子'),
    ('prov28-guangdong', '一是为老年人提供健康管理、医养结合服务和提升养老机构服务水平；',
     ''),
    ('prov28-beijing', '86个“两重”项目全部开工,“两新”政策带动设备购置等金额快速增长；',
     ''),
    ('prov28-shandong', '激发冰雪经济活力，打造体育旅游精品线路，探索“知名景区+工业旅游”结对模式。',
     ''),
    ('prov28-guangdong', '大力发展银发经济，加强老年用品研发和推广，加快发展康复辅助器具产业。',
     ''),
    # #054 晋祠 (a temple complex, a historic site) and 天龙山 (a mountain) named together as one scenic area are two places
    # run together (NEW h26, 贵阳贵安); 乔家大院 is a historic site (README); 太行锡崖沟 is a contiguous hierarchy (the mountains
    # and the gorge, as 永靖太极岛, NEW h9); the ski resort hosts visitors, a place (README *Where the sets disagree* 4, and
    # the resort of NEW h22); the 5A and national ratings are not labelled
    ('prov28-shanxi', '服务消费快速增长，演艺经济蓬勃兴起，晋祠天龙山晋级5A级景区，乔家大院恢复5A级景区，太行锡崖沟成为国家级旅游度假区，广武滑雪场入选国家级滑雪旅游度假地。',
     'place:晋祠 | place:天龙山 | place:乔家大院 | place:太行锡崖沟 | place:广武滑雪场'),
    # #055 津派 holds the abbreviation 津; the festival is an event, 天津 inside labelled
    ('prov28-tianjin', '实施津派文化精品创作计划，办好天津音乐节等品牌活动。',
     'place:天津'),
    ('prov28-inner_mongolia', '稳妥处置金融风险，推动地方高风险金融机构“退高摘帽”，坚决防止“爆雷”。',
     ''),
    # #057 全区 is a self-reference; the meeting is an event; NEW h28: 塞上 (the frontier land, Ningxia's traditional name, as in
    # 塞上江南, NEW h9) standing alone in the event's name (塞上行, a tour of Ningxia) is a traditional region name, a place
    # as 陇原 and 三晋 (README)
    ('prov28-ningxia', '召开第三届全区民营经济高质量发展暨营商环境全方位提升推进大会，举办全国优强民营企业塞上行等活动。',
     'place:塞上'),
    # #058 a level-qualified body (README)
    ('prov28-gansu', '稳步推进省委确定的339项重点改革任务落地。',
     'org:省委'),
    # #059 欧标 holds an abbreviation
    ('prov28-guangdong', '新增分布式光伏装机规模超1100万千瓦，全国首个“光储充换放+欧标”综合能源站在肇庆投入运营，全省绿电交易量增长70%。',
     'place:肇庆'),
    ('prov28-inner_mongolia', '儿童消费往往“一人带全家”，要顺应科学育儿、亲子服务、主题游乐等消费趋势，创新场景业态，提升服务品质。',
     ''),
    ('prov28-beijing', '一是针对性出台系列稳增长举措，经济总体实现稳定向好。',
     ''),
    ('prov28-fujian', '更宽视野更新观念，传承弘扬开拓创新精神、实事求是精神、坚韧不拔精神、顾全大局精神，跳出条条框框限制，突破利益固化藩篱，大胆创新、另辟蹊径，以新思路新举措实现新突破。',
     ''),
    # #063 the highways and the ring road are roads, not labelled; the places they join are (as 富裕至加格达奇铁路, holdout7);
    # 长春都市圈 is a metropolitan area (README)
    ('prov28-jilin', '开工珲春至防川高速项目，加快长春都市圈西环线、白山至临江、松江河至长白高速和G331公路等项目建设。',
     'place:珲春 | place:防川 | place:长春都市圈 | place:白山 | place:临江 | place:松江河 | place:长白'),
    # #064 the systems in quotes are no names
    ('prov28-shanxi', '落实“1+5”政策体系，扩大财政项目经费“包干制”范围，完善“揭榜挂帅”“赛马制”“里程碑”等制度。',
     ''),
    ('prov28-shanxi', '推动5类县城11个试点县差异发展，鼓励人口规模集中、建成区面积较大的县城加快发展，引导人口流失县转型发展。',
     ''),
    # #066 黔酒 holds the abbreviation 黔; 中国 inside the campaign's name
    ('prov28-guizhou', '创新举办“黔酒中国行”“黔酒全球行”等活动，加强产销衔接，扩大酱香白酒消费市场。',
     'place:中国'),
    # #067 the directory's title is not labelled, 中国 inside it is (README: 浙江省 in a title)
    ('prov28-guizhou', '加快提升开发区产业聚集功能，健全开发区管理体制，力争省级及以上开发区全部纳入《中国开发区审核公告目录》。',
     'place:中国'),
    ('prov28-guangdong', '深化文化体制机制改革，涵养向上向善、刚健朴实的文化，释放文化的魅力、旅游的活力、体育的张力。',
     ''),
    ('prov28-sichuan', '完成国家下达的节能减排和环境保护等任务。',
     ''),
    ('prov28-gansu', '电信网络诈骗犯罪案件发案、损失“双下降”。',
     ''),
    ('prov28-hubei', '（五）聚力促融合，区域城乡更加协调。',
     ''),
    # #072 “教共体” and “县中崛起” are no names
    ('prov28-zhejiang', '优化学前教育资源配置，开展基础教育扩优提质行动，做深做实县域“教共体”，实施普通高中扩容增量计划，深入推进山区海岛“县中崛起”，进一步完善现代职业教育体系，努力办好人民满意的教育。',
     ''),
    # #073 枫桥 inside “枫桥经验” (holdout17); “12345” 热线 is a service number (README)
    ('prov28-inner_mongolia', '坚持和发展新时代“枫桥经验”，开展信访工作法治化质效提升年活动，健全五级贯通的信访代办体系，全面推广“两代表一委员”12345热线疑难工单督办回访机制。',
     'place:枫桥'),
    # #074 全区 is a self-reference
    ('prov28-inner_mongolia', '加强社会矛盾纠纷源头治理，全面推行信访代办制，全区信访总量下降46.5%。',
     ''),
    ('prov28-jiangxi', '体现江西特色和优势的现代化产业体系加快构建，工业“顶梁柱”作用充分彰显。',
     'place:江西'),
    # #076 the new district is a place (README)
    ('prov28-shaanxi', '主动融入全国统一大市场建设，做好榆林市、西咸新区要素市场化配置改革试点工作，加快建设公共资源交易“全省一网”，稳妥推进水电气价格改革。',
     'place:榆林市 | place:西咸新区'),
    ('prov28-jilin', '坚持教育科技人才产业一体化发展，因地制宜发展新质生产力，超常规推动制造业发展壮大。',
     ''),
    ('prov28-anhui', '全省地区生产总值增长5.8%，经济总量跨上5万亿元台阶。',
     ''),
    ('prov28-guangxi', '围绕“两重”、“两新”等国家一揽子经济政策，出台配套措施126项。',
     ''),
    ('prov28-yunnan', '（五）深化民生保障体制机制改革，推动人民生活水平再上新台阶。',
     ''),
    ('prov28-beijing', '推动科技创新和产业创新融合发展，加快数字化转型，建设更具国际竞争力的现代化产业体系。',
     ''),
    # #082 安徽 inside the campaign's name
    ('prov28-anhui', '深入推进创业安徽行动，优化支持政策和服务，丰富创业平台和场景，构建以创业聚人才、兴产业、增动能的生态体系。',
     'place:安徽'),
    ('prov28-fujian', '共促碧海，健全海洋垃圾治理长效机制。',
     ''),
    ('prov28-jiangxi', '没有农村的现代化，就没有整个江西的现代化，我们将毫不动摇坚持农业农村优先发展，朝着建设农业强省目标扎实迈进。',
     'place:江西'),
    ('prov28-sichuan', '43.“银龄教师”：为积极应对人口老龄化，在保障劳动适龄人口充分就业基础上，挖潜广大退休教师政治优势、专业优势、经验优势，发挥其辐射带动作用，调动优秀退休教师继续投身教育事业的积极性，推动退休教师参与各级各类教育工作。',
     ''),
    ('prov28-guangdong', '开发储备超5000个公益性岗位，重点安置大龄、残疾、较长时间失业等就业困难群体。',
     ''),
    ('prov28-guangdong', '树牢实干导向，深入践行正确政绩观，强化“功成不必在我”的精神境界和“功成必定有我”的历史担当，挑最重的担子、啃最硬的骨头、接烫手的山芋，努力出实招、办实事、求实效。',
     ''),
    # #088 a science city (README); 安徽 in 安徽范式
    ('prov28-anhui', '围绕打造科技创新策源地，加快推进合肥滨湖科学城实体化改革，积极探索新型举国体制安徽范式，实施一批重大科技项目，推出一批原创性科技成果和制度成果，推动三大科创引领高地建设取得更大进展，加速涌现科学新发现、技术新发明、产业新方向、体制新动能。',
     'place:合肥滨湖科学城 | place:安徽'),
    ('prov28-gansu', '出让矿业权182宗、成交价116.8亿元，均居全国第2位。',
     ''),
    ('prov28-anhui', '实施基本医保省级统筹，扩大失业、工伤、生育保险覆盖面，推行长期护理保险。',
     ''),
    # #091 中华 is not labelled (README)
    ('prov28-anhui', '广泛践行社会主义核心价值观，建设一批弘扬中华优秀传统文化的教育场所。',
     ''),
    ('prov28-fujian', '建立公共数据资源登记制度，完善目录、全量汇聚、分级开发，让数据随时可见、可用、可变现。',
     ''),
    # #093 the pilot is a designation
    ('prov28-anhui', '黄山市入选首批国家生态产品价值实现机制试点。',
     'place:黄山市'),
    # #094 “大思政课” is no name; the 试验区 is a programme zone
    ('prov28-tianjin', '推进“大思政课”综合改革试验区建设。',
     ''),
    ('prov28-fujian', '农村自来水普及率达93.5%。',
     ''),
    ('prov28-fujian', '努力提供更加充分、更加可靠、更加公平的社会保障，真正把解民忧、纾民困的事办到老百姓心坎上。',
     ''),
    ('prov28-chongqing', '深化全民国防教育，加强国防动员和后备力量建设，做好双拥工作。',
     ''),
    # #098 NEW h28: 沿黄城市群 (the city cluster along the Yellow River, the official name of Ningxia's planning region) is a
    # named region, taken whole as 滇中城市群 (NEW h7) and 天山北坡城市群 (holdout26), though 沿黄 names a road only as an
    # abbreviation (沿黄高速公路, holdout27); “强首府” is no name; 宁东 (the Ningdong energy area) is a place (holdout23)
    ('prov28-ningxia', '着力推动沿黄城市群发展，深入实施“强首府”战略，加快宁东“二次创业”步伐。',
     'place:沿黄城市群 | place:宁东'),
    ('prov28-guizhou', '涉旅经营主体达34.53万户。',
     ''),

    # -- every law: Random(29294).sample(…, 20), in sampled order
    ('law28-criminal_law', '（一）随意殴打他人，情节恶劣的；',
     ''),
    # #001 各级人民政府 is generic
    ('law28-shanghai_ethnic_minority_rights_regulations', '各级人民政府有关部门应当采取措施，做好少数民族的殡葬服务。',
     ''),
    ('law28-supervision_law_2024', '（二）对违法的公职人员依照法定程序作出警告、记过、记大过、降级、撤职、开除等政务处分决定；',
     ''),
    # #003 监察机关 is generic
    ('law28-supervision_law_2024', '第二十条 在调查过程中，对涉嫌职务违法的被调查人，监察机关可以进行谈话，要求其就涉嫌违法行为作出陈述，必要时向被调查人出具书面通知。',
     ''),
    # #004 the Constitution is not labelled; 省、自治区、直辖市 are generic
    ('law28-national_security_law_2015', '全国人民代表大会常务委员会依照宪法规定，决定战争状态的宣布，决定全国总动员或者局部动员，决定全国或者个别省、自治区、直辖市进入紧急状态，行使宪法规定的和全国人民代表大会授予的涉及国家安全的其他职权。',
     'org:全国人民代表大会常务委员会 | org:全国人民代表大会#2'),
    ('law28-constitution_prc', '（二十）决定全国总动员或者局部动员；',
     ''),
    # #006 国家安全机关, 公安机关 and 军事机关 are generic (README)
    ('law28-national_security_law_2015', '第五十二条 国家安全机关、公安机关、有关军事机关根据职责分工，依法搜集涉及国家安全的情报信息。',
     ''),
    # #007 我国 is a self-reference; 中央有关部门: 中央 as a level; 地方人民政府 is generic
    ('law28-counterterrorism_law_2018', '在不违背我国法律的前提下，边境地区的县级以上地方人民政府及其主管部门，经国务院或者中央有关部门批准，可以与相邻国家或者地区开展反恐怖主义情报信息交流、执法合作和国际资金监管合作。',
     'org:国务院'),
    ('law28-criminal_law', '情节特别严重的，处五年以上十年以下有期徒刑，并处违法所得一倍以上五倍以下罚金。',
     ''),
    ('law28-criminal_procedure_law_2018', '中止审理的期间不计入审理期限。',
     ''),
    ('law28-criminal_procedure_law_2018', '第一百三十八条 进行搜查，必须向被搜查人出示搜查证。',
     ''),
    ('law28-criminal_procedure_law_2018', '第二十九条 审判人员、检察人员、侦查人员有下列情形之一的，应当自行回避，当事人及其法定代理人也有权要求他们回避：',
     ''),
    # #012 公安机关 and 国家安全机关 are generic
    ('law28-state_secrets_law_implementing_regulations_2024', '必要时，公安机关、国家安全机关依申请协助审查。',
     ''),
    ('law28-state_secrets_law_implementing_regulations_2024', '第六条 机关、单位实行保密工作责任制，承担本机关、本单位保密工作主体责任。',
     ''),
    ('law28-criminal_procedure_law_2018', '第一百九十七条 法庭审理过程中，当事人和辩护人、诉讼代理人有权申请通知新的证人到庭，调取新的物证，申请重新鉴定或者勘验。',
     ''),
    # #015 各级人民政府 is generic
    ('law28-state_council_provisions_regional_ethnic_autonomy_2005', '第四条 各级人民政府应当积极开展促进民族团结进步的各项活动，对为民族团结进步事业作出突出贡献的单位和个人，给予表彰和奖励。',
     ''),
    # #016 本市 is a self-reference
    ('law28-beijing_counterterrorism_implementing_measures_2023', '第二十四条 在本市空域内使用民用无人驾驶航空器进行飞行活动的，应当经依法批准，并严格执行国家空域管理和飞行要求的有关规定。',
     ''),
    # #017 公安机关出入境管理机构 is generic
    ('law28-exit_entry_administration_law_2012', '第四十条 在中国境内出生的外国婴儿，其父母或者代理人应当在婴儿出生六十日内，持该婴儿的出生证明到父母停留居留地县级以上地方人民政府公安机关出入境管理机构为其办理停留或者居留登记。',
     'place:中国'),
    ('law28-criminal_law', '第二百六十三条 以暴力、胁迫或者其他方法抢劫公私财物的，处三年以上十年以下有期徒刑，并处罚金；',
     ''),
    ('law28-constitution_prc', '一切违反宪法和法律的行为，必须予以追究。',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout28", ITEMS, DRAWS, sample, groups=("nat28", "nat28name", "prov28-", "law28-"), id_letter="k")


if __name__ == "__main__":
    main()
