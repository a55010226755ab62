"""The lookup index: building it from entries/forms, patching it, and its queries.

All SQL of lookup lives here; :mod:`glossary_app.search` decides what to ask
and how to rank. Tables are described in :mod:`glossary_app.store.search_schema`.

The index is derived data: :func:`rebuild` recreates it from ``forms`` and
``entries`` (called at the end of ``Store.rebuild_entries``),
:func:`update_entries` patches the rows of a few entries after curation.
Both bump the ``search_generation`` counter in ``meta`` so that in-memory
caches (the fuzzy matcher's term list) notice the change.
"""

from __future__ import annotations

import json
from collections import defaultdict

from glossary_app.search.fold import grams_of, term_rows_for, word_suffixes
from glossary_app.store.search_schema import TERM_INDEXES

# Fields whose terms go into the trigram index (pinyin is matched by prefix only).
FTS_FIELDS = ("abbr", "en", "zh")
# When one entry yields the same gram from several fields, show the most telling.
_FIELD_ORDER = {"abbr": 0, "en": 1, "zh": 2, "pinyin": 3, "initials": 4}
_GEN_KEY = "search_generation"


def generation(store) -> int:
    """The index's change counter (bumped by every rebuild or patch)."""
    row = store.db.execute("select value from meta where key = ?", [_GEN_KEY]).fetchone()
    return int(row[0]) if row else 0


def _bump(store) -> None:
    store.db.execute(
        "insert into meta (key, value) values (?, '1') on conflict(key) do update set value = cast(value as integer) + 1",
        [_GEN_KEY],
    )


_BATCH = 5000  # entries per batch of a full rebuild: bounded memory at any size


def _entry_cursor(store, ids: list[int] | None):
    """(entry_id, weight, hidden, abbr, en, zh) of live entries, heaviest
    first. Merged-away entries are left out: they are no longer entries."""
    where = "where e.id not in (select from_id from user_merges)"
    args: list = []
    if ids is not None:
        where += f" and e.id in ({','.join('?' * len(ids))})"
        args = list(ids)
    return store.db.conn.cursor().execute(
        "select e.id, coalesce(e.occurrences, 0), coalesce(u.hidden, 0), e.abbr, e.en, e.zh"
        f" from entries e left join user_entries u on u.entry_id = e.id {where}"
        " order by coalesce(e.occurrences, 0) desc, e.id",
        args,
    )


def _forms_of(store, ids: list[int]) -> dict[int, list[tuple]]:
    """entry_id -> [(kind, text, pinyin_plain, initials, simplified)], most used first."""
    forms = defaultdict(list)
    if not ids:
        return forms
    for eid, kind, text, py, ini, simp in store.db.execute(
        "select entry_id, kind, text, pinyin_plain, initials, simplified from forms"
        " where entry_id in (select value from json_each(?)) order by entry_id, count desc, id",
        [json.dumps(ids)],
    ):
        forms[eid].append((kind, text, py, ini, simp))
    return forms


def _build_rows(entries, forms, next_id: int):
    """Term rows and gram rows for ``entries``; ids from ``next_id`` on, in
    the given (weight) order so that FTS rowid order approximates rank."""
    from glossary_app.normalize import to_simplified
    from glossary_app.pinyin import pinyin_of

    term_rows = []
    gram_rows = []
    tid = next_id
    order = _FIELD_ORDER
    for eid, weight, hidden, abbr, en, zh in entries:
        items = forms.get(eid, [])
        # Display values (user overrides included) are searchable even when
        # they are not a form (e.g. an override whose key another entry owns).
        for kind, value in (("abbr", abbr), ("en", en), ("zh", zh)):
            if value and not any(it[0] == kind and it[1] == value for it in items):
                py = pinyin_of(to_simplified(value)) if kind == "zh" else None
                items = [*items, (kind, value, py.plain if py else None, py.initials if py else None, None)]
        entry_terms = {}
        for kind, text, py, ini, simp in items:
            for field, term in term_rows_for(kind, text, py, ini, simp):
                if (field, term) not in entry_terms:
                    entry_terms[(field, term)] = tid
                    term_rows.append((tid, eid, field, text, term, weight, hidden, 0))
                    tid += 1
        words: dict[str, str] = {}
        for row in term_rows[len(term_rows) - len(entry_terms) :]:
            if row[2] == "en":
                for w in word_suffixes(row[4]):
                    words.setdefault(w, row[3])
        for w, text in words.items():
            term_rows.append((tid, eid, "en", text, w, weight, hidden, 1))
            tid += 1
        # One gram row per (gram, entry): the best tier, then the most telling field.
        best: dict[str, tuple[int, int]] = {}
        for (field, term), t_id in sorted(entry_terms.items(), key=lambda kv: (order[kv[0][0]], kv[1])):
            for gram, tier in grams_of(field, term).items():
                cur = best.get(gram)
                if cur is None or tier < cur[0]:
                    best[gram] = (tier, t_id)
        negw = -weight
        gram_rows.extend((gram, hidden, tier, negw, t_id) for gram, (tier, t_id) in best.items())
    return term_rows, gram_rows, tid


def _insert_terms(store, term_rows) -> None:
    conn = store.db.conn
    conn.executemany(
        "insert into search_terms (id, entry_id, field, text, term, weight, hidden, word)"
        " values (?, ?, ?, ?, ?, ?, ?, ?)",
        term_rows,
    )
    conn.executemany(
        "insert into search_fts (rowid, term) values (?, ?)",
        [(r[0], r[4]) for r in term_rows if r[2] in FTS_FIELDS and not r[7]],
    )


def rebuild(store) -> int:
    """Recreate the whole index from entries and forms (inside the caller's
    transaction, if any). Returns the number of terms indexed.

    Works in batches of entries, so memory stays flat at a million entries;
    gram rows are staged unsorted and copied into their B-tree in key order
    by SQLite (a sort in C, and a much faster B-tree build).
    """
    conn = store.db.conn
    old_cache = conn.execute("pragma cache_size").fetchone()[0]
    # SQLite's sorter (index builds, the ordered gram copy) works in memory
    # up to cache_size before spilling to temp files: give it room for now.
    conn.execute("pragma cache_size = -131072")  # 128 MiB
    try:
        return _rebuild(store, conn)
    finally:
        conn.execute(f"pragma cache_size = {int(old_cache)}")


def _rebuild(store, conn) -> int:
    with store.db.atomic():
        store.db.execute("delete from search_terms")
        store.db.execute("delete from search_grams")
        store.db.execute("insert into search_fts (search_fts) values ('delete-all')")
        # Indexes are dropped and made again at the end: one sort in C instead
        # of millions of random B-tree inserts.
        for name, _ in TERM_INDEXES:
            store.db.execute(f"drop index if exists {name}")
        conn.execute("create temp table if not exists search_grams_stage (gram, hidden, tier, negw, term_id)")
        conn.execute("delete from temp.search_grams_stage")
        cursor = _entry_cursor(store, None)
        next_id, total = 1, 0
        while True:
            entries = cursor.fetchmany(_BATCH)
            if not entries:
                break
            forms = _forms_of(store, [e[0] for e in entries])
            term_rows, gram_rows, next_id = _build_rows(entries, forms, next_id)
            _insert_terms(store, term_rows)
            conn.executemany("insert into temp.search_grams_stage values (?, ?, ?, ?, ?)", gram_rows)
            total += len(term_rows)
        conn.execute(
            "insert or ignore into search_grams select * from temp.search_grams_stage"
            " order by gram, hidden, tier, negw, term_id"
        )
        conn.execute("drop table temp.search_grams_stage")
        for _, ddl in TERM_INDEXES:
            store.db.execute(ddl)
        _bump(store)
    return total


def update_entries(store, ids) -> None:
    """Re-index a few entries after curation (their forms, display values,
    hidden flag or weight changed; deleted or merged-away ones drop out)."""
    ids = sorted({int(i) for i in ids})
    if not ids:
        return
    with store.db.atomic():
        marks = ",".join("?" * len(ids))
        old = store.db.execute(
            f"select id, field, term, weight, hidden from search_terms where entry_id in ({marks}) and word = 0", ids
        ).fetchall()
        conn = store.db.conn
        # External-content FTS5 rows are removed by repeating their old values.
        conn.executemany(
            "insert into search_fts (search_fts, rowid, term) values ('delete', ?, ?)",
            [(r[0], r[2]) for r in old if r[1] in FTS_FIELDS],
        )
        # Gram rows are found again from the terms they were built from.
        stale = []
        for tid, field, term, weight, hidden in old:
            for gram, tier in grams_of(field, term).items():
                stale.append((gram, hidden, tier, -weight, tid))
        conn.executemany(
            "delete from search_grams where gram = ? and hidden = ? and tier = ? and negw = ? and term_id = ?", stale
        )
        store.db.execute(f"delete from search_terms where entry_id in ({marks})", ids)
        entries = _entry_cursor(store, ids).fetchall()
        next_id = (store.db.execute("select max(id) from search_terms").fetchone()[0] or 0) + 1
        term_rows, gram_rows, _ = _build_rows(entries, _forms_of(store, ids), next_id)
        _insert_terms(store, term_rows)
        conn.executemany(
            "insert or ignore into search_grams (gram, hidden, tier, negw, term_id) values (?, ?, ?, ?, ?)", gram_rows
        )
        _bump(store)


# -- queries --------------------------------------------------------------
# Each returns rows (tier, entry_id, field, text, term, weight) or a subset;
# hidden entries only when asked.

_COLS = "t.entry_id, t.field, t.text, t.term, t.weight"


def _hidden_clause(include_hidden: bool, alias: str = "t") -> str:
    return "" if include_hidden else f" and {alias}.hidden = 0"


def _with_text(store, rows: list[tuple]) -> list[tuple]:
    """(id, entry_id, field, term, weight, ...) rows from the covering index
    -> (entry_id, field, text, term, weight, ...): the text is read only for
    the rows that are kept."""
    if not rows:
        return []
    ids = [r[0] for r in rows]
    texts = dict(store.db.execute(f"select id, text from search_terms where id in ({','.join('?' * len(ids))})", ids))
    return [(r[1], r[2], texts.get(r[0], r[3]), r[3], r[4], *r[5:]) for r in rows]


def exact(store, terms: list[str], include_hidden: bool = False) -> list[tuple]:
    """Whole terms equal to any of ``terms``: (entry_id, field, text, term, weight)."""
    terms = sorted(set(terms))
    if not terms:
        return []
    rows = store.db.execute(
        "select t.id, t.entry_id, t.field, t.term, t.weight from search_terms t indexed by search_terms_cover"
        f" where t.term in ({','.join('?' * len(terms))}) and t.word = 0{_hidden_clause(include_hidden)}"
        " order by t.weight desc, t.entry_id, t.id limit 1000",
        terms,
    ).fetchall()
    return _with_text(store, rows)


def grams(store, gram: str, limit: int, include_hidden: bool = False) -> list[tuple]:
    """Short-query fast path: best rows for a 1-3 character key, already in
    rank order (tier, weight) straight from the primary key.

    Returns (tier, entry_id, field, text, term, weight).
    """
    hidden_values = (0, 1) if include_hidden else (0,)
    out = []
    for h in hidden_values:
        out.extend(
            store.db.execute(
                f"select g.tier, {_COLS}, g.negw, g.term_id from search_grams g join search_terms t on t.id = g.term_id"
                " where g.gram = ? and g.hidden = ? order by g.tier, g.negw, g.term_id limit ?",
                [gram, h, limit],
            ).fetchall()
        )
    if include_hidden:
        out.sort(key=lambda r: (r[0], r[6], r[7]))
        out = out[:limit]
    return [r[:6] for r in out]


def prefix(store, text: str, limit: int, include_hidden: bool = False) -> list[tuple]:
    """Terms that start with ``text`` (a range of the covering term index):
    whole terms first (``word`` 0, a prefix), then word suffixes (``word`` 1,
    a word prefix), each heaviest first: (entry_id, field, text, term, weight, word)."""
    if not text:
        return []
    rows = store.db.execute(
        "select t.id, t.entry_id, t.field, t.term, t.weight, t.word from search_terms t indexed by search_terms_cover"
        f" where t.term >= ? and t.term < ?{_hidden_clause(include_hidden)}"
        " order by t.word, t.weight desc, t.entry_id, t.id limit ?",
        [text, text + "\U0010ffff", limit],
    ).fetchall()
    return _with_text(store, rows)


def substring(store, text: str, limit: int, include_hidden: bool = False) -> list[tuple]:
    """Terms containing ``text`` (3+ characters) via the trigram index:
    (entry_id, field, text, term, weight), heaviest first among the first
    ``limit`` matches in index order (which is weight order as of the last
    full rebuild). The text is passed as one quoted FTS5 string, so no
    character of it is FTS syntax."""
    if len(text) < 3:
        return []
    phrase = '"' + text.replace('"', '""') + '"'
    rows = store.db.execute(
        f"select {_COLS}, t.id from search_fts f join search_terms t on t.id = f.rowid"
        f" where search_fts match ?{_hidden_clause(include_hidden)} order by f.rowid limit ?",
        [phrase, limit],
    ).fetchall()
    rows.sort(key=lambda r: (-r[4], r[0], r[5]))
    return [r[:5] for r in rows]


def fuzzy_choices(store, fields=("en",)) -> list[tuple]:
    """All terms of some fields for in-memory fuzzy matching: (term, id)."""
    marks = ",".join("?" * len(fields))
    return store.db.execute(
        f"select term, id from search_terms where field in ({marks}) and word = 0 order by id", list(fields)
    ).fetchall()


def terms_by_id(store, ids: list[int]) -> list[tuple]:
    """(id, entry_id, field, text, weight, hidden) of the given term rows."""
    if not ids:
        return []
    return store.db.execute(
        "select id, entry_id, field, text, weight, hidden from search_terms"
        f" where id in ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()


def stats(store) -> dict:
    """Row counts of the index tables (for the benchmark and diagnostics)."""
    q = lambda sql: store.db.execute(sql).fetchone()[0]  # noqa: E731
    return {"terms": q("select count(*) from search_terms"), "grams": q("select count(*) from search_grams")}
