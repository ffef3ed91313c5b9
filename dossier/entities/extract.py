"""Every entity mention of a page: patterns, Chinese and English names, and user aliases, without overlaps.

Chinese names come from rules over jieba (``chinese``), English names from spaCy's model and
rules (``english``), numbers, dates and addresses from ``patterns``. Where two mentions
overlap, the longer one wins, then the more precise extractor.
"""

from __future__ import annotations

import re

from . import patterns
from .chinese import extract_zh
from .english import extract_en
from .types import ORG, PERSON, PLACE, Mention

#: Changes whenever extraction results would change; documents read by another version are read again.
EXTRACTOR_VERSION = "entities 5"


def _simplified_view(text: str) -> str:
    """Return the text with traditional characters folded to simplified, one for one (jieba knows simplified)."""
    from ..index.analysis import fold

    out = []
    for char in text:
        if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            folded = fold(char)
            out.append(folded if len(folded) == 1 else char)
        else:
            out.append(char)
    return "".join(out)


_CODE = re.compile(r"[A-Z0-9]*\d{4}[A-Z0-9]*|[A-Z]{1,3}")
_HAN = re.compile(r"[\u3400-\u9fff]")
#: Han words a Latin abbreviation qualifies as a kind of thing: CA证书, IC卡, U盘, 4A级.
_QUALIFIED = re.compile(r"证书|认证|(?:卡|盘|锁|类|级|型|版|端|屏)(?![\u4e00-\u9fff])")


def _code_in_han_text(text: str, mention: Mention) -> bool:
    """Return True for a Latin 'name' that is a code of Chinese text: a project number (LNZC20190703003) or a
    letter abbreviation glued to the Han word it qualifies (CA证书, IC卡)."""
    if not _CODE.fullmatch(mention.text):
        return False
    return bool(_HAN.search(text, max(0, mention.start - 20), mention.end + 20)) and (
        any(c.isdigit() for c in mention.text) or bool(_QUALIFIED.match(text, mention.end)))


def extract(text: str, extra_names: dict[str, str] | None = None) -> list[Mention]:
    """Return every entity mention of one page, without overlaps.

    :param extra_names: user alias names to find as written, {name: type}
    """
    found = patterns.find_patterns(text)
    names = extract_zh(_simplified_view(text)) + [m for m in extract_en(text) if not _code_in_han_text(text, m)]
    for mention in names:
        mention.text = text[mention.start:mention.end]
    for name, kind in (extra_names or {}).items():
        for match in re.finditer(re.escape(name), text):
            names.append(Mention(kind, name, match.start(), match.end(), "aliases"))
    taken = [(m.start, m.end) for m in found]
    rank = {"aliases": 0, "rules": 1, "jieba": 2, "gazetteer": 3, "rules-en": 1}
    type_rank = {ORG: 0, PERSON: 1, PLACE: 2}
    for mention in sorted(names, key=lambda m: (-(m.end - m.start), rank.get(m.extractor, 5), type_rank[m.type], m.start)):
        if any(mention.start < end and start < mention.end for start, end in taken):
            continue
        found.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(found, key=lambda m: (m.start, m.end))
