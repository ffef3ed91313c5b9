"""How far a second, blind labelling of the held-out odd halves is from the gold, beside the extractor.

Usage: python bench/ner_agreement.py

eval/ner/second/ holds a second labeller's spans for holdout7-b … holdout18-b (names for the name
sets, patterns for the pattern sets) and for the patterns of holdout30-b … holdout34-b
(patterns-odd-halves-2.jsonl), labelled from the text and eval/ner/README.md alone. The agreement
of two labellers bounds what a score against one labelling can mean.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from dossier.entities.extract import extract

ROOT = Path(__file__).resolve().parents[1] / "eval" / "ner"
SECOND = {"names": ("person", "org", "place"), "patterns": ("date", "phone", "email", "url", "docno", "id_number")}


def _f1(c: Counter) -> float:
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


def main() -> None:
    """Print F1 of the second labeller and of the extractor against the gold, per kind and type."""
    gold = {}
    for path in ROOT.glob("holdout*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            gold[row["id"]] = row
    for path in sorted((ROOT / "second").glob("*-odd-halves*.jsonl")):
        kind = path.name.split("-")[0]
        types = SECOND[kind]
        second, extractor = {}, {}
        for row in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()):
            text = gold[row["id"]]["text"]
            g = {(s["start"], s["end"], s["type"]) for s in gold[row["id"]]["spans"] if s["type"] in types}
            for counts, other in ((second, {(s["start"], s["end"], s["type"]) for s in row["spans"]}),
                                  (extractor, {(m.start, m.end, m.type) for m in extract(text) if m.type in types})):
                for key in ("all",) + types:
                    def pick(spans: set) -> set:
                        return {s for s in spans if key == "all" or s[2] == key}
                    c = counts.setdefault(key, Counter())
                    c["tp"] += len(pick(g & other))
                    c["fp"] += len(pick(other - g))
                    c["fn"] += len(pick(g - other))
        print(f"{path.name}: F1 against the gold")
        for key in ("all",) + types:
            c = second[key]
            if c["tp"] + c["fn"]:
                print(f"  {key:10} gold {c['tp'] + c['fn']:4d}   second labeller {_f1(c):.3f}   extractor {_f1(extractor[key]):.3f}")


if __name__ == "__main__":
    main()
