"""The query language: parse trees, analysed matches and the exact error messages."""

from __future__ import annotations

import pytest

from dossier.errors import DossierError
from dossier.index.query import And, Filter, Match, Not, Or, QueryError, Text, parse, resolve


def test_parse_implicit_and_or_not_and_parentheses():
    tree = parse('(陈全国 OR 朱海仑) 喀什 NOT "会议"')
    assert isinstance(tree, And)
    first, second, third = tree.children
    assert isinstance(first, Or) and [c.text for c in first.children] == ["陈全国", "朱海仑"]
    assert second == Text("喀什", 13)
    assert isinstance(third, Not) and third.child == Text("会议", 20, quoted=True)


def test_parse_operator_precedence_not_and_or():
    tree = parse("a b OR c NOT d")
    assert isinstance(tree, Or)
    assert isinstance(tree.children[0], And) and isinstance(tree.children[1], And)
    assert isinstance(tree.children[1].children[1], Not)


def test_parse_lowercase_operators_are_words():
    tree = parse("bread and butter")
    assert isinstance(tree, And) and [c.text for c in tree.children] == ["bread", "and", "butter"]


def test_parse_prefix_fuzzy_and_filters():
    tree = parse('report* detain~ urumqi~2 collection:papers lang:Uyghur type:pdf date:2017-03..2017-04 year:2018 '
                 'doc:"3fa2 9c"')
    assert isinstance(tree, And)
    prefix, fuzzy1, fuzzy2, coll, lang, kind, dates, year, doc = tree.children
    assert prefix == Text("report", 0, prefix=True)
    assert fuzzy1.fuzzy == 1 and fuzzy1.text == "detain"
    assert fuzzy2.fuzzy == 2 and fuzzy2.text == "urumqi"
    assert (coll.field, coll.value) == ("collection", "papers")
    assert (lang.field, lang.value) == ("language", "ug")
    assert (kind.field, kind.value) == ("type", "pdf")
    assert (dates.low, dates.high) == (20170301, 20170430)
    assert (year.low, year.high) == (20180101, 20181231)
    assert (doc.field, doc.value) == ("doc", "3fa2 9c")


def test_parse_open_date_ranges_and_leap_day():
    assert (parse("date:2017..").low, parse("date:2017..").high) == (20170101, 99991231)
    assert (parse("date:..2016-02").low, parse("date:..2016-02").high) == (10101, 20160229)


def test_parse_urls_and_times_are_words():
    assert parse("http://example.org/a") == Text("http://example.org/a", 0)
    assert parse("10:30") == Text("10:30", 0)


@pytest.mark.parametrize("query, message", [
    ("", 'the query is empty; type a word, a "phrase" or a filter such as collection:papers'),
    ('"陈全国', 'this " opens a phrase that is never closed; add the closing " (at character 1 of the query)'),
    ("(陈全国 OR 喀什", "this ( is never closed; add the matching ) (at character 1 of the query)"),
    ("陈全国)", "this ) closes nothing; remove it or add the matching ( (at character 4 of the query)"),
    ("陈全国 AND", "AND needs a term after it (at character 5 of the query)"),
    ("OR 喀什", "OR needs a term before it (at character 1 of the query)"),
    ("喀什 NOT", "NOT needs a term after it (at character 4 of the query)"),
    ("()", "these parentheses are empty; put terms inside or remove them (at character 1 of the query)"),
    ('""', 'this "" phrase is empty; put words between the quotes (at character 1 of the query)'),
    ("author:wang", "unknown field 'author'; use one of collection, date, doc, entity, language, parent, tag, type, "
                    'year, or quote the text ("author:wang") to search for it (at character 1 of the query)'),
    ("date:2017-13", "date:2017-13 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, or a range such as "
                     "date:2017-01-01..2017-12-31 (at character 1 of the query)"),
    ("date:2018..2017", "date:2018..2017 ends before it starts; put the earlier date first (at character 1 of the query)"),
    ("year:17", "year:17 is not a year; write year:2017 or year:2015..2017 (at character 1 of the query)"),
    ("collection:", "collection: needs a value, e.g. collection:papers (at character 1 of the query)"),
    ("tag:checked", "tag: filters need tagging, which this version of dossier does not have yet; "
                    "search for the text itself instead (at character 1 of the query)"),
    ("x~3", "'x~3': fuzzy matching allows 1 or 2 edits (~1 or ~2) (at character 1 of the query)"),
])
def test_parse_errors_name_position_and_fix(query: str, message: str):
    with pytest.raises(QueryError) as caught:
        parse(query)
    assert str(caught.value) == message
    assert isinstance(caught.value, DossierError) and caught.value.exit_code == 2


@pytest.mark.parametrize("query, message", [
    ("，。！", "，。！ has no letters or digits to search for; punctuation alone is not indexed "
              "(at character 1 of the query)"),
    ("陈*", "prefix * works on one Latin-script word; '陈' is not one (Chinese and numbers already match any "
           "substring: drop the *) (at character 1 of the query)"),
    ("a 陈全国~", "fuzzy ~ works on one Latin-script word; '陈全国' is not one (Chinese and numbers already match "
                "any substring: drop the ~) (at character 3 of the query)"),
])
def test_resolve_errors(query: str, message: str):
    with pytest.raises(QueryError) as caught:
        resolve(parse(query))
    assert str(caught.value) == message


def test_resolve_folds_and_splits():
    assert resolve(parse("陳全國")) == Match("陳全國", dense=["陈全国"])
    # An unquoted run longer than four characters becomes jieba words, all required.
    assert resolve(parse("新疆维吾尔自治区政府")).dense == ["新疆维吾尔自治区", "政府"]
    # A quoted phrase stays whole; Latin words in it are a phrase of stems.
    quoted = resolve(parse('"新疆维吾尔自治区政府 Reports Detained"'))
    assert quoted == Match("新疆维吾尔自治区政府 Reports Detained", dense=["新疆维吾尔自治区政府"],
                           words=["reports", "detained"], stems=["report", "detain"], phrase=True)
    assert resolve(parse("ＲＥＰＯＲＴ*")).prefix == "report"
    assert resolve(parse("Urumqi~2")).fuzzy == ("urumqi", 2)
    assert isinstance(resolve(parse("collection:x")), Filter)
