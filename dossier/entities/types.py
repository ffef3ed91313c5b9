"""What an entity mention is: a typed span of one page, with the extractor that found it."""

from __future__ import annotations

import dataclasses

#: Entity types. Names (person, org, place) come from NER; the rest from patterns.
PERSON, ORG, PLACE, DATE = "person", "org", "place", "date"
ID_NUMBER, PHONE, EMAIL, URL, DOCNO = "id_number", "phone", "email", "url", "docno"
NAME_TYPES = (PERSON, ORG, PLACE)
PATTERN_TYPES = (ID_NUMBER, PHONE, EMAIL, URL, DOCNO, DATE)
TYPES = NAME_TYPES + PATTERN_TYPES


@dataclasses.dataclass
class Mention:
    """One entity mention: [start, end) character offsets into a page's text."""

    type: str
    text: str
    start: int
    end: int
    extractor: str
    value: str = ""          # normalised value: ISO date, E.164-ish phone, lower-case e-mail, decoded ID
    detail: dict = dataclasses.field(default_factory=dict)  # decoded facts (birth date, region, ...)

    def key(self) -> tuple[int, int, str]:
        """Return the span and type, for de-duplication."""
        return (self.start, self.end, self.type)
