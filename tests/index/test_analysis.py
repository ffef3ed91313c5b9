"""Text analysis: folding, bigrams, words, Uyghur scripts, jieba segmentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.index import analysis


def test_fold_traditional_and_variants_to_one_form():
    assert analysis.fold("陳全國") == analysis.fold("陈全国") == "陈全国"
    # Per-character classes: a lone 乾 folds like the 乾 of 乾燥, so substrings fold as pages do.
    assert analysis.fold("乾") == analysis.fold("幹") == analysis.fold("干") == "干"
    assert analysis.fold("臺灣") == analysis.fold("台湾")


def test_fold_full_width_case_accents_and_marks():
    assert analysis.fold("ＡＢＣ１２３") == "abc123"
    assert analysis.fold("Café RÉSUMÉ") == "cafe resume"
    assert analysis.fold("٢٠١٧") == "2017"
    assert analysis.fold("don't") == "dont"


def test_bigram_text_matches_python_bigrams():
    for dense in ("", "陈", "陈全", "陈全国", "𠀀陈全2017"):
        assert analysis.bigram_text(dense) == " ".join(analysis.bigrams(dense))
    assert analysis.bigram_text("陈全国") == "陈全 全国 国"


def test_index_terms_split_dense_and_words():
    ngrams, words, stems = analysis.index_terms("陳全國在ＡＢＣ公司\n報告 Reports reporting 2017年")
    # Spaces, line breaks and Latin words are transparent between dense characters.
    assert ngrams == "陈全 全国 国在 在公 公司 司报 报告 告2 20 01 17 7年 年"
    assert words == "abc reports reporting"
    assert stems == "abc report report"


def test_index_terms_drop_overlong_words():
    _, words, _ = analysis.index_terms("a" * 65 + " short")
    assert words == "short"


def test_uyghur_arabic_and_latin_fold_to_one_key(corpus: Path):
    """Every Arabic-script word of the UD Uyghur test set folds like its Latin transliteration."""
    conllu = corpus / "uyghur" / "ud-uyghur-udt" / "ug_udt-ud-test.conllu"
    total = mismatched = 0
    for line in conllu.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 10 or not any("\u0600" <= c <= "\u06ff" for c in parts[1]):
            continue
        misc = dict(x.split("=", 1) for x in parts[9].split("|") if "=" in x)
        if "Translit" not in misc:
            continue
        total += 1
        mismatched += analysis.query_terms(parts[1])[1] != analysis.query_terms(misc["Translit"])[1]
    assert total == 9013
    assert mismatched == 0


def test_uyghur_presentation_forms_and_tatweel_fold_to_base_letters():
    # ﺋﯘﺭﯗﻣﭽﻰ: presentation forms of ئۈرۈمچى; a tatweel and a fatha inside.
    assert analysis.query_terms("ﺋﯜﺭﯛﻣﭽﻰ")[1] == ["urumchi"]
    assert analysis.query_terms("ئۈرـۈمَچى")[1] == ["urumchi"]
    assert analysis.query_terms("Ürümchi")[1] == ["urumchi"]


def test_uey_to_uly_follows_the_official_alphabet():
    assert analysis.uey_to_uly("بىزنىڭ ئورتاق ئارزۇيىمىز، شېئىر") == "bizning ortaq arzuyimiz, shé'ir"
    assert analysis.uey_to_uly("قىلىنغان") == "qilin'ghan"  # n + gh, not ng + h
    assert analysis.uly_to_uey("bizning ortaq arzuyimiz, shé'ir") == "بىزنىڭ ئورتاق ئارزۇيىمىز، شېئىر"
    assert analysis.uly_to_uey("qilin'ghan") == "قىلىنغان"


def test_segment_splits_long_runs_and_keeps_user_words(tmp_path: Path):
    assert analysis.segment("新疆维吾尔自治区政府工作报告") == ["新疆维吾尔自治区", "政府", "工作", "报告"]
    assert analysis.segment("应收尽收到位") == ["应收", "尽收", "到位"]
    userdict = tmp_path / "userdict.txt"
    userdict.write_text("應收盡收\n# a comment\n", encoding="utf-8")
    assert analysis.segment("应收尽收到位", userdict) == ["应收尽收", "到位"]


@pytest.mark.parametrize("char", ["陈", "陳", "３", "3"])
def test_variants_list_every_original_form(char: str):
    folded = analysis.fold(char)
    assert char in analysis.variants(folded)
