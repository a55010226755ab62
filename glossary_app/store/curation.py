"""Curation: the user's corrections to the mined glossary, with undo and redo.

Everything here writes only the **user layer** (``user_entries``,
``user_pins``, ``user_merges``, ``history``) plus the derived rows that must
reflect it at once (forms, entry display values, the lookup index). Re-mining
rebuilds the derived rows from the documents *and* the user layer, so a
correction is never overwritten, resurrected or duplicated:

* overrides and flags live in ``user_entries`` keyed by entry id;
* entry ids survive re-mining because every curated entry is *anchored*:
  its Chinese and English keys are pinned to it (``user_pins``), and pinned
  definitions always regroup into their pinned entry;
* merges are ``user_merges`` rows plus pins of the merged-away forms;
* a split pins the form's key to the new entry.

Undo/redo: every action is one transaction that records, in ``history``, a
snapshot of the user-layer rows it touched before and after. Undo writes the
"before" rows back, redo the "after" rows, then the derived data is brought
in line (for merges and splits by rebuilding entries, which regroups the
definitions under the restored pins). History survives restarts because it is
a table in the glossary file.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone
from typing import Iterable

from glossary_app.normalize import abbr_key, collapse_ws, english_key, zh_key

_KEY_OF = {"zh": zh_key, "en": english_key, "abbr": abbr_key}
_MAX_TEXT = 300
_MAX_NOTES = 20000
# history.undone: 0 = done, 1 = undone (redo-able), 2 = undone and then
# superseded by a new action (kept for the record, no longer redo-able).
_DONE, _UNDONE, _DROPPED = 0, 1, 2


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _pin_id(kind: str, key: str) -> str:
    return f"{kind}\t{key}"


class Curation:
    """The user's edits of a :class:`~glossary_app.store.Store` (``store.curation``).

    Every public write is one transaction, recorded in ``history``. Errors
    for bad input: ``KeyError`` (unknown entry or form), ``ValueError``
    (empty or conflicting values); nothing is written then.
    """

    def __init__(self, store) -> None:
        self.store = store

    @property
    def db(self):
        return self.store.db

    # -- reading helpers -----------------------------------------------------
    def _entry_row(self, entry_id) -> dict:
        try:
            entry_id = int(entry_id)
        except (TypeError, ValueError):
            raise KeyError(f"entry id must be a number, not {entry_id!r}") from None
        rows = list(self.db.query("select * from entries where id = ?", [entry_id]))
        if not rows:
            raise KeyError(f"no entry with id {entry_id}")
        merged = self.db.execute("select into_id from user_merges where from_id = ?", [entry_id]).fetchone()
        if merged:
            raise KeyError(f"entry {entry_id} was merged into entry {merged[0]}")
        return rows[0]

    def _label(self, entry_id: int) -> str:
        row = self.db.execute("select abbr, en, zh from entries where id = ?", [entry_id]).fetchone()
        if row:
            for value in row:
                if value:
                    return value
        return f"#{entry_id}"

    def _keys_of(self, entry_id: int) -> dict[tuple[str, str], str]:
        """(kind, key) -> most frequent text, over the entry's forms."""
        out: dict[tuple[str, str], str] = {}
        for kind, key, text in self.db.execute(
            "select kind, key, text from forms where entry_id = ? order by count desc, id", [entry_id]
        ):
            out.setdefault((kind, key), text)
        return out

    def _owners(self, kind: str, key: str) -> set[int]:
        """Live entries that hold the key as a form or a pin."""
        owners = {
            r[0]
            for r in self.db.execute(
                "select entry_id from forms where kind = ? and key = ?"
                " and entry_id not in (select from_id from user_merges)",
                [kind, key],
            )
        }
        pin = self.db.execute("select entry_id from user_pins where kind = ? and key = ?", [kind, key]).fetchone()
        if pin:
            owners.add(pin[0])
        return owners

    def _anchor_keys(self, entry_id: int) -> list[tuple[str, str, str]]:
        """Keys to pin so the entry keeps its id through re-mining: its Chinese
        and English keys that no other entry holds (abbreviations only when the
        entry has nothing else: an abbreviation can be shared by concepts, and
        pinning it would take it from the others)."""
        keys = self._keys_of(entry_id)
        chosen = [(k, key, t) for (k, key), t in keys.items() if k in ("zh", "en")]
        if not chosen:
            chosen = [(k, key, t) for (k, key), t in keys.items()]
        return [(k, key, t) for k, key, t in chosen if self._owners(k, key) <= {entry_id}]

    # -- snapshots -----------------------------------------------------------
    def _snapshot(self, scope: dict) -> dict:
        snap: dict = {"user_entries": {}, "pins": {}, "merges": {}, "entries": {}}
        for eid in scope.get("user_entries", ()):
            rows = list(self.db.query("select * from user_entries where entry_id = ?", [eid]))
            snap["user_entries"][str(eid)] = rows[0] if rows else None
        for kind, key in scope.get("pins", ()):
            rows = list(self.db.query("select * from user_pins where kind = ? and key = ?", [kind, key]))
            snap["pins"][_pin_id(kind, key)] = rows[0] if rows else None
        for fid in scope.get("merges", ()):
            rows = list(self.db.query("select * from user_merges where from_id = ?", [fid]))
            snap["merges"][str(fid)] = rows[0] if rows else None
        for eid in scope.get("entries", ()):
            rows = list(self.db.query("select * from entries where id = ?", [eid]))
            snap["entries"][str(eid)] = rows[0] if rows else None
        return snap

    def _restore(self, snap: dict) -> set[int]:
        """Write a snapshot back; returns the entry ids whose derived data must follow."""
        touched: set[int] = set()
        for eid, row in snap["entries"].items():
            if row is None:
                self._delete_entry_rows(int(eid))
            else:
                self.db["entries"].insert(row, replace=True)
            touched.add(int(eid))
        for eid, row in snap["user_entries"].items():
            self.db.execute("delete from user_entries where entry_id = ?", [int(eid)])
            if row is not None:
                self.db["user_entries"].insert(row)
            touched.add(int(eid))
        for pid, row in snap["pins"].items():
            kind, key = pid.split("\t", 1)
            old = self.db.execute("select entry_id from user_pins where kind = ? and key = ?", [kind, key]).fetchone()
            if old:
                touched.add(old[0])
            self.db.execute("delete from user_pins where kind = ? and key = ?", [kind, key])
            if row is not None:
                self.db["user_pins"].insert(row)
                touched.add(row["entry_id"])
        for fid, row in snap["merges"].items():
            self.db.execute("delete from user_merges where from_id = ?", [int(fid)])
            if row is not None:
                self.db["user_merges"].insert(row)
                touched.add(row["into_id"])
            touched.add(int(fid))
        return touched

    def _orphans(self) -> bool:
        # Undoing an added entry that re-mining had since given definitions
        # leaves those definitions without an entry: regroup them.
        return self.db.execute("select 1 from definitions where entry_id is null limit 1").fetchone() is not None

    def _delete_entry_rows(self, entry_id: int) -> None:
        form_ids = [r[0] for r in self.db.execute("select id from forms where entry_id = ?", [entry_id])]
        for i in range(0, len(form_ids), 500):
            chunk = form_ids[i : i + 500]
            self.db.execute(f"delete from mentions where form_id in ({','.join('?' * len(chunk))})", chunk)
        self.db.execute("delete from forms where entry_id = ?", [entry_id])
        self.db.execute("delete from mentions where entry_id = ?", [entry_id])
        self.db.execute("update definitions set entry_id = null where entry_id = ?", [entry_id])
        self.db.execute("delete from entries where id = ?", [entry_id])

    # -- derived data --------------------------------------------------------
    def _sync_user_forms(self, entry_id: int) -> None:
        """Forms that exist only because of a pin follow the pins: add the
        missing ones, drop user-made forms whose pin is gone."""
        from glossary_app.pinyin import pinyin_of

        pinned = {
            (k, key): text
            for k, key, text in self.db.execute("select kind, key, text from user_pins where entry_id = ?", [entry_id])
        }
        have = {(k, key) for k, key in self.db.execute("select kind, key from forms where entry_id = ?", [entry_id])}
        stale = [
            r[0]
            for r in self.db.execute(
                "select id, kind, key from forms where entry_id = ? and origin = 'user' and count = 0", [entry_id]
            )
            if (r[1], r[2]) not in pinned
        ]
        for fid in stale:
            self.db.execute("delete from mentions where form_id = ?", [fid])
            self.db.execute("delete from forms where id = ?", [fid])
        missing = {k: Counter({t: 0}) for k, t in pinned.items() if k not in have}
        if missing:
            rows = self.store._form_rows(entry_id, missing, pinyin_of, pinned=set(missing))
            self.db["forms"].insert_all(rows)

    def _dedupe_forms(self, entry_id: int) -> None:
        """After a merge, one row per (kind, key, text): counts add up and
        mentions follow the kept row."""
        groups: dict[tuple, list[tuple[int, int]]] = {}
        for fid, kind, key, text, count in self.db.execute(
            "select id, kind, key, text, count from forms where entry_id = ? order by id", [entry_id]
        ):
            groups.setdefault((kind, key, text), []).append((fid, count or 0))
        for rows in groups.values():
            if len(rows) < 2:
                continue
            keep = rows[0][0]
            for fid, _ in rows[1:]:
                self.db.execute("update mentions set form_id = ? where form_id = ?", [keep, fid])
                self.db.execute("delete from forms where id = ?", [fid])
            total = sum(c for _, c in rows)
            if total:
                self.db.execute("update forms set count = ?, origin = 'mined' where id = ?", [total, keep])

    def _apply_derived(self, entry_ids: Iterable[int], structural: bool) -> None:
        from glossary_app.store import search_index

        ids = sorted({int(i) for i in entry_ids})
        if structural:
            # Merges and splits move definitions between entries: regrouping
            # under the (restored) pins is the one way that is always right.
            self.store.rebuild_entries()
            return
        live = set()
        if ids:
            marks = ",".join("?" * len(ids))
            live = {r[0] for r in self.db.execute(f"select id from entries where id in ({marks})", ids)}
        for eid in ids:
            if eid in live:
                self._sync_user_forms(eid)
                self.store.refresh_entry(eid)
        search_index.update_entries(self.store, ids)

    # -- recording -----------------------------------------------------------
    def _record(self, action: str, entry_id: int | None, label: str, scope: dict, before: dict, old, new,
                structural: bool) -> None:
        after = self._snapshot(scope)
        # A new action ends the redo chain (the undone actions stay listed).
        self.db.execute("update history set undone = ? where undone = ?", [_DROPPED, _UNDONE])
        self.db["history"].insert(
            {
                "at": _now(),
                "action": action,
                "entry_id": entry_id,
                "payload": json.dumps(
                    {"label": label, "structural": structural, "before": before, "after": after, "old": old, "new": new},
                    ensure_ascii=False,
                ),
                "undone": _DONE,
            }
        )

    # -- validation ----------------------------------------------------------
    @staticmethod
    def _clean(kind: str, value) -> str:
        if not isinstance(value, str):
            raise ValueError(f"{kind} must be text, not {type(value).__name__}")
        text = collapse_ws(value)
        if len(text) > _MAX_TEXT:
            raise ValueError(f"{kind} is too long ({len(text)} characters; at most {_MAX_TEXT})")
        if text and not _KEY_OF[kind](text):
            raise ValueError(f"{kind} {value!r} has no letters or characters to match on")
        if kind == "zh" and text and not any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text):
            raise ValueError(f"Chinese form {value!r} contains no Chinese characters")
        return text

    @staticmethod
    def _clean_tags(tags) -> list[str]:
        if isinstance(tags, str):
            tags = tags.split(",")
        try:
            out = [collapse_ws(str(t)) for t in tags]
        except TypeError:
            raise ValueError("tags must be a list of words or a comma-separated string") from None
        seen, result = set(), []
        for t in out:
            if t and t not in seen:
                seen.add(t)
                result.append(t)
        return result

    def _check_free(self, kind: str, key: str, text: str, allowed: set[int]) -> bool:
        """Whether ``key`` may be pinned for an entry in ``allowed``. A Chinese or
        English form of another entry is an error (that is a merge); a shared
        abbreviation is fine but is not pinned."""
        others = self._owners(kind, key) - allowed
        if not others:
            return True
        if kind == "abbr":
            return False
        other = min(others)
        raise ValueError(
            f"{text!r} is already a form of entry {other} ({self._label(other)}); merge the entries instead"
        )

    # -- actions -------------------------------------------------------------
    def edit(self, entry_id: int, *, zh=None, en=None, abbr=None, notes=None, tags=None) -> None:
        """Change an entry's display forms, notes or tags; only the fields
        given change. An empty zh/en/abbr removes the override (the mined
        value shows again). A new form is pinned to the entry so lookup finds
        it and re-mining keeps it.

        Raises:
            KeyError: unknown or merged-away entry.
            ValueError: nothing to change, bad values, or a form that belongs
                to another entry.
        """
        row = self._entry_row(entry_id)
        eid = row["id"]
        fields = {}
        for kind, value in (("zh", zh), ("en", en), ("abbr", abbr)):
            if value is not None:
                fields[kind] = self._clean(kind, value)
        if notes is not None:
            if not isinstance(notes, str):
                raise ValueError("notes must be text")
            if len(notes) > _MAX_NOTES:
                raise ValueError(f"notes are too long (at most {_MAX_NOTES} characters)")
            fields["notes"] = notes.strip()
        if tags is not None:
            fields["tags"] = json.dumps(self._clean_tags(tags), ensure_ascii=False)
        if not fields:
            raise ValueError("nothing to change: give zh, en, abbr, notes or tags")
        new_pins = []
        for kind in ("zh", "en", "abbr"):
            text = fields.get(kind)
            if text:
                key = _KEY_OF[kind](text)
                if self._check_free(kind, key, text, {eid}):
                    new_pins.append((kind, key, text))
        with self.db.atomic():
            anchors = self._anchor_keys(eid)
            self._pin_all(anchors, eid, only_new=True)
            scope = {"user_entries": [eid], "pins": [(k, key) for k, key, _ in new_pins]}
            before = self._snapshot(scope)
            user = before["user_entries"][str(eid)] or {}
            old = {}
            for k in fields:
                if k in ("zh", "en", "abbr"):
                    old[k] = row[k]
                elif k == "tags":
                    old[k] = json.loads(user["tags"]) if user.get("tags") else []
                else:
                    old[k] = user.get(k) or ""
            values = {k: (v if v != "" or k == "notes" else None) for k, v in fields.items()}
            self._upsert_user(eid, values)
            self._pin_all(new_pins, eid, only_new=False)
            self._apply_derived([eid], structural=False)
            new = {k: (json.loads(v) if k == "tags" else v) for k, v in fields.items()}
            for k in ("zh", "en", "abbr"):
                if k in new:
                    new[k] = self.db.execute(f"select {k} from entries where id = ?", [eid]).fetchone()[0]
            self._record("edit", eid, f"Edit entry {self._label(eid)}", scope, before, old, new, structural=False)

    def _upsert_user(self, entry_id: int, values: dict) -> None:
        exists = self.db.execute("select 1 from user_entries where entry_id = ?", [entry_id]).fetchone()
        values = {**values, "updated_at": _now()}
        if exists:
            self.db["user_entries"].update(entry_id, values)
        else:
            self.db["user_entries"].insert({"entry_id": entry_id, **values})

    def _pin_all(self, pins, entry_id: int, only_new: bool) -> None:
        for kind, key, text in pins:
            if only_new and self.db.execute(
                "select 1 from user_pins where kind = ? and key = ?", [kind, key]
            ).fetchone():
                continue
            self.db["user_pins"].insert(
                {"kind": kind, "key": key, "entry_id": entry_id, "text": text, "created_at": _now()}, replace=True
            )

    def _set_flag(self, entry_id: int, flag: str, value: bool, verb: str) -> None:
        row = self._entry_row(entry_id)
        eid = row["id"]
        value = bool(value)
        with self.db.atomic():
            self._pin_all(self._anchor_keys(eid), eid, only_new=True)
            scope = {"user_entries": [eid]}
            before = self._snapshot(scope)
            old = bool((before["user_entries"][str(eid)] or {}).get(flag))
            self._upsert_user(eid, {flag: int(value)})
            self._apply_derived([eid], structural=False)
            label = f"{verb if value else 'Un' + verb.lower()} {self._label(eid)}"
            self._record(flag, eid, label, scope, before, {flag: old}, {flag: value}, structural=False)

    def set_verified(self, entry_id: int, value: bool = True) -> None:
        """Mark an entry as checked by the user (or clear the mark)."""
        self._set_flag(entry_id, "verified", value, "Verify")

    def set_hidden(self, entry_id: int, value: bool = True) -> None:
        """Hide an entry (a false positive) from lookup and lists, or show it again.
        Re-mining keeps it hidden."""
        self._set_flag(entry_id, "hidden", value, "Hide")

    def set_favourite(self, entry_id: int, value: bool = True) -> None:
        """Star an entry (or unstar it)."""
        self._set_flag(entry_id, "favourite", value, "Favourite")

    def add_entry(self, *, zh=None, en=None, abbr=None, notes: str = "", tags=()) -> int:
        """Add a manual entry (origin ``user``); returns its id. Its forms are
        pinned, so a document that later defines the same term adds to this
        entry instead of making a second one.

        Raises:
            ValueError: no form given, bad values, or a Chinese/English form
                that already belongs to another entry.
        """
        fields = {}
        for kind, value in (("zh", zh), ("en", en), ("abbr", abbr)):
            if value is not None:
                text = self._clean(kind, value)
                if text:
                    fields[kind] = text
        if not fields:
            raise ValueError("a new entry needs at least one of zh, en or abbr")
        if not isinstance(notes, str):
            raise ValueError("notes must be text")
        tag_list = self._clean_tags(tags)
        pins = []
        for kind, text in fields.items():
            key = _KEY_OF[kind](text)
            if self._check_free(kind, key, text, set()):
                pins.append((kind, key, text))
        with self.db.atomic():
            scope_pins = [(k, key) for k, key, _ in pins]
            before = self._snapshot({"pins": scope_pins})
            eid = self.db["entries"].insert(
                {"origin": "user", "created_at": _now(), "retired": 0, "occurrences": 0}
            ).last_pk
            before["entries"][str(eid)] = None
            before["user_entries"][str(eid)] = None
            self._upsert_user(eid, {**fields, "notes": notes.strip(), "tags": json.dumps(tag_list, ensure_ascii=False)})
            self._pin_all(pins, eid, only_new=False)
            self._apply_derived([eid], structural=False)
            scope = {"user_entries": [eid], "pins": scope_pins, "entries": [eid]}
            label = f"Add entry {self._label(eid)}"
            self._record("add", eid, label, scope, before, {}, {**fields, "notes": notes.strip(), "tags": tag_list},
                         structural=False)
        return eid

    def merge(self, into_id: int, from_id: int) -> None:
        """Merge entry ``from_id`` into ``into_id``: its forms, definitions and
        examples join ``into_id``; notes and tags combine, a star or a verified
        mark carries over. The merged-away id redirects to ``into_id``.

        Raises:
            KeyError: either entry unknown or already merged away.
            ValueError: the same entry twice.
        """
        into = self._entry_row(into_id)["id"]
        frm = self._entry_row(from_id)["id"]
        if into == frm:
            raise ValueError("cannot merge an entry into itself")
        with self.db.atomic():
            self._pin_all(self._anchor_keys(into), into, only_new=True)
            self._pin_all(self._anchor_keys(frm), frm, only_new=True)
            moving = [(k, key, t) for (k, key), t in self._keys_of(frm).items() if self._owners(k, key) <= {into, frm}]
            chained = [r[0] for r in self.db.execute("select from_id from user_merges where into_id = ?", [frm])]
            scope = {
                "user_entries": [into, frm],
                "pins": [(k, key) for k, key, _ in moving],
                "merges": [frm, *chained],
                "entries": [frm],
            }
            before = self._snapshot(scope)
            u_into = before["user_entries"][str(into)] or {}
            u_from = before["user_entries"][str(frm)] or {}
            if u_from:
                notes = "\n\n".join(n for n in (u_into.get("notes"), u_from.get("notes")) if n)
                tags = self._clean_tags(
                    (json.loads(u_into["tags"]) if u_into.get("tags") else [])
                    + (json.loads(u_from["tags"]) if u_from.get("tags") else [])
                )
                combined = {
                    "notes": notes,
                    "tags": json.dumps(tags, ensure_ascii=False),
                    "verified": int(bool(u_into.get("verified") or u_from.get("verified"))),
                    "favourite": int(bool(u_into.get("favourite") or u_from.get("favourite"))),
                }
                for k in ("zh", "en", "abbr"):
                    if not u_into.get(k) and u_from.get(k):
                        combined[k] = u_from[k]
                self._upsert_user(into, combined)
                self.db.execute("delete from user_entries where entry_id = ?", [frm])
            self._pin_all(moving, into, only_new=False)
            self.db["user_merges"].insert({"from_id": frm, "into_id": into, "created_at": _now()}, replace=True)
            # Earlier merges into the merged-away entry now lead to ``into``.
            self.db.execute("update user_merges set into_id = ? where into_id = ?", [into, frm])
            # The direct move is what a rebuild would do under the new pins.
            self.db.execute("update forms set entry_id = ? where entry_id = ?", [into, frm])
            self.db.execute("update definitions set entry_id = ? where entry_id = ?", [into, frm])
            self.db.execute("update mentions set entry_id = ? where entry_id = ?", [into, frm])
            self._dedupe_forms(into)
            label_from, label_into = self._label(frm), self._label(into)
            self._apply_derived([into, frm], structural=False)
            self._record(
                "merge", into, f"Merge {label_from} into {label_into}", scope, before,
                {"from": frm, "from_label": label_from}, {"into": into, "into_label": label_into}, structural=True,
            )

    def split_form(self, entry_id: int, form_id: int) -> int:
        """Move one form (all spellings of its key) out of an entry into a new
        entry; returns the new entry's id. Definitions that use the form go
        with it.

        Raises:
            KeyError: unknown entry, or the form is not one of its forms.
            ValueError: the form is the entry's only form, or is shared with
                other entries.
        """
        eid = self._entry_row(entry_id)["id"]
        form = self.db.execute(
            "select kind, key, text from forms where id = ? and entry_id = ?", [form_id, eid]
        ).fetchone()
        if not form:
            raise KeyError(f"entry {eid} has no form with id {form_id}")
        kind, key, text = form
        keys = self._keys_of(eid)
        if len(keys) < 2:
            raise ValueError(f"{text!r} is the only form of entry {eid}; nothing would be left")
        if self._owners(kind, key) - {eid}:
            raise ValueError(f"{text!r} is shared with other entries and cannot be split out")
        with self.db.atomic():
            self._pin_all([a for a in self._anchor_keys(eid) if a[:2] != (kind, key)], eid, only_new=True)
            scope_pins = [(kind, key)]
            before = self._snapshot({"user_entries": [eid], "pins": scope_pins})
            count = self.db.execute(
                "select coalesce(sum(count), 0) from forms where entry_id = ? and kind = ? and key = ?", [eid, kind, key]
            ).fetchone()[0]
            new_id = self.db["entries"].insert(
                {"origin": "mined" if count else "user", "created_at": _now(), "retired": 0}
            ).last_pk
            before["entries"][str(new_id)] = None
            self._pin_all([(kind, key, text)], new_id, only_new=False)
            label = f"Split {text} out of {self._label(eid)}"
            self._apply_derived([eid, new_id], structural=True)
            scope = {"user_entries": [eid], "pins": scope_pins, "entries": [new_id]}
            self._record("split", eid, label, scope, before, {"entry": eid}, {"entry": new_id, "form": text},
                         structural=True)
        return new_id

    # -- undo / redo -----------------------------------------------------------
    def _step(self, state: int):
        if state == _DONE:
            sql = "select id, payload from history where undone = 0 order by id desc limit 1"
        else:
            sql = "select id, payload from history where undone = 1 order by id asc limit 1"
        row = self.db.execute(sql).fetchone()
        return (row[0], json.loads(row[1])) if row else (None, None)

    def undo_status(self) -> tuple[str | None, str | None]:
        """Labels of what :meth:`undo` and :meth:`redo` would do (None: nothing)."""
        _, u = self._step(_DONE)
        _, r = self._step(_UNDONE)
        return (u["label"] if u else None, r["label"] if r else None)

    def undo(self) -> str | None:
        """Undo the latest action; returns its label, or None if there is none."""
        hid, payload = self._step(_DONE)
        if hid is None:
            return None
        with self.db.atomic():
            touched = self._restore(payload["before"])
            self._apply_derived(touched, payload.get("structural", False) or self._orphans())
            self.db.execute("update history set undone = ? where id = ?", [_UNDONE, hid])
        return payload["label"]

    def redo(self) -> str | None:
        """Redo the latest undone action; returns its label, or None."""
        hid, payload = self._step(_UNDONE)
        if hid is None:
            return None
        with self.db.atomic():
            touched = self._restore(payload["after"])
            self._apply_derived(touched, payload.get("structural", False) or self._orphans())
            self.db.execute("update history set undone = ? where id = ?", [_DONE, hid])
        return payload["label"]

    def history(self, limit: int = 50) -> list[dict]:
        """Recent actions, newest first: id, at, action, entry_id, label, old,
        new, state ("done", "undone" or "dropped")."""
        states = {_DONE: "done", _UNDONE: "undone", _DROPPED: "dropped"}
        out = []
        for hid, at, action, eid, payload, undone in self.db.execute(
            "select id, at, action, entry_id, payload, undone from history order by id desc limit ?", [int(limit)]
        ):
            p = json.loads(payload)
            out.append(
                {
                    "id": hid,
                    "at": at,
                    "action": action,
                    "entry_id": eid,
                    "label": p.get("label"),
                    "old": p.get("old"),
                    "new": p.get("new"),
                    "state": states.get(undone, "done"),
                }
            )
        return out
