"""Schema of the lookup index, a migration set of its own ("search").

The index is derived data (rebuilt from ``forms`` and ``entries`` whenever
entries are rebuilt, patched per entry after curation), so it sits beside the
main schema rather than inside it:

* ``search_terms``: one row per searchable string of an entry. ``term`` is
  the folded text for matching (see :mod:`glossary_app.store.search_index`),
  ``field`` says what it is (abbr / en / zh / pinyin / initials), ``text`` is
  the form as written, ``weight`` the entry's corpus occurrences (the
  tie-break), ``hidden`` mirrors the user's flag so hidden entries are
  filtered inside the index scan. Exact and long-prefix lookups use the
  index on ``term``. English terms also get word-suffix rows (``word = 1``,
  migration s002) so that word prefixes are index ranges too.
* ``search_grams``: the fast path for queries of one to three characters,
  which the trigram tokenizer cannot answer: each term's 1-3 character
  prefixes, the first 1-2 characters of every later English word, and the
  1-2 character substrings of Chinese terms. The primary key is ordered
  (gram, hidden, tier, -weight) so the best hits of a short query are the
  first rows of one index range: no sort, no scan.
* ``search_fts``: FTS5 trigram index over the abbr/en/zh terms (external
  content) for substrings of three characters or more.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("search")

# The indexes of search_terms as they are after all migrations: a full index
# rebuild drops and recreates them (see search_index.rebuild).
TERM_INDEXES = [
    ("search_terms_cover", "create index search_terms_cover on search_terms (term, word, hidden, weight, entry_id, field)"),
    ("search_terms_entry", "create index search_terms_entry on search_terms (entry_id)"),
]


@migrations()
def s001_search_index(db: Database) -> None:
    """Terms, short-query grams and the trigram full-text index."""
    db.execute(
        """
        create table search_terms (
            id integer primary key,
            entry_id integer not null,
            field text not null,
            text text not null,
            term text not null,
            weight integer not null default 0,
            hidden integer not null default 0
        )
        """
    )
    db.execute("create index search_terms_term on search_terms (term)")
    db.execute("create index search_terms_entry on search_terms (entry_id)")
    db.execute(
        """
        create table search_grams (
            gram text not null,
            hidden integer not null,
            tier integer not null,
            negw integer not null,
            term_id integer not null,
            primary key (gram, hidden, tier, negw, term_id)
        ) without rowid
        """
    )
    db.execute(
        "create virtual table search_fts using fts5("
        "term, content='search_terms', content_rowid='id', tokenize='trigram')"
    )


@migrations()
def s002_word_rows(db: Database) -> None:
    """English word-suffix rows (``word = 1``): `free survival` and `survival`
    for `progression free survival`, so a word prefix is a range of the term
    index instead of a trigram query (slow for phrases of common words)."""
    db.execute("alter table search_terms add column word integer not null default 0")
    # A covering index: exact and prefix lookups (and their sort by weight)
    # read only the index, never the table; exact lookups also skip the many
    # word rows that equal a short word ("b", "2").
    db.execute("drop index search_terms_term")
    db.execute(TERM_INDEXES[0][1])
    # Databases indexed before this migration get their word rows now.
    from types import SimpleNamespace

    from glossary_app.store import search_index

    if db.execute("select count(*) from forms").fetchone()[0]:
        search_index.rebuild(SimpleNamespace(db=db))
