"""The study session core: today's queue, grading, undo, suspend/bury, rebuild.

Scheduling itself is fsrs's (``fsrs.Scheduler.review_card``); this module
decides *which* card comes next and keeps the store in step:

* **Queue**: learning/relearning cards that are due now, then review cards
  due today (oldest first, capped by the daily review limit), then new cards
  in deck order (capped by the daily new-card limit). When nothing else is
  left, learning cards due within ``learn_ahead_min`` are shown early, as
  Anki does. "Today" is the study day of :class:`~glossary_app.study.clock.DayClock`.
* **Limits** count today's log: cards first studied today against
  ``new_per_day``, grades of review-state cards against ``reviews_per_day``.
  Learning steps are never capped (a failed card must come back).
* **New siblings** (the other directions of an entry studied today) wait for
  another day, like Anki's "bury new siblings", so one session does not ask
  the same term both ways in a row.

Every function takes ``now`` (an aware datetime); nothing reads the wall
clock. The :class:`Study` object holds only the store and the settings, so
it is cheap to make one per call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import fsrs

from glossary_app.store.study_store import NEW, CardRow, LogRow
from glossary_app.study.cards import directions_for
from glossary_app.study.clock import ensure_utc
from glossary_app.study.decks import Deck, deck_entries
from glossary_app.study.settings import StudySettings, load_settings

LEARNING, REVIEW, RELEARNING = int(fsrs.State.Learning), int(fsrs.State.Review), int(fsrs.State.Relearning)
STATE_NAMES = {NEW: "new", LEARNING: "learning", REVIEW: "review", RELEARNING: "relearning"}
RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


@dataclass(frozen=True)
class DueCard:
    """A card to show: its key, why it is due, and its stored row (None = never studied)."""

    entry_id: int
    direction: str
    kind: str  # "new", "learning", "relearning" or "review"
    row: CardRow | None

    @property
    def key(self) -> tuple[int, str]:
        """(entry_id, direction)."""
        return (self.entry_id, self.direction)

    @property
    def due(self) -> datetime | None:
        """When the card is due (None for new cards)."""
        return self.row.due if self.row else None


@dataclass
class Queue:
    """Today's cards for one deck, in the order they will be shown."""

    learning: list[DueCard] = field(default_factory=list)  # due now
    review: list[DueCard] = field(default_factory=list)  # due today, within the review limit
    new: list[DueCard] = field(default_factory=list)  # within the new-card limit
    learning_later: list[DueCard] = field(default_factory=list)  # learning cards due later today
    new_available: int = 0  # new cards in the deck, before limits
    review_due: int = 0  # reviews due today, before limits
    suspended: int = 0
    buried: int = 0
    new_done_today: int = 0
    reviews_done_today: int = 0

    @property
    def counts(self) -> tuple[int, int, int]:
        """(new, learning, review) as the deck list shows them (learning
        includes cards due later today)."""
        return len(self.new), len(self.learning) + len(self.learning_later), len(self.review)

    def __len__(self) -> int:
        return len(self.learning) + len(self.review) + len(self.new)


def to_fsrs(row: CardRow | None, card_id: int = 0) -> fsrs.Card:
    """The fsrs Card for a stored row; a fresh learning card for a new one.
    The card id is always passed: fsrs otherwise sleeps to invent one."""
    if row is None or row.state == NEW:
        return fsrs.Card(card_id=row.id if row else card_id)
    return fsrs.Card(
        card_id=row.id, state=fsrs.State(row.state), step=row.step, stability=row.stability,
        difficulty=row.difficulty, due=row.due, last_review=row.last_review,
    )


def format_interval(delta: timedelta) -> str:
    """Anki-style short interval: ``1m``, ``10m``, ``3h``, ``4d``, ``2.1mo``, ``1.5y``."""
    s = max(0.0, delta.total_seconds())
    if s < 3600:
        return f"{max(1, round(s / 60))}m"
    if s < 86400:
        return f"{round(s / 3600)}h"
    d = s / 86400
    if d < 30:
        return f"{round(d)}d"
    if d < 365:
        return f"{d / 30:.1f}mo"
    return f"{d / 365:.1f}y"


class Study:
    """Study operations over one store. All public methods take ``now``.

    Args:
        store: an open :class:`~glossary_app.store.Store`.
        settings: study settings; by default the ones stored in ``store``.
    """

    def __init__(self, store, settings: StudySettings | None = None) -> None:
        self.store = store
        self.settings = settings or load_settings(store)
        self.clock = self.settings.clock()

    # -- the queue -----------------------------------------------------------
    def deck_cards(self, deck: Deck, directions=None) -> list[tuple[int, str]]:
        """Every card (entry_id, direction) the deck can make, in deck order.

        Cards of entries merged into another one first move to that entry
        (when it has no card of that direction), so merging keeps progress."""
        self.store.study.adopt_merged_cards()
        wanted = list(directions or self.settings.directions)
        return [
            (eid, d)
            for eid, zh, en, abbr in deck_entries(self.store, deck)
            for d in directions_for(zh, en, abbr, wanted)
        ]

    def queue(
        self, deck: Deck = Deck(), now: datetime | None = None, directions=None,
        new_limit: int | None = None, review_limit: int | None = None,
    ) -> Queue:
        """Today's queue for ``deck`` at ``now``.

        ``new_limit``/``review_limit`` override the daily limits from the
        settings (they are still reduced by what was done today).
        """
        now = ensure_utc(now)
        keys = self.deck_cards(deck, directions)
        rows = {r.key: r for r in self.store.study.cards()}
        start, end = self.clock.bounds(now)
        new_done, reviews_done = self.store.study.review_counts(start, end)
        seen_today = {r.entry_id for r in self.store.study.reviews(since=start, until=end)}
        q = Queue(new_done_today=new_done, reviews_done_today=reviews_done)
        new_entries: set[int] = set()
        for key in keys:
            row = rows.get(key)
            if row is not None and row.suspended:
                q.suspended += 1
                continue
            if row is not None and row.buried_until is not None and row.buried_until > now:
                q.buried += 1
                continue
            if row is None or row.state == NEW:
                q.new_available += 1
                # New siblings wait: one new direction per entry per day.
                if key[0] in seen_today or key[0] in new_entries:
                    continue
                new_entries.add(key[0])
                q.new.append(DueCard(key[0], key[1], "new", row))
            elif row.state in (LEARNING, RELEARNING):
                kind = STATE_NAMES[row.state]
                if row.due <= now:
                    q.learning.append(DueCard(key[0], key[1], kind, row))
                elif row.due < end:
                    q.learning_later.append(DueCard(key[0], key[1], kind, row))
            elif row.due < end:  # review cards are day-granular: due any time today
                q.review.append(DueCard(key[0], key[1], "review", row))
        q.learning.sort(key=lambda c: c.row.due)
        q.learning_later.sort(key=lambda c: c.row.due)
        q.review.sort(key=lambda c: c.row.due)
        q.review_due = len(q.review)
        review_cap = self.settings.reviews_per_day if review_limit is None else review_limit
        new_cap = self.settings.new_per_day if new_limit is None else new_limit
        q.review = q.review[: max(0, review_cap - reviews_done)]
        q.new = q.new[: max(0, new_cap - new_done)]
        return q

    def next_card(self, deck: Deck = Deck(), now: datetime | None = None, **queue_options) -> DueCard | None:
        """The card to show at ``now``, or None when the deck is done for now
        (learning cards may still come back later today: see :meth:`queue`)."""
        now = ensure_utc(now)
        return self.pick(self.queue(deck, now, **queue_options), now)

    def pick(self, q: Queue, now: datetime) -> DueCard | None:
        """The card :meth:`next_card` would choose from an already built queue."""
        for group in (q.learning, q.review, q.new):
            if group:
                return group[0]
        ahead = now + timedelta(minutes=self.settings.learn_ahead_min)
        if q.learning_later and q.learning_later[0].row.due <= ahead:
            return q.learning_later[0]
        return None

    # -- grading ------------------------------------------------------------------
    def preview(self, entry_id: int, direction: str, now: datetime) -> dict[int, datetime]:
        """rating -> when the card would be due after that grade (without
        fuzz: what the answer buttons show)."""
        now = ensure_utc(now)
        card = to_fsrs(self.store.study.card(entry_id, direction))
        scheduler = self.settings.scheduler(enable_fuzzing=False)
        return {int(r): scheduler.review_card(card, r, review_datetime=now)[0].due for r in fsrs.Rating}

    def answer(
        self, entry_id: int, direction: str, rating: int, now: datetime, duration_ms: int | None = None
    ) -> CardRow:
        """Grade a card (1 Again, 2 Hard, 3 Good, 4 Easy) at ``now``: fsrs
        computes the new state, which is saved with a log row in one
        transaction. Returns the updated card."""
        now = ensure_utc(now)
        rating = fsrs.Rating(int(rating))
        with self.store.study.atomic():
            row = self.store.study.ensure_card(entry_id, direction, now)
            before = to_fsrs(row)
            after, _ = self.settings.scheduler().review_card(
                before, rating, review_datetime=now, review_duration=duration_ms
            )
            self.store.study.record_review(
                row,
                after.to_dict(),
                {
                    "reviewed_at": now,
                    "rating": int(rating),
                    "duration_ms": duration_ms,
                    "elapsed_days": (now - row.last_review).days if row.last_review else 0,
                    "scheduled_days": (after.due - now).total_seconds() / 86400,
                    "state_before": row.state,
                    "card_before": None if row.state == NEW else before.to_dict(),
                },
                now,
            )
            if row.buried_until is not None:  # answering a buried card (e.g. via the CLI) unburies it
                self.store.study.set_flags(entry_id, direction, now, buried_until=None)
        return self.store.study.card(entry_id, direction)

    def undo(self, now: datetime) -> LogRow | None:
        """Take back the most recent grade (the card gets its earlier state
        back and the log row goes). Returns the undone review, or None if
        there is nothing to undo. Survives restarts: the log is the history."""
        last = self.store.study.last_review()
        if last is None:
            return None
        self.store.study.undo_review(last.id, ensure_utc(now))
        return last

    # -- suspend and bury -------------------------------------------------------------
    def suspend(self, entry_id: int, direction: str, now: datetime, suspended: bool = True) -> CardRow | None:
        """Suspend (or unsuspend) a card: it leaves every queue until unsuspended."""
        return self.store.study.set_flags(entry_id, direction, ensure_utc(now), suspended=suspended)

    def bury(self, entry_id: int, direction: str, now: datetime) -> CardRow | None:
        """Bury a card until the next study day begins."""
        now = ensure_utc(now)
        return self.store.study.set_flags(entry_id, direction, now, buried_until=self.clock.next_day_start(now))

    def unbury(self, entry_id: int, direction: str, now: datetime) -> CardRow | None:
        """Bring a buried card back today."""
        return self.store.study.set_flags(entry_id, direction, ensure_utc(now), buried_until=None)

    # -- rebuilding from the log ----------------------------------------------------
    def rebuild_from_log(self, now: datetime, replay: bool = False) -> int:
        """Rebuild every card's scheduling state from the review log; returns
        how many cards were rebuilt.

        By default each card takes the state recorded after its last grade
        (exact, fuzz included). With ``replay=True`` the grades are replayed
        through the *current* settings' scheduler instead, e.g. after a change
        of desired retention or steps. Cards with no log go back to new.
        Suspend and bury flags are kept.
        """
        now = ensure_utc(now)
        by_card: dict[int, list[LogRow]] = {}
        for r in self.store.study.reviews(with_cards=not replay):
            by_card.setdefault(r.card_id, []).append(r)
        states: dict[int, dict] = {c.id: {"state": NEW} for c in self.store.study.cards()}
        scheduler = self.settings.scheduler() if replay else None
        for card_id, logs in by_card.items():
            if replay:
                card = fsrs.Card(card_id=card_id)
                for r in logs:
                    card, _ = scheduler.review_card(card, fsrs.Rating(r.rating), review_datetime=r.reviewed_at)
                states[card_id] = card.to_dict()
            else:
                states[card_id] = logs[-1].card_after
        self.store.study.replace_card_states(states, now)
        return len(by_card)
