"""Build eval/ner/holdout11.jsonl: an eleventh held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout10.py (those marked NEW h7, NEW h8, NEW h9 and NEW h10 included). The
labeller did not read anything of the extractor (dossier/), did not run it, bench/ner_eval.py, the tests
or any segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts for
them. The set has never been scored. It is drawn like holdout9 (same sources, new seeds; 60 name-cue
sentences and 20 law sentences instead of 50 and 30); every entity type the rules define is labelled.

    python eval/ner/build_holdout11.py            # write holdout11.jsonl from ITEMS, print counts
    python eval/ner/build_holdout11.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout11.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout9.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout10.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs.

1. nat11: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(12121).sample(…, 80). No cue word is required.
2. prov11-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(12122).sample(…, 80).
3. prov11name-*: the same provincial sentences that contain one of NAME_CUES (holdout9's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(12123).sample(…, 60).
4. law11-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(12124).sample(…, 20).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat11 #012 is the tail of a sentence cut by the split inside a title (it starts with 》), and nat11
#008, #047, #053, #058 are in traditional characters; all are readable report text and were kept.

The decisions this set adds (10) are marked NEW h11 on their items; the items' comments say what
they are.

Result: 240 sentences (80 nat11, 80 prov11, 60 prov11name, 20 law11), 145 entities: 83 place, 43 org,
11 person, 8 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat11 11 place, 3 org, 4 date (13 sentences with an entity); prov11 28 place, 10 org, 3 person, 3
date (19); prov11name 44 place, 30 org, 8 person, 1 date (32); law11 none.
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


# -- reading code, copied from build_holdout9.py (itself from build_holdout7.py, build_holdout6.py and
# build_holdout2.py) so that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4,5,6,7,8,9,10}.py, and the texts of their ITEMS."""
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
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10)
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
            out += [("nat11", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov11-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(12121).sample(national_candidates(), 80)}
    drawn |= {s for _, s in random.Random(12122).sample(provincial_candidates(), 80)}
    return [(f"prov11name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law11-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 12121, 80), (provincial_candidates, 12122, 80), (provincial_name_candidates, 12123, 60),
         (law_candidates, 12124, 20)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout10.py (NEW h7 … NEW h10
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h11 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(12121).sample(…, 80), in sampled order
    ('nat11', '群众举办的学校，课程安排和教育进度可以根据群众的意见和当地的具体情况决定，形式可以多种多样，学习时间可以长短不同。',
     ''),
    # #001: NEW h11: 共产党 written without 中国 is the party's own name (the body 中国共产党 is, dev), an org; 党 alone stays
    # unlabelled (README) and 其他民主党派 is generic
    ('nat11', '有些政府机关的会议邀请共产党和其他民主党派的有关负责人参加；',
     'org:共产党'),
    ('nat11', '在发展经济的基础上改善人民生活。',
     ''),
    ('nat11', '同时，加强国家意识、公民意识教育。',
     ''),
    ('nat11', '我们要加快构建更加完善的社会保障安全网，使人民生活有基本保障、无后顾之忧。',
     ''),
    # #005: a year is implied, not written: no date
    ('nat11', '全年规模以上工业企业实现利润４６５７亿元，增长８．１％。',
     ''),
    ('nat11', '各地要进一步加强对农村教育、电价、建房等方面乱收费的专项治理。',
     ''),
    ('nat11', '企业退休人员基本养老金今年再提高10%。',
     ''),
    # #008: traditional characters, readable; kept; no entity
    ('nat11', '普通中學學生數增長了百分之九十六，即達到二百九十三萬餘人；',
     ''),
    ('nat11', '加强农村劳动力培训，提高农民科学种养技术水平和转移就业能力，培养造就新型农民。',
     ''),
    ('nat11', '在发展包括农林牧副渔在内的整个农业经济的同时，还要考虑和安排整个农村的建设。',
     ''),
    ('nat11', '建立健全巩固拓展脱贫攻坚成果长效机制，提升脱贫地区整体发展水平。',
     ''),
    # #012: the tail of a sentence cut by the split inside a title (it starts with 》); readable, kept, not garbled (as
    # holdout9 nat9 #006); 中英 is a pair of one-character abbreviations (README)
    ('nat11', '》衔接的承诺，违背中英双方已经达成的有关谅解。',
     ''),
    # #013: 宪法 is a law
    ('nat11', '宪法中规定：「一切国家机关必须依靠人民群众，经常保持同群众的密切联系，倾听群众的意见，接受群众的监督。',
     ''),
    ('nat11', '着力促进市场化社会化就业，加大对企业稳岗扩岗支持力度。',
     ''),
    ('nat11', '玻璃的生产，所有企业都没有完成一级品率的指标。',
     ''),
    ('nat11', '推进文化体制改革，完善文化产业政策。',
     ''),
    ('nat11', '廉政建设和反腐败斗争取得新进展。',
     ''),
    ('nat11', '牢牢把握先进文化的前进方向，大力加强社会主义精神文明建设。',
     ''),
    ('nat11', '我国经济社会发展经受住了历史罕见的重大挑战和考验。',
     ''),
    ('nat11', '继续实施企业重组土地增值税、契税等到期优惠政策。',
     ''),
    ('nat11', '领导干部要深入调查研究，及时发现问题，解决问题；',
     ''),
    # #022: 东北 and 西北 are bare compass words, not labelled (README *Where the sets disagree* 2, holdout9); 华北 is labelled,
    # as that item recommends and as 华中 (holdout9); 中下游 (the middle and lower reaches) joined to the river is taken with
    # it, as 上游 (holdout9) and 干流 (holdout7)
    ('nat11', '继续加强东北、华北、西北和长江中下游等重点防护林体系建设。',
     'place:华北 | place:长江中下游'),
    ('nat11', '苏联用了很大的力量，帮助我国培养技术人材。',
     'place:苏联'),
    ('nat11', '要严格安全生产责任制，强化安全管理，加大对安全生产的检查执法力度，消除各种隐患，预防和减少重大特大事故的发生。',
     ''),
    # #025: NEW h11: a year with its quarter joined by 的 (一九五七年的第四季度) is one span with its 的, as 一九五五年第一季度
    # (h5) and as 'Jan of 99' keeps its 'of' (h4); “鸣放” is a campaign
    ('nat11', '从一九五七年的第四季度以来，全国各企业经过“鸣放”高潮和社会主义教育，工人阶级作为国家领导阶级的责任感大大增强，政治积极性和增产节约的积极性空前高涨，使工人运动进入了一个新的阶段。',
     'date:一九五七年的第四季度'),
    ('nat11', '如果我们努力设法去克服困难，那末我们就不但能够完成计划，并且有可能超额完成计划。',
     ''),
    ('nat11', '政府工作人员要恪尽职守、夙夜在公，主动作为、善谋勇为。',
     ''),
    ('nat11', '由于新旧体制转换时期不可避免地会出现一些漏洞，这就更加要求我们的政府工作人员要提高觉悟，遵纪守法，廉洁奉公，忠于职守，自觉维护国家利益和社会利益，全心全意为人民服务。',
     ''),
    ('nat11', '做好地震、气象、测绘、地质等工作。',
     ''),
    ('nat11', '当前，我国农业发展又处在一个关键时期。',
     ''),
    ('nat11', '推进大国协调合作，深化同周边国家睦邻友好和共同发展，加强同发展中国家团结合作。',
     ''),
    ('nat11', '我们的全部经济工作必须以此作为基本的立足点，并为此而进行坚持不懈的努力。',
     ''),
    ('nat11', '对这些矛盾和问题，必须高度重视而不可回避，认真解决而不可任其发展。',
     ''),
    # #034: 中国 inside 中国化 is labelled, as inside 中国式现代化 and 中国特色 (README); 我国 is a self-reference
    ('nat11', '坚持党的宗教工作基本方针，坚持我国宗教的中国化方向，积极引导宗教与社会主义社会相适应。',
     'place:中国'),
    ('nat11', '增加的人员主要是大学、中等专业学校、技工学校、技工训练班的毕业生和一部分转业人员。',
     ''),
    ('nat11', '预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元，退税资金全部直达企业。',
     ''),
    ('nat11', '各国人民的正义斗争都是互相支持的。',
     ''),
    # #038: 七年, 十二年 are durations
    ('nat11', '纲要要求分别在七年或者十二年内，基本上消灭的危害牲畜最严重的病疫有八种，其中的牛瘟已经基本消灭，猪瘟、鸡瘟、牛肺疫等的发病率也已经显著降低。',
     ''),
    ('nat11', '第四，必须努力做到财政收支和信贷收支的基本平衡',
     ''),
    # #040: “一国两制” is a policy
    ('nat11', '我们要坚定不移地按照“和平统一、一国两制”的方针，争取早日实现祖国统一。',
     ''),
    ('nat11', '但这是不是说，我们可以不顾财政力量、技术力量和设备供应的各种可能的客观条件，而任意地、无限制地去扩大一切建设呢？',
     ''),
    ('nat11', '继续对农村贫困家庭学生免费提供教科书并补助寄宿生活费。',
     ''),
    ('nat11', '依法规范对事业单位的授权行为。',
     ''),
    ('nat11', '必须大力推进经济结构调整，坚持不懈地把经济体制改革引向深入。',
     ''),
    ('nat11', '这些改革方案现已基本出台，进展比较顺利。',
     ''),
    ('nat11', '这个问题处理好了，就可以减少阻力，充分发挥各方面的积极性，否则就会产生相反的效果。',
     ''),
    # #047: traditional characters; 中國 in 舊中國 is labelled, as 中国 in 新中国 (README)
    ('nat11', '這樣的發展速度，在舊中國是不能够設想的。',
     'place:中國'),
    ('nat11', '通过发布信息、加强引导，支持社会资本投向符合国家产业政策的领域，鼓励企业增加研发和技改投资。',
     ''),
    ('nat11', '拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元。',
     ''),
    ('nat11', '这方面的教训对我们来说实在太深刻了，今后再也不能重犯这种错误了。',
     ''),
    ('nat11', '持续推进以人为核心的新型城镇化。',
     ''),
    ('nat11', '科学技术门类很多，应当为各个方面服务，基础研究决不能削弱，但整个科学技术事业发展的重点应当是为经济建设服务，特别是为解决国民经济中具有重大经济效益的关键问题服务。',
     ''),
    ('nat11', '而且我們的社會主義事業的勝利越大，他們也就越要加緊地破壞我們的勝利。',
     ''),
    # #054: 国家自主创新示范区 is a programme zone (as 长株潭国家自主创新示范区, holdout6 prov6 #060): only the place 中关村 in it,
    # which, unlike 长株潭, is a place name and no string of abbreviations
    ('nat11', '着力打通科技成果转化通道，扩大中关村国家自主创新示范区试点政策实施范围，推进科技资源开放共享，科技人员创新活力不断释放。',
     'place:中关村'),
    ('nat11', '这个计划从去年就已经开始研究基本轮廓和主要指标，但是因为忙于进一步调整经济，也为了把工作做得更加细致一些，至今还没有编制完成。',
     ''),
    ('nat11', '健全财力与事权相匹配的财税体制，清理和归并专项转移支付项目，增加一般性转移支付，健全县级基本财力保障机制。',
     ''),
    ('nat11', '要打足投产时所需的铺底流动资金。',
     ''),
    ('nat11', '國家爲職工建築的宿舍，一九五三年即有一千二百萬平方公尺。',
     'date:一九五三年'),
    ('nat11', '繁荣文学艺术是陶冶人民道德情操和丰富人民精神生活的需要。',
     ''),
    ('nat11', '我们的使命崇高而神圣，我们的责任重大而光荣。',
     ''),
    ('nat11', '民航和邮电的业务也有相当发展。',
     ''),
    ('nat11', '免除经济困难高校毕业生2022年国家助学贷款利息并允许延期还本。',
     'date:2022年'),
    ('nat11', '增加短期出口信用保险规模，实现成套设备出口融资保险应保尽保。',
     ''),
    ('nat11', '对企业效益好、社会贡献大的，要给予奖励。',
     ''),
    # #065: 第一机械工业部 keeps its ordinal (README *org*); 苏联 the country
    ('nat11', '例如第一机械工业部有些厂，由于技术掌握不住，产品质量低劣，造成生产中大量返修和报废，一九五四年全年的铸件废品率为百分之十二点五（苏联的铸铁废品率为百分之五），报废的生铁达二万多吨，连同加工中的废品，全年共损失二千多万元。',
     'org:第一机械工业部 | date:一九五四年 | place:苏联'),
    # #066: NEW h11: 石油开业部 is the Ministry of the Petroleum Industry (石油工业部) with a slip in the source (开 for 工); the
    # ministry is labelled as written, as a date slip is (12/30-00, h4); 第一季度 without a year is no date
    ('nat11', '例如石油开业部各厂可比产品成本降低额在第一季度只完成全年计划的１１％；',
     'org:石油开业部'),
    ('nat11', '这是一个重大决策，牵涉面很广，我们要采取积极态度，认真做好调查研究和准备工作，务求取得实效。',
     ''),
    ('nat11', '深化高校内部管理体制和其他各类学校管理体制的改革。',
     ''),
    # #069: 中国 in 中国人民 is labelled (dev)
    ('nat11', '那场侵略战争给中国人民和世界人民所带来的空前浩劫永远不能忘记，绝不能让那种惨绝人寰的悲剧重演。',
     'place:中国'),
    ('nat11', '今年发展的主要预期目标是：国内生产总值增长6.5%左右，在实际工作中争取更好结果；',
     ''),
    ('nat11', '加强同发展中国家的团结与合作是我国外交政策的一个基本点。',
     ''),
    # #072: 中央财政 is attributive (README)
    ('nat11', '全年中央财政用于抗灾救灾的资金89亿元，救助受灾群众9000多万人次。',
     ''),
    ('nat11', '实行利改税后，国家与企业的分配关系基本得到解决，这就为打破企业内部的“大锅饭”创造了前提条件。',
     ''),
    ('nat11', '搞好文物保护，加强图书馆、文化馆、科技馆、博物馆、档案馆等设施建设，增加基层科学文化活动网点，活跃和引导城乡多种形式的群众性科普活动和文化娱乐活动。',
     ''),
    ('nat11', '我们将继续高举和平、发展、合作、共赢的旗帜，始终不渝走和平发展道路，始终不渝奉行互利共赢的开放战略。',
     ''),
    # #076: 南亚 is a world region (README)
    ('nat11', '我国同朝鲜、韩国和南亚各国的关系稳步发展。',
     'place:朝鲜 | place:韩国 | place:南亚'),
    ('nat11', '促进非公有制经济发展的政策措施进一步落实。',
     ''),
    ('nat11', '针对不同城市情况分类调控，增加中小套型商品房和共有产权住房供应，抑制投机投资性需求，促进房地产市场持续健康发展。',
     ''),
    ('nat11', '继续把加强农业放在经济工作的首位。',
     ''),
    # -- provincial 2025 reports: Random(12122).sample(…, 80), in sampled order
    # #000: 中原农谷 is a named science area (holdout3)
    ('prov11-henan', '中原农谷集聚种业研发团队53支，培育优良品种161个。',
     'place:中原农谷'),
    # #001: memorial halls are orgs (README *Where the sets disagree* 4), taken whole; 叶挺 and 黄埔军校旧址 inside them are
    # not labelled again (flat)
    ('prov11-guangdong', '完成黄埔军校旧址纪念馆、叶挺纪念馆改造提升。',
     'org:黄埔军校旧址纪念馆 | org:叶挺纪念馆'),
    ('prov11-ningxia', '坚持守正创新，着力推动新一轮改革。',
     ''),
    ('prov11-shanxi', '优选基础设施、产业转型、科技创新等领域240个项目，以特许经营、参股控股等形式向民间资本推介。',
     ''),
    ('prov11-liaoning', '以改革创新之进，促高质量发展步伐之稳；',
     ''),
    ('prov11-hunan', '（一）全力推动经济持续回升向好',
     ''),
    # #006: NEW h11: a named reservoir is a man-made water feature, a place (as canals and irrigation districts, README), not
    # an infrastructure facility like a substation; in 宣威、花滩子大型水库 the descriptive 大型水库 is shared by both and left
    # out: the two names are labelled as written (宣威 standing for 宣威水库, as 泰安 in 泰安、德州机场)
    ('prov11-guizhou', '开工建设宣威、花滩子大型水库及一批中小型水库，建成骨干水源工程100个、供水管网1.2万公里。',
     'place:宣威 | place:花滩子'),
    # #007: 市属国企 and 市属国有融资平台 are generic
    ('prov11-chongqing', '启动实施三批次11组市属重点国企战略性重组，完成人力资源、自然资源、检验检测等13项市属国企专业化整合，“一企一策”推动7户市属国有融资平台退出。',
     ''),
    ('prov11-hainan', '充分挖掘内需潜力，强化政策集成，加快形成消费和投资相互促进的良性循环，筑牢经济稳增长硬支撑。',
     ''),
    ('prov11-yunnan', '坚持过紧日子，提升财政资金使用绩效。',
     ''),
    ('prov11-guangdong', '促进线上线下消费融合发展，快递年业务量突破400亿件、增长19%。',
     ''),
    ('prov11-gansu', '深化开发区管理体制改革，编制全省开发区发展规划。',
     ''),
    ('prov11-heilongjiang', '七是坚持以人民为中心的发展思想，民生保障有力有效。',
     ''),
    ('prov11-beijing', '坚持和发扬“四下基层”优良作风，脚踏实地为民办实事。',
     ''),
    # #014: 西部 is a compass region (README)
    ('prov11-guangxi', '跨境人民币结算量稳居西部和边境省区第一。',
     ''),
    ('prov11-liaoning', '发行政府债券1969.9亿元，有效缓释地方政府债务风险；',
     ''),
    ('prov11-liaoning', '高质量发展冰雪经济，壮大冰雪装备产业，推动冰雪运动进校园。',
     ''),
    ('prov11-qinghai', '全力应对历史罕见汛情，7.4万人次干部下沉基层一线“叫醒”“叫应”，及时转移涉险群众40万人次，2764人避免了伤亡风险，对8205户地质灾害高风险区群众实施避险搬迁，有力保障了人民群众生命财产安全。',
     ''),
    ('prov11-fujian', '强化社会治安整体防控，完善社会心理服务体系和危机干预机制，加强未成年人犯罪预防和治理，新增专门学校学位700个、推进专门学校设区市全覆盖。',
     ''),
    ('prov11-yunnan', '实施新时代学生心理健康专项行动和青少年心理健康“护蕾”行动，服务覆盖学生和青少年不少于100万人次。',
     ''),
    # #020: “十五五” is a plan period
    ('prov11-shaanxi', '谋划好“十五五”是今年的一项重要工作。',
     ''),
    ('prov11-hebei', '抓好抽水蓄能项目，协同布局新型储能项目，推动氢能全产业链发展，新增风电光伏并网装机1300万千瓦以上。',
     ''),
    # #022: only the province inside the plan's title (as 浙江省 in a regulation's title, README)
    ('prov11-fujian', '抓实防灾减灾救灾，印发实施《福建省校园安全教育实施方案》，实现学校应急疏散演练100%全覆盖。',
     'place:福建省'),
    ('prov11-shandong', '“两证齐全”医养结合机构突破1000家，家庭养老床位新增1.1万张，特殊困难家庭适老化改造3万户。',
     ''),
    # #024: 白龙港三期 is the third phase of a sewage plant, a facility: only the place it is named after (白龙港, Pudong), as
    # 瓦里关 (README) and 金凤 (holdout9)
    ('prov11-shanghai', '深入推进雨污混接排查整治、入河入海排污口分类整治，推动雨水污水处理“厂站网”一体化建设运维，加快建设白龙港三期等污水处理设施。',
     'place:白龙港'),
    ('prov11-xinjiang', '推行“告知承诺+容缺办理”审批服务模式，加强投资项目在线审批监管平台建设，打造统一规范、公平开放、智慧监管、信息共享的公共资源交易平台体系。',
     ''),
    ('prov11-guangdong', '巩固扩大新能源汽车产业领先优势，加强动力电池、智能驾驶等关键核心技术攻关，推进国家智能网联汽车“车路云一体化”应用试点城市建设。',
     ''),
    ('prov11-jilin', '为有需求的残疾人提供基本康复服务，对残疾儿童康复救助实现“应救尽救”。',
     ''),
    # #028: 欧盟 and 东盟 are standing international bodies (dev, README); “一带一路” is an initiative
    ('prov11-heilongjiang', '对“一带一路”共建国家、欧盟、东盟出口均实现两位数增长，高新技术产品、地产品出口分别增长24.3%、24.7%。',
     'org:欧盟 | org:东盟'),
    ('prov11-shaanxi', '居民小区直供电改造18.3万户，新建公共停车位5.5万个、电动车充电口12.9万个。',
     ''),
    # #030: 全疆: 疆 is a one-character abbreviation (holdout)
    ('prov11-xinjiang', '全疆研究与试验发展经费突破百亿元，增长27%、增速居全国第二位；',
     ''),
    ('prov11-hainan', '政府系统党的建设全面加强，治理能力和治理水平不断提升。',
     ''),
    ('prov11-anhui', '推行房票等货币化安置，新增保障性租赁住房12.4万套（间）。',
     ''),
    ('prov11-jiangxi', '成绩来之十分不易，这是以习近平同志为核心的党中央坚强领导、亲切关怀的结果，是省委带领全省人民团结一心、奋力拼搏的结果。',
     'person:习近平 | org:党中央 | org:省委'),
    ('prov11-sichuan', '出台《四川省行政裁量权基准管理规定》，常态化开展行政执法突出问题专项整治。',
     'place:四川省'),
    ('prov11-shaanxi', '省市县三级国土空间规划发布实施，国土空间规划体系基本建立。',
     ''),
    ('prov11-inner_mongolia', '在基础设施项目上，要围绕人口和经济布局，规划建设一批产业路、旅游路、园区路、便民路，加快铁路网、公路网、航空网、水利网、电力网、电信网建设，确保基础设施投资超过3000亿元。',
     ''),
    # #037: 中央预算内投资 is attributive
    ('prov11-fujian', '抓实项目保障，健全重大项目建设、运行、管理机制，争取更多项目纳入中央预算内投资、超长期特别国债等支持范围，用好专项债券项目“自审自发”试点政策，强化用地、用林、用海、环评等保障，推动项目快速落地。',
     ''),
    ('prov11-shanxi', '高速飞车全尺寸试验线一期项目通过验收，实现国内首次低真空超导悬浮航行。',
     ''),
    ('prov11-xinjiang', '以粮食和食品加工、棉花和纺织服装、绿色畜牧产品和优质果蔬等产业集群为牵引，加快发展现代农业，着力打造全国优质农牧产品重要供给基地。',
     ''),
    ('prov11-sichuan', '以“高效办成一件事”为牵引，政务服务得到改进。',
     ''),
    ('prov11-shanxi', '（七）聚焦维护和谐稳定，加强安全治理和风险防范',
     ''),
    ('prov11-ningxia', '民生领域还有不少薄弱环节，城乡山川差距较大，特别是群众收入水平较低；',
     ''),
    ('prov11-inner_mongolia', '推动有特色、有优势的产业尽快做大做强，形成新的增长引擎。',
     ''),
    ('prov11-ningxia', '七是持续深化住房安居宜居工程。',
     ''),
    ('prov11-guizhou', '大力实施文明乡风建设工程，开展卫生家庭建设行动，推进农村移风易俗，培育形成文明乡风。',
     ''),
    # #046: “1·22” (22 January) has no year: no date (README); the event is named after 镇雄, which is labelled
    ('prov11-yunnan', '稳妥处置镇雄“1·22”山体滑坡灾害，高效处置15起森林火灾，有效应对14轮强降雨和7次编号洪水，首次实现自1950年以来汛期洪涝灾害人员“零伤亡”。',
     'place:镇雄 | date:1950年'),
    ('prov11-tianjin', '筹建国资产业发展母基金，重点促进市属国企主业升级、科技创新、战投合作、风险防控，不断提升市属国企在城市建设、城市运行服务、经济发展和税源贡献中的支撑作用。',
     ''),
    # #048: 中央 in 中央生态环境保护督察 is attributive (as holdout6 prov6 #078)
    ('prov11-beijing', '深入抓好中央生态环境保护督察、规自领域等问题整改，集中整治群众身边的不正之风和腐败问题。',
     ''),
    ('prov11-hainan', '构建亲清新型政商关系，开展政府数字化转型“提质增效”攻坚、冲刺一流营商环境、解决涉企历史遗留问题三年攻坚等行动，推动重点市县、重点园区营商环境率先达到全国一流水平。',
     ''),
    ('prov11-hebei', '推进基层治理创新，扫黑除恶斗争常态化开展，信访形势持续向好。',
     ''),
    # #051: NEW h11: 赣鄱 (Jiangxi, named for the Gan river and Poyang lake) is a traditional name of the province, a place, as
    # 江淮 (holdout9) and 湖湘 (README), not a pair of one-character abbreviations like 川渝; 大地 is left out, as in 八桂大地
    # (holdout6)
    ('prov11-jiangxi', '赣鄱大地天更蓝、水更绿、空气更清新，环境更优美。',
     'place:赣鄱'),
    ('prov11-shanxi', '新认定高新技术企业1300家以上。',
     ''),
    # #053: 安徽 inside the slogan 平安安徽 is labelled, as 福建 in 美丽福建 (README)
    ('prov11-anhui', '以“时时放心不下”的责任感防风险、保安全、护稳定、促发展，建设更高水平的平安安徽。',
     'place:安徽'),
    ('prov11-inner_mongolia', '常态化推进扫黑除恶斗争，严厉打击各类违法犯罪活动，切实维护社会大局和谐稳定。',
     ''),
    ('prov11-heilongjiang', '最低工资标准平均提高15.4%。',
     ''),
    ('prov11-hubei', '地区生产总值增长5.8％、增速全国第3，总量达到60013亿元；',
     ''),
    ('prov11-anhui', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，坚持以习近平新时代中国特色社会主义思想为指导，在省委坚强领导下，改革创新，砥砺前行，奋力谱写中国式现代化安徽篇章！',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:省委 | place:中国#2 | place:安徽'),
    # #058: 东方物探 (BGP, CNPC's geophysical company, based in Hebei) is a company by its short name; the award is not labelled
    ('prov11-hebei', '东方物探获国家技术发明奖一等奖，实现我省零的突破。',
     'org:东方物探'),
    ('prov11-gansu', '五是积极融入新发展格局，进一步全面深化改革扩大开放',
     ''),
    ('prov11-gansu', '20所县域普通高中扩优提质，义务教育增补学位2.8万个，建成教师周转宿舍1335套，改造食堂477个。',
     ''),
    ('prov11-jiangsu', '新的一年，我们将一以贯之支持国防和军队现代化建设，加强国防教育、国防动员和后备力量建设，推动新质生产力同新质战斗力高效融合、双向拉动。',
     ''),
    # #062: the power stations and storage projects are facilities and projects: only the names inside; 枣庄山亭 and 滨州北海
    # (the Beihai area of Binzhou) are contiguous hierarchies, one span each; 中能建 (China Energy Engineering) is a company
    # by its short name
    ('prov11-shandong', '完善新能源消纳和调控机制，推动枣庄山亭等抽水蓄能电站建设，抓好中能建泰安压缩空气、滨州北海电化学等储能项目。',
     'place:枣庄山亭 | org:中能建 | place:泰安 | place:滨州北海'),
    ('prov11-ningxia', '全域全方位推进“人工智能+”、“量子技术+”、“数据要素×”等系统工程，为宁夏发展插上智慧的翅膀。',
     'place:宁夏'),
    ('prov11-jiangxi', '支持赣州与深圳、吉安与东莞对口合作战略落地见效，支持抚州对接泉州，提高发展能级。',
     'place:赣州 | place:深圳 | place:吉安 | place:东莞 | place:抚州 | place:泉州'),
    ('prov11-shanxi', '弘扬教育家精神，建设高素质专业化教师队伍。',
     ''),
    # #066: 中国 inside 中国化 (as nat11 #034)
    ('prov11-yunnan', '系统推进我国宗教中国化，加强宗教事务治理法治化，积极引导宗教与社会主义社会相适应。',
     'place:中国'),
    ('prov11-guizhou', '积极稳妥推进碳达峰、碳中和，完成煤电机组“三改联动”1353万千瓦，推进钢铁、焦化等行业企业实施超低排放改造。',
     ''),
    ('prov11-fujian', '我们要以先知先觉的敏锐性和时不我待的紧迫感，全力推动数字化、智能化、智慧化，让数字赋能千行百业，让智能融入各个领域，让智慧成果贡献更多的惊喜。',
     ''),
    ('prov11-zhejiang', '降低存量房贷利率，每年可减少房贷利息支出约130亿元、惠及310万户家庭；',
     ''),
    ('prov11-chongqing', '推动修订优化营商环境条例，健全涉企收费长效监管机制和拖欠企业账款清偿机制，持续降低制度性交易和要素成本。',
     ''),
    # #071: 省财政 (provincial finance, in 省财政直管县) is attributive, as 中央财政 (README)
    ('prov11-shandong', '全面推进地方财政科学管理综合试点，开展零基预算改革，优化调整省财政直管县范围，健全促进高质量发展转移支付激励机制。',
     ''),
    ('prov11-gansu', '战略性新兴产业、高技术产业增加值分别增长7%和4.9%。',
     ''),
    # #073: the bare year inside the programme's name “2030先锋工程” is a date, as a year inside a longer term (the 2001
    # Special Stock Option Grant, README); 2030年 again after 到
    ('prov11-jiangxi', '4.“2030先锋工程”：到2030年，布局20个左右重大专项，实施100个左右重大项目，力争在20个重点产业赛道形成一批处于市场领先位置的标志性成果。',
     'date:2030 | date:2030年'),
    ('prov11-fujian', '“一市一试点、一县一特色”专项改革扎实推进，24个试点特色改革项目向纵深突破。',
     ''),
    # #075: 安吉 inside 安吉经验 is labelled (a name inside a longer term, README)
    ('prov11-zhejiang', '开展舟山、淳安、龙游、景宁基本公共服务一体化试点，推广安吉经验、支持青年入乡发展，实施新一轮农村公路提升行动，推进强村富民乡村集成改革，城乡居民收入倍差缩小至1.83。',
     'place:舟山 | place:淳安 | place:龙游 | place:景宁 | place:安吉'),
    ('prov11-shanghai', '深入探索可持续的城市更新模式，完善成本管控机制，优化老旧建筑更新标准。',
     ''),
    ('prov11-gansu', '加速装备制造产业提档升级，持续拓展钻采炼化、电工电气、数控机床等产业规模。',
     ''),
    ('prov11-beijing', '开展集中连片高标准农田示范区建设试点，建设高标准农田15万亩，持续提升粮食单产，蔬菜产量稳定在200万吨左右，果园提质增效28万亩。',
     ''),
    ('prov11-guangdong', '深入践行大食物观，抓好重要农产品稳产保供。',
     ''),
    # -- provincial sentences with a name cue, not drawn above: Random(12123).sample(…, 60), in sampled order
    ('prov11name-hunan', '推进支持大学生创业“七个一”行动，大力支持返乡创业。',
     ''),
    # #001: 全区 is a self-reference
    ('prov11name-tibet', '牢牢把握以人民为中心的发展思想，始终把改善民生、凝聚人心作为一切工作的出发点和落脚点，坚持问政于民、问需于民、问计于民，多做老百姓看得见、摸得着、得实惠的实事好事，让发展成果更多惠及全区各族人民。',
     ''),
    # #002: the motorways are roads, not labelled; the places they join are (as the places inside a railway's name); 川 is a
    # one-character abbreviation; the freight hubs are facilities
    ('prov11name-sichuan', '畅通进出川高速公路网络，推进久治至马尔康、郎木寺至汶川等高速公路项目建设，加快跨境公路运输集散中心等货运枢纽港站建设。',
     'place:久治 | place:马尔康 | place:郎木寺 | place:汶川'),
    # #003: 中国现代农业联合研究生院 (a joint graduate school) is one named institution; ESI (Essential Science Indicators) is a
    # database and ranking, a system, not labelled; 研发中心 generic and counted
    ('prov11name-henan', '高校“三个调整优化”纵深推进，92个学科进入ESI全球前1%，中国现代农业联合研究生院完成首届招生，校企共建研发中心2560家。',
     'org:中国现代农业联合研究生院'),
    # #004: the data-centre cluster is infrastructure, 天府 inside it labelled (as 庆阳, holdout3 prov3org #006); 长虹云帆 is a
    # model: only its maker 长虹 (as 微医 in 微医大模型, README); 国家数据标注基地 is a designation
    ('prov11name-sichuan', '大力发展数字经济，以天府数据中心集群为引领的算力基础设施加快建设，全省算力总规模达到15EFlops，长虹云帆等34个大模型成功发布，成都获批国家数据标注基地。',
     'place:天府 | org:长虹 | place:成都'),
    # #005: 三级公立医院 and 市县中心医院（中医院） are generic
    ('prov11name-jilin', '“一次就诊只挂一次号”医疗机构达307家，实现三级公立医院、市县中心医院（中医院）全覆盖。',
     ''),
    ('prov11name-liaoning', '攻坚之战连战连胜，成绩殊为不易，根本在于习近平总书记掌舵领航、党中央坚强领导，在于习近平新时代中国特色社会主义思想科学指引。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国'),
    ('prov11name-ningxia', '新增医院、小区等停车位8700多个，城市“一刻钟便民生活圈”达到48个，群众生活环境更加宜居。',
     ''),
    # #008: 龙江 is Heilongjiang (holdout7); the expo is an event and 中俄 a pair of abbreviations; 中国一重 (China First Heavy
    # Industries) is a company, 中国 inside it not labelled again (flat)
    ('prov11name-heilongjiang', '习近平总书记亲切关怀龙江振兴发展，向第八届中俄博览会亲致贺信，回信勉励中国一重产业工人代表，为我们注入强大动力。',
     'person:习近平 | place:龙江 | org:中国一重'),
    ('prov11name-anhui', '多渠道增加居民收入，推动中低收入群体增收减负，加大学生群体奖优助困力度，适当提高退休人员基本养老金，提高城乡居民基础养老金和医保财政补助标准。',
     ''),
    ('prov11name-hunan', '统筹推进地方债务、中小金融机构、房地产等领域风险防范化解，隐性债务化解和平台公司退出任务超额完成，高风险中小金融机构有序压降，“保交楼”“保交房”交付率分别达100%、98%，均居全国前列。',
     ''),
    # #011: 天都实验室 (the Tiandu Laboratory) is a named lab, an org (as 太行实验室, holdout6); the research station is a
    # project; the facilities are infrastructure
    ('prov11name-anhui', '全力推进三大科创引领高地建设，加快建设量子科技和产业中心，建成聚变堆主机关键系统综合研究设施，支持天都实验室牵头发起国际月球科研站大科学工程。',
     'org:天都实验室'),
    # #012: “东数西算” is a programme; 省外高水平大学 generic
    ('prov11name-guizhou', '深入实施理工科强化行动，聚焦“六大产业基地”“富矿精开”“东数西算”等重点领域，大力实施普通高校学科专业调整优化改革行动，加快布局急需学科专业，推进省外高水平大学“组团式”帮扶我省学科建设，实现理工科专业及在校学生人数占比“两个提升”。',
     ''),
    # #013: 国家级经开区 is a rating; 管委会 and 公司 generic
    ('prov11name-tianjin', '健全市场化管理体制，加快完善6个国家级经开区“管委会＋公司”运营模式，建强法人化、机制化、专业化、市场化招商队伍。',
     ''),
    ('prov11name-gansu', '70个县实现五大急危重症救治中心全覆盖。',
     ''),
    ('prov11name-jiangxi', '推进“1+M+N”科技成果转移转化服务体系建设，布局建设概念验证、中试熟化、技术孵化、产业技术研究院等平台；',
     ''),
    # #016: 中央金融管理部门 is generic; 浦江 (the Huangpu river, 黄浦江, by its usual short name) inside the action's name is a
    # place, as 珠峰 in “珠峰英才” (holdout9); NEW h11: 科创板 (the STAR Market) is a listing board of the Shanghai Stock
    # Exchange, not an exchange or a body of its own (unlike 新三板, holdout9, and 天津OTC, holdout5): not labelled, nor the
    # 专精特新专板; 上海国际再保险登记交易中心 is a named exchange, an org; 股交中心 (the Shanghai equity exchange centre,
    # its place left out) is a specific body named without its place, an org (as 交通集团, h5)
    ('prov11name-shanghai', '配合中央金融管理部门发布“科创板八条”，实施“浦江之光”行动升级版，上海国际再保险登记交易中心成立，股交中心专精特新专板开板运营。',
     'place:浦江 | org:上海国际再保险登记交易中心 | org:股交中心'),
    # #017: NEW h11: 上合, the usual short form of 上海合作组织 (the SCO), is an org, as 东盟; not a string of one-character
    # abbreviations like 中美: 上 and 合 abbreviate no place or body on their own; labelled inside the demonstration zone's
    # name (a programme zone, as 上海合作组织 in holdout5 prov5org #093) and the conference's (an event); 上合组织 is the
    # org's name taken whole; 我国 is a self-reference
    ('prov11name-shandong', '推进上合示范区综合改革，用好我国担任上合组织轮值主席国机遇，高水平筹办上合地方经贸合作大会、国际投资贸易博览会等活动，深化与哈萨克斯坦等国家地方经贸交流。',
     'org:上合 | org:上合组织 | org:上合#3 | place:哈萨克斯坦'),
    ('prov11name-guangxi', '建成610个乡镇养老服务中心，长期护理保险制度试点惠及1.7万个家庭。',
     ''),
    ('prov11name-liaoning', '自觉践行以人民为中心的发展思想，努力办好民生实事。',
     ''),
    # #020: 丝绸之路考古合作研究中心 (the Silk Road Archaeology Cooperation Research Centre, Xi'an) is one institution named by its
    # own field (*Where the sets disagree* 1), an org, though the sentence calls it a platform; 丝绸之路 inside it not
    # labelled again (flat); 中国—中亚联合考古 is a programme (a brand): the places inside it
    ('prov11name-shaanxi', '参与文化遗产国际治理，发挥丝绸之路考古合作研究中心等平台优势，擦亮中国—中亚联合考古等国际合作品牌。',
     'org:丝绸之路考古合作研究中心 | place:中国 | place:中亚'),
    # #021: “福见康养” is a brand, its 福 a one-character abbreviation
    ('prov11name-fujian', '完善养老托育体系，持续擦亮“福见康养”品牌，发展社区支持的居家养老，建设20个嵌入式养老服务机构，乡镇（街道）区域养老服务中心覆盖率超60%；',
     ''),
    ('prov11name-sichuan', '健全精神障碍社区康复服务体系，支持各个县（市、区）建设区域性学生心理辅导中心。',
     ''),
    ('prov11name-hunan', '探索建设算力交易中心和服务市场。',
     ''),
    ('prov11name-yunnan', '习近平总书记指引的方向，就是云南前进的方向、奋斗的方向。',
     'person:习近平 | place:云南'),
    # #025: 城市医疗集团 and 县域医共体 are generic; 国家医学中心 a category (*Where the sets disagree* 1)
    ('prov11name-jiangsu', '加快优质医疗资源扩容下沉和区域均衡布局，推进紧密型城市医疗集团和县域医共体发展，打造一批高水平医院，积极争创国家医学中心。',
     ''),
    # #026: 枫桥 (the town) inside “枫桥经验” is labelled, as 安吉 (prov11 #075); the 综治中心 is generic (README)
    ('prov11name-shandong', '坚持和发展新时代“枫桥经验”，深化社会治安综合治理中心规范化建设。',
     'place:枫桥'),
    # #027: 科技创新中心 is a status (holdout7); “416” a count
    ('prov11name-chongqing', '深入实施科技创新和人才强市首位战略，加快构建“416”科技创新布局，打造具有全国影响力的科技创新中心。',
     ''),
    # #028: 大湾区 (holdout7) inside the programme zone is a place; 大湾区大学 (Great Bay University) is an org, taken whole; 粤
    # is a one-character abbreviation
    ('prov11name-guangdong', '建设大湾区国际教育示范区，支持筹办大湾区大学，鼓励境外高水平理工类大学来粤合作办学。',
     'place:大湾区 | org:大湾区大学'),
    # #029: 苏州实验室 and 云龙湖实验室 are named labs; in the elision 紫金山、太湖、钟山、云龙湖实验室 the names that are places by
    # themselves (two mountains and a lake) are labelled as written, as 嘉陵江、明月湖实验室 (holdout9 prov9name #032);
    # 中国科学院工业人工智能研究院 is an institute with its parent, taken whole; 全国重点实验室 is a category; the research
    # facilities are infrastructure
    ('prov11name-jiangsu', '持续加强苏州实验室、中国科学院工业人工智能研究院等国家战略科技力量建设，支持紫金山、太湖、钟山、云龙湖实验室承担更多国家重大科技任务，打造全国重点实验室方阵，推进数据智能驱动材料综合研究设施、原子极限微制造实验设施等重大科技基础设施预研。',
     'org:苏州实验室 | org:中国科学院工业人工智能研究院 | place:紫金山 | place:太湖 | place:钟山 | org:云龙湖实验室'),
    # #030: 省域副中心城市 is a status; the high-tech zone and the industrial park are named development areas taken whole with
    # their cities (as 拉萨高新区, h5, and 中柬(北海)产业园, h6); NEW h11: 首开区 (the park's first start-up zone) is a phase of
    # it, left out like 二期 and 三期; 中部 is a compass region
    ('prov11name-hunan', '省域副中心城市能级不断提升，岳阳绿色化工高新区综合竞争力居中部化工园区第1位，衡阳智能衡器计量产业园首开区开工建设；',
     'place:岳阳绿色化工高新区 | place:衡阳智能衡器计量产业园'),
    ('prov11name-gansu', '实施基础教育扩优提质行动，深化集团化办学、城乡共同体建设和学区化治理，推进“市县结合”的基础教育管理体制改革。',
     ''),
    # #032: 粤港澳, 粤港, 港澳 and 粤 are abbreviations; 香港城市大学（东莞） (the Dongguan campus) is taken whole with its
    # parenthesised place, as 中柬(北海)产业园 (h6) and a campus (海南师范大学桂林洋校区, README); 横琴 is a place (an island)
    ('prov11name-guangdong', '促进粤港澳民生融通，实施首批粤港高校联合资助计划，香港城市大学（东莞）正式招生，试行大湾区跨境直通救护车服务，在深圳、珠海、横琴实施“一签多行”等更便利的赴港澳旅游政策，港澳居民在粤参加医疗、养老、失业、工伤保险约70万人次。',
     'org:香港城市大学（东莞） | place:大湾区 | place:深圳 | place:珠海 | place:横琴'),
    ('prov11name-zhejiang', '强化政治引领，坚持用习近平新时代中国特色社会主义思想凝心铸魂，深入贯彻习近平总书记重要讲话重要指示批示精神，坚定拥护“两个确立”、坚决做到“两个维护”。',
     'person:习近平 | place:中国 | person:习近平#2'),
    # #034: 国际性交通枢纽, 综合性门户, 先进制造业基地, 科技教育文化中心, 国际科创中心 and 中心型世界城市 are statuses
    ('prov11name-guangdong', '支持广州实现老城市新活力和“四个出新出彩”，更好发挥国际性交通枢纽和综合性门户作用，推进全国先进制造业基地建设，持续提升科技教育文化中心和国际科创中心重要承载地的能力水平，加快建设具有经典魅力和时代活力的中心型世界城市。',
     'place:广州'),
    # #035: 总书记 alone is a title; 皖 is a one-character abbreviation
    ('prov11name-anhui', '我们要把总书记的重要指示作为新时代新征程推动安徽各项事业行稳致远的根本遵循，把总书记的殷殷嘱托转化为感恩奋进、担当作为的实际行动，胸怀“国之大者”，充分扬皖所长，积极创先争优，推动各领域工作跃迁升级。',
     'place:安徽'),
    ('prov11name-gansu', '金川集团进入质量强国建设领军企业培育库。',
     'org:金川集团'),
    # #037: 福建宁德 is a contiguous hierarchy, one span (README)
    ('prov11name-sichuan', '49.“四下基层”：习近平总书记在福建宁德工作时大力倡导并身体力行形成的工作方法和工作制度，具体指宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层，现场办公下基层。',
     'person:习近平 | place:福建宁德'),
    ('prov11name-sichuan', '依托基层卫生机构，先行试点建设50个智能化康复中心。',
     ''),
    # #039: two provincial groups by their full names; 省属国企 generic
    ('prov11name-shaanxi', '产业工人队伍建设改革深入推进，陕西农业发展集团、陕西国际经贸集团重组运营，省属国企利润总额增长9.9%。',
     'org:陕西农业发展集团 | org:陕西国际经贸集团'),
    # #040: 产业科技创新中心 is a status
    ('prov11name-jiangsu', '加强科技创新和产业创新深度融合，努力打造发展新质生产力的重要阵地，具有全球影响力的产业科技创新中心建设扎实推进，区域创新能力排名跃升至全国第二，全社会研发投入强度超过3.3%，万人发明专利拥有量74.5件。',
     ''),
    # #041: the session ordinal splits 湖南省第十四届人民代表大会: place and org (README *org*); 省长 is a title
    ('prov11name-hunan', '2025年1月14日在湖南省第十四届人民代表大会第三次会议上省长毛伟明作政府工作报告。',
     'date:2025年1月14日 | place:湖南省 | org:人民代表大会 | person:毛伟明'),
    # #042: 西部算电协同创新中心 and 西部算力调度平台 are a facility and a platform being built, named by function and by a
    # compass region (西部, not labelled): no entity
    ('prov11name-chongqing', '加快建设西部算电协同创新中心和西部算力调度平台，新增算力2000P、总规模超过6000P。',
     ''),
    # #043: 国家区域医疗中心 is a category; 北京天坛医院河南医院 is one hospital, as 北京协和医院贵州医院 (holdout9)
    ('prov11name-henan', '提升国家区域医疗中心功能，建成北京天坛医院河南医院等5家医院。',
     'org:北京天坛医院河南医院'),
    # #044: “五个中心” is a set of statuses; 上海张江 and 上海洋山港 are contiguous hierarchies (a port is a place, README);
    # 综合性国家科学中心 is a category (holdout7); 芜宣机场 (the Wuhu Xuanzhou airport) is an airport, a place, named with
    # abbreviations (as 宿连航道, README); 上海国际航空货运枢纽副中心 is a status: only 上海 in it
    ('prov11name-anhui', '主动对接上海“五个中心”建设，深化合肥、上海张江综合性国家科学中心“两心同创”，支持科创金融改革试验区联动发展，拓展与上海洋山港“联动接卸”海关监管模式，支持芜宣机场打造上海国际航空货运枢纽副中心。',
     'place:上海 | place:合肥 | place:上海张江 | place:上海洋山港 | place:芜宣机场 | place:上海#4'),
    # #045: 保税物流中心（B型） is a customs designation and facility: only 合肥陆港 (an inland port, a place, as 贵阳国际陆港,
    # README)
    ('prov11name-anhui', '申建合肥陆港保税物流中心（B型）。',
     'place:合肥陆港'),
    # #046: 中央 in 中央改革决定 is attributive; 市委 is level-qualified; 国际科技创新中心 is a status (holdout7): only 北京 in it;
    # 北京地区 takes its area word (README *Where the sets disagree* 3); the award is not labelled; 世界知识产权组织 (WIPO) is a
    # standing international body; 全球百强科技集群 is a ranking
    ('prov11name-beijing', '认真贯彻中央改革决定和市委实施意见，以改革激发创新创造活力，北京国际科技创新中心建设成效明显，北京地区获评国家科学技术奖58项、占全国28.7%，高被引科学家达431人次、居全球城市首位，跻身世界知识产权组织发布的全球百强科技集群前三位；',
     'org:市委 | place:北京 | place:北京地区 | org:世界知识产权组织'),
    # #047: 成渝金融司法协同中心 (the Chengdu-Chongqing financial judicial coordination centre, a body the courts set up) is one
    # named institution, an org, named with abbreviations (as 宿连航道); 川渝 alone is a pair of abbreviations; the 试验区 is a
    # programme zone
    ('prov11name-chongqing', '城乡义务教育一体化发展试验区加快建设，成渝金融司法协同中心高效运行，川渝市场一体化17条经验获国家宣传推广。',
     'org:成渝金融司法协同中心'),
    # #048: 国际消费中心城市 is a status; “江崖街洞天” a slogan of scene types
    ('prov11name-chongqing', '紧扣国际消费中心城市建设，实施城市商业载体转型升级发展行动，推出一批“江崖街洞天”消费新场景。',
     ''),
    ('prov11name-guangdong', '制定发布129项地方标准，成立2家省属回收循环利用公司，废旧物资循环利用体系更加完善。',
     ''),
    # #050: two named institutions; 西南 and 云南 inside them not labelled again (flat)
    ('prov11name-yunnan', '办好西南联合研究生院和云南高等研究院。',
     'org:西南联合研究生院 | org:云南高等研究院'),
    # #051: 矢量光场 is a facility; 川藏铁路 (a railway line) and the other fields name national innovation centres, which are a
    # category: not labelled; 全国重点实验室 is a category; NEW h11: 天府实验室 here is counted (4家), the title of a class of
    # provincial labs, not one lab: not an org (*Where the sets disagree* 1), but 天府 inside it is labelled (a traditional
    # name, README)
    ('prov11name-sichuan', '强化科技创新策源功能，矢量光场等国家大科学装置加快建设，重大科技基础设施集群加速成形，川藏铁路、高端航空装备、精准医学、超高清视频等国家创新中心产出重要成果，28家全国重点实验室完成优化重组，首批4家天府实验室实体化运行。',
     'place:天府'),
    # #052: campuses are taken whole with their institution (README); 二期 is a phase, left out
    ('prov11name-beijing', '友谊医院顺义院区等开诊运行，北京工商大学良乡校区二期等建成投用。',
     'org:友谊医院顺义院区 | org:北京工商大学良乡校区'),
    ('prov11name-tibet', '推进以公益性为导向的公立医院改革。',
     ''),
    # #054: 国家公园 and 国家植物园 here are kinds; 国际红树林中心 is one institution (holdout9 prov9name #005);
    # 穿山甲保护研究中心 (Guangdong's pangolin conservation research centre) is one institution named by its own field, an org
    ('prov11name-guangdong', '高标准打造国家公园、国家植物园和国际红树林中心、穿山甲保护研究中心，全面推进自然保护地体系和植物园体系建设，强化生物多样性保护。',
     'org:国际红树林中心 | org:穿山甲保护研究中心'),
    # #055: 全球分拨中心 is a platform; 跨国公司地区总部 generic
    ('prov11name-shanghai', '全面实施跨境服务贸易负面清单，持续打造全球分拨中心等功能平台，开展跨国公司地区总部和外资研发中心提升计划。',
     ''),
    # #056: 平原新城 (Beijing's plain new towns, a group) and 中心城区 are generic
    ('prov11name-beijing', '实施“人工智能+”行动计划，鼓励医疗、教育、先进制造等重点领域开放人工智能应用场景，支持国产智能系统开发应用，推进双智城市建设逐步向平原新城和中心城区延伸。',
     ''),
    ('prov11name-tibet', '完成交通干线、河谷沿线、边境一线中心城镇和节点城镇基础设施投资51亿元。',
     ''),
    # #058: the cargo centre and the cargo hub port are facilities and designations: only the cities in them; 合肥国际港务区
    # (the Hefei international port-services district) is a named development area taken whole; NEW h11: 江淮海 in the
    # project's name means the Yangtze, the Huai and the sea (the waters of the combined transport), not the region 江淮
    # (holdout9): a string of abbreviations, not labelled; 通江一级航道 is generic
    ('prov11name-anhui', '推动物流降本提质增效，加快合肥国际航空货运集散中心、芜湖专业航空货运枢纽港联动发展，支持马鞍山、宿州创建国家物流枢纽承载城市，实施江淮海畅通联运工程，推进合肥国际港务区及通江一级航道建设。',
     'place:合肥 | place:芜湖 | place:马鞍山 | place:宿州 | place:合肥国际港务区'),
    # #059: “皖军” (Anhui's carmakers) is a nickname for a group, built of an abbreviation
    ('prov11name-anhui', '加快建设世界级新能源汽车产业集群，支持汽车“皖军”技术和产品迭代升级，构建“车能路云”融合发展生态，打造具有国际影响力的新能源汽车产业创新中心。',
     ''),
    # -- laws: Random(12124).sample(…, 20), in sampled order
    # #000: the article number is no docno (README); 自治区, 自治州, 自治县 and their 人民代表大会 are generic
    ('law11-constitution_prc', '第一百一十三条 自治区、自治州、自治县的人民代表大会中，除实行区域自治的民族的代表外，其他居住在本行政区域内的民族也应当有适当名额的代表。',
     ''),
    ('law11-state_secrets_law_implementing_regulations_2024', '有关机关、单位应当及时将处理结果书面告知同级保密行政管理部门。',
     ''),
    ('law11-criminal_law', '盗伐、滥伐国家级自然保护区内的森林或者其他林木的，从重处罚。',
     ''),
    ('law11-state_secrets_law_2024', '（六）维护国家安全活动和追查刑事犯罪中的秘密事项；',
     ''),
    # #004: 二十四小时 is a duration
    ('law11-supervision_law_2024', '（二）住址、工作单位和联系方式发生变动的，在二十四小时以内向监察机关报告；',
     ''),
    ('law11-criminal_procedure_law_2018', '第五十六条 采用刑讯逼供等非法方法收集的犯罪嫌疑人、被告人供述和采用暴力、威胁等非法方法收集的证人证言、被害人陈述，应当予以排除。',
     ''),
    ('law11-constitution_prc', '全国各族人民、一切国家机关和武装力量、各政党和各社会团体、各企业事业组织，都必须以宪法为根本的活动准则，并且负有维护宪法尊严、保证宪法实施的职责。',
     ''),
    ('law11-public_security_administration_punishments_law_2012', '（四）在铁路线路上私设道口或者平交过道的。',
     ''),
    ('law11-archives_law_2020', '档案馆和机关、团体、企业事业单位以及其他组织应当建立健全档案安全工作机制，加强档案安全风险管理，提高档案安全应急处置能力。',
     ''),
    ('law11-regulations_on_religious_affairs_2017', '(一)破坏信教公民与不信教公民和睦相处的；',
     ''),
    # #010: 人民检察院 and 公安机关 are generic in a law (README); article numbers are no docno
    ('law11-criminal_procedure_law_2018', '第一百六十五条 人民检察院直接受理的案件中符合本法第八十一条、第八十二条第四项、第五项规定情形，需要逮捕、拘留犯罪嫌疑人的，由人民检察院作出决定，由公安机关执行。',
     ''),
    ('law11-criminal_law', '犯罪的时候不满十八周岁被判处五年有期徒刑以下刑罚的人，免除前款规定的报告义务。',
     ''),
    ('law11-criminal_law', '单位犯第二款、第三款、第四款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照各该款的规定处罚。',
     ''),
    ('law11-criminal_law', '第一百一十二条 战时供给敌人武器装备、军用物资资敌的，处十年以上有期徒刑或者无期徒刑；',
     ''),
    ('law11-criminal_law', '第二百三十七条 以暴力、胁迫或者其他方法强制猥亵他人或者侮辱妇女的，处五年以下有期徒刑或者拘役。',
     ''),
    ('law11-criminal_law', '情节严重的，或者使国家利益遭受重大损失的，处三年以上七年以下有期徒刑，并处罚金；',
     ''),
    ('law11-criminal_law', '公开披露、报道第一款规定的案件信息，情节严重的，依照第一款的规定处罚。',
     ''),
    ('law11-exit_entry_administration_law_2012', '第七十八条 外国人非法居留的，给予警告；',
     ''),
    ('law11-criminal_law', '（六）采用其他方式损害上市公司利益的。',
     ''),
    ('law11-archives_law_2020', '第四十七条 档案主管部门及其工作人员应当按照法定的职权和程序开展监督检查工作，做到科学、公正、严格、高效，不得利用职权牟取利益，不得泄露履职过程中知悉的国家秘密、商业秘密或者个人隐私。',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout11", ITEMS, DRAWS, sample, groups=("nat11", "prov11-", "prov11name-", "law11-"), id_letter="k")


if __name__ == "__main__":
    main()
