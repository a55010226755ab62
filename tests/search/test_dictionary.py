"""CC-CEDICT fallback: lookup by Chinese (either script), pinyin or English."""

from __future__ import annotations

import pytest

from glossary_app.search import DictionaryEntry, dictionary_lookup
from glossary_app.search.dictionary import numbered_to_marked, parse_cedict


def simp(results):
    return [d.simplified for d in results]


def test_by_simplified_and_traditional():
    for q in ("肿瘤", "腫瘤"):
        got = dictionary_lookup(q)
        assert got and got[0].simplified == "肿瘤" and got[0].traditional == "腫瘤"
        assert "tumor" in got[0].glosses and got[0].pinyin == "zhǒng liú"
        assert isinstance(got[0], DictionaryEntry)


def test_by_pinyin_with_or_without_tones():
    for q in ("zhongliu", "zhong liu", "zhǒng liú", "zhong3 liu2"):
        assert "肿瘤" in simp(dictionary_lookup(q)), q


def test_by_english_word_exact_gloss_first():
    got = dictionary_lookup("tumor", limit=10)
    assert "肿瘤" in simp(got)
    assert all("tumor" in " ".join(d.glosses).lower() for d in got)
    assert any(g == "banana" for g in dictionary_lookup("banana", limit=1)[0].glosses)


def test_prefix_and_phrase_splitting():
    assert simp(dictionary_lookup("香蕉"))[0] == "香蕉"
    # Not a headword: split into the longest headwords it contains.
    assert simp(dictionary_lookup("癌症治疗方法")) == ["癌症", "治疗", "方法"]


def test_nothing_for_nonsense_and_bad_limit():
    assert dictionary_lookup("qqqxxzz") == []
    assert dictionary_lookup("") == []
    with pytest.raises(ValueError):
        dictionary_lookup("x", limit=0)


@pytest.mark.parametrize(
    "numbered,marked",
    [("wu2 jin4 zhan3", "wú jìn zhǎn"), ("lu:4", "lǜ"), ("nu:3 er2", "nǚ ér"), ("gou3", "gǒu"), ("liu2", "liú"),
     ("zi5", "zi"), ("Bei3 jing1", "Běi jīng"), ("san1 C", "sān C"), ("xue4", "xuè"), ("hui4", "huì")],
)
def test_numbered_to_marked(numbered, marked):
    assert numbered_to_marked(numbered) == marked


def test_parse_cedict_lines():
    rows = parse_cedict(["# comment\n", "腫瘤 肿瘤 [zhong3 liu2] /tumor/neoplasm/\n", "garbage\n"])
    assert rows == [("腫瘤", "肿瘤", "zhong3 liu2", ["tumor", "neoplasm"])]


def test_cache_is_reused(tmp_path, monkeypatch):
    from glossary_app.search.dictionary import cedict_path
    from glossary_app.store.dictionary_cache import DictionaryCache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = DictionaryCache.open_default(cedict_path())
    mtime = first.path.stat().st_mtime_ns
    second = DictionaryCache.open_default(cedict_path())
    assert second.path == first.path and second.path.stat().st_mtime_ns == mtime
    assert second.by_chinese("肿瘤", "肿瘤", 1)[0][1] == "肿瘤"
