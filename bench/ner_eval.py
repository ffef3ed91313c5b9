"""Score the entity extractors on the labelled set in eval/ner: precision, recall and F1 per type.

Usage: python bench/ner_eval.py [--split holdout3|holdout2|holdout|test|dev|all (any eval/ner/*.jsonl), a held-out set's half:
holdout3-b …, or clean: every unread odd half pooled] [--errors]

``holdout`` is the set sampled by seed and labelled before it was ever scored (eval/ner/build_holdout.py);
``all`` is dev and test, the sets the rules were written against.

A predicted mention counts as correct only with the exact span and type of a labelled one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from dossier.entities.extract import extract

ROOT = Path(__file__).resolve().parents[1] / "eval" / "ner"
GROUPS = {"names (zh)": ("person", "org", "place"), "patterns": ("id_number", "phone", "email", "url", "docno", "date")}
#: The odd halves whose errors have never been read (eval/ner/README.md), pooled by ``--split clean``; less the
#: sentences a grep showed on 2026-12-06 and holdout31's texts that earlier sets hold too.
CLEAN_HALVES = range(7, 37)
NOT_CLEAN = frozenset({"enron10-lines-k165", "enron16-k061", "enron20-lines-k007", "enron31-k109", "enron31-lines-k169",
                       "enron31-lines-k171", "enron31-lines-k187", "enron31-lines-k193", "enron31-lines-k199"})


def _is_zh(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _rows(split: str) -> list[dict]:
    return [json.loads(line) for line in (ROOT / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]


def score(rows: list[dict], show_errors: bool = False) -> dict[str, dict[str, float]]:
    """Return {type or group: {tp, fp, fn, precision, recall, f1}} over the rows."""
    counts: dict[str, Counter] = {}
    for row in rows:
        gold = {(s["start"], s["end"], s["type"]) for s in row["spans"]}
        pred = {(m.start, m.end, m.type) for m in extract(row["text"])}
        lang = "zh" if _is_zh(row["text"]) else "en"
        for label, items in (("tp", gold & pred), ("fp", pred - gold), ("fn", gold - pred)):
            for start, end, kind in items:
                for key in (kind, f"{kind} ({lang})", "ALL"):
                    counts.setdefault(key, Counter())[label] += 1
                group = "patterns" if kind in GROUPS["patterns"] else f"names ({lang})"
                counts.setdefault(group, Counter())[label] += 1
                if show_errors and label != "tp":
                    print(f"{label} {kind:9} {row['text'][start:end]!r:40} {row['id']}", file=sys.stderr)
    result = {}
    for key, c in sorted(counts.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[key] = {"tp": c["tp"], "fp": c["fp"], "fn": c["fn"], "precision": round(p, 3), "recall": round(r, 3),
                       "f1": round(f, 3)}
    return result


def main() -> None:
    """Print the table for one split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = sorted(path.stem for path in ROOT.glob("*.jsonl"))
    halves = [f"{name}-{half}" for name in sets if name.startswith("holdout") for half in "ab"]
    parser.add_argument("--split", default="holdout3", choices=sets + halves + ["all", "clean"])
    parser.add_argument("--errors", action="store_true", help="List false positives and misses on stderr.")
    parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
    args = parser.parse_args()
    if args.split == "clean":
        rows = [row for n in CLEAN_HALVES for row in _rows(f"holdout{n}")[1::2] if row["id"] not in NOT_CLEAN]
    else:
        splits = ["dev", "test"] if args.split == "all" else [args.split]
        half = {"a": 0, "b": 1}.get(args.split[-1]) if args.split[-2:] in ("-a", "-b") else None
        if half is not None:
            splits = [args.split[:-2]]
        rows = [row for s in splits for row in _rows(s)]
        if half is not None:  # a: errors may be read to improve the rules; b: scored only
            rows = rows[half::2]
    result = score(rows, args.errors)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"split: {args.split} ({len(rows)} sentences)")
    print(f"{'type':20} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for key, m in result.items():
        print(f"{key:20} {m['tp'] + m['fn']:5d} {m['tp'] + m['fp']:5d} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")


if __name__ == "__main__":
    main()
