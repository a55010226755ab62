"""All SQL of study mode: cards, the review log, decks and study settings.

Attached to every store as ``store.study`` (a :class:`StudyStore`). The
scheduling rules live in :mod:`glossary_app.study`; this module only reads
and writes rows. Times cross this boundary as timezone-aware UTC datetimes
and are stored by :func:`iso` as fixed-width UTC text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from glossary_app.store.store import Store

NEW = 0  # a card with no review yet (fsrs has no "new" state; its states are 1-3)


def iso(dt: datetime | None) -> str | None:
    """A UTC datetime as stored: fixed width (microseconds, +00:00), so text
    order is time order. Naive datetimes are refused rather than guessed."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        raise ValueError("datetime must be timezone-aware")
    return dt.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse_iso(text: str | None) -> datetime | None:
    """Inverse of :func:`iso` (always returns an aware UTC datetime)."""
    if not text:
        return None
    dt = datetime.fromisoformat(text)
    return dt.astimezone(timezone.utc) if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


@dataclass
class CardRow:
    """A stored card: its scheduling state and the user's flags."""

    id: int
    entry_id: int
    direction: str
    state: int  # NEW, or fsrs State value 1-3
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime | None
    last_review: datetime | None
    suspended: bool
    buried_until: datetime | None

    @property
    def key(self) -> tuple[int, str]:
        """(entry_id, direction): how cards are named everywhere."""
        return (self.entry_id, self.direction)


@dataclass
class LogRow:
    """One grade from the review log."""

    id: int
    card_id: int
    entry_id: int
    direction: str
    reviewed_at: datetime
    rating: int
    duration_ms: int | None
    elapsed_days: int
    scheduled_days: float
    state_before: int
    state_after: int
    due_after: datetime
    card_before: dict | None
    card_after: dict


_CARD_COLS = "id, entry_id, direction, state, step, stability, difficulty, due, last_review, suspended, buried_until"


def _card(r) -> CardRow:
    return CardRow(
        id=r[0], entry_id=r[1], direction=r[2], state=r[3], step=r[4], stability=r[5], difficulty=r[6],
        due=parse_iso(r[7]), last_review=parse_iso(r[8]), suspended=bool(r[9]), buried_until=parse_iso(r[10]),
    )


_LOG_COLS = (
    "id, card_id, entry_id, direction, reviewed_at, rating, duration_ms, elapsed_days, scheduled_days,"
    " state_before, state_after, due_after, card_before, card_after"
)


def _log(r, with_cards: bool = True) -> LogRow:
    return LogRow(
        id=r[0], card_id=r[1], entry_id=r[2], direction=r[3], reviewed_at=parse_iso(r[4]), rating=r[5],
        duration_ms=r[6], elapsed_days=r[7] or 0, scheduled_days=r[8] or 0.0, state_before=r[9], state_after=r[10],
        due_after=parse_iso(r[11]),
        card_before=json.loads(r[12]) if with_cards and r[12] else None,
        card_after=json.loads(r[13]) if with_cards and r[13] else {},
    )


class StudyStore:
    """Study tables of one :class:`~glossary_app.store.store.Store`.

    Every public write method is one transaction, unless called inside
    :meth:`atomic`, which groups several into one.
    """

    def __init__(self, store: "Store") -> None:
        self.store = store
        self.db = store.db

    def atomic(self):
        """Context manager grouping several writes into one transaction."""
        return self.db.atomic()

    # -- settings ------------------------------------------------------------
    def settings(self) -> dict:
        """Stored study settings (key -> decoded JSON value); missing keys are absent."""
        return {k: json.loads(v) for k, v in self.db.execute("select key, value from study_settings")}

    def save_settings(self, values: dict) -> None:
        """Store study settings (each value JSON-encoded)."""
        with self.db.atomic():
            for k, v in values.items():
                self.db.execute(
                    "insert into study_settings (key, value) values (?, ?)"
                    " on conflict(key) do update set value = excluded.value",
                    [k, json.dumps(v)],
                )

    # -- decks -----------------------------------------------------------------
    def decks(self) -> list[dict]:
        """Saved decks ({id, name, kind, value}), by name."""
        return list(self.db.query("select id, name, kind, value from study_decks order by name"))

    def save_deck(self, name: str, kind: str, value: str | None, now: datetime) -> int:
        """Create or replace the deck called ``name``; returns its id."""
        with self.db.atomic():
            self.db.execute(
                "insert into study_decks (name, kind, value, created_at) values (?, ?, ?, ?)"
                " on conflict(name) do update set kind = excluded.kind, value = excluded.value",
                [name, kind, value, iso(now)],
            )
            return self.db.execute("select id from study_decks where name = ?", [name]).fetchone()[0]

    def delete_deck(self, name: str) -> bool:
        """Forget a saved deck (its cards and their history stay)."""
        with self.db.atomic():
            return self.db.execute("delete from study_decks where name = ?", [name]).rowcount > 0

    # -- which entries a deck holds --------------------------------------------
    def deck_entries(self, kind: str, value: str | None = None) -> list[tuple[int, str | None, str | None, str | None]]:
        """(entry_id, zh, en, abbr) of the visible entries a deck selects,
        most frequent first.

        ``kind``: ``all``, ``favourites``, ``verified``, ``tag`` (value: the
        tag), ``document`` (value: document id or file stem). Hidden and
        merged-away entries are never returned.
        """
        where = ["coalesce(u.hidden, 0) = 0", "e.id not in (select from_id from user_merges)"]
        args: list = []
        if kind == "favourites":
            where.append("coalesce(u.favourite, 0) = 1")
        elif kind == "verified":
            where.append("coalesce(u.verified, 0) = 1")
        elif kind == "tag":
            where.append("exists (select 1 from json_each(coalesce(u.tags, '[]')) t where t.value = ?)")
            args.append(value)
        elif kind == "document":
            where.append(
                "e.id in (select d.entry_id from definitions d join documents doc on doc.id = d.doc_id"
                " where doc.stem = ? or cast(doc.id as text) = ?)"
            )
            args += [value, value]
        elif kind != "all":
            raise ValueError(f"unknown deck kind {kind!r}")
        sql = (
            "select e.id, e.zh, e.en, e.abbr from entries e left join user_entries u on u.entry_id = e.id"
            f" where {' and '.join(where)} order by e.occurrences desc, e.id"
        )
        return [tuple(r) for r in self.db.execute(sql, args)]

    def entry_fields(self, ids: list[int]) -> list[tuple[int, str | None, str | None, str | None]]:
        """(entry_id, zh, en, abbr) for the visible entries among ``ids``, in the order given."""
        out = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for r in self.db.execute(
                "select e.id, e.zh, e.en, e.abbr from entries e left join user_entries u on u.entry_id = e.id"
                f" where e.id in ({','.join('?' * len(chunk))}) and coalesce(u.hidden, 0) = 0"
                " and e.id not in (select from_id from user_merges)",
                chunk,
            ):
                out[r[0]] = tuple(r)
        return [out[i] for i in ids if i in out]

    def tags(self) -> list[str]:
        """Every tag used on an entry, sorted (for deck pickers)."""
        return [
            r[0]
            for r in self.db.execute(
                "select distinct t.value from user_entries u, json_each(coalesce(u.tags, '[]')) t order by 1"
            )
        ]

    # -- cards -----------------------------------------------------------------
    def cards(self, entry_ids: Iterable[int] | None = None) -> list[CardRow]:
        """Stored cards (of some entries, or all)."""
        if entry_ids is None:
            return [_card(r) for r in self.db.execute(f"select {_CARD_COLS} from cards")]
        ids = list(entry_ids)
        out = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            out += [
                _card(r)
                for r in self.db.execute(
                    f"select {_CARD_COLS} from cards where entry_id in ({','.join('?' * len(chunk))})", chunk
                )
            ]
        return out

    def card(self, entry_id: int, direction: str) -> CardRow | None:
        """The stored card for (entry, direction), or None if it is still a virtual new card."""
        r = self.db.execute(
            f"select {_CARD_COLS} from cards where entry_id = ? and direction = ?", [entry_id, direction]
        ).fetchone()
        return _card(r) if r else None

    def card_by_id(self, card_id: int) -> CardRow | None:
        """A stored card by its id."""
        r = self.db.execute(f"select {_CARD_COLS} from cards where id = ?", [card_id]).fetchone()
        return _card(r) if r else None

    def ensure_card(self, entry_id: int, direction: str, now: datetime) -> CardRow:
        """The stored card for (entry, direction), creating a new-state row if needed."""
        with self.db.atomic():
            self.db.execute(
                "insert or ignore into cards (entry_id, direction, state, suspended, created_at, updated_at)"
                " values (?, ?, 0, 0, ?, ?)",
                [entry_id, direction, iso(now), iso(now)],
            )
            return self.card(entry_id, direction)

    def adopt_merged_cards(self) -> int:
        """Give the cards of merged-away entries to the entry they were merged
        into, where it has no card of that direction yet (one transaction);
        returns how many moved. Cards whose target already has one stay where
        they are (hidden; undoing the merge brings them back)."""
        with self.db.atomic():
            return self.db.execute(
                "update cards set entry_id = (select m.into_id from user_merges m where m.from_id = cards.entry_id)"
                " where entry_id in (select from_id from user_merges)"
                " and not exists (select 1 from cards c2 join user_merges m2 on m2.into_id = c2.entry_id"
                "  where m2.from_id = cards.entry_id and c2.direction = cards.direction)"
                " and id = (select min(c3.id) from cards c3 join user_merges m3 on m3.from_id = c3.entry_id"
                "  where m3.into_id = (select into_id from user_merges where from_id = cards.entry_id)"
                "  and c3.direction = cards.direction)"
            ).rowcount

    def set_flags(
        self, entry_id: int, direction: str, now: datetime, *, suspended: bool | None = None,
        buried_until: datetime | None | bool = False,
    ) -> CardRow:
        """Suspend/unsuspend or bury/unbury a card (``buried_until=None``
        unburies; the default ``False`` leaves it unchanged)."""
        with self.db.atomic():
            card = self.ensure_card(entry_id, direction, now)
            if suspended is not None:
                self.db.execute(
                    "update cards set suspended = ?, updated_at = ? where id = ?", [int(suspended), iso(now), card.id]
                )
            if buried_until is not False:
                self.db.execute(
                    "update cards set buried_until = ?, updated_at = ? where id = ?",
                    [iso(buried_until), iso(now), card.id],
                )
            self._drop_if_untouched(card.id)
            return self.card(entry_id, direction)

    def _drop_if_untouched(self, card_id: int) -> None:
        # A new card with no flags carries no user data; dropping its row lets
        # re-mining delete the entry if the documents no longer back it.
        self.db.execute(
            "delete from cards where id = ? and state = 0 and coalesce(suspended, 0) = 0 and buried_until is null",
            [card_id],
        )

    def save_card_state(self, card_id: int, state: dict, now: datetime) -> None:
        """Write a card's scheduling state (an fsrs ``Card.to_dict()``, or
        ``None`` fields for a new card)."""
        self.db.execute(
            "update cards set state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?,"
            " updated_at = ? where id = ?",
            [
                state.get("state") or NEW, state.get("step"), state.get("stability"), state.get("difficulty"),
                iso(parse_iso(state.get("due"))), iso(parse_iso(state.get("last_review"))), iso(now), card_id,
            ],
        )

    # -- review log -------------------------------------------------------------
    def record_review(self, card: CardRow, after: dict, log: dict, now: datetime) -> int:
        """Save a card's new state and its log row in one transaction; returns the log id.

        ``after`` is the fsrs card dict after the review; ``log`` holds the
        review_log columns that only the scheduler knows.
        """
        with self.db.atomic():
            self.save_card_state(card.id, after, now)
            row = {
                "card_id": card.id,
                "entry_id": card.entry_id,
                "direction": card.direction,
                "reviewed_at": iso(log["reviewed_at"]),
                "rating": int(log["rating"]),
                "duration_ms": log.get("duration_ms"),
                "elapsed_days": log["elapsed_days"],
                "scheduled_days": log["scheduled_days"],
                "state_before": log["state_before"],
                "state_after": int(after["state"]),
                "due_after": iso(parse_iso(after["due"])),
                "stability_after": after.get("stability"),
                "difficulty_after": after.get("difficulty"),
                "card_before": json.dumps(log["card_before"]) if log.get("card_before") else None,
                "card_after": json.dumps(after),
            }
            return self.db["review_log"].insert(row).last_pk

    def last_review(self) -> LogRow | None:
        """The most recent grade (what undo would take back)."""
        r = self.db.execute(f"select {_LOG_COLS} from review_log order by id desc limit 1").fetchone()
        return _log(r) if r else None

    def undo_review(self, log_id: int, now: datetime) -> CardRow | None:
        """Take back one grade: restore the card's state from before it and
        delete the log row (one transaction). Returns the restored card, or
        None when the card went back to being a virtual new card."""
        with self.db.atomic():
            r = self.db.execute(f"select {_LOG_COLS} from review_log where id = ?", [log_id]).fetchone()
            if not r:
                raise KeyError(f"no review {log_id}")
            log = _log(r)
            self.db.execute("delete from review_log where id = ?", [log_id])
            before = log.card_before or {"state": NEW}
            self.save_card_state(log.card_id, before, now)
            self._drop_if_untouched(log.card_id)
            return self.card_by_id(log.card_id)

    def reviews(
        self, since: datetime | None = None, until: datetime | None = None, card_id: int | None = None,
        with_cards: bool = False,
    ) -> list[LogRow]:
        """Log rows in time order, optionally in [since, until) and of one card.
        ``with_cards`` also decodes the before/after JSON (slower)."""
        where, args = [], []
        if since is not None:
            where.append("reviewed_at >= ?")
            args.append(iso(since))
        if until is not None:
            where.append("reviewed_at < ?")
            args.append(iso(until))
        if card_id is not None:
            where.append("card_id = ?")
            args.append(card_id)
        cols = _LOG_COLS if with_cards else _LOG_COLS.replace("card_before, card_after", "null, null")
        sql = f"select {cols} from review_log"
        if where:
            sql += " where " + " and ".join(where)
        return [_log(r, with_cards) for r in self.db.execute(sql + " order by reviewed_at, id", args)]

    def review_counts(self, since: datetime, until: datetime) -> tuple[int, int]:
        """(cards first studied, reviews of review-state cards) in [since, until):
        what the daily new-card and review limits count."""
        r = self.db.execute(
            "select coalesce(sum(state_before = 0), 0), coalesce(sum(state_before = 2), 0) from review_log"
            " where reviewed_at >= ? and reviewed_at < ?",
            [iso(since), iso(until)],
        ).fetchone()
        return int(r[0]), int(r[1])

    def replace_card_states(self, states: dict[int, dict], now: datetime) -> None:
        """Overwrite the scheduling state of many cards at once (one
        transaction); cards with log rows that lost their row are recreated
        from the log first. Used to rebuild ``cards`` from the log."""
        with self.db.atomic():
            lost = self.db.execute(
                "select card_id, min(entry_id), min(direction) from review_log"
                " where card_id not in (select id from cards) group by card_id"
            ).fetchall()
            for card_id, entry_id, direction in lost:
                self.db.execute(
                    "insert into cards (id, entry_id, direction, state, suspended, created_at, updated_at)"
                    " values (?, ?, ?, 0, 0, ?, ?)",
                    [card_id, entry_id, direction, iso(now), iso(now)],
                )
            for card_id, state in states.items():
                self.save_card_state(card_id, state, now)
