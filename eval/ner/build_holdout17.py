"""Build eval/ner/holdout17.jsonl: a seventeenth held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout16.py (those marked NEW h7 … NEW h16 included). The labeller did not
read anything of the extractor (dossier/), the tests or docs/, did not run it, bench/ner_eval.py, the
tests or any segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts
for them. The set has never been scored. It is drawn like holdout15 (same sources, new seeds; 90
national, 100 provincial, 90 name-cue and 20 law sentences); every entity type the rules define is
labelled.

    python eval/ner/build_holdout17.py            # write holdout17.jsonl from ITEMS, print counts
    python eval/ner/build_holdout17.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout17.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout15.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout16.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs.

1. nat17: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(18181).sample(…, 90). No cue word is required.
2. prov17-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(18182).sample(…, 100).
3. prov17name-*: the same provincial sentences that contain one of NAME_CUES (holdout15's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(18183).sample(…, 90).
4. law17-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(18184).sample(…, 20).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat17 #048 and #060 are in traditional characters, nat17 #001 begins with the 》 of a title cut by
the split, nat17 #010 is cut at a line break, prov17 #025 carries a note marker (［13］) and prov17
#015, #068 and prov17name #014 are glossary notes; all are readable report text and were kept.

The decisions this set adds (4, on 4 items) are marked NEW h17 on their items; the items' comments
say what they are.

Result: 300 sentences (90 nat17, 100 prov17, 90 prov17name, 20 law17), 191 entities: 89 place, 81 org,
10 person, 11 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat17 19 place, 7 org, 10 date (15 sentences with an entity); prov17 29 place, 7 org (21); prov17name
41 place, 66 org, 10 person, 1 date (48); law17 1 org (1).
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


# -- reading code, copied from build_holdout15.py (itself from build_holdout13.py, build_holdout11.py, build_holdout9.py, build_holdout7.py,
# build_holdout6.py and build_holdout2.py) so that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16}.py, and the texts of their ITEMS."""
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
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py", "build_holdout15.py", "build_holdout16.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12, build_holdout13, build_holdout14, build_holdout15,
               build_holdout16)
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
            out += [("nat17", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov17-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(18181).sample(national_candidates(), 90)}
    drawn |= {s for _, s in random.Random(18182).sample(provincial_candidates(), 100)}
    return [(f"prov17name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law17-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 18181, 90), (provincial_candidates, 18182, 100), (provincial_name_candidates, 18183, 90),
         (law_candidates, 18184, 20)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout16.py (NEW h7 … NEW h16
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h17 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(18181).sample(…, 90), in sampled order
    ('nat17', '健全突发事件应急体制，提高全社会危机管理和抗风险能力。',
     ''),
    # #001 begins with the 》 of a title cut by the split; readable, kept; nothing named
    ('nat17', '》力求反映社会主义市场经济发展和改革开放新形势的要求，体现宏观性、战略性和政策性，并明确政府的工作重点和责任。',
     ''),
    ('nat17', '培育新的消费热点，扩大服务性消费；',
     ''),
    ('nat17', '要把反腐倡廉建设摆在重要位置，这直接关系政权的巩固。',
     ''),
    ('nat17', '加快完善覆盖城乡居民的社会保障体系。',
     ''),
    ('nat17', '既要努力吸收人类文明的一切优秀成果，又不能照抄本本，照搬别国的经验。',
     ''),
    ('nat17', '有人说，高级工作人员和低级工作人员的待遇也悬殊太大了。',
     ''),
    ('nat17', '要综合运用货币政策工具，维护流动性基本稳定，合理引导市场利率水平，疏通传导机制，促进金融资源更多流向实体经济，特别是支持“三农”和小微企业。',
     ''),
    # #008 阿拉伯国家 (Arab states) is a descriptive grouping of countries with an adjective, as 阿拉伯各国人民 (holdout): not
    # labelled; 我国 is a self-reference
    ('nat17', '我国同大多数阿拉伯国家有着良好的关系，也希望同其他阿拉伯国家建立和发展关系。',
     ''),
    ('nat17', '我们一贯重视和保护海外华侨的正当权益，保护归侨和侨眷的合法权益。',
     ''),
    # #010 is cut by the split at a line break; readable, kept; 共产党 is the party's name (NEW h11)
    ('nat17', '共产党所进行的整风，政府对本身工作的检查，都会使人民内部的',
     'org:共产党'),
    ('nat17', '增强全民国防意识，依靠群众保护好军事设施。',
     ''),
    ('nat17', '加大廉政建设和反腐败工作力度，一批违法违纪分子受到惩处。',
     ''),
    # #013 “六五” is a plan period
    ('nat17', '逐步推行九年制义务教育，同时通过普通高等学校和成人高等教育五年共培养近五百万高级专门人才，比“六五”期间增长一倍。',
     ''),
    # #014 祖国 is no name
    ('nat17', '香港、澳门与祖国休戚相关、荣辱与共。',
     'place:香港 | place:澳门'),
    ('nat17', '第三、改革财政体制和工资制度、劳动制度。',
     ''),
    # #016 “七五” is a plan period
    ('nat17', '“七五”期间，要逐步完善各种经济手段和法律手段，辅之以必要的行政手段，来控制和调节经济的运行。',
     ''),
    ('nat17', '县级政府要建立基本生活保障协调机制，切实做好托底工作，使困难群众心里有温暖、生活有奔头。',
     ''),
    ('nat17', '各类市场主体都是国家现代化的建设者，要一视同仁、平等对待。',
     ''),
    ('nat17', '解决农村义务教育债务和国有粮食企业财务挂账等历史遗留问题支出。',
     ''),
    ('nat17', '坚持以人民为中心，经济政策的着力点更多转向惠民生、促消费，以消费提振畅通经济循环，以消费升级引领产业升级，在保障和改善民生中打造新的经济增长点。',
     ''),
    ('nat17', '加快质量安全标准与国际标准接轨，建立商品质量惩罚性赔偿制度。',
     ''),
    ('nat17', '应该在较短时间内制定出符合我国情况，有利经济发展的设备更新政策。',
     ''),
    # #023 “十一五” is a plan period; 中央财政: 中央 as an attribute (README)
    ('nat17', '“十一五”时期中央财政将投入100亿元，实施农村初中学校改造计划，地方政府也要相应增加这方面的投入。',
     ''),
    ('nat17', '我们要努力做好工作，力争实际执行的结果更好一些。',
     ''),
    ('nat17', '在规范行政权力运行，建设服务政府、责任政府、法治政府和廉洁政府方面，采取了一系列新举措，迈出了新步伐。',
     ''),
    # #026 “文化大革命” is an event; 我国 is a self-reference
    ('nat17', '除了这类客观原因以外，在经济建设的指导思想上长期存在着“左”的错误，很多方面没有按照客观经济规律办事，再加上十年“文化大革命”的破坏，不能不严重地妨碍我国社会主义制度优越性的发挥，妨碍经济建设的发展，妨碍经济效益的提高。',
     ''),
    # #027 a year with a season is one span (NEW h16, summer 2002); the programme (全国农业发展纲要) and the decision are not
    # labelled
    ('nat17', '全国农业发展纲要修正草案的公布，中共中央和国务院关于兴修农田水利和积肥运动的决定的发布，进一步地鼓舞了农民群众的生产积极性，在全国范围内，掀起了一个比一九五五年冬和一九五六年春规模更大的新的农业生产高潮，特别是兴修水利和增积肥料的高潮。',
     'org:中共中央 | org:国务院 | date:一九五五年冬 | date:一九五六年春'),
    ('nat17', '完善财税、信贷、外汇、保险等政策措施，支持有实力、有信誉、有竞争力的各种所有制企业走出去。',
     ''),
    ('nat17', '各地要切实负起责任，确保养老金按时足额发放。',
     ''),
    # #030 欧盟 is an org, as in earlier sets
    ('nat17', '我国与美国、俄罗斯、欧盟、日本的关系得到发展和改善。',
     'place:美国 | place:俄罗斯 | org:欧盟 | place:日本'),
    # #031 世贸组织 (the WTO, its usual short name) is a standing international body, an org (as 东盟, 上合 h11)
    ('nat17', '大力整顿和规范市场经济秩序，是扩大内需、促进经济良性发展的迫切要求，是加入世贸组织、对外开放迈出新步伐的必然选择，也是完善社会主义市场经济体制的重大举措，直接关系我国现代化事业的成败。',
     'org:世贸组织'),
    ('nat17', '加强适应气候变化特别是应对极端气候事件能力建设。',
     ''),
    ('nat17', '五年间，进出口贸易总额增长两倍，实际利用外商直接投资累计达到2740.8亿美元。',
     ''),
    ('nat17', '把人民利益放在第一位，在处理生产建设和人民生活的关系时，首先保证人民生活的基本需要，这是今后必须坚持的原则。',
     ''),
    ('nat17', '建立投资约束机制，投资主体和提供贷款的银行都必须承担风险责任；',
     ''),
    ('nat17', '文化体制改革取得重要进展，文化事业和文化产业快速发展。',
     ''),
    ('nat17', '最近，极少数分裂主义分子在拉萨制造暴力骚乱，这是违反法律、破坏祖国统一的严重事件，必须严肃惩处。',
     'place:拉萨'),
    # #038 中央预算内投资: 中央 as an attribute (README)
    ('nat17', '中央预算内投资安排6100亿元。',
     ''),
    ('nat17', '第五，商品购销两旺，城乡零售市场活跃，对外贸易有较大发展',
     ''),
    ('nat17', '根据上述劳动工资的安排和商品供应的可能性，一九五八年的社会购买力估算为四百九十四亿元左右。',
     'date:一九五八年'),
    ('nat17', '要重视和加强公务员的培训和考核工作。',
     ''),
    # #042 本世纪末 is relative, no date
    ('nat17', '根据到本世纪末全国人民生活达到小康水平的目标和今后五年生产发展的可能，计划草案规定，全国农民的纯收入平均每年增长百分之七；',
     ''),
    ('nat17', '新体制的诞生和完善，改革的成功，是需要付出辛勤的劳动甚至巨大的代价的。',
     ''),
    ('nat17', '巩固和发展平等、团结、互助的社会主义民族关系，促进各民族共同繁荣与进步。',
     ''),
    ('nat17', '统筹推进重大标志性工程和“小而美”民生项目建设，形成一批示范性合作成果。',
     ''),
    ('nat17', '这样，国家财政增加支出和减少收入的项目很多，而长期造成的经济效益很差的情况，还没有也不可能在短短几年内根本改变，这就造成了财政上入不敷出的困难。',
     ''),
    ('nat17', '社会主义民主和法制建设逐步加强。',
     ''),
    # #048 is in traditional characters; readable, kept; 我國 is a self-reference
    ('nat17', '大家知道，我國原來是一個落後的農業國，現在要把我國建設成爲一個强大的社會主義的現代化的工業國家，這是一個很偉大的任務。',
     ''),
    ('nat17', '在增产节约、增收节支运动中，要把重点放在全面提高社会经济效益上。',
     ''),
    ('nat17', '加快国防科技工业调整、改革和发展，提高科研水平和创新能力，推进武器装备建设。',
     ''),
    ('nat17', '从中、长期来说，仍然要坚持财政收支基本平衡的原则，实行适度从紧的财政政策，严格控制并逐步缩小财政赤字。',
     ''),
    ('nat17', '重点是逐步推行增值税由生产型改为消费型，将设备投资纳入增值税抵扣范围，促进企业技术进步，提高自主发展能力。',
     ''),
    ('nat17', '1999年，面对复杂多变的国际形势，我国坚持奉行独立自主的和平外交政策，积极发展与世界各国的友好合作关系，对外工作取得新的成就。',
     'date:1999年'),
    ('nat17', '要加强税收和海关工作，恢复一些税收，开征一些新税，实行烟酒专卖，堵塞“跑、冒、滴、漏”，把一切应该收上来的钱都收上来，把一切应该集中的资金都集中起来。',
     ''),
    ('nat17', '已建成的主要有：加固大江大河大湖堤防近6100公里；',
     ''),
    ('nat17', '国际旅游业创汇超过１００亿美元。',
     ''),
    # #057 full-width digits are spans as written (README)
    ('nat17', '在工业总产值中，国营工业所占的比重由１９５４年的５９％上升到６３％，合作社工业所占的比重由１９５４年的４％上升到５％，公私合营工业所占的比重由１９５４年的１２％上升到１６％；',
     'date:１９５４年 | date:１９５４年#2 | date:１９５４年#3'),
    ('nat17', '继续实行鼓励外商投资的政策措施，进一步改善投资环境。',
     ''),
    ('nat17', '正在全国农村开展的社会主义思想教育，目的是使党的基本路线进一步深入农村，加强基层组织建设，促进农村经济的发展，要继续抓紧抓好。',
     ''),
    # #060 is in traditional characters; readable, kept
    ('nat17', '反對這些東西，也就是擁護社會主義，爭取社會主義社會的早日實現。',
     ''),
    ('nat17', '鼓励外国投资者扩大再投资，支持参与产业链上下游配套协作。',
     ''),
    ('nat17', '六是加强生态文明建设，绿色发展取得新进展。',
     ''),
    ('nat17', '基本完成因灾倒塌和严重损毁农房重建任务，保证受灾群众在今年底前住进新房。',
     ''),
    ('nat17', '地方预算收入（扣除中央补助的部分）为７，０５３，８２６，０００元，占国家预算的２２．９４％。',
     ''),
    ('nat17', '在新的国际形势下，我们要一如既往地奉行独立自主的和平外交政策，进一步开创外交工作的新局面。',
     ''),
    ('nat17', '发展全民健身、竞技体育和体育产业。',
     ''),
    ('nat17', '坚持反对腐败，加强廉政建设，从制度上改变权力过分集中而又得不到制约的状况，做到干部清正、政府清廉、政治清明。',
     ''),
    ('nat17', '”我们希望一切热爱社会主义祖国的人们，都能够在学习、工作和思想改造中取得新的进步，为建设我们的伟大国家贡献自己的力量。',
     ''),
    ('nat17', '必须立足本地资源优势，坚持全面规划、突出重点、分片建设的方针，从改善投资环境入手，逐步建立起更加开放的外向型经济结构。',
     ''),
    ('nat17', '继续提高退休人员基本养老金标准。',
     ''),
    ('nat17', '经过改革，使生产经营单位和劳动者的物质利益同自己的劳动成果和整个社会物质生产的发展密切结合起来，从而更好地发挥他们的积极性，这是相同的。',
     ''),
    # #072 the three plants are counted (三大化纤厂) and each is named only by its place, elided: the places are labelled
    # as written, as 长白山 in 长白山、三江、吉光3个省实验室 (holdout9)
    ('nat17', '辽阳、天津、四川三大化纤厂，已基本建成投产。',
     'place:辽阳 | place:天津 | place:四川'),
    # #073 军队 (troops) after the two countries is generic, not a named army like 人民解放军: only the places
    ('nat17', '越南和苏联军队必须立即无条件地、全部地分别从柬埔寨和阿富汗撤走，由柬埔寨人民和阿富汗人民自己解决自己的问题。',
     'place:越南 | place:苏联 | place:柬埔寨 | place:阿富汗 | place:柬埔寨#2 | place:阿富汗#2'),
    ('nat17', '继续严格控制基本建设规模，努力缩短建设周期，争取有更多的工程建成投产。',
     ''),
    ('nat17', '倡导全民阅读，推进学习型社会建设。',
     ''),
    # #076 the range shares its unit 年: one span (README *date*, 2021—2025年)
    ('nat17', '从１９７９至１９８１年，国家由于提高农副产品收购价格、减轻部分地区的农村税收负担，共计减少财政收入五百二十亿元，相应地增加了农民的收入。',
     'date:１９７９至１９８１年'),
    # #077 本年 is relative
    ('nat17', '本年公私合营企业以收抵支以后，还向国家上缴２００，０００，０００元，这也包括在国营企业收入以内。',
     ''),
    ('nat17', '政府职能转变滞后，政企不分依然存在，有些部门职责不清，办事效率低；',
     ''),
    ('nat17', '如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％，比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤；',
     'date:１９５５年 | date:１９５７年'),
    ('nat17', '进一步落实和完善文化体制改革政策措施，推动文化创新，加强文化建设，保障人民基本文化权益，繁荣文化市场，满足人民日益增长的、多样的文化需求。',
     ''),
    ('nat17', '完善国有金融资产、非经营性资产和自然资源资产监管体制，加强境外国有资产监管。',
     ''),
    ('nat17', '中国政府支持南非人民的正义斗争。',
     'org:中国政府 | place:南非'),
    ('nat17', '加强思想道德建设和群众性精神文明创建。',
     ''),
    ('nat17', '许多没有发掘的潜在力量，不断地被发掘出来了。',
     ''),
    # #085 今年１——５月份 has no year
    ('nat17', '在商业方面，今年１——５月份的收购额和销售额在可比的范围内比去年同期都有增长，但是一部分商业机构没有完成国家计划。',
     ''),
    ('nat17', '（四）坚定不移深化改革开放，增强经济社会发展内在活力。',
     ''),
    ('nat17', '民用航空总周转量将比上年增长３０％。',
     ''),
    # #088 岸信介政府 (the Kishi government) is an org taken whole, the person inside not labelled again (as 日本佐藤政府,
    # README); 军国主义 is no name
    ('nat17', '中国人民不能坐视日本军国主义的复活，也不能容忍岸信介政府继续采取敌视中国的政策。',
     'place:中国 | place:日本 | org:岸信介政府 | place:中国#2'),
    ('nat17', '把跨境贸易人民币结算范围扩大到全国，启动境外直接投资人民币结算试点，开展外商直接投资人民币结算业务。',
     ''),

    # -- the 31 provinces' 2025 reports: Random(18182).sample(…, 100), in sampled order
    # #000 西部地区 is a compass region (README)
    ('prov17-yunnan', '3个县区建成全国义务教育优质均衡发展县（市、区），在西部地区率先实现“零”的突破。',
     ''),
    # #001 长岛国际零碳岛 is a designation (a project): only 长岛; the cooperation organisation is still to be set up (推动建立),
    # no existing body: not labelled
    ('prov17-shandong', '加快长岛国际零碳岛建设，推动建立国际零碳岛屿合作组织。',
     'place:长岛'),
    # #002 metro lines and their sections are railway lines, not labelled
    ('prov17-chongqing', '建成6号线东站段、4号线西延伸段，强化轨道周边路网建设、站点提升和场站更新改造，提高市民出行便利度。',
     ''),
    # #003 重庆 inside the work brand “新重庆·新渝商” is labelled, as 中国 in 美丽中国 (README); 渝商 holds a one-character
    # abbreviation
    ('prov17-chongqing', '做靓“新重庆·新渝商”工作品牌，实施民营企业“龙头引领”行动，支持企业家以“十年磨一剑”的专业专注，把企业做大做优做强。',
     'place:重庆'),
    ('prov17-hubei', '大力实施提振消费专项行动，在稳住汽车、家电、住房等大宗消费的同时，积极培育新的消费增长点，社会消费品零售总额增长7％左右。',
     ''),
    ('prov17-ningxia', '大力推行低碳生产方式，深入推动新能源开发与特色优势产业协同发展，深入实施重点行业节能降碳改造，支持发展循环产业。',
     ''),
    ('prov17-jiangxi', '（六）促进区域协调发展和新型城镇化，提高发展整体效能。',
     ''),
    # #007 全国 is no name
    ('prov17-xinjiang', '棉花总产568.6万吨、占全国92.2%。',
     ''),
    ('prov17-guangxi', '力争全区招商引资项目完成投资增长10%以上。',
     ''),
    # #009 内陆开放型经济试验区 is a programme zone with no place named
    ('prov17-jiangxi', '全面融入全国统一大市场建设，完善高水平开放体制机制，擦亮内陆开放型经济试验区“金字招牌”。',
     ''),
    # #010 the industry cluster zone is a programme: only 湖南
    ('prov17-hunan', '发展壮大数智出版、数字演艺等文化业态，打造湖南动漫游戏千亿级产业集聚区，培育一批具有国际影响力的数字文化领军企业，力争规模以上文化企业营业收入增长10%以上，形成更多新的文化产业增长点。',
     'place:湖南'),
    # #011 自贸试验区 is a programme zone: only the places (README)
    ('prov17-anhui', '实施中国（安徽）自贸试验区提升战略，制定完善制度型开放清单体系，加快新能源和智能网联汽车全产业链开放创新。',
     'place:中国 | place:安徽'),
    ('prov17-jilin', '（六）聚焦更好统筹发展和安全，着力防范化解重点领域风险。',
     ''),
    # #013 NEW h17: 南中轴地区 (the area along the southern part of Beijing's central axis, 中轴线, a named historic axis) is
    # a direction joined to a named feature with its area word, taken whole as 粤东地区 and 渝西地区 (README *Where the sets
    # disagree* 2, 3); 京西 is a direction joined to the abbreviation 京, as 滇西 (holdout7); “两园一河” is a count; 平原新城 and
    # 生态涵养区 are generic
    ('prov17-beijing', '扎实推进重点区域协调发展，积极谋划南中轴地区建设和京西“两园一河”联动发展，一区一策支持平原新城高质量发展，率先推动生态系统调节服务价值核算在生态涵养区应用。',
     'place:南中轴地区 | place:京西'),
    ('prov17-hebei', '拓展重点行业环保绩效创A成效，选树一批领跑企业。',
     ''),
    ('prov17-sichuan', '47.“一目录五清单”：是指“分类检查事项目录”和“不予处罚、免予处罚、减轻处罚、从轻处罚、从重处罚”清单。',
     ''),
    ('prov17-guizhou', '建立城市环境空气质量生态补偿机制。',
     ''),
    # #017 兵团 (the Xinjiang Production and Construction Corps) is a specific body named without its place, an org (as
    # 生产建设兵团, holdout12); 兵地 is a string of abbreviations
    ('prov17-xinjiang', '要牢固树立“兵地一盘棋”“兵地一家亲”的思想，坚持兵地总体规划一体制定、专项规划有效衔接、区域规划统筹协调，在政策、资源、项目、人才等方面给予兵团全方位保障。',
     'org:兵团'),
    ('prov17-xinjiang', '持续完善分层分类社会救助体系，切实兜住兜准兜牢民生底线。',
     ''),
    ('prov17-hebei', '加快数字产业和实体经济深度融合。',
     ''),
    ('prov17-jiangxi', '推进农村集体经济活权赋能，探索整村运营模式。',
     ''),
    # #021 “六地” is a count
    ('prov17-liaoning', '践行社会主义核心价值观，传承弘扬辽宁“六地”红色文化。',
     'place:辽宁'),
    # #022 数字宁夏研究院 is one named institute running (正式运行), an org, 宁夏 inside not labelled again; “两院一中心” is a count
    ('prov17-ningxia', '突出规划引领，数字宁夏研究院等“两院一中心”正式运行。',
     'org:数字宁夏研究院'),
    # #023 昆仑 (the Kunlun mountains) inside the programme name “昆仑英才” is labelled, as 珠峰 in “珠峰英才” (holdout9); 高原大地 is
    # generic
    ('prov17-qinghai', '创新实施“昆仑英才”计划，支持企业与高校院所双向互动，选派“科技副总”“产业教授”“企业科技专员”，建设高素质产业工人队伍，让更多“千里马”在高原大地竞相涌现、各展其能。',
     'place:昆仑'),
    ('prov17-guizhou', '“六大产业基地”规模以上工业总产值占全省规模以上工业总产值的比重提高到82.1%，规模以上工业增加值增长8.2%，工业投资增长11.3%，工业对稳增长发挥了重要支撑作用，真正成为经济发展的“顶梁柱”。',
     ''),
    # #025 carries a note marker (［13］); readable, kept; 我省 is a self-reference
    ('prov17-hainan', '临时仲裁、商事调解制度改革创新推进，全国首例临时仲裁案在我省开庭［13］。',
     ''),
    ('prov17-tianjin', '夯实安居惠民基础，编制住房发展规划，建设适应群众高品质生活的“好房子”，打好保交楼、保交房攻坚战，新增城市停车泊位5000个，新建提升标准化菜市场9个，建成20个高质量城市一刻钟便民生活圈。',
     ''),
    ('prov17-qinghai', '推动城市公共服务车辆电动化替代，建设一批零碳社区、零碳乡村。',
     ''),
    ('prov17-jilin', '落实“四下基层”要求，全面提升服务群众、服务企业、服务经济社会高质量发展水平。',
     ''),
    # #029 the four are construction projects: only the places and companies inside (README: 吉利贵阳基地); 深汕 (the
    # Shenzhen-Shanwei zone) is a string of one-character abbreviations, not labelled; 华南 inside 华南钛谷 is labelled, as
    # 华中 (holdout9); vivo's R&D headquarters is a building project here (产业项目建设), so only vivo
    ('prov17-guangdong', '加快深汕比亚迪汽车工业园二期、茂名华南钛谷、肇庆宁德时代二阶段工程、东莞vivo全球研发总部等产业项目建设。',
     'org:比亚迪 | place:茂名 | place:华南 | place:肇庆 | org:宁德时代 | place:东莞 | org:vivo'),
    # #030 a named metropolitan area is taken whole (README, 西宁—海东都市圈)
    ('prov17-jilin', '开展新一轮农业转移人口市民化、县城城镇化水平提升、长春都市圈培育、城市更新和安全韧性提升4项行动。',
     'place:长春都市圈'),
    ('prov17-jiangsu', '我们将更加主动应对各种困难和挑战，真抓实干、开拓进取，努力创造让党中央放心、让全省人民满意的新业绩。',
     'org:党中央'),
    ('prov17-inner_mongolia', '清欠账款是民营企业最关注的事，要开展好摸排工作，确保搞清底数，依法依规加大清欠力度，做到“应付快付、应付尽付”。',
     ''),
    ('prov17-xinjiang', '推动生产要素畅通流动、各类资源高效配置、市场潜力充分释放，使全国统一大市场成为各类经营主体公平竞争的大舞台!',
     ''),
    ('prov17-fujian', '（四）深化改革开放，服务和融入新发展格局更有作为',
     ''),
    # #035 国家自贸区 names no place
    ('prov17-shanxi', '以建促申创建国家自贸区，扩大制度型开放。',
     ''),
    ('prov17-henan', '改革省级科技计划体系，完善省级财政科技经费分配和管理使用机制，赋予科研单位和科研人员更大自主权，全面推开职务科技成果赋权和单列管理改革。',
     ''),
    ('prov17-ningxia', '二是持续深化居民增收致富工程。',
     ''),
    # #038 长三角 (holdout7) and 中国 inside 美丽中国 (README) are labelled; 先行区 is a designation
    ('prov17-anhui', '加紧经济社会发展全面绿色转型，加强生态保护、修复和价值转化，在共建长三角美丽中国先行区上展现安徽担当。',
     'place:长三角 | place:中国 | place:安徽'),
    ('prov17-yunnan', '持续深化民族团结进步创建工作，推动各民族全方位嵌入，促进各民族交往交流交融。',
     ''),
    # #040 国际旅游度假区 (the resort area) is named here without its place, a generic phrase: not labelled
    ('prov17-shanghai', '持续扩建国际旅游度假区核心区。',
     ''),
    ('prov17-hubei', '安全生产治本攻坚有力推进，没有发生重特大事故，事故起数和死亡人数连续3年下降，安全生产形势整体好转。',
     ''),
    ('prov17-guizhou', '推动新能源电池材料、动力电池、新能源汽车全产业链发展。',
     ''),
    ('prov17-shanghai', '大力发展种源农业、智慧农业、绿色农业，积极培育行业领先的种业企业，新建2.7万亩粮食生产无人农场。',
     ''),
    ('prov17-chongqing', '成功打造国家级电商示范企业4家、示范园区5个，实物商品网上零售额增长16.4%，批发、零售销售额分别增长12.9%、8.4%，住宿、餐饮营业额分别增长6.1%、8.6%，国内游客总花费增长16.7%，入境游客人次翻了一番多。',
     ''),
    ('prov17-heilongjiang', '深入推进法治政府建设，提高运用法治思维和法治方式协调关系、化解矛盾、解决问题的能力和水平。',
     ''),
    ('prov17-anhui', '新增全国重点实验室15家、总数达23家。',
     ''),
    # #047 自治区实验室 and 技术创新中心 are counted classes
    ('prov17-guangxi', '新组建自治区实验室3家、综合领域类技术创新中心5家。',
     ''),
    ('prov17-jiangxi', '建立健全“1+N”数据制度体系，探索建立数据流通交易制度，充分激发数据要素价值。',
     ''),
    ('prov17-guangdong', '进一步加大对民营经济支持力度，推动制定促进民营经济高质量发展条例，加强对民营企业全生命周期服务，依法保护民营企业产权和企业家权益，增强民营企业发展信心。',
     ''),
    ('prov17-jiangsu', '大力推动外贸回升向好，民营企业、外资企业出口分别占全省的50.6%、41.9%，跨境电商平台进出口增长20.1%，船舶海工出口规模占全国1/3。',
     ''),
    ('prov17-jilin', '坚持四季联动、全域发展，接待国内游客人次、出游总花费均保持两位数增长。',
     ''),
    # #052 东西部 is a compass region; 津甘 and 鲁甘 are strings of abbreviations; “山海情” is a title
    ('prov17-gansu', '携手天津、山东持续深化东西部协作，再谱津甘、鲁甘“山海情”。',
     'place:天津 | place:山东'),
    ('prov17-hainan', '壮大数字产业生态，推动数字经济产业发展向创新驱动和应用场景驱动转型升级，数字经济核心产业营收突破2000亿元。',
     ''),
    ('prov17-liaoning', '“稳油、稳钢、稳车”，保住市场份额，坚决防止“断崖式”下滑。',
     ''),
    ('prov17-hainan', '成立专班、制定方案，以点带面、整体推进。',
     ''),
    ('prov17-hubei', '（八）聚力提效能，政府治理更加高效。',
     ''),
    ('prov17-guizhou', '城镇和农村常住居民人均可支配收入分别增长5%左右、7%左右；',
     ''),
    ('prov17-liaoning', '着力破除招投标、市场准入等隐性壁垒。',
     ''),
    ('prov17-guizhou', '贵州文化魅力更加彰显，群众精神文化生活更加丰富。',
     'place:贵州'),
    ('prov17-shaanxi', '（七）筑牢底线，风险隐患有效化解。',
     ''),
    ('prov17-qinghai', '全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，力争更好结果；',
     ''),
    ('prov17-hainan', '开展规范涉企执法专项行动，实施多个行业领域“综合查一次”“监管一件事”。',
     ''),
    ('prov17-yunnan', '农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率均提高3个百分点。',
     ''),
    ('prov17-tianjin', '产业投资要聚焦绿色石化、高端装备、生物医药等重点产业链和一批已签约重大项目投资落地服务；',
     ''),
    ('prov17-tianjin', '坚持不懈用党的创新理论凝心铸魂，推进党纪学习教育常态化长效化，不断提高政治判断力、政治领悟力、政治执行力，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，坚定当好贯彻落实中央决策部署的执行者、行动派、实干家。',
     ''),
    # #066 “湘易办” is a service (an app), not a body
    ('prov17-hunan', '深化“高效办成一件事”改革，首批17个“一件事”全部落地，“湘易办”总用户数近3500万、月访问量保持在1000万人次以上，高频服务事项实现一网办、掌上办。',
     ''),
    ('prov17-gansu', '借力国家政策东风，债务风险有效缓释，高风险机构有序退出，融资平台大幅压减，保交房超额完成年度任务，在两难多难中实现了化债卸包袱、发展不停步。',
     ''),
    ('prov17-jiangxi', '13.“三大工程”建设：保障性住房建设、“平急两用”公共基础设施建设、城中村改造。',
     ''),
    ('prov17-guizhou', '创新旅游宣传推介方式，发挥好主流媒体、新媒体、自媒体作用，吸引网民踊跃参与，提升贵州旅游的辨识度、美誉度和影响力。',
     'place:贵州'),
    ('prov17-shaanxi', '加强“大思政课”改革试验区建设。',
     ''),
    ('prov17-zhejiang', '稳步缩小收入差距，健全促进就业和技能创富机制，城镇新增就业118.3万人，低收入农户人均可支配收入增长11.1%。',
     ''),
    ('prov17-gansu', '中考改革有序推进，普通高中入学率达到77%。',
     ''),
    ('prov17-fujian', '促文化惠民，探索广电视听节目共享长效机制，建立优质文化资源直达基层机制。',
     ''),
    # #074 the 百千万 project is a programme
    ('prov17-guangdong', '（二）深入实施“百县千镇万村高质量发展工程”，奋力实现“三年初见成效”目标。',
     ''),
    ('prov17-gansu', '深化上网电价市场化改革，完善发电侧容量电价机制。',
     ''),
    ('prov17-gansu', '推动有条件的城市逐步将稳定就业生活的农业转移人口纳入城市住房保障政策范围。',
     ''),
    ('prov17-zhejiang', '安排省级财政资金1042.8亿元，供应建设用地35万亩以上，支持经济高质量发展。',
     ''),
    # #078 “十四五” is a plan period
    ('prov17-shandong', '能耗强度、碳排放强度持续下降，提前完成“十四五”主要污染物减排任务。',
     ''),
    # #079 长株潭 (Changsha, Zhuzhou, Xiangtan) is a string of one-character abbreviations, as 郑汴洛濮 (README): not
    # labelled; 绿心 (the green heart) is descriptive
    ('prov17-hunan', '长株潭纳入国家现代化都市圈培育行动试点，轨道上的长株潭加快建设，绿心总规优化调整；',
     ''),
    ('prov17-jiangxi', '各紧密型医联体医疗机构间实现全部检查检验结果互认，各市域内医疗机构间互认项目超过200项。',
     ''),
    # #081 红十字 (the Red Cross) is labelled, as in 红十字救护员 (README); 港澳台 is a string of abbreviations; 援疆 and 援藏 are
    # programmes
    ('prov17-jilin', '着力发展老龄、慈善、残疾人、地方志、中医药、红十字、妇女儿童、志愿服务等事业，全面做好外事侨务、港澳台、民族宗教、气象、地震、测绘、援疆、援藏等工作。',
     'org:红十字'),
    ('prov17-jiangxi', '经济金融、生态环境、公共安全等领域风险隐患不容忽视；',
     ''),
    # #083 福建 inside 新福建 and 中国 inside 中国式现代化 are labelled (README)
    ('prov17-fujian', '要以“咬定青山不放松”的韧劲久久为功，涵养“功成不必在我”的精神境界、“功成必定有我”的历史担当，干字当头、笃行不怠，以新福建建设新成效充分彰显中国式现代化的光明未来。',
     'place:福建 | place:中国'),
    ('prov17-ningxia', '开展住房安全专项行动，改造老旧小区1.5万户（套），确保城乡危旧房、自建房、不抗震房和震损房隐患排查整治到位。',
     ''),
    ('prov17-zhejiang', '（一）发挥政策引导保障支撑作用，最大程度把政策红利转化为发展动力',
     ''),
    ('prov17-beijing', '农村居民人均可支配收入增长6.7%左右，增速比城镇居民高2.4个百分点。',
     ''),
    ('prov17-guizhou', '实施系列旅游优惠活动，巩固拓展国内重点客源市场。',
     ''),
    # #088 the experimental zone is a programme zone
    ('prov17-fujian', '加快推进义务教育优质均衡发展，支持福州、厦门、泉州争创全国基础教育综合改革实验区，稳步扩大普通高中招生规模，实现一级达标高中县级全覆盖；',
     'place:福州 | place:厦门 | place:泉州'),
    ('prov17-ningxia', '实施数字基础设施提升行动，启动5G规模化应用“扬帆”行动和万兆光网试点，推动5G网络行政村、千兆光纤县域全覆盖。',
     ''),
    ('prov17-guizhou', '完善以公益性为导向的公立医院评价指标体系，全面加强公立医院管理。',
     ''),
    ('prov17-fujian', '以快马加鞭未下鞍的姿态抓新兴产业培育壮大，推动工业战略性新兴产业产值占规模以上工业比重突破30%；',
     ''),
    ('prov17-hainan', '驰而不息抓好反腐败斗争，着力铲除腐败滋生的土壤和条件，强化对权力运行的制约和监督，教育引导干部增强拒腐防变能力。',
     ''),
    ('prov17-shanxi', '潜力县着力打造新型工业化和新型城镇化协同发展标杆。',
     ''),
    # #094 江淮生态经济区 is a named economic region taken whole (as 洞庭湖生态经济区, README); NEW h17: 黄河故道 (the old course of the
    # Yellow River) is a named natural feature, a place, as a river (故道 is part of its name, not a generic area word);
    # the corridor is a programme
    ('prov17-jiangsu', '强化江淮生态经济区生态产品供给功能，高质量建设黄河故道生态富民廊道。',
     'place:江淮生态经济区 | place:黄河故道'),
    # #095 公安机关 is generic (README), so 四川 before it is a place; the action plan is a programme
    ('prov17-sichuan', '25.“深耕善治”行动计划：四川公安机关聚焦防范化解经济社会领域各类风险、厚植社会治理根基、筑牢公共安全屏障开展的行动计划，通过完善治理体系、优化治理方式、提升治理效能，推动公安机关社会治理向深耕善治转型。',
     'place:四川'),
    # #096 全国 is no name
    ('prov17-gansu', '一般公共预算收入1051.4亿元，增速居全国第8位。',
     ''),
    ('prov17-hunan', '实施重点领域就业支持计划，抓好高校毕业生、脱贫人口、农民工等重点群体就业，确保零就业家庭至少一人实现就业。',
     ''),
    ('prov17-anhui', '省属高校与新兴产业紧密相关的专业点占比升至64.9%。',
     ''),
    ('prov17-jiangxi', '健全完善区域协调发展规划和政策支持体系，探索构建跨行政区合作发展新机制。',
     ''),

    # -- provincial sentences with a name cue (holdout15's NAME_CUES), not drawn above: Random(18183).sample(…, 90)
    # #000 太重轨道公司 (the rail-transit company of Taiyuan Heavy Industry) is a company by its short name; “灯塔工厂” is a
    # title
    ('prov17name-shanxi', '太重轨道公司获评全球轨道交通行业首座“灯塔工厂”，标志着我省制造业细分领域达到全球智能制造最高水平。',
     'org:太重轨道公司'),
    ('prov17name-chongqing', '健全国有企业法人治理结构，“一企一策”完善国企高质量发展考核指标体系，优化薪酬激励约束机制，推动政企分离企业建立现代企业制度，健全园区开发区“管委会+运营公司”协调联动机制，分行业、分区域推进“亩均论英雄”改革。',
     ''),
    ('prov17name-guangdong', '这些子公司在法律上独立于母公司，但在集团内部存在层级关系，共同构成一个完整企业网络。',
     ''),
    # #003 国家肿瘤区域医疗中心 is a category (*Where the sets disagree* 1)
    ('prov17name-liaoning', '国家肿瘤区域医疗中心建设顺利完工。',
     ''),
    # #004 国家区域医疗中心 is a counted category
    ('prov17name-gansu', '建成投运4个国家区域医疗中心。',
     ''),
    ('prov17name-liaoning', '做好今年工作，必须牢记习近平总书记殷殷嘱托，坚持党的全面领导，不折不扣贯彻落实党中央决策部署及省委工作要求，坚定赶超全国发展步伐。',
     'person:习近平 | org:党中央 | org:省委'),
    # #006 国家区域公共卫生中心 is a category (as 国家区域医疗中心)
    ('prov17name-yunnan', '建好国家区域公共卫生中心，129个县（市、区）全部达到消除麻风危害标准。',
     ''),
    # #007 自治区人大政协: the 自治区 of 政协 is elided; both are labelled as written (README); 中国 inside the thought is labelled
    ('prov17name-ningxia', '过去一年成绩的取得，根本在于习近平总书记的领航掌舵和亲切关怀，在于习近平新时代中国特色社会主义思想的科学指引，也是自治区党委正确领导、自治区人大政协鼎力支持和全区上下共同奋斗的结果。',
     'person:习近平 | person:习近平#2 | place:中国 | org:自治区党委 | org:自治区人大 | org:政协'),
    # #008 三湘 is a traditional name of Hunan, a place (as 三晋, 湖湘, README); 四海 is no place; 中欧班列 is a service and
    # 国家集结中心 a designation; 怀化国际陆港 is a dry port, a place (as 贵阳国际陆港); 西部陆海新通道 is a corridor (a route), not labelled
    ('prov17name-hunan', '着力拓通道、强平台，推动“五大通道”联动三湘、畅达四海，支持长沙申报建设中欧班列国家集结中心，推进怀化国际陆港全面融入西部陆海新通道。',
     'place:三湘 | place:长沙 | place:怀化国际陆港'),
    # #009 高校区域技术转移转化中心 is the same named institution as 全国高校区域技术转移转化中心 (README), an org
    ('prov17name-shanghai', '完善高校学科设置调整机制和人才培养模式，加快布局急需学科专业，加强基础学科、新兴学科、交叉学科建设，完善重点产业人才住企培养、职业教育产教联合体等育人新机制，建设高校区域技术转移转化中心。',
     'org:高校区域技术转移转化中心'),
    ('prov17name-xinjiang', '全面启动普通高考综合改革，设置新疆农业职业技术大学、乌鲁木齐职业大学、新疆交通职业技术大学、新疆工业学院等本科院校。',
     'org:新疆农业职业技术大学 | org:乌鲁木齐职业大学 | org:新疆交通职业技术大学 | org:新疆工业学院'),
    # #011 国家医学中心 and the regional centres are categories; 省医学科学院 is level-qualified (as 省科学院, holdout7)
    ('prov17name-guangdong', '统筹推进国家医学中心和国家、省级区域医疗中心建设，支持省医学科学院、深圳医学科学院等建设，加强临床医学研究。',
     'org:省医学科学院 | org:深圳医学科学院'),
    # #012 西洽会 and 智博会 are events; 墨西哥、越南驻渝总领馆: the consulate of Mexico is elided, labelled as written (as 泰安、德州机场,
    # README): place 墨西哥 and org 越南驻渝总领馆; NEW h17: a consulate general (a diplomatic mission) is a body, an org, taken
    # whole with its country and seat (驻渝); the “一带一路” skills centre is being built (建设), a project: not labelled
    ('prov17name-chongqing', '高标准筹办西洽会、智博会，推动墨西哥、越南驻渝总领馆开馆，推进“一带一路”国际技能交流中心建设，深化国际友城合作，不断提升对外交往活跃度和城市知名度。',
     'place:墨西哥 | org:越南驻渝总领馆'),
    ('prov17name-jiangxi', '深入开展养老服务提质升级、银发经济创新发展、老年社会参与扩面三大行动，建设改造90家区域性中心敬老院，推动乡镇敬老院转型升级，建设300个“一老一小幸福院”，提升老年助餐服务水平。',
     ''),
    # #014 the opinion (a document title) is not labelled, the person inside is
    ('prov17name-jiangxi', '6.固本强基提升本质安全水平“1+7”政策：“1”即《关于深入贯彻习近平总书记重要指示精神推动安全生产固本强基提升本质安全水平的意见》；',
     'person:习近平'),
    # #015 a level-qualified institute set up (成立), an org
    ('prov17name-shandong', '深入开展安全生产治本攻坚，完成危化品安全生产专项督导任务，成立省化工安全科学研究院，生产安全事故起数、死亡人数持续“双下降”。',
     'org:省化工安全科学研究院'),
    ('prov17name-shanghai', '跨国公司地区总部、外资研发中心分别新认定60家和30家，累计分别达到1016家和591家。',
     ''),
    # #017 村镇银行 and 农村信用社 are kinds of bank
    ('prov17name-guizhou', '深化财税金融改革，完善国有资本经营预算制度，推进农村信用社改革、村镇银行改革重组。',
     ''),
    ('prov17name-tianjin', '深入推进服务业扩大开放综合试点，鹏瑞利医院成为国内首家外商独资三级综合医院，市内免税店获批。',
     'org:鹏瑞利医院'),
    ('prov17name-ningxia', '提高育儿服务保障水平，完善生育支持政策体系，落实生育补贴、休假等制度，提高生育医疗费用报销比例，建好托育综合服务中心。',
     ''),
    ('prov17name-guizhou', '完善国有企业分类考核评价体系和国有企业履行战略使命评价机制，深化省属国有资本投资、运营公司改革，用好产业基金，更好促进产业发展和资本运作。',
     ''),
    # #021 the backbone direct-connection point is a facility; 七地(市) is a count
    ('prov17name-tibet', '拉萨国家级互联网骨干直联点获批建设，七地(市)大数据中心节点建成运行。',
     'place:拉萨'),
    # #022 the joint graduate school of the Fuzhou university town is one named body, taken whole
    ('prov17name-fujian', '加快高等教育强省建设，新增博士硕士学位授予单位8个、授权点87个，研究生培养实现设区市全覆盖，福州大学城联合研究生院正式招生，中国人民大学福州研究院、福州大学医学院揭牌成立。',
     'org:福州大学城联合研究生院 | org:中国人民大学福州研究院 | org:福州大学医学院'),
    ('prov17name-shandong', '完善异地就医报销政策，抓好区域转诊会诊中心建设，推动医学影像检查结果互认，让群众看病更便捷、更暖心。',
     ''),
    # #024 the promotion centre is one named body (用好), an org; the pilot city is a title
    ('prov17name-sichuan', '用好四川数智化绿色化发展促进中心，持续抓好制造业“智改数转”和大规模设备更新，打造一批智能工厂，推进成都建设国家级“5G+工业互联网”融合应用试点城市。',
     'org:四川数智化绿色化发展促进中心 | place:成都'),
    ('prov17name-gansu', '习近平总书记为我省发展把脉定向、擘画蓝图，这是我们干好工作、加快发展的最大信心和底气；',
     'person:习近平'),
    ('prov17name-sichuan', '完善义务教育优质均衡推进机制，持续深化学区制和集团化办学改革，构建覆盖全省中小学优质教育资源远程共享体系，促进基础教育扩优提质。',
     ''),
    # #027 “福农优品” is a brand
    ('prov17name-fujian', '抓好“产供销”，大力发展生态循环农业、设施农业，新建一批农产品产地冷链集配中心，推动更多“福农优品”走进千家万户，为老百姓生活添滋味，让广大消费者享口福。',
     ''),
    # #028 the heading: the session ordinal splits 北京市第十六届人民代表大会 (README); the city before the title 市长 is a place
    # (holdout2); 市长 is a title
    ('prov17name-beijing', '2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告。',
     'date:2025年1月14日 | place:北京市 | org:人民代表大会 | place:北京市#2 | person:殷勇'),
    # #029 中部地区 is a compass region (README)
    ('prov17name-hubei', '我省经济发展向好态势更加巩固，习近平总书记肯定湖北发展“领跑主赛道，在中部地区是打头的”。',
     'person:习近平 | place:湖北'),
    # #030 the Shanxi institute of the Huairou Laboratory is taken whole with its parent (README: 中国地质调查局重庆地质安全研究中心)
    ('prov17name-shanxi', '以科技创新引领产业创新，怀柔实验室山西研究院建成8个高水平实验试验平台。',
     'org:怀柔实验室山西研究院'),
    # #031 省实验室 and 省技术创新中心 are generic; the engineers' practice base is a base
    ('prov17name-zhejiang', '推动教育科技人才一体贯通，制定实施促进人才有序流动、推动教科人一体化发展的指导意见，省实验室、省技术创新中心均与高校建立深度合作关系，全国首个国家卓越工程师实践基地落户浙江。',
     'place:浙江'),
    # #032 枫桥 inside “枫桥经验” is labelled (a name inside a longer term, README); 综治中心 is generic
    ('prov17name-hunan', '坚持和发展新时代“枫桥经验”，推进公安派出所主防改革和社区警务建设，完成县乡综治中心规范化建设、实体化运行。',
     'place:枫桥'),
    ('prov17name-chongqing', '建设统筹适配的农村养老服务体系，增加乡镇卫生院、社区医院医养结合服务功能，引导符合条件的公立医院转型为老年医院。',
     ''),
    # #034 西安科技创新中心 is a status the city is to reach (as 国际科技创新中心, holdout7): only 西安; the national centre is named by
    # its own field (*Where the sets disagree* 1) and the Xi'an branch centre is one named body; 民机试飞中心 (the civil
    # aircraft flight-test centre) is one body opened (揭牌运行); NEW h17: 陕西实验室 named by its field (旱区农业陕西实验室, the
    # arid-area agriculture Shaanxi Laboratory) is one named lab, an org; in the elision 能源、新材料、旱区农业陕西实验室 the bare
    # fields 能源 and 新材料 are not names by themselves and are not labelled (as 三江 and 吉光, holdout9)
    ('prov17name-shaanxi', '加快西安科技创新中心建设，国家先进稀有金属材料技术创新中心、油气地球物理勘探技术创新西安分中心获批，民机试飞中心揭牌运行，能源、新材料、旱区农业陕西实验室正式组建。',
     'place:西安 | org:国家先进稀有金属材料技术创新中心 | org:油气地球物理勘探技术创新西安分中心 | org:民机试飞中心 | org:旱区农业陕西实验室'),
    # #035 国家中心城市 is a status
    ('prov17name-chongqing', '做强产业引领、科技创新、门户枢纽、综合服务等核心功能，推进产业、居住和公共服务协同配置，增强国家中心城市国际影响力和区域带动力。',
     ''),
    ('prov17name-jiangxi', '稳妥处置中小金融机构风险，严防新增高风险银行机构；',
     ''),
    # #037 中央 acting (中央有要求) is an org (README, NEW h4), the second 中央 (the first is inside 党中央); 总书记 alone is a title
    ('prov17name-gansu', '坚定不移贯彻落实党中央方针政策和工作部署，把习近平总书记视察甘肃重要讲话重要指示精神作为总遵循，切实做到总书记有号令、中央有要求、省委有部署、政府见行动。',
     'person:习近平 | place:甘肃 | org:党中央 | org:中央#2 | org:省委'),
    ('prov17name-shanghai', '全力做好世界银行营商环境对标改革，优化营商环境7.0版150项改革举措全面完成。',
     'org:世界银行'),
    ('prov17name-sichuan', '因地制宜推动兴业、强县、富民一体发展，支持有条件的县域瞄准主导产业集中发力，培育一批农业强县、工业强县、旅游名县，支持重点县（市）打造市域副中心。',
     ''),
    # #040 the routes are written with 一 for the dash (郑州一卢森堡): separate places; “空中丝路” and “双枢纽” are programmes; the
    # aviation hub is a project: only 中国邮政 (China Post, an org) inside
    ('prov17name-henan', '高水平建设郑州一卢森堡“空中丝路”，推进郑州一吉隆坡、郑州-墨西哥城等“双枢纽”建设，加快建设中国邮政航空枢纽，做强中豫航空集团，郑州机场货邮吞吐量100万吨。',
     'place:郑州 | place:卢森堡 | place:郑州#2 | place:吉隆坡 | place:郑州#3 | place:墨西哥城 | org:中国邮政 | org:中豫航空集团 | place:郑州机场'),
    # #041 国际消费中心城市 is a status
    ('prov17name-tianjin', '多措并举优化大宗消费，促进文旅、健康、养老、银发、托育、家政等服务消费，拓展数字、绿色、智能等新型消费，推动消费扩量提质增效，加快建设国际消费中心城市。',
     ''),
    ('prov17name-guizhou', '布局建设10家高价值专利培育中心。',
     ''),
    ('prov17name-shanghai', '优化分类考核评价体系，加强城市保障类企业成本绩效管理，推行管理人员竞争上岗等制度，强化上市公司市值管理。',
     ''),
    ('prov17name-qinghai', '建设青海高等研究院，加快构建以企业为主体、产学研深度融合的科技创新体系，高新技术企业数量突破300家。',
     'org:青海高等研究院'),
    # #045 沪 is a one-character abbreviation; the first 国家公共就业服务区域中心 is one of a class (首个): a category
    ('prov17name-shanghai', '稳岗扩岗补贴、创业担保贷款等稳就业政策落细落实，首个国家公共就业服务区域中心在沪成立，开展补贴性职业技能培训87.1万人次，城镇新增就业62.2万人，高校毕业生去向落实率保持全国领先。',
     ''),
    # #046 the conference is an event, 西藏 inside labelled
    ('prov17name-tibet', '站在新的历史起点，第四次对口支援西藏工作会议在拉萨召开，充分体现了习近平总书记和党中央对西藏工作的高度重视，为西藏长治久安和高质量发展提供了新的动力和方向。',
     'place:西藏 | place:拉萨 | person:习近平 | org:党中央 | place:西藏#2 | place:西藏#3'),
    # #047 branches are taken whole with their parents (README); 全国重点实验室 and 省重点实验室 are categories; the labs' alliance
    # is named by its field only, a functional description
    ('prov17name-jiangxi', '太行国家实验室江西创新中心获批建设，全国重点实验室达6家，中国工业互联网研究院江西分院、中国农业机械化科学院江西农业装备研究院等揭牌成立，省重点实验室优化重组至172家，在全国率先组建生态环境领域省重点实验室联盟。',
     'org:太行国家实验室江西创新中心 | org:中国工业互联网研究院江西分院 | org:中国农业机械化科学院江西农业装备研究院'),
    ('prov17name-anhui', '加快发展科技服务、金融服务、人力资源服务等产业，建设一批工业设计中心、检验检测中心、共性技术平台和供应链服务平台，推动产业向价值链高端延伸。',
     ''),
    # #049 衡沧 is a string of abbreviations inside a programme zone; 全国中药材集散中心 is a status
    ('prov17name-hebei', '实施增强农业质量效益和竞争力行动，全产业链提升粮油、奶业等6大主导产业，打造衡沧高品质蔬菜产业示范区，建设全国中药材集散中心。',
     ''),
    # #050 the 416 layout is a programme; 西部创新高地 is a compass region with a title
    ('prov17name-chongqing', '紧扣构建“416”科技创新布局，统筹推动教育强市、西部创新高地和人才中心建设。',
     ''),
    ('prov17name-heilongjiang', '实施医疗卫生强基工程，建设紧密型县域医共体中心药房，大力推广远程医疗服务，推进医院病房改造提升行动，开展重点人群疾病免费筛查。',
     ''),
    # #052 level-qualified companies (as 省能投集团, README)
    ('prov17name-guizhou', '深入推进国企改革深化提升行动，新组建省纺织集团、省外经贸集团、省农发集团，稳妥推进大数据、交通、物流、能矿、文化等领域省属国有企业改革重组。',
     'org:省纺织集团 | org:省外经贸集团 | org:省农发集团'),
    ('prov17name-fujian', '开展“千名医生下基层”，建立省市县三级巡回医疗工作制度，县域内基层医院检查、上级医院诊断的方式覆盖全省90%乡镇卫生院、社区卫生服务中心。',
     ''),
    # #054 我省 is a self-reference
    ('prov17name-guangdong', '基础稳主要是我省经济基本盘稳健，处在链接内外循环的关键节点，经济体量和市场规模大，且政府存量隐性债务全部清零，政府融资平台公司全面转型并规范管理，这些是广东经济行稳致远的支撑所在。',
     'place:广东'),
    # #055 全国文化中心 is a status; 首都 is no name (README)
    ('prov17name-beijing', '四是深入推进全国文化中心建设，首都文化在保护传承中繁荣发展。',
     ''),
    # #056 国家高原病医学中心 names one institution by its own field (*Where the sets disagree* 1), unlike bare 国家医学中心; 区域医疗中心
    # is a category
    ('prov17name-tibet', '加快区域医疗中心和国家高原病医学中心建设。',
     'org:国家高原病医学中心'),
    ('prov17name-shandong', '全面贯彻落实习近平总书记重要指示要求和党中央、国务院决策部署，落实好省委工作安排，忠诚履行党和人民赋予的神圣职责。',
     'person:习近平 | org:党中央 | org:国务院 | org:省委'),
    ('prov17name-anhui', '联合知名高校和企业共建安徽高等研究院，首招硕博士研究生735名。',
     'org:安徽高等研究院'),
    # #059 北京友谊医院、宣武医院内蒙古医院: the first hospital's 内蒙古医院 is elided; both labelled as written (README); 国家区域医疗中心 is a
    # category.; 全区 is a self-reference
    ('prov17name-inner_mongolia', '新挂牌北京友谊医院、宣武医院内蒙古医院2个国家区域医疗中心，建成紧密型县域医共体61个，全区333家医疗机构实现检查检验结果互认，医药集中带量采购减轻群众就医负担172亿元；',
     'org:北京友谊医院 | org:宣武医院内蒙古医院'),
    # #060 国家碳计量中心 (the National Carbon Metrology Centre) is one institution named by its own field, an org (*Where
    # the sets disagree* 1); the parks are generic
    ('prov17name-shandong', '深化节能降碳行动，初步建成国家碳计量中心，建设绿电产业园、零碳园区。',
     'org:国家碳计量中心'),
    ('prov17name-guizhou', '支持企业与高校、科研院所联合建设一批概念验证中心、中试平台。',
     ''),
    # #062 hospitals and their campuses are taken whole (holdout7); 二期 (a phase) is left out (holdout11); the clinical
    # centre of Nankai hospital is a named unit with its parent, an org
    ('prov17name-tianjin', '加快协和医学院天津医院二期、中医一附院静海院区等建设，建成环湖医院天塔院区、南开医院中西医结合临床中心。',
     'org:协和医学院天津医院 | org:中医一附院静海院区 | org:环湖医院天塔院区 | org:南开医院中西医结合临床中心'),
    # #063 the spallation neutron source, the attosecond laser and the neutrino station are facilities: only 江门 (as
    # 瓦里关 in 瓦里关全球大气本底站, README); 省实验室 and the research centres are generic
    ('prov17name-guangdong', '动工建设散裂中子源二期、先进阿秒激光，建成江门中微子实验站，优化省实验室体系，新建5家基础学科研究中心。',
     'place:江门'),
    # #064 the regional centres are categories; the experimental zone is a programme zone
    ('prov17name-fujian', '持续促进优质医疗资源下沉共享，建强国家级、省级区域医疗中心，支持福州建设国际医疗综合实验区。',
     'place:福州'),
    # #065 ice and snow sports centres are stadiums that host others' events, places (*Where the sets disagree* 4),
    # taken whole with their city and named quarter
    ('prov17name-liaoning', '沈阳王家湾冰上运动中心、抚顺龙岗山雪上运动中心获批开工。',
     'place:沈阳王家湾冰上运动中心 | place:抚顺龙岗山雪上运动中心'),
    ('prov17name-tibet', '建成跨区域冷链物流集散中心7个，农村邮路汽车化率达100%。',
     ''),
    ('prov17name-anhui', '深化以公益性为导向的公立医院改革，推进药品和医用耗材集采扩围提质，健全支持创新药和医疗器械发展机制。',
     ''),
    # #068 the headquarters are building projects: only the companies
    ('prov17name-hebei', '细化完善疏解激励政策，推动中国中化、中国华能总部建成投用，加快首批疏解高校、医院高质量建设，做好第二批疏解项目承接落地服务保障。',
     'org:中国中化 | org:中国华能'),
    # #069 全疆 and “疆算入渝” hold one-character abbreviations; 新疆智算 (Xinjiang's computing power) holds the place
    ('prov17name-xinjiang', '积极培育战略性新兴产业，开工建设8个算力网重点项目，全疆首个智算中心在克拉玛依建成投用，“疆算入渝”纳入国家数据基础设施建设试点，建成智能算力规模24000P，新疆智算实现“从无到有”的历史性突破。',
     'place:克拉玛依 | place:新疆'),
    ('prov17name-guangdong', '引导金融资产投资公司、保险公司长期资金进入股权投资领域，健全政府投资基金长周期考核机制，壮大耐心资本。',
     ''),
    ('prov17name-jiangxi', '实施居家适老化改造4.4万户，新增社区嵌入式养老院47家，建成区域性中心敬老院377家、城乡老年助餐点7800余个、“一老一小幸福院”698个，每千人口托位数达4.32个。',
     ''),
    # #072 the regional centres are categories
    ('prov17name-fujian', '扩容下沉医疗资源，8个国家区域医疗中心全部投用，9个省级区域医疗中心扩容建设。',
     ''),
    # #073 the international tourist distribution centre is a service facility (a transport hub), not a body: only 哈尔滨
    ('prov17name-heilongjiang', '发挥哈尔滨国际旅游集散中心作用，用好240小时过境免签政策，提升入境旅游便利化水平。',
     'place:哈尔滨'),
    # #074 the regional centres are categories
    ('prov17name-hebei', '8个国家区域医疗中心平稳运营，县域医疗服务能力不断增强，中医药定量化研究扎实推进。',
     ''),
    # #075 成渝 and 川渝 are strings of abbreviations; the science centre is a category (综合性国家科学中心, holdout7) and the
    # corridors are programmes
    ('prov17name-sichuan', '共建成渝综合性科学中心、成渝中线科创走廊，打造川渝“氢走廊”“电走廊”“智行走廊”等应用场景。',
     ''),
    ('prov17name-shanxi', '新建2个省实验室、2个基础学科研究中心，布局3个能源技术科创走廊、3个科技产业融合创新基地。',
     ''),
    # #077 矿产集团 is the second level-qualified company with its 省 elided, labelled as written
    ('prov17name-hunan', '省能源集团、矿产集团等相继组建。',
     'org:省能源集团 | org:矿产集团'),
    # #078 “双一流” is a programme
    ('prov17name-xinjiang', '推动优质本科扩容，加快新疆大学、石河子大学“双一流”建设，培育自治区特色优势产业相关新兴学科，布局理工类急需紧缺学科专业，提升高校人才培养和科技创新能力。',
     'org:新疆大学 | org:石河子大学'),
    # #079 specific companies named without their place, orgs (as 交通集团, README)
    ('prov17name-inner_mongolia', '森工集团、文旅集团、国贸集团、林草生态公司等区属国有企业，都要加大改革突围力度，对标一流、学习先进，提高经营业绩和市场竞争力，尽快做大做强。',
     'org:森工集团 | org:文旅集团 | org:国贸集团 | org:林草生态公司'),
    ('prov17name-ningxia', '扩大普惠养老服务供给，加强县乡村三级养老服务网络建设，支持专业化、连锁化、品牌化养老服务机构建设，社区养老服务设施、乡镇（街道）综合养老服务中心、农村老饭桌覆盖率分别达到90%、60%、35%以上。',
     ''),
    ('prov17name-sichuan', '支持老年大学利用社会资源设置教学点，扩大学位供给。',
     ''),
    ('prov17name-hebei', '在此，我代表省人民政府，向全省人民，向所有关心支持河北发展的同志们、朋友们，表示衷心的感谢！',
     'org:省人民政府 | place:河北'),
    ('prov17name-tianjin', '国有企业公司治理机制持续完善，市管非金融国企利润增长8％，75家融资平台转型或退出。',
     ''),
    # #084 “湘智兴湘” and 留湘来湘 hold one-character abbreviations
    ('prov17name-hunan', '坚持教育科技人才一体推进，实施支撑主导产业学科建设和产业急需紧缺学科专业发展计划，推动湖南高等研究院建设，深入推进“湘智兴湘”行动，布局一批离岸创新创业基地，打造大学生留湘来湘创新创业高地，吸引集聚海内外优秀人才；',
     'org:湖南高等研究院'),
    # #085 the export base is a base: only 敦煌; the university alliance is an alliance, an org, its quotes part of the
    # name (as “红岩思政”教育联盟, README); “培黎工坊” is a brand
    ('prov17name-gansu', '加强国家中医药特色服务出口基地建设，创建敦煌国家文化出口基地，支持“一带一路”高校联盟、岐黄中医学院建设，打造“培黎工坊”职教出海品牌。',
     'place:敦煌 | org:“一带一路”高校联盟 | org:岐黄中医学院'),
    # #086 a named metropolitan area and a new district are taken whole (README); “一枢纽四中心” is a count
    ('prov17name-jiangxi', '实施南昌都市圈培育行动，支持南昌建设“一枢纽四中心”、提升综合实力和发展能级，赣江新区建设高质量发展的现代化新区，九江打造长江经济带重要节点城市，抚州打造现代产业新区，推进都市圈同城化发展。',
     'place:南昌都市圈 | place:南昌#2 | place:赣江新区 | place:九江 | place:长江经济带 | place:抚州'),
    ('prov17name-chongqing', '建成“四新”高校13所，成功设置首所本科层次公办职业大学，实体化运行市域产教联合体14个，职业院校专业与重点产业匹配度达到88%。',
     ''),
    # #088 国际科技创新中心 is a status (holdout7)
    ('prov17name-beijing', '（四）统筹教育科技人才一体发展，推动国际科技创新中心建设向更高水平迈进',
     ''),
    ('prov17name-chongqing', '推动制定国土空间规划条例，深化国土空间治理“多规合一”改革，加强专项规划空间统筹，培育市域副中心城市，完善区域经济布局和国土空间体系。',
     ''),

    # -- every law: Random(18184).sample(…, 20)
    # #000 公安机关 is generic in a law (README)
    ('law17-public_security_administration_punishments_law_2012', '前款规定的处罚决定书，应当载明被处罚人的姓名、违法行为、处罚依据、罚款数额、时间、地点以及公安机关名称，并由经办的人民警察签名或者盖章。',
     ''),
    ('law17-regulations_on_government_information_disclosure_2019', '第五十二条 行政机关违反本条例的规定，未建立健全政府信息公开有关制度、机制的，由上一级行政机关责令改正；',
     ''),
    ('law17-peoples_police_law_2012', '公安机关的人民警察依照前款规定，可以采取必要手段强行驱散，并对拒不服从的人员强行带离现场或者立即予以拘留。',
     ''),
    ('law17-criminal_law', '（三）造成儿童伤害或者其他严重后果的；',
     ''),
    ('law17-criminal_law', '已满十四周岁不满十六周岁的人，犯故意杀人、故意伤害致人重伤或者死亡、强奸、抢劫、贩卖毒品、放火、爆炸、投放危险物质罪的，应当负刑事责任。',
     ''),
    ('law17-public_security_administration_punishments_law_2012', '第三十三条 有下列行为之一的，处十日以上十五日以下拘留:',
     ''),
    # #006 最高人民检察院, a single named body, is an org even in a law (as 最高人民法院, holdout7)
    ('law17-constitution_prc', '（九）选举最高人民检察院检察长；',
     'org:最高人民检察院'),
    ('law17-personal_information_protection_law_2021', '第六十二条 国家网信部门统筹协调有关部门依据本法推进下列个人信息保护工作：',
     ''),
    ('law17-public_security_administration_punishments_law_2012', '询问不通晓当地通用的语言文字的违反治安管理行为人、被侵害人或者其他证人，应当配备翻译人员，并在笔录上注明。',
     ''),
    ('law17-personal_information_protection_law_2021', '第六条 处理个人信息应当具有明确、合理的目的，并应当与处理目的直接相关，采取对个人权益影响最小的方式。',
     ''),
    ('law17-supervision_law_2024', '第四十四条 调查人员采取讯问、询问、强制到案、责令候查、管护、留置、搜查、调取、查封、扣押、勘验检查等调查措施，均应当依照规定出示证件，出具书面通知，由二人以上进行，形成笔录、报告等书面材料，并由相关人员签名、盖章。',
     ''),
    ('law17-personal_information_protection_law_2021', '履行个人信息保护职责的部门认为可能造成危害的，有权要求个人信息处理者通知个人。',
     ''),
    # #012 人民法院 is generic (README)
    ('law17-criminal_law', '人民法院应当组成合议庭进行审理，对确有悔改或者立功事实的，裁定予以减刑。',
     ''),
    ('law17-exit_entry_administration_law_2012', '第四十五条 聘用外国人工作或者招收外国留学生的单位，应当按照规定向所在地公安机关报告有关信息。',
     ''),
    ('law17-public_security_administration_punishments_law_2012', '因扰乱体育比赛秩序被处以拘留处罚的，可以同时责令其十二个月内不得进入体育场馆观看同类比赛；',
     ''),
    ('law17-public_security_administration_punishments_law_2012', '第六十九条 有下列行为之一的，处十日以上十五日以下拘留，并处五百元以上一千元以下罚款:',
     ''),
    ('law17-criminal_procedure_law_2018', '对违反取保候审规定，需要予以逮捕的，可以对犯罪嫌疑人、被告人先行拘留。',
     ''),
    ('law17-state_secrets_law_implementing_regulations_2024', '确需外单位人员维修的，应当由本机关、本单位的人员现场监督。',
     ''),
    ('law17-personal_information_protection_law_2021', '个人信息处理者未删除的，个人有权请求删除：',
     ''),
    ('law17-counterterrorism_law_2018', '第二十二条 生产和进口单位应当依照规定对枪支等武器、弹药、管制器具、危险化学品、民用爆炸物品、核与放射物品作出电子追踪标识，对民用爆炸物品添加安检示踪标识物。',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout17", ITEMS, DRAWS, sample, groups=("nat17", "prov17-", "prov17name-", "law17-"), id_letter="k")


if __name__ == "__main__":
    main()
