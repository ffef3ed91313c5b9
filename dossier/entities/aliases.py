"""Names made comparable: normalisation, the pinyin key that links scripts, user alias lists.

Every name gets a *key* that decides identity within its script: Han names are folded
character by character to one representative (陳全國 → 陈全国, full-width → ASCII, with
``dossier.index.analysis.fold``, the fold search uses); Latin names are lower-cased, accents
and punctuation dropped, tokens sorted ("Quanguo  Chen" → "chen quanguo").

Across scripts a Han person name is linked through its *pinyin key*: surname and given
name romanised with pypinyin (which ships its dictionary), the two parts sorted, so that
陈全国, Chen Quanguo and Quanguo Chen share "chen quanguo". Two Han names that merely sound
the same (陈全国, 陈泉国) keep different keys and are never merged automatically; a Latin name
is attached to a Han name only when exactly one Han entity of the type has its pinyin key.

Uyghur and other transliterated names (伊力哈木·土赫提, Ilham Tohti, ئىلھام توختى) are not
pinyin: their cross-script key is ``uyghur.sound_key``, the consonants of each part.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

from ..index.analysis import fold
from .uyghur import is_transliterated, sound_key

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s·-]+")

#: Two-character surnames; any other Han name's surname is its first character.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 澹台 南宫 端木 西门 独孤 轩辕 "
    "呼延 万俟 闻人 赫连 钟离 宗政 濮阳 淳于 太叔 申屠 公羊 仲孙 单于 拓跋".split())
#: Surnames whose reading differs from the character's common reading.
SURNAME_READINGS = {"单": "shan", "曾": "zeng", "仇": "qiu", "朴": "piao", "区": "ou", "解": "xie", "查": "zha",
                    "覃": "qin", "乐": "yue", "缪": "miao", "翟": "zhai", "盖": "ge", "种": "chong", "纪": "ji",
                    "任": "ren", "华": "hua", "沈": "shen", "贾": "jia", "柏": "bai", "薄": "bo", "秘": "bi",
                    "重": "chong", "长": "chang", "尉": "yu", "宁": "ning", "车": "che", "员": "yun"}


def is_han(text: str) -> bool:
    """Return True when the text contains Han characters."""
    return bool(_HAN.search(text))


def normalise(name: str) -> str:
    """Return a name as displayed: NFKC (full-width → ASCII), single spaces, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", name)).strip()


def name_key(name: str) -> str:
    """Return the identity key of a name within its script (see module docstring)."""
    text = fold(normalise(name))
    if is_han(text):
        return re.sub(r"[\s·•・.．-]+", "", text)
    tokens = [t.replace("-", "").replace("'", "") for t in _NOT_WORD.sub(" ", text).split()]
    return " ".join(sorted(t for t in tokens if t))


def split_han_name(name: str) -> tuple[str, str]:
    """Return (surname, given name) of a Han personal name."""
    name = fold(normalise(name)).replace(" ", "")
    if name[:2] in COMPOUND_SURNAMES and len(name) > 2:
        return name[:2], name[2:]
    return name[:1], name[1:]


@functools.lru_cache(maxsize=200_000)
def pinyin_key(name: str) -> str:
    """Return the cross-script key of a person's name: 'chen quanguo' for 陈全国, Chen Quanguo, Quanguo Chen.

    A transliterated name (伊力哈木·土赫提), one in Arabic script, or a Latin name that is not
    all pinyin (Ilham Tohti) gets its sound key instead ('~RKN TKT').
    """
    text = fold(normalise(name))
    if not is_han(text):
        key = name_key(text)
        words = key.split()
        if len(words) >= 2 and not all(is_pinyin_word(word) for word in words):
            return sound_key(text) or key
        return key
    if is_transliterated(text):
        return sound_key(text) or name_key(text)
    surname, given = split_han_name(text)
    family = SURNAME_READINGS.get(surname) if len(surname) == 1 else None
    return " ".join(sorted(p for p in (family or _romanise(surname), _romanise(given)) if p))


@functools.lru_cache(maxsize=200_000)
def _romanise(han: str) -> str:
    """Return toneless pinyin of a surname or given name, syllables joined (pypinyin is slow; names repeat)."""
    return "".join(lazy_pinyin(han, style=Style.NORMAL)).replace("ü", "v")


@functools.cache
def pinyin_syllables() -> frozenset[str]:
    """Return every toneless pinyin syllable pypinyin knows (ü written v)."""
    syllables = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            # ü (with or without a tone mark) is written v: decompose first, or lǚ would lose its diaeresis as u
            decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
            plain = "".join(c for c in decomposed if not unicodedata.combining(c))
            syllables.add(plain.lower())
    syllables.discard("")
    return frozenset(s for s in syllables if s.isalpha() and s.isascii())


@functools.cache
def pinyin_surnames() -> frozenset[str]:
    """Return the romanised forms of common Chinese surnames."""
    romanised = {"".join(lazy_pinyin(s, style=Style.NORMAL)).replace("ü", "v") for s in COMMON_SURNAMES}
    return frozenset(romanised | set(SURNAME_READINGS.values()))


def is_pinyin_word(word: str) -> bool:
    """Return True when a Latin word splits into one to three pinyin syllables (Quanguo, Hailun, Xi)."""
    word = word.lower().replace("'", "").replace("-", "")
    syllables = pinyin_syllables()

    @functools.cache
    def split(rest: str, left: int) -> bool:
        if not rest:
            return True
        if left == 0:
            return False
        return any(rest[:n] in syllables and split(rest[n:], left - 1) for n in range(min(6, len(rest)), 0, -1))

    return bool(word) and word.isascii() and word.isalpha() and split(word, 3)


#: The commonest Chinese surnames (over 90 % of the population), for person-name rules.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游"
    "辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌"
    "奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙"
    "浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣"
    "信展阴昝智幸奉植衡富尧闭由习") | COMPOUND_SURNAMES


class AliasList:
    """A user's alias list: lines of names separated by tabs or ' = ', first name canonical."""

    def __init__(self, groups: list[list[str]] | None = None):
        self.groups = groups or []

    @classmethod
    def parse(cls, text: str) -> "AliasList":
        """Return the alias groups of a text file; '#' starts a comment."""
        groups = []
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            names = [normalise(n) for n in re.split(r"\t+|\s+=\s+", line) if n.strip()]
            if len(names) >= 2:
                groups.append(names)
        return cls(groups)

    def keys(self) -> dict[str, str]:
        """Return {name key of each alias: canonical name}."""
        return {name_key(alias): group[0] for group in self.groups for alias in group}
