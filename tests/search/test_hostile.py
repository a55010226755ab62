"""Whatever is typed is a query: never an SQL or FTS syntax error, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_app.search import Hit, Searcher, dictionary_lookup

HOSTILE = [
    '"', '""', '"""', "'", "''", "`", '"pfs', 'pfs"', '"pfs" OR "os"', "pfs AND os", "pfs OR", "AND", "OR",
    "NOT", "NOT pfs", "pfs NOT os", "NEAR(", "NEAR(pfs os)", "NEAR(pfs os, 2)", "pfs*", "*", "**", "*pfs",
    "^pfs", "pfs^", "(", ")", "()", "(pfs", "pfs)", "[", "]", "{", "}", "{pfs}", "[pfs]", "en:pfs",
    "term:pfs", "search_fts:pfs", "-pfs", "+pfs", "pfs:", ":", ";", "; drop table entries; --",
    "'; delete from forms; --", "1=1", "' OR '1'='1", "%", "%%", "_", "%pfs%", "pfs%", "\\", "\\\\",
    "\x00", "pfs\x00os", "\t", "\n", "\r\n", " ", "", "   ", "😀", "🧬🔬", "pfs😀", "💊无进展",
    "\u200b", "\u200bpfs", "\ufeffpfs", "\ud800", "a\udfffb", "\u0301", "ǘǚǜ", "ü", "u:", "Ω≈ç√",
    "ｐｆｓ", "（）", "“无进展”", "‘’", "「生存」", "〔〕", "……", "——", "、", "。", "，",
    "a" * 500, "无" * 300, "pfs " * 80, "<script>alert(1)</script>", "SELECT * FROM entries",
    "search_fts MATCH 'x'", "x' MATCH 'y", "rank", "rowid", "0", "-1", "1e309", "NaN", "null", "None",
    "%s", "{0}", "{}", "$(rm -rf /)", "/", "//", "../../etc/passwd", "C:\\x", "a\u0308", "ﬁ", "Ⅸ",
    "ℌ", "²", "½", "🇨🇳", "👩‍⚕️", "\u202etxt.exe", "ア", "한국어", "العربية", "ไทย",
]


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One glossary for the whole module (the queries only read)."""
    from glossary_app.store import open_store
    from tests.search.handmade import fill

    store = open_store(tmp_path_factory.mktemp("hostile") / "g.db")
    fill(store)
    yield store, Searcher(store)
    store.close()


def test_at_least_fifty_hostile_strings():
    assert len(set(HOSTILE)) >= 50


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_query_returns_normally(shared, query):
    searcher = shared[1]
    hits = searcher.search(query)
    assert isinstance(hits, list) and all(isinstance(h, Hit) for h in hits)
    assert searcher.search(query, include_hidden=True, limit=3) is not None
    assert isinstance(dictionary_lookup(query, limit=3), list)


def test_hostile_queries_leave_the_data_alone(shared):
    glossary, searcher = shared
    before = glossary.stats()
    for q in HOSTILE:
        searcher.search(q)
    assert glossary.stats() == before
    glossary.db.execute("insert into search_fts(search_fts) values('integrity-check')")


def test_non_string_query_is_a_clear_error(shared):
    searcher = shared[1]
    with pytest.raises(TypeError):
        searcher.search(None)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_query(shared, query):
    searcher = shared[1]
    hits = searcher.search(query, limit=5)
    assert len(hits) <= 5
    assert len({h.entry_id for h in hits if h.entry_id}) == len([h for h in hits if h.entry_id])
