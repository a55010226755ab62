"""Behaviour of the English long-form / short-form matcher."""

import random

import pytest

from glossary_app.mining.english import (
    english_definition,
    explains,
    find_english_definitions,
    split_inner,
)
from glossary_app.mining.parens import find_parentheticals


def pairs(text):
    return [(d.en, d.abbr) for d in find_english_definitions(text)]


def check_spans(text, d):
    """Every reported field is what its span shows, whitespace collapsed."""
    if d.en is not None:
        s, e = d.en_span
        assert " ".join(text[s:e].split()) == d.en
    if d.abbr is not None:
        s, e = d.abbr_span
        assert " ".join(text[s:e].split()) == d.abbr
    assert 0 <= d.start <= d.end <= len(text) + 1
    assert 0.0 <= d.confidence <= 1.0


@pytest.mark.parametrize(
    "text, expected",
    [
        # long form (SF), first letters of words
        ("Patients had a longer overall survival (OS) than controls.", ("overall survival", "OS")),
        # leading article and verbs are left out
        ("We measured the disease control rate (DCR) in all arms.", ("disease control rate", "DCR")),
        # no space before the parenthesis
        ("The primary endpoint was objective response rate(ORR)and safety.", ("objective response rate", "ORR")),
        # the m of median belongs to the long form
        ("The median progression-free survival(mPFS) was 9 months.", ("median progression-free survival", "mPFS")),
        # hyphenated words give one letter per part
        ("in advanced non-small cell lung cancer (NSCLC) patients", ("non-small cell lung cancer", "NSCLC")),
        # plural short forms
        ("Grade 3 treatment-related adverse events (TRAEs) were rare.", ("treatment-related adverse events", "TRAEs")),
        ("two receptor tyrosine kinases (RTKs) were activated", ("receptor tyrosine kinases", "RTKs")),
        # letters from inside words
        ("bound to heterogeneous nuclear ribonucleoproteins (HNRNPs) in cells", ("heterogeneous nuclear ribonucleoproteins", "HNRNPs")),
        # skipped stop words
        ("the mammalian target of rapamycin (mTOR) pathway", ("mammalian target of rapamycin", "mTOR")),
        ("signal transducer and activator of transcription 3 (STAT3) is phosphorylated", ("signal transducer and activator of transcription 3", "STAT3")),
        # digits inside the short form
        ("serum interleukin-6 (IL-6) levels", ("interleukin-6", "IL-6")),
        ("expression of insulin-like growth factor 1 receptor (IGF1R)", ("insulin-like growth factor 1 receptor", "IGF1R")),
        # Greek letters spelled or as symbols
        ("the tumour growth factor beta (TGFbeta) family", ("tumour growth factor beta", "TGFbeta")),
        ("levels of transforming growth factor-β (TGF-β) rose", ("transforming growth factor-β", "TGF-β")),
        ("antibodies against alpha-fetoprotein (alpha-FP) were used", ("alpha-fetoprotein", "alpha-FP")),
        # a number that comes first in the long form
        ("Type 2 innate lymphoid cells (ILC2s) secrete cytokines", ("Type 2 innate lymphoid cells", "ILC2s")),
        ("a 90-kDa heat shock protein (HSP90) client", ("90-kDa heat shock protein", "HSP90")),
        # chemical locants stay with the name
        ("treated with 5-fluorouracil (5-FU) weekly", ("5-fluorouracil", "5-FU")),
        ("inhibitors of 3-hydroxy-3-methylglutaryl coenzyme A (HMG-CoA) reductase", ("3-hydroxy-3-methylglutaryl coenzyme A", "HMG-CoA")),
        ("levels of 5,6-dihydro-5-azacytidine (5-AzaC) rose", ("5,6-dihydro-5-azacytidine", "5-AzaC")),
        # a parenthesis inside the name that the short form abbreviates
        ("treated with poly (ADP-ribose) polymerase (PARP) inhibitors", ("poly (ADP-ribose) polymerase", "PARP")),
        # `The` of a proper name may give the first letter; a serial comma inside a name
        ("data from the Cancer Genome Atlas (TCGA) database", ("the Cancer Genome Atlas", "TCGA")),
        ("the Surveillance, Epidemiology, and End Results (SEER) database", ("Surveillance, Epidemiology, and End Results", "SEER")),
        # a digit of the short form may stand for a Roman numeral
        ("patients with type II diabetes (T2D) were", ("type II diabetes", "T2D")),
        # a Greek letter is a word of the long form, not the article `a`
        ("levels of tumour necrosis factor α (TNF-α) rose", ("tumour necrosis factor α", "TNF-α")),
        # (SF; comment) and (comment, SF)
        ("by circulating tumour DNA (ctDNA; see Methods) analysis", ("circulating tumour DNA", "ctDNA")),
        # short form first
        ("Patients positive for HER2 (human epidermal growth factor receptor 2) were excluded.", ("human epidermal growth factor receptor 2", "HER2")),
        # (long form, SF) inside the parenthesis
        ("the gene (encoding the human vascular endothelial growth factor, VEGF) was cloned", ("vascular endothelial growth factor", "VEGF")),
        # ... and it wins over a left context that happens to spell the short form too
        ("Analysis of Ste5 mutants identified a region (Ste5 membrane anchoring region, SMAR) that binds", ("Ste5 membrane anchoring region", "SMAR")),
        # square brackets
        ("ligands such as Artemin [ART] bind", ("Artemin", "ART")),
    ],
)
def test_patterns(text, expected):
    got = find_english_definitions(text)
    assert [(d.en, d.abbr) for d in got] == [expected]
    for d in got:
        check_spans(text, d)
        assert d.zh is None


@pytest.mark.parametrize(
    "text",
    [
        "The expression of CXorf61(KK-LC-1) was measured.",  # gene alias, letters do not match
        "Patients received AMG-102 (rilotumumab) weekly.",  # development code and drug name
        "The response rate was higher (P<0.05) in the trial.",
        "Most patients (n=61) were male.",
        "nausea and vomiting in 2 cases(6.1%)",
        "as reported previously (Smith et al., 2003)",
        "the three groups (a) control (b) treated",
        "the area under the curve (AUC=0.80) was good",
        "The protein (see Figure 2) was purified.",
        "the value of tumour size (cm) was recorded",
        "A tumour (the largest one) was removed.",
    ],
)
def test_not_definitions(text):
    assert pairs(text) == []


def test_shortest_span_excludes_words_outside():
    text = "In this cohort, we recorded the rate of patients with stable disease control rate (DCR)."
    assert pairs(text) == [("disease control rate", "DCR")]


def test_long_form_does_not_cross_a_sentence_end():
    text = "Cells were lysed. Western blots (WB) showed bands."
    assert pairs(text) == [("Western blots", "WB")]


def test_long_form_across_a_line_break_is_collapsed():
    text = "a higher progression\nfree survival (PFS) in arm A"
    (d,) = find_english_definitions(text)
    assert d.en == "progression free survival"
    check_spans(text, d)


def test_definition_covers_long_form_to_closing_mark():
    text = "We used computed tomography (CT) scans."
    (d,) = find_english_definitions(text)
    assert text[d.start : d.end] == "computed tomography (CT)"


def test_english_definition_on_one_parenthetical():
    text = "hepatocellular carcinoma (HCC) and intrahepatic cholangiocarcinoma (ICC)"
    ps = find_parentheticals(text)
    got = [english_definition(text, p) for p in ps]
    assert [(d.en, d.abbr) for d in got] == [
        ("hepatocellular carcinoma", "HCC"),
        ("intrahepatic cholangiocarcinoma", "ICC"),
    ]


def test_chinese_left_context_is_skipped():
    text = "无进展生存期（progression free survival, PFS）与磷脂酶C(phospholipase C, PLC)"
    assert pairs(text) == []


def test_confidence_prefers_clean_first_letter_matches():
    clean = find_english_definitions("the overall response rate (ORR) was")[0]
    inner = find_english_definitions("bound to heterogeneous nuclear ribonucleoproteins (HNRNPs) in")[0]
    assert clean.confidence > inner.confidence


# ---- explains


def test_explains_scores():
    assert explains("PFS", "progression-free survival") > 0.9
    assert explains("mPFS", "median progression free survival") > 0.9
    assert explains("NSCLC", "non-small cell lung cancer") > 0.9
    assert explains("EGFR-TKI", "epidermal growth factor receptor tyrosine kinase inhibitor") > 0.8
    assert explains("PFS", "overall survival") == 0.0
    assert explains("KK-LC-1", "CXorf61") == 0.0
    assert explains("", "anything") == 0.0
    # The whole long form must be accounted for: extra words cost.
    assert explains("OS", "overall survival") > explains("OS", "median overall survival time")


# ---- split_inner


@pytest.mark.parametrize(
    "inner, en, abbr",
    [
        ("progression free survival, PFS", "progression free survival", "PFS"),
        ("progression free survival，PFS", "progression free survival", "PFS"),
        ("hepatocyte growth factor; HGF", "hepatocyte growth factor", "HGF"),
        ("epidermal growth factor receptor tyrosine kinase inhibitor, EGFR-TKI",
         "epidermal growth factor receptor tyrosine kinase inhibitor", "EGFR-TKI"),
        ("World Health Organization,WHO", "World Health Organization", "WHO"),
        ("neuroendocrine\nneoplasm, NEN", "neuroendocrine neoplasm", "NEN"),
        ("somatostatin receptor", "somatostatin receptor", None),
        ("Plexins, semaphorins and integrins domain", "Plexins, semaphorins and integrins domain", None),
        ("Sema domain", "Sema domain", None),
        ("NSCLC", None, "NSCLC"),
        ("m6A", None, "m6A"),
        ("F-pNEN", None, "F-pNEN"),
        ("177Lu", None, "177Lu"),
        ("PD-L1", None, "PD-L1"),
    ],
)
def test_split_inner(inner, en, abbr):
    got_en, got_abbr, en_span, abbr_span = split_inner(inner)
    assert (got_en, got_abbr) == (en, abbr)
    if en is not None:
        assert " ".join(inner[en_span[0] : en_span[1]].split()) == en
    else:
        assert en_span is None
    if abbr is not None:
        assert inner[abbr_span[0] : abbr_span[1]] == abbr
    else:
        assert abbr_span is None


@pytest.mark.parametrize("inner", ["BPI-7711", "AZD9291", "P<0.05", "n=61", "6.1%", "2019", "[12]", "", "，", "a"])
def test_split_inner_rejects(inner):
    assert split_inner(inner) == (None, None, None, None)


# ---- robustness


def test_never_raises_and_spans_hold_on_random_text():
    rng = random.Random(7)
    alphabet = "ab CDEF(（)）[],，;；-–/\n\t.αβ中文术语0123456789%=<>\u3000\ud7ff\U0001f600"
    words = "tumour necrosis factor TNF the of and (DCR) rate(ORR) progression free survival PFS".split()
    for _ in range(300):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        else:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        for d in find_english_definitions(text):
            check_spans(text, d)
        for p in find_parentheticals(text):
            split_inner(text[p.inner_start : p.inner_end])


def test_typical_text_is_fast_enough():
    import time

    # An abstract-like paragraph: a parenthetical every ~150 characters.
    block = (
        "Background: The median progression-free survival (mPFS) of patients with advanced gastric "
        "cancer remains poor, and the objective response rate (ORR) to second-line therapy is low. "
        "Methods: We enrolled 120 patients (aged 34-78 years) and measured circulating tumour DNA "
        "before treatment; the primary endpoint was overall survival. Results: Responses were seen "
        "in 31.2% (n=61, P<0.05) of patients, see Table 2 [12]. Toxicity was acceptable overall.\n"
    )
    text = block * 2000  # ~0.9 MB
    t0 = time.perf_counter()
    got = find_english_definitions(text)
    elapsed = time.perf_counter() - t0
    assert len(got) == 4000
    # ~5 MB/s on an idle machine; the bar leaves room for a loaded test runner.
    assert len(text) / elapsed > 1_000_000


# ---- further rules


def test_short_form_after_a_comment_in_the_parenthesis():
    text = "levels of tumour necrosis factor (recombinant, TNF) were measured"
    assert pairs(text) == [("tumour necrosis factor", "TNF")]


def test_short_form_first_with_for():
    text = "We named the new gene CSD1 (for cold shock domain 1) and cloned it."
    assert pairs(text) == [("cold shock domain 1", "CSD1")]


def test_capitalised_word_as_short_form_needs_strong_evidence():
    assert pairs("The factor, named Rapa (regulator of apoptosis pathway activation), binds DNA.") == [
        ("regulator of apoptosis pathway activation", "Rapa")
    ]
    assert pairs("Patients (those treated with surgery) were followed.") == []


def test_one_letter_short_forms_only_from_the_word_right_before():
    text = "three envelope proteins, the large (L), middle (M) and small (S) proteins"
    assert pairs(text) == [("large", "L"), ("middle", "M"), ("small", "S")]
    assert pairs("in the treated group (A) and the control group (B)") == []
    # a lone one-letter definition fits by chance too often: they come in series
    assert pairs("the thermally denatured (D) enzyme aggregates") == []


def test_a_name_is_not_defined_by_itself():
    assert pairs("the purified Rvs167p protein (Rvs167) was added") == []
    assert pairs("crystals of the FHA domain (FHA1) diffracted") == []


def test_greek_subunit_and_one_letter_qualifier_may_be_left_out():
    assert pairs("phosphorylation of translation initiation factor 2 (TIF2alpha) rose") == [
        ("translation initiation factor 2", "TIF2alpha")
    ]
    assert pairs("the catalytic subunit of protein phosphatase 2 (PP2(C)) binds") == [
        ("protein phosphatase 2", "PP2(C)")
    ]


def test_list_of_definitions_is_not_one_long_form():
    text = "the human Abc1 (hAbc1) and Abc2 (hAbc2) genes"
    assert ("human Abc1 (hAbc1) and Abc2", "hAbc2") not in pairs(text)


def test_pathological_input_stays_fast():
    import time

    for text in ["(" * 100_000, "[(" * 50_000, "(a" * 50_000, ")" * 100_000]:
        t0 = time.perf_counter()
        find_english_definitions(text)
        assert time.perf_counter() - t0 < 2.0


def test_chinese_term_ending_in_a_latin_letter_belongs_to_the_chinese_path():
    from glossary_app.mining.english import chinese_context

    text = "磷脂酶C(phospholipase C, PLC)与肿瘤HER2 (human epidermal growth factor receptor 2)"
    ps = find_parentheticals(text)
    assert chinese_context(text, ps[0].open)
    assert not chinese_context(text, ps[1].open)


def test_trial_acronym_with_an_out_of_order_suffix():
    text = "Results of the phase 3 trial Toripalimab in advanced hepatic neuroendocrine tumours (TANET-h) were reported."
    assert pairs(text) == [("Toripalimab in advanced hepatic neuroendocrine tumours", "TANET-h")]
    # The suffix must name a word of the long form.
    assert pairs("Toripalimab in advanced hepatic neuroendocrine tumours (TANET-q) were reported.") == []


def test_function_words_give_letters_only_as_whole_words():
    # `t` of `with` is a chance match, not an abbreviated word
    assert find_english_definitions("it acts as part of a complex with Ddb2 (CTD) in repair") == []
    # an acronym spelled like a function word is not one
    got = find_english_definitions("the WAS protein (WASP) binds actin")
    assert [(d.en, d.abbr) for d in got] == [("WAS protein", "WASP")]


@pytest.mark.parametrize(
    "text",
    [
        # the last letter stops inside a code-like word whose rest the short form omits
        "the proofreading subunit of DNA polymerase III (Pol I) was purified",
        "it belongs to the cytochrome P450 (CYP51) family",
        # a comma that opens a new clause ends the long form
        "we compared several phosphoinositides, and mapped the PI (PMP) binding site",
        # a parenthesis glued to a one- or two-character token is part of a name
        "binding assays with Ligands with similar K(SIR) values",
        # coordinated long forms for a list of short forms: neither long form is in the text
        "energy transfer between enhanced green and red fluorescent proteins (EGFP, ERFP) in cells",
        # a citation inside the candidate ends what came before it
        "strand exchange mediated by Rad51 and stimulated by Rad54 [2] [3] (SIR) was measured",
        # a concentration unit is not a short form
        "vesicles were made of mixed membranes (PC/PS 3:1, m/m) in buffer",
        # a term does not end in a function word
        "the signal near tryptophan 26 is sensitive to changes in (CI) polarity",
        # a short form of one unit is a one-letter short form
        "a mutation that eliminates an AP180 homolog (H+) pump",
    ],
)
def test_chance_alignments_are_rejected(text):
    assert find_english_definitions(text) == []


def test_a_code_word_cut_to_its_initial_may_stand():
    got = find_english_definitions("the RNase P RNA (RPR1) gene")
    assert [(d.en, d.abbr) for d in got] == [("RNase P RNA", "RPR1")]


def test_letters_from_inside_unused_words_lower_the_confidence():
    (d,) = find_english_definitions("the growth factor receptor (GFR) was cloned")
    # `t` from inside `heteroreceptor`, whose `h` gives nothing
    (d2,) = find_english_definitions("the growth factor heteroreceptor (GFT) was cloned")
    assert d.confidence > 0.95 and d2.confidence < 0.8


def test_glued_parenthesis_after_a_number_still_defines():
    got = find_english_definitions("a target, human epidermal growth factor receptor 2(HER2)has improved outcomes")
    assert [(d.en, d.abbr) for d in got] == [("human epidermal growth factor receptor 2", "HER2")]


def test_capitalised_short_form_first_with_a_skipped_word():
    # `factor` gives no letter, `r` follows `p` inside `proline`: good, not perfect evidence
    assert pairs("Prax (proline-associated factor X), a cytoplasmic protein, binds") == [
        ("proline-associated factor X", "Prax")
    ]


def test_a_name_ending_in_a_parenthesised_letter_is_not_a_function_word():
    assert pairs("Lipoprotein(a) (Lp(a)) is a risk factor") == [("Lipoprotein(a)", "Lp(a)")]


def test_short_form_followed_by_a_statistic():
    assert pairs("in cancer-associated fibroblasts (CAFs; n = 12) we found") == [("cancer-associated fibroblasts", "CAFs")]
    assert pairs("overall survival (OS, HR = 0.65; 95% CI 0.5-0.8) improved") == [("overall survival", "OS")]
    assert pairs("the patients (n=12, 95% CI) were") == []
    assert pairs("the objective response rate (ORR: 45% vs 30%) was higher") == [("objective response rate", "ORR")]
    assert pairs("patients with NSCLC (non-small cell lung cancer; n = 200) were enrolled") == [
        ("non-small cell lung cancer", "NSCLC")
    ]
    assert pairs("the cohort (median age, 61 years) was") == []


def test_a_line_wrap_inside_a_phrase_costs_nothing():
    (wrapped,) = find_english_definitions("the programmed\ncell death 1 (PD-1) receptor")
    (flat,) = find_english_definitions("the programmed cell death 1 (PD-1) receptor")
    assert (wrapped.en, wrapped.confidence) == (flat.en, flat.confidence)
    # a break before a capital may end a title: it still costs
    (title,) = find_english_definitions("A Study of Gene Regulation\nCell Death Protein (CDP) was")
    assert title.en == "Cell Death Protein"


def test_leading_article_stays_out_of_ordinary_long_forms():
    assert pairs("the tumor board (TB) met") == [("tumor board", "TB")]
    assert pairs("the tumour-board meeting (TBM) was held") == [("tumour-board meeting", "TBM")]


def test_a_short_trailing_prepositional_phrase_stays_out_of_the_long_form():
    text = "the enzyme glucose kinase from yeast (GK) binds"
    (d,) = find_english_definitions(text)
    assert (d.en, d.abbr) == ("glucose kinase", "GK")
    check_spans(text, d)
    # a phrase that gives letters is part of it
    assert pairs("translocase of the outer membrane (TOM) complex") == [("translocase of the outer membrane", "TOM")]
