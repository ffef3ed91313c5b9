"""Build eval/ner/holdout19.jsonl: a nineteenth held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout18.py (those marked NEW h7 … NEW h18 included). The labeller did not
read anything of the extractor (dossier/), the tests or docs/, did not run it, bench/ner_eval.py, the
tests or any segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts
for them. The set has never been scored. It is drawn like holdout17 (same sources, new seeds; 90
national, 100 provincial, 90 name-cue and 20 law sentences); every entity type the rules define is
labelled.

    python eval/ner/build_holdout19.py            # write holdout19.jsonl from ITEMS, print counts
    python eval/ner/build_holdout19.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout19.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout17.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout18.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs.

1. nat19: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(20201).sample(…, 90). No cue word is required.
2. prov19-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(20202).sample(…, 100).
3. prov19name-*: the same provincial sentences that contain one of NAME_CUES (holdout15's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(20203).sample(…, 90).
4. law19-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(20204).sample(…, 20).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat19 #050 is in traditional characters and #059 partly so, nat19 #000 begins with the dash of a
list item and prov19name #019 is the heading line that names the reporting chairman; all are
readable report text and were kept.

The decisions this set adds (8, on 7 items) are marked NEW h19 on their items; the items' comments
say what they are.

Result: 300 sentences (90 nat19, 100 prov19, 90 prov19name, 20 law19), 235 entities: 119 place, 84 org,
25 person, 7 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat19 23 place, 7 org, 5 person, 4 date (18 sentences with an entity); prov19 44 place, 8 org,
3 person, 1 date (27); prov19name 51 place, 64 org, 17 person, 2 date (56); law19 1 place, 5 org (2).
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


# -- reading code, copied from build_holdout17.py (itself from build_holdout15.py, build_holdout13.py, build_holdout11.py,
# build_holdout9.py, build_holdout7.py, build_holdout6.py and build_holdout2.py) so that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,…,17,18}.py, and the texts of their ITEMS."""
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
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py", "build_holdout15.py", "build_holdout16.py",
             "build_holdout17.py", "build_holdout18.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12, build_holdout13, build_holdout14, build_holdout15,
               build_holdout16, build_holdout17, build_holdout18)
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
            out += [("nat19", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov19-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(20201).sample(national_candidates(), 90)}
    drawn |= {s for _, s in random.Random(20202).sample(provincial_candidates(), 100)}
    return [(f"prov19name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law19-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 20201, 90), (provincial_candidates, 20202, 100), (provincial_name_candidates, 20203, 90),
         (law_candidates, 20204, 20)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout18.py (NEW h7 … NEW h18
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h19 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(20201).sample(…, 90), in sampled order
    # #000 begins with the dash of a list item; readable, kept
    ('nat19', '——形成强大国内市场，构建新发展格局。',
     ''),
    # #001 中央财政: 中央 as an attribute (README); “三农” is no name
    ('nat19', '今年中央财政用于“三农”的投入拟安排12287亿元，比上年增加1868亿元。',
     ''),
    ('nat19', '当前我国经济发展的总形势很好，不只是一年好，而是连续几年好，出现了持续、稳定、协调发展的新局面。',
     ''),
    # #003 整风运动 is an event; 党 alone is not labelled (README)
    ('nat19', '工农业方面的各种增产措施所以能够推广和奏效，是同整风运动所造成的党同群众的密切联系和群众社会主义觉悟的提高分不开的。',
     ''),
    # #004 东盟 is a standing international body, an org (README)
    ('nat19', '同朝鲜、韩国和东盟各国的睦邻友好关系进一步加强；',
     'place:朝鲜 | place:韩国 | org:东盟'),
    # #005 习近平 and 中国 inside the thought are labelled (README); 同志 is a suffix; 全党全军 is no name
    ('nat19', '过去一年取得的成绩，根本在于习近平总书记领航掌舵，在于习近平新时代中国特色社会主义思想科学指引，是以习近平同志为核心的党中央坚强领导的结果，是全党全军全国各族人民团结奋斗的结果。',
     'person:习近平 | person:习近平#2 | place:中国 | person:习近平#3 | org:党中央'),
    ('nat19', '认真开展讲学习、讲政治、讲正气的“三讲”教育。',
     ''),
    # #007 the five-year plans are plan periods
    ('nat19', '在这五年里，我们要加快和深化改革，推动生产力发展，实现第七个五年计划，制定和实行第八个五年计划。',
     ''),
    # #008 农村信用社 is a kind of bank (holdout17); 农业银行 (the Agricultural Bank of China) and 农业发展银行 (the Agricultural
    # Development Bank) are specific banks by their short names, orgs (as 建设银行 and 国家开发银行)
    ('nat19', '完善农村信用社体制，推进农业银行、农业发展银行改革，加快农村金融创新，健全农村金融体系。',
     'org:农业银行 | org:农业发展银行'),
    # #009 the railway lines are not labelled (京九 and 南昆 are strings of one-character abbreviations); the hydro projects
    # are facilities: only the places inside them, elided and labelled as written; 长江三峡 is a place (holdout15) and 黄河小浪底
    # (Xiaolangdi on the Yellow River) is taken the same way, one span
    ('nat19', '一大批重点建设项目建成投产，京九、南昆铁路全线投入运营，长江三峡和黄河小浪底水利水电枢纽工程顺利截流。',
     'place:长江三峡 | place:黄河小浪底'),
    ('nat19', '健全政策性农业保险制度，建立农业再保险和巨灾风险分散机制。',
     ''),
    ('nat19', '扎实推进区域发展总体战略，区域经济发展协调性增强。',
     ''),
    ('nat19', '这是缩短建设周期、提高投资效益的核心问题。',
     ''),
    # #013 东北 is a bare compass word, not labelled (holdout11, holdout14); 老解放区 is generic
    ('nat19', '其中东北各省和山西、河北、山东、河南及其他老解放区，合作化的规模都将达到农户半数左右。',
     'place:山西 | place:河北 | place:山东 | place:河南'),
    ('nat19', '我们一定要、也一定能够战胜这一切病菌，我们国家的基本制度本身所具有的生命力，就是我们能够战胜这一切病菌的保证。',
     ''),
    ('nat19', '提倡自力更生、艰苦创业，正确处理国家、集体和个人的关系，把做好思想政治工作同贯彻物质利益原则恰当地结合起来，进一步激励人们的社会主义积极性和创造性。',
     ''),
    ('nat19', '企业吸纳符合条件的高校毕业生就业，可按规定享受相关就业扶持政策。',
     ''),
    ('nat19', '继续实行适度从紧的货币政策，保持货币供应量的适度增长。',
     ''),
    ('nat19', '建立国际新秩序，是世界各国人民的强烈愿望。',
     ''),
    # #019 美苏 is a string of one-character abbreviations
    ('nat19', '但是，世界人民期待于美苏双方的不是“和平”、“裁军”的言词，而是采取真正有利于和平和裁军的实际行动。',
     ''),
    ('nat19', '粮食等主要农产品、工业消费品和生产资料供应充裕，物价比较稳定，适度扩大财政赤字和国债规模，如果运用得当，不会引发通货膨胀。',
     ''),
    ('nat19', '三是必须坚持统筹国内国际两个大局。',
     ''),
    ('nat19', '（四）深入实施创新驱动发展战略，巩固壮大实体经济根基。',
     ''),
    # #023 中英 is a string of one-character abbreviations; full-width digits as written
    ('nat19', '中英两国自１９８４年签署联合声明以来，在香港问题上的合作原本是良好的。',
     'date:１９８４年 | place:香港'),
    ('nat19', '积极稳妥地推进政治体制改革，加强社会主义民主政治建设。',
     ''),
    ('nat19', '还有一种情况，由于有些同志对于调整重工业的服务方向和产品结构的必要性认识不足，行动迟缓，应该早转产的转晚了，造成一些重工业产品的生产不该下降的也下降了，这种倾向正在纠正。',
     ''),
    # #026 中美 is a string of one-character abbreviations
    ('nat19', '我们希望美国政治家们能够认识到，中美之间的正常关系不仅符合中国的利益，也符合美国的利益。',
     'place:美国 | place:中国 | place:美国#2'),
    ('nat19', '推进科技强国建设，全面启动实施国家科技重大专项，加快完善重大科技基础设施体系，加强拔尖创新人才培养。',
     ''),
    ('nat19', '我们坚持有扶有控，促进结构调整和优化升级，增强发展后劲。',
     ''),
    ('nat19', '出台深化科技体制改革加快国家创新体系建设的意见。',
     ''),
    ('nat19', '我们要为经济振兴打好基础，必须使基本建设保持必要的规模，但这个规模一定要同国力相适应，不能超过财力负担和物资供应的可能。',
     ''),
    ('nat19', '建立产品丰富多彩、物美价廉的轻工业，按人口平均的轻工业品产量有较大增长。',
     ''),
    ('nat19', '深化文化管理体制改革，完善文化经济政策，增强艺术表演团体和其他文化企事业单位的活力，扶持高雅艺术和民族文化精粹。',
     ''),
    ('nat19', '社会主义的根本任务是解放和发展生产力，各项工作都应当服从于和服务于这个中心。',
     ''),
    # #034 the Games are an event
    ('nat19', '北京赢得了２００８年奥运会举办权。',
     'place:北京 | date:２００８年'),
    ('nat19', '所以说，我国目前发展轻工业的问题，主要不是增加投资的问题，而是增加原料生产的问题。',
     ''),
    ('nat19', '加快发展外贸新业态新模式，充分发挥跨境电商作用，支持建设一批海外仓。',
     ''),
    ('nat19', '有些关系群众利益的问题还没有得到根本解决；',
     ''),
    ('nat19', '深入实施区域发展总体战略和全国主体功能区规划。',
     ''),
    ('nat19', '这两项是实现我国经济振兴的主要依靠。',
     ''),
    ('nat19', '扩大国内需求，首先必须增加城乡居民特别是低收入群体的收入，培育和提高居民的购买力。',
     ''),
    ('nat19', '（四）基本建设要坚决缩短战线，集中力量打歼灭战，提高工程质量，降低工程造价，缩短建设周期。',
     ''),
    # #042 社保基金 is a fund (README)
    ('nat19', '稳步推动养老保险制度改革，划转部分国有资本充实社保基金。',
     ''),
    ('nat19', '促进教育事业优先发展、公平发展。',
     ''),
    # #044 第二个五年计划 is a plan period
    ('nat19', '我们应当努力争取一九五八年的国民经济发展有一个新的跃进，为第二个五年计划创造一个好的开端。',
     'date:一九五八年'),
    ('nat19', '落实和优化休假制度，释放文化、旅游、体育等消费潜力。',
     ''),
    ('nat19', '确需设置的行政审批事项，要建立权力清单制度，一律向社会公开。',
     ''),
    ('nat19', '政府工作人员特别是各级领导干部，一定要转变观念，顾全大局，以积极的态度搞好改革。',
     ''),
    ('nat19', '在增加农副产品出口的同时，努力提高工矿产品在出口中的比重。',
     ''),
    ('nat19', '适当提高排污费、污水处理费和垃圾处理费标准。',
     ''),
    # #050 is in traditional characters; readable, kept
    ('nat19', '這種情形在目前的基本建設工程中還遠不是少數。',
     ''),
    ('nat19', '由于工资提高，全国职工增加的收入将达到１２．５亿元。',
     ''),
    # #052 中央 as a level (README); 集团购买力 is no name
    ('nat19', '今年的行政经费预算，从中央到地方，一律削减１０％，集团购买力要按上年实际数额核减２０％。',
     ''),
    ('nat19', '一亿吨石油所创造的价值同工业发达国家比较，相差很远，这也是一个很大的浪费。',
     ''),
    ('nat19', '完善医疗纠纷调处机制，改善医患关系。',
     ''),
    ('nat19', '完善对垄断行业工资总额和工资水平的双重调控政策。',
     ''),
    # #056 周总理 is a title with a surname (README); 马克思 and 列宁 inside 马克思列宁主义 are persons (holdout6)
    ('nat19', '周总理指出，过去五年多来，以马克思列宁主义力量为核心的世界革命人民，同以美国为首的帝国主义、各国反动派和现代修正主义，进行了严重的较量，取得了很大的胜利。',
     'person:马克思 | person:列宁 | place:美国'),
    # #057 去年 is relative
    ('nat19', '建立健全普通本科高校、高等和中等职业学校国家奖学金助学金制度，中央财政此项支出从2006年20.5亿元增加到去年的98亿元，高校资助面超过20%，中等职业学校资助面超过90%，资助标准大幅度提高。',
     'date:2006年'),
    ('nat19', '一年来的经济调整，虽然取得很大成绩，但是也要看到，国民经济中的潜在危险还没有完全消除。',
     ''),
    # #059 is partly in traditional characters; readable, kept
    ('nat19', '对农業的社会主义改造，是經过了从互助組到低級合作社再到高級合作社的發展过程。',
     ''),
    ('nat19', '健全督查问责机制，坚决整肃庸政懒政怠政行为，决不允许占着位子不干事。',
     ''),
    ('nat19', '健全低保标准确定和调整机制，拓展救助对象范围。',
     ''),
    ('nat19', '坚持和完善职工代表大会和其他形式的企事业单位民主管理制度，保障职工的合法权益。',
     ''),
    # #063 国家计委 (the State Planning Commission) by its usual short name is an org (holdout13)
    ('nat19', '今后除限额以上，需要国家计委综合平衡的项目，报国家审批以外，其余的实行分级管理、分级平衡。',
     'org:国家计委'),
    ('nat19', '主要措施是：认真贯彻国家产业政策，严格市场准入标准，控制新增产能；',
     ''),
    # #065 东部地区 and 中西部地区 are compass regions; 东北 is a bare compass word (README *Where the sets disagree* 2)
    ('nat19', '东部地区创新发展能力增强，中西部地区和东北等老工业基地发展潜力有序释放；',
     ''),
    # #066 军队 is generic
    ('nat19', '军队革命化、现代化、正规化建设继续加强，国防实力和军队防卫作战能力提高。',
     ''),
    ('nat19', '深入开展法制宣传教育，在全社会形成自觉学法守法用法的良好氛围。',
     ''),
    ('nat19', '加强企业对外投资合作的金融支持，拓宽对外投资渠道。',
     ''),
    ('nat19', '全年工业总产值计划比上年增长6％，预计可以超过。',
     ''),
    ('nat19', '有许多改革的措施，需要经过一定时间的实践，才能发挥出它们的效益。',
     ''),
    ('nat19', '所有企业都要树立市场观念，增强竞争意识，珍视企业信誉，创造良好的企业形象。',
     ''),
    ('nat19', '各级政府要更加关心和重视教育事业，像抓经济工作那样抓好教育工作。',
     ''),
    ('nat19', '适当提高农村家庭经济困难寄宿生生活费补助标准。',
     ''),
    ('nat19', '坚定不移地巩固和发展平等团结互助和谐的社会主义民族关系。',
     ''),
    ('nat19', '国务院先后向192个重点国有企业以及一批国有金融机构派出了监事会，对国有企业和金融机构领导人实行了经济责任审计。',
     'org:国务院'),
    ('nat19', '我们清醒地看到，在我国的经济和社会发展中，还存在着不少矛盾和问题。',
     ''),
    ('nat19', '用改革的办法解决城镇化难点问题。',
     ''),
    ('nat19', '开展土壤污染详查，分类制定实施治理措施。',
     ''),
    # #079 香港 inside 香港人 is labelled (as 贵州 in 贵州籍, holdout8); “一国两制” is a policy
    ('nat19', '我们相信，有全国人民作后盾，在６００多万香港人的共同努力下，“一国两制”一定能够成功，香港一定能够长期保持繁荣稳定，香港的明天一定会更加美好。',
     'place:香港 | place:香港#2 | place:香港#3'),
    ('nat19', '改革税制，建立以增值税为主体的流转税制度，统一内资企业所得税和个人所得税，同时改革国有企业利润分配制度。',
     ''),
    ('nat19', '培育绿色贸易、数字贸易等新增长点，支持有条件的地方发展新型离岸贸易，积极发展边境贸易。',
     ''),
    # #082 祖国 is no name
    ('nat19', '中国人民有决心也完全有能力早日解决台湾问题，完成祖国统一大业。',
     'place:中国 | place:台湾'),
    ('nat19', '第六个五年计划期间，要对生产量大、使用面广的机电产品，特别是耗能多的汽车、拖拉机、内燃机、工业锅炉、水泵、风机、中小型电动机等进行技术改造，促使它们更新换代。',
     ''),
    # #084 党的十六大 is an event; “三个代表” is no name
    ('nat19', '过去的一年，各级政府按照党中央的部署，兴起学习贯彻“三个代表”重要思想和党的十六大精神的高潮。',
     'org:党中央'),
    # #085 the demonstration zone is a programme zone and 制造业创新中心 a category; 中国 inside 中国制造 is labelled (as in 中国特色,
    # README)
    ('nat19', '把发展智能制造作为主攻方向，推进国家智能制造示范区、制造业创新中心建设，深入实施工业强基、重大装备专项工程，大力发展先进制造业，推动中国制造向中高端迈进。',
     'place:中国'),
    # #086 经济特区 is generic; the new districts are taken whole with their cities (README)
    ('nat19', '更好地发挥经济特区、上海浦东新区、天津滨海新区在改革开放中先行先试的重要作用。',
     'place:上海浦东新区 | place:天津滨海新区'),
    ('nat19', '我们讲整顿，就是要把现有企业特别是一部分目前管理混乱的企业坚决整顿好。',
     ''),
    # #088 两岸 is no name
    ('nat19', '努力推进两岸协商对话，推动经济互利融合，加强基层和青少年交流。',
     ''),
    ('nat19', '通观全局，做好今年政府工作必须把握好以下原则：一是稳定政策，适度微调。',
     ''),

    # -- the 31 provinces' 2025 reports: Random(20202).sample(…, 100), in sampled order
    ('prov19-inner_mongolia', '学前教育重点抓普及普惠，也要做好托育服务，帮助年轻人解决后顾之忧。',
     ''),
    # #001 the clusters and parks are counted categories
    ('prov19-ningxia', '累计创建国家级产业集群和现代农业产业园11个、农业产业强镇19个。',
     ''),
    ('prov19-beijing', '完善“保障+市场”住房供应体系，优先向轨道交通站点周边和就业密集地区供应住宅用地，建设筹集保障性租赁住房5万套、竣工各类保障房8万套。',
     ''),
    # #003 lines and roads are not labelled, the places inside them are (holdout11); 长太, 沈白 are strings of one-character
    # abbreviations; 大水网工程 is a project, G331 a road number
    ('prov19-jilin', '长春轨道交通6号线、长太高速等投入运行，沈白高铁、大水网工程、G331及一批道路工程顺利推进。',
     'place:长春'),
    ('prov19-shaanxi', '稳步开展能效提标升级、重点行业低碳发展行动，建设零碳园区，扩大绿电交易规模。',
     ''),
    # #005 “5+2就业之家” is a service brand
    ('prov19-jiangxi', '强化就业优先政策，用好“5+2就业之家”，做好高校毕业生、农民工、退役军人、脱贫劳动力等重点群体就业工作，新增发放创业担保贷款160亿元，城镇新增就业41万人，保持零就业家庭动态清零。',
     ''),
    ('prov19-chongqing', '新增国际友好城市和友好交流城市10个。',
     ''),
    # #007 其常委会 is not labelled (README)
    ('prov19-ningxia', '自觉接受人大及其常委会监督、政协民主监督等各方面监督，始终在法治轨道上、在人民监督下开展工作。',
     'org:人大 | org:政协'),
    ('prov19-gansu', '二是继续支持1万名未就业普通高校毕业生到基层就业，城镇新增就业30万人。',
     ''),
    ('prov19-guizhou', '鼓励省内优强企业开展产业链供应链国际合作，进一步扩大对外投资和承包工程。',
     ''),
    ('prov19-hunan', '坚决纠治形式主义、官僚主义，着力为基层减负赋能，出台大抓落实工作激励“二十条”，激发了干事创业的正能量。',
     ''),
    # #011 NEW h19: 奥迪一汽 (Audi FAW, the joint venture of Audi and FAW) is one company named by its parents run together,
    # one org span (the longest name, README), not two orgs; the models and 车路云一体化 are not labelled
    ('prov19-jilin', '汽车产业加速向新能源和智能网联方向转型，支持奥迪一汽新能源车型批量投产上市，加快“车路云一体化”基础设施建设，拓展应用场景。',
     'org:奥迪一汽'),
    ('prov19-zhejiang', '过去一年，我们坚决贯彻全面从严治党要求，加强政府自身建设，高标准开展党纪学习教育，深化“循迹溯源学思想促践行”，坚定拥护“两个确立”、坚决做到“两个维护”。',
     ''),
    ('prov19-hunan', '强化“三查一曝光”硬举措，安全生产形势持续向好，道路交通事故亡人数量下降12.7%，森林火灾数量下降56.2%。',
     ''),
    ('prov19-henan', '累计建设人才公寓30万套，新筹集保障性租赁住房4.7万套。',
     ''),
    # #015 全运会 is an event
    ('prov19-shanghai', '支持上海体育健儿在全运会等重大赛事上取得好成绩。',
     'place:上海'),
    # #016 文房四宝 is no name
    ('prov19-anhui', '加强传统工艺技艺保护传承利用，促进文房四宝等历史经典产业振兴。',
     ''),
    # #017 the crafts are products and brands: only the places inside them (琅琊, the historic Langya, included) and 鲁班
    # inside 鲁班锁, a person as in 鲁班工坊 (holdout13)
    ('prov19-shandong', '发挥工艺美术师、非遗传承人等作用，推动淄博陶琉、章丘铁锅、琅琊草编、无棣贝瓷、滕州鲁班锁、巨野工笔牡丹画等做强品牌、拓展市场。',
     'place:淄博 | place:章丘 | place:琅琊 | place:无棣 | place:滕州 | person:鲁班 | place:巨野'),
    ('prov19-hunan', '有序推进碳达峰十大行动，落实资源总量管理和全面节约制度，开展固体废物综合治理和资源综合利用提质增效行动，健全废弃物循环利用体系，推进“无废城市”建设。',
     ''),
    ('prov19-guizhou', '高质量推进高标准农田建设，力争新建和改造提升200万亩以上。',
     ''),
    # #020 the science park, science city and new town are named development areas taken whole with their places
    # (README); 滨海新区 is a new district named without its city; 京津 inside them is not labelled separately (flat)
    ('prov19-tianjin', '有效发挥空间资源优势，持续强化与北京各产业园区合作，完善共建共享机制，推动滨海新区和天津滨海—中关村科技园、宝坻京津中关村科技城、武清京津产业新城等集聚资源、提升能级。',
     'place:北京 | place:滨海新区 | place:天津滨海—中关村科技园 | place:宝坻京津中关村科技城 | place:武清京津产业新城'),
    # #021 “四个一批” is a count
    ('prov19-shaanxi', '以推进高质量项目稳投资，深化“四个一批”项目管理，发挥超长期特别国债、专项债撬动作用，固定资产投资增长5.2%，其中社会资本投资、工业技改投资分别增长8.2%、21.4%。',
     ''),
    ('prov19-beijing', '持续激发民间投资活力，面向民间资本推介重大项目总投资不低于2000亿元。',
     ''),
    ('prov19-sichuan', '推动全民健身，加快补齐公共体育设施短板。',
     ''),
    ('prov19-fujian', '以需求牵引供给，以供给创造需求，在更高水平上实现供需动态平衡。',
     ''),
    # #025 全区 is a self-reference
    ('prov19-inner_mongolia', '全区有280万农牧民在城镇转移就业，要实施好新一轮农牧业转移人口市民化行动，推动转移支付、要素配置等与农牧业转移人口市民化挂钩，在住房、教育、医疗、社保、交通等方面提供更好服务。',
     ''),
    ('prov19-guangxi', '让人民过上幸福生活是头等大事。',
     ''),
    ('prov19-beijing', '提高社会保障水平，推进渐进式延迟法定退休年龄改革，提高社保、低保等待遇标准，累计为百万名新就业形态劳动者提供职业伤害保障；',
     ''),
    ('prov19-hubei', '民生领域还有不少短板，群众就业增收面临压力，教育、医疗、养老等公共服务与群众期盼还有差距，生态环境治理还有薄弱环节，基层“三保”压力加大。',
     ''),
    # #029 沪苏浙 is a string of one-character abbreviations; 皖北 is a direction joined to the abbreviation 皖, a place as 滇西
    # (holdout7) and 京西 (holdout17)
    ('prov19-anhui', '沪苏浙城市与皖北城市结对合作帮扶持续深化，省际毗邻地区合作提质升级。',
     'place:皖北'),
    # #030 自贸港 is a programme zone: only 海南 (README); the round table is a mechanism
    ('prov19-hainan', '优化海南自贸港外资企业圆桌会制度，积极开展境外招商招才拓展活动，加快落地标志性外资项目。',
     'place:海南'),
    ('prov19-guangxi', '加强小型农业水利设施建设和管护，改善灌溉面积75.8万亩。',
     ''),
    ('prov19-ningxia', '坚持供需两侧协同发力，形成投资消费相互促进的良性循环。',
     ''),
    ('prov19-shaanxi', '完成“保回迁”项目195个11.7万户。',
     ''),
    ('prov19-chongqing', '系统推进科研院所分类改革，深化实施科技领军企业培育行动计划，提质提速“双倍增”行动，力争高新技术企业突破1万家、科技型企业突破7.5万家。',
     ''),
    ('prov19-jilin', '健全农业社会化服务体系，带动小农户规模达到160万户。',
     ''),
    ('prov19-yunnan', '我们一定把老百姓的心上事作为上心事，办成放心事、舒心事，让每一份合理的诉求都被尊重，让每一个对美好生活的向往都被温暖，让各族群众真切感受到生活在新时代很幸福、很美好！',
     ''),
    # #037 railway, metro and motorway lines are not labelled; 温福, 厦漳泉, 沈海 and 漳诏 are strings of one-character
    # abbreviations; 福州 inside the metro line is a place (holdout11)
    ('prov19-fujian', '开建温福高铁、厦漳泉R1线、福州地铁6号线西延线、沈海高速漳诏扩容工程等。',
     'place:福州'),
    ('prov19-xinjiang', '规模以上工业增加值增长8%左右；',
     ''),
    ('prov19-chongqing', '推动碳排放权、用水权交易，健全森林、水流等生态保护补偿制度。',
     ''),
    ('prov19-chongqing', '建立政府专项债券全生命周期管理机制，加强公共服务绩效管理，健全集中财力办大事机制。',
     ''),
    ('prov19-yunnan', '开展6000户特殊困难高龄、失能、残疾老年人家庭居家适老化改造；',
     ''),
    ('prov19-liaoning', '深入落实外商投资准入负面清单，稳步扩大制度型开放，拿真招引资稳资、用真心安商稳商。',
     ''),
    # #043 皖北地区 as 粤东地区 (README *Where the sets disagree* 2, 3)
    ('prov19-anhui', '启动实施皖北地区基础教育优质资源扩容工程。',
     'place:皖北地区'),
    # #044 中央政治局 (the Politburo) is an org (dev), labelled inside the meeting (an event); 9月26日 and 四季度 have no year
    ('prov19-guangxi', '聚焦“五张清单”、“双向清单”，闭环管理，逐月逐季开展经济运行分析调度，特别是9月26日中央政治局会议后，狠抓存量政策和增量政策落实，开展专项行动攻坚四季度，推动各项政策措施叠加显效、经济增速逐季抬升。',
     'org:中央政治局'),
    ('prov19-sichuan', '优化居家为基础、社区为依托、机构为专业支撑、医养相结合的养老服务供给格局。',
     ''),
    # #046 the song festival is an event: 中国 inside labelled; 西部 is a compass word
    ('prov19-ningxia', '积极支持文学艺术、电视电影、网络短剧、舞台戏曲等精品创作，举办第十九届中国西部民歌（花儿）歌会等活动。',
     'place:中国'),
    ('prov19-shanxi', '各位代表，高质量发展是必由之路。',
     ''),
    # #048 国家文化公园 is a programme, the places inside are labelled (holdout13); 长城 (the Great Wall) is a historic site, a
    # place (as the Berlin Wall, holdout18)
    ('prov19-shanxi', '推进长城、黄河国家文化公园建设。',
     'place:长城 | place:黄河'),
    ('prov19-shanxi', '持续打造3个热点门户城市，依托历史文化名城（街区）名镇名村，建设旅游名城名县名镇。',
     ''),
    # #050 润疆 holds a one-character abbreviation; 中央政权 is no body; the symposium is an event, 新疆地区 inside it taken with
    # its area word; the intangible heritage hall and the museum run their own programme, orgs (README *Where the sets
    # disagree* 4), 新疆 and 西域 inside them not labelled again
    ('prov19-xinjiang', '深入实施文化润疆，实施史证中央政权有效治理新疆重点遗址遗迹保护展示和环塔里木盆地宗教遗址保护利用项目，召开历代中央政权治理新疆地区学术研讨会，建成新疆非物质文化遗产馆、西域都护府博物馆等一批重点文博场馆。',
     'place:新疆 | place:塔里木盆地 | place:新疆地区 | org:新疆非物质文化遗产馆 | org:西域都护府博物馆'),
    ('prov19-fujian', '提升消费能力、意愿和层级，加力扩围实施“两新”政策，加快释放内需潜力。',
     ''),
    ('prov19-guangxi', '推进社会保障卡居民服务“一卡通”。',
     ''),
    # #053 NEW h19: 京郊 (Beijing's outskirts) is the abbreviation 京 with the area word 郊, a place as 京津冀地区 (README) and
    # 京西 (holdout17); 大 (greater) before it is left out
    ('prov19-beijing', '坚持大城市带动大京郊、大京郊服务大城市，落实乡村振兴促进条例，千方百计推动农业增效益、农村增活力、农民增收入。',
     'place:京郊 | place:京郊#2'),
    # #054 中央 as an attribute (README)
    ('prov19-xinjiang', '用好中央债务置换政策，积极稳妥化解存量债务，坚决遏制各类新增隐性债务。',
     ''),
    # #055 华为 is the maker inside the model's name (as 微医 in 微医大模型, README); 盘古 is a product
    ('prov19-guizhou', '华为盘古等大模型加快应用推广。',
     'org:华为'),
    ('prov19-tibet', '试点建设农业产业化联合体，农畜产品加工业总产值增长10%以上。',
     ''),
    ('prov19-tianjin', '民营规上工业增加值、限上批发零售业商品销售额、外贸进出口总额占比分别为23.1％、62.5％、45.5％。',
     ''),
    # #058 the scenic area is a designation; NEW h19: the palace, the temple and the garden are historic sites, places
    # (as 麦积山石窟, README): a temple named as a sight is not taken as a religious body (org)
    ('prov19-tibet', '推进“布达拉宫—大昭寺—罗布林卡”世界级旅游景区创建。',
     'place:布达拉宫 | place:大昭寺 | place:罗布林卡'),
    # #059 the stars are programme names
    ('prov19-chongqing', '迭代“满天星”行动计划，培育“北斗星”“启明星”软件企业，力争软件从业人员突破50万人。',
     ''),
    ('prov19-jilin', '面对国内外复杂严峻形势，全省上下牢记习近平总书记嘱托，全力克服需求不足、预期转弱、化债除险、防汛救灾等多重困难挑战，负重前行，真抓实干，经济运行总体平稳，社会大局保持稳定，振兴发展取得新成效。',
     'person:习近平'),
    ('prov19-heilongjiang', '碳达峰碳中和稳步推进，完成煤电机组节能降碳改造100万千瓦、灵活性改造60万千瓦。',
     ''),
    ('prov19-jilin', '开展好5个国家新型城镇化试点。',
     ''),
    # #063 省委书记 is a title after the body, 浙江省委 an org; 同志 is a suffix; 枫桥 inside “枫桥经验” (holdout17)
    ('prov19-sichuan', '2003年，时任浙江省委书记的习近平同志指示坚持和发展“枫桥经验”。',
     'date:2003年 | org:浙江省委 | person:习近平 | place:枫桥'),
    # #064 央地 and 央企 are not labelled (README)
    ('prov19-heilongjiang', '完善创新央地合作发展机制，服务央企高质量发展。',
     ''),
    # #065 the contests are events
    ('prov19-fujian', '办好第三届全国博士后创新创业大赛、第二届全国职工数字化应用技术技能大赛决赛等，让有本事的人在福建有更多机会、更大舞台。',
     'place:福建'),
    ('prov19-hainan', '规范托育服务机构发展，每千人口托位数达4.5个。',
     ''),
    ('prov19-hubei', '聚焦6G、量子科技等未来产业重点领域，深入实施颠覆性技术策源、应用场景牵引等6大行动，全球首款续航超千公里氢能重卡试产，首个全国产高通道脑机接口临床测试。',
     ''),
    ('prov19-sichuan', '做好“土特产”提升附加值大文章，发展绿色农业、生态农业、有机农业，培育畜牧万亿级产业链、粮油五千亿级产业链和蔬菜、水果、茶叶等8个千亿级产业链。',
     ''),
    ('prov19-henan', '培育一批全国县域经济百强县、经济总量千亿县、财政收入百亿县、城区人口超50万县。',
     ''),
    ('prov19-zhejiang', '推动实体经济和数字经济深度融合。',
     ''),
    ('prov19-gansu', '主动创安创稳守护万家灯火，覆盖城市乡村，有力保障了全省现代化建设大局。',
     ''),
    ('prov19-guangxi', '抓好粮食和重要农产品稳产保供。',
     ''),
    # #073 成渝地区双城经济圈 is a named economic region taken whole (as 酒嘉双城经济圈, holdout7); 海南自由贸易港 is a programme zone: only 海南
    # (README)
    ('prov19-guangxi', '深化与粤港澳大湾区经济互补和协同发展，扩大与长江经济带、京津冀地区、成渝地区双城经济圈、海南自由贸易港协同联动，深化与通道沿线周边省份合作。',
     'place:粤港澳大湾区 | place:长江经济带 | place:京津冀地区 | place:成渝地区双城经济圈 | place:海南'),
    ('prov19-anhui', '深化重点领域战略性重组和专业化整合，推动省属企业更多布局新兴产业。',
     ''),
    # #075 “两山” is no name; “中华水塔” is a nickname (中华 not labelled, README); NEW h19: 神州 (the Divine Land) is a
    # traditional name of China, a place as the traditional region names 三晋 and 天府 (README); 高原大地 is generic
    ('prov19-qinghai', '“两山”理念更加深入人心，“中华水塔”润泽神州，人与自然和谐共生，生态文明之路在高原大地越走越宽广。',
     'place:神州'),
    ('prov19-guizhou', '坚持大抓招商、抓大项目招商，全力提供优质服务，营造良好发展环境，全面掀起产业大招商热潮。',
     ''),
    ('prov19-xinjiang', '实施医疗卫生强基工程，深化以公益性为导向的公立医院综合改革，推进县域医共体建设，推进优质医疗资源规划布局、扩容下沉和能力提升。',
     ''),
    # #078 中东部 (central and eastern China) is a compass region, not 中东 (the Middle East)
    ('prov19-xinjiang', '加快传统产业改造升级，推动产业园区“腾笼换鸟”，积极承接中东部劳动密集型、资源密集型产业转移。',
     ''),
    ('prov19-gansu', '着力提升“引大引强引头部”行动质效，依托矿产、能源、农业、文旅等优势资源，大力开展产业链上下游招商，招引落地更多总部企业、重点企业。',
     ''),
    ('prov19-guangdong', '鼓励居民连续参保，对连续参加居民医保满4年的参保人员，之后每连续参保1年，提高大病保险最高支付限额3800元。',
     ''),
    ('prov19-anhui', '聚焦十大新兴产业和未来产业，一体推进引资、引才、引技。',
     ''),
    ('prov19-sichuan', '布局建设一批人工智能平台、宽带基础网络、智行走廊、卫星导航、数据流通利用等新型基础设施。',
     ''),
    ('prov19-jiangxi', '招投标不见面开标率99%，低风险经营主体“无事不扰”率99.16%；',
     ''),
    ('prov19-guangxi', '深入推进先进制造业和现代服务业融合发展试点，加快发展服务型制造。',
     ''),
    # #085 “沙戈荒” is no name; the base is a project
    ('prov19-xinjiang', '巩固塔克拉玛干沙漠边缘锁边成果，加快“沙戈荒”新能源基地建设，大力发展沙产业，实现治沙富民。',
     'place:塔克拉玛干沙漠'),
    # #086 the base is a project: only 晋北, a direction joined to the abbreviation 晋 (as 皖北, #029); 采煤沉陷区 is generic
    ('prov19-shanxi', '投资超过550亿元的晋北采煤沉陷区新能源基地开工建设，新能源和清洁能源装机占比达到49.7%。',
     'place:晋北'),
    ('prov19-jilin', '深入实施“十百千万”工程，打造“美丽乡村示范县”5个、“百村示范”村200个，行政村清洁覆盖率保持100％。',
     ''),
    # #088 awards are not labelled, the names inside them are (README: 中国新闻奖): 兰亭 (the Orchid Pavilion) in 兰亭奖 and 中国;
    # 飞天, 山花 and 荷花 are no names; the Games are an event, 巴黎 inside labelled (holdout8)
    ('prov19-zhejiang', '“飞天奖”“兰亭奖”“中国美术奖”“山花奖”“荷花奖”获奖数全国第一，实施文化特派员制度，浙江健儿在巴黎奥运会、残奥会上获得奖牌数创历届之最。',
     'place:兰亭 | place:中国 | place:浙江 | place:巴黎'),
    # #089 云南 inside the slogan is labelled
    ('prov19-yunnan', '坚持一切工作坚守人民立场、体现人民意志、顺应人民向往，做到群众关心什么、期待什么，改革就抓住什么、推进什么，加强普惠性、基础性、兜底性民生建设，让“有一种叫云南的生活”成为各族群众实实在在的幸福。',
     'place:云南'),
    ('prov19-ningxia', '政府是法治政府，依法行政是政府履职的基本原则。',
     ''),
    ('prov19-guangxi', '聚焦商贸、物流、文旅、创意等领域，分类制定提升服务品质的政策，培育特色服务品牌。',
     ''),
    ('prov19-jilin', '布局OLED材料项目，打造新型显示材料集聚地。',
     ''),
    ('prov19-shanxi', '加强宣传引导，增强社会预期，提振投资创业信心。',
     ''),
    ('prov19-zhejiang', '（四）推进高水平创新型省份建设，新质生产力发展势头良好。',
     ''),
    ('prov19-sichuan', '开工建设配售型保障性住房7725套、“平急两用”公共基础设施项目44个，6个城中村改造试点城市开工建设安置住房7.4万套，城市更加宜居更具韧性。',
     ''),
    ('prov19-hubei', '城镇调查失业率5.5％左右，城镇新增就业70万人以上；',
     ''),
    ('prov19-jilin', '抓好生态环保督察反馈问题整改。',
     ''),
    # #098 the film and art festivals are events
    ('prov19-fujian', '成功举办金鸡百花电影节、福建艺术节。',
     'place:福建'),
    # #099 京津 is a string of one-character abbreviations
    ('prov19-hebei', '吸纳京津技术合同成交额增长34.8%。',
     ''),

    # -- provincial sentences with a name cue (holdout15's NAME_CUES), not drawn above: Random(20203).sample(…, 90)
    # #000 党 alone is not labelled
    ('prov19name-inner_mongolia', '始终旗帜鲜明讲政治，把坚持党的领导贯穿政府工作全过程，自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。',
     'person:习近平 | org:党中央'),
    ('prov19name-jilin', '过去一年的成绩来之不易、成之惟艰，根本在于以习近平同志为核心的党中央统揽全局、科学指引，是省委团结带领全省各族人民拼搏实干的结果，是广大干部群众奋力攻坚的结果。',
     'person:习近平 | org:党中央 | org:省委'),
    # #002 the promotion centre is one named body (holdout17)
    ('prov19name-sichuan', '实施“智改数转”行动计划，建成运行四川数智化绿色化发展促进中心，新增上云企业近4万户，建成智能工厂270余家、数字化车间1200余个。',
     'org:四川数智化绿色化发展促进中心'),
    # #003 省基础科学中心 is counted (9家), a category
    ('prov19name-liaoning', '聚焦未来产业，组建9家省基础科学中心，实施研究项目880个。',
     ''),
    # #004 the opening, dialogue, contest, congress, forum and anniversaries are events, names inside labelled; “汉语桥” is
    # a brand; 先生 is a suffix; NEW h19: 太平洋 inside 太平洋岛国 (the Pacific island countries, a descriptive grouping) is a
    # place, a name inside a longer term (README), unlike 阿拉伯 in 阿拉伯国家 (an ethnic adjective, holdout17); NEW h19: 妈祖
    # (Mazu, a goddess) is a deity's epithet, not a personal name, not labelled, as the honorific 关圣 (holdout13)
    ('prov19name-fujian', '密切对外交流，举办中国—东盟人文交流年开幕式、中国—太平洋岛国执法能力与警务合作部级对话、“汉语桥”世界大学生中文比赛全球总决赛、世界汉学家大会、世界妈祖文化论坛，以及纪念陈嘉庚先生诞辰150周年、严复诞辰170周年等活动。',
     'place:中国 | org:东盟 | place:中国#2 | place:太平洋 | person:陈嘉庚 | person:严复'),
    ('prov19name-yunnan', '只要我们始终沿着习近平总书记指引的方向坚定前行，坚持党的全面领导，落实落细党中央决策部署及省委工作要求，就一定能解决好发展中、转型中的各类难题，推动高质量发展取得更大成效，迎来更加光明的前景；',
     'person:习近平 | org:党中央 | org:省委'),
    ('prov19name-gansu', '完善以基层首诊为重点的分级诊疗体系，强化紧密型县域医共体建设，推动以公益性为导向的公立医院改革。',
     ''),
    ('prov19name-shaanxi', '改扩建义务教育薄弱学校1255个，新增博士硕士授权点106个，陕西警察学院升本招生。',
     'org:陕西警察学院'),
    # #008 the conferences are events, names inside labelled; 大湾区 (holdout7); 珠三角 as 长三角 (holdout7); NEW h19: 粤东西北
    # (eastern, western and northern Guangdong, written as one word) is one place, directions joined to the abbreviation
    # 粤 as 粤东 (README) and 滇东北 (holdout7); 粤商 and 客商 are no names; 跨国公司直通车 is a mechanism
    ('prov19name-guangdong', '办好大湾区全球招商大会、珠三角与粤东西北经贸合作招商会、世界粤商大会、世界客商大会等，完善跨国公司直通车和外资企业圆桌会机制，加强与境外主权财富基金合作，开展产业链招商、股权招商、总部招商、场景招商。',
     'place:大湾区 | place:珠三角 | place:粤东西北'),
    ('prov19name-shandong', '促进银行业扩量调优，积极引育保险、证券、风投等机构，壮大各类长期资本、耐心资本。',
     ''),
    # #010 the dispute resolution centre is one named body acting (发挥作用), taken whole with its place and quotes (as
    # “红岩思政”教育联盟, README)
    ('prov19name-shaanxi', '发挥西安“一带一路”国际商事争端解决中心作用，维护企业合法权益。',
     'org:西安“一带一路”国际商事争端解决中心'),
    ('prov19name-qinghai', '深化学生心理健康促进行动，有效防范、专项治理校园欺凌，让广大学生更加健康阳光。',
     ''),
    # #012 the Guizhou centre of the national lab is taken whole with its parent (as 太行国家实验室江西创新中心, holdout17); the
    # three 省实验室 are counted (3个), named by field only; 全省重点实验室 and the “一带一路” joint lab are categories
    ('prov19name-guizhou', '重塑科技创新平台体系，航空动力领域国家实验室贵州创新中心设立运行，启动建设电子元器件、生物制造、能源智能开发与高效利用3个省实验室，批复建设22个全省重点实验室，获批建设贵州首个“一带一路”联合实验室。',
     'org:航空动力领域国家实验室贵州创新中心 | place:贵州#2'),
    # #013 the national centre is named by its own field (as 国家碳计量中心, holdout17); the award is not labelled; 我省 is a
    # self-reference
    ('prov19name-heilongjiang', '9项成果获国家科学技术奖，国家光刻机产业计量测试中心落户我省。',
     'org:国家光刻机产业计量测试中心'),
    # #014 国际经济中心 is a status
    ('prov19name-shanghai', '加快国际经济中心建设，产业体系现代化水平持续提升。',
     ''),
    # #015 中石油 (PetroChina) is a company by its short name; the 3 专业化产业公司 are unnamed
    ('prov19name-xinjiang', '扎实推进国企改革深化提升行动，新疆人才发展集团挂牌成立，组建医药、环保、标检等3家专业化产业公司，与中石油共同组建新塔油气联合勘探公司、新海天然气管道公司。',
     'org:新疆人才发展集团 | org:中石油 | org:新塔油气联合勘探公司 | org:新海天然气管道公司'),
    # #016 成渝 and 川渝 are strings of one-character abbreviations; the science centre is a category (holdout17), the
    # platforms, parks, corridor and zone are programmes; 毗邻地区 is descriptive
    ('prov19name-chongqing', '加快建设成渝综合性科学中心，深化10个川渝毗邻地区合作功能平台建设，提质发展35个川渝产业合作示范园区，布局建设成渝双城低空经济走廊，打造沿江产业转移示范区。',
     ''),
    # #017 the second and third groups are specific bodies named without their place (as 交通集团, README)
    ('prov19name-sichuan', '组建运营好四川能源发展集团、数据集团、轨道交通集团。',
     'org:四川能源发展集团 | org:数据集团 | org:轨道交通集团'),
    ('prov19name-sichuan', '坚持以人民为中心的发展思想，把“投资于物”同“投资于人”紧密结合起来，不断满足人民群众美好生活需要，以民生更大发展打开经济增长新空间。',
     ''),
    # #019 the heading: the government is named as a body before the title 主席 (a title)
    ('prov19name-ningxia', '宁夏回族自治区人民政府主席 张雨浦',
     'org:宁夏回族自治区人民政府 | person:张雨浦'),
    # #020 两江 (the Liangjiang New Area by its usual short name, as 大湾区, holdout7) inside the cooperation centre (a
    # designation) is a place; 渝港 is a string of abbreviations; 综保区 is a programme zone: only the dry port inside, a
    # place (as 成都天府国际空港, holdout13, and 贵阳国际陆港, README)
    ('prov19name-chongqing', '加快两江国际经济合作中心、渝港合作示范区建设，推动重庆国际铁路港综保区封关运行，扩大陆海并进的内陆制度型开放。',
     'place:两江 | place:重庆国际铁路港'),
    # #021 the treatment centre is a facility
    ('prov19name-gansu', '甘南建成全国首家成规模高原畜禽无害化处理中心。',
     'place:甘南'),
    # #022 总书记 alone is a title
    ('prov19name-beijing', '总书记的亲切关怀和殷殷嘱托，让我们深受鼓舞、倍感振奋，引领我们砥砺前行、奋勇争先。',
     ''),
    ('prov19name-heilongjiang', '争取北大荒集团办社会职能改革政策取得新突破。',
     'org:北大荒集团'),
    ('prov19name-shanxi', '加快建设便利共享的生活圈，促进城市群内中小学合作办学、三级医院合作办医，推动政务数据共享、监管执法联动、更多事项跨市通办。',
     ''),
    ('prov19name-shandong', '托育方面，抓好国家普惠托育服务发展示范项目，推进市县托育综合服务中心建设。',
     ''),
    ('prov19name-yunnan', '推行“管委会+公司”等模式，强化动态管理，支持有条件的地区培育建设特色开发区，使更多省级园区进入国家开发区公告目录。',
     ''),
    ('prov19name-guangdong', '促进优质医疗资源扩容下沉和区域均衡布局，深化高水平医院建设，实施医疗卫生强基工程，做细做实县域医共体。',
     ''),
    ('prov19name-xinjiang', '加快克拉玛依、昌吉、阿克苏、和田等重点城市建设，推进和康县、和安县等边境新设县基础设施建设，加强沿边重点城镇、兴边富民中心城镇和边境新村建设，实现固边富边强边。',
     'place:克拉玛依 | place:昌吉 | place:阿克苏 | place:和田 | place:和康县 | place:和安县'),
    # #029 the data centre is being set up (建立), a facility, not a body (as 省应急物资储备中心, holdout13)
    ('prov19name-hainan', '加快“三医联动一张网”二期建设，建立省“三医”大数据中心。',
     ''),
    # #030 the level-qualified academies are orgs (holdout17); 中原医学科学城 is a science city (README); the cell and gene
    # therapy park's name is elided: only 中原 (the Central Plains, a traditional region name) in it
    ('prov19name-henan', '支持省医学科学院、中原医学科学城、生物医药产业集群融合发展，联动建设省中医药科学院、省预防医学科学院，加快中原细胞和基因治疗等特色专业园区建设。',
     'org:省医学科学院 | place:中原医学科学城 | org:省中医药科学院 | org:省预防医学科学院 | place:中原#2'),
    ('prov19name-inner_mongolia', '包钢集团要全力突围，在稳经营、调结构、提效益上下功夫，力争营收达到1200亿元。',
     'org:包钢集团'),
    # #032 the regional centres are categories
    ('prov19name-anhui', '推进高水平医院高质量发展，新增8个国家级临床重点专科，提升省级区域（专科）医疗中心重症诊治能力。',
     ''),
    # #033 京津 and 京津冀 are strings of one-character abbreviations; 医联体 is a kind of consortium (holdout13, holdout17)
    ('prov19name-hebei', '推动省属骨干大学与京津高校深度对接，加快京津冀医联体建设，力促一批京津养老项目布局河北。',
     'place:河北'),
    # #034 the hub centre is a status
    ('prov19name-xinjiang', '以文化和旅游、现代物流等产业集群为牵引，大力发展服务业，打造全国重要旅游目的地和国际物流枢纽中心。',
     ''),
    # #035 中国企业500强 is a ranking (like an award): only 中国 inside (README)
    ('prov19name-hainan', '海垦集团进入中国企业500强，橡胶加工量、贸易量居世界前列。',
     'org:海垦集团 | place:中国'),
    # #036 a port is a place (README); 中心作业区 is a descriptive zone of it (as 漓江核心景区, holdout7) and 一期工程 a phase, left
    # out
    ('prov19name-henan', '建成周口港中心作业区一期工程，加快沙颍河、淮河、唐河等13个港航项目进度。',
     'place:周口港 | place:沙颍河 | place:淮河 | place:唐河'),
    # #037 the committees are generic
    ('prov19name-shanghai', '完善部门事务下沉街镇、居村组织事务准入等为基层减负长效机制，加强社区工作者队伍建设，推动居民委员会、业主委员会、物业服务企业协调运行。',
     ''),
    # #038 省政协 inside 省政协委员 (as 人大 in 人大代表, README); 大会 is a common noun
    ('prov19name-fujian', '现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和列席同志提出意见。',
     'org:省人民政府 | org:省政协'),
    # #039 the exchange centre is a building whose construction starts (开工), a project: only 海南
    ('prov19name-hainan', '开工海南国际防震减灾科技交流中心。',
     'place:海南'),
    # #040 the innovation and technology centres are categories
    ('prov19name-liaoning', '深入实施省科技领军企业培育计划，推进制造业创新中心、企业技术中心建设，鼓励引导企业加大研发投入、加强技术攻关。',
     ''),
    ('prov19name-hainan', '海南医学院更名为海南医科大学。',
     'org:海南医学院 | org:海南医科大学'),
    ('prov19name-guangdong', '加强公立医院成本管理与控制评价，实施公立医院病房改造提升行动，加强医护队伍建设，推进医疗机构检查检验结果互认，发展第三方医学检验服务。',
     ''),
    ('prov19name-guangdong', '强化乡镇联城带村节点功能，推进美丽圩镇规划建设，支持有条件的中心镇建设县域副中心、发展成为小城市。',
     ''),
    ('prov19name-guangdong', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委正确领导下，凝心聚力、只争朝夕、真抓实干，奋力在推进中国式现代化建设中走在前列，为推进强国建设、民族复兴伟业作出广东新的更大贡献！',
     'person:习近平 | org:党中央 | org:省委 | place:中国 | place:广东'),
    ('prov19name-hainan', '坚持以人民为中心，采取更多惠民生、暖民心举措，促进社会和谐稳定。',
     ''),
    ('prov19name-heilongjiang', '省委团结带领全省人民牢记嘱托、感恩奋进，把对习近平总书记的忠诚爱戴之情转化为推动高质量振兴发展的实际行动，办成了一批事关全省振兴发展全局的大事要事实事。',
     'org:省委 | person:习近平'),
    # #047 留渝来渝 holds one-character abbreviations
    ('prov19name-chongqing', '实施重点领域、重点行业、城乡基层和中小微企业就业支持计划，深化百万高校毕业生等青年留渝来渝就业创业行动，吸引青年人、留住大学生。',
     ''),
    # #048 国际金融中心 is a status
    ('prov19name-shanghai', '加快国际金融中心建设，金融“四个体系”持续完善。',
     ''),
    ('prov19name-anhui', '习近平总书记为安徽擘画的蓝图宏伟壮阔，指引着我们去开拓、去奋斗。',
     'person:习近平 | place:安徽'),
    ('prov19name-xinjiang', '分类有序处置中小金融机构风险，新疆银行整合库尔勒银行顺利完成。',
     'org:新疆银行 | org:库尔勒银行'),
    # #051 hospitals are taken whole with their parents (holdout7); 二期 is left out (holdout11)
    ('prov19name-hainan', '推动上海瑞金医院海南医院二期、上海儿童医学中心海南医院、北京大学口腔医院三亚医院竣工。',
     'org:上海瑞金医院海南医院 | org:上海儿童医学中心海南医院 | org:北京大学口腔医院三亚医院'),
    # #052 a named metropolitan area is taken whole (README, 西宁—海东都市圈; holdout17 长春都市圈)
    ('prov19name-heilongjiang', '培育哈尔滨现代化都市圈，强化中心城市辐射带动作用，促进大中小城市协调发展。',
     'place:哈尔滨现代化都市圈'),
    # #053 长株潭 is a string of one-character abbreviations (holdout17); 南部融城片区 is generic; 奥体中心 is a bare generic word
    # here, as 大学城 and 科学城 (holdout7); 生态绿心 is descriptive (holdout17)
    ('prov19name-hunan', '强化“一核”牵引，推进长株潭一体化高质量发展，高水平建设南部融城片区，加快推进奥体中心等重大项目，推动生态绿心绿色转型发展，以“一座城”理念构建都市圈、打造增长极。',
     ''),
    # #054 治藏 holds a one-character abbreviation
    ('prov19name-tibet', '忠诚捍卫“两个确立”，坚决做到“两个维护”，切实把习近平总书记关于西藏工作的重要指示和新时代党的治藏方略落到实处。',
     'person:习近平 | place:西藏'),
    ('prov19name-inner_mongolia', '职业教育要同区域发展相协调、产业布局相衔接，建好建强市域产教联合体、行业产教融合共同体，支持内蒙古建筑职业技术学院、呼和浩特职业技术学院、兴安职业技术学院整合资源设立职业本科。',
     'org:内蒙古建筑职业技术学院 | org:呼和浩特职业技术学院 | org:兴安职业技术学院'),
    # #056 “模范自治区” is a title
    ('prov19name-inner_mongolia', '我们坚信，只要坚定不移沿着习近平总书记指引的方向实打实干，只要各族人民像石榴籽一样紧紧抱在一起，守望相助、团结奋斗，就一定能让“模范自治区”这面旗帜绽放更大荣光！',
     'person:习近平'),
    # #057 综治中心 is generic (README)
    ('prov19name-fujian', '深化基层基础建设，城乡社区服务体系进一步完善，综治中心实现市、县、乡三级全覆盖。',
     ''),
    # #058 the brand is not labelled, the names inside it are; 来川 holds a one-character abbreviation
    ('prov19name-sichuan', '打造“留学中国·学在天府”品牌，鼓励国外高水平理工类大学来川合作办学。',
     'place:中国 | place:天府'),
    # #059 在京 holds a one-character abbreviation; the university town and the higher-education park are named
    # development areas taken whole (as 光明科学城, holdout7); 重点大学园区 is generic
    ('prov19name-beijing', '支持在京高校高质量发展，推进市属高校一校一策分类提升，吸引国外高水平理工农医类大学合作办学，促进良乡大学城、沙河高教园、重点大学园区的校产城融合发展。',
     'place:良乡大学城 | place:沙河高教园'),
    # #060 中医一附院 (holdout17); 中医国家医学中心 is a category supported in batches (*Where the sets disagree* 1); 市人民医院 is
    # level-qualified
    ('prov19name-tianjin', '中医一附院纳入中医国家医学中心首批支持项目，市人民医院扩建三期等投入使用。',
     'org:中医一附院 | org:市人民医院'),
    ('prov19name-sichuan', '推进国企改革深化提升行动，省属国有企业“1+8”重点领域改革全面启动，实施川投集团和省能投集团战略性重组，组建四川科创投资集团、省储备粮集团、省担保集团，四川农商联合银行开业运营。',
     'org:川投集团 | org:省能投集团 | org:四川科创投资集团 | org:省储备粮集团 | org:省担保集团 | org:四川农商联合银行'),
    # #062 the expo is an event; the bare year inside it is a date (holdout)
    ('prov19name-tianjin', '习近平总书记向2024世界智能产业博览会致贺信，给予我们极大鼓舞和巨大激励。',
     'person:习近平 | date:2024'),
    ('prov19name-guangdong', '优化区域教育资源配置，推进集团化办学、中小学教师“县管校聘”等改革，提升教育数字化水平。',
     ''),
    # #064 省域副中心 is a status
    ('prov19name-guizhou', '出台支持遵义加快建设省域副中心的若干政策措施。',
     'place:遵义'),
    # #065 闽台 is a string of one-character abbreviations; the centres are to be built (建设), projects: only 闽南 (a
    # direction joined to the abbreviation 闽, as 滇西) inside; 妈祖 as in #004; 两岸 is no name
    ('prov19name-fujian', '打造情感交融的第一家园，发挥祖地文化优势，加强闽台历史文化研究宣传，深入实施闽台历史展示溯源工程，依法保护利用闽台关系档案，建设世界闽南文化交流中心、妈祖文化中心、两岸流行文化中心。',
     'place:闽南'),
    ('prov19name-sichuan', '在千头万绪的工作中，我们要深刻把握习近平总书记关于五个“必须统筹好”科学方法论，坚持稳中求进、以进促稳，守正创新、先立后破，系统集成、协同配合，把准工作方向和着力重点：一是主动服务和融入国家重大战略。',
     'person:习近平'),
    # #067 the distribution centres are facilities; 厦台 is a string of abbreviations
    ('prov19name-fujian', '推动共建两岸物流集散中心，支持厦门、平潭探索建设两岸共同市场先行区域，建设厦台海运快件集散中心。',
     'place:厦门 | place:平潭'),
    ('prov19name-tianjin', '我们要牢记习近平总书记殷殷嘱托、谆谆教诲，紧扣工作主线，促进经济发展和城市发展相互滋养、相互赋能，不断创造新业绩、开拓新局面。',
     'person:习近平'),
    # #069 全国高校区域技术转移转化中心 is one named institution (README); the fair is an event, the bare year and 中国 inside it
    # labelled; 紫金山、太湖实验室: the first lab's name is elided and labelled as written (holdout11); 全国重点实验室 is a category
    ('prov19name-jiangsu', '首个全国高校区域技术转移转化中心获批建设、成功举办2024中国高校科技成果交易会，中国科学院工业人工智能研究院落地江苏，苏州实验室和紫金山、太湖实验室等战略科技力量加快建设，累计获批牵头建设全国重点实验室44家。',
     'org:全国高校区域技术转移转化中心 | date:2024 | place:中国 | org:中国科学院工业人工智能研究院 | place:江苏 | org:苏州实验室 | place:紫金山 | org:太湖实验室'),
    # #070 国际科技创新中心 is a status (holdout7)
    ('prov19name-shanghai', '强化国际科技创新中心策源功能。',
     ''),
    ('prov19name-henan', '400个乡镇敬老院转型区域养老服务中心，布局老年助餐场所8367个。',
     ''),
    # #072 党的二十届三中全会 is an event
    ('prov19name-hebei', '过去的一年，是党的二十届三中全会胜利召开之年，是全省上下沿着习近平总书记指引的方向砥砺前行的一年。',
     'person:习近平'),
    # #073 西部医学中心 is a status; 西部 is a compass word
    ('prov19name-chongqing', '推进西部医学中心建设，实施医疗卫生强基工程，加大优质医疗资源扩容下沉，促进“三医”协同发展和治理，建立以医疗服务为主导的收费机制，推动药品耗材集中带量采购扩围提质。',
     ''),
    ('prov19name-guizhou', '中心城市环境空气质量平均优良天数比率保持稳定，主要河流出境断面水质优良率、县级及以上集中式饮用水水源地水质达标率均保持100%。',
     ''),
    # #075 NEW h19: in 自治区党委、政府 the second body's 自治区 is elided; the bare common noun 政府 left is not labelled (README:
    # common nouns, and a bare generic remnant is not), unlike 政协 in 自治区人大政协 (holdout17), a body's own short name
    ('prov19name-tibet', '自治区党委、政府认真贯彻落实习近平总书记重要指示精神，坚持人民至上、生命至上，统筹各方救援力量，与时间赛跑、与严寒抗争，最大限度减少人员伤亡，最大限度降低灾害损失，抗震救灾工作取得阶段性胜利。',
     'org:自治区党委 | person:习近平'),
    # #076 a data-centre cluster is not a place (README): only 芜湖
    ('prov19name-anhui', '以芜湖数据中心集群为核心节点，加强全省算力网络互联互通、统筹调度，智能算力规模达2万P。',
     'place:芜湖'),
    # #077 the clinical centres and specialties are categories
    ('prov19name-yunnan', '实施医疗卫生强基工程，推动公立医院争先进位，建好18个省级临床医学中心、40个国家临床重点专科，完成30个重点中心乡镇卫生院提质建设，实现中心乡镇卫生院慢病诊疗专科和康复科全覆盖。',
     ''),
    # #078 自由贸易港 alone is generic
    ('prov19name-hainan', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委坚强领导下，以推动高质量发展、加快建设自由贸易港的扎实成效，奋力谱写中国式现代化海南篇章！',
     'person:习近平 | org:党中央 | org:省委 | place:中国 | place:海南'),
    # #079 重庆中药城 is a project: only 重庆; 国家中医药传承创新中心 is a category (one in many provinces)
    ('prov19name-chongqing', '深入实施中医药振兴发展八大工程，建设中医特色诊疗中心和中医优势专科集群，推进重庆中药城项目，打造国家中医药传承创新中心。',
     'place:重庆'),
    # #080 一期 is left out (holdout11)
    ('prov19name-ningxia', '宁夏闽江应用技术学院一期完工，建成产教融合基地32个和专门教育学校2所。',
     'org:宁夏闽江应用技术学院'),
    ('prov19name-sichuan', '深化强县扩权赋能改革，加大对人口净流入县城的支持力度，强化中心镇综合服务功能。',
     ''),
    # #082 the hydrogen research institute and the marine lab are named by their field only, functional descriptions (as
    # the labs' alliance, holdout17); the supercomputing centre is a facility: only 宁德时代; the technology and engineering
    # centres are categories
    ('prov19name-fujian', '强化科创平台建设，新建氢能产业联合研究院、海洋领域省创新实验室、宁德时代绿色超算中心，新增国家级企业技术中心8家、省级工程研究中心14家。',
     'org:宁德时代'),
    ('prov19name-chongqing', '绿色金融改革扎实推进，数字金融“一站式”解纷平台建成投用，区域性、功能性金融机构累计达到31家，上市公司再融资增长6.2倍。',
     ''),
    # #084 “十四五” is a plan period
    ('prov19name-sichuan', '设立四川工程职业技术大学，成都美术学院、广安理工学院等7个重大项目纳入高等学校设置“十四五”规划中期调整，获批立项国家产教联合体3个。',
     'org:四川工程职业技术大学 | org:成都美术学院 | org:广安理工学院'),
    # #085 the summit and the forums are events, names inside labelled; 欧亚, 中欧 and 中俄 are strings of one-character
    # abbreviations (unlike 拉美, holdout7, the short form of one name); the business council is a standing body, an org;
    # 涉陕 holds an abbreviation
    ('prov19name-shaanxi', '持续落实中国—中亚峰会涉陕成果，办好欧亚经济论坛、中欧班列国际合作论坛、中俄中小企业实业论坛、中国—中亚实业家委员会会议等活动，发展中间品贸易、服务贸易、数字贸易，积极布局海外仓和大宗商品交易中心，深耕中亚、西亚、俄罗斯市场。',
     'place:中国 | place:中亚 | org:中国—中亚实业家委员会 | place:中亚#3 | place:西亚 | place:俄罗斯'),
    # #086 大湾区国家技术创新中心 is one named institution (README); the pilot platforms are generic
    ('prov19name-guangdong', '推进大湾区国家技术创新中心建设，布局建设7个省中试平台，全面推行职务科技成果赋权及资产单列管理改革，高价值发明专利拥有量、PCT国际专利申请量等稳居全国首位。',
     'org:大湾区国家技术创新中心'),
    # #087 the alliance is an org (README); the Xiong'an centre is taken whole with its parent (named by its region, as
    # 大湾区国家技术创新中心); the scene fair and the 雄安行 activities are events, 雄安 inside labelled; 未来之城 is a nickname, 新区 generic
    ('prov19name-hebei', '加速布局创新链产业链，成立中国空天信息和卫星互联网创新联盟，京津冀国家技术创新中心雄安中心挂牌运营，首届未来之城场景汇备受瞩目，院士专家、企业家、海外英才雄安行等系列活动成功举办，新区创新氛围越来越浓、人气越来越旺。',
     'org:中国空天信息和卫星互联网创新联盟 | org:京津冀国家技术创新中心雄安中心 | place:雄安#2'),
    # #088 “五个中心” is a count
    ('prov19name-shanghai', '坚持更加注重系统集成、更加注重突出重点、更加注重改革实效，强化“五个中心”建设的整体效应、平台效应、放大效应和辐射效应，全方位大力度推进首创性改革、引领性开放，加快形成具有国际竞争力的政策和制度体系。',
     ''),
    ('prov19name-anhui', '实施医疗卫生强基工程，推动更多县级公立医院达到三级医院水平，确保乡镇卫生院、社区卫生服务中心全部达到国家能力标准。',
     ''),

    # -- every law: Random(20204).sample(…, 20)
    ('law19-criminal_procedure_law_2018', '第七十条 保证人应当履行以下义务：',
     ''),
    ('law19-cybersecurity_law_2016', '网络产品、服务具有收集用户信息功能的，其提供者应当向用户明示并取得同意；',
     ''),
    # #002 the religious bodies and the governments are generic in a law (README)
    ('law19-regulations_on_religious_affairs_2017', '第三十条 宗教团体、寺观教堂拟在寺观教堂内修建大型露天宗教造像，应当由省、自治区、直辖市宗教团体向省、自治区、直辖市人民政府宗教事务部门提出申请。',
     ''),
    ('law19-regulations_on_religious_affairs_2017', '宗教团体、宗教院校或者宗教活动场所可以选择货币补偿，也可以选择房屋产权调换或者重建。',
     ''),
    ('law19-criminal_law', '造成特别重大损失的，处五年以上有期徒刑。',
     ''),
    ('law19-counterespionage_law_2023', '第四十九条 国家鼓励反间谍领域科技创新，发挥科技在反间谍工作中的作用。',
     ''),
    ('law19-state_secrets_law_2024', '发现存在泄露国家秘密隐患的，应当要求采取措施，限期整改；',
     ''),
    ('law19-supervision_law_2024', '第二十二条 在调查过程中，监察机关可以询问证人等人员。',
     ''),
    # #008 户口登记机关, 人民法院 and 公安机关 are generic in a law (README)
    ('law19-household_registration_regulations_1958', '第十四条 被假释、缓刑的犯人，被管制分子和其他依法被剥夺政治权利的人，在迁移的时候，必须经过户口登记机关转报县、市、市辖区人民法院或者公安机关批准，才可以办理迁出登记；',
     ''),
    ('law19-shanghai_ethnic_minority_rights_regulations', '区、县人民政府根据本地区少数民族的实际情况，经市有关部门批准，可以设立少数民族事业发展基金。',
     ''),
    ('law19-supervision_law_2024', '查封、扣押的财物、文件经查明与案件无关的，应当在查明后三日内解除查封、扣押，予以退还。',
     ''),
    ('law19-resident_id_card_law_2011', '依照本法规定未取得居民身份证的公民，从事前款规定的有关活动，可以使用符合国家规定的其他证明方式证明身份。',
     ''),
    # #012 公安派出所 is generic
    ('law19-public_security_administration_punishments_law_2012', '其中警告、五百元以下的罚款可以由公安派出所决定。',
     ''),
    ('law19-supervision_law_2024', '（八）违反规定采取技术调查、限制出境措施，或者不按规定解除技术调查、限制出境措施的；',
     ''),
    ('law19-criminal_law', '第三百五十七条 本法所称的毒品，是指鸦片、海洛因、甲基苯丙胺（冰毒）、吗啡、大麻、可卡因以及国家规定管制的其他能够使人形成瘾癖的麻醉药品和精神药品。',
     ''),
    # #015 中国 in 中国公民 (holdout7)
    ('law19-exit_entry_administration_law_2012', '中国公民、外国人以及交通运输工具应当从对外开放的口岸出境入境，特殊情况下，可以从国务院或者国务院授权的部门批准的地点出境入境。',
     'place:中国 | org:国务院 | org:国务院#2'),
    # #016 其他国家政府 is generic
    ('law19-exit_entry_administration_law_2012', '但是，中国政府与其他国家政府签订互免签证协议或者公安部、外交部另有规定的除外。',
     'org:中国政府 | org:公安部 | org:外交部'),
    ('law19-public_security_administration_punishments_law_2012', '第一百零二条 被处罚人对治安管理处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。',
     ''),
    ('law19-criminal_procedure_law_2018', '自诉人经两次依法传唤，无正当理由拒不到庭的，或者未经法庭许可中途退庭的，按撤诉处理。',
     ''),
    ('law19-public_security_administration_punishments_law_2012', '违反治安管理行为人、被侵害人或者其法定代理人也有权要求他们回避:',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout19", ITEMS, DRAWS, sample, groups=("nat19", "prov19-", "prov19name-", "law19-"), id_letter="k")


if __name__ == "__main__":
    main()
