"""Build eval/ner/holdout21.jsonl: a twenty-first held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout20.py (those marked NEW h7 … NEW h20 included). The labeller did not
read anything of the extractor (dossier/), the tests, docs/ or bench/, did not run it, bench/ner_eval.py,
the tests or any segmenter, NER or POS tool on these sentences, and did not look at what any tool
predicts for them. The set has never been scored. It is drawn like holdout19 (same sources, new seeds;
90 national, 100 provincial, 90 name-cue and 20 law sentences); every entity type the rules define is
labelled.

    python eval/ner/build_holdout21.py            # write holdout21.jsonl from ITEMS, print counts
    python eval/ner/build_holdout21.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout21.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout19.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout20.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs. build_holdout22.py (drawn by another helper at the same time) was in the checkout but not
committed when this set was drawn, so it is not among the seen files.

1. nat21: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(22221).sample(…, 90). No cue word is required.
2. prov21-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(22222).sample(…, 100).
3. prov21name-*: the same provincial sentences that contain one of NAME_CUES (holdout15's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(22223).sample(…, 90).
4. law21-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(22224).sample(…, 20).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat21 #039 is cut by the split at a line break (it ends in 中) and nat21 #040 before a title (it ends
in 《), prov21name #002 and #071 are the heading lines that name the reporting governor, and several
sentences are section headings without a final stop; all are readable report text and were kept.

The decisions this set adds (8, on 8 items) are marked NEW h21 on their items; the items' comments
say what they are.

Result: 300 sentences (90 nat21, 100 prov21, 90 prov21name, 20 law21), 254 entities: 114 place, 104 org,
25 person, 11 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat21 11 place, 14 org, 4 person, 7 date (19 sentences with an entity); prov21 41 place, 6 org,
2 date (28); prov21name 62 place, 83 org, 21 person, 2 date (57); law21 1 org (1).
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


# -- reading code, copied from build_holdout19.py (itself from build_holdout17.py, build_holdout15.py, build_holdout13.py,
# build_holdout11.py, build_holdout9.py, build_holdout7.py, build_holdout6.py and build_holdout2.py) so that all sets are read
# alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,…,19,20}.py, and the texts of their ITEMS."""
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
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py", "build_holdout15.py", "build_holdout16.py",
             "build_holdout17.py", "build_holdout18.py", "build_holdout19.py", "build_holdout20.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12, build_holdout13, build_holdout14, build_holdout15,
               build_holdout16, build_holdout17, build_holdout18, build_holdout19, build_holdout20)
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
            out += [("nat21", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov21-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(22221).sample(national_candidates(), 90)}
    drawn |= {s for _, s in random.Random(22222).sample(provincial_candidates(), 100)}
    return [(f"prov21name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law21-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 22221, 90), (provincial_candidates, 22222, 100), (provincial_name_candidates, 22223, 90),
         (law_candidates, 22224, 20)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout20.py (NEW h7 … NEW h20
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h21 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(22221).sample(…, 90), in sampled order
    ('nat21', '基本建设要退够，是今年调整工作的一个重要内容。',
     ''),
    # #001 the range shares its unit 年, one span (README *date*); 中国 inside the programme's title is labelled
    # (README); the poor areas are generic
    ('nat21', '加大力度支持革命老区、民族地区、边疆地区发展，颁布实施2011-2020年中国农村扶贫开发纲要，启动集中连片特殊困难地区扶贫开发攻坚工程，加快贫困地区脱贫致富步伐。',
     'date:2011-2020年 | place:中国'),
    ('nat21', '稳步推进城市群、都市圈建设，促进大中小城市和小城镇协调发展。',
     ''),
    # #003 去年 is relative
    ('nat21', '去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右，经过上下各方面的努力，实际回落到６．１％，明显低于预定的调控目标。',
     ''),
    # #004 NEW h21: the Non-Aligned Movement (不结盟运动), a standing grouping of states with its own summits and
    # chair, acting here as 一支重要力量, is a standing international body or mechanism, an org (as 东盟 and
    # 大湄公河次区域经济合作, README), not a campaign like 整风运动
    ('nat21', '具有广泛基础的不结盟运动，是维护世界和平的一支重要力量。',
     'org:不结盟运动'),
    ('nat21', '中国历来主张，地区冲突应该通过谈判解决，不赞成使用武力和外部武力干预。',
     'place:中国'),
    # #006 贸易中心 and 批发市场 are generic
    ('nat21', '除了某些重要生产资料和紧缺消费品仍由国家掌握并按计划供应外，计划外的和非计划的商品都可以在各种贸易中心和批发市场自由购销。',
     ''),
    # #007 the SARs are places (dev); 台湾 inside 台湾同胞 (dev); 祖国 is no name
    ('nat21', '向关心与支持祖国建设和统一的香港特别行政区、澳门特别行政区同胞和台湾同胞以及海外侨胞，表示诚挚的感谢！',
     'place:香港特别行政区 | place:澳门特别行政区 | place:台湾'),
    # #008 ○ as written (README)
    ('nat21', '电影故事片的摄制，必须在努力提高质量的前提下增加数量，计划由一九八○年的八十二部增加到一九八五年的一百二十部。',
     'date:一九八○年 | date:一九八五年'),
    ('nat21', '凡一个建设单位，不论其为新建、改建或恢复，它的全部投资额大于限额者，即是限额以上的建设单位；',
     ''),
    # #010 国家高新技术开发区 is a category
    ('nat21', '充分发挥国家高新技术开发区的集聚、引领和辐射作用。',
     ''),
    ('nat21', '近几年来的实践充分证明，凡是改革搞得比较好的企业，经营管理水平和企业素质有了较大的提高，市场观念和竞争意识有了较大的增强，企业的经济效益也就有了显著的增进。',
     ''),
    # #012 the summits, meetings and the climate conference are events, the names inside labelled; 二十国集团 and
    # 亚太经合组织 are orgs (dev); NEW h21: 世界经济论坛 (the World Economic Forum, a standing
    # international organisation that holds the Davos meeting) is an org also where its meeting is meant
    # (出席…等重大活动), as 中非合作论坛 (dev, holdout13), unlike a forum that is only an event
    # (欧亚经济论坛, holdout19)
    ('nat21', '习近平主席等国家领导人出访多国，出席联合国系列峰会、二十国集团领导人峰会、亚太经合组织领导人非正式会议、气候变化大会、东亚合作领导人系列会议、世界经济论坛等重大活动。',
     'person:习近平 | org:联合国 | org:二十国集团 | org:亚太经合组织 | place:东亚 | org:世界经济论坛'),
    ('nat21', '今年要对土地出让金收支和耕地保护情况进行全面审计。',
     ''),
    ('nat21', '同一九五七年比较，一九六四年供应的猪肉、羊肉、蔬菜等副食品，都增长百分之三十以上；',
     'date:一九五七年 | date:一九六四年'),
    ('nat21', '坚持不懈夯实农业基础，防灾减灾和综合生产能力稳步提高，乡村全面振兴取得新成效。',
     ''),
    ('nat21', '加快铁路、电力、盐业等行业改革。',
     ''),
    ('nat21', '加强房地产市场监测和市场行为监管，严厉查处各类违法违规行为。',
     ''),
    ('nat21', '事前没有进行可行性研究和技术经济论证，没有做好勘察设计等建设前期工作的，一律不得列入年度建设计划，更不准仓促开工。',
     ''),
    ('nat21', '这几年农村形势很好，主要是由于执行了一系列正确的政策，推行了多种形式的生产责任制，充分调动了农民的积极性。',
     ''),
    # #020 中央财政 is attributive (README); 困难地区 and 欠发达地区 are generic
    ('nat21', '中央财政加大对地方一般性转移支付力度，向困难地区和欠发达地区倾斜。',
     ''),
    ('nat21', '继续深化财税体制改革，完善所得税制度，调整消费税，开征遗产税。',
     ''),
    ('nat21', '抓紧修订中小企业划分标准，加快中小企业公共服务平台、信息服务网络和小企业创业基地建设，进一步减少、简化行政审批，坚决清理和取消不合理收费。',
     ''),
    # #023 中部地区 is a compass region (README *Where the sets disagree* 2)
    ('nat21', '抓紧研究制定促进中部地区崛起的规划和措施。',
     ''),
    # #024 鲁棉一号 is a crop variety, a product, 鲁 a one-character abbreviation
    ('nat21', '杂交水稻、鲁棉一号等优良品种的大面积推广，在粮棉增产中起了显著的作用。',
     ''),
    ('nat21', '要改革设计工作，积极采用先进的科技成果，修改不合理的设计规范，制订新的标准、定额。',
     ''),
    ('nat21', '它们在吸收外资、引进先进技术和科学管理经验方面，在了解国际市场、传递经济信息和培养人才方面，发挥了重要的窗口作用。',
     ''),
    ('nat21', '实施人才强国战略，加强人才队伍建设，要多渠道增加人力资源开发的投入，推进市场配置人才资源，规范人才市场管理。',
     ''),
    ('nat21', '对国有上市公司负责人和技术骨干，还可以试行期权制，但不能把国有资产量化给个人。',
     ''),
    # #029 海峡两岸 and 两岸 are not labelled (README)
    ('nat21', '我们看到，经过海峡两岸的共同努力，两岸经济贸易和人员往来不断发展，民间团体的事务性接触也有所进展，双方应继续为推动两岸的经济和文化交流，促进直接通邮、通航、通商作出努力。',
     ''),
    ('nat21', '所有基本建设工程，都要严格按照基本建设程序办事，坚决纠正那种边设计、边施工、边生产的错误作法。',
     ''),
    ('nat21', '要加快建立城市贫困居民的最低生活保障制度。',
     ''),
    ('nat21', '我们区别的标准是这样：许多限额以上的、特别是属于重点建设的厂矿，必须力求采用最新的技术，厂房也要尽可能地适合最新技术设备的要求；',
     ''),
    # #033 第二个五年计划 is a plan period
    ('nat21', '二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务',
     'date:一九五九年'),
    # #034 the elided 香港、澳门特别行政区政府 is labelled as written (README): 香港 a place, as
    # 墨西哥 in 墨西哥、越南驻渝总领馆 (holdout17), and the Macao SAR government with its place an org
    # (as 中国政府; 特别行政区政府 alone is generic, h5)
    ('nat21', '全力支持香港、澳门特别行政区政府和行政长官依法施政，大力发展经济、持续改善民生、有序推进民主、促进社会和谐。',
     'place:香港 | org:澳门特别行政区政府'),
    # #035 “七五” is a plan period
    ('nat21', '根据中共中央关于制定“七五”计划建议所提出的一系列正确方针，国务院在拟定计划草案的过程中，在经济建设方面着重考虑和研究了以下几个问题。',
     'org:中共中央 | org:国务院'),
    # #036 “两个毫不动摇” is no name
    ('nat21', '（三）切实落实“两个毫不动摇”。',
     ''),
    ('nat21', '特别是就业形势总体稳定，城镇新增就业1312万人，超过全年预期目标，成为经济运行的一大亮点。',
     ''),
    ('nat21', '三是大力深化改革开放，发展活力进一步增强。',
     ''),
    # #039 cut by the split at a line break (as nat17 #010); readable, kept; 共产党 is the party's name (NEW h11);
    # the cut 中 is a bare remnant, not labelled
    ('nat21', '事实上，正是在共产党领导下，中',
     'org:共产党'),
    # #040 cut by the split before a title (《 ends it, as nat9 #006); readable, kept
    ('nat21', '在国务院领导下，组织和动员各方面力量，经过两年多的深入研究和广泛论证，制定了《',
     'org:国务院'),
    ('nat21', '宏观调控与市场机制都是社会主义市场经济体制的组成部分。',
     ''),
    # #042 两岸 is no name; “两岸一家亲” is a slogan
    ('nat21', '我们将秉持“两岸一家亲”理念，同台湾同胞共担民族大义，共享发展机遇，携手构建两岸命运共同体。',
     'place:台湾'),
    ('nat21', '要逐步降低固定工的比例，大大提高临时工、季节工的比重，积极推行劳动合同制。',
     ''),
    # #044 底 is left out (README); 第七个五年计划 is a plan period
    ('nat21', '计划在一九八五年底前建成投产八千万吨，结转到第七个五年计划期间继续建设的有一亿四千万吨。',
     'date:一九八五年'),
    ('nat21', '（六）扎实推进区域协调发展战略。',
     ''),
    ('nat21', '扩大土地的利用除了开垦荒地和增加灌溉面积以外，应该进行土壤的改良工作，如变碱地和砂地为良田，变山坡地为梯田，变旱地为水田。',
     ''),
    # #047 原 (former) before the name is left out, as 大 before 京郊 (holdout19); 我国 is a self-reference
    ('nat21', '我国同新独立的原苏联各共和国建立了友好合作关系。',
     'place:苏联'),
    ('nat21', '保持国民经济较快增长，是扩大就业、改善人民生活和维护社会稳定的基础，也是推进结构调整和深化改革的重要条件。',
     ''),
    ('nat21', '订出来了，也不可能很好地去执行。',
     ''),
    # #050 exchanges are orgs (README)
    ('nat21', '设立北京证券交易所和广州期货交易所。',
     'org:北京证券交易所 | org:广州期货交易所'),
    # #051 中华民族 is not labelled (README)
    ('nat21', '建设与和平，改革和开放，维护中华民族的尊严和在国际事务中坚持大小国家一律平等，是统一的、不可分割的。',
     ''),
    ('nat21', '直接为生产建设服务的任务，应当放在首要的地位。',
     ''),
    ('nat21', '扩大计划单列的大型联合企业、国家重点支持的大中型骨干企业在组织实施基本建设和技术改造方面的权限。',
     ''),
    ('nat21', '说到技术力量不足和资源情况很多不明，这是不错的。',
     ''),
    ('nat21', '新建铁路投产里程8427公里，高速铁路运营里程达1.6万公里，占世界的60%以上。',
     ''),
    ('nat21', '清欠要从政府投资的工程做起，同时督促各类企业加快清欠。',
     ''),
    ('nat21', '加强与各主要大国协调合作，建设良性互动、合作共赢的大国关系。',
     ''),
    ('nat21', '加强对引进技术的消化吸收与创新提高。',
     ''),
    # #059 the conference is an event, 中东 inside it labelled; 中东问题 again
    ('nat21', '我们支持在联合国主持下召开中东问题国际会议，全面公正地解决中东问题。',
     'org:联合国 | place:中东 | place:中东#2'),
    ('nat21', '加强重要商品产运销衔接，完善政府储备和商业储备体系，做好主要农产品收储和投放，增强市场调控能力。',
     ''),
    # #061 “七五” is a plan period
    ('nat21', '“七五”期间，必须改变过去那种争投资、铺摊子、长期不能竣工投产的状况，增强时间观念、利息观念和资金周转观念，坚决按合理工期组织施工。',
     ''),
    ('nat21', '同时，要深化保险业改革，拓宽服务领域；',
     ''),
    ('nat21', '坚持和完善以家庭联产承包为主的责任制和统分结合的双层经营体制，积极发展多种形式的农村社会化服务体系，逐步壮大集体经济实力。',
     ''),
    ('nat21', '超级大国的军事介入，孕育着冲突升级的危险，我们是不赞成的。',
     ''),
    ('nat21', '由此而新增加的生产能力有：合成氨四万七千吨，磷肥五十四万八千吨，磷矿石粉三十万吨。',
     ''),
    ('nat21', '全面推广高速公路差异化收费，坚决整治违规设置妨碍货车通行的道路限高限宽设施和检查卡点。',
     ''),
    ('nat21', '我国的社会主义建设是跟社会主义革命同时进行和互相促进的。',
     ''),
    ('nat21', '我们永远不称霸，永远不做超级大国，永远站在全世界被压迫人民和被压迫民族一边。',
     ''),
    # #069 中央财政 is attributive
    ('nat21', '中央财政安排219亿元支持116户国有企业实施政策性关闭破产，企业分离办社会职能工作继续进行。',
     ''),
    ('nat21', '大幅压缩外资准入负面清单，扩大金融、汽车等行业开放，一批重大外资项目落地，新设外资企业增长近70%。',
     ''),
    ('nat21', '落实好新修订的个人所得税法，使符合减税政策的约8000万纳税人应享尽享。',
     ''),
    # #072 周总理 is a title with a surname (README); 马克思 and 列宁 in 马克思列宁主义 (holdout19) and
    # 毛泽东 in 毛泽东思想 (README) are persons
    ('nat21', '周总理说，我国国民经济调整工作的巨大成就，自力更生地进行建设的力量的增强，充分地证明了社会主义制度的优越性，证明了我国各族人民奋发图强的伟大力量，证明了社会主义建设总路线的正确，证明了马克思列宁主义、毛泽东思想是战无不胜的。',
     'person:马克思 | person:列宁 | person:毛泽东'),
    ('nat21', '做好新形势下的政府工作，必须不断加强政府自身改革和建设。',
     ''),
    ('nat21', '主要是：提高农村义务教育阶段中小学公用经费保障水平，建立农村中小学校校舍维修改造投入机制，完善农村中小学教师工资经费保障机制。',
     ''),
    # #075 省、市、县政府部门 is generic
    ('nat21', '省、市、县政府部门制定公布权责清单。',
     ''),
    ('nat21', '不能把出售作为国有小企业改革的主要形式，需要出售的要按照国家规范的办法进行，坚决制止名卖实送、半卖半送和逃废银行债务及国家税款、规避安置职工的错误做法。',
     ''),
    ('nat21', '（六）从上到下建立和健全农业科学研究和技术推广的系统，全面贯彻农业“八字宪法”，重点抓好培育和推广良种，改进耕作制度，广开肥源，大抓有机肥料，合理使用化肥。',
     ''),
    ('nat21', '近期内可以利用的长期低息贷款，主要应该用在能源、交通等基础设施的建设上。',
     ''),
    ('nat21', '不然的话，就会把短时间内可以见效的建设项目挤掉，就会挤农业生产、挤轻工市场、挤智力开发，严重影响经济的近期增长速度，甚至会重新造成国民经济的比例失调。',
     ''),
    ('nat21', '要严控非税收入不合理增长，严厉整治乱收费、乱罚款、乱摊派，不得扰民渔利，让市场主体安心经营、轻装前行。',
     ''),
    ('nat21', '加强流动人口计划生育服务管理。',
     ''),
    ('nat21', '在杂交水稻和沼气的大面积推广应用、农业自然资源的调查和区域规划等方面，都作出了新的成绩。',
     ''),
    # #083 省（自治区、直辖市）政府 is generic
    ('nat21', '国务院和省（自治区、直辖市）政府分别选择一批企业，进行建立现代企业制度的试点。',
     'org:国务院'),
    # #084 周总理 is a title with a surname (README); “东风压倒西风” is a saying
    ('nat21', '周总理说，当前的国际形势仍然是“东风压倒西风”。',
     ''),
    ('nat21', '（五）推进新一轮高水平对外开放，着力实现合作共赢。',
     ''),
    ('nat21', '深化人才发展体制改革，实施更加有效的人才引进政策，广聚天下英才，充分激发科研人员积极性，定能成就创新大业。',
     ''),
    ('nat21', '所以在我们的国家机关中，官僚主义就有可能滋长起来。',
     ''),
    ('nat21', '为了保障社会主义社会的稳定前进和城乡各界居民的安居乐业，我们对于一切拒绝改恶从善的犯罪分子的斗争，是无论什么时候也不会放松的。',
     ''),
    # #089 中央部门 is attributive (README)
    ('nat21', '既要反对中央部门管得过多过死、束缚地方积极性的倾向，也要反对不顾国家统一计划，只考虑一个地区、一个部门局部利益的倾向。',
     ''),

    # -- the 31 provinces' 2025 reports: Random(22222).sample(…, 100), in sampled order
    ('prov21-jiangsu', '既要坚决守住根本原则不动摇、不偏轨，又要大力提振锐气胆魄抓创新、勇攻坚，在全面深化改革中先立后破、向“新”而行，扎实推进实践创新、制度创新、文化创新以及其他各方面创新，不断激发经济社会发展的源头活水。',
     ''),
    # #001 全国百强县 is a ranking
    ('prov21-liaoning', '加快补齐县域经济短板，培育壮大强县富民产业，瓦房店、海城、庄河上榜全国百强县。',
     'place:瓦房店 | place:海城 | place:庄河'),
    ('prov21-yunnan', '年度目标：遴选3600名高校优秀学生到农村地区开展体育、音乐、美术等实习支教，补齐师资短板，推动中小学体育美育日常化、多样化、特色化发展。',
     ''),
    # #003 山西转型综改示范区 is a programme zone: only 山西 (README)
    ('prov21-shanxi', '山西转型综改示范区做大先进制造业、数字经济核心产业、现代服务业产业集群。',
     'place:山西'),
    # #004 “无废岛” is no name; the cooperation zone with its place (保亭) in parentheses is a named area
    # taken whole, as 中柬(北海)产业园 (holdout6) and the 合作区 of holdout7 and holdout15; the low-carbon
    # parks are generic
    ('prov21-hainan', '启动“无废岛”建设，推动中欧（保亭）绿色数字创新合作区、重点低碳园区等标志性工程落地实施。',
     'place:中欧（保亭）绿色数字创新合作区'),
    # #005 “两山七河五湖” is a count; 岩溶大泉 is generic
    ('prov21-shanxi', '实施国家级重大生态保护和修复治理项目，持续推进“两山七河五湖”、岩溶大泉、湿地生态修复治理，综合治理采煤沉陷区和水土流失，水土保持率达到66.2%。',
     ''),
    ('prov21-hainan', '（四）着力推动服务业高质量发展',
     ''),
    ('prov21-hubei', '着力构建体现湖北优势的现代化产业体系。',
     'place:湖北'),
    ('prov21-guangdong', '九是提升食品、药品安全抽检水平和开展放心消费活动；',
     ''),
    ('prov21-guizhou', '开展大规模技能提升培训行动，建立就业培训联盟，大力推广“订单班”“定岗班”，完成职业技能培训60万人次。',
     ''),
    # #010 陕西 in 平安陕西, as 福建 in 美丽福建 (holdout7)
    ('prov21-shaanxi', '（九）坚决守牢安全底线，建设更高水平平安陕西',
     'place:陕西'),
    ('prov21-yunnan', '交能融合、绿美通道经济项目入选绿色低碳交通强国建设专项试点。',
     ''),
    ('prov21-shanghai', '深入开展安全生产治本攻坚三年行动，聚焦危化品、燃气、建筑施工、道路交通、电动自行车、电气、高层建筑、厂房仓库、大型群众性活动、生命通道等重点领域、重点场所，大力排查整治事故隐患。',
     ''),
    ('prov21-anhui', '高质量推进二轮土地承包到期延包整省试点，完成年内到期662万农户延包任务。',
     ''),
    ('prov21-chongqing', '健全社会工作体制机制，支持社会组织参与社会治理。',
     ''),
    ('prov21-guangdong', '发展壮大工业母机、医疗装备、精密仪器等产业，打造全国高端装备制造重要基地。',
     ''),
    ('prov21-anhui', '坚持以开放促改革、促发展，加快外向型经济转型升级，积极推进制度型开放，深度参与全球产业分工合作。',
     ''),
    # #017 “千万工程” is a programme; 全区 is a self-reference
    ('prov21-inner_mongolia', '要学习运用“千万工程”经验，实施数字乡村强农惠农富农专项行动，深入开展防止返贫就业攻坚行动，持续巩固拓展脱贫攻坚成果，确保脱贫地区农牧民人均可支配收入增速不低于全区和全国平均水平，守住不发生规模性返贫致贫的底线。',
     ''),
    ('prov21-guangxi', '全面贯彻总体国家安全观，确保经济社会发展大局稳定。',
     ''),
    ('prov21-zhejiang', '提能升级建设800个防汛防台体系标准化乡镇（街道）。',
     ''),
    # #020 南水北调 is a project; 千渠 (read as the trunk canal, 干渠) is generic; 流域 after the river's
    # name is taken with it (h5)
    ('prov21-henan', '加强南水北调核心水源区和千渠沿线周边生态治理，推进五里川河流域综合治理，确保“一清水永续北上”',
     'place:五里川河流域'),
    ('prov21-ningxia', '五是突出培育第一增长极目标，奋力打好数字经济深度融合攻坚战。',
     ''),
    ('prov21-anhui', '规范实施政府和社会资本合作新机制，向民间资本推介更多优质项目。',
     ''),
    ('prov21-yunnan', '聚焦“两重”“两新”扩大有效投资，坚持项目化、产业化、市场化、高质量导向，连续12个季度召开重大产业项目推进会，产业投资占全部投资比重达52.1%，产业民间投资占全部民间投资比重达66.5%。',
     ''),
    ('prov21-yunnan', '全面提高民族宗教事务治理水平。',
     ''),
    ('prov21-guangdong', '繁荣哲学社会科学，加强参事文史、地方志等工作。',
     ''),
    # #026 the slogan “山海有情·天辽地宁” holds no name (辽 and 宁 apart)
    ('prov21-liaoning', '让“山海有情·天辽地宁”更加亲和、更有内涵、更具魅力，让更多宾客畅游辽宁、品味辽宁、爱上辽宁。',
     'place:辽宁 | place:辽宁#2 | place:辽宁#3'),
    ('prov21-guizhou', '增加“一场三站”到重点景区客运直达线路，改造提升步道、索道、停车场等公共基础设施，畅通重点景区内部“微循环”，提档升级旅游厕所、标识标牌等配套设施。',
     ''),
    # #028 “渝货精品” and “渝悦消费” hold the one-character abbreviation 渝
    ('prov21-chongqing', '开展“渝货精品”培育壮大工程，加力扩围消费品以旧换新政策，稳住汽车、家电家居等大宗消费，扩大家政、康养、托幼等服务消费，大力发展四首经济、冰雪经济、夜间经济，培育数字消费、绿色消费、健康消费、低空消费，营造“渝悦消费”环境。',
     ''),
    # #029 南海 (the South China Sea) is a sea area
    ('prov21-hainan', '南海深海考古累计提取文物928件（套）。',
     'place:南海'),
    # #030 the quoted campaign's name holds the place twice
    ('prov21-hainan', '“海南学子·就在海南”等就业服务活动累计提供岗位16.6万个，高校毕业生去向落实率保持较高水平。',
     'place:海南 | place:海南#2'),
    # #031 the championships, the Grand Prix, the Masters, the marathon and the regattas are events, the places inside
    # labelled (as 兰州马拉松, holdout9); F1 is a racing series, not labelled
    ('prov21-shanghai', '办好世界赛艇锦标赛、F1中国大奖赛、上海网球大师赛等国际赛事，提升上海马拉松、上海赛艇公开赛、上海帆船公开赛等自主品牌赛事能级。',
     'place:中国 | place:上海 | place:上海#2 | place:上海#3 | place:上海#4'),
    # #032 枫桥 inside “枫桥经验” (holdout11, holdout13, holdout17)
    ('prov21-shaanxi', '坚持和发展新时代“枫桥经验”，建立矛盾纠纷集中领域排查化解机制，提高信访工作法治化水平。',
     'place:枫桥'),
    # #033 宛平城 (the walled town of Wanping) is a historic site, a place (README); 回天 (回龙观 and
    # 天通苑) in the plan's name is a string of abbreviations, not labelled (as 湘赣边, holdout9); 老旧小区
    # and 背街小巷 are generic
    ('prov21-beijing', '实施500个老旧小区综合整治，治理背街小巷1100条，改造提升老旧厂房40处，优化城市家具设置及管理，改善宛平城等12个重点区域周边环境面貌，做好第二轮回天行动计划收官。',
     'place:宛平城'),
    ('prov21-jilin', '严格规范公正文明执法，强化执法监督。',
     ''),
    # #035 the carmakers by their short names (BAIC, Xiaomi, Li Auto) are orgs (README: companies by short name);
    # 在京 holds the abbreviation 京
    ('prov21-beijing', '医药健康产业规模首次突破万亿元，北汽、小米、理想等重点整车项目陆续投产、在京生产新能源汽车约30万辆、增长近3倍，人工智能核心产业规模突破3000亿元，集成电路重大项目顺利实施；',
     'org:北汽 | org:小米 | org:理想'),
    ('prov21-guangxi', '加强公平竞争审查刚性约束，清理妨碍公平竞争的各种规定和做法。',
     ''),
    # #037 30年来 is a duration
    ('prov21-jiangsu', '深入推动新一轮太湖综合治理，总磷浓度达到2007年以来同期最好水平，湖体平均水质30年来首次达Ⅲ类、首次达到良好湖泊水平。',
     'place:太湖 | date:2007年'),
    ('prov21-jiangxi', '健全基本养老、基本医疗保险筹资和待遇合理调整机制，推进职工医保个人账户资金跨省共济，加强医保基金运行管理，建立医保支付资格管理制度。',
     ''),
    ('prov21-guangxi', '保障生猪、蔬菜等重要农产品稳定供给。',
     ''),
    ('prov21-sichuan', '与此同时，其他各方面工作都取得了新进展新成效。',
     ''),
    ('prov21-hainan', '修订“零关税”进口交通工具及游艇管理办法，推动优化调整原辅料“零关税”清单、跨境服务贸易负面清单。',
     ''),
    ('prov21-henan', '超硬材料集群、现代农机装备集群获评国家先进制造业集群。',
     ''),
    # #043 辽东 (eastern Liaoning) with 地区 is a direction joined to a place name with its area word, as
    # 粤东地区 (README *Where the sets disagree* 2, 3)
    ('prov21-liaoning', '辽东地区加快“绿色”“特色”发展步伐，林下经济、生态文旅等产业提速提质。',
     'place:辽东地区'),
    ('prov21-tibet', '积极推进通用机场建设，稳步发展低空经济。',
     ''),
    ('prov21-gansu', '推动冶金有色产业精深化跃升，做优镍钴铜铝加工千亿级产业链，争取建设有色金属和战略性矿产资源储备基地。',
     ''),
    # #046 “苏科贷” and 在苏 hold the one-character abbreviation 苏
    ('prov21-jiangsu', '优化人才选拔、培养、评价、激励等机制，建强用好科创服务队伍，拓展“苏科贷”“人才贷”等金融服务，提升外国人在苏工作便利度，构建更有竞争力的人才政策体系。',
     ''),
    ('prov21-heilongjiang', '着力补齐城镇供热短板，智慧供热覆盖面积2.5亿平方米，供热质效大幅提升，全力保障群众温暖过冬。',
     ''),
    ('prov21-henan', '加快发展智慧农业，争创国家农业（育种）人工智能应用基地。',
     ''),
    ('prov21-gansu', '省级层面112项改革举措取得重要成果，23项“小切口”改革事项落地见效。',
     ''),
    ('prov21-sichuan', '加快发展多层次、多支柱养老保险体系。',
     ''),
    ('prov21-shaanxi', '全省研发经费投入强度进一步提升，技术合同成交额5000亿元以上。',
     ''),
    # #052 as 湖南高等研究院 (holdout17)
    ('prov21-anhui', '提升高校应用型人才培养能力，推动安徽高等研究院实体化运行。',
     'org:安徽高等研究院'),
    ('prov21-shanghai', '新增公办幼儿园托班托额5155个、社区托育托额9034个，开设小学生爱心寒暑托班928个。',
     ''),
    ('prov21-zhejiang', '持续做好机构改革“后半篇文章”，完善机构职能体系，深化事业单位改革。',
     ''),
    ('prov21-jilin', '强化教育人才支撑，实施高等教育“百亿工程”“办学条件改善工程”，打造一批高水平应用型学科，超前布局战略性新兴产业、未来产业急需的学科专业。',
     ''),
    ('prov21-fujian', '深化拓展和美乡村“五个美丽”建设，统筹推进农村改厕、生活垃圾和污水治理、村容村貌美化提升，完成农村建设品质提升投资260亿元以上。',
     ''),
    # #057 “险资入甘” holds the one-character abbreviation 甘
    ('prov21-gansu', '金融服务实体经济质效提升，社会融资规模增加1128亿元，完成直接融资979亿元、增长7.9%，新增“险资入甘”落地资金213.4亿元、增长46.7%。',
     ''),
    ('prov21-ningxia', '始终把让人民过上幸福生活作为头等大事，全面加强基础性普惠性兜底性民生事业建设，投入125亿元办好40件群众急难愁盼民生实事，切实提高人民群众对公共服务的满意度。',
     ''),
    ('prov21-fujian', '支持企业发展要以解决实际问题为要，甘居幕后，不能今天去一趟、明天去一趟，导致企业不胜困扰，好心办了坏事。',
     ''),
    ('prov21-hainan', '稳妥推进渐进式延迟法定退休年龄改革。',
     ''),
    # #061 港澳台 is a string of abbreviations
    ('prov21-sichuan', '港澳台和侨务工作服务开放发展成效明显。',
     ''),
    ('prov21-gansu', '三是统筹新型城镇化和乡村振兴，促进城乡融合发展',
     ''),
    ('prov21-shanxi', '一体推动兴业、强县、富民，每个县发展1—2个带动能力强、就业容量大的特色产业，培育农业强县、工业大县、旅游名县。',
     ''),
    ('prov21-yunnan', '倡导清单即激励民营经济人士践行“两个健康”，在爱国敬业、守法经营、创业创新、回报社会等方面争当典型示范，大力弘扬企业家精神的行为事项。',
     ''),
    ('prov21-inner_mongolia', '加快工业领域节能技术推广应用，主动参与全国碳市场建设，建立适应碳排放“双控”的政策体系，推动2.0版零碳园区建设，扩大林草碳汇开发交易规模。',
     ''),
    ('prov21-sichuan', '快递业务量增长26%，限额以上单位通过互联网实现的餐饮收入增长27.3%。',
     ''),
    ('prov21-fujian', '建设生育友好型社会，制定完善生育补贴、普惠托育服务专项奖补等政策，推进公办幼儿园改造新增普惠托位，加快建设多层次、广覆盖的托育服务供给体系。',
     ''),
    # #068 中央生态环境保护督察: 中央 is attributive; “五河两岸一湖一江” is a count
    ('prov21-jiangxi', '扎实推进中央生态环境保护督察反馈问题等整改，推动“八大标志性战役30个专项行动”提质增效，深化“五河两岸一湖一江”全流域治理，深入实施鄱阳湖总磷污染控制与削减、城镇生活污水治理攻坚专项行动，纵深推进美丽河湖建设。',
     'place:鄱阳湖'),
    ('prov21-guizhou', '我们的政府是人民政府，必须始终把人民放在心中最高位置，一切工作为了人民。',
     ''),
    ('prov21-hebei', '抓好国家级二轮到期延包整县试点，发展壮大新型农村集体经济。',
     ''),
    # #071 the motorways are roads; 汾石 and 浮临 are strings of one-character abbreviations of the places they
    # join, not labelled
    ('prov21-shanxi', '汾石、浮临高速建成通车，提前一年实现县县通高速公路。',
     ''),
    ('prov21-shandong', '推广多环节托管模式，综合机械化率达到92%以上。',
     ''),
    # #073 “中华文明探源” holds 中华, not labelled (README); NEW h21: 海岱 (the land between the sea and
    # Mount Tai, the old name of the Shandong region) is a traditional region name, a place as 江淮 (holdout9) and
    # 湖湘 (README), not a pair of abbreviations, labelled inside the project's quoted name
    ('prov21-shandong', '实施“中华文明探源”“海岱考古”等项目。',
     'place:海岱'),
    # #074 自贸试验区 is a programme zone: only the places (as prov17 #011)
    ('prov21-anhui', '中国（安徽）自贸试验区推出全国首创制度创新成果12项。',
     'place:中国 | place:安徽'),
    # #075 中国 in 中国式现代化 (README); 福建 in 福建智慧 and 福建方案
    ('prov21-fujian', '要以“舍我其谁挑重担”的担当作出示范，秉持更高标准，坚持善作善成，创造更多契合实际的好经验好做法，努力为中国式现代化贡献更多福建智慧、福建方案。',
     'place:中国 | place:福建 | place:福建#2'),
    ('prov21-fujian', '（七）坚持守正创新，提升文化影响力、展示福建新形象。',
     'place:福建'),
    ('prov21-jiangxi', '加强非物质文化系统性保护和活态传承，推动传统工艺振兴，打造一批“非遗国潮”。',
     ''),
    # #078 我国 is a self-reference
    ('prov21-shanghai', '同时，我国经济基础稳、优势多、韧性强、潜能大，长期向好的支撑条件和基本趋势没有变。',
     ''),
    ('prov21-yunnan', '开工改造城镇老旧小区2878个、居全国第5位。',
     ''),
    # #080 江苏 inside the quoted campaign; 拉美 is a world region (holdout7)
    ('prov21-jiangsu', '深化“江苏优品行全球”行动，培育出口品牌，用好出口信用保险等政策工具，巩固传统市场，开拓东盟、中亚、拉美、非洲等新兴市场。',
     'place:江苏 | org:东盟 | place:中亚 | place:拉美 | place:非洲'),
    # #081 投洽会 is an event
    ('prov21-fujian', '深入实施外商投资准入前国民待遇加负面清单管理制度，落实制造业领域外资准入限制措施“清零”要求，加强外商投资服务保障，办好第二十五届投洽会。',
     ''),
    # #082 国家中医药传承创新发展试验区 is a designation
    ('prov21-guangxi', '防城港获批建设国家中医药传承创新发展试验区。',
     'place:防城港'),
    ('prov21-jiangxi', '结构性矛盾较为突出，部分地区、产业和经营主体困难较大；',
     ''),
    ('prov21-tianjin', '完善生育支持政策，推进区级托育综合服务中心建设。',
     ''),
    ('prov21-shanxi', '深入开展“10+N”公共就业服务专项活动，创业融资服务工作站覆盖85%以上县（市、区）。',
     ''),
    # #086 内陆地区 is generic; the assembly centre is a facility; 中欧班列 is a service (holdout9)
    ('prov21-henan', '建成内陆地区首个国际公路运输集结中心，中欧班列累计开行1.3万列。',
     ''),
    ('prov21-guangxi', '巩固深化党纪学习教育成果，持之以恒正风肃纪反腐，纵深推进党风廉政建设和反腐败斗争。',
     ''),
    # #088 我省 is a self-reference
    ('prov21-guangdong', '今年我省创新民生实事遴选工作机制，首次由省人大常委会测评候选项目，推动省十件民生实事更贴民意、更合民需、更有成色。',
     'org:省人大常委会'),
    # #089 the bare year inside the programme's name “2030先锋工程” is a date (holdout11 prov11 #073); the
    # award is not labelled
    ('prov21-jiangxi', '实施省级重大专项“2030先锋工程”，每万人有效发明专利拥有量突破10件，5项成果获国家科学技术奖。',
     'date:2030'),
    # #090 the 先导区 is a designation
    ('prov21-hunan', '开展“人工智能+”和“数据要素×”行动，打造国家绿色智能计算产业先导区、力争产业规模突破万亿元，数字经济核心产业增加值增长15%。',
     ''),
    # #091 广东 in 绿美广东, 中国 in 美丽中国先行区 (README)
    ('prov21-guangdong', '（八）深入推进绿美广东生态建设，加快打造美丽中国先行区。',
     'place:广东 | place:中国'),
    ('prov21-shandong', '外经外贸持续提升，进出口达3.38万亿元、出口首次突破2万亿元。',
     ''),
    # #093 首都 is a common noun (README)
    ('prov21-beijing', '——我们牢记嘱托、忠诚履职，首都功能持续优化提升。',
     ''),
    ('prov21-beijing', '细化实化安全生产责任体系，强化基层应急基础和力量，坚决防范遏制重特大和有社会影响的事故发生。',
     ''),
    # #095 港澳台 is a string of abbreviations
    ('prov21-shanghai', '加强与港澳台交流合作，深化外事、侨务工作。',
     ''),
    # #096 “陕靓焕新” holds the abbreviation 陕; 三秦 (Shaanxi) is a traditional region name, as 三晋
    # (README)
    ('prov21-shaanxi', '实施“陕靓焕新”“放心消费在三秦”等促消费活动，新能源汽车、智能手机零售额分别增长36.9%、58%，社会消费品零售额增长4.8%。',
     'place:三秦'),
    # #097 省部院 is no name; the big-science facilities are not labelled; NEW h21: 鹏城 (the traditional name of
    # Shenzhen) inside the facility's name 鹏城云脑网络智能设施 is a place, as 金凤 in 金凤隧道
    # (holdout9); the national supercomputing centre's second phase is a facility being built (as
    # 宁德时代绿色超算中心, holdout19): only 深圳
    ('prov21-guangdong', '持续深化省部院科技合作，开工建设鹏城云脑网络智能设施、人类细胞谱系、冷泉生态系统，建成国家超算深圳中心二期，推动实施人体蛋白质组导航国际大科学计划。',
     'place:鹏城 | place:深圳'),
    ('prov21-guangxi', '按照国家要求坚决完成节能减排降碳任务。',
     ''),
    ('prov21-jiangxi', '实施绿色转型标准提升行动，健全资源循环利用体系，推动节能环保产业高质量发展，深化全域“无废城市”建设，让更多资源成为服务发展的“宝藏”。',
     ''),

    # -- the same provincial sentences with a name cue (NAME_CUES), leaving out those drawn above: Random(22223).sample(…,
    # 90), in sampled order
    # #000 “五个针对” and “八项行动” are no names; the national medical centre is a category, and
    # counted (全国首个)
    ('prov21name-tibet', '“五个针对”“八项行动”深入开展，紧密型县域医共体实现全覆盖，全国首个民族医类国家医学中心正式获批。',
     ''),
    # #001 总书记 alone is a title; “三地一区” is a count
    ('prov21name-anhui', '总书记指出，安徽要发挥多重国家发展战略叠加优势，在打造具有重要影响力的“三地一区”上持续发力，在深度融入新发展格局、推动高质量发展、全面建设美好安徽上取得新的更大进展，奋力谱写中国式现代化安徽篇章。',
     'place:安徽 | place:安徽#2 | place:中国 | place:安徽#3'),
    # #002 the heading: the session ordinal splits the congress's name (README); 省长 is a title
    ('prov21name-shanxi', '2025年1月17日在山西省第十四届人民代表大会第三次会议上山西省省长金湘军作政府工作报告',
     'date:2025年1月17日 | place:山西省 | org:人民代表大会 | place:山西省#2 | person:金湘军'),
    # #003 the national centre and the epidemic-prevention base are categories (as in prov19name #079); the
    # “旗舰” hospitals are generic
    ('prov21name-fujian', '加快中医药传承创新发展，推动中西医协同“旗舰”医院试点、国家中医药传承创新中心和国家中医疫病防治基地等项目建设。',
     ''),
    # #004 国家中心城市 is a status; 主城区 and 特大城市 are generic
    ('prov21name-henan', '推进郑州国家中心城市市城一体化，优化主城区开发强度和人口密度，强化科技创新、高端制造、现代服务、人文交往等能力，加快转变特大城市发展方式，持续提升综合实力和发展能级。',
     'place:郑州'),
    # #005 央企 is generic (README)
    ('prov21name-shanghai', '中国数联物流信息有限公司等央企落户。',
     'org:中国数联物流信息有限公司'),
    # #006 深儋合作区 (the Shenzhen-Danzhou cooperation zone, which companies settle in) is a named area taken
    # whole as 横琴合作区 (holdout7), a name that holds the abbreviations 深 and 儋 (README: 宿连航道); the
    # two groups are companies
    ('prov21name-hainan', '深儋合作区落地深农集团、深圳港集团等企业，万亩种植基地投入运营。',
     'place:深儋合作区 | org:深农集团 | org:深圳港集团'),
    ('prov21name-anhui', '境内上市公司数量增至184家、居全国第7位。',
     ''),
    # #008 “五大任务” is a count
    ('prov21name-inner_mongolia', '“五大任务”是习近平总书记赋予内蒙古的战略定位，是我们必须履行好的重要职责使命。',
     'person:习近平 | place:内蒙古'),
    # #009 昆仑 inside the institute not labelled again; 《国家宝藏》 is a TV programme's title, not labelled;
    # 中华文明 holds 中华, not labelled; NEW h21: 河湟 (the land of the Yellow and Huangshui rivers) is a
    # traditional region name, a place as 江淮 (holdout9) and as in 河湟新区 (h5), labelled inside the
    # documentary's title; 青海 inside the quoted league's name (an event)
    ('prov21name-qinghai', '设立昆仑文化研究院，条纹彩陶靴入选《国家宝藏》中华文明标识，推出《河湟文化》等系列纪录片，“大美青海·高原足球”超级联赛激情四射，“农体文旅商”融合发展迸发新活力。',
     'org:昆仑文化研究院 | place:河湟 | place:青海'),
    # #010 the bonded zone and the free trade zone are programme zones; 上合组织 inside the base's name is the org
    # (holdout11); the assembly centre is a facility: only 西安; 中欧班列 is a service
    ('prov21name-shaanxi', '推动自贸试验区提质增效，提升综合保税区、上合组织农业基地等平台能级，发挥好中欧班列综合带动作用，强化西安集结中心“枢纽对枢纽”开放功能，推进港贸产城融合发展，构建“物流＋贸易＋金融＋产业”的中欧班列经济圈。',
     'org:上合组织 | place:西安'),
    ('prov21name-fujian', '我们要始终坚持以人民为中心的发展思想，优先抓好民生领域改革，加快补齐民生短板，不断提升社会建设和治理水平，持续营造和谐包容的氛围，把老百姓身边的大事小情解决好，让大家笑容更多、心里更暖。',
     ''),
    # #012 NEW h21: “南繁硅谷” is a nickname in which 硅谷 (Silicon Valley) stands for a kind of place, a
    # high-tech hub, and names no place: not labelled (unlike 中国 in 美丽中国, README, which names the
    # country); 南繁 is the breeding activity (holdout2); the alliance is an org, named with its place (README); the
    # seed congress is an event, 亚洲 inside it labelled
    ('prov21name-hainan', '向种图强，“南繁硅谷”已建成20个种业科研平台，南繁种业产值增长47.75%，海南南繁种业集团、崖州湾生物育种产业联盟组建成立，亚洲种子大会成功举办。',
     'org:海南南繁种业集团 | org:崖州湾生物育种产业联盟 | place:亚洲'),
    # #013 the university science parks are a category; the university technology-transfer centres are a kind being
    # piloted, not the one national institution of README
    ('prov21name-gansu', '强化高校学科建设，实施产教融合提质赋能工程，加快建设甘肃高等研究院，优化3家国家大学科技园，建强30家高校产业研究院，启动高校区域技术转移转化中心试点。',
     'org:甘肃高等研究院'),
    # #014 定日 (Tingri county) is a place
    ('prov21name-tibet', '各位代表!我们要坚决贯彻落实习近平总书记关于定日抗震救灾工作的重要指示精神和党中央决策部署，继续开展救援善后工作，用心用情保障受灾群众基本生活，统筹好临时安置和过渡期安置，确保安全温暖过冬。',
     'person:习近平 | place:定日 | org:党中央'),
    # #015 the institute taken whole with its parenthesis as written; 鸿雁 is a product
    ('prov21name-xinjiang', '成立新疆航空产业(低空经济)研究院，鸿雁大型无人机投产组装。',
     'org:新疆航空产业(低空经济)研究院'),
    # #016 闽江大学 is the college's new name, an org
    ('prov21name-fujian', '支持闽江学院更名闽江大学、福建福耀科技大学开办招生、黎明职业大学等高职院校升格本科。',
     'org:闽江学院 | org:闽江大学 | org:福建福耀科技大学 | org:黎明职业大学'),
    # #017 兴滇 holds the abbreviation 滇
    ('prov21name-yunnan', '开展大学生兴滇创业就业三年行动，实施重点领域、重点行业、城乡基层和中小微企业就业支持计划，促进高校毕业生、脱贫人口、农民工、退役军人等重点群体就业，加强就业困难群体帮扶，激发青年群体、退役军人等创业热情。',
     ''),
    # #018 自治区藏医院 is level-qualified; 华西二院西藏医院 is a branch hospital taken whole (holdout7
    # prov7name #005), the category 国家区域医疗中心 after it left out; the campus is taken whole with its
    # university (README); the water-diversion project is a project: only 旁多 (as 宣威, holdout11); 自治区
    # alone is not labelled
    ('prov21name-tibet', '扎实推进自治区藏医院改造提升工程、华西二院西藏医院国家区域医疗中心、西藏大学教育城校区、旁多引水工程以及重点市政道路基础设施等项目，向自治区成立60周年献礼。',
     'org:自治区藏医院 | org:华西二院西藏医院 | org:西藏大学教育城校区 | place:旁多'),
    # #019 the platform and the industrial innovation centre are functional descriptions; the hub project is a project
    ('prov21name-chongqing', '抢抓“两重”“两新”政策机遇，建立重大项目谋划储备工作机制，国家健康战略安全创新平台、卫星互联网应用产业创新中心、综合枢纽集疏运提升工程等重大项目启动建设。',
     ''),
    # #020 国际科技创新中心 is a status (holdout7)
    ('prov21name-shanghai', '加快国际科技创新中心建设，创新策源能力实现新突破。',
     ''),
    # #021 “映山红行动” is a campaign
    ('prov21name-jiangxi', '纵深推进企业上市“映山红行动”升级工程，支持上市公司高质量发展和并购重组。',
     ''),
    ('prov21name-fujian', '我们有基础、有条件能够争先，有短板、有空间亟待争先，有职责、有重任应当争先，有能力、有干劲做到争先，必须把深入学习贯彻习近平总书记在福建考察时的重要讲话精神作为重大政治任务，始终沿着总书记指引的方向阔步前进。',
     'person:习近平 | place:福建'),
    # #023 the institute to be set up is named by its own name, an org
    ('prov21name-shanghai', '深化基础研究先行区建设，推动设立尚思自然科学研究院，建立战略科学家主导的管理和选人机制。',
     'org:尚思自然科学研究院'),
    ('prov21name-gansu', '三是利用乡村闲置资源，改造建设100个乡镇综合养老服务中心和300个村级互助幸福院。',
     ''),
    ('prov21name-shandong', '新布局建设一批概念验证中心、中试基地。',
     ''),
    # #026 the children's treatment centre and the 州（市）级 units are generic
    ('prov21name-yunnan', '年度目标：建设1个具有儿童（含新生儿）重症救治Ⅲ级水平的省级儿童医学救治中心，5个具有Ⅱ级水平的州（市）级儿童急诊或重症学科，70个具有Ⅰ级及以上水平的县级儿童急救点，建立覆盖全省的儿童救治网络；',
     ''),
    # #027 重庆 again in 重庆篇章 (the first is inside 中共重庆市委); “十四五” is a plan period
    ('prov21name-chongqing', '让我们更加紧密团结在以习近平同志为核心的党中央周围，在中共重庆市委领导下，鼓足干劲、只争朝夕，奋发进取、善作善成，全力完成“十四五”规划目标和经济社会发展各项任务，奋力谱写中国式现代化重庆篇章，为强国建设、民族复兴伟业作出新的更大贡献！',
     'person:习近平 | org:党中央 | org:中共重庆市委 | place:中国 | place:重庆#2'),
    # #028 城市医疗集团 and 县域医共体 are generic (holdout11)
    ('prov21name-guizhou', '深入实施医疗卫生强基工程，推进紧密型城市医疗集团和县域医共体建设，加强66个脱贫县基层医疗卫生机构和3000个村卫生室能力建设，持续提升县乡村医疗服务水平。',
     ''),
    ('prov21name-guangdong', '拓展国际经贸网络，组建“走出去”平台公司，新增1个省级境外经贸合作区、累计达8个。',
     ''),
    # #030 党 alone is not labelled
    ('prov21name-jiangsu', '习近平总书记对江苏发展高度重视、寄予厚望，立足中国式现代化建设这个新时代新征程党的中心任务，赋予江苏“在推进中国式现代化中走在前、做示范”的重大使命；',
     'person:习近平 | place:江苏 | place:中国 | place:江苏#2 | place:中国#2'),
    # #031 as 贵州农商联合银行 (holdout13)
    ('prov21name-jiangxi', '保持信贷总量合理增长，促进社会综合融资成本稳中有降，推动绿色金融与普惠金融融合发展，探索开展科技金融改革试点，推动江西农商联合银行挂牌开业。',
     'org:江西农商联合银行'),
    # #032 崖州湾国家实验室 is one named lab (holdout13); the breeding service centre is named by its
    # function, a functional description (as 为农服务中心, README); the museum is an org (README), 南繁 naming
    # its subject
    ('prov21name-hainan', '依托崖州湾国家实验室，启动实施一批种业科技攻关项目，发布可共享利用的农作物种质资源1000份以上，推动南繁育种科技服务中心、南繁博物馆竣工。',
     'org:崖州湾国家实验室 | org:南繁博物馆'),
    # #033 the provincial import-export company is a level-qualified body, as 省能投集团 (README)
    ('prov21name-guangdong', '发挥省进出口公司平台功能，加快六大进口基地建设。',
     'org:省进出口公司'),
    ('prov21name-hunan', '②组织职业技能和创业培训23万人次，建设大学生创业孵化基地20个。',
     ''),
    ('prov21name-sichuan', '我们要更加紧密团结在以习近平同志为核心的党中央周围，坚决贯彻党中央、国务院大政方针和省委决策部署，坚定信心、扎实工作，确保完成经济社会发展目标任务，为全面建设社会主义现代化四川努力奋斗！',
     'person:习近平 | org:党中央 | org:党中央#2 | org:国务院 | org:省委 | place:四川'),
    # #036 在沪 holds the abbreviation 沪; the IMF's Shanghai regional centre is an org taken whole with its parent
    # (as 空客直升机中国总部, holdout13)
    ('prov21name-shanghai', '吸引各类金融机构在沪展业兴业，持牌金融机构增加到1782家，国际货币基金组织上海区域中心落地。',
     'org:国际货币基金组织上海区域中心'),
    # #037 国家质检中心 is a category
    ('prov21name-shandong', '建设省级质量标准实验室5家，积极争创国家质检中心。',
     ''),
    # #038 the hospital ranking and the 试验区 are not labelled
    ('prov21name-guangdong', '加快高水平医院建设，12家医院位列国家公立综合医院百强，县域医共体人员下沉乡镇卫生院实现全覆盖，深圳、佛山、中山入选国家中医药传承创新发展试验区。',
     'place:深圳 | place:佛山 | place:中山'),
    # #039 哈大齐自创区: a programme zone named with a string of abbreviations (哈尔滨, 大庆,
    # 齐齐哈尔), not labelled (as 长株潭国家自主创新示范区, holdout6); the alliances, centres and
    # platforms before it are generic; 哈工大先研院 (README); the transfer centre around 哈工程 (Harbin
    # Engineering University) is one named body, taken whole
    ('prov21name-heilongjiang', '聚焦科技成果产业化突破年，开展科技成果转化和产业化行动，加快建设产业技术创新联盟、概念验证中心、中试熟化平台，发挥哈大齐自创区、环大学大院大所创新创业生态圈作用，建强建优哈工大先研院、环哈工程科技成果转化中心，转化重大科技成果650项以上。',
     'org:哈工大先研院 | org:环哈工程科技成果转化中心'),
    # #040 NEW h21: 松江枢纽 (the Songjiang rail hub, a passenger and transport terminal) is a place, as airports
    # and ports are (README), not an infrastructure facility like a substation; 新城, 中心城区 and the green
    # belt are generic
    ('prov21name-shanghai', '出台实施新城高质量发展政策措施，新导入21项重大功能性事项，推进首批10个新城与中心城区“区区结对”示范项目，松江枢纽建成投用，新城绿环先行启动段基本贯通。',
     'place:松江枢纽'),
    # #041 the branch hospital is taken whole, 二期 left out (holdout11); the provincial hospital's innovation
    # centre is a facility being built (开工): only the hospital
    ('prov21name-hainan', '广东省中医院海南医院二期、省人民医院国际精准医学创新中心开工。',
     'org:广东省中医院海南医院 | org:省人民医院'),
    ('prov21name-anhui', '总结过去一年来之不易的成绩，我们更深切地感受到，安徽发展的每一点进步、每一次跃升，都是习近平总书记关心关爱的结果，是以习近平同志为核心的党中央坚强领导的结果，是习近平新时代中国特色社会主义思想科学指引的结果。',
     'place:安徽 | person:习近平 | person:习近平#2 | org:党中央 | person:习近平#3 | place:中国'),
    # #043 “十四五” is a plan period
    ('prov21name-guangxi', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在自治区党委的坚强领导下，真抓实干、勇毅前行，努力实现“十四五”规划顺利收官，奋力谱写中国式现代化广西篇章!',
     'person:习近平 | org:党中央 | org:自治区党委 | place:中国 | place:广西'),
    # #044 社区卫生服务中心 is generic
    ('prov21name-hebei', '实施医疗卫生强基工程，深化紧密型县域医共体建设，推动医疗资源下沉，提升社区卫生服务中心、乡镇卫生院标准化建设水平。',
     ''),
    # #045 ESG and the instruments are not labelled
    ('prov21name-jiangxi', '全国首笔绿色建筑与ESG可持续发展双挂钩贷款、首单采用“银行保函”增信方式的知识产权资产支持票据落地，金融机构本外币存贷款余额均突破6万亿元，新增上市和申报企业11家；',
     ''),
    # #046 山东 inside “好品山东”
    ('prov21name-shandong', '加快发展平台经济，建设一批“好品山东”电商中心。',
     'place:山东'),
    # #047 全区 is a self-reference
    ('prov21name-guangxi', '习近平总书记对广西发展念兹在兹、对各族人民深情牵挂，多次对广西工作作出重要指示，党中央、国务院出台打造国内国际双循环市场经营便利地等一系列支持广西的重大政策、举措，极大鼓舞了全区各族干部群众团结奋斗的信心和斗志。',
     'person:习近平 | place:广西 | place:广西#2 | org:党中央 | org:国务院 | place:广西#3'),
    # #048 the provincial institute, heritage centre and museums are level-qualified orgs, 二期 left out; the
    # gymnasium hosts others' events, a place (README *Where the sets disagree* 4)
    ('prov21name-hainan', '省文物考古研究院挂牌成立，省非遗中心、五源河体育馆建成，省民族博物馆二期、省黄花梨沉香博物馆开工。',
     'org:省文物考古研究院 | org:省非遗中心 | place:五源河体育馆 | org:省民族博物馆 | org:省黄花梨沉香博物馆'),
    ('prov21name-ningxia', '实施健康优先发展战略，健全公共卫生体系，加快以治病为中心向以人民健康为中心转变，着力提升全民健康水平。',
     ''),
    # #050 “蒙”字标 holds the abbreviation 蒙
    ('prov21name-inner_mongolia', '一手抓品牌营销，深化拓展“蒙”字标认证，持续做强精品区域公用品牌和企业产品品牌，面向全国布局一批营销中心和前置仓，让来自大草原的好味道走向全国。',
     ''),
    # #051 国家级 marks a rating (README *Where the sets disagree* 1, as
    # 微纳制造国家级制造业创新中心, h5), and the branch is named by its field only (寒地, cold
    # regions), a functional description (as holdout19 prov19name #082): not labelled; 我省 is a self-reference
    ('prov21name-heilongjiang', '“双碳”领域首个国家级建筑技术创新中心寒地研发中心落户我省，国家生态产品价值实现机制试点扎实推进。',
     ''),
    # #052 the groups named without their place are specific bodies, as 交通集团 (h5); 一汽吉林 (FAW Jilin) is
    # one company, as 奥迪一汽 (holdout19); NEW h21: in 农发、旅控、吉勤集团 the first two are the usual
    # short names of groups (as 国能 and 建投), elided before the shared 集团 and labelled as written (as 泰安
    # in 泰安、德州机场, README), unlike bare fields that name no body (能源、新材料, holdout17; 三江,
    # holdout9)
    ('prov21name-jilin', '推进吉能集团、交投集团、一汽吉林战略性重组，做实金控集团主体功能，拓展农发、旅控、吉勤集团战略性布局，显著提升产投集团、森工集团等企业经营绩效。',
     'org:吉能集团 | org:交投集团 | org:一汽吉林 | org:金控集团 | org:农发 | org:旅控 | org:吉勤集团 | org:产投集团 | org:森工集团'),
    # #053 模范自治区 and “五大任务” are no names
    ('prov21name-inner_mongolia', '一年来，我们牢记习近平总书记殷殷嘱托，推动全方位建设模范自治区和“五大任务”取得新成效。',
     'person:习近平'),
    ('prov21name-henan', '加快金融改革发展，完成河南农商银行组建，完善中小金融机构功能定位和治理机制，落实无还本续贷扩围政策，完善支持小微企业融资协调机制，社会融资规模增量1万亿元。',
     'org:河南农商银行'),
    # #055 “东数西算” is a project; the data-centre cluster and the data centre are facilities: only the names
    # inside (holdout11 prov11name #004); 华东 as 华中 (holdout9)
    ('prov21name-anhui', '“东数西算”芜湖数据中心集群建设取得阶段性成效，华为云华东（芜湖）数据中心全球开服，全省智能算力达1.6万P、增长130%。',
     'place:芜湖 | org:华为云 | place:华东 | place:芜湖#2'),
    ('prov21name-gansu', '完成困难重度残疾人家庭无障碍改造8613户，建成20个残疾人日间照料服务中心。',
     ''),
    ('prov21name-fujian', '习近平总书记再次亲临福建考察，对新时代新征程福建发展方位再标定、使命任务再强化、实践要求再丰富；',
     'person:习近平 | place:福建 | place:福建#2'),
    # #058 the concept-verification centres and pilot platforms are generic
    ('prov21name-jiangsu', '推进职务科技成果资产单列管理、技术转移人才职称评定、成果转化尽职免责等改革，放大省产业技术研究院示范引领效应，布局建设10家概念验证中心，培育一批中试平台，加快新技术新产品新场景大规模应用示范。',
     'org:省产业技术研究院'),
    # #059 the institute taken whole with its parenthesis, the names inside not labelled again; 黄梅 inside
    # 黄梅戏 (the opera named after the county) in the book's title is labelled, as 红山 in 红山文化
    # (holdout7)
    ('prov21name-anhui', '省淮河文化（大运河文化）研究院揭牌成立，《黄梅戏曲本典藏》先行本出版发行，保护修缮传统建筑1005栋。',
     'org:省淮河文化（大运河文化）研究院 | place:黄梅'),
    ('prov21name-fujian', '新建改扩建10个全民健身共享中心、45个多功能运动场、4个智慧体育公园、100个校园足球场地，解锁家门口的健身圈，“近”享运动乐趣，尽享健身自由。',
     ''),
    # #061 国家医学中心 and 国家区域医疗中心 are categories; 国际医学中心 is a status the city
    # builds towards (as 国际科技创新中心, holdout7): only 济南
    ('prov21name-shandong', '全力支持齐鲁医院、省立医院等创建国家医学中心，发挥好9个国家区域医疗中心服务功能，推动济南国际医学中心建设，争创12个国家临床重点专科建设项目。',
     'org:齐鲁医院 | org:省立医院 | place:济南'),
    # #062 the China Cultural Centre in Lisbon, a cultural centre that runs its own programme, is an org taken whole
    # with its place (README *org*, *Where the sets disagree* 4); the promotion centres are generic
    ('prov21name-jiangxi', '加快推进葡萄牙里斯本中国文化中心建设，布局一批海外文旅推广中心。',
     'org:葡萄牙里斯本中国文化中心'),
    ('prov21name-qinghai', '深化中小银行机构不良资产清收处置，金融风险总体可控。',
     ''),
    # #064 四大都市区 and 中心城市 are generic
    ('prov21name-zhejiang', '推动区域协调发展，加快提升四大都市区和中心城市能级，支持县域产业特色化发展，县城人口占县域人口比重达62.1%；',
     ''),
    ('prov21name-guangxi', '深化以公益性为导向的公立医院改革。',
     ''),
    # #066 the data centres are facilities: only the companies (as the banks in prov15name #026)
    ('prov21name-ningxia', '加快建设亚马逊、腾讯、中国电信、中国移动、航天云等25个数据中心和智算项目，积极争取一批重大项目和灾备中心落地，力争新建数据中心100%使用绿电，争创算电协同示范区。',
     'org:亚马逊 | org:腾讯 | org:中国电信 | org:中国移动 | org:航天云'),
    ('prov21name-jiangxi', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委正确领导下，坚定信心、鼓足干劲，开拓创新、勇毅前行，奋力开创高质量发展新局面，为以中国式现代化全面推进强国建设、民族复兴伟业作出新的更大贡献！',
     'person:习近平 | org:党中央 | org:省委 | place:中国'),
    # #068 我省 is a self-reference; 西部 is a compass region
    ('prov21name-shaanxi', '习近平总书记两次莅临陕西，就我省工作作出重要指示批示，进一步激发了全省谱写陕西新篇、争做西部示范的磅礴力量。',
     'person:习近平 | place:陕西 | place:陕西#2'),
    # #069 信投 is the short name of a group, labelled as written (see #052)
    ('prov21name-hebei', '河北建投完成对信投、国富集团重组，河北水发集团成功组建。',
     'org:河北建投 | org:信投 | org:国富集团 | org:河北水发集团'),
    # #070 the AI computing centre is a facility: only 福建 (README: computing centres)
    ('prov21name-fujian', '建强基础平台体系，升级全省一体化算力资源公共服务平台，推动福建人工智能计算中心扩容，打造全省算力“一张网”。',
     'place:福建'),
    # #071 the heading: the session ordinal splits the congress's name (README); 省长 is a title
    ('prov21name-anhui', '2025年1月20日在安徽省第十四届人民代表大会第三次会议上安徽省人民政府省长 王清宪作政府工作报告',
     'date:2025年1月20日 | place:安徽省 | org:人民代表大会 | org:安徽省人民政府 | person:王清宪'),
    ('prov21name-liaoning', '华晨集团核心资产稳步盘活，锦城石化组建运营，忠旺集团主业资产完成重整。',
     'org:华晨集团 | org:锦城石化 | org:忠旺集团'),
    # #073 the IP operation centre is named by its field only, a functional description (holdout19 prov19name #082)
    ('prov21name-shanxi', '建设知识产权强省，实施高价值专利培育工程，建成新能源知识产权运营中心。',
     ''),
    ('prov21name-anhui', '开展新技术新产品新场景应用示范行动，建设一批概念验证中心、中试基地和场景实验室、试验区，拓展“三首”“三新”产品应用。',
     ''),
    # #075 我区 is a self-reference
    ('prov21name-inner_mongolia', '蒙能集团要当好我区能源企业的“顶梁柱”，力争电力总装机超过4500万千瓦，加快向资产、营收“双千亿”目标迈进。',
     'org:蒙能集团'),
    # #076 “双一流” is no name
    ('prov21name-jilin', '深化义务教育“优质校＋薄弱校、新建校”集团化办学，扩大优质高中招生规模，推进职业本科教育提质发展，支持省属高校建设“双一流”大学。',
     ''),
    ('prov21name-hainan', '推动1家医院开展国际医院评审认证。',
     ''),
    # #078 the 中欧班列 assembly centre is a facility
    ('prov21name-zhejiang', '加速建设中欧班列集结中心，创新班列市场化运营模式，力争全年开行2500列以上。',
     ''),
    # #079 中央 is attributive (中央…政策, the Centre's policies); 武汉科技创新中心 is a status (as
    # 西安科技创新中心, holdout17): only 武汉; the corridor is a programme (holdout15, holdout17): only
    # 光谷 (Optics Valley, a named area); the science city is a place (README); 汉襄宜 is a string of
    # abbreviations and “金三角” a nickname; the alliance is an org (README), taken whole with its quoted
    # nickname (as “红岩思政”教育联盟, README); the Yangtze-middle-reaches centre is one institution named
    # by its region (as 大湾区国家技术创新中心, README)
    ('prov21name-hubei', '优化高质量创新空间布局，用好中央新一轮支持武汉科技创新中心建设政策，加快光谷科创大走廊、东湖科学城建设，打造汉襄宜协同创新“金三角”，推进鄂湘赣“中三角”创新联盟合作常态化，建设长江中游技术创新中心。',
     'place:武汉 | place:光谷 | place:东湖科学城 | org:鄂湘赣“中三角”创新联盟 | org:长江中游技术创新中心'),
    # #080 the promotion centre is the first of a class (全国首个), not one named institution (README *Where the
    # sets disagree* 1: counted)
    ('prov21name-shandong', '深化“万项技改、万企转型”，建成全国首个国家中小企业数字化转型促进中心，青岛、潍坊进入全国首批制造业新型技改城市试点。',
     'place:青岛 | place:潍坊'),
    # #081 the breeding farm and the base are facilities; the research centre is one institution named by its species,
    # as 穿山甲保护研究中心 (holdout11); 南海 inside the base's name
    ('prov21name-guangdong', '水产种苗产量居全国首位，蓝圆鲹等经济适养鱼种人工繁育技术实现突破，潮州创建省级首个花鲈良种场，惠州建设黄唇鱼种源保护与技术研究中心暨南海大黄鱼种业创新基地。',
     'place:潮州 | place:惠州 | org:黄唇鱼种源保护与技术研究中心 | place:南海'),
    # #082 国际消费中心城市 is a status
    ('prov21name-guangdong', '加快广州、深圳国际消费中心城市和6个区域消费中心城市建设，吸引培育消费平台企业，推进智慧商圈、智慧街区、智慧门店建设，引进更多首店首发首秀首展。',
     'place:广州 | place:深圳'),
    # #083 治疆 holds the abbreviation 疆
    ('prov21name-xinjiang', '以实际行动坚定拥护“两个确立”、坚决做到“两个维护”，完整准确全面贯彻新时代党的治疆方略，自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，不断提高政治判断力、政治领悟力、政治执行力。',
     'person:习近平 | org:党中央'),
    ('prov21name-liaoning', '布局建设现代产业学院101所、新建行业产教融合共同体9个。',
     ''),
    # #085 我省 is a self-reference
    ('prov21name-shandong', '习近平总书记亲临我省视察，发表重要讲话、作出重要指示，对山东工作进一步明确总定位、新要求，赋予我们“走在前、挑大梁”的重大使命，为山东发展指明前进方向，提供根本遵循，注入强大动力。',
     'person:习近平 | place:山东 | place:山东#2'),
    # #086 the medical centres are categories; the 示范区 is a programme zone
    ('prov21name-hunan', '加快国家医学中心、国家区域医疗中心、国家中医药综合改革示范区建设。',
     ''),
    ('prov21name-hainan', '公立医院次均住院费用连续两年低于全国平均值。',
     ''),
    ('prov21name-inner_mongolia', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在自治区党委带领下，坚定信心、真抓实干，奋力书写中国式现代化内蒙古新篇章！',
     'person:习近平 | org:党中央 | org:自治区党委 | place:中国 | place:内蒙古'),
    ('prov21name-fujian', '我们将在以习近平同志为核心的党中央坚强领导下，忠诚铸魂、恪尽职守、为民造福，以实际行动坚定拥护“两个确立”、坚决做到“两个维护”。',
     'person:习近平 | org:党中央'),

    # -- every law: Random(22224).sample(…, 20), in sampled order
    ('law21-counterterrorism_law_2018', '第八十四条 电信业务经营者、互联网服务提供者有下列情形之一的，由主管部门处二十万元以上五十万元以下罚款，并对其直接负责的主管人员和其他直接责任人员处十万元以下罚款；',
     ''),
    ('law21-criminal_law', '第三百二十一条 运送他人偷越国（边）境的，处五年以下有期徒刑、拘役或者管制，并处罚金；',
     ''),
    ('law21-criminal_law', '第二百一十六条 假冒他人专利，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金。',
     ''),
    ('law21-state_secrets_law_implementing_regulations_2024', '（十三）其他遵守保密法律法规和相关制度的情况。',
     ''),
    ('law21-personal_information_protection_law_2021', '所收集的个人图像、身份识别信息只能用于维护公共安全的目的，不得用于其他目的；',
     ''),
    # #005 监察机关 and 司法机关 are generic in a law (README)
    ('law21-state_secrets_law_2024', '涉嫌犯罪的，应当依法移送监察机关、司法机关处理。',
     ''),
    ('law21-criminal_procedure_law_2018', '违反前款规定的，应当依法追究法律责任，辩护人涉嫌犯罪的，应当由办理辩护人所承办案件的侦查机关以外的侦查机关办理。',
     ''),
    ('law21-criminal_procedure_law_2018', '（一）案件事实清楚，证据确实、充分，依据法律认定被告人有罪的，应当作出有罪判决；',
     ''),
    ('law21-exit_entry_administration_law_2012', '（一）未经查验准许擅自出境入境或者未经批准擅自改变出境入境口岸的；',
     ''),
    ('law21-criminal_law', '对犯罪分子决定假释时，应当考虑其假释后对所居住社区的影响。',
     ''),
    # #010 国家监察委员会, a single named body, is an org in a law (as 最高人民法院, holdout7)
    ('law21-supervision_law_2024', '第五十七条 国家监察委员会统筹协调与其他国家、地区、国际组织开展的反腐败国际交流、合作，组织反腐败国际条约实施工作。',
     'org:国家监察委员会'),
    ('law21-state_secrets_law_implementing_regulations_2024', '（二）将涉密业务转包给其他单位或者分包给无相应保密资质单位的；',
     ''),
    ('law21-criminal_law', '第七十条 判决宣告以后，刑罚执行完毕以前，发现被判刑的犯罪分子在判决宣告以前还有其他罪没有判决的，应当对新发现的罪作出判决，把前后两个判决所判处的刑罚，依照本法第六十九条的规定，决定执行的刑罚。',
     ''),
    ('law21-criminal_law', '生产、销售本节第一百四十一条至第一百四十八条所列产品，构成各该条规定的犯罪，同时又构成本节第一百四十条规定之罪的，依照处罚较重的规定定罪处罚。',
     ''),
    ('law21-criminal_law', '第八十五条 对假释的犯罪分子，在假释考验期限内，依法实行社区矫正，如果没有本法第八十六条规定的情形，假释考验期满，就认为原判刑罚已经执行完毕，并公开予以宣告。',
     ''),
    ('law21-cybersecurity_law_2016', '在发生或者可能发生个人信息泄露、毁损、丢失的情况时，应当立即采取补救措施，按照规定及时告知用户并向有关主管部门报告。',
     ''),
    ('law21-criminal_law', '国有公司、企业或者其他国有单位中从事公务的人员和国有公司、企业或者其他国有单位委派到非国有公司、企业以及其他单位从事公务的人员有前两款行为的，依照本法第三百八十五条、第三百八十六条的规定定罪处罚。',
     ''),
    ('law21-criminal_law', '（四）不以成交为目的，频繁或者大量申报买入、卖出证券、期货合约并撤销申报的；',
     ''),
    ('law21-public_security_administration_punishments_law_2012', '严禁刑讯逼供或者采用威胁、引诱、欺骗等非法手段收集证据。',
     ''),
    ('law21-archives_law_2020', '确需出境的，按照国家有关规定办理审批手续。',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout21", ITEMS, DRAWS, sample, groups=("nat21", "prov21-", "prov21name-", "law21-"), id_letter="k")


if __name__ == "__main__":
    main()
