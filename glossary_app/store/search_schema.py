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
  index on ``term``.
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
