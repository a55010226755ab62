"""Finding mentions of glossary forms in sentences."""

from glossary_app.mining.mentions import FormPattern, MentionFinder

FORMS = [
    FormPattern(1, 1, "abbr", "OS"),
    FormPattern(2, 2, "en", "overall survival"),
    FormPattern(3, 3, "zh", "无进展生存期"),
    FormPattern(4, 4, "en", "lung cancer"),
    FormPattern(5, 5, "en", "non-small cell lung cancer"),
    FormPattern(6, 6, "abbr", "TKI"),
]


def found(text):
    return [(m.entry_id, text[m.start : m.end]) for m in MentionFinder(FORMS).find(0, 0, 0, text)]


def test_english_is_case_and_hyphen_insensitive_and_whole_word():
    assert found("Overall-survival was longer") == [(2, "Overall-survival")]
    assert found("the overall survivals") == []


def test_abbreviations_keep_case_and_word_boundaries_but_allow_plural_s():
    assert found("OS and os and DOSE and TKIs") == [(1, "OS"), (6, "TKI")]


def test_chinese_matches_traditional_script():
    assert found("患者的無進展生存期延長") == [(3, "無進展生存期")]


def test_longest_match_wins_over_a_nested_one():
    assert found("in non-small cell lung cancer and lung cancer") == [
        (5, "non-small cell lung cancer"),
        (4, "lung cancer"),
    ]


def test_offsets_are_shifted_by_the_sentence_start():
    (m,) = MentionFinder(FORMS).find(doc_id=3, sentence_id=8, offset=100, text="OS was 12 months")
    assert (m.doc_id, m.sentence_id, m.start, m.end) == (3, 8, 100, 102)


def test_no_forms_no_mentions():
    assert MentionFinder([]).find(0, 0, 0, "anything") == []
