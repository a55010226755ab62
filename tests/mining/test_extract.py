"""Definitions from text, both languages, through the whole extractor."""

import pytest

from glossary_app.mining.extract import extract_definitions
from glossary_app.normalize import to_traditional


def triples(text):
    return [(d.zh, d.en, d.abbr) for d in extract_definitions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 中文（English full form, ABBR）, full-width and half-width
        ("研究表明，总生存期（overall survival, OS）明显延长。", ("总生存期", "overall survival", "OS")),
        ("患者的客观缓解率(objective response rate,ORR)为40%。", ("客观缓解率", "objective response rate", "ORR")),
        # 中文（English）
        ("其胞外区含有跨膜区（transmembrane domain）。", ("跨膜区", "transmembrane domain", None)),
        # 中文（ABBR）
        ("常见靶点包括血管内皮生长因子(VEGF)等。", ("血管内皮生长因子", None, "VEGF")),
        # English full form (ABBR)
        ("The disease control rate (DCR) was 80%.", (None, "disease control rate", "DCR")),
        # ABBR (English full form)
        ("Patients received SBRT (stereotactic body radiotherapy) twice.", (None, "stereotactic body radiotherapy", "SBRT")),
        # a Chinese term that ends in a Latin letter or a digit
        ("下游分子磷脂酶C（phospholipase C, PLC）被激活。", ("磷脂酶C", "phospholipase C", "PLC")),
        # a line break inside the parenthesis
        ("无进展生存期（progression free\nsurvival, PFS）延长。", ("无进展生存期", "progression free survival", "PFS")),
    ],
)
def test_each_pattern(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "两组差异有统计学意义(P<0.05)。",
        "共纳入患者(n=61)。",
        "其中女性占多数(6.1%)。",
        "模型表现良好(AUC=0.80)。",
        "风险降低(OR= 0.83, 95% CI [0.70, 0.98])。",
        "as reported previously (2019).",
        "as shown before [12] (Fig. 2).",
        "the gene CXorf61(KK-LC-1) was expressed.",
        "新药瑞齐替尼(BPI-7711)已获批。",
        "the response (a) and toxicity (b) were recorded.",
    ],
)
def test_noise_is_not_a_definition(text):
    assert triples(text) == []


def test_a_slash_ends_the_first_term():
    text = "肝细胞生长因子（hepatocyte growth factor, HGF）/上皮间质转化因子（mesenchymal-epithelial transition factor, MET）通路"
    got = triples(text)
    assert ("肝细胞生长因子", "hepatocyte growth factor", "HGF") in got
    assert ("上皮间质转化因子", "mesenchymal-epithelial transition factor", "MET") in got


def test_traditional_text_is_mined_as_written():
    simplified = "结果显示，无进展生存期（progression free survival, PFS）和总生存期（overall survival, OS）均延长。"
    traditional = to_traditional(simplified)
    got = triples(traditional)
    assert (to_traditional("无进展生存期"), "progression free survival", "PFS") in got
    assert (to_traditional("总生存期"), "overall survival", "OS") in got


def test_an_abbreviation_defined_elsewhere_guides_a_bare_chinese_definition():
    text = (
        "Mammalian target of rapamycin (mTOR) inhibitors are used. "
        "本文中，靶向药物包括雷帕霉素靶蛋白(mTOR)抑制剂。"
    )
    assert ("雷帕霉素靶蛋白", None, "mTOR") in triples(text)


def test_spans_point_at_the_values():
    text = "患者的无进展生存期（progression free survival, PFS）延长。"
    (d,) = extract_definitions(text)
    assert text[d.zh_span[0] : d.zh_span[1]] == d.zh
    assert text[d.en_span[0] : d.en_span[1]] == d.en
    assert text[d.abbr_span[0] : d.abbr_span[1]] == d.abbr
    assert text[d.start : d.end].startswith("无进展生存期") and text[d.end - 1] == "）"


def test_a_radionuclide_whose_opening_parenthesis_was_lost():
    text = "采用碘-131131I)治疗，并与锝-99m99mTc)显像比较。"
    got = triples(text)
    assert ("碘-131", None, "131I") in got and ("锝-99m", None, "99mTc") in got
    # an ordinary hyphenated number is not one
    assert triples("随访12-1818个月)。") == []


def test_a_chinese_aside_after_the_definition_is_left_out():
    text = "细胞毒T淋巴细胞相关蛋白4（cytotoxic T-lymphocyte-associated protein 4，CTLA-4；又称CD152）是免疫检查点。"
    assert ("细胞毒T淋巴细胞相关蛋白4", "cytotoxic T-lymphocyte-associated protein 4", "CTLA-4") in triples(text)
    assert ("肿瘤坏死因子", "tumor necrosis factor", "TNF") in triples("肿瘤坏死因子(tumor necrosis factor, TNF，下同)升高。")


def test_a_nested_short_form_is_part_of_the_outer_definition():
    got = triples("淋巴细胞活化基因3(lymphocyte activation gene 3 (LAG-3))是新靶点。")
    assert ("淋巴细胞活化基因3", "lymphocyte activation gene 3", "LAG-3") in got
    assert (None, "lymphocyte activation gene 3", "LAG-3") not in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("参照《乳腺癌筛查指南》(breast cancer screening guideline)执行。", ("乳腺癌筛查指南", "breast cancer screening guideline", None)),
        ("所谓「免疫逃逸」(immune escape)是指肿瘤逃避免疫监视。", ("免疫逃逸", "immune escape", None)),
        ("按《肿瘤缓解评价标准》(Tumor Response Criteria, TRC)评估。", ("肿瘤缓解评价标准", "Tumor Response Criteria", "TRC")),
    ],
)
def test_a_quoted_term_before_the_parenthesis(text, expected):
    assert expected in triples(text)


def test_a_negated_term_keeps_its_negation():
    assert ("不可逆抑制剂", "irreversible inhibitor", None) in triples("属于不可逆抑制剂(irreversible inhibitor)。")


def test_a_short_form_built_on_the_latin_letter_of_the_chinese_term():
    assert ("调节性B细胞", None, "Bregs") in triples("研究发现调节性B细胞(Bregs)可抑制免疫。")


def test_a_name_with_a_slash_in_both_languages_is_one_term():
    text = "激活丝裂原活化蛋白激酶/细胞外信号调节激酶(mitogen-activated protein kinase/extracellular signal-regulated kinase, MAPK/ERK)通路。"
    got = triples(text)
    assert ("丝裂原活化蛋白激酶/细胞外信号调节激酶", "mitogen-activated protein kinase/extracellular signal-regulated kinase", "MAPK/ERK") in got
    # the Chinese before the slash must translate the English before it
    got = triples("化疗/正电子发射断层显像(positron emission tomography/CT)复查。")
    assert got == [("正电子发射断层显像", "positron emission tomography/CT", None)]
