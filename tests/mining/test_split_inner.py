"""How the content of a Chinese-preceded parenthesis splits into an English
full form and a short form. The examples are invented; each names a class
of content (shape of short forms, phrases that hold one, codes)."""

import pytest

from glossary_app.mining.english import english_definition, is_drug_code, split_inner
from glossary_app.mining.extract import extract_definitions
from glossary_app.mining.parens import find_parentheticals


def pair(inner, before=""):
    en, abbr, en_span, abbr_span = split_inner(inner, before)
    # Spans always point at the values.
    if en is not None:
        assert " ".join(inner[en_span[0] : en_span[1]].split()) == en
    if abbr is not None:
        assert inner[abbr_span[0] : abbr_span[1]] == abbr
    return en, abbr


@pytest.mark.parametrize(
    "inner, expected",
    [
        # A capitalised plural short form whose letters come from the words in another order.
        ("stem cell-like memory T cells, Tscms", ("stem cell-like memory T cells", "Tscms")),
        ("helper T cell, Thc", ("helper T cell", "Thc")),
        # Plural short forms by shape.
        ("disseminated tumour cells, DTCs", ("disseminated tumour cells", "DTCs")),
        ("long intergenic RNAs, lincRNAs", ("long intergenic RNAs", "lincRNAs")),
        # A short form the long form explains, though it reads like a word.
        ("Mycobacterium tuberculosis, Mtb", ("Mycobacterium tuberculosis", "Mtb")),
    ],
)
def test_last_segment_is_a_short_form_by_shape_or_explanation(inner, expected):
    assert pair(inner) == expected


@pytest.mark.parametrize(
    "inner, expected",
    [
        # Short forms of several tokens, with Greek letters, versions, `+`.
        ("Functional Assessment of Chronic Illness Therapy-Fatigue scale, FACIT F-13",
         ("Functional Assessment of Chronic Illness Therapy-Fatigue scale", "FACIT F-13")),
        ("nuclear receptor gamma, NR-γ", ("nuclear receptor gamma", "NR-γ")),
        ("Paediatric Toxicity Grading Criteria version 2.0, PTGC v2.0",
         ("Paediatric Toxicity Grading Criteria version 2.0", "PTGC v2.0")),
        ("KIT-positive spindle cell tumour, KIT+ SCT", ("KIT-positive spindle cell tumour", "KIT+ SCT")),
    ],
)
def test_multi_token_short_forms(inner, expected):
    assert pair(inner) == expected


def test_a_long_name_paired_with_a_short_form_is_kept():
    name = "Northern Alliance of Research Institutes for the Assessment of Quality in Paediatric Palliative Care Services"
    assert len(name.split()) > 12
    assert pair(f"{name}, NARIAQ-PPCS") == (name, "NARIAQ-PPCS")
    # Alone, a content that long is a sentence, not a term.
    assert pair("this is a long sentence about the many patients who were treated in the two centres in the study") == (None, None)


@pytest.mark.parametrize(
    "inner, expected",
    [
        ("CD4+ T cells", ("CD4+ T cells", None)),
        ("NK cells", ("NK cells", None)),
        ("HBV carriers", ("HBV carriers", None)),
        ("CD4+ T cells, Th", ("CD4+ T cells", "Th")),
        # But a Greek letter name, a version or a mutation is part of a short form.
        ("ER beta", (None, "ER beta")),
        ("NRAS Q61K", (None, "NRAS Q61K")),
        ("PSMA PET", (None, "PSMA PET")),
    ],
)
def test_an_english_phrase_that_holds_a_short_form_is_english(inner, expected):
    assert pair(inner) == expected


@pytest.mark.parametrize("code", ["XYZ123", "QR001", "ABCD4567", "ABC-D123", "ABC-1234"])
def test_development_codes_are_not_terms(code):
    assert is_drug_code(code, "")
    assert pair(code) == (None, None)
    assert pair(code, "新药某某替尼") == (None, None)


def test_a_code_beside_the_english_name_of_a_drug_is_dropped():
    assert pair("examplimab, XYZ123") == ("examplimab", None)
    assert pair("XYZ123, examplimab") == ("examplimab", None)


def test_a_code_shaped_name_explained_by_its_number_is_a_term():
    # The Chinese term before the parenthesis gives the number.
    assert pair("GP210", "核孔糖蛋白210") == (None, "GP210")
    # Or the English beside it does.
    assert pair("nuclear pore glycoprotein 210, GP210") == ("nuclear pore glycoprotein 210", "GP210")
    assert not is_drug_code("GP210", "glycoprotein 210")
    # Gene symbols with one or two digits are never codes.
    assert not is_drug_code("ABC12", "")


def test_is_drug_code_without_an_explanation_keeps_its_old_meaning():
    # The English path asks without an explanation: only the unambiguous shapes are codes.
    assert is_drug_code("ABC-102") and is_drug_code("ABC1234")
    assert not is_drug_code("XYZ123")


@pytest.mark.parametrize(
    "inner, expected",
    [
        ("the objective response rate, ORR", ("objective response rate", "ORR")),
        ("an immune checkpoint", ("immune checkpoint", None)),
        # Kept when the short form spells it or it opens a capitalised name.
        ("A proliferation-inducing ligand, APRIL", ("A proliferation-inducing ligand", "APRIL")),
        ("The Cancer Imaging Archive", ("The Cancer Imaging Archive", None)),
    ],
)
def test_a_leading_article_stays_out(inner, expected):
    assert pair(inner) == expected


def test_several_short_forms_after_the_english():
    # The first is the one the English gives; the others are aliases.
    assert pair("programmed cell death protein 1, PD1, CD279") == ("programmed cell death protein 1", "PD1")


def test_a_comma_between_digits_is_part_of_the_name():
    assert pair("1,25-dihydroxyvitamin D3, calcitriol") == ("1,25-dihydroxyvitamin D3, calcitriol", None)
    assert pair("2,4-dinitrophenol, DNP") == ("2,4-dinitrophenol", "DNP")


def test_brand_names_are_not_short_forms():
    # A capitalised word that the English does not explain is not a short form.
    got = pair("examplimab, Examplix")
    assert got[1] is None


def test_a_gene_alias_after_a_latin_name_in_chinese_text_is_not_a_definition():
    text = "研究发现。Protocadherin 10(PCDH10)在肿瘤中低表达。"
    assert [(d.en, d.abbr) for d in extract_definitions(text)] == []
    # The same in English text follows the English corpus convention: a definition.
    text = "We found that Protocadherin 10 (PCDH10) was silenced."
    (p,) = [p for p in find_parentheticals(text)]
    d = english_definition(text, p)
    assert (d.en, d.abbr) == ("Protocadherin 10", "PCDH10")
    # An abbreviation with a vowel or of two letters is one, even in Chinese text.
    for en, abbr in (("lipoxygenase-5", "LOX-5"), ("interleukin-8", "IL-8")):
        got = [(d.en, d.abbr) for d in extract_definitions(f"研究发现{en} ({abbr})升高。")]
        assert (en, abbr) in got


def test_chinese_path_through_the_extractor():
    text = "肿瘤中浸润的干细胞样记忆T细胞(stem cell-like memory T cells, Tscms)增多，而CD4+T细胞(CD4+ T cells)减少。新药某某单抗(XYZ123)已上市。"
    got = [(d.zh, d.en, d.abbr) for d in extract_definitions(text)]
    assert ("干细胞样记忆T细胞", "stem cell-like memory T cells", "Tscms") in got
    assert ("CD4+T细胞", "CD4+ T cells", None) in got
    assert not any(abbr == "XYZ123" for _, _, abbr in got)


@pytest.mark.parametrize(
    "inner, expected",
    [
        # A short form after the English without a comma, when the English explains it.
        ("distant metastasis-free survival DMFS", ("distant metastasis-free survival", "DMFS")),
        ("distant metastasis-free survival (DMFS)", ("distant metastasis-free survival", "DMFS")),
        ("distant metastasis-free survival [DMFS]", ("distant metastasis-free survival", "DMFS")),
        ("distant metastasis-free survival: DMFS", ("distant metastasis-free survival", "DMFS")),
        ("distant metastasis-free survival、DMFS", ("distant metastasis-free survival", "DMFS")),
        ("cluster protein-7/CP-7", ("cluster protein-7", "CP-7")),
        # Not explained: one name with a short form inside it.
        ("magnetic resonance imaging/CT", ("magnetic resonance imaging/CT", None)),
        ("tumour-infiltrating B cells", ("tumour-infiltrating B cells", None)),
    ],
)
def test_a_short_form_joined_without_a_comma(inner, expected):
    assert pair(inner) == expected


@pytest.mark.parametrize("inner", ["ABC-4, DE-1", "XR, YR", "IL-9, TNF-β", "ABCD 0-1", "ABC PS 0~2"])
def test_lists_of_short_forms_and_score_ranges_are_not_terms(inner):
    assert pair(inner) == (None, None)


def test_a_descending_number_pair_is_a_name_not_a_range():
    assert pair("CA 72-4") == (None, "CA 72-4")


def test_capitalised_names_joined_by_hyphens_are_english():
    assert pair("Fischer-Tropsch") == ("Fischer-Tropsch", None)
    assert pair("Fischer-Tropsch synthesis, FTS") == ("Fischer-Tropsch synthesis", "FTS")


def test_a_hyphenated_code_shape_explained_by_the_chinese_term_is_a_term():
    assert pair("GP-210", "核孔糖蛋白210") == (None, "GP-210")
    assert pair("ABC-7711", "某某替尼") == (None, None)


def test_capitals_written_inside_the_chinese_term_make_a_short_form():
    # the B of 调节性B细胞 is the capital of Bregs: a short form, not an English word
    assert split_inner("Bregs", "研究发现调节性B细胞")[:2] == (None, "Bregs")
    # an English word after a Chinese term without Latin capitals stays English
    assert split_inner("Cachexia", "晚期患者常见恶病质")[:2] == ("Cachexia", None)


def test_two_consecutive_grades_of_a_scale_are_no_short_form():
    assert split_inner("TR-0/1", "达到肿瘤退缩")[:2] == (None, None)
    assert split_inner("CDK4/6", "细胞周期蛋白依赖性激酶")[:2] == (None, "CDK4/6")
