"""Redaction help: personal data on a page that a publisher should consider blacking out.

Suggestions only; nothing is changed. The same extractors as entity pages find resident ID
numbers, phone numbers and e-mail addresses, and names of private persons on a list the
user gives (officials acting in office are not suggested unless listed).
"""

from __future__ import annotations

from typing import Any

from .aliases import name_key
from .extract import extract
from .types import EMAIL, ID_NUMBER, PERSON, PHONE

REASONS = {ID_NUMBER: "resident ID number", PHONE: "phone number", EMAIL: "e-mail address",
           PERSON: "private person on the list"}


def suggest(pages: list[tuple[int, str]], private_names: list[str] | None = None) -> list[dict[str, Any]]:
    """Return redaction suggestions {page, start, end, text, type, reason} for the pages of one document."""
    private = {name_key(n): n for n in private_names or [] if n.strip()}
    extra = {n: PERSON for n in private.values()}
    found = []
    for number, text in pages:
        for mention in extract(text, extra):
            listed = mention.type == PERSON and name_key(mention.text) in private
            if mention.type in (ID_NUMBER, PHONE, EMAIL) or listed:
                found.append({"page": number, "start": mention.start, "end": mention.end, "text": mention.text,
                              "type": mention.type, "reason": REASONS[mention.type]})
    return found
