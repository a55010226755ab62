"""The :class:`Store`: opening, the mined layer, and rebuilding entries."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from glossary_app.mining.mentions import FormPattern, MentionFinder
from glossary_app.mining.merge import DefinitionRow, choose_display, group_definitions
from glossary_app.mining.model import MinedDocument
from glossary_app.progress import Progress
from glossary_app.store.schema import SCHEMA_VERSION, migrations
from glossary_app.store.study_schema import migrations as study_migrations
from glossary_app.store.study_store import StudyStore


class StoreError(Exception):
    """The database cannot be used (not a glossary, corrupt, newer schema...)."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_store(path: str | Path) -> "Store":
    """Open (creating and migrating as needed) the glossary database at ``path``.

    Raises:
        StoreError: the file is not an SQLite database, or was written by a
            newer version of the app.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = Database(path)
        db.execute("PRAGMA journal_mode=WAL")
        # With WAL, NORMAL never corrupts the file on a crash; it only skips
        # the fsync per commit, which made one-transaction-per-document mining
        # spend most of its time waiting for the disk.
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA busy_timeout=5000")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path} was written by a newer version (schema {version}); update the app")
        migrations.apply(db)
        from glossary_app.store.search_schema import migrations as search_migrations

        search_migrations.apply(db)  # the lookup index: its own migration set
        study_migrations.apply(db)  # study tables: their own set, after the main one
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path} is not a usable glossary database ({e})") from e
    return Store(db, path)


@dataclass
class Form:
    """A written form of an entry (Chinese, English or abbreviation)."""

    id: int
    kind: str
    text: str
    simplified: str
    pinyin: str
    count: int
    origin: str


@dataclass
class Entry:
    """A glossary entry with everything a detail view shows."""

    id: int
    abbr: str | None
    en: str | None
    zh: str | None
    pinyin: str | None
    origin: str
    occurrences: int
    definition_count: int
    doc_count: int
    confidence: float | None
    retired: bool
    forms: list[Form] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)  # {doc_id, stem, title, count}
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    verified: bool = False
    hidden: bool = False
    favourite: bool = False

    def forms_of(self, kind: str) -> list[Form]:
        """This entry's forms of one kind, most frequent first."""
        return [f for f in self.forms if f.kind == kind]


@dataclass
class Example:
    """A sentence that mentions an entry, with the mention's offsets in the sentence."""

    sentence_id: int
    doc_id: int
    doc_stem: str
    doc_title: str
    lang: str
    text: str
    start: int  # in ``text``
    end: int
    is_definition: bool
    doc_start: int  # the sentence's start in the document


class Store:
    """A glossary database. Methods are grouped: documents (mined layer),
    entries (derived), examples, and the user layer.

    Every public write method is one transaction.
    """

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        from glossary_app.store.curation import Curation

        self.curation = Curation(self)
        self.study = StudyStore(self)  # cards, review log, decks (store/study_store.py)

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    # -- meta ------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the key/value metadata table."""
        row = self.db.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else default

    def _set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    @property
    def entries_dirty(self) -> bool:
        """True when documents changed since entries were last rebuilt."""
        return self.get_meta("entries_dirty", "0") == "1"

    # -- documents (mined layer) -----------------------------------------
    def document_hashes(self) -> dict[str, str]:
        """path -> sha256 of every stored document."""
        return {r[0]: r[1] for r in self.db.execute("select path, sha256 from documents")}

    def documents(self) -> list[dict]:
        """All documents (without their text), ordered by path."""
        return list(
            self.db.query(
                "select id, path, stem, title, language, format, encoding, size, mined_at,"
                " (select count(*) from definitions d where d.doc_id = documents.id) as definitions"
                " from documents order by path"
            )
        )

    def document(self, doc_id: int) -> dict | None:
        """One document with its text, or None."""
        rows = list(self.db.query("select * from documents where id = ?", [doc_id]))
        return rows[0] if rows else None

    def replace_document(self, mined: MinedDocument) -> int:
        """Store a mined document, replacing what an earlier run stored for the
        same path; one transaction. Returns the document id."""
        d = mined.document
        with self.db.atomic():
            self._delete_document_rows(d.path)
            doc_id = self.db["documents"].insert(
                {
                    "path": d.path,
                    "stem": Path(d.path).stem,
                    "title": d.title,
                    "language": d.language,
                    "format": d.format,
                    "encoding": d.encoding,
                    "sha256": d.sha256,
                    "size": len(d.text),
                    "text": d.text,
                    "mined_at": _now(),
                }
            ).last_pk
            sentence_rows = [
                {"doc_id": doc_id, "idx": i, "start": s.start, "end": s.end, "lang": s.lang, "text": d.text[s.start : s.end]}
                for i, s in enumerate(mined.sentences)
            ]
            self.db["sentences"].insert_all(sentence_rows, batch_size=1000)
            sent_ids = [
                r[0] for r in self.db.execute("select id from sentences where doc_id = ? order by idx", [doc_id])
            ]
            starts = [s.start for s in mined.sentences]
            import bisect

            def_rows = []
            for df in mined.definitions:
                i = bisect.bisect_right(starts, df.start) - 1
                def_rows.append(
                    {
                        "doc_id": doc_id,
                        "sentence_id": sent_ids[i] if i >= 0 and sent_ids else None,
                        "zh": df.zh,
                        "en": df.en,
                        "abbr": df.abbr,
                        "start": df.start,
                        "end": df.end,
                        "zh_start": df.zh_span[0] if df.zh_span else None,
                        "zh_end": df.zh_span[1] if df.zh_span else None,
                        "en_start": df.en_span[0] if df.en_span else None,
                        "en_end": df.en_span[1] if df.en_span else None,
                        "abbr_start": df.abbr_span[0] if df.abbr_span else None,
                        "abbr_end": df.abbr_span[1] if df.abbr_span else None,
                        "confidence": df.confidence,
                    }
                )
            self.db["definitions"].insert_all(def_rows, batch_size=1000)
            self._set_meta("entries_dirty", "1")
        return doc_id

    def remove_document(self, path: str) -> bool:
        """Forget a document and its mined data (one transaction). Entries are
        rebuilt by the next :meth:`rebuild_entries`."""
        with self.db.atomic():
            found = self._delete_document_rows(path)
            if found:
                self._set_meta("entries_dirty", "1")
        return found

    def _delete_document_rows(self, path: str) -> bool:
        row = self.db.execute("select id from documents where path = ?", [path]).fetchone()
        if not row:
            return False
        doc_id = row[0]
        for table in ("mentions", "definitions", "sentences"):
            self.db.execute(f"delete from {table} where doc_id = ?", [doc_id])
        self.db.execute("delete from documents where id = ?", [doc_id])
        return True

    def definitions(self, doc_id: int | None = None) -> list[dict]:
        """Stored definition occurrences (of one document, or all), in text order."""
        where, args = ("where d.doc_id = ?", [doc_id]) if doc_id is not None else ("", [])
        return list(
            self.db.query(
                "select d.*, doc.stem as doc_stem, s.text as sentence from definitions d"
                " join documents doc on doc.id = d.doc_id left join sentences s on s.id = d.sentence_id"
                f" {where} order by d.doc_id, d.start",
                args,
            )
        )

    # -- entries (derived) -----------------------------------------------
    def rebuild_entries(self, progress: Progress | None = None) -> None:
        """Regroup all definitions into entries, rebuild forms and mentions.

        Entry ids are kept wherever a group still shares a form with its
        previous entry, so the user layer (edits, flags, cards) stays attached.
        Entries that lose every definition are deleted unless the user made
        something of them, in which case they are kept as ``retired``. One
        transaction.
        """
        from glossary_app.pinyin import pinyin_of

        progress = progress or Progress()
        progress.message("Building entries")
        rows = [
            DefinitionRow(r[0], r[1], r[2], r[3])
            for r in self.db.execute("select id, zh, en, abbr from definitions order by id")
        ]
        pins = {(r[0], r[1]): r[2] for r in self.db.execute("select kind, key, entry_id from user_pins")}
        pin_texts = defaultdict(list)
        for kind, key, entry_id, text in self.db.execute("select kind, key, entry_id, text from user_pins"):
            pin_texts[entry_id].append((kind, key, text))
        groups = group_definitions(rows, pins)

        old_keys: dict[tuple[str, str], set[int]] = defaultdict(set)
        for kind, key, entry_id in self.db.execute("select kind, key, entry_id from forms"):
            old_keys[(kind, key)].add(entry_id)
        existing = {r[0] for r in self.db.execute("select id from entries")}
        redirects = dict(self.db.execute("select from_id, into_id from user_merges").fetchall())

        def resolve(eid: int) -> int:
            seen = set()
            while eid in redirects and eid not in seen:
                seen.add(eid)
                eid = redirects[eid]
            return eid

        with self.db.atomic():
            claimed: dict[int, object] = {}
            assignment: list[tuple[int, object]] = []
            # Pinned groups first, then the biggest groups pick their old ids.
            order = sorted(groups, key=lambda g: (g.pinned_entry is None, -len(g.definition_ids)))
            for g in order:
                eid = g.pinned_entry
                if eid is None:
                    votes = Counter()
                    for fk, texts in g.forms.items():
                        for old in old_keys.get(fk, ()):
                            old = resolve(old)
                            if old in existing and old not in claimed:
                                votes[old] += sum(texts.values())
                    eid = min(votes, key=lambda e: (-votes[e], e)) if votes else None
                if eid is None or eid in claimed:
                    eid = self.db["entries"].insert({"origin": "mined", "created_at": _now(), "retired": 0}).last_pk
                    existing.add(eid)
                claimed[eid] = g
                assignment.append((eid, g))

            self.db.execute("delete from forms")
            self.db.execute("delete from mentions")
            self.db.execute("update definitions set entry_id = null")
            user_rows = {r["entry_id"]: r for r in self.db.query("select * from user_entries")}
            form_rows = []
            entry_updates = {}
            for eid, g in assignment:
                # A key the user pinned to another entry (split, merge) is that
                # entry's form only, even where a definition pairs it with this one.
                forms = {k: Counter(v) for k, v in g.forms.items() if pins.get(k, eid) == eid}
                for kind, key, text in pin_texts.get(eid, ()):
                    forms.setdefault((kind, key), Counter())[text] += 0
                self._write_definitions_entry(eid, g.definition_ids)
                form_rows.extend(self._form_rows(eid, forms, pinyin_of, pinned={(k, key) for k, key, _ in pin_texts.get(eid, ())}))
                entry_updates[eid] = forms
            # Entries with user data but no definitions any more (manual entries,
            # retired mined ones): their pinned forms still make them findable.
            for eid in existing - set(claimed):
                has_user = (
                    eid in user_rows
                    or eid in pin_texts
                    or self.db.execute("select 1 from entries where id = ? and origin = 'user'", [eid]).fetchone()
                    or self._has_study_data(eid)
                )
                if eid in redirects or not has_user:
                    if not has_user:
                        self.db.execute("delete from entries where id = ?", [eid])
                    continue
                forms = {}
                for kind, key, text in pin_texts.get(eid, ()):
                    forms.setdefault((kind, key), Counter())[text] += 1
                form_rows.extend(self._form_rows(eid, forms, pinyin_of, pinned=set(forms)))
                entry_updates[eid] = forms
            self.db["forms"].insert_all(form_rows, batch_size=1000)

            progress.message("Indexing mentions")
            self._rebuild_mentions()
            self._refresh_entry_display(entry_updates, user_rows, claimed, pinyin_of)
            self._set_meta("entries_dirty", "0")
            from glossary_app.store import search_index

            progress.message("Indexing for lookup")
            search_index.rebuild(self)

    def _has_study_data(self, entry_id: int) -> bool:
        # The study tables arrive with a later migration; absent means no data.
        if not self.db["cards"].exists():
            return False
        return self.db.execute("select 1 from cards where entry_id = ? limit 1", [entry_id]).fetchone() is not None

    def _write_definitions_entry(self, entry_id: int, ids: list[int]) -> None:
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            self.db.execute(
                f"update definitions set entry_id = ? where id in ({','.join('?' * len(chunk))})", [entry_id, *chunk]
            )

    @staticmethod
    def _form_rows(entry_id, forms, pinyin_of, pinned) -> list[dict]:
        from glossary_app.normalize import to_simplified

        rows = []
        for (kind, key), texts in forms.items():
            for text, count in texts.most_common():
                row = {
                    "entry_id": entry_id,
                    "kind": kind,
                    "text": text,
                    "key": key,
                    "simplified": text,
                    "pinyin": None,
                    "pinyin_plain": None,
                    "initials": None,
                    "count": count,
                    "origin": "user" if (kind, key) in pinned and count == 0 else "mined",
                }
                if kind == "zh":
                    simp = to_simplified(text)
                    py = pinyin_of(simp)
                    row.update(simplified=simp, pinyin=py.marked, pinyin_plain=py.plain, initials=py.initials)
                rows.append(row)
        return rows

    def _rebuild_mentions(self) -> None:
        patterns = [
            FormPattern(r[0], r[1], r[2], r[3])
            for r in self.db.execute("select id, entry_id, kind, text from forms")
        ]
        finder = MentionFinder(patterns)
        defs_by_sentence = defaultdict(set)
        for sid, eid in self.db.execute("select sentence_id, entry_id from definitions where entry_id is not null"):
            defs_by_sentence[sid].add(eid)
        batch = []
        cursor = self.db.conn.cursor()
        for sid, doc_id, start, text in cursor.execute("select id, doc_id, start, text from sentences"):
            for m in finder.find(doc_id, sid, start, text):
                batch.append((m.entry_id, m.form_id, m.doc_id, m.sentence_id, m.start, m.end, int(m.entry_id in defs_by_sentence.get(sid, ()))))
            if len(batch) >= 5000:
                self._insert_mentions(batch)
                batch = []
        self._insert_mentions(batch)

    def _insert_mentions(self, batch) -> None:
        if batch:
            self.db.conn.executemany(
                "insert into mentions (entry_id, form_id, doc_id, sentence_id, start, end, is_definition)"
                " values (?, ?, ?, ?, ?, ?, ?)",
                batch,
            )

    def _refresh_entry_display(self, entry_updates, user_rows, claimed, pinyin_of) -> None:
        from glossary_app.normalize import to_simplified

        occ = dict(self.db.execute("select entry_id, count(*) from mentions group by entry_id").fetchall())
        stats = {
            r[0]: (r[1], r[2], r[3])
            for r in self.db.execute(
                "select entry_id, count(*), count(distinct doc_id), max(confidence) from definitions"
                " where entry_id is not null group by entry_id"
            )
        }
        for eid, forms in entry_updates.items():
            user = user_rows.get(eid, {})
            zh = user.get("zh") or choose_display(forms, "zh")
            n_defs, n_docs, conf = stats.get(eid, (0, 0, None))
            self.db["entries"].update(
                eid,
                {
                    "abbr": user.get("abbr") or choose_display(forms, "abbr"),
                    "en": user.get("en") or choose_display(forms, "en"),
                    "zh": zh,
                    "pinyin": pinyin_of(to_simplified(zh)).marked if zh else None,
                    "occurrences": occ.get(eid, 0),
                    "definition_count": n_defs,
                    "doc_count": n_docs,
                    "confidence": conf,
                    "retired": 0 if eid in claimed else 1,
                },
            )

    def refresh_entry(self, entry_id: int) -> None:
        """Recompute one entry's display values from its forms and the user's
        overrides (after an edit)."""
        from glossary_app.pinyin import pinyin_of

        forms = defaultdict(Counter)
        for kind, key, text, count in self.db.execute(
            "select kind, key, text, count from forms where entry_id = ?", [entry_id]
        ):
            forms[(kind, key)][text] += max(count, 1)
        user_rows = {r["entry_id"]: r for r in self.db.query("select * from user_entries where entry_id = ?", [entry_id])}
        retired = self.db.execute("select retired from entries where id = ?", [entry_id]).fetchone()
        claimed = {} if retired and retired[0] else {entry_id: True}
        self._refresh_entry_display({entry_id: forms}, user_rows, claimed, pinyin_of)

    # -- reading entries -------------------------------------------------
    def entry_count(self, include_hidden: bool = False) -> int:
        """Number of entries (hidden ones only when asked)."""
        sql = "select count(*) from entries e left join user_entries u on u.entry_id = e.id where e.id not in (select from_id from user_merges)"
        if not include_hidden:
            sql += " and coalesce(u.hidden, 0) = 0"
        return self.db.execute(sql).fetchone()[0]

    def entry_ids(self, include_hidden: bool = False) -> list[int]:
        """Ids of all live entries, most frequent first."""
        sql = (
            "select e.id from entries e left join user_entries u on u.entry_id = e.id"
            " where e.id not in (select from_id from user_merges)"
        )
        if not include_hidden:
            sql += " and coalesce(u.hidden, 0) = 0"
        sql += " order by e.occurrences desc, e.id"
        return [r[0] for r in self.db.execute(sql)]

    def entry(self, entry_id: int) -> Entry | None:
        """One entry with its forms, sources and user data; None if unknown."""
        got = self.entries([entry_id])
        return got[0] if got else None

    def entries(self, ids: list[int]) -> list[Entry]:
        """Entries for ``ids``, in the order given (unknown ids are skipped)."""
        if not ids:
            return []
        out: dict[int, Entry] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(
                f"select e.*, u.notes, u.tags, u.verified, u.hidden, u.favourite from entries e"
                f" left join user_entries u on u.entry_id = e.id where e.id in ({marks})",
                chunk,
            ):
                out[r["id"]] = Entry(
                    id=r["id"],
                    abbr=r["abbr"],
                    en=r["en"],
                    zh=r["zh"],
                    pinyin=r["pinyin"],
                    origin=r["origin"],
                    occurrences=r["occurrences"] or 0,
                    definition_count=r["definition_count"] or 0,
                    doc_count=r["doc_count"] or 0,
                    confidence=r["confidence"],
                    retired=bool(r["retired"]),
                    notes=r["notes"] or "",
                    tags=json.loads(r["tags"]) if r["tags"] else [],
                    verified=bool(r["verified"]),
                    hidden=bool(r["hidden"]),
                    favourite=bool(r["favourite"]),
                )
            for r in self.db.query(
                f"select * from forms where entry_id in ({marks}) order by count desc, id", chunk
            ):
                if r["entry_id"] in out:
                    out[r["entry_id"]].forms.append(
                        Form(r["id"], r["kind"], r["text"], r["simplified"], r["pinyin"] or "", r["count"], r["origin"])
                    )
            for r in self.db.query(
                f"select d.entry_id, d.doc_id, doc.stem, doc.title, count(*) as n from definitions d"
                f" join documents doc on doc.id = d.doc_id where d.entry_id in ({marks})"
                f" group by d.entry_id, d.doc_id order by doc.stem",
                chunk,
            ):
                out[r["entry_id"]].sources.append(
                    {"doc_id": r["doc_id"], "stem": r["stem"], "title": r["title"], "count": r["n"]}
                )
        return [out[i] for i in ids if i in out]

    def examples(
        self,
        entry_id: int,
        lang: str | None = None,
        doc_id: int | None = None,
        limit: int | None = 200,
    ) -> list[Example]:
        """Sentences mentioning an entry, definitions first, then by document
        and position; optionally only one language ("zh"/"en") or document."""
        where = ["m.entry_id = ?"]
        args: list = [entry_id]
        if lang:
            where.append("s.lang = ?")
            args.append(lang)
        if doc_id is not None:
            where.append("m.doc_id = ?")
            args.append(doc_id)
        sql = (
            "select m.sentence_id, m.doc_id, doc.stem, doc.title, s.lang, s.text, s.start as s_start,"
            " m.start, m.end, m.is_definition from mentions m join sentences s on s.id = m.sentence_id"
            " join documents doc on doc.id = m.doc_id"
            f" where {' and '.join(where)} group by m.sentence_id"
            " order by m.is_definition desc, doc.stem, m.start"
        )
        if limit:
            sql += f" limit {int(limit)}"
        return [
            Example(
                sentence_id=r[0], doc_id=r[1], doc_stem=r[2], doc_title=r[3] or r[2], lang=r[4], text=r[5],
                start=r[7] - r[6], end=r[8] - r[6], is_definition=bool(r[9]), doc_start=r[6],
            )
            for r in self.db.execute(sql, args)
        ]

    def stats(self) -> dict:
        """Counts for summaries: documents, sentences, definitions, entries, mentions."""
        q = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": q("select count(*) from documents"),
            "sentences": q("select count(*) from sentences"),
            "definitions": q("select count(*) from definitions"),
            "entries": self.entry_count(),
            "mentions": q("select count(*) from mentions"),
        }
