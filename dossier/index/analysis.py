"""Text analysis for search: the one place where page text and query text become index terms.

The same functions run at index time and at query time, so whatever folding happens to a
page happens to a query too. The steps, in order:

1. Unicode NFKC, character by character: full-width letters and digits become ASCII
   (Ｈ３ → H3), compatibility ideographs and Arabic presentation forms their base characters.
2. Lower-casing.
3. One character table (``CHARMAP``) that folds:
   * traditional and variant Chinese characters to one representative of their class
     (陳 → 陈, 乾/幹 → 干). The classes are the connected groups of OpenCC's character
     tables (STCharacters, TSCharacters, TW/HK/JP variants, from the
     ``opencc-python-reimplemented`` wheel, read offline). Folding per character, not
     per phrase, is deliberate: a phrase converter may turn 乾燥 into 干燥 but leave a lone
     乾 alone, so a substring of a page would fold differently from the page itself.
     With a per-character fold every substring of a page folds to a substring of the
     folded page, which is what makes phrase recall complete;
   * Arabic-Indic digits to ASCII digits, Latin letters with accents to their base letter;
   * Uyghur Arabic-script letters (UEY) to their Uyghur Latin (ULY) spelling without
     diacritics (ئۈرۈمچى → urumchi), so a ULY query finds Arabic-script text and back;
   * removes tatweel, Arabic vowel marks, combining accents, zero-width characters and
     apostrophes (ULY n'g, English don't).
4. Splitting into two streams:
   * **dense** characters (Han, kana, Hangul, digits) are joined into one string per page,
     ignoring everything between them (spaces, line breaks, punctuation, Latin words), and
     indexed as overlapping character bigrams plus the last character alone. A phrase of
     2+ dense characters is a phrase of bigrams, so every substring of two or more
     characters is found, across line breaks and punctuation. A single character is a
     prefix query over the bigrams (every occurrence starts a bigram, or ends the page).
   * **words** (runs of other letters: Latin, ULY, Cyrillic, ...) are indexed twice:
     exact (for ``*`` prefix and ``~`` fuzzy queries) and stemmed with the English Snowball
     stemmer (reports, reporting → report).

jieba does not run at index time: it reads about 230 pages of 600 characters a second
(measured on this corpus), twenty times slower than the index goal of 5,000 pages/s. It
segments queries instead (``segment``): an unquoted run of Chinese longer than four
characters is split into jieba words, each searched as a substring, all required, so
words need not be adjacent; a quoted phrase is always exact. The archive's user
dictionary (``ARCHIVE/index/userdict.txt``) keeps names and slogans whole.
"""

from __future__ import annotations

import functools
import re
from array import array
import threading
import unicodedata
from pathlib import Path
from typing import Iterator

import Stemmer

#: Changes whenever index terms or the index schema would change; an index built with another version must be
#: rebuilt. 2: page numbers are indexed (the entity: filter restricts to the pages that mention an entity).
ANALYSIS_VERSION = 2

#: Longest word indexed; longer runs of letters are encoded data, not words.
MAX_WORD = 64

# The official Uyghur Latin alphabet (Uyghur Latin Yéziqi, ULY, 2000) and the Uyghur
# Arabic-script letters (Uyghur Ereb Yéziqi, UEY) it spells, in alphabet order.
ULY_UEY: tuple[tuple[str, str], ...] = (
    ("a", "ا"), ("e", "ە"), ("b", "ب"), ("p", "پ"), ("t", "ت"), ("j", "ج"), ("ch", "چ"), ("x", "خ"),
    ("d", "د"), ("r", "ر"), ("z", "ز"), ("zh", "ژ"), ("s", "س"), ("sh", "ش"), ("gh", "غ"), ("f", "ف"),
    ("q", "ق"), ("k", "ك"), ("g", "گ"), ("ng", "ڭ"), ("l", "ل"), ("m", "م"), ("n", "ن"), ("h", "ھ"),
    ("o", "و"), ("u", "ۇ"), ("ö", "ۆ"), ("ü", "ۈ"), ("w", "ۋ"), ("é", "ې"), ("i", "ى"), ("y", "ي"),
)
ULY_VOWELS = frozenset("aeéiouöü")
HAMZA = "ئ"  # carries a vowel at the start of a syllable; ULY writes nothing (or ' inside a word)

# Letters that Uyghur text also uses for the same sounds: Arabic heh for ە (legacy fonts
# encoded ە as heh presentation forms), Persian/Arabic kaf and yeh, alef variants.
_UEY_VARIANTS = {"ه": "e", "ة": "e", "ک": "k", "ی": "y", "ې": "e", "أ": "a", "إ": "a", "آ": "a", "ٱ": "a",
                 "ؤ": "u", "ء": ""}

# Dense characters (after folding): digits and the scripts written without spaces.
_DENSE_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
DENSE_RE = re.compile(f"[0-9{_DENSE_RANGES}]+")
WORD_RE = re.compile(f"[^\\W\\d_{_DENSE_RANGES}]+")
# In original (unfolded) text: characters that may fold to a dense character. Everything
# else is transparent between two dense characters of a phrase.
_ORIGINAL_DENSE = f"0-9\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u2e80-\u2fdf{_DENSE_RANGES}\U0002f800-\U0002fa1f"

_DELETE = ("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659"
           "\u065a\u065b\u065c\u065d\u065e\u065f\u0670\u00ad\u200b\u200c\u200d\u2060\ufeff'’ʼ`´")


def _opencc_classes() -> dict[str, str]:
    """Return {character: representative} for OpenCC's simplified/traditional/variant classes."""
    import opencc  # opencc-python-reimplemented: its dictionaries are plain text inside the wheel

    folder = Path(opencc.__file__).with_name("dictionary")
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    simplified: set[str] = set()
    targets: set[str] = set()  # what OpenCC's traditional-to-simplified conversion writes
    standard: set[str] = set()
    chinese: set[str] = set()  # characters of the Chinese tables (every file but JPVariants, which comes last)
    for name in ("STCharacters.txt", "TSCharacters.txt", "TWVariants.txt", "TWVariantsRev.txt",
                 "HKVariants.txt", "HKVariantsRev.txt", "JPVariants.txt"):
        path = folder / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            if len(key) != 1:
                continue
            if name == "STCharacters.txt":
                simplified.add(key)
            elif name == "TSCharacters.txt" and values.split():
                targets.add(values.split()[0])
            if not name.endswith("Rev.txt"):
                standard.add(key)
            for value in values.split():
                if len(value) == 1:
                    a, b = find(key), find(value)
                    # A Japanese form joins a class but never joins two Chinese ones: JPVariants maps
                    # 聯 to 連, which would fold 联 (unite) and 连 (connect, 大连) together.
                    if a != b and not (name == "JPVariants.txt" and key in chinese and value in chinese):
                        parent[b] = a
                    if name != "JPVariants.txt":
                        chinese.update((key, value))
    members: dict[str, list[str]] = {}
    for char in set(parent) | set(parent.values()):
        members.setdefault(find(char), []).append(char)
    fold: dict[str, str] = {}
    for group in members.values():
        # The representative is the simplified character where the class has one, else
        # OpenCC's standard form (收, not the Japanese 収), so that folded text reads as
        # ordinary simplified Chinese and jieba's dictionary applies to it.
        rep = min(group, key=lambda c: (c not in targets, c not in simplified, c not in standard, c))
        for char in group:
            if char != rep:
                fold[char] = rep
    return fold


def _build_charmap() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _DELETE}
    for char, rep in _opencc_classes().items():
        table[ord(char)] = rep
    for base in (0x0660, 0x06F0):
        for i in range(10):
            table[base + i] = str(i)
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
            table[code] = decomposed[0].lower()
    table[ord("ß")] = "ss"
    for code in range(0x0300, 0x0370):  # combining accents left over after NFKC
        table[code] = None
    for latin, arabic in ULY_UEY:
        table[ord(arabic)] = unicodedata.normalize("NFD", latin)[0] if len(latin) == 1 else latin
    for arabic, latin in _UEY_VARIANTS.items():
        table[ord(arabic)] = latin
    table[ord(HAMZA)] = ""
    return table


CHARMAP = _build_charmap()
STEMMER = Stemmer.Stemmer("english")
_STEM_LOCK = threading.Lock()  # a PyStemmer object is not safe to share between threads


class _Folder(dict):  # type: ignore[type-arg]
    """str.translate table computing each character's fold on first sight: NFKC, lower case, CHARMAP.

    Per character, so that folding a page is one pass of str.translate in C (a whole-string
    NFKC costs more than the rest of the analysis together). It differs from whole-string
    NFKC only for sequences NFKC would compose; their combining marks are removed anyway.
    """

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(code)).lower().translate(CHARMAP)
        self[code] = folded
        return folded


_FOLD = _Folder()

def fold(text: str) -> str:
    """Return text as the index sees it: NFKC, lower case, CHARMAP applied."""
    return text.translate(_FOLD)


def stem(words: list[str]) -> list[str]:
    """Return the English Snowball stems of folded words."""
    with _STEM_LOCK:
        return STEMMER.stemWords(words)


def bigrams(dense: str) -> list[str]:
    """Return the overlapping bigrams of a dense string plus its last character alone."""
    if not dense:
        return []
    grams = [dense[i:i + 2] for i in range(len(dense) - 1)]
    grams.append(dense[-1])
    return grams


def bigram_text(dense: str) -> str:
    """Return ``" ".join(bigrams(dense))``, built in C: 陈全国 → "陈全 全国 国".

    Through 32-bit code points and three slice assignments instead of a Python loop over
    the characters: this is the hot path of indexing.
    """
    if len(dense) < 2:
        return dense
    codes = array("I", dense.encode("utf-32-le"))
    n = len(codes) - 1
    out = array("I", bytes(12 * n))
    out[0::3] = codes[:-1]
    out[1::3] = codes[1:]
    out[2::3] = _SPACES[:n] if n <= len(_SPACES) else array("I", [32]) * n
    return out.tobytes().decode("utf-32-le") + dense[-1]


_SPACES = array("I", [32]) * 4096


def index_terms(text: str) -> tuple[str, str, str]:
    """Return a page's (bigrams, exact words, stemmed words), each space-separated."""
    folded = text.translate(_FOLD)
    dense = "".join(DENSE_RE.findall(folded))
    words = [w for w in WORD_RE.findall(folded) if len(w) <= MAX_WORD]
    return bigram_text(dense), " ".join(words), " ".join(stem(words))


def query_terms(text: str) -> tuple[str, list[str], list[str]]:
    """Return a query term's (dense string, exact words, stemmed words)."""
    folded = fold(text)
    dense = "".join(DENSE_RE.findall(folded))
    words = [w for w in WORD_RE.findall(folded) if len(w) <= MAX_WORD]
    return dense, words, stem(words)


def word_keys(word: str) -> tuple[list[str], list[str]]:
    """Return the (exact, stemmed) index words of one word of original text."""
    return _word_keys(word)


@functools.lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[list[str], list[str]]:
    words = [w for w in WORD_RE.findall(fold(word)) if len(w) <= MAX_WORD]
    return words, stem(words)


# -- Uyghur scripts ------------------------------------------------------------------

_UEY_TO_ULY = {arabic: latin for latin, arabic in ULY_UEY}
_UEY_PUNCTUATION = {"،": ",", "؟": "?", "؛": ";"}
_ULY_PUNCTUATION = {latin: arabic for arabic, latin in _UEY_PUNCTUATION.items()}
_ULY_TO_UEY = {latin: arabic for latin, arabic in ULY_UEY}


def uey_to_uly(text: str) -> str:
    """Return Uyghur Arabic-script text in Uyghur Latin script (with ö ü é and ' where ULY writes them)."""
    text = unicodedata.normalize("NFKC", text).translate({ord(c): None for c in _DELETE[:21]})
    out: list[str] = []
    for i, char in enumerate(text):
        if char == HAMZA:
            prev = out[-1][-1:] if out else ""
            # A hamza opening a word is silent; inside a word it separates two vowels.
            if prev.isalpha() and prev.lower() in ULY_VOWELS:
                out.append("'")
            continue
        latin = _UEY_TO_ULY.get(char)
        if latin is None:
            out.append(_UEY_PUNCTUATION.get(char, char))
            continue
        prev = out[-1][-1:] if out else ""
        # ULY separates letters that would read as a digraph: n'g, s'h, g'h, z'h, c'h.
        if prev and (prev + latin[0]) in ("ng", "sh", "gh", "zh", "ch") and _UEY_TO_ULY.get(text[i - 1]) == prev:
            out.append("'")
        out.append(latin)
    return "".join(out)


def uly_to_uey(text: str) -> str:
    """Return Uyghur Latin-script (ULY) text in Arabic script."""
    out: list[str] = []
    lower = text.lower()
    i, prev_letter = 0, ""
    while i < len(lower):
        pair = lower[i:i + 2]
        if pair in _ULY_TO_UEY and len(pair) == 2:
            latin = pair
        elif lower[i] in _ULY_TO_UEY:
            latin = lower[i]
        elif lower[i] in "'’":
            i += 1
            prev_letter = "'" if prev_letter else ""
            continue
        else:
            out.append(_ULY_PUNCTUATION.get(text[i], text[i]))
            prev_letter = ""
            i += 1
            continue
        # A vowel starting a word, or following a vowel or an apostrophe, is carried by hamza.
        if latin in ULY_VOWELS and (not prev_letter or prev_letter in ULY_VOWELS or prev_letter == "'"):
            out.append(HAMZA)
        out.append(_ULY_TO_UEY[latin])
        prev_letter = latin
        i += len(latin)
    return "".join(out)


# -- jieba, for queries ----------------------------------------------------------------

_JIEBA: dict[str, object] = {}
_JIEBA_LOCK = threading.Lock()


def segment(dense: str, userdict: Path | None = None) -> list[str]:
    """Split a folded run of Chinese into jieba words; single characters join their neighbour."""
    tokenizer = _jieba(userdict)
    words = [w for w in tokenizer.cut(dense, HMM=False) if w]  # type: ignore[attr-defined]
    merged: list[str] = []
    for word in words:
        if len(word) == 1 and merged:
            merged[-1] += word
        elif merged and len(merged[-1]) == 1:
            merged[-1] += word
        else:
            merged.append(word)
    return merged


def _jieba(userdict: Path | None) -> object:
    key = str(userdict or "")
    stamp = f"{key}:{userdict.stat().st_mtime_ns}" if userdict and userdict.is_file() else key
    with _JIEBA_LOCK:
        if _JIEBA.get("stamp") != stamp:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()  # jieba's own dictionary, shipped in the wheel
            if userdict is not None:
                tokenizer.tmp_dir = str(userdict.parent)  # its parse cache lives in the archive
            for word, freq in read_userdict(userdict):
                tokenizer.add_word(word, freq)
                if freq is None:
                    tokenizer.suggest_freq(word, tune=True)  # high enough to stay whole
            _JIEBA.update(stamp=stamp, tokenizer=tokenizer)
        return _JIEBA["tokenizer"]


def read_userdict(path: Path | None) -> Iterator[tuple[str, int | None]]:
    """Yield (folded word, frequency or None) from a jieba-format user dictionary."""
    if path is None or not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        yield "".join(DENSE_RE.findall(fold(parts[0]))) or fold(parts[0]), freq


# -- highlighting support --------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _originals() -> dict[str, str]:
    """Return {folded dense character: every original character that folds to it}."""
    inverse: dict[str, list[str]] = {}
    # Characters that fold are those CHARMAP names plus those NFKC changes: full-width
    # digits, compatibility ideographs and radicals.
    candidates = [chr(c) for c in CHARMAP]
    for start, stop in ((0xFF10, 0xFF1A), (0x2E80, 0x2FE0), (0xF900, 0xFB00), (0x2F800, 0x2FA20)):
        candidates.extend(chr(c) for c in range(start, stop))
    for char in candidates:
        folded = fold(char)
        if len(folded) == 1 and folded != char and DENSE_RE.fullmatch(folded):
            inverse.setdefault(folded, []).append(char)
    return {k: "".join(v) for k, v in inverse.items()}


#: One character of original text that may fold to a dense character.
ORIGINAL_DENSE_RE = re.compile(f"[{_ORIGINAL_DENSE}]")


def variants(char: str) -> str:
    """Return a folded dense character and every original character that folds to it."""
    return char + _originals().get(char, "")
