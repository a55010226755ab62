"""Grouping definition occurrences into entries."""

from glossary_app.mining.merge import DefinitionRow, choose_display, group_definitions


def groups_of(rows, pins=None):
    return sorted(sorted(g.definition_ids) for g in group_definitions(rows, pins or {}))


def test_english_abstract_and_chinese_paper_make_one_entry():
    rows = [
        DefinitionRow(1, None, "progression-free survival", "PFS"),
        DefinitionRow(2, "无进展生存期", "progression free survival", "PFS"),
        DefinitionRow(3, "無進展生存期", None, "PFS"),  # traditional, abbreviation only
    ]
    assert groups_of(rows) == [[1, 2, 3]]


def test_two_concepts_sharing_an_abbreviation_stay_apart():
    rows = [
        DefinitionRow(1, None, "propensity score matching", "PSM"),
        DefinitionRow(2, None, "prostate-specific membrane", "PSM"),
    ]
    assert groups_of(rows) == [[1], [2]]


def test_plural_and_spelling_variants_of_one_abbreviation_merge():
    rows = [
        DefinitionRow(1, None, "European Neuroendocrine Tumor Society", "ENETS"),
        DefinitionRow(2, None, "European Neuroendocrine Tumour Society", "ENETS"),
        DefinitionRow(3, None, "neuroendocrine neoplasms", "NENs"),
        DefinitionRow(4, None, "neuroendocrine neoplasm", "NEN"),
    ]
    assert groups_of(rows) == [[1, 2], [3, 4]]


def test_same_chinese_term_joins_without_abbreviation():
    rows = [DefinitionRow(1, "肝细胞生长因子", "hepatocyte growth factor", "HGF"), DefinitionRow(2, "肝细胞生长因子", None, "HGF")]
    assert groups_of(rows) == [[1, 2]]


def test_pins_keep_a_split_form_apart_and_a_merge_together():
    rows = [
        DefinitionRow(1, None, "overall survival", "OS"),
        DefinitionRow(2, None, "overall survival rate", "OSR"),
    ]
    # the user merged OSR into entry 7 which holds OS: both pinned to 7
    pins = {("en", "overall survival"): 7, ("en", "overall survival rate"): 7}
    got = group_definitions(rows, pins)
    assert len(got) == 1 and got[0].pinned_entry == 7
    # a split: the abbreviation is pinned to another entry than the English
    pins = {("en", "overall survival"): 7, ("abbr", "os"): 9}
    got = group_definitions([DefinitionRow(1, None, "overall survival", None), DefinitionRow(2, "总生存期", None, "OS")], pins)
    assert sorted(g.pinned_entry for g in got) == [7, 9]


def test_choose_display_prefers_the_most_frequent_spelling():
    rows = [
        DefinitionRow(1, None, "progression-free survival", "PFS"),
        DefinitionRow(2, None, "progression-free survival", "PFS"),
        DefinitionRow(3, None, "progression free survival", "PFS"),
    ]
    (g,) = group_definitions(rows, {})
    assert choose_display(g.forms, "en") == "progression-free survival"
    assert choose_display(g.forms, "zh") is None


def test_choose_display_prefers_an_abbreviation_without_a_stray_space_on_ties():
    rows = [DefinitionRow(1, None, "mammalian target of rapamycin", "m TOR"), DefinitionRow(2, "雷帕霉素靶蛋白", None, "mTOR")]
    (g,) = group_definitions(rows, {})
    assert choose_display(g.forms, "abbr") == "mTOR"
