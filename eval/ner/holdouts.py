"""The command line every held-out set's build script shares: check the draw, print it, or write the set.

Each ``build_holdout*.py`` keeps its own reading and sampling code (copied on purpose, so that
editing one can never change a sample already drawn and labelled); only this part, which
reads nothing from the corpus, is common.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from build import spans

HERE = Path(__file__).resolve().parent

Item = tuple[str, str, str]  # (source, text, annotations)
Draw = tuple[Callable[[], list[tuple[str, str]]], int, int]  # (candidates, seed, n)


def main(name: str, items: list[Item], draws: list[Draw], sample: Callable[[], list[list[tuple[str, str]]]],
         groups: tuple[str, ...], id_letter: str = "k") -> None:
    """Run ``--check``, ``--sample`` or (with no flag) write eval/ner/NAME.jsonl and print its counts.

    :param groups: source names, or prefixes ending in '-', to count the sentences of
    :param id_letter: the letter between source and number in each row's id (h for the first set)
    """
    if "--check" in sys.argv:  # every item's text is a drawn candidate of its source's draw
        drawn = {(source, text) for draw in sample() for source, text in draw}
        missing = [text for source, text, _ in items if (source, text) not in drawn]
        dupes = [text for text, k in Counter(text for _, text, _ in items).items() if k > 1]
        print("ITEMS all drawn" if not missing else f"not drawn: {missing}")
        print("no duplicates" if not dupes else f"duplicates: {dupes}")
        return
    if "--sample" in sys.argv:
        for (candidates, seed, n), drawn in zip(draws, sample()):
            print(f"## {candidates.__name__} seed={seed} n={n}")
            for i, (source, text) in enumerate(drawn):
                print(("" if i < n else "extra ") + f"{i:03d}\t{source}\t{text}")
        return
    rows, types, per_source = [], Counter(), Counter()
    for i, (source, text, labels) in enumerate(items):
        found = spans(text, labels)
        rows.append({"id": f"{source}-{id_letter}{i:03d}", "source": source, "text": text, "spans": found})
        types.update(s["type"] for s in found)
        per_source[source] += 1
    (HERE / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                        encoding="utf-8")
    print(name, len(rows), "sentences", sum(types.values()), "entities")
    print("per source:", dict(per_source))
    print("per group:", {g: sum(n for s, n in per_source.items() if s == g or g.endswith("-") and s.startswith(g))
                         for g in groups})
    print("per type:", dict(sorted(types.items())))
