r"""Build eval/ner/holdout26.jsonl: a twenty-sixth held-out NER set, Chinese official text rich in patterns, sampled by seed, labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus/zh-docs) by `sample()` below, then
labelled by reading, following the "Labelling rules" of README.md (with the recommendations of "Where the sets
disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout24.py (the NEW h7 … NEW h24
decisions included). The labeller did not read anything of the extractor (dossier/), the tests, docs/ or bench/, did not
run it, bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone parser, segmenter, NER or POS
tool on these sentences, and did not look at what any tool predicts for them. The set has never been scored. Like the
Chinese draws of holdout4, holdout8 … holdout24 it is meant to be rich in patterns (dates, document numbers such as
国发〔2017〕12号, decree numbers, phones, e-mail addresses, URLs, PRC ID numbers); every entity type the rules define is
labelled, names (person, org, place) included.

    python eval/ner/build_holdout26.py            # write holdout26.jsonl from ITEMS, print counts
    python eval/ner/build_holdout26.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout26.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The Chinese reading code
(sentence split, law markdown cleaning, docx paragraphs, pdftotext lines), seen, first_occurrences and sample are copied
from build_holdout24.py (seen_texts too, extended to build_holdout24.py), not imported, so that no later edit of that
file changes this draw. Every sentence is split after 。！？； (zh_sentences), kept if 15-150 characters (120 in
holdout24) and if CUE matches. New here, CUE: a year (年 after a digit or a Chinese numeral 〇○零一二三四五六七八九,
spaces allowed), a month or day (月 or 日 after a digit or numeral), a dotted, slashed or dashed numeric date, 〔 or [
around a year, 号 after a number, 令第, a run of 7 or more digits, or 电话, 传真, 邮箱, 网址, http, www. RICH, a subset
that holds more than a plain year: a year with its month, a numeric date, a bracketed year, 号 after a number, 令第, a
7+ digit run or a contact cue. Every pool leaves out texts that overlap a text of build.py or build_holdout.py …
build_holdout24.py (the text is in one of those files' source, or contains or is contained in one of their ITEMS
texts), so none of holdout24's sentences; new here, it also leaves out any text that shares a stretch of 20 characters
(STRETCH) with build.py's source, because build.py cut and edited some of the sentences it took (the notice's two
sentences with document numbers, report and Constitution sentences), which seen() alone misses. It keeps only the first
occurrence of a text that recurs. build_holdout25.py (written by another helper at the same time) is not among the
seen files.

1. zh26-gov-work-reports, zh26-law-*: every line of the national reports JSONL (all years), then every law in
   zh-docs/prc-laws-lawrefbook (as build_holdout24.py); the cued sentences without a RICH cue (pool 2471):
   random.Random(27271).sample(…, 120).
2. the same sources, the sentences with a RICH cue (pool 143): random.Random(27272).sample(…, 100). Its cues are mostly
   a year with its month (the laws' adoption and effective dates, the reports' dated events), then 电话 and 传真, 号
   after a number and 令第.
3. zh26-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order), the cued sentences
   without a RICH cue (pool 132): random.Random(27273).sample(…, 55).
4. the same reports, the sentences with a RICH cue: all the pool holds (17), in the order of random.Random(27274).
5. zh26-const, zh26-pdf, zh26-notice (new here): the rest of zh-docs: the lines of
   bilingual/constitution_prc_2018_zh_en_parallel.md that hold a Chinese character (its Chinese half; the earlier sets
   read only its English half, build.py both), the lines pdftotext gives for pdf/chinese_bond_prospectus_tables_page.pdf
   (a bond prospectus page of tables, each line split like a paragraph) and the lines of the Xinjiang notice, each split
   like the reports; less the texts the first pool holds (the Constitution's sentences the law file holds too). The
   notice's other cued sentences are all build.py's (dev), so one line is left of it. All the pool holds (7), in the
   order of random.Random(27275).
Seeds 27271-27275 are used. The draws were split by RICH so that at least 60 sentences hold more than a plain year
(92 do: a date with its month, day or quarter, or a document number). The sizes were set from the pools' sizes before
any candidate was read or labelled: first 120, 70, 50, 40 and 20; the RICH pools turned out to hold about 145 and 17
sentences, so draw 2 was raised to 100, draw 4 takes all 17 and draw 5 all 7 (its n of 10 is cut to the pool by min()),
and draw 3 was set at 55, for about 300 in all. A first version applied such a rule to the notice only, at 10
characters; reading its drawn candidates showed a national-report sentence build.py had shortened, so, before any
labelling, the rule was applied to every pool at 20 characters and the draws were made again (draws 3-5 came out
unchanged). sample() gives each draw up to 15 replacements, as many as extend the sample (15, 15 and 15 for draws 1-3;
draws 4 and 5 take their whole pools).

A sampled text that is garbled would be dropped, with a comment where it would have been, and replaced by the next
candidate of the same random order. None was dropped: the report sentences cut at a title's 《 or 》 (the reports' text
breaks its lines inside some titles) and the PDF line cut mid-sentence are readable text of their sources and were
kept, as said on their items. All the draws were labelled in full; none was cut short.

As in holdout8 … holdout24, CUE matches 年 after any Chinese numeral, so many sentences of draws 1 and 3 hold only
durations (三年以下有期徒刑, 五年行动) or plan periods: those are labelled as drawn, with no date. The contact cues (电话,
传真) found only common nouns in the reports and laws (电话建设, 联系电话、传真号码), and the text of zh-docs holds phone
numbers, e-mail addresses and URLs only in the notice, whose lines build.py took: so no phone, email, url or id_number
was drawn (the pools' only run of 7 or more digits is the notice's database citation code), and the
patterns are dates and document numbers (four State Council decree numbers, 中华人民共和国国务院令第…号, and one
document cited as 国务院16号文件). The decisions this set adds are marked NEW h26 on their items (12 of them).

Result: 299 sentences (133 zh26 national reports, 87 zh26 laws, 72 zh26-prov, 3 zh26-const, 3 zh26-pdf, 1 zh26-notice),
369 entities: 160 date, 5 docno (165 pattern entities), 108 org, 86 place, 10 person. By draw: 1 (120) 46 date, 18 org,
10 place, 3 person (47 of its sentences hold an entity); 2 (100) 90 date, 4 docno, 63 org, 32 place, 2 person (84); 3
(55) 13 date, 23 place, 16 org, 3 person (27); 4 (17) 7 date, 1 docno, 20 place, 9 org, 2 person (14); 5 (7) 4 date, 2
org, 1 place (5). By group: national reports 91 date, 48 org, 25 place, 5 person (85 of 133); laws 45 date, 4 docno,
33 org, 17 place (46 of 87); provinces 20 date, 1 docno, 43 place, 25 org, 5 person (41 of 72); const 1 date, 1 org, 1
place (2 of 3); pdf 3 date, 1 org (3 of 3); notice none (0 of 1).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

CORPUS = HERE.parent.parent.parent / "shared" / "corpus"          # /work/shared/corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ZH = CORPUS / "zh-docs"
# New here: the cues, narrower for 号 and 〔 than build_holdout24.py's PATTERN_ZH and wider for dates and contacts.
NUM = r"[\d〇○零一二三四五六七八九十]"
YEAR = r"[\d〇○零一二三四五六七八九]\s*年"                         # a year (or a duration: 三年)
MONTH_DAY = NUM + r"\s*[月日]"                                     # a month or a day (3月, 十二月, 15日)
NUMERIC_DATE = r"(?<!\d)(?:19|20)\d\d\s*[./\-－．]\s*\d{1,2}(?!\d)|(?<!\d)\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d\d(?!\d)"
BRACKET_YEAR = r"[〔［\[]\s*(?:19|20)\d\d\s*[〕］\]]"              # 〔2017〕, [2017]
NUMBER_HAO = NUM + r"\s*号|[百千]\s*号"                              # 号 after a number
DECREE = r"令第"
LONG_DIGITS = r"\d{7,}"
CONTACT = r"电话|传真|邮箱|网址|http|www"
CUE = re.compile("|".join([YEAR, MONTH_DAY, NUMERIC_DATE, BRACKET_YEAR, NUMBER_HAO, DECREE, LONG_DIGITS, CONTACT]),
                 re.I)
# More than a plain year: a year with its month, a numeric date, a bracketed year, 号 after a number, a decree number,
# a 7+ digit run, a contact cue.
RICH = re.compile("|".join([YEAR + r"\s*" + NUM + r"{1,3}\s*月", NUMERIC_DATE, BRACKET_YEAR, NUMBER_HAO, DECREE,
                            LONG_DIGITS, CONTACT]), re.I)
MIN_LEN, MAX_LEN = 15, 150
STRETCH = 20


# -- reading code, copied from build_holdout24.py (its Chinese part from build_holdout22.py … build_holdout4.py) ------

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def pdf_lines(path: Path) -> list[str]:
    """The lines pdftotext (poppler, default reading order, UTF-8) gives; none for a PDF it cannot open."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return done.stdout.decode("utf-8", "replace").splitlines() if done.returncode == 0 else []


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,…,24}.py, and the texts of their ITEMS."""
    import importlib
    files = ["build.py", "build_holdout.py"] + [f"build_holdout{i}.py" for i in range(2, 25)]
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = [importlib.import_module(f.removesuffix(".py")) for f in files]
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


def cued(s: str) -> bool:
    return MIN_LEN <= len(s) <= MAX_LEN and bool(CUE.search(s))


def national_and_law_sentences() -> list[tuple[str, str]]:
    """Every cued sentence of the national reports (all years), then of every law, in reading order."""
    out = []
    path = ZH / "national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh26-gov-work-reports", s) for s in zh_sentences(para) if cued(s)]
    for law in sorted((ZH / "prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh26-law-{law.stem}", s) for s in zh_sentences(para) if cued(s)]
    return out


def provincial_sentences() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ZH / "provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh26-prov-{prov}", s) for s in zh_sentences(para) if cued(s)]
    return out


def other_sentences() -> list[tuple[str, str]]:
    """New here: the rest of zh-docs. The bilingual Constitution's lines with a Chinese character (its Chinese half),
    the bond prospectus PDF's lines (pdftotext), the Xinjiang notice's lines; each line stripped (also of the
    full-width indent) and split like the reports."""
    out = []
    const = ZH / "bilingual/constitution_prc_2018_zh_en_parallel.md"
    for line in const.read_text(encoding="utf-8").splitlines():
        if re.search(r"[\u4e00-\u9fff]", line):
            out += [("zh26-const", s) for s in zh_sentences(line.lstrip("#").strip()) if cued(s)]
    for line in pdf_lines(ZH / "pdf/chinese_bond_prospectus_tables_page.pdf"):
        out += [("zh26-pdf", s) for s in zh_sentences(line.strip()) if cued(s)]
    notice = ZH / "xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt"
    for line in notice.read_text(encoding="utf-8").splitlines():
        out += [("zh26-notice", s) for s in zh_sentences(line.strip().strip("\u3000").strip()) if cued(s)]
    return out


def shares_stretch(s: str, text: str, k: int = STRETCH) -> bool:
    """New here: whether s and text share a stretch of k characters."""
    return any(s[i:i + k] in text for i in range(len(s) - k + 1))


def unseen(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pool less what the earlier sets used: any text seen() finds, and (new here) any text that shares a stretch
    of STRETCH characters with build.py's source, which cut and edited some of the sentences it took (the notice's
    docno sentences, report and Constitution sentences), so that seen() misses them."""
    source, texts = seen_texts()
    build_source = (HERE / "build.py").read_text(encoding="utf-8")
    return first_occurrences([(src, s) for src, s in pool
                              if not seen(s, source, texts) and not shares_stretch(s, build_source)])


def zh26_plain_candidates() -> list[tuple[str, str]]:
    return [(src, s) for src, s in unseen(national_and_law_sentences()) if not RICH.search(s)]


def zh26_rich_candidates() -> list[tuple[str, str]]:
    return [(src, s) for src, s in unseen(national_and_law_sentences()) if RICH.search(s)]


def zh26_prov_plain_candidates() -> list[tuple[str, str]]:
    return [(src, s) for src, s in unseen(provincial_sentences()) if not RICH.search(s)]


def zh26_prov_rich_candidates() -> list[tuple[str, str]]:
    return [(src, s) for src, s in unseen(provincial_sentences()) if RICH.search(s)]


def zh26_other_candidates() -> list[tuple[str, str]]:
    """The rest of zh-docs, less what the other pools hold (the Constitution's sentences that the law file holds too)."""
    taken = {s for _, s in national_and_law_sentences()}
    return [(src, s) for src, s in unseen(other_sentences()) if s not in taken]


DRAWS = [(zh26_plain_candidates, 27271, 120), (zh26_rich_candidates, 27272, 100), (zh26_prov_plain_candidates, 27273, 55),
         (zh26_prov_rich_candidates, 27274, 17), (zh26_other_candidates, 27275, 10)]


def sample(extra: int = 15) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next extras are replacements in order.
    A draw asks for min(n, len(pool)) and its extras only as far as the pool goes, and only as far as the longer draw
    extends the sample (random.sample draws small and large samples by different methods, so n + 15 of a pool need not
    begin with the n; the extras are cut, never the sample)."""
    out = []
    for candidates, seed, n in DRAWS:
        pool = candidates()
        n = min(n, len(pool))
        first = random.Random(seed).sample(pool, n)
        more = min(extra, len(pool) - n)
        while more and random.Random(seed).sample(pool, n + more)[:n] != first:
            more -= 1
        drawn = random.Random(seed).sample(pool, n + more)
        assert drawn[:n] == first, "the longer draw must extend the sample"
        out.append(drawn)
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled blind, by reading only, per the "Labelling rules" of README.md (following the recommendations of "Where
    # the sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout24.py (the NEW h7 …
    # NEW h24 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h26 are
    # decisions no earlier set had to make. #NNN = position in the seeded order. No text was dropped as garbled: the
    # sentences cut at a title's 《 or 》 and the PDF's cut line are readable text of their sources and were kept, as said
    # on their items.
    # -- national reports (all years) and laws: sentences with a cue but none of RICH's; pool 2471,
    # Random(27271).sample(…, 120), in sampled order
    ('zh26-law-criminal_law', '强迫他人吸食、注射毒品的，处三年以上十年以下有期徒刑，并处罚金。',
     ''),
    ('zh26-law-criminal_law', '造成特别严重后果的，处三年以上七年以下有期徒刑。',
     ''),
    ('zh26-gov-work-reports', '一年来，政府自身改革和建设取得新进展。',
     ''),
    ('zh26-gov-work-reports', '而1956年，伴随着社会主义改造的高潮的到来，我国的社会主义建设有了一个跃进的发展，经济事业和文教事业的发展规模和速度，都大大地超过了五年计划的前三年，有些甚至超过了前三年增长的总和。',
     'date:1956年'),
    ('zh26-law-criminal_law', '第三百三十二条 违反国境卫生检疫规定，引起检疫传染病传播或者有传播严重危险的，处三年以下有期徒刑或者拘役，并处或者单处罚金。',
     ''),
    ('zh26-law-criminal_law', '聚众扰乱军事管理区秩序，情节严重，致使军事管理区工作无法进行，造成严重损失的，对首要分子，处三年以上七年以下有期徒刑；',
     ''),
    ('zh26-law-criminal_law', '第四百三十六条 违反武器装备使用规定，情节严重，因而发生责任事故，致人重伤、死亡或者造成其他严重后果的，处三年以下有期徒刑或者拘役；',
     ''),
    # #007: 二日 and 一日 are durations
    ('zh26-law-criminal_procedure_law_2018', '被判处拘役、有期徒刑的，监视居住二日折抵刑期一日。',
     ''),
    ('zh26-gov-work-reports', '今后五年要在统一规划的基础上，以提高产品的性能和质量、降低能源和原材料的消耗为中心，加快现有企业特别是重点行业、重点城市的骨干企业的技术改造，使它们的生产技术水平有一个显著的提高。',
     ''),
    ('zh26-gov-work-reports', '我们有了比一九五八年更强大的物质技术基础。',
     'date:一九五八年'),
    ('zh26-law-criminal_law', '以造谣、诽谤或者其他方式煽动颠覆国家政权、推翻社会主义制度的，处五年以下有期徒刑、拘役、管制或者剥夺政治权利；',
     ''),
    ('zh26-gov-work-reports', '但是按照纲要要求的水平计算，全国粮食总产量应该有七千二百亿斤到七千五百亿斤，还要在一九五九年粮食总产量的基础上，再增加一千八百亿斤以上，即增长三分之一以上。',
     'date:一九五九年'),
    # #012: 人民法院 is generic in a law (README); 三日以内 a duration
    ('zh26-law-criminal_procedure_law_2018', '人民法院自受理案件之日起三日以内，应当告知被告人有权委托辩护人。',
     ''),
    ('zh26-law-criminal_law', '战时犯前款罪的，处三年以上七年以下有期徒刑。',
     ''),
    ('zh26-gov-work-reports', '五年计划同全国各民族各阶层人民都有密切的关系。',
     ''),
    # #015: 各级人民代表大会 is generic
    ('zh26-law-criminal_law', '第二百五十六条 在选举各级人民代表大会代表和国家机关领导人员时，以暴力、威胁、欺骗、贿赂、伪造选举文件、虚报选举票数等手段破坏选举或者妨害选民和代表自由行使选举权和被选举权，情节严重的，处三年以下有期徒刑、拘役或者剥夺政治权利。',
     ''),
    # #016: the preliminary working committee of the HKSAR preparatory committee is one named body, taken whole (README:
    # the longest name with its parent); the place inside it is not labelled again, the second 香港特别行政区 is
    ('zh26-gov-work-reports', '在过去一年里，香港特别行政区筹委会预备工作委员会做了大量工作，建立香港特别行政区的准备工作已全面铺开，并取得良好进展。',
     'org:香港特别行政区筹委会预备工作委员会 | place:香港特别行政区#2'),
    # #017: NEW h26: a year with two quarters listed after its 的 (1956年的第二、三季度, the quarters sharing 季度) is one span, as a
    # year with its quarter joined by 的 (NEW h11) and a range sharing one unit (README)
    ('zh26-gov-work-reports', '由于基本建设投资多了所造成的某些物资供应紧张的情况，我们在1956年的第二、三季度就已经开始察觉，并且采取了一些措施，制止了供应紧张情况的继续发展。',
     'date:1956年的第二、三季度'),
    ('zh26-law-criminal_law', '第三十八条 管制的期限，为三个月以上二年以下。',
     ''),
    # #019: 三年来 and 十三年来 are durations
    ('zh26-gov-work-reports', '回顾１９９１年的工作和三年来的治理整顿，联系到十三年来的改革开放，我们取得的一切成就从根本上说都是由于贯彻执行了党的“一个中心、两个基本点”的基本路线。',
     'date:１９９１年'),
    # #020: 底 left out (README)
    ('zh26-gov-work-reports', '在商业方面，到１９５６年底，预计在社会商品零售总额中，国营和合作社营商业的比重将上升到６０．５％，公私合营商业和合作商店的比重将上升到２５．５％，私营商业的比重将下降到８．９％，而农民贸易将占５．１％。',
     'date:１９５６年'),
    ('zh26-gov-work-reports', '执行勤俭建国方针，争取农业丰收，而不遭受大的自然灾害，那么我们就能够顺利地完成1957年的各项指标，也就能够保证完成和超额完成我国第一个五年计划，从而奠定社会主义工业化的初步基础。',
     'date:1957年'),
    ('zh26-gov-work-reports', '第七个五年计划的目标是宏伟的，任务是艰巨的，经过努力也是能够实现的。',
     ''),
    # #023: 年度 taken with the year (NEW h10)
    ('zh26-gov-work-reports', '（五）充分依靠和发挥群众的积极性和创造性，完成和超额完成一九五八年度的国民经济计划',
     'date:一九五八年度'),
    ('zh26-law-public_security_administration_punishments_law_2012', '情节较轻的，处五日以上十日以下拘留。',
     ''),
    # #025: “九五” and “十五” are plan periods
    ('zh26-gov-work-reports', '过去五年，“九五”计划胜利完成，“十五”计划开局良好。',
     ''),
    ('zh26-law-criminal_law', '（二）贪污数额巨大或者有其他严重情节的，处三年以上十年以下有期徒刑，并处罚金或者没收财产。',
     ''),
    ('zh26-gov-work-reports', '全国农民和全国人民为执行农业发展纲要而努力，到现在已经四年了。',
     ''),
    ('zh26-gov-work-reports', '第一个五年计划期间，必须积极地有步骤地在自愿互利原则的基础上，依靠贫农（包括全部原来是贫农的新中农），巩固地团结中农，组织农业生产合作社。',
     ''),
    ('zh26-law-criminal_law', '第一百四十条 生产者、销售者在产品中掺杂、掺假，以假充真，以次充好或者以不合格产品冒充合格产品，销售金额五万元以上不满二十万元的，处二年以下有期徒刑或者拘役，并处或者单处销售金额百分之五十以上二倍以下罚金；',
     ''),
    ('zh26-gov-work-reports', '在过去的五年中，我国对外经济贸易和技术交流打开了新局面，对外开放的广度或深度都超过了历史上的任何时期。',
     ''),
    ('zh26-law-criminal_law', '情节严重的，处五年以上十年以下有期徒刑，并处罚金；',
     ''),
    ('zh26-gov-work-reports', '今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%，森林覆盖率达到23.04%，能源资源开发利用效率大幅提高，生态环境质量总体改善。',
     ''),
    ('zh26-gov-work-reports', '１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个；',
     'date:１９５６年'),
    # #034: 底 left out; 去年底 is relative
    ('zh26-gov-work-reports', '金融体系运行稳健，银行业风险抵御能力持续增强，资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到0.95%。',
     'date:2007年'),
    ('zh26-gov-work-reports', '1956年政府对国家建设工作的安排，总的说来是正确的，但是也存在着不少的缺点和错误。',
     'date:1956年'),
    # #036: 中央 as a level (README)
    ('zh26-gov-work-reports', '要充分发挥中央、地方和企业各方面办电的积极性，争取每年平均装机９００万千瓦以上，并相应进行输电、变电的配套建设，在五年内使电力供应紧张状况得到明显缓和。',
     ''),
    ('zh26-gov-work-reports', '农业和农副业总产值达到六百零三亿五千万元（按一九五二年不变价格计算），比一九五六年增长百分之三点五。',
     'date:一九五二年 | date:一九五六年'),
    ('zh26-law-criminal_law', '数额较大、隐瞒不报的，处二年以下有期徒刑或者拘役；',
     ''),
    ('zh26-law-public_security_administration_punishments_law_2012', '第七十条 以营利为目的，为赌博提供条件的，或者参与赌博赌资较大的，处五日以下拘留或者五百元以下罚款；',
     ''),
    ('zh26-law-criminal_law', '第三百二十三条 故意破坏国家边境的界碑、界桩或者永久性测量标志的，处三年以下有期徒刑或者拘役。',
     ''),
    ('zh26-gov-work-reports', '如果把乡村小学经费改由地方自筹解决的部分加入计算，则１９５６年社会文教支出实际增长比例为２６．３９％。',
     'date:１９５６年'),
    ('zh26-gov-work-reports', '中共中央和国务院根据这种形势，号召全国人民在稳妥可靠的基础上又多又快又好又省地发展各项建设事业，争取提前完成和超额完成第一个五年计划。',
     'org:中共中央 | org:国务院'),
    ('zh26-law-criminal_law', '对人体健康造成严重危害的，处三年以上十年以下有期徒刑，并处销售金额百分之五十以上二倍以下罚金；',
     ''),
    ('zh26-gov-work-reports', '２００１年经济和社会发展的显著成绩，确实来之不易。',
     'date:２００１年'),
    ('zh26-gov-work-reports', '第六个五年计划的主要任务，是要争取国家财政经济情况的根本好转。',
     ''),
    # #046: traditional characters, as written
    ('zh26-gov-work-reports', '一九五二年糧食和棉花的産量都超過了解放前的最高年産量。',
     'date:一九五二年'),
    ('zh26-gov-work-reports', '完成我国第一个五年计划所规定的工业建设和其他建设的任务，对推进我国社会主义工业化并从而改变我国经济落后的面貌，无疑将起极其重大的作用。',
     ''),
    ('zh26-gov-work-reports', '到2020年，先进制造业、现代服务业、战略性新兴产业比重大幅提升，全员劳动生产率从人均8.7万元提高到12万元以上。',
     'date:2020年'),
    ('zh26-gov-work-reports', '纲要要求在十二年内基本消灭和积极防治的疾病，有的已经基本消灭和防治住了（例如天花、鼠疫等），血吸虫病的患者已经治疗了百分之七十，其他一些病的发病率也大大下降。',
     ''),
    ('zh26-gov-work-reports', '这五年，我国宏观经济总体上保持增速平稳较快、物价相对稳定、就业持续增加、国际收支趋于平衡的良好态势，国内生产总值年均增长9.3%，显著高于同期全球和新兴经济体的增速，通货膨胀率远低于其他新兴经济体。',
     ''),
    ('zh26-gov-work-reports', '基本普及九年义务教育和基本扫除青壮年文盲的工作取得重要进展。',
     ''),
    ('zh26-law-criminal_law', '有下列情形之一的，处七年以上有期徒刑，并处罚金：',
     ''),
    ('zh26-gov-work-reports', '１９５６年是我国发展国民经济的第一个五年计划的第四年，同时是我国农业、手工业和资本主义工商业的社会主义改造发展得最快和取得决定性胜利的一年。',
     'date:１９５６年'),
    # #054: the law's title and 商检机构 (generic) are not labelled
    ('zh26-law-criminal_law', '第二百三十条 违反进出口商品检验法的规定，逃避商品检验，将必须经商检机构检验的进口商品未报经检验而擅自销售、使用，或者将必须经商检机构检验的出口商品未报经检验合格而擅自出口，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金。',
     ''),
    ('zh26-law-criminal_law', '交通运输肇事后逃逸或者有其他特别恶劣情节的，处三年以上七年以下有期徒刑；',
     ''),
    ('zh26-gov-work-reports', '科学技术事业成绩显著，重大科技成果比上五年大幅度增加，某些领域达到或接近世界先进水平。',
     ''),
    # #057: traditional characters; 中央五個工業部 is generic (中央 as a level)
    ('zh26-gov-work-reports', '依靠管理人員和職工羣衆的共同努力，一九五三年國營和公私合營工業工人的勞動生産率比一九五二年增長了百分之十三，同年中央五個工業部的産品成本比一九五二年平均降低了百分之三點二。',
     'date:一九五三年 | date:一九五二年 | date:一九五二年#2'),
    ('zh26-gov-work-reports', '五年来，我国同３０个国家建立或恢复了外交关系，同我国建交的国家总数现已达到１５５个。',
     ''),
    # #059: “四人帮” is a nickname for a group, 林彪 beside it is a person (README); 文化大革命 is an event
    ('zh26-gov-work-reports', '高等学校招生制度的改革，对于文化大革命前十七年教育工作的所谓“两个估计”的批判，带动了整个教育工作的整顿，迅速扭转了林彪、“四人帮”造成的严重混乱局面，基本上树立了正常的秩序，调动了亿万学生和广大教师的积极性。',
     'person:林彪'),
    # #060: the session ordinal is not part of the name (README); 同志 is a suffix
    ('zh26-gov-work-reports', '一九七五年的第四届全国人民代表大会上，周恩来同志重新提出了这个纲领，“四人帮”又猖狂反扑，再一次造成国民经济的严重混乱。',
     'date:一九七五年 | org:全国人民代表大会 | person:周恩来'),
    ('zh26-gov-work-reports', '五年来，社会经济发展取得的成就，治理整顿任务的完成，都是由于坚持了改革开放。',
     ''),
    ('zh26-gov-work-reports', '为了按时、按量、按质地完成一九五九年工业生产和基本建设的巨大任务，必须加强组织领导工作，对于生产和建设中的各个环节，经常地进行切实的检查。',
     'date:一九五九年'),
    ('zh26-law-criminal_law', '第一百五十一条 走私武器、弹药、核材料或者伪造的货币的，处七年以上有期徒刑，并处罚金或者没收财产；',
     ''),
    # #064: “七五” is a plan period
    ('zh26-gov-work-reports', '无论是一九八六年计划的执行，还是为了完满实现整个“七五”计划，都必须坚定不移地贯彻“两个文明”一起抓的方针。',
     'date:一九八六年'),
    ('zh26-law-criminal_law', '第三百三十七条 违反有关动植物防疫、检疫的国家规定，引起重大动植物疫情的，或者有引起重大动植物疫情危险，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金。',
     ''),
    ('zh26-law-criminal_law', '违反矿产资源法的规定，采取破坏性的开采方法开采矿产资源，造成矿产资源严重破坏的，处五年以下有期徒刑或者拘役，并处罚金。',
     ''),
    ('zh26-gov-work-reports', '五年来，我国年进出口总额由1 6 5 5 亿美元增加到3 2 5 1 亿美元。',
     ''),
    ('zh26-law-criminal_procedure_law_2018', '第一百四十五条 对查封、扣押的财物、文件、邮件、电报或者冻结的存款、汇款、债券、股票、基金份额等财产，经查明确实与案件无关的，应当在三日以内解除查封、扣押、冻结，予以退还。',
     ''),
    ('zh26-gov-work-reports', '由省、市、自治区、专区、县兴办了大量的限额以下的洋土结合的工矿单位，这些工矿单位绝大部分在一九五八年内已经建成或者部分建成投入生产。',
     'date:一九五八年'),
    ('zh26-law-criminal_law', '第一百六十二条之二 公司、企业通过隐匿财产、承担虚构的债务或者以其他方法转移、处分财产，实施虚假破产，严重损害债权人或者其他人利益的，对其直接负责的主管人员和其他直接责任人员，处五年以下有期徒刑或者拘役，并处或者单处二万元以上二十万元以下罚金。',
     ''),
    ('zh26-gov-work-reports', '虽然是这样，但根据我国现有工业设备的生产潜力，五年内工业生产增长的速度是可能更高些。',
     ''),
    # #072: the steel companies and the motor works are enterprises (as 第一汽车制造厂, h22); the equipment bases are bases, only
    # the cities in them; NEW h26: the coal mines, counted here among the key enterprises (重点企业), are enterprises, orgs as
    # the steel works of h23; in 大同、开滦、抚顺等大型煤矿 the descriptive 大型煤矿 is shared and left out and each name is labelled as
    # written, with the type of the whole name (as 宣威 for 宣威水库, h11, and 泰安 in 泰安、德州机场, README); the provinces' 大型碱厂 are
    # unnamed plants: only the places
    ('zh26-gov-work-reports', '五年中，要对鞍山钢铁公司和包头钢铁公司，长春第一汽车制造厂，哈尔滨、上海动力设备制造基地的所属工厂，大同、开滦、抚顺等大型煤矿，天津、湖北、辽宁、四川、山东的大型碱厂等相当一批重点企业，进行有计划的技术改造，逐步改变这些关系国民经济全局的骨干企业的技术面貌。',
     'org:鞍山钢铁公司 | org:包头钢铁公司 | org:长春第一汽车制造厂 | place:哈尔滨 | place:上海 | org:大同 | org:开滦 | org:抚顺 | place:天津 | place:湖北 | place:辽宁 | place:四川 | place:山东'),
    ('zh26-gov-work-reports', '一九五八年的基本建设任务是繁重的，各部门和各地方，必须加强工作，加速进度，保证质量，降低造价，更好地完成计划。',
     'date:一九五八年'),
    # #074: the sentence begins with the 》 that closes a title cut off by the split; readable, kept
    ('zh26-gov-work-reports', '》，提出了未来五年国民经济和社会发展的奋斗目标、指导方针和主要任务。',
     ''),
    ('zh26-gov-work-reports', '过去的一年，全国人民按照“抓住机遇，深化改革，扩大开放，促进发展，保持稳定”的方针，团结奋斗，开拓进取，社会主义现代化事业取得重大成就。',
     ''),
    # #076: 教育部直属师范大学 is generic, the ministry inside it is labelled
    ('zh26-gov-work-reports', '2007年开始在教育部直属师范大学实施师范生免费教育试点。',
     'date:2007年 | org:教育部'),
    ('zh26-law-criminal_law', '走私国家禁止出口的文物、黄金、白银和其他贵重金属或者国家禁止进出口的珍贵动物及其制品的，处五年以上十年以下有期徒刑，并处罚金；',
     ''),
    ('zh26-gov-work-reports', '由于已经连续三年增长速度在百分之十一以上，当前又存在着较为严重的通货膨胀，今年增长速度比去年低一点是适当的。',
     ''),
    ('zh26-gov-work-reports', '今后五年，对我们国家的社会主义经济建设和其他各项工作来说，都是很重要的五年。',
     ''),
    ('zh26-gov-work-reports', '在1957年已经过去的五个多月时间内，预算和计划的执行情况，一般地是良好的。',
     'date:1957年'),
    # #081: 中美 is a pair of abbreviations; the Shanghai Communiqué is a document, the place in its name is labelled (as
    # 浙江省 in a regulation's title, README)
    ('zh26-gov-work-reports', '中美一九七二年发表的上海公报，使两国关系有了新的开端。',
     'date:一九七二年 | place:上海'),
    ('zh26-law-criminal_law', '第二百七十六条之一 以转移财产、逃匿等方法逃避支付劳动者的劳动报酬或者有能力支付而不支付劳动者的劳动报酬，数额较大，经政府有关部门责令支付仍不支付的，处三年以下有期徒刑或者拘役，并处或者单处罚金；',
     ''),
    ('zh26-gov-work-reports', '根据五年计划的规定，公私商业出售给人民日常消费的各种主要商品，将有各种不同程度的增长。',
     ''),
    ('zh26-law-criminal_law', '第一百零九条 国家机关工作人员在履行公务期间，擅离岗位，叛逃境外或者在境外叛逃的，处五年以下有期徒刑、拘役、管制或者剥夺政治权利；',
     ''),
    ('zh26-law-criminal_law', '第三百四十八条 非法持有鸦片一千克以上、海洛因或者甲基苯丙胺五十克以上或者其他毒品数量大的，处七年以上有期徒刑或者无期徒刑，并处罚金；',
     ''),
    ('zh26-gov-work-reports', '五年来，我们完成了第七届全国人民代表大会所确定的任务。',
     'org:全国人民代表大会'),
    # #087: NEW h26: a decade written without its century (八十年代, 九十年代; README: undecided) is a date, as a year written
    # with two digits is ('02, h10; Jan of 99, h4) and as a decade with its century (20世纪60年代, h5; 1990s, h8); 以至 joins
    # two decades that are each a date by themselves, two spans
    ('zh26-gov-work-reports', '刚刚过去的１９８４年，是我国各族人民在实现八十年代以至九十年代的三大任务方面取得伟大成就的一年，是全国政治、经济、文化等各条战线的形势越来越好的一年。',
     'date:１９８４年 | date:八十年代 | date:九十年代'),
    ('zh26-gov-work-reports', '一年来，我们做了以下主要工作：',
     ''),
    ('zh26-gov-work-reports', '我们的这次大会将通过一九五九年的国民经济计划，这个宏伟的计划需要动员全国一切的力量来完成。',
     'date:一九五九年'),
    # #090: each end of the range is a date by itself (README); 四年以来 is a duration
    ('zh26-gov-work-reports', '四年以来，主要工业产品的品种大约增加了两万四千种，比一九五八年到一九六○年大发展时期所增加的品种还多两倍。',
     'date:一九五八年 | date:一九六○年'),
    ('zh26-law-criminal_law', '第三百九十七条 国家机关工作人员滥用职权或者玩忽职守，致使公共财产、国家和人民利益遭受重大损失的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh26-gov-work-reports', '中等职业学校免学费补助政策扩大到三年。',
     ''),
    ('zh26-gov-work-reports', '１９５６年的预算，就是按照提前完成和超额完成五年计划的要求编制的。',
     'date:１９５６年'),
    # #094: 卫生部系统的医院 is generic, the ministry inside labelled
    ('zh26-gov-work-reports', '卫生部系统的医院病床数，比上一年增长百分之十一点七。',
     'org:卫生部'),
    ('zh26-gov-work-reports', '今后三年内，一方面要抓紧制定经济体制改革的总体方案和实施步骤，另一方面要更积极更深入地进行各项改革的试验。',
     ''),
    ('zh26-gov-work-reports', '一九八一年实际执行结果为二十五亿元。',
     'date:一九八一年'),
    ('zh26-gov-work-reports', '三年来，国际形势继续朝着有利于世界人民的方向发展。',
     ''),
    # #098: 主席 is a title; 十五年左右 and 四、五十年 are durations, 本世纪 is relative
    ('zh26-gov-work-reports', '正如毛泽东主席的指示：我们经过十五年左右的紧张工作和刻苦建设，可能在基本上建成社会主义社会，但要建成一个强大的高度社会主义工业化的国家，就需要几十年的努力，譬如说，要有四、五十年的时间，即本世纪的整个下半世纪。',
     'person:毛泽东'),
    # #099: 中央人民政府 (the Central People's Government of 1949-1954) is one body (h22)
    ('zh26-gov-work-reports', '以上情况说明，一九五三年和一九五四年的年度计划，在中国共产党和中央人民政府的指导下，经过全国人民的努力，已经胜利地实现。',
     'date:一九五三年 | date:一九五四年 | org:中国共产党 | org:中央人民政府'),
    ('zh26-gov-work-reports', '五年获得国家登记的科技成果14万多项，授予专利权52万件。',
     ''),
    ('zh26-gov-work-reports', '将全国城乡居民分别纳入城镇职工基本医疗保险、城镇居民基本医疗保险和新型农村合作医疗制度覆盖范围，三年内参保率均提高到90%以上。',
     ''),
    ('zh26-gov-work-reports', '苏联在我国第一个五年计划期间帮助我们建设的一百六十六个重大建设项目，对于我国经济建设的发展，起了显著的作用。',
     'place:苏联'),
    ('zh26-law-criminal_law', '非法生产、买卖武装部队制式服装，情节严重的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金。',
     ''),
    ('zh26-gov-work-reports', '在过去五年里，我们坚决执行独立自主的和平外交政策，同时根据国际形势的发展变化和我国社会主义现代化建设的需要，对某些具体政策继续进行了正确的调整，从而在外交工作中取得了重大成就，开创了新的局面。',
     ''),
    # #105: 八届全国人大: the ordinal is not part of the name (README)
    ('zh26-gov-work-reports', '一年来，国务院按照八届全国人大一次会议批准的方案，进行了机构改革，各部门定职能、定机构和定编制的工作已经基本结束。',
     'org:国务院 | org:全国人大'),
    ('zh26-law-counterespionage_law_2023', '第六十八条 当事人对行政处罚决定、行政强制措施决定、行政许可决定不服的，可以自收到决定书之日起六十日内，依法申请复议；',
     ''),
    ('zh26-gov-work-reports', '这里，我想附带地说明一下关于从一九五八年起改用一九五七年的不变价格计算工业和农业的总产值的问题。',
     'date:一九五八年 | date:一九五七年'),
    ('zh26-law-criminal_law', '第三百五十九条 引诱、容留、介绍他人卖淫的，处五年以下有期徒刑、拘役或者管制，并处罚金；',
     ''),
    ('zh26-law-criminal_law', '第二百七十六条 由于泄愤报复或者其他个人目的，毁坏机器设备、残害耕畜或者以其他方法破坏生产经营的，处三年以下有期徒刑、拘役或者管制；',
     ''),
    ('zh26-gov-work-reports', '前几年特别是１９８４年我国经济发展的巨大变化和成就，是坚决贯彻调整、改革、整顿、提高方针的结果，是正确执行对内搞活经济、对外实行开放政策的结果。',
     'date:１９８４年'),
    ('zh26-gov-work-reports', '五年建成新线5944公里，复线4603公里，电气化线路5704公里。',
     ''),
    ('zh26-gov-work-reports', '五年内大学毕业生共一百五十万人。',
     ''),
    # #113: 底 left out
    ('zh26-gov-work-reports', '到一九五七年底，全部建成和部分建成而投入生产的限额以上的工矿建设单位有五百三十七个。',
     'date:一九五七年'),
    # #114: each end its own date (README)
    ('zh26-gov-work-reports', '从一九八一年到一九九○年的前十年，主要是打好基础；',
     'date:一九八一年 | date:一九九○年'),
    ('zh26-gov-work-reports', '五年合计在城镇安排就业的劳动力达到三千五百多万人。',
     ''),
    ('zh26-gov-work-reports', '交通运输和邮电通信建设，五年投资二百九十八亿元，主要用于铁路和港口建设。',
     ''),
    # #117: 国务院有关主管部门 is generic, 国务院 inside labelled
    ('zh26-law-criminal_law', '未经国务院有关主管部门许可，擅自进口固体废物用作原料，造成重大环境污染事故，致使公私财产遭受重大损失或者严重危害人体健康的，处五年以下有期徒刑或者拘役，并处罚金；',
     'org:国务院'),
    ('zh26-gov-work-reports', '国有大中型企业改革和脱困的三年目标基本实现。',
     ''),
    ('zh26-gov-work-reports', '在过去几年里，特别是在一九五八年，我国的教育事业有了很大的发展。',
     'date:一九五八年'),
    # -- national reports and laws: sentences with a RICH cue (a year with its month, a numeric date, a bracketed year, 号
    # after a number, 令第, a 7+ digit run, a contact cue); pool 143, Random(27272).sample(…, 100)
    # #000: the ordinals are not part of the name (README; h24 #121); 中华人民共和国 inside the decision's title is labelled (h4,
    # h24 #073)
    ('zh26-law-archives_law_2020', '2016年11月7日 第十二届全国人民代表大会常务委员会第二十四次会议《关于修改〈中华人民共和国对外贸易法〉等十二部法律的决定》第二次修正',
     'date:2016年11月7日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh26-law-criminal_law', '2002年12月28日 第九届全国人民代表大会常务委员会第三十一次会议通过的《中华人民共和国刑法修正案（四）》',
     'date:2002年12月28日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh26-law-criminal_law', '2017年11月4日 第十二届全国人民代表大会常务委员会第三十次会议通过的《中华人民共和国刑法修正案（十）》',
     'date:2017年11月4日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh26-law-personal_information_protection_law_2021', '2021年8月20日 第十三届全国人民代表大会常务委员会第三十次会议通过',
     'date:2021年8月20日 | org:全国人民代表大会常务委员会'),
    ('zh26-gov-work-reports', '（2022年3月11日第十三届全国人民代表大会第五次会议通过）',
     'date:2022年3月11日 | org:全国人民代表大会'),
    # #005: the issuing body inside the decision's title is labelled (README: names inside titles)
    ('zh26-law-counterterrorism_law_2018', '2011年10月29日第十一届全国人民代表大会常务委员会第二十三次会议通过的《全国人民代表大会常务委员会关于加强反恐怖工作有关问题的决定》同时废止。',
     'date:2011年10月29日 | org:全国人民代表大会常务委员会 | org:全国人民代表大会常务委员会#2'),
    # #006: 电话 is a common noun here
    ('zh26-gov-work-reports', '加快邮电通信事业发展，加强邮政和城乡电话建设，采用卫星、光缆和程控等新技术，逐步建成四通八达、连接国内外的通讯网络。',
     ''),
    # #007: 京九 and 南昆 are railway lines named with one-character abbreviations: not labelled; 电话 is a common noun
    ('zh26-gov-work-reports', '新增发电机组容量１４３８万千瓦，京九、南昆等铁路干线建设进展顺利，高等级公路和重点港口建设加快，邮电事业发展迅速，全国城乡新增电话５８６万户。',
     ''),
    ('zh26-law-archives_law_2020', '2020年6月20日 第十三届全国人民代表大会常务委员会第十九次会议修订',
     'date:2020年6月20日 | org:全国人民代表大会常务委员会'),
    # #009: 底 left out; 抗美援朝战争 is an event named with abbreviations
    ('zh26-gov-work-reports', '而且，从国家的整个情况来说，一九五○年开始的抗美援朝战争，到一九五三年七月底才实现了停战。',
     'date:一九五○年 | date:一九五三年七月'),
    ('zh26-law-criminal_law', '2009年2月28日 第十一届全国人民代表大会常务委员会第七次会议通过的《中华人民共和国刑法修正案（七）》',
     'date:2009年2月28日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    # #011: traditional characters; the foreign ministry of the Soviet government is one org taken whole with its parent
    # (README: 国务院国资委); the treaty is not labelled, the world region inside it is (东南亚, as 中亚 and 西亚, README)
    ('zh26-gov-work-reports', '一九五四年九月十四日蘇聯政府外交部曾就「東南亞集體防務條約」問題發表聲明，指出參加這個軍事同盟的國家必須對它們嚴重違反鞏固和平的任務的行動負起完全的責任。',
     'date:一九五四年九月十四日 | org:蘇聯政府外交部 | place:東南亞'),
    ('zh26-law-criminal_law', '2009年8月27日 第十一届全国人民代表大会常务委员会第十次会议通过的《全国人民代表大会常务委员会关于修改部分法律的决定》',
     'date:2009年8月27日 | org:全国人民代表大会常务委员会 | org:全国人民代表大会常务委员会#2'),
    # #013: the works is an enterprise (h22); 底 left out
    ('zh26-gov-work-reports', '第一汽车制造厂的建设到一九五四年十一月底为止，共积压器材一千零五十七万元，各种浪费如材料报废，设备损坏，大材小用，优材劣用，窝工，设计错误，以及管理不当等共计浪费六百三十万元。',
     'org:第一汽车制造厂 | date:一九五四年十一月'),
    ('zh26-law-constitution_prc', '1982年12月4日 第五届全国人民代表大会第五次会议通过',
     'date:1982年12月4日 | org:全国人民代表大会'),
    ('zh26-gov-work-reports', '——2017年3月5日在第十二届全国人民代表大会第五次会议上',
     'date:2017年3月5日 | org:全国人民代表大会'),
    # #016: 联系电话 and 传真号码 are common nouns (no number follows)
    ('zh26-law-regulations_on_government_information_disclosure_2019', '政府信息公开指南包括政府信息的分类、编排体系、获取方式和政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等内容。',
     ''),
    ('zh26-gov-work-reports', '早在2003年7月，国务院就开始部署相关准备工作。',
     'date:2003年7月 | org:国务院'),
    # #018: 人大 in 五届人大 (README); 文化大革命 is an event
    ('zh26-gov-work-reports', '一九七八年二月国务院向五届人大一次会议所作的政府工作报告，除了在政治上有继续肯定“文化大革命”错误理论的问题以外，对我国经济建设还提出了不切实际的高指标，使建设规模大大超过国力允许的限度，加剧了由于十年内乱造成的重大比例失调和经济困难。',
     'date:一九七八年二月 | org:国务院 | org:人大'),
    # #019: the years in the programme's title are labelled, each end of 一九五六年到一九六七年 its own date (README); 中共中央政治局 is one
    # org taken whole; 同志 is a suffix
    ('zh26-gov-work-reports', '一九五六年到一九六七年全国农业发展纲要，是中共中央政治局根据毛泽东同志的倡议提出的，在一九五六年一月以草案形式公布。',
     'date:一九五六年 | date:一九六七年 | org:中共中央政治局 | person:毛泽东 | date:一九五六年一月'),
    ('zh26-gov-work-reports', '（2020年5月28日第十三届全国人民代表大会第三次会议通过）',
     'date:2020年5月28日 | org:全国人民代表大会'),
    ('zh26-law-resident_id_card_law_2011', '第二十三条 本法自2004年1月1日起施行，《中华人民共和国居民身份证条例》同时废止。',
     'date:2004年1月1日 | place:中华人民共和国'),
    ('zh26-gov-work-reports', '苏联帮助我国建设的一百五十六个工业单位中的主要部分——第二批九十一个单位，也到一九五三年五月才确定。',
     'place:苏联 | date:一九五三年五月'),
    # #023: a State Council decree number is a docno taken whole with its issuer (NEW h14)
    ('zh26-law-regulations_on_government_information_disclosure_2019', '2007年4月5日 中华人民共和国国务院令第492号公布',
     'date:2007年4月5日 | docno:中华人民共和国国务院令第492号'),
    ('zh26-law-criminal_law', '1998年12月29日 第九届全国人民代表大会常务委员会第六次会议通过的《全国人民代表大会常务委员会关于惩治骗购外汇、逃汇和非法买卖外汇犯罪的决定》',
     'date:1998年12月29日 | org:全国人民代表大会常务委员会 | org:全国人民代表大会常务委员会#2'),
    # #025: traditional characters; 中印 and 中緬 are pairs of one-character abbreviations
    ('zh26-gov-work-reports', '一九五四年六月，中印兩國總理和中緬兩國總理分別擧行了會談，並在他們分別發表的聯合聲明中一致確認，互相尊重領土主權、互不侵犯、互不干涉內政、平等互利和和平共處的五項原則應當成爲指導中印、中緬兩國之間的關係的基本原則。',
     'date:一九五四年六月'),
    # #026: the machine-tool works is an enterprise (h22, h23); a year with its quarter is one span (h5)
    ('zh26-gov-work-reports', '特别是沈阳第二机床厂，该厂生产的三百八十台钻床，由于违反应有的试制程序，性能达不到设计的要求，全部需要返修，仅零件报废一项，即损失一百二十万元，以致从一九五四年九月起到一九五五年第一季度为止，都没有能够出产成品。',
     'org:沈阳第二机床厂 | date:一九五四年九月 | date:一九五五年第一季度'),
    ('zh26-law-cybersecurity_law_2016', '第七十九条 本法自2017年6月1日起施行。',
     'date:2017年6月1日'),
    ('zh26-law-archives_law_2020', '1996年7月5日 第八届全国人民代表大会常务委员会第二十次会议《关于修改〈中华人民共和国档案法〉的决定》第一次修正',
     'date:1996年7月5日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh26-law-criminal_procedure_law_2018', '2012年3月14日 第十一届全国人民代表大会第五次会议《关于修改〈中华人民共和国刑事诉讼法〉的决定》第二次修正',
     'date:2012年3月14日 | org:全国人民代表大会 | place:中华人民共和国'),
    ('zh26-law-counterespionage_law_2023', '2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议通过',
     'date:2014年11月1日 | org:全国人民代表大会常务委员会'),
    # #031: 西藏地方政府 is one historical body (NEW h15); NEW h26: in 西藏地方进行建设 the 地方 after the name is the level (local,
    # against 中央, as in 西藏地方政府), not an area word like 地区 or 流域 (README *Where the sets disagree* 3): only 西藏
    ('zh26-gov-work-reports', '１９５５年３月国务院根据西藏地方政府的要求所作的关于帮助西藏地方进行建设事项的决定，已经在执行中。',
     'date:１９５５年３月 | org:国务院 | org:西藏地方政府 | place:西藏#2'),
    # #032: traditional characters; 中朝 is a pair of abbreviations; the agreement is not labelled
    ('zh26-gov-work-reports', '一九五三年十一月二十三日中朝兩國締結的經濟及文化合作協定，標誌着中朝兩國互助關係的發展。',
     'date:一九五三年十一月二十三日'),
    ('zh26-gov-work-reports', '——2022年3月5日在第十三届全国人民代表大会第五次会议上',
     'date:2022年3月5日 | org:全国人民代表大会'),
    ('zh26-law-criminal_law', '2006年6月29日 第十届全国人民代表大会常务委员会第二十二次会议通过的《中华人民共和国刑法修正案（六）》',
     'date:2006年6月29日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh26-law-archives_law_2020', '第五十三条 本法自2021年1月1日起施行。',
     'date:2021年1月1日'),
    ('zh26-law-counterterrorism_law_2018', '2018年4月27日 第十三届全国人民代表大会常务委员会第二次会议《关于修改<中华人民共和国国境卫生检疫法>等六部法律的决定》修正',
     'date:2018年4月27日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    # #037: 电话 is a common noun
    ('zh26-law-state_secrets_law_implementing_regulations_2024', '通过电视、电话、网络等方式举办会议或者其他活动涉及国家秘密的，还应当符合国家有关保密标准。',
     ''),
    ('zh26-gov-work-reports', '新增发电装机１５００多万千瓦，电话交换机容量增加２０００多万门。',
     ''),
    ('zh26-law-shanghai_ethnic_minority_rights_regulations', '第三十六条 本条例自1995年3月1日起施行。',
     'date:1995年3月1日'),
    # #040: the spacecraft and the submersible are products (h24 #077); 号 here is part of their names, no docno
    ('zh26-gov-work-reports', '“天问一号”、“嫦娥五号”、“奋斗者”号等突破性成果不断涌现。',
     ''),
    ('zh26-gov-work-reports', '他说，一九六四年十月十六日爆炸成功的我国第一颗原子弹，是我们自己制造出来的。',
     'date:一九六四年十月十六日'),
    ('zh26-law-resident_id_card_law_2011', '2003年6月28日 第十届全国人民代表大会常务委员会第三次会议通过',
     'date:2003年6月28日 | org:全国人民代表大会常务委员会'),
    # #043: traditional characters; 中國 in 中國人民 (dev); 抗美援朝運動 is a campaign
    ('zh26-gov-work-reports', '一九五〇年六月，美國政府發動了侵略朝鮮的戰爭，同時侵佔了我國的台灣省，迫使中國人民發動了偉大的抗美援朝運動。',
     'date:一九五〇年六月 | org:美國政府 | place:朝鮮 | place:台灣省 | place:中國'),
    # #044: 电话费 is a common noun; “互联网+” is no name
    ('zh26-gov-work-reports', '今年网络提速降费要迈出更大步伐，年内全部取消手机国内长途和漫游费，大幅降低中小企业互联网专线接入资费，降低国际长途电话费，推动“互联网+”深入发展、促进数字经济加快成长，让企业广泛受益、群众普遍受惠。',
     ''),
    ('zh26-gov-work-reports', '根据一九八三年九月人大常委会第二次会议通过的《关于严惩严重危害社会治安的犯罪分子的决定》，全国依法开展了打击严重刑事犯罪活动的斗争，收到了很大效果，刑事案件发案率下降，既保护了广大群众的利益和安全，又教育挽救了一批失足的青少年。',
     'date:一九八三年九月 | org:人大常委会'),
    ('zh26-gov-work-reports', '从２００２年１月１日起，我国关税总水平已由１５．３％降到１２％，涉及５３００多个税目。',
     'date:２００２年１月１日'),
    ('zh26-law-state_secrets_law_implementing_regulations_2024', '第七十四条 本条例自2024年9月1日起施行。',
     'date:2024年9月1日'),
    # #048: 主席 is a title; NEW h26: 最高国务会议 (the Supreme State Conference the Chairman convened under the 1954
    # Constitution), named here by its numbered enlarged session, is a meeting, an event as 中央经济工作会议 (README), not an org
    ('zh26-gov-work-reports', '正是因为这样，1957年2月27日毛泽东主席在最高国务会议第11次扩大会议上的报告中，特别指示我们要善于分辨敌我之间的和人民内部的两类性质不同的矛盾，并且提出了正确处理人民内部矛盾的方针和办法。',
     'date:1957年2月27日 | person:毛泽东'),
    ('zh26-law-cybersecurity_law_2016', '2016年11月7日 第十二届全国人民代表大会常务委员会第二十四次会议通过',
     'date:2016年11月7日 | org:全国人民代表大会常务委员会'),
    ('zh26-law-regulations_on_religious_affairs_2017', '2004年11月30日 中华人民共和国国务院令第426号公布',
     'date:2004年11月30日 | docno:中华人民共和国国务院令第426号'),
    ('zh26-law-national_intelligence_law_2018', '第三十二条 本法自2017年6月28日起施行。',
     'date:2017年6月28日'),
    # #052: begins with the 》 of a title cut off by the split; readable, kept
    ('zh26-gov-work-reports', '》，１９９７年７月１日我国将恢复对香港行使主权。',
     'date:１９９７年７月１日 | place:香港'),
    ('zh26-law-public_security_administration_punishments_law_2012', '2012年10月26日 第十一届全国人民代表大会常务委员会第二十九次会议《关于修改<中华人民共和国治安管理处罚法>的决定》修正',
     'date:2012年10月26日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh26-gov-work-reports', '从2004年7月1日起，全国提高企业退休人员基本养老金标准。',
     'date:2004年7月1日'),
    ('zh26-gov-work-reports', '（2023年3月13日第十四届全国人民代表大会第一次会议通过）',
     'date:2023年3月13日 | org:全国人民代表大会'),
    ('zh26-gov-work-reports', '固定电话和移动电话用户由8354万户增加到4.21亿户，居世界首位。',
     ''),
    # #057: the meeting's ordinal is not part of the name
    ('zh26-law-state_council_provisions_regional_ethnic_autonomy_2005', '2005年5月11日 国务院第89次常务会议通过',
     'date:2005年5月11日 | org:国务院'),
    # #058: 以前 left out, as 前 (README)
    ('zh26-law-resident_id_card_law_2011', '依照本法在2012年1月1日以前领取的居民身份证，在其有效期内，继续有效。',
     'date:2012年1月1日'),
    # #059: NEW h26: 份 after a month (二月份, the month of February) is part of the month word, kept with it as 度 is in 年度
    # (NEW h10), unlike 底, 初 and 末, which point into the period and are left out (README, NEW h24)
    ('zh26-gov-work-reports', '现在已经到了一九五八年二月份。',
     'date:一九五八年二月份'),
    ('zh26-law-data_security_law_2021', '第五十五条 本法自2021年9月1日起施行。',
     'date:2021年9月1日'),
    ('zh26-law-criminal_law', '2020年12月26日 第十三届全国人民代表大会常务委员会第二十四次会议通过的《中华人民共和国刑法修正案（十一）》',
     'date:2020年12月26日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    # #062: 人大 in 四届人大 (README); “四人帮” is a nickname for a group
    ('zh26-gov-work-reports', '一九七五年一月四届人大的胜利召开，挫败了“四人帮”的组阁阴谋，是对他们篡党夺权罪恶活动的一个严重打击。',
     'date:一九七五年一月 | org:人大'),
    # #063: the probe and the drilling ship are products; NEW h26: 月球 (the Moon) is a celestial body, not a place (as h11
    # left it unlabelled inside 国际月球科研站)
    ('zh26-gov-work-reports', '“嫦娥六号”实现人类首次月球背面采样返回，“梦想”号大洋钻探船建成入列；',
     ''),
    # #064: the preparatory committee is one named body with its place (as #016 of the first draw); the second 香港特别行政区 is
    # a place
    ('zh26-gov-work-reports', '１９９６年１月成立香港特别行政区筹委会，负责筹备成立香港特别行政区的有关事宜。',
     'date:１９９６年１月 | org:香港特别行政区筹委会 | place:香港特别行政区#2'),
    # #065: the party's national conference is an event, the party inside labelled (h16 #018); cut at the 《 of a title,
    # readable, kept
    ('zh26-gov-work-reports', '一九八五年九月，中国共产党全国代表会议通过了《',
     'date:一九八五年九月 | org:中国共产党'),
    ('zh26-gov-work-reports', '（2021年3月11日第十三届全国人民代表大会第四次会议通过）',
     'date:2021年3月11日 | org:全国人民代表大会'),
    # #067: 以前 left out
    ('zh26-gov-work-reports', '第二，预算收支的分类数字一般地是按照１９５６年５月以前政府分部的情况编列的。',
     'date:１９５６年５月'),
    ('zh26-law-regional_ethnic_autonomy_law_2001', '2001年2月28日 第九届全国人民代表大会常务委员会第二十次会议《关于修改<中华人民共和国民族区域自治法>的决定》修正',
     'date:2001年2月28日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    # #069: the WTO is a standing international body (as 世贸组织, h17); 15年 is a duration
    ('zh26-gov-work-reports', '经过15年的艰苦努力，我国于2001年12月正式加入世界贸易组织，标志着对外开放进入新阶段。',
     'date:2001年12月 | org:世界贸易组织'),
    ('zh26-law-state_secrets_law_2024', '1988年9月5日 第七届全国人民代表大会常务委员会第三次会议通过',
     'date:1988年9月5日 | org:全国人民代表大会常务委员会'),
    # #071: 去冬今春 is relative
    ('zh26-gov-work-reports', '拿安徽省作为例子来说，这个省原定去冬今春兴修八亿土方的农田水利工程，后来增加到十六亿土方，但是，到一九五八年一月二十三日就已经完成十六亿多土方。',
     'place:安徽省 | date:一九五八年一月二十三日'),
    ('zh26-law-criminal_law', '第四百五十二条 本法自1997年10月1日起施行。',
     'date:1997年10月1日'),
    ('zh26-law-criminal_law', '2023年12月29日 第十四届全国人民代表大会常务委员会第七次会议通过的《中华人民共和国刑法修正案（十二）》',
     'date:2023年12月29日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    # #074: 神舟六号 is a spacecraft, a product (h24 #077)
    ('zh26-gov-work-reports', '神舟六号载人航天飞行圆满成功，标志着我国在一些重要科技领域达到世界先进水平。',
     ''),
    # #075: 电话 is a common noun
    ('zh26-law-public_security_administration_punishments_law_2012', '第六十八条 制作、运输、复制、出售、出租淫秽的书刊、图片、影片、音像制品等淫秽物品或者利用计算机信息网络、电话以及其他通讯工具传播淫秽信息的，处十日以上十五日以下拘留，可以并处三千元以下罚款；',
     ''),
    ('zh26-gov-work-reports', '国家在一九五三年十一月开始实行了粮食的计划收购和计划供应，随后对食用植物油也实行了计划收购和计划供应；',
     'date:一九五三年十一月'),
    ('zh26-gov-work-reports', '这个计划草案的编制工作，在一九五一年就已经开始，中间经过多次的补充和修正，到一九五五年二月，即在第一个五年计划执行了两年之后，才编制完毕。',
     'date:一九五一年 | date:一九五五年二月'),
    ('zh26-law-regulations_on_religious_affairs_2017', '2017年8月26日 中华人民共和国国务院令第686号公布',
     'date:2017年8月26日 | docno:中华人民共和国国务院令第686号'),
    # #079: 周总理 is a title with a surname (README)
    ('zh26-gov-work-reports', '一九七六年一月，敬爱的周总理不幸逝世。',
     'date:一九七六年一月'),
    ('zh26-gov-work-reports', '本届政府1998年3月就职，任期即将结束。',
     'date:1998年3月'),
    ('zh26-law-criminal_law', '2011年2月25日 第十一届全国人民代表大会常务委员会第十九次会议通过的《中华人民共和国刑法修正案（八）》',
     'date:2011年2月25日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh26-law-peoples_police_law_2012', '2012年10月26日 第十一届全国人民代表大会常务委员会第二十九次会议《关于修改<中华人民共和国人民警察法>的决定》修正',
     'date:2012年10月26日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    # #083: the ordinal splits the name (README: 江苏省第十四届人民代表大会)
    ('zh26-law-beijing_counterterrorism_implementing_measures_2023', '2023年7月28日 北京市第十六届人民代表大会常务委员会第四次会议通过',
     'date:2023年7月28日 | place:北京市 | org:人民代表大会常务委员会'),
    ('zh26-law-state_secrets_law_2024', '2010年4月29日 第十一届全国人民代表大会常务委员会第十四次会议第一次修订',
     'date:2010年4月29日 | org:全国人民代表大会常务委员会'),
    ('zh26-law-counterespionage_law_2023', '第七十一条 本法自2023年7月1日起施行。',
     'date:2023年7月1日'),
    # #086: 国家安全机关 is generic in a law; 电话 is a common noun
    ('zh26-law-counterespionage_law_2023', '国家安全机关应当将受理举报的电话、信箱、网络平台等向社会公开，依法及时处理举报信息，并为举报人保密。',
     ''),
    ('zh26-law-state_secrets_law_2024', '第六十五条 本法自2024年5月1日起施行。',
     'date:2024年5月1日'),
    # #088: the computers are products
    ('zh26-gov-work-reports', '基础性研究、应用技术研究、科技攻关等计划实施顺利，取得重大科技成果３万多项，银河Ⅱ型计算机、曙光一号并行计算机等一批科研成果达到世界先进水平。',
     ''),
    # #089: 身份证件号码 and 电话号码 are common nouns
    ('zh26-law-cybersecurity_law_2016', '（五）个人信息，是指以电子或者其他方式记录的能够单独或者与其他信息结合识别自然人个人身份的各种信息，包括但不限于自然人的姓名、出生日期、身份证件号码、个人生物识别信息、住址、电话号码等。',
     ''),
    ('zh26-law-regulations_on_religious_affairs_2017', '第七十七条 本条例自2018年2月1日起施行。',
     'date:2018年2月1日'),
    ('zh26-law-resident_id_card_law_2011', '2011年10月29日 第十一届全国人民代表大会常务委员会第二十三次会议《关于修改<中华人民共和国居民身份证法>的决定》修正',
     'date:2011年10月29日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh26-gov-work-reports', '１９９３年７月成立香港特别行政区筹委会预备工作委员会。',
     'date:１９９３年７月 | org:香港特别行政区筹委会预备工作委员会'),
    ('zh26-gov-work-reports', '全年新增大中型发电机组容量１５００多万千瓦，铁路新线和复线３３００多公里，高等级公路１９００公里，港口吞吐能力近２６００万吨，电话交换机近１９００万门。',
     ''),
    # #094: 中央各部门 is generic; the named works (水泥厂, 汽车厂, 电机厂, 糖厂) are enterprises, orgs taken whole with their places
    # (h22, h23); 鞍钢 is an enterprise, its No. 9 blast furnace a piece of plant; the power plants are facilities (NEW
    # h18): only 包头 and 阜新; NEW h26: a mine shaft (立井) and a hydropower station (水电站) are infrastructure facilities like a
    # power plant: only the places in their names, a city with its locality one span (淮南谢家集, a contiguous hierarchy,
    # README), and 官厅 (the station of the Guanting reservoir)
    ('zh26-gov-work-reports', '１９５６年建设的结果，中央各部门将有１１７个重大建设单位，包括鞍钢的九号炼铁炉、本溪工源水泥厂、铜川三里洞立井、鹤岗兴安台一号立井、淮南谢家集二号三号立井、包头第三电厂、阜新电厂、官厅水电站、长春第一汽车厂、哈尔滨电机厂、广东紫坭糖厂等，将要完成建设，投入生产。',
     'date:１９５６年 | org:鞍钢 | org:本溪工源水泥厂 | place:铜川三里洞 | place:鹤岗兴安台 | place:淮南谢家集 | place:包头 | place:阜新 | place:官厅 | org:长春第一汽车厂 | org:哈尔滨电机厂 | org:广东紫坭糖厂'),
    # #095: 毛主席 is a title with a surname; 底 left out; 代总理 is a title, 国务院 before it labelled; 中央日常工作: 中央 as an attribute
    ('zh26-gov-work-reports', '毛主席英明果断，采取了非常的措施，于一九七六年一月底亲自提议并经中央政治局讨论通过，确定了国务院代总理和主持中央日常工作的人事安排；',
     'date:一九七六年一月 | org:中央政治局 | org:国务院'),
    ('zh26-law-regulations_on_government_information_disclosure_2019', '2019年4月3日 中华人民共和国国务院令第711号修订',
     'date:2019年4月3日 | docno:中华人民共和国国务院令第711号'),
    # #097: spaced digits of quantities, no date
    ('zh26-gov-work-reports', '运输邮电业迅速发展，五年铁路正线铺轨总里程1 1 3 4 4 公里，高速公路增加4 0 8 3 公里，电话交换机总容量达到1 ．1 亿门。',
     ''),
    ('zh26-law-regulations_on_religious_affairs_2017', '2017年6月14日 国务院第176次常务会议修订通过',
     'date:2017年6月14日 | org:国务院'),
    # #099: the ordinal splits 中国共产党第八届中央委员会: both parts are labelled (NEW h7, 中国人民政治协商会议第五届全国委员会); the plenary session is
    # an event
    ('zh26-gov-work-reports', '在一九五八年十一月召开的中国共产党第八届中央委员会第六次全体会议上，曾经讨论了一九五九年发展国民经济的主要任务和方针，提出了钢产量一千八百万吨、煤产量三亿八千万吨、粮食产量一万零五百亿斤、棉花产量一亿担的四项指标。',
     'date:一九五八年十一月 | org:中国共产党 | org:中央委员会 | date:一九五九年'),
    # -- provincial 2025 reports: sentences with a cue but none of RICH's; pool 132, Random(27273).sample(…, 55)
    ('zh26-prov-xinjiang', '一年来，我们按照自治区党委决策部署，主要做了以下工作。',
     'org:自治区党委'),
    ('zh26-prov-henan', '各位代表，回顾过去的一年，历程很不平凡、成绩令人鼓舞。',
     ''),
    # #002: 中关村 is a place (h11)
    ('zh26-prov-beijing', '以创新需求为导向谋划新一轮中关村先行先试改革，实施促进科技成果转化五年行动，加强概念验证、中试熟化等平台建设。',
     'place:中关村'),
    ('zh26-prov-henan', '深化安全生产治本攻坚三年行动，实施一批人防、技防、工程防、管理防等措施，提升本质安全能力水平。',
     ''),
    ('zh26-prov-hubei', '二、2025年工作思路和重点任务',
     'date:2025年'),
    # #005: 人民解放军 and 武警 are orgs, 驻赣部队 holds the abbreviation 赣 (h23 #008); 赣鄱 is a traditional name (NEW h11)
    ('zh26-prov-jiangxi', '过去一年，人民解放军驻赣部队、武警官兵满腔赤诚捍卫祖国安全、保卫赣鄱安宁；',
     'org:人民解放军 | org:武警 | place:赣鄱'),
    # #006: the Boao Forum for Asia is a standing international organisation, an org, as 世界经济论坛 (NEW h21); its annual
    # conference is an event, the org and the year inside labelled
    ('zh26-prov-hainan', '办好博鳌亚洲论坛2025年年会。',
     'org:博鳌亚洲论坛 | date:2025年'),
    # #007: PM2.5 is no name and 年均 no year
    ('zh26-prov-tianjin', '持续打好蓝天、碧水、净土保卫战，强化统筹施策、工程治理、科技赋能，实施煤电机组升级和传统高耗能产业绿色化改造，推动移动源综合治理，持续开展绿电碳排放核减，建成16个幸福河湖，加强固体废物综合治理，强化土壤污染源头防控，PM2.5年均浓度降至38微克／立方米以下，优良天数比率达到72％以上。',
     ''),
    ('zh26-prov-hubei', '着力推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接，7.8万户、22.9万人稳定消除返贫致贫风险，我省在国家考核评估中连续8年获得“好”的等次。',
     ''),
    # #009: 中国 inside the quoted phrase (as 美丽中国, README); 龙江 is the short name of Heilongjiang (NEW h7)
    ('zh26-prov-heilongjiang', '粮食总产量再上新台阶，突破1600亿斤大关，连续15年居全国首位，“中国饭碗”装上更多优质“龙江粮”。',
     'place:中国 | place:龙江'),
    ('zh26-prov-liaoning', '以三年行动为牵引，推动“一圈一带两区”高质量发展。',
     ''),
    ('zh26-prov-guangdong', '启动安全生产治本攻坚三年行动，狠抓重点行业领域隐患排查整治，基本完成20年以上老化燃气管道更新改造，电动自行车安全隐患全链条整治行动取得明显成效，道路交通事故死亡人数下降18.2%、为近10年来最大降幅，生产安全事故起数、死亡人数分别下降17.7%、12.5%。',
     ''),
    ('zh26-prov-heilongjiang', '就业形势稳中向好，城镇新增就业37.7万人，城镇调查失业率均值保持历史最好水平，高校毕业生留省就业比例为近6年最高。',
     ''),
    ('zh26-prov-ningxia', '深入实施城市安全韧性提升行动，更新改造“四类管线”2000公里，加快提升城市生活污水集中收集率、排水管网雨污分流率，力争3年内完成城市老旧管网改造任务。',
     ''),
    ('zh26-prov-jiangxi', '全省上下一月接着一月拼，经济增长一季更比一季好，市场信心和社会预期明显增强。',
     ''),
    ('zh26-prov-jiangsu', '2024年是实施“十四五”规划的关键一年。',
     'date:2024年'),
    # #016: the galas are events, the broadcaster inside them an org (央视综合频道, h5)
    ('zh26-prov-liaoning', '成功承办2024年央视春晚分会场和央视中秋晚会。',
     'date:2024年 | org:央视 | org:央视#2'),
    ('zh26-prov-guangxi', '二、2025年目标任务和重点工作',
     'date:2025年'),
    ('zh26-prov-anhui', '过去一年，是安徽发展史上具有重要里程碑意义的一年。',
     'place:安徽'),
    ('zh26-prov-guizhou', '过去一年，面对多重矛盾叠加的复杂严峻形势，我们保持高质量发展战略定力，顶压前行、负重前行，推动各项工作不断迈上新台阶。',
     ''),
    ('zh26-prov-heilongjiang', '防范化解各类风险隐患扎实有力，深化安全生产治本攻坚三年行动，煤矿安全问题隐患整治成效明显，生产安全事故起数、死亡人数分别下降23.8%、22.4%，未发生重特大事故。',
     ''),
    # #021: 共青团 (README), 科协 (h8, h23) and 红十字 (h2, h17) are orgs; 工会 and the work fields are not
    ('zh26-prov-guangxi', '一年来，外事、侨务、海关、海事、煤监、地震、消防、反走私、监狱管理、供销、气象、水文、信访、档案、保密、机关事务管理、科学研究、地方史志、新闻出版、参事文史、智库、工会、共青团、妇女儿童、科协、老龄、残疾人、红十字、宗教、公益慈善等工作取得新进展。',
     'org:共青团 | org:科协 | org:红十字'),
    # #022: a city cluster named after a place is a named region, taken whole (as 滇中城市群, NEW h7)
    ('zh26-prov-xinjiang', '天山北坡城市群空气质量明显改善，空气质量优良天数比例达90%、提高3.4个百分点，PM10、PM2.5分别下降19.4%、14.9%，连续三年在国家污染防治攻坚战成效考核中取得优秀等次。',
     'place:天山北坡城市群'),
    # #023: 75周年 is a duration
    ('zh26-prov-tianjin', '2024年是中华人民共和国成立75周年，是天津实施“十四五”规划的关键一年，在天津发展历史进程中具有标志性里程碑意义。',
     'date:2024年 | place:中华人民共和国 | place:天津 | place:天津#2'),
    ('zh26-prov-jiangsu', '实施农业全产业链高质量发展三年行动，努力建成10条超五百亿级的市域特色链、10条超百亿级的县域特色链。',
     ''),
    # #025: NEW h26: 贵阳贵安 (Guiyang and the Gui'an New Area, named together) is two places run together, not a hierarchy:
    # two spans, as 渤海辽宁段 (NEW h7); 贵安 is the usual short name of the new area; 各市（州） is generic
    ('zh26-prov-guizhou', '大力实施低空经济高质量发展三年行动，支持贵阳贵安、安顺布局发展低空产业，支持各市（州）在特色场景应用上取得突破。',
     'place:贵阳 | place:贵安 | place:安顺'),
    ('zh26-prov-hainan', '2024年省级民生实事项目首次由省人大全体代表票决确定。',
     'date:2024年 | org:省人大'),
    # #027: 港澳台 is a string of abbreviations; 工会 and 供销社 are generic (README)
    ('zh26-prov-zhejiang', '过去一年，国防动员、人防海防、双拥共建、退役军人事务、对口支援合作等工作有力推进，民族宗教、审计统计、外事侨务、港澳台、史志档案、哲学社会科学、新闻出版、气象地震等工作成效明显，工会、妇女儿童、青少年、老龄、红十字会、供销社、慈善、残疾人等事业持续进步。',
     'org:红十字会'),
    ('zh26-prov-shaanxi', '一年来，主要做了以下7方面工作：',
     ''),
    # #029: the plan's quoted name holds the city and a bare year, labelled inside it (README: a bare year inside a longer
    # term)
    ('zh26-prov-shanghai', '完成“上海2035”城市总体规划五年实施评估。',
     'place:上海 | date:2035'),
    ('zh26-prov-beijing', '完成好2025年各项工作任务，我们必须持之以恒加强政府自身建设，不断提高政府治理效能。',
     'date:2025年'),
    # #031: “十五五” is a plan period; 中央预算内投资: 中央 as an attribute
    ('zh26-prov-guizhou', '统筹“硬投资”和“软建设”，制定2024年、2025年、“十五五”期间实施重大项目“三张清单”，完善项目前期工作机制，建立“两重”项目库，争取超长期特别国债、中央预算内投资等项目建设资金增长61%。',
     'date:2024年 | date:2025年'),
    # #032: 今年4月 has no year
    ('zh26-prov-chongqing', '建强AI能力底座，加快拓展AI赋能综合场景，推出更多便民利企典型应用，提高核心业务数字化履职水平，力争今年4月贯通实战应用超过200个、年底超过260个。',
     ''),
    ('zh26-prov-hunan', '新型城镇化战略五年行动计划启动实施，全面放开城镇落户限制，开工改造城镇老旧小区5357个，城镇化率提升0.9个百分点、达62.1%。',
     ''),
    # #034: 习近平 inside the thought's name (as 毛泽东 in 毛泽东思想, README)
    ('zh26-prov-tibet', '各位代表!回顾过去一年，我们在应对挑战中主动作为，在爬坡过坎中砥砺奋进，成绩来之不易，最根本在于习近平总书记掌舵领航，在于习近平新时代中国特色社会主义思想科学指引，是党中央、国务院亲切关怀和全国人民无私支援的结果，是自治区党委团结带领全区各族干部群众奋发进取的结果。',
     'person:习近平 | person:习近平#2 | place:中国 | org:党中央 | org:国务院 | org:自治区党委'),
    # #035: Beijing's central axis is a named historic site (h17 #013), a city with its feature one span (as 沈阳方城,
    # README); the demonstration zone is a programme zone, the axis inside labelled
    ('zh26-prov-beijing', '制定实施北京中轴线保护传承三年行动计划，加强中轴线文化阐释与国际传播，创建中轴线国家文物保护利用示范区。',
     'place:北京中轴线 | place:中轴线#2 | place:中轴线#3'),
    # #036: the quoted programme is not labelled
    ('zh26-prov-guangdong', '我们聚焦重点领域关键环节，在投融资、国资国企、数字政府、财政资金“补改投”、新型农村集体经济等方面推出一系列改革创新举措，“百县千镇万村高质量发展工程”集成式改革成效显现，科技体制改革三年攻坚顺利完成，首批10个营商环境改革试点落地，市场化法治化国际化营商环境成为广东鲜亮的品牌。',
     'place:广东'),
    ('zh26-prov-tibet', '各位代表!一年来，我们全力做好国防动员、军民融合、双拥共建和退役军人服务保障，气象、地震、防灾减灾等各项工作得到新提升，工会、妇女儿童、青少年、残疾人等各项事业实现新进步。',
     ''),
    ('zh26-prov-yunnan', '深入落实以人为本的新型城镇化战略五年实施方案，抓实潜力县（市、区）试点工作。',
     ''),
    ('zh26-prov-hunan', '过去一年，令人难忘、极不平凡。',
     ''),
    # #040: the place in the plan's title; a range sharing one unit is one span (README)
    ('zh26-prov-fujian', '聚焦市场化、法治化、国际化、便利化，组织实施《福建省营商环境建设规划（2024—2029年）》，全方位深层次建设更好的市场环境、法治环境、开放环境、政务环境、创新环境、产业环境、要素环境、社会环境，让各类企业沐浴在阳光雨露中，近悦远来，茁壮成长。',
     'place:福建省 | date:2024—2029年'),
    # #041: 12年 is a duration; the Olympics and the games are events
    ('zh26-prov-yunnan', '时隔12年再夺奥运会金牌，全国少数民族传统体育运动会竞赛项目获奖数和表演项目成绩均居第1位，全民健身公共服务体系不断完善。',
     ''),
    ('zh26-prov-hubei', '一年来，我们坚持稳中求进、难中求成，在风雨洗礼中稳健前行，在战胜挑战中聚势突破，主要做了以下工作。',
     ''),
    # #043: “12345” and 110 are short service numbers, not phones (README)
    ('zh26-prov-shanghai', '“三所联动”矛盾纠纷多元化解、重点行业领域信访问题综合治理、“12345”市民热线等机制不断优化，“砺剑”等社会治安整治行动深入开展，全市110报警数、刑事立案数、电信网络诈骗立案数分别下降7%、14.4%、18.8%，公众安全感、满意度连续12年实现“双提升”，社会大局保持稳定。',
     ''),
    # #044: 9月底 has no year
    ('zh26-prov-jiangsu', '省重大项目投资7300亿元、超年度计划目标13.9%，230个计划新开工项目9月底前全部开工。',
     ''),
    ('zh26-prov-gansu', '“十四五”以来，全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%，增速居全国第3位，连续10个季度保持在全国第一方阵。',
     'date:2024年'),
    ('zh26-prov-inner_mongolia', '引进到位资金超5300亿元，提前一年实现三年引资1万亿元目标。',
     ''),
    ('zh26-prov-guangdong', '实施乡村绿化三年行动，深入开展“四旁”、“五边”绿化，打造一批绿美示范点、乡村绿化景观带。',
     ''),
    ('zh26-prov-shanghai', '各位代表，回望过去一年，成绩来之不易。',
     ''),
    ('zh26-prov-xinjiang', '各位代表!过去一年成绩来之不易。',
     ''),
    # #050: the quoted programme is not labelled, the names inside are: 天府 (a traditional name, README) and 峨眉 (Mount
    # Emei); 近3年 is a duration
    ('zh26-prov-sichuan', '14.“天府峨眉计划”：四川实施的一项引进聚集类人才计划，支持对象为近3年从国（境）外、省外引进的高层次人才，分为前置改革项目和常规项目两大类别实施，前置改革项目主要依托顶尖人才、创新领军人才、国防科技领域人才专项3个项目，常规项目包括个人引进、专项引进、团队引进3个类别9个项目。',
     'place:天府 | place:峨眉 | place:四川'),
    ('zh26-prov-sichuan', '扎实开展安全生产治本攻坚三年行动，加强安全风险隐患排查，提高本质安全水平。',
     ''),
    # #052: 去年9月26日 has no year; the Politburo meeting is an event, the body inside labelled
    ('zh26-prov-shandong', '用好“两重”“两新”机遇，特别是落实去年9月26日中央政治局会议部署的一揽子增量政策，争取新增专项债资金3903亿元；',
     'org:中央政治局'),
    ('zh26-prov-guangdong', '深入打好污染防治攻坚战，连续4年在国家考核中获优秀等次。',
     ''),
    ('zh26-prov-qinghai', '一年来，我们坚持和加强党的全面领导，巩固拓展学习贯彻习近平新时代中国特色社会主义思想主题教育成果，建立以学铸魂、以学增智、以学正风、以学促干长效机制，坚决当好贯彻党中央决策部署的执行者、行动派、实干家。',
     'person:习近平 | place:中国 | org:党中央'),
    # -- provincial 2025 reports: sentences with a RICH cue; all the pool holds (17), in the order of Random(27274)
    # #000: 长安链 is a software platform, 北脑二号 and “通通” are products (README: systems and software are not orgs)
    ('zh26-prov-beijing', '深入实施基础研究领先行动和关键核心技术攻坚行动，长安链在国家战略中作用更加凸显，北脑二号填补国内脑机接口技术空白，全球首个通用人工智能体“通通”正式发布，备案上线大模型105款、稳居全国首位；',
     ''),
    # #001: a note; 省政府办公厅 is a level-qualified body (README: 省政府); the plan's title holds the province and the range (one
    # span, sharing the unit)
    ('zh26-prov-sichuan', '12.“智改数转”行动计划：2024年10月18日，省政府办公厅印发《四川省加快制造业智能化改造数字化转型行动计划（2024—2027年）》，提出围绕发展新质生产力加快制造业智能化改造数字化转型，到2027年全省规模以上工业企业实现数字化转型全覆盖。',
     'date:2024年10月18日 | org:省政府办公厅 | place:四川省 | date:2024—2027年 | date:2027年#2'),
    # #002: the metro lines and the link line are railway lines, not places; the tunnel is a road facility, the street it
    # is named after (银都路, a city street, as 大连东关街, h2) labelled, as 金凤 in 金凤隧道 (h9); 上海 inside the line's name; 北横通道 is a
    # road
    ('zh26-prov-shanghai', '增强投资关键作用，用好超长期特别国债，重大工程投资完成2383亿元、增长5.6%，建成机场联络线、17号线西延伸共67公里轨道交通线，全市线路总长近900公里，北横通道东段、银都路越江隧道等重要基础设施投入使用，20号线一期东段、上海示范区线东延伸等轨道交通线开工建设。',
     'place:银都路 | place:上海'),
    # #003: NEW h26: 鑫恩华 and 通广园, called 市场化平台 (market-run asset platforms), are companies, orgs as trading platforms run
    # as businesses (README), not platforms in the sense of projects and bases; the showcase cases are properties: the
    # store holds the org 京东, the address 泰安道5号 the street (the number left out, as 1400 Smith Street, h1), the service
    # centre the city, the building nothing; 中国建材水泥院 (the cement institute of China National Building Material) is named
    # as a body, an org; 5号 is a house number, no docno
    ('zh26-prov-tianjin', '注重善建善用善营，实施低效用地再开发等18项政策，鑫恩华、通广园等市场化平台加快发展，形成京东超级体验店、泰安道5号天津金融机构服务中心、中国建材水泥院、旺海国际大厦等典型示范案例，盘活土地2.26万亩、房产超过1000万平方米，实现收入593.6亿元。',
     'org:鑫恩华 | org:通广园 | org:京东 | place:泰安道 | place:天津 | org:中国建材水泥院'),
    # #004: the rocket, the shield machine and the production unit are products
    ('zh26-prov-shandong', '全球首列碳纤维地铁列车投入商运，12英寸碳化硅衬底、超大尺寸铌酸锂晶体全球首发，全球运力最强固体火箭“引力一号”点火升空，全球最大直径智能盾构机“山河号”投用，亚洲首艘圆筒型海上油气生产装置“海葵一号”交付运营，潍柴柴油机热效率第四次刷新世界纪录。',
     'place:亚洲 | org:潍柴'),
    # #005: the nuclear plants and their phases are facilities and projects, the places in their names labelled (h16
    # #010); 2号机组 is a unit number, no docno
    ('zh26-prov-shandong', '开工招远一期、石岛湾核电2号机组，争取获批海阳三期、莱阳一期等核电项目；',
     'place:招远 | place:石岛湾 | place:海阳 | place:莱阳'),
    # #006: 鱼卡二号井 is a mine shaft, a facility (#094 of the second draw): only 鱼卡; the refinery is named as the plant being
    # expanded (改扩建), a facility as 电厂 (NEW h18): only 格尔木; 盐湖 is generic
    ('zh26-prov-qinghai', '加强矿产资源绿色勘查、保护和合理开发，高效推进新一轮找矿突破战略行动，建立盐湖钾肥“常态化稳产、应急时增产”的灵活生产模式，勘探新增石油地质储量3000万吨、天然气200亿立方米，天然气产量稳定在60亿立方米以上，加快鱼卡二号井、格尔木炼油厂改扩建等项目，不断提升能源资源安全保障能力。',
     'place:鱼卡 | place:格尔木'),
    # #007: NEW h26: a document cited by its issuer, serial number and document word without its year (国务院16号文件) is a
    # docno taken whole as written, as ５９８号决议 (NEW h20) and the decree number with its issuer (NEW h14); 国务院 inside it is
    # not labelled again (flat); 西部大开发 is a programme, 东北 a bare compass word (README *Where the sets disagree* 2), 黄河流域 a
    # place (h5)
    ('zh26-prov-inner_mongolia', '政策落地成效明显，国务院16号文件加快实施，86个重大项目已开工74个，西部大开发、东北全面振兴、黄河流域生态保护和高质量发展等国家重大战略均得到有效落实。',
     'docno:国务院16号文件 | place:黄河流域'),
    # #008: a note; the conference is an event
    ('zh26-prov-sichuan', '27.五个“必须统筹好”：2024年12月，中央经济工作会议上，习近平总书记提出了五个“必须统筹好”，即必须统筹好有效市场和有为政府的关系、必须统筹好总供给和总需求的关系、必须统筹好培育新动能和更新旧动能的关系、必须统筹好做优增量和盘活存量的关系、必须统筹好提升质量和做大总量的关系。',
     'date:2024年12月 | person:习近平'),
    # #009: the airport is unnamed; the metro lines and the light railway (津滨, abbreviations) are not places
    ('zh26-prov-tianjin', '完善综合立体交通网络，加快实施机场三期改扩建工程，完成地铁4号线北段、7号线一期南段、Z4线一期北段建设和津滨轻轨提升改造，推进地上地下交通网络衔接顺畅、高效便捷。',
     ''),
    # #010: the place inside the satellite's name is labelled (as 三江源 in “三江源一号”, h10)
    ('zh26-prov-jilin', '“吉林一号”117颗卫星全球组网，发布全球首张高清年度一张图。',
     'place:吉林'),
    # #011: the high-tech zone and the “大零号湾” innovation district are named development areas, places taken whole (README)
    ('zh26-prov-shanghai', '深化张江高新区、“大零号湾”等创新载体建设，发展高质量孵化器，着力培育硬科技企业。',
     'place:张江高新区 | place:大零号湾'),
    # #012: the ordinal splits the name (README)
    ('zh26-prov-gansu', '——2025年1月20日在甘肃省第十四届人民代表大会第三次会议上',
     'date:2025年1月20日 | place:甘肃省 | org:人民代表大会'),
    ('zh26-prov-yunnan', '全省完成地区生产总值31534亿元、增长3.3%，规模以上工业增加值增长3.3%，第一、第三产业增加值分别增长2.5%、3.9%，社会消费品零售总额增长2.9%，地方一般公共预算收入增长2%，居民人均可支配收入增长5.3%，粮食总产量1993.5万吨、创历史新高。',
     ''),
    # #014: the metro lines are not places; the place a line is named after is (h20 #063); 嘉闵 is a string of abbreviations
    ('zh26-prov-shanghai', '加快建设崇明线、嘉闵线、12号线西延伸、15号线南延伸、20号线、21号线、23号线等轨道交通线，建成2号线西延伸、18号线二期等轨道交通线。',
     'place:崇明'),
    ('zh26-prov-guizhou', '——2025年1月19日在贵州省第十四届人民代表大会第三次会议上',
     'date:2025年1月19日 | place:贵州省 | org:人民代表大会'),
    # #016: 市长 is a title; the ordinal splits the name
    ('zh26-prov-shanghai', '----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告',
     'date:2025年1月15日 | person:龚正 | place:上海市 | org:人民代表大会'),
    # -- the rest of zh-docs (the Chinese half of the bilingual Constitution, the bond prospectus PDF, the Xinjiang
    # notice): all the pool holds (7), in the order of Random(27275)
    # #000: the Chinese half of the bilingual Constitution; 五年 is a duration
    ('zh26-const', '第六十条\u3000全国人民代表大会每届任期五年。',
     'org:全国人民代表大会'),
    # #001: the prospectus's title; spaced as pdftotext gives it, kept as written (README); 年度 with the year (NEW h10);
    # the company taken whole, the place inside not labelled again
    ('zh26-pdf', '盐城高新区投资集团有限公司 2023 年度第四期超短期融资券募集说明书',
     'org:盐城高新区投资集团有限公司 | date:2023 年度'),
    # #002: 地方各级人民代表大会 is generic
    ('zh26-const', '第九十八条\u3000地方各级人民代表大会每届任期五年。',
     ''),
    # #003: a line of the PDF, the sentence cut by the line break; readable, kept; 末 left out (NEW h24)
    ('zh26-pdf', '截至 2023 年 3 月末，发行人各类授信额度总额达 372.53 亿元，其中已使用',
     'date:2023 年 3 月'),
    # #004: 表 7-2 is a table number
    ('zh26-pdf', '表 7-2：截至 2023 年 3 月末发行人授信及使用情况',
     'date:2023 年 3 月'),
    # #005: NEW h26: the 法宝引证码 (CLI.12.1075244) is the legal database's citation code for the notice, not the number its
    # issuer gave it (the notice's docno is 新质监办发〔2012〕24号, dev): not a docno, as a reporter citation is not (h18 #070),
    # and no phone or id_number
    ('zh26-notice', '【法宝引证码】 CLI.12.1075244',
     ''),
    # #006: 以后 left out, as 前
    ('zh26-const', '一八四〇年以后，封建的中国逐渐变成半殖民地、半封建的国家。',
     'date:一八四〇年 | place:中国'),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout26", ITEMS, DRAWS, sample, ("zh26-gov-work-reports", "zh26-law-", "zh26-prov-", "zh26-const",
                                                     "zh26-pdf", "zh26-notice"))


if __name__ == "__main__":
    main()
