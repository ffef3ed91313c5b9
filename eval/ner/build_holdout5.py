"""Build eval/ner/holdout5.jsonl: a fifth held-out NER set, rich in organisations, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following README.md and the decisions recorded in
build_holdout.py, build_holdout2.py, build_holdout3.py and build_holdout4.py. The labeller did
not read anything of the extractor (dossier/), did not run it, bench/ner_eval.py or any
segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts for
them. The set has never been scored.

    python eval/ner/build_holdout5.py            # write holdout5.jsonl from ITEMS, print counts
    python eval/ner/build_holdout5.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout5.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split) is copied from build_holdout2.py. Every pool leaves
out sentences that overlap a text of build.py or build_holdout.py … build_holdout4.py (the
sentence is in one of those files' source, or contains or is contained in one of their ITEMS
texts), and keeps only the first occurrence of a sentence that recurs (as build_holdout4.py; the
national reports and the NPC resolutions on them repeat stock sentences).

1. nat5org: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters and containing one of ORG_CUES (those of
   build_holdout2.py); in file order; random.Random(6061).sample(…, 100).
2. prov5org-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way, only sentences containing one of ORG_CUES;
   random.Random(6062).sample(…, 100).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose).
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

ORG_CUES = ["委员会", "局", "厅", "部", "院", "集团", "公司", "银行", "大学", "学院", "组织", "协会", "中心",
            "党委", "政府", "人大", "政协"]                      # as in build_holdout2.py


# -- reading code, copied from build_holdout2.py so that all sets are read alike ----------------------------

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4}.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    import build_holdout3
    import build_holdout4
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4)
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


def has_org_cue(s: str) -> bool:
    return any(c in s for c in ORG_CUES)


def national_org_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("nat5org", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and has_org_cue(s) and not seen(s, source, texts)]
    return first_occurrences(out)


def provincial_org_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"prov5org-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and has_org_cue(s) and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_org_candidates, 6061, 100), (provincial_org_candidates, 6062, 100)]


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
    # Labelled blind, by reading only, per README.md and the decisions recorded in build_holdout.py … build_holdout4.py:
    # no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen. Annotations are
    # 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans). Comments on an
    # item record how an ambiguous case was decided; those marked NEW are decisions no earlier set had to make.
    # #NNN = position in the seeded order. No sampled sentence was garbled (the traditional-character and spaced-digit
    # sentences of the national reports are as in the source and readable), so none was dropped.
    # -- national reports (all years), sentences with an organisation cue word: Random(6061).sample(…, 100), in sampled order
    ('nat5org', '三要改善国民收入的分配，继续克服平均主义，坚持让一部分靠诚实劳动和合法经营的人先富起来的政策，同时坚持共同富裕的目标。',
     ''),
    ('nat5org', '建立健全政府、社会、用人单位和个人等多元化的人才培养投入机制，充分发挥市场配置人才资源的基础性作用，努力营造人才辈出、人尽其才的制度环境，建设人力资源强国。',
     ''),
    ('nat5org', '改革了中国人民银行管理体制，建立了全国集中统一的证券、保险监管体制。',
     'org:中国人民银行'),
    ('nat5org', '今年国家提高了对轻纺工业的投资比重，增加了用于发展轻纺生产的外汇，今后还将适当增加，轻纺工业部门要千方百计把这些资金用好，使它们充分发挥效益。',
     ''),
    ('nat5org', '各级政府和所有工作人员都要有忧患意识和勤俭观念，时刻把国家和人民的利益放在心上。',
     ''),
    ('nat5org', '因此，我们一定要对所有的政府工作人员进行遵纪守法的教育，大力表扬好人好事，并且对各种歪风邪气进行严肃的持久的斗争。',
     ''),
    ('nat5org', '各级政府和全社会都要进一步积极行动起来，呵护好我们赖以生存的共同家园。',
     ''),
    ('nat5org', '要围绕转变政府职能这个中心环节，用三年时间基本完成各级政府机构改革的任务。',
     ''),
    ('nat5org', '千方百计增加就业是政府的重要职责。',
     ''),
    # #009: NEW: 特别行政区政府 (the governments of the two SARs, named by kind, not by place) is a generic reference, as
    # 各级政府; 香港 and 澳门 are places
    ('nat5org', '特别行政区政府工作卓有成效，香港、澳门社会稳定，经济发展。',
     'place:香港 | place:澳门'),
    # #010: 中西部地区 is directional (as 中部地区 in holdout3)
    ('nat5org', '抓紧研究制定中西部地区承接产业转移的具体政策。',
     ''),
    # #011: 教育部直属师范大学 (the normal universities under the Ministry of Education) is a kind; 教育部 is the org
    ('nat5org', '义务教育学校实施绩效工资，在教育部直属师范大学实行师范生免费教育，加强了农村教师队伍建设。',
     'org:教育部'),
    # #012: 中央部门 (central departments): 中央 is attributive (holdout)
    ('nat5org', '制订计划要走群众路线，中央部门和地方都要加强调查研究，切实搞好综合平衡，把计划建立在既积极又可靠的基础上，把人力、物力和财力用到最必需的地方去，使国民经济各部门协调发展。',
     ''),
    ('nat5org', '各地方、各部门必须在经济工作思路和重点上有一个大的转变。',
     ''),
    # #014: 再就业服务中心 (re-employment service centres) is generic
    ('nat5org', '国有企业下岗职工基本生活保障和再就业工作普遍加强，大多数下岗职工进入了再就业服务中心，并且领到了基本生活费，全年共有600多万下岗职工实现了再就业。',
     ''),
    ('nat5org', '但是，我们也清醒地看到，在经济迅速增长中，还有一些薄弱环节和需要解决的问题，如固定资产投资增长较猛，投资结构不尽合理，交通运输、能源和部分原材料紧张，银行信贷和货币投放增长过快，通货膨胀的潜在压力加大。',
     ''),
    ('nat5org', '继续转变政府职能，实行政企分开，为企业实现自主经营和自负盈亏创造良好的外部条件。',
     ''),
    ('nat5org', '我们要在中国共产党的正确领导下，动员和组织全国各族人民，振奋精神，同心协力，艰苦奋斗，勤俭建国，力争用二十年的时间使工农业总产值翻两番，使人民的消费达到小康水平。',
     'org:中国共产党'),
    ('nat5org', '二是受国际金融危机影响，经济增速持续下滑，已成为影响全局的主要矛盾。',
     ''),
    ('nat5org', '健全的市场机制，有效的宏观调控，都是社会主义市场经济体制不可或缺的重要组成部分。',
     ''),
    ('nat5org', '鼓励外商特别是跨国公司在我国境内建立研究开发中心、生产制造基地和地区总部。',
     ''),
    ('nat5org', '一、维护世界和平是我国对外政策的主要目标，我们要坚持不懈地为缓和国际紧张局势、停止军备竞赛、促进实现裁军、防止世界战争而努力',
     ''),
    ('nat5org', '各级政府和政府工作人员要牢固树立公仆意识，密切联系群众，倾听群众意见，关心群众疾苦。',
     ''),
    ('nat5org', '国际紧张局势的根源是两个超级大国争夺世界霸权。',
     ''),
    ('nat5org', '然后再由工程承包公司向各设计、施工、设备供应单位招标，签订分包经济合同。',
     ''),
    ('nat5org', '各级政府广大工作人员总的来看是勤勤恳恳为人民服务的，但政府工作中还存在着某些预见性不强、措施不够有力等缺点。',
     ''),
    ('nat5org', '要深入实施新型城镇化战略行动，促进各类要素双向流动，形成城乡融合发展新格局。',
     ''),
    # #027: 西部地区 is directional (as 中部地区 in holdout3)
    ('nat5org', '国家要从政策措施、资金投入、产业布局、人才开发等方面，进一步加大对西部地区的支持。',
     ''),
    ('nat5org', '当前我国经济和社会生活中存在的突出问题是物价上涨过多，使人民生活的改善受到一定影响，部分城市居民的实际生活水平有所下降。',
     ''),
    ('nat5org', '地方支出预算执行的结果，主要部分为：社会文教支出占３６．８０％，经济建设支出占２７．２１％，行政管理费支出占２７．９８％。',
     ''),
    ('nat5org', '大力推进政务公开，加强电子政务建设，增强政府工作透明度，提高政府公信力。',
     ''),
    ('nat5org', '公务员的素质决定着政府的管理水平和效率。',
     ''),
    # #032: 中央与地方 names the two levels of government, not an acting body (holdout4 #026): not labelled; 地方政府 generic
    ('nat5org', '加快推进中央与地方财政事权和支出责任划分改革，制定收入划分总体方案，健全地方税体系，规范地方政府举债行为。',
     ''),
    # #033: NEW: a year with its quarter (一九五五年第一季度) is one date, as a year with its month; 第一机械工业部 (the First
    # Ministry of Machine-Building) is the ministry's name, its 第一 no session ordinal
    ('nat5org', '一九五五年第一季度内，许多产品质量不好，特别是重工业部和第一机械工业部所属企业的产品质量不好的现象较为普遍。',
     'date:一九五五年第一季度 | org:重工业部 | org:第一机械工业部'),
    ('nat5org', '坚持教育强国、科技强国、人才强国建设一体统筹推进，创新链产业链资金链人才链一体部署实施，深化教育科技人才综合改革，为现代化建设提供强大动力。',
     ''),
    ('nat5org', '将全国130万“老工伤”人员全部纳入工伤保险范围。',
     ''),
    ('nat5org', '在私营工厂做工的工人，现在虽然仍旧要拿出一部分劳动成果作为资本家的利润，但是现在资本家只能得到法令所规定的适当的一部分利润。',
     ''),
    # #037: NEW: 共青团 (the Communist Youth League) and 妇联 (the Women's Federation) are the abbreviated names of specific
    # bodies, as 工商联 (holdout); 工会 ('trade unions') is the common noun, not an abbreviation: not labelled;
    # 群团组织 generic
    ('nat5org', '支持工会、共青团、妇联等群团组织更好发挥作用。',
     'org:共青团 | org:妇联'),
    ('nat5org', '农业、农村、农民问题，关系我国改革开放和现代化建设全局，任何时候都不能忽视和放松。',
     ''),
    # #039: 政策性银行 is a kind of bank; 国家开发银行 (China Development Bank) is the org
    ('nat5org', '深化政策性银行改革，重点进行国家开发银行改革。',
     'org:国家开发银行'),
    ('nat5org', '用好超长期特别国债，强化超长期贷款等配套融资，加强自上而下组织协调，更大力度支持“两重”建设。',
     ''),
    ('nat5org', '应对困难和挑战，各级政府及其工作人员必须恪尽职守、勤政为民，凝心聚力抓发展、保民生。',
     ''),
    ('nat5org', '今年，各地区、各部门、各单位都要提出杜绝浪费、节省开支的具体目标和措施。',
     ''),
    # #043: 台湾海峡 (the Taiwan Strait) is a named sea area: place (海峡两岸 alone is not, holdout4 #007)
    ('nat5org', '我们要继续努力，早日结束台湾海峡两岸人为的分裂局面。',
     'place:台湾海峡'),
    ('nat5org', '我们一贯主张，外国军队应当全部撤出柬埔寨和阿富汗，让这些国家的人民在没有外来干涉的条件下自己解决自己的问题。',
     'place:柬埔寨 | place:阿富汗'),
    # #045: 中央军委 (the Central Military Commission) is an org, as 军委 in holdout
    ('nat5org', '过去五年，在党中央、中央军委领导下，强军兴军开创新局面。',
     'org:党中央 | org:中央军委'),
    ('nat5org', '这是在改革开放多年来奠定的基础上取得的，是以胡锦涛同志为总书记的党中央驾驭全局、正确领导的结果，是全国各族人民奋发进取、共同努力的结果，也是与广大海外侨胞、国际友人的支持和帮助分不开的。',
     'person:胡锦涛 | org:党中央'),
    ('nat5org', '我们要在改善人才发展环境上持续用力，形成人尽其才、各展其能的良好局面。',
     ''),
    # #048: 各级审计、监察、财政部门 and 舆论机关 are generic
    ('nat5org', '各级审计、监察、财政部门都要加强监督检查，并热诚欢迎舆论机关和人民群众加强公开的社会监督。',
     ''),
    ('nat5org', '在政府工作人员和全体公民中广泛开展的普及法律知识的教育，使政府工作人员依法办事的自觉性得到提高，人民群众的法制观念和公民意识得到增强。',
     ''),
    # #050: 财政经济部门 (Fushun's finance and economic departments) is generic; the city is a place
    ('nat5org', '然而抚顺市财政经济部门的同志不这样看问题。',
     'place:抚顺市'),
    ('nat5org', '市场也有盲目性和局限性，国家必须通过宏观调控加以管理和引导，不这样，经济就会出现混乱。',
     ''),
    ('nat5org', '按照竞争中性原则，在要素获取、准入许可、经营运行、政府采购和招投标等方面，对各类所有制企业平等对待。',
     ''),
    ('nat5org', '要增加研发投入，提高全要素生产率，加强质量、标准和品牌建设，促进服务业和战略性新兴产业比重提高、水平提升，优化经济发展空间格局，加快培育新的增长点和增长极，实现在发展中升级、在升级中发展。',
     ''),
    # #054: 特区政府 (the SAR governments) is generic, as #009
    ('nat5org', '支持特区政府积极应对国际经济风险挑战，维护经济金融稳定和长期繁荣发展。',
     ''),
    ('nat5org', '在我們方面，我們願意勉勵華僑尊重一切僑居國政府的法律和社會的習慣。',
     ''),
    # #056: 企业集团 (enterprise groups) is generic
    ('nat5org', '条件成熟的，可以建立跨地区、跨行业的各种企业群体和企业集团，并使它们之间责、权、利关系的处理逐步规范化。',
     ''),
    ('nat5org', '坚持企业为主、政府推动、市场化运作，实施一批重大示范项目。',
     ''),
    ('nat5org', '经过努力，最终建立起市场引导投资、企业自主决策、银行独立审贷、融资方式多样、中介服务规范、宏观调控有效的新型投资体制。',
     ''),
    # #059: 中国政府 is the longest name of the org, as 美国政府 (build.py)
    ('nat5org', '在新的一年里，中国政府将继续坚定不移地奉行独立自主的和平外交政策，同世界各国建立和发展友好关系，反对霸权主义和强权政治，维护世界和平，推动社会发展，促进人类进步。',
     'org:中国政府'),
    ('nat5org', '所有政府工作人员都要学会并善于依法处理经济社会事务。',
     ''),
    ('nat5org', '二、发挥中心城市的作用，解决“条条”和“块块”的矛盾；',
     ''),
    # #062: 全国人大常委会 (the NPC Standing Committee) is one org, its longest name
    ('nat5org', '推动完善法律法规和规章制度，提请全国人大常委会审议法律议案50件，制定修订行政法规180件次。',
     'org:全国人大常委会'),
    ('nat5org', '全面完成今年经济社会发展的各项任务，在工作指导和部署上，要突出抓好三个方面：一是着力搞好宏观调控。',
     ''),
    # #064: 中苏 is a pair, not labelled; 苏联政府 as 美国政府
    ('nat5org', '中苏谈判的前途如何，将取决于苏联政府的立场是否有实质的转变。',
     'org:苏联政府'),
    # #065: 中央和省两级政府 (central and provincial governments) is generic
    ('nat5org', '采取 “共建、调整、合作、合并”等形式，对高校管理体制进行了重大改革，形成了中央和省两级政府管理、以省为主的新体制，开始改变长期以来条块分割、学校规模过小、专业设置过窄的局面，使教育资源得到优化配置。',
     ''),
    # #066: 省、市、自治区政府 is generic
    ('nat5org', '省、市、自治区政府的机构改革要继续抓好，善始善终；',
     ''),
    ('nat5org', '煤炭工业部和石油工业部共有二百个建设项目，地方有三十二个建设项目，共计二百三十二个。',
     'org:煤炭工业部 | org:石油工业部'),
    ('nat5org', '要扩大和发扬社会主义民主，各级政府还要十分重视加强各级行政机关和企业事业单位内部的民主生活。',
     ''),
    # #069: NEW: 一九八二年底 (the end of 1982): the year is the date, 底 (end) left out as 前 in holdout4 #046
    ('nat5org', '一九七八年决定引进二十二项成套设备已到货部分所负的高利外债，到一九八二年底已经基本还清。',
     'date:一九七八年 | date:一九八二年'),
    # #070: 西部大开发 (the Western Development strategy) is a programme
    ('nat5org', '西部大开发继续推进，新开工10项国家重点建设工程，总投资800亿元。',
     ''),
    ('nat5org', '正确处理改革发展稳定的关系，以改革开放为动力推动各项工作，着力解决事关全局的重大问题，促进经济社会全面发展。',
     ''),
    ('nat5org', '同推行企业承包经营责任制相配合，要加快企业内部领导体制的改革。',
     ''),
    # #073: traditional characters, as in the source, cut at the line end inside the quotation; 中華人民共和國 is
    # a place (as 中华人民共和国 in holdout4 #002); 本政府 ('this government') is a self-reference, not labelled
    ('nat5org', '還在中華人民共和國成立的第一天，一九四九年十月一日，毛澤東主席就已經向全世界正式宣告：「凡願遵守平等、互利及互相尊重領土主權等項原則的任何外國政府，本政府均願與之建立外交關係。',
     'place:中華人民共和國 | date:一九四九年十月一日 | person:毛澤東'),
    ('nat5org', '国务院已经决定，在今后十年内采取必要措施，逐步用烧煤来代替烧油，把替出的石油用于国内加工或出口，由此而增加的收入，再用于能源和交通的建设。',
     'org:国务院'),
    # #075: 重点大学 is generic
    ('nat5org', '努力办好各级各类学校，首先是办好重点大学和重点中小学。',
     ''),
    # #076: 五届人大: the session ordinal is not part of the name, 人大 is (as 四届人大 in holdout)
    ('nat5org', '在１９７９年６月五届人大二次会议上，国务院曾经提出用三年的时间，做好国民经济调整、改革、整顿、提高的工作。',
     'date:１９７９年６月 | org:人大 | org:国务院'),
    ('nat5org', '除国务院办公厅外，国务院组成部门从4 0 个减少到2 9 个。',
     'org:国务院办公厅 | org:国务院#2'),
    # #078: NEW: “四人帮” (the Gang of Four) is a nickname for four persons, not an organisation: not labelled; 党 alone
    # is not labelled (holdout)
    ('nat5org', '在经济方面，由于清算了林彪、“四人帮”的极左路线，落实了党和政府的各项正确的政策，并且制定了一些适合情况的新政策，形势正在迅速好转。',
     'person:林彪'),
    # #079: 东部地区 is directional
    ('nat5org', '东部地区加快结构和自主创新，经济发展活力增强。',
     ''),
    ('nat5org', '必须坚决贯彻党中央和国务院关于制止新的不正之风的各项规定，采取经济的、行政的、法律的手段，刹住这些歪风，绝不允许再发生有令不行、有禁不止的情况。',
     'org:党中央 | org:国务院'),
    ('nat5org', '加强重点节能环保工程建设，新增城镇污水日处理能力1100万吨，5000多万千瓦新增燃煤发电机组全部安装脱硫设施。',
     ''),
    ('nat5org', '机械工业要根据以节能为中心的技术改造的要求，大力发展省能的机电产品，加快耗能高的机电产品的更新换代。',
     ''),
    # #083: 国有商业银行 is a kind of bank
    ('nat5org', '一是坚定不移地推进国有商业银行股份制改革。',
     ''),
    # #084: city + district as one place, the longest name (as holdout2 #046); 长江三角洲地区 and 远东地区 are named
    # regions taken with 地区 (as 京津冀地区 in holdout3); NEW: 长江流域 (the Yangtze basin) is a named area taken with
    # 流域, as with 地区
    ('nat5org', '要进一步加强基础设施建设，创造良好的投资环境，建设一些投资效益好的项目，通过上海浦东的开放开发带动长江三角洲地区乃至整个长江流域经济的发展，逐步使上海发展成为远东地区经济、金融、贸易的中心之一。',
     'place:上海浦东 | place:长江三角洲地区 | place:长江流域 | place:上海#2 | place:远东地区'),
    ('nat5org', '基本建设，国家预算内直接安排的投资，加上部门和地方的自筹投资、国内银行贷款、利用外资进行的建设等，总的投资额控制在550亿元左右。',
     ''),
    ('nat5org', '（五）充分发动群众，大搞以改土治水为中心的农田基本建设。',
     ''),
    ('nat5org', '安排地方专项债券4000亿元，继续发行地方政府置换债券。',
     ''),
    ('nat5org', '稳步推进由民间资本发起设立中小型银行等金融机构，引导民间资本参股、投资金融机构及融资中介服务机构。',
     ''),
    ('nat5org', '我代表国务院向大会作政府工作报告，请予审议。',
     'org:国务院'),
    ('nat5org', '实施更加积极主动的开放战略，培育参与国际合作与竞争新优势，进一步形成互利共赢的开放新格局。',
     ''),
    ('nat5org', '各级政府机关和企业事业单位的领导人一定要倾听群众的呼声，关心群众的疾苦，亲自审理群众的来信来访。',
     ''),
    # #092: 大区军政委员会 and 行政委员会 (the regional committees of the early 1950s) name a kind of body; 中央 is a
    # level here (#032)
    ('nat5org', '例如，在中央和地方的关系上，在解放初期为了工作的便利，建立了大区军政委员会或者行政委员会。',
     ''),
    ('nat5org', '主要是：农民收入增长缓慢，一些粮食主产区和严重受灾地方农民收入减少，有些地方拖欠工资严重，部分企业生产和职工生活仍有困难，就业压力加大。',
     ''),
    ('nat5org', '看来，实行这些改革，不仅有利于精简机构，减少层次，提高效率，而且对促进城乡结合、条块结合，推动企业组织结构和生产力布局的合理化，都大有好处。',
     ''),
    ('nat5org', '不久前，国务院专门召开了全国性会议，部署加强工程质量管理的工作。',
     'org:国务院'),
    ('nat5org', '国务院已经责成有关部门制定不同行业、不同产品的设厂标准，规定必须达到的生产批量、产品质量和物资消耗的最低要求，凡是限期内达不到这些要求的，必须停产整顿或者关闭。',
     'org:国务院'),
    # #097: 其他党派、团体 is generic
    ('nat5org', '近年来，中国共产党多次表示，为了早日结束两岸分裂局面，应由中国共产党和中国国民党进行平等商谈，并吸收其他党派、团体有代表性的人士参加，商讨国家统一的有关事宜，只要坐下来谈，总是能够逐步找到妥善解决办法的。',
     'org:中国共产党 | org:中国共产党#2 | org:中国国民党'),
    ('nat5org', '要坚持以人民为中心的发展思想，依靠共同奋斗，扎实推进共同富裕，不断实现人民对美好生活的向往。',
     ''),
    # #099: 中美 is a pair, not labelled
    ('nat5org', '但是，我们不能忘记，帝国主义者还在侵占着我国的领土台湾，还在用组织侵略性军事集团的办法包围我们，还在拖延日内瓦的中美两国大使级谈判，并且继续鼓吹和实行扩张军备，企图阻挠军备的裁减和国际局势的缓和。',
     'place:台湾 | place:日内瓦'),
    # -- provincial 2025 reports (all 31), sentences with an organisation cue word: Random(6062).sample(…, 100), in sampled order
    # #000: 党 alone is not labelled; 枫桥 inside 枫桥经验 (holdout2 prov2org #037)
    ('prov5org-sichuan', '经过在实践中不断丰富、持续发展，党的十八大以来形成了特色鲜明的新时代“枫桥经验”，具体内涵是坚持和贯彻党的群众路线，运用自治、法治、德治等方式，充分发动群众、组织群众、依靠群众解决群众自己的事情，做到“小事不出村、大事不出镇、矛盾不上交”。',
     'place:枫桥'),
    # #001: 省直部门 and 地方政府 are generic
    ('prov5org-yunnan', '一年来，我们坚持“第一议题”抓学习、“第一政治要件”抓落实，持续巩固拓展主题教育成果，扎实开展党纪学习教育，深化拓展整治形式主义为基层减负，推动省直部门和地方政府同责共担、同题共答。',
     ''),
    ('prov5org-liaoning', '坚持“好银行”标准，完善中小金融机构治理机制，增强资本实力和抗风险能力，引导中小银行回归本源、做优主业。',
     ''),
    # #003: the Greater Bay Area national technology innovation centre is a single named institution: org (as
    # 国家数据管理中心 in holdout2), 大湾区 inside it not labelled separately (flat); 概念验证中心 generic
    ('prov5org-guangdong', '深化大湾区国家技术创新中心建设，加快布局概念验证中心和中试平台，完善首台（套）、首批次、首版次应用政策。',
     'org:大湾区国家技术创新中心'),
    # #004: as 自治区人民政府 in build.py
    ('prov5org-ningxia', '现在，我代表自治区人民政府向大会报告工作，请予审议。',
     'org:自治区人民政府'),
    # #005: 社会组织 is generic
    ('prov5org-shanghai', '深化社会组织登记管理改革，促进公益慈善事业发展。',
     ''),
    # #006: the four events are not labelled, the place inside one is; RCEP is an agreement; 徽 (in 徽商) a
    # one-character abbreviation
    ('prov5org-anhui', '办好世界制造业大会、徽商大会、RCEP地方政府暨友城合作（黄山）论坛、“海客圆桌会”。',
     'place:黄山'),
    # #007: NEW: 普洱民族团结誓词碑 (the Pu'er ethnic unity oath stele) is a monument, an object like a facility: not
    # labelled, 普洱 inside it is
    ('prov5org-yunnan', '习近平总书记给普洱民族团结誓词碑盟誓代表后代回信，全省干部群众备受激励和鼓舞。',
     'person:习近平 | place:普洱'),
    ('prov5org-guangxi', '更大力度谋划、储备、建设项目，更加突出“两重”建设，以政府有效投资带动社会投资。',
     ''),
    ('prov5org-jiangsu', '（五）联动构建区域协调发展和城乡融合发展新格局。',
     ''),
    ('prov5org-gansu', '按照国务院“五个严禁”“八个不得”要求，严格规范涉企行政检查，当好服务企业的“店小二”，有求必应、随叫随到、无事不扰，让民营企业放心投资、安心经营、舒心发展。',
     'org:国务院'),
    # #011: as holdout2 prov2 #007 and #022
    ('prov5org-hebei', '现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。',
     'org:省人民政府 | org:省政协'),
    ('prov5org-shanghai', '健全政府投资有效带动社会投资机制。',
     ''),
    ('prov5org-shaanxi', '主要是：经济高质量发展的基础还不牢固，应对外部冲击能力不强；',
     ''),
    # #014: 新疆国际医疗中心 (Xinjiang as an international medical hub) is a status, as 国际贸易中心 in holdout2, so only
    # 新疆 is labelled; 国家区域医疗中心, 省级区域医疗中心 are categories (holdout2); 自治区中医药管理局 is level-qualified:
    # org; 疆 (in 全疆) not labelled
    ('prov5org-xinjiang', '积极推进新疆国际医疗中心建设，4个国家区域医疗中心、4个省级区域医疗中心建成运营，1个省级区域医疗中心稳步推进，自治区中医药管理局揭牌成立，全疆60家三甲医院实现377项检查检验结果互认，基层医疗卫生服务能力不断提高。',
     'place:新疆 | org:自治区中医药管理局'),
    # #015: NEW: a metropolitan area (都市圈) is a named region, taken whole with its cities (as 长江经济带 and
    # 洞庭湖生态经济区 in holdout3); 河湟新区 (the Hehuang new area) is a named area, as the new districts of holdout2;
    # the 示范区 is a programme
    ('prov5org-qinghai', '构建西宁—海东都市圈“两核一带多节点”发展格局，做大做强绿硅、绿铝、绿算、绿色有机农畜特色产业集群，扩容提质都市圈教育、卫生、养老等公共服务供给，打造河湟新区一体化发展示范区。',
     'place:西宁—海东都市圈 | place:河湟新区'),
    # #016: 中央 (in 中央八项规定) is attributive
    ('prov5org-hebei', '坚持全面从严治党，锲而不舍落实中央八项规定精神，纵深推进政府系统党风廉政建设和反腐败斗争，坚持过紧日子，兜牢“三保”底线，确保把资金用在发展关键处、民生紧要处。',
     ''),
    ('prov5org-liaoning', '统筹布局算力中心，加快公共数据资源开发利用，壮大软件、工业互联网、区块链等数字产业。',
     ''),
    ('prov5org-yunnan', '只要我们始终坚持干字当头，深化运用主动想、扎实干、看效果抓工作“三部曲”，就一定能推动各项事业发展蹄疾步稳。',
     ''),
    ('prov5org-chongqing', '企业是经济的力量载体，政府要为企业搭把手、助份力，让重庆成为企业发展的福地、投资兴业的沃土！',
     'place:重庆'),
    # #020: 云冈研究院 (the Yungang Academy) is a specific institution: org; the contest is an event
    ('prov5org-shanxi', '云冈研究院项目获全国“数据要素×”总决赛一等奖。',
     'org:云冈研究院'),
    ('prov5org-shandong', '自觉接受人大依法监督，主动接受政协民主监督，认真接受社会各界和舆论监督。',
     'org:人大 | org:政协'),
    # #022: 国务院国资委 (SASAC) is one org, its longest name; “双百企业”“科改企业” are programmes
    ('prov5org-gansu', '14家省属企业入选国务院国资委“双百企业”“科改企业”。',
     'org:国务院国资委'),
    # #023: 国际航运中心 is a status (as 国际贸易中心 in holdout2)
    ('prov5org-shanghai', '提升国际航运中心资源配置能力。',
     ''),
    # #024: “千万工程” is a programme
    ('prov5org-tianjin', '深入学习运用“千万工程”经验，加快农业农村现代化，高质量推进以人为本的新型城镇化，着力开创城乡共同繁荣新局面。',
     ''),
    # #025: a named hospital is an org (holdout3); 西北 is directional
    ('prov5org-ningxia', '宁夏盲人按摩医院开工建设，基本康复服务率等残疾人工作“六项指标”居全国前列，“两项补贴”标准西北第一。',
     'org:宁夏盲人按摩医院'),
    # #026: the eco-port (重点园区) is a project, not a named area like 苏州工业园区; 京津冀 without 地区 is a string
    # of one-character abbreviations (holdout3 #025); 国家技术创新中心 is a category
    ('prov5org-beijing', '推进京津冀智能网联新能源汽车科技生态港等重点园区建设，持续建设国家技术创新中心等高能级科创平台。',
     ''),
    # #027: the 示范区 is a programme; 县级中医医院 generic
    ('prov5org-sichuan', '加快国家中医药综合改革示范区建设，推进县级中医医院“两专科一中心”和“治未病”中心建设。',
     ''),
    ('prov5org-hunan', '政府自身建设还需持续加强，一些干部不敢担当、不善作为，形式主义、官僚主义以及抓落实“沙滩流水不到头”等现象仍然存在，一些领域腐败问题时有发生。',
     ''),
    ('prov5org-shanghai', '今年工作任务艰巨繁重，更加需要增强政府治理能力。',
     ''),
    # #030: 我区 generic; the festival is an event, 宁夏 inside it is labelled; 室内冰雪健身中心 generic
    ('prov5org-ningxia', '建设高质量全民健身公共服务体系，开工建设我区首个室内冰雪健身中心，提升室外冰雪场地标准，举办全国大众冰雪季宁夏冰雪运动节等赛事活动，让群众在家门口体验“冰天雪地”的快乐。',
     'place:宁夏'),
    # #031: 青海电商总部 is a platform, 青海 inside it labelled; NEW: a television channel (央视综合频道, CCTV's
    # general channel) is taken as an org like a publication (holdout), whole as the longest name; the show is
    # not labelled
    ('prov5org-qinghai', '青海电商总部、拉面产业数字化等平台陆续建成，直播带货等新零售快速发展，网络零售额、购物交易额分别增长31%、10%，央视综合频道“三餐四季”节目让青海美食走向全国。',
     'place:青海 | org:央视综合频道 | place:青海#2'),
    ('prov5org-ningxia', '着力解决部分医院挂号、住院、检查、停车“四难”问题，努力为群众看病就医提供更便捷、更放心的服务。',
     ''),
    # #033: 怀柔实验室山西研究院 (the Shanxi institute of the Huairou Laboratory) is one org, the longest name (as
    # 哈工大先研院 in holdout2)
    ('prov5org-shanxi', '加强基础研究和关键核心技术攻关，实施30项省科技重大专项和150项重点研发计划项目，支持怀柔实验室山西研究院开展“4+1”国家科技攻关。',
     'org:怀柔实验室山西研究院'),
    # #034: 跨境资金集中运营中心 is generic; EF账户, QFLP, QDLP are account and scheme types
    ('prov5org-hainan', '加快现代金融机构和市场体系建设，扩大EF账户享惠范围，加快跨境资管试点落地，推动跨境资金集中运营中心集聚发展，做大融资租赁市场规模，优化合格境外有限合伙人（QFLP）、合格境内有限合伙人（QDLP）政策，保持跨境收支规模较快增长态势。',
     ''),
    # #035: level-qualified companies (as 省能投集团 in holdout3)
    ('prov5org-fujian', '省属企业加快战略性重组和专业化整合，省建投集团、省产投公司正式组建。',
     'org:省建投集团 | org:省产投公司'),
    # #036: as holdout3 prov3org #034
    ('prov5org-fujian', '实施中试创新服务平台体系建设行动，推动建设全国高校区域技术转移转化中心，让更多科技成果走出实验室、走上生产线、走向大市场。',
     'org:全国高校区域技术转移转化中心'),
    ('prov5org-ningxia', '扩大职工医保个人账户共济范围，跨省异地就医住院直接结算率达91%。',
     ''),
    # #038: 国家级开发区 generic
    ('prov5org-shanxi', '推动国家级开发区全部创建国际合作园区。',
     ''),
    # #039: 拉萨高新区 (the Lhasa high-tech zone) is a named area, as 苏州工业园区 in holdout3
    ('prov5org-tibet', '升级布局数字基础设施，依托拉萨高新区打造数字经济集聚区。',
     'place:拉萨高新区'),
    ('prov5org-guizhou', '我们下大力加强政府投资管理，优化投资结构、提升投资效益，“投资必问效、无效必问责”成为全省普遍共识和自觉行动。',
     ''),
    # #041: 自治区民兵训练基地 is a facility (a training base); a newspaper is an org, as a publication in holdout,
    # taken without its 《》; 全国双拥办 (the national office for double support work) is a specific body
    ('prov5org-ningxia', '倾力服务国防和军队建设，建成自治区民兵训练基地，退役军人创业就业、权益维护等经验向全国推广，为部队移防高效办实事做法在《中国国防报》头版刊发、得到全国双拥办充分肯定。',
     'org:中国国防报 | org:全国双拥办'),
    ('prov5org-guangdong', '创新招标投标项目管理体制机制，优化整合政府、事业单位、国有企业采购等各类公共资源交易平台。',
     ''),
    # #043: 人大 and 人民政协 are orgs; 其常委会 generic (holdout)
    ('prov5org-tibet', '加强法治政府建设，自觉接受人大及其常委会监督、人民政协民主监督，加强司法、审计、统计和社会监督，确保权力运行时时处处讲规矩。',
     'org:人大 | org:人民政协'),
    ('prov5org-jiangxi', '4家省级区域医疗中心运营，基层人工智能辅助智慧医疗系统全面上线，基本医保参保率稳定在95%以上，职工医保个人账户家庭共济扩围至“近亲属”，在全国率先落地应用医保码“一码付”。',
     ''),
    ('prov5org-xinjiang', '进一步规范政府、事业单位、国有企业采购等招投标工作，加强审计、统计监督，让权力在阳光下运行。',
     ''),
    # #046: 人大常委会 is the standing committee's name (as 省人大常委会 in holdout3 #060), taken whole; 政府规章
    # generic
    ('prov5org-tibet', '深入推进法治政府建设，提请人大常委会审议法规议案7件，修订、制定政府规章12件，办理人大代表建议246件、政协委员提案330件。',
     'org:人大常委会 | org:人大#2 | org:政协'),
    # #047: a regulation's title is not labelled (holdout2); 自贸港 (the free trade port) is a programme zone, as
    # 自贸试验区 in holdout3; the 出入口局 is a telecom facility designation (holdout)
    ('prov5org-hainan', '自贸港国际数据中心发展规定出台，获批建设三大运营商全业务国际通信出入口局。',
     ''),
    ('prov5org-liaoning', '深化政务公开，依法接受人大监督，自觉接受政协民主监督，主动接受司法监督，广泛接受社会、舆论等各方监督，始终让政府权力在阳光下运行。',
     'org:人大 | org:政协'),
    ('prov5org-chongqing', '深入推进“强镇带村”，规划建设一批规模较大的中心镇，实施场镇更新行动，探索特大镇经济社会管理权限赋能改革，更好发挥小城镇联结城乡作用。',
     ''),
    ('prov5org-ningxia', '政府是人民政府，为人民服务是政府的根本宗旨。',
     ''),
    ('prov5org-fujian', '守纪律，坚决杜绝“七个有之”，做到“五个必须”，以严明政治纪律带动各项纪律全面从严，确保政府各项工作按制度来、按程序走、按规矩办。',
     ''),
    # #052: 成都都市圈 as #015; 省域经济副中心、区域中心城市 generic
    ('prov5org-sichuan', '成都都市圈发展能级提升，省域经济副中心、区域中心城市人口和产业承载能力持续增强。',
     'place:成都都市圈'),
    # #053: 自贸港 as #047
    ('prov5org-hainan', '健全城乡公共文化服务体系，精心组织策划一批自贸港封关运作主题重大文体活动，丰富城乡群众精神文化生活。',
     ''),
    ('prov5org-heilongjiang', '做好今年政府工作，要着力把握好五个方面。',
     ''),
    ('prov5org-hunan', '持续加强效能建设，树牢正确政绩观，强化实干实绩导向，制定政府部门权责清单，完善大抓落实督查激励措施，持续为基层减负赋能，以高效能治理助推高质量发展。',
     ''),
    # #056: 烟台崆峒胜境 is a tourism project, 烟台 inside it labelled; the exhibition hall and 泰山博物院 are museums:
    # orgs (holdout), the names inside them (墨子, 鲁班, 泰山) not labelled separately (flat)
    ('prov5org-shandong', '抓好烟台崆峒胜境、墨子鲁班古代科技文化展览馆、泰山博物院等重点项目。',
     'place:烟台 | org:墨子鲁班古代科技文化展览馆 | org:泰山博物院'),
    ('prov5org-tibet', '坚持农业农村优先发展，把县域作为重要切入点，促进城乡要素平等交换、双向流动，着力构建优势互补、协调发展的良好格局。',
     ''),
    # #058: 川渝 and 成渝 are pairs; 重庆主城都市区 (Chongqing's main-city metropolitan area) a named area as #015; NEW:
    # 成都市区 (Chengdu's urban area) is taken whole as one place, as city + quarter (holdout2 #046)
    ('prov5org-sichuan', '“电走廊”是指川渝将加快省际高速公路服务区充电桩建设，保障两地电动汽车跨省出行充电需求，同时以重庆主城都市区、成都市区、宜宾、成渝两地高速公路等为重点，加快换电站布局，优先在出租车、网约车等公共领域试点运营换电技术，并逐步向私人领域推广；',
     'place:重庆主城都市区 | place:成都市区 | place:宜宾'),
    # #059: 教育集团 generic
    ('prov5org-hainan', '新增基础教育公办学位4.7万个、教育集团47个，新建、改扩建公办幼儿园30个，全省中小学招生实现“机器管招生”和“一网通办”。',
     ''),
    ('prov5org-guangdong', '——面对外部压力加大、内部困难增多的复杂严峻形势，我们迎难而上、顶压前行，坚定扛起经济大省挑大梁的责任担当，全力推动经济运行总体平稳、稳中有进。',
     ''),
    ('prov5org-shanghai', '围绕细胞基因治疗、脑机接口、6G、量子计算、聚变能源等战略前沿领域，强化前瞻性、战略性、系统性、带动性研究布局。',
     ''),
    ('prov5org-guizhou', '严格执行人大及其常委会决议决定，认真办理人大代表建议和政协委员提案，自觉接受人大监督、民主监督、审计监督、群众监督、舆论监督等各方面监督，强化依法行政。',
     'org:人大 | org:人大#2 | org:政协 | org:人大#3'),
    # #063: the platform and operating companies are generic
    ('prov5org-yunnan', '30.“1+1+N”运贸综合服务体系：1个管理运营机构、1个省级专业化运营平台公司、N个专业化二级运营公司。',
     ''),
    # #064: the data-centre cluster is a project, 庆阳 inside it labelled (holdout3 prov3org #006)
    ('prov5org-gansu', '致力打造全国一体化算力网络国家枢纽节点，加快庆阳数据中心集群建设，建成“绿电聚合供应”试点项目，拓展算力应用场景，力争算力规模突破10万P。',
     'place:庆阳'),
    ('prov5org-sichuan', '抓住新一轮国家“双高”计划机遇，以优质高职院校为基础设置公办本科层次职业技术大学。',
     ''),
    ('prov5org-henan', '实施医疗卫生强基工程，高质量建设紧密型县域医共体，新增100所达到二级医院服务能力的县域医疗卫生次中心。',
     ''),
    # #067: 中华民族 not labelled; 自治区党委 is level-qualified (holdout); 党 alone not labelled
    ('prov5org-inner_mongolia', '紧紧围绕铸牢中华民族共同体意识工作主线，深入落实自治区党委全方位建设模范自治区的决定及28条措施，常态化开展“感党恩、听党话、跟党走”群众教育，动态清理不符合主线要求的规范性文件，中小学三科统编教材实现全覆盖。',
     'org:自治区党委'),
    ('prov5org-zhejiang', '大力推进“两重”建设，坚持“国家所需”与“浙江所能”相衔接、“硬投资”与“软建设”相结合，积极争取超长期特别国债资金支持，216个“两重”项目全部开工建设。',
     'place:浙江'),
    ('prov5org-jilin', '大力盘活政府存量低效、闲置楼宇，改造医院病房，改善高校宿舍条件，增加公共服务功能。',
     ''),
    # #070: the longest name of the research centre includes its parent 中国地质调查局; the national health
    # strategic resources centre and the national pig technology innovation centre are single named institutions:
    # orgs (as the data centres of holdout2 prov2org #015); 前沿技术交叉研究院 counted, generic
    ('prov5org-chongqing', '新增3个国家级科创平台，中国地质调查局重庆地质安全研究中心揭牌成立，国家健康战略资源中心正式运营，国家生猪技术创新中心综合实力稳步增强，2个前沿技术交叉研究院启动建设。',
     'org:中国地质调查局重庆地质安全研究中心 | org:国家健康战略资源中心 | org:国家生猪技术创新中心'),
    # #071: NEW: a decade with its century (20世纪60年代) is a date, 初 (early) left out as 前 in holdout4 #046;
    # province + county + town taken as one place, the longest name (holdout2 #046); 枫桥 inside 枫桥经验
    ('prov5org-sichuan', '48.新时代“枫桥经验”：20世纪60年代初，浙江诸暨县枫桥镇干部群众创造了“依靠群众就地化解矛盾”的“枫桥经验”。',
     'place:枫桥 | date:20世纪60年代 | place:浙江诸暨县枫桥镇 | place:枫桥#3'),
    # #072: “双一流”, “双高计划” are programmes
    ('prov5org-shandong', '教育方面，优化基本公共教育服务供给机制，有序实施学前教育、县域普通高中提升行动，推动省属高校“双一流”攻坚突破，建设15所“双高计划”高职院校。',
     ''),
    # #073: 兰白两区 (the two Lanzhou-Baiyin zones) uses one-character abbreviations; the centres are categories
    ('prov5org-gansu', '增强兰白两区创新极核功能，创建一批国家技术创新中心、制造业创新中心。',
     ''),
    # #074: NEW: 天津OTC (the Tianjin OTC equity exchange) is an org, as 北京国际大数据交易所 in holdout2, taken whole,
    # so 天津 is not labelled separately (flat); the 示范区 is a programme
    ('prov5org-tianjin', '分类推进金融创新运营示范区建设，促进金融服务实体经济发展，争取认股权、基金份额转让在天津OTC试点，拓展科技型企业直接融资渠道，设立市级并购基金，推进企业上市和上市公司高质量发展。',
     'org:天津OTC'),
    ('prov5org-chongqing', '部署实施数字政务系统“AI+”应用，构建数字化、智能化政府运行新形态。',
     ''),
    ('prov5org-tianjin', '（四）坚持扬优势强支撑，形成各区协同并进、竞相发展的良好格局',
     ''),
    ('prov5org-shanghai', '必须坚持用改革精神和严的标准持续加强政府自身建设，以更加高效的政府治理保障现代化建设和高质量发展。',
     ''),
    # #078: the awards are not labelled; 中国 inside 中国新闻奖 is (a name inside a longer term); 闽 a one-character
    # abbreviation
    ('prov5org-fujian', '推动文化繁荣，9部作品获“五个一工程”优秀作品奖，15件作品获中国新闻奖，一批“闽派”文艺精品获“飞天奖”“星光奖”“金鹰奖”“白玉兰奖”。',
     'place:中国'),
    # #079: 各市（州） and 行业主管部门 generic
    ('prov5org-guizhou', '突出市场化导向，聚焦“四化”和基础设施5大领域在建项目以及工业、农业、服务业三类产业拟招商项目，各市（州）每个领域遴选10个项目、共80个项目，省级统筹协调推进，行业主管部门细化分类再抓一批。',
     ''),
    # #080: NEW: 交通集团 (the region's transport group, a specific state company named without its place) is an org,
    # as 城市治理委员会 in holdout2; 中国 inside the ranking 中国企业500强 is labelled
    ('prov5org-inner_mongolia', '交通集团要对标行业领军企业，全面提升资质等级，努力开拓区内外市场，力争进入中国企业500强。',
     'org:交通集团 | place:中国'),
    # #081: 金融资产投资公司 is a category (holdout3)
    ('prov5org-tianjin', '金融资产投资公司股权投资试点落地。',
     ''),
    # #082: the base, the production line and the data centre are projects and facilities: the places and companies
    # inside them are labelled (as 吉利贵阳基地 in holdout3); 百度智能云 (Baidu AI Cloud) and 中交 (China Communications
    # Construction) are companies; 微医 (WeDoctor) inside its model's name is labelled (holdout4 #022)
    ('prov5org-ningxia', '北京百度智能云数据产业基地、福建算力服务器生产线、中交云数据中心等集中落地，大语言模型、微医大模型、量子技术应用等取得突破。',
     'place:北京 | org:百度智能云 | place:福建 | org:中交 | org:微医'),
    ('prov5org-guangdong', '推动5500家企业“小升规”，加快培育更多一流企业，形成“链主”企业引领、单项冠军企业攻坚、专精特新企业筑基、大中小企业融通协作的发展格局。',
     ''),
    ('prov5org-hunan', '树立和践行正确政绩观，努力建设人民满意政府。',
     ''),
    # #085: the new city, the new centre and the new district are named areas, each taken whole with its city (as
    # holdout2 prov2org #026); railway lines are not labelled, the places in them are; 呼南 and “武鄂黄黄” are strings
    # of one-character abbreviations; 离岸科创园 generic
    ('prov5org-hubei', '武汉新城、襄阳东津城市新中心、宜昌东部产业新区等重点区域加快建设，沿江高铁武汉至宜昌段、呼南高铁襄阳至荆门段、“武鄂黄黄”快速道路系统等重大项目加快推进，黄冈、黄石、荆州、荆门、咸宁等9个离岸科创园（中心）投入运营。',
     'place:武汉新城 | place:襄阳东津城市新中心 | place:宜昌东部产业新区 | place:武汉#2 | place:宜昌#2 | place:襄阳#2 | place:荆门 | place:黄冈 | place:黄石 | place:荆州 | place:荆门#2 | place:咸宁'),
    # #086: 集团化办学 (group schooling) names no org
    ('prov5org-tianjin', '深入实施基础教育扩优提质行动，完善集团化办学、城乡结对帮扶等优质均衡发展推进机制，建立学龄人口学位预测预警机制，促进高中阶段学校多样化发展，新建改扩建中小学校11所，新增学位1.62万个。',
     ''),
    ('prov5org-xinjiang', '(三)重大项目加快布局建设，为构建基础设施“十张网”奠定新基石',
     ''),
    # #088: NEW: a campus (桂林洋校区) is a part of its university, taken whole with it as the longest name (as 哈工大先研院
    # in holdout2)
    ('prov5org-hainan', '继续支持海南大学创建世界一流学科、支持海南医科大学深化改革和高质量发展，全面开工建设海南师范大学桂林洋校区规划项目，推动海南警察学院获批、海南经贸职业技术学院升职业本科，优化调整高校8%左右学科专业。',
     'org:海南大学 | org:海南医科大学 | org:海南师范大学桂林洋校区 | org:海南警察学院 | org:海南经贸职业技术学院'),
    ('prov5org-tianjin', '注重乡村环境提升、资源供给、服务便利，优化布局冷链物流、寄递服务等新型基础设施，完善垃圾污水、乡村道路等公共设施建管机制。',
     ''),
    # #090: 省法院 and 省检察院 are level-qualified (as 省政府); 省级部门 and 中央驻滇单位 (as 中央驻湘单位 in holdout3) generic
    ('prov5org-yunnan', '4.“厅局长坐诊接诉”：省级部门、中央驻滇单位主要负责同志，以及省法院、省检察院等分管日常工作的负责同志，像医生接诊一样接待企业，围绕投资、生产、经营中遇到的困难问题，听取和回应企业诉求，实现从解决一件事到办好一类事。',
     'org:省法院 | org:省检察院'),
    ('prov5org-anhui', '自觉接受人大监督、政协民主监督和社会各方面监督，办理省人大代表建议1422件、省政协提案797件。',
     'org:人大 | org:政协 | org:省人大 | org:省政协'),
    # #092: 市区托育综合服务中心 (the city- and district-level childcare centres) is generic
    ('prov5org-beijing', '完善生育友好型社会配套支持政策，提供多样化托育服务，实现市区托育综合服务中心全覆盖。',
     ''),
    # #093: the demonstration zone is a programme; 中国 and 上海合作组织 (the SCO) inside it are labelled
    ('prov5org-heilongjiang', '冰雪经济新增长点加快打造，中国—上海合作组织冰雪体育示范区获批建设。',
     'place:中国 | org:上海合作组织'),
    # #094: as holdout3 prov3org #019: 工商联 is an org; 民主党派, 各人民团体 generic
    ('prov5org-hunan', '我们将更加自觉落实全过程人民民主，主动接受人大监督、政协民主监督，自觉接受纪检监察、司法、社会和舆论监督，加强巡视反馈问题整改，强化审计监督、财会监督、统计监督，广泛听取民主党派、工商联、无党派人士和各人民团体意见，始终让权力在阳光下运行。',
     'org:人大 | org:政协 | org:工商联'),
    # #095: NEW: a report's heading: 黑龙江省政府 (the provincial government whose report it is) is taken as the org,
    # the longest name, as 省政府 inside 省政府规章 (holdout3 prov3org #027)
    ('prov5org-heilongjiang', '2025年黑龙江省政府工作报告',
     'date:2025年 | org:黑龙江省政府'),
    # #096: the contest is an event
    ('prov5org-hainan', '获得世界职业院校技能大赛4项金牌，创历史新高。',
     ''),
    ('prov5org-hubei', '加强房地产、地方债务、金融等重点领域风险监测预警、快速处置，房地产市场持续好转，全省新建商品房销售面积实现正增长，全省地方债务风险保持在安全区间，银行业贷款不良率低于全国平均水平，风险总体可控。',
     ''),
    ('prov5org-guangdong', '实施广州市、深圳市国土空间总体规划，强化城市核心功能定位，更好支撑全省发展大局。',
     'place:广州市 | place:深圳市'),
    # #099: 微纳制造国家级制造业创新中心 describes a designation (a national manufacturing innovation centre in
    # micro-nano manufacturing), not a name: not labelled, as 国家医学中心 in holdout3
    ('prov5org-shandong', '新增微纳制造国家级制造业创新中心。',
     ''),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout5", ITEMS, DRAWS, sample, ("nat5org", "prov5org-"))


if __name__ == "__main__":
    main()
