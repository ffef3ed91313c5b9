"""The search query language: terms, "phrases", AND / OR / NOT, parentheses and field filters.

    陈全国 喀什                 both (implicit AND)
    "应收尽收" OR 集中教育       either
    (陈全国 OR 朱海仑) NOT 会议   grouping and exclusion
    collection:papers lang:zh date:2017-01-01..2017-12-31 year:2018 type:pdf parent:ID doc:ID
    report* detain~ detain~2    prefix and fuzzy (Latin-script words only)

AND, OR and NOT are operators only in capitals; NOT binds tightest, then AND, then OR.
The parser is hand-written recursive descent rather than a parser library: the grammar is
a dozen lines, and every error must name the position and the fix in words a reporter
understands, which generated parsers make hard. ``parse`` returns a tree of ``Text``,
``Filter``, ``And``, ``Or`` and ``Not`` nodes; ``resolve`` turns each ``Text`` into a
``Match`` of analysed terms (``analysis.py``) that backends translate into their own queries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Union

from ..errors import DossierError
from . import analysis

FIELDS = {"collection": "collection", "type": "type", "mime": "type", "language": "language", "lang": "language",
          "date": "date", "year": "year", "parent": "parent", "doc": "doc", "entity": "entity", "tag": "tag"}
LANG_ALIASES = {"chinese": "zh", "english": "en", "uyghur": "ug", "uighur": "ug"}
LONG_RUN = 4  # unquoted Chinese longer than this is split into jieba words


class QueryError(DossierError):
    """A search query cannot be understood; the message names the position and the fix."""

    exit_code = 2

    def __init__(self, message: str, position: int | None = None):
        self.position = position
        where = f" (at character {position + 1} of the query)" if position is not None else ""
        super().__init__(message + where)


@dataclass
class Text:
    """A term or a quoted phrase as typed."""

    text: str
    position: int
    quoted: bool = False
    prefix: bool = False
    fuzzy: int = 0


@dataclass
class Filter:
    """A field:value restriction; dates are inclusive YYYYMMDD bounds."""

    field: str
    value: str
    position: int
    low: int = 0
    high: int = 0
    pages: list[tuple[str, int]] | None = None  # entity: the (document, page) pairs that mention it, once resolved


@dataclass
class And:
    """Every child must match."""

    children: list["Node"]


@dataclass
class Or:
    """At least one child must match."""

    children: list["Node"]


@dataclass
class Not:
    """The child must not match."""

    child: "Node"


@dataclass
class Match:
    """An analysed Text: substrings over dense characters and words, as backends search them."""

    source: str
    dense: list[str] = field(default_factory=list)  # each a folded substring; 1 character = prefix
    words: list[str] = field(default_factory=list)  # exact folded words (for highlighting)
    stems: list[str] = field(default_factory=list)
    phrase: bool = False  # stems must be adjacent, in order
    prefix: str | None = None  # exact-word prefix
    fuzzy: tuple[str, int] | None = None  # exact word and edit distance


Node = Union[Text, Filter, And, Or, Not, Match]

_OPERATORS = {"AND", "OR", "NOT"}
_FIELD_RE = re.compile(r"([A-Za-z]+):(.*)", re.S)


@dataclass
class _Token:
    kind: str  # word, phrase, lparen, rparen, and, or, not, field
    text: str
    position: int
    name: str = ""  # field name for kind == field


def _lex(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        char = query[i]
        if char.isspace():
            i += 1
        elif char in "()":
            tokens.append(_Token("lparen" if char == "(" else "rparen", char, i))
            i += 1
        elif char == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QueryError('this " opens a phrase that is never closed; add the closing "', i)
            tokens.append(_Token("phrase", query[i + 1:end], i))
            i = end + 1
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] not in '()"':
                i += 1
            word = query[start:i]
            found = _FIELD_RE.fullmatch(word)
            if word in _OPERATORS:
                tokens.append(_Token(word.lower(), word, start))
            elif found and (found.group(1).lower() in FIELDS or not found.group(2).startswith("//")):
                name = found.group(1).lower()
                if name not in FIELDS:
                    raise QueryError(f"unknown field {found.group(1)!r}; use one of "
                                     f"{', '.join(sorted(set(FIELDS) - {'mime', 'lang'}))}, or quote the text "
                                     f'("{word}") to search for it', start)
                value = found.group(2)
                if not value and i < n and query[i] == '"':
                    end = query.find('"', i + 1)
                    if end < 0:
                        raise QueryError('this " opens a phrase that is never closed; add the closing "', i)
                    value, i = query[i + 1:end], end + 1
                if not value:
                    raise QueryError(f"{name}: needs a value, e.g. {name}:{_EXAMPLES[FIELDS[name]]}", start)
                tokens.append(_Token("field", value, start, name))
            else:
                tokens.append(_Token("word", word, start))
    return tokens


_EXAMPLES = {"collection": "papers", "type": "pdf", "language": "zh", "date": "2017-01-01..2017-12-31",
             "year": "2017", "parent": "3fa29c1e", "doc": "3fa29c1e", "entity": "陈全国", "tag": "checked"}


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.tokens = _lex(query)
        self.i = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            raise QueryError("the query is empty; type a word, a \"phrase\" or a filter such as collection:papers")
        node = self.or_expr()
        token = self.peek()
        if token is not None:
            raise QueryError("this ) closes nothing; remove it or add the matching (", token.position)
        return node

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            self.operand_after(token)
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(children)

    def and_expr(self) -> Node:
        children = [self.unary()]
        while (token := self.peek()) is not None and token.kind not in ("or", "rparen"):
            if token.kind == "and":
                self.take()
                self.operand_after(token)
            children.append(self.unary())
        return children[0] if len(children) == 1 else And(children)

    def operand_after(self, operator: _Token) -> None:
        token = self.peek()
        if token is None or token.kind in ("and", "or", "rparen"):
            raise QueryError(f"{operator.text} needs a term after it", operator.position)

    def unary(self) -> Node:
        token = self.peek()
        assert token is not None
        if token.kind == "not":
            self.take()
            self.operand_after(token)
            return Not(self.unary())
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "lparen":
            if (inner := self.peek()) is not None and inner.kind == "rparen":
                raise QueryError("these parentheses are empty; put terms inside or remove them", token.position)
            if inner is None:
                raise QueryError("this ( is never closed; add the matching )", token.position)
            node = self.or_expr()
            close = self.peek()
            if close is None or close.kind != "rparen":
                raise QueryError("this ( is never closed; add the matching )", token.position)
            self.take()
            return node
        if token.kind == "rparen":
            raise QueryError("this ) closes nothing; remove it or add the matching (", token.position)
        if token.kind in ("and", "or"):
            raise QueryError(f"{token.text} needs a term before it", token.position)
        if token.kind == "phrase":
            if not token.text.strip():
                raise QueryError('this "" phrase is empty; put words between the quotes', token.position)
            return Text(token.text, token.position, quoted=True)
        if token.kind == "field":
            return _filter(token)
        return _term(token)


def _term(token: _Token) -> Text:
    text, prefix, fuzzy = token.text, False, 0
    found = re.fullmatch(r"(.+?)~([0-9]?)", text, re.S)
    if found:
        text, fuzzy = found.group(1), int(found.group(2) or 1)
        if fuzzy not in (1, 2):
            raise QueryError(f"{token.text!r}: fuzzy matching allows 1 or 2 edits (~1 or ~2)", token.position)
    elif len(text) > 1 and text.endswith("*"):
        text, prefix = text[:-1], True
    return Text(text, token.position, prefix=prefix, fuzzy=fuzzy)


def _date_bound(text: str, high: bool, token: _Token) -> int:
    parts = text.split("-")
    try:
        if not 1 <= len(parts) <= 3 or len(parts[0]) != 4:
            raise ValueError
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if high else 1)
        if len(parts) > 2:
            day = int(parts[2])
        else:
            day = (date(year + (month == 12), month % 12 + 1, 1) - date(year, month, 1)).days if high else 1
        date(year, month, day)
    except ValueError:
        raise QueryError(f"{token.name}:{token.text} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, "
                         f"or a range such as {token.name}:{_EXAMPLES[FIELDS[token.name]]}", token.position) from None
    return year * 10000 + month * 100 + day


def _filter(token: _Token) -> Filter:
    name = FIELDS[token.name]
    if name == "tag":
        raise QueryError("tag: filters need tagging, which this version of dossier does not have yet; "
                         "search for the text itself instead", token.position)
    result = Filter(name, token.text, token.position)
    if name in ("date", "year"):
        low_text, sep, high_text = token.text.partition("..")
        if not sep:
            high_text = low_text
        if name == "year" and not all(re.fullmatch(r"\d{4}", t) for t in (low_text, high_text) if t):
            raise QueryError(f"year:{token.text} is not a year; write year:2017 or year:2015..2017", token.position)
        if not low_text and not high_text:
            raise QueryError(f"{token.name}:.. needs at least one end, e.g. {token.name}:2017..", token.position)
        result.low = _date_bound(low_text, False, token) if low_text else 10101
        result.high = _date_bound(high_text, True, token) if high_text else 99991231
        if result.low > result.high:
            raise QueryError(f"{token.name}:{token.text} ends before it starts; put the earlier date first",
                             token.position)
    elif name == "language":
        result.value = LANG_ALIASES.get(token.text.lower(), token.text.lower())
    return result


def parse(query: str) -> Node:
    """Parse a query string into a tree; raises QueryError with the position of a mistake."""
    return _Parser(query).parse()


def resolve(node: Node, userdict: Path | None = None,
            filter_value: Callable[[Filter], None] | None = None) -> Node:
    """Return the tree with every Text analysed into a Match; ``filter_value`` may check or rewrite filters."""
    if isinstance(node, Text):
        return _match(node, userdict)
    if isinstance(node, Filter):
        if filter_value is not None:
            filter_value(node)
        return node
    if isinstance(node, And):
        return And([resolve(c, userdict, filter_value) for c in node.children])
    if isinstance(node, Or):
        return Or([resolve(c, userdict, filter_value) for c in node.children])
    if isinstance(node, Not):
        return Not(resolve(node.child, userdict, filter_value))
    return node


def _match(node: Text, userdict: Path | None) -> Match:
    dense, words, stems = analysis.query_terms(node.text)
    shown = f'"{node.text}"' if node.quoted else node.text
    if not dense and not words:
        raise QueryError(f"{shown} has no letters or digits to search for; punctuation alone is not indexed",
                         node.position)
    if node.prefix or node.fuzzy:
        kind = "prefix *" if node.prefix else "fuzzy ~"
        if dense or len(words) != 1:
            raise QueryError(f"{kind} works on one Latin-script word; {node.text!r} is not one (Chinese and "
                             "numbers already match any substring: drop the " + ("*" if node.prefix else "~") + ")",
                             node.position)
        match = Match(node.text, words=words)
        if node.prefix:
            match.prefix = words[0]
        else:
            match.fuzzy = (words[0], node.fuzzy)
        return match
    parts = [dense] if dense else []
    if dense and not node.quoted and len(dense) > LONG_RUN:
        parts = analysis.segment(dense, userdict)
    return Match(node.text, dense=parts, words=words, stems=stems, phrase=node.quoted and len(stems) > 1)


def matches(node: Node) -> list[Match]:
    """Return every Match in a resolved tree that is not under a NOT (what snippets highlight)."""
    if isinstance(node, Match):
        return [node]
    if isinstance(node, (And, Or)):
        return [m for c in node.children for m in matches(c)]
    return []
