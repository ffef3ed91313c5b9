"""The same Uyghur name in Chinese characters, Latin and Arabic script: a key of its sounds.

Xinjiang documents write a Uyghur's name three ways: in Chinese transliteration with a middle
dot (伊力哈木·土赫提), in Latin (Ilham Tohti) and in the Uyghur Arabic script (ئىلھام توختى).
Pinyin cannot link them: 伊力哈木 reads yi li ha mu. Instead each part of the name is reduced
to its consonants, in classes wide enough to absorb how Chinese transliteration hears Uyghur
(h and q written 合 or 克, r and l both 尔/力, sh and s both 什/斯/逊): yilihamu and Ilham both
become R K N, tuheti and Tohti T K T. The parts of a name are sorted, as ``pinyin_key`` sorts
surname and given name, and the key is marked with ``~`` so it never equals a pinyin key.

Arabic script is read into Uyghur Latin with ``umsc`` (Osman Tursun's script converter);
Chinese characters with pypinyin. Only names of two or more parts get a key: one part
(Aynur, 阿依努尔) is too short to tell people apart. The classes are coarse on purpose, so a
key is a candidate, not proof: ``EntityStore.link_scripts`` links a Latin or Arabic name only
to the one Han name with its key, and ``xref`` scores such a match below pinyin's.
"""

from __future__ import annotations

import functools
import re

from pypinyin import Style, lazy_pinyin

_ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_DOTS = re.compile(r"\s*[·•・.．‧]\s*")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Latin letters and pairs to consonant classes; vowels, y, w and v (which transliteration drops) map to nothing.
_DIGRAPHS = {"sh": "S", "ch": "C", "zh": "C", "gh": "K", "kh": "K", "ng": "N"}
_LETTERS = {**dict.fromkeys("kqgxh", "K"), **dict.fromkeys("bpf", "P"), **dict.fromkeys("dt", "T"),
            **dict.fromkeys("sz", "S"), **dict.fromkeys("cj", "C"), **dict.fromkeys("lr", "R"),
            **dict.fromkeys("mn", "N")}
#: Pinyin initials as Uyghur hears them: x (吐尔逊 tursun) and zh (扎克尔 zakir) are s, j and q are ch.
_PINYIN_INITIALS = {"zh": "S", "ch": "C", "sh": "S", "j": "C", "q": "C", "x": "S", "z": "S", "c": "S"}


@functools.cache
def _arabic_to_latin():
    from umsc import UgMultiScriptConverter

    return UgMultiScriptConverter("UAS", "ULS")


def _classes(latin: str) -> str:
    """Return the consonant classes of a Latin word, repeats collapsed: mehmut → NKNT."""
    out, i = [], 0
    latin = latin.lower()
    while i < len(latin):
        pair = latin[i:i + 2]
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        if latin[i] in _LETTERS:
            out.append(_LETTERS[latin[i]])
        i += 1
    return "".join(c for k, c in enumerate(out) if k == 0 or out[k - 1] != c)


def _pinyin_classes(han: str) -> str:
    """Return the consonant classes of a transliterated Han word, syllable by syllable: 伊力哈木 → RKN."""
    latin = []
    for syllable in lazy_pinyin(han, style=Style.NORMAL):
        if syllable == "er":
            latin.append("r")  # 尔: the r of 努尔 nur
            continue
        initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
        mapped = _PINYIN_INITIALS.get(initial)
        latin.append(("sh" if mapped == "S" else "ch" if mapped == "C" else "") + syllable[len(initial):]
                     if mapped else syllable)
    return _classes("".join(latin))


def parts(name: str) -> list[str]:
    """Return the parts of a name as written: 伊力哈木·土赫提 → ['伊力哈木', '土赫提']."""
    if _HAN.search(name):
        return [p for p in _DOTS.split(name.strip()) if p]
    return [p for p in re.split(r"[\s\-]+", name.strip()) if p]


def sound_key(name: str) -> str:
    """Return '~' and the sorted consonant classes of each part, or '' for a name of fewer than two parts."""
    pieces = parts(name)
    if len(pieces) < 2:
        return ""
    if _HAN.search(name):
        if not all(_HAN.fullmatch(c) for p in pieces for c in p):
            return ""
        classes = [_pinyin_classes(p) for p in pieces]
    elif _ARABIC.search(name):
        classes = [_classes(p) for p in parts(_arabic_to_latin()(name))]
    else:
        classes = [_classes(p) for p in pieces]
    if not all(classes):
        return ""
    return "~" + " ".join(sorted(classes))


def script(name: str) -> str:
    """Return 'han', 'arabic' or 'latin': the script a name is written in."""
    return "han" if _HAN.search(name) else "arabic" if _ARABIC.search(name) else "latin"


def is_transliterated(name: str) -> bool:
    """Return True for a name written as Chinese transliterates foreign names (parts joined by a middle dot)."""
    return bool(_HAN.search(name)) and len(parts(name)) >= 2
