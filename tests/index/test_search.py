"""Search over a real archive: recall, folding, query semantics, snippets, facets, CLI, index upkeep."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import opencc
import pytest

from dossier import Archive
from dossier.index import analysis
from dossier.index.query import QueryError, matches
from dossier.index.snippets import find_spans


def add(archive: Archive, folder: Path, collection: str, files: dict[str, str]) -> dict[str, str]:
    """Write text files, ingest and extract them; return {file name: document ID}."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    archive.ingest([folder / name for name in files], collection)
    archive.extract(collection=collection)
    rows = archive.conn.execute("SELECT id, path FROM documents WHERE collection = ?", (collection,)).fetchall()
    return {Path(r["path"]).name: r["id"] for r in rows}


def docs(archive: Archive, query: str, **options: Any) -> set[str]:
    """Return the IDs of documents with a page matching a query."""
    return {h.doc for h in archive.search(query, limit=1000, facets=False, **options).hits}


# -- recall over real Chinese text -------------------------------------------------------

LAWS = ["criminal_law.md", "counterterrorism_law_2018.md", "cybersecurity_law_2016.md", "state_secrets_law_2024.md",
        "regional_ethnic_autonomy_law_2001.md", "exit_entry_administration_law_2012.md"]


@pytest.fixture(scope="module")
def laws(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Iterator[Archive]:
    """An archive holding six laws as extracted, one of them again split into 2,000-character pages."""
    root = tmp_path_factory.mktemp("laws")
    archive = Archive.init(root / "archive")
    folder = root / "in"
    folder.mkdir()
    source = corpus / "zh-docs" / "prc-laws-lawrefbook"
    for name in LAWS:
        (folder / name).write_bytes((source / name).read_bytes())
    criminal = (source / "criminal_law.md").read_text(encoding="utf-8")
    (folder / "criminal_law_paged.txt").write_text(
        "\f".join(criminal[i:i + 2000] for i in range(0, len(criminal), 2000)), encoding="utf-8")
    (folder / "notice.txt").write_bytes(
        (corpus / "zh-docs" / "xinjiang-normative-docs" / "xinjiang_quality_supervision_bureau_notice_2012_24.txt")
        .read_bytes())
    archive.ingest([folder], "laws")
    archive.extract()
    yield archive
    archive.close()


def _samples(archive: Archive, count: int, seed: int) -> list[tuple[str, int, str, int, str]]:
    """Return (doc, page, page text, offset, substring) for random 2–12 character substrings holding Chinese."""
    pages = archive.conn.execute("SELECT doc_id, page, text FROM pages WHERE lang = 'zh'").fetchall()
    rng = random.Random(seed)
    samples = []
    while len(samples) < count:
        doc, page, text = rng.choice(pages)
        length = rng.randint(2, 12)
        start = rng.randrange(0, len(text) - length)
        piece = text[start:start + length]
        # A phrase cannot hold a double quote, and a substring that cuts a Latin word in
        # two is outside the promise (words are indexed whole): take another.
        cuts_word = (start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()
                     and piece[0].isascii() and piece[0].isalpha()) or (
            start + length < len(text) and text[start + length].isascii() and text[start + length].isalpha()
            and piece[-1].isascii() and piece[-1].isalpha())
        if '"' in piece or cuts_word or not re.search(r"[\u4e00-\u9fff]", piece):
            continue
        samples.append((doc, page, text, start, piece))
    return samples


def test_recall_every_chinese_substring_simplified_and_traditional(laws: Archive):
    """500 random substrings (2–12 characters), as extracted and converted to traditional: every one is found."""
    to_traditional = opencc.OpenCC("s2t")
    samples = _samples(laws, 500, seed=2026)
    missed = []
    converted = 0
    for doc, page, text, start, piece in samples:
        traditional = to_traditional.convert(piece)
        converted += traditional != piece
        for form in (piece, traditional):
            hits = laws.search(f'"{form}"', limit=10_000, facets=False, snippets=False).hits
            if (doc, page) not in {(h.doc, h.page) for h in hits}:
                missed.append(form)
        # Highlighting finds the sample's own characters in the page, from the traditional form too.
        # (On a window: snippets stop after 200 matches, and one page is a whole law.)
        window = max(0, start - 40)
        spans = find_spans(text[window:start + 60], matches(laws.index.parse(f'"{traditional}"')))
        first_han = start - window + re.search(r"[\u4e00-\u9fff]", piece).start()
        assert any(s <= first_han < e for s, e in spans), piece
    assert missed == []
    assert converted > 200  # the traditional forms really differ


def test_recall_pages_of_a_multi_page_document(laws: Archive):
    doc = laws.conn.execute("SELECT id FROM documents WHERE path LIKE '%criminal_law_paged.txt'").fetchone()[0]
    text = laws.conn.execute("SELECT text FROM pages WHERE doc_id = ? AND page = 7", (doc,)).fetchone()[0]
    piece = next(text[i:i + 9] for i in range(len(text)) if re.fullmatch(r"[\u4e00-\u9fff]{9}", text[i:i + 9]))
    hits = laws.search(f'"{piece}"', doc=doc).hits
    assert 7 in [h.page for h in hits]
    hit = next(h for h in hits if h.page == 7)
    start, end = hit.snippet.spans[0]
    assert hit.snippet.text[start:end] == piece


# -- folding ------------------------------------------------------------------------------


@pytest.fixture
def mixed(archive: Archive, tmp_path: Path) -> dict[str, str]:
    """Small documents in Chinese (both scripts), full-width forms, English and Uyghur."""
    return add(archive, tmp_path / "mixed", "mixed", {
        "simplified.txt": "陈全国同志到喀什地区调研。要求做到应收尽收。",
        "traditional.txt": "陳全國同志到和田地區調研，強調維穩工作。",
        "fullwidth.txt": "ＡＢＣ公司２０１７年年度报告，编号新党办发〔２０１７〕３号。",
        "halfwidth.txt": "ABC company 2017 annual report, new party office notice.",
        "english.txt": "The committee is reporting on detentions. Detained persons were moved to Urumchi. "
                       "Office of the new party, and the party office.",
        "uyghur.txt": "بىزنىڭ ئورتاق ئارزۇيىمىز ئۈرۈمچى شەھىرى",
    })


def test_search_traditional_finds_simplified_and_back(archive: Archive, mixed: dict[str, str]):
    both = {mixed["simplified.txt"], mixed["traditional.txt"]}
    assert docs(archive, "陈全国") == both
    assert docs(archive, "陳全國") == both
    assert docs(archive, '"陈全国同志到"') == both
    assert docs(archive, "和田地区") == {mixed["traditional.txt"]}
    assert docs(archive, "喀什地區") == {mixed["simplified.txt"]}


def test_search_full_width_folds(archive: Archive, mixed: dict[str, str]):
    assert docs(archive, "abc") == {mixed["fullwidth.txt"], mixed["halfwidth.txt"]}
    assert docs(archive, "２０１７") == {mixed["fullwidth.txt"], mixed["halfwidth.txt"]}
    assert docs(archive, '"新党办发〔2017〕3号"') == {mixed["fullwidth.txt"]}
    assert docs(archive, "17年") == {mixed["fullwidth.txt"]}
    assert docs(archive, "2018") == set()


def test_search_english_stemming_and_case(archive: Archive, mixed: dict[str, str]):
    english = {mixed["english.txt"]}
    assert docs(archive, "reports") == english | {mixed["halfwidth.txt"]}  # report, reporting
    assert docs(archive, "DETENTION") == english
    assert docs(archive, "detaining") == english  # detain ← detained
    assert docs(archive, "portal") == set()


def test_search_uly_finds_arabic_script_uyghur(archive: Archive, mixed: dict[str, str]):
    uyghur = {mixed["uyghur.txt"]}
    # The English page spells it Urumchi too: one key for all three spellings.
    assert docs(archive, "Ürümchi") == uyghur | {mixed["english.txt"]}
    assert docs(archive, "ئۈرۈمچى") == uyghur | {mixed["english.txt"]}
    assert docs(archive, '"bizning ortaq"') == uyghur
    assert docs(archive, "ئارزۇيىمىز") == uyghur
    assert docs(archive, '"ortaq bizning"') == set()


def test_search_uly_finds_real_uyghur_sentences(archive: Archive, tmp_path: Path, corpus: Path):
    """Latin transliterations from the UD treebank find the Arabic-script sentences they transliterate."""
    conllu = (corpus / "uyghur" / "ud-uyghur-udt" / "ug_udt-ud-test.conllu").read_text(encoding="utf-8")
    sentences = re.findall(r"# text = (.*)\n# translit = (.*)\n", conllu)[:40]
    ids = add(archive, tmp_path / "ug", "ug", {"sentences.txt": "\f".join(s for s, _ in sentences)})
    for page, (_, latin) in enumerate(sentences, start=1):
        words = re.findall(r"[^\W\d_]+", latin)
        if len(words) < 2:
            continue
        hits = archive.search('"' + " ".join(words[:2]) + '"', limit=100).hits
        assert (ids["sentences.txt"], page) in {(h.doc, h.page) for h in hits}, latin


# -- query semantics ----------------------------------------------------------------------


@pytest.fixture
def officials(archive: Archive, tmp_path: Path) -> dict[str, str]:
    """Documents naming officials and places, for boolean, phrase and filter tests."""
    first = add(archive, tmp_path / "a", "papers", {
        "a.txt": "陈全国在喀什讲话。The detainees were transferred.",
        "b.txt": "陈全国在和田视察。Detention figures for 2017.",
        "c.txt": "朱海仑在喀什开会。新疆维吾尔自治区和人民政府。",
    })
    second = add(archive, tmp_path / "b", "cables", {
        "d.txt": "新疆维吾尔自治区人民政府发布通知，关于新党办公室。office of the new party",
        "e.txt": "The new party office detained nobody, and the city is calm.",
    })
    return {**first, **second}


def test_search_boolean_operators(archive: Archive, officials: dict[str, str]):
    a, b, c = officials["a.txt"], officials["b.txt"], officials["c.txt"]
    assert docs(archive, "陈全国 喀什") == {a}
    assert docs(archive, "陈全国 AND 喀什") == {a}
    assert docs(archive, "陈全国 OR 朱海仑") == {a, b, c}
    assert docs(archive, "陈全国 NOT 喀什") == {b}
    assert docs(archive, "(陈全国 OR 朱海仑) 喀什") == {a, c}
    assert docs(archive, "NOT 陈全国 collection:papers") == {c}
    assert docs(archive, "陈全国 朱海仑") == set()


def test_search_phrases_versus_words(archive: Archive, officials: dict[str, str]):
    assert docs(archive, '"party office"') == {officials["e.txt"]}
    assert docs(archive, "party office") == {officials["d.txt"], officials["e.txt"]}
    # Unquoted long Chinese: jieba words, each required anywhere; quoted: exact.
    assert docs(archive, "新疆维吾尔自治区人民政府") == {officials["c.txt"], officials["d.txt"]}
    assert docs(archive, '"新疆维吾尔自治区人民政府"') == {officials["d.txt"]}


def test_search_prefix_and_fuzzy(archive: Archive, officials: dict[str, str]):
    a, b, e = officials["a.txt"], officials["b.txt"], officials["e.txt"]
    assert docs(archive, "detain*") == {a, e}  # detainees, detained; not detention
    assert docs(archive, "detent*") == {b}
    assert docs(archive, "detaned") == set()
    assert docs(archive, "detaned~") == {e}
    assert docs(archive, "detanees~") == {a}
    assert docs(archive, "dxtxnxd~") == set()
    assert docs(archive, "dxtained~2") == {e}


def test_search_filters(archive: Archive, officials: dict[str, str]):
    a, b, c, d, e = (officials[n] for n in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"))
    assert docs(archive, "陈全国 OR 新疆", collection="cables") == {d}
    assert docs(archive, "陈全国 OR 新疆 collection:papers") == {a, b, c}
    assert docs(archive, "party lang:en") == {e}
    assert docs(archive, "party language:chinese") == {d}
    assert docs(archive, "party type:text/plain") == {d, e}
    assert docs(archive, "party type:pdf") == set()
    assert docs(archive, f"party doc:{d[:8]}") == {d}
    assert docs(archive, "陈全国", doc=b) == {b}
    with pytest.raises(QueryError) as caught:
        archive.search("party doc:ffff0000")
    assert str(caught.value) == ("doc:ffff0000: no document with ID 'ffff0000'; `dossier ls` lists them "
                                 "(at character 7 of the query)")


def _set_date(archive: Archive, doc: str, value: str) -> None:
    # As the email and office extractors record a document's own date.
    with archive.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO doc_metadata(doc_id, key, value) VALUES (?, 'date', ?)", (doc, value))


def test_search_dates_years_sort_and_facets(archive: Archive, officials: dict[str, str]):
    a, b, c = officials["a.txt"], officials["b.txt"], officials["c.txt"]
    _set_date(archive, a, "2017-03-05T10:00:00+08:00")
    _set_date(archive, b, "2018-11-30")
    _set_date(archive, c, "2017-12-31")
    archive.index.reindex()
    assert docs(archive, "(陈全国 OR 朱海仑) year:2017") == {a, c}
    assert docs(archive, "陈全国 OR 朱海仑 year:2017") == {a, b, c}  # OR binds loosest
    assert docs(archive, "(陈全国 OR 朱海仑) date:2017-06..2018-12-01") == {b, c}
    assert docs(archive, "(陈全国 OR 朱海仑) date:..2017-03-05") == {a}
    by_date = archive.search("陈全国 OR 朱海仑", sort="date")
    assert [h.doc for h in by_date.hits] == [b, c, a]
    results = archive.search("陈全国 OR 朱海仑 OR party")
    assert results.total == 5
    assert results.facets == {"collection": {"papers": 3, "cables": 2}, "type": {"text/plain": 5},
                               "language": {"zh": 2, "en": 1}, "year": {"2017": 2, "2018": 1}}
    # a.txt and b.txt mix Chinese with a short English sentence: language unknown, not counted.
    assert archive.conn.execute("SELECT lang FROM pages WHERE doc_id = ?", (a,)).fetchone()[0] is None


def test_search_pagination_and_ranking(archive: Archive, tmp_path: Path):
    files = {f"doc{i:02d}.txt": "喀什" * (i + 1) + "。其他内容" * 20 for i in range(12)}
    ids = add(archive, tmp_path / "p", "p", files)
    first = archive.search("喀什", limit=5)
    second = archive.search("喀什", limit=5, offset=5)
    third = archive.search("喀什", limit=5, offset=10)
    assert first.total == second.total == 12
    seen = [h.doc for h in first.hits + second.hits + third.hits]
    assert len(seen) == len(set(seen)) == 12
    # BM25: more occurrences of the term rank higher.
    assert seen[0] == ids["doc11.txt"] and seen[-1] == ids["doc00.txt"]
    assert all(x.score >= y.score for x, y in zip(first.hits, first.hits[1:]))


def test_search_snippet_marks_original_characters_and_page(archive: Archive, tmp_path: Path):
    pages = ["第一页没有。", "第二页也没有。", "前文很长" * 30 + "會議由陳全\n國主持，ＡＢＣ公司參加。" + "后文" * 100]
    ids = add(archive, tmp_path / "s", "s", {"paged.txt": "\f".join(pages)})
    [hit] = archive.search("陈全国 abc").hits
    assert (hit.doc, hit.page) == (ids["paged.txt"], 3)
    marked = [hit.snippet.text[s:e] for s, e in hit.snippet.spans]
    assert marked == ["陳全 國", "ＡＢＣ"]  # the line break became a space, one for one
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…")
    assert "«陳全 國»主持，«ＡＢＣ»公司" in hit.snippet.marked()


# -- the CLI ---------------------------------------------------------------------------------


def test_cli_search_table_json_and_errors(archive: Archive, officials: dict[str, str], run_cli: Any):
    root = archive.root
    result = run_cli("-a", root, "search", "陈全国 NOT 喀什")
    assert result.exit_code == 0, result.output
    assert officials["b.txt"][:12] in result.output
    assert "b.txt" in result.output and "1 pages match (showing 1–1)." in result.output
    assert "collection: papers 1" in result.output
    result = run_cli("-a", root, "search", "--json", "陈全国", "--collection", "papers", "--limit", "1")
    data = json.loads(result.output)
    assert data["total"] == 2 and len(data["hits"]) == 1 and data["offset"] == 0
    assert data["facets"]["collection"] == {"papers": 2}
    hit = data["hits"][0]
    assert hit["snippet"][hit["highlights"][0][0]:hit["highlights"][0][1]] == "陈全国"
    result = run_cli("-a", root, "search", "(陈全国")
    assert result.exit_code == 2
    assert result.output == "Error: this ( is never closed; add the matching ) (at character 1 of the query)\n"
    result = run_cli("-a", root, "search")
    assert result.exit_code == 2 and "give either a QUERY or --batch FILE" in result.output


def test_cli_batch_search_csv_and_json(archive: Archive, officials: dict[str, str], run_cli: Any, tmp_path: Path):
    names = tmp_path / "names.txt"
    names.write_text("陈全国\n# comment\n\n朱海仑\n王乐泉\n(broken\n", encoding="utf-8")
    out = tmp_path / "hits.csv"
    result = run_cli("-a", archive.root, "search", "--batch", names, "--output", out)
    assert result.exit_code == 0, result.output
    assert result.output == f"4 queries: 2 with hits, 3 hits, 1 not understood; written to {out}\n"
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["query"], r["doc"]) for r in rows if r["doc"]] == sorted(
        [("陈全国", officials["a.txt"]), ("陈全国", officials["b.txt"]), ("朱海仑", officials["c.txt"])],
        key=lambda x: [r["doc"] for r in rows].index(x[1]))
    assert {r["name"] for r in rows if r["query"] == "朱海仑"} == {"c.txt"}
    assert [r["total"] for r in rows if r["query"] == "王乐泉"] == ["0"]
    assert [r["error"] for r in rows if r["query"] == "(broken"] == [
        "this ( is never closed; add the matching ) (at character 1 of the query)"]
    assert all("«" in r["snippet"] for r in rows if r["doc"])
    out_json = tmp_path / "hits.json"
    result = run_cli("-a", archive.root, "search", "--batch", names, "-o", out_json)
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert len(data) == 5 and {d["query"] for d in data} == {"陈全国", "朱海仑", "王乐泉", "(broken"}


# -- keeping the index in step ------------------------------------------------------------------


def test_reindex_equals_incremental_index(archive: Archive, officials: dict[str, str], run_cli: Any):
    queries = ["陈全国", "party", "新疆维吾尔自治区", "detain*", '"new party"', "喀什 OR 和田"]
    # Equal scores come in index order, which a rebuild may change: compare sorted.
    before = {q: sorted((h.doc, h.page, round(h.score, 5)) for h in archive.search(q).hits) for q in queries}
    assert all(before.values())
    result = run_cli("-a", archive.root, "reindex", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["pages"] == 5
    after = {q: sorted((h.doc, h.page, round(h.score, 5)) for h in archive.search(q).hits) for q in queries}
    assert after == before
    assert archive.index.behind() == 0


def test_unindex_removes_hits_at_once(archive: Archive, officials: dict[str, str]):
    a, b = officials["a.txt"], officials["b.txt"]
    assert docs(archive, "陈全国") == {a, b}
    archive.unindex(a[:10])
    assert docs(archive, "陈全国") == {b}
    assert archive.search("陈全国").total == 1
    # Another process sees it too.
    with Archive.open(archive.root) as other:
        assert docs(other, "陈全国") == {b}


def test_extract_again_replaces_pages_in_the_index(archive: Archive, tmp_path: Path):
    ids = add(archive, tmp_path / "r", "r", {"r.txt": "喀什"})
    archive.extract(doc_ids=[ids["r.txt"]], force=True)
    assert archive.search("喀什").total == 1


def test_user_dictionary_keeps_slogans_whole(archive: Archive, tmp_path: Path):
    ids = add(archive, tmp_path / "u", "u", {"u.txt": "要求应收尽收。到位了。", "v.txt": "应收账款尽收眼底，到位"})
    assert docs(archive, "应收尽收到位") == {ids["u.txt"], ids["v.txt"]}  # 应收 + 尽收 + 到位
    assert archive.index.add_words(["應收盡收", "应收尽收", " "]) == 1
    assert docs(archive, "应收尽收到位") == {ids["u.txt"]}
    assert archive.index.userdict.read_text(encoding="utf-8") == "應收盡收\n"


# -- concurrency ------------------------------------------------------------------------------


def test_search_during_a_running_ingest(tmp_path: Path, corpus: Path):
    """An ingest in another process indexes as it goes; searches meanwhile succeed and see more and more."""
    import subprocess
    import sys
    import time

    law = (corpus / "zh-docs" / "prc-laws-lawrefbook" / "criminal_law.md").read_text(encoding="utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(240):
        (folder / f"part{i:03d}.txt").write_text(f"卷宗{i:03d}号 中华人民共和国\n" + law[i * 300:i * 300 + 600],
                                                 encoding="utf-8")
    root = tmp_path / "archive"
    Archive.init(root).close()
    process = subprocess.Popen([sys.executable, "-m", "dossier.cli", "-a", str(root), "ingest", str(folder),
                                "-c", "many"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    during: list[int] = []
    with Archive.open(root) as archive:
        deadline = time.monotonic() + 180
        while process.poll() is None and time.monotonic() < deadline:
            total = archive.search('"中华人民共和国"', limit=5).total
            if process.poll() is None:
                during.append(total)
            time.sleep(0.2)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err.decode()
        final = archive.search('"中华人民共和国"', limit=5)
        assert final.total == 240
        assert archive.search("卷宗017号").total == 1
    assert during, "no search ran while the ingest was running"
    assert during == sorted(during)
    assert max(during) < 240 or len(set(during)) > 1


def test_index_writer_lock_blocks_writers_not_readers(archive: Archive, officials: dict[str, str]):
    """While another process holds the index writer, searches work and removal says what is wrong."""
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom dossier.index.tantivy import TantivyIndex\nfrom pathlib import Path\n"
         f"index = TantivyIndex(Path({str(archive.root / 'index' / 'tantivy')!r}))\nindex.writer()\n"
         "print('locked', flush=True)\nsys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "locked\n"
        assert docs(archive, "陈全国") == {officials["a.txt"], officials["b.txt"]}
        archive.index.backend.wait_s = 0.3
        with pytest.raises(Exception) as caught:
            archive.unindex(officials["a.txt"])
        assert str(caught.value) == (
            f"the search index {archive.root / 'index' / 'tantivy'} is being written by another dossier process "
            "(an ingest, extract or reindex); try again when it finishes")
    finally:
        holder.communicate("", timeout=30)
    archive.unindex(officials["a.txt"])
    assert docs(archive, "陈全国") == {officials["b.txt"]}
