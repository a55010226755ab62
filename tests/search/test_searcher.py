"""Lookup: every query kind, the ranking rules, hidden entries, index upkeep."""

from __future__ import annotations

import pytest

from glossary_app.search import REASONS, Hit, Searcher
from tests.search.handmade import entry_by


def ids(hits):
    return [h.entry_id for h in hits]


def first(searcher, query, **kw) -> Hit:
    hits = searcher.search(query, **kw)
    assert hits, f"nothing found for {query!r}"
    return hits[0]


# -- each query kind --------------------------------------------------------
@pytest.mark.parametrize("query", ["pfs", "PFS", "ＰＦＳ", " pfs "])
def test_abbreviation_exact_any_case_and_width(glossary, searcher, query):
    h = first(searcher, query)
    assert (h.entry_id, h.reason, h.field, h.matched) == (entry_by(glossary, abbr="PFS"), "exact", "abbr", "PFS")


@pytest.mark.parametrize("query", ["PD-L1", "pdl1", "pd-l1", "PD L1", "ＰＤ－Ｌ１"])
def test_abbreviation_spelling_variants(glossary, searcher, query):
    h = first(searcher, query)
    assert h.entry_id == entry_by(glossary, abbr="PD-L1") and h.reason == "exact"


def test_english_prefix_and_word_prefix(glossary, searcher):
    pfs, dfs = entry_by(glossary, abbr="PFS"), entry_by(glossary, abbr="DFS")
    h = first(searcher, "progression free")
    assert (h.entry_id, h.reason, h.field) == (pfs, "prefix", "en")
    hits = searcher.search("free survival")
    assert ids(hits) == [pfs, dfs]
    assert {h.reason for h in hits} == {"word prefix"}
    # The hyphen of the written form does not matter, nor does the case.
    assert ids(searcher.search("Progression-Free")) == [pfs]


def test_exact_english_form(glossary, searcher):
    h = first(searcher, "overall survival")
    assert (h.entry_id, h.reason, h.matched) == (entry_by(glossary, abbr="OS"), "exact", "overall survival")


@pytest.mark.parametrize("query,reason", [("无进展", "prefix"), ("无进展生存期", "exact"), ("進展生存", "substring")])
def test_chinese(glossary, searcher, query, reason):
    h = first(searcher, query)
    assert (h.entry_id, h.reason, h.field) == (entry_by(glossary, abbr="PFS"), reason, "zh")


def test_chinese_substring_ranked_by_occurrence(glossary, searcher):
    hits = searcher.search("生存期")
    assert {h.reason for h in hits} == {"substring"}
    occ = [glossary.entry(h.entry_id).occurrences for h in hits]
    assert len(hits) == 3 and occ == sorted(occ, reverse=True)


def test_traditional_finds_simplified(glossary, searcher):
    h = first(searcher, "無進展生存期")
    assert h.entry_id == entry_by(glossary, abbr="PFS") and h.reason == "exact" and h.matched == "无进展生存期"
    assert first(searcher, "腫瘤").entry_id == entry_by(glossary, en="tumor")


@pytest.mark.parametrize(
    "query", ["wujinzhan", "wu jin zhan", "wú jìn zhǎn", "WuJinZhan", "wu2 jin4 zhan3", "wujinzhanshengcunqi"]
)
def test_pinyin_with_or_without_tones_and_spaces(glossary, searcher, query):
    h = first(searcher, query)
    assert (h.entry_id, h.reason, h.field, h.matched) == (entry_by(glossary, abbr="PFS"), "pinyin", "pinyin", "无进展生存期")


@pytest.mark.parametrize("query", ["wjzscq", "wjz", "WJZS"])
def test_pinyin_initials(glossary, searcher, query):
    h = first(searcher, query)
    assert (h.entry_id, h.reason) == (entry_by(glossary, abbr="PFS"), "initials")


@pytest.mark.parametrize(
    "query", ["progresion free survival", "progression-free survivl", "tumour", "rpogression free survival", "progresion fr"]
)
def test_fuzzy_typos(glossary, searcher, query):
    h = first(searcher, query)
    assert h.reason == "fuzzy" and h.field == "en"
    assert h.entry_id in (entry_by(glossary, abbr="PFS"), entry_by(glossary, en="tumor"))


def test_short_queries_use_fast_path_and_find_substrings(glossary, searcher):
    rtk, egfr = entry_by(glossary, abbr="RTK"), entry_by(glossary, abbr="EGFR")
    # One character: prefix first, then substrings inside Chinese terms.
    hits = searcher.search("受")
    assert hits[0].entry_id == rtk and hits[0].reason == "prefix"
    assert egfr in ids(hits) and {h.reason for h in hits[1:]} == {"substring"}
    assert ids(searcher.search("受体")) == ids(hits)
    # Two Latin letters: exact abbreviation, then prefixes.
    hits = searcher.search("pr")
    assert [h.reason for h in hits[:2]] == ["exact", "exact"]
    assert {glossary.entry(h.entry_id).abbr for h in hits[:2]} == {"PR"}
    assert hits[2].reason == "prefix"


# -- ranking ------------------------------------------------------------------
RANK = {"exact": 0, "pinyin": 1, "prefix": 1, "initials": 1, "word prefix": 2, "substring": 3, "fuzzy": 4, "dictionary": 5}


@pytest.mark.parametrize("query", ["p", "pr", "pro", "rec", "受", "生", "生存", "s", "su", "sur", "surv", "o", "t"])
def test_ranking_order_is_reason_then_frequency_then_id(glossary, searcher, query):
    hits = searcher.search(query)
    keys = [
        (RANK[h.reason] if h.reason not in ("pinyin", "initials") else None, glossary.entry(h.entry_id).occurrences, h.entry_id)
        for h in hits
    ]
    for (r1, o1, i1), (r2, o2, i2) in zip(keys, keys[1:]):
        if r1 is None or r2 is None:
            continue
        assert r1 <= r2, (query, hits)
        if r1 == r2:
            assert (o1, -i1) >= (o2, -i2), (query, hits)
    assert len(set(ids(hits))) == len(hits)  # each entry once, with its best reason
    assert all(h.reason in REASONS for h in hits)


def test_tiers_with_purpose_built_corpus(fresh_store):
    from tests.search.handmade import fill

    docs = {
        "/t/1.txt": [
            ("靶向", "target", None),  # exact
            ("靶点", "targeting agent", None),  # prefix
            ("分子", "molecular target", None),  # word prefix
            ("新药", "subtargeted drug", None),  # substring ("target" inside a word)
        ]
    }
    fill(fresh_store, docs)
    hits = Searcher(fresh_store).search("target")
    assert [h.reason for h in hits] == ["exact", "prefix", "word prefix", "substring"]
    assert [h.matched for h in hits] == ["target", "targeting agent", "molecular target", "subtargeted drug"]


def test_frequency_breaks_ties(fresh_store):
    from tests.search.handmade import fill

    docs = {"/t/1.txt": [("甲", "alpha rare", None), ("乙", "alpha common", None)]}
    fill(fresh_store, docs, extra={"/t/1.txt": "alpha common, alpha common and alpha common again."})
    hits = Searcher(fresh_store).search("alpha")
    assert [h.matched for h in hits] == ["alpha common", "alpha rare"]


def test_order_is_stable(searcher):
    for q in ("p", "生存", "survival", "wj"):
        assert searcher.search(q) == searcher.search(q) == Searcher(searcher.store).search(q)


def test_limit(searcher):
    assert len(searcher.search("p", limit=2)) == 2
    with pytest.raises(ValueError):
        searcher.search("p", limit=0)
    with pytest.raises(ValueError):
        searcher.search("p", limit="5")


# -- hidden entries and index upkeep ---------------------------------------
def test_hidden_entries_only_when_asked(glossary, searcher):
    os_ = entry_by(glossary, abbr="OS")
    glossary.curation.set_hidden(os_)
    assert os_ not in ids(searcher.search("overall survival"))
    assert os_ not in ids(searcher.search("o"))
    assert ids(searcher.search("overall survival", include_hidden=True))[0] == os_
    assert os_ in ids(searcher.search("o", include_hidden=True))
    glossary.curation.undo()
    assert ids(searcher.search("overall survival"))[0] == os_


def test_edits_are_searchable_at_once(glossary, searcher):
    pfs = entry_by(glossary, abbr="PFS")
    before = searcher.search("landmark analysis")  # also loads the fuzzy term list
    assert pfs not in ids(before)
    glossary.curation.edit(pfs, en="landmark analysis")
    h = first(searcher, "landmark analysis")
    assert (h.entry_id, h.reason) == (pfs, "exact")
    # The fuzzy matcher noticed the change (generation counter).
    h = first(searcher, "landmrk analysis")
    assert (h.entry_id, h.reason) == (pfs, "fuzzy")


def test_incremental_index_equals_full_rebuild(glossary):
    from glossary_app.store import search_index

    cur = glossary.curation
    pfs, dfs, os_ = (entry_by(glossary, abbr=a) for a in ("PFS", "DFS", "OS"))
    cur.edit(pfs, zh="無進展存活期", abbr="PFS-1")
    cur.set_hidden(os_)
    cur.add_entry(zh="肿瘤微环境", en="tumor microenvironment", abbr="TME")
    cur.merge(pfs, dfs)
    cur.undo()
    cur.edit(entry_by(glossary, abbr="EGFR"), notes="n", en="EGF receptor")

    def snapshot():
        terms = set(glossary.db.execute("select entry_id, field, text, term, weight, hidden, word from search_terms"))
        grams = set(
            glossary.db.execute(
                "select g.gram, g.hidden, g.tier, g.negw, t.entry_id, t.field, t.term"
                " from search_grams g join search_terms t on t.id = g.term_id"
            )
        )
        fts = glossary.db.execute("select count(*) from search_fts").fetchone()[0]
        return terms, grams, fts

    incremental = snapshot()
    search_index.rebuild(glossary)
    assert snapshot() == incremental
    glossary.db.execute("insert into search_fts(search_fts) values('integrity-check')")


def test_merged_entries_leave_the_index(glossary, searcher):
    pfs, dfs = entry_by(glossary, abbr="PFS"), entry_by(glossary, abbr="DFS")
    glossary.curation.merge(pfs, dfs)
    assert ids(searcher.search("dfs")) == [pfs]
    assert dfs not in ids(searcher.search("d", include_hidden=True))


def test_dictionary_fallback_is_marked(searcher):
    hits = searcher.search("香蕉")
    assert hits and all(h.reason == "dictionary" and h.entry_id == 0 for h in hits)
    assert hits[0].matched == "香蕉" and "banana" in hits[0].dictionary.glosses
    # A glossary word never falls back.
    assert all(h.reason != "dictionary" for h in searcher.search("肿瘤"))
    hits = searcher.search("banana")
    assert "香蕉" in [h.matched for h in hits]


def test_examples_of_a_hit_mark_the_matched_form(glossary, searcher):
    h = first(searcher, "pfs")
    forms = {f.text for f in glossary.entry(h.entry_id).forms}
    examples = glossary.examples(h.entry_id, limit=50)
    assert examples and all(ex.text[ex.start : ex.end] in forms for ex in examples)
    flags = [ex.is_definition for ex in examples]
    assert flags == sorted(flags, reverse=True)  # definitions first
    assert {ex.lang for ex in glossary.examples(h.entry_id, lang="en")} == {"en"}
    doc = examples[0].doc_id
    assert {ex.doc_id for ex in glossary.examples(h.entry_id, doc_id=doc)} == {doc}
    # After a merge the merged entry's examples follow it.
    dfs = entry_by(glossary, abbr="DFS")
    dfs_sentences = {ex.sentence_id for ex in glossary.examples(dfs)}
    glossary.curation.merge(h.entry_id, dfs)
    assert dfs_sentences <= {ex.sentence_id for ex in glossary.examples(h.entry_id, limit=None)}
