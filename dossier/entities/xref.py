"""Cross-reference two collections: for each entity of A, the entities of B that may be the same.

Pairs are found by *blocking*, never by comparing all pairs: every name is indexed under
its exact key, its pinyin key (Han persons), its GeoNames key (places: 喀什 and Kashgar), its
user aliases and, for the fuzzy pass,
under each of its tokens (Latin) or character pairs (Han). Only names sharing a block are
scored, in C by rapidfuzz; blocks with more than ``MAX_BLOCK`` members (公安, 人民) are
too common to mean anything and are skipped. Scores: exact key 1.0; alias, cross-script
pinyin or the same GeoNames place 0.95; the same sound key of a transliterated name (伊力哈木·土赫提,
Ilham Tohti: ``uyghur.sound_key``) 0.85; fuzzy token-sort ratio scaled to below 0.9, kept from ``min_score``.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Any, Iterable

from rapidfuzz import fuzz, process

from .aliases import is_han, name_key, normalise, pinyin_key
from .uyghur import script
from .geonames import place_key
from .types import NAME_TYPES, PERSON, PLACE


@dataclasses.dataclass(frozen=True)
class Named:
    """An entity to cross-reference: its ID, type and one name."""

    id: Any
    type: str
    name: str


@dataclasses.dataclass
class Match:
    """A possible match of an entity of A with one of B, scored and explained."""

    a: Named
    b: Named
    score: float
    how: str
    why: str

    def as_dict(self) -> dict[str, Any]:
        """Return the match as a flat dict (for CSV and JSON)."""
        return {"a_id": self.a.id, "a_name": self.a.name, "type": self.a.type, "b_id": self.b.id,
                "b_name": self.b.name, "score": round(self.score, 3), "how": self.how, "why": self.why}


#: A block with more members than this is a stop-block (公安, 人民, wang, energy): too common to tell anything.
MAX_BLOCK = 300


def _blocks(key: str) -> set[str]:
    if is_han(key):
        return {key[i:i + 2] for i in range(len(key) - 1)} or {key}
    return {token for token in key.split() if len(token) >= 3}


def xref(a: list[Named], b: list[Named], min_score: float = 0.8, aliases: dict[str, str] | None = None) -> list[Match]:
    """Return the matches of A's entities in B, best first for each entity of A."""
    aliases = aliases or {}
    exact: dict[tuple[str, str], list[Named]] = defaultdict(list)
    pinyin: dict[str, list[Named]] = defaultdict(list)
    places: dict[str, list[Named]] = defaultdict(list)
    sounds: dict[str, list[Named]] = defaultdict(list)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    keys = [name_key(entity.name) for entity in b]
    for index, (entity, key) in enumerate(zip(b, keys)):
        exact[(entity.type, aliases.get(key, key))].append(entity)
        if entity.type == PERSON and (cross := pinyin_key(entity.name)).startswith("~"):
            sounds[cross].append(entity)
        elif entity.type == PERSON and is_han(key):
            pinyin[cross].append(entity)
        elif entity.type == PLACE and (geo := place_key(entity.name)):
            places[geo].append(entity)
        for block in _blocks(key):
            blocks[(entity.type, block)].append(index)
    matches: list[Match] = []
    cutoff = min_score / 0.9 * 100
    for entity in a:
        key = name_key(entity.name)
        resolved = aliases.get(key, key)
        seen: set[tuple[Any, str]] = set()
        found: list[Match] = []
        for other in exact.get((entity.type, resolved), []):
            how = "exact" if key == name_key(other.name) else "alias"
            why = (f"same name after normalising: {key!r}" if how == "exact"
                   else f"user alias list: {entity.name!r} and {other.name!r} are names of {resolved!r}")
            found.append(Match(entity, other, 1.0 if how == "exact" else 0.95, how, why))
            seen.add((other.id, other.name))
        if entity.type == PERSON and not is_han(key):
            for other in pinyin.get(key, []):
                if (other.id, other.name) not in seen:
                    found.append(Match(entity, other, 0.95, "pinyin",
                                       f"{entity.name!r} and {other.name!r} read as {key!r} in pinyin"))
                    seen.add((other.id, other.name))
        elif entity.type == PERSON:
            py = pinyin_key(entity.name)
            for other in exact.get((PERSON, py), []):
                if (other.id, other.name) not in seen:
                    found.append(Match(entity, other, 0.95, "pinyin",
                                       f"{entity.name!r} and {other.name!r} read as {py!r} in pinyin"))
                    seen.add((other.id, other.name))
        sound = pinyin_key(entity.name) if entity.type == PERSON else ""
        for other in sounds.get(sound, []) if sound.startswith("~") else []:
            # Across scripts only: two Latin spellings that share consonants (Kenneth Lay, Kenneth Lee) are no evidence.
            if (other.id, other.name) not in seen and script(other.name) != script(entity.name):
                found.append(Match(entity, other, 0.85, "transliteration",
                                   f"{entity.name!r} and {other.name!r} sound alike as transliterated names ({sound[1:]})"))
                seen.add((other.id, other.name))
        geo = place_key(entity.name) if entity.type == PLACE else None
        for other in places.get(geo, []) if geo else []:
            if (other.id, other.name) not in seen:
                found.append(Match(entity, other, 0.95, "geonames",
                                   f"{entity.name!r} and {other.name!r} are names of GeoNames place {geo[4:]}"))
                seen.add((other.id, other.name))
        if entity.type in NAME_TYPES:
            candidates: set[int] = set()
            for block in _blocks(key):
                members = blocks.get((entity.type, block), ())
                if len(members) <= MAX_BLOCK:
                    candidates.update(members)
            pool = [i for i in candidates if (b[i].id, b[i].name) not in seen]
            for _choice, ratio, i in process.extract(key, [keys[i] for i in pool], scorer=fuzz.token_sort_ratio,
                                                     score_cutoff=cutoff, limit=None):
                other = b[pool[i]]
                score = round(0.9 * ratio / 100, 3)
                found.append(Match(entity, other, score, "fuzzy",
                                   f"names {ratio / 100:.0%} alike (token sort ratio of {key!r} and {keys[pool[i]]!r})"))
        matches += sorted(found, key=lambda m: -m.score)
    return matches


def collection_entities(store: Any, collection: str) -> list[Named]:
    """Return the named entities of a collection: one row per canonical entity and name as written there."""
    rows = store.conn.execute(
        "SELECT DISTINCT m.entity_id, m.type, m.text FROM mentions m JOIN documents d ON d.id = m.doc_id "
        "WHERE d.collection = ? AND m.type IN ('person', 'org', 'place')", (collection,)).fetchall()
    seen: dict[tuple[Any, str], Named] = {}
    for entity_id, kind, text in rows:
        named = Named(store.canonical(entity_id), kind, normalise(text))
        seen.setdefault((named.id, named.name), named)
    return list(seen.values())
