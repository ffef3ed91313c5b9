"""Build eval/ner/holdout2.jsonl: a second held-out NER set, sampled by seed and labelled by hand.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following README.md and the decisions recorded in
build_holdout.py, before any extractor was run on them. The labeller did not read the
extractor's code and did not look at what any NER tool predicts for these sentences.

    python eval/ner/build_holdout2.py            # write holdout2.jsonl from ITEMS, print counts
    python eval/ner/build_holdout2.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout2.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, Enron body cleaning) is copied from build_holdout.py. Every
pool leaves out sentences that overlap a text of build.py or build_holdout.py (the sentence is in
either file's source, or contains or is contained in one of their ITEMS texts).

1. prov2-*: the 2025 government work reports of the 16 provinces in PROVINCES (docx; paragraph
   text = the w:t runs of each w:p joined), split after 。！？； (delimiter kept), stripped, kept if
   15-120 characters. Pooled in file-name order then position; random.Random(3031).sample(pool, 60).
2. prov2org-*: the same pool, only sentences containing one of ORG_CUES, and leaving out the texts
   of the 60 sentences drawn in 1; random.Random(3032).sample(…, 40).
3. gov-work-reports: the national reports (JSONL, field `content`) whose `year` field is 1990-2025
   (the NPC resolutions on the reports carry no year and are left out), split the same way per
   line of `content`, kept if 15-120 characters; random.Random(3033).sample(…, 30).
4. enron: the 300 EML files of email/enron-sample/eml read as in build_holdout.py (body cleaning,
   split at [.!?] + space + capital, 30-200 characters, a capitalised word after the first), less
   the sentences used in build.py and build_holdout.py; random.Random(3034).sample(…, 30).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose).
"""

from __future__ import annotations

import email
import json
import random
import re
import sys
import zipfile
from email import policy
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

CORPUS = HERE.parent.parent.parent / "shared" / "corpus"          # /work/shared/corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

PROVINCES = ["anhui", "beijing", "chongqing", "fujian", "guangdong", "hainan", "hebei", "heilongjiang",
             "jiangxi", "jilin", "liaoning", "shaanxi", "shanghai", "shanxi", "tianjin", "zhejiang"]
ORG_CUES = ["委员会", "局", "厅", "部", "院", "集团", "公司", "银行", "大学", "学院", "组织", "协会", "中心",
            "党委", "政府", "人大", "政协"]


# -- reading code, copied from build_holdout.py so that both sets are read alike --------------------------

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


HEADER = re.compile(r"^\s*(From|To|Cc|Bcc|Sent|Date|Subject)\s*:", re.I)


def enron_body_paragraphs(path: Path) -> list[str]:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    body = msg.get_content() if not msg.is_multipart() else ""
    kept, in_header = [], False
    for line in body.splitlines():
        if in_header:
            if line.strip():
                continue
            in_header = False
        if HEADER.match(line):
            in_header = True
            continue
        if "-----Original Message-----" in line or "----- Forwarded by" in line or line.lstrip().startswith(">"):
            continue
        kept.append(line)
    paras = re.split(r"\n\s*\n", "\n".join(kept))
    return [re.sub(r"\s+", " ", p).strip() for p in paras if p.strip()]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in ("build.py", "build_holdout.py"))
    return source, [t for _, t, _ in build.ITEMS] + [t for _, t, _ in build_holdout.ITEMS]


def seen(s: str, source: str, texts: list[str]) -> bool:
    return s in source or any(s in t or t in s for t in texts)


def provincial_pool() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for prov in sorted(PROVINCES):
        path = CORPUS / "zh-docs/provincial-work-reports-2025-docx" / f"gov_work_report_2025_{prov}.docx"
        for para in docx_paragraphs(path):
            out += [(prov, s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return out


def provincial_candidates() -> list[tuple[str, str]]:
    return [(f"prov2-{prov}", s) for prov, s in provincial_pool()]


def provincial_org_candidates() -> list[tuple[str, str]]:
    pool = provincial_pool()
    drawn1 = {s for _, s in random.Random(3031).sample(pool, 60)}
    return [(f"prov2org-{prov}", s) for prov, s in pool
            if any(c in s for c in ORG_CUES) and s not in drawn1]


def national_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        report = json.loads(line)
        if not (report.get("year") and 1990 <= int(report["year"]) <= 2025):
            continue
        for para in report["content"].splitlines():
            out += [("gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return out


def enron2_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                words = s.split()
                if (30 <= len(s) <= 200 and any(w[:1].isupper() for w in words[1:])
                        and not seen(s, source, texts)):
                    out.append(("enron", s))
    return out


DRAWS = [(provincial_candidates, 3031, 60), (provincial_org_candidates, 3032, 40),
         (national_candidates, 3033, 30), (enron2_candidates, 3034, 30)]


def sample(extra: int = 10) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next `extra` are replacements in order."""
    out = []
    for candidates, seed, n in DRAWS:
        pool = candidates()
        drawn = random.Random(seed).sample(pool, n + extra)
        assert drawn[:n] == random.Random(seed).sample(pool, n), "the longer draw must extend the sample"
        out.append(drawn)
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled by reading, per README.md and the decisions recorded in build_holdout.py, before any extractor was
    # run on these sentences. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second
    # occurrence (see build.spans). Comments on an item record how an ambiguous case was decided.
    # #NNN = position in the seeded order. No sampled sentence was garbled, so none was dropped.
    # -- provincial 2025 reports: Random(3031).sample(…, 60), in sampled order
    # #000: the forum sessions are events, not labelled (as 第四届国际医学创新合作论坛 in holdout); 良渚 (a town, the Liangzhu site) inside one is a place
    ('prov2-zhejiang', '成功举办第六届世界佛教论坛、第二届良渚论坛。',
     'place:良渚'),
    # #001: 长白山 inside the project name is labelled; a national park is a named area: place; 万里绿水长廊 is a project
    ('prov2-jilin', '实施好林草湿生态连通、万里绿水长廊、长白山森林植被恢复等重大生态工程，建设好东北虎豹国家公园。',
     'place:长白山 | place:东北虎豹国家公园'),
    ('prov2-jilin', '104条城市黑臭水体动态清零。',
     ''),
    # #003: 扬帆计划/启航计划 are programmes
    ('prov2-guangdong', '实施“扬帆计划”、“启航计划”，开展省工程硕博士培养改革专项试点，完善青年创新人才发现、选拔、培养机制，进一步做好留学人才回国服务工作。',
     ''),
    ('prov2-anhui', '城镇常住居民人均可支配收入增长4.4%，农村常住居民人均可支配收入增长6.4%。',
     ''),
    # #005: 南繁 ('southern breeding') names the base's purpose, not a place; 乐亚 (the 片区, read as a pair of abbreviations) not labelled;
    # an irrigation district is a named area, taken whole as a place like the canal 平陆运河 in holdout; a river is a place
    ('prov2-hainan', '南繁基地（乐亚片区）水利设施工程竣工验收，牛路岭灌区主体工程加快推进，昌化江水资源配置工程开工。',
     'place:牛路岭灌区 | place:昌化江'),
    ('prov2-jiangxi', '积极争取布局建设全国重要产业备份基地、战略性物资储备基地、科技创新战略腹地，打造国家战略腹地重点支撑区域。',
     ''),
    # #007: 省人民政府 (the speaker's own provincial government) is a level-qualified name, as 自治区人民政府 in build.py;
    # 人大/政协 inside 人大代表/政协委员 as in holdout; 人民解放军 and 武警 (the Armed Police, in 武警官兵) are specific bodies;
    # 粤 and 港澳台 (one-character abbreviations) and 中央 (attributive) are not labelled
    ('prov2-guangdong', '在此，我代表省人民政府，向全省人民，向各位人大代表、政协委员，向各民主党派、各人民团体、各界人士，向驻粤中央有关单位和人民解放军、武警官兵、公安民警、消防救援指战员，以及港澳台同胞、海外侨胞、国际友人，表示衷心的感谢！',
     'org:省人民政府 | org:人大 | org:政协 | org:人民解放军 | org:武警'),
    # #008: a port is a place (as an airport); 渝深港, 中老泰马 are strings of one-character abbreviations, not labelled;
    # 团结村, 鱼嘴, 小南垭 (a rail hub, a town, a station area) are places
    ('prov2-chongqing', '龙头港铁路专用线正式投用，“渝深港”图定班列、“中老泰马”跨境铁路双向班列实现首发，团结村、鱼嘴、小南垭获批陆路启运港退税试点，主要枢纽铁路接入率达到100%。',
     'place:龙头港 | place:团结村 | place:鱼嘴 | place:小南垭'),
    ('prov2-shanghai', '深化公共资源“一网交易”改革。',
     ''),
    ('prov2-beijing', '紧扣“七有”要求和“五性”需求，集中力量办好重要民生实事，努力把群众身边的大事小情解决好，让群众感受到更多温暖。',
     ''),
    ('prov2-beijing', '——我们精细施策、补短扬长，人民生活品质进一步提升。',
     ''),
    ('prov2-jilin', '推进平台公司向投、建、运、管一体化转型。',
     ''),
    ('prov2-liaoning', '深化科技评价、科技奖励、收入分配、职务科技成果赋权等改革，让各类人才专注科研、专心创造。',
     ''),
    ('prov2-hebei', '实施制造业数字化转型行动，培育10个“数字领航”企业、100个先进级智能工厂。',
     ''),
    ('prov2-guangdong', '加强财政与金融的配合，综合用好各类融资工具，强化重大项目资金保障。',
     ''),
    ('prov2-jilin', '健全政府守信监督机制，治理政府失信行为。',
     ''),
    ('prov2-shaanxi', '（二）创新引领，现代化产业体系加快构建。',
     ''),
    # #018: 山海协作 (mountain-coast cooperation) is a programme, not places
    ('prov2-fujian', '实施医疗卫生强基工程，把深化三级医院对口帮扶作为山海协作重要内容，完善机制、强化考核，系统推动省市优质医院与县级医院有序结对，带动紧密型县域医共体、重点中心乡镇卫生院医疗水平提升。',
     ''),
    ('prov2-shanxi', '持续推进重点行业节能降碳，开展煤电低碳化改造，钢铁行业能效标杆产能占比超过30%，达到绿色矿山标准的在产大型煤矿超过50%，推动能耗、水耗、碳排放强度持续下降。',
     ''),
    # #020: a level-qualified centre (as 省卫生健康委 in holdout): org
    ('prov2-hainan', '省空天发射技术创新中心获批筹建。',
     'org:省空天发射技术创新中心'),
    ('prov2-hebei', '发挥经济体制改革牵引作用，主动融入全国统一大市场，塑造新动能新优势。',
     ''),
    # #022: 市人民政府 as 省人民政府 (#007); 市政协 (in 市政协委员) is the level-qualified 政协; 大会 is generic
    ('prov2-tianjin', '现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。',
     'org:市人民政府 | org:市政协'),
    ('prov2-liaoning', '因地制宜发展乡村旅游、休闲农业等新型业态，促进农村一二三产业融合发展。',
     ''),
    ('prov2-guangdong', '（五）加快构建全过程创新链，一体推进教育改革发展、科技创新和人才培养。',
     ''),
    ('prov2-zhejiang', '纵深推进“大综合一体化”行政执法改革，深化“综合查一次”等探索实践，避免多头、重复和过度检查。',
     ''),
    # #026: 中医药省实验室 is a descriptive category (a provincial lab for Chinese medicine), not labelled; 琴澳 (a pair of
    # abbreviations) inside the park's name is not labelled
    ('prov2-guangdong', '优化分线管理政策措施，加快中医药省实验室、跨境电商产业园、琴澳创新产业园建设，大力发展“四新”产业，持续完善公共服务和社会保障体系，便利澳门居民生活就业。',
     'place:澳门'),
    ('prov2-hainan', '齐心协力开展“护苗”专项行动呵护未成年人健康成长，纵深推进常态化扫黑除恶、打击治理电信网络诈骗、打击治理私彩赌博，社会治安状况达到历史最好水平。',
     ''),
    ('prov2-hainan', '培育高素质农民4000人以上，农村劳务带头人、致富能人、乡村匠人“三支队伍”人数超8000人。',
     ''),
    ('prov2-guangdong', '发展“换新+回收”等模式，畅通再生资源回收循环利用链条。',
     ''),
    # #030: 三个一号旅游公路 (the three 'No. 1' tourist roads) is a programme, not named here
    ('prov2-shanxi', '十三是建设一批三个一号旅游公路沿线特色乡村驿站。',
     ''),
    # #031: a named national research centre is an org; the alliance is an org, its name taken as written, with the quotes
    ('prov2-chongqing', '创建国家革命文物协同研究中心，成立“红岩思政”教育联盟。',
     'org:国家革命文物协同研究中心 | org:“红岩思政”教育联盟'),
    ('prov2-fujian', '加强就业服务，建成10个线上零工平台、727家线下零工驿站，保障农民工工资支付工作连续4年位列全国第一方阵。',
     ''),
    ('prov2-liaoning', '超常规的政策含金量高但竞争激烈，务必抢前争先抓主动，谋深谋实项目，提力提速行动，用足用好政策，保持住、巩固好经济向上向好态势。',
     ''),
    # #034: 中国 inside the slogan 美丽中国 is labelled (as 中国式现代化 in holdout)
    ('prov2-beijing', '（十）更大力度保护生态环境，推进美丽中国先行区建设取得新成效',
     'place:中国'),
    # #035: 川渝 is a pair of one-character abbreviations
    ('prov2-chongqing', '“川渝通办”累计发布四批次355项政务服务事项，日均办理和查询量达到2万件次。',
     ''),
    # #036: 市人大 / 市政协 as 市政协 in #022 (also inside 市人大代表); 其常委会 is generic, as in holdout
    ('prov2-shanghai', '自觉依法接受监督，配合市人大及其常委会出台地方性法规20件，立改废政府规章37件，办理市人大代表建议1155件、市政协提案1057件。',
     'org:市人大 | org:市人大#2 | org:市政协'),
    ('prov2-guangdong', '全面落实国家放宽外资准入政策，出台新一轮外资激励措施，获批医疗、增值电信等服务业领域扩大开放试点，新设外资企业2.6万户、增长超20%。',
     ''),
    # #038: 红十字 (the Red Cross) inside 红十字救护员 (Red Cross first-aider) is labelled: a name inside a longer term
    ('prov2-shanxi', '三是配置自动体外除颤器1000台，培训红十字救护员5万人。',
     'org:红十字'),
    ('prov2-shanxi', '强化宣介和营销合作，讲好山西故事，巩固传统客源市场，拓展沿海和境外客源市场。',
     'place:山西'),
    ('prov2-liaoning', '健全国资监管体制机制，强化穿透式监管，确保国有资产保值增值，推动国有企业做强主业、做大实业。',
     ''),
    ('prov2-anhui', '实施安全治理三大工程，提升本质安全水平。',
     ''),
    ('prov2-fujian', '（六）办好民生实事，人民群众生活品质稳步改善提高',
     ''),
    # #043: 府院联动 (government-court linkage): 院 is the courts in general
    ('prov2-jilin', '持续优化府院联动机制，提高依法行政能力。',
     ''),
    ('prov2-liaoning', '创新多元化消费场景，积极扩大健康、养老、托育、家政等服务消费，培育壮大数字、绿色、智能等消费新热点。',
     ''),
    # #045: 一带一路 is an initiative; 中东 is a region; 中欧 (in 中欧班列) is a pair, not labelled
    ('prov2-guangdong', '完善参与高质量共建“一带一路”机制，强化与中东国家经贸对接，建立同东盟贸易促进与供应链合作机制，推动中欧班列稳定运营。',
     'place:中东 | org:东盟'),
    # #046: city + named quarter/street taken as one place, the longest name (as 北京市朝阳区 in build.py)
    ('prov2-liaoning', '持续开展系列促消费活动，改造提升沈阳方城、大连东关街等街区，着力培育消费新热点、新业态。',
     'place:沈阳方城 | place:大连东关街'),
    # #047: 南粤 (a traditional name of the Guangdong region) is a named region, as 北疆 in holdout; 省委 is level-qualified (as 自治区党委)
    ('prov2-guangdong', '我们深切感受到，中国式现代化广东实践的每一点进步、南粤大地的每一处积极变化，都是在习近平总书记、党中央的坚强领导下，在习近平新时代中国特色社会主义思想的科学指引下，省委团结带领全省人民苦干实干、奋力拼搏、开拓进取的结果。',
     'place:中国 | place:广东 | place:南粤 | person:习近平 | org:党中央 | person:习近平#2 | place:中国#2 | org:省委'),
    ('prov2-tianjin', '各位代表，回顾一年来工作，机遇前所未有，挑战交织并行，我们在真抓实干中勇毅前行，在积蓄成势中锐意进取。',
     ''),
    ('prov2-beijing', '强化土壤污染源头防控，保障耕地和重点建设用地安全利用。',
     ''),
    ('prov2-beijing', '老旧小区改造开工量、完工量均实现翻番，整治提升背街小巷2100多条；',
     ''),
    ('prov2-anhui', '粮食产量836.9亿斤，再创历史新高。',
     ''),
    ('prov2-jilin', '发展服务贸易、绿色贸易、数字贸易，推动整车及零部件、农产品、医药等优势产品“出海”，新增外贸企业200家以上。',
     ''),
    ('prov2-anhui', '积极稳妥推进省以下财政体制改革，健全转移支付体系。',
     ''),
    ('prov2-liaoning', '加快5G、数据、充换电站等新型基础设施建设。',
     ''),
    # #055: 村VA (village volleyball) is an event
    ('prov2-hainan', '“村VA”等群众性体育赛事热度空前，参与群众超100万人次。',
     ''),
    # #056: 中央 (attributive) and 首都 ('the capital', a common noun) are not labelled
    ('prov2-beijing', '健全中央政务功能服务保障体系，完善首都规划体系和实施机制，做好城市总体规划实施情况体检，完成核心区控规第二轮三年行动计划。',
     ''),
    ('prov2-beijing', '落实应对学龄人口达峰工作方案，更好满足各学段学龄人口入学需求。',
     ''),
    ('prov2-shanghai', '加强固体废物综合治理，推动生活垃圾处理提质增效，完善可回收物回收利用体系，建成5座湿垃圾资源化处理设施，提升建筑垃圾消纳处置和资源化利用能力。',
     ''),
    # #059: kept: ［15］ is the source's footnote marker, not debris
    ('prov2-hainan', '“三度一色［15］”自然禀赋优势日益显现，新质生产力加快培育，将为海南经济发展带来新优势、新动能、新增量。',
     'place:海南'),
    # -- provincial 2025 reports, sentences with an organisation cue word: Random(3032).sample(…, 40)
    # #000: 粤东地区 (eastern Guangdong) is a named region, taken with 地区 as the longest name (as 喀什地区 in build.py)
    ('prov2org-guangdong', '优化村庄整体规划和功能布局，推进粤东地区农民集中式住宅建设试点。',
     'place:粤东地区'),
    ('prov2org-fujian', '紧扣“产业优”，扎实推进国家创新型试点省份建设，着力推动传统产业向智转型、新兴产业向高攀升、未来产业向前布局，经济发展“高素质”迈出坚实步伐，高质量发展的实体根基更稳；',
     ''),
    # #002: 项目管理中心 (a project management centre) is a functional description, not a name
    ('prov2org-jilin', '重构项目管理中心，自上而下谋划项目，提高项目谋划质量和水平。',
     ''),
    ('prov2org-beijing', '坚持政府过紧日子，持续压减一般性支出和非紧急非刚性支出，坚决遏制新增隐性债务。',
     ''),
    # #004: 哈工大 (Harbin Institute of Technology) and its 先研院 (Institute of Advanced Technology), the longest name taken whole
    ('prov2org-heilongjiang', '出台支持哈工大发展政策措施，哈工大先研院新生成企业15家。',
     'org:哈工大 | org:哈工大先研院'),
    ('prov2org-anhui', '新一轮政府机构改革任务全面完成。',
     ''),
    ('prov2org-guangdong', '积极推动重点领域和新兴领域立法，提升政府立法质量和效率。',
     ''),
    # #007: 国家区域医疗中心 is a category (national regional medical centres), not a name
    ('prov2org-heilongjiang', '加快国家区域医疗中心项目建设。',
     ''),
    # #008: a level-qualified centre: org
    ('prov2org-hainan', '开工建设省残疾人康复中心，残疾人基本康复服务覆盖率达95%以上。',
     'org:省残疾人康复中心'),
    ('prov2org-guangdong', '高质量完成国有企业改革深化提升行动，推进国有经济布局优化和结构调整，在港口、航运等领域推进战略性重组和专业化整合，健全国有企业创新创造多元化投入机制和中长期激励机制。',
     ''),
    ('prov2org-guangdong', '依法及时准确公开政府信息，加强政策解读，自觉接受社会各界监督。',
     ''),
    ('prov2org-jilin', '强化企业创新主体地位，支持行业领军企业联合高校院所实施科技攻关任务，国家高新技术企业数量增长10％以上，R＆D经费投入增长10％左右，转化科技成果数量增长15％以上。',
     ''),
    # #012: 数字政府大脑 is a platform
    ('prov2org-jiangxi', '深化数字政府建设，建立一体化政务大数据体系，加快打造省级“数字政府大脑”，提高政府数字化履职能力。',
     ''),
    # #013: 京 is a one-character abbreviation; 央企 is generic
    ('prov2org-hebei', '进一步引进在京央企总部及二、三级子公司或创新业务板块，努力实现落地一个企业、形成一个链条、壮大一个产业。',
     ''),
    ('prov2org-liaoning', '高标准建设辽宁高等研究院，强化大学科技园建设。',
     'org:辽宁高等研究院'),
    # #015: the three national data centres are each a single named institution: org; the exchange is an org;
    # the pilot zone and 全国一体化算力网 are projects
    ('prov2org-beijing', '激发数据要素活力，加快创建数据要素市场化配置改革综合试验区，打造国家数据管理中心、国家数据资源中心和国家数据流通交易中心，深入开展国家数据基础设施和全国一体化算力网建设试点，完善北京国际大数据交易所功能，积极推进企业数据资产入表。',
     'org:国家数据管理中心 | org:国家数据资源中心 | org:国家数据流通交易中心 | org:北京国际大数据交易所'),
    # #016: 巴蜀 (Sichuan-Chongqing) and 巴渝 (Chongqing) are traditional region names, labelled as named regions (as 北疆
    # in holdout), not as pairs of abbreviations
    ('prov2org-chongqing', '建成传统村落集中连片保护利用示范县2个，创建巴蜀美丽庭院示范片15个，巴渝和美乡村达标覆盖率达到30%以上，文明乡风建设取得实效。',
     'place:巴蜀 | place:巴渝'),
    # #017: 秦创原 is an innovation platform (a project), not labelled; 广翼智能, 陕硬航空 are companies; in the project names
    # 国能西北创新基地, 长城互联西部基地 the companies 国能 (China Energy) and 长城互联 are labelled, the directional 西北/西部 are not
    ('prov2org-shaanxi', '秦创原建设取得新成效，21个产业创新聚集区启动建设，新增广翼智能、陕硬航空等科技成果转化企业1196家，招引国能西北创新基地、长城互联西部基地等项目605个、总投资1594亿元。',
     'org:广翼智能 | org:陕硬航空 | org:国能 | org:长城互联'),
    # #018: 国家区域医疗中心 as #007; the demonstration zone and pilot are programmes
    ('prov2org-jiangxi', '基本建成7个国家区域医疗中心，推进国家中医药综合改革示范区、国家中医药传承创新发展示范试点项目建设，实施健康素养提升和糖尿病、癌症、慢性呼吸系统疾病防治等专项行动。',
     ''),
    # #019: 城市治理委员会 is Chongqing's urban governance commission, a specific body: org; 重庆 inside the project 数字重庆
    # is labelled; 渝西地区 (western Chongqing) as 粤东地区; 中心城区 is generic
    ('prov2org-chongqing', '迭代城市治理委员会与数字重庆建设双向赋能协同工作机制，构建市与区县高效联动管理体制，率先在中心城区构建市级统筹、一贯到底的体制机制，一体提升渝西地区城市治理效能，完善规建管治运一体闭环协同治理体系。',
     'org:城市治理委员会 | place:重庆 | place:渝西地区'),
    # #020: a level-qualified bureau: org; 省直机关 is generic
    ('prov2org-shaanxi', '着眼数字经济发展重组省数据和政务服务局，完成金融管理体制改革任务，省直机关后勤集中统一管理迈出实质性步伐，21项“高效办成一件事”落地推进。',
     'org:省数据和政务服务局'),
    ('prov2org-shaanxi', '加强政府系统党风廉政建设和反腐败斗争，驰而不息纠治形式主义、官僚主义，持续整治群众身边不正之风和腐败问题。',
     ''),
    ('prov2org-chongqing', '实施人工智能、新能源等重大重点专项，布局解决关键核心技术304项，新增发明专利授权量1.4万件，技术合同成交额突破970亿元。',
     ''),
    # #023: as #007 and #022
    ('prov2org-guangdong', '现在，我代表省人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。',
     'org:省人民政府 | org:政协'),
    ('prov2org-tianjin', '实施全国首部职业教育产教融合地方性法规。',
     ''),
    # #025: 三晋 (a traditional name of Shanxi) is a named region, as 巴蜀 in prov2org #016
    ('prov2org-shanxi', '践行社会主义核心价值观，繁荣哲学社会科学，完善文艺院团发展机制，扶持激励原创文学，打造新时代三晋力作。',
     'place:三晋'),
    # #026: each new district / bay area with its city is one named area, the longest name (as #046 of the first draw)
    ('prov2org-guangdong', '推进珠海西部生态新区、佛山三龙湾、惠州潼湖生态智慧区、东莞滨海湾新区、中山翠亨新区、江门大广海湾、肇庆新区等建设，拓展多形式跨区域产业合作。',
     'place:珠海西部生态新区 | place:佛山三龙湾 | place:惠州潼湖生态智慧区 | place:东莞滨海湾新区 | place:中山翠亨新区 | place:江门大广海湾 | place:肇庆新区'),
    ('prov2org-liaoning', '深入推进“平安护航”专项行动，加强重点人群服务管理，刑事警情下降19.2%，社会大局持续稳定安定。',
     ''),
    ('prov2org-guangdong', '健全知识产权保护体系，深入实施专利转化运用专项行动，鼓励和引导高校、科研院所按照先使用后付费方式把科技成果许可给中小微企业使用。',
     ''),
    # #029: 雄鹰 and 小巨人 are programme labels for firms
    ('prov2org-zhejiang', '新增“雄鹰”企业50家、上市公司23家、国家制造业单项冠军44家、国家专精特新“小巨人”企业398家。',
     ''),
    # #030: a level-qualified centre and a named cultural centre (a venue institution, as museums in holdout): org
    ('prov2org-guangdong', '建成省水下文化遗产保护中心，加快建设广东粤剧文化中心。',
     'org:省水下文化遗产保护中心 | org:广东粤剧文化中心'),
    # #031: a regulation's title is not labelled, the place inside it is; 人大 as in holdout
    ('prov2org-zhejiang', '深化法治建设，《浙江省“千万工程”条例》等12件地方性法规提请人大审议通过，“大综合一体化”行政执法改革、县乡行政合法性审查改革持续深化。',
     'place:浙江省 | org:人大'),
    # #032: a specific named centre (Hefei's application promotion centre): org
    ('prov2org-anhui', '完善技术遴选更新机制和产业培育链路，强化国际先进技术应用推进中心功能，加快量子科技、合成生物、天地一体通信等领域技术突破和产业化。',
     'org:国际先进技术应用推进中心'),
    # #033: 农合联 (three levels of farmers' cooperative federations) and 为农服务中心 are generic
    ('prov2org-chongqing', '深化生产、供销、信用“三位一体”改革，完善农业社会化服务体系，组建市县乡三级农合联，建设三级为农服务中心。',
     ''),
    # #034: 国际贸易中心 is a status (an international trade hub), not an org
    ('prov2org-shanghai', '加快国际贸易中心建设，链接全球能力深化拓展。',
     ''),
    # #035: 区县疾控局 (district and county CDC bureaus) is generic
    ('prov2org-chongqing', '区县疾控局全部挂牌运行，法定传染病报告数和突发公共卫生安全事件数“双下降”。',
     ''),
    # #036: 东莞—香港国际空港中心 is a logistics platform (a project/facility), not an org: the places inside are labelled
    ('prov2org-guangdong', '建强东莞—香港国际空港中心等平台，推进智慧口岸与智慧海关、智慧边检、智慧海事建设深度融合。',
     'place:东莞 | place:香港'),
    # #037: 枫桥 (the town of the 'Fengqiao experience') inside the term is labelled; 综治中心 is generic
    ('prov2org-chongqing', '深化新时代“枫桥经验”重庆实践，实施信访矛盾全链条法治化治理改革，促进综治中心规范化建设。',
     'place:枫桥 | place:重庆'),
    ('prov2org-chongqing', '强化中心城区高端要素集聚能力。',
     ''),
    ('prov2org-guangdong', '落实最严格水资源管理制度，连续3年在国务院考核中获优秀等次。',
     'org:国务院'),
    # -- national reports 1990-2025: Random(3033).sample(…, 30)
    ('gov-work-reports', '深化投资体制改革，是保持合理投资规模、优化投资结构和提高投资效益的根本保证。',
     ''),
    ('gov-work-reports', '四是进一步重视和加强基础研究。',
     ''),
    ('gov-work-reports', '全体政府工作人员特别是各级领导干部，都要继续保持谦虚谨慎、不骄不躁的作风，继续保持艰苦奋斗的作风。',
     ''),
    ('gov-work-reports', '以实施一揽子计划为重点，今年要着力抓好以下七方面工作：',
     ''),
    ('gov-work-reports', '鼓励有比较优势的企业到境外投资，开展加工贸易，合作开发资源，发展国际工程承包，扩大劳务出口等。',
     ''),
    ('gov-work-reports', '这种调整既要解决当前的突出问题，更要着眼于长远发展，提高国民经济的整体素质，促进经济再上新台阶。',
     ''),
    ('gov-work-reports', '优化预约诊疗等便民措施，努力让大病、急难病患者尽早得到治疗。',
     ''),
    ('gov-work-reports', '坚决执行计划生育和环境保护的基本国策。',
     ''),
    ('gov-work-reports', '国内生产总值达到114万亿元，增长8.1%。',
     ''),
    ('gov-work-reports', '国家安排资金改造和新建1.88万所乡镇卫生院、786所县医院、285所县中医院和534所县妇幼保健院，为1.17万个乡镇卫生院配备了医疗设备，农村医疗卫生条件明显改善。',
     ''),
    ('gov-work-reports', '大力发展清洁能源，新增发电装机容量4.45亿千瓦，其中水电9601万千瓦、核电384万千瓦。',
     ''),
    ('gov-work-reports', '发展成人教育和多种形式的继续教育，逐步形成终身教育体系。',
     ''),
    ('gov-work-reports', '值此世纪之交，国际社会在维护世界和平、促进共同发展方面，面临着众多问题，需要世界各国共同努力解决。',
     ''),
    ('gov-work-reports', '产业结构调整要依靠改革，进退并举。',
     ''),
    ('gov-work-reports', '完善国家实验室运行管理机制，发挥国际和区域科技创新中心辐射带动作用。',
     ''),
    ('gov-work-reports', '为了改善管理和提高效益，有些小型国有企业可以通过招标、投标，出租、出售给集体或个人经营。',
     ''),
    ('gov-work-reports', '落实带薪休假制度，完善旅游设施和服务，大力发展乡村、休闲、全域旅游。',
     ''),
    # #017: 中华 (in 中华儿女) is not labelled, as 振兴中华 in build.py; 中外 is a pair
    ('gov-work-reports', '我们要更好发挥海外侨胞和归侨侨眷参与祖国现代化建设、促进祖国和平统一、推进中外交流合作的独特作用，使海内外中华儿女的向心力不断增强。',
     ''),
    ('gov-work-reports', '健全重大自然灾害、突发公共安全事件应急处理机制。',
     ''),
    ('gov-work-reports', '三是深化改革扩大开放，持续改善营商环境。',
     ''),
    ('gov-work-reports', '大力发展职业教育和职业培训，建立职业教育与普通教育相互沟通的教育体系。',
     ''),
    ('gov-work-reports', '调整出口退税、关税和加工贸易政策，优化对外贸易结构。',
     ''),
    ('gov-work-reports', '鼓励留学人员回国工作或以适当方式为祖国服务。',
     ''),
    ('gov-work-reports', '加快建立公开平等规范的服务业准入制度，鼓励社会资本进入。',
     ''),
    # #024: 港澳 is a pair, not labelled
    ('gov-work-reports', '深入推进粤港澳大湾区建设，支持港澳发展经济、改善民生、防控疫情、保持稳定。',
     'place:粤港澳大湾区'),
    ('gov-work-reports', '办好特殊教育、继续教育、专门教育，支持和规范民办教育发展。',
     ''),
    # #026: “十五” (the 10th five-year plan) and the title 《纲要》 are not labelled
    ('gov-work-reports', '根据“十五”期间的形势和任务，《纲要》提出今后五年经济和社会发展的主要目标是：国民经济保持较快发展速度，经济结构战略性调整取得明显成效，经济增长质量和效益显著提高，为到2010年国内生产总值比2000年翻一番奠定坚实基础；',
     'date:2010年 | date:2000年'),
    ('gov-work-reports', '这是保障和改善民生的头等大事。',
     ''),
    ('gov-work-reports', '加快完善失业、工伤、生育保险制度。',
     ''),
    ('gov-work-reports', '完善社会治安防控体系，加强社会治安综合治理，深入开展平安创建活动。',
     ''),
    # -- Enron mail: Random(3034).sample(…, 30)
    ('enron', "The truth was Enron didn't mind firing lower-level employees, but it hated to fire the kind of aggressive, relentless people it tended to promote.",
     'org:Enron'),
    ('enron', "One of the markets Mike's group is actively considering is transport capacity.",
     'person:Mike'),
    # #002: kept: headline with layout debris ('mail? top'), as holdout enron #024
    ('enron', 'Tharas Systems Adds Rahm Shastry as Senior VP mail? top',
     'org:Tharas Systems | person:Rahm Shastry'),
    ('enron', 'There was a real culture of \'We\'re above everyone else.\'" Loyalty had never been prized at Enron, so there was no reason to expect it now.',
     'org:Enron'),
    ('enron', 'The demands of working 24-7 for Enron caused him to ignore his personal finances.',
     'org:Enron'),
    # #005: a newsletter section heading, not taken as a publication's name
    ('enron', "Today's Health & Fitness News:",
     ''),
    # #006: city and state are separate places, as 'Houston, Texas' in holdout
    ('enron', 'CHARLOTTE, N.C. (VENTUREWIRE) -- Osprey Systems, a provider of online business consulting and technology services, said it promoted Bruce Wright to the post of vice president of application services.',
     'place:CHARLOTTE | place:N.C. | org:VENTUREWIRE | org:Osprey Systems | person:Bruce Wright'),
    # #007: the firm's name with its ', P.C.' (as 'Perfect Commerce, Inc.' in build.py); 'Town Center' (the street address
    # 3000 Town Center) is a place, as Smith Street in holdout; suite and ZIP not labelled
    ('enron', 'Falcone & Rolfe, P.C., 3000 Town Center, Suite 2370, Southfield, MI 48075. (248) 357 6610.',
     'org:Falcone & Rolfe, P.C. | place:Town Center | place:Southfield | place:MI | phone:(248) 357 6610'),
    # #008: the bare year in the grant's name is a date (bare years are dates, holdout); 'the HR website' names no org
    ('enron', 'Additionally, the following information regarding the 2001 Special Stock Option Grant can be found on the HR website http://hrweb.enron.com.',
     'date:2001 | url:http://hrweb.enron.com'),
    # #009: kept: a flattened table row (counterparty, volume), readable; 'St.' is a name cut by the sentence split, not labelled
    ('enron', 'Aquila Energy Marketing 25,000 Dthd Consolidated Edison 30,000 ConEdison Energy 10,000 St.',
     'org:Aquila Energy Marketing | org:Consolidated Edison | org:ConEdison Energy'),
    # #010: 'Salmon' is a deal's code name, not labelled
    ('enron', 'Per your request, enclosed is a current draft of the closing checklist for the Salmon transaction.',
     ''),
    # #011: sports teams are orgs (OSU as in build.py)
    ('enron', 'He ran for 2, 12, 13, 8, 7, 3 and 10 yards to get the Longhorns to the OSU 25.',
     'org:Longhorns | org:OSU'),
    ('enron', 'Whereas the above language specifically provides, "The services referred to in this website are intended only for commercial enterprises and not for private customers as defined by the rules of SFA.',
     'org:SFA'),
    # #013: Calgary (Enron's Calgary office, by metonymy) is labelled as the place; Y-Calc is software
    ('enron', 'Calgary still needs to test Y-Calc. ?',
     'place:Calgary'),
    # #014: STSW (the Short-Term Southwest trading desk) is an organisational unit, as West Desk in holdout; the West Wing
    # 500 kV substation is a facility, not labelled (as the interconnector in holdout); HE 13-20 are hours
    ('enron', 'STSW will be 13 mw long, HE 13-20, at West Wing-500KV.',
     'org:STSW'),
    # #015: GCP (the Global Counterparty database) is a system, not labelled
    ('enron', 'Any GCP adjustments will be highlighted in red.',
     ''),
    ('enron', 'Could there be other counterparties that have the same concern as Hess?',
     'org:Hess'),
    # #017: 'Dutch' is an adjective, not labelled (as 'Chinese' in build.py)
    ('enron', "-Major Dutch Energy Supplier Selects Excelergy's Billing And Customer Care Software",
     'org:Excelergy'),
    ('enron', 'Backout: Reboot the server without the hardware proposed to be added Contact(s): Malcolm Wells 713-345-3716',
     'person:Malcolm Wells | phone:713-345-3716'),
    ('enron', 'And with each success, Enron became ever more certain of its destiny.',
     'org:Enron'),
    ('enron', "They believe with this information, if given enough time and a few other variables, parties could construct Enron's price curves.",
     'org:Enron'),
    ('enron', 'How can an understanding of strategic choices, regulatory change and corporate culture help Enron achieve its vision?',
     'org:Enron'),
    ('enron', 'Stuart, We can sell gas in the ordinary course of business.',
     'person:Stuart'),
    # #023: Matching Gift and VIP are programmes; November 20 has no year
    ('enron', 'Matching Gift or VIP submissions received prior to November 20 will be honored.',
     ''),
    # #024: Oct 1 has no year
    ('enron', 'Attached is the summary log for the week of Oct 1',
     ''),
    # #025: the PEP Help Desk is a named support unit, taken as an org (as West Desk in holdout); PEP alone is a process
    ('enron', 'If you have any questions regarding PEP or your responsibility in the process, please contact the PEP Help Desk at:',
     'org:PEP Help Desk'),
    # #026: Market Services is a named Enron group (capitalised): org
    ('enron', 'Keep Market Services plugged into your conversations with the customer.',
     'org:Market Services'),
    # #027: kept: a case citation cut by the sentence split, readable; the city as a party to a case is the municipal
    # body: org; 'Sys.' is the cut end of a party's name, S.W.2d a law reporter, neither labelled
    ('enron', 'Sys., 685 S.W.2d at 310 (quoting City of Ingleside v.',
     'org:City of Ingleside'),
    ('enron', 'Editorial comments may be sent to Nancy Brown',
     'person:Nancy Brown'),
    # #029: a street is a place (as Smith Street in holdout); suite and ZIP not labelled
    ('enron', 'Brad Schram, Gary Saretsky, and Mark Kowalsky, 1760 South Telegraph Road, Suite 300, Bloomfield Hills, Michigan 48302-3346; E-mail mkowalsky@hsspc.com.',
     'person:Brad Schram | person:Gary Saretsky | person:Mark Kowalsky | place:South Telegraph Road | place:Bloomfield Hills | place:Michigan | email:mkowalsky@hsspc.com'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout2", ITEMS, DRAWS, sample, ("prov2-", "prov2org-", "gov-", "enron"))


if __name__ == "__main__":
    main()
