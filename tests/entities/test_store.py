"""The entity stage on a real archive: extraction, entity pages, aliases, merge/split in custody, xref, FtM, timeline, CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dossier import Archive
from dossier.entities.store import EntityStore
from dossier.entities.xref import Named, xref

NOTICE = "zh-docs/xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt"
# A short bilingual note written for the test: the same officials in both scripts.
BILINGUAL = ("新疆维吾尔自治区党委书记陈全国在乌鲁木齐主持会议，朱海仑同志参加。2017年3月1日\n\n"
             "Chen Quanguo met Zhu Hailun in Urumqi on March 3, 2017. 陳全國 spoke.\n")
ENGLISH = "Quanguo Chen visited Kashgar on 17/06/01 with Wang Yongzhi. Call +86 139 1234 5678.\n"


@pytest.fixture
def filled(archive: Archive, corpus: Path, tmp_path: Path) -> Archive:
    """Return an archive with the 2012 notice and the bilingual note in 'papers' and an English note in 'cables'."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text(BILINGUAL, encoding="utf-8")
    (tmp_path / "cables").mkdir()
    (tmp_path / "cables" / "cable.txt").write_text(ENGLISH, encoding="utf-8")
    archive.ingest([corpus / NOTICE, tmp_path / "in" / "note.txt"], "papers")
    archive.ingest([tmp_path / "cables" / "cable.txt"], "cables")
    archive.extract()
    return archive


def _events(archive: Archive) -> list[dict]:
    return [json.loads(bytes(r[0])) for r in archive.conn.execute("SELECT entry FROM custody ORDER BY seq")]


def test_run_extracts_links_scripts_and_resumes(filled: Archive) -> None:
    store = EntityStore(filled)
    summary = store.run()
    assert (summary.documents, summary.pages) == (3, 3)
    # Chen Quanguo (= Quanguo Chen, one Latin key) and Zhu Hailun by pinyin, Urumqi to 乌鲁木齐 by GeoNames.
    assert summary.linked == 3
    assert store.one("Urumqi", "place") == store.one("乌鲁木齐", "place")
    assert filled.conn.execute("SELECT link FROM entities WHERE name = 'Urumqi'").fetchone()[0] == "geonames"
    assert store.run().documents == 0  # nothing left: a second run resumes with nothing to do
    entry = [e for e in _events(filled) if e["event"] == "entities.extracted"]
    assert len(entry) == 1 and entry[0]["documents"] == 3 and entry[0]["mentions"] == summary.mentions
    chen = store.one("Chen Quanguo")
    assert store.one("陳全國") == store.one("Quanguo Chen") == store.one("陈全国") == chen
    page = store.page(chen)
    assert page["name"] == "陈全国"
    assert page["names"][:2] == ["陈全国", "Chen Quanguo"]
    assert sorted(page["names"][2:]) == ["Quanguo Chen", "陳全國"]
    assert page["collections"] == ["cables", "papers"]
    assert len(page["mentions"]) == 4
    assert page["first_date"] == "2017-03-01" and page["last_date"] == "2017-06-01"
    assert {c["name"] for c in page["cooccurring"]} >= {"朱海仑", "乌鲁木齐", "Kashgar", "新疆维吾尔自治区"}
    first = page["mentions"][0]
    assert first["snippet"].startswith("Quanguo Chen"[:0] + "[Quanguo Chen] visited Kashgar")
    assert (first["collection"], first["page"], first["start"], first["end"]) == ("cables", 1, 0, 12)
    assert filled.custody.size() == len(_events(filled))


def test_run_with_a_worker_pool_gives_the_same_mentions_in_order(tmp_path: Path, corpus: Path) -> None:
    text = (corpus / NOTICE).read_text(encoding="utf-8")
    (tmp_path / "many").mkdir()
    for i in range(24):  # more than POOL_MIN_DOCUMENTS, each different
        (tmp_path / "many" / f"{i:02d}.txt").write_text(f"第{i}份。" + text[i * 300:i * 300 + 900], encoding="utf-8")
    results = []
    for workers in (1, 2):
        with Archive.init(tmp_path / f"archive{workers}") as archive:
            archive.ingest([tmp_path / "many"], "many")
            archive.extract()
            summary = EntityStore(archive).run(workers=workers)
            assert summary.documents == 24
            order = [r[0] for r in archive.conn.execute("SELECT d.path FROM entity_runs r JOIN documents d "
                                                        "ON d.id = r.doc_id ORDER BY r.rowid")]
            assert order == sorted(order)
            results.append(sorted(tuple(r) for r in archive.conn.execute(
                "SELECT d.path, m.page, m.start, m.end, m.type, m.text, m.extractor FROM mentions m "
                "JOIN documents d ON d.id = m.doc_id")))
    assert results[0] == results[1] and len(results[0]) > 50


def test_run_refuses_zero_workers(filled: Archive) -> None:
    from dossier.errors import ConfigError

    with pytest.raises(ConfigError, match=r"^DOSSIER_ENTITY_WORKERS has value 0; expected 1 or more$"):
        EntityStore(filled).run(workers=0)


def test_find_pattern_entities_by_any_written_form(filled: Archive) -> None:
    store = EntityStore(filled)
    store.run(collection="papers")
    phone = store.one("0991-2316124")
    assert store.one("+86 991 2316124") == phone
    assert store.label(phone) == "+869912316124 (phone)"
    assert len(list(store.mentions(phone))) == 2  # '0991-2316124' and the bare '2316124' after 0991-2817458
    assert store.one("JBGS@XJZJ.GOV.CN") == store.one("jbgs＠xjzj.gov.cn")
    assert store.label(store.one("新质监办发〔2012〕24号")) == "新质监办发〔2012〕24号 (docno)"


def test_run_records_every_mention_with_offsets(filled: Archive) -> None:
    store = EntityStore(filled)
    store.run(collection="papers")
    rows = filled.conn.execute("SELECT m.start, m.end, m.text, p.text, m.extractor FROM mentions m JOIN pages p "
                               "ON p.doc_id = m.doc_id AND p.page = m.page").fetchall()
    assert rows and all(page[start:end] == text for start, end, text, page, _ in rows)
    assert {"pattern", "rules", "gazetteer", "rules-en"} <= {r[4] for r in rows} <= {"pattern", "rules", "jieba", "gazetteer", "rules-en", "spacy"}
    assert store.pending() != []  # the cables collection is still to do


def test_merge_and_split_are_logged_and_verify_stays_ok(filled: Archive) -> None:
    store = EntityStore(filled)
    store.run()
    chen, zou = store.one("陈全国"), store.one("邹思媛")
    seq = store.merge(chen, [zou])
    assert store.one("邹思媛") == chen
    entry = _events(filled)[seq]
    assert entry["event"] == "entity.merged"
    assert entry["merged"] == [{"entity": zou, "name": "邹思媛 (person)"}]
    moved, seq = store.split(chen, "邹思媛")
    assert moved == zou and store.one("邹思媛") == zou
    assert _events(filled)[seq]["event"] == "entity.split" and _events(filled)[seq]["mentions"] == 2
    # Splitting a linked Latin name keeps it apart even after automatic linking runs again.
    moved, _ = store.split(chen, "Chen Quanguo")
    with filled.transaction():
        store.link_scripts()
    assert store.canonical(moved) == moved
    filled.sign_checkpoint()
    report = filled.verify()
    assert report.ok, report


def test_user_aliases_resolve_names(filled: Archive) -> None:
    from dossier.entities.aliases import AliasList

    store = EntityStore(filled)
    store.run()
    added, seq = store.add_aliases(AliasList([["邹思媛", "Zou Siyuan", "联络员邹"]]))
    assert added == 2 and _events(filled)[seq]["event"] == "entity.aliases"
    assert store.one("Zou Siyuan") == store.one("邹思媛")
    assert "联络员邹" in store.names(store.one("邹思媛"))


def test_xref_explains_exact_alias_pinyin_and_fuzzy() -> None:
    a = [Named(1, "person", "陈全国"), Named(2, "org", "莎车县公安局"), Named(3, "person", "Vince Kaminski")]
    b = [Named(10, "person", "Quanguo Chen"), Named(11, "org", "莎车县公安局"), Named(12, "person", "Vincent Kaminski"),
         Named(13, "person", "陈泉国"), Named(14, "person", "Secretary Chen")]
    found = [(m.a.id, m.b.id, m.how, m.score, m.why) for m in xref(a, b, aliases={"chen secretary": "陈全国"})]
    assert found == [
        (1, 14, "alias", 0.95, "user alias list: '陈全国' and 'Secretary Chen' are names of '陈全国'"),
        (1, 10, "pinyin", 0.95, "'陈全国' and 'Quanguo Chen' read as 'chen quanguo' in pinyin"),
        (2, 11, "exact", 1.0, "same name after normalising: '莎车县公安局'"),
        (3, 12, "fuzzy", 0.84, "names 93% alike (token sort ratio of 'kaminski vince' and 'kaminski vincent')"),
    ]


def test_xref_matches_uyghur_names_across_scripts_by_their_sounds() -> None:
    a = [Named(1, "person", "伊力哈木·土赫提"), Named(2, "person", "努尔·白克力")]
    b = [Named(10, "person", "Ilham Tohti"), Named(11, "person", "ئىلھام توختى"), Named(12, "person", "Ilham Dawut"),
         Named(13, "person", "Nur Bekri")]
    found = [(m.a.id, m.b.id, m.how, m.score) for m in xref(a, b)]
    assert found == [(1, 10, "transliteration", 0.85), (1, 11, "transliteration", 0.85),
                     (2, 13, "transliteration", 0.85)]
    assert "sound alike" in xref(a, b)[0].why
    # Two Latin spellings with the same consonants are not matched by sound: no script was crossed.
    assert [m.how for m in xref([Named(1, "person", "Kenneth Lay")], [Named(2, "person", "Kenneth Lee")])] == []


def test_link_scripts_attaches_a_latin_uyghur_name_to_its_one_chinese_form(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text("2014年，伊力哈木·土赫提被判处无期徒刑。努尔·白克力出席会议。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("In 2014 Ilham Tohti was sentenced to life in prison. Nur Bekri attended.\n",
                                     encoding="utf-8")
    archive.ingest([tmp_path / "zh.txt", tmp_path / "en.txt"], "papers")
    archive.extract()
    store = EntityStore(archive)
    assert store.run().linked == 2
    assert store.one("Ilham Tohti") == store.one("伊力哈木·土赫提") and store.one("Nur Bekri") == store.one("努尔·白克力")
    assert store.one("Ilham Tohti") != store.one("Nur Bekri")
    links = dict(archive.conn.execute("SELECT name, link FROM entities WHERE link IS NOT NULL").fetchall())
    assert links == {"Ilham Tohti": "transliteration", "Nur Bekri": "transliteration"}
    # An archive made before sound keys: its persons carry the old keys and get new ones once.
    archive.conn.execute("UPDATE entities SET merged_into = NULL, link = NULL, pinyin = 'ilham tohti' "
                         "WHERE name = 'Ilham Tohti'")
    archive.conn.execute("DELETE FROM meta WHERE key = 'person_keys'")
    assert store.link_scripts() == 1 and store.one("Ilham Tohti") == store.one("伊力哈木·土赫提")
    assert archive.conn.execute("SELECT 1 FROM meta WHERE key = 'person_keys'").fetchone()


def test_xref_links_places_across_scripts_through_geonames() -> None:
    a = [Named(1, "place", "莎车县"), Named(2, "place", "喀什"), Named(3, "place", "溪岚县")]
    b = [Named(10, "place", "Yarkand"), Named(11, "place", "Kashgar"), Named(12, "place", "Xilan County")]
    found = [(m.a.id, m.b.id, m.how, m.why) for m in xref(a, b) if m.how == "geonames"]
    # 莎车 is not written in Han script in GeoNames: its pinyin, Shache, is, beside the old name Yarkand.
    assert found == [(1, 10, "geonames", "'莎车县' and 'Yarkand' are names of GeoNames place 1280037"),
                     (2, 11, "geonames", "'喀什' and 'Kashgar' are names of GeoNames place 1280849")]


def test_ftm_export_validates_against_the_followthemoney_model(filled: Archive) -> None:
    from followthemoney import model

    from dossier.entities.ftm import entities

    store = EntityStore(filled)
    store.run()
    exported = list(entities(store, "papers"))
    schemata = [e["schema"] for e in exported]
    assert schemata.count("Document") == 2
    for data in exported:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.name == data["schema"]
        for prop, values in data["properties"].items():
            assert proxy.get(prop) == values, (data["schema"], prop)
    person = next(e for e in exported if e["schema"] == "Person" and e["properties"]["name"] == ["陈全国"])
    assert sorted(person["properties"]["alias"]) == ["Chen Quanguo", "Quanguo Chen", "陳全國"]
    mentions = [e for e in exported if e["schema"] == "Mention" and e["properties"]["resolved"] == [person["id"]]]
    assert len(mentions) == 1 and mentions[0]["properties"]["detectedSchema"] == ["Person"]


def test_cli_entities_entity_timeline_xref_alias(filled: Archive, run_cli, tmp_path: Path) -> None:
    root = str(filled.root)
    filled.close()
    result = run_cli("-a", root, "entities", "--extract", "--type", "person")
    assert result.exit_code == 0, result.output
    assert "Extracted" in result.output and "3 names linked across scripts" in result.output
    assert "邹思媛" in result.output and "Chen Quanguo" in result.output
    result = run_cli("-a", root, "entity", "Quanguo Chen", "--graph", tmp_path / "g.svg", "--json")
    page = json.loads(result.output)
    assert page["name"] == "陈全国" and len(page["mentions"]) == 4
    assert "<svg" in (tmp_path / "g.svg").read_text() and "朱海仑" in (tmp_path / "g.svg").read_text()
    assert page["links"] == {"Chen Quanguo": "pinyin"}  # Quanguo Chen has the same Latin key: one entity
    result = run_cli("-a", root, "entity", "陈全国")
    assert "Linked: Chen Quanguo (pinyin)" in result.output
    result = run_cli("-a", root, "timeline", "papers", "--csv", tmp_path / "t.csv", "--plot", tmp_path / "t.svg")
    assert result.exit_code == 0 and "3 dated events." in result.output
    rows = list(csv.DictReader((tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()))
    assert [(r["date"], r["text"]) for r in rows] == [("2012-04-28", "2012年4月28日"), ("2017-03-01", "2017年3月1日"),
                                                      ("2017-03-03", "March 3, 2017")]
    assert rows[0]["sentence"] == "备注：各单位请于2012年4月28日前将此表上报区局办公室。"
    assert (tmp_path / "t.svg").read_text().startswith("<?xml")
    result = run_cli("-a", root, "timeline", "papers", "--since", "2017-03-02", "--json")
    assert [e["date"] for e in json.loads(result.output)] == ["2017-03-03"]
    result = run_cli("-a", root, "xref", "cables", "papers", "--output", tmp_path / "x.json")
    matches = json.loads((tmp_path / "x.json").read_text())
    assert {(m["a_name"], m["b_name"], m["how"]) for m in matches} >= {("Quanguo Chen", "陈全国", "pinyin")}
    result = run_cli("-a", root, "alias", "邹思媛", "Zou Siyuan")
    assert result.exit_code == 0 and result.output.startswith("Recorded 1 aliases (custody entry ")
    result = run_cli("-a", root, "alias", "nobody", "--split", "x")
    assert result.exit_code == 1 and "no entity named 'nobody'; `dossier entities` lists them" in result.output
    assert run_cli("-a", root, "verify").exit_code == 0


def test_cli_suggest_redactions(filled: Archive, run_cli, tmp_path: Path) -> None:
    doc = filled.conn.execute("SELECT id FROM documents WHERE path LIKE '%notice%'").fetchone()[0]
    root = str(filled.root)
    filled.close()
    (tmp_path / "private.txt").write_text("邹思媛\n", encoding="utf-8")
    result = run_cli("-a", root, "entities", "--suggest-redactions", doc[:10], "--private", tmp_path / "private.txt",
                     "--json")
    found = [(s["type"], s["text"]) for s in json.loads(result.output)["suggestions"]]
    assert found == [("email", "jbgs＠xjzj.gov.cn"), ("email", "jbgs@xjnewqi.gov.cn"), ("email", "jbgs@xjzj.gov.cn"),
                     ("person", "邹思媛"), ("phone", "0991-2817458"), ("phone", "2316124"), ("phone", "0991-2316124"),
                     ("person", "邹思媛"), ("email", "zjxc12365@163.com")]


def test_search_entity_filter_finds_the_pages_of_every_name_and_script(filled: Archive) -> None:
    from dossier.index.query import QueryError

    EntityStore(filled).run()
    expected = {(filled.resolve(r[0]), r[1]) for r in filled.conn.execute(
        "SELECT DISTINCT m.doc_id, m.page FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE e.name IN ('陈全国', 'Chen Quanguo', '陳全國', 'Quanguo Chen')")}
    assert len({doc for doc, _ in expected}) == 2  # the bilingual note and the English cable
    for name in ("陈全国", "Chen Quanguo", "陳全國", "Quanguo Chen"):
        found = {(hit.doc, hit.page) for hit in filled.search(f'entity:"{name}"', limit=50).hits}
        assert found == expected, name
    # With a term: only pages that mention him and say the term; with a collection: only that collection.
    assert {hit.doc for hit in filled.search('entity:陈全国 Kashgar').hits} == \
        {doc for doc, _ in expected if filled.conn.execute("SELECT collection FROM documents WHERE id = ?",
                                                            (doc,)).fetchone()[0] == "cables"}
    assert filled.search("entity:陈全国", collection="papers").total == 1
    assert filled.search("entity:陈全国", collections=[]).total == 0
    with pytest.raises(QueryError, match="entity:Nobody Known: no entity has this name"):
        filled.search('entity:"Nobody Known"')
    # A reader limited to some collections learns nothing about names found only elsewhere.
    assert filled.search('entity:"Nobody Known"', collections=["papers"]).total == 0
