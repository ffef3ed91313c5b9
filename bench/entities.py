"""Entity extraction throughput (pages/s) and cross-reference time for 100,000 × 100,000 entities.

Extraction: ~600-character pages cut from real text (the national work reports, the 2012
Xinjiang notice, the Constitution's English half, Enron mail) run through
``dossier.entities.extract.extract`` — patterns, jieba with the Chinese rules, spaCy with the
English rules — in one process and in a pool of 2 processes (what ``dossier entities
--extract`` runs). The first call's dictionary and model loading is timed apart. The plain
tools it builds on run over the same pages in the same run for comparison: jieba's
part-of-speech tagger on the text and spaCy's ``en_core_web_sm`` on it, one process; the
ratio is dossier's pages/s over theirs.

Cross-reference: two collections of N entities each (default 100,000), generated from the
commonest Chinese surnames and given-name characters, their pinyin spellings, and office
names built from real division names and suffixes; a tenth of B repeats A's names exactly,
a tenth in the other script, a tenth with one character changed. ``xref`` runs on them
as ``dossier xref`` does (blocking, rapidfuzz), and the matches found per kind are counted.

    .venv/bin/python -m bench.entities [--pages 400] [--entities 100000] [--json OUT]
"""

from __future__ import annotations

import argparse
import email
import json
import multiprocessing
import random
import re
import time
from pathlib import Path

from dossier.entities import patterns
from dossier.entities.aliases import COMMON_SURNAMES
from dossier.entities.extract import extract
from dossier.entities.xref import Named, xref

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国海仑全智永志红梅文斌辉鹏飞宇晨浩然俊峰"


def pages(count: int, size: int = 600) -> list[str]:
    """Return `count` pages of real text, Chinese and English mixed about 3:1."""
    texts = []
    reports = (CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl")
    texts += [json.loads(line)["content"] for line in reports.read_text(encoding="utf-8").splitlines()]
    texts.append((CORPUS / "zh-docs/xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt")
                 .read_text(encoding="utf-8"))
    english = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml"))[:200]:
        message = email.message_from_bytes(path.read_bytes())
        body = message.get_payload(decode=True) if not message.is_multipart() else None
        if body:
            english.append(body.decode("latin-1"))
    english.append((CORPUS / "zh-docs/bilingual/constitution_prc_2018_zh_en_parallel.md").read_text(encoding="utf-8"))
    zh_stream, en_stream = "".join(texts), "\n".join(english)
    out = []
    for i in range(count):
        stream = en_stream if i % 4 == 3 else zh_stream
        start = (i * 7919 * size) % max(1, len(stream) - size)
        out.append(stream[start:start + size])
    return out


def _count(page: str) -> int:
    return len(extract(page))


def bench_extract(count: int) -> dict:
    """Return pages/s of extraction in one process and in two."""
    sample = pages(count)
    started = time.perf_counter()
    extract("陈全国在乌鲁木齐。Chen Quanguo in Urumqi.")
    warmup = time.perf_counter() - started
    started = time.perf_counter()
    mentions = sum(_count(p) for p in sample)
    one = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_count, sample[:4])
        started = time.perf_counter()
        pool.map(_count, sample, chunksize=8)
        two = time.perf_counter() - started
    plain = _plain_tools(sample)
    return {"pages": count, "chars_per_page": 600, "mentions": mentions, "load_seconds": round(warmup, 2),
            "pages_per_s_1_process": round(count / one, 1), "pages_per_s_2_processes": round(count / two, 1),
            "plain_jieba_spacy_pages_per_s": round(count / plain, 1), "ratio_1_process": round(plain / one, 2)}


def _plain_tools(sample: list[str]) -> float:
    """Return the seconds jieba's tagger plus spaCy's pipeline take over the pages, models loaded beforehand."""
    import jieba.posseg

    from dossier.entities.english import _model

    nlp = _model()
    list(jieba.posseg.cut(sample[0]))
    started = time.perf_counter()
    for page in sample:
        list(jieba.posseg.cut(page))
        if nlp is not None:
            nlp(page)
    return time.perf_counter() - started


def _han_name(rng: random.Random) -> str:
    surnames = sorted(s for s in COMMON_SURNAMES if len(s) == 1)
    return rng.choice(surnames[:150]) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def entities(n: int, seed: int = 1) -> tuple[list[Named], list[Named]]:
    """Return two lists of n entities: persons (Han and pinyin) and offices, with planted matches."""
    from dossier.entities.aliases import pinyin_key

    rng = random.Random(seed)
    places = sorted(set(patterns.divisions().values()))
    suffixes = ["公安局", "人民政府", "党委", "教育局", "司法局", "看守所", "派出所", "统战部", "宣传部", "人民法院"]

    def one(i: int, side: str) -> Named:
        kind = rng.random()
        if kind < 0.6:
            return Named(f"{side}{i}", "person", _han_name(rng))
        if kind < 0.8:
            py = pinyin_key(_han_name(rng)).split()
            return Named(f"{side}{i}", "person", " ".join(w.capitalize() for w in reversed(py)))
        return Named(f"{side}{i}", "org", rng.choice(places) + rng.choice(suffixes))

    a = [one(i, "a") for i in range(n)]
    b = [one(i, "b") for i in range(n)]
    for i in range(0, n // 10):       # exact repeats
        b[i] = Named(f"b{i}", a[i].type, a[i].name)
    for i in range(n // 10, n // 5):  # other script
        if a[i].type == "person" and not a[i].name.isascii():
            py = pinyin_key(a[i].name).split()
            b[i] = Named(f"b{i}", "person", " ".join(w.capitalize() for w in py))
    for i in range(n // 5, 3 * n // 10):  # one character changed in offices
        if a[i].type == "org":
            b[i] = Named(f"b{i}", "org", a[i].name[:-1] + "处")
    return a, b


def bench_xref(n: int) -> dict:
    """Return the time xref takes on two generated collections of n entities and the matches it found."""
    a, b = entities(n)
    started = time.perf_counter()
    found = xref(a, b)
    seconds = time.perf_counter() - started
    kinds: dict[str, int] = {}
    for match in found:
        kinds[match.how] = kinds.get(match.how, 0) + 1
    return {"entities_each": n, "seconds": round(seconds, 1), "matches": len(found), "by_kind": kinds}


def main() -> None:
    """Run both measurements and print (or write) the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = {"extract": bench_extract(args.pages), "xref": bench_xref(args.entities)}
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
