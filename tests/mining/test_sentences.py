"""Sentence splitting: Chinese and English rules, offsets, and invariants on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_app.mining.sentences import MAX_SENTENCE, split_sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def check_invariants(text: str) -> None:
    sents = split_sentences(text)
    prev = 0
    for s in sents:
        assert 0 <= prev <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert text[prev : s.start].strip() == ""  # nothing but whitespace is left out
        assert s.end - s.start <= MAX_SENTENCE
        assert s.lang in ("zh", "en")
        prev = s.end
    assert text[prev:].strip() == ""


# --- Chinese -----------------------------------------------------------------


def test_chinese_terminators():
    text = "肺癌是常见的恶性肿瘤。其发病率逐年上升！是否需要治疗？需要；但要谨慎。"
    assert texts(text) == ["肺癌是常见的恶性肿瘤。", "其发病率逐年上升！", "是否需要治疗？", "需要；", "但要谨慎。"]
    assert all(s.lang == "zh" for s in split_sentences(text))


def test_runs_of_terminators_stay_together():
    assert texts("网刊加载中。。。确定继续浏览么？！好的") == ["网刊加载中。。。", "确定继续浏览么？！", "好的"]


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    assert texts('他说："好。"然后离开。') == ['他说："好。"', "然后离开。"]
    assert texts("“治疗有效。”患者好转。") == ["“治疗有效。”", "患者好转。"]
    assert texts("（详见表1。）下一句。") == ["（详见表1。）", "下一句。"]
    assert texts("称为「靶向治疗。」此后") == ["称为「靶向治疗。」", "此后"]


def test_half_width_terminators_before_chinese():
    text = "治疗有效.患者好转!随访结束?完成;继续"
    assert texts(text) == ["治疗有效.", "患者好转!", "随访结束?", "完成;", "继续"]
    # English text ending right before Chinese also splits.
    assert texts("It is common. 第二句。") == ["It is common.", "第二句。"]


def test_half_width_period_not_after_numbers_or_abbreviations():
    assert texts("1.研究对象") == ["1.研究对象"]
    assert texts("增加了3.5倍。") == ["增加了3.5倍。"]
    assert texts("Smith et al.报道了该结果。") == ["Smith et al.报道了该结果。"]


def test_line_breaks_are_hard_boundaries_in_chinese():
    text = "摘要\n胰腺神经内分泌肿瘤是一类罕见肿瘤\n关键词：肝转移"
    assert texts(text) == ["摘要", "胰腺神经内分泌肿瘤是一类罕见肿瘤", "关键词：肝转移"]
    assert texts("第一行\r\n第二行\r第三行\u2028第四行") == ["第一行", "第二行", "第三行", "第四行"]


def test_line_breaks_inside_citation_brackets_are_debris():
    # Scraped pages put the citation link on its own line: 逐年升[\n\n1]。
    assert texts("检出率逐年升[\n\n1]。下一句。") == ["检出率逐年升[\n\n1]。", "下一句。"]
    assert texts("Yuan[\n\n12-14, 16]分析了患者。") == ["Yuan[\n\n12-14, 16]分析了患者。"]
    assert texts("见[\n图1]") == ["见[", "图1]"]  # not a citation: the break stays hard


def test_parenthetical_definition_stays_in_one_sentence():
    text = "肝细胞生长因子（hepatocyte growth factor, HGF）是一种多效因子。它能促进增殖。"
    assert texts(text) == ["肝细胞生长因子（hepatocyte growth factor, HGF）是一种多效因子。", "它能促进增殖。"]


# --- English -----------------------------------------------------------------


def test_english_basic():
    assert texts("This is one. This is two! Is it three? Yes.") == [
        "This is one.",
        "This is two!",
        "Is it three?",
        "Yes.",
    ]
    assert all(s.lang == "en" for s in split_sentences("This is one. This is two!"))


def test_english_needs_a_capital_after_the_space():
    assert texts("at present, the therapy. it is lowercase here") == ["at present, the therapy. it is lowercase here"]


def test_abbreviations_initials_and_decimals_do_not_split():
    text = (
        "As shown by Smith et al. (2019), tumors grow. Fig. 2 shows it. "
        "Drug A vs. Placebo was tested, e.g. Osimertinib, i.e. Tagrisso. "
        "J. Smith wrote it. The P value was 0.05 in the U.S. Army trial. Then it ended."
    )
    assert texts(text) == [
        "As shown by Smith et al. (2019), tumors grow.",
        "Fig. 2 shows it.",
        "Drug A vs. Placebo was tested, e.g. Osimertinib, i.e. Tagrisso.",
        "J. Smith wrote it.",
        "The P value was 0.05 in the U.S. Army trial.",
        "Then it ended.",
    ]


def test_number_before_period_still_ends_sentence():
    assert texts("The rate was 0.05. Then it rose to 12%. Finally in Figure 1a. The end.") == [
        "The rate was 0.05.",
        "Then it rose to 12%.",
        "Finally in Figure 1a.",
        "The end.",
    ]


def test_list_numbers_do_not_end_sentences():
    assert texts("Conclusions:1. Compared with mTOR inhibitors, TKIs prolong survival.") == [
        "Conclusions:1. Compared with mTOR inhibitors, TKIs prolong survival."
    ]
    assert texts("1. Introduction\n2. Methods") == ["1. Introduction", "2. Methods"]
    assert texts("from 2004 to 2016. The relevant data.") == ["from 2004 to 2016.", "The relevant data."]


def test_closing_quote_and_bracket_after_english_period():
    assert texts('He said "stop." Then (it ended.) The rest.') == ['He said "stop."', "Then (it ended.)", "The rest."]


def test_run_on_abstract_without_spaces():
    text = (
        "in the treatment of advanced hepatocellular carcinoma(HCC).Methods According to the inclusion "
        "criteria,33 patients were included.The clinical data were recorded.Results The rate was 45%.A total "
        "of 33 patients were analysed, e.g.The first."
    )
    assert texts(text) == [
        "in the treatment of advanced hepatocellular carcinoma(HCC).",
        "Methods According to the inclusion criteria,33 patients were included.",
        "The clinical data were recorded.",
        "Results The rate was 45%.",
        "A total of 33 patients were analysed, e.g.The first.",
    ]


def test_no_split_inside_abbreviated_tokens_without_spaces():
    assert texts("the U.S.Army and version 2.0.Then") == ["the U.S.Army and version 2.0.Then"]


def test_wrapped_english_line_is_joined_but_other_breaks_are_hard():
    text = "the epidermal growth\nfactor receptor is here.\nNext line\nAnother line"
    assert texts(text) == ["the epidermal growth\nfactor receptor is here.", "Next line", "Another line"]


def test_seed_abstract_is_split_into_real_sentences():
    from tests.conftest import SEEDS

    text = (SEEDS / "000_7409b63072440a1d.txt").read_text(encoding="utf-8")
    got = texts(text)
    assert "The Kaplan-Meier method was used to analyze the clinical curative effect of patients taking medication." in got
    assert any(s.startswith("Methods According to the inclusion criteria,33 patients") for s in got)


# --- Offsets, language, caps --------------------------------------------------


def test_offsets_point_into_the_text_and_exclude_whitespace():
    text = "  \n 第一句。  Second one.\t\n\n  第三句  "
    sents = split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == ["第一句。", "Second one.", "第三句"]
    assert [s.lang for s in sents] == ["zh", "en", "zh"]
    assert sents[0].start == 4


def test_mixed_sentence_language_is_zh():
    (s,) = split_sentences("EGFR-TKI耐药")
    assert s.lang == "zh"


def test_empty_and_whitespace_only():
    assert split_sentences("") == []
    assert split_sentences(" \n\t\u3000\n") == []


def test_long_run_is_cut_at_whitespace():
    text = "word " * 1000  # 5,000 characters, no punctuation
    sents = split_sentences(text)
    assert len(sents) >= 5
    assert all(s.end - s.start <= MAX_SENTENCE for s in sents)
    assert all(text[s.start : s.end].split() == ["word"] * len(text[s.start : s.end].split()) for s in sents)
    assert sum(len(text[s.start : s.end].split()) for s in sents) == 1000


def test_long_chinese_run_without_spaces_is_cut_at_the_cap():
    text = "肿" * 2500
    assert [s.end - s.start for s in split_sentences(text)] == [1000, 1000, 500]
    with_commas = "肿瘤，" * 800  # cut after a comma rather than mid-word
    assert all(with_commas[s.end - 1] == "，" for s in split_sentences(with_commas)[:-1])


def test_pathological_runs_are_fast():
    import time

    t0 = time.perf_counter()
    for text in ("." * 50_000, "。" * 50_000, ". " * 50_000, "a." + " " * 200_000 + "b", "." + ")" * 50_000):
        check_invariants(text)
    assert time.perf_counter() - t0 < 5


# --- Properties ----------------------------------------------------------------

_INTERESTING = list("。！？；.!?;．\n\r\t \u3000\u2028\"”’）)」]aAzZ中文é1%(（「")


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text_gives_ordered_in_bounds_stripped_spans(text):
    check_invariants(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_INTERESTING) | st.characters(), max_size=300))
def test_punctuation_heavy_text_gives_ordered_in_bounds_stripped_spans(text):
    check_invariants(text)
