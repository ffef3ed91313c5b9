"""Script and language of a page, from the characters it holds.

Leaks mix Chinese, Uyghur (Arabic script) and English. Script counts decide between them
reliably without a model: Han characters mean Chinese (simplified or traditional, told
apart by characters that exist in only one form), Arabic-script text with the letters
Uyghur uses and Arabic or Persian do not (ې ۆ ۈ ڭ ھ) means Uyghur, Latin script is
reported as Latin with English assumed only when common English words appear.
"""

from __future__ import annotations

import re
import unicodedata

# Characters frequent in one Chinese script and absent from the other.
_SIMPLIFIED = set("这个们来时国说对会发经过还进动实现问产务关开内间样学应点种员机两制变么长东书区众农报设战热导传记论组专华")
_TRADITIONAL = set("這個們來時國說對會發經過還進動實現問產務關開內間樣學應點種員機兩制變麼長東書區眾農報設戰熱導傳記論組專華")
_UYGHUR_LETTERS = set("ېۆۈڭھۇۋە")  # not ئ (hamza on yeh): Arabic and Persian use it too
_ENGLISH_WORDS = re.compile(r"\b(the|and|of|to|in|is|for|that|with|on)\b", re.IGNORECASE)


def script_counts(text: str) -> dict[str, int]:
    """Count letters per script: Han, Arab, Latn, other."""
    counts = {"Han": 0, "Arab": 0, "Latn": 0, "other": 0}
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F:
            counts["Han"] += 1
        elif 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFEFF:
            counts["Arab"] += 1
        elif unicodedata.name(char, "").startswith("LATIN"):
            counts["Latn"] += 1
        else:
            counts["other"] += 1
    return counts


def detect(text: str) -> tuple[str | None, str | None]:
    """Return (language, script) of a text's dominant script; (None, None) for no letters."""
    counts = script_counts(text)
    top = max(counts, key=lambda k: counts[k])
    if counts[top] == 0:
        return None, None
    if top == "Han":
        simplified = sum(1 for c in text if c in _SIMPLIFIED and c not in _TRADITIONAL)
        traditional = sum(1 for c in text if c in _TRADITIONAL and c not in _SIMPLIFIED)
        return "zh", "Hant" if traditional > simplified else "Hans"
    if top == "Arab":
        return ("ug" if any(c in _UYGHUR_LETTERS for c in text) else None), "Arab"
    if top == "Latn":
        return ("en" if len(_ENGLISH_WORDS.findall(text)) >= 2 else None), "Latn"
    return None, None
