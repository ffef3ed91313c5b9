"""Snippets: a window of a page's original text with the characters that matched marked.

The index holds folded terms; the reader must see the page as extracted. Matches are
found again in the original text: a dense substring by accepting, for each query
character, every original character that folds to it (陈 or 陳, ３ or 3), skipping
anything that is not a dense character in between (line breaks, punctuation, Latin
words), and a
word by folding each word of the page the way the index did. Offsets are therefore
offsets into the stored page text, whatever folding happened.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from . import analysis
from .query import Match

WINDOW = 180  # characters of context shown
BEFORE = 50  # of which before the first match
MAX_SPANS = 200

_LETTERS = f"[^\\W\\d_{analysis._ORIGINAL_DENSE[3:]}]"
_COMBINING = "\u0300-\u036f\u064b-\u065f\u0670\u0640"
WORD_IN_TEXT = re.compile(f"{_LETTERS}+(?:[{_COMBINING}'’ʼ]+{_LETTERS}+)*[{_COMBINING}]*")


@dataclass
class Snippet:
    """Context around the first match: text and (start, end) spans to highlight within it."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    start: int = 0  # offset of the snippet in the page text

    def marked(self, left: str = "«", right: str = "»") -> str:
        """Return the snippet with each highlighted span wrapped in markers."""
        out, last = [], 0
        for start, end in self.spans:
            out += [self.text[last:start], left, self.text[start:end], right]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def find_spans(text: str, matches: list[Match]) -> list[tuple[int, int]]:
    """Return sorted, merged (start, end) offsets in text of everything the matches matched."""
    spans: list[tuple[int, int]] = []
    for match in matches:
        for dense in match.dense:
            spans.extend(_dense_spans(text, dense))
    word_matches = [m for m in matches if m.words]
    if word_matches:
        for found in WORD_IN_TEXT.finditer(text):
            exact, stems = analysis.word_keys(found.group())
            if any(_word_hit(m, exact, stems) for m in word_matches):
                spans.append(found.span())
                if len(spans) >= 2 * MAX_SPANS:
                    break
    return _merge(spans)


def _word_hit(match: Match, exact: list[str], stems: list[str]) -> bool:
    if match.prefix is not None:
        return any(w.startswith(match.prefix) for w in exact)
    if match.fuzzy is not None:
        word, distance = match.fuzzy
        return any(_within(w, word, distance) for w in exact)
    return any(s in match.stems for s in stems)


def _within(a: str, b: str, limit: int) -> bool:
    """Return True when a and b are at most ``limit`` edits apart (a transposition counts one)."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1] <= limit


def _dense_spans(text: str, dense: str) -> list[tuple[int, int]]:
    """Return where a folded dense string occurs in original text, skipping what is not dense between."""
    first, rest = _first_pattern(dense[0]), [analysis.variants(c) for c in dense[1:]]
    found: list[tuple[int, int]] = []
    next_dense = analysis.ORIGINAL_DENSE_RE.search
    for candidate in first.finditer(text):
        end = candidate.end()
        for wanted in rest:
            step = next_dense(text, end)
            if step is None or text[step.start()] not in wanted:
                break
            end = step.end()
        else:
            found.append((candidate.start(), end))
            if len(found) >= MAX_SPANS:
                break
    return found


@functools.lru_cache(maxsize=4096)
def _first_pattern(char: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(analysis.variants(char))}]")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, matches: list[Match], window: int = WINDOW) -> Snippet:
    """Return the snippet of a page for a query: around its first match, or its start without one."""
    spans = find_spans(text, matches)
    first = spans[0][0] if spans else 0
    start = max(0, first - BEFORE)
    end = min(len(text), start + window)
    if spans and spans[0][1] > end:  # a long match (a phrase across a table) is shown whole
        end = spans[0][1]
    shown = [(max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start]
    # Line breaks become spaces one for one, so offsets stay valid.
    body = re.sub(r"\s", " ", text[start:end])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return Snippet(prefix + body + suffix, [(s + len(prefix), e + len(prefix)) for s, e in shown], start)
