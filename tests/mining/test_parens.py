"""Behaviour of the parenthesis finder and the noise filter."""

import pytest

from glossary_app.mining.parens import Parenthetical, find_parentheticals, is_noise


def inners(text, **kw):
    return [text[p.inner_start : p.inner_end] for p in find_parentheticals(text, **kw)]


def test_half_and_full_width_and_mixed_pairs():
    text = "总生存期（overall survival, OS）与 disease control rate (DCR) 及 无病生存期（DFS) 和 客观缓解率(ORR）"
    assert inners(text) == ["overall survival, OS", "DCR", "DFS", "ORR"]


def test_offsets_point_at_the_marks():
    text = "the tumour mutational burden (TMB) was high"
    (p,) = find_parentheticals(text)
    assert text[p.open] == "(" and text[p.close] == ")"
    assert text[p.inner_start : p.inner_end] == "TMB"


def test_nested_parentheses_balance_locally():
    text = "ventricular volume (V(T)) and more (a (b) c) end"
    got = inners(text)
    assert got[0] == "V(T)"
    assert "a (b) c" in got
    # Inner parentheticals are reported as well, after their outer one.
    assert "T" in got and "b" in got


def test_content_broken_by_a_line_break():
    text = "无进展生存期(progression free\nsurvival, PFS)显著延长"
    (p,) = find_parentheticals(text)
    assert text[p.inner_start : p.inner_end] == "progression free\nsurvival, PFS"
    assert text[p.close] == ")"


@pytest.mark.parametrize("cite", ["[12]", "[\n12]", "[3, 5-7]", "[15–16]"])
def test_citation_marker_before_the_close_is_left_out(cite):
    text = f"肝细胞癌(hepatocellular carcinoma, HCC{cite})患者"
    (p,) = find_parentheticals(text)
    assert text[p.inner_start : p.inner_end] == "hepatocellular carcinoma, HCC"


def test_lost_closing_mark_ends_at_the_chinese_sentence():
    text = "神经内分泌癌(neuroendocrine carcinoma,NEC[3]。根据Ki-67指数分级(G1级)。"
    ps = find_parentheticals(text)
    first = ps[0]
    assert text[first.inner_start : first.inner_end] == "neuroendocrine carcinoma,NEC"
    assert first.close == first.inner_end
    # The rest of the text is still scanned.
    assert text[ps[-1].inner_start : ps[-1].inner_end] == "G1级"


def test_lost_mark_running_into_chinese_prose():
    text = "肝动脉栓塞(hepatic artery embolization, HAE 是常用手段"
    (p,) = find_parentheticals(text)
    assert text[p.inner_start : p.inner_end] == "hepatic artery embolization, HAE"


def test_one_bad_parenthesis_never_hides_the_rest():
    text = "an unclosed ( aside " + "x " * 150 + "then tumour necrosis factor (TNF) ends"
    assert inners(text) == ["TNF"]


def test_look_ahead_is_capped():
    text = "(" + "a" * 500 + ")"
    assert find_parentheticals(text) == []


def test_square_brackets_only_on_request():
    text = "ligands (GDNF, Neurturin [NTN]) bind"
    assert inners(text) == ["GDNF, Neurturin [NTN]"]
    assert "NTN" in inners(text, square=True)


def test_empty_and_odd_input_never_raises():
    for text in ["", "(", ")", "()", "（）", "((((", "))((", "\x00(\ud800)", "(" * 1000, None, 42]:
        assert isinstance(find_parentheticals(text), list)


def test_parenthetical_is_a_frozen_dataclass():
    p = Parenthetical(0, 4, 1, 4)
    with pytest.raises(Exception):
        p.open = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    "inner",
    [
        "P<0.05", "P = 0.031", "p&lt;0.001", "n=61", "n = 1,204", "6.1%", "27.3%", "AUC=0.80",
        "OR= 0.83, 95% CI [0.71, 0.97]", "HR 0.62; 95% CI 0.5-0.8", "95% CI: 1.2–3.4",
        "12", "3, 5-7", "[12]", "2019", "2001-2010", "10–20 mg", "5 mg/kg", "3.5 cm", "14±5",
        "a", "ii", "iv", "B", "3", "Fig. 2", "Table 1", "see ref. 12", "e.g., gemcitabine",
        "i.e. the second", "Smith et al., 2003", "Wang et al.", "1:2", "—", "±",
        "22个月 vs. 12个月", "mean 12.3 months",
    ],
)
def test_noise(inner):
    assert is_noise(inner)


@pytest.mark.parametrize(
    "inner",
    [
        "PFS", "progression free survival, PFS", "HER2", "IL-33", "m6A", "CF IA", "Pol II",
        "World Health Organization", "mPFS", "TRAEs", "PD-L1", "ILC2s", "CD8+", "V(T)", "d.p.c.",
        "Sema domain", "90Y", "G3",
    ],
)
def test_not_noise(inner):
    assert not is_noise(inner)
