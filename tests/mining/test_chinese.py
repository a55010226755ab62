"""The Chinese term's left boundary."""

import pytest

from glossary_app.mining.chinese import english_content_words, find_chinese_term, segment


def term(left: str, en=None, abbr=None, doc: str = ""):
    text = doc + left + "（x）"
    t = find_chinese_term(text, len(doc) + len(left), en, abbr)
    return t.text if t else None


@pytest.mark.parametrize(
    "left, en, abbr, expected",
    [
        # a framing verb before the term is not part of it; 无 aligns with "free"
        ("研究显示该方案可延长无进展生存期", "progression free survival", "PFS", "无进展生存期"),
        # a preposition stops the term
        ("患者对表皮生长因子受体酪氨酸激酶抑制剂", "epidermal growth factor receptor tyrosine kinase inhibitor", "EGFR-TKI", "表皮生长因子受体酪氨酸激酶抑制剂"),
        # punctuation stops the term
        ("近年来，上皮间质转化", "epithelial-mesenchymal transition", "EMT", "上皮间质转化"),
        # a modifier the English does not cover is left out
        ("本组纳入晚期非小细胞肺癌", "non-small cell lung cancer", "NSCLC", "非小细胞肺癌"),
        # ... and kept when the English covers it
        ("我们比较了晚期肺癌", "advanced lung cancer", None, "晚期肺癌"),
        # Latin letters that the English accounts for belong to the term
        ("胞外区含有四个IPT区", "immunoglobulin-plexin-transcription domain", None, "IPT区"),
        # a numeral before the term is not part of it
        ("2019年世界卫生组织", "World Health Organization", "WHO", "世界卫生组织"),
    ],
)
def test_boundary_with_english(left, en, abbr, expected):
    assert term(left, en, abbr) == expected


@pytest.mark.parametrize(
    "left, abbr, expected",
    [
        ("根据激素分泌情况可分为功能性胰腺神经内分泌肿瘤", "F-pNEN", "功能性胰腺神经内分泌肿瘤"),
        ("本组中血管内皮生长因子", "VEGF", "血管内皮生长因子"),
        # an unknown drug name is glued back into one word and not cut short
        ("术前使用卡培他滨联合替莫唑胺", "CAPTEM", "卡培他滨联合替莫唑胺"),
    ],
)
def test_boundary_with_abbreviation_only(left, abbr, expected):
    assert term(left, None, abbr) == expected


def test_document_statistics_keep_a_compound():
    # 免疫 always precedes 检查点 in this document, so it is part of the compound
    # even though the English leaves it out.
    doc = "免疫检查点是重要靶点。免疫检查点分子表达上调。"
    assert term("患者对免疫检查点抑制剂", "checkpoint inhibitors", "CPI", doc=doc) == "免疫检查点抑制剂"


def test_document_statistics_drop_a_recurring_modifier():
    # 高龄 qualifies several terms here, and 非小细胞肺癌 mostly stands alone.
    doc = "非小细胞肺癌是常见肿瘤。非小细胞肺癌的发病率高。非小细胞肺癌治疗困难。高龄肝癌少见。高龄非小细胞肺癌预后差。"
    assert term("研究纳入高龄非小细胞肺癌", None, "NSCLC", doc=doc) == "非小细胞肺癌"


def test_no_term_after_a_function_word_or_latin():
    assert find_chinese_term("这是的（ABC）", 3, None, "ABC") is None
    assert find_chinese_term("DOTATATE（x）", 8, None, "TAT") is None


def test_offsets_point_at_the_term():
    text = "结果表明，无进展生存期（progression free survival, PFS）延长"
    t = find_chinese_term(text, text.index("（"), "progression free survival", "PFS")
    assert text[t.start : t.end] == t.text == "无进展生存期"
    assert 0 < t.confidence <= 1


def test_segment_glues_unknown_single_characters_but_not_function_words():
    words = segment("对卡培他滨")
    assert words[0] == "对"
    assert "".join(words) == "对卡培他滨"


def test_english_content_words_skip_function_words():
    assert english_content_words("signal transducer and activator of transcription 3") == [
        "signal", "transducer", "activator", "transcription", "3"
    ]
